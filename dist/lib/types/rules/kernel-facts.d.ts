/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have (from the simulated policy) and a version test.
 */
import { type SimulationResult } from '../engine/index.js';
/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export declare const MEMBLOCK_NOMAP_FLAG: number;
/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export declare function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined;
/**
 * The alignment a fixed base must have under the policy the layout was simulated with (the
 * engine's crashkernelFixedAlign(): CRASH_ALIGN, or x86 ≤6.6's 1 MiB). A policy named by the
 * layout decides, not the release, so the rules agree with what the simulation did.
 */
export declare function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): bigint;
