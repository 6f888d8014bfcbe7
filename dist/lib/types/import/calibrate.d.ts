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
/**
 * of_alias_scan()'s allocations as the one size `boot.dtAliases` keeps: each is 8-byte aligned
 * and placed top-down right below the one before (unflattenSizes(), early_init_dt_alloc_memory_arch()),
 * so each but the last takes its size rounded up to 8; one allocation of this size then starts
 * where the kernel's last one does, and what memblock places below them lands where the kernel's did.
 */
export declare function aliasesAsOne(sizes: readonly bigint[]): bigint;
/**
 * Whether a DT's counts (`board.deviceTree`) make the tree a boot log shows: for the log's
 * kernel, the bytes its memblock=debug requests add up to (`measured`), or without them the
 * NODE_DATA line's address, right below the tree. Then the board needs no measured size,
 * and each of its kernels gets its own from its struct sizes.
 *
 * @param board - the board with `deviceTree` and its `config`, without `boot.unflattenedDt` and `boot.dtAliases`
 * @param measured - the tree and alias bytes the log's requests add up to (the aliases as aliasesAsOne() adds them), or undefined
 * @param logNodeData - node 0's NODE_DATA as the log prints it
 * @param readNodeData - reads a NODE_DATA line from the model's dmesg
 * @returns undefined when it cannot tell: the board is not one layout the model simulates,
 *   its kernel has no policy, or (without `measured`) it has NUMA nodes or no NODE_DATA line
 */
export declare function treeCountsMatchLog(board: Board, measured: bigint | undefined, logNodeData: Span | undefined, readNodeData: (line: string) => Span | undefined): boolean | undefined;
