// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 DMA zone limits, which are also CRASH_ADDR_LOW_MAX (arm64_dma_phys_limit).
 * Three generations, three named variants:
 *
 * - zoneLimitsFixed30: 5.5 … 5.10.21 — ZONE_DMA fixed at 30 bits with a DMA offset taken
 *   from the start of DRAM.
 * - zoneLimitsBits: 5.11 … 6.11 (5.10.22+ stable, 6.1) — zone_dma_bits = min(32,
 *   fls64(dt), fls64(acpi)); RAM starting above 4G spans all of it.
 * - zoneLimitsExact: 6.12+ — zone_dma_limit = min(dt, acpi), clamped to 4G when RAM
 *   starts below 4G; no "RAM above 4G" special case.
 *
 * @kernel arch/arm64/mm/init.c max_zone_phys, zone_sizes_init (v5.10.223, v6.1.192, v6.12.117),
 *         dma_limits_init (v7.2.13); drivers/of/address.c of_dma_get_max_cpu_address;
 *         drivers/acpi/arm64/iort.c acpi_iort_dma_get_max_cpu_address
 */
import { fls64, min, PHYS_ADDR_MAX, pow2 } from '../phys.js'
import type { DmaDescription, KernelConfig, PhysAddr } from '../types.js'

export interface ZoneLimits {
  /** PFN_PHYS(max_zone_pfns[ZONE_DMA]) (exclusive), undefined when !CONFIG_ZONE_DMA. */
  dma?: PhysAddr
  /** PFN_PHYS(max_zone_pfns[ZONE_DMA32]) (exclusive), undefined when !CONFIG_ZONE_DMA32. */
  dma32?: PhysAddr
  /** arm64_dma_phys_limit: CRASH_ADDR_LOW_MAX and the default CMA limit. */
  arm64DmaPhysLimit: PhysAddr
}

export interface ZoneInputs {
  startOfDram: PhysAddr
  endOfDram: PhysAddr
  dma: DmaDescription
  config: KernelConfig
  /** PHYS_MASK + 1. */
  physMaskPlus1: PhysAddr
}

export type ZoneLimitsVariant = (z: ZoneInputs) => ZoneLimits

const U32_MAX = 0xffffffffn
const DMA_BIT_MASK = (bits: number): bigint => (bits >= 64 ? PHYS_ADDR_MAX : pow2(bits) - 1n)

/** of_dma_get_max_cpu_address(NULL): min over bus nodes of their highest CPU address. */
export function ofDmaGetMaxCpuAddress(dma: DmaDescription): PhysAddr {
  let m = PHYS_ADDR_MAX
  for (const n of dma.dmaRanges) if (n.cpuEnd < m) m = n.cpuEnd
  return m
}

/** acpi_iort_dma_get_max_cpu_address(): min_not_zero over IORT limits as DMA_BIT_MASK(bits). */
export function acpiIortDmaGetMaxCpuAddress(dma: DmaDescription): PhysAddr {
  let m = PHYS_ADDR_MAX
  for (const bits of dma.iortLimitBits) if (bits > 0 && DMA_BIT_MASK(bits) < m) m = DMA_BIT_MASK(bits)
  return m
}

/** 5.5 – 5.10.21: max_zone_phys(bits) = min(offset + 2^bits, end) with offset = DRAM start & ~mask. */
export const zoneLimitsFixed30: ZoneLimitsVariant = (z) => {
  const maxZonePhys = (bits: number): PhysAddr => {
    const offset = z.startOfDram & ~DMA_BIT_MASK(bits)
    return min(offset + pow2(bits), z.endOfDram)
  }
  const dma = z.config.ZONE_DMA ? maxZonePhys(30) : undefined
  const dma32 = z.config.ZONE_DMA32 ? maxZonePhys(32) : undefined
  // arm64_dma32_phys_limit was the crash limit in this generation.
  return { dma, dma32, arm64DmaPhysLimit: dma32 ?? z.physMaskPlus1 }
}

/** 5.11 – 6.11: zone_dma_bits; a limit below RAM widens to 4G, RAM above 4G spans all. */
export const zoneLimitsBits: ZoneLimitsVariant = (z) => {
  const maxZonePhys = (bits: number): PhysAddr => {
    let zoneMask = DMA_BIT_MASK(bits)
    if (z.startOfDram > U32_MAX) zoneMask = PHYS_ADDR_MAX
    else if (z.startOfDram > zoneMask) zoneMask = U32_MAX
    return min(zoneMask, z.endOfDram - 1n) + 1n
  }
  const dma32Limit = maxZonePhys(32)
  let limit = 0n
  let dma: PhysAddr | undefined
  if (z.config.ZONE_DMA) {
    const bits = Math.min(32, fls64(ofDmaGetMaxCpuAddress(z.dma)), fls64(acpiIortDmaGetMaxCpuAddress(z.dma)))
    dma = maxZonePhys(bits)
    limit = dma
  }
  const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined
  if (z.config.ZONE_DMA32 && !limit) limit = dma32Limit
  return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1 }
}

/** 6.12+: exact zone_dma_limit; clamped to 4G only when DRAM starts below 4G. */
export const zoneLimitsExact: ZoneLimitsVariant = (z) => {
  const maxZonePhys = (zoneLimit: PhysAddr): PhysAddr => min(zoneLimit, z.endOfDram - 1n) + 1n
  let limit = 0n
  let dma: PhysAddr | undefined
  if (z.config.ZONE_DMA) {
    let zoneDmaLimit = min(ofDmaGetMaxCpuAddress(z.dma), acpiIortDmaGetMaxCpuAddress(z.dma))
    if (z.startOfDram < U32_MAX) zoneDmaLimit = min(zoneDmaLimit, U32_MAX)
    dma = maxZonePhys(zoneDmaLimit)
    limit = dma
  }
  const dma32Limit = maxZonePhys(U32_MAX)
  const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined
  if (z.config.ZONE_DMA32 && !limit) limit = dma32Limit
  return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1 }
}

export const ZONE_VARIANTS = { zoneLimitsFixed30, zoneLimitsBits, zoneLimitsExact } as const
