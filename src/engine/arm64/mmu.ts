// SPDX-License-Identifier: GPL-2.0-only
/**
 * The arm64 linear map as paging_init() builds it: a mirror of map_mem() and the
 * __create_pgd_mapping() → alloc_init_p4d() → alloc_init_pud() → alloc_init_cont_pmd() →
 * init_pmd() → alloc_init_cont_pte() → init_pte() chain for 4K, 16K and 64K granules and
 * 2 to 5 levels. mapMem() runs the chain on run-length-encoded tables (mmu-fast.ts: cost
 * independent of the size of RAM); this file keeps the same chain on an explicit tree (one
 * node per table, one byte per entry, O(pages)) as mapMemReference(), the exact reference
 * the fast tables are tested against (mmu-fast.test.ts, mmu-oracle.test.ts).
 *
 * API
 *   mapMem(input: MapMemInput): MapMemResult
 *     Runs the page-table part of paging_init() for one boot and returns
 *     - `steps`: what paging_init() allocates and frees, in order (early_pgtable_alloc pages
 *       per phase, the early KFENCE pool, the init_pg_dir free) so the caller can replay
 *       them on its memblock top-down;
 *     - `histogram` / `runs`: the final linear map (after KFENCE has
 *       unmapped its guard pages) with the walker's keys: '1G', '2M', '2M-cont', '4K',
 *       '4K-cont' (16K: '16K', '16K-cont', '32M', '32M-cont'; 64K: '64K', '64K-cont',
 *       '512M', '512M-cont');
 *     - `tables` / `pageTableBytes`: the linear map's own tables;
 *     - `block`: the same map without the global NO_BLOCK|NO_CONT (for cost comparison).
 *   mapMemReference(input): MapMemResult
 *     The same on the per-entry tree (tests only).
 *   kernelBuildLayout(series): KernelBuildLayout | undefined
 *     The per-build constants of the Debian kernels the oracle booted (symbol offsets,
 *     map_kernel()/create_idmap() table pages, init_pg_dir), with how each was measured.
 *   kernelSymbols(build, textPa, codeSize?), arm64MemstartAlign(),
 *   toLinearMapFacts(flags, result, crash), crashHistogramOfRuns(runs, range), MAP_MEM_VARIANTS.
 *
 * Protocol with the caller (the boot mirror owns memblock):
 *   1. allocate build.mapKernelTablePages pages (map_kernel(), ≤6.x builds);
 *   2. if flags.kfenceEarly, allocate the pool (../kfence.ts kfencePoolSize(), PAGE_SIZE aligned);
 *   3. call mapMem() with the pool and the memory ranges as they were before paging_init;
 *   4. replay result.steps from the 'map_mem' step on (pages, the init_pg_dir free,
 *      create_idmap pages). Steps 1-2 appear in result.steps too, for the record.
 *
 * Version differences are named variants: MAP_MEM_VARIANTS picks, per linear-map
 * generation, the map_mem() shape (mapMemV510/V61/V64/V61254/V612117/V7/V73) and the create-mapping rules
 * (CREATE_MAPPING_V510 vs CREATE_MAPPING_V72: over a table ≤7.1 try a block, which
 * p?d_set_huge() refuses, leaving unmapped what the table does not map, where 7.2+ go down into
 * the table; 7.2+ never set PTE_CONT over valid non-contiguous entries).
 *
 * Not modelled: KFENCE objects freed at run time (their data pages get unmapped too; the
 * oracle walks with an early pool show 13-19 such pages), later set_memory_*() splits with BBML2, hotplug.
 *
 * @kernel arch/arm64/mm/mmu.c (v5.10.223, v6.1.192, v6.12.117, v7.2.13);
 *         arch/arm64/include/asm/{pgtable-hwdef,pgtable,kernel-pgtable}.h; mm/kfence/core.c
 */
import type { GranuleHistogram, LinearMapFacts, PhysAddr, PhysRange, PhysSize } from '../types.js'
import { SZ_16K, SZ_1G, SZ_4K, SZ_512M, SZ_64K } from '../phys.js'
import { HashedStore, SeenOnce } from '../stores.js'
import { HASH_SEED, mixNumber, mixString, valueCopy, valueEqual } from '../value-key.js'
import { isLinearMapGeneration, type LinearMapFlags, type LinearMapGeneration } from './linear-map-flags.js'
import {
  DESC_NONE,
  DESC_SECT,
  DESC_SECT_CONT,
  DESC_TABLE,
  NO_BLOCK_MAPPINGS,
  NO_CONT_MAPPINGS,
  OutsideSwapperPgDir,
  fastLinearMap,
  type FastLinearMap,
  kfenceInitPool as kfenceInitPoolFast,
  linearMapOfSegments,
  newFastPgdir,
  pSetHuge,
  refusedBlockWarning,
  sizeKey,
} from './mmu-fast.js'
import { closedFormMapMem } from './mmu-closed.js'

export { NO_BLOCK_MAPPINGS, NO_CONT_MAPPINGS }

// ---------------------------------------------------------------- flags and geometry

/** Page-table geometry of one kernel: granule, levels, the linear map's place in VA. */
export interface PgtableGeometry {
  pageSize: PhysSize
  pageShift: bigint
  vaBits: number
  /** Hardware level of swapper_pg_dir: -1 (5 levels) … 2 (2 levels). */
  rootLevel: number
  /** PAGE_OFFSET = _PAGE_OFFSET(vabits_actual) = -(1 << vaBits) (mod 2^64). */
  pageOffset: bigint
  /** CONT_PTES and CONT_PMDS (CONFIG_ARM64_CONT_{PTE,PMD}_SHIFT). */
  contPtes: number
  contPmds: number
}

const PAGE_SHIFTS = new Map<PhysSize, bigint>([[SZ_4K, 12n], [SZ_16K, 14n], [SZ_64K, 16n]])
/** CONFIG_ARM64_CONT_PTE_SHIFT / CONFIG_ARM64_CONT_PMD_SHIFT defaults — arch/arm64/Kconfig. */
const CONT_SHIFTS = new Map<PhysSize, readonly [pte: number, pmd: number]>([[SZ_4K, [4, 4]], [SZ_16K, [7, 5]], [SZ_64K, [5, 5]]])

/**
 * Mirrors ARM64_HW_PGTABLE_LEVELS() — arch/arm64/include/asm/pgtable-hwdef.h (v6.12.117:26, v7.2.13:31).
 * The geometry for a granule and the VA bits in use: ARM64_HW_PGTABLE_LEVELS(va_bits) =
 * (va_bits - 4) / (PAGE_SHIFT - 3) — arch/arm64/include/asm/pgtable-hwdef.h.
 */
export function pgtableGeometry(pageSize: PhysSize, vaBits: number): PgtableGeometry {
  const pageShift = PAGE_SHIFTS.get(pageSize)
  const cont = CONT_SHIFTS.get(pageSize)
  if (pageShift === undefined || cont === undefined) throw new Error(`assertion failed: arm64 has no ${pageSize}-byte granule`)
  const levels = Math.floor((vaBits - 4) / (Number(pageShift) - 3))
  if (levels < 2 || levels > 5) throw new Error(`assertion failed: ${vaBits}-bit VA gives ${levels} levels`)
  return {
    pageSize,
    pageShift,
    vaBits,
    rootLevel: 4 - levels,
    pageOffset: BigInt.asUintN(64, -(1n << BigInt(vaBits))),
    contPtes: 1 << cont[0],
    contPmds: 1 << cont[1],
  }
}

/** The VA shift of one entry at a hardware level (PAGE_SHIFT, PMD_SHIFT, PUD_SHIFT …). */
const levelShift = (g: PgtableGeometry, level: number): bigint => g.pageShift + BigInt(3 - level) * (g.pageShift - 3n)
const levelSize = (g: PgtableGeometry, level: number): bigint => 1n << levelShift(g, level)
/** PTRS_PER_PGD for the root, PTRS_PER_PTE (= PAGE_SIZE / 8) below it. */
const levelPtrs = (g: PgtableGeometry, level: number): number =>
  level === g.rootLevel ? Number(1n << (BigInt(g.vaBits) - levelShift(g, level))) : Number(1n << (g.pageShift - 3n))
const PMD_LEVEL = 2
const PTE_LEVEL = 3

/**
 * Mirrors ARM64_MEMSTART_ALIGN — arch/arm64/mm/init.c (v6.12.117:77-93; asm/kernel-pgtable.h in v5.10.223:126-142, v6.1.192).
 * ARM64_MEMSTART_ALIGN — arch/arm64/mm/init.c: PUD (4K), CONT_PMD (16K) or PMD (64K) size,
 * at least a sparsemem section (not applied here: arm64/setup.ts raises it to the 1 GiB
 * sections of 5.10/5.11 and passes its memstart_addr in MapMemInput).
 */
export function arm64MemstartAlign(pageSize: PhysSize): PhysSize {
  return pageSize === SZ_64K ? SZ_512M : SZ_1G
}

// ---------------------------------------------------------------- the per-entry reference tree

/*
 * mapMemReference() runs the chain below on an explicit tree (one node per table, one byte
 * per entry): O(pages), kept as the exact reference that mmu-fast.ts is tested against. The
 * policies and the map_mem() variants are shared by both.
 */

export interface PgTable {
  level: number
  /** VA mapped by entry 0. */
  va: bigint
  desc: Uint8Array
  /** Next-level tables (levels above PTE only). */
  next: Array<PgTable | undefined> | undefined
}

/** Where in paging_init() a table page was allocated. */
export type PagingInitPhase = 'map_kernel' | 'map_mem' | 'create_idmap'
export type TableLevelName = 'p4d' | 'pud' | 'pmd' | 'pte'
const LEVEL_NAMES: Record<number, TableLevelName> = { 0: 'p4d', 1: 'pud', 2: 'pmd', 3: 'pte' }

/**
 * The per-generation create-mapping rules (the helpers that differ between init_pmd() /
 * alloc_init_pud() / alloc_init_cont_p{md,te}() of the old and the 7.x code).
 */
export interface CreateMappingPolicy {
  id: string
  /** May a block be written over this old entry? */
  sectionAllowedOver(old: number): boolean
  /** May PTE_CONT be set on a CONT span holding an entry of this kind? */
  contAllowedOverEntry(old: number): boolean
  /** May PTE_CONT be set on the CONT span of `table` starting at `index`? (every entry allows it) */
  contAllowedOver(table: PgTable, index: number, span: number): boolean
  /**
   * pgattr_change_is_safe() as far as entry kinds go (same pfn, same attributes assumed; an
   * entry rewritten as it is keeps its value): false is a BUG_ON() in init_pte(), and makes
   * pmd_set_huge()/pud_set_huge() refuse a block (pSetHuge()).
   */
  pgattrChangeIsSafe(old: number, now: number): boolean
  /** init_pmd()/alloc_init_pud() WARN_ON() a refused block (7.2+); ≤7.1 ignore the 0 returned. */
  setHugeWarns: boolean
}

/**
 * ≤ 7.1 (v5.10.223 … v6.12.117; v6.16.3 … v7.1.3 alike): init_pmd()/alloc_init_pud() try the block whenever the
 * range is aligned, and the contiguous hint depends on alignment and NO_CONT only.
 */
export const CREATE_MAPPING_V510: CreateMappingPolicy = {
  id: 'v5.10',
  sectionAllowedOver: () => true,
  contAllowedOverEntry: () => true,
  contAllowedOver: () => true,
  // "live contiguous mappings may not be manipulated at all"; a table's pfn is not a block's.
  pgattrChangeIsSafe: (old, now) => old === DESC_NONE || (old === now && old !== DESC_SECT_CONT),
  setHugeWarns: false,
}

/**
 * 7.2+ (v7.2.13, v7.3.4; not in v7.1.3): `!pmd_table(old_pmd)` / `!pud_table(old_pud)` keep an existing
 * table, and pte_range_has_valid_noncont() / pmd_range_has_valid_noncont() refuse PTE_CONT
 * over a span holding a valid entry without it (a table entry counts as valid non-cont), so
 * map_mem() can map the same memory twice.
 *
 * @kernel arch/arm64/mm/mmu.c init_pmd, alloc_init_pud, pte_range_has_valid_noncont,
 *         pmd_range_has_valid_noncont (v7.2.13)
 */
export const CREATE_MAPPING_V72: CreateMappingPolicy = {
  id: 'v7.2',
  sectionAllowedOver: (old) => old !== DESC_TABLE,
  contAllowedOverEntry: (old) => old !== DESC_SECT && old !== DESC_TABLE,
  contAllowedOver: (table, index, span) => {
    for (let i = index; i < index + span && i < table.desc.length; i++) {
      if (!CREATE_MAPPING_V72.contAllowedOverEntry(table.desc[i]!)) return false
    }
    return true
  },
  // 7.x dropped the PTE_CONT rule, but PTE_CONT is not among the bits that may change.
  pgattrChangeIsSafe: (old, now) => old === DESC_NONE || old === now,
  setHugeWarns: true,
}

/** One simulation's page tables (swapper_pg_dir and everything below the linear half). */
interface MmuState {
  g: PgtableGeometry
  root: PgTable
  policy: CreateMappingPolicy
  phase: PagingInitPhase
  /** Tables allocated, in order. */
  allocs: Array<{ phase: PagingInitPhase; level: TableLevelName }>
  /** BUG_ON()/WARN_ON() conditions the kernel would have hit, and blocks p?d_set_huge() refused. */
  warnings: string[]
}

function newTable(g: PgtableGeometry, level: number, va: bigint): PgTable {
  const n = levelPtrs(g, level)
  return { level, va, desc: new Uint8Array(n), next: level < PTE_LEVEL ? new Array<PgTable | undefined>(n) : undefined }
}

const indexOf = (st: MmuState, t: PgTable, addr: bigint): number => Number((addr - t.va) >> levelShift(st.g, t.level))
const hex = (x: bigint): string => '0x' + x.toString(16)

/**
 * Mirrors early_pgtable_alloc() — arch/arm64/mm/mmu.c: one zeroed PAGE_SIZE page from
 * memblock (top-down; the caller replays the count). Here it only records the allocation.
 */
function earlyPgtableAlloc(st: MmuState, level: number, va: bigint): PgTable {
  st.allocs.push({ phase: st.phase, level: LEVEL_NAMES[level]! })
  return newTable(st.g, level, va)
}

/**
 * The `if (X_none(x)) { allocate, populate } else { BUG_ON(X_bad(x)); X_offset() }` prologue
 * shared by alloc_init_p4d/pud/cont_pmd/cont_pte for a real (unfolded) `level`: the table of
 * `level` hanging off entry `index` of `parent`.
 */
function tableBelow(st: MmuState, parent: PgTable, index: number, level: number, fn: string): PgTable {
  const d = parent.desc[index]
  if (d === DESC_TABLE) return parent.next![index]!
  if (d !== DESC_NONE) {
    // BUG_ON(pmd_sect(pmd)) / BUG_ON(pud_sect(pud)): a block where a table is needed.
    st.warnings.push(`${fn}: BUG_ON(block entry) at VA ${hex(parent.va + (BigInt(index) << levelShift(st.g, parent.level)))}`)
  }
  const t = earlyPgtableAlloc(st, level, parent.va + (BigInt(index) << levelShift(st.g, parent.level)))
  parent.desc[index] = DESC_TABLE
  parent.next![index] = t
  return t
}

/** X_addr_end(addr, end) for a boundary of 2^shift (the C form, safe against wrap). */
function addrEnd(addr: bigint, end: bigint, size: bigint): bigint {
  const boundary = (addr + size) & ~(size - 1n)
  return boundary - 1n < end - 1n ? boundary : end
}

const aligned = (x: bigint, size: bigint): boolean => (x & (size - 1n)) === 0n

/**
 * The block step of init_pmd() / alloc_init_pud() — arch/arm64/mm/mmu.c: p?d_set_huge()
 * writes the block, or refuses and leaves the entry as it was (pSetHuge()), and what the
 * caller reports then (refusedBlockWarning()).
 */
function setLeaf(st: MmuState, t: PgTable, i: number, cont: boolean, fn: 'init_pmd' | 'alloc_init_pud'): void {
  const old = t.desc[i]!
  const now = cont ? DESC_SECT_CONT : DESC_SECT
  if (pSetHuge(st.policy, old, now)) {
    t.desc[i] = now
    return
  }
  st.warnings.push(`${refusedBlockWarning(st.policy, old, fn)} at VA ${hex(t.va + (BigInt(i) << levelShift(st.g, t.level)))}`)
}

/**
 * Mirrors init_pte() — arch/arm64/mm/mmu.c: write one page entry per PAGE_SIZE in
 * [addr, end), all with or all without PTE_CONT (decided by the caller per CONT span).
 * Rewriting a live entry must pass pgattr_change_is_safe() (≤6.x: never a contiguous one).
 */
function initPte(st: MmuState, t: PgTable, addr: bigint, end: bigint, cont: boolean): void {
  const i0 = indexOf(st, t, addr)
  const n = Number((end - addr) >> st.g.pageShift)
  const now = cont ? DESC_SECT_CONT : DESC_SECT
  for (let i = i0; i < i0 + n; i++) {
    if (!st.policy.pgattrChangeIsSafe(t.desc[i]!, now)) {
      st.warnings.push(`init_pte: BUG_ON(!pgattr_change_is_safe()): live entry changed at VA ${hex(t.va + (BigInt(i) << st.g.pageShift))}`)
      break
    }
  }
  t.desc.fill(now, i0, i0 + n)
}

/**
 * Mirrors alloc_init_cont_pte() — arch/arm64/mm/mmu.c: a PTE table for the PMD entry
 * (allocated if none), then per CONT_PTE span the contiguous hint when addr, next and phys
 * are CONT_PTE_SIZE aligned and NO_CONT_MAPPINGS is clear (7.x: and the span holds no valid
 * non-contiguous entry).
 */
function allocInitContPte(st: MmuState, pmdT: PgTable, pmdI: number, addr: bigint, end: bigint, phys: bigint, flags: number): void {
  const t = tableBelow(st, pmdT, pmdI, PTE_LEVEL, 'alloc_init_cont_pte')
  const contSize = BigInt(st.g.contPtes) << st.g.pageShift
  do {
    const next = addrEnd(addr, end, contSize)
    const cont =
      aligned(addr | next | phys, contSize) &&
      (flags & NO_CONT_MAPPINGS) === 0 &&
      st.policy.contAllowedOver(t, indexOf(st, t, addr), st.g.contPtes)
    initPte(st, t, addr, next, cont)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/**
 * Mirrors init_pmd() — arch/arm64/mm/mmu.c: per PMD entry, a block when addr, next and phys
 * are PMD_SIZE aligned and NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table),
 * else a PTE table via alloc_init_cont_pte(). `cont` is the hint alloc_init_cont_pmd() put
 * into the prot.
 */
function initPmd(st: MmuState, t: PgTable, addr: bigint, end: bigint, phys: bigint, flags: number, cont: boolean): void {
  const pmdSize = levelSize(st.g, PMD_LEVEL)
  do {
    const next = addrEnd(addr, end, levelSize(st.g, t.level))
    const i = indexOf(st, t, addr)
    if (aligned(addr | next | phys, pmdSize) && (flags & NO_BLOCK_MAPPINGS) === 0 && st.policy.sectionAllowedOver(t.desc[i]!)) {
      setLeaf(st, t, i, cont, 'init_pmd')
    } else {
      allocInitContPte(st, t, i, addr, next, phys, flags)
    }
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/**
 * Mirrors alloc_init_cont_pmd() — arch/arm64/mm/mmu.c: a PMD table for the PUD entry
 * (allocated if none; with 2 levels the PMD *is* the root and the PUD pointer is reused,
 * as pmd_offset() of pgtable-nopmd.h does), then per CONT_PMD span the contiguous hint when
 * aligned and allowed, and init_pmd().
 */
function allocInitContPmd(st: MmuState, pudT: PgTable, pudI: number, addr: bigint, end: bigint, phys: bigint, flags: number): void {
  const folded = PMD_LEVEL <= st.g.rootLevel
  const t = folded ? pudT : tableBelow(st, pudT, pudI, PMD_LEVEL, 'alloc_init_cont_pmd')
  const contSize = BigInt(st.g.contPmds) << levelShift(st.g, PMD_LEVEL)
  do {
    const next = addrEnd(addr, end, contSize)
    const cont =
      aligned(addr | next | phys, contSize) &&
      (flags & NO_CONT_MAPPINGS) === 0 &&
      st.policy.contAllowedOver(t, indexOf(st, t, addr), st.g.contPmds)
    initPmd(st, t, addr, next, phys, flags, cont)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/**
 * Mirrors alloc_init_pud() — arch/arm64/mm/mmu.c: a PUD table for the P4D entry (allocated
 * if none; folded into the root with 3 or fewer levels), then per PUD entry a 1 GiB block
 * when pud_sect_supported() (4K granule only) and addr, next and phys are PUD_SIZE aligned
 * and NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table), else
 * alloc_init_cont_pmd().
 */
function allocInitPud(st: MmuState, p4dT: PgTable, p4dI: number, addr: bigint, end: bigint, phys: bigint, flags: number): void {
  const folded = 1 <= st.g.rootLevel
  const t = folded ? p4dT : tableBelow(st, p4dT, p4dI, 1, 'alloc_init_pud')
  const pudSectSupported = st.g.pageSize === SZ_4K
  do {
    const next = folded ? end : addrEnd(addr, end, levelSize(st.g, 1))
    const i = indexOf(st, t, addr)
    if (
      pudSectSupported &&
      aligned(addr | next | phys, levelSize(st.g, t.level)) &&
      (flags & NO_BLOCK_MAPPINGS) === 0 &&
      st.policy.sectionAllowedOver(t.desc[i]!)
    ) {
      setLeaf(st, t, i, false, 'alloc_init_pud')
    } else {
      allocInitContPmd(st, t, i, addr, next, phys, flags)
    }
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/**
 * Mirrors alloc_init_p4d() — arch/arm64/mm/mmu.c: with 5 levels (LPA2) a P4D table for the
 * PGD entry, else the PGD entry itself (p4d folded), then alloc_init_pud() per P4D entry.
 */
function allocInitP4d(st: MmuState, pgdT: PgTable, pgdI: number, addr: bigint, end: bigint, phys: bigint, flags: number): void {
  const folded = 0 <= st.g.rootLevel
  if (folded) {
    allocInitPud(st, pgdT, pgdI, addr, end, phys, flags)
    return
  }
  const t = tableBelow(st, pgdT, pgdI, 0, 'alloc_init_p4d')
  do {
    const next = addrEnd(addr, end, levelSize(st.g, 0))
    allocInitPud(st, t, indexOf(st, t, addr), addr, next, phys, flags)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/**
 * Mirrors __create_pgd_mapping() / __create_pgd_mapping_locked() — arch/arm64/mm/mmu.c:
 * page-align, then alloc_init_p4d() per PGD entry of swapper_pg_dir.
 */
function createPgdMapping(st: MmuState, phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void {
  const pageMask = ~(st.g.pageSize - 1n)
  if (((phys ^ virt) & ~pageMask) !== 0n) {
    st.warnings.push(`__create_pgd_mapping: WARN_ON(phys ${hex(phys)} and virt ${hex(virt)} differ within a page)`)
    return
  }
  phys &= pageMask
  let addr = virt & pageMask
  const end = (virt + size + st.g.pageSize - 1n) & pageMask
  if (addr === end) return
  do {
    const next = addrEnd(addr, end, levelSize(st.g, st.root.level))
    allocInitP4d(st, st.root, indexOf(st, st.root, addr), addr, next, phys, flags)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

// ---------------------------------------------------------------- map_mem()

/** The kernel-image symbols map_mem() uses, as physical addresses. */
export interface KernelSymbols {
  /** _text (the Image load address). */
  text: PhysAddr
  /** _stext (6.0 – 6.3 map_mem() starts the alias here); undefined = _text. */
  stext?: PhysAddr | undefined
  /** __init_begin: end of the read-only alias [_text|_stext, __init_begin). */
  initBegin: PhysAddr
  /** __init_end and __bss_stop: the 7.x data/bss alias [__init_end, __bss_stop). */
  initEnd?: PhysAddr | undefined
  bssStop?: PhysAddr | undefined
  /** _end. */
  end: PhysAddr
}

/** The KFENCE pool of this boot. */
export interface KfencePool extends PhysRange {
  /**
   * true: allocated and page-mapped by map_mem() (arm64 kfence_early_init, 6.1.65+);
   * false: allocated later from memblock (kfence_alloc_pool(), ≤6.3), only unmapped here.
   */
  early: boolean
  /** kfence_init() ran (sample interval ≠ 0): pages 0, 1 and every guard page are unmapped. */
  initialised: boolean
  /** CONFIG_KFENCE_NUM_OBJECTS (default 255). */
  numObjects?: number
}

export interface MapMemInput {
  /** The linear-map generation (Arm64Policy.linearMap). */
  generation: LinearMapGeneration
  pageSize: PhysSize
  /** VA bits in use (vabits_actual: 52 only with LPA2 hardware, else 48). */
  vaBits: number
  /**
   * memblock.memory minus NOMAP regions as paging_init() finds it (before map_mem() marks
   * anything NOMAP), sorted; touching ranges are merged as memblock merges them.
   */
  memory: PhysRange[]
  /** memstart_addr (PHYS_OFFSET); default round_down(lowest RAM, ARM64_MEMSTART_ALIGN). */
  memstartAddr?: PhysAddr
  kernel: KernelSymbols
  /** The flags map_mem() uses for the memory banks (from linearMapFlags()). */
  flags: Pick<LinearMapFlags, 'noBlock' | 'noCont'>
  kfence?: KfencePool | undefined
  /**
   * ≤6.3 early path (flags.crashEarlyPageMapped and reserved before paging_init): the crash
   * region is NOMAP'd during the bank loop and mapped alone with NO_BLOCK|NO_CONT.
   */
  crashEarly?: PhysRange | undefined
  /** paging_init() around map_mem() (from the build): tables and frees. */
  pagingInit?: {
    mapKernelTablePages: number
    createIdmapTablePages: number
    initPgDir?: PhysRange | undefined
  }
  /** Also map without the global flags for `block` (default true). */
  blockComparison?: boolean
}

/** One thing paging_init() does to memblock, in order. */
export type PagingInitStep =
  | { kind: 'pgtable'; phase: PagingInitPhase; pages: number }
  | { kind: 'kfence-pool'; pool: PhysRange }
  | { kind: 'free'; what: 'init_pg_dir'; range: PhysRange }

/** A maximal run of linear map with one granule (PA order). */
export interface LinearMapRun extends PhysRange {
  va: bigint
  map: string
}

export interface LinearMapLayout {
  histogram: GranuleHistogram
  /** Tables map_mem() allocated, by level. */
  tables: Record<TableLevelName, number>
  /** All of them × PAGE_SIZE. */
  pageTableBytes: PhysSize
  /** PTE tables × PAGE_SIZE. */
  lastLevelTableBytes: PhysSize
}

export interface MapMemResult extends LinearMapLayout {
  steps: PagingInitStep[]
  /** early_pgtable_alloc() pages of all of paging_init() (map_kernel + map_mem + create_idmap). */
  pgtablePages: number
  runs: LinearMapRun[]
  /** The map with the global NO_BLOCK|NO_CONT dropped (equal to the above when not forced). */
  block: LinearMapLayout
  /**
   * BUG_ON()/WARN_ON() conditions the kernel would hit with this input, and blocks
   * pmd_set_huge()/pud_set_huge() refused (≤7.1 silently: over a table, RAM stays unmapped).
   */
  warnings: string[]
}

/**
 * The page tables a map_mem() variant writes: swapper_pg_dir's geometry and
 * __create_pgd_mapping() on it (run-length encoded in mmu-fast.ts, per entry in the reference).
 */
export interface SwapperPgDir {
  g: PgtableGeometry
  createPgdMapping(phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void
  /** createPgdMapping(start, __phys_to_virt(start), end - start, flags), memstart_addr being the pgdir's. */
  mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void
}

/** The state a map_mem() variant works on. */
export interface MapMemContext {
  st: SwapperPgDir
  input: MapMemInput
  memstart: PhysAddr
  /** Global flags for the banks. */
  flags: number
}

/** __phys_to_virt() — arch/arm64/include/asm/memory.h: (phys - PHYS_OFFSET) | PAGE_OFFSET. */
const physToVirt = (g: PgtableGeometry, memstart: PhysAddr, pa: PhysAddr): bigint => g.pageOffset + (pa - memstart)

/**
 * __map_memblock() — arch/arm64/mm/mmu.c: map [start, end) at its linear address,
 * __create_pgd_mapping(start, __phys_to_virt(start), end - start) (SwapperPgDir.mapLinear():
 * the pgdir was made for c.memstart).
 */
function mapMemblock(c: MapMemContext, start: PhysAddr, end: PhysAddr, flags: number): void {
  c.st.mapLinear(start, end, flags)
}

/**
 * for_each_mem_range() after memblock_mark_nomap() of `nomap`: memblock.memory regions
 * without MEMBLOCK_NOMAP (memblock merges neighbours with equal flags), in address order,
 * as a flat list start0, end0, start1, end1, ….
 *
 * Each merged region loses every NOMAP range in turn; what is left of one region never
 * touches another's, so cutting region by region (subtractNomap()) gives the pieces in the
 * order cutting NOMAP range by NOMAP range over all regions would.
 *
 * @kernel mm/memblock.c __next_mem_range, memblock_setclr_flag, memblock_merge_regions
 */
function forEachMemRange(memory: PhysRange[], nomap: PhysRange[]): PhysAddr[] {
  let sorted = memory
  for (let k = 1; k < memory.length; k++) {
    if (memory[k]!.base < memory[k - 1]!.base) {
      sorted = [...memory].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
      break
    }
  }
  const merged: bigint[] = []
  for (const r of sorted) {
    const n = merged.length
    if (n > 0 && r.base <= merged[n - 1]!) {
      const end = r.base + r.size
      if (end > merged[n - 1]!) merged[n - 1] = end
    } else if (r.size > 0n) {
      merged.push(r.base, r.base + r.size)
    }
  }
  if (nomap.length === 0) return merged
  const out: bigint[] = []
  for (let k = 0; k < merged.length; k += 2) subtractNomap(merged[k]!, merged[k + 1]!, nomap, 0, out)
  return out
}

/** [s, e) minus nomap[i], nomap[i + 1], … in turn, its pieces appended to `out` in order. */
function subtractNomap(s: bigint, e: bigint, nomap: PhysRange[], i: number, out: bigint[]): void {
  if (i === nomap.length) {
    out.push(s, e)
    return
  }
  const ns = nomap[i]!.base
  const ne = ns + nomap[i]!.size
  if (ne <= s || ns >= e) {
    subtractNomap(s, e, nomap, i + 1, out)
    return
  }
  if (ns > s) subtractNomap(s, ns, nomap, i + 1, out)
  if (ne < e) subtractNomap(ne, e, nomap, i + 1, out)
}

/**
 * map_mem() of 5.10 — arch/arm64/mm/mmu.c v5.10.223: [_text, __init_begin) and an
 * early crash region are NOMAP'd, the banks mapped with the global flags, then the kernel
 * alias with NO_CONT_MAPPINGS only (blocks allowed: the 2M runs of the kernel alias in the
 * walks) and the crash region with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v5.10.223)
 */
export function mapMemV510(c: MapMemContext): void {
  const { kernel, crashEarly } = c.input
  const kernelStart = kernel.text
  const kernelEnd = kernel.initBegin
  const nomap: PhysRange[] = [{ base: kernelStart, size: kernelEnd - kernelStart }]
  if (crashEarly) nomap.push(crashEarly)
  const ranges = forEachMemRange(c.input.memory, nomap)
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!
    const end = ranges[k + 1]!
    if (start >= end) break
    mapMemblock(c, start, end, c.flags)
  }
  mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS)
  if (crashEarly) mapMemblock(c, crashEarly.base, crashEarly.base + crashEarly.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS)
}

/**
 * map_mem() of 5.11 … 6.3 — arch/arm64/mm/mmu.c v6.1.192: as 5.10 but the alias starts at
 * _stext (e2a073dde921, 5.11), and (6.1.65+) the early KFENCE pool is NOMAP'd during the bank loop and mapped at
 * the end with NO_BLOCK|NO_CONT (arm64_kfence_alloc_pool(), arm64_kfence_map_pool()).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.1.192)
 */
export function mapMemV61(c: MapMemContext): void {
  const { kernel, crashEarly } = c.input
  const pool = c.input.kfence?.early ? c.input.kfence : undefined
  const kernelStart = kernel.stext ?? kernel.text
  const kernelEnd = kernel.initBegin
  const nomap: PhysRange[] = []
  if (pool) nomap.push(pool)
  nomap.push({ base: kernelStart, size: kernelEnd - kernelStart })
  if (crashEarly) nomap.push(crashEarly)
  const ranges = forEachMemRange(c.input.memory, nomap)
  for (let k = 0; k < ranges.length; k += 2) {
    const start = ranges[k]!
    const end = ranges[k + 1]!
    if (start >= end) break
    mapMemblock(c, start, end, c.flags)
  }
  mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS)
  if (crashEarly) mapMemblock(c, crashEarly.base, crashEarly.base + crashEarly.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS)
  if (pool) mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS)
}

/**
 * map_mem() of 6.4 – 6.12.53 and 6.13 – 6.17.3 — arch/arm64/mm/mmu.c v6.12.117 as it was
 * before 5973a62efa34: no crash handling; the early KFENCE pool and [_stext, __init_begin)
 * are NOMAP'd (the alias still starts at _stext, as since e2a073dde921 in 5.11), the banks
 * mapped with the global flags (a bank boundary inside a page maps that whole page:
 * __create_pgd_mapping() rounds phys down and the end up), so [_text, _stext) goes with its
 * bank; then the kernel alias with NO_CONT_MAPPINGS and the pool with NO_BLOCK|NO_CONT.
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_alloc_pool, arm64_kfence_map_pool (v6.12.117,
 *         with the lines 5973a62efa34 changed as they were: the 6.12-stable review patch for 6.12.54)
 */
export function mapMemV64(c: MapMemContext): void {
  mapMemNomapKernel(c, true, false)
}

/**
 * map_mem() of stable 6.12.54 – 6.12.116 and 6.17.4 – 6.17.y: as mapMemV64(), with the alias
 * from _text: 5973a62efa34 "arm64: map [_text, _stext) virtual address range
 * non-executable+read-only" (mainline 6.18 or earlier: in v6.17.8, not in v6.16.3; Cc stable) reached 6.12.54 and 6.17.4 (the
 * stable review cycles of 17 Oct 2025; the stable queues of 15 Oct 2025 hold it for 6.12
 * and 6.17 only, so 6.6 and 6.1 keep _stext: Debian 6.1.192 does).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v6.12.117 without its 6.12.117 rounding)
 */
export function mapMemV61254(c: MapMemContext): void {
  mapMemNomapKernel(c, false, false)
}

/**
 * map_mem() of stable 6.12.117 (Debian 6.12.117): as mapMemV61254(), with each bank rounded
 * inwards to pages first ("arm64: mm: fix accidental linear mapping of no-map reserved
 * memory", ChangeLog-6.12.117; a stable-only fix: mainline had dropped the NOMAP trick).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v6.12.117)
 */
export function mapMemV612117(c: MapMemContext): void {
  mapMemNomapKernel(c, false, true)
}

/**
 * The body of mapMemV64(), mapMemV61254() and mapMemV612117(): `fromStext` is the alias's
 * start before 5973a62efa34, `roundInwards` the 6.12.117 fix.
 */
function mapMemNomapKernel(c: MapMemContext, fromStext: boolean, roundInwards: boolean): void {
  const { kernel } = c.input
  const pool = c.input.kfence?.early ? c.input.kfence : undefined
  // ~(PAGE_SIZE - 1), written 0n - PAGE_SIZE: a subtraction V8 compiles, `~` it does not.
  const pageMask = 0n - c.st.g.pageSize
  const kernelStart = fromStext ? (kernel.stext ?? kernel.text) : kernel.text
  const kernelEnd = kernel.initBegin
  const nomap: PhysRange[] = []
  if (pool) nomap.push(pool)
  nomap.push({ base: kernelStart, size: kernelEnd - kernelStart })
  const ranges = forEachMemRange(c.input.memory, nomap)
  for (let k = 0; k < ranges.length; k += 2) {
    let start = ranges[k]!
    let end = ranges[k + 1]!
    if (start >= end) break
    if (roundInwards) {
      // Round inwards so a byte-precise NOMAP boundary never maps a no-map page.
      start = (start + c.st.g.pageSize - 1n) & pageMask
      end = end & pageMask
      if (start >= end) continue
    }
    mapMemblock(c, start, end, c.flags)
  }
  mapMemblock(c, kernelStart, kernelEnd, NO_CONT_MAPPINGS)
  if (pool) mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS)
}

/**
 * map_mem() of 7.2 — arch/arm64/mm/mmu.c v7.2.13 (v7.1.3 still has the NOMAP trick of
 * mapMemV61254()): no NOMAP trick. The early KFENCE
 * pool is mapped first (NO_BLOCK|NO_CONT), then [_text, __init_begin) and
 * [__init_end, __bss_stop) with the global flags, then every bank with the global flags
 * over them (CREATE_MAPPING_V72 keeps what is there).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem, arm64_kfence_map_pool (v7.2.13)
 */
export function mapMemV7(c: MapMemContext): void {
  mapMemKernelFirst(c, false)
}

/**
 * map_mem() of 7.3 — arch/arm64/mm/mmu.c v7.3.4: as mapMemV7(), with each bank rounded
 * inwards to pages (start up, end down; a bank left empty is skipped), as stable 6.12.117
 * did ("for_each_mem_range may return sub-page-aligned boundaries after memblock_mark_nomap()
 * splits regions at byte precision", the comment above the rounding in v7.3.4's loop).
 *
 * @kernel arch/arm64/mm/mmu.c map_mem (v7.3.4)
 */
export function mapMemV73(c: MapMemContext): void {
  mapMemKernelFirst(c, true)
}

/** The body of mapMemV7() and mapMemV73(): `roundInwards` is the 7.3 rounding of each bank. */
function mapMemKernelFirst(c: MapMemContext, roundInwards: boolean): void {
  const { kernel } = c.input
  const pool = c.input.kfence?.early ? c.input.kfence : undefined
  if (kernel.initEnd === undefined || kernel.bssStop === undefined) {
    throw new Error('assertion failed: map_mem() of 7.x needs __init_end and __bss_stop')
  }
  if (pool) mapMemblock(c, pool.base, pool.base + pool.size, NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS)
  mapMemblock(c, kernel.text, kernel.initBegin, c.flags)
  mapMemblock(c, kernel.initEnd, kernel.bssStop, c.flags)
  // ~(PAGE_SIZE - 1), written 0n - PAGE_SIZE (as in mapMemNomapKernel()).
  const pageMask = 0n - c.st.g.pageSize
  const ranges = forEachMemRange(c.input.memory, [])
  for (let k = 0; k < ranges.length; k += 2) {
    let start = ranges[k]!
    let end = ranges[k + 1]!
    if (roundInwards) {
      start = (start + c.st.g.pageSize - 1n) & pageMask
      end = end & pageMask
      if (start >= end) continue
    }
    mapMemblock(c, start, end, c.flags)
  }
}

/**
 * Whether a generation's kernel image starts at _stext rather than _text: 5.11 – 6.12.53 and
 * 6.13 – 6.17.3, whose map_mem() starts the read-only alias there (mapMemV61(), mapMemV64())
 * and whose arm64_memblock_init() reserves the image from there too, leaving the head free
 * (every 6.1 memblock=debug boot). 5973a62efa34 moved both back to _text (6.12.54, 6.17.4;
 * arch/arm64/mm/init.c:282 reserves from _stext in v6.16.3, from _text in v6.17.8). Derived from the variant table so that the reservation and the alias cannot disagree.
 * @kernel arch/arm64/mm/init.c arm64_memblock_init, arch/arm64/mm/mmu.c map_mem (v6.1.192)
 */
export function imageStartsAtStext(generation: string): boolean {
  if (!isLinearMapGeneration(generation)) throw new Error(`assertion failed: unknown arm64 linear-map generation '${generation}'`)
  const { mapMem } = MAP_MEM_VARIANTS[generation]
  return mapMem === mapMemV61 || mapMem === mapMemV64
}

/** Per generation: the map_mem() shape and the create-mapping rules. */
export const MAP_MEM_VARIANTS: Record<LinearMapGeneration, { mapMem: (c: MapMemContext) => void; policy: CreateMappingPolicy }> = {
  'arm64-5.10.0': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
  'arm64-5.10.47': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
  'arm64-5.10.110': { mapMem: mapMemV510, policy: CREATE_MAPPING_V510 },
  // 5.11 – 5.19: e2a073dde921 "arm64: omit [_text, _stext) from permanent kernel mapping"
  // (arm64 updates for 5.11) starts the alias and the image reservation at _stext.
  'arm64-5.11': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-5.12': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-5.18': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-5.19': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-6.0': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-6.0.10': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'arm64-6.1.65': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  // 6.4 – 6.12.53 and 6.13 – 6.17.3 still from _stext (v6.16.3 too); 5973a62efa34 (6.12.54, 6.17.4)
  // goes back to _text.
  'arm64-6.4': { mapMem: mapMemV64, policy: CREATE_MAPPING_V510 },
  'arm64-6.6.4': { mapMem: mapMemV64, policy: CREATE_MAPPING_V510 },
  'arm64-6.12': { mapMem: mapMemV64, policy: CREATE_MAPPING_V510 },
  'arm64-6.12.54': { mapMem: mapMemV61254, policy: CREATE_MAPPING_V510 },
  'arm64-6.12.117': { mapMem: mapMemV612117, policy: CREATE_MAPPING_V510 },
  // 6.18 – 7.1 keep 6.12.54's NOMAP shape and create-mapping rules (map_mem(pgd_t *) and
  // init_pmd() of v6.18.5 … v7.1.3); the 7.2 shape and rules are in 7.2.13, not in 7.1.3.
  'arm64-6.18': { mapMem: mapMemV61254, policy: CREATE_MAPPING_V510 },
  'arm64-7.0': { mapMem: mapMemV61254, policy: CREATE_MAPPING_V510 },
  'arm64-7.2': { mapMem: mapMemV7, policy: CREATE_MAPPING_V72 },
  'arm64-7.3': { mapMem: mapMemV73, policy: CREATE_MAPPING_V72 },
  'whatif-bhe-4g': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
  'whatif-rppt': { mapMem: mapMemV61, policy: CREATE_MAPPING_V510 },
}

/**
 * Mirrors the protection loop of kfence_init_pool() — mm/kfence/core.c: the first two pool
 * pages and the right guard page of every object are unmapped (kfence_protect() →
 * set_memory_valid(…, 0) on the linear address), leaving the objects' data pages
 * 2, 4, …, 2·N mapped.
 *
 * @kernel mm/kfence/core.c kfence_init_pool; arch/arm64/include/asm/kfence.h kfence_protect_page
 */
function kfenceInitPool(st: MmuState, memstart: PhysAddr, pool: KfencePool): void {
  const n = pool.numObjects ?? 255
  const page = st.g.pageSize
  const protect = (pa: PhysAddr): void => {
    const va = st.g.pageOffset + (pa - memstart)
    let t = st.root
    for (;;) {
      const i = indexOf(st, t, va)
      const d = t.desc[i]
      if (d === DESC_TABLE) {
        t = t.next![i]!
        continue
      }
      if (t.level === PTE_LEVEL && d !== DESC_NONE) t.desc[i] = DESC_NONE
      else st.warnings.push(`kfence_protect: no page mapping at ${hex(pa)} (set_memory_valid() fails on a block)`)
      return
    }
  }
  protect(pool.base)
  protect(pool.base + page)
  for (let i = 0n; i < BigInt(n); i++) protect(pool.base + 2n * page + 2n * i * page + page)
}

// ---------------------------------------------------------------- walking the reference tree

interface Leaf {
  va: bigint
  pa: bigint
  size: bigint
  map: string
}

/** Walks the linear half of swapper_pg_dir in VA order, one callback per maximal run of equal entries in a table. */
function walkLinearMap(st: MmuState, memstart: PhysAddr, emit: (leaf: Leaf) => void): void {
  const g = st.g
  const linearEnd = g.pageOffset + (1n << BigInt(g.vaBits - 1))
  const visit = (t: PgTable): void => {
    const shift = levelShift(g, t.level)
    const size = 1n << shift
    const key = sizeKey(size)
    let i = 0
    const n = t.desc.length
    while (i < n) {
      const d = t.desc[i]!
      if (d === DESC_NONE) {
        i++
        continue
      }
      if (d === DESC_TABLE) {
        visit(t.next![i]!)
        i++
        continue
      }
      let j = i + 1
      while (j < n && t.desc[j] === d) j++
      const va = t.va + (BigInt(i) << shift)
      if (va < linearEnd) emit({ va, pa: va - g.pageOffset + memstart, size: BigInt(j - i) << shift, map: d === DESC_SECT_CONT ? `${key}-cont` : key })
      i = j
    }
  }
  visit(st.root)
}

function layoutOf(st: MmuState, memstart: PhysAddr): LinearMapLayout & { leaves: Leaf[] } {
  const histogram: GranuleHistogram = {}
  const leaves: Leaf[] = []
  walkLinearMap(st, memstart, (l) => {
    histogram[l.map] = (histogram[l.map] ?? 0n) + l.size
    leaves.push(l)
  })
  const tables: Record<TableLevelName, number> = { p4d: 0, pud: 0, pmd: 0, pte: 0 }
  for (const a of st.allocs) if (a.phase === 'map_mem') tables[a.level]++
  const all = tables.p4d + tables.pud + tables.pmd + tables.pte
  return {
    histogram,
    tables,
    pageTableBytes: BigInt(all) * st.g.pageSize,
    lastLevelTableBytes: BigInt(tables.pte) * st.g.pageSize,
    leaves,
  }
}

function runsOf(leaves: Leaf[]): LinearMapRun[] {
  const runs: LinearMapRun[] = []
  for (const l of [...leaves].sort((a, b) => (a.pa < b.pa ? -1 : a.pa > b.pa ? 1 : 0))) {
    const last = runs[runs.length - 1]
    if (last && last.map === l.map && last.base + last.size === l.pa) last.size += l.size
    else runs.push({ base: l.pa, size: l.size, va: l.va, map: l.map })
  }
  return runs
}

// ---------------------------------------------------------------- paging_init()

/** What one map_mem() + kfence_init_pool() run leaves in swapper_pg_dir. */
interface LinearMapWalk {
  layout: LinearMapLayout
  /** early_pgtable_alloc() pages of map_mem(). */
  pages: number
  /** Only when asked for detail. */
  runs: LinearMapRun[]
  warnings: string[]
}

/** One map_mem() run: `memstart` is memstartOf(input), taken once for both runs of paging_init(). */
type LinearMapRunner = (input: MapMemInput, memstart: PhysAddr, flags: number, detail: boolean) => LinearMapWalk

function variantOf(input: MapMemInput): (typeof MAP_MEM_VARIANTS)[LinearMapGeneration] {
  const variant = MAP_MEM_VARIANTS[input.generation]
  if (!variant) throw new Error(`assertion failed: unknown arm64 linear-map generation '${input.generation}'`)
  return variant
}

/** memstart_addr: given, or round_down(lowest RAM, ARM64_MEMSTART_ALIGN). */
function memstartOf(input: MapMemInput): PhysAddr {
  if (input.memstartAddr !== undefined) return input.memstartAddr
  let lowest: bigint | undefined
  for (const r of input.memory) if (lowest === undefined || r.base < lowest) lowest = r.base
  return (lowest ?? 0n) & (0n - arm64MemstartAlign(input.pageSize))
}

/** The geometries built so far (a handful: granule × VA bits), searched by value, no key string. */
const GEOMETRY_CACHE: PgtableGeometry[] = []

/** pgtableGeometry(), shared between runs (never mutated). */
function geometryOf(input: MapMemInput): PgtableGeometry {
  for (const g of GEOMETRY_CACHE) if (g.pageSize === input.pageSize && g.vaBits === input.vaBits) return g
  const g = pgtableGeometry(input.pageSize, input.vaBits)
  GEOMETRY_CACHE.push(g)
  return g
}

function tablesLayout(tables: Record<TableLevelName, number>, pageSize: PhysSize, histogram: GranuleHistogram): LinearMapLayout {
  const all = tables.p4d + tables.pud + tables.pmd + tables.pte
  return { histogram, tables, pageTableBytes: BigInt(all) * pageSize, lastLevelTableBytes: BigInt(tables.pte) * pageSize }
}

/**
 * map_mem() and kfence_init_pool(): in closed form when the mappings do not overlap and
 * KFENCE unmaps nothing (mmu-closed.ts), else on run-length-encoded tables (mmu-fast.ts).
 */
const runMapMem: LinearMapRunner = (input, memstart, flags, detail) => {
  const variant = variantOf(input)
  const g = geometryOf(input)
  return runMapMemClosed(input, memstart, flags, detail, variant, g) ?? runMapMemRuns(input, memstart, flags, detail, variant, g)
}

/** One way of running a generation's map_mem() (`variant`) at geometry `g`. */
type MapMemWay<R> = (
  input: MapMemInput,
  memstart: PhysAddr,
  flags: number,
  detail: boolean,
  variant: (typeof MAP_MEM_VARIANTS)[LinearMapGeneration],
  g: PgtableGeometry,
) => R

/** map_mem() in closed form (mmu-closed.ts), or undefined where that does not hold. */
const runMapMemClosed: MapMemWay<LinearMapWalk | undefined> = (input, memstart, flags, detail, variant, g) => {
  // kfence_init_pool() unmaps pages afterwards: the run tables model that.
  if (input.kfence?.initialised) return undefined
  // paging_init()'s block comparison (no detail) follows its detailed run on the same input.
  const closed = closedFormMapMem(g, variant, { input, memstart, flags }, !detail)
  if (!closed) return undefined
  const map = linearMapOfSegments(closed.geo, g.pageOffset, memstart, closed.segs, detail, [])
  return walkOf(closed.tables, g.pageSize, map)
}

/** map_mem() and kfence_init_pool() on run-length-encoded tables (mmu-fast.ts). */
const runMapMemRuns: MapMemWay<LinearMapWalk> = (input, memstart, flags, detail, variant, g) => {
  const st = newFastPgdir(g, variant.policy, memstart)
  variant.mapMem({ st, input, memstart, flags })
  if (input.kfence?.initialised) kfenceInitPoolFast(st, memstart, input.kfence)
  return walkOf(st.tables, g.pageSize, fastLinearMap(st, memstart, detail))
}

/** One run's result from its early_pgtable_alloc() pages by level (p4d, pud, pmd, pte) and its linear map. */
function walkOf(tables: readonly [number, number, number, number], pageSize: PhysSize, map: FastLinearMap): LinearMapWalk {
  const [p4d, pud, pmd, pte] = tables
  return {
    layout: tablesLayout({ p4d, pud, pmd, pte }, pageSize, map.histogram),
    pages: p4d + pud + pmd + pte,
    runs: map.runs,
    warnings: map.warnings,
  }
}

/** The same on the per-entry tree of this file (the reference). */
const runMapMemReference: LinearMapRunner = (input, memstart, flags) => {
  const variant = variantOf(input)
  const g = pgtableGeometry(input.pageSize, input.vaBits)
  const st: MmuState = { g, root: newTable(g, g.rootLevel, g.pageOffset), policy: variant.policy, phase: 'map_mem', allocs: [], warnings: [] }
  const pgdir: SwapperPgDir = {
    g,
    createPgdMapping: (phys, virt, size, f) => createPgdMapping(st, phys, virt, size, f),
    mapLinear: (start, end, f) => createPgdMapping(st, start, physToVirt(g, memstart, start), end - start, f),
  }
  variant.mapMem({ st: pgdir, input, memstart, flags })
  if (input.kfence?.initialised) kfenceInitPool(st, memstart, input.kfence)
  const lay = layoutOf(st, memstart)
  return {
    layout: { histogram: lay.histogram, tables: lay.tables, pageTableBytes: lay.pageTableBytes, lastLevelTableBytes: lay.lastLevelTableBytes },
    pages: st.allocs.length,
    runs: runsOf(lay.leaves),
    warnings: st.warnings,
  }
}

/** paging_init() around one runner: the steps, the map, and the block comparison. */
function pagingInit(input: MapMemInput, run: LinearMapRunner): MapMemResult {
  const flags = (input.flags.noBlock ? NO_BLOCK_MAPPINGS : 0) | (input.flags.noCont ? NO_CONT_MAPPINGS : 0)
  const memstart = memstartOf(input)
  const map = run(input, memstart, flags, true)
  const lay = map.layout
  const pi = input.pagingInit ?? { mapKernelTablePages: 0, createIdmapTablePages: 0 }
  const steps: PagingInitStep[] = []
  if (pi.mapKernelTablePages > 0) steps.push({ kind: 'pgtable', phase: 'map_kernel', pages: pi.mapKernelTablePages })
  if (input.kfence?.early) steps.push({ kind: 'kfence-pool', pool: { base: input.kfence.base, size: input.kfence.size } })
  steps.push({ kind: 'pgtable', phase: 'map_mem', pages: map.pages })
  if (pi.initPgDir) steps.push({ kind: 'free', what: 'init_pg_dir', range: pi.initPgDir })
  if (pi.createIdmapTablePages > 0) steps.push({ kind: 'pgtable', phase: 'create_idmap', pages: pi.createIdmapTablePages })

  const forced = input.flags.noBlock || input.flags.noCont
  // Both runners return a layout of these four fields alone, made for this call: the block
  // comparison's is the result's as it is (results are never changed).
  const block: LinearMapLayout = forced && input.blockComparison !== false ? run(input, memstart, 0, false).layout : lay
  return {
    steps,
    pgtablePages: pi.mapKernelTablePages + map.pages + pi.createIdmapTablePages,
    histogram: lay.histogram,
    tables: lay.tables,
    pageTableBytes: lay.pageTableBytes,
    lastLevelTableBytes: lay.lastLevelTableBytes,
    runs: map.runs,
    block,
    warnings: map.warnings,
  }
}

/**
 * The page-table part of paging_init() — arch/arm64/mm/mmu.c: map_kernel() (≤6.x builds,
 * a per-build count), map_mem() (mirrored), the init_pg_dir free and create_idmap()
 * (6.0 – 6.8 builds, per-build count); then kfence_init_pool()'s unmapping, and the
 * resulting linear map. Runs on run-length-encoded tables (mmu-fast.ts): the cost depends on
 * the number of ranges, not on the size of RAM.
 *
 * A mapping outside [PAGE_OFFSET, 2^64) — memory below memstart_addr or past the VA space,
 * which arm64_memblock_init() never leaves — is handed to the per-entry reference, whose
 * out-of-range behaviour is kept as it was.
 *
 * @kernel arch/arm64/mm/mmu.c paging_init, map_mem (v5.10.223, v6.1.192, v6.12.117, v7.2.13),
 *         create_idmap (v6.1.192, v6.12.117, v7.2.13; 5.10 builds its idmap in arch/arm64/kernel/head.S)
 */
export function mapMem(input: MapMemInput): MapMemResult {
  try {
    return pagingInit(input, runMapMem)
  } catch (e) {
    if (e instanceof OutsideSwapperPgDir) return pagingInit(input, runMapMemReference)
    throw e
  }
}

/** Thrown by the closed-form-only runner where the closed form does not hold. */
class NotClosedForm extends Error {}

/**
 * Engine helper (no kernel counterpart): runs mapMem() by its closed form only, for the tests that compare the ways.
 * mapMem() with each of its two ways alone, for the tests that compare them with the
 * reference: the closed form (undefined where it does not hold) and the run-length tables.
 */
export function mapMemClosedForm(input: MapMemInput): MapMemResult | undefined {
  try {
    return pagingInit(input, (i, memstart, flags, detail) => {
      const walk = runMapMemClosed(i, memstart, flags, detail, variantOf(i), geometryOf(i))
      if (!walk) throw new NotClosedForm()
      return walk
    })
  } catch (e) {
    if (e instanceof NotClosedForm) return undefined
    throw e
  }
}

/** Engine helper (no kernel counterpart): runs mapMem() on the run-length tables only, for the tests that compare the ways. */
export function mapMemRuns(input: MapMemInput): MapMemResult {
  const runs: LinearMapRunner = (i, memstart, flags, detail) => runMapMemRuns(i, memstart, flags, detail, variantOf(i), geometryOf(i))
  try {
    return pagingInit(input, runs)
  } catch (e) {
    if (e instanceof OutsideSwapperPgDir) return pagingInit(input, runMapMemReference)
    throw e
  }
}

/**
 * Engine helper (no kernel counterpart): runs mapMem() on the per-entry reference tree, for the tests.
 * mapMem() on the per-entry page-table tree (one byte per entry, O(pages)): the exact
 * reference the run-length-encoded tables are tested against. Not for production use.
 */
export function mapMemReference(input: MapMemInput): MapMemResult {
  return pagingInit(input, runMapMemReference)
}

/**
 * Engine helper (no kernel counterpart): the granule histogram of one crash region, read off the runs.
 * The bytes of `r` by the granule that maps them, read off the runs (absent key = not mapped).
 */
export function crashHistogramOfRuns(runs: readonly LinearMapRun[], r: PhysRange): GranuleHistogram {
  const h: GranuleHistogram = {}
  const end = r.base + r.size
  for (const run of runs) {
    const s = run.base > r.base ? run.base : r.base
    const e = run.base + run.size < end ? run.base + run.size : end
    if (e > s) h[run.map] = (h[run.map] ?? 0n) + (e - s)
  }
  return h
}

/**
 * Engine helper (no kernel counterpart): packs flags and a mapMem() result into the engine's LinearMapFacts.
 * The engine-boundary facts (types.ts LinearMapFacts) of one flags + mapMem() pair, with the
 * mapping of each crash region (in address order).
 */
export function toLinearMapFacts(flags: Pick<LinearMapFlags, 'forcedBy' | 'forcedByCrashkernel'>, r: MapMemResult, crash: readonly PhysRange[]): LinearMapFacts {
  return {
    forcedBasePagesBy: [...flags.forcedBy],
    forcedByCrashkernel: flags.forcedByCrashkernel,
    histogram: r.histogram,
    crashHistogram: crash.map((c) => crashHistogramOfRuns(r.runs, c)),
    pageTableBytes: r.lastLevelTableBytes,
    blockHistogram: r.block.histogram,
    blockPageTableBytes: r.block.lastLevelTableBytes,
    kfenceRuntimeUnmappablePages: 0,
  }
}

// ---------------------------------------------------------------- the Debian builds

/** Constants of one kernel build that the code cannot derive (symbol offsets, static tables). */
export interface KernelBuildLayout {
  /** Debian series ("5.10", "6.1", "6.12", "7.2", "7.3"). */
  series: string
  release: string
  package: string
  generation: LinearMapGeneration
  pageSize: PhysSize
  /** VA_BITS of the build (vabits_actual is 48 without LPA2 hardware). */
  vaBits: number
  /** Image header image_size (= _end - _text). */
  imageSize: PhysSize
  /** Offsets from _text. */
  offsets: {
    stext?: PhysSize
    initBegin: PhysSize
    initEnd?: PhysSize
    bssStop?: PhysSize
  }
  /**
   * KIMAGE_VADDR - _PAGE_END(VA_BITS_MIN): where the image is mapped (MODULES_END): 5.10
   * BPF JIT 128M + modules 128M, 6.1 modules 128M, 6.12 – 7.3 modules 2G (memory.h).
   */
  kimageOffset: PhysSize
  /** early_pgtable_alloc() pages of map_kernel() before map_mem() (0: built by early boot code). */
  mapKernelTablePages: number
  /** early_pgtable_alloc() pages of create_idmap() after the init_pg_dir free (0: static tables). */
  createIdmapTablePages: number
  /** init_pg_dir, freed by paging_init(): offset from _text and size. */
  initPgDir?: { offset: PhysSize; size: PhysSize }
  /** CONFIG_KFENCE_NUM_OBJECTS (0 = no KFENCE). */
  kfenceNumObjects: number
  /** How the constants were measured. */
  measured: string
}

/**
 * The oracle's Debian builds. Measured from the oracle cases (QEMU virt, Image at
 * 0x40200000 = _text):
 * - initBegin: end of the read-only linear alias in every ptwalk case's `runs` (the RO 2M/4K
 *   runs end at __init_begin; mark_linear_text_alias_ro()).
 * - stext (6.1): start of the RO alias and of arm64_memblock_init()'s kernel reservation
 *   (6.1 reserves [_stext, _end): 0x40210000). 6.12.117 maps and reserves from _text, so its
 *   boots cannot show _stext: the PE header's BaseOfCode in the package's Image gives it
 *   (0x10000, as 6.1), for the 6.12.0 – 6.12.53 and 6.13 – 6.17.3 kernels it stands in for.
 * - initEnd/bssStop (7.2): the read-only [__init_end, __bss_stop) run that mark_rodata_ro()
 *   leaves in the rodata=on/noalias walks (0x42ae0000-0x430e6000), matching the block/cont
 *   breaks of the rodata=off+kfence walks.
 * - 7.3 (Debian 7.3.4, not booted by the oracle, no page-table walk): the test/boots/releases
 *   boots. __init_begin is the end of /proc/iomem's "Kernel code" + 1 and __init_end the start
 *   of "Kernel data" (_sdata, which follows __init_end with nothing between:
 *   arch/arm64/kernel/vmlinux.lds.S@v7.3.4:309-317, arch/arm64/kernel/setup.c@v7.3.4:217-219).
 *   __bss_stop: BSS starts at the page after _edata (SBSS_ALIGN is PAGE_SIZE with
 *   CONFIG_KVM=y, vmlinux.lds.S@v7.3.4:66-69,352) and is page-sized (ASSERT at :359), so
 *   _sdata + the Memory: line's rwdata rounded up to a page, plus its bss (mem_init_print_info(),
 *   mm/mm_init.c@v7.3.4:2558-2561). The same sum gives 7.2's measured 0x2ee6000 from its own
 *   line (5282K rwdata, 884K bss).
 * - imageSize: kernels/images.json image_size; equals the end of the kernel reservation in
 *   every -mbdebug case.
 * - initPgDir: the paging_init memblock_free of every 5.10/6.1 -mbdebug case.
 * - mapKernelTablePages: the first early_pgtable_alloc group of the -mbdebug cases minus what
 *   map_mem() allocates (the same residual at 1G/2G/4G/8G: 5.10 → 6 = PUD + PMD + 4 PTE
 *   tables for the kernel segments, 6.1 → 7).
 * - createIdmapTablePages (6.1): the early_pgtable_alloc group after the init_pg_dir free.
 */
const BUILDS: Record<string, KernelBuildLayout> = {
  '5.10': {
    series: '5.10',
    release: '5.10.223',
    package: 'linux-image-5.10.0-32-arm64 5.10.223-1',
    generation: 'arm64-5.10.110',
    pageSize: SZ_4K,
    vaBits: 48,
    imageSize: 0x1ad0000n,
    offsets: { initBegin: 0x1280000n },
    kimageOffset: 0x10000000n,
    mapKernelTablePages: 6,
    createIdmapTablePages: 0,
    initPgDir: { offset: 0x1ac8000n, size: 0x5000n },
    kfenceNumObjects: 0,
    measured: 'arm64-5.10-*-ptwalk runs (RO alias 0x40200000-0x41480000); arm64-5.10-plain-{1,2,4,8}G-ck256M-mbdebug (511/1024/2050/4102 pages, free 0x41cc8000+0x5000)',
  },
  '6.1': {
    series: '6.1',
    release: '6.1.192',
    package: 'linux-image-6.1.0-57-arm64 6.1.192-3',
    generation: 'arm64-6.1.65',
    pageSize: SZ_4K,
    vaBits: 48,
    imageSize: 0x2010000n,
    offsets: { stext: 0x10000n, initBegin: 0x1660000n },
    kimageOffset: 0x8000000n,
    mapKernelTablePages: 7,
    createIdmapTablePages: 4,
    initPgDir: { offset: 0x200b000n, size: 0x5000n },
    kfenceNumObjects: 0,
    measured: 'arm64-6.1-*-ptwalk runs (RO alias 0x40210000-0x41860000); arm64-6.1-plain-{1,2,4,8}G-ck256M-mbdebug (511/1024/2050/4102 + 4 pages, free 0x4220b000+0x5000)',
  },
  '6.12': {
    series: '6.12',
    release: '6.12.117',
    package: 'linux-image-6.12.117+deb13-arm64 6.12.117-1',
    generation: 'arm64-6.12.117',
    pageSize: SZ_4K,
    vaBits: 52,
    imageSize: 0x2500000n,
    offsets: { stext: 0x10000n, initBegin: 0x1d30000n },
    kimageOffset: 0x80000000n,
    mapKernelTablePages: 0,
    createIdmapTablePages: 0,
    kfenceNumObjects: 255,
    measured: 'arm64-6.12-*-ptwalk runs (RO alias 0x40200000-0x41f30000); arm64-6.12-plain-{1,2,4,8}G-ck256M-mbdebug (501/1014/2040/4092 pages, all from map_mem); stext: BaseOfCode (.Lefi_header_end - _text, efi-header.S) of the package\'s signed Image',
  },
  '7.2': {
    series: '7.2',
    release: '7.2.13',
    package: 'linux-binary-7.2.13+deb14-arm64 7.2.13-1',
    generation: 'arm64-7.2',
    pageSize: SZ_4K,
    vaBits: 52,
    imageSize: 0x2f00000n,
    offsets: { initBegin: 0x2510000n, initEnd: 0x28e0000n, bssStop: 0x2ee6000n },
    kimageOffset: 0x80000000n,
    mapKernelTablePages: 0,
    createIdmapTablePages: 0,
    kfenceNumObjects: 255,
    measured: 'arm64-7.2-*-ptwalk runs (RO alias 0x40200000-0x42710000, RO data 0x42ae0000-0x430e6000); arm64-7.2-plain-{1,2,4,8}G-ck256M-mbdebug (515/1028/2054/4106 pages, all from map_mem)',
  },
  '7.3': {
    series: '7.3',
    release: '7.3.4',
    package: 'linux-binary-7.3.4+deb13-arm64 7.3.4-1~bpo13+1',
    generation: 'arm64-7.3',
    pageSize: SZ_4K,
    vaBits: 52,
    imageSize: 0x3240000n,
    offsets: { initBegin: 0x2700000n, initEnd: 0x2b00000n, bssStop: 0x321e000n },
    kimageOffset: 0x80000000n,
    mapKernelTablePages: 0,
    createIdmapTablePages: 0,
    kfenceNumObjects: 255,
    measured: 'test/boots/releases/arm64-7.3.4-*: /proc/iomem Kernel code 40200000-428fffff (__init_begin), Kernel data from 42d00000 (_sdata = __init_end); __bss_stop = the page-aligned _edata (_sdata + 6398K rwdata, rounded up) + 888K bss of the Memory: line; image reservation to 0x4343ffff = Image header image_size',
  },
}

/**
 * Engine helper (no kernel counterpart): looks up the measured constants of a Debian kernel build.
 * The measured constants of a Debian build by series ("6.12") or release ("6.12.117").
 */
export function kernelBuildLayout(series: string): KernelBuildLayout | undefined {
  const key = series.split('.').slice(0, 2).join('.')
  const b = BUILDS[key]
  if (!b) return undefined
  if (series.split('.').length > 2 && series !== b.release) return undefined
  return b
}

/**
 * Engine helper (no kernel counterpart): the addresses of a build's image symbols for a load address.
 * The symbols of a build whose Image was loaded at `textPa` (_text). `codeSize` is the
 * board's __init_begin - _text for a kernel built otherwise than the profile's (the end of
 * /proc/iomem's `Kernel code`); the other offsets stay the build's.
 */
export function kernelSymbols(build: KernelBuildLayout, textPa: PhysAddr, codeSize?: PhysSize): KernelSymbols {
  const o = build.offsets
  return {
    text: textPa,
    stext: o.stext === undefined ? undefined : textPa + o.stext,
    initBegin: textPa + (codeSize ?? o.initBegin),
    initEnd: o.initEnd === undefined ? undefined : textPa + o.initEnd,
    bssStop: o.bssStop === undefined ? undefined : textPa + o.bssStop,
    end: textPa + build.imageSize,
  }
}

/**
 * Engine helper (no kernel counterpart): the paging_init() table figures of a build at a load address and granule.
 * MapMemInput.pagingInit of a build loaded at `textPa` whose image is `imageSize` long, for
 * a kernel of `pageSize` pages and `vaBits` VA bits.
 *
 * The Debian builds measured these for their own granule (4K). init_pg_dir lies at the end
 * of the image in every build (vmlinux.lds.S: BSS, then INIT_DIR_SIZE, then _end at the next
 * SEGMENT_ALIGN), so it is placed from the image's end, which keeps the measured figure for
 * a Debian image and follows a board's own image size. For another granule the counts are
 * those the kernel's code gives (pagingInitAtGranule()).
 */
export function buildPagingInit(build: KernelBuildLayout, textPa: PhysAddr, imageSize: PhysSize, pageSize: PhysSize, vaBits: number): NonNullable<MapMemInput['pagingInit']> {
  if (pageSize !== build.pageSize) return pagingInitAtGranule(build, textPa, imageSize, pageSize, vaBits)
  const dir = build.initPgDir
  return {
    mapKernelTablePages: build.mapKernelTablePages,
    createIdmapTablePages: build.createIdmapTablePages,
    initPgDir: dir ? { base: textPa + imageSize - (build.imageSize - dir.offset), size: dir.size } : undefined,
  }
}

/**
 * paging_init()'s tables and init_pg_dir for a build of the same source at another granule
 * (16K or 64K where the measured build is 4K): with 16K and 64K pages the kernel image is
 * mapped with pages only (no PMD blocks: 32M/512M blocks need PA and VA aligned to them, the
 * Image is only 2M aligned), so
 * - map_kernel() allocates one table per level below the root for each block of that level's
 *   parent the image's VA range [KIMAGE_VADDR, + imageSize) touches (KIMAGE_VADDR =
 *   MODULES_END, the build's kimageOffset above _PAGE_END(VA_BITS_MIN));
 * - create_idmap() (6.0 – 6.8) one per level below the root for the idmap text, whose KPTI
 *   flag lies in the same PMD block (with 4K pages it does not, hence the build's one more);
 * - init_pg_dir is INIT_DIR_SIZE = EARLY_PAGES() pages ending at _end: the root, and with
 *   KASLR two tables per level of the swapper mapping below it (the swapper maps the kernel
 *   with pages here, so at every level: 5 pages for 3 levels, 7 for 4).
 * Checked on builds of Debian's sources (test/boots/arm64-custom): 6.1 with 64K pages (2
 * map_kernel pages, 2 create_idmap pages, init_pg_dir the last 0x50000 bytes), 6.1 with 16K
 * (3, 3 and 0x1c000), 5.10 with 64K and with 16K (init_pg_dir the last 0x1c000 bytes).
 * @kernel arch/arm64/mm/mmu.c map_kernel (v5.10.223, v6.1.192), create_idmap (v6.1.192; 5.10
 *         builds its idmap in arch/arm64/kernel/head.S __create_page_tables);
 *         arch/arm64/kernel/vmlinux.lds.S init_pg_dir; arch/arm64/include/asm/kernel-pgtable.h
 *         EARLY_PAGES, INIT_DIR_SIZE; arch/arm64/include/asm/memory.h KIMAGE_VADDR (v5.10.223, v6.1.192)
 */
function pagingInitAtGranule(build: KernelBuildLayout, textPa: PhysAddr, imageSize: PhysSize, pageSize: PhysSize, vaBits: number): NonNullable<MapMemInput['pagingInit']> {
  const g = pgtableGeometry(pageSize, vaBits)
  const levels = 4 - g.rootLevel
  const vaMin = BigInt(Math.min(vaBits, 48))
  const kimage = BigInt.asUintN(64, -(1n << (vaMin - 1n))) + build.kimageOffset
  let mapKernel = 0
  for (let level = g.rootLevel + 1; level <= PTE_LEVEL; level++) {
    // One table per block of the parent level's entry size that the image touches.
    const span = levelSize(g, level - 1)
    mapKernel += Number((kimage + imageSize - 1n) / span - kimage / span + 1n)
  }
  const initDirPages = BigInt(1 + 2 * (levels - 1))
  return {
    mapKernelTablePages: build.mapKernelTablePages > 0 ? mapKernel : 0,
    createIdmapTablePages: build.createIdmapTablePages > 0 ? levels - 1 : 0,
    initPgDir: build.initPgDir ? { base: textPa + imageSize - initDirPages * pageSize, size: initDirPages * pageSize } : undefined,
  }
}

// ---------------------------------------------------------------- memoisation

/** Stored results by a hash of their input (mapMemInputHash()); entries compare the whole input. */
const MAP_MEM_CACHE = new HashedStore<{ input: MapMemInput; result: MapMemResult }>(512)
/** Hashes of inputs seen once: a result is stored when its input comes again (as boot-prefix.ts does). */
const MAP_MEM_SEEN = new SeenOnce(16384)

/**
 * Engine helper (no kernel counterpart): empties the mapMem() result store.
 * Empties the mapMem() store (benchmarks measure a cold one).
 */
export function clearMapMemCache(): void {
  MAP_MEM_CACHE.clear()
  MAP_MEM_SEEN.clear()
}

/**
 * The store's hash of a mapMem() input: the fields that tell one boot's map_mem() from
 * another's (generation, granule, VA bits, memstart_addr, the memory ranges, the image, the
 * global flags, the KFENCE pool, an early crash region). A hash only finds candidates, and
 * entries compare the whole input (valueEqual()), so a field left out of it (the paging_init()
 * figures, which follow the build and the image) can only make a collision likelier, never
 * a wrong hit. Cheaper than valueHash() of the whole input, which walked every nested object
 * of every layout's input (when every memory map is new, the hash is all the store does).
 * Number() of a bigint allocates nothing; a rounded double is still a hash of the value.
 */
function mapMemInputHash(input: MapMemInput): number {
  let h = mixString(HASH_SEED, input.generation)
  h = mixNumber(h, Number(input.pageSize) + input.vaBits)
  h = mixNumber(h, input.memstartAddr === undefined ? -1 : Number(input.memstartAddr))
  for (const r of input.memory) h = mixNumber(mixNumber(h, Number(r.base)), Number(r.size))
  h = mixNumber(mixNumber(h, Number(input.kernel.text)), Number(input.kernel.initBegin))
  h = mixNumber(h, (input.flags.noBlock ? 1 : 0) | (input.flags.noCont ? 2 : 0) | (input.blockComparison === false ? 4 : 0))
  if (input.kfence) h = mixNumber(mixNumber(h, Number(input.kfence.base)), Number(input.kfence.size))
  if (input.crashEarly) h = mixNumber(mixNumber(h, Number(input.crashEarly.base)), Number(input.crashEarly.size))
  return h
}

/**
 * Engine helper (no kernel counterpart): mapMem() behind a bounded result store keyed by its input.
 * mapMem() memoised on its input. mapMem() is a pure function of its input and fleets
 * repeat the same memory maps (every board of a preset and RAM size), so identical inputs
 * share one result. The input is found by its hash (mapMemInputHash()) and compared whole (valueEqual(), every
 * field, so a field added to MapMemInput is compared too), against a copy the store made.
 * A result is kept from the second time its input comes: when every memory map is
 * different, storing each result only moved it into the old generation for nothing (a
 * third of the run time went to the collector). The store is bounded and never changes a
 * result; callers must not mutate what it returns.
 */
export function mapMemCached(input: MapMemInput): MapMemResult {
  const key = mapMemInputHash(input)
  const hit = MAP_MEM_CACHE.find(key, (e) => valueEqual(e.input, input))
  if (hit) return hit.result
  const result = mapMem(input)
  if (MAP_MEM_SEEN.again(key)) MAP_MEM_CACHE.add(key, { input: valueCopy(input), result })
  return result
}
