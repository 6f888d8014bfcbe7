// SPDX-License-Identifier: GPL-2.0-only
/**
 * Decodes the wire format's address and size strings into bigint, with the kernel's
 * memparse() semantics (lib/cmdline.c): base-0 number, then at most one suffix K/M/G/T/P/E.
 * Runs on schema-valid strings only; the schema already rejected octal and junk.
 */

const SHIFT: Record<string, bigint> = { k: 10n, m: 20n, g: 30n, t: 40n, p: 50n, e: 60n }

/** 2^64: values at or above it do not fit a phys_addr_t. */
export const U64_LIMIT = 1n << 64n

/**
 * Parses a size or address string exactly (no 64-bit wrap-around: the caller reports values
 * ≥ 2^64 instead of silently wrapping as the kernel would).
 *
 * @param text - a schema-valid size/address such as `0x4000_0000`, `512M` or `0x1E`
 * @returns the value in bytes
 * @example
 * parseSize('512M') // → 536870912n
 * parseSize('0x1E') // → 30n (hex digits are read greedily, as memparse() does)
 * parseSize('0x10M') // → 16777216n
 */
export function parseSize(text: string): bigint {
  const m = /^(0[xX][0-9a-fA-F_]+|[0-9]+)([KMGTPEkmgtpe]?)$/.exec(text)
  if (!m || m[1] === undefined) throw new Error(`assertion failed: parseSize on unvalidated input ${JSON.stringify(text)}`)
  const digits = m[1].replace(/_/g, '')
  const value = BigInt(digits)
  const suffix = m[2] ? SHIFT[m[2].toLowerCase()] : undefined
  return suffix === undefined ? value : value << suffix
}

/**
 * `bytes` as memparse() reads it back, in the largest suffix that divides it exactly: `768M`,
 * `2G`, `16E`; `0`; hex for a size that is not a whole number of KiB (`0x1001`). One writer for
 * every place that hands the user a size to type (suggested fixes, `explain`'s ranges, the
 * matrix validator's hints), so a value reads the same wherever it is offered.
 *
 * @example
 * memSize(0x30000000n) // → '768M'
 * memSize(4097n) // → '0x1001'
 */
export function memSize(bytes: bigint): string {
  if (bytes === 0n) return '0'
  for (const [suffix, shift] of [['E', 60n], ['P', 50n], ['T', 40n], ['G', 30n], ['M', 20n], ['K', 10n]] as const) {
    if (bytes % (1n << shift) === 0n) return `${bytes >> shift}${suffix}`
  }
  return `0x${bytes.toString(16)}`
}

/** Formats a physical address the way the kernel prints `%pa` (0x + 16 hex digits). */
export function fmtPhys(value: bigint): string {
  return `0x${value.toString(16).padStart(16, '0')}`
}

/** A compact human size: `256 MiB`, `1 GiB`, `4 KiB`, or bytes. */
export function fmtSize(value: bigint): string {
  const units: Array<[bigint, string]> = [[60n, 'EiB'], [50n, 'PiB'], [40n, 'TiB'], [30n, 'GiB'], [20n, 'MiB'], [10n, 'KiB']]
  for (const [shift, unit] of units) {
    const base = 1n << shift
    if (value >= base && value % base === 0n) return `${value / base} ${unit}`
  }
  return `${value} bytes`
}
