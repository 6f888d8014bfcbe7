// SPDX-License-Identifier: GPL-2.0-only
/**
 * The job summary (GitHub-flavoured Markdown): totals, the findings with their position,
 * the annotations that did not fit (nothing is dropped silently), and one row per simulated
 * layout with where crashkernel landed and the zones.
 */
import { describeCrashkernel, describeZones } from './describe.js'
import type { FormatContext } from './formatters.js'
import type { Finding, Report } from './types.js'

const ICON: Record<Finding['severity'], string> = { error: '❌', warning: '⚠️', note: 'ℹ️' }

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')
}

function where(f: Finding): string {
  return f.location ? `${f.file}:${f.location.line}:${f.location.column}` : f.file
}

function findingRow(f: Finding): string {
  const scope = f.boardId ? `${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}` : ''
  return `| ${ICON[f.severity]} ${f.severity} | \`${cell(where(f))}\` | ${cell(scope)} | ${cell(f.message)} | [${f.ruleId}](${f.docsUrl}) |`
}

/**
 * Formats the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow`: findings that got no annotation (listed under "Not annotated")
 * @returns Markdown
 */
export function formatMarkdown(report: Report, ctx: FormatContext = {}): string {
  const c = report.counts
  const out: string[] = ['## crashkernel-check', '']
  const status = c.error > 0 ? '❌' : c.warning > 0 ? '⚠️' : '✅'
  out.push(
    `${status} **${c.error}** error(s), **${c.warning}** warning(s), **${c.note}** note(s)${c.suppressed ? `, ${c.suppressed} suppressed` : ''} — ${report.layouts.length} layout(s) simulated from ${report.files.map((f) => `\`${f}\``).join(', ')}.`,
    '',
  )
  const active = report.findings.filter((f) => !f.suppressed)
  if (active.length > 0) {
    out.push('### Findings', '', '| severity | where | board / layout | message | rule |', '|---|---|---|---|---|', ...active.map(findingRow), '')
  }
  const overflow = ctx.overflow ?? []
  if (overflow.length > 0) {
    out.push(
      '### Not annotated',
      '',
      `GitHub shows at most 10 annotations per level and step; ${overflow.length} more not shown as annotations:`,
      '',
      ...overflow.map((f) => `- \`${where(f)}\` ${f.severity} ${cell(f.message)} (${f.ruleId})`),
      '',
    )
  }
  const suppressed = report.findings.filter((f) => f.suppressed)
  if (suppressed.length > 0) {
    out.push('<details><summary>Suppressed findings</summary>', '', ...suppressed.map((f) => `- \`${where(f)}\` ${f.ruleId}: ${cell(f.message)} — ${cell(f.suppressed?.reason ?? '')}`), '', '</details>', '')
  }
  if (report.layouts.length > 0) {
    out.push('### Layouts', '', '| board | layout | kernel | crashkernel | zones |', '|---|---|---|---|---|')
    for (const l of report.layouts) {
      out.push(`| ${cell(l.boardId)} | ${cell(l.layoutName)} | ${l.kernel} | ${cell(describeCrashkernel(l.result))} | ${cell(describeZones(l.result))} |`)
    }
    out.push('')
  }
  return `${out.join('\n')}\n`
}
