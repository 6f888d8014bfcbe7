// SPDX-License-Identifier: GPL-2.0-only
/** What happened to crashkernel= in one layout, as one of a few statuses for the grid. */
import type { SimulationResult } from '../../engine/index.js'
import { crashkernelCutOff } from '../describe.js'
import { outcomeRule } from '../mute.js'

/**
 * Grid statuses. `panics`: the boot panics after the reservation (SimulationResult.panic,
 * CK012), whatever the reservation did: the machine never comes up. `cut-off`: the engine's 'not-requested' for a command line whose every
 * crashkernel= lies past the part the kernel keeps (crashkernelCutOff(), CK004 `truncated`):
 * asked for, never read. `not-simulated`: the engine does not model the combination (an
 * SC004 finding exists, no result).
 */
export type LayoutStatus = 'reserved' | 'fell-back' | 'failed' | 'hang' | 'panics' | 'ignored' | 'cut-off' | 'not-requested' | 'not-simulated'

export interface StatusMeta {
  /** Words for the grid cell and legend. */
  label: string
  /** A glyph so the status does not rest on colour alone (DejaVu/Liberation cover these). */
  glyph: string
  /** A problem status counts for "problems only" and for which maps are drawn first. */
  problem: boolean
  /** Sort order in counts and legend (most serious first). */
  rank: number
}

export const STATUS_META: Readonly<Record<LayoutStatus, StatusMeta>> = {
  panics: { label: 'panics', glyph: '\u2020', problem: true, rank: 0 },
  hang: { label: 'hang', glyph: '\u221E', problem: true, rank: 1 },
  failed: { label: 'failed', glyph: '\u2717', problem: true, rank: 2 },
  'fell-back': { label: 'fell back', glyph: '\u21B7', problem: true, rank: 3 },
  ignored: { label: 'ignored', glyph: '\u2205', problem: true, rank: 4 },
  // The glyph of "nothing asked for" (the kernel read none), the words of what happened.
  'cut-off': { label: 'cut off', glyph: '\u2013', problem: true, rank: 5 },
  'not-simulated': { label: 'not simulated', glyph: '?', problem: true, rank: 6 },
  'not-requested': { label: 'not requested', glyph: '\u2013', problem: false, rank: 7 },
  reserved: { label: 'reserved', glyph: '\u2713', problem: false, rank: 8 },
}

/** Statuses in legend order. */
export const STATUSES: readonly LayoutStatus[] = (Object.keys(STATUS_META) as LayoutStatus[]).sort((a, b) => STATUS_META[a].rank - STATUS_META[b].rank)

/**
 * The grid status of a simulated layout; `cmdline` (the layout's command line) tells a
 * crashkernel= cut off by COMMAND_LINE_SIZE from none at all.
 *
 * @example
 * layoutStatus({ crashkernel: { kind: 'reserved', fellBack: true, main: <above lowMax>, … } }) // → 'fell-back'
 */
export function layoutStatus(result: SimulationResult, cmdline?: string): LayoutStatus {
  // A boot that panics after the reservation (CK012): the machine never comes up.
  if (result.panic) return 'panics'
  const ck = result.crashkernel
  switch (ck.kind) {
    case 'reserved':
      // The fallback CK003 is about: a plain request placed above the low limit. A ,high request
      // the kernel placed below it when nothing was free above is reserved, and no problem, as the
      // job summary's ✅ row has it (its section still says where it fell back to).
      return outcomeRule(result, cmdline) === 'CK003' ? 'fell-back' : 'reserved'
    case 'failed':
      return 'failed'
    case 'hang':
      return 'hang'
    case 'ignored':
      return 'ignored'
    case 'not-requested':
      return crashkernelCutOff(result, cmdline) !== undefined ? 'cut-off' : 'not-requested'
  }
}
