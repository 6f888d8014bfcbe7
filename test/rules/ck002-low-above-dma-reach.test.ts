// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { RPI4_4G, RPI4_8G, of, run } from './helpers.js'

describe('CK002 low-above-dma-reach', () => {
  it('bad: arm64 5.10.20 keeps the region below 4 GiB, out of reach of the RPi4 SD card (30-bit DMA)', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['5.10.20'], cmdline: 'crashkernel=256M' })
    const [f, ...rest] = of(report, 'CK002')
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      severity: 'error',
      messageId: 'mainAboveReach',
      pointer: '/boards/0/cmdline',
      data: { device: 'emmc2 (SD card)', reach: '0x000000003fffffff', reachable: 'none', region: '[0x00000000ec000000, 0x00000000fc000000)' },
    })
    expect(f?.evidence.map((e) => e.text)).toContain('crashkernel reserved: 0x00000000ec000000 - 0x00000000fc000000 (256 MB)')
    expect(f?.evidence.some((e) => e.source === 'zones')).toBe(true)
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=256M@0x[0-9a-f]+$/)
    const base = BigInt(f!.suggestion!.replacement!.split('@')[1]!)
    expect(base + 0x10000000n - 1n <= 0x3fffffffn).toBe(true)
  })

  it('bad: says how much of the region the device reaches (its limit is inclusive)', () => {
    // 5.10.20 puts 256 MiB at [0xec000000, 0xfc000000); a NIC reaching up to 0xf3ffffff reaches its first 128 MiB.
    const nic = { name: 'nic', dmaLimit: '0xf3ffffff', dumpTarget: true }
    const f = of(run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['5.10.20'], cmdline: 'crashkernel=256M', devices: [nic] }), 'CK002')[0]
    expect(f).toMatchObject({ messageId: 'mainAboveReach', data: { device: 'nic', region: '[0x00000000ec000000, 0x00000000fc000000)', reachable: '128 MiB' } })
  })

  it('bad: says when the device reaches no RAM at all (its reach below the first bank), and only then', () => {
    const board = (dmaLimit: string) => ({ id: 'v', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M', devices: [{ name: 'sd', dmaLimit, dumpTarget: true }] })
    const [f] = of(run(board('0x3fffffff')), 'CK002')
    expect(f?.data.noRam).toBe('; no RAM is within that reach at all, RAM starts at 0x0000000080000000: check the device\'s "dmaLimit" or its bus\'s dma-ranges')
    expect(f?.message).toContain('none of it reachable; no RAM is within that reach at all')
    // An ACPI boot reads no dma-ranges: only the device's own limit is named.
    const acpi = of(run({ id: 'a', extends: 'qemu-virt-arm64', ramSize: '4G', acpi: true, kernels: ['6.12'], cmdline: 'crashkernel=256M', devices: [{ name: 'sd', dmaLimit: '0x3fffffff', dumpTarget: true }] }), 'CK002')[0]
    expect(acpi?.data.noRam).toBe('; no RAM is within that reach at all, RAM starts at 0x0000000040000000: check the device\'s "dmaLimit"')
    // A reach inside RAM that misses the region: no such words.
    const [g] = of(run(board('0x9fffffff')), 'CK002')
    expect([g?.messageId, g?.data.noRam]).toEqual(['mainAboveReach', ''])
  })

  it('is reported per dump target: one that reaches the region is not, and a limit at the region\'s last byte reaches it', () => {
    const pi = (devices: unknown[]) => ({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['5.10.20'], cmdline: 'crashkernel=256M', devices })
    const nvme = { name: 'nvme', dmaLimit: '0xffffffffff', dumpTarget: true }
    const sd = { name: 'sd', dmaLimit: '0x3fffffff', dumpTarget: true }
    expect(of(run(pi([nvme, sd])), 'CK002').map((f) => [f.data.device, f.data.devicePointer])).toEqual([['sd', '/boards/0/devices/1']])
    // The region is [0xec000000, 0xfc000000): a dmaLimit of 0xfbffffff (inclusive) covers it.
    expect(of(run(pi([{ name: 'nic', dmaLimit: '0xfbffffff', dumpTarget: true }])), 'CK002')).toEqual([])
  })

  it('bad: arm64 6.1 crashkernel=X,high reserves no low part, so the SD card reaches no kdump memory', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.1'], cmdline: 'crashkernel=512M,high' })
    const f = of(report, 'CK002')[0]
    expect(f).toMatchObject({ messageId: 'lowMissing', data: { device: 'emmc2 (SD card)' } })
    expect(f?.suggestion).toMatchObject({ replacement: 'crashkernel=512M,high crashkernel=128M,low' })
    expect(f?.alternatives?.map((a) => a.replacement)).toContain('6.12')
  })

  it('is a warning when the board does not expect the dump target to be reachable', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.1'], cmdline: 'crashkernel=512M,high', expect: { dumpTargetReachable: false } })
    expect(of(report, 'CK002')[0]?.severity).toBe('warning')
  })

  // riscv64-5.13 (5.13 – 5.16) searches one window, all of DRAM: there is no
  // CRASH_ADDR_LOW_MAX for the message to say the region was kept below.
  const riscv = (kernels: string[], extra: Record<string, unknown> = {}) => ({
    id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels, image: { base: '0x80200000', size: '32M' },
    devices: [{ name: 'mmc', dmaLimit: '0xffffffff', dumpTarget: true }], cmdline: 'crashkernel=512M', ...extra,
  })

  it('bad: riscv 5.13 – 5.16 put the region at the top of RAM, with no low limit, and say so', () => {
    const report = run(riscv(['5.13', '5.16']))
    const found = of(report, 'CK002')
    expect(found.map((f) => [f.kernel, f.messageId])).toEqual([['5.13.0', 'noLowLimit'], ['5.16.0', 'noLowLimit']])
    const layout = report.layouts[0]!.result
    // The one window is all of DRAM: its end is both limits the report records.
    expect([layout.lowMax, layout.highMax]).toEqual([0x280000000n, 0x280000000n])
    for (const f of found) {
      expect(f.message).not.toContain('CRASH_ADDR_LOW_MAX')
      expect(f.message).toContain('nothing in this kernel keeps it lower, it searches all of RAM for it, up to 0x0000000280000000')
      expect(f.suggestion?.replacement).toMatch(/^crashkernel=512M@0x[0-9a-f]+$/)
    }
  })

  it('good: riscv 5.17 tries below 4 GiB first, in reach of a 32-bit device', () => {
    expect(of(run(riscv(['5.17'])), 'CK002')).toEqual([])
  })

  it('bad: where CRASH_ADDR_LOW_MAX equals CRASH_ADDR_HIGH_MAX (arm64 without DMA zones) the message does not claim a low limit', () => {
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], config: { ZONE_DMA: false, ZONE_DMA32: false }, devices: [{ name: 'mmc', dmaLimit: '0xffffffff', dumpTarget: true }], cmdline: 'crashkernel=512M' })
    expect(report.layouts[0]!.result.lowMax).toBe(report.layouts[0]!.result.highMax)
    expect(of(report, 'CK002').map((f) => f.messageId)).toEqual(['noLowLimit'])
  })

  it('bad: a region at the command line\'s @offset is put there by the user, not kept low by the kernel', () => {
    for (const kernel of ['5.10', '6.12']) {
      const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: [kernel], cmdline: 'crashkernel=256M@0x60000000' })
      const [f, ...rest] = of(report, 'CK002')
      expect(rest).toEqual([])
      expect(f).toMatchObject({ messageId: 'fixedAboveReach', data: { region: '[0x0000000060000000, 0x0000000070000000)', reachable: 'none' } })
      expect(f!.message).not.toMatch(/high crash region|CRASH_ADDR_LOW_MAX/)
      const base = BigInt(f!.suggestion!.replacement!.split('@')[1]!)
      expect(base + 0x10000000n - 1n <= 0x3fffffffn).toBe(true)
    }
  })

  it('good: 6.12 adds the default 128 MiB low part below 1 GiB', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_8G, kernels: ['6.12'], cmdline: 'crashkernel=512M,high' })
    expect(of(report, 'CK002')).toEqual([])
    expect(report.layouts[0]?.result.crashkernel).toMatchObject({ kind: 'reserved', low: { size: 128n << 20n } })
  })
})
