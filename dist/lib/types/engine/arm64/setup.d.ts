import { type AcpiBootTableInitResult } from './acpi.js';
import { type ReservedMemContext, type ReservedMemState } from '../reserved-mem.js';
import { type Memblock } from '../memblock/memblock.js';
import { type HugetlbCmaPages } from '../hugetlb-cma.js';
import type { HugetlbCmaGeneration, KernelPolicy } from '../policies/types.js';
import type { Trace } from '../trace.js';
import type { Layout, PhysAddr, PhysSize } from '../types.js';
import { freeAreaInit } from '../zones.js';
import { type Arm64PagingResult } from './paging.js';
import { type ArchBootResult } from '../boot.js';
import { type SplitBoot } from '../boot-prefix.js';
/**
 * Mirrors arm64_hugetlb_cma_reserve()'s order as a size, PAGE_SIZE << order: PUD_SIZE with 4K
 * pages (pud_sect_supported()), else CONT_PMD_SIZE (32 PMDs: 1 GiB with 16K pages, 16 GiB
 * with 64K); before "arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE" the
 * order was CONT_PMD_SHIFT + PMD_SHIFT - PAGE_SHIFT, which no hugetlb_cma= size reaches. With
 * it the PMD, PAGE_SIZE << HUGETLB_PAGE_ORDER.
 * @kernel arch/arm64/mm/hugetlbpage.c arm64_hugetlb_cma_reserve (v5.10.223:39-56, v6.12.117:39-49);
 *         arch/arm64/include/asm/pgtable-hwdef.h CONT_PMD_SHIFT; arch/arm64/include/asm/hugetlb.h HUGETLB_PAGE_ORDER
 */
export declare function arm64HugetlbCmaPages(pageSize: PhysSize, gen: Pick<HugetlbCmaGeneration, 'arm64Order'>): NonNullable<HugetlbCmaPages>;
/**
 * numa_nodes_parsed once NUMA init has run (the firmware's nodes, CPU-only ones included, or
 * dummy_numa_init()'s node 0), and whether firmware gave them: what free_area_init() and
 * dma_contiguous_reserve()'s per-node areas walk, worked out once in bootmem_init().
 */
interface ParsedNodes {
    nodes: readonly number[];
    firmware: boolean;
}
/** What arm64's boot has done when the crash reservation comes. */
interface Arm64Prefix {
    mb: Memblock;
    memstartAddr: PhysAddr;
    /** /reserved-memory as the early scan left it (the late pass runs in unflatten_device_tree()). */
    reservedMem: ReservedMemState;
    /** What acpi_boot_table_init() decides and prints (after paging_init(): arm64BootMiddle() puts the lines). */
    acpi: AcpiBootTableInitResult;
    reservedMemCtx: ReservedMemContext;
    /** The reservation runs in arm64_memblock_init() (before paging_init()). */
    early: boolean;
    /** Deferred reservation: paging_init() … dma_contiguous_reserve() have run. */
    middle?: Arm64Middle;
    /** Deferred reservation: free_area_init() on the prefix's memblock.memory. */
    zoneBlock?: ReturnType<typeof freeAreaInit>;
    /** Deferred reservation, zone block printed in the prefix (≤6.x): the events after it. */
    zoneTail?: number | undefined;
}
/** paging_init() … dma_contiguous_reserve(): the part of the boot between the two reservation points. */
interface Arm64Middle {
    paging: Arm64PagingResult;
    zones: ReturnType<NonNullable<KernelPolicy['arm64']>['zones']>;
    /** CRASH_ADDR_LOW_MAX of a deferred reservation (the policy's crashLowMax). */
    lowMax: PhysAddr;
    /** numa_nodes_parsed after bootmem_init()'s NUMA init. */
    numa: ParsedNodes;
}
/** arm64's boot split at the crash reservation (boot-prefix.ts). */
export declare const arm64SplitBoot: SplitBoot<Arm64Prefix>;
/**
 * Engine helper (no kernel counterpart): the arm64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs arm64 boot up to and including the crash reservation.
 */
export declare function arm64Boot(layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult;
/**
 * Mirrors what init_feature_override() → __parse_cmdline() makes of `arm64.nolva` (an alias
 * of `id_aa64mmfr2.varange=0`), and the VA and PA widths the early boot then picks: the
 * tokens are the command line split at spaces, '-' read as '_', up to a bare "--"; a varange
 * of 0 clears VARange and (LPA2 builds) makes TGRAN read below LPA2 and PARange 48 bits. So a
 * kernel running 52 bits falls back as on a CPU without the feature: 4K and 16K pages
 * (cpu_has_lpa2() false) to VA_BITS_MIN, 48 or 47 bits, and PHYS_MASK_SHIFT 48; 64K pages
 * (cpu_has_lva() false) to 48-bit VA, the PA width staying CONFIG_ARM64_PA_BITS. Booted: a
 * Debian 6.12 with `arm64.nolva` on -cpu max (LPA2) reserves the crash kernel as on a CPU
 * without LPA2 (test/boots/nolpa2).
 *
 * @kernel arch/arm64/kernel/pi/idreg-override.c __parse_cmdline, match_options, find_field,
 *         mmfr2_varange_filter; arch/arm64/kernel/pi/map_kernel.c early_map_kernel;
 *         arch/arm64/include/asm/pgtable-prot.h PHYS_MASK_SHIFT (v6.12.117, v7.2.13)
 */
export declare function idregOverrideBits(layout: Layout, policy: KernelPolicy): Layout;
export {};
