// SPDX-License-Identifier: GPL-2.0-only
/**
 * map_mem() in closed form, for the case almost every boot is: mappings that do not overlap.
 *
 * __create_pgd_mapping() walks the tables entry by entry (mmu.ts) or run by run
 * (mmu-fast.ts). When no two mappings of one map_mem() share a page (the ranges as
 * __create_pgd_mapping() rounds them to pages), nothing one of them writes is ever seen by
 * another: every entry a mapping makes a block of lies wholly inside it, so no other mapping
 * finds a block where it needs a table, a live entry to change, or (7.x) a table under a
 * block or a valid entry in a CONT span. What each mapping leaves then follows from its
 * bounds alone, level by level:
 *
 *   - a level that can hold a block (PMD; PUD with 4K pages) holds one in every entry the
 *     mapping covers wholly when NO_BLOCK_MAPPINGS is clear and phys - virt is aligned to
 *     the entry (init_pmd(), alloc_init_pud()); with PTE_CONT on the CONT_PMD spans it covers
 *     wholly, aligned, when NO_CONT_MAPPINGS is clear and the PMD is not the root
 *     (alloc_init_cont_pmd());
 *   - the rest of the mapping goes down a level: where the level holds blocks, at most a
 *     partial piece at each end; where it cannot (PGD, P4D, PUD with 16K/64K pages,
 *     NO_BLOCK_MAPPINGS, phys - virt not aligned) or the mapping covers no entry wholly, all
 *     of it. Every entry that rest touches gets a table below it, once, whichever mapping
 *     gets there first (the `pXd_none()` prologue of alloc_init_p4d/pud/cont_pmd/cont_pte);
 *   - at the PTE level every page is an entry, with PTE_CONT on the CONT_PTE spans covered
 *     wholly (alloc_init_cont_pte()).
 *
 * Splitting a piece at the boundaries of the entries above it changes none of that (every
 * block and CONT span lies inside one entry above), so a whole piece is handled at once.
 * The result is the walker's view: the pieces in VA order, adjacent equal ones merged, and
 * the table counts per level. mapMem()'s random tests compare it with the per-entry
 * reference; any map_mem() it does not cover (overlapping mappings, KFENCE's unmapping,
 * mappings outside the number domain of mapLinear(), anything that would warn) is left to
 * the run-length tables.
 *
 * @kernel arch/arm64/mm/mmu.c __create_pgd_mapping, alloc_init_pud, alloc_init_cont_pmd,
 *         init_pmd, alloc_init_cont_pte, init_pte (v5.10.223, v6.1.192, v6.12.117, v7.2.13),
 *         alloc_init_p4d (v6.12.117, v7.2.13)
 */
import type { PhysAddr } from '../types.js'
import type { CreateMappingPolicy, MapMemContext, PgtableGeometry, SwapperPgDir } from './mmu.js'
import {
  DESC_SECT,
  DESC_SECT_CONT,
  DESC_TABLE,
  emit,
  fastGeometry,
  keyId,
  NO_BLOCK_MAPPINGS,
  NO_CONT_MAPPINGS,
  scratchSegments,
  type FastGeometry,
  type Segments,
} from './mmu-fast.js'

const PMD_LEVEL = 2
const PTE_LEVEL = 3
/** 2^53: integers below it are exact doubles. */
const TWO_53 = 2 ** 53

/** One map_mem() in closed form: the walker's pieces (scratch, read before the next call) and the tables. */
export interface ClosedFormMap {
  geo: FastGeometry
  segs: Segments
  /** early_pgtable_alloc() pages by level: p4d, pud, pmd, pte. */
  tables: [number, number, number, number]
}

/**
 * Records map_mem()'s __map_memblock() calls as page-aligned offsets from PAGE_OFFSET, with
 * the number path of mmu-fast.ts's mapLinear(): a call it would hand to the bigint path
 * (which warns, or throws outside swapper_pg_dir) marks the recording unusable. One
 * recorder serves every call (reset() per map_mem()), so a recording allocates nothing once
 * its arrays have grown.
 */
class Recorder implements SwapperPgDir {
  g!: PgtableGeometry
  geo!: FastGeometry
  /** What was recorded: closedFormMapMem() reuses the recording for the same input only. */
  input: MapMemContext['input'] | undefined
  variant: ClosedFormVariant | undefined
  memstart = 0n
  ok = true
  n = 0
  from: number[] = []
  to: number[] = []
  flags: number[] = []
  memstartNum = 0
  /** The lowest set bit of memstart - PAGE_OFFSET (phys - virt of every linear mapping). */
  linearAlign = 1

  reset(g: PgtableGeometry, memstart: PhysAddr): void {
    const delta = memstart - g.pageOffset
    this.g = g
    this.memstart = memstart
    this.geo = fastGeometry(g)
    this.ok = true
    this.n = 0
    this.memstartNum = Number(memstart)
    this.linearAlign = delta === 0n ? Infinity : Number(delta & -delta)
  }

  createPgdMapping(): void {
    this.ok = false
  }

  mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void {
    const m = this.memstartNum
    const a = Number(start)
    const e = Number(end)
    const geo = this.geo
    if (!(m >= 0 && m < TWO_53 && a >= 0 && a < TWO_53 && e >= 0 && e < TWO_53 && this.linearAlign >= geo.pageSize)) {
      this.ok = false
      return
    }
    const v = a - m
    const w = e - m
    if (!(v >= 0 && v <= geo.span && w >= v && w - v <= geo.span)) {
      this.ok = false
      return
    }
    const page = geo.pageSize
    const from = Math.floor(v / page) * page
    const to = Math.ceil(w / page) * page
    if (from === to) return
    // The walker counts only what lies in the linear half (past it, the run tables decide).
    if (to > geo.linearHalf) {
      this.ok = false
      return
    }
    const k = this.n++
    this.from[k] = from
    this.to[k] = to
    this.flags[k] = flags
  }
}

const RECORDER = new Recorder()

/**
 * The flags map_mem() passes for the banks (MapMemContext.flags), as the recorder sees them:
 * a bit of their own, set in place of the real ones, which each closed form then resolves
 * (globalFlagsOf()). map_mem() passes them along only, never reads them, so one recording
 * serves every value of them: paging_init()'s block comparison maps the same calls again
 * without them.
 */
const GLOBAL_FLAGS = 1 << 16

/** The flags of a recorded call with the banks' flags `global` in place of GLOBAL_FLAGS. */
const globalFlagsOf = (recorded: number, global: number): number => ((recorded & GLOBAL_FLAGS) === 0 ? recorded : (recorded & ~GLOBAL_FLAGS) | global)

/** A map_mem() variant as closedFormMapMem() takes it. */
type ClosedFormVariant = { mapMem: (c: MapMemContext) => void; policy: CreateMappingPolicy }

/**
 * The mappings as disjoint pieces in address order, each with the flags it is mapped with
 * (module scratch, like the recorder: filled by disjointPieces(), read before the next call).
 */
const PIECES = { n: 0, from: [] as number[], to: [] as number[], flags: [] as number[] }

/**
 * Does a mapping over live entries keep them (7.x): no block over a table, no PTE_CONT on a
 * span with a valid non-contiguous entry, and rewriting an entry as it is is safe? Then a
 * mapping over earlier ones that lie wholly inside it, with flags no more restrictive than
 * theirs, leaves what they made as it is and maps the rest as if alone: where it covers an
 * entry an earlier one made a table it goes down into that table; every block and CONT span
 * an earlier one made lies inside it and is written again as it is; and a CONT span it
 * shares with an earlier one without that one covering it holds that one's non-contiguous
 * entries or tables, so gets no hint, as neither part alone would. (A mapping over part of
 * an earlier CONT span would rewrite it without PTE_CONT: a BUG_ON() in init_pte(), a block
 * pmd_set_huge() refuses with a WARN_ON(). ≤ 7.1 would also try blocks over tables, which
 * pmd_set_huge() refuses, leaving the rest of the entry unmapped, and BUG_ON() a rewritten
 * contiguous entry, so any overlap there goes to the run tables.)
 */
function keepsLiveEntries(policy: CreateMappingPolicy): boolean {
  return (
    !policy.sectionAllowedOver(DESC_TABLE) &&
    !policy.contAllowedOverEntry(DESC_SECT) &&
    !policy.contAllowedOverEntry(DESC_TABLE) &&
    policy.contAllowedOverEntry(DESC_SECT_CONT) &&
    policy.pgattrChangeIsSafe(DESC_SECT, DESC_SECT) &&
    policy.pgattrChangeIsSafe(DESC_SECT_CONT, DESC_SECT_CONT)
  )
}

/**
 * The recorded mappings as PIECES (with the banks' flags `global`): each one minus what earlier ones mapped, when that holds
 * (keepsLiveEntries(): every piece it overlaps lies inside it and has flags at least as
 * restrictive); false when mappings overlap otherwise.
 */
function disjointPieces(rec: Recorder, keepsLive: boolean, global: number): boolean {
  const P = PIECES
  P.n = 0
  for (let k = 0; k < rec.n; k++) {
    const from = rec.from[k]!
    const t = rec.to[k]!
    let f = from
    const fl = globalFlagsOf(rec.flags[k]!, global)
    // The first piece ending above f: the pieces before it lie below the mapping.
    let p = 0
    while (p < P.n && P.to[p]! <= f) p++
    // Walk the pieces the mapping overlaps, inserting the gaps between them.
    while (f < t) {
      if (p < P.n && P.from[p]! < t) {
        // (The flags test never fails with today's map_mem() variants: 7.x maps the one
        // mapping with more restrictive flags, KFENCE's pool, first; it is kept for the rule.)
        if (!keepsLive || P.from[p]! < from || P.to[p]! > t || (P.flags[p]! & fl) !== fl) return false
        if (f < P.from[p]!) {
          insertPiece(p, f, P.from[p]!, fl)
          p++
        }
        f = P.to[p]!
        p++
      } else {
        insertPiece(p, f, t, fl)
        f = t
      }
    }
  }
  return true
}

function insertPiece(p: number, from: number, to: number, flags: number): void {
  const P = PIECES
  for (let q = P.n; q > p; q--) {
    P.from[q] = P.from[q - 1]!
    P.to[q] = P.to[q - 1]!
    P.flags[q] = P.flags[q - 1]!
  }
  P.from[p] = from
  P.to[p] = to
  P.flags[p] = flags
  P.n++
}

/** The walk in progress: where the pieces go, the tables so far, the last entry given a table per level. */
interface Walk {
  geo: FastGeometry
  physAlign: number
  out: Segments
  tables: [number, number, number, number]
  lastTabled: [number, number, number, number, number]
}

/**
 * Engine helper (no kernel counterpart): evaluates the map_mem() mirror in closed form (a faster way to the same tables).
 * map_mem() (the variant `mapMem` under `policy`) and its linear map in closed form, or
 * undefined where the closed form does not hold (see the file comment). Tables and pieces
 * are those the run-length tables would give, down to the order of the pieces.
 * `again`: the call before this one was for the same input (paging_init()'s block comparison
 * after its detailed run), whose map_mem() calls are then taken from that call's recording
 * (checked: the same input object, memstart, variant and geometry) instead of made again.
 */
export function closedFormMapMem(g: PgtableGeometry, variant: ClosedFormVariant, c: Omit<MapMemContext, 'st'>, again = false): ClosedFormMap | undefined {
  const rec = RECORDER
  if (!again || rec.input !== c.input || rec.memstart !== c.memstart || rec.variant !== variant || rec.g !== g) {
    rec.reset(g, c.memstart)
    rec.input = c.input
    rec.variant = variant
    variant.mapMem({ st: rec, input: c.input, memstart: c.memstart, flags: GLOBAL_FLAGS })
  }
  if (!rec.ok || !disjointPieces(rec, keepsLiveEntries(variant.policy), c.flags)) return undefined
  const geo = rec.geo
  const walk: Walk = {
    geo,
    physAlign: rec.linearAlign,
    out: scratchSegments(0),
    tables: [0, 0, 0, 0],
    lastTabled: [-1, -1, -1, -1, -1],
  }
  const P = PIECES
  for (let k = 0; k < P.n; k++) mapPiece(walk, P.from[k]!, P.to[k]!, geo.rootLevel, P.flags[k]!)
  return { geo, segs: walk.out, tables: walk.tables }
}

/**
 * Gives every entry of `level` that [p, q) touches a table below it, once: pieces arrive in
 * VA order at each level (the disjoint pieces of disjointPieces() in address order, whatever
 * order map_mem() made its calls in, each walked depth first from the left), so an entry
 * already given one is at most the last one given one.
 */
function tablesBelow(w: Walk, level: number, p: number, q: number): void {
  const inv = w.geo.entryInv[level + 1]!
  const lo = Math.floor(p * inv)
  const hi = Math.floor((q - 1) * inv)
  const last = w.lastTabled[level + 1]!
  if (hi <= last) return
  w.tables[(level + 1) as 0 | 1 | 2 | 3] += hi - (lo > last ? lo : last + 1) + 1
  w.lastTabled[level + 1] = hi
}

/**
 * Leaves of `level` over the aligned [a, b), with the contiguous hint on the spans of
 * `span` bytes it covers wholly when `cont` (else none), in VA order.
 */
function leaves(w: Walk, level: number, a: number, b: number, cont: boolean, span: number): void {
  const plain = keyId(level, DESC_SECT)
  if (cont) {
    const ca = Math.ceil(a / span) * span
    const cb = Math.floor(b / span) * span
    if (ca < cb) {
      if (a < ca) emit(w.out, a, ca - a, plain)
      emit(w.out, ca, cb - ca, keyId(level, DESC_SECT_CONT))
      if (cb < b) emit(w.out, cb, b - cb, plain)
      return
    }
  }
  emit(w.out, a, b - a, plain)
}

/**
 * [a, b) at `level` with `flags`: blocks in the entries it covers wholly where the level
 * holds blocks, the rest one level down under tables (see the file comment). A piece with
 * no block at a level goes down whole: a loop step rather than a call (the base-page run
 * of every forced linear map takes that way at every level).
 */
function mapPiece(w: Walk, a: number, b: number, level: number, flags: number): void {
  const geo = w.geo
  for (; level !== PTE_LEVEL; level++) {
    const size = geo.entrySize[level + 1]!
    const blocks =
      (level === PMD_LEVEL || (level === 1 && geo.pudSect)) && (flags & NO_BLOCK_MAPPINGS) === 0 && size <= w.physAlign
    if (blocks) {
      const inv = geo.entryInv[level + 1]!
      const lo = Math.ceil(a * inv) * size
      const hi = Math.floor(b * inv) * size
      if (lo < hi) {
        if (a < lo) {
          tablesBelow(w, level, a, lo)
          mapPiece(w, a, lo, level + 1, flags)
        }
        // CONT_PMD needs a PMD table of its own: with 2 levels the PMD is the root, and the PGD
        // loop hands it one entry at a time, so no span is ever whole.
        const cont =
          level === PMD_LEVEL && PMD_LEVEL > geo.rootLevel && (flags & NO_CONT_MAPPINGS) === 0 && geo.contPmdSize <= w.physAlign
        leaves(w, level, lo, hi, cont, geo.contPmdSize)
        if (hi < b) {
          tablesBelow(w, level, hi, b)
          mapPiece(w, hi, b, level + 1, flags)
        }
        return
      }
    }
    tablesBelow(w, level, a, b)
  }
  const cont = (flags & NO_CONT_MAPPINGS) === 0 && geo.contPteSize <= w.physAlign
  leaves(w, PTE_LEVEL, a, b, cont, geo.contPteSize)
}
