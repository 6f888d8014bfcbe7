import type { GranuleHistogram, PhysAddr, PhysSize } from '../types.js';
import type { CreateMappingPolicy, KfencePool, LinearMapRun, PgtableGeometry } from './mmu.js';
/** map_mem()'s flags (arch/arm64/mm/mmu.c); NO_EXEC_MAPPINGS does not change the layout. */
export declare const NO_BLOCK_MAPPINGS: number;
export declare const NO_CONT_MAPPINGS: number;
/** Entry states (what the walker distinguishes). */
export declare const DESC_NONE = 0;
export declare const DESC_TABLE = 1;
export declare const DESC_SECT = 2;
export declare const DESC_SECT_CONT = 3;
/** Entries first..last of a table with one state; `next` is the (shared) child of a table run. */
interface Run {
    first: number;
    last: number;
    desc: number;
    next: RunTable | undefined;
}
/** One page table (or, under a run of n table entries, n identical ones). */
export interface RunTable {
    level: number;
    runs: Run[];
    /**
     * PTE entries kfence_init_pool() cleared, ascending. It runs last (nothing writes the
     * tables after it), so they are kept aside for the walker rather than cut into the runs.
     */
    holes?: number[];
}
/** The geometry in numbers, per hardware level -1 … 3 (index level + 1). */
export interface FastGeometry {
    rootLevel: number;
    /** 2^vaBits: the VA span of swapper_pg_dir from PAGE_OFFSET. */
    span: number;
    /** 2^(vaBits - 1): where the linear map ends (the walker's limit). */
    linearHalf: number;
    entrySize: number[];
    /** 1 / entrySize and 1 / ptrs: powers of two, so multiplying by them divides exactly. */
    entryInv: number[];
    ptrs: number[];
    ptrsInv: number[];
    pageSize: number;
    contPtes: number;
    contPmds: number;
    contPteSize: number;
    contPmdSize: number;
    /** pud_sect_supported(): 1G blocks exist with 4K pages only. */
    pudSect: boolean;
    /** The walker's keys by key id (keyId()): '2M' and '2M-cont' per level. */
    keys: string[];
    /** ~(PAGE_SIZE - 1) and `span` as bigints. */
    pageMask: bigint;
    spanBig: bigint;
    /** PAGE_SIZE as a bigint (pagesToBigInt()). */
    pageSizeBig: bigint;
}
type PendingWarning = string | {
    text: string;
    off: number;
};
/** One simulation's swapper_pg_dir (the linear half) on run-length-encoded tables. */
export interface FastPgdir {
    g: PgtableGeometry;
    geo: FastGeometry;
    policy: CreateMappingPolicy;
    root: RunTable;
    /** early_pgtable_alloc() pages by level: p4d, pud, pmd, pte. */
    tables: [number, number, number, number];
    /** BUG_ON()/WARN_ON() conditions and refused blocks; chain warnings keep their VA as an offset until read. */
    pending: PendingWarning[];
    /** The __create_pgd_mapping() call in progress: its flags and the lowest set bit of phys - virt. */
    flags: number;
    physAlign: number;
    /** deltaAlign(): the last phys - virt seen and its lowest set bit. */
    delta: bigint;
    deltaAlign: number;
    /** entryGroup(): the entries of the group just found. */
    gi: number;
    gj: number;
    /** contSpans(): the contiguous hint of the group just found. */
    hint: boolean;
    /** replicateBegin()'s stack: table counts and warning count, 5 numbers per open group. */
    marks: number[];
    /** memstart_addr (PHYS_OFFSET), as a bigint and as a number (exact only in [0, 2^53)). */
    memstart: PhysAddr;
    memstartNum: number;
    /** The lowest set bit of memstart - PAGE_OFFSET: phys - virt of every linear mapping. */
    linearAlign: number;
    createPgdMapping(phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void;
    mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void;
}
/** Thrown when a mapping leaves [PAGE_OFFSET, 2^64): only the per-entry reference models that. */
export declare class OutsideSwapperPgDir extends Error {
}
/**
 * Engine helper (no kernel counterpart): formats a mapping size as the walker's histogram key.
 * The walker's name for a mapping size: 4K, 64K, 2M, 32M, 512M, 1G, 64G, 4T …
 */
export declare function sizeKey(size: bigint): string;
/** Engine helper (no kernel counterpart): per-granule lookup tables for the run-length page-table walk, built once. */
export declare function fastGeometry(g: PgtableGeometry): FastGeometry;
/**
 * Mirrors pmd_set_huge() / pud_set_huge() — arch/arm64/mm/mmu.c (v5.10.223:1380-1406,
 * v7.2.13:1815-1841) for an entry of kind `old`: whether the block `now` is written. They
 * write it only when pgattr_change_is_safe(old, new) ("Only allow permission changes for
 * now") and else return 0 with the entry as it was: a table stays a table, a block keeps its
 * PTE_CONT or lack of it.
 */
export declare function pSetHuge(policy: CreateMappingPolicy, old: number, now: number): boolean;
/**
 * What init_pmd() / alloc_init_pud() — arch/arm64/mm/mmu.c — come to after pSetHuge() refused
 * a block over an entry of kind `old`. Their BUG_ON(!pgattr_change_is_safe(old, *pmdp))
 * compares the untouched entry with itself, which fails only for a contiguous block under the
 * ≤6.x rule; 7.2+ WARN_ON() the refusal; ≤7.1 ignore it, and over a table the entry's pages
 * the table does not map stay unmapped (no BUG_ON, RAM missing from the linear map).
 *
 * @kernel arch/arm64/mm/mmu.c init_pmd, alloc_init_pud (v5.10.223:213-248, :299-356; v7.2.13:252-290, :362-427)
 */
export declare function refusedBlockWarning(policy: CreateMappingPolicy, old: number, fn: 'init_pmd' | 'alloc_init_pud'): string;
/**
 * Engine helper (no kernel counterpart): an empty run-length page-table store standing for swapper_pg_dir.
 * A fresh swapper_pg_dir for one map_mem() run with memstart_addr `memstart`.
 */
export declare function newFastPgdir(g: PgtableGeometry, policy: CreateMappingPolicy, memstart: PhysAddr): FastPgdir;
/**
 * Mirrors the protection loop of kfence_init_pool() — mm/kfence/core.c: the first two pool
 * pages and the right guard page of every object are unmapped (kfence_protect() →
 * set_memory_valid(…, 0)), or warned about where no page entry maps them.
 *
 * @kernel mm/kfence/core.c kfence_init_pool; arch/arm64/include/asm/kfence.h kfence_protect_page
 */
export declare function kfenceInitPool(st: FastPgdir, memstart: PhysAddr, pool: KfencePool): void;
/**
 * Engine helper (no kernel counterpart): a small-number id for a walker key, for cheap comparisons.
 * The walker key of a leaf run at `level` as a small number: (level + 1) * 2, + 1 with
 * PTE_CONT. The keys of one geometry are distinct strings (a size per level, '-cont' or
 * not), so comparing ids compares keys; geo.keys[id] is the string.
 */
export declare const keyId: (level: number, desc: number) => number;
/**
 * The linear map as pieces in VA order (offset from PAGE_OFFSET, size, walker key id),
 * adjacent equal ones merged: the first `n` entries of the arrays.
 */
export interface Segments {
    n: number;
    off: number[];
    size: number[];
    map: number[];
}
/** Engine helper (no kernel counterpart): a reusable, emptied segment buffer (avoids allocation in the walk). */
export declare function scratchSegments(k: number): Segments;
/** Engine helper (no kernel counterpart): appends a linear-map piece to a segment buffer, merging it with an equal neighbour. */
export declare function emit(out: Segments, off: number, size: number, map: number): void;
/** The final linear map of one run: histogram and, on request, the runs. */
export interface FastLinearMap {
    histogram: GranuleHistogram;
    runs: LinearMapRun[];
    warnings: string[];
}
/**
 * Engine helper (no kernel counterpart): reads the histogram and runs of the linear map off the run-length tables.
 * Reads the linear map off the tables: the walker's histogram and (withRuns) the runs in PA
 * order (PA = VA - PAGE_OFFSET + memstart, so VA order).
 */
export declare function fastLinearMap(st: FastPgdir, memstart: PhysAddr, withRuns: boolean): FastLinearMap;
/**
 * Engine helper (no kernel counterpart): turns linear-map pieces in VA order into the histogram and PA-ordered runs.
 * The histogram and (withRuns) the runs in PA order of a linear map given as its pieces in
 * VA order (walkTable()'s output, or mmu-closed.ts's).
 */
export declare function linearMapOfSegments(geo: FastGeometry, pageOffset: bigint, memstart: PhysAddr, segs: Segments, withRuns: boolean, warnings: string[]): FastLinearMap;
export {};
