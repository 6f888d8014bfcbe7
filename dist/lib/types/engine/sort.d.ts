/**
 * The kernel's sort(): a bottom-up heapsort, in place and NOT stable. Where the kernel sorts
 * records that compare equal, the order they come out in is this algorithm's, and it decides
 * real outcomes: fdt_init_reserved_mem() (≤6.4) allocates the dynamic /reserved-memory
 * nodes, which all compare equal, in the order sort() leaves them (two of them: reversed);
 * from 6.5 a tie-break by DT node leaves none equal.
 *
 * Two generations, two named variants: sort() (5.10, 6.1; lib/sort.c@v5.11 … @v6.8 alike) and
 * sortDoublePop() (6.12, 7.2: two elements extracted per round, the right child taken on a tie;
 * in lib/sort.c@v6.11, not @v6.8: 6.9, 6.10 or 6.11, UNCONFIRMED which; lib/sort.c of v6.14,
 * v6.16.3 … v7.3.4 is 7.2's). Only the drivers/of records of 7.1+
 * take sortDoublePop(): from 6.5 to 7.0 __rmem_cmp() breaks ties by fdt_node
 * (drivers/of/of_reserved_mem.c@v7.0.4; gone in v7.1.3) and leaves no two records equal, so
 * which heapsort runs changes nothing there.
 *
 * In element units: the children of i are 2i+1 and 2i+2, its parent (i-1)/2.
 * test/fixtures/kernel-sort.json holds permutations produced by the kernel's own lib/sort.c
 * of all four trees (scripts/kernel-sort-fixture.sh), which sort.test.ts replays.
 *
 * @kernel lib/sort.c sort, sort_r, parent (v5.10.223, v6.1.192; v6.12.117, v7.2.13), __sort_r (v7.2.13)
 */
/** A sort() of the generation: the reserved_mem array is sorted with it (reserved-mem.ts). */
export type KernelSort = <T>(base: T[], cmp: (a: T, b: T) => number) => void;
/**
 * Mirrors sort_r() — lib/sort.c (v5.10.223:199, v6.1.192:210): builds a max-heap (sifting down from the middle), then moves the root to
 * the end of the shrinking heap until one element is left. Each sift-down follows the larger
 * child to a leaf first (the left one on a tie), then backs up to where the sifted element
 * belongs and rotates it in.
 */
export declare function sort<T>(base: T[], cmp: (a: T, b: T) => number): void;
/**
 * Mirrors sort_r() of 6.12 / __sort_r() of 7.2 — lib/sort.c (v6.12.117:208, v7.2.13:191): the same heap, but once it is built each round
 * extracts the root and then the larger of its two children (the right one on a tie) to the
 * end, sifts down where that child was and then the root; a sift-down follows the right child
 * on a tie. When three or fewer elements are left, the root goes last and the first two are
 * put in order.
 */
export declare function sortDoublePop<T>(base: T[], cmp: (a: T, b: T) => number): void;
