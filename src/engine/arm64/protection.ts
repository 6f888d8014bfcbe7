// SPDX-License-Identifier: GPL-2.0-only
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
import type { ProtectionFacts } from '../types.js'

export const PROTECTION_GENERATIONS = ['arm64-segments', 'arm64-segments-v510', 'arm64-segments-block-mapped', 'none', 'none-when-deferred'] as const
export type ProtectionGeneration = (typeof PROTECTION_GENERATIONS)[number]

export interface ProtectionContext {
  /** A main crash region was reserved. */
  crashReserved: boolean
  /** The reservation ran before paging_init() (arm64_memblock_init()). */
  reservedEarly: boolean
  /**
   * Every byte of the main crash region (crashk_res, where kexec_load() puts a crash image's
   * segments) is mapped with base pages (its LinearMapFacts.crashHistogram entry, read off
   * mapMem()'s runs). crashk_low_res holds no segment, so its mapping does not matter.
   */
  crashRegionPageMapped: boolean
  /**
   * No byte of the main crash region is in the linear map: it lies in NOMAP memory, which
   * map_mem() leaves out (for_each_mem_range() skips NOMAP regions). Only the deferred fixed
   * base of the 5.10 – 5.14 reservation gets there: its checks take a no-map /reserved-memory
   * region, which is in memblock.memory and not in memblock.reserved, for free memory (5.15+
   * search with memblock_phys_alloc_range(), which skips NOMAP). Default false.
   */
  crashRegionUnmapped?: boolean
}

/**
 * What kexec -p does with a crash region the linear map leaves out: kimage_load_crash_segment()
 * copies each segment in through page_address() (kmap() without highmem), so the load faults
 * on the first page and arch_kexec_protect_crashkres() is never reached.
 *
 * @kernel kernel/kexec_core.c kimage_load_crash_segment (v5.10.223:876-889); arch/arm64/mm/mmu.c
 *         map_mem (v5.10.223:526-537); mm/memblock.c __next_mem_range;
 *         drivers/of/fdt.c early_init_dt_reserve_memory_arch (v5.10.223:1148-1159)
 */
const UNMAPPED_WHY =
  'the crash region lies in no-map (NOMAP) memory, which map_mem() leaves out of the linear map: kexec -p faults copying the crash kernel in (kimage_load_crash_segment() writes through the linear map), so there is nothing to protect'

/**
 * 5.10.x (except 5.10.22–5.10.46), 5.11 – 6.3: the function exists; it works when the region
 * is page-mapped, which these kernels arrange (the early NOMAP path or crash_mem_map forcing
 * base pages) — the check stays explicit so an input that defeats it is reported.
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres (v5.10.223, v6.1.192)
 */
export function protectionArm64Segments(ctx: ProtectionContext): ProtectionFacts {
  if (!ctx.crashReserved) return { available: false, why: 'no crash kernel region is reserved' }
  if (ctx.crashRegionUnmapped) return { available: false, why: UNMAPPED_WHY }
  if (!ctx.crashRegionPageMapped) {
    return {
      available: false,
      why: 'arch_kexec_protect_crashkres() exists but the crash region is block-mapped, so set_memory_valid() cannot unmap the loaded segments',
    }
  }
  return {
    available: true,
    why: 'arch_kexec_protect_crashkres() unmaps the loaded crash-kernel segments (set_memory_valid(…, 0)) after kexec -p; the crash region is page-mapped',
  }
}

/**
 * What 5.10's set_memory_valid() does to a block: __change_memory_common() calls
 * apply_to_page_range(), which walks with create = true, so no entry is tested for a bad table
 * on the way down, and the walk meets BUG_ON(pud_huge(*pud)) in apply_to_pmd_range() at a
 * 1 GiB block, BUG_ON(pmd_huge(*pmd)) in apply_to_pte_range() at a 2 MiB (or 32 MiB, 512 MiB)
 * block: loading the crash kernel (kexec -p) oopses. v5.11 is the same (mm/memory.c@v5.11:2401,
 * 2432, no leaf test on the way down). v5.13 (mm/memory.c@v5.13:2473,2509) and 6.1.192 check
 * pmd_leaf() / pud_leaf() in the caller's loop with WARN_ON_ONCE() and return -EINVAL, which
 * leaves the segments mapped; 5.12 is not at hand (arm64-5.12 takes the later behaviour).
 * So the 5.10 policies and arm64-5.11 use this.
 *
 * @kernel arch/arm64/mm/pageattr.c set_memory_valid, __change_memory_common; mm/memory.c
 *         apply_to_page_range, apply_to_pmd_range, apply_to_pte_range;
 *         arch/arm64/mm/hugetlbpage.c pud_huge, pmd_huge (v5.10.223, v5.11)
 */
const BLOCK_BUG_V510 =
  'set_memory_valid() reaches a block where apply_to_page_range() expects a table, and 5.10 – 5.11 stop at BUG_ON(pud_huge()) / BUG_ON(pmd_huge()) there: loading the crash kernel (kexec -p) oopses'

/**
 * 5.10.x other than 5.10.22 – 5.10.46, and 5.11: the region is page-mapped (early NOMAP path, or
 * crash_mem_map forcing base pages), unless a `crashkernel=` that parse_crashkernel() finds
 * inside another token ("xcrashkernel=") left crash_mem_map unset on 5.10.47+ with
 * rodata_full off. Page-mapped: as protectionArm64Segments(); on blocks, the
 * page-range walk stops at a BUG_ON() (BLOCK_BUG_V510).
 *
 * @kernel arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres; mm/memory.c (v5.10.223, v5.11)
 */
export function protectionArm64SegmentsV510(ctx: ProtectionContext): ProtectionFacts {
  if (!ctx.crashReserved || ctx.crashRegionPageMapped || ctx.crashRegionUnmapped) return protectionArm64Segments(ctx)
  return { available: false, why: `arch_kexec_protect_crashkres() exists but the crash region is block-mapped: ${BLOCK_BUG_V510}` }
}

/**
 * Mirrors arch_kexec_protect_crashkres() — arch/arm64/kernel/machine_kexec.c (5.10.22 – 5.10.46, UNCONFIRMED: a 5.10 stable range, and only v5.10.223 of the series is at hand, :264).
 * 5.10.22 – 5.10.46 (stable transition): the reservation is deferred but nothing forces base
 * pages yet, so the function runs on block mappings, where 5.10's page-range walk stops at
 * a BUG_ON() (BLOCK_BUG_V510).
 */
export function protectionArm64SegmentsBlockMapped(ctx: ProtectionContext): ProtectionFacts {
  if (!ctx.crashReserved) return { available: false, why: 'no crash kernel region is reserved' }
  if (ctx.crashRegionPageMapped || ctx.crashRegionUnmapped) return protectionArm64Segments(ctx)
  return {
    available: false,
    why: `arch_kexec_protect_crashkres() exists but runs on a block-mapped crash region (deferred reservation without crash_mem_map): ${BLOCK_BUG_V510}`,
  }
}

/**
 * 6.4+: removed by 0d124e96051b; only the generic no-op remains.
 *
 * @kernel include/linux/crash_core.h arch_kexec_protect_crashkres (v6.12.117)
 */
export function protectionNone(_ctx: ProtectionContext): ProtectionFacts {
  return {
    available: false,
    why: 'arm64 has no arch_kexec_protect_crashkres() since 6.4 (0d124e96051b); the generic stub does nothing',
  }
}

/**
 * Engine helper (no kernel counterpart): what-if protection variant from an LKML proposal that no release merged.
 * What-if (Mike Rapoport, LKML 2022-09): a deferred reservation is not protected
 * (crashkres_protection_possible = false); an early one keeps the ≤6.3 behaviour.
 */
export function protectionNoneWhenDeferred(ctx: ProtectionContext): ProtectionFacts {
  if (ctx.crashReserved && !ctx.reservedEarly) {
    return { available: false, why: 'deferred crash reservation: not protected, so the linear map keeps its blocks (what-if)' }
  }
  return protectionArm64Segments(ctx)
}

export const PROTECTION_VARIANTS: Record<ProtectionGeneration, (ctx: ProtectionContext) => ProtectionFacts> = {
  'arm64-segments': protectionArm64Segments,
  'arm64-segments-v510': protectionArm64SegmentsV510,
  'arm64-segments-block-mapped': protectionArm64SegmentsBlockMapped,
  none: protectionNone,
  'none-when-deferred': protectionNoneWhenDeferred,
}

const isProtectionGeneration = (id: string): id is ProtectionGeneration => (PROTECTION_GENERATIONS as readonly string[]).includes(id)

/**
 * Engine helper (no kernel counterpart): dispatch to the policy's protection variant by generation id.
 * ProtectionFacts of one boot under the policy's protection generation.
 * @throws Error for an unknown id (a policy/registry mismatch).
 */
export function protectionFacts(generation: string, ctx: ProtectionContext): ProtectionFacts {
  if (!isProtectionGeneration(generation)) throw new Error(`assertion failed: unknown arm64 protection generation '${generation}'`)
  return PROTECTION_VARIANTS[generation](ctx)
}

/**
 * Engine helper (no kernel counterpart): whether a crash histogram is all plain base pages.
 * True when a crash histogram (a LinearMapFacts.crashHistogram entry) is all plain base pages:
 * set_memory_valid() needs PTEs, and a live PTE_CONT run may not be changed piecemeal.
 */
export function isPageMapped(histogram: Record<string, bigint>, pageKey: string): boolean {
  // Some granule with bytes, and none but pageKey: one pass over the own keys, no arrays.
  let mapped = false
  for (const k of Object.keys(histogram)) {
    if (!(histogram[k]! > 0n)) continue
    if (k !== pageKey) return false
    mapped = true
  }
  return mapped
}

/**
 * Engine helper (no kernel counterpart): whether a crash histogram maps no byte at all.
 * True when a crash histogram (a LinearMapFacts.crashHistogram entry) has no bytes in any
 * granule: map_mem() left the whole region out of the linear map (NOMAP memory).
 */
export function isUnmapped(histogram: Record<string, bigint>): boolean {
  for (const k of Object.keys(histogram)) if (histogram[k]! > 0n) return false
  return true
}
