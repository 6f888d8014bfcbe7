// SPDX-License-Identifier: GPL-2.0-only
/**
 * DTS source → DTB through the device tree compiler (`dtc -I dts -O dtb`), then the DTB
 * importer. There is deliberately no hand-written DTS parser: dtc is the reference
 * implementation (Debian package `device-tree-compiler`).
 *
 * This module runs no process itself: the caller injects a spawn function with the shape of
 * node:child_process `spawnSync` (the CLI passes `spawnSync`; tests pass a fake), which keeps
 * src/import free of I/O.
 */
import { dtbToBoard, OVERLAY_MESSAGE, type DtCite, type DtFacts } from './dt-board.js'
import type { ImportProblem, ImportResult } from './types.js'
import { utf8At } from '../limits.js'

/** What a spawn returns (a subset of node's SpawnSyncReturns). */
export interface SpawnResult {
  status: number | null
  stdout: Uint8Array | string
  stderr: Uint8Array | string
  /** Set when the process could not run; `code` is `ENOENT` when the program is missing. */
  error?: { code?: string; message: string } | undefined
}

/**
 * The shape of node:child_process `spawnSync(command, args, { input })`. `cwd` is where dtc
 * looks for what a DTS read from stdin names in `/include/` and `/incbin/`: the DTS's own
 * directory, as `dtc board.dts` resolves them.
 */
export type SpawnSyncLike = (command: string, args: readonly string[], options: { input: Uint8Array; maxBuffer?: number; cwd?: string }) => SpawnResult

/** How dtc is called: DTS from stdin, DTB to stdout, warnings off (-q). */
export const DTC_COMMAND = 'dtc'
export const DTC_ARGS: readonly string[] = ['-q', '-I', 'dts', '-O', 'dtb', '-o', '-', '-']
/** The same DTS back to DTS with every node and property annotated with its source span (-T -T). */
export const DTC_ANNOTATE_ARGS: readonly string[] = ['-q', '-I', 'dts', '-O', 'dts', '-T', '-T', '-o', '-', '-']

/** The message when dtc is missing (also used by the CLI's `--help`). */
export const DTC_MISSING =
  'dtc (the device tree compiler) is not installed, so the DTS cannot be compiled: install the Debian package device-tree-compiler (apt-get install device-tree-compiler), or compile the DTS yourself (dtc -I dts -O dtb -o board.dtb board.dts) and import the DTB'

const text = (x: Uint8Array | string): string => (typeof x === 'string' ? x : new TextDecoder().decode(x))

/**
 * dtc's column (1-based, in bytes of the UTF-8 source: its srcpos counts bytes) as the column
 * of the character that byte starts, in UTF-16 units: the unit of every other column the
 * project reports (a matrix's, docs/report-json.md) and of an editor's. A line the source does
 * not have keeps dtc's number.
 *
 * @example
 * dtcColumn('a\n"é" x', 2, 6) // → 5
 */
export function dtcColumn(source: string, line: number, byteColumn: number): number {
  // dtc counts lines at \n only.
  let start = 0
  for (let l = 1; l < line; l++) {
    const next = source.indexOf('\n', start)
    if (next < 0) return byteColumn
    start = next + 1
  }
  let bytes = 1
  let i = start
  while (bytes < byteColumn && i < source.length && source[i] !== '\n') {
    const [b, u] = utf8At(source, i)
    bytes += b
    i += u
  }
  return i - start + 1 + (bytes < byteColumn ? byteColumn - bytes : 0)
}

/**
 * Where the DTS names the file of dtc's `FATAL ERROR: Couldn't open "board.dtsi": …` (an
 * `/include/` or `/incbin/`), which dtc prints without a position: the first place the
 * quoted name is written, 1-based, lines counted at \n as dtc counts them.
 */
function unopenedFileAt(message: string, source: string): { line?: number; column?: number } {
  const prefix = 'FATAL ERROR: Couldn\'t open "'
  if (!message.startsWith(prefix)) return {}
  const name = message.slice(prefix.length, message.indexOf('"', prefix.length))
  const at = source.indexOf(`"${name}"`)
  if (name === '' || at < 0) return {}
  const before = source.slice(0, at)
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') }
}

/** dtc's `Error: <stdin>:12.3-14 syntax error` → a located problem. */
function dtcProblems(stderr: string, source: string): ImportProblem[] {
  const out: ImportProblem[] = []
  for (const raw of stderr.split('\n')) {
    const l = raw.trim()
    if (l === '' || /^FATAL ERROR: Unable to parse input tree/.test(l)) continue
    const m = /^(Error|Warning)(?: \([^)]*\))?: (?:<stdin>|[^:\s]+):(\d+)\.(\d+)(?:-(?:\d+\.)?\d+)?:? (.*)$/.exec(l)
    if (m) out.push({ severity: m[1] === 'Error' ? 'error' : 'warning', source: 'dts', code: 'dtc', message: `dtc: ${m[4]}`, line: Number(m[2]), column: dtcColumn(source, Number(m[2]), Number(m[3])) })
    else out.push({ severity: /^Warning/.test(l) ? 'warning' : 'error', source: 'dts', code: 'dtc', message: `dtc: ${l}`, ...unopenedFileAt(l, source) })
  }
  return out
}

/**
 * Compiles DTS with dtc.
 *
 * @param source - DTS text (already preprocessed when it uses `#include`)
 * @param spawn - spawnSync or a compatible function
 * @returns the DTB, or problems (dtc missing, dtc errors located at DTS line/column)
 * @example
 * compileDts('/dts-v1/; / { };', spawnSync).dtb?.length // → 72
 */
export function compileDts(source: string, spawn: SpawnSyncLike): { dtb?: Uint8Array; problems: ImportProblem[] } {
  const input = new TextEncoder().encode(source)
  let r: SpawnResult
  try {
    r = spawn(DTC_COMMAND, DTC_ARGS, { input, maxBuffer: 64 << 20 })
  } catch (error) {
    // A spawn that throws instead of returning `error` (e.g. a wrapper around execFileSync).
    const e = error as { code?: string; message?: string }
    r = { status: null, stdout: '', stderr: '', error: { ...(e.code !== undefined ? { code: e.code } : {}), message: e.message ?? String(error) } }
  }
  if (r.error) {
    if (r.error.code === 'ENOENT') return { problems: [{ severity: 'error', source: 'dts', code: 'dtcMissing', message: DTC_MISSING }] }
    return { problems: [{ severity: 'error', source: 'dts', code: 'dtcFailed', message: `dtc could not be run: ${r.error.message}` }] }
  }
  const problems = dtcProblems(text(r.stderr), source)
  if (r.status !== 0) {
    if (!problems.some((p) => p.severity === 'error')) problems.push({ severity: 'error', source: 'dts', code: 'dtc', message: `dtc exited with status ${String(r.status)}` })
    // Blanks before `#` on its own line only: `^\s*` crossed lines, rescanning every blank
    // line after each line start (quadratic on a source of many).
    const include = /^[^\S\n\r\u2028\u2029]*#include\b/m.exec(source)
    if (include) {
      const line = source.slice(0, include.index + include[0].indexOf('#')).split('\n').length
      problems.push({ severity: 'note', source: 'dts', code: 'needsCpp', message: 'the DTS uses #include: run it through the C preprocessor first (cpp -nostdinc -undef -x assembler-with-cpp -I <kernel>/include board.dts), as the kernel build does', line })
    }
    return { problems }
  }
  const dtb = typeof r.stdout === 'string' ? new TextEncoder().encode(r.stdout) : r.stdout
  return { dtb, problems }
}

/** Where a node or property starts in the DTS: 1-based line and column. */
type SourcePosition = { line: number; column: number }

/**
 * Reads dtc's annotated DTS output (`-O dts -T -T`): each node and property line ends with a
 * comment `/* <file>:L:C-L:C[, …] *\/` naming where it was written (the first span is kept: a
 * node extended later by `&label { … }` is located at its definition).
 *
 * @param annotated - dtc's output
 * @returns positions keyed by node path, and by node path + NUL + property name (src/import/dts.test.ts)
 */
export function annotatedPositions(annotated: string): Map<string, SourcePosition> {
  const out = new Map<string, SourcePosition>()
  const path: string[] = []
  const key = (): string => (path.length === 0 ? '/' : `/${path.slice(1).join('/')}`)
  for (const raw of annotated.split('\n')) {
    const a = annotation(raw)
    const body = (a ? a.body : raw).trim()
    const at = a?.at
    if (body === '};') {
      path.pop()
    } else if (body.endsWith('{')) {
      // `label: name {` (labels end with a colon; the root is `/`).
      const name = body.slice(0, -1).trim().split(/\s+/).filter((w) => !w.endsWith(':')).pop() ?? ''
      path.push(name)
      if (at && !out.has(key())) out.set(key(), at)
    } else if (body.endsWith(';') && path.length > 0 && at) {
      const name = /^(?:\S+:\s+)*([^\s=;]+)/.exec(body)?.[1]
      if (name !== undefined && !out.has(`${key()}\0${name}`)) out.set(`${key()}\0${name}`, at)
    }
  }
  return out
}

/** The first `:L:C-L:C` span of an annotation comment; its numbers are the start's line and column. */
const SPAN = /:(\d+):(\d+)-\d+:\d+/

/**
 * One line of dtc's annotated output split into its text and the start of the first span of
 * its trailing `/* … *\/` comment (which holds no `*`), or undefined when it has none. What
 * /^(.*?)\s*\/\*\s*[^*]*?:(\d+):(\d+)-\d+:\d+[^*]*\*\/\s*$/ matched, found from the end of
 * the line: that pattern tried `\s*\/\*` after every character of the text, rescanning a run
 * of spaces (a property's string) from each of its positions.
 *
 * @example
 * annotation('\tmodel = "x"; /* <stdin>:3:2-3:14 *\/') // → { body: '\tmodel = "x";', at: { line: 3, column: 2 } }
 */
export function annotation(raw: string): { body: string; at: SourcePosition } | undefined {
  const line = raw.trimEnd()
  if (!line.endsWith('*/')) return undefined
  const open = line.lastIndexOf('*', line.length - 3)
  if (open < 1 || line[open - 1] !== '/') return undefined
  const span = SPAN.exec(line.slice(open + 1, -2))
  // `.` of the text stops at a line terminator (dtc's lines hold none but \r).
  const body = line.slice(0, open - 1).trimEnd()
  if (!span || /[\n\r\u2028\u2029]/.test(body)) return undefined
  return { body, at: { line: Number(span[1]), column: Number(span[2]) } }
}

/** dtc's annotated output for `source`, read into positions; undefined when that run fails. */
function annotate(source: string, spawn: SpawnSyncLike): Map<string, SourcePosition> | undefined {
  try {
    const r = spawn(DTC_COMMAND, DTC_ANNOTATE_ARGS, { input: new TextEncoder().encode(source), maxBuffer: 64 << 20 })
    if (r.error || r.status !== 0) return undefined
    // dtc's columns are bytes; the project's, UTF-16 units.
    const positions = annotatedPositions(text(r.stdout))
    for (const [key, at] of positions) positions.set(key, { line: at.line, column: dtcColumn(source, at.line, at.column) })
    return positions
  } catch {
    // The DTB stage already ran on dtc's output: without annotations, nothing is located.
    return undefined
  }
}

/** A node's or property's position: the property's own, else its node's. */
function positionOf(positions: Map<string, SourcePosition> | undefined, node: string, property: string | undefined): SourcePosition | undefined {
  return (property !== undefined ? positions?.get(`${node}\0${property}`) : undefined) ?? positions?.get(node)
}

/**
 * Puts DTB-stage problems at their DTS line and column. A byte offset into dtc's DTB means
 * nothing to the DTS's author, so it is dropped either way.
 */
function locateInDts(problems: readonly ImportProblem[], positions: Map<string, SourcePosition> | undefined): ImportProblem[] {
  return problems.map((p) => {
    if (p.offset === undefined) return p
    const { offset: _offset, ...rest } = p
    const at = p.node === undefined ? undefined : positionOf(positions, p.node, p.property)
    return at ? { ...rest, line: at.line, column: at.column } : rest
  })
}

/**
 * DTS → board: {@link compileDts}, then the DTB importer, citing the DTS line of each node
 * and property in problems and provenance (dtc's `-T -T` annotations).
 *
 * @param source - DTS text
 * @param spawn - spawnSync or a compatible function
 * @param opts - board id
 */
export function dtsToBoard(source: string, spawn: SpawnSyncLike, opts: { id?: string } = {}): ImportResult<DtFacts | undefined> {
  const c = compileDts(source, spawn)
  if (!c.dtb) return { board: { id: opts.id ?? 'dts' }, provenance: {}, problems: c.problems, facts: undefined }
  // `/plugin/;` makes the source an overlay, with or without fragments (an empty one compiles
  // to a tree the DTB importer cannot tell from a board without memory).
  const plugin = pluginDirective(source)
  if (plugin) {
    return { board: { id: opts.id ?? 'dts' }, provenance: {}, problems: [...c.problems, { severity: 'error', source: 'dts', code: 'overlay', message: `/plugin/;: ${OVERLAY_MESSAGE}`, ...plugin }], facts: undefined }
  }
  const positions = annotate(source, spawn)
  // Cite the DTS's lines, not bytes of dtc's blob (dtc does not annotate /memreserve/ entries).
  const cite: DtCite = (node, property) => {
    const at = positionOf(positions, node, property)
    return `DTS (compiled by dtc) ${node}${property !== undefined ? ` ${property}` : ''}${at ? ` (line ${at.line}:${at.column})` : ''}`
  }
  const r = dtbToBoard(c.dtb, { ...opts, cite })
  return { ...r, problems: [...c.problems, ...locateInDts(r.problems, positions)] }
}

/** Where a DTS declares itself an overlay (`/plugin/;`, comments left out), or undefined. */
export function pluginDirective(source: string): { line: number; column: number } | undefined {
  const code = withoutComments(source)
  const at = code.search(/\/plugin\/\s*;/)
  if (at < 0) return undefined
  const before = code.slice(0, at)
  const line = before.split('\n').length
  return { line, column: at - before.lastIndexOf('\n') }
}

/**
 * `source` with its comments made spaces (newlines kept), so positions stay those of the
 * source: a `/* … *\/` from each `/*` that has a closing `*\/` after it, a `// …` to the end
 * of its line. By a scan: /\/\*[\s\S]*?\*\/|\/\/[^\n]*\/g searched to the end of the source
 * from every unclosed `/*` (quadratic on many); once no `*\/` follows, none closes any later.
 */
export function withoutComments(source: string): string {
  let out = ''
  let done = 0
  let closed = true
  const blank = (from: number, to: number): void => {
    out += source.slice(done, from) + source.slice(from, to).replace(/[^\n]/g, ' ')
    done = to
  }
  for (let i = 0; i < source.length - 1; ) {
    if (source[i] === '/' && source[i + 1] === '*' && closed) {
      const end = source.indexOf('*/', i + 2)
      if (end >= 0) {
        blank(i, end + 2)
        i = end + 2
        continue
      }
      closed = false
    } else if (source[i] === '/' && source[i + 1] === '/') {
      const nl = source.indexOf('\n', i + 2)
      const end = nl < 0 ? source.length : nl
      blank(i, end)
      i = end
      continue
    }
    i++
  }
  return out + source.slice(done)
}
