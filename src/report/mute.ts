// SPDX-License-Identifier: GPL-2.0-only
/**
 * When a simulated layout with no active finding is muted rather than clean, the same in every
 * report that shows a per-layout outcome (the job summary's 🔕 row, the HTML grid's muted cell,
 * left out of the pull-request comment and of the HTML "problems" filter): a layout whose
 * outcome or findings a board accepted must look neither like a success nor like a problem.
 */
import type { SimulationResult } from '../engine/index.js'
import { fellBackAbove } from '../rules/ck003-fell-back-high.js'
import { crashkernelCutOff } from './describe.js'
import type { Finding } from './types.js'

/**
 * The rule that reports a layout's outcome when it is one to look at: CK012 a boot that
 * panics after the reservation, CK001 a failed reservation, CK005 or CK007 a hang, CK003 a
 * plain request that fell back above the low limit (as CK003 checks it: not a `,high` that
 * fell back below it), CK004 a crashkernel= the kernel ignores or never reads (cut off).
 * Undefined for any other outcome.
 *
 * @example
 * outcomeRule({ crashkernel: { kind: 'failed', … }, … }) // → 'CK001'
 */
export function outcomeRule(sim: SimulationResult, cmdline?: string): string | undefined {
  if (sim.panic) return 'CK012'
  const ck = sim.crashkernel
  switch (ck.kind) {
    case 'failed':
      return 'CK001'
    case 'hang':
      return ck.cause === 'endless-retry' ? 'CK005' : 'CK007'
    case 'ignored':
      return 'CK004'
    case 'not-requested':
      return crashkernelCutOff(sim, cmdline) !== undefined ? 'CK004' : undefined
    case 'reserved':
      return fellBackAbove(sim) ? 'CK003' : undefined
  }
}

/** The kernel never gets a usable crash kernel: the reservation fails or hangs, or the boot panics. */
export function outcomeFails(sim: SimulationResult): boolean {
  return sim.panic !== undefined || sim.crashkernel.kind === 'failed' || sim.crashkernel.kind === 'hang'
}

/**
 * Why a simulated layout with no active finding is muted, or undefined when it is not (it has
 * an active finding, or nothing to accept):
 * - `suppressed`: every finding of the layout is suppressed (a board's `suppress`). For an
 *   outcome that fails (outcomeFails()) the finding of that outcome (outcomeRule()) must be one
 *   of them: another suppressed finding (an unmodelled parameter) does not accept a failure.
 * - `off`: the rule that reports its outcome (a fallback, an ignored crashkernel=) reported
 *   nothing, as its severity is "off" for the board. Not for an outcome that fails: without a
 *   suppression and its reason, a failing kernel stays a problem.
 *
 * @param findings - the layout's own findings, suppressed ones included
 * @example
 * layoutMute([{ ruleId: 'CK003', severity: 'warning', suppressed: { reason: 'NVMe dump' } }], fellBackSim) // → 'suppressed'
 * layoutMute([], fellBackSim) // → 'off'
 * layoutMute([], failedSim) // → undefined
 */
export function layoutMute(findings: readonly Pick<Finding, 'ruleId' | 'suppressed'>[], sim: SimulationResult, cmdline?: string): 'suppressed' | 'off' | undefined {
  if (findings.some((f) => !f.suppressed)) return undefined
  const rule = outcomeRule(sim, cmdline)
  const ruled = rule !== undefined && findings.some((f) => f.ruleId === rule)
  if (outcomeFails(sim)) return ruled ? 'suppressed' : undefined
  if (rule !== undefined && !ruled) return 'off'
  return findings.length > 0 ? 'suppressed' : undefined
}
