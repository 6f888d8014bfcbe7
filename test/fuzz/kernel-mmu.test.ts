// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's arm64 linear map against the kernel's own arch/arm64/mm/mmu.c, compiled:
 * test/fixtures/kernel-mmu.json.gz holds what scripts/kernel-mmu/harness.c printed after
 * running each tree's map_mem() (with __map_memblock(), the KFENCE pool helpers and the
 * __create_pgd_mapping() → … → init_pte() chain, cut out of eighteen trees at fixture time:
 * Debian 5.10.223, 6.1.192, 6.12.117, 7.2.13 and upstream 5.11, 5.13, 5.14, 5.15, 5.17, 5.19,
 * 6.0, 6.2, 6.5, 6.8, 6.11, 6.14, 6.17, 7.0; scripts/kernel-mmu-fixture.sh) on a few hundred
 * boots, in one build per granule and VA size (4K, 16K, 64K with 48 bits; 64K with 52 bits;
 * 4K and 16K with 52 bits, LPA2, from 6.9: 6.11 – 7.2). CI needs neither gcc nor the sources.
 *
 * Each boot is replayed on mapMem() and on its two ways alone (mapMemClosedForm() where it
 * holds, mapMemRuns()) and on the per-entry mapMemReference(), as the linear-map generation
 * of the tree's release (policyFor(); e.g. 5.13.0: arm64-5.12, 6.2.0: arm64-6.0.10, 6.17.0:
 * arm64-6.12, 7.2.13: arm64-7.2). Compared exactly: the page-table pages map_mem() allocated per level, the runs
 * (PA order, maximal runs of one entry size, "-cont" for PTE_CONT) and so the histogram, and
 * for a boot with NO_BLOCK_MAPPINGS|NO_CONT_MAPPINGS the same boot without them
 * (MapMemResult.block). A boot whose map_mem() hits a BUG_ON() or WARN_ON(), or has
 * pmd_set_huge()/pud_set_huge() refuse a block (≤7.1 ignore that: over a table, RAM is left
 * unmapped), must be one the engine warns about, and vice versa; a BUG_ON() with the warning
 * of that BUG_ON() (BUG_KINDS); the tables after a BUG_ON() are not compared.
 *
 * reference-mmu.ts, the second model mmu-diff.ts fuzzes the engine against, is replayed on
 * the same boots too (a misreading the two share would pass mmu-diff.ts, not this file).
 *
 * Left out (see harness.c and include/shim.h): the flag decision (linear-map-flags.ts; the
 * fixture gives NO_BLOCK|NO_CONT or nothing; 5.11 – 5.17's crash_mem_map, only a reason for
 * them, is false), kfence_init_pool()'s unmapping (mm/kfence, not
 * mmu.c: pools are early and not yet initialised), 5.10's and 5.19 – 6.2's crashkernel with
 * ZONE_DMA (the global flags instead of the separate map), MTE's tagged attributes, and the
 * tables of map_kernel() and create_idmap().
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import { mapMem, mapMemClosedForm, mapMemReference, mapMemRuns, type MapMemInput, type MapMemResult } from '../../src/engine/arm64/mmu.js'
import { linearMapFlags, type LinearMapGeneration } from '../../src/engine/arm64/linear-map-flags.js'
import { policyFor } from '../../src/engine/policies/index.js'
import type { CpuFeatures, KernelConfig } from '../../src/engine/types.js'
import { SHAPES } from './mmu-diff.js'
import { refGeometry, refMapMem, refPageOffset, type RefGranule, type RefResult } from './reference-mmu.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string }>
  cases: Array<{ input: string; out: Record<string, string> }>
}

const fixture = readKernelFixture<Fixture>('kernel-mmu.json.gz')

/** The tree's release → the engine's linear-map generation of that release (its policy's). */
const GENERATION: Record<string, LinearMapGeneration> = Object.fromEntries(
  fixture.versions.map(({ gen, kernel }) => [gen, policyFor('arm64', kernel)!.arm64!.linearMap as LinearMapGeneration]),
)
/**
 * What the generation's map_mem() does besides the banks, as the engine's flag decision has it
 * for a boot with crashkernel=, no DMA zones and KFENCE sampling: map a crash region reserved
 * early on its own (5.10, 5.18 – 6.3: crash_mem_map without DMA zones), allocate and page-map
 * the early KFENCE pool (6.1.65+, 6.4+). harness.c is given both and the kernel's map_mem()
 * takes what it knows.
 */
const EXTRAS: Record<string, { crash: boolean; pool: boolean }> = Object.fromEntries(
  fixture.versions.map(({ gen, kernel }) => {
    const policy = policyFor('arm64', kernel)!
    const config = { ZONE_DMA: false, ZONE_DMA32: false, RODATA_FULL_DEFAULT_ENABLED: false, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100, DEBUG_PAGEALLOC: false, DEBUG_PAGEALLOC_ENABLE_DEFAULT: false } as KernelConfig
    const f = linearMapFlags(GENERATION[gen]!, { config, cpu: { bbml2Noabort: false } as CpuFeatures, cmdline: 'crashkernel=256M', numbers: policy.parse })
    return [gen, { crash: f.crashEarlyPageMapped, pool: f.kfenceEarly }]
  }),
)

const x = (w: string): bigint => BigInt(`0x${w}`)

/** A case's input line (cases.mjs) as the engine's MapMemInput for version `v`. */
function inputOf(line: string, v: string): MapMemInput {
  const w = line.split(' ')
  const pageShift = Number(w[0])
  const page = 1n << BigInt(pageShift)
  const forced = w[2] === '1'
  const [memstart, text, stext, initBegin, initEnd, bssStop, crashStart, crashEnd, pool] = w.slice(3, 12).map(x) as [
    bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint,
  ]
  const objects = Number(x(w[12]!))
  const n = Number(w[13])
  const memory: MapMemInput['memory'] = []
  for (let k = 0; k < n; k++) {
    const [b, s, nomap] = w.slice(14 + 3 * k, 17 + 3 * k)
    if (nomap === '0') memory.push({ base: x(b!), size: x(s!) })
  }
  const seg = 0x10000n
  return {
    generation: GENERATION[v]!,
    pageSize: page,
    vaBits: Number(w[1]),
    memory,
    memstartAddr: memstart,
    kernel: { text, stext, initBegin, initEnd, bssStop, end: (bssStop + seg - 1n) & ~(seg - 1n) },
    flags: { noBlock: forced, noCont: forced },
    kfence:
      pool !== 0n && EXTRAS[v]!.pool
        ? { base: pool, size: BigInt(objects + 1) * 2n * page, early: true, initialised: false, numObjects: objects }
        : undefined,
    crashEarly: crashEnd !== 0n && EXTRAS[v]!.crash ? { base: crashStart, size: crashEnd - crashStart } : undefined,
  }
}

/** The engine's side of a harness.c answer: "ok warn N tables P4D PUD PMD PTE runs …" (warn only as yes/no). */
function show(r: Pick<MapMemResult, 'tables' | 'warnings'> & { runs?: MapMemResult['runs'] }): string {
  const t = r.tables
  const runs = (r.runs ?? []).map((q) => ` ${q.base.toString(16)}+${q.size.toString(16)}:${q.map}`).join('')
  return `ok warn ${r.warnings.length > 0 ? 'y' : 'n'} tables ${t.p4d} ${t.pud} ${t.pmd} ${t.pte} runs${runs}`
}
/** harness.c's answer with its WARN_ON()s and refused blocks as one yes/no (the engine warns of both). */
const kernelShow = (o: string): string =>
  o.replace(/^ok warn (\d+) refused (\d+)/, (_, w: string, r: string) => `ok warn ${w === '0' && r === '0' ? 'n' : 'y'}`)

/** The histogram the runs of an answer add up to. */
function histogramOf(o: string): Record<string, bigint> {
  const h: Record<string, bigint> = {}
  for (const m of o.matchAll(/ [0-9a-f]+\+([0-9a-f]+):(\S+)/g)) h[m[2]!] = (h[m[2]!] ?? 0n) + x(m[1]!)
  return h
}
const sorted = (h: Record<string, bigint>): string =>
  JSON.stringify(Object.entries(h).filter(([, b]) => b !== 0n).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, b]) => [k, b.toString(16)]))

/**
 * Each BUG_ON() harness.c reports ("bug line N: <condition>") by the kernel function holding
 * it (arch/arm64/mm/mmu.c of the 5.10, 6.1 and 7.2 trees): init_pte()'s
 * pgattr_change_is_safe() on a live PTE, alloc_init_cont_pte()'s pmd_sect()/pmd_leaf() (a PMD
 * block where a PTE table is needed) and alloc_init_cont_pmd()'s pud_sect()/pud_leaf() (a PUD
 * block where a PMD table is needed); with the warning the engine and reference-mmu.ts must
 * give for it. A BUG_ON() of another kind fails the test until it is added here.
 */
const BUG_KINDS: ReadonlyArray<{ kernel: RegExp; engine: RegExp; reference: RegExp }> = [
  { kernel: /^bug line \d+: !pgattr_change_is_safe\(pte_val\(old_pte\), /, engine: /^init_pte: BUG_ON\(!pgattr_change_is_safe\(\)\)/, reference: /^pgattr_change_is_safe \(pte\) / },
  { kernel: /^bug line \d+: pmd_(sect|leaf)\(pmd\)$/, engine: /^alloc_init_cont_pte: BUG_ON\(block entry\)/, reference: /^BUG_ON\(pmd_sect\) / },
  { kernel: /^bug line \d+: pud_(sect|leaf)\(pud\)$/, engine: /^alloc_init_cont_pmd: BUG_ON\(block entry\)/, reference: /^BUG_ON\(pud_sect\) / },
]
function bugKind(answer: string): (typeof BUG_KINDS)[number] {
  const kind = BUG_KINDS.find((k) => k.kernel.test(answer))
  if (kind === undefined) throw new Error(`no engine warning is known for the kernel's ${answer}`)
  return kind
}

/** One case of version `v`: undefined when every way of the engine gives the kernel's answer. */
function replay(c: Fixture['cases'][number], v: string, tally: { bug: number; closed: number; forced: number }): string | undefined {
  let out = c.out[v]!
  while (c.out[out] !== undefined) out = c.out[out]!
  const [main, block] = out.split(' | ') as [string, string | undefined]
  const input = inputOf(c.input, v)
  const ways: Array<[string, MapMemResult | undefined]> = [
    ['mapMem()', mapMem(input)],
    ['mapMemClosedForm()', mapMemClosedForm(input)],
    ['mapMemRuns()', mapMemRuns(input)],
    ['mapMemReference()', mapMemReference(input)],
  ]
  if (ways[1]![1] !== undefined) tally.closed++
  if (block !== undefined) tally.forced++
  const desc = `${v} ${c.input}`
  if (main.startsWith('bug ')) {
    tally.bug++
    // The kernel stops at its first BUG_ON(): the engine's first BUG_ON() warning must be that one.
    const kind = bugKind(main)
    for (const [name, r] of ways) {
      if (r === undefined) continue
      const bug = r.warnings.find((w) => w.includes('BUG_ON('))
      if (bug === undefined || !kind.engine.test(bug)) return `${desc}\n  kernel: BUG_ON() (${main})\n  ${name}: ${bug ?? 'no BUG_ON() warning'}`
    }
    return undefined
  }
  for (const [name, r] of ways) {
    if (r === undefined) continue
    const got = show(r)
    if (got !== kernelShow(main)) return `${desc}\n  kernel ${kernelShow(main)}\n  ${name} ${got}`
    if (sorted(r.histogram) !== sorted(histogramOf(main))) return `${desc}\n  ${name} histogram ${sorted(r.histogram)} not the runs' ${sorted(histogramOf(main))}`
    if (block !== undefined && !block.startsWith('bug ')) {
      const gotBlock = show({ tables: r.block.tables, warnings: [] })
      const wantBlock = kernelShow(block).replace(/ runs.*/, ' runs').replace(/warn y/, 'warn n')
      if (gotBlock !== wantBlock || sorted(r.block.histogram) !== sorted(histogramOf(block))) {
        return `${desc}\n  kernel block ${kernelShow(block)}\n  ${name} block ${gotBlock} ${sorted(r.block.histogram)}`
      }
    }
  }
  return undefined
}

describe('arm64 linear map: the engine against arch/arm64/mm/mmu.c compiled (test/fixtures/kernel-mmu.json.gz)', () => {
  it('holds the eighteen versions', () => {
    expect(fixture.versions.map((v) => v.gen)).toEqual(['5.10', '5.11', '5.13', '5.14', '5.15', '5.17', '5.19', '6.0', '6.1', '6.2', '6.5', '6.8', '6.11', '6.12', '6.14', '6.17', '7.0', '7.2'])
  })
  for (const { gen, kernel } of fixture.versions) {
    it(`gives map_mem()'s tables and runs for every boot (${kernel})`, () => {
      const tally = { bug: 0, closed: 0, forced: 0 }
      const replayed = expectAgreement(fixture.cases.filter((c) => c.out[gen] !== undefined), (c) => replay(c, gen, tally))
      console.log(gen, replayed, JSON.stringify(tally))
      expect(replayed).toBeGreaterThanOrEqual(240)
      // The cases reach both of the engine's ways and both flag settings.
      expect(tally.closed).toBeGreaterThan(replayed / 10)
      expect(tally.forced).toBeGreaterThan(replayed / 5)
    })
  }
})

/** reference-mmu.ts's answer in harness.c's form: its leaves as runs with the engine's keys. */
function refShow(r: RefResult, granule: RefGranule, vaBits: number, memstart: bigint): string {
  const g = refGeometry(granule, vaBits)
  const name = (shift: bigint): string => {
    const s = Number(shift)
    return s >= 40 ? `${1 << (s - 40)}T` : s >= 30 ? `${1 << (s - 30)}G` : s >= 20 ? `${1 << (s - 20)}M` : `${1 << (s - 10)}K`
  }
  const keys = { pte: name(g.pageShift), contPte: `${name(g.pageShift)}-cont`, pmd: name(g.pmdShift), contPmd: `${name(g.pmdShift)}-cont`, pud: name(g.pudShift) }
  const runs: Array<{ base: bigint; size: bigint; key: string }> = []
  for (const l of r.leaves) {
    if (l.kind === 'none') continue
    const base = l.start - refPageOffset(vaBits) + memstart
    const key = keys[l.kind]
    const last = runs[runs.length - 1]
    if (last && last.key === key && last.base + last.size === base) last.size += l.end - l.start
    else runs.push({ base, size: l.end - l.start, key })
  }
  const t = r.tables
  return `ok warn ${r.bugs.length + r.refused.length > 0 ? 'y' : 'n'} tables ${t.p4d} ${t.pud} ${t.pmd} ${t.pte} runs${runs.map((q) => ` ${q.base.toString(16)}+${q.size.toString(16)}:${q.key}`).join('')}`
}

describe('arm64 linear map: reference-mmu.ts (mmu-diff\'s model) against the same boots', () => {
  for (const { gen, kernel } of fixture.versions) {
    it(`gives map_mem()'s tables and runs for every boot (${kernel})`, () => {
      const shape = SHAPES.find(([g]) => g === GENERATION[gen])![1]
      const failures: string[] = []
      let replayed = 0
      for (const c of fixture.cases) {
        let out = c.out[gen]
        if (out === undefined) continue
        while (c.out[out] !== undefined) out = c.out[out]!
        replayed++
        const input = inputOf(c.input, gen)
        const w = c.input.split(' ')
        const granule = (Number(input.pageSize) >> 10) as RefGranule
        const regions = []
        for (let k = 0; k < Number(w[13]); k++) regions.push({ base: x(w[14 + 3 * k]!), size: x(w[15 + 3 * k]!), nomap: w[16 + 3 * k] === '1' })
        const k = input.kernel
        const answers = out.split(' | ')
        for (const [i, forcePages] of [input.flags.noBlock, false].entries()) {
          const want = answers[i]
          if (want === undefined) continue
          const r = refMapMem({
            shape,
            granule,
            vaBits: input.vaBits,
            physOffset: input.memstartAddr!,
            memory: regions,
            kernel: { text: k.text, stext: k.stext!, initBegin: k.initBegin, initEnd: k.initEnd!, bssStop: k.bssStop! },
            forcePages,
            crash: input.crashEarly ? { start: input.crashEarly.base, end: input.crashEarly.base + input.crashEarly.size } : undefined,
            pool: input.kfence ? { start: input.kfence.base, end: input.kfence.base + input.kfence.size, early: true, initialised: false, objects: input.kfence.numObjects! } : undefined,
          })
          if (want.startsWith('bug ')) {
            if (!bugKind(want).reference.test(r.bugs[0] ?? '')) failures.push(`${gen} ${c.input}${forcePages ? '' : ' (unforced)'}\n  kernel: ${want}\n  reference: ${r.bugs[0] ?? 'no bug'}`)
            continue
          }
          const got = refShow(r, granule, input.vaBits, input.memstartAddr!)
          if (got !== kernelShow(want)) failures.push(`${gen} ${c.input}${forcePages ? '' : ' (unforced)'}\n  kernel    ${kernelShow(want)}\n  reference ${got}`)
        }
      }
      expect(replayed).toBeGreaterThanOrEqual(240)
      if (failures.length) expect.fail(`${failures.length} answers of ${replayed} cases disagree; the first:\n${failures.slice(0, 3).join('\n\n')}`)
    })
  }
})
