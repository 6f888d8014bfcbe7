import type { JsonPointer } from '../report/types.js';
import type { SemanticProblem } from './types.js';
/** A decoded range with its origin. */
export interface PlacedRange {
    /** What it is, for messages: `bank 2`, `reservation "linux,cma"`, `kernel image`. */
    what: string;
    base: bigint;
    size: bigint;
    /** The object holding base and size. */
    pointer: JsonPointer;
}
/** Banks must not overlap (memblock would merge them silently, hiding a typo). */
export declare function checkOverlaps(banks: readonly PlacedRange[]): SemanticProblem[];
/**
 * Two boot-loader placements (kernel image, initrd, DTB) must not share a byte: the later
 * one is overwritten or overwrites, and memblock merges the two reservations silently, so a
 * simulation of that boot means nothing. Reported at `placed` (the blob to move), unless it
 * comes from a preset and `other` is set in the file: then at `other`, the value the file has.
 *
 * @param placed - the initrd or DTB
 * @param other - the kernel image (its size is the kernel release's) or the initrd
 * @param arch - for the reason an image overlap breaks the boot
 */
export declare function checkPlacementOverlap(placed: PlacedRange, other: PlacedRange, arch: string): SemanticProblem[];
/** Ranges must be non-empty and end within 64 bits. */
export declare function checkRangeBounds(range: PlacedRange): SemanticProblem[];
/** A fixed region (reservation, image, initrd, DTB) must lie inside RAM. */
export declare function checkInsideRam(region: PlacedRange, banks: readonly PlacedRange[]): SemanticProblem[];
/**
 * arm64: the physical address space ends at 2^PHYS_MASK_SHIFT (the layout's paBits), and
 * arm64_memblock_init() removes every byte of memory from there up, silently
 * (`memblock_remove(1ULL << PHYS_MASK_SHIFT, ULLONG_MAX)`, arch/arm64/mm/init.c@v5.10.223:331,
 * @v6.12.117:205, @v7.2.13:212). A kernel image past it cannot run at all (an error, which
 * keeps the layout from the engine, whose CK004 would otherwise blame crashkernel= for the
 * 0 bytes of RAM left); a bank past it loses that part (a warning: the kernel boots on the
 * rest). `why` says where the bits come from when the CPU lowered them.
 */
export declare function checkPhysLimit(image: PlacedRange, banks: readonly PlacedRange[], paBits: number, kernel: string, why: string): {
    image: SemanticProblem[];
    banks: SemanticProblem[];
};
/**
 * A bank must start on a page boundary. Its size may be ragged (e820's first bank ends at
 * 0x9fc00 on every PC; memblock copes), but an unaligned base is almost always a typo.
 */
export declare function checkPageAligned(bank: PlacedRange, pageSize: bigint): SemanticProblem[];
/** arm64, riscv64 (PMD) and x86 (kernel_alignment) all want a 2 MiB aligned image. */
export declare function checkImageAlignment(image: PlacedRange, arch: string): SemanticProblem[];
/**
 * A DMA limit is the last address reached, inclusive, as the kernel computes it from
 * `dma-ranges` (drivers/of/address.c:981 in 6.12, `cpu_addr + size - 1`), so a real one ends
 * in all-ones bits (0x3fffffff, 0xffffffff). A limit that is a power of two from 1 MiB up is
 * an end written exclusive ("4G" for a 32-bit device): read as given it reaches one byte more,
 * and on arm64 up to 6.11 fls64() of it (arch/arm64/mm/init.c:222 in 6.1) doubles ZONE_DMA.
 * Other round values (0xec000000) stay allowed: a what-if may put a reach on a region's edge.
 */
export declare function checkInclusiveLimit(value: bigint, what: string, pointer: JsonPointer): SemanticProblem[];
/** A DT `alignment` must be a power of two (0 = absent). */
export declare function checkAlignment(value: bigint, pointer: JsonPointer): SemanticProblem[];
