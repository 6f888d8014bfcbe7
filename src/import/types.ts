// SPDX-License-Identifier: GPL-2.0-only
/**
 * What every importer returns: a board in the wire format (valid against
 * schemas/board-matrix.schema.json), where each value came from, and the problems found on
 * the way. Importers never throw on bad input: a malformed artefact becomes a problem that
 * points at its line (text inputs) or byte offset (DTB).
 */
import type { Board, MemoryBank } from '../matrix/generated/board-matrix.js'
import type { JsonPointer } from '../report/types.js'

/** The artefacts a board can be imported from. */
export type ImportSource = 'bootLog' | 'dtb' | 'dts' | 'iomem' | 'config'

/**
 * One problem with an input. `error`: the input is malformed or a needed value is missing;
 * `warning`: a value was guessed or dropped; `note`: something the user should know.
 */
export interface ImportProblem {
  severity: 'error' | 'warning' | 'note'
  source: ImportSource
  /** Short stable id, e.g. `badMagic`, `noMemory`, `dtcMissing`. */
  code: string
  message: string
  /** 1-based line of a text input. */
  line?: number
  /** 1-based column of a text input. */
  column?: number
  /** Byte offset into a binary input (DTB). */
  offset?: number
  /** The device-tree node (full path) and property a DTB problem is about, for a DTS's line. */
  node?: string
  property?: string
  /** The input line (or a short excerpt) the problem is about. */
  excerpt?: string
}

/**
 * Where each value of the board came from, keyed by JSON pointer relative to the board
 * object (`/memory/0`, `/cmdline`); rebase with {@link rebaseProvenance} once the board sits
 * in a matrix. Written next to the matrix as a side file of comments.
 */
export type Provenance = Record<JsonPointer, string>

/** The result of every importer. */
export interface ImportResult<Facts = unknown> {
  board: Board
  provenance: Provenance
  problems: ImportProblem[]
  /** What the importer read, as typed data (for `verify` and tests). */
  facts: Facts
}

/** A value read from a text input, with the line it came from. */
export interface Located<T> {
  value: T
  /** 1-based line number in the input. */
  line: number
  /** The line's text (without timestamp). */
  text: string
}

/**
 * Moves provenance keys under a prefix, e.g. for a board written to `/boards/3`.
 *
 * @param provenance - keys relative to the board
 * @param prefix - the board's pointer in the matrix
 * @returns the same comments, keyed by absolute pointer
 * @example
 * rebaseProvenance({ '/cmdline': 'log line 3' }, '/boards/0') // → { '/boards/0/cmdline': 'log line 3' }
 */
export function rebaseProvenance(provenance: Provenance, prefix: JsonPointer): Provenance {
  const out: Provenance = {}
  for (const [k, v] of Object.entries(provenance)) out[`${prefix}${k}`] = v
  return out
}

/** `0x…` in lowercase, the way the presets write addresses. */
export const hex = (v: bigint): string => `0x${v.toString(16)}`

/** A short quote of an input line for messages and provenance. */
export function quote(text: string, max = 160): string {
  const t = text.trim()
  return JSON.stringify(t.length > max ? `${t.slice(0, max - 1)}…` : t)
}

/** "boot log line 17: \"…\"" */
export function cite(source: string, l: { line: number; text: string }): string {
  return `${source} line ${l.line}: ${quote(l.text)}`
}

/** A requested board id made valid: letters, digits, `.`, `_` and `-`, starting with a letter or digit ({@link derivedId} makes ids from the inputs). */
export function slugId(requested: string): string {
  const s = requested
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
  // Trailing dashes by a scan: /-+$/ retried every run of dashes to its end, quadratic on a long one.
  let end = s.length
  while (end > 0 && s.charCodeAt(end - 1) === 0x2d) end--
  return end === 0 ? 'imported-board' : s.slice(0, end)
}

/**
 * A board id derived from what the inputs call the machine (a log's machine line, a DT model,
 * the architecture) and its kernel release, each part made id-safe on its own (so
 * "QEMU Standard PC (Q35 + ICH9, 2009)" and "6.1.192" join with one dash, not two). It always
 * starts with a letter: an id that reads as a kernel release ("6.12.117" from a log without a
 * machine line, "2.0-6.1.192" from a DT model "2.0") is mistaken for one where ids and
 * releases meet — `check --boards 6.1 --kernel 6.12`, a finding's "[<id> <release>]" tag,
 * `explain <board> --kernel …`, a `kernels`/`boards` list in a workflow.
 *
 * @example
 * derivedId(undefined, '6.12.117') // → 'board-6.12.117'
 * derivedId('linux,dummy-virt', '6.12.117') // → 'linux-dummy-virt-6.12.117'
 */
export function derivedId(...parts: Array<string | undefined>): string {
  const safe = parts
    .filter((p): p is string => p !== undefined)
    .map(idPart)
    .filter((p) => p !== '')
    .join('-')
  if (safe === '') return 'imported-board'
  return isLetter(safe.charCodeAt(0)) ? safe : `board-${safe}`
}

const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
const isAlnum = (c: number): boolean => isLetter(c) || (c >= 0x30 && c <= 0x39)

/**
 * One part of a derived id: each run of characters other than letters, digits, `.` and `_`
 * made one `-`, then trimmed to start and end with a letter or digit. A scan, not regexes:
 * the part is free text from an artefact (a DT `model`, a "Machine model:" line), and a
 * trailing-run regex backtracks quadratically on a long run of `.`, `_` or `-`.
 */
function idPart(p: string): string {
  let first = 0
  let end = p.length
  while (first < end && !isAlnum(p.charCodeAt(first))) first++
  while (end > first && !isAlnum(p.charCodeAt(end - 1))) end--
  let out = ''
  let run = false
  for (let i = first; i < end; i++) {
    const c = p.charCodeAt(i)
    if (isAlnum(c) || c === 0x2e || c === 0x5f) {
      if (run) out += '-'
      run = false
      out += p[i]
    } else run = true
  }
  return out
}

/**
 * The board id the caller asked for, made valid for the schema (`+` and spaces become `-`),
 * with a note when it had to change.
 */
export function boardId(requested: string | undefined, problems: ImportProblem[], source: ImportSource): string | undefined {
  if (requested === undefined) return undefined
  const id = slugId(requested)
  if (id !== requested) problems.push({ severity: 'note', source, code: 'idChanged', message: `board id ${JSON.stringify(requested)} is not a valid id; using ${JSON.stringify(id)}` })
  return id
}

/** A non-empty bank list as the schema's `minItems: 1` type wants it (callers check length). */
export function toMemory(banks: MemoryBank[]): NonNullable<Board['memory']> {
  const [first, ...rest] = banks
  if (first === undefined) throw new Error('assertion failed: toMemory() on an empty list')
  return [first, ...rest]
}
