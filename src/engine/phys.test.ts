// SPDX-License-Identifier: GPL-2.0-only
/**
 * phys.ts: u64 wrap, power-of-two rounding as include/linux/math.h defines it (round_up wraps
 * like the C macro), fls64(), and the printk number formats the engine copies into its trace.
 */
import { describe, expect, it } from 'vitest'
import {
  clamp,
  fls64,
  fmtAlt018,
  fmtHex,
  fmtLld,
  fmtPhys,
  fmtSize,
  isPowerOfTwo,
  max,
  min,
  PHYS_ADDR_MAX,
  pow2,
  roundDown,
  roundUp,
  roundUpAny,
  SZ_128M,
  SZ_16K,
  SZ_1G,
  SZ_1M,
  SZ_2M,
  SZ_4G,
  SZ_4K,
  SZ_64K,
  SZ_64T,
  u64,
  ULLONG_MAX,
} from './phys.js'

const TWO64 = 1n << 64n

describe('SZ_* constants (include/linux/sizes.h)', () => {
  it.each([
    ['SZ_4K', SZ_4K, 0x1000n],
    ['SZ_16K', SZ_16K, 0x4000n],
    ['SZ_64K', SZ_64K, 0x10000n],
    ['SZ_1M', SZ_1M, 0x100000n],
    ['SZ_2M', SZ_2M, 0x200000n],
    ['SZ_128M', SZ_128M, 0x8000000n],
    ['SZ_1G', SZ_1G, 0x40000000n],
    ['SZ_4G', SZ_4G, 0x100000000n],
    ['SZ_64T', SZ_64T, 0x400000000000n],
    ['PHYS_ADDR_MAX', PHYS_ADDR_MAX, 0xffffffffffffffffn],
    ['ULLONG_MAX', ULLONG_MAX, 0xffffffffffffffffn],
  ])('%s', (_name, value, expected) => {
    expect(value).toBe(expected)
  })
})

describe('u64(): C unsigned long long truncation', () => {
  it.each([
    [0n, 0n],
    [-1n, 0xffffffffffffffffn],
    [TWO64 - 1n, 0xffffffffffffffffn],
    [TWO64, 0n],
    [TWO64 + 5n, 5n],
    [-(TWO64), 0n],
    [(1n << 70n) + 0x1234n, 0x1234n],
  ])('u64(%s) = %s', (x, expected) => {
    expect(u64(x)).toBe(expected)
  })
})

describe('roundDown() / roundUp() (round_down/round_up, power-of-two alignment)', () => {
  it.each([
    // [x, align, round_down, round_up]
    [0n, SZ_4K, 0n, 0n],
    [1n, SZ_4K, 0n, 0x1000n],
    [0x1000n, SZ_4K, 0x1000n, 0x1000n],
    [0x1fffn, SZ_4K, 0x1000n, 0x2000n],
    [0x40100000n, SZ_2M, 0x40000000n, 0x40200000n],
    [0xefffffffn, SZ_2M, 0xefe00000n, 0xf0000000n],
    [0x3b400000n, SZ_128M, 0x38000000n, 0x40000000n],
    [5n, 1n, 5n, 5n],
  ])('x=%s align=%s → down %s, up %s', (x, align, down, up) => {
    expect(roundDown(x, align)).toBe(down)
    expect(roundUp(x, align)).toBe(up)
  })

  it('round_down at the top of the address space keeps the high bits', () => {
    expect(roundDown(PHYS_ADDR_MAX, SZ_2M)).toBe(0xffffffffffe00000n)
    expect(roundDown(PHYS_ADDR_MAX, 1n << 63n)).toBe(0x8000000000000000n)
  })

  it('round_up wraps to 0 past 2^64 - 1, like the C macro ((x - 1) | (y - 1)) + 1', () => {
    expect(roundUp(PHYS_ADDR_MAX, SZ_4K)).toBe(0n)
    expect(roundUp(0xfffffffffffff001n, SZ_4K)).toBe(0n)
    expect(roundUp((1n << 63n) + 1n, 1n << 63n)).toBe(0n)
    // the last value that does not wrap
    expect(roundUp(0xffffffffffffe001n, SZ_4K)).toBe(0xfffffffffffff000n)
  })
})

describe('roundUpAny() (roundup(x, y) for any y)', () => {
  it.each([
    [0n, SZ_128M, 0n],
    [1n, SZ_128M, SZ_128M],
    [SZ_4G - 0x3200000n, SZ_128M, SZ_4G], // "4 GB" board reporting 3.95 GiB
    [SZ_4G - SZ_128M - 1n, SZ_128M, SZ_4G - SZ_128M],
    [SZ_4G, SZ_128M, SZ_4G],
    [7n, 3n, 9n],
    // x + y - 1 wraps in unsigned long long (the compiled parse_crashkernel_mem() of 6.1 and later)
    [0xfffffffffffff000n, SZ_128M, 0n],
    [0xfffffffff8000001n, SZ_128M, 0n],
    [0xfffffffff8000000n, SZ_128M, 0xfffffffff8000000n],
  ])('roundup(%s, %s) = %s', (x, y, expected) => {
    expect(roundUpAny(x, y)).toBe(expected)
  })
})

describe('clamp / min / max', () => {
  it('clamp(x, lo, hi) as include/linux/minmax.h', () => {
    expect(clamp(5n, 10n, 20n)).toBe(10n)
    expect(clamp(15n, 10n, 20n)).toBe(15n)
    expect(clamp(25n, 10n, 20n)).toBe(20n)
    expect(clamp(PHYS_ADDR_MAX, 0n, SZ_4G)).toBe(SZ_4G)
  })
  it('min / max on u64 values', () => {
    expect(min(PHYS_ADDR_MAX, 0n)).toBe(0n)
    expect(max(PHYS_ADDR_MAX, 0n)).toBe(PHYS_ADDR_MAX)
    expect(min(SZ_4G, SZ_1G)).toBe(SZ_1G)
    expect(max(SZ_4G, SZ_1G)).toBe(SZ_4G)
  })
})

describe('fls64()', () => {
  it.each([
    [0n, 0],
    [1n, 1],
    [2n, 2],
    [3n, 2],
    [0x3fffffffn, 30],
    [0x40000000n, 31],
    [0xffffffffn, 32],
    [0x100000000n, 33],
    [1n << 63n, 64],
    [PHYS_ADDR_MAX, 64],
  ])('fls64(%s) = %s', (x, expected) => {
    expect(fls64(x)).toBe(expected)
  })
})

describe('pow2(): 1n << BigInt(n) from a table', () => {
  it('is 2^n for every n the table holds, and the shift outside it', () => {
    for (let n = 0; n <= 64; n++) expect(pow2(n)).toBe(1n << BigInt(n))
    expect(pow2(65)).toBe(1n << 65n)
    expect(pow2(-1)).toBe(1n << -1n)
    expect(() => pow2(1.5)).toThrow(RangeError)
  })
})

describe('isPowerOfTwo()', () => {
  it.each([
    [0n, false],
    [1n, true],
    [2n, true],
    [6n, false],
    [SZ_2M, true],
    [SZ_2M + 1n, false],
    [1n << 63n, true],
    [PHYS_ADDR_MAX, false],
  ])('isPowerOfTwo(%s) = %s', (x, expected) => {
    expect(isPowerOfTwo(x)).toBe(expected)
  })
})

describe('printk formats', () => {
  it('fmtPhys is 0x%016llx', () => {
    expect(fmtPhys(0n)).toMatchInlineSnapshot(`"0x0000000000000000"`)
    expect(fmtPhys(0xf0000000n)).toMatchInlineSnapshot(`"0x00000000f0000000"`)
    expect(fmtPhys(1n << 48n)).toMatchInlineSnapshot(`"0x0001000000000000"`)
    expect(fmtPhys(PHYS_ADDR_MAX)).toMatchInlineSnapshot(`"0xffffffffffffffff"`)
  })

  it('fmtPhys puts every digit of a u64 in its place, and prints what is no u64 as toString(16) does', () => {
    // Each nibble position with each digit (the digits come from two 32-bit halves).
    for (let shift = 0n; shift < 64n; shift += 4n) {
      for (let digit = 0n; digit < 16n; digit++) {
        const x = (digit << shift) | 0x10n
        expect(fmtPhys(x)).toBe('0x' + x.toString(16).padStart(16, '0'))
      }
    }
    expect(fmtPhys(0x123456789abcdef0n)).toBe('0x123456789abcdef0')
    expect(fmtPhys(0xfedcba9876543210n)).toBe('0xfedcba9876543210')
    // Outside [0, 2^64) the old path, not the typed array, which would wrap them (2^64 to 0,
    // -0x1000 to 0xfffffffffffff000): no engine value is there.
    expect(fmtPhys(1n << 64n)).toBe('0x10000000000000000')
    expect(fmtPhys(-0x1000n)).toBe('0x00000000000-1000')
  })

  it('fmtHex is 0x%llx, or 0x%0Nllx with a minimum width that never truncates', () => {
    expect(fmtHex(0x4000000n)).toBe('0x4000000')
    expect(fmtHex(0n)).toBe('0x0')
    expect(fmtHex(0x1000n, 8)).toBe('0x00001000')
    expect(fmtHex(0xfc000000n, 8)).toBe('0xfc000000')
    expect(fmtHex(0x100000000n, 8)).toBe('0x100000000')
    expect(fmtHex(PHYS_ADDR_MAX, 8)).toMatchInlineSnapshot(`"0xffffffffffffffff"`)
  })

  it('fmtAlt018 is the kernel %#018Lx (vsprintf keeps 0x for zero, unlike glibc)', () => {
    expect(fmtAlt018(0n)).toMatchInlineSnapshot(`"0x0000000000000000"`)
    expect(fmtAlt018(0x3fffffffn)).toMatchInlineSnapshot(`"0x000000003fffffff"`)
    expect(fmtAlt018(0xffffffffn)).toMatchInlineSnapshot(`"0x00000000ffffffff"`)
    expect(fmtAlt018(PHYS_ADDR_MAX)).toMatchInlineSnapshot(`"0xffffffffffffffff"`)
  })

  it('fmtLld is %lld of the u64 reinterpreted as s64', () => {
    expect(fmtLld(256n)).toBe('256')
    expect(fmtLld(0n)).toBe('0')
    expect(fmtLld((1n << 63n) - 1n)).toMatchInlineSnapshot(`"9223372036854775807"`)
    expect(fmtLld(1n << 63n)).toMatchInlineSnapshot(`"-9223372036854775808"`)
    expect(fmtLld(PHYS_ADDR_MAX)).toBe('-1')
    // "(%lld MB)" of a 2^64 - 1 byte request: size >> 20 is positive
    expect(fmtLld(PHYS_ADDR_MAX >> 20n)).toMatchInlineSnapshot(`"17592186044415"`)
  })

  it('fmtSize uses the largest exact unit', () => {
    expect(fmtSize(0n)).toBe('0')
    expect(fmtSize(100n)).toBe('100')
    expect(fmtSize(1536n)).toBe('1536')
    expect(fmtSize(3072n)).toBe('3K')
    expect(fmtSize(SZ_128M + SZ_128M)).toBe('256M')
    expect(fmtSize(1536n * SZ_1M)).toBe('1536M')
    expect(fmtSize(SZ_1G)).toBe('1G')
    expect(fmtSize(SZ_4G)).toBe('4G')
    expect(fmtSize(SZ_64T)).toBe('64T')
    expect(fmtSize(1n << 50n)).toBe('1P')
    expect(fmtSize(1n << 60n)).toBe('1E')
    expect(fmtSize(TWO64)).toBe('16E')
    expect(fmtSize(PHYS_ADDR_MAX)).toMatchInlineSnapshot(`"18446744073709551615"`)
  })
})
