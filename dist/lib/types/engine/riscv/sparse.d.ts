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
import { type Memblock } from '../memblock/memblock.js';
import type { PhysAddr, PhysSize } from '../types.js';
import type { RiscvPolicy } from '../policies/types.js';
import { type RiscvPageTables } from './mmu.js';
/** SECTION_SIZE_BITS and MAX_PHYSMEM_BITS of rv64 (arch/riscv/include/asm/sparsemem.h). */
export declare const RISCV_SECTION_SIZE_BITS = 27n;
export declare const RISCV_MAX_PHYSMEM_BITS = 56n;
/**
 * sizeof(struct mem_section): section_mem_map + usage, plus page_ext + pad with
 * CONFIG_PAGE_EXTENSION (set in Debian's riscv64 6.12 and 7.2 builds): 32 bytes, so
 * SECTIONS_PER_ROOT = 128 and the root array is 2^22 pointers = 32 MiB.
 */
export declare const RISCV_MEM_SECTION_BYTES = 32n;
/** pageblock_order on rv64 with 4K pages: min(MAX_PAGE_ORDER, PMD_SHIFT - PAGE_SHIFT) = 9. */
export declare const RISCV_PAGEBLOCK_ORDER = 9n;
export interface SparseInitResult {
    /**
     * The present sections as runs of consecutive section numbers, in order (a list of every
     * section would hold 2^29 numbers for the 2^56 bytes riscv64 can address).
     */
    presentSections: SectionRuns;
    memSection: PhysAddr;
    /** The first sparse_init_nid()'s usemaps and memmap buffer (the only one's on one node). */
    usemap: PhysAddr;
    memmap: PhysAddr;
    /** What each sparse_init_nid() call allocated, in call order (one per run of sections on one node). */
    nodes: SparseNodeResult[];
}
/** One sparse_init_nid() call: its node, its usemaps and its memmap buffer (0: not allocated). */
export interface SparseNodeResult {
    nid: number;
    usemap: PhysAddr;
    memmap: PhysAddr;
}
/**
 * Mirrors mem_section_usage_size() — mm/sparse.c (v6.12.117:242; struct in include/linux/mmzone.h:1811).
 * mem_section_usage_size(): struct mem_section_usage (rcu_head 16 bytes + the subsection
 * bitmap, one bit per 2 MiB) plus usemap_size() (NR_PAGEBLOCK_BITS per pageblock, in longs).
 */
export declare function memSectionUsageSize(pageblockBits: bigint): PhysSize;
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
export declare function sparseInit(mb: Memblock, tables: RiscvPageTables, nodeData: (nid: number) => PhysAddr, physRamBase: PhysAddr, pageblockBits: bigint, vmemmap: RiscvPolicy['vmemmap']): SparseInitResult | undefined;
/** Runs of consecutive present section numbers, first..last inclusive, in order. */
export type SectionRuns = ReadonlyArray<{
    first: bigint;
    last: bigint;
}>;
