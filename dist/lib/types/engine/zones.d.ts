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
import { type Memblock } from './memblock/memblock.js';
import type { ParseDialect } from './crashkernel/parse.js';
import type { BootPanic, PhysAddr, PhysSize, TraceEvent, ZoneRange } from './types.js';
export interface ZoneSpec {
    name: ZoneRange['name'];
    /** PFN_PHYS(max_zone_pfns[zone]) (exclusive); 0 for ZONE_DEVICE. */
    limit: PhysAddr;
}
/**
 * What free_area_init() prints and leaves: the zone lines, the zones, and the lines
 * find_zone_movable_pfns_for_nodes() printed before them (kernelcore=mirror's warnings), which
 * each architecture puts into its trace where its boot runs free_area_init().
 */
export interface FreeAreaInitResult {
    zones: ZoneRange[];
    lines: string[];
    events: TraceEvent[];
    /**
     * The nodes with memory that free_area_init() left without a pg_data_t: offline ones (x86's
     * NODE_MIN_SIZE) on a generation that walks the online nodes only. In the address order of
     * their first range with a whole page, the order memmap_init() meets them in. Absent when
     * there are none.
     */
    withoutPgdat?: number[];
}
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
    walks: 'online' | 'possible';
    /** The line for an offline node before its pg_data_t ("Initializing node %d as memoryless", 5.18 – 6.6), if any. */
    offline: ((nid: number) => string) | undefined;
    /** free_area_init_node()'s line for a node without pages. */
    setup: (nid: number) => string;
}
/** 5.10: free_area_init_node() prints the empty span get_pfn_range_for_nid() leaves (mm/page_alloc.c@v5.10.223:7160). */
export declare const MEMORYLESS_NODE_5_10: MemorylessNodeGeneration;
/** 5.18 – 6.6: for_each_node(), an offline node said so and given a pg_data_t (mm/page_alloc.c@v6.1.192:8365-8379, 7930; mm/mm_init.c@v6.5:1873). */
export declare const MEMORYLESS_NODE_6_1: MemorylessNodeGeneration;
/**
 * 6.7+: the offline node's pg_data_t memblock_alloc()ed without a line (mm/mm_init.c@v6.8:1870-1877,
 * arch_alloc_nodedata(); alloc_offline_node_data() in mm/numa.c from 6.12: @v6.12.117:1864,
 * @v6.14:1845, @v7.2.13:1906). The release between 6.6 and 6.8 is in policies/index.ts.
 */
export declare const MEMORYLESS_NODE_6_12: MemorylessNodeGeneration;
/**
 * The nodes free_area_init() knows beyond the memory's: node_possible_map with each node's
 * online state when it runs (arm64 and riscv64: every parsed node is online after NUMA init;
 * x86: a CPU-only node comes online only in init_cpu_to_node(), after it), and the policy's
 * generation. Absent: the memory's nodes only.
 */
export interface FreeAreaInitNodes {
    nodes: ReadonlyArray<{
        nid: number;
        online: boolean;
    }>;
    generation: MemorylessNodeGeneration;
}
/**
 * Mirrors free_area_init() — mm/mm_init.c (v6.12.117:1783; mm/page_alloc.c in v6.1.192:8289): its zone bookkeeping and its pr_info lines; with `movable` (the
 * command line's kernelcore=/movablecore=/movable_node and the kernel's generation of
 * find_zone_movable_pfns_for_nodes()), the "Movable zone start for each node" lines too.
 */
export declare function freeAreaInit(mb: Memblock, zones: ZoneSpec[], pageSize: PhysSize, movable?: ZoneMovableInput, possible?: FreeAreaInitNodes): FreeAreaInitResult;
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
export declare function memmapInit(mb: Memblock, block: FreeAreaInitResult, walk: 'zones' | 'ranges'): BootPanic | undefined;
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
    mirrorLowLimit: (pageSize: PhysSize) => PhysAddr;
    /**
     * 6.6+: kernelcore=mirror is ignored, with "The system has no mirror memory, ignore
     * kernelcore=mirror.", when memblock_has_mirror() is false; 5.10 and 6.1 have no such test
     * and make every unmirrored region from 4 GiB up movable.
     */
    mirrorNeedsMirror: boolean;
    /**
     * movable_node's PFN of a hot-pluggable region: PFN_DOWN(base) ('down', 5.10 and 6.1) or
     * memblock_region_memory_base_pfn(), PFN_UP(base) ('up', 6.9+); kernelcore=mirror takes
     * PFN_UP in all four.
     */
    hotplugBasePfn: 'down' | 'up';
    /**
     * The nodes out2 rounds (roundup to MAX_ORDER_NR_PAGES, dropped at or past the node's end):
     * 'all' (every node id, up to 6.15) or 'memory' (6.16+: for_each_node_state(N_MEMORY), the nodes
     * early_calculate_totalpages() found pages on; another node keeps the PFN the movable_node
     * or kernelcore=mirror walk gave it, unrounded, and it is printed).
     */
    out2Nodes: 'all' | 'memory';
    /**
     * out2 drops a start that the rounding put at or past the node's end (ddbc84f3f595
     * "mm/page_alloc.c: dont create ZONE_MOVABLE beyond the end of a node", the 5.18 merge window:
     * in mm/page_alloc.c@v5.19:8019-8022 and Debian's v5.10.223, not @v5.11 – @v5.17; stable
     * 5.10.110, 5.15.33, 5.16.19 and 5.17.2 took it). Without it such a node keeps the start and
     * "Movable zone start for each node" prints it.
     */
    out2DropsPastEnd: boolean;
}
/**
 * The kernel's command-line number parsers, memparse() and simple_strtoull(): the policy's
 * ParseDialect, the one place that records which release wraps and which saturates.
 */
export type CmdlineNumbers = Pick<ParseDialect, 'memparse' | 'strtoullSaturates'>;
/** 5.10: `usable_startpfn < 0x100000` (mm/page_alloc.c v5.10.223). */
export declare const ZONE_MOVABLE_5_10: ZoneMovableGeneration;
/**
 * 5.11 – 5.17 as released: no check of the rounded start against the node's end (mm/page_alloc.c
 * @v5.11, @v5.13, @v5.14, @v5.15, @v5.17, compiled by scripts/kernel-zones-fixture.sh). The
 * stable releases that took the fix (5.15.33, 5.16.19, 5.17.2) are not told apart: each of the
 * engine's 5.11 – 5.17 policies starts at a release without it.
 */
export declare const ZONE_MOVABLE_5_11: ZoneMovableGeneration;
/** 5.19 – 6.5: `usable_startpfn < PHYS_PFN(SZ_4G)` (mm/page_alloc.c v6.1.192, @v5.19:7907; @v5.17:7825 still 0x100000). */
export declare const ZONE_MOVABLE_6_1: ZoneMovableGeneration;
/**
 * 6.6: kernelcore=mirror without mirrored memory is ignored, memblock_has_mirror() tested
 * first (0db31d63f27e "mm: disable kernelcore=mirror when no mirror memory", in linux-next's
 * mm tree for the 6.6 merge window, 2023-08-29; not in mm/mm_init.c@v6.5, in @v6.8:380 with
 * PFN_DOWN(r->base) still taken for movable_node, @v6.8:365). (The is_kdump_kernel() test of
 * "efi: disable mirror feature during crashkernel", 6.8 and 6.6.15, concerns the crash
 * kernel's own boot, which the engine does not simulate.)
 */
export declare const ZONE_MOVABLE_6_6: ZoneMovableGeneration;
/**
 * 6.9 – 6.15: movable_node takes memblock_region_memory_base_pfn(), PFN_UP(base) (mm/mm_init.c
 * v6.12.117, @v6.11:366, @v6.14:365; PFN_DOWN(r->base) in mm/page_alloc.c v6.1.192 and
 * mm/mm_init.c@v6.8:365: the release of 6.9 – 6.11 is UNCONFIRMED, taken as 6.9).
 */
export declare const ZONE_MOVABLE_6_12: ZoneMovableGeneration;
/**
 * 6.16+: out2 walks for_each_node_state(nid, N_MEMORY) instead of every node id (mm/mm_init.c
 * v7.2.13, @v6.17:565, @v7.0:565; @v6.14:548 walks every id: 6.15 – 6.17, taken as 6.16).
 */
export declare const ZONE_MOVABLE_7_2: ZoneMovableGeneration;
/** The early parameters find_zone_movable_pfns_for_nodes() reads, as their handlers left them. */
export interface CoreParams {
    /** required_kernelcore, in pages. */
    requiredKernelcore: bigint;
    requiredKernelcorePercent: bigint;
    /** required_movablecore, in pages. */
    requiredMovablecore: bigint;
    requiredMovablecorePercent: bigint;
    mirroredKernelcore: boolean;
    /**
     * movable_node_is_enabled(): `movable_node` was given and the kernel has CONFIG_MEMORY_HOTPLUG
     * (ZoneMovableInput's `memoryHotplug`; without it the parameter does not exist).
     */
    movableNode: boolean;
}
export interface ZoneMovableInput {
    params: CoreParams;
    generation: ZoneMovableGeneration;
}
/**
 * Engine helper (no kernel counterpart): assembles the ZONE_MOVABLE input from the command line.
 * The ZoneMovableInput of a command line, for the kernel generation and page size.
 * `memoryHotplug`: the kernel can have CONFIG_MEMORY_HOTPLUG (arm64 and x86_64 always, riscv64
 * only once arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG), which builds
 * mm/memory_hotplug.c and with it the `movable_node` early param.
 */
export declare function zoneMovableInput(cmdline: string, pageSize: PhysSize, numbers: CmdlineNumbers, generation: ZoneMovableGeneration, memoryHotplug?: boolean): ZoneMovableInput | undefined;
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
export declare function movableNodeIsEnabled(cmdline: string, memoryHotplug?: boolean): boolean;
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
export declare function parseCoreParams(cmdline: string, pageSize: PhysSize, numbers: CmdlineNumbers, memoryHotplug?: boolean): CoreParams;
/**
 * MAX_ORDER_NR_PAGES × PAGE_SIZE: 1 << (MAX_ORDER - 1) pages up to 6.3, 1 << MAX_PAGE_ORDER
 * from 6.4, the same number: 2^10 pages with 4K pages (x86, riscv; arm64's Debian configs set
 * 11 (5.10, 6.1) and 10 (6.12, 7.2), the same orders), and on arm64 2^11 with 16K and 2^13
 * with 64K (the Kconfig defaults with THP: FORCE_MAX_ZONEORDER 12/14, ARCH_FORCE_MAX_ORDER 11/13).
 * @kernel include/linux/mmzone.h MAX_ORDER_NR_PAGES; arch/arm64/Kconfig (v5.10.223 – v7.2.13)
 */
export declare function maxOrderNrPagesBytes(pageSize: PhysSize): PhysSize;
/** A for_each_mem_pfn_range() range, as addresses (whole pages), with its node. */
export interface PfnRange {
    start: PhysAddr;
    end: PhysAddr;
    nid: number;
}
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
export declare function findZoneMovablePfnsForNodes(mb: Memblock, ranges: ReadonlyArray<PfnRange>, zoneBounds: ReadonlyArray<{
    low: PhysAddr;
    high: PhysAddr;
}>, pageSize: PhysSize, input: ZoneMovableInput): {
    zoneMovableStart: Map<number, PhysAddr>;
    events: TraceEvent[];
};
