// SPDX-License-Identifier: GPL-2.0-only
/**
 * SC003 warnings for settings of another architecture: before, a CPU feature of the other
 * architecture (x86_64 `cpu.lpa2`, arm64 `cpu.la57`) or `acpi` on x86_64 were ignored without
 * a word, and the board was simulated as if the author had not written them.
 */
import { describe, expect, it } from 'vitest'
import { check } from '../../src/index.js'

const pc = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
const vm = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
const text = (boards: unknown[], defaults?: unknown) => JSON.stringify({ version: 1, ...(defaults !== undefined && { defaults }), boards }, null, 2)
const sc003 = (t: string) =>
  check(t, 'm.json', { suggest: false })
    .findings.filter((f) => f.ruleId === 'SC003')
    .map((f) => [f.boardId, f.severity, f.messageId, `${f.location?.line}:${f.location?.column}`, f.message])

describe('SC003 settings of another architecture', () => {
  it('warns, at the key, about each CPU feature the board\'s architecture never reads, and about "acpi" and "deviceTree" on x86_64', () => {
    const t = text([
      { ...pc, acpi: true, deviceTree: { nodes: 1, properties: 1, nameBytes: 9 }, cpu: { lpa2: true, gbpages: false } },
      { ...vm, cpu: { la57: true, lpa2: false, satpMode: 57 } },
      { ...rv, cpu: { bbml2Noabort: false } },
    ])
    const line = (needle: string, from = 0) => {
      const lines = t.split('\n')
      const i = lines.findIndex((l, k) => k >= from && l.includes(needle))
      return { i, at: `${i + 1}:${lines[i]!.indexOf(needle) + 1}` }
    }
    const vmAt = line('"id": "vm"').i
    expect(sc003(t)).toEqual([
      ['pc', 'warning', 'acpiNotRead', line('"acpi"').at, '"acpi" has no effect on x86_64, which ignores it: it says whether an arm64 kernel boots with ACPI instead of a device tree, and x86_64 has no device tree to leave out; remove "acpi" from the board'],
      ['pc', 'warning', 'deviceTreeNotRead', line('"deviceTree"').at, '"deviceTree" has no effect on x86_64, which has no device tree to unflatten: it sizes the tree an arm64 or riscv64 kernel copies out of its DTB; remove "deviceTree" from the board'],
      ['pc', 'warning', 'cpuFlagNotOnArch', line('"lpa2"').at, '"cpu.lpa2" (FEAT_LPA2, 52-bit addresses) is a CPU feature only arm64 kernels read: x86_64 ignores it, so it has no effect on this board; remove "lpa2" from the board\'s "cpu"'],
      ['vm', 'warning', 'cpuFlagNotOnArch', line('"la57"', vmAt).at, '"cpu.la57" (LA57, 5-level paging) is a CPU feature only x86_64 kernels read: arm64 ignores it, so it has no effect on this board; remove "la57" from the board\'s "cpu"'],
      ['vm', 'warning', 'cpuFlagNotOnArch', line('"satpMode"', vmAt).at, '"cpu.satpMode" (the paging mode set_satp_mode() probes for) is a CPU feature only riscv64 kernels read: arm64 ignores it, so it has no effect on this board; remove "satpMode" from the board\'s "cpu"'],
      ['rv', 'warning', 'cpuFlagNotOnArch', line('"bbml2Noabort"').at, expect.stringMatching(/^"cpu\.bbml2Noabort" \(BBML2 without TLB conflict aborts\) is a CPU feature only arm64 kernels read: riscv64 ignores it/)],
    ])
  })

  it('warns about a kernel\'s own "deviceTree" on x86_64, at its key, and simulates the kernel as without it', () => {
    const tree = { nodes: 1, properties: 1, nameBytes: 9 }
    // pc2 takes the defaults' kernels, which may be meant for the matrix's arm64 boards: no warning.
    const t = text([{ ...pc, kernels: ['6.1', { release: '6.12', deviceTree: tree }] }, { ...pc, id: 'pc2', kernels: undefined }], { kernels: [{ release: '6.12', deviceTree: tree }] })
    const lines = t.split('\n')
    const boards = lines.findIndex((l) => l.includes('"boards"'))
    const i = lines.findIndex((l, k) => k > boards && l.includes('"deviceTree"'))
    expect(sc003(t)).toEqual([
      ['pc', 'warning', 'deviceTreeNotRead', `${i + 1}:${lines[i]!.indexOf('"deviceTree"') + 1}`, '"deviceTree" has no effect on x86_64, which has no device tree to unflatten: it sizes the tree an arm64 or riscv64 kernel copies out of its DTB; remove "deviceTree" from the kernel\'s object'],
    ])
    const results = (kernels: unknown[]) => check(text([{ ...pc, kernels }]), 'm.json', { suggest: false }).layouts.map((l) => l.result)
    expect(results([{ release: '6.12', deviceTree: tree }])).toEqual(results(['6.12']))
  })

  it('refuses a board whose own arch is not its preset\'s, at the board\'s "arch"; an arch in defaults is the preset\'s to override', () => {
    // Before, the Raspberry Pi 4's RAM map, SD card and CMA pool were simulated with an x86_64 kernel.
    const pi = { id: 'pi', extends: 'raspberrypi-4', arch: 'x86_64', kernels: ['6.12'], cmdline: 'crashkernel=256M' }
    const t = text([pi, { ...vm, arch: 'arm64' }])
    const archLine = t.split('\n').findIndex((l) => l.includes('"x86_64"'))
    expect(sc003(t)).toEqual([
      ['pi', 'error', 'presetArch', `${archLine + 1}:${t.split('\n')[archLine]!.indexOf('"x86_64"') + 1}`, 'preset "raspberrypi-4" describes a machine of arch arm64 (its RAM map, devices and boot placements), and the board sets "arch": "x86_64": remove "arch" from the board, or extend a preset of x86_64 (qemu-pc-x86_64, qemu-q35-x86_64) or none'],
    ])
    const r = check(t, 'm.json', { suggest: false })
    expect(r.layouts.map((l) => l.boardId)).toEqual(['vm'])
    expect(sc003(text([pc], { arch: 'arm64' }))).toEqual([])
  })

  it('simulates the board all the same, as without the setting', () => {
    const withIt = check(text([{ ...pc, acpi: true, cpu: { lpa2: true } }, { ...vm, cpu: { la57: true } }]), 'm.json', { suggest: false })
    const without = check(text([pc, vm]), 'm.json', { suggest: false })
    expect(withIt.layouts.map((l) => l.result)).toEqual(without.layouts.map((l) => l.result))
    expect(withIt.layouts).toHaveLength(2)
    expect(withIt.counts.error).toBe(0)
  })

  it('warns about firmware DMA limits on x86_64 and riscv64, whose zones end at fixed addresses, and keeps dma.ranges for devices', () => {
    const dma = { iortLimitBits: [30], zoneDmaLimit: '0x3fffffff', ranges: [{ node: 'pcie', cpuAddr: '0x0', size: '0x40000000' }] }
    const found = sc003(text([{ ...pc, dma }, { ...rv, dma }, { ...vm, acpi: true, dma: { iortLimitBits: [30], zoneDmaLimit: '0x3fffffff' } }]))
    const prefix = (field: string, arch: string) => `"dma.${field}" has no effect on ${arch}: only arm64 sizes ZONE_DMA from the firmware's DMA limits`
    expect(found.map(([board, severity, id, , message]) => [board, severity, id, String(message).split(', and ')[0]])).toEqual([
      ['pc', 'warning', 'dmaLimitNotOnArch', prefix('iortLimitBits', 'x86_64')],
      ['pc', 'warning', 'dmaLimitNotOnArch', prefix('zoneDmaLimit', 'x86_64')],
      ['rv', 'warning', 'dmaLimitNotOnArch', prefix('iortLimitBits', 'riscv64')],
      ['rv', 'warning', 'dmaLimitNotOnArch', prefix('zoneDmaLimit', 'riscv64')],
    ])
    expect(found[0]![4]).toContain('(ZONE_DMA at 16 MiB and ZONE_DMA32 at 4 GiB)')
    expect(found[2]![4]).toContain('(ZONE_DMA32 at 4 GiB)')
    // The zones are the same as without them.
    const zones = (boards: unknown[]) => check(text(boards), 'm.json', { suggest: false }).layouts.map((l) => l.result?.zones)
    expect(zones([{ ...pc, dma }, { ...rv, dma }])).toEqual(zones([pc, rv]))
  })

  it('warns about "efiBootServices" on arm64 and riscv64, whose efi_init() leaves boot-services memory usable, and simulates the board as without it', () => {
    const efiBootServices = [{ base: '0x7bb75000', size: '0x20000' }]
    const found = sc003(text([{ ...pc, efiBootServices }, { ...vm, efiBootServices }, { ...rv, efiBootServices }]))
    expect(found.map(([board, severity, id]) => [board, severity, id])).toEqual([
      ['vm', 'warning', 'efiBootServicesNotRead'],
      ['rv', 'warning', 'efiBootServicesNotRead'],
    ])
    expect(found[0]![4]).toMatch(/^"efiBootServices" has no effect on arm64: only an x86_64 kernel reserves/)
    const results = (boards: unknown[]) => check(text(boards), 'm.json', { suggest: false }).layouts.map((l) => l.result?.crashkernel)
    expect(results([{ ...vm, efiBootServices }, { ...rv, efiBootServices }])).toEqual(results([vm, rv]))
    // On x86_64 it moves the crash kernel under the region (test/boots/amd64-uefi).
    expect(results([{ ...pc, efiBootServices }])).not.toEqual(results([pc]))
  })

  it('warns about "e820AcpiData" on arm64 and riscv64, which have no e820 table, and simulates the board as without it; on x86_64 one in RAM is refused', () => {
    const e820AcpiData = [{ base: '0x7ff00000', size: '0x20000' }]
    const found = sc003(text([{ ...pc, e820AcpiData }, { ...vm, e820AcpiData }, { ...rv, e820AcpiData }]))
    expect(found.map(([board, severity, id]) => [board, severity, id])).toEqual([
      ['pc', 'error', 'overlappingBanks'],
      ['vm', 'warning', 'e820AcpiDataNotRead'],
      ['rv', 'warning', 'e820AcpiDataNotRead'],
    ])
    expect(found[0]![4]).toMatch(/^ACPI data entry 0 \[0x000000007ff00000, 0x000000007ff20000\) overlaps /)
    expect(found[1]![4]).toMatch(/^"e820AcpiData" has no effect on arm64: only an x86_64 kernel has an e820 table/)
    const results = (boards: unknown[]) => check(text(boards), 'm.json', { suggest: false }).layouts.map((l) => l.result?.zones)
    expect(results([{ ...vm, e820AcpiData }, { ...rv, e820AcpiData }])).toEqual(results([vm, rv]))
    // Outside RAM on x86_64 (q35's hole below 2 GiB, above a mem= limit; 6.12): max_pfn, and with it DMA32, end at its end.
    const above = [{ base: '0x7ffe0000', size: '0x20000' }]
    const mem = { ...pc, cmdline: 'mem=1G crashkernel=256M' }
    expect(sc003(text([{ ...mem, e820AcpiData: above }]))).toEqual([])
    expect(results([{ ...mem, e820AcpiData: above }])).not.toEqual(results([mem]))
  })

  it('says nothing about a board\'s own architecture\'s features, nor about defaults meant for the other boards', () => {
    expect(sc003(text([{ ...pc, cpu: { la57: true, gbpages: false } }, { ...vm, acpi: true, cpu: { lpa2: true, bbml2Noabort: true } }]))).toEqual([])
    // A mixed matrix: the defaults' arm64 settings are for its arm64 boards.
    expect(sc003(text([pc, vm], { acpi: true, cpu: { lpa2: true, la57: true } }))).toEqual([])
  })
})
