// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 memory-model constants that depend on the page size (the granule): the pageblock
 * order, the minimum CMA alignment and the sparsemem section size. The shared oracle has 4K
 * kernels only; Debian's arm64-16k flavour (6.12.117, 7.2.13) is booted in
 * test/boots/arm64-16k, which checks the 16K values; 64K follows the Kconfig defaults and
 * headers, with no boot.
 *
 * @kernel arch/arm64/Kconfig FORCE_MAX_ZONEORDER (5.10) / ARCH_FORCE_MAX_ORDER (6.x, 7.x);
 *         arch/arm64/include/asm/pgtable-hwdef.h PMD_SHIFT; arch/arm64/include/asm/hugetlb.h
 *         (HUGETLB_PAGE_ORDER); include/linux/pageblock-flags.h pageblock_order;
 *         include/linux/cma.h CMA_MIN_ALIGNMENT_BYTES (6.1+); mm/cma.c, kernel/dma/contiguous.c
 *         (5.10: PAGE_SIZE << max(MAX_ORDER - 1, pageblock_order));
 *         arch/arm64/include/asm/sparsemem.h SECTION_SIZE_BITS
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { pow2, SZ_16K, SZ_64K } from '../phys.js'
import type { PhysSize } from '../types.js'

/** PAGE_SHIFT of a granule. */
const pageShift = (pageSize: PhysSize): number => (pageSize === SZ_64K ? 16 : pageSize === SZ_16K ? 14 : 12)

/**
 * pageblock_order: min(HUGETLB_PAGE_ORDER, the largest buddy order). HUGETLB_PAGE_ORDER is
 * PMD_SHIFT - PAGE_SHIFT (a PMD block: 2M, 32M, 512M), which every generation's largest
 * order reaches (10/11/13 pages-orders and more), so 9, 11 or 13.
 */
export function pageblockOrder(pageSize: PhysSize): number {
  return pageShift(pageSize) - 3
}

/**
 * 5.10's CMA alignment (mm/cma.c, rmem_cma_setup()): PAGE_SIZE << max(MAX_ORDER - 1,
 * pageblock_order), MAX_ORDER being FORCE_MAX_ZONEORDER with THP: 11, 12, 14 for 4K, 16K,
 * 64K. So 4 MiB, 32 MiB, 512 MiB.
 */
export function cmaMinAlignMaxOrder(pageSize: PhysSize): PhysSize {
  const maxOrderMinus1 = pageSize === SZ_64K ? 13 : pageSize === SZ_16K ? 11 : 10
  return pageSize * pow2(Math.max(maxOrderMinus1, pageblockOrder(pageSize)))
}

/** CMA_MIN_ALIGNMENT_BYTES (the pageblock): PAGE_SIZE * pageblock_nr_pages. 2 MiB, 32 MiB, 512 MiB. */
export function cmaMinAlignPageblock(pageSize: PhysSize): PhysSize {
  return pageSize * pow2(pageblockOrder(pageSize))
}

/** SECTION_SIZE_BITS of 5.10: 1 GiB sections for every granule. */
export const sectionSizeBitsV510 = (_pageSize: PhysSize): number => 30

/** SECTION_SIZE_BITS from 5.12 ("arm64: mm: reduce SECTION_SIZE_BITS"): 512 MiB with 64K pages, else 128 MiB. */
export const sectionSizeBitsV512 = (pageSize: PhysSize): number => (pageSize === SZ_64K ? 29 : 27)
