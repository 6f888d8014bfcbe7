// SPDX-License-Identifier: GPL-2.0-only
/**
 * Gigantic huge pages from memblock: `hugepagesz=`, `hugepages=` and `default_hugepagesz=`.
 *
 * From 6.15 the three are early parameters that only save their value (hugetlb_add_param());
 * hugetlb_bootmem_alloc() parses the saved values in command-line order (hugetlb_parse_params())
 * and memblock-allocates the pages of every gigantic hstate, one huge page at a time, aligned
 * to its size. x86 calls it from setup_arch() when the CPU has GBPAGES, right after
 * hugetlb_cma_reserve() and before arch_reserve_crashkernel(): the 1 GiB pages are taken
 * top-down before the crash region, which then lands under them (6.15 – 6.19). Up to 6.14 the
 * parameters were __setup() handlers that parse_args() ran after setup_arch(), and from 7.0
 * mm_core_init_early() calls hugetlb_bootmem_alloc(), after the crash kernel, as arm64 and
 * riscv64 always did: nothing the engine follows.
 *
 * @kernel mm/hugetlb.c hugetlb_add_param, hugetlb_parse_params, hugepages_setup,
 *         hugepagesz_setup, default_hugepagesz_setup, hugetlb_add_hstate,
 *         hugetlb_bootmem_alloc, hugetlb_hstate_alloc_pages,
 *         hugetlb_hstate_alloc_pages_onenode, hugetlb_gigantic_pages_alloc_boot,
 *         __alloc_bootmem_huge_page, alloc_bootmem (v6.17; v6.14 and v7.0 for the bounds);
 *         arch/x86/kernel/setup.c setup_arch (v6.17:1192-1195); arch/x86/mm/hugetlbpage.c
 *         arch_hugetlb_valid_size (v6.17)
 */
import { memblockAllocRangeNid, memblockReservedMarkNoinit, NUMA_NO_NODE, type Memblock } from './memblock/memblock.js'
import { hugetlbBootmemSetNodes } from './hugetlb-cma.js'
import { isSpace, parameq, parseEarlyParams } from './params.js'
import type { Memparse } from './memparse.js'
import { MAX_NUMNODES_OF } from './numa.js'
import type { KernelPolicy } from './policies/types.js'
import { SZ_1G, SZ_2M, SZ_4K } from './phys.js'
import { Trace } from './trace.js'
import type { Arch, PhysRange, PhysSize } from './types.js'

/** hugetlb_early_param()'s three parameters, as hugetlb_parse_params() calls their setup functions. */
type HugetlbParam = 'hugepages' | 'hugepagesz' | 'default_hugepagesz'
const HUGETLB_PARAMS: readonly HugetlbParam[] = ['hugepages', 'hugepagesz', 'default_hugepagesz']

/** One hstate: its page size and the pages asked for, in all and by node. */
export interface Hstate {
  size: PhysSize
  /** max_huge_pages (unsigned long). */
  maxHugePages: bigint
  /** max_huge_pages_node[] (unsigned int), the nodes set only. */
  maxHugePagesNode: Map<number, bigint>
}

/**
 * hugetlb_params[]' size, HUGE_MAX_CMDLINE_ARGS = 2 * HUGE_MAX_HSTATE + 1
 * (mm/hugetlb.c@v6.17:78): x86 2 hstates (arch/x86/include/asm/page_types.h@v6.17:25), arm64 4
 * (arch/arm64/include/asm/pgtable.h@v6.17:504), riscv64 3 with CONFIG_RISCV_ISA_SVNAPOT (default
 * y: arch/riscv/include/asm/pgtable-64.h@v6.17:108).
 */
export const HUGE_MAX_CMDLINE_ARGS: Readonly<Record<Arch, number>> = { x86_64: 5, arm64: 9, riscv64: 7 }
/** MAX_PAGE_ORDER (10): a page of a larger order is gigantic (hstate_is_gigantic()). */
const MAX_PAGE_ORDER_SIZE = SZ_4K << 10n

const U64 = (x: bigint): bigint => BigInt.asUintN(64, x)
const U32 = (x: bigint): bigint => BigInt.asUintN(32, x)

/**
 * Engine helper (no kernel counterpart): sscanf(p, "%lu%n", &tmp, &count) at p[i]: white
 * space skipped, then decimal digits (none: no conversion), wrapping at 2^64 as
 * simple_strntoull() does. `end` is where %n counts to.
 * @kernel lib/vsprintf.c vsscanf, simple_strntoull (v6.17)
 */
function scanUl(s: string, i: number): { value: bigint; end: number } | undefined {
  while (isSpace(s[i])) i++
  let end = i
  while (end < s.length && s[end]! >= '0' && s[end]! <= '9') end++
  return end === i ? undefined : { value: U64(BigInt(s.slice(i, end))), end }
}

/** The statics of mm/hugetlb.c's parameter parsing, as hugetlb_parse_params() leaves them. */
interface ParseState {
  hstates: Hstate[]
  /** parsed_hstate: the hstate the last valid hugepagesz=/default_hugepagesz= named. */
  parsed: Hstate | undefined
  parsedValidHugepagesz: boolean
  parsedDefaultHugepagesz: boolean
  /** default_hstate_idx: hstates[0] until default_hugepagesz= names another. */
  defaultIdx: number
  /** default_hstate_max_huge_pages and default_hugepages_in_node[], for hugepages= before any size. */
  defaultMax: bigint
  defaultInNode: Map<number, bigint>
  /** last_mhp: which counter the last hugepages= set ('default' or an hstate). */
  lastMhp: Hstate | 'default' | undefined
  online: readonly number[]
  gbpages: boolean
  memparse: Memparse
  trace: Trace
}

/** Mirrors arch_hugetlb_valid_size() — arch/x86/mm/hugetlbpage.c (v6.17:24-32): 2 MiB, or 1 GiB with GBPAGES. */
const archHugetlbValidSize = (size: bigint, gbpages: boolean): boolean => size === SZ_2M || (size === SZ_1G && gbpages)

/** Mirrors hugetlb_add_hstate() — mm/hugetlb.c (v6.17:4730): a new hstate (none for a size that has one) becomes parsed_hstate. */
function hugetlbAddHstate(st: ParseState, size: bigint): void {
  if (st.hstates.some((h) => h.size === size)) return
  const h: Hstate = { size, maxHugePages: 0n, maxHugePagesNode: new Map() }
  st.hstates.push(h)
  st.parsed = h
}

/** Mirrors hugepages_clear_pages_in_node() — mm/hugetlb.c (v6.17:4758). */
function hugepagesClearPagesInNode(st: ParseState): void {
  if (st.hstates.length === 0) {
    st.defaultMax = 0n
    st.defaultInNode.clear()
  } else {
    st.parsed!.maxHugePages = 0n
    st.parsed!.maxHugePagesNode.clear()
  }
}

/**
 * Mirrors hugepages_setup() — mm/hugetlb.c (v6.17:4816-4897): `N` or `node:N[,node:N…]` for
 * the hstate of the last valid hugepagesz= (or the default one before any); a node must be
 * below MAX_NUMNODES and online.
 */
function hugepagesSetup(st: ParseState, s: string): void {
  if (!st.parsedValidHugepagesz) {
    st.trace.warn('hugetlb', `HugeTLB: hugepages=${s} does not follow a valid hugepagesz, ignoring`)
    st.parsedValidHugepagesz = true
    return
  }
  const mhp: Hstate | 'default' = st.hstates.length === 0 ? 'default' : st.parsed!
  if (mhp === st.lastMhp) {
    st.trace.warn('hugetlb', `HugeTLB: hugepages= specified twice without interleaving hugepagesz=, ignoring hugepages=${s}`)
    return
  }
  const add = (n: bigint): void => {
    if (mhp === 'default') st.defaultMax = U64(st.defaultMax + n)
    else mhp.maxHugePages = U64(mhp.maxHugePages + n)
  }
  let p = 0
  const invalid = (): void => {
    st.trace.warn('hugetlb', `HugeTLB: Invalid hugepages parameter ${s.slice(p)}`)
    hugepagesClearPagesInNode(st)
  }
  while (p < s.length) {
    let n = scanUl(s, p)
    if (n === undefined) return invalid()
    if (s[n.end] === ':') {
      // x86's hugetlb_node_alloc_supported() is the generic one: true.
      if (n.value >= BigInt(MAX_NUMNODES_OF.x86_64) || !st.online.includes(Number(n.value))) return invalid()
      const node = Number(n.value)
      p = n.end + 1
      n = scanUl(s, p)
      if (n === undefined) return invalid()
      // max_huge_pages_node[] and default_hugepages_in_node[] are unsigned int.
      if (mhp === 'default') st.defaultInNode.set(node, U32(n.value))
      else mhp.maxHugePagesNode.set(node, U32(n.value))
      add(n.value)
      if (s[n.end] === ',') p = n.end + 1
      else break
    } else {
      if (p !== 0) return invalid()
      if (mhp === 'default') st.defaultMax = n.value
      else mhp.maxHugePages = n.value
      break
    }
  }
  st.lastMhp = mhp
}

/** Mirrors hugepagesz_setup() — mm/hugetlb.c (v6.17:4900-4945). */
function hugepageszSetup(st: ParseState, s: string): void {
  st.parsedValidHugepagesz = false
  const size = st.memparse(s, 0).value
  if (!archHugetlbValidSize(size, st.gbpages)) {
    st.trace.err('hugetlb', `HugeTLB: unsupported hugepagesz=${s}`)
    return
  }
  const h = st.hstates.find((x) => x.size === size)
  if (h) {
    // Allowed only for the default hstate of default_hugepagesz= before its hugepages=.
    if (!st.parsedDefaultHugepagesz || h !== st.hstates[st.defaultIdx] || h.maxHugePages !== 0n) {
      st.trace.warn('hugetlb', `HugeTLB: hugepagesz=${s} specified twice, ignoring`)
      return
    }
    st.parsed = h
    st.parsedValidHugepagesz = true
    return
  }
  hugetlbAddHstate(st, size)
  st.parsedValidHugepagesz = true
}

/** Mirrors default_hugepagesz_setup() — mm/hugetlb.c (v6.17:4948-4993). */
function defaultHugepageszSetup(st: ParseState, s: string): void {
  st.parsedValidHugepagesz = false
  if (st.parsedDefaultHugepagesz) {
    st.trace.err('hugetlb', `HugeTLB: default_hugepagesz previously specified, ignoring ${s}`)
    return
  }
  const size = st.memparse(s, 0).value
  if (!archHugetlbValidSize(size, st.gbpages)) {
    st.trace.err('hugetlb', `HugeTLB: unsupported default_hugepagesz=${s}`)
    return
  }
  hugetlbAddHstate(st, size)
  st.parsedValidHugepagesz = true
  st.parsedDefaultHugepagesz = true
  st.defaultIdx = st.hstates.findIndex((h) => h.size === size)
  // A hugepages= before any hugepagesz= counted for the default hstate: it is this one now.
  if (st.defaultMax !== 0n) {
    const h = st.hstates[st.defaultIdx]!
    h.maxHugePages = st.defaultMax
    for (const [nid, n] of st.defaultInNode) if (n !== 0n) h.maxHugePagesNode.set(nid, n)
    st.defaultMax = 0n
  }
}

/**
 * Mirrors hugetlb_add_param() and hugetlb_parse_params() — mm/hugetlb.c (v6.17:4771-4813):
 * the values of the three early parameters in command-line order (the first
 * HUGE_MAX_CMDLINE_ARGS; a bare token never gets here, earlyParamStops()), each through its
 * setup function. Returns the hstates in the order they were added.
 */
export function hugetlbParseParams(cmdline: string, online: readonly number[], gbpages: boolean, memparse: Memparse, trace: Trace): Hstate[] {
  const st: ParseState = {
    hstates: [],
    parsed: undefined,
    parsedValidHugepagesz: true,
    parsedDefaultHugepagesz: false,
    defaultIdx: 0,
    defaultMax: 0n,
    defaultInNode: new Map(),
    lastMhp: undefined,
    online,
    gbpages,
    memparse,
    trace,
  }
  let saved = 0
  for (const p of parseEarlyParams(cmdline)) {
    if (p.val === null) continue
    const param = HUGETLB_PARAMS.find((name) => parameq(p.param, name))
    if (param === undefined) continue
    // hugetlb_add_param(): -EINVAL past the table (do_early_param()'s "Malformed early option").
    if (saved >= HUGE_MAX_CMDLINE_ARGS.x86_64) continue
    saved++
    if (param === 'hugepages') hugepagesSetup(st, p.val)
    else if (param === 'hugepagesz') hugepageszSetup(st, p.val)
    else defaultHugepageszSetup(st, p.val)
  }
  return st.hstates
}

/**
 * Mirrors string_get_size(size, 1, STRING_UNITS_2, …) — lib/string_helpers.c — for the exact
 * powers of two of huge page sizes: three significant digits ("1.00 GiB").
 */
function stringGetSize(size: bigint): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']
  let i = 0
  while (size >= 1024n && size % 1024n === 0n && i < units.length - 1) {
    size /= 1024n
    i++
  }
  const n = Number(size)
  const text = i === 0 ? `${n}` : n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : `${n}`
  return `${text} ${units[i]}`
}

/**
 * Mirrors alloc_bootmem() — mm/hugetlb.c (v6.17:3143-3197), without hugetlb_cma's early CMA:
 * memblock_alloc_exact_nid_raw() for a node-specific page, memblock_alloc_try_nid_raw()
 * (any node after the one asked) otherwise; one huge page aligned to its size, anywhere
 * accessible. Then __alloc_bootmem_huge_page()'s memblock_reserved_mark_noinit() of all but
 * its first base page. 0 on failure.
 *
 * `ceil`: an upper end for each node's search. A search from current_limit would find the
 * same page: each page taken was the highest that fitted on its node, and nothing is freed
 * in between, so nothing above it fits later. It keeps a run of thousands of pages from
 * walking every page already taken (memblockFindRangeTopDown() starts at the end it is given).
 * @kernel mm/hugetlb.c alloc_bootmem, __alloc_bootmem_huge_page (v6.17:3143-3235);
 *         mm/memblock.c memblock_alloc_range_nid (v6.17)
 */
function allocBootmem(mb: Memblock, size: PhysSize, nid: number, nodeExact: boolean, ceil: Map<number, bigint>): bigint {
  const limit = mb.currentLimit
  let m = memblockAllocRangeNid(mb, size, size, 0n, ceil.get(nid) ?? limit, 'hugepages', nid, true)
  if (m !== 0n) ceil.set(nid, m)
  else if (!nodeExact) {
    // memblock_alloc_range_nid()'s retry on every node (reserved with NUMA_NO_NODE).
    let end = 0n
    for (const r of mb.memory.regions) {
      const c = ceil.get(r.nid) ?? limit
      if (c > end) end = c
    }
    m = memblockAllocRangeNid(mb, size, size, 0n, end, 'hugepages', NUMA_NO_NODE)
    if (m !== 0n) {
      const home = mb.memory.regions.find((r) => r.base <= m && m < r.base + r.size)
      if (home) ceil.set(home.nid, m)
    }
  }
  if (m !== 0n) memblockReservedMarkNoinit(mb, m + SZ_4K, size - SZ_4K)
  return m
}

/**
 * Mirrors hugetlb_bootmem_alloc() — mm/hugetlb.c (v6.17:5017-5040) with
 * hugetlb_bootmem_set_nodes() and hugetlb_hstate_alloc_pages() of each gigantic hstate: the
 * pages of each online node that hugepages= named, in node order
 * (hugetlb_hstate_alloc_pages_onenode(): "allocating %u of page size %s failed node%d" when
 * one does not fit), else max_huge_pages pages round-robin over the nodes with memory from
 * the first online one (hugetlb_gigantic_pages_alloc_boot(), "allocating %lu of page size %s
 * failed" after the first that does not fit). Returns the pages placed, in order.
 *
 * `online` is node_online_map (x86: the nodes initmem_init() brought up with their memory);
 * `bootmemNodes`, hugetlb_bootmem_nodes: the nodes of memblock.memory's regions.
 */
export function hugetlbBootmemAlloc(mb: Memblock, hstates: readonly Hstate[], online: readonly number[], bootmemNodes: readonly number[], trace: Trace): PhysRange[] {
  const pages: PhysRange[] = []
  for (const h of hstates) {
    if (h.size <= MAX_PAGE_ORDER_SIZE) continue
    const size = h.size
    const ceil = new Map<number, bigint>()
    // hugetlb_hstate_alloc_pages_specific_nodes(): for_each_online_node().
    let specific = false
    for (const nid of online) {
      const want = h.maxHugePagesNode.get(nid) ?? 0n
      if (want === 0n) continue
      specific = true
      let i = 0n
      for (; i < want; i++) {
        const m = allocBootmem(mb, size, nid, true, ceil)
        if (m === 0n) break
        pages.push({ base: m, size })
      }
      if (i === want) continue
      trace.warn('hugetlb', `HugeTLB: allocating ${want} of page size ${stringGetSize(size)} failed node${nid}.  Only allocated ${i} hugepages.`)
      h.maxHugePages = U64(h.maxHugePages - (want - i))
      h.maxHugePagesNode.set(nid, i)
    }
    if (specific) continue
    // hugetlb_gigantic_pages_alloc_boot(): next_nid_to_alloc starts at first_online_node and
    // goes round hugetlb_bootmem_nodes (for_each_node_mask_to_alloc()).
    let next = online[0] ?? 0
    let i = 0n
    for (; i < h.maxHugePages; i++) {
      const nid = bootmemNodes.includes(next) ? next : (bootmemNodes.find((n) => n > next) ?? bootmemNodes[0] ?? NUMA_NO_NODE)
      next = bootmemNodes.find((n) => n > nid) ?? bootmemNodes[0] ?? NUMA_NO_NODE
      const m = allocBootmem(mb, size, nid, false, ceil)
      if (m === 0n) break
      pages.push({ base: m, size })
    }
    if (i < h.maxHugePages) {
      trace.warn('hugetlb', `HugeTLB: allocating ${h.maxHugePages} of page size ${stringGetSize(size)} failed.  Only allocated ${i} hugepages.`)
      h.maxHugePages = i
    }
  }
  return pages
}

/**
 * Engine helper (no kernel counterpart): how many gigantic pages a command line asks x86 to
 * allocate at most (every hugepages= of a 1 GiB hstate, any node online), for the
 * simulation budget (src/matrix/validate.ts): each page is two memblock regions, and a run of
 * them costs more than linearly.
 */
export function giganticPagesAsked(cmdline: string, memparse: Memparse): bigint {
  if (!cmdline.includes('hugepage')) return 0n
  const everyNode = Array.from({ length: MAX_NUMNODES_OF.x86_64 }, (_, i) => i)
  let n = 0n
  for (const h of hugetlbParseParams(cmdline, everyNode, true, memparse, new Trace())) if (h.size > MAX_PAGE_ORDER_SIZE) n += h.maxHugePages
  return n
}

/** No page (shared: nothing writes it). */
const NO_PAGES: readonly PhysRange[] = Object.freeze([])

/**
 * Engine helper (no kernel counterpart): x86 setup_arch()'s hugetlb_bootmem_alloc() for a
 * generation that calls it before the crash kernel (with GBPAGES: `gbpages`); parses the
 * command line and allocates. `hugetlbCma`: hugetlb_cma_total_size() is not 0, that is
 * hugetlb_cma_reserve() just reserved areas (it zeroes the size when it reserved none): the
 * gigantic pages are then skipped ("hugetlb_cma is enabled"), or with `hugetlb_cma_only`
 * taken from those areas (alloc_bootmem()'s early CMA), none from memblock either way. A
 * command line without the parameters costs one substring test.
 * @kernel mm/hugetlb.c hugetlb_hstate_alloc_pages (v6.17:3643-3667); mm/hugetlb_cma.c
 *         hugetlb_cma_total_size, hugetlb_early_cma (v6.17:261-278)
 */
export function hugetlbBootmemAllocBeforeCrash(mb: Memblock, cmdline: string, hugetlbCma: boolean, gbpages: boolean, online: readonly number[], policy: KernelPolicy, trace: Trace): readonly PhysRange[] {
  if (!gbpages || policy.hugetlbBootmem.call !== 'before-crash' || !cmdline.includes('hugepage')) return NO_PAGES
  const hstates = hugetlbParseParams(cmdline, online, gbpages, policy.parse.memparse, trace)
  if (!hstates.some((h) => h.size > MAX_PAGE_ORDER_SIZE)) return NO_PAGES
  if (hugetlbCma) {
    if (!hugetlbCmaOnly(cmdline, policy)) trace.warn('hugetlb', 'HugeTLB: hugetlb_cma is enabled, skip boot time allocation')
    return NO_PAGES
  }
  return hugetlbBootmemAlloc(mb, hstates, online, hugetlbBootmemSetNodes(mb), trace)
}

/** Mirrors cmdline_parse_hugetlb_cma_only() — mm/hugetlb_cma.c (v6.17:131-136): kstrtobool(), the last one that parses. */
function hugetlbCmaOnly(cmdline: string, policy: KernelPolicy): boolean {
  let only = false
  for (const p of parseEarlyParams(cmdline)) {
    if (!parameq(p.param, 'hugetlb_cma_only')) continue
    const r = policy.parse.kstrtobool(p.val)
    if (r.ret === 0) only = r.res
  }
  return only
}
