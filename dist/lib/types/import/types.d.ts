/**
 * What every importer returns: a board in the wire format (valid against
 * schemas/board-matrix.schema.json), where each value came from, and the problems found on
 * the way. Importers never throw on bad input: a malformed artefact becomes a problem that
 * points at its line (text inputs) or byte offset (DTB).
 */
import type { Board, MemoryBank } from '../matrix/generated/board-matrix.js';
import type { JsonPointer } from '../report/types.js';
/** The artefacts a board can be imported from. */
export type ImportSource = 'bootLog' | 'dtb' | 'dts' | 'iomem' | 'config';
/**
 * One problem with an input. `error`: the input is malformed or a needed value is missing;
 * `warning`: a value was guessed or dropped; `note`: something the user should know.
 */
export interface ImportProblem {
    severity: 'error' | 'warning' | 'note';
    source: ImportSource;
    /** Short stable id, e.g. `badMagic`, `noMemory`, `dtcMissing`. */
    code: string;
    message: string;
    /** 1-based line of a text input. */
    line?: number;
    /** 1-based column of a text input. */
    column?: number;
    /** Byte offset into a binary input (DTB). */
    offset?: number;
    /** The device-tree node (full path) and property a DTB problem is about, for a DTS's line. */
    node?: string;
    property?: string;
    /** The input line (or a short excerpt) the problem is about. */
    excerpt?: string;
}
/**
 * Where each value of the board came from, keyed by JSON pointer relative to the board
 * object (`/memory/0`, `/cmdline`); rebase with {@link rebaseProvenance} once the board sits
 * in a matrix. Written next to the matrix as a side file of comments.
 */
export type Provenance = Record<JsonPointer, string>;
/** The result of every importer. */
export interface ImportResult<Facts = unknown> {
    board: Board;
    provenance: Provenance;
    problems: ImportProblem[];
    /** What the importer read, as typed data (for `verify` and tests). */
    facts: Facts;
}
/** A value read from a text input, with the line it came from. */
export interface Located<T> {
    value: T;
    /** 1-based line number in the input. */
    line: number;
    /** The line's text (without timestamp). */
    text: string;
}
/**
 * Moves provenance keys under a prefix, e.g. for a board written to `/boards/3`.
 *
 * @param provenance - keys relative to the board
 * @param prefix - the board's pointer in the matrix
 * @returns the same comments, keyed by absolute pointer
 * @example
 * rebaseProvenance({ '/cmdline': 'log line 3' }, '/boards/0') // → { '/boards/0/cmdline': 'log line 3' }
 */
export declare function rebaseProvenance(provenance: Provenance, prefix: JsonPointer): Provenance;
/** `0x…` in lowercase, the way the presets write addresses. */
export declare const hex: (v: bigint) => string;
/** A short quote of an input line for messages and provenance. */
export declare function quote(text: string, max?: number): string;
/** "boot log line 17: \"…\"" */
export declare function cite(source: string, l: {
    line: number;
    text: string;
}): string;
/** A requested board id made valid: letters, digits, `.`, `_` and `-`, starting with a letter or digit ({@link derivedId} makes ids from the inputs). */
export declare function slugId(requested: string): string;
/**
 * A board id derived from what the inputs call the machine (a log's machine line, a DT model,
 * the architecture) and its kernel release, each part made id-safe on its own (so
 * "QEMU Standard PC (Q35 + ICH9, 2009)" and "6.1.192" join with one dash, not two). It always
 * starts with a letter: an id that reads as a kernel release ("6.12.117" from a log without a
 * machine line, "2.0-6.1.192" from a DT model "2.0") is mistaken for one where ids and
 * releases meet — `check --boards 6.1 --kernel 6.12`, a finding's "[<id> <release>]" tag,
 * `explain <board> --kernel …`, a `kernels`/`boards` list in a workflow.
 *
 * @example
 * derivedId(undefined, '6.12.117') // → 'board-6.12.117'
 * derivedId('linux,dummy-virt', '6.12.117') // → 'linux-dummy-virt-6.12.117'
 */
export declare function derivedId(...parts: Array<string | undefined>): string;
/**
 * The board id the caller asked for, made valid for the schema (`+` and spaces become `-`),
 * with a note when it had to change.
 */
export declare function boardId(requested: string | undefined, problems: ImportProblem[], source: ImportSource): string | undefined;
/** A non-empty bank list as the schema's `minItems: 1` type wants it (callers check length). */
export declare function toMemory(banks: MemoryBank[]): NonNullable<Board['memory']>;
