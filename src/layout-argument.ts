// SPDX-License-Identifier: GPL-2.0-only
/**
 * The library's simulate() takes a Layout, usually one decodeLayouts() gave and the caller
 * changed (a larger crashkernel=, another bank). Plain JavaScript has no types to catch a
 * number where a bigint goes or a misspelt field, and the engine would then fail deep inside
 * ("Cannot mix BigInt and other types") or simulate nonsense. This checks the fields a
 * caller edits, and the shape of the rest, at the library's boundary (the engine itself takes
 * decoded layouts only, and stays free of checks on its hot path).
 */
import { ConfigurationError, kindOf } from './errors.js'

const ARCHES = new Set(['arm64', 'x86_64', 'riscv64'])
/** PHYS_ADDR_MAX + 1: addresses and sizes are u64. */
const U64_LIMIT = 1n << 64n

function misuse(message: string): ConfigurationError {
  return new ConfigurationError(`simulate(): ${message} (decodeLayouts() gives layouts to start from)`, { docsPath: 'README.md#library' })
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** A u64 bigint: an address, or a size that must also be positive when `positive`. */
function u64(where: string, v: unknown, positive = false): void {
  if (typeof v !== 'bigint') throw misuse(`${where} must be a bigint (an address or size in bytes, e.g. 0x40000000n), not ${kindOf(v)}${typeof v === 'number' ? ` (${v})` : ''}`)
  if (v < 0n) throw misuse(`${where} is negative: ${v}n`)
  if (v >= U64_LIMIT) throw misuse(`${where} is above 64 bits: 0x${v.toString(16)}n`)
  if (positive && v === 0n) throw misuse(`${where} is 0`)
}

function range(where: string, v: unknown): void {
  if (!isObject(v)) throw misuse(`${where} must be an object { base, size }, not ${kindOf(v)}`)
  u64(`${where}.base`, v.base)
  u64(`${where}.size`, v.size, true)
  if ((v.base as bigint) + (v.size as bigint) > U64_LIMIT) throw misuse(`${where} ends above 64 bits`)
}

/**
 * Checks a caller's layout before simulate() runs it.
 *
 * @throws ConfigurationError naming the first field that is missing or of the wrong type
 */
export function checkLayoutArgument(layout: unknown): void {
  if (!isObject(layout)) throw misuse(`the layout must be an object, not ${kindOf(layout)}`)
  if (typeof layout.arch !== 'string' || !ARCHES.has(layout.arch)) throw misuse(`layout.arch must be one of ${[...ARCHES].join(', ')}, not ${typeof layout.arch === 'string' ? JSON.stringify(layout.arch) : kindOf(layout.arch)}`)
  if (typeof layout.kernel !== 'string') throw misuse(`layout.kernel must be a string (a release or series, e.g. "6.12"), not ${kindOf(layout.kernel)}`)
  if (layout.policy !== undefined && typeof layout.policy !== 'string') throw misuse(`layout.policy must be a string or absent, not ${kindOf(layout.policy)}`)
  if (typeof layout.cmdline !== 'string') throw misuse(`layout.cmdline must be a string, not ${kindOf(layout.cmdline)}`)
  u64('layout.pageSize', layout.pageSize, true)
  for (const key of ['paBits', 'vaBits']) if (!Number.isInteger(layout[key])) throw misuse(`layout.${key} must be an integer, not ${kindOf(layout[key])}`)
  if (!Array.isArray(layout.memory) || layout.memory.length === 0) throw misuse(`layout.memory must be a non-empty array of banks { base, size }, not ${Array.isArray(layout.memory) ? 'an empty array' : kindOf(layout.memory)}`)
  layout.memory.forEach((bank, i) => range(`layout.memory[${i}]`, bank))
  range('layout.image', layout.image)
  for (const key of ['initrd', 'dtb']) if (layout[key] !== undefined) range(`layout.${key}`, layout[key])
  for (const key of ['reservations', 'devices']) if (!Array.isArray(layout[key])) throw misuse(`layout.${key} must be an array, not ${kindOf(layout[key])}`)
  for (const key of ['dma', 'config', 'cpu', 'boot']) if (!isObject(layout[key])) throw misuse(`layout.${key} must be an object, not ${kindOf(layout[key])}`)
}
