// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { crashLowSizeDefault, swiotlbEarlyParamLines, swiotlbSizeOrDefault } from './swiotlb.js'
import { policyFor } from '../policies/index.js'

const M = 1n << 20n

describe('swiotlbSizeOrDefault() (setup_io_tlb_npages, swiotlb_size_or_default)', () => {
  it('is 64 MiB without swiotlb=, in every generation', () => {
    for (const gen of ['io_tlb_nslabs', 'default_nslabs-no-areas', 'default_nslabs', 'default_nslabs-saturating'] as const) expect(swiotlbSizeOrDefault('crashkernel=1G,high', gen)).toBe(64n * M)
  })
  it('takes the slab count (2 KiB each) rounded up to a 128-slab segment; the last swiotlb= wins', () => {
    expect(swiotlbSizeOrDefault('swiotlb=262144', 'default_nslabs')).toBe(512n * M)
    expect(swiotlbSizeOrDefault('swiotlb=1', 'default_nslabs')).toBe(256n * 1024n)
    expect(swiotlbSizeOrDefault('swiotlb=65536 swiotlb=0x20000,force', 'io_tlb_nslabs')).toBe(256n * M)
    // No digit first: the count is left alone.
    expect(swiotlbSizeOrDefault('swiotlb=force', 'default_nslabs')).toBe(64n * M)
  })
  it('5.10: "noforce" sets one slab; 0 slabs means the default', () => {
    expect(swiotlbSizeOrDefault('swiotlb=noforce', 'io_tlb_nslabs')).toBe(2048n)
    expect(swiotlbSizeOrDefault('swiotlb=0', 'io_tlb_nslabs')).toBe(64n * M)
    expect(swiotlbSizeOrDefault('swiotlb=0', 'default_nslabs')).toBe(0n)
  })
  it('5.13 – 5.19: default_nslabs, so 0 slabs are 0 and "noforce" leaves the count; no area count (swiotlb.c@v5.13:77-92, @v5.19:75-90)', () => {
    expect(swiotlbSizeOrDefault('swiotlb=0', 'default_nslabs-no-areas')).toBe(0n)
    expect(swiotlbSizeOrDefault('swiotlb=noforce', 'default_nslabs-no-areas')).toBe(64n * M)
    expect(swiotlbSizeOrDefault('swiotlb=262144,noforce', 'default_nslabs-no-areas')).toBe(512n * M)
    // ",4" is no area count before 6.0 (swiotlb_adjust_nareas(): swiotlb.c@v6.0:120,147).
    expect(swiotlbSizeOrDefault('swiotlb=100000,4', 'default_nslabs-no-areas')).toBe(100096n * 2048n)
    expect(swiotlbEarlyParamLines('swiotlb=100000,4', 'default_nslabs-no-areas')).toEqual([])
    // Which policy reads which: 5.11's io_tlb_nslabs (swiotlb.c@v5.11:113-130), 5.13 – 5.19 without areas, 6.0 with.
    expect(['5.11.0', '5.12.0', '5.13.0', '5.18.0', '5.19.0', '6.0.0'].map((r) => policyFor('x86_64', r)!.x86!.swiotlb)).toEqual([
      'io_tlb_nslabs', 'io_tlb_nslabs', 'default_nslabs-no-areas', 'default_nslabs-no-areas', 'default_nslabs-no-areas', 'default_nslabs',
    ])
  })
  it('6.x: an area count rounds the slabs up to a power of two, at least 128 per area', () => {
    expect(swiotlbSizeOrDefault('swiotlb=100000,4', 'default_nslabs')).toBe(256n * M)
    expect(swiotlbSizeOrDefault('swiotlb=128,3', 'default_nslabs')).toBe(512n * 2048n)
    // An area count above 2^31 rounds up to 2^32, which the unsigned int nareas holds as 0:
    // round_up_default_nslabs() returns at once, so 200064 slabs stay as they are.
    expect(swiotlbSizeOrDefault('swiotlb=200064,3000000000', 'default_nslabs')).toBe(200064n * 2048n)
    expect(swiotlbSizeOrDefault('swiotlb=200064,3', 'default_nslabs')).toBe(262144n * 2048n)
    // default_nareas is an unsigned long: 128 slabs for each of 2^25 areas is 2^32 slabs
    // (8 TiB), not 0 (kernel/dma/swiotlb.c@v6.12.117:104; Debian 6.12.117 printed "SWIOTLB
    // bounce buffer size roundup to 8388608MB", test/boots/amd64-crashkernel swiotlb-areas).
    expect(swiotlbSizeOrDefault('swiotlb=,33554432', 'default_nslabs')).toBe(1n << 43n)
    expect(swiotlbSizeOrDefault('swiotlb=,2147483648', 'default_nslabs-saturating')).toBe(1n << 49n)
    // 5.10 has no area count: ",4" is ignored.
    expect(swiotlbSizeOrDefault('swiotlb=100000,4', 'io_tlb_nslabs')).toBe(100096n * 2048n)
  })
})

describe('swiotlbEarlyParamLines() (what setup_io_tlb_npages() prints, by token)', () => {
  const area = (n: string) => `software IO TLB: area num ${n}.`
  const roundup = (mb: string) => `software IO TLB: SWIOTLB bounce buffer size roundup to ${mb}MB`
  it("6.x: the area count, and the new size where round_up_default_nslabs() changed it, at each token's index", () => {
    // test/boots/amd64-crashkernel/amd64-6.12-q35-6G-swiotlb-areas: both lines after the e820 map.
    expect(swiotlbEarlyParamLines('console=ttyS0 crashkernel=512M,high swiotlb=,33554432', 'default_nslabs')).toEqual([undefined, undefined, [area('33554432'), roundup('8388608')]])
    // 32768 slabs (64 MiB) are a power of two and 128 × 4 below them: no roundup line.
    expect(swiotlbEarlyParamLines('swiotlb=,4', 'default_nslabs')).toEqual([[area('4')]])
    expect(swiotlbEarlyParamLines('swiotlb=100000,3 swiotlb=force swiotlb=0,0', 'default_nslabs-saturating')).toEqual([[area('4'), roundup('256')], undefined, [area('1'), roundup('0')]])
    // %d of an unsigned int: 2^31 areas print negative; past it the roundup wraps to 0 areas and nothing is rounded.
    expect(swiotlbEarlyParamLines('swiotlb=,2147483648', 'default_nslabs')).toEqual([[area('-2147483648'), roundup('536870912')]])
    expect(swiotlbEarlyParamLines('swiotlb=,3000000000', 'default_nslabs')).toEqual([[area('0')]])
  })
  it('prints nothing for a slab count alone, and nothing at all on 5.10 (no area count)', () => {
    expect(swiotlbEarlyParamLines('swiotlb=262144 swiotlb=65536,force', 'default_nslabs')).toEqual([])
    expect(swiotlbEarlyParamLines('swiotlb=100000,4', 'io_tlb_nslabs')).toEqual([])
  })
})

describe('crashLowSizeDefault() (x86 DEFAULT_CRASH_KERNEL_LOW_SIZE)', () => {
  it('is max(swiotlb size + 8 MiB, 256 MiB)', () => {
    expect(crashLowSizeDefault('crashkernel=1G,high', 'default_nslabs')).toBe(256n * M)
    expect(crashLowSizeDefault('crashkernel=1G,high swiotlb=262144', 'default_nslabs')).toBe(520n * M)
    expect(crashLowSizeDefault('crashkernel=1G,high swiotlb=262144', 'io_tlb_nslabs')).toBe(520n * M)
    // The size the 6.12.117 boot asked for: "cannot allocate crashkernel low memory (size:0x80000800000)."
    expect(crashLowSizeDefault('crashkernel=512M,high swiotlb=,33554432', 'default_nslabs')).toBe(0x80000800000n)
  })
})
