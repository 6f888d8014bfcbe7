// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area: dma_contiguous_reserve() → cma_declare_contiguous_nid(). Its place
 * matters because it is taken before the crash reservation, right under the DMA limit.
 *
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, early_cma;
 *         mm/cma.c cma_declare_contiguous_nid (v5.10.223, v6.12.117, v7.2.13),
 *         __cma_declare_contiguous_nid (v6.16.3 – v7.3.4), cma_alloc_mem (v6.17.8 – v7.3.4)
 */
import { memblockAllocRangeNid, memblockEndOfDram, memblockIsRegionReserved, memblockReserve, NUMA_NO_NODE, type Memblock } from './memblock/memblock.js'
import { parameq, parseEarlyParams } from './params.js'
import { fmtPhys, roundUp, SZ_1M, SZ_4G } from './phys.js'
import type { CmaPolicyFields, KernelPolicy } from './policies/types.js'
import type { Trace } from './trace.js'
import type { Layout, PhysAddr, PhysRange, PhysSize } from './types.js'

/** What cma_declare_contiguous_nid() takes from the arch and the generation. */
export interface CmaRules {
  /** CMA_MIN_ALIGNMENT_BYTES (with the granule). */
  minAlign: PhysSize
  /** "cma: Reserved %ld MiB at %pa" carries " on node %d" (6.6 – 6.x). */
  logNode: boolean
  /**
   * A placement not fixed tries bottom-up from 4 GiB first when RAM reaches past 4 GiB + size
   * ("mm: cma: allocate cma areas bottom-up": in mm/cma.c@v5.13:341-352, absent from @v5.11 and
   * the 5.10.223 tree, so 5.12, UNCONFIRMED); before, only top-down below the limit.
   */
  above4GFirst: boolean
  /**
   * dma_contiguous_reserve() with `cma=…@base-limit`: the command line's limit capped by the
   * arch's, min_not_zero(limit_cmdline, limit) ('min-not-zero'), or used as it is, `limit_cmdline
   * ?: limit` ('replaces'; 7.x: "dma-contiguous: hornor the cma address limit setup by user").
   */
  cmdlineLimit: 'min-not-zero' | 'replaces'
  /**
   * The size "cma: Reserved …" and "cma: Failed to reserve …" give: the area's, aligned to
   * minAlign ('aligned'), or the one asked for ('requested'; 7.x, where the
   * cma_declare_contiguous_nid() wrapper prints the lines, __cma_declare_contiguous_nid()
   * aligns a copy).
   */
  logSize: 'aligned' | 'requested'
  /**
   * A fixed area must not cross highmem_start, __pa(high_memory - 1) + 1, checked before the
   * limit ("Region at %pa defined on low/high memory boundary (%pa)"): unconditional up to 6.x
   * (mm/cma.c@v5.10.223, v6.1.192, v6.12.117 cma_declare_contiguous_nid); 7.x's
   * cma_fixed_reserve() checks it only with CONFIG_HIGHMEM, never on 64-bit (v7.2.13).
   */
  fixedHighmemCheck: boolean
  /**
   * highmem_start where it is not the end of memblock: x86_64 sets high_memory from max_pfn
   * (arch/x86/kernel/setup.c); arm64 and riscv from memblock_end_of_DRAM() (arm64_memblock_init,
   * setup_bootmem's max_low_pfn), the default.
   */
  highmemStart?: PhysAddr
}

/**
 * Engine helper (no kernel counterpart): assembles a generation's CMA policy data.
 * A generation's CmaRules: its policy's fields and the arch's CMA_MIN_ALIGNMENT_BYTES.
 */
export const cmaRules = (pol: CmaPolicyFields, minAlign: PhysSize): CmaRules => ({
  minAlign,
  logNode: pol.cmaLogNode,
  above4GFirst: pol.cmaAbove4GFirst,
  cmdlineLimit: pol.cmaCmdlineLimit,
  logSize: pol.cmaLogSize,
  fixedHighmemCheck: pol.cmaFixedHighmemCheck,
})

/** What early_cma() leaves: size_cmdline, base_cmdline, limit_cmdline. */
export interface CmdlineCma {
  size: PhysSize
  base: PhysAddr
  limit: PhysAddr
}

/**
 * Mirrors early_cma() — kernel/dma/contiguous.c, for every `cma=size[@base[-limit]]` early
 * parameter in order: the size, and with `@` the base and a limit (base + size without a
 * `-limit`); a later `cma=` without `@` keeps the earlier base and limit, as the statics
 * do. Undefined when no `cma=` was given (size_cmdline == -1).
 * @kernel kernel/dma/contiguous.c early_cma (v5.10.223, v6.12.117, v7.2.13)
 */
export function cmaFromCmdline(cmdline: string, policy: KernelPolicy): CmdlineCma | undefined {
  if (!cmdline.includes('cma')) return undefined
  let cma: CmdlineCma | undefined
  for (const p of parseEarlyParams(cmdline)) {
    // `if (!p)`: "Config string not provided", nothing set.
    if (p.val === null || !parameq(p.param, 'cma')) continue
    const size = policy.parse.memparse(p.val, 0)
    cma = { size: size.value, base: cma?.base ?? 0n, limit: cma?.limit ?? 0n }
    if (p.val[size.end] !== '@') continue
    const base = policy.parse.memparse(p.val, size.end + 1)
    cma.base = base.value
    cma.limit = p.val[base.end] === '-' ? policy.parse.memparse(p.val, base.end + 1).value : BigInt.asUintN(64, base.value + size.value)
  }
  return cma
}

/** What dma_contiguous_reserve() reads besides memblock and the arch's limit. */
export interface ContiguousInputs {
  /** The command line the kernel keeps: `cma=` and 7.x's `numa_cma=`, `cma_pernuma=`. */
  cmdline: string
  policy: KernelPolicy
  /** CONFIG_CMA_SIZE_MBYTES (size_bytes: Debian's configs select by megabytes), CONFIG_DMA_NUMA_CMA, CONFIG_CMA_SIZE_PERNUMA (7.x). */
  config: Pick<Layout['config'], 'CMA_SIZE_MBYTES' | 'DMA_NUMA_CMA' | 'CMA_SIZE_PERNUMA'>
  /**
   * The size of a DT `linux,cma-default` pool rmem_cma_setup() made the default area
   * (dma_contiguous_default_area set before this runs), if one did.
   */
  dtDefaultSize?: PhysSize
  /** The online nodes (nr_online_nodes, node_online()) in node order. */
  online: readonly number[]
  /** Possible nodes not online yet (x86's CPU-only nodes until init_cpu_to_node()). */
  offline?: readonly number[]
}

/**
 * Mirrors dma_contiguous_reserve(limit): the global area (dmaContiguousReserveGlobal()) unless
 * a DT pool already is the default area, then the per-node areas of 7.x's
 * dma_numa_cma_reserve(), of the default area's size (the DT pool's where that is the
 * default: kernel/dma/contiguous.c@v7.2.13:205-208, :280, :313); a global area that fails
 * returns before them, as the kernel does. 6.12's dma_numa_cma_reserve() runs first, but
 * places only what `numa_cma=` and `cma_pernuma=` ask for, which are not modelled
 * (dmaNumaCmaReserve()). Returns the global area, if placed.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, dma_numa_cma_reserve (v6.12.117, v7.2.13)
 */
export function dmaContiguousReserve(mb: Memblock, limit: PhysAddr, c: ContiguousInputs, rules: CmaRules, trace: Trace): PhysRange | undefined {
  const area = c.dtDefaultSize === undefined ? dmaContiguousReserveGlobal(mb, cmaFromCmdline(c.cmdline, c.policy), BigInt(c.config.CMA_SIZE_MBYTES) * SZ_1M, limit, rules, trace) : undefined
  dmaNumaCmaReserve(mb, c.cmdline, c.dtDefaultSize ?? area?.size, c.online, !!(c.config.DMA_NUMA_CMA && c.config.CMA_SIZE_PERNUMA), rules, trace, c.offline)
  return area
}

/**
 * Mirrors the global-area block of dma_contiguous_reserve(limit) — kernel/dma/contiguous.c:
 * the default area from `cma=` (fixed when its
 * base + size is its limit; its limit, when set, below `limit`, or from 7.x instead of it) or
 * else CONFIG_CMA_SIZE_MBYTES. Returns the area, if placed.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve (v6.12.117, v7.2.13)
 */
export function dmaContiguousReserveGlobal(mb: Memblock, cmdline: CmdlineCma | undefined, configSize: PhysSize, limit: PhysAddr, rules: CmaRules, trace: Trace): PhysRange | undefined {
  let size = configSize
  let base = 0n
  let fixed = false
  if (cmdline) {
    size = cmdline.size
    base = cmdline.base
    limit = rules.cmdlineLimit === 'replaces' ? cmdline.limit || limit : minNotZero(cmdline.limit, limit)
    // base_cmdline + size_cmdline may overflow: compared as the u64 the kernel adds.
    fixed = BigInt.asUintN(64, cmdline.base + cmdline.size) === cmdline.limit
  }
  if (size === 0n) return undefined
  const at = cmaDeclareContiguous(mb, size, limit, rules, trace, base, fixed)
  return at ? { base: at, size: roundUp(size, rules.minAlign) } : undefined
}

/** min_not_zero(x, y) (include/linux/minmax.h). */
const minNotZero = (x: PhysAddr, y: PhysAddr): PhysAddr => (x === 0n ? y : y === 0n || x < y ? x : y)

/**
 * Mirrors cma_declare_contiguous_nid() — mm/cma.c (v6.12.117:230), called with (base, size,
 * limit, alignment, …, fixed, name, nid): the alignment at least CMA_MIN_ALIGNMENT_BYTES (the default
 * area asks 0, hugetlb_cma a gigantic page); a fixed area is reserved where it is asked for;
 * otherwise (5.12+) bottom-up from 4G first when there is room above 4G, then top-down in
 * [base, limit). Returns the base, or 0 after printing why (the size in the lines per
 * CmaRules.logSize; the node is `nid` as given). `owner` names the area in reports (the crash
 * kernel's `,cma` areas are told from the default one).
 */
export function cmaDeclareContiguous(mb: Memblock, size: PhysSize, limit: PhysAddr, rules: CmaRules, trace: Trace, base: PhysAddr = 0n, fixed = false, owner = 'cma', nid = NUMA_NO_NODE, align: PhysSize = 0n): PhysAddr {
  const memblockEnd = memblockEndOfDram(mb)
  const alignment = align > rules.minAlign ? align : rules.minAlign
  if (fixed && base % alignment !== 0n) {
    trace.err('cma', `cma: Region at ${fmtPhys(base)} must be aligned to ${fmtPhys(alignment)} bytes`)
    return cmaFail(trace, size, rules.logNode, nid)
  }
  // ~(alignment - 1) is -alignment for every integer (~x = -x - 1).
  const mask = 0n - alignment
  base = (base + alignment - 1n) & mask
  // 7.x's wrapper prints its own copy of the size, not the aligned one.
  const requested = size
  size = (size + alignment - 1n) & mask
  const logged = rules.logSize === 'requested' ? requested : size
  limit &= mask
  if (base === 0n) fixed = false
  // Before the limit: a fixed area past the end of RAM gets this line, not "exceeds limit".
  const highmemStart = rules.highmemStart ?? memblockEnd
  if (rules.fixedHighmemCheck && fixed && base < highmemStart && base + size > highmemStart) {
    trace.err('cma', `cma: Region at ${fmtPhys(base)} defined on low/high memory boundary (${fmtPhys(highmemStart)})`)
    return cmaFail(trace, logged, rules.logNode, nid)
  }
  if (limit === 0n || limit > memblockEnd) limit = memblockEnd
  if (base + size > limit) {
    trace.err('cma', `cma: Size (${fmtPhys(size)}) of region at ${fmtPhys(base)} exceeds limit (${fmtPhys(limit)})`)
    return cmaFail(trace, logged, rules.logNode, nid)
  }
  let addr = 0n
  if (fixed) {
    if (memblockIsRegionReserved(mb, base, size)) return cmaFail(trace, logged, rules.logNode, nid)
    memblockReserve(mb, base, size, owner)
    addr = base
  } else {
    // Try bottom-up above 4G first, away from the constrained DMA zones. (7.x tests
    // limit >= 4G + size, the same: the limit is at most memblockEnd, and [4G, limit) holds
    // the area only when it is that high.)
    if (rules.above4GFirst && !mb.bottomUp && memblockEnd >= SZ_4G + size) {
      mb.bottomUp = true
      // On the node only (exact_nid), as the fallback below.
      addr = memblockAllocRangeNid(mb, size, alignment, SZ_4G, limit, owner, nid, true)
      mb.bottomUp = false
    }
    if (!addr) addr = memblockAllocRangeNid(mb, size, alignment, base, limit, owner, nid, true)
    if (!addr) return cmaFail(trace, logged, rules.logNode, nid)
  }
  trace.info('cma', `cma: Reserved ${logged / SZ_1M} MiB at ${fmtPhys(addr)}${rules.logNode ? ` on node ${nid}` : ''}`)
  return addr
}

/**
 * Engine helper (no kernel counterpart): the error cma_declare_contiguous_nid() returned for an
 * area at no fixed base that cmaDeclareContiguous() could not place: -EINVAL where the aligned
 * size passes the end of memblock ("exceeds limit"), else -ENOMEM (no free range).
 * @kernel mm/cma.c cma_declare_contiguous_nid (v6.12.117), __cma_declare_contiguous_nid (v7.2.13)
 */
export function cmaDeclareErrno(mb: Memblock, size: PhysSize, align: PhysSize, rules: CmaRules): number {
  const alignment = align > rules.minAlign ? align : rules.minAlign
  const aligned = (size + alignment - 1n) & (0n - alignment)
  return aligned > memblockEndOfDram(mb) ? -22 : -12
}

/** cma_declare_contiguous_nid()'s failure message; the base it returns is 0. */
function cmaFail(trace: Trace, size: PhysSize, logNode: boolean, nid = NUMA_NO_NODE): PhysAddr {
  trace.err('cma', `cma: Failed to reserve ${size / SZ_1M} MiB${logNode ? ` on node ${nid}` : ''}`)
  return 0n
}

/**
 * Mirrors dma_numa_cma_reserve() — kernel/dma/contiguous.c (v7.2.13), with
 * CONFIG_DMA_NUMA_CMA and CONFIG_CMA_SIZE_PERNUMA on a board with more than one node and a
 * default area: a CMA area of the default area's size on each online node ("numa%d"),
 * placed like the default one but on the node only (above 4 GiB bottom-up first, then
 * top-down), after the default area and before the crash kernel; an online node without
 * memory (a CPU-only one) gets none, and a warning; a possible node not online yet (x86's
 * CPU-only nodes until init_cpu_to_node(): `offline`) is warned of in its place in node order.
 * The sizes `numa_cma=` and
 * `cma_pernuma=` would give instead are not modelled (CK006 says so): with either on the
 * command line nothing is placed here.
 * @kernel kernel/dma/contiguous.c dma_numa_cma_reserve, dma_contiguous_reserve (v7.2.13);
 *         kernel/dma/Kconfig CMA_SIZE_PERNUMA (v7.2.13)
 */
function dmaNumaCmaReserve(mb: Memblock, cmdline: string, defaultSize: PhysSize | undefined, nodes: readonly number[], pernuma: boolean, rules: CmaRules, trace: Trace, offline: readonly number[] = []): void {
  if (!pernuma || defaultSize === undefined || nodes.length < 2) return
  if (parseEarlyParams(cmdline).some((p) => parameq(p.param, 'numa_cma') || parameq(p.param, 'cma_pernuma'))) return
  // for_each_node(): the possible nodes in order, an offline one only warned of.
  for (const nid of [...new Set([...nodes, ...offline])].sort((a, b) => a - b)) {
    if (!nodes.includes(nid)) {
      trace.warn('cma', `cma: invalid node ${nid} specified`)
      continue
    }
    if (cmaDeclareContiguous(mb, defaultSize, 0n, rules, trace, 0n, false, `cma numa${nid}`, nid)) continue
    // An online node without room (a CPU-only node has none). The kernel's line has no newline.
    trace.warn('cma', `cma: dma_numa_cma_reserve: reservation failed: err ${cmaDeclareErrno(mb, defaultSize, 0n, rules)}, node ${nid}`)
  }
}
