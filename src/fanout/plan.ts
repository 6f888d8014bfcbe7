// SPDX-License-Identifier: GPL-2.0-only
/**
 * Fan-out planning, pure: matrix files → a GitHub Actions `strategy.matrix` whose jobs
 * ("legs") together check every board exactly once.
 *
 * Cheap on purpose: parse, validate and decode (exact layout counts), never simulate. The
 * decode dominates: about 2 s of the 4 s a cold plan of 10,000 generated boards takes.
 *
 * The unit of work is a board id, across files: a leg gets `boards: <ids>` and
 * `files: <files>` and checks those ids in those files. Because one unit holds every file
 * where its id is a checkable board, no (file, board) pair can be picked up by two legs, even
 * when two files use the same id. A file with no board to plan (a syntax error, a refused or
 * schema-invalid document, no board the `boards` filter keeps) but findings check() reports
 * under that filter gets a "whole file" unit, so a leg reports them. Document-level findings
 * come from every leg that opens the file; the aggregate job keeps one of each (merge.ts).
 *
 * Units are spread over at most min(maxJobs, 256) jobs by layout count: largest first onto
 * the least-loaded job (LPT), ties broken by order in the files, so the plan is a pure
 * function of the files and the options.
 */
import { ConfigurationError } from '../errors.js'
import { boardFilter, boardIds, checkKernelOverride, isSelectableId, unmatchedPatterns } from '../matrix/decode.js'
import type { BoardMatrix } from '../matrix/generated/board-matrix.js'
import { readMatrix, withBoardPolicies } from '../read-matrix.js'
import { formatShard } from './shard.js'

/** GitHub runs at most 256 jobs from one matrix. */
export const MATRIX_MAX_JOBS = 256

/** What a leg checks: one board id (in every file that has it) or one whole file. */
export interface PlanUnit {
  /** The board id; undefined for a whole-file unit. */
  id?: string
  /** Workspace-relative files, in the plan's file order. */
  files: string[]
  /**
   * Layouts (board × RAM variant × kernel) the unit simulates: 0 for a whole-file unit, or a
   * board whose every layout was dropped for a semantic problem (planShards() weighs such a
   * unit as 1: its leg still reads and reports the file).
   */
  layouts: number
}

/** One entry of `strategy.matrix.include`: the inputs of one check leg. */
export interface ShardEntry {
  /**
   * `k/n`, 1-based, followed by ` (kernel <list>)` when the plan has a kernel override: the
   * leg's `shard` input, and a readable job name (src/fanout/shard.ts).
   */
  shard: string
  /** Comma-separated board ids: the leg's `boards` input (empty: every board of `files`). */
  boards: string
  /** Comma-separated matrix files: the leg's `matrix` input. */
  files: string
  /** Layouts the leg simulates (what the plan balanced). */
  layouts: number
  /** The plan's kernel override, comma-separated: the leg's `kernel` input (empty: none). */
  kernel: string
}

/** A `strategy.matrix` value. */
export interface FanoutMatrix {
  include: ShardEntry[]
}

export interface PlanOptions {
  /** Board ids to plan (`*` wildcards); all when empty. */
  boards?: readonly string[]
  /** Kernel override, as for check(). */
  kernels?: readonly string[]
  /** At most this many jobs (default and ceiling: 256). */
  maxJobs?: number
}

export interface FanoutPlan {
  matrix: FanoutMatrix
  /** Distinct board ids planned (a leg's unit: an id in two files is one). */
  boards: number
  /** Boards planned counted in each file, as the report counts them (an id in two files is two). */
  fileBoards: number
  /** Layouts planned (the sum over jobs). */
  layouts: number
  /**
   * Files planned whole, for their problems alone (a syntax error, a file refused for its size,
   * no board the filter keeps but findings under it): a leg reports them and simulates nothing.
   */
  problemFiles: number
  /** The `boards` patterns that match no board id of any file (the action fails on them). */
  unmatchedBoards: string[]
}

/** One matrix file's checkable boards. */
export interface FileUnits {
  file: string
  boards: Array<{ id: string; layouts: number }>
  /**
   * check() under the `boards` filter reports problems of the file before simulating (syntax,
   * schema, duplicate ids …, and those of the boards the filter keeps): a file with no board
   * to plan needs a leg only then.
   */
  hasProblems: boolean
  /** Every board id in the file, selected or not. */
  ids: string[]
}

/**
 * The checkable boards of one file, with their layout counts (no simulation).
 *
 * @param text - the file's content
 * @param file - its workspace-relative path
 * @param options - the `boards` filter and the kernel override
 * @returns the boards check() would decode or report a schema problem of, in file order
 *   (first occurrence of an id only)
 */
export function fileUnits(text: string, file: string, options: Pick<PlanOptions, 'boards' | 'kernels'> = {}): FileUnits {
  // One read, as check() reads the file: its layouts weigh the units, and its findings (what
  // check() would report under this filter) decide whether a file with no board needs a leg.
  const { doc, findings, decoded, invalid } = readMatrix(text, file, { ...(options.boards !== undefined && { boards: options.boards }), ...(options.kernels !== undefined && { kernels: options.kernels }) })
  const ids = boardIds(doc.value)
  const hasProblems = withBoardPolicies(findings, decoded?.policies).length > 0
  // A syntax error, or a schema error outside the boards: nothing to decode, nothing to split.
  if (!decoded || !invalid) return { file, boards: [], hasProblems, ids }
  const layouts = new Map<string, number>()
  for (const l of decoded.layouts) layouts.set(l.boardId, (layouts.get(l.boardId) ?? 0) + 1)
  const matrix = doc.value as BoardMatrix
  const keep = boardFilter(options.boards)
  const seen = new Set<string>()
  const boards: FileUnits['boards'] = []
  matrix.boards.forEach((board, index) => {
    const id = (board as { id?: unknown } | null)?.id
    // A leg's `boards` input cannot select an id the schema refuses ("a,b" splits, "rk*"
    // matches others): check() reports such a board's problems to every leg that opens the
    // file, like a document-level problem, so it is no unit of its own.
    if (!isSelectableId(id) || seen.has(id)) return
    seen.add(id)
    // A duplicate id is reported by any leg that opens the file. A schema-invalid board is a
    // unit like any other: check() reports a board's problems only to the leg whose `boards`
    // selects it.
    if (!keep(id)) return
    boards.push({ id, layouts: invalid.has(index) ? 0 : (layouts.get(id) ?? 0) })
  })
  return { file, boards, hasProblems, ids }
}

/**
 * Groups the files' boards into units: one per board id (all files that have it), plus one
 * whole-file unit per file with no board to plan but findings of its own (a file with
 * neither needs no leg: a file whose boards the filter leaves out plans no job).
 *
 * @param files - per file, in the plan's file order
 * @returns units in order of first appearance
 */
export function collectUnits(files: readonly FileUnits[]): PlanUnit[] {
  const units: PlanUnit[] = []
  const byId = new Map<string, PlanUnit>()
  for (const f of files) {
    if (f.boards.length === 0) {
      if (f.hasProblems) units.push({ files: [f.file], layouts: 0 })
      continue
    }
    for (const b of f.boards) {
      const unit = byId.get(b.id)
      if (unit) {
        if (!unit.files.includes(f.file)) unit.files.push(f.file)
        unit.layouts += b.layouts
      } else {
        const created = { id: b.id, files: [f.file], layouts: b.layouts }
        byId.set(b.id, created)
        units.push(created)
      }
    }
  }
  return units
}

/**
 * Spreads units over jobs: one job per unit when they fit, else at most `maxJobs` jobs
 * balanced by layout count (largest unit first onto the least-loaded job).
 *
 * @param units - in order of first appearance
 * @param options - `maxJobs` (1…256, default 256); `boards`: the filter a leg of whole-file
 *   units only must keep (so it checks no board the plan left out); `kernels`: the override
 *   the layouts were counted for, which every leg must check (`kernel` and `shard`)
 * @returns the `strategy.matrix`; `{ include: [] }` when there is nothing to check
 * @example
 * planShards([{ id: 'a', files: ['m.json'], layouts: 3 }, { id: 'b', files: ['m.json'], layouts: 1 }, { id: 'c', files: ['m.json'], layouts: 2 }], { maxJobs: 2 })
 * // → { include: [{ shard: '1/2', boards: 'a', files: 'm.json', layouts: 3, kernel: '' },
 * //               { shard: '2/2', boards: 'b,c', files: 'm.json', layouts: 3, kernel: '' }] }
 */
export function planShards(units: readonly PlanUnit[], options: { maxJobs?: number; boards?: readonly string[]; kernels?: readonly string[] } = {}): FanoutMatrix {
  const maxJobs = options.maxJobs ?? MATRIX_MAX_JOBS
  if (!Number.isInteger(maxJobs) || maxJobs < 1 || maxJobs > MATRIX_MAX_JOBS) throw new ConfigurationError(`max-jobs must be a whole number from 1 to ${MATRIX_MAX_JOBS}, not ${maxJobs}`)
  const n = Math.min(units.length, maxJobs)
  if (n === 0) return { include: [] }
  const bins: number[][] = Array.from({ length: n }, () => [])
  const loads = new Array<number>(n).fill(0)
  // A unit that simulates nothing (a whole file for its problems, a board whose layouts were
  // all dropped) still costs its leg a read and a report: it weighs 1.
  const weight = (i: number): number => Math.max(1, units[i]!.layouts)
  const bySize = units.map((u, i) => i).sort((a, b) => weight(b) - weight(a) || a - b)
  for (const i of bySize) {
    let best = 0
    for (let j = 1; j < n; j++) if (loads[j]! < loads[best]!) best = j
    bins[best]!.push(i)
    loads[best]! += weight(i)
  }
  for (const bin of bins) bin.sort((a, b) => a - b)
  bins.sort((a, b) => a[0]! - b[0]!)
  const fileOrder = new Map<string, number>()
  for (const u of units) for (const f of u.files) if (!fileOrder.has(f)) fileOrder.set(f, fileOrder.size)
  const kernel = [...(options.kernels ?? [])]
  return {
    include: bins.map((bin, k) => {
      const members = bin.map((i) => units[i]!)
      const ids = members.flatMap((u) => (u.id === undefined ? [] : [u.id]))
      const files = [...new Set(members.flatMap((u) => u.files))].sort((a, b) => fileOrder.get(a)! - fileOrder.get(b)!)
      // A leg of whole-file units only, or of every unit (one job), keeps the plan's own
      // filter (empty = every board): it selects the same boards, and a one-job plan of a
      // large fleet would otherwise list more ids than one input can carry.
      const boards = ids.length > 0 && bin.length < units.length ? ids : [...(options.boards ?? [])]
      return { shard: formatShard(k + 1, n, kernel), boards: boards.join(','), files: files.join(','), layouts: members.reduce((s, u) => s + u.layouts, 0), kernel: kernel.join(',') }
    }),
  }
}

/**
 * Plans the fan-out of matrix files.
 *
 * @param files - the files (workspace-relative path and content), in check order
 * @param options - `boards` filter, `kernels` override, `maxJobs`
 * @returns the `strategy.matrix` and what it covers
 * @throws ConfigurationError for a kernel override that names no modelled kernel, or a bad maxJobs
 */
export function planFanout(files: ReadonlyArray<{ path: string; text: string }>, options: PlanOptions = {}): FanoutPlan {
  checkKernelOverride(options.kernels, 'kernel override')
  const perFile = files.map((f) => fileUnits(f.text, f.path, options))
  const units = collectUnits(perFile)
  const matrix = planShards(units, { ...(options.maxJobs !== undefined && { maxJobs: options.maxJobs }), ...(options.boards && { boards: options.boards }), ...(options.kernels && { kernels: options.kernels }) })
  // A file with no board to check and no problem needs no leg of its own, but the first leg
  // reads it (it finds nothing there), so that the aggregate's report names every file a
  // single job's would ("none from boards/empty.json").
  const empty = perFile.filter((f) => f.boards.length === 0 && !f.hasProblems).map((f) => f.file)
  const first = matrix.include[0]
  if (first !== undefined && empty.length > 0) {
    const order = new Map(files.map((f, i) => [f.path, i]))
    first.files = [...first.files.split(','), ...empty].sort((a, b) => order.get(a)! - order.get(b)!).join(',')
  }
  return {
    matrix,
    boards: units.filter((u) => u.id !== undefined).length,
    fileBoards: perFile.reduce((n, f) => n + f.boards.length, 0),
    layouts: matrix.include.reduce((s, e) => s + e.layouts, 0),
    problemFiles: units.filter((u) => u.id === undefined).length,
    unmatchedBoards: unmatchedPatterns(options.boards ?? [], perFile.flatMap((f) => f.ids)),
  }
}
