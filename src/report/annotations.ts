// SPDX-License-Identifier: GPL-2.0-only
/**
 * Report → the annotations to emit, within GitHub's limits: at most 10 error, 10 warning and
 * 10 notice annotations per step and 50 per job (actions/toolkit docs/problem-matchers.md).
 * The most severe first, then by file position; whatever does not fit goes to `overflow`,
 * which the job summary lists, so nothing is dropped silently.
 */
import type { Finding, Report } from './types.js'

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
  finding: Finding
}

export interface AnnotationPlan {
  emit: Annotation[]
  overflow: Finding[]
}

const LEVEL: Record<Finding['severity'], AnnotationLevel> = { error: 'error', warning: 'warning', note: 'notice' }
const RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, note: 2 }

function toAnnotation(f: Finding): Annotation {
  const loc = f.location
  const where = f.boardId ? ` [${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}]` : ''
  return {
    level: LEVEL[f.severity],
    message: `${f.message}${where}`,
    title: `${f.ruleId} ${f.ruleName}`,
    file: f.file,
    ...(loc && {
      startLine: loc.line,
      endLine: loc.line,
      startColumn: loc.column,
      // GitHub ignores columns on multi-line spans; keep the span on its first line.
      ...(loc.endLine === loc.line && loc.endColumn > loc.column && { endColumn: loc.endColumn }),
    }),
    finding: f,
  }
}

/**
 * Plans the annotations for a report.
 *
 * @param report - the report
 * @param limits - caps (defaults: GitHub's)
 * @returns annotations to emit and findings left over
 * @example
 * toAnnotations(reportWith12Errors).emit.length   // → 10
 * toAnnotations(reportWith12Errors).overflow.length // → 2
 */
export function toAnnotations(report: Report, limits = { perLevel: MAX_PER_LEVEL, perJob: MAX_PER_JOB }): AnnotationPlan {
  const active = report.findings.filter((f) => !f.suppressed)
  const ordered = [...active].sort(
    (a, b) => RANK[a.severity] - RANK[b.severity] || a.file.localeCompare(b.file) || (a.location?.offset ?? -1) - (b.location?.offset ?? -1),
  )
  const used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 }
  const emit: Annotation[] = []
  const overflow: Finding[] = []
  for (const f of ordered) {
    const level = LEVEL[f.severity]
    if (used[level] < limits.perLevel && emit.length < limits.perJob) {
      used[level]++
      emit.push(toAnnotation(f))
    } else {
      overflow.push(f)
    }
  }
  return { emit, overflow }
}
