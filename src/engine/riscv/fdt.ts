// SPDX-License-Identifier: GPL-2.0-only
/**
 * The device-tree side of a riscv64 boot: RAM banks from /memory, /reserved-memory (static
 * `reg` nodes such as OpenSBI's two no-map firmware regions, and dynamic `size` nodes), and
 * the memblock allocations unflatten_device_tree() makes. The code is generic drivers/of;
 * it lives here because riscv is its only user in the engine so far.
 *
 * @kernel drivers/of/fdt.c early_init_dt_add_memory_arch, early_init_fdt_scan_reserved_mem,
 *         unflatten_device_tree, of_alias_scan; drivers/of/of_reserved_mem.c
 *         fdt_scan_reserved_mem, __reserved_mem_reserve_reg, early_init_dt_reserve_memory,
 *         __reserved_mem_alloc_size, __reserved_mem_alloc_in_range,
 *         early_init_dt_alloc_reserved_memory_arch, alloc_reserved_mem_array,
 *         fdt_scan_reserved_mem_reg_nodes (6.12) / fdt_scan_reserved_mem_late (7.2),
 *         fdt_init_reserved_mem_node; kernel/dma/contiguous.c rmem_cma_setup
 *         (v6.12.117, v7.2.13)
 */
import {
  memblockAdd,
  memblockAlloc,
  memblockIsRegionReserved,
  memblockMarkNomap,
  memblockPhysAllocRange,
  memblockReserve,
  MEMBLOCK_ALLOC_ANYWHERE,
  MEMBLOCK_NOMAP,
  MEMBLOCK_NONE,
  type Memblock,
} from '../memblock/memblock.js'
import { fmtPhys, max, roundDown, roundUp, SMP_CACHE_BYTES, SZ_1M } from '../phys.js'
import { rmemCmaSkipped, takeCmaPoolNode, type CmaNodeContext } from '../reserved-mem.js'
import type { Trace } from '../trace.js'
import type { EarlyReservation, Layout, PhysAddr, PhysSize } from '../types.js'

/** What the early scan leaves for unflatten_device_tree() and for dma_contiguous_reserve(). */
export interface ReservedMemState {
  /** Whether the DT has a /reserved-memory node at all (the engine: any reservation listed). */
  present: boolean
  /** total_reserved_mem_cnt: static nodes plus dynamic nodes that were placed. */
  totalReservedMemCnt: number
  /** Static (`reg`) nodes, initialised and printed late (unflatten_device_tree()). */
  staticNodes: Array<{ name: string; base: PhysAddr; size: PhysSize; nomap: boolean }>
  /** Dynamic nodes as placed (reserved_mem[] entries of the early pass). */
  dynamicNodes: Array<{ name: string; base: PhysAddr; size: PhysSize }>
  /** A `linux,cma-default` pool became dma_contiguous_default_area. */
  cmaDefault: boolean
}

const OF = 'of'
const ofLine = (text: string): string => `OF: reserved mem: ${text}`

/**
 * Mirrors early_init_dt_add_memory_arch() for each /memory bank: the base is rounded up and
 * the size down to whole pages, then memblock_add(). A bank firmware marks no-map (EFI) is
 * added with MEMBLOCK_NOMAP.
 */
export function earlyInitDtScanMemory(mb: Memblock, layout: Layout): void {
  const page = layout.pageSize
  for (const bank of layout.memory) {
    let { base, size } = bank
    if (size < page - (base & (page - 1n))) continue
    if ((base & (page - 1n)) !== 0n) {
      size -= page - (base & (page - 1n))
      base = roundUp(base, page)
    }
    size = roundDown(size, page)
    if (size > 0n) memblockAdd(mb, base, size, bank.nomap ? MEMBLOCK_NOMAP : MEMBLOCK_NONE)
  }
}

/** memblock_overlaps_region(&memblock.memory, base, size). */
function overlapsMemory(mb: Memblock, base: PhysAddr, size: PhysSize): boolean {
  return mb.memory.regions.some((r) => r.base < base + size && base < r.base + r.size)
}

/**
 * Mirrors early_init_dt_reserve_memory(): no-map regions are flagged MEMBLOCK_NOMAP (refused
 * with -EBUSY when that memory is already reserved), the others memblock_reserve()d.
 */
function earlyInitDtReserveMemory(mb: Memblock, base: PhysAddr, size: PhysSize, nomap: boolean, owner: string): boolean {
  if (nomap) {
    if (overlapsMemory(mb, base, size) && memblockIsRegionReserved(mb, base, size)) return false
    memblockMarkNomap(mb, base, size)
    return true
  }
  memblockReserve(mb, base, size, owner)
  return true
}

/**
 * Mirrors early_init_dt_alloc_reserved_memory_arch(): top-down (or bottom-up when the
 * caller switched) in [start, end), `end` 0 meaning anywhere, then no-map if asked.
 */
function earlyInitDtAllocReservedMemoryArch(
  mb: Memblock,
  size: PhysSize,
  align: PhysSize,
  start: PhysAddr,
  end: PhysAddr,
  nomap: boolean,
  owner: string,
): PhysAddr {
  end = end === 0n ? MEMBLOCK_ALLOC_ANYWHERE : end
  align = align === 0n ? SMP_CACHE_BYTES : align
  const base = memblockPhysAllocRange(mb, size, align, start, end, owner)
  if (!base) return 0n
  if (nomap) memblockMarkNomap(mb, base, size)
  return base
}

/**
 * Mirrors __reserved_mem_alloc_in_range(): bottom-up when the window starts at an existing
 * dynamic region, top-down when it ends at one, unchanged when both or neither.
 */
function reservedMemAllocInRange(
  mb: Memblock,
  st: ReservedMemState,
  size: PhysSize,
  align: PhysSize,
  start: PhysAddr,
  end: PhysAddr,
  nomap: boolean,
  owner: string,
): PhysAddr {
  const prevBottomUp = mb.bottomUp
  let bottomUp = false
  let topDown = false
  for (const r of st.dynamicNodes) {
    if (start >= r.base && start <= r.base + r.size) bottomUp = true
    if (end >= r.base && end <= r.base + r.size) topDown = true
  }
  if (bottomUp !== topDown) mb.bottomUp = bottomUp
  const base = earlyInitDtAllocReservedMemoryArch(mb, size, align, start, end, nomap, owner)
  if (bottomUp !== topDown) mb.bottomUp = prevBottomUp
  return base
}

/**
 * Mirrors fdt_scan_reserved_mem() (called by early_init_fdt_scan_reserved_mem()): every
 * static node is reserved or flagged no-map first, then the dynamic nodes are placed, so
 * that no dynamic region lands on a static one. A `linux,cma-default` shared-dma-pool becomes
 * the default CMA area unless `cma=` is on the command line (reserved-mem.ts has the
 * per-generation rules).
 *
 * @param opts.cma - CONFIG_DMA_CMA, whether `cma=` was given, CMA_MIN_ALIGNMENT_BYTES
 * @param opts.reservedMemCma - RiscvPolicy.reservedMemCma
 */
export function earlyInitFdtScanReservedMem(
  mb: Memblock,
  reservations: readonly EarlyReservation[],
  trace: Trace,
  opts: { cma: CmaNodeContext; reservedMemCma: 'setup' | 'validate' },
): ReservedMemState {
  const st: ReservedMemState = { present: reservations.length > 0, totalReservedMemCnt: 0, staticNodes: [], dynamicNodes: [], cmaDefault: false }
  let count = 0
  for (const r of reservations) {
    if (r.kind !== 'fixed') continue
    // __reserved_mem_reserve_reg(): a failure (or an empty reg) is reported but the node still counts.
    if (!r.size || !earlyInitDtReserveMemory(mb, r.base, r.size, r.nomap, r.name)) {
      trace.err(OF, ofLine(`Reserved memory: failed to reserve memory for node '${r.name}': base ${fmtPhys(r.base)}, size ${r.size / SZ_1M} MiB`))
    }
    count++
    if (r.size) st.staticNodes.push({ name: r.name, base: r.base, size: r.size, nomap: r.nomap })
  }
  for (const r of reservations) {
    if (r.kind !== 'dynamic') continue
    if (r.cma && opts.reservedMemCma === 'validate' && rmemCmaSkipped(r, opts.cma, trace)) continue
    let align = r.align
    // "Need adjust the alignment to satisfy the CMA requirement".
    if (opts.cma.dmaCma && r.cma && !r.nomap) align = max(align, opts.cma.cmaMinAlign)
    let base = 0n
    if (r.allocRanges.length > 0) {
      for (const range of r.allocRanges) {
        base = reservedMemAllocInRange(mb, st, r.size, align, range.base, range.base + range.size, r.nomap, r.name)
        if (base) break
      }
    } else {
      base = earlyInitDtAllocReservedMemoryArch(mb, r.size, align, 0n, 0n, r.nomap, r.name)
    }
    if (!base) {
      trace.err(OF, ofLine(`failed to allocate memory for node '${r.name}': size ${r.size / SZ_1M} MiB`))
      continue
    }
    count++
    st.dynamicNodes.push({ name: r.name, base, size: r.size })
    fdtInitReservedMemNode(mb, st, trace, { name: r.name, base, size: r.size, nomap: r.nomap, reusable: r.cma, cmaDefault: r.cmaDefault }, opts)
  }
  st.totalReservedMemCnt = count
  return st
}

/**
 * Mirrors fdt_init_reserved_mem_node(): the region's init function (a reusable
 * shared-dma-pool is the only one modelled, see reserved-mem.ts), then the "OF: reserved
 * mem:" line of a node that kept its memory.
 */
function fdtInitReservedMemNode(
  mb: Memblock,
  st: ReservedMemState,
  trace: Trace,
  n: { name: string; base: PhysAddr; size: PhysSize; nomap: boolean; reusable: boolean; cmaDefault: boolean },
  opts: { cma: CmaNodeContext; reservedMemCma: 'setup' | 'validate' } | undefined,
): void {
  if (n.reusable && opts) {
    const isCma = takeCmaPoolNode(mb, opts.reservedMemCma, n, n.base, n.size, opts.cma, trace)
    // Under 'setup' a node that did not become CMA gave its memory back: no line for it.
    if (!isCma && opts.reservedMemCma === 'setup') return
    if (isCma && n.cmaDefault) st.cmaDefault = true
  }
  const end = n.base + n.size - 1n
  trace.info(OF, ofLine(`${fmtPhys(n.base)}..${fmtPhys(end)} (${n.size >> 10n} KiB) ${n.nomap ? 'nomap' : 'map'} ${n.reusable ? 'reusable' : 'non-reusable'} ${n.name}`))
}

/**
 * Mirrors the memblock side of unflatten_device_tree(): the reserved_mem array sized for
 * every node (alloc_reserved_mem_array(), 6.12+, when /reserved-memory exists and has
 * nodes) with the static nodes initialised into it, then the unflattened tree and the
 * alias table of of_alias_scan(), both through early_init_dt_alloc_memory_arch()
 * (memblock_alloc, 8-byte alignment).
 *
 * @param reservedMemBytes - sizeof(struct reserved_mem); 0 where the kernel has no array to allocate
 * @param treeBytes - the unflattened tree (a measured size: it depends on the DTB)
 * @param aliasBytes - the struct alias_prop allocations of of_alias_scan() (one per /aliases entry)
 */
export function unflattenDeviceTree(
  mb: Memblock,
  st: ReservedMemState,
  trace: Trace,
  sizes: { reservedMemBytes: PhysSize; treeBytes: PhysSize; aliasBytes: PhysSize },
): void {
  if (st.present && sizes.reservedMemBytes > 0n && st.totalReservedMemCnt > 0) {
    memblockAlloc(mb, BigInt(st.totalReservedMemCnt) * sizes.reservedMemBytes, SMP_CACHE_BYTES, 'alloc_reserved_mem_array')
  }
  // The node spelt out: V8 copies `{ ...n, more }` on a slow path (about a microsecond a node).
  for (const n of st.staticNodes) {
    fdtInitReservedMemNode(mb, st, trace, { name: n.name, base: n.base, size: n.size, nomap: n.nomap, reusable: false, cmaDefault: false }, undefined)
  }
  if (sizes.treeBytes > 0n) memblockAlloc(mb, sizes.treeBytes, 8n, 'unflatten_device_tree')
  if (sizes.aliasBytes > 0n) memblockAlloc(mb, sizes.aliasBytes, 8n, 'of_alias_scan')
}
