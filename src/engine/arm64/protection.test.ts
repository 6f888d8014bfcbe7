// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { isPageMapped, isUnmapped, PROTECTION_GENERATIONS, PROTECTION_VARIANTS, protectionFacts } from './protection.js'
import { policyFor } from '../policies/index.js'

const reserved = { crashReserved: true, reservedEarly: false, crashRegionPageMapped: true }

describe('arch_kexec_protect_crashkres()', () => {
  it('≤6.3: present and working on a page-mapped crash region', () => {
    expect(protectionFacts('arm64-segments', reserved).available).toBe(true)
    expect(protectionFacts('arm64-segments', { ...reserved, crashRegionPageMapped: false })).toMatchObject({ available: false })
    expect(protectionFacts('arm64-segments', { ...reserved, crashReserved: false }).why).toBe('no crash kernel region is reserved')
  })
  it('5.10.22 – 5.10.46: present, but the deferred region is block-mapped', () => {
    const f = protectionFacts('arm64-segments-block-mapped', { ...reserved, crashRegionPageMapped: false })
    expect(f.available).toBe(false)
    expect(f.why).toMatch(/deferred reservation without crash_mem_map/)
    // 5.10's apply_to_page_range() walks with create = true and meets BUG_ON(pud_huge()) /
    // BUG_ON(pmd_huge()) at a block (mm/memory.c v5.10.223): the segments do not stay mapped.
    expect(f.why).not.toMatch(/stay mapped/)
    expect(f.why).toMatch(/BUG_ON\(pud_huge\(\)\) \/ BUG_ON\(pmd_huge\(\)\).*kexec -p\) oopses/)
    // The ≤6.3 variant names the other cause.
    expect(protectionFacts('arm64-segments', { ...reserved, crashRegionPageMapped: false }).why).toMatch(/cannot unmap the loaded segments/)
  })
  it('5.10.x: a block-mapped region makes kexec -p hit a BUG_ON(), which 6.1 would only warn about', () => {
    expect(protectionFacts('arm64-segments-v510', reserved)).toEqual(protectionFacts('arm64-segments', reserved))
    const none = { ...reserved, crashReserved: false, crashRegionPageMapped: false }
    expect(protectionFacts('arm64-segments-v510', none)).toEqual(protectionFacts('arm64-segments', none))
    const f = protectionFacts('arm64-segments-v510', { ...reserved, crashRegionPageMapped: false })
    expect(f.available).toBe(false)
    expect(f.why).toMatch(/5\.10 – 5\.11 stop at BUG_ON\(pud_huge\(\)\) \/ BUG_ON\(pmd_huge\(\)\) there: loading the crash kernel \(kexec -p\) oopses$/)
  })
  it('5.11 still hits the BUG_ON() (mm/memory.c@v5.11:2401,2432); 5.13 warns and returns -EINVAL (@v5.13:2473,2509)', () => {
    expect(['5.10.223', '5.11.0', '5.12.0', '5.13.0'].map((r) => policyFor('arm64', r)!.arm64!.protection)).toEqual(['arm64-segments-v510', 'arm64-segments-v510', 'arm64-segments', 'arm64-segments'])
  })
  it('5.10.22 – 5.10.46: with rodata_full the whole map is base pages, so set_memory_valid() works', () => {
    expect(protectionFacts('arm64-segments-block-mapped', reserved).available).toBe(true)
  })
  it('every variant that can have a region says so when none is reserved', () => {
    for (const g of ['arm64-segments', 'arm64-segments-v510', 'arm64-segments-block-mapped', 'none-when-deferred']) {
      const f = protectionFacts(g, { crashReserved: false, reservedEarly: false, crashRegionPageMapped: false })
      expect(f).toEqual({ available: false, why: 'no crash kernel region is reserved' })
    }
  })
  it('≤6.3: a region the linear map leaves out (NOMAP) cannot be loaded, whatever the variant', () => {
    // kimage_load_crash_segment() writes the segments through the linear map
    // (kernel/kexec_core.c@v5.10.223:876-889): the load faults before any protection.
    const unmapped = { ...reserved, crashRegionPageMapped: false, crashRegionUnmapped: true }
    for (const g of ['arm64-segments', 'arm64-segments-v510', 'arm64-segments-block-mapped']) {
      const f = protectionFacts(g, unmapped)
      expect(f.available).toBe(false)
      expect(f.why).toMatch(/no-map \(NOMAP\) memory, which map_mem\(\) leaves out of the linear map/)
      expect(f.why).not.toMatch(/block-mapped|BUG_ON/)
    }
    expect(isUnmapped({})).toBe(true)
    expect(isUnmapped({ '4K': 0n })).toBe(true)
    expect(isUnmapped({ '2M': 0x200000n })).toBe(false)
  })
  it('6.4+: removed (0d124e96051b)', () => {
    const f = protectionFacts('none', reserved)
    expect(f).toEqual({ available: false, why: expect.stringMatching(/0d124e96051b/) })
  })
  it('what-if (Rapoport): deferred means unprotected, early keeps protection', () => {
    expect(protectionFacts('none-when-deferred', reserved).available).toBe(false)
    expect(protectionFacts('none-when-deferred', { ...reserved, reservedEarly: true }).available).toBe(true)
  })
  it('registry and helpers', () => {
    expect(Object.keys(PROTECTION_VARIANTS).sort()).toEqual([...PROTECTION_GENERATIONS].sort())
    expect(() => protectionFacts('x86', reserved)).toThrow(/unknown arm64 protection generation/)
    expect(isPageMapped({ '4K': 0x10000000n }, '4K')).toBe(true)
    expect(isPageMapped({ '4K': 0x1000n, '4K-cont': 0x10000n }, '4K')).toBe(false)
    expect(isPageMapped({ '1G': 0x10000000n }, '4K')).toBe(false)
    expect(isPageMapped({}, '4K')).toBe(false)
  })
})
