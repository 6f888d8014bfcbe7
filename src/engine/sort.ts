// SPDX-License-Identifier: GPL-2.0-only
/**
 * The kernel's sort(): a bottom-up heapsort, in place and NOT stable. Where the kernel sorts
 * records that compare equal, the order they come out in is this algorithm's, and it decides
 * real outcomes: fdt_init_reserved_mem() (≤6.12.12) allocates the dynamic /reserved-memory
 * nodes, which all compare equal, in the order sort() leaves them (two of them: reversed).
 *
 * In element units: the children of i are 2i+1 and 2i+2, its parent (i-1)/2.
 * test/fixtures/kernel-sort.json holds permutations produced by the kernel's own lib/sort.c
 * (scripts/kernel-sort-fixture.sh), which sort.test.ts replays.
 *
 * @kernel lib/sort.c sort, sort_r, parent (v5.10.223, v6.1.192: the same algorithm)
 */

/**
 * Mirrors sort_r(): builds a max-heap (sifting down from the middle), then moves the root to
 * the end of the shrinking heap until one element is left. Each sift-down follows the larger
 * child to a leaf first (the left one on a tie), then backs up to where the sifted element
 * belongs and rotates it in.
 */
export function sort<T>(base: T[], cmp: (a: T, b: T) => number): void {
  let n = base.length
  let a = n >> 1
  if (a === 0) return
  for (;;) {
    if (a > 0) a-- // building the heap: sift down the element before
    else if (--n > 0) swap(base, 0, n) // sorting: extract the root to the end
    else break
    let b = a
    let c = 2 * b + 1
    let d = c + 1
    while (d < n) {
      b = cmp(base[c]!, base[d]!) >= 0 ? c : d
      c = 2 * b + 1
      d = c + 1
    }
    // The last leaf may have no sibling.
    if (d === n) b = c
    // Back up from the leaf to where the element at `a` belongs …
    while (b !== a && cmp(base[a]!, base[b]!) >= 0) b = (b - 1) >> 1
    // … and shift it there, every element on the way moving up one level.
    const at = b
    while (b !== a) {
      b = (b - 1) >> 1
      swap(base, b, at)
    }
  }
}

function swap<T>(base: T[], i: number, j: number): void {
  const t = base[i]!
  base[i] = base[j]!
  base[j] = t
}
