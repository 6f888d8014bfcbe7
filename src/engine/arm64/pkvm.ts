// SPDX-License-Identifier: GPL-2.0-only
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
import { memblockPhysAllocRange, MEMBLOCK_ALLOC_ACCESSIBLE, type Memblock, type MemblockRegion } from '../memblock/memblock.js'
import { parameq, parseEarlyParams } from '../params.js'
import { fmtHex, SZ_1G, SZ_1M } from '../phys.js'
import type { PkvmGeneration } from '../policies/types.js'
import type { Trace } from '../trace.js'
import type { PhysSize } from '../types.js'

/** HYP_MEMBLOCK_REGIONS: the hypervisor's copy of memblock.memory holds this many regions. */
export const HYP_MEMBLOCK_REGIONS = 128

/** KVM_MAX_PVMS (asm/kvm_pkvm.h@v6.2 – @v7.2.13), each a pointer in the VM table. */
const KVM_MAX_PVMS = 255

/**
 * hyp_ffa_proxy_pages()'s descriptor: struct ffa_mem_region, ffa_mem_region_attributes and
 * ffa_composite_mem_region (48 + 32 + 16 bytes, include/linux/arm_ffa.h@v6.12.117; 32 + 16 + 16
 * @v6.5), then SG_MAX_SEGMENTS (2048: arm64 chains scatterlists) 16-byte address ranges. The
 * headers stay under a page in every release, so the page count is the same for all of them.
 */
const FFA_DESC_MAX = 48 + 32 + 16 + 2048 * 16
/** KVM_FFA_MBOX_NR_PAGES: the pages of each of the RX and TX mailboxes. */
const KVM_FFA_MBOX_NR_PAGES = 1

const divRoundUp = (n: number, d: number): number => Math.floor((n + d - 1) / d)

/**
 * Mirrors __hyp_pgtable_max_pages(): the table pages that map `nrPages` pages at page
 * granularity, level by level, in the worst case.
 * @kernel arch/arm64/include/asm/kvm_pkvm.h __hyp_pgtable_max_pages (v6.1.192, v6.12.117)
 */
export function hypPgtableMaxPages(nrPages: number, levels: number, ptrsPerPte: number): number {
  let total = 0
  for (let i = 0; i < levels; i++) {
    nrPages = divRoundUp(nrPages, ptrsPerPte)
    total += nrPages
  }
  return total
}

/**
 * Mirrors __hyp_pgtable_total_pages(): hypPgtableMaxPages() of each region.
 * @kernel arch/arm64/include/asm/kvm_pkvm.h __hyp_pgtable_total_pages (v6.12.117)
 */
function hypPgtableTotalPages(regions: readonly MemblockRegion[], pageSize: PhysSize, levels: number, ptrsPerPte: number): number {
  let res = 0
  for (const reg of regions) res += hypPgtableMaxPages(Number(reg.size / pageSize), levels, ptrsPerPte)
  return res
}

/**
 * Mirrors hyp_vmemmap_memblock_size(): the page-rounded bytes of the hypervisor's vmemmap
 * entries of one region's pages.
 * @kernel arch/arm64/include/asm/kvm_pkvm.h hyp_vmemmap_memblock_size (v6.2, v6.12.117)
 */
function hypVmemmapMemblockSize(reg: MemblockRegion, pageSize: PhysSize, entrySize: number): number {
  const page = Number(pageSize)
  const nrPages = Number(reg.size / pageSize)
  let start = Number(reg.base / pageSize) * entrySize
  let end = start + nrPages * entrySize
  start = Math.floor(start / page) * page
  end = divRoundUp(end, page) * page
  return end - start
}

/**
 * Mirrors the sizing of kvm_hyp_reserve(): the hypervisor's pages for memblock's `regions`
 * (hyp_mem_pages), before the PMD rounding.
 * @kernel arch/arm64/kvm/pkvm.c kvm_hyp_reserve (v6.1.192:98-117, v6.12.117:75-80);
 *         arch/arm64/include/asm/kvm_pkvm.h (v6.12.117)
 */
export function kvmHypMemPages(regions: readonly MemblockRegion[], pageSize: PhysSize, gen: PkvmGeneration): number {
  const page = Number(pageSize)
  const ptrsPerPte = page / 8
  const levels = gen.pgtableLevels
  const oneGig = Number(SZ_1G / pageSize)
  const total = hypPgtableTotalPages(regions, pageSize, levels, ptrsPerPte)
  // hyp_s1_pgtable_pages(): all memory, and 1 GiB of private mappings; host_s2_pgtable_pages():
  // the same with 16 pages for concatenated PGDs, and 1 GiB of MMIO.
  let hypMemPages = total + hypPgtableMaxPages(oneGig, levels, ptrsPerPte)
  hypMemPages += total + 16 + hypPgtableMaxPages(oneGig, levels, ptrsPerPte)
  if (gen.reserve === 'per-region') {
    // hyp_vm_table_pages(), hyp_vmemmap_pages(STRUCT_HYP_PAGE_SIZE).
    hypMemPages += divRoundUp(KVM_MAX_PVMS * 8, page)
    let vmemmap = 0
    for (const reg of regions) vmemmap += hypVmemmapMemblockSize(reg, pageSize, gen.hypPageSize)
    hypMemPages += Math.floor(vmemmap / page)
  } else {
    // 5.13 – 6.1: the vmemmap's pages must be in the vmemmap too: a fixed point.
    let nrPages = 0
    let prev: number
    do {
      prev = nrPages
      nrPages = hypMemPages + prev
      nrPages = divRoundUp(nrPages * gen.hypPageSize, page)
      nrPages += hypPgtableMaxPages(nrPages, levels, ptrsPerPte)
    } while (nrPages !== prev)
    hypMemPages += nrPages
  }
  if (gen.ffaProxy) hypMemPages += 2 * KVM_FFA_MBOX_NR_PAGES + divRoundUp(FFA_DESC_MAX, page)
  return hypMemPages
}

/**
 * Mirrors kvm_hyp_reserve(): with the kernel entered at EL2 (`el2`) and protected mode
 * chosen, copies memblock's regions for the hypervisor (more than HYP_MEMBLOCK_REGIONS: an
 * error and no reservation), sums its worst-case page counts, and memblock_phys_alloc()s them,
 * PMD-aligned and rounded up to a PMD, or page-aligned when that fails.
 * @kernel arch/arm64/kvm/pkvm.c kvm_hyp_reserve (v6.1.192:80-136, v6.12.117:58-100,
 *         v7.2.13); arch/arm64/kvm/hyp/reserved_mem.c kvm_hyp_reserve (v5.15)
 */
export function kvmHypReserve(mb: Memblock, gen: PkvmGeneration, el2: boolean, cmdline: string, trace: Trace): void {
  if (gen.reserve === 'absent') return
  // is_hyp_mode_available(), then kvm_get_mode(). Protected mode keeps the kernel out of EL2
  // (the idreg override's vh=0 or hvhe=1), so is_kernel_in_hyp_mode() is false. (The override
  // matches the token as written: a quoted "protected" reaches early_kvm_mode_cfg() but not the
  // override, and a CPU with VHE then keeps the kernel at EL2, reserving nothing; the engine
  // does not know the CPU's VHE and takes the override as matched.)
  if (!el2 || kvmModeOf(cmdline, el2, gen) !== 'protected') return
  const regions = mb.memory.regions
  // register_memblock_regions(): -ENOMEM past the array.
  if (regions.length > HYP_MEMBLOCK_REGIONS) {
    trace.err('kvm', 'kvm [0]: Failed to register hyp memblocks: -12')
    return
  }
  const pageSize = mb.pageSize
  const hypMemPages = kvmHypMemPages(regions, pageSize, gen)
  let size = BigInt(hypMemPages) * pageSize
  const pmd = pageSize * (pageSize / 8n)
  const aligned = ((size + pmd - 1n) / pmd) * pmd
  let base = memblockPhysAllocRange(mb, aligned, pmd, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'kvm_hyp_reserve')
  if (!base) base = memblockPhysAllocRange(mb, size, pageSize, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'kvm_hyp_reserve')
  else size = aligned
  if (!base) {
    trace.err('kvm', 'kvm [0]: Failed to reserve hyp memory')
    return
  }
  trace.info('kvm', `kvm [0]: Reserved ${size / SZ_1M} MiB at ${fmtHex(base)}`)
}

/** What one early_kvm_mode_cfg() call does: its return value, the mode it sets, whether it warns. */
export interface KvmModeCfg {
  ret: number
  sets?: KvmMode
  /** pr_warn_once("KVM is not available. Ignoring kvm-arm.mode"). */
  warnsNoHyp?: true
}

/** kvm_mode as the reservation reads it: protected, none, or any other (default, nested). */
export type KvmMode = 'protected' | 'none' | 'other'

const EINVAL = -22

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
export function earlyKvmModeCfg(val: string | null, el2: boolean, gen: PkvmGeneration): KvmModeCfg {
  // No such early parameter (arch/arm64/kvm/arm.c@v5.10.223; 5.11 – 5.12, not at hand, taken as
  // without): the token is nobody's.
  if (gen.reserve === 'absent') return { ret: 0 }
  if (val === null) return { ret: EINVAL }
  if (gen.setsNoneAndNvhe && val === 'none') return { ret: 0, sets: 'none' }
  if (gen.checksHyp && !el2) return { ret: 0, warnsNoHyp: true }
  if (val === 'protected') return { ret: 0, sets: 'protected' }
  if (val === 'nvhe') return gen.setsNoneAndNvhe ? { ret: 0, sets: 'other' } : { ret: 0 }
  if (val === 'nested') return { ret: 0 }
  return { ret: EINVAL }
}

/**
 * Engine helper (no kernel counterpart): kvm_mode after parse_early_param(), each
 * `kvm-arm.mode=` token through earlyKvmModeCfg() in order, the last mode set winning.
 */
export function kvmModeOf(cmdline: string, el2: boolean, gen: PkvmGeneration): KvmMode {
  let mode: KvmMode = 'other'
  if (!cmdline.includes('kvm')) return mode
  for (const { param, val } of parseEarlyParams(cmdline)) {
    if (!parameq(param, 'kvm-arm.mode')) continue
    const r = earlyKvmModeCfg(val, el2, gen)
    if (r.sets) mode = r.sets
  }
  return mode
}

/**
 * Mirrors the aliases of arm64's early idreg override that take the kernel out of EL2:
 * `kvm-arm.mode=nvhe` and `kvm-arm.mode=protected` (id_aa64mmfr1.vh=0, or from 6.8 hvhe for
 * protected), matched on any token whatever the mode parse_early_param() then keeps. Without
 * one, a kernel entered at EL2 stays there on a CPU with VHE (which the engine does not know;
 * one without VHE runs nVHE anyway).
 * @kernel arch/arm64/kernel/idreg-override.c aliases (v5.15:98-99, v6.1.192:167-168);
 *         arch/arm64/kernel/pi/idreg-override.c aliases (v6.12.117:222-223, v7.2.13:235-236)
 */
export function kvmModeLeavesEl2(cmdline: string): boolean {
  if (!cmdline.includes('kvm')) return false
  for (const { param, val } of parseEarlyParams(cmdline)) if (parameq(param, 'kvm-arm.mode') && (val === 'protected' || val === 'nvhe')) return true
  return false
}
