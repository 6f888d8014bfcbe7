// SPDX-License-Identifier: GPL-2.0-only
/**
 * The policy registry: every architecture is covered from 5.10.0 to an open end without gaps
 * or overlaps, every policy says where it was read from, releases resolve as documented, and
 * policyFor() picks the epoch the reference names at each boundary
 * (shared/reference/kernel-model.md §0.3, §1 and the 5.10.y table, §7.1).
 */
import { NUMA_MEMBLKS } from '../numa.js'
import { MEMBLOCK_5_10, MEMBLOCK_5_15, MEMBLOCK_6_3 } from '../memblock/memblock.js'
import { MEMORYLESS_NODE_5_10, MEMORYLESS_NODE_6_1, MEMORYLESS_NODE_6_12, ZONE_MOVABLE_5_10, ZONE_MOVABLE_5_11, ZONE_MOVABLE_6_1, ZONE_MOVABLE_6_6, ZONE_MOVABLE_6_12, ZONE_MOVABLE_7_2 } from '../zones.js'
import { describe, expect, it } from 'vitest'
import {
  reserveCrashkernelArm64V510,
  reserveCrashkernelArm64V515,
  reserveCrashkernelArm64V519,
  reserveCrashkernelArm64V62,
  reserveCrashkernelArm64V65,
  reserveCrashkernelGeneric,
  reserveCrashkernelGenericV67,
  reserveCrashkernelNone,
  reserveCrashkernelRiscvV513,
  reserveCrashkernelRiscvV515,
  reserveCrashkernelRiscvV61,
  reserveCrashkernelX86V510,
} from '../crashkernel/reserve.js'
import { EINVAL, ENOENT } from '../crashkernel/parse.js'
import { compareKernelVersions, formatKernelVersion, kv, parseKernelVersion, type KernelVersion } from '../kernel-version.js'
import { zoneLimitsBits, zoneLimitsBitsOffset, zoneLimitsExact, zoneLimitsFixed30 } from '../arm64/zones.js'
import { memparseSaturating, memparseWrapping } from '../memparse.js'
import type { Arch } from '../types.js'
import { POLICIES, policyFor, resolveKernelRelease, SERIES_RELEASES, SUPPORTED_FROM, WHAT_IF_POLICIES } from './index.js'
import type { KernelPolicy } from './types.js'

const ARCHES: Arch[] = ['arm64', 'x86_64', 'riscv64']
const M = 1n << 20n

const fmt = (v: KernelVersion | undefined): string => (v ? formatKernelVersion(v) : '∞')

describe('registry shape', () => {
  it('the regular registry holds no what-if policy, and every what-if policy says so', () => {
    expect(POLICIES.filter((p) => p.whatIf)).toEqual([])
    expect(WHAT_IF_POLICIES.length).toBeGreaterThan(0)
    for (const p of WHAT_IF_POLICIES) expect({ id: p.id, whatIf: p.whatIf }).toEqual({ id: p.id, whatIf: true })
  })

  it('ids are unique across regular and what-if policies and carry their arch', () => {
    const ids = [...POLICIES, ...WHAT_IF_POLICIES].map((p) => p.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const p of POLICIES) expect(p.id.startsWith(`${p.arch}-`)).toBe(true)
  })

  it('SUPPORTED_FROM is 5.10.0', () => {
    expect(SUPPORTED_FROM).toEqual({ major: 5, minor: 10, patch: 0 })
  })

  describe.each(ARCHES)('%s', (arch) => {
    const list = POLICIES.filter((p) => p.arch === arch)

    it('is ordered, without gaps or overlaps, from 5.10.0 to an open end', () => {
      expect(list.length).toBeGreaterThan(0)
      expect(fmt(list[0]!.appliesTo.from)).toBe('5.10.0')
      for (let i = 0; i < list.length; i++) {
        const p = list[i]!
        const next = list[i + 1]
        if (p.appliesTo.before) expect(compareKernelVersions(p.appliesTo.from, p.appliesTo.before)).toBeLessThan(0)
        if (next) {
          // [from, before) of one policy ends exactly where the next begins
          expect(`${p.id} ends at ${fmt(p.appliesTo.before)}`).toBe(`${p.id} ends at ${fmt(next.appliesTo.from)}`)
        } else {
          expect(`${p.id} ends at ${fmt(p.appliesTo.before)}`).toBe(`${p.id} ends at ∞`)
        }
      }
    })

    it('every release from 5.10.0 on has exactly one policy', () => {
      const probes = list.flatMap((p) => [p.appliesTo.from, { ...p.appliesTo.from, patch: p.appliesTo.from.patch + 1 }])
      probes.push(kv('9.99.999'))
      for (const v of probes) {
        const matching = list.filter(
          (p) => compareKernelVersions(v, p.appliesTo.from) >= 0 && (!p.appliesTo.before || compareKernelVersions(v, p.appliesTo.before) < 0),
        )
        expect({ v: fmt(v), n: matching.length }).toEqual({ v: fmt(v), n: 1 })
      }
    })
  })
})

describe('the crashkernel= parser, shared code', () => {
  it('parses alike on every architecture at every policy boundary (kernel/crash_core.c, kernel/crash_reserve.c from 6.9)', () => {
    // parse_crashkernel() and its helpers are one file for every arch: a dialect that differs
    // between arches for one release (arm64 and riscv64 6.9 – 6.11 kept 6.0's messages while
    // x86_64 had crash_reserve.c's) is a policy that is wrong on one side.
    const dialect = (arch: 'arm64' | 'x86_64' | 'riscv64', release: string) =>
      JSON.stringify(policyFor(arch, release)?.parse, (_k, v: unknown) => (typeof v === 'function' ? v.name : typeof v === 'bigint' ? String(v) : v))
    const starts = [...new Set(POLICIES.map((p) => `${p.appliesTo.from.major}.${p.appliesTo.from.minor}.${p.appliesTo.from.patch}`))]
    expect(starts.length).toBeGreaterThan(40)
    const differ = starts.filter((r) => new Set((['arm64', 'x86_64', 'riscv64'] as const).map((a) => dialect(a, r))).size > 1)
    expect(differ).toEqual([])
    expect(policyFor('arm64', '6.10.0')?.parse.rangeOffsetExpected).toBe("crahskernel: Memory value expected after '@'")
    expect(policyFor('riscv64', '6.11.0')?.parse.rangeSizeExpected).toBe('crashkernel: Memory value expected')
  })
})

describe('sources', () => {
  /** A kernel path (arch/arm64/mm/init.c, kernel/crash_reserve.c …) or a commit id (12–40 hex digits). */
  const PATH = /(?:^|[\s(])[\w-]+(?:\/[\w.-]+)+\.(?:c|h|S|rst|txt)\b/
  const COMMIT = /\b[0-9a-f]{12,40}\b/
  /** An LKML Message-ID, which is all a never-merged proposal has. */
  const MESSAGE_ID = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/

  it.each(POLICIES.map((p) => [p.id, p] as const))('%s: every source names a path or a commit', (_id, p: KernelPolicy) => {
    expect(p.sources.length).toBeGreaterThan(0)
    for (const s of p.sources) expect({ source: s, ok: PATH.test(s) || COMMIT.test(s) }).toEqual({ source: s, ok: true })
  })

  it.each(WHAT_IF_POLICIES.map((p) => [p.id, p] as const))('%s (what-if): every source names a path, a commit or an LKML Message-ID', (_id, p: KernelPolicy) => {
    expect(p.sources.length).toBeGreaterThan(0)
    for (const s of p.sources) expect({ source: s, ok: PATH.test(s) || COMMIT.test(s) || MESSAGE_ID.test(s) }).toEqual({ source: s, ok: true })
  })

  it('the patterns reject vague sources', () => {
    expect(PATH.test('the arm64 code') || COMMIT.test('the arm64 code')).toBe(false)
    expect(PATH.test('arch/arm64/mm/init.c@v6.1.192')).toBe(true)
    expect(COMMIT.test('0a30c53573b0 backport')).toBe(true)
  })
})

describe('resolveKernelRelease()', () => {
  it.each([
    ['5.10', '5.10.223'],
    ['6.1', '6.1.192'],
    ['6.12', '6.12.117'],
    ['7.2', '7.2.13'],
    ['6.6', '6.6.0'],
    ['5.15', '5.15.0'],
    ['7.0', '7.0.0'],
    ['5.10.0', '5.10.0'],
    ['6.1.65', '6.1.65'],
    ['6.12.117', '6.12.117'],
  ])('%s → %s', (input, expected) => {
    expect(resolveKernelRelease(input)).toBe(expected)
  })

  it.each(['5.9', '5.9.16', '4.19', '4.19.300', '8.0', '8.0.1', '', 'latest', '6', '6.1.2.3', 'v6.1', '6.1-rc1', ' 6.1', '6-12', '6.12-117'])('%j is not a supported release', (input) => {
    expect(resolveKernelRelease(input)).toBeUndefined()
  })

  it('a series is its .0 release; kv() refuses a malformed literal', () => {
    expect(parseKernelVersion('6.12')).toEqual({ major: 6, minor: 12, patch: 0 })
    expect(parseKernelVersion('6.12.117')).toEqual({ major: 6, minor: 12, patch: 117 })
    expect(() => kv('6.x')).toThrow(/bad kernel version literal 6\.x/)
  })

  it('every series release is itself a supported, resolvable release', () => {
    for (const [series, release] of Object.entries(SERIES_RELEASES)) {
      expect(resolveKernelRelease(release)).toBe(release)
      expect(release.startsWith(`${series}.`)).toBe(true)
    }
  })
})

// ------------------------------------------------------------------ boundaries

interface Expect {
  id: string
  reserve?: unknown
  notFound?: number
  roundUp?: boolean
  saturating?: boolean
  supportsHigh?: boolean
  defaultLow?: bigint
  crashWhen?: string
  crashLowMax?: string
  protectionNone?: boolean
  zones?: unknown
  cmaInMemblockInit?: boolean
}

function check(arch: Arch, release: string, e: Expect): void {
  const p = policyFor(arch, release)
  expect(p?.id).toBe(e.id)
  if (!p) return
  expect(p.whatIf).toBeFalsy()
  if (e.reserve !== undefined) expect(p.crash.reserve).toBe(e.reserve)
  if (e.notFound !== undefined) expect(p.parse.notFound).toBe(e.notFound)
  if (e.roundUp !== undefined) expect(p.parse.roundUpTotalTo128M).toBe(e.roundUp)
  if (e.saturating !== undefined) expect(p.parse.memparse).toBe(e.saturating ? memparseSaturating : memparseWrapping)
  if (e.saturating !== undefined) expect(p.parse.strtoullSaturates).toBe(e.saturating)
  if (e.supportsHigh !== undefined) expect(p.crash.supportsHigh).toBe(e.supportsHigh)
  if (e.defaultLow !== undefined) expect(p.crash.defaultLow).toBe(e.defaultLow)
  if (e.crashWhen !== undefined) expect(p.arm64?.crashWhen).toBe(e.crashWhen)
  if (e.crashLowMax !== undefined) expect(p.arm64?.crashLowMax).toBe(e.crashLowMax)
  if (e.protectionNone !== undefined) expect(p.arm64?.protection === 'none').toBe(e.protectionNone)
  if (e.zones !== undefined) expect(p.arm64?.zones).toBe(e.zones)
  if (e.cmaInMemblockInit !== undefined) expect(p.arm64?.cmaInMemblockInit).toBe(e.cmaInMemblockInit)
}

describe('policyFor(): arm64 at every boundary of kernel-model.md §0.3 / §1 / §7.1', () => {
  const V510 = { reserve: reserveCrashkernelArm64V510, notFound: EINVAL, roundUp: false, saturating: false, supportsHigh: false, defaultLow: 0n }
  const ROWS: Array<[string, Expect]> = [
    ['5.10.0', { id: 'arm64-5.10.0', ...V510, crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit', zones: zoneLimitsFixed30, cmaInMemblockInit: true }],
    ['5.10.19', { id: 'arm64-5.10.0', crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit' }],
    ['5.10.20', { id: 'arm64-5.10.20', ...V510, crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit' }],
    ['5.10.21', { id: 'arm64-5.10.20', crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit', zones: zoneLimitsFixed30, cmaInMemblockInit: true }],
    ['5.10.22', { id: 'arm64-5.10.22', ...V510, crashWhen: 'bootmem', crashLowMax: 'dma32-phys-limit', zones: zoneLimitsBitsOffset, cmaInMemblockInit: false }],
    ['5.10.36', { id: 'arm64-5.10.22', crashWhen: 'bootmem', crashLowMax: 'dma32-phys-limit' }],
    ['5.10.37', { id: 'arm64-5.10.37', crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit' }],
    ['5.10.46', { id: 'arm64-5.10.37', crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', zones: zoneLimitsBitsOffset }],
    ['5.10.47', { id: 'arm64-5.10.47', crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', zones: zoneLimitsBits }],
    ['5.10.74', { id: 'arm64-5.10.47', crashWhen: 'bootmem' }],
    ['5.10.75', { id: 'arm64-5.10.75', crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', zones: zoneLimitsBits }],
    ['5.10.109', { id: 'arm64-5.10.75', crashWhen: 'bootmem' }],
    ['5.10.110', { id: 'arm64-5.10.110', ...V510, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit' }],
    ['5.10.223', { id: 'arm64-5.10.110', ...V510, crashWhen: 'bootmem-if-dma-zones', zones: zoneLimitsBits, cmaInMemblockInit: false }],
    ['5.11.0', { id: 'arm64-5.11', ...V510, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', zones: zoneLimitsBits }],
    ['5.11.22', { id: 'arm64-5.11', crashWhen: 'bootmem' }],
    ['5.12.0', { id: 'arm64-5.12', ...V510, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit' }],
    ['5.13.19', { id: 'arm64-5.13', ...V510, crashWhen: 'bootmem' }],
    ['5.14.0', { id: 'arm64-5.14', ...V510, crashWhen: 'bootmem' }],
    ['5.14.13', { id: 'arm64-5.14', ...V510, crashWhen: 'bootmem' }],
    ['5.14.14', { id: 'arm64-5.14.14', ...V510, crashWhen: 'bootmem' }],
    ['5.14.21', { id: 'arm64-5.14.14', ...V510, crashWhen: 'bootmem' }],
    // a7259df76702: a fixed base is a search of [base, base + size) from 5.15.
    ['5.15.0', { id: 'arm64-5.15', ...V510, reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.15.99', { id: 'arm64-5.15', reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.16.0', { id: 'arm64-5.16', reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.16.20', { id: 'arm64-5.16', reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.17.0', { id: 'arm64-5.17', ...V510, reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.17.15', { id: 'arm64-5.17', reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem' }],
    ['5.18.0', { id: 'arm64-5.18', ...V510, reserve: reserveCrashkernelArm64V515, crashWhen: 'bootmem-if-dma-zones' }],
    ['5.18.19', { id: 'arm64-5.18', notFound: EINVAL }],
    ['5.19.0', { id: 'arm64-5.19', reserve: reserveCrashkernelArm64V519, notFound: ENOENT, roundUp: false, supportsHigh: true, defaultLow: 0n }],
    ['5.19.17', { id: 'arm64-5.19', roundUp: false }],
    ['6.0.0', { id: 'arm64-6.0', reserve: reserveCrashkernelArm64V519, notFound: ENOENT, roundUp: true, defaultLow: 0n }],
    ['6.0.9', { id: 'arm64-6.0', reserve: reserveCrashkernelArm64V519, roundUp: true }],
    ['6.0.10', { id: 'arm64-6.0.10', reserve: reserveCrashkernelArm64V519, notFound: ENOENT, roundUp: true, defaultLow: 0n, crashWhen: 'bootmem-if-dma-zones', protectionNone: false }],
    ['6.1.64', { id: 'arm64-6.0.10', reserve: reserveCrashkernelArm64V519, roundUp: true }],
    ['6.1.65', { id: 'arm64-6.1.65', reserve: reserveCrashkernelArm64V519, roundUp: true, crashWhen: 'bootmem-if-dma-zones', protectionNone: false }],
    ['6.1.175', { id: 'arm64-6.1.65', reserve: reserveCrashkernelArm64V519, saturating: false }],
    ['6.1.176', { id: 'arm64-6.1.176', reserve: reserveCrashkernelArm64V519, roundUp: true, crashWhen: 'bootmem-if-dma-zones', protectionNone: false }],
    ['6.1.192', { id: 'arm64-6.1.176', reserve: reserveCrashkernelArm64V519, saturating: false }],
    ['6.2.0', { id: 'arm64-6.2', reserve: reserveCrashkernelArm64V62, defaultLow: 128n * M, crashWhen: 'bootmem-if-dma-zones', protectionNone: false }],
    ['6.2.16', { id: 'arm64-6.2', reserve: reserveCrashkernelArm64V62 }],
    ['6.3.0', { id: 'arm64-6.3', reserve: reserveCrashkernelArm64V62, defaultLow: 128n * M, crashWhen: 'bootmem-if-dma-zones', protectionNone: false }],
    ['6.3.13', { id: 'arm64-6.3', reserve: reserveCrashkernelArm64V62 }],
    ['6.4.0', { id: 'arm64-6.4', reserve: reserveCrashkernelArm64V62, defaultLow: 128n * M, crashWhen: 'bootmem', protectionNone: true }],
    ['6.4.16', { id: 'arm64-6.4', crashWhen: 'bootmem' }],
    ['6.5.0', { id: 'arm64-6.5', reserve: reserveCrashkernelArm64V65, defaultLow: 128n * M, crashWhen: 'bootmem', protectionNone: true }],
    ['6.5.13', { id: 'arm64-6.5', reserve: reserveCrashkernelArm64V65 }],
    ['6.6.0', { id: 'arm64-6.6', reserve: reserveCrashkernelArm64V65 }],
    ['6.6.3', { id: 'arm64-6.6', reserve: reserveCrashkernelArm64V65 }],
    ['6.6.4', { id: 'arm64-6.6.4', reserve: reserveCrashkernelArm64V65, roundUp: true, supportsHigh: true, defaultLow: 128n * M, crashWhen: 'bootmem', protectionNone: true }],
    ['6.6.70', { id: 'arm64-6.6.4', reserve: reserveCrashkernelArm64V65 }],
    ['6.7.0', { id: 'arm64-6.7', reserve: reserveCrashkernelGenericV67, roundUp: true, supportsHigh: true, defaultLow: 128n * M }],
    ['6.8.12', { id: 'arm64-6.8', reserve: reserveCrashkernelGenericV67 }],
    ['6.9.0', { id: 'arm64-6.9', reserve: reserveCrashkernelGenericV67, roundUp: true, supportsHigh: true, defaultLow: 128n * M }],
    ['6.9.12', { id: 'arm64-6.9', reserve: reserveCrashkernelGenericV67, zones: zoneLimitsBits }],
    ['6.10.0', { id: 'arm64-6.10', reserve: reserveCrashkernelGenericV67, roundUp: true, supportsHigh: true, defaultLow: 128n * M }],
    ['6.10.14', { id: 'arm64-6.10', reserve: reserveCrashkernelGenericV67, zones: zoneLimitsBits }],
    ['6.11.0', { id: 'arm64-6.11', reserve: reserveCrashkernelGeneric, roundUp: true, supportsHigh: true, defaultLow: 128n * M }],
    ['6.11.11', { id: 'arm64-6.11', reserve: reserveCrashkernelGeneric, zones: zoneLimitsBits }],
    ['6.12.0', { id: 'arm64-6.12', reserve: reserveCrashkernelGeneric, saturating: false, zones: zoneLimitsExact }],
    ['6.12.12', { id: 'arm64-6.12', reserve: reserveCrashkernelGeneric }],
    ['6.12.13', { id: 'arm64-6.12.13', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.12.53', { id: 'arm64-6.12.13', reserve: reserveCrashkernelGeneric }],
    ['6.12.54', { id: 'arm64-6.12.54', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.12.89', { id: 'arm64-6.12.54', reserve: reserveCrashkernelGeneric }],
    ['6.12.90', { id: 'arm64-6.12.90', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.12.102', { id: 'arm64-6.12.90', reserve: reserveCrashkernelGeneric }],
    ['6.12.103', { id: 'arm64-6.12.103', reserve: reserveCrashkernelGeneric, crashWhen: 'bootmem' }],
    ['6.12.116', { id: 'arm64-6.12.103', reserve: reserveCrashkernelGeneric }],
    ['6.12.117', { id: 'arm64-6.12.117', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem', zones: zoneLimitsExact }],
    ['6.13.0', { id: 'arm64-6.13', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.14.11', { id: 'arm64-6.14', reserve: reserveCrashkernelGeneric }],
    ['6.15.0', { id: 'arm64-6.15', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.15.11', { id: 'arm64-6.15', reserve: reserveCrashkernelGeneric }],
    ['6.16.0', { id: 'arm64-6.16', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.16.12', { id: 'arm64-6.16', reserve: reserveCrashkernelGeneric }],
    ['6.17.0', { id: 'arm64-6.17', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.17.3', { id: 'arm64-6.17', reserve: reserveCrashkernelGeneric }],
    ['6.17.4', { id: 'arm64-6.17.4', reserve: reserveCrashkernelGeneric, saturating: false, crashWhen: 'bootmem' }],
    ['6.17.13', { id: 'arm64-6.17.4', reserve: reserveCrashkernelGeneric }],
    ['6.18.0', { id: 'arm64-6.18', reserve: reserveCrashkernelGeneric }],
    ['6.19.6', { id: 'arm64-6.19', reserve: reserveCrashkernelGeneric }],
    ['7.0.0', { id: 'arm64-7.0', reserve: reserveCrashkernelGeneric, saturating: false, zones: zoneLimitsExact, cmaInMemblockInit: false, crashWhen: 'bootmem' }],
    ['7.1.3', { id: 'arm64-7.1', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.2.0', { id: 'arm64-7.2', reserve: reserveCrashkernelGeneric, saturating: true, zones: zoneLimitsExact, cmaInMemblockInit: false }],
    ['7.2.13', { reserve: reserveCrashkernelGeneric, saturating: true, id: 'arm64-7.2', zones: zoneLimitsExact, cmaInMemblockInit: false }],
    ['7.3.4', { id: 'arm64-7.3', reserve: reserveCrashkernelGeneric, saturating: true, zones: zoneLimitsExact }],
  ]
  it.each(ROWS)('%s', (release, e) => check('arm64', release, e))

  it('the linear-map generation changes at 5.10.47 (crash_mem_map), 6.0.10 (rodata=off), 6.1.65 (KFENCE decoupled) and 6.6.4 (rodata=on)', () => {
    expect(policyFor('arm64', '5.10.46')!.arm64!.linearMap).not.toBe(policyFor('arm64', '5.10.47')!.arm64!.linearMap)
    expect(policyFor('arm64', '6.1.64')!.arm64!.linearMap).not.toBe(policyFor('arm64', '6.1.65')!.arm64!.linearMap)
    const lm = (r: string) => policyFor('arm64', r)!.arm64!.linearMap
    // 2081b3bd0c11: mainline 6.1, stable 6.0.10; mainline 6.2 and 6.3 have it, not acfa60dbe038.
    expect([lm('6.0.9'), lm('6.0.10'), lm('6.1.0'), lm('6.2.0'), lm('6.3.13')]).toEqual(['arm64-6.0', 'arm64-6.0.10', 'arm64-6.0.10', 'arm64-6.0.10', 'arm64-6.0.10'])
    // acfa60dbe038: mainline 6.7, stable 6.6.4; 6.4.y and 6.5.y never took it.
    expect([lm('6.4.16'), lm('6.5.13'), lm('6.6.3'), lm('6.6.4'), lm('6.7.0'), lm('6.9.0')]).toEqual(['arm64-6.4', 'arm64-6.4', 'arm64-6.4', 'arm64-6.6.4', 'arm64-6.6.4', 'arm64-6.6.4'])
  })

  it('the 6.12.y stable backports: drivers/of at 6.12.13 and 6.12.103, the alias from _text at 6.12.54, map_mem() rounding at 6.12.117 only', () => {
    const of = (r: string) => policyFor('arm64', r)!.arm64!.ofReservedMem
    expect([of('6.12.12').scan, of('6.12.13').scan, of('6.12.103').scan, of('6.13.0').scan]).toEqual(['sorted', 'two-pass', 'two-pass', 'two-pass'])
    expect([of('6.12.102').reservedMemBytes, of('6.12.103').reservedMemBytes, of('6.12.117').reservedMemBytes]).toEqual([0n, 48n, 48n])
    const lm = (r: string) => policyFor('arm64', r)!.arm64!.linearMap
    expect([lm('6.12.53'), lm('6.12.54'), lm('6.12.116'), lm('6.12.117'), lm('6.13.0')]).toEqual(['arm64-6.12', 'arm64-6.12.54', 'arm64-6.12.54', 'arm64-6.12.117', 'arm64-6.12'])
    // 5973a62efa34 in the 6.17 queue too (6.17.4); 6.6.y and 6.1.y did not take it.
    expect([lm('6.6.120'), lm('6.17.3'), lm('6.17.4'), lm('6.18.0')]).toEqual(['arm64-6.6.4', 'arm64-6.12', 'arm64-6.12.54', 'arm64-6.18'])
    // force_pte_mapping() and rodata=on-is-full in v6.18.5, not v6.17.8; the 7.x parameter
    // dialect from 7.0; map_mem()'s kernel-first shape in v7.2.13, not v7.1.3; banks rounded in v7.3.4.
    expect([lm('6.19.6'), lm('7.0.0'), lm('7.1.3'), lm('7.2.0'), lm('7.3.0')]).toEqual(['arm64-6.18', 'arm64-7.0', 'arm64-7.0', 'arm64-7.2', 'arm64-7.3'])
    // The upstream trees: the cma-default skip in v6.19.6 (not v6.18.5), the ops rework in
    // v7.1.3 (not v7.0.4), the first-reg-only warning in v7.2.13 (not v7.1.3).
    const ofId = (r: string) => [of(r).cma, of(r).extraReg, of(r).reservedMemBytes]
    expect(['6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.2.13', '7.3.4'].map(ofId)).toEqual([
      ['setup', 'reserve-warn-late', 48n],
      ['skip-default', 'reserve-silent-late', 48n],
      ['skip-default', 'reserve-silent-late', 48n],
      ['validate', 'reserve-silent-late', 40n],
      ['validate', 'first-only', 40n],
      ['validate', 'first-only', 40n],
    ])
    const rvOf = (r: string) => policyFor('riscv64', r)!.riscv!.ofReservedMem
    // drivers/of is generic: riscv takes arm64's records release by release.
    for (const r of ['6.2.0', '6.3.0', '6.4.0', '6.5.0', '6.12.0', '6.18.5', '6.19.6', '7.0.4', '7.1.3', '7.2.13']) expect(rvOf(r)).toBe(policyFor('arm64', r)!.arm64!.ofReservedMem)
    const rv = (r: string) => policyFor('riscv64', r)!.riscv!.ofReservedMem
    expect([rv('6.12.12').scan, rv('6.12.13').reservedMemBytes, rv('6.12.103').reservedMemBytes, rv('6.13.0').reservedMemBytes]).toEqual(['sorted', 0n, 48n, 48n])
  })

  it('the "@" message: no prefix on 5.10/6.1, the "crahskernel" typo on 6.12 – 6.15, fixed from 6.16', () => {
    // kernel/crash_reserve.c:134: the typo in v6.12.117 and v6.14, fixed in v6.16.3 and v6.17 (6.15 UNCONFIRMED).
    for (const arch of ARCHES) {
      expect(policyFor(arch, '6.15.11')!.parse.rangeOffsetExpected).toBe("crahskernel: Memory value expected after '@'")
      expect(policyFor(arch, '6.16.0')!.parse.rangeOffsetExpected).toBe("crashkernel: Memory value expected after '@'")
    }
    expect(policyFor('arm64', '5.10.223')!.parse.rangeOffsetExpected).toBe("Memory value expected after '@'")
    expect(policyFor('arm64', '6.1.192')!.parse.rangeOffsetExpected).toBe("Memory value expected after '@'")
    expect(policyFor('arm64', '6.12.117')!.parse.rangeOffsetExpected).toBe("crahskernel: Memory value expected after '@'")
    expect(policyFor('arm64', '7.2.13')!.parse.rangeOffsetExpected).toBe("crashkernel: Memory value expected after '@'")
    expect(policyFor('arm64', '6.1.192')!.parse.rangeSizeExpected).toBe('Memory value expected')
    expect(policyFor('arm64', '6.12.117')!.parse.rangeSizeExpected).toBe('crashkernel: Memory value expected')
  })

  it('CRASH_ALIGN is 2M on every arm64 policy', () => {
    for (const p of POLICIES.filter((q) => q.arch === 'arm64')) expect({ id: p.id, align: p.crash.align }).toEqual({ id: p.id, align: 2n * M })
  })
})

describe('policyFor(): x86_64 and riscv64', () => {
  const X86_V510 = { reserve: reserveCrashkernelX86V510, supportsHigh: true, defaultLow: 256n * M }
  it.each([
    ['5.10.0', { id: 'x86_64-5.10', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.10.52', { id: 'x86_64-5.10', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.10.53', { id: 'x86_64-5.10.53', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.10.201', { id: 'x86_64-5.10.53', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.10.223', { id: 'x86_64-5.10.202', ...X86_V510, notFound: EINVAL, roundUp: false, saturating: false }],
    ['5.11.0', { id: 'x86_64-5.11', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.13.0', { id: 'x86_64-5.13', ...X86_V510 }],
    ['5.13.5', { id: 'x86_64-5.13.5', ...X86_V510 }],
    ['5.14.21', { id: 'x86_64-5.13.5', ...X86_V510 }],
    ['5.15.0', { id: 'x86_64-5.15', ...X86_V510 }],
    ['5.15.139', { id: 'x86_64-5.15', ...X86_V510 }],
    ['5.15.224', { id: 'x86_64-5.15.140', ...X86_V510 }],
    ['5.16.20', { id: 'x86_64-5.16', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.17.0', { id: 'x86_64-5.17', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.17.15', { id: 'x86_64-5.17', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.18.19', { id: 'x86_64-5.18', ...X86_V510, notFound: EINVAL, roundUp: false }],
    ['5.19.0', { id: 'x86_64-5.19', ...X86_V510, notFound: ENOENT, roundUp: false }],
    ['6.0.0', { id: 'x86_64-6.0', ...X86_V510, roundUp: true }],
    ['6.1.63', { id: 'x86_64-6.0', ...X86_V510, roundUp: true }],
    ['6.1.140', { id: 'x86_64-6.1.64', ...X86_V510, roundUp: true }],
    ['6.1.141', { id: 'x86_64-6.1.141', ...X86_V510, roundUp: true }],
    ['6.1.175', { id: 'x86_64-6.1.141', ...X86_V510, roundUp: true }],
    ['6.1.176', { id: 'x86_64-6.1.176', ...X86_V510, roundUp: true }],
    ['6.1.192', { id: 'x86_64-6.1.178', ...X86_V510, roundUp: true }],
    ['6.2.0', { id: 'x86_64-6.2', ...X86_V510, roundUp: true }],
    ['6.5.12', { id: 'x86_64-6.2', reserve: reserveCrashkernelX86V510 }],
    ['6.5.13', { id: 'x86_64-6.5.13', reserve: reserveCrashkernelX86V510 }],
    ['6.6.2', { id: 'x86_64-6.6', reserve: reserveCrashkernelX86V510 }],
    ['6.6.70', { id: 'x86_64-6.6.3', reserve: reserveCrashkernelX86V510 }],
    ['6.6.93', { id: 'x86_64-6.6.93', reserve: reserveCrashkernelX86V510 }],
    ['6.7.0', { id: 'x86_64-6.7', reserve: reserveCrashkernelGenericV67, defaultLow: 256n * M }],
    ['6.9.12', { reserve: reserveCrashkernelGenericV67, id: 'x86_64-6.9' }],
    ['6.10.0', { reserve: reserveCrashkernelGenericV67, id: 'x86_64-6.10' }],
    ['6.10.14', { reserve: reserveCrashkernelGenericV67, id: 'x86_64-6.10' }],
    ['6.11.11', { reserve: reserveCrashkernelGeneric, id: 'x86_64-6.11' }],
    ['6.12.30', { id: 'x86_64-6.12', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.12.31', { id: 'x86_64-6.12.31', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.12.89', { id: 'x86_64-6.12.67', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.12.90', { id: 'x86_64-6.12.90', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.12.117', { id: 'x86_64-6.12.97', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.13.12', { id: 'x86_64-6.13', reserve: reserveCrashkernelGeneric }],
    ['6.14.8', { id: 'x86_64-6.14', reserve: reserveCrashkernelGeneric }],
    ['6.14.11', { id: 'x86_64-6.14.9', reserve: reserveCrashkernelGeneric }],
    ['6.15.11', { id: 'x86_64-6.15', reserve: reserveCrashkernelGeneric }],
    ['6.16.0', { id: 'x86_64-6.16', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.0.0', { id: 'x86_64-7.0', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.1.3', { id: 'x86_64-7.0.4', saturating: false }],
    ['7.2.0', { id: 'x86_64-7.2', reserve: reserveCrashkernelGeneric, saturating: true }],
    ['7.2.13', { id: 'x86_64-7.2', reserve: reserveCrashkernelGeneric, saturating: true }],
    ['6.19.6', { id: 'x86_64-6.19', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.3.4', { id: 'x86_64-7.3', reserve: reserveCrashkernelGeneric, saturating: true }],
  ] as Array<[string, Expect]>)('x86_64 %s', (release, e) => check('x86_64', release, e))

  it('x86: 5-level paging from 5.11 (X86_5LEVEL default y), its 16-page pgt_buf from 5.13 (5.12 UNCONFIRMED)', () => {
    // arch/x86/Kconfig@v5.11:1485-1487; arch/x86/mm/init.c@v5.11:165-170 (12 pages whatever the
    // config), @v5.13:167-179 (INIT_PGD_PAGE_TABLES 4 with CONFIG_X86_5LEVEL): compiled by
    // scripts/kernel-x86dm-fixture.sh and scripts/kernel-e820-fixture.sh (MAX_ARCH_PFN 2^52).
    const x86 = (r: string) => policyFor('x86_64', r)!.x86!
    expect(['5.10.223', '5.11.0', '5.12.19', '5.13.0'].map((r) => [x86(r).fiveLevel, x86(r).pgtBufPages])).toEqual([
      [false, 12],
      [true, 12],
      [true, 12],
      [true, 16],
    ])
  })

  it('x86: NODE_MIN_SIZE (4 MiB) up to "x86/mm: Drop the 4 MB restriction…": mainline 6.7, stable 5.10.202, 5.15.140, 6.1.64, 6.5.13 and 6.6.3', () => {
    // arch/x86/mm/numa.c@v5.15, @v6.0, @v6.2, @v6.5:605-609 have it, @v5.10.223, @v6.1.192, @v6.8
    // and @v6.11 not; ChangeLog-5.10.202, -6.1.64 and -6.5.13 in Debian's changelogs; 5.15.140
    // and 6.6.3 the same day's releases (UNCONFIRMED). Booted: Ubuntu's 5.19.17 and 6.2.16 skip
    // a 2 MiB node, its 5.15.224 and 6.5.13 do not (test/boots/ubuntu).
    const size = (r: string) => policyFor('x86_64', r)!.x86!.nodeMinSize
    const releases = ['5.10.0', '5.10.201', '5.10.202', '5.10.223', '5.11.0', '5.14.21', '5.15.0', '5.15.139', '5.15.140', '5.15.224', '5.16.0', '5.17.15', '5.19.17', '6.0.9', '6.1.63', '6.1.64', '6.1.192', '6.2.16', '6.5.12', '6.5.13', '6.6.0', '6.6.2', '6.6.3', '6.6.93', '6.7.0', '6.11.11', '6.12.117', '7.2.13']
    expect(releases.filter((r) => size(r) === 4n * M)).toEqual(['5.10.0', '5.10.201', '5.11.0', '5.14.21', '5.15.0', '5.15.139', '5.16.0', '5.17.15', '5.19.17', '6.0.9', '6.1.63', '6.2.16', '6.5.12', '6.6.0', '6.6.2'])
    expect(releases.filter((r) => size(r) === 0n)).toEqual(['5.10.202', '5.10.223', '5.15.140', '5.15.224', '6.1.64', '6.1.192', '6.5.13', '6.6.3', '6.6.93', '6.7.0', '6.11.11', '6.12.117', '7.2.13'])
  })

  it('x86: memmap_init() walks every memory range from mainline 5.14 and stable 5.10.53 and 5.13.5, the online nodes\' zones before', () => {
    // mm/page_alloc.c@v5.11:6260 and @v5.13:6515 (per zone), @v5.14:6720 and @v5.10.223:6342
    // (every range); ChangeLog-5.10.53 in Debian's changelog; 5.13.5 the same day's release
    // (UNCONFIRMED). 5.11 and 5.12 had no stable release after it.
    const walk = (r: string) => policyFor('x86_64', r)!.x86!.memmapInit
    const releases = ['5.10.0', '5.10.52', '5.10.53', '5.10.201', '5.10.202', '5.10.223', '5.11.0', '5.11.22', '5.12.19', '5.13.0', '5.13.4', '5.13.5', '5.13.19', '5.14.0', '5.15.0', '5.17.15', '6.1.192', '7.2.13']
    expect(releases.filter((r) => walk(r) === 'zones')).toEqual(['5.10.0', '5.10.52', '5.11.0', '5.11.22', '5.12.19', '5.13.0', '5.13.4'])
  })

  it("x86: memory_map_top_down()'s first 2M: found to 5.14, allocated unchecked 5.15 – 6.14, checked from stable 6.1.141, 6.6.93, 6.12.31 and 6.14.9 and mainline 6.15", () => {
    // arch/x86/mm/init.c@v5.14 (memblock_find_in_range), @v5.15:619-622, @v6.11:641-644 and
    // @v6.14:646-649 (memblock_phys_free() of whatever came back), @v6.17:645-651,
    // @v6.1.192:657-663 and @v6.12.117:648-654 (the check, 631ca8909fd5; ChangeLog-6.1.141 and
    // -6.12.31 in Debian's changelogs; "[PATCH 6.6 072/444]" and "[PATCH 6.14 130/783]" in the
    // stable reviews of 2 June and 27 May 2025, the point releases UNCONFIRMED; tip x86/core on
    // 19 March 2025, so mainline 6.15).
    const probe = (r: string) => policyFor('x86_64', r)!.x86!.mapProbe
    const releases = ['5.14.0', '5.15.0', '5.19.0', '6.0.0', '6.1.140', '6.1.141', '6.1.192', '6.2.0', '6.5.13', '6.6.0', '6.6.92', '6.6.93', '6.8.0', '6.11.0', '6.12.30', '6.12.31', '6.12.117', '6.13.0', '6.14.8', '6.14.9', '6.15.0', '6.17.0']
    expect(releases.map((r) => `${r} ${probe(r)}`)).toEqual([
      '5.14.0 find',
      '5.15.0 alloc-free-unchecked',
      '5.19.0 alloc-free-unchecked',
      '6.0.0 alloc-free-unchecked',
      '6.1.140 alloc-free-unchecked',
      '6.1.141 alloc-free',
      '6.1.192 alloc-free',
      '6.2.0 alloc-free-unchecked',
      '6.5.13 alloc-free-unchecked',
      '6.6.0 alloc-free-unchecked',
      '6.6.92 alloc-free-unchecked',
      '6.6.93 alloc-free',
      '6.8.0 alloc-free-unchecked',
      '6.11.0 alloc-free-unchecked',
      '6.12.30 alloc-free-unchecked',
      '6.12.31 alloc-free',
      '6.12.117 alloc-free',
      '6.13.0 alloc-free-unchecked',
      '6.14.8 alloc-free-unchecked',
      '6.14.9 alloc-free',
      '6.15.0 alloc-free',
      '6.17.0 alloc-free',
    ])
  })

  it('x86 setup_log_buf() reports a log_buf_len= buffer as "log_buf_len: N bytes" up to 6.13, then with print_log_buf_usage_stats() (kernel/printk/printk.c@v6.14:1167; test/boots/log-buf)', () => {
    const stats = (r: string) => policyFor('x86_64', r)!.x86!.logBufStats
    expect(['5.10.223', '6.1.192', '6.12.117', '6.13.0', '6.14.0', '6.14.9', '6.16.3', '6.19.6', '7.0.4', '7.2.13', '7.3.4'].map((r) => `${r} ${stats(r)}`)).toEqual([
      '5.10.223 log-buf-len',
      '6.1.192 log-buf-len',
      '6.12.117 log-buf-len',
      '6.13.0 log-buf-len',
      '6.14.0 usage-stats',
      '6.14.9 usage-stats',
      '6.16.3 usage-stats',
      '6.19.6 usage-stats',
      '7.0.4 usage-stats',
      '7.2.13 usage-stats',
      '7.3.4 usage-stats',
    ])
  })

  it('crashkernel=…,cma: x86_64 from 6.17, riscv64 and arm64 from 7.3 (arch_reserve_crashkernel() passing cma_size)', () => {
    const cma = (arch: 'arm64' | 'x86_64' | 'riscv64', r: string) => policyFor(arch, r)!.crash.parseCma
    expect(['6.16.3', '6.17.8', '7.2.13', '7.3.4'].map((r) => [cma('x86_64', r), cma('riscv64', r), cma('arm64', r)])).toEqual([
      [false, false, false],
      [true, false, false],
      [true, false, false],
      [true, true, true],
    ])
  })

  it('x86: rodata= is __setup("rodata=") with strtobool() through 5.19 (silent in mainline 5.11 – 5.17), the early_param from 6.0', () => {
    // init/main.c@v5.19:1448-1454 (__setup, strtobool, a warning), init/main.c@v6.0:1454-1467
    // (early_param, "on"/"off"): 2e8cff0a0eee "arm64: fix rodata=full" moved every arch at once.
    // Mainline 5.11 – 5.17 warn about nothing (init/main.c@v5.11:1377-1381, @v5.17:1453-1457);
    // 5.18 (no tree) warns as arm64-5.18 does: the fix came to 5.10.111 in April 2022.
    const x = (release: string) => policyFor('x86_64', release)!.x86!.rodataParam
    expect(['5.10.223', '5.11.0', '5.17.15', '5.18.0', '5.18.19', '5.19.0', '5.19.17', '6.0.0', '6.1.192'].map(x)).toEqual(['setup-strtobool', 'setup-strtobool-silent', 'setup-strtobool-silent', 'setup-strtobool', 'setup-strtobool', 'setup-strtobool', 'setup-strtobool', 'early-on-off', 'early-on-off'])
  })

  it('x86: the first 1M always reserved from 5.13, max_pfn over ACPI-data entries from 6.11', () => {
    // arch/x86/realmode/init.c reserve_real_mode(): crash_reserve_low_1M() in v5.10.223,
    // memblock_reserve(0, SZ_1M) in v6.1.192 (f1d4d47c5851, v5.13); arch/x86/kernel/e820.c
    // e820__end_ram_pfn(): E820_TYPE_ACPI counted in v6.12.117, not in v6.1.192 (06fa48d85b09, v6.11).
    const x = (r: string) => policyFor('x86_64', r)!.x86!
    expect(['5.10.223', '5.12.19', '5.13.0', '6.1.192'].map((r) => x(r).low1M)).toEqual(['crashkernel-only', 'crashkernel-only', 'always', 'always'])
    expect(['6.1.192', '6.10.14', '6.11.0', '6.12.117', '7.2.13'].map((r) => x(r).maxPfnTypes)).toEqual(['ram', 'ram', 'ram-and-acpi', 'ram-and-acpi', 'ram-and-acpi'])
  })

  it('NR_PAGEBLOCK_BITS: 4 up to 6.16, 8 from 6.17 with CONFIG_MEMORY_ISOLATION (pageblock-flags.h@v6.16.3, v6.17.8)', () => {
    const arm = (r: string) => policyFor('arm64', r)!.arm64!.pageblockBits
    expect([arm('6.12.117'), arm('6.16.3'), arm('6.17.0'), arm('6.19.6'), arm('7.3.4')]).toEqual([4n, 4n, 8n, 8n, 8n])
    const rv = (r: string) => policyFor('riscv64', r)!.riscv!.pageblockBits
    expect([rv('6.16.3'), rv('6.17.0'), rv('7.2.13')]).toEqual([4n, 8n, 8n])
  })
  it('memblock: NUMA init on numa_memblks from 6.12 and MEMBLOCK_RSRV_KERN from 6.16, on every architecture', () => {
    // mm/numa_memblks.c (6.12; x86's own numa_init() before it also put memblock.reserved on
    // the node, arm64's and riscv's arch_numa did not); mm/memblock.c __memblock_reserve()
    // (the Kexec HandOver series, 6.16). mm/ is generic: the three architectures must agree.
    const gen = (arch: 'arm64' | 'x86_64' | 'riscv64', r: string) => {
      const p = policyFor(arch, r)!
      const a = p.arm64 ?? p.x86 ?? p.riscv!
      return `${a.numaMemblock === NUMA_MEMBLKS ? 'memblks' : a.numaMemblock.reserved ? 'x86' : 'arch'}${a.memblockRsrvKern ? '+kern' : ''}`
    }
    const releases = ['6.1.192', '6.11.11', '6.12.0', '6.12.117', '6.15.11', '6.16.0', '6.17.4', '7.2.13']
    expect(releases.map((r) => gen('arm64', r))).toEqual(['arch', 'arch', 'memblks', 'memblks', 'memblks', 'memblks+kern', 'memblks+kern', 'memblks+kern'])
    expect(releases.map((r) => gen('riscv64', r))).toEqual(releases.map((r) => gen('arm64', r)))
    expect(releases.map((r) => gen('x86_64', r))).toEqual(['x86', 'x86', 'memblks', 'memblks', 'memblks', 'memblks+kern', 'memblks+kern', 'memblks+kern'])
    expect(gen('x86_64', '5.10.223')).toBe('x86')
    expect(gen('arm64', '5.10.223')).toBe('arch')
  })

  it('x86: CRASH_ALIGN 16M everywhere; crashkernel=,cma from 6.17 (arch/x86/kernel/setup.c@v6.17.8, not @v6.16.3)', () => {
    for (const p of POLICIES.filter((q) => q.arch === 'x86_64')) expect({ id: p.id, align: p.crash.align }).toEqual({ id: p.id, align: 16n * M })
    expect(['6.12.117', '6.16.12', '6.17.0', '7.2.13'].map((r) => policyFor('x86_64', r)!.crash.parseCma)).toEqual([false, false, true, true])
  })

  it('",cma" is a suffix class from 6.17 on every arch (kernel/crash_reserve.c@v6.17.8 suffix_tbl, not @v6.16.3)', () => {
    for (const arch of ARCHES) expect(['6.16.12', '6.17.0'].map((r) => policyFor(arch, r)!.parse.suffixes.includes(',cma'))).toEqual([false, true])
  })

  it('kstrtobool() e/E/d/D from 6.16 (lib/kstrtox.c@v6.16.3, not @v6.12.117); swiotlb= saturates from 7.2 (lib/kstrtox.c@v7.2.13, not @v7.1.3)', () => {
    const en = (arch: (typeof ARCHES)[number], r: string) => policyFor(arch, r)!.parse.kstrtobool('enable')
    for (const arch of ARCHES) expect(['6.15.11', '6.16.0'].map((r) => en(arch, r).ret)).toEqual([-22, 0])
    expect(['6.19.6', '7.1.3', '7.2.0'].map((r) => policyFor('x86_64', r)!.x86!.swiotlb)).toEqual(['default_nslabs', 'default_nslabs', 'default_nslabs-saturating'])
  })

  it('riscv: crashkernel=,cma and the default CMA area in misc_mem_init() from 7.3 (arch/riscv/mm/init.c@v7.3.4, not @v7.2.13)', () => {
    expect(['7.2.13', '7.3.0'].map((r) => [policyFor('riscv64', r)!.crash.parseCma, policyFor('riscv64', r)!.riscv!.cmaInMiscMemInit])).toEqual([[false, false], [true, true]])
  })

  it('riscv: the linear-map overflow warning from 6.13 (arch/riscv/mm/init.c@v6.14:269-276 setup_bootmem, not @v6.12.117)', () => {
    expect(['6.12.117', '6.13.0', '6.15.11', '6.16.0', '7.2.13'].map((r) => policyFor('riscv64', r)!.riscv!.linearMapOverflowWarn)).toEqual([false, true, true, true, true])
  })

  it('riscv: CONFIG_MEMORY_HOTPLUG (movable_node) from 6.9 (arch/riscv/Kconfig@v6.11:21, not @v6.8)', () => {
    expect(['6.8.12', '6.9.0', '6.11.11', '6.12.0'].map((r) => policyFor('riscv64', r)!.riscv!.memoryHotplug)).toEqual([false, true, true, true])
  })

  it.each([
    ['5.10.223', { id: 'riscv64-5.10', reserve: reserveCrashkernelNone }],
    ['5.11.0', { id: 'riscv64-5.11', reserve: reserveCrashkernelNone }],
    ['5.11.22', { id: 'riscv64-5.11', reserve: reserveCrashkernelNone }],
    ['5.12.0', { id: 'riscv64-5.12', reserve: reserveCrashkernelNone }],
    ['5.12.19', { id: 'riscv64-5.12', reserve: reserveCrashkernelNone }],
    ['5.13.0', { id: 'riscv64-5.13', reserve: reserveCrashkernelRiscvV513, notFound: EINVAL, roundUp: false }],
    ['5.13.19', { id: 'riscv64-5.13', reserve: reserveCrashkernelRiscvV513 }],
    ['5.14.0', { id: 'riscv64-5.14', reserve: reserveCrashkernelRiscvV513, notFound: EINVAL, roundUp: false }],
    ['5.14.21', { id: 'riscv64-5.14', reserve: reserveCrashkernelRiscvV513 }],
    ['5.15.0', { id: 'riscv64-5.15', reserve: reserveCrashkernelRiscvV515, notFound: EINVAL, roundUp: false }],
    ['5.15.99', { id: 'riscv64-5.15', reserve: reserveCrashkernelRiscvV515 }],
    ['5.16.20', { id: 'riscv64-5.16', reserve: reserveCrashkernelRiscvV515 }],
    ['5.17.0', { id: 'riscv64-5.17', reserve: reserveCrashkernelRiscvV61, notFound: EINVAL, roundUp: false }],
    ['5.19.0', { id: 'riscv64-5.19', reserve: reserveCrashkernelRiscvV61, notFound: ENOENT, roundUp: false }],
    ['6.1.39', { id: 'riscv64-6.0', reserve: reserveCrashkernelRiscvV61, roundUp: true }],
    ['6.1.175', { id: 'riscv64-6.1.40', reserve: reserveCrashkernelRiscvV61, supportsHigh: false, defaultLow: 0n, roundUp: true }],
    ['6.1.176', { id: 'riscv64-6.1.176', reserve: reserveCrashkernelRiscvV61, supportsHigh: false, defaultLow: 0n, roundUp: true }],
    ['6.1.192', { id: 'riscv64-6.1.176', reserve: reserveCrashkernelRiscvV61, supportsHigh: false, defaultLow: 0n, roundUp: true }],
    ['6.4.4', { id: 'riscv64-6.4', reserve: reserveCrashkernelRiscvV61 }],
    ['6.4.16', { id: 'riscv64-6.4.5', reserve: reserveCrashkernelRiscvV61 }],
    ['6.5.13', { id: 'riscv64-6.5', reserve: reserveCrashkernelRiscvV61 }],
    ['6.6.0', { id: 'riscv64-6.6', supportsHigh: true, defaultLow: 128n * M }],
    ['6.7.0', { id: 'riscv64-6.7', reserve: reserveCrashkernelGenericV67 }],
    ['6.8.12', { id: 'riscv64-6.8', reserve: reserveCrashkernelGenericV67 }],
    ['6.9.12', { id: 'riscv64-6.9', reserve: reserveCrashkernelGenericV67 }],
    ['6.10.3', { id: 'riscv64-6.10', reserve: reserveCrashkernelGenericV67 }],
    ['6.10.4', { id: 'riscv64-6.10.4', reserve: reserveCrashkernelGenericV67 }],
    ['6.10.14', { id: 'riscv64-6.10.4', reserve: reserveCrashkernelGenericV67 }],
    ['6.11.11', { id: 'riscv64-6.11', reserve: reserveCrashkernelGeneric }],
    ['6.12.0', { id: 'riscv64-6.12', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.12.13', { id: 'riscv64-6.12.13', reserve: reserveCrashkernelGeneric }],
    ['6.12.89', { id: 'riscv64-6.12.13', reserve: reserveCrashkernelGeneric }],
    ['6.12.90', { id: 'riscv64-6.12.90', reserve: reserveCrashkernelGeneric }],
    ['6.12.117', { id: 'riscv64-6.12.103', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.13.0', { id: 'riscv64-6.13', reserve: reserveCrashkernelGeneric }],
    ['6.14.11', { id: 'riscv64-6.13', reserve: reserveCrashkernelGeneric }],
    ['6.15.11', { id: 'riscv64-6.15', reserve: reserveCrashkernelGeneric }],
    ['6.16.12', { id: 'riscv64-6.16', reserve: reserveCrashkernelGeneric }],
    ['6.17.0', { id: 'riscv64-6.17', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['6.19.6', { id: 'riscv64-6.19', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.0.0', { id: 'riscv64-7.0', reserve: reserveCrashkernelGeneric, saturating: false }],
    ['7.1.3', { id: 'riscv64-7.1', saturating: false }],
    ['7.2.0', { id: 'riscv64-7.2', reserve: reserveCrashkernelGeneric, saturating: true }],
    ['7.2.13', { id: 'riscv64-7.2', reserve: reserveCrashkernelGeneric, saturating: true }],
    ['7.3.0', { id: 'riscv64-7.3', reserve: reserveCrashkernelGeneric, saturating: true }],
    ['7.3.4', { id: 'riscv64-7.3', reserve: reserveCrashkernelGeneric, saturating: true }],
  ] as Array<[string, Expect]>)('riscv64 %s', (release, e) => check('riscv64', release, e))

  it('riscv: the linear map from DRAM\'s start from 6.4 (3335068f8721), the vmemmap in PMD leaves from 6.8 (ff172d4818ad)', () => {
    const r = (release: string) => policyFor('riscv64', release)!.riscv!
    expect(['6.3.13', '6.4.0', '6.5.13', '6.12.117'].map((v) => [r(v).linearMap, r(v).ramBase, r(v).satpModeFromCmdline])).toEqual([
      ['pmd-steps', 'kernel-load', false],
      ['best-map-size-v64', 'dram-start', true],
      ['best-map-size-v64', 'dram-start', true],
      ['best-map-size', 'dram-start', true],
    ])
    expect(['6.5.13', '6.6.0', '6.7.12', '6.8.0', '6.12.117'].map((v) => r(v).vmemmap)).toEqual(['basepages', 'basepages', 'basepages', 'hugepages', 'hugepages'])
    expect(['6.5.13', '6.6.0'].map((v) => r(v).cmaLogNode)).toEqual([false, true])
  })
  it('riscv: best_map_size() once per range up to 6.1.y (v6.1, v6.1.192), at every step from 6.2 (v6.2)', () => {
    expect(['5.13.0', '6.1.0', '6.1.192', '6.2.0', '6.3.13', '6.4.0'].map((v) => policyFor('riscv64', v)!.riscv!.linearMap)).toEqual([
      'pmd-only',
      'pmd-only',
      'pmd-only',
      'pmd-steps',
      'pmd-steps',
      'best-map-size-v64',
    ])
  })
  it('riscv: best_map_size() with PGD leaves in 6.4 – 6.7 (v6.5), without from 6.8 (v6.8); ignores debug_pagealloc up to 6.10 (v6.5, v6.8), maps pages under it from 6.11 (v6.11:692)', () => {
    const releases = ['6.4.0', '6.5.13', '6.7.12', '6.8.0', '6.10.14', '6.11.0', '6.12.0', '6.12.12', '6.12.117', '7.2.13']
    expect(releases.map((v) => policyFor('riscv64', v)!.riscv!.linearMap)).toEqual([
      'best-map-size-v64',
      'best-map-size-v64',
      'best-map-size-v64',
      'best-map-size-v68',
      'best-map-size-v68',
      'best-map-size',
      'best-map-size',
      'best-map-size',
      'best-map-size',
      'best-map-size',
    ])
  })
  it('riscv: memory_limit from KERN_VIRT_SIZE - 4G up to 6.11 (v6.11:1135), KERN_VIRT_SIZE from 6.12; the loop stops at it up to 6.10.3, RAM capped from stable 6.10.4', () => {
    const r = (release: string) => policyFor('riscv64', release)!.riscv!
    const releases = ['5.10.223', '5.12.0', '5.13.19', '5.14.0', '5.15.0', '6.1.192', '6.5.13', '6.10.3', '6.10.4', '6.11.0', '6.12.0', '6.12.117', '7.2.13']
    expect(releases.map((v) => [r(v).memoryLimitStart, r(v).linearMapBound])).toEqual([
      // ≤5.13: no stop in setup_vm_final()'s loop, -PAGE_OFFSET enforced (arch/riscv/mm/init.c@v5.13:133-134,686-706).
      ['minus-page-offset', 'none'],
      ['minus-page-offset', 'none'],
      ['minus-page-offset', 'none'],
      // 5.14: the stop (v5.14:741-742), memory_limit = -PAGE_OFFSET - SZ_4G (v5.14:140).
      ['kern-virt-size-less-4g', 'memory-limit'],
      ['kern-virt-size-less-4g', 'memory-limit'],
      ['kern-virt-size-less-4g', 'memory-limit'],
      ['kern-virt-size-less-4g', 'memory-limit'],
      ['kern-virt-size-less-4g', 'memory-limit'],
      ['kern-virt-size-less-4g', 'cap'],
      ['kern-virt-size-less-4g', 'cap'],
      ['kern-virt-size', 'cap'],
      ['kern-virt-size', 'cap'],
      ['kern-virt-size', 'cap'],
    ])
  })
  it('riscv: Sv39 only up to 5.16, Sv48 at most in 5.17 – 5.18 (no create_pud_mapping() in v5.15, no create_p4d_mapping() in v5.17), Sv57 from 5.19', () => {
    expect(['5.10.223', '5.13.0', '5.15.0', '5.16.20', '5.17.0', '5.18.19', '5.19.0', '7.2.13'].map((v) => policyFor('riscv64', v)!.riscv!.satpModes)).toEqual([3, 3, 3, 3, 4, 4, 5, 5])
  })
  it('riscv 6.12.0 – 6.12.12 share 6.11\'s boot but the /reserved-memory array and memory_limit: the struct sizes of 6.7 and the 6.11 linear map', () => {
    const r = (release: string) => policyFor('riscv64', release)!.riscv!
    const { ofReservedMem: _a, numaMemblock: _b, numaLog: _c, numaDistanceBytes: _d, memoryLimitStart: _e, ...rest612 } = r('6.12.0')
    const { ofReservedMem: _f, numaMemblock: _g, numaLog: _h, numaDistanceBytes: _i, memoryLimitStart: _j, ...rest611 } = r('6.11.0')
    expect(rest612).toEqual(rest611)
    expect(r('6.12.0').ofStructs).toBe(r('6.12.117').ofStructs)
  })
  it('riscv: the 6.1.y low limit is 4G - 1, dma32_phys_limit from 6.6', () => {
    expect(policyFor('riscv64', '6.1.39')!.riscv!.lowMax).toBe('4G')
    expect(policyFor('riscv64', '6.1.192')!.riscv!.lowMax).toBe('4G-1')
    // b690e266dae2 in stable 6.4.5 and mainline 6.5.
    expect(['6.4.4', '6.4.5', '6.4.16', '6.5.0'].map((r) => policyFor('riscv64', r)!.riscv!.lowMax)).toEqual(['4G', '4G-1', '4G-1', '4G-1'])
    expect(policyFor('riscv64', '6.6.0')!.riscv!.lowMax).toBe('dma32')
    expect(policyFor('riscv64', '6.12.117')!.riscv!.lowMax).toBe('dma32')
  })
})

describe('crashkernel= parsing is generic code', () => {
  // get_last_crashkernel(), __parse_crashkernel() and memparse() are shared by every
  // architecture (kernel/crash_core.c, kernel/crash_reserve.c, lib/cmdline.c), so at any
  // release the three dialects must agree (the message texts too: the test above).
  const generic = (p: KernelPolicy) => {
    const d = p.parse
    return { memparse: d.memparse, notFound: d.notFound, roundUp: d.roundUpTotalTo128M, suffixes: d.suffixes, rejectSizeAtLeastRam: d.rejectSizeAtLeastRam }
  }
  const releases = POLICIES.flatMap((p) => [p.appliesTo.from, { ...p.appliesTo.from, patch: p.appliesTo.from.patch + 1 }]).map(fmt)
  it.each([...new Set(releases)])('%s', (release) => {
    const [arm64, ...others] = ARCHES.map((arch) => generic(policyFor(arch, release)!))
    for (const o of others) expect(o).toEqual(arm64)
  })
})

describe('reserve_crashkernel_generic() is generic code from 6.7', () => {
  // arm64, x86_64 and riscv64 call the one reserve_crashkernel_generic() (kernel/crash_core.c@v6.8,
  // kernel/crash_reserve.c@v6.11, @v6.14, @v6.17, @v7.0) through their arch_reserve_crashkernel():
  // at any release from 6.7 the three take the same variant, the LOW == HIGH guard included.
  const releases = POLICIES.filter((p) => p.appliesTo.from.major > 6 || (p.appliesTo.from.major === 6 && p.appliesTo.from.minor >= 7))
    .flatMap((p) => [p.appliesTo.from, { ...p.appliesTo.from, patch: p.appliesTo.from.patch + 1 }])
    .map(fmt)
  it.each([...new Set(releases)])('%s', (release) => {
    const [arm64, ...others] = ARCHES.map((arch) => policyFor(arch, release)!.crash.reserve)
    for (const o of others) expect(o).toBe(arm64)
  })
})

describe('CMA placement is generic code (mm/cma.c, kernel/dma/contiguous.c)', () => {
  // cma_declare_contiguous_nid() and dma_contiguous_reserve() are shared by every architecture,
  // and CMA_MIN_ALIGNMENT_BYTES is PAGE_SIZE << max(MAX_ORDER - 1, pageblock_order) up to 5.18,
  // PAGE_SIZE << pageblock_order from 5.19: with 4K pages and a 2M pageblock, 4M then 2M. So at
  // any release the three architectures agree. (" on node %d" is left out: arm64 takes it
  // from 6.5, riscv from 6.6, x86 from 6.7, and the release is UNCONFIRMED.)
  const cma = (arch: Arch, release: string) => {
    const p = policyFor(arch, release)!
    if (p.arm64) {
      const a = p.arm64
      return { align: a.cmaMinAlign(4096n, a.pageblockOrder(4096n, {} as never)), above4GFirst: a.cmaAbove4GFirst, cmdlineLimit: a.cmaCmdlineLimit, logSize: a.cmaLogSize, highmemCheck: a.cmaFixedHighmemCheck }
    }
    if (p.x86) return { align: p.x86.cmaMinAlign, above4GFirst: p.x86.cmaAbove4GFirst, cmdlineLimit: p.x86.cmaCmdlineLimit, logSize: p.x86.cmaLogSize, highmemCheck: p.x86.cmaFixedHighmemCheck }
    const r = p.riscv!
    return { align: 4096n << BigInt(r.cmaMinAlignOrder), above4GFirst: r.cmaAbove4GFirst, cmdlineLimit: r.cmaCmdlineLimit, logSize: r.cmaLogSize, highmemCheck: r.cmaFixedHighmemCheck }
  }
  const releases = POLICIES.flatMap((p) => [p.appliesTo.from, { ...p.appliesTo.from, patch: p.appliesTo.from.patch + 1 }]).map(fmt)
  it.each([...new Set(releases)])('%s', (release) => {
    const [arm64, ...others] = ARCHES.map((arch) => cma(arch, release))
    for (const o of others) expect(o).toEqual(arm64)
  })
  // mm/cma.c and kernel/dma/contiguous.c of the four Debian trees: no bottom-up step in
  // 5.10.223; " on node %d" in 6.12.117 only; 7.2.13's cma_declare_contiguous_nid() wrapper
  // prints the size it was given and `limit_cmdline ?: limit`, and checks a fixed area against
  // highmem_start only with CONFIG_HIGHMEM (cma_fixed_reserve()).
  it.each([
    ['5.10.223', { align: 4n * M, above4GFirst: false, logNode: false, cmdlineLimit: 'min-not-zero', logSize: 'aligned', highmemCheck: true }],
    ['6.1.192', { align: 2n * M, above4GFirst: true, logNode: false, cmdlineLimit: 'min-not-zero', logSize: 'aligned', highmemCheck: true }],
    ['6.12.117', { align: 2n * M, above4GFirst: true, logNode: true, cmdlineLimit: 'min-not-zero', logSize: 'aligned', highmemCheck: true }],
    ['7.2.13', { align: 2n * M, above4GFirst: true, logNode: false, cmdlineLimit: 'replaces', logSize: 'requested', highmemCheck: false }],
  ])('the Debian build %s on every architecture', (release, expected) => {
    for (const arch of ARCHES) {
      const p = policyFor(arch, release)!
      const logNode = (p.arm64 ?? p.x86 ?? p.riscv)!.cmaLogNode
      expect({ arch, ...cma(arch, release), logNode }).toEqual({ arch, ...expected })
    }
  })
})

describe('policyFor(): the CMA lines name the node from 6.6 to 6.x on every architecture', () => {
  // mm/cma.c is generic: "dma-contiguous: support numa CMA for specified node" (v3, 2023-07-12,
  // the 6.6 merge window) added " on node %d" to cma_declare_contiguous_nid()'s lines for
  // every arch at once (6.1.192 has none, 6.12.117 has it, 7.2.13 dropped it again).
  it.each([
    ['6.5.13', false],
    ['6.6.0', true],
    ['6.6.4', true],
    ['6.11.0', true],
    ['6.12.117', true],
    ['7.2.13', false],
  ] as const)('%s: %s', (release, named) => {
    for (const arch of ARCHES) {
      const p = policyFor(arch, release)!
      expect({ arch, named: (p.arm64 ?? p.x86 ?? p.riscv)!.cmaLogNode }).toEqual({ arch, named })
    }
  })
})

describe('policyFor(): what-if policies and unknown inputs', () => {
  it('what-if policies are found by name only, for their arch', () => {
    for (const w of WHAT_IF_POLICIES) {
      expect(policyFor(w.arch, '6.1.192', w.id)).toBe(w)
      expect(policyFor(w.arch, 'not-a-version', w.id)).toBe(w)
      for (const other of ARCHES.filter((a) => a !== w.arch)) expect(policyFor(other, '6.1.192', w.id)).toBeUndefined()
    }
    expect(policyFor('arm64', '6.1.192', 'whatif-bhe-4g-low-end')?.whatIf).toBe(true)
    expect(policyFor('arm64', '6.1.192', 'whatif-rppt-no-protection-deferred')?.whatIf).toBe(true)
    expect(policyFor('arm64', '6.1.192', 'whatif-nonexistent')).toBeUndefined()
  })

  it('no release ever selects a what-if policy', () => {
    for (const arch of ARCHES) {
      for (const p of POLICIES.filter((q) => q.arch === arch)) {
        for (const v of [p.appliesTo.from, { ...p.appliesTo.from, patch: p.appliesTo.from.patch + 7 }]) {
          expect(policyFor(arch, fmt(v))?.whatIf).toBeFalsy()
        }
      }
    }
  })

  it("Baoquan He's policy takes its crash_addr_low_max(), early; Mike Rapoport's keeps 6.1's limit, deferred", () => {
    const bhe = policyFor('arm64', '6.1.192', 'whatif-bhe-4g-low-end')!.arm64!
    const rppt = policyFor('arm64', '6.1.192', 'whatif-rppt-no-protection-deferred')!.arm64!
    expect([bhe.crashLowMax, bhe.crashWhen, rppt.crashLowMax, rppt.crashWhen]).toEqual(['4g-if-dma-zones', 'memblock-init', 'dma-phys-limit', 'bootmem-if-dma-zones'])
  })

  it('a regular policy can also be named explicitly', () => {
    expect(policyFor('arm64', '5.10.223', 'arm64-6.12')?.id).toBe('arm64-6.12')
    expect(policyFor('x86_64', '5.10.223', 'arm64-6.12')).toBeUndefined()
  })

  it('releases below 5.10 and malformed releases have no policy', () => {
    for (const arch of ARCHES) {
      expect(policyFor(arch, '5.9.16')).toBeUndefined()
      expect(policyFor(arch, '4.19.0')).toBeUndefined()
      expect(policyFor(arch, 'junk')).toBeUndefined()
      expect(policyFor(arch, '')).toBeUndefined()
    }
  })

  it('policyFor() takes releases: a bare series is its .0 release until resolved', () => {
    expect(policyFor('arm64', '6.1')?.id).toBe('arm64-6.0.10')
    expect(policyFor('arm64', resolveKernelRelease('6.1')!)?.id).toBe('arm64-6.1.176')
    expect(policyFor('arm64', resolveKernelRelease('5.10')!)?.id).toBe('arm64-5.10.110')
  })
})

describe('COMMAND_LINE_SIZE', () => {
  it('is 2048 on arm64 and x86_64 throughout, and on riscv64 1024 up to 7.0 and 2048 from 7.1', () => {
    const size = (arch: Arch, release: string) => policyFor(arch, release)!.commandLineSize
    expect(['5.10.0', '6.12.117', '7.3.4'].map((r) => [size('arm64', r), size('x86_64', r)])).toEqual([
      [2048, 2048],
      [2048, 2048],
      [2048, 2048],
    ])
    expect(['5.10.0', '6.12.117', '7.0.4', '7.1.0', '7.2.13'].map((r) => size('riscv64', r))).toEqual([1024, 1024, 1024, 2048, 2048])
  })
})

describe('free_area_init() and find_zone_movable_pfns_for_nodes() generations by release, as the upstream trees show them', () => {
  const gen = (arch: Arch, r: string) => policyFor(arch, r)!
  it.each(['arm64', 'x86_64', 'riscv64'] as const)('%s: the mirror limit, the mirror test, movable_node\'s PFN and out2\'s nodes', (arch) => {
    // mm/page_alloc.c@v5.17:7825 0x100000, @v5.19:7907 PHYS_PFN(SZ_4G)
    // @v5.11 – @v5.17 without ddbc84f3f595's end-of-node check, Debian's v5.10.223 and @v5.19 with it
    expect(gen(arch, '5.10.223').zoneMovable).toBe(ZONE_MOVABLE_5_10)
    for (const r of ['5.11.0', '5.14.0', '5.17.0']) expect(gen(arch, r).zoneMovable).toBe(ZONE_MOVABLE_5_11)
    expect(gen(arch, '5.18.0').zoneMovable).toBe(arch === 'riscv64' ? ZONE_MOVABLE_5_11 : ZONE_MOVABLE_5_10)
    expect(gen(arch, '5.19.0').zoneMovable).toBe(ZONE_MOVABLE_6_1)
    // mm/mm_init.c@v6.5 without memblock_has_mirror(), @v6.8:380 with it and PFN_DOWN(r->base)
    expect(gen(arch, '6.5.0').zoneMovable).toBe(ZONE_MOVABLE_6_1)
    expect(gen(arch, '6.8.0').zoneMovable).toBe(ZONE_MOVABLE_6_6)
    // @v6.11:366 and @v6.14:365 memblock_region_memory_base_pfn(); @v6.14:548 out2 over every id
    expect(gen(arch, '6.11.0').zoneMovable).toBe(ZONE_MOVABLE_6_12)
    expect(gen(arch, '6.14.0').zoneMovable).toBe(ZONE_MOVABLE_6_12)
    // @v6.17:565 and @v7.0:565 for_each_node_state(nid, N_MEMORY)
    expect(gen(arch, '6.17.0').zoneMovable).toBe(ZONE_MOVABLE_7_2)
    expect(gen(arch, '7.0.0').zoneMovable).toBe(ZONE_MOVABLE_7_2)
  })
  it.each(['arm64', 'x86_64', 'riscv64'] as const)('%s: a CPU-only node', (arch) => {
    // mm/page_alloc.c@v5.17:8099 for_each_online_node(); @v5.19:8188-8192 for_each_node() and the offline line
    expect(gen(arch, '5.17.0').memorylessNode).toBe(MEMORYLESS_NODE_5_10)
    expect(gen(arch, '5.19.0').memorylessNode).toBe(MEMORYLESS_NODE_6_1)
    // mm/mm_init.c@v6.5:1873 prints it, @v6.8:1870-1877 does not (nor @v6.11, @v6.14, @v6.17, @v7.0)
    expect(gen(arch, '6.5.0').memorylessNode).toBe(MEMORYLESS_NODE_6_1)
    for (const r of ['6.8.0', '6.11.0', '6.14.0', '6.17.0', '7.0.0']) expect(gen(arch, r).memorylessNode).toBe(MEMORYLESS_NODE_6_12)
  })
})

describe('mm/memblock.c generations by release, as the upstream trees show them', () => {
  it.each(['arm64', 'x86_64', 'riscv64'] as const)('%s', (arch) => {
    const memblock = (r: string) => policyFor(arch, r)!.memblock
    // @v5.14:1663 memblock_cap_memory_range() without a memory check, @v5.15:1717 with it
    for (const r of ['5.10.0', '5.10.223', '5.14.21']) expect(memblock(r)).toBe(MEMBLOCK_5_10)
    // @v6.2:506 memblock_merge_regions(type), @v6.5:507 (type, start_rgn, end_rgn)
    for (const r of ['5.15.0', '6.1.192', '6.2.16']) expect(memblock(r)).toBe(MEMBLOCK_5_15)
    for (const r of ['6.6.0', '6.12.117', '7.2.13']) expect(memblock(r)).toBe(MEMBLOCK_6_3)
    // 6.3 – 6.5: UNCONFIRMED which (no 6.3 or 6.4 tree), taken as 6.3. x86_64-6.2 spans 6.2 – 6.5
    // and keeps 6.2's: x86 never calls memblock_cap_memory_range(), the one place they differ.
    for (const r of ['6.3.0', '6.5.0']) expect(memblock(r)).toBe(arch === 'x86_64' ? MEMBLOCK_5_15 : MEMBLOCK_6_3)
  })
})

describe('drivers/of/of_reserved_mem.c and fdt.c generations 5.10 – 6.0, as the upstream trees show them', () => {
  const of = (arch: 'arm64' | 'riscv64', r: string) => { const p = policyFor(arch, r)!; return (p.arm64 ?? p.riscv)!.ofReservedMem }
  it.each(['arm64', 'riscv64'] as const)('%s', (arch) => {
    // fdt.c@v5.11: a static no-map node memblock_remove()d; @v5.13 flagged NOMAP or refused (-EBUSY)
    expect(of(arch, '5.11.0').staticNomap).toBe('remove')
    expect(of(arch, '5.13.0').staticNomap).toBe('mark')
    // of_reserved_mem.c@v5.13 removes a dynamic no-map node, @v5.14 finds and flags it, @v5.15 allocates and flags it
    expect(['5.13.0', '5.14.0', '5.15.0', '6.1.192'].map((r) => of(arch, r).dynamicNomap)).toEqual(['remove', 'find-mark', 'mark', 'mark'])
    // fdt.c@v5.15 refuses no-map over any reservation, @v5.17 only over RAM
    expect(['5.15.0', '5.17.0', '5.19.0'].map((r) => of(arch, r).nomapBusyOnlyInMemory)).toEqual([false, true, true])
    // pr_info() without the size in @v5.19, pr_err() with it in @v6.0
    expect(['5.19.0', '6.0.0'].map((r) => [of(arch, r).allocFailSize, of(arch, r).staticFail.level])).toEqual([[false, 'info'], [true, 'err']])
  })
})

describe('arm64_memblock_init()\'s "VA_BITS too small" warning', () => {
  it('from 5.11 (arch/arm64/mm/init.c@v5.11:303-304; not in v5.10.223)', () => {
    expect(['5.10.223', '5.11.0', '5.14.0', '5.18.0', '5.19.0', '6.1.192'].map((r) => policyFor('arm64', r)!.arm64!.warnLinearRegionTooSmall)).toEqual([false, true, true, true, true, true])
  })
})

describe('hugetlb_cma= by release (HUGETLB_CMA_BY_RELEASE): a policy boundary at every change', () => {
  // [call, syntax, align, rounded log line, arm64 order]: the table's boundaries each side.
  const gen = (arch: Arch, r: string) => {
    const g = policyFor(arch, r)!.hugetlbCma
    return [g.call, g.syntax, g.align, g.logPerNodeRounded, g.arm64Order].join(' ')
  }
  it('x86_64', () => {
    const releases = ['5.10.223', '5.15.99', '5.16.0', '5.16.20', '5.17.0', '5.19.0', '6.1.175', '6.1.176', '6.1.192', '6.2.0', '6.9.12', '6.10.0', '6.12.89', '6.12.90', '6.12.117', '6.13.0', '6.14.11', '6.15.0', '6.19.6', '7.0.0', '7.2.13']
    expect(releases.map((r) => gen('x86_64', r))).toEqual([
      'before-crash size gigantic false cont-pmd',
      'before-crash size gigantic false cont-pmd',
      'before-crash size pmd false cont-pmd',
      'before-crash size pmd false cont-pmd',
      'before-crash per-node-int pmd false cont-pmd',
      'before-crash per-node pmd false cont-pmd',
      'before-crash per-node pmd false cont-pmd',
      'before-crash per-node pmd true cont-pmd',
      'before-crash per-node pmd true cont-pmd',
      'before-crash per-node pmd false cont-pmd',
      'before-crash per-node pmd false cont-pmd',
      'before-crash per-node gigantic false cont-pmd',
      'before-crash per-node gigantic false cont-pmd',
      'before-crash per-node gigantic true cont-pmd',
      'before-crash per-node gigantic true cont-pmd',
      'before-crash per-node gigantic false cont-pmd',
      'before-crash per-node gigantic false cont-pmd',
      'before-crash-multi per-node gigantic false cont-pmd',
      'before-crash-multi per-node gigantic false cont-pmd',
      'after-crash per-node gigantic false cont-pmd',
      'after-crash per-node gigantic false cont-pmd',
    ])
  })
  it('arm64: the 16K/64K order fixed in 5.10.75 and 5.14.14', () => {
    expect(['5.10.74', '5.10.75', '5.10.223', '5.11.0', '5.14.13', '5.14.14', '5.15.0'].map((r) => policyFor('arm64', r)!.hugetlbCma.arm64Order)).toEqual([
      'cont-pmd-plus-pmd', 'cont-pmd', 'cont-pmd', 'cont-pmd-plus-pmd', 'cont-pmd-plus-pmd', 'cont-pmd', 'cont-pmd',
    ])
  })
  it('every arch alike from 5.16 (riscv64 calls it from 5.15), but riscv64 6.15 – 6.19 (before NUMA init: not modelled)', () => {
    const releases = ['5.16.0', '5.17.0', '5.19.0', '6.1.175', '6.1.176', '6.2.0', '6.9.12', '6.10.0', '6.12.89', '6.12.90', '6.13.0', '6.15.0', '7.0.0']
    for (const arch of ['arm64', 'riscv64'] as const) expect(releases.map((r) => gen(arch, r))).toEqual(releases.map((r) => (arch === 'riscv64' && r === '6.15.0' ? gen('x86_64', r).replace('before-crash-multi', 'not-modelled') : gen('x86_64', r))))
    expect(['5.10.223', '5.14.21', '5.15.0'].map((r) => policyFor('riscv64', r)!.hugetlbCma.call)).toEqual(['none', 'none', 'before-crash'])
  })
})

describe('cma_pernuma= and numa_cma= by release (DMA_NUMA_CMA_BY_RELEASE)', () => {
  it('arm64 in bootmem_init() to 6.5, every arch first in dma_contiguous_reserve() from 6.6, after the default area from 7.2', () => {
    const releases = ['5.10.223', '6.1.192', '6.5.13', '6.6.0', '6.12.117', '7.0.4', '7.1.3', '7.2.13', '7.3.4']
    expect(releases.map((r) => policyFor('arm64', r)!.dmaNumaCma)).toEqual(['pernuma-bootmem', 'pernuma-bootmem', 'pernuma-bootmem', 'before-global', 'before-global', 'before-global', 'before-global', 'after-global', 'after-global'])
    for (const arch of ['x86_64', 'riscv64'] as const) {
      expect(releases.map((r) => policyFor(arch, r)!.dmaNumaCma)).toEqual(['none', 'none', 'none', 'before-global', 'before-global', 'before-global', 'before-global', 'after-global', 'after-global'])
    }
  })
})

describe('epochs split off for one parameter (KernelPolicy.onlyFor)', () => {
  // What a sweep folds must be the epoch before it in all but the split's own fields.
  const strip = (p: KernelPolicy) => {
    const { id: _i, appliesTo: _a, description: _d, sources: _s, onlyFor: _o, hugetlbCma: _h, hugetlbBootmem: _b, pkvm: _k, numaEmu: _n, ...rest } = p
    return rest
  }
  const HUGEPAGES = ['hugepages', 'hugepagesz', 'default_hugepagesz']
  const marked = POLICIES.filter((p) => p.onlyFor !== undefined)
  it('are the sixteen hugetlb_cma= splits (arm64\'s and riscv64\'s 6.15 for the hugepage parameters too), the three 7.0.4 hugepage ones, arm64\'s three protected-KVM ones and x86_64\'s three NUMA-emulation ones', () => {
    expect(marked.map((p) => p.id)).toEqual([
      'arm64-5.10.75', 'arm64-5.13', 'arm64-5.14.14', 'arm64-5.16', 'arm64-6.1.176', 'arm64-6.8', 'arm64-6.10', 'arm64-6.12.90', 'arm64-6.14', 'arm64-6.15', 'arm64-7.0.4',
      'x86_64-5.17', 'x86_64-6.1.176', 'x86_64-6.1.178', 'x86_64-6.10', 'x86_64-6.12.67', 'x86_64-6.12.90', 'x86_64-6.12.97', 'x86_64-7.0.4',
      'riscv64-5.16', 'riscv64-6.1.176', 'riscv64-6.10', 'riscv64-6.12.90', 'riscv64-6.15', 'riscv64-7.0.4',
    ])
    const numaEmu = ['x86_64-6.1.178', 'x86_64-6.12.67', 'x86_64-6.12.97']
    for (const p of marked) expect(p.onlyFor).toEqual(p.id.endsWith('-6.15') ? ['hugetlb_cma', ...HUGEPAGES] : p.id.endsWith('-7.0.4') ? HUGEPAGES : ['arm64-5.13', 'arm64-6.8', 'arm64-6.14'].includes(p.id) ? ['kvm-arm.mode'] : numaEmu.includes(p.id) ? ['numa'] : ['hugetlb_cma'])
  })
  it.each(marked.map((p) => [p.id, p] as const))('%s equals the epoch before it but for the fields of its parameters', (_id, p) => {
    const before = POLICIES.filter((q) => q.arch === p.arch && !q.whatIf && q.appliesTo.before && compareKernelVersions(q.appliesTo.before, p.appliesTo.from) === 0)
    expect(before).toHaveLength(1)
    expect(strip(p)).toEqual(strip(before[0]!))
    // Each parameter's generation changes where onlyFor names it, and only there.
    expect(JSON.stringify(p.hugetlbCma) !== JSON.stringify(before[0]!.hugetlbCma)).toBe(p.onlyFor!.includes('hugetlb_cma'))
    expect(JSON.stringify(p.hugetlbBootmem) !== JSON.stringify(before[0]!.hugetlbBootmem)).toBe(p.onlyFor!.includes('hugepages'))
    expect(JSON.stringify(p.pkvm) !== JSON.stringify(before[0]!.pkvm)).toBe(p.onlyFor!.includes('kvm-arm.mode'))
    expect(JSON.stringify(p.numaEmu) !== JSON.stringify(before[0]!.numaEmu)).toBe(p.onlyFor!.includes('numa'))
  })
})

describe('numa=fake=NU counts the nodes each physical node made', () => {
  // test/boots/numa-fake's fake4U boots: 6.12.117 and 7.2.13 refuse a split that 6.16.3 – 7.1.3 keep.
  it.each([
    ['6.1.177', false], ['6.1.178', true], ['6.12.96', false], ['6.12.97', true], ['6.12.117', true],
    ['6.16.3', false], ['6.19.6', false], ['7.0.4', false], ['7.1.3', false], ['7.2.0', true], ['7.2.13', true], ['7.3.4', true],
  ] as Array<[string, boolean]>)('x86_64 %s: %s', (release, counts) => {
    expect(policyFor('x86_64', release)?.numaEmu.countsCreatedPerNode).toBe(counts)
  })
})
