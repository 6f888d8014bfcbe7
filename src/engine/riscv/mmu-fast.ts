// SPDX-License-Identifier: GPL-2.0-only
/**
 * swapper_pg_dir of mmu.ts on run-length-encoded levels, and create_pgd_mapping() for a whole
 * run of equal leaves at once, so that setup_vm_final() costs O(ranges × levels) whatever the
 * size of RAM.
 *
 * Representation
 *   - mmu.ts keys an entry by its level's shift and `va >> shift`, its index in the whole VA
 *     space. Here each level above the PTEs is a sorted list of runs [first, last] of such
 *     indices in one state, table or leaf; no run, no entry.
 *   - PTEs: a run of PAGE steps maps one PTE per PMD-sized step (mmu.ts walks each PTE table
 *     once, from the step's first page), so they are kept as strides (the same offset in each
 *     PMD entry first..last) next to single entries.
 *   - Indices are `number`: va >> 12 < 2^52 for any 64-bit va, so they are exact. mmu.ts hands
 *     a mapping that would leave [0, 2^64) to the per-entry tables instead. A level's index
 *     is that page number divided by the level's power of two and floored: exact too, so va
 *     is shifted (as a bigint) once per walk, not once per level.
 *
 * createPgdMappings(): the n leaves at va + k · 2^step (k < n). Every level's entry size is a
 * power of two no smaller than the step, so leaf k lies in entry ((va >> step) + k) >> (shift
 * - step) of a level: each level sees index ranges, in which an existing leaf entry stops the
 * walk for the leaves under it, and a missing entry becomes a table when its first leaf comes
 * by. The table pages are then allocated in the per-entry walk's order (by leaf, and for one
 * leaf from the PGD down), each stretch of consecutive pages for one level in one alloc()
 * call with its count (TableAlloc allocates as that many one-page calls would).
 *
 * Per-entry view: `entries` of RiscvPageTables is built from the runs when first read; from
 * then on mmu.ts maps that table per entry, so the Map read stays live and exact.
 *
 * @kernel arch/riscv/mm/init.c create_pgd_mapping, create_p4d_mapping, create_pud_mapping,
 *         create_pmd_mapping, create_pte_mapping (v6.12.117, v7.2.13)
 */
import { runFrom } from '../runs.js'
import type { TableAlloc } from './mmu.js'

const NONE = 0
const TABLE = 1
const LEAF = 2
const STATE_NAMES = ['', 'table', 'leaf'] as const

const PTE_SHIFT = 12
const PMD_SHIFT = 21
const PTRS = 512

/** Entries first..last (indices va >> shift) of one level in one state. */
interface Run {
  first: number
  last: number
  state: number
}

interface Level {
  shift: number
  /** 2^(shift - 12): an entry's size in pages. */
  pages: number
  runs: Run[]
}

/** PTE entries (m << 9) + offset for every PMD index m in first..last. */
interface Stride {
  first: number
  last: number
  offset: number
}

/** swapper_pg_dir on runs. */
export interface RunLengthPgDir {
  /** The levels above the PTEs, PGD first. */
  levels: Level[]
  /** Single PTE entries by index (va >> 12). */
  ptes: Map<number, number>
  strides: Stride[]
  /** Set once the per-entry view has been read: mapping goes on there. */
  viewed: boolean
}

/** Engine helper (no kernel counterpart): an empty run-length page-table store. */
export function newRunLengthPgDir(shifts: readonly number[]): RunLengthPgDir {
  const levels: Level[] = []
  for (const shift of shifts) {
    if (shift > PTE_SHIFT) levels.push({ shift, pages: pow2(shift - PTE_SHIFT), runs: [] })
  }
  return { levels, ptes: new Map(), strides: [], viewed: false }
}

const BIG_PTE_SHIFT = BigInt(PTE_SHIFT)

/** 2^i for 0 <= i < 64, exact doubles (V8 turns `2 ** i` into a slow Math.pow call in the hot loop). */
const POW2: readonly number[] = Array.from({ length: 64 }, (_, i) => 2 ** i)
const pow2 = (i: number): number => POW2[i] ?? 2 ** i

/**
 * va >> 12 as a number: exact below 2^64 (see the header). (A shift, not a division by 4096:
 * the kernel VAs here are above 2^63, where V8's BigInt division is no faster.)
 */
const pageOf = (va: bigint): number => Number(va >> BIG_PTE_SHIFT)

// ---------------------------------------------------------------- runs

/** The state of entry i of a level. */
function stateAt(level: Level, i: number): number {
  const r = level.runs[runFrom(level.runs, i)]
  return r !== undefined && r.first <= i ? r.state : NONE
}

/**
 * A list of numbers reused from call to call: `n` counts the live ones. Emptied by n = 0, never
 * by `length = 0` (which would drop the backing store and make the next write allocate it).
 */
export interface Buf {
  v: number[]
  n: number
}

/** Engine helper (no kernel counterpart): an empty flat number buffer. */
export const newBuf = (): Buf => ({ v: [], n: 0 })

function put2(b: Buf, x: number, y: number): void {
  b.v[b.n++] = x
  b.v[b.n++] = y
}

function put3(b: Buf, x: number, y: number, z: number): void {
  b.v[b.n++] = x
  b.v[b.n++] = y
  b.v[b.n++] = z
}

/**
 * Entries a..b of a level cut where their state changes, missing ones NONE: written to `out`
 * (emptied first) as flat triples first, last, state.
 */
function segments(level: Level, a: number, b: number, out: Buf): void {
  const runs = level.runs
  out.n = 0
  let at = a
  for (let i = runFrom(runs, a); i < runs.length && runs[i]!.first <= b; i++) {
    const r = runs[i]!
    if (r.first > at) put3(out, at, r.first - 1, NONE)
    put3(out, Math.max(r.first, at), Math.min(r.last, b), r.state)
    at = r.last + 1
  }
  if (at <= b) put3(out, at, b, NONE)
}

/** Gives the missing entries a..b of a level `state`, merged with equal neighbours. */
function fillEntries(level: Level, a: number, b: number, state: number): void {
  const runs = level.runs
  const i = runFrom(runs, a)
  // (runs[-1] would be a property lookup by the name "-1", V8's slow path.)
  const prev = i > 0 ? runs[i - 1] : undefined
  const next = runs[i]
  const joinPrev = prev !== undefined && prev.state === state && prev.last === a - 1
  const joinNext = next !== undefined && next.state === state && next.first === b + 1
  // (Runs are moved by hand: splice() would allocate the array of removed runs.)
  if (joinPrev && joinNext) {
    prev.last = next.last
    for (let j = i; j < runs.length - 1; j++) runs[j] = runs[j + 1]!
    runs.pop()
  } else if (joinPrev) {
    prev.last = b
  } else if (joinNext) {
    next.first = a
  } else {
    const run: Run = { first: a, last: b, state }
    runs.push(run)
    for (let j = runs.length - 1; j > i; j--) runs[j] = runs[j - 1]!
    runs[i] = run
  }
}

/** Sorted ranges minus sorted ranges, all flat pairs first, last: written to `out` (emptied first). */
function without(ranges: Buf, cut: Buf, out: Buf): void {
  out.n = 0
  const c = cut.v
  let j = 0
  for (let r = 0; r < ranges.n; r += 2) {
    let a = ranges.v[r]!
    const b = ranges.v[r + 1]!
    while (j < cut.n && c[j + 1]! < a) j += 2
    for (let k = j; k < cut.n && c[k]! <= b && a <= b; k += 2) {
      const ca = c[k]!
      if (ca > a) put2(out, a, ca - 1)
      a = c[k + 1]! + 1
    }
    if (a <= b) put2(out, a, b)
  }
}

function pteState(pg: RunLengthPgDir, idx: number): number {
  const single = pg.ptes.get(idx)
  if (single !== undefined) return single
  const m = Math.floor(idx / PTRS)
  const offset = idx % PTRS
  for (const s of pg.strides) if (s.offset === offset && s.first <= m && m <= s.last) return LEAF
  return NONE
}

// ---------------------------------------------------------------- create_pgd_mapping()

/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678) and the create_p4d/pud/pmd/pte_mapping() below it for one leaf
 * of the level with shift `leafShift` at va: each missing table on the way down is allocated
 * (alloc(true, 1) for a PTE table); the leaf entry is set if missing. An entry that is already a
 * leaf stops the walk. `leafShift` undefined (a size that is no level's): every level down to
 * the PTE gets a table and nothing is mapped. Returns whether the leaf was set.
 */
export function createPgdMapping(pg: RunLengthPgDir, va: bigint, leafShift: number | undefined, alloc: TableAlloc): boolean {
  return createPgdMappingAt(pg, pageOf(va), leafShift, alloc)
}

/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678): createPgdMapping() with
 * va given as its page number va >> 12 (a number, exact: see the header), for callers that
 * step in pages.
 */
export function createPgdMappingAt(pg: RunLengthPgDir, page: number, leafShift: number | undefined, alloc: TableAlloc): boolean {
  for (const level of pg.levels) {
    const i = Math.floor(page / level.pages)
    const state = stateAt(level, i)
    if (level.shift === leafShift) {
      // The leaf level: `if (pxd_val(pxdp[idx]) == 0) pxdp[idx] = pfn_pxd(...)`.
      if (state === NONE) fillEntries(level, i, i, LEAF)
      return state === NONE
    }
    if (state === LEAF) return false
    if (state === NONE) {
      // The next level is the PTE table when this entry is a PMD entry.
      alloc(level.shift === PMD_SHIFT, 1)
      fillEntries(level, i, i, TABLE)
    }
  }
  const i = page
  const state = pteState(pg, i)
  if (state === NONE) {
    if (leafShift !== PTE_SHIFT) alloc(false, 1)
    pg.ptes.set(i, leafShift === PTE_SHIFT ? LEAF : TABLE)
  }
  return leafShift === PTE_SHIFT && state === NONE
}

/**
 * Scratch of createPgdMappings(), reused from call to call (nothing in them outlives a call;
 * alloc() is a memblock allocator and never maps): ranges as flat pairs first, last, and
 * segments() triples.
 */
let walking = newBuf()
let walkingNext = newBuf()
const stopped = newBuf()
const missing = newBuf()
const segs = newBuf()
/**
 * Per level above the leaves, PGD first: the k of the leaf whose walk allocates each table,
 * ascending, as flat triples (k, count, step) of progressions k, k + step, …: one per run of
 * missing entries, not one number per table (a bank of 2^49 bytes that ≤6.3 maps with pages
 * needs 2^28 PTE tables).
 */
const allocsAt: Buf[] = [newBuf(), newBuf(), newBuf(), newBuf(), newBuf()]
/** replayAllocs()'s place in each level's progressions: the triple, and the terms taken of it. */
const allocTriple: number[] = [0, 0, 0, 0, 0]
const allocTaken: number[] = [0, 0, 0, 0, 0]
/** The leaves set when the caller does not read them. */
const unread = newBuf()

/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (n calls at once; v6.12.117:678).
 * create_pgd_mapping() (above) for the n leaves va + k · 2^stepShift (k < n) of the level with
 * shift `leafShift`, as the per-entry walk maps them one after the other: the same tables,
 * allocated in the same order, and the same leaves set. PTE leaves come one per PMD-sized step
 * (stepShift 21); a size that is no level's only ever comes alone (n = 1).
 *
 * Writes the leaves set to `set` (emptied first), as flat pairs k0, k1 of ranges of k; for a
 * stride of PTEs (n > 1) all of them (mmu.ts records a PAGE step whatever the walk found).
 */
export function createPgdMappings(
  pg: RunLengthPgDir,
  va: bigint,
  leafShift: number | undefined,
  stepShift: number,
  n: number,
  alloc: TableAlloc,
  set: Buf = unread,
): void {
  createPgdMappingsAt(pg, pageOf(va), leafShift, stepShift, n, alloc, set)
}

/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (n calls at once; v6.12.117:678):
 * createPgdMappings() with va given as its page number va >> 12 (a number, exact: see the
 * header), for callers that step in pages.
 */
export function createPgdMappingsAt(
  pg: RunLengthPgDir,
  page: number,
  leafShift: number | undefined,
  stepShift: number,
  n: number,
  alloc: TableAlloc,
  set: Buf = unread,
): void {
  set.n = 0
  if (n === 1) {
    if (createPgdMappingAt(pg, page, leafShift, alloc)) put2(set, 0, 0)
    return
  }
  if (leafShift === undefined) throw new RangeError('createPgdMappings(): leaves of no level come one at a time')
  const q0 = Math.floor(page / pow2(stepShift - PTE_SHIFT))
  // Leaves not yet stopped by a leaf entry above them, as ranges of q = q0 + k.
  walking.n = 0
  put2(walking, q0, q0 + n - 1)
  let depth = 0
  for (const level of pg.levels) {
    if (level.shift <= leafShift) break
    const width = pow2(level.shift - stepShift)
    const at = allocsAt[depth++]!
    at.n = 0
    stopped.n = 0
    missing.n = 0
    for (let w = 0; w < walking.n; w += 2) {
      const x = walking.v[w]!
      const y = walking.v[w + 1]!
      segments(level, Math.floor(x / width), Math.floor(y / width), segs)
      for (let g = 0; g < segs.n; g += 3) {
        const a = segs.v[g]!
        const b = segs.v[g + 1]!
        const state = segs.v[g + 2]!
        if (state === TABLE) continue
        if (state === LEAF) {
          put2(stopped, Math.max(a * width, x), Math.min((b + 1) * width - 1, y))
          continue
        }
        put2(missing, a, b)
        // Entry e's first leaf is its first one at or after x: x itself for entry a, the
        // entry's start for the others (e · width > x when e > a).
        put3(at, Math.max(a * width, x) - q0, 1, width)
        if (b > a) put3(at, (a + 1) * width - q0, b - a, width)
      }
    }
    for (let m = 0; m < missing.n; m += 2) fillEntries(level, missing.v[m]!, missing.v[m + 1]!, TABLE)
    if (stopped.n > 0) {
      without(walking, stopped, walkingNext)
      const t = walking
      walking = walkingNext
      walkingNext = t
    }
  }
  if (leafShift === PTE_SHIFT) {
    const offset = page % PTRS
    for (let w = 0; w < walking.n; w += 2) {
      const x = walking.v[w]!
      const y = walking.v[w + 1]!
      if (x === y) {
        if (pteState(pg, x * PTRS + offset) !== NONE) continue
        pg.ptes.set(x * PTRS + offset, LEAF)
      } else {
        pg.strides.push({ first: x, last: y, offset })
      }
      put2(set, x - q0, y - q0)
    }
  } else {
    const level = levelOf(pg, leafShift)
    for (let w = 0; w < walking.n; w += 2) {
      segments(level, walking.v[w]!, walking.v[w + 1]!, segs)
      for (let g = 0; g < segs.n; g += 3) {
        if (segs.v[g + 2] !== NONE) continue
        const a = segs.v[g]!
        const b = segs.v[g + 1]!
        fillEntries(level, a, b, LEAF)
        put2(set, a - q0, b - q0)
      }
    }
  }
  replayAllocs(pg, depth, alloc)
}

/** The level of entry shift `shift` (a loop: find() would build a closure per call). */
function levelOf(pg: RunLengthPgDir, shift: number): Level {
  for (const level of pg.levels) if (level.shift === shift) return level
  throw new RangeError(`no level of shift ${shift}`)
}

/**
 * Calls alloc() for the tables in the per-entry walk's order: by leaf, and for one leaf from
 * the PGD down. The level whose next table comes first allocates, in one call, every table
 * of its current progression that comes before the next table of each other level.
 */
function replayAllocs(pg: RunLengthPgDir, depth: number, alloc: TableAlloc): void {
  for (let i = 0; i < depth; i++) {
    allocTriple[i] = 0
    allocTaken[i] = 0
  }
  for (;;) {
    let best = -1
    let bestK = 0
    for (let i = 0; i < depth; i++) {
      const k = nextAlloc(i)
      if (k >= 0 && (best < 0 || k < bestK)) {
        best = i
        bestK = k
      }
    }
    if (best < 0) return
    // A table of `best` at k comes before level i's next one at ki when k < ki, or when
    // k = ki and `best` is nearer the PGD (i > best): so below ki for i < best, up to ki else.
    let bound = Infinity
    for (let i = 0; i < depth; i++) {
      const k = i === best ? -1 : nextAlloc(i)
      if (k >= 0) bound = Math.min(bound, i < best ? k : k + 1)
    }
    const at = allocsAt[best]!.v
    const t = allocTriple[best]!
    const left = at[t + 1]! - allocTaken[best]!
    const count = Math.min(left, Math.ceil((bound - bestK) / at[t + 2]!))
    if (count === left) {
      allocTriple[best] = t + 3
      allocTaken[best] = 0
    } else {
      allocTaken[best]! += count
    }
    // The next level is the PTE table when this level is the PMD.
    alloc(pg.levels[best]!.shift === PMD_SHIFT, count)
  }
}

/** The k of level i's next table in replayAllocs(), or -1 when it has none left. */
function nextAlloc(i: number): number {
  const at = allocsAt[i]!
  const t = allocTriple[i]!
  return t < at.n ? at.v[t]! + allocTaken[i]! * at.v[t + 2]! : -1
}

/**
 * Engine helper (no kernel counterpart): marks one upper-level entry of the run-length store as a table.
 * Marks one entry (index va >> shift) of a level above the PTEs as a table.
 */
export function markTable(pg: RunLengthPgDir, shift: number, index: number): void {
  const level = levelOf(pg, shift)
  segments(level, index, index, segs)
  for (let g = 0; g < segs.n; g += 3) if (segs.v[g + 2] === NONE) fillEntries(level, segs.v[g]!, segs.v[g + 1]!, TABLE)
}

// ---------------------------------------------------------------- the per-entry view

/**
 * Engine helper (no kernel counterpart): the per-entry view of the run-length store, for the reference walk.
 * `${shift}:${va >> shift}` → state, as mmu.ts keeps its entries.
 */
export function entriesView(pg: RunLengthPgDir): Map<string, 'table' | 'leaf'> {
  pg.viewed = true
  const m = new Map<string, 'table' | 'leaf'>()
  for (const level of pg.levels) {
    for (const r of level.runs) for (let i = r.first; i <= r.last; i++) m.set(`${level.shift}:${i}`, STATE_NAMES[r.state] as 'table' | 'leaf')
  }
  for (const [idx, state] of pg.ptes) m.set(`${PTE_SHIFT}:${idx}`, STATE_NAMES[state] as 'table' | 'leaf')
  for (const s of pg.strides) {
    for (let i = s.first; i <= s.last; i++) {
      const key = `${PTE_SHIFT}:${i * PTRS + s.offset}`
      if (!m.has(key)) m.set(key, 'leaf')
    }
  }
  return m
}
