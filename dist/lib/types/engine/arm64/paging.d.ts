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
import { type Memblock } from '../memblock/memblock.js';
import { type ParamTrace } from '../early-params.js';
import type { KernelPolicy } from '../policies/types.js';
import type { Trace } from '../trace.js';
import type { Layout, LinearMapFacts, PhysAddr, PhysRange } from '../types.js';
import { type LinearMapFlags } from './linear-map-flags.js';
import { type MapMemResult } from './mmu.js';
export interface Arm64PagingResult {
    flags: LinearMapFlags;
    map: MapMemResult;
    /** CONFIG_KFENCE_NUM_OBJECTS of the build. */
    kfenceObjects: number;
}
/**
 * Engine helper (no kernel counterpart): empties the linear-map flags store.
 * Empties the linear-map flags store (clearEngineStores()).
 */
export declare function clearLinearMapFlagsStore(): void;
/**
 * Where arm64_memblock_init() starts reserving the image: __pa_symbol(_stext) of the build
 * standing in for the kernel where the generation starts the image there (5.11 – 6.12.53,
 * 6.13 – 6.17.3: imageStartsAtStext()), else _text, the image's load address.
 * @kernel arch/arm64/mm/init.c arm64_memblock_init (v6.1.192: _stext; v5.10.223, v6.12.117, v7.2.13: _text)
 */
export declare function arm64KernelStext(layout: Layout, policy: KernelPolicy): PhysAddr;
/**
 * What the linear-map parameters (rodata=, debug_pagealloc=, kfence.sample_interval=) print
 * during boot, from one lookup of the flags store. `layout.kernel` is the resolved release.
 * @kernel init/main.c start_kernel: setup_arch(), the "Kernel command line:" line,
 *         parse_early_param(), parse_args("Booting kernel") (v5.10.223 lines 870-885,
 *         v6.1.192 935-950, v6.12.117 896-912); booted: test/boots/early-params
 *         arm64-5.10-4G-rodata-junk, arm64-6.12-4G-kfence-abc
 */
export declare function arm64ParamTrace(layout: Layout, policy: KernelPolicy): ParamTrace;
/**
 * Mirrors paging_init() — arch/arm64/mm/mmu.c (its memblock side and map_mem(); v6.12.117:826).
 * Runs paging_init()'s memblock side and returns the map for the linear-map facts;
 * `memstartAddr` is arm64_memblock_init()'s (the linear map's PHYS_OFFSET).
 */
export declare function arm64PagingInit(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace, memstartAddr: PhysAddr, earlyCrash?: PhysRange): Arm64PagingResult;
/**
 * Engine helper (no kernel counterpart): the LinearMapFacts of an arm64 paging result, crash regions included.
 * The facts for the result, with each crash region's mapping read off the runs.
 */
export declare function arm64LinearMapFacts(p: Arm64PagingResult, crash: PhysRange[]): LinearMapFacts;
