// SPDX-License-Identifier: GPL-2.0-only
/**
 * `--format markdown`: the job summary (summary.ts), so the CLI and the action print the
 * same document.
 */
import { expectReport } from '../errors.js'
import { renderSummary, type SummaryContext } from './summary.js'
import type { Report } from './types.js'

/**
 * Formats the report as the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow`: findings that got no annotation (counted under "Not shown as annotations");
 *   `kernelFrom`: where the report's kernel override was given (said with it, under the totals)
 * @returns Markdown
 */
export function formatMarkdown(report: Report, ctx: SummaryContext = {}): string {
  expectReport('formatMarkdown', report, { bigints: true })
  return renderSummary(report, ctx)
}
