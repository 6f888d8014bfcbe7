// SPDX-License-Identifier: GPL-2.0-only
/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have (from the simulated policy) and a version test.
 */
import { crashkernelFixedAlign, type SimulationResult } from '../engine/index.js'
import { InternalError } from '../errors.js'

/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export const MEMBLOCK_NOMAP_FLAG = 1 << 2

/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined {
  const m = /^(\d+)\.(\d+)/.exec(sim.kernel)
  if (!m) return undefined
  const [ma, mi] = [Number(m[1]), Number(m[2])]
  return ma > major || (ma === major && mi >= minor)
}

/**
 * The alignment a fixed base must have under the policy the layout was simulated with (the
 * engine's crashkernelFixedAlign(): CRASH_ALIGN, or x86 ≤6.6's 1 MiB). A policy named by the
 * layout decides, not the release, so the rules agree with what the simulation did.
 */
export function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): bigint {
  const align = crashkernelFixedAlign(sim)
  if (align === undefined) throw new InternalError(`assertion failed: no ${sim.arch} policy "${sim.policy}" for a simulated result`)
  return align
}
