/**
 * Text → syntax tree with offsets (jsonc-parser), plus every syntax problem with its
 * position. Comments and trailing commas are accepted (the matrix is JSONC, as VS Code
 * treats `*.json` files with a `$schema`).
 */
import { type Node } from 'jsonc-parser';
import type { JsonPointer } from '../report/types.js';
/**
 * A syntax problem: a jsonc-parser error, an object key given twice, or a byte that was not
 * UTF-8 (`notUtf8`, a warning: the file is parsed as read).
 */
export interface SyntaxProblem {
    messageId: 'syntaxError' | 'duplicateKey' | 'notUtf8';
    data: Record<string, string>;
    offset: number;
    length: number;
    /**
     * A duplicate key's member (`/boards/1/ramSize`), so the problem belongs to its board; a
     * syntax error has none (the structure around it is ambiguous).
     */
    pointer?: JsonPointer;
    /** Below SC001's error: `notUtf8`, which leaves the file parsed. */
    severity?: 'warning';
}
/** A parsed matrix file. `root` is undefined only for an empty or hopeless text. */
export interface ParsedDocument {
    text: string;
    root: Node | undefined;
    /** The plain JSON value (later duplicate keys win, as with JSON.parse). */
    value: unknown;
    problems: SyntaxProblem[];
    /** Offsets at which each line starts, for offset → line:column. */
    lineStarts: number[];
}
/**
 * Parses a matrix file.
 *
 * A UTF-8 byte order mark at the start is accepted (RFC 8259 §8.1 lets parsers ignore it;
 * editors on Windows write it). Files beyond src/limits.ts are not parsed: they get one
 * problem located where the limit was crossed.
 *
 * @param text - the file's content
 * @returns the tree, the value and all syntax problems (never throws)
 * @example
 * parseDocument('{"version": 1,, }').problems[0]
 * // → { messageId: 'syntaxError', data: { error: 'value expected' }, offset: 14, length: 1 }
 */
export declare function parseDocument(text: string): ParsedDocument;
/** Where strictJsonError() found the first error: SC001's words and the position. */
export interface JsonSyntaxError {
    /** As a matrix's SC001 says it ("comma expected", "invalid comment token" …). */
    error: string;
    offset: number;
    /** 1-based, as offsetToLineColumn() counts. */
    line: number;
    column: number;
}
/**
 * The first syntax error of a text that must be strict JSON (RFC 8259: no comments, no
 * trailing commas, no byte order mark), in the words and at the line:column a matrix's SC001
 * has; undefined when there is none.
 *
 * For JSON files that are not matrices (the results files the aggregate job reads): JSON.parse
 * reads them fast, but says where it stopped only as "at position N", and for some errors not
 * at all. Called once JSON.parse has refused a text. It builds no tree and applies none of a
 * matrix's size limits (a results file of a large fleet holds tens of megabytes); only nesting
 * deeper than `maxNestingDepth` stops the search (undefined), before jsonc-parser's recursive
 * visitor could overflow the stack.
 *
 * @param text - the file's content
 * @returns the first error, or undefined (valid JSON, or nested too deep to look further)
 * @example
 * strictJsonError('{\n  "a": 1,\n}') // → { error: 'property name expected', offset: 12, line: 3, column: 1 }
 */
export declare function strictJsonError(text: string): JsonSyntaxError | undefined;
/**
 * Where the value a JSON Pointer names starts in a strict JSON text (a results file that
 * JSON.parse read but the report schema refuses), found by walking the text without building
 * a tree and without a matrix's size limits; undefined when the pointer names nothing or the
 * value lies deeper than `maxNestingDepth`.
 *
 * @example
 * jsonValuePosition('{\n  "a": [1, 2]\n}', '/a/1') // → { line: 2, column: 12 }
 */
export declare function jsonValuePosition(text: string, pointer: JsonPointer): {
    line: number;
    column: number;
} | undefined;
/**
 * JSON.parse() of a file the project wrote that is no matrix (a results file, a provenance
 * file): no matrix limits (a fleet's files are larger), and a syntax error worded as a
 * matrix's, at file:line:col (JSON.parse says "at position N", or nothing).
 *
 * @example
 * parseJsonFile('{"a": 1,}', 'r.json') // → { error: 'r.json:1:9: JSON syntax error: property name expected' }
 */
export declare function parseJsonFile(text: string, file: string): {
    value: unknown;
} | {
    error: string;
};
