// SPDX-License-Identifier: GPL-2.0-only
/**
 * `--format markdown`: the job summary (summary.ts), so the CLI and the action print the
 * same document.
 */
import type { FormatContext } from './formatters.js'
import { renderSummary } from './summary.js'
import type { Report } from './types.js'

/**
 * Formats the report as the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow`: findings that got no annotation (listed under "Not shown as annotations")
 * @returns Markdown
 */
export function formatMarkdown(report: Report, ctx: FormatContext = {}): string {
  return renderSummary(report, ctx)
}
