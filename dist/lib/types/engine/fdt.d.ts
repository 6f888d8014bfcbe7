/**
 * The generic device-tree side of a boot (drivers/of, arm64 and riscv64): RAM banks from
 * /memory and the memblock allocations unflatten_device_tree() makes. /reserved-memory is
 * reserved-mem.ts.
 *
 * @kernel drivers/of/fdt.c early_init_dt_scan_memory, early_init_dt_add_memory_arch, unflatten_device_tree;
 *         drivers/of/base.c of_alias_scan (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memblock } from './memblock/memblock.js';
import { type ReservedMemContext, type ReservedMemState } from './reserved-mem.js';
import type { Trace } from './trace.js';
import type { Layout, PhysAddr, PhysSize } from './types.js';
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
export declare function earlyInitDtScanMemory(mb: Memblock, layout: Layout, minAddr: PhysAddr, trace: Trace): void;
/**
 * Mirrors the memblock side of unflatten_device_tree() — drivers/of/fdt.c (v6.12.117:1210): first the late /reserved-memory pass
 * of 6.12+ (fdtScanReservedMemLate(): the reserved_mem array, the static nodes), then the
 * unflattened tree and the alias table of of_alias_scan(), both through
 * early_init_dt_alloc_memory_arch() (memblock_alloc, 8-byte alignment).
 *
 * @param treeBytes - the unflattened tree (a measured size: it depends on the DTB)
 * @param aliasBytes - the struct alias_prop allocations of of_alias_scan() (one per /aliases entry)
 */
export declare function unflattenDeviceTree(mb: Memblock, st: ReservedMemState, ctx: ReservedMemContext, trace: Trace, sizes: {
    treeBytes: PhysSize;
    aliasBytes: PhysSize;
}): void;
