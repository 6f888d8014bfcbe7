// SPDX-License-Identifier: GPL-2.0-only
/**
 * dma.iortLimitBits on an arm64 board that boots with a device tree. The kernel reads the IORT
 * only under ACPI: acpi_iort_dma_get_max_cpu_address() returns PHYS_ADDR_MAX when acpi_disabled
 * (drivers/acpi/arm64/iort.c v5.10.223:1758, v6.1.192:1985, v6.12.117:1994, v7.2.13:2128), so
 * zone_sizes_init() / dma_limits_init() (arch/arm64/mm/init.c) size ZONE_DMA without it. Before,
 * the engine applied the limit on every boot, and a 30-bit IORT on a device-tree board moved
 * 6.12's ZONE_DMA and CRASH_ADDR_LOW_MAX to 1 GiB.
 */
import { describe, expect, it } from 'vitest'
import { check } from '../../src/index.js'

const KERNELS = ['5.10', '6.1', '6.12', '7.2']
const vm = (id: string, extra: Record<string, unknown> = {}) => ({ id, extends: 'qemu-virt-arm64', ramSize: '4G', kernels: KERNELS, cmdline: 'crashkernel=256M', ...extra })
const text = (boards: unknown[], defaults?: unknown) => JSON.stringify({ version: 1, ...(defaults !== undefined && { defaults }), boards }, null, 2)
const facts = (t: string) => {
  const r = check(t, 'm.json', { suggest: false })
  const by = (id: string) => r.layouts.filter((l) => l.boardId === id).map((l) => [l.kernel, l.result.lowMax, l.result.zones.map((z) => `${z.name}`).join(',')])
  return { r, by }
}

describe('dma.iortLimitBits without "acpi": true', () => {
  it('limits nothing on a device-tree boot, as the kernel reads no IORT then; an ACPI boot still reads it', () => {
    const { r, by } = facts(text([vm('dt', { dma: { iortLimitBits: [30] } }), vm('plain'), vm('acpi', { acpi: true, dma: { iortLimitBits: [30] } }), vm('acpiPlain', { acpi: true })]))
    expect(by('dt')).toEqual(by('plain'))
    expect(r.layouts.filter((l) => l.boardId === 'dt').map((l) => l.result.lowMax)).toEqual([1n << 32n, 1n << 32n, 1n << 32n, 1n << 32n])
    // ACPI: 6.12 and 7.2 take the exact 1 GiB limit (RAM from 1 GiB: ZONE_DMA empty); 5.10 and
    // 6.1 widen a limit below the start of RAM to 4G (max_zone_phys()), as without it.
    const acpi = r.layouts.filter((l) => l.boardId === 'acpi').map((l) => [l.kernel.split('.').slice(0, 2).join('.'), l.result.lowMax])
    expect(acpi).toEqual([['5.10', 1n << 32n], ['6.1', 1n << 32n], ['6.12', 1n << 30n], ['7.2', 1n << 30n]])
    expect(by('acpi')).not.toEqual(by('acpiPlain'))
  })

  it('is an SC003 warning at the setting, saying the kernel reads the IORT only under ACPI and to set "acpi": true', () => {
    const t = text([vm('dt', { dma: { iortLimitBits: [32, 30] } }), vm('acpi', { acpi: true, dma: { iortLimitBits: [30] } }), vm('empty', { dma: { iortLimitBits: [] } })])
    const sc003 = check(t, 'm.json', { suggest: false }).findings.filter((f) => f.ruleId === 'SC003')
    const line = t.split('\n').findIndex((l) => l.includes('"iortLimitBits"')) + 1
    expect(sc003.map((f) => [f.boardId, f.severity, f.messageId, f.location?.line])).toEqual([['dt', 'warning', 'iortWithoutAcpi', line]])
    expect(sc003[0]!.message).toBe(
      '"dma.iortLimitBits" [32, 30] limits nothing on this board: the kernel reads the IORT only when it boots with ACPI, and the board boots with a device tree ("acpi" is false), so ZONE_DMA and the crash kernel\'s low limit are sized without it; set "acpi": true if the board boots with ACPI (UEFI with ACPI tables, as servers do), else remove "iortLimitBits" (a device tree gives its DMA limits as dma.ranges)',
    )
  })

  it('is reported for each device-tree board that inherits it from defaults, at the defaults', () => {
    const r = check(text([vm('a'), vm('b', { acpi: true })], { dma: { iortLimitBits: [30] } }), 'm.json', { suggest: false })
    expect(r.findings.filter((f) => f.messageId === 'iortWithoutAcpi').map((f) => [f.boardId, f.pointer])).toEqual([['a', '/defaults/dma/iortLimitBits']])
  })

  it('quotes a long list clipped, as the other SC003 messages quote user values: every board that inherits it gets its own', () => {
    // 1,024 entries (the schema's array limit) in defaults, read by every board of a fleet.
    const bits = Array.from({ length: 1024 }, (_, i) => 32 + (i % 30))
    const r = check(text([vm('a'), vm('b')], { dma: { iortLimitBits: bits } }), 'm.json', { suggest: false })
    const found = r.findings.filter((f) => f.messageId === 'iortWithoutAcpi')
    expect(found).toHaveLength(2)
    for (const f of found) {
      expect(f.message.length).toBeLessThan(1600)
      expect(f.message).toMatch(/^"dma\.iortLimitBits" \[32, 33, 34, .*… limits nothing on this board/)
    }
  })
})

describe('dma.iortLimitBits on an ACPI board booted with acpi=off', () => {
  it('is an SC003 warning naming the kernels whose command line has acpi=off: they boot from the EFI stub\'s tree and read no IORT', () => {
    const acpi = { acpi: true, dma: { iortLimitBits: [30] } }
    const t = text([
      vm('off', { ...acpi, cmdline: 'acpi=off crashkernel=256M' }),
      vm('on', { ...acpi, cmdline: 'acpi=on crashkernel=256M' }),
      vm('one', { ...acpi, kernels: ['6.1', { release: '6.12', cmdline: 'acpi=force acpi=off crashkernel=256M' }] }),
    ])
    const r = check(t, 'm.json', { suggest: false })
    const found = r.findings.filter((f) => f.ruleId === 'SC003')
    expect(found.map((f) => [f.boardId, f.severity, f.messageId])).toEqual([
      ['off', 'warning', 'iortAcpiOff'],
      ['one', 'warning', 'iortAcpiOff'],
    ])
    expect(found[0]!.message).toBe(
      '"dma.iortLimitBits" [30] limits nothing with `acpi=off` on the command line (kernels 5.10, 6.1, 6.12, 7.2): the kernel then boots with the EFI stub\'s device tree instead of ACPI and reads no IORT, so ZONE_DMA and the crash kernel\'s low limit are sized without it; drop `acpi=off` if the limits should apply',
    )
    expect(found[1]!.message).toContain('(kernel 6.12)')
    // What the warning says: 6.12 with acpi=off sizes its low limit without the IORT's 1 GiB.
    const low = (id: string) => r.layouts.filter((l) => l.boardId === id).map((l) => l.result.lowMax)
    expect(low('off')).toEqual([1n << 32n, 1n << 32n, 1n << 32n, 1n << 32n])
    expect(low('on')).toEqual([1n << 32n, 1n << 32n, 1n << 30n, 1n << 30n])
  })
})
