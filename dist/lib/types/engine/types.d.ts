/**
 * The engine's boundary types: what a layout to simulate looks like (decoded from the
 * board matrix, bigint everywhere) and what a simulation returns.
 *
 * Conventions (written down once, see STYLE.md §2.4):
 * - physical addresses and sizes are `bigint` (`PhysAddr`, `PhysSize`);
 * - ranges are half-open `{ base, size }`; only types that mirror `struct resource`
 *   carry an inclusive `end`;
 * - nothing here does I/O; every field is plain data.
 */
/** Physical address (phys_addr_t). */
export type PhysAddr = bigint;
/** Size in bytes. */
export type PhysSize = bigint;
export interface PhysRange {
    base: PhysAddr;
    size: PhysSize;
}
export type Arch = 'arm64' | 'x86_64' | 'riscv64';
/** One RAM bank as firmware describes it (DT /memory, e820 RAM, EFI conventional memory). */
export interface MemoryBank extends PhysRange {
    /** Firmware marked the bank no-map (EFI runtime, ACPI NVS seen as memory …). */
    nomap?: boolean;
    /**
     * The bank's NUMA node (DT `numa-node-id`, ACPI SRAT); none on a one-node board, where the
     * kernel fakes node 0 over all memory.
     */
    node?: number;
}
/**
 * An early reservation made before the crash kernel is reserved, in boot order.
 * `fixed`: a static region (DT /memreserve/, /reserved-memory with `reg`, firmware carve-outs).
 * `dynamic`: a region the kernel allocates itself (/reserved-memory with `size`, e.g. a
 * `shared-dma-pool` CMA area with `alloc-ranges`).
 */
export type EarlyReservation = {
    kind: 'fixed';
    name: string;
    base: PhysAddr;
    size: PhysSize;
    /** `no-map`: stays in memblock.memory but flagged MEMBLOCK_NOMAP (not linear-mapped). */
    nomap: boolean;
    /** A DT /memreserve/ entry, not a /reserved-memory node: reserved silently (DT arches). */
    memreserve?: boolean;
    /** Reserved by efi_init() from the EFI memory map or a configuration table (device-tree boots through the EFI stub, riscv64 and arm64): before setup_bootmem() / arm64_memblock_init(), silently. */
    efi?: boolean;
    /** Further `reg` entries of the same node (the node itself is the first). */
    moreReg?: PhysRange[];
    /** `compatible = "shared-dma-pool"` + `reusable`: a CMA area at a fixed place (DT arches). */
    cma?: boolean;
    /** `linux,cma-default`: replaces the default CMA area. */
    cmaDefault?: boolean;
    /** `compatible = "shared-dma-pool"` without `reusable`: a coherent DMA pool (rmem_dma_setup()). */
    dmaPool?: boolean;
} | {
    kind: 'dynamic';
    name: string;
    size: PhysSize;
    align: PhysSize;
    /** `alloc-ranges`; empty = anywhere. */
    allocRanges: PhysRange[];
    nomap: boolean;
    /** `compatible = "shared-dma-pool"` + `reusable`: a CMA area. */
    cma: boolean;
    /** `linux,cma-default`: replaces the default CMA area. */
    cmaDefault: boolean;
    /** `compatible = "shared-dma-pool"` without `reusable`: a coherent DMA pool (rmem_dma_setup()). */
    dmaPool?: boolean;
};
/** A device that does DMA, with the highest CPU physical address it can reach (inclusive). */
export interface DmaDevice {
    name: string;
    /** Inclusive highest CPU physical address the device can reach. */
    dmaLimit: PhysAddr;
    /** The disk or NIC that writes the vmcore. */
    dumpTarget: boolean;
}
/** How firmware describes DMA constraints (arm64 zone sizing reads these). */
export interface DmaDescription {
    /**
     * Per bus node with a non-empty `dma-ranges`: the highest CPU address any of its entries
     * reaches (inclusive), i.e. max(cpu_addr + size - 1). of_dma_get_max_cpu_address()
     * takes the minimum over nodes.
     */
    dmaRanges: Array<{
        node: string;
        cpuEnd: PhysAddr;
    }>;
    /**
     * ACPI IORT memory_address_limit values in bits (0 = ignored). Read only with `acpi: true`
     * and no `acpi=off`: on a device-tree boot acpi_iort_dma_get_max_cpu_address() returns no limit.
     */
    iortLimitBits: number[];
}
/**
 * The counts of a device tree that size its unflattened copy (drivers/of/fdt.c
 * unflatten_dt_nodes()), the same for every kernel.
 */
export interface DeviceTreeSummary {
    /** Nodes, the root and disabled ones included. */
    nodes: number;
    /** struct property made: the blob's properties and a `name` for each node without one. */
    properties: number;
    /** The names after the structs: each rounded up to 8 bytes except the last. */
    nameBytes: PhysSize;
    /** /aliases properties whose path names a node, in blob order. */
    aliases: readonly string[];
}
/** Kernel configuration options that change the outcome. */
export interface KernelConfig {
    ZONE_DMA: boolean;
    ZONE_DMA32: boolean;
    /** arm64 ≤ 6.x: CONFIG_RODATA_FULL_DEFAULT_ENABLED. */
    RODATA_FULL_DEFAULT_ENABLED: boolean;
    KFENCE: boolean;
    KFENCE_SAMPLE_INTERVAL: number;
    /** CONFIG_DEBUG_PAGEALLOC: `debug_pagealloc=` exists and debug_pagealloc_enabled() can be true. */
    DEBUG_PAGEALLOC: boolean;
    /** CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT: the initial value of _debug_pagealloc_enabled_early. */
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: boolean;
    /** CONFIG_CMA_SIZE_MBYTES (0 = no default CMA area). */
    CMA_SIZE_MBYTES: number;
    CMA: boolean;
    /** CONFIG_DMA_NUMA_CMA (CONFIG_DMA_PERNUMA_CMA, arm64 only, before 6.6): per-node CMA areas from numa_cma=/cma_pernuma= (not modelled; CK006 reads it). */
    DMA_NUMA_CMA?: boolean;
    /**
     * CONFIG_CMA_SIZE_PERNUMA (7.x; needs DMA_NUMA_CMA): on a board with more than one NUMA node,
     * a CMA area of the default area's size on each node too (dma_numa_cma_reserve()).
     */
    CMA_SIZE_PERNUMA?: boolean;
    /**
     * CONFIG_NUMA_EMU (x86_64): `numa=fake=` splits the NUMA nodes into fake ones (numa-emulation.ts);
     * without it the parameter is a malformed early option and nothing is split.
     */
    NUMA_EMU?: boolean;
    RANDOMIZE_BASE: boolean;
    /** x86 CONFIG_X86_DIRECT_GBPAGES. */
    X86_DIRECT_GBPAGES: boolean;
    /** CONFIG_ZONE_DEVICE: adds the (empty) "Device" line to "Zone ranges:". */
    ZONE_DEVICE?: boolean;
    /** CONFIG_OF_DYNAMIC: struct property carries `_flags` (8 bytes on 64-bit). */
    OF_DYNAMIC?: boolean;
    /** CONFIG_LOG_BUF_SHIFT: the static printk buffer, 2^N bytes (absent: 17, Debian's and Kconfig's default; printk.ts). */
    LOG_BUF_SHIFT?: number;
    /** CONFIG_PRINTK_EXECUTION_CTX (7.0+): struct printk_info carries caller_id2 and the task's comm (printk.ts). */
    PRINTK_EXECUTION_CTX?: boolean;
    /** CONFIG_PAGE_BLOCK_MAX_ORDER (6.16+): caps pageblock_order; absent, nothing is capped. */
    PAGE_BLOCK_MAX_ORDER?: number | undefined;
}
export interface CpuFeatures {
    /** arm64 FEAT_BBML2 with no-abort behaviour (7.x allow-list). */
    bbml2Noabort: boolean;
    /** arm64 FEAT_LPA2 (52-bit VA/PA with 4K/16K pages). */
    lpa2: boolean;
    /** x86 GBPAGES (1 GiB direct-map pages). */
    gbpages: boolean;
    /** x86 LA57 (5-level paging). */
    la57?: boolean;
    /** arm64: the firmware enters the kernel at EL2 (is_hyp_mode_available()); absent: not known, run as EL1. */
    el2?: boolean | undefined;
    /**
     * riscv64: the deepest paging mode the CPU takes in SATP (39, 48 or 57), as set_satp_mode()
     * probes it; absent: the layout's vaBits, the DT's cpu mmu-type, which then stands for both.
     */
    satpMode?: number | undefined;
}
/**
 * Sizes of boot-time allocations that depend on the kernel build and the firmware blob rather
 * than on the algorithm (unflattened device tree, NODE_DATA, …). Presets fill them from
 * measured boots; they only matter where they push a later allocation across an alignment
 * boundary.
 */
export interface BootAllocations {
    /** bytes unflatten_device_tree() allocates in all, of_alias_scan()'s copy included (arm64/riscv; 0 for ACPI-only). */
    unflattenedDt: PhysSize;
    /** Of those, of_alias_scan()'s own allocation (QEMU virt's serial0 alias: 47 bytes; 0 without /aliases). */
    dtAliases: PhysSize;
    /** NODE_DATA(nid) size (sizeof(pg_data_t), cache-line rounded). */
    nodeData: PhysSize;
    /**
     * x86: __end_of_kernel_reserve - _text, the part of the image early_reserve_memory()
     * reserves (text, data, bss); 0 = not known, the whole image `image.size` is reserved.
     */
    kernelReserve: PhysSize;
    /**
     * x86: bytes of the .brk area in use when reserve_brk() reserves them (DMI's, then the
     * early page-table buffer); with kernelReserve only.
     */
    brk: PhysSize;
}
/** One layout to simulate: a board × RAM variant × kernel. */
export interface Layout {
    arch: Arch;
    /**
     * Kernel release, e.g. "6.12.117", or a series like "6.12" (simulate() resolves it: a Debian
     * series to its Debian release, "6.12" → "6.12.117", any other to its .0, "6.6" → "6.6.0").
     * It picks the policy only: the build's settings (paBits, vaBits, image size, config, boot
     * allocations) are the other fields, as the matrix decoded them for the kernel it named. To
     * see a layout on another kernel, decode it again with that kernel (decodeLayouts() with
     * `kernels`), rather than changing this field alone.
     */
    kernel: string;
    /** Policy override by name (e.g. the 2022 what-if policies); undefined = by version. */
    policy?: string;
    pageSize: PhysSize;
    /** Physical address bits (CONFIG_ARM64_PA_BITS / x86 MAXPHYADDR). */
    paBits: number;
    /** Virtual address bits of the kernel (arm64 VA_BITS actually in use). */
    vaBits: number;
    memory: MemoryBank[];
    /**
     * Kernel image [_text, _end) as placed by the boot loader; arm64: `codeSize`, the build's
     * __init_begin - _text, where the board gives it (else the build profile's).
     */
    image: PhysRange & {
        codeSize?: PhysSize;
    };
    initrd?: PhysRange | undefined;
    /** The flattened device tree blob (arm64/riscv), reserved by early_init_fdt_scan_reserved_mem(). */
    dtb?: PhysRange | undefined;
    /**
     * What unflatten_device_tree() makes of the device tree (fdt.ts unflattenDtNodes(),
     * ofAliasScan()): with it the tree's size is this kernel's struct sizes over these counts;
     * absent, `boot.unflattenedDt` and `boot.dtAliases` are the sizes.
     */
    deviceTree?: DeviceTreeSummary;
    /**
     * arm64: UEFI firmware with ACPI tables and no device tree of its own (the kernel gets the
     * EFI stub's, a stub): the `fixed` reservations are the EFI memory map's, and the kernel
     * runs with ACPI (acpi_disabled false: no device tree unflattened, the IORT read) unless
     * `acpi=off` is on the command line (arm64/acpi.ts). Absent = false: a device tree and no
     * ACPI tables (`acpi=force` then keeps ACPI on without tables).
     */
    acpi?: boolean;
    /**
     * The firmware gives a NUMA distance table (ACPI SLIT, DT /distance-map): where the kernel
     * reads it lazily, numa_set_distance() allocates the table (numa.ts numaAllocDistance()).
     */
    numaDistances?: boolean;
    /**
     * NUMA nodes with CPUs and no memory (a DT cpu node's numa-node-id, an SRAT processor
     * affinity entry, with no memory of theirs): numa_nodes_parsed holds them too, so arm64 and
     * riscv64 set them up at NUMA init (NODE_DATA from another node) and free_area_init() prints
     * them (numa.ts numaNodesParsed()). Read only where firmware gives the banks nodes; a node a
     * bank has is an ordinary node. Absent = none. Ascending, no duplicates (decode.ts).
     */
    memorylessNodes?: readonly number[];
    /** Early reservations in boot order (DT /memreserve/, /reserved-memory, firmware). */
    reservations: EarlyReservation[];
    /**
     * x86_64 booted through the EFI stub: the EFI memory map's boot-services code and data
     * regions, in map order, which efi_reserve_boot_services() memblock_reserve()s after
     * e820__memblock_setup() (x86/setup.ts). Absent or empty: a BIOS boot. Other architectures
     * do not read it.
     */
    efiBootServices?: PhysRange[];
    /**
     * x86_64: the firmware's e820 ACPI-data entries (`BIOS-e820: … ACPI data`), not RAM (outside
     * `memory`). The e820 table starts with them (x86/e820.ts e820FromFirmware()): max_pfn counts
     * them from 6.11 (policy maxPfnTypes), memmap=exactmap drops them. Absent or empty: none.
     * Other architectures do not read it.
     */
    e820AcpiData?: PhysRange[] | undefined;
    /**
     * x86_64: the ACPI SRAT's memory affinity ranges (`ACPI: SRAT: Node N PXM P [mem …]`), read
     * only by NUMA emulation (numa-emulation.ts), which splits them. Absent: the banks' nodes
     * stand for them.
     */
    sratMemory?: ReadonlyArray<{
        node: number;
        base: PhysAddr;
        size: PhysSize;
    }>;
    dma: DmaDescription;
    devices: DmaDevice[];
    config: KernelConfig;
    cpu: CpuFeatures;
    boot: BootAllocations;
    /** The whole kernel command line as the kernel sees it (boot_command_line). */
    cmdline: string;
}
/** A dmesg-like line the kernel would print, with its level. */
export interface TraceEvent {
    level: 'info' | 'warn' | 'err';
    /** What part of the kernel printed it: 'crashkernel', 'zones', 'cma', 'memblock', 'mmu' … */
    source: string;
    /** The message text exactly as the kernel prints it, without the timestamp. */
    text: string;
}
/** A reservation made by the crash kernel code. Mirrors crashk_res / crashk_low_res. */
export interface CrashRegion extends PhysRange {
    kind: 'main' | 'low';
}
/** How an early parameter stops the boot: a BUG_ON() that fires, or a read through NULL. */
export type EarlyParamFault = 'bug' | 'null-dereference' | 'panic';
export type CrashkernelOutcome = {
    kind: 'not-requested';
}
/** The option was present but parsing/validation made the kernel ignore it (with or without a message). */
 | {
    kind: 'ignored';
    reason: 'syntax' | 'zero' | 'size-exceeds-ram' | 'unsupported-suffix' | 'low-only'
    /** The kernel has no crash kernel code on this arch (riscv64 before 5.13). */
     | 'no-crash-kernel'
    /** The kernel boots as a capture kernel (elfcorehdr=) and reserves nothing for another (riscv64 5.13 – 6.6). */
     | 'kdump-kernel';
} | {
    kind: 'reserved';
    main: CrashRegion;
    low?: CrashRegion | undefined;
    /** The main region was placed by a fallback attempt (e.g. above the low limit). */
    fellBack: boolean;
    /** Requested via `,high`. */
    high: boolean;
    fixed: boolean;
} | {
    kind: 'failed';
    size: PhysSize;
    reason: 'no-room' | 'low-failed' | 'fixed-in-use' | 'fixed-not-memory' | 'fixed-misaligned' | 'fixed-overlaps';
    /**
     * Every [start, end) window that was searched, in order: for `low-failed`, the main
     * region's windows and then the low part's, [0, CRASH_ADDR_LOW_MAX).
     */
    searched: PhysRange[];
    /**
     * For `no-room`: the largest free range inside the windows searched, as memblock stood
     * when the search failed; absent when they hold no free memory (noteLargestFree()).
     */
    largestFree?: PhysRange;
}
/**
 * The boot never finishes. `endless-retry`: the reservation retries a window it has searched
 * (an empty one, or the same one) forever.
 */
 | {
    kind: 'hang';
    cause: 'endless-retry';
    size: PhysSize;
    window: PhysRange;
}
/**
 * `early-param`: an early parameter's handler stops the boot in parse_early_param(), before
 * the reservation and the memblock setup (x86's memblock is still empty; arm64's and
 * riscv64's hold only the DT's memory nodes): a BUG_ON() or a NULL dereference, after which
 * the kernel halts or panics; or (x86, fault `panic`) e820__finish_early_params(), right after
 * parse_early_param(), refuses the table mem=/memmap= left and panics. Nothing after it runs,
 * so the result's zones, memblock and linear map are empty.
 */
 | {
    kind: 'hang';
    cause: 'early-param';
    param: string;
    fault: EarlyParamFault;
    /** The kernel file and function that faults, `lib/cmdline.c parse_option_str`. */
    at: string;
    /** The function alone, as the kernel's fault line (x86 `RIP:`, arm64 `pc :`) names it: `parse_option_str`. */
    fn: string;
};
export interface ZoneRange {
    name: 'DMA' | 'DMA32' | 'Normal' | 'Device';
    /** null = "empty". Inclusive end as the kernel prints it. */
    start: PhysAddr | null;
    end: PhysAddr | null;
}
/** Bytes of the linear map mapped at each granule ("4K", "4K-cont", "2M", "2M-cont", "1G" …). */
export type GranuleHistogram = Record<string, PhysSize>;
export interface LinearMapFacts {
    /** Why base pages are forced globally ([] = blocks allowed). */
    forcedBasePagesBy: string[];
    /** Forced only because of crashkernel= (the 2022 thread's problem). */
    forcedByCrashkernel: boolean;
    histogram: GranuleHistogram;
    /** Histogram restricted to each crash region, in address order. */
    crashHistogram: GranuleHistogram[];
    /**
     * Base pages that KFENCE may unmap later, at run time (one data page per freed object; 0
     * when KFENCE does not run). A walk of a running system shows up to this many fewer pages
     * in the base-page bucket than the boot-time map predicted here.
     */
    kfenceRuntimeUnmappablePages?: number;
    /** Memory used by last-level page tables of the linear map. */
    pageTableBytes: PhysSize;
    /** The same map if nothing forced base pages (for cost comparisons). */
    blockHistogram: GranuleHistogram;
    blockPageTableBytes: PhysSize;
}
/** riscv64's paging mode (satp's MODE field), named as /proc/cpuinfo's `mmu` line names it. */
export interface SatpModeFacts {
    mode: 'sv39' | 'sv48' | 'sv57';
    /**
     * What settled it: `cpu`, the deepest mode the CPU takes (`cpu.satpMode`, else `vaBits`);
     * `release`, the deepest the release sets (Sv39 up to 5.16, Sv48 in 5.17 – 5.18); `no4lvl`
     * or `no5lvl` on the command line (6.4+); `mmu-type`, the DT's cpu mmu-type (6.17.7+).
     */
    setBy: 'cpu' | 'release' | 'no4lvl' | 'no5lvl' | 'mmu-type';
}
export interface ProtectionFacts {
    /** arch_kexec_protect_crashkres() exists and works for this layout; false too where no crash kernel can be loaded (no region reserved, or a boot that panics after the reservation). */
    available: boolean;
    why: string;
}
export interface MemblockRegionSnapshot extends PhysRange {
    flags: number;
    /**
     * memblock_get_region_node(): the node memblock=debug's dump prints (" on node %d") when it
     * is a valid one (0 here), else MAX_NUMNODES or NUMA_NO_NODE (-1), which it prints nothing
     * for. Regions with different nodes are never merged.
     */
    nid?: number;
    /** What made the reservation (caller in memblock=debug terms), for reports. */
    owner?: string | undefined;
    /** What else memblock merged into this region (other owners), for reports. */
    alsoOwners?: readonly string[] | undefined;
}
/**
 * What a reservation variant records of the crashkernel= tokens, before simulate() turns an
 * absent option into `{ present: false }` (SimulationResult.request).
 */
export interface ParsedCrashkernelRequest {
    present: boolean;
    size?: PhysSize | undefined;
    base?: PhysAddr | undefined;
    high?: PhysSize | undefined;
    low?: PhysSize | undefined;
    /** `crashkernel=X,cma`, where the kernel reads it (x86_64 6.17+, arm64 and riscv64 7.3+). */
    cma?: PhysSize | undefined;
}
/**
 * What reserve_crashkernel_cma() did with `crashkernel=X,cma` (x86_64 6.17+, arm64 and
 * riscv64 7.3+): CMA areas for the crash kernel besides the main reservation, which the
 * running kernel lends to movable allocations until a crash.
 */
export interface CrashkernelCma {
    /** The size asked for. */
    requested: PhysSize;
    /** What the kernel counts as reserved (the sizes it asked for); below `requested` it prints "crashkernel CMA reservation failed". */
    reserved: PhysSize;
    /** The areas (crashk_cma_ranges[]), each as large as the CMA area: rounded up to the CMA alignment. At most four. */
    ranges: PhysRange[];
    /** A kernel without CONFIG_CMA reserves nothing ("crashkernel CMA reservation not supported"). */
    unsupported?: true;
}
/**
 * The boot panics after the crash reservation: the reservation's lines are out, but the
 * kernel never gets to start a shell, let alone load a crash kernel.
 * `node-without-pgdat` (in setup_arch()): x86's numa_register_memblks() gave a node with
 * memory no pg_data_t (it spans less than NODE_MIN_SIZE), free_area_init() set up only the
 * online nodes, and memmap_init() reads the node's NODE_DATA() through NULL ("BUG: kernel
 * NULL pointer dereference"; the fault line names memmap_init, or free_area_init where it is
 * inlined).
 * `no-real-mode-trampoline` (in the early initcall after setup_arch()): x86's
 * reserve_real_mode() found no free memory under 1 MiB, and init_real_mode() panics ("Real
 * mode trampoline was not allocated").
 */
export type BootPanic = NodeWithoutPgdatPanic | NoRealModeTrampolinePanic;
/** A NUMA node without a pg_data_t (see BootPanic). */
export interface NodeWithoutPgdatPanic {
    cause: 'node-without-pgdat';
    /** The node left without a pg_data_t. */
    nid: number;
    /** Its memory in memblock.memory, in bytes. */
    memory: PhysSize;
    /** The kernel file and function that faults. */
    at: string;
    /** The function alone, as the kernel's fault line names it. */
    fn: string;
}
/** No real-mode trampoline under 1 MiB (see BootPanic). */
export interface NoRealModeTrampolinePanic {
    cause: 'no-real-mode-trampoline';
    /** The kernel file and function that panics. */
    at: string;
    /** The function alone. */
    fn: string;
}
export interface SimulationResult {
    arch: Arch;
    kernel: string;
    policy: string;
    crashkernel: CrashkernelOutcome;
    /**
     * crashkernel= tokens and what the parser made of them; with no crashkernel= in the part of
     * the command line the kernel keeps (params.ts bootCommandLine()), only `present: false`. `base` is the kernel's crash_base: 0 both without `@offset`
     * and for `@0` (every generation treats a crash_base of 0 as "no fixed base").
     */
    request: {
        present: false;
        size?: never;
        base?: never;
        high?: never;
        low?: never;
        cma?: never;
    } | {
        present: true;
        size?: PhysSize | undefined;
        base?: PhysAddr | undefined;
        high?: PhysSize | undefined;
        low?: PhysSize | undefined;
        /** `crashkernel=X,cma`, where the kernel reads it (x86_64 6.17+, arm64 and riscv64 7.3+). */
        cma?: PhysSize | undefined;
    };
    /**
     * The `crashkernel=X,cma` areas, where the kernel reserves them (x86_64 6.17+, arm64 and
     * riscv64 7.3+: after the main reservation, whether that succeeded or failed). Absent
     * without a `,cma` size or when crashkernel= is ignored.
     */
    crashkernelCma?: CrashkernelCma;
    zones: ZoneRange[];
    /**
     * The zone lines exactly as printed ("Zone ranges:" block); none where the boot hangs in the
     * crash reservation before printing them (from 7.0, and on x86_64, the block follows it).
     */
    zoneLines: string[];
    /**
     * Where free_area_init() printed `zoneLines` among the other lines: before `trace[zoneLinesAt]`
     * (`trace.length` when nothing of the trace follows them). Up to 6.x on arm64 and riscv64
     * the block comes before the deferred crash reservation's lines, on x86_64 and from 7.0 after
     * them. dmesgOf() (trace.ts) puts the two together in that order.
     */
    zoneLinesAt: number;
    /** CRASH_ADDR_LOW_MAX and CRASH_ADDR_HIGH_MAX in force. */
    lowMax: PhysAddr;
    highMax: PhysAddr;
    systemRam: PhysSize;
    /** memblock.memory and memblock.reserved at the end of the simulation. */
    memory: MemblockRegionSnapshot[];
    reserved: MemblockRegionSnapshot[];
    linearMap?: LinearMapFacts;
    /** riscv64: the paging mode the kernel runs in; absent on the other architectures and where the boot stops in parse_early_param(). */
    satpMode?: SatpModeFacts;
    protection: ProtectionFacts;
    /**
     * x86: /proc/meminfo's direct-map counters in kB, keyed as printed ("DirectMap4k",
     * "DirectMap2M", "DirectMap1G" — the last only with GB pages).
     */
    directMapKb?: Record<string, number> | undefined;
    /** 2M pages the page allocator may split after boot beyond those predicted (see X86DirectMapPolicy). */
    directMapRuntimeSplits2M?: number;
    /** The boot panics after the reservation (see BootPanic); absent when it does not. */
    panic?: BootPanic;
    /** dmesg-like events in boot order. */
    trace: TraceEvent[];
}
