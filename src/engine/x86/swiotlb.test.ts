// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { crashLowSizeDefault, swiotlbSizeOrDefault } from './swiotlb.js'

const M = 1n << 20n

describe('swiotlbSizeOrDefault() (setup_io_tlb_npages, swiotlb_size_or_default)', () => {
  it('is 64 MiB without swiotlb=, in every generation', () => {
    for (const gen of ['io_tlb_nslabs', 'default_nslabs', 'default_nslabs-saturating'] as const) expect(swiotlbSizeOrDefault('crashkernel=1G,high', gen)).toBe(64n * M)
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

describe('crashLowSizeDefault() (x86 DEFAULT_CRASH_KERNEL_LOW_SIZE)', () => {
  it('is max(swiotlb size + 8 MiB, 256 MiB)', () => {
    expect(crashLowSizeDefault('crashkernel=1G,high', 'default_nslabs')).toBe(256n * M)
    expect(crashLowSizeDefault('crashkernel=1G,high swiotlb=262144', 'default_nslabs')).toBe(520n * M)
    expect(crashLowSizeDefault('crashkernel=1G,high swiotlb=262144', 'io_tlb_nslabs')).toBe(520n * M)
    // The size the 6.12.117 boot asked for: "cannot allocate crashkernel low memory (size:0x80000800000)."
    expect(crashLowSizeDefault('crashkernel=512M,high swiotlb=,33554432', 'default_nslabs')).toBe(0x80000800000n)
  })
})
