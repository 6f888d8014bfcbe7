// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area: dma_contiguous_reserve() → cma_declare_contiguous_nid(). Its place
 * matters because it is taken before the crash reservation, right under the DMA limit.
 *
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, early_cma;
 *         mm/cma.c cma_declare_contiguous_nid (v5.10.223, v6.12.117, v7.2.13),
 *         __cma_declare_contiguous_nid (v6.16.3 – v7.3.4), cma_alloc_mem (v6.17.8 – v7.3.4)
 */
import { freeMemRangesNid, memblockAllocRangeNid, memblockEndOfDram, memblockIsRegionReserved, memblockReserve, NUMA_NO_NODE, type Memblock } from './memblock/memblock.js'
import { MAX_NUMNODES_OF } from './numa.js'
import { parameq, parseEarlyParams, parseNodeSizeList } from './params.js'
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
  dtDefaultSize?: PhysSize | undefined
  /** The online nodes (nr_online_nodes, node_online()) in node order. */
  online: readonly number[]
  /** Possible nodes not online yet (x86's CPU-only nodes until init_cpu_to_node()). */
  offline?: readonly number[]
}

/**
 * Mirrors dma_contiguous_reserve(limit): the global area (dmaContiguousReserveGlobal()) unless
 * a DT pool already is the default area, and the per-node areas of dma_numa_cma_reserve()
 * (dmaNumaCmaReserve()) by the generation: first, with their `cma_pernuma=` and `numa_cma=`
 * sizes (6.6 – 7.1, kernel/dma/contiguous.c@v6.12.117:218, @v7.0:229); or after the global
 * area (7.2+, @v7.2.13:313), where a global area that fails returns before them and
 * CONFIG_CMA_SIZE_PERNUMA gives each node the default area's size (the DT pool's where that is
 * the default: @v7.2.13:205-208, :280) when neither parameter is given. Returns the global
 * area, if placed; the per-node areas placed go to `perNode`.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, dma_numa_cma_reserve (v6.12.117, v7.2.13)
 */
export function dmaContiguousReserve(mb: Memblock, limit: PhysAddr, c: ContiguousInputs, rules: CmaRules, trace: Trace, perNode?: PhysRange[]): PhysRange | undefined {
  const gen = c.policy.dmaNumaCma
  const numa = c.config.DMA_NUMA_CMA && (gen === 'before-global' || gen === 'after-global') ? numaCmaFromCmdline(c.cmdline, c.policy) : undefined
  if (numa && gen === 'before-global') dmaNumaCmaReserve(mb, gen, numa, undefined, c.online, false, rules, trace, c.offline, perNode)
  const cmdline = cmaFromCmdline(c.cmdline, c.policy)
  const configSize = BigInt(c.config.CMA_SIZE_MBYTES) * SZ_1M
  // selected_size, when no DT pool is the default area yet.
  const selected = c.dtDefaultSize === undefined ? (cmdline ? cmdline.size : configSize) : 0n
  const area = selected !== 0n ? dmaContiguousReserveGlobal(mb, cmdline, configSize, limit, rules, trace) : undefined
  // 7.2+: a global area that fails returns before dma_numa_cma_reserve().
  if (numa && gen === 'after-global' && (selected === 0n || area)) dmaNumaCmaReserve(mb, gen, numa, c.dtDefaultSize ?? area?.size, c.online, !!c.config.CMA_SIZE_PERNUMA, rules, trace, c.offline, perNode)
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
  const r = cmaDeclareContiguousNid(mb, size, limit, rules, trace, base, fixed, owner, nid, align)
  if (r.addr === 0n) return cmaFail(trace, r.logged, rules.logNode, nid)
  trace.info('cma', `cma: Reserved ${r.logged / SZ_1M} MiB at ${fmtPhys(r.addr)}${rules.logNode ? ` on node ${nid}` : ''}`)
  return r.addr
}

/**
 * Mirrors __cma_declare_contiguous_nid() — mm/cma.c (v6.17:429-516; the body of
 * cma_declare_contiguous_nid() before 6.15): the checks and their own lines, and the placement,
 * without the "Reserved" or "Failed to reserve" line its callers print. `logged`: the size
 * those lines give (CmaRules.logSize; the size as asked where a fixed base is misaligned,
 * checked before the alignment).
 */
function cmaDeclareContiguousNid(mb: Memblock, size: PhysSize, limit: PhysAddr, rules: CmaRules, trace: Trace, base: PhysAddr, fixed: boolean, owner: string, nid: number, align: PhysSize): { addr: PhysAddr; logged: PhysSize } {
  const memblockEnd = memblockEndOfDram(mb)
  const alignment = cmaAlignment(align, rules)
  if (fixed && base % alignment !== 0n) {
    trace.err('cma', `cma: Region at ${fmtPhys(base)} must be aligned to ${fmtPhys(alignment)} bytes`)
    return { addr: 0n, logged: size }
  }
  // ~(alignment - 1) is -alignment for every integer (~x = -x - 1).
  const mask = 0n - alignment
  // ALIGN() in phys_addr_t: a value within an alignment of 2^64 wraps to 0.
  base = BigInt.asUintN(64, base + alignment - 1n) & mask
  // 7.x's wrapper prints its own copy of the size, not the aligned one.
  const requested = size
  size = BigInt.asUintN(64, size + alignment - 1n) & mask
  const logged = rules.logSize === 'requested' ? requested : size
  limit &= mask
  if (base === 0n) fixed = false
  // A size that wrapped to 0 passes every check below, and cma_init_reserved_mem() then
  // refuses it (-EINVAL; cmaDeclareErrno()) with only the failure line.
  if (size === 0n) return { addr: 0n, logged }
  // Before the limit: a fixed area past the end of RAM gets this line, not "exceeds limit".
  const highmemStart = rules.highmemStart ?? memblockEnd
  if (rules.fixedHighmemCheck && fixed && base < highmemStart && base + size > highmemStart) {
    trace.err('cma', `cma: Region at ${fmtPhys(base)} defined on low/high memory boundary (${fmtPhys(highmemStart)})`)
    return { addr: 0n, logged }
  }
  if (limit === 0n || limit > memblockEnd) limit = memblockEnd
  if (base + size > limit) {
    trace.err('cma', `cma: Size (${fmtPhys(size)}) of region at ${fmtPhys(base)} exceeds limit (${fmtPhys(limit)})`)
    return { addr: 0n, logged }
  }
  let addr = 0n
  if (fixed) {
    if (memblockIsRegionReserved(mb, base, size)) return { addr: 0n, logged }
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
    if (!addr) return { addr: 0n, logged }
  }
  return { addr, logged }
}

/** CMA_MAX_RANGES (mm/cma.h@v6.17:37): the ranges one area may have. */
const CMA_MAX_RANGES = 8

/** A free range cma_declare_contiguous_multi() considers (struct cma_init_memrange). */
interface CmaInitMemrange {
  base: PhysAddr
  size: PhysSize
}

/**
 * Mirrors list_insert_sorted() — mm/cma.c (v6.17:336-354) — on an array as the list: before
 * the first entry `cmp(entry, item)` holds for, else before the last entry (the loop's cursor
 * is left on it), or alone in an empty list. (With revsizecmp and basecmp that is not the
 * order the comments describe; the kernel's is kept.)
 */
function listInsertSorted(list: CmaInitMemrange[], item: CmaInitMemrange, cmp: (l: CmaInitMemrange, r: CmaInitMemrange) => boolean): void {
  if (list.length === 0) {
    list.push(item)
    return
  }
  let at = list.findIndex((l) => cmp(l, item))
  if (at < 0) at = list.length - 1
  list.splice(at, 0, item)
}

/**
 * Mirrors cma_declare_contiguous_multi() — mm/cma.c (v6.17:527-710), 6.15+: one contiguous
 * area as __cma_declare_contiguous_nid() places it (cmaDeclareContiguous() without its
 * "Reserved"/"Failed" line, which this function prints its own way); only when that finds no
 * room (-ENOMEM), up to CMA_MAX_RANGES of the node's free ranges that start at or above
 * 4 GiB, their bases aligned up and ends down to `align`, sizes down to `orderPerBit`; enough
 * of them (taken in the kernel's list order) are reserved from their bases. Prints
 * "Reserved %lu MiB in %d range(s)" or "Failed to reserve %lu MiB" and returns the ranges
 * reserved (none on failure) with the error.
 */
export function cmaDeclareContiguousMulti(mb: Memblock, totalSize: PhysSize, align: PhysSize, orderPerBit: PhysSize, rules: CmaRules, trace: Trace, owner: string, nid: number): { ranges: PhysRange[]; err: number } {
  // __cma_declare_contiguous_nid(): its own lines ("exceeds limit") and no "Reserved"/"Failed".
  const base = cmaDeclareContiguousNid(mb, totalSize, 0n, rules, trace, 0n, false, owner, nid, align).addr
  const done = (ranges: PhysRange[], err: number) => {
    if (err !== 0) trace.err('cma', `cma: Failed to reserve ${totalSize / SZ_1M} MiB`)
    else trace.info('cma', `cma: Reserved ${totalSize / SZ_1M} MiB in ${ranges.length} range${ranges.length === 1 ? '' : 's'}`)
    return { ranges, err }
  }
  if (base !== 0n) return done([{ base, size: roundUp(totalSize, cmaAlignment(align, rules)) }], 0)
  const err = cmaDeclareErrno(mb, totalSize, align, rules)
  if (err !== -12) return done([], err)
  const alignment = cmaAlignment(align, rules)
  const ranges: CmaInitMemrange[] = []
  let sizesum = 0n
  for (const [lo, hi] of freeMemRangesNid(mb, nid)) {
    // upper_32_bits(start) == 0: a range that starts below 4 GiB is passed over whole.
    if (lo < SZ_4G) continue
    const start = roundUp(lo, alignment)
    if (start >= hi) continue
    const end = hi - (hi % alignment)
    if (end <= start) continue
    const size = (end - start) - ((end - start) % orderPerBit)
    if (size === 0n) continue
    sizesum += size
    let mrp: CmaInitMemrange
    if (ranges.length < CMA_MAX_RANGES) mrp = { base: 0n, size: 0n }
    else {
      // list_last_entry(): replaced unless this range is smaller.
      mrp = ranges[ranges.length - 1]!
      if (size < mrp.size) continue
      ranges.pop()
      sizesum -= mrp.size
    }
    mrp.base = start
    mrp.size = size
    listInsertSorted(ranges, mrp, (l, r) => l.size > r.size)
  }
  if (sizesum < totalSize) return done([], -12)
  // Moved to a list "by address" until they hold the total.
  const final: CmaInitMemrange[] = []
  sizesum = 0n
  for (const mlp of ranges) {
    listInsertSorted(final, mlp, (l, r) => l.base < r.base)
    sizesum += mlp.size
    if (sizesum >= totalSize) break
  }
  const out: PhysRange[] = []
  let left = totalSize
  for (const mlp of final) {
    const size = left < mlp.size ? left : mlp.size
    memblockReserve(mb, mlp.base, size, owner)
    out.push({ base: mlp.base, size })
    left -= size
    if (left === 0n) break
  }
  return done(out, 0)
}

/**
 * Engine helper (no kernel counterpart): the error cma_declare_contiguous_nid() returned for an
 * area at no fixed base that cmaDeclareContiguous() could not place: -EINVAL where the aligned
 * size passes the end of memblock ("exceeds limit") or wrapped to 0 (cma_init_reserved_mem()),
 * else -ENOMEM (no free range).
 * @kernel mm/cma.c cma_declare_contiguous_nid (v6.12.117), __cma_declare_contiguous_nid (v7.2.13)
 */
export function cmaDeclareErrno(mb: Memblock, size: PhysSize, align: PhysSize, rules: CmaRules): number {
  const alignment = cmaAlignment(align, rules)
  const aligned = BigInt.asUintN(64, size + alignment - 1n) & (0n - alignment)
  return aligned === 0n || aligned > memblockEndOfDram(mb) ? -22 : -12
}

/** max_t(phys_addr_t, alignment, CMA_MIN_ALIGNMENT_BYTES): the alignment an area gets. */
const cmaAlignment = (align: PhysSize, rules: CmaRules): PhysSize => (align > rules.minAlign ? align : rules.minAlign)

/** cma_declare_contiguous_nid()'s failure message; the base it returns is 0. */
function cmaFail(trace: Trace, size: PhysSize, logNode: boolean, nid = NUMA_NO_NODE): PhysAddr {
  trace.err('cma', `cma: Failed to reserve ${size / SZ_1M} MiB${logNode ? ` on node ${nid}` : ''}`)
  return 0n
}

/** What `cma_pernuma=` and `numa_cma=` leave (pernuma_size_bytes, numa_cma_size[], numa_cma_configured). */
export interface NumaCmaCmdline {
  /** pernuma_size_bytes: the last `cma_pernuma=`'s size (0 without one). */
  pernuma: PhysSize
  /** numa_cma_size[]: the nodes `numa_cma=` lists named, each with its last size. */
  inNode: Map<number, PhysSize>
  /** numa_cma_configured (7.2+): either parameter was given, with a value. */
  configured: boolean
}

/** Neither parameter (shared: nothing writes it). */
const NO_NUMA_CMA: NumaCmaCmdline = Object.freeze({ pernuma: 0n, inNode: new Map<number, PhysSize>(), configured: false })

/**
 * Mirrors early_cma_pernuma() and early_numa_cma() for every such early parameter in order:
 * `cma_pernuma=` memparse()s its value; `numa_cma=` reads `nid:size` items
 * (parseNodeSizeList(): a nid of MAX_NUMNODES or more, or an item without ':', ends it) into
 * numa_cma_size[]. `numa_cma=` is an early param from 6.6 only (CONFIG_DMA_NUMA_CMA; before,
 * arm64's CONFIG_DMA_PERNUMA_CMA has `cma_pernuma=` alone). A bare token faults
 * (earlyParamStops()); it is skipped here.
 * @kernel kernel/dma/contiguous.c early_cma_pernuma (v5.10.223:104-110, v6.12.117:127-132,
 *         v7.2.13:170-176), early_numa_cma (v6.12.117:100-125, v7.2.13:141-168)
 */
export function numaCmaFromCmdline(cmdline: string, policy: KernelPolicy): NumaCmaCmdline {
  if (!cmdline.includes('numa')) return NO_NUMA_CMA
  const out: NumaCmaCmdline = { pernuma: 0n, inNode: new Map(), configured: false }
  for (const p of parseEarlyParams(cmdline)) {
    if (p.val === null) continue
    if (parameq(p.param, 'cma_pernuma')) {
      out.pernuma = policy.parse.memparse(p.val, 0).value
      out.configured = true
    } else if (parameq(p.param, 'numa_cma') && policy.dmaNumaCma !== 'pernuma-bootmem') {
      for (const [nid, size] of parseNodeSizeList(p.val, policy.parse.memparse, MAX_NUMNODES_OF[policy.arch]).items) out.inNode.set(nid, size)
      out.configured = true
    }
  }
  return out
}

/**
 * Mirrors dma_pernuma_cma_reserve() — kernel/dma/contiguous.c (v5.10.223:131-155, the same in
 * v6.1.192), arm64's with CONFIG_DMA_PERNUMA_CMA up to 6.5, from bootmem_init(): a
 * `cma_pernuma=` area on each online node ("pernuma%d"), placed like the default one but on
 * the node only; a node without room is warned of (no newline) and skipped.
 * @kernel kernel/dma/contiguous.c dma_pernuma_cma_reserve; arch/arm64/mm/init.c bootmem_init
 *         (v5.10.223, v6.1.192:421)
 */
export function dmaPernumaCmaReserve(mb: Memblock, size: PhysSize, online: readonly number[], rules: CmaRules, trace: Trace): void {
  if (size === 0n) return
  for (const nid of online) {
    if (cmaDeclareContiguous(mb, size, 0n, rules, trace, 0n, false, `cma pernuma${nid}`, nid)) continue
    trace.warn('cma', `cma: dma_pernuma_cma_reserve: reservation failed: err ${cmaDeclareErrno(mb, size, 0n, rules)}, node ${nid}`)
  }
}

/**
 * Mirrors dma_numa_cma_reserve() — kernel/dma/contiguous.c, with CONFIG_DMA_NUMA_CMA, over the
 * possible nodes in order (a possible node not online yet, x86's CPU-only nodes until
 * init_cpu_to_node(): `offline`, is warned of when it has a size):
 * - 'before-global' (6.6 – 7.1): on each online node a `cma_pernuma=` area ("pernuma%d"),
 *   then its `numa_cma=` area ("numa%d");
 * - 'after-global' (7.2+): one area, `numa_cma=`'s size or else `cma_pernuma=`'s; with
 *   CONFIG_CMA_SIZE_PERNUMA (`pernumaConfig`), neither parameter given, a default area
 *   (`defaultSize`) and more than one online node, the default area's size.
 * Each is placed like the default area but on the node only (above 4 GiB bottom-up first,
 * then top-down); one that does not fit (a CPU-only node has no memory) is warned of, without
 * a newline.
 * @kernel kernel/dma/contiguous.c dma_numa_cma_reserve (v6.12.117:158-195, v7.0:169-206,
 *         v7.2.13:201-232); kernel/dma/Kconfig CMA_SIZE_PERNUMA (v7.2.13)
 */
function dmaNumaCmaReserve(mb: Memblock, gen: 'before-global' | 'after-global', req: NumaCmaCmdline, defaultSize: PhysSize | undefined, nodes: readonly number[], pernumaConfig: boolean, rules: CmaRules, trace: Trace, offline: readonly number[] = [], placed?: PhysRange[]): void {
  let pernuma = req.pernuma
  if (gen === 'after-global' && pernumaConfig && !req.configured && defaultSize !== undefined && nodes.length > 1) pernuma = defaultSize
  if (pernuma === 0n && req.inNode.size === 0) return
  const declare = (size: PhysSize, name: string, nid: number): void => {
    const base = cmaDeclareContiguous(mb, size, 0n, rules, trace, 0n, false, `cma ${name}${nid}`, nid)
    if (base) {
      placed?.push({ base, size: roundUp(size, rules.minAlign) })
      return
    }
    trace.warn('cma', `cma: dma_numa_cma_reserve: reservation failed: err ${cmaDeclareErrno(mb, size, 0n, rules)}, node ${nid}`)
  }
  // for_each_node(): the possible nodes in order, an offline one only warned of.
  for (const nid of [...new Set([...nodes, ...offline])].sort((a, b) => a - b)) {
    const own = req.inNode.get(nid) ?? 0n
    if (!nodes.includes(nid)) {
      if (pernuma !== 0n || own !== 0n) trace.warn('cma', `cma: invalid node ${nid} specified`)
      continue
    }
    if (gen === 'after-global') {
      // The node's own size has the priority.
      const size = own !== 0n ? own : pernuma
      if (size !== 0n) declare(size, 'numa', nid)
      continue
    }
    if (pernuma !== 0n) declare(pernuma, 'pernuma', nid)
    if (own !== 0n) declare(own, 'numa', nid)
  }
}
