import { type ArchRodataWords } from '../params.js';
import type { ParseDialect } from '../crashkernel/parse.js';
import type { CpuFeatures, EarlyParamFault, KernelConfig, TraceEvent } from '../types.js';
/** The linear-map generation ids (Arm64Policy.linearMap). */
export declare const LINEAR_MAP_GENERATIONS: readonly ["arm64-5.10.0", "arm64-5.10.47", "arm64-5.10.110", "arm64-5.11", "arm64-5.12", "arm64-5.18", "arm64-5.19", "arm64-6.0", "arm64-6.0.10", "arm64-6.1.65", "arm64-6.4", "arm64-6.6.4", "arm64-6.12", "arm64-6.12.54", "arm64-6.12.117", "arm64-6.18", "arm64-7.0", "arm64-7.2", "arm64-7.3", "whatif-bhe-4g", "whatif-rppt"];
export type LinearMapGeneration = (typeof LINEAR_MAP_GENERATIONS)[number];
/** Engine helper (no kernel counterpart): type guard for a policy's linear-map generation id (registry lookup). */
export declare const isLinearMapGeneration: (id: string) => id is LinearMapGeneration;
/** Why the whole linear map is base-paged (kernel names of the conditions). */
export type ForcedBy = 
/** rodata_full (5.10, 6.0.0–6.0.9: `rodata_full`; 6.0.10–6.1.64, 6.4–6.6.3: `rodata_enabled && rodata_full`). */
'rodata_full'
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
 | 'realm_world';
/**
 * The Kconfig options and CPU features the flag decision reads, and only those: the type
 * keeps the generations from reading any other, so paging.ts can share a result between
 * layouts that agree on these fields (and the command line) without comparing whole configs.
 */
export type LinearMapFlagsConfig = Pick<KernelConfig, 'ZONE_DMA' | 'ZONE_DMA32' | 'RODATA_FULL_DEFAULT_ENABLED' | 'KFENCE' | 'KFENCE_SAMPLE_INTERVAL' | 'DEBUG_PAGEALLOC' | 'DEBUG_PAGEALLOC_ENABLE_DEFAULT'>;
export type LinearMapFlagsCpu = Pick<CpuFeatures, 'bbml2Noabort'>;
/** What the generations read: the command line and the fields above. */
export interface LinearMapFlagsFields {
    config: LinearMapFlagsConfig;
    cpu: LinearMapFlagsCpu;
    /** boot_command_line. */
    cmdline: string;
    /** Running as an Arm CCA realm guest (is_realm_world()); default false. */
    realmWorld?: boolean;
    /**
     * map_mem()'s memblock_phys_alloc() of the early KFENCE pool returned 0 (6.1.65+): the
     * kernel then clears kfence_early_init before it reads can_set_direct_map() /
     * force_pte_mapping(). Default false.
     */
    kfencePoolFailed?: boolean;
    /**
     * The release's command-line parsers (its policy's parse dialect): kstrtobool() for the
     * boolean parameters, and whether simple_strtoull() (so get_option()) saturates. They come
     * with lib/, not with the linear map, so a generation spanning several releases takes each
     * release's own.
     */
    numbers: Pick<ParseDialect, 'kstrtobool' | 'strtoullSaturates'>;
}
/** linearMapFlags()'s input: a whole config and CPU, of which the generations see the fields above. */
export interface LinearMapFlagsInput extends LinearMapFlagsFields {
    config: KernelConfig;
    cpu: CpuFeatures;
}
/** The early-boot state the flag decision read, for reports and tests. */
export interface LinearMapBootState {
    rodataEnabled: boolean;
    rodataFull: boolean;
    debugPagealloc: boolean;
    /** `crashkernel` seen by the early param (5.10–6.3 `crash_mem_map`). */
    crashMemMap: boolean;
    /** arm64 `kfence_early_init` (6.1.65+): the pool is allocated and page-mapped by map_mem(). */
    kfenceEarlyInit: boolean;
    /** mm/kfence/core.c kfence_sample_interval after the module-param parse (0 = KFENCE off at boot). */
    kfenceSampleInterval: bigint;
}
export interface LinearMapFlags {
    generation: LinearMapGeneration;
    /** NO_BLOCK_MAPPINGS in map_mem()'s flags for the memory banks. */
    noBlock: boolean;
    /** NO_CONT_MAPPINGS in map_mem()'s flags for the memory banks. */
    noCont: boolean;
    /** Every condition that is true and forces base pages ([] = blocks allowed). */
    forcedBy: ForcedBy[];
    /** Base pages are forced only because of crashkernel= (the 2022 thread's problem). */
    forcedByCrashkernel: boolean;
    /** map_mem() allocates the KFENCE pool (KFENCE_POOL_SIZE, PAGE_SIZE aligned) and page-maps it. */
    kfenceEarly: boolean;
    /** kfence_init() runs at boot (sample interval ≠ 0): its guard pages get unmapped. */
    kfenceEnabled: boolean;
    /**
     * ≤6.3: a crash region reserved *before* paging_init (crashk_res.end set) is marked NOMAP
     * while the banks are mapped, then mapped alone with NO_BLOCK|NO_CONT. The caller passes
     * the region to mapMem() only when this is true and the reservation was early.
     */
    crashEarlyPageMapped: boolean;
    /** 6.18+: blocks kept because the CPU has BBML2_NOABORT (7.3: BBML3) although rodata_full/KFENCE want pages. */
    bbml2KeepsBlocks: boolean;
    state: LinearMapBootState;
    /**
     * What the early_param() handlers printed (the head of `trace`), by the index of their
     * token in parseEarlyParams(cmdline): parse_early_param() prints it in command-line order
     * among the other handlers' lines (early-params.ts merges them).
     */
    earlyParamTrace: ReadonlyArray<readonly TraceEvent[] | undefined>;
    /**
     * An early_param() handler of these parameters that faults, stopping the boot in
     * parse_early_param() at token `index` (parseEarlyParams() index): ≤ 5.19's parse_rodata()
     * on a bare `rodata`. The parsing above stops there too; early-params.ts ends the boot.
     */
    earlyParamFault?: ArchEarlyParamFault;
    /** Lines the kernel prints while parsing these parameters, in boot order: the early pass, then parse_args("Booting kernel"). */
    trace: TraceEvent[];
}
/** The digit loop of simple_strtoull() with base 0, wrapping modulo 2^64 as ≤ 6.x does. */
/** get_option()'s answer for an `int`: whether a number was read, and the int it stored. */
export type GetOptionResult = {
    ok: false;
} | {
    ok: true;
    value: number;
};
/** One generation of get_option() for an `int` (a dialect picks it). */
export type GetOptionInt = (s: string | null) => GetOptionResult;
/** get_option() of 6.1 – 7.1: the number wraps modulo 2^64. */
export declare const getOptionIntV61: GetOptionInt;
/**
 * get_option() of 7.2+: the number saturates at ULLONG_MAX, with simple_strtoull()
 * (lib/kstrtox.c@v7.2.13 _parse_integer_limit; @v7.1.3 still wraps): the parse dialect's
 * `strtoullSaturates` picks it.
 */
export declare const getOptionIntV72: GetOptionInt;
/** Where and how an arch early_param() handler stops the boot (early-params.ts EarlyParamStop, by token). */
export interface ArchEarlyParamFault {
    /** The token's parseEarlyParams() index. */
    index: number;
    fault: EarlyParamFault;
    /** The kernel file and function that faults. */
    at: string;
    /** The function as the fault's pc line names it. */
    fn: string;
}
/** arch/arm64/include/asm/setup.h before acfa60dbe038 (6.0 – 6.1.64): only "full". */
export declare const ARCH_RODATA_V60: ArchRodataWords;
/** v6.1.192 / v6.12.117: "full", "off", "on" (= not full; acfa60dbe038, stable 6.1.65). */
export declare const ARCH_RODATA_V61: ArchRodataWords;
/** v6.18.5 – v7.3.4: "on" (= full), "off", "noalias" (= not full); v6.17.8 still has 6.1's words. */
export declare const ARCH_RODATA_V7: ArchRodataWords;
/**
 * arm64's rodata= of one generation: the generic set_debug_rodata()'s generation and what arm64
 * adds to it.
 */
type Arm64Rodata = 
/** ≤ 5.19: its own early_param("rodata", parse_rodata) before the generic __setup("rodata=") (silent on 5.11 – 5.17). */
{
    generic: 'setup-strtobool' | 'setup-strtobool-silent';
    arch: 'parse_rodata';
}
/** 6.0+: the words arch_parse_debug_rodata() takes before the generic early_param() looks. */
 | {
    generic: 'early-on-off';
    arch: ArchRodataWords;
};
/** Which early parameters a generation registers and how it parses them. */
interface ParamDialect {
    rodata: Arm64Rodata;
    /** 5.10.47 … 6.3: early_param("crashkernel", enable_crash_mem_map). */
    crashMemMapParam: boolean;
    /** 6.1.65+: early_param("kfence.sample_interval", parse_kfence_early_init), with the release's get_option(). */
    kfenceEarlyParam: boolean;
    /** rodata_full's initial value: the Kconfig default (≤6.17) or true (6.18+). */
    rodataFullDefault: 'config' | true;
}
/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; mainline 5.10 – 5.10.21, UNCONFIRMED: a 5.10 stable boundary, only v5.10.223 of the series is at hand, mmu.c:496; mainline v5.11 already has crash_mem_map, mmu.c@v5.11:472-495).
 * map_mem() of mainline 5.10 – 5.10.21 [per the 2687275a5843 backport diff, kernel-model
 * §6.1]: `rodata_full || debug_pagealloc_enabled()`; a crash region reserved early
 * (always, in this generation) is NOMAP'd and page-mapped on its own.
 */
export declare function linearMapFlagsV5100(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; stable 5.10.47 – 5.10.109; map_mem() at v5.10.223 mmu.c:496).
 * map_mem() of stable 5.10.47 – 5.10.109 (2687275a5843 "arm64/mm: Use page granular
 * mapping … crashkernel"): `rodata_full || crash_mem_map || debug_pagealloc_enabled()`;
 * the reservation is deferred, so there is no separate crash mapping.
 */
export declare function linearMapFlagsV51047(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * map_mem() of stable 5.10.110+ (ChangeLog-5.10.110) (Debian 5.10.223): `rodata_full || debug_pagealloc_enabled()`;
 * with crash_mem_map, ZONE_DMA/ZONE_DMA32 (deferred reservation) add NO_BLOCK|NO_CONT
 * globally, otherwise an early reservation is NOMAP'd and page-mapped alone.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
export declare function linearMapFlagsV510110(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; 5.11: mmu.c@v5.11:495).
 * map_mem() of 5.11: `rodata_full || crash_mem_map || debug_pagealloc_enabled()`. There is no
 * KFENCE yet (no mm/kfence in v5.11), so neither CONFIG_KFENCE nor `kfence.sample_interval`
 * means anything: the parsing runs as on a kernel built without it.
 */
export declare function linearMapFlagsV511(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * Mirrors map_mem() — arch/arm64/mm/mmu.c (its flags; 5.12 – 5.17: mmu.c@v5.13:518-519,
 * @v5.14:519, @v5.15:519, @v5.17:520; 5.12 is not at hand: KFENCE came with it, absent from v5.11).
 * `rodata_full || crash_mem_map || debug_pagealloc_enabled() || IS_ENABLED(CONFIG_KFENCE)`,
 * spelt `can_set_direct_map() || crash_mem_map || IS_ENABLED(CONFIG_KFENCE)` from 5.14, where
 * can_set_direct_map() is `rodata_full || debug_pagealloc_enabled()` (pageattr.c@v5.14:22-25).
 * crash_mem_map forces pages with or without DMA zones: the reservation is always deferred.
 */
export declare function linearMapFlagsV512(input: LinearMapFlagsFields): LinearMapFlags;
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
export declare function linearMapFlagsV518(input: LinearMapFlagsFields, generation?: 'arm64-5.18' | 'arm64-5.19'): LinearMapFlags;
export declare const linearMapFlagsV60: (input: LinearMapFlagsFields) => LinearMapFlags;
export declare const linearMapFlagsV6010: (input: LinearMapFlagsFields) => LinearMapFlags;
/**
 * map_mem() of 6.1.65 – 6.3 (Debian 6.1.192): can_set_direct_map() = `rodata_full ||
 * debug_pagealloc || arm64_kfence_can_set_direct_map()` (KFENCE built in and not early);
 * crash_mem_map: defer_reserve_crashkernel() (= DMA zones) adds NO_BLOCK|NO_CONT, else the
 * early NOMAP path. An early KFENCE pool is allocated and page-mapped by map_mem().
 *
 * @kernel arch/arm64/mm/mmu.c map_mem; arch/arm64/mm/pageattr.c can_set_direct_map;
 *         arch/arm64/include/asm/memory.h defer_reserve_crashkernel (v6.1.192)
 */
export declare function linearMapFlagsV6165(input: LinearMapFlagsFields): LinearMapFlags;
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
export declare function linearMapFlagsV64(input: LinearMapFlagsFields, generation?: keyof typeof V64_RODATA): LinearMapFlags;
/** The parameter dialect and rodata term of each generation linearMapFlagsV64() serves. */
declare const V64_RODATA: {
    readonly 'arm64-6.4': {
        readonly dialect: ParamDialect;
        readonly term: "enabled-and-full";
    };
    readonly 'arm64-6.6.4': {
        readonly dialect: ParamDialect;
        readonly term: "full";
    };
    readonly 'arm64-6.12': {
        readonly dialect: ParamDialect;
        readonly term: "full";
    };
    readonly 'arm64-6.12.54': {
        readonly dialect: ParamDialect;
        readonly term: "full";
    };
    readonly 'arm64-6.12.117': {
        readonly dialect: ParamDialect;
        readonly term: "full";
    };
};
/**
 * map_mem() of 6.18 – 6.19: force_pte_mapping() (in 6.18.5, not in 6.17.8) with 6.18's rodata
 * parser (on = full, noalias) and rodata_full true by default.
 *
 * @kernel arch/arm64/mm/mmu.c force_pte_mapping, map_mem (v6.18.5); arch/arm64/mm/pageattr.c
 *         rodata_full; arch/arm64/include/asm/setup.h arch_parse_debug_rodata (v6.18.5)
 */
export declare function linearMapFlagsV618(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * map_mem() of 7.x (Debian 7.2.13): force_pte_mapping(); rodata_full defaults to true,
 * `rodata=on` is full and `rodata=noalias` is the old "on". The flags are the same for
 * 'arm64-7.0' (7.0 – 7.1), 'arm64-7.2' and 'arm64-7.3'; map_mem()'s shape differs (mmu.ts).
 *
 * @kernel arch/arm64/mm/mmu.c force_pte_mapping, map_mem; arch/arm64/mm/pageattr.c rodata_full;
 *         arch/arm64/include/asm/setup.h arch_parse_debug_rodata (v7.2.13)
 */
export declare function linearMapFlagsV7(input: LinearMapFlagsFields, generation?: 'arm64-7.0' | 'arm64-7.2' | 'arm64-7.3'): LinearMapFlags;
/**
 * Engine helper (no kernel counterpart): what-if flags variant of map_mem() from an LKML proposal that no release merged.
 * What-if (Baoquan He, LKML 2022-08): on the 6.0/6.1 code, the crash kernel is always
 * reserved early below 4G, so crash_mem_map never forces pages; the crash region alone is
 * NOMAP'd and page-mapped.
 */
export declare function linearMapFlagsWhatifBhe4g(input: LinearMapFlagsFields): LinearMapFlags;
/**
 * Engine helper (no kernel counterpart): what-if flags variant of map_mem() from an LKML proposal that no release merged.
 * What-if (Mike Rapoport, LKML 2022-09): on the 6.0/6.1 code, a deferred (DMA zones)
 * reservation is simply not protected, so crash_mem_map forces nothing; without DMA zones
 * the early NOMAP path stays.
 */
export declare function linearMapFlagsWhatifRppt(input: LinearMapFlagsFields): LinearMapFlags;
/** The registry: policy id → variant. */
export declare const LINEAR_MAP_FLAGS: Record<LinearMapGeneration, (input: LinearMapFlagsFields) => LinearMapFlags>;
/**
 * Engine helper (no kernel counterpart): dispatch to the policy's linear-map flags variant by generation id.
 * The linear-map flags of one boot: which global flags map_mem() passes for the memory
 * banks, why, and what the parameter parsing printed.
 *
 * @throws Error for an id that is not a LinearMapGeneration (a policy/registry mismatch).
 */
export declare function linearMapFlags(generation: string, input: LinearMapFlagsInput): LinearMapFlags;
export {};
