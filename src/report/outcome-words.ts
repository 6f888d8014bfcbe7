// SPDX-License-Identifier: GPL-2.0-only
/**
 * Short words for why a crash-kernel request failed or was ignored, the same in every format
 * (sweep's cells, explain, the job summary's layout table, the HTML report), rather than the
 * engine's reason codes (`fixed-in-use`, `size-exceeds-ram`).
 */
import type { CrashkernelOutcome, SimulationResult } from '../engine/index.js'
import { fixedCause } from '../rules/ck001-reservation-failed.js'

/** Words for an ignored request's reason. */
export const IGNORED: Record<Extract<CrashkernelOutcome, { kind: 'ignored' }>['reason'], string> = {
  syntax: 'syntax',
  zero: 'size 0',
  'size-exceeds-ram': '≥ RAM',
  'unsupported-suffix': 'suffix unknown',
  // Only suffix tokens the plain parse skips: ,low, and ,cma where the kernel has it.
  'low-only': ',low/,cma only',
  'no-crash-kernel': 'no kdump',
  'kdump-kernel': 'kdump kernel',
}

const FAILED: Record<Extract<CrashkernelOutcome, { kind: 'failed' }>['reason'], string> = {
  'no-room': 'no room',
  'low-failed': 'low part failed',
  'fixed-in-use': '@ in use',
  'fixed-not-memory': '@ not RAM',
  'fixed-misaligned': '@ misaligned',
  'fixed-overlaps': '@ overlaps',
}

/**
 * A failure's words. A fixed `@offset` the kernel reports as in use (from 6.5 it reports every
 * fixed-offset failure so) gets the cause CK001 names, so a misaligned base reads the same on
 * every kernel of a sweep.
 */
export function failedWords(sim: SimulationResult, o: Extract<CrashkernelOutcome, { kind: 'failed' }>): string {
  const base = sim.request.base
  return FAILED[o.reason === 'fixed-in-use' && base !== undefined ? fixedCause(sim, base, o.size).reason : o.reason]
}

/** The words for a failed or ignored outcome's reason; '' for any other outcome. */
export function reasonWords(sim: SimulationResult): string {
  const ck = sim.crashkernel
  return ck.kind === 'failed' ? failedWords(sim, ck) : ck.kind === 'ignored' ? IGNORED[ck.reason] : ''
}

/** Why riscv64 runs the paging mode it does (SatpModeFacts.setBy), for explain and the HTML report. */
const SATP_SET_BY: Record<NonNullable<SimulationResult['satpMode']>['setBy'], string> = {
  cpu: 'the deepest mode the CPU takes',
  release: 'the deepest mode this release sets',
  no4lvl: 'limited by no4lvl on the command line',
  no5lvl: 'limited by no5lvl on the command line',
  'mmu-type': "limited by the DT's cpu mmu-type",
}

/** riscv64's paging mode in words ("sv48, limited by the DT's cpu mmu-type"); undefined elsewhere. */
export function satpModeWords(sim: SimulationResult): string | undefined {
  return sim.satpMode && `${sim.satpMode.mode}, ${SATP_SET_BY[sim.satpMode.setBy]}`
}

/**
 * Why the whole arm64 linear map is base-paged (the engine's `forcedBasePagesBy` ids), as the
 * user meets it: the option that sets rodata_full, the kernel's names otherwise. `kfence_late`
 * is the engine's id, not the kernel's, which tests `kfence_early_init`
 * (arm64_kfence_can_set_direct_map(), 6.1.65+). One table for explain, the HTML report and LM001.
 */
const FORCED_BY: Record<string, string> = {
  rodata_full: 'rodata=full',
  debug_pagealloc: 'debug_pagealloc',
  crash_mem_map: 'crash_mem_map',
  kfence: 'CONFIG_KFENCE',
  kfence_late: 'KFENCE without an early pool',
  realm_world: 'running as a Realm (is_realm_world())',
}

/** `forcedBasePagesBy` as words, joined by `separator`. */
export const forcedByWords = (ids: readonly string[], separator = ', '): string => ids.map((id) => FORCED_BY[id] ?? id).join(separator)
