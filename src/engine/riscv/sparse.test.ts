// SPDX-License-Identifier: GPL-2.0-only
/**
 * sparseInit() keeps the present sections as runs and populates the vmemmap of a run of
 * consecutive sections with one vmemmap_populate() call. Checked here against the kernel's
 * section-by-section loop (sparse_init() as the mirror first wrote it: a Set of sections, one
 * vmemmapPopulate() per section) on random memory maps: the same result, the same memblock
 * (memory, reservations and their owners) and the same page tables; also when the memmap
 * buffer cannot be allocated and when no section is present.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockAlloc, memblockAllocTryNid, memblockCreate, memblockReserve, memblockSetNode, type Memblock } from '../memblock/memblock.js'
import { roundUp, SMP_CACHE_BYTES } from '../phys.js'
import type { PhysAddr } from '../types.js'
import { createPgdMapping, RISCV_PAGE_SHIFT, RISCV_PAGE_SIZE, RISCV_PMD_SIZE, swapperPgDir, swapperPgDirReference, vmemmapPopulate, vmemmapPopulateBasepages, vmemmapStart, type RiscvPageTables, type RiscvPagingLevels, type TableAlloc } from './mmu.js'
import { memSectionUsageSize, RISCV_MAX_PHYSMEM_BITS, RISCV_MEM_SECTION_BYTES, RISCV_SECTION_SIZE_BITS, sparseInit, type SectionRuns } from './sparse.js'

/** sparse_init() section by section, as the kernel loops (the reference): sparse_init_nid() for each run of present sections on one node. */
function sparseInitPerSection(mb: Memblock, tables: RiscvPageTables, nodeData: (nid: number) => PhysAddr, physRamBase: PhysAddr, pageblockBits: bigint, vmemmap: 'basepages' | 'hugepages') {
  const sectionSize = 1n << RISCV_SECTION_SIZE_BITS
  const pagesPerSection = sectionSize / RISCV_PAGE_SIZE
  const sectionsPerRoot = RISCV_PAGE_SIZE / RISCV_MEM_SECTION_BYTES
  const nrSectionRoots = (1n << (RISCV_MAX_PHYSMEM_BITS - RISCV_SECTION_SIZE_BITS)) / sectionsPerRoot
  const memSection = memblockAlloc(mb, nrSectionRoots * 8n, SMP_CACHE_BYTES, 'sparse_init')
  // Each present section and its node: the first region to mark it sets it (memory_present()).
  const present = new Map<bigint, number>()
  const roots = new Set<bigint>()
  for (const r of mb.memory.regions) {
    const startPfn = roundUp(r.base, RISCV_PAGE_SIZE) >> RISCV_PAGE_SHIFT
    const endPfn = (r.base + r.size) >> RISCV_PAGE_SHIFT
    // __next_mem_pfn_range(): a region without a whole page is skipped.
    if (startPfn >= endPfn) continue
    for (let pfn = startPfn & ~(pagesPerSection - 1n); pfn < endPfn; pfn += pagesPerSection) {
      const section = pfn / pagesPerSection
      const root = section / sectionsPerRoot
      if (!roots.has(root)) {
        roots.add(root)
        memblockAllocTryNid(mb, sectionsPerRoot * RISCV_MEM_SECTION_BYTES, SMP_CACHE_BYTES, 0n, 0n, 'sparse_index_alloc', r.nid)
      }
      if (!present.has(section)) present.set(section, r.nid)
    }
  }
  const sections = [...present.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (sections.length === 0) return undefined
  const nodes: Array<{ nid: number; usemap: PhysAddr; memmap: PhysAddr }> = []
  for (let i = 0; i < sections.length; ) {
    const nid = present.get(sections[i]!)!
    let j = i + 1
    while (j < sections.length && present.get(sections[j]!) === nid) j++
    const mapCount = BigInt(j - i)
    const goal = nodeData(nid) & ~(sectionSize - 1n)
    const usageBytes = memSectionUsageSize(pageblockBits) * mapCount
    let usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, goal + sectionSize, 'sparse_init_nid', nid)
    if (!usemap) usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, 0n, 'sparse_init_nid', nid)
    if (!usemap) {
      nodes.push({ nid, usemap, memmap: 0n })
      i = j
      continue
    }
    const sectionMapSize = roundUp(64n * pagesPerSection, RISCV_PMD_SIZE)
    const memmap = memblockAllocTryNid(mb, mapCount * sectionMapSize, sectionMapSize, physRamBase, 0n, 'memmap_alloc', nid, true)
    const tableAlloc: TableAlloc = () => memblockAllocTryNid(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, physRamBase, 0n, '__earlyonly_bootmem_alloc', nid)
    const vmemmapStartPfn = (physRamBase & ~(sectionSize - 1n)) >> RISCV_PAGE_SHIFT
    for (const section of sections.slice(i, j)) {
      if (vmemmap === 'hugepages') {
        vmemmapPopulate(tables, section * pagesPerSection, pagesPerSection, vmemmapStartPfn, tableAlloc)
        if (!memmap) memblockAllocTryNid(mb, RISCV_PMD_SIZE, RISCV_PMD_SIZE, physRamBase, 0n, 'vmemmap_alloc_block', nid)
      } else {
        vmemmapPopulateBasepages(tables, section * pagesPerSection, pagesPerSection, vmemmapStartPfn, tableAlloc)
        // Each page of the section's memmap from memblock when there is no buffer.
        if (!memmap) for (let k = 0n; k < (64n * pagesPerSection) / RISCV_PAGE_SIZE; k++) if (!memblockAllocTryNid(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, physRamBase, 0n, 'vmemmap_alloc_block', nid)) break
      }
    }
    nodes.push({ nid, usemap, memmap })
    i = j
  }
  return { presentSections: sections, memSection, usemap: nodes[0]!.usemap, memmap: nodes[0]!.memmap, nodes }
}

/** Every section of the runs, in order (what the per-section reference lists). */
function sectionsOf(present: SectionRuns): bigint[] {
  const sections: bigint[] = []
  for (const run of present) for (let section = run.first; section <= run.last; section++) sections.push(section)
  return sections
}

const hex = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v)
const tablesJson = (t: RiscvPageTables): string => JSON.stringify([[...t.entries].sort((a, b) => (a[0] < b[0] ? -1 : 1)), t.linear], hex)

const G = 1n << 30n
const M = 1n << 20n

describe('sparseInit() by runs of sections = section by section', () => {
  it('1,000 random memory maps', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const levels = g(fc.constantFrom, 3, 4, 5) as RiscvPagingLevels
        // Banks in address order, any sizes (some under a page, some unaligned), gaps or none.
        const banks: Array<[bigint, bigint]> = []
        let at = g(fc.bigInt, { min: 0n, max: 64n }) * g(fc.constantFrom, 4096n, 2n * M, 128n * M, G) + g(fc.constantFrom, 0n, 0n, 123n)
        for (let k = g(fc.integer, { min: 0, max: 4 }); k > 0; k--) {
          const size = g(fc.constantFrom, 1n, 4096n, 3n * M, 128n * M, 200n * M, G, 8n * G, 40n * G) + g(fc.constantFrom, 0n, 0n, 4095n)
          banks.push([at, size])
          at += size + g(fc.constantFrom, 0n, 0n, 4096n, 64n * M, 128n * M, 16n * G)
        }
        const build = (): { mb: Memblock; t: RiscvPageTables; physRamBase: bigint; nodeData: (nid: number) => bigint } => {
          const mb = memblockCreate(RISCV_PAGE_SIZE)
          for (const [base, size] of banks) memblockAdd(mb, base, size)
          // As NUMA init leaves it: the banks on node 0, or from one of them (or from inside
          // one, which splits a section between the nodes) on node 1.
          const end = mb.memory.regions.at(-1) ? mb.memory.regions.at(-1)!.base + mb.memory.regions.at(-1)!.size : 0n
          memblockSetNode(mb.memory, 0n, end, 0)
          if (split !== undefined && split < end) memblockSetNode(mb.memory, split, end - split, 1)
          const start = mb.memory.regions[0]?.base ?? 0n
          const physRamBase = start & ~(RISCV_PMD_SIZE - 1n)
          // Now and then most of RAM is taken, so that the memmap buffer (or more) fails.
          const last = mb.memory.regions.at(-1)
          if (squeeze && last && last.base + last.size - start > squeeze) memblockReserve(mb, start, last.base + last.size - start - squeeze, 'test')
          return { mb, t: swapperPgDir(levels, physRamBase), physRamBase, nodeData: (nid) => (nid === 0 ? start + nodeOffset : (split ?? 0n) + nodeOffset) }
        }
        const split = banks.length === 0 || g(fc.boolean) ? undefined : banks[g(fc.integer, { min: 0, max: banks.length - 1 })]![0] + g(fc.constantFrom, 0n, 0n, 4096n, 64n * M)
        const squeeze = g(fc.integer, { min: 0, max: 3 }) === 0 ? g(fc.constantFrom, 64n * 1024n, 4n * M, 40n * M) : 0n
        const nodeOffset = g(fc.bigInt, { min: 0n, max: 1n << 20n }) * 4096n
        const pageblockBits = g(fc.constantFrom, 4n, 8n)
        const vmemmap = g(fc.constantFrom, 'hugepages', 'basepages') as 'hugepages' | 'basepages'
        const fast = build()
        const ref = build()
        const runs = sparseInit(fast.mb, fast.t, fast.nodeData, fast.physRamBase, pageblockBits, vmemmap)
        const a = runs && { ...runs, presentSections: sectionsOf(runs.presentSections) }
        const b = sparseInitPerSection(ref.mb, ref.t, ref.nodeData, ref.physRamBase, pageblockBits, vmemmap)
        expect(JSON.stringify(a, hex)).toBe(JSON.stringify(b, hex))
        // The owners a merged region took in are a set (for reports): base pages without the
        // buffer reserve a section's 512 pages as one run, the reference page by page.
        const owners = (k: string, v: unknown): unknown => (k === 'alsoOwners' && Array.isArray(v) ? [...(v as string[])].sort() : hex(k, v))
        expect(JSON.stringify(fast.mb, owners)).toBe(JSON.stringify(ref.mb, owners))
        expect(tablesJson(fast.t)).toBe(tablesJson(ref.t))
      }),
      { seed: 0x5a55, numRuns: 1000 },
    )
  }, 60_000)

  it('skips a region without a whole page, as for_each_mem_pfn_range() does', () => {
    // [0x1001, 0x1101) holds no whole page: the kernel marks no section for it, so a map of
    // only that region has no present section at all.
    const mb = memblockCreate(RISCV_PAGE_SIZE)
    memblockAdd(mb, 0x1001n, 0x100n)
    expect(sparseInit(mb, swapperPgDir(3, 0n), () => 0x1001n, 0n, 4n, 'hugepages')).toBeUndefined()
    // A region with one whole page marks its section.
    const mb2 = memblockCreate(RISCV_PAGE_SIZE)
    memblockAdd(mb2, 0x1000n, 0x1000n)
    expect(sparseInit(mb2, swapperPgDir(3, 0n), () => 0x1000n, 0n, 4n, 'hugepages')?.presentSections).toEqual([{ first: 0n, last: 0n }])
  })
  it('present sections that follow each other are one run, also from two memory regions (for_each_present_section_nr() sees 0, 1)', () => {
    // [0, 128 MiB) and [128 MiB + 4 KiB, 256 MiB): memory_present() marks sections 0 and 1.
    const mb = memblockCreate(RISCV_PAGE_SIZE)
    memblockAdd(mb, 0n, 128n * M)
    memblockAdd(mb, 128n * M + 4096n, 128n * M - 4096n)
    expect(sparseInit(mb, swapperPgDir(3, 0n), () => 0n, 0n, 4n, 'hugepages')?.presentSections).toEqual([{ first: 0n, last: 1n }])
  })
})

describe('vmemmap_populate() in base pages (riscv ≤6.1: vmemmap_populate_basepages())', () => {
  // mm/sparse-vmemmap.c v6.1.192 vmemmap_populate_range(): every page of the memmap walks the
  // tables down to its PTE; the PTE tables (one per 2 MiB of memmap, so one per 128 MiB
  // section) come from memblock, the pages themselves from the sparse buffer.
  it.each([3, 4, 5] as const)('Sv%s: the tables of a page-by-page walk, in its order', (levels) => {
    const pagesPerSection = 1n << (RISCV_SECTION_SIZE_BITS - RISCV_PAGE_SHIFT)
    const allocs = (run: (alloc: TableAlloc) => void): string[] => {
      const seen: string[] = []
      run((last, count) => seen.push(`${last}x${count}`))
      return seen
    }
    // Sections 5..7 and 20 of a map based at 0 (two runs, three PMD blocks of memmap in one).
    const fast = swapperPgDir(levels, 0n)
    const fastAllocs = allocs((alloc) => {
      vmemmapPopulateBasepages(fast, 5n * pagesPerSection, 3n * pagesPerSection, 0n, alloc)
      vmemmapPopulateBasepages(fast, 20n * pagesPerSection, pagesPerSection, 0n, alloc)
    })
    const ref = swapperPgDirReference(levels, 0n)
    const refAllocs = allocs((alloc) => {
      for (const [first, n] of [[5n, 3n], [20n, 1n]] as const) {
        const start = vmemmapStart(levels) + first * pagesPerSection * 64n
        for (let va = start; va < start + n * pagesPerSection * 64n; va += RISCV_PAGE_SIZE) createPgdMapping(ref, va, RISCV_PAGE_SIZE, alloc)
      }
    })
    // One PTE table per section (4), after the upper levels the first walk needs.
    expect(fastAllocs.filter((a) => a === 'truex1')).toHaveLength(4)
    const flat = (xs: string[]): string[] => xs.flatMap((x) => Array<string>(Number(x.split('x')[1])).fill(x.split('x')[0]!))
    expect(flat(fastAllocs)).toEqual(flat(refAllocs))
    // The same entries (the reference has a leaf per page; the walk one per PTE table).
    const tables = (t: RiscvPageTables): string[] => [...t.entries].filter(([, v]) => v === 'table').map(([k]) => k).sort()
    expect(tables(fast)).toEqual(tables(ref))
  })

  it('takes one PTE table per present section more than the PMD-leaf vmemmap', () => {
    const run = (vmemmap: 'basepages' | 'hugepages'): bigint => {
      const mb = memblockCreate(RISCV_PAGE_SIZE)
      memblockAdd(mb, 0x80000000n, 4n * G)
      sparseInit(mb, swapperPgDir(4, 0x80000000n), () => 0x17ff00000n, 0x80000000n, 4n, vmemmap)
      return mb.reserved.regions.filter((r) => r.owner === '__earlyonly_bootmem_alloc').reduce((n, r) => n + r.size, 0n)
    }
    // 4 GiB: 32 sections, 32 PTE tables.
    expect(run('basepages') - run('hugepages')).toBe(32n * RISCV_PAGE_SIZE)
  })
})
