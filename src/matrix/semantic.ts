// SPDX-License-Identifier: GPL-2.0-only
/**
 * Checks the schema cannot express: they need the decoded numbers (overlaps, containment,
 * alignment). Each returns problems located at the value to change; none throws.
 */
import { fmtPhys, fmtSize, U64_LIMIT } from './size.js'
import type { JsonPointer } from '../report/types.js'
import { child } from './merge.js'
import type { SemanticProblem } from './types.js'

/** A decoded range with its origin. */
export interface PlacedRange {
  /** What it is, for messages: `bank 2`, `reservation "linux,cma"`, `kernel image`. */
  what: string
  base: bigint
  size: bigint
  /** The object holding base and size. */
  pointer: JsonPointer
}

const SZ_2M = 2n << 20n
const SZ_1M = 1n << 20n

/** Banks must not overlap (memblock would merge them silently, hiding a typo). */
export function checkOverlaps(banks: readonly PlacedRange[]): SemanticProblem[] {
  const problems: SemanticProblem[] = []
  banks.forEach((bank, i) => {
    for (const other of banks.slice(0, i)) {
      if (bank.base < other.base + other.size && other.base < bank.base + bank.size) {
        problems.push({
          messageId: 'overlappingBanks',
          data: { what: bank.what, start: fmtPhys(bank.base), end: fmtPhys(bank.base + bank.size), other: other.what, otherStart: fmtPhys(other.base), otherEnd: fmtPhys(other.base + other.size) },
          pointer: child(bank.pointer, 'base'),
          target: 'value',
        })
        break
      }
    }
  })
  return problems
}

/**
 * Why a blob may not lie inside the kernel image, per architecture: the size the image
 * occupies is the kernel's own working space, not just the bytes the boot loader copied.
 */
const IMAGE_OVERLAP_REASON: Record<string, string> = {
  // Documentation/arch/arm64/booting.rst (6.12, 7.2) "Call the kernel image"; the kernel
  // zeroes its BSS there before anything else (5.10/6.1 head.S __primary_switched,
  // 6.12/7.2 pi/map_kernel.c early_map_kernel) and reserves [_text, _end) (arm64_memblock_init).
  arm64: 'the arm64 boot protocol leaves image_size bytes from the image start to the kernel, which clears its BSS there',
  // Documentation/arch/x86/boot.rst init_size: the decompressor writes the kernel there.
  x86_64: 'the kernel decompresses itself into init_size bytes from its load address',
  // arch/riscv/mm/init.c setup_bootmem(): [_start, _end) up to the next PMD boundary is the kernel's.
  riscv64: 'the kernel reserves its image up to the next 2 MiB boundary as its own',
}

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
export function checkPlacementOverlap(placed: PlacedRange, other: PlacedRange, arch: string): SemanticProblem[] {
  if (!(placed.base < other.base + other.size && other.base < placed.base + placed.size)) return []
  const fromPreset = (r: PlacedRange): boolean => r.pointer.endsWith('/extends')
  const [at, by] = fromPreset(placed) && !fromPreset(other) ? [other, placed] : [placed, other]
  const reason = other.what.includes('kernel image') ? (IMAGE_OVERLAP_REASON[arch] ?? 'the kernel needs its image to itself') : 'one overwrites the other when the boot loader loads them'
  return [{
    messageId: 'overlappingPlacements',
    data: { what: at.what, start: fmtPhys(at.base), end: fmtPhys(at.base + at.size), other: by.what, otherStart: fmtPhys(by.base), otherEnd: fmtPhys(by.base + by.size), reason },
    pointer: child(at.pointer, 'base'),
    target: 'value',
  }]
}

/** Ranges must be non-empty and end within 64 bits. */
export function checkRangeBounds(range: PlacedRange): SemanticProblem[] {
  if (range.size === 0n) return [{ messageId: 'emptyRange', data: { what: range.what }, pointer: child(range.pointer, 'size'), target: 'value' }]
  if (range.base + range.size > U64_LIMIT) {
    return [{ messageId: 'valueOutOfRange', data: { what: `${range.what} end`, value: `0x${(range.base + range.size).toString(16)}` }, pointer: child(range.pointer, 'size'), target: 'value' }]
  }
  return []
}

/** The part of `region` not covered by any bank, or undefined when it lies inside RAM. */
function uncovered(region: PlacedRange, banks: readonly PlacedRange[]): { base: bigint; size: bigint } | undefined {
  let cursor = region.base
  const end = region.base + region.size
  const sorted = [...banks].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  for (const bank of sorted) {
    if (bank.base > cursor) break
    if (bank.base + bank.size > cursor) cursor = bank.base + bank.size
    if (cursor >= end) return undefined
  }
  // The first uncovered byte is `cursor`; report up to the next bank or the region's end.
  const next = sorted.find((b) => b.base > cursor)
  const stop = next && next.base < end ? next.base : end
  return { base: cursor, size: stop - cursor }
}

/** A fixed region (reservation, image, initrd, DTB) must lie inside RAM. */
export function checkInsideRam(region: PlacedRange, banks: readonly PlacedRange[]): SemanticProblem[] {
  const gap = uncovered(region, banks)
  if (!gap) return []
  return [{
    messageId: 'outsideRam',
    data: { what: region.what, start: fmtPhys(region.base), end: fmtPhys(region.base + region.size), gapStart: fmtPhys(gap.base), gapEnd: fmtPhys(gap.base + gap.size) },
    pointer: child(region.pointer, 'base'),
    target: 'value',
  }]
}

/**
 * arm64: the physical address space ends at 2^PHYS_MASK_SHIFT (the layout's paBits), and
 * arm64_memblock_init() removes every byte of memory from there up, silently
 * (`memblock_remove(1ULL << PHYS_MASK_SHIFT, ULLONG_MAX)`, arch/arm64/mm/init.c@v5.10.223:331,
 * @v6.12.117:205, @v7.2.13:212). A kernel image past it cannot run at all (an error, which
 * keeps the layout from the engine, whose CK004 would otherwise blame crashkernel= for the
 * 0 bytes of RAM left); a bank past it loses that part (a warning: the kernel boots on the
 * rest). `why` says where the bits come from when the CPU lowered them.
 */
export function checkPhysLimit(image: PlacedRange, banks: readonly PlacedRange[], paBits: number, kernel: string, why: string): { image: SemanticProblem[]; banks: SemanticProblem[] } {
  const limit = 1n << BigInt(paBits)
  const data = (r: PlacedRange): Record<string, string> => ({ what: r.what, start: fmtPhys(r.base), end: fmtPhys(r.base + r.size), limit: fmtPhys(limit), bits: String(paBits), kernel, why })
  const past = (r: PlacedRange): boolean => r.base + r.size > limit
  return {
    image: past(image) ? [{ messageId: 'imageBeyondPhysLimit', data: data(image), pointer: child(image.pointer, 'base'), target: 'value' }] : [],
    banks: banks.filter(past).map((b) => ({
      messageId: 'ramBeyondPhysLimit',
      data: { ...data(b), lost: fmtSize(b.base >= limit ? b.size : b.base + b.size - limit) },
      pointer: child(b.pointer, 'base'),
      target: 'value',
    })),
  }
}

/**
 * A bank must start on a page boundary. Its size may be ragged (e820's first bank ends at
 * 0x9fc00 on every PC; memblock copes), but an unaligned base is almost always a typo.
 */
export function checkPageAligned(bank: PlacedRange, pageSize: bigint): SemanticProblem[] {
  if (bank.base % pageSize === 0n) return []
  return [{ messageId: 'notPageAligned', data: { what: `${bank.what} base`, value: `0x${bank.base.toString(16)}`, pageSize: fmtSize(pageSize) }, pointer: child(bank.pointer, 'base'), target: 'value' }]
}

/** arm64, riscv64 (PMD) and x86 (kernel_alignment) all want a 2 MiB aligned image. */
export function checkImageAlignment(image: PlacedRange, arch: string): SemanticProblem[] {
  if (image.base % SZ_2M === 0n) return []
  const aligned = fmtPhys(image.base - (image.base % SZ_2M) + SZ_2M)
  // Why the booti note: NXP's U-Boot environment loads the arm64 Image at an unaligned loadaddr
  // (0x40480000), and booti moves it before the kernel runs (U-Boot arch/arm/lib/image.c): to
  // ALIGN(addr, 2 MiB) + text_offset (0 since 5.8) without LMB, to a free 2 MiB aligned
  // block LMB picks with it, and it prints where ("Moving Image from … to …").
  const base = `0x${image.base.toString(16)}`
  const where = arch === 'arm64' ? `U-Boot's booti prints it, "Moving Image from ${base} to …"; without LMB that is ${aligned}, the next 2 MiB boundary up` : `${aligned} is the next 2 MiB boundary up`
  return [{ messageId: 'imageMisaligned', data: { base: fmtPhys(image.base), arch, where }, pointer: child(image.pointer, 'base'), target: 'value' }]
}

/**
 * A DMA limit is the last address reached, inclusive, as the kernel computes it from
 * `dma-ranges` (drivers/of/address.c:981 in 6.12, `cpu_addr + size - 1`), so a real one ends
 * in all-ones bits (0x3fffffff, 0xffffffff). A limit that is a power of two from 1 MiB up is
 * an end written exclusive ("4G" for a 32-bit device): read as given it reaches one byte more,
 * and on arm64 up to 6.11 fls64() of it (arch/arm64/mm/init.c:222 in 6.1) doubles ZONE_DMA.
 * Other round values (0xec000000) stay allowed: a what-if may put a reach on a region's edge.
 */
export function checkInclusiveLimit(value: bigint, what: string, pointer: JsonPointer): SemanticProblem[] {
  if (value < SZ_1M || (value & (value - 1n)) !== 0n) return []
  return [{ messageId: 'limitNotInclusive', data: { what, value: `0x${value.toString(16)}`, last: `0x${(value - 1n).toString(16)}`, reach: fmtSize(value) }, pointer, target: 'value' }]
}

/** A DT `alignment` must be a power of two (0 = absent). */
export function checkAlignment(value: bigint, pointer: JsonPointer): SemanticProblem[] {
  if (value === 0n || (value & (value - 1n)) === 0n) return []
  return [{ messageId: 'alignNotPowerOfTwo', data: { value: `0x${value.toString(16)}` }, pointer, target: 'value' }]
}
