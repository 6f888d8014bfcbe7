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
 * A workspace-relative, `/`-separated path as a URI reference (each segment percent-encoded).
 * A backslash is a character of the file's name (Linux allows it), not a separator: it
 * becomes `%5C`, as RFC 3986 has no backslash; read as `/` it would name another file.
 *
 * @example
 * toUriReference('boards/my board#1.json') // → 'boards/my%20board%231.json'
 * toUriReference('boards/a\\b.json') // → 'boards/a%5Cb.json'
 */
export declare function toUriReference(path: string): string;
/**
 * A matrix file's artifactLocation: relative to `%SRCROOT%` as the report names it, or, for
 * a path the report gives absolute (a CLI run on a file outside the working directory), a
 * `file:` URI of its own, since a uriBaseId must be followed by a relative reference
 * (SARIF 2.1.0 §3.4.4). Only a path that starts with a drive letter (`C:\`, `C:/`, what the
 * CLI on Windows names a file outside the repository by) has backslashes for separators; in
 * any other a backslash is part of a name.
 *
 * @example
 * artifactLocation('boards/a.json') // → { uri: 'boards/a.json', uriBaseId: '%SRCROOT%' }
 * artifactLocation('/tmp/a b.json') // → { uri: 'file:///tmp/a%20b.json' }
 * artifactLocation('C:\\work\\a.json') // → { uri: 'file:///C:/work/a.json' }
 */
export declare function artifactLocation(path: string): {
    uri: string;
    uriBaseId?: string;
};
/**
 * The stable fingerprint of a finding: rule, board and the value's JSON pointer, from the
 * board when it names one. The board's index in `boards` changes when a board is added,
 * removed or moved above it, and a consumer matching results by it would then close them as
 * fixed and open them again as new; its id is what the schema calls stable.
 *
 * @example
 * fingerprint({ ruleId: 'CK001', boardId: 'rpi4', pointer: '/boards/0/cmdline' }) // → 'CK001|rpi4|/cmdline'
 * fingerprint({ ruleId: 'SC001', pointer: '' }) // → 'SC001||'
 */
export declare function fingerprint(f: Pick<Finding, 'ruleId' | 'boardId' | 'pointer' | 'location'>): string;
/**
 * The findings that make one SARIF result each: those of one file, rule and start line
 * (line 1 for a finding without a place, where its result is), in the order of each group's
 * first finding, the active findings first in its group, the most severe first. Code scanning
 * identifies an alert by file, rule and the hash of its first line's text (the
 * `primaryLocationLineHash` upload-sarif adds), and shows results that share them as one
 * alert with one result's message: one result per rule and line keeps every layout's, board's
 * and value's message in that alert.
 *
 * @example
 * sarifResultGroups([rpi1G, rpi2G]) // → [[rpi1G, rpi2G]] (one board, one cmdline, one rule)
 * sarifResultGroups([aOnLine1, bOnLine1]) // → [[aOnLine1, bOnLine1]] (a minified matrix: two boards, one line)
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
