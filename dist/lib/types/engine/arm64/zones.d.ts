import type { DmaDescription, KernelConfig, PhysAddr } from '../types.js';
export interface ZoneLimits {
    /** PFN_PHYS(max_zone_pfns[ZONE_DMA]) (exclusive), undefined when !CONFIG_ZONE_DMA. */
    dma?: PhysAddr | undefined;
    /** PFN_PHYS(max_zone_pfns[ZONE_DMA32]) (exclusive), undefined when !CONFIG_ZONE_DMA32. */
    dma32?: PhysAddr | undefined;
    /** arm64_dma_phys_limit: CRASH_ADDR_LOW_MAX and the default CMA limit (5.10.37+, 5.11+). */
    arm64DmaPhysLimit: PhysAddr;
    /** arm64_dma32_phys_limit: the same two limits up to 5.10.36 (its variable was removed then). */
    arm64Dma32PhysLimit: PhysAddr;
}
export interface ZoneInputs {
    startOfDram: PhysAddr;
    endOfDram: PhysAddr;
    dma: DmaDescription;
    /** acpi_disabled: a device-tree boot, on which the kernel reads no IORT (arm64/acpi.ts). */
    acpiDisabled: boolean;
    /**
     * of_root is set: unflatten_device_tree() has run, which setup_arch() does only with
     * acpi_disabled, after arm64_memblock_init(). Without it no dma-ranges are read.
     */
    ofRoot: boolean;
    config: KernelConfig;
    /** PHYS_MASK + 1. */
    physMaskPlus1: PhysAddr;
}
export type ZoneLimitsVariant = (z: ZoneInputs) => ZoneLimits;
/**
 * Mirrors of_dma_get_max_cpu_address() — drivers/of/address.c (v6.12.117:962).
 * of_dma_get_max_cpu_address(NULL): min over bus nodes of their highest CPU address; no limit
 * when no tree was unflattened (`ofRoot` false: of_root NULL, whose property and children
 * lookups find nothing: an ACPI boot, which never unflattens the tree).
 */
export declare function ofDmaGetMaxCpuAddress(dma: DmaDescription, ofRoot: boolean): PhysAddr;
/**
 * Mirrors acpi_iort_dma_get_max_cpu_address() — drivers/acpi/arm64/iort.c (v6.12.117:1986).
 * acpi_iort_dma_get_max_cpu_address(): min_not_zero over IORT limits as DMA_BIT_MASK(bits);
 * PHYS_ADDR_MAX, no limit, when acpi_disabled (a device-tree boot reads no IORT: the same
 * early return at v5.10.223:1758, v6.1.192:1985, v6.12.117:1994, v7.2.13:2128).
 */
export declare function acpiIortDmaGetMaxCpuAddress(dma: DmaDescription, acpiDisabled: boolean): PhysAddr;
/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); 5.5 – 5.10.21, UNCONFIRMED: a 5.10 stable boundary, and only v5.10.223 of the series is at hand, :207,220; the upstream trees say only that v5.11 is past both 5.10.y changes, init.c@v5.11:181-192,204).
 * 5.5 – 5.10.21: ZONE_DMA fixed at 30 bits, max_zone_phys() with the DRAM-start offset.
 */
export declare const zoneLimitsFixed30: ZoneLimitsVariant;
/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); 5.10.22 – 5.10.46, UNCONFIRMED: a 5.10 stable range, and only v5.10.223 of the series is at hand; mainline v5.11 already has the masked max_zone_phys() below).
 * 5.10.22 – 5.10.46: zone_dma_bits from the firmware, max_zone_phys() with the offset.
 */
export declare const zoneLimitsBitsOffset: ZoneLimitsVariant;
/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); v6.1.192:200,213; the same
 * @v5.11:181-192,204 and @v6.11:122-133,145).
 * 5.11 – 6.11 (5.10.47+): zone_dma_bits; a limit below RAM widens to 4G, RAM above 4G spans all.
 */
export declare const zoneLimitsBits: ZoneLimitsVariant;
/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); v6.12.117:117,122; dma_limits_init() in v7.2.13:135).
 * 6.12+: exact zone_dma_limit; clamped to 4G only when DRAM starts below 4G.
 */
export declare const zoneLimitsExact: ZoneLimitsVariant;
/** Which variable is CRASH_ADDR_LOW_MAX (Arm64Policy.crashLowMax). */
export type CrashLowMaxKind = 'dma-phys-limit' | 'dma32-phys-limit' | '4g-if-dma-zones';
/**
 * Mirrors CRASH_ADDR_LOW_MAX — arch/arm64/include/asm/crash_reserve.h (v6.12.117:8; arch/arm64/mm/init.c:96 in v6.1.192;
 * v5.10.223 passes arm64_dma_phys_limit to memblock_find_in_range() directly, init.c:113).
 * CRASH_ADDR_LOW_MAX of a policy: arm64_dma_phys_limit, arm64_dma32_phys_limit (up to
 * 5.10.36), or Baoquan He's proposal (what-if): its crash_addr_low_max() caps RAM at 4G
 * (U32_MAX + 1) when a DMA zone exists and RAM does not start above U32_MAX, and otherwise
 * not at all; either way no higher than the end of DRAM.
 * @kernel LKML 20220828005545.94389-2-bhe@redhat.com arch/arm64/mm/init.c crash_addr_low_max
 */
export declare function crashAddrLowMax(kind: CrashLowMaxKind, zones: ZoneLimits, z: ZoneInputs): PhysAddr;
/**
 * Mirrors bootmem_init() — arch/arm64/mm/init.c (the limit it passes to dma_contiguous_reserve(); v6.12.117:350).
 * The limit of dma_contiguous_reserve(): the same variable as CRASH_ADDR_LOW_MAX in every
 * release (arm64_dma32_phys_limit up to 5.10.36, arm64_dma_phys_limit after); the 4G
 * proposal left it at arm64_dma_phys_limit.
 */
export declare function dmaContiguousLimit(kind: CrashLowMaxKind, zones: ZoneLimits): PhysAddr;
export declare const ZONE_VARIANTS: {
    readonly zoneLimitsFixed30: ZoneLimitsVariant;
    readonly zoneLimitsBitsOffset: ZoneLimitsVariant;
    readonly zoneLimitsBits: ZoneLimitsVariant;
    readonly zoneLimitsExact: ZoneLimitsVariant;
};
