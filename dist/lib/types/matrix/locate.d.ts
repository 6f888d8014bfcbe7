/**
 * JSON Pointer → position in the file, so every finding lands on the exact value (or key)
 * in the pull request.
 */
import type { Node } from 'jsonc-parser';
import type { JsonPointer, SourceLocation } from '../report/types.js';
import type { ParsedDocument } from './parse.js';
/** What to point at: the value itself, or the key of the property holding it. */
export type LocateTarget = 'value' | 'key';
/** Splits an RFC 6901 pointer into path segments (array indices become numbers). */
export declare function pointerToPath(pointer: JsonPointer): string[];
/** Builds a pointer from segments, escaping `~` and `/`. */
export declare function pathToPointer(path: readonly (string | number)[]): JsonPointer;
/** Offset → 1-based line and column. */
export declare function offsetToLineColumn(doc: Pick<ParsedDocument, 'lineStarts'>, offset: number): {
    line: number;
    column: number;
};
/** A source location for a character span. */
export declare function spanLocation(doc: ParsedDocument, file: string, offset: number, length: number): SourceLocation;
/**
 * Locates a JSON Pointer in a parsed document.
 *
 * @param doc - the parsed file
 * @param file - the path reported in the location
 * @param pointer - where the value is
 * @param target - `'key'` to point at the property name instead of its value
 * @returns the location; a pointer to a missing value resolves to its nearest existing ancestor
 * @example
 * locate(parseDocument('{\n  "a": [1, 2]\n}'), 'm.json', '/a/1')
 * // → { file: 'm.json', line: 2, column: 12, endLine: 2, endColumn: 13, offset: 13, length: 1 }
 */
export declare function locate(doc: ParsedDocument, file: string, pointer: JsonPointer, target?: LocateTarget): SourceLocation;
/** The node a pointer names, undefined when it is not in the document (of duplicate keys the last, as in JSON.parse). */
export declare function nodeAt(doc: ParsedDocument, pointer: JsonPointer): Node | undefined;
/**
 * A JSON syntax error of a file that is read outside check() (a file a CLI command reads back,
 * a results file of the aggregate job), as `file:line:column: JSON syntax error: …`: the place
 * as an editor takes it, and SC001's words.
 *
 * @example
 * syntaxErrorMessage('r.json', { line: 3, column: 1 }, 'property name expected') // → 'r.json:3:1: JSON syntax error: property name expected'
 */
export declare function syntaxErrorMessage(file: string, at: {
    line: number;
    column: number;
}, error: string): string;
/**
 * The first JSON syntax error of a parsed document, as syntaxErrorMessage() words it, or
 * undefined when there is none (a duplicate key is no syntax error here: the value is read).
 */
export declare function firstSyntaxError(doc: ParsedDocument, file: string): string | undefined;
