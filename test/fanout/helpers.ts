// SPDX-License-Identifier: GPL-2.0-only
/**
 * Shared by the fan-out tests: the repository's matrix fixtures, and a fan-out run in process
 * (plan → one check() per leg, as the action's check mode does → results files → merge).
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { generateFleet } from '../../scripts/fleet.js'
import { mergeResults, type MergeOutcome } from '../../src/fanout/merge.js'
import { planFanout, type FanoutPlan, type PlanOptions, type ShardEntry } from '../../src/fanout/plan.js'
import { formatResults, parseResults, type LegInfo } from '../../src/fanout/results.js'
import { readShard, splitList } from '../../src/fanout/shard.js'
import { check, mergeReports, type Report } from '../../src/index.js'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface MatrixFile {
  path: string
  text: string
}

export function fixture(path: string): MatrixFile {
  return { path, text: readFileSync(`${ROOT}${path}`, 'utf8') }
}

export function fleet(n: number, path = 'boards/fleet.json'): MatrixFile {
  return { path, text: `${JSON.stringify(generateFleet(n), null, 2)}\n` }
}

export function matrix(boards: unknown[], path = 'm.json'): MatrixFile {
  return { path, text: JSON.stringify({ version: 1, boards }, null, 2) }
}

/** What the action's check mode does for one entry of the plan (its inputs read as the action reads them). */
export function checkLeg(files: readonly MatrixFile[], entry: ShardEntry, kernels: readonly string[] = []): Report {
  const boards = splitList(entry.boards)
  const reports = splitList(entry.files).map((path) => {
    const file = files.find((f) => f.path === path)
    if (!file) throw new Error(`the plan names ${path}, which is not an input`)
    return check(file.text, path, { ...(boards.length > 0 && { boards }), ...(kernels.length > 0 && { kernels }) })
  })
  return mergeReports(reports)
}

/** Files in the action's order (src/action/files.ts sorts them). */
function sorted(files: readonly MatrixFile[]): MatrixFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

/** The results file's `fanout` record of the leg that ran this entry, as the action writes it (shard `k/n`, the override apart). */
export function legInfo(entry: ShardEntry): LegInfo {
  const shard = readShard(entry.shard)
  if (!shard) throw new Error(`the plan wrote shard ${entry.shard}, which a leg refuses`)
  return { shard: `${shard.k}/${shard.n}`, files: splitList(entry.files), boards: splitList(entry.boards), kernel: splitList(entry.kernel) }
}

/** plan → legs (each with the entry's kernel, as the README's check job) → results files → merge, in process. */
export function fanOut(files: readonly MatrixFile[], options: PlanOptions = {}): { plan: FanoutPlan; legs: Report[]; merged: MergeOutcome } {
  const plan = planFanout(sorted(files), options)
  const legs = plan.matrix.include.map((entry) => checkLeg(files, entry, splitList(entry.kernel)))
  const results = legs.map((report, i) => parseResults(formatResults(report, legInfo(plan.matrix.include[i]!)), `leg-${i}.json`))
  return { plan, legs, merged: mergeResults(results) }
}

/** One check() of all files, as a single job of the action would do. */
export function checkAll(files: readonly MatrixFile[], options: Pick<PlanOptions, 'boards' | 'kernels'> = {}): Report {
  return mergeReports(sorted(files).map((f) => check(f.text, f.path, { ...(options.boards && { boards: options.boards }), ...(options.kernels && { kernels: options.kernels }) })))
}

/** Findings as comparable strings (order-free). */
export function findingSet(report: Report): string[] {
  return report.findings.map((f) => `${f.file} ${f.ruleId} ${f.boardId ?? ''} ${f.layoutName ?? ''} ${f.pointer} ${f.message}${f.suppressed ? ' (suppressed)' : ''}`).sort()
}

/** Layouts as `file board layout`, in report order. */
export function layoutList(report: Report): string[] {
  return report.layouts.map((l) => `${l.file} ${l.boardId} ${l.layoutName}`)
}
