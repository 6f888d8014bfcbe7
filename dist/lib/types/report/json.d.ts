import type { FormatContext } from './formatters.js';
import type { Report } from './types.js';
/**
 * JSON.stringify replacer for bigint.
 *
 * @example
 * JSON.stringify({ base: 0xec000000n }, bigintReplacer) // → '{"base":"0x00000000ec000000"}'
 */
export declare function bigintReplacer(_key: string, value: unknown): unknown;
/** Formats a report as indented JSON (one trailing newline). */
export declare function formatJson(report: Report, _ctx?: FormatContext): string;
