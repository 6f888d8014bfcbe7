// SPDX-License-Identifier: GPL-2.0-only
/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have, and a version test. Each names its source; the
 * engine could expose them instead (SimulationResult.crashAlign would replace crashAlign()).
 */
import type { SimulationResult } from '../engine/index.js'

/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export const MEMBLOCK_NOMAP_FLAG = 1 << 2

const SZ_1M = 1n << 20n
const SZ_2M = 1n << 21n
const SZ_16M = 1n << 24n

/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined {
  const m = /^(\d+)\.(\d+)/.exec(sim.kernel)
  if (!m) return undefined
  const [ma, mi] = [Number(m[1]), Number(m[2])]
  return ma > major || (ma === major && mi >= minor)
}

/**
 * CRASH_ALIGN for a fixed base: arm64 SZ_2M (arch/arm64/include/asm/crash_reserve.h), riscv
 * PMD_SIZE = 2 MiB with 4K pages, x86 16 MiB from 6.7 (generic code) and 1 MiB before
 * (arch/x86/kernel/setup.c reserve_crashkernel, v6.1: memblock_phys_alloc_range(…, SZ_1M, …)).
 */
export function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel'>): bigint {
  if (sim.arch === 'x86_64') return kernelAtLeast(sim, 6, 7) === false ? SZ_1M : SZ_16M
  return SZ_2M
}
