// SPDX-License-Identifier: GPL-2.0-only
/**
 * sparse_init() on riscv64 (SPARSEMEM_EXTREME + SPARSEMEM_VMEMMAP): the mem_section root
 * array, one section array per root touched, and for each node the usemaps next to its
 * NODE_DATA, its memmap buffer and the vmemmap page tables. On ≤6.x misc_mem_init() runs it
 * before the crash reservation, so its ~RAM/64 + 32 MiB sit right under the top of each
 * node's RAM before crashkernel= is placed.
 *
 * @kernel mm/sparse.c memblocks_present, memory_present, sparse_index_init,
 *         sparse_index_alloc, sparse_init, sparse_init_nid,
 *         sparse_early_usemaps_alloc_pgdat_section, sparse_buffer_init (v6.12.117),
 *         sparse_usage_init (v7.2.13, which has no buffer), mem_section_usage_size, usemap_size;
 *         mm/mm_init.c memmap_alloc; mm/sparse-vmemmap.c __earlyonly_bootmem_alloc;
 *         include/linux/mmzone.h struct mem_section, struct mem_section_usage;
 *         arch/riscv/include/asm/sparsemem.h (v6.12.117, v7.2.13)
 */
import { memblockAlloc, memblockAllocPages, memblockAllocTryNid, MEMBLOCK_ALLOC_ACCESSIBLE, type Memblock } from '../memblock/memblock.js'
import { roundUp, SMP_CACHE_BYTES } from '../phys.js'
import type { PhysAddr, PhysSize } from '../types.js'
import type { RiscvPolicy } from '../policies/types.js'
import { RISCV_PAGE_SHIFT, RISCV_PAGE_SIZE, RISCV_PMD_SIZE, STRUCT_PAGE_BYTES, vmemmapPopulate, vmemmapPopulateBasepages, type RiscvPageTables, type TableAlloc } from './mmu.js'

/** SECTION_SIZE_BITS and MAX_PHYSMEM_BITS of rv64 (arch/riscv/include/asm/sparsemem.h). */
export const RISCV_SECTION_SIZE_BITS = 27n
export const RISCV_MAX_PHYSMEM_BITS = 56n
/**
 * sizeof(struct mem_section): section_mem_map + usage, plus page_ext + pad with
 * CONFIG_PAGE_EXTENSION (set in Debian's riscv64 6.12 and 7.2 builds): 32 bytes, so
 * SECTIONS_PER_ROOT = 128 and the root array is 2^22 pointers = 32 MiB.
 */
export const RISCV_MEM_SECTION_BYTES = 32n
/** pageblock_order on rv64 with 4K pages: min(MAX_PAGE_ORDER, PMD_SHIFT - PAGE_SHIFT) = 9. */
export const RISCV_PAGEBLOCK_ORDER = 9n

export interface SparseInitResult {
  /**
   * The present sections as runs of consecutive section numbers, in order (a list of every
   * section would hold 2^29 numbers for the 2^56 bytes riscv64 can address).
   */
  presentSections: SectionRuns
  memSection: PhysAddr
  /** The first sparse_init_nid()'s usemaps and memmap buffer (the only one's on one node). */
  usemap: PhysAddr
  memmap: PhysAddr
  /** What each sparse_init_nid() call allocated, in call order (one per run of sections on one node). */
  nodes: SparseNodeResult[]
}

/** One sparse_init_nid() call: its node, its usemaps and its memmap buffer (0: not allocated). */
export interface SparseNodeResult {
  nid: number
  usemap: PhysAddr
  memmap: PhysAddr
}

/**
 * SECTION_SIZE, PAGES_PER_SECTION, SECTIONS_PER_ROOT and NR_SECTION_ROOTS (include/linux/mmzone.h),
 * and the constant parts of mem_section_usage_size(): computed once, not per boot (BigInt shifts
 * are runtime calls, and V8 does not fold constant BigInt expressions).
 */
const SECTION_SIZE = 1n << RISCV_SECTION_SIZE_BITS
/** ~(SECTION_SIZE - 1) as -SECTION_SIZE (~x = -x - 1), computed once. */
const SECTION_ALIGN_MASK = -SECTION_SIZE
const PAGES_PER_SECTION = 1n << (RISCV_SECTION_SIZE_BITS - RISCV_PAGE_SHIFT)
const SECTIONS_PER_ROOT = RISCV_PAGE_SIZE / RISCV_MEM_SECTION_BYTES
const NR_SECTION_ROOTS = (1n << (RISCV_MAX_PHYSMEM_BITS - RISCV_SECTION_SIZE_BITS)) / SECTIONS_PER_ROOT
/** The subsection bitmap, one bit per 2 MiB of a section, in bytes of whole longs. */
const SUBSECTION_MAP_BYTES = roundUp(SECTION_SIZE / RISCV_PMD_SIZE, 64n) / 8n
const PAGEBLOCKS_PER_SECTION = PAGES_PER_SECTION >> RISCV_PAGEBLOCK_ORDER
/** The pages of one section's memmap (one PMD block of the vmemmap): 512. */
const PAGES_PER_PMD = Number((STRUCT_PAGE_BYTES * PAGES_PER_SECTION) / RISCV_PAGE_SIZE)

/**
 * Mirrors mem_section_usage_size() — mm/sparse.c (v6.12.117:242; struct in include/linux/mmzone.h:1811).
 * mem_section_usage_size(): struct mem_section_usage (rcu_head 16 bytes + the subsection
 * bitmap, one bit per 2 MiB) plus usemap_size() (NR_PAGEBLOCK_BITS per pageblock, in longs).
 */
export function memSectionUsageSize(pageblockBits: bigint): PhysSize {
  const blockflagsBits = PAGEBLOCKS_PER_SECTION * pageblockBits
  const usemapBytes = roundUp(blockflagsBits, 64n) / 8n
  return 16n + SUBSECTION_MAP_BYTES + usemapBytes
}

/** A run of consecutive present sections, all on one node (a section keeps the node of the first region that marked it). */
interface NodeRun {
  first: bigint
  last: bigint
  nid: number
}

/**
 * Mirrors sparse_init() — mm/sparse.c (v6.12.117:487): memblocks_present() (the root array,
 * one mem_section array per root, allocated for the node of the memory region that first
 * touches it: sparse_index_alloc()), then sparse_init_nid() for each run of present sections
 * on one node: the usemaps in (or near) the section of the node's NODE_DATA, the memmap
 * buffer on the node only (memmap_alloc() → memblock_alloc_exact_nid_raw()), and
 * vmemmap_populate() of the run with its tables asked of the node (__earlyonly_bootmem_alloc();
 * a later node's sections reuse the tables an earlier node's already made).
 *
 * @param nodeData - the physical address of NODE_DATA(nid) (the usemaps go into its section)
 * @param physRamBase - __pa(MAX_DMA_ADDRESS) = __pa(PAGE_OFFSET): the goal of the memmap and vmemmap allocations
 * @param pageblockBits - NR_PAGEBLOCK_BITS of the kernel (policy data)
 * @param vmemmap - how the kernel's vmemmap_populate() maps the memmap (policy data): PMD
 *   leaves, or base pages with a PTE table per section
 */
export function sparseInit(
  mb: Memblock,
  tables: RiscvPageTables,
  nodeData: (nid: number) => PhysAddr,
  physRamBase: PhysAddr,
  pageblockBits: bigint,
  vmemmap: RiscvPolicy['vmemmap'],
): SparseInitResult | undefined {
  // memblocks_present(): the root array first (SPARSEMEM_EXTREME), 1 << INTERNODE_CACHE_SHIFT aligned.
  const memSection = memblockAlloc(mb, NR_SECTION_ROOTS * 8n, SMP_CACHE_BYTES, 'sparse_init')
  // memory_present() for each memblock.memory range (NOMAP ones too): one section array per
  // root, allocated when a section of that root is first seen. A range marks the sections
  // first..last that [start_pfn & ~(PAGES_PER_SECTION - 1), end_pfn) steps through; they are
  // kept as runs of consecutive sections on one node (not one by one) for sparse_init_nid().
  const runs: NodeRun[] = []
  // memblock.memory is sorted and disjoint, so the roots come in ascending order and a root
  // (or section) already seen can only be the previous region's last one.
  let lastRoot = -1n
  for (const r of mb.memory.regions) {
    // PFN_UP(base), PFN_DOWN(end): addresses are not negative, so `>> PAGE_SHIFT` is the division.
    const startPfn = roundUp(r.base, RISCV_PAGE_SIZE) / RISCV_PAGE_SIZE
    const endPfn = (r.base + r.size) / RISCV_PAGE_SIZE
    // for_each_mem_pfn_range() (__next_mem_pfn_range()) skips a region without a whole page.
    if (startPfn >= endPfn) continue
    let first = startPfn / PAGES_PER_SECTION
    if (first * PAGES_PER_SECTION >= endPfn) continue
    const last = (endPfn - 1n) / PAGES_PER_SECTION
    const lastOfRegion = last / SECTIONS_PER_ROOT
    for (let root = first / SECTIONS_PER_ROOT; root <= lastOfRegion; root++) {
      if (root <= lastRoot) continue
      // sparse_index_alloc(): memblock_alloc_node(SECTIONS_PER_ROOT * sizeof(struct mem_section), SMP_CACHE_BYTES, nid).
      memblockAllocTryNid(mb, SECTIONS_PER_ROOT * RISCV_MEM_SECTION_BYTES, SMP_CACHE_BYTES, 0n, 0n, 'sparse_index_alloc', r.nid)
    }
    if (lastOfRegion > lastRoot) lastRoot = lastOfRegion
    // A section the previous region already marked keeps that region's node.
    const prev = runs.at(-1)
    if (prev && first <= prev.last) first = prev.last + 1n
    if (first > last) continue
    // Runs that touch on one node merge (for_each_present_section_nr() sees no break).
    if (prev && prev.nid === r.nid && first === prev.last + 1n) prev.last = last
    else runs.push({ first, last, nid: r.nid })
  }
  if (runs.length === 0) return undefined
  const present: Array<{ first: bigint; last: bigint }> = []
  for (const run of runs) {
    const prev = present.at(-1)
    if (prev && run.first === prev.last + 1n) prev.last = run.last
    else present.push({ first: run.first, last: run.last })
  }
  // sparse_init(): sparse_init_nid() for each run of present sections whose node stays the same.
  const nodes: SparseNodeResult[] = []
  for (let i = 0; i < runs.length; ) {
    let j = i + 1
    while (j < runs.length && runs[j]!.nid === runs[i]!.nid) j++
    const nid = runs[i]!.nid
    nodes.push(sparseInitNid(mb, tables, nid, runs.slice(i, j), nodeData(nid), physRamBase, pageblockBits, vmemmap))
    i = j
  }
  return { presentSections: present, memSection, usemap: nodes[0]!.usemap, memmap: nodes[0]!.memmap, nodes }
}

/**
 * Mirrors sparse_init_nid() — mm/sparse.c (v6.12.117:432) for the runs of one node: the usemaps
 * (sparse_early_usemaps_alloc_pgdat_section(): inside NODE_DATA's section if possible, on the
 * node first), the memmap buffer (sparse_buffer_init(): on the node only), then the vmemmap of
 * each section. Without usemaps the node's sections get no memmap (the kernel marks them not
 * present and goes on to the next node).
 */
function sparseInitNid(mb: Memblock, tables: RiscvPageTables, nid: number, runs: readonly NodeRun[], nodeData: PhysAddr, physRamBase: PhysAddr, pageblockBits: bigint, vmemmap: RiscvPolicy['vmemmap']): SparseNodeResult {
  let mapCount = 0n
  for (const run of runs) mapCount += run.last - run.first + 1n
  const goal = nodeData & SECTION_ALIGN_MASK
  const usageBytes = memSectionUsageSize(pageblockBits) * mapCount
  let usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, goal + SECTION_SIZE, 'sparse_init_nid', nid)
  if (!usemap) usemap = memblockAllocTryNid(mb, usageBytes, SMP_CACHE_BYTES, goal, 0n, 'sparse_init_nid', nid)
  if (!usemap) return { nid, usemap, memmap: 0n }
  // sparse_buffer_init(): one section_map_size() per present section, section_map_size() aligned.
  const sectionMapSize = roundUp(STRUCT_PAGE_BYTES * PAGES_PER_SECTION, RISCV_PMD_SIZE)
  const memmap = memblockAllocTryNid(mb, mapCount * sectionMapSize, sectionMapSize, physRamBase, 0n, 'memmap_alloc', nid, true)
  // vmemmap_populate(): tables from __earlyonly_bootmem_alloc(); the PMD blocks come from
  // the buffer, or one by one from memblock when the buffer could not be allocated.
  const tableAlloc: TableAlloc = (_lastLevel, count) => {
    for (let k = 0; k < count; k++) memblockAllocTryNid(mb, RISCV_PAGE_SIZE, RISCV_PAGE_SIZE, physRamBase, 0n, '__earlyonly_bootmem_alloc', nid)
  }
  const vmemmapStartPfn = (physRamBase & SECTION_ALIGN_MASK) / RISCV_PAGE_SIZE
  const populate = vmemmap === 'basepages' ? vmemmapPopulateBasepages : vmemmapPopulate
  if (memmap) {
    // One section's memmap is exactly one PMD block of the vmemmap (2^15 pages × 64 bytes =
    // 2 MiB, and section-aligned pfns give PMD-aligned addresses), so the per-section
    // vmemmap_populate() calls of a run of consecutive sections map consecutive PMD blocks
    // one after the other: one call for the run maps the same leaves and allocates the same
    // tables in the same order (createPgdMappings() replays the per-entry walk's order).
    for (const run of runs) {
      populate(tables, run.first * PAGES_PER_SECTION, (run.last - run.first + 1n) * PAGES_PER_SECTION, vmemmapStartPfn, tableAlloc)
    }
  } else {
    // Without the buffer each block (each page, in base pages) is allocated between the
    // sections' table walks. (Base pages: the kernel takes a section's PTE table before its
    // first page; table and pages are all one page, page aligned, above the same goal, so
    // taking the table first reserves the same pages, and the section's 512 pages are
    // reserved as one counted run.)
    for (const run of runs) {
      for (let section = run.first; section <= run.last; section++) {
        populate(tables, section * PAGES_PER_SECTION, PAGES_PER_SECTION, vmemmapStartPfn, tableAlloc)
        if (vmemmap === 'basepages') memblockAllocPages(mb, PAGES_PER_PMD, RISCV_PAGE_SIZE, physRamBase, MEMBLOCK_ALLOC_ACCESSIBLE, 'vmemmap_alloc_block', nid)
        else memblockAllocTryNid(mb, RISCV_PMD_SIZE, RISCV_PMD_SIZE, physRamBase, 0n, 'vmemmap_alloc_block', nid)
      }
    }
  }
  return { nid, usemap, memmap }
}

/** Runs of consecutive present section numbers, first..last inclusive, in order. */
export type SectionRuns = ReadonlyArray<{ first: bigint; last: bigint }>

