import type { Board } from '../matrix/generated/board-matrix.js';
import type { Span } from './ranges.js';
import { type Provenance } from './types.js';
/** What the NODE_DATA line says of the tree: its size, or how far off the model is when no tree explains it. */
export type Calibration = {
    kind: 'size';
    size: bigint;
    from: bigint;
} | {
    kind: 'offBy';
    bytes: bigint;
};
/**
 * The tree's size that puts NODE_DATA where the log shows it (the profile's, when it does),
 * set on `board.boot` with of_alias_scan()'s share kept from the profile; `offBy`
 * (board unchanged) when only a tree larger than MAX_TREE would; undefined (board unchanged)
 * when the board cannot be simulated, has NUMA nodes (NODE_DATA of node 0 is then at the top
 * of its node, not below the tree), or no size does it.
 *
 * @param board - the board imported from the log, without `boot.unflattenedDt`
 * @param logNodeData - node 0's NODE_DATA as the log prints it
 * @param readNodeData - reads a NODE_DATA line (the importer's own pattern) from the model's dmesg
 * @returns the size and the profile's it was moved from, or how far the model's NODE_DATA is above the log's
 */
export declare function calibrateUnflattenedDt(board: Board, logNodeData: Span, readNodeData: (line: string) => Span | undefined): Calibration | undefined;
/** Provenance of a calibrated tree size. */
export declare function calibratedProvenance(provenance: Provenance, size: bigint, from: bigint, line: string): void;
