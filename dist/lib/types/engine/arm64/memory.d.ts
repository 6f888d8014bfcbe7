import type { KernelConfig, PhysSize } from '../types.js';
/**
 * Mirrors pageblock_order — include/linux/pageblock-flags.h (a macro; v6.1.192:44, v6.12.117:44).
 * pageblock_order ≤ 6.15: min(HUGETLB_PAGE_ORDER, the largest buddy order).
 * HUGETLB_PAGE_ORDER is PMD_SHIFT - PAGE_SHIFT (a PMD block: 2M, 32M, 512M), which every
 * generation's largest order reaches (10/11/13 pages-orders and more), so 9, 11 or 13.
 */
export declare function pageblockOrderPmd(pageSize: PhysSize, _config?: Pick<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>): number;
/**
 * Mirrors pageblock_order — include/linux/pageblock-flags.h (a macro; 6.16+, v7.2.13:60).
 * pageblock_order 6.16+ ("mm: add CONFIG_PAGE_BLOCK_ORDER to select page block order",
 * since renamed CONFIG_PAGE_BLOCK_MAX_ORDER (6.17.8); in 6.16.3 (pageblock-flags.h:44,50), not in 6.12.117, 6.13 – 6.15 not at hand):
 * min(HUGETLB_PAGE_ORDER, PAGE_BLOCK_MAX_ORDER). The option defaults to
 * ARCH_FORCE_MAX_ORDER (10, 11, 13 by granule), which caps nothing, so only a config that
 * sets it lower changes the order. One does without saying so: a 64K kernel configured from
 * a 4K config (make olddefconfig) keeps 4K's 10, i.e. 64 MiB pageblocks, CMA aligned to
 * 64 MiB rather than 512 MiB (the 7.2 64K boots of test/boots/arm64-custom).
 */
export declare function pageblockOrderCapped(pageSize: PhysSize, config: Pick<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>): number;
/**
 * Mirrors rmem_cma_setup() — kernel/dma/contiguous.c (its alignment, v5.10.223:401).
 * 5.10's CMA alignment (mm/cma.c, rmem_cma_setup()): PAGE_SIZE << max(MAX_ORDER - 1,
 * pageblock_order), MAX_ORDER being FORCE_MAX_ZONEORDER with THP: 11, 12, 14 for 4K, 16K,
 * 64K. So 4 MiB, 32 MiB, 512 MiB.
 */
export declare function cmaMinAlignMaxOrder(pageSize: PhysSize, pageblockOrder: number): PhysSize;
/**
 * Mirrors CMA_MIN_ALIGNMENT_BYTES — include/linux/cma.h (a macro; v6.1.192:25, v6.12.117:21).
 * CMA_MIN_ALIGNMENT_BYTES (the pageblock): PAGE_SIZE * pageblock_nr_pages. 2 MiB, 32 MiB, 512 MiB by default.
 */
export declare function cmaMinAlignPageblock(pageSize: PhysSize, pageblockOrder: number): PhysSize;
/**
 * Mirrors SECTION_SIZE_BITS — arch/arm64/include/asm/sparsemem.h (a macro; v5.10.223:10).
 * SECTION_SIZE_BITS of 5.10: 1 GiB sections for every granule.
 */
export declare const sectionSizeBitsV510: (_pageSize: PhysSize) => number;
/**
 * Mirrors SECTION_SIZE_BITS — arch/arm64/include/asm/sparsemem.h (a macro; v6.12.117:19,29).
 * SECTION_SIZE_BITS from 5.12 ("arm64: mm: reduce SECTION_SIZE_BITS"): 512 MiB with 64K pages, else 128 MiB.
 */
export declare const sectionSizeBitsV512: (pageSize: PhysSize) => number;
/**
 * Where the vmemmap region starts (VMEMMAP_START, as an unsigned 64-bit address) and where
 * the fixmap ends (FIXADDR_TOP - 1). early_fixmap_init() hangs the fixmap's static tables
 * (bm_pte, bm_pmd, bm_pud) into swapper before sparse_init() runs, so a vmemmap block that
 * shares a page-table block with the fixmap finds that block's table already there. The
 * start decides which table blocks a memmap crosses (arm64/setup.ts sparse_init()).
 * @kernel arch/arm64/mm/mmu.c early_fixmap_init (v5.10.223, v6.1.192);
 *         arch/arm64/mm/fixmap.c (v6.12.117, v7.2.13)
 */
export interface VmemmapStart {
    start: bigint;
    fixmapTop: bigint;
}
/**
 * Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro; v5.10.223:53, FIXADDR_TOP :57).
 * 5.10: VMEMMAP_START = -VMEMMAP_SIZE - 2 MiB, right above PCI I/O (PCI_IO_END 2 MiB below
 * it, 16 MiB long) and the fixmap (FIXADDR_TOP 2 MiB below PCI I/O), so the fixmap's static
 * tables hold the start of the vmemmap too.
 */
export declare const vmemmapStartV510: (pageSize: PhysSize, vaBits: number) => VmemmapStart;
/**
 * Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro; v6.1.192:50, FIXADDR_TOP :54).
 * 5.11 – 6.8: "arm64: mm: make vmemmap region a projection of the linear region"
 * (8c96400d6a39: memory.h@v5.11:53,57, the same @v6.8:50,54; v5.10.223 has the 5.10 layout):
 * VMEMMAP_START = -(1 << (VA_BITS - VMEMMAP_SHIFT)),
 * with PCI I/O and the fixmap below it (FIXADDR_TOP = VMEMMAP_START - 32 MiB): below an
 * aligned boundary, so in the vmemmap's blocks only where a table spans more than the whole
 * vmemmap region (64K pages with a 48-bit VA: one 4 TiB PMD table for both).
 */
export declare const vmemmapStartV511: (pageSize: PhysSize, vaBits: number) => VmemmapStart;
/**
 * Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro; v6.12.117:50-51, FIXADDR_TOP :54).
 * 6.9+: "arm64: Reorganize kernel VA space" (the LPA2 preparation): in v6.11 (memory.h:50-54), not
 * in v6.8, so 6.9, 6.10 or 6.11 (UNCONFIRMED which; taken as 6.9 with the LPA2 series); the
 * layout is unchanged in v6.14, v6.17, v7.0 and v6.16.3 … v7.3.4:
 * VMEMMAP_END = -1 GiB, VMEMMAP_START = VMEMMAP_END - VMEMMAP_SIZE, PCI I/O and the fixmap
 * above it (FIXADDR_TOP = -8 MiB). With 64K pages one PMD table spans 4 TiB, the top one
 * holds the fixmap and the vmemmap alike, and sparse_init() allocates none (the 6.12 64K
 * boots of test/boots/arm64-custom).
 */
export declare const vmemmapStartV69: (pageSize: PhysSize, vaBits: number) => VmemmapStart;
