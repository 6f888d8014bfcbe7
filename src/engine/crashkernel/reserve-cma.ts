// SPDX-License-Identifier: GPL-2.0-only
/**
 * reserve_crashkernel_cma(): the `crashkernel=X,cma` areas, as an arch's
 * arch_reserve_crashkernel() calls it right after reserve_crashkernel_generic(): x86_64 from
 * 6.17 (arch/x86/kernel/setup.c@v6.17.8, not @v6.16.3), riscv64 and arm64 from 7.3
 * (arch/riscv/mm/init.c@v7.3.4, arch/arm64/mm/init.c@v7.3.4; both pass no cma_size @v7.2.13).
 * The code is generic, so the
 * arch only brings its CMA rules.
 *
 * @kernel kernel/crash_reserve.c reserve_crashkernel_cma (v6.17.8 – v7.3.4);
 *         include/linux/crash_reserve.h CRASHKERNEL_CMA_RANGES_MAX (v6.17.8 – v7.3.4)
 */
import { cmaDeclareContiguous, type CmaRules } from '../cma.js'
import type { Memblock } from '../memblock/memblock.js'
import { roundUp } from '../phys.js'
import type { Trace } from '../trace.js'
import type { CrashkernelCma, PhysRange, PhysSize } from '../types.js'
import type { CrashReserveResult } from './reserve.js'

/** CRASHKERNEL_CMA_RANGES_MAX. */
const CRASHKERNEL_CMA_RANGES_MAX = 4

/**
 * Mirrors reserve_crashkernel_cma() — kernel/crash_reserve.c (v6.17.8:477) with the `,cma` size parse_crashkernel() read (the
 * request's `cma`): only when parse_crashkernel() succeeded (a `crashkernel=X,cma` alone is
 * rejected with the rest), whether or not the main reservation did, as long as it returned; up to four CMA areas of
 * the requested size, halving on failure, anywhere in RAM (cma_declare_contiguous() with no
 * limit: bottom-up from 4 GiB first). The areas are not "Crash kernel" resources.
 * @returns the reservation's result, with what this reserved as its `cma` where it was asked for any
 */
export function reserveCrashkernelCma(mb: Memblock, crash: CrashReserveResult, pageSize: PhysSize, configCma: boolean, rules: CmaRules, trace: Trace): CrashReserveResult {
  const cma = reserveCma(mb, crash, pageSize, configCma, rules, trace)
  return cma ? { ...crash, cma } : crash
}

/** reserve_crashkernel_cma()'s body: what it reserved, or undefined where it was not called or asked for nothing. */
function reserveCma(mb: Memblock, crash: CrashReserveResult, pageSize: PhysSize, configCma: boolean, rules: CmaRules, trace: Trace): CrashkernelCma | undefined {
  const cmaSize = crash.request.cma
  // Not called when parse_crashkernel() failed (not-requested, ignored), nor after a
  // reserve_crashkernel_generic() that never returns (its endless `goto retry`: hang).
  const k = crash.outcome.kind
  if (!cmaSize || k === 'not-requested' || k === 'ignored' || k === 'hang') return undefined
  if (!configCma) {
    trace.warn('crashkernel', 'crashkernel CMA reservation not supported')
    return { requested: cmaSize, reserved: 0n, ranges: [], unsupported: true }
  }
  let requestSize = roundUp(cmaSize, pageSize)
  let reservedSize = 0n
  const ranges: PhysRange[] = []
  while (cmaSize > reservedSize && ranges.length < CRASHKERNEL_CMA_RANGES_MAX) {
    const base = cmaDeclareContiguous(mb, requestSize, 0n, rules, trace, 0n, false, 'crashkernel cma')
    if (!base) {
      // reservation failed, try half-sized blocks
      if (requestSize <= pageSize) break
      requestSize = roundUp(requestSize / 2n, pageSize)
      continue
    }
    ranges.push({ base, size: roundUp(requestSize, rules.minAlign) })
    reservedSize += requestSize
  }
  const mb20 = (x: bigint): string => (x >> 20n).toString()
  if (cmaSize > reservedSize) {
    trace.warn('crashkernel', `crashkernel CMA reservation failed: ${mb20(cmaSize)} MB requested, ${mb20(reservedSize)} MB reserved in ${ranges.length} ranges`)
  } else {
    trace.info('crashkernel', `crashkernel CMA reserved: ${mb20(reservedSize)} MB in ${ranges.length} ranges`)
  }
  return { requested: cmaSize, reserved: reservedSize, ranges }
}
