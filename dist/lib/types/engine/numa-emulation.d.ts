/**
 * NUMA emulation, `numa=fake=` (CONFIG_NUMA_EMU, which Debian's amd64 kernels build and its
 * arm64 and riscv64 ones do not): between the firmware's NUMA init and numa_register_memblks(),
 * the nodes the firmware gave (or the one dummy_numa_init() fakes) are split into fake nodes.
 * Three forms: `N` nodes interleaved over the physical nodes, a node size with `M` or `G`, and
 * `NU`, N nodes per physical node of equal size. Each fake node then gets its NODE_DATA at its
 * own top (numa.ts setupNodeData()), and emulation allocates its distance table, before the
 * crash kernel: that is what moves the crash region.
 *
 * Nothing here runs without "fake=" in a `numa=` value (numaEmuCmdline()).
 *
 * @kernel arch/x86/mm/numa_emulation.c (v5.10.223, v6.1.192), mm/numa_emulation.c (v6.12.117,
 *         v7.2.13): numa_emulation, split_nodes_interleave, split_nodes_size_interleave_uniform,
 *         emu_setup_memblk, find_end_of_node, uniform_size, mem_hole_size
 * @kernel arch/x86/mm/numa.c numa_cleanup_meminfo, numa_remove_memblk_from (v5.10.223, v6.1.192);
 *         mm/numa_memblks.c (v6.12.117, v7.2.13)
 */
import { type Memblock } from './memblock/memblock.js';
import type { Memparse } from './memparse.js';
import type { NumaMemblk } from './numa.js';
import type { Trace } from './trace.js';
import type { PhysAddr } from './types.js';
/** What a release's NUMA emulation does differently (policy data: KernelPolicy.numaEmu). */
export interface NumaEmuGeneration {
    /** CONFIG_NUMA_EMU can be built: x86_64 (mm/Kconfig, arch/x86/Kconfig); false elsewhere. */
    present: boolean;
    /**
     * The `numa=` handler hands a `fake=` value to numa_emu_cmdline(), whose stub is -EINVAL
     * without CONFIG_NUMA_EMU ("Malformed early option 'numa'"): x86's numa_setup() in every
     * release, arm64's and riscv64's numa_parse_early_param() from 6.12
     * (drivers/base/arch_numa.c@v6.12.117:29-30; not @v6.11, nor Debian's @v6.1.192).
     */
    parsesFake: boolean;
    /**
     * numa_emulation() asks fix_pxm_node_maps() (drivers/acpi/numa/srat.c), which refuses with
     * `numa=off`: the fake nodes are printed and then dropped ("mm/fake-numa: allow later numa
     * node hotplug": mainline 6.14, stable 6.12.67).
     */
    refusesNumaOff: boolean;
    /**
     * The `U` form checks the nodes each physical node got (nr_created) and skips one that had
     * no memory, instead of comparing the running node count ("mm/fake-numa: fix under-allocation
     * detection in uniform split": stable 6.1.178, 6.12.97; mainline 7.2, not in 7.1.3).
     */
    countsCreatedPerNode: boolean;
}
/**
 * struct numa_meminfo: `nr` blocks in use. numa_remove_memblk_from() shifts the rest down and
 * leaves the last entry where it was, past `nr`: the `U` form reads blk[0] even when no block
 * is left, and then reads that stale entry.
 */
export interface NumaMeminfo {
    blk: NumaMemblk[];
    nr: number;
}
/**
 * Mirrors numa_setup()'s `fake=` — arch/x86/mm/numa.c (v5.10.223, v6.12.117, v7.2.13): every
 * `numa=` whose value starts "fake=" hands the rest to numa_emu_cmdline(), the last one winning.
 * Undefined without one.
 */
export declare function numaEmuCmdline(cmdline: string): string | undefined;
/**
 * Mirrors numa_cleanup_meminfo() — arch/x86/mm/numa.c (v5.10.223:238, v6.1.192), mm/numa_memblks.c
 * (v6.12.117:215, v7.2.13): blocks on no memory leave, the rest are clipped to [low, high)
 * ([0, max_pfn) up to 6.11, memblock's DRAM from 6.12: `clipToDram`), and blocks of one node
 * with no other node's block between them are joined, each join printed where `trace` is given.
 * Returns false where two nodes overlap (-EINVAL), having printed so.
 */
export declare function numaCleanupMeminfo(mb: Memblock, mi: NumaMeminfo, clipToDram: boolean, maxPfnAddr: PhysAddr, trace?: Trace): boolean;
/** What numa_emulation() left: the fake nodes' blocks (numa_meminfo) and numa_nodes_parsed. */
export interface NumaEmulated {
    blocks: NumaMemblk[];
    nodes: number[];
}
/** What numa_emulation() reads besides memblock. */
export interface NumaEmulationInput {
    /** numa_emu_cmdline()'s string: what followed "fake=" (numaEmuCmdline()). */
    emu: string;
    /** numa_meminfo after numa_init()'s numa_cleanup_meminfo(): the physical nodes' blocks. */
    physical: readonly NumaMemblk[];
    /** numa_nodes_parsed: the physical nodes, ascending. */
    parsed: readonly number[];
    /** numa_distance_cnt and the table's address, where firmware gave a SLIT (numa_set_distance() allocated it); cnt 0 without. */
    distance: {
        cnt: number;
        base: PhysAddr;
    };
    /** PFN_PHYS(max_pfn). */
    maxPfnAddr: PhysAddr;
    /** `numa=off` given (numa_off). */
    numaOff: boolean;
    gen: NumaEmuGeneration;
    /** numa_cleanup_meminfo()'s clip (NumaMemblockGeneration.clipToDram). */
    clipToDram: boolean;
    memparse: Memparse;
}
/**
 * Mirrors numa_emulation() — arch/x86/mm/numa_emulation.c (v5.10.223:364, v6.1.192),
 * mm/numa_emulation.c (v6.12.117:374, v7.2.13), as numa_init() calls it after cleaning the
 * firmware's meminfo: parses the form, splits, cleans the fake nodes' meminfo, copies the
 * physical distance table (a memblock page, freed again at the end), and rebuilds the distance
 * table for the fake nodes (numa_reset_distance() frees the firmware's; numa_set_distance()
 * allocates one of (highest node + 1)² bytes, page-aligned, from the top). Returns the fake
 * nodes, or undefined where emulation was not asked for or gave up (the physical nodes stay).
 * The distances a `:d,d,…` suffix gives only fill the table.
 */
export declare function numaEmulation(mb: Memblock, input: NumaEmulationInput, trace: Trace): NumaEmulated | undefined;
