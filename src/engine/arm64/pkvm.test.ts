// SPDX-License-Identifier: GPL-2.0-only
/**
 * Protected KVM's reservation (kvm_hyp_reserve(), arch/arm64/kvm/pkvm.c v6.1.192, v6.12.117,
 * v7.2.13) and the mode early_kvm_mode_cfg() leaves (arch/arm64/kvm/arm.c v5.15, v5.19,
 * v6.12.117). The sizes are the ones test/boots/pkvm's kernels printed ("kvm [0]: Reserved
 * N MiB at …"), whose whole boots test/verify/boots.test.ts checks; here the arithmetic on
 * small memblocks.
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../../matrix/decode.js'
import { simulate } from '../index.js'
import { memblockAdd, memblockCreate, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { policyFor } from '../policies/index.js'
import { Trace } from '../trace.js'
import { earlyKvmModeCfg, HYP_MEMBLOCK_REGIONS, hypPgtableMaxPages, kvmHypMemPages, kvmHypReserve, kvmModeOf } from './pkvm.js'

const M = 1n << 20n
const G = 1n << 30n
const gen = (release: string) => policyFor('arm64', release)!.pkvm
const QEMU_RAM = 0x40000000n

/** QEMU virt's RAM at 1 GiB, `ram` of it, one memblock region. */
function virt(ram: bigint, pageSize = 4096n): Memblock {
  const mb = memblockCreate(pageSize)
  memblockAdd(mb, QEMU_RAM, ram)
  return mb
}

const reserve = (mb: Memblock, release: string, cmdline = 'kvm-arm.mode=protected', el2 = true) => {
  const trace = new Trace()
  kvmHypReserve(mb, gen(release), el2, cmdline, trace)
  return { lines: trace.events.map((e) => e.text), hyp: mb.reserved.regions.filter((r) => r.owner === 'kvm_hyp_reserve').map((r) => [r.base, r.size]) }
}

describe('__hyp_pgtable_max_pages()', () => {
  it('rounds up level by level: 4 GiB of 4K pages is 2048 + 4 + 1 + 1 (+ 1 with 5 levels)', () => {
    expect(hypPgtableMaxPages(1 << 20, 4, 512)).toBe(2054)
    expect(hypPgtableMaxPages(1 << 20, 5, 512)).toBe(2055)
    expect(hypPgtableMaxPages(1 << 18, 5, 512)).toBe(516)
    expect(hypPgtableMaxPages(0, 5, 512)).toBe(0)
  })
})

describe('kvm_hyp_reserve()', () => {
  // On an empty memblock the region ends at the top of RAM; the boots' sit lower, under the
  // allocations before it, which the whole boots test checks.
  const atTop = (ram: bigint, mib: bigint) => `kvm [0]: Reserved ${mib} MiB at 0x${(QEMU_RAM + ram - mib * M).toString(16)}`
  it('6.12: the per-region sizes, PMD-aligned at the top of RAM (the 6.12.117 boots\' sizes)', () => {
    // 4 GiB: 2571 + 2587 table pages, 1024 of vmemmap, 1 of VM table, 11 of FF-A: 6194 pages, 26 MiB.
    expect(reserve(virt(4n * G), '6.12.117')).toEqual({ lines: [atTop(4n * G, 26n)], hyp: [[0x13e600000n, 26n * M]] })
    expect(reserve(virt(2n * G), '6.12.117').lines).toEqual([atTop(2n * G, 16n)])
    expect(reserve(virt(1n * G), '6.12.117').lines).toEqual([atTop(1n * G, 10n)])
    expect(reserve(virt(8n * G), '6.12.117').lines).toEqual([atTop(8n * G, 46n)])
  })
  it('6.1: the vmemmap found as a fixed point, 4 levels, no VM table or FF-A pages (the 6.1.192 boots\' sizes)', () => {
    expect(reserve(virt(2n * G), '6.1.192').lines).toEqual([atTop(2n * G, 14n)])
    expect(reserve(virt(4n * G), '6.1.192').lines).toEqual([atTop(4n * G, 22n)])
  })
  it('every region is counted on its own: two banks cost more table pages than one', () => {
    const one = reserve(virt(4n * G), '6.12.117').hyp[0]![1]!
    const mb = memblockCreate(4096n)
    for (let i = 0n; i < 64n; i++) memblockAdd(mb, QEMU_RAM + i * (64n * M + 4096n), 64n * M)
    const split = reserve(mb, '6.12.117').hyp[0]![1]!
    expect(split).toBeGreaterThan(one)
  })
  it('falls back to page alignment when no PMD-aligned block fits, keeping the unrounded size', () => {
    // 128 MiB: 584 + 600 table pages, 32 of vmemmap, 1 + 11: 1228 pages (4.8 MiB, 6 MiB rounded).
    const mb = virt(128n * M)
    memblockReserve(mb, QEMU_RAM, M)
    memblockReserve(mb, QEMU_RAM + 6n * M, 122n * M)
    // The 5 MiB hole [1 MiB, 6 MiB) holds no 6 MiB: 1228 pages from its top, page-aligned.
    const r = reserve(mb, '6.12.117')
    expect(r.lines).toEqual(['kvm [0]: Reserved 4 MiB at 0x40134000'])
    // Merged with the reservation above it: [0x40134000, 0x40600000) is the 1228 pages.
    expect(0x40600000n - 0x40134000n).toBe(1228n * 4096n)
    expect(r.hyp).toEqual([[0x40134000n, 128n * M - 0x134000n]])
  })
  it('says so when nothing fits', () => {
    const mb = virt(128n * M)
    memblockReserve(mb, QEMU_RAM, 128n * M)
    expect(reserve(mb, '6.12.117')).toEqual({ lines: ['kvm [0]: Failed to reserve hyp memory'], hyp: [] })
  })
  it('refuses more than HYP_MEMBLOCK_REGIONS regions', () => {
    const mb = memblockCreate(4096n)
    for (let i = 0n; i <= BigInt(HYP_MEMBLOCK_REGIONS); i++) memblockAdd(mb, QEMU_RAM + i * 2n * M, M)
    expect(reserve(mb, '6.12.117')).toEqual({ lines: ['kvm [0]: Failed to register hyp memblocks: -12'], hyp: [] })
  })
  it('16K pages: a 32 MiB PMD', () => {
    const r = reserve(virt(2n * G, 16384n), '6.12.117')
    expect(r.hyp[0]![1]! % (32n * M)).toBe(0n)
    expect(r.hyp[0]![0]! % (32n * M)).toBe(0n)
  })
  it('nothing without protected mode, at EL1, or on 5.10', () => {
    expect(reserve(virt(2n * G), '6.12.117', 'kvm-arm.mode=nvhe').hyp).toEqual([])
    expect(reserve(virt(2n * G), '6.12.117', 'quiet').hyp).toEqual([])
    expect(reserve(virt(2n * G), '6.12.117', 'kvm-arm.mode=protected', false)).toEqual({ lines: [], hyp: [] })
    expect(reserve(virt(2n * G), '5.10.223').hyp).toEqual([])
  })
  it('5.13: a 32-byte struct hyp_page; 5.14 the 4-byte one, as 5.15', () => {
    const pages = (release: string) => kvmHypMemPages(virt(2n * G).memory.regions, 4096n, gen(release))
    // 2 GiB: 1543 + 1559 table pages, then the fixed point: 4 + 4 pages of 4-byte entries and
    // their tables, 25 + 4 of 32-byte ones; 6.12 counts 512 vmemmap pages for all of memory.
    expect([pages('5.13.0'), pages('5.14.0'), pages('5.15.0'), pages('6.1.192'), pages('6.12.117')]).toEqual([3131, 3110, 3110, 3110, 3630])
  })
})

describe('early_kvm_mode_cfg()', () => {
  const mode = (cmdline: string, release: string, el2 = true) => kvmModeOf(cmdline, el2, gen(release))
  it('the last mode set wins; "none" a mode and "nvhe" the default from 5.17', () => {
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=none', '6.12.117')).toBe('none')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=none', '5.17.0')).toBe('none')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=none', '5.15.0')).toBe('protected')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=nvhe', '5.17.0')).toBe('other')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=nvhe', '6.0.0')).toBe('other')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=nvhe', '5.15.0')).toBe('protected')
    expect(mode('kvm_arm.mode=protected kvm-arm.mode', '6.12.117')).toBe('protected')
    expect(mode('kvm-arm.mode=protected kvm-arm.mode=nested', '7.2.13')).toBe('protected')
  })
  it('at EL1 from 6.1: every value but "none" ignored with a warning; up to 6.0 read as at EL2', () => {
    expect(earlyKvmModeCfg('protected', false, gen('6.12.117'))).toEqual({ ret: 0, warnsNoHyp: true })
    expect(earlyKvmModeCfg('bogus', false, gen('6.12.117'))).toEqual({ ret: 0, warnsNoHyp: true })
    expect(earlyKvmModeCfg('none', false, gen('6.12.117'))).toEqual({ ret: 0, sets: 'none' })
    expect(mode('kvm-arm.mode=protected', '6.0.0', false)).toBe('protected')
  })
  it('-EINVAL for a bare or unknown value (at EL2 from 6.1), and for "none" before 5.17', () => {
    expect(earlyKvmModeCfg(null, false, gen('6.12.117')).ret).toBe(-22)
    expect(earlyKvmModeCfg('bogus', true, gen('6.12.117')).ret).toBe(-22)
    expect(earlyKvmModeCfg('bogus', false, gen('6.0.0')).ret).toBe(-22)
    expect(earlyKvmModeCfg('none', true, gen('5.15.0')).ret).toBe(-22)
    expect(earlyKvmModeCfg('protected', true, gen('5.13.0'))).toEqual({ ret: 0, sets: 'protected' })
  })
})

describe('a whole boot with protected KVM (simulate())', () => {
  const boot = (cpu: Record<string, boolean>, cmdline: string, kernel = '6.12') =>
    simulate(decodeMatrix({ version: 1, boards: [{ id: 'b', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: [kernel], cpu, cmdline }] } as never).layouts[0]!.layout)
  const texts = (r: ReturnType<typeof simulate>) => r.trace.map((e) => e.text)
  it('at EL2: the linear region capped (52-bit VA), the hypervisor reserved, the crash region under it (test/boots/pkvm 6.12 2G pk1)', () => {
    const r = boot({ el2: true }, 'crashkernel=256M kvm-arm.mode=protected')
    const t = texts(r)
    const cap = t.indexOf('Capping linear region to 51 bits for KVM in nVHE mode on LVA capable hardware.')
    const hyp = t.findIndex((l) => l.startsWith('kvm [0]: Reserved 16 MiB at '))
    const crash = t.indexOf('crashkernel reserved: 0x00000000a8800000 - 0x00000000b8800000 (256 MB)')
    expect([cap >= 0, hyp > cap, crash > hyp]).toEqual([true, true, true])
  })
  it('the cap needs a 52-bit VA and the override: nvhe caps and reserves nothing; none after protected caps too', () => {
    expect(texts(boot({ el2: true, lpa2: false }, 'crashkernel=256M kvm-arm.mode=protected')).some((l) => l.startsWith('Capping'))).toBe(false)
    const nvhe = texts(boot({ el2: true }, 'crashkernel=256M kvm-arm.mode=nvhe'))
    expect([nvhe.some((l) => l.startsWith('Capping')), nvhe.some((l) => l.startsWith('kvm [0]'))]).toEqual([true, false])
    const none = texts(boot({ el2: true }, 'crashkernel=256M kvm-arm.mode=protected kvm-arm.mode=none'))
    expect([none.some((l) => l.startsWith('Capping')), none.some((l) => l.startsWith('kvm [0]'))]).toEqual([true, false])
  })
  it('at EL1: the warning first, nothing else', () => {
    const t = texts(boot({ el2: false }, 'crashkernel=256M kvm-arm.mode=protected'))
    expect(t[0]).toBe('KVM is not available. Ignoring kvm-arm.mode')
    expect(t.some((l) => l.startsWith('Capping') || l.startsWith('kvm [0]'))).toBe(false)
  })
})
