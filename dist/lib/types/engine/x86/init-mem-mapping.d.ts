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
import { type Memblock } from '../memblock/memblock.js';
import type { PhysAddr, PhysRange } from '../types.js';
/** PG_LEVEL_* as the page_size_mask bits of arch/x86/include/asm/pgtable_types.h. */
export declare const PG_LEVEL_4K = 1;
export declare const PG_LEVEL_2M = 2;
export declare const PG_LEVEL_1G = 3;
/** ISA_END_ADDRESS: the ISA range [0, 1 MiB) is always mapped. */
export declare const ISA_END_ADDRESS = 1048576n;
/** One PMD entry: a 2 MiB leaf or a PTE table (the set of present PTE indices). */
export type PmdEntry = {
    leaf: true;
} | {
    leaf: false;
    pte: Set<bigint>;
};
/** One PUD entry: a 1 GiB leaf or a PMD table. */
export type PudEntry = {
    leaf: true;
} | {
    leaf: false;
    pmd: Map<bigint, PmdEntry>;
};
/** `direct_pages_count[]` of arch/x86/mm/pat/set_memory.c, in pages of each size. */
export interface DirectPagesCount {
    '4K': bigint;
    '2M': bigint;
    '1G': bigint;
}
/**
 * The direct map's page tables: PGD index → PUD table (PUD index → entry). From
 * initMemMapping() the maps are a view of run-length tables, built when first read.
 */
export interface DirectMapTables {
    pgd: Map<bigint, Map<bigint, PudEntry>>;
    count: DirectPagesCount;
}
/**
 * Engine helper (no kernel counterpart): reads one PUD entry off either table representation.
 * Is the 1 GiB page holding `addr` a 1G leaf of the direct map? The answer of
 * `tables.pgd.get(addr >> 39n)?.get((addr / SZ_1G) % 512n)?.leaf === true`, read from the
 * run-length tables when there are (no per-entry view built: O(log runs), not O(GiB)).
 */
export declare function isDirectMapGbLeaf(tables: DirectMapTables, addr: PhysAddr): boolean;
/** One `struct map_range` of split_mem_range(). */
export interface MapRange {
    start: PhysAddr;
    end: PhysAddr;
    /** Bit set of 1 << PG_LEVEL_2M / 1 << PG_LEVEL_1G. */
    pageSizeMask: number;
}
/** The state init_mem_mapping() keeps in file-scope variables. */
export interface InitMemMappingState {
    mb: Memblock;
    tables: DirectMapTables;
    /** probe_page_size_mask(): 2M with PSE (and no debug_pagealloc), 1G with direct_gbpages. */
    pageSizeMask: number;
    /** The brk pgt_buf: [pgtBufEnd, pgtBufTop) still free, in bytes. */
    pgtBufEnd: PhysAddr;
    pgtBufTop: PhysAddr;
    canUseBrkPgt: boolean;
    minPfnMapped: bigint;
    maxPfnMapped: bigint;
    /** pfn_mapped[]: the ranges init_memory_mapping() has mapped (for pfn_range_is_mapped()). */
    pfnMapped: PhysRange[];
    /** Page-table pages taken from memblock (alloc_low_pages), in order. */
    memblockPages: PhysAddr[];
    /** Page-table pages taken from the brk buffer. */
    brkPages: number;
    /** memory_map_top_down()'s first 2 MiB block (0 when none was free). */
    topDownProbe: PhysAddr;
    /** 5-level paging: the 256 TiB PGD slots (index >> 9 of the 512 GiB ones) with a P4D table. */
    p4dSlots?: Set<bigint> | undefined;
}
/**
 * Mirrors split_mem_range() for x86_64: 4K head up to 2 MiB alignment, 2M up to 1 GiB
 * alignment, 1G body, 2M tail, 4K tail; then the promotion and the merge of neighbours with
 * the same page size.
 * @kernel arch/x86/mm/init.c split_mem_range
 */
export declare function splitMemRange(st: InitMemMappingState, start: PhysAddr, end: PhysAddr): MapRange[];
/**
 * Thrown where alloc_low_pages() finds no page for a page table: the pgt_buf is used up (or
 * may not be used) and memblock has no free page in [min_pfn_mapped, max_pfn_mapped). The
 * kernel's fallback, extend_brk(), BUG()s there: reserve_brk() has closed the brk
 * (_brk_start = 0) before init_mem_mapping() runs; without it alloc_low_pages() panics. The
 * boot ends either way.
 * @kernel arch/x86/mm/init.c alloc_low_pages (v6.12.117:125-166, its fallback 137-150); arch/x86/kernel/setup.c
 *         extend_brk, reserve_brk, setup_arch (v6.12.117:200, 228, 981-1042)
 */
export declare class AllocLowPagesPanic extends Error {
    readonly name = "AllocLowPagesPanic";
}
/**
 * Engine helper (no kernel counterpart): the panic of alloc_low_pages() with no page to give,
 * naming the window it searched.
 */
export declare function allocLowPagesPanic(st: Pick<InitMemMappingState, 'canUseBrkPgt' | 'minPfnMapped' | 'maxPfnMapped'>): AllocLowPagesPanic;
/**
 * Mirrors init_memory_mapping(start, end): split, map each piece, record the mapped range.
 * Returns the last mapped address.
 * @kernel arch/x86/mm/init.c init_memory_mapping
 */
export declare function initMemoryMapping(st: InitMemMappingState, start: PhysAddr, end: PhysAddr): PhysAddr;
/**
 * Mirrors get_new_step_size(): grow by PMD_SHIFT - PAGE_SHIFT - 1 bits (2M → 512M → 128G).
 * @kernel arch/x86/mm/init.c get_new_step_size
 */
export declare const getNewStepSize: (stepSize: bigint) => bigint;
/** How memory_map_top_down() takes its first 2 MiB block: see memoryMapTopDown(). */
export type MapProbe = 'find' | 'alloc-free-unchecked' | 'alloc-free';
export interface InitMemMappingInput {
    /** max_pfn << PAGE_SHIFT: the end of the highest e820 RAM entry. */
    end: PhysAddr;
    /**
     * __pa_symbol(_end), the image's end: where a bottom-up mapping (memblock bottom-up, as
     * movable_node leaves it) starts. Needed only then.
     */
    kernelEnd?: PhysAddr | undefined;
    /** The brk pgt_buf [start, start + pages * 4K) (INIT_PGT_BUF_SIZE). */
    pgtBuf: {
        base: PhysAddr;
        pages: number;
    };
    /** probe_page_size_mask(): PSE and !debug_pagealloc → 2M; direct_gbpages && GBPAGES → 1G. */
    use2M: boolean;
    use1G: boolean;
    /** How memory_map_top_down() takes its first 2 MiB block (see MapProbe, memoryMapTopDown()). */
    probe: MapProbe;
    /** 5-level paging (pgtable_l5_enabled()): a P4D table per 256 TiB besides the PUD tables. */
    fiveLevel?: boolean | undefined;
}
/**
 * Mirrors init_mem_mapping(): the ISA range, then all RAM, top-down, or bottom-up when
 * memblock allocates bottom-up (movable_node: zones.ts movableNodeIsEnabled(), set in x86/setup.ts). The walk runs on
 * run-length tables: the cost grows with the number of RAM ranges, not their size.
 * @kernel arch/x86/mm/init.c init_mem_mapping (v5.10.223, v6.12.117, v7.2.13)
 */
export declare function initMemMapping(mb: Memblock, input: InitMemMappingInput): InitMemMappingState;
/**
 * Engine helper (no kernel counterpart): runs initMemMapping() per entry, for the tests.
 * initMemMapping() walking one page-table entry at a time (O(pages)): the exact reference the
 * run-length walk is tested against. Not for production use.
 */
export declare function initMemMappingReference(mb: Memblock, input: InitMemMappingInput): InitMemMappingState;
