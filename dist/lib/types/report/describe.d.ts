/** Short texts about engine results, shared by the formatters. */
import { type EarlyParamFault, type SimulationResult } from '../engine/index.js';
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
/**
 * How the boot panics after the reservation (SimulationResult.panic, CK012), in words, or
 * undefined when it does not: the crash region is reserved first, but nothing ever loads a
 * crash kernel into it.
 *
 * @example
 * bootPanicWords(sim) // → 'the boot panics in memmap_init(): NUMA node 1 (2 MiB) has no pg_data_t'
 */
export declare function bootPanicWords(sim: SimulationResult): string | undefined;
/**
 * Why a boot panics after the reservation (SimulationResult.panic), in a few words; `sized`
 * adds a node's memory.
 *
 * @example
 * panicCause({ cause: 'no-real-mode-trampoline', at: 'arch/x86/realmode/init.c init_real_mode', fn: 'init_real_mode' }) // → 'no real-mode trampoline under 1 MiB'
 */
export declare function panicCause(p: NonNullable<SimulationResult['panic']>, sized?: boolean): string;
/**
 * Protection of the loaded crash kernel in words: "available" or "none", with why (a boot
 * that panics after the reservation, CK012, has none: the engine says so).
 *
 * @example
 * protectionWords(sim) // → { available: false, words: 'none (the boot panics in memmap_init() after the reservation, before a crash kernel could be loaded)' }
 */
export declare function protectionWords(sim: SimulationResult): {
    available: boolean;
    words: string;
};
/**
 * The COMMAND_LINE_SIZE of `sim`'s kernel when the layout requested nothing because every
 * crashkernel= of `cmdline` lies past the part of it the kernel keeps (CK004 `truncated`):
 * its "not requested" is then no absent option, and the formatters say it was cut off rather
 * than "no crashkernel= on the command line" next to a command line that shows one.
 * Undefined otherwise, and without the command line (results files of earlier versions).
 *
 * @example
 * crashkernelCutOff(sim, `${'x'.repeat(2100)} crashkernel=256M`) // → 2048 (arm64 6.12)
 */
export declare function crashkernelCutOff(sim: SimulationResult, cmdline: string | undefined): number | undefined;
/** What a layout whose crashkernel= was cut off (crashkernelCutOff()) did, in words. */
export declare function cutOffText(commandLineSize: number): string;
