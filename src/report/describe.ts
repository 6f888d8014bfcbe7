// SPDX-License-Identifier: GPL-2.0-only
/** Short texts about engine results, shared by the formatters. */
import type { EarlyParamFault, SimulationResult } from '../engine/index.js'
import { fmtPhys, fmtSize } from '../matrix/size.js'

/** How an early parameter's handler faults, as words after the parameter (`"kernelcore" reads through a NULL pointer`). */
export const FAULT_WORDS: Readonly<Record<EarlyParamFault, string>> = {
  bug: 'hits a BUG_ON()',
  'null-dereference': 'reads through a NULL pointer',
}

/**
 * One line saying where crashkernel went.
 *
 * @example
 * describeCrashkernel(sim) // → 'reserved 256 MiB at [0x00000000ec000000, 0x00000000fc000000)'
 */
export function describeCrashkernel(sim: SimulationResult): string {
  const ck = sim.crashkernel
  switch (ck.kind) {
    case 'not-requested':
      return 'not requested'
    case 'ignored':
      return `ignored (${ck.reason})`
    case 'reserved': {
      const main = `reserved ${fmtSize(ck.main.size)} at [${fmtPhys(ck.main.base)}, ${fmtPhys(ck.main.base + ck.main.size)})`
      const low = ck.low ? ` + low ${fmtSize(ck.low.size)} at [${fmtPhys(ck.low.base)}, ${fmtPhys(ck.low.base + ck.low.size)})` : ''
      return `${main}${low}${ck.fellBack ? ' (fell back)' : ''}`
    }
    case 'failed':
      return `failed: ${fmtSize(ck.size)} (${ck.reason})`
    case 'hang':
      return ck.cause === 'early-param' ? `boot stops at ${ck.param} (${ck.fault})` : `boot hangs retrying ${fmtSize(ck.size)}`
  }
}

/** The "Zone ranges" in one line: `DMA [..]  DMA32 empty  Normal [..]`. */
export function describeZones(sim: SimulationResult): string {
  if (sim.zones.length === 0) return '—'
  return sim.zones.map((z) => (z.start === null || z.end === null ? `${z.name} empty` : `${z.name} ${fmtPhys(z.start)}-${fmtPhys(z.end)}`)).join(', ')
}
