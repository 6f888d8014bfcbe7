// SPDX-License-Identifier: GPL-2.0-only
/**
 * The direct-map walk of init-mem-mapping.ts (__kernel_physical_mapping_init() →
 * phys_pud_init() → phys_pmd_init() → phys_pte_init()) on run-length-encoded page tables, so
 * that one init_mem_mapping() costs O(ranges × levels) whatever the size of RAM.
 *
 * Representation
 *   - Addresses are page frame numbers in `number`: x86_64 physical addresses have at most 52
 *     bits, so a pfn (< 2^40) and any sum of them here is exact.
 *   - A table is a sorted list of runs [first, last] that covers its 512 entries; each run has
 *     one state: none, leaf (a 1G or 2M page, a present PTE) or table.
 *   - A run of n `table` entries points to ONE child that stands for all n next-level tables:
 *     they are identical. Before part of such a run is changed, that part gets its own copy
 *     (splitAt() and isolateEnd()).
 *   - Each mirrored function takes the entries its range reaches as *groups*: the partial
 *     entry at either end alone, the whole entries in between by run. The kernel's decision
 *     for an entry depends only on its state and the page-size mask, so it is taken once per
 *     group and counted n times; `times` carries that multiplicity into the child.
 *   - alloc_low_pages() only counts during the walk: the pages are taken after it, all at once
 *     (allocLowPages()), which hands out the same pages in the same order, since nothing the
 *     allocator reads changes during one __kernel_physical_mapping_init().
 *
 * The counters (direct_pages_count[]), the page-table pages and every returned paddr_last are
 * those of the per-entry reference in init-mem-mapping.ts (initMemMappingReference), which
 * init-mem-mapping-fast.test.ts compares against on the oracle boots and on random ones.
 *
 * Per-entry view: `tables.pgd` (DirectMapTables) is built from the runs when first read, its
 * PMD maps and PTE sets each when first read in turn. Reading it ends the run-length walk for
 * that state: later mapping on it goes per entry (init-mem-mapping.ts), so the view stays
 * live and exact.
 *
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_pud_init,
 *         phys_pmd_init, phys_pte_init; arch/x86/mm/init.c alloc_low_pages
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { NUMA_NO_NODE, freeRangeBase, memblockFindInRangeNode, memblockReserveAllocated } from '../memblock/memblock.js'
import { roundUp, SZ_4K } from '../phys.js'
import type { PhysAddr } from '../types.js'
import { allocLowPagesPanic, type DirectMapTables, type DirectPagesCount, type InitMemMappingState, type PmdEntry, type PudEntry } from './init-mem-mapping.js'

const PAGE_SIZE = SZ_4K
const PTRS = 512
/** Pages per PMD entry (2 MiB), per PUD entry (1 GiB), per PGD entry (512 GiB, 4-level). */
const PMD_PAGES = 512
const PUD_PAGES = 512 * 512
const PGD_PAGES = 512 * 512 * 512
/** 1 << PG_LEVEL_2M, 1 << PG_LEVEL_1G (arch/x86/include/asm/pgtable_types.h). */
const MASK_2M = 1 << 2
const MASK_1G = 1 << 3

const NONE = 0
const LEAF = 1
const TABLE = 2

/** Entries first..last of a table in one state; `next`, for table runs, the shared child. */
interface Run {
  first: number
  last: number
  state: number
  next: Table | undefined
}

/** One page table (or, under a run of n table entries, n identical ones). */
interface Table {
  runs: Run[]
}

/** The direct map on run-length tables: PGD index → PUD table. */
export interface RunLengthDirectMap {
  pgd: Map<number, Table>
  /** Set once the per-entry view has been read: the walk continues there. */
  viewed: boolean
  /**
   * direct_pages_count[] as the walks add to it, in numbers (exact: a few counts per page of
   * RAM below 2^52), and the walk's alloc_low_pages() calls; RunLengthTables' `count` adds
   * the pages up into its BigInts when read (a BigInt() per level and walk cost more than the
   * walk's arithmetic).
   */
  walk: Walk
}

/** What one walk adds up: direct_pages_count[] by level and alloc_low_pages() calls. */
interface Walk {
  pages4K: number
  pages2M: number
  pages1G: number
  allocs: number
}

// ---------------------------------------------------------------- run-length tables

const emptyTable = (): Table => ({ runs: [{ first: 0, last: PTRS - 1, state: NONE, next: undefined }] })

function cloneTable(t: Table): Table {
  return { runs: t.runs.map((r) => ({ first: r.first, last: r.last, state: r.state, next: r.next && cloneTable(r.next) })) }
}

/** The index of the run holding entry i. */
function runIndex(t: Table, i: number): number {
  const runs = t.runs
  let lo = 0
  let hi = runs.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (runs[mid]!.first <= i) lo = mid
    else hi = mid - 1
  }
  return lo
}

/** Makes entry i the first of a run (a table run's new part gets its own child); returns the run's index. */
function splitAt(t: Table, i: number): number {
  const runs = t.runs
  const lo = runIndex(t, i)
  const r = runs[lo]!
  if (r.first === i) return lo
  // Insert after lo by hand: splice() is a generic builtin that also builds the array of
  // removed elements, and a table has at most a few runs.
  const run: Run = { first: i, last: r.last, state: r.state, next: r.next && cloneTable(r.next) }
  runs.push(run)
  for (let j = runs.length - 1; j > lo + 1; j--) runs[j] = runs[j - 1]!
  runs[lo + 1] = run
  r.last = i - 1
  return lo + 1
}

/**
 * Cuts the runs so that entries a..b are whole runs (isolate); returns the index of the last
 * of them. The first one's index is splitAt(t, a), taken before: cutting at b + 1 > a only
 * inserts after it.
 */
function isolateEnd(t: Table, b: number): number {
  return b + 1 < PTRS ? splitAt(t, b + 1) - 1 : t.runs.length - 1
}

/** Merges neighbouring none and leaf runs of the same state. */
function coalesce(t: Table): void {
  const runs = t.runs
  let w = 0
  for (let i = 1; i < runs.length; i++) {
    const prev = runs[w]!
    const r = runs[i]!
    if (r.state === prev.state && r.state !== TABLE) prev.last = r.last
    else runs[++w] = r
  }
  // pop(), not `length =`: truncating by length is a runtime call, pop() is inlined.
  while (runs.length > w + 1) runs.pop()
}

/**
 * The groups of entries a walk over [paddr, paddrEnd) treats alike in a table whose entries
 * map `size` pages from `base`: the first entry alone when the range starts inside it or ends
 * inside it, the whole entries, then the last entry alone when the range ends inside it.
 * Written into `g` as [first, last] pairs (at most three); returns how many.
 */
function entryGroups(g: Groups, base: number, size: number, paddr: number, paddrEnd: number): number {
  const first = Math.floor((paddr - base) / size)
  const last = paddrEnd >= base + PTRS * size ? PTRS - 1 : Math.ceil((paddrEnd - base) / size) - 1
  let n = 0
  let a = first
  let b = last
  if (base + first * size < paddr || base + (first + 1) * size > paddrEnd) {
    g.a0 = first
    g.b0 = first
    n = 1
    a = first + 1
  }
  const tailPartial = b >= a && base + (b + 1) * size > paddrEnd
  if (tailPartial) b--
  if (a <= b) n = setGroup(g, n, a, b)
  if (tailPartial) n = setGroup(g, n, last, last)
  return n
}

/** Up to three groups of entries [a_k, b_k], in fields: no array per walk step. */
interface Groups {
  a0: number
  b0: number
  a1: number
  b1: number
  a2: number
  b2: number
}

const newGroups = (): Groups => ({ a0: 0, b0: 0, a1: 0, b1: 0, a2: 0, b2: 0 })

/**
 * The groups of the PUD-level and of the PMD-level walk: one each is enough, since
 * physPudInit() only nests physPmdInit() (never itself) and physPmdInit() nests only
 * physPteInit(), which takes no groups; each reads its groups before and between the calls it
 * nests, which never write them.
 */
const PUD_GROUPS = newGroups()
const PMD_GROUPS = newGroups()

function setGroup(g: Groups, k: number, a: number, b: number): number {
  if (k === 0) {
    g.a0 = a
    g.b0 = b
  } else if (k === 1) {
    g.a1 = a
    g.b1 = b
  } else {
    g.a2 = a
    g.b2 = b
  }
  return k + 1
}

const groupFirst = (g: Groups, k: number): number => (k === 0 ? g.a0 : k === 1 ? g.a1 : g.a2)
const groupLast = (g: Groups, k: number): number => (k === 0 ? g.b0 : k === 1 ? g.b1 : g.b2)

// ---------------------------------------------------------------- the walk

/**
 * Mirrors phys_pte_init() for `times` identical PTE tables: every entry in range counts (a
 * present one is re-used and counted again); paddr_last is the end of the last entry set here.
 * @kernel arch/x86/mm/init_64.c phys_pte_init
 */
function physPteInit(w: Walk, pte: Table, paddr: number, paddrEnd: number, times: number): number {
  let paddrLast = paddrEnd
  if (paddr >= paddrEnd) return paddrLast
  const base = paddr - (paddr % PMD_PAGES)
  const ia = splitAt(pte, paddr - base)
  const ib = isolateEnd(pte, Math.min(PTRS - 1, paddrEnd - base - 1))
  for (let k = ia; k <= ib; k++) {
    const r = pte.runs[k]!
    w.pages4K += (r.last - r.first + 1) * times
    if (r.state === NONE) {
      r.state = LEAF
      paddrLast = base + r.last + 1
    }
  }
  coalesce(pte)
  return paddrLast
}

/**
 * Mirrors phys_pmd_init() for `times` identical PMD tables: 2M leaves where the mask allows
 * (an existing one is kept and counted), PTE tables elsewhere (replacing a 2M leaf when 2M is
 * not allowed: its count is not taken back).
 * @kernel arch/x86/mm/init_64.c phys_pmd_init
 */
function physPmdInit(w: Walk, pmd: Table, paddr: number, paddrEnd: number, mask: number, times: number): number {
  let paddrLast = paddrEnd
  if (paddr >= paddrEnd) return paddrLast
  const base = paddr - (paddr % PUD_PAGES)
  const g = PMD_GROUPS
  const groups = entryGroups(g, base, PMD_PAGES, paddr, paddrEnd)
  for (let gi = 0; gi < groups; gi++) {
    const ia = splitAt(pmd, groupFirst(g, gi))
    const ib = isolateEnd(pmd, groupLast(g, gi))
    for (let k = ia; k <= ib; k++) {
      const r = pmd.runs[k]!
      const n = (r.last - r.first + 1) * times
      // The group's last entry decides paddr_last: walk the child from where that entry starts.
      const from = Math.max(paddr, base + r.last * PMD_PAGES)
      const paddrNext = base + (r.last + 1) * PMD_PAGES
      if (r.state === TABLE) {
        paddrLast = physPteInit(w, r.next!, from, paddrEnd, n)
        continue
      }
      if (mask & MASK_2M) {
        // A new 2M page, or the existing one re-used: counted either way.
        w.pages2M += n
        r.state = LEAF
        paddrLast = paddrNext
        continue
      }
      w.allocs += n
      r.state = TABLE
      r.next = emptyTable()
      paddrLast = physPteInit(w, r.next, from, paddrEnd, n)
    }
  }
  coalesce(pmd)
  return paddrLast
}

/**
 * Mirrors phys_pud_init() for `times` identical PUD tables: 1G leaves where the mask allows
 * (an existing one is kept and counted), PMD tables elsewhere (replacing a 1G leaf when 1G is
 * not allowed: its count is not taken back).
 * @kernel arch/x86/mm/init_64.c phys_pud_init
 */
function physPudInit(w: Walk, pud: Table, paddr: number, paddrEnd: number, mask: number, times: number): number {
  let paddrLast = paddrEnd
  if (paddr >= paddrEnd) return paddrLast
  const base = paddr - (paddr % PGD_PAGES)
  const g = PUD_GROUPS
  const groups = entryGroups(g, base, PUD_PAGES, paddr, paddrEnd)
  for (let gi = 0; gi < groups; gi++) {
    const ia = splitAt(pud, groupFirst(g, gi))
    const ib = isolateEnd(pud, groupLast(g, gi))
    for (let k = ia; k <= ib; k++) {
      const r = pud.runs[k]!
      const n = (r.last - r.first + 1) * times
      const from = Math.max(paddr, base + r.last * PUD_PAGES)
      const paddrNext = base + (r.last + 1) * PUD_PAGES
      if (r.state === TABLE) {
        paddrLast = physPmdInit(w, r.next!, from, paddrEnd, mask, n)
        continue
      }
      if (mask & MASK_1G) {
        w.pages1G += n
        r.state = LEAF
        paddrLast = paddrNext
        continue
      }
      w.allocs += n
      r.state = TABLE
      r.next = emptyTable()
      paddrLast = physPmdInit(w, r.next, from, paddrEnd, mask, n)
    }
  }
  coalesce(pud)
  return paddrLast
}

/**
 * With 5-level paging, whether the PGD slot holding the 512 GiB `idx` has no P4D table yet:
 * __kernel_physical_mapping_init() allocates one for an empty PGD entry (alloc_low_page()
 * before phys_p4d_init()), which allocates the PUD tables. Marks it as there. With 4-level
 * paging the P4D is folded into the PGD and nothing is allocated for it.
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
export function needsP4dTable(st: InitMemMappingState, idx: bigint): boolean {
  if (!st.p4dSlots) return false
  const slot = idx >> 9n
  if (st.p4dSlots.has(slot)) return false
  st.p4dSlots.add(slot)
  return true
}

/**
 * Mirrors __kernel_physical_mapping_init() with 4-level paging (P4D folded): a PUD table per
 * 512 GiB, allocated when missing. Returns the last mapped address (paddr_last).
 * @kernel arch/x86/mm/init_64.c __kernel_physical_mapping_init, phys_p4d_init
 */
export function kernelPhysicalMappingInitRuns(
  st: InitMemMappingState,
  dm: RunLengthDirectMap,
  paddrStart: PhysAddr,
  paddrEnd: PhysAddr,
  pageSizeMask: number,
): PhysAddr {
  const w = dm.walk
  w.allocs = 0
  // split_mem_range() hands out page-aligned ranges.
  const endPfn = paddrEnd / PAGE_SIZE
  const end = Number(endPfn)
  let paddrLast = end
  for (let paddr = Number(paddrStart / PAGE_SIZE); paddr < end; ) {
    const idx = Math.floor(paddr / PGD_PAGES)
    const next = (idx + 1) * PGD_PAGES
    if (st.p4dSlots && needsP4dTable(st, BigInt(idx))) w.allocs++
    let pud = dm.pgd.get(idx)
    if (!pud) {
      w.allocs++
      pud = emptyTable()
      dm.pgd.set(idx, pud)
    }
    paddrLast = physPudInit(w, pud, paddr, Math.min(end, next), pageSizeMask, 1)
    paddr = next
  }
  allocLowPages(st, w.allocs)
  // Mostly the walk ends where the range does: that address is at hand as a BigInt already.
  return paddrLast === end ? paddrEnd : BigInt(paddrLast) * PAGE_SIZE
}

/**
 * `n` calls of alloc_low_pages(1) as allocLowPage() in init-mem-mapping.ts makes them: the brk
 * pgt_buf while it lasts and may be used, then one page at a time from memblock within
 * [min_pfn_mapped, max_pfn_mapped): top-down taken here a free range at a time, since each next
 * page is the one just below the last while that range lasts; bottom-up (movable_node) a page
 * at a time, the lowest free one; a page neither gives ends the boot
 * (AllocLowPagesPanic: extend_brk() BUG()s once reserve_brk() has run).
 * @kernel arch/x86/mm/init.c alloc_low_pages
 */
function allocLowPages(st: InitMemMappingState, n: number): void {
  if (n === 0) return
  if (st.canUseBrkPgt) {
    // A page at a time: the buffer has INIT_PGT_BUF_SIZE pages (a few), and two BigInt
    // additions cost less than a Number() and a BigInt() of the count.
    while (n > 0 && st.pgtBufEnd + PAGE_SIZE <= st.pgtBufTop) {
      st.pgtBufEnd += PAGE_SIZE
      st.brkPages++
      n--
    }
  }
  if (n > 0 && st.minPfnMapped < st.maxPfnMapped) {
    const lo = st.minPfnMapped * PAGE_SIZE
    const hi = st.maxPfnMapped * PAGE_SIZE
    while (n > 0) {
      const top = memblockFindInRangeNode(st.mb, PAGE_SIZE, PAGE_SIZE, lo, hi)
      if (!top) break
      let lowest = top
      if (!st.mb.bottomUp) {
        // `top` is free and not NOMAP (the top-down search found it), so its free range exists.
        let floor = freeRangeBase(st.mb, top) ?? top
        if (floor < lo) floor = lo
        if (floor < st.mb.pageSize) floor = st.mb.pageSize
        const room = Number((top - roundUp(floor, PAGE_SIZE)) / PAGE_SIZE) + 1
        lowest = top - BigInt(Math.min(room, n) - 1) * PAGE_SIZE
      }
      // The pages are memblock_phys_alloc_range() allocations (NUMA_NO_NODE), made at once.
      memblockReserveAllocated(st.mb, lowest, top + PAGE_SIZE - lowest, NUMA_NO_NODE, 'alloc_low_pages')
      for (let a = top; a >= lowest; a -= PAGE_SIZE) st.memblockPages.push(a)
      n -= Number((top - lowest) / PAGE_SIZE) + 1
    }
  }
  // extend_brk() BUG()s after reserve_brk(), else panic(): the boot ends.
  if (n > 0) throw allocLowPagesPanic(st)
}

// ---------------------------------------------------------------- tables and their per-entry view

/**
 * Direct-map tables on runs; `pgd` is the per-entry view (see the file header). A class, not a
 * closure and a WeakMap entry per boot: liveRunLengthTables() finds the runs by instanceof.
 */
class RunLengthTables implements DirectMapTables {
  readonly runs: RunLengthDirectMap = { pgd: new Map(), viewed: false, walk: { pages4K: 0, pages2M: 0, pages1G: 0, allocs: 0 } }
  private counted: DirectPagesCount = { '4K': 0n, '2M': 0n, '1G': 0n }
  private view: Map<bigint, Map<bigint, PudEntry>> | undefined = undefined

  /** direct_pages_count[], with what the run-length walks counted since the last read added. */
  get count(): DirectPagesCount {
    const w = this.runs.walk
    // Adding a level nothing was counted at would leave it as it is.
    if (w.pages4K) this.counted['4K'] += BigInt(w.pages4K)
    if (w.pages2M) this.counted['2M'] += BigInt(w.pages2M)
    if (w.pages1G) this.counted['1G'] += BigInt(w.pages1G)
    w.pages4K = w.pages2M = w.pages1G = 0
    return this.counted
  }

  set count(c: DirectPagesCount) {
    this.counted = c
  }

  get pgd(): Map<bigint, Map<bigint, PudEntry>> {
    return (this.view ??= pgdView(this.runs))
  }
}

/**
 * Engine helper (no kernel counterpart): empty run-length direct-map tables.
 * Empty direct-map tables on runs; `pgd` is the per-entry view (see the file header).
 */
export function newRunLengthTables(): DirectMapTables {
  return new RunLengthTables()
}

/**
 * Engine helper (no kernel counterpart): reads one PUD entry off the run-length tables.
 * Is PUD entry `i` of the table for PGD entry `idx` a 1G leaf?
 */
export function isPudLeafRuns(dm: RunLengthDirectMap, idx: number, i: number): boolean {
  const pud = dm.pgd.get(idx)
  return pud !== undefined && pud.runs[runIndex(pud, i)]!.state === LEAF
}

/**
 * Engine helper (no kernel counterpart): the run-length tables behind a table object, while usable.
 * The run-length tables behind `tables` while the walk may still use them.
 */
export function liveRunLengthTables(tables: DirectMapTables): RunLengthDirectMap | undefined {
  return tables instanceof RunLengthTables && !tables.runs.viewed ? tables.runs : undefined
}

function pgdView(dm: RunLengthDirectMap): Map<bigint, Map<bigint, PudEntry>> {
  dm.viewed = true
  const pgd = new Map<bigint, Map<bigint, PudEntry>>()
  for (const [idx, pud] of dm.pgd) pgd.set(BigInt(idx), entriesView(pud, pudTableEntry))
  return pgd
}

/** A PUD entry pointing to a PMD table: the table's Map is built when first read. */
function pudTableEntry(pmd: Table): PudEntry {
  let view: Map<bigint, PmdEntry> | undefined
  return {
    leaf: false,
    get pmd() {
      return (view ??= entriesView(pmd, pmdTableEntry))
    },
  }
}

/** A PMD entry pointing to a PTE table: the table's Set is built when first read. */
function pmdTableEntry(pte: Table): PmdEntry {
  let view: Set<bigint> | undefined
  return {
    leaf: false,
    get pte() {
      return (view ??= pteView(pte))
    },
  }
}

/**
 * One table's present entries by index: `{ leaf: true }`, or what `table` makes of a table
 * entry (entries of one run share their child on runs; each gets its own view of it).
 */
function entriesView<E extends PudEntry | PmdEntry>(t: Table, table: (child: Table) => E): Map<bigint, E> {
  const m = new Map<bigint, E>()
  for (const r of t.runs) {
    if (r.state === NONE) continue
    for (let i = r.first; i <= r.last; i++) m.set(BigInt(i), r.state === LEAF ? ({ leaf: true } as E) : table(r.next!))
  }
  return m
}

function pteView(t: Table): Set<bigint> {
  const s = new Set<bigint>()
  for (const r of t.runs) if (r.state === LEAF) for (let i = r.first; i <= r.last; i++) s.add(BigInt(i))
  return s
}
