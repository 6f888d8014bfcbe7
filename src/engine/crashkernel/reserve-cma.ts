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
import { Trace } from '../trace.js'
import type { CrashkernelOutcome, Layout, PhysRange } from '../types.js'
import { parseCrashkernelClass, type ParseDialect } from './parse.js'

/** CRASHKERNEL_CMA_RANGES_MAX. */
const CRASHKERNEL_CMA_RANGES_MAX = 4

/**
 * Mirrors reserve_crashkernel_cma(): only when parse_crashkernel() succeeded (a
 * `crashkernel=X,cma` alone is rejected with the rest); up to four CMA areas of the requested
 * size, halving on failure, anywhere in RAM (cma_declare_contiguous() with no limit: bottom-up
 * from 4 GiB first). The areas are not "Crash kernel" resources.
 */
export function reserveCrashkernelCma(mb: Memblock, layout: Layout, parse: ParseDialect, rules: CmaRules, outcome: CrashkernelOutcome, trace: Trace): PhysRange[] {
  // A `,cma` token holds the suffix verbatim (get_last_crashkernel() matches it): without one
  // there is nothing to reserve, and every layout of these kernels comes through here.
  if (outcome.kind === 'not-requested' || outcome.kind === 'ignored' || !layout.cmdline.includes(',cma')) return []
  // parse_crashkernel() already parsed (and reported) the ,cma token: re-read it silently.
  const cmaSize = parseCrashkernelClass(layout.cmdline, 0n, ',cma', parse, new Trace()).size
  if (!cmaSize) return []
  if (!layout.config.CMA) {
    trace.warn('crashkernel', 'crashkernel CMA reservation not supported')
    return []
  }
  const pageSize = layout.pageSize
  let requestSize = roundUp(cmaSize, pageSize)
  let reservedSize = 0n
  const ranges: PhysRange[] = []
  while (cmaSize > reservedSize && ranges.length < CRASHKERNEL_CMA_RANGES_MAX) {
    const base = cmaDeclareContiguous(mb, requestSize, 0n, rules, trace)
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
  return ranges
}
