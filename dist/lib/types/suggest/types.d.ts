/**
 * The suggestion engine's vocabulary: which fix strategies exist, what a rule hands over to
 * them, and what a candidate change is. Types only, so rules can name strategies without
 * importing the engine that runs them.
 */
import type { PhysAddr, SimulationResult } from '../engine/index.js';
/**
 * A way to change one value of the board so that a finding goes away. Each is implemented in
 * src/suggest/strategies.ts and yields candidates in order of preference.
 *
 * - `highLowPair`   crashkernel=X,high + crashkernel=Y,low instead of the plain size
 * - `addLow`        add (or resize) crashkernel=Y,low next to a ,high request
 * - `smallerLow`    the largest ,low that fits below the low limit
 * - `smallerSize`   the largest main size (≥ 64 MiB) that makes the finding go away
 * - `explicitHigh`  the size that fell back above the low limit asked for there: crashkernel=X,high
 * - `smallerCma`    the largest `,cma` size (16 MiB steps) the kernel reserves whole
 * - `offsetInReach` crashkernel=X@base with base inside the reach (device DMA or low limit)
 * - `autoPlacement` drop the @offset
 * - `plainSize`     crashkernel=X instead of X,high (kernels without ,high)
 * - `addSize`       add a plain crashkernel=X to a command line that has none (or only ,cma tokens), or put it in place of one that asks for 0 bytes
 * - `addHigh`       add the crashkernel=X,high a ,low token sizes the low part of
 * - `tokensFirst`   move the crashkernel= tokens to the front of a command line the kernel cuts short
 * - `fixSyntax`     common spelling fixes: 256MB → 256M, auto → the RHEL ranges, ,cma removed
 * - `respellName`   crashkernel= spelt as the kernel looks for it (crashkernal=256M, crashkernel = 256M)
 * - `extendRange`   widen a range form so that it covers the board's RAM
 * - `removeToken`   drop a token the kernel ignores
 * - `removeRejected` drop a token the kernel rejects, where other crashkernel= tokens stay
 * - `removeZero`    drop a token that asks for 0 bytes, where other crashkernel= tokens stay
 * - `newerKernel`   the nearest newer checked kernel where the finding is gone
 * - `otherKernel`   the nearest checked kernel (older first) where the finding is gone
 */
export type FixStrategyId = 'highLowPair' | 'addLow' | 'smallerLow' | 'smallerSize' | 'explicitHigh' | 'smallerCma' | 'offsetInReach' | 'autoPlacement' | 'plainSize' | 'addSize' | 'addHigh' | 'tokensFirst' | 'fixSyntax' | 'respellName' | 'restoreToken' | 'extendRange' | 'removeToken' | 'removeRejected' | 'removeZero' | 'newerKernel' | 'otherKernel';
/** What a rule tells the strategies about one report. */
export interface FixRequest {
    /** Highest physical address (inclusive) the fixed region must stay at or below. */
    reach?: PhysAddr;
    /** Preferred base for a fixed region (candidates nearest to it first); absent = highest first. */
    near?: PhysAddr;
    /** The crashkernel= token the report is about (exactly as on the command line). */
    token?: string;
    /** The `,cma` size wanted is one the kernel reserves in a single area (CK009), not only whole. */
    oneCmaArea?: boolean;
    /** What upstream changed, for the description of a kernel change ("fixed upstream in 6.4 (04a2a7af3d97)"). */
    kernelNote?: string;
    /**
     * What the finding's reader still gets on the kernel a kernel change moves to, read from that
     * kernel's simulation of the layout (LM001: a linear map base-paged for another reason), or
     * undefined; the change's description adds it.
     */
    kernelStill?: (after: SimulationResult) => string | undefined;
}
/** A candidate change of one value of the board. */
export type Change = 
/**
 * `ownLine`: the description already says the board gets a command line of its own (the
 * edit of a line read from a preset or `defaults` adds one to the board); without it the
 * suggestion engine says so.
 */
{
    target: 'cmdline';
    value: string;
    description: string;
    ownLine?: true;
} | {
    target: 'kernel';
    value: string;
    description: string;
    still?: FixRequest['kernelStill'];
};
