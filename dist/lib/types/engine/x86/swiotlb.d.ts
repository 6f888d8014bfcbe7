/**
 * 'io_tlb_nslabs': 5.10 – 5.11 (0 = the 64 MiB default, `noforce` sets one slab;
 *   kernel/dma/swiotlb.c@v5.11:113-130,155-162);
 * 'default_nslabs-no-areas': 5.13 – 5.19: default_nslabs starts at the 64 MiB default and
 *   `swiotlb=` overwrites it (0 is 0), `noforce` leaves it, no area count
 *   (kernel/dma/swiotlb.c@v5.13:74,77-92,109-112, @v5.19:72,75-90,101-104; 5.12 is not at hand);
 * 'default_nslabs': 6.x (a second number is the area count, which may round the slabs up;
 *   swiotlb_adjust_nareas() in v6.0:120,147, not in v5.19);
 * 'default_nslabs-saturating': 7.x, the same with simple_strtoul() saturating.
 */
export type SwiotlbGeneration = 'io_tlb_nslabs' | 'default_nslabs-no-areas' | 'default_nslabs' | 'default_nslabs-saturating';
/**
 * Engine helper (no kernel counterpart): what setup_io_tlb_npages() prints for each `swiotlb=`
 * token, by its parseEarlyParams() index (6.x+: the area count, and the rounded-up size;
 * 5.10 – 5.19 print nothing). A bare `swiotlb` faults instead (early-params.ts).
 */
export declare function swiotlbEarlyParamLines(cmdline: string, gen: SwiotlbGeneration): Array<string[] | undefined>;
/**
 * Mirrors swiotlb_size_or_default() — kernel/dma/swiotlb.c (v5.10.223:154, v6.12.117:208).
 * swiotlb_size_or_default() after every `swiotlb=` early parameter, in order: the bounce
 * buffer size the crash reservation sees.
 */
export declare function swiotlbSizeOrDefault(cmdline: string, gen: SwiotlbGeneration): bigint;
/**
 * Mirrors crash_low_size_default() — arch/x86/include/asm/crash_reserve.h (v6.12.117:33; in reserve_crashkernel_low(), arch/x86/kernel/setup.c v5.10.223:458).
 * The x86_64 default low size of the crash kernel: max(swiotlb_size_or_default() + 8 MiB,
 * 256 MiB) (reserve_crashkernel_low() up to 6.6, crash_low_size_default() from 6.7).
 */
export declare function crashLowSizeDefault(cmdline: string, gen: SwiotlbGeneration): bigint;
