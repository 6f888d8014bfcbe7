/** Short texts about engine results, shared by the formatters. */
import type { EarlyParamFault, SimulationResult } from '../engine/index.js';
/** How an early parameter's handler faults, as words after the parameter (`"kernelcore" reads through a NULL pointer`). */
export declare const FAULT_WORDS: Readonly<Record<EarlyParamFault, string>>;
/**
 * What the kernel did with `crashkernel=X,cma` (x86_64 6.17+, arm64 and riscv64 7.3+), or
 * undefined where it read no `,cma` size.
 *
 * @example
 * describeCrashkernelCma(sim) // → 'reserved 128 MiB in 1 CMA area: 128 MiB at 0x1_0000_0000 – 0x1_07ff_ffff'
 */
export declare function describeCrashkernelCma(sim: SimulationResult): string | undefined;
/**
 * Whether the simulated boot stopped in parse_early_param() (CK007): the memory map, the
 * zones and CRASH_ADDR_LOW_MAX were never set up, and the result's zeros for them are no
 * figures to show.
 */
export declare function bootStoppedEarly(sim: SimulationResult): boolean;
