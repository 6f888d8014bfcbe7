/**
 * The memblock side of NUMA init: memblock.memory, and where the generation does so
 * memblock.reserved, are first reset to "no node", then the parts inside each node's blocks
 * are put on that node (memblock_set_node() splits at the blocks' edges and merges what now
 * matches). The blocks are the firmware's (memory banks with a `node`: DT numa-node-id, ACPI
 * SRAT) or, on a board without (QEMU's boards and the presets describe no NUMA topology), the
 * one node 0 the kernel fakes over its memory ("NUMA: Faking a node at [mem …]"). On one node
 * nothing is placed differently; what changes is which reserved regions memblock later keeps
 * apart (memblock_merge_regions() compares nodes) and which the memblock=debug dump prints
 * " on node 0" for. On several, an allocation for a node searches that node's memory only
 * (memblockAllocRangeNid()).
 *
 * @kernel mm/numa_memblks.c numa_memblks_init, numa_cleanup_meminfo, numa_register_meminfo,
 *         numa_clear_kernel_node_hotplug (v6.12.117, v7.2.13; arm64, riscv64 and x86 from 6.12;
 *         what is modelled here is the same in v6.16.3 … v7.3.4: 7.3 moves
 *         drivers/base/arch_numa.c to mm/arch_numa.c and only changes nodemask bookkeeping)
 * @kernel arch/x86/mm/numa.c numa_init, numa_cleanup_meminfo, numa_register_memblks,
 *         numa_clear_kernel_node_hotplug (v5.10.223, v6.1.192)
 */
import { type Memblock } from './memblock/memblock.js';
import type { Trace } from './trace.js';
import type { Arch, Layout, MemoryBank, PhysAddr, PhysSize } from './types.js';
/**
 * MAX_NUMNODES (1 << CONFIG_NODES_SHIFT) of Debian's builds, by arch: 10 on amd64, 4 on arm64,
 * 2 on riscv64 (shared/oracle/kernels/config-*, every release there). What a `nid:size` list
 * of `hugetlb_cma=` or `numa_cma=` may name (hugetlb-cma.ts, cma.ts).
 */
export declare const MAX_NUMNODES_OF: Readonly<Record<Arch, number>>;
/** What a generation's NUMA init does to memblock's nodes. */
export interface NumaMemblockGeneration {
    /**
     * The node memblock.memory and memblock.reserved are reset to first: MAX_NUMNODES (x86
     * numa_init ≤6.11) or NUMA_NO_NODE (numa_memblks_init, 6.12+).
     */
    resetTo: number;
    /**
     * numa_clear_kernel_node_hotplug() puts memblock.reserved on the node too (x86; arm64 and
     * riscv64 from 6.12, when drivers/base/arch_numa.c moved onto numa_memblks). arm64 and
     * riscv64 before it set only memblock.memory: their dumps print no node for any reserved
     * region (the oracle's 5.10 and 6.1 arm64 boots).
     */
    reserved: boolean;
    /**
     * numa_cleanup_meminfo() clips the node's block to [memblock_start_of_DRAM(),
     * memblock_end_of_DRAM()) (numa_memblks, 6.12+) instead of [0, max_pfn) (x86 ≤6.11): on x86
     * the first page, outside memblock.memory, then stays without a node.
     */
    clipToDram: boolean;
}
/** One numa_meminfo block: [start, end) on node `nid` (struct numa_memblk). */
export interface NumaMemblk {
    nid: number;
    start: PhysAddr;
    end: PhysAddr;
}
/**
 * Mirrors numa_register_meminfo() — mm/numa_memblks.c (v6.12.117, v7.2.13; x86's
 * numa_register_memblks() ≤6.11, arm64's numa_add_memblk() ≤6.11): memblock.memory, and
 * where the generation does so memblock.reserved, are first reset to "no node"
 * (numa_memblks_init() / numa_init()), then each block's part of them is put on its node,
 * the block clipped as numa_cleanup_meminfo() clips it.
 */
export declare function numaRegisterMeminfo(mb: Memblock, gen: NumaMemblockGeneration, blocks: readonly NumaMemblk[]): void;
/**
 * The numa_meminfo blocks firmware describes: one per memory bank with a node (a DT memory
 * node's `numa-node-id`, of_numa_parse_memory_nodes(); an ACPI SRAT memory affinity entry,
 * acpi_numa_memory_affinity_init()), or none when a bank has none: the kernel then fakes
 * node 0 (dummy_numa_init()), as it does when no bank has one, because memory no node covers
 * fails the coverage check of the firmware's configuration (memblock_validate_numa_coverage()
 * from numa_register_nodes() and x86's numa_init(); x86 lets 1 MiB go uncovered, less than
 * 1 MiB up to 6.1 (arch/x86/mm/numa.c@v6.1.192:455-478, @v6.12.117:122), which a bank here
 * does not model: docs/format.md asks for the node on every bank). `inMemblock` tells the banks that are memblock.memory (x86: not the
 * no-map ones, e820 reserved entries), which the check is of.
 * @kernel drivers/of/of_numa.c of_numa_parse_memory_nodes; drivers/acpi/numa/srat.c
 *         acpi_numa_memory_affinity_init (v5.10.223 – v7.2.13); drivers/base/arch_numa.c
 *         numa_register_nodes; mm/memblock.c memblock_validate_numa_coverage (v6.12.117)
 */
export declare function firmwareNumaMemblks(memory: readonly MemoryBank[], inMemblock?: (b: MemoryBank) => boolean): NumaMemblk[] | undefined;
/**
 * Mirrors numa_alloc_distance() — mm/numa_memblks.c (v6.12.117, v7.2.13), as numa_set_distance()
 * calls it the first time firmware gives a distance (ACPI SLIT: acpi_numa_slit_init(),
 * drivers/acpi/numa/srat.c; DT /distance-map: of_numa_parse_distance_map_v1(),
 * drivers/of/of_numa.c), inside numa_init()'s init_func, before NODE_DATA: a table of cnt²
 * bytes, cnt the highest parsed node + 1, page-aligned from the top of memblock. `nodes` are
 * numa_nodes_parsed (numaNodesParsed()): a CPU-only node is in it, as firmware parses the CPUs
 * first (of_numa_init() runs of_numa_parse_cpu_nodes() before the memory nodes and the
 * distance map; acpi_numa_init() the processor affinity entries before the SLIT).
 * x86 v5.10.223 and v6.1.192 (arch/x86/mm/numa.c) find it below PFN_PHYS(max_pfn_mapped) and
 * reserve it (memblock_find_in_range() + memblock_reserve(), memblock_phys_alloc_range()): the
 * same place, all RAM being mapped by then. (arm64 and riscv64 before 6.12 allocate their
 * table in numa_init() whether or not firmware gives distances: arm64/setup.ts, riscv/setup.ts.)
 * Returns the table's address.
 */
export declare function numaAllocDistance(mb: Memblock, nodes: readonly number[], pageSize: PhysSize): PhysAddr;
/**
 * Engine helper (no kernel counterpart): the nodes of numa_nodes_parsed, ascending
 * (for_each_node_mask()): those of the memory blocks and, where firmware gave the blocks, the
 * CPU-only nodes (`cpuOnly`: the board's memorylessNodes). Firmware parses CPUs into it as it
 * parses memory: of_numa_parse_cpu_nodes() (a cpu node's numa-node-id, drivers/of/of_numa.c
 * v5.10.223 – v7.2.13), acpi_numa_processor_affinity_init() / acpi_numa_x2apic_affinity_init()
 * (arch/x86/mm/srat.c), acpi_numa_gicc_affinity_init() (arm64 ACPI). dummy_numa_init() sets
 * node 0 only: pass no `cpuOnly` with its block.
 */
export declare function numaNodesParsed(blocks: readonly NumaMemblk[], cpuOnly?: readonly number[]): number[];
/**
 * Engine helper (no kernel counterpart): the board's CPU-only nodes as NUMA init takes them:
 * with the firmware's blocks (`firmware`), the board's memorylessNodes; none where the
 * firmware gave none (numa=off, no bank with a node), as dummy_numa_init() sets node 0 alone.
 */
export declare function cpuOnlyNodes(layout: Pick<Layout, 'memorylessNodes'>, firmware: readonly NumaMemblk[] | undefined): readonly number[];
/**
 * Mirrors get_pfn_range_for_nid() — mm/mm_init.c (v6.12.117, v7.2.13; mm/page_alloc.c in
 * v5.10.223, v6.1.192), as its callers test it (start_pfn >= end_pfn): whether node `nid`
 * spans no page, no memblock.memory region on it holding a whole page (for_each_mem_pfn_range()).
 */
export declare function nodeIsMemoryless(mb: Memblock, nid: number, pageSize: PhysSize): boolean;
/**
 * arm64 and riscv64 up to 6.11 (drivers/base/arch_numa.c numa_init(), numa_add_memblk()):
 * memblock.memory only. The node memory is reset to first is not observable here (every
 * allocation before 6.16 reserves with MAX_NUMNODES whatever node it asks for).
 */
export declare const NUMA_MEMBLOCK_ARCH_NUMA: NumaMemblockGeneration;
/** x86_64 up to 6.11 (arch/x86/mm/numa.c@v6.1.192 numa_init: reset to MAX_NUMNODES; dummy_numa_init: [0, max_pfn)). */
export declare const NUMA_MEMBLOCK_X86: NumaMemblockGeneration;
/** Every architecture from 6.12 (mm/numa_memblks.c@v6.12.117). */
export declare const NUMA_MEMBLKS: NumaMemblockGeneration;
/**
 * Mirrors numa_parse_early_param()'s numa_off — drivers/base/arch_numa.c (v6.1.192:27,
 * v6.12.117:23, v7.2.13:23): set by any `numa=` whose value starts with "off" (str_has_prefix()),
 * in parse_early_param() (a bare `numa` is -EINVAL there: early-params.ts).
 */
export declare function numaOff(cmdline: string): boolean;
/**
 * Mirrors numa_setup() — arch/x86/mm/numa.c (v5.10.223, v6.12.117, v7.2.13): `numa=off`
 * (strncmp "off") sets numa_off, so x86_numa_init() skips the SRAT, and `numa=noacpi` disables
 * the SRAT (disable_srat()); either way numa_init(dummy_numa_init) fakes node 0.
 */
export declare function x86NumaFirmwareOff(cmdline: string): boolean;
/**
 * What arch_numa_init() prints on the way to its nodes, per generation (the lines the
 * oracle's and test/boots' arm64 logs show at every boot).
 */
export interface ArchNumaLog {
    /**
     * numa_init()'s line when the init function succeeded with no node: of_numa_init() on a
     * device tree without `numa-node-id` returns 0 up to 6.11 (drivers/of/of_numa.c@v6.1.192
     * of_numa_parse_memory_nodes); from 6.12 it returns -EINVAL (r starts at -EINVAL,
     * @v6.12.117) and numa_init() says nothing.
     */
    noConfiguration: string | undefined;
    /**
     * arch_acpi_numa_init()'s line when acpi_numa_init() fails (no SRAT memory affinity):
     * pr_info() under "ACPI: NUMA: " (arch/arm64/kernel/acpi_numa.c@v5.10.223
     * arm64_acpi_numa_init) or "NUMA: " (drivers/base/arch_numa.c@v6.1.192); pr_debug() from
     * 6.12 (@v6.12.117, v7.2.13).
     */
    acpiFailed: string | undefined;
    /** The line for a node's NODE_DATA at [start, end]: setup_node_data() up to 6.11, alloc_node_data() (mm/numa.c) from 6.12. */
    nodeData: (nid: number, start: PhysAddr, end: PhysAddr) => string;
    /** The line when it landed on another node `tnid` (early_pfn_to_nid()). */
    nodeDataOnNode: (nid: number, tnid: number) => string;
    /**
     * setup_node_data()'s line, before NODE_DATA, for a node that spans no page (a CPU-only
     * node): the same in every generation (arch/arm64/mm/numa.c@v5.10.223:230;
     * drivers/base/arch_numa.c@v6.1.192:239, v6.12.117:210, v7.2.13), under "NUMA: ".
     */
    memorylessNode: (nid: number) => string;
}
/** 5.10: arch/arm64/mm/numa.c setup_node_data(), pr_fmt "NUMA: " (v5.10.223). */
export declare const ARCH_NUMA_LOG_5_10: ArchNumaLog;
/** After 5.10 up to 6.11: the same lines from drivers/base/arch_numa.c (v6.1.192), the ACPI one under "NUMA: ". */
export declare const ARCH_NUMA_LOG_6_1: ArchNumaLog;
/**
 * The NODE_DATA lines alone: what x86 prints, whose NUMA init is its own (and allocates
 * NODE_DATA only for nodes with memory: numa_register_memblks(), numa_register_nodes()).
 */
export type NodeDataLog = Pick<ArchNumaLog, 'nodeData' | 'nodeDataOnNode'> & Partial<Pick<ArchNumaLog, 'memorylessNode'>>;
/**
 * alloc_node_data()'s lines, without a prefix: x86's in every version (arch/x86/mm/numa.c@v5.10.223,
 * v6.1.192), and from 6.12 everyone's (mm/numa.c@v6.12.117:27-31, v7.2.13).
 */
export declare const ALLOC_NODE_DATA_LOG: NodeDataLog;
/** 6.12+: numa_memblks; the NODE_DATA lines are alloc_node_data()'s (v6.12.117, v7.2.13). */
export declare const ARCH_NUMA_LOG_6_12: ArchNumaLog;
/**
 * Mirrors dummy_numa_init(), arch_numa_init()'s last resort, with what the attempt before it
 * printed: the init function that found no node says so where the generation prints it (numa_init()'s "No
 * NUMA configuration found" when no memory node has a numa-node-id; arch_acpi_numa_init()'s
 * failure with ACPI), `numa=off` skips both, and node 0 is faked over all of DRAM. A board
 * where only some banks have a node fails the coverage check instead, with a line this does
 * not print (its node number and form differ by version and DT order). Returns node 0's block.
 * @kernel drivers/base/arch_numa.c arch_numa_init, numa_init, dummy_numa_init,
 *         arch_acpi_numa_init (v6.1.192, v6.12.117, v7.2.13; arm64 and riscv64); arch/arm64/mm/numa.c
 *         arm64_numa_init and arch/arm64/kernel/acpi_numa.c arm64_acpi_numa_init (v5.10.223)
 */
export declare function dummyNumaInit(mb: Memblock, layout: Pick<Layout, 'cmdline' | 'memory'>, log: ArchNumaLog, firmware: 'dt' | 'acpi', trace: Trace): NumaMemblk[];
/**
 * Mirrors setup_node_data() — drivers/base/arch_numa.c (v6.1.192:231, v6.12.117:207, v7.2.13:207;
 * arch/arm64/mm/numa.c@v5.10.223:222), with the alloc_node_data() it calls from 6.12
 * (mm/numa.c@v6.12.117:12), for arm64 and riscv64, and x86's alloc_node_data()
 * (arch/x86/mm/numa.c@v5.10.223, v6.1.192; mm/numa.c from 6.12): NODE_DATA(nid), `size` bytes cache-line
 * aligned, on the node and else anywhere (memblock_phys_alloc_try_nid()), its line, and a
 * second line when it landed on memory of another node of `blocks` (early_pfn_to_nid()).
 * A node without memory (`memoryless`, a CPU-only node: arm64 and riscv64 set one up here) is
 * said so first where the log has the line (setup_node_data()'s start_pfn >= end_pfn), and its
 * NODE_DATA, found nowhere on the node, comes from the top of any node's memory
 * (memblock_alloc_range_nid()'s NUMA_NO_NODE retry), with the "on node" line.
 * A size of 0 (a kernel without a profile) prints no NODE_DATA line: the address is still where an
 * empty NODE_DATA would go, which sparse_init() takes for the usemaps' section. Returns its
 * address, 0 if none.
 */
export declare function setupNodeData(mb: Memblock, nid: number, size: PhysSize, blocks: readonly NumaMemblk[], log: NodeDataLog, trace: Trace, memoryless?: boolean): PhysAddr;
