// SPDX-License-Identifier: GPL-2.0-only
/**
 * Physical-address arithmetic shared by the whole engine: the kernel's SZ_* constants,
 * u64 wrap-around, power-of-two rounding, and the kernel's printk number formats.
 *
 * @kernel include/linux/sizes.h, include/linux/math.h (round_up/round_down), lib/vsprintf.c
 */
import type { PhysAddr, PhysSize } from './types.js'

export const SZ_1K = 1n << 10n
export const SZ_4K = 1n << 12n
export const SZ_16K = 1n << 14n
export const SZ_64K = 1n << 16n
export const SZ_1M = 1n << 20n
export const SZ_2M = 1n << 21n
export const SZ_4M = 1n << 22n
export const SZ_16M = 1n << 24n
export const SZ_32M = 1n << 25n
export const SZ_64M = 1n << 26n
export const SZ_128M = 1n << 27n
export const SZ_256M = 1n << 28n
export const SZ_512M = 1n << 29n
export const SZ_1G = 1n << 30n
export const SZ_512G = 1n << 39n
export const SZ_4G = 1n << 32n
export const SZ_64T = 1n << 46n
/** PHYS_ADDR_MAX / ULLONG_MAX. */
export const PHYS_ADDR_MAX: PhysAddr = (1n << 64n) - 1n
export const ULLONG_MAX = PHYS_ADDR_MAX
/** SMP_CACHE_BYTES on arm64, x86_64 and riscv64 (L1_CACHE_BYTES = 64). */
export const SMP_CACHE_BYTES = 64n

/**
 * 2^0 … 2^64, built once. On this engine's Node (V8 11.x) a BigInt shift is a runtime call
 * (about 20 ns, allocating), while BigInt add/sub/mul/div/and/or of 64-bit values compile
 * to machine arithmetic: hot code reads powers of two here instead of `1n << BigInt(n)`,
 * and divides by them instead of shifting right (exact for non-negative values, which
 * truncating division rounds down like `>>`).
 */
const POW2: readonly bigint[] = Array.from({ length: 65 }, (_, n) => 1n << BigInt(n))

/**
 * Engine helper (no kernel counterpart): powers of two for sizes and shifts.
 * 2^n as a bigint, `1n << BigInt(n)` (from the table for an integer 0 ≤ n ≤ 64).
 */
export function pow2(n: number): bigint {
  const p = POW2[n]
  return p !== undefined ? p : 1n << BigInt(n)
}

/**
 * Engine helper (no kernel counterpart): truncation to u64, the C unsigned wrap.
 * Truncate to u64 exactly as C `unsigned long long` arithmetic would.
 */
export const u64 = (x: bigint): bigint => BigInt.asUintN(64, x)

/**
 * Mirrors round_down() — include/linux/math.h (v6.12.117:35; include/linux/kernel.h in v5.10.223:84).
 * round_down(x, y) for a power-of-two y (include/linux/math.h).
 */
export function roundDown(x: PhysAddr, align: PhysSize): PhysAddr {
  // ~(align - 1) is -align for every integer (~y = -y - 1): one bigint operation, not two,
  // and written as a subtraction, which V8 does in int64 registers (a unary minus it does not).
  return x & (0n - align)
}

/**
 * Mirrors round_up() — include/linux/math.h (v6.12.117:25; include/linux/kernel.h in v5.10.223:75).
 * round_up(x, y) for a power-of-two y, in u64 (it wraps like the C macro).
 */
export function roundUp(x: PhysAddr, align: PhysSize): PhysAddr {
  return u64(((x - 1n) | (align - 1n)) + 1n)
}

/**
 * Mirrors roundup() — include/linux/math.h (v6.12.117:71; include/linux/kernel.h in v5.10.223:110).
 * roundup(x, y) for any y (include/linux/math.h: ((x + y - 1) / y) * y), in u64: the sum
 * wraps like the C macro's, so an x within y - 1 of 2^64 rounds to 0.
 */
export function roundUpAny(x: bigint, y: bigint): bigint {
  return (u64(x + y - 1n) / y) * y
}

/** Mirrors clamp() — include/linux/minmax.h (v6.12.117:206). */
export const clamp = (x: bigint, lo: bigint, hi: bigint): bigint => (x < lo ? lo : x > hi ? hi : x)
/** Mirrors max() — include/linux/minmax.h (v6.12.117:112). */
export const max = (a: bigint, b: bigint): bigint => (a > b ? a : b)
/** Mirrors min() — include/linux/minmax.h (v6.12.117:105). */
export const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)

/**
 * Mirrors fls64() — include/asm-generic/bitops/fls64.h (v6.12.117:19,27; x86: arch/x86/include/asm/bitops.h:406).
 * fls64(): index (1-based) of the most significant set bit, 0 for 0.
 */
export function fls64(x: bigint): number {
  if (x > 0n && x < TWO_64) {
    // Below 2^53 Number(x) is exact and so is its high 32-bit half, n / 2^32 floored; above,
    // x >> 32 is below 2^32 and not 0. Math.clz32 then counts the leading zeros of a u32.
    if (x <= MAX_SAFE) {
      const n = Number(x)
      const hi = Math.floor(n / 4294967296)
      return hi > 0 ? 64 - Math.clz32(hi) : 32 - Math.clz32(n)
    }
    return 64 - Math.clz32(Number(x >> 32n))
  }
  return x === 0n ? 0 : x.toString(2).length
}

/**
 * Mirrors roundup_pow_of_two() — include/linux/log2.h (v6.12.117:174, __roundup_pow_of_two() :55): 1UL << fls_long(n - 1)
 * of an unsigned long, so 0 past 2^63, where the shift overflows.
 */
export const roundupPowOfTwo = (n: bigint): bigint => u64(pow2(fls64(u64(n - 1n))))

const TWO_64 = 1n << 64n
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER)

/**
 * '0x' followed by the zeros that pad an n-character hex string to 16 (index n): one
 * concatenation instead of padStart() and a second concatenation, same string.
 */
const HEX016_PREFIX: readonly string[] = Array.from({ length: 17 }, (_, n) => '0x' + '0'.repeat(16 - n))

/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `%016llx` with the `0x` the kernel's format strings put in front: 0x%016llx.
 */
export function fmtPhys(x: bigint): string {
  if (x >= 0n && x < TWO_64) {
    // A u64 (every address and size the engine prints): its 16 digits from its two 32-bit
    // halves, as character codes, in one string. toString(16) and the padding take about a
    // quarter more work (and a second string) on every line with an address.
    U64_BITS[0] = x
    const lo = U64_HALVES[U64_LO]!
    const hi = U64_HALVES[1 - U64_LO]!
    const d = HEX_DIGITS
    return String.fromCharCode(
      0x30, 0x78,
      d[hi >>> 28]!, d[(hi >>> 24) & 15]!, d[(hi >>> 20) & 15]!, d[(hi >>> 16) & 15]!, d[(hi >>> 12) & 15]!, d[(hi >>> 8) & 15]!, d[(hi >>> 4) & 15]!, d[hi & 15]!,
      d[lo >>> 28]!, d[(lo >>> 24) & 15]!, d[(lo >>> 20) & 15]!, d[(lo >>> 16) & 15]!, d[(lo >>> 12) & 15]!, d[(lo >>> 8) & 15]!, d[(lo >>> 4) & 15]!, d[lo & 15]!,
    )
  }
  const s = x.toString(16)
  return s.length < 16 ? HEX016_PREFIX[s.length]! + s : '0x' + s
}

/** The character codes of the hex digits 0-9a-f. */
const HEX_DIGITS: readonly number[] = Array.from('0123456789abcdef', (c) => c.charCodeAt(0))
/** A u64 stored as one 64-bit element and read back as two 32-bit halves (no bigint shifts or masks). */
const U64_BITS = new BigUint64Array(1)
const U64_HALVES = new Uint32Array(U64_BITS.buffer)
/** Which half is the low one: the platform's byte order decides. */
const U64_LO = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1

/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `0x%0Nllx` for any width (`0x%08llx` is what the low-memory crash line uses).
 */
export function fmtHex(x: bigint, width = 0): string {
  const s = x.toString(16)
  if (s.length >= width) return '0x' + s
  // width - s.length zeros after the 0x: the HEX016_PREFIX entry with that many.
  return width <= 16 ? HEX016_PREFIX[16 - width + s.length]! + s : '0x' + s.padStart(width, '0')
}

/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `%#018Lx` as in "Zone ranges:" (0x + 16 digits; `#` counts the 0x into the width).
 */
export function fmtAlt018(x: bigint): string {
  // The same 18 characters as 0x%016llx, 0 included ("0x0000000000000000").
  return fmtPhys(x)
}

/**
 * Engine helper (no kernel counterpart): printk-style signed formatting.
 * `%lld` of a u64 reinterpreted as signed, as printk would print it.
 */
export function fmtLld(x: bigint): string {
  return BigInt.asIntN(64, x).toString()
}

/**
 * Engine helper (no kernel counterpart): formats a size for messages.
 * A human size: 256M, 1G, 1536M, 64K … (largest exact unit).
 */
export function fmtSize(x: PhysSize): string {
  const units: Array<[string, bigint]> = [['E', 60n], ['P', 50n], ['T', 40n], ['G', 30n], ['M', 20n], ['K', 10n]]
  if (x === 0n) return '0'
  for (const [u, s] of units) if (x % (1n << s) === 0n) return `${x >> s}${u}`
  return x.toString()
}

/** Mirrors is_power_of_2() — include/linux/log2.h (v6.12.117:45). */
export const isPowerOfTwo = (x: bigint): boolean => x > 0n && (x & (x - 1n)) === 0n
