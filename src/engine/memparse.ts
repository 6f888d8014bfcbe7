// SPDX-License-Identifier: GPL-2.0-only
/**
 * memparse() and the integer parsing under it, as two named variants:
 *
 * - memparseWrapping: lib/cmdline.c memparse() up to 7.1 (lib/cmdline.c@v7.1.3) — digits
 *   accumulate modulo 2^64 and the K/M/G/T/P/E shift drops high bits; a bare suffix letter
 *   with no digits is still consumed (so "M" parses as 0 with the end advanced).
 * - memparseSaturating: 7.2+ ("lib: fix memparse() to handle overflow", "lib: fix
 *   _parse_integer_limit() to handle overflow"; lib/cmdline.c@v7.2.13:153-196,
 *   lib/kstrtox.c@v7.2.13:58-95, unchanged in behaviour in v7.3.4) — overflow saturates to
 *   ULLONG_MAX and the suffix is consumed only when digits preceded it.
 *
 * C pointers become indices into the string; `end === start` means nothing was parsed.
 *
 * @kernel lib/cmdline.c memparse, lib/vsprintf.c simple_strtoull/simple_strntoull,
 *         lib/kstrtox.c _parse_integer_fixup_radix/_parse_integer_limit
 */
import { u64, ULLONG_MAX } from './phys.js'

export interface Parsed {
  value: bigint
  /** Index of the first character not consumed (the kernel's *retptr). */
  end: number
}

export type Memparse = (s: string, start: number) => Parsed

/** The value of the digit with char code `c` (0-9, a-f, A-F), or 99 for any other code (NaN included). */
function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48
  const lc = c | 0x20
  if (lc >= 97 && lc <= 102) return lc - 87
  return 99
}

/** isxdigit() of s[i] (false past the end). */
const isXDigit = (s: string, i: number): boolean => digitValue(s.charCodeAt(i)) < 16

/** tolower(s[i]) == 'x' (false past the end). */
const isX = (s: string, i: number): boolean => (s.charCodeAt(i) | 0x20) === 120

/**
 * Mirrors _parse_integer_fixup_radix() — lib/kstrtox.c (v6.12.117:26).
 * _parse_integer_fixup_radix() with base 0: "0x"+xdigit → 16, leading "0" → 8, else 10.
 */
export function parseIntegerFixupRadix(s: string, i: number): { base: number; at: number } {
  let base = 10
  if (s.charCodeAt(i) === 48) {
    base = isX(s, i + 1) && isXDigit(s, i + 2) ? 16 : 8
  }
  if (base === 16) return { base, at: i + 2 }
  return { base, at: i }
}

/**
 * Mirrors _parse_integer_limit() — lib/kstrtox.c (v6.12.117:52, v7.2.13:58).
 * _parse_integer_limit(): accumulate digits of `base`.
 * `saturate` selects the 7.x overflow handling; older kernels wrap modulo 2^64.
 */
export function parseIntegerLimit(s: string, i: number, base: number, saturate: boolean): Parsed & { overflow: boolean } {
  // While the value is below 2^48, res * base + digit < 2^48 * 16 = 2^52 is an exact double
  // integer, far from overflowing u64: accumulate in `small` and switch to bigint (`big`)
  // only when a digit would take it past that.
  let small = 0
  let big: bigint | undefined
  let at = i
  let overflow = false
  for (; at < s.length; at++) {
    const val = digitValue(s.charCodeAt(at))
    if (val >= base) break
    if (big === undefined) {
      if (small < SMALL_LIMIT) {
        small = small * base + val
        continue
      }
      big = BigInt(small)
    }
    const next = big * BigInt(base) + BigInt(val)
    if (next > ULLONG_MAX) overflow = true // KSTRTOX_OVERFLOW
    big = next > ULLONG_MAX ? (saturate ? ULLONG_MAX : u64(next)) : next
  }
  return { value: big ?? BigInt(small), end: at, overflow }
}

/** 2^48: see parseIntegerLimit(). */
const SMALL_LIMIT = 2 ** 48

/**
 * Mirrors simple_strtoull() — lib/vsprintf.c (v6.12.117:97, v7.2.13:112).
 * simple_strtoull(s, &end, 0); `overflow` is the KSTRTOX_OVERFLOW bit kstrtoull() turns into -ERANGE.
 */
export function simpleStrtoull(s: string, i: number, saturate: boolean): Parsed & { overflow: boolean } {
  const { base, at } = parseIntegerFixupRadix(s, i)
  return parseIntegerLimit(s, at, base, saturate)
}

/** The shift of a K/M/G/T/P/E suffix (either case) at s[i], or undefined. */
function suffixShift(s: string, i: number): bigint | undefined {
  switch (s.charCodeAt(i) | 0x20) {
    case 107: return 10n // k
    case 109: return 20n // m
    case 103: return 30n // g
    case 116: return 40n // t
    case 112: return 50n // p
    case 101: return 60n // e
    default: return undefined
  }
}

/**
 * Mirrors memparse() — lib/cmdline.c (v5.10.223:125, v6.12.117:150).
 * memparse() of 5.10 … 6.x: wraps, consumes a suffix even without digits.
 */
export const memparseWrapping: Memparse = (s, start) => {
  const n = simpleStrtoull(s, start, false)
  const shl = suffixShift(s, n.end)
  if (shl === undefined) return { value: n.value, end: n.end }
  const shifted = n.value << shl
  return { value: shifted > ULLONG_MAX ? u64(shifted) : shifted, end: n.end + 1 }
}

/**
 * Mirrors memparse() — lib/cmdline.c (v7.2.13:153).
 * memparse() of 7.x: saturates, consumes a suffix only after digits.
 */
export const memparseSaturating: Memparse = (s, start) => {
  const n = simpleStrtoull(s, start, true)
  const shl = suffixShift(s, n.end)
  if (shl === undefined || n.end === start) return { value: n.value, end: n.end }
  const shifted = n.value << shl
  return { value: shifted > ULLONG_MAX ? ULLONG_MAX : shifted, end: n.end + 1 }
}

/**
 * Mirrors kstrtoul(s, 0, &res) — include/linux/kstrtox.h (a static inline over kstrtoull(),
 * lib/kstrtox.c _kstrtoull): base 0, at least one digit, one optional trailing newline,
 * nothing else; overflow is -ERANGE.
 *
 * @kernel include/linux/kstrtox.h kstrtoul; lib/kstrtox.c kstrtoull, _kstrtoull
 */
export function kstrtoulBase0(s: string | null): bigint | undefined {
  if (s === null) return undefined
  const start = s[0] === '+' ? 1 : 0
  const { value, end, overflow } = simpleStrtoull(s, start, false)
  if (end === start || overflow) return undefined
  const rest = s.slice(end)
  if (rest !== '' && rest !== '\n') return undefined
  return value
}
