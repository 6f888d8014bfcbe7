// SPDX-License-Identifier: GPL-2.0-only
/**
 * riscv64 boot, from setup_arch() to the crash reservation: every memblock call that comes
 * before crashkernel= is placed, in the kernel's order.
 *
 *   parse_dtb              /memory banks added (early_init_dt_scan_memory)
 *   parse_early_param      mem=, cma=, debug_pagealloc=
 *   efi_init               an EFI stub boot: the map, its ACPI reclaim memory, the
 *                          config tables (the board's `efi` fixed reservations)
 *   paging_init
 *     setup_bootmem        mem= limit, kernel image (PMD rounded), linear-map cap, zone limit
 *                          dma32_phys_limit, initrd, /reserved-memory (OpenSBI's no-map
 *                          nodes), the DTB, default CMA below dma32_phys_limit
 *     setup_vm_final       KFENCE pool, linear-map and kernel-mapping page tables (6.4+
 *                          best_map_size(); ≤6.3 PMD-only)
 *   unflatten_device_tree  reserved_mem array (6.12+), the tree, the alias table
 *   misc_mem_init          NUMA (NODE_DATA of each node), sparse_init (≤6.x, node by node),
 *                          zone sizes,
 *                          arch_reserve_crashkernel: CRASH_ALIGN = PMD_SIZE,
 *                          LOW = dma32_phys_limit, HIGH = memblock_end_of_DRAM()
 *   (7.x)                  zones printed later by mm_core_init_early(), same limits
 *
 * Nothing on riscv protects the crash kernel or changes the linear map for it.
 *
 * @kernel arch/riscv/kernel/setup.c setup_arch; arch/riscv/mm/init.c early_mem,
 *         setup_bootmem, setup_vm_final, paging_init, misc_mem_init (v6.1.192, v6.12.117,
 *         v7.2.13), create_linear_mapping_page_table, arch_reserve_crashkernel (v6.12.117,
 *         v7.2.13), reserve_crashkernel (v6.1.192), zone_sizes_init (v6.1.192, v6.12.117),
 *         arch_zone_limits_init (v7.2.13); init/initramfs.c reserve_initrd_mem; mm/memblock.c
 *         memblock_enforce_memory_limit, memblock_cap_memory_range; drivers/base/arch_numa.c
 *         arch_numa_init, dummy_numa_init, setup_node_data (v6.1.192); mm/numa.c alloc_node_data
 *         (v6.12.117, v7.2.13); kernel/dma/contiguous.c dma_contiguous_reserve
 *         (v6.12.117, v7.2.13; v6.1.192 for the ≤6.5 policy)
 */
import { linesBeforeHang, type ArchBootResult, type ArchBoot } from '../boot.js'
import { bootWithSharedPrefix, type SplitBoot } from '../boot-prefix.js'
import { cmaFromCmdline, cmaRules, dmaContiguousReserve, type CmaRules } from '../cma.js'
import { reserveCrashkernelOf } from '../crashkernel/reserve.js'
import { reserveCrashkernelCma } from '../crashkernel/reserve-cma.js'
import {
  memblockAllocPages,
  memblockCapMemoryRange,
  memblockEnforceMemoryLimit,
  memblockAllocRangeNid,
  memblockClearNomap,
  memblockCreate,
  memblockEndOfDram,
  memblockIsRegionMemory,
  memblockIsRegionReserved,
  memblockMarkNomap,
  memblockPhysAllocRange,
  memblockReserve,
  memblockStartOfDram,
  MEMBLOCK_ALLOC_ACCESSIBLE,
  NUMA_NO_NODE,
  MEMBLOCK_NOMAP,
  type Memblock,
  type MemblockRegion,
} from '../memblock/memblock.js'
import { debugPageallocEnabled, initrdFromCmdline, parameq, parseEarlyParams } from '../params.js'
import { fmtPhys, min, pow2, roundDown, roundUp, SZ_1G, SZ_4G } from '../phys.js'
import { hugetlbCmaReserveBeforeCrash } from '../hugetlb-cma.js'
import type { KernelPolicy, RiscvPolicy } from '../policies/types.js'
import type { Trace } from '../trace.js'
import type { CrashRegion, Layout, LinearMapFacts, PhysAddr, PhysRange, PhysSize, ProtectionFacts, SatpModeFacts } from '../types.js'
import { freeAreaInit, zoneMovableInput, type ZoneSpec } from '../zones.js'
import { earlyInitDtScanMemory, unflattenDeviceTree, unflattenSizes } from '../fdt.js'
import { dtReservations, efiInitReserve } from '../efi.js'
import { earlyInitFdtScanReservedMem, type ReservedMemContext, type ReservedMemState } from '../reserved-mem.js'
import {
  createKernelPageTable,
  createLinearMappingRange,
  createLinearMappingRangePmdOnly,
  createLinearMappingRangePmdSteps,
  kernVirtSize,
  linearHistogram,
  pagingLevels,
  PMD_ALIGN_MASK,
  RISCV_PAGE_SIZE,
  RISCV_PMD_SIZE,
  swapperPgDir,
  topLeafShift,
  type RiscvPageTables,
  type RiscvPagingLevels,
  type TableAlloc,
} from './mmu.js'
import { riscvImageSections, type RiscvImageSections } from './image.js'
import { sparseInit } from './sparse.js'
import { kfencePoolSize } from '../kfence.js'
import { cpuOnlyNodes, dummyNumaInit, MAX_NUMNODES_OF, firmwareNumaMemblks, nodeIsMemoryless, numaAllocDistance, numaNodesParsed, numaOff, numaRegisterMeminfo, setupNodeData } from '../numa.js'


/**
 * CMA_MIN_ALIGNMENT_BYTES: PAGE_SIZE << the policy's order (one pageblock, order 9, from
 * 5.19; max(MAX_ORDER - 1, pageblock_order) = 10 before).
 */
const cmaMinAlignment = (pageSize: PhysSize, pol: RiscvPolicy): PhysSize => pageSize * pow2(pol.cmaMinAlignOrder)
/** hugetlb_cma_reserve(PUD_SHIFT - PAGE_SHIFT)'s gigantic page and riscv's PMD (hugetlb-cma.ts). */
const RISCV_HUGETLB_PAGES = { gigantic: SZ_1G, pmd: RISCV_PMD_SIZE }
/** cma_declare_contiguous_nid()'s rules on riscv (cma.ts). */
const cmaRulesOf = (pageSize: PhysSize, pol: RiscvPolicy): CmaRules => cmaRules(pol, cmaMinAlignment(pageSize, pol))

/** What setup_bootmem() leaves behind for the rest of the boot. */
export interface RiscvBootmem {
  physRamBase: PhysAddr
  /** PFN_PHYS(max_low_pfn) = end of DRAM, page aligned down. */
  maxLowPhys: PhysAddr
  dma32PhysLimit: PhysAddr
  kernel: PhysRange
  reservedMem: ReservedMemState
  /** How /reserved-memory was scanned (the late pass in unflatten_device_tree() reads it too). */
  reservedMemCtx: ReservedMemContext
  cma?: PhysRange | undefined
  /** linearMapBound 'memory-limit' (≤6.10.3): phys_ram_base + memory_limit, where the mapping loop stops each bank. */
  linearMapEnd?: PhysAddr | undefined
}

/**
 * riscv64's memory_limit as parse_early_param() finds it: KERN_VIRT_SIZE of the paging mode
 * set_satp_mode() chose (setup_vm()), up to 6.11 less the 4 GiB of kernel, modules and BPF at
 * the top (the policy's memoryLimitStart); 5.13's fixed -PAGE_OFFSET ('minus-page-offset', Sv39's
 * KERN_VIRT_SIZE).
 * @kernel arch/riscv/mm/init.c setup_vm, early_mem (v5.13:133-134, v5.14:140-143, v6.1.192, v6.5, v6.11, v6.12.117, v7.2.13)
 */
export function riscvMemoryLimitStart(policy: KernelPolicy, levels: RiscvPagingLevels): PhysSize {
  return kernVirtSize(levels) - (policy.riscv!.memoryLimitStart === 'kern-virt-size-less-4g' ? SZ_4G : 0n)
}

/**
 * Mirrors early_mem() — arch/riscv/mm/init.c (v6.12.117:206) for every `mem=` (each one is min()ed into memory_limit), then returns
 * the limit setup_bootmem() enforces. What early_mem() prints, and a bare `mem` (malformed),
 * are early-params.ts's: parse_early_param() prints them in command-line order.
 */
export function earlyMem(layout: Layout, policy: KernelPolicy, levels: RiscvPagingLevels): PhysSize {
  let memoryLimit = riscvMemoryLimitStart(policy, levels)
  // 'minus-page-offset' (5.13): no early_mem(), `mem=` is not an early param at all.
  if (!layout.cmdline.includes('mem') || policy.riscv!.memoryLimitStart === 'minus-page-offset') return memoryLimit
  for (const p of parseEarlyParams(layout.cmdline)) {
    // `if (!p) return 1`: a bare `mem` changes nothing.
    if (p.val === null || !parameq(p.param, 'mem')) continue
    const size = policy.parse.memparse(p.val, 0).value & (0n - layout.pageSize)
    memoryLimit = min(size, memoryLimit)
  }
  return memoryLimit
}

/**
 * Mirrors reserve_initrd_mem(): the initrd rounded out to whole pages, reserved unless it
 * is not RAM or overlaps a reservation (then the initrd is disabled). Both refusals end with
 * pr_cont(" - disabling initrd\n"); the overlap's pr_err() already ends its line, so there
 * the fragment is a record of its own (at the default level, warn), " - disabling initrd".
 * @kernel init/initramfs.c reserve_initrd_mem (v6.1.192, v6.12.117: 617-636, v7.2.13)
 */
function reserveInitrdMem(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace): void {
  // phys_initrd_*: the device tree's, unless an initrd= or initrdmem= early param replaced them.
  const initrd = initrdFromCmdline(layout.cmdline, policy.parse.memparse, layout.initrd)
  if (!initrd || initrd.size === 0n) return
  const page = layout.pageSize
  const start = roundDown(initrd.base, page)
  const size = roundUp(initrd.size + (initrd.base - start), page)
  const hex8 = (x: bigint): string => '0x' + x.toString(16).padStart(8, '0')
  if (!memblockIsRegionMemory(mb, start, size)) {
    trace.err('initrd', `INITRD: ${hex8(start)}+${hex8(size)} is not a memory region - disabling initrd`)
    return
  }
  if (memblockIsRegionReserved(mb, start, size)) {
    trace.err('initrd', `INITRD: ${hex8(start)}+${hex8(size)} overlaps in-use memory region`)
    trace.warn('initrd', ' - disabling initrd')
    return
  }
  memblockReserve(mb, start, size, 'reserve_initrd_mem')
}

/**
 * Mirrors setup_bootmem() (called from paging_init()).
 * @kernel arch/riscv/mm/init.c setup_bootmem
 */
export function setupBootmem(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace, memoryLimit: PhysSize, levels: RiscvPagingLevels): RiscvBootmem {
  memblockEnforceMemoryLimit(mb, memoryLimit)
  // Reserve the kernel up to the next PMD boundary: with STRICT_KERNEL_RWX it is mapped
  // read-only in the linear map and nothing else may share its last 2 MiB.
  const vmlinuxStart = layout.image.base
  const vmlinuxEnd = roundUp(layout.image.base + layout.image.size, RISCV_PMD_SIZE)
  memblockReserve(mb, vmlinuxStart, vmlinuxEnd - vmlinuxStart, 'paging_init')
  // 'dram-start': the linear map starts at a PMD boundary, so at worst it is mapped with PMDs
  // (~(PMD_SIZE - 1) is -PMD_SIZE). 'kernel-load': the start of DRAM as it is.
  const physRamBase = policy.riscv!.ramBase === 'kernel-load' ? memblockStartOfDram(mb) : memblockStartOfDram(mb) & PMD_ALIGN_MASK
  // linearMapBound 'cap' (6.10.4+): the linear map's size may restrict the amount of usable RAM
  // (6.10.4 – 6.12 call memblock_cap_memory_range() whatever the end of DRAM, a no-op below the
  // cap; 6.13+ only above it, with a warning). 'memory-limit': nothing capped; the mapping loop
  // stops at phys_ram_base + memory_limit instead (linearMapEnd).
  const capped = policy.riscv!.linearMapBound === 'cap'
  const maxMappedAddr = physRamBase + kernVirtSize(levels)
  if (capped && memblockEndOfDram(mb) > maxMappedAddr) {
    memblockCapMemoryRange(mb, physRamBase, maxMappedAddr - physRamBase)
    // pr_warn() without a newline: the next message ends the line.
    if (policy.riscv!.linearMapOverflowWarn) trace.warn('mm', `Physical memory overflows the linear mapping size: region above ${fmtPhys(maxMappedAddr)} removed`)
  }
  const maxLowPhys = roundDown(memblockEndOfDram(mb), layout.pageSize)
  const dma32PhysLimit = min(SZ_4G, maxLowPhys)
  reserveInitrdMem(mb, layout, policy, trace)
  // No allocation may come before the DT's reserved memory is known.
  const cmdlineCma = cmaFromCmdline(layout.cmdline, policy)
  const reservedMemCtx: ReservedMemContext = {
    gen: policy.riscv!.ofReservedMem,
    // size_cmdline != -1 only where early_cma() exists (CONFIG_DMA_CMA).
    cma: { dmaCma: layout.config.CMA, cmdlineCma: layout.config.CMA && cmdlineCma !== undefined, cmaMinAlign: cmaMinAlignment(layout.pageSize, policy.riscv!) },
  }
  const reservedMem = earlyInitFdtScanReservedMem(mb, dtReservations(layout.reservations), reservedMemCtx, trace)
  // The DTB is reserved by hand (early_init_fdt_reserve_self() cannot __pa() a fixmap pointer).
  if (layout.dtb) memblockReserve(mb, layout.dtb.base, layout.dtb.size, 'paging_init')
  // dma_contiguous_reserve(dma32_phys_limit) ends setup_bootmem() up to 7.2.
  const cma = policy.riscv!.cmaInMiscMemInit ? undefined : defaultCmaReserve(mb, layout, policy, reservedMem, dma32PhysLimit, [0], trace, RISCV_OFFLINE_BEFORE_NUMA)
  // hugetlb_cma_reserve(PUD_SHIFT - PAGE_SHIFT) with CONFIG_64BIT, right after (5.15 – 6.x:
  // arch/riscv/mm/init.c@v5.15:227, @v6.12.117:318-319). NUMA init has not run: node 0 alone is
  // online (node_online_map's static initialiser), and memblock.memory is still MAX_NUMNODES's
  // (memblock_add()), so the area asked of node 0 with exact_nid finds no memory and fails.
  hugetlbCmaReserveBeforeCrash(mb, layout.cmdline, layout.config.CMA, RISCV_HUGETLB_PAGES, [0], policy, cmaRulesOf(layout.pageSize, policy.riscv!), trace)
  // 'none' (5.13): the loop maps every bank whole, memblock only limited in total size above.
  const linearMapEnd = policy.riscv!.linearMapBound === 'memory-limit' ? physRamBase + memoryLimit : undefined
  return { physRamBase, maxLowPhys, dma32PhysLimit, kernel: { base: vmlinuxStart, size: vmlinuxEnd - vmlinuxStart }, reservedMem, reservedMemCtx, cma, linearMapEnd }
}

/**
 * dma_contiguous_reserve(dma32_phys_limit) (its global area only where a DT pool is not
 * already the default one): at the end of setup_bootmem() up to 7.2 (arch/riscv/mm/init.c@v7.2.13:309), in misc_mem_init()
 * right after arch_numa_init() from 7.3 (arch/riscv/mm/init.c@v7.3.4:1360), so after the
 * linear-map tables, the KFENCE pool and NODE_DATA. With CONFIG_DMA_NUMA_CMA and
 * CONFIG_CMA_SIZE_PERNUMA it reserves an area on each online node as well
 * (dma_numa_cma_reserve()), if more than one node is online: in setup_bootmem() only node 0
 * is (node_online_map starts as node 0 alone; numa_register_nodes() sets the others), so
 * riscv64 ≤7.2 reserves none (the 7.2 boots of test/boots/riscv64-numa print one
 * "cma: Reserved" line); from misc_mem_init() every node of the DT is.
 * @kernel arch/riscv/mm/init.c setup_bootmem, misc_mem_init; kernel/dma/contiguous.c
 *         dma_contiguous_reserve, dma_numa_cma_reserve (v7.2.13); mm/page_alloc.c node_states
 */
function defaultCmaReserve(mb: Memblock, layout: Layout, policy: KernelPolicy, reservedMem: ReservedMemState, dma32PhysLimit: PhysAddr, onlineNodes: readonly number[], trace: Trace, offline: readonly number[] = []): PhysRange | undefined {
  if (!layout.config.CMA) return undefined
  const dtDefaultSize = reservedMem.cmaDefault ? reservedMem.cmaDefaultSize : undefined
  return dmaContiguousReserve(mb, dma32PhysLimit, { cmdline: layout.cmdline, policy, config: layout.config, dtDefaultSize, online: onlineNodes, offline }, cmaRulesOf(layout.pageSize, policy.riscv!), trace)
}

/**
 * The possible nodes other than node 0 before NUMA init: node_possible_map starts as
 * NODE_MASK_ALL (mm/page_alloc.c node_states), so for_each_node() in setup_bootmem()'s
 * dma_numa_cma_reserve() walks every node id below MAX_NUMNODES, node 0 alone online.
 */
const RISCV_OFFLINE_BEFORE_NUMA: readonly number[] = Array.from({ length: MAX_NUMNODES_OF.riscv64 - 1 }, (_, i) => i + 1)

/** The linear map's inputs, fixed before the first table is allocated. */
export interface LinearMapPlan {
  /** memblock.memory ranges without MEMBLOCK_NOMAP, in address order (for_each_mem_range). */
  ranges: PhysRange[]
  /** Kernel text, then rodata, mapped after the loop (6.4+); see setupVmFinal. */
  isolated?: PhysRange[]
  kfencePool?: PhysRange | undefined
  /** Where each range's mapping stops (linearMapBound 'memory-limit', ≤6.10.3: phys_ram_base + memory_limit). */
  end?: PhysAddr | undefined
}

/**
 * Mirrors create_linear_mapping_page_table() — arch/riscv/mm/init.c (its mapping steps; v6.12.117:1301-1355), and ≤6.3's loop in
 * setup_vm_final() (v6.1.192:1113-1130): walks a plan into page tables, the loop over memory,
 * then the isolated kernel, then the KFENCE pool with pages. Exported so that the per-entry
 * tables (swapperPgDirReference()) can be mapped from setupVmFinal()'s plan.
 */
export function mapLinear(t: RiscvPageTables, plan: LinearMapPlan, variant: RiscvPolicy['linearMap'], debugPagealloc: boolean, alloc: TableAlloc): void {
  debugPagealloc &&= bestMapSizeHonoursDebugPagealloc(variant)
  // 6.4 – 6.7 may set a leaf in the PGD itself; 6.8+ only below it.
  const top = topLeafShift(t.levels, variant === 'best-map-size-v64')
  for (const r of plan.ranges) {
    let start = r.base
    let end = r.base + r.size
    // The part of the first bank below phys_ram_base cannot be mapped.
    if (start <= t.physRamBase && t.physRamBase < end) start = t.physRamBase
    // Nor anything past memory_limit bytes from phys_ram_base (a bank above it not at all).
    if (plan.end !== undefined && end >= plan.end) end = plan.end
    if (start >= end) continue
    if (variant === 'pmd-only') createLinearMappingRangePmdOnly(t, start, end, alloc)
    else if (variant === 'pmd-steps') createLinearMappingRangePmdSteps(t, start, end, alloc)
    else createLinearMappingRange(t, start, end, 0n, debugPagealloc, top, alloc)
  }
  for (const r of plan.isolated ?? []) createLinearMappingRange(t, r.base, r.base + r.size, 0n, debugPagealloc, top, alloc)
  if (plan.kfencePool) createLinearMappingRange(t, plan.kfencePool.base, plan.kfencePool.base + plan.kfencePool.size, RISCV_PAGE_SIZE, debugPagealloc, top, alloc)
}

/**
 * Engine helper (no kernel counterpart): whether the linear map of a generation maps pages under debug_pagealloc: best_map_size()
 * returns PAGE_SIZE for it from 6.11 (arch/riscv/mm/init.c@v6.11:692-693) only; v6.5 and v6.8
 * do not look (6.9 – 6.10 UNCONFIRMED, taken as 6.8), nor does ≤6.3's loop.
 */
export const bestMapSizeHonoursDebugPagealloc = (variant: RiscvPolicy['linearMap']): boolean => variant === 'best-map-size'

const mappableRanges = (mb: Memblock): PhysRange[] =>
  mb.memory.regions.filter((r) => !(r.flags & MEMBLOCK_NOMAP)).map((r) => ({ base: r.base, size: r.size }))

export interface RiscvVmFinal {
  tables: RiscvPageTables
  plan: LinearMapPlan
  /** Table pages the linear map took, and how many of them are PTE tables. */
  linearTablePages: number
  linearPteTables: number
  kernelTablePages: number
  kfencePool?: PhysRange | undefined
}

/**
 * The ranges create_linear_mapping_page_table() keeps out of its loop (CONFIG_STRICT_KERNEL_RWX):
 * [_start, __init_data_begin) and [__start_rodata, _data) of the build (image.ts); for an image
 * whose sections are unknown, the whole PMD-rounded reservation (riscvImageSections()).
 */
const isolatedRanges = (kernel: PhysRange, s: RiscvImageSections | undefined): PhysRange[] =>
  s ? [{ base: s.start, size: s.initDataBegin - s.start }, { base: s.startRodata, size: s.data - s.startRodata }] : [kernel]

/**
 * Engine helper (no kernel counterpart): the page-table pages of a setup_vm_final() walk,
 * memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE) each (alloc_pte_fixmap / alloc_pmd_fixmap).
 * Nothing but these allocations touches memblock while a walk runs, so the tables it asks
 * for one after the other with one owner are taken in one memblockAllocPages() call when the
 * owner changes and at flush(): the same pages in the same order as a call per table, in
 * about half the calls. flush() must run before anything else uses memblock.
 */
interface TablePageBatch {
  /** Asks for `count` table pages for `owner` (taken by flush() or the next other owner). */
  take(count: number, owner: string): void
  /** Takes the pages asked for and not yet taken. */
  flush(): void
}

function tablePageBatch(mb: Memblock): TablePageBatch {
  let pending = 0
  let owner = ''
  const flush = (): void => {
    if (pending > 0) memblockAllocPages(mb, pending, RISCV_PAGE_SIZE, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, owner)
    pending = 0
  }
  const take = (count: number, by: string): void => {
    if (pending > 0 && by !== owner) flush()
    owner = by
    pending += count
  }
  return { take, flush }
}

/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (v6.12.117:1357) → create_linear_mapping_page_table() + create_kernel_page_table().
 * 6.4+: kernel text and rodata (`sections`) are flagged NOMAP so the memory loop does not
 * cover them with a PUD, and mapped after it; the init data and data between and after them
 * stay in the loop (a 1 GiB boundary there starts a PUD leaf). The KFENCE pool is allocated
 * (memblock_phys_alloc, page aligned) and kept out of the loop too, then mapped with pages.
 * Table pages come from memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE) (alloc_*_fixmap).
 */
export function setupVmFinal(mb: Memblock, layout: Layout, pol: RiscvPolicy, bm: RiscvBootmem, levels: RiscvPagingLevels, debugPagealloc: boolean, sections: RiscvImageSections | undefined): RiscvVmFinal {
  const tables = swapperPgDir(levels, bm.physRamBase)
  let linearTablePages = 0
  let linearPteTables = 0
  const batch = tablePageBatch(mb)
  const linearAlloc: TableAlloc = (lastLevel, count) => {
    linearTablePages += count
    if (lastLevel) linearPteTables += count
    batch.take(count, lastLevel ? 'alloc_pte_fixmap' : 'alloc_pmd_fixmap')
  }
  const plan: LinearMapPlan = { ranges: [], end: bm.linearMapEnd }
  if (pol.linearMap !== 'pmd-only' && pol.linearMap !== 'pmd-steps') {
    plan.isolated = isolatedRanges(bm.kernel, sections)
    for (const r of plan.isolated) memblockMarkNomap(mb, r.base, r.size)
    if (layout.config.KFENCE) {
      // Debian's riscv64 builds keep Kconfig's 255 objects.
      const size = kfencePoolSize(layout.pageSize)
      const base = memblockPhysAllocRange(mb, size, layout.pageSize, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'paging_init')
      if (base) {
        plan.kfencePool = { base, size }
        memblockMarkNomap(mb, base, size)
      }
    }
  }
  plan.ranges = mappableRanges(mb)
  mapLinear(tables, plan, pol.linearMap, debugPagealloc, linearAlloc)
  batch.flush()
  for (const r of plan.isolated ?? []) memblockClearNomap(mb, r.base, r.size)
  if (plan.kfencePool) memblockClearNomap(mb, plan.kfencePool.base, plan.kfencePool.size)
  // The kernel mapping's tables are all alloc_pmd_fixmap pages.
  let kernelTablePages = 0
  createKernelPageTable(tables, layout.image.size, (_lastLevel, count) => {
    kernelTablePages += count
    batch.take(count, 'alloc_pmd_fixmap')
  })
  batch.flush()
  return { tables, plan, linearTablePages, linearPteTables, kernelTablePages, kfencePool: plan.kfencePool }
}

/**
 * Mirrors arch_numa_init() — drivers/base/arch_numa.c (v6.12.117:330, v7.2.13): numa_init(of_numa_init)
 * takes a node per DT memory node's numa-node-id (of_numa_parse_memory_nodes(); every bank
 * must have one: firmwareNumaMemblks()), puts memblock.memory (and from 6.12 memblock.reserved)
 * on the nodes, and numa_register_nodes() → setup_node_data() / alloc_node_data() takes
 * NODE_DATA of each node, in node order, top-down on the node first
 * (memblock_phys_alloc_try_nid()). Without nodes (or with `numa=off`, which skips
 * of_numa_init()) dummy_numa_init() says so when numa_off, fakes node 0 over all of DRAM, and
 * NODE_DATA(0) is taken the same way. QEMU's DT has a distance-map only with `-numa dist`
 * (numaAllocDistance()), and riscv64 allocates nothing for the node cpumasks (no
 * CPUMASK_OFFSTACK): the boots show no other allocation.
 * Returns NODE_DATA of each node (setupNodeData()).
 * @kernel drivers/base/arch_numa.c arch_numa_init, numa_init, numa_register_nodes,
 *         dummy_numa_init, setup_node_data (v6.1.192, v6.12.117, v7.2.13); drivers/of/of_numa.c
 *         of_numa_init; mm/numa.c alloc_node_data (v6.12.117, v7.2.13)
 */
export function archNumaInit(mb: Memblock, layout: Layout, policy: RiscvPolicy, trace: Trace): Map<number, PhysAddr> {
  const firmware = numaOff(layout.cmdline) ? undefined : firmwareNumaMemblks(layout.memory)
  // 6.12+ (numaDistanceBytes 0): of_numa_init() → of_numa_parse_distance_map_v1() →
  // numa_set_distance() allocates the table only when the DT has a /distance-map.
  if (firmware && policy.numaDistanceBytes === 0n && layout.numaDistances) numaAllocDistance(mb, numaNodesParsed(firmware, cpuOnlyNodes(layout, firmware)), RISCV_PAGE_SIZE)
  const blocks = firmware ?? dummyNumaInit(mb, layout, policy.numaLog, 'dt', trace)
  numaRegisterMeminfo(mb, policy.numaMemblock, blocks)
  // numa_alloc_distance() (≤6.11): the table, page-aligned, before the nodes' data.
  if (policy.numaDistanceBytes > 0n) memblockAllocRangeNid(mb, policy.numaDistanceBytes, RISCV_PAGE_SIZE, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'numa_distance', NUMA_NO_NODE)
  const nodeData = new Map<number, PhysAddr>()
  // A CPU-only node (of_numa_parse_cpu_nodes()) too, its NODE_DATA from any node's memory.
  for (const nid of numaNodesParsed(blocks, cpuOnlyNodes(layout, firmware))) nodeData.set(nid, setupNodeData(mb, nid, layout.boot.nodeData, blocks, policy.numaLog, trace, nodeIsMemoryless(mb, nid, RISCV_PAGE_SIZE)))
  return nodeData
}

/** CRASH_ADDR_LOW_MAX of the policy's generation; `highMax` where it has none. */
function crashAddrLowMax(pol: RiscvPolicy, dma32PhysLimit: PhysAddr, highMax: PhysAddr): PhysAddr {
  switch (pol.lowMax) {
    case 'none':
      return highMax
    case 'dma32':
      return dma32PhysLimit
    case '4G-1':
      return SZ_4G - 1n
    case '4G':
      return SZ_4G
  }
}

/** zone_sizes_init() / arch_zone_limits_init(): DMA32 up to dma32_phys_limit, Normal up to max_low_pfn. */
function zoneSpecs(layout: Layout, bm: RiscvBootmem): ZoneSpec[] {
  const specs: ZoneSpec[] = []
  if (layout.config.ZONE_DMA32) specs.push({ name: 'DMA32', limit: bm.dma32PhysLimit })
  specs.push({ name: 'Normal', limit: bm.maxLowPhys })
  if (layout.config.ZONE_DEVICE) specs.push({ name: 'Device', limit: 0n })
  return specs
}

/** The linear-map facts a prefix computes: all but the crash regions' histograms (riscv has no KFENCE count). */
type RiscvPrefixFacts = Pick<LinearMapFacts, 'forcedBasePagesBy' | 'forcedByCrashkernel' | 'histogram' | 'pageTableBytes' | 'blockHistogram' | 'blockPageTableBytes'>

/**
 * What the linear map looks like (riscv never forces base pages for the crash kernel; only
 * debug_pagealloc does, where best_map_size() looks at it).
 */
function linearMapFacts(vm: RiscvVmFinal, pol: RiscvPolicy, debugPagealloc: boolean): RiscvPrefixFacts {
  debugPagealloc &&= bestMapSizeHonoursDebugPagealloc(pol.linearMap)
  const histogram = linearHistogram(vm.tables)
  const facts: RiscvPrefixFacts = {
    forcedBasePagesBy: debugPagealloc ? ['debug_pagealloc'] : [],
    forcedByCrashkernel: false,
    histogram,
    pageTableBytes: BigInt(vm.linearPteTables) * RISCV_PAGE_SIZE,
    blockHistogram: histogram,
    blockPageTableBytes: BigInt(vm.linearPteTables) * RISCV_PAGE_SIZE,
  }
  if (debugPagealloc) {
    // The same plan without debug_pagealloc, on scratch tables (nothing is allocated).
    const scratch = swapperPgDir(vm.tables.levels, vm.tables.physRamBase)
    let pte = 0
    mapLinear(scratch, vm.plan, pol.linearMap, false, (last, count) => {
      if (last) pte += count
    })
    facts.blockHistogram = linearHistogram(scratch)
    facts.blockPageTableBytes = BigInt(pte) * RISCV_PAGE_SIZE
  }
  return facts
}

const PROTECTION: ProtectionFacts = {
  available: false,
  why: 'riscv has no arch_kexec_protect_crashkres(): the crash kernel stays mapped read-write in the linear map in every version',
}

/** What riscv64's boot has done when arch_reserve_crashkernel() comes. */
interface RiscvPrefix {
  mb: Memblock
  levels: ReturnType<typeof pagingLevels>
  debugPagealloc: boolean
  bm: ReturnType<typeof setupBootmem>
  vm: RiscvVmFinal
  /** NODE_DATA of each node. */
  nodeData: Map<number, PhysAddr>
  /** The default CMA area, wherever the generation reserves it. */
  cma: PhysRange | undefined
  sparse: ReturnType<typeof sparseInit> | undefined
  zoneBlock: ReturnType<typeof freeAreaInit>
  lowMax: PhysAddr
  highMax: PhysAddr
  /** The linear-map facts but the crash regions' (the reservation does not change the tables). */
  linearMap: RiscvPrefixFacts
}

/**
 * The paging mode set_satp_mode() settles on. It probes the CPU from the deepest mode allowed
 * down: the CPU's own (`cpu.satpMode`, else the board's `vaBits`), as far as the release goes
 * (pol.satpModes: Sv39 only up to 5.16, Sv48 at most in 5.17 – 5.18). The limit is `no4lvl`
 * (Sv39), else `no5lvl` (Sv48), anywhere in the command line as match_noXlvl()'s strstr()
 * finds them (6.4+), and from 6.17.7 / 6.18 also the DT's cpu mmu-type (`vaBits`), when it
 * names Sv39 or Sv48 (set_satp_mode_from_fdt()): the lower of the two (min_not_zero()). The
 * early params of those names only print (early-params.ts).
 * @kernel arch/riscv/kernel/pi/cmdline_early.c match_noXlvl; arch/riscv/kernel/pi/fdt_early.c
 *         set_satp_mode_from_fdt (v7.2.13:196-225); arch/riscv/mm/init.c set_satp_mode,
 *         print_no4lvl, print_no5lvl (v6.12.117, v7.2.13:835-897); ≤5.16 have no
 *         set_satp_mode() and write SATP_MODE, Sv39 (arch/riscv/mm/init.c@v5.15:749)
 */
export function satpModeLevels(cmdline: string, vaBits: number, cpuSatpMode: number | undefined, pol: RiscvPolicy): RiscvPagingLevels {
  // The lower limit (min_not_zero() of the two) is where the probe starts, and it finds the
  // CPU's mode from there down (Sv39 is set without probing, the same).
  return Math.min(cpuLevels(vaBits, cpuSatpMode, pol), cmdlineLevelLimit(cmdline, pol), fdtLevelLimit(vaBits, pol)) as RiscvPagingLevels
}

/** Engine helper: the CPU's deepest mode (`cpu.satpMode`, else `vaBits`), as far as the release goes. */
function cpuLevels(vaBits: number, cpuSatpMode: number | undefined, pol: RiscvPolicy): RiscvPagingLevels {
  const found = pagingLevels(cpuSatpMode ?? vaBits)
  return found > pol.satpModes ? pol.satpModes : found
}

/** match_noXlvl()'s limit as a level count, 5 where there is none (no4lvl first). */
function cmdlineLevelLimit(cmdline: string, pol: RiscvPolicy): RiscvPagingLevels {
  return !pol.satpModeFromCmdline ? 5 : cmdline.includes('no4lvl') ? 3 : cmdline.includes('no5lvl') ? 4 : 5
}

/** set_satp_mode_from_fdt()'s limit as a level count: riscv,sv39 and riscv,sv48 only; Sv57 limits nothing (5). */
function fdtLevelLimit(vaBits: number, pol: RiscvPolicy): RiscvPagingLevels {
  return pol.satpModeFromFdt && vaBits < 57 ? pagingLevels(vaBits) : 5
}

const SATP_MODE_NAME = { 3: 'sv39', 4: 'sv48', 5: 'sv57' } as const

/**
 * Engine helper (no kernel counterpart): satpModeLevels()'s answer for the reports, with the
 * input that settled it, from the same limits. The CPU's own mode when nothing took the probe
 * below it; else the command line's limit, then the DT's, then the release's, the first that
 * equals the mode (a command line and a DT naming the same mode are one min_not_zero() answer:
 * the command line is named). Up to 5.16 the kernel writes Sv39 without asking the CPU, so the
 * release settles it.
 */
export function satpModeFacts(levels: RiscvPagingLevels, cmdline: string, vaBits: number, cpuSatpMode: number | undefined, pol: RiscvPolicy): SatpModeFacts {
  const mode = SATP_MODE_NAME[levels]
  if (pol.satpModes === 3) return { mode, setBy: 'release' }
  if (levels === pagingLevels(cpuSatpMode ?? vaBits)) return { mode, setBy: 'cpu' }
  if (levels === cmdlineLevelLimit(cmdline, pol)) return { mode, setBy: levels === 3 ? 'no4lvl' : 'no5lvl' }
  if (levels === fdtLevelLimit(vaBits, pol)) return { mode, setBy: 'mmu-type' }
  return { mode, setBy: 'release' }
}

/** setup_arch() up to misc_mem_init()'s zone set-up: everything before the reservation. */
function riscvBootPrefix(layout: Layout, policy: KernelPolicy, trace: Trace): RiscvPrefix {
  const pol = policy.riscv!
  const levels = satpModeLevels(layout.cmdline, layout.vaBits, layout.cpu.satpMode, pol)
  const mb = memblockCreate(layout.pageSize, pol.memblockRsrvKern, policy.memblock)
  // setup_arch() → parse_dtb(): the /memory banks.
  earlyInitDtScanMemory(mb, layout, pol.ramBase === 'kernel-load' ? layout.image.base : 0n, trace)
  // parse_early_param()
  const memoryLimit = earlyMem(layout, policy, levels)
  const debugPagealloc = debugPageallocEnabled(layout.config, layout.cmdline, policy.parse.kstrtobool)
  // efi_init(): an EFI stub boot's tables, map and ACPI reclaim memory.
  efiInitReserve(mb, layout.reservations)
  // paging_init()
  const bm = setupBootmem(mb, layout, policy, trace, memoryLimit, levels)
  const vm = setupVmFinal(mb, layout, pol, bm, levels, debugPagealloc, riscvImageSections(layout))
  // unflatten_device_tree()
  unflattenDeviceTree(mb, bm.reservedMem, bm.reservedMemCtx, trace, unflattenSizes(layout, pol.ofStructs))
  // misc_mem_init()
  const nodeData = archNumaInit(mb, layout, pol, trace)
  const cma = pol.cmaInMiscMemInit ? defaultCmaReserve(mb, layout, policy, bm.reservedMem, bm.dma32PhysLimit, [...nodeData.keys()], trace) : bm.cma
  const sparse = pol.sparseBeforeCrash ? sparseInit(mb, vm.tables, (nid) => nodeData.get(nid) ?? 0n, bm.physRamBase, pol.pageblockBits, pol.vmemmap) : undefined
  // misc_mem_init(): zone_sizes_init() → free_area_init() comes before the crash reservation
  // (≤6.x); from 7.0 mm_core_init_early() runs it after setup_arch(), so its lines follow the
  // crash reservation's (the 7.2 boots print "Zone ranges:" after "crashkernel reserved:"),
  // as on arm64. What it computes reads memblock.memory only, which the reservation leaves
  // alone, so it is computed here either way.
  // Every node NUMA init set up (a CPU-only one too) is online since numa_register_nodes().
  const nodes = [...nodeData.keys()].map((nid) => ({ nid, online: true }))
  const zoneBlock = freeAreaInit(mb, zoneSpecs(layout, bm), layout.pageSize, zoneMovableInput(layout.cmdline, layout.pageSize, policy.parse, policy.zoneMovable, pol.memoryHotplug), { nodes, generation: policy.memorylessNode })
  if (pol.sparseBeforeCrash) for (const e of zoneBlock.events) trace.events.push(e)
  const highMax = memblockEndOfDram(mb)
  const lowMax = crashAddrLowMax(pol, bm.dma32PhysLimit, highMax)
  const linearMap = linearMapFacts(vm, pol, debugPagealloc)
  return { mb, levels, debugPagealloc, bm, vm, nodeData, cma, sparse, zoneBlock, lowMax, highMax, linearMap }
}

/**
 * The facts with the crash regions' histograms, in the field order the reports print: every
 * field linearMapFacts() sets, spelt out (a rest/spread copy takes V8's slow path). The
 * prefix's facts are exactly these six fields (RiscvPrefixFacts), so a field added to
 * linearMapFacts() does not compile until it is added here too.
 */
function withCrashHistogram(f: RiscvPrefixFacts, crashHistogram: LinearMapFacts['crashHistogram']): LinearMapFacts {
  return {
    forcedBasePagesBy: f.forcedBasePagesBy,
    forcedByCrashkernel: f.forcedByCrashkernel,
    histogram: f.histogram,
    crashHistogram,
    pageTableBytes: f.pageTableBytes,
    blockHistogram: f.blockHistogram,
    blockPageTableBytes: f.blockPageTableBytes,
  }
}

/** arch_reserve_crashkernel() and the crash regions' mapping. */
function riscvBootFinish(p: RiscvPrefix, mb: Memblock, _prefixMemory: readonly MemblockRegion[], layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult {
  // A zone block the prefix printed is its last word: the lines go where the prefix's end.
  let zoneLinesAt = trace.events.length
  const reserved = reserveCrashkernelOf(mb, trace, layout, policy, p.lowMax, p.highMax)
  const afterCrash = trace.events.length
  // 7.3+: arch_reserve_crashkernel() passes cma_size and reserves the ,cma areas next.
  const crash = policy.crash.parseCma ? reserveCrashkernelCma(mb, reserved, layout.pageSize, layout.config.CMA, cmaRulesOf(layout.pageSize, policy.riscv!), trace) : reserved
  if (!policy.riscv!.sparseBeforeCrash) {
    for (const e of p.zoneBlock.events) trace.events.push(e)
    zoneLinesAt = trace.events.length
  }
  const regions: CrashRegion[] = []
  if (crash.outcome.kind === 'reserved') {
    regions.push(crash.outcome.main)
    if (crash.outcome.low) regions.push(crash.outcome.low)
    regions.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  }
  // The endless retry (6.12+ with crashkernel= larger than what is left) never returns.
  const printed = linesBeforeHang(crash, trace, afterCrash, !policy.riscv!.sparseBeforeCrash, p.zoneBlock.lines, zoneLinesAt)
  return {
    mb,
    crash,
    lowMax: p.lowMax,
    highMax: p.highMax,
    zoneLines: printed.zoneLines,
    zoneLinesAt: printed.zoneLinesAt,
    zoneRanges: p.zoneBlock.zones,
    linearMap: withCrashHistogram(p.linearMap, regions.map((r) => linearHistogram(p.vm.tables, r))),
    satpMode: satpModeFacts(p.levels, layout.cmdline, layout.vaBits, layout.cpu.satpMode, policy.riscv!),
    protection: PROTECTION,
    extra: {
      pagingLevels: p.levels,
      physRamBase: p.bm.physRamBase,
      dma32PhysLimit: p.bm.dma32PhysLimit,
      kernel: p.bm.kernel,
      cma: p.cma,
      kfencePool: p.vm.kfencePool,
      linearTablePages: p.vm.linearTablePages,
      kernelTablePages: p.vm.kernelTablePages,
      nodeData: p.nodeData.get(0) ?? 0n,
      sparse: p.sparse,
    },
  }
}

/** riscv64's boot split at the crash reservation (boot-prefix.ts). */
export const riscvSplitBoot: SplitBoot<RiscvPrefix> = { prefix: riscvBootPrefix, finish: riscvBootFinish }

/**
 * Engine helper (no kernel counterpart): the riscv64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs the riscv64 boot up to and including the crash reservation.
 */
export const riscvBoot: ArchBoot = (layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult =>
  bootWithSharedPrefix(riscvSplitBoot, layout, policy, trace)
