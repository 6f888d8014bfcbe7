// SPDX-License-Identifier: GPL-2.0-only
/**
 * Report → the annotations to emit, within GitHub's limits: at most 10 error, 10 warning and
 * 10 notice annotations per step and 50 per job (actions/toolkit docs/problem-matchers.md).
 * Order: the most severe first; within a level, findings on lines the pull request changed
 * first; then file and position. Whatever does not fit goes to `overflow`, which the job
 * summary lists, so nothing is dropped silently.
 */
import { findingScope, SEVERITY_RANK, type Finding, type Report } from './types.js'

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
  finding: Finding
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
  perLevel?: number
  /** Cap over all levels (default 50, GitHub's per-job limit). */
  perJob?: number
  /**
   * Slots kept free per level for the caller's own annotations: `core.setFailed` prints an
   * `::error::` that counts against the same 10, and so does a warning or notice the action
   * prints about itself (comment skipped, SARIF problem, "N more not shown").
   */
  reserved?: Partial<Record<AnnotationLevel, number>>
  /** Lines the pull request changed; findings on them come first within a level. */
  changedLines?: ChangedLines
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

/**
 * The annotation's text: the finding, then on lines of their own the crash kernel lines the
 * kernel prints that back it (those the message does not already quote; the "Zone ranges:"
 * block some findings also carry is left to the job summary) and its verified fix, so the line
 * of the pull request says what the kernel would print and what to change.
 */
export function annotationMessage(f: Finding): string {
  const lines = [`${f.message}${findingScope(f)}`]
  const dmesg = [...new Set(f.evidence.filter((e) => e.source === 'crashkernel').map((e) => e.text))].filter((t) => !f.message.includes(t))
  for (const t of dmesg.slice(0, MAX_DMESG_LINES)) lines.push(`dmesg: ${t}`)
  // The rest are in the finding's evidence (the JSON report, SARIF's `dmesg`, `explain`).
  if (dmesg.length > MAX_DMESG_LINES) lines.push(`dmesg: … and ${dmesg.length - MAX_DMESG_LINES} more line${dmesg.length - MAX_DMESG_LINES > 1 ? 's' : ''}`)
  if (f.suggestion) lines.push(`Fix: ${f.suggestion.description}`)
  return lines.join('\n')
}

function toAnnotation(f: Finding, changed: boolean): Annotation {
  const loc = f.location
  return {
    level: LEVEL[f.severity],
    message: annotationMessage(f),
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
  }
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
  const jobCap = perJob - (reserved.error ?? 0) - (reserved.warning ?? 0) - (reserved.notice ?? 0)
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const emit: Annotation[] = []
  const overflow: Finding[] = []
  for (const f of ordered) {
    const level = LEVEL[f.severity]
    if (used[level] < perLevel - (reserved[level] ?? 0) && emit.length < jobCap) {
      used[level]++
      emit.push(toAnnotation(f, changed.has(f)))
    } else {
      overflow.push(f)
    }
  }
  return { emit, overflow }
}
