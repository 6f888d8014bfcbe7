/**
 * Physical-address arithmetic shared by the whole engine: the kernel's SZ_* constants,
 * u64 wrap-around, power-of-two rounding, and the kernel's printk number formats.
 *
 * @kernel include/linux/sizes.h, include/linux/math.h (round_up/round_down), lib/vsprintf.c
 */
import type { PhysAddr, PhysSize } from './types.js';
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
/** 2^n as a bigint, `1n << BigInt(n)` (from the table for an integer 0 ≤ n ≤ 64). */
export declare function pow2(n: number): bigint;
/** Truncate to u64 exactly as C `unsigned long long` arithmetic would. */
export declare const u64: (x: bigint) => bigint;
/** round_down(x, y) for a power-of-two y (include/linux/math.h). */
export declare function roundDown(x: PhysAddr, align: PhysSize): PhysAddr;
/** round_up(x, y) for a power-of-two y, in u64 (it wraps like the C macro). */
export declare function roundUp(x: PhysAddr, align: PhysSize): PhysAddr;
/** roundup(x, y) for any y (include/linux/math.h: ((x + y - 1) / y) * y). */
export declare function roundUpAny(x: bigint, y: bigint): bigint;
export declare const clamp: (x: bigint, lo: bigint, hi: bigint) => bigint;
export declare const max: (a: bigint, b: bigint) => bigint;
export declare const min: (a: bigint, b: bigint) => bigint;
/** fls64(): index (1-based) of the most significant set bit, 0 for 0. */
export declare function fls64(x: bigint): number;
/** `%016llx` with the `0x` the kernel's format strings put in front: 0x%016llx. */
export declare function fmtPhys(x: bigint): string;
/** `0x%0Nllx` for any width (`0x%08llx` is what the low-memory crash line uses). */
export declare function fmtHex(x: bigint, width?: number): string;
/** `%#018Lx` as in "Zone ranges:" (0x + 16 digits; `#` counts the 0x into the width). */
export declare function fmtAlt018(x: bigint): string;
/** `%lld` of a u64 reinterpreted as signed, as printk would print it. */
export declare function fmtLld(x: bigint): string;
/** A human size: 256M, 1G, 1536M, 64K … (largest exact unit). */
export declare function fmtSize(x: PhysSize): string;
export declare const isPowerOfTwo: (x: bigint) => boolean;
