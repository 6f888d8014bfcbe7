// SPDX-License-Identifier: GPL-2.0-only
/** Types for scripts/mulberry32.mjs (re-exported by test/fuzz/prng.ts). */
export declare function mulberry32(seed: number): () => number
export declare function draws(seed: number): {
  r: () => number
  int: (n: number) => number
  pick: <T>(xs: readonly T[]) => T
  chance: (p: number) => boolean
  below: (n: bigint) => bigint
}
