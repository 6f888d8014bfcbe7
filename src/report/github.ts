// SPDX-License-Identifier: GPL-2.0-only
/**
 * Workflow commands (`::error file=…,line=…,col=…::message`) for `--format github`, escaped as
 * @actions/core escapes them (toolkit packages/core/src/command.ts), within the annotation
 * caps; the rest is summarised in a final `::notice`.
 */
import { expectReport } from '../errors.js'
import { annotationsKeeping, type Annotation, type AnnotationLevel } from './annotations.js'
import type { FormatContext } from './formatters.js'
import type { Report } from './types.js'

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** One workflow command line for an annotation (or a message of the run, without a file). */
export function annotationCommand(a: Pick<Annotation, 'level' | 'title' | 'message'> & Partial<Pick<Annotation, 'file' | 'startLine' | 'endLine' | 'startColumn' | 'endColumn'>>): string {
  const props: Array<[string, string | number | undefined]> = [
    ['title', a.title],
    ['file', a.file],
    ['line', a.startLine],
    ['endLine', a.endLine],
    ['col', a.startColumn],
    ['endColumn', a.endColumn],
  ]
  const list = props.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  return `::${a.level} ${list.join(',')}::${escapeData(a.message)}`
}

/**
 * Formats a report as GitHub workflow commands. The run's notifications (a matrix file that
 * could not be read, a --boards pattern that matched nothing: what exits 2) come first, as
 * annotations without a file: in a workflow log the plain stderr line is easy to miss.
 */
export function formatGithub(report: Report, ctx: FormatContext = {}): string {
  expectReport('formatGithub', report)
  const level = { error: 'error', warning: 'warning', note: 'notice' } as const
  const notifications = ctx.notifications ?? []
  // The notifications and the overflow notice are annotations too, within the same 10 per
  // level: the findings leave them their slots, or GitHub drops what comes last (the notice
  // saying that findings were left out, first of all).
  const reserve = (overflowNotice: boolean) => {
    const count = (l: AnnotationLevel) => notifications.filter((n) => level[n.level] === l).length
    return { error: count('error'), warning: count('warning'), notice: count('notice') + (overflowNotice ? 1 : 0) }
  }
  const plan = annotationsKeeping(report, reserve)
  const lines = [
    ...notifications.map((n) => annotationCommand({ level: level[n.level], title: 'crashkernel-check', message: n.message })),
    ...plan.emit.map(annotationCommand),
  ]
  if (plan.overflow.length > 0) lines.push(`::notice::${plan.overflow.length} more finding(s) not annotated (GitHub shows at most 10 per level); --format text, json or html lists them all`)
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}
