import type { PhysAddr, PhysSize } from '../types.js';
export declare const MEMBLOCK_NONE = 0;
export declare const MEMBLOCK_HOTPLUG: number;
export declare const MEMBLOCK_MIRROR: number;
export declare const MEMBLOCK_NOMAP: number;
/** 6.7+: a reserved region whose struct pages are not initialised whole (memblock_reserved_mark_noinit()). */
export declare const MEMBLOCK_RSRV_NOINIT: number;
/** 6.16+: reserved for kernel use, by memblock_reserve_kern() or any memblock allocation ("memblock: add MEMBLOCK_RSRV_KERN flag", KHO series). */
export declare const MEMBLOCK_RSRV_KERN: number;
/**
 * The node of a region nobody gave one: memblock_add() passes MAX_NUMNODES, and so does
 * memblock_reserve() before 6.16. Only its identity matters (memblock_merge_regions()
 * compares nodes; memblock_dump() prints " on node %d" for valid nodes only), so any value
 * of at least the number of nodes does: this is 1 << CONFIG_NODES_SHIFT of a 10-bit build.
 */
export declare const MAX_NUMNODES: number;
/** NUMA_NO_NODE: "any node" to the allocator; the node of memblock_reserve() from 6.16 on. */
export declare const NUMA_NO_NODE = -1;
/**
 * Mirrors numa_valid_node() — include/linux/numa.h (v6.12.117:18; not in v5.10.223, v6.1.192).
 * numa_valid_node(): what memblock_dump() prints " on node %d" for.
 */
export declare const numaValidNode: (nid: number) => boolean;
/** Sentinels of memblock_alloc*(): `end` values the allocator replaces by current_limit. */
export declare const MEMBLOCK_ALLOC_ANYWHERE: PhysAddr;
export declare const MEMBLOCK_ALLOC_ACCESSIBLE: PhysAddr;
export declare const MEMBLOCK_ALLOC_NOLEAKTRACE: PhysAddr;
export interface MemblockRegion {
    base: PhysAddr;
    size: PhysSize;
    flags: number;
    /** memblock_get_region_node(): MAX_NUMNODES, NUMA_NO_NODE or a node (see numaValidNode()). */
    nid: number;
    /** Who reserved it (the memblock=debug caller), for reports only. */
    owner?: string | undefined;
    /**
     * The other owners of reservations memblock merged into this region, for reports only
     * (memblock keeps one region; without them a report would give the whole region to
     * `owner`). Never changed in place: a copy of the region may share the array.
     */
    alsoOwners?: readonly string[] | undefined;
}
export interface MemblockType {
    name: 'memory' | 'reserved';
    regions: MemblockRegion[];
    /**
     * Up to 6.2 only (MemblockGeneration wholeArrayMerge): memblock_cap_memory_range() left touching
     * regions that could merge (a NOMAP region split at its window's edge, both pieces kept),
     * which the next memblock_merge_regions() joins, as it scans the whole array there. Nothing
     * else leaves such neighbours (every other change merges around itself), so this flag is
     * all the whole-array scan adds to merging around the change.
     */
    mergePending: boolean;
}
export interface Memblock {
    bottomUp: boolean;
    currentLimit: PhysAddr;
    memory: MemblockType;
    reserved: MemblockType;
    /** PAGE_SIZE of the kernel being simulated (memblock never hands out the first page). */
    pageSize: PhysSize;
    /**
     * 6.16+ (the KHO series' "memblock: add MEMBLOCK_RSRV_KERN flag"): memblock_reserve() passes
     * NUMA_NO_NODE, and allocations reserve with the node they asked for and
     * MEMBLOCK_RSRV_KERN (__memblock_reserve()). Before, both went through memblock_reserve()
     * with MAX_NUMNODES and no flags.
     */
    rsrvKern: boolean;
    /**
     * memblock.memory.total_size less the sum of memblock.memory's regions: the partial pages
     * memblock_trim_memory() cut off the regions it kept. It rewrites their r->base and r->size
     * without touching total_size (only a region it drops goes through memblock_remove_region(),
     * which subtracts); every other change to the regions moves total_size with them, so the
     * difference stays as the trim left it. Only x86's e820__memblock_setup() trims; the
     * oracle's x86 memblock=debug dumps print it ("memory size = 0x00000000fff7ec00" for regions
     * of 0xfff7e000 bytes on a 4 GiB q35). An add into an empty memory array sets total_size
     * to the added size (memblock_add_range()'s special case), which drops the difference
     * (memblockAddMemory()).
     * @kernel mm/memblock.c memblock_trim_memory, memblock_remove_region, memblock_add_range
     *         (v5.10.223:593, v6.1.192:598, v6.12.117:611, v7.2.13:631)
     */
    memoryTrimmedUncounted: PhysSize;
    /** What mm/memblock.c's release does where releases differ (the policy's `memblock`). */
    generation: MemblockGeneration;
}
/**
 * Where mm/memblock.c differs between releases in what the engine mirrors (besides
 * MEMBLOCK_RSRV_KERN, an arch policy's memblockRsrvKern). Chosen by release for every arch
 * (policies/index.ts MEMBLOCK_BY_RELEASE).
 */
export interface MemblockGeneration {
    /**
     * memblock_merge_regions() scans the whole array (v5.10.223:502, v6.1.192:507, v6.2:506)
     * rather than the regions around the change (v6.5:507, v6.12.117:516); see
     * memblockMergeRegions().
     */
    wholeArrayMerge: boolean;
    /**
     * memblock_cap_memory_range() returns when memblock.memory.total_size is 0, with "No memory
     * registered yet" (v5.15:1717, v6.12.117:1820); up to 5.14 it goes on and truncates the
     * reservations (v5.10.223:1673-1698, v5.14:1663).
     */
    capNeedsMemory: boolean;
}
/** 5.10 – 5.14 (mm/memblock.c@v5.10.223, @v5.14). */
export declare const MEMBLOCK_5_10: MemblockGeneration;
/** 5.15 – 6.2: memblock_cap_memory_range() wants memory (in v5.15, not v5.14). */
export declare const MEMBLOCK_5_15: MemblockGeneration;
/** 6.3+: memblock_merge_regions() merges around the change (in v6.5, not v6.2; taken as 6.3). */
export declare const MEMBLOCK_6_3: MemblockGeneration;
/** Engine helper (no kernel counterpart): a fresh memblock, as the static initialiser of `memblock` in mm/memblock.c sets it. */
export declare function memblockCreate(pageSize: PhysSize, rsrvKern?: boolean, generation?: MemblockGeneration): Memblock;
/**
 * Engine helper (no kernel counterpart): a deep copy of a memblock for the boot-prefix store.
 * A copy of `mb` that shares nothing mutable with it: the regions are copied one by one, so
 * a boot continued on the copy leaves the original as it was (see boot-prefix.ts).
 */
export declare function memblockClone(mb: Memblock): Memblock;
/**
 * Engine helper (no kernel counterpart): a copy of memblock.memory for the boot-prefix store.
 * A copy of memblock.memory's regions (what boot-prefix.ts keeps of a prefix's memory).
 */
export declare function memblockMemoryCopy(mb: Memblock): MemblockRegion[];
/**
 * Engine helper (no kernel counterpart): compares memblock.memory with a stored copy.
 * Does `mb` hold the memblock.memory `memory` lists (bases, sizes and flags)?
 */
export declare function memblockSameMemory(mb: Memblock, memory: readonly MemblockRegion[]): boolean;
/**
 * Mirrors memblock_add_range(): insert the parts of [base, base + size) that no region
 * covers yet, then merge around them.
 * @kernel mm/memblock.c memblock_add_range
 */
export declare function memblockAddRange(type: MemblockType, base: PhysAddr, size: PhysSize, nid: number, flags: number, owner?: string): void;
/** Mirrors memblock_add() — mm/memblock.c (v6.12.117:732). */
export declare function memblockAdd(mb: Memblock, base: PhysAddr, size: PhysSize, flags?: number): void;
/** Mirrors memblock_add_node() — mm/memblock.c (v6.12.117:710; 5.10's takes no flags, v5.10.223:671: pass 0). */
export declare function memblockAddNode(mb: Memblock, base: PhysAddr, size: PhysSize, nid: number, flags?: number): void;
/** Mirrors memblock_remove() — mm/memblock.c (v6.12.117:868). */
export declare function memblockRemove(mb: Memblock, base: PhysAddr, size: PhysSize): void;
/**
 * Mirrors memblock_enforce_memory_limit(): memory and reservations above the first `limit`
 * bytes of memory are dropped (riscv64's `mem=`).
 * @kernel mm/memblock.c memblock_enforce_memory_limit
 */
export declare function memblockEnforceMemoryLimit(mb: Memblock, limit: PhysSize): void;
/**
 * Mirrors memblock_cap_memory_range(): memory outside [base, base + size) is dropped except
 * its NOMAP regions, and the reservations outside it are truncated.
 * @kernel mm/memblock.c memblock_cap_memory_range (v5.10.223, v6.12.117)
 */
export declare function memblockCapMemoryRange(mb: Memblock, base: PhysAddr, size: PhysSize): void;
/**
 * Mirrors memblock_mem_limit_remove_map(): keep the first `limit` bytes of memory (arm64's
 * `mem=`), NOMAP regions above them included.
 * @kernel mm/memblock.c memblock_mem_limit_remove_map
 */
export declare function memblockMemLimitRemoveMap(mb: Memblock, limit: PhysSize): void;
/** Mirrors memblock_reserve() — mm/memblock.c (v6.12.117:911): no node (MAX_NUMNODES; NUMA_NO_NODE from 6.16), no flags. */
export declare function memblockReserve(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void;
/**
 * Mirrors memblock_reserve_kern() — include/linux/memblock.h (v6.16.3:137; 6.16+: NUMA_NO_NODE, MEMBLOCK_RSRV_KERN), for the call
 * sites that were memblock_reserve() before it existed.
 */
export declare function memblockReserveKern(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void;
/**
 * Mirrors memblock_alloc_range_nid() — mm/memblock.c (its reservation step; v6.12.117:1441).
 * The reservation memblock_alloc_range_nid() makes of what it found: __memblock_reserve()
 * with the requested node and MEMBLOCK_RSRV_KERN (6.16+), memblock_reserve() before. Exported
 * for code that places a run of allocations at once.
 */
export declare function memblockReserveAllocated(mb: Memblock, base: PhysAddr, size: PhysSize, nid: number, owner?: string): void;
/**
 * Mirrors memblock_set_node(): the regions of `type` in [base, base + size) get node `nid`
 * (split at the edges), then merge where they now can.
 * @kernel mm/memblock.c memblock_set_node (CONFIG_NUMA)
 */
export declare function memblockSetNode(type: MemblockType, base: PhysAddr, size: PhysSize, nid: number): void;
/**
 * Mirrors memblock_phys_free() — mm/memblock.c (v6.12.117:900; memblock_free() in 5.10).
 * `owner`, for reports only: the owner of exactly what is freed, which a region merged with
 * it (and cut by the free) then no longer names (the crash kernel's main region freed when
 * its low part fails; without it the memmap block beside it would still say "crashkernel").
 */
export declare function memblockPhysFree(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void;
/** Mirrors memblock_mark_nomap() — mm/memblock.c (v6.12.117:1023). */
export declare const memblockMarkNomap: (mb: Memblock, base: PhysAddr, size: PhysSize) => void;
/** Mirrors memblock_clear_nomap() — mm/memblock.c (v6.12.117:1035). */
export declare const memblockClearNomap: (mb: Memblock, base: PhysAddr, size: PhysSize) => void;
/** Mirrors memblock_reserved_mark_noinit() — mm/memblock.c (v6.17:1111-1115; 6.7+). */
export declare const memblockReservedMarkNoinit: (mb: Memblock, base: PhysAddr, size: PhysSize) => void;
/**
 * Mirrors memblock_phys_mem_size() — mm/memblock.c (v6.12.117:1731): memblock.memory.total_size
 * (NOMAP included): the regions' sum, and what memblock_trim_memory() cut off without
 * counting it (Memblock memoryTrimmedUncounted), in u64: total_size is a phys_addr_t
 * (include/linux/memblock.h, v6.12.117:82), so when regions added back over the trimmed
 * pages bring the sum to 2^64 or more, it wraps.
 */
export declare function memblockPhysMemSize(mb: Memblock): PhysSize;
/** Mirrors memblock_start_of_DRAM() — mm/memblock.c (v6.12.117:1759). */
export declare const memblockStartOfDram: (mb: Memblock) => PhysAddr;
/** Mirrors memblock_end_of_DRAM() — mm/memblock.c (v6.12.117:1764). */
export declare function memblockEndOfDram(mb: Memblock): PhysAddr;
/** Mirrors memblock_is_region_memory() — mm/memblock.c (v6.12.117:1923): the region holding `base` also holds the end. */
export declare function memblockIsRegionMemory(mb: Memblock, base: PhysAddr, size: PhysSize): boolean;
/** Mirrors memblock_is_region_reserved() — mm/memblock.c (v6.12.117:1945): overlaps any reserved region. */
export declare function memblockIsRegionReserved(mb: Memblock, base: PhysAddr, size: PhysSize): boolean;
/** Mirrors memblock_overlaps_region() — mm/memblock.c (v6.12.117:187): [base, base + size) overlaps a region of `type`. */
export declare function memblockOverlapsRegion(type: MemblockType, base: PhysAddr, size: PhysSize): boolean;
/**
 * Mirrors for_each_free_mem_range() — include/linux/memblock.h (a macro; v6.12.117:333).
 * The free ranges in ascending order: for_each_free_mem_range() (walkFreeRanges()).
 */
export declare function freeMemRanges(mb: Memblock): Array<[PhysAddr, PhysAddr]>;
/**
 * Mirrors for_each_free_mem_range(i, nid, MEMBLOCK_NONE, …) — include/linux/memblock.h
 * (v6.17) — for one node: those of freeMemRanges() that lie in a memory region of node `nid`
 * (should_skip_region()'s node test; every node for NUMA_NO_NODE). A free range never spans
 * two memory regions, so one pass over both ascending lists tells each range's node. (Off the
 * hot path: the walk itself stays free of a node test.)
 */
export declare function freeMemRangesNid(mb: Memblock, nid: number): Array<[PhysAddr, PhysAddr]>;
/**
 * Mirrors __memblock_find_range_top_down() — mm/memblock.c (v6.12.117:252): the highest aligned base in [start, end) whose
 * [base, base + size) fits in one free range; 0 when nothing fits.
 *
 * The free ranges are walked from the top as __next_mem_range_rev() yields them (memory
 * minus reserved, NOMAP skipped), without building them first: this is the engine's
 * hottest loop.
 */
export declare function memblockFindRangeTopDown(mb: Memblock, start: PhysAddr, end: PhysAddr, size: PhysSize, align: PhysSize): PhysAddr;
/**
 * Mirrors __memblock_find_range_bottom_up() — mm/memblock.c (v6.12.117:217): the lowest aligned base in [start, end) whose
 * [base, base + size) fits in one free range; 0 when nothing fits.
 *
 * The free ranges are walked from the bottom as __next_mem_range() yields them (as
 * freeMemRanges() lists them), without building the list. For a window with
 * 0 ≤ start ≤ end, start < 2^63 and 0 < align ≤ 2^63 (every memblock_find_in_range_node()
 * call), a free range ending at or below `start` clamps to [start, start) and one starting
 * at or above `end` to [end, end); round_up(this_start) ≥ this_start there (no u64 wrap
 * below 2^63 for the first; a wrap to 0 for the second returns 0 like the end of the walk),
 * so neither yields a base: the walk starts at the first memory region ending above `start`
 * and stops at the first free range starting at or above `end`.
 */
export declare function memblockFindRangeBottomUp(mb: Memblock, start: PhysAddr, end: PhysAddr, size: PhysSize, align: PhysSize): PhysAddr;
/**
 * Mirrors memblock_find_in_range_node() — mm/memblock.c (v6.12.117:290). `nid` is the node
 * searched (NUMA_NO_NODE: any).
 */
export declare function memblockFindInRangeNode(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, nid?: number): PhysAddr;
/**
 * Mirrors memblock_alloc_range_nid() — mm/memblock.c (v6.12.117:1441): find, then reserve. Returns 0 on failure.
 *
 * The search is for node `nid` first (its memory regions only), reserving with that node;
 * unless `exactNid`, a node search that finds nothing is retried over every node and reserves
 * with NUMA_NO_NODE. Before NUMA init no memory region has a valid node (MAX_NUMNODES), so a
 * node search finds nothing and the retry places it.
 */
export declare function memblockAllocRangeNid(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string, nid?: number, exactNid?: boolean): PhysAddr;
/** Mirrors memblock_phys_alloc_range() — mm/memblock.c (v6.12.117:1527; NUMA_NO_NODE). */
export declare function memblockPhysAllocRange(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string): PhysAddr;
/**
 * Mirrors memblock_alloc_internal() — mm/memblock.c (v6.12.117:1578) behind memblock_alloc_try_nid() and friends:
 * max_addr is capped by current_limit and a failed attempt with a lower bound is retried
 * without it. `nid` is the node asked for (NUMA_NO_NODE for memblock_alloc()).
 */
export declare function memblockAllocTryNid(mb: Memblock, size: PhysSize, align: PhysSize, minAddr: PhysAddr, maxAddr: PhysAddr, owner?: string, nid?: number, exactNid?: boolean): PhysAddr;
/**
 * Mirrors memblock_alloc() — include/linux/memblock.h (v6.12.117:414).
 * memblock_alloc(size, align): anywhere accessible, top-down.
 */
export declare const memblockAlloc: (mb: Memblock, size: PhysSize, align: PhysSize, owner?: string) => PhysAddr;
/**
 * Engine helper (no kernel counterpart): the base of the free range holding an address.
 * The base of the free range (freeMemRanges()) that holds the free address `addr`, or
 * undefined if none does: the free range is bounded below by its memory region and by the
 * end of the last reserved region under `addr` in it.
 */
export declare function freeRangeBase(mb: Memblock, addr: PhysAddr): PhysAddr | undefined;
/**
 * Engine helper (no kernel counterpart): batches `count` single-page memblock_phys_alloc_range() calls.
 * `count` consecutive single-page allocations with one owner, such as arm64's
 * early_pgtable_alloc() and riscv's alloc_*_fixmap() make: the result of calling
 * memblockPhysAllocRange() `count` times, but one reservation per free range instead of a
 * loop (the common case: one merged run at the top of RAM).
 * @returns how many of the `count` found no room (0 when all were reserved)
 */
export declare function memblockAllocPages(mb: Memblock, count: number, pageSize: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string, nid?: number): number;
