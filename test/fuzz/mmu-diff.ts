// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of the arm64 linear map (src/engine/arm64/mmu.ts mapMem(), the entry
 * point paging.ts uses through mapMemCached(), with its closed form and run-length ways)
 * against reference-mmu.ts, an independent model of arch/arm64/mm/mmu.c's map_mem() and
 * __create_pgd_mapping() chain. Compared: the bytes per histogram key (entry size, "-cont"
 * for PTE_CONT) and the page-table pages map_mem() allocates per level, for the map with the
 * global flags and for the block comparison (flags dropped), and the runs (where each
 * mapping size lies, PA order) of mapMem(), mapMemClosedForm() and mapMemRuns(). KFENCE pools
 * come early (page-mapped by map_mem()) or late (base pages forced), with or without
 * kfence_init_pool()'s guard-page unmapping.
 *
 * A case the reference finds hitting a BUG_ON() (mapping the same page twice across a
 * sub-page NOMAP hole without the 6.12.117/7.3 inward rounding) must be one the engine
 * warns about, and vice versa; the tables after a BUG_ON() are not compared. So must a
 * block pmd_set_huge()/pud_set_huge() refused (over a table, or a change of PTE_CONT), whose
 * tables are compared.
 *
 * VA bits are 48 or 52 (LVA/LPA2: 5 levels with 4K pages, so P4D tables are counted too).
 *
 * Both the engine and this reference are also replayed on boots run through the kernel's own
 * map_mem() chain, compiled from the trees (kernel-mmu.test.ts, scripts/kernel-mmu-fixture.sh).
 *
 * Left out (not claimed by the engine's MapMemInput, or no tree here): the flag
 * decision itself (linear-map-flags.ts: noBlock/noCont are given), the generations without a
 * tree under /work/ksrc (5.11 – 6.0.10, 6.4, 6.6.4 — arm64-6.12 is checked with the shape of
 * up/linux-6.16.3 — and the what-ifs), paging_init()'s map_kernel/create_idmap counts,
 * memory below memstart_addr or past the linear region (arm64_memblock_init() removes it),
 * and touching memblock.memory regions (MapMemInput takes them merged; memblock keeps
 * neighbours apart only when their flags or nid differ, which the engine never sets before
 * paging_init()).
 */
import { mapMem, mapMemClosedForm, mapMemRuns, type MapMemInput, type MapMemResult } from '../../src/engine/arm64/mmu.js'
import { type LinearMapGeneration } from '../../src/engine/arm64/linear-map-flags.js'
import {
  refGeometry,
  refMapMem,
  refMemstartAlign,
  refPageOffset,
  type RefGranule,
  type RefRegion,
  type RefResult,
  type RefShape,
} from './reference-mmu.js'

/** Generation → the map_mem() shape read from its tree (reference-mmu.ts RefShape). */
export const SHAPES: ReadonlyArray<[LinearMapGeneration, RefShape, { crash: boolean; pool: boolean }]> = [
  ['arm64-5.10.0', { kind: 'nomap', fromStext: false, roundInward: false, v72: false }, { crash: true, pool: false }],
  ['arm64-5.10.110', { kind: 'nomap', fromStext: false, roundInward: false, v72: false }, { crash: true, pool: false }],
  ['arm64-6.1.65', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: true, pool: true }],
  ['arm64-6.12', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: false, pool: true }],
  ['arm64-6.12.54', { kind: 'nomap', fromStext: false, roundInward: false, v72: false }, { crash: false, pool: true }],
  ['arm64-6.12.117', { kind: 'nomap', fromStext: false, roundInward: true, v72: false }, { crash: false, pool: true }],
  ['arm64-7.0', { kind: 'nomap', fromStext: false, roundInward: false, v72: false }, { crash: false, pool: true }],
  ['arm64-7.2', { kind: 'kernelFirst', fromStext: false, roundInward: false, v72: true }, { crash: false, pool: true }],
  ['arm64-7.3', { kind: 'kernelFirst', fromStext: false, roundInward: true, v72: true }, { crash: false, pool: true }],
  // The generations between Debian's, as the upstream trees of kernel-mmu.json.gz show them
  // (appended, so that the seeds of the rows above stay): map_mem() from _stext (5.11 – 6.11,
  // 6.14, 6.17), the crash region mapped alone where crash_mem_map does not force pages
  // (5.19 – 6.2), the early KFENCE pool from 6.4 (6.5).
  ['arm64-5.11', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: false, pool: false }],
  ['arm64-5.12', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: false, pool: false }],
  ['arm64-5.19', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: true, pool: false }],
  ['arm64-6.0', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: true, pool: false }],
  ['arm64-6.0.10', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: true, pool: false }],
  ['arm64-6.4', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: false, pool: true }],
  ['arm64-6.6.4', { kind: 'nomap', fromStext: true, roundInward: false, v72: false }, { crash: false, pool: true }],
]

/** xorshift64*: deterministic, seeded. */
class Rng {
  private s: bigint
  constructor(seed: number) {
    this.s = BigInt(seed) * 0x9e3779b97f4a7c15n + 1n
  }
  next(): bigint {
    let x = this.s
    x ^= x >> 12n
    x ^= (x << 25n) & 0xffff_ffff_ffff_ffffn
    x ^= x >> 27n
    this.s = x
    return (x * 0x2545f4914f6cdd1dn) & 0xffff_ffff_ffff_ffffn
  }
  int(n: number): number {
    return Number(this.next() % BigInt(n))
  }
  below(n: bigint): bigint {
    return n <= 0n ? 0n : this.next() % n
  }
  chance(p: number): boolean {
    return this.int(1_000_000) < p * 1_000_000
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)]!
  }
}

const KiB = 1n << 10n
const MiB = 1n << 20n
const GiB = 1n << 30n

/** Alignments that matter to some granule: page, CONT_PTE, PMD, CONT_PMD, PUD sizes and odd ones. */
const ALIGNS = [4n * KiB, 16n * KiB, 64n * KiB, 2n * MiB, 32n * MiB, 512n * MiB, 1n * GiB, 16n * GiB, 64n * GiB]

const alignUp = (x: bigint, a: bigint) => (x + a - 1n) & ~(a - 1n)

interface Case {
  input: MapMemInput
  ref: (forcePages: boolean) => RefResult
  desc: string
}

function genCase(rng: Rng, gen: LinearMapGeneration, shape: RefShape, feats: { crash: boolean; pool: boolean }): Case | undefined {
  const granule = rng.pick<RefGranule>([4, 16, 64])
  const page = BigInt(granule) * KiB
  const forced = rng.chance(0.35)
  // Base pages cost the reference one step per CONT_PTE span: keep forced maps small.
  // The reference steps once per PMD (16K: 32M) of block-mapped RAM: terabytes only now and then.
  const budget = forced
    ? rng.pick([16n * MiB, 128n * MiB, 512n * MiB])
    : rng.chance(0.04)
      ? granule === 16
        ? 256n * GiB
        : rng.pick([1024n * GiB, 4096n * GiB])
      : rng.pick([1n * GiB, 8n * GiB, 64n * GiB])
  const piece = (): bigint => {
    const a = rng.pick(ALIGNS)
    const n = rng.below(budget / a / 3n + 1n) + 1n
    const x = a * n
    return x > budget ? a : x
  }
  // memblock.memory: banks and holes (absent RAM or NOMAP), sub-page edges next to holes.
  // 52-bit VA (LVA for 64K since 5.4, LPA2 for 4K/16K in the 6.12+ trees) with 52-bit PAs
  const vaBits = rng.chance(0.25) && (granule === 64 || !(gen.startsWith('arm64-5.10') || gen === 'arm64-6.1.65')) ? 52 : 48
  const topPa = 1n << BigInt(vaBits)
  let cursor = rng.below(topPa - (1n << BigInt(vaBits - 2))) & ~(rng.pick(ALIGNS) - 1n)
  const regions: RefRegion[] = []
  const nBanks = 1 + rng.int(5)
  let used = 0n
  for (let b = 0; b < nBanks && used < budget; b++) {
    let base = cursor
    let size = piece()
    if (used + size > budget) size = budget - used
    if (size < 2n * page) break
    if (b > 0 && rng.chance(0.15)) base += rng.below(page - 1n) + 1n // odd start after a NOMAP hole
    let end = cursor + size
    if (rng.chance(0.15)) end -= rng.below(page - 1n) + 1n // odd end before a hole
    if (end <= base) break
    regions.push({ base, size: end - base, nomap: false })
    used += size
    const hole = rng.chance(0.3) ? rng.below(page) + 1n : piece()
    if (rng.chance(0.5)) regions.push({ base: end, size: hole, nomap: true }) // a NOMAP region
    cursor = end + hole
  }
  if (regions.length === 0) return undefined
  const banks = regions.filter((r) => !r.nomap)
  const lowest = banks[0]!.base
  const top = banks[banks.length - 1]!.base + banks[banks.length - 1]!.size
  const align = refMemstartAlign(granule, gen.startsWith('arm64-5.10') ? '5.10' : '6.1')
  let memstart = lowest & ~(align - 1n)
  // KASLR's memstart_offset_seed moves memstart_addr down by ARM64_MEMSTART_ALIGN steps (init.c:292-296).
  if (rng.chance(0.4)) memstart -= align * rng.below(memstart / align + 1n > 64n ? 64n : memstart / align + 1n)
  if (top - memstart > 1n << BigInt(vaBits - 1)) return undefined // past the linear region: removed by arm64_memblock_init()

  // The kernel image inside one bank (2M aligned as the EFI stub places it, sometimes only 64K).
  const busy: Array<[bigint, bigint]> = []
  const place = (size: bigint, a: bigint): bigint | undefined => {
    for (let tries = 0; tries < 8; tries++) {
      const r = rng.pick(banks)
      const lo = alignUp(r.base, a)
      const hi = r.base + r.size - size
      if (hi < lo) continue
      // at either end of the bank, right after something placed before, or anywhere
      const after = busy.length > 0 ? alignUp(rng.pick(busy)[1], a) : lo
      const at = rng.chance(0.15)
        ? lo
        : rng.chance(0.15)
          ? hi & ~(a - 1n)
          : rng.chance(0.2) && after >= lo && after <= hi
            ? after
            : lo + rng.below((hi - lo) / a + 1n) * a
      if (at < lo) continue
      if (busy.some(([s, e]) => at < e && at + size > s)) continue
      busy.push([at, at + size])
      return at
    }
    return undefined
  }
  const seg = 64n * KiB
  const initBeginOff = alignUp(8n * MiB + rng.below(32n * MiB), seg)
  const initEndOff = initBeginOff + alignUp(MiB + rng.below(7n * MiB), seg)
  const bssStopOff = initEndOff + alignUp(MiB + rng.below(15n * MiB), page)
  const endOff = alignUp(bssStopOff, seg)
  const text = place(endOff, rng.chance(0.8) ? 2n * MiB : seg)
  if (text === undefined) return undefined
  const kernel = {
    text,
    stext: text + seg,
    initBegin: text + initBeginOff,
    initEnd: text + initEndOff,
    bssStop: text + bssStopOff,
    end: text + endOff,
  }

  let crash: { start: bigint; end: bigint } | undefined
  if (feats.crash && rng.chance(0.4)) {
    const size = alignUp(rng.below(budget / 4n < 256n * MiB ? budget / 4n : 256n * MiB) + page, page) // mapped with base pages
    const at = place(size, rng.pick([page, 2n * MiB]))
    if (at !== undefined) crash = { start: at, end: at + size }
  }
  let pool: { start: bigint; end: bigint; early: boolean; initialised: boolean; objects: number } | undefined
  if (feats.pool && rng.chance(0.5)) {
    const objects = rng.pick([255, 255, 1, 63, 1000]) // CONFIG_KFENCE_NUM_OBJECTS
    const size = BigInt(objects + 1) * 2n * page // KFENCE_POOL_SIZE: include/linux/kfence.h
    const at = place(size, page)
    // A late pool (kfence_alloc_pool()) goes with base pages: kfence_late forces them.
    const early = !forced || rng.chance(0.5)
    if (at !== undefined) pool = { start: at, end: at + size, early, initialised: !early || rng.chance(0.5), objects }
  }
  const input: MapMemInput = {
    generation: gen,
    pageSize: page,
    vaBits,
    memory: banks.map((r) => ({ base: r.base, size: r.size })),
    memstartAddr: memstart,
    kernel,
    flags: { noBlock: forced, noCont: forced },
    kfence: pool
      ? { base: pool.start, size: pool.end - pool.start, early: pool.early, initialised: pool.initialised, numObjects: pool.objects }
      : undefined,
    crashEarly: crash ? { base: crash.start, size: crash.end - crash.start } : undefined,
  }
  const ref = (forcePages: boolean) =>
    refMapMem({ shape, granule, vaBits, physOffset: memstart, memory: regions, kernel, forcePages, crash, pool })
  const hex = (x: bigint) => '0x' + x.toString(16).padStart(16, '0')
  const desc = [
    `${gen} ${granule}K va${vaBits} forced=${forced} memstart=${hex(memstart)}`,
    ...regions.map((r) => `  ${r.nomap ? 'nomap ' : 'memory'} [${hex(r.base)}, ${hex(r.base + r.size)})`),
    `  kernel _text=${hex(kernel.text)} __init_begin=${hex(kernel.initBegin)} __init_end=${hex(kernel.initEnd)} __bss_stop=${hex(kernel.bssStop)}`,
    crash ? `  crash [${hex(crash.start)}, ${hex(crash.end)})` : '',
    pool
      ? `  kfence [${hex(pool.start)}, ${hex(pool.end)}) early=${pool.early} initialised=${pool.initialised} objects=${pool.objects}`
      : '',
  ].filter((l) => l !== '')
  return { input, ref, desc: desc.join('\n') }
}

/** The engine's histogram keys for the reference's leaf kinds (mmu-fast.ts sizeKey() naming: 4K, 2M, 1G, 32M-cont …). */
function refHistogram(granule: RefGranule, r: RefResult): Record<string, bigint> {
  const g = refGeometry(granule)
  const name = (shift: bigint): string => {
    const s = Number(shift)
    return s >= 40 ? `${1 << (s - 40)}T` : s >= 30 ? `${1 << (s - 30)}G` : s >= 20 ? `${1 << (s - 20)}M` : `${1 << (s - 10)}K`
  }
  const h: Record<string, bigint> = {}
  const add = (k: string, v: bigint) => {
    if (v !== 0n) h[k] = v
  }
  add(name(g.pageShift), r.bytesByKind.pte)
  add(`${name(g.pageShift)}-cont`, r.bytesByKind.contPte)
  add(name(g.pmdShift), r.bytesByKind.pmd)
  add(`${name(g.pmdShift)}-cont`, r.bytesByKind.contPmd)
  add(name(g.pudShift), r.bytesByKind.pud)
  return h
}

/** The reference's leaves as the engine's runs (PA order, one per maximal run of one key): "base+size:key". */
function refRuns(granule: RefGranule, vaBits: number, memstart: bigint, r: RefResult): string[] {
  const g = refGeometry(granule)
  const keys = refHistogram(granule, {
    ...r,
    bytesByKind: { pte: 1n, contPte: 2n, pmd: 3n, contPmd: 4n, pud: 5n },
  })
  const keyOf = Object.fromEntries(Object.entries(keys).map(([k, v]) => [['', 'pte', 'contPte', 'pmd', 'contPmd', 'pud'][Number(v)]!, k]))
  void g
  const out: Array<{ base: bigint; end: bigint; key: string }> = []
  for (const l of r.leaves) {
    const base = l.start - refPageOffset(vaBits) + memstart
    const key = keyOf[l.kind]!
    const last = out[out.length - 1]
    if (last && last.key === key && last.end === base) last.end = base + (l.end - l.start)
    else out.push({ base, end: base + (l.end - l.start), key })
  }
  return out.map((x) => `${x.base.toString(16)}+${(x.end - x.base).toString(16)}:${x.key}`)
}

const nonZero = (h: Record<string, bigint>): Record<string, bigint> => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== 0n))

function compare(
  c: Case,
  what: string,
  granule: RefGranule,
  got: Pick<MapMemResult, 'histogram' | 'tables'> & Partial<Pick<MapMemResult, 'runs'>>,
  want: RefResult,
): string | undefined {
  const gh = nonZero(got.histogram)
  const wh = refHistogram(granule, want)
  const gt = { p4d: got.tables.p4d, pud: got.tables.pud, pmd: got.tables.pmd, pte: got.tables.pte }
  const wt = { p4d: want.tables.p4d, pud: want.tables.pud, pmd: want.tables.pmd, pte: want.tables.pte }
  const fmt = (o: object) => JSON.stringify(o, (_, v: unknown) => (typeof v === 'bigint' ? v.toString(16) : v))
  if (fmt(sortKeys(gh)) !== fmt(sortKeys(wh)) || fmt(gt) !== fmt(wt)) {
    return `${what} differs\n${c.desc}\n  engine    ${fmt(sortKeys(gh))} ${fmt(gt)}\n  reference ${fmt(sortKeys(wh))} ${fmt(wt)}`
  }
  // Where each size lies, not only how much of it: the runs, when the engine gave them.
  if (got.runs !== undefined) {
    const gr = got.runs.map((x) => `${x.base.toString(16)}+${x.size.toString(16)}:${x.map}`)
    const wr = refRuns(granule, c.input.vaBits, c.input.memstartAddr!, want)
    const k = gr.findIndex((x, i) => x !== wr[i])
    if (k >= 0 || gr.length !== wr.length) {
      const at = k >= 0 ? k : Math.min(gr.length, wr.length)
      return `${what} runs differ at #${at}\n${c.desc}\n  engine    ${gr.slice(at, at + 3).join(' ')}\n  reference ${wr.slice(at, at + 3).join(' ')}`
    }
  }
  return undefined
}

const sortKeys = (h: Record<string, bigint>) => Object.fromEntries(Object.entries(h).sort(([a], [b]) => (a < b ? -1 : 1)))

export interface MmuTally {
  cases: number
  closedForm: number
  forced: number
  warned: number
  /** cases where the kernel would hit a BUG_ON() */
  bug: number
}

/** One random case of `gen`: undefined when the engine and the reference agree. */
export function runMmuCase(
  seed: number,
  gen: LinearMapGeneration,
  shape: RefShape,
  feats: { crash: boolean; pool: boolean },
  tally: MmuTally,
): string | undefined {
  const rng = new Rng(seed)
  let c: Case | undefined
  for (let tries = 0; c === undefined && tries < 20; tries++) c = genCase(rng, gen, shape, feats)
  if (c === undefined) return undefined
  const granule = Number(c.input.pageSize / KiB) as RefGranule
  const forced = c.input.flags.noBlock
  tally.cases++
  if (forced) tally.forced++
  const engine = mapMem(c.input)
  if (engine.warnings.length > 0) tally.warned++
  const want = c.ref(forced)
  // A BUG_ON() stops the boot: the tables after it are not compared, the report is. A
  // refused block is reported too, and the tables stay comparable.
  const flagged = [...want.bugs, ...want.refused]
  if (flagged.length > 0 || engine.warnings.length > 0) {
    tally.bug++
    if (flagged.length > 0 !== engine.warnings.length > 0) {
      return `BUG_ON() differs\n${c.desc}\n  engine    ${engine.warnings.join('; ') || 'none'}\n  reference ${flagged.join('; ') || 'none'}`
    }
    if (want.bugs.length > 0) return undefined
  }
  const bad = compare(c, 'mapMem()', granule, engine, want)
  if (bad) return bad + (engine.warnings.length > 0 ? `\n  engine warnings: ${engine.warnings.join('; ')}` : '')
  if (forced) {
    const wantBlock = c.ref(false)
    if (wantBlock.bugs.length > 0) return undefined // block comparison of a map that would BUG
    const badBlock = compare(c, 'mapMem().block', granule, engine.block, wantBlock)
    if (badBlock) return badBlock
  }
  // Both ways the engine has, whichever mapMem() picked.
  const closed = mapMemClosedForm(c.input)
  if (closed) {
    tally.closedForm++
    const badClosed = compare(c, 'mapMemClosedForm()', granule, closed, want)
    if (badClosed) return badClosed
  }
  return compare(c, 'mapMemRuns()', granule, mapMemRuns(c.input), want)
}

/** The case runMmuCase() would check for this seed (for profiling a slow or failing seed). */
export function genCaseForProfile(seed: number, gen: string): Case | undefined {
  const row = SHAPES.find(([g]) => g === gen)
  if (!row) return undefined
  const rng = new Rng(seed)
  let c: Case | undefined
  for (let tries = 0; c === undefined && tries < 20; tries++) c = genCase(rng, row[0], row[1], row[2])
  return c
}
