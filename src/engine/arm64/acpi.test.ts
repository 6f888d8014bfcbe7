// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64's ACPI-or-device-tree choice: `acpi=off|on|force` (parse_acpi()) and
 * acpi_boot_table_init() (arch/arm64/kernel/acpi.c v5.10.223, v6.1.192, v6.12.117, v7.2.13),
 * and what setup_arch() does with acpi_disabled: the tree unflattened or not, the IORT read
 * or not, the dma-ranges read or not.
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../../matrix/decode.js'
import { simulate } from '../index.js'
import { parseEarlyParamStops } from '../early-params.js'
import { policyFor } from '../policies/index.js'
import { ACPI_BOOT_5_10, ACPI_BOOT_6_16, ACPI_BOOT_6_12, acpiBootTableInit, acpiParamsFromCmdline, parseAcpi, type AcpiParams } from './acpi.js'

const G = 1n << 30n
const none = (): AcpiParams => ({ off: false, on: false, force: false })

/** A QEMU virt board with 4 GiB; `acpi: true` makes it UEFI firmware with ACPI tables (EDK2). */
function run(kernel: string, cmdline: string, extra: Record<string, unknown> = {}) {
  const decoded = decodeMatrix({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline, ...extra }] } as never)
  expect(decoded.problems).toEqual([])
  return simulate(decoded.layouts[0]!.layout)
}
const acpiLines = (r: ReturnType<typeof run>) => r.trace.filter((t) => t.source === 'acpi' || /acpi/i.test(t.text)).map((t) => t.text)
const unflattened = (r: ReturnType<typeof run>) => r.reserved.filter((x) => x.owner === 'unflatten_device_tree').length > 0
const dmaZone = (r: ReturnType<typeof run>) => r.zones.find((z) => z.name === 'DMA')

describe('parse_acpi()', () => {
  it('off, on and force set their flag; nospcr is a word from 6.11; anything else, or no value, is -EINVAL', () => {
    for (const [arg, flag] of [['off', 'off'], ['on', 'on'], ['force', 'force']] as const) {
      const p = none()
      expect(parseAcpi(arg, p, ACPI_BOOT_5_10)).toBe(0)
      expect(p).toEqual({ ...none(), [flag]: true })
    }
    expect(parseAcpi('nospcr', none(), ACPI_BOOT_5_10)).toBe(-22)
    expect(parseAcpi('nospcr', none(), ACPI_BOOT_6_12)).toBe(0)
    // strcmp(): case and the whole word count; NULL (a bare `acpi`) is refused first.
    for (const arg of ['OFF', 'of', 'off,force', '', null]) expect(parseAcpi(arg, none(), ACPI_BOOT_6_16)).toBe(-22)
  })
  it('every acpi= token of the command line counts, through next_arg() tokens and parameq()', () => {
    expect(acpiParamsFromCmdline('console=ttyAMA0 acpi=off crashkernel=256M', ACPI_BOOT_6_12)).toEqual({ off: true, on: false, force: false })
    expect(acpiParamsFromCmdline('acpi=force acpi=off', ACPI_BOOT_6_12)).toEqual({ off: true, on: false, force: true })
    // Past `--` the words are init's; a quoted value is the word itself.
    expect(acpiParamsFromCmdline('crashkernel=256M -- acpi=off', ACPI_BOOT_6_12)).toEqual(none())
    expect(acpiParamsFromCmdline('acpi="on"', ACPI_BOOT_6_12)).toEqual({ off: false, on: true, force: false })
    expect(acpiParamsFromCmdline('acpi_force_table_verification', ACPI_BOOT_6_12)).toEqual(none())
  })
  it('do_early_param() prints "Malformed early option \'acpi\'" for a word parse_acpi() refuses (arm64)', () => {
    const layout = { pageSize: 4096n, vaBits: 48, config: { CMA: true, DEBUG_PAGEALLOC: false } }
    const printed = (kernel: string, cmdline: string) => parseEarlyParamStops('arm64', cmdline, policyFor('arm64', kernel === '6.12' ? '6.12.117' : '6.1.192')!, layout).events.map((e) => e.text)
    expect(printed('6.12', 'acpi=junk')).toEqual(["Malformed early option 'acpi'"])
    expect(printed('6.12', 'acpi')).toEqual(["Malformed early option 'acpi'"])
    expect(printed('6.12', 'acpi=nospcr acpi=off acpi=on acpi=force')).toEqual([])
    expect(printed('6.1', 'acpi=nospcr')).toEqual(["Malformed early option 'acpi'"])
  })
  it('nospcr from 6.11 (arch/arm64/kernel/acpi.c@v6.11:63; not in v6.8)', () => {
    const layout = { pageSize: 4096n, vaBits: 48, config: { CMA: true, DEBUG_PAGEALLOC: false } }
    const printed = (release: string) => parseEarlyParamStops('arm64', 'acpi=nospcr', policyFor('arm64', release)!, layout).events.map((e) => e.text)
    expect(printed('6.8.0')).toEqual(["Malformed early option 'acpi'"])
    expect(printed('6.10.14')).toEqual(["Malformed early option 'acpi'"])
    expect(printed('6.11.0')).toEqual([])
    expect(printed('6.11.11')).toEqual([])
  })
})

describe('acpi_boot_table_init()', () => {
  const acpiFw = { tables: true, dtIsStub: true }
  const dtFw = { tables: false, dtIsStub: false }
  it('ACPI firmware (the EFI stub\'s tree): ACPI unless acpi=off', () => {
    expect(acpiBootTableInit(none(), acpiFw, ACPI_BOOT_6_12, '')).toEqual({ acpiDisabled: false, events: [] })
    expect(acpiBootTableInit({ ...none(), off: true }, acpiFw, ACPI_BOOT_6_12, '').acpiDisabled).toBe(true)
    // acpi=off wins over force, whatever the order on the command line.
    expect(acpiBootTableInit({ off: true, on: true, force: true }, acpiFw, ACPI_BOOT_6_12, '').acpiDisabled).toBe(true)
  })
  it('a device tree: the tree unless acpi=on|force; with no tables acpi=on falls back, acpi=force keeps ACPI on', () => {
    expect(acpiBootTableInit(none(), dtFw, ACPI_BOOT_6_12, '')).toEqual({ acpiDisabled: true, events: [] })
    const on = acpiBootTableInit({ ...none(), on: true }, dtFw, ACPI_BOOT_6_12, '')
    expect(on).toEqual({
      acpiDisabled: true,
      events: [
        { level: 'info', source: 'acpi', text: 'ACPI: Early table checksum verification disabled' },
        { level: 'err', source: 'acpi', text: 'ACPI: Failed to init ACPI tables' },
      ],
    })
    expect(acpiBootTableInit({ ...none(), force: true }, dtFw, ACPI_BOOT_6_12, '').acpiDisabled).toBe(false)
    // 6.16+: ACPICA's status first; acpi_force_table_verification turns the checksum line around.
    expect(acpiBootTableInit({ ...none(), on: true }, dtFw, ACPI_BOOT_6_16, 'acpi_force_table_verification').events.map((e) => e.text)).toEqual([
      'ACPI: Early table checksum verification enabled',
      'ACPI: Failed to initialize tables, status=0x5 (AE_NOT_FOUND)',
      'ACPI: Failed to init ACPI tables',
    ])
  })
})

describe('the boot under acpi=', () => {
  it.each(['5.10', '6.1', '6.12', '7.2'])('%s: an ACPI board booted with acpi=off unflattens the (stub) tree and reads no IORT', (kernel) => {
    const acpi = { acpi: true, dma: { iortLimitBits: [30] } }
    const withAcpi = run(kernel, 'crashkernel=256M', acpi)
    const off = run(kernel, 'acpi=off crashkernel=256M', acpi)
    const dt = run(kernel, 'crashkernel=256M')
    expect(unflattened(withAcpi)).toBe(false)
    expect(unflattened(off)).toBe(true)
    // The IORT's 30 bits are gone: ZONE_DMA as on a device-tree boot (4G, RAM from 1 GiB).
    expect(dmaZone(off)).toEqual(dmaZone(dt))
    expect(acpiLines(off)).toEqual([])
    // acpi=on and acpi=force change nothing where the firmware's tree is a stub.
    for (const p of ['acpi=on', 'acpi=force']) expect(run(kernel, `${p} crashkernel=256M`, acpi).crashkernel).toEqual(withAcpi.crashkernel)
  })
  it('6.12: the IORT limit moves the crash kernel\'s low limit only while ACPI is on', () => {
    const acpi = { acpi: true, dma: { iortLimitBits: [30] } }
    expect(run('6.12', 'crashkernel=256M', acpi).lowMax).toBe(G)
    expect(run('6.12', 'acpi=off crashkernel=256M', acpi).lowMax).toBe(4n * G)
  })
  it.each(['5.10', '6.12', '7.2'])('%s: a device-tree board with acpi=on prints the failure and boots from its tree; acpi=force keeps ACPI on', (kernel) => {
    const dma = { dma: { ranges: [{ node: '/soc', busAddr: '0x0', cpuAddr: '0x40000000', size: '0x40000000' }] } }
    const dt = run(kernel, 'crashkernel=256M', dma)
    const on = run(kernel, 'acpi=on crashkernel=256M', dma)
    const force = run(kernel, 'acpi=force crashkernel=256M', dma)
    const failed = [
      'ACPI: Early table checksum verification disabled',
      ...(kernel === '7.2' ? ['ACPI: Failed to initialize tables, status=0x5 (AE_NOT_FOUND)'] : []),
      'ACPI: Failed to init ACPI tables',
    ]
    expect(acpiLines(dt)).toEqual([])
    expect(acpiLines(on)).toEqual(failed)
    // With ACPI kept on, NUMA init asks ACPI for its SRAT and fails: 5.10 says so (pr_info()
    // in arm64_acpi_numa_init()); from 6.12 it is pr_debug() (numa.ts ARCH_NUMA_LOG_*).
    expect(acpiLines(force)).toEqual([...failed, ...(kernel === '5.10' ? ['ACPI: NUMA: Failed to initialise from firmware'] : [])])
    expect(unflattened(on)).toBe(true)
    expect(on.crashkernel).toEqual(dt.crashkernel)
    expect(dmaZone(on)).toEqual(dmaZone(dt))
    // ACPI on: no tree unflattened, so no dma-ranges either (of_root NULL).
    expect(unflattened(force)).toBe(false)
    expect(dmaZone(force)).not.toEqual(dmaZone(dt))
  })
})
