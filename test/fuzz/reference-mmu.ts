// SPDX-License-Identifier: GPL-2.0-only
/**
 * Independent reference model of the arm64 linear map, written for the
 * differential fuzzer from arch/arm64/mm/mmu.c alone (NOT from
 * src/engine/arm64). It mirrors the kernel's loop structure literally:
 * every do/while of __create_pgd_mapping_locked() → alloc_init_p4d() →
 * alloc_init_pud() → alloc_init_cont_pmd() → init_pmd() →
 * alloc_init_cont_pte() → init_pte() is a loop here too, one iteration per
 * kernel iteration, except that init_pte()'s per-page loop is summed (it
 * only writes leaf entries of one kind).
 *
 * Citations are to /work/ksrc/linux-source-6.12 unless another tree is
 * named:
 *  - level shifts: arch/arm64/include/asm/pgtable-hwdef.h:26
 *    (ARM64_HW_PGTABLE_LEVELS), :41 (ARM64_HW_PGTABLE_LEVEL_SHIFT), :49
 *    (PMD_SHIFT), :59 (PUD_SHIFT), :76 (PGDIR_SHIFT)
 *  - contiguous sizes: pgtable-hwdef.h:84-92 with arch/arm64/Kconfig:304-314
 *    (CONT_PTE_SHIFT 4/7/5 and CONT_PMD_SHIFT 4/5/5 for 4K/16K/64K;
 *    identical in 5.10 arch/arm64/Kconfig:219-229)
 *  - *_addr_end(): include/linux/pgtable.h:1199-1222,
 *    arch/arm64/include/asm/pgtable.h:113-121; folded levels return `end`:
 *    include/asm-generic/pgtable-nop4d.h:55, pgtable-nopud.h:63
 *  - folded levels never allocate: pgtable-nop4d.h:21 (pgd_none() is 0),
 *    pgtable-nopud.h:28 (p4d_none() is 0)
 *  - pud_sect_supported(): arch/arm64/include/asm/pgtable.h:1522 (4K only;
 *    5.10 use_1G_block(), arch/arm64/mm/mmu.c@5.10:287)
 *  - the chain: arch/arm64/mm/mmu.c:169-453; 7.2 adds the
 *    "no block over an existing table" and "no contiguous bit next to a
 *    valid non-contiguous entry" checks: mmu.c@7.2:184-193, 233, 266, 292-301,
 *    345, 402.
 */

export type RefGranule = 4 | 16 | 64

export interface RefGeometry {
  readonly pageShift: bigint
  readonly levels: number
  readonly pmdShift: bigint
  /** PUD_SHIFT; equals PGDIR_SHIFT when the PUD level is folded (3 levels). */
  readonly pudShift: bigint
  readonly pgdirShift: bigint
  /** P4D_SHIFT; equals PGDIR_SHIFT when the P4D level is folded (fewer than 5 levels). */
  readonly p4dShift: bigint
  readonly contPteShift: bigint
  readonly contPmdShift: bigint
  readonly pudSect: boolean
}

export function refGeometry(granule: RefGranule, vaBits = 48): RefGeometry {
  const pageShift = granule === 4 ? 12 : granule === 16 ? 14 : 16
  const levels = Math.floor((vaBits - 4) / (pageShift - 3)) // pgtable-hwdef.h:26
  const levelShift = (n: number) => (pageShift - 3) * (4 - n) + 3 // pgtable-hwdef.h:41
  const pgdirShift = levelShift(4 - levels)
  const pmdShift = levelShift(2)
  const pudShift = levels > 3 ? levelShift(1) : pgdirShift
  const p4dShift = levels > 4 ? levelShift(0) : pgdirShift
  const contPte = granule === 4 ? 4 : granule === 16 ? 7 : 5 // Kconfig:304-308
  const contPmd = granule === 4 ? 4 : 5 // Kconfig:310-314
  return {
    pageShift: BigInt(pageShift),
    levels,
    pmdShift: BigInt(pmdShift),
    pudShift: BigInt(pudShift),
    pgdirShift: BigInt(pgdirShift),
    p4dShift: BigInt(p4dShift),
    contPteShift: BigInt(contPte + pageShift),
    contPmdShift: BigInt(contPmd + pmdShift),
    pudSect: granule === 4,
  }
}

/** ARM64_MEMSTART_ALIGN: arch/arm64/mm/init.c:76-94 (6.12, 7.2 :78-94);
 * 5.10 arch/arm64/include/asm/kernel-pgtable.h:125-143 with
 * SECTION_SIZE_BITS 30 (sparsemem.h@5.10:10); 6.x 29 for 64K, 27 else. */
export function refMemstartAlign(granule: RefGranule, version: RefVersion): bigint {
  const g = refGeometry(granule)
  const shift = granule === 4 ? g.pudShift : granule === 16 ? g.contPmdShift : g.pmdShift
  const section = version === '5.10' ? 30n : granule === 64 ? 29n : 27n
  return 1n << (shift < section ? section : shift)
}

export type RefVersion = '5.10' | '6.1' | '6.12' | '7.2'

export interface RefFlags {
  readonly noBlock: boolean
  readonly noCont: boolean
}

export type LeafKind = 'pte' | 'contPte' | 'pmd' | 'contPmd' | 'pud' | 'none'

interface Seg {
  start: bigint
  end: bigint
  kind: LeafKind
}

export interface RefTables {
  pte: number
  pmd: number
  pud: number
  p4d: number
}

export interface RefResult {
  /** bytes of linear map by leaf kind (entry level, PTE_CONT or not) */
  readonly bytesByKind: Record<Exclude<LeafKind, 'none'>, bigint>
  readonly tables: RefTables
  readonly bugs: readonly string[]
  /**
   * blocks pmd_set_huge()/pud_set_huge() refused, leaving the entry as it was (7.2's WARN_ON(),
   * silent before; over a table, RAM the table does not map stays unmapped)
   */
  readonly refused: readonly string[]
  /** the leaves in VA order, one run per kind */
  readonly leaves: ReadonlyArray<{ readonly start: bigint; readonly end: bigint; readonly kind: LeafKind }>
}

/**
 * A swapper_pg_dir restricted to the linear region: which table pages
 * exist (keyed by the virtual address bits above the level they map) and
 * the final kind of leaf at every virtual address (painted, last write
 * wins, as the kernel overwrites entries in place).
 */
export class RefPgd {
  readonly pteTables = new Set<bigint>() // key: addr >> PMD_SHIFT
  readonly pmdTables = new Set<bigint>() // key: addr >> PUD_SHIFT
  readonly pudTables = new Set<bigint>() // key: addr >> P4D_SHIFT
  readonly p4dTables = new Set<bigint>() // key: addr >> PGDIR_SHIFT (5 levels only)
  private segs: Seg[] = []
  /** BUG_ON()s the kernel would hit (the tables are undefined after the first) */
  readonly bugs: string[] = []
  /** blocks p?d_set_huge() refused (the tables stay defined) */
  readonly refused: string[] = []

  constructor(
    readonly g: RefGeometry,
    /** 7.2's extra checks (pmd_table/pud_table/…_has_valid_noncont) */
    readonly v72: boolean,
  ) {}

  /** index of the first segment ending after `addr` (segments are sorted and disjoint) */
  private firstAfter(addr: bigint): number {
    let lo = 0
    let hi = this.segs.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.segs[mid]!.end <= addr) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** [start, end) now holds leaves of `kind`, whatever was there (last write wins) */
  paint(start: bigint, end: bigint, kind: LeafKind): void {
    const segs = this.segs
    const i = this.firstAfter(start)
    let j = i
    while (j < segs.length && segs[j]!.start < end) j++
    const put: Seg[] = []
    if (i < j && segs[i]!.start < start) put.push({ start: segs[i]!.start, end: start, kind: segs[i]!.kind })
    put.push({ start, end, kind })
    if (i < j && segs[j - 1]!.end > end) put.push({ start: end, end: segs[j - 1]!.end, kind: segs[j - 1]!.kind })
    segs.splice(i, j - i, ...put)
    // neighbours of one kind are one run
    for (let k = Math.min(i + put.length, segs.length - 1); k > Math.max(i - 1, 0) - 1 && k > 0; k--) {
      const p = segs[k - 1]!
      const q = segs[k]!
      if (p.end === q.start && p.kind === q.kind) {
        p.end = q.end
        segs.splice(k, 1)
      }
    }
  }

  /** the leaf kinds intersecting [start, end) */
  kindsIn(start: bigint, end: bigint): Set<LeafKind> {
    const out = new Set<LeafKind>()
    for (let k = this.firstAfter(start); k < this.segs.length && this.segs[k]!.start < end; k++) out.add(this.segs[k]!.kind)
    return out
  }

  /** any leaf of `kind` intersecting [start, end) */
  hasKind(start: bigint, end: bigint, kind: LeafKind): boolean {
    for (let k = this.firstAfter(start); k < this.segs.length && this.segs[k]!.start < end; k++)
      if (this.segs[k]!.kind === kind) return true
    return false
  }

  /** any PTE table for a PMD slot in [start, end) */
  hasPteTableIn(start: bigint, end: bigint): boolean {
    for (let a = start; a < end; a += 1n << this.g.pmdShift) if (this.pteTables.has(a >> this.g.pmdShift)) return true
    return false
  }

  result(): RefResult {
    const bytesByKind: Record<Exclude<LeafKind, 'none'>, bigint> = { pte: 0n, contPte: 0n, pmd: 0n, contPmd: 0n, pud: 0n }
    for (const s of this.segs) if (s.kind !== 'none') bytesByKind[s.kind] += s.end - s.start
    return {
      bugs: this.bugs,
      refused: this.refused,
      bytesByKind,
      leaves: this.segs.filter((x) => x.kind !== 'none').map((x) => ({ ...x })),
      tables: { pte: this.pteTables.size, pmd: this.pmdTables.size, pud: this.pudTables.size, p4d: this.p4dTables.size },
    }
  }
}

const addrEnd = (addr: bigint, end: bigint, shift: bigint): bigint => {
  // include/linux/pgtable.h:1199-1222: boundary-1 < end-1 in unsigned 64-bit
  const size = 1n << shift
  const boundary = (addr + size) & ~(size - 1n) & 0xffff_ffff_ffff_ffffn
  const m = (x: bigint) => (x - 1n) & 0xffff_ffff_ffff_ffffn
  return m(boundary) < m(end) ? boundary : end
}

const aligned = (x: bigint, shift: bigint) => (x & ((1n << shift) - 1n)) === 0n

/** mmu.c:192-242 alloc_init_cont_pte() + :169-190 init_pte() */
function allocInitContPte(pgd: RefPgd, addr: bigint, end: bigint, phys: bigint, cont: boolean, flags: RefFlags): void {
  const g = pgd.g
  const key = addr >> g.pmdShift
  const pmdSpan = 1n << g.pmdShift
  const pmdStart = addr & ~(pmdSpan - 1n)
  const old = pgd.kindsIn(pmdStart, pmdStart + pmdSpan)
  if (old.has('pmd') || old.has('contPmd')) pgd.bugs.push(`BUG_ON(pmd_sect) at ${addr.toString(16)}`) // mmu.c:202
  if (!pgd.pteTables.has(key)) pgd.pteTables.add(key) // pmd_none → pgtable_alloc(PAGE_SHIFT)
  do {
    let c = cont
    const next = addrEnd(addr, end, g.contPteShift)
    if (((addr | next | phys) & ((1n << g.contPteShift) - 1n)) === 0n && !flags.noCont) {
      if (!pgd.v72 || !pgd.hasKind(addr, addr + (1n << g.contPteShift), 'pte')) c = true
    }
    // init_pte() mmu.c:185: pgattr_change_is_safe() on every valid old entry (same pfn in the
    // linear map): ≤7.1 refuses PTE_CONT on either side (mmu.c:140), 7.2 a change of it
    // (mmu.c@7.2 pgattr_change_is_safe: PTE_CONT is outside the mask)
    const was = pgd.kindsIn(addr, next)
    if (was.has(c ? 'pte' : 'contPte') || (!pgd.v72 && was.has('contPte')))
      pgd.bugs.push(`pgattr_change_is_safe (pte) at ${addr.toString(16)}`)
    pgd.paint(addr, next, c ? 'contPte' : 'pte') // init_pte(): every page of [addr,next)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/** mmu.c:244-275 init_pmd() */
function initPmd(pgd: RefPgd, addr: bigint, end: bigint, phys: bigint, cont: boolean, flags: RefFlags): void {
  const g = pgd.g
  do {
    const next = addrEnd(addr, end, g.pmdShift)
    const hasTable = pgd.pteTables.has(addr >> g.pmdShift)
    if (((addr | next | phys) & ((1n << g.pmdShift) - 1n)) === 0n && !flags.noBlock && !(pgd.v72 && hasTable)) {
      // pmd_set_huge() (mmu.c:1243-1254) writes only if pgattr_change_is_safe(old_pmd, new):
      // a table's pfn is not the block's, PTE_CONT may not change (≤7.1: nor be live). Else it
      // returns 0 with the entry untouched (7.2 WARN_ON()s that, mmu.c@7.2:267), and the BUG_ON()
      // at mmu.c:264 compares the old entry with itself: only a live PTE_CONT fails that (≤7.1).
      const was = pgd.kindsIn(addr, next)
      if (hasTable || was.has(cont ? 'pmd' : 'contPmd') || (!pgd.v72 && was.has('contPmd'))) {
        if (!pgd.v72 && was.has('contPmd')) pgd.bugs.push(`pgattr_change_is_safe (pmd) at ${addr.toString(16)}`)
        else pgd.refused.push(`pmd_set_huge refused at ${addr.toString(16)}`)
      } else {
        pgd.paint(addr, next, cont ? 'contPmd' : 'pmd') // pmd_set_huge
      }
    } else {
      allocInitContPte(pgd, addr, next, phys, cont, flags)
    }
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/** mmu.c:277-324 alloc_init_cont_pmd() */
function allocInitContPmd(pgd: RefPgd, addr: bigint, end: bigint, phys: bigint, flags: RefFlags): void {
  const g = pgd.g
  const key = addr >> g.pudShift
  const pudSpan = 1n << g.pudShift
  const pudStart = addr & ~(pudSpan - 1n)
  if (pgd.hasKind(pudStart, pudStart + pudSpan, 'pud')) pgd.bugs.push(`BUG_ON(pud_sect) at ${addr.toString(16)}`) // mmu.c:289
  if (!pgd.pmdTables.has(key)) pgd.pmdTables.add(key) // pud_none → pgtable_alloc(PMD_SHIFT)
  do {
    let cont = false
    const next = addrEnd(addr, end, g.contPmdShift)
    if (((addr | next | phys) & ((1n << g.contPmdShift) - 1n)) === 0n && !flags.noCont) {
      const span = 1n << g.contPmdShift
      // 7.2 pmd_range_has_valid_noncont(): a table entry or a non-cont block
      if (!pgd.v72 || !(pgd.hasPteTableIn(addr, addr + span) || pgd.hasKind(addr, addr + span, 'pmd'))) cont = true
    }
    initPmd(pgd, addr, next, phys, cont, flags)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/** mmu.c:326-382 alloc_init_pud() */
function allocInitPud(pgd: RefPgd, addr: bigint, end: bigint, phys: bigint, flags: RefFlags): void {
  const g = pgd.g
  if (g.levels > 3) {
    const key = addr >> g.p4dShift
    if (!pgd.pudTables.has(key)) pgd.pudTables.add(key) // p4d_none → pgtable_alloc(PUD_SHIFT)
  } // else: pgtable-nopud.h:28 p4d_none() is 0, nothing allocated
  do {
    const next = g.levels > 3 ? addrEnd(addr, end, g.pudShift) : end // pgtable-nopud.h:63
    const hasTable = pgd.pmdTables.has(addr >> g.pudShift)
    if (g.pudSect && aligned(addr | next | phys, g.pudShift) && !flags.noBlock && !(pgd.v72 && hasTable)) {
      // pud_set_huge() (mmu.c:1229-1241) refuses a block over a table and leaves it; the
      // BUG_ON() at mmu.c:369 compares the table entry with itself (see initPmd())
      if (hasTable) pgd.refused.push(`pud_set_huge refused at ${addr.toString(16)}`)
      else pgd.paint(addr, next, 'pud') // pud_set_huge
    } else {
      allocInitContPmd(pgd, addr, next, phys, flags)
    }
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/** mmu.c:427-453 __create_pgd_mapping_locked() (+ alloc_init_p4d(), folded) */
export function refCreatePgdMapping(pgd: RefPgd, phys: bigint, virt: bigint, size: bigint, flags: RefFlags): void {
  const g = pgd.g
  const page = 1n << g.pageShift
  if (((phys ^ virt) & (page - 1n)) !== 0n) throw new Error('phys/virt page offset differ (WARN_ON)')
  phys &= ~(page - 1n)
  let addr = virt & ~(page - 1n)
  const end = (virt + size + page - 1n) & ~(page - 1n)
  if (end <= addr) throw new Error(`empty mapping at ${phys.toString(16)}`)
  do {
    const next = addrEnd(addr, end, g.pgdirShift)
    allocInitP4d(pgd, addr, next, phys, flags)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

/** mmu.c:384-425 alloc_init_p4d(): with 4 or fewer levels pgd_none() is 0 and p4d_addr_end() is `end` */
function allocInitP4d(pgd: RefPgd, addr: bigint, end: bigint, phys: bigint, flags: RefFlags): void {
  const g = pgd.g
  if (g.levels > 4) {
    const key = addr >> g.pgdirShift
    if (!pgd.p4dTables.has(key)) pgd.p4dTables.add(key) // pgd_none → pgtable_alloc(P4D_SHIFT)
  }
  do {
    const next = g.levels > 4 ? addrEnd(addr, end, g.p4dShift) : end
    allocInitPud(pgd, addr, next, phys, flags)
    phys += next - addr
    addr = next
  } while (addr !== end)
}

export interface RefRegion {
  readonly base: bigint
  readonly size: bigint
  readonly nomap: boolean
}

/**
 * The shape of one map_mem(), read from each tree:
 *  - "nomap": [kernel, __init_begin) (and the early crash region / KFENCE pool) are
 *    memblock_mark_nomap()'d, the banks mapped with the global flags, then the kernel alias
 *    with NO_CONT_MAPPINGS only, the crash region and the pool with NO_BLOCK|NO_CONT:
 *    mmu.c@5.10:496-572 (from _text, crash), mmu.c@6.1:580-669 (from _stext, crash, pool),
 *    up/linux-6.16.3 (from _stext), up/linux-6.17.8 … 7.1.3 (from _text),
 *    mmu.c@6.12:623-700 (Debian 6.12.117: from _text, banks rounded inward :663-676).
 *  - "kernelFirst": pool (NO_BLOCK|NO_CONT), [_text, __init_begin), [__init_end, __bss_stop)
 *    with the global flags, then every bank over them: mmu.c@7.2:1141-1200; 7.3.4 rounds
 *    the banks inward (up/linux-7.3.4 mmu.c map_mem).
 */
export interface RefShape {
  readonly kind: 'nomap' | 'kernelFirst'
  readonly fromStext: boolean
  readonly roundInward: boolean
  /** 7.2's create-mapping checks */
  readonly v72: boolean
}

export interface RefMapMemInput {
  readonly shape: RefShape
  readonly granule: RefGranule
  /** vabits_actual (48, or 52 with LPA2/LVA) */
  readonly vaBits: number
  /** memstart_addr (PHYS_OFFSET); __phys_to_virt(p) = p - PHYS_OFFSET + PAGE_OFFSET */
  readonly physOffset: bigint
  /** memblock.memory as map_mem() sees it (sorted, non-overlapping) */
  readonly memory: readonly RefRegion[]
  readonly kernel: {
    readonly text: bigint
    readonly stext: bigint
    readonly initBegin: bigint
    readonly initEnd: bigint
    readonly bssStop: bigint
  }
  /** the global flags (can_set_direct_map(), 5.10/6.1 crash_mem_map with ZONE_DMA*, 7.x force_pte_mapping()) */
  readonly forcePages: boolean
  /** 5.10/6.1: crashk_res reserved before map_mem() (crash_mem_map, no ZONE_DMA*) */
  readonly crash?: { readonly start: bigint; readonly end: bigint } | undefined
  /**
   * The KFENCE pool: `early` = allocated and page-mapped by map_mem() (arm64_kfence_alloc_pool()),
   * else allocated later (only its unmapping below concerns the linear map); `initialised` =
   * kfence_init_pool() ran and unmapped its guard pages.
   */
  readonly pool?: {
    readonly start: bigint
    readonly end: bigint
    readonly early: boolean
    readonly initialised: boolean
    readonly objects: number
  } | undefined
}

/** _PAGE_OFFSET(va) = -(1 << va) mod 2^64: arch/arm64/include/asm/memory.h */
export const refPageOffset = (vaBits: number): bigint => (1n << 64n) - (1n << BigInt(vaBits))

/** memblock_mark_nomap(): isolate [s,e) and flag it (mm/memblock.c memblock_setclr_flag) */
function markNomap(regions: RefRegion[], s: bigint, e: bigint): RefRegion[] {
  const out: RefRegion[] = []
  for (const r of regions) {
    const re = r.base + r.size
    if (re <= s || r.base >= e) {
      out.push(r)
      continue
    }
    if (r.base < s) out.push({ base: r.base, size: s - r.base, nomap: r.nomap })
    const is = r.base > s ? r.base : s
    const ie = re < e ? re : e
    out.push({ base: is, size: ie - is, nomap: true })
    if (re > e) out.push({ base: e, size: re - e, nomap: r.nomap })
  }
  return out
}

export function refMapMem(input: RefMapMemInput): RefResult {
  const g = refGeometry(input.granule, input.vaBits)
  const sh = input.shape
  const pgd = new RefPgd(g, sh.v72)
  const page = 1n << g.pageShift
  const map = (s: bigint, e: bigint, f: RefFlags) =>
    refCreatePgdMapping(pgd, s, s - input.physOffset + refPageOffset(input.vaBits), e - s, f)
  const forced: RefFlags = { noBlock: true, noCont: true }
  const flags: RefFlags = input.forcePages ? forced : { noBlock: false, noCont: false }
  const k = input.kernel
  const bank = (s: bigint, e: bigint) => {
    if (sh.roundInward) {
      s = (s + page - 1n) & ~(page - 1n) // PAGE_ALIGN(start)
      e = e & ~(page - 1n) // end & PAGE_MASK
      if (s >= e) return
    }
    map(s, e, flags)
  }

  if (sh.kind === 'kernelFirst') {
    if (input.pool?.early) map(input.pool.start, input.pool.end, forced) // arm64_kfence_map_pool()
    map(k.text, k.initBegin, flags)
    map(k.initEnd, k.bssStop, flags)
    for (const r of input.memory) if (!r.nomap) bank(r.base, r.base + r.size)
    kfenceInitPool(pgd, input)
    return pgd.result()
  }

  const kstart = sh.fromStext ? k.stext : k.text
  let regions = [...input.memory]
  if (input.pool?.early) regions = markNomap(regions, input.pool.start, input.pool.end)
  regions = markNomap(regions, kstart, k.initBegin)
  if (input.crash) regions = markNomap(regions, input.crash.start, input.crash.end)
  for (const r of regions) {
    if (r.nomap) continue // for_each_mem_range(): MEMBLOCK_NONE skips NOMAP regions
    bank(r.base, r.base + r.size)
  }
  map(kstart, k.initBegin, { noBlock: false, noCont: true })
  if (input.crash) map(input.crash.start, input.crash.end, forced)
  if (input.pool?.early) map(input.pool.start, input.pool.end, forced) // arm64_kfence_map_pool()
  kfenceInitPool(pgd, input)
  return pgd.result()
}

/**
 * kfence_init_pool() — mm/kfence/core.c@6.12:635-655: kfence_protect() of pool pages 0 and 1,
 * then of the right guard page 2i + 3 of every object i < CONFIG_KFENCE_NUM_OBJECTS (default 255);
 * arm64's kfence_protect_page() is set_memory_valid(addr, 1, 0)
 * (arch/arm64/include/asm/kfence.h:15-20), which clears a page entry. Over a block or a
 * contiguous entry it does not work (apply_to_page_range() needs page tables: counted as a bug
 * so that the case is only checked for being flagged).
 */
function kfenceInitPool(pgd: RefPgd, input: RefMapMemInput): void {
  const pool = input.pool
  if (pool === undefined || !pool.initialised) return
  const page = 1n << pgd.g.pageShift
  const pages = [0n, 1n]
  for (let i = 0n; i < BigInt(pool.objects); i++) pages.push(2n * i + 3n)
  for (const n of pages) {
    const pa = pool.start + n * page
    const va = pa - input.physOffset + refPageOffset(input.vaBits)
    const kinds = pgd.kindsIn(va, va + page)
    if (kinds.size !== 1 || !kinds.has('pte')) {
      pgd.bugs.push(`kfence_protect over ${[...kinds].join('/')} at ${pa.toString(16)}`)
      continue
    }
    pgd.paint(va, va + page, 'none')
  }
}
