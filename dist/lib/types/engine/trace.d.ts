/**
 * pr_info()/pr_warn()/pr_err() equivalents: the simulation's dmesg, as structured events
 * carrying the kernel's exact wording (without the trailing newline of the format).
 */
import type { SimulationResult, TraceEvent } from './types.js';
export declare class Trace {
    readonly events: TraceEvent[];
    info(source: string, text: string): void;
    warn(source: string, text: string): void;
    err(source: string, text: string): void;
}
/**
 * Engine helper (no kernel counterpart): a result's lines in the order the kernel prints them,
 * the "Zone ranges:" block (kept apart from the trace, as the oracle and verify compare it on
 * its own) put back where free_area_init() printed it (`zoneLinesAt`).
 * @example
 * dmesgOf(simulate(layout)).map((e) => e.text) // → [..., 'Zone ranges:', ..., 'crashkernel reserved: …'] on arm64 6.1
 */
export declare function dmesgOf(result: Pick<SimulationResult, 'trace' | 'zoneLines' | 'zoneLinesAt'>): TraceEvent[];
