/**
 * DTS source → DTB through the device tree compiler (`dtc -I dts -O dtb`), then the DTB
 * importer. There is deliberately no hand-written DTS parser: dtc is the reference
 * implementation (Debian package `device-tree-compiler`).
 *
 * This module runs no process itself: the caller injects a spawn function with the shape of
 * node:child_process `spawnSync` (the CLI passes `spawnSync`; tests pass a fake), which keeps
 * src/import free of I/O.
 */
import { type DtFacts } from './dt-board.js';
import type { ImportProblem, ImportResult } from './types.js';
/** What a spawn returns (a subset of node's SpawnSyncReturns). */
export interface SpawnResult {
    status: number | null;
    stdout: Uint8Array | string;
    stderr: Uint8Array | string;
    /** Set when the process could not run; `code` is `ENOENT` when the program is missing. */
    error?: {
        code?: string;
        message: string;
    } | undefined;
}
/**
 * The shape of node:child_process `spawnSync(command, args, { input })`. `cwd` is where dtc
 * looks for what a DTS read from stdin names in `/include/` and `/incbin/`: the DTS's own
 * directory, as `dtc board.dts` resolves them.
 */
export type SpawnSyncLike = (command: string, args: readonly string[], options: {
    input: Uint8Array;
    maxBuffer?: number;
    cwd?: string;
}) => SpawnResult;
/** How dtc is called: DTS from stdin, DTB to stdout, warnings off (-q). */
export declare const DTC_COMMAND = "dtc";
export declare const DTC_ARGS: readonly string[];
/** The same DTS back to DTS with every node and property annotated with its source span (-T -T). */
export declare const DTC_ANNOTATE_ARGS: readonly string[];
/** The message when dtc is missing (also used by the CLI's `--help`). */
export declare const DTC_MISSING = "dtc (the device tree compiler) is not installed, so the DTS cannot be compiled: install the Debian package device-tree-compiler (apt-get install device-tree-compiler), or compile the DTS yourself (dtc -I dts -O dtb -o board.dtb board.dts) and import the DTB";
/**
 * dtc's column (1-based, in bytes of the UTF-8 source: its srcpos counts bytes) as the column
 * of the character that byte starts, in UTF-16 units: the unit of every other column the
 * project reports (a matrix's, docs/report-json.md) and of an editor's. A line the source does
 * not have keeps dtc's number.
 *
 * @example
 * dtcColumn('a\n"é" x', 2, 6) // → 5
 */
export declare function dtcColumn(source: string, line: number, byteColumn: number): number;
/**
 * Compiles DTS with dtc.
 *
 * @param source - DTS text (already preprocessed when it uses `#include`)
 * @param spawn - spawnSync or a compatible function
 * @returns the DTB, or problems (dtc missing, dtc errors located at DTS line/column)
 * @example
 * compileDts('/dts-v1/; / { };', spawnSync).dtb?.length // → 72
 */
export declare function compileDts(source: string, spawn: SpawnSyncLike): {
    dtb?: Uint8Array;
    problems: ImportProblem[];
};
/** Where a node or property starts in the DTS: 1-based line and column. */
type SourcePosition = {
    line: number;
    column: number;
};
/**
 * Reads dtc's annotated DTS output (`-O dts -T -T`): each node and property line ends with a
 * comment `/* <file>:L:C-L:C[, …] *\/` naming where it was written (the first span is kept: a
 * node extended later by `&label { … }` is located at its definition).
 *
 * @param annotated - dtc's output
 * @returns positions keyed by node path, and by node path + NUL + property name (src/import/dts.test.ts)
 */
export declare function annotatedPositions(annotated: string): Map<string, SourcePosition>;
/**
 * One line of dtc's annotated output split into its text and the start of the first span of
 * its trailing `/* … *\/` comment (which holds no `*`), or undefined when it has none. What
 * /^(.*?)\s*\/\*\s*[^*]*?:(\d+):(\d+)-\d+:\d+[^*]*\*\/\s*$/ matched, found from the end of
 * the line: that pattern tried `\s*\/\*` after every character of the text, rescanning a run
 * of spaces (a property's string) from each of its positions.
 *
 * @example
 * annotation('\tmodel = "x"; /* <stdin>:3:2-3:14 *\/') // → { body: '\tmodel = "x";', at: { line: 3, column: 2 } }
 */
export declare function annotation(raw: string): {
    body: string;
    at: SourcePosition;
} | undefined;
/**
 * DTS → board: {@link compileDts}, then the DTB importer, citing the DTS line of each node
 * and property in problems and provenance (dtc's `-T -T` annotations).
 *
 * @param source - DTS text
 * @param spawn - spawnSync or a compatible function
 * @param opts - board id
 */
export declare function dtsToBoard(source: string, spawn: SpawnSyncLike, opts?: {
    id?: string;
}): ImportResult<DtFacts | undefined>;
/** Where a DTS declares itself an overlay (`/plugin/;`, comments left out), or undefined. */
export declare function pluginDirective(source: string): {
    line: number;
    column: number;
} | undefined;
/**
 * `source` with its comments made spaces (newlines kept), so positions stay those of the
 * source: a `/* … *\/` from each `/*` that has a closing `*\/` after it, a `// …` to the end
 * of its line. By a scan: /\/\*[\s\S]*?\*\/|\/\/[^\n]*\/g searched to the end of the source
 * from every unclosed `/*` (quadratic on many); once no `*\/` follows, none closes any later.
 */
export declare function withoutComments(source: string): string;
export {};
