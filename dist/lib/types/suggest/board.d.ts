/**
 * One crashkernel= value for a whole board: the values to try (plain sizes, `@offset` inside
 * every dump target's reach, `,high` + `,low` pairs), each simulated on every layout the
 * board lists (RAM variant × kernel) and judged by the rules as `check` judges it, then
 * ranked. `crashkernel-check suggest <board>` prints this; the per-finding suggestions of
 * index.ts answer a narrower question (what makes this one finding go away).
 *
 * "Works" on a layout: the kernel reserves the region and no rule reports an error (after the
 * board's own severity overrides and suppressions).
 */
import { type SimulationResult } from '../engine/index.js';
import type { DecodedLayout } from '../matrix/types.js';
/**
 * Sizes tried between the best ladder value and the next one (each on every layout), at most:
 * a bisection over 2^6 - 1 steps, enough for the widest gap of the default candidates (512M
 * to 1G with ,high: 31 steps of 16M); a wider gap (a board's own 4G) ends coarser.
 */
export declare const MAX_REFINE_PROBES = 6;
export type BoardValueForm = 'size' | 'high+low' | 'offset';
export interface BoardCandidate {
    /** In --sizes notation: `256M`, `1G,high+128M,low`, `256M@0x30000000`. */
    value: string;
    form: BoardValueForm;
    /** The main region's size. */
    size: bigint;
    /** Everything reserved (main + low). */
    total: bigint;
}
export interface LayoutVerdict {
    /** The layout with the candidate's tokens in its command line. */
    layout: DecodedLayout;
    /** Undefined when the engine could not simulate it (`error` says why). */
    sim?: SimulationResult;
    error?: string | undefined;
    /** The kernel panics before the reservation (LayoutDoesNotBootError): simulated, with no result. */
    panics?: true;
    works: boolean;
    /** The rules' errors (`CK001: message`); a region that was not reserved is `sim`'s outcome, not listed here. */
    errors: string[];
    /** Rule ids of the warnings and notes, when it works or not. */
    warnings: string[];
    notes: string[];
    fellBack: boolean;
}
export interface BoardVerdict {
    candidate: BoardCandidate;
    layouts: LayoutVerdict[];
    works: boolean;
}
export interface BoardValues {
    /** The board's own crashkernel= value in --sizes notation, if it has one. */
    own: string | undefined;
    /** The main size the board's command line asks for (mainSizeOf(); for a range list, the first layout's), if any. */
    current: bigint | undefined;
    /** The values that work on every layout, best first (rankBoardVerdicts()). */
    working: BoardVerdict[];
    /** The others, in the order tried. */
    failing: BoardVerdict[];
    /**
     * The board's `,cma` tokens that every value leaves out, as written (cmaNoLayoutReads()):
     * none of its kernels reserves crashkernel CMA, and those before 6.17 reject the token, and
     * with it the crashkernel= parse. Empty where some kernel reads them: then every value keeps them.
     */
    droppedCma: string[];
}
/**
 * A board's own crashkernel= value in --sizes notation (its tokens' values joined by `+`),
 * read from its first layout, or undefined when it has none.
 *
 * @example
 * ownValue(layouts) // → '1G,high+128M,low' for "crashkernel=1G,high crashkernel=128M,low"
 */
export declare function ownValue(layouts: readonly DecodedLayout[]): string | undefined;
/**
 * Simulates a layout with its crashkernel= tokens replaced by `value` (--sizes notation); its
 * `,cma` tokens stay unless `dropCma` (withCrashkernel()).
 */
export declare function simulateWith(layout: DecodedLayout, value: string, dropCma?: boolean): {
    layout: DecodedLayout;
    sim?: SimulationResult;
    error?: string;
    panics?: true;
};
/**
 * A value in --sizes notation as a candidate: its form, its main size (the last plain token,
 * else the last `,high` one; 0 for a range list) and everything it reserves.
 *
 * @example
 * boardCandidate('1G,high+128M,low') // → { value: '1G,high+128M,low', form: 'high+low', size: 1 GiB, total: 1 GiB + 128 MiB }
 */
export declare function boardCandidate(value: string): BoardCandidate;
/**
 * The values to try. `sizes` (--sizes) gives the main size of every form; without it, plain
 * sizes are the board's and the ladder, ,high pairs and ,high alone the board's, 512M and 1G,
 * and @offset the board's (or 256M). `extra` values (--sizes notation) come right after the board's own.
 */
export declare function boardCandidates(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[], current: bigint | undefined, sizes: readonly bigint[] | undefined, extra?: readonly string[]): BoardCandidate[];
/**
 * Simulates one candidate on every layout and judges each.
 *
 * @param tick - called once per layout simulated (progress)
 * @param dropCma - leave the layouts' `,cma` tokens out (BoardValues.droppedCma)
 */
export declare function verifyBoardCandidate(c: BoardCandidate, layouts: readonly DecodedLayout[], tick?: () => void, dropCma?: boolean): BoardVerdict;
/**
 * The step of a board's finer sizes: 16 MiB, or the largest CRASH_ALIGN of its layouts' kernel
 * policies if that is coarser (every policy's is 16 MiB or less today: arm64 and riscv 2 MiB,
 * x86 16 MiB), so that every size tried is a multiple of the alignment it is reserved at.
 */
export declare function refineStep(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[]): bigint;
/**
 * The candidates of `c`'s kind at other main sizes: a plain size, a lone `,high` or a `,high`
 * + `,low` pair with the same low part; undefined for any other value (`@offset`, a range
 * list, a size not written as memSize() writes it).
 *
 * @example
 * sizeSeries(boardCandidate('512M,high+128M,low'))?.(464n << 20n) // → '464M,high+128M,low'
 */
export declare function sizeSeries(c: BoardCandidate): ((size: bigint) => string) | undefined;
/** How many of a value's layouts it leaves less than half of their System RAM. */
export declare const overHalfLayouts: (v: BoardVerdict) => number;
/** Does the value leave every layout at least half of its System RAM (main region and low part, as reserved)? */
export declare function reservesAtMostHalf(v: BoardVerdict): boolean;
/**
 * Best first: fewer layouts with warnings, then with notes (a value `check --fail-on note`
 * passes), size at or above the board's and closest to it, the board's own value, simplest form.
 */
export declare function rankBoardVerdicts(a: BoardVerdict, b: BoardVerdict, current: bigint | undefined, own: string | undefined): number;
export interface BoardValuesOptions {
    /** Main sizes to try in every form, instead of the default ladder. */
    sizes?: readonly bigint[];
    /** The layouts' simulations as they are (undefined where the engine threw); simulated here when absent. */
    baseline?: readonly (SimulationResult | undefined)[];
    /** Values to try besides the default ones, in --sizes notation (`464M`, `1G,high+128M,low`). */
    extra?: readonly string[];
    /** Candidates whose main region is larger are not tried (a caller that could not use them). */
    maxSize?: bigint;
    /** Which working values the caller could offer (default all): finer sizes are searched around the best of these. */
    accept?: (v: BoardVerdict) => boolean;
    /** A value the caller keeps over any other that does as well (the edit the findings agree on): then no finer size is searched. */
    prefer?: string;
    /**
     * The most simulations the search may make (not counting the baseline's): when the default
     * candidates need more, none is made; finer sizes only take what they leave.
     */
    maxSimulations?: number;
    /** Told the most simulations the search makes, before the first (finer sizes may need fewer). */
    onTotal?: (simulations: number) => void;
    /** Called after each of them (progress). */
    tick?: () => void;
}
/**
 * The crashkernel= values that work on every layout of a board, ranked, and those that do not.
 *
 * @param layouts - the board's layouts (one board: the same command line in each)
 * @returns undefined only when the search needs more than `options.maxSimulations`
 * @example
 * suggestBoardValues(rpi4Layouts).working[0]?.candidate.value // → '256M'
 */
export declare function suggestBoardValues(layouts: readonly DecodedLayout[], options?: BoardValuesOptions): BoardValues | undefined;
