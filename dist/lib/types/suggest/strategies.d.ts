/**
 * The fix strategies: each yields candidate changes of one value (the command line, or the
 * kernel entry) in order of preference. Command-line candidates are pre-checked on the one
 * layout (`layoutOk`: simulate, run the rules, the finding gone and no new error); the
 * caller then verifies the survivors on every layout the value affects. Nothing here is
 * trusted: a candidate is only a guess until the engine confirms it.
 */
import type { Layout, SimulationResult } from '../engine/index.js';
import type { DecodedLayout } from '../matrix/types.js';
import { type CrashkernelToken } from '../rules/crashkernel-tokens.js';
import type { Change, FixRequest, FixStrategyId } from './types.js';
/** The smallest main size worth suggesting: below it a distribution kdump kernel does not boot. */
export declare const MIN_MAIN_SIZE: bigint;
/** The smallest low part worth suggesting (swiotlb and DMA buffers of the kdump kernel). */
export declare const MIN_LOW_SIZE: bigint;
export interface StrategyInput {
    layout: DecodedLayout;
    sim: SimulationResult;
    fix: FixRequest;
    /**
     * The simulations of the board's other layouts that read the same command line (other
     * kernels, other RAM variants): a token one of them reads is not this kernel's to drop.
     */
    siblings?: readonly SimulationResult[];
    /**
     * Simulates the layout with this command line: is the finding gone, with no new error (and,
     * with `maxReserved`, does it reserve at most that much: the main region and the low part)?
     */
    layoutOk(cmdline: string, maxReserved?: bigint): boolean;
    /**
     * Where `cmdline` fails layoutOk() only through a report of the finding's own rule that is
     * no error (another message of it: a CK004 warning about the ,low a larger size leaves
     * unused), that rule and what the board counts those reports as; else undefined.
     */
    ruleLeaves?(cmdline: string, maxReserved?: bigint): {
        ruleId: string;
        severities: readonly string[];
    } | undefined;
}
export type Strategy = (input: StrategyInput) => Iterable<Change>;
/**
 * The largest multiple of `step` in [lo, hi] for which `ok` holds, assuming `ok` is monotone
 * (true up to a threshold); undefined when `ok(lo)` is false.
 */
export declare function largestPassing(lo: bigint, hi: bigint, step: bigint, ok: (v: bigint) => boolean): bigint | undefined;
/**
 * Free [base, end) ranges of RAM in the final memblock state, crash regions counted as free
 * (and the `,cma` areas, which the kernel reserves after the main region).
 */
export declare function freeRanges(sim: SimulationResult): Array<{
    base: bigint;
    end: bigint;
}>;
/** What the boot loader places and may grow: the initrd and the device tree, where the layout has them. */
export declare function loadedObjects(layout: Pick<Layout, 'initrd' | 'dtb'>): Array<{
    base: bigint;
    size: bigint;
}>;
/**
 * Whether [base, base + size) lies above one of `loaded` by less than its size, or below one
 * by less than its size: a region there fails once that object grows (update-initramfs, a
 * firmware update) upwards or, placed top-down by the loader, downwards.
 */
export declare function crowdsLoaded(loaded: ReadonlyArray<{
    base: bigint;
    size: bigint;
}>, base: bigint, size: bigint): boolean;
/**
 * The `,cma` tokens of a command line that no layout reading it reserves crashkernel CMA
 * from (x86_64 reads them from 6.17, arm64 and riscv64 from 7.3; an older parser rejects the
 * token and with it the whole crashkernel=): the tokens a value for all of them drops, as
 * ignoredCma() does for one layout and its siblings. None where a layout could not be
 * simulated (what its kernel reads is then not known).
 */
export declare function cmaNoLayoutReads(cmdline: string, sims: readonly (SimulationResult | undefined)[]): CrashkernelToken[];
/** The `@offset` tail of a value, from its first `@` (was `/@.*$/`); '' without one. */
export declare function atSuffix(value: string): string;
/** The text without the `@…` tail of its last word (was `.replace(/@[^ ]*$/, '')`). */
export declare function withoutAtSuffix(text: string): string;
/** `value` without trailing commas (was `.replace(/,+$/, '')`). */
export declare function trimTrailingCommas(value: string): string;
/** The first `-…:` of a range entry made open-ended, `-:` (was `.replace(/-[^:]*:/, '-:')`). */
export declare function openRangeEntry(entry: string): string;
/**
 * Every `<digits>.<digits><K|M|G|T>` (any case) replaced by `f(int, frac, unit)`, left to right
 * (was `.replace(/(\d+)\.(\d+)([KMGT])/gi, …)`). A match always starts a digit run, so each
 * run is scanned at most twice.
 */
export declare function replaceDecimalSizes(value: string, f: (int: string, frac: string, unit: string) => string): string;
/** A value with its units spelt with a B as the kernel reads them (`256MB`, `256MiB` → `256M`). */
export declare const withoutUnitB: (value: string) => string;
/** The checked kernel series for an arch (the Debian builds the oracle booted), ascending. */
export declare function checkedSeries(arch: string): string[];
export declare const STRATEGIES: Readonly<Record<FixStrategyId, Strategy>>;
