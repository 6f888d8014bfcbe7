/**
 * Edit distance with adjacent transpositions (optimal string alignment), for misspellings:
 * `hihg` is 1 from `high`, `crashkernal` 1 from `crashkernel`.
 */
export declare function typoDistance(a: string, b: string): number;
