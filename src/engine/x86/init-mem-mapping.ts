// SPDX-License-Identifier: GPL-2.0-only
/**
 * x86_64 direct map as init_mem_mapping() builds it before the crash reservation: the
 * page-size split of each RAM range, the page tables it walks and allocates (from the brk
 * buffer or from memblock, top-down or with movable_node bottom-up), and the DirectMap counters (`direct_pages_count[]`)
 * the walk bumps.
 *
 * The counters count *walk steps*, not distinct pages: phys_pud_init()/phys_pmd_init()/
 * phys_pte_init() add one for an entry they find already present and keep (pages++ on the
 * "re-use the existing mapping" path). memory_map_top_down() maps the top 2 MiB first and then
 * a bigger chunk below it; both land in the same 1 GiB page when the top of RAM is 1 GiB
 * mapped, so that page is counted twice, and the low-RAM pass counts the pages below it again.
 * That is why DirectMap4k+2M+1G exceeds the RAM size on every QEMU boot with RAM above 4 GiB.
 *
 * Page tables are walked as with 4-level paging (one PUD table per 512 GiB). 5-level paging
 * (`fiveLevel`: a 6.1+ Debian kernel on a CPU with LA57, as QEMU's -cpu max) adds one P4D table
 * per 256 TiB PGD slot, allocated before the PUD tables under it: one more alloc_low_pages() page
 * at the ISA range's walk. That page comes from the brk buffer, so it moves a memblock allocation
 * only once the buffer runs out: then the kernel takes one page more from memblock (a q35 4G boot
 * of 6.12.117 and 7.2.13 with nogbpages and 18 one-page memmap= holes above 4 GiB: ten pages from
 * 0x17ffff000 down, NODE_DATA(0) one page lower than with nine).
 *
 * initMemMapping() walks run-length-encoded tables (init-mem-mapping-fast.ts: a run of whole
 * entries in one step, so the cost does not grow with RAM); this file keeps the same walk one
 * entry at a time (physPudInit / physPmdInit / physPteInit below, O(pages)) as
 * initMemMappingReference(), the exact reference the fast walk is tested against
 * (init-mem-mapping-fast.test.ts). Everything above the walk (split_mem_range(), the
 * top-down steps, alloc_low_pages()' window) is shared.
 *
 * @kernel arch/x86/mm/init.c init_mem_mapping, memory_map_top_down, memory_map_bottom_up, init_range_memory_mapping,
 *         init_memory_mapping, split_mem_range, adjust_range_page_size_mask, alloc_low_pages,
 *         get_new_step_size; arch/x86/mm/init_64.c __kernel_physical_mapping_init,
 *         phys_pud_init, phys_pmd_init, phys_pte_init (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import {
  memblockFindInRangeNode,
  memblockIsRegionMemory,
  memblockPhysAllocRange,
  memblockPhysFree,
  type Memblock,
} from '../memblock/memblock.js'
import { max, min, roundDown, roundUp, SZ_1G, SZ_2M, SZ_4K, u64 } from '../phys.js'
import type { PhysAddr, PhysRange } from '../types.js'
import { isPudLeafRuns, kernelPhysicalMappingInitRuns, liveRunLengthTables, needsP4dTable, newRunLengthTables } from './init-mem-mapping-fast.js'

/** PG_LEVEL_* as the page_size_mask bits of arch/x86/include/asm/pgtable_types.h. */
export const PG_LEVEL_4K = 1
export const PG_LEVEL_2M = 2
export const PG_LEVEL_1G = 3

const PAGE_SIZE = SZ_4K
const PMD_SIZE = SZ_2M
const PUD_SIZE = SZ_1G
/** 512 GiB per PGD entry (4-level). */
const PGDIR_SHIFT = 39n
const PGDIR_SIZE = 1n << PGDIR_SHIFT
const PTRS = 512n
/**
 * round_down()/round_up() by the constant page sizes, with the masks computed once: the same
 * values as phys.ts's roundDown()/roundUp() (x & ~(a - 1); ((x - 1) | (a - 1)) + 1 in u64, which
 * is (x + a - 1) & ~(a - 1) in u64 for every x >= 0, x = 0 included), in fewer BigInt steps:
 * split_mem_range() and init_range_memory_mapping() run these for every range of every boot.
 */
const PAGE_MASK = ~(PAGE_SIZE - 1n)
const PMD_LOW = PMD_SIZE - 1n
const PMD_MASK = ~PMD_LOW
const PUD_LOW = PUD_SIZE - 1n
const PUD_MASK = ~PUD_LOW
const roundDownPmd = (x: PhysAddr): PhysAddr => x & PMD_MASK
const roundUpPmd = (x: PhysAddr): PhysAddr => u64((x + PMD_LOW) & PMD_MASK)
const roundDownPud = (x: PhysAddr): PhysAddr => x & PUD_MASK
const roundUpPud = (x: PhysAddr): PhysAddr => u64((x + PUD_LOW) & PUD_MASK)
/** The largest x whose round_up() to 1 GiB does not wrap past 2^64 to 0. */
const PUD_ROUND_UP_MAX = (1n << 64n) - PUD_SIZE

/** ISA_END_ADDRESS: the ISA range [0, 1 MiB) is always mapped. */
export const ISA_END_ADDRESS = 0x100000n

/** One PMD entry: a 2 MiB leaf or a PTE table (the set of present PTE indices). */
export type PmdEntry = { leaf: true } | { leaf: false; pte: Set<bigint> }
/** One PUD entry: a 1 GiB leaf or a PMD table. */
export type PudEntry = { leaf: true } | { leaf: false; pmd: Map<bigint, PmdEntry> }

/** `direct_pages_count[]` of arch/x86/mm/pat/set_memory.c, in pages of each size. */
export interface DirectPagesCount {
  '4K': bigint
  '2M': bigint
  '1G': bigint
}

/**
 * The direct map's page tables: PGD index → PUD table (PUD index → entry). From
 * initMemMapping() the maps are a view of run-length tables, built when first read.
 */
export interface DirectMapTables {
  pgd: Map<bigint, Map<bigint, PudEntry>>
  count: DirectPagesCount
}

/**
 * Engine helper (no kernel counterpart): reads one PUD entry off either table representation.
 * Is the 1 GiB page holding `addr` a 1G leaf of the direct map? The answer of
 * `tables.pgd.get(addr >> 39n)?.get((addr / SZ_1G) % 512n)?.leaf === true`, read from the
 * run-length tables when there are (no per-entry view built: O(log runs), not O(GiB)).
 */
export function isDirectMapGbLeaf(tables: DirectMapTables, addr: PhysAddr): boolean {
  const runs = liveRunLengthTables(tables)
  // addr >> 39 as a division (addr is not negative; a BigInt shift is a runtime call).
  if (runs) return isPudLeafRuns(runs, Number(addr / PGDIR_SIZE), Number((addr / PUD_SIZE) % PTRS))
  return tables.pgd.get(addr >> PGDIR_SHIFT)?.get((addr / PUD_SIZE) % PTRS)?.leaf === true
}

/** One `struct map_range` of split_mem_range(). */
export interface MapRange {
  start: PhysAddr
  end: PhysAddr
  /** Bit set of 1 << PG_LEVEL_2M / 1 << PG_LEVEL_1G. */
  pageSizeMask: number
}

/** The state init_mem_mapping() keeps in file-scope variables. */
export interface InitMemMappingState {
  mb: Memblock
  tables: DirectMapTables
  /** probe_page_size_mask(): 2M with PSE (and no debug_pagealloc), 1G with direct_gbpages. */
  pageSizeMask: number
  /** The brk pgt_buf: [pgtBufEnd, pgtBufTop) still free, in bytes. */
  pgtBufEnd: PhysAddr
  pgtBufTop: PhysAddr
  canUseBrkPgt: boolean
  minPfnMapped: bigint
  maxPfnMapped: bigint
  /** pfn_mapped[]: the ranges init_memory_mapping() has mapped (for pfn_range_is_mapped()). */
  pfnMapped: PhysRange[]
  /** Page-table pages taken from memblock (alloc_low_pages), in order. */
  memblockPages: PhysAddr[]
  /** Page-table pages taken from the brk buffer. */
  brkPages: number
  /** memory_map_top_down()'s first 2 MiB block (0 when none was free). */
  topDownProbe: PhysAddr
  /** 5-level paging: the 256 TiB PGD slots (index >> 9 of the 512 GiB ones) with a P4D table. */
  p4dSlots?: Set<bigint> | undefined
}

const bit = (level: number): number => 1 << level

/**
 * Mirrors save_mr(): append [startPfn, endPfn) (as byte addresses here) when non-empty.
 * @kernel arch/x86/mm/init.c save_mr
 */
function saveMr(mr: MapRange[], start: PhysAddr, end: PhysAddr, pageSizeMask: number): void {
  if (start < end) mr.push({ start, end, pageSizeMask })
}

/**
 * Mirrors adjust_range_page_size_mask(): a small range is promoted to 2M (1G) pages when the
 * whole 2 MiB (1 GiB) around it is one memblock memory region.
 * @kernel arch/x86/mm/init.c adjust_range_page_size_mask
 */
function adjustRangePageSizeMask(st: InitMemMappingState, mr: MapRange[]): void {
  for (let i = 0; i < mr.length; i++) {
    const r = mr[i]!
    if (st.pageSizeMask & bit(PG_LEVEL_2M) && !(r.pageSizeMask & bit(PG_LEVEL_2M))) {
      const start = roundDownPmd(r.start)
      const end = roundUpPmd(r.end)
      if (memblockIsRegionMemory(st.mb, start, end - start)) r.pageSizeMask |= bit(PG_LEVEL_2M)
      // The 1 GiB around the range holds the 2 MiB around it: when no one region holds the
      // latter, none holds the former either, and the check below would say no (unless
      // round_up() to 1 GiB wraps past 2^64, which the check is left to see).
      else if (r.end <= PUD_ROUND_UP_MAX) continue
    }
    if (st.pageSizeMask & bit(PG_LEVEL_1G) && !(r.pageSizeMask & bit(PG_LEVEL_1G))) {
      const start = roundDownPud(r.start)
      const end = roundUpPud(r.end)
      if (memblockIsRegionMemory(st.mb, start, end - start)) r.pageSizeMask |= bit(PG_LEVEL_1G)
    }
  }
}

/**
 * Mirrors split_mem_range() for x86_64: 4K head up to 2 MiB alignment, 2M up to 1 GiB
 * alignment, 1G body, 2M tail, 4K tail; then the promotion and the merge of neighbours with
 * the same page size.
 * @kernel arch/x86/mm/init.c split_mem_range
 */
export function splitMemRange(st: InitMemMappingState, start: PhysAddr, end: PhysAddr): MapRange[] {
  const mr: MapRange[] = []
  const limit = end & PAGE_MASK
  // limit rounded down to 2M and to 1G: what the 2M and 1G parts below stop at.
  const limitPmd = roundDownPmd(limit)
  const limitPud = roundDownPud(limit)
  // The part starts below are round_up()s of pos that are at hand: pos has not moved since
  // the rounding was taken, or has moved to that rounding (aligned: it rounds to itself), or
  // has moved to limit (limitPmd) instead, whose rounding and the one at hand are both at or
  // past the part's end limitPmd (limitPud): no part is saved either way.
  let pos = start & PAGE_MASK
  const upPmd0 = roundUpPmd(pos)
  // head if not big page alignment?
  let e = min(upPmd0, limit)
  if (pos < e) {
    saveMr(mr, pos, e, 0)
    pos = e
  }
  // big page (2M) range
  let s = upPmd0
  const upPud1 = roundUpPud(pos)
  e = upPud1
  if (e > limitPmd) e = limitPmd
  if (s < e) {
    saveMr(mr, s, e, st.pageSizeMask & bit(PG_LEVEL_2M))
    pos = e
  }
  // big page (1G) range
  s = upPud1
  e = limitPud
  if (s < e) {
    saveMr(mr, s, e, st.pageSizeMask & (bit(PG_LEVEL_2M) | bit(PG_LEVEL_1G)))
    pos = e
  }
  // tail is not big page (1G) alignment
  s = (pos & PMD_LOW) === 0n ? pos : roundUpPmd(pos)
  e = limitPmd
  if (s < e) {
    saveMr(mr, s, e, st.pageSizeMask & bit(PG_LEVEL_2M))
    pos = e
  }
  // tail is not big page (2M) alignment
  saveMr(mr, pos, limit, 0)
  adjustRangePageSizeMask(st, mr)
  // try to merge same page size and continuous (in place: at most five ranges)
  let w = 0
  for (let i = 1; i < mr.length; i++) {
    const a = mr[w]!
    const b = mr[i]!
    if (a.end !== b.start || a.pageSizeMask !== b.pageSizeMask) mr[++w] = b
    else a.end = b.end
  }
  while (mr.length > w + 1) mr.pop()
  return mr
}

/**
 * Thrown where alloc_low_pages() finds no page for a page table: the pgt_buf is used up (or
 * may not be used) and memblock has no free page in [min_pfn_mapped, max_pfn_mapped). The
 * kernel's fallback, extend_brk(), BUG()s there: reserve_brk() has closed the brk
 * (_brk_start = 0) before init_mem_mapping() runs; without it alloc_low_pages() panics. The
 * boot ends either way.
 * @kernel arch/x86/mm/init.c alloc_low_pages (v6.12.117:125-166, its fallback 137-150); arch/x86/kernel/setup.c
 *         extend_brk, reserve_brk, setup_arch (v6.12.117:200, 228, 981-1042)
 */
export class AllocLowPagesPanic extends Error {
  override readonly name = 'AllocLowPagesPanic'
}

/**
 * Mirrors alloc_low_pages(1) before bootmem: the brk pgt_buf while it lasts and may be used,
 * else one page from memblock within [min_pfn_mapped, max_pfn_mapped), top-down (bottom-up
 * while movable_node holds memblock so) (5.10 finds
 * and reserves, 6.1+ memblock_phys_alloc_range(): the same page either way), else the boot
 * ends (AllocLowPagesPanic). The run-length walk takes its pages in one go (allocLowPages() in
 * init-mem-mapping-fast.ts).
 * @kernel arch/x86/mm/init.c alloc_low_pages
 */
function allocLowPage(st: InitMemMappingState): void {
  if (st.pgtBufEnd + PAGE_SIZE > st.pgtBufTop || !st.canUseBrkPgt) {
    let ret = 0n
    if (st.minPfnMapped < st.maxPfnMapped) {
      ret = memblockPhysAllocRange(st.mb, PAGE_SIZE, PAGE_SIZE, st.minPfnMapped * PAGE_SIZE, st.maxPfnMapped * PAGE_SIZE, 'alloc_low_pages')
    }
    if (!ret) throw allocLowPagesPanic(st)
    st.memblockPages.push(ret)
    return
  }
  st.pgtBufEnd += PAGE_SIZE
  st.brkPages++
}

/**
 * Engine helper (no kernel counterpart): the panic of alloc_low_pages() with no page to give,
 * naming the window it searched.
 */
export function allocLowPagesPanic(st: Pick<InitMemMappingState, 'canUseBrkPgt' | 'minPfnMapped' | 'maxPfnMapped'>): AllocLowPagesPanic {
  // Before the first range is mapped min_pfn_mapped is above max_pfn_mapped: no window at all.
  const window =
    st.minPfnMapped < st.maxPfnMapped ? `[mem 0x${(st.minPfnMapped * PAGE_SIZE).toString(16).padStart(16, '0')}-0x${(st.maxPfnMapped * PAGE_SIZE).toString(16).padStart(16, '0')})` : 'the memory mapped so far, which is none'
  return new AllocLowPagesPanic(
    st.canUseBrkPgt ? `alloc_low_pages: no free page in ${window}; extend_brk() after reserve_brk(): BUG` : `alloc_low_pages: can not alloc memory (no free page in ${window})`,
  )
}

/**
 * Mirrors phys_pte_init(): map [paddr, paddrEnd) inside one PTE table with 4K pages.
 * @kernel arch/x86/mm/init_64.c phys_pte_init
 */
function physPteInit(st: InitMemMappingState, pte: Set<bigint>, paddr: PhysAddr, paddrEnd: PhysAddr): PhysAddr {
  let pages = 0n
  let paddrLast = paddrEnd
  for (let i = (paddr / PAGE_SIZE) % PTRS; i < PTRS; i++) {
    const paddrNext = roundDown(paddr, PAGE_SIZE) + PAGE_SIZE
    if (paddr >= paddrEnd) {
      // Entries past the end are cleared when not e820 RAM; nothing is counted.
      paddr = paddrNext
      continue
    }
    // We will re-use the existing mapping (counted again).
    if (pte.has(i)) {
      pages++
      paddr = paddrNext
      continue
    }
    pages++
    pte.add(i)
    paddrLast = paddrNext
    paddr = paddrNext
  }
  st.tables.count['4K'] += pages
  return paddrLast
}

/**
 * Mirrors phys_pmd_init(): 2M leaves where the mask allows, PTE tables elsewhere; an existing
 * 2M leaf is kept (and counted) when 2M is allowed.
 * @kernel arch/x86/mm/init_64.c phys_pmd_init
 */
function physPmdInit(st: InitMemMappingState, pmd: Map<bigint, PmdEntry>, paddr: PhysAddr, paddrEnd: PhysAddr, pageSizeMask: number): PhysAddr {
  let pages = 0n
  let paddrLast = paddrEnd
  for (let i = (paddr / PMD_SIZE) % PTRS; i < PTRS; i++) {
    const paddrNext = roundDown(paddr, PMD_SIZE) + PMD_SIZE
    if (paddr >= paddrEnd) {
      paddr = paddrNext
      continue
    }
    const cur = pmd.get(i)
    if (cur) {
      if (!cur.leaf) {
        paddrLast = physPteInit(st, cur.pte, paddr, paddrEnd)
        paddr = paddrNext
        continue
      }
      // If we are ok with PG_LEVEL_2M mapping, then we will use the existing mapping.
      if (pageSizeMask & bit(PG_LEVEL_2M)) {
        pages++
        paddrLast = paddrNext
        paddr = paddrNext
        continue
      }
      // Otherwise a PTE table replaces the 2M leaf below (its count is not taken back).
    }
    if (pageSizeMask & bit(PG_LEVEL_2M)) {
      pages++
      pmd.set(i, { leaf: true })
      paddrLast = paddrNext
      paddr = paddrNext
      continue
    }
    allocLowPage(st)
    const pte = new Set<bigint>()
    paddrLast = physPteInit(st, pte, paddr, paddrEnd)
    pmd.set(i, { leaf: false, pte })
    paddr = paddrNext
  }
  st.tables.count['2M'] += pages
  return paddrLast
}

/**
 * Mirrors phys_pud_init(): 1G leaves where the mask allows, PMD tables elsewhere; an
 * existing 1G leaf is kept (and counted) when 1G is allowed.
 * @kernel arch/x86/mm/init_64.c phys_pud_init
 */
function physPudInit(st: InitMemMappingState, pud: Map<bigint, PudEntry>, paddr: PhysAddr, paddrEnd: PhysAddr, pageSizeMask: number): PhysAddr {
  let pages = 0n
  let paddrLast = paddrEnd
  for (let i = (paddr / PUD_SIZE) % PTRS; i < PTRS; i++) {
    const paddrNext = roundDown(paddr, PUD_SIZE) + PUD_SIZE
    if (paddr >= paddrEnd) {
      paddr = paddrNext
      continue
    }
    const cur = pud.get(i)
    if (cur) {
      if (!cur.leaf) {
        paddrLast = physPmdInit(st, cur.pmd, paddr, paddrEnd, pageSizeMask)
        paddr = paddrNext
        continue
      }
      // If we are ok with PG_LEVEL_1G mapping, then we will use the existing mapping.
      if (pageSizeMask & bit(PG_LEVEL_1G)) {
        pages++
        paddrLast = paddrNext
        paddr = paddrNext
        continue
      }
      // Otherwise a PMD table replaces the 1G leaf below (its count is not taken back).
    }
    if (pageSizeMask & bit(PG_LEVEL_1G)) {
      pages++
      pud.set(i, { leaf: true })
      paddrLast = paddrNext
      paddr = paddrNext
      continue
    }
    allocLowPage(st)
    const pmd = new Map<bigint, PmdEntry>()
    paddrLast = physPmdInit(st, pmd, paddr, paddrEnd, pageSizeMask)
    pud.set(i, { leaf: false, pmd })
    paddr = paddrNext
  }
  st.tables.count['1G'] += pages
  return paddrLast
}

/**
 * Mirrors __kernel_physical_mapping_init() with 4-level paging: one PUD table per 512 GiB,
 * walked one entry at a time (the reference walk).
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
function kernelPhysicalMappingInitPerEntry(st: InitMemMappingState, paddrStart: PhysAddr, paddrEnd: PhysAddr, pageSizeMask: number): PhysAddr {
  let paddrLast = paddrEnd
  for (let paddr = paddrStart; paddr < paddrEnd; ) {
    const idx = paddr >> PGDIR_SHIFT
    const next = (idx + 1n) << PGDIR_SHIFT
    const segEnd = paddrEnd
    if (needsP4dTable(st, idx)) allocLowPage(st)
    let pud = st.tables.pgd.get(idx)
    if (!pud) {
      allocLowPage(st)
      pud = new Map()
      st.tables.pgd.set(idx, pud)
    }
    paddrLast = physPudInit(st, pud, paddr, min(segEnd, next), pageSizeMask)
    paddr = next
  }
  return paddrLast
}

/**
 * Mirrors __kernel_physical_mapping_init() on the tables the state holds: run-length ones
 * (init-mem-mapping-fast.ts) until their per-entry view has been read, else per entry.
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init
 */
function kernelPhysicalMappingInit(st: InitMemMappingState, paddrStart: PhysAddr, paddrEnd: PhysAddr, pageSizeMask: number): PhysAddr {
  const runs = liveRunLengthTables(st.tables)
  if (runs) return kernelPhysicalMappingInitRuns(st, runs, paddrStart, paddrEnd, pageSizeMask)
  return kernelPhysicalMappingInitPerEntry(st, paddrStart, paddrEnd, pageSizeMask)
}

/**
 * Mirrors add_pfn_range_mapped(): remember the range and raise max_pfn_mapped.
 * @kernel arch/x86/mm/init.c add_pfn_range_mapped; kernel/range.c add_range_with_merge
 */
function addPfnRangeMapped(st: InitMemMappingState, start: PhysAddr, end: PhysAddr): void {
  // add_range_with_merge(): join every range the new one touches (an empty one adds nothing);
  // clean_sort_range(): keep the list sorted.
  st.maxPfnMapped = max(st.maxPfnMapped, end / PAGE_SIZE)
  if (start >= end) return
  const ranges = st.pfnMapped
  let i = 0
  while (i < ranges.length && ranges[i]!.base + ranges[i]!.size < start) i++
  let j = i
  let base = start
  let top = end
  for (; j < ranges.length && ranges[j]!.base <= top; j++) {
    const r = ranges[j]!
    if (r.base < base) base = r.base
    if (r.base + r.size > top) top = r.base + r.size
  }
  // One range joined (the common case: the walk maps upwards from what it mapped last) is
  // replaced where it is, as the splice would.
  if (j === i + 1) ranges[i] = { base, size: top - base }
  else ranges.splice(i, j - i, { base, size: top - base })
}

/**
 * Mirrors init_memory_mapping(start, end): split, map each piece, record the mapped range.
 * Returns the last mapped address.
 * @kernel arch/x86/mm/init.c init_memory_mapping
 */
export function initMemoryMapping(st: InitMemMappingState, start: PhysAddr, end: PhysAddr): PhysAddr {
  let ret = 0n
  for (const r of splitMemRange(st, start, end)) ret = kernelPhysicalMappingInit(st, r.start, r.end, r.pageSizeMask)
  addPfnRangeMapped(st, start, ret)
  return ret
}

/**
 * Mirrors init_range_memory_mapping(): map the memblock memory inside [rStart, rEnd), one
 * init_memory_mapping() per region; the brk buffer may not be used for a range that covers it.
 * Returns the bytes of RAM mapped.
 * @kernel arch/x86/mm/init.c init_range_memory_mapping
 */
function initRangeMemoryMapping(st: InitMemMappingState, rStart: PhysAddr, rEnd: PhysAddr): bigint {
  let mapped = 0n
  // An empty window maps nothing: both clamps below would give start >= end.
  if (rStart >= rEnd) return mapped
  // for_each_mem_pfn_range() on the live array: mapping reserves page tables but never
  // changes memblock.memory.
  const regions = st.mb.memory.regions
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!
    // The region's pfns as for_each_mem_pfn_range() gives them: PFN_UP(base), PFN_DOWN(end).
    // A region whose last page ends at or below the window's start clamps to start = end
    // = rStart: nothing to map (the top-down windows have every lower region below them).
    const rLimit = (r.base + r.size) & PAGE_MASK
    if (rLimit <= rStart) continue
    const rBase = (r.base + PAGE_SIZE - 1n) & PAGE_MASK
    // From a region whose first page is at or above the window's end on (the regions are
    // sorted), start clamps to rEnd: nothing more to map.
    if (rBase >= rEnd) break
    const start = rBase > rStart ? rBase : rStart
    const end = rLimit < rEnd ? rLimit : rEnd
    if (start >= end) continue
    // If it is overlapping with brk pgt, we need to alloc pgt buf from memblock instead.
    st.canUseBrkPgt = max(start, st.pgtBufEnd) >= min(end, st.pgtBufTop)
    initMemoryMapping(st, start, end)
    mapped += end - start
    st.canUseBrkPgt = true
  }
  return mapped
}

/**
 * Mirrors get_new_step_size(): grow by PMD_SHIFT - PAGE_SHIFT - 1 bits (2M → 512M → 128G).
 * @kernel arch/x86/mm/init.c get_new_step_size
 */
export const getNewStepSize = (stepSize: bigint): bigint => stepSize * 256n

/** How memory_map_top_down() takes its first 2 MiB block: see memoryMapTopDown(). */
export type MapProbe = 'find' | 'alloc-free-unchecked' | 'alloc-free'

/**
 * Mirrors memory_map_top_down(): the top-most free 2 MiB first (5.15+ allocates and frees it,
 * 5.10 – 5.14 only find it: the same address), then downwards in growing steps, then whatever
 * lies above that first block. When no such block is free the generations part: see realEnd.
 * @kernel arch/x86/mm/init.c memory_map_top_down
 */
function memoryMapTopDown(st: InitMemMappingState, mapStart: PhysAddr, mapEnd: PhysAddr, probe: MapProbe): void {
  let addr: PhysAddr
  if (probe === 'find') {
    addr = memblockFindInRangeNode(st.mb, PMD_SIZE, PMD_SIZE, mapStart, mapEnd)
  } else {
    addr = memblockPhysAllocRange(st.mb, PMD_SIZE, PMD_SIZE, mapStart, mapEnd, 'init_mem_mapping')
    // 'alloc-free-unchecked' frees whatever came back, a failed allocation's 0 too:
    // memblock_phys_free(0, PMD_SIZE) drops the reservations of [0, 2M)
    // (arch/x86/mm/init.c@v5.15:619-622, @v6.14:646-649).
    if (addr || probe === 'alloc-free-unchecked') memblockPhysFree(st.mb, addr, PMD_SIZE)
  }
  st.topDownProbe = addr
  // 'find' (5.10 – 5.14) and 'alloc-free-unchecked' (5.15 – 6.14 as released) add PMD_SIZE to
  // whatever came back, a failed search's 0 included: [map_start, 2M) is then mapped top-down
  // and everything above it in one bottom-up window. 'alloc-free' falls back to the PMD-aligned
  // end of RAM ("x86/mm: Check return value from memblock_phys_alloc_range()",
  // 631ca8909fd5, arch/x86/mm/init.c@v6.17:645-651, not @v6.14: mainline 6.15; backported to
  // stable 6.1.141, 6.6.93, 6.12.31 and 6.14.9).
  const realEnd = addr || probe !== 'alloc-free' ? addr + PMD_SIZE : max(mapStart, roundDown(mapEnd, PMD_SIZE))
  // step_size need to be small so pgt_buf from BRK could cover it
  let stepSize = PMD_SIZE
  st.maxPfnMapped = 0n // will get exact value next
  st.minPfnMapped = realEnd / PAGE_SIZE
  let lastStart = realEnd
  let mappedRamSize = 0n
  while (lastStart > mapStart) {
    let start: PhysAddr
    if (lastStart > stepSize) {
      start = roundDown(lastStart - 1n, stepSize)
      if (start < mapStart) start = mapStart
    } else {
      start = mapStart
    }
    mappedRamSize += initRangeMemoryMapping(st, start, lastStart)
    lastStart = start
    st.minPfnMapped = lastStart / PAGE_SIZE
    if (mappedRamSize >= stepSize) stepSize = getNewStepSize(stepSize)
  }
  if (realEnd < mapEnd) initRangeMemoryMapping(st, realEnd, mapEnd)
}

/**
 * Mirrors memory_map_bottom_up(): [mapStart, mapEnd) upwards, each step ending at the next
 * multiple of the step size, which grows as in memory_map_top_down(); page tables come from
 * [mapStart, max_pfn_mapped) bottom-up. No first 2 MiB block is taken, and max_pfn_mapped
 * is not reset: the ISA range's mapping set it. (The kernel's step size overflows to 0 after
 * 2^61 on unsigned long, which then maps the rest in one step; the bigint here only grows
 * past any range, with the same effect.)
 * @kernel arch/x86/mm/init.c memory_map_bottom_up (v5.10.223:687, v6.12.117:700, v7.2.13:697)
 */
function memoryMapBottomUp(st: InitMemMappingState, mapStart: PhysAddr, mapEnd: PhysAddr): void {
  // step_size need to be small so pgt_buf from BRK could cover it
  let stepSize = PMD_SIZE
  let mappedRamSize = 0n
  let start = mapStart
  st.minPfnMapped = start / PAGE_SIZE
  while (start < mapEnd) {
    let next: PhysAddr
    if (mapEnd - start > stepSize) {
      next = roundUp(start + 1n, stepSize)
      if (next > mapEnd) next = mapEnd
    } else {
      next = mapEnd
    }
    mappedRamSize += initRangeMemoryMapping(st, start, next)
    start = next
    if (mappedRamSize >= stepSize) stepSize = getNewStepSize(stepSize)
  }
}

export interface InitMemMappingInput {
  /** max_pfn << PAGE_SHIFT: the end of the highest e820 RAM entry. */
  end: PhysAddr
  /**
   * __pa_symbol(_end), the image's end: where a bottom-up mapping (memblock bottom-up, as
   * movable_node leaves it) starts. Needed only then.
   */
  kernelEnd?: PhysAddr | undefined
  /** The brk pgt_buf [start, start + pages * 4K) (INIT_PGT_BUF_SIZE). */
  pgtBuf: { base: PhysAddr; pages: number }
  /** probe_page_size_mask(): PSE and !debug_pagealloc → 2M; direct_gbpages && GBPAGES → 1G. */
  use2M: boolean
  use1G: boolean
  /** How memory_map_top_down() takes its first 2 MiB block (see MapProbe, memoryMapTopDown()). */
  probe: MapProbe
  /** 5-level paging (pgtable_l5_enabled()): a P4D table per 256 TiB besides the PUD tables. */
  fiveLevel?: boolean | undefined
}

/**
 * Mirrors init_mem_mapping(): the ISA range, then all RAM, top-down, or bottom-up when
 * memblock allocates bottom-up (movable_node: zones.ts movableNodeIsEnabled(), set in x86/setup.ts). The walk runs on
 * run-length tables: the cost grows with the number of RAM ranges, not their size.
 * @kernel arch/x86/mm/init.c init_mem_mapping (v5.10.223, v6.12.117, v7.2.13)
 */
export function initMemMapping(mb: Memblock, input: InitMemMappingInput): InitMemMappingState {
  return initMemMappingOn(mb, input, newRunLengthTables())
}

/**
 * Engine helper (no kernel counterpart): runs initMemMapping() per entry, for the tests.
 * initMemMapping() walking one page-table entry at a time (O(pages)): the exact reference the
 * run-length walk is tested against. Not for production use.
 */
export function initMemMappingReference(mb: Memblock, input: InitMemMappingInput): InitMemMappingState {
  return initMemMappingOn(mb, input, { pgd: new Map(), count: { '4K': 0n, '2M': 0n, '1G': 0n } })
}

function initMemMappingOn(mb: Memblock, input: InitMemMappingInput, tables: DirectMapTables): InitMemMappingState {
  const st: InitMemMappingState = {
    mb,
    tables,
    pageSizeMask: (input.use2M ? bit(PG_LEVEL_2M) : 0) | (input.use2M && input.use1G ? bit(PG_LEVEL_1G) : 0),
    pgtBufEnd: input.pgtBuf.base,
    pgtBufTop: input.pgtBuf.base + BigInt(input.pgtBuf.pages) * PAGE_SIZE,
    canUseBrkPgt: true,
    minPfnMapped: 0n,
    maxPfnMapped: 0n,
    pfnMapped: [],
    memblockPages: [],
    brkPages: 0,
    topDownProbe: 0n,
    p4dSlots: input.fiveLevel ? new Set() : undefined,
  }
  // the ISA range is always mapped regardless of memory holes
  initMemoryMapping(st, 0n, ISA_END_ADDRESS)
  if (mb.bottomUp) {
    // Above the kernel first, so that the page tables for what lies below it come from
    // memory above it; then [ISA_END_ADDRESS, kernel_end).
    const kernelEnd = input.kernelEnd
    if (kernelEnd === undefined) throw new Error('initMemMapping: a bottom-up memblock needs input.kernelEnd')
    memoryMapBottomUp(st, kernelEnd, input.end)
    memoryMapBottomUp(st, ISA_END_ADDRESS, kernelEnd)
  } else {
    memoryMapTopDown(st, ISA_END_ADDRESS, input.end, input.probe)
  }
  return st
}
