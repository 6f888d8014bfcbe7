// SPDX-License-Identifier: GPL-2.0-only
/**
 * riscv64 kernel page tables as far as they cost memblock memory before the crash
 * reservation: the linear map and the kernel mapping that setup_vm_final() builds in
 * swapper_pg_dir, and the vmemmap tables sparse_init() adds (≤6.x). Every table page a
 * walk finds missing is allocated on the spot, top-down, exactly when the kernel allocates
 * it; the leaves of the linear map are kept for the granule histogram.
 *
 * Only the presence of table entries matters here, so an entry is 'table' (points to a
 * next-level table) or 'leaf' (maps a block); the tables themselves hold no data.
 *
 * swapperPgDir() keeps them run-length encoded (mmu-fast.ts) and the mapping functions below
 * map each run of equal steps at once: the cost grows with the number of ranges, not with
 * RAM. The per-entry walk (one Map key per entry, one createPgdMapping() per step, O(leaves))
 * stays here as the exact reference: it runs on the tables of swapperPgDirReference() and on
 * any table whose `entries` have been read; mmu-fast.test.ts compares the two.
 *
 * @kernel arch/riscv/mm/init.c setup_vm_final, create_pgd_mapping, create_p4d_mapping,
 *         create_pud_mapping, create_pmd_mapping, best_map_size, create_linear_mapping_range,
 *         create_linear_mapping_page_table, create_kernel_page_table, vmemmap_populate
 *         (v6.12.117, v7.2.13); best_map_size, setup_vm_final (v6.1.192);
 *         arch/riscv/include/asm/page.h, pgtable.h, pgtable-64.h; mm/sparse-vmemmap.c
 *         vmemmap_populate_hugepages (v6.12.117)
 */
import { min } from '../phys.js'
import type { PhysAddr, PhysSize } from '../types.js'
import { createPgdMapping as createPgdMappingRuns, createPgdMappingAt, createPgdMappings, createPgdMappingsAt, entriesView, markTable, newBuf, newRunLengthPgDir, type RunLengthPgDir } from './mmu-fast.js'

export const RISCV_PAGE_SHIFT = 12n
export const RISCV_PAGE_SIZE: PhysSize = 1n << RISCV_PAGE_SHIFT
/** PMD_SIZE on rv64 (4K pages): 2 MiB. Also CRASH_ALIGN and the kernel reservation's rounding. */
export const RISCV_PMD_SIZE: PhysSize = 1n << 21n

/** PAGE_OFFSET_L5/L4/L3 (arch/riscv/include/asm/page.h): the base of the linear map per mode. */
const PAGE_OFFSET_BY_LEVELS: Record<RiscvPagingLevels, bigint> = {
  5: 0xff60000000000000n,
  4: 0xffffaf8000000000n,
  3: 0xffffffd600000000n,
}
/** KERNEL_LINK_ADDR on rv64: ADDRESS_SPACE_END - SZ_2G + 1 (no KASLR in Debian's builds). */
export const KERNEL_LINK_ADDR = 0xffffffff80000000n
/** STRUCT_PAGE_MAX_SHIFT: sizeof(struct page) = 64 on rv64. */
const STRUCT_PAGE_MAX_SHIFT = 6n
/** sizeof(struct page), 1 << STRUCT_PAGE_MAX_SHIFT: vmemmapPopulate() multiplies by it (a BigInt shift is a runtime call). */
export const STRUCT_PAGE_BYTES = 1n << STRUCT_PAGE_MAX_SHIFT

export type RiscvPagingLevels = 3 | 4 | 5

/** One run of the linear map mapped with one granule. */
export interface LinearLeafRun {
  base: PhysAddr
  size: PhysSize
  /** Leaf size: 4K, 2M, 1G, 512G or (6.4 – 6.7's Sv57 PGD leaves) 256T. */
  granule: PhysSize
}

/** swapper_pg_dir as the boot builds it: which entries exist, and what the linear map used. */
export interface RiscvPageTables {
  levels: RiscvPagingLevels
  /** Entry shift of each level from the PGD down to the PTE (e.g. 48, 39, 30, 21, 12 for Sv57); fixed per mode. */
  readonly shifts: readonly bigint[]
  pageOffset: bigint
  /** phys_ram_base: __va(pa) = pa - physRamBase + pageOffset. */
  physRamBase: PhysAddr
  /**
   * `${shift}:${va >> shift}` → state of that entry. On swapperPgDir()'s tables, a view of the
   * run-length levels built when first read (the table is mapped per entry from then on).
   */
  entries: Map<string, 'table' | 'leaf'>
  /** Linear-map leaves in mapping order (adjacent runs of one granule merged). */
  linear: LinearLeafRun[]
}

/**
 * Allocates `count` zeroed table pages (pt_ops.alloc_* or vmemmap_alloc_block_zero) as
 * `count` one-page calls one after the other would; PTE tables when `lastLevel`. (Counted
 * so that the linear map of a huge bank, a table page per GiB with 2 MiB blocks and 513 with
 * 4 KiB pages, is not a memblock call per page.)
 */
export type TableAlloc = (lastLevel: boolean, count: number) => void

/**
 * Engine helper (no kernel counterpart): picks the paging mode from the configured VA bits.
 * The paging mode from the kernel's VA_BITS (57 → Sv57, 48 → Sv48, otherwise Sv39).
 */
export function pagingLevels(vaBits: number): RiscvPagingLevels {
  return vaBits >= 57 ? 5 : vaBits >= 48 ? 4 : 3
}

/**
 * Mirrors PGDIR_SHIFT — arch/riscv/include/asm/pgtable-64.h (a macro; v6.12.117:16-19).
 * The PGD entry shift of a mode: PGDIR_SHIFT (48 / 39 / 30).
 */
export const pgdirShift = (levels: RiscvPagingLevels): bigint => 12n + 9n * BigInt(levels - 1)

/**
 * Mirrors KERN_VIRT_SIZE — arch/riscv/include/asm/pgtable.h (a macro; v6.12.117:37).
 * KERN_VIRT_SIZE = (PTRS_PER_PGD / 2 * PGDIR_SIZE) / 2: the largest linear map.
 */
export const kernVirtSize = (levels: RiscvPagingLevels): PhysSize => KERN_VIRT_SIZE[levels]
/** kernVirtSize() per mode, computed once (setup_bootmem() asks on every boot). */
const KERN_VIRT_SIZE: Record<RiscvPagingLevels, PhysSize> = {
  3: 1n << (pgdirShift(3) + 7n),
  4: 1n << (pgdirShift(4) + 7n),
  5: 1n << (pgdirShift(5) + 7n),
}

/**
 * Mirrors VMEMMAP_START — arch/riscv/include/asm/pgtable.h (a macro; v6.12.117:84, VMALLOC_START :41).
 * VMEMMAP_START = VMALLOC_START - VMEMMAP_SIZE, VMALLOC_START = PAGE_OFFSET - KERN_VIRT_SIZE / 2.
 */
export function vmemmapStart(levels: RiscvPagingLevels): bigint {
  const vaBits = BigInt(3 * 9 + 12) + 9n * BigInt(levels - 3)
  const vmallocStart = PAGE_OFFSET_BY_LEVELS[levels] - kernVirtSize(levels) / 2n
  return vmallocStart - (1n << (vaBits - RISCV_PAGE_SHIFT - 1n + STRUCT_PAGE_MAX_SHIFT))
}

/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (swapper_pg_dir at its start; v6.12.117:1357).
 * swapper_pg_dir at the start of setup_vm_final(): empty but for the fixmap entry, which
 * points at the statically allocated fixmap_p4d/pud/pmd (create_pgd_mapping(swapper_pg_dir,
 * FIXADDR_START, fixmap_pgd_next, PGDIR_SIZE)). FIXADDR_TOP is PCI_IO_START, just under
 * VMEMMAP_START, which is PGDIR aligned in every mode, so the fixmap owns the entry below it.
 * The entries are run-length encoded (mmu-fast.ts).
 */
export function swapperPgDir(levels: RiscvPagingLevels, physRamBase: PhysAddr): RiscvPageTables {
  const shifts = LEVEL_SHIFTS[levels].slice()
  const pg = newRunLengthPgDir(LEVEL_SHIFT_NUMBERS[levels])
  markTable(pg, LEVEL_SHIFT_NUMBERS[levels][0]!, FIXMAP_PGD_INDEX[levels])
  return new RunLengthPageTables(levels, shifts, physRamBase, pg)
}

/**
 * swapperPgDir()'s tables: the fields of RiscvPageTables in the same order, the run-length
 * levels in a private field, and `entries` a getter that builds the per-entry view when first
 * read. (A class, not an object literal with a getter plus a WeakMap to the levels: that
 * cost over a microsecond per table in V8.)
 */
class RunLengthPageTables implements RiscvPageTables {
  levels: RiscvPagingLevels
  readonly shifts: readonly bigint[]
  pageOffset: bigint
  physRamBase: PhysAddr
  linear: LinearLeafRun[]
  readonly #pg: RunLengthPgDir
  #view: Map<string, 'table' | 'leaf'> | undefined
  /** linearPageDelta()'s answer, and the phys_ram_base it was computed for. */
  #pageDelta: number | undefined
  #pageDeltaFor: PhysAddr | undefined

  constructor(levels: RiscvPagingLevels, shifts: readonly bigint[], physRamBase: PhysAddr, pg: RunLengthPgDir) {
    this.levels = levels
    this.shifts = shifts
    this.pageOffset = PAGE_OFFSET_BY_LEVELS[levels]
    this.physRamBase = physRamBase
    this.linear = []
    this.#pg = pg
  }

  get entries(): Map<string, 'table' | 'leaf'> {
    return (this.#view ??= entriesView(this.#pg))
  }

  /** The run-length levels behind `t`, if swapperPgDir() made it. */
  static levelsOf(t: RiscvPageTables): RunLengthPgDir | undefined {
    return t instanceof RunLengthPageTables ? t.#pg : undefined
  }

  /**
   * (PAGE_OFFSET - phys_ram_base) >> PAGE_SHIFT, what __va() adds to a page number, when
   * phys_ram_base is page aligned (undefined otherwise: a va is then never page aligned where
   * its pa is). Computed once per phys_ram_base. |PAGE_OFFSET - phys_ram_base| < 2^64, so the
   * page count is below 2^52: exact as a number.
   */
  static linearPageDelta(t: RunLengthPageTables): number | undefined {
    if (t.#pageDeltaFor !== t.physRamBase) {
      t.#pageDeltaFor = t.physRamBase
      t.#pageDelta = (t.physRamBase & PAGE_OFFSET_MASK) === 0n ? Number((t.pageOffset - t.physRamBase) >> RISCV_PAGE_SHIFT) : undefined
    }
    return t.#pageDelta
  }
}

/**
 * Engine helper (no kernel counterpart): swapperPgDir() with one entry per key, for the reference walk.
 * swapperPgDir() with one Map key per entry: the reference walk runs on it. Not for production use.
 */
export function swapperPgDirReference(levels: RiscvPagingLevels, physRamBase: PhysAddr): RiscvPageTables {
  const shifts = levelShifts(levels)
  const t: RiscvPageTables = {
    levels,
    shifts,
    pageOffset: PAGE_OFFSET_BY_LEVELS[levels],
    physRamBase,
    entries: new Map(),
    linear: [],
  }
  t.entries.set(entryKey(shifts[0]!, vmemmapStart(levels) - 1n), 'table')
  return t
}

function levelShifts(levels: RiscvPagingLevels): bigint[] {
  const shifts: bigint[] = []
  for (let s = pgdirShift(levels); s >= RISCV_PAGE_SHIFT; s -= 9n) shifts.push(s)
  return shifts
}

/** Each mode's level shifts and entry sizes (1 << shift), PGD first: t.shifts starts as a copy. */
const LEVEL_SHIFTS: Record<RiscvPagingLevels, readonly bigint[]> = { 3: levelShifts(3), 4: levelShifts(4), 5: levelShifts(5) }
const LEVEL_SIZES: Record<RiscvPagingLevels, readonly bigint[]> = {
  3: LEVEL_SHIFTS[3].map((s) => 1n << s),
  4: LEVEL_SHIFTS[4].map((s) => 1n << s),
  5: LEVEL_SHIFTS[5].map((s) => 1n << s),
}
/** LEVEL_SHIFTS as numbers, as mmu-fast.ts takes them (converted once, not per boot). */
const LEVEL_SHIFT_NUMBERS: Record<RiscvPagingLevels, readonly number[]> = {
  3: LEVEL_SHIFTS[3].map(Number),
  4: LEVEL_SHIFTS[4].map(Number),
  5: LEVEL_SHIFTS[5].map(Number),
}

/** The fixmap's PGD entry (VMEMMAP_START - 1) >> PGDIR_SHIFT per mode. */
const FIXMAP_PGD_INDEX: Record<RiscvPagingLevels, number> = {
  3: Number((vmemmapStart(3) - 1n) >> pgdirShift(3)),
  4: Number((vmemmapStart(4) - 1n) >> pgdirShift(4)),
  5: Number((vmemmapStart(5) - 1n) >> pgdirShift(5)),
}

const entryKey = (shift: bigint, va: bigint): string => `${shift}:${va >> shift}`

const VA_LIMIT = 1n << 64n

/**
 * The run-length levels behind `t` when a mapping of [va, vaEnd) may use them: not once the
 * per-entry view has been read, nor outside [0, 2^64) where indices would not be exact.
 */
function runLength(t: RiscvPageTables, va: bigint, vaEnd: bigint): RunLengthPgDir | undefined {
  const pg = RunLengthPageTables.levelsOf(t)
  if (!pg || pg.viewed) return undefined
  if (va < 0n || vaEnd > VA_LIMIT) {
    void t.entries // per entry from here on
    return undefined
  }
  return pg
}

/** runLength() for [vpn, vpnEnd) in page numbers (exact as numbers: below 2^53). */
function runLengthPages(t: RiscvPageTables, vpn: number, vpnEnd: number): RunLengthPgDir | undefined {
  const pg = RunLengthPageTables.levelsOf(t)
  if (!pg || pg.viewed) return undefined
  if (vpn < 0 || vpnEnd > VA_LIMIT_PAGES) {
    void t.entries // per entry from here on
    return undefined
  }
  return pg
}

const VA_LIMIT_PAGES = 2 ** 52

/** RunLengthPageTables.linearPageDelta() of swapperPgDir()'s tables; undefined for others. */
const linearPageDelta = (t: RiscvPageTables): number | undefined => (t instanceof RunLengthPageTables ? RunLengthPageTables.linearPageDelta(t) : undefined)

/** The shift of the level whose entries map `sz`, if any. */
function leafShiftOf(t: RiscvPageTables, sz: PhysSize): number | undefined {
  const sizes = LEVEL_SIZES[t.levels]
  for (let i = 0; i < sizes.length; i++) if (sz === sizes[i]) return LEVEL_SHIFT_NUMBERS[t.levels][i]
  return undefined
}

/**
 * Mirrors linear_mapping_pa_to_va() — arch/riscv/include/asm/page.h (v6.12.117:132).
 * __va() of the linear map.
 */
export const linearVa = (t: RiscvPageTables, pa: PhysAddr): bigint => pa - t.physRamBase + t.pageOffset

/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678) and the create_p4d/pud/pmd/pte_mapping() it descends through:
 * a leaf of `sz` at `va`, allocating each missing next-level table on the way down. An
 * entry that is already a leaf is left alone (the kernel would walk into the block as if it
 * were a table; the boot avoids that by isolating text, rodata and the KFENCE pool first).
 * Returns false when the leaf was not installed.
 */
export function createPgdMapping(t: RiscvPageTables, va: bigint, sz: PhysSize, alloc: TableAlloc): boolean {
  const pg = runLength(t, va, va + 1n)
  if (!pg) return createPgdMappingPerEntry(t, va, sz, alloc)
  return createPgdMappingRuns(pg, va, leafShiftOf(t, sz), alloc)
}

/** createPgdMapping() one Map entry at a time (the reference walk). */
function createPgdMappingPerEntry(t: RiscvPageTables, va: bigint, sz: PhysSize, alloc: TableAlloc): boolean {
  for (const shift of t.shifts) {
    const key = entryKey(shift, va)
    const state = t.entries.get(key)
    if (sz === 1n << shift) {
      // The leaf level: `if (pxd_val(pxdp[idx]) == 0) pxdp[idx] = pfn_pxd(...)`.
      if (state === undefined) t.entries.set(key, 'leaf')
      return state === undefined
    }
    if (state === 'leaf') return false
    if (state === undefined) {
      // The next level is the PTE table when this entry is a PMD entry.
      alloc(shift === RISCV_PMD_SIZE_SHIFT, 1)
      t.entries.set(key, 'table')
    }
  }
  return false
}

const RISCV_PMD_SIZE_SHIFT = 21n
/** PAGE_SHIFT and PMD_SHIFT as numbers, the step and leaf shifts mmu-fast.ts takes. */
const PAGE_SHIFT_NUMBER = Number(RISCV_PAGE_SHIFT)
const PMD_SHIFT_NUMBER = Number(RISCV_PMD_SIZE_SHIFT)
/** Sv57's PGDIR_SIZE, P4D_SIZE and PUD_SIZE on rv64 (4K pages), and the masks of the block sizes (size - 1). */
const PGD57_SIZE = 1n << 48n
const P4D_SIZE = 1n << 39n
const PUD_SIZE = 1n << 30n
const PGD57_MASK = PGD57_SIZE - 1n
const P4D_MASK = P4D_SIZE - 1n
const PUD_MASK = PUD_SIZE - 1n
const PMD_MASK = RISCV_PMD_SIZE - 1n
/** ~(PMD_SIZE - 1), the kernel's PMD_MASK, as -PMD_SIZE (~x = -x - 1), computed once. */
export const PMD_ALIGN_MASK = -RISCV_PMD_SIZE

/**
 * Engine helper (no kernel counterpart): the shift of the largest leaf best_map_size() of 6.4+ may answer in a mode: the PGD's own
 * (6.4 – 6.7, `pgdLeaves`: PGDIR_SIZE first, with no pgtable_l*_enabled test; v6.5:668-684) or
 * the level below it (6.8+: P4D only with pgtable_l5_enabled, PUD only with pgtable_l4_enabled;
 * v6.8:669-685), as a number: 48 / 39 / 30 or 39 / 30 / 21 for Sv57 / Sv48 / Sv39. (6.4's
 * P4D_SIZE test, after PGDIR_SIZE, never answers on Sv39 or Sv48: PGDIR_SIZE already did.)
 */
export const topLeafShift = (levels: RiscvPagingLevels, pgdLeaves: boolean): number => LEVEL_SHIFT_NUMBERS[levels][pgdLeaves ? 0 : 1]!

/**
 * Mirrors best_map_size() of 6.4+ — arch/riscv/mm/init.c (v6.12.117:704, v6.8:669, v6.5:668): the largest leaf size up to
 * 2^top (topLeafShift(): P4D on Sv57 and PUD on Sv48 from 6.8, PGDIR_SIZE too in 6.4 – 6.7),
 * PMD and PAGE that both pa and va are aligned to and that fits; PAGE with debug_pagealloc
 * (6.11+; the caller passes false where the release does not look).
 */
export function bestMapSize(top: number, pa: PhysAddr, va: bigint, size: PhysSize, debugPagealloc: boolean): PhysSize {
  if (debugPagealloc) return RISCV_PAGE_SIZE
  if (size < RISCV_PMD_SIZE) return RISCV_PAGE_SIZE
  // pa and va both aligned to s: (pa | va) is.
  const both = pa | va
  if (top >= 48 && size >= PGD57_SIZE && (both & PGD57_MASK) === 0n) return PGD57_SIZE
  if (top >= 39 && size >= P4D_SIZE && (both & P4D_MASK) === 0n) return P4D_SIZE
  if (top >= 30 && size >= PUD_SIZE && (both & PUD_MASK) === 0n) return PUD_SIZE
  if ((both & PMD_MASK) === 0n) return RISCV_PMD_SIZE
  return RISCV_PAGE_SIZE
}

/** Mirrors best_map_size(base, size) of ≤6.3 — arch/riscv/mm/init.c (v6.1.192:669): PMD when the whole range is PMD aligned, else PAGE. */
export function bestMapSizePmdOnly(base: PhysAddr, size: PhysSize): PhysSize {
  return (base & (RISCV_PMD_SIZE - 1n)) !== 0n || (size & (RISCV_PMD_SIZE - 1n)) !== 0n ? RISCV_PAGE_SIZE : RISCV_PMD_SIZE
}

/**
 * Mirrors best_map_size(base, size) of 6.2 – 6.3 — arch/riscv/mm/init.c (v6.2:663-671), asked
 * at every step (`map_size = best_map_size(pa, end - pa)`, v6.2:1119-1120): PMD when pa is PMD
 * aligned and a whole PMD is left, else PAGE. (v6.1.0 and v6.1.192 ask once per range:
 * bestMapSizePmdOnly(); 6.4 adds the PUD and P4D sizes: bestMapSize().)
 */
export function bestMapSizePmdSteps(base: PhysAddr, size: PhysSize): PhysSize {
  return (base & (RISCV_PMD_SIZE - 1n)) === 0n && size >= RISCV_PMD_SIZE ? RISCV_PMD_SIZE : RISCV_PAGE_SIZE
}

/**
 * Records leaves of `granule` over [base, base + size). A page the range before already mapped
 * (two ranges that share a page: a NOMAP region smaller than a page between them) stays as
 * it was and is not recorded twice: create_pte_mapping() sets only a PTE that is none
 * (arch/riscv/mm/init.c v6.12.117:412-421). Ranges are mapped in address order, so only the
 * last run can hold it.
 */
function recordLeaf(t: RiscvPageTables, base: PhysAddr, size: PhysSize, granule: PhysSize): void {
  const linear = t.linear
  const last = linear.length > 0 ? linear[linear.length - 1]! : undefined
  if (last === undefined) {
    linear.push({ base, size, granule })
    return
  }
  const lastEnd = last.base + last.size
  if (last.base <= base && base < lastEnd) {
    const mapped = lastEnd - base
    if (mapped >= size) return
    base += mapped
    size -= mapped
  }
  // (base is lastEnd now when the last run held the start of the range.)
  if (last.granule === granule && lastEnd === base) last.size += size
  else linear.push({ base, size, granule })
}

/**
 * Mirrors create_linear_mapping_range(start, end, fixed_map_size) — arch/riscv/mm/init.c (6.4+; v6.12.117:1285): each step maps
 * best_map_size(pa, va, end - pa) or the fixed size, leaves up to 2^top (topLeafShift()). The
 * steps of one size follow each other until a larger size fits or the rest is too small
 * (stepsEnd()); they are mapped together.
 */
export function createLinearMappingRange(
  t: RiscvPageTables,
  start: PhysAddr,
  end: PhysAddr,
  fixedMapSize: PhysSize,
  debugPagealloc: boolean,
  top: number,
  alloc: TableAlloc,
): void {
  // Steps that may use blocks, from a page-aligned pa whose va is page aligned too: in page
  // numbers (createLinearMappingRangePages()). Otherwise every step is a PAGE step, one mapSteps().
  const delta = fixedMapSize || debugPagealloc || (start & PAGE_OFFSET_MASK) !== 0n ? undefined : linearPageDelta(t)
  if (delta !== undefined) return createLinearMappingRangePages(t, start, end, delta, top, alloc)
  const pg = runLength(t, linearVa(t, start), linearVa(t, end) + fixedMapSize)
  if (!pg) return createLinearMappingRangePerEntry(t, start, end, fixedMapSize, debugPagealloc, top, alloc)
  for (let pa = start; pa < end; ) {
    const va = linearVa(t, pa)
    const mapSize = fixedMapSize || bestMapSize(top, pa, va, end - pa, debugPagealloc)
    const stop = fixedMapSize || debugPagealloc ? end : stepsEnd(top, pa, va, end, mapSize)
    pa = mapSteps(t, pg, pa, stop, mapSize, alloc)
  }
}

/** Entry shift → 2^(shift - 12), the pages of an entry (PAGE, PMD, PUD, P4D). */
const PMD_PAGES = 2 ** 9
const PUD_PAGES = 2 ** 18
const P4D_PAGES = 2 ** 27
const PGD57_PAGES = 2 ** 36
const PUD_SHIFT_NUMBER = 30
const P4D_SHIFT_NUMBER = 39
const PGD57_SHIFT_NUMBER = 48
const pagesOfShift = (shift: number): number =>
  shift === PAGE_SHIFT_NUMBER ? 1 : shift === PMD_SHIFT_NUMBER ? PMD_PAGES : shift === PUD_SHIFT_NUMBER ? PUD_PAGES : shift === P4D_SHIFT_NUMBER ? P4D_PAGES : PGD57_PAGES
/** Leaf sizes by entry shift, as t.linear records them. */
const granuleOfShift = (shift: number): PhysSize =>
  shift === PAGE_SHIFT_NUMBER ? RISCV_PAGE_SIZE : shift === PMD_SHIFT_NUMBER ? RISCV_PMD_SIZE : shift === PUD_SHIFT_NUMBER ? PUD_SIZE : shift === P4D_SHIFT_NUMBER ? P4D_SIZE : PGD57_SIZE

/**
 * Mirrors create_linear_mapping_range(start, end, 0) — arch/riscv/mm/init.c (6.4+; v6.12.117:1285)
 * without debug_pagealloc, for a page-aligned start whose va is page aligned (`delta`: va's
 * page number less pa's): createLinearMappingRange()'s steps on page numbers. pa < 2^64, so
 * pfn < 2^52, and the va of the run-length path is below 2^64 too (runLength()): every page
 * number and their sums are exact as numbers. Only `end` may stop inside a page: the PAGE
 * steps then cover its last, partial page (pa < end ⇔ pfn < ceil(end / PAGE_SIZE)), and
 * best_map_size()'s `size >= X_SIZE` is `whole pages left >= X pages` (pa is page aligned).
 * The leaves are recorded as runs merged here first, then once each (recordLeaf()).
 */
function createLinearMappingRangePages(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, delta: number, top: number, alloc: TableAlloc): void {
  // PFN_DOWN() as a division: pa is not negative, and a BigInt shift is a runtime call.
  let pfn = Number(start / RISCV_PAGE_SIZE)
  const endPfn = Number(end / RISCV_PAGE_SIZE)
  const endPfnUp = (end & PAGE_OFFSET_MASK) === 0n ? endPfn : endPfn + 1
  // runLength()'s test on page numbers: va = (pfn + delta) · PAGE_SIZE, and the end's va is
  // at most 2^64 when its page number rounded up is at most 2^52.
  const pg = runLengthPages(t, pfn + delta, endPfnUp + delta)
  if (!pg) return createLinearMappingRangePerEntry(t, start, end, 0n, false, top, alloc)
  pending.pages = 0
  while (pfn < endPfnUp) {
    const shift = bestMapShift(top, pfn, pfn + delta, endPfn - pfn)
    const stop = stepsEndPages(top, pfn, delta, endPfn, endPfnUp, shift)
    pfn = mapStepsPages(t, pg, pfn, stop, delta, shift, alloc)
  }
  flushLeaves(t)
}

/**
 * Mirrors best_map_size() of 6.4+ — arch/riscv/mm/init.c (v6.12.117:704, v6.8:669, v6.5:668) on page numbers
 * (createLinearMappingRangePages()): the shift of the largest leaf up to 2^top (bestMapSize()),
 * PMD and PAGE that both the pfn and the va's page number are aligned to and that fits in the
 * `pages` whole pages left.
 */
function bestMapShift(top: number, pfn: number, vpn: number, pages: number): number {
  if (pages < PMD_PAGES) return PAGE_SHIFT_NUMBER
  if (top >= PGD57_SHIFT_NUMBER && pages >= PGD57_PAGES && aligned(pfn, PGD57_PAGES) && aligned(vpn, PGD57_PAGES)) return PGD57_SHIFT_NUMBER
  if (top >= P4D_SHIFT_NUMBER && pages >= P4D_PAGES && aligned(pfn, P4D_PAGES) && aligned(vpn, P4D_PAGES)) return P4D_SHIFT_NUMBER
  if (top >= PUD_SHIFT_NUMBER && pages >= PUD_PAGES && aligned(pfn, PUD_PAGES) && aligned(vpn, PUD_PAGES)) return PUD_SHIFT_NUMBER
  if (aligned(pfn, PMD_PAGES) && aligned(vpn, PMD_PAGES)) return PMD_SHIFT_NUMBER
  return PAGE_SHIFT_NUMBER
}

/**
 * Whether the integer x (|x| < 2^53) is a multiple of the power of two p: x / p is exact, so
 * its floor times p is x exactly when it is. (`x % p` is a call to fmod in V8.)
 */
const aligned = (x: number, p: number): boolean => Math.floor(x / p) * p === x

/**
 * stepsEnd() on page numbers: the page where the steps of `shift` from pfn stop (for PAGE
 * steps, the page after the last one mapped). pfn is page aligned, so the first test of
 * stepsEnd() never holds, and a larger size's boundary b qualifies when whole pages from b to
 * end are at least that size (then b < end too).
 */
function stepsEndPages(top: number, pfn: number, delta: number, endPfn: number, endPfnUp: number, shift: number): number {
  // The next leaf size up best_map_size() may answer (PMD after PAGE; none past 2^top).
  const larger = shift === PAGE_SHIFT_NUMBER ? PMD_SHIFT_NUMBER : shift < top ? shift + 9 : 0
  if (larger !== 0) {
    const lp = pagesOfShift(larger)
    if (aligned(delta, lp)) {
      const boundary = (Math.floor(pfn / lp) + 1) * lp
      if (endPfn - boundary >= lp) return boundary
    }
  }
  if (shift === PAGE_SHIFT_NUMBER) return endPfnUp
  const mp = pagesOfShift(shift)
  return pfn + Math.floor((endPfn - pfn) / mp) * mp
}

/**
 * mapSteps() on page numbers: the steps of `shift` from pfn to stop (a multiple of the step
 * from pfn: stepsEndPages()), their leaves noted in `pending`; returns stop.
 */
function mapStepsPages(t: RiscvPageTables, pg: RunLengthPgDir, pfn: number, stop: number, delta: number, shift: number, alloc: TableAlloc): number {
  if (shift === PAGE_SHIFT_NUMBER) {
    createPgdMappingAt(pg, pfn + delta, PAGE_SHIFT_NUMBER, alloc)
    // The next PMD boundary above pfn, and one PTE-table walk per PMD step from it.
    const next = (Math.floor(pfn / PMD_PAGES) + 1) * PMD_PAGES
    if (next < stop) createPgdMappingsAt(pg, next + delta, PAGE_SHIFT_NUMBER, PMD_SHIFT_NUMBER, Math.ceil((stop - next) / PMD_PAGES), alloc)
    noteLeaves(t, pfn, stop - pfn, shift)
    return stop
  }
  const mp = pagesOfShift(shift)
  const set = leavesSet
  createPgdMappingsAt(pg, pfn + delta, shift, shift, (stop - pfn) / mp, alloc, set)
  for (let i = 0; i < set.n; i += 2) noteLeaves(t, pfn + set.v[i]! * mp, (set.v[i + 1]! - set.v[i]! + 1) * mp, shift)
  return stop
}

/** Leaves noted by createLinearMappingRangePages() but not yet recorded: one run, in pages. */
const pending = { pfn: 0, pages: 0, shift: 0 }

/** Adds leaves to `pending`, recording the run there first unless they extend it. */
function noteLeaves(t: RiscvPageTables, pfn: number, pages: number, shift: number): void {
  if (pending.pages > 0 && pending.shift === shift && pending.pfn + pending.pages === pfn) {
    pending.pages += pages
    return
  }
  flushLeaves(t)
  pending.pfn = pfn
  pending.pages = pages
  pending.shift = shift
}

/**
 * Records `pending` (recordLeaf()). One recordLeaf() of a run is several of its adjacent parts
 * one after the other: the part a range before already mapped is cut from the front either
 * way, and the rest merges with the last run the same way.
 */
function flushLeaves(t: RiscvPageTables): void {
  if (pending.pages === 0) return
  // PFN_PHYS() as a product (a BigInt shift is a runtime call).
  recordLeaf(t, BigInt(pending.pfn) * RISCV_PAGE_SIZE, BigInt(pending.pages) * RISCV_PAGE_SIZE, granuleOfShift(pending.shift))
  pending.pages = 0
}

/**
 * Where best_map_size() stops answering `mapSize` for the steps from pa: PAGE steps go to the
 * next PMD boundary, where PMD fits if va is PMD aligned there and 2 MiB are left; a block
 * size lasts until the next larger size fits (at that size's next boundary, if va is aligned
 * to it there and enough is left) or until less than one block is left.
 */
function stepsEnd(top: number, pa: PhysAddr, va: bigint, end: PhysAddr, mapSize: PhysSize): PhysAddr {
  // PAGE steps from a pa inside a page keep its offset (pa += map_size): pa is never PMD
  // aligned again, so best_map_size() answers PAGE to the end of the range.
  if ((pa & PAGE_OFFSET_MASK) !== 0n) return end
  const larger = mapSize === RISCV_PAGE_SIZE ? RISCV_PMD_SIZE : largerMapSize(top, mapSize)
  if (larger !== undefined) {
    // larger is PMD, PUD, P4D or Sv57's PGD: its mask is a constant.
    const mask = larger === RISCV_PMD_SIZE ? PMD_MASK : larger === PUD_SIZE ? PUD_MASK : larger === P4D_SIZE ? P4D_MASK : PGD57_MASK
    if (((va - pa) & mask) === 0n) {
      // (pa & ~mask) + larger, the next boundary above pa.
      const boundary = (pa | mask) + 1n
      if (boundary < end && end - boundary >= larger) return boundary
    }
  }
  return mapSize === RISCV_PAGE_SIZE ? end : pa + ((end - pa) / mapSize) * mapSize
}

/** The next block size up best_map_size() may return, leaves up to 2^top (topLeafShift()). */
function largerMapSize(top: number, mapSize: PhysSize): PhysSize | undefined {
  if (mapSize === RISCV_PMD_SIZE && top >= PUD_SHIFT_NUMBER) return PUD_SIZE
  if (mapSize === PUD_SIZE && top >= P4D_SHIFT_NUMBER) return P4D_SIZE
  if (mapSize === P4D_SIZE && top >= PGD57_SHIFT_NUMBER) return PGD57_SIZE
  return undefined
}

/** pa's offset in its page, and ~(PAGE_SIZE - 1) as -PAGE_SIZE. */
const PAGE_OFFSET_MASK = RISCV_PAGE_SIZE - 1n
const PAGE_ALIGN_MASK = -RISCV_PAGE_SIZE

/**
 * The bytes the PAGE steps from pa below stop advance: create_linear_mapping_range() steps
 * pa += PAGE_SIZE while pa < end (arch/riscv/mm/init.c v6.12.117:1285-1299; ≤6.3's loop in
 * setup_vm_final(), v6.1.192), so PAGE_SIZE times ceil((stop - pa) / PAGE_SIZE).
 */
function pageSteps(pa: PhysAddr, stop: PhysAddr): PhysSize {
  return ((stop - pa + PAGE_OFFSET_MASK) / RISCV_PAGE_SIZE) * RISCV_PAGE_SIZE
}

/** What createPgdMappings() set, reused from call to call (read right after each). */
const leavesSet = newBuf()

/**
 * Maps the steps of `mapSize` from pa until `stop` (the last may overshoot it) and records
 * what they install; returns where the steps end. PAGE steps run to the next PMD boundary,
 * and each walks its PTE table once, from its first page (as the per-entry loop does).
 */
function mapSteps(t: RiscvPageTables, pg: RunLengthPgDir, pa: PhysAddr, stop: PhysAddr, mapSize: PhysSize, alloc: TableAlloc): PhysAddr {
  if (mapSize === RISCV_PAGE_SIZE) {
    // The steps pa, pa + PAGE_SIZE, … below stop map the pages from PFN_DOWN(pa) on, one each;
    // `after` is the step after them (stop itself when pa and stop are page aligned).
    const after = pa + pageSteps(pa, stop)
    const first = pa & PAGE_ALIGN_MASK
    const pagesEnd = first + (after - pa)
    createPgdMappings(pg, linearVa(t, pa), PAGE_SHIFT_NUMBER, PMD_SHIFT_NUMBER, 1, alloc)
    // round_down(pa, PMD_SIZE) + PMD_SIZE, the next PMD boundary above pa (PMD_MASK here is
    // PMD_SIZE - 1, the complement of the kernel's PMD_MASK).
    const next = (pa | PMD_MASK) + 1n
    if (next < pagesEnd) {
      const steps = Number((pagesEnd - next + PMD_MASK) / RISCV_PMD_SIZE)
      createPgdMappings(pg, linearVa(t, next), PAGE_SHIFT_NUMBER, PMD_SHIFT_NUMBER, steps, alloc)
    }
    recordLeaf(t, first, pagesEnd - first, mapSize)
    return after
  }
  const steps = (stop - pa + mapSize - 1n) / mapSize
  const leafShift = leafShiftOf(t, mapSize)
  if (leafShift === undefined) {
    // A fixed size that is no level's: step by step.
    for (let i = 0n; i < steps; i++) if (createPgdMapping(t, linearVa(t, pa + i * mapSize), mapSize, alloc)) recordLeaf(t, pa + i * mapSize, mapSize, mapSize)
  } else {
    const set = leavesSet
    createPgdMappings(pg, linearVa(t, pa), leafShift, leafShift, Number(steps), alloc, set)
    for (let i = 0; i < set.n; i += 2) recordLeaf(t, pa + BigInt(set.v[i]!) * mapSize, BigInt(set.v[i + 1]! - set.v[i]! + 1) * mapSize, mapSize)
  }
  return pa + steps * mapSize
}

/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (its ≤6.3 mapping loop; v6.1.192:1092).
 * The ≤6.3 loop of setup_vm_final(): one map size per memblock range.
 */
export function createLinearMappingRangePmdOnly(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void {
  const pg = runLength(t, linearVa(t, start), linearVa(t, end) + RISCV_PMD_SIZE)
  if (!pg) return createLinearMappingRangePmdOnlyPerEntry(t, start, end, alloc)
  if (start < end) mapSteps(t, pg, start, end, bestMapSizePmdOnly(start, end - start), alloc)
}

/**
 * Mirrors the loop body of setup_vm_final() — arch/riscv/mm/init.c (v6.2:1117-1124) for one
 * range: steps of bestMapSizePmdSteps(pa, end - pa), so PAGE steps up to the first PMD
 * boundary, PMDs while a whole one is left, PAGE steps to the end. From a pa inside a page
 * the steps keep its offset and never reach a PMD boundary: pages to the end.
 */
export function createLinearMappingRangePmdSteps(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void {
  const pg = runLength(t, linearVa(t, start), linearVa(t, end) + RISCV_PMD_SIZE)
  if (!pg) return createLinearMappingRangePmdStepsPerEntry(t, start, end, alloc)
  for (let pa = start; pa < end; ) {
    const mapSize = bestMapSizePmdSteps(pa, end - pa)
    const stop =
      mapSize === RISCV_PMD_SIZE
        ? pa + ((end - pa) / RISCV_PMD_SIZE) * RISCV_PMD_SIZE
        : (pa & PAGE_OFFSET_MASK) !== 0n
          ? end
          : min(end, (pa & PMD_ALIGN_MASK) + RISCV_PMD_SIZE)
    pa = mapSteps(t, pg, pa, stop, mapSize, alloc)
  }
}

/**
 * Mirrors create_kernel_page_table(swapper_pg_dir, false) — arch/riscv/mm/init.c (v6.12.117:977): the kernel image at
 * KERNEL_LINK_ADDR, PMD by PMD, in its own PGD entry.
 */
export function createKernelPageTable(t: RiscvPageTables, imageSize: PhysSize, alloc: TableAlloc): void {
  const steps = (imageSize + RISCV_PMD_SIZE - 1n) / RISCV_PMD_SIZE
  const pg = runLength(t, KERNEL_LINK_ADDR, KERNEL_LINK_ADDR + steps * RISCV_PMD_SIZE)
  if (!pg) return createKernelPageTablePerEntry(t, imageSize, alloc)
  if (steps > 0n) createPgdMappings(pg, KERNEL_LINK_ADDR, PMD_SHIFT_NUMBER, PMD_SHIFT_NUMBER, Number(steps), alloc)
}

/**
 * Mirrors vmemmap_populate() — arch/riscv/mm/init.c (v6.12.117:1474) → vmemmap_populate_hugepages() for one section's memmap: PMD
 * leaves backed by the sparse buffer (no memblock call), tables allocated on the way down.
 * `vmemmapStartPfn` is round_down(phys_ram_base, VMEMMAP_ADDR_ALIGN) >> PAGE_SHIFT.
 */
export function vmemmapPopulate(t: RiscvPageTables, pfn: bigint, nrPages: bigint, vmemmapStartPfn: bigint, alloc: TableAlloc): void {
  // (pfn - vmemmapStartPfn) << STRUCT_PAGE_MAX_SHIFT, nrPages << STRUCT_PAGE_MAX_SHIFT.
  const start = VMEMMAP_START[t.levels] + (pfn - vmemmapStartPfn) * STRUCT_PAGE_BYTES
  const end = start + nrPages * STRUCT_PAGE_BYTES
  const pg = runLength(t, start, end + RISCV_PMD_SIZE)
  if (!pg) return vmemmapPopulatePerEntry(t, pfn, nrPages, vmemmapStartPfn, alloc)
  if (start >= end) return
  // One PMD leaf per pmd_addr_end() step: every PMD block [start, end) touches.
  // ~(PMD_SIZE - 1) is -PMD_SIZE (~x = -x - 1). (The shifts stay: vmemmap addresses are
  // above 2^63, where V8's BigInt division is no faster than a shift.)
  const first = start & PMD_ALIGN_MASK
  const steps = Number(((end - 1n) >> RISCV_PMD_SIZE_SHIFT) - (start >> RISCV_PMD_SIZE_SHIFT)) + 1
  createPgdMappings(pg, first, PMD_SHIFT_NUMBER, PMD_SHIFT_NUMBER, steps, alloc)
}

/**
 * Mirrors vmemmap_populate_basepages() — mm/sparse-vmemmap.c (v6.1.192:282), which riscv's
 * vmemmap_populate() calls up to 6.1 at least (arch/riscv/mm/init.c v6.1.192:1252), for one
 * section's memmap: a PTE leaf per page, each backed by the sparse buffer (no memblock call),
 * every missing table on the way down allocated (vmemmap_alloc_block_zero() from memblock), so
 * also a PTE table per 2 MiB of memmap. The later pages of a PTE table find every table
 * present: one walk per PMD block allocates the same tables in the same order.
 */
export function vmemmapPopulateBasepages(t: RiscvPageTables, pfn: bigint, nrPages: bigint, vmemmapStartPfn: bigint, alloc: TableAlloc): void {
  const start = VMEMMAP_START[t.levels] + (pfn - vmemmapStartPfn) * STRUCT_PAGE_BYTES
  const end = start + nrPages * STRUCT_PAGE_BYTES
  const pg = runLength(t, start, end + RISCV_PMD_SIZE)
  if (!pg) return vmemmapPopulateBasepagesPerEntry(t, start, end, alloc)
  if (start >= end) return
  // The first page of every PMD block [start, end) touches (start is page aligned: section-aligned pfns).
  const steps = Number(((end - 1n) >> RISCV_PMD_SIZE_SHIFT) - (start >> RISCV_PMD_SIZE_SHIFT)) + 1
  createPgdMappings(pg, start, PAGE_SHIFT_NUMBER, PMD_SHIFT_NUMBER, 1, alloc)
  if (steps > 1) createPgdMappings(pg, (start & PMD_ALIGN_MASK) + RISCV_PMD_SIZE, PAGE_SHIFT_NUMBER, PMD_SHIFT_NUMBER, steps - 1, alloc)
}

const VMEMMAP_START: Record<RiscvPagingLevels, bigint> = { 3: vmemmapStart(3), 4: vmemmapStart(4), 5: vmemmapStart(5) }

// ---------------------------------------------------------------- the per-entry reference walk

/**
 * The loop of create_linear_mapping_range() / setup_vm_final() step by step on the per-entry
 * tables, each step's size from `mapSizeAt(pa, va)`: the per-entry twin of the three linear-map
 * generations below.
 */
function mapRangePerEntry(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, mapSizeAt: (pa: PhysAddr, va: bigint) => PhysSize, alloc: TableAlloc): void {
  for (let pa = start; pa < end; ) {
    const va = linearVa(t, pa)
    const mapSize = mapSizeAt(pa, va)
    if (mapSize === RISCV_PAGE_SIZE) {
      // A run of PAGE steps stays inside one PTE table until the next PMD boundary: walked once
      // (the steps keep pa's offset in its page: see mapSteps()).
      const next = min(end, (pa & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE)
      const after = pa + pageSteps(pa, next)
      createPgdMappingPerEntry(t, va, mapSize, alloc)
      recordLeaf(t, pa & PAGE_ALIGN_MASK, after - pa, mapSize)
      pa = after
      continue
    }
    if (createPgdMappingPerEntry(t, va, mapSize, alloc)) recordLeaf(t, pa, mapSize, mapSize)
    pa += mapSize
  }
}

/** createLinearMappingRange() step by step on the per-entry tables. */
function createLinearMappingRangePerEntry(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, fixedMapSize: PhysSize, debugPagealloc: boolean, top: number, alloc: TableAlloc): void {
  mapRangePerEntry(t, start, end, (pa, va) => fixedMapSize || bestMapSize(top, pa, va, end - pa, debugPagealloc), alloc)
}

/** createLinearMappingRangePmdOnly() step by step on the per-entry tables: one size for the range. */
function createLinearMappingRangePmdOnlyPerEntry(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void {
  const mapSize = bestMapSizePmdOnly(start, end - start)
  mapRangePerEntry(t, start, end, () => mapSize, alloc)
}

/** createLinearMappingRangePmdSteps() step by step on the per-entry tables. */
function createLinearMappingRangePmdStepsPerEntry(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void {
  mapRangePerEntry(t, start, end, (pa) => bestMapSizePmdSteps(pa, end - pa), alloc)
}

function createKernelPageTablePerEntry(t: RiscvPageTables, imageSize: PhysSize, alloc: TableAlloc): void {
  for (let va = KERNEL_LINK_ADDR; va < KERNEL_LINK_ADDR + imageSize; va += RISCV_PMD_SIZE) createPgdMappingPerEntry(t, va, RISCV_PMD_SIZE, alloc)
}

function vmemmapPopulateBasepagesPerEntry(t: RiscvPageTables, start: bigint, end: bigint, alloc: TableAlloc): void {
  for (let addr = start; addr < end; ) {
    // The first page of each PTE table the range touches.
    createPgdMappingPerEntry(t, addr, RISCV_PAGE_SIZE, alloc)
    addr = (addr & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE
  }
}

function vmemmapPopulatePerEntry(t: RiscvPageTables, pfn: bigint, nrPages: bigint, vmemmapStartPfn: bigint, alloc: TableAlloc): void {
  const base = vmemmapStart(t.levels)
  const start = base + (pfn - vmemmapStartPfn) * (1n << STRUCT_PAGE_MAX_SHIFT)
  const end = start + nrPages * (1n << STRUCT_PAGE_MAX_SHIFT)
  for (let addr = start; addr < end; ) {
    // pmd_addr_end(addr, end)
    const next = min(end, (addr & ~(RISCV_PMD_SIZE - 1n)) + RISCV_PMD_SIZE)
    createPgdMappingPerEntry(t, addr & ~(RISCV_PMD_SIZE - 1n), RISCV_PMD_SIZE, alloc)
    addr = next
  }
}

/**
 * Engine helper (no kernel counterpart): bytes of the linear map per granule.
 * Bytes of the linear map per granule name ("4K", "2M", "1G", "512G", "256T"), over [base, base + size) or all.
 */
export function linearHistogram(t: RiscvPageTables, within?: { base: PhysAddr; size: PhysSize }): Record<string, PhysSize> {
  const out: Record<string, PhysSize> = {}
  for (const run of t.linear) {
    let s = run.base
    let e = run.base + run.size
    if (within) {
      s = s > within.base ? s : within.base
      const we = within.base + within.size
      e = e < we ? e : we
      if (e <= s) continue
    }
    const name = granuleName(run.granule)
    out[name] = (out[name] ?? 0n) + (e - s)
  }
  return out
}

function granuleName(g: PhysSize): string {
  // The granules a linear map uses, named without building a string.
  if (g === RISCV_PAGE_SIZE) return '4K'
  if (g === RISCV_PMD_SIZE) return '2M'
  if (g === PUD_SIZE) return '1G'
  if (g === P4D_SIZE) return '512G'
  if (g === PGD57_SIZE) return '256T'
  if (g >= 1n << 30n) return `${g >> 30n}G`
  if (g >= 1n << 20n) return `${g >> 20n}M`
  return `${g >> 10n}K`
}

