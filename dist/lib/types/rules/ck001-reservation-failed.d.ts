/**
 * CK001 reservation-failed: crashkernel= was parsed, but the kernel could not reserve it —
 * no free block below the limit(s), the low part failed (and the kernel freed the main
 * region), or a fixed `@offset` is in use, not memory or misaligned. Quotes the kernel's own
 * line and names the real cause of a fixed-offset failure (6.5+ prints "memory is in use"
 * for all of them).
 */
import { type SimulationResult } from '../engine/index.js';
type MessageId = 'noRoom' | 'noWindow' | 'lowFailed' | 'fixedInUse' | 'fixedNotMemory' | 'fixedOverlaps' | 'fixedMisaligned' | 'fixedUnmapped';
type FailedReason = Extract<SimulationResult['crashkernel'], {
    kind: 'failed';
}>['reason'];
/**
 * Why [base, base + size) could not be reserved, in words, from the final memblock state,
 * with the failure reason those words amount to (6.5+ reports every fixed-offset failure as
 * `fixed-in-use`, the path the kernel took; this is the cause). The crash kernel's own
 * reservations are no cause: the main region is what failed, and the `,cma` areas (owner
 * `crashkernel cma`) come after it (reserve_crashkernel_cma() runs once the main reservation
 * is done or failed), so one placed in the window did not take it. A region memblock merged
 * counts by every owner it holds.
 */
export declare function fixedCause(sim: SimulationResult, base: bigint, size: bigint): {
    reason: FailedReason;
    words: string;
};
declare const _default: import("./define-rule.js").Rule<MessageId>;
export default _default;
