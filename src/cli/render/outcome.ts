// SPDX-License-Identifier: GPL-2.0-only
/** Short words for a crash-kernel outcome: where it landed (zone, address), fell back, failed, hang, panic after it. */
import type { CrashkernelOutcome, SimulationResult, ZoneRange } from '../../engine/index.js'
import { bootPanicWords, crashkernelCutOff, cutOffText, FAULT_WORDS } from '../../report/describe.js'
import { fmtAddr, humanSize } from '../../report/memory-map.js'
import { failedWords, IGNORED } from '../../report/outcome-words.js'
import type { Palette } from './color.js'

/** The zone that holds an address ("DMA", "DMA32", "Normal"), or "?" outside every zone. */
export function zoneOf(zones: readonly ZoneRange[], addr: bigint): string {
  for (const z of zones) if (z.start !== null && z.end !== null && z.start <= addr && addr <= z.end) return z.name
  return '?'
}

/** How an outcome is classed in tables (and compared between neighbouring cells). */
export type OutcomeClass = 'reserved' | 'fell-back' | 'failed' | 'hang' | 'panic' | 'ignored' | 'none'

/** outcomeClass() of a whole simulation: 'panic' for a boot that panics after the reservation (CK012), whatever it reserved. */
export function simulationClass(sim: SimulationResult): OutcomeClass {
  return sim.panic ? 'panic' : outcomeClass(sim.crashkernel)
}

export function outcomeClass(o: CrashkernelOutcome): OutcomeClass {
  if (o.kind === 'reserved') return o.fellBack ? 'fell-back' : 'reserved'
  if (o.kind === 'not-requested') return 'none'
  return o.kind
}

/**
 * The arrow of a region placed by the kernel's fallback: `↑` for a plain request that did not
 * fit below the low limit and went above it, `↓` for a `,high` request that found no room
 * above the low limit and went below it; '' for a first-attempt placement.
 */
export function fallbackArrow(o: Extract<CrashkernelOutcome, { kind: 'reserved' }>): string {
  if (!o.fellBack) return ''
  return o.high ? '↓' : '↑'
}

/**
 * A table cell: `DMA32 0x2ee0_0000`, `Normal 0x2_3fe0_0000 +low DMA`, `↑Normal …` / `↓DMA32 …`
 * (placed by the fallback, see fallbackArrow()), `FAILED no room`, `HANG`, `PANIC` (after the
 * reservation), `ignored: syntax`.
 * The address is the main region's base.
 */
export function outcomeCell(sim: SimulationResult): string {
  // The region is reserved first, but the machine never comes up to use it.
  if (sim.panic) return 'PANIC'
  const o = sim.crashkernel
  switch (o.kind) {
    case 'reserved': {
      const low = o.low ? ` +low ${zoneOf(sim.zones, o.low.base)}` : ''
      return `${fallbackArrow(o)}${zoneOf(sim.zones, o.main.base)} ${fmtAddr(o.main.base)}${low}`
    }
    case 'failed':
      return `FAILED ${failedWords(sim, o)}`
    case 'hang':
      return 'HANG'
    case 'ignored':
      return `ignored: ${IGNORED[o.reason]}`
    case 'not-requested':
      return '—'
  }
}

/** Colours a cell by its class. */
export function colourCell(cls: OutcomeClass, text: string, c: Palette): string {
  switch (cls) {
    case 'reserved':
      return c.green(text)
    case 'fell-back':
      return c.yellow(text)
    case 'failed':
    case 'hang':
    case 'panic':
      return c.bold(c.red(text))
    case 'ignored':
      return c.magenta(text)
    case 'none':
      return c.dim(text)
  }
}

/** A searched window, its last byte inclusive; an empty one by where it is. */
const windowText = (w: { base: bigint; size: bigint }): string => (w.size === 0n ? `the empty window at ${fmtAddr(w.base)}` : `${fmtAddr(w.base)} – ${fmtAddr(w.base + w.size - 1n)}`)

/**
 * One sentence for a whole outcome.
 *
 * @example
 * describeOutcome(sim) // → 'reserved 256 MiB at 0x1ee0_0000 – 0x2edf_ffff (ZONE_DMA)'
 * @param cmdline - the layout's command line: tells a crashkernel= past the part the kernel keeps from none
 */
export function describeOutcome(sim: SimulationResult, cmdline?: string): string {
  const panic = bootPanicWords(sim)
  return panic === undefined ? describeReservation(sim, cmdline) : `${describeReservation(sim, cmdline)}; then ${panic.replace('panics', 'PANICS')}`
}

/**
 * The line the kernel printed refusing a crashkernel= value it could not parse, which
 * describeOutcome() quotes: "syntax" covers every value the parser refuses, the kernel's own
 * line says which. Undefined for any other outcome.
 */
export function refusalLine(sim: SimulationResult): string | undefined {
  const o = sim.crashkernel
  return o.kind === 'ignored' && o.reason === 'syntax' ? sim.trace.find((e) => e.source === 'crashkernel' && e.level !== 'info')?.text : undefined
}

/** describeOutcome() of the reservation alone. */
function describeReservation(sim: SimulationResult, cmdline?: string): string {
  const o = sim.crashkernel
  const span = (r: { base: bigint; size: bigint }) => `${humanSize(r.size)} at ${fmtAddr(r.base)} – ${fmtAddr(r.base + r.size - 1n)} (ZONE_${zoneOf(sim.zones, r.base)})`
  switch (o.kind) {
    case 'reserved':
      return `reserved ${span(o.main)}${o.low ? ` + low ${span(o.low)}` : ''}${o.fellBack ? (o.high ? ', after falling back below the low limit (no room above it for ,high)' : ', after falling back above the low limit') : ''}${o.fixed ? ', at the fixed @offset' : ''}`
    case 'failed':
      // The largest free block the failed search saw (CK001 says it too): what did fit.
      return `FAILED to reserve ${humanSize(o.size)}: ${failedWords(sim, o)}${o.searched.length > 0 ? ` (searched ${o.searched.map(windowText).join(', then ')}${o.largestFree ? `; the largest free block there was ${humanSize(o.largestFree.size)} at ${fmtAddr(o.largestFree.base)} – ${fmtAddr(o.largestFree.base + o.largestFree.size - 1n)}` : ''})` : ''}`
    case 'hang':
      if (o.cause === 'early-param') return `the boot STOPS in parse_early_param(): "${o.param}" ${FAULT_WORDS[o.fault]} in ${o.at}, before crashkernel= is read`
      return o.window.size === 0n
        ? `the boot HANGS: the kernel retries ${humanSize(o.size)} in the empty window at ${fmtAddr(o.window.base)} forever`
        : `the boot HANGS: the kernel retries ${humanSize(o.size)} in the same window ${fmtAddr(o.window.base)} – ${fmtAddr(o.window.base + o.window.size - 1n)} forever`
    case 'ignored': {
      const said = refusalLine(sim)
      return `ignored by the kernel (${said !== undefined ? `"${said}"` : IGNORED[o.reason]}): no crash kernel memory`
    }
    case 'not-requested': {
      const cut = crashkernelCutOff(sim, cmdline)
      return cut !== undefined ? cutOffText(cut) : 'no crashkernel= on the command line'
    }
  }
}
