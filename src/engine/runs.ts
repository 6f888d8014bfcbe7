// SPDX-License-Identifier: GPL-2.0-only
/**
 * The page-table models that keep a level as sorted runs of equal entries (arm64/mmu-fast.ts,
 * riscv/mmu-fast.ts) find entries with one binary search.
 */

/**
 * Engine helper (no kernel counterpart): binary search over sorted runs.
 * The position of the first of the sorted, disjoint `runs` that ends at or after entry `i`.
 */
export function runFrom(runs: ReadonlyArray<{ last: number }>, i: number): number {
  let lo = 0
  let hi = runs.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (runs[mid]!.last < i) lo = mid + 1
    else hi = mid
  }
  return lo
}
