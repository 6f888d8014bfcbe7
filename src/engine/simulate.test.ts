// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { caseToBoard } from '../oracle/case-board.js'
import { boardToLayouts } from '../oracle/decode-board.js'
import type { OracleCase } from '../oracle/run-case.js'
import { resolveKernelRelease, simulate } from './simulate.js'

const layoutOf = (id: string) =>
  boardToLayouts(caseToBoard((JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'oracle', 'cases', `${id}.json`), 'utf8')) as OracleCase).input))[0]!

describe('simulate()', () => {
  it.each(['arm64-6.12-plain-4G-ck1G', 'amd64-6.1-q35-4G-ck256M', 'riscv64-7.2-virt-4G-ck3G'])(
    '%s: a series kernel is simulated, and reported, as its release',
    (id) => {
      const layout = layoutOf(id)
      const series = layout.kernel.split('.').slice(0, 2).join('.')
      const release = resolveKernelRelease(series)!
      expect(release).toMatch(/^\d+\.\d+\.\d+$/)
      const r = simulate({ ...layout, kernel: series })
      expect(r.kernel).toBe(release)
      expect(r).toEqual(simulate({ ...layout, kernel: release }))
    },
  )
})

describe('resolveKernelRelease()', () => {
  it('refuses a release with a leading zero rather than read "6.01" as 6.1 without 6.1\'s profile', () => {
    expect(['6.01', '6.1.07', '06.12'].map(resolveKernelRelease)).toEqual([undefined, undefined, undefined])
    expect(['6.1', '6.0', '7.0.4', '6.12.0'].map(resolveKernelRelease)).toEqual(['6.1.192', '6.0.0', '7.0.4', '6.12.0'])
  })
})

describe('simulate(): the request at the boundary', () => {
  it.each(['arm64-5.10-plain-4G-ck256M', 'amd64-5.10-q35-4G-ck512M', 'arm64-6.12-plain-4G-ck1G'])('%s without crashkernel=: just { present: false }', (id) => {
    const layout = layoutOf(id)
    const r = simulate({ ...layout, cmdline: layout.cmdline.replace(/\s*crashkernel=\S+/g, '') })
    expect(r.crashkernel).toEqual({ kind: 'not-requested' })
    expect(r.request).toEqual({ present: false })
  })

  it.each(['arm64-5.10-plain-4G-ck256M', 'amd64-5.10-q35-4G-ck512M', 'arm64-6.12-plain-4G-ck1G'])('%s: crashkernel=X@0 is crashkernel=X (crash_base 0 is "no fixed base" in every generation)', (id) => {
    const layout = layoutOf(id)
    const plain = simulate(layout)
    const at0 = simulate({ ...layout, cmdline: layout.cmdline.replace(/crashkernel=(\S+)/, 'crashkernel=$1@0') })
    expect(plain.request.base).toBe(0n)
    expect(at0.request).toEqual(plain.request)
    expect(at0.crashkernel).toEqual(plain.crashkernel)
  })
})

describe('simulate(): parse_early_param() comes first', () => {
  it.each(['amd64-6.1-q35-4G-ck256M', 'arm64-6.12-plain-4G-ck1G', 'riscv64-7.2-virt-4G-ck3G'])('%s: an early parameter that faults stops the boot there: nothing after it is simulated', (id) => {
    const layout = layoutOf(id)
    const r = simulate({ ...layout, cmdline: `movablecore kernelcore ${layout.cmdline}` })
    expect(r.crashkernel).toEqual({ kind: 'hang', cause: 'early-param', param: 'kernelcore', fault: 'null-dereference', at: 'lib/cmdline.c parse_option_str', fn: 'parse_option_str' })
    expect(r.request).toEqual({ present: true })
    expect(r.trace).toEqual([{ level: 'warn', source: 'params', text: "Malformed early option 'movablecore'" }])
    expect({ zones: r.zones, zoneLines: r.zoneLines, memory: r.memory, reserved: r.reserved, systemRam: r.systemRam, linearMap: r.linearMap }).toEqual({ zones: [], zoneLines: [], memory: [], reserved: [], systemRam: 0n, linearMap: undefined })
    expect(r.protection.available).toBe(false)
    expect(simulate({ ...layout, cmdline: 'kernelcore' }).request).toEqual({ present: false })
  })

  it.each(['amd64-6.1-q35-4G-ck256M', 'arm64-6.12-plain-4G-ck1G', 'riscv64-7.2-virt-4G-ck3G'])('%s: what the handlers print comes before every line of the boot (a bare movablecore, as the kernel orders it)', (id) => {
    // test/boots/early-params/amd64-6.12-4G-movablecore-bare: the line follows the BIOS e820
    // map, before anything memblock, the crash reservation or the zones print.
    const layout = layoutOf(id)
    const r = simulate({ ...layout, cmdline: `${layout.cmdline} movablecore` })
    expect(r.trace[0]).toEqual({ level: 'warn', source: 'params', text: "Malformed early option 'movablecore'" })
    expect(r.trace.filter((e) => e.text.startsWith('Malformed'))).toHaveLength(1)
    expect(r.trace.slice(1)).toEqual(simulate(layout).trace)
  })
})

describe('simulate(): parse_args("Booting kernel") comes after setup_arch()', () => {
  // start_kernel() (init/main.c v5.10.223, v6.1.192, v6.12.117) runs setup_arch(), prints
  // "Kernel command line:", then parse_args("Booting kernel"): the __setup() handlers and
  // builtin module parameters print after every line of the arch's boot. Booted:
  // test/boots/early-params/arm64-5.10-4G-rodata-junk and arm64-6.12-4G-kfence-abc, where
  // they follow the CMA and "crashkernel reserved" lines.
  const kfenceLine = { level: 'err', source: 'params', text: "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'" }
  const rodataLine = { level: 'warn', source: 'params', text: "Invalid option string for rodata: 'junk'" }

  it('arm64 6.12 (deferred reservation): the kfence.sample_interval line is the last, after the CMA and crash kernel lines', () => {
    const layout = layoutOf('arm64-6.12-plain-4G-ck1G')
    const r = simulate({ ...layout, cmdline: `${layout.cmdline} kfence.sample_interval=abc` })
    expect(r.trace.map((e) => e.source)).toContain('crashkernel')
    expect(r.trace).toEqual([...simulate(layout).trace, kfenceLine])
  })

  it("arm64 5.10: rodata=junk's early line first, set_debug_rodata()'s last", () => {
    const layout = layoutOf('arm64-5.10-plain-4G-ck256M')
    const r = simulate({ ...layout, cmdline: `${layout.cmdline} rodata=junk` })
    expect(r.trace).toEqual([{ level: 'warn', source: 'params', text: "Malformed early option 'rodata'" }, ...simulate(layout).trace, rodataLine])
  })

  it('arm64 5.10 without DMA zones (the reservation in arm64_memblock_init(), before paging_init()): still after the CMA line bootmem_init() prints', () => {
    const base = layoutOf('arm64-5.10-plain-4G-ck256M')
    const layout = { ...base, config: { ...base.config, ZONE_DMA: false, ZONE_DMA32: false } }
    const r = simulate({ ...layout, cmdline: `${layout.cmdline} rodata=junk` })
    expect(r.trace.map((e) => e.source)).toEqual(['params', ...simulate(layout).trace.map((e) => e.source), 'params'])
    expect(r.trace.at(-1)).toEqual(rodataLine)
    expect(r.trace.findIndex((e) => e.source === 'cma')).toBeGreaterThan(r.trace.findIndex((e) => e.source === 'crashkernel'))
  })

  it('a boot that hangs in the reservation prints nothing after it: no zone block where it comes after, the one before it stays', () => {
    // arm64 without DMA zones, 900M in 1 GiB: 6.12 prints the zone block in bootmem_init(),
    // before arch_reserve_crashkernel(); 7.2 after setup_arch(), which the hang never leaves.
    const base = layoutOf('arm64-6.12-plain-1G-ck256M')
    const noDma = { ...base, config: { ...base.config, ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=900M' }
    const arm612 = simulate(noDma)
    expect(arm612.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry' })
    expect(arm612.zoneLines[0]).toBe('Zone ranges:')
    const arm72 = simulate({ ...noDma, kernel: '7.2' })
    expect(arm72.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry' })
    expect(arm72.zoneLines).toEqual([])
    expect(arm72.zoneLinesAt).toBe(arm72.trace.length)
    // What bootmem_init() printed before the reservation stays.
    expect(arm72.trace.map((e) => e.text).filter((t) => /^(NODE_DATA|cma:)/.test(t))).toHaveLength(2)
    // riscv64 prints the zone block in misc_mem_init(), before the reservation, up to 6.x; from
    // 7.0 after it (the oracle's 7.2 boot of this layout hung and printed nothing after it).
    const rv = layoutOf('riscv64-7.2-virt-1G-ck512M')
    const on72 = simulate(rv)
    expect(on72.crashkernel).toMatchObject({ kind: 'hang' })
    expect(on72.zoneLines).toEqual([])
    const on612 = simulate({ ...rv, kernel: '6.12' })
    expect(on612.crashkernel).toMatchObject({ kind: 'hang' })
    expect(on612.zoneLines[0]).toBe('Zone ranges:')
    expect(on612.zoneLinesAt).toBeLessThanOrEqual(on612.trace.length)
  })

  it('a boot that hangs in the reservation never gets there: no parse_args() line', () => {
    // arm64 6.12 without DMA zones: CRASH_ADDR_LOW_MAX is CRASH_ADDR_HIGH_MAX, so 900M that
    // does not fit in 1 GiB retries the same window for ever (reserve_crashkernel_generic()).
    const base = layoutOf('arm64-6.12-plain-1G-ck256M')
    const layout = { ...base, config: { ...base.config, ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=900M kfence.sample_interval=abc' }
    const r = simulate(layout)
    expect(r.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry' })
    expect(r.trace.map((e) => e.text)).not.toContain(kfenceLine.text)
    expect(simulate({ ...layout, cmdline: 'crashkernel=900M,high kfence.sample_interval=abc' }).trace.at(-1)).toEqual(kfenceLine)
  })
})
