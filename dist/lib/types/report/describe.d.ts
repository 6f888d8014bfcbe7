/** Short texts about engine results, shared by the formatters. */
import type { EarlyParamFault, SimulationResult } from '../engine/index.js';
/** How an early parameter's handler faults, as words after the parameter (`"kernelcore" reads through a NULL pointer`). */
export declare const FAULT_WORDS: Readonly<Record<EarlyParamFault, string>>;
/**
 * One line saying where crashkernel went.
 *
 * @example
 * describeCrashkernel(sim) // → 'reserved 256 MiB at [0x00000000ec000000, 0x00000000fc000000)'
 */
export declare function describeCrashkernel(sim: SimulationResult): string;
/** The "Zone ranges" in one line: `DMA [..]  DMA32 empty  Normal [..]`. */
export declare function describeZones(sim: SimulationResult): string;
