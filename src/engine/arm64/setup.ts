// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 boot, from setup_arch() to the crash reservation: the memblock calls that decide
 * where crashkernel= lands, in the kernel's order.
 *
 *   setup_machine_fdt   DT memory banks added, the FDT blob reserved
 *   parse_early_param   (cmdline flags: rodata=, kfence.sample_interval=, crashkernel …)
 *   arm64_memblock_init PA/linear-range trims, initrd, kernel image, /reserved-memory,
 *                       [early crash reservation: 5.10.0–5.10.21, or no DMA zones]
 *   paging_init         KFENCE pool (6.4+ early KFENCE), linear-map page tables, idmap
 *   unflatten_device_tree
 *   bootmem_init        NUMA (distance table, NODE_DATA), sparse_init (≤6.x), zone limits,
 *                       free_area_init (≤6.x), default CMA, [deferred crash reservation]
 *   mm_core_init_early  (7.0+) free_area_init with sparse_init: the zone lines come here
 *
 * @kernel arch/arm64/kernel/setup.c setup_arch; arch/arm64/mm/init.c arm64_memblock_init,
 *         bootmem_init; arch/arm64/mm/mmu.c paging_init, map_mem; mm/sparse.c sparse_init;
 *         kernel/dma/contiguous.c dma_contiguous_reserve; mm/cma.c cma_declare_contiguous_nid;
 *         drivers/of/fdt.c early_init_fdt_scan_reserved_mem; drivers/of/of_reserved_mem.c
 */
import { cmaFromCmdline, cmaRules, dmaContiguousReserve, dmaPernumaCmaReserve, numaCmaFromCmdline, type CmaRules } from '../cma.js'
import { earlyInitDtScanMemory, unflattenDeviceTree, unflattenSizes } from '../fdt.js'
import { dtReservations, efiInitReserve, efiReserveRegions } from '../efi.js'
import { acpiBootTableInit, acpiFirmwareOf, acpiParamsFromCmdline, type AcpiBootTableInitResult } from './acpi.js'
import { earlyInitFdtScanReservedMem, type ReservedMemContext, type ReservedMemState } from '../reserved-mem.js'
import { reserveCrashkernelOf } from '../crashkernel/reserve.js'
import { reserveCrashkernelCma } from '../crashkernel/reserve-cma.js'
import {
  memblockAdd,
  memblockAlloc,
  memblockAllocPages,
  memblockAllocTryNid,
  memblockClearNomap,
  memblockCreate,
  memblockEndOfDram,
  memblockFindInRangeNode,
  memblockMemLimitRemoveMap,
  memblockPhysFree,
  memblockRemove,
  memblockReserve,
  memblockSameMemory,
  memblockStartOfDram,
  type Memblock,
  type MemblockRegion,
} from '../memblock/memblock.js'
import { max, PHYS_ADDR_MAX, pow2, roundDown, roundUp, SMP_CACHE_BYTES, SZ_16K, SZ_1G, SZ_2M, SZ_4K, SZ_64K } from '../phys.js'
import { hugetlbCmaReserveBeforeCrash, type HugetlbCmaPages } from '../hugetlb-cma.js'
import { kvmHypReserve, kvmModeLeavesEl2 } from './pkvm.js'
import type { HugetlbCmaGeneration, KernelPolicy } from '../policies/types.js'
import type { Trace } from '../trace.js'
import type { Layout, PhysAddr, PhysRange, PhysSize } from '../types.js'
import { freeAreaInit, zoneMovableInput, type FreeAreaInitNodes, type ZoneSpec } from '../zones.js'
import { crashAddrLowMax, dmaContiguousLimit } from './zones.js'
import { initrdFromCmdline, isSpace, parameq, parseEarlyParams } from '../params.js'
import { arm64KernelStext, arm64LinearMapFacts, arm64PagingInit, type Arm64PagingResult } from './paging.js'
import { arm64MemstartAlign as granuleMemstartAlign } from './mmu.js'
import type { VmemmapStart } from './memory.js'
import { isPageMapped, isUnmapped, protectionFacts } from './protection.js'
import { linesBeforeHang, type ArchBootResult } from '../boot.js'
import { bootWithSharedPrefix, type SplitBoot } from '../boot-prefix.js'
import { cpuOnlyNodes, dummyNumaInit, firmwareNumaMemblks, nodeIsMemoryless, numaAllocDistance, numaNodesParsed, numaOff, numaRegisterMeminfo, setupNodeData, type NumaMemblk } from '../numa.js'


/**
 * ARM64_MEMSTART_ALIGN: the PUD (4K), CONT_PMD (16K) or PMD (64K) size, raised to a sparsemem
 * section when that is larger, as with 64K pages while sections were 1 GiB (5.10, 5.11): 1 GiB
 * there, 512 MiB from 5.12.
 * @kernel arch/arm64/include/asm/kernel-pgtable.h ARM64_MEMSTART_ALIGN (v5.10.223);
 *         arch/arm64/mm/init.c ARM64_MEMSTART_ALIGN (v6.12.117, v7.2.13)
 */
const arm64MemstartAlign = (pageSize: PhysSize, sectionSizeBits: number): PhysSize => max(granuleMemstartAlign(pageSize), pow2(sectionSizeBits))

/**
 * Mirrors the memory part of setup_machine_fdt(): the /memory banks through the generic
 * early_init_dt_add_memory_arch() (whole pages; a bank under a page is "Ignoring memory
 * block"), then the FDT blob reserved (before memblock=debug is parsed).
 * @kernel arch/arm64/kernel/setup.c setup_machine_fdt; drivers/of/fdt.c
 *         early_init_dt_scan_memory (v5.10.223 – v7.2.13)
 */
function setupMachineFdt(mb: Memblock, layout: Layout, trace: Trace): void {
  earlyInitDtScanMemory(mb, layout, 0n, trace)
  if (layout.dtb) memblockReserve(mb, layout.dtb.base, layout.dtb.size, 'fdt')
}

/**
 * early_init_fdt_scan_reserved_mem() with arm64's CMA facts: the scan is generic drivers/of
 * (reserved-mem.ts). CONFIG_DMA_CMA is KernelConfig.CMA; size_cmdline != -1 means early_cma()
 * saw a `cma=`.
 */
/** CMA's alignment on this kernel: the generation's rule over pageblock_order of the granule. */
const cmaMinAlignOf = (layout: Layout, pol: NonNullable<KernelPolicy['arm64']>): PhysSize => pol.cmaMinAlign(layout.pageSize, pol.pageblockOrder(layout.pageSize, layout.config))
/** The CMA rules of the default area and of crashkernel=…,cma (as x86's and riscv's cmaRulesOf()). */
const cmaRulesOf = (layout: Layout, pol: NonNullable<KernelPolicy['arm64']>): CmaRules => cmaRules(pol, cmaMinAlignOf(layout, pol))

function reservedMemContext(layout: Layout, policy: KernelPolicy): ReservedMemContext {
  const pol = policy.arm64!
  return {
    gen: pol.ofReservedMem,
    cma: { dmaCma: layout.config.CMA, cmdlineCma: layout.config.CMA && cmaFromCmdline(layout.cmdline, policy) !== undefined, cmaMinAlign: cmaMinAlignOf(layout, pol) },
  }
}

/**
 * Mirrors arm64_memblock_init() up to the point where the crash reservation may run.
 *
 * Memory beyond the PA size goes, then what the linear region cannot cover above memstart_addr
 * (the kernel image excepted: if it lies higher, memstart_addr moves up and memory below it
 * goes instead). `mem=` keeps the kernel image. The initrd is added back and reserved in whole
 * pages (NOMAP cleared) unless it lies outside [start of DRAM, + linear region). The kernel
 * image is reserved from _text, or from _stext where map_mem() aliases it from there too (6.0 – 6.3).
 * @kernel arch/arm64/mm/init.c arm64_memblock_init (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function arm64MemblockInit(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace): PhysAddr {
  const pol = policy.arm64!
  const page = layout.pageSize
  const align = arm64MemstartAlign(page, pol.sectionSizeBits(page))
  // BIT(vabits_actual - 1); 6.1+ computes PAGE_END - _PAGE_OFFSET(vabits_actual), the same
  // but with a 52-bit VA (2^52 - 2^47), which matters only for RAM above 2^51 and which the
  // linear map (mmu.ts) does not model either.
  const linearRegionSize = pow2(layout.vaBits - 1)
  const imageEnd = layout.image.base + layout.image.size
  // A 52-bit VA kernel entered at EL2 but running outside it (nVHE) caps the linear region at
  // 51 bits (5.15+): the 2^51 above already, so only the line.
  if (policy.pkvm.capsLinearRegion && layout.vaBits === 52 && layout.cpu.el2 === true && kvmModeLeavesEl2(layout.cmdline)) {
    trace.info('mm', 'Capping linear region to 51 bits for KVM in nVHE mode on LVA capable hardware.')
  }
  memblockRemove(mb, pow2(layout.paBits), PHYS_ADDR_MAX)
  let memstartAddr = roundDown(memblockStartOfDram(mb), align)
  if (pol.warnLinearRegionTooSmall && memblockEndOfDram(mb) - memstartAddr > linearRegionSize) {
    trace.warn('mm', "Memory doesn't fit in the linear mapping, VA_BITS too small")
  }
  memblockRemove(mb, max(memstartAddr + linearRegionSize, imageEnd), PHYS_ADDR_MAX)
  if (memstartAddr + linearRegionSize < memblockEndOfDram(mb)) {
    memstartAddr = roundUp(memblockEndOfDram(mb) - linearRegionSize, align)
    memblockRemove(mb, 0n, memstartAddr)
  }
  const memoryLimit = earlyMem(layout, policy)
  if (memoryLimit !== PHYS_ADDR_MAX) {
    memblockMemLimitRemoveMap(mb, memoryLimit)
    memblockAdd(mb, layout.image.base, layout.image.size)
  }
  // phys_initrd_*: the device tree's, unless an initrd= or initrdmem= early param replaced them.
  const initrd = initrdFromCmdline(layout.cmdline, policy.parse.memparse, layout.initrd)
  if (initrd && initrd.size > 0n) {
    const base = roundDown(initrd.base, page)
    const size = roundUp(initrd.base + initrd.size, page) - base
    const startOfDram = memblockStartOfDram(mb)
    // The kernel WARN()s and forgets the initrd (phys_initrd_size = 0) rather than map it.
    if (base >= startOfDram && base + size <= startOfDram + linearRegionSize) {
      // 5.10 memblock_remove()s then re-adds the range, 6.x adds it and clears NOMAP: the
      // same memblock.memory for every flag the engine keeps.
      memblockAdd(mb, base, size)
      memblockClearNomap(mb, base, size)
      memblockReserve(mb, base, size, 'initrd')
    }
  }
  const stext = arm64KernelStext(layout, policy)
  memblockReserve(mb, stext, imageEnd - stext, 'kernel')
  return memstartAddr
}

/**
 * Mirrors early_mem() — arch/arm64/mm/init.c: each `mem=` sets memory_limit to
 * memparse() & PAGE_MASK, so the last one wins; PHYS_ADDR_MAX without one. The tokens are
 * parse_early_param()'s (next_arg() quoting, the `--` stop). What it prints ("Memory limited
 * to"), and a bare `mem` (malformed), are early-params.ts's: parse_early_param() prints them
 * in command-line order, before arm64_memblock_init().
 * @kernel arch/arm64/mm/init.c early_mem (v5.10.223, v6.12.117, v7.2.13)
 */
function earlyMem(layout: Layout, policy: KernelPolicy): PhysAddr {
  let memoryLimit = PHYS_ADDR_MAX
  if (!layout.cmdline.includes('mem')) return memoryLimit
  for (const p of parseEarlyParams(layout.cmdline)) {
    // `if (!p) return 1`: a bare `mem` is malformed and changes nothing.
    if (p.val === null || !parameq(p.param, 'mem')) continue
    memoryLimit = policy.parse.memparse(p.val, 0).value & (0n - layout.pageSize)
  }
  return memoryLimit
}

/**
 * The DT's NUMA nodes as arch_numa_init() takes them: none with `numa=off`, which skips
 * of_numa_init() for dummy_numa_init() (drivers/base/arch_numa.c, v6.1.192 – v7.2.13;
 * arch/arm64/mm/numa.c arm64_numa_init v5.10.223).
 */
function arm64NumaMemblks(layout: Layout): NumaMemblk[] | undefined {
  return numaOff(layout.cmdline) ? undefined : firmwareNumaMemblks(layout.memory)
}

/**
 * numa_nodes_parsed as NUMA init leaves it, for a caller that runs before it (the early
 * dma_contiguous_reserve() of 5.10.0 – 5.10.21): the firmware's nodes with the CPU-only ones,
 * or dummy_numa_init()'s node 0.
 */
function numaNodesParsedOf(layout: Layout): number[] {
  const firmware = arm64NumaMemblks(layout)
  return firmware ? numaNodesParsed(firmware, cpuOnlyNodes(layout, firmware)) : [0]
}

/**
 * Mirrors the memblock allocations of bootmem_init() that precede the crash reservation:
 * NUMA (distance table, NODE_DATA of each node), hugetlb_cma=, protected KVM's memory, then sparse_init() (mem_section roots,
 * usemaps, the memmap buffer, vmemmap page tables, node by node) on ≤6.x.
 * @kernel arch/arm64/mm/init.c bootmem_init; drivers/base/arch_numa.c arch_numa_init,
 *         numa_init, numa_register_nodes, setup_node_data (v6.1.192 – v7.2.13; arch/arm64/mm/numa.c
 *         in v5.10.223); mm/numa.c alloc_node_data (v6.12.117, v7.2.13); arch/arm64/kvm/pkvm.c kvm_hyp_reserve
 */
function bootmemInitAllocations(mb: Memblock, layout: Layout, policy: KernelPolicy, memstartAddr: PhysAddr, acpiDisabled: boolean, trace: Trace): ParsedNodes {
  const pol = policy.arm64!
  const page = layout.pageSize
  // arch_numa_init() → numa_init(of_numa_init), or with ACPI numa_init(arch_acpi_numa_init):
  // a node per memory node's numa-node-id (SRAT entry); without one, numa_init(dummy_numa_init):
  // node 0 over [start, end) of DRAM.
  const firmware = arm64NumaMemblks(layout)
  const cpuOnly = cpuOnlyNodes(layout, firmware)
  // numa_nodes_parsed as firmware leaves it (dummy_numa_init() sets node 0 alone below).
  const parsed = firmware && numaNodesParsed(firmware, cpuOnly)
  // 6.12+ ('lazy'): numa_set_distance() allocates the table when firmware gives distances
  // (of_numa_parse_distance_map_v1(), acpi_numa_slit_init()), inside init_func.
  if (parsed && pol.numaDistance === 'lazy' && layout.numaDistances) numaAllocDistance(mb, parsed, page)
  const blocks = firmware ?? dummyNumaInit(mb, layout, pol.numaLog, acpiDisabled ? 'dt' : 'acpi', trace)
  numaRegisterMeminfo(mb, pol.numaMemblock, blocks)
  // numa_alloc_distance(): one 256-byte table (nr_node_ids^2 rounded to a page alignment).
  if (pol.numaDistance === 'reserve') {
    const at = memblockFindInRangeNode(mb, 256n, page, 0n, memblockEndOfDram(mb))
    if (at) memblockReserve(mb, at, 256n, 'numa_distance')
  } else if (pol.numaDistance === 'alloc') {
    memblockAllocTryNid(mb, 256n, page, 0n, 0n, 'numa_distance')
  }
  // numa_register_nodes() → setup_node_data(): NODE_DATA of each node, cache-line aligned, on
  // the node; a CPU-only node's (of_numa_parse_cpu_nodes() parsed it) from any node's memory.
  const nodes = parsed ?? numaNodesParsed(blocks, cpuOnly)
  const nodeData = new Map<number, PhysAddr>()
  for (const nid of nodes) nodeData.set(nid, setupNodeData(mb, nid, layout.boot.nodeData, blocks, pol.numaLog, trace, nodeIsMemoryless(mb, nid, page)))
  // setup_node_to_cpumask_map(): a cpumask for each of nr_node_ids nodes.
  const nrNodeIds = nodes.at(-1)! + 1
  for (let n = 0; n < nrNodeIds; n++) for (const size of pol.allocsAfterNodeData) memblockAlloc(mb, size, SMP_CACHE_BYTES, 'setup')
  // arm64_hugetlb_cma_reserve(), after NUMA init has set node_online_map (a CPU-only node is
  // online too) and before sparse_init() (arch/arm64/mm/init.c@v5.10.223, @v6.12.117:335).
  hugetlbCmaReserveBeforeCrash(mb, layout.cmdline, layout.config.CMA, ARM64_HUGETLB_PAGES.get(page)![policy.hugetlbCma.arm64Order], nodes, policy, cmaRulesOf(layout, pol), trace)
  // dma_pernuma_cma_reserve() right after, up to 6.5 (CONFIG_DMA_PERNUMA_CMA, the board's
  // DMA_NUMA_CMA; arch/arm64/mm/init.c@v5.10.223, @v6.1.192:421).
  if (policy.dmaNumaCma === 'pernuma-bootmem' && layout.config.CMA && layout.config.DMA_NUMA_CMA) dmaPernumaCmaReserve(mb, numaCmaFromCmdline(layout.cmdline, policy).pernuma, nodes, cmaRulesOf(layout, pol), trace)
  // kvm_hyp_reserve() next, before sparse_init() (arch/arm64/mm/init.c@v6.1.192:423,
  // @v6.12.117:338; @v7.2.13:314 right after NUMA init, which is where it is then too).
  kvmHypReserve(mb, policy.pkvm, layout.cpu.el2 === true, layout.cmdline, trace)
  if (pol.sparseBeforeCrash) sparseInit(mb, layout, pol, nodeData, memstartAddr)
  return { nodes, firmware: parsed !== undefined }
}

/**
 * Mirrors arm64_hugetlb_cma_reserve()'s order as a size, PAGE_SIZE << order: PUD_SIZE with 4K
 * pages (pud_sect_supported()), else CONT_PMD_SIZE (32 PMDs: 1 GiB with 16K pages, 16 GiB
 * with 64K); before "arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE" the
 * order was CONT_PMD_SHIFT + PMD_SHIFT - PAGE_SHIFT, which no hugetlb_cma= size reaches. With
 * it the PMD, PAGE_SIZE << HUGETLB_PAGE_ORDER.
 * @kernel arch/arm64/mm/hugetlbpage.c arm64_hugetlb_cma_reserve (v5.10.223:39-56, v6.12.117:39-49);
 *         arch/arm64/include/asm/pgtable-hwdef.h CONT_PMD_SHIFT; arch/arm64/include/asm/hugetlb.h HUGETLB_PAGE_ORDER
 */
export function arm64HugetlbCmaPages(pageSize: PhysSize, gen: Pick<HugetlbCmaGeneration, 'arm64Order'>): NonNullable<HugetlbCmaPages> {
  // PMD_SHIFT: a page of 8-byte entries under a page; CONT_PMD_SHIFT: 16 of them (4K) or 32.
  const pageShift = pageSize === SZ_4K ? 12 : pageSize === SZ_16K ? 14 : 16
  const pmdShift = 2 * pageShift - 3
  const pmd = pow2(pmdShift)
  if (pageSize === SZ_4K) return { gigantic: SZ_1G, pmd }
  const contPmdShift = pmdShift + 5
  return { gigantic: gen.arm64Order === 'cont-pmd' ? pow2(contPmdShift) : pow2(contPmdShift + pmdShift), pmd }
}

/** arm64HugetlbCmaPages() of each granule and order, worked out once (looked up per layout). */
const ARM64_HUGETLB_PAGES = new Map(
  [SZ_4K, SZ_16K, SZ_64K].map((page) => [page, { 'cont-pmd': arm64HugetlbCmaPages(page, { arm64Order: 'cont-pmd' }), 'cont-pmd-plus-pmd': arm64HugetlbCmaPages(page, { arm64Order: 'cont-pmd-plus-pmd' }) }] as const),
)

/**
 * numa_nodes_parsed once NUMA init has run (the firmware's nodes, CPU-only ones included, or
 * dummy_numa_init()'s node 0), and whether firmware gave them: what free_area_init() and
 * dma_contiguous_reserve()'s per-node areas walk, worked out once in bootmem_init().
 */
interface ParsedNodes {
  nodes: readonly number[]
  firmware: boolean
}

/**
 * Mirrors sparse_init() with SPARSEMEM_VMEMMAP: memblocks_present() (the root array, one
 * mem_section array per root touched, on the node of the first section in it), then for each
 * run of present sections on one node sparse_init_nid(): the usemaps (near the node's
 * NODE_DATA section), the memmap buffer on the node, vmemmap_populate() of each section and
 * sparse_buffer_fini().
 * @kernel mm/sparse.c sparse_init, memblocks_present, memory_present, sparse_index_init,
 *         sparse_index_alloc, sparse_init_nid (v5.10.223, v6.1.192, v6.12.117; v6.16.3 –
 *         v6.19.6 allocate alike: sparse_usage_init() is the usemap allocation,
 *         sparse_vmemmap_init_nid_early() only HugeTLB's preinit)
 */
function sparseInit(mb: Memblock, layout: Layout, pol: NonNullable<KernelPolicy['arm64']>, nodeData: ReadonlyMap<number, PhysAddr>, memstartAddr: PhysAddr): void {
  const page = layout.pageSize
  const sc = sparseConstantsOf(pol, page, layout.config)
  const sectionSize = sc.sectionSize
  const sectionsPerRoot = sc.sectionsPerRoot
  // Present sections, as runs of consecutive section numbers on one node, and the
  // mem_section roots they fall in with the node of the section that touched each first,
  // counted per memory region (regions are sorted, so a section shared by two regions is
  // the previous one's last, and keeps that region's node: memory_present() sets a
  // section's node once). The section numbers are pfn_to_section_nr(), a shift: addresses
  // are non-negative, so dividing by SECTION_SIZE is that shift (and cheaper here, phys.ts pow2).
  const groups: Array<{ nid: number; runs: bigint[]; nrSections: bigint }> = []
  const rootNids: number[] = []
  let lastSection = -1n
  let lastRoot = -1n
  for (const r of mb.memory.regions) {
    let first = r.base / sectionSize
    const last = (r.base + r.size - 1n) / sectionSize
    if (first === lastSection) first++
    if (first > last) continue
    let g = groups.at(-1)
    if (!g || g.nid !== r.nid) groups.push((g = { nid: r.nid, runs: [], nrSections: 0n }))
    const runs = g.runs
    if (runs.length > 0 && runs[runs.length - 1] === first) runs[runs.length - 1] = last + 1n
    else runs.push(first, last + 1n)
    g.nrSections += last - first + 1n
    lastSection = last
    let firstRoot = first / sectionsPerRoot
    const endRoot = last / sectionsPerRoot
    if (firstRoot === lastRoot) firstRoot++
    for (let root = firstRoot; root <= endRoot; root++) rootNids.push(r.nid)
    lastRoot = endRoot
  }
  if (groups.length === 0) return
  // memblocks_present(): the root array, then a section array for each root hit.
  // NR_SECTION_ROOTS pointers: 2^(MAX_PHYSMEM_BITS - SECTION_SIZE_BITS) / SECTIONS_PER_ROOT.
  const rootBytes = (pow2(layout.paBits - sc.sectionBits) / sectionsPerRoot) * 8n
  memblockAlloc(mb, rootBytes, SMP_CACHE_BYTES, 'mem_section')
  for (const nid of rootNids) memblockAllocTryNid(mb, page, SMP_CACHE_BYTES, 0n, 0n, 'sparse_index_alloc', nid)
  // layout.vaBits is the VA size the kernel runs with, VMEMMAP_START uses the configured
  // VA_BITS. They differ for a 52-bit 4K/16K build without LPA2 and for any 52-bit build
  // booted with arm64.nolva (6.9+, 64K too); the start then moves by a multiple of every
  // table span counted here below about 128 TiB of RAM (the diff review's arithmetic), so the
  // running width is used.
  const at = pol.vmemmapStart(page, layout.vaBits)
  const populated: bigint[] = []
  for (const g of groups) {
    // sparse_early_usemaps_alloc_pgdat_section(): near the node's NODE_DATA, i.e. in its section.
    const nodeDataSection = roundDown(nodeData.get(g.nid) ?? 0n, sectionSize)
    memblockAllocTryNid(mb, sc.usemapBytes * g.nrSections, SMP_CACHE_BYTES, nodeDataSection, nodeDataSection + sectionSize, 'usemap', g.nid)
    const runs = vmemmapRuns(g.runs, sc.memmapPerSection, page, memstartAddr, at.start)
    populateSectionMemmaps(mb, sc, g.nrSections, runs, populated, at, g.nid)
    for (const v of runs) populated.push(v)
  }
}

/**
 * The constants of sparse_init() and vmemmap_populate() for one kernel (its section size,
 * mem_section size and pageblock bits), granule and pageblock_order: sizes the kernel
 * computes from macros, worked out once for each (sparseConstantsOf()).
 */
interface SparseConstants {
  /** SECTION_SIZE_BITS and its SECTION_SIZE. */
  sectionBits: number
  sectionSize: PhysSize
  /** SECTIONS_PER_ROOT: a page of struct mem_section. */
  sectionsPerRoot: bigint
  /** mem_section_usage of one section: rcu_head, subsection_map, NR_PAGEBLOCK_BITS per pageblock (in longs). */
  usemapBytes: PhysSize
  /** The struct pages of one section. */
  memmapPerSection: PhysSize
  page: PhysSize
  /** PMD_SIZE: a page of 8-byte entries, each mapping a page. */
  pmdSize: PhysSize
  /** With 4K pages vmemmap_populate() maps PMD blocks (vmemmap_populate_hugepages()). */
  hugepages: boolean
  /** section_map_size(): the memmap of a section rounded up to PMD_SIZE. */
  sectionMapSize: PhysSize
  /**
   * The spans of the two table levels vmemmap_populate() allocates (tablesNeeded()): with 4K
   * pages PUD_SIZE (a PMD table each) and PGDIR_SIZE (a PUD table each), else PMD_SIZE and PUD_SIZE.
   */
  lowerTableSpan: PhysSize
  upperTableSpan: PhysSize
}

/**
 * SparseConstants by policy, then by granule and pageblock_order: a handful per policy,
 * which holds them for as long as it lives (its tables are module constants).
 */
const SPARSE_CONSTANTS = new WeakMap<object, Map<number, SparseConstants>>()

/** sparse_init()'s constants for this policy, granule and configuration (SPARSE_CONSTANTS). */
function sparseConstantsOf(pol: NonNullable<KernelPolicy['arm64']>, page: PhysSize, config: Layout['config']): SparseConstants {
  const order = pol.pageblockOrder(page, config)
  const key = (page === SZ_4K ? 0 : page === SZ_16K ? 1 : page === SZ_64K ? 2 : 3) * 64 + order
  let byKey = SPARSE_CONSTANTS.get(pol)
  if (!byKey) SPARSE_CONSTANTS.set(pol, (byKey = new Map()))
  let sc = byKey.get(key)
  if (sc && sc.page === page) return sc
  const sectionBits = pol.sectionSizeBits(page)
  const sectionSize = pow2(sectionBits)
  const pagesPerSection = sectionSize / page
  const subsections = sectionSize / SZ_2M
  // PAGES_PER_SECTION >> pageblock_order (9, 11 or 13 by granule), as a division (phys.ts pow2).
  const pageblocks = pagesPerSection / pow2(order)
  const memmapPerSection = pagesPerSection * STRUCT_PAGE_BYTES
  const ptrsPerTable = page / 8n
  const pmdSize = page * ptrsPerTable
  const pudSize = pmdSize * ptrsPerTable
  const hugepages = page === SZ_4K
  sc = {
    sectionBits,
    sectionSize,
    sectionsPerRoot: page / pol.memSectionBytes,
    usemapBytes: 16n + roundUp(subsections, 64n) / 8n + roundUp(pageblocks * pol.pageblockBits, 64n) / 8n,
    memmapPerSection,
    page,
    pmdSize,
    hugepages,
    sectionMapSize: roundUp(memmapPerSection, pmdSize),
    // 4K: a PMD table per PUD_SIZE, a PUD table per PGDIR (P4D) size; else a PTE table per
    // PMD_SIZE, a PMD table per PUD_SIZE.
    lowerTableSpan: hugepages ? pudSize : pmdSize,
    upperTableSpan: hugepages ? pudSize * ptrsPerTable : pudSize,
  }
  byKey.set(key, sc)
  return sc
}

/** sizeof(struct page) in every generation and configuration the engine models. */
const STRUCT_PAGE_BYTES = 64n

/**
 * The vmemmap addresses [start, end) of the present sections' struct pages: arm64's vmemmap
 * is VMEMMAP_START - (memstart_addr >> PAGE_SHIFT) struct pages, so a pfn's struct page lies
 * (pfn - memstart pfn) * 64 bytes above VMEMMAP_START (modulo 2^64, as the kernel's
 * unsigned arithmetic). `memmapPerSection` is a section's struct pages (PAGES_PER_SECTION
 * * 64 bytes), so section `sec` starts sec * memmapPerSection above vmemmap.
 * @kernel arch/arm64/include/asm/pgtable.h vmemmap (v5.10.223, v6.1.192, v6.12.117)
 */
function vmemmapRuns(sectionRuns: readonly bigint[], memmapPerSection: PhysSize, page: PhysSize, memstartAddr: PhysAddr, vmemmapStart: PhysAddr): bigint[] {
  // vmemmap, unwrapped: each sum below wraps once, as the kernel's does.
  const vmemmap = vmemmapStart - (memstartAddr / page) * STRUCT_PAGE_BYTES
  const out: bigint[] = []
  for (const sec of sectionRuns) out.push(BigInt.asUintN(64, vmemmap + sec * memmapPerSection))
  return out
}

/**
 * Page tables the sorted, disjoint address ranges of `runs` need at one level: one per
 * `span`-sized block they touch, except the block that holds the fixmap, whose static
 * table is already there (5.10's first vmemmap blocks; with 64K pages on 6.9+, the 4 TiB
 * block of every memmap), and the blocks an earlier node's ranges (`before`, sorted, below
 * `runs`) touched, whose tables that node's vmemmap_populate() made: the count starts
 * from the block the last of them ended in.
 */
function tablesNeeded(runs: readonly bigint[], span: PhysSize, at: VmemmapStart, before: readonly bigint[] = []): number {
  let n = 0n
  let last = before.length === 0 ? -1n : (before[before.length - 1]! - 1n) / span
  const shared = at.fixmapTop / span
  for (let i = 0; i < runs.length; i += 2) {
    let first = runs[i]! / span
    const end = (runs[i + 1]! - 1n) / span
    if (first === last) first++
    if (first <= end) n += end - first + 1n - (shared >= first && shared <= end ? 1n : 0n)
    last = end
  }
  return Number(n)
}

/**
 * sparse_buffer_init(), vmemmap_populate() of every present section, sparse_buffer_fini().
 *
 * The buffer is section_map_size() per present section: the section's struct pages rounded up
 * to PMD_SIZE (2M, 32M, 512M by granule), aligned to that. With 4K pages vmemmap_populate()
 * maps the memmap with PMD blocks taken from the buffer and allocates a PMD table per 1 GiB
 * and a PUD table per 512 GiB of vmemmap; with 16K and 64K pages (no PMD mappings for the
 * kernel) it maps base pages, one buffer page at a time, and allocates a PTE table per
 * PMD_SIZE and a PMD table per PUD_SIZE. The level above those is the kernel's own
 * (swapper's; one 16K boot shows it). Every table is one page from memblock
 * (__earlyonly_bootmem_alloc(), from the start of DRAM up); when the buffer could not be
 * allocated each memmap page or block comes from memblock the same way. What the sections
 * leave of the buffer goes back to memblock (16K: 512K of every 32M).
 * @kernel mm/sparse.c section_map_size, sparse_buffer_init, sparse_buffer_alloc,
 *         sparse_buffer_fini; mm/mm_init.c memmap_alloc (mm/page_alloc.c in 6.1; 5.10 calls
 *         memblock_alloc_exact_nid_raw() directly); mm/sparse-vmemmap.c
 *         vmemmap_populate_basepages, vmemmap_populate_hugepages (v6.12.117; arm64's own loop in
 *         v5.10.223, v6.1.192),
 *         vmemmap_alloc_block_buf, __earlyonly_bootmem_alloc; arch/arm64/mm/mmu.c
 *         vmemmap_populate (v5.10.223, v6.1.192, v6.12.117; 16K checked on a 6.12.117 boot)
 */
function populateSectionMemmaps(mb: Memblock, sc: SparseConstants, nrSections: bigint, runs: bigint[], before: readonly bigint[], at: VmemmapStart, nid: number): void {
  const { page, pmdSize, hugepages, sectionMapSize, memmapPerSection, lowerTableSpan, upperTableSpan } = sc
  // The allocations below leave memblock.memory alone, so the start of DRAM is read once.
  const startOfDram = memblockStartOfDram(mb)
  const bufSize = sectionMapSize * nrSections
  // memmap_alloc(): memblock_alloc_exact_nid_raw(), on the node only.
  const buf = memblockAllocTryNid(mb, bufSize, sectionMapSize, startOfDram, 0n, 'memmap', nid, true)
  const tables = tablesNeeded(runs, lowerTableSpan, at, before) + tablesNeeded(runs, upperTableSpan, at, before)
  if (buf) {
    memblockAllocPages(mb, tables, page, startOfDram, 0n, 'vmemmap', nid)
    // sparse_buffer_fini(): base pages use memmapPerSection of each section's share.
    const used = hugepages ? bufSize : memmapPerSection * nrSections
    if (used < bufSize) memblockPhysFree(mb, buf + used, bufSize - used)
  } else if (!hugepages) {
    // Tables and memmap pages alike: single pages, so their order does not matter.
    memblockAllocPages(mb, tables + Number((memmapPerSection / page) * nrSections), page, startOfDram, 0n, 'vmemmap', nid)
  } else {
    // vmemmap_alloc_block(PMD_SIZE) for each block, after the tables it needs (a failed
    // block would fall back to base pages: not modelled, memory is then all but gone).
    // The fixmap's blocks already have their tables. (4K: a PMD table per PUD_SIZE, the lower
    // span; a PUD table per PGDIR_SIZE, the upper one.)
    const fixmapPmdTable = at.fixmapTop / lowerTableSpan
    const fixmapPudTable = at.fixmapTop / upperTableSpan
    // An earlier node's last block left its tables for this node's first.
    const prevEnd = before.length > 0 ? before.at(-1)! - 1n : undefined
    let lastPmdTable = prevEnd === undefined ? -1n : prevEnd / lowerTableSpan
    let lastPudTable = prevEnd === undefined ? -1n : prevEnd / upperTableSpan
    for (let i = 0; i < runs.length; i += 2) {
      for (let off = runs[i]!; off < runs[i + 1]!; off += pmdSize) {
        if (off / upperTableSpan !== lastPudTable) {
          lastPudTable = off / upperTableSpan
          if (lastPudTable !== fixmapPudTable) memblockAllocTryNid(mb, page, page, startOfDram, 0n, 'vmemmap', nid)
        }
        if (off / lowerTableSpan !== lastPmdTable) {
          lastPmdTable = off / lowerTableSpan
          if (lastPmdTable !== fixmapPmdTable) memblockAllocTryNid(mb, page, page, startOfDram, 0n, 'vmemmap', nid)
        }
        memblockAllocTryNid(mb, pmdSize, pmdSize, startOfDram, 0n, 'vmemmap', nid)
      }
    }
  }
}

/** What arm64's boot has done when the crash reservation comes. */
interface Arm64Prefix {
  mb: Memblock
  memstartAddr: PhysAddr
  /** /reserved-memory as the early scan left it (the late pass runs in unflatten_device_tree()). */
  reservedMem: ReservedMemState
  /** What acpi_boot_table_init() decides and prints (after paging_init(): arm64BootMiddle() puts the lines). */
  acpi: AcpiBootTableInitResult
  reservedMemCtx: ReservedMemContext
  /** The reservation runs in arm64_memblock_init() (before paging_init()). */
  early: boolean
  /** Deferred reservation: paging_init() … dma_contiguous_reserve() have run. */
  middle?: Arm64Middle
  /** Deferred reservation: free_area_init() on the prefix's memblock.memory. */
  zoneBlock?: ReturnType<typeof freeAreaInit>
  /** Deferred reservation, zone block printed in the prefix (≤6.x): the events after it. */
  zoneTail?: number | undefined
}

/** paging_init() … dma_contiguous_reserve(): the part of the boot between the two reservation points. */
interface Arm64Middle {
  paging: Arm64PagingResult
  zones: ReturnType<NonNullable<KernelPolicy['arm64']>['zones']>
  /** CRASH_ADDR_LOW_MAX of a deferred reservation (the policy's crashLowMax). */
  lowMax: PhysAddr
  /** numa_nodes_parsed after bootmem_init()'s NUMA init. */
  numa: ParsedNodes
}

const zoneInputsOf = (mb: Memblock, layout: Layout, acpiDisabled: boolean, ofRoot: boolean) => ({
  startOfDram: memblockStartOfDram(mb),
  endOfDram: memblockEndOfDram(mb),
  dma: layout.dma,
  acpiDisabled,
  ofRoot,
  config: layout.config,
  physMaskPlus1: pow2(layout.paBits),
})

/**
 * setup_arch() up to the crash reservation: setup_machine_fdt(), arm64_memblock_init() and
 * the /reserved-memory scan, then, when the reservation is deferred to bootmem_init(), the
 * middle of the boot too.
 */
function arm64BootPrefix(layout: Layout, policy: KernelPolicy, trace: Trace): Arm64Prefix {
  const pol = policy.arm64!
  const mb = memblockCreate(layout.pageSize, pol.memblockRsrvKern, policy.memblock)
  setupMachineFdt(mb, layout, trace)
  // UEFI firmware with ACPI tables (the board's "acpi"): its reservations are the EFI memory
  // map's, taken by efi_init() before arm64_memblock_init(), whether the kernel then runs with
  // ACPI or not; the device tree the scan then reads is the EFI stub's, which has no
  // /reserved-memory (arch/arm64/kernel/setup.c setup_arch@v7.1.3:323-332).
  // On a device tree booted through the stub (U-Boot's UEFI), efi_init() reserves only the
  // map, its ACPI reclaim memory and the configuration tables (the board's `efi` ones), and the
  // scan reads the rest from the tree (setup_arch@v6.12.117: efi_init() before arm64_memblock_init()).
  if (layout.acpi) efiReserveRegions(mb, layout.reservations)
  else efiInitReserve(mb, layout.reservations)
  const memstartAddr = arm64MemblockInit(mb, layout, policy, trace)
  const reservedMemCtx = reservedMemContext(layout, policy)
  const reservedMem = earlyInitFdtScanReservedMem(mb, layout.acpi ? [] : dtReservations(layout.reservations), reservedMemCtx, trace)
  // acpi_boot_table_init() reads the flags parse_early_param() set and the firmware's tables,
  // nothing of memblock: decided here, printed where it runs.
  const acpi = acpiBootTableInit(acpiParamsFromCmdline(layout.cmdline, pol.acpiBoot), acpiFirmwareOf(layout.acpi), pol.acpiBoot, layout.cmdline)
  const dmaZones = layout.config.ZONE_DMA || layout.config.ZONE_DMA32
  const early = pol.crashWhen === 'memblock-init' || (pol.crashWhen === 'bootmem-if-dma-zones' && !dmaZones)
  if (early) return { mb, memstartAddr, reservedMem, reservedMemCtx, acpi, early }
  const middle = arm64BootMiddle(mb, layout, policy, trace, reservedMem, reservedMemCtx, acpi, memstartAddr, undefined)
  // bootmem_init(): zone_sizes_init() → free_area_init() comes before the deferred reservation
  // (≤6.x); from 7.0 mm_core_init_early() runs it after setup_arch(), so its lines follow the
  // crash reservation's (arch/arm64/mm/init.c bootmem_init@v7.0.4, mm/mm_init.c@v7.0.4; the
  // 7.2 boots print "Zone ranges:" after "crashkernel reserved:").
  const zones = arm64ZonesAndCma(mb, layout, policy, middle, reservedMem, trace)
  return { mb, memstartAddr, reservedMem, reservedMemCtx, acpi, early, middle, zoneBlock: zones.zoneBlock, zoneTail: zones.tail }
}

/** kernelcore=, movablecore= and movable_node as this kernel reads them (zones.ts). */
const zoneMovableOf = (layout: Layout, policy: KernelPolicy) => zoneMovableInput(layout.cmdline, layout.pageSize, policy.parse, policy.zoneMovable)

/**
 * The nodes free_area_init() walks: every parsed one (CPU-only ones too), online since
 * numa_register_nodes(); none listed when dummy_numa_init() made node 0 (bootmem_init()'s
 * ParsedNodes).
 */
function zoneNodesOf(numa: ParsedNodes, policy: KernelPolicy): FreeAreaInitNodes {
  return { nodes: numa.firmware ? numa.nodes.map((nid) => ({ nid, online: true })) : [], generation: policy.memorylessNode }
}

/**
 * paging_init(), unflatten_device_tree(), bootmem_init()'s allocations and the zone limits;
 * `earlyCrash` is the crash region an early reservation placed. arm64ZonesAndCma() goes on
 * from there.
 */
function arm64BootMiddle(
  mb: Memblock,
  layout: Layout,
  policy: KernelPolicy,
  trace: Trace,
  reservedMem: ReservedMemState,
  reservedMemCtx: ReservedMemContext,
  acpi: AcpiBootTableInitResult,
  memstartAddr: PhysAddr,
  earlyCrash: PhysRange | undefined,
): Arm64Middle {
  const pol = policy.arm64!
  const paging = arm64PagingInit(mb, layout, policy, trace, memstartAddr, earlyCrash)
  // acpi_boot_table_init() (arch/arm64/kernel/setup.c@v6.12.117:340).
  for (const e of acpi.events) trace.events.push(e)
  // unflatten_device_tree(): the late /reserved-memory pass (6.12+), the tree, then
  // of_alias_scan()'s alias table (QEMU's serial0: 47 bytes); with `acpi=off` on an ACPI
  // board, the EFI stub's tree. setup_arch() calls it only `if (acpi_disabled)`
  // (arch/arm64/kernel/setup.c@v6.12.117:342-343, @v5.10.223:340-341): an ACPI boot prints
  // no "No reserved-memory node" line (test/boots/cmdline-size's arm64 efi boots).
  if (acpi.acpiDisabled) unflattenDeviceTree(mb, reservedMem, reservedMemCtx, trace, unflattenSizes(layout, pol.ofStructs))
  const numa = bootmemInitAllocations(mb, layout, policy, memstartAddr, acpi.acpiDisabled, trace)
  const inputs = zoneInputsOf(mb, layout, acpi.acpiDisabled, acpi.acpiDisabled)
  const zones = pol.zones(inputs)
  return { paging, zones, lowMax: crashAddrLowMax(pol.crashLowMax, zones, inputs), numa }
}

/**
 * bootmem_init() after its allocations: zone_sizes_init() → free_area_init(), then
 * dma_contiguous_reserve() (where arm64_memblock_init() has not run it), in the release's
 * order (arch/arm64/mm/init.c bootmem_init@v6.1.192). Up to 6.x the zone block is printed
 * here, before the CMA area's line ("Zone ranges:" comes before "cma: Reserved" in the 5.10,
 * 6.1 and 6.12 boots); from 7.0 mm_core_init_early() runs free_area_init() after setup_arch()
 * (@v7.0.4), so the block is only computed here: what it computes reads memblock.memory only,
 * which neither reservation touches. `tail`: how many events followed a block printed here.
 */
function arm64ZonesAndCma(mb: Memblock, layout: Layout, policy: KernelPolicy, middle: Arm64Middle, reservedMem: ReservedMemState, trace: Trace): { zoneBlock: ReturnType<typeof freeAreaInit>; tail?: number } {
  const pol = policy.arm64!
  const zoneBlock = freeAreaInit(mb, zoneSpecsOf(mb, layout, middle.zones), layout.pageSize, zoneMovableOf(layout, policy), zoneNodesOf(middle.numa, policy))
  if (!pol.sparseBeforeCrash) {
    if (!pol.cmaInMemblockInit) arm64DmaContiguousReserve(mb, layout, policy, middle.zones, reservedMem, trace, middle.numa.nodes)
    return { zoneBlock }
  }
  for (const e of zoneBlock.events) trace.events.push(e)
  const at = trace.events.length
  if (!pol.cmaInMemblockInit) arm64DmaContiguousReserve(mb, layout, policy, middle.zones, reservedMem, trace, middle.numa.nodes)
  return { zoneBlock, tail: trace.events.length - at }
}

/**
 * dma_contiguous_reserve(arm64_dma_phys_limit) (…dma32… up to 5.10.36): from bootmem_init(),
 * or (5.10.0 – 5.10.21) at the end of arm64_memblock_init(), after the crash reservation and
 * before paging_init(). A DT pool that is already the default area (rmem_cma_setup(), during
 * arm64_memblock_init()) leaves out the global area only: the per-node areas of 7.x's
 * dma_numa_cma_reserve(), called after that block unconditionally, then take that pool's
 * size (kernel/dma/contiguous.c@v7.2.13:205-208, :280, :313). `parsed` is numa_nodes_parsed
 * from bootmem_init()'s NUMA init (ParsedNodes), when that has run.
 * @kernel arch/arm64/mm/init.c bootmem_init, arm64_memblock_init (v5.10.223; 5.10.0 reconstructed);
 *         kernel/dma/contiguous.c dma_contiguous_reserve (v7.2.13)
 */
function arm64DmaContiguousReserve(mb: Memblock, layout: Layout, policy: KernelPolicy, zones: Arm64Middle['zones'], reservedMem: ReservedMemState, trace: Trace, parsed?: readonly number[]): void {
  const pol = policy.arm64!
  if (!layout.config.CMA) return
  // nr_online_nodes and for_each_node(): a CPU-only node is online too (numa_register_nodes()).
  const online = parsed ?? numaNodesParsedOf(layout)
  const dtDefaultSize = reservedMem.cmaDefault ? reservedMem.cmaDefaultSize : undefined
  dmaContiguousReserve(mb, dmaContiguousLimit(pol.crashLowMax, zones), { cmdline: layout.cmdline, policy, config: layout.config, dtDefaultSize, online }, cmaRulesOf(layout, pol), trace)
}

/** The zones free_area_init() lays out (max_zone_pfns of zone_sizes_init()). */
function zoneSpecsOf(mb: Memblock, layout: Layout, zones: Arm64Middle['zones']): ZoneSpec[] {
  const zoneSpecs: ZoneSpec[] = []
  if (layout.config.ZONE_DMA) zoneSpecs.push({ name: 'DMA', limit: zones.dma! })
  if (layout.config.ZONE_DMA32) zoneSpecs.push({ name: 'DMA32', limit: zones.dma32! })
  zoneSpecs.push({ name: 'Normal', limit: memblockEndOfDram(mb) })
  if (layout.config.ZONE_DEVICE) zoneSpecs.push({ name: 'Device', limit: 0n })
  return zoneSpecs
}


/** The crash reservation (early or deferred) and what the rules read afterwards. */
function arm64BootFinish(p: Arm64Prefix, mb: Memblock, prefixMemory: readonly MemblockRegion[], layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult {
  const pol = policy.arm64!
  // The prefix's events end the trace so far: a zone block it printed is `zoneTail` before here.
  const prefixEnd = trace.events.length
  const physMaskPlus1 = pow2(layout.paBits)
  let crash: ReturnType<KernelPolicy['crash']['reserve']>
  let middle: Arm64Middle
  let lowMax: PhysAddr
  let zoneBlock: ReturnType<typeof freeAreaInit>
  // Where the zone lines go, or -1 while they are still to be printed (after the reservation).
  let zoneLinesAt = -1
  // The trace right after the reservation, where a hang ends it (linesBeforeHang()).
  let afterCrash: number
  if (p.early) {
    // Without DMA zones arm64_dma_phys_limit is PHYS_MASK + 1 (static init); 5.10.0 used
    // arm64_dma32_phys_limit, computed in arm64_memblock_init itself.
    // The limits as arm64_memblock_init() sees them (memblock.memory is final by then).
    // acpi_boot_table_init() and unflatten_device_tree() have not run yet: acpi_disabled is
    // still its initial 1 and of_root NULL (no policy reserving here reads either).
    const inputs = zoneInputsOf(mb, layout, true, false)
    const zones = pol.zones(inputs)
    lowMax = pol.crashWhen === 'memblock-init' ? crashAddrLowMax(pol.crashLowMax, zones, inputs) : physMaskPlus1
    crash = reserveCrashkernelOf(mb, trace, layout, policy, lowMax, physMaskPlus1)
    afterCrash = trace.events.length
    if (pol.cmaInMemblockInit) arm64DmaContiguousReserve(mb, layout, policy, zones, p.reservedMem, trace)
    const crashRange = crash.outcome.kind === 'reserved' ? crash.outcome.main : undefined
    middle = arm64BootMiddle(mb, layout, policy, trace, p.reservedMem, p.reservedMemCtx, p.acpi, p.memstartAddr, crashRange)
    const bootmem = arm64ZonesAndCma(mb, layout, policy, middle, p.reservedMem, trace)
    zoneBlock = bootmem.zoneBlock
    if (bootmem.tail !== undefined) zoneLinesAt = trace.events.length - bootmem.tail
  } else {
    middle = p.middle!
    lowMax = middle.lowMax
    crash = reserveCrashkernelOf(mb, trace, layout, policy, lowMax, physMaskPlus1)
    afterCrash = trace.events.length
    // free_area_init() reads memblock.memory only, which a reservation leaves alone.
    zoneBlock = memblockSameMemory(mb, prefixMemory) ? p.zoneBlock! : freeAreaInit(mb, zoneSpecsOf(mb, layout, middle.zones), layout.pageSize, zoneMovableOf(layout, policy), zoneNodesOf(middle.numa, policy))
    if (p.zoneTail !== undefined) zoneLinesAt = prefixEnd - p.zoneTail
  }
  // 7.3+: arch_reserve_crashkernel() passes cma_size and reserves the ,cma areas right after
  // the crash kernel (arch/arm64/mm/init.c@v7.3.4:99-117; @v7.2.13 passes NULL). 7.3 reserves
  // from bootmem_init() only, so the areas follow the deferred reservation.
  if (policy.crash.parseCma) crash = reserveCrashkernelCma(mb, crash, layout.pageSize, layout.config.CMA, cmaRulesOf(layout, pol), trace)
  // 7.0+: free_area_init() after setup_arch(), its lines (find_zone_movable_pfns_for_nodes()'s
  // first) after the reservation's.
  // An early reservation comes before bootmem_init()'s zone block whatever the release.
  const zonesAfterCrash = p.early || zoneLinesAt < 0
  if (zoneLinesAt < 0) {
    for (const e of zoneBlock.events) trace.events.push(e)
    zoneLinesAt = trace.events.length
  }
  // The crash regions by address: main, and low below or above it.
  const out = crash.outcome
  const regions: PhysRange[] =
    out.kind !== 'reserved' ? [] : !out.low ? [out.main] : out.low.base < out.main.base ? [out.low, out.main] : [out.main, out.low]
  const linearMap = arm64LinearMapFacts(middle.paging, regions)
  const pageKey = layout.pageSize === SZ_4K ? '4K' : layout.pageSize === SZ_16K ? '16K' : '64K'
  // arch_kexec_protect_crashkres() unmaps the loaded segments, and kexec_load() keeps a crash
  // image's segments inside crashk_res (sanity_check_segment_list(), kernel/kexec_core.c
  // v6.1.192): only the main region's mapping matters, never crashk_low_res's.
  const mainIndex = out.kind === 'reserved' ? regions.indexOf(out.main) : -1
  const protection = protectionFacts(pol.protection, {
    crashReserved: mainIndex >= 0,
    reservedEarly: p.early,
    crashRegionPageMapped: mainIndex >= 0 && isPageMapped(linearMap.crashHistogram[mainIndex]!, pageKey),
    // 5.10's deferred fixed base accepts a no-map region (arch/arm64/mm/init.c@v5.10.223:121-130),
    // which map_mem() then leaves out of the linear map (mmu.c@v5.10.223:526-537).
    crashRegionUnmapped: mainIndex >= 0 && isUnmapped(linearMap.crashHistogram[mainIndex]!),
  })
  const printed = linesBeforeHang(crash, trace, afterCrash, zonesAfterCrash, zoneBlock.lines, zoneLinesAt)
  return {
    mb,
    crash,
    lowMax,
    highMax: physMaskPlus1,
    zoneLines: printed.zoneLines,
    zoneLinesAt: printed.zoneLinesAt,
    zoneRanges: zoneBlock.zones,
    linearMap,
    protection,
    extra: { memstartAddr: p.memstartAddr, paging: middle.paging },
  }
}

/** arm64's boot split at the crash reservation (boot-prefix.ts). */
export const arm64SplitBoot: SplitBoot<Arm64Prefix> = { prefix: arm64BootPrefix, finish: arm64BootFinish }

/**
 * Engine helper (no kernel counterpart): the arm64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs arm64 boot up to and including the crash reservation.
 */
export function arm64Boot(layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult {
  return bootWithSharedPrefix(arm64SplitBoot, idregOverrideBits(layout, policy), policy, trace)
}

/**
 * Mirrors what init_feature_override() → __parse_cmdline() makes of `arm64.nolva` (an alias
 * of `id_aa64mmfr2.varange=0`), and the VA and PA widths the early boot then picks: the
 * tokens are the command line split at spaces, '-' read as '_', up to a bare "--"; a varange
 * of 0 clears VARange and (LPA2 builds) makes TGRAN read below LPA2 and PARange 48 bits. So a
 * kernel running 52 bits falls back as on a CPU without the feature: 4K and 16K pages
 * (cpu_has_lpa2() false) to VA_BITS_MIN, 48 or 47 bits, and PHYS_MASK_SHIFT 48; 64K pages
 * (cpu_has_lva() false) to 48-bit VA, the PA width staying CONFIG_ARM64_PA_BITS. Booted: a
 * Debian 6.12 with `arm64.nolva` on -cpu max (LPA2) reserves the crash kernel as on a CPU
 * without LPA2 (test/boots/nolpa2).
 *
 * @kernel arch/arm64/kernel/pi/idreg-override.c __parse_cmdline, match_options, find_field,
 *         mmfr2_varange_filter; arch/arm64/kernel/pi/map_kernel.c early_map_kernel;
 *         arch/arm64/include/asm/pgtable-prot.h PHYS_MASK_SHIFT (v6.12.117, v7.2.13)
 */
export function idregOverrideBits(layout: Layout, policy: KernelPolicy): Layout {
  if (!policy.arm64!.idregNolva || layout.vaBits <= 48 || !nolvaOnCmdline(layout.cmdline)) return layout
  if (layout.pageSize === SZ_64K) return { ...layout, vaBits: 48 }
  return { ...layout, vaBits: layout.pageSize === SZ_16K ? 47 : 48, paBits: Math.min(layout.paBits, 48) }
}

/** Whether __parse_cmdline() leaves VARange overridden to 0: the last `arm64.nolva` or `id_aa64mmfr2.varange=` token decides. */
function nolvaOnCmdline(cmdline: string): boolean {
  if (!cmdline.includes('nolva') && !cmdline.includes('varange')) return false
  let nolva = false
  for (let i = 0; i < cmdline.length; ) {
    while (isSpace(cmdline[i])) i++
    if (cmdline[i] === '-' && cmdline[i + 1] === '-' && isSpace(cmdline[i + 2])) break
    // buf[256]: a longer token ends after 255 characters, the rest is the next one.
    const from = i
    while (i < cmdline.length && !isSpace(cmdline[i]) && i - from < 255) i++
    const tok = cmdline.slice(from, i).replaceAll('-', '_')
    if (tok === 'arm64.nolva') nolva = true
    else if (tok.startsWith('id_aa64mmfr2.varange=')) {
      // find_field() → parse_hexdigit(): one hex digit, after an optional "0x" (not "00", not
      // "010"), else the token changes nothing; the filter refuses a non-zero value, which
      // drops the override made before it.
      const v = parseHexdigit(tok.slice('id_aa64mmfr2.varange='.length))
      if (v !== undefined) nolva = v === 0
    }
  }
  return nolva
}

/**
 * Mirrors parse_hexdigit(): the value of a field override, a single hex digit after an
 * optional "0x"; undefined where the kernel returns -EINVAL (the token holds no spaces, so
 * "a digit, then the end" is all that passes).
 *
 * @kernel arch/arm64/kernel/pi/idreg-override.c parse_hexdigit (:239-251@v6.12.117, :254-266@v7.2.13)
 */
function parseHexdigit(s: string): number | undefined {
  const digits = s[0] === '0' && (s[1] === 'x' || s[1] === 'X') ? s.slice(2) : s
  return /^[0-9a-fA-F]$/.test(digits) ? parseInt(digits, 16) : undefined
}
