/**
 * Protected KVM (`kvm-arm.mode=protected`): when the firmware enters the kernel at EL2, the
 * kernel runs at EL1 and keeps EL2 for a hypervisor that owns its memory. bootmem_init() sets
 * that memory aside with memblock before the crash kernel, sized by worst cases over memblock's
 * memory regions (page tables for all of them at page granularity, twice, the hypervisor's
 * vmemmap, …), PMD-aligned at the top of RAM: tens of MiB for a few GiB of RAM, which the
 * crash region then goes under (test/boots/pkvm).
 *
 * Sizes are in pages, as the kernel counts them; they stay far below 2^53.
 *
 * @kernel arch/arm64/kvm/pkvm.c kvm_hyp_reserve, register_memblock_regions (v6.1.192,
 *         v6.12.117, v6.17, v7.2.13; arch/arm64/kvm/hyp/reserved_mem.c@v5.13, @v5.14, @v5.15);
 *         arch/arm64/include/asm/kvm_pkvm.h (v6.1.192, v6.2, v6.5, v6.12.117, v7.2.13);
 *         arch/arm64/kvm/arm.c early_kvm_mode_cfg (v5.13, v5.15, v5.17, v6.0, v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memblock, type MemblockRegion } from '../memblock/memblock.js';
import type { PkvmGeneration } from '../policies/types.js';
import type { Trace } from '../trace.js';
import type { PhysSize } from '../types.js';
/** HYP_MEMBLOCK_REGIONS: the hypervisor's copy of memblock.memory holds this many regions. */
export declare const HYP_MEMBLOCK_REGIONS = 128;
/**
 * Mirrors __hyp_pgtable_max_pages(): the table pages that map `nrPages` pages at page
 * granularity, level by level, in the worst case.
 * @kernel arch/arm64/include/asm/kvm_pkvm.h __hyp_pgtable_max_pages (v6.1.192, v6.12.117)
 */
export declare function hypPgtableMaxPages(nrPages: number, levels: number, ptrsPerPte: number): number;
/**
 * Mirrors the sizing of kvm_hyp_reserve(): the hypervisor's pages for memblock's `regions`
 * (hyp_mem_pages), before the PMD rounding.
 * @kernel arch/arm64/kvm/pkvm.c kvm_hyp_reserve (v6.1.192:98-117, v6.12.117:75-80);
 *         arch/arm64/include/asm/kvm_pkvm.h (v6.12.117)
 */
export declare function kvmHypMemPages(regions: readonly MemblockRegion[], pageSize: PhysSize, gen: PkvmGeneration): number;
/**
 * Mirrors kvm_hyp_reserve(): with the kernel entered at EL2 (`el2`) and protected mode
 * chosen, copies memblock's regions for the hypervisor (more than HYP_MEMBLOCK_REGIONS: an
 * error and no reservation), sums its worst-case page counts, and memblock_phys_alloc()s them,
 * PMD-aligned and rounded up to a PMD, or page-aligned when that fails.
 * @kernel arch/arm64/kvm/pkvm.c kvm_hyp_reserve (v6.1.192:80-136, v6.12.117:58-100,
 *         v7.2.13); arch/arm64/kvm/hyp/reserved_mem.c kvm_hyp_reserve (v5.15)
 */
export declare function kvmHypReserve(mb: Memblock, gen: PkvmGeneration, el2: boolean, cmdline: string, trace: Trace): void;
/** What one early_kvm_mode_cfg() call does: its return value, the mode it sets, whether it warns. */
export interface KvmModeCfg {
    ret: number;
    sets?: KvmMode;
    /** pr_warn_once("KVM is not available. Ignoring kvm-arm.mode"). */
    warnsNoHyp?: true;
}
/** kvm_mode as the reservation reads it: protected, none, or any other (default, nested). */
export type KvmMode = 'protected' | 'none' | 'other';
/**
 * Mirrors early_kvm_mode_cfg() for one `kvm-arm.mode=` value: NULL is -EINVAL; "none"
 * (5.17+) sets KVM_MODE_NONE; from 6.1 a kernel not entered at EL2 then ignores every other
 * value, saying so; "protected" sets protected mode; "nvhe" the default mode (5.17+; before,
 * no mode); anything else is -EINVAL ("Malformed early option"). "nested" (6.5+) is accepted
 * only by a kernel at EL2 with VHE, which the engine cannot tell: taken as accepted in every
 * release, setting no mode that matters here (after "protected" it is -EINVAL and the mode
 * stays), so at worst a "Malformed early option" line is left out.
 * @kernel arch/arm64/kvm/arm.c early_kvm_mode_cfg (v5.13, v5.15, v5.17, v6.1.192, v6.12.117, v7.2.13)
 */
export declare function earlyKvmModeCfg(val: string | null, el2: boolean, gen: PkvmGeneration): KvmModeCfg;
/**
 * Engine helper (no kernel counterpart): kvm_mode after parse_early_param(), each
 * `kvm-arm.mode=` token through earlyKvmModeCfg() in order, the last mode set winning.
 */
export declare function kvmModeOf(cmdline: string, el2: boolean, gen: PkvmGeneration): KvmMode;
/**
 * Mirrors the aliases of arm64's early idreg override that take the kernel out of EL2:
 * `kvm-arm.mode=nvhe` and `kvm-arm.mode=protected` (id_aa64mmfr1.vh=0, or from 6.8 hvhe for
 * protected), matched on any token whatever the mode parse_early_param() then keeps. Without
 * one, a kernel entered at EL2 stays there on a CPU with VHE (which the engine does not know;
 * one without VHE runs nVHE anyway).
 * @kernel arch/arm64/kernel/idreg-override.c aliases (v5.15:98-99, v6.1.192:167-168);
 *         arch/arm64/kernel/pi/idreg-override.c aliases (v6.12.117:222-223, v7.2.13:235-236)
 */
export declare function kvmModeLeavesEl2(cmdline: string): boolean;
