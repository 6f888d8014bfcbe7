// SPDX-License-Identifier: GPL-2.0-only
/**
 * `hugepagesz=`, `hugepages=`, `default_hugepagesz=`: hugetlb_parse_params()'s three setup
 * functions and hugetlb_bootmem_alloc()'s gigantic pages (mm/hugetlb.c v6.17), which x86
 * 6.15 – 6.19 allocate before the crash kernel. The placements on q35 are
 * test/boots/hugepages', checked whole by test/verify/boots.test.ts and
 * boots-hugepages.test.ts; here the parsing and the arithmetic on small memblocks.
 */
import { describe, expect, it } from 'vitest'
import { hugetlbBootmemAlloc, hugetlbBootmemAllocBeforeCrash, hugetlbParseParams } from './hugetlb-bootmem.js'
import { hugetlbBootmemSetNodes } from './hugetlb-cma.js'
import { MEMBLOCK_RSRV_NOINIT, memblockAddNode, memblockCreate, memblockReserve } from './memblock/memblock.js'
import { policyFor } from './policies/index.js'
import { Trace } from './trace.js'

const M = 1n << 20n
const G = 1n << 30n
const P617 = policyFor('x86_64', '6.17.8')!

function parse(cmdline: string, online: number[] = [0], gbpages = true) {
  const trace = new Trace()
  const hstates = hugetlbParseParams(cmdline, online, gbpages, P617.parse.memparse, trace)
  return {
    hstates: hstates.map((h) => ({ size: h.size, pages: h.maxHugePages, ...(h.maxHugePagesNode.size > 0 && { nodes: Object.fromEntries(h.maxHugePagesNode) }) })),
    lines: trace.events.map((e) => `${e.level}: ${e.text}`),
  }
}

describe('hugetlb_parse_params()', () => {
  it('hugepagesz= makes an hstate and the hugepages= after it counts for it', () => {
    expect(parse('hugepagesz=1G hugepages=2')).toEqual({ hstates: [{ size: G, pages: 2n }], lines: [] })
    expect(parse('hugepagesz=2M hugepages=16 hugepagesz=1G hugepages=1')).toEqual({ hstates: [{ size: 2n * M, pages: 16n }, { size: G, pages: 1n }], lines: [] })
    // Names compare with '-' for '_' (parameq()); a bare token never gets to the setup functions.
    expect(parse('hugepagesz=1G hugepages hugepages=3').hstates).toEqual([{ size: G, pages: 3n }])
  })
  it('a hugepages= before any size is the default hstate\'s, which default_hugepagesz= names', () => {
    // Left for hugetlb_init()'s 2 MiB default: no gigantic page.
    expect(parse('hugepages=1 hugepagesz=1G')).toEqual({ hstates: [{ size: G, pages: 0n }], lines: [] })
    expect(parse('hugepages=1 default_hugepagesz=1G')).toEqual({ hstates: [{ size: G, pages: 1n }], lines: [] })
    expect(parse('default_hugepagesz=1G hugepages=1')).toEqual({ hstates: [{ size: G, pages: 1n }], lines: [] })
    // hugepagesz= of the default size is allowed once, before its hugepages=.
    expect(parse('default_hugepagesz=1G hugepagesz=1G hugepages=2')).toEqual({ hstates: [{ size: G, pages: 2n }], lines: [] })
  })
  it('says what it ignores, as the boots print it', () => {
    expect(parse('hugepagesz=1G hugepages=1 hugepagesz=1G hugepages=2')).toEqual({
      hstates: [{ size: G, pages: 1n }],
      lines: ['warn: HugeTLB: hugepagesz=1G specified twice, ignoring', 'warn: HugeTLB: hugepages=2 does not follow a valid hugepagesz, ignoring'],
    })
    expect(parse('hugepagesz=1G hugepages=1 hugepages=2').lines).toEqual(['warn: HugeTLB: hugepages= specified twice without interleaving hugepagesz=, ignoring hugepages=2'])
    expect(parse('default_hugepagesz=1G default_hugepagesz=2M').lines).toEqual(['err: HugeTLB: default_hugepagesz previously specified, ignoring 2M'])
    // 1 GiB needs GBPAGES (arch_hugetlb_valid_size()); x86 has no 4 MiB page.
    expect(parse('hugepagesz=1G hugepages=1', [0], false)).toEqual({
      hstates: [],
      lines: ['err: HugeTLB: unsupported hugepagesz=1G', 'warn: HugeTLB: hugepages=1 does not follow a valid hugepagesz, ignoring'],
    })
    expect(parse('default_hugepagesz=4M').lines).toEqual(['err: HugeTLB: unsupported default_hugepagesz=4M'])
  })
  it('node lists: each node online, its count an unsigned int, the total the sum', () => {
    expect(parse('hugepagesz=1G hugepages=0:1,1:2', [0, 1])).toEqual({ hstates: [{ size: G, pages: 3n, nodes: { 0: 1n, 1: 2n } }], lines: [] })
    // A list ends at anything but ','.
    expect(parse('hugepagesz=1G hugepages=0:1;1:2', [0, 1]).hstates).toEqual([{ size: G, pages: 1n, nodes: { 0: 1n } }])
    // 2^32 + 1 pages: max_huge_pages_node[] keeps 1, max_huge_pages the whole.
    expect(parse('hugepagesz=1G hugepages=0:4294967297').hstates).toEqual([{ size: G, pages: 4294967297n, nodes: { 0: 1n } }])
  })
  it('an invalid item is printed from where it stands, and clears the hstate', () => {
    expect(parse('hugepagesz=1G hugepages=2:1', [0, 1])).toEqual({ hstates: [{ size: G, pages: 0n }], lines: ['warn: HugeTLB: Invalid hugepages parameter 2:1'] })
    expect(parse('hugepagesz=1G hugepages=0:1,5', [0, 1])).toEqual({ hstates: [{ size: G, pages: 0n }], lines: ['warn: HugeTLB: Invalid hugepages parameter 5'] })
    expect(parse('hugepagesz=1G hugepages=0:x', [0, 1]).lines).toEqual(['warn: HugeTLB: Invalid hugepages parameter x'])
    expect(parse('hugepagesz=1G hugepages=x').lines).toEqual(['warn: HugeTLB: Invalid hugepages parameter x'])
    // sscanf("%lu") wraps at 2^64; an empty value sets nothing and is no error.
    expect(parse('hugepagesz=1G hugepages=18446744073709551617').hstates).toEqual([{ size: G, pages: 1n }])
    expect(parse('hugepagesz=1G hugepages=')).toEqual({ hstates: [{ size: G, pages: 0n }], lines: [] })
  })
  it('keeps the first HUGE_MAX_CMDLINE_ARGS (5) values: the rest never reach it', () => {
    expect(parse('hugepagesz=2M hugepages=1 hugepagesz=1G hugepages=1 default_hugepagesz=2M hugepages=9').hstates).toEqual([
      { size: 2n * M, pages: 1n },
      { size: G, pages: 1n },
    ])
  })
})

describe('hugetlb_bootmem_alloc()', () => {
  const machine = (nodes: Array<[bigint, bigint, number]>) => {
    const mb = memblockCreate(4096n)
    for (const [base, size, nid] of nodes) memblockAddNode(mb, base, size, nid)
    mb.currentLimit = 1n << 46n
    return mb
  }
  const pages = (cmdline: string, mb: ReturnType<typeof machine>, online: number[]) => {
    const trace = new Trace()
    const got = hugetlbBootmemAlloc(mb, hugetlbParseParams(cmdline, online, true, P617.parse.memparse, trace), online, hugetlbBootmemSetNodes(mb), trace)
    return { pages: got.map((p) => p.base), lines: trace.events.map((e) => e.text) }
  }
  it('takes gigantic pages top-down, aligned to their size; 2 MiB ones are the buddy allocator\'s, later', () => {
    const mb = machine([[0n, 2n * G, 0], [4n * G, 4n * G, 0]])
    memblockReserve(mb, 8n * G - 64n * M, 64n * M)
    expect(pages('hugepagesz=2M hugepages=16 hugepagesz=1G hugepages=2', mb, [0])).toEqual({ pages: [6n * G, 5n * G], lines: [] })
    // memblock_reserved_mark_noinit(): all but each page's first base page.
    const page = mb.reserved.regions.filter((r) => r.base >= 5n * G && r.base < 7n * G).map((r) => [r.base, r.size, (r.flags & MEMBLOCK_RSRV_NOINIT) !== 0])
    expect(page).toEqual([[5n * G, 4096n, false], [5n * G + 4096n, G - 4096n, true], [6n * G, 4096n, false], [6n * G + 4096n, G - 4096n, true]])
  })
  it('stops at the first page that does not fit and says how many it got', () => {
    const mb = machine([[0n, 2n * G, 0], [4n * G, G, 0]])
    memblockReserve(mb, 5n * G - M, M)
    expect(pages('hugepagesz=1G hugepages=2', mb, [0])).toEqual({ pages: [G], lines: ['HugeTLB: allocating 2 of page size 1.00 GiB failed.  Only allocated 1 hugepages.'] })
  })
  it('goes round the nodes with memory from the first online one', () => {
    const mb = machine([[0n, 4n * G, 0], [4n * G, 4n * G, 1]])
    expect(pages('hugepagesz=1G hugepages=3', mb, [0, 1])).toEqual({ pages: [3n * G, 7n * G, 2n * G], lines: [] })
  })
  it('node lists: the node\'s own memory only, each node in turn, warning per node', () => {
    const mb = machine([[0n, 4n * G, 0], [4n * G, 2n * G, 1]])
    expect(pages('hugepagesz=1G hugepages=0:1,1:3', mb, [0, 1])).toEqual({
      pages: [3n * G, 5n * G, 4n * G],
      lines: ['HugeTLB: allocating 3 of page size 1.00 GiB failed node1.  Only allocated 2 hugepages.'],
    })
  })
})

describe('with hugetlb_cma= (x86 6.15 – 6.19)', () => {
  const mb = () => {
    const m = memblockCreate(4096n, true)
    memblockAddNode(m, 0n, 8n * G, 0)
    m.currentLimit = 8n * G
    return m
  }
  const run = (cmdline: string, hugetlbCma: boolean) => {
    const trace = new Trace()
    const got = hugetlbBootmemAllocBeforeCrash(mb(), cmdline, hugetlbCma, true, [0], P617, trace)
    return { pages: got.length, lines: trace.events.map((e) => e.text) }
  }
  it('skips the gigantic pages when hugetlb_cma_reserve() reserved areas, silently with hugetlb_cma_only (they come from the areas)', () => {
    expect(run('hugepagesz=1G hugepages=2', false)).toEqual({ pages: 2, lines: [] })
    expect(run('hugepagesz=1G hugepages=2 hugetlb_cma=2G', true)).toEqual({ pages: 0, lines: ['HugeTLB: hugetlb_cma is enabled, skip boot time allocation'] })
    expect(run('hugepagesz=1G hugepages=2 hugetlb_cma=2G hugetlb_cma_only=1', true)).toEqual({ pages: 0, lines: [] })
    // A bare hugetlb_cma_only is kstrtobool(NULL)'s -EINVAL: not set.
    expect(run('hugepagesz=1G hugepages=2 hugetlb_cma=2G hugetlb_cma_only', true).lines).toEqual(['HugeTLB: hugetlb_cma is enabled, skip boot time allocation'])
    // None on 6.14 or 7.0 (after the crash kernel), nor without GBPAGES' 1 GiB size.
    expect(hugetlbBootmemAllocBeforeCrash(mb(), 'hugepagesz=1G hugepages=2', false, true, [0], policyFor('x86_64', '7.0.4')!, new Trace())).toEqual([])
  })
})

describe('the generations', () => {
  const of = (arch: 'x86_64' | 'arm64' | 'riscv64', r: string) => {
    const g = policyFor(arch, r)!.hugetlbBootmem
    return `${g.call} ${g.params}`
  }
  it('x86 6.15 – 6.19 allocate before the crash kernel; ≤6.14 parse later, 7.0+ allocate later; arm64 and riscv64 after it', () => {
    expect(['6.14.0', '6.15.0', '6.17.8', '6.19.6', '7.0.4'].map((r) => of('x86_64', r))).toEqual(['after-crash __setup', 'before-crash early-strlen', 'before-crash early-strlen', 'before-crash early-strlen', 'after-crash early'])
    expect(['6.12.117', '6.17.8', '7.2.13'].map((r) => of('arm64', r))).toEqual(['after-crash __setup', 'after-crash early-strlen', 'after-crash early'])
    expect(of('riscv64', '6.16.3')).toBe('after-crash early-strlen')
  })
})
