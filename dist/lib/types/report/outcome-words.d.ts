/**
 * Short words for why a crash-kernel request failed or was ignored, the same in every format
 * (sweep's cells, explain, the job summary's layout table, the HTML report), rather than the
 * engine's reason codes (`fixed-in-use`, `size-exceeds-ram`).
 */
import type { CrashkernelOutcome, SimulationResult } from '../engine/index.js';
/** Words for an ignored request's reason. */
export declare const IGNORED: Record<Extract<CrashkernelOutcome, {
    kind: 'ignored';
}>['reason'], string>;
/**
 * A failure's words. A fixed `@offset` the kernel reports as in use (from 6.5 it reports every
 * fixed-offset failure so) gets the cause CK001 names, so a misaligned base reads the same on
 * every kernel of a sweep.
 */
export declare function failedWords(sim: SimulationResult, o: Extract<CrashkernelOutcome, {
    kind: 'failed';
}>): string;
/** The words for a failed or ignored outcome's reason; '' for any other outcome. */
export declare function reasonWords(sim: SimulationResult): string;
/** riscv64's paging mode in words ("sv48, limited by the DT's cpu mmu-type"); undefined elsewhere. */
export declare function satpModeWords(sim: SimulationResult): string | undefined;
/** `forcedBasePagesBy` as words, joined by `separator`. */
export declare const forcedByWords: (ids: readonly string[], separator?: string) => string;
