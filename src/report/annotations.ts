// SPDX-License-Identifier: GPL-2.0-only
/**
 * Report → the annotations to emit, within GitHub's limits: at most 10 error, 10 warning and
 * 10 notice annotations per step and 50 per job (actions/toolkit docs/problem-matchers.md).
 * Findings that differ only in their layout (the same rule, message and fix at the same place:
 * one command line, every RAM variant and kernel of a board) share one annotation that names
 * their layouts, so that the 10 slots of a level go to 10 different problems.
 * Order: the most severe first; within a level, findings on lines the pull request changed
 * first; then file and position. Whatever does not fit goes to `overflow`, which the job
 * summary counts (its findings table lists every finding), so nothing is dropped silently.
 */
import { expectReport } from '../errors.js'
import { findingScope, groupFindings, groupScope, SEVERITY_RANK, type Finding, type Report } from './types.js'

/** GitHub's per-step cap for each annotation level. */
export const MAX_PER_LEVEL = 10
/** GitHub's per-job cap over all levels. */
export const MAX_PER_JOB = 50

export type AnnotationLevel = 'error' | 'warning' | 'notice'

/** One annotation, in the shape of @actions/core's AnnotationProperties plus level and message. */
export interface Annotation {
  level: AnnotationLevel
  message: string
  title: string
  file: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
  /** The finding sits on a line the pull request changed. */
  onChangedLine: boolean
  /** The first of `findings`. */
  finding: Finding
  /** The findings the annotation stands for: one, or several that differ only in their layout. */
  findings: Finding[]
}

/**
 * The annotation as @actions/core's AnnotationProperties (what `core.error(message, props)` takes).
 */
export function annotationProperties(a: Annotation): { title: string; file: string; startLine?: number; endLine?: number; startColumn?: number; endColumn?: number } {
  return {
    title: a.title,
    file: a.file,
    ...(a.startLine !== undefined && { startLine: a.startLine }),
    ...(a.endLine !== undefined && { endLine: a.endLine }),
    ...(a.startColumn !== undefined && { startColumn: a.startColumn }),
    ...(a.endColumn !== undefined && { endColumn: a.endColumn }),
  }
}

export interface AnnotationPlan {
  emit: Annotation[]
  overflow: Finding[]
}

/** Lines a pull request added or changed, by workspace-relative path (1-based, new side). */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>

export interface AnnotationOptions {
  /** Per-level cap (default 10, GitHub's per-step limit). */
  perLevel?: number | undefined
  /** Cap over all levels (default 50, GitHub's per-job limit). */
  perJob?: number | undefined
  /**
   * Slots kept free per level for the caller's own annotations: `core.setFailed` prints an
   * `::error::` that counts against the same 10, and so does a warning or notice the action
   * prints about itself (comment skipped, SARIF problem, "N more not shown").
   */
  reserved?: Partial<Record<AnnotationLevel, number>> | undefined
  /** Lines the pull request changed; findings on them come first within a level. */
  changedLines?: ChangedLines | undefined
}

/**
 * Whether a finding's span touches a changed line.
 *
 * @example
 * onChangedLine(findingAtLine12, new Map([['m.json', new Set([12])]])) // → true
 */
export function onChangedLine(f: Finding, changed: ChangedLines | undefined): boolean {
  const lines = changed?.get(f.file)
  if (!lines || !f.location) return false
  for (let l = f.location.line; l <= Math.max(f.location.line, f.location.endLine); l++) if (lines.has(l)) return true
  return false
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }

/** At most this many of a finding's kernel lines go into its annotation. */
const MAX_DMESG_LINES = 3
/** At most this many layouts are named in one annotation; the rest are counted. */
const MAX_SCOPE_LAYOUTS = 12

/** The crash kernel lines a finding's evidence holds that its message does not quote. */
function dmesgLines(f: Finding): string[] {
  return [...new Set(f.evidence.filter((e) => e.source === 'crashkernel').map((e) => e.text))].filter((t) => !f.message.includes(t))
}

/**
 * The annotation's text: the finding, then on lines of their own the crash kernel lines the
 * kernel prints that back it (those the message does not already quote; the "Zone ranges:"
 * block some findings also carry is left to the job summary) and its verified fix, so the line
 * of the pull request says what the kernel would print and what to change.
 */
export function annotationMessage(f: Finding, group: readonly Finding[] = [f]): string {
  const lines = [`${f.message}${groupScope(group, MAX_SCOPE_LAYOUTS)}`]
  const dmesg = dmesgLines(f)
  // Layouts whose kernels print different lines (other addresses): the first one's, named.
  const same = group.every((g) => g === f || dmesgLines(g).join('\n') === dmesg.join('\n'))
  const label = same ? 'dmesg' : `dmesg${findingScope(f)}`
  for (const t of dmesg.slice(0, MAX_DMESG_LINES)) lines.push(`${label}: ${t}`)
  // The rest are in the finding's evidence (the JSON report, SARIF's `dmesg`, `explain`).
  if (dmesg.length > MAX_DMESG_LINES) lines.push(`${label}: … and ${dmesg.length - MAX_DMESG_LINES} more line${dmesg.length - MAX_DMESG_LINES > 1 ? 's' : ''}`)
  if (f.suggestion) lines.push(`Fix: ${f.suggestion.description}`)
  return lines.join('\n')
}

function toAnnotation(group: Finding[], changed: boolean): Annotation {
  const f = group[0]!
  const loc = f.location
  return {
    level: LEVEL[f.severity],
    message: annotationMessage(f, group),
    title: `${f.ruleId} ${f.ruleName}`,
    file: f.file,
    ...(loc && {
      startLine: loc.line,
      endLine: loc.line,
      startColumn: loc.column,
      // GitHub ignores columns on multi-line spans; keep the span on its first line.
      ...(loc.endLine === loc.line && loc.endColumn > loc.column && { endColumn: loc.endColumn }),
    }),
    onChangedLine: changed,
    finding: f,
    findings: group,
  }
}

/**
 * toAnnotations() keeping `reserve(false)` slots for the caller's own annotations, and
 * `reserve(true)` where findings are left over: the line that says so is an annotation too,
 * within the same 10 a level, and GitHub drops what comes last.
 *
 * @example
 * annotationsKeeping(report, (overflow) => ({ error: 1, notice: overflow ? 1 : 0 }))
 */
export function annotationsKeeping(report: Report, reserve: (overflowNotice: boolean) => NonNullable<AnnotationOptions['reserved']>, options: Omit<AnnotationOptions, 'reserved'> = {}): AnnotationPlan {
  const plan = toAnnotations(report, { ...options, reserved: reserve(false) })
  return plan.overflow.length > 0 ? toAnnotations(report, { ...options, reserved: reserve(true) }) : plan
}

/**
 * Plans the annotations for a report.
 *
 * @param report - the report
 * @param options - caps (defaults: GitHub's), reserved slots, the PR's changed lines
 * @returns annotations to emit and findings left over (in the same order)
 * @example
 * toAnnotations(reportWith12Errors).emit.length   // → 10
 * toAnnotations(reportWith12Errors).overflow.length // → 2
 * toAnnotations(reportWith12Errors, { reserved: { error: 1 } }).emit.length // → 9
 */
export function toAnnotations(report: Report, options: AnnotationOptions = {}): AnnotationPlan {
  expectReport('toAnnotations', report)
  const perLevel = options.perLevel ?? MAX_PER_LEVEL
  const perJob = options.perJob ?? MAX_PER_JOB
  const reserved = options.reserved ?? {}
  const active = report.findings.filter((f) => !f.suppressed)
  const changed = new Set(active.filter((f) => onChangedLine(f, options.changedLines)))
  const ordered = [...active].sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      Number(changed.has(b)) - Number(changed.has(a)) ||
      a.file.localeCompare(b.file) ||
      (a.location?.offset ?? -1) - (b.location?.offset ?? -1),
  )
  // One group per place, rule, message and fix, in the order of its first finding.
  const groups = groupFindings(ordered)
  const jobCap = perJob - (reserved.error ?? 0) - (reserved.warning ?? 0) - (reserved.notice ?? 0)
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const emit: Annotation[] = []
  const overflow: Finding[] = []
  for (const group of groups) {
    const level = LEVEL[group[0]!.severity]
    if (used[level] < perLevel - (reserved[level] ?? 0) && emit.length < jobCap) {
      used[level]++
      emit.push(toAnnotation(group, changed.has(group[0]!)))
    } else {
      overflow.push(...group)
    }
  }
  return { emit, overflow }
}
