// SPDX-License-Identifier: GPL-2.0-only
/**
 * /reserved-memory of the device tree, for the DT architectures (arm64, riscv64): static
 * (`reg`) nodes reserved or flagged no-map, dynamic (`size`) nodes allocated, each node's
 * init function, and the lines the kernel prints about them. The code is generic drivers/of.
 *
 * The generations differ in order and timing, so each is a record (OfReservedMemGeneration)
 * that the arch policies pick:
 *
 * - 'sorted' (≤6.12.12): the scan reserves every static node and saves every node in one array
 *   (a dynamic one as base 0, size 0); fdt_init_reserved_mem() sorts that array with the
 *   kernel's unstable sort() (sort.ts), then allocates each dynamic node and initialises each
 *   node in the sorted order. Up to 6.4 the dynamic nodes all compare equal, so sort() decides
 *   their order (two of them are allocated in reverse DT order); from 6.5 __rmem_cmp() breaks
 *   ties by DT node, so they are allocated in DT order.
 * - 'two-pass' (stable 6.12.13+; mainline 6.13 or 6.14: in v6.14, not in v6.11 or mainline 6.12): statics reserved, then the
 *   dynamic nodes allocated and initialised in DT order; the static nodes are initialised
 *   late, from unflatten_device_tree(), after the reserved_mem array is memblock-allocated
 *   (6.12.103+; "No reserved-memory node in the DT" without one).
 *
 * Two init functions are modelled, both for `shared-dma-pool`: rmem_cma_setup() on a reusable
 * node (a CMA pool), rmem_dma_setup() on one without `reusable` (`dmaPool`: a coherent pool,
 * which only prints its lines); any other compatible finds none (-ENOENT/-ENODEV), which keeps
 * the node (Debian's kernels have no CONFIG_DMA_RESTRICTED_POOL, so `restricted-dma-pool`
 * finds none either). A static
 * pool is initialised where the generation initialises static nodes (in fdt_init_reserved_mem()'s
 * sorted order, or late from unflatten_device_tree()), both before dma_contiguous_reserve(), so a
 * `linux,cma-default` one replaces the default area too. Two rules for CMA pools:
 *
 * - 'setup' (≤6.x): the node is allocated first; then __reserved_mem_init_node() tries the
 *   init functions declared for its compatible: rmem_cma_setup() (CONFIG_DMA_CMA), then
 *   rmem_dma_setup() (CONFIG_DMA_DECLARE_COHERENT, which OF_EARLY_FLATTREE always selects),
 *   which refuses a reusable node. When none succeeds the node's memory is given back.
 * - 'skip-default' (6.19 – 7.0): as 'setup', except that a `linux,cma-default` node under
 *   `cma=` (cma_skip_dt_default_reserved_mem(), CONFIG_DMA_CMA) is skipped before it is
 *   reserved or allocated, with of_reserved_mem.c's own line, whether or not it is reusable
 *   or no-map; the late pass skips it silently (drivers/of/of_reserved_mem.c@v6.19.6
 *   __reserved_mem_reserve_reg, fdt_scan_reserved_mem_reg_nodes, __reserved_mem_alloc_size;
 *   v6.18.5 has none of it, and rmem_cma_setup()@v6.19.6 no longer bypasses).
 * - 'validate' (7.1+): rmem_cma_validate() looks at the node before it is allocated or
 *   reserved; a `linux,cma-default` node under `cma=` is skipped: never allocated, and a
 *   static one never reserved (the late pass validates it again and prints the line again).
 *   (fdt_validate_reserved_mem_node()@v7.1.3; v7.0.4 still has 'skip-default'.)
 *
 * rmem_cma_setup()'s own lines carry no prefix (kernel/dma/contiguous.c defines none);
 * of_reserved_mem.c's carry "OF: reserved mem: ", fdt.c's "OF: fdt: ".
 *
 * @kernel drivers/of/fdt.c early_init_fdt_scan_reserved_mem, __fdt_scan_reserved_mem (5.10),
 *         fdt_scan_reserved_mem (6.1), __reserved_mem_reserve_reg,
 *         early_init_dt_reserve_memory(_arch) (5.10, 6.1);
 *         drivers/of/of_reserved_mem.c early_init_dt_alloc_reserved_memory_arch,
 *         fdt_reserved_mem_save_node, __reserved_mem_alloc_size, __reserved_mem_init_node,
 *         __rmem_cmp, __rmem_check_for_overlap, fdt_init_reserved_mem (5.10, 6.1),
 *         __reserved_mem_alloc_in_range (6.5+), fdt_scan_reserved_mem, alloc_reserved_mem_array,
 *         fdt_scan_reserved_mem_reg_nodes, fdt_init_reserved_mem_node (6.12.117),
 *         fdt_scan_reserved_mem_late, __reserved_mem_reserve_reg, fdt_scan_reserved_mem,
 *         fdt_validate_reserved_mem_node (7.2); kernel/dma/contiguous.c rmem_cma_setup,
 *         rmem_cma_validate, __rmem_cma_verify_node (7.x); kernel/dma/coherent.c rmem_dma_setup;
 *         lib/sort.c sort (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import {
  memblockAdd,
  memblockAlloc,
  memblockClearNomap,
  memblockFindInRangeNode,
  memblockIsRegionReserved,
  memblockMarkNomap,
  memblockPhysAllocRange,
  memblockPhysFree,
  memblockRemove,
  memblockReserve,
  MEMBLOCK_ALLOC_ANYWHERE,
  type Memblock,
} from './memblock/memblock.js'
import { fmtPhys, SMP_CACHE_BYTES, SZ_1K, SZ_1M } from './phys.js'
import { sort, sortDoublePop, type KernelSort } from './sort.js'
import type { Trace } from './trace.js'
import type { EarlyReservation, PhysAddr, PhysRange, PhysSize } from './types.js'

/** One generation of drivers/of/of_reserved_mem.c (see the file's head). */
export interface OfReservedMemGeneration {
  /** Where the nodes are placed and initialised: fdt_init_reserved_mem() or the two passes of 6.12.13+. */
  scan: 'sorted' | 'two-pass'
  /** __reserved_mem_alloc_in_range(): alloc-ranges bottom-up or top-down next to a placed region. */
  allocInRange: boolean
  /** The "base..end (n KiB) map|nomap reusable|non-reusable name" line of each node kept. */
  rangeLine: boolean
  /** A dynamic node's failure line: pr_err with the size, or 5.10's pr_info without it. */
  allocFailSize: boolean
  /** early_init_dt_reserve_memory(): refuse no-map over reserved memory only when it is RAM (6.1+). */
  nomapBusyOnlyInMemory: boolean
  /** A static node's failure line: its file's prefix and level (fdt.c up to 6.12.12). */
  staticFail: { prefix: string; level: 'info' | 'err' }
  /**
   * A dynamic no-map node: found and memblock_remove()d ('remove', up to 5.13:
   * drivers/of/of_reserved_mem.c@v5.13), found and flagged NOMAP but not reserved ('find-mark',
   * 5.14: @v5.14 memblock_find_in_range() then memblock_mark_nomap()), or allocated and flagged
   * NOMAP ('mark', 5.15+: @v5.15 memblock_phys_alloc_range()).
   */
  dynamicNomap: 'remove' | 'find-mark' | 'mark'
  /**
   * A static no-map node: memblock_remove()d whatever is reserved there (5.10.0 – 5.10.19),
   * or flagged NOMAP unless reserved memory lies under it (-EBUSY, 5.10.20+: "fdt: Properly
   * handle "no-map" field in the memory region", "of/fdt: Make sure no-map does not remove
   * already reserved regions", ChangeLog-5.10.20).
   */
  staticNomap: 'remove' | 'mark'
  /** What becomes of a reusable shared-dma-pool node (above). */
  cma: 'setup' | 'skip-default' | 'validate'
  /**
   * A node's further `reg` entries: reserved too ('reserve', ≤6.12.12), reserved with a late
   * "ignores N regions" warning ('reserve-warn-late', 6.12.13 – 6.18), reserved with the late
   * pass taking the first silently ('reserve-silent-late', 6.19 – 7.1:
   * of_flat_dt_get_addr_size()@v6.19.6), or left alone after a warning that only the first is
   * used ('first-only', 7.2+: __reserved_mem_reserve_reg()@v7.2.13, not v7.1.3).
   */
  extraReg: 'reserve' | 'reserve-warn-late' | 'reserve-silent-late' | 'first-only'
  /**
   * When the FDT header's /memreserve/ entries are reserved: before the scan (≤6.3), between
   * the static nodes and the dynamic ones (6.4 – 6.12.12: b413281876292de4 "of: fdt: Scan
   * /memreserve/ last" moved the scan first, fdt_init_reserved_mem() stayed after), or after
   * both (6.12.13+).
   */
  memreserve: 'before-scan' | 'before-init' | 'after-scan'
  /**
   * sizeof(struct reserved_mem) for alloc_reserved_mem_array() ('two-pass' only); 0 where
   * reserved_mem is still the static array and nothing is allocated (6.12.13 – 6.12.102).
   */
  reservedMemBytes: PhysSize
  /**
   * When alloc_reserved_mem_array()'s memblock_alloc() fails: 'stop' (reserved_mem_count
   * zeroed, and fdt_scan_reserved_mem_reg_nodes() returns before any static node is
   * initialised: drivers/of/of_reserved_mem.c@v6.12.117:73-112, 258-259, @v7.2.13:279-280) or
   * 'continue' (mainline 6.13 – 7.0: the function returns void after its pr_err(), and the static
   * nodes are initialised into the static array all the same, @v6.14:72-103, 244, @v6.17:250,
   * @v7.0:247). Only where reservedMemBytes > 0.
   */
  arrayAllocFail: 'stop' | 'continue'
  /** A node whose init failed stays in reserved_mem[] (6.12.13+ saves it first; 7.2 only on success). */
  failedInitKept: boolean
  /**
   * __rmem_cmp() breaks ties by fdt_node, i.e. DT order ("of: reserved_mem: Use stable
   * allocation order", 4cea2821882b, 6.5): the dynamic nodes are then placed in DT order.
   * 7.x has no fdt_node in struct reserved_mem and no tie-break.
   */
  stableOrder: boolean
  /**
   * The generation's sort() (sort.ts): only the 7.x record takes the double-pop heapsort,
   * where it decides the order of equal records. 6.12's lib/sort.c is that heapsort too, but
   * there the tie-break leaves no two records equal, so the records keep sort().
   */
  sort: KernelSort
  /**
   * rmem_dma_setup()'s "created DMA memory pool … size" unit: MiB, the size divided down (a
   * pool under 1 MiB says 0), up to 7.2; KiB from 7.3 (kernel/dma/coherent.c@v7.2.13:386,
   * @v7.3.4:387-388; test/boots/random-dt b12, a 12 KiB pool).
   */
  dmaPoolSizeUnit: 'MiB' | 'KiB'
}

/**
 * Debian 5.10.223 (5.10.20+): fdt_init_reserved_mem(), fdt.c's pr_info, find + memblock_remove
 * for a dynamic no-map node, NOMAP (or -EBUSY) for a static one.
 */
export const OF_RESERVED_MEM_5_10: OfReservedMemGeneration = {
  scan: 'sorted',
  allocInRange: false,
  rangeLine: false,
  allocFailSize: false,
  nomapBusyOnlyInMemory: false,
  staticFail: { prefix: 'OF: fdt: ', level: 'info' },
  dynamicNomap: 'remove',
  staticNomap: 'mark',
  cma: 'setup',
  extraReg: 'reserve',
  memreserve: 'before-scan',
  reservedMemBytes: 0n,
  arrayAllocFail: 'stop',
  failedInitKept: true,
  stableOrder: false,
  sort,
  dmaPoolSizeUnit: 'MiB',
}
/**
 * 5.10.0 – 5.10.19 (mainline 5.10) and 5.11: a static no-map node is memblock_remove()d, never
 * refused (early_init_dt_reserve_memory_arch()@v5.11; @v5.13 flags it NOMAP or refuses it:
 * 5.12 is not at hand, taken as 5.12 where a policy boundary allows).
 */
export const OF_RESERVED_MEM_5_10_0: OfReservedMemGeneration = { ...OF_RESERVED_MEM_5_10, staticNomap: 'remove' }
/**
 * 5.14: a dynamic no-map node found and flagged NOMAP, never reserved
 * (early_init_dt_alloc_reserved_memory_arch()@v5.14; @v5.13 memblock_remove()s it); a failed
 * one has NOMAP cleared again (fdt_init_reserved_mem()@v5.14, as 6.1's).
 */
export const OF_RESERVED_MEM_5_14: OfReservedMemGeneration = { ...OF_RESERVED_MEM_5_10, dynamicNomap: 'find-mark' }
/** 5.15 – 5.16: a dynamic no-map node allocated, then flagged NOMAP (drivers/of/of_reserved_mem.c@v5.15). */
export const OF_RESERVED_MEM_5_15: OfReservedMemGeneration = { ...OF_RESERVED_MEM_5_10, dynamicNomap: 'mark' }
/**
 * 5.17 – 5.19: a static no-map node refused (-EBUSY) over reservations only where it is RAM
 * (early_init_dt_reserve_memory_arch()@v5.17, memblock_overlaps_region(&memblock.memory, …);
 * @v5.15 refuses it over any reservation: 5.16 is not at hand, taken as 5.17).
 */
export const OF_RESERVED_MEM_5_17: OfReservedMemGeneration = { ...OF_RESERVED_MEM_5_15, nomapBusyOnlyInMemory: true }
/**
 * 6.0+ (Debian 6.1.192): as 5.17 with pr_err lines, the dynamic one carrying the size
 * (drivers/of/of_reserved_mem.c@v6.0:159, drivers/of/fdt.c@v6.0:535; pr_info in @v5.19).
 */
export const OF_RESERVED_MEM_6_1: OfReservedMemGeneration = {
  ...OF_RESERVED_MEM_5_17,
  allocFailSize: true,
  staticFail: { prefix: 'OF: fdt: ', level: 'err' },
}
/**
 * 6.3: the range line (aeb9267eb6b1, "print out reserved-mem details during boot", with
 * 6ee7afbabcee's "KiB"), printed inside fdt_init_reserved_mem(): in
 * drivers/of/of_reserved_mem.c@v6.5:349, not @v6.2; 6.3 from the commits' dates (February
 * 2023), UNCONFIRMED (no 6.3 or 6.4 tree). The 6.5 record below matches @v6.5 and @v6.8; @v6.11
 * is the 6.11 record (fdt_scan_reserved_mem() moved to of_reserved_mem.c, and so its pr_fmt).
 */
export const OF_RESERVED_MEM_6_3: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_1, rangeLine: true }
/** 6.4: /memreserve/ after the static nodes, before the dynamic ones (b413281876292de4). */
export const OF_RESERVED_MEM_6_4: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_3, memreserve: 'before-init' }
/**
 * 6.5: Stephan Gerhold's two commits in the 6.5 devicetree pull: 83ba7361e168 "Try to keep
 * range allocations contiguous" (__reserved_mem_alloc_in_range()) and 4cea2821882b "Use
 * stable allocation order" (the fdt_node tie-break, so the dynamic nodes are placed in DT
 * order instead of the order sort() leaves equal records in).
 */
export const OF_RESERVED_MEM_6_5: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_4, allocInRange: true, stableOrder: true }
/**
 * 6.11 – 6.12.12: as 6.5, with fdt_scan_reserved_mem() and __reserved_mem_reserve_reg() moved
 * from drivers/of/fdt.c to drivers/of/of_reserved_mem.c, so a static node's refusal carries
 * that file's pr_fmt, "OF: reserved mem: " (of_reserved_mem.c@v6.11:12,133; fdt.c@v6.8:9,531
 * still "OF: fdt: "). Compiled: the 6.11 tree's own code agrees (test/fuzz/kernel-resmem.test.ts).
 * 6.9 – 6.10 are not at hand: taken as 6.11 where a policy boundary is (arm64-6.11, riscv64-6.11).
 */
export const OF_RESERVED_MEM_6_11: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_5, staticFail: { prefix: 'OF: reserved mem: ', level: 'err' } }
/**
 * Stable 6.12.13 (backport of "of: reserved_mem: Restructure how the reserved memory regions
 * are processed", with "of: reserved-memory: Warn for missing static reserved memory
 * regions"; Debian changelog, ChangeLog-6.12.13): the two passes, reserve_reg moved to
 * of_reserved_mem.c, /memreserve/ after the scan (drivers/of/fdt.c
 * early_init_fdt_scan_reserved_mem) — but no alloc_reserved_mem_array() yet: reserved_mem
 * stays the static __initdata array of MAX_RESERVED_REGIONS, so nothing is memblock-allocated
 * late. (6.12.0 – 6.12.12 are the 6.5 record: the mainline 6.12 code.)
 */
export const OF_RESERVED_MEM_6_12_13: OfReservedMemGeneration = {
  ...OF_RESERVED_MEM_6_5,
  scan: 'two-pass',
  extraReg: 'reserve-warn-late',
  memreserve: 'after-scan',
  staticFail: { prefix: 'OF: reserved mem: ', level: 'err' },
  reservedMemBytes: 0n,
}
/**
 * Stable 6.12.103 (Debian 6.12.117): as 6.12.13 plus "of: reserved_mem: Add code to
 * dynamically allocate reserved_mem array" (backported with "prevent OOB when too many
 * dynamic regions are defined"; ChangeLog-6.12.103): a 48-byte reserved_mem per node,
 * memblock-allocated when the static nodes are initialised.
 */
export const OF_RESERVED_MEM_6_12_103: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_12_13, reservedMemBytes: 48n }
/**
 * Mainline 6.13 – 6.18: as 6.12.103 (the two passes and the reserved_mem array are in
 * drivers/of/of_reserved_mem.c@v6.14 and @v6.17, not @v6.11; 6.12 itself is one sorted pass,
 * so 6.13 or 6.14, UNCONFIRMED which, taken as 6.13), except that alloc_reserved_mem_array()
 * has not yet the error path Debian's 6.12.117 and 7.2.13 carry: when its memblock_alloc()
 * fails the static nodes are still initialised and checked for overlap ('continue',
 * @v6.14:72-103, @v6.17:74-105, @v7.0). Nor has it the "too many defined dynamic regions"
 * check (@v6.14:287-340 writes past dynamic_nodes[], as 6.12.13 – 6.12.102 do: not modelled).
 */
export const OF_RESERVED_MEM_6_13: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_12_103, arrayAllocFail: 'continue' }
/**
 * 6.19 – 7.0: a `linux,cma-default` node under `cma=` skipped before it is reserved or
 * allocated ('skip-default'), a node's further `reg` entries still reserved but no longer
 * warned about (drivers/of/of_reserved_mem.c@v6.19.6, v7.0.4; not in v6.18.5, @v6.17);
 * alloc_reserved_mem_array() as 6.13's (@v7.0). Not modelled: the release 7.0 itself skips a
 * node with more than one reg entry in fdt_scan_reserved_mem_reg_nodes() (no range line, no
 * init: of_flat_dt_get_addr_size() wants one entry, drivers/of/fdt.c@v7.0:652), which its
 * compiled code showed (test/fuzz/kernel-resmem.test.ts); 7.0.4 as read saves the first entry.
 */
export const OF_RESERVED_MEM_6_19: OfReservedMemGeneration = { ...OF_RESERVED_MEM_6_13, cma: 'skip-default', extraReg: 'reserve-silent-late' }
/**
 * 7.1: the reserved_mem_ops rework: CMA nodes validated first, a 40-byte reserved_mem without
 * fdt_node (so no DT-order tie-break, and 7.x's sort decides equal records), failed nodes not
 * kept (drivers/of/of_reserved_mem.c and include/linux/of_reserved_mem.h@v7.1.3; v7.0.4 has none).
 */
export const OF_RESERVED_MEM_7_1: OfReservedMemGeneration = {
  ...OF_RESERVED_MEM_6_19,
  cma: 'validate',
  reservedMemBytes: 40n,
  // 7.2.13's error path (@v7.2.13:279-280); @v7.0 has none, and 7.1 is not at hand: UNCONFIRMED.
  arrayAllocFail: 'stop',
  failedInitKept: false,
  stableOrder: false,
  sort: sortDoublePop,
}
/** 7.2 (Debian 7.2.13): only a node's first `reg` entry reserved, with a warning. */
export const OF_RESERVED_MEM_7_2: OfReservedMemGeneration = { ...OF_RESERVED_MEM_7_1, extraReg: 'first-only' }
/** 7.3+ (Debian 7.3.4): as 7.2; a DMA pool's size printed in KiB (UNCONFIRMED release: no 7.3.0 – 7.3.3 source is at hand, and Debian's 7.2.13 prints MiB, so 7.3.0 is taken). */
export const OF_RESERVED_MEM_7_3: OfReservedMemGeneration = { ...OF_RESERVED_MEM_7_2, dmaPoolSizeUnit: 'KiB' }

export interface CmaNodeContext {
  dmaCma: boolean
  cmdlineCma: boolean
  /** CMA_MIN_ALIGNMENT_BYTES. */
  cmaMinAlign: PhysSize
  /**
   * 5.10's give-back (a dynamic no-map node was memblock_remove()d): a failed node's range is
   * memblock_free()d whatever the node, and a no-map one memblock_add()ed back; 6.1+ clears
   * NOMAP on a no-map node and frees only the others.
   */
  nomapRemoved?: boolean
}

/** A reusable shared-dma-pool node. */
export interface CmaPoolNode {
  name: string
  nomap: boolean
  cmaDefault: boolean
}

/**
 * Mirrors __rmem_cma_verify_node() — kernel/dma/contiguous.c (v7.2.13:505) through rmem_cma_validate() (7.x): true when the node is
 * skipped before allocation (a `linux,cma-default` node while `cma=` is given).
 */
export function rmemCmaSkipped(node: CmaPoolNode, ctx: CmaNodeContext, trace: Trace): boolean {
  if (!ctx.dmaCma || node.nomap || !ctx.cmdlineCma || !node.cmaDefault) return false
  trace.err('of', 'Skipping dt linux,cma-default node in favor for "cma=" kernel param.')
  return true
}

/**
 * Mirrors __reserved_mem_init_node() — drivers/of/of_reserved_mem.c (v6.12.117:513) on an allocated reusable shared-dma-pool node (≤6.x):
 * rmem_cma_setup(), then rmem_dma_setup(). Returns whether the node became a CMA area; when
 * it did not, prints the failure and gives the memory back as fdt_init_reserved_mem(_node)()
 * does (clearing NOMAP, or freeing the reservation).
 */
export function initCmaPoolNode(mb: Memblock, node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): boolean {
  if (ctx.dmaCma) {
    if (ctx.cmdlineCma && node.cmaDefault) {
      trace.info('of', `Reserved memory: bypass ${node.name} node, using cmdline CMA params instead`)
    } else if (node.nomap) {
      // rmem_cma_setup(): a no-map pool cannot be CMA (-EINVAL, silently).
    } else if ((base | size) % ctx.cmaMinAlign !== 0n) {
      trace.err('of', 'Reserved memory: incorrect alignment of CMA region')
    } else if (!cmaInitReservedMem(mb, base, size, trace)) {
      // rmem_dma_setup() refuses it too (reusable).
    } else {
      return cmaPoolCreated(node, base, size, trace)
    }
  }
  // rmem_dma_setup() refuses a reusable node (-EINVAL): no init function took it.
  givePoolBack(mb, node, base, size, ctx, trace)
  return false
}

/**
 * "node … compatible matching fail": the memory goes back. 5.10 frees the range from the
 * reserved memory even for a no-map node, then adds that one back to memory: a static no-map
 * node refused over another node's reservation (-EBUSY, but saved all the same) frees that
 * reservation's part under it (drivers/of/of_reserved_mem.c@v5.10.223:276
 * fdt_init_reserved_mem). 6.1+ clears NOMAP on a no-map node, frees the others
 * (drivers/of/of_reserved_mem.c@v6.1.192:284).
 */
function givePoolBack(mb: Memblock, node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): void {
  trace.info('of', `OF: reserved mem: node ${node.name} compatible matching fail`)
  if (ctx.nomapRemoved) {
    memblockPhysFree(mb, base, size)
    if (node.nomap) memblockAdd(mb, base, size)
  } else if (node.nomap) memblockClearNomap(mb, base, size)
  else memblockPhysFree(mb, base, size)
}

/** What became of an allocated CMA pool node: a CMA area, kept as plain reserved memory, or given back. */
export type CmaPoolOutcome = 'cma' | 'kept' | 'freed'

/**
 * Mirrors __reserved_mem_init_node() — drivers/of/of_reserved_mem.c (v6.12.117:513; with rmem_cma_validate(), rmem_cma_setup() — kernel/dma/contiguous.c v7.2.13:519,545).
 * An allocated reusable shared-dma-pool node taken per generation. 'setup' runs
 * __reserved_mem_init_node() (initCmaPoolNode(), which may give the memory back). Under
 * 'validate' the node passed rmem_cma_validate(): without CONFIG_DMA_CMA, or no-map, no init
 * function claims it (-ENODEV) and it is kept; else rmem_cma_setup() makes it a CMA area
 * unless base or size is not CMA-aligned, which fails the node (-EINVAL) and frees it.
 */
export function takeCmaPoolNode(mb: Memblock, variant: OfReservedMemGeneration['cma'], node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): CmaPoolOutcome {
  // 6.19 – 7.0's rmem_cma_setup() has lost its bypass, which a skipped node never reaches anyway.
  if (variant !== 'validate') return initCmaPoolNode(mb, node, base, size, ctx, trace) ? 'cma' : 'freed'
  if (!ctx.dmaCma || node.nomap) return 'kept'
  if ((base | size) % ctx.cmaMinAlign !== 0n) {
    trace.err('of', 'Reserved memory: incorrect alignment of CMA region')
    givePoolBack(mb, node, base, size, ctx, trace)
    return 'freed'
  }
  if (!cmaInitReservedMem(mb, base, size, trace)) {
    givePoolBack(mb, node, base, size, ctx, trace)
    return 'freed'
  }
  cmaPoolCreated(node, base, size, trace)
  return 'cma'
}

/**
 * Mirrors cma_init_reserved_mem() — mm/cma.c (v5.10.223:167, v6.12.117:169, v7.2.13:271) as
 * rmem_cma_setup() calls it, after its own alignment check: -EINVAL when no reserved memory
 * overlaps the pool any more (memblock_is_region_reserved(); an earlier node whose init failed
 * may have freed it), and rmem_cma_setup()'s line. The MAX_CMA_AREAS slots are not modelled.
 * Returns whether the area was set up.
 */
function cmaInitReservedMem(mb: Memblock, base: PhysAddr, size: PhysSize, trace: Trace): boolean {
  if (size !== 0n && memblockIsRegionReserved(mb, base, size)) return true
  trace.err('of', 'Reserved memory: unable to setup CMA region')
  return false
}

/**
 * Mirrors rmem_dma_setup() — kernel/dma/coherent.c (v5.10.223:360, v6.12.117:369, v7.2.13:365, v7.3.4:366)
 * on a `shared-dma-pool` node without `reusable`, and __reserved_mem_init_node()'s line after
 * it: the node becomes a per-device coherent pool and its memory stays as the scan left it.
 * Its refusals are CONFIG_ARM's (a node without no-map) and a reusable node, a CMA pool,
 * which never gets here; `linux,dma-default` only matters with CONFIG_DMA_GLOBAL_POOL (no
 * arm64 or riscv64 MMU kernel).
 */
function rmemDmaSetup(node: { name: string; base: PhysAddr; size: PhysSize }, unit: OfReservedMemGeneration['dmaPoolSizeUnit'], trace: Trace): void {
  const size = unit === 'KiB' ? `${node.size / SZ_1K} KiB` : `${node.size / SZ_1M} MiB`
  trace.info('of', `Reserved memory: created DMA memory pool at ${fmtPhys(node.base)}, size ${size}`)
  trace.info('of', `OF: reserved mem: initialized node ${node.name}, compatible id shared-dma-pool`)
}

/** rmem_cma_setup()'s success and __reserved_mem_init_node()'s line after it. */
function cmaPoolCreated(node: CmaPoolNode, base: PhysAddr, size: PhysSize, trace: Trace): true {
  trace.info('of', `Reserved memory: created CMA memory pool at ${fmtPhys(base)}, size ${size / SZ_1M} MiB`)
  trace.info('of', `OF: reserved mem: initialized node ${node.name}, compatible id shared-dma-pool`)
  return true
}

// ---------------------------------------------------------------- the /reserved-memory scan

/** A node of reserved_mem[]: DT index (fdt_node's order), name, and where it is (0, 0: not placed). */
interface Rmem {
  index: number
  name: string
  base: PhysAddr
  size: PhysSize
}

/** What the early scan leaves for the late pass and for dma_contiguous_reserve(). */
export interface ReservedMemState {
  /** Whether the DT has a /reserved-memory node (the engine: any reservation listed). */
  present: boolean
  /** total_reserved_mem_cnt: static nodes plus dynamic nodes that were placed ('two-pass'). */
  totalReservedMemCnt: number
  /**
   * Static nodes, for the late pass ('two-pass'); `more`: how many further `reg` entries;
   * `skipped`: refused by rmem_cma_validate() (7.x), so never reserved.
   */
  staticNodes: Array<InitNode & { index: number; more: number; skipped: boolean }>
  /** Dynamic nodes placed and kept in reserved_mem[] ('two-pass'; the late overlap check reads them). */
  dynamicNodes: Rmem[]
  /** A `linux,cma-default` pool became dma_contiguous_default_area. */
  cmaDefault: boolean
  /**
   * That pool's size, cma_get_size(dma_contiguous_default_area), which 7.x's
   * dma_numa_cma_reserve() gives each online node under CONFIG_CMA_SIZE_PERNUMA (0 without one;
   * the last such pool wins, as rmem_cma_setup() overwrites the pointer).
   */
  cmaDefaultSize: PhysSize
}

/** A node as __reserved_mem_init_node() sees it: where it is and the properties its init functions read. */
interface InitNode {
  name: string
  base: PhysAddr
  size: PhysSize
  nomap: boolean
  cma: boolean
  cmaDefault: boolean
  dmaPool: boolean
}

/**
 * The node __reserved_mem_init_node() gets for a reservation placed at `base`: its name, place
 * and the properties it reads. One literal (an object spread in a literal is V8's slow
 * generic copy, and every arm64 and riscv64 boot makes a few of these).
 */
const initNode = (r: EarlyReservation, base: PhysAddr): InitNode => ({ name: r.name, base, size: r.size, nomap: r.nomap, cma: r.cma ?? false, cmaDefault: r.cmaDefault ?? false, dmaPool: r.dmaPool ?? false })

/** How the arch calls the scan: its CMA facts and its generation. */
export interface ReservedMemContext {
  gen: OfReservedMemGeneration
  /** CONFIG_DMA_CMA, `cma=` given, CMA_MIN_ALIGNMENT_BYTES (nomapRemoved comes from gen). */
  cma: CmaNodeContext
}

type DynamicNode = Extract<EarlyReservation, { kind: 'dynamic' }>

const OF = 'of'
const ofLine = (text: string): string => `OF: reserved mem: ${text}`

/**
 * MAX_RESERVED_REGIONS: the size of reserved_mem[] while the early scan fills it (and, on
 * 'two-pass' generations, of its list of dynamic nodes).
 * @kernel drivers/of/of_reserved_mem.c (v5.10.223, v6.1.192); drivers/of/of_private.h (v6.12.117, v7.2.13)
 */
const MAX_RESERVED_REGIONS = 64

/** memblock_overlaps_region(&memblock.memory, base, size). */
function overlapsMemory(mb: Memblock, base: PhysAddr, size: PhysSize): boolean {
  for (const r of mb.memory.regions) if (r.base < base + size && base < r.base + r.size) return true
  return false
}

/**
 * Mirrors early_init_dt_reserve_memory(_arch)(): a no-map region is flagged MEMBLOCK_NOMAP,
 * refused (-EBUSY) when that memory is already reserved (from 6.1 only when it is RAM at
 * all), or on 5.10.0 – 5.10.19 simply memblock_remove()d; any other region is
 * memblock_reserve()d.
 */
function earlyInitDtReserveMemory(mb: Memblock, gen: OfReservedMemGeneration, base: PhysAddr, size: PhysSize, nomap: boolean, owner: string): boolean {
  if (nomap && gen.staticNomap === 'remove') {
    memblockRemove(mb, base, size)
    return true
  }
  if (nomap) {
    if ((!gen.nomapBusyOnlyInMemory || overlapsMemory(mb, base, size)) && memblockIsRegionReserved(mb, base, size)) return false
    memblockMarkNomap(mb, base, size)
    return true
  }
  memblockReserve(mb, base, size, owner)
  return true
}

type FixedNode = Extract<EarlyReservation, { kind: 'fixed' }>
const NO_MORE_REG: readonly PhysRange[] = []

/**
 * Mirrors __reserved_mem_reserve_reg(): the node's `reg` entries reserved or flagged no-map
 * (7.x: only the first, with a warning when there are more), and a line for each that fails
 * or has size 0. The node itself (saved all the same) is the first entry. On 7.x the node is
 * validated first (fdt_validate_reserved_mem_node()), after the warning: a CMA pool that
 * rmem_cma_validate() refuses is not reserved at all, and false is returned. `saveFirst`: what
 * 5.10 – 6.12.12 do right after the first entry, fdt_reserved_mem_save_node() (its line, when
 * reserved_mem[] is full, comes before those of the further entries).
 */
function reservedMemReserveReg(mb: Memblock, ctx: ReservedMemContext, r: FixedNode, trace: Trace, saveFirst?: () => void): boolean {
  const gen = ctx.gen
  const more = r.moreReg ?? NO_MORE_REG
  if (more.length > 0 && gen.extraReg === 'first-only') {
    trace.warn(OF, ofLine(`Reserved memory: node '${r.name}' has ${more.length + 1} <base size> entries, only the first is used`))
  }
  if (gen.cma === 'validate' && staticCmaSkipped(r, ctx, trace)) return false
  if (gen.cma === 'skip-default' && cmaSkipDtDefault(r, ctx.cma, trace)) return false
  reserveRegEntry(mb, gen, r.name, r.base, r.size, r.nomap, trace)
  saveFirst?.()
  if (gen.extraReg === 'first-only') return true
  for (const e of more) reserveRegEntry(mb, gen, r.name, e.base, e.size, r.nomap, trace)
  return true
}

/**
 * Mirrors 6.19 – 7.0's `default_cma && cma_skip_dt_default_reserved_mem()` test in
 * __reserved_mem_reserve_reg() and __reserved_mem_alloc_size(): a `linux,cma-default` node
 * under `cma=` (size_cmdline set; the function is false without CONFIG_DMA_CMA) is refused
 * with this line, reusable or not, no-map or not.
 * @kernel drivers/of/of_reserved_mem.c __reserved_mem_reserve_reg, __reserved_mem_alloc_size;
 *         kernel/dma/contiguous.c cma_skip_dt_default_reserved_mem (v6.19.6, v7.0.4)
 */
function cmaSkipDtDefault(node: { cmaDefault?: boolean }, ctx: CmaNodeContext, trace: Trace): boolean {
  if (!ctx.dmaCma || !ctx.cmdlineCma || !node.cmaDefault) return false
  trace.err(OF, ofLine('Skipping dt linux,cma-default for "cma=" kernel param.'))
  return true
}

/** rmemCmaSkipped() for a static node (its CMA flags are optional in the board model). */
function staticCmaSkipped(r: { name: string; nomap: boolean; cma?: boolean; cmaDefault?: boolean }, ctx: ReservedMemContext, trace: Trace): boolean {
  return (r.cma ?? false) && rmemCmaSkipped({ name: r.name, nomap: r.nomap, cmaDefault: r.cmaDefault ?? false }, ctx.cma, trace)
}

/** One `reg` entry of a node: early_init_dt_reserve_memory(), or the failure line. */
function reserveRegEntry(mb: Memblock, gen: OfReservedMemGeneration, name: string, base: PhysAddr, size: PhysSize, nomap: boolean, trace: Trace): void {
  if (size && earlyInitDtReserveMemory(mb, gen, base, size, nomap, name)) return
  const text = `${gen.staticFail.prefix}Reserved memory: failed to reserve memory for node '${name}': base ${fmtPhys(base)}, size ${size / SZ_1M} MiB`
  if (gen.staticFail.level === 'info') trace.info(OF, text)
  else trace.err(OF, text)
}

/** One dynamic node's allocation: the kernel's (size, align, start, end, nomap) and the owner. */
interface RmemAlloc {
  size: PhysSize
  align: PhysSize
  /** [start, end); end 0: anywhere. */
  start: PhysAddr
  end: PhysAddr
  nomap: boolean
  owner: string
}

/**
 * Mirrors early_init_dt_alloc_reserved_memory_arch(): top-down (or bottom-up when the caller
 * switched) in [start, end), `end` 0 meaning anywhere; a no-map region is then flagged
 * NOMAP, or up to 5.13 found only and memblock_remove()d, on 5.14 found only and flagged NOMAP.
 * Returns the base, 0 on failure.
 */
function earlyInitDtAllocReservedMemoryArch(mb: Memblock, gen: OfReservedMemGeneration, req: RmemAlloc): PhysAddr {
  const { size, start, nomap, owner } = req
  const end = req.end === 0n ? MEMBLOCK_ALLOC_ANYWHERE : req.end
  const align = req.align === 0n ? SMP_CACHE_BYTES : req.align
  if (nomap && gen.dynamicNomap === 'remove') {
    const base = memblockFindInRangeNode(mb, size, align, start, end)
    if (base) memblockRemove(mb, base, size)
    return base
  }
  if (nomap && gen.dynamicNomap === 'find-mark') {
    const base = memblockFindInRangeNode(mb, size, align, start, end)
    if (base) memblockMarkNomap(mb, base, size)
    return base
  }
  const base = memblockPhysAllocRange(mb, size, align, start, end, owner)
  if (base && nomap) memblockMarkNomap(mb, base, size)
  return base
}

/**
 * Mirrors __reserved_mem_alloc_in_range() (6.5+, 83ba7361e168): bottom-up when the window starts inside or
 * right after a region already in reserved_mem[], top-down when it ends at one, unchanged
 * when both or neither.
 */
function reservedMemAllocInRange(mb: Memblock, gen: OfReservedMemGeneration, placed: readonly Rmem[], req: RmemAlloc): PhysAddr {
  const { start, end } = req
  const prevBottomUp = mb.bottomUp
  let bottomUp = false
  let topDown = false
  for (const r of placed) {
    // "Skip regions that were not reserved yet".
    if (r.size === 0n) continue
    if (start >= r.base && start <= r.base + r.size) bottomUp = true
    if (end >= r.base && end <= r.base + r.size) topDown = true
  }
  if (bottomUp !== topDown) mb.bottomUp = bottomUp
  const base = earlyInitDtAllocReservedMemoryArch(mb, gen, req)
  if (bottomUp !== topDown) mb.bottomUp = prevBottomUp
  return base
}

/**
 * Mirrors __reserved_mem_alloc_size(): the CMA alignment, then each alloc-ranges window in
 * turn (or anywhere), and the failure line. Returns the base, 0 when nothing was placed.
 * `placed` is reserved_mem[] as __reserved_mem_alloc_in_range() sees it.
 */
function reservedMemAllocSize(mb: Memblock, ctx: ReservedMemContext, r: DynamicNode, placed: readonly Rmem[], trace: Trace): PhysAddr {
  const gen = ctx.gen
  let align = r.align
  // "Need adjust the alignment to satisfy the CMA requirement" (CONFIG_CMA; KernelConfig.CMA
  // is CMA with DMA_CMA, which differ only in a build that has CMA without DMA_CMA).
  if (ctx.cma.dmaCma && r.cma && !r.nomap && align < ctx.cma.cmaMinAlign) align = ctx.cma.cmaMinAlign
  let base = 0n
  if (r.allocRanges.length > 0) {
    for (const range of r.allocRanges) {
      const req = { size: r.size, align, start: range.base, end: range.base + range.size, nomap: r.nomap, owner: r.name }
      base = gen.allocInRange ? reservedMemAllocInRange(mb, gen, placed, req) : earlyInitDtAllocReservedMemoryArch(mb, gen, req)
      if (base) break
    }
  } else {
    base = earlyInitDtAllocReservedMemoryArch(mb, gen, { size: r.size, align, start: 0n, end: 0n, nomap: r.nomap, owner: r.name })
  }
  if (!base) {
    if (gen.allocFailSize) trace.err(OF, ofLine(`failed to allocate memory for node '${r.name}': size ${r.size / SZ_1M} MiB`))
    else trace.info(OF, ofLine(`failed to allocate memory for node '${r.name}'`))
  }
  return base
}

/**
 * Mirrors __reserved_mem_init_node() and what its caller does with the result
 * (fdt_init_reserved_mem() ≤6.12.12, fdt_init_reserved_mem_node() 6.12.13+): a reusable
 * shared-dma-pool node goes through the CMA rules (and may give its memory back); a node
 * kept gets its range line where the generation prints one. Returns whether it was kept.
 */
function fdtInitReservedMemNode(
  mb: Memblock,
  ctx: ReservedMemContext,
  st: ReservedMemState,
  n: InitNode,
  trace: Trace,
): boolean {
  if (n.cma) {
    const outcome = takeCmaPoolNode(mb, ctx.gen.cma, n, n.base, n.size, ctx.cma, trace)
    // A node that gave its memory back gets no line.
    if (outcome === 'freed') return false
    if (outcome === 'cma' && n.cmaDefault) {
      st.cmaDefault = true
      st.cmaDefaultSize = n.size
    }
  } else if (n.dmaPool) {
    // rmem_cma_setup() comes first (kernel/dma/Makefile links contiguous.o before coherent.o).
    // ≤6.x it bypasses a `linux,cma-default` node under `cma=` before it looks at `reusable`
    // (kernel/dma/contiguous.c@v6.12.117:456 rmem_cma_setup, and v5.10.223, v6.1.192), with its
    // line; any other node without `reusable` it refuses silently. rmem_dma_setup() takes it.
    if (ctx.gen.cma === 'setup' && ctx.cma.dmaCma && ctx.cma.cmdlineCma && n.cmaDefault) trace.info('of', `Reserved memory: bypass ${n.name} node, using cmdline CMA params instead`)
    rmemDmaSetup(n, ctx.gen.dmaPoolSizeUnit, trace)
  }
  if (ctx.gen.rangeLine) {
    const end = n.base + n.size - 1n
    trace.info(OF, ofLine(`${fmtPhys(n.base)}..${fmtPhys(end)} (${n.size >> 10n} KiB) ${n.nomap ? 'nomap' : 'map'} ${n.cma ? 'reusable' : 'non-reusable'} ${n.name}`))
  }
  return true
}

/** Mirrors __rmem_cmp(): by base, then size (a dynamic node not placed yet first); 6.5 – 6.x then by node (stableOrder). */
const rmemCmp = (a: Rmem, b: Rmem): number =>
  a.base !== b.base ? (a.base < b.base ? -1 : 1) : a.size !== b.size ? (a.size < b.size ? -1 : 1) : 0
const rmemCmpByNode = (a: Rmem, b: Rmem): number => rmemCmp(a, b) || a.index - b.index

/**
 * Mirrors __rmem_check_for_overlap(): sorts reserved_mem[] (in place: ≤6.12.12 allocates in
 * this order) and prints each pair of neighbours that overlap. The pr_err() holds a newline,
 * so dmesg shows it as two lines, the second without the prefix.
 */
function rmemCheckForOverlap(rmem: Rmem[], gen: OfReservedMemGeneration, trace: Trace): void {
  if (rmem.length < 2) return
  gen.sort(rmem, gen.stableOrder ? rmemCmpByNode : rmemCmp)
  for (let i = 0; i + 1 < rmem.length; i++) {
    const a = rmem[i]!
    const b = rmem[i + 1]!
    if (a.base + a.size > b.base) {
      trace.err(OF, ofLine('OVERLAP DETECTED!'))
      trace.err(OF, `${a.name} (${fmtPhys(a.base)}--${fmtPhys(a.base + a.size)}) overlaps with ${b.name} (${fmtPhys(b.base)}--${fmtPhys(b.base + b.size)})`)
    }
  }
}

/**
 * Mirrors early_init_fdt_scan_reserved_mem() — drivers/of/fdt.c (v6.12.117:496) for `reservations` (DT order): the /memreserve/
 * entries before or after the scan, and per generation fdt_init_reserved_mem() after the
 * scan ('sorted') or fdt_scan_reserved_mem() ('two-pass', whose static nodes
 * fdtScanReservedMemLate() finishes). Indices in the state are those of the nodes alone.
 */
export function earlyInitFdtScanReservedMem(mb: Memblock, reservations: readonly EarlyReservation[], arch: ReservedMemContext, trace: Trace): ReservedMemState {
  // 5.10 memblock_remove()d a no-map node, so a failed one is memblock_add()ed back.
  const c = arch.cma
  const ctx: ReservedMemContext = { gen: arch.gen, cma: { dmaCma: c.dmaCma, cmdlineCma: c.cmdlineCma, cmaMinAlign: c.cmaMinAlign, nomapRemoved: arch.gen.dynamicNomap === 'remove' } }
  let nodes = reservations
  let memreserve = false
  for (const r of reservations) if (r.kind === 'fixed' && r.memreserve) memreserve = true
  if (memreserve) nodes = reservations.filter((r) => r.kind !== 'fixed' || !r.memreserve)
  const st: ReservedMemState = { present: nodes.length > 0, totalReservedMemCnt: 0, staticNodes: [], dynamicNodes: [], cmaDefault: false, cmaDefaultSize: 0n }
  if (memreserve && ctx.gen.memreserve === 'before-scan') reserveMemreserve(mb, reservations)
  if (ctx.gen.scan === 'sorted') fdtInitReservedMemSorted(mb, nodes, ctx, st, trace, reservations)
  else fdtScanReservedMemTwoPass(mb, nodes, ctx, st, trace)
  if (memreserve && ctx.gen.memreserve === 'after-scan') reserveMemreserve(mb, reservations)
  return st
}

/** The FDT header's /memreserve/ fields: each memblock_reserve()d, nothing printed. */
function reserveMemreserve(mb: Memblock, reservations: readonly EarlyReservation[]): void {
  for (const r of reservations) if (r.kind === 'fixed' && r.memreserve) memblockReserve(mb, r.base, r.size, r.name)
}

/**
 * ≤6.12.12: __fdt_scan_reserved_mem() reserves each static node and saves every node in DT
 * order (a dynamic one as 0, 0); fdt_init_reserved_mem() sorts them (rmemCheckForOverlap())
 * and then, in that order, places each dynamic node and initialises each node. reserved_mem[]
 * keeps a node whose init failed, so a later alloc-ranges window still sees it.
 * `reservations` are the nodes; `all` also holds the /memreserve/ entries.
 */
function fdtInitReservedMemSorted(
  mb: Memblock,
  reservations: readonly EarlyReservation[],
  ctx: ReservedMemContext,
  st: ReservedMemState,
  trace: Trace,
  all: readonly EarlyReservation[],
): void {
  const rmem: Rmem[] = []
  for (let i = 0; i < reservations.length; i++) {
    const r = reservations[i]!
    // fdt_reserved_mem_save_node(): a node past MAX_RESERVED_REGIONS is not saved, so a static
    // one (reserved all the same) is never initialised and a dynamic one never placed.
    const save = (): void => {
      if (rmem.length === MAX_RESERVED_REGIONS) trace.err(OF, ofLine('not enough space for all defined regions.'))
      else rmem.push({ index: i, name: r.name, base: r.kind === 'fixed' ? r.base : 0n, size: r.kind === 'fixed' ? r.size : 0n })
    }
    if (r.kind === 'fixed') reservedMemReserveReg(mb, ctx, r, trace, save)
    else save()
  }
  // 6.4 – 6.12.12: the /memreserve/ loop comes between fdt_scan_reserved_mem() and fdt_init_reserved_mem().
  if (ctx.gen.memreserve === 'before-init') reserveMemreserve(mb, all)
  rmemCheckForOverlap(rmem, ctx.gen, trace)
  for (const e of rmem) {
    const r = reservations[e.index]!
    if (r.kind === 'fixed') {
      // A static node of size 0 reads as a dynamic one without a `size`: -EINVAL, silently.
      if (e.size !== 0n) fdtInitReservedMemNode(mb, ctx, st, initNode(r, r.base), trace)
      continue
    }
    const base = reservedMemAllocSize(mb, ctx, r, rmem, trace)
    if (!base) continue
    e.base = base
    e.size = r.size
    fdtInitReservedMemNode(mb, ctx, st, initNode(r, base), trace)
  }
}

/**
 * 6.12.13+: fdt_scan_reserved_mem() reserves the static nodes (each counted, even one that
 * failed), then places and initialises the dynamic nodes in DT order; an alloc-ranges window
 * sees only the dynamic nodes saved before it (the static ones are saved late).
 * Only the first MAX_RESERVED_REGIONS dynamic nodes are kept for placing
 * (drivers/of/of_reserved_mem.c@v6.12.117, v7.2.13 fdt_scan_reserved_mem; the check came with
 * "prevent OOB when too many dynamic regions are defined", in 6.12.103: 6.12.13 – 6.12.102
 * write past dynamic_nodes[] instead, which the engine does not model).
 */
function fdtScanReservedMemTwoPass(mb: Memblock, reservations: readonly EarlyReservation[], ctx: ReservedMemContext, st: ReservedMemState, trace: Trace): void {
  let count = 0
  const dynamicNodes: number[] = []
  for (let i = 0; i < reservations.length; i++) {
    const r = reservations[i]!
    if (r.kind !== 'fixed') {
      // dynamic_nodes[] holds MAX_RESERVED_REGIONS; the scan skips the rest where it meets them.
      if (dynamicNodes.length === MAX_RESERVED_REGIONS) trace.err(OF, ofLine(`too many defined dynamic regions, skip '${r.name}'`))
      else dynamicNodes.push(i)
      continue
    }
    const reserved = reservedMemReserveReg(mb, ctx, r, trace)
    if (reserved) count++
    // Saved even with an empty first entry: the late pass warns about its further entries
    // before it skips it (and validates a refused one again).
    st.staticNodes.push({ index: i, name: r.name, base: r.base, size: r.size, nomap: r.nomap, cma: r.cma ?? false, cmaDefault: r.cmaDefault ?? false, dmaPool: r.dmaPool ?? false, more: r.moreReg?.length ?? 0, skipped: !reserved })
  }
  for (const i of dynamicNodes) {
    const r = reservations[i]!
    if (r.kind !== 'dynamic') continue
    if (r.cma && ctx.gen.cma === 'validate' && rmemCmaSkipped(r, ctx.cma, trace)) continue
    if (ctx.gen.cma === 'skip-default' && cmaSkipDtDefault(r, ctx.cma, trace)) continue
    const base = reservedMemAllocSize(mb, ctx, r, st.dynamicNodes, trace)
    if (!base) continue
    count++
    const kept = fdtInitReservedMemNode(mb, ctx, st, initNode(r, base), trace)
    if (kept || ctx.gen.failedInitKept) st.dynamicNodes.push({ index: i, name: r.name, base, size: r.size })
  }
  st.totalReservedMemCnt = count
}

/**
 * Mirrors fdt_scan_reserved_mem_reg_nodes() — drivers/of/of_reserved_mem.c (v6.12.117:239; 6.12.13+) / fdt_scan_reserved_mem_late() (7.2),
 * the first thing unflatten_device_tree() does: without /reserved-memory a line; else the
 * reserved_mem array (total_reserved_mem_cnt entries, memblock_alloc()ed), each static
 * node initialised in DT order, and the overlap check. Nothing on 'sorted' generations.
 */
export function fdtScanReservedMemLate(mb: Memblock, st: ReservedMemState, ctx: ReservedMemContext, trace: Trace): void {
  if (ctx.gen.scan !== 'two-pass') return
  if (!st.present) {
    trace.info(OF, ofLine('Reserved memory: No reserved-memory node in the DT'))
    return
  }
  // alloc_reserved_mem_array() (drivers/of/of_reserved_mem.c@v6.12.117:73, v7.2.13:72): when
  // memblock_alloc() finds no room, reserved_mem_count is zeroed and the late pass ends there:
  // no static node is initialised, nothing is checked for overlap. (The line has no newline.)
  // Mainline 6.13 – 7.0 ('continue') has no early return: it memblock_alloc()s even 0 bytes
  // (which reserves nothing: not modelled), and after a failure goes on with the static array.
  if (st.totalReservedMemCnt > 0 && ctx.gen.reservedMemBytes > 0n && !memblockAlloc(mb, BigInt(st.totalReservedMemCnt) * ctx.gen.reservedMemBytes, SMP_CACHE_BYTES, 'alloc_reserved_mem_array')) {
    trace.err(OF, ofLine('Failed to allocate memory for reserved_mem array with err: -12'))
    if (ctx.gen.arrayAllocFail === 'stop') return
  }
  const rmem: Rmem[] = st.dynamicNodes.slice()
  for (const n of st.staticNodes) {
    if (n.more > 0 && ctx.gen.extraReg === 'reserve-warn-late') trace.warn(OF, ofLine(`fdt_scan_reserved_mem_reg_nodes() ignores ${n.more} regions in node '${n.name}'`))
    // 7.1+ validates each node again before it looks at the size; 6.19 – 7.0 skip it silently.
    if (n.skipped && (ctx.gen.cma === 'skip-default' || staticCmaSkipped(n, ctx, trace))) continue
    // `if (size) fdt_reserved_mem_save_node()`: an empty first entry is not a node.
    if (n.size === 0n) continue
    const kept = fdtInitReservedMemNode(mb, ctx, st, n, trace)
    // 7.x leaves a node whose init failed out of reserved_mem[], and so out of the overlap check.
    if (kept || ctx.gen.failedInitKept) rmem.push({ index: n.index, name: n.name, base: n.base, size: n.size })
  }
  rmemCheckForOverlap(rmem, ctx.gen, trace)
}
