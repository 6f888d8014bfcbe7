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
import { memblockAdd, memblockAlloc, memblockAllocTryNid, memblockCreate, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { roundUp, SMP_CACHE_BYTES } from '../phys.js'
import type { PhysAddr } from '../types.js'
import { RISCV_PAGE_SHIFT, RISCV_PAGE_SIZE, RISCV_PMD_SIZE, swapperPgDir, vmemmapPopulate, type RiscvPageTables, type RiscvPagingLevels, type TableAlloc } from './mmu.js'
import { memSectionUsageSize, RISCV_MAX_PHYSMEM_BITS, RISCV_MEM_SECTION_BYTES, RISCV_SECTION_SIZE_BITS, sparseInit, type SectionRuns } from './sparse.js'

/** sparse_init() section by section, as the kernel loops (the reference). */
function sparseInitPerSection(mb: Memblock, tables: RiscvPageTables, nodeData: PhysAddr, physRamBase: PhysAddr, pageblockBits: bigint) {
  const sectionSize = 1n << RISCV_SECTION_SIZE_BITS
  const pagesPerSection = sectionSize / RISCV_PAGE_SIZE
  const sectionsPerRoot = RISCV_PAGE_SIZE / RISCV_MEM_SECTION_BYTES
  const nrSectionRoots = (1n << (RISCV_MAX_PHYSMEM_BITS - RISCV_SECTION_SIZE_BITS)) / sectionsPerRoot
  const memSection = memblockAlloc(mb, nrSectionRoots * 8n, SMP_CACHE_BYTES, 'sparse_init')
  const present = new Set<bigint>()
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
        memblockAllocTryNid(mb, sectionsPerRoot * RISCV_MEM_SECTION_BYTES, SMP_CACHE_BYTES, 0n, 0n, 'sparse_index_alloc')
      }
      present.add(section)
    }
  }
  const sections = [...present].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  if (sections.length === 0) return undefined
  const mapCount = BigInt(sections.length)
  const goal = nodeData & ~(sectionSize - 1n)
  const usageBytes = memSectionUsageSize(pageblockBits) * mapCount
  let usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, goal + sectionSize, 'sparse_init_nid')
  if (!usemap) usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, 0n, 'sparse_init_nid')
  if (!usemap) return { presentSections: sections, memSection, usemap, memmap: 0n }
  const sectionMapSize = roundUp(64n * pagesPerSection, RISCV_PMD_SIZE)
  const memmap = memblockAllocTryNid(mb, mapCount * sectionMapSize, sectionMapSize, physRamBase, 0n, 'memmap_alloc')
  const tableAlloc: TableAlloc = () => memblockAllocTryNid(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, physRamBase, 0n, '__earlyonly_bootmem_alloc')
  const vmemmapStartPfn = (physRamBase & ~(sectionSize - 1n)) >> RISCV_PAGE_SHIFT
  for (const section of sections) {
    vmemmapPopulate(tables, section * pagesPerSection, pagesPerSection, vmemmapStartPfn, tableAlloc)
    if (!memmap) memblockAllocTryNid(mb, RISCV_PMD_SIZE, RISCV_PMD_SIZE, physRamBase, 0n, 'vmemmap_alloc_block')
  }
  return { presentSections: sections, memSection, usemap, memmap }
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
        const build = (): { mb: Memblock; t: RiscvPageTables; physRamBase: bigint; nodeData: bigint } => {
          const mb = memblockCreate(RISCV_PAGE_SIZE)
          for (const [base, size] of banks) memblockAdd(mb, base, size)
          const start = mb.memory.regions[0]?.base ?? 0n
          const physRamBase = start & ~(RISCV_PMD_SIZE - 1n)
          // Now and then most of RAM is taken, so that the memmap buffer (or more) fails.
          const last = mb.memory.regions.at(-1)
          if (squeeze && last && last.base + last.size - start > squeeze) memblockReserve(mb, start, last.base + last.size - start - squeeze, 'test')
          return { mb, t: swapperPgDir(levels, physRamBase), physRamBase, nodeData: start + nodeOffset }
        }
        const squeeze = g(fc.integer, { min: 0, max: 3 }) === 0 ? g(fc.constantFrom, 64n * 1024n, 4n * M, 40n * M) : 0n
        const nodeOffset = g(fc.bigInt, { min: 0n, max: 1n << 20n }) * 4096n
        const pageblockBits = g(fc.constantFrom, 4n, 8n)
        const fast = build()
        const ref = build()
        const runs = sparseInit(fast.mb, fast.t, fast.nodeData, fast.physRamBase, pageblockBits)
        const a = runs && { ...runs, presentSections: sectionsOf(runs.presentSections) }
        const b = sparseInitPerSection(ref.mb, ref.t, ref.nodeData, ref.physRamBase, pageblockBits)
        expect(JSON.stringify(a, hex)).toBe(JSON.stringify(b, hex))
        expect(JSON.stringify(fast.mb, hex)).toBe(JSON.stringify(ref.mb, hex))
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
    expect(sparseInit(mb, swapperPgDir(3, 0n), 0x1001n, 0n, 4n)).toBeUndefined()
    // A region with one whole page marks its section.
    const mb2 = memblockCreate(RISCV_PAGE_SIZE)
    memblockAdd(mb2, 0x1000n, 0x1000n)
    expect(sparseInit(mb2, swapperPgDir(3, 0n), 0x1000n, 0n, 4n)?.presentSections).toEqual([{ first: 0n, last: 0n }])
  })
  it('present sections that follow each other are one run, also from two memory regions (for_each_present_section_nr() sees 0, 1)', () => {
    // [0, 128 MiB) and [128 MiB + 4 KiB, 256 MiB): memory_present() marks sections 0 and 1.
    const mb = memblockCreate(RISCV_PAGE_SIZE)
    memblockAdd(mb, 0n, 128n * M)
    memblockAdd(mb, 128n * M + 4096n, 128n * M - 4096n)
    expect(sparseInit(mb, swapperPgDir(3, 0n), 0n, 0n, 4n)?.presentSections).toEqual([{ first: 0n, last: 1n }])
  })
})
