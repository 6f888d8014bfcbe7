import { type SummaryContext } from './summary.js';
import type { Report } from './types.js';
/**
 * Formats the report as the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow`: findings that got no annotation (counted under "Not shown as annotations");
 *   `kernelFrom`: where the report's kernel override was given (said with it, under the totals)
 * @returns Markdown
 */
export declare function formatMarkdown(report: Report, ctx?: SummaryContext): string;
