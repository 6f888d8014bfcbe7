// SPDX-License-Identifier: GPL-2.0-only
/**
 * free_area_init()'s printout, checked against the C of mm/page_alloc.c (v5.10.223, v6.1.192)
 * and mm/mm_init.c (v6.12.117, v7.2.13):
 *
 * - zones are laid end to end from PHYS_PFN(memblock_start_of_DRAM()): each ends at
 *   max(max_zone_pfn[zone], start) and the next starts there; equal ends print "empty";
 * - "Early memory node ranges" and "Initmem setup node" both come from
 *   for_each_mem_pfn_range(): __next_mem_pfn_range() (mm/memblock.c) skips a region whose
 *   PFN_UP(base) >= PFN_DOWN(end), and get_pfn_range_for_nid() takes the min start and the
 *   max end of the ranges it does give.
 */
import { describe, expect, it } from 'vitest'
import { MEMBLOCK_HOTPLUG, MEMBLOCK_MIRROR, memblockAdd, memblockAddNode, memblockCreate } from './memblock/memblock.js'
import { decodeMatrix } from '../matrix/decode.js'
import { simulate } from './index.js'
import { memparseSaturating, memparseWrapping } from './memparse.js'
import { policyFor } from './policies/index.js'
import { freeAreaInit, maxOrderNrPagesBytes, memmapInit, MEMORYLESS_NODE_5_10, MEMORYLESS_NODE_6_1, MEMORYLESS_NODE_6_12, zoneMovableInput, ZONE_MOVABLE_5_10, ZONE_MOVABLE_5_11, ZONE_MOVABLE_6_1, ZONE_MOVABLE_6_6, ZONE_MOVABLE_6_12, ZONE_MOVABLE_7_2, type CmdlineNumbers, type ZoneMovableGeneration, type ZoneSpec } from './zones.js'

const G = 1n << 30n
const M = 1n << 20n

describe('free_area_init()', () => {
  it('lays zones end to end from the start of DRAM; a zone below it or above max_pfn is empty', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, G)
    const { zones, lines } = freeAreaInit(mb, [
      { name: 'DMA', limit: G },
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 2n * G },
      { name: 'Device', limit: 0n },
    ], 4096n)
    expect(zones).toEqual([
      { name: 'DMA', start: null, end: null },
      { name: 'DMA32', start: G, end: 4n * G - 1n },
      { name: 'Normal', start: null, end: null },
      { name: 'Device', start: null, end: null },
    ])
    expect(lines).toEqual([
      'Zone ranges:',
      '  DMA      empty',
      '  DMA32    [mem 0x0000000040000000-0x00000000ffffffff]',
      '  Normal   empty',
      '  Device   empty',
      'Movable zone start for each node',
      'Early memory node ranges',
      '  node   0: [mem 0x0000000040000000-0x000000007fffffff]',
      'Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]',
    ])
  })

  it('rounds each node range inwards to whole pages and leaves out a region with no whole page, in both blocks', () => {
    // A sub-page region at each end (what a no-map reserved-memory node with an unaligned
    // reg leaves after memblock_mark_nomap()/memblock_remove()), and an unaligned middle one.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, 0x800n)
    memblockAdd(mb, G + 0x1800n, G - 0x1800n)
    memblockAdd(mb, 4n * G, 0x400n)
    const { zones, lines } = freeAreaInit(mb, [
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 4n * G },
    ], 4096n)
    // The zones start at PHYS_PFN(memblock_start_of_DRAM()): the sub-page region counts there.
    expect(zones).toEqual([
      { name: 'DMA32', start: G, end: 4n * G - 1n },
      { name: 'Normal', start: null, end: null },
    ])
    expect(lines.slice(lines.indexOf('Early memory node ranges'))).toEqual([
      'Early memory node ranges',
      '  node   0: [mem 0x0000000040002000-0x000000007fffffff]',
      'Initmem setup node 0 [mem 0x0000000040002000-0x000000007fffffff]',
    ])
  })

  it('prints DMA and DMA32 empty when DRAM starts above 4 GiB', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 8n * G, G)
    const { lines } = freeAreaInit(mb, [
      { name: 'DMA', limit: 4n * G },
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 9n * G },
    ], 4096n)
    expect(lines.slice(0, 4)).toEqual([
      'Zone ranges:',
      '  DMA      empty',
      '  DMA32    empty',
      '  Normal   [mem 0x0000000200000000-0x000000023fffffff]',
    ])
  })

  it('rounds the start of DRAM down and node ranges in, with 64K pages', () => {
    const mb = memblockCreate(0x10000n)
    memblockAdd(mb, G + 0x8000n, 0x28000n)
    const { zones, lines } = freeAreaInit(mb, [{ name: 'Normal', limit: G + 0x30000n }], 0x10000n)
    expect(zones).toEqual([{ name: 'Normal', start: G, end: G + 0x2ffffn }])
    expect(lines.slice(-2)).toEqual([
      '  node   0: [mem 0x0000000040010000-0x000000004002ffff]',
      'Initmem setup node 0 [mem 0x0000000040010000-0x000000004002ffff]',
    ])
  })
})

describe('free_area_init(): page rounding, node order and CPU-only nodes', () => {
  // __next_mem_pfn_range() gives PFN_UP(base): one byte into a page starts the range at the
  // next page. max_zone_pfns[] are PFNs (arm64 and riscv64: max_pfn = PFN_DOWN(memblock_end_of_DRAM())),
  // so a limit inside a page ends the zone at the page below.
  it('PFN_UP of a base one byte into a page, PFN_DOWN of a limit inside a page', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G + 1n, G - 1n + 0x1800n)
    const { zones, lines } = freeAreaInit(mb, [{ name: 'Normal', limit: 2n * G + 0x1800n }], 4096n)
    expect(zones).toEqual([{ name: 'Normal', start: G, end: 2n * G + 0xfffn }])
    expect(lines.slice(-2)).toEqual([
      '  node   0: [mem 0x0000000040001000-0x0000000080000fff]',
      'Initmem setup node 0 [mem 0x0000000040001000-0x0000000080000fff]',
    ])
  })
  // free_area_init() sets up nodes with for_each_online_node() / for_each_node(): ascending
  // node ids, whatever the address order; get_pfn_range_for_nid() spans min(start)..max(end)
  // of the node's ranges.
  it('Initmem setup lines in node order, each spanning all of its node\'s ranges', () => {
    const mb = memblockCreate(4096n)
    memblockAddNode(mb, G, G, 1, 0)
    memblockAddNode(mb, 4n * G, G, 0, 0)
    memblockAddNode(mb, 6n * G, G, 0, 0)
    const { lines } = freeAreaInit(mb, [{ name: 'Normal', limit: 8n * G }], 4096n)
    expect(lines.slice(lines.indexOf('Early memory node ranges'))).toEqual([
      'Early memory node ranges',
      '  node   1: [mem 0x0000000040000000-0x000000007fffffff]',
      '  node   0: [mem 0x0000000100000000-0x000000013fffffff]',
      '  node   0: [mem 0x0000000180000000-0x00000001bfffffff]',
      'Initmem setup node 0 [mem 0x0000000100000000-0x00000001bfffffff]',
      'Initmem setup node 1 [mem 0x0000000040000000-0x000000007fffffff]',
    ])
  })
  // A CPU-only node 1: 5.10 walks for_each_online_node() and prints the empty span
  // (mm/page_alloc.c@v5.10.223 free_area_init_node: end_pfn 0 gives 0 as the end); 6.1 walks
  // for_each_node() and says "Initializing node %d as memoryless" for an offline one
  // (mm/page_alloc.c@v6.1.192 free_area_init); 6.12 says nothing before the setup line.
  it('a CPU-only node: skipped offline by 5.10, set up online; 6.1 and 6.12 set up an offline one', () => {
    const tail = (online: boolean, generation: typeof MEMORYLESS_NODE_5_10) => {
      const mb = memblockCreate(4096n)
      memblockAddNode(mb, G, G, 0, 0)
      const { lines } = freeAreaInit(mb, [{ name: 'Normal', limit: 2n * G }], 4096n, undefined, { nodes: [{ nid: 1, online }], generation })
      return lines.slice(lines.indexOf('Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]') + 1)
    }
    expect(tail(false, MEMORYLESS_NODE_5_10)).toEqual([])
    expect(tail(true, MEMORYLESS_NODE_5_10)).toEqual(['Initmem setup node 1 [mem 0x0000000000000000-0x0000000000000000]'])
    expect(tail(false, MEMORYLESS_NODE_6_1)).toEqual(['Initializing node 1 as memoryless', 'Initmem setup node 1 as memoryless'])
    expect(tail(true, MEMORYLESS_NODE_6_1)).toEqual(['Initmem setup node 1 as memoryless'])
    expect(tail(false, MEMORYLESS_NODE_6_12)).toEqual(['Initmem setup node 1 as memoryless'])
  })
  // Offline nodes with memory (x86's NODE_MIN_SIZE): 5.10 – 5.17 give them no pg_data_t, and
  // memmap_init() faults on the first of their ranges in address order where it walks every
  // range (mm/page_alloc.c@v5.14:6720-6740).
  it('offline nodes with memory: left without a pg_data_t by the online walk, and memmap_init() faults on the lowest one', () => {
    const mb = memblockCreate(4096n)
    memblockAddNode(mb, 0n, G, 0, 0)
    memblockAddNode(mb, G, 0x800n, 3, 0) // no whole page: for_each_mem_pfn_range() skips it
    memblockAddNode(mb, G + 2n * M, 2n * M, 2, 0)
    memblockAddNode(mb, G + 8n * M, 2n * M, 1, 0)
    memblockAddNode(mb, G + 16n * M, 2n * M, 2, 0)
    const nodes = [1, 2, 3].map((nid) => ({ nid, online: false }))
    const block = freeAreaInit(mb, [{ name: 'Normal', limit: 2n * G }], 4096n, undefined, { nodes, generation: MEMORYLESS_NODE_5_10 })
    // In address order: node 2's first range is below node 1's; node 3 has no whole page.
    expect(block.withoutPgdat).toEqual([2, 1])
    expect(memmapInit(mb, block, 'ranges')).toEqual({ cause: 'node-without-pgdat', nid: 2, memory: 4n * M, at: 'mm/page_alloc.c memmap_init', fn: 'memmap_init' })
    expect(memmapInit(mb, block, 'zones')).toBeUndefined()
    // 5.18+ give them a pg_data_t in free_area_init(): nothing to fault on.
    const later = freeAreaInit(mb, [{ name: 'Normal', limit: 2n * G }], 4096n, undefined, { nodes, generation: MEMORYLESS_NODE_6_1 })
    expect(later.withoutPgdat).toBeUndefined()
    expect(memmapInit(mb, later, 'ranges')).toBeUndefined()
  })
})

/**
 * kernelcore= / movablecore= / movable_node: find_zone_movable_pfns_for_nodes() and the early
 * params it reads, checked against mm/page_alloc.c (v5.10.223, v6.1.192) and mm/mm_init.c
 * (v6.12.117, v7.2.13). One node; 4K pages: MAX_ORDER_NR_PAGES is 1024 pages (4 MiB).
 * RAM is [4G, 8G): DMA and DMA32 are empty, Normal holds it all, so usable_startpfn (the
 * lowest PFN of the highest populated zone) is 4G and totalpages 0x100000.
 */
describe('find_zone_movable_pfns_for_nodes()', () => {
  const HIGH: ZoneSpec[] = [
    { name: 'DMA', limit: 4n * G },
    { name: 'DMA32', limit: 4n * G },
    { name: 'Normal', limit: 8n * G },
  ]
  // The number parsers of the parse dialects: up to 6.x they wrap, in 7.x they saturate.
  const WRAPS: CmdlineNumbers = { memparse: memparseWrapping, strtoullSaturates: false }
  const SATURATES: CmdlineNumbers = { memparse: memparseSaturating, strtoullSaturates: true }
  const run = (cmdline: string, generation = ZONE_MOVABLE_6_12, banks: Array<[bigint, bigint]> = [[4n * G, 4n * G]], zones = HIGH, pageSize = 4096n, numbers = WRAPS) => {
    const mb = memblockCreate(pageSize)
    for (const [base, size] of banks) memblockAdd(mb, base, size)
    const r = freeAreaInit(mb, zones, pageSize, zoneMovableInput(cmdline, pageSize, numbers, generation))
    const from = r.lines.indexOf('Movable zone start for each node')
    return { movable: r.lines.slice(from + 1, r.lines.indexOf('Early memory node ranges')), events: r.events.map((e) => `${e.level}: ${e.text}`) }
  }
  it.each([
    // kernelcore pages are taken from the start of the node: 1G of them end at 5G.
    ['kernelcore=1G', ['  Node 0: 0x0000000140000000']],
    // (0x100000 * 100 * 50) / 10000 = 0x80000 pages = 2G.
    ['kernelcore=50%', ['  Node 0: 0x0000000180000000']],
    // movablecore=1G: corepages = totalpages - 1G = 3G of kernelcore.
    ['movablecore=1G', ['  Node 0: 0x00000001c0000000']],
    // Both: kernelcore = max(1G, 3G).
    ['kernelcore=1G movablecore=1G', ['  Node 0: 0x00000001c0000000']],
    // 1000001K >> 12 = 250000 pages, rounded up to 1024 pages: 250880 = 0x3d400 pages.
    ['kernelcore=1000001K', ['  Node 0: 0x000000013d400000']],
    // A size zeroes the percentage; a later percentage overrides the size.
    ['kernelcore=50% kernelcore=1G', ['  Node 0: 0x0000000140000000']],
    ['kernelcore=1G kernelcore=50%', ['  Node 0: 0x0000000180000000']],
    // required_kernelcore >= totalpages: no ZONE_MOVABLE.
    ['kernelcore=4G', []],
    // movablecore of all the pages leaves corepages 0, so kernelcore 0: no ZONE_MOVABLE either.
    ['movablecore=100%', []],
    // movable_node ignores both; no region is hot-pluggable without an SRAT.
    ['movable_node kernelcore=1G', []],
    ['', []],
    // movablecore= is rounded up to MAX_ORDER_NR_PAGES before corepages is taken: one page
    // of it is 1024 pages (4 MiB), so kernelcore ends 4 MiB below 8 GiB.
    ['movablecore=4K', ['  Node 0: 0x00000001ffc00000']],
    // cmdline_parse_core(): a value read as 0 followed by '%' sets the percentage to 0 and
    // leaves the size kernelcore=1G set.
    ['kernelcore=1G kernelcore=%', ['  Node 0: 0x0000000140000000']],
    // coremem >> PAGE_SHIFT rounds down: 1G + 4095 bytes is 1G of pages.
    [`kernelcore=${(1n << 30n) + 4095n}`, ['  Node 0: 0x0000000140000000']],
    // parse_option_str() wants "mirror" as a whole item: "mirrorx" is a size, memparse() of
    // it 0 ('m' read as the M suffix), so kernelcore=0 and no warning about mirror memory.
    ['kernelcore=mirrorx', []],
  ])('%s', (cmdline, movable) => {
    expect(run(cmdline)).toEqual({ movable, events: [] })
  })
  it('kernel pages below the movable zone count without limit: kernelcore=1G over [1G, 5G) starts ZONE_MOVABLE at Normal (4G)', () => {
    const zones: ZoneSpec[] = [{ name: 'DMA', limit: 4n * G }, { name: 'Normal', limit: 5n * G }]
    expect(run('kernelcore=1G', ZONE_MOVABLE_6_12, [[G, 4n * G]], zones).movable).toEqual(['  Node 0: 0x0000000100000000'])
  })
  // cmdline_parse_core() reads the percentage with simple_strtoull(): 2^64 + 1 wraps to 1 up
  // to 6.x (lib/kstrtox.c _parse_integer_limit v6.12.117 only flags the overflow) and
  // saturates at ULLONG_MAX in 7.x (v7.2.13 sets ULLONG_MAX), as the policy's parse dialect
  // says: the dialect is the one record of it (the zone generation of 7.x is 6.12's).
  it('reads a kernelcore= percentage with the parse dialect\'s simple_strtoull(): 2^64 + 1 wraps to 1%, or saturates', () => {
    const percent = (numbers: CmdlineNumbers) => zoneMovableInput(`kernelcore=${(1n << 64n) + 1n}%`, 4096n, numbers, ZONE_MOVABLE_6_12)?.params.requiredKernelcorePercent
    expect(percent(WRAPS)).toBe(1n)
    expect(percent(SATURATES)).toBe((1n << 64n) - 1n)
    // (0x100000 * 100 * 1) / 10000 = 10485 pages, rounded up to 1024 pages: 11264 = 0x2c00 pages (44 MiB).
    expect(run(`kernelcore=${(1n << 64n) + 1n}%`).movable).toEqual(['  Node 0: 0x0000000102c00000'])
  })
  // (totalpages * 100 * percent) / 10000 is computed in unsigned long: with percent 2^44 + 1
  // the product is 100 * 2^64 + 100 * 0x100000, which wraps to 100 * 0x100000, so 10485 pages
  // (mm/mm_init.c@v6.12.117 find_zone_movable_pfns_for_nodes; the same in v5.10.223, v6.1.192, v7.2.13).
  it('the percentage product wraps at 2^64: kernelcore=(2^44 + 1)% is 1%, and so is movablecore=', () => {
    const pct = (1n << 44n) + 1n
    // kernelcore 10485 pages from 4G, rounded up to 1024 pages: 11264 = 0x2c00 pages.
    expect(run(`kernelcore=${pct}%`).movable).toEqual(['  Node 0: 0x0000000102c00000'])
    // movablecore 10485 pages, rounded up to 11264: kernelcore = 0x100000 - 0x2c00 pages, ending at 8G - 44M.
    expect(run(`movablecore=${pct}%`).movable).toEqual(['  Node 0: 0x00000001fd400000'])
  })
  it('MAX_ORDER_NR_PAGES: 2^10 pages of 4K, 2^11 of 16K, 2^13 of 64K (arch/arm64/Kconfig@v6.12.117 ARCH_FORCE_MAX_ORDER)', () => {
    expect(maxOrderNrPagesBytes(0x1000n)).toBe(0x400000n)
    expect(maxOrderNrPagesBytes(0x4000n)).toBe(0x2000000n)
    expect(maxOrderNrPagesBytes(0x10000n)).toBe(0x20000000n)
  })
  it('a bare movablecore changes nothing (its "Malformed early option" is parse_early_param()\'s: early-params.ts)', () => {
    expect(run('movablecore')).toEqual({ movable: [], events: [] })
  })
  describe('kernelcore=mirror with no mirrored memory', () => {
    const banks: Array<[bigint, bigint]> = [[G, G], [4n * G, 4n * G]]
    const zones: ZoneSpec[] = [{ name: 'DMA32', limit: 4n * G }, { name: 'Normal', limit: 8n * G }]
    it('5.10 and 6.1: every unmirrored region from 4 GiB is movable; one below it is warned about', () => {
      const expected = { movable: ['  Node 0: 0x0000000100000000'], events: ['warn: This configuration results in unmirrored kernel memory.'] }
      expect(run('kernelcore=mirror', ZONE_MOVABLE_5_10, banks, zones)).toEqual(expected)
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_1, banks, zones)).toEqual(expected)
      // parse_option_str(): "mirror" as one of the comma-separated items.
      expect(run('kernelcore=nomirror,mirror', ZONE_MOVABLE_6_1, banks, zones)).toEqual(expected)
    })
    it('6.1 tests usable_startpfn < PHYS_PFN(SZ_4G): an unmirrored region from 4G - 4K is below it', () => {
      // PFN 0xfffff < 0x100000: warned about and skipped, so nothing is movable.
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_1, [[4n * G - 0x1000n, 4n * G]], zones)).toEqual({ movable: [], events: ['warn: This configuration results in unmirrored kernel memory.'] })
    })
    it('5.10 tests PFN 0x100000, which with 64K pages is 64 GiB: nothing is movable', () => {
      expect(run('kernelcore=mirror', ZONE_MOVABLE_5_10, banks, zones, 0x10000n)).toEqual({ movable: [], events: ['warn: This configuration results in unmirrored kernel memory.'] })
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_1, banks, zones, 0x10000n).movable).toEqual(['  Node 0: 0x0000000100000000'])
    })
    it('6.6, 6.12 and 7.2: memblock_has_mirror() is false, so the option is ignored', () => {
      const expected = { movable: [], events: ['warn: The system has no mirror memory, ignore kernelcore=mirror.'] }
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_6, banks, zones)).toEqual(expected)
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_12, banks, zones)).toEqual(expected)
      expect(run('kernelcore=mirror', ZONE_MOVABLE_6_12, banks, zones, 4096n, SATURATES)).toEqual(expected)
    })
  })
})

/**
 * find_zone_movable_pfns_for_nodes() over several nodes and the memblock flags it reads
 * (mm/page_alloc.c v5.10.223, v6.1.192; mm/mm_init.c v6.12.117, v7.2.13), as
 * test/fuzz/kernel-zones.test.ts found the compiled kernel doing: zone_movable_pfn[] per node,
 * MEMBLOCK_HOTPLUG for movable_node, MEMBLOCK_MIRROR for kernelcore=mirror. 4K pages.
 */
describe('find_zone_movable_pfns_for_nodes() on several nodes', () => {
  const NORMAL: ZoneSpec[] = [{ name: 'DMA32', limit: 4n * G }, { name: 'Normal', limit: 16n * G }]
  const movableLines = (banks: Array<[bigint, bigint, number, number?]>, cmdline: string, generation = ZONE_MOVABLE_6_12, nodes?: Array<{ nid: number; online: boolean }>) => {
    const mb = memblockCreate(4096n)
    for (const [base, size, nid, flags] of banks) memblockAddNode(mb, base, size, nid, flags ?? 0)
    const numbers: CmdlineNumbers = { memparse: memparseWrapping, strtoullSaturates: false }
    const r = freeAreaInit(mb, NORMAL, 4096n, zoneMovableInput(cmdline, 4096n, numbers, generation), nodes && { nodes, generation: MEMORYLESS_NODE_6_12 })
    return { movable: r.lines.slice(r.lines.indexOf('Movable zone start for each node') + 1, r.lines.indexOf('Early memory node ranges')), events: r.events.map((e) => e.text) }
  }
  it('spreads kernelcore= over the nodes with memory: kernelcore=4G over two 4G nodes above 4 GiB gives each 2G', () => {
    expect(movableLines([[4n * G, 4n * G, 0], [8n * G, 4n * G, 1]], 'kernelcore=4G').movable).toEqual([
      '  Node 0: 0x0000000180000000',
      '  Node 1: 0x0000000280000000',
    ])
  })
  it('a node short of its share makes another pass with one node fewer: node 0 all below Normal, node 1 takes the rest', () => {
    // [1G, 3G) on node 0 is below Normal (4G): its 2G count against kernelcore=3G, node 1's
    // share of the first pass is 1.5G; the second pass (one node) takes what is left on node 1.
    expect(movableLines([[G, 2n * G, 0], [4n * G, 4n * G, 1]], 'kernelcore=3G').movable).toEqual(['  Node 1: 0x0000000140000000'])
  })
  it('movable_node: each node’s ZONE_MOVABLE starts at its lowest MEMBLOCK_HOTPLUG region', () => {
    const banks: Array<[bigint, bigint, number, number?]> = [[G, 3n * G, 0], [4n * G, 2n * G, 1], [6n * G, 2n * G, 1, MEMBLOCK_HOTPLUG], [8n * G, 2n * G, 2, MEMBLOCK_HOTPLUG]]
    expect(movableLines(banks, 'movable_node kernelcore=1G').movable).toEqual(['  Node 1: 0x0000000180000000', '  Node 2: 0x0000000200000000'])
  })
  it('kernelcore=mirror on 6.12 with MEMBLOCK_MIRROR memory: the unmirrored regions from 4 GiB are movable, per node', () => {
    const banks: Array<[bigint, bigint, number, number?]> = [[G, 3n * G, 0, MEMBLOCK_MIRROR], [4n * G, 2n * G, 0], [6n * G, 2n * G, 1, MEMBLOCK_MIRROR], [8n * G, 2n * G, 1]]
    expect(movableLines(banks, 'kernelcore=mirror')).toEqual({ movable: ['  Node 0: 0x0000000100000000', '  Node 1: 0x0000000200000000'], events: [] })
  })
  it('a hot-pluggable region at PFN 0 leaves zone_movable_pfn[] at 0, which is no ZONE_MOVABLE: the next one up sets it', () => {
    // zone_movable_pfn[nid] ? min(...) : pfn: after PFN 0 the node's entry still reads as unset.
    const banks: Array<[bigint, bigint, number, number?]> = [[0n, G, 0, MEMBLOCK_HOTPLUG], [G, G, 0], [2n * G, G, 0, MEMBLOCK_HOTPLUG]]
    expect(movableLines(banks, 'movable_node').movable).toEqual(['  Node 0: 0x0000000080000000'])
    expect(movableLines(banks.slice(0, 2), 'movable_node').movable).toEqual([])
  })
  /** The "Node N:" lines movable_node prints for one 256 MiB hot-pluggable region at `base`, with 64K pages, per generation. */
  const hotplugStarts = (base: bigint) => (generation: ZoneMovableGeneration): string[] => {
    const mb = memblockCreate(0x10000n)
    memblockAddNode(mb, base, 0x10000000n, 0, MEMBLOCK_HOTPLUG)
    const numbers: CmdlineNumbers = { memparse: memparseWrapping, strtoullSaturates: false }
    const r = freeAreaInit(mb, NORMAL, 0x10000n, zoneMovableInput('movable_node', 0x10000n, numbers, generation))
    return r.lines.filter((l) => l.startsWith('  Node '))
  }
  it('movable_node takes a hot-pluggable region’s PFN_DOWN(base) up to 6.8, PFN_UP(base) from 6.9 – 6.11', () => {
    // 64K pages (MAX_ORDER_NR_PAGES 8192 pages, 512 MiB): a hot-pluggable region from 1G + 8K
    // starts at PFN 0x4000 (1G, aligned: kept) or 0x4001 (rounded up to 1.5G, past the node's end).
    const lines = hotplugStarts(G + 0x2000n)
    expect(lines(ZONE_MOVABLE_5_10)).toEqual(['  Node 0: 0x0000000040000000'])
    expect(lines(ZONE_MOVABLE_6_1)).toEqual(['  Node 0: 0x0000000040000000'])
    expect(lines(ZONE_MOVABLE_6_12)).toEqual([])
    expect(lines(ZONE_MOVABLE_7_2)).toEqual([])
  })
  it('a start rounded past the node\'s end is dropped, except by the releases 5.11 – 5.17 (ddbc84f3f595 came in 5.18)', () => {
    // 64K pages (MAX_ORDER_NR_PAGES 8192 pages, 512 MiB): a hot-pluggable region from 1G + 64K
    // to 1G + 64K + 256M starts at PFN 0x4001, rounded up to 0x6000 (1.5G), past the node's end.
    // mm/page_alloc.c@v5.11 – @v5.17 keep and print it (compiled: test/fuzz/kernel-zones.test.ts).
    const lines = hotplugStarts(G + 0x10000n)
    expect(lines(ZONE_MOVABLE_5_10)).toEqual([])
    expect(lines(ZONE_MOVABLE_5_11)).toEqual(['  Node 0: 0x0000000060000000'])
    expect(lines(ZONE_MOVABLE_6_1)).toEqual([])
  })
  it('movable_node: the lowest of a node\'s hot-pluggable regions, not the last one', () => {
    // zone_movable_pfn[nid] = zone_movable_pfn[nid] ? min(usable_startpfn, zone_movable_pfn[nid]) : usable_startpfn.
    expect(movableLines([[4n * G, 2n * G, 0, MEMBLOCK_HOTPLUG], [7n * G, G, 0, MEMBLOCK_HOTPLUG]], 'movable_node').movable).toEqual(['  Node 0: 0x0000000100000000'])
  })
  it('a node whose share ends inside its first range stops there (`if (!kernelcore_remaining) break`)', () => {
    // [4G, 5G) and [6G, 8G) on node 0: kernelcore=512M ends at 4.5G; the next range is not visited.
    expect(movableLines([[4n * G, G, 0], [6n * G, 2n * G, 0]], 'kernelcore=512M').movable).toEqual(['  Node 0: 0x0000000120000000'])
  })
  it('a node\'s share used up by a range ending at usable_startpfn: the next range still moves zone_movable_pfn[] to its start', () => {
    // [1G, 4G) below Normal takes all of kernelcore=3G and `continue`s (end_pfn <= usable_startpfn:
    // no break test there); [5G, 8G) then gets size_pages 0, so zone_movable_pfn = 5G, then break.
    expect(movableLines([[G, 3n * G, 0], [5n * G, 3n * G, 0]], 'kernelcore=3G').movable).toEqual(['  Node 0: 0x0000000140000000'])
  })
  it('no further pass when the pages still owed are not more than the nodes left (`required_kernelcore > usable_nodes`)', () => {
    // Node 0: 1023 pages from 4G; node 1: [8G, 12G). kernelcore=8M (2048 pages): the first pass
    // gives node 0 its 1023 and node 1 1024, leaving 1 page owed with 1 node left: no restart,
    // so node 1 starts at 8G + 4M (a restart would take one more page and round up to 8G + 8M).
    expect(movableLines([[4n * G, 1023n * 4096n, 0], [8n * G, 4n * G, 1]], 'kernelcore=8M').movable).toEqual(['  Node 1: 0x0000000200400000'])
  })
  it('kernelcore= of exactly totalpages is no ZONE_MOVABLE (`required_kernelcore >= totalpages`)', () => {
    // Nodes of 1024, 1024 and 1025 pages: 3073 pages. Spread, it would leave the last page of
    // node 2 (at 12G + 4M, aligned) movable; the kernel goes to `out` first.
    const banks: Array<[bigint, bigint, number, number?]> = [[4n * G, 0x400000n, 0], [8n * G, 0x400000n, 1], [12n * G, 0x401000n, 2]]
    expect(movableLines(banks, `kernelcore=${3073n * 4096n}`).movable).toEqual([])
  })
  it('6.16+: a node outside N_MEMORY keeps its zone_movable_pfn[] unrounded, but 0 is still not printed', () => {
    // A hot-pluggable sub-page region at 0 on node 1: PFN_UP(0) = 0, and `if (zone_movable_pfn[i])` prints nothing.
    expect(movableLines([[4n * G, 4n * G, 0], [0n, 0x800n, 1, MEMBLOCK_HOTPLUG]], 'movable_node', ZONE_MOVABLE_7_2).movable).toEqual([])
  })
  it('the registry: 6.5 has no mirror test, 6.6 has it with PFN_DOWN, 6.9 takes PFN_UP (mm/mm_init.c@v6.8:365, @v6.11:366)', () => {
    const gen = (release: string) => policyFor('x86_64', release)!.zoneMovable
    expect([gen('6.5.13'), gen('6.6.0'), gen('6.8.12'), gen('6.9.0'), gen('6.11.11'), gen('6.12.0')]).toEqual([ZONE_MOVABLE_6_1, ZONE_MOVABLE_6_6, ZONE_MOVABLE_6_6, ZONE_MOVABLE_6_12, ZONE_MOVABLE_6_12, ZONE_MOVABLE_6_12])
    expect(ZONE_MOVABLE_6_6).toMatchObject({ mirrorNeedsMirror: true, hotplugBasePfn: 'down' })
  })
  it('runs with no whole page of memory: kernelcore=mirror on 6.12 still warns', () => {
    // One 2K region: for_each_mem_pfn_range() gives nothing, find_zone_movable_pfns_for_nodes() runs all the same.
    expect(movableLines([[4n * G, 0x800n, 0]], 'kernelcore=mirror').events).toEqual(['The system has no mirror memory, ignore kernelcore=mirror.'])
  })
  it('7.2 rounds only the nodes with memory: a hot-pluggable node with no whole page keeps its start, 6.12 drops it', () => {
    const banks: Array<[bigint, bigint, number, number?]> = [[4n * G, 4n * G, 0], [8n * G + 0x1000n, 0x800n, 1, MEMBLOCK_HOTPLUG]]
    expect(movableLines(banks, 'movable_node', ZONE_MOVABLE_7_2).movable).toEqual(['  Node 1: 0x0000000200001000'])
    expect(movableLines(banks, 'movable_node', ZONE_MOVABLE_6_12).movable).toEqual([])
  })
})

describe('kernelcore= / movablecore= through each architecture’s boot', () => {
  const boot = (preset: string, kernel: string, cmdline: string) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'b', extends: preset, ramSize: '8G', kernels: [kernel], cmdline }] } as never)
    expect(decoded.problems).toEqual([])
    const r = simulate(decoded.layouts[0]!.layout)
    const i = r.zoneLines.indexOf('Movable zone start for each node')
    return { movable: r.zoneLines.slice(i + 1, r.zoneLines.indexOf('Early memory node ranges')), zones: r.trace.filter((e) => e.source === 'zones').map((e) => e.text) }
  }
  it('x86_64 5.10 kernelcore=mirror: RAM below 4 GiB warns, RAM from 4 GiB is movable, movablecore= is not read', () => {
    expect(boot('qemu-q35-x86_64', '5.10', 'kernelcore=mirror movablecore=2G')).toEqual({
      movable: ['  Node 0: 0x0000000100000000'],
      zones: ['This configuration results in unmirrored kernel memory.'],
    })
  })
  it('x86_64 7.2 kernelcore=mirror is ignored without mirrored memory', () => {
    expect(boot('qemu-q35-x86_64', '7.2', 'kernelcore=mirror movablecore=2G')).toEqual({ movable: [], zones: ['The system has no mirror memory, ignore kernelcore=mirror.'] })
  })
  it('riscv64 6.12 movablecore=25%: 2G movable, so 6G of kernelcore from 2 GiB up ends at 8 GiB', () => {
    // RAM [2G, 10G), two ranges (the no-map firmware split at 0x80060000); Normal from 4G.
    // 25% of 0x200000 pages is 0x80000 (2G); corepages 6G: 2G below Normal, 4G in it.
    expect(boot('qemu-virt-riscv64', '6.12', 'movablecore=25%')).toEqual({ movable: ['  Node 0: 0x0000000200000000'], zones: [] })
  })
  it('riscv64 before CONFIG_MEMORY_HOTPLUG: movable_node is no parameter, so kernelcore= is read', () => {
    // arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG in v6.12.117 and not in v5.10.223 or
    // v6.1.192; without it mm/memory_hotplug.c (early_param("movable_node")) is not built and
    // movable_node_is_enabled() is false (include/linux/memory_hotplug.h v6.1.192).
    // RAM [2G, 10G): the 2G below Normal (from 4G) use up kernelcore=1G, so ZONE_MOVABLE starts at 4G.
    const old = (kernel: string) => {
      const decoded = decodeMatrix({ version: 1, boards: [{ id: 'b', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels: [kernel], image: { base: '0x80200000', size: '32M' }, cmdline: 'movable_node kernelcore=1G' }] } as never)
      expect(decoded.problems).toEqual([])
      const r = simulate(decoded.layouts[0]!.layout)
      return r.zoneLines.slice(r.zoneLines.indexOf('Movable zone start for each node') + 1, r.zoneLines.indexOf('Early memory node ranges'))
    }
    expect(old('5.10')).toEqual(['  Node 0: 0x0000000100000000'])
    expect(old('6.1')).toEqual(['  Node 0: 0x0000000100000000'])
    // With it (6.12, Debian's CONFIG_MEMORY_HOTPLUG=y), movable_node wins and nothing is movable.
    expect(boot('qemu-virt-riscv64', '6.12', 'movable_node kernelcore=1G').movable).toEqual([])
  })
  it('arm64 6.1 kernelcore=1G: the first 1G of the movable zone (Normal, from 4 GiB) stays the kernel’s', () => {
    // RAM [1G, 9G): 3G below Normal count first and exhaust the 1G, so ZONE_MOVABLE starts at 4G.
    expect(boot('qemu-virt-arm64', '6.1', 'kernelcore=1G')).toEqual({ movable: ['  Node 0: 0x0000000100000000'], zones: [] })
  })
})
