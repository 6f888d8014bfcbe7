// SPDX-License-Identifier: GPL-2.0-only
/** Short texts about engine results, shared by the formatters. */
import type { EarlyParamFault, SimulationResult } from '../engine/index.js'
import { fmtAddr, humanSize } from './memory-map.js'

/** How an early parameter's handler faults, as words after the parameter (`"kernelcore" reads through a NULL pointer`). */
export const FAULT_WORDS: Readonly<Record<EarlyParamFault, string>> = {
  bug: 'hits a BUG_ON()',
  'null-dereference': 'reads through a NULL pointer',
}

/**
 * What the kernel did with `crashkernel=X,cma` (x86_64 6.17+, arm64 and riscv64 7.3+), or
 * undefined where it read no `,cma` size.
 *
 * @example
 * describeCrashkernelCma(sim) // → 'reserved 128 MiB in 1 CMA area: 128 MiB at 0x1_0000_0000 – 0x1_07ff_ffff'
 */
export function describeCrashkernelCma(sim: SimulationResult): string | undefined {
  const c = sim.crashkernelCma
  if (!c) return undefined
  if (c.unsupported) return 'not reserved: this kernel has no CONFIG_CMA ("crashkernel CMA reservation not supported")'
  if (c.ranges.length === 0) return `FAILED: no CMA area of ${humanSize(c.requested)} or a fraction of it found room`
  const areas = `${c.ranges.length} CMA area${c.ranges.length === 1 ? '' : 's'}: ${c.ranges.map((r) => `${humanSize(r.size)} at ${fmtAddr(r.base)} – ${fmtAddr(r.base + r.size - 1n)}`).join(', ')}`
  return c.reserved < c.requested ? `only ${humanSize(c.reserved)} of ${humanSize(c.requested)} reserved, in ${areas}` : `reserved ${humanSize(c.reserved)} in ${areas}`
}

/**
 * Whether the simulated boot stopped in parse_early_param() (CK007): the memory map, the
 * zones and CRASH_ADDR_LOW_MAX were never set up, and the result's zeros for them are no
 * figures to show.
 */
export function bootStoppedEarly(sim: SimulationResult): boolean {
  return sim.crashkernel.kind === 'hang' && sim.crashkernel.cause === 'early-param'
}
