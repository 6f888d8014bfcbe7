// SPDX-License-Identifier: GPL-2.0-only
/**
 * Merging the results of a fan-out's legs into one report, pure.
 *
 * - Findings: a document-level finding (a syntax or schema problem, a duplicate id) comes
 *   from every leg that opened the file; one copy is kept. Two findings are the same when
 *   file, rule, board, layout and pointer agree (and, to never fold two different
 *   problems of one value into one, their message id and message too).
 * - Layouts: each board belongs to exactly one leg; a layout seen twice (overlapping legs,
 *   a results file downloaded twice) is kept once and reported.
 * - Order: files sorted; layouts by file, then board position in the file (as one check()
 *   of the whole matrix lists them); findings as check() sorts them (file, position,
 *   severity, rule, message), then as check() leaves its ties, in the order of their layouts
 *   (a board's kernels as it lists them, not by name: 7.2 before 6.12 when the board says
 *   so), then by board, layout and pointer, so the result does not depend on the order the
 *   legs' files were found in.
 * - Shards: legs carry `k/n`; a missing k (a leg that failed before writing its results,
 *   an artifact not downloaded) or results from plans of different sizes make the merge
 *   incomplete, and say so.
 * - Problems: a leg that could not check everything it was given (a matrix file it could
 *   not find or read) still writes its results, with the reasons: they are the merge's
 *   problems too, naming the shard, as its report lacks what they name.
 * - Kernels: legs record their `kernel` input (`fanout.kernel`), and reports their override
 *   (`kernelOverride`); legs that checked different kernels (one with an override, one
 *   without, or two overrides) make one report of mismatched layouts, and say so, naming the
 *   shards. The merged report carries the override they agree on. Results files that record
 *   neither (a plain check without an override, or an older version) are left out of the
 *   comparison and listed.
 */
import { countFindings, type Finding, type LayoutReport, type Report } from '../index.js'
import { compareLayoutNames, layoutRanks, SEVERITY_RANK } from '../report/types.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { formatResults, type LegResults } from './results.js'
import { kernelKey, unmatchedPatterns } from '../matrix/decode.js'
import { parseShard } from './shard.js'

export interface ShardCoverage {
  /** n of `k/n` (the plan's job count). */
  total: number
  /** The k seen, sorted. */
  seen: number[]
  missing: number[]
  /** k seen in more than one results file. */
  repeated: number[]
}

export interface MergeOutcome {
  report: Report
  /** Copies of findings reported by more than one leg (document-level ones: expected), dropped. */
  duplicateFindings: number
  /** Layouts reported by more than one leg (`file boardId layoutName`), kept once. */
  duplicateLayouts: string[]
  /** Present when some legs carry a shard. */
  shards?: ShardCoverage
  /** Versions of crashkernel-check other than this one that wrote results. */
  otherVersions: string[]
  /** Legs (shard, or results file without one) whose results file does not record its kernel override. */
  kernelUnrecorded: string[]
  /** Why the merged report may be incomplete (missing shards, mixed plans, mixed kernels): each fails the step. */
  problems: string[]
  /**
   * The repository root every leg records (LegInfo.root), relative to a workspace; undefined
   * when a leg records none or they differ.
   */
  root?: string
}


/**
 * check()'s order (src/index.ts sortFindings): at one place and rule, by the finding's
 * layout, then by message. `layoutRank` is the position of the finding's layout in the
 * merged layouts, which are in check()'s order (-1 without a layout). Check's sort is stable
 * and adds a layout's findings layout by layout; board, layout and pointer make this one total.
 */
function compareFindings(a: Finding, b: Finding, layoutRank: (f: Finding) => number): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.location?.offset ?? -1) - (b.location?.offset ?? -1) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    a.ruleId.localeCompare(b.ruleId) ||
    layoutRank(a) - layoutRank(b) ||
    a.message.localeCompare(b.message) ||
    cmp(a.boardId ?? '', b.boardId ?? '') ||
    compareLayoutNames(a.layoutName ?? '', b.layoutName ?? '') ||
    cmp(a.pointer, b.pointer)
  )
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/**
 * The identity of a finding across legs.
 *
 * @example
 * findingKey({ file: 'm.json', ruleId: 'SC002', boardId: 'rpi4', layoutName: undefined, pointer: '/boards/0/x', messageId: 'unknownProperty', message: 'unknown property "x"' })
 * // → 'm.json\0SC002\0rpi4\0\0/boards/0/x\0unknownProperty\0unknown property "x"'
 */
export function findingKey(f: Pick<Finding, 'file' | 'ruleId' | 'boardId' | 'layoutName' | 'pointer' | 'messageId' | 'message'>): string {
  return [f.file, f.ruleId, f.boardId ?? '', f.layoutName ?? '', f.pointer, f.messageId, f.message].join('\0')
}

function boardIndex(pointer: string): number {
  const m = /^\/boards\/(\d+)/.exec(pointer)
  return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER
}

function coverage(legs: readonly LegResults[], problems: string[], unread: number): ShardCoverage | undefined {
  const shards = legs.flatMap((l) => (l.leg?.shard === undefined ? [] : [{ source: l.source, shard: l.leg.shard, parsed: parseShard(l.leg.shard) }]))
  if (shards.length === 0) return undefined
  for (const s of shards) if (!s.parsed) problems.push(`${s.source}: shard "${s.shard}" is not k/n`)
  const totals = [...new Set(shards.flatMap((s) => (s.parsed ? [s.parsed[1]] : [])))].sort((a, b) => a - b)
  if (totals.length > 1) problems.push(`the results come from plans of different sizes (${totals.map((t) => `${t} jobs`).join(', ')}): download only this run's artifacts`)
  const total = totals[totals.length - 1] ?? 0
  const count = new Map<number, number>()
  for (const s of shards) if (s.parsed && s.parsed[1] === total) count.set(s.parsed[0], (count.get(s.parsed[0]) ?? 0) + 1)
  const seen = [...count.keys()].sort((a, b) => a - b)
  const missing: number[] = []
  for (let k = 1; k <= total; k++) if (!count.has(k)) missing.push(k)
  const repeated = seen.filter((k) => count.get(k)! > 1)
  if (missing.length > 0) {
    const list = missing.slice(0, 20).map((k) => `${k}/${total}`).join(', ')
    // A results file that could not be read is a job's whose shard is unknown: it may be one of these.
    const unreadable = unread > 0 ? `the ${unread} results file(s) that could not be read may hold them, ` : ''
    problems.push(`results of ${missing.length} of ${total} check job(s) are missing (${list}${missing.length > 20 ? ', …' : ''}): ${unreadable}a job failed before writing them, or its artifact was not uploaded or downloaded; the merged report is incomplete`)
  }
  return { total, seen, missing, repeated }
}

/**
 * A shard seen in several results files is one artifact downloaded twice when they hold the
 * same results; when they differ, they come from two runs (another commit, an older
 * artifact), and the merge would count the findings of both.
 */
function differingCopies(legs: readonly LegResults[], shards: ShardCoverage): string[] {
  return shards.repeated.flatMap((k) => {
    const copies = legs.filter((l) => l.leg?.shard !== undefined && parseShard(l.leg.shard)?.join('/') === `${k}/${shards.total}`)
    if (new Set(copies.map((l) => formatResults(l.report, l.leg))).size === 1) return []
    return [`the results files of shard ${k}/${shards.total} differ (${copies.map((l) => l.source).join(', ')}): they come from different runs or commits, and the merged report would count both: download only this run's artifacts`]
  })
}

/** Leg names for a message: the first 20, and how many there are when more. */
function legList(names: readonly string[]): string {
  return `${names.slice(0, 20).join(', ')}${names.length > 20 ? `, … (${names.length})` : ''}`
}

/** A leg for messages: its shard, else its results file. */
function legName(l: LegResults): string {
  return l.leg?.shard !== undefined ? `shard ${l.leg.shard}` : l.source
}

/**
 * The kernels a leg checked: its `kernel` input as its fan-out record has it (empty: each
 * board's own), else its report's override; undefined when the file records neither.
 */
function legKernel(l: LegResults): string[] | undefined {
  return l.leg?.kernel ?? l.report.kernelOverride
}

/**
 * The legs that record a commit of one repository (their `root`) checked one: results of
 * another commit (an older run's artifact in place of a missing leg's) would make every shard
 * look present while the merged report mixes two versions of the matrix. Legs of matrix files
 * in other checkouts record those repositories' commits, which differ rightly; a leg whose
 * files lay in several records no root and is left out.
 */
function differentCommits(legs: readonly LegResults[]): string[] {
  const byRoot = new Map<string, Map<string, string[]>>()
  for (const l of legs) {
    const { root, commit } = l.leg ?? {}
    if (root === undefined || commit === undefined) continue
    const groups = byRoot.get(root) ?? new Map<string, string[]>()
    groups.set(commit, [...(groups.get(commit) ?? []), legName(l)])
    byRoot.set(root, groups)
  }
  return [...byRoot].flatMap(([root, groups]) => {
    if (groups.size < 2) return []
    const parts = [...groups].map(([commit, names]) => `${legList(names)} at ${commit.slice(0, 12)}`)
    return [`the check jobs checked different commits${root === '' ? '' : ` of ${root}`}: ${parts.join('; ')}; the merged report would mix them: download only this run's artifacts`]
  })
}

/**
 * The kernel override every leg that records one ran with (empty: none, each board's own
 * kernels); undefined when none records it or they differ, and then a problem names which
 * legs checked which kernels.
 */
function commonKernel(legs: readonly LegResults[], problems: string[]): string[] | undefined {
  const groups = new Map<string, { kernel: string[]; legs: string[] }>()
  for (const l of legs) {
    const kernel = legKernel(l)
    if (kernel === undefined) continue
    const key = kernelKey(kernel)
    const group = groups.get(key)
    if (group) group.legs.push(legName(l))
    else groups.set(key, { kernel, legs: [legName(l)] })
  }
  if (groups.size === 0) return undefined
  if (groups.size === 1) return [...groups.values()][0]!.kernel
  const parts = [...groups.values()].map((g) => `${legList(g.legs)} with ${g.kernel.length > 0 ? `kernel ${g.kernel.join(',')}` : "each board's own kernels (no input \"kernel\")"}`)
  problems.push(`the check jobs checked different kernels: ${parts.join('; ')}; the merged report mixes layouts of other kernels than the plan balanced: give the plan job input "kernel" and every check job kernel: \${{ matrix.kernel }}`)
  return undefined
}

/**
 * The boards a leg was given that are in none of its files and that no leg checked: the plan
 * gave each board id to one leg, so such an id was renamed or removed after the plan, and a
 * board that replaced it was checked by no leg. An item of the plan's own filter, which a leg
 * of whole files carries without a board of its own, matches a board another leg checked.
 */
function vanishedBoards(legs: readonly LegResults[]): string[] {
  const matched = new Set<string>()
  const ids = new Set<string>()
  for (const l of legs) {
    const unmatched = new Set(l.leg?.unmatchedBoards ?? [])
    for (const b of l.leg?.boards ?? []) if (!unmatched.has(b)) matched.add(b)
    for (const x of [...l.report.layouts, ...l.report.findings]) if (x.boardId !== undefined) ids.add(x.boardId)
  }
  for (const b of matched) if (!b.includes('*')) ids.add(b)
  const problems = new Set<string>()
  for (const l of legs) {
    for (const b of l.leg?.unmatchedBoards ?? []) {
      if (matched.has(b) || unmatchedPatterns([b], ids).length === 0) continue
      problems.add(`${legName(l)} was given board "${b}", which is in none of its files (${l.leg!.files.join(', ')}), and no other check job checked it: the matrix files changed after the plan (a board added or renamed since was checked by no job either), so the merged report is incomplete: plan and check the same commit`)
    }
  }
  return [...problems]
}

/**
 * Merges the legs' results into one report.
 *
 * @param legs - the results files read back (parseResults), in any order
 * @param unread - how many results files the caller could not read or parse (the missing jobs' message says they may be those)
 * @returns the merged report (counts recomputed; `kernelOverride` the one the legs agree on;
 *   each board's `boardSuggestions` once), what was deduplicated, shard coverage, and problems
 * @example
 * mergeResults([leg1, leg2]).report.counts // → the counts one check() of the whole matrix gives
 * (and its findings; their verified fixes can be more, as each leg had a suggestion budget of its own)
 */
export function mergeResults(legs: readonly LegResults[], unread = 0): MergeOutcome {
  const problems: string[] = []
  const shardOf = (l: LegResults) => (l.leg?.shard !== undefined ? (parseShard(l.leg.shard)?.[0] ?? Infinity) : Infinity)
  const ordered = [...legs].sort((a, b) => shardOf(a) - shardOf(b) || cmp(a.source, b.source))
  const shards = coverage(ordered, problems, unread)
  if (shards) problems.push(...differingCopies(ordered, shards))
  problems.push(...differentCommits(ordered))
  const kernel = commonKernel(ordered, problems)
  // A missing shard explains a board no leg checked: it is said already.
  if (!shards || shards.missing.length === 0) problems.push(...vanishedBoards(ordered))
  // Once each, also when a leg's results file was downloaded twice.
  // A check job's are in its fan-out record; a results file of a run that was no leg has them in its report.
  const incomplete = new Set(ordered.flatMap((l) => (l.leg?.problems ?? l.report.problems ?? []).map((p) => `${legName(l)} did not check everything it was given, so the merged report is incomplete: ${p}`)))
  problems.push(...incomplete)

  const files = [...new Set(ordered.flatMap((l) => l.report.files))].sort()
  const fileIndex = new Map(files.map((f, i) => [f, i]))

  const seenFindings = new Set<string>()
  const findings: Finding[] = []
  let duplicateFindings = 0
  for (const l of ordered) {
    for (const f of l.report.findings) {
      const key = findingKey(f)
      if (seenFindings.has(key)) {
        duplicateFindings++
        continue
      }
      seenFindings.add(key)
      findings.push(f)
    }
  }
  const seenLayouts = new Set<string>()
  const duplicateLayouts: string[] = []
  const layouts: Array<{ l: LayoutReport; seq: number }> = []
  for (const l of ordered) {
    for (const layout of l.report.layouts) {
      const key = `${layout.file}\0${layout.boardId}\0${layout.layoutName}`
      if (seenLayouts.has(key)) {
        duplicateLayouts.push(`${layout.file} ${layout.boardId} ${layout.layoutName}`)
        continue
      }
      seenLayouts.add(key)
      layouts.push({ l: layout, seq: layouts.length })
    }
  }
  layouts.sort((a, b) => (fileIndex.get(a.l.file) ?? 0) - (fileIndex.get(b.l.file) ?? 0) || boardIndex(a.l.pointer) - boardIndex(b.l.pointer) || a.seq - b.seq)
  const layoutRank = layoutRanks(layouts.map((x) => x.l))
  findings.sort((a, b) => compareFindings(a, b, layoutRank))

  // Each board is one leg's (the plan gives a board id one unit); a leg downloaded twice gives it
  // twice. A board whose layouts read several command lines has one value per line (its pointer).
  const seenBoards = new Set<string>()
  const boardSuggestions = ordered
    .flatMap((l) => l.report.boardSuggestions ?? [])
    .filter((b) => {
      const key = `${b.file}\0${b.boardId}\0${b.suggestion.pointer ?? ''}`
      return !seenBoards.has(key) && seenBoards.add(key)
    })
    .map((b, seq) => ({ b, seq }))
    .sort((x, y) => (fileIndex.get(x.b.file) ?? 0) - (fileIndex.get(y.b.file) ?? 0) || boardIndex(x.b.suggestion.pointer ?? '') - boardIndex(y.b.suggestion.pointer ?? '') || x.seq - y.seq)
    .map((x) => x.b)

  // A file that does not decode is every leg's that opened it; a board, one leg's (twice when downloaded twice).
  const seenUnsimulated = new Set<string>()
  const unsimulated = ordered
    .flatMap((l) => l.report.unsimulated ?? [])
    .filter((u) => {
      const key = `${u.file}\0${u.pointer ?? ''}`
      return !seenUnsimulated.has(key) && seenUnsimulated.add(key)
    })
    .map((u, seq) => ({ u, seq }))
    .sort((x, y) => (fileIndex.get(x.u.file) ?? 0) - (fileIndex.get(y.u.file) ?? 0) || boardIndex(x.u.pointer ?? '') - boardIndex(y.u.pointer ?? '') || x.seq - y.seq)
    .map((x) => x.u)

  const otherVersions = [...new Set(ordered.map((l) => l.report.tool.version))].filter((v) => v !== VERSION).sort()
  return {
    report: {
      tool: { name: TOOL_NAME, version: VERSION },
      files,
      findings,
      layouts: layouts.map((x) => x.l),
      counts: countFindings(findings),
      ...(kernel && kernel.length > 0 && { kernelOverride: kernel }),
      ...(boardSuggestions.length > 0 && { boardSuggestions }),
      ...(unsimulated.length > 0 && { unsimulated }),
    },
    duplicateFindings,
    duplicateLayouts,
    ...(shards && { shards }),
    otherVersions,
    kernelUnrecorded: ordered.filter((l) => legKernel(l) === undefined).map(legName),
    problems,
    ...commonRoot(ordered),
  }
}

/** The root every leg records, when they all record the same one. */
function commonRoot(legs: readonly LegResults[]): { root?: string } {
  const roots = new Set(legs.map((l) => l.leg?.root))
  const [root] = roots
  return roots.size === 1 && root !== undefined ? { root } : {}
}
