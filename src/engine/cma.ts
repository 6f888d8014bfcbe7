// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area: dma_contiguous_reserve() → cma_declare_contiguous_nid(). Its place
 * matters because it is taken before the crash reservation, right under the DMA limit.
 *
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, early_cma;
 *         mm/cma.c cma_declare_contiguous_nid (v5.10.223, v6.12.117, v7.2.13)
 */
import { memblockAllocRangeNid, memblockEndOfDram, type Memblock } from './memblock/memblock.js'
import { fmtPhys, SZ_1M, SZ_4G } from './phys.js'
import type { KernelPolicy } from './policies/types.js'
import type { Trace } from './trace.js'
import type { PhysAddr, PhysSize } from './types.js'

/** `cma=size[@base[-limit]]`: the size, when given (the last `cma=` wins, as early_param does). */
export function cmaSizeFromCmdline(cmdline: string, policy: KernelPolicy): PhysSize | undefined {
  // The tokens are the space-separated words; a `cma=` word starts at 0 or after a space.
  // memparse() stops at the space that ends the word as it would at the word's end (a space
  // is neither a digit nor a suffix), so the word need not be cut out of the line.
  let size: PhysSize | undefined
  for (let p = cmdline.indexOf('cma='); p !== -1; p = cmdline.indexOf('cma=', p + 1)) {
    if (p > 0 && cmdline.charCodeAt(p - 1) !== 32) continue
    size = policy.parse.memparse(cmdline, p + 4).value
  }
  return size
}

/**
 * Mirrors cma_declare_contiguous_nid(base = 0, size, limit, alignment = 0, …, fixed = false):
 * bottom-up from 4G first when there is room above 4G, then top-down under `limit`.
 * Returns the base, or 0 after printing the failure.
 */
export function cmaDeclareContiguous(
  mb: Memblock,
  size: PhysSize,
  limit: PhysAddr,
  minAlign: PhysSize,
  logNode: boolean,
  trace: Trace,
): PhysAddr {
  const memblockEnd = memblockEndOfDram(mb)
  const alignment = minAlign
  // ~(alignment - 1) is -alignment for every integer (~x = -x - 1).
  const mask = -alignment
  size = (size + alignment - 1n) & mask
  limit &= mask
  if (limit === 0n || limit > memblockEnd) limit = memblockEnd
  if (size > limit) return cmaFail(trace, size, logNode)
  let addr = 0n
  // Try bottom-up above 4G first, away from the constrained DMA zones.
  if (!mb.bottomUp && memblockEnd >= SZ_4G + size) {
    mb.bottomUp = true
    addr = memblockAllocRangeNid(mb, size, alignment, SZ_4G, limit, 'cma')
    mb.bottomUp = false
  }
  if (!addr) addr = memblockAllocRangeNid(mb, size, alignment, 0n, limit, 'cma')
  if (!addr) return cmaFail(trace, size, logNode)
  trace.info('cma', `cma: Reserved ${size / SZ_1M} MiB at ${fmtPhys(addr)}${logNode ? ' on node -1' : ''}`)
  return addr
}

/** cma_declare_contiguous_nid()'s failure message; the base it returns is 0. */
function cmaFail(trace: Trace, size: PhysSize, logNode: boolean): PhysAddr {
  trace.err('cma', `cma: Failed to reserve ${size / SZ_1M} MiB${logNode ? ' on node -1' : ''}`)
  return 0n
}
