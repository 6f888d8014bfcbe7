import type { CrashkernelOutcome, SimulationResult } from '../engine/index.js';
/**
 * The outcome CK003 is about, or undefined: a plain crashkernel=X that did not fit below
 * CRASH_ADDR_LOW_MAX and was placed above it (not a `,high` the kernel placed below it when
 * nothing was free above). The reports ask it too (mute.ts outcomeRule()), so that the HTML
 * grid's "fell back" and the 🔕 of a suppressed CK003 mean what this rule reports.
 */
export declare function fellBackAbove(sim: SimulationResult): Extract<CrashkernelOutcome, {
    kind: 'reserved';
}> | undefined;
declare const _default: import("./define-rule.js").Rule<"fellBack">;
export default _default;
