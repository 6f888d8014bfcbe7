// SPDX-License-Identifier: GPL-2.0-only
/**
 * The "Zone ranges:" block every architecture prints from free_area_init(): zones are laid
 * end to end from the start of DRAM up to each zone's max PFN; Movable is skipped in the
 * list; a zone whose end does not exceed its start is "empty". The node lines and the node's
 * span come from for_each_mem_pfn_range(), which skips a region holding no whole page.
 *
 * kernelcore=, movablecore= and movable_node decide the "Movable zone start for each node"
 * lines (find_zone_movable_pfns_for_nodes(), below).
 *
 * @kernel mm/page_alloc.c free_area_init (v5.10, v6.1), mm/mm_init.c free_area_init (v6.12, v7.2);
 *         get_pfn_range_for_nid, free_area_init_node; mm/memblock.c __next_mem_pfn_range
 */
import { MEMBLOCK_HOTPLUG, MEMBLOCK_MIRROR, numaValidNode, type Memblock } from './memblock/memblock.js'
import type { ParseDialect } from './crashkernel/parse.js'
import { simpleStrtoull } from './memparse.js'
import { parameq, parseEarlyParams } from './params.js'
import { fmtPhys, max, SZ_4G } from './phys.js'
import type { BootPanic, PhysAddr, PhysSize, TraceEvent, ZoneRange } from './types.js'

export interface ZoneSpec {
  name: ZoneRange['name']
  /** PFN_PHYS(max_zone_pfns[zone]) (exclusive); 0 for ZONE_DEVICE. */
  limit: PhysAddr
}

/** `%#018Lx`: the same 18 characters as 0x%016llx. */
const hex018 = fmtPhys

/**
 * The fixed parts of a zone's line, `"  %-8s empty"` whole and `"  %-8s [mem "` before the
 * bounds (zone_names[] is fixed): a line is then built with two fewer concatenations.
 */
const ZONE_EMPTY: Record<ZoneRange['name'], string> = { DMA: '  DMA      empty', DMA32: '  DMA32    empty', Normal: '  Normal   empty', Device: '  Device   empty' }
const ZONE_MEM: Record<ZoneRange['name'], string> = { DMA: '  DMA      [mem ', DMA32: '  DMA32    [mem ', Normal: '  Normal   [mem ', Device: '  Device   [mem ' }

/**
 * PFN_PHYS(PFN_DOWN(x)) and PFN_PHYS(PFN_UP(x)). PAGE_SIZE is a power of two, so for
 * x ≥ 0 rounding down is `x & -pageSize` (one bigint operation instead of a division and a
 * product); `mask` is 0n when pageSize is not a power of two, and the division is used.
 */
function pfnDown(x: bigint, pageSize: PhysSize, mask: bigint): bigint {
  return mask !== 0n && x >= 0n ? x & mask : (x / pageSize) * pageSize
}
function pfnUp(x: bigint, pageSize: PhysSize, mask: bigint): bigint {
  const y = x + pageSize - 1n
  return mask !== 0n && y >= 0n ? y & mask : (y / pageSize) * pageSize
}

/**
 * What free_area_init() prints and leaves: the zone lines, the zones, and the lines
 * find_zone_movable_pfns_for_nodes() printed before them (kernelcore=mirror's warnings), which
 * each architecture puts into its trace where its boot runs free_area_init().
 */
export interface FreeAreaInitResult {
  zones: ZoneRange[]
  lines: string[]
  events: TraceEvent[]
  /**
   * The nodes with memory that free_area_init() left without a pg_data_t: offline ones (x86's
   * NODE_MIN_SIZE) on a generation that walks the online nodes only. In the address order of
   * their first range with a whole page, the order memmap_init() meets them in. Absent when
   * there are none.
   */
  withoutPgdat?: number[]
}

const NO_EVENTS: TraceEvent[] = []

const ascending = (a: number, b: number): number => a - b

/** `"  node %3d: [mem "`, the fixed part of an "Early memory node ranges" line, made once per node number up to 63. */
const NODE_RANGE_PREFIX = Array.from({ length: 64 }, (_, nid) => `  node ${String(nid).padStart(3)}: [mem `)
const nodeRangePrefix = (nid: number): string => NODE_RANGE_PREFIX[nid] ?? `  node ${String(nid).padStart(3)}: [mem `

/**
 * How free_area_init() sets up a node that spans no page (a CPU-only node), by generation
 * (mm/ code, every architecture alike; a policy picks it).
 * @kernel mm/page_alloc.c free_area_init, free_area_init_node (v5.10.223, v6.1.192);
 *         mm/mm_init.c (v6.12.117, v7.2.13); mm/numa.c alloc_offline_node_data (v6.12.117, v7.2.13)
 */
export interface MemorylessNodeGeneration {
  /**
   * Which nodes free_area_init() walks: 'online' (for_each_online_node(), 5.10: a node not yet
   * online, x86's CPU-only nodes until init_cpu_to_node(), is set up later, after the block) or
   * 'possible' (for_each_node(): an offline one is given a pg_data_t there, memblock_alloc()).
   */
  walks: 'online' | 'possible'
  /** The line for an offline node before its pg_data_t ("Initializing node %d as memoryless", 5.18 – 6.6), if any. */
  offline: ((nid: number) => string) | undefined
  /** free_area_init_node()'s line for a node without pages. */
  setup: (nid: number) => string
}

/** 5.10: free_area_init_node() prints the empty span get_pfn_range_for_nid() leaves (mm/page_alloc.c@v5.10.223:7160). */
export const MEMORYLESS_NODE_5_10: MemorylessNodeGeneration = {
  walks: 'online',
  offline: undefined,
  setup: (nid) => `Initmem setup node ${nid} [mem 0x0000000000000000-0x0000000000000000]`,
}
/** 5.18 – 6.6: for_each_node(), an offline node said so and given a pg_data_t (mm/page_alloc.c@v6.1.192:8365-8379, 7930; mm/mm_init.c@v6.5:1873). */
export const MEMORYLESS_NODE_6_1: MemorylessNodeGeneration = {
  walks: 'possible',
  offline: (nid) => `Initializing node ${nid} as memoryless`,
  setup: (nid) => `Initmem setup node ${nid} as memoryless`,
}
/**
 * 6.7+: the offline node's pg_data_t memblock_alloc()ed without a line (mm/mm_init.c@v6.8:1870-1877,
 * arch_alloc_nodedata(); alloc_offline_node_data() in mm/numa.c from 6.12: @v6.12.117:1864,
 * @v6.14:1845, @v7.2.13:1906). The release between 6.6 and 6.8 is in policies/index.ts.
 */
export const MEMORYLESS_NODE_6_12: MemorylessNodeGeneration = { ...MEMORYLESS_NODE_6_1, offline: undefined }

/**
 * The nodes free_area_init() knows beyond the memory's: node_possible_map with each node's
 * online state when it runs (arm64 and riscv64: every parsed node is online after NUMA init;
 * x86: a CPU-only node comes online only in init_cpu_to_node(), after it), and the policy's
 * generation. Absent: the memory's nodes only.
 */
export interface FreeAreaInitNodes {
  nodes: ReadonlyArray<{ nid: number; online: boolean }>
  generation: MemorylessNodeGeneration
}

/**
 * Mirrors free_area_init() — mm/mm_init.c (v6.12.117:1783; mm/page_alloc.c in v6.1.192:8289): its zone bookkeeping and its pr_info lines; with `movable` (the
 * command line's kernelcore=/movablecore=/movable_node and the kernel's generation of
 * find_zone_movable_pfns_for_nodes()), the "Movable zone start for each node" lines too.
 */
export function freeAreaInit(mb: Memblock, zones: ZoneSpec[], pageSize: PhysSize, movable?: ZoneMovableInput, possible?: FreeAreaInitNodes): FreeAreaInitResult {
  const mask = pageSize > 0n && (pageSize & (pageSize - 1n)) === 0n ? -pageSize : 0n
  const regions = mb.memory.regions
  let start = pfnDown(regions[0]?.base ?? 0n, pageSize, mask)
  const out: ZoneRange[] = []
  const lines = ['Zone ranges:']
  // arch_zone_lowest_possible_pfn[] / arch_zone_highest_possible_pfn[] (as addresses), for
  // find_usable_zone_for_movable(): only find_zone_movable_pfns_for_nodes() reads them.
  const bounds: Array<{ low: PhysAddr; high: PhysAddr }> | undefined = movable ? [] : undefined
  for (const z of zones) {
    const end = max(pfnDown(z.limit, pageSize, mask), start)
    bounds?.push({ low: start, high: end })
    if (end === start) {
      out.push({ name: z.name, start: null, end: null })
      lines.push(ZONE_EMPTY[z.name] ?? `  ${z.name.padEnd(8)} empty`)
    } else {
      const last = end - 1n
      out.push({ name: z.name, start, end: last })
      lines.push(`${ZONE_MEM[z.name] ?? `  ${z.name.padEnd(8)} [mem `}${hex018(start)}-${hex018(last)}]`)
    }
    start = end
  }
  // for_each_mem_pfn_range() gives each region's PFN_UP(base)..PFN_DOWN(end) and skips a region
  // with no whole page in it; get_pfn_range_for_nid() spans the ranges it gives, so a sub-page
  // region at either end moves neither bound of the "Initmem setup" line.
  // Each range is on its region's node (before NUMA init, or for memory it left alone, there
  // is none: the one node 0 of a board without NUMA).
  const ranges: PfnRange[] = []
  for (const r of regions) {
    const s = pfnUp(r.base, pageSize, mask)
    const e = pfnDown(r.base + r.size, pageSize, mask)
    if (e > s) ranges.push({ start: s, end: e, nid: numaValidNode(r.nid) ? r.nid : 0 })
  }
  lines.push('Movable zone start for each node')
  let events = NO_EVENTS
  if (movable) {
    const found = findZoneMovablePfnsForNodes(mb, ranges, bounds!, pageSize, movable)
    events = found.events
    // `if (zone_movable_pfn[i])` prints a node's start, in node order.
    for (const [nid, start] of found.zoneMovableStart) lines.push(`  Node ${nid}: ${hex018(start)}`)
  }
  lines.push('Early memory node ranges')
  for (const r of ranges) lines.push(`${nodeRangePrefix(r.nid)}${hex018(r.start)}-${hex018(r.end - 1n)}]`)
  // free_area_init_node() of each node, in node order: the nodes of the ranges and the
  // possible ones (a handful: a small array, not sets). get_pfn_range_for_nid() spans the
  // node's ranges. A node with no whole page (a CPU-only node: `possible`) gets its
  // generation's lines, where the generation walks it: it is online when `possible` says so.
  const nids: number[] = []
  let withoutPgdat: number[] | undefined
  for (const r of ranges) if (!nids.includes(r.nid)) nids.push(r.nid)
  const others = possible?.nodes ?? []
  for (const n of others) if (!nids.includes(n.nid)) nids.push(n.nid)
  if (nids.length > 1) nids.sort(ascending)
  for (const nid of nids) {
    let first: PfnRange | undefined
    let last: PfnRange | undefined
    for (const r of ranges) {
      if (r.nid !== nid) continue
      first ??= r
      last = r
    }
    // Offline here: a CPU-only node, or one with memory that NUMA init left without NODE_DATA
    // (x86's NODE_MIN_SIZE: X86Policy.nodeMinSize). Nodes `possible` does not list are online.
    let online = true
    for (const n of others) if (n.nid === nid) online = n.online
    const gen = possible?.generation
    if (!online && gen) {
      // 5.10 – 5.17 walk the online nodes only: a node with memory gets no pg_data_t, which
      // memmap_init() may meet next (memmapInit()).
      if (gen.walks === 'online') {
        if (first !== undefined) (withoutPgdat ??= []).push(nid)
        continue
      }
      if (gen.offline) lines.push(gen.offline(nid))
    }
    if (first !== undefined) {
      lines.push(`Initmem setup node ${nid} [mem ${hex018(first.start)}-${hex018(last!.end - 1n)}]`)
      continue
    }
    lines.push(gen!.setup(nid))
  }
  const result: FreeAreaInitResult = { zones: out, lines, events }
  if (withoutPgdat) {
    // Rare (a node under NODE_MIN_SIZE): reorder by the ranges, which are in address order.
    const inAddressOrder: number[] = []
    for (const r of ranges) if (withoutPgdat.includes(r.nid) && !inAddressOrder.includes(r.nid)) inAddressOrder.push(r.nid)
    result.withoutPgdat = inAddressOrder
  }
  return result
}

/**
 * Mirrors memmap_init(), called at the end of free_area_init(), for what it does with a node
 * free_area_init() gave no pg_data_t (FreeAreaInitResult.withoutPgdat): 'ranges' (5.14+,
 * stable 5.10.53 and 5.13.5) walks every memory range and reads the zones of NODE_DATA() of
 * the range's node, NULL for such a node, and the boot panics; 'zones' (5.10.0 – 5.10.52,
 * 5.11 – 5.13.4) initialises the online nodes' zones only, and what becomes of the node's
 * pages after that is not modelled (undefined). The struct pages it initialises are not
 * modelled either: only the fault.
 * @kernel mm/page_alloc.c memmap_init (v5.14:6720-6740, v5.17:6775, v5.10.223:6342-6358; v5.11:6260
 *         and v5.13:6515 per zone, memmap_init_zone())
 */
export function memmapInit(mb: Memblock, block: FreeAreaInitResult, walk: 'zones' | 'ranges'): BootPanic | undefined {
  // for_each_mem_pfn_range() gives the ranges in address order; the first one on such a node
  // is where the boot stops.
  const nid = block.withoutPgdat?.[0]
  if (nid === undefined || walk === 'zones') return undefined
  let memory = 0n
  for (const r of mb.memory.regions) if (r.nid === nid) memory += r.size
  return { cause: 'node-without-pgdat', nid, memory, at: 'mm/page_alloc.c memmap_init', fn: 'memmap_init' }
}

// ---------------------------------------------------------------- ZONE_MOVABLE

/**
 * One generation of kernelcore=/movablecore= handling (a policy picks it).
 * @kernel mm/page_alloc.c find_zone_movable_pfns_for_nodes (v5.10.223, v6.1.192),
 *         mm/mm_init.c (v6.12.117, v7.2.13)
 */
export interface ZoneMovableGeneration {
  /**
   * kernelcore=mirror leaves unmirrored memory below this in the kernel's zones: PFN
   * 0x100000 (up to 5.18: 4 GiB only with 4K pages) or PHYS_PFN(SZ_4G) (5.19+), as an address.
   */
  mirrorLowLimit: (pageSize: PhysSize) => PhysAddr
  /**
   * 6.6+: kernelcore=mirror is ignored, with "The system has no mirror memory, ignore
   * kernelcore=mirror.", when memblock_has_mirror() is false; 5.10 and 6.1 have no such test
   * and make every unmirrored region from 4 GiB up movable.
   */
  mirrorNeedsMirror: boolean
  /**
   * movable_node's PFN of a hot-pluggable region: PFN_DOWN(base) ('down', 5.10 and 6.1) or
   * memblock_region_memory_base_pfn(), PFN_UP(base) ('up', 6.9+); kernelcore=mirror takes
   * PFN_UP in all four.
   */
  hotplugBasePfn: 'down' | 'up'
  /**
   * The nodes out2 rounds (roundup to MAX_ORDER_NR_PAGES, dropped at or past the node's end):
   * 'all' (every node id, up to 6.15) or 'memory' (6.16+: for_each_node_state(N_MEMORY), the nodes
   * early_calculate_totalpages() found pages on; another node keeps the PFN the movable_node
   * or kernelcore=mirror walk gave it, unrounded, and it is printed).
   */
  out2Nodes: 'all' | 'memory'
  /**
   * out2 drops a start that the rounding put at or past the node's end (ddbc84f3f595
   * "mm/page_alloc.c: dont create ZONE_MOVABLE beyond the end of a node", the 5.18 merge window:
   * in mm/page_alloc.c@v5.19:8019-8022 and Debian's v5.10.223, not @v5.11 – @v5.17; stable
   * 5.10.110, 5.15.33, 5.16.19 and 5.17.2 took it). Without it such a node keeps the start and
   * "Movable zone start for each node" prints it.
   */
  out2DropsPastEnd: boolean
}

/**
 * The kernel's command-line number parsers, memparse() and simple_strtoull(): the policy's
 * ParseDialect, the one place that records which release wraps and which saturates.
 */
export type CmdlineNumbers = Pick<ParseDialect, 'memparse' | 'strtoullSaturates'>

/** 5.10: `usable_startpfn < 0x100000` (mm/page_alloc.c v5.10.223). */
export const ZONE_MOVABLE_5_10: ZoneMovableGeneration = { mirrorLowLimit: (pageSize) => 0x100000n * pageSize, mirrorNeedsMirror: false, hotplugBasePfn: 'down', out2Nodes: 'all', out2DropsPastEnd: true }
/**
 * 5.11 – 5.17 as released: no check of the rounded start against the node's end (mm/page_alloc.c
 * @v5.11, @v5.13, @v5.14, @v5.15, @v5.17, compiled by scripts/kernel-zones-fixture.sh). The
 * stable releases that took the fix (5.15.33, 5.16.19, 5.17.2) are not told apart: each of the
 * engine's 5.11 – 5.17 policies starts at a release without it.
 */
export const ZONE_MOVABLE_5_11: ZoneMovableGeneration = { ...ZONE_MOVABLE_5_10, out2DropsPastEnd: false }
/** 5.19 – 6.5: `usable_startpfn < PHYS_PFN(SZ_4G)` (mm/page_alloc.c v6.1.192, @v5.19:7907; @v5.17:7825 still 0x100000). */
export const ZONE_MOVABLE_6_1: ZoneMovableGeneration = { ...ZONE_MOVABLE_5_10, mirrorLowLimit: () => SZ_4G }
/**
 * 6.6: kernelcore=mirror without mirrored memory is ignored, memblock_has_mirror() tested
 * first (0db31d63f27e "mm: disable kernelcore=mirror when no mirror memory", in linux-next's
 * mm tree for the 6.6 merge window, 2023-08-29; not in mm/mm_init.c@v6.5, in @v6.8:380 with
 * PFN_DOWN(r->base) still taken for movable_node, @v6.8:365). (The is_kdump_kernel() test of
 * "efi: disable mirror feature during crashkernel", 6.8 and 6.6.15, concerns the crash
 * kernel's own boot, which the engine does not simulate.)
 */
export const ZONE_MOVABLE_6_6: ZoneMovableGeneration = { ...ZONE_MOVABLE_6_1, mirrorNeedsMirror: true }
/**
 * 6.9 – 6.15: movable_node takes memblock_region_memory_base_pfn(), PFN_UP(base) (mm/mm_init.c
 * v6.12.117, @v6.11:366, @v6.14:365; PFN_DOWN(r->base) in mm/page_alloc.c v6.1.192 and
 * mm/mm_init.c@v6.8:365: the release of 6.9 – 6.11 is UNCONFIRMED, taken as 6.9).
 */
export const ZONE_MOVABLE_6_12: ZoneMovableGeneration = { ...ZONE_MOVABLE_6_6, hotplugBasePfn: 'up' }
/**
 * 6.16+: out2 walks for_each_node_state(nid, N_MEMORY) instead of every node id (mm/mm_init.c
 * v7.2.13, @v6.17:565, @v7.0:565; @v6.14:548 walks every id: 6.15 – 6.17, taken as 6.16).
 */
export const ZONE_MOVABLE_7_2: ZoneMovableGeneration = { ...ZONE_MOVABLE_6_12, out2Nodes: 'memory' }

/** The early parameters find_zone_movable_pfns_for_nodes() reads, as their handlers left them. */
export interface CoreParams {
  /** required_kernelcore, in pages. */
  requiredKernelcore: bigint
  requiredKernelcorePercent: bigint
  /** required_movablecore, in pages. */
  requiredMovablecore: bigint
  requiredMovablecorePercent: bigint
  mirroredKernelcore: boolean
  /**
   * movable_node_is_enabled(): `movable_node` was given and the kernel has CONFIG_MEMORY_HOTPLUG
   * (ZoneMovableInput's `memoryHotplug`; without it the parameter does not exist).
   */
  movableNode: boolean
}

export interface ZoneMovableInput {
  params: CoreParams
  generation: ZoneMovableGeneration
}

/** Whether the command line can hold kernelcore=, movablecore= or movable_node (a cheap test). */
const hasCoreParams = (cmdline: string): boolean => cmdline.includes('core') || cmdline.includes('movable')

/**
 * Engine helper (no kernel counterpart): assembles the ZONE_MOVABLE input from the command line.
 * The ZoneMovableInput of a command line, for the kernel generation and page size.
 * `memoryHotplug`: the kernel can have CONFIG_MEMORY_HOTPLUG (arm64 and x86_64 always, riscv64
 * only once arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG), which builds
 * mm/memory_hotplug.c and with it the `movable_node` early param.
 */
export function zoneMovableInput(cmdline: string, pageSize: PhysSize, numbers: CmdlineNumbers, generation: ZoneMovableGeneration, memoryHotplug = true): ZoneMovableInput | undefined {
  // Without kernelcore=, movablecore= or movable_node there is no ZONE_MOVABLE to find (and
  // nothing to allocate on every layout's boot).
  if (!hasCoreParams(cmdline)) return undefined
  return { params: parseCoreParams(cmdline, pageSize, numbers, memoryHotplug), generation }
}

/**
 * Mirrors parse_option_str() — lib/cmdline.c: whether `option` is one of the comma-separated
 * items of `str`.
 * @kernel lib/cmdline.c parse_option_str
 */
function parseOptionStr(str: string, option: string): boolean {
  for (const item of str.split(',')) if (item.startsWith(option) && item.length === option.length) return true
  return false
}

/**
 * Mirrors movable_node_is_enabled() with the `movable_node` early param
 * (cmdline_parse_movable_node(), which ignores any value); without CONFIG_MEMORY_HOTPLUG
 * (`memoryHotplug` false: riscv64 before 6.9) the parameter does not exist. Every Debian amd64
 * build has it. It decides the "Movable zone start" lines (parseCoreParams()), and on x86 it makes setup_arch() allocate bottom-up until numa_init()
 * has parsed SRAT ("allocate memory near the kernel image to try the best to keep the kernel
 * away from hotpluggable memory"): the real-mode trampoline, init_mem_mapping() (mapped
 * upwards from the kernel's end, the page tables of that pass from above the kernel, those of
 * [1M, _end) from 1 MiB up), a log_buf_len= buffer, a relocated initrd and the SLIT's distance
 * table. numa_init() then sets memblock back to top-down, so NODE_DATA and the crash kernel
 * are placed as without it (test/boots/movable-node) on a board without hot-pluggable memory.
 * SRAT's hot-pluggable ranges, which movable_node makes memblock skip (should_skip_region()),
 * cannot be described on a board: not modelled.
 * @kernel include/linux/memory_hotplug.h movable_node_is_enabled; mm/memory_hotplug.c
 *         cmdline_parse_movable_node; arch/x86/kernel/setup.c setup_arch (v5.10.223:956,
 *         v6.12.117:886), arch/x86/kernel/e820.c e820__memblock_setup (v7.2.13:1313);
 *         arch/x86/mm/numa.c numa_init (v5.10.223:665), mm/numa_memblks.c numa_memblks_init
 *         (v6.12.117:452, v7.2.13:474)
 */
export function movableNodeIsEnabled(cmdline: string, memoryHotplug = true): boolean {
  // (parameq(): '-' and '_' are the same character in a parameter's name.)
  if (!memoryHotplug || !cmdline.includes('movable')) return false
  for (const { param } of parseEarlyParams(cmdline)) if (parameq(param, 'movable_node')) return true
  return false
}

/**
 * Mirrors the early params `kernelcore` (cmdline_parse_kernelcore: "mirror", else
 * cmdline_parse_core), `movablecore` (cmdline_parse_core) and `movable_node`
 * (cmdline_parse_movable_node), in command-line order. cmdline_parse_core() reads a number
 * with simple_strtoull(base 0): followed by '%' it is a percentage (which leaves the size
 * alone), otherwise memparse() bytes >> PAGE_SHIFT (which zeroes the percentage), so of
 * `kernelcore=1G kernelcore=50%` the percentage wins and of `kernelcore=50% kernelcore=1G`
 * the size. A bare `movablecore` is -EINVAL and changes nothing; a bare `kernelcore` stops the
 * boot (cmdline_parse_kernelcore() hands its NULL to parse_option_str(), which reads through
 * it): early-params.ts prints the one and stops at the other, in parse_early_param(). Without
 * CONFIG_MEMORY_HOTPLUG (`memoryHotplug` false) no `movable_node` handler is registered and
 * movable_node_is_enabled() is constant false (include/linux/memory_hotplug.h).
 *
 * @kernel mm/page_alloc.c cmdline_parse_core, cmdline_parse_kernelcore, cmdline_parse_movablecore
 *         (v5.10.223, v6.1.192), mm/mm_init.c (v6.12.117, v7.2.13); mm/memory_hotplug.c
 *         cmdline_parse_movable_node; init/main.c do_early_param
 */
export function parseCoreParams(cmdline: string, pageSize: PhysSize, numbers: CmdlineNumbers, memoryHotplug = true): CoreParams {
  const params: CoreParams = { requiredKernelcore: 0n, requiredKernelcorePercent: 0n, requiredMovablecore: 0n, requiredMovablecorePercent: 0n, mirroredKernelcore: false, movableNode: false }
  if (!hasCoreParams(cmdline)) return params
  const core = (p: string, which: 'kernelcore' | 'movablecore'): void => {
    const { value, end } = simpleStrtoull(p, 0, numbers.strtoullSaturates)
    if (p[end] === '%') {
      // WARN_ON(coremem > 100) prints a backtrace the model does not reproduce.
      if (which === 'kernelcore') params.requiredKernelcorePercent = value
      else params.requiredMovablecorePercent = value
      return
    }
    const pages = numbers.memparse(p, 0).value / pageSize
    if (which === 'kernelcore') {
      params.requiredKernelcore = pages
      params.requiredKernelcorePercent = 0n
    } else {
      params.requiredMovablecore = pages
      params.requiredMovablecorePercent = 0n
    }
  }
  for (const { param, val } of parseEarlyParams(cmdline)) {
    if (parameq(param, 'kernelcore')) {
      if (val === null) continue
      if (parseOptionStr(val, 'mirror')) params.mirroredKernelcore = true
      else core(val, 'kernelcore')
    } else if (parameq(param, 'movablecore')) {
      if (val !== null) core(val, 'movablecore')
    }
  }
  params.movableNode = movableNodeIsEnabled(cmdline, memoryHotplug)
  return params
}

/** roundup(x, MAX_ORDER_NR_PAGES) for a power-of-two size in bytes. */
const roundUpTo = (x: bigint, size: bigint): bigint => ((x + size - 1n) / size) * size

/**
 * MAX_ORDER_NR_PAGES × PAGE_SIZE: 1 << (MAX_ORDER - 1) pages up to 6.3, 1 << MAX_PAGE_ORDER
 * from 6.4, the same number: 2^10 pages with 4K pages (x86, riscv; arm64's Debian configs set
 * 11 (5.10, 6.1) and 10 (6.12, 7.2), the same orders), and on arm64 2^11 with 16K and 2^13
 * with 64K (the Kconfig defaults with THP: FORCE_MAX_ZONEORDER 12/14, ARCH_FORCE_MAX_ORDER 11/13).
 * @kernel include/linux/mmzone.h MAX_ORDER_NR_PAGES; arch/arm64/Kconfig (v5.10.223 – v7.2.13)
 */
export function maxOrderNrPagesBytes(pageSize: PhysSize): PhysSize {
  const order = pageSize === 0x10000n ? 13n : pageSize === 0x4000n ? 11n : 10n
  return pageSize << order
}

/** A for_each_mem_pfn_range() range, as addresses (whole pages), with its node. */
export interface PfnRange {
  start: PhysAddr
  end: PhysAddr
  nid: number
}

/**
 * The node of a memory region as find_zone_movable_pfns_for_nodes() indexes zone_movable_pfn[]
 * with it (memblock_get_region_node()); memory NUMA init left alone is the one node 0 of a
 * board without NUMA, as in freeAreaInit().
 */
const regionNode = (nid: number): number => (numaValidNode(nid) ? nid : 0)

/**
 * Mirrors find_zone_movable_pfns_for_nodes(): where ZONE_MOVABLE starts on each node
 * (zone_movable_pfn[], as addresses; a node left out has none), and the lines it printed. The
 * model is not a kdump kernel; memblock_has_mirror() is whether a memory region carries
 * MEMBLOCK_MIRROR (memblock_mark_mirror() sets system_has_some_mirror; the firmware marks only
 * memory it described).
 *
 * - movable_node: kernelcore=/movablecore= are ignored; each node's ZONE_MOVABLE starts at the
 *   lowest MEMBLOCK_HOTPLUG region on it (PFN_DOWN(base) up to 6.1, PFN_UP(base) from 6.12:
 *   the generation's hotplugBasePfn).
 * - kernelcore=mirror: 6.6+ warns and ignores it without mirrored memory; otherwise each
 *   node's start is its lowest unmirrored region at or above mirrorLowLimit (5.10: PFN
 *   0x100000; 6.1+: 4 GiB), with a warning when an unmirrored region starts below it.
 * - otherwise percentages of totalpages become page counts ((totalpages * 100 * pct) / 10000,
 *   unsigned long), movablecore= (rounded up to MAX_ORDER_NR_PAGES, at most totalpages)
 *   becomes kernelcore = max(kernelcore, totalpages - movablecore), and kernelcore is spread
 *   over the nodes with memory (N_MEMORY, in node order): each takes kernelcore / usable_nodes
 *   pages from its ranges, those below the movable zone's lowest PFN counting without limit;
 *   while pages are still owed, another pass runs with one node fewer, from where the last
 *   left each node.
 * Then (out2) every node's start (7.2: every node with memory's, the generation's out2Nodes)
 * is rounded up to MAX_ORDER_NR_PAGES and dropped if it is at or past the node's end
 * (get_pfn_range_for_nid()).
 *
 * @kernel mm/page_alloc.c find_zone_movable_pfns_for_nodes, find_usable_zone_for_movable,
 *         early_calculate_totalpages (v5.10.223, v6.1.192); mm/mm_init.c (v6.12.117, v7.2.13)
 */
export function findZoneMovablePfnsForNodes(
  mb: Memblock,
  ranges: ReadonlyArray<PfnRange>,
  zoneBounds: ReadonlyArray<{ low: PhysAddr; high: PhysAddr }>,
  pageSize: PhysSize,
  input: ZoneMovableInput,
): { zoneMovableStart: Map<number, PhysAddr>; events: TraceEvent[] } {
  const { params, generation } = input
  const events: TraceEvent[] = []
  const U64 = (x: bigint): bigint => BigInt.asUintN(64, x)
  // zone_movable_pfn[], in pages; a node not in the map is 0.
  const zmp = new Map<number, bigint>()
  const at = (nid: number): bigint => zmp.get(nid) ?? 0n
  // early_calculate_totalpages(), in pages, and N_MEMORY: the nodes it found pages on.
  let totalpages = 0n
  const memoryNodes = new Set<number>()
  for (const r of ranges) {
    totalpages += (r.end - r.start) / pageSize
    memoryNodes.add(r.nid)
  }
  const nodes = [...memoryNodes].sort((a, b) => a - b)
  // find_usable_zone_for_movable(): the highest zone with pages (ZONE_DEVICE never has any).
  let movableZone = -1
  for (let i = zoneBounds.length - 1; i >= 0; i--) {
    if (zoneBounds[i]!.high > zoneBounds[i]!.low) {
      movableZone = i
      break
    }
  }
  const none = (): { zoneMovableStart: Map<number, PhysAddr>; events: TraceEvent[] } => ({ zoneMovableStart: new Map(), events })
  // The lowest PFN_UP(base) of the regions `take` picks, per node.
  const lowestOf = (take: (flags: number) => boolean, roundUp: boolean, below?: bigint): boolean => {
    let sawBelow = false
    for (const r of mb.memory.regions) {
      if (!take(r.flags)) continue
      const usable = (roundUp ? r.base + pageSize - 1n : r.base) / pageSize
      if (below !== undefined && usable < below) {
        sawBelow = true
        continue
      }
      const nid = regionNode(r.nid)
      zmp.set(nid, at(nid) ? (usable < at(nid) ? usable : at(nid)) : usable)
    }
    return sawBelow
  }
  const out2 = (): { zoneMovableStart: Map<number, PhysAddr>; events: TraceEvent[] } => {
    const orderPages = maxOrderNrPagesBytes(pageSize) / pageSize
    const starts = new Map<number, PhysAddr>()
    for (const nid of [...zmp.keys()].sort((a, b) => a - b)) {
      if (generation.out2Nodes === 'memory' && !memoryNodes.has(nid)) {
        if (at(nid)) starts.set(nid, at(nid) * pageSize)
        continue
      }
      const pfn = roundUpTo(at(nid), orderPages)
      // get_pfn_range_for_nid()'s end: 0 for a node without a whole page.
      let endPfn = 0n
      for (const r of ranges) if (r.nid === nid && r.end / pageSize > endPfn) endPfn = r.end / pageSize
      // PFN 0 is no ZONE_MOVABLE: `if (zone_movable_pfn[i])` prints nothing for it.
      if (pfn !== 0n && (pfn < endPfn || !generation.out2DropsPastEnd)) starts.set(nid, pfn * pageSize)
    }
    return { zoneMovableStart: starts, events }
  }
  if (params.movableNode) {
    lowestOf((flags) => (flags & MEMBLOCK_HOTPLUG) !== 0, generation.hotplugBasePfn === 'up')
    return out2()
  }
  if (params.mirroredKernelcore) {
    if (generation.mirrorNeedsMirror && !mb.memory.regions.some((r) => r.flags & MEMBLOCK_MIRROR)) {
      events.push({ level: 'warn', source: 'zones', text: 'The system has no mirror memory, ignore kernelcore=mirror.' })
      return none()
    }
    const lowLimitPfn = generation.mirrorLowLimit(pageSize) / pageSize
    if (lowestOf((flags) => (flags & MEMBLOCK_MIRROR) === 0, true, lowLimitPfn)) {
      events.push({ level: 'warn', source: 'zones', text: 'This configuration results in unmirrored kernel memory.' })
    }
    return out2()
  }
  let requiredKernelcore = params.requiredKernelcore
  let requiredMovablecore = params.requiredMovablecore
  if (params.requiredKernelcorePercent) requiredKernelcore = U64(totalpages * 100n * params.requiredKernelcorePercent) / 10000n
  if (params.requiredMovablecorePercent) requiredMovablecore = U64(totalpages * 100n * params.requiredMovablecorePercent) / 10000n
  if (requiredMovablecore) {
    const orderPages = maxOrderNrPagesBytes(pageSize) / pageSize
    requiredMovablecore = U64(roundUpTo(requiredMovablecore, orderPages))
    if (requiredMovablecore > totalpages) requiredMovablecore = totalpages
    const corepages = totalpages - requiredMovablecore
    if (corepages > requiredKernelcore) requiredKernelcore = corepages
  }
  // goto out: no ZONE_MOVABLE (zone_movable_pfn stays 0, no rounding).
  if (!requiredKernelcore || requiredKernelcore >= totalpages || movableZone < 0) return none()
  const usableStartpfn = zoneBounds[movableZone]!.low / pageSize
  // restart: spread kernelcore over the nodes with memory.
  let usableNodes = BigInt(nodes.length)
  for (;;) {
    let kernelcoreNode = requiredKernelcore / usableNodes
    for (const nid of nodes) {
      if (requiredKernelcore < kernelcoreNode) kernelcoreNode = requiredKernelcore / usableNodes
      let kernelcoreRemaining = kernelcoreNode
      for (const r of ranges) {
        if (r.nid !== nid) continue
        let startPfn = r.start / pageSize
        const endPfn = r.end / pageSize
        if (at(nid) > startPfn) startPfn = at(nid)
        if (startPfn >= endPfn) continue
        if (startPfn < usableStartpfn) {
          const kernelPages = (endPfn < usableStartpfn ? endPfn : usableStartpfn) - startPfn
          kernelcoreRemaining -= kernelPages < kernelcoreRemaining ? kernelPages : kernelcoreRemaining
          requiredKernelcore -= kernelPages < requiredKernelcore ? kernelPages : requiredKernelcore
          if (endPfn <= usableStartpfn) {
            zmp.set(nid, endPfn)
            continue
          }
          startPfn = usableStartpfn
        }
        let sizePages = endPfn - startPfn
        if (sizePages > kernelcoreRemaining) sizePages = kernelcoreRemaining
        zmp.set(nid, startPfn + sizePages)
        requiredKernelcore -= requiredKernelcore < sizePages ? requiredKernelcore : sizePages
        kernelcoreRemaining -= sizePages
        if (!kernelcoreRemaining) break
      }
    }
    usableNodes--
    if (usableNodes && requiredKernelcore > usableNodes) continue
    break
  }
  return out2()
}
