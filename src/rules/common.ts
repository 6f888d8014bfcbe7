// SPDX-License-Identifier: GPL-2.0-only
/**
 * Small helpers the engine rules share: the evidence lines a finding quotes, region and size
 * texts, and how a board's `expect` turns a fact into an error.
 */
import { dmesgOf, type CrashRegion, type PhysAddr, type SimulationResult, type TraceEvent } from '../engine/index.js'
import type { DecodedLayout } from '../matrix/types.js'
import { fmtPhys, fmtSize } from '../matrix/size.js'
import type { Severity } from '../report/types.js'

/** The lines the crash-kernel code printed (dmesg order). */
export function crashEvidence(sim: SimulationResult): TraceEvent[] {
  return sim.trace.filter((e) => e.source === 'crashkernel')
}

/**
 * The crash-kernel lines and the "Zone ranges:" block in the order the kernel printed them:
 * the block before the deferred reservation's lines up to 6.x on arm64 and riscv64, after
 * them on x86_64 and from 7.0 (SimulationResult.zoneLinesAt).
 */
export function crashAndZoneEvidence(sim: SimulationResult): TraceEvent[] {
  // dmesgOf()'s order; of the trace's own events the crash kernel's only (not the warnings
  // find_zone_movable_pfns_for_nodes() prints under the source 'zones' too).
  const traced = new Set(sim.trace)
  return dmesgOf(sim).filter((e) => e.source === 'crashkernel' || !traced.has(e))
}

/** `[0x…, 0x…)` — half-open, as the kernel's crash lines print the end. */
export const rangeText = (r: { base: bigint; size: bigint }): string => `[${fmtPhys(r.base)}, ${fmtPhys(r.base + r.size)})`

/** Human size: `256 MiB`. */
export const sizeText = fmtSize

/**
 * An amount of System RAM, as every finding and fix says it: MiB, with two decimals rounded
 * down when not whole (4095.49 MiB must read as less than 4 GiB, never as the whole MiB
 * above it). One helper, so that a fix beside a finding quotes the figure its message does
 * (sizeText() gave "1048059 KiB" where CK004 said "1023 MiB").
 */
export function ramText(x: bigint): string {
  if ((x & 0xfffffn) === 0n) return `${x >> 20n} MiB`
  const hundredths = (x * 100n) >> 20n
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, '0')} MiB`
}

/** Inclusive address: `0x000000003fffffff`. */
export const addrText = (a: PhysAddr): string => fmtPhys(a)

/** How many items a message quotes from a list, and how many characters of each. */
export const QUOTE_MAX_ITEMS = 5
export const QUOTE_MAX_CHARS = 80

/** `text` cut to `max` characters, with `…` where it was cut. */
export const clipText = (text: string, max = QUOTE_MAX_CHARS): string => (text.length <= max ? text : `${text.slice(0, max - 1)}…`)

/**
 * A list as a message quotes it, of bounded size whatever the input: at most
 * QUOTE_MAX_ITEMS items, each clipped to QUOTE_MAX_CHARS, then `… and N more`.
 * quoteList(['a', 'b'], ', ', (x) => `"${x}"`) // → '"a", "b"'
 */
export function quoteList(items: readonly string[], sep: string, wrap: (item: string) => string = (x) => x): string {
  const shown = items.slice(0, QUOTE_MAX_ITEMS).map((x) => wrap(clipText(x)))
  const more = items.length - shown.length
  return more > 0 ? `${shown.join(sep)}${sep}… and ${more} more` : shown.join(sep)
}

/** The expectations of the board schema (`expect`), by name. */
export type Expectation = keyof DecodedLayout['expect']

/**
 * The severity of a fact under the board's expectation: `error` when the board requires it,
 * `otherwise` when not. The rule's message ends with `{{required}}`, filled by requiredText().
 */
export function expectSeverity(layout: DecodedLayout, expectation: Expectation, otherwise: Severity): Severity {
  return layout.expect[expectation] ? 'error' : otherwise
}

/** The `{{required}}` tail of an escalated message: ` (expect.noFallbackAbove4G)` or ''. */
export function requiredText(layout: DecodedLayout, expectation: Expectation): string {
  return layout.expect[expectation] ? ` (expect.${expectation})` : ''
}

/** The dump-target devices with their pointers. */
export function dumpTargets(layout: DecodedLayout): Array<{ name: string; dmaLimit: PhysAddr; pointer: string }> {
  return layout.layout.devices.flatMap((d, i) => (d.dumpTarget ? [{ name: d.name, dmaLimit: d.dmaLimit, pointer: layout.pointers.devices[i] ?? layout.pointers.board }] : []))
}

/** Bytes of `r` at or below the inclusive address `reach`. */
export function reachableBytes(r: CrashRegion | { base: bigint; size: bigint }, reach: PhysAddr): bigint {
  if (r.base > reach) return 0n
  const end = r.base + r.size - 1n
  return (end <= reach ? end : reach) - r.base + 1n
}
