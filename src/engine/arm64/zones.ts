// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 DMA zone limits, which are also CRASH_ADDR_LOW_MAX (arm64_dma_phys_limit).
 * Four generations, four named variants:
 *
 * - zoneLimitsFixed30: 5.5 … 5.10.21 — ZONE_DMA fixed at 30 bits with a DMA offset taken
 *   from the start of DRAM.
 * - zoneLimitsBitsOffset: 5.10.22 … 5.10.46 — zone_dma_bits = min(32, fls64(dt),
 *   fls64(acpi)) (the 5.10.22 backports "Set ZONE_DMA size based on devicetree's
 *   dma-ranges" / "early IORT scan"), still with the DRAM-start offset.
 * - zoneLimitsBits: 5.11 … 6.11 (5.10.47+ stable, 6.1) — the same bits without the offset
 *   (791ab8b2e3db "arm64: Ignore any DMA offsets in the max_zone_phys() calculation", 5.11,
 *   backported in ChangeLog-5.10.47); RAM starting above 4G spans all.
 * - zoneLimitsExact: 6.12+ — zone_dma_limit = min(dt, acpi), clamped to 4G when RAM
 *   starts below 4G; no "RAM above 4G" special case.
 *
 * Each also gives arm64_dma32_phys_limit (max_zone_phys(32), or PHYS_MASK + 1 without
 * ZONE_DMA32), the crash and default-CMA limit up to 5.10.36 (Arm64Policy.crashLowMax).
 *
 * @kernel arch/arm64/mm/init.c max_zone_phys, zone_sizes_init (v5.10.223, v6.1.192, v6.12.117),
 *         dma_limits_init (v7.2.13); drivers/of/address.c of_dma_get_max_cpu_address;
 *         drivers/acpi/arm64/iort.c acpi_iort_dma_get_max_cpu_address
 */
import { fls64, min, PHYS_ADDR_MAX, pow2 } from '../phys.js'
import type { DmaDescription, KernelConfig, PhysAddr } from '../types.js'

export interface ZoneLimits {
  /** PFN_PHYS(max_zone_pfns[ZONE_DMA]) (exclusive), undefined when !CONFIG_ZONE_DMA. */
  dma?: PhysAddr | undefined
  /** PFN_PHYS(max_zone_pfns[ZONE_DMA32]) (exclusive), undefined when !CONFIG_ZONE_DMA32. */
  dma32?: PhysAddr | undefined
  /** arm64_dma_phys_limit: CRASH_ADDR_LOW_MAX and the default CMA limit (5.10.37+, 5.11+). */
  arm64DmaPhysLimit: PhysAddr
  /** arm64_dma32_phys_limit: the same two limits up to 5.10.36 (its variable was removed then). */
  arm64Dma32PhysLimit: PhysAddr
}

export interface ZoneInputs {
  startOfDram: PhysAddr
  endOfDram: PhysAddr
  dma: DmaDescription
  /** acpi_disabled: a device-tree boot, on which the kernel reads no IORT (arm64/acpi.ts). */
  acpiDisabled: boolean
  /**
   * of_root is set: unflatten_device_tree() has run, which setup_arch() does only with
   * acpi_disabled, after arm64_memblock_init(). Without it no dma-ranges are read.
   */
  ofRoot: boolean
  config: KernelConfig
  /** PHYS_MASK + 1. */
  physMaskPlus1: PhysAddr
}

export type ZoneLimitsVariant = (z: ZoneInputs) => ZoneLimits

const U32_MAX = 0xffffffffn
const DMA_BIT_MASK = (bits: number): bigint => (bits >= 64 ? PHYS_ADDR_MAX : pow2(bits) - 1n)

/**
 * Mirrors of_dma_get_max_cpu_address() — drivers/of/address.c (v6.12.117:962).
 * of_dma_get_max_cpu_address(NULL): min over bus nodes of their highest CPU address; no limit
 * when no tree was unflattened (`ofRoot` false: of_root NULL, whose property and children
 * lookups find nothing: an ACPI boot, which never unflattens the tree).
 */
export function ofDmaGetMaxCpuAddress(dma: DmaDescription, ofRoot: boolean): PhysAddr {
  let m = PHYS_ADDR_MAX
  if (!ofRoot) return m
  for (const n of dma.dmaRanges) if (n.cpuEnd < m) m = n.cpuEnd
  return m
}

/**
 * Mirrors acpi_iort_dma_get_max_cpu_address() — drivers/acpi/arm64/iort.c (v6.12.117:1986).
 * acpi_iort_dma_get_max_cpu_address(): min_not_zero over IORT limits as DMA_BIT_MASK(bits);
 * PHYS_ADDR_MAX, no limit, when acpi_disabled (a device-tree boot reads no IORT: the same
 * early return at v5.10.223:1758, v6.1.192:1985, v6.12.117:1994, v7.2.13:2128).
 */
export function acpiIortDmaGetMaxCpuAddress(dma: DmaDescription, acpiDisabled: boolean): PhysAddr {
  let m = PHYS_ADDR_MAX
  if (acpiDisabled) return m
  for (const bits of dma.iortLimitBits) if (bits > 0 && DMA_BIT_MASK(bits) < m) m = DMA_BIT_MASK(bits)
  return m
}

/**
 * max_zone_phys() up to 5.10.46 (mainline ≤5.10): the zone ends 2^bits above the DRAM start rounded
 * down to 2^bits (a DMA offset assumed for RAM above the limit), or at the end of DRAM.
 */
function maxZonePhysOffset(z: ZoneInputs, bits: number): PhysAddr {
  const offset = z.startOfDram & ~DMA_BIT_MASK(bits)
  return min(offset + pow2(bits), z.endOfDram)
}

/** max_zone_phys() from 5.10.47 / 5.11: a limit below RAM widens to 4G, RAM above 4G spans all. */
function maxZonePhysMask(z: ZoneInputs, bits: number): PhysAddr {
  let zoneMask = DMA_BIT_MASK(bits)
  if (z.startOfDram > U32_MAX) zoneMask = PHYS_ADDR_MAX
  else if (z.startOfDram > zoneMask) zoneMask = U32_MAX
  return min(zoneMask, z.endOfDram - 1n) + 1n
}

/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); 5.5 – 5.10.21, UNCONFIRMED: a 5.10 stable boundary, and only v5.10.223 of the series is at hand, :207,220; the upstream trees say only that v5.11 is past both 5.10.y changes, init.c@v5.11:181-192,204).
 * 5.5 – 5.10.21: ZONE_DMA fixed at 30 bits, max_zone_phys() with the DRAM-start offset.
 */
export const zoneLimitsFixed30: ZoneLimitsVariant = (z) => {
  const dma = z.config.ZONE_DMA ? maxZonePhysOffset(z, 30) : undefined
  const dma32 = z.config.ZONE_DMA32 ? maxZonePhysOffset(z, 32) : undefined
  return { dma, dma32, arm64DmaPhysLimit: dma ?? dma32 ?? z.physMaskPlus1, arm64Dma32PhysLimit: dma32 ?? z.physMaskPlus1 }
}

/**
 * zone_sizes_init() with zone_dma_bits = min(32, fls64(dt), fls64(acpi)) and one
 * max_zone_phys(); without ZONE_DMA, arm64_dma_phys_limit is the DMA32 limit, without both
 * PHYS_MASK + 1.
 */
function zoneLimitsFromBits(z: ZoneInputs, maxZonePhys: (z: ZoneInputs, bits: number) => PhysAddr): ZoneLimits {
  const dma32Limit = maxZonePhys(z, 32)
  let limit = 0n
  let dma: PhysAddr | undefined
  if (z.config.ZONE_DMA) {
    const bits = Math.min(32, fls64(ofDmaGetMaxCpuAddress(z.dma, z.ofRoot)), fls64(acpiIortDmaGetMaxCpuAddress(z.dma, z.acpiDisabled)))
    dma = maxZonePhys(z, bits)
    limit = dma
  }
  const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined
  if (z.config.ZONE_DMA32 && !limit) limit = dma32Limit
  return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1, arm64Dma32PhysLimit: dma32 ?? z.physMaskPlus1 }
}

/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); 5.10.22 – 5.10.46, UNCONFIRMED: a 5.10 stable range, and only v5.10.223 of the series is at hand; mainline v5.11 already has the masked max_zone_phys() below).
 * 5.10.22 – 5.10.46: zone_dma_bits from the firmware, max_zone_phys() with the offset.
 */
export const zoneLimitsBitsOffset: ZoneLimitsVariant = (z) => zoneLimitsFromBits(z, maxZonePhysOffset)

/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); v6.1.192:200,213; the same
 * @v5.11:181-192,204 and @v6.11:122-133,145).
 * 5.11 – 6.11 (5.10.47+): zone_dma_bits; a limit below RAM widens to 4G, RAM above 4G spans all.
 */
export const zoneLimitsBits: ZoneLimitsVariant = (z) => zoneLimitsFromBits(z, maxZonePhysMask)

/**
 * Mirrors zone_sizes_init() — arch/arm64/mm/init.c (with max_zone_phys(); v6.12.117:117,122; dma_limits_init() in v7.2.13:135).
 * 6.12+: exact zone_dma_limit; clamped to 4G only when DRAM starts below 4G.
 */
export const zoneLimitsExact: ZoneLimitsVariant = (z) => {
  const maxZonePhys = (zoneLimit: PhysAddr): PhysAddr => min(zoneLimit, z.endOfDram - 1n) + 1n
  let limit = 0n
  let dma: PhysAddr | undefined
  if (z.config.ZONE_DMA) {
    let zoneDmaLimit = min(ofDmaGetMaxCpuAddress(z.dma, z.ofRoot), acpiIortDmaGetMaxCpuAddress(z.dma, z.acpiDisabled))
    if (z.startOfDram < U32_MAX) zoneDmaLimit = min(zoneDmaLimit, U32_MAX)
    dma = maxZonePhys(zoneDmaLimit)
    limit = dma
  }
  const dma32Limit = maxZonePhys(U32_MAX)
  const dma32 = z.config.ZONE_DMA32 ? dma32Limit : undefined
  if (z.config.ZONE_DMA32 && !limit) limit = dma32Limit
  return { dma, dma32, arm64DmaPhysLimit: limit || z.physMaskPlus1, arm64Dma32PhysLimit: dma32 ?? z.physMaskPlus1 }
}

/** Which variable is CRASH_ADDR_LOW_MAX (Arm64Policy.crashLowMax). */
export type CrashLowMaxKind = 'dma-phys-limit' | 'dma32-phys-limit' | '4g-if-dma-zones'

/**
 * Mirrors CRASH_ADDR_LOW_MAX — arch/arm64/include/asm/crash_reserve.h (v6.12.117:8; arch/arm64/mm/init.c:96 in v6.1.192;
 * v5.10.223 passes arm64_dma_phys_limit to memblock_find_in_range() directly, init.c:113).
 * CRASH_ADDR_LOW_MAX of a policy: arm64_dma_phys_limit, arm64_dma32_phys_limit (up to
 * 5.10.36), or Baoquan He's proposal (what-if): its crash_addr_low_max() caps RAM at 4G
 * (U32_MAX + 1) when a DMA zone exists and RAM does not start above U32_MAX, and otherwise
 * not at all; either way no higher than the end of DRAM.
 * @kernel LKML 20220828005545.94389-2-bhe@redhat.com arch/arm64/mm/init.c crash_addr_low_max
 */
export function crashAddrLowMax(kind: CrashLowMaxKind, zones: ZoneLimits, z: ZoneInputs): PhysAddr {
  if (kind === 'dma32-phys-limit') return zones.arm64Dma32PhysLimit
  if (kind === 'dma-phys-limit') return zones.arm64DmaPhysLimit
  const lowMemMask = (z.config.ZONE_DMA || z.config.ZONE_DMA32) && z.startOfDram <= U32_MAX ? U32_MAX : PHYS_ADDR_MAX
  return min(lowMemMask, z.endOfDram - 1n) + 1n
}

/**
 * Mirrors bootmem_init() — arch/arm64/mm/init.c (the limit it passes to dma_contiguous_reserve(); v6.12.117:350).
 * The limit of dma_contiguous_reserve(): the same variable as CRASH_ADDR_LOW_MAX in every
 * release (arm64_dma32_phys_limit up to 5.10.36, arm64_dma_phys_limit after); the 4G
 * proposal left it at arm64_dma_phys_limit.
 */
export function dmaContiguousLimit(kind: CrashLowMaxKind, zones: ZoneLimits): PhysAddr {
  return kind === 'dma32-phys-limit' ? zones.arm64Dma32PhysLimit : zones.arm64DmaPhysLimit
}

export const ZONE_VARIANTS = { zoneLimitsFixed30, zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact } as const
