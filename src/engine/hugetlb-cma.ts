// SPDX-License-Identifier: GPL-2.0-only
/**
 * `hugetlb_cma=`: CMA areas for gigantic huge pages, one per online node, that every arch
 * reserved before its crash kernel up to 6.x. x86 calls hugetlb_cma_reserve() in setup_arch()
 * right after dma_contiguous_reserve() (with GBPAGES), arm64 in bootmem_init() right after NUMA
 * init (before sparse_init() and the deferred crash reservation), riscv64 at the end of
 * setup_bootmem() (5.15+, before NUMA init has given memblock a node, so with CONFIG_NUMA the
 * area asked of node 0 is never found); the areas are whole gigantic pages (1 GiB, 16 GiB with
 * arm64's 64K pages), so they move what comes after by a lot. 7.0 calls it from mm_core_init_early(), after the crash
 * kernel. 6.15 – 6.19 reserve over hugetlb_bootmem_nodes (the nodes of memblock's memory)
 * through cma_declare_contiguous_multi(), which can split an area into ranges above 4 GiB
 * (x86 and arm64; riscv64's call, before NUMA init, is not modelled: CK006 says so).
 *
 * The early_param() and the call exist only with CONFIG_CMA (and CONFIG_HUGETLB_PAGE, which
 * every build here has): without CMA the token is an unknown parameter that reserves nothing.
 *
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma, hugetlb_cma_reserve (v5.10.223, v5.15,
 *         v5.17, v6.0, v6.1.192, v6.12.117, v6.14); arch/arm64/mm/hugetlbpage.c
 *         arm64_hugetlb_cma_reserve; arch/arm64/mm/init.c bootmem_init; arch/x86/kernel/setup.c
 *         setup_arch; arch/riscv/mm/init.c setup_bootmem (v5.15, v6.1.192, v6.12.117);
 *         mm/hugetlb_cma.c hugetlb_cma_reserve (v6.17:138-245)
 */
import { cmaDeclareContiguous, cmaDeclareContiguousMulti, cmaDeclareErrno, type CmaRules } from './cma.js'
import type { Memblock } from './memblock/memblock.js'
import { MAX_NUMNODES_OF } from './numa.js'
import { parameq, parseEarlyParams, parseNodeSizeList } from './params.js'
import { SZ_1M, SZ_4K } from './phys.js'
import type { HugetlbCmaGeneration, KernelPolicy } from './policies/types.js'
import type { Trace } from './trace.js'
import type { PhysRange, PhysSize } from './types.js'

/** What cmdline_parse_hugetlb_cma() leaves: hugetlb_cma_size and hugetlb_cma_size_in_node[]. */
export interface HugetlbCmaRequest {
  size: PhysSize
  /** The nodes a `nid:size` list named, with their sizes (5.17+). */
  inNode: Map<number, PhysSize>
}

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x)

/**
 * Mirrors cmdline_parse_hugetlb_cma() for every `hugetlb_cma=` early parameter in order, into
 * one state as the kernel's statics keep it. 'size' (≤5.16): memparse() of the value.
 * 'per-node-int' (5.17 – 5.18), 'per-node' (5.19+): `nid:size[,nid:size…]`
 * (parseNodeSizeList(): a nid out of range stops the list), each size added to the total; an item not `digits:` makes the total
 * memparse() of the whole value instead, so `0:1G,2G` sets it to memparse("0:1G,2G"), 0.
 * Undefined when nothing was set. A bare token faults (earlyParamStops()); it is skipped here.
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma (v5.10.223:5712, v5.17:6882-6915, v6.12.117:7656-7691);
 *         lib/vsprintf.c vsscanf (v6.12.117)
 */
export function cmdlineParseHugetlbCma(cmdline: string, policy: KernelPolicy): HugetlbCmaRequest | undefined {
  if (!cmdline.includes('hugetlb')) return undefined
  let req: HugetlbCmaRequest | undefined
  for (const p of parseEarlyParams(cmdline)) {
    if (p.val === null || !parameq(p.param, 'hugetlb_cma')) continue
    req ??= { size: 0n, inNode: new Map() }
    if (policy.hugetlbCma.syntax === 'size') {
      req.size = policy.parse.memparse(p.val, 0).value
      continue
    }
    const list = parseNodeSizeList(p.val, policy.parse.memparse, MAX_NUMNODES_OF[policy.arch], policy.hugetlbCma.syntax === 'per-node-int')
    for (const [nid, size] of list.items) {
      req.inNode.set(nid, size)
      req.size = U64(req.size + size)
    }
    if (list.plain) req.size = policy.parse.memparse(p.val, 0).value
  }
  return req
}

/**
 * The page sizes hugetlb_cma_reserve() works with: the gigantic page it is called for,
 * PAGE_SIZE << order, and PAGE_SIZE << HUGETLB_PAGE_ORDER, the PMD (2 MiB; arm64's with its
 * granule). Undefined where the arch does not call it (x86 without GBPAGES).
 */
export type HugetlbCmaPages = { gigantic: PhysSize; pmd: PhysSize } | undefined

/**
 * Mirrors hugetlb_cma_reserve(order) — mm/hugetlb.c, 5.10 – 6.14: the per-node requests
 * checked (an offline node warned of and dropped, one under a gigantic page too), the total
 * checked against one gigantic page, then with no per-node request the total split evenly
 * over the online nodes ("reserve %lu MiB, up to %lu MiB per node", the share rounded up to a
 * gigantic page in that line from 6.1.176 / 6.12.90), each node's area rounded up to a
 * gigantic page and declared through cma_declare_contiguous_nid() on the node, aligned to the
 * gigantic page or (5.16 – 6.9) a PMD, until the total is reached. Returns the areas placed,
 * in order.
 * @kernel mm/hugetlb.c hugetlb_cma_reserve (v5.10.223:5720-5769, v5.17, v6.1.192, v6.12.117:7695-7800, v6.14);
 *         mm/cma.c cma_declare_contiguous_nid
 */
export function hugetlbCmaReserve(mb: Memblock, pages: NonNullable<HugetlbCmaPages>, req: HugetlbCmaRequest, online: readonly number[], gen: HugetlbCmaGeneration, rules: CmaRules, trace: Trace): PhysRange[] {
  const gigantic = pages.gigantic
  // The alignment asked of cma_declare_contiguous_nid() (HugetlbCmaGeneration.align).
  const align = gen.align === 'gigantic' ? gigantic : pages.pmd
  let total = req.size
  if (total === 0n) return []
  // 6.15+: the nodes are hugetlb_bootmem_set_nodes()', those of memblock's memory.
  const multi = gen.call === 'before-crash-multi'
  if (multi) online = hugetlbBootmemSetNodes(mb)
  const atLeast = gigantic / SZ_1M
  let nodeSpecific = false
  if (gen.syntax !== 'size') {
    // for (nid = 0; nid < MAX_NUMNODES; nid++): the requests in node order.
    const inNode = new Map([...req.inNode].sort((a, b) => a[0] - b[0]))
    for (const [nid, size] of inNode) {
      if (size === 0n) continue
      if (!online.includes(nid)) {
        trace.warn('hugetlb', `hugetlb_cma: invalid node ${nid} specified`)
        total = U64(total - size)
        inNode.delete(nid)
        continue
      }
      if (size < gigantic) {
        trace.warn('hugetlb', `hugetlb_cma: cma area of node ${nid} should be at least ${atLeast} MiB`)
        total = U64(total - size)
        inNode.delete(nid)
      } else {
        nodeSpecific = true
      }
    }
    req = { size: total, inNode }
    if (total === 0n) return []
  }
  if (total < gigantic) {
    trace.warn('hugetlb', `hugetlb_cma: cma area should be at least ${atLeast} MiB`)
    return []
  }
  let perNode = 0n
  if (!nodeSpecific) {
    // DIV_ROUND_UP(hugetlb_cma_size, nr_online_nodes) in unsigned long.
    perNode = U64(total + BigInt(online.length) - 1n) / BigInt(online.length)
    const logged = gen.logPerNodeRounded ? roundUpU64(perNode, gigantic) : perNode
    if (gen.logPerNodeRounded) perNode = logged
    trace.info('hugetlb', `hugetlb_cma: reserve ${total / SZ_1M} MiB, up to ${logged / SZ_1M} MiB per node`)
  }
  const areas: PhysRange[] = []
  let reserved = 0n
  for (const nid of online) {
    let size: PhysSize
    if (nodeSpecific) {
      const s = req.inNode.get(nid)
      if (s === undefined || s === 0n) continue
      size = s
    } else {
      const left = U64(total - reserved)
      size = perNode < left ? perNode : left
    }
    size = roundUpU64(size, gigantic)
    if (multi) {
      // cma_declare_contiguous_multi(size, PAGE_SIZE << order, HUGETLB_PAGE_ORDER, …, nid).
      const r = cmaDeclareContiguousMulti(mb, size, gigantic, pages.pmd, rules, trace, `hugetlb${nid}`, nid)
      if (r.err !== 0) {
        trace.warn('hugetlb', `hugetlb_cma: reservation failed: err ${r.err}, node ${nid}`)
        continue
      }
      for (const range of r.ranges) areas.push(range)
    } else {
      // cma_declare_contiguous_nid(0, size, 0, align, …, false, "hugetlb%d", nid): a size that
      // wrapped to 0 is -EINVAL before any line.
      const base = size === 0n ? 0n : cmaDeclareContiguous(mb, size, 0n, rules, trace, 0n, false, `hugetlb${nid}`, nid, align)
    if (base === 0n) {
      // pr_warn() without a newline: the next message ends the line.
        trace.warn('hugetlb', `hugetlb_cma: reservation failed: err ${size === 0n ? -22 : cmaDeclareErrno(mb, size, align, rules)}, node ${nid}`)
        continue
      }
      areas.push({ base, size })
    }
    reserved = U64(reserved + size)
    trace.info('hugetlb', `hugetlb_cma: reserved ${size / SZ_1M} MiB on node ${nid}`)
    if (reserved >= total) break
  }
  return areas
}

/**
 * Mirrors hugetlb_bootmem_set_nodes() — mm/hugetlb.c (v6.17:4996-5008): the nodes of
 * memblock.memory's regions that hold a whole page (for_each_mem_pfn_range()), ascending.
 */
export function hugetlbBootmemSetNodes(mb: Memblock): number[] {
  const nodes: number[] = []
  for (const r of mb.memory.regions) {
    // PFN_UP(base) < PFN_DOWN(base + size)
    if ((r.base + SZ_4K - 1n) / SZ_4K >= (r.base + r.size) / SZ_4K) continue
    if (!nodes.includes(r.nid)) nodes.push(r.nid)
  }
  return nodes.sort((a, b) => a - b)
}

/** round_up(x, y) of a power of two in unsigned long: ((x - 1) | (y - 1)) + 1, wrapping. */
const roundUpU64 = (x: bigint, y: bigint): bigint => U64((U64(x - 1n) | (y - 1n)) + 1n)

/** No area (shared: nothing writes it). */
const NO_AREAS: readonly PhysRange[] = Object.freeze([])

/**
 * Engine helper (no kernel counterpart): the per-arch call of hugetlb_cma_reserve() before the
 * crash kernel, for a generation that makes it there; parses the command line and reserves.
 * `pages` undefined: the arch does not call it (x86 without GBPAGES). Nothing without
 * CONFIG_CMA, where neither the early_param() nor the call exist. A command line without the
 * parameter costs one substring test (cmdlineParseHugetlbCma()) and allocates nothing.
 */
export function hugetlbCmaReserveBeforeCrash(mb: Memblock, cmdline: string, cma: boolean, pages: HugetlbCmaPages, online: readonly number[], policy: KernelPolicy, rules: CmaRules, trace: Trace): readonly PhysRange[] {
  if (!cma || pages === undefined || (policy.hugetlbCma.call !== 'before-crash' && policy.hugetlbCma.call !== 'before-crash-multi')) return NO_AREAS
  const req = cmdlineParseHugetlbCma(cmdline, policy)
  return req ? hugetlbCmaReserve(mb, pages, req, online, policy.hugetlbCma, rules, trace) : NO_AREAS
}
