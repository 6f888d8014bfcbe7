/**
 * The arm64 linear map as paging_init() builds it: a mirror of map_mem() and the
 * __create_pgd_mapping() → alloc_init_p4d() → alloc_init_pud() → alloc_init_cont_pmd() →
 * init_pmd() → alloc_init_cont_pte() → init_pte() chain for 4K, 16K and 64K granules and
 * 2 to 5 levels. mapMem() runs the chain on run-length-encoded tables (mmu-fast.ts: cost
 * independent of the size of RAM); this file keeps the same chain on an explicit tree (one
 * node per table, one byte per entry, O(pages)) as mapMemReference(), the exact reference
 * the fast tables are tested against (mmu-fast.test.ts, mmu-oracle.test.ts).
 *
 * API
 *   mapMem(input: MapMemInput): MapMemResult
 *     Runs the page-table part of paging_init() for one boot and returns
 *     - `steps`: what paging_init() allocates and frees, in order (early_pgtable_alloc pages
 *       per phase, the early KFENCE pool, the init_pg_dir free) so the caller can replay
 *       them on its memblock top-down;
 *     - `histogram` / `runs`: the final linear map (after KFENCE has
 *       unmapped its guard pages) with the walker's keys: '1G', '2M', '2M-cont', '4K',
 *       '4K-cont' (16K: '16K', '16K-cont', '32M', '32M-cont'; 64K: '64K', '64K-cont',
 *       '512M', '512M-cont');
 *     - `tables` / `pageTableBytes`: the linear map's own tables;
 *     - `block`: the same map without the global NO_BLOCK|NO_CONT (for cost comparison).
 *   mapMemReference(input): MapMemResult
 *     The same on the per-entry tree (tests only).
 *   kernelBuildLayout(series): KernelBuildLayout | undefined
 *     The per-build constants of the Debian kernels the oracle booted (symbol offsets,
 *     map_kernel()/create_idmap() table pages, init_pg_dir), with how each was measured.
 *   kernelSymbols(build, textPa, codeSize?), arm64MemstartAlign(),
 *   toLinearMapFacts(flags, result, crash), crashHistogramOfRuns(runs, range), MAP_MEM_VARIANTS.
 *
 * Protocol with the caller (the boot mirror owns memblock):
 *   1. allocate build.mapKernelTablePages pages (map_kernel(), ≤6.x builds);
 *   2. if flags.kfenceEarly, allocate the pool (../kfence.ts kfencePoolSize(), PAGE_SIZE aligned);
 *   3. call mapMem() with the pool and the memory ranges as they were before paging_init;
 *   4. replay result.steps from the 'map_mem' step on (pages, the init_pg_dir free,
 *      create_idmap pages). Steps 1-2 appear in result.steps too, for the record.
 *
 * Version differences are named variants: MAP_MEM_VARIANTS picks, per linear-map
 * generation, the map_mem() shape (mapMemV510/V61/V64/V61254/V612117/V7/V73) and the create-mapping rules
 * (CREATE_MAPPING_V510 vs CREATE_MAPPING_V72: over a table ≤7.1 try a block, which
 * p?d_set_huge() refuses, leaving unmapped what the table does not map, where 7.2+ go down into
 * the table; 7.2+ never set PTE_CONT over valid non-contiguous entries).
 *
 * Not modelled: KFENCE objects freed at run time (their data pages get unmapped too; the
 * oracle walks with an early pool show 13-19 such pages), later set_memory_*() splits with BBML2, hotplug.
 *
 * @kernel arch/arm64/mm/mmu.c (v5.10.223, v6.1.192, v6.12.117, v7.2.13);
 *         arch/arm64/include/asm/{pgtable-hwdef,pgtable,kernel-pgtable}.h; mm/kfence/core.c
 */
import type { GranuleHistogram, LinearMapFacts, PhysAddr, PhysRange, PhysSize } from '../types.js';
import { type LinearMapFlags, type LinearMapGeneration } from './linear-map-flags.js';
import { NO_BLOCK_MAPPINGS, NO_CONT_MAPPINGS } from './mmu-fast.js';
export { NO_BLOCK_MAPPINGS, NO_CONT_MAPPINGS };
/** Page-table geometry of one kernel: granule, levels, the linear map's place in VA. */
export interface PgtableGeometry {
    pageSize: PhysSize;
    pageShift: bigint;
    vaBits: number;
    /** Hardware level of swapper_pg_dir: -1 (5 levels) … 2 (2 levels). */
    rootLevel: number;
    /** PAGE_OFFSET = _PAGE_OFFSET(vabits_actual) = -(1 << vaBits) (mod 2^64). */
    pageOffset: bigint;
    /** CONT_PTES and CONT_PMDS (CONFIG_ARM64_CONT_{PTE,PMD}_SHIFT). */
    contPtes: number;
    contPmds: number;
}
/**
 * Mirrors ARM64_HW_PGTABLE_LEVELS() — arch/arm64/include/asm/pgtable-hwdef.h (v6.12.117:26, v7.2.13:31).
 * The geometry for a granule and the VA bits in use: ARM64_HW_PGTABLE_LEVELS(va_bits) =
 * (va_bits - 4) / (PAGE_SHIFT - 3) — arch/arm64/include/asm/pgtable-hwdef.h.
 */
export declare function pgtableGeometry(pageSize: PhysSize, vaBits: number): PgtableGeometry;
/**
 * Mirrors ARM64_MEMSTART_ALIGN — arch/arm64/mm/init.c (v6.12.117:77-93; asm/kernel-pgtable.h in v5.10.223:126-142, v6.1.192).
 * ARM64_MEMSTART_ALIGN — arch/arm64/mm/init.c: PUD (4K), CONT_PMD (16K) or PMD (64K) size,
 * at least a sparsemem section (not applied here: arm64/setup.ts raises it to the 1 GiB
 * sections of 5.10/5.11 and passes its memstart_addr in MapMemInput).
 */
export declare function arm64MemstartAlign(pageSize: PhysSize): PhysSize;
export interface PgTable {
    level: number;
    /** VA mapped by entry 0. */
    va: bigint;
    desc: Uint8Array;
    /** Next-level tables (levels above PTE only). */
    next: Array<PgTable | undefined> | undefined;
}
/** Where in paging_init() a table page was allocated. */
export type PagingInitPhase = 'map_kernel' | 'map_mem' | 'create_idmap';
export type TableLevelName = 'p4d' | 'pud' | 'pmd' | 'pte';
/**
 * The per-generation create-mapping rules (the helpers that differ between init_pmd() /
 * alloc_init_pud() / alloc_init_cont_p{md,te}() of the old and the 7.x code).
 */
export interface CreateMappingPolicy {
    id: string;
    /** May a block be written over this old entry? */
    sectionAllowedOver(old: number): boolean;
    /** May PTE_CONT be set on a CONT span holding an entry of this kind? */
    contAllowedOverEntry(old: number): boolean;
    /** May PTE_CONT be set on the CONT span of `table` starting at `index`? (every entry allows it) */
    contAllowedOver(table: PgTable, index: number, span: number): boolean;
    /**
     * pgattr_change_is_safe() as far as entry kinds go (same pfn, same attributes assumed; an
     * entry rewritten as it is keeps its value): false is a BUG_ON() in init_pte(), and makes
     * pmd_set_huge()/pud_set_huge() refuse a block (pSetHuge()).
     */
    pgattrChangeIsSafe(old: number, now: number): boolean;
    /** init_pmd()/alloc_init_pud() WARN_ON() a refused block (7.2+); ≤7.1 ignore the 0 returned. */
    setHugeWarns: boolean;
}
/**
 * ≤ 7.1 (v5.10.223 … v6.12.117; v6.16.3 … v7.1.3 alike): init_pmd()/alloc_init_pud() try the block whenever the
 * range is aligned, and the contiguous hint depends on alignment and NO_CONT only.
 */
export declare const CREATE_MAPPING_V510: CreateMappingPolicy;
/**
 * 7.2+ (v7.2.13, v7.3.4; not in v7.1.3): `!pmd_table(old_pmd)` / `!pud_table(old_pud)` keep an existing
 * table, and pte_range_has_valid_noncont() / pmd_range_has_valid_noncont() refuse PTE_CONT
 * over a span holding a valid entry without it (a table entry counts as valid non-cont), so
 * map_mem() can map the same memory twice.
 *
 * @kernel arch/arm64/mm/mmu.c init_pmd, alloc_init_pud, pte_range_has_valid_noncont,
 *         pmd_range_has_valid_noncont (v7.2.13)
 */
export declare const CREATE_MAPPING_V72: CreateMappingPolicy;
/** The kernel-image symbols map_mem() uses, as physical addresses. */
export interface KernelSymbols {
    /** _text (the Image load address). */
    text: PhysAddr;
    /** _stext (6.0 – 6.3 map_mem() starts the alias here); undefined = _text. */
    stext?: PhysAddr | undefined;
    /** __init_begin: end of the read-only alias [_text|_stext, __init_begin). */
    initBegin: PhysAddr;
    /** __init_end and __bss_stop: the 7.x data/bss alias [__init_end, __bss_stop). */
    initEnd?: PhysAddr | undefined;
    bssStop?: PhysAddr | undefined;
    /** _end. */
    end: PhysAddr;
}
/** The KFENCE pool of this boot. */
export interface KfencePool extends PhysRange {
    /**
     * true: allocated and page-mapped by map_mem() (arm64 kfence_early_init, 6.1.65+);
     * false: allocated later from memblock (kfence_alloc_pool(), ≤6.3), only unmapped here.
     */
    early: boolean;
    /** kfence_init() ran (sample interval ≠ 0): pages 0, 1 and every guard page are unmapped. */
    initialised: boolean;
    /** CONFIG_KFENCE_NUM_OBJECTS (default 255). */
    numObjects?: number;
}
export interface MapMemInput {
    /** The linear-map generation (Arm64Policy.linearMap). */
    generation: LinearMapGeneration;
    pageSize: PhysSize;
    /** VA bits in use (vabits_actual: 52 only with LPA2 hardware, else 48). */
    vaBits: number;
    /**
     * memblock.memory minus NOMAP regions as paging_init() finds it (before map_mem() marks
     * anything NOMAP), sorted; touching ranges are merged as memblock merges them.
     */
    memory: PhysRange[];
    /** memstart_addr (PHYS_OFFSET); default round_down(lowest RAM, ARM64_MEMSTART_ALIGN). */
    memstartAddr?: PhysAddr;
    kernel: KernelSymbols;
    /** The flags map_mem() uses for the memory banks (from linearMapFlags()). */
    flags: Pick<LinearMapFlags, 'noBlock' | 'noCont'>;
    kfence?: KfencePool | undefined;
    /**
     * ≤6.3 early path (flags.crashEarlyPageMapped and reserved before paging_init): the crash
     * region is NOMAP'd during the bank loop and mapped alone with NO_BLOCK|NO_CONT.
     */
    crashEarly?: PhysRange | undefined;
    /** paging_init() around map_mem() (from the build): tables and frees. */
    pagingInit?: {
        mapKernelTablePages: number;
        createIdmapTablePages: number;
        initPgDir?: PhysRange | undefined;
    };
    /** Also map without the global flags for `block` (default true). */
    blockComparison?: boolean;
}
/** One thing paging_init() does to memblock, in order. */
export type PagingInitStep = {
    kind: 'pgtable';
    phase: PagingInitPhase;
    pages: number;
} | {
    kind: 'kfence-pool';
    pool: PhysRange;
} | {
    kind: 'free';
    what: 'init_pg_dir';
    range: PhysRange;
};
/** A maximal run of linear map with one granule (PA order). */
export interface LinearMapRun extends PhysRange {
    va: bigint;
    map: string;
}
export interface LinearMapLayout {
    histogram: GranuleHistogram;
    /** Tables map_mem() allocated, by level. */
    tables: Record<TableLevelName, number>;
    /** All of them × PAGE_SIZE. */
    pageTableBytes: PhysSize;
    /** PTE tables × PAGE_SIZE. */
    lastLevelTableBytes: PhysSize;
}
export interface MapMemResult extends LinearMapLayout {
    steps: PagingInitStep[];
    /** early_pgtable_alloc() pages of all of paging_init() (map_kernel + map_mem + create_idmap). */
    pgtablePages: number;
    runs: LinearMapRun[];
    /** The map with the global NO_BLOCK|NO_CONT dropped (equal to the above when not forced). */
    block: LinearMapLayout;
    /**
     * BUG_ON()/WARN_ON() conditions the kernel would hit with this input, and blocks
     * pmd_set_huge()/pud_set_huge() refused (≤7.1 silently: over a table, RAM stays unmapped).
     */
    warnings: string[];
}
/**
 * The page tables a map_mem() variant writes: swapper_pg_dir's geometry and
 * __create_pgd_mapping() on it (run-length encoded in mmu-fast.ts, per entry in the reference).
 */
export interface SwapperPgDir {
    g: PgtableGeometry;
    createPgdMapping(phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void;
    /** createPgdMapping(start, __phys_to_virt(start), end - start, flags), memstart_addr being the pgdir's. */
    mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void;
}
/** The state a map_mem() variant works on. */
export interface MapMemContext {
    st: SwapperPgDir;
    input: MapMemInput;
    memstart: PhysAddr;
    /** Global flags for the banks. */
    flags: number;
}
/**
 * map_mem() of 5.10 — arch/arm64/mm/mmu.c v5.10.223: [_text, __init_begin) and an
 * early crash region are NOMAP'd, the banks mapped with the global flags, then the kernel
 * alias with NO_CONT_MAPPINGS only (blocks allowed: the 2M runs of the kernel alias in the
 * walks) and the crash region with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
export declare function mapMemV510(c: MapMemContext): void;
/**
 * map_mem() of 5.11 … 6.3 — arch/arm64/mm/mmu.c v6.1.192: as 5.10 but the alias starts at
 * _stext (e2a073dde921, 5.11), and (6.1.65+) the early KFENCE pool is NOMAP'd during the bank loop and mapped at
 * the end with NO_BLOCK|NO_CONT (arm64_kfence_alloc_pool(), arm64_kfence_map_pool()).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.1.192)
 */
export declare function mapMemV61(c: MapMemContext): void;
/**
 * map_mem() of 6.4 – 6.12.53 and 6.13 – 6.17.3 — arch/arm64/mm/mmu.c v6.12.117 as it was
 * before 5973a62efa34: no crash handling; the early KFENCE pool and [_stext, __init_begin)
 * are NOMAP'd (the alias still starts at _stext, as since e2a073dde921 in 5.11), the banks
 * mapped with the global flags (a bank boundary inside a page maps that whole page:
 * __create_pgd_mapping() rounds phys down and the end up), so [_text, _stext) goes with its
 * bank; then the kernel alias with NO_CONT_MAPPINGS and the pool with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.12.117,
 *         with the lines 5973a62efa34 changed as they were: the 6.12-stable review patch for 6.12.54)
 */
export declare function mapMemV64(c: MapMemContext): void;
/**
 * map_mem() of stable 6.12.54 – 6.12.116 and 6.17.4 – 6.17.y: as mapMemV64(), with the alias
 * from _text: 5973a62efa34 "arm64: map [_text, _stext) virtual address range
 * non-executable+read-only" (mainline 6.18 or earlier: in v6.17.8, not in v6.16.3; Cc stable) reached 6.12.54 and 6.17.4 (the
 * stable review cycles of 17 Oct 2025; the stable queues of 15 Oct 2025 hold it for 6.12
 * and 6.17 only, so 6.6 and 6.1 keep _stext: Debian 6.1.192 does).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v6.12.117 without its 6.12.117 rounding)
 */
export declare function mapMemV61254(c: MapMemContext): void;
/**
 * map_mem() of stable 6.12.117 (Debian 6.12.117): as mapMemV61254(), with each bank rounded
 * inwards to pages first ("arm64: mm: fix accidental linear mapping of no-map reserved
 * memory", ChangeLog-6.12.117; a stable-only fix: mainline had dropped the NOMAP trick).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v6.12.117)
 */
export declare function mapMemV612117(c: MapMemContext): void;
/**
 * map_mem() of 7.2 — arch/arm64/mm/mmu.c v7.2.13 (v7.1.3 still has the NOMAP trick of
 * mapMemV61254()): no NOMAP trick. The early KFENCE
 * pool is mapped first (NO_BLOCK|NO_CONT), then [_text, __init_begin) and
 * [__init_end, __bss_stop) with the global flags, then every bank with the global flags
 * over them (CREATE_MAPPING_V72 keeps what is there).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_map_pool (v7.2.13)
 */
export declare function mapMemV7(c: MapMemContext): void;
/**
 * map_mem() of 7.3 — arch/arm64/mm/mmu.c v7.3.4: as mapMemV7(), with each bank rounded
 * inwards to pages (start up, end down; a bank left empty is skipped), as stable 6.12.117
 * did ("for_each_mem_range may return sub-page-aligned boundaries after memblock_mark_nomap()
 * splits regions at byte precision", the comment above the rounding in v7.3.4's loop).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v7.3.4)
 */
export declare function mapMemV73(c: MapMemContext): void;
/**
 * Whether a generation's kernel image starts at _stext rather than _text: 5.11 – 6.12.53 and
 * 6.13 – 6.17.3, whose map_mem() starts the read-only alias there (mapMemV61(), mapMemV64())
 * and whose arm64_memblock_init() reserves the image from there too, leaving the head free
 * (every 6.1 memblock=debug boot). 5973a62efa34 moved both back to _text (6.12.54, 6.17.4;
 * arch/arm64/mm/init.c:282 reserves from _stext in v6.16.3, from _text in v6.17.8). Derived from the variant table so that the reservation and the alias cannot disagree.
 * @kernel arch/arm64/mm/init.c arm64_memblock_init, arch/arm64/mm/mmu.c map_mem (v6.1.192)
 */
export declare function imageStartsAtStext(generation: string): boolean;
/** Per generation: the map_mem() shape and the create-mapping rules. */
export declare const MAP_MEM_VARIANTS: Record<LinearMapGeneration, {
    mapMem: (c: MapMemContext) => void;
    policy: CreateMappingPolicy;
}>;
/**
 * The page-table part of paging_init() — arch/arm64/mm/mmu.c: map_kernel() (≤6.x builds,
 * a per-build count), map_mem() (mirrored), the init_pg_dir free and create_idmap()
 * (6.0 – 6.8 builds, per-build count); then kfence_init_pool()'s unmapping, and the
 * resulting linear map. Runs on run-length-encoded tables (mmu-fast.ts): the cost depends on
 * the number of ranges, not on the size of RAM.
 *
 * A mapping outside [PAGE_OFFSET, 2^64) — memory below memstart_addr or past the VA space,
 * which arm64_memblock_init() never leaves — is handed to the per-entry reference, whose
 * out-of-range behaviour is kept as it was.
 *
 * @kernel arch/arm64/mm/mmu.c paging_init, map_mem (v5.10.223, v6.1.192, v6.12.117, v7.2.13),
 *         create_idmap (v6.1.192, v6.12.117, v7.2.13; 5.10 builds its idmap in arch/arm64/kernel/head.S)
 */
export declare function mapMem(input: MapMemInput): MapMemResult;
/**
 * Engine helper (no kernel counterpart): runs mapMem() by its closed form only, for the tests that compare the ways.
 * mapMem() with each of its two ways alone, for the tests that compare them with the
 * reference: the closed form (undefined where it does not hold) and the run-length tables.
 */
export declare function mapMemClosedForm(input: MapMemInput): MapMemResult | undefined;
/** Engine helper (no kernel counterpart): runs mapMem() on the run-length tables only, for the tests that compare the ways. */
export declare function mapMemRuns(input: MapMemInput): MapMemResult;
/**
 * Engine helper (no kernel counterpart): runs mapMem() on the per-entry reference tree, for the tests.
 * mapMem() on the per-entry page-table tree (one byte per entry, O(pages)): the exact
 * reference the run-length-encoded tables are tested against. Not for production use.
 */
export declare function mapMemReference(input: MapMemInput): MapMemResult;
/**
 * Engine helper (no kernel counterpart): the granule histogram of one crash region, read off the runs.
 * The bytes of `r` by the granule that maps them, read off the runs (absent key = not mapped).
 */
export declare function crashHistogramOfRuns(runs: readonly LinearMapRun[], r: PhysRange): GranuleHistogram;
/**
 * Engine helper (no kernel counterpart): packs flags and a mapMem() result into the engine's LinearMapFacts.
 * The engine-boundary facts (types.ts LinearMapFacts) of one flags + mapMem() pair, with the
 * mapping of each crash region (in address order).
 */
export declare function toLinearMapFacts(flags: Pick<LinearMapFlags, 'forcedBy' | 'forcedByCrashkernel'>, r: MapMemResult, crash: readonly PhysRange[]): LinearMapFacts;
/** Constants of one kernel build that the code cannot derive (symbol offsets, static tables). */
export interface KernelBuildLayout {
    /** Debian series ("5.10", "6.1", "6.12", "7.2", "7.3"). */
    series: string;
    release: string;
    package: string;
    generation: LinearMapGeneration;
    pageSize: PhysSize;
    /** VA_BITS of the build (vabits_actual is 48 without LPA2 hardware). */
    vaBits: number;
    /** Image header image_size (= _end - _text). */
    imageSize: PhysSize;
    /** Offsets from _text. */
    offsets: {
        stext?: PhysSize;
        initBegin: PhysSize;
        initEnd?: PhysSize;
        bssStop?: PhysSize;
    };
    /**
     * KIMAGE_VADDR - _PAGE_END(VA_BITS_MIN): where the image is mapped (MODULES_END): 5.10
     * BPF JIT 128M + modules 128M, 6.1 modules 128M, 6.12 – 7.3 modules 2G (memory.h).
     */
    kimageOffset: PhysSize;
    /** early_pgtable_alloc() pages of map_kernel() before map_mem() (0: built by early boot code). */
    mapKernelTablePages: number;
    /** early_pgtable_alloc() pages of create_idmap() after the init_pg_dir free (0: static tables). */
    createIdmapTablePages: number;
    /** init_pg_dir, freed by paging_init(): offset from _text and size. */
    initPgDir?: {
        offset: PhysSize;
        size: PhysSize;
    };
    /** CONFIG_KFENCE_NUM_OBJECTS (0 = no KFENCE). */
    kfenceNumObjects: number;
    /** How the constants were measured. */
    measured: string;
}
/**
 * Engine helper (no kernel counterpart): looks up the measured constants of a Debian kernel build.
 * The measured constants of a Debian build by series ("6.12") or release ("6.12.117").
 */
export declare function kernelBuildLayout(series: string): KernelBuildLayout | undefined;
/**
 * Engine helper (no kernel counterpart): the addresses of a build's image symbols for a load address.
 * The symbols of a build whose Image was loaded at `textPa` (_text). `codeSize` is the
 * board's __init_begin - _text for a kernel built otherwise than the profile's (the end of
 * /proc/iomem's `Kernel code`); the other offsets stay the build's.
 */
export declare function kernelSymbols(build: KernelBuildLayout, textPa: PhysAddr, codeSize?: PhysSize): KernelSymbols;
/**
 * Engine helper (no kernel counterpart): the paging_init() table figures of a build at a load address and granule.
 * MapMemInput.pagingInit of a build loaded at `textPa` whose image is `imageSize` long, for
 * a kernel of `pageSize` pages and `vaBits` VA bits.
 *
 * The Debian builds measured these for their own granule (4K). init_pg_dir lies at the end
 * of the image in every build (vmlinux.lds.S: BSS, then INIT_DIR_SIZE, then _end at the next
 * SEGMENT_ALIGN), so it is placed from the image's end, which keeps the measured figure for
 * a Debian image and follows a board's own image size. For another granule the counts are
 * those the kernel's code gives (pagingInitAtGranule()).
 */
export declare function buildPagingInit(build: KernelBuildLayout, textPa: PhysAddr, imageSize: PhysSize, pageSize: PhysSize, vaBits: number): NonNullable<MapMemInput['pagingInit']>;
/**
 * Engine helper (no kernel counterpart): empties the mapMem() result store.
 * Empties the mapMem() store (benchmarks measure a cold one).
 */
export declare function clearMapMemCache(): void;
/**
 * Engine helper (no kernel counterpart): mapMem() behind a bounded result store keyed by its input.
 * mapMem() memoised on its input. mapMem() is a pure function of its input and fleets
 * repeat the same memory maps (every board of a preset and RAM size), so identical inputs
 * share one result. The input is found by its hash (mapMemInputHash()) and compared whole (valueEqual(), every
 * field, so a field added to MapMemInput is compared too), against a copy the store made.
 * A result is kept from the second time its input comes: when every memory map is
 * different, storing each result only moved it into the old generation for nothing (a
 * third of the run time went to the collector). The store is bounded and never changes a
 * result; callers must not mutate what it returns.
 */
export declare function mapMemCached(input: MapMemInput): MapMemResult;
