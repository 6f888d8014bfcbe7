// SPDX-License-Identifier: GPL-2.0-only
/**
 * paging_init() as memblock sees it: the map_kernel() tables, the early KFENCE pool, the
 * linear-map tables of map_mem(), the init_pg_dir free and create_idmap(), allocated
 * top-down in that order, plus the linear-map facts the rules read afterwards.
 *
 * The page-table arithmetic is mmu.ts (map_mem() and the __create_pgd_mapping() chain);
 * this file only replays its steps on the simulation's memblock.
 *
 * @kernel arch/arm64/mm/mmu.c paging_init, map_mem, early_pgtable_alloc, arm64_kfence_alloc_pool
 */
import {
  MEMBLOCK_ALLOC_NOLEAKTRACE,
  MEMBLOCK_NOMAP,
  memblockAllocPages,
  memblockPhysAllocRange,
  memblockPhysFree,
  type Memblock,
} from '../memblock/memblock.js'
import { NO_PARAM_TRACE, type ParamTrace } from '../early-params.js'
import type { KernelPolicy } from '../policies/types.js'
import type { Trace } from '../trace.js'
import type { CpuFeatures, KernelConfig, Layout, LinearMapFacts, PhysAddr, PhysRange } from '../types.js'
import { linearMapFlags, type LinearMapFlags, type LinearMapFlagsConfig, type LinearMapFlagsCpu, type LinearMapFlagsFields } from './linear-map-flags.js'
import { buildPagingInit, imageStartsAtStext, kernelBuildLayout, type KernelBuildLayout, kernelSymbols, mapMemCached, type PagingInitPhase, toLinearMapFacts, type MapMemResult } from './mmu.js'
import { kfencePoolSize } from '../kfence.js'

export interface Arm64PagingResult {
  flags: LinearMapFlags
  map: MapMemResult
  /** CONFIG_KFENCE_NUM_OBJECTS of the build. */
  kfenceObjects: number
}

const kfencePoolObjects = (p: Arm64PagingResult): number => p.kfenceObjects

/**
 * The Debian build whose measured constants (kernel text boundaries, map_kernel tables)
 * stand in for a kernel: its own series when the oracle booted it, else the nearest build of
 * the same linear-map generation family.
 */
function buildFor(release: string, generation: string): KernelBuildLayout {
  let byRelease = BUILD_FOR.get(generation)
  if (!byRelease) BUILD_FOR.set(generation, (byRelease = new Map()))
  let build = byRelease.get(release)
  if (build) return build
  build = kernelBuildLayout(release.split('.').slice(0, 2).join('.')) ?? kernelBuildLayout(NEAREST_BUILD[generation] ?? '6.12')!
  if (byRelease.size >= BUILD_FOR_MAX) byRelease.clear()
  byRelease.set(release, build)
  return build
}

/**
 * buildFor() by generation, then release: a pure function of the two strings and the
 * builds table, asked on every layout (arm64KernelStext(), and the flags store's misses),
 * where it split and joined the release each time. Bounded per generation; emptied with
 * the flags store (clearLinearMapFlagsStore()).
 */
const BUILD_FOR = new Map<string, Map<string, KernelBuildLayout>>()
const BUILD_FOR_MAX = 64

/** The build that stands in for each linear-map generation without one of its own. */
const NEAREST_BUILD: Readonly<Record<string, string>> = {
  'arm64-5.10.0': '5.10', 'arm64-5.10.22': '5.10', 'arm64-5.10.37': '5.10', 'arm64-5.10.47': '5.10', 'arm64-5.10.110': '5.10',
  'arm64-5.11': '6.1', 'arm64-5.12': '6.1', 'arm64-5.18': '6.1', 'arm64-5.19': '6.1', 'arm64-6.0': '6.1', 'arm64-6.0.10': '6.1', 'arm64-6.1.65': '6.1', 'arm64-6.2': '6.1',
  'arm64-6.4': '6.12', 'arm64-6.5': '6.12', 'arm64-6.6.4': '6.12', 'arm64-6.7': '6.12', 'arm64-6.12': '6.12', 'arm64-6.12.54': '6.12', 'arm64-6.12.117': '6.12', 'arm64-6.18': '7.2', 'arm64-7.0': '7.2', 'arm64-7.2': '7.2', 'arm64-7.3': '7.3',
  'whatif-bhe-4g': '6.1', 'whatif-rppt': '6.1',
}

/** The memory map_mem() iterates: memblock.memory minus NOMAP, touching ranges merged. */
function mappableMemory(mb: Memblock): PhysRange[] {
  const out: PhysRange[] = []
  for (const r of mb.memory.regions) {
    if (r.flags & MEMBLOCK_NOMAP) continue
    const last = out.at(-1)
    if (last && last.base + last.size === r.base) last.size += r.size
    else out.push({ base: r.base, size: r.size })
  }
  return out
}

/**
 * One linearMapFlags() + buildFor() result and everything it was computed from: the release,
 * the generation, the command line and the LinearMapFlagsConfig/LinearMapFlagsCpu fields
 * (the only ones the generations' types let them read), copied as primitives.
 */
interface FlagsEntry {
  release: string
  generation: string
  /** The policy's parse dialect, by identity (a policy's is one shared object). */
  numbers: LinearMapFlagsFields['numbers']
  cmdline: string
  zoneDma: boolean
  zoneDma32: boolean
  rodataFullDefault: boolean
  kfence: boolean
  kfenceSampleInterval: number
  debugPagealloc: boolean
  debugPageallocEnableDefault: boolean
  bbml2Noabort: boolean
  flags: LinearMapFlags
  build: KernelBuildLayout
  /** arm64ParamTrace() of `flags`, once asked for. */
  paramTrace?: ParamTrace
}

/**
 * linearMapFlags() and buildFor() results by command line; entries compare all their inputs.
 * A Map keyed by the string itself: V8 keeps a string's hash in the string, so a lookup
 * hashes nothing once the line has been seen (a fleet hands every layout of a board the
 * same string), where hashing the line into a number key read it whole on every layout.
 * At most FLAGS_MAX entries, then emptied (as HashedStore does).
 */
const FLAGS = new Map<string, FlagsEntry[]>()
const FLAGS_MAX = 256
let flagsCount = 0

/**
 * Engine helper (no kernel counterpart): empties the linear-map flags store.
 * Empties the linear-map flags store (clearEngineStores()).
 */
export function clearLinearMapFlagsStore(): void {
  FLAGS.clear()
  flagsCount = 0
  BUILD_FOR.clear()
}

/**
 * Every field of LinearMapFlagsConfig and LinearMapFlagsCpu, with the FlagsEntry field that
 * keeps it: a field added to those types (a generation reading one more option) does not
 * compile here until the key below covers it.
 */
const KEYED: { config: Record<keyof LinearMapFlagsConfig, keyof FlagsEntry>; cpu: Record<keyof LinearMapFlagsCpu, keyof FlagsEntry> } = {
  config: {
    ZONE_DMA: 'zoneDma',
    ZONE_DMA32: 'zoneDma32',
    RODATA_FULL_DEFAULT_ENABLED: 'rodataFullDefault',
    KFENCE: 'kfence',
    KFENCE_SAMPLE_INTERVAL: 'kfenceSampleInterval',
    DEBUG_PAGEALLOC: 'debugPagealloc',
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: 'debugPageallocEnableDefault',
  },
  cpu: { bbml2Noabort: 'bbml2Noabort' },
}
void KEYED

/**
 * Whether `e`, found in the bucket of this command line, was computed from exactly these
 * inputs (every other field of FlagsEntry's key, KEYED). The bucket is the FLAGS entry of
 * the line, and a Map finds a string key by its contents, so every entry in it has this
 * command line: comparing it again would compare the two strings character by character
 * whenever they are different objects (decoded boards with the same line each have their own).
 */
function flagsEntryMatches(e: FlagsEntry, release: string, generation: string, numbers: LinearMapFlagsFields['numbers'], config: LinearMapFlagsConfig, cpu: LinearMapFlagsCpu): boolean {
  return (
    e.release === release &&
    e.generation === generation &&
    e.numbers === numbers &&
    e.zoneDma === config.ZONE_DMA &&
    e.zoneDma32 === config.ZONE_DMA32 &&
    e.rodataFullDefault === config.RODATA_FULL_DEFAULT_ENABLED &&
    e.kfence === config.KFENCE &&
    e.kfenceSampleInterval === config.KFENCE_SAMPLE_INTERVAL &&
    e.debugPagealloc === config.DEBUG_PAGEALLOC &&
    e.debugPageallocEnableDefault === config.DEBUG_PAGEALLOC_ENABLE_DEFAULT &&
    e.bbml2Noabort === cpu.bbml2Noabort
  )
}

/**
 * linearMapFlags() and buildFor(), once per board shape: they read the kernel, the
 * generation, a few config options and CPU features and the command line, never the memory
 * map, so layouts that differ only in memory (RAM variants, a fleet of one board) share them.
 * The key is those inputs alone, found by command line and compared field by field (no whole-config
 * valueHash/valueEqual per layout); the generations can read no other field (their input
 * type is LinearMapFlagsFields) and KEYED fails to compile until a new one is in the key.
 * The results are shared: callers must not change them (nothing does; the trace is copied).
 */
function flagsAndBuild(release: string, generation: string, numbers: LinearMapFlagsFields['numbers'], config: KernelConfig, cpu: CpuFeatures, cmdline: string): FlagsEntry {
  const bucket = FLAGS.get(cmdline)
  if (bucket) for (const e of bucket) if (flagsEntryMatches(e, release, generation, numbers, config, cpu)) return e
  const entry: FlagsEntry = {
    release,
    generation,
    numbers,
    cmdline,
    zoneDma: config.ZONE_DMA,
    zoneDma32: config.ZONE_DMA32,
    rodataFullDefault: config.RODATA_FULL_DEFAULT_ENABLED,
    kfence: config.KFENCE,
    kfenceSampleInterval: config.KFENCE_SAMPLE_INTERVAL,
    debugPagealloc: config.DEBUG_PAGEALLOC,
    debugPageallocEnableDefault: config.DEBUG_PAGEALLOC_ENABLE_DEFAULT,
    bbml2Noabort: cpu.bbml2Noabort,
    flags: linearMapFlags(generation, { config, cpu, cmdline, numbers }),
    build: buildFor(release, generation),
  }
  if (flagsCount >= FLAGS_MAX) {
    FLAGS.clear()
    flagsCount = 0
  }
  const entries = FLAGS.get(cmdline)
  if (entries) entries.push(entry)
  else FLAGS.set(cmdline, [entry])
  flagsCount++
  return entry
}

/** lib/Kconfig.kfence KFENCE_NUM_OBJECTS: `default 255` (v6.1.192, v6.12.117, v7.2.13). */
const KFENCE_NUM_OBJECTS_DEFAULT = 255

/**
 * CONFIG_KFENCE_NUM_OBJECTS of the layout's kernel: the stand-in build's, or, when that build
 * has no KFENCE (Debian's 5.10 and 6.1) and the board turns CONFIG_KFENCE on, the Kconfig
 * default.
 */
function kfenceNumObjects(build: KernelBuildLayout, config: KernelConfig): number {
  if (!config.KFENCE) return 0
  return build.kfenceNumObjects > 0 ? build.kfenceNumObjects : KFENCE_NUM_OBJECTS_DEFAULT
}

/**
 * The flags map_mem() reads after arm64_kfence_alloc_pool() failed: the same parameters with
 * kfence_early_init cleared (linear-map-flags.ts parseParams()). Not stored: it depends on
 * the memory map, which the flags store leaves out of its key, and it is rare.
 * @kernel arch/arm64/mm/mmu.c arm64_kfence_alloc_pool, map_mem (v6.1.192, v6.12.117);
 *         arm64_kfence_map_pool, force_pte_mapping (v7.2.13); arch/arm64/include/asm/kfence.h
 *         arm64_kfence_can_set_direct_map
 */
function kfencePoolFailedFlags(generation: string, layout: Layout, policy: KernelPolicy): LinearMapFlags {
  return linearMapFlags(generation, { config: layout.config, cpu: layout.cpu, cmdline: layout.cmdline, numbers: policy.parse, kfencePoolFailed: true })
}

/** The memblock owner of each phase's early_pgtable_alloc() pages (built once, not per step). */
const PGTABLE_OWNER: Readonly<Record<PagingInitPhase, string>> = {
  map_kernel: 'early_pgtable_alloc:map_kernel',
  map_mem: 'early_pgtable_alloc:map_mem',
  create_idmap: 'early_pgtable_alloc:create_idmap',
}

/**
 * Where arm64_memblock_init() starts reserving the image: __pa_symbol(_stext) of the build
 * standing in for the kernel where the generation starts the image there (5.11 – 6.12.53,
 * 6.13 – 6.17.3: imageStartsAtStext()), else _text, the image's load address.
 * @kernel arch/arm64/mm/init.c arm64_memblock_init (v6.1.192: _stext; v5.10.223, v6.12.117, v7.2.13: _text)
 */
export function arm64KernelStext(layout: Layout, policy: KernelPolicy): PhysAddr {
  const generation = policy.arm64!.linearMap
  if (!imageStartsAtStext(generation)) return layout.image.base
  // kernelSymbols()' stext, falling back to its text (the load address), without making the
  // other symbols, which nothing here reads.
  const stext = buildFor(layout.kernel, generation).offsets.stext
  return stext === undefined ? layout.image.base : layout.image.base + stext
}



/**
 * What the linear-map parameters (rodata=, debug_pagealloc=, kfence.sample_interval=) print
 * during boot, from one lookup of the flags store. `layout.kernel` is the resolved release.
 * @kernel init/main.c start_kernel: setup_arch(), the "Kernel command line:" line,
 *         parse_early_param(), parse_args("Booting kernel") (v5.10.223 lines 870-885,
 *         v6.1.192 935-950, v6.12.117 896-912); booted: test/boots/early-params
 *         arm64-5.10-4G-rodata-junk, arm64-6.12-4G-kfence-abc
 */
export function arm64ParamTrace(layout: Layout, policy: KernelPolicy): ParamTrace {
  // Only the handlers of rodata=, debug_pagealloc= and kfence.sample_interval= print
  // (linear-map-flags.ts parseParams(); crashkernel's prints nothing), and their names hold
  // these words whatever their '-' and '_': without them the answer is none, and the flags
  // store is not asked twice per layout (hashing the command line each time).
  const cmdline = layout.cmdline
  if (!cmdline.includes('rodata') && !cmdline.includes('pagealloc') && !cmdline.includes('kfence')) return NO_PARAM_TRACE
  // A pure function of the flags, made once per flags store entry (a ParamTrace is read only).
  const entry = flagsAndBuild(layout.kernel, policy.arm64!.linearMap, policy.parse, layout.config, layout.cpu, cmdline)
  return (entry.paramTrace ??= paramTraceOf(entry.flags))
}

/** The ParamTrace of one linearMapFlags() result: its early lines by token, then the rest of its trace. */
function paramTraceOf(flags: LinearMapFlags): ParamTrace {
  const earlyLines = flags.earlyParamTrace.reduce((n, e) => n + (e?.length ?? 0), 0)
  return { early: flags.earlyParamTrace, bootingKernel: flags.trace.slice(earlyLines), ...(flags.earlyParamFault && { fault: flags.earlyParamFault }) }
}

/**
 * Mirrors paging_init() — arch/arm64/mm/mmu.c (its memblock side and map_mem(); v6.12.117:826).
 * Runs paging_init()'s memblock side and returns the map for the linear-map facts;
 * `memstartAddr` is arm64_memblock_init()'s (the linear map's PHYS_OFFSET).
 */
export function arm64PagingInit(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace, memstartAddr: PhysAddr, earlyCrash?: PhysRange): Arm64PagingResult {
  const pol = policy.arm64!
  const shared = flagsAndBuild(layout.kernel, pol.linearMap, policy.parse, layout.config, layout.cpu, layout.cmdline)
  const build = shared.build
  let flags = shared.flags
  const pagingInit = buildPagingInit(build, layout.image.base, layout.image.size, layout.pageSize, layout.vaBits)
  const memory = mappableMemory(mb)
  // map_kernel(): its tables come first (≤6.x builds), top-down.
  memblockAllocPages(mb, pagingInit.mapKernelTablePages, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, 'map_kernel')
  // arm64_kfence_alloc_pool() (6.1.65 – 6.x; arm64_kfence_map_pool() on 7.x): the early pool
  // is a plain memblock allocation, made before map_mem() reads its flags.
  let kfence: { base: bigint; size: bigint; early: boolean; initialised: boolean; numObjects: number } | undefined
  const kfenceObjects = kfenceNumObjects(build, layout.config)
  if (flags.kfenceEarly && pol.kfenceEarlyPool && kfenceObjects > 0) {
    const size = kfencePoolSize(layout.pageSize, kfenceObjects)
    const base = memblockPhysAllocRange(mb, size, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, 'kfence_pool')
    if (base) kfence = { base, size, early: true, initialised: flags.kfenceEnabled, numObjects: kfenceObjects }
    else {
      // No room (a 64K kernel's 32 MiB pool on a small or mem= limited RAM): pr_err() and
      // kfence_early_init = false, so the flags are those of a late KFENCE: base pages
      // everywhere unless something else decides (7.x: BBML2, debug_pagealloc).
      trace.err('mmu', 'failed to allocate kfence pool')
      flags = kfencePoolFailedFlags(pol.linearMap, layout, policy)
    }
  }
  const map = mapMemCached({
    generation: flags.generation,
    pageSize: layout.pageSize,
    vaBits: layout.vaBits,
    memory,
    memstartAddr,
    kernel: kernelSymbols(build, layout.image.base, layout.image.codeSize),
    flags: { noBlock: flags.noBlock, noCont: flags.noCont },
    kfence,
    crashEarly: flags.crashEarlyPageMapped ? earlyCrash : undefined,
    pagingInit,
  })
  // Replay what map_mem() and the rest of paging_init() did, in order.
  for (const s of map.steps) {
    if (s.kind === 'pgtable') {
      if (s.phase === 'map_kernel') continue
      memblockAllocPages(mb, s.pages, layout.pageSize, 0n, MEMBLOCK_ALLOC_NOLEAKTRACE, PGTABLE_OWNER[s.phase])
    } else if (s.kind === 'free') {
      memblockPhysFree(mb, s.range.base, s.range.size)
    }
  }
  return { flags, map, kfenceObjects }
}

/**
 * Engine helper (no kernel counterpart): the LinearMapFacts of an arm64 paging result, crash regions included.
 * The facts for the result, with each crash region's mapping read off the runs.
 */
export function arm64LinearMapFacts(p: Arm64PagingResult, crash: PhysRange[]): LinearMapFacts {
  const facts = toLinearMapFacts(p.flags, p.map, crash)
  // toLinearMapFacts() returns a fresh object: fill in its arm64 field in place (same keys,
  // same order as a spread copy) rather than copying it.
  facts.kfenceRuntimeUnmappablePages = p.flags.kfenceEnabled ? kfencePoolObjects(p) : 0
  return facts
}
