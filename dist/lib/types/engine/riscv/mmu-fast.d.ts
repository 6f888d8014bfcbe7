import type { TableAlloc } from './mmu.js';
/** Entries first..last (indices va >> shift) of one level in one state. */
interface Run {
    first: number;
    last: number;
    state: number;
}
interface Level {
    shift: number;
    /** 2^(shift - 12): an entry's size in pages. */
    pages: number;
    runs: Run[];
}
/** PTE entries (m << 9) + offset for every PMD index m in first..last. */
interface Stride {
    first: number;
    last: number;
    offset: number;
}
/** swapper_pg_dir on runs. */
export interface RunLengthPgDir {
    /** The levels above the PTEs, PGD first. */
    levels: Level[];
    /** Single PTE entries by index (va >> 12). */
    ptes: Map<number, number>;
    strides: Stride[];
    /** Set once the per-entry view has been read: mapping goes on there. */
    viewed: boolean;
}
/** Engine helper (no kernel counterpart): an empty run-length page-table store. */
export declare function newRunLengthPgDir(shifts: readonly number[]): RunLengthPgDir;
/**
 * A list of numbers reused from call to call: `n` counts the live ones. Emptied by n = 0, never
 * by `length = 0` (which would drop the backing store and make the next write allocate it).
 */
export interface Buf {
    v: number[];
    n: number;
}
/** Engine helper (no kernel counterpart): an empty flat number buffer. */
export declare const newBuf: () => Buf;
/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678) and the create_p4d/pud/pmd/pte_mapping() below it for one leaf
 * of the level with shift `leafShift` at va: each missing table on the way down is allocated
 * (alloc(true, 1) for a PTE table); the leaf entry is set if missing. An entry that is already a
 * leaf stops the walk. `leafShift` undefined (a size that is no level's): every level down to
 * the PTE gets a table and nothing is mapped. Returns whether the leaf was set.
 */
export declare function createPgdMapping(pg: RunLengthPgDir, va: bigint, leafShift: number | undefined, alloc: TableAlloc): boolean;
/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678): createPgdMapping() with
 * va given as its page number va >> 12 (a number, exact: see the header), for callers that
 * step in pages.
 */
export declare function createPgdMappingAt(pg: RunLengthPgDir, page: number, leafShift: number | undefined, alloc: TableAlloc): boolean;
/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (n calls at once; v6.12.117:678).
 * create_pgd_mapping() (above) for the n leaves va + k · 2^stepShift (k < n) of the level with
 * shift `leafShift`, as the per-entry walk maps them one after the other: the same tables,
 * allocated in the same order, and the same leaves set. PTE leaves come one per PMD-sized step
 * (stepShift 21); a size that is no level's only ever comes alone (n = 1).
 *
 * Writes the leaves set to `set` (emptied first), as flat pairs k0, k1 of ranges of k; for a
 * stride of PTEs (n > 1) all of them (mmu.ts records a PAGE step whatever the walk found).
 */
export declare function createPgdMappings(pg: RunLengthPgDir, va: bigint, leafShift: number | undefined, stepShift: number, n: number, alloc: TableAlloc, set?: Buf): void;
/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (n calls at once; v6.12.117:678):
 * createPgdMappings() with va given as its page number va >> 12 (a number, exact: see the
 * header), for callers that step in pages.
 */
export declare function createPgdMappingsAt(pg: RunLengthPgDir, page: number, leafShift: number | undefined, stepShift: number, n: number, alloc: TableAlloc, set?: Buf): void;
/**
 * Engine helper (no kernel counterpart): marks one upper-level entry of the run-length store as a table.
 * Marks one entry (index va >> shift) of a level above the PTEs as a table.
 */
export declare function markTable(pg: RunLengthPgDir, shift: number, index: number): void;
/**
 * Engine helper (no kernel counterpart): the per-entry view of the run-length store, for the reference walk.
 * `${shift}:${va >> shift}` → state, as mmu.ts keeps its entries.
 */
export declare function entriesView(pg: RunLengthPgDir): Map<string, 'table' | 'leaf'>;
export {};
