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
import { dtbToBoard, type DtFacts } from './dt-board.js'
import type { ImportProblem, ImportResult } from './types.js'

/** What a spawn returns (a subset of node's SpawnSyncReturns). */
export interface SpawnResult {
  status: number | null
  stdout: Uint8Array | string
  stderr: Uint8Array | string
  /** Set when the process could not run; `code` is `ENOENT` when the program is missing. */
  error?: { code?: string; message: string } | undefined
}

/** The shape of node:child_process `spawnSync(command, args, { input })`. */
export type SpawnSyncLike = (command: string, args: readonly string[], options: { input: Uint8Array; maxBuffer?: number }) => SpawnResult

/** How dtc is called: DTS from stdin, DTB to stdout, warnings off (-q). */
export const DTC_COMMAND = 'dtc'
export const DTC_ARGS: readonly string[] = ['-q', '-I', 'dts', '-O', 'dtb', '-o', '-', '-']

/** The message when dtc is missing (also used by the CLI's `--help`). */
export const DTC_MISSING =
  'dtc (the device tree compiler) is not installed, so the DTS cannot be compiled: install the Debian package device-tree-compiler (apt-get install device-tree-compiler), or compile the DTS yourself (dtc -I dts -O dtb -o board.dtb board.dts) and import the DTB'

const text = (x: Uint8Array | string): string => (typeof x === 'string' ? x : new TextDecoder().decode(x))

/** dtc's `Error: <stdin>:12.3-14 syntax error` → a located problem. */
function dtcProblems(stderr: string): ImportProblem[] {
  const out: ImportProblem[] = []
  for (const raw of stderr.split('\n')) {
    const l = raw.trim()
    if (l === '' || /^FATAL ERROR: Unable to parse input tree/.test(l)) continue
    const m = /^(Error|Warning)(?: \([^)]*\))?: (?:<stdin>|[^:\s]+):(\d+)\.(\d+)(?:-(?:\d+\.)?\d+)?:? (.*)$/.exec(l)
    if (m) out.push({ severity: m[1] === 'Error' ? 'error' : 'warning', source: 'dts', code: 'dtc', message: `dtc: ${m[4]}`, line: Number(m[2]), column: Number(m[3]) })
    else out.push({ severity: /^Warning/.test(l) ? 'warning' : 'error', source: 'dts', code: 'dtc', message: `dtc: ${l}` })
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
  const problems = dtcProblems(text(r.stderr))
  if (r.status !== 0) {
    if (!problems.some((p) => p.severity === 'error')) problems.push({ severity: 'error', source: 'dts', code: 'dtc', message: `dtc exited with status ${String(r.status)}` })
    const include = /^\s*#include\b/m.exec(source)
    if (include) {
      // `^\s*` may start on an earlier blank line: count lines up to the `#` itself.
      const line = source.slice(0, include.index + include[0].indexOf('#')).split('\n').length
      problems.push({ severity: 'note', source: 'dts', code: 'needsCpp', message: 'the DTS uses #include: run it through the C preprocessor first (cpp -nostdinc -undef -x assembler-with-cpp -I <kernel>/include board.dts), as the kernel build does', line })
    }
    return { problems }
  }
  const dtb = typeof r.stdout === 'string' ? new TextEncoder().encode(r.stdout) : r.stdout
  return { dtb, problems }
}

/**
 * DTS → board: {@link compileDts}, then the DTB importer. Problems of the DTB stage keep
 * their byte offsets (into dtc's output).
 *
 * @param source - DTS text
 * @param spawn - spawnSync or a compatible function
 * @param opts - board id
 */
export function dtsToBoard(source: string, spawn: SpawnSyncLike, opts: { id?: string } = {}): ImportResult<DtFacts | undefined> {
  const c = compileDts(source, spawn)
  if (!c.dtb) return { board: { id: opts.id ?? 'dts' }, provenance: {}, problems: c.problems, facts: undefined }
  const r = dtbToBoard(c.dtb, opts)
  const provenance = Object.fromEntries(Object.entries(r.provenance).map(([k, v]) => [k, v.replace(/^DTB /, 'DTS (compiled by dtc) ')]))
  return { ...r, provenance, problems: [...c.problems, ...r.problems] }
}
