/**
 * LM001 linear-map-base-pages: on arm64 5.10.47–6.3 with ZONE_DMA/DMA32, any `crashkernel`
 * on the command line sets crash_mem_map and map_mem() maps the *whole* linear map with base
 * pages (NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS), so that the crash region can be unmapped
 * later — the 2022 LKML thread's problem, resolved in 6.4. The finding gives the cost from
 * the engine's two maps (as booted, and the same map with blocks): last-level page-table
 * memory and the number of translations (TLB entries) needed to cover the map.
 *
 * When rodata=full, KFENCE or debug_pagealloc force base pages anyway, crashkernel= adds
 * nothing; that is a note, reported only to boards that set `expect.noBasePageLinearMap`.
 */
import type { GranuleHistogram, PhysSize } from '../engine/index.js';
/** Bytes one translation of a histogram key covers (`2M-cont` = 16 × 2 MiB with 4K pages). */
export declare function granuleReach(key: string, pageSize: PhysSize): bigint;
/** Translations needed to map a histogram (one TLB entry each). */
export declare function translations(h: GranuleHistogram, pageSize: PhysSize): bigint;
declare const _default: import("./define-rule.js").Rule<"forcedByCrashkernel" | "alsoForced">;
export default _default;
