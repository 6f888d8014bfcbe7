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
import { type ArchBoot } from '../boot.js';
import { type SplitBoot } from '../boot-prefix.js';
import { type Memblock } from '../memblock/memblock.js';
import type { KernelPolicy, RiscvPolicy } from '../policies/types.js';
import type { Trace } from '../trace.js';
import type { Layout, LinearMapFacts, PhysAddr, PhysRange, PhysSize, SatpModeFacts } from '../types.js';
import { freeAreaInit } from '../zones.js';
import { type ReservedMemContext, type ReservedMemState } from '../reserved-mem.js';
import { pagingLevels, type RiscvPageTables, type RiscvPagingLevels, type TableAlloc } from './mmu.js';
import { type RiscvImageSections } from './image.js';
import { sparseInit } from './sparse.js';
/** What setup_bootmem() leaves behind for the rest of the boot. */
export interface RiscvBootmem {
    physRamBase: PhysAddr;
    /** PFN_PHYS(max_low_pfn) = end of DRAM, page aligned down. */
    maxLowPhys: PhysAddr;
    dma32PhysLimit: PhysAddr;
    kernel: PhysRange;
    reservedMem: ReservedMemState;
    /** How /reserved-memory was scanned (the late pass in unflatten_device_tree() reads it too). */
    reservedMemCtx: ReservedMemContext;
    cma?: PhysRange | undefined;
    /** linearMapBound 'memory-limit' (≤6.10.3): phys_ram_base + memory_limit, where the mapping loop stops each bank. */
    linearMapEnd?: PhysAddr | undefined;
}
/**
 * riscv64's memory_limit as parse_early_param() finds it: KERN_VIRT_SIZE of the paging mode
 * set_satp_mode() chose (setup_vm()), up to 6.11 less the 4 GiB of kernel, modules and BPF at
 * the top (the policy's memoryLimitStart); 5.13's fixed -PAGE_OFFSET ('minus-page-offset', Sv39's
 * KERN_VIRT_SIZE).
 * @kernel arch/riscv/mm/init.c setup_vm, early_mem (v5.13:133-134, v5.14:140-143, v6.1.192, v6.5, v6.11, v6.12.117, v7.2.13)
 */
export declare function riscvMemoryLimitStart(policy: KernelPolicy, levels: RiscvPagingLevels): PhysSize;
/**
 * Mirrors early_mem() — arch/riscv/mm/init.c (v6.12.117:206) for every `mem=` (each one is min()ed into memory_limit), then returns
 * the limit setup_bootmem() enforces. What early_mem() prints, and a bare `mem` (malformed),
 * are early-params.ts's: parse_early_param() prints them in command-line order.
 */
export declare function earlyMem(layout: Layout, policy: KernelPolicy, levels: RiscvPagingLevels): PhysSize;
/**
 * Mirrors setup_bootmem() (called from paging_init()).
 * @kernel arch/riscv/mm/init.c setup_bootmem
 */
export declare function setupBootmem(mb: Memblock, layout: Layout, policy: KernelPolicy, trace: Trace, memoryLimit: PhysSize, levels: RiscvPagingLevels): RiscvBootmem;
/** The linear map's inputs, fixed before the first table is allocated. */
export interface LinearMapPlan {
    /** memblock.memory ranges without MEMBLOCK_NOMAP, in address order (for_each_mem_range). */
    ranges: PhysRange[];
    /** Kernel text, then rodata, mapped after the loop (6.4+); see setupVmFinal. */
    isolated?: PhysRange[];
    kfencePool?: PhysRange | undefined;
    /** Where each range's mapping stops (linearMapBound 'memory-limit', ≤6.10.3: phys_ram_base + memory_limit). */
    end?: PhysAddr | undefined;
}
/**
 * Mirrors create_linear_mapping_page_table() — arch/riscv/mm/init.c (its mapping steps; v6.12.117:1301-1355), and ≤6.3's loop in
 * setup_vm_final() (v6.1.192:1113-1130): walks a plan into page tables, the loop over memory,
 * then the isolated kernel, then the KFENCE pool with pages. Exported so that the per-entry
 * tables (swapperPgDirReference()) can be mapped from setupVmFinal()'s plan.
 */
export declare function mapLinear(t: RiscvPageTables, plan: LinearMapPlan, variant: RiscvPolicy['linearMap'], debugPagealloc: boolean, alloc: TableAlloc): void;
/**
 * Engine helper (no kernel counterpart): whether the linear map of a generation maps pages under debug_pagealloc: best_map_size()
 * returns PAGE_SIZE for it from 6.11 (arch/riscv/mm/init.c@v6.11:692-693) only; v6.5 and v6.8
 * do not look (6.9 – 6.10 UNCONFIRMED, taken as 6.8), nor does ≤6.3's loop.
 */
export declare const bestMapSizeHonoursDebugPagealloc: (variant: RiscvPolicy["linearMap"]) => boolean;
export interface RiscvVmFinal {
    tables: RiscvPageTables;
    plan: LinearMapPlan;
    /** Table pages the linear map took, and how many of them are PTE tables. */
    linearTablePages: number;
    linearPteTables: number;
    kernelTablePages: number;
    kfencePool?: PhysRange | undefined;
}
/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (v6.12.117:1357) → create_linear_mapping_page_table() + create_kernel_page_table().
 * 6.4+: kernel text and rodata (`sections`) are flagged NOMAP so the memory loop does not
 * cover them with a PUD, and mapped after it; the init data and data between and after them
 * stay in the loop (a 1 GiB boundary there starts a PUD leaf). The KFENCE pool is allocated
 * (memblock_phys_alloc, page aligned) and kept out of the loop too, then mapped with pages.
 * Table pages come from memblock_phys_alloc(PAGE_SIZE, PAGE_SIZE) (alloc_*_fixmap).
 */
export declare function setupVmFinal(mb: Memblock, layout: Layout, pol: RiscvPolicy, bm: RiscvBootmem, levels: RiscvPagingLevels, debugPagealloc: boolean, sections: RiscvImageSections | undefined): RiscvVmFinal;
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
export declare function archNumaInit(mb: Memblock, layout: Layout, policy: RiscvPolicy, trace: Trace): Map<number, PhysAddr>;
/** The linear-map facts a prefix computes: all but the crash regions' histograms (riscv has no KFENCE count). */
type RiscvPrefixFacts = Pick<LinearMapFacts, 'forcedBasePagesBy' | 'forcedByCrashkernel' | 'histogram' | 'pageTableBytes' | 'blockHistogram' | 'blockPageTableBytes'>;
/** What riscv64's boot has done when arch_reserve_crashkernel() comes. */
interface RiscvPrefix {
    mb: Memblock;
    levels: ReturnType<typeof pagingLevels>;
    debugPagealloc: boolean;
    bm: ReturnType<typeof setupBootmem>;
    vm: RiscvVmFinal;
    /** NODE_DATA of each node. */
    nodeData: Map<number, PhysAddr>;
    /** The default CMA area, wherever the generation reserves it. */
    cma: PhysRange | undefined;
    sparse: ReturnType<typeof sparseInit> | undefined;
    zoneBlock: ReturnType<typeof freeAreaInit>;
    lowMax: PhysAddr;
    highMax: PhysAddr;
    /** The linear-map facts but the crash regions' (the reservation does not change the tables). */
    linearMap: RiscvPrefixFacts;
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
export declare function satpModeLevels(cmdline: string, vaBits: number, cpuSatpMode: number | undefined, pol: RiscvPolicy): RiscvPagingLevels;
/**
 * Engine helper (no kernel counterpart): satpModeLevels()'s answer for the reports, with the
 * input that settled it, from the same limits. The CPU's own mode when nothing took the probe
 * below it; else the command line's limit, then the DT's, then the release's, the first that
 * equals the mode (a command line and a DT naming the same mode are one min_not_zero() answer:
 * the command line is named). Up to 5.16 the kernel writes Sv39 without asking the CPU, so the
 * release settles it.
 */
export declare function satpModeFacts(levels: RiscvPagingLevels, cmdline: string, vaBits: number, cpuSatpMode: number | undefined, pol: RiscvPolicy): SatpModeFacts;
/** riscv64's boot split at the crash reservation (boot-prefix.ts). */
export declare const riscvSplitBoot: SplitBoot<RiscvPrefix>;
/**
 * Engine helper (no kernel counterpart): the riscv64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs the riscv64 boot up to and including the crash reservation.
 */
export declare const riscvBoot: ArchBoot;
export {};
