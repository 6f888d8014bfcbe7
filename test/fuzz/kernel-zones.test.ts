// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's zone setup (freeAreaInit(), findZoneMovablePfnsForNodes(), zoneMovableInput(),
 * parseCoreParams(): src/engine/zones.ts) against the kernel's own, compiled:
 * test/fixtures/kernel-zones.json.gz holds what scripts/kernel-zones/harness.c printed from
 * free_area_init() of eighteen trees, Debian's 5.10.223, 6.1.192, 6.12.117 and 7.2.13 and the
 * upstream releases 5.11, 5.13, 5.14, 5.15, 5.17, 5.19, 6.0, 6.2, 6.5, 6.8, 6.11, 6.14, 6.17 and
 * 7.0 (mm/page_alloc.c or mm/mm_init.c cut at build time, over the tree's mm/memblock.c:
 * scripts/kernel-zones-fixture.sh; CI needs neither gcc nor the sources) on a thousand random NUMA memory maps
 * (scripts/kernel-zones/cases.mjs: 1 – 4 memory nodes in order or interleaved, CPU-only nodes
 * online or not, MEMBLOCK_HOTPLUG/MIRROR/NOMAP ranges, pieces not page aligned or smaller than
 * a page, x86/arm64/riscv zone limits, 4K/16K/64K pages, kernelcore=/movablecore= sizes and
 * percentages, kernelcore=mirror, movable_node). Each case is replayed here on the memory
 * array the kernel's memblock built (the harness prints it first), the case's zone limits,
 * possible nodes and command line, with the version's policy (parse, zoneMovable,
 * memorylessNode), and must match exactly:
 *   - every line free_area_init() printed with pr_info ("Zone ranges:" and the zones, "Movable
 *     zone start for each node" and each node's ZONE_MOVABLE start, i.e. zone_movable_pfn[],
 *     "Early memory node ranges" and __next_mem_pfn_range()'s ranges, "Initializing node %d as
 *     memoryless", "Initmem setup node" with get_pfn_range_for_nid()'s span), in order;
 *   - the warnings find_zone_movable_pfns_for_nodes() printed (the engine's events), in order.
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import { memblockAddNode, memblockCreate } from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { freeAreaInit, zoneMovableInput, type ZoneSpec } from '../../src/engine/zones.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string }>
  cases: Array<{ input: string; out: Record<string, string[] | string> }>
}

/** KERNEL_ZONES_FIXTURE: a longer search's fixture (see the fixture script) instead of the committed one. */
const fixture = readKernelFixture<Fixture>('kernel-zones.json.gz', 'KERNEL_ZONES_FIXTURE')

const num = (w: string): bigint => BigInt(`0x${w}`)

/** A case's input line (harness.c's format), what the replay needs of it. */
interface Case {
  zones: string[]
  pageSize: bigint
  limits: bigint[]
  nodes: Array<{ nid: number; online: boolean }>
  cmdline: string
}

function parse(input: string): Case {
  const [zones, ops, limits, nodes, cmdline] = input.split('|') as [string, string, string, string, string]
  return {
    zones: zones.split(','),
    pageSize: num(ops.split(';')[0]!),
    limits: limits.split(' ').map(num),
    nodes: nodes.split(' ').map((w) => {
      const [nid, online] = w.split(':')
      return { nid: Number(nid), online: online === '1' }
    }),
    cmdline,
  }
}

function kernelLines(c: Fixture['cases'][number], gen: string): string[] {
  let out = c.out[gen]!
  while (typeof out === 'string') out = c.out[out]!
  return out
}

/** The zones of the case's set but Movable, in the kernel's order, with their limits. */
function zoneSpecs(c: Case): ZoneSpec[] {
  const names: ZoneSpec['name'][] = []
  if (c.zones.includes('dma')) names.push('DMA')
  if (c.zones.includes('dma32')) names.push('DMA32')
  names.push('Normal')
  if (c.zones.includes('device')) names.push('Device')
  return names.map((name, i) => ({ name, limit: c.limits[i]! * c.pageSize }))
}

/** The engine on a case, as the harness prints it (I: and W: lines, after the memory line). */
function replay(c: Case, memory: string, release: string): string[] {
  const policy = policyFor('x86_64', release)!
  const mb = memblockCreate(c.pageSize)
  for (const r of memory.split(' ').slice(1)) {
    const [base, size, flags, nid] = r.split(',') as [string, string, string, string]
    memblockAddNode(mb, num(base), num(size), Number(nid), Number(`0x${flags}`))
  }
  const movable = zoneMovableInput(c.cmdline, c.pageSize, policy.parse, policy.zoneMovable)
  const r = freeAreaInit(mb, zoneSpecs(c), c.pageSize, movable, { nodes: c.nodes, generation: policy.memorylessNode })
  return [...r.events.map((e) => `W:${e.text}`), ...r.lines.map((l) => `I:${l}`)]
}

/** undefined when the engine agrees with the kernel on case i for gen, else what differs. */
function compare(gen: string, i: number): string | undefined {
  const fc = fixture.cases[i]!
  const want = kernelLines(fc, gen)
  const where = `${gen} case ${i} ${fc.input}`
  const release = fixture.versions.find((v) => v.gen === gen)!.kernel
  let got: string[]
  try {
    got = replay(parse(fc.input), want[0]!, release)
  } catch (e) {
    return `${where}: the engine threw ${String(e)}`
  }
  const kernel = want.slice(1)
  const n = Math.max(kernel.length, got.length)
  const bad: string[] = []
  for (let k = 0; k < n; k++) if (kernel[k] !== got[k]) bad.push(`  kernel ${kernel[k]}\n  engine ${got[k]}`)
  return bad.length ? `${where}\n${bad.join('\n')}` : undefined
}

const gens = fixture.versions.map((v) => v.gen)

describe("zone setup against the kernel's own free_area_init(), compiled (test/fixtures/kernel-zones.json.gz)", () => {
  it('holds the eighteen versions and the default case count', () => {
    expect(gens).toEqual(['5.10', '5.11', '5.13', '5.14', '5.15', '5.17', '5.19', '6.0', '6.1', '6.2', '6.5', '6.8', '6.11', '6.12', '6.14', '6.17', '7.0', '7.2'])
    if (!process.env.KERNEL_ZONES_FIXTURE) expect(fixture.cases.length).toBe(1000)
  })
  for (const gen of gens) {
    it(`${gen}: every case matches`, () => {
      expectAgreement(fixture.cases.keys(), (i) => compare(gen, i), 5)
    })
  }
  it('the cases reach what they are meant to', () => {
    const seen = { movable: 0, multiNode: 0, moreMovable: 0, mirrorWarn: 0, noMirror: 0, memoryless: 0, offline: 0, aborts: 0 }
    for (const fc of fixture.cases) {
      const k510 = kernelLines(fc, '5.10')
      const k61 = kernelLines(fc, '6.1')
      const k612 = kernelLines(fc, '6.12')
      if ([k510, k61, k612].some((o) => o.some((l) => l.startsWith('abort')))) seen.aborts++
      const nodes = k612.filter((l) => l.startsWith('I:  Node '))
      if (nodes.length) seen.movable++
      if (nodes.length > 1) seen.moreMovable++
      if (new Set(k612.filter((l) => l.startsWith('I:Initmem setup node') && l.includes('[mem')).map((l) => l.split(' ')[3])).size > 1) seen.multiNode++
      if (k510.includes('W:This configuration results in unmirrored kernel memory.')) seen.mirrorWarn++
      if (k612.includes('W:The system has no mirror memory, ignore kernelcore=mirror.')) seen.noMirror++
      if (k612.some((l) => l.endsWith('as memoryless'))) seen.memoryless++
      if (k61.some((l) => l.startsWith('I:Initializing node'))) seen.offline++
    }
    const n = fixture.cases.length
    expect(seen.aborts).toBe(0)
    expect(seen.movable).toBeGreaterThan(n / 10)
    expect(seen.moreMovable).toBeGreaterThan(n / 50)
    expect(seen.multiNode).toBeGreaterThan(n / 3)
    expect(seen.mirrorWarn).toBeGreaterThan(n / 20)
    expect(seen.noMirror).toBeGreaterThan(n / 20)
    expect(seen.memoryless).toBeGreaterThan(n / 10)
    expect(seen.offline).toBeGreaterThan(n / 10)
  })
})
