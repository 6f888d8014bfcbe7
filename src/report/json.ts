// SPDX-License-Identifier: GPL-2.0-only
/** The report as JSON. Addresses and sizes (bigint) become `"0x%016x"` strings. */
import { expectReport } from '../errors.js'
import type { FormatContext } from './formatters.js'
import type { Report } from './types.js'

/**
 * JSON.stringify replacer for bigint.
 *
 * @example
 * JSON.stringify({ base: 0xec000000n }, bigintReplacer) // → '{"base":"0x00000000ec000000"}'
 */
export function bigintReplacer(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? `0x${BigInt.asUintN(64, value).toString(16).padStart(16, '0')}` : value
}

/** Formats a report as indented JSON (one trailing newline). */
export function formatJson(report: Report, _ctx: FormatContext = {}): string {
  expectReport('formatJson', report)
  return `${JSON.stringify(report, bigintReplacer, 2)}\n`
}
