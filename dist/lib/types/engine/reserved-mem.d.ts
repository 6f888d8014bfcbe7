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
import { type Memblock } from './memblock/memblock.js';
import { type KernelSort } from './sort.js';
import type { Trace } from './trace.js';
import type { EarlyReservation, PhysAddr, PhysSize } from './types.js';
/** One generation of drivers/of/of_reserved_mem.c (see the file's head). */
export interface OfReservedMemGeneration {
    /** Where the nodes are placed and initialised: fdt_init_reserved_mem() or the two passes of 6.12.13+. */
    scan: 'sorted' | 'two-pass';
    /** __reserved_mem_alloc_in_range(): alloc-ranges bottom-up or top-down next to a placed region. */
    allocInRange: boolean;
    /** The "base..end (n KiB) map|nomap reusable|non-reusable name" line of each node kept. */
    rangeLine: boolean;
    /** A dynamic node's failure line: pr_err with the size, or 5.10's pr_info without it. */
    allocFailSize: boolean;
    /** early_init_dt_reserve_memory(): refuse no-map over reserved memory only when it is RAM (6.1+). */
    nomapBusyOnlyInMemory: boolean;
    /** A static node's failure line: its file's prefix and level (fdt.c up to 6.12.12). */
    staticFail: {
        prefix: string;
        level: 'info' | 'err';
    };
    /**
     * A dynamic no-map node: found and memblock_remove()d ('remove', up to 5.13:
     * drivers/of/of_reserved_mem.c@v5.13), found and flagged NOMAP but not reserved ('find-mark',
     * 5.14: @v5.14 memblock_find_in_range() then memblock_mark_nomap()), or allocated and flagged
     * NOMAP ('mark', 5.15+: @v5.15 memblock_phys_alloc_range()).
     */
    dynamicNomap: 'remove' | 'find-mark' | 'mark';
    /**
     * A static no-map node: memblock_remove()d whatever is reserved there (5.10.0 – 5.10.19),
     * or flagged NOMAP unless reserved memory lies under it (-EBUSY, 5.10.20+: "fdt: Properly
     * handle "no-map" field in the memory region", "of/fdt: Make sure no-map does not remove
     * already reserved regions", ChangeLog-5.10.20).
     */
    staticNomap: 'remove' | 'mark';
    /** What becomes of a reusable shared-dma-pool node (above). */
    cma: 'setup' | 'skip-default' | 'validate';
    /**
     * A node's further `reg` entries: reserved too ('reserve', ≤6.12.12), reserved with a late
     * "ignores N regions" warning ('reserve-warn-late', 6.12.13 – 6.18), reserved with the late
     * pass taking the first silently ('reserve-silent-late', 6.19 – 7.1:
     * of_flat_dt_get_addr_size()@v6.19.6), or left alone after a warning that only the first is
     * used ('first-only', 7.2+: __reserved_mem_reserve_reg()@v7.2.13, not v7.1.3).
     */
    extraReg: 'reserve' | 'reserve-warn-late' | 'reserve-silent-late' | 'first-only';
    /**
     * When the FDT header's /memreserve/ entries are reserved: before the scan (≤6.3), between
     * the static nodes and the dynamic ones (6.4 – 6.12.12: b413281876292de4 "of: fdt: Scan
     * /memreserve/ last" moved the scan first, fdt_init_reserved_mem() stayed after), or after
     * both (6.12.13+).
     */
    memreserve: 'before-scan' | 'before-init' | 'after-scan';
    /**
     * sizeof(struct reserved_mem) for alloc_reserved_mem_array() ('two-pass' only); 0 where
     * reserved_mem is still the static array and nothing is allocated (6.12.13 – 6.12.102).
     */
    reservedMemBytes: PhysSize;
    /**
     * When alloc_reserved_mem_array()'s memblock_alloc() fails: 'stop' (reserved_mem_count
     * zeroed, and fdt_scan_reserved_mem_reg_nodes() returns before any static node is
     * initialised: drivers/of/of_reserved_mem.c@v6.12.117:73-112, 258-259, @v7.2.13:279-280) or
     * 'continue' (mainline 6.13 – 7.0: the function returns void after its pr_err(), and the static
     * nodes are initialised into the static array all the same, @v6.14:72-103, 244, @v6.17:250,
     * @v7.0:247). Only where reservedMemBytes > 0.
     */
    arrayAllocFail: 'stop' | 'continue';
    /** A node whose init failed stays in reserved_mem[] (6.12.13+ saves it first; 7.2 only on success). */
    failedInitKept: boolean;
    /**
     * __rmem_cmp() breaks ties by fdt_node, i.e. DT order ("of: reserved_mem: Use stable
     * allocation order", 4cea2821882b, 6.5): the dynamic nodes are then placed in DT order.
     * 7.x has no fdt_node in struct reserved_mem and no tie-break.
     */
    stableOrder: boolean;
    /**
     * The generation's sort() (sort.ts): only the 7.x record takes the double-pop heapsort,
     * where it decides the order of equal records. 6.12's lib/sort.c is that heapsort too, but
     * there the tie-break leaves no two records equal, so the records keep sort().
     */
    sort: KernelSort;
    /**
     * rmem_dma_setup()'s "created DMA memory pool … size" unit: MiB, the size divided down (a
     * pool under 1 MiB says 0), up to 7.2; KiB from 7.3 (kernel/dma/coherent.c@v7.2.13:386,
     * @v7.3.4:387-388; test/boots/random-dt b12, a 12 KiB pool).
     */
    dmaPoolSizeUnit: 'MiB' | 'KiB';
}
/**
 * Debian 5.10.223 (5.10.20+): fdt_init_reserved_mem(), fdt.c's pr_info, find + memblock_remove
 * for a dynamic no-map node, NOMAP (or -EBUSY) for a static one.
 */
export declare const OF_RESERVED_MEM_5_10: OfReservedMemGeneration;
/**
 * 5.10.0 – 5.10.19 (mainline 5.10) and 5.11: a static no-map node is memblock_remove()d, never
 * refused (early_init_dt_reserve_memory_arch()@v5.11; @v5.13 flags it NOMAP or refuses it:
 * 5.12 is not at hand, taken as 5.12 where a policy boundary allows).
 */
export declare const OF_RESERVED_MEM_5_10_0: OfReservedMemGeneration;
/**
 * 5.14: a dynamic no-map node found and flagged NOMAP, never reserved
 * (early_init_dt_alloc_reserved_memory_arch()@v5.14; @v5.13 memblock_remove()s it); a failed
 * one has NOMAP cleared again (fdt_init_reserved_mem()@v5.14, as 6.1's).
 */
export declare const OF_RESERVED_MEM_5_14: OfReservedMemGeneration;
/** 5.15 – 5.16: a dynamic no-map node allocated, then flagged NOMAP (drivers/of/of_reserved_mem.c@v5.15). */
export declare const OF_RESERVED_MEM_5_15: OfReservedMemGeneration;
/**
 * 5.17 – 5.19: a static no-map node refused (-EBUSY) over reservations only where it is RAM
 * (early_init_dt_reserve_memory_arch()@v5.17, memblock_overlaps_region(&memblock.memory, …);
 * @v5.15 refuses it over any reservation: 5.16 is not at hand, taken as 5.17).
 */
export declare const OF_RESERVED_MEM_5_17: OfReservedMemGeneration;
/**
 * 6.0+ (Debian 6.1.192): as 5.17 with pr_err lines, the dynamic one carrying the size
 * (drivers/of/of_reserved_mem.c@v6.0:159, drivers/of/fdt.c@v6.0:535; pr_info in @v5.19).
 */
export declare const OF_RESERVED_MEM_6_1: OfReservedMemGeneration;
/**
 * 6.3: the range line (aeb9267eb6b1, "print out reserved-mem details during boot", with
 * 6ee7afbabcee's "KiB"), printed inside fdt_init_reserved_mem(): in
 * drivers/of/of_reserved_mem.c@v6.5:349, not @v6.2; 6.3 from the commits' dates (February
 * 2023), UNCONFIRMED (no 6.3 or 6.4 tree). The 6.5 record below matches @v6.5 and @v6.8; @v6.11
 * is the 6.11 record (fdt_scan_reserved_mem() moved to of_reserved_mem.c, and so its pr_fmt).
 */
export declare const OF_RESERVED_MEM_6_3: OfReservedMemGeneration;
/** 6.4: /memreserve/ after the static nodes, before the dynamic ones (b413281876292de4). */
export declare const OF_RESERVED_MEM_6_4: OfReservedMemGeneration;
/**
 * 6.5: Stephan Gerhold's two commits in the 6.5 devicetree pull: 83ba7361e168 "Try to keep
 * range allocations contiguous" (__reserved_mem_alloc_in_range()) and 4cea2821882b "Use
 * stable allocation order" (the fdt_node tie-break, so the dynamic nodes are placed in DT
 * order instead of the order sort() leaves equal records in).
 */
export declare const OF_RESERVED_MEM_6_5: OfReservedMemGeneration;
/**
 * 6.11 – 6.12.12: as 6.5, with fdt_scan_reserved_mem() and __reserved_mem_reserve_reg() moved
 * from drivers/of/fdt.c to drivers/of/of_reserved_mem.c, so a static node's refusal carries
 * that file's pr_fmt, "OF: reserved mem: " (of_reserved_mem.c@v6.11:12,133; fdt.c@v6.8:9,531
 * still "OF: fdt: "). Compiled: the 6.11 tree's own code agrees (test/fuzz/kernel-resmem.test.ts).
 * 6.9 – 6.10 are not at hand: taken as 6.11 where a policy boundary is (arm64-6.11, riscv64-6.11).
 */
export declare const OF_RESERVED_MEM_6_11: OfReservedMemGeneration;
/**
 * Stable 6.12.13 (backport of "of: reserved_mem: Restructure how the reserved memory regions
 * are processed", with "of: reserved-memory: Warn for missing static reserved memory
 * regions"; Debian changelog, ChangeLog-6.12.13): the two passes, reserve_reg moved to
 * of_reserved_mem.c, /memreserve/ after the scan (drivers/of/fdt.c
 * early_init_fdt_scan_reserved_mem) — but no alloc_reserved_mem_array() yet: reserved_mem
 * stays the static __initdata array of MAX_RESERVED_REGIONS, so nothing is memblock-allocated
 * late. (6.12.0 – 6.12.12 are the 6.5 record: the mainline 6.12 code.)
 */
export declare const OF_RESERVED_MEM_6_12_13: OfReservedMemGeneration;
/**
 * Stable 6.12.103 (Debian 6.12.117): as 6.12.13 plus "of: reserved_mem: Add code to
 * dynamically allocate reserved_mem array" (backported with "prevent OOB when too many
 * dynamic regions are defined"; ChangeLog-6.12.103): a 48-byte reserved_mem per node,
 * memblock-allocated when the static nodes are initialised.
 */
export declare const OF_RESERVED_MEM_6_12_103: OfReservedMemGeneration;
/**
 * Mainline 6.13 – 6.18: as 6.12.103 (the two passes and the reserved_mem array are in
 * drivers/of/of_reserved_mem.c@v6.14 and @v6.17, not @v6.11; 6.12 itself is one sorted pass,
 * so 6.13 or 6.14, UNCONFIRMED which, taken as 6.13), except that alloc_reserved_mem_array()
 * has not yet the error path Debian's 6.12.117 and 7.2.13 carry: when its memblock_alloc()
 * fails the static nodes are still initialised and checked for overlap ('continue',
 * @v6.14:72-103, @v6.17:74-105, @v7.0). Nor has it the "too many defined dynamic regions"
 * check (@v6.14:287-340 writes past dynamic_nodes[], as 6.12.13 – 6.12.102 do: not modelled).
 */
export declare const OF_RESERVED_MEM_6_13: OfReservedMemGeneration;
/**
 * 6.19 – 7.0: a `linux,cma-default` node under `cma=` skipped before it is reserved or
 * allocated ('skip-default'), a node's further `reg` entries still reserved but no longer
 * warned about (drivers/of/of_reserved_mem.c@v6.19.6, v7.0.4; not in v6.18.5, @v6.17);
 * alloc_reserved_mem_array() as 6.13's (@v7.0). Not modelled: the release 7.0 itself skips a
 * node with more than one reg entry in fdt_scan_reserved_mem_reg_nodes() (no range line, no
 * init: of_flat_dt_get_addr_size() wants one entry, drivers/of/fdt.c@v7.0:652), which its
 * compiled code showed (test/fuzz/kernel-resmem.test.ts); 7.0.4 as read saves the first entry.
 */
export declare const OF_RESERVED_MEM_6_19: OfReservedMemGeneration;
/**
 * 7.1: the reserved_mem_ops rework: CMA nodes validated first, a 40-byte reserved_mem without
 * fdt_node (so no DT-order tie-break, and 7.x's sort decides equal records), failed nodes not
 * kept (drivers/of/of_reserved_mem.c and include/linux/of_reserved_mem.h@v7.1.3; v7.0.4 has none).
 */
export declare const OF_RESERVED_MEM_7_1: OfReservedMemGeneration;
/** 7.2 (Debian 7.2.13): only a node's first `reg` entry reserved, with a warning. */
export declare const OF_RESERVED_MEM_7_2: OfReservedMemGeneration;
/** 7.3+ (Debian 7.3.4): as 7.2; a DMA pool's size printed in KiB (UNCONFIRMED release: no 7.3.0 – 7.3.3 source is at hand, and Debian's 7.2.13 prints MiB, so 7.3.0 is taken). */
export declare const OF_RESERVED_MEM_7_3: OfReservedMemGeneration;
export interface CmaNodeContext {
    dmaCma: boolean;
    cmdlineCma: boolean;
    /** CMA_MIN_ALIGNMENT_BYTES. */
    cmaMinAlign: PhysSize;
    /**
     * 5.10's give-back (a dynamic no-map node was memblock_remove()d): a failed node's range is
     * memblock_free()d whatever the node, and a no-map one memblock_add()ed back; 6.1+ clears
     * NOMAP on a no-map node and frees only the others.
     */
    nomapRemoved?: boolean;
}
/** A reusable shared-dma-pool node. */
export interface CmaPoolNode {
    name: string;
    nomap: boolean;
    cmaDefault: boolean;
}
/**
 * Mirrors __rmem_cma_verify_node() — kernel/dma/contiguous.c (v7.2.13:505) through rmem_cma_validate() (7.x): true when the node is
 * skipped before allocation (a `linux,cma-default` node while `cma=` is given).
 */
export declare function rmemCmaSkipped(node: CmaPoolNode, ctx: CmaNodeContext, trace: Trace): boolean;
/**
 * Mirrors __reserved_mem_init_node() — drivers/of/of_reserved_mem.c (v6.12.117:513) on an allocated reusable shared-dma-pool node (≤6.x):
 * rmem_cma_setup(), then rmem_dma_setup(). Returns whether the node became a CMA area; when
 * it did not, prints the failure and gives the memory back as fdt_init_reserved_mem(_node)()
 * does (clearing NOMAP, or freeing the reservation).
 */
export declare function initCmaPoolNode(mb: Memblock, node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): boolean;
/** What became of an allocated CMA pool node: a CMA area, kept as plain reserved memory, or given back. */
export type CmaPoolOutcome = 'cma' | 'kept' | 'freed';
/**
 * Mirrors __reserved_mem_init_node() — drivers/of/of_reserved_mem.c (v6.12.117:513; with rmem_cma_validate(), rmem_cma_setup() — kernel/dma/contiguous.c v7.2.13:519,545).
 * An allocated reusable shared-dma-pool node taken per generation. 'setup' runs
 * __reserved_mem_init_node() (initCmaPoolNode(), which may give the memory back). Under
 * 'validate' the node passed rmem_cma_validate(): without CONFIG_DMA_CMA, or no-map, no init
 * function claims it (-ENODEV) and it is kept; else rmem_cma_setup() makes it a CMA area
 * unless base or size is not CMA-aligned, which fails the node (-EINVAL) and frees it.
 */
export declare function takeCmaPoolNode(mb: Memblock, variant: OfReservedMemGeneration['cma'], node: CmaPoolNode, base: PhysAddr, size: PhysSize, ctx: CmaNodeContext, trace: Trace): CmaPoolOutcome;
/** A node of reserved_mem[]: DT index (fdt_node's order), name, and where it is (0, 0: not placed). */
interface Rmem {
    index: number;
    name: string;
    base: PhysAddr;
    size: PhysSize;
}
/** What the early scan leaves for the late pass and for dma_contiguous_reserve(). */
export interface ReservedMemState {
    /** Whether the DT has a /reserved-memory node (the engine: any reservation listed). */
    present: boolean;
    /** total_reserved_mem_cnt: static nodes plus dynamic nodes that were placed ('two-pass'). */
    totalReservedMemCnt: number;
    /**
     * Static nodes, for the late pass ('two-pass'); `more`: how many further `reg` entries;
     * `skipped`: refused by rmem_cma_validate() (7.x), so never reserved.
     */
    staticNodes: Array<InitNode & {
        index: number;
        more: number;
        skipped: boolean;
    }>;
    /** Dynamic nodes placed and kept in reserved_mem[] ('two-pass'; the late overlap check reads them). */
    dynamicNodes: Rmem[];
    /** A `linux,cma-default` pool became dma_contiguous_default_area. */
    cmaDefault: boolean;
    /**
     * That pool's size, cma_get_size(dma_contiguous_default_area), which 7.x's
     * dma_numa_cma_reserve() gives each online node under CONFIG_CMA_SIZE_PERNUMA (0 without one;
     * the last such pool wins, as rmem_cma_setup() overwrites the pointer).
     */
    cmaDefaultSize: PhysSize;
}
/** A node as __reserved_mem_init_node() sees it: where it is and the properties its init functions read. */
interface InitNode {
    name: string;
    base: PhysAddr;
    size: PhysSize;
    nomap: boolean;
    cma: boolean;
    cmaDefault: boolean;
    dmaPool: boolean;
}
/** How the arch calls the scan: its CMA facts and its generation. */
export interface ReservedMemContext {
    gen: OfReservedMemGeneration;
    /** CONFIG_DMA_CMA, `cma=` given, CMA_MIN_ALIGNMENT_BYTES (nomapRemoved comes from gen). */
    cma: CmaNodeContext;
}
/**
 * Mirrors early_init_fdt_scan_reserved_mem() — drivers/of/fdt.c (v6.12.117:496) for `reservations` (DT order): the /memreserve/
 * entries before or after the scan, and per generation fdt_init_reserved_mem() after the
 * scan ('sorted') or fdt_scan_reserved_mem() ('two-pass', whose static nodes
 * fdtScanReservedMemLate() finishes). Indices in the state are those of the nodes alone.
 */
export declare function earlyInitFdtScanReservedMem(mb: Memblock, reservations: readonly EarlyReservation[], arch: ReservedMemContext, trace: Trace): ReservedMemState;
/**
 * Mirrors fdt_scan_reserved_mem_reg_nodes() — drivers/of/of_reserved_mem.c (v6.12.117:239; 6.12.13+) / fdt_scan_reserved_mem_late() (7.2),
 * the first thing unflatten_device_tree() does: without /reserved-memory a line; else the
 * reserved_mem array (total_reserved_mem_cnt entries, memblock_alloc()ed), each static
 * node initialised in DT order, and the overlap check. Nothing on 'sorted' generations.
 */
export declare function fdtScanReservedMemLate(mb: Memblock, st: ReservedMemState, ctx: ReservedMemContext, trace: Trace): void;
export {};
