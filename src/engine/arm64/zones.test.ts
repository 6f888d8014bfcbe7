// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 zone limits per generation (zones.ts) and the limit the crash reservation and the
 * default CMA area use (crashAddrLowMax(), dmaContiguousLimit()): the stable boundaries
 * 5.10.22 (dma-ranges/IORT bits), 5.10.37 (arm64_dma32_phys_limit removed) and 5.10.47
 * (DMA offsets ignored), each checked where it changes a result.
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../../matrix/decode.js'
import { simulate } from '../index.js'
import type { KernelConfig } from '../types.js'
import { acpiIortDmaGetMaxCpuAddress, crashAddrLowMax, ofDmaGetMaxCpuAddress, dmaContiguousLimit, zoneLimitsBits, zoneLimitsBitsOffset, zoneLimitsExact, zoneLimitsFixed30, type ZoneInputs } from './zones.js'

const G = 1n << 30n
const config = { ZONE_DMA: true, ZONE_DMA32: true } as KernelConfig
/** RAM [start, end) behind a bus whose dma-ranges reach `cpuEnd` (inclusive). */
const inputs = (start: bigint, end: bigint, cpuEnd?: bigint): ZoneInputs => ({
  startOfDram: start,
  endOfDram: end,
  dma: { dmaRanges: cpuEnd === undefined ? [] : [{ node: '/soc', cpuEnd }], iortLimitBits: [] },
  acpiDisabled: true,
  ofRoot: true,
  config,
  physMaskPlus1: 1n << 48n,
})

describe('max_zone_phys() with and without the DMA offset', () => {
  // RAM from 2 GiB, a bus reaching the first GiB: 30 bits.
  const z = inputs(2n * G, 6n * G, G - 1n)
  it('5.10.22 – 5.10.46: the zone starts at the DRAM offset, 2^bits long', () => {
    expect(zoneLimitsBitsOffset(z)).toMatchObject({ dma: 3n * G, dma32: 4n * G, arm64DmaPhysLimit: 3n * G, arm64Dma32PhysLimit: 4n * G })
  })
  it('5.10.47+ / 5.11+: a limit below the start of RAM widens to 4 GiB', () => {
    expect(zoneLimitsBits(z)).toMatchObject({ dma: 4n * G, dma32: 4n * G, arm64DmaPhysLimit: 4n * G })
  })
  it('RAM above 4 GiB: offset + 4 GiB before, all of RAM after', () => {
    const high = inputs(32n * G, 40n * G)
    expect(zoneLimitsBitsOffset(high).dma32).toBe(36n * G)
    expect(zoneLimitsBits(high).dma32).toBe(40n * G)
    expect(zoneLimitsFixed30(high)).toMatchObject({ dma: 33n * G, dma32: 36n * G, arm64Dma32PhysLimit: 36n * G })
  })
  it('5.5 – 5.10.21: arm64_dma_phys_limit is max_zone_phys(ARM64_ZONE_DMA_BITS = 30), not the DMA32 limit', () => {
    expect(zoneLimitsFixed30(inputs(0n, 8n * G))).toEqual({ dma: G, dma32: 4n * G, arm64DmaPhysLimit: G, arm64Dma32PhysLimit: 4n * G })
  })
  // arch/arm64/mm/init.c@v6.1.192 zone_sizes_init(): zone_dma_bits = min3(32, fls64(dt), fls64(acpi));
  // without dma-ranges or IORT limits (QEMU virt) both are fls64(PHYS_ADDR_MAX) = 64, so 32 bits.
  it.each([
    ['no firmware limit (QEMU virt)', undefined, 4n * G],
    ['a bus reaching 8 GiB: still capped at 32 bits', 8n * G - 1n, 4n * G],
    ['a bus reaching 2 GiB: 31 bits', 2n * G - 1n, 2n * G],
  ])('5.11 – 6.11 zone_dma_bits: %s', (_what, cpuEnd, dma) => {
    expect(zoneLimitsBits(inputs(G, 9n * G, cpuEnd))).toMatchObject({ dma, dma32: 4n * G, arm64DmaPhysLimit: dma })
  })
  // arch/arm64/mm/init.c@v6.12.117 zone_sizes_init(): zone_dma_limit = min(dt, acpi), then
  // min(…, U32_MAX) only if memblock_start_of_DRAM() < U32_MAX; max_zone_phys() caps it at the end of DRAM.
  it.each([
    ['RAM from 1 GiB, no firmware limit: clamped to 4 GiB', G, 9n * G, undefined, 4n * G, 4n * G],
    ['RAM from 1 GiB, a bus reaching 8 GiB: clamped to 4 GiB', G, 9n * G, 8n * G - 1n, 4n * G, 4n * G],
    ['RAM from 8 GiB, no firmware limit: not clamped, all of RAM (DMA32 still max_zone_phys(U32_MAX))', 8n * G, 16n * G, undefined, 16n * G, 4n * G],
    ['RAM from 8 GiB, a bus reaching 12 GiB: exactly there', 8n * G, 16n * G, 12n * G - 1n, 12n * G, 4n * G],
    ['RAM ending at 3 GiB: the end of DRAM', G, 3n * G, undefined, 3n * G, 3n * G],
  ])('6.12+ zone_dma_limit: %s', (_what, start, end, cpuEnd, dma, dma32) => {
    expect(zoneLimitsExact(inputs(start, end, cpuEnd))).toEqual({ dma, dma32, arm64DmaPhysLimit: dma, arm64Dma32PhysLimit: dma32 })
  })
  it('without ZONE_DMA32 arm64_dma32_phys_limit is PHYS_MASK + 1', () => {
    const noDma32 = { ...inputs(0n, 8n * G), config: { ZONE_DMA: true, ZONE_DMA32: false } as KernelConfig }
    for (const v of [zoneLimitsFixed30, zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact]) expect(v(noDma32).arm64Dma32PhysLimit).toBe(1n << 48n)
  })
})

describe('CRASH_ADDR_LOW_MAX and the default CMA limit', () => {
  const z = inputs(0n, 8n * G, G - 1n)
  const zones = zoneLimitsBits(z)
  it('follow one variable: arm64_dma32_phys_limit up to 5.10.36, arm64_dma_phys_limit after', () => {
    expect([crashAddrLowMax('dma32-phys-limit', zones, z), dmaContiguousLimit('dma32-phys-limit', zones)]).toEqual([4n * G, 4n * G])
    expect([crashAddrLowMax('dma-phys-limit', zones, z), dmaContiguousLimit('dma-phys-limit', zones)]).toEqual([G, G])
  })
  it('up to 5.10.36 without ZONE_DMA32 both are arm64_dma32_phys_limit = PHYS_MASK + 1, not 4 GiB', () => {
    const zi = { ...inputs(0n, 8n * G, G - 1n), config: { ZONE_DMA: true, ZONE_DMA32: false } as KernelConfig }
    const zl = zoneLimitsBitsOffset(zi)
    expect([crashAddrLowMax('dma32-phys-limit', zl, zi), dmaContiguousLimit('dma32-phys-limit', zl)]).toEqual([1n << 48n, 1n << 48n])
  })
  it("Baoquan He's proposal moves the crash limit to 4 GiB and leaves CMA at arm64_dma_phys_limit", () => {
    expect([crashAddrLowMax('4g-if-dma-zones', zones, z), dmaContiguousLimit('4g-if-dma-zones', zones)]).toEqual([4n * G, G])
  })
  // The patch's crash_addr_low_max(): min(U32_MAX if a DMA zone is configured and RAM does
  // not start above U32_MAX, else PHYS_ADDR_MAX; end of DRAM - 1) + 1.
  it.each([
    ['both zones, RAM from 0 to 8G', 0n, 8n * G, { ZONE_DMA: true, ZONE_DMA32: true }, 4n * G],
    ['ZONE_DMA32 alone', 0n, 8n * G, { ZONE_DMA: false, ZONE_DMA32: true }, 4n * G],
    ['no DMA zone: the end of DRAM', 0n, 8n * G, { ZONE_DMA: false, ZONE_DMA32: false }, 8n * G],
    ['RAM ending below 4G: its end', 0n, 2n * G, { ZONE_DMA: true, ZONE_DMA32: true }, 2n * G],
    ['RAM from 3G', 3n * G, 8n * G, { ZONE_DMA: true, ZONE_DMA32: true }, 4n * G],
    ['RAM from exactly 4G (above U32_MAX): the end of DRAM', 4n * G, 12n * G, { ZONE_DMA: true, ZONE_DMA32: true }, 12n * G],
  ])("the proposal's crash_addr_low_max(): %s", (_what, start, end, zoneConfig, expected) => {
    const zi = { ...inputs(start, end), config: zoneConfig as KernelConfig }
    expect(crashAddrLowMax('4g-if-dma-zones', zoneLimitsBits(zi), zi)).toBe(expected)
  })
})

describe('the firmware limits and the zone arithmetic at their edges', () => {
  it('of_dma_get_max_cpu_address(NULL): PHYS_ADDR_MAX without dma-ranges, else the lowest bus end', () => {
    // drivers/of/address.c@v6.12.117: max_cpu_addr starts at PHYS_ADDR_MAX and only goes down.
    const of = (ends: bigint[], ofRoot = true) => ofDmaGetMaxCpuAddress({ dmaRanges: ends.map((cpuEnd, i) => ({ node: `/bus${i}`, cpuEnd })), iortLimitBits: [] }, ofRoot)
    expect(of([])).toBe((1n << 64n) - 1n)
    expect(of([4n * G - 1n, G - 1n, 2n * G - 1n])).toBe(G - 1n)
    // No tree unflattened (ACPI on): of_root is NULL and its lookups find nothing.
    expect(of([G - 1n], false)).toBe((1n << 64n) - 1n)
  })
  it('with ACPI on (acpi=force on a device-tree board) the dma-ranges limit nothing: no tree was unflattened', () => {
    const zi: ZoneInputs = { ...inputs(0n, 8n * G), dma: { dmaRanges: [{ node: '/soc', cpuEnd: G - 1n }], iortLimitBits: [] }, acpiDisabled: false, ofRoot: false }
    for (const v of [zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact]) expect(v(zi)).toMatchObject({ dma: 4n * G })
    for (const v of [zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact]) expect(v({ ...zi, acpiDisabled: true, ofRoot: true })).toMatchObject({ dma: G })
  })
  it('acpi_iort_dma_get_max_cpu_address(): min_not_zero() skips a 0-bit memory_address_limit', () => {
    const iort = (bits: number[]) => acpiIortDmaGetMaxCpuAddress({ dmaRanges: [], iortLimitBits: bits }, false)
    expect(iort([])).toBe((1n << 64n) - 1n)
    expect(iort([0])).toBe((1n << 64n) - 1n)
    expect(iort([0, 32, 30])).toBe(G - 1n)
    expect(iort([64])).toBe((1n << 64n) - 1n)
  })
  it('acpi_iort_dma_get_max_cpu_address(): no limit when acpi_disabled, whatever the IORT says', () => {
    // drivers/acpi/arm64/iort.c: `if (acpi_disabled) return limit;` before the table is read
    // (v5.10.223:1758, v6.1.192:1985, v6.12.117:1994, v7.2.13:2128).
    expect(acpiIortDmaGetMaxCpuAddress({ dmaRanges: [], iortLimitBits: [30] }, true)).toBe((1n << 64n) - 1n)
  })
  it('an IORT limit alone narrows ZONE_DMA on an ACPI boot: fls64() bits to 6.11, the exact address from 6.12', () => {
    const zi: ZoneInputs = { ...inputs(0n, 8n * G), dma: { dmaRanges: [], iortLimitBits: [30] }, acpiDisabled: false }
    expect(zoneLimitsBitsOffset(zi)).toMatchObject({ dma: G, dma32: 4n * G, arm64DmaPhysLimit: G })
    expect(zoneLimitsBits(zi)).toMatchObject({ dma: G, dma32: 4n * G, arm64DmaPhysLimit: G })
    expect(zoneLimitsExact(zi)).toMatchObject({ dma: G, dma32: 4n * G, arm64DmaPhysLimit: G })
    // A device-tree boot: ZONE_DMA as without the IORT (4G, the 32-bit clamp).
    const dt: ZoneInputs = { ...zi, acpiDisabled: true }
    for (const v of [zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact]) expect(v(dt)).toMatchObject({ dma: 4n * G, dma32: 4n * G, arm64DmaPhysLimit: 4n * G })
  })
  it('neither zone: arm64_dma_phys_limit is PHYS_MASK + 1', () => {
    const none = { ...inputs(0n, 8n * G), config: { ZONE_DMA: false, ZONE_DMA32: false } as KernelConfig }
    for (const v of [zoneLimitsFixed30, zoneLimitsBitsOffset, zoneLimitsBits, zoneLimitsExact]) expect(v(none).arm64DmaPhysLimit).toBe(1n << 48n)
  })
  it('6.12 without ZONE_DMA: arm64_dma_phys_limit is max_zone_phys(DMA_BIT_MASK(32)), 4G exactly', () => {
    const dma32 = { ...inputs(0n, 8n * G), config: { ZONE_DMA: false, ZONE_DMA32: true } as KernelConfig }
    expect(zoneLimitsExact(dma32)).toEqual({ dma: undefined, dma32: 4n * G, arm64DmaPhysLimit: 4n * G, arm64Dma32PhysLimit: 4n * G })
  })
  it('max_zone_phys(0) (a bus window ending at CPU address 0) is 1 byte above RAM at 0: phys_start > zone_mask is strict', () => {
    // zone_dma_bits = fls64(0) = 0, DMA_BIT_MASK(0) = 0, RAM starts at 0 (not above the mask).
    expect(zoneLimitsBits(inputs(0n, 8n * G, 0n)).dma).toBe(1n)
  })
})

describe('end to end on a Raspberry Pi 4 (4 GB; ZONE_DMA is the first GiB)', () => {
  const rpi4 = (kernel: string) => {
    const d = decodeMatrix({
      version: 1,
      boards: [{ id: 'pi', extends: 'raspberrypi-4', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }], kernels: [kernel], cmdline: 'crashkernel=256M' }],
    } as never)
    expect(d.problems).toEqual([])
    return simulate(d.layouts[0]!.layout)
  }
  it('5.10.22 – 5.10.36 reserve below arm64_dma32_phys_limit (the end of RAM under 4 GiB), 5.10.37 below the first GiB', () => {
    const old = rpi4('5.10.30')
    expect(old.lowMax).toBe(0xfc000000n)
    expect(old.crashkernel).toMatchObject({ kind: 'reserved', main: { size: 256n << 20n } })
    expect((old.crashkernel as { main: { base: bigint } }).main.base > 0xe0000000n).toBe(true)
    const now = rpi4('5.10.37')
    expect(now.lowMax).toBe(G)
    expect((now.crashkernel as { main: { base: bigint } }).main.base < G).toBe(true)
  })
})
