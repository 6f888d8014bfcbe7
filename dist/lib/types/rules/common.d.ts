/**
 * Small helpers the engine rules share: the evidence lines a finding quotes, region and size
 * texts, and how a board's `expect` turns a fact into an error.
 */
import { type CrashRegion, type PhysAddr, type SimulationResult, type TraceEvent } from '../engine/index.js';
import type { DecodedLayout } from '../matrix/types.js';
import { fmtSize } from '../matrix/size.js';
import type { Severity } from '../report/types.js';
/** The lines the crash-kernel code printed (dmesg order). */
export declare function crashEvidence(sim: SimulationResult): TraceEvent[];
/**
 * The crash-kernel lines and the "Zone ranges:" block in the order the kernel printed them:
 * the block before the deferred reservation's lines up to 6.x on arm64 and riscv64, after
 * them on x86_64 and from 7.0 (SimulationResult.zoneLinesAt).
 */
export declare function crashAndZoneEvidence(sim: SimulationResult): TraceEvent[];
/** `[0x…, 0x…)` — half-open, as the kernel's crash lines print the end. */
export declare const rangeText: (r: {
    base: bigint;
    size: bigint;
}) => string;
/** Human size: `256 MiB`. */
export declare const sizeText: typeof fmtSize;
/**
 * An amount of System RAM, as every finding and fix says it: MiB, with two decimals rounded
 * down when not whole (4095.49 MiB must read as less than 4 GiB, never as the whole MiB
 * above it). One helper, so that a fix beside a finding quotes the figure its message does
 * (sizeText() gave "1048059 KiB" where CK004 said "1023 MiB").
 */
export declare function ramText(x: bigint): string;
/** Inclusive address: `0x000000003fffffff`. */
export declare const addrText: (a: PhysAddr) => string;
/** How many items a message quotes from a list, and how many characters of each. */
export declare const QUOTE_MAX_ITEMS = 5;
export declare const QUOTE_MAX_CHARS = 80;
/** `text` cut to `max` characters, with `…` where it was cut. */
export declare const clipText: (text: string, max?: number) => string;
/**
 * A list as a message quotes it, of bounded size whatever the input: at most
 * QUOTE_MAX_ITEMS items, each clipped to QUOTE_MAX_CHARS, then `… and N more`.
 * quoteList(['a', 'b'], ', ', (x) => `"${x}"`) // → '"a", "b"'
 */
export declare function quoteList(items: readonly string[], sep: string, wrap?: (item: string) => string): string;
/** The expectations of the board schema (`expect`), by name. */
export type Expectation = keyof DecodedLayout['expect'];
/**
 * The severity of a fact under the board's expectation: `error` when the board requires it,
 * `otherwise` when not. The rule's message ends with `{{required}}`, filled by requiredText().
 */
export declare function expectSeverity(layout: DecodedLayout, expectation: Expectation, otherwise: Severity): Severity;
/** The `{{required}}` tail of an escalated message: ` (expect.noFallbackAbove4G)` or ''. */
export declare function requiredText(layout: DecodedLayout, expectation: Expectation): string;
/** The dump-target devices with their pointers. */
export declare function dumpTargets(layout: DecodedLayout): Array<{
    name: string;
    dmaLimit: PhysAddr;
    pointer: string;
}>;
/** Bytes of `r` at or below the inclusive address `reach`. */
export declare function reachableBytes(r: CrashRegion | {
    base: bigint;
    size: bigint;
}, reach: PhysAddr): bigint;
