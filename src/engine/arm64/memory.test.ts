// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { SZ_16K, SZ_2M, SZ_4K, SZ_4M, SZ_64K } from '../phys.js'
import { cmaMinAlignMaxOrder, cmaMinAlignPageblock, pageblockOrderCapped, pageblockOrderPmd, sectionSizeBitsV510, sectionSizeBitsV512, vmemmapStartV510, vmemmapStartV511, vmemmapStartV69 } from './memory.js'

const M = 1n << 20n

describe('arm64 granule constants', () => {
  const GRANULES = [SZ_4K, SZ_16K, SZ_64K]
  it('pageblock_order is the PMD block order: 9, 11, 13', () => {
    expect(GRANULES.map((p) => pageblockOrderPmd(p))).toEqual([9, 11, 13])
  })
  it('6.16+: CONFIG_PAGE_BLOCK_MAX_ORDER caps it; its defaults (10, 11, 13) and larger values do not', () => {
    expect(GRANULES.map((p) => pageblockOrderCapped(p, {}))).toEqual([9, 11, 13])
    expect(GRANULES.map((p, k) => pageblockOrderCapped(p, { PAGE_BLOCK_MAX_ORDER: [10, 11, 13][k] }))).toEqual([9, 11, 13])
    // A 64K kernel configured from a 4K config keeps 10: 64 MiB pageblocks.
    expect(GRANULES.map((p) => pageblockOrderCapped(p, { PAGE_BLOCK_MAX_ORDER: 10 }))).toEqual([9, 10, 10])
    expect(pageblockOrderCapped(SZ_4K, { PAGE_BLOCK_MAX_ORDER: 5 })).toBe(5)
    expect(pageblockOrderCapped(SZ_64K, { PAGE_BLOCK_MAX_ORDER: 15 })).toBe(13)
  })
  it('CMA alignment: 5.10 (MAX_ORDER) 4M/32M/512M, then the pageblock 2M/32M/512M', () => {
    expect(GRANULES.map((p) => cmaMinAlignMaxOrder(p, pageblockOrderPmd(p)))).toEqual([SZ_4M, 32n * M, 512n * M])
    expect(GRANULES.map((p) => cmaMinAlignPageblock(p, pageblockOrderPmd(p)))).toEqual([SZ_2M, 32n * M, 512n * M])
    expect(cmaMinAlignPageblock(SZ_64K, 10)).toBe(64n * M)
  })
  it('sections: 1 GiB on 5.10; 128 MiB from 5.12, 512 MiB with 64K pages', () => {
    expect([SZ_4K, SZ_16K, SZ_64K].map(sectionSizeBitsV510)).toEqual([30, 30, 30])
    expect([SZ_4K, SZ_16K, SZ_64K].map(sectionSizeBitsV512)).toEqual([27, 27, 29])
  })
})

describe('VMEMMAP_START and the fixmap beside it', () => {
  const T = 1n << 64n
  const G = 1n << 30n
  it('5.10: VMEMMAP_SIZE + 2M below the top, the fixmap ending 20M under it (PCI I/O between)', () => {
    // 4K, 48-bit: the linear half (2^47) needs 2^35 struct pages of 64 bytes = 2 TiB.
    expect(vmemmapStartV510(SZ_4K, 48)).toEqual({ start: T - (2n << 40n) - 2n * M, fixmapTop: T - (2n << 40n) - 22n * M - 1n })
  })
  it('5.11 – 6.8: -(1 << (VA_BITS - VMEMMAP_SHIFT)), the fixmap ending 32M under it', () => {
    expect(vmemmapStartV511(SZ_4K, 48)).toEqual({ start: T - (1n << 42n), fixmapTop: T - (1n << 42n) - 32n * M - 1n })
    expect(vmemmapStartV511(SZ_64K, 52)).toEqual({ start: T - (1n << 42n), fixmapTop: T - (1n << 42n) - 32n * M - 1n })
  })
  it('6.9+: ending 1 GiB below the top, the fixmap at -8M', () => {
    // 64K, 52-bit (VA_BITS_MIN 48): (2^52 - 2^47) / 64K struct pages.
    expect(vmemmapStartV69(SZ_64K, 52)).toEqual({ start: T - G - ((1n << 42n) - (1n << 37n)), fixmapTop: T - 8n * M - 1n })
    // The memmap of the bottom of RAM and the fixmap share the top 4 TiB PMD table (64K, 3 levels).
    const at = vmemmapStartV69(SZ_64K, 52)
    expect(at.start >> 42n).toBe(at.fixmapTop >> 42n)
  })
  // VMEMMAP_SIZE = ((_PAGE_END(VA_BITS_MIN) - PAGE_OFFSET) >> PAGE_SHIFT) * 64, VA_BITS_MIN being
  // 47 for a 16K kernel above 48 bits, 48 for the others above 48, else VA_BITS
  // (arch/arm64/include/asm/memory.h v6.12.117).
  it.each([
    ['4K', SZ_4K, 48, (1n << 47n) >> 6n],
    ['4K', SZ_4K, 52, ((1n << 52n) - (1n << 47n)) >> 6n],
    ['16K', SZ_16K, 48, (1n << 47n) >> 8n],
    ['16K', SZ_16K, 52, ((1n << 52n) - (1n << 46n)) >> 8n],
    ['64K', SZ_64K, 48, (1n << 47n) >> 10n],
  ])('6.9+ %s with %d-bit VA: VMEMMAP_SIZE is %d bytes', (_g, page, va, size) => {
    expect(vmemmapStartV69(page, va).start).toBe(T - G - size)
  })
})

describe('the policies pick the granule constants by release', () => {
  it('1 GiB sections through 5.11, 128 MiB from 5.12; the MAX_ORDER CMA alignment through 5.18', async () => {
    const { policyFor } = await import('../policies/index.js')
    const bits = (r: string) => policyFor('arm64', r)!.arm64!.sectionSizeBits(SZ_4K)
    expect([bits('5.10.223'), bits('5.11.22'), bits('5.12.0'), bits('6.12.117')]).toEqual([30, 30, 27, 27])
    const cma = (r: string) => policyFor('arm64', r)!.arm64!.cmaMinAlign(SZ_4K, 9)
    expect([cma('5.18.19'), cma('5.19.0'), cma('6.1.192')]).toEqual([SZ_4M, SZ_2M, SZ_2M])
  })
  it('CONFIG_PAGE_BLOCK_MAX_ORDER counts from 6.16', async () => {
    const { policyFor } = await import('../policies/index.js')
    const order = (r: string) => policyFor('arm64', r)!.arm64!.pageblockOrder(SZ_64K, { PAGE_BLOCK_MAX_ORDER: 10 })
    expect([order('6.12.117'), order('6.15.11'), order('6.16.0'), order('6.18.0'), order('7.2.13')]).toEqual([13, 13, 10, 10, 10])
  })
})
