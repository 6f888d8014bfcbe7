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
 *         (HUGETLB_PAGE_ORDER); include/linux/pageblock-flags.h pageblock_order, mm/Kconfig
 *         PAGE_BLOCK_MAX_ORDER (7.2.13);
 *         include/linux/cma.h CMA_MIN_ALIGNMENT_BYTES (6.1+); mm/cma.c, kernel/dma/contiguous.c
 *         (5.10: PAGE_SIZE << max(MAX_ORDER - 1, pageblock_order));
 *         arch/arm64/include/asm/sparsemem.h SECTION_SIZE_BITS;
 *         arch/arm64/include/asm/memory.h VMEMMAP_START, VA_BITS_MIN
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { pow2, SZ_16K, SZ_64K } from '../phys.js'
import type { KernelConfig, PhysSize } from '../types.js'

/** PAGE_SHIFT of a granule. */
const pageShift = (pageSize: PhysSize): number => (pageSize === SZ_64K ? 16 : pageSize === SZ_16K ? 14 : 12)

/**
 * Mirrors pageblock_order — include/linux/pageblock-flags.h (a macro; v6.1.192:44, v6.12.117:44).
 * pageblock_order ≤ 6.15: min(HUGETLB_PAGE_ORDER, the largest buddy order).
 * HUGETLB_PAGE_ORDER is PMD_SHIFT - PAGE_SHIFT (a PMD block: 2M, 32M, 512M), which every
 * generation's largest order reaches (10/11/13 pages-orders and more), so 9, 11 or 13.
 */
export function pageblockOrderPmd(pageSize: PhysSize, _config?: Pick<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>): number {
  return pageShift(pageSize) - 3
}

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
export function pageblockOrderCapped(pageSize: PhysSize, config: Pick<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>): number {
  const cap = config.PAGE_BLOCK_MAX_ORDER
  const order = pageblockOrderPmd(pageSize)
  return cap !== undefined && cap < order ? cap : order
}

/**
 * Mirrors rmem_cma_setup() — kernel/dma/contiguous.c (its alignment, v5.10.223:401).
 * 5.10's CMA alignment (mm/cma.c, rmem_cma_setup()): PAGE_SIZE << max(MAX_ORDER - 1,
 * pageblock_order), MAX_ORDER being FORCE_MAX_ZONEORDER with THP: 11, 12, 14 for 4K, 16K,
 * 64K. So 4 MiB, 32 MiB, 512 MiB.
 */
export function cmaMinAlignMaxOrder(pageSize: PhysSize, pageblockOrder: number): PhysSize {
  const maxOrderMinus1 = pageSize === SZ_64K ? 13 : pageSize === SZ_16K ? 11 : 10
  return pageSize * pow2(Math.max(maxOrderMinus1, pageblockOrder))
}

/**
 * Mirrors CMA_MIN_ALIGNMENT_BYTES — include/linux/cma.h (a macro; v6.1.192:25, v6.12.117:21).
 * CMA_MIN_ALIGNMENT_BYTES (the pageblock): PAGE_SIZE * pageblock_nr_pages. 2 MiB, 32 MiB, 512 MiB by default.
 */
export function cmaMinAlignPageblock(pageSize: PhysSize, pageblockOrder: number): PhysSize {
  return pageSize * pow2(pageblockOrder)
}

/**
 * Mirrors SECTION_SIZE_BITS — arch/arm64/include/asm/sparsemem.h (a macro; v5.10.223:10).
 * SECTION_SIZE_BITS of 5.10: 1 GiB sections for every granule.
 */
export const sectionSizeBitsV510 = (_pageSize: PhysSize): number => 30

/**
 * Mirrors SECTION_SIZE_BITS — arch/arm64/include/asm/sparsemem.h (a macro; v6.12.117:19,29).
 * SECTION_SIZE_BITS from 5.12 ("arm64: mm: reduce SECTION_SIZE_BITS"): 512 MiB with 64K pages, else 128 MiB.
 */
export const sectionSizeBitsV512 = (pageSize: PhysSize): number => (pageSize === SZ_64K ? 29 : 27)

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
  start: bigint
  fixmapTop: bigint
}

const TWO_64 = 1n << 64n

/** Each generation's starts by granule and VA_BITS: a handful of constants, computed once. */
const V510 = new Map<number, VmemmapStart>()
const V511 = new Map<number, VmemmapStart>()
const V69 = new Map<number, VmemmapStart>()
function remembered(seen: Map<number, VmemmapStart>, pageSize: PhysSize, vaBits: number, compute: () => VmemmapStart): VmemmapStart {
  // A number key (page shift and VA bits side by side), not a string built on every call.
  const key = pageShift(pageSize) * 64 + vaBits
  let v = seen.get(key)
  if (!v) seen.set(key, (v = compute()))
  return v
}

/** VA_BITS_MIN: 48 under a 52-bit VA (47 with 16K pages from 6.9), else VA_BITS. */
const vaBitsMin = (vaBits: number, min16K: number, pageSize: PhysSize): number => (vaBits > 48 ? (pageSize === SZ_16K ? min16K : 48) : vaBits)

/** The bytes of struct pages (64 each) that cover the linear region [_PAGE_END(VA_BITS_MIN), PAGE_OFFSET). */
const vmemmapSize = (pageSize: PhysSize, vaBits: number, vaMin: number): bigint => (((1n << BigInt(vaBits)) - (1n << BigInt(vaMin - 1))) >> BigInt(pageShift(pageSize))) * 64n

/**
 * Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro; v5.10.223:53, FIXADDR_TOP :57).
 * 5.10: VMEMMAP_START = -VMEMMAP_SIZE - 2 MiB, right above PCI I/O (PCI_IO_END 2 MiB below
 * it, 16 MiB long) and the fixmap (FIXADDR_TOP 2 MiB below PCI I/O), so the fixmap's static
 * tables hold the start of the vmemmap too.
 */
export const vmemmapStartV510 = (pageSize: PhysSize, vaBits: number): VmemmapStart =>
  remembered(V510, pageSize, vaBits, () => {
    const start = TWO_64 - vmemmapSize(pageSize, vaBits, vaBitsMin(vaBits, 48, pageSize)) - (2n << 20n)
    return { start, fixmapTop: start - (20n << 20n) - 1n }
  })

/**
 * Mirrors VMEMMAP_START — arch/arm64/include/asm/memory.h (a macro; v6.1.192:50, FIXADDR_TOP :54).
 * 5.11 – 6.8: "arm64: mm: make vmemmap region a projection of the linear region"
 * (8c96400d6a39: memory.h@v5.11:53,57, the same @v6.8:50,54; v5.10.223 has the 5.10 layout):
 * VMEMMAP_START = -(1 << (VA_BITS - VMEMMAP_SHIFT)),
 * with PCI I/O and the fixmap below it (FIXADDR_TOP = VMEMMAP_START - 32 MiB): below an
 * aligned boundary, so in the vmemmap's blocks only where a table spans more than the whole
 * vmemmap region (64K pages with a 48-bit VA: one 4 TiB PMD table for both).
 */
export const vmemmapStartV511 = (pageSize: PhysSize, vaBits: number): VmemmapStart =>
  remembered(V511, pageSize, vaBits, () => {
    const start = TWO_64 - (1n << BigInt(vaBits - (pageShift(pageSize) - 6)))
    return { start, fixmapTop: start - (32n << 20n) - 1n }
  })

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
export const vmemmapStartV69 = (pageSize: PhysSize, vaBits: number): VmemmapStart =>
  remembered(V69, pageSize, vaBits, () => ({
    start: TWO_64 - (1n << 30n) - vmemmapSize(pageSize, vaBits, vaBitsMin(vaBits, 47, pageSize)),
    fixmapTop: TWO_64 - (8n << 20n) - 1n,
  }))
