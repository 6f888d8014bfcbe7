import type { FormatContext } from './formatters.js';
import { type Report } from './types.js';
/**
 * Formats a report for a terminal.
 *
 * @example
 * formatStylish(report)
 * // → 'examples/broken.json\n   12:7  error  unknown property "confg"  SC002 schema-violation\n\n✖ 1 problem (1 error, 0 warnings, 0 notes)\n…'
 * formatStylish({ ...report, kernelOverride: ['6.12', '7.2'] }).endsWith("Kernels checked: 6.12, 7.2, instead of each board's kernels\n") // → true
 */
export declare function formatStylish(report: Report, _ctx?: FormatContext): string;
