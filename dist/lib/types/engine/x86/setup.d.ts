import { type ArchBootResult } from '../boot.js';
import { type SplitBoot } from '../boot-prefix.js';
import { type Memblock } from '../memblock/memblock.js';
import type { Memparse } from '../memparse.js';
import type { KernelPolicy, X86Policy } from '../policies/types.js';
import { Trace } from '../trace.js';
import type { Layout, PhysAddr, PhysRange, PhysSize } from '../types.js';
import { freeAreaInit, type FreeAreaInitNodes } from '../zones.js';
import { type E820Ram } from './e820.js';
import { type InitMemMappingState } from './init-mem-mapping.js';
/** CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX of x86_64 (arch/x86/include/asm/crash_reserve.h, setup.c ≤6.6). */
export declare const X86_CRASH_ADDR_LOW_MAX: bigint;
export declare const X86_CRASH_ADDR_HIGH_MAX: bigint;
/** MAX_DMA_PFN / MAX_DMA32_PFN as addresses. */
export declare const X86_MAX_DMA: bigint;
export declare const X86_MAX_DMA32: bigint;
/**
 * Mirrors cmdline_find_option(cmdline, option, NULL, 0) — arch/x86/lib/cmdline.c: the length
 * of the value of the last word that starts `option=`, or -1 when there is none. Words are
 * split at any byte up to ' ' (myisspace()); a bare `option` without '=' is not found.
 * @kernel arch/x86/lib/cmdline.c __cmdline_find_option (v5.10.223)
 */
export declare function cmdlineFindOption(cmdline: string, option: string): number;
/** Where the parts of the kernel image lie (kernelImage()). */
interface KernelImage {
    /** [_text, __end_of_kernel_reserve): what early_reserve_memory() reserves. */
    reserve: PhysRange;
    /** The brk in use, [__brk_base, _brk_end): what reserve_brk() reserves (size 0: none). */
    brk: PhysRange;
    /** early_alloc_pgt_buf()'s buffer, the last brk user. */
    pgtBuf: PhysAddr;
    /** _end: the .brk section's end, the image e820_add_kernel_range() makes RAM. */
    end: PhysAddr;
}
/**
 * Mirrors efi_reserve_boot_services() — arch/x86/platform/efi/quirks.c: on a boot through
 * the EFI stub, each boot-services code or data region of the EFI memory map (which the stub
 * handed over as e820 RAM) is memblock_reserve()d, in map order, unless some part of it is
 * reserved already (memblock_is_region_reserved(): the kernel image, the initrd, an EFI table
 * such as the map itself or the memory attributes table); a skipped region keeps whatever of
 * it is free. Silent. They are freed only by efi_free_boot_services(), from start_kernel(),
 * after the crash reservation. Whether the kernel may free a region later (can_free_region())
 * changes nothing before it.
 * @kernel arch/x86/platform/efi/quirks.c efi_reserve_boot_services (v5.10.223, v6.1.192,
 *         v6.12.117:324-379, v7.2.13); arch/x86/kernel/setup.c setup_arch (v6.12.117:1010)
 */
export declare function efiReserveBootServices(mb: Memblock, regions: readonly PhysRange[]): void;
/**
 * Mirrors parse_reservelow() (≤5.12): how much trim_low_memory_range() reserves from 0,
 * CONFIG_X86_RESERVE_LOW (64K) unless `reservelow=` says otherwise; each value is memparse()d
 * and kept within [4K, 640K], and the last one wins.
 * @kernel arch/x86/kernel/setup.c parse_reservelow, trim_low_memory_range (v5.10.223)
 */
export declare function reserveLow(cmdline: string, memparse: Memparse): PhysSize;
/**
 * Mirrors zone_sizes_init(): DMA up to 16 MiB, DMA32 up to 4 GiB, Normal up to max_pfn
 * (max_low_pfn == max_pfn on x86_64 by then), then free_area_init()'s "Zone ranges:" block,
 * with `nodes` the possible nodes and their online state from NUMA init (X86Prefix.zoneNodes).
 * @kernel arch/x86/mm/init.c zone_sizes_init (v5.10–v6.12), arch_zone_limits_init (v7.2)
 */
export declare function zoneSizesInit(mb: Memblock, layout: Layout, maxPfnAddr: PhysAddr, policy: KernelPolicy, nodes: FreeAreaInitNodes['nodes']): ReturnType<typeof freeAreaInit>;
/**
 * Mirrors probe_page_size_mask(): 2M pages with PSE unless debug_pagealloc is on, 1G pages when
 * direct_gbpages (CONFIG_X86_DIRECT_GBPAGES, `gbpages`/`nogbpages`) and the CPU has GBPAGES.
 * @kernel arch/x86/mm/init.c probe_page_size_mask
 */
export declare function probePageSizeMask(layout: Layout, policy: KernelPolicy): {
    use2M: boolean;
    use1G: boolean;
};
/** What x86_64's boot has done when reserve_crashkernel() comes. */
interface X86Prefix {
    mb: Memblock;
    /** numa=fake= made fake nodes (numa_emulation()). */
    numaEmulated: boolean;
    maxPfnAddr: PhysAddr;
    pageSizes: {
        use2M: boolean;
        use1G: boolean;
    };
    /**
     * What finish() reads of init_mem_mapping()'s state: not its memblock, which is the one
     * finish() goes on with (a kept prefix holding it would keep that boot's memblock alive).
     */
    mapping: Pick<InitMemMappingState, 'tables' | 'topDownProbe' | 'memblockPages' | 'maxPfnMapped'>;
    trampoline: PhysAddr;
    nodeData: PhysAddr;
    /**
     * node_possible_map as free_area_init() finds it: the SRAT's nodes, CPU-only ones too, online
     * only those numa_register_memblks() / numa_register_nodes() brought up (onlineNodes(); the
     * others come online in init_cpu_to_node(), after it). None without an SRAT.
     */
    zoneNodes: FreeAreaInitNodes['nodes'];
    /** zone_sizes_init() on the prefix's memblock.memory (the reservation leaves it as it is). */
    zoneBlock: ReturnType<typeof freeAreaInit>;
    /** The default CMA area dma_contiguous_reserve() placed, if any. */
    defaultCma: PhysRange | undefined;
    /** The hugetlb_cma= areas (hugetlb-cma.ts), in the order they were placed. */
    hugetlbCma: readonly PhysRange[];
    /** dma_numa_cma_reserve()'s per-node areas (cma.ts), in the order they were placed. */
    numaCma: readonly PhysRange[];
}
/** What setup_arch()'s e820 steps leave (x86E820Setup()). */
export interface X86E820 {
    /** The firmware's RAM entries (before the command line), for reserve_bios_regions(). */
    firmwareRam: E820Ram;
    /** The RAM entries e820__memblock_setup() adds to memblock.memory. */
    ram: E820Ram;
    /** The ACPI-data entries the table ends with (e820__end_of_ram_pfn() counts them from 6.11). */
    acpi: E820Ram;
    /** The soft-reserved entries e820__memblock_setup() reserves. */
    softReserved: readonly PhysRange[];
    /** PFN_PHYS(max_pfn): e820__end_of_ram_pfn() after trim_bios_range(). */
    maxPfnAddr: PhysAddr;
    /** The kernel image as e820_add_kernel_range() and early_reserve_memory() see it. */
    image: KernelImage;
}
/**
 * setup_arch()'s e820 steps, in its order: e820__memory_setup() (the firmware's table), the
 * mem= and memmap= handlers of parse_early_param() and e820__finish_early_params(),
 * e820_add_kernel_range() (its warning to `trace`), trim_bios_range(), then max_pfn =
 * e820__end_of_ram_pfn(). test/fuzz/kernel-e820.test.ts replays the compiled kernel's at this
 * boundary.
 * @kernel arch/x86/kernel/setup.c setup_arch (v5.10.223:886-1015, v6.1.192:950-1072,
 *         v6.12.117:836-947, v7.2.13:963-1036); arch/x86/kernel/e820.c
 */
export declare function x86E820Setup(layout: Layout, policy: KernelPolicy, trace: Trace): X86E820;
/** x86_64's boot split at the crash reservation (boot-prefix.ts). */
export declare const x86SplitBoot: SplitBoot<X86Prefix>;
/**
 * Engine helper (no kernel counterpart): the x86_64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs x86_64 boot up to and including the crash reservation, then zones and the direct map.
 */
export declare function x86Boot(layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult;
/**
 * Mirrors cmdline_find_option_bool() — arch/x86/lib/cmdline.c (the boot code's copy in
 * arch/x86/boot/cmdline.c): is `option` a whole word of the command line? Words are split at
 * any byte up to ' ' (myisspace()), so `no5lvl=1` or `xno5lvl` is not the word `no5lvl`.
 * @kernel arch/x86/lib/cmdline.c __cmdline_find_option_bool (v6.12.117:32-110)
 */
export declare function cmdlineFindOptionBool(cmdline: string, option: string): boolean;
/**
 * MAX_PHYSMEM_BITS of the paging mode the decompressor chose: 52 with 5-level paging, else 46
 * (MAXMEM, where e820__end_of_ram_pfn() stops max_pfn).
 * @kernel arch/x86/include/asm/sparsemem.h MAX_PHYSMEM_BITS (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export declare function x86MaxPhysmemBits(layout: Layout, pol: X86Policy): bigint;
export {};
