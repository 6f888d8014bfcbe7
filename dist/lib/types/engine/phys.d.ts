/**
 * Physical-address arithmetic shared by the whole engine: the kernel's SZ_* constants,
 * u64 wrap-around, power-of-two rounding, and the kernel's printk number formats.
 *
 * @kernel include/linux/sizes.h, include/linux/math.h (round_up/round_down), lib/vsprintf.c
 */
import type { PhysAddr, PhysSize } from './types.js';
export declare const SZ_1K: bigint;
export declare const SZ_4K: bigint;
export declare const SZ_16K: bigint;
export declare const SZ_64K: bigint;
export declare const SZ_1M: bigint;
export declare const SZ_2M: bigint;
export declare const SZ_4M: bigint;
export declare const SZ_16M: bigint;
export declare const SZ_32M: bigint;
export declare const SZ_64M: bigint;
export declare const SZ_128M: bigint;
export declare const SZ_256M: bigint;
export declare const SZ_512M: bigint;
export declare const SZ_1G: bigint;
export declare const SZ_512G: bigint;
export declare const SZ_4G: bigint;
export declare const SZ_64T: bigint;
/** PHYS_ADDR_MAX / ULLONG_MAX. */
export declare const PHYS_ADDR_MAX: PhysAddr;
export declare const ULLONG_MAX: bigint;
/** SMP_CACHE_BYTES on arm64, x86_64 and riscv64 (L1_CACHE_BYTES = 64). */
export declare const SMP_CACHE_BYTES = 64n;
/**
 * Engine helper (no kernel counterpart): powers of two for sizes and shifts.
 * 2^n as a bigint, `1n << BigInt(n)` (from the table for an integer 0 ≤ n ≤ 64).
 */
export declare function pow2(n: number): bigint;
/**
 * Engine helper (no kernel counterpart): truncation to u64, the C unsigned wrap.
 * Truncate to u64 exactly as C `unsigned long long` arithmetic would.
 */
export declare const u64: (x: bigint) => bigint;
/**
 * Mirrors round_down() — include/linux/math.h (v6.12.117:35; include/linux/kernel.h in v5.10.223:84).
 * round_down(x, y) for a power-of-two y (include/linux/math.h).
 */
export declare function roundDown(x: PhysAddr, align: PhysSize): PhysAddr;
/**
 * Mirrors round_up() — include/linux/math.h (v6.12.117:25; include/linux/kernel.h in v5.10.223:75).
 * round_up(x, y) for a power-of-two y, in u64 (it wraps like the C macro).
 */
export declare function roundUp(x: PhysAddr, align: PhysSize): PhysAddr;
/**
 * Mirrors roundup() — include/linux/math.h (v6.12.117:71; include/linux/kernel.h in v5.10.223:110).
 * roundup(x, y) for any y (include/linux/math.h: ((x + y - 1) / y) * y), in u64: the sum
 * wraps like the C macro's, so an x within y - 1 of 2^64 rounds to 0.
 */
export declare function roundUpAny(x: bigint, y: bigint): bigint;
/** Mirrors clamp() — include/linux/minmax.h (v6.12.117:206). */
export declare const clamp: (x: bigint, lo: bigint, hi: bigint) => bigint;
/** Mirrors max() — include/linux/minmax.h (v6.12.117:112). */
export declare const max: (a: bigint, b: bigint) => bigint;
/** Mirrors min() — include/linux/minmax.h (v6.12.117:105). */
export declare const min: (a: bigint, b: bigint) => bigint;
/**
 * Mirrors fls64() — include/asm-generic/bitops/fls64.h (v6.12.117:19,27; x86: arch/x86/include/asm/bitops.h:406).
 * fls64(): index (1-based) of the most significant set bit, 0 for 0.
 */
export declare function fls64(x: bigint): number;
/**
 * Mirrors roundup_pow_of_two() — include/linux/log2.h (v6.12.117:174, __roundup_pow_of_two() :55): 1UL << fls_long(n - 1)
 * of an unsigned long, so 0 past 2^63, where the shift overflows.
 */
export declare const roundupPowOfTwo: (n: bigint) => bigint;
/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `%016llx` with the `0x` the kernel's format strings put in front: 0x%016llx.
 */
export declare function fmtPhys(x: bigint): string;
/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `0x%0Nllx` for any width (`0x%08llx` is what the low-memory crash line uses).
 */
export declare function fmtHex(x: bigint, width?: number): string;
/**
 * Engine helper (no kernel counterpart): printk-style hex formatting.
 * `%#018Lx` as in "Zone ranges:" (0x + 16 digits; `#` counts the 0x into the width).
 */
export declare function fmtAlt018(x: bigint): string;
/**
 * Engine helper (no kernel counterpart): printk-style signed formatting.
 * `%lld` of a u64 reinterpreted as signed, as printk would print it.
 */
export declare function fmtLld(x: bigint): string;
/**
 * Engine helper (no kernel counterpart): formats a size for messages.
 * A human size: 256M, 1G, 1536M, 64K … (largest exact unit).
 */
export declare function fmtSize(x: PhysSize): string;
/** Mirrors is_power_of_2() — include/linux/log2.h (v6.12.117:45). */
export declare const isPowerOfTwo: (x: bigint) => boolean;
