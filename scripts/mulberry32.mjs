// SPDX-License-Identifier: GPL-2.0-only
/**
 * mulberry32: a small 32-bit generator whose sequence depends on the seed alone, good enough to
 * pick operations and values. One copy for the scripts that draw deterministic cases
 * (scripts/boots/random-configs.mjs, and the cases.mjs generators of the scripts/kernel-*
 * folders through draws() below) and the differential fuzzers (test/fuzz/prng.ts re-exports
 * it), so a seed means the same numbers in each.
 *
 * @param {number} seed
 * @returns {() => number} a function giving numbers in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The draws the case generators make, all from one mulberry32(seed) sequence (each takes the
 * numbers it always took, so a seed gives the same cases as before):
 *   r()        a number in [0, 1)
 *   int(n)     an integer in [0, n)
 *   pick(xs)   one element of xs
 *   chance(p)  true with probability p
 *   below(n)   a bigint in [0, n) from two draws (0n, and no draw, for n ≤ 0n)
 *
 * @param {number} seed
 */
export function draws(seed) {
  const r = mulberry32(seed)
  const int = (n) => Math.floor(r() * n)
  return {
    r,
    int,
    pick: (xs) => xs[int(xs.length)],
    chance: (p) => r() < p,
    below: (n) => {
      if (n <= 0n) return 0n
      const x = (BigInt(Math.floor(r() * 2 ** 32)) << 32n) | BigInt(Math.floor(r() * 2 ** 32))
      return x % n
    },
  }
}
