// SPDX-License-Identifier: GPL-2.0-only
/**
 * Kernel release numbers as comparable values ("6.1.65" → [6, 1, 65]).
 * Only the policy registry compares versions; shared code asks its policy instead.
 */
export interface KernelVersion {
  major: number
  minor: number
  patch: number
}

// No leading zeros: no kernel release has one, and "6.01" read as 6.1 by number but kept as
// "6.01" by name would take the 6.1 policy without 6.1's Debian profile.
const RELEASE = /^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})(?:\.(0|[1-9]\d{0,4}))?$/

/**
 * Engine helper (no kernel counterpart): parses a release number.
 * Parse "6.12" or "6.12.117"; undefined when it is not a release number.
 */
export function parseKernelVersion(text: string): KernelVersion | undefined {
  const m = RELEASE.exec(text)
  if (!m) return undefined
  return { major: Number(m[1]), minor: Number(m[2]), patch: m[3] === undefined ? 0 : Number(m[3]) }
}

/**
 * Engine helper (no kernel counterpart): a release-number literal for tables.
 * kv('6.1.65'): a version literal for tables; throws on a malformed literal (a bug).
 */
export function kv(text: string): KernelVersion {
  const v = parseKernelVersion(text)
  if (!v) throw new Error(`assertion failed: bad kernel version literal ${text}`)
  return v
}

/** Engine helper (no kernel counterpart): orders two release numbers. */
export function compareKernelVersions(a: KernelVersion, b: KernelVersion): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch
}

/** Engine helper (no kernel counterpart): formats a release number. */
export const formatKernelVersion = (v: KernelVersion): string => `${v.major}.${v.minor}.${v.patch}`
