// SPDX-License-Identifier: GPL-2.0-only
/**
 * Re-measures the per-build constants of src/engine/arm64/mmu.ts (kernelBuildLayout) from
 * the oracle cases and prints them next to the table's values:
 *
 *   initBegin      end of the read-only linear alias in the ptwalk runs (mark_linear_text_alias_ro)
 *   stext          start of that alias when it is not _text (6.1 maps from _stext)
 *   initEnd/bssStop 7.x: the read-only [__init_end, __bss_stop) run of the rodata=on/noalias walks
 *   imageSize      end of arm64_memblock_init()'s kernel reservation minus 0x40200000
 *   initPgDir      paging_init()'s memblock_free
 *   mapKernel      first early_pgtable_alloc group minus what mapMem() allocates for map_mem()
 *   createIdmap    the early_pgtable_alloc group after the init_pg_dir free
 *
 * Usage: npx tsx scripts/calibrate-mmu.ts [cases-dir]   (default: $ORACLE_CASES_DIR,
 * /work/shared/oracle/cases, test/oracle/cases). Exit code 1 when a value disagrees.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { linearMapFlags } from '../src/engine/arm64/linear-map-flags.js'
import { policyFor } from '../src/engine/policies/index.js'
import { buildPagingInit, kernelBuildLayout, kernelSymbols, mapMem } from '../src/engine/arm64/mmu.js'
import type { KernelConfig } from '../src/engine/types.js'

const dir =
  process.argv[2] ??
  process.env['ORACLE_CASES_DIR'] ??
  (existsSync('/work/shared/oracle/cases') ? '/work/shared/oracle/cases' : 'test/oracle/cases')
const TEXT = 0x40200000n

interface Run { pa: string; map: string; ro: boolean }
interface Ev { kind: string; start: string; end: string; size: number; caller?: string | null; api?: string | null; count?: number; each?: number }
const cases = readdirSync(dir)
  .filter((f) => f.startsWith('arm64-') && f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')))

const hex = (x: bigint | undefined) => (x === undefined ? '-' : '0x' + x.toString(16))
let bad = 0
const check = (series: string, what: string, measured: bigint | number | undefined, table: bigint | number | undefined) => {
  const ok = measured === undefined || BigInt(measured) === BigInt(table ?? -1)
  if (!ok) bad++
  const f = (v: bigint | number | undefined) => (typeof v === 'number' ? String(v) : hex(v))
  console.log(`${series.padEnd(5)} ${what.padEnd(12)} measured ${f(measured).padEnd(12)} table ${f(table).padEnd(12)} ${ok ? 'ok' : 'MISMATCH'}`)
}

function configOf(series: string): KernelConfig {
  const text = readFileSync(join(dir, '..', 'kernels', `config-arm64-${series}`), 'utf8')
  const get = (k: string) => new RegExp(`^CONFIG_${k}=(.*)$`, 'm').exec(text)?.[1]
  return {
    ZONE_DMA: get('ZONE_DMA') === 'y',
    ZONE_DMA32: get('ZONE_DMA32') === 'y',
    RODATA_FULL_DEFAULT_ENABLED: get('RODATA_FULL_DEFAULT_ENABLED') === 'y',
    KFENCE: get('KFENCE') === 'y',
    KFENCE_SAMPLE_INTERVAL: Number(get('KFENCE_SAMPLE_INTERVAL') ?? 0),
    DEBUG_PAGEALLOC: get('DEBUG_PAGEALLOC') === 'y',
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: get('DEBUG_PAGEALLOC_ENABLE_DEFAULT') === 'y',
    CMA_SIZE_MBYTES: 0,
    CMA: false,
    RANDOMIZE_BASE: true,
    X86_DIRECT_GBPAGES: false,
  }
}

for (const series of ['5.10', '6.1', '6.12', '7.2']) {
  const build = kernelBuildLayout(series)!
  const mine = cases.filter((c) => c.input.kernel === series)
  // RO alias: the first read-only run(s) starting at or just after _text.
  const roStarts = new Set<bigint>()
  const roEnds = new Set<bigint>()
  const dataRuns = new Set<string>()
  for (const c of mine) {
    const runs: Run[] = c.observed.linear_map_walk?.runs ?? []
    const ro = runs.filter((r) => r.ro).map((r) => r.pa.split('-').map((x) => BigInt(x)) as [bigint, bigint])
    // merge adjacent RO runs
    const merged: Array<[bigint, bigint]> = []
    for (const [s, e] of ro) {
      const last = merged[merged.length - 1]
      if (last && last[1] === s) last[1] = e
      else merged.push([s, e])
    }
    const alias = merged.find(([s]) => s >= TEXT && s < TEXT + 0x100000n)
    if (alias) {
      roStarts.add(alias[0])
      roEnds.add(alias[1])
    }
    if (series === '7.2' && /rodata(on|noalias)/.test(c.input.id)) {
      const data = merged.find(([s]) => alias && s > alias[1] && s < TEXT + build.imageSize)
      if (data) dataRuns.add(`${data[0]}-${data[1]}`)
    }
  }
  const one = <T>(s: Set<T>): T | undefined => (s.size === 1 ? [...s][0] : undefined)
  check(series, 'initBegin', one(roEnds) === undefined ? undefined : one(roEnds)! - TEXT, build.offsets.initBegin)
  const start = one(roStarts)
  check(series, 'stext', start !== undefined && start !== TEXT ? start - TEXT : undefined, build.offsets.stext)
  if (series === '7.2') {
    const d = one(dataRuns)?.split('-').map((x) => BigInt(x))
    check(series, 'initEnd', d ? d[0]! - TEXT : undefined, build.offsets.initEnd)
    check(series, 'bssStop', d ? d[1]! - TEXT : undefined, build.offsets.bssStop)
  }
  // memblock=debug cases with a complete early log.
  for (const c of mine.filter((c) => c.input.id.endsWith('-mbdebug') && c.observed.early_log_complete)) {
    const ev: Ev[] = c.observed.memblock_events
    const kres = ev.find((e) => e.kind === 'reserve' && e.caller === 'arm64_memblock_init' && BigInt(e.start) >= TEXT && BigInt(e.start) < TEXT + 0x100000n)
    if (kres) check(series, 'imageSize', BigInt(kres.end) + 1n - TEXT, build.imageSize)
    const groups: number[] = []
    let cur = 0
    let seen = false
    let freed: Ev | undefined
    for (const e of ev) {
      const pg = e.kind === 'alloc' && (e.caller === 'early_pgtable_alloc' || (e.caller == null && e.api == null && (e.each ?? e.size) === 4096))
      if (pg) {
        seen = true
        cur += e.count ?? 1
      } else if (seen && e.kind === 'free' && e.caller === 'paging_init') {
        freed = e
        groups.push(cur)
        cur = 0
      } else if (seen) break
    }
    if (cur) groups.push(cur)
    if (freed) check(series, 'initPgDir', BigInt(freed.start) - TEXT, build.initPgDir?.offset)
    const mem = BigInt(/^(\d+)G$/.exec(c.input.memory)![1]!) << 30n
    const flags = linearMapFlags(build.generation, { config: configOf(series), cpu: { bbml2Noabort: false, lpa2: true, gbpages: false }, cmdline: c.input.full_cmdline, numbers: policyFor('arm64', build.release)!.parse })
    const r = mapMem({
      generation: build.generation,
      pageSize: build.pageSize,
      vaBits: build.vaBits,
      memory: [{ base: 0x40000000n, size: mem }],
      kernel: kernelSymbols(build, TEXT),
      flags,
      pagingInit: { ...buildPagingInit(build, TEXT, build.imageSize, build.pageSize, build.vaBits), mapKernelTablePages: 0, createIdmapTablePages: 0 },
    })
    const mapMemPages = r.pgtablePages
    check(series, `mapKernel@${c.input.memory}`, groups[0]! - mapMemPages, build.mapKernelTablePages)
    check(series, `createIdmap@${c.input.memory}`, groups[1] ?? 0, build.createIdmapTablePages)
  }
}
process.exitCode = bad ? 1 : 0
