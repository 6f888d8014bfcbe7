// SPDX-License-Identifier: GPL-2.0-only
/**
 * Resource bounds on one matrix file. Matrices arrive in pull requests from people outside
 * the team, so every dimension that makes the work grow has a documented ceiling
 * (docs/hardening.md#limits). Crossing one is a finding located where the limit was crossed
 * (never an exception and never a hang); the file is then checked no further than the limit
 * allows, and the other files of the run are still checked.
 *
 * The values are generous: the biggest matrix the project generates (scripts/fleet.ts,
 * 10,000 boards, 16,364 layouts, 1.9 MB) is well inside every one of them.
 */
import { REPOSITORY_BLOB_BASE } from './errors.js'

/**
 * Where the limits are explained; every limit message ends with it. On GitHub, as a
 * ConfigurationError's docs link is: the message reaches annotations, SARIF and the CLI of an
 * npm install, none of which has this repository's docs/ beside the checked matrix.
 */
export const LIMITS_DOCS = `${REPOSITORY_BLOB_BASE}docs/hardening.md#limits`

export const LIMITS = {
  /**
   * Bytes (UTF-8) of one matrix file. 16 MiB is eight times the 10,000-board fleet; larger
   * files are not parsed at all (the syntax tree costs about 100 bytes per JSON value).
   */
  maxInputBytes: 16 * 1024 * 1024,
  /**
   * Nesting of arrays and objects. A valid matrix nests 7 levels at most (the bank object at
   * `/boards/0/ram/0/memory/0`); jsonc-parser recurses once per level and overflows the stack
   * near 5,000, so deeper files are refused before they are parsed.
   */
  maxNestingDepth: 64,
  /** JSON values (objects, arrays, strings, numbers, literals; property names count too) in one file: bounds the tree's memory. */
  maxJsonValues: 1_000_000,
  /** Entries of `boards`. */
  maxBoards: 10_000,
  /** Items of any other array (banks, RAM variants, kernels, reservations, devices, …). */
  maxArrayItems: 1_024,
  /** UTF-16 code units of any string, key or value, except `cmdline`. */
  maxStringLength: 65_536,
  /**
   * A kernel command line. Twice the largest COMMAND_LINE_SIZE of the modelled architectures
   * (2048 on arm64 and x86_64, and on riscv64 from 7.1; 1024 on riscv64 before): no kernel sees a longer one.
   */
  maxCmdlineLength: 4_096,
  /** Layouts (board × RAM variant × kernel) simulated from one file, counted with the kernels the file lists. */
  maxLayouts: 20_000,
  /**
   * The simulation budget: the sum over layouts of their RAM banks, early reservations and
   * DMA devices. A layout's cost grows with those counts (x86_64 with 256 banks: ~40 ms),
   * so this bounds the run time where `maxLayouts` alone would not.
   */
  maxSimulatedRegions: 250_000,
  /**
   * What one gigantic page of x86's `hugepagesz=1G hugepages=N` (6.15 – 6.19: memblock pages
   * before the crash kernel, two memblock regions each) counts for in maxSimulatedRegions:
   * 4,000 pages take about 0.09 s and 16,000 about 1 s of one layout on the development
   * machine, and more grow faster than linearly.
   */
  regionsPerGiganticPage: 16,
} as const

export type LimitName = keyof typeof LIMITS

/**
 * The message for a crossed limit: what was found, the limit and where it is documented.
 *
 * @example
 * limitMessage('maxBoards', 'the file has 100000 boards', ' boards')
 * // → 'the file has 100000 boards; crashkernel-check reads at most 10000 boards (maxBoards, https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/hardening.md#limits)'
 */
export function limitMessage(name: LimitName, found: string, unit = ''): string {
  return `${found}; crashkernel-check reads at most ${LIMITS[name]}${unit} (${name}, ${LIMITS_DOCS})`
}

/**
 * UTF-8 length of a string without building the encoded bytes; stops counting past `stopAt`.
 *
 * @example
 * utf8Length('aé€😀') // → 1 + 2 + 3 + 4 = 10
 */
export function utf8Length(text: string, stopAt = Infinity): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= stopAt; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3 // a lone surrogate is written as U+FFFD (3 bytes)
  }
  return bytes
}

/**
 * UTF-8 length of the character at `s[i]`, and how many UTF-16 units it takes (a lone
 * surrogate: U+FFFD's 3 bytes, as the encoder writes it).
 *
 * @example
 * utf8At('a😀', 1) // → [4, 2]
 */
export function utf8At(s: string, i: number): [bytes: number, units: number] {
  const c = s.codePointAt(i)!
  if (c < 0x80) return [1, 1]
  if (c < 0x800) return [2, 1]
  if (c < 0x10000) return [3, 1]
  return [4, 2]
}

/**
 * A user string shortened for quoting in a message (schema messages quote 200 characters,
 * semantic ones 1,000), never splitting a surrogate pair: a 64 KiB name must not make a
 * 64 KiB annotation.
 *
 * @example
 * clip('x'.repeat(300)).length // → 201 (200 characters and "…")
 */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text
  const cut = (text.charCodeAt(max - 1) & 0xfc00) === 0xd800 ? max - 1 : max
  return `${text.slice(0, cut)}…`
}
