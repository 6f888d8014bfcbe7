// SPDX-License-Identifier: GPL-2.0-only
/**
 * The __create_pgd_mapping() chain of mmu.ts on run-length-encoded page tables, so that one
 * map_mem() costs O(ranges × levels × small constant) whatever the size of RAM.
 *
 * Representation
 *   - A table is a sorted list of runs [first, last] of entries with one descriptor kind
 *     (none = gap, table, block/page, block/page + PTE_CONT).
 *   - A run of n table entries points to ONE child object: the n next-level tables are
 *     identical, so the child stands for all of them ("template"). Writing into part of such
 *     a run first gives the written entries their own copy (setRuns(), tableBelow()).
 *   - Every mirrored function works on a *group* of entries i..j of a table: one partial
 *     entry, or whole entries in one run (so the kernel's per-entry decisions are equal for
 *     all of them). A group's work is done once on the template and counted n times
 *     (replicateBegin/End(): early_pgtable_alloc() pages × n, each warning repeated per entry at its VA).
 *   - Addresses are byte offsets from PAGE_OFFSET held in `number`: below 2^vaBits ≤ 2^52,
 *     so exact (createPgdMapping() checks the range; outside it the caller falls back to the
 *     per-entry reference). `phys` only matters through its alignment, and phys - virt is
 *     constant in a mapping: its lowest set bit (`physAlign`) answers every aligned() test.
 *
 * The kernel's decisions, warnings and table counts are those of the per-entry mirror in
 * mmu.ts (mapMemReference), which the tests compare against on the oracle inputs and on
 * random ones (mmu-fast.test.ts).
 *
 * @kernel arch/arm64/mm/mmu.c (v5.10.223, v6.1.192, v6.12.117, v7.2.13); mm/kfence/core.c
 */
import { runFrom } from '../runs.js'
import type { GranuleHistogram, PhysAddr, PhysSize } from '../types.js'
import type { CreateMappingPolicy, KfencePool, LinearMapRun, PgtableGeometry } from './mmu.js'

/** map_mem()'s flags (arch/arm64/mm/mmu.c); NO_EXEC_MAPPINGS does not change the layout. */
export const NO_BLOCK_MAPPINGS = 1 << 0
export const NO_CONT_MAPPINGS = 1 << 1

/** Entry states (what the walker distinguishes). */
export const DESC_NONE = 0
export const DESC_TABLE = 1
export const DESC_SECT = 2
export const DESC_SECT_CONT = 3

const PMD_LEVEL = 2
const PTE_LEVEL = 3

/** Entries first..last of a table with one state; `next` is the (shared) child of a table run. */
interface Run {
  first: number
  last: number
  desc: number
  next: RunTable | undefined
}

/** One page table (or, under a run of n table entries, n identical ones). */
export interface RunTable {
  level: number
  runs: Run[]
  /**
   * PTE entries kfence_init_pool() cleared, ascending. It runs last (nothing writes the
   * tables after it), so they are kept aside for the walker rather than cut into the runs.
   */
  holes?: number[]
}

/** The geometry in numbers, per hardware level -1 … 3 (index level + 1). */
export interface FastGeometry {
  rootLevel: number
  /** 2^vaBits: the VA span of swapper_pg_dir from PAGE_OFFSET. */
  span: number
  /** 2^(vaBits - 1): where the linear map ends (the walker's limit). */
  linearHalf: number
  entrySize: number[]
  /** 1 / entrySize and 1 / ptrs: powers of two, so multiplying by them divides exactly. */
  entryInv: number[]
  ptrs: number[]
  ptrsInv: number[]
  pageSize: number
  contPtes: number
  contPmds: number
  contPteSize: number
  contPmdSize: number
  /** pud_sect_supported(): 1G blocks exist with 4K pages only. */
  pudSect: boolean
  /** The walker's keys by key id (keyId()): '2M' and '2M-cont' per level. */
  keys: string[]
  /** ~(PAGE_SIZE - 1) and `span` as bigints. */
  pageMask: bigint
  spanBig: bigint
  /** PAGE_SIZE as a bigint (pagesToBigInt()). */
  pageSizeBig: bigint
}

type PendingWarning = string | { text: string; off: number }

/** One simulation's swapper_pg_dir (the linear half) on run-length-encoded tables. */
export interface FastPgdir {
  g: PgtableGeometry
  geo: FastGeometry
  policy: CreateMappingPolicy
  root: RunTable
  /** early_pgtable_alloc() pages by level: p4d, pud, pmd, pte. */
  tables: [number, number, number, number]
  /** BUG_ON()/WARN_ON() conditions and refused blocks; chain warnings keep their VA as an offset until read. */
  pending: PendingWarning[]
  /** The __create_pgd_mapping() call in progress: its flags and the lowest set bit of phys - virt. */
  flags: number
  physAlign: number
  /** deltaAlign(): the last phys - virt seen and its lowest set bit. */
  delta: bigint
  deltaAlign: number
  /** entryGroup(): the entries of the group just found. */
  gi: number
  gj: number
  /** contSpans(): the contiguous hint of the group just found. */
  hint: boolean
  /** replicateBegin()'s stack: table counts and warning count, 5 numbers per open group. */
  marks: number[]
  /** memstart_addr (PHYS_OFFSET), as a bigint and as a number (exact only in [0, 2^53)). */
  memstart: PhysAddr
  memstartNum: number
  /** The lowest set bit of memstart - PAGE_OFFSET: phys - virt of every linear mapping. */
  linearAlign: number
  createPgdMapping(phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void
  mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void
}

/** Thrown when a mapping leaves [PAGE_OFFSET, 2^64): only the per-entry reference models that. */
export class OutsideSwapperPgDir extends Error {}

// ---------------------------------------------------------------- geometry

/**
 * Engine helper (no kernel counterpart): formats a mapping size as the walker's histogram key.
 * The walker's name for a mapping size: 4K, 64K, 2M, 32M, 512M, 1G, 64G, 4T …
 */
export function sizeKey(size: bigint): string {
  const units: Array<[string, bigint]> = [['T', 40n], ['G', 30n], ['M', 20n], ['K', 10n]]
  for (const [u, s] of units) if (size >= 1n << s && size % (1n << s) === 0n) return `${size >> s}${u}`
  return `${size}`
}

/** The geometries built so far (a handful: granule × VA bits), searched by value, no key string. */
const GEOMETRIES: Array<{ pageSize: bigint; vaBits: number; geo: FastGeometry }> = []

/** Engine helper (no kernel counterpart): per-granule lookup tables for the run-length page-table walk, built once. */
export function fastGeometry(g: PgtableGeometry): FastGeometry {
  for (const x of GEOMETRIES) if (x.pageSize === g.pageSize && x.vaBits === g.vaBits) return x.geo
  const pageShift = Number(g.pageShift)
  const entrySize: number[] = []
  const entryInv: number[] = []
  const ptrs: number[] = []
  const ptrsInv: number[] = []
  const keys: string[] = []
  for (let level = -1; level <= PTE_LEVEL; level++) {
    const shift = pageShift + (3 - level) * (pageShift - 3)
    entrySize.push(2 ** shift)
    entryInv.push(2 ** -shift)
    const ptrsShift = level === g.rootLevel ? g.vaBits - shift : pageShift - 3
    ptrs.push(2 ** ptrsShift)
    ptrsInv.push(2 ** -ptrsShift)
    keys.push(sizeKey(1n << BigInt(shift)), `${sizeKey(1n << BigInt(shift))}-cont`)
  }
  const geo: FastGeometry = {
    rootLevel: g.rootLevel,
    span: 2 ** g.vaBits,
    linearHalf: 2 ** (g.vaBits - 1),
    entrySize,
    entryInv,
    ptrs,
    ptrsInv,
    pageSize: 2 ** pageShift,
    contPtes: g.contPtes,
    contPmds: g.contPmds,
    contPteSize: g.contPtes * entrySize[PTE_LEVEL + 1]!,
    contPmdSize: g.contPmds * entrySize[PMD_LEVEL + 1]!,
    pudSect: pageShift === 12,
    keys,
    pageMask: ~(g.pageSize - 1n),
    spanBig: 1n << BigInt(g.vaBits),
    pageSizeBig: g.pageSize,
  }
  GEOMETRIES.push({ pageSize: g.pageSize, vaBits: g.vaBits, geo })
  return geo
}

const entrySize = (st: FastPgdir, level: number): number => st.geo.entrySize[level + 1]!
/*
 * Offsets are integers in [0, 2^53) and entry sizes and counts powers of two, so x / size
 * and its floor are exact and floor-and-multiply gives what % would (without the fmod
 * call a double % costs). x * (1 / size) is the same double as x / size (both only change
 * the exponent), without a division.
 */
/** The index of the entry of `t` that maps offset `off` (pXd_index()). */
const indexOf = (st: FastPgdir, t: RunTable, off: number): number => {
  const geo = st.geo
  const q = Math.floor(off * geo.entryInv[t.level + 1]!)
  return q - Math.floor(q * geo.ptrsInv[t.level + 1]!) * geo.ptrs[t.level + 1]!
}
/** The offset the entry holding `off` starts at. */
const entryStart = (off: number, size: number): number => Math.floor(off / size) * size
/** aligned(phys, size) for the mapping in progress, given an aligned virt (phys - virt is constant). */
const physAligned = (st: FastPgdir, size: number): boolean => size <= st.physAlign
const hex = (x: bigint): string => '0x' + x.toString(16)

// ---------------------------------------------------------------- runs

/** The run holding entry `i`, or undefined for a none entry. */
function runAt(t: RunTable, i: number): Run | undefined {
  const r = t.runs[runFrom(t.runs, i)]
  return r !== undefined && r.first <= i ? r : undefined
}

/** The last entry from `i` on that is in the same run (or the same gap) as `i`. */
function sameStateUntil(st: FastPgdir, t: RunTable, i: number): number {
  const r = t.runs[runFrom(t.runs, i)]
  if (r === undefined) return st.geo.ptrs[t.level + 1]! - 1
  return r.first <= i ? r.last : r.first - 1
}

function cloneTable(t: RunTable): RunTable {
  return { level: t.level, runs: t.runs.map((r) => ({ first: r.first, last: r.last, desc: r.desc, next: r.next && cloneTable(r.next) })) }
}

/** Sets the fields of a run object in place (run objects are owned by one slot of one table). */
function putRun(r: Run, first: number, last: number, desc: number, next: RunTable | undefined): void {
  r.first = first
  r.last = last
  r.desc = desc
  r.next = next
}

/**
 * Writes entries first..last of `t` (DESC_NONE clears them). A table run cut in two keeps
 * its child on the left and a copy on the right, so no child is ever shared by two runs;
 * equal neighbouring leaf runs are merged.
 *
 * The runs overlapping first..last (and the neighbours a new leaf run merges with) are
 * replaced by at most three: what is left of the first one, the new (merged) run, what is
 * left of the last one. Nothing holds a run object but its slot, so the replaced objects are
 * rewritten in place and the array shifted by hand (no splice: it allocates its result).
 */
function setRuns(t: RunTable, first: number, last: number, desc: number, next: RunTable | undefined): void {
  const runs = t.runs
  if (runs.length === 0) {
    // A fresh table (most get only this run): an array of exactly one, not one grown by push.
    if (desc !== DESC_NONE) t.runs = [{ first, last, desc, next }]
    return
  }
  const tail = runs[runs.length - 1]!
  if (tail.last < first) {
    // Past every run (most writes to a used table: map_mem() maps in address order). What the
    // general case below does then: nothing to cut, so clearing is a no-op, and a leaf run
    // either extends an equal leaf run that ends just before it or is appended.
    if (desc === DESC_NONE) return
    if (next === undefined && tail.next === undefined && tail.desc === desc && tail.last + 1 === first) tail.last = last
    else runs.push({ first, last, desc, next })
    return
  }
  let p = runFrom(runs, first)
  let q = p
  while (q < runs.length && runs[q]!.first <= last) q++
  // The left piece [leftFirst, first - 1] and the right piece [last + 1, rightLast] (-1: none).
  let leftFirst = -1
  let leftDesc = DESC_NONE
  let leftNext: RunTable | undefined
  let rightLast = -1
  let rightDesc = DESC_NONE
  let rightNext: RunTable | undefined
  if (p < q) {
    const a = runs[p]!
    const b = runs[q - 1]!
    if (a.first < first) {
      leftFirst = a.first
      leftDesc = a.desc
      leftNext = a.next
    }
    if (b.last > last) {
      rightLast = b.last
      rightDesc = b.desc
      rightNext = b === a && leftFirst >= 0 && b.next ? cloneTable(b.next) : b.next
    }
  }
  let lo = first
  let hi = last
  if (desc !== DESC_NONE && next === undefined) {
    // Merge the new leaf run with equal neighbours (the pieces or the runs beside).
    if (leftFirst >= 0) {
      if (leftDesc === desc && leftNext === undefined) {
        lo = leftFirst
        leftFirst = -1
      }
    } else if (p > 0) {
      const prev = runs[p - 1]!
      if (prev.desc === desc && prev.next === undefined && prev.last + 1 === first) {
        lo = prev.first
        p--
      }
    }
    if (rightLast >= 0) {
      if (rightDesc === desc && rightNext === undefined) {
        hi = rightLast
        rightLast = -1
      }
    } else if (q < runs.length) {
      const after = runs[q]!
      if (after.desc === desc && after.next === undefined && after.first === last + 1) {
        hi = after.last
        q++
      }
    }
  }
  // Slots p..q-1 become m slots p..p+m-1.
  const m = (leftFirst >= 0 ? 1 : 0) + (desc !== DESC_NONE ? 1 : 0) + (rightLast >= 0 ? 1 : 0)
  const len = runs.length
  if (m > q - p) {
    const d = m - (q - p)
    for (let k = 0; k < d; k++) runs.push(FILLER)
    for (let k = len - 1; k >= q; k--) runs[k + d] = runs[k]!
    for (let k = q; k < q + d; k++) runs[k] = { first: 0, last: 0, desc: DESC_NONE, next: undefined }
  } else if (m < q - p) {
    const d = q - p - m
    for (let k = q; k < len; k++) runs[k - d] = runs[k]!
    runs.length = len - d
  }
  let s = p
  if (leftFirst >= 0) putRun(runs[s++]!, leftFirst, first - 1, leftDesc, leftNext)
  if (desc !== DESC_NONE) putRun(runs[s++]!, lo, hi, desc, next)
  if (rightLast >= 0) putRun(runs[s]!, last + 1, rightLast, rightDesc, rightNext)
}

/** A placeholder while setRuns() grows an array (overwritten before it returns). */
const FILLER: Run = { first: -1, last: -1, desc: DESC_NONE, next: undefined }

// ---------------------------------------------------------------- groups of entries

/**
 * One step of the kernel's `do { next = pXd_addr_end(addr, end); … } while (addr = next, addr != end)`
 * over the entries of `t`, in groups: sets st.gi..st.gj to one partial entry, or to whole
 * entries that lie in one run or gap (equal state, so equal decisions), and returns where
 * the group ends. Callers loop `for (a = addr; a !== end; a = next)` and read gi, gj at once.
 */
function entryGroup(st: FastPgdir, t: RunTable, addr: number, end: number): number {
  const size = entrySize(st, t.level)
  const inv = st.geo.entryInv[t.level + 1]!
  const i = indexOf(st, t, addr)
  const boundary = Math.floor(addr * inv) * size + size
  st.gi = i
  if (addr !== boundary - size || end < boundary) {
    st.gj = i
    return boundary < end ? boundary : end
  }
  const whole = i + Math.floor((end - addr) * inv) - 1
  const until = sameStateUntil(st, t, i)
  const j = whole < until ? whole : until
  st.gj = j
  return addr + (j - i + 1) * size
}

/** The end of the first entry of a group that starts at `addr` (entries of `size`). */
const firstEntryEnd = (addr: number, end: number, size: number): number => {
  const boundary = entryStart(addr, size) + size
  return boundary < end ? boundary : end
}

/**
 * replicate(): the work for the first of `n` identical entries of `size` is done once and
 * counted n times — the tables it allocated, and its warnings again for every further entry
 * at that entry's VA (in entry order, as the kernel's loop would print them).
 * replicateBegin() notes the counts before that work (a stack: groups nest level by level),
 * replicateEnd() after it multiplies what was added.
 */
function replicateBegin(st: FastPgdir, n: number): void {
  if (n === 1) return
  const t = st.tables
  st.marks.push(t[0], t[1], t[2], t[3], st.pending.length)
}

function replicateEnd(st: FastPgdir, n: number, size: number): void {
  if (n === 1) return
  const marks = st.marks
  const w0 = marks.pop()!
  const pte = marks.pop()!
  const pmd = marks.pop()!
  const pud = marks.pop()!
  const p4d = marks.pop()!
  const t = st.tables
  t[0] += (t[0] - p4d) * (n - 1)
  t[1] += (t[1] - pud) * (n - 1)
  t[2] += (t[2] - pmd) * (n - 1)
  t[3] += (t[3] - pte) * (n - 1)
  const w1 = st.pending.length
  for (let k = 1; k < n && w1 > w0; k++) {
    for (let w = w0; w < w1; w++) {
      const x = st.pending[w] as { text: string; off: number }
      st.pending.push({ text: x.text, off: x.off + k * size })
    }
  }
}

/**
 * One step of the kernel's per-CONT-span loop of alloc_init_cont_pte()/alloc_init_cont_pmd()
 * over [addr, end) of `t`, in groups: returns the end of the longest stretch of consecutive
 * spans from `addr` with the same contiguous hint, and sets st.hint to it. The hint needs
 * addr, next and phys CONT-aligned, NO_CONT_MAPPINGS clear and (7.x) a span the policy
 * allows it over; spans inside one run or gap decide alike. Writing a group changes no entry
 * at or after its end, so deciding the next group after writing this one decides as the
 * kernel does.
 */
function contSpans(st: FastPgdir, t: RunTable, addr: number, end: number, spanEntries: number, spanSize: number): number {
  st.hint = false
  if ((st.flags & NO_CONT_MAPPINGS) !== 0 || !physAligned(st, spanSize)) return end
  let started = false
  while (addr !== end) {
    let next: number
    let cont = false
    const boundary = entryStart(addr, spanSize) + spanSize
    if (addr !== boundary - spanSize || end < boundary) {
      next = boundary < end ? boundary : end
    } else {
      const i = indexOf(st, t, addr)
      const inRun = sameStateUntil(st, t, i) - i + 1
      const whole = Math.floor((end - addr) / spanSize)
      const spans = inRun >= spanEntries ? Math.min(Math.floor(inRun / spanEntries), whole) : 1
      next = addr + spans * spanSize
      cont = contAllowedOver(st, t, i, spanEntries)
    }
    if (!started) {
      st.hint = cont
      started = true
    } else if (cont !== st.hint) {
      return addr
    }
    addr = next
  }
  return end
}

/** CreateMappingPolicy.contAllowedOver() on runs: every entry of the span allows PTE_CONT. */
function contAllowedOver(st: FastPgdir, t: RunTable, index: number, span: number): boolean {
  const last = Math.min(index + span, st.geo.ptrs[t.level + 1]!) - 1
  let covered = 0
  for (let p = runFrom(t.runs, index); p < t.runs.length && t.runs[p]!.first <= last; p++) {
    const r = t.runs[p]!
    if (!st.policy.contAllowedOverEntry(r.desc)) return false
    covered += Math.min(r.last, last) - Math.max(r.first, index) + 1
  }
  return covered === last - index + 1 || st.policy.contAllowedOverEntry(DESC_NONE)
}

// ---------------------------------------------------------------- the chain

/**
 * Mirrors early_pgtable_alloc() — arch/arm64/mm/mmu.c: one zeroed PAGE_SIZE page from
 * memblock (top-down; the caller replays the count). Here it only counts the page.
 */
function earlyPgtableAlloc(st: FastPgdir, level: number): RunTable {
  st.tables[level as 0 | 1 | 2 | 3]++
  return { level, runs: [] }
}

/**
 * The `if (X_none(x)) { allocate, populate } else { BUG_ON(X_bad(x)); X_offset() }` prologue
 * of alloc_init_p4d/pud/cont_pmd/cont_pte for entries i..j of `parent` (addr in entry i):
 * the table below them, their own (a shared table run cut at i..j is copied first).
 */
function tableBelow(st: FastPgdir, parent: RunTable, i: number, j: number, level: number, addr: number, fn: string): RunTable {
  const r = runAt(parent, i)
  if (r?.desc === DESC_TABLE) {
    if (r.first === i && r.last === j) return r.next!
    const own = cloneTable(r.next!)
    setRuns(parent, i, j, DESC_TABLE, own)
    return own
  }
  // BUG_ON(pmd_sect(pmd)) / BUG_ON(pud_sect(pud)): a block where a table is needed.
  if (r) st.pending.push({ text: `${fn}: BUG_ON(block entry)`, off: entryStart(addr, entrySize(st, parent.level)) })
  const t = earlyPgtableAlloc(st, level)
  setRuns(parent, i, j, DESC_TABLE, t)
  return t
}

/**
 * Mirrors pmd_set_huge() / pud_set_huge() — arch/arm64/mm/mmu.c (v5.10.223:1380-1406,
 * v7.2.13:1815-1841) for an entry of kind `old`: whether the block `now` is written. They
 * write it only when pgattr_change_is_safe(old, new) ("Only allow permission changes for
 * now") and else return 0 with the entry as it was: a table stays a table, a block keeps its
 * PTE_CONT or lack of it.
 */
export function pSetHuge(policy: CreateMappingPolicy, old: number, now: number): boolean {
  return policy.pgattrChangeIsSafe(old, now)
}

/**
 * What init_pmd() / alloc_init_pud() — arch/arm64/mm/mmu.c — come to after pSetHuge() refused
 * a block over an entry of kind `old`. Their BUG_ON(!pgattr_change_is_safe(old, *pmdp))
 * compares the untouched entry with itself, which fails only for a contiguous block under the
 * ≤6.x rule; 7.2+ WARN_ON() the refusal; ≤7.1 ignore it, and over a table the entry's pages
 * the table does not map stay unmapped (no BUG_ON, RAM missing from the linear map).
 *
 * @kernel arch/arm64/mm/mmu.c init_pmd, alloc_init_pud (v5.10.223:213-248, :299-356; v7.2.13:252-290, :362-427)
 */
export function refusedBlockWarning(policy: CreateMappingPolicy, old: number, fn: 'init_pmd' | 'alloc_init_pud'): string {
  const helper = fn === 'init_pmd' ? 'pmd_set_huge' : 'pud_set_huge'
  if (!policy.pgattrChangeIsSafe(old, old)) return `${fn}: BUG_ON(!pgattr_change_is_safe()): live contiguous block`
  const refused = policy.setHugeWarns ? `WARN_ON(!${helper}())` : `${helper}() refused`
  return old === DESC_TABLE
    ? `${fn}: ${refused}: a block over a table (pgattr_change_is_safe()), what the table does not map stays unmapped`
    : `${fn}: ${refused}: a change of a live block (pgattr_change_is_safe()), the old entry stays`
}

/**
 * Writes block entries i..j (one state, see entryGroup()) where pSetHuge() lets it, and
 * records refusedBlockWarning() for each entry it refuses.
 */
function setLeaves(st: FastPgdir, t: RunTable, i: number, j: number, addr: number, now: number, fn: 'init_pmd' | 'alloc_init_pud'): void {
  const old = runAt(t, i)?.desc ?? DESC_NONE
  if (pSetHuge(st.policy, old, now)) {
    setRuns(t, i, j, now, undefined)
    return
  }
  const text = refusedBlockWarning(st.policy, old, fn)
  const size = entrySize(st, t.level)
  for (let k = 0; k <= j - i; k++) st.pending.push({ text, off: addr + k * size })
}

/**
 * Mirrors init_pte() — arch/arm64/mm/mmu.c: page entries for [addr, end), all with or all
 * without PTE_CONT. The kernel calls it once per CONT_PTE span, and each call BUG_ON()s at
 * its first entry pgattr_change_is_safe() refuses (≤6.x: any live one): one warning per span.
 */
function initPte(st: FastPgdir, t: RunTable, addr: number, end: number, cont: boolean): void {
  const page = st.geo.pageSize
  const span = st.geo.contPtes
  const i0 = indexOf(st, t, addr)
  const i1 = i0 + (end - addr) / page - 1
  const now = cont ? DESC_SECT_CONT : DESC_SECT
  const base = addr - i0 * page
  let warned = -1
  for (let p = runFrom(t.runs, i0); p < t.runs.length && t.runs[p]!.first <= i1; p++) {
    const r = t.runs[p]!
    // A none entry is always safe ("creating or taking down mappings is always safe").
    if (st.policy.pgattrChangeIsSafe(r.desc, now)) continue
    const s = Math.max(r.first, i0)
    const e = Math.min(r.last, i1)
    for (let c = Math.max(Math.floor(s / span), warned + 1); c <= Math.floor(e / span); c++) {
      st.pending.push({ text: 'init_pte: BUG_ON(!pgattr_change_is_safe()): live entry changed', off: base + Math.max(s, c * span) * page })
      warned = c
    }
  }
  setRuns(t, i0, i1, now, undefined)
}

/**
 * Mirrors alloc_init_cont_pte() — arch/arm64/mm/mmu.c, for PMD entries i..j: a PTE table
 * for the PMD entry (allocated if none), then per CONT_PTE span the contiguous hint when
 * addr, next and phys are CONT_PTE_SIZE aligned and NO_CONT_MAPPINGS is clear (7.x: and the
 * span holds no valid non-contiguous entry), and init_pte().
 */
function allocInitContPte(st: FastPgdir, pmd: RunTable, i: number, j: number, addr: number, end: number): void {
  const size = entrySize(st, pmd.level)
  const n = j - i + 1
  replicateBegin(st, n)
  const pte = tableBelow(st, pmd, i, j, PTE_LEVEL, addr, 'alloc_init_cont_pte')
  const last = firstEntryEnd(addr, end, size)
  for (let a = addr; a !== last; ) {
    const b = contSpans(st, pte, a, last, st.geo.contPtes, st.geo.contPteSize)
    initPte(st, pte, a, b, st.hint)
    a = b
  }
  replicateEnd(st, n, size)
}

/**
 * Mirrors init_pmd() — arch/arm64/mm/mmu.c: per PMD entry, a block when addr, next and phys
 * are PMD_SIZE aligned and NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table),
 * else a PTE table via alloc_init_cont_pte(). `cont` is the hint alloc_init_cont_pmd() put
 * into the prot.
 */
function initPmd(st: FastPgdir, pmd: RunTable, addr: number, end: number, cont: boolean): void {
  const size = entrySize(st, PMD_LEVEL)
  for (let a = addr; a !== end; ) {
    const b = entryGroup(st, pmd, a, end)
    const i = st.gi
    const j = st.gj
    const whole = entryStart(a, size) === a && b - a === (j - i + 1) * size
    if (
      whole &&
      physAligned(st, size) &&
      (st.flags & NO_BLOCK_MAPPINGS) === 0 &&
      st.policy.sectionAllowedOver(runAt(pmd, i)?.desc ?? DESC_NONE)
    ) {
      setLeaves(st, pmd, i, j, a, cont ? DESC_SECT_CONT : DESC_SECT, 'init_pmd')
    } else {
      allocInitContPte(st, pmd, i, j, a, b)
    }
    a = b
  }
}

/**
 * Mirrors alloc_init_cont_pmd() — arch/arm64/mm/mmu.c, for PUD entries i..j: a PMD table
 * for the PUD entry (allocated if none), then per CONT_PMD span the contiguous hint when
 * aligned and allowed, and init_pmd(). With 2 levels the PMD *is* the root (pgtable-nopmd.h)
 * and the PGD loop hands over one PMD entry at a time, so no CONT_PMD span is ever whole.
 */
function allocInitContPmd(st: FastPgdir, pud: RunTable, i: number, j: number, addr: number, end: number): void {
  if (PMD_LEVEL <= st.geo.rootLevel) {
    initPmd(st, pud, addr, end, false)
    return
  }
  const size = entrySize(st, pud.level)
  const n = j - i + 1
  replicateBegin(st, n)
  const pmd = tableBelow(st, pud, i, j, PMD_LEVEL, addr, 'alloc_init_cont_pmd')
  const last = firstEntryEnd(addr, end, size)
  for (let a = addr; a !== last; ) {
    const b = contSpans(st, pmd, a, last, st.geo.contPmds, st.geo.contPmdSize)
    initPmd(st, pmd, a, b, st.hint)
    a = b
  }
  replicateEnd(st, n, size)
}

/**
 * The body of alloc_init_pud()'s loop for PUD entries i..j of `pud`: a 1 GiB block when
 * pud_sect_supported() (4K granule only) and addr, next and phys are PUD_SIZE aligned and
 * NO_BLOCK_MAPPINGS is clear (7.x: and the entry is not a table), else alloc_init_cont_pmd().
 */
function pudEntries(st: FastPgdir, pud: RunTable, i: number, j: number, a: number, b: number): void {
  const size = entrySize(st, pud.level)
  const whole = entryStart(a, size) === a && b - a === (j - i + 1) * size
  if (
    st.geo.pudSect &&
    whole &&
    physAligned(st, size) &&
    (st.flags & NO_BLOCK_MAPPINGS) === 0 &&
    st.policy.sectionAllowedOver(runAt(pud, i)?.desc ?? DESC_NONE)
  ) {
    setLeaves(st, pud, i, j, a, DESC_SECT, 'alloc_init_pud')
  } else {
    allocInitContPmd(st, pud, i, j, a, b)
  }
}

/**
 * Mirrors alloc_init_pud() — arch/arm64/mm/mmu.c, for P4D entries i..j: a PUD table for the
 * P4D entry (allocated if none; folded into the root with 3 or fewer levels, where the PGD
 * entries are the PUD entries), then per PUD entry a 1 GiB block when pud_sect_supported()
 * (4K granule only) and addr, next and phys are PUD_SIZE aligned and NO_BLOCK_MAPPINGS is
 * clear (7.x: and the entry is not a table), else alloc_init_cont_pmd() (pudEntries()).
 */
function allocInitPud(st: FastPgdir, p4d: RunTable, i: number, j: number, addr: number, end: number): void {
  if (1 <= st.geo.rootLevel) {
    pudEntries(st, p4d, i, j, addr, end)
    return
  }
  const size = entrySize(st, p4d.level)
  const n = j - i + 1
  replicateBegin(st, n)
  const pud = tableBelow(st, p4d, i, j, 1, addr, 'alloc_init_pud')
  const last = firstEntryEnd(addr, end, size)
  for (let a = addr; a !== last; ) {
    const b = entryGroup(st, pud, a, last)
    pudEntries(st, pud, st.gi, st.gj, a, b)
    a = b
  }
  replicateEnd(st, n, size)
}

/**
 * Mirrors alloc_init_p4d() — arch/arm64/mm/mmu.c, for PGD entries i..j: with 5 levels (LPA2)
 * a P4D table for the PGD entry, else the PGD entry itself (p4d folded), then
 * alloc_init_pud() per P4D entry.
 */
function allocInitP4d(st: FastPgdir, pgd: RunTable, i: number, j: number, addr: number, end: number): void {
  if (0 <= st.geo.rootLevel) {
    allocInitPud(st, pgd, i, j, addr, end)
    return
  }
  const size = entrySize(st, pgd.level)
  const n = j - i + 1
  replicateBegin(st, n)
  const p4d = tableBelow(st, pgd, i, j, 0, addr, 'alloc_init_p4d')
  const last = firstEntryEnd(addr, end, size)
  for (let a = addr; a !== last; ) {
    const b = entryGroup(st, p4d, a, last)
    allocInitPud(st, p4d, st.gi, st.gj, a, b)
    a = b
  }
  replicateEnd(st, n, size)
}

/**
 * The lowest set bit of phys - virt as a number (Infinity for 0; a power of two, so exact),
 * remembered per pgdir: map_mem()'s mappings all have phys - virt = PHYS_OFFSET - PAGE_OFFSET.
 */
function deltaAlign(st: FastPgdir, delta: bigint): number {
  if (delta !== st.delta) {
    st.delta = delta
    st.deltaAlign = delta === 0n ? Infinity : Number(delta & -delta)
  }
  return st.deltaAlign
}

/**
 * Mirrors __create_pgd_mapping() / __create_pgd_mapping_locked() — arch/arm64/mm/mmu.c:
 * page-align, then alloc_init_p4d() per PGD entry of swapper_pg_dir.
 *
 * phys and virt differ within a page exactly when phys - virt has a set bit below
 * PAGE_SIZE, and after page-aligning both, phys - virt is unchanged. When virt - PAGE_OFFSET
 * and size both lie in [0, 2^vaBits] (≤ 2^52) they and their sum (≤ 2^53) are exact numbers,
 * and so are the page roundings (divisions by a power of two); otherwise the bigint
 * arithmetic below decides.
 */
function createPgdMapping(st: FastPgdir, phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void {
  const pageSize = st.g.pageSize
  const pageMask = st.geo.pageMask
  const align = deltaAlign(st, phys - virt)
  if (align < st.geo.pageSize) {
    st.pending.push(`__create_pgd_mapping: WARN_ON(phys ${hex(phys)} and virt ${hex(virt)} differ within a page)`)
    return
  }
  let from: number
  let to: number
  const vOff = virt - st.g.pageOffset
  if (vOff >= 0n && vOff <= st.geo.spanBig && size >= 0n && size <= st.geo.spanBig) {
    const page = st.geo.pageSize
    const v = Number(vOff)
    from = Math.floor(v / page) * page
    to = Math.ceil((v + Number(size)) / page) * page
    if (from === to) return
    if (to > st.geo.span) throw new OutsideSwapperPgDir(`${hex(virt)}+${hex(size)}`)
  } else {
    const addr = virt & pageMask
    const end = (virt + size + pageSize - 1n) & pageMask
    if (addr === end) return
    const fromBig = addr - st.g.pageOffset
    const toBig = end - st.g.pageOffset
    if (fromBig < 0n || toBig < fromBig || toBig > st.geo.spanBig) throw new OutsideSwapperPgDir(`${hex(virt)}+${hex(size)}`)
    from = Number(fromBig)
    to = Number(toBig)
  }
  mapOffsets(st, from, to, align, flags)
}

/** __create_pgd_mapping_locked()'s loop: alloc_init_p4d() per PGD entry of [from, to) (page-aligned offsets). */
function mapOffsets(st: FastPgdir, from: number, to: number, align: number, flags: number): void {
  st.physAlign = align
  st.flags = flags
  const root = st.root
  for (let a = from; a !== to; ) {
    const b = entryGroup(st, root, a, to)
    allocInitP4d(st, root, st.gi, st.gj, a, b)
    a = b
  }
}

/** 2^53: integers below it are exact doubles. */
const TWO_53 = 2 ** 53

/**
 * createPgdMapping(start, __phys_to_virt(start), end - start, flags): memory at its linear
 * address, as __map_memblock() maps it, without the bigints above 2^63 (PAGE_OFFSET).
 *
 * virt - PAGE_OFFSET = start - memstart and virt + size - PAGE_OFFSET = end - memstart, and
 * phys - virt = memstart - PAGE_OFFSET for every call (its lowest set bit, linearAlign, is
 * taken once in newFastPgdir()). When start, end and memstart are integers in [0, 2^53)
 * their doubles are exact (Number() of a bigint rounds monotonically, so a double below
 * 2^53 and not negative comes from such a bigint) and so are the differences (integers of
 * magnitude below 2^53). Every other case, and every case where createPgdMapping() warns,
 * returns early on an empty range or throws, is handed to createPgdMapping() itself.
 */
function mapLinear(st: FastPgdir, start: PhysAddr, end: PhysAddr, flags: number): void {
  const m = st.memstartNum
  const a = Number(start)
  const e = Number(end)
  if (m >= 0 && m < TWO_53 && a >= 0 && a < TWO_53 && e >= 0 && e < TWO_53 && st.linearAlign >= st.geo.pageSize) {
    const v = a - m
    const w = e - m
    const span = st.geo.span
    if (v >= 0 && v <= span && w >= v && w - v <= span) {
      const page = st.geo.pageSize
      const from = Math.floor(v / page) * page
      const to = Math.ceil(w / page) * page
      if (from === to) return
      if (to <= span) {
        mapOffsets(st, from, to, st.linearAlign, flags)
        return
      }
    }
  }
  createPgdMapping(st, start, st.g.pageOffset + (start - st.memstart), end - start, flags)
}

/**
 * FastPgdir as a class: its SwapperPgDir methods live on the prototype, so a pgdir costs one
 * object, not one plus two closures over it.
 */
class FastPgdirState implements FastPgdir {
  g: PgtableGeometry
  geo: FastGeometry
  policy: CreateMappingPolicy
  root: RunTable
  tables: [number, number, number, number] = [0, 0, 0, 0]
  pending: PendingWarning[] = []
  flags = 0
  physAlign = Infinity
  delta = -1n
  deltaAlign = 1
  gi = 0
  gj = 0
  hint = false
  marks: number[] = []
  memstart: PhysAddr
  memstartNum: number
  linearAlign: number

  constructor(g: PgtableGeometry, policy: CreateMappingPolicy, memstart: PhysAddr) {
    const linearDelta = memstart - g.pageOffset
    this.g = g
    this.geo = fastGeometry(g)
    this.policy = policy
    this.root = { level: g.rootLevel, runs: [] }
    this.memstart = memstart
    this.memstartNum = Number(memstart)
    this.linearAlign = linearDelta === 0n ? Infinity : Number(linearDelta & -linearDelta)
  }

  createPgdMapping(phys: PhysAddr, virt: bigint, size: PhysSize, flags: number): void {
    createPgdMapping(this, phys, virt, size, flags)
  }

  mapLinear(start: PhysAddr, end: PhysAddr, flags: number): void {
    mapLinear(this, start, end, flags)
  }
}

/**
 * Engine helper (no kernel counterpart): an empty run-length page-table store standing for swapper_pg_dir.
 * A fresh swapper_pg_dir for one map_mem() run with memstart_addr `memstart`.
 */
export function newFastPgdir(g: PgtableGeometry, policy: CreateMappingPolicy, memstart: PhysAddr): FastPgdir {
  return new FastPgdirState(g, policy, memstart)
}

// ---------------------------------------------------------------- KFENCE

/**
 * Mirrors the protection loop of kfence_init_pool() — mm/kfence/core.c: the first two pool
 * pages and the right guard page of every object are unmapped (kfence_protect() →
 * set_memory_valid(…, 0)), or warned about where no page entry maps them.
 *
 * @kernel mm/kfence/core.c kfence_init_pool; arch/arm64/include/asm/kfence.h kfence_protect_page
 */
export function kfenceInitPool(st: FastPgdir, memstart: PhysAddr, pool: KfencePool): void {
  const n = pool.numObjects ?? 255
  const page = st.g.pageSize
  // Pool pages 0, 1, 3, 5, …, 2n + 1, ascending.
  const pageNo = (k: number): number => (k < 2 ? k : 2 * k - 1)
  const pa = (k: number): bigint => pool.base + BigInt(pageNo(k)) * page
  const count = n + 2
  const warn = (k: number): void => {
    st.pending.push(`kfence_protect: no page mapping at ${hex(pa(k))} (set_memory_valid() fails on a block)`)
  }
  const first = pool.base - memstart
  const span = BigInt(st.geo.span)
  if (first >= 0n && first + BigInt(pageNo(count - 1)) * page < span) {
    const base = Number(first)
    const pageBytes = st.geo.pageSize
    const offs = new Float64Array(count)
    for (let k = 0; k < count; k++) offs[k] = base + pageNo(k) * pageBytes
    protect(st, st.root, offs, 0, count, warn)
    return
  }
  // Partly outside swapper_pg_dir: pages below PAGE_OFFSET or past its end hit no entry.
  let lo = 0
  while (lo < count && pa(lo) - memstart < 0n) lo++
  let hi = lo
  while (hi < count && pa(hi) - memstart < span) hi++
  for (let k = 0; k < lo; k++) warn(k)
  const offs = new Float64Array(hi - lo)
  for (let k = lo; k < hi; k++) offs[k - lo] = Number(pa(k) - memstart)
  protect(st, st.root, offs, 0, offs.length, (q) => warn(lo + q))
  for (let k = hi; k < count; k++) warn(k)
}

/** kfence_protect() for the ascending pages offs[lo..hi) that all lie under table `t`. */
function protect(st: FastPgdir, t: RunTable, offs: Float64Array, lo: number, hi: number, warn: (q: number) => void): void {
  const runs = t.runs
  if (t.level === PTE_LEVEL) {
    // One page per entry: a mapped one is cleared, a none one cannot be protected.
    const page = st.geo.pageSize
    const base = entryStart(offs[lo]!, page * st.geo.ptrs[PTE_LEVEL + 1]!)
    const holes: number[] = []
    let p = 0
    for (let k = lo; k < hi; k++) {
      const i = (offs[k]! - base) / page
      while (p < runs.length && runs[p]!.last < i) p++
      if (p < runs.length && runs[p]!.first <= i) holes.push(i)
      else warn(k)
    }
    if (holes.length > 0) t.holes = holes
    return
  }
  const size = entrySize(st, t.level)
  for (let k = lo; k < hi; ) {
    const off = offs[k]!
    const next = entryStart(off, size) + size
    let m = k + 1
    while (m < hi && offs[m]! < next) m++
    const i = indexOf(st, t, off)
    const r = runAt(t, i)
    if (r?.desc === DESC_TABLE) protect(st, tableBelowOwn(t, i, r), offs, k, m, warn)
    else for (let q = k; q < m; q++) warn(q)
    k = m
  }
}

/** The child of table entry `i` (in run `r`), made its own. */
function tableBelowOwn(t: RunTable, i: number, r: Run): RunTable {
  if (r.first === i && r.last === i) return r.next!
  const own = cloneTable(r.next!)
  setRuns(t, i, i, DESC_TABLE, own)
  return own
}

// ---------------------------------------------------------------- walking the result

/**
 * Engine helper (no kernel counterpart): a small-number id for a walker key, for cheap comparisons.
 * The walker key of a leaf run at `level` as a small number: (level + 1) * 2, + 1 with
 * PTE_CONT. The keys of one geometry are distinct strings (a size per level, '-cont' or
 * not), so comparing ids compares keys; geo.keys[id] is the string.
 */
export const keyId = (level: number, desc: number): number => (level + 1) * 2 + (desc === DESC_SECT_CONT ? 1 : 0)

/**
 * The linear map as pieces in VA order (offset from PAGE_OFFSET, size, walker key id),
 * adjacent equal ones merged: the first `n` entries of the arrays.
 */
export interface Segments {
  n: number
  off: number[]
  size: number[]
  map: number[]
}

/**
 * Reused segment lists, one per table level + 1 (index 0 is the whole walk, index
 * level + 2 holds the pieces of one of n identical tables at `level`). A walk fills them
 * and fastLinearMap() has read them before it returns, so no two walks share one.
 */
const SEGMENTS: Segments[] = []

/** Engine helper (no kernel counterpart): a reusable, emptied segment buffer (avoids allocation in the walk). */
export function scratchSegments(k: number): Segments {
  while (SEGMENTS.length <= k) SEGMENTS.push({ n: 0, off: [], size: [], map: [] })
  const s = SEGMENTS[k]!
  s.n = 0
  return s
}

/** Engine helper (no kernel counterpart): appends a linear-map piece to a segment buffer, merging it with an equal neighbour. */
export function emit(out: Segments, off: number, size: number, map: number): void {
  const n = out.n - 1
  if (n >= 0 && out.map[n] === map && out.off[n]! + out.size[n]! === off) {
    out.size[n]! += size
    return
  }
  if (out.n < out.off.length) {
    out.off[out.n] = off
    out.size[out.n] = size
    out.map[out.n] = map
  } else {
    out.off.push(off)
    out.size.push(size)
    out.map.push(map)
  }
  out.n++
}

/**
 * Walks a table in VA order and appends its mappings to `out` (the histograms and runs only
 * ever sum or merge adjacent pieces). At the root, as the per-entry walker does, a maximal
 * run of equal entries counts only if it starts in the linear half.
 */
function walkTable(st: FastPgdir, t: RunTable, base: number, out: Segments): void {
  const size = entrySize(st, t.level)
  const isRoot = t.level === st.geo.rootLevel
  const runs = t.runs
  const holes = t.holes
  let h = 0
  for (let p = 0; p < runs.length; ) {
    const r = runs[p]!
    const start = base + r.first * size
    if (r.desc === DESC_TABLE) {
      let n = r.last - r.first + 1
      if (isRoot) n = Math.min(n, Math.max(0, Math.ceil((st.geo.linearHalf - start) / size)))
      if (n === 1) {
        walkTable(st, r.next!, start, out)
      } else if (n > 1) {
        // n identical tables: walk one, then repeat its pieces (one piece if it maps all).
        const one = scratchSegments(t.level + 2)
        walkTable(st, r.next!, 0, one)
        if (one.n === 1 && one.off[0] === 0 && one.size[0] === size) {
          emit(out, start, n * size, one.map[0]!)
        } else {
          for (let k = 0; k < n; k++) for (let s = 0; s < one.n; s++) emit(out, start + k * size + one.off[s]!, one.size[s]!, one.map[s]!)
        }
      }
      p++
      continue
    }
    let last = r.last
    let q = p + 1
    while (q < runs.length && runs[q]!.desc === r.desc && runs[q]!.first === last + 1) last = runs[q++]!.last
    const map = keyId(t.level, r.desc)
    if (holes) {
      let from = r.first
      for (; h < holes.length && holes[h]! <= last; h++) {
        if (holes[h]! > from) emit(out, base + from * size, (holes[h]! - from) * size, map)
        from = holes[h]! + 1
      }
      if (from <= last) emit(out, base + from * size, (last - from + 1) * size, map)
    } else if (!isRoot || start < st.geo.linearHalf) {
      emit(out, start, (last - r.first + 1) * size, map)
    }
    p = q
  }
}

/**
 * walkTable() when only the histogram is wanted: adds each mapping's bytes × `weight` to
 * its walker key (addBytes()), in the order walkTable() would first emit each key. n identical
 * tables are walked once with n times the weight (walkTable() repeats their pieces n
 * times); KFENCE's holes just shorten a run. Sums stay below 2^53 (bytes of a ≤ 2^52 VA
 * span), so exact. A walk of its own rather than walkTable() with a callback: the block
 * comparison runs it for every layout whose base pages are forced, and this way it builds
 * no segment lists and makes no call per piece. mapMem's tests against the reference cover
 * both walks.
 */
function walkSums(st: FastPgdir, t: RunTable, base: number, weight: number): void {
  const size = entrySize(st, t.level)
  const isRoot = t.level === st.geo.rootLevel
  const runs = t.runs
  const holes = t.holes
  let h = 0
  for (let p = 0; p < runs.length; ) {
    const r = runs[p]!
    const start = base + r.first * size
    if (r.desc === DESC_TABLE) {
      let n = r.last - r.first + 1
      if (isRoot) n = Math.min(n, Math.max(0, Math.ceil((st.geo.linearHalf - start) / size)))
      if (n >= 1) walkSums(st, r.next!, start, weight * n)
      p++
      continue
    }
    let last = r.last
    let q = p + 1
    while (q < runs.length && runs[q]!.desc === r.desc && runs[q]!.first === last + 1) last = runs[q++]!.last
    const map = keyId(t.level, r.desc)
    if (holes) {
      const h0 = h
      while (h < holes.length && holes[h]! <= last) h++
      // A run KFENCE unmapped whole maps nothing: no key (walkTable() emits no piece for it).
      const mapped = last - r.first + 1 - (h - h0)
      if (mapped > 0) addBytes(map, mapped * size * weight)
    } else if (!isRoot || start < st.geo.linearHalf) {
      addBytes(map, (last - r.first + 1) * size * weight)
    }
    p = q
  }
}

/** The final linear map of one run: histogram and, on request, the runs. */
export interface FastLinearMap {
  histogram: GranuleHistogram
  runs: LinearMapRun[]
  warnings: string[]
}

/**
 * Bytes by walker key id while one histogram is summed, and the ids in the order they first
 * got bytes (a histogram lists its keys in that order). takeHistogram() empties them, so
 * each histogram is summed and taken before the next one starts.
 */
const KEY_SUMS = new Float64Array(10)
const KEY_SEEN = new Uint8Array(10)
const KEY_ORDER = new Int32Array(10)
let keyCount = 0

function addBytes(id: number, bytes: number): void {
  if (KEY_SEEN[id] === 0) {
    KEY_SEEN[id] = 1
    KEY_ORDER[keyCount++] = id
  }
  KEY_SUMS[id] += bytes
}

function takeHistogram(geo: FastGeometry): GranuleHistogram {
  const h: GranuleHistogram = {}
  for (let k = 0; k < keyCount; k++) {
    const id = KEY_ORDER[k]!
    h[geo.keys[id]!] = bytesToBigInt(KEY_SUMS[id]!, geo)
  }
  clearKeySums()
  return h
}

/**
 * BigInt(bytes) for a byte count or offset of the walk (an integer below 2^53, so exact):
 * when it is a whole number of pages fewer than 2^31, as page counts (pages × page
 * size), which V8 makes from a small integer, where BigInt() of a larger double takes its
 * slower double path (2.6 – 3.5 × the time of this whole function's small path, division
 * included, in seven runs of 2 million conversions on the AMD EPYC, Node 20, 2026-12-04).
 * The same value either way.
 */
function bytesToBigInt(bytes: number, geo: FastGeometry): bigint {
  const pages = bytes / geo.pageSize
  const small = pages | 0
  return small === pages ? BigInt(small) * geo.pageSizeBig : BigInt(bytes)
}

/** Empties the sums (also on entry to fastLinearMap(): a call that threw may have left some). */
function clearKeySums(): void {
  for (let k = 0; k < keyCount; k++) {
    const id = KEY_ORDER[k]!
    KEY_SUMS[id] = 0
    KEY_SEEN[id] = 0
  }
  keyCount = 0
}

/**
 * Engine helper (no kernel counterpart): reads the histogram and runs of the linear map off the run-length tables.
 * Reads the linear map off the tables: the walker's histogram and (withRuns) the runs in PA
 * order (PA = VA - PAGE_OFFSET + memstart, so VA order).
 */
export function fastLinearMap(st: FastPgdir, memstart: PhysAddr, withRuns: boolean): FastLinearMap {
  clearKeySums()
  if (!withRuns) {
    walkSums(st, st.root, 0, 1)
    return { histogram: takeHistogram(st.geo), runs: [], warnings: warningsOf(st) }
  }
  const segs = scratchSegments(0)
  walkTable(st, st.root, 0, segs)
  return linearMapOfSegments(st.geo, st.g.pageOffset, memstart, segs, withRuns, warningsOf(st))
}

/**
 * Engine helper (no kernel counterpart): turns linear-map pieces in VA order into the histogram and PA-ordered runs.
 * The histogram and (withRuns) the runs in PA order of a linear map given as its pieces in
 * VA order (walkTable()'s output, or mmu-closed.ts's).
 */
export function linearMapOfSegments(
  geo: FastGeometry,
  pageOffset: bigint,
  memstart: PhysAddr,
  segs: Segments,
  withRuns: boolean,
  warnings: string[],
): FastLinearMap {
  clearKeySums()
  const { off, size, map } = segs
  const n = segs.n
  for (let p = 0; p < n; ) {
    const key = map[p]!
    let sum = 0
    for (; p < n && map[p] === key; p++) sum += size[p]!
    addBytes(key, sum)
  }
  const histogram = takeHistogram(geo)
  const runs: LinearMapRun[] = []
  if (withRuns) {
    // Step from run to run in bigint: the steps and sizes repeat (KFENCE's page pattern).
    let at = 0
    let base = memstart
    let va = pageOffset
    let lastStep = 0
    let step = 0n
    let lastSize = -1
    let bytes = 0n
    for (let p = 0; p < n; p++) {
      if (off[p]! - at !== lastStep) step = bytesToBigInt((lastStep = off[p]! - at), geo)
      at = off[p]!
      base += step
      va += step
      if (size[p] !== lastSize) bytes = bytesToBigInt((lastSize = size[p]!), geo)
      runs.push({ base, size: bytes, va, map: geo.keys[map[p]!]! })
    }
  }
  return { histogram, runs, warnings }
}

/** The pending warnings as text, chain warnings with their VA. */
function warningsOf(st: FastPgdir): string[] {
  const pageOffset = st.g.pageOffset
  return st.pending.map((w) => (typeof w === 'string' ? w : `${w.text} at VA ${hex(pageOffset + BigInt(w.off))}`))
}
