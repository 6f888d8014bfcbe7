import { type Layout, type SimulationResult } from '../engine/index.js';
import type { Board, BoardMatrix } from '../matrix/generated/board-matrix.js';
import { type Difference, type ObservedBoot } from '../oracle/compare.js';
export interface VerifyOptions {
    /** A board from a matrix: its description wins over what the log can tell (e.g. firmware reservations). */
    board?: Board | undefined;
    /** The `defaults` of the board's matrix, merged under it as `check` merges them. */
    defaults?: BoardMatrix['defaults'] | undefined;
    /** Name of the log, for messages. */
    logName?: string | undefined;
}
export interface VerifyResult {
    /** true: every fact the log shows agrees with the prediction. */
    agrees: boolean;
    differences: Difference[];
    /** Why nothing could be compared (no kernel banner, unsupported kernel …). */
    problems: string[];
    /** What the log showed, as compared. */
    observed: ObservedBoot;
    board?: Board;
    layout?: Layout;
    result?: SimulationResult;
    /**
     * Placements the log does not show and the board rebuilt from it therefore lacks (the
     * initrd, the DTB's size), as the importer notes them; empty when a board was given.
     */
    unknowns: string[];
    /** What the comparison assumed that the reader should know (a RAM variant that is not the log's). */
    notes?: string[];
}
/** What the log says the kernel did, in the comparison's terms. */
export declare function observedFromLog(log: string): ObservedBoot;
/**
 * Verifies one boot log. With a board, the board's kernels are replaced by the log's release
 * and its command line by the one the kernel printed; among its RAM variants the one with
 * the log's amount of memory is used, else the nearest one (with a note).
 *
 * @returns with a board the schema refuses, its problems (as check() words them, at `board/…`)
 * @throws ConfigurationError when `log` is not a string (a Buffer from JavaScript), or the options not an object
 */
export declare function verifyBootLog(log: string, opts?: VerifyOptions): VerifyResult;
/**
 * The text `verify` prints: "the model agrees" or the differences line by line.
 *
 * @throws ConfigurationError when `r` is not what verifyBootLog() returns, or `name` not a string
 */
export declare function formatVerify(r: VerifyResult, name: string): string;
