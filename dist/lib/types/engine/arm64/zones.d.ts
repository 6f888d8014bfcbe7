import type { DmaDescription, KernelConfig, PhysAddr } from '../types.js';
export interface ZoneLimits {
    /** PFN_PHYS(max_zone_pfns[ZONE_DMA]) (exclusive), undefined when !CONFIG_ZONE_DMA. */
    dma?: PhysAddr;
    /** PFN_PHYS(max_zone_pfns[ZONE_DMA32]) (exclusive), undefined when !CONFIG_ZONE_DMA32. */
    dma32?: PhysAddr;
    /** arm64_dma_phys_limit: CRASH_ADDR_LOW_MAX and the default CMA limit (5.10.37+, 5.11+). */
    arm64DmaPhysLimit: PhysAddr;
    /** arm64_dma32_phys_limit: the same two limits up to 5.10.36 (its variable was removed then). */
    arm64Dma32PhysLimit: PhysAddr;
}
export interface ZoneInputs {
    startOfDram: PhysAddr;
    endOfDram: PhysAddr;
    dma: DmaDescription;
    config: KernelConfig;
    /** PHYS_MASK + 1. */
    physMaskPlus1: PhysAddr;
}
export type ZoneLimitsVariant = (z: ZoneInputs) => ZoneLimits;
/** of_dma_get_max_cpu_address(NULL): min over bus nodes of their highest CPU address. */
export declare function ofDmaGetMaxCpuAddress(dma: DmaDescription): PhysAddr;
/** acpi_iort_dma_get_max_cpu_address(): min_not_zero over IORT limits as DMA_BIT_MASK(bits). */
export declare function acpiIortDmaGetMaxCpuAddress(dma: DmaDescription): PhysAddr;
/** 5.5 – 5.10.21: ZONE_DMA fixed at 30 bits, max_zone_phys() with the DRAM-start offset. */
export declare const zoneLimitsFixed30: ZoneLimitsVariant;
/** 5.10.22 – 5.10.46: zone_dma_bits from the firmware, max_zone_phys() with the offset. */
export declare const zoneLimitsBitsOffset: ZoneLimitsVariant;
/** 5.11 – 6.11 (5.10.47+): zone_dma_bits; a limit below RAM widens to 4G, RAM above 4G spans all. */
export declare const zoneLimitsBits: ZoneLimitsVariant;
/** 6.12+: exact zone_dma_limit; clamped to 4G only when DRAM starts below 4G. */
export declare const zoneLimitsExact: ZoneLimitsVariant;
/** Which variable is CRASH_ADDR_LOW_MAX (Arm64Policy.crashLowMax). */
export type CrashLowMaxKind = 'dma-phys-limit' | 'dma32-phys-limit' | '4g-if-dma-zones';
/**
 * CRASH_ADDR_LOW_MAX of a policy: arm64_dma_phys_limit, arm64_dma32_phys_limit (up to
 * 5.10.36), or Baoquan He's proposal (what-if): its crash_addr_low_max() caps RAM at 4G
 * (U32_MAX + 1) when a DMA zone exists and RAM does not start above U32_MAX, and otherwise
 * not at all; either way no higher than the end of DRAM.
 * @kernel LKML 20220828005545.94389-2-bhe@redhat.com arch/arm64/mm/init.c crash_addr_low_max
 */
export declare function crashAddrLowMax(kind: CrashLowMaxKind, zones: ZoneLimits, z: ZoneInputs): PhysAddr;
/**
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
