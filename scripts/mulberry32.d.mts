// SPDX-License-Identifier: GPL-2.0-only
/** Types for scripts/mulberry32.mjs (re-exported by test/fuzz/prng.ts). */
export declare function mulberry32(seed: number): () => number
