// SPDX-License-Identifier: GPL-2.0-only
/**
 * The generic device-tree side of a boot (drivers/of, arm64 and riscv64): RAM banks from
 * /memory and the memblock allocations unflatten_device_tree() makes. /reserved-memory is
 * reserved-mem.ts.
 *
 * @kernel drivers/of/fdt.c early_init_dt_scan_memory, early_init_dt_add_memory_arch, unflatten_device_tree;
 *         drivers/of/base.c of_alias_scan (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { memblockAdd, memblockAlloc, MEMBLOCK_NOMAP, MEMBLOCK_NONE, type Memblock } from './memblock/memblock.js'
import { roundDown, roundUp } from './phys.js'
import { fdtScanReservedMemLate, type ReservedMemContext, type ReservedMemState } from './reserved-mem.js'
import type { Trace } from './trace.js'
import type { Layout, PhysAddr, PhysSize } from './types.js'

/**
 * Mirrors early_init_dt_scan_memory() — drivers/of/fdt.c: early_init_dt_add_memory_arch() for
 * each /memory bank (v5.10.223:1025, v6.12.117:1002): the base is rounded up and
 * the size down to whole pages, a bank smaller than the rest of its first page and what lies
 * under MIN_MEMBLOCK_ADDR are dropped with a warning, then memblock_add(). A bank firmware
 * marks no-map (EFI) is added with MEMBLOCK_NOMAP.
 *
 * MAX_MEMBLOCK_ADDR is the generic ~0 on both architectures, so its checks never apply.
 *
 * @param minAddr - MIN_MEMBLOCK_ADDR: arm64 the generic 0; riscv64 __pa(PAGE_OFFSET), the
 *   kernel's load address while setup_vm() bases the linear map there (≤6.3), 0 from 6.4
 *   (arch/riscv/include/asm/page.h)
 */
export function earlyInitDtScanMemory(mb: Memblock, layout: Layout, minAddr: PhysAddr, trace: Trace): void {
  const page = layout.pageSize
  for (const bank of layout.memory) {
    let { base, size } = bank
    // Less than the rest of its first page: dropped with a warning (pr_warn, as the two below).
    if (size < page - (base & (page - 1n))) {
      trace.warn('of', `OF: fdt: Ignoring memory block 0x${base.toString(16)} - 0x${(base + size).toString(16)}`)
      continue
    }
    if ((base & (page - 1n)) !== 0n) {
      size -= page - (base & (page - 1n))
      base = roundUp(base, page)
    }
    size = roundDown(size, page)
    if (base + size < minAddr) {
      trace.warn('of', `OF: fdt: Ignoring memory block 0x${base.toString(16)} - 0x${(base + size).toString(16)}`)
      continue
    }
    if (base < minAddr) {
      trace.warn('of', `OF: fdt: Ignoring memory range 0x${base.toString(16)} - 0x${minAddr.toString(16)}`)
      size -= minAddr - base
      base = minAddr
    }
    if (size > 0n) memblockAdd(mb, base, size, bank.nomap ? MEMBLOCK_NOMAP : MEMBLOCK_NONE)
  }
}

/**
 * Mirrors the memblock side of unflatten_device_tree() — drivers/of/fdt.c (v6.12.117:1210): first the late /reserved-memory pass
 * of 6.12+ (fdtScanReservedMemLate(): the reserved_mem array, the static nodes), then the
 * unflattened tree and the alias table of of_alias_scan(), both through
 * early_init_dt_alloc_memory_arch() (memblock_alloc, 8-byte alignment).
 *
 * @param treeBytes - the unflattened tree (a measured size: it depends on the DTB)
 * @param aliasBytes - the struct alias_prop allocations of of_alias_scan() (one per /aliases entry)
 */
export function unflattenDeviceTree(
  mb: Memblock,
  st: ReservedMemState,
  ctx: ReservedMemContext,
  trace: Trace,
  sizes: { treeBytes: PhysSize; aliasBytes: PhysSize },
): void {
  fdtScanReservedMemLate(mb, st, ctx, trace)
  if (sizes.treeBytes > 0n) memblockAlloc(mb, sizes.treeBytes, 8n, 'unflatten_device_tree')
  if (sizes.aliasBytes > 0n) memblockAlloc(mb, sizes.aliasBytes, 8n, 'of_alias_scan')
}
