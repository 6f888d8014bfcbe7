/**
 * Whether arm64's arch_kexec_protect_crashkres() exists and can work for one boot.
 *
 * API
 *   protectionFacts(generation, ctx): ProtectionFacts
 *   PROTECTION_GENERATIONS   the ids understood (= Arm64Policy.protection values)
 *
 * ≤6.3 arm64 implements it (arch/arm64/kernel/machine_kexec.c): after `kexec -p` loads the
 * crash kernel, set_memory_valid(…, 0) unmaps every loaded kexec *segment* (not the whole
 * region) in the linear map, and arch_kexec_unprotect_crashkres() maps them back around
 * hibernation and shrinking. set_memory_valid() → __change_memory_common() →
 * apply_to_page_range() only handles page (PTE) mappings, so it works only where the crash
 * region is page-mapped (on a block 5.13 – 6.3 warn and change nothing; 5.10 – 5.11 hit a BUG_ON()).
 * 6.4 removed it (0d124e96051b "arm64: kdump : take off the protection on crashkernel
 * memory region"); the generic stub in include/linux/crash_core.h (v6.12) / kexec.h
 * does nothing.
 *
 * Each id is one named variant; the registry maps the policy ids to them.
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres (v5.10.223, v6.1.192);
 *         include/linux/crash_core.h (v6.12.117); ../shared/reference/kernel-model.md §6.3
 */
import type { ProtectionFacts } from '../types.js';
export declare const PROTECTION_GENERATIONS: readonly ["arm64-segments", "arm64-segments-v510", "arm64-segments-block-mapped", "none", "none-when-deferred"];
export type ProtectionGeneration = (typeof PROTECTION_GENERATIONS)[number];
export interface ProtectionContext {
    /** A main crash region was reserved. */
    crashReserved: boolean;
    /** The reservation ran before paging_init() (arm64_memblock_init()). */
    reservedEarly: boolean;
    /**
     * Every byte of the main crash region (crashk_res, where kexec_load() puts a crash image's
     * segments) is mapped with base pages (its LinearMapFacts.crashHistogram entry, read off
     * mapMem()'s runs). crashk_low_res holds no segment, so its mapping does not matter.
     */
    crashRegionPageMapped: boolean;
    /**
     * No byte of the main crash region is in the linear map: it lies in NOMAP memory, which
     * map_mem() leaves out (for_each_mem_range() skips NOMAP regions). Only the deferred fixed
     * base of the 5.10 – 5.14 reservation gets there: its checks take a no-map /reserved-memory
     * region, which is in memblock.memory and not in memblock.reserved, for free memory (5.15+
     * search with memblock_phys_alloc_range(), which skips NOMAP). Default false.
     */
    crashRegionUnmapped?: boolean;
}
/**
 * 5.10.x (except 5.10.22–5.10.46), 5.11 – 6.3: the function exists; it works when the region
 * is page-mapped, which these kernels arrange (the early NOMAP path or crash_mem_map forcing
 * base pages) — the check stays explicit so an input that defeats it is reported.
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres (v5.10.223, v6.1.192)
 */
export declare function protectionArm64Segments(ctx: ProtectionContext): ProtectionFacts;
/**
 * 5.10.x other than 5.10.22 – 5.10.46, and 5.11: the region is page-mapped (early NOMAP path, or
 * crash_mem_map forcing base pages), unless a `crashkernel=` that parse_crashkernel() finds
 * inside another token ("xcrashkernel=") left crash_mem_map unset on 5.10.47+ with
 * rodata_full off. Page-mapped: as protectionArm64Segments(); on blocks, the
 * page-range walk stops at a BUG_ON() (BLOCK_BUG_V510).
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres; mm/memory.c (v5.10.223, v5.11)
 */
export declare function protectionArm64SegmentsV510(ctx: ProtectionContext): ProtectionFacts;
/**
 * Mirrors arch_kexec_protect_crashkres() — arch/arm64/kernel/machine_kexec.c (5.10.22 – 5.10.46, UNCONFIRMED: a 5.10 stable range, and only v5.10.223 of the series is at hand, :264).
 * 5.10.22 – 5.10.46 (stable transition): the reservation is deferred but nothing forces base
 * pages yet, so the function runs on block mappings, where 5.10's page-range walk stops at
 * a BUG_ON() (BLOCK_BUG_V510).
 */
export declare function protectionArm64SegmentsBlockMapped(ctx: ProtectionContext): ProtectionFacts;
/**
 * 6.4+: removed by 0d124e96051b; only the generic no-op remains.
 *
 * @kernel include/linux/crash_core.h arch_kexec_protect_crashkres (v6.12.117)
 */
export declare function protectionNone(_ctx: ProtectionContext): ProtectionFacts;
/**
 * Engine helper (no kernel counterpart): what-if protection variant from an LKML proposal that no release merged.
 * What-if (Mike Rapoport, LKML 2022-09): a deferred reservation is not protected
 * (crashkres_protection_possible = false); an early one keeps the ≤6.3 behaviour.
 */
export declare function protectionNoneWhenDeferred(ctx: ProtectionContext): ProtectionFacts;
export declare const PROTECTION_VARIANTS: Record<ProtectionGeneration, (ctx: ProtectionContext) => ProtectionFacts>;
/**
 * Engine helper (no kernel counterpart): dispatch to the policy's protection variant by generation id.
 * ProtectionFacts of one boot under the policy's protection generation.
 * @throws Error for an unknown id (a policy/registry mismatch).
 */
export declare function protectionFacts(generation: string, ctx: ProtectionContext): ProtectionFacts;
/**
 * Engine helper (no kernel counterpart): whether a crash histogram is all plain base pages.
 * True when a crash histogram (a LinearMapFacts.crashHistogram entry) is all plain base pages:
 * set_memory_valid() needs PTEs, and a live PTE_CONT run may not be changed piecemeal.
 */
export declare function isPageMapped(histogram: Record<string, bigint>, pageKey: string): boolean;
/**
 * Engine helper (no kernel counterpart): whether a crash histogram maps no byte at all.
 * True when a crash histogram (a LinearMapFacts.crashHistogram entry) has no bytes in any
 * granule: map_mem() left the whole region out of the linear map (NOMAP memory).
 */
export declare function isUnmapped(histogram: Record<string, bigint>): boolean;
