// SPDX-License-Identifier: GPL-2.0-only
/**
 * The policy registry: for each architecture an ordered list of behaviour epochs covering
 * 5.10.0 to 7.x without gaps or overlaps (a test checks it), plus the what-if policies of
 * the 2022 LKML thread, selectable by name only.
 *
 * Version boundaries come from ../shared/reference/kernel-model.md §0.3, §1 and §7.1; each
 * policy names its sources. Where the reference marks a release as UNCONFIRMED the boundary
 * sits at the release it names and the policy says so.
 */
import { ACPI_BOOT_5_10, ACPI_BOOT_6_12, ACPI_BOOT_6_16 } from '../arm64/acpi.js'
import { zoneLimitsBits, zoneLimitsBitsOffset, zoneLimitsExact, zoneLimitsFixed30 } from '../arm64/zones.js'
import { cmaMinAlignMaxOrder, cmaMinAlignPageblock, pageblockOrderCapped, pageblockOrderPmd, sectionSizeBitsV510, sectionSizeBitsV512, vmemmapStartV510, vmemmapStartV511, vmemmapStartV69 } from '../arm64/memory.js'
import { EINVAL, ENOENT, type ParseDialect } from '../crashkernel/parse.js'
import {
  reserveCrashkernelArm64V510,
  reserveCrashkernelArm64V515,
  reserveCrashkernelArm64V519,
  reserveCrashkernelArm64V62,
  reserveCrashkernelArm64V65,
  reserveCrashkernelGeneric,
  reserveCrashkernelGenericV67,
  reserveCrashkernelNone,
  reserveCrashkernelRiscvV513,
  reserveCrashkernelRiscvV515,
  reserveCrashkernelRiscvV66,
  reserveCrashkernelRiscvV61,
  reserveCrashkernelX86V510,
} from '../crashkernel/reserve.js'
import { compareKernelVersions, kv, parseKernelVersion, type KernelVersion } from '../kernel-version.js'
import { memparseSaturating, memparseWrapping } from '../memparse.js'
import { MEMBLOCK_5_10, MEMBLOCK_5_15, MEMBLOCK_6_3, type MemblockGeneration } from '../memblock/memblock.js'
import { kstrtoboolV510, kstrtoboolV519, kstrtoboolV616 } from '../params.js'
import { SZ_16M, SZ_1M, SZ_256M, SZ_2M, SZ_4M, SZ_128M } from '../phys.js'
import type { Arch, PhysSize } from '../types.js'
import type { NumaEmuGeneration } from '../numa-emulation.js'
import { OF_RESERVED_MEM_5_10, OF_RESERVED_MEM_5_10_0, OF_RESERVED_MEM_5_14, OF_RESERVED_MEM_5_15, OF_RESERVED_MEM_5_17, OF_RESERVED_MEM_6_1, OF_RESERVED_MEM_6_12_103, OF_RESERVED_MEM_6_12_13, OF_RESERVED_MEM_6_13, OF_RESERVED_MEM_6_11, OF_RESERVED_MEM_6_3, OF_RESERVED_MEM_6_4, OF_RESERVED_MEM_6_19, OF_RESERVED_MEM_6_5, OF_RESERVED_MEM_7_1, OF_RESERVED_MEM_7_2, OF_RESERVED_MEM_7_3 } from '../reserved-mem.js'
import { OF_STRUCTS_5_10, OF_STRUCTS_5_11, OF_STRUCTS_5_12, OF_STRUCTS_6_13, OF_STRUCTS_6_7 } from '../fdt.js'
import { ARCH_NUMA_LOG_5_10, ARCH_NUMA_LOG_6_1, ARCH_NUMA_LOG_6_12, NUMA_MEMBLKS, NUMA_MEMBLOCK_ARCH_NUMA, NUMA_MEMBLOCK_X86 } from '../numa.js'
import { MEMORYLESS_NODE_5_10, MEMORYLESS_NODE_6_1, MEMORYLESS_NODE_6_12, ZONE_MOVABLE_5_10, ZONE_MOVABLE_5_11, ZONE_MOVABLE_6_1, ZONE_MOVABLE_6_6, ZONE_MOVABLE_6_12, ZONE_MOVABLE_7_2, type MemorylessNodeGeneration, type ZoneMovableGeneration } from '../zones.js'
import type { Arm64Policy, DmaNumaCmaGeneration, HugetlbBootmemGeneration, HugetlbCmaGeneration, KernelPolicy, PkvmGeneration, RiscvPolicy, X86Policy } from './types.js'

// ---------------------------------------------------------------- parse dialects

/** kernel/crash_core.c v5.10: -EINVAL when absent, exact RAM for ranges, ",high"/",low". */
const PARSE_5_10: ParseDialect = {
  memparse: memparseWrapping,
  notFound: EINVAL,
  roundUpTotalTo128M: false,
  rangeSizeExpected: 'Memory value expected',
  rangeOffsetExpected: "Memory value expected after '@'",
  suffixes: [',high', ',low'],
  rejectSizeAtLeastRam: false,
  strtoullSaturates: false,
  kstrtobool: kstrtoboolV510,
}
/**
 * 5.19 "kdump: return -ENOENT if required cmdline option does not exist"; kstrtobool()'s t/f
 * ("lib/kstrtox.c: add "false"/"true" support to kstrtobool()", the 5.19 mm merge). Both in
 * kernel/crash_core.c@v5.19:244 and lib/kstrtox.c@v5.19:348-388, neither in v5.17 (no 5.18
 * tree at hand: taken as 5.19).
 */
const PARSE_5_19: ParseDialect = { ...PARSE_5_10, notFound: ENOENT, kstrtobool: kstrtoboolV519 }
/**
 * 6.0 "kdump: round up the total memory size to 128M for crashkernel reservation":
 * parse_crashkernel_mem()'s roundup(total_mem, SZ_128M) is in kernel/crash_core.c@v6.0:57,
 * not in kernel/crash_core.c@v5.19.
 */
const PARSE_6_0: ParseDialect = { ...PARSE_5_19, roundUpTotalTo128M: true }
/**
 * 6.9 kernel/crash_reserve.c: the size message gained its prefix, the '@' one a typo
 * (kernel/crash_reserve.c@v6.11:111,134; kernel/crash_core.c@v6.8:122,145 has neither: 6.9 or
 * 6.10, UNCONFIRMED which, taken as 6.9, the release that split crash_reserve.c out).
 */
const PARSE_6_9: ParseDialect = {
  ...PARSE_6_0,
  rangeSizeExpected: 'crashkernel: Memory value expected',
  rangeOffsetExpected: "crahskernel: Memory value expected after '@'",
}
/**
 * 6.12: crash_size >= system RAM is rejected ("crash: Fix crash memory reserve exceed system
 * memory bug", Jinjie Ruan, 2024): in kernel/crash_reserve.c@v6.12.117:338 and @v6.14:338, not
 * in kernel/crash_reserve.c@v6.11 (parse_crashkernel() ends at :335-339 without it), nor in
 * 6.1.192's crash_core.c. Debian's 6.12 changelog lists no 6.12.4 – 6.12.117 stable change
 * bringing it, so 6.12.0 – 6.12.3; taken as 6.12.0.
 */
const PARSE_6_12: ParseDialect = { ...PARSE_6_9, rejectSizeAtLeastRam: true }
/**
 * 6.16: the '@' message spelt right again (kernel/crash_reserve.c@v6.16.3:134,
 * @v6.17:136; the typo still at kernel/crash_reserve.c@v6.14:134) and kstrtobool()'s e/E/d/D
 * (lib/kstrtox.c@v6.16.3:354-364, @v6.17; not @v6.14). 6.15 or 6.16 for each: no 6.15 tree at
 * hand, UNCONFIRMED which, taken as 6.16.
 */
const PARSE_6_16: ParseDialect = { ...PARSE_6_12, rangeOffsetExpected: "crashkernel: Memory value expected after '@'", kstrtobool: kstrtoboolV616 }
/**
 * 6.17: the ",cma" suffix class (suffix_tbl[SUFFIX_CMA], kernel/crash_reserve.c@v6.17.8:175-183;
 * absent from kernel/crash_reserve.c@v6.16.3, so 6.17.0 unless 6.17.y backported a feature).
 */
const PARSE_6_17: ParseDialect = { ...PARSE_6_16, suffixes: [',high', ',low', ',cma'] }
/**
 * 7.2: memparse() and _parse_integer_limit() (so simple_strtoull()) saturate at ULLONG_MAX,
 * and memparse() takes a suffix only after digits (lib/cmdline.c@v7.2.13:153-196 memparse,
 * lib/kstrtox.c@v7.2.13:58-95; lib/cmdline.c@v7.1.3 and lib/kstrtox.c@v7.1.3 still wrap):
 * 7.2.0, unless 7.2.y backported it (kernel-doc rewrites came with it: unlikely stable).
 */
const PARSE_7_2: ParseDialect = {
  ...PARSE_6_17,
  memparse: memparseSaturating,
  strtoullSaturates: true,
}

/** The entry of a newest-first table by release that a policy starting at `from` falls in. */
function byRelease<E extends { from: string }>(table: readonly E[], from: string): E {
  const v = kv(from)
  return table.find((e) => compareKernelVersions(v, kv(e.from)) >= 0)!
}

/**
 * find_zone_movable_pfns_for_nodes() by release, every arch alike (mm/page_alloc.c up to 6.2,
 * mm/mm_init.c from 6.5): the mirror test `usable_startpfn < 0x100000` (@v5.17:7825) became
 * PHYS_PFN(SZ_4G) by 5.19 (@v5.19:7907; 5.18 is not at hand, taken as 5.19, a boundary on
 * every arch); the memblock_has_mirror() test is in 6.8 (@v6.8:380), not 6.5 (ZONE_MOVABLE_6_6:
 * 0db31d63f27e, the 6.6 merge window, so 6.6 – 6.8); movable_node's
 * memblock_region_memory_base_pfn(), PFN_UP(base), of a hot-pluggable region is in 6.11
 * (@v6.11:366), PFN_DOWN(r->base) in 6.8 (@v6.8:365): 6.9, 6.10 or 6.11 (UNCONFIRMED which,
 * taken as 6.9, a boundary on every arch). out2 rounds only the nodes with memory
 * (for_each_node_state(nid, N_MEMORY), @v6.17:565, @v7.0:565) where 6.14 walks every node id
 * (@v6.14:548): 6.15, 6.16 or 6.17 (UNCONFIRMED which, taken as 6.16; seen by
 * test/fuzz/kernel-zones.test.ts). 7.2's saturating simple_strtoull() is the parse dialect's
 * (PARSE_7_2.strtoullSaturates), which cmdline_parse_core() reads its percentage with too.
 * The releases 5.11 – 5.17 keep a rounded start past the node's end (ZONE_MOVABLE_5_11: compiled
 * @v5.11 – @v5.17, fixed @v5.19 by ddbc84f3f595 of the 5.18 merge window, taken as 5.18, so
 * riscv64-5.17, 5.17 – 5.18, keeps 5.17's); every 5.10 policy has the fix as Debian's 5.10.223
 * does (stable 5.10.110 took it: 5.10.0 – 5.10.109 are not told apart).
 */
const ZONE_MOVABLE_BY_RELEASE: ReadonlyArray<{ from: string; generation: ZoneMovableGeneration }> = [
  { from: '6.16.0', generation: ZONE_MOVABLE_7_2 },
  { from: '6.9.0', generation: ZONE_MOVABLE_6_12 },
  { from: '6.6.0', generation: ZONE_MOVABLE_6_6 },
  { from: '5.19.0', generation: ZONE_MOVABLE_6_1 },
  { from: '5.18.0', generation: ZONE_MOVABLE_5_10 },
  { from: '5.11.0', generation: ZONE_MOVABLE_5_11 },
  { from: '5.10.0', generation: ZONE_MOVABLE_5_10 },
]
const zoneMovableFor = (from: string): ZoneMovableGeneration => byRelease(ZONE_MOVABLE_BY_RELEASE, from).generation

/**
 * free_area_init()'s CPU-only nodes by release, every arch alike: up to 5.17 it walks the
 * online nodes and prints an empty span (mm/page_alloc.c@v5.17:8099, 7660); 5.19 walks every
 * possible node, an offline one "Initializing node %d as memoryless", and prints "Initmem setup
 * node %d as memoryless" (@v5.19:8188-8202, 7742; the fix for uninitialised NUMA nodes,
 * 09f49dca570a "mm: handle uninitialized numa nodes gracefully", committed on 22 March 2022 in
 * the 5.18 merge window, so 5.18: arm64 and x86_64 have it from 5.18, riscv64, whose
 * riscv64-5.17 spans 5.17 – 5.18, from 5.19); the offline line
 * is in 6.5 (mm/mm_init.c@v6.5:1873), not in 6.8 (@v6.8:1870-1877: the same memblock_alloc() of
 * a pg_data_t without it, as 6.12's alloc_offline_node_data(), @v6.14:1845): 6.6, 6.7 or 6.8
 * (UNCONFIRMED which, taken as 6.7, a boundary on every arch).
 */
const MEMORYLESS_NODE_BY_RELEASE: ReadonlyArray<{ from: string; generation: MemorylessNodeGeneration }> = [
  { from: '6.7.0', generation: MEMORYLESS_NODE_6_12 },
  { from: '5.18.0', generation: MEMORYLESS_NODE_6_1 },
  { from: '5.10.0', generation: MEMORYLESS_NODE_5_10 },
]
const memorylessNodeFor = (from: string): MemorylessNodeGeneration => byRelease(MEMORYLESS_NODE_BY_RELEASE, from).generation

/**
 * mm/memblock.c by release, every arch alike (MemblockGeneration): memblock_cap_memory_range()
 * returns on an empty memory array from 5.15 (@v5.15:1717; not @v5.14:1663), and
 * memblock_merge_regions() merges around the change from 6.3 (@v6.5:507; @v6.2:506 still scans
 * the whole array: 6.3, 6.4 or 6.5, UNCONFIRMED which, taken as 6.3). Only arm64's mem=
 * (memblock_mem_limit_remove_map()) and riscv's linear-map cap call memblock_cap_memory_range(),
 * where both differences show; x86_64-6.2 (6.2 – 6.5) carries 6.2's, which no x86 boot reads.
 * test/fuzz/kernel-memblock.test.ts holds the engine to the compiled mm/memblock.c of each.
 */
const MEMBLOCK_BY_RELEASE: ReadonlyArray<{ from: string; generation: MemblockGeneration }> = [
  { from: '6.3.0', generation: MEMBLOCK_6_3 },
  { from: '5.15.0', generation: MEMBLOCK_5_15 },
  { from: '5.10.0', generation: MEMBLOCK_5_10 },
]
const memblockFor = (from: string): MemblockGeneration => byRelease(MEMBLOCK_BY_RELEASE, from).generation

/**
 * COMMAND_LINE_SIZE by arch and release: 2048 on arm64 (arch/arm64/include/uapi/asm/setup.h,
 * v5.10.223 – v7.2.13:25) and x86_64 (arch/x86/include/asm/setup.h, v5.10.223 – v7.2.13:7);
 * riscv64 1024 up to 7.0 (arch/riscv/include/uapi/asm/setup.h@v5.10.223:6, @v7.0.4) and
 * 2048 from 7.1 (@v7.1.3, @v7.2.13:6; 7.1.0 UNCONFIRMED, only 7.1.3 is at hand).
 */
const COMMAND_LINE_SIZE_BY_RELEASE: Readonly<Record<Arch, ReadonlyArray<{ from: string; size: number }>>> = {
  arm64: [{ from: '5.10.0', size: 2048 }],
  x86_64: [{ from: '5.10.0', size: 2048 }],
  riscv64: [
    { from: '7.1.0', size: 2048 },
    { from: '5.10.0', size: 1024 },
  ],
}
const commandLineSizeFor = (arch: Arch, from: string): number => byRelease(COMMAND_LINE_SIZE_BY_RELEASE[arch], from).size

/** An epoch split off only for hugetlb_cma= (HUGETLB_CMA_BY_RELEASE): KernelPolicy.onlyFor. */
const hugetlbCmaOnly = (p: KernelPolicy): KernelPolicy => ({ ...p, onlyFor: ['hugetlb_cma'] })
/**
 * One split off for hugetlb_cma= and the hugepage parameters (HUGETLB_BOOTMEM_BY_RELEASE:
 * arm64's and riscv64's 6.15, where the three become early parameters).
 */
const hugetlbOnly = (p: KernelPolicy): KernelPolicy => ({ ...p, onlyFor: ['hugetlb_cma', 'hugepages', 'hugepagesz', 'default_hugepagesz'] })

type HugetlbCmaEntry = { from: string } & HugetlbCmaGeneration
const HC = (from: string, call: HugetlbCmaGeneration['call'], syntax: HugetlbCmaGeneration['syntax'], align: HugetlbCmaGeneration['align'], logPerNodeRounded = false, arm64Order: HugetlbCmaGeneration['arm64Order'] = 'cont-pmd'): HugetlbCmaEntry => ({ from, call, syntax, align, logPerNodeRounded, arm64Order })
/**
 * `hugetlb_cma=` by arch and release (HugetlbCmaGeneration, hugetlb-cma.ts):
 * - the call: x86 setup_arch() after dma_contiguous_reserve() with GBPAGES
 *   (arch/x86/kernel/setup.c@v5.10.223:1149-1150, @v6.12.117:1096-1097, @v6.17:1193), arm64
 *   bootmem_init() after NUMA init (arch/arm64/mm/init.c@v5.10.223, @v6.12.117:335,
 *   @v6.17:312), riscv64 setup_bootmem() after dma_contiguous_reserve() from 5.15
 *   (arch/riscv/mm/init.c@v5.15:227, not @v5.14), every one before the crash kernel; none left
 *   in the arches in v7.0, where mm_core_init_early() calls it (mm/mm_init.c@v7.0:2685), after
 *   (Debian's arm64 6.18.5 and 6.19.6 still reserve before the crash kernel, 7.0.4 after:
 *   test/boots/hugetlb-cma);
 * - from 6.15: cma_declare_contiguous_multi() and hugetlb_bootmem_nodes (mm/hugetlb_cma.c@v6.17;
 *   mm/hugetlb.c@v6.14 still cma_declare_contiguous_nid() over the online nodes): 6.15, 6.16 or
 *   6.17, UNCONFIRMED which, taken as 6.15 (Debian's arm64 6.16.3 boots it: test/boots/hugetlb-cma);
 * - the `nid:size` syntax: mm/hugetlb.c@v5.17:6882, not @v5.15 (5.16 not at hand, taken as 5.17),
 *   its node id an int in 5.17 (@v5.17:6892-6894) and unsigned with array_index_nospec() by
 *   5.19 (@v5.19; 5.18 not at hand, taken as 5.19);
 * - the area's alignment: the gigantic page (mm/hugetlb.c@v5.10.223:5753, @v5.15:6413), then
 *   HUGETLB_PAGE_ORDER's PMD, so that demoted pages can go back (mm/hugetlb.c@v5.17:6996,
 *   @v6.1.192:7766, @v6.8:7768; the demote series of 5.16, not at hand, UNCONFIRMED), then the
 *   gigantic page again ("mm/hugetlb: align cma on allocation order, not demotion order":
 *   @v6.11:7788, @v6.12.117:7779, not @v6.8; 6.9, 6.10 or 6.11, UNCONFIRMED which, taken as
 *   6.10; not in Debian's 6.1.192, whose 2 MiB-aligned area test/boots/hugetlb-cma shows);
 * - the rounded share in the log line: "mm/hugetlb_cma: round up per_node before logging it"
 *   in ChangeLog-6.1.176 and ChangeLog-6.12.90 (Debian's changelogs; mm/hugetlb.c@v6.1.192,
 *   @v6.12.117 have it, @v6.14 not), mainline after 7.0 (mm/hugetlb_cma.c@v7.2.13:221, not
 *   @v7.0), where no call precedes the crash kernel; Debian's arm64 6.18.5, 6.19.6 and 7.0.4
 *   print the share unrounded (test/boots/hugetlb-cma), a later 6.18.y / 6.19.y is UNCONFIRMED;
 * - arm64's 16K/64K order: "arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE"
 *   in ChangeLog-5.10.75 and ChangeLog-5.14.14, mainline 5.15 (arch/arm64/mm/hugetlbpage.c@v5.15).
 */
const HUGETLB_CMA_BY_RELEASE: Readonly<Record<Arch, readonly HugetlbCmaEntry[]>> = (() => {
  const upTo614 = [
    HC('6.13.0', 'before-crash', 'per-node', 'gigantic'),
    HC('6.12.90', 'before-crash', 'per-node', 'gigantic', true),
    HC('6.10.0', 'before-crash', 'per-node', 'gigantic'),
    HC('6.2.0', 'before-crash', 'per-node', 'pmd'),
    HC('6.1.176', 'before-crash', 'per-node', 'pmd', true),
    HC('5.19.0', 'before-crash', 'per-node', 'pmd'),
    HC('5.17.0', 'before-crash', 'per-node-int', 'pmd'),
    HC('5.16.0', 'before-crash', 'size', 'pmd'),
  ]
  // riscv64's 6.15 – 6.19 call comes before NUMA init: hugetlb_bootmem_set_nodes() then finds
  // memblock's regions on no node (MAX_NUMNODES), which this does not follow.
  const from615 = (call: HugetlbCmaGeneration['call']) => [HC('7.0.0', 'after-crash', 'per-node', 'gigantic'), HC('6.15.0', call, 'per-node', 'gigantic')]
  const common = [...from615('before-crash-multi'), ...upTo614]
  return {
    x86_64: [...common, HC('5.10.0', 'before-crash', 'size', 'gigantic')],
    arm64: [...common, HC('5.14.14', 'before-crash', 'size', 'gigantic'), HC('5.11.0', 'before-crash', 'size', 'gigantic', false, 'cont-pmd-plus-pmd'), HC('5.10.75', 'before-crash', 'size', 'gigantic'), HC('5.10.0', 'before-crash', 'size', 'gigantic', false, 'cont-pmd-plus-pmd')],
    riscv64: [...from615('not-modelled'), ...upTo614, HC('5.15.0', 'before-crash', 'size', 'gigantic'), HC('5.10.0', 'none', 'size', 'gigantic')],
  }
})()
const hugetlbCmaFor = (arch: Arch, from: string): HugetlbCmaGeneration => {
  const { from: _, ...gen } = byRelease(HUGETLB_CMA_BY_RELEASE[arch], from)
  return gen
}

/**
 * `cma_pernuma=` and `numa_cma=` by arch and release (DmaNumaCmaGeneration, cma.ts): arm64's
 * dma_pernuma_cma_reserve() from bootmem_init() (arch/arm64/mm/init.c@v5.10.223, @v6.1.192:421,
 * @v6.5:437; kernel/dma/contiguous.c@v5.10.223:104-155, @v6.1.192) until "dma-contiguous:
 * support per-numa CMA for all architectures" and "dma-contiguous: support numa CMA for
 * specified node" (22e4a348f87c, bf29bfaa5490, the dma-mapping pull for 6.6) made it
 * dma_numa_cma_reserve() at the start of dma_contiguous_reserve() on every arch
 * (kernel/dma/contiguous.c@v6.12.117:158-218, @v7.0:169-229); after the default area, one area
 * a node, with CONFIG_CMA_SIZE_PERNUMA (kernel/dma/contiguous.c@v7.2.13:201-232, 313; no such
 * option in kernel/dma/Kconfig@v7.0): 7.1 or 7.2, UNCONFIRMED which, taken as 7.2 (Debian's
 * 7.1.3 has no CONFIG_DMA_NUMA_CMA to tell: test/boots/numa-cma). No Debian build between 6.6
 * and 7.1 has CONFIG_DMA_NUMA_CMA (6.12.117 arm64, the 6.16.3 – 7.1.3 backports): the
 * 'before-global' generation is the sources', not booted.
 */
const DMA_NUMA_CMA_BY_RELEASE: Readonly<Record<Arch, ReadonlyArray<{ from: string; generation: DmaNumaCmaGeneration }>>> = {
  arm64: [
    { from: '7.2.0', generation: 'after-global' },
    { from: '6.6.0', generation: 'before-global' },
    { from: '5.10.0', generation: 'pernuma-bootmem' },
  ],
  x86_64: [
    { from: '7.2.0', generation: 'after-global' },
    { from: '6.6.0', generation: 'before-global' },
    { from: '5.10.0', generation: 'none' },
  ],
  riscv64: [
    { from: '7.2.0', generation: 'after-global' },
    { from: '6.6.0', generation: 'before-global' },
    { from: '5.10.0', generation: 'none' },
  ],
}
/**
 * `hugepagesz=`, `hugepages=` and `default_hugepagesz=` by arch and release
 * (HugetlbBootmemGeneration, hugetlb-bootmem.ts): __setup() handlers in mm/hugetlb.c@v6.14:4678,
 * 4729; early parameters saved by hugetlb_add_param() for hugetlb_bootmem_alloc() in
 * mm/hugetlb.c@v6.17:4771-4813, 5017 (the series "hugetlb/CMA improvements for large systems":
 * 6.15, 6.16 or 6.17, UNCONFIRMED which, taken as 6.15 as HUGETLB_CMA_BY_RELEASE does; Debian's
 * amd64 6.16.3 boots it, test/boots/hugepages), called by x86 setup_arch() with GBPAGES before
 * arch_reserve_crashkernel() (arch/x86/kernel/setup.c@v6.17:1192-1198) and by mm_core_init()
 * on the others (mm/mm_init.c@v6.17:2750); from mm_core_init_early() in v7.0
 * (mm/mm_init.c@v7.0:2686), none left in x86's setup_arch(). hugetlb_add_param() strlen()s a
 * NULL value (mm/hugetlb.c@v6.17:4779, @v7.0:4258): a bare `hugepages` faults in strlen() on
 * Debian's amd64 6.16.3 – 6.19.6 and arm64 6.17.8 (test/boots/hugepages); `if (!s) return
 * -EINVAL` first in mm/hugetlb.c@v7.2.13:4240 and in Debian's 7.0.4, whose bare boot prints
 * "Malformed early option 'hugepages'" (v7.0 itself, Ubuntu's orig tarball, has no check:
 * 7.0.1 – 7.0.4 UNCONFIRMED which stable release took it, taken as 7.0.4: splitAtHugepagesFix()).
 */
const HUGETLB_BOOTMEM_BY_RELEASE: Readonly<Record<Arch, ReadonlyArray<{ from: string } & HugetlbBootmemGeneration>>> = {
  x86_64: [
    { from: '7.0.4', call: 'after-crash', params: 'early' },
    { from: '7.0.0', call: 'after-crash', params: 'early-strlen' },
    { from: '6.15.0', call: 'before-crash', params: 'early-strlen' },
    { from: '5.10.0', call: 'after-crash', params: '__setup' },
  ],
  arm64: [
    { from: '7.0.4', call: 'after-crash', params: 'early' },
    { from: '7.0.0', call: 'after-crash', params: 'early-strlen' },
    { from: '6.15.0', call: 'after-crash', params: 'early-strlen' },
    { from: '5.10.0', call: 'after-crash', params: '__setup' },
  ],
  riscv64: [
    { from: '7.0.4', call: 'after-crash', params: 'early' },
    { from: '7.0.0', call: 'after-crash', params: 'early-strlen' },
    { from: '6.15.0', call: 'after-crash', params: 'early-strlen' },
    { from: '5.10.0', call: 'after-crash', params: '__setup' },
  ],
}
const hugetlbBootmemFor = (arch: Arch, from: string): HugetlbBootmemGeneration => {
  const { from: _, ...gen } = byRelease(HUGETLB_BOOTMEM_BY_RELEASE[arch], from)
  return gen
}

/**
 * kvm_hyp_reserve() by release (PkvmGeneration, arm64/pkvm.ts), arm64 only:
 * - 5.13: arch/arm64/kvm/hyp/reserved_mem.c@v5.13, the fixed-point vmemmap of a 32-byte
 *   struct hyp_page (nvhe/memory.h@v5.13:11-16); its host_s2_mem_pgtable_pages() and
 *   host_s2_dev_pgtable_pages() add up to 5.15's host_s2_pgtable_pages() (nvhe/mm.h@v5.13:81-94);
 *   not in v5.11 (5.12 not at hand, taken as without: PKVM_SPLITS);
 * - 5.14: a 4-byte struct hyp_page (nvhe/memory.h@v5.14:10-13). 5.13 and 5.14 take the region
 *   with memblock_find_in_range(0, memblock_end_of_DRAM()) and memblock_reserve(), 5.15+ with
 *   memblock_phys_alloc(): the same place, arm64 leaving current_limit at its default;
 * - 5.13 – 6.1: 4 levels (kvm_pgtable.h@v5.13 – @v6.5 KVM_PGTABLE_MAX_LEVELS); the fixed point
 *   in reserved_mem.c@v5.15, pkvm.c@v5.19, @v6.0 and Debian's @v6.1.192;
 * - arm64_memblock_init()'s "Capping linear region to 51 bits for KVM in nVHE mode on LVA capable
 *   hardware." (arch/arm64/mm/init.c@v5.15:241-245, not @v5.14);
 * - "none" a mode and "nvhe" the default mode (arch/arm64/kvm/arm.c early_kvm_mode_cfg@v5.17;
 *   not @v5.15: 5.16 not at hand, taken as 5.17);
 * - 6.2: hyp_vmemmap_pages() per memblock region and hyp_vm_table_pages() (asm/kvm_pkvm.h@v6.2;
 *   not in Debian's 6.1.192);
 * - hyp_ffa_proxy_pages(): asm/kvm_pkvm.h@v6.5, not @v6.2 (6.3 – 6.5 UNCONFIRMED which,
 *   taken as 6.4);
 * - 5 levels, KVM_PGTABLE_FIRST_LEVEL -1 (kvm_pgtable.h@v6.8:14, not @v6.5: 6.6 – 6.8
 *   UNCONFIRMED which, taken as 6.8, the LPA2 series of the 6.8 merge window: PKVM_SPLITS);
 * - struct hyp_page of 8 bytes, with host_share_guest_count (nvhe/memory.h@v6.14, not in
 *   Debian's 6.12.117: 6.13 – 6.14 UNCONFIRMED which, taken as 6.14, the pKVM guest-sharing
 *   series of the 6.14 merge window: PKVM_SPLITS); Debian's 6.16.3 – 7.2.13 reserve 2 MiB
 *   more for 2 GiB and 4 MiB more for 4 GiB than 6.12.117 (test/boots/pkvm);
 * - "KVM is not available. Ignoring kvm-arm.mode" (arch/arm64/kvm/arm.c early_kvm_mode_cfg@v6.2,
 *   Debian's @v6.1.192; not @v6.0: 6.1.0 – 6.1.192 UNCONFIRMED which, taken as 6.1.65, an epoch
 *   boundary).
 * pkvm_selftest_pages() (v6.17+) counts only with CONFIG_NVHE_EL2_DEBUG, which Debian's builds
 * leave off; the engine counts none.
 */
/** No protected KVM: x86_64, riscv64, arm64 before 5.13 (reserve 'absent' turns every other field off). */
const PKVM_ABSENT: { from: string } & PkvmGeneration = { from: '5.10.0', reserve: 'absent', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: false, capsLinearRegion: false, setsNoneAndNvhe: false }
const PKVM_BY_RELEASE: Readonly<Record<Arch, ReadonlyArray<{ from: string } & PkvmGeneration>>> = {
  arm64: [
    { from: '6.14.0', reserve: 'per-region', hypPageSize: 8, pgtableLevels: 5, ffaProxy: true, checksHyp: true, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '6.8.0', reserve: 'per-region', hypPageSize: 4, pgtableLevels: 5, ffaProxy: true, checksHyp: true, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '6.4.0', reserve: 'per-region', hypPageSize: 4, pgtableLevels: 4, ffaProxy: true, checksHyp: true, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '6.2.0', reserve: 'per-region', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: true, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '6.1.65', reserve: 'fixed-point', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: true, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '5.17.0', reserve: 'fixed-point', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: false, capsLinearRegion: true, setsNoneAndNvhe: true },
    { from: '5.15.0', reserve: 'fixed-point', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: false, capsLinearRegion: true, setsNoneAndNvhe: false },
    { from: '5.14.0', reserve: 'fixed-point', hypPageSize: 4, pgtableLevels: 4, ffaProxy: false, checksHyp: false, capsLinearRegion: false, setsNoneAndNvhe: false },
    { from: '5.13.0', reserve: 'fixed-point', hypPageSize: 32, pgtableLevels: 4, ffaProxy: false, checksHyp: false, capsLinearRegion: false, setsNoneAndNvhe: false },
    PKVM_ABSENT,
  ],
  x86_64: [PKVM_ABSENT],
  riscv64: [PKVM_ABSENT],
}
const pkvmFor = (arch: Arch, from: string): PkvmGeneration => {
  const { from: _, ...gen } = byRelease(PKVM_BY_RELEASE[arch], from)
  return gen
}

/**
 * numa_emulation() by release (NumaEmuGeneration, numa-emulation.ts), x86_64 only (arm64 and
 * riscv64: Debian builds them without CONFIG_NUMA_EMU, shared/oracle/kernels/config-*; from
 * 6.12 their `numa=fake=` reaches the stub and is a malformed early option):
 * - the same splitting from 5.10.223 to 7.2.13 (arch/x86/mm/numa_emulation.c up to 6.11,
 *   mm/numa_emulation.c from 6.12);
 * - fix_pxm_node_maps() refusing with `numa=off` ("mm/fake-numa: allow later numa node hotplug"):
 *   mm/numa_emulation.c@v6.14, not @v6.11 (6.13 not at hand, taken as without: the series of
 *   the 6.14 merge window), and stable 6.12.67 (Debian 6.12's changelog, under ChangeLog-6.12.67);
 *   not in Ubuntu's 6.11.0-29 (test/boots/numa-fake);
 * - the `U` form's per-node count ("mm/fake-numa: fix under-allocation detection in uniform
 *   split"): in Debian's 7.2.13, taken as mainline 7.2; stable 6.12.97 and 6.1.178 (Debian's
 *   changelogs, under ChangeLog-6.12.97 and ChangeLog-6.1.178). Not in v7.0, nor in Debian's
 *   6.16.3, 6.17.8, 6.18.5, 6.19.6, 7.0.4 and 7.1.3, built before those stable releases
 *   (test/boots/numa-fake's fake4U boots: they split a physical node that gets 2 of 4 nodes;
 *   6.12.117 and 7.2.13 refuse it). Later 6.18.y – 7.1.y stable releases may have it
 *   (UNCONFIRMED: no such build at hand).
 */
const NUMA_EMU_ABSENT: { from: string } & NumaEmuGeneration = { from: '5.10.0', present: false, parsesFake: false, refusesNumaOff: false, countsCreatedPerNode: false }
/** arm64 and riscv64 6.12+: numa_parse_early_param() takes `fake=` (drivers/base/arch_numa.c@v6.12.117:29-30), to a stub. */
const NUMA_EMU_STUB: { from: string } & NumaEmuGeneration = { from: '6.12.0', present: false, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: false }
const NUMA_EMU_BY_RELEASE: Readonly<Record<Arch, ReadonlyArray<{ from: string } & NumaEmuGeneration>>> = {
  arm64: [NUMA_EMU_STUB, NUMA_EMU_ABSENT],
  x86_64: [
    { from: '7.2.0', present: true, parsesFake: true, refusesNumaOff: true, countsCreatedPerNode: true },
    { from: '6.14.0', present: true, parsesFake: true, refusesNumaOff: true, countsCreatedPerNode: false },
    { from: '6.13.0', present: true, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: false },
    { from: '6.12.97', present: true, parsesFake: true, refusesNumaOff: true, countsCreatedPerNode: true },
    { from: '6.12.67', present: true, parsesFake: true, refusesNumaOff: true, countsCreatedPerNode: false },
    { from: '6.2.0', present: true, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: false },
    { from: '6.1.178', present: true, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: true },
    { from: '5.10.0', present: true, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: false },
  ],
  riscv64: [NUMA_EMU_STUB, NUMA_EMU_ABSENT],
}
const numaEmuFor = (arch: Arch, from: string): NumaEmuGeneration => {
  const { from: _, ...gen } = byRelease(NUMA_EMU_BY_RELEASE[arch], from)
  return gen
}

const dmaNumaCmaFor = (arch: Arch, from: string): DmaNumaCmaGeneration => byRelease(DMA_NUMA_CMA_BY_RELEASE[arch], from).generation

// ---------------------------------------------------------------- arm64

/**
 * arm64 and riscv64 through reserve_crashkernel_generic() with the LOW == HIGH guard (6.11+): CRASH_ALIGN
 * 2 MiB (arch/arm64/include/asm/crash_reserve.h; riscv's PMD_SIZE), DEFAULT_CRASH_KERNEL_LOW_SIZE
 * 128 MiB (include/linux/crash_reserve.h), `,high`/`,low`; no `,cma` size passed (7.3 passes it).
 * @kernel kernel/crash_reserve.c reserve_crashkernel_generic (v6.11, v6.12.117 – v7.3.4)
 */
const CRASH_GENERIC_2M = { reserve: reserveCrashkernelGeneric, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }
/**
 * arm64 6.12+: the crash kernel reserved from bootmem_init() (deferred), below the exact
 * zone_dma_limit, and no protection of the loaded crash kernel (arm64's
 * arch_kexec_protect_crashkres() went in 6.4, 0d124e96051b). Each generation adds its boot
 * facts and linear map.
 * @kernel arch/arm64/mm/init.c bootmem_init, arch_reserve_crashkernel (v6.12.117 – v7.3.4), zone_sizes_init
 *         (v6.12.117 – v6.19.6), dma_limits_init (v7.0.4 – v7.3.4)
 */
const ARM64_DEFERRED_EXACT = { zones: zoneLimitsExact, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', protection: 'none' } as const

const ARM64_CRASH_V510 = {
  reserve: reserveCrashkernelArm64V510,
  align: SZ_2M,
  defaultLow: 0n,
  supportsHigh: false,
  parseCma: false,
}

/** 5.15 – 5.18: as 5.10, a fixed base searched in [base, base + size) (a7259df76702). */
const ARM64_CRASH_V515 = { ...ARM64_CRASH_V510, reserve: reserveCrashkernelArm64V515 }


/** The arm64 boot facts of the Debian 5.10 build: 1 GiB sections, 4 MiB CMA alignment. */
const ARM64_BOOT_5_10: Omit<Arm64Policy, 'zones' | 'crashWhen' | 'crashLowMax' | 'linearMap' | 'protection'> = {
  kfenceEarlyPool: false,
  idregNolva: false,
  acpiBoot: ACPI_BOOT_5_10,
  idmapTablePages: 0,
  numaMemblock: NUMA_MEMBLOCK_ARCH_NUMA,
  memblockRsrvKern: false,
  numaDistance: 'reserve',
  numaLog: ARCH_NUMA_LOG_5_10,
  allocsAfterNodeData: [],
  sparseBeforeCrash: true,
  warnLinearRegionTooSmall: false,
  sectionSizeBits: sectionSizeBitsV510,
  memSectionBytes: 32n,
  vmemmapStart: vmemmapStartV510,
  pageblockOrder: pageblockOrderPmd,
  cmaMinAlign: cmaMinAlignMaxOrder,
  cmaLogNode: false,
  cmaAbove4GFirst: false,
  cmaCmdlineLimit: 'min-not-zero',
  cmaLogSize: 'aligned',
  cmaFixedHighmemCheck: true,
  cmaInMemblockInit: false,
  // NR_PAGEBLOCK_BITS up to 6.16 (include/linux/pageblock-flags.h@v6.12.117, v6.16.3).
  pageblockBits: 4n,
  // drivers/of@v5.10.223 (the 5.11 – 5.19 policies take 5.11's, 5.14's, 5.15's and 5.17's
  // records, reserved-mem.ts; 6.0+ 6.1's).
  ofReservedMem: OF_RESERVED_MEM_5_10,
  ofStructs: OF_STRUCTS_5_10,
}
/**
 * 5.11 – 5.18: as 5.10, and arm64_memblock_init() warns "Memory doesn't fit in the linear
 * mapping, VA_BITS too small" (arch/arm64/mm/init.c@v5.11:303-304, @v5.19; not in v5.10.223).
 */
const ARM64_BOOT_5_11 = { ...ARM64_BOOT_5_10, warnLinearRegionTooSmall: true }
/**
 * 5.12+ sections of 128 MiB ("arm64: mm: reduce SECTION_SIZE_BITS"), pageblock CMA alignment, 6.0
 * create_idmap; arm64_memblock_init()'s "VA_BITS too small" warning (ARM64_BOOT_5_11).
 */
const ARM64_BOOT_6_1 = { ...ARM64_BOOT_5_10, warnLinearRegionTooSmall: true, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, cmaMinAlign: cmaMinAlignPageblock, numaDistance: 'alloc' as const, numaLog: ARCH_NUMA_LOG_6_1, idmapTablePages: 4, ofReservedMem: OF_RESERVED_MEM_6_1, ofStructs: OF_STRUCTS_5_12 }
/** 6.3: /reserved-memory range lines (reserved-mem.ts: in drivers/of/of_reserved_mem.c@v6.5:349, not @v6.2; 6.3 – 6.5 UNCONFIRMED which, taken as 6.3). */
const ARM64_BOOT_6_3 = { ...ARM64_BOOT_6_1, ofReservedMem: OF_RESERVED_MEM_6_3 }
/** 6.4: /memreserve/ reserved after the static /reserved-memory nodes (b413281876292de4). */
const ARM64_BOOT_6_4 = { ...ARM64_BOOT_6_1, ofReservedMem: OF_RESERVED_MEM_6_4 }
/** 6.5: alloc-ranges kept contiguous, dynamic nodes placed in DT order (83ba7361e168, 4cea2821882b). */
const ARM64_BOOT_6_5 = { ...ARM64_BOOT_6_1, ofReservedMem: OF_RESERVED_MEM_6_5 }
/**
 * 6.12: no NUMA distance allocation on a single node, a cpumask after NODE_DATA, create_idmap
 * static; reserved_mem in two passes with a memblock-allocated array (Debian 6.12.117; the
 * stable releases before 6.12.103 differ only in drivers/of, below); NUMA init on
 * numa_memblks, which puts the regions reserved so far on node 0 (mm/numa_memblks.c@v6.12.117;
 * the oracle's 6.12 dumps print " on node 0" for them, 6.1's for none).
 */
const ARM64_BOOT_6_12 = { ...ARM64_BOOT_6_1, numaMemblock: NUMA_MEMBLKS, numaLog: ARCH_NUMA_LOG_6_12, vmemmapStart: vmemmapStartV69, ofReservedMem: OF_RESERVED_MEM_6_12_103, numaDistance: 'lazy' as const, allocsAfterNodeData: [64n], idmapTablePages: 0, cmaLogNode: true, kfenceEarlyPool: true, idregNolva: true, acpiBoot: ACPI_BOOT_6_12, ofStructs: OF_STRUCTS_6_7 }
/** 6.12.0 – 6.12.12: mainline 6.12's drivers/of, one sorted pass (reserved-mem.ts OF_RESERVED_MEM_6_11). */
const ARM64_BOOT_6_12_0 = { ...ARM64_BOOT_6_12, ofReservedMem: OF_RESERVED_MEM_6_11 }
/** 6.12.13 – 6.12.102: the two passes backported, the reserved_mem array not yet. */
const ARM64_BOOT_6_12_13 = { ...ARM64_BOOT_6_12, ofReservedMem: OF_RESERVED_MEM_6_12_13 }
/**
 * 6.16: pageblock_order capped by CONFIG_PAGE_BLOCK_ORDER (named PAGE_BLOCK_MAX_ORDER from
 * 6.17; include/linux/pageblock-flags.h:44,50@v6.16.3, mm/Kconfig:1008@v6.16.3; not in
 * v6.12.117); memblock allocations reserve with their node and MEMBLOCK_RSRV_KERN
 * (mm/memblock.c:1558,2760@v6.16.3, not in v6.12.117: the Kexec HandOver series); the CMA
 * wrapper cma_declare_contiguous_nid() prints the size asked for and no node
 * (mm/cma.c:590@v6.16.3), and `cma=…-limit` replaces the arch's limit
 * (kernel/dma/contiguous.c dma_contiguous_reserve@v6.16.3: `limit_cmdline ?: limit`).
 * acpi_locate_initial_tables() warns with ACPICA's status (arm64/acpi.ts ACPI_BOOT_6_16: in v7.2.13,
 * not in v6.12.117, release UNCONFIRMED).
 * v6.14 has none of the pageblock cap, MEMBLOCK_RSRV_KERN, the CMA wrapper's line or the
 * limit (mm/Kconfig, mm/memblock.c, mm/cma.c:377, kernel/dma/contiguous.c:226), v6.17 all of
 * them: 6.15 or 6.16, UNCONFIRMED which. 6.13 – 6.17's struct property is 16 bytes longer
 * (fdt.ts OF_STRUCTS_6_13: include/linux/sysfs.h@v6.14 and @v6.17 read_new/write_new, not @v6.11 or @v7.0).
 */
const ARM64_BOOT_6_16 = { ...ARM64_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, acpiBoot: ACPI_BOOT_6_16, pageblockOrder: pageblockOrderCapped, memblockRsrvKern: true, cmaLogNode: false, cmaCmdlineLimit: 'replaces' as const, cmaLogSize: 'requested' as const }
/**
 * 6.17: cma_fixed_reserve() checks highmem_start only with CONFIG_HIGHMEM (mm/cma.c:357@v6.17.8;
 * v6.16.3 checks it against the end of DRAM); 8 usemap bits per pageblock (pageblock-flags.h@v6.17.8).
 */
const ARM64_BOOT_6_17 = { ...ARM64_BOOT_6_16, cmaFixedHighmemCheck: false, pageblockBits: 8n }
/** 6.18: bin_attribute without read_new/write_new again, the 6.7 struct sizes (fdt.ts OF_STRUCTS_6_13). */
const ARM64_BOOT_6_18 = { ...ARM64_BOOT_6_17, ofStructs: OF_STRUCTS_6_7 }
/** 6.19: drivers/of skips a `linux,cma-default` node under `cma=` up front (reserved-mem.ts OF_RESERVED_MEM_6_19). */
const ARM64_BOOT_6_19 = { ...ARM64_BOOT_6_18, ofReservedMem: OF_RESERVED_MEM_6_19 }
/**
 * 7.0: memmap/sparse_init and free_area_init moved after the crash reservation
 * (mm_core_init_early; arch/arm64/mm/init.c bootmem_init@v7.0.4 has no sparse_init(),
 * v6.19.6's has).
 */
const ARM64_BOOT_7_0 = { ...ARM64_BOOT_6_19, sparseBeforeCrash: false }
/** 7.1: reserved-memory CMA nodes validated before they are allocated, 40-byte reserved_mem (OF_RESERVED_MEM_7_1). */
const ARM64_BOOT_7_1 = { ...ARM64_BOOT_7_0, ofReservedMem: OF_RESERVED_MEM_7_1 }
/** 7.2+: only a node's first `reg` entry (OF_RESERVED_MEM_7_2). */
const ARM64_BOOT_7_2 = { ...ARM64_BOOT_7_1, ofReservedMem: OF_RESERVED_MEM_7_2 }
/** 7.3+: a DMA pool's size in KiB (OF_RESERVED_MEM_7_3). */
const ARM64_BOOT_7_3 = { ...ARM64_BOOT_7_2, ofReservedMem: OF_RESERVED_MEM_7_3 }

const arm64 = (
  id: string,
  from: string,
  before: string | undefined,
  description: string,
  sources: string[],
  parse: ParseDialect,
  crash: KernelPolicy['crash'],
  a: Arm64Policy,
): KernelPolicy => ({
  id,
  arch: 'arm64',
  appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
  commandLineSize: commandLineSizeFor('arm64', from),
  hugetlbCma: hugetlbCmaFor('arm64', from),
  dmaNumaCma: dmaNumaCmaFor('arm64', from),
  hugetlbBootmem: hugetlbBootmemFor('arm64', from),
  pkvm: pkvmFor('arm64', from),
  numaEmu: numaEmuFor('arm64', from),
  zoneMovable: zoneMovableFor(from),
  memorylessNode: memorylessNodeFor(from),
  memblock: memblockFor(from),
  description,
  sources,
  parse,
  crash,
  arm64: a,
  // KernelPolicy.onlyFor: set by hugetlbCmaOnly() or hugetlbOnly() (every policy of one shape).
  onlyFor: undefined,
})

const ARM64: KernelPolicy[] = [
  arm64('arm64-5.10.0', '5.10.0', '5.10.20', 'mainline 5.10: early reservation below arm64_dma32_phys_limit, ZONE_DMA fixed at 30 bits',
    ['arch/arm64/mm/init.c@v5.10 (reconstructed from stable backports 0a30c53573b0, d78050ee3544)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, cmaInMemblockInit: true, ofReservedMem: OF_RESERVED_MEM_5_10_0, zones: zoneLimitsFixed30, crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-v510' }),
  arm64('arm64-5.10.20', '5.10.20', '5.10.22', 'stable 5.10.20: a static /reserved-memory no-map node is flagged NOMAP (or refused over reserved memory) instead of removed',
    ['drivers/of/fdt.c@v5.10.223 (early_init_dt_reserve_memory_arch; ChangeLog-5.10.20)', 'arch/arm64/mm/init.c@v5.10 (reconstructed from stable backports 0a30c53573b0, d78050ee3544)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, cmaInMemblockInit: true, zones: zoneLimitsFixed30, crashWhen: 'memblock-init', crashLowMax: 'dma32-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-v510' }),
  arm64('arm64-5.10.22', '5.10.22', '5.10.37', 'stable 5.10.22: reservation deferred to bootmem_init(), limit still arm64_dma32_phys_limit, ZONE_DMA from dma-ranges/IORT',
    ['arch/arm64/mm/init.c@v5.10.22 (0a30c53573b0 backport; "Set ZONE_DMA size based on devicetree\'s dma-ranges", ChangeLog-5.10.22)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, zones: zoneLimitsBitsOffset, crashWhen: 'bootmem', crashLowMax: 'dma32-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-block-mapped' }),
  arm64('arm64-5.10.37', '5.10.37', '5.10.47', 'stable 5.10.37: the crash and CMA limit becomes arm64_dma_phys_limit (ZONE_DMA)',
    ['arch/arm64/mm/init.c@v5.10.37 (d78050ee3544 backport)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, zones: zoneLimitsBitsOffset, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.0', protection: 'arm64-segments-block-mapped' }),
  arm64('arm64-5.10.47', '5.10.47', '5.10.75', 'stable 5.10.47: any crashkernel= forces the whole linear map to base pages (crash_mem_map); max_zone_phys() ignores DMA offsets',
    ['arch/arm64/mm/mmu.c@v5.10.47 (2687275a5843 backport)', 'arch/arm64/mm/init.c@v5.10.47 ("arm64: Ignore any DMA offsets in the max_zone_phys() calculation", ChangeLog-5.10.47)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.47', protection: 'arm64-segments-v510' }),
hugetlbCmaOnly(  arm64('arm64-5.10.75', '5.10.75', '5.10.110', 'stable 5.10.75: as 5.10.47; hugetlb_cma= with 16K or 64K pages asks one CONT_PMD_SIZE gigantic page ("arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE", ChangeLog-5.10.75)',
    ['arch/arm64/mm/hugetlbpage.c@v5.10.223 (arm64_hugetlb_cma_reserve: "arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE", ChangeLog-5.10.75)', 'arch/arm64/mm/mmu.c@v5.10.47 (2687275a5843 backport)', 'arch/arm64/mm/init.c@v5.10.47 ("arm64: Ignore any DMA offsets in the max_zone_phys() calculation", ChangeLog-5.10.47)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.47', protection: 'arm64-segments-v510' })),
  arm64('arm64-5.10.110', '5.10.110', '5.11.0', 'stable 5.10.110 (Debian 5.10.223): no DMA zones reserve early; with DMA zones crash_mem_map forces base pages',
    ['arch/arm64/mm/init.c@v5.10.223', 'arch/arm64/mm/mmu.c@v5.10.223', 'kernel/crash_core.c@v5.10.223', '031495635b46 backport (ChangeLog-5.10.110)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_10, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.10.110', protection: 'arm64-segments-v510' }),
  arm64('arm64-5.11', '5.11.0', '5.12.0', '5.11: deferred reservation, crash_mem_map forces base pages, 1 GiB sections; no KFENCE yet; set_memory_valid() on a block still hits BUG_ON(); CMA still top-down only (mm/cma.c@v5.11, compiled: no bottom-up step; @v5.13:341-352 has it)',
    ['arch/arm64/mm/init.c@v5.11 (0a30c53573b0, 791ab8b2e3db)', 'arch/arm64/mm/mmu.c@v5.11 (2687275a5843)', 'arch/arm64/include/asm/sparsemem.h@v5.10.223', 'arch/arm64/mm/mmu.c@v5.11:495 (map_mem: no KFENCE)', 'mm/memory.c@v5.11:2401,2432 (apply_to_pte_range, apply_to_pmd_range: BUG_ON on a block)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_10_0, ofStructs: OF_STRUCTS_5_11, vmemmapStart: vmemmapStartV511, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.11', protection: 'arm64-segments-v510' }),
  arm64('arm64-5.12', '5.12.0', '5.14.0', '5.12 – 5.13: as 5.11 with 128 MiB sections ("arm64: mm: reduce SECTION_SIZE_BITS"; 512 MiB with 64K pages); KFENCE from 5.12; CMA bottom-up above 4G first ("mm: cma: allocate cma areas bottom-up": in v5.13, not v5.11; 5.12 UNCONFIRMED, taken as 5.12); a static /reserved-memory no-map node flagged NOMAP (or refused over reserved memory) instead of removed (in v5.13, not v5.11)',
    ['arch/arm64/mm/init.c@v5.11 (0a30c53573b0)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/fdt.c@v5.13 (early_init_dt_reserve_memory_arch)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_11, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' }),
  arm64('arm64-5.14', '5.14.0', '5.14.14', '5.14: as 5.12; a dynamic /reserved-memory no-map node found and flagged NOMAP, not reserved (removed in v5.13)',
    ['arch/arm64/mm/init.c@v5.11 (0a30c53573b0)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/of_reserved_mem.c@v5.14 (early_init_dt_alloc_reserved_memory_arch)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_14, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' }),
hugetlbCmaOnly(  arm64('arm64-5.14.14', '5.14.14', '5.15.0', 'stable 5.14.14: as 5.14; hugetlb_cma= with 16K or 64K pages asks one CONT_PMD_SIZE gigantic page (ChangeLog-5.14.14)',
    ['arch/arm64/mm/hugetlbpage.c@v5.15 (arm64_hugetlb_cma_reserve; ChangeLog-5.14.14)', 'arch/arm64/mm/init.c@v5.11 (0a30c53573b0)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/of_reserved_mem.c@v5.14 (early_init_dt_alloc_reserved_memory_arch)'], PARSE_5_10, ARM64_CRASH_V510,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_14, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' })),
  arm64('arm64-5.15', '5.15.0', '5.16.0', '5.15 – 5.16: as 5.14, crashkernel=X@Y searched in [Y, Y + X) instead of checked ("memblock: make memblock_find_in_range method private"); a dynamic no-map node allocated, then flagged NOMAP',
    ['arch/arm64/mm/init.c@v5.15 (reserve_crashkernel: memblock_phys_alloc_range(), a7259df76702; @v5.14 still memblock_find_in_range() and the checks; @v5.17 as v5.15)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/of_reserved_mem.c@v5.15 (early_init_dt_alloc_reserved_memory_arch: memblock_phys_alloc_range)'], PARSE_5_10, ARM64_CRASH_V515,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_15, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' }),
hugetlbCmaOnly(  arm64('arm64-5.16', '5.16.0', '5.17.0', '5.16: as 5.15; hugetlb_cma= areas aligned to a PMD, not the gigantic page (the demote series: mm/hugetlb.c@v5.17:6996, not @v5.15; 5.16 not at hand, UNCONFIRMED)',
    ['mm/hugetlb.c@v5.17 (hugetlb_cma_reserve: PAGE_SIZE << HUGETLB_PAGE_ORDER alignment)', 'arch/arm64/mm/init.c@v5.15 (reserve_crashkernel: memblock_phys_alloc_range(), a7259df76702; @v5.14 still memblock_find_in_range() and the checks; @v5.17 as v5.15)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/of_reserved_mem.c@v5.15 (early_init_dt_alloc_reserved_memory_arch: memblock_phys_alloc_range)'], PARSE_5_10, ARM64_CRASH_V515,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_15, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' })),
  arm64('arm64-5.17', '5.17.0', '5.18.0', '5.17: as 5.15; a static no-map node refused over reserved memory only where it is RAM (in v5.17, not v5.15: 5.16 UNCONFIRMED, taken as 5.17)',
    ['arch/arm64/mm/init.c@v5.17 (as v5.15)', 'arch/arm64/include/asm/sparsemem.h@v6.1.192', 'drivers/of/fdt.c@v5.17 (early_init_dt_reserve_memory_arch: memblock_overlaps_region)'], PARSE_5_10, ARM64_CRASH_V515,
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_17, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.12', protection: 'arm64-segments' }),
  arm64('arm64-5.18', '5.18.0', '5.19.0', '5.18: no DMA zones reserve early (031495635b46)',
    ['arch/arm64/mm/init.c@v5.18 (031495635b46)'], PARSE_5_10, ARM64_CRASH_V515,
    // CMA's single pageblock alignment (11ac3e87ce09) came with 5.19, as x86's policies have it:
    // CMA_MIN_ALIGNMENT_BYTES in include/linux/cma.h@v5.19:24-25 and mm/cma.c@v5.19:270, 5.17's
    // mm/cma.c:271-272 still takes max(MAX_ORDER - 1, pageblock_order) (no 5.18 tree at hand).
    { ...ARM64_BOOT_5_11, ofReservedMem: OF_RESERVED_MEM_5_17, ofStructs: OF_STRUCTS_5_12, vmemmapStart: vmemmapStartV511, cmaAbove4GFirst: true, sectionSizeBits: sectionSizeBitsV512, cmaMinAlign: cmaMinAlignMaxOrder, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.18', protection: 'arm64-segments' }),
  arm64('arm64-5.19', '5.19.0', '6.0.0', '5.19: crashkernel=X,high and ,low on arm64 (no default low), -ENOENT for an absent option',
    ['arch/arm64/mm/init.c@v5.19 (944a45abfabc)', 'kernel/crash_core.c@v5.19'], PARSE_5_19,
    { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_1, ofReservedMem: OF_RESERVED_MEM_5_17, idmapTablePages: 0, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-5.19', protection: 'arm64-segments' }),
  arm64('arm64-6.0', '6.0.0', '6.0.10', '6.0.0 – 6.0.9: as 5.19, range syntax rounds RAM up to 128M; KFENCE=y forces base pages; no rodata= clears a default rodata_full',
    ['arch/arm64/mm/init.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/arm64/mm/pageattr.c (2e8cff0a0eee, before 2081b3bd0c11)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0', protection: 'arm64-segments' }),
  arm64('arm64-6.0.10', '6.0.10', '6.1.65', 'stable 6.0.10 – 6.1.64: as 6.0, and rodata=off lifts rodata_full (2081b3bd0c11 "arm64: fix rodata=full again")',
    ['arch/arm64/mm/init.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/arm64/mm/pageattr.c (2081b3bd0c11, 6.0-stable review for 6.0.10)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0.10', protection: 'arm64-segments' }),
  arm64('arm64-6.1.65', '6.1.65', '6.1.176', 'stable 6.1.65 (Debian 6.1.192): early KFENCE pool no longer forces base pages; rodata=on means not full',
    ['arch/arm64/mm/init.c@v6.1.192', 'arch/arm64/mm/mmu.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'acfa60dbe038 (6.1.65)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false },
    // The backport brought arm64_kfence_alloc_pool() with it (arch/arm64/mm/mmu.c@v6.1.192):
    // map_mem() memblock-allocates an early pool as 6.4+ does.
    { ...ARM64_BOOT_6_1, kfenceEarlyPool: true, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.1.65', protection: 'arm64-segments' }),
hugetlbCmaOnly(  arm64('arm64-6.1.176', '6.1.176', '6.2.0', 'stable 6.1.176 (Debian 6.1.192): as 6.1.65; hugetlb_cma= logs its per-node share rounded up to a gigantic page ("mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)',
    ['mm/hugetlb.c@v6.1.192 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)', 'arch/arm64/mm/init.c@v6.1.192', 'arch/arm64/mm/mmu.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'acfa60dbe038 (6.1.65)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V519, align: SZ_2M, defaultLow: 0n, supportsHigh: true, parseCma: false },
    // The backport brought arm64_kfence_alloc_pool() with it (arch/arm64/mm/mmu.c@v6.1.192):
    // map_mem() memblock-allocates an early pool as 6.4+ does.
    { ...ARM64_BOOT_6_1, kfenceEarlyPool: true, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.1.65', protection: 'arm64-segments' })),
  arm64('arm64-6.2', '6.2.0', '6.3.0', '6.2: default 128M low and fallback above the DMA zones for crashkernel=X',
    ['arch/arm64/mm/init.c@v6.2 (a149cf00b158, a9ae89df7377)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V62, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    // Mainline 6.2/6.3 lack the 6.4 KFENCE decoupling and the 6.7 rodata=on fix that 6.1.65 backported.
    { ...ARM64_BOOT_6_1, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0.10', protection: 'arm64-segments' }),
  arm64('arm64-6.3', '6.3.0', '6.4.0', '6.3: as 6.2; /reserved-memory range lines (of_reserved_mem.c@v6.5:349, not @v6.2: 6.3 – 6.5, UNCONFIRMED which)',
    ['arch/arm64/mm/init.c@v6.2 (a149cf00b158, a9ae89df7377)', 'drivers/of/of_reserved_mem.c (aeb9267eb6b1, 6ee7afbabcee)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V62, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_3, zones: zoneLimitsBits, crashWhen: 'bootmem-if-dma-zones', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.0.10', protection: 'arm64-segments' }),
  arm64('arm64-6.4', '6.4.0', '6.5.0', '6.4, the seed resolution: no protection, no crash-induced base pages, always deferred; rodata=on still leaves rodata_full',
    ['arch/arm64/mm/init.c@v6.4 (504cae453f82)', 'arch/arm64/mm/mmu.c@v6.4 (04a2a7af3d97)', 'arch/arm64/kernel/machine_kexec.c@v6.4 (0d124e96051b)', 'arch/arm64/mm/pageattr.c@v6.4 (before acfa60dbe038)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V62, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_4, kfenceEarlyPool: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
  arm64('arm64-6.5', '6.5.0', '6.6.0', '6.5: ,high first from 4G then low, "memory is in use" for @offset; /reserved-memory dynamic nodes in DT order, alloc-ranges kept contiguous',
    ['arch/arm64/mm/init.c@v6.5 (6c4dcaddbd36)', 'drivers/of/of_reserved_mem.c (83ba7361e168, 4cea2821882b)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V65, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, kfenceEarlyPool: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
  arm64('arm64-6.6', '6.6.0', '6.6.4', '6.6: as 6.5; the CMA lines name the node ("dma-contiguous: support numa CMA for specified node", 6.6 merge window; mm/cma.c@v6.8:378, not @v6.5:375: 6.6 – 6.8 UNCONFIRMED which, as x86_64-6.6 and riscv64-6.6)',
    ['mm/cma.c@v6.8:378, @v6.12.117 (cma_declare_contiguous_nid: " on node %d"; mm/cma.c@v6.5:375 without)', 'arch/arm64/mm/init.c@v6.5 (6c4dcaddbd36)', 'drivers/of/of_reserved_mem.c (83ba7361e168, 4cea2821882b)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V65, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.4', protection: 'none' }),
  arm64('arm64-6.6.4', '6.6.4', '6.7.0', 'stable 6.6.4: as 6.5, and rodata=on means not full (acfa60dbe038, mainline 6.7)',
    ['arch/arm64/mm/init.c@v6.5 (6c4dcaddbd36)', 'drivers/of/of_reserved_mem.c (83ba7361e168, 4cea2821882b)', 'arch/arm64/include/asm/setup.h, arch/arm64/mm/pageattr.c (acfa60dbe038, 6.6-stable review for 6.6.4)'], PARSE_6_0,
    { reserve: reserveCrashkernelArm64V65, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.6.4', protection: 'none' }),
  arm64('arm64-6.7', '6.7.0', '6.9.0', '6.7: generic reserve_crashkernel_generic(); ,high searches from CRASH_ADDR_LOW_MAX',
    ['kernel/crash_core.c@v6.7 (0ab97169aa05)', 'arch/arm64/mm/init.c@v6.7 (fdc268232dbb)'], PARSE_6_0,
    { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, ofStructs: OF_STRUCTS_6_7, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.6.4', protection: 'none' }),
  arm64('arm64-6.9', '6.9.0', '6.10.0', '6.9 – 6.10: as 6.7; the vmemmap ends 1 GiB below the top, PCI I/O and the fixmap above it ("arm64: Reorganize kernel VA space"; memory.h@v6.11:50-54, not @v6.8: 6.9 – 6.10 UNCONFIRMED, taken from the LPA2 series); arm64.nolva (pi/idreg-override.c@v6.11:226, not @v6.8)',
    ['kernel/crash_core.c@v6.7 (0ab97169aa05)', 'kernel/crash_reserve.c@v6.9 (the parser all arches share: x86_64-6.9)', 'arch/arm64/mm/init.c@v6.7 (fdc268232dbb)', 'arch/arm64/include/asm/memory.h@v6.11:50-54 VMEMMAP_START (v6.8:50: the 5.11 layout)', 'arch/arm64/kernel/pi/idreg-override.c@v6.11:226 (arm64.nolva)'], PARSE_6_9,
    { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, ofStructs: OF_STRUCTS_6_7, vmemmapStart: vmemmapStartV69, idregNolva: true, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.6.4', protection: 'none' }),
hugetlbCmaOnly(  arm64('arm64-6.10', '6.10.0', '6.11.0', '6.10: as 6.9; hugetlb_cma= areas aligned to the gigantic page again ("mm/hugetlb: align cma on allocation order, not demotion order": mm/hugetlb.c@v6.11:7788, not @v6.8; 6.9 – 6.11 UNCONFIRMED which)',
    ['mm/hugetlb.c@v6.11 (hugetlb_cma_reserve: PAGE_SIZE << order alignment)', 'kernel/crash_core.c@v6.7 (0ab97169aa05)', 'kernel/crash_reserve.c@v6.9 (the parser all arches share: x86_64-6.9)', 'arch/arm64/mm/init.c@v6.7 (fdc268232dbb)', 'arch/arm64/include/asm/memory.h@v6.11:50-54 VMEMMAP_START (v6.8:50: the 5.11 layout)', 'arch/arm64/kernel/pi/idreg-override.c@v6.11:226 (arm64.nolva)'], PARSE_6_9,
    { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false },
    { ...ARM64_BOOT_6_5, ofStructs: OF_STRUCTS_6_7, vmemmapStart: vmemmapStartV69, idregNolva: true, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.6.4', protection: 'none' })),
  arm64('arm64-6.11', '6.11.0', '6.12.0', '6.11: as 6.9; acpi=nospcr accepted (parse_acpi(), arch/arm64/kernel/acpi.c@v6.11:63, not @v6.8; the patch\'s v4 is of June 2024, after the 6.10 merge window); the ,high fallback to low memory skipped when LOW == HIGH ("crash: Fix x86_32 crash memory reserve dead loop": in v6.11, not in v6.8; 6.9 or 6.10 not at hand, taken as 6.11); a static /reserved-memory node\'s refusal printed by of_reserved_mem.c (OF: reserved mem:), where the scan moved (of_reserved_mem.c@v6.11:12,133, fdt.c@v6.8:531; 6.9 – 6.10 UNCONFIRMED, taken as 6.11)',
    ['kernel/crash_reserve.c@v6.11:423-427 (reserve_crashkernel_generic; kernel/crash_core.c@v6.8:431-435 without the guard)', 'arch/arm64/mm/init.c@v6.11 (arch_reserve_crashkernel)', 'arch/arm64/include/asm/memory.h@v6.11:50-54 VMEMMAP_START (v6.8:50: the 5.11 layout)', 'arch/arm64/kernel/pi/idreg-override.c@v6.11:226 (arm64.nolva)', 'arch/arm64/kernel/acpi.c@v6.11:49-64 (parse_acpi: nospcr)'], PARSE_6_9,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_5, ofReservedMem: OF_RESERVED_MEM_6_11, ofStructs: OF_STRUCTS_6_7, vmemmapStart: vmemmapStartV69, idregNolva: true, acpiBoot: ACPI_BOOT_6_12, kfenceEarlyPool: true, cmaLogNode: true, zones: zoneLimitsBits, crashWhen: 'bootmem', crashLowMax: 'dma-phys-limit', linearMap: 'arm64-6.6.4', protection: 'none' }),
  arm64('arm64-6.12', '6.12.0', '6.12.13', '6.12.0 – 6.12.12: exact zone_dma_limit, crash_size >= RAM rejected; /reserved-memory in one sorted pass',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117', 'arch/arm64/mm/mmu.c@v6.12.117', 'drivers/of/of_reserved_mem.c (mainline 6.12; the restructure came with stable 6.12.13)'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12_0, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' }),
  arm64('arm64-6.12.13', '6.12.13', '6.12.54', 'stable 6.12.13: /reserved-memory in two passes, static nodes initialised late, no reserved_mem array',
    ['drivers/of/of_reserved_mem.c (ChangeLog-6.12.13: "Restructure how the reserved memory regions are processed")', 'kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12_13, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' }),
  arm64('arm64-6.12.54', '6.12.54', '6.12.90', 'stable 6.12.54: as 6.12.13; map_mem() and arm64_memblock_init() start the kernel at _text again (5973a62efa34)',
    ['arch/arm64/mm/mmu.c, arch/arm64/mm/init.c (5973a62efa34 "arm64: map [_text, _stext) virtual address range non-executable+read-only": 6.12-stable review for 6.12.54)', 'drivers/of/of_reserved_mem.c (ChangeLog-6.12.13)', 'kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12_13, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12.54' }),
hugetlbCmaOnly(  arm64('arm64-6.12.90', '6.12.90', '6.12.103', 'stable 6.12.90: as 6.12.54; hugetlb_cma= logs its per-node share rounded up to a gigantic page (ChangeLog-6.12.90)',
    ['mm/hugetlb.c@v6.12.117 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.12.90)', 'arch/arm64/mm/mmu.c, arch/arm64/mm/init.c (5973a62efa34 "arm64: map [_text, _stext) virtual address range non-executable+read-only": 6.12-stable review for 6.12.54)', 'drivers/of/of_reserved_mem.c (ChangeLog-6.12.13)', 'kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12_13, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12.54' })),
  arm64('arm64-6.12.103', '6.12.103', '6.12.117', 'stable 6.12.103: the reserved_mem array memblock-allocated late (48 bytes a node)',
    ['drivers/of/of_reserved_mem.c (ChangeLog-6.12.103: "Add code to dynamically allocate reserved_mem array")', 'kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12.54' }),
  arm64('arm64-6.12.117', '6.12.117', '6.13.0', 'stable 6.12.117 (Debian 6.12.117): map_mem() rounds each bank inwards to pages',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117', 'arch/arm64/mm/mmu.c@v6.12.117 ("arm64: mm: fix accidental linear mapping of no-map reserved memory", ChangeLog-6.12.117)', 'drivers/of/of_reserved_mem.c@v6.12.117'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12.117' }),
  arm64('arm64-6.13', '6.13.0', '6.15.0', '6.13 – 6.15: as 6.12.103 (two passes and the reserved_mem array in mainline: of_reserved_mem.c@v6.14:72,225, not @v6.11; 6.13 UNCONFIRMED; a failed reserved_mem array allocation does not stop the static nodes), banks not rounded (map_mem@v6.14)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117', 'arch/arm64/mm/mmu.c@v6.12.117 (without the 6.12.117 rounding)', 'drivers/of/of_reserved_mem.c@v6.14 (alloc_reserved_mem_array, fdt_scan_reserved_mem_reg_nodes)'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' }),
hugetlbOnly(  arm64('arm64-6.15', '6.15.0', '6.16.0', '6.15: as 6.13; hugetlb_cma= over the nodes of memblock memory through cma_declare_contiguous_multi() (mm/hugetlb_cma.c@v6.17, not @v6.14: 6.15 – 6.17 UNCONFIRMED which); hugepagesz=/hugepages= early parameters, a bare one faulting in strlen() (mm/hugetlb.c@v6.17 hugetlb_add_param)',
    ['mm/hugetlb_cma.c@v6.17 (hugetlb_cma_reserve through cma_declare_contiguous_multi())', 'mm/cma.c@v6.17 (cma_declare_contiguous_multi)', 'mm/hugetlb.c@v6.17 (hugetlb_add_param)', 'kernel/crash_reserve.c@v6.12.117', 'arch/arm64/mm/init.c@v6.12.117', 'arch/arm64/mm/mmu.c@v6.12.117 (without the 6.12.117 rounding)', 'drivers/of/of_reserved_mem.c@v6.14 (alloc_reserved_mem_array, fdt_scan_reserved_mem_reg_nodes)'], PARSE_6_12,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' })),
  arm64('arm64-6.16', '6.16.0', '6.17.0', '6.16: as 6.13; CONFIG_PAGE_BLOCK_ORDER caps pageblock_order, and so the CMA alignment; memblock allocations keep their node and set MEMBLOCK_RSRV_KERN; the CMA lines give the size asked for and no node, cma=…-limit replaces the arch limit; the \'@\' message without its typo and kstrtobool() e/E/d/D (all in v6.16.3, none in v6.14: 6.15 UNCONFIRMED)',
    ['kernel/crash_reserve.c@v6.16.3', 'arch/arm64/mm/init.c@v6.16.3', 'mm/cma.c@v6.14:377, kernel/dma/contiguous.c@v6.14:226, kernel/crash_reserve.c@v6.14:134, mm/memblock.c@v6.14, include/linux/pageblock-flags.h@v6.14, lib/kstrtox.c@v6.14 (none of the 6.16 changes yet)', 'arch/arm64/mm/mmu.c@v6.16.3', 'drivers/of/of_reserved_mem.c@v6.16.3', 'include/linux/pageblock-flags.h@v6.16.3 (pageblock_order); mm/Kconfig@v6.16.3 (PAGE_BLOCK_ORDER)', 'mm/memblock.c@v6.16.3', 'mm/cma.c@v6.16.3', 'kernel/dma/contiguous.c@v6.16.3'], PARSE_6_16,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_16, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' }),
  // The suffix table of get_last_crashkernel() is generic: a ",cma" token leaves the plain
  // class on arm64 too, although arm64 passes no cma_size (arch/arm64/mm/init.c@v7.2.13).
  arm64('arm64-6.17', '6.17.0', '6.17.4', '6.17: as 6.16; a fixed CMA area checked against highmem only with CONFIG_HIGHMEM, 8 usemap bits per pageblock; ",cma" tokens are a suffix class the plain crashkernel= skips (all in v6.17.8, not v6.16.3; ",cma" as x86_64-6.17)',
    ['kernel/crash_reserve.c@v6.17.8 (suffix_tbl, get_last_crashkernel)', 'arch/arm64/mm/init.c@v6.17.8 (arch_reserve_crashkernel: cma_size NULL)', 'include/linux/pageblock-flags.h@v6.17.8 (pageblock_order, PB_migrate_isolate); mm/Kconfig@v6.17.8 (PAGE_BLOCK_MAX_ORDER)', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_17, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12' }),
  arm64('arm64-6.17.4', '6.17.4', '6.18.0', 'stable 6.17.4: as 6.17; map_mem() and arm64_memblock_init() start the kernel at _text again (5973a62efa34)',
    ['arch/arm64/mm/mmu.c, arch/arm64/mm/init.c (5973a62efa34: 6.17-stable review for 6.17.4)', 'kernel/crash_reserve.c@v7.2.13 (suffix_tbl, get_last_crashkernel)', 'arch/arm64/mm/init.c@v7.2.13 (arch_reserve_crashkernel: cma_size NULL)', 'include/linux/pageblock-flags.h@v7.2.13 (pageblock_order); mm/Kconfig@v7.2.13 (PAGE_BLOCK_MAX_ORDER)'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_17, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.12.54' }),
  arm64('arm64-6.18', '6.18.0', '6.19.0', '6.18: BBML2_NOABORT CPUs keep block mappings with rodata=full (force_pte_mapping(), a166563e7ec3); rodata=on is full and rodata_full true by default',
    ['arch/arm64/mm/mmu.c@v6.18.5 (force_pte_mapping, map_mem; absent from v6.17.8)', 'arch/arm64/include/asm/setup.h@v6.18.5, arch/arm64/mm/pageattr.c@v6.18.5 (rodata=on/noalias, rodata_full = true)', 'kernel/crash_reserve.c@v6.17.8 (",cma")'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_18, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.18' }),
  arm64('arm64-6.19', '6.19.0', '7.0.0', '6.19: as 6.18; /reserved-memory skips a linux,cma-default node under cma= before reserving it, and no longer warns about further reg entries',
    ['drivers/of/of_reserved_mem.c@v6.19.6 (__reserved_mem_reserve_reg, fdt_scan_reserved_mem_reg_nodes, __reserved_mem_alloc_size; not in v6.18.5)', 'kernel/dma/contiguous.c@v6.19.6 (cma_skip_dt_default_reserved_mem)', 'arch/arm64/mm/mmu.c@v6.19.6', 'kernel/crash_reserve.c@v6.17.8 (",cma")'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_6_19, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-6.18' }),
  arm64('arm64-7.0', '7.0.0', '7.1.0', '7.0: crash reserved before sparse_init and free_area_init; map_mem() still NOMAPs the kernel alias; memparse still wraps (lib/cmdline.c@v7.1.3)',
    ['kernel/crash_reserve.c@v7.2.13', 'arch/arm64/mm/init.c@v7.0.4 (bootmem_init without sparse_init)', 'mm/mm_init.c@v7.0.4 (mm_core_init_early)', 'arch/arm64/mm/mmu.c@v7.0.4 (map_mem(pgd_t *))', 'drivers/of/of_reserved_mem.c@v7.0.4', 'lib/cmdline.c@v7.1.3 (memparse still wraps)'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_7_0, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-7.0' }),
  arm64('arm64-7.1', '7.1.0', '7.2.0', '7.1: as 7.0; /reserved-memory CMA nodes validated before allocation, a 40-byte reserved_mem without the DT-order tie-break, failed nodes not kept',
    ['kernel/crash_reserve.c@v7.2.13', 'arch/arm64/mm/init.c@v7.1.3', 'arch/arm64/mm/mmu.c@v7.1.3 (map_mem(pgd_t *))', 'drivers/of/of_reserved_mem.c@v7.1.3, include/linux/of_reserved_mem.h@v7.1.3, kernel/dma/contiguous.c@v7.1.3 (rmem_cma_validate)', 'lib/cmdline.c@v7.1.3 (memparse still wraps)'], PARSE_6_17,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_7_1, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-7.0' }),
  arm64('arm64-7.2', '7.2.0', '7.3.0', '7.2 (Debian 7.2.13): map_mem() maps the kernel first and the banks over it, keeping tables and refusing PTE_CONT over live entries; memparse and simple_strtoull saturate',
    ['kernel/crash_reserve.c@v7.2.13', 'arch/arm64/mm/init.c@v7.2.13', 'arch/arm64/mm/mmu.c@v7.2.13 (map_mem, init_pmd, pte_range_has_valid_noncont; not in v7.1.3)', 'lib/cmdline.c@v7.2.13', 'lib/kstrtox.c@v7.2.13'], PARSE_7_2,
    CRASH_GENERIC_2M,
    { ...ARM64_BOOT_7_2, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-7.2' }),
  arm64('arm64-7.3', '7.3.0', undefined, '7.3: as 7.2; map_mem() rounds each bank inwards to pages; BBML3 replaces BBML2_NOABORT in force_pte_mapping(); crashkernel=size,cma reserved on arm64 too; a DMA pool\'s size in KiB',
    ['kernel/crash_reserve.c@v7.3.4 (reserve_crashkernel_cma)', 'kernel/dma/coherent.c@v7.3.4 (rmem_dma_setup)', 'arch/arm64/mm/init.c@v7.3.4 (arch_reserve_crashkernel: cma_size, reserve_crashkernel_cma)', 'arch/arm64/mm/mmu.c@v7.3.4 (map_mem, force_pte_mapping)', 'arch/arm64/kernel/cpufeature.c@v7.3.4 (cpu_supports_bbml3)', 'lib/cmdline.c@v7.2.13'], PARSE_7_2,
    { ...CRASH_GENERIC_2M, parseCma: true },
    { ...ARM64_BOOT_7_3, ...ARM64_DEFERRED_EXACT, linearMap: 'arm64-7.3' }),
]

/**
 * What-if policies from "arm64, kdump: enforce to take 4G as the crashkernel low memory end"
 * (LKML, 2022-08/09), both on top of the 6.1 code they were proposed against.
 */
const WHAT_IF: KernelPolicy[] = [
  {
    ...ARM64.find((p) => p.id === 'arm64-6.0.10')!,
    id: 'whatif-bhe-4g-low-end',
    whatIf: true,
    appliesTo: { from: kv('6.0.0'), before: kv('6.2.0') },
    description:
      "Baoquan He's proposal: CRASH_ADDR_LOW_MAX is 4G whenever ZONE_DMA/DMA32 exist, so the reservation runs early in arm64_memblock_init() and only the crash region is page-mapped (RPi4 users would need crashkernel=X@Y)",
    sources: ['LKML 20220828005545.94389-1-bhe@redhat.com ([PATCH 0/2] arm64, kdump: enforce to take 4G as the crashkernel low memory end)'],
    arm64: { ...ARM64.find((p) => p.id === 'arm64-6.0.10')!.arm64!, crashWhen: 'memblock-init', crashLowMax: '4g-if-dma-zones', linearMap: 'whatif-bhe-4g', protection: 'arm64-segments' },
  },
  {
    ...ARM64.find((p) => p.id === 'arm64-6.0.10')!,
    id: 'whatif-rppt-no-protection-deferred',
    whatIf: true,
    appliesTo: { from: kv('6.0.0'), before: kv('6.2.0') },
    description:
      "Mike Rapoport's proposal: with ZONE_DMA/DMA32 the reservation stays deferred but the crash kernel is not protected, so nothing forces base pages (crashkres_protection_possible = false)",
    sources: ['LKML YyrBFvD2ID8sqhEK@kernel.org (arm64/mm: don\'t protect crash kernel memory with CONFIG_ZONE_DMA/DMA32, 2022-09-21)'],
    arm64: { ...ARM64.find((p) => p.id === 'arm64-6.0.10')!.arm64!, linearMap: 'whatif-rppt', protection: 'none-when-deferred' },
  },
]

// ---------------------------------------------------------------- x86_64

/**
 * x86 ≤6.6: CRASH_ALIGN 16 MiB for the searches, but a fixed base only 1 MiB aligned.
 * @kernel arch/x86/kernel/setup.c reserve_crashkernel (v5.10.223:533, v6.1.192:601)
 */
const X86_CRASH_V510 = { reserve: reserveCrashkernelX86V510, align: SZ_16M, fixedAlign: SZ_1M, defaultLow: SZ_256M, supportsHigh: true, parseCma: false }
const X86_CRASH_V67 = { reserve: reserveCrashkernelGenericV67, align: SZ_16M, defaultLow: SZ_256M, supportsHigh: true, parseCma: false }
/** x86 6.11+: the LOW == HIGH guard (reserve_crashkernel_generic() of v6.11, v6.12.117). */
const X86_CRASH = { ...X86_CRASH_V67, reserve: reserveCrashkernelGeneric }
/** x86 6.17+: arch_reserve_crashkernel() passes cma_size (arch/x86/kernel/setup.c@v6.17.8). */
const X86_CRASH_CMA = { ...X86_CRASH, parseCma: true }

/**
 * An x86 generation's boot facts but NODE_MIN_SIZE and memmap_init()'s walk, which stable
 * backports moved (NODE_MIN_SIZE_BY_RELEASE, MEMMAP_INIT_BY_RELEASE).
 */
type X86Boot = Omit<X86Policy, 'nodeMinSize' | 'memmapInit' | 'logBufStats'>

/**
 * NODE_MIN_SIZE by release (X86Policy.nodeMinSize): numa_register_memblks() skips a node
 * spanning less than 4 MiB (arch/x86/mm/numa.c@v5.15, @v6.0, @v6.2, @v6.5:605-609) until "x86/mm:
 * Drop the 4 MB restriction on minimal NUMA node memory size", mainline 6.7 (no NODE_MIN_SIZE in
 * arch/x86/mm/numa.c@v6.8, @v6.11) and the stable releases of 28 November 2023: 5.10.202 and
 * 6.1.64 (ChangeLog-5.10.202 and ChangeLog-6.1.64 in Debian's changelogs; not in
 * arch/x86/mm/numa.c@v5.10.223 or @v6.1.192), 6.5.13 (ChangeLog-6.5.13), and 5.15.140 and 6.6.3
 * of the same day (UNCONFIRMED which point releases: Ubuntu's 5.15.224 has it, and its 6.5.13
 * too, test/boots/ubuntu, "a node of 2 MiB"). 5.16 – 5.19 and 6.0 – 6.4 had no stable release
 * by then: they keep it (Ubuntu's 5.19.17 and 6.2.16 skip the 2 MiB node).
 */
const NODE_MIN_SIZE_BY_RELEASE: ReadonlyArray<{ from: string; size: PhysSize }> = [
  { from: '6.6.3', size: 0n },
  { from: '6.6.0', size: SZ_4M },
  { from: '6.5.13', size: 0n },
  { from: '6.2.0', size: SZ_4M },
  { from: '6.1.64', size: 0n },
  { from: '5.16.0', size: SZ_4M },
  { from: '5.15.140', size: 0n },
  { from: '5.11.0', size: SZ_4M },
  { from: '5.10.202', size: 0n },
  { from: '5.10.0', size: SZ_4M },
]
const nodeMinSizeFor = (from: string): PhysSize => byRelease(NODE_MIN_SIZE_BY_RELEASE, from).size

/**
 * memmap_init()'s walk by release (X86Policy.memmapInit): every memory range through
 * NODE_DATA() from "mm/page_alloc: fix memory map initialization for descending nodes"
 * (mainline 5.14: mm/page_alloc.c@v5.14:6720-6740, not @v5.13:6515; stable 5.10.53 by Debian's
 * changelog, ChangeLog-5.10.53, and @v5.10.223:6342-6358; 5.13.5, released the same day,
 * UNCONFIRMED which point release). 5.11 and 5.12 had no stable release by then (Ubuntu's 5.11
 * build carries the patch from its own "upstream stable patchset 2021-08-16": its boot with a
 * 2 MiB node panics in memmap_init, test/boots/ubuntu, while upstream 5.11.22 would not).
 */
const MEMMAP_INIT_BY_RELEASE: ReadonlyArray<{ from: string; walk: X86Policy['memmapInit'] }> = [
  { from: '5.13.5', walk: 'ranges' },
  { from: '5.11.0', walk: 'zones' },
  { from: '5.10.53', walk: 'ranges' },
  { from: '5.10.0', walk: 'zones' },
]
const memmapInitFor = (from: string): X86Policy['memmapInit'] => byRelease(MEMMAP_INIT_BY_RELEASE, from).walk

/**
 * How setup_log_buf() reports a log_buf_len= buffer by release (X86Policy.logBufStats, printk.ts):
 * "log_buf_len: N bytes" in kernel/printk/printk.c@v5.10.223 and @v6.12.117 (Debian 6.12.117's
 * boot prints it); print_log_buf_usage_stats()'s "log buffer data + meta data" in @v6.14:1167
 * (Ubuntu's 6.14 tarball, linux-hwe-6.14) and on Debian's 6.16.3 – 7.3.4 boots
 * (test/boots/log-buf). No 6.13 tree at hand: 6.13 UNCONFIRMED, taken as 6.12.
 */
const LOG_BUF_STATS_BY_RELEASE: ReadonlyArray<{ from: string; stats: X86Policy['logBufStats'] }> = [
  { from: '6.14.0', stats: 'usage-stats' },
  { from: '5.10.0', stats: 'log-buf-len' },
]
const logBufStatsFor = (from: string): X86Policy['logBufStats'] => byRelease(LOG_BUF_STATS_BY_RELEASE, from).stats

/**
 * The x86 boot facts of the Debian 5.10 build: the low 1M reserved only for crashkernel=
 * (crash_reserve_low_1M; mainline 5.13 always reserves it, not in 5.10.y), 24K trampoline,
 * 12-page pgt_buf (no 5-level paging), memory_map_top_down() finds its first 2M (5.15 allocates
 * and frees it), 4 MiB CMA alignment.
 */
const X86_BOOT_5_10: X86Boot = {
  low1M: 'crashkernel-only', realModeSize: 0x6000n, realModeNoMemory: 'sub-1M', pgtBufPages: 12, fiveLevel: false, mapProbe: 'find', cmaMinAlign: SZ_4M, cmaLogNode: false, cmaAbove4GFirst: false,
  swiotlb: 'io_tlb_nslabs',
  rodataParam: 'setup-strtobool',
  kfence: false,
  cmaCmdlineLimit: 'min-not-zero', cmaLogSize: 'aligned', cmaFixedHighmemCheck: true,
  directMap: { splits2M: 9, rodataSplits2M: 4, splits1G: ['lowest-unmovable-remnant'], runtimeSplits2M: 0, memmap: 'buffer' },
  maxPfnTypes: 'ram',
  numaMemblock: NUMA_MEMBLOCK_X86,
  memblockRsrvKern: false,
  e820Print: 'classic',
}
/**
 * 5.11 – 5.18 on the 5.10 build's constants (trampoline, direct-map splits; no Debian build in
 * between) but with X86_5LEVEL, its Kconfig default (and the pgt_buf it sizes from 5.13): CMA bottom-up above 4G first from 5.12 (not in mm/cma.c@v5.11,
 * compiled by scripts/kernel-resmem-fixture.sh; in @v5.13: 5.12 UNCONFIRMED), the first 1M always
 * reserved from 5.13 ("x86/setup: Always reserve the first 1M of RAM"), memory_map_top_down()
 * allocating and freeing its first 2M from 5.15. set_debug_rodata() warns about nothing on
 * 5.11 – 5.17 (init/main.c@v5.11:1377-1381, @v5.17:1453-1457); 5.18 warns (X86_BOOT_5_18).
 */
const X86_BOOT_5_11: X86Boot = {
  ...X86_BOOT_5_10,
  rodataParam: 'setup-strtobool-silent',
  // X86_5LEVEL is "default y" (arch/x86/Kconfig@v5.11:1485-1487, @v5.13:1480-1482), as in
  // Debian's 6.1 build; 5.10's 12-page pgt_buf does not depend on it (init.c@v5.11:165-170).
  fiveLevel: true,
}
/** 5.12: KFENCE (mm/kfence; the 5.12 merge window, as arm64-5.12); CMA bottom-up above 4G first (as arm64-5.12). */
const X86_BOOT_5_12: X86Boot = { ...X86_BOOT_5_11, kfence: true, cmaAbove4GFirst: true }
/**
 * 5.13: default_nslabs (kernel/dma/swiotlb.c@v5.13:74,77-92; v5.11 still has io_tlb_nslabs:
 * 5.12 UNCONFIRMED, taken with 5.11's).
 */
const X86_BOOT_5_13: X86Boot = {
  ...X86_BOOT_5_12,
  low1M: 'always',
  swiotlb: 'default_nslabs-no-areas',
  // INIT_PGD_PAGE_TABLES 4 with CONFIG_X86_5LEVEL, INIT_PGD_PAGE_COUNT 4 * that with
  // CONFIG_RANDOMIZE_MEMORY (arch/x86/mm/init.c@v5.13:167-179; @v5.11:165-170 a flat 12:
  // 5.12 UNCONFIRMED, taken with 5.11's).
  pgtBufPages: 16,
}
/**
 * 5.15: memory_map_top_down() allocates and frees its first 2M, unchecked: a failed allocation's
 * 0 is freed and taken as the block (arch/x86/mm/init.c@v5.15:619-622, @v6.14:646-649).
 */
const X86_BOOT_5_15: X86Boot = { ...X86_BOOT_5_13, mapProbe: 'alloc-free-unchecked' }
/**
 * 5.18: set_debug_rodata() warns again ("init/main.c: return 1 from handled __setup()
 * functions": stable 5.10.111 of April 2022 backported it, and stable takes only what mainline
 * has, so it is 5.18's merge window; no 5.18 tree at hand, v5.17 silent, v5.19 warning), as
 * arm64's 'arm64-5.18' generation has it.
 */
const X86_BOOT_5_18: X86Boot = { ...X86_BOOT_5_15, rodataParam: 'setup-strtobool' }
/** 6.1 (Debian 6.1.192): first 1M always reserved, 28K trampoline, CONFIG_X86_5LEVEL pgt_buf (16 pages), pageblock CMA alignment. */
const X86_BOOT_6_1: X86Boot = {
  low1M: 'always', realModeSize: 0x7000n, realModeNoMemory: 'sub-1M', pgtBufPages: 16, fiveLevel: true, mapProbe: 'alloc-free', cmaMinAlign: SZ_2M, cmaLogNode: false, cmaAbove4GFirst: true,
  // default_nslabs and the area count, as 6.1's swiotlb.c (swiotlb_adjust_nareas(): kernel/dma/swiotlb.c@v6.0:120,147,
  // not @v5.19; x86_64-5.19 takes 5.13's default_nslabs-no-areas).
  swiotlb: 'default_nslabs',
  // The early_param of 6.0 and 6.1 (init/main.c@v6.0:1454-1467, @v6.1.192:1429-1441);
  // x86_64-5.19 overrides it with the __setup() of init/main.c@v5.19:1448-1454.
  rodataParam: 'early-on-off',
  kfence: true,
  cmaCmdlineLimit: 'min-not-zero', cmaLogSize: 'aligned', cmaFixedHighmemCheck: true,
  directMap: { splits2M: 10, splits1G: ['zone-start', 'zone-end'], runtimeSplits2M: 1, memmap: 'buffer' },
  maxPfnTypes: 'ram',
  numaMemblock: NUMA_MEMBLOCK_X86,
  memblockRsrvKern: false,
  e820Print: 'classic',
}
/**
 * 5.19: 6.1's boot facts, with 5.15's unchecked first 2M of memory_map_top_down()
 * (arch/x86/mm/init.c@v5.19), but rodata= is still the __setup("rodata=") of 5.10 with strtobool()
 * (init/main.c@v5.19:1448-1454; the early_param came with 6.0's 2e8cff0a0eee "arm64: fix
 * rodata=full", init/main.c@v6.0:1454-1467, as arm64-6.0), and swiotlb= has no area count yet
 * (kernel/dma/swiotlb.c@v5.19:75-90; swiotlb_adjust_nareas() is @v6.0:120,147).
 */
const X86_BOOT_5_19: X86Boot = { ...X86_BOOT_6_1, swiotlb: 'default_nslabs-no-areas', rodataParam: 'setup-strtobool', mapProbe: 'alloc-free-unchecked' }
/**
 * 6.6+: the CMA message names the node. Debian 6.12's image splits two 2M pages fewer. max_pfn
 * covers ACPI-data e820 entries from 6.11 (06fa48d85b09); 6.7 – 6.10 is X86_BOOT_6_7. NUMA
 * init on numa_memblks from 6.12, which clips the node to memblock's DRAM (the first page,
 * not memory, keeps no node: the oracle's 6.12 and 7.2 dumps).
 */
const X86_BOOT_6_12: X86Boot = {
  ...X86_BOOT_6_1,
  cmaLogNode: true,
  directMap: { splits2M: 8, rodataSplits2M: 2, splits1G: ['zone-start', 'unmovable-remnants'], runtimeSplits2M: 1, memmap: 'buffer' },
  maxPfnTypes: 'ram-and-acpi',
  numaMemblock: NUMA_MEMBLKS,
}
/**
 * The releases without "x86/mm: Check return value from memblock_phys_alloc_range()": 6.0 –
 * 6.1.140 and 6.2 – 6.5 as X86_BOOT_6_1 (Debian 6.1.192 has the stable backport, ChangeLog-6.1.141
 * in Debian's changelog; arch/x86/mm/init.c@v6.0, @v6.2, @v6.5 compiled without it:
 * test/fuzz/kernel-x86dm.test.ts), 6.12.0 – 6.12.30 and 6.13 – 6.14 as X86_BOOT_6_12 (Debian
 * 6.12.117 has it, ChangeLog-6.12.31; @v6.14 compiled without it).
 */
const X86_BOOT_6_0: X86Boot = { ...X86_BOOT_6_1, mapProbe: 'alloc-free-unchecked' }
const X86_BOOT_6_12_0: X86Boot = { ...X86_BOOT_6_12, mapProbe: 'alloc-free-unchecked' }
/**
 * 6.6: as 6.1, the CMA lines naming the node. The stable backport of "x86/mm: Check return
 * value from memblock_phys_alloc_range()" (631ca8909fd5) reached 6.6.y and 6.14.y as well
 * ("[PATCH 6.6 072/444]", 2 June 2025; "[PATCH 6.14 130/783]", 27 May 2025, in the stable
 * reviews), not only the 6.1.y and 6.12.y that Debian ships: x86_64-6.6 and -6.13 end there.
 */
const X86_BOOT_6_6: X86Boot = { ...X86_BOOT_6_1, cmaLogNode: true }
/** 6.6.0 – 6.6.92: as 6.6.93 without the first-2M probe check. */
const X86_BOOT_6_6_0: X86Boot = { ...X86_BOOT_6_6, mapProbe: 'alloc-free-unchecked' }
/**
 * 6.11: as 6.12's build, x86's own NUMA init. memory_map_top_down() does not check its
 * allocation yet (arch/x86/mm/init.c@v6.11:641-644).
 */
const X86_BOOT_6_11: X86Boot = { ...X86_BOOT_6_12, numaMemblock: NUMA_MEMBLOCK_X86, mapProbe: 'alloc-free-unchecked' }
/** 6.7 – 6.10: as 6.11, max_pfn from RAM entries only. */
const X86_BOOT_6_7: X86Boot = { ...X86_BOOT_6_11, maxPfnTypes: 'ram' }
/**
 * 6.16: memblock allocations keep their node and set MEMBLOCK_RSRV_KERN; the image and initrd
 * are memblock_reserve_kern()ed (arch/x86/kernel/setup.c@v6.16.3). The CMA lines lost " on node %d" again and give
 * the size asked for (multi-range CMA's wrapper, mm/cma.c@v6.16.3:576-594), and `cma=…-limit`
 * replaces the limit (kernel/dma/contiguous.c@v6.16.3:226-227), as arm64's. All in v6.16.3,
 * none in v6.14 (no memblock_reserve_kern() in arch/x86/kernel/setup.c@v6.14, mm/cma.c@v6.14:377
 * names the node, contiguous.c@v6.14:226 takes min_not_zero()): 6.15 UNCONFIRMED.
 */
const X86_BOOT_6_16: X86Boot = {
  ...X86_BOOT_6_12,
  memblockRsrvKern: true,
  cmaLogNode: false,
  cmaCmdlineLimit: 'replaces',
  cmaLogSize: 'requested',
  // As the releases boots of Debian 6.16.3, 6.17.8 and 6.18.5 measure it (test/boots/releases:
  // DirectMap1G=3145728 DirectMap4k=24448 on 4G q35): no 1G split at the zone's end any more,
  // ten 2M splits. Which change removed the end split is UNCONFIRMED.
  directMap: { splits2M: 10, rodataSplits2M: 4, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'buffer' },
}
/**
 * 6.17: cma_fixed_reserve() checks highmem_start only with CONFIG_HIGHMEM (mm/cma.c:357@v6.17.8),
 * as arm64-6.17. (v6.16.3 takes memblock_end_of_DRAM() for highmem_start without
 * CONFIG_HIGHMEM, mm/cma.c:613-615, not x86's max_pfn: not modelled, CmaRules.highmemStart.)
 */
const X86_BOOT_6_17: X86Boot = { ...X86_BOOT_6_16, cmaFixedHighmemCheck: false }
/** 6.19: nine 2M splits, as the 7.x builds (the releases boot of Debian 6.19.6: DirectMap4k=22400). */
const X86_BOOT_6_19: X86Boot = { ...X86_BOOT_6_17, directMap: { splits2M: 9, rodataSplits2M: 4, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'buffer' } }
/**
 * 7.0 – 7.2: the direct map as the 7.2 oracle boots and the releases boots of Debian 7.0.4
 * and 7.1.3 measure it (nine 2M splits, one 1G split at the zone's start), as 6.19's. Why the
 * count moves between builds (10 on 6.16 – 6.18, 9 on 6.19 – 7.2, 8 on 7.3) is UNCONFIRMED:
 * module text comes from the 2M ROX execmem cache from 6.16 (EXECMEM_ROX_CACHE in
 * arch/x86/mm/init.c@v6.16.3:1090, not in @v6.12.117), and EXECMEM_BPF takes it only in 7.3
 * (arch/x86/mm/init.c@v7.3.4; kernel/bpf/core.c@v7.3.4 execmem_is_rox(EXECMEM_BPF)); the
 * section layout of each build decides the rest. The CMA rules are 6.17's. From 7.0
 * e820__print_table() names the types anew and prints the gaps (e820Print; Debian 6.19.6 and
 * 7.0.4 in test/boots/releases, arch/x86/kernel/e820.c@v7.2.13:190-233).
 */
const X86_BOOT_7_0: X86Boot = { ...X86_BOOT_6_19, e820Print: 'named-gaps' }
/**
 * 7.2: `swiotlb=`'s simple_strtoul() saturates (lib/kstrtox.c@v7.2.13 _parse_integer_limit;
 * setup_io_tlb_npages() itself is the same from kernel/dma/swiotlb.c@v6.12.117 to @v7.2.13).
 * sparse_init() allocates the memmap section by section: sparse_buffer_init() is in
 * mm/sparse.c@v7.1.3:268-279, not in @v7.2.13. reserve_real_mode() says "No memory below
 * 0x0000000000100000 for the real-mode trampoline" when nothing under 1M is free
 * (arch/x86/realmode/init.c@v7.2.13:59; @v6.12.117, @v6.14:59, @v6.17:60 and @v7.0:60 still have
 * the sub-1M line, and so does Debian's 7.1.3: test/boots/amd64-memmap's memmap-no-sub1M boots).
 */
const X86_BOOT_7_2: X86Boot = { ...X86_BOOT_7_0, swiotlb: 'default_nslabs-saturating', realModeNoMemory: 'below-limit', directMap: { ...X86_BOOT_7_0.directMap, memmap: 'per-section' } }
/**
 * 7.3: eight 2M splits (the releases boots of Debian 7.3.4: DirectMap2M=3125248
 * DirectMap4k=20352 on 4G q35), where BPF JIT images come from the ROX execmem cache too
 * (arch/x86/mm/init.c@v7.3.4 execmem_arch_setup).
 */
const X86_BOOT_7_3: X86Boot = { ...X86_BOOT_7_2, directMap: { splits2M: 8, rodataSplits2M: 4, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'per-section' } }

const x86 = (id: string, from: string, before: string | undefined, description: string, sources: string[], parse: ParseDialect, crash: KernelPolicy['crash'], boot: X86Boot): KernelPolicy => ({
  id,
  arch: 'x86_64',
  appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
  commandLineSize: commandLineSizeFor('x86_64', from),
  hugetlbCma: hugetlbCmaFor('x86_64', from),
  dmaNumaCma: dmaNumaCmaFor('x86_64', from),
  hugetlbBootmem: hugetlbBootmemFor('x86_64', from),
  pkvm: pkvmFor('x86_64', from),
  numaEmu: numaEmuFor('x86_64', from),
  zoneMovable: zoneMovableFor(from),
  memorylessNode: memorylessNodeFor(from),
  memblock: memblockFor(from),
  description,
  sources,
  parse,
  crash,
  x86: { ...boot, nodeMinSize: nodeMinSizeFor(from), memmapInit: memmapInitFor(from), logBufStats: logBufStatsFor(from) },
  // KernelPolicy.onlyFor: set by hugetlbCmaOnly() or hugetlbOnly() (every policy of one shape).
  onlyFor: undefined,
})

const X86: KernelPolicy[] = [
  x86('x86_64-5.10', '5.10.0', '5.10.53', '5.10.0 – 5.10.52: as 5.10.202; a NUMA node spanning less than 4 MiB gets no NODE_DATA (NODE_MIN_SIZE), and memmap_init() leaves it alone',
    ['arch/x86/kernel/setup.c@v5.10.223', 'kernel/crash_core.c@v5.10.223', 'mm/cma.c@v5.10.223', 'arch/x86/mm/numa.c@v5.15 (numa_register_memblks: NODE_MIN_SIZE)', 'mm/page_alloc.c@v5.11:6260-6277 (memmap_init per zone of an online node)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_10),
  x86('x86_64-5.10.53', '5.10.53', '5.10.202', 'stable 5.10.53 – 5.10.201: as 5.10.0; memmap_init() walks every memory range, and a node NODE_MIN_SIZE left without NODE_DATA panics the boot ("mm/page_alloc: fix memory map initialization for descending nodes", ChangeLog-5.10.53)',
    ['arch/x86/kernel/setup.c@v5.10.223', 'kernel/crash_core.c@v5.10.223', 'arch/x86/mm/numa.c@v5.15 (numa_register_memblks: NODE_MIN_SIZE)', 'mm/page_alloc.c@v5.10.223:6342-6358 (memmap_init)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_10),
  x86('x86_64-5.10.202', '5.10.202', '5.11.0', 'stable 5.10.202 (Debian 5.10.223): x86 reserve_crashkernel(), plain then ,high, [16M,4G) then [16M,64T); CMA top-down only; no NODE_MIN_SIZE ("x86/mm: Drop the 4 MB restriction on minimal NUMA node memory size", ChangeLog-5.10.202)',
    ['arch/x86/kernel/setup.c@v5.10.223', 'kernel/crash_core.c@v5.10.223', 'mm/cma.c@v5.10.223', 'arch/x86/mm/numa.c@v5.10.223 (numa_register_memblks)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_10),
  x86('x86_64-5.11', '5.11.0', '5.12.0', '5.11: as 5.10 (CMA still top-down only); rodata= through strtobool(), an invalid value not warned about',
    ['mm/cma.c@v5.11 (cma_declare_contiguous_nid: no bottom-up step; compiled, test/fuzz/kernel-resmem.test.ts)', 'init/main.c@v5.11:1377-1381'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_11),
  x86('x86_64-5.12', '5.12.0', '5.13.0', '5.12: as 5.11; KFENCE, whose early pool is mapped with 4K pages; CMA areas bottom-up above 4G first (in v5.13, not v5.11: 5.12 UNCONFIRMED)',
    ['arch/x86/include/asm/kfence.h@v6.1.192 (arch_kfence_init_pool; mm/kfence came in the 5.12 merge window, as arm64-5.12)', 'mm/cma.c@v5.13:341-352 (cma_declare_contiguous_nid: "mm: cma: allocate cma areas bottom-up")'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_12),
  x86('x86_64-5.13', '5.13.0', '5.13.5', '5.13.0 – 5.13.4: the first 1M always reserved',
    ['arch/x86/realmode/init.c@v6.1.192 (reserve_real_mode: "x86/setup: Always reserve the first 1M of RAM", 5.13)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_13),
  x86('x86_64-5.13.5', '5.13.5', '5.15.0', '5.13.5 – 5.14: as 5.13.0; memmap_init() walks every memory range, and a node NODE_MIN_SIZE left without NODE_DATA panics the boot (mainline 5.14; stable 5.13.5, the day of 5.10.53: UNCONFIRMED which point release)',
    ['arch/x86/realmode/init.c@v6.1.192 (reserve_real_mode)', 'mm/page_alloc.c@v5.14:6720-6740 (memmap_init)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_13),
  x86('x86_64-5.15', '5.15.0', '5.15.140', '5.15.0 – 5.15.139: memory_map_top_down() allocates and frees its first 2M (a7259df76702: in v5.15, v5.14 still finds it)',
    ['arch/x86/mm/init.c@v5.15 (memory_map_top_down: memblock_phys_alloc_range() then memblock_free(); a7259df76702 "memblock: make memblock_find_in_range method private")', 'arch/x86/mm/init.c@v5.14 (memblock_find_in_range)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_15),
  x86('x86_64-5.15.140', '5.15.140', '5.16.0', 'stable 5.15.140: as 5.15; no NODE_MIN_SIZE (the backport of 28 November 2023 beside 5.10.202 and 6.1.64: UNCONFIRMED which point release, taken as 5.15.140; Ubuntu\'s 5.15.224 has it)',
    ['arch/x86/mm/init.c@v5.15 (memory_map_top_down)', 'arch/x86/mm/numa.c@v5.10.223 (numa_register_memblks: the same backport)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_15),
  x86('x86_64-5.16', '5.16.0', '5.17.0', '5.16 – 5.17: as 5.15.0 (NODE_MIN_SIZE kept: no stable release after November 2023)',
    ['arch/x86/mm/init.c@v5.17 (memory_map_top_down)', 'arch/x86/mm/numa.c@v5.17 (numa_register_memblks: NODE_MIN_SIZE)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_15),
hugetlbCmaOnly(  x86('x86_64-5.17', '5.17.0', '5.18.0', '5.17: as 5.16; hugetlb_cma= takes nid:size lists (mm/hugetlb.c@v5.17:6882, not @v5.15)',
    ['mm/hugetlb.c@v5.17 (cmdline_parse_hugetlb_cma: nid:size lists)', 'arch/x86/mm/init.c@v5.17 (memory_map_top_down)', 'arch/x86/mm/numa.c@v5.17 (numa_register_memblks: NODE_MIN_SIZE)'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_15)),
  x86('x86_64-5.18', '5.18.0', '5.19.0', '5.18: as 5.15; an invalid rodata= value warned about again ("init/main.c: return 1 from handled __setup() functions", in 5.10.111 of April 2022, so 5.18; v5.17 silent: UNCONFIRMED by a tree)',
    ['init/main.c@v5.19:1448-1454 (set_debug_rodata: pr_warn, return 1)', 'init/main.c@v5.17:1453-1457 (return strtobool())'], PARSE_5_10, X86_CRASH_V510, X86_BOOT_5_18),
  x86('x86_64-5.19', '5.19.0', '6.0.0', '5.19: -ENOENT for an absent option; rodata= still __setup("rodata=") with strtobool(), which takes t/f now; swiotlb= without the area count',
    ['kernel/crash_core.c@v5.19', 'kernel/dma/swiotlb.c@v5.19:75-90 (setup_io_tlb_npages: no area count)', 'init/main.c@v5.19:1448-1454 (__setup("rodata="))'], PARSE_5_19, X86_CRASH_V510,
    X86_BOOT_5_19),
  x86('x86_64-6.0', '6.0.0', '6.1.64', '6.0 – 6.1.63: range syntax rounds RAM up to 128M; memory_map_top_down() takes a failed first-2M probe\'s 0 as its block (as 5.15); NODE_MIN_SIZE',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.0 (memory_map_top_down, compiled)', 'arch/x86/mm/numa.c@v6.0 (numa_register_memblks: NODE_MIN_SIZE)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_0),
  x86('x86_64-6.1.64', '6.1.64', '6.1.141', 'stable 6.1.64 – 6.1.140: as 6.0; no NODE_MIN_SIZE ("x86/mm: Drop the 4 MB restriction on minimal NUMA node memory size", ChangeLog-6.1.64)',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.0 (memory_map_top_down, compiled)', 'arch/x86/mm/numa.c@v6.1.192 (numa_register_memblks)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_0),
  x86('x86_64-6.1.141', '6.1.141', '6.1.176', 'stable 6.1.141 (Debian 6.1.192): as 6.0; the first-2M probe checked ("x86/mm: Check return value from memblock_phys_alloc_range()", ChangeLog-6.1.141)',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.1.192 (memory_map_top_down)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_1),
hugetlbCmaOnly(  x86('x86_64-6.1.176', '6.1.176', '6.2.0', 'stable 6.1.176 (Debian 6.1.192): as 6.1.141; hugetlb_cma= logs its per-node share rounded up to a gigantic page ("mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)',
    ['mm/hugetlb.c@v6.1.192 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)', 'arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.1.192 (memory_map_top_down)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_1)),
  x86('x86_64-6.2', '6.2.0', '6.5.13', '6.2 – 6.5.12: as 6.0, the first-2M probe unchecked (the fix reached 6.1.y, 6.6.y, 6.12.y and 6.14.y, no 6.2 – 6.5 release: arch/x86/mm/init.c@v6.2, @v6.5 compiled); NODE_MIN_SIZE',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.2, @v6.5 (memory_map_top_down, compiled)', 'arch/x86/mm/numa.c@v6.5:605-609 (numa_register_memblks: NODE_MIN_SIZE)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_0),
  x86('x86_64-6.5.13', '6.5.13', '6.6.0', 'stable 6.5.13: as 6.2; no NODE_MIN_SIZE ("x86/mm: Drop the 4 MB restriction on minimal NUMA node memory size", ChangeLog-6.5.13; Ubuntu\'s 6.5.13 has it)',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'arch/x86/mm/init.c@v6.5 (memory_map_top_down, compiled)', 'arch/x86/mm/numa.c@v6.8 (numa_register_memblks)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_0),
  x86('x86_64-6.6', '6.6.0', '6.6.3', '6.6.0 – 6.6.2: as 6.0, NODE_MIN_SIZE; the CMA lines name the node ("dma-contiguous: support numa CMA for specified node", 6.6 merge window; mm/cma.c@v6.8:377, not @v6.5: 6.6 – 6.8, UNCONFIRMED which, as arm64-6.6 and riscv64-6.6); the first-2M probe unchecked',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'mm/cma.c@v6.12.117 (cma_declare_contiguous_nid: " on node %d")'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_6_0),
  x86('x86_64-6.6.3', '6.6.3', '6.6.93', '6.6.3 – 6.6.92: as 6.6.0 without NODE_MIN_SIZE (the backport of 28 November 2023 beside 6.5.13: UNCONFIRMED which point release, taken as 6.6.3)',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'mm/cma.c@v6.12.117 (cma_declare_contiguous_nid: " on node %d")'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_6_0),
  x86('x86_64-6.6.93', '6.6.93', '6.7.0', 'stable 6.6.93: as 6.6; the first-2M probe checked ("x86/mm: Check return value from memblock_phys_alloc_range()", 631ca8909fd5: "[PATCH 6.6 072/444]" in the stable review of 2 June 2025, the series after 6.6.92; UNCONFIRMED which point release, taken as 6.6.93)',
    ['arch/x86/kernel/setup.c@v6.1.192', 'kernel/crash_core.c@v6.1.192', 'mm/cma.c@v6.12.117 (cma_declare_contiguous_nid: " on node %d")', 'arch/x86/mm/init.c@v6.1.192 (memory_map_top_down: the same backport)'], PARSE_6_0, X86_CRASH_V510, X86_BOOT_6_6),
  x86('x86_64-6.7', '6.7.0', '6.9.0', '6.7: generic reserve_crashkernel_generic() (9c08a2a139fe)',
    ['kernel/crash_core.c@v6.7 (0ab97169aa05)', 'arch/x86/kernel/setup.c@v6.7 (9c08a2a139fe)'], PARSE_6_0, X86_CRASH_V67, X86_BOOT_6_7),
  x86('x86_64-6.9', '6.9.0', '6.10.0', '6.9 – 6.10: kernel/crash_reserve.c split',
    ['kernel/crash_reserve.c@v6.9'], PARSE_6_9, X86_CRASH_V67, X86_BOOT_6_7),
hugetlbCmaOnly(  x86('x86_64-6.10', '6.10.0', '6.11.0', '6.10: as 6.9; hugetlb_cma= areas aligned to the gigantic page again ("mm/hugetlb: align cma on allocation order, not demotion order": mm/hugetlb.c@v6.11:7788, not @v6.8; 6.9 – 6.11 UNCONFIRMED which)',
    ['mm/hugetlb.c@v6.11 (hugetlb_cma_reserve: PAGE_SIZE << order alignment)', 'kernel/crash_reserve.c@v6.9'], PARSE_6_9, X86_CRASH_V67, X86_BOOT_6_7)),
  x86('x86_64-6.11', '6.11.0', '6.12.0', '6.11: max_pfn covers ACPI-data e820 entries too (the firmware\'s e820AcpiData, memmap=nn#ss); the ,high fallback\'s LOW == HIGH guard (as arm64-6.11)',
    ['arch/x86/kernel/e820.c@v6.12.117 (e820__end_ram_pfn: 06fa48d85b09 "x86/mm: Make e820__end_ram_pfn() cover E820_TYPE_ACPI ranges", 6.11)', 'kernel/crash_reserve.c@v6.11:423-427 (reserve_crashkernel_generic: the guard; not in kernel/crash_core.c@v6.8:431-435)'], PARSE_6_9, X86_CRASH, X86_BOOT_6_11),
  x86('x86_64-6.12', '6.12.0', '6.12.31', '6.12.0 – 6.12.30: crash_size >= RAM rejected; NUMA init on numa_memblks; the first-2M probe unchecked (as 6.11)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/kernel/setup.c@v6.12.117', 'mm/numa_memblks.c@v6.12.117', 'arch/x86/mm/init.c@v6.11 (memory_map_top_down)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12_0),
  x86('x86_64-6.12.31', '6.12.31', '6.12.90', 'stable 6.12.31 (Debian 6.12.117): as 6.12; the first-2M probe checked ("x86/mm: Check return value from memblock_phys_alloc_range()", ChangeLog-6.12.31)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/kernel/setup.c@v6.12.117', 'mm/numa_memblks.c@v6.12.117', 'arch/x86/mm/init.c@v6.12.117 (memory_map_top_down)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12),
hugetlbCmaOnly(  x86('x86_64-6.12.90', '6.12.90', '6.13.0', 'stable 6.12.90 (Debian 6.12.117): as 6.12.31; hugetlb_cma= logs its per-node share rounded up to a gigantic page (ChangeLog-6.12.90)',
    ['mm/hugetlb.c@v6.12.117 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.12.90)', 'kernel/crash_reserve.c@v6.12.117', 'arch/x86/kernel/setup.c@v6.12.117', 'mm/numa_memblks.c@v6.12.117', 'arch/x86/mm/init.c@v6.12.117 (memory_map_top_down)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12)),
  x86('x86_64-6.13', '6.13.0', '6.14.0', '6.13: as 6.12, the first-2M probe unchecked (arch/x86/mm/init.c@v6.14 compiled); setup_log_buf() still says "log_buf_len: N bytes" (UNCONFIRMED: no 6.13 tree at hand, taken as 6.12)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/mm/init.c@v6.14 (memory_map_top_down, compiled)', 'kernel/printk/printk.c@v6.12.117:1237 (setup_log_buf)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12_0),
  x86('x86_64-6.14', '6.14.0', '6.14.9', '6.14 – 6.14.8: as 6.13; setup_log_buf() reports the buffer with print_log_buf_usage_stats() ("log buffer data + meta data")',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/mm/init.c@v6.14 (memory_map_top_down, compiled)', 'kernel/printk/printk.c@v6.14:1167 (print_log_buf_usage_stats)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12_0),
  x86('x86_64-6.14.9', '6.14.9', '6.15.0', 'stable 6.14.9: as 6.13; the first-2M probe checked ("x86/mm: Check return value from memblock_phys_alloc_range()", 631ca8909fd5: "[PATCH 6.14 130/783]" in the stable review of 27 May 2025, beside 6.12.31\'s "[PATCH 6.12 111/626]"; UNCONFIRMED which point release, taken as 6.14.9)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/mm/init.c@v6.12.117 (memory_map_top_down: the same backport)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12),
  x86('x86_64-6.15', '6.15.0', '6.16.0', '6.15: as 6.12.31, the probe checked (in v6.17, not v6.14: 631ca8909fd5, committed to tip x86/core on 19 March 2025 for the 6.15 merge window, and "Upstream commit" of the AUTOSEL backports of 5 May 2025, before 6.15 was released); hugepagesz=/hugepages= early parameters, their 1G pages memblock-allocated in setup_arch() before the crash kernel (hugetlb_bootmem_alloc(), with GBPAGES; in v6.17, not v6.14: 6.15 UNCONFIRMED); hugetlb_cma= (CONFIG_CMA) over the nodes of memblock memory through cma_declare_contiguous_multi()',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/x86/mm/init.c@v6.17 (memory_map_top_down)', 'mm/hugetlb_cma.c@v6.17 (hugetlb_cma_reserve)', 'mm/cma.c@v6.17 (cma_declare_contiguous_multi)', 'arch/x86/kernel/setup.c@v6.17 (setup_arch: hugetlb_bootmem_alloc)', 'mm/hugetlb.c@v6.17 (hugetlb_bootmem_alloc, hugetlb_parse_params)'], PARSE_6_12, X86_CRASH, X86_BOOT_6_12),
  x86('x86_64-6.16', '6.16.0', '6.17.0', '6.16: as 6.12; memblock allocations keep their node and set MEMBLOCK_RSRV_KERN, the image and initrd are memblock_reserve_kern()ed (Kexec HandOver series); the \'@\' message without its typo and kstrtobool() e/E/d/D (in 6.16.3, none in 6.14: UNCONFIRMED for 6.15)',
    ['kernel/crash_reserve.c@v6.16.3', 'mm/memblock.c@v7.2.13 (__memblock_reserve, memblock_alloc_range_nid)', 'arch/x86/kernel/setup.c@v6.16.3 (memblock_reserve_kern)', 'lib/kstrtox.c@v6.16.3 (kstrtobool)'], PARSE_6_16, X86_CRASH, X86_BOOT_6_16),
  x86('x86_64-6.17', '6.17.0', '6.19.0', '6.17 – 6.18: crashkernel=size,cma on x86 (in 6.17.8, not in 6.16.3)',
    ['kernel/crash_reserve.c@v6.17.8 (suffix_tbl, reserve_crashkernel_cma)', 'arch/x86/kernel/setup.c@v6.17.8 (arch_reserve_crashkernel: cma_size)', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)'], PARSE_6_17, X86_CRASH_CMA, X86_BOOT_6_17),
  x86('x86_64-6.19', '6.19.0', '7.0.0', '6.19: as 6.17; the direct map as the releases boot of Debian 6.19.6 measures it (nine 2M splits)',
    ['arch/x86/mm/pat/set_memory.c@v6.19.6 (split_page_count, arch_report_meminfo; the counts as test/boots/releases measures them)', 'kernel/crash_reserve.c@v6.17.8 (suffix_tbl, reserve_crashkernel_cma)', 'arch/x86/kernel/setup.c@v6.17.8 (arch_reserve_crashkernel: cma_size)', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)'], PARSE_6_17, X86_CRASH_CMA, X86_BOOT_6_19),
  x86('x86_64-7.0', '7.0.0', '7.2.0', '7.0 – 7.1: the 7.2.13 boot facts; memparse still wraps (lib/cmdline.c@v7.1.3); hugetlb_bootmem_alloc() from mm_core_init_early(), after the crash kernel',
    ['kernel/crash_reserve.c@v7.1.3', 'arch/x86/kernel/setup.c@v7.1.3', 'lib/cmdline.c@v7.1.3', 'lib/kstrtox.c@v7.1.3', 'mm/mm_init.c@v7.0 (mm_core_init_early)'], PARSE_6_17, X86_CRASH_CMA, X86_BOOT_7_0),
  x86('x86_64-7.2', '7.2.0', '7.3.0', '7.2 (Debian 7.2.13): memparse and simple_strtoull saturate; numa=fake=NU counts the nodes each physical node got (not in Debian 7.1.3: test/boots/numa-fake)',
    ['kernel/crash_reserve.c@v7.2.13', 'arch/x86/kernel/setup.c@v7.2.13', 'lib/cmdline.c@v7.2.13', 'lib/kstrtox.c@v7.2.13', 'mm/numa_emulation.c@v7.2.13 (numa_emulation: nr_created)'], PARSE_7_2, X86_CRASH_CMA, X86_BOOT_7_2),
  x86('x86_64-7.3', '7.3.0', undefined, '7.3+ (Debian 7.3.4): as 7.2 in the reservation; the direct map as the releases boots of 7.3.4 measure it (eight 2M splits)',
    ['kernel/crash_reserve.c@v7.3.4', 'arch/x86/kernel/setup.c@v7.3.4', 'kernel/dma/swiotlb.c@v7.3.4 (setup_io_tlb_npages)', 'arch/x86/mm/init.c@v7.3.4 (execmem_arch_setup: EXECMEM_BPF)', 'arch/x86/mm/pat/set_memory.c@v7.3.4 (split_page_count, arch_report_meminfo; the counts as test/boots/releases measures them)'], PARSE_7_2, X86_CRASH_CMA, X86_BOOT_7_3),
]

// ---------------------------------------------------------------- riscv64

const riscv = (id: string, from: string, before: string | undefined, description: string, sources: string[], parse: ParseDialect, crash: KernelPolicy['crash'], r: RiscvPolicy): KernelPolicy => ({
  id,
  arch: 'riscv64',
  appliesTo: { from: kv(from), before: before ? kv(before) : undefined },
  commandLineSize: commandLineSizeFor('riscv64', from),
  hugetlbCma: hugetlbCmaFor('riscv64', from),
  dmaNumaCma: dmaNumaCmaFor('riscv64', from),
  hugetlbBootmem: hugetlbBootmemFor('riscv64', from),
  pkvm: pkvmFor('riscv64', from),
  numaEmu: numaEmuFor('riscv64', from),
  zoneMovable: zoneMovableFor(from),
  memorylessNode: memorylessNodeFor(from),
  memblock: memblockFor(from),
  description,
  sources,
  parse,
  crash,
  riscv: r,
  // KernelPolicy.onlyFor: set by hugetlbCmaOnly() or hugetlbOnly() (every policy of one shape).
  onlyFor: undefined,
})

/**
 * The riscv64 boot facts of the Debian 6.1 build (arch/riscv/mm/init.c@v6.1.192): PMD-only
 * linear map based at the kernel's load address (RAM under the image dropped, memory_limit
 * from KERN_VIRT_SIZE - 4 GiB; setup_vm, setup_bootmem, setup_vm_final and
 * drivers/of/fdt.c early_init_dt_add_memory_arch@v6.1.192), drivers/of of 6.1 (no range
 * lines, one sorted pass), the vmemmap in base pages (vmemmap_populate@v6.1.192).
 * Used up to 6.3 (drivers/of's changes of 6.3 are applied per release, as on arm64); the
 * policies before 5.19
 * take 5.10's drivers/of (as arm64's do), and keep 6.1's boot order
 * (5.10 scanned /reserved-memory after paging_init(): not modelled).
 */
/**
 * numa_alloc_distance() of 6.1: (1 << CONFIG_NODES_SHIFT)² bytes; Debian's riscv64 6.12 and 7.2
 * configs have NODES_SHIFT=2 (shared/oracle/kernels), taken for 6.1: the Kconfig default in
 * arch/riscv/Kconfig@v6.1:364 (Debian's 6.1 riscv64 config itself is not at hand).
 */
const RISCV_NUMA_DISTANCE_6_1 = 16n
const RISCV_BOOT_6_1: Omit<RiscvPolicy, 'lowMax'> = { linearMap: 'pmd-only', ramBase: 'kernel-load', sparseBeforeCrash: true, vmemmap: 'basepages', pageblockBits: 4n, cmaLogNode: false, cmaAbove4GFirst: true, cmaCmdlineLimit: 'min-not-zero', cmaLogSize: 'aligned', cmaFixedHighmemCheck: true, cmaMinAlignOrder: 9, ofReservedMem: OF_RESERVED_MEM_6_1, ofStructs: OF_STRUCTS_5_12, satpModeFromCmdline: false, satpModeFromFdt: false, memoryLimitStart: 'kern-virt-size-less-4g', linearMapBound: 'memory-limit', satpModes: 5, linearMapOverflowWarn: false, cmaInMiscMemInit: false, numaMemblock: NUMA_MEMBLOCK_ARCH_NUMA, numaLog: ARCH_NUMA_LOG_6_1, numaDistanceBytes: RISCV_NUMA_DISTANCE_6_1, memblockRsrvKern: false, memoryHotplug: false }
/**
 * 5.10 – 5.13: as 6.1's, but setup_vm_final()'s loop maps every bank whole (no memory_limit
 * stop: arch/riscv/mm/init.c@v5.13:686-706, @v5.11:585-598, @v5.10.223:573-586; @v5.14:741-742
 * and @v5.15:727-728 stop at __pa(PAGE_OFFSET) + memory_limit; 5.13 – 5.15 compiled:
 * test/fuzz/kernel-riscv-mmu.test.ts), and there is no memory_limit nor `mem=` (early_mem():
 * @v5.14:140-159, not in @v5.13, @v5.11, @v5.10.223): setup_bootmem() enforces -PAGE_OFFSET,
 * 128 GiB (@v5.13:133-134, @v5.11:180). 5.12 is not at hand: as 5.11 and 5.13.
 */
const RISCV_BOOT_5_10: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_1, memoryLimitStart: 'minus-page-offset', linearMapBound: 'none' }
/**
 * 6.2 – 6.3: as 6.1, but setup_vm_final() asks best_map_size(pa, end - pa) at every step
 * (arch/riscv/mm/init.c@v6.2:663-671,1119-1120; @v6.1 and @v6.1.192 ask once per range,
 * best_map_size(start, end - start)), so a range that starts or ends off a PMD boundary keeps
 * PMDs in between. 6.3 is not at hand: 6.2 steps, and 6.4's P4D/PUD/PMD best_map_size()
 * (v6.5:1226-1240) steps too.
 */
const RISCV_BOOT_6_2: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_1, linearMap: 'pmd-steps' }
/**
 * 6.4 – 6.5: the best_map_size() linear map based at the start of DRAM, 3335068f8721 "riscv:
 * Use PUD/P4D/PGD pages for the linear mapping" (6.4: "Since RISC-V Linux v6.4, the commit
 * 3335068f8721 … changes phys_ram_base from the physical start of the kernel to the actual
 * start of DRAM", a later riscv fix's log), with the KFENCE pool page-mapped (its fix
 * 25abe0db9243 was applied in June 2023: arch/riscv/mm/init.c@v6.5:1212-1250 has it, @v6.2 has
 * no KFENCE pool there; 6.4 or 6.5, UNCONFIRMED which, taken as 6.4), and
 * `no4lvl`/`no5lvl` (26e7aacb83df, 6.4). best_map_size() tries PGDIR_SIZE and P4D_SIZE with
 * no pgtable_l*_enabled test (arch/riscv/mm/init.c@v6.5:668-684), so Sv39 maps 1 GiB and Sv48
 * 512 GiB leaves in the PGD; memory_limit still KERN_VIRT_SIZE - SZ_4G (v6.5:1068), nothing
 * capped, each bank's mapping stopped at __pa(PAGE_OFFSET) + memory_limit (v6.5:1230-1231).
 * The vmemmap still in base pages, the CMA lines without the node. drivers/of per release, as
 * on arm64.
 */
const RISCV_BOOT_6_4: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_1, linearMap: 'best-map-size-v64', ramBase: 'dram-start', satpModeFromCmdline: true }
/**
 * 6.6 – 6.7: as 6.4, drivers/of of 6.5 (range lines, one sorted pass in DT order for dynamic
 * nodes, contiguous alloc-ranges), the CMA lines naming the node. No CONFIG_MEMORY_HOTPLUG yet
 * (arch/riscv/Kconfig@v6.8 selects no ARCH_ENABLE_MEMORY_HOTPLUG, @v6.11:21 does: riscv64-6.9
 * takes it, the release of 6.9 – 6.11 UNCONFIRMED).
 */
const RISCV_BOOT_6_6: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_4, cmaLogNode: true, ofReservedMem: OF_RESERVED_MEM_6_5 }
/**
 * 6.8 – 6.10: the vmemmap in PMD leaves, as 6.12.117's (ff172d4818ad "riscv: Use hugepage
 * mappings for vmemmap", applied 2024-01-12, in the riscv pull for 6.8; 6.6 trees still call
 * vmemmap_populate_basepages()), and best_map_size() without PGD leaves, P4D only with
 * pgtable_l5_enabled and PUD only with pgtable_l4_enabled (arch/riscv/mm/init.c@v6.8:669-685;
 * "riscv: Don't use PGD entries for the linear mapping": not @v6.5, nor in Debian's 6.6.y
 * changelogs, which list other fixes of its series from ChangeLog-6.6.14: mainline 6.7 or 6.8,
 * UNCONFIRMED which, taken as 6.8). It did reach stable later: Debian's 6.1 changelog lists it
 * under ChangeLog-6.1.184 (linux 6.1.187-1; on rv64 6.1's PMD-or-PAGE best_map_size() has no
 * PGD leaves to drop), so a late 6.6.y probably has it too, release UNCONFIRMED: riscv64-6.6 keeps 6.4's
 * PGD leaves for every 6.6.y.
 */
const RISCV_BOOT_6_8: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_6, vmemmap: 'hugepages', linearMap: 'best-map-size-v68' }
/**
 * Stable 6.10.4: "riscv: Fix linear mapping checks for non-contiguous memory regions" (Debian's
 * changelog, linux 6.10.4-1): setup_bootmem() caps memblock at __pa(PAGE_OFFSET) +
 * KERN_VIRT_SIZE and the mapping loop no longer stops at memory_limit (arch/riscv/mm/init.c@v6.11:255-259,
 * 1290-1298; @v6.8:1270-1271 stops), while memory_limit still starts at KERN_VIRT_SIZE - SZ_4G
 * (v6.11:1135).
 */
const RISCV_BOOT_6_10_4: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_8, linearMapBound: 'cap' }
/**
 * 6.11: best_map_size() maps pages under debug_pagealloc (arch/riscv/mm/init.c@v6.11:692-693;
 * not @v6.8:669, nor @v6.5:668; 6.9 – 6.10 UNCONFIRMED, taken as 6.8's), drivers/of's prefixed
 * refusal, CONFIG_MEMORY_HOTPLUG.
 */
const RISCV_BOOT_6_11: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_10_4, linearMap: 'best-map-size', ofReservedMem: OF_RESERVED_MEM_6_11, ofStructs: OF_STRUCTS_6_7, memoryHotplug: true }
/**
 * 6.12.0 – 6.12.12: memory_limit starts at KERN_VIRT_SIZE (arch/riscv/mm/init.c@v6.12.117:1177;
 * @v6.11:1135 subtracts SZ_4G, and no Debian changelog lists a stable change: taken as 6.12.0,
 * UNCONFIRMED); NUMA init on numa_memblks (as arm64's); /reserved-memory in one sorted pass.
 */
const RISCV_BOOT_6_12_0: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_11, memoryLimitStart: 'kern-virt-size', numaMemblock: NUMA_MEMBLKS, numaLog: ARCH_NUMA_LOG_6_12, numaDistanceBytes: 0n }
/** 6.12.103+ (Debian 6.12.117): /reserved-memory in two passes, alloc_reserved_mem_array() of 48-byte entries. */
const RISCV_BOOT_6_12: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_12_0, ofReservedMem: OF_RESERVED_MEM_6_12_103 }
/** 6.12.13 – 6.12.102: the two passes backported, the reserved_mem array not yet. */
const RISCV_BOOT_6_12_13: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_12_0, ofReservedMem: OF_RESERVED_MEM_6_12_13 }
/**
 * 6.16: memblock allocations keep their node and set MEMBLOCK_RSRV_KERN (Kexec HandOver
 * series); the CMA lines give the size asked for and no node, `cma=…-limit` replaces
 * dma32_phys_limit (the generic mm/cma.c and kernel/dma/contiguous.c of v6.16.3, as
 * arm64-6.16). None of it in v6.14 (mm/memblock.c, mm/cma.c:377 " on node %d",
 * kernel/dma/contiguous.c:226 min_not_zero), all of it in v6.17: 6.15 or 6.16, UNCONFIRMED
 * which, taken as 6.16. setup_bootmem() caps RAM past the linear map only when there is some,
 * with the "Physical memory overflows the linear mapping size" warning
 * (arch/riscv/mm/init.c@v6.16.3:268-273, @v6.14:269-276, not in v6.12.117): riscv64-6.13 has it.
 */
const RISCV_BOOT_6_16: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, memblockRsrvKern: true, linearMapOverflowWarn: true, cmaLogNode: false, cmaCmdlineLimit: 'replaces', cmaLogSize: 'requested' }
/**
 * 6.17: the generic CMA fixed-area check only with CONFIG_HIGHMEM (mm/cma.c:357@v6.17.8) and 8
 * usemap bits per pageblock with CONFIG_MEMORY_ISOLATION (include/linux/pageblock-flags.h@v6.17.8;
 * Debian's riscv64 build has CMA, which selects it), as arm64-6.17.
 */
const RISCV_BOOT_6_17: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_16, cmaFixedHighmemCheck: false, pageblockBits: 8n }
/**
 * 6.17.7: set_satp_mode() limited by the DT's cpu mmu-type (17e9521044c9, with f3243bed39c2
 * before it: mainline 6.18-rc1; both in the 6.17 stable queue of 2025-10-29, after 6.17.6 was
 * out). 6.17.8 has it (test/boots/riscv64-mmu-type: Sv48 on an Sv48 DT and an Sv57 CPU, where
 * 6.16.3 runs Sv57); 6.17.7 UNCONFIRMED, no 6.17.7 build or tree here. Found in
 * arch/riscv/kernel/pi/fdt_early.c@v7.2.13:196-225 and set_satp_mode() @v7.2.13:835-897; not in v6.17.
 */
const RISCV_BOOT_6_17_7: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_17, satpModeFromFdt: true }
/** 6.18: the 6.7 struct sizes again (fdt.ts OF_STRUCTS_6_13: drivers/base, as arm64-6.18). */
const RISCV_BOOT_6_18: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_17_7, ofStructs: OF_STRUCTS_6_7 }
/**
 * 7.0+: sparse_init() left misc_mem_init(), so it runs after the crash reservation
 * (arch/riscv/mm/init.c@v7.0.4, still there in @v6.19.6); the CMA rules and pageblock bits are
 * 6.17's. The drivers/of record is 7.2's here, and riscv64-7.0 and -7.1 take their own
 * (6.19's, 7.1's), as arm64's policies do.
 */
const RISCV_BOOT_7_0: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_6_18, sparseBeforeCrash: false, ofReservedMem: OF_RESERVED_MEM_7_2 }

/**
 * 7.3: dma_contiguous_reserve() moved from the end of setup_bootmem() into misc_mem_init(),
 * after arch_numa_init() (arch/riscv/mm/init.c@v7.3.4:1356-1367; @v7.2.13:309 still in
 * setup_bootmem()), so the default CMA area is placed after the linear-map tables, the KFENCE
 * pool and NODE_DATA.
 */
const RISCV_BOOT_7_3: Omit<RiscvPolicy, 'lowMax'> = { ...RISCV_BOOT_7_0, cmaInMiscMemInit: true, ofReservedMem: OF_RESERVED_MEM_7_3 }

/** riscv's own reserve_crashkernel() of 5.13 – 6.5: plain only, below 4G first, no default low. */
const RISCV_CRASH_V61 = { reserve: reserveCrashkernelRiscvV61, align: SZ_2M, defaultLow: 0n, supportsHigh: false, parseCma: false }

const RISCV: KernelPolicy[] = [
  riscv('riscv64-5.10', '5.10.0', '5.11.0', '5.10: no crash kernel support on riscv; crashkernel= is read by nothing; CMA top-down only',
    ['arch/riscv/mm/init.c@v5.10.223 (no reserve_crashkernel)', 'arch/riscv/kernel/setup.c@v5.10.223 (no crashkernel handling; no KEXEC in arch/riscv/Kconfig)', 'mm/cma.c@v5.10.223'], PARSE_5_10, { reserve: reserveCrashkernelNone, align: SZ_2M, defaultLow: 0n, supportsHigh: false, parseCma: false }, { ...RISCV_BOOT_5_10, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_10, ofStructs: OF_STRUCTS_5_10, cmaAbove4GFirst: false, satpModes: 3, lowMax: 'none' }),
  riscv('riscv64-5.11', '5.11.0', '5.12.0', '5.11: still no crash kernel on riscv (none in v5.11); CMA still top-down only (mm/cma.c@v5.11, compiled: no bottom-up step); a static /reserved-memory no-map node removed (as 5.11; v5.13 flags it NOMAP)',
    ['arch/riscv/mm/init.c@v5.11 (no reserve_crashkernel; no KEXEC in arch/riscv/Kconfig@v5.11)', 'arch/riscv/mm/init.c@v5.13:782 (reserve_crashkernel)', 'arch/riscv/mm/init.c@v5.10.223 (no reserve_crashkernel)', 'mm/cma.c@v5.11 (cma_declare_contiguous_nid: no bottom-up step)', 'drivers/of/fdt.c@v5.11 (early_init_dt_reserve_memory_arch)'], PARSE_5_10, { reserve: reserveCrashkernelNone, align: SZ_2M, defaultLow: 0n, supportsHigh: false, parseCma: false }, { ...RISCV_BOOT_5_10, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_10_0, ofStructs: OF_STRUCTS_5_11, cmaAbove4GFirst: false, satpModes: 3, lowMax: 'none' }),
  riscv('riscv64-5.12', '5.12.0', '5.13.0', '5.12: as 5.11, still no crash kernel (reserve_crashkernel() in v5.13; 5.12 not at hand, taken as without); CMA bottom-up above 4G first ("mm: cma: allocate cma areas bottom-up": in v5.13, not v5.11; 5.12 UNCONFIRMED, taken as 5.12, as arm64-5.12 and x86_64-5.12); drivers/of as arm64-5.12: a static /reserved-memory no-map node flagged NOMAP or refused (in v5.13, not v5.11; taken as 5.12)',
    ['arch/riscv/mm/init.c@v5.11 (no reserve_crashkernel; no KEXEC in arch/riscv/Kconfig@v5.11)', 'arch/riscv/mm/init.c@v5.13:782 (reserve_crashkernel)', 'arch/riscv/mm/init.c@v5.10.223 (no reserve_crashkernel)', 'mm/cma.c@v5.13:341-352 (the bottom-up step)', 'drivers/of/fdt.c@v5.13 (early_init_dt_reserve_memory_arch)'], PARSE_5_10, { reserve: reserveCrashkernelNone, align: SZ_2M, defaultLow: 0n, supportsHigh: false, parseCma: false }, { ...RISCV_BOOT_5_10, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_10, ofStructs: OF_STRUCTS_5_12, satpModes: 3, lowMax: 'none' }),
  riscv('riscv64-5.13', '5.13.0', '5.14.0', '5.13: plain crashkernel=X only, found in one window, all of DRAM; X@Y checked (memory, not reserved, PMD aligned) and reserved as it is, each refusal with its own line; the linear map with no memory_limit stop, no mem=',
    ['arch/riscv/mm/init.c@v5.13:782-848 (reserve_crashkernel; the same @v5.14): e53d28180d4d "RISC-V: Add kdump support", 5640975003d0; before a7259df76702', 'drivers/of/of_reserved_mem.c@v5.13'], PARSE_5_10, { ...RISCV_CRASH_V61, reserve: reserveCrashkernelRiscvV513 }, { ...RISCV_BOOT_5_10, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_10, ofStructs: OF_STRUCTS_5_12, satpModes: 3, lowMax: 'none' }),
  riscv('riscv64-5.14', '5.14.0', '5.15.0', '5.14: as 5.13; a dynamic /reserved-memory no-map node found and flagged NOMAP, not reserved (removed in v5.13)',
    ['arch/riscv/mm/init.c@v5.14 (as v5.13)', 'drivers/of/of_reserved_mem.c@v5.14 (early_init_dt_alloc_reserved_memory_arch)'], PARSE_5_10, { ...RISCV_CRASH_V61, reserve: reserveCrashkernelRiscvV513 }, { ...RISCV_BOOT_6_1, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_14, ofStructs: OF_STRUCTS_5_12, satpModes: 3, lowMax: 'none' }),
  riscv('riscv64-5.15', '5.15.0', '5.16.0', '5.15 – 5.16: plain crashkernel=X only, one window: all of DRAM, X@Y searched in [Y, Y + X) ("memblock: make memblock_find_in_range method private")',
    ['arch/riscv/mm/init.c@v5.15 (reserve_crashkernel: a7259df76702, before decf89f86ecd; @v5.17 has decf89f86ecd)', 'drivers/of/of_reserved_mem.c@v5.15 (early_init_dt_alloc_reserved_memory_arch)'], PARSE_5_10, { ...RISCV_CRASH_V61, reserve: reserveCrashkernelRiscvV515 }, { ...RISCV_BOOT_6_1, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_15, ofStructs: OF_STRUCTS_5_12, satpModes: 3, lowMax: 'none' }),
hugetlbCmaOnly(  riscv('riscv64-5.16', '5.16.0', '5.17.0', '5.16: as 5.15; hugetlb_cma= areas aligned to a PMD, not the gigantic page (the demote series: mm/hugetlb.c@v5.17:6996, not @v5.15; 5.16 not at hand, UNCONFIRMED)',
    ['mm/hugetlb.c@v5.17 (hugetlb_cma_reserve: PAGE_SIZE << HUGETLB_PAGE_ORDER alignment)', 'arch/riscv/mm/init.c@v5.15 (reserve_crashkernel: a7259df76702, before decf89f86ecd; @v5.17 has decf89f86ecd)', 'drivers/of/of_reserved_mem.c@v5.15 (early_init_dt_alloc_reserved_memory_arch)'], PARSE_5_10, { ...RISCV_CRASH_V61, reserve: reserveCrashkernelRiscvV515 }, { ...RISCV_BOOT_6_1, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_15, ofStructs: OF_STRUCTS_5_12, satpModes: 3, lowMax: 'none' })),
  riscv('riscv64-5.17', '5.17.0', '5.19.0', '5.17 – 5.18: [DRAM start, 4G) first, then all of DRAM (decf89f86ecd)',
    ['arch/riscv/mm/init.c@v6.1.192 (decf89f86ecd "riscv: try to allocate crashkern region from 32bit addressible memory")', 'kernel/crash_core.c@v5.10.223', 'drivers/of/fdt.c@v5.17 (early_init_dt_reserve_memory_arch)'], PARSE_5_10, RISCV_CRASH_V61, { ...RISCV_BOOT_6_1, cmaMinAlignOrder: 10, ofReservedMem: OF_RESERVED_MEM_5_17, ofStructs: OF_STRUCTS_5_12, satpModes: 4, lowMax: '4G' }),
  riscv('riscv64-5.19', '5.19.0', '6.0.0', '5.19: as 5.17, -ENOENT for an absent option',
    ['arch/riscv/mm/init.c@v6.1.192', 'kernel/crash_core.c@v5.19', 'drivers/of/of_reserved_mem.c@v5.19 (pr_info without the size)'], PARSE_5_19, RISCV_CRASH_V61, { ...RISCV_BOOT_6_1, ofReservedMem: OF_RESERVED_MEM_5_17, lowMax: '4G' }),
  riscv('riscv64-6.0', '6.0.0', '6.1.40', '6.0 – 6.1.39: range syntax rounds RAM up to 128M; the first window ends at 4G',
    ['arch/riscv/mm/init.c@v6.1.192 (with SZ_4G)', 'kernel/crash_core.c@v6.1.192'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_1, lowMax: '4G' }),
  riscv('riscv64-6.1.40', '6.1.40', '6.1.176', 'stable 6.1.40 (Debian 6.1.192): the first window ends at 4G - 1 ("riscv: mm: fix truncation warning on RV32", ChangeLog-6.1.40)',
    ['arch/riscv/mm/init.c@v6.1.192'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_1, lowMax: '4G-1' }),
hugetlbCmaOnly(  riscv('riscv64-6.1.176', '6.1.176', '6.2.0', 'stable 6.1.176 (Debian 6.1.192): as 6.1.40; hugetlb_cma= logs its per-node share rounded up to a gigantic page ("mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)',
    ['mm/hugetlb.c@v6.1.192 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.1.176)', 'arch/riscv/mm/init.c@v6.1.192'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_1, lowMax: '4G-1' })),
  riscv('riscv64-6.2', '6.2.0', '6.3.0', '6.2: the first window ends at 4G again (mainline before the RV32 truncation fix); the linear map asks best_map_size() at every step, so PMDs after an unaligned bank start',
    ['arch/riscv/mm/init.c@v6.1.192 (with SZ_4G)', 'arch/riscv/mm/init.c@v6.2:663-671,1119-1120 (best_map_size per step)'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_2, lowMax: '4G' }),
  riscv('riscv64-6.3', '6.3.0', '6.4.0', '6.3: as 6.2; /reserved-memory range lines (of_reserved_mem.c@v6.5:349, not @v6.2: 6.3 – 6.5, UNCONFIRMED which)',
    ['arch/riscv/mm/init.c@v6.1.192 (with SZ_4G)', 'arch/riscv/mm/init.c@v6.2:663-671,1119-1120 (best_map_size per step)', 'drivers/of/of_reserved_mem.c (aeb9267eb6b1, 6ee7afbabcee)'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_2, ofReservedMem: OF_RESERVED_MEM_6_3, lowMax: '4G' }),
  riscv('riscv64-6.4', '6.4.0', '6.4.5', '6.4: the linear map from the start of DRAM in PGD/P4D/PUD/PMD/PAGE steps (3335068f8721; PGD leaves on every mode, 1G on Sv39: best_map_size() has no pgtable_l*_enabled test), no4lvl/no5lvl; /memreserve/ after the static /reserved-memory nodes (b413281876292de4)',
    ['arch/riscv/mm/init.c@v6.1.192 (with SZ_4G)', 'arch/riscv/mm/init.c@v6.5:668-684,1230-1231 (best_map_size, create_linear_mapping_page_table; 3335068f8721)', 'drivers/of/fdt.c (b413281876292de4)'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_4, ofReservedMem: OF_RESERVED_MEM_6_4, lowMax: '4G' }),
  riscv('riscv64-6.4.5', '6.4.5', '6.5.0', 'stable 6.4.5: the first window ends at 4G - 1 (b690e266dae2 "riscv: mm: fix truncation warning on RV32", in the 6.4.5 review series)',
    ['arch/riscv/mm/init.c@v6.1.192', 'arch/riscv/mm/init.c@v6.5:668-684,1230-1231 (best_map_size, create_linear_mapping_page_table; 3335068f8721)', 'drivers/of/fdt.c (b413281876292de4)'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_4, ofReservedMem: OF_RESERVED_MEM_6_4, lowMax: '4G-1' }),
  riscv('riscv64-6.5', '6.5.0', '6.6.0', '6.5: as 6.4.5 (b690e266dae2 in mainline 6.5); drivers/of of 6.5',
    ['arch/riscv/mm/init.c@v6.1.192', 'arch/riscv/mm/init.c@v6.5:668-684,1230-1231 (best_map_size, create_linear_mapping_page_table; 3335068f8721)'], PARSE_6_0, RISCV_CRASH_V61, { ...RISCV_BOOT_6_4, ofReservedMem: OF_RESERVED_MEM_6_5, lowMax: '4G-1' }),
  riscv('riscv64-6.6', '6.6.0', '6.7.0', '6.6: riscv\'s own ,high/,low code (5882e5acf18d): one attempt and one fallback each way, no retry loop, riscv\'s messages',
    ['arch/riscv/mm/init.c@v6.6 (5882e5acf18d; the code the 6.7 conversion 39365395046f removed)'], PARSE_6_0, { reserve: reserveCrashkernelRiscvV66, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_6, lowMax: 'dma32' }),
  riscv('riscv64-6.7', '6.7.0', '6.8.0', '6.7: generic reservation (39365395046f)',
    ['kernel/crash_core.c@v6.7', 'arch/riscv/mm/init.c@v6.7 (39365395046f)'], PARSE_6_0, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_6, ofStructs: OF_STRUCTS_6_7, lowMax: 'dma32' }),
  riscv('riscv64-6.8', '6.8.0', '6.9.0', '6.8: as 6.7; the vmemmap in PMD leaves (ff172d4818ad); no linear-map leaves in the PGD ("riscv: Don\'t use PGD entries for the linear mapping")',
    ['kernel/crash_core.c@v6.7', 'arch/riscv/mm/init.c@v6.12.117 (vmemmap_populate; ff172d4818ad)', 'arch/riscv/mm/init.c@v6.8:669-685 (best_map_size)'], PARSE_6_0, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_8, ofStructs: OF_STRUCTS_6_7, lowMax: 'dma32' }),
  riscv('riscv64-6.9', '6.9.0', '6.10.0', '6.9 – 6.10.3: as 6.8; kernel/crash_reserve.c\'s parser messages (shared by every arch: x86_64-6.9); CONFIG_MEMORY_HOTPLUG, so movable_node (in v6.11, not v6.8: 6.9 – 6.11 UNCONFIRMED which)',
    ['kernel/crash_reserve.c@v6.9', 'arch/riscv/mm/init.c@v6.12.117 (vmemmap_populate; ff172d4818ad)', 'mm/memory_hotplug.c (movable_node; built once arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG: @v6.11:21, not @v6.8)'], PARSE_6_9, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_8, ofStructs: OF_STRUCTS_6_7, memoryHotplug: true, lowMax: 'dma32' }),
hugetlbCmaOnly(  riscv('riscv64-6.10', '6.10.0', '6.10.4', '6.10 – 6.10.3: as 6.9; hugetlb_cma= areas aligned to the gigantic page again ("mm/hugetlb: align cma on allocation order, not demotion order": mm/hugetlb.c@v6.11:7788, not @v6.8; 6.9 – 6.11 UNCONFIRMED which)',
    ['mm/hugetlb.c@v6.11 (hugetlb_cma_reserve: PAGE_SIZE << order alignment)', 'kernel/crash_reserve.c@v6.9', 'arch/riscv/mm/init.c@v6.12.117 (vmemmap_populate; ff172d4818ad)', 'mm/memory_hotplug.c (movable_node; built once arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG: @v6.11:21, not @v6.8)'], PARSE_6_9, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_8, ofStructs: OF_STRUCTS_6_7, memoryHotplug: true, lowMax: 'dma32' })),
  riscv('riscv64-6.10.4', '6.10.4', '6.11.0', 'stable 6.10.4: as 6.9; RAM capped at the linear map\'s end (KERN_VIRT_SIZE past phys_ram_base) and every bank mapped whole ("riscv: Fix linear mapping checks for non-contiguous memory regions", Debian changelog 6.10.4-1)',
    ['kernel/crash_reserve.c@v6.9', 'arch/riscv/mm/init.c@v6.11:255-259 (setup_bootmem), 1290-1298 (create_linear_mapping_page_table)'], PARSE_6_9, { reserve: reserveCrashkernelGenericV67, align: SZ_2M, defaultLow: SZ_128M, supportsHigh: true, parseCma: false }, { ...RISCV_BOOT_6_10_4, ofStructs: OF_STRUCTS_6_7, memoryHotplug: true, lowMax: 'dma32' }),
  riscv('riscv64-6.11', '6.11.0', '6.12.0', '6.11: as 6.10.4; the linear map in pages under debug_pagealloc (v6.11:692-693); the ,high fallback skipped when LOW == HIGH, all of DRAM below 4G (in v6.11, not in v6.8: as arm64-6.11); a static /reserved-memory node\'s refusal printed with of_reserved_mem.c\'s prefix (as arm64-6.11)',
    ['kernel/crash_reserve.c@v6.11:423-427 (reserve_crashkernel_generic; kernel/crash_core.c@v6.8:431-435 without the guard)', 'arch/riscv/mm/init.c@v6.11 (arch_reserve_crashkernel)', 'arch/riscv/include/asm/crash_reserve.h@v6.11 (CRASH_ADDR_LOW_MAX dma32_phys_limit, CRASH_ADDR_HIGH_MAX memblock_end_of_DRAM())'], PARSE_6_9, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_11, lowMax: 'dma32' }),
  riscv('riscv64-6.12', '6.12.0', '6.12.13', '6.12.0 – 6.12.12: as 6.11, crash_size >= RAM rejected; memory_limit from KERN_VIRT_SIZE (no 4 GiB off); /reserved-memory in one sorted pass',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.12.117', 'drivers/of/of_reserved_mem.c (mainline 6.12; the restructure came with stable 6.12.13)'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12_0, lowMax: 'dma32' }),
  riscv('riscv64-6.12.13', '6.12.13', '6.12.90', 'stable 6.12.13: /reserved-memory in two passes, static nodes initialised late, no reserved_mem array',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.12.117', 'drivers/of/of_reserved_mem.c (ChangeLog-6.12.13: "Restructure how the reserved memory regions are processed")'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12_13, lowMax: 'dma32' }),
hugetlbCmaOnly(  riscv('riscv64-6.12.90', '6.12.90', '6.12.103', 'stable 6.12.90: as 6.12.13; hugetlb_cma= logs its per-node share rounded up to a gigantic page (ChangeLog-6.12.90)',
    ['mm/hugetlb.c@v6.12.117 (hugetlb_cma_reserve: "mm/hugetlb_cma: round up per_node before logging it", ChangeLog-6.12.90)', 'kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.12.117', 'drivers/of/of_reserved_mem.c (ChangeLog-6.12.13: "Restructure how the reserved memory regions are processed")'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12_13, lowMax: 'dma32' })),
  riscv('riscv64-6.12.103', '6.12.103', '6.13.0', 'stable 6.12.103 (Debian 6.12.117): the reserved_mem array memblock-allocated late (48 bytes a node)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.12.117', 'drivers/of/of_reserved_mem.c@v6.12.117 (ChangeLog-6.12.103: "Add code to dynamically allocate reserved_mem array")'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12, lowMax: 'dma32' }),
  riscv('riscv64-6.13', '6.13.0', '6.15.0', '6.13 – 6.15: as 6.12.103 (two passes and the reserved_mem array in mainline: in v6.14, not v6.11, so 6.13 or 6.14, taken as 6.13; a failed reserved_mem array allocation does not stop the static nodes); the linear-map overflow warning (in v6.14, not v6.12.117)',
    ['kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.14:269-276 (setup_bootmem)', 'drivers/of/of_reserved_mem.c@v6.14 (alloc_reserved_mem_array, fdt_scan_reserved_mem_reg_nodes)'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, linearMapOverflowWarn: true, lowMax: 'dma32' }),
hugetlbOnly(  riscv('riscv64-6.15', '6.15.0', '6.16.0', '6.15: as 6.13; hugetlb_cma= through cma_declare_contiguous_multi() (mm/hugetlb_cma.c@v6.17, not @v6.14: 6.15 – 6.17 UNCONFIRMED which), not modelled (CK006); hugepagesz=/hugepages= early parameters, a bare one faulting in strlen() (mm/hugetlb.c@v6.17 hugetlb_add_param)',
    ['mm/hugetlb_cma.c@v6.17 (hugetlb_cma_reserve through cma_declare_contiguous_multi())', 'mm/hugetlb.c@v6.17 (hugetlb_add_param)', 'kernel/crash_reserve.c@v6.12.117', 'arch/riscv/mm/init.c@v6.14:269-276 (setup_bootmem)', 'drivers/of/of_reserved_mem.c@v6.14 (alloc_reserved_mem_array, fdt_scan_reserved_mem_reg_nodes)'], PARSE_6_12, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_12, ofStructs: OF_STRUCTS_6_13, ofReservedMem: OF_RESERVED_MEM_6_13, linearMapOverflowWarn: true, lowMax: 'dma32' })),
  riscv('riscv64-6.16', '6.16.0', '6.17.0', '6.16: as 6.13; memblock allocations keep their node and set MEMBLOCK_RSRV_KERN (Kexec HandOver series); the \'@\' message without its typo, kstrtobool() e/E/d/D (in 6.16.3 and v6.17, not in v6.14: UNCONFIRMED for 6.15); the paging mode from the CPU alone (6.16.3 runs Sv57 on a DT naming Sv48: test/boots/riscv64-mmu-type; the DT limit, 17e9521044c9, was put up for 6.16.y too, UNCONFIRMED whether a 6.16.y release took it)',
    ['kernel/crash_reserve.c@v6.16.3', 'arch/riscv/mm/init.c@v6.16.3 (setup_bootmem)', 'lib/kstrtox.c@v6.16.3 (kstrtobool)', 'drivers/of/of_reserved_mem.c@v6.12.117', 'mm/memblock.c@v7.2.13 (__memblock_reserve, memblock_alloc_range_nid)'], PARSE_6_16, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_16, lowMax: 'dma32' }),
  riscv('riscv64-6.17', '6.17.0', '6.17.7', '6.17: as 6.16; a fixed CMA area checked against highmem only with CONFIG_HIGHMEM, 8 usemap bits per pageblock; ",cma" tokens are a suffix class the plain crashkernel= skips (all in 6.17.8, not in 6.16.3)',
    ['kernel/crash_reserve.c@v6.17.8 (suffix_tbl, get_last_crashkernel)', 'arch/riscv/mm/init.c@v6.17.8 (arch_reserve_crashkernel: cma_size NULL)', 'drivers/of/of_reserved_mem.c@v6.12.117', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)', 'include/linux/pageblock-flags.h@v6.17.8'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_17, lowMax: 'dma32' }),
  riscv('riscv64-6.17.7', '6.17.7', '6.18.0', 'stable 6.17.7: as 6.17; the paging mode limited by the DT\'s cpu mmu-type ("riscv: mm: Use mmu-type from FDT to limit SATP mode", mainline 6.18; in the 6.17 stable queue after 6.17.6, and 6.17.8 runs it: test/boots/riscv64-mmu-type; 6.17.7 UNCONFIRMED)',
    ['arch/riscv/kernel/pi/fdt_early.c@v7.2.13:196-225 (set_satp_mode_from_fdt; 17e9521044c9)', 'arch/riscv/mm/init.c@v7.2.13:835-897 (set_satp_mode: min_not_zero of the command line\'s and the DT\'s limit)', 'kernel/crash_reserve.c@v6.17.8 (suffix_tbl, get_last_crashkernel)', 'arch/riscv/mm/init.c@v6.17.8 (arch_reserve_crashkernel: cma_size NULL)', 'drivers/of/of_reserved_mem.c@v6.12.117', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)', 'include/linux/pageblock-flags.h@v6.17.8'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_17_7, lowMax: 'dma32' }),
  riscv('riscv64-6.18', '6.18.0', '6.19.0', '6.18: as 6.17.7 (the paging mode limited by the DT\'s cpu mmu-type: 17e9521044c9, 6.18-rc1); the 6.7 struct property again (bin_attribute without read_new/write_new, as arm64-6.18)',
    ['arch/riscv/kernel/pi/fdt_early.c (set_satp_mode_from_fdt; 17e9521044c9, merged for 6.18-rc1)', 'kernel/crash_reserve.c@v6.17.8 (suffix_tbl, get_last_crashkernel)', 'arch/riscv/mm/init.c@v6.17.8 (arch_reserve_crashkernel: cma_size NULL)', 'drivers/of/of_reserved_mem.c@v6.12.117', 'mm/cma.c@v6.17.8 (cma_fixed_reserve)', 'include/linux/pageblock-flags.h@v6.17.8', 'include/linux/sysfs.h (bin_attribute; the arm64 6.18.5 boots of test/boots/random-dt)'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_18, lowMax: 'dma32' }),
  riscv('riscv64-6.19', '6.19.0', '7.0.0', '6.19: as 6.18; /reserved-memory skips a linux,cma-default node under cma= up front (drivers/of is generic: as arm64-6.19)',
    ['kernel/crash_reserve.c@v6.17.8 (suffix_tbl, get_last_crashkernel)', 'arch/riscv/mm/init.c@v6.19.6 (arch_reserve_crashkernel: cma_size NULL)', 'drivers/of/of_reserved_mem.c@v6.19.6'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_6_18, ofReservedMem: OF_RESERVED_MEM_6_19, lowMax: 'dma32' }),
  riscv('riscv64-7.0', '7.0.0', '7.1.0', '7.0: default CMA before the crash reservation, sparse_init() after it (the 7.2.13 boot facts); drivers/of as 6.19; memparse still wraps (lib/cmdline.c@v7.1.3)',
    ['kernel/crash_reserve.c@v7.1.3', 'arch/riscv/mm/init.c@v7.1.3', 'drivers/of/of_reserved_mem.c@v7.0.4', 'mm/mm_init.c@v7.2.13', 'lib/cmdline.c@v7.1.3'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_7_0, ofReservedMem: OF_RESERVED_MEM_6_19, lowMax: 'dma32' }),
  riscv('riscv64-7.1', '7.1.0', '7.2.0', '7.1: as 7.0; /reserved-memory through reserved_mem_ops (as arm64-7.1); memparse still wraps (lib/cmdline.c@v7.1.3)',
    ['kernel/crash_reserve.c@v7.1.3', 'arch/riscv/mm/init.c@v7.1.3', 'drivers/of/of_reserved_mem.c@v7.1.3', 'mm/mm_init.c@v7.2.13', 'lib/cmdline.c@v7.1.3'], PARSE_6_17, CRASH_GENERIC_2M, { ...RISCV_BOOT_7_0, ofReservedMem: OF_RESERVED_MEM_7_1, lowMax: 'dma32' }),
  riscv('riscv64-7.2', '7.2.0', '7.3.0', '7.2 (Debian 7.2.13): as 7.1; only a /reserved-memory node\'s first reg entry; memparse and simple_strtoull saturate',
    ['kernel/crash_reserve.c@v7.2.13', 'arch/riscv/mm/init.c@v7.2.13', 'drivers/of/of_reserved_mem.c@v7.2.13', 'mm/mm_init.c@v7.2.13', 'lib/cmdline.c@v7.2.13', 'lib/kstrtox.c@v7.2.13'], PARSE_7_2, CRASH_GENERIC_2M, { ...RISCV_BOOT_7_0, lowMax: 'dma32' }),
  riscv('riscv64-7.3', '7.3.0', undefined, '7.3 (7.3.4): as 7.2; the default CMA area reserved after NUMA init, and crashkernel=size,cma reserved on riscv too; a DMA pool\'s size in KiB',
    ['arch/riscv/mm/init.c@v7.3.4 (misc_mem_init, arch_reserve_crashkernel: cma_size, reserve_crashkernel_cma)', 'kernel/dma/coherent.c@v7.3.4 (rmem_dma_setup)', 'kernel/crash_reserve.c@v7.3.4 (reserve_crashkernel_cma)', 'lib/cmdline.c@v7.3.4', 'lib/kstrtox.c@v7.3.4'], PARSE_7_2, { ...CRASH_GENERIC_2M, parseCma: true }, { ...RISCV_BOOT_7_3, lowMax: 'dma32' }),
]

/**
 * The stable fix of hugetlb_add_param() (HUGETLB_BOOTMEM_BY_RELEASE: a bare hugepage parameter
 * malformed, not a fault) splits each arch's 7.0 epoch at 7.0.4, the first release known to
 * have it: the epoch after it equal to the one before but for hugetlbBootmem.
 */
const HUGEPAGES_NULL_FIX = '7.0.4'
function splitAtHugepagesFix(p: KernelPolicy): KernelPolicy[] {
  if (p.whatIf || compareKernelVersions(p.appliesTo.from, kv(HUGEPAGES_NULL_FIX)) >= 0 || (p.appliesTo.before && compareKernelVersions(p.appliesTo.before, kv(HUGEPAGES_NULL_FIX)) <= 0)) return [p]
  const before: KernelPolicy = { ...p, appliesTo: { from: p.appliesTo.from, before: kv(HUGEPAGES_NULL_FIX) }, description: `${p.description}; up to ${HUGEPAGES_NULL_FIX} a bare hugepage parameter still faults in strlen()` }
  const after: KernelPolicy = {
    ...p,
    id: `${p.id}.4`,
    appliesTo: { from: kv(HUGEPAGES_NULL_FIX), ...(p.appliesTo.before && { before: p.appliesTo.before }) },
    onlyFor: ['hugepages', 'hugepagesz', 'default_hugepagesz'],
    description: `stable ${HUGEPAGES_NULL_FIX} (Debian ${HUGEPAGES_NULL_FIX}): as ${p.id.replace(/^[a-z0-9_]+-/, '')}; a bare hugepages=/hugepagesz=/default_hugepagesz= is a malformed early option, not a fault in strlen() (mm/hugetlb.c@v7.2.13:4240; not in v7.0: 7.0.1 – 7.0.4 UNCONFIRMED which, taken as 7.0.4)`,
    sources: ['mm/hugetlb.c@v7.2.13 (hugetlb_add_param)', ...p.sources],
    hugetlbBootmem: hugetlbBootmemFor(p.arch, HUGEPAGES_NULL_FIX),
  }
  return [before, after]
}

/**
 * The kvm_hyp_reserve() changes inside an epoch (PKVM_BY_RELEASE): protected KVM itself from 5.13
 * (in arm64-5.12, 5.12 – 5.13), 5 page-table levels from 6.8 (in arm64-6.7, 6.7 – 6.8) and an
 * 8-byte struct hyp_page from 6.14 (in arm64-6.13, 6.13 – 6.14).
 */
const PKVM_SPLITS: readonly ParamSplit[] = [
  {
    epoch: 'arm64-5.12',
    at: '5.13.0',
    id: 'arm64-5.13',
    before: 'no protected KVM',
    description: '5.13: as 5.12; protected KVM, kvm_hyp_reserve() with a 32-byte struct hyp_page (arch/arm64/kvm/hyp/reserved_mem.c@v5.13; not in v5.11, 5.12 not at hand, taken as without)',
    sources: ['arch/arm64/kvm/hyp/reserved_mem.c@v5.13 (kvm_hyp_reserve)', 'arch/arm64/kvm/hyp/include/nvhe/memory.h@v5.13 (struct hyp_page)'],
  },
  {
    epoch: 'arm64-6.7',
    at: '6.8.0',
    id: 'arm64-6.8',
    before: 'protected KVM provisions 4 page-table levels',
    description: '6.8: as 6.7; protected KVM provisions 5 page-table levels (KVM_PGTABLE_FIRST_LEVEL -1: kvm_pgtable.h@v6.8:14, not @v6.5; 6.6 – 6.8 UNCONFIRMED which, taken as 6.8)',
    sources: ['arch/arm64/include/asm/kvm_pgtable.h@v6.8 (KVM_PGTABLE_FIRST_LEVEL)', 'arch/arm64/include/asm/kvm_pkvm.h@v6.8 (__hyp_pgtable_max_pages)'],
  },
  {
    epoch: 'arm64-6.13',
    at: '6.14.0',
    id: 'arm64-6.14',
    before: 'protected KVM counts 4 bytes of hypervisor vmemmap a page',
    description: '6.14: as 6.13; protected KVM counts 8 bytes of hypervisor vmemmap a page (struct hyp_page with host_share_guest_count: nvhe/memory.h@v6.14, not in Debian 6.12.117; 6.13 – 6.14 UNCONFIRMED which, taken as 6.14)',
    sources: ['arch/arm64/kvm/hyp/include/nvhe/memory.h@v6.14 (struct hyp_page)', 'arch/arm64/kvm/hyp/hyp-constants.c@v6.17 (STRUCT_HYP_PAGE_SIZE)'],
  },
]

/** One change inside an epoch, split off for one parameter: the epoch, where, and what each part says. */
interface ParamSplit {
  epoch: string
  at: string
  id: string
  before: string
  description: string
  sources: string[]
}

/**
 * Engine helper (no kernel counterpart): an epoch of `splits` split at its release, the later
 * part marked onlyFor `param` and given `field`'s generation of that release (`genFor`): a sweep
 * whose command line does not name the parameter folds it into the one before.
 */
function splitAtParam<K extends 'pkvm' | 'numaEmu'>(splits: readonly ParamSplit[], param: string, field: K, genFor: (arch: Arch, from: string) => KernelPolicy[K]): (p: KernelPolicy) => KernelPolicy[] {
  return (p) => {
    const split = splits.find((s) => s.epoch === p.id)
    if (!split) return [p]
    const before: KernelPolicy = { ...p, appliesTo: { from: p.appliesTo.from, before: kv(split.at) }, description: `${p.description}; ${split.before}` }
    const after: KernelPolicy = {
      ...p,
      id: split.id,
      appliesTo: { from: kv(split.at), ...(p.appliesTo.before && { before: p.appliesTo.before }) },
      onlyFor: [param],
      description: split.description,
      sources: [...split.sources, ...p.sources],
      [field]: genFor(p.arch, split.at),
    }
    return [before, after]
  }
}

/**
 * The numa_emulation() changes inside an epoch (NUMA_EMU_BY_RELEASE), each split off onlyFor
 * `numa` (a sweep without `numa=fake=` folds them): the per-node count of the `U` form from
 * 6.1.178 (in x86_64-6.1.176), fix_pxm_node_maps() from 6.12.67 (in x86_64-6.12.31), the
 * per-node count from 6.12.97 (in x86_64-6.12.90). Mainline's per-node count starts with the
 * x86_64-7.2 epoch: Debian's 7.1.3 compares the running total (test/boots/numa-fake fake4U).
 */
const NUMA_EMU_SPLITS: readonly ParamSplit[] = [
  {
    epoch: 'x86_64-6.1.176',
    at: '6.1.178',
    id: 'x86_64-6.1.178',
    before: 'numa=fake=NU compares the running node count',
    description: 'stable 6.1.178 (Debian 6.1.192): as 6.1.176; numa=fake=NU counts the nodes each physical node got ("mm/fake-numa: fix under-allocation detection in uniform split", ChangeLog-6.1.178)',
    sources: ['arch/x86/mm/numa_emulation.c@v6.1.192 (numa_emulation: nr_created)'],
  },
  {
    epoch: 'x86_64-6.12.31',
    at: '6.12.67',
    id: 'x86_64-6.12.67',
    before: 'numa=fake= kept with numa=off',
    description: 'stable 6.12.67 (Debian 6.12.117): as 6.12.31; numa=fake= dropped with numa=off (fix_pxm_node_maps(): "mm/fake-numa: allow later numa node hotplug", ChangeLog-6.12.67)',
    sources: ['mm/numa_emulation.c@v6.12.117 (numa_emulation: fix_pxm_node_maps)', 'drivers/acpi/numa/srat.c@v6.12.117 (fix_pxm_node_maps)'],
  },
  {
    epoch: 'x86_64-6.12.90',
    at: '6.12.97',
    id: 'x86_64-6.12.97',
    before: 'numa=fake=NU compares the running node count',
    description: 'stable 6.12.97 (Debian 6.12.117): as 6.12.90; numa=fake=NU counts the nodes each physical node got ("mm/fake-numa: fix under-allocation detection in uniform split", ChangeLog-6.12.97)',
    sources: ['mm/numa_emulation.c@v6.12.117 (numa_emulation: nr_created)'],
  },
]

export const POLICIES: readonly KernelPolicy[] = [...ARM64, ...X86, ...RISCV].flatMap(splitAtHugepagesFix).flatMap(splitAtParam(PKVM_SPLITS, 'kvm-arm.mode', 'pkvm', pkvmFor)).flatMap(splitAtParam(NUMA_EMU_SPLITS, 'numa', 'numaEmu', numaEmuFor))
export const WHAT_IF_POLICIES: readonly KernelPolicy[] = WHAT_IF

/** The lowest release the registry covers. */
export const SUPPORTED_FROM: KernelVersion = kv('5.10.0')

/**
 * The releases a series resolves to: the Debian builds the oracle booted (5.10 – 7.2) and
 * Debian 7.3.4 (test/boots/releases), each with a kernel profile (src/presets/kernels.ts). A
 * series that is not listed resolves to its .0 release.
 */
export const SERIES_RELEASES: Readonly<Record<string, string>> = {
  '5.10': '5.10.223',
  '6.1': '6.1.192',
  '6.12': '6.12.117',
  '7.2': '7.2.13',
  '7.3': '7.3.4',
}

/**
 * Engine helper (no kernel counterpart): maps a series or release to the release the engine simulates.
 * "6.12" → "6.12.117", "6.6" → "6.6.0", "6.1.65" → "6.1.65"; undefined when not a release or unsupported.
 */
export function resolveKernelRelease(kernel: string): string | undefined {
  const v = parseKernelVersion(kernel)
  if (!v) return undefined
  if (compareKernelVersions(v, SUPPORTED_FROM) < 0 || v.major > 7) return undefined
  if (/^\d+\.\d+$/.test(kernel)) return SERIES_RELEASES[kernel] ?? `${kernel}.0`
  return kernel
}

/** Engine helper (no kernel counterpart): whether `p` models release `v` (its half-open appliesTo range). */
export function policyModels(p: Pick<KernelPolicy, 'appliesTo'>, v: KernelVersion): boolean {
  return compareKernelVersions(v, p.appliesTo.from) >= 0 && (!p.appliesTo.before || compareKernelVersions(v, p.appliesTo.before) < 0)
}

/**
 * Engine helper (no kernel counterpart): looks up the policy of an arch and release.
 * The policy for an arch and release, or a what-if policy by name.
 */
export function policyFor(arch: Arch, release: string, name?: string): KernelPolicy | undefined {
  if (name) return [...POLICIES, ...WHAT_IF].find((p) => p.id === name && p.arch === arch)
  const v = parseKernelVersion(release)
  if (!v) return undefined
  return POLICIES.find((p) => p.arch === arch && policyModels(p, v))
}
