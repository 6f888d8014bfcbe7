/**
 * Text → syntax tree with offsets (jsonc-parser), plus every syntax problem with its
 * position. Comments and trailing commas are accepted (the matrix is JSONC, as VS Code
 * treats `*.json` files with a `$schema`).
 */
import { type Node } from 'jsonc-parser';
import type { JsonPointer } from '../report/types.js';
/** A syntax problem: a jsonc-parser error, or an object key given twice. */
export interface SyntaxProblem {
    messageId: 'syntaxError' | 'duplicateKey';
    data: Record<string, string>;
    offset: number;
    length: number;
    /**
     * A duplicate key's member (`/boards/1/ramSize`), so the problem belongs to its board; a
     * syntax error has none (the structure around it is ambiguous).
     */
    pointer?: JsonPointer;
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
