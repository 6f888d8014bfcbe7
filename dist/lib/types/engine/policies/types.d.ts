/**
 * A kernel policy: the data and the named function variants that describe one behaviour
 * epoch of one architecture. Shared code never compares versions; it asks the policy.
 */
import type { ParseDialect } from '../crashkernel/parse.js';
import type { SwiotlbGeneration } from '../x86/swiotlb.js';
import type { LogBufStats } from '../printk.js';
import type { ReserveCrashkernel } from '../crashkernel/reserve.js';
import type { KernelVersion } from '../kernel-version.js';
import type { Arch, KernelConfig, PhysSize } from '../types.js';
import type { CrashLowMaxKind, ZoneLimitsVariant } from '../arm64/zones.js';
import type { VmemmapStart } from '../arm64/memory.js';
import type { AcpiBootGeneration } from '../arm64/acpi.js';
import type { OfStructSizes } from '../fdt.js';
import type { OfReservedMemGeneration } from '../reserved-mem.js';
import type { CmaRules } from '../cma.js';
import type { ArchNumaLog, NumaMemblockGeneration } from '../numa.js';
import type { NumaEmuGeneration } from '../numa-emulation.js';
import type { MemorylessNodeGeneration, ZoneMovableGeneration } from '../zones.js';
import type { MemblockGeneration } from '../memblock/memblock.js';
import type { RodataParam } from '../params.js';
import type { MapProbe } from '../x86/init-mem-mapping.js';
/** When the arm64 crash reservation runs relative to the linear map and the zone limits. */
export type Arm64CrashWhen = 
/** arm64_memblock_init(), before paging_init (5.10.0–5.10.21). */
'memblock-init'
/** bootmem_init() if ZONE_DMA/ZONE_DMA32, else arm64_memblock_init() (5.10.110+, 5.18–6.3). */
 | 'bootmem-if-dma-zones'
/** always bootmem_init() (5.10.22–5.10.109, 5.11–5.17, 6.4+). */
 | 'bootmem';
/** The CmaRules (cma.ts) a generation fixes; CMA_MIN_ALIGNMENT comes per arch. */
/** How memblock records nodes and kernel reservations (memblock.ts, numa.ts). */
export interface MemblockPolicyFields {
    /** What NUMA init does to memblock's nodes (numa.ts). */
    numaMemblock: NumaMemblockGeneration;
    /**
     * 6.16+: memblock_reserve() passes NUMA_NO_NODE, allocations keep their node and set
     * MEMBLOCK_RSRV_KERN, and the kernel's own image (x86: also the initrd and setup_data) is
     * memblock_reserve_kern()ed ("memblock: add MEMBLOCK_RSRV_KERN flag", the Kexec HandOver
     * series merged for 6.16; mm/memblock.c@v7.2.13).
     */
    memblockRsrvKern: boolean;
}
export interface CmaPolicyFields {
    /** "cma: Reserved %ld MiB at %pa" carries " on node %d" (6.6 – 6.12; not in v6.16.3's cma_declare_contiguous_nid()). */
    cmaLogNode: boolean;
    /** cma_declare_contiguous_nid() tries bottom-up from 4 GiB first (5.11+). */
    cmaAbove4GFirst: boolean;
    /** dma_contiguous_reserve(): `cma=…-limit` capped by the arch's limit, or replacing it (in v6.16.3, not v6.12.117). */
    cmaCmdlineLimit: CmaRules['cmdlineLimit'];
    /** The size the CMA lines give: aligned, or as requested (in v6.16.3, not v6.12.117). */
    cmaLogSize: CmaRules['logSize'];
    /**
     * A fixed CMA area must not cross highmem_start (≤6.16; v6.16.3 takes memblock_end_of_DRAM()
     * for it without CONFIG_HIGHMEM, which is arm64's and riscv's high_memory anyway); from 6.17
     * only with CONFIG_HIGHMEM (cma_fixed_reserve(), mm/cma.c@v6.17.8).
     */
    cmaFixedHighmemCheck: boolean;
}
export interface Arm64Policy extends CmaPolicyFields, MemblockPolicyFields {
    zones: ZoneLimitsVariant;
    crashWhen: Arm64CrashWhen;
    /**
     * CRASH_ADDR_LOW_MAX, and with it the default CMA limit: arm64_dma_phys_limit (5.10.37+,
     * 5.11+) or arm64_dma32_phys_limit (before); '4g-if-dma-zones' is the what-if of the 2022
     * LKML thread (arm64/zones.ts crashAddrLowMax()).
     */
    crashLowMax: CrashLowMaxKind;
    /** Linear-map generation id understood by arm64/linear-map-flags.ts. */
    linearMap: string;
    /** Protection generation id understood by arm64/protection.ts. */
    protection: string;
    /** 6.1.65+: the KFENCE pool is a memblock allocation made by map_mem() when KFENCE inits early. */
    kfenceEarlyPool: boolean;
    /** paging_init() frees init_pg_dir then (6.0+) create_idmap() allocates more tables. */
    idmapTablePages: number;
    /** What arch_numa_init() prints (numa.ts). */
    numaLog: ArchNumaLog;
    /**
     * numa_alloc_distance(): 'reserve' (find + reserve, 5.10), 'alloc' (memblock_alloc, 6.1), both
     * in numa_init() whatever the firmware says; 'lazy' (numa_memblks, 6.12+): only when
     * numa_set_distance() gets a distance from firmware (the board's numaDistances).
     */
    numaDistance: 'reserve' | 'alloc' | 'lazy';
    /** Small cache-line allocations made right after NODE_DATA (cpumask vars …), in order. */
    allocsAfterNodeData: PhysSize[];
    /**
     * sparse_init() (mem_section root, usemaps, memmap, vmemmap tables) and free_area_init() (the
     * "Zone ranges:" lines) run in bootmem_init(), before the crash reservation (≤6.19); from 7.0
     * both run from mm_core_init_early(), after it.
     */
    sparseBeforeCrash: boolean;
    /** arm64_memblock_init() pr_warn()s "Memory doesn't fit in the linear mapping, VA_BITS too small" (5.11+: init.c@v5.11:304-305). */
    warnLinearRegionTooSmall: boolean;
    /** SECTION_SIZE_BITS of a granule (arm64/memory.ts). */
    sectionSizeBits: (pageSize: PhysSize) => number;
    /** sizeof(struct mem_section): SECTIONS_PER_ROOT = PAGE_SIZE / this. */
    memSectionBytes: PhysSize;
    /** VMEMMAP_START of the generation's kernel VA layout (arm64/memory.ts). */
    vmemmapStart: (pageSize: PhysSize, vaBits: number) => VmemmapStart;
    /**
     * NR_PAGEBLOCK_BITS, the usemap bits per pageblock sparse_init() allocates: 4, or 8 from 6.17
     * when CONFIG_MEMORY_ISOLATION adds PB_migrate_isolate (include/linux/pageblock-flags.h@v6.17.8
     * rounds the 5 bits up to 8; v6.16.3 has 4 without the bit). MEMORY_ISOLATION is selected by
     * CMA, MEMORY_HOTPLUG and MEMORY_FAILURE (mm/Kconfig@v6.17.8:512,779,967); every Debian arm64
     * build has MEMORY_HOTPLUG (shared/oracle/kernels/config-arm64-*), and the board format has no
     * option for it, so 6.17+ counts 8 (as riscv64's policies do).
     */
    pageblockBits: bigint;
    /** pageblock_order of a granule (arm64/memory.ts): the PMD order, capped by CONFIG_PAGE_BLOCK_MAX_ORDER from 6.16. */
    pageblockOrder: (pageSize: PhysSize, config: Pick<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>) => number;
    /** The minimum CMA alignment of a granule and pageblock order (arm64/memory.ts): MAX_ORDER-based ≤5.10 (4 MiB with 4K), the pageblock after (2 MiB). */
    cmaMinAlign: (pageSize: PhysSize, pageblockOrder: number) => PhysSize;
    /**
     * dma_contiguous_reserve() runs at the end of arm64_memblock_init(), right after the early
     * crash reservation and before paging_init() (5.10.0 – 5.10.21, whose reservation is
     * always early); from 5.10.22 it runs in bootmem_init().
     */
    cmaInMemblockInit: boolean;
    /** drivers/of/of_reserved_mem.c's generation: how /reserved-memory is placed, initialised and printed (reserved-mem.ts). */
    ofReservedMem: OfReservedMemGeneration;
    /** The sizes of the unflattened device tree's structs (fdt.ts OfStructSizes). */
    ofStructs: OfStructSizes;
    /**
     * The early ID-register override of the command line, `arm64.nolva` (or
     * `id_aa64mmfr2.varange=0`), which makes a 52-bit kernel boot as on a CPU without LVA/LPA2
     * (arch/arm64/kernel/pi/idreg-override.c@v6.12.117:235, @v6.11:226, mmfr2_varange_filter();
     * not in v6.8, which has no pi/idreg-override.c: 6.9+ with LPA2, 6.9 – 6.10 UNCONFIRMED).
     * arm64/setup.ts idregOverrideBits().
     */
    idregNolva: boolean;
    /** What parse_acpi() accepts and acpi_boot_table_init() prints (arm64/acpi.ts). */
    acpiBoot: AcpiBootGeneration;
}
export interface X86Policy extends CmaPolicyFields, MemblockPolicyFields {
    /**
     * NODE_MIN_SIZE of numa_register_memblks(): a node whose memory spans less than this gets no
     * NODE_DATA and does not come online there (arch/x86/mm/numa.c@v6.5:605-609, 4 MiB); it comes
     * up in free_area_init() as a memoryless node instead. 0 where "x86/mm: Drop the 4 MB
     * restriction on minimal NUMA node memory size" is in (mainline 6.7; stable 5.10.202, 5.15.140,
     * 6.1.64, 6.5.13 and 6.6.3: NODE_MIN_SIZE_BY_RELEASE in policies/index.ts), and from 6.12,
     * whose numa_register_nodes() never had the test.
     */
    nodeMinSize: PhysSize;
    /**
     * What memmap_init() walks, which decides what becomes of a node with memory that
     * nodeMinSize left without a pg_data_t on a generation whose free_area_init() sets up only
     * the online nodes (MemorylessNodeGeneration.walks 'online', up to 5.17): 'zones' (each
     * online node's zones, from free_area_init_core(): mm/page_alloc.c@v5.11:6260-6277, 6984,
     * @v5.13:6515; the offline node's pages are not touched there, and what happens to them
     * later is not modelled) or 'ranges' (every memory range, through NODE_DATA(nid) of the
     * range's node, from free_area_init(): mm/page_alloc.c@v5.14:6720-6740, @v5.17:6775; the
     * missing pg_data_t is read through NULL and the boot panics, BootPanic). Generic mm code,
     * carried by x86 alone: only x86 leaves a node with memory offline. By release:
     * MEMMAP_INIT_BY_RELEASE in policies/index.ts.
     */
    memmapInit: 'zones' | 'ranges';
    /**
     * How setup_log_buf(1), which x86 calls in setup_arch() before the crash kernel, reports a
     * log_buf_len= buffer (printk.ts LogBufStats): by release, LOG_BUF_STATS_BY_RELEASE.
     */
    logBufStats: LogBufStats;
    /**
     * How set_debug_rodata() reads rodata= (x86 has no arch_parse_debug_rodata()):
     * 'setup-strtobool' (5.10, 5.19: a __setup("rodata=") handler, strtobool(), init/main.c@v5.10.223:1356-1362,
     * @v5.19:1448-1454), 'setup-strtobool-silent' (5.11 – 5.18: the same without the warning,
     * init/main.c@v5.11:1377-1381, @v5.17:1453-1457) or 'early-on-off' (an early_param taking "on" and "off" only, init/main.c@v6.1.192:1429-1441,
     * the same @v7.3.4:1510-1523). Anything else leaves rodata_enabled as it was. The calls are
     * ../params.ts's SET_DEBUG_RODATA.
     */
    rodataParam: RodataParam;
    /**
     * Whether the kernel has KFENCE, whose early pool arch_kfence_init_pool() maps with 4K pages
     * (arch/x86/include/asm/kfence.h@v6.1.192:22-38; x86/direct-map.ts kfenceAtBoot()). Not in
     * 5.10 or 5.11 (no mm/kfence in linux-source-5.10; KFENCE came in 5.12, as arm64-5.12 says):
     * there config.KFENCE is a symbol the kernel does not have.
     */
    kfence: boolean;
    /**
     * How `swiotlb=` sizes the bounce buffer the default low size is computed from
     * (kernel/dma/swiotlb.c setup_io_tlb_npages; x86/swiotlb.ts).
     */
    swiotlb: SwiotlbGeneration;
    /**
     * The low 1 MiB: 'always' reserved by reserve_real_mode() (5.13+ "x86/setup: Always reserve
     * the first 1M of RAM"), or 'crashkernel-only' (crash_reserve_low_1M(), Debian 5.10).
     */
    low1M: 'always' | 'crashkernel-only';
    /** real_mode_size_needed(): the trampoline blob of the build, page aligned. */
    realModeSize: PhysSize;
    /**
     * What reserve_real_mode() prints when no trampoline fits: 'sub-1M' ("No sub-1M memory is
     * available for the trampoline", arch/x86/realmode/init.c@v5.10.223:59, @v6.1.192:59,
     * @v6.12.117:59) or 'below-limit' ("No memory below %pa for the real-mode trampoline" with
     * x86_init.resources.realmode_limit, SZ_1M but on Hyper-V VTL: @v7.2.13:49,59,
     * arch/x86/kernel/x86_init.c@v7.2.13:74).
     */
    realModeNoMemory: 'sub-1M' | 'below-limit';
    /** INIT_PGT_BUF_SIZE in pages (12; 16 with CONFIG_X86_5LEVEL). */
    pgtBufPages: number;
    /** The build can run 5-level paging (CONFIG_X86_5LEVEL; always from 6.16): it does on an LA57 CPU without `no5lvl`. */
    fiveLevel: boolean;
    /**
     * memory_map_top_down()'s first 2 MiB: memblock_find_in_range() (5.10 – 5.14), alloc + free
     * with a failed allocation's 0 freed and taken as the block (5.15 – 6.14 as released), or alloc
     * + free falling back to the end of RAM ("x86/mm: Check return value from
     * memblock_phys_alloc_range()", 631ca8909fd5: mainline 6.15, stable 6.1.141, 6.6.93, 6.12.31 and 6.14.9).
     */
    mapProbe: MapProbe;
    /** CMA_MIN_ALIGNMENT_BYTES (4 MiB ≤5.10, pageblock 2 MiB after). */
    cmaMinAlign: PhysSize;
    /** What happens to the direct map's large pages after init_mem_mapping() (x86/direct-map.ts). */
    directMap: X86DirectMapPolicy;
    /**
     * The e820 types whose end is max_pfn (e820__end_of_ram_pfn()): RAM only (≤6.10), or RAM and
     * ACPI data (6.11+, 06fa48d85b09 "x86/mm: Make e820__end_ram_pfn() cover E820_TYPE_ACPI ranges").
     */
    maxPfnTypes: 'ram' | 'ram-and-acpi';
    /**
     * How e820__print_table() writes an entry (x86/e820-table.ts e820PrintTable()): `classic`
     * ("usable", "reserved", "persistent (type N)"; ≤6.19), or `named-gaps` (7.0+: " System RAM",
     * " device reserved", " persistent RAM (type N)", and a `[gap …]` line before an entry
     * that does not start where the one before ended; test/boots/releases: Debian 6.19.6 prints
     * "usable", 7.0.4 " System RAM").
     */
    e820Print: 'classic' | 'named-gaps';
}
/**
 * Where the protected allocations after boot land, on x86_64 (test/boots/random/README.md: the
 * kernel's page tables read from QEMU):
 * - 'zone-start': the highest zone's lowest free page, in the pageblocks the allocations
 *   before page_alloc_init_late() stole from its initialised first section;
 * - 'zone-end': its highest free page (6.1, as measured before the page-table reads);
 * - 'unmovable-remnants': every free run of the deferred part that starts inside a pageblock
 *   (x86/direct-map.ts unmovableRemnants(): the per-CPU first chunk's freed tail, the pages
 *   past an image KASLR put there, past a crash region ending off a pageblock boundary);
 * - 'lowest-unmovable-remnant': the lowest of them only (5.10, whose first BPF JIT image is
 *   its one protected page).
 */
export type X86Split1GSite = 'zone-start' | 'zone-end' | 'unmovable-remnants' | 'lowest-unmovable-remnant';
/**
 * Large pages of the x86 direct map that change_page_attr() splits between init_mem_mapping()
 * and the moment /proc/meminfo is read, per Debian build. Measured on the oracle's boots (the
 * boot-time counts are computed exactly; these are the differences), see x86/direct-map.ts.
 */
export interface X86DirectMapPolicy {
    /**
     * 2M pages split to 4K on every layout: the kernel image's high-map and direct-map aliases
     * (free_initmem(), mark_rodata_ro(), the read-only IDT) and the first BPF JIT image.
     */
    splits2M: number;
    /**
     * Of splits2M, those mark_rodata_ro() makes (set_memory_ro() and set_memory_nx() over the
     * kernel's text, rodata and data, free_kernel_image_pages() over its two gaps, on both
     * aliases: arch/x86/mm/init_64.c@v7.3.4:1359-1403), which a boot with rodata=off skips
     * (init/main.c@v7.3.4:1526-1541 mark_readonly()). Measured as what rodata=off takes off a
     * 4G q35 boot of each Debian build (test/boots/random/README.md); absent where no such boot
     * measured it (6.1), and the model then keeps splits2M whatever rodata= says.
     */
    rodataSplits2M?: number;
    /**
     * Where the protected page-allocator allocations after boot land (the BPF JIT's images,
     * whose direct-map alias set_memory_ro() splits): the 1G pages of these sites are split to
     * 2M. Which sites a build uses is measured (page-table dumps of the boots, test/boots/random
     * and amd64-sizes READMEs); where each site lies is derived (X86Split1GSite).
     */
    splits1G: readonly X86Split1GSite[];
    /**
     * 2M pages the page allocator may additionally split after boot (the first BPF JIT image
     * lands wherever the allocator hands out its first protected page): a walk shows between 0
     * and this many more 2M→4K splits than predicted.
     */
    runtimeSplits2M: number;
    /**
     * How sparse_init() allocates the memmap after the crash reservation, which decides whether
     * CMA areas leave the Normal zone anything for the first protected allocations: one buffer
     * for every section first ('buffer': sparse_buffer_init(), mm/sparse.c@v7.1.3:268-279) or a
     * 2 MiB block per section ('per-section': 7.2+, no buffer in mm/sparse.c@v7.2.13).
     */
    memmap: 'buffer' | 'per-section';
}
export interface RiscvPolicy extends CmaPolicyFields, MemblockPolicyFields {
    /** What arch_numa_init() prints (numa.ts), as on arm64. */
    numaLog: ArchNumaLog;
    /**
     * numa_alloc_distance()'s table, memblock_alloc()ed page-aligned before NODE_DATA: nr_node_ids²
     * bytes with nr_node_ids still MAX_NUMNODES (drivers/base/arch_numa.c@v6.1.192:285-291); 0 from
     * 6.12, where numa_memblks allocates one only for a device tree with a distance map
     * (the board's numaDistances: numaAllocDistance()).
     */
    numaDistanceBytes: PhysSize;
    /**
     * CRASH_ADDR_LOW_MAX form: 'dma32' (6.6+) or '4G-1' (6.1.y) / '4G' (6.1.0, 5.17+); 'none'
     * where the kernel has no low window (5.13 – 5.16 search all of DRAM at once; before 5.13
     * there is no crash kernel): the limit reported is then the high one, the end of DRAM.
     */
    lowMax: 'dma32' | '4G-1' | '4G' | 'none';
    /**
     * setup_vm_final()'s linear map: 'pmd-only' (≤6.1 best_map_size(base, size): PMD or PAGE per
     * range), 'pmd-steps' (6.2 – 6.3: best_map_size(pa, end - pa), PMD or PAGE per step),
     * 'best-map-size-v64' (6.4 – 6.7: PGDIR/P4D/PUD/PMD/PAGE per step with no pgtable_l*_enabled
     * test, so a leaf may sit in the PGD itself: 1 GiB on Sv39, 512 GiB on Sv48; kernel text and
     * rodata isolated, the KFENCE pool allocated and page-mapped there), 'best-map-size-v68'
     * (6.8 – 6.10: as 6.4 without PGD leaves: P4D on Sv57 only, PUD on Sv48+) — neither looks at
     * debug_pagealloc — or 'best-map-size' (6.11+: as 6.8, and PAGE under debug_pagealloc).
     * Understood by riscv/setup.ts and riscv/mmu.ts.
     */
    linearMap: 'pmd-only' | 'pmd-steps' | 'best-map-size-v64' | 'best-map-size-v68' | 'best-map-size';
    /**
     * Where the linear map starts. 'kernel-load' (≤6.3): setup_vm() sets va_pa_offset from the
     * kernel's load address, so MIN_MEMBLOCK_ADDR (__pa(PAGE_OFFSET)) drops the /memory under
     * the image, and phys_ram_base is the start of DRAM as it is. 'dram-start' (6.4+):
     * MIN_MEMBLOCK_ADDR is 0 and phys_ram_base is the start of DRAM rounded down to a PMD.
     * Understood by riscv/setup.ts.
     */
    ramBase: 'kernel-load' | 'dram-start';
    /**
     * memory_limit as setup_vm() sets it before parse_early_param() (`mem=` only lowers it):
     * 'kern-virt-size-less-4g' (≤6.11: KERN_VIRT_SIZE - SZ_4G, the top 4 GiB being the kernel's,
     * the modules' and BPF's) or 'kern-virt-size' (6.12+); 'minus-page-offset' (5.13): no
     * memory_limit and no `mem=` at all (early_mem() came in 5.14: arch/riscv/mm/init.c@v5.14:140-159),
     * setup_bootmem() enforces -PAGE_OFFSET (v5.13:133-134), which is Sv39's KERN_VIRT_SIZE
     * (128 GiB; 5.13 is Sv39 only). Understood by riscv/setup.ts.
     */
    memoryLimitStart: 'kern-virt-size-less-4g' | 'kern-virt-size' | 'minus-page-offset';
    /**
     * What keeps RAM inside the linear map. 'memory-limit' (≤6.10.3): nothing is capped, and the
     * mapping loop stops each bank at __pa(PAGE_OFFSET) + memory_limit (a bank above it is not
     * mapped at all); 'cap' (6.10.4+): setup_bootmem() caps memblock at phys_ram_base +
     * KERN_VIRT_SIZE with memblock_cap_memory_range() and the loop maps every bank whole;
     * 'none' (5.13): nothing capped and the loop maps every bank whole (setup_vm_final():
     * arch/riscv/mm/init.c@v5.13:686-706 has no memory_limit stop, @v5.14:735-751 has it), only the
     * total size limited by setup_bootmem() (memoryLimitStart 'minus-page-offset').
     * Understood by riscv/setup.ts.
     */
    linearMapBound: 'memory-limit' | 'cap' | 'none';
    /**
     * The deepest paging mode the release can set: 3 (≤5.16: Sv39 only, no create_pud_mapping()),
     * 4 (5.17 – 5.18: Sv48 without Sv57, no create_p4d_mapping(); both grepped in the 5.13 – 5.17
     * trees) or 5 (5.19+, Sv57). The CPU's mode (layout.cpu.satpMode, else layout.vaBits) is
     * taken down to it.
     * Understood by riscv/setup.ts satpModeLevels().
     */
    satpModes: 3 | 4 | 5;
    /**
     * dma_contiguous_reserve() runs in misc_mem_init() after arch_numa_init() (7.3+,
     * arch/riscv/mm/init.c@v7.3.4:1360), not at the end of setup_bootmem() (≤7.2): the default
     * CMA area then comes after the linear-map tables, the KFENCE pool and NODE_DATA.
     */
    cmaInMiscMemInit: boolean;
    /** misc_mem_init() calls sparse_init() before the crash reservation (≤6.x; 7.x: mm_core_init_early()). */
    sparseBeforeCrash: boolean;
    /**
     * How vmemmap_populate() maps the memmap that sparse_init() allocates: 'basepages'
     * (arch/riscv/mm/init.c@v6.1.192: vmemmap_populate_basepages(), PTE leaves, so one PTE table
     * per 2 MiB of memmap, that is per present 128 MiB section, is memblock-allocated before the
     * crash reservation) or 'hugepages' (@v6.12.117: vmemmap_populate_hugepages(), PMD leaves
     * backed by the memmap buffer, no PTE table). Understood by riscv/sparse.ts.
     */
    vmemmap: 'basepages' | 'hugepages';
    /** NR_PAGEBLOCK_BITS (usemap bits per pageblock): 4, 8 from 6.17 (include/linux/pageblock-flags.h@v6.17.8). */
    pageblockBits: bigint;
    /**
     * The order of the minimum CMA alignment in pages: max(MAX_ORDER - 1, pageblock_order) = 10
     * up to 5.18 (4 MiB), pageblock_order = 9 (2 MiB, PMD order) from 5.19.
     */
    cmaMinAlignOrder: number;
    /** set_satp_mode() honours `no4lvl`/`no5lvl` in the command line (~6.4+). */
    satpModeFromCmdline: boolean;
    /**
     * set_satp_mode() also takes the DT's cpu `mmu-type` as a limit (set_satp_mode_from_fdt(),
     * 17e9521044c9 "riscv: mm: Use mmu-type from FDT to limit SATP mode": mainline 6.18, stable
     * 6.17.7): riscv,sv39 sets Sv39 without probing, riscv,sv48 probes from Sv48 down, the lower
     * of it and the command line's wins (min_not_zero()). Before, only the CPU's answer to the
     * probe and the command line count, whatever the DT says (the board's `cpu.satpMode` over its
     * `vaBits`). Understood by riscv/setup.ts satpModeLevels().
     */
    satpModeFromFdt: boolean;
    /**
     * The kernel can have CONFIG_MEMORY_HOTPLUG, and so the `movable_node` early param
     * (zones.ts): arch/riscv/Kconfig selects ARCH_ENABLE_MEMORY_HOTPLUG in v6.12.117 (Debian's
     * build sets MEMORY_HOTPLUG=y) and not in v5.10.223 or v6.1.192.
     */
    memoryHotplug: boolean;
    /**
     * setup_bootmem() caps RAM past phys_ram_base + KERN_VIRT_SIZE only when it is there and
     * then says so with pr_warn() (from 6.13: arch/riscv/mm/init.c@v6.14:269-276, @v6.16.3; 6.12.117
     * caps unconditionally and prints nothing, 6.10.4 – 6.12 as it; ≤6.10.3 caps nothing:
     * linearMapBound).
     */
    linearMapOverflowWarn: boolean;
    /** drivers/of/of_reserved_mem.c's generation: how /reserved-memory is placed, initialised and printed (reserved-mem.ts). */
    ofReservedMem: OfReservedMemGeneration;
    /** The sizes of the unflattened device tree's structs (fdt.ts OfStructSizes). */
    ofStructs: OfStructSizes;
}
/**
 * How a release reserves `hugetlb_cma=` areas (hugetlb-cma.ts), by arch and release
 * (HUGETLB_CMA_BY_RELEASE).
 */
export interface HugetlbCmaGeneration {
    /**
     * Where the arch calls hugetlb_cma_reserve(): 'before-crash' (its setup, before the crash
     * reservation: x86 and arm64 5.10 – 6.14, riscv64 5.15 – 6.14); 'none' (no caller: riscv64
     * before 5.15); 'after-crash' (7.0+: mm_core_init_early(), after the crash kernel, nothing
     * the engine follows); 'before-crash-multi' (x86 and arm64 6.15 – 6.19: before the crash
     * kernel, over hugetlb_bootmem_nodes, through cma_declare_contiguous_multi()); 'not-modelled'
     * (riscv64 6.15 – 6.19, which calls it before NUMA init, when memblock's regions have no node
     * for hugetlb_bootmem_set_nodes(); reported by CK006).
     */
    call: 'before-crash' | 'before-crash-multi' | 'none' | 'after-crash' | 'not-modelled';
    /**
     * cmdline_parse_hugetlb_cma(): a size only ('size', ≤5.16), or `nid:size` lists too, their
     * node id kept in an int ('per-node-int', 5.17 – 5.18) or unsigned ('per-node', 5.19+).
     */
    syntax: 'size' | 'per-node-int' | 'per-node';
    /**
     * The alignment cma_declare_contiguous_nid() is asked for: the gigantic page ('gigantic',
     * ≤5.15 and 6.10+) or PAGE_SIZE << HUGETLB_PAGE_ORDER, a PMD ('pmd', 5.16 – 6.9).
     */
    align: 'gigantic' | 'pmd';
    /** "up to %lu MiB per node" rounds the share up to a gigantic page ("mm/hugetlb_cma: round up per_node before logging it"). */
    logPerNodeRounded: boolean;
    /**
     * arm64's gigantic page with 16K or 64K pages: CONT_PMD_SIZE ('cont-pmd'), or 5.10.0 – 5.10.74
     * and 5.11 – 5.14.13's order CONT_PMD_SHIFT + PMD_SHIFT - PAGE_SHIFT ('cont-pmd-plus-pmd':
     * "arm64: hugetlb: fix CMA gigantic page order for non-4K PAGE_SIZE").
     */
    arm64Order: 'cont-pmd' | 'cont-pmd-plus-pmd';
}
/**
 * The per-node CMA areas of `cma_pernuma=` and `numa_cma=` (cma.ts), by arch and release
 * (DMA_NUMA_CMA_BY_RELEASE): 'none' (no such parameters: x86_64 and riscv64 before 6.6);
 * 'pernuma-bootmem' (arm64 5.10 – 6.5, CONFIG_DMA_PERNUMA_CMA: `cma_pernuma=` only, a
 * "pernuma" area per online node from bootmem_init() after hugetlb_cma's);
 * 'before-global' (6.6 – 7.1, CONFIG_DMA_NUMA_CMA: dma_numa_cma_reserve() first in
 * dma_contiguous_reserve(), a "pernuma" then a "numa" area per node); 'after-global' (7.2+:
 * after the default area, one area per node, `numa_cma=`'s size before `cma_pernuma=`'s,
 * and with CONFIG_CMA_SIZE_PERNUMA the default area's when neither is given).
 */
export type DmaNumaCmaGeneration = 'none' | 'pernuma-bootmem' | 'before-global' | 'after-global';
/**
 * Protected KVM's hypervisor memory, kvm_hyp_reserve() from arm64's bootmem_init() before the
 * crash kernel (arm64/pkvm.ts), by release (PKVM_BY_RELEASE).
 */
export interface PkvmGeneration {
    /**
     * How the reservation is sized: 'absent' (no protected KVM: x86_64, riscv64, arm64 up to
     * 5.12); 'fixed-point' (5.13 – 6.1: the hypervisor's vmemmap found as a fixed point over all
     * of its pages); 'per-region' (6.2+: hyp_vmemmap_pages() over memblock's regions, and the VM
     * table).
     */
    reserve: 'absent' | 'fixed-point' | 'per-region';
    /**
     * STRUCT_HYP_PAGE_SIZE, sizeof(struct hyp_page): 32 bytes in 5.13 (a pool pointer and a list
     * head), 4 from 5.14, 8 once it counts the pages shared with guests.
     */
    hypPageSize: 4 | 8 | 32;
    /** The page-table levels __hyp_pgtable_max_pages() provisions: KVM_PGTABLE_MAX_LEVELS 4, or 5 (KVM_PGTABLE_FIRST_LEVEL -1 to 3). */
    pgtableLevels: 4 | 5;
    /** hyp_ffa_proxy_pages(): the FF-A proxy's mailboxes and descriptor buffer. */
    ffaProxy: boolean;
    /** early_kvm_mode_cfg() tests is_hyp_mode_available() and says "KVM is not available. Ignoring kvm-arm.mode". */
    checksHyp: boolean;
    /**
     * arm64_memblock_init() caps the linear region at 51 bits, saying so, when a 52-bit VA kernel
     * entered at EL2 runs outside it (nVHE, as `kvm-arm.mode=protected` or `nvhe` make it).
     */
    capsLinearRegion: boolean;
    /** early_kvm_mode_cfg() knows "none" (KVM_MODE_NONE) and sets KVM_MODE_DEFAULT for "nvhe"; before, "none" is -EINVAL and "nvhe" sets no mode. */
    setsNoneAndNvhe: boolean;
}
/**
 * `hugepagesz=`, `hugepages=` and `default_hugepagesz=` (hugetlb-bootmem.ts), by arch and
 * release (HUGETLB_BOOTMEM_BY_RELEASE).
 */
export interface HugetlbBootmemGeneration {
    /**
     * Where the gigantic pages are memblock-allocated: 'before-crash' (x86 6.15 – 6.19:
     * setup_arch() calls hugetlb_bootmem_alloc() with GBPAGES before arch_reserve_crashkernel());
     * 'after-crash' (every other: parse_args()' __setup() handlers up to 6.14, mm_core_init() on
     * arm64 and riscv64 from 6.15, mm_core_init_early() on x86 from 7.0; nothing the engine follows).
     */
    call: 'before-crash' | 'after-crash';
    /**
     * How the three are registered: '__setup' (≤6.14: a bare token reaches no handler);
     * 'early-strlen' (6.15 – 6.19: early parameters whose handler, hugetlb_add_param(), strlen()s
     * the value, so a bare token faults); 'early' (7.0+: a NULL value is -EINVAL, "Malformed early
     * option").
     */
    params: '__setup' | 'early-strlen' | 'early';
}
export interface KernelPolicy {
    /** Stable id, e.g. 'arm64-6.7-generic'. */
    id: string;
    arch: Arch;
    /** Half-open version range [from, before); before undefined = no upper end. */
    appliesTo: {
        from: KernelVersion;
        before?: KernelVersion | undefined;
    };
    /** Only selectable by name (the 2022 LKML what-if policies). */
    whatIf?: boolean;
    /**
     * An epoch that differs from the one before it only for these command-line parameters (the
     * hugetlb_cma= stable fixes; the hugepage parameters' 6.15 on arm64 and riscv64 and 7.0.4): a sweep folds it into that one for a board that names none of
     * them (src/cli/commands/sweep.ts defaultSweepKernels()).
     */
    onlyFor?: readonly string[] | undefined;
    description: string;
    /** Kernel paths and tags (or commits) this policy is read from. */
    sources: string[];
    parse: ParseDialect;
    /**
     * COMMAND_LINE_SIZE: the kernel keeps the first COMMAND_LINE_SIZE - 1 bytes of the boot
     * loader's command line (params.ts bootCommandLine()).
     */
    commandLineSize: number;
    /** kernelcore=/movablecore= and find_zone_movable_pfns_for_nodes() (zones.ts). */
    zoneMovable: ZoneMovableGeneration;
    /** How free_area_init() sets up a node without memory (zones.ts). */
    memorylessNode: MemorylessNodeGeneration;
    /** Where mm/memblock.c's releases differ (memblock/memblock.ts). */
    memblock: MemblockGeneration;
    /** `hugetlb_cma=` (hugetlb-cma.ts). */
    hugetlbCma: HugetlbCmaGeneration;
    /** `cma_pernuma=`, `numa_cma=` and CONFIG_CMA_SIZE_PERNUMA (cma.ts). */
    dmaNumaCma: DmaNumaCmaGeneration;
    /** `hugepagesz=`/`hugepages=`/`default_hugepagesz=`: when the gigantic pages are allocated (hugetlb-bootmem.ts). */
    hugetlbBootmem: HugetlbBootmemGeneration;
    /** `kvm-arm.mode=protected`: protected KVM's reservation before the crash kernel (arm64/pkvm.ts). */
    pkvm: PkvmGeneration;
    /** `numa=fake=`: NUMA emulation's fake nodes, each with its NODE_DATA, before the crash kernel (numa-emulation.ts). */
    numaEmu: NumaEmuGeneration;
    crash: {
        reserve: ReserveCrashkernel;
        /** CRASH_ALIGN. */
        align: PhysSize;
        /**
         * The alignment memblock_phys_alloc_range() asks of a fixed `crashkernel=X@Y` base, where
         * it is not CRASH_ALIGN (x86 ≤6.6: SZ_1M). The rules read it (crashkernelFixedAlign()).
         */
        fixedAlign?: PhysSize;
        /** DEFAULT_CRASH_KERNEL_LOW_SIZE (x86: max(swiotlb + 8M, 256M)). */
        defaultLow: PhysSize;
        supportsHigh: boolean;
        parseCma: boolean;
    };
    arm64?: Arm64Policy;
    x86?: X86Policy;
    riscv?: RiscvPolicy;
}
