// SPDX-License-Identifier: GPL-2.0-only
/**
 * Which global flags make arm64 map_mem() use base pages for the whole linear map
 * (NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS), per kernel generation, including the early
 * command-line parsing each generation does for `rodata=`, `kfence.sample_interval=`,
 * `debug_pagealloc=` and the `crashkernel` early param (crash_mem_map).
 *
 * API
 *   linearMapFlags(generation, { config, cpu, cmdline, realmWorld? }): LinearMapFlags
 *   LINEAR_MAP_GENERATIONS            the ids understood (= Arm64Policy.linearMap values)
 *   (the early-param tokens come from ../params.ts: parseEarlyParams(), parameq(); so do the
 *   generic handlers set_debug_rodata() and param_set_sample_interval(), to which arm64 adds
 *   its arch_parse_debug_rodata() words and, ≤ 5.19, its own early_param("rodata"))
 *
 * Each generation is one named function (linearMapFlagsV510 …) that reads like the
 * kernel's map_mem()/can_set_direct_map()/force_pte_mapping() of that generation; the
 * registry LINEAR_MAP_FLAGS maps the policy ids to them. Nothing here compares versions.
 *
 * Sources read: arch/arm64/mm/{mmu,pageattr}.c, arch/arm64/include/asm/{setup,kfence,memory}.h,
 * init/main.c, lib/kstrtox.c, lib/cmdline.c, kernel/params.c, mm/kfence/core.c,
 * mm/{page_alloc,debug_page_alloc}.c of Debian 5.10.223, 6.1.192, 6.12.117 and 7.2.13, and
 * map_mem(), can_set_direct_map() and the rodata= parsers of the upstream releases 5.11, 5.13,
 * 5.14, 5.15, 5.17, 5.19, 6.0, 6.1, 6.2, 6.5, 6.8, 6.11, 6.14, 6.17 and 7.0. Releases between
 * those trees (5.12, 5.18, 6.3 …) are taken from ../shared/reference/kernel-model.md §6.1
 * and the commits named, and say where a boundary is only bracketed.
 */
import { simpleStrtoull } from '../memparse.js'
import {
  NO_ARCH_RODATA_WORDS,
  paramSetSampleInterval,
  parameq,
  parseEarlyParams,
  rodataTokenReaches,
  SET_DEBUG_RODATA,
  type ArchRodataWords,
  type EarlyParam,
  type Kstrtobool,
  type RodataParam,
} from '../params.js'
import type { ParseDialect } from '../crashkernel/parse.js'
import type { CpuFeatures, EarlyParamFault, KernelConfig, TraceEvent } from '../types.js'

// ---------------------------------------------------------------- ids

/** The linear-map generation ids (Arm64Policy.linearMap). */
export const LINEAR_MAP_GENERATIONS = [
  'arm64-5.10.0',
  'arm64-5.10.47',
  'arm64-5.10.110',
  'arm64-5.11',
  'arm64-5.12',
  'arm64-5.18',
  'arm64-5.19',
  'arm64-6.0',
  'arm64-6.0.10',
  'arm64-6.1.65',
  'arm64-6.4',
  'arm64-6.6.4',
  'arm64-6.12',
  'arm64-6.12.54',
  'arm64-6.12.117',
  'arm64-6.18',
  'arm64-7.0',
  'arm64-7.2',
  'arm64-7.3',
  'whatif-bhe-4g',
  'whatif-rppt',
] as const
export type LinearMapGeneration = (typeof LINEAR_MAP_GENERATIONS)[number]

/** The generation ids as a set: arm64_memblock_init() asks isLinearMapGeneration() on every boot. */
const LINEAR_MAP_GENERATION_SET: ReadonlySet<string> = new Set(LINEAR_MAP_GENERATIONS)

/** Engine helper (no kernel counterpart): type guard for a policy's linear-map generation id (registry lookup). */
export const isLinearMapGeneration = (id: string): id is LinearMapGeneration => LINEAR_MAP_GENERATION_SET.has(id)

/** Why the whole linear map is base-paged (kernel names of the conditions). */
export type ForcedBy =
  /** rodata_full (5.10, 6.0.0–6.0.9: `rodata_full`; 6.0.10–6.1.64, 6.4–6.6.3: `rodata_enabled && rodata_full`). */
  | 'rodata_full'
  /** debug_pagealloc_enabled(). */
  | 'debug_pagealloc'
  /** The `crashkernel` early param was seen (any value) and the reservation is deferred. */
  | 'crash_mem_map'
  /** IS_ENABLED(CONFIG_KFENCE) (5.12–6.1.64; no KFENCE in v5.11, map_mem() tests it in v5.13). */
  | 'kfence'
  /** arm64_kfence_can_set_direct_map(): KFENCE built in but not initialised early (6.1.65+). */
  | 'kfence_late'
  /**
   * is_realm_world() (force_pte_mapping(), 6.18+). can_set_direct_map() tests it from 6.13
   * (arch/arm64/mm/pageattr.c@v6.14:25-38, not @v6.12.117), which the 6.13 – 6.17 generations
   * do not model (nothing passes realmWorld but the tests).
   */
  | 'realm_world'

/**
 * The Kconfig options and CPU features the flag decision reads, and only those: the type
 * keeps the generations from reading any other, so paging.ts can share a result between
 * layouts that agree on these fields (and the command line) without comparing whole configs.
 */
export type LinearMapFlagsConfig = Pick<
  KernelConfig,
  'ZONE_DMA' | 'ZONE_DMA32' | 'RODATA_FULL_DEFAULT_ENABLED' | 'KFENCE' | 'KFENCE_SAMPLE_INTERVAL' | 'DEBUG_PAGEALLOC' | 'DEBUG_PAGEALLOC_ENABLE_DEFAULT'
>
export type LinearMapFlagsCpu = Pick<CpuFeatures, 'bbml2Noabort'>

/** What the generations read: the command line and the fields above. */
export interface LinearMapFlagsFields {
  config: LinearMapFlagsConfig
  cpu: LinearMapFlagsCpu
  /** boot_command_line. */
  cmdline: string
  /** Running as an Arm CCA realm guest (is_realm_world()); default false. */
  realmWorld?: boolean
  /**
   * map_mem()'s memblock_phys_alloc() of the early KFENCE pool returned 0 (6.1.65+): the
   * kernel then clears kfence_early_init before it reads can_set_direct_map() /
   * force_pte_mapping(). Default false.
   */
  kfencePoolFailed?: boolean
  /**
   * The release's command-line parsers (its policy's parse dialect): kstrtobool() for the
   * boolean parameters, and whether simple_strtoull() (so get_option()) saturates. They come
   * with lib/, not with the linear map, so a generation spanning several releases takes each
   * release's own.
   */
  numbers: Pick<ParseDialect, 'kstrtobool' | 'strtoullSaturates'>
}

/** linearMapFlags()'s input: a whole config and CPU, of which the generations see the fields above. */
export interface LinearMapFlagsInput extends LinearMapFlagsFields {
  config: KernelConfig
  cpu: CpuFeatures
}

/** The early-boot state the flag decision read, for reports and tests. */
export interface LinearMapBootState {
  rodataEnabled: boolean
  rodataFull: boolean
  debugPagealloc: boolean
  /** `crashkernel` seen by the early param (5.10–6.3 `crash_mem_map`). */
  crashMemMap: boolean
  /** arm64 `kfence_early_init` (6.1.65+): the pool is allocated and page-mapped by map_mem(). */
  kfenceEarlyInit: boolean
  /** mm/kfence/core.c kfence_sample_interval after the module-param parse (0 = KFENCE off at boot). */
  kfenceSampleInterval: bigint
}

export interface LinearMapFlags {
  generation: LinearMapGeneration
  /** NO_BLOCK_MAPPINGS in map_mem()'s flags for the memory banks. */
  noBlock: boolean
  /** NO_CONT_MAPPINGS in map_mem()'s flags for the memory banks. */
  noCont: boolean
  /** Every condition that is true and forces base pages ([] = blocks allowed). */
  forcedBy: ForcedBy[]
  /** Base pages are forced only because of crashkernel= (the 2022 thread's problem). */
  forcedByCrashkernel: boolean
  /** map_mem() allocates the KFENCE pool (KFENCE_POOL_SIZE, PAGE_SIZE aligned) and page-maps it. */
  kfenceEarly: boolean
  /** kfence_init() runs at boot (sample interval ≠ 0): its guard pages get unmapped. */
  kfenceEnabled: boolean
  /**
   * ≤6.3: a crash region reserved *before* paging_init (crashk_res.end set) is marked NOMAP
   * while the banks are mapped, then mapped alone with NO_BLOCK|NO_CONT. The caller passes
   * the region to mapMem() only when this is true and the reservation was early.
   */
  crashEarlyPageMapped: boolean
  /** 6.18+: blocks kept because the CPU has BBML2_NOABORT (7.3: BBML3) although rodata_full/KFENCE want pages. */
  bbml2KeepsBlocks: boolean
  state: LinearMapBootState
  /**
   * What the early_param() handlers printed (the head of `trace`), by the index of their
   * token in parseEarlyParams(cmdline): parse_early_param() prints it in command-line order
   * among the other handlers' lines (early-params.ts merges them).
   */
  earlyParamTrace: ReadonlyArray<readonly TraceEvent[] | undefined>
  /**
   * An early_param() handler of these parameters that faults, stopping the boot in
   * parse_early_param() at token `index` (parseEarlyParams() index): ≤ 5.19's parse_rodata()
   * on a bare `rodata`. The parsing above stops there too; early-params.ts ends the boot.
   */
  earlyParamFault?: ArchEarlyParamFault
  /** Lines the kernel prints while parsing these parameters, in boot order: the early pass, then parse_args("Booting kernel"). */
  trace: TraceEvent[]
}

// ---------------------------------------------------------------- number parsers (kstrtobool is in ../params.ts)

const EINVAL = -22

/** The digit loop of simple_strtoull() with base 0, wrapping modulo 2^64 as ≤ 6.x does. */

/** get_option()'s answer for an `int`: whether a number was read, and the int it stored. */
export type GetOptionResult = { ok: false } | { ok: true; value: number }
/** One generation of get_option() for an `int` (a dialect picks it). */
export type GetOptionInt = (s: string | null) => GetOptionResult

/**
 * Mirrors get_option() for an `int` — lib/cmdline.c (v6.1.192, v6.12.117, v7.2.13): a leading
 * '-' is stepped over and the simple_strtoull() base-0 value after it negated, the result
 * truncated to int. It reports no number when no digit follows, counted from after the '-',
 * so "-" and "--1" are not numbers. (5.10's get_option() went through simple_strtol(), which
 * reads a lone "-" as 0; the only caller here, arm64's kfence.sample_interval early param,
 * came with 6.1.65.) `saturate` is _parse_integer_limit()'s overflow: ≤ 6.x wraps modulo 2^64,
 * 7.x pins the value at ULLONG_MAX (the change memparseSaturating() mirrors).
 *
 * @kernel lib/cmdline.c get_option; lib/vsprintf.c simple_strtoull; lib/kstrtox.c _parse_integer_limit
 */
function getOptionIntWith(saturate: boolean): GetOptionInt {
  return (s) => {
    if (s === null || s.length === 0) return { ok: false }
    const from = s[0] === '-' ? 1 : 0
    const { value, end } = simpleStrtoull(s, from, saturate)
    if (end === from) return { ok: false }
    const v = from === 1 ? BigInt.asUintN(64, -value) : value
    return { ok: true, value: Number(BigInt.asIntN(32, v)) }
  }
}

/** get_option() of 6.1 – 7.1: the number wraps modulo 2^64. */
export const getOptionIntV61: GetOptionInt = getOptionIntWith(false)
/**
 * get_option() of 7.2+: the number saturates at ULLONG_MAX, with simple_strtoull()
 * (lib/kstrtox.c@v7.2.13 _parse_integer_limit; @v7.1.3 still wraps): the parse dialect's
 * `strtoullSaturates` picks it.
 */
export const getOptionIntV72: GetOptionInt = getOptionIntWith(true)


// ---------------------------------------------------------------- early params

/** Where and how an arch early_param() handler stops the boot (early-params.ts EarlyParamStop, by token). */
export interface ArchEarlyParamFault {
  /** The token's parseEarlyParams() index. */
  index: number
  fault: EarlyParamFault
  /** The kernel file and function that faults. */
  at: string
  /** The function as the fault's pc line names it. */
  fn: string
}

/** Mutable parse state of one boot (the kernel globals these parameters set). */
interface ParamState {
  rodataEnabled: boolean
  rodataFull: boolean
  debugPagealloc: boolean
  crashMemMap: boolean
  kfenceEarlyInit: boolean
  kfenceSampleInterval: bigint
  /** What each token's early_param() handlers printed (parseEarlyParams() index). */
  earlyTrace: TraceEvent[][]
  trace: TraceEvent[]
  /** The handler fault that stopped parse_early_param(), if one did. */
  fault?: ArchEarlyParamFault
}

const warn = (st: ParamState, text: string): void => {
  st.trace.push({ level: 'warn', source: 'params', text })
}
const err = (st: ParamState, text: string): void => {
  st.trace.push({ level: 'err', source: 'params', text })
}

/** `%s` of a char * that may be NULL, as vsprintf prints it. */
const cstr = (s: string | null): string => (s === null ? '(null)' : s)

/** An early_param() handler: returns 0 or a negative errno like the C one, or how it faults. */
type EarlyHandler = (st: ParamState, val: string | null) => number | Omit<ArchEarlyParamFault, 'index'>

/**
 * Mirrors do_early_param() — init/main.c: every early_param() whose name matches (parameq)
 * runs in command-line order; a non-zero return prints "Malformed early option".
 *
 * @kernel init/main.c do_early_param, parse_early_options
 */
function doEarlyParams(st: ParamState, params: EarlyParam[], handlers: ReadonlyArray<readonly [name: string, fn: EarlyHandler]>): void {
  for (const [i, { param, val }] of params.entries()) {
    const at = st.trace.length
    for (const [name, fn] of handlers) {
      if (!parameq(param, name)) continue
      const ret = fn(st, val)
      if (typeof ret !== 'number') {
        // The boot stops here: nothing after this token is parsed.
        st.fault = { index: i, ...ret }
        if (st.trace.length > at) st.earlyTrace[i] = st.trace.slice(at)
        return
      }
      if (ret !== 0) warn(st, `Malformed early option '${param}'`)
    }
    // Printed in parse_early_param(), at this token.
    if (st.trace.length > at) st.earlyTrace[i] = st.trace.slice(at)
  }
}

/**
 * Mirrors enable_crash_mem_map() — arch/arm64/mm/mmu.c (5.10.47 … 6.3): any `crashkernel`
 * token, with any value or none, sets crash_mem_map; the real parsing happens later.
 *
 * @kernel arch/arm64/mm/mmu.c enable_crash_mem_map (v5.10.223, v6.1.192)
 */
const enableCrashMemMap: EarlyHandler = (st) => {
  st.crashMemMap = true
  return 0
}

/**
 * Mirrors early_debug_pagealloc() — mm/page_alloc.c (5.10, 6.1), mm/debug_page_alloc.c
 * (6.12, 7.2): kstrtobool into _debug_pagealloc_enabled_early. Registered only with
 * CONFIG_DEBUG_PAGEALLOC (booted: test/boots/arm64-custom's 6.12-pagealloc build calls
 * `debug_pagealloc=junk` and a bare `debug_pagealloc` malformed; Debian's kernels, built
 * without it, print nothing, test/boots/early-params).
 */
const earlyDebugPageallocWith =
  (kstrtobool: Kstrtobool): EarlyHandler =>
  (st, val) => {
    const r = kstrtobool(val)
    if (r.ret !== 0) return r.ret
    st.debugPagealloc = r.res
    return 0
  }

/**
 * Mirrors parse_kfence_early_init() — arch/arm64/mm/mmu.c (6.1.65+): get_option() into an
 * int; when a number was read, kfence_early_init = !!val. Always returns 0.
 *
 * @kernel arch/arm64/mm/mmu.c parse_kfence_early_init (v6.1.192, v6.12.117, v7.2.13)
 */
const parseKfenceEarlyInitWith =
  (getOption: GetOptionInt): EarlyHandler =>
  (st, val) => {
    const r = getOption(val)
    if (r.ok) st.kfenceEarlyInit = r.value !== 0
    return 0
  }

/**
 * Mirrors parse_rodata() — arch/arm64/mm/mmu.c v5.10: a kstrtobool value sets
 * rodata_enabled and clears rodata_full; "full" sets both; anything else is -EINVAL. A bare
 * `rodata` (a NULL value) fails kstrtobool() and reaches strcmp(NULL, "full"), which reads
 * address 0: the boot stops in parse_early_param() (test/boots/early-params
 * arm64-5.10-4G-rodata-bare: "Unable to handle kernel NULL pointer dereference at virtual
 * address 0000000000000000", "pc : __pi_strcmp+0x18/0x154", "lr : parse_rodata+0x48/0x74").
 * 6.0's arch_parse_debug_rodata() tests the value first.
 *
 * @kernel arch/arm64/mm/mmu.c:613-627 parse_rodata (v5.10.223); lib/kstrtox.c kstrtobool;
 *         arch/arm64/lib/strcmp.S
 */
const parseRodataV510With =
  (kstrtobool: Kstrtobool): EarlyHandler =>
  (st, val) => {
    const r = kstrtobool(val)
    if (r.ret === 0) {
      st.rodataEnabled = r.res
      st.rodataFull = false
      return 0
    }
    if (val === null) return { fault: 'null-dereference', at: 'arch/arm64/lib/strcmp.S __pi_strcmp', fn: '__pi_strcmp' }
    // permit 'full' in addition to boolean options
    if (val !== 'full') return EINVAL
    st.rodataEnabled = true
    st.rodataFull = true
    return 0
  }

/**
 * set_debug_rodata() of the generation (../params.ts SET_DEBUG_RODATA) with arm64's words, and
 * the warning it prints for a value it does not take ("(null)" for a bare `rodata`). 5.10's
 * __setup("rodata=") warns about "full" too, which arm64's own early param already took.
 *
 * @kernel init/main.c set_debug_rodata; arch/arm64/include/asm/setup.h arch_parse_debug_rodata
 */
function setDebugRodata(st: ParamState, generic: RodataParam, val: string | null, arch: ArchRodataWords, kstrtobool: Kstrtobool): void {
  if (!SET_DEBUG_RODATA[generic].call(st, val, arch, kstrtobool)) warn(st, `Invalid option string for rodata: '${cstr(val)}'`)
}

/** arch/arm64/include/asm/setup.h before acfa60dbe038 (6.0 – 6.1.64): only "full". */
export const ARCH_RODATA_V60: ArchRodataWords = { full: [true, true] }
/** v6.1.192 / v6.12.117: "full", "off", "on" (= not full; acfa60dbe038, stable 6.1.65). */
export const ARCH_RODATA_V61: ArchRodataWords = { full: [true, true], off: [false, false], on: [true, false] }
/** v6.18.5 – v7.3.4: "on" (= full), "off", "noalias" (= not full); v6.17.8 still has 6.1's words. */
export const ARCH_RODATA_V7: ArchRodataWords = { on: [true, true], off: [false, false], noalias: [true, false] }

/**
 * param_set_sample_interval() (../params.ts paramSetSampleInterval()) as parse_args("Booting
 * kernel") runs it for the builtin module parameter `kfence.sample_interval`: a missing value
 * (parse_one()'s -EINVAL) or one kstrtoul() rejects leaves the interval in place, and
 * parse_args() prints its error line.
 *
 * @kernel mm/kfence/core.c param_set_sample_interval; kernel/params.c parse_one, parse_args
 */
function kfenceModuleParam(st: ParamState, param: string, val: string | null): void {
  const n = paramSetSampleInterval(val)
  if (n !== undefined) st.kfenceSampleInterval = n
  else err(st, `Booting kernel: \`${val ?? ''}' invalid for parameter \`${param}'`)
}

/**
 * arm64's rodata= of one generation: the generic set_debug_rodata()'s generation and what arm64
 * adds to it.
 */
type Arm64Rodata =
  /** ≤ 5.19: its own early_param("rodata", parse_rodata) before the generic __setup("rodata=") (silent on 5.11 – 5.17). */
  | { generic: 'setup-strtobool' | 'setup-strtobool-silent'; arch: 'parse_rodata' }
  /** 6.0+: the words arch_parse_debug_rodata() takes before the generic early_param() looks. */
  | { generic: 'early-on-off'; arch: ArchRodataWords }

/** Which early parameters a generation registers and how it parses them. */
interface ParamDialect {
  rodata: Arm64Rodata
  /** 5.10.47 … 6.3: early_param("crashkernel", enable_crash_mem_map). */
  crashMemMapParam: boolean
  /** 6.1.65+: early_param("kfence.sample_interval", parse_kfence_early_init), with the release's get_option(). */
  kfenceEarlyParam: boolean
  /** rodata_full's initial value: the Kconfig default (≤6.17) or true (6.18+). */
  rodataFullDefault: 'config' | true
}

/** Runs one generation's parameter parsing over the command line. */
function parseParams(d: ParamDialect, input: LinearMapFlagsFields): ParamState {
  const { config } = input
  const st: ParamState = {
    rodataEnabled: true,
    rodataFull: d.rodataFullDefault === true ? true : config.RODATA_FULL_DEFAULT_ENABLED,
    // debug_pagealloc_enabled(): IS_ENABLED(CONFIG_DEBUG_PAGEALLOC) && _debug_pagealloc_enabled_early,
    // which starts as IS_ENABLED(CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT).
    debugPagealloc: config.DEBUG_PAGEALLOC && config.DEBUG_PAGEALLOC_ENABLE_DEFAULT,
    crashMemMap: false,
    kfenceEarlyInit: config.KFENCE && config.KFENCE_SAMPLE_INTERVAL !== 0,
    kfenceSampleInterval: config.KFENCE ? BigInt(config.KFENCE_SAMPLE_INTERVAL) : 0n,
    earlyTrace: [],
    trace: [],
  }
  const params = parseEarlyParams(input.cmdline)
  const { kstrtobool } = input.numbers
  const { generic } = d.rodata
  const archWords = d.rodata.arch === 'parse_rodata' ? NO_ARCH_RODATA_WORDS : d.rodata.arch
  const handlers: Array<[string, EarlyHandler]> = []
  if (d.rodata.arch === 'parse_rodata') handlers.push(['rodata', parseRodataV510With(kstrtobool)])
  if (SET_DEBUG_RODATA[generic].registration === 'early_param')
    handlers.push([
      'rodata',
      (s, val) => {
        setDebugRodata(s, generic, val, archWords, kstrtobool)
        return 0
      },
    ])
  if (config.DEBUG_PAGEALLOC) handlers.push(['debug_pagealloc', earlyDebugPageallocWith(kstrtobool)])
  if (d.crashMemMapParam) handlers.push(['crashkernel', enableCrashMemMap])
  if (d.kfenceEarlyParam && config.KFENCE) handlers.push(['kfence.sample_interval', parseKfenceEarlyInitWith(input.numbers.strtoullSaturates ? getOptionIntV72 : getOptionIntV61)])
  doEarlyParams(st, params, handlers)
  // A handler that faulted stopped the boot: parse_args("Booting kernel") never runs.
  if (st.fault) return st
  // After setup_arch(), parse_args("Booting kernel") in command-line order: the __setup()
  // handlers (5.10's rodata=) and the builtin module parameters (kfence.*, with CONFIG_KFENCE).
  for (const token of params) {
    if (SET_DEBUG_RODATA[generic].registration === '__setup' && rodataTokenReaches(generic, token)) setDebugRodata(st, generic, token.val, archWords, kstrtobool)
    else if (config.KFENCE && parameq(token.param, 'kfence.sample_interval')) kfenceModuleParam(st, token.param, token.val)
  }
  if (!d.kfenceEarlyParam) st.kfenceEarlyInit = false
  // arm64_kfence_alloc_pool() (6.1.65 – 6.x) / arm64_kfence_map_pool() (7.x), when
  // memblock_phys_alloc() fails: `kfence_early_init = false`, which map_mem() reads right
  // after through arm64_kfence_can_set_direct_map() (= !kfence_early_init), so KFENCE then
  // wants the whole linear map in pages as a late-initialised KFENCE does.
  if (input.kfencePoolFailed) st.kfenceEarlyInit = false
  return st
}

/**
 * 5.10.47 – 5.19. (5.19's kstrtobool() takes t/f, so rodata=full parses as false there, rodata
 * off and rodata_full cleared — the breakage 6.0's 2e8cff0a0eee fixed: that comes with the
 * release's parse dialect, `numbers`.)
 */
const DIALECT_V510: ParamDialect = { rodata: { generic: 'setup-strtobool', arch: 'parse_rodata' }, crashMemMapParam: true, kfenceEarlyParam: false, rodataFullDefault: 'config' }
/**
 * 5.11 – 5.17: the generic __setup("rodata=") prints nothing for a value strtobool() rejects
 * (init/main.c@v5.11:1377-1381, @v5.17:1453-1457; v5.19 warns, 5.18 is not at hand).
 */
const DIALECT_V511: ParamDialect = { ...DIALECT_V510, rodata: { generic: 'setup-strtobool-silent', arch: 'parse_rodata' } }
/** 5.10.0 – 5.10.46: no crash_mem_map early param yet (2687275a5843 came with 5.10.47). */
const DIALECT_V5100: ParamDialect = { ...DIALECT_V510, crashMemMapParam: false }
/** 6.0 – 6.1.64: arch_parse_debug_rodata() knows only "full" (2e8cff0a0eee). */
const DIALECT_V60: ParamDialect = { rodata: { generic: 'early-on-off', arch: ARCH_RODATA_V60 }, crashMemMapParam: true, kfenceEarlyParam: false, rodataFullDefault: 'config' }
/** 6.1.65 – 6.3: rodata=on means not full, kfence.sample_interval early param. */
const DIALECT_V6165: ParamDialect = { ...DIALECT_V60, rodata: { generic: 'early-on-off', arch: ARCH_RODATA_V61 }, kfenceEarlyParam: true }
/** 6.6.4 – 6.x: no crash_mem_map any more (04a2a7af3d97), rodata=on means not full (acfa60dbe038). */
const DIALECT_V64: ParamDialect = { ...DIALECT_V6165, crashMemMapParam: false }
/**
 * 6.4.0 – 6.6.3: the kfence.sample_interval early param without acfa60dbe038, so
 * arch_parse_debug_rodata() still knows only "full" (stable 6.6.4 took the fix; 6.4.y and
 * 6.5.y, closed by then, never did).
 */
const DIALECT_V640: ParamDialect = { ...DIALECT_V64, rodata: { generic: 'early-on-off', arch: ARCH_RODATA_V60 } }
/**
 * 6.18 – 6.19: rodata=on is full, rodata=noalias the old "on", and rodata_full defaults to true
 * (arch/arm64/include/asm/setup.h:24,34@v6.18.5, arch/arm64/mm/pageattr.c:83@v6.18.5; v6.17.8
 * has "full"/"on" and the Kconfig default: setup.h:24,34, pageattr.c:23); 7.x alike.
 * kstrtobool() and get_option() are the release's (`numbers`).
 */
const DIALECT_V618: ParamDialect = { ...DIALECT_V64, rodata: { generic: 'early-on-off', arch: ARCH_RODATA_V7 }, rodataFullDefault: true }

// ---------------------------------------------------------------- the generations

const dmaZones = (c: LinearMapFlagsConfig): boolean => c.ZONE_DMA || c.ZONE_DMA32

function result(
  generation: LinearMapGeneration,
  st: ParamState,
  forcedBy: ForcedBy[],
  extra: { kfenceEarly?: boolean; kfenceEnabled?: boolean; crashEarlyPageMapped?: boolean; bbml2KeepsBlocks?: boolean } = {},
): LinearMapFlags {
  const forced = forcedBy.length > 0
  return {
    generation,
    noBlock: forced,
    noCont: forced,
    forcedBy,
    forcedByCrashkernel: forcedBy.length === 1 && forcedBy[0] === 'crash_mem_map',
    kfenceEarly: extra.kfenceEarly ?? false,
    kfenceEnabled: extra.kfenceEnabled ?? st.kfenceSampleInterval !== 0n,
    crashEarlyPageMapped: extra.crashEarlyPageMapped ?? false,
    bbml2KeepsBlocks: extra.bbml2KeepsBlocks ?? false,
    state: {
      rodataEnabled: st.rodataEnabled,
      rodataFull: st.rodataFull,
      debugPagealloc: st.debugPagealloc,
      crashMemMap: st.crashMemMap,
      kfenceEarlyInit: st.kfenceEarlyInit,
      kfenceSampleInterval: st.kfenceSampleInterval,
    },
    earlyParamTrace: st.earlyTrace,
    ...(st.fault && { earlyParamFault: st.fault }),
    trace: st.trace,
  }
}

const when = <T>(cond: boolean, v: T): T[] => (cond ? [v] : [])

/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; mainline 5.10 – 5.10.21, UNCONFIRMED: a 5.10 stable boundary, only v5.10.223 of the series is at hand, mmu.c:496; mainline v5.11 already has crash_mem_map, mmu.c@v5.11:472-495).
 * map_mem() of mainline 5.10 – 5.10.21 [per the 2687275a5843 backport diff, kernel-model
 * §6.1]: `rodata_full || debug_pagealloc_enabled()`; a crash region reserved early
 * (always, in this generation) is NOMAP'd and page-mapped on its own.
 */
export function linearMapFlagsV5100(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V5100, input)
  const forcedBy = [...when(st.rodataFull, 'rodata_full' as const), ...when(st.debugPagealloc, 'debug_pagealloc' as const)]
  return result('arm64-5.10.0', st, forcedBy, { kfenceEnabled: false, crashEarlyPageMapped: true })
}

/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; stable 5.10.47 – 5.10.109; map_mem() at v5.10.223 mmu.c:496).
 * map_mem() of stable 5.10.47 – 5.10.109 (2687275a5843 "arm64/mm: Use page granular
 * mapping … crashkernel"): `rodata_full || crash_mem_map || debug_pagealloc_enabled()`;
 * the reservation is deferred, so there is no separate crash mapping.
 */
export function linearMapFlagsV51047(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V510, input)
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.crashMemMap, 'crash_mem_map' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
  ]
  return result('arm64-5.10.47', st, forcedBy, { kfenceEnabled: false })
}

/**
 * map_mem() of stable 5.10.110+ (ChangeLog-5.10.110) (Debian 5.10.223): `rodata_full || debug_pagealloc_enabled()`;
 * with crash_mem_map, ZONE_DMA/ZONE_DMA32 (deferred reservation) add NO_BLOCK|NO_CONT
 * globally, otherwise an early reservation is NOMAP'd and page-mapped alone.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
export function linearMapFlagsV510110(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V510, input)
  const deferred = dmaZones(input.config)
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(st.crashMemMap && deferred, 'crash_mem_map' as const),
  ]
  return result('arm64-5.10.110', st, forcedBy, { kfenceEnabled: false, crashEarlyPageMapped: st.crashMemMap && !deferred })
}

/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; 5.11: mmu.c@v5.11:495).
 * map_mem() of 5.11: `rodata_full || crash_mem_map || debug_pagealloc_enabled()`. There is no
 * KFENCE yet (no mm/kfence in v5.11), so neither CONFIG_KFENCE nor `kfence.sample_interval`
 * means anything: the parsing runs as on a kernel built without it.
 */
export function linearMapFlagsV511(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V511, { ...input, config: { ...input.config, KFENCE: false } })
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(st.crashMemMap, 'crash_mem_map' as const),
  ]
  return result('arm64-5.11', st, forcedBy, { kfenceEnabled: false })
}

/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; 5.12 – 5.17: mmu.c@v5.13:518-519,
 * @v5.14:519, @v5.15:519, @v5.17:520; 5.12 is not at hand: KFENCE came with it, absent from v5.11).
 * `rodata_full || crash_mem_map || debug_pagealloc_enabled() || IS_ENABLED(CONFIG_KFENCE)`,
 * spelt `can_set_direct_map() || crash_mem_map || IS_ENABLED(CONFIG_KFENCE)` from 5.14, where
 * can_set_direct_map() is `rodata_full || debug_pagealloc_enabled()` (pageattr.c@v5.14:22-25).
 * crash_mem_map forces pages with or without DMA zones: the reservation is always deferred.
 */
export function linearMapFlagsV512(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V511, input)
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(st.crashMemMap, 'crash_mem_map' as const),
    ...when(input.config.KFENCE, 'kfence' as const),
  ]
  return result('arm64-5.12', st, forcedBy)
}

/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; 5.18 – 5.19: mmu.c@v5.19:519-538; 5.18
 * is not at hand, v5.17 still forces pages for any crash_mem_map: 031495635b46 is of 5.18).
 * map_mem() of 5.18 – 5.19: `can_set_direct_map() || IS_ENABLED(CONFIG_KFENCE)`, with
 * can_set_direct_map() = `rodata_full || debug_pagealloc_enabled()` (pageattr.c@v5.19:22-25),
 * and 5.10's early_param("rodata", parse_rodata) (mmu.c@v5.19:628-644);
 * crash_mem_map forces pages only with DMA zones, else the early NOMAP path. 5.19 differs
 * only in kstrtobool(), which its parse dialect brings (PARSE_5_19); the generation keeps its
 * own name for the reports.
 */
export function linearMapFlagsV518(input: LinearMapFlagsFields, generation: 'arm64-5.18' | 'arm64-5.19' = 'arm64-5.18'): LinearMapFlags {
  const st = parseParams(DIALECT_V510, input)
  const deferred = dmaZones(input.config)
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(input.config.KFENCE, 'kfence' as const),
    ...when(st.crashMemMap && deferred, 'crash_mem_map' as const),
  ]
  return result(generation, st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !deferred })
}

/**
 * can_set_direct_map()'s rodata term: `rodata_full` alone, or `rodata_enabled && rodata_full`
 * (2081b3bd0c11 "arm64: fix rodata=full again", 6.0.10, until acfa60dbe038: 6.6.4 / 6.7).
 */
type RodataTerm = 'full' | 'enabled-and-full'
const rodataForces = (st: ParamState, term: RodataTerm): boolean => st.rodataFull && (term === 'full' || st.rodataEnabled)

/**
 * map_mem() of 6.0 – 6.3 before 6.1.65: `<rodata term> || debug_pagealloc ||
 * IS_ENABLED(CONFIG_KFENCE)`; crash_mem_map as 5.18. On 6.0.0 – 6.0.9 (2e8cff0a0eee without
 * 2081b3bd0c11) the term is `rodata_full` alone, and the early set_debug_rodata() lets the arch
 * hook take only "full" and sets rodata_enabled alone for "on"/"off", so nothing clears a
 * Kconfig-default rodata_full: base pages whatever `rodata=` says. From 6.0.10 (and mainline
 * 6.2 – 6.3) it is `rodata_enabled && rodata_full`, so `rodata=on` leaves rodata_full at its
 * default and only `rodata=off` lifts it.
 *
 * @kernel arch/arm64/mm/pageattr.c can_set_direct_map (6.1.0, kernel-model §6.1; the "fix
 *         rodata=full again" diff, 6.0-stable review for 6.0.10); arch/arm64/include/asm/setup.h
 *         arch_parse_debug_rodata
 */
function linearMapFlagsV60With(generation: 'arm64-6.0' | 'arm64-6.0.10', term: RodataTerm): (input: LinearMapFlagsFields) => LinearMapFlags {
  return (input) => {
    const st = parseParams(DIALECT_V60, input)
    const deferred = dmaZones(input.config)
    const forcedBy = [
      ...when(rodataForces(st, term), 'rodata_full' as const),
      ...when(st.debugPagealloc, 'debug_pagealloc' as const),
      ...when(input.config.KFENCE, 'kfence' as const),
      ...when(st.crashMemMap && deferred, 'crash_mem_map' as const),
    ]
    return result(generation, st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !deferred })
  }
}
export const linearMapFlagsV60 = linearMapFlagsV60With('arm64-6.0', 'full')
export const linearMapFlagsV6010 = linearMapFlagsV60With('arm64-6.0.10', 'enabled-and-full')

/**
 * map_mem() of 6.1.65 – 6.3 (Debian 6.1.192): can_set_direct_map() = `rodata_full ||
 * debug_pagealloc || arm64_kfence_can_set_direct_map()` (KFENCE built in and not early);
 * crash_mem_map: defer_reserve_crashkernel() (= DMA zones) adds NO_BLOCK|NO_CONT, else the
 * early NOMAP path. An early KFENCE pool is allocated and page-mapped by map_mem().
 *
 * @kernel arch/arm64/mm/mmu.c map_mem; arch/arm64/mm/pageattr.c can_set_direct_map;
 *         arch/arm64/include/asm/memory.h defer_reserve_crashkernel (v6.1.192)
 */
export function linearMapFlagsV6165(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V6165, input)
  const deferred = dmaZones(input.config)
  const forcedBy = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late' as const),
    ...when(st.crashMemMap && deferred, 'crash_mem_map' as const),
  ]
  return result('arm64-6.1.65', st, forcedBy, { kfenceEarly: st.kfenceEarlyInit, crashEarlyPageMapped: st.crashMemMap && !deferred })
}

/**
 * map_mem() of 6.4 – 6.17 (04a2a7af3d97 dropped crash_mem_map; Debian 6.12.117):
 * can_set_direct_map() = `<rodata term> || debug_pagealloc || arm64_kfence_can_set_direct_map()`.
 * 6.4.0 – 6.6.3 are still without acfa60dbe038 (its 6.6-stable review diff, 6.6.4): the term
 * is `rodata_enabled && rodata_full` and arch_parse_debug_rodata() knows only "full", so
 * `rodata=on` leaves rodata_full at its default as on 6.0.10 – 6.1.64; from 6.6.4 (mainline
 * 6.7) it is `rodata_full` (pageattr.c@v6.8:23-34, @v6.11:23-34; `rodata_enabled && rodata_full` in
 * @v6.5). (6.13+ adds is_realm_world(), @v6.14:25-38, not modelled for these ids.)
 *
 * @kernel arch/arm64/mm/mmu.c map_mem; arch/arm64/mm/pageattr.c can_set_direct_map (v6.12.117);
 *         arch/arm64/include/asm/setup.h arch_parse_debug_rodata
 */
export function linearMapFlagsV64(input: LinearMapFlagsFields, generation: keyof typeof V64_RODATA = 'arm64-6.6.4'): LinearMapFlags {
  const { dialect, term } = V64_RODATA[generation]
  const st = parseParams(dialect, input)
  const forcedBy = [
    ...when(rodataForces(st, term), 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late' as const),
  ]
  return result(generation, st, forcedBy, { kfenceEarly: st.kfenceEarlyInit })
}

/** The parameter dialect and rodata term of each generation linearMapFlagsV64() serves. */
const V64_RODATA = {
  'arm64-6.4': { dialect: DIALECT_V640, term: 'enabled-and-full' },
  'arm64-6.6.4': { dialect: DIALECT_V64, term: 'full' },
  'arm64-6.12': { dialect: DIALECT_V64, term: 'full' },
  'arm64-6.12.54': { dialect: DIALECT_V64, term: 'full' },
  'arm64-6.12.117': { dialect: DIALECT_V64, term: 'full' },
} as const satisfies Record<string, { dialect: ParamDialect; term: RodataTerm }>

/**
 * force_pte_mapping() — arch/arm64/mm/mmu.c (v7.2.13; from 6.18: mmu.c:760@v6.18.5, absent
 * from v6.17.8, whose map_mem() asks can_set_direct_map(); a166563e7ec3). 7.3 renames the
 * feature BBML3 (mmu.c:779@v7.3.4) and widens the CPUs that have it (cpufeature.c:2161@v7.3.4:
 * ID_AA64MMFR2_EL1.BBM >= 3 or a longer MIDR list); `cpu.bbml2Noabort` stands for whichever the
 * release tests. debug_pagealloc ⇒ pages; else a BBML2_NOABORT CPU ⇒ blocks (split on demand later);
 * else `rodata_full || arm64_kfence_can_set_direct_map() || is_realm_world()`.
 */
function forcePteMapping(st: ParamState, input: LinearMapFlagsFields): { forcedBy: ForcedBy[]; bbml2KeepsBlocks: boolean } {
  if (st.debugPagealloc) return { forcedBy: ['debug_pagealloc'], bbml2KeepsBlocks: false }
  const wanted = [
    ...when(st.rodataFull, 'rodata_full' as const),
    ...when(input.config.KFENCE && !st.kfenceEarlyInit, 'kfence_late' as const),
    ...when(input.realmWorld === true, 'realm_world' as const),
  ]
  if (input.cpu.bbml2Noabort) return { forcedBy: [], bbml2KeepsBlocks: wanted.length > 0 }
  return { forcedBy: wanted, bbml2KeepsBlocks: false }
}

/**
 * map_mem() of 6.18 – 6.19: force_pte_mapping() (in 6.18.5, not in 6.17.8) with 6.18's rodata
 * parser (on = full, noalias) and rodata_full true by default.
 *
 * @kernel arch/arm64/mm/mmu.c force_pte_mapping, map_mem (v6.18.5); arch/arm64/mm/pageattr.c
 *         rodata_full; arch/arm64/include/asm/setup.h arch_parse_debug_rodata (v6.18.5)
 */
export function linearMapFlagsV618(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V618, input)
  const f = forcePteMapping(st, input)
  return result('arm64-6.18', st, f.forcedBy, { kfenceEarly: st.kfenceEarlyInit, bbml2KeepsBlocks: f.bbml2KeepsBlocks })
}

/**
 * map_mem() of 7.x (Debian 7.2.13): force_pte_mapping(); rodata_full defaults to true,
 * `rodata=on` is full and `rodata=noalias` is the old "on". The flags are the same for
 * 'arm64-7.0' (7.0 – 7.1), 'arm64-7.2' and 'arm64-7.3'; map_mem()'s shape differs (mmu.ts).
 *
 * @kernel arch/arm64/mm/mmu.c force_pte_mapping, map_mem; arch/arm64/mm/pageattr.c rodata_full;
 *         arch/arm64/include/asm/setup.h arch_parse_debug_rodata (v7.2.13)
 */
export function linearMapFlagsV7(input: LinearMapFlagsFields, generation: 'arm64-7.0' | 'arm64-7.2' | 'arm64-7.3' = 'arm64-7.0'): LinearMapFlags {
  const st = parseParams(DIALECT_V618, input)
  const f = forcePteMapping(st, input)
  return result(generation, st, f.forcedBy, { kfenceEarly: st.kfenceEarlyInit, bbml2KeepsBlocks: f.bbml2KeepsBlocks })
}

/**
 * Engine helper (no kernel counterpart): what-if flags variant of map_mem() from an LKML proposal that no release merged.
 * What-if (Baoquan He, LKML 2022-08): on the 6.0/6.1 code, the crash kernel is always
 * reserved early below 4G, so crash_mem_map never forces pages; the crash region alone is
 * NOMAP'd and page-mapped.
 */
export function linearMapFlagsWhatifBhe4g(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V60, input)
  const forcedBy = [
    ...when(st.rodataEnabled && st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(input.config.KFENCE, 'kfence' as const),
  ]
  return result('whatif-bhe-4g', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap })
}

/**
 * Engine helper (no kernel counterpart): what-if flags variant of map_mem() from an LKML proposal that no release merged.
 * What-if (Mike Rapoport, LKML 2022-09): on the 6.0/6.1 code, a deferred (DMA zones)
 * reservation is simply not protected, so crash_mem_map forces nothing; without DMA zones
 * the early NOMAP path stays.
 */
export function linearMapFlagsWhatifRppt(input: LinearMapFlagsFields): LinearMapFlags {
  const st = parseParams(DIALECT_V60, input)
  const forcedBy = [
    ...when(st.rodataEnabled && st.rodataFull, 'rodata_full' as const),
    ...when(st.debugPagealloc, 'debug_pagealloc' as const),
    ...when(input.config.KFENCE, 'kfence' as const),
  ]
  return result('whatif-rppt', st, forcedBy, { crashEarlyPageMapped: st.crashMemMap && !dmaZones(input.config) })
}

/** The registry: policy id → variant. */
export const LINEAR_MAP_FLAGS: Record<LinearMapGeneration, (input: LinearMapFlagsFields) => LinearMapFlags> = {
  'arm64-5.10.0': linearMapFlagsV5100,
  'arm64-5.10.47': linearMapFlagsV51047,
  'arm64-5.10.110': linearMapFlagsV510110,
  'arm64-5.11': linearMapFlagsV511,
  'arm64-5.12': linearMapFlagsV512,
  'arm64-5.18': (i) => linearMapFlagsV518(i, 'arm64-5.18'),
  'arm64-5.19': (i) => linearMapFlagsV518(i, 'arm64-5.19'),
  'arm64-6.0': linearMapFlagsV60,
  'arm64-6.0.10': linearMapFlagsV6010,
  'arm64-6.1.65': linearMapFlagsV6165,
  'arm64-6.4': (i) => linearMapFlagsV64(i, 'arm64-6.4'),
  'arm64-6.6.4': (i) => linearMapFlagsV64(i, 'arm64-6.6.4'),
  'arm64-6.12': (i) => linearMapFlagsV64(i, 'arm64-6.12'),
  'arm64-6.12.54': (i) => linearMapFlagsV64(i, 'arm64-6.12.54'),
  'arm64-6.12.117': (i) => linearMapFlagsV64(i, 'arm64-6.12.117'),
  'arm64-6.18': linearMapFlagsV618,
  'arm64-7.0': (i) => linearMapFlagsV7(i, 'arm64-7.0'),
  'arm64-7.2': (i) => linearMapFlagsV7(i, 'arm64-7.2'),
  'arm64-7.3': (i) => linearMapFlagsV7(i, 'arm64-7.3'),
  'whatif-bhe-4g': linearMapFlagsWhatifBhe4g,
  'whatif-rppt': linearMapFlagsWhatifRppt,
}

/**
 * Engine helper (no kernel counterpart): dispatch to the policy's linear-map flags variant by generation id.
 * The linear-map flags of one boot: which global flags map_mem() passes for the memory
 * banks, why, and what the parameter parsing printed.
 *
 * @throws Error for an id that is not a LinearMapGeneration (a policy/registry mismatch).
 */
export function linearMapFlags(generation: string, input: LinearMapFlagsInput): LinearMapFlags {
  if (!isLinearMapGeneration(generation)) throw new Error(`assertion failed: unknown arm64 linear-map generation '${generation}'`)
  return LINEAR_MAP_FLAGS[generation](input)
}
