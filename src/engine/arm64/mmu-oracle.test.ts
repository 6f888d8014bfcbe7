// SPDX-License-Identifier: GPL-2.0-only
/**
 * The arm64 linear map against real boots: every arm64 `*-ptwalk` oracle case's histogram,
 * crash-range mapping and granule runs, and every `*-mbdebug` case's early_pgtable_alloc
 * page counts (and where they land, top-down).
 *
 * Inputs come from the case's `input` only (memory size, DT variant, full_cmdline) plus the
 * kernel config in ../kernels/; `observed.crash_ranges` supplies the crash regions whose
 * mapping is compared. The one runtime effect the engine cannot know — KFENCE objects freed
 * by the time of the walk (their data pages are unmapped too) — is read from the walk itself
 * and only ever subtracts from the '4K' bytes inside the pool.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CpuFeatures, GranuleHistogram, KernelConfig, PhysRange } from '../types.js'
import { linearMapFlags } from './linear-map-flags.js'
import { policyFor } from '../policies/index.js'
import { buildPagingInit, crashHistogramOfRuns, kernelBuildLayout, kernelSymbols, mapMem, mapMemReference, type MapMemInput, type MapMemResult } from './mmu.js'
import { kfencePoolSize } from '../kfence.js'

/** Where the oracle cases are: $ORACLE_CASES_DIR, else the shared tree, else the repo copy. */
export const ORACLE_CASES_DIR: string =
  process.env['ORACLE_CASES_DIR'] ??
  (existsSync('/work/shared/oracle/cases') ? '/work/shared/oracle/cases' : join(process.cwd(), 'test/oracle/cases'))

const IMAGE_BASE = 0x40200000n
const RAM_BASE = 0x40000000n
const SZ_4K = 0x1000n

interface OracleRange {
  start: string
  end: string
  kind?: string
}
interface OracleRun {
  pa: string
  va: string
  map: string
  ro: boolean
}
interface OracleEvent {
  kind: string
  start: string
  end: string
  size: number
  caller: string | null
  api: string | null
  count?: number
  each?: number
}
interface OracleCase {
  input: { id: string; kernel: string; memory: string; dt_variant: string | null; full_cmdline: string }
  observed: {
    early_log_complete?: boolean
    dmesg_problem_lines?: string[]
    dmesg_context_lines?: string[]
    crash_ranges: Array<OracleRange & { size: number }>
    linear_map_walk?: {
      va_bits: number
      linear_map_bytes_by_granule: Record<string, number>
      crash_ranges_mapping: Array<OracleRange & { mapped_bytes_by_granule: Record<string, number> }>
      runs: OracleRun[]
    }
    memblock_events?: OracleEvent[]
  }
}

const cases: OracleCase[] = existsSync(ORACLE_CASES_DIR)
  ? readdirSync(ORACLE_CASES_DIR)
      .filter((f) => f.startsWith('arm64-') && f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(ORACLE_CASES_DIR, f), 'utf8')) as OracleCase)
  : []

const sizeOf = (m: string): bigint => {
  const mm = /^(\d+)([MG])$/.exec(m)
  if (!mm) throw new Error(`bad memory size ${m}`)
  return BigInt(mm[1]!) << (mm[2] === 'G' ? 30n : 20n)
}

/** memblock.memory without NOMAP for a case (README "DT variants"). */
function memoryOf(c: OracleCase): PhysRange[] {
  const mem = sizeOf(c.input.memory)
  switch (c.input.dt_variant) {
    case 'twobank':
      return [{ base: 0x40000000n, size: 0x40000000n }, { base: 0xc0000000n, size: 0x80000000n }]
    case 'twobank-hi':
      return [{ base: 0x40000000n, size: 0x40000000n }, { base: 0x200000000n, size: 0x200000000n }]
    case 'resmem-nomap':
      // firmware@f0000000, 256 MiB, no-map: stays in memblock.memory flagged NOMAP.
      return [{ base: RAM_BASE, size: 0xf0000000n - RAM_BASE }, { base: 0x100000000n, size: RAM_BASE + mem - 0x100000000n }]
    default:
      return [{ base: RAM_BASE, size: mem }]
  }
}

/** KernelConfig from the Debian config file the case's kernel was built with. */
function configOf(series: string): KernelConfig {
  const path = join(ORACLE_CASES_DIR, '..', 'kernels', `config-arm64-${series}`)
  const text = readFileSync(path, 'utf8')
  const get = (k: string): string | undefined => new RegExp(`^CONFIG_${k}=(.*)$`, 'm').exec(text)?.[1]
  const y = (k: string): boolean => get(k) === 'y'
  return {
    ZONE_DMA: y('ZONE_DMA'),
    ZONE_DMA32: y('ZONE_DMA32'),
    RODATA_FULL_DEFAULT_ENABLED: y('RODATA_FULL_DEFAULT_ENABLED'),
    KFENCE: y('KFENCE'),
    KFENCE_SAMPLE_INTERVAL: Number(get('KFENCE_SAMPLE_INTERVAL') ?? 0),
    DEBUG_PAGEALLOC: y('DEBUG_PAGEALLOC'),
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: y('DEBUG_PAGEALLOC_ENABLE_DEFAULT'),
    CMA_SIZE_MBYTES: Number(get('CMA_SIZE_MBYTES') ?? 0),
    CMA: y('CMA'),
    RANDOMIZE_BASE: y('RANDOMIZE_BASE'),
    X86_DIRECT_GBPAGES: false,
  }
}

const CPU_MAX: CpuFeatures = { bbml2Noabort: false, lpa2: true, gbpages: false }

const flagsOf = (c: OracleCase) => {
  const build = kernelBuildLayout(c.input.kernel)!
  return linearMapFlags(build.generation, { config: configOf(c.input.kernel), cpu: CPU_MAX, cmdline: c.input.full_cmdline, numbers: policyFor('arm64', build.release)!.parse })
}

/** The mapMem() input for a case the way its kernel booted. */
function inputOf(c: OracleCase): { input: MapMemInput; pool?: PhysRange | undefined; top: bigint } {
  const build = kernelBuildLayout(c.input.kernel)!
  const memory = memoryOf(c)
  const flags = flagsOf(c)
  const top = memory.reduce((m, r) => (r.base + r.size > m ? r.base + r.size : m), 0n)
  // memblock top-down: map_kernel()'s tables, then the pool (PAGE_SIZE aligned), nothing else above.
  let pool: PhysRange | undefined
  if (flags.kfenceEarly) {
    const size = kfencePoolSize(build.pageSize, build.kfenceNumObjects)
    pool = { base: (top - BigInt(build.mapKernelTablePages) * SZ_4K - size) & ~(SZ_4K - 1n), size }
  }
  const input: MapMemInput = {
    generation: build.generation,
    pageSize: build.pageSize,
    vaBits: build.vaBits,
    memory,
    kernel: kernelSymbols(build, IMAGE_BASE),
    flags,
    kfence: pool ? { ...pool, early: true, initialised: flags.kfenceEnabled, numObjects: build.kfenceNumObjects } : undefined,
    pagingInit: buildPagingInit(build, IMAGE_BASE, build.imageSize, build.pageSize, build.vaBits),
  }
  return { input, pool, top }
}

/** Runs flags + mapMem() for a case the way its kernel booted. */
function simulate(c: OracleCase): { result: MapMemResult; pool?: PhysRange | undefined; top: bigint } {
  const { input, pool, top } = inputOf(c)
  return { result: mapMem(input), pool, top }
}

const toNumbers = (h: GranuleHistogram): Record<string, number> =>
  Object.fromEntries(Object.entries(h).filter(([, v]) => v > 0n).map(([k, v]) => [k, Number(v)]))

/** KFENCE object data pages (even pages ≥ 2) the walk found unmapped: objects freed at run time. */
function kfenceFreedPages(runs: OracleRun[], pool: PhysRange): number {
  const mapped = new Set<bigint>()
  for (const r of runs) {
    const [s, e] = r.pa.split('-').map((x) => BigInt(x)) as [bigint, bigint]
    for (let p = s > pool.base ? s : pool.base; p < e && p < pool.base + pool.size; p += SZ_4K) mapped.add((p - pool.base) / SZ_4K)
  }
  let freed = 0
  for (let i = 2n; i < pool.size / SZ_4K; i += 2n) if (!mapped.has(i)) freed++
  return freed
}

/** Runs merged by granule only (the walk splits them by read-only-ness too), outside `skip`. */
function granuleRuns(runs: Array<{ base: bigint; end: bigint; map: string }>, skip?: PhysRange): string[] {
  const out: Array<{ base: bigint; end: bigint; map: string }> = []
  for (const r of runs) {
    if (skip && r.base < skip.base + skip.size && r.end > skip.base) continue
    const last = out[out.length - 1]
    if (last && last.map === r.map && last.end === r.base) last.end = r.end
    else out.push({ ...r })
  }
  return out.map((r) => `${r.base.toString(16)}-${r.end.toString(16)} ${r.map}`)
}

const ptwalk = cases.filter((c) => c.observed.linear_map_walk)
const mbdebug = cases.filter((c) => c.input.id.endsWith('mbdebug'))

describe('oracle: arm64 linear-map walks', () => {
  it('has cases', () => {
    expect(ptwalk.length).toBeGreaterThan(0)
  })
  it.each(ptwalk.map((c) => [c.input.id, c] as const))('%s', (_id, c) => {
    const walk = c.observed.linear_map_walk!
    const { result, pool } = simulate(c)
    expect(result.warnings).toEqual([])
    const expected = { ...walk.linear_map_bytes_by_granule }
    const predicted = toNumbers(result.histogram)
    if (pool) {
      const freed = kfenceFreedPages(walk.runs, pool)
      expect(freed).toBeLessThan(32)
      predicted['4K'] = (predicted['4K'] ?? 0) - freed * 4096
    }
    expect(predicted).toEqual(expected)
    // Each crash region's mapping, read off the runs as arm64LinearMapFacts() does.
    for (const m of walk.crash_ranges_mapping) {
      const r = { base: BigInt(m.start), size: BigInt(m.end) - BigInt(m.start) + 1n }
      expect(toNumbers(crashHistogramOfRuns(result.runs, r))).toEqual(m.mapped_bytes_by_granule)
    }
    const observedRuns = walk.runs.map((r) => {
      const [s, e] = r.pa.split('-').map((x) => BigInt(x)) as [bigint, bigint]
      return { base: s, end: e, map: r.map }
    })
    const modelRuns = result.runs.map((r) => ({ base: r.base, end: r.base + r.size, map: r.map }))
    expect(granuleRuns(modelRuns, pool)).toEqual(granuleRuns(observedRuns, pool))
  })
})

/** The early_pgtable_alloc groups of a memblock=debug log, split at paging_init's free. */
function pgtableGroups(events: OracleEvent[]): Array<{ pages: number; start: bigint; end: bigint }> {
  const isPgtable = (e: OracleEvent): boolean =>
    e.kind === 'alloc' && (e.caller === 'early_pgtable_alloc' || (e.caller == null && e.api == null && (e.each ?? e.size) === 4096))
  const groups: Array<{ pages: number; start: bigint; end: bigint }> = []
  let cur: { pages: number; start: bigint; end: bigint } | undefined
  let seen = false
  for (const e of events) {
    if (isPgtable(e)) {
      seen = true
      const s = BigInt(e.start)
      const en = BigInt(e.end) + 1n
      if (!cur) cur = { pages: 0, start: s, end: en }
      cur.pages += e.count ?? 1
      cur.start = s < cur.start ? s : cur.start
      cur.end = en > cur.end ? en : cur.end
    } else if (seen && e.kind === 'free' && e.caller === 'paging_init') {
      if (cur) groups.push(cur)
      cur = undefined
    } else if (seen) break
  }
  if (cur) groups.push(cur)
  return groups
}

/** The model's page counts per group (paging_init's init_pg_dir free separates them). */
function modelGroups(r: MapMemResult): number[] {
  const groups: number[] = [0]
  for (const s of r.steps) {
    if (s.kind === 'pgtable') groups[groups.length - 1]! += s.pages
    else if (s.kind === 'free') groups.push(0)
  }
  return groups.filter((g) => g > 0)
}

describe('oracle: arm64 paging_init page-table pages (memblock=debug)', () => {
  it('has cases', () => {
    expect(mbdebug.length).toBeGreaterThan(0)
  })
  it.each(mbdebug.map((c) => [c.input.id, c] as const))('%s', (_id, c) => {
    const { result, top } = simulate(c)
    const observed = pgtableGroups(c.observed.memblock_events!)
    const model = modelGroups(result)
    // Top-down with nothing else allocated above: group k sits right under group k-1.
    let below = top
    const places = model.map((n) => {
      const p = { start: below - BigInt(n) * SZ_4K, end: below }
      below = p.start
      return p
    })
    if (c.observed.early_log_complete) {
      expect(observed.map((g) => g.pages)).toEqual(model)
      expect(observed.map((g) => [g.start, g.end])).toEqual(places.map((p) => [p.start, p.end]))
    } else {
      // The ring buffer wrapped: only the tail of the first group survives. Its lowest page
      // must still be where the model's first group starts, and the later groups complete.
      expect(observed.length).toBe(model.length)
      expect(observed[0]!.start).toBe(places[0]!.start)
      expect(observed[0]!.pages).toBeLessThanOrEqual(model[0]!)
      expect(observed.slice(1).map((g) => g.pages)).toEqual(model.slice(1))
    }
  })
})

describe('oracle: arm64 parameter messages', () => {
  const PARAM_LINE = /Invalid option string for rodata|Malformed early option/
  it.each(cases.map((c) => [c.input.id, c] as const))('%s', (_id, c) => {
    const seen = new Set<string>()
    for (const l of [...(c.observed.dmesg_problem_lines ?? []), ...(c.observed.dmesg_context_lines ?? [])]) {
      const text = l.replace(/^\[\s*[\d.]+\]\s/, '')
      if (PARAM_LINE.test(text)) seen.add(text)
    }
    expect(flagsOf(c).trace.map((t) => t.text)).toEqual([...seen])
  })
})

describe('oracle inputs: the run-length tables equal the per-entry reference', () => {
  /** JSON with bigints as hex: equal strings mean equal values and equal key order. */
  const serialize = (x: unknown): string => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
  // Many cases boot the same map and differ only in the crash regions they report on: one
  // run per map.
  const inputs = new Map<string, { ids: string[]; input: MapMemInput }>()
  for (const c of cases.filter((c) => kernelBuildLayout(c.input.kernel))) {
    const { input } = inputOf(c)
    const key = serialize(input)
    const seen = inputs.get(key)
    if (!seen) inputs.set(key, { ids: [c.input.id], input })
    else seen.ids.push(c.input.id)
  }
  it('has inputs', () => {
    expect(inputs.size).toBeGreaterThan(0)
  })
  it.each([...inputs.values()].map((x) => [x.ids.length > 1 ? `${x.ids[0]} and ${x.ids.length - 1} more` : x.ids[0]!, x.input] as const))('%s', (_ids, input) => {
    const fast = mapMem(input)
    const ref = mapMemReference(input)
    if (serialize(fast) !== serialize(ref)) expect(fast).toStrictEqual(ref)
    expect(serialize(fast)).toBe(serialize(ref))
  })
})

/**
 * A build's [_text, __init_begin), [__init_end, __bss_stop) and _end from what a boot prints:
 * /proc/iomem's "Kernel code" ends at __init_begin - 1 and "Kernel data" starts at _sdata
 * (arch/arm64/kernel/setup.c@v7.3.4:217-219), which is __init_end (nothing between them,
 * arch/arm64/kernel/vmlinux.lds.S@v7.3.4:309-317); BSS starts on the page after _edata
 * (SBSS_ALIGN = PAGE_SIZE with CONFIG_KVM, vmlinux.lds.S@v7.3.4:66-69,352) and is whole pages
 * (:359), so __bss_stop = _sdata + the Memory: line's rwdata rounded up to a page + its bss
 * (mem_init_print_info(), mm/mm_init.c@v7.3.4:2558-2561).
 */
function buildOffsetsOfBoot(iomem: readonly string[], memoryLine: string): { initBegin: bigint; initEnd: bigint; bssStop: bigint } {
  const range = (name: string) => {
    const m = iomem.map((l) => new RegExp(`^\\s*([0-9a-f]+)-([0-9a-f]+) : ${name}$`).exec(l)).find((x) => x)!
    return [BigInt(`0x${m[1]!}`), BigInt(`0x${m[2]!}`) + 1n] as const
  }
  const [text, initBegin] = range('Kernel code')
  const [sdata] = range('Kernel data')
  const kib = (what: string) => BigInt(new RegExp(`(\\d+)K ${what}`).exec(memoryLine)![1]!) * 1024n
  const bssStart = (sdata + kib('rwdata') + SZ_4K - 1n) & ~(SZ_4K - 1n)
  return { initBegin: initBegin - text, initEnd: sdata - text, bssStop: bssStart + kib('bss') - text }
}

describe('the arm64 build layouts against what their boots print', () => {
  it('7.2.13: iomem and the Memory: line give the offsets its page-table walks measured', () => {
    const c = JSON.parse(readFileSync(join(ORACLE_CASES_DIR, 'arm64-7.2-plain-4G-ck256M-mbdebug.json'), 'utf8')) as { observed: { iomem: string[]; dmesg_context_lines: string[] } }
    const memory = c.observed.dmesg_context_lines.find((l) => l.includes('Memory: '))!
    expect(buildOffsetsOfBoot(c.observed.iomem, memory)).toEqual(kernelBuildLayout('7.2.13')!.offsets)
  })
  it('7.3.4: the same from every test/boots/releases boot of it', () => {
    const dir = join(import.meta.dirname, '../../../test/boots/releases')
    const logs = readdirSync(dir).filter((f) => f.startsWith('arm64-7.3.4-') && f.endsWith('.log.gz'))
    expect(logs.length).toBeGreaterThanOrEqual(5)
    const build = kernelBuildLayout('7.3.4')!
    for (const f of logs) {
      const log = gunzipSync(readFileSync(join(dir, f))).toString('utf8').split('\n').map((l) => l.replace(/\r$/, ''))
      const iomem = log.slice(log.indexOf('=====ORACLE-BEGIN iomem====='), log.indexOf('=====ORACLE-END iomem====='))
      expect(iomem.length, f).toBeGreaterThan(0)
      expect(buildOffsetsOfBoot(iomem, log.find((l) => l.includes('Memory: '))!), f).toEqual(build.offsets)
      // arm64_memblock_init() reserves [_text, _end): the Image header's image_size.
      expect(log.some((l) => /memblock_reserve: \[0x0*40200000-0x0*4343ffff\].* arm64_memblock_init/.test(l)), f).toBe(true)
      expect(build.imageSize).toBe(0x4343ffffn + 1n - 0x40200000n)
    }
  })
})
