// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockClone, memblockCreate, memblockIsRegionMemory, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { roundDown, roundUp, SZ_1M, SZ_4K } from '../phys.js'
import { AllocLowPagesPanic, getNewStepSize, initMemMapping, initMemMappingReference, initMemoryMapping, splitMemRange, type InitMemMappingState, type MapRange } from './init-mem-mapping.js'

const M = 1n << 20n
const G = 1n << 30n
const M2 = 1 << 2
const G1 = 1 << 3

/** memblock as e820__memblock_setup() leaves it on QEMU q35 + SeaBIOS, plus the boot's reservations. */
function q35(below4g: bigint, above4g: bigint): Memblock {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, 0x1000n, 0x9e000n)
  memblockAdd(mb, M, below4g - 0x20000n - M)
  if (above4g) memblockAdd(mb, 4n * G, above4g)
  memblockReserve(mb, 0n, M) // first 1M
  memblockReserve(mb, 0x1000000n, 0x37ef000n) // kernel image (6.12 init_size)
  memblockReserve(mb, below4g - 0x20000n - 0x104000n, 0x104000n) // initrd
  return mb
}

const pgtBuf = { base: 0x1000000n + 0x37ef000n - 16n * 4096n, pages: 16 }

function state(mb: Memblock): InitMemMappingState {
  return {
    mb,
    tables: { pgd: new Map(), count: { '4K': 0n, '2M': 0n, '1G': 0n } },
    pageSizeMask: M2 | G1,
    // A pgt_buf: with none and min_pfn_mapped = max_pfn_mapped = 0 the first table page panics.
    pgtBufEnd: pgtBuf.base,
    pgtBufTop: pgtBuf.base + BigInt(pgtBuf.pages) * 4096n,
    canUseBrkPgt: true,
    minPfnMapped: 0n,
    maxPfnMapped: 0n,
    pfnMapped: [],
    memblockPages: [],
    brkPages: 0,
    topDownProbe: 0n,
  }
}

describe('split_mem_range()', () => {
  it('splits low RAM into a 4K head, 2M body and 4K tail (no 1G: [1G, 2G) is not all RAM)', () => {
    const st = state(q35(2n * G, 2n * G))
    expect(splitMemRange(st, M, 0x7ffe0000n)).toEqual([
      { start: M, end: 2n * M, pageSizeMask: 0 },
      { start: 2n * M, end: 0x7fe00000n, pageSizeMask: M2 },
      { start: 0x7fe00000n, end: 0x7ffe0000n, pageSizeMask: 0 },
    ])
  })
  it('promotes a 2M range to 1G pages when the whole GiB around it is one memory region', () => {
    const st = state(q35(2n * G, 2n * G))
    expect(splitMemRange(st, 0x17fe00000n, 0x180000000n)).toEqual([{ start: 0x17fe00000n, end: 0x180000000n, pageSizeMask: M2 | G1 }])
  })
  it('maps a 1G-aligned body with 1G pages and merges the promoted 2M tail into it', () => {
    const st = state(q35(2n * G, 2n * G))
    expect(splitMemRange(st, 4n * G, 0x160000000n)).toEqual([{ start: 4n * G, end: 0x160000000n, pageSizeMask: M2 | G1 }])
  })
  it('uses 1G pages for [1G, 2G) when low RAM reaches 3 GiB (QEMU pc)', () => {
    const st = state(q35(3n * G, G))
    expect(splitMemRange(st, M, 0xbffe0000n)).toEqual([
      { start: M, end: 2n * M, pageSizeMask: 0 },
      { start: 2n * M, end: G, pageSizeMask: M2 },
      { start: G, end: 2n * G, pageSizeMask: M2 | G1 },
      { start: 2n * G, end: 0xbfe00000n, pageSizeMask: M2 },
      { start: 0xbfe00000n, end: 0xbffe0000n, pageSizeMask: 0 },
    ])
  })
  it('gives a 1G-aligned body 2M and 1G pages even where it spans a hole (no promotion needed)', () => {
    // split_mem_range(): the 1G range is saved with page_size_mask & (2M | 1G) as it stands;
    // adjust_range_page_size_mask() would not grant 2M to [1G, 6G), which is not one region.
    const st = state(q35(2n * G, 2n * G))
    expect(splitMemRange(st, M, 6n * G)).toEqual([
      { start: M, end: 2n * M, pageSizeMask: 0 },
      { start: 2n * M, end: G, pageSizeMask: M2 },
      { start: G, end: 6n * G, pageSizeMask: M2 | G1 },
    ])
  })
  it('a range starting on a GiB boundary has no 2M head: the 1G part starts at once', () => {
    // split_mem_range(): the 2M part is [round_up(pfn, 2M), round_up(pfn, 1G)), empty when pfn is
    // 1 GiB aligned; [0, 6G) is one 1G range although [0, 1G) is not one memory region.
    const st = state(q35(2n * G, 2n * G))
    expect(splitMemRange(st, 0n, 6n * G)).toEqual([{ start: 0n, end: 6n * G, pageSizeMask: M2 | G1 }])
    expect(splitMemRange(st, 4n * G, 0x140200000n)).toEqual([{ start: 4n * G, end: 0x140200000n, pageSizeMask: M2 | G1 }])
  })
  it('keeps the ISA range in 4K pages (page 0 is not memory)', () => {
    const st = state(q35(2n * G, 0n))
    expect(splitMemRange(st, 0n, M)).toEqual([{ start: 0n, end: M, pageSizeMask: 0 }])
  })
  it('is split_mem_range() line for line on random memory maps and ranges', () => {
    let seed = 12345
    const rand = (n: number): number => {
      // The C library's LCG in exact 32-bit arithmetic (a plain product would pass 2^53).
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0
      return (seed >>> 16) % n
    }
    const page = 4096n
    for (let round = 0; round < 400; round++) {
      const mb = memblockCreate(page)
      // Regions of whole GiB or of pages, at GiB, 2 MiB or page boundaries, with gaps.
      const unit = (): bigint => [G, 2n * M, page][rand(3)]!
      let at = BigInt(rand(3)) * unit()
      for (let k = 0, n = 1 + rand(5); k < n; k++) {
        const size = BigInt(1 + rand(4)) * (rand(2) ? G : BigInt(1 + rand(1024)) * page * 16n)
        memblockAdd(mb, at, size)
        at += size + BigInt(rand(3)) * unit()
      }
      const st = { ...state(mb), pageSizeMask: [0, M2, M2 | G1, G1][rand(4)]! }
      for (let q = 0; q < 10; q++) {
        const a = BigInt(rand(Number(at / page) + 1)) * page + (rand(4) ? 0n : BigInt(rand(4096)))
        const b = a + BigInt(rand(Number(at / page) + 1)) * page + (rand(4) ? 0n : BigInt(rand(4096)))
        expect(splitMemRange(st, a, b)).toEqual(splitMemRangeKernel(st, a, b))
      }
    }
  })
  it("matches the kernel's u64 arithmetic near 2^64 too, where round_up() wraps to 0", () => {
    const page = 4096n
    const top = 1n << 64n
    const mb = memblockCreate(page)
    memblockAdd(mb, top - 4n * G, 4n * G - page)
    const edges = [top - 3n * G, top - G - 5n * page, top - G, top - 3n * M, top - 2n * M, top - 2n * M + 7n, top - 5n * page, top - page, top - 1n]
    for (const pageSizeMask of [0, M2, M2 | G1]) {
      const st = { ...state(mb), pageSizeMask }
      for (const a of edges) for (const b of edges) expect(splitMemRange(st, a, b)).toEqual(splitMemRangeKernel(st, a, b))
    }
  })
})

/** arch/x86/mm/init.c split_mem_range() and adjust_range_page_size_mask() as written, with phys.ts's rounding. */
function splitMemRangeKernel(st: InitMemMappingState, start: bigint, end: bigint): MapRange[] {
  const mr: MapRange[] = []
  const save = (s: bigint, e: bigint, m: number): void => {
    if (s < e) mr.push({ start: s, end: e, pageSizeMask: m })
  }
  const limit = roundDown(end, 4096n)
  let pos = roundDown(start, 4096n)
  let e = roundUp(pos, 2n * M) < limit ? roundUp(pos, 2n * M) : limit
  if (pos < e) {
    save(pos, e, 0)
    pos = e
  }
  let s = roundUp(pos, 2n * M)
  e = roundUp(pos, G)
  if (e > roundDown(limit, 2n * M)) e = roundDown(limit, 2n * M)
  if (s < e) {
    save(s, e, st.pageSizeMask & M2)
    pos = e
  }
  s = roundUp(pos, G)
  e = roundDown(limit, G)
  if (s < e) {
    save(s, e, st.pageSizeMask & (M2 | G1))
    pos = e
  }
  s = roundUp(pos, 2n * M)
  e = roundDown(limit, 2n * M)
  if (s < e) {
    save(s, e, st.pageSizeMask & M2)
    pos = e
  }
  save(pos, limit, 0)
  for (const r of mr) {
    for (const [bitm, size] of [[M2, 2n * M], [G1, G]] as const) {
      if (!(st.pageSizeMask & bitm) || r.pageSizeMask & bitm) continue
      const a = roundDown(r.start, size)
      const b = roundUp(r.end, size)
      if (memblockIsRegionMemory(st.mb, a, b - a)) r.pageSizeMask |= bitm
    }
  }
  for (let i = 0; mr.length > 1 && i < mr.length - 1; i++) {
    if (mr[i]!.end !== mr[i + 1]!.start || mr[i]!.pageSizeMask !== mr[i + 1]!.pageSizeMask) continue
    mr[i + 1]!.start = mr[i]!.start
    mr.splice(i, 1)
    i--
  }
  return mr
}

describe('get_new_step_size()', () => {
  it('grows 2M → 512M → 128G', () => {
    expect(getNewStepSize(2n * M)).toBe(512n * M)
    expect(getNewStepSize(512n * M)).toBe(128n * G)
  })
})

describe('init_mem_mapping()', () => {
  it('q35 -m 4G: counts every re-walked 1G page again, takes two page-table pages from the top of RAM', () => {
    const mb = q35(2n * G, 2n * G)
    const st = initMemMapping(mb, { end: 0x180000000n, pgtBuf, use2M: true, use1G: true, probe: 'alloc-free' })
    // 2 real 1G pages walked 4 times, [2M, 0x7fe00000) in 2M pages, the 4K edges.
    expect(st.tables.count).toEqual({ '1G': 4n, '2M': 1022n, '4K': 992n })
    expect(st.topDownProbe).toBe(0x17fe00000n)
    expect(st.memblockPages).toEqual([0x17ffff000n, 0x17fffe000n])
    expect(st.maxPfnMapped).toBe(0x180000n)
    // add_range_with_merge(): the ISA range [0, 1M) and low RAM touch and merge.
    expect(st.pfnMapped).toEqual([
      { base: 0n, size: 0x7ffe0000n },
      { base: 4n * G, size: 2n * G },
    ])
  })
  it('q35 -m 1G: everything from the brk buffer, 2M pages up to the 4K tail', () => {
    const mb = q35(G, 0n)
    const st = initMemMapping(mb, { end: 0x3ffe0000n, pgtBuf, use2M: true, use1G: true, probe: 'alloc-free' })
    expect(st.tables.count).toEqual({ '1G': 0n, '2M': 510n, '4K': 992n })
    expect(st.topDownProbe).toBe(0x3fc00000n)
    expect(st.memblockPages).toEqual([])
    expect(st.brkPages).toBe(4)
    expect(st.maxPfnMapped).toBe(0x3ffe0n)
  })
  it('5.10 only finds the first 2 MiB block: memblock.reserved is the same afterwards', () => {
    const a = q35(2n * G, 2n * G)
    const b = q35(2n * G, 2n * G)
    initMemMapping(a, { end: 0x180000000n, pgtBuf, use2M: true, use1G: true, probe: 'alloc-free' })
    initMemMapping(b, { end: 0x180000000n, pgtBuf, use2M: true, use1G: true, probe: 'find' })
    expect(a.reserved.regions).toEqual(b.reserved.regions)
  })
  it('5.10: a failed search for the first 2 MiB block leaves real_end = 0 + PMD_SIZE: [1M, 2M) first, the rest bottom-up', () => {
    // No free 2M-aligned 2 MiB below max_pfn: memblock_find_in_range() returns 0 and 5.10's
    // memory_map_top_down() (arch/x86/mm/init.c v5.10.223) adds PMD_SIZE to it regardless.
    // [2M, 64M) is then one init_memory_mapping() with max_pfn_mapped = 2M and the brk buffer
    // inside it, so its 31 PTE tables come from memblock in [1M, 2M), top-down.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x1000n, 0x9e000n)
    memblockAdd(mb, M, 63n * M)
    memblockReserve(mb, 0n, M)
    memblockReserve(mb, 2n * M, 62n * M - 0x1000n)
    const st = initMemMapping(mb, { end: 64n * M, pgtBuf: { base: 32n * M, pages: 12 }, use2M: false, use1G: false, probe: 'find' })
    expect(st.topDownProbe).toBe(0n)
    expect(st.brkPages).toBe(3) // the ISA range's PUD, PMD and PTE tables
    expect(st.memblockPages).toEqual(Array.from({ length: 31 }, (_, k) => 0x1ff000n - BigInt(k) * 0x1000n))
    expect(st.tables.count).toEqual({ '1G': 0n, '2M': 0n, '4K': 16384n })
    expect(st.maxPfnMapped).toBe(0x4000n)
  })
  it('5.15 – 6.14 as released: a failed first 2 MiB allocation frees [0, 2M) and maps from 2M as 5.10 does; the checked probe maps from the end of RAM', () => {
    // memory_map_top_down() (arch/x86/mm/init.c@v6.14:646-649): memblock_phys_free(addr, PMD_SIZE)
    // with addr 0, real_end = 0 + PMD_SIZE; @v6.17:645-651 warns and takes the PMD-aligned end.
    const layout = () => {
      const mb = memblockCreate(4096n)
      memblockAdd(mb, 0x1000n, 0x9e000n)
      memblockAdd(mb, M, 63n * M)
      memblockReserve(mb, 0n, M)
      memblockReserve(mb, 2n * M, 62n * M - 0x1000n)
      return mb
    }
    const input = { end: 64n * M, pgtBuf: { base: 32n * M, pages: 12 }, use2M: false, use1G: false }
    const find = layout()
    const unchecked = layout()
    const a = initMemMapping(find, { ...input, probe: 'find' })
    const b = initMemMapping(unchecked, { ...input, probe: 'alloc-free-unchecked' })
    expect([a.topDownProbe, b.topDownProbe]).toEqual([0n, 0n])
    // The same mapping as 5.10's (31 PTE pages from memblock in [1M, 2M), top-down) ...
    expect(b.memblockPages).toEqual(Array.from({ length: 31 }, (_, k) => 0x1ff000n - BigInt(k) * 0x1000n))
    expect(b.memblockPages).toEqual(a.memblockPages)
    expect([b.brkPages, b.tables.count, b.maxPfnMapped]).toEqual([a.brkPages, a.tables.count, a.maxPfnMapped])
    // ... but the reservation of [0, 1M) went with memblock_phys_free(0, PMD_SIZE).
    expect(find.reserved.regions.map((r) => [r.base, r.size])).toEqual([[0n, M], [0x1e1000n, 0x3e1e000n]])
    expect(unchecked.reserved.regions.map((r) => [r.base, r.size])).toEqual([[0x1e1000n, 0x3e1e000n]])
    // The checked probe maps down from 64M, where nothing is free for the page tables.
    expect(() => initMemMapping(layout(), { ...input, probe: 'alloc-free' })).toThrow(AllocLowPagesPanic)
  })
  it('a RAM range that starts right at pgt_buf_top may still take page tables from brk (>=, not >)', () => {
    // init_range_memory_mapping(): can_use_brk_pgt = max(start, pgt_buf_end) >= min(end,
    // pgt_buf_top); [32M + 48K, 62M) touches the buffer [32M, 32M + 48K) without overlapping
    // it, so its head's PTE table is the 4th brk page, not a memblock page.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, M, 31n * M)
    memblockAdd(mb, 32n * M + 0xc000n, 32n * M - 0xc000n)
    memblockReserve(mb, 0n, M)
    const st = initMemMapping(mb, { end: 64n * M, pgtBuf: { base: 32n * M, pages: 12 }, use2M: true, use1G: true, probe: 'alloc-free' })
    expect(st.brkPages).toBe(4)
    expect(st.memblockPages).toEqual([])
  })
  it('nogbpages: 2M pages map each chunk once (nothing is walked twice), PMD tables come from brk', () => {
    const mb = q35(2n * G, 2n * G)
    const st = initMemMapping(mb, { end: 0x180000000n, pgtBuf, use2M: true, use1G: false, probe: 'alloc-free' })
    expect(st.tables.count).toEqual({ '1G': 0n, '2M': 1022n + 1024n, '4K': 992n })
    expect(st.memblockPages).toEqual([0x17ffff000n, 0x17fffe000n])
    // Each top-down chunk ends where the one mapped before it starts: add_range_with_merge()
    // (kernel/range.c) joins ranges that only touch (common_start > common_end is false).
    expect(st.pfnMapped).toEqual([
      { base: 0n, size: 0x7ffe0000n },
      { base: 4n * G, size: 2n * G },
    ])
  })
  it('init_memory_mapping() records the range up to the last address mapped (ret), not the end asked for', () => {
    // add_pfn_range_mapped(start >> PAGE_SHIFT, ret >> PAGE_SHIFT): [5G, 5G + 2M) is promoted to a
    // 1G page (all of [5G, 6G) is RAM), and phys_pud_init() returns the end of that page.
    const st = state(q35(2n * G, 2n * G))
    expect(initMemoryMapping(st, 5n * G, 5n * G + 2n * M)).toBe(6n * G)
    expect(st.pfnMapped).toEqual([{ base: 5n * G, size: G }])
    expect(st.maxPfnMapped).toBe((6n * G) >> 12n)
    // Less than a page maps nothing: add_range_with_merge() ignores start >= end.
    const none = state(q35(2n * G, 2n * G))
    expect(initMemoryMapping(none, 0x2000n, 0x2800n)).toBe(0n)
    expect(none.pfnMapped).toEqual([])
    expect(none.maxPfnMapped).toBe(0n)
  })
  it('no free 2 MiB block and RAM ending below 2 MiB (the releases whose probe is checked: mapProbe alloc-free): real_end = max(map_start, ALIGN_DOWN(map_end, PMD_SIZE))', () => {
    // memory_map_top_down() (6.1.192, 6.12.117, 7.2.13): ALIGN_DOWN(1.5M, 2M) is 0, so real_end is
    // 1M: the top-down loop maps nothing and [1M, 1.5M) is mapped bottom-up, once; [0x1000, 0x9f000)
    // is not walked again after the ISA range.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x1000n, 0x9e000n)
    memblockAdd(mb, M, M / 2n)
    memblockReserve(mb, 0n, M)
    const st = initMemMapping(mb, { end: M + M / 2n, pgtBuf, use2M: true, use1G: true, probe: 'alloc-free' })
    expect(st.topDownProbe).toBe(0n)
    expect(st.tables.count).toEqual({ '1G': 0n, '2M': 0n, '4K': 256n + 128n })
    expect(st.pfnMapped).toEqual([{ base: 0n, size: M + M / 2n }])
  })
  it('debug_pagealloc: 4K pages only', () => {
    const mb = q35(G, 0n)
    const st = initMemMapping(mb, { end: 0x3ffe0000n, pgtBuf, use2M: false, use1G: false, probe: 'alloc-free' })
    expect(st.tables.count).toEqual({ '1G': 0n, '2M': 0n, '4K': 0x3ffe0n }) // [0, 0x3ffe0000) page by page
    // probe_page_size_mask(): without 2M pages direct_gbpages is cleared too, so no 1G page for [4G, 6G).
    const high = initMemMapping(q35(2n * G, 2n * G), { end: 6n * G, pgtBuf, use2M: false, use1G: true, probe: 'alloc-free' })
    expect(high.tables.count).toEqual({ '1G': 0n, '2M': 0n, '4K': 256n + 0x7fee0n + 0x80000n })
  })
})

describe('initMemMapping(): no page for a page table', () => {
  it('all RAM but 22 pages at its top reserved: memblock runs out, extend_brk() BUG()s, the boot ends', () => {
    // test/fixtures/kernel-x86dm.json.gz case 425 (5-level, 2M pages, nogbpages): every
    // version's init_mem_mapping() ends in alloc_low_pages() (BUG_ON(_brk_start == 0) in
    // extend_brk(), arch/x86/kernel/setup.c@v6.12.117:200, reserve_brk() having run).
    const mb = memblockCreate(4096n)
    memblockReserve(mb, 0x1000000n, 0x34f5000n - 0x1000000n)
    memblockReserve(mb, 0x34f5000n, 16n * 4096n)
    memblockReserve(mb, M, 0x3ffeb7000n)
    memblockAdd(mb, 0x1000n, 0x9e000n)
    memblockAdd(mb, M, 0x3ffecd000n)
    const input = { end: 0x3fffcd000n, pgtBuf: { base: 0x34f5000n, pages: 16 }, use2M: true, use1G: false, probe: 'alloc-free' as const, fiveLevel: true }
    expect(() => initMemMapping(memblockClone(mb), input)).toThrow(AllocLowPagesPanic)
    expect(() => initMemMappingReference(memblockClone(mb), input)).toThrow(AllocLowPagesPanic)
  })
})

describe('initMemMapping(): 5-level paging', () => {
  it('allocates one P4D page per 256 TiB PGD slot, on the run-length and the per-entry walk alike', () => {
    const mb = memblockCreate(SZ_4K)
    memblockAdd(mb, SZ_4K, 0x9f000n - SZ_4K)
    memblockAdd(mb, SZ_1M, (4n << 30n) - SZ_1M)
    memblockReserve(mb, 0x1000000n, 0x3000000n)
    // A pgt_buf of 4 pages: the ISA range's tables (3 with 4-level paging, 4 with the P4D);
    // every page-table page after them comes from memblock.
    const input = { end: 4n << 30n, pgtBuf: { base: 0x3a00000n, pages: 4 }, use2M: true, use1G: true, probe: 'alloc-free' as const }
    const four = initMemMapping(memblockClone(mb), input)
    const five = initMemMapping(memblockClone(mb), { ...input, fiveLevel: true })
    const fiveRef = initMemMappingReference(memblockClone(mb), { ...input, fiveLevel: true })
    expect([four.brkPages, five.brkPages]).toEqual([3, 4])
    expect(five.memblockPages.length + five.brkPages).toBe(four.memblockPages.length + four.brkPages + 1)
    expect([fiveRef.memblockPages, fiveRef.brkPages]).toEqual([five.memblockPages, five.brkPages])
  })
})
