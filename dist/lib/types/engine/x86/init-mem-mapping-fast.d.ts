import type { PhysAddr } from '../types.js';
import { type DirectMapTables, type InitMemMappingState } from './init-mem-mapping.js';
/** Entries first..last of a table in one state; `next`, for table runs, the shared child. */
interface Run {
    first: number;
    last: number;
    state: number;
    next: Table | undefined;
}
/** One page table (or, under a run of n table entries, n identical ones). */
interface Table {
    runs: Run[];
}
/** The direct map on run-length tables: PGD index → PUD table. */
export interface RunLengthDirectMap {
    pgd: Map<number, Table>;
    /** Set once the per-entry view has been read: the walk continues there. */
    viewed: boolean;
    /**
     * direct_pages_count[] as the walks add to it, in numbers (exact: a few counts per page of
     * RAM below 2^52), and the walk's alloc_low_pages() calls; RunLengthTables' `count` adds
     * the pages up into its BigInts when read (a BigInt() per level and walk cost more than the
     * walk's arithmetic).
     */
    walk: Walk;
}
/** What one walk adds up: direct_pages_count[] by level and alloc_low_pages() calls. */
interface Walk {
    pages4K: number;
    pages2M: number;
    pages1G: number;
    allocs: number;
}
/**
 * With 5-level paging, whether the PGD slot holding the 512 GiB `idx` has no P4D table yet:
 * __kernel_physical_mapping_init() allocates one for an empty PGD entry (alloc_low_page()
 * before phys_p4d_init()), which allocates the PUD tables. Marks it as there. With 4-level
 * paging the P4D is folded into the PGD and nothing is allocated for it.
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
export declare function needsP4dTable(st: InitMemMappingState, idx: bigint): boolean;
/**
 * Mirrors __kernel_physical_mapping_init() with 4-level paging (P4D folded): a PUD table per
 * 512 GiB, allocated when missing. Returns the last mapped address (paddr_last).
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
export declare function kernelPhysicalMappingInitRuns(st: InitMemMappingState, dm: RunLengthDirectMap, paddrStart: PhysAddr, paddrEnd: PhysAddr, pageSizeMask: number): PhysAddr;
/**
 * Engine helper (no kernel counterpart): empty run-length direct-map tables.
 * Empty direct-map tables on runs; `pgd` is the per-entry view (see the file header).
 */
export declare function newRunLengthTables(): DirectMapTables;
/**
 * Engine helper (no kernel counterpart): reads one PUD entry off the run-length tables.
 * Is PUD entry `i` of the table for PGD entry `idx` a 1G leaf?
 */
export declare function isPudLeafRuns(dm: RunLengthDirectMap, idx: number, i: number): boolean;
/**
 * Engine helper (no kernel counterpart): the run-length tables behind a table object, while usable.
 * The run-length tables behind `tables` while the walk may still use them.
 */
export declare function liveRunLengthTables(tables: DirectMapTables): RunLengthDirectMap | undefined;
export {};
