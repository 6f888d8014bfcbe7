// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { RPI4_4G, of, run } from './helpers.js'

describe('CK003 fell-back-high', () => {
  const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.12'], cmdline: 'crashkernel=1G' }

  it('bad: crashkernel=1G on RPi4 6.12 falls back above the 1 GiB limit and takes a 128 MiB low part', () => {
    const [f, ...rest] = of(run(pi), 'CK003')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', messageId: 'fellBack', data: { size: '1 GiB', lowMax: '0x0000000040000000', above4g: '' } })
    expect(f?.data.lowPart).toMatch(/^and reserved a 128 MiB low part at \[/)
    // The size is in words, so it is not written as a value of the option ("crashkernel=1 GiB" is none).
    expect(f?.message).toMatch(/^crashkernel= asked for 1 GiB, which did not fit below CRASH_ADDR_LOW_MAX 0x0000000040000000; the kernel fell back to \[/)
    expect(f?.data.devices).toContain('"emmc2 (SD card)"')
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=\d+M$/)
  })

  it('quotes the zone block and the crash lines in the order the kernel printed them', () => {
    // 6.12 prints "Zone ranges:" before the deferred reservation's lines; 7.2 after them.
    const texts = (kernel: string) => of(run({ ...pi, kernels: [kernel] }), 'CK003')[0]!.evidence.map((e) => e.text)
    const first = (ts: string[], start: string) => ts.findIndex((t) => t.startsWith(start))
    const on612 = texts('6.12')
    expect(first(on612, 'Zone ranges:')).toBeGreaterThanOrEqual(0)
    expect(first(on612, 'Zone ranges:')).toBeLessThan(first(on612, 'crashkernel reserved:'))
    const on72 = texts('7.2')
    expect(first(on72, 'Zone ranges:')).toBeGreaterThan(first(on72, 'crashkernel reserved:'))
  })

  it('offers the whole size as ,high besides the smaller size, where it is at most half of System RAM', () => {
    const [f] = of(run(pi), 'CK003')
    expect(f?.alternatives?.map((a) => a.replacement)).toContain('crashkernel=1G,high')
    expect(f?.alternatives?.find((a) => a.replacement === 'crashkernel=1G,high')?.description).toMatch(/^Where the kdump kernel needs all 1 GiB, ask for it above the low limit 0x0000000040000000, where the fallback put it: "crashkernel=1G,high"/)
    // riscv64 with 8G and crashkernel=4G: 4 GiB and the low part are more than half of RAM.
    const [g] = of(run({ id: 'v', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=4G' }), 'CK003')
    expect(g?.suggestion?.replacement).toMatch(/^crashkernel=\d+M$/)
    expect((g?.alternatives ?? []).map((a) => a.replacement)).not.toContain('crashkernel=4G,high')
  })

  it('offers the whole size as ,high without the ,high and ,low the plain request left unread, which a ,high would make the kernel read', () => {
    // The kernel reads the last ,high: kept after the new token, 512M,high was what it reserved.
    const [f] = of(run({ ...pi, cmdline: 'crashkernel=1G crashkernel=512M,high' }), 'CK003')
    expect(f?.alternatives?.map((a) => a.replacement)).toContain('crashkernel=1G,high')
    expect(f?.alternatives?.map((a) => a.replacement)).not.toContain('crashkernel=1G,high crashkernel=512M,high')
    // An unread ,low would become the low part, not the fallback's "as before".
    const [g] = of(run({ ...pi, cmdline: 'crashkernel=1G crashkernel=32M,low' }), 'CK003')
    expect(g?.alternatives?.map((a) => a.replacement)).toContain('crashkernel=1G,high')
  })

  it('suggests the smaller size for the token the kernel reads, the last one, when a copy precedes it', () => {
    const [f] = of(run({ ...pi, cmdline: 'crashkernel=1G crashkernel=1G' }), 'CK003')
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=1G crashkernel=\d+M$/)
    expect(f?.suggestion?.replacement).toBe(`crashkernel=1G ${of(run(pi), 'CK003')[0]?.suggestion?.replacement}`)
  })

  it('lists every device that cannot reach the whole region (dump target or not), and says whether a low part serves them', () => {
    const region = of(run(pi), 'CK003')[0]!.data.region!
    const end = BigInt(/, (0x[0-9a-f]+)\)$/.exec(region)![1]!)
    const hex = (x: bigint) => `0x${x.toString(16)}`
    // "all" reaches the last byte of the region (dmaLimit is inclusive), "part" only its first half.
    const devices = [
      { name: 'all', dmaLimit: hex(end - 1n) },
      { name: 'part', dmaLimit: hex(end - 0x20000000n) },
      { name: 'dma30', dmaLimit: '0x3fffffff' },
    ]
    const f = of(run({ ...pi, devices }), 'CK003')[0]
    // "part" reaches into the region, so it has more than the low part: how far it reaches.
    expect(f?.data.devices).toBe(`; "dma30" can only use the low part for DMA; "part" reaches the main region only up to 0x${(end - 0x20000000n).toString(16).padStart(16, '0')}`)
    // riscv64 6.1 falls back "anywhere" without a low part (arch/riscv/mm/init.c reserve_crashkernel).
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '8G', kernels: [{ release: '6.1', imageSize: '0x1800000' }], cmdline: 'crashkernel=4G', devices: [{ name: 'dma32', dmaLimit: '0xffffffff' }] }
    expect(of(run(rv), 'CK003')[0]?.data).toMatchObject({ lowPart: 'and reserved no low part', devices: '; "dma32" cannot reach the crash region' })
  })

  it('good: a fixed @offset above the low limit did not fall back', () => {
    // nokaslr as the preset's line has it: with KASLR the fixed base is CK011's warning.
    const pc = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12'], cmdline: 'nokaslr crashkernel=256M@0x180000000' }
    expect(run(pc).findings).toEqual([])
  })

  it('is an error under expect.noFallbackAbove4G', () => {
    const f = of(run({ ...pi, expect: { noFallbackAbove4G: true } }), 'CK003')[0]
    expect(f?.severity).toBe('error')
    expect(f?.message).toMatch(/\(expect\.noFallbackAbove4G\)$/)
  })

  it('good: crashkernel=512M stays below 1 GiB', () => {
    expect(run({ ...pi, cmdline: 'crashkernel=512M' }).findings).toEqual([])
  })
})
