// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's x86_64 direct map (initMemMapping(), src/engine/x86/init-mem-mapping.ts) against
 * the kernel's own, compiled: test/fixtures/kernel-x86dm.json.gz holds what
 * scripts/kernel-x86dm/harness.c printed after init_mem_mapping() of eighteen sources (Debian's
 * 5.10.223, 6.1.192, 6.12.117 and 7.2.13, upstream 5.11 – 7.0, each replayed with its release's
 * policy; arch/x86/mm/init.c and init_64.c cut at build time, over the tree's
 * mm/memblock.c: scripts/kernel-x86dm-fixture.sh; CI needs neither gcc nor the sources) on a
 * few hundred random e820 maps (scripts/kernel-x86dm/cases.mjs: holes, odd alignments, RAM
 * up to 4 TiB, ACPI/NVS/reserved entries in the holes, mem=, reservations at the top, PSE,
 * GBPAGES, nogbpages, debug_pagealloc, 4- and 5-level paging). Each case is replayed here
 * the way setup_arch() reaches init_mem_mapping() and harness.c drives it (the image's
 * reservation, reserve_brk() of the pgt_buf, the other reservations, e820__memblock_setup()),
 * with the version's policy (pgtBufPages, mapProbe), and must match exactly:
 *   - page_size_mask (probe_page_size_mask(): PSE and !debug_pagealloc → 2M, and direct_gbpages
 *     and GBPAGES → 1G; the engine's probePageSizeMask() assumes PSE, so the mask is derived
 *     here from the case's flags the same way and checked against the kernel's);
 *   - INIT_PGT_BUF_SIZE in pages (the policy's pgtBufPages);
 *   - direct_pages_count[] (DirectMap4k/2M/1G at init_mem_mapping()'s end);
 *   - the page-table pages reachable from the direct map's PGD entries, by level (P4D with
 *     5-level paging, PUD, PMD, PTE), and the present leaves by size;
 *   - the 1G leaves (GiB indices);
 *   - the pgt_buf pages used, the page-table pages taken from memblock in order;
 *   - memory_map_top_down()'s first 2 MiB block and max_pfn_mapped;
 *   - a case the kernel ended (panic(), BUG_ON()) must make the engine throw.
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import { memblockAdd, memblockCreate, memblockReserve, memblockReserveKern } from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { memblockTrimMemory } from '../../src/engine/x86/e820.js'
import { AllocLowPagesPanic, initMemMapping, type InitMemMappingState } from '../../src/engine/x86/init-mem-mapping.js'
import { liveRunLengthTables } from '../../src/engine/x86/init-mem-mapping-fast.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string }>
  cases: Array<{ input: string; out: Record<string, string[] | string> }>
}

/** KERNEL_X86DM_FIXTURE: a longer search's fixture (see the fixture script) instead of the committed one. */
const fixture = readKernelFixture<Fixture>('kernel-x86dm.json.gz', 'KERNEL_X86DM_FIXTURE')

const SZ_4K = 0x1000n
const SZ_1M = 0x100000n
const hex = (v: bigint | number): string => v.toString(16)
const num = (w: string): bigint => BigInt(`0x${w}`)

/** A case's input line (harness.c's format). */
interface Case {
  l5: boolean
  pse: boolean
  gbpages: boolean
  directGbpages: boolean
  debugPagealloc: boolean
  kernel: bigint
  kernelEnd: bigint
  e820: Array<{ type: number; addr: bigint; size: bigint }>
  reserved: Array<[bigint, bigint]>
  maxPfn: bigint
}

function parse(input: string): Case {
  const [flags, image, e820, reserved, maxPfn] = input.split(';') as [string, string, string, string, string]
  const [l5, pse, gbpages, directGbpages, debugPagealloc] = flags.split(' ').map((w) => w === '1')
  const [kernel, kernelEnd] = image.split(' ').map(num) as [bigint, bigint]
  return {
    l5: l5!,
    pse: pse!,
    gbpages: gbpages!,
    directGbpages: directGbpages!,
    debugPagealloc: debugPagealloc!,
    kernel,
    kernelEnd,
    e820: e820
      .split(' ')
      .filter(Boolean)
      .map((w) => {
        const [t, a, s] = w.split(':') as [string, string, string]
        return { type: Number(num(t)), addr: num(a), size: num(s) }
      }),
    reserved: reserved
      .split(' ')
      .filter(Boolean)
      .map((w) => w.split(':').map(num) as [bigint, bigint]),
    maxPfn: num(maxPfn),
  }
}

/** The kernel's lines of a case for a version, references followed. */
function kernelLines(c: Fixture['cases'][number], gen: string): string[] {
  let out = c.out[gen]!
  while (typeof out === 'string') out = c.out[out]!
  return out
}

/** Each version's release (the tree's VERSION.PATCHLEVEL.SUBLEVEL), whose policy replays it. */
const RELEASE: Record<string, string> = Object.fromEntries(fixture.versions.map((v) => [v.gen, v.kernel]))

/** Tables by level and leaves by size under the engine's run-length tables. */
function engineShape(st: InitMemMappingState): { pud: number; pmd: number; pte: number; l1G: number; l2M: number; l4K: number; gb: string } {
  const dm = liveRunLengthTables(st.tables)
  if (!dm) throw new Error('initMemMapping() left no run-length tables')
  let pud = 0, pmd = 0, pte = 0, l1G = 0, l2M = 0, l4K = 0
  const gbs: number[][] = []
  for (const idx of [...dm.pgd.keys()].sort((a, b) => a - b)) {
    const t = dm.pgd.get(idx)!
    pud++
    for (const run of t.runs) {
      const n = run.last - run.first + 1
      if (run.state === 1) {
        l1G += n
        const first = idx * 512 + run.first
        const prev = gbs.at(-1)
        if (prev && prev[1] === first - 1) prev[1] = idx * 512 + run.last
        else gbs.push([first, idx * 512 + run.last])
      }
      if (run.state !== 2) continue
      pmd += n
      for (const r2 of run.next!.runs) {
        const m = r2.last - r2.first + 1
        if (r2.state === 1) l2M += n * m
        if (r2.state !== 2) continue
        pte += n * m
        for (const r3 of r2.next!.runs) if (r3.state === 1) l4K += n * m * (r3.last - r3.first + 1)
      }
    }
  }
  return { pud, pmd, pte, l1G, l2M, l4K, gb: gbs.map(([a, b]) => `${hex(a!)}-${hex(b!)}`).join(',') }
}

/** Runs of pages each a page below the one before, as harness.c prints them. */
function pageRuns(pages: readonly bigint[]): string {
  const out: string[] = []
  for (let i = 0, j: number; i < pages.length; i = j) {
    for (j = i + 1; j < pages.length && pages[j] === pages[j - 1]! - SZ_4K; j++);
    out.push(`${hex(pages[i]!)}*${hex(j - i)}`)
  }
  return out.join(',')
}

/** The engine on a case, in harness.c's lines (without the warn line). */
function replay(c: Case, gen: string): string[] {
  const policy = policyFor('x86_64', RELEASE[gen]!)!
  const pol = policy.x86!
  const mb = memblockCreate(SZ_4K, pol.memblockRsrvKern)
  // early_reserve_memory(): the image; early_alloc_pgt_buf() and reserve_brk() (7.2:
  // memblock_reserve_kern()): the pgt_buf at the brk's start, the used part of the brk.
  memblockReserve(mb, c.kernel, c.kernelEnd - c.kernel)
  const pgtBufSize = BigInt(pol.pgtBufPages) * SZ_4K
  if (pol.memblockRsrvKern) memblockReserveKern(mb, c.kernelEnd, pgtBufSize)
  else memblockReserve(mb, c.kernelEnd, pgtBufSize)
  for (const [a, s] of c.reserved) memblockReserve(mb, a, s)
  mb.currentLimit = SZ_1M
  for (const e of c.e820) if (e.type === 1) memblockAdd(mb, e.addr, e.size)
  memblockTrimMemory(mb, SZ_4K)
  const use2M = c.pse && !c.debugPagealloc
  const use1G = use2M && c.directGbpages && c.gbpages
  const st = initMemMapping(mb, { end: c.maxPfn * SZ_4K, pgtBuf: { base: c.kernelEnd, pages: pol.pgtBufPages }, use2M, use1G, probe: pol.mapProbe, fiveLevel: c.l5 })
  const shape = engineShape(st)
  const count = st.tables.count
  return [
    `mask ${hex((use2M ? 4 : 0) | (use1G ? 8 : 0))} pgtbuf ${hex(pol.pgtBufPages)}`,
    `count ${hex(count['4K'])} ${hex(count['2M'])} ${hex(count['1G'])}`,
    `tables ${hex(c.l5 ? (st.p4dSlots?.size ?? 0) : 0)} ${hex(shape.pud)} ${hex(shape.pmd)} ${hex(shape.pte)}`,
    `leaves ${hex(shape.l1G)} ${hex(shape.l2M)} ${hex(shape.l4K)}`,
    `gb ${shape.gb}`,
    `brk ${hex(st.brkPages)}`,
    `memblock ${pageRuns(st.memblockPages)}`,
    `probe ${hex(st.topDownProbe)}`,
    `mapped ${hex(st.maxPfnMapped)}`,
  ]
}

/** undefined when the engine agrees with the kernel on case i for gen, else what differs. */
function compare(gen: string, i: number): string | undefined {
  const fc = fixture.cases[i]!
  const want = kernelLines(fc, gen)
  const where = `${gen} case ${i} ${fc.input}`
  const c = parse(fc.input)
  if (want.at(-1)!.startsWith('abort')) {
    // The harness reports only the signal; the one way the engine ends this boot is
    // alloc_low_pages()'s panic (or extend_brk()'s BUG): any other error is the engine's own.
    try {
      replay(c, gen)
    } catch (e) {
      return e instanceof AllocLowPagesPanic ? undefined : `${where}: the kernel ended (${want.at(-1)}), the engine threw ${String(e)}, not AllocLowPagesPanic`
    }
    return `${where}: the kernel ended (${want.at(-1)}), the engine did not throw`
  }
  let got: string[]
  try {
    got = replay(c, gen)
  } catch (e) {
    return `${where}: the engine threw ${String(e)}`
  }
  const kernel = want.filter((l) => !l.startsWith('warn '))
  const bad = kernel.map((l, k) => (l === got[k] ? undefined : `  kernel ${l}\n  engine ${got[k]}`)).filter(Boolean)
  // memory_map_top_down()'s pr_warn() ("Failed to release memory for alloc_low_pages()") comes
  // with the checked probe only, when no 2M block was free: the policy's mapProbe decides it.
  const warn = want.find((l) => l.startsWith('warn '))
  const engineWarn = `warn ${policyFor('x86_64', RELEASE[gen]!)!.x86!.mapProbe === 'alloc-free' && got.includes('probe 0') ? 1 : 0}`
  if (warn !== undefined && warn !== engineWarn) bad.push(`  kernel ${warn}\n  engine ${engineWarn} (mapProbe)`)
  return bad.length ? `${where}\n${bad.join('\n')}` : undefined
}

const gens = fixture.versions.map((v) => v.gen)

describe("x86 direct map against the kernel's own, compiled (test/fixtures/kernel-x86dm.json.gz)", () => {
  it('holds the eighteen versions and the default case count', () => {
    expect(gens).toEqual(['5.10', '5.11', '5.13', '5.14', '5.15', '5.17', '5.19', '6.0', '6.1', '6.2', '6.5', '6.8', '6.11', '6.12', '6.14', '6.17', '7.0', '7.2'])
    if (!process.env.KERNEL_X86DM_FIXTURE) expect(fixture.cases.length).toBe(600)
  })
  for (const gen of gens) {
    it(`${gen}: every case matches`, () => {
      expectAgreement(fixture.cases.keys(), (i) => compare(gen, i), 5)
    })
  }
  it('the cases reach what they are meant to', () => {
    const seen = { gb: 0, l5: 0, noPse: 0, memblockPages: 0, above4G: 0, aboveTiB: 0, aborts: 0, probeFailed: 0 }
    for (const fc of fixture.cases) {
      const c = parse(fc.input)
      const out = kernelLines(fc, '6.12')
      if (out.at(-1)!.startsWith('abort')) {
        seen.aborts++
        continue
      }
      if (out[0]!.startsWith('mask c')) seen.gb++
      if (c.l5) seen.l5++
      if (!c.pse) seen.noPse++
      if (out.find((l) => l.startsWith('memblock '))! !== 'memblock ') seen.memblockPages++
      if (out.includes('probe 0')) seen.probeFailed++
      if (c.maxPfn * SZ_4K > 4n << 30n) seen.above4G++
      if (c.maxPfn * SZ_4K > 1n << 40n) seen.aboveTiB++
    }
    const n = fixture.cases.length
    expect(seen.gb).toBeGreaterThan(n / 3)
    expect(seen.l5).toBeGreaterThan(n / 4)
    expect(seen.noPse).toBeGreaterThan(n / 100)
    expect(seen.memblockPages).toBeGreaterThan(n / 4)
    expect(seen.above4G).toBeGreaterThan(n / 3)
    expect(seen.aboveTiB).toBeGreaterThan(n / 50)
    expect(seen.aborts).toBeGreaterThan(0)
    expect(seen.probeFailed).toBeGreaterThan(0)
  })
})
