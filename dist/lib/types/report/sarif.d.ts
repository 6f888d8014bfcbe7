import type { FormatContext } from './formatters.js';
import { type Finding, type Report } from './types.js';
export declare const SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/**
 * GitHub code scanning rejects a SARIF run with more than 25,000 results as a whole
 * ("Analysis SARIF file rejected due to result limits"; docs.github.com, code scanning,
 * "SARIF results exceed limit"), so the action writes at most this many.
 */
export declare const SARIF_MAX_RESULTS = 25000;
/** The key of our fingerprint; bump the version if its recipe ever changes (v2: the pointer from the board, not the file). */
export declare const FINGERPRINT_KEY = "crashkernelCheck/v2";
/**
 * A workspace-relative path as a URI reference (each segment percent-encoded).
 *
 * @example
 * toUriReference('boards/my board#1.json') // → 'boards/my%20board%231.json'
 */
export declare function toUriReference(path: string): string;
/**
 * A matrix file's artifactLocation: relative to `%SRCROOT%` as the report names it, or, for
 * a path the report gives absolute (a CLI run on a file outside the working directory), a
 * `file:` URI of its own, since a uriBaseId must be followed by a relative reference
 * (SARIF 2.1.0 §3.4.4).
 *
 * @example
 * artifactLocation('boards/a.json') // → { uri: 'boards/a.json', uriBaseId: '%SRCROOT%' }
 * artifactLocation('/tmp/a b.json') // → { uri: 'file:///tmp/a%20b.json' }
 */
export declare function artifactLocation(path: string): {
    uri: string;
    uriBaseId?: string;
};
/**
 * The stable fingerprint of a finding: rule, board and the value's JSON pointer, from the
 * board when it names one. The board's index in `boards` changes when a board is added,
 * removed or moved above it, and code scanning would then close its alerts as fixed and open
 * them again as new (dismissals lost); its id is what the schema calls stable.
 *
 * @example
 * fingerprint({ ruleId: 'CK001', boardId: 'rpi4', pointer: '/boards/0/cmdline' }) // → 'CK001|rpi4|/cmdline'
 * fingerprint({ ruleId: 'SC001', pointer: '' }) // → 'SC001||'
 */
export declare function fingerprint(f: Pick<Finding, 'ruleId' | 'boardId' | 'pointer' | 'location'>): string;
/**
 * The findings that make one SARIF result each: those of one file with one fingerprint,
 * suppression and place, in the order of each group's first finding, the most severe finding first in
 * its group. Code scanning shows results that share a fingerprint as one alert; one result
 * per fingerprint keeps every layout's message in that alert.
 *
 * @example
 * sarifResultGroups([rpi1G, rpi2G]) // → [[rpi1G, rpi2G]] (one board, one cmdline, one rule)
 */
export declare function sarifResultGroups(findings: readonly Finding[]): Finding[][];
/**
 * Formats a report as a SARIF 2.1.0 log with one run.
 *
 * @param report - the report (may be empty, e.g. after a configuration error)
 * @param ctx - `notifications`, `executionSuccessful`, `srcRoot`
 * @returns the JSON text (two-space indent, trailing newline)
 * @example
 * JSON.parse(formatSarif(emptyReport)).runs[0].results // → []
 */
export declare function formatSarif(report: Report, ctx?: FormatContext): string;
