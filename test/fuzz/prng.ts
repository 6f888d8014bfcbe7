// SPDX-License-Identifier: GPL-2.0-only
/** The differential fuzzers' deterministic random numbers: a fixed seed gives the same cases on every run. */

/**
 * mulberry32: a small 32-bit generator, good enough to pick operations and values.
 *
 * @returns a function giving numbers in [0, 1)
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
