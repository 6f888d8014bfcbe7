// SPDX-License-Identifier: GPL-2.0-only
/**
 * mulberry32: a small 32-bit generator whose sequence depends on the seed alone, good enough to
 * pick operations and values. One copy for the scripts that draw deterministic cases
 * (scripts/boots/random-configs.mjs, and cases.mjs of scripts/kernel-memblock,
 * scripts/kernel-crashkernel and scripts/kernel-mmu, riscv-cases.mjs too) and the differential fuzzers (test/fuzz/prng.ts re-exports it),
 * so a seed means the same numbers in each.
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
