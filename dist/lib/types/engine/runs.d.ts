/**
 * The page-table models that keep a level as sorted runs of equal entries (arm64/mmu-fast.ts,
 * riscv/mmu-fast.ts) find entries with one binary search.
 */
/**
 * Engine helper (no kernel counterpart): binary search over sorted runs.
 * The position of the first of the sorted, disjoint `runs` that ends at or after entry `i`.
 */
export declare function runFrom(runs: ReadonlyArray<{
    last: number;
}>, i: number): number;
