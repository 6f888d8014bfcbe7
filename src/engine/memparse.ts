// SPDX-License-Identifier: GPL-2.0-only
/**
 * memparse() and the integer parsing under it, as two named variants:
 *
 * - memparseWrapping: lib/cmdline.c memparse() up to 6.x — digits accumulate modulo 2^64
 *   and the K/M/G/T/P/E shift drops high bits; a bare suffix letter with no digits is
 *   still consumed (so "M" parses as 0 with the end advanced).
 * - memparseSaturating: 7.x ("lib: fix memparse() to handle overflow", "lib: fix
 *   _parse_integer_limit() to handle overflow") — overflow saturates to ULLONG_MAX and
 *   the suffix is consumed only when digits preceded it.
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

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9'
const isXDigit = (c: string | undefined): boolean => c !== undefined && /^[0-9a-fA-F]$/.test(c)

/** _parse_integer_fixup_radix() with base 0: "0x"+xdigit → 16, leading "0" → 8, else 10. */
export function parseIntegerFixupRadix(s: string, i: number): { base: number; at: number } {
  let base = 10
  if (s[i] === '0') {
    base = s[i + 1]?.toLowerCase() === 'x' && isXDigit(s[i + 2]) ? 16 : 8
  }
  if (base === 16 && s[i] === '0' && s[i + 1]?.toLowerCase() === 'x') return { base, at: i + 2 }
  return { base, at: i }
}

function digitValue(c: string): number {
  if (isDigit(c)) return c.charCodeAt(0) - 48
  const lc = c.toLowerCase()
  if (lc >= 'a' && lc <= 'f') return lc.charCodeAt(0) - 87
  return 99
}

/**
 * _parse_integer_limit(): accumulate digits of `base`.
 * `saturate` selects the 7.x overflow handling; older kernels wrap modulo 2^64.
 */
export function parseIntegerLimit(s: string, i: number, base: number, saturate: boolean): Parsed & { overflow: boolean } {
  let res = 0n
  let at = i
  let overflow = false
  const b = BigInt(base)
  for (; at < s.length; at++) {
    const val = digitValue(s[at]!)
    if (val >= base) break
    const next = res * b + BigInt(val)
    if (next > ULLONG_MAX) overflow = true // KSTRTOX_OVERFLOW
    res = next > ULLONG_MAX ? (saturate ? ULLONG_MAX : u64(next)) : next
  }
  return { value: res, end: at, overflow }
}

/** simple_strtoull(s, &end, 0); `overflow` is the KSTRTOX_OVERFLOW bit kstrtoull() turns into -ERANGE. */
export function simpleStrtoull(s: string, i: number, saturate: boolean): Parsed & { overflow: boolean } {
  const { base, at } = parseIntegerFixupRadix(s, i)
  return parseIntegerLimit(s, at, base, saturate)
}

const SHIFT: Record<string, bigint> = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n }

/** memparse() of 5.10 … 6.x: wraps, consumes a suffix even without digits. */
export const memparseWrapping: Memparse = (s, start) => {
  const n = simpleStrtoull(s, start, false)
  const shl = SHIFT[s[n.end]?.toLowerCase() ?? '']
  if (shl === undefined) return { value: n.value, end: n.end }
  return { value: u64(n.value << shl), end: n.end + 1 }
}

/** memparse() of 7.x: saturates, consumes a suffix only after digits. */
export const memparseSaturating: Memparse = (s, start) => {
  const n = simpleStrtoull(s, start, true)
  const shl = SHIFT[s[n.end]?.toLowerCase() ?? '']
  if (shl === undefined || n.end === start) return { value: n.value, end: n.end }
  const shifted = n.value << shl
  return { value: shifted > ULLONG_MAX ? ULLONG_MAX : shifted, end: n.end + 1 }
}
