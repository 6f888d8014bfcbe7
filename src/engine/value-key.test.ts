// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { HASH_SEED, mixBigint, valueCopy, valueEqual, valueHash } from './value-key.js'

/** Pairs of values that are deeply equal, and pairs that are not (as the engine's inputs hold them). */
const EQUAL: Array<[unknown, unknown]> = [
  [0x8000_0000n, 0x8000_0000n],
  [{ base: 1n, size: 2n }, { base: 1n, size: 2n }],
  [{ a: 1, b: undefined }, { a: 1 }],
  [{ a: undefined, b: 1n }, { b: 1n, c: undefined }],
  [[{ x: 'crashkernel=256M' }, null], [{ x: 'crashkernel=256M' }, null]],
  [(1n << 64n) - 1n, (1n << 64n) - 1n],
]
const DIFFERENT: Array<[unknown, unknown]> = [
  [1n, 1],
  [(1n << 64n) - 1n, (1n << 64n) - 2n],
  ['1', 1],
  [{ base: 1n, size: 2n }, { base: 1n, size: 3n }],
  [{ a: 1 }, { a: 1, b: 2 }],
  [{ a: 1, b: 2 }, { a: 1 }],
  [{ a: 1, b: undefined }, { a: 1, c: 0 }],
  [[1n, 2n], [1n, 2n, 3n]],
  [[[1n], 2n], [[1n, 2n]]],
  [null, undefined],
  [{ a: [] }, { a: {} }],
  [{ a: {} }, { a: [] }],
  [{ a: {} }, { a: 0 }],
  [[1n, 2n], [3n, 2n]],
  ['a b', 'ab'],
]

describe('valueEqual and valueHash agree on what is equal', () => {
  it.each(EQUAL)('equal: %o and %o', (a, b) => {
    expect(valueEqual(a, b)).toBe(true)
    expect(valueHash(a)).toBe(valueHash(b))
  })
  it.each(DIFFERENT)('different: %o and %o', (a, b) => {
    expect(valueEqual(a, b)).toBe(false)
  })
  it('hashes different values differently, here: no collision among 20,000 memory banks', () => {
    const hashes = new Set<number>()
    for (let i = 0n; i < 20_000n; i++) hashes.add(valueHash([{ base: 0x4000_0000n, size: 0x4000_0000n - i * 0x1000n }]))
    expect(hashes.size).toBe(20_000)
  })
  it('is a 32-bit integer', () => {
    for (const [a] of [...EQUAL, ...DIFFERENT]) expect(valueHash(a)).toBe(valueHash(a) | 0)
  })
  it('rejects what it cannot hash', () => {
    expect(() => valueHash(() => 0)).toThrow(TypeError)
    expect(() => valueHash(Symbol('x'))).toThrow(TypeError)
  })
})

describe('valueCopy', () => {
  it('copies arrays and objects, so that changing the original leaves the copy', () => {
    const v = { memory: [{ base: 1n, size: 2n }], cmdline: 'x', dtb: null }
    const c = valueCopy(v)
    expect(valueEqual(c, v)).toBe(true)
    v.memory[0]!.size = 3n
    v.memory.push({ base: 5n, size: 1n })
    expect(c).toEqual({ memory: [{ base: 1n, size: 2n }], cmdline: 'x', dtb: null })
  })
})

describe('mixBigint', () => {
  it('mixes every bit of a 64-bit value: neighbours above 2^53 differ, where Number() rounds them together', () => {
    const big = 1n << 53n
    expect(mixBigint(HASH_SEED, big + 1n)).not.toBe(mixBigint(HASH_SEED, big))
    expect(mixBigint(HASH_SEED, (1n << 64n) - 1n)).not.toBe(mixBigint(HASH_SEED, (1n << 64n) - 2n))
    expect(mixBigint(HASH_SEED, 1n << 32n)).not.toBe(mixBigint(HASH_SEED, 1n))
  })
  it('is a 32-bit integer, the same for equal values', () => {
    for (const x of [0n, 0x8000_0000n, (1n << 64n) - 1n]) {
      expect(mixBigint(HASH_SEED, x)).toBe(mixBigint(HASH_SEED, x) | 0)
      expect(mixBigint(HASH_SEED, x)).toBe(mixBigint(HASH_SEED, BigInt(x.toString())))
    }
  })
})
