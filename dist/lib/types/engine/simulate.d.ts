import type { Arch, Layout, SimulationResult } from './types.js';
/** An input the engine cannot simulate (unknown kernel or policy): a caller error, not a bug. */
export declare class UnsupportedLayoutError extends Error {
    readonly name = "UnsupportedLayoutError";
}
export declare function simulate(layout: Layout): SimulationResult;
export declare function resolveKernelRelease(kernel: string): string | undefined;
/** Every policy id, regular and what-if, for `--policy` help and docs. */
export declare function listPolicies(arch?: Arch): string[];
/**
 * Empties every store the engine shares results through (boot prefixes, command-line
 * rewrites, arm64 map_mem() results and linear-map flags), with prefix sharing on: the state
 * of a fresh process.
 * Results never depend on it; benchmarks call it to measure a cold engine.
 */
export declare function clearEngineStores(): void;
