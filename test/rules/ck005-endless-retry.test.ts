// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { of, run } from './helpers.js'

describe('CK005 endless-retry', () => {
  const noZones = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], config: { ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=960M' }

  it('bad: arm64 without DMA zones (LOW == HIGH) and a size that does not fit: the boot hangs', () => {
    const [f, ...rest] = of(run(noZones), 'CK005')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', messageId: 'hang', data: { size: '960 MiB', lowMax: '0x0010000000000000', highMax: '0x0010000000000000' } })
    expect(f?.suggestion?.replacement).toBe('crashkernel=512M')
  })

  it('bad: riscv with RAM ending at 4 GiB', () => {
    const f = of(run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=1800M' }), 'CK005')[0]
    expect(f?.messageId).toBe('hang')
    // A size in words, not a crashkernel= value the user could copy ("crashkernel=1800 MiB" is not one).
    expect(f?.message).toMatch(/^the boot hangs: the 1800 MiB crashkernel= asks for does not fit below 0x0000000100000000 /)
  })

  it('names the window retried forever, [CRASH_ADDR_LOW_MAX, CRASH_ADDR_HIGH_MAX), empty, at the command line', () => {
    // The fallback sets search_base = CRASH_ADDR_LOW_MAX and search_end = CRASH_ADDR_HIGH_MAX;
    // riscv: both are the end of DRAM (dma32_phys_limit, memblock_end_of_DRAM()).
    expect(of(run(noZones), 'CK005')[0]).toMatchObject({ pointer: '/boards/0/cmdline', data: { window: '[0x0010000000000000, 0x0010000000000000)' } })
    const rv = of(run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=1800M' }), 'CK005')[0]
    expect(rv?.data).toMatchObject({ window: '[0x0000000100000000, 0x0000000100000000)', lowMax: '0x0000000100000000', highMax: '0x0000000100000000' })
  })

  it('calls the window arm64 6.2–6.4 retries the same window, not an empty one: its fallback searches [0, HIGH) again', () => {
    const v62 = { ...noZones, ramSize: '2G', kernels: [{ release: '6.2.0', imageSize: '0x2010000' }], cmdline: 'crashkernel=3G' }
    const f = of(run(v62), 'CK005')[0]
    expect(f?.data).toMatchObject({ retried: 'the same window', window: '[0x0000000000000000, 0x0001000000000000)' })
    expect(f?.message).toContain('the fallback retries the same window [0x0000000000000000, 0x0001000000000000) forever')
    expect(of(run(noZones), 'CK005')[0]?.message).toContain('the fallback retries the empty window [0x0010000000000000, 0x0010000000000000) forever')
  })

  it('arm64 6.5–6.6 retry [LOW, HIGH) as the generic code later does: the empty window (docs/rules/CK005.md)', () => {
    for (const release of ['6.5.0', '6.6.0']) {
      const f = of(run({ ...noZones, ramSize: '2G', kernels: [{ release, imageSize: '0x2010000' }], cmdline: 'crashkernel=3G' }), 'CK005')[0]
      expect(f?.data).toMatchObject({ retried: 'the empty window', window: '[0x0001000000000000, 0x0001000000000000)' })
    }
  })

  it('quotes the zone block, the only trace the kernel leaves: no DMA zone, so LOW == HIGH', () => {
    const evidence = of(run(noZones), 'CK005')[0]!.evidence
    const texts = evidence.map((e) => e.text)
    expect(texts).toContain('Zone ranges:')
    expect(texts.filter((t) => /^ {2}DMA/.test(t))).toEqual([])
    // mm/mm_init.c prints the block with pr_info().
    expect(evidence.every((e) => e.level === 'info')).toBe(true)
  })

  it('good: a size that fits', () => {
    expect(run({ ...noZones, cmdline: 'crashkernel=256M' }).findings).toEqual([])
  })
})
