// SPDX-License-Identifier: GPL-2.0-only
/**
 * memparse() in its two generations, checked value and end index:
 *
 * - memparseWrapping: lib/cmdline.c memparse() of 5.10, 6.1 and 6.12 — simple_strtoull()
 *   accumulates modulo 2^64 (lib/kstrtox.c _parse_integer_limit only flags the overflow),
 *   the suffix shifts drop high bits, and a suffix letter is consumed even with no digit.
 * - memparseSaturating: 7.2 — overflow saturates to ULLONG_MAX (check_mul/add/shl_overflow)
 *   and the suffix is consumed only when `ptr != endptr`.
 *
 * Radix (all versions, lib/kstrtox.c _parse_integer_fixup_radix): "0x"/"0X" followed by a
 * hex digit → 16, a leading "0" otherwise → 8, else 10.
 */
import { describe, expect, it } from 'vitest'
import { kstrtoulBase0, memparseSaturating, memparseWrapping, parseIntegerFixupRadix, simpleStrtoull } from './memparse.js'

const K = 1n << 10n
const M = 1n << 20n
const G = 1n << 30n
const T = 1n << 40n
const P = 1n << 50n
const E = 1n << 60n
const MAX = 0xffffffffffffffffn

/** Inputs where both generations agree: [input, value, end]. */
const COMMON: Array<[string, bigint, number]> = [
  // decimal
  ['0', 0n, 1],
  ['7', 7n, 1],
  ['123', 123n, 3],
  ['268435456', 0x10000000n, 9],
  ['256 ', 256n, 3],
  ['1ab', 1n, 1], // 'a' is a digit value 10, not < base 10
  // hex: "0x"/"0X" only with a hex digit after it
  ['0x10', 16n, 4],
  ['0X1f', 31n, 4],
  ['0x10000000', 0x10000000n, 10],
  ['0xABCdef', 0xabcdefn, 8],
  ['0x1E', 30n, 4], // E is a hex digit here, not the exabyte suffix
  ['0x1e', 30n, 4],
  ['0x10M', 16n * M, 5],
  ['0x1g', G, 4], // g is not a hex digit: it is the suffix
  ['0x', 0n, 1], // octal "0", stops at 'x'
  ['0X', 0n, 1],
  ['0xg', 0n, 1], // no hex digit after 0x: octal 0, and 'x' is not a suffix
  ['0xK', 0n, 1],
  // octal: a leading 0
  ['010', 8n, 3],
  ['0400', 256n, 4],
  ['0400M', 256n * M, 5], // crashkernel=0400M is 256 MiB
  ['0100M', 64n * M, 5],
  ['09', 0n, 1], // 9 is not an octal digit
  ['08M', 0n, 1], // '8' stops the octal parse; '8' is not a suffix
  ['0b1', 0n, 1], // 'b' has value 11 ≥ 8
  ['0K', 0n, 2], // digits preceded the suffix: consumed in both generations
  // every suffix, both cases
  ['1k', K, 2],
  ['1K', K, 2],
  ['1m', M, 2],
  ['1M', M, 2],
  ['1g', G, 2],
  ['1G', G, 2],
  ['1t', T, 2],
  ['1T', T, 2],
  ['1p', P, 2],
  ['1P', P, 2],
  ['1e', E, 2],
  ['1E', E, 2],
  ['256m', 256n * M, 4],
  ['256MB', 256n * M, 4], // only one suffix letter is consumed; 'B' is left for the caller
  ['64MM', 64n * M, 3],
  ['15E', 0xf000000000000000n, 3],
  ['17179869183G', 0xffffffffc0000000n, 12], // (2^34 - 1) << 30: the largest G value
  // nothing parsed
  ['', 0n, 0],
  ['-1', 0n, 0],
  [' 1', 0n, 0], // no whitespace skipping
  ['abc', 0n, 0],
  ['@0x1000', 0n, 0],
  // the 64-bit edge: exactly 2^64 - 1 is representable
  ['18446744073709551615', MAX, 20],
  ['0xffffffffffffffff', MAX, 18],
  ['01777777777777777777777', MAX, 23],
]

describe('memparse: inputs on which every generation agrees', () => {
  it.each(COMMON)('wrapping %j → %s, end %s', (s, value, end) => {
    expect(memparseWrapping(s, 0)).toEqual({ value, end })
  })
  it.each(COMMON)('saturating %j → %s, end %s', (s, value, end) => {
    expect(memparseSaturating(s, 0)).toEqual({ value, end })
  })
})

/** Inputs where 5.10–6.12 and 7.2 differ: [input, wrapping value, wrapping end, saturating value, saturating end]. */
const DIVERGENT: Array<[string, bigint, number, bigint, number]> = [
  // a bare suffix: ≤6.12 consumes it (0 with end advanced), 7.2 does not
  ['M', 0n, 1, 0n, 0],
  ['k', 0n, 1, 0n, 0],
  ['E', 0n, 1, 0n, 0],
  ['G,high', 0n, 1, 0n, 0],
  // 2^64 exactly
  ['18446744073709551616', 0n, 20, MAX, 20],
  ['0x10000000000000000', 0n, 19, MAX, 19],
  ['02' + '0'.repeat(21), 0n, 23, MAX, 23], // 2 * 8^21 = 2^64, in octal
  ['17179869184G', 0n, 12, MAX, 12], // 2^34 G = 2^64
  // exabytes past the top
  ['16E', 0n, 3, MAX, 3],
  ['16e', 0n, 3, MAX, 3],
  ['100E', 0x4000000000000000n, 4, MAX, 4], // 100 mod 16 = 4
  ['18446744073709551615K', 0xfffffffffffffc00n, 21, MAX, 21],
  // long digit strings: the accumulation wraps modulo 2^64 (≤6.12) or sticks at ULLONG_MAX (7.2)
  ['99999999999999999999999', 0x2c7e14af67fffffn, 23, MAX, 23],
  ['99999999999999999999K', 0x1d78b58c3ffffc00n, 21, MAX, 21],
  ['0x' + 'f'.repeat(20), MAX, 22, MAX, 22],
  ['0x1' + '0'.repeat(16) + 'M', 0n, 20, MAX, 20],
]

describe('memparse: where the 7.2 fix changes the result', () => {
  it.each(DIVERGENT)('%j: wrapping → %s (end %s), saturating → %s (end %s)', (s, wv, we, sv, se) => {
    expect(memparseWrapping(s, 0)).toEqual({ value: wv, end: we })
    expect(memparseSaturating(s, 0)).toEqual({ value: sv, end: se })
  })

  it('0x1' + '0'.repeat(16) + ' wraps to 0 but 0x' + 'f'.repeat(17) + ' keeps the low 64 bits', () => {
    expect(memparseWrapping('0x1' + '0'.repeat(16), 0)).toEqual({ value: 0n, end: 19 })
    expect(memparseWrapping('0x' + 'f'.repeat(17), 0)).toEqual({ value: MAX, end: 19 })
    expect(memparseSaturating('0x' + 'f'.repeat(17), 0)).toEqual({ value: MAX, end: 19 })
  })
})

describe('memparse: parsing starts at an index inside the command line', () => {
  const line = 'console=ttyAMA0 crashkernel=256M@0x80000000 quiet'
  const at = line.indexOf('=', 16) + 1
  it.each([
    ['wrapping', memparseWrapping],
    ['saturating', memparseSaturating],
  ] as const)('%s: value then the index of "@", then the base', (_name, memparse) => {
    const size = memparse(line, at)
    expect(size).toEqual({ value: 256n * M, end: at + 4 })
    expect(line[size.end]).toBe('@')
    expect(memparse(line, size.end + 1)).toEqual({ value: 0x80000000n, end: size.end + 11 })
  })
  it('an index at the end of the string parses nothing', () => {
    expect(memparseWrapping('256M', 4)).toEqual({ value: 0n, end: 4 })
    expect(memparseSaturating('256M', 4)).toEqual({ value: 0n, end: 4 })
  })
})

describe('_parse_integer_fixup_radix() and simple_strtoull(base 0)', () => {
  it.each([
    ['123', 0, 10, 0],
    ['0x1f', 0, 16, 2],
    ['0X1f', 0, 16, 2],
    ['0x', 0, 8, 0],
    ['0xz', 0, 8, 0],
    ['017', 0, 8, 0],
    ['0', 0, 8, 0],
    ['a0x1', 1, 16, 3],
    ['a0x1', 2, 10, 2],
  ])('%j at %s → base %s, digits at %s', (s, i, base, at) => {
    expect(parseIntegerFixupRadix(s, i)).toEqual({ base, at })
  })

  it('simple_strtoull leaves the suffix alone', () => {
    expect(simpleStrtoull('256M', 0, false)).toEqual({ value: 256n, end: 3, overflow: false })
    expect(simpleStrtoull('0x1E', 0, false)).toEqual({ value: 30n, end: 4, overflow: false })
    // KSTRTOX_OVERFLOW is reported either way (kstrtoull() turns it into -ERANGE)
    expect(simpleStrtoull('18446744073709551615', 0, false)).toEqual({ value: MAX, end: 20, overflow: false })
    expect(simpleStrtoull('18446744073709551616', 0, false)).toEqual({ value: 0n, end: 20, overflow: true })
    expect(simpleStrtoull('18446744073709551616', 0, true)).toEqual({ value: MAX, end: 20, overflow: true })
    // once saturated, further digits keep ULLONG_MAX (7.2 _parse_integer_limit)
    expect(simpleStrtoull('1844674407370955161600000', 0, true)).toEqual({ value: MAX, end: 25, overflow: true })
  })
})

/**
 * kstrtoul(s, 0): kstrtoull() skips one '+' (a '-' is no digit), _kstrtoull() wants at least one
 * digit (rv == 0 is -EINVAL), turns KSTRTOX_OVERFLOW into -ERANGE, and allows one trailing
 * newline and nothing else (lib/kstrtox.c@v6.12.117 kstrtoull, _kstrtoull).
 */
describe('kstrtoulBase0()', () => {
  it.each([
    ['+5', 5n],
    ['5\n', 5n],
    ['18446744073709551615', MAX],
    ['0x10', 16n],
    ['010', 8n],
    ['18446744073709551616', undefined],
    ['', undefined],
    ['+', undefined],
    ['\n', undefined],
    ['-5', undefined],
    ['++5', undefined],
    ['5\n\n', undefined],
    ['5 ', undefined],
  ] as Array<[string, bigint | undefined]>)('%j → %s', (s, value) => {
    expect(kstrtoulBase0(s)).toBe(value)
  })
  it('a parameter without a value is no number', () => {
    expect(kstrtoulBase0(null)).toBeUndefined()
  })
})
