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
 *     a mapping that would leave [0, 2^64) to the per-entry tables instead.
 *
 * createPgdMappings(): the n leaves at va + k · 2^step (k < n). Every level's entry size is a
 * power of two no smaller than the step, so leaf k lies in entry ((va >> step) + k) >> (shift
 * - step) of a level: each level sees index ranges, in which an existing leaf entry stops the
 * walk for the leaves under it, and a missing entry becomes a table when its first leaf comes
 * by. The table pages are then allocated in the per-entry walk's order (by leaf, and for one
 * leaf from the PGD down): one alloc() call per page, as before.
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
  bigShift: bigint
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

export function newRunLengthPgDir(shifts: bigint[]): RunLengthPgDir {
  const levels = shifts.filter((s) => s > BigInt(PTE_SHIFT)).map((s) => ({ shift: Number(s), bigShift: s, runs: [] }))
  return { levels, ptes: new Map(), strides: [], viewed: false }
}

// ---------------------------------------------------------------- runs

/** The state of entry i of a level. */
function stateAt(level: Level, i: number): number {
  const r = level.runs[runFrom(level.runs, i)]
  return r !== undefined && r.first <= i ? r.state : NONE
}

/** Entries a..b of a level cut where their state changes: [first, last, state], missing ones NONE. */
function segments(level: Level, a: number, b: number): Array<[number, number, number]> {
  const runs = level.runs
  const out: Array<[number, number, number]> = []
  let at = a
  for (let i = runFrom(runs, a); i < runs.length && runs[i]!.first <= b; i++) {
    const r = runs[i]!
    if (r.first > at) out.push([at, r.first - 1, NONE])
    out.push([Math.max(r.first, at), Math.min(r.last, b), r.state])
    at = r.last + 1
  }
  if (at <= b) out.push([at, b, NONE])
  return out
}

/** Gives the missing entries a..b of a level `state`, merged with equal neighbours. */
function fillEntries(level: Level, a: number, b: number, state: number): void {
  const runs = level.runs
  const i = runFrom(runs, a)
  const prev = runs[i - 1]
  const next = runs[i]
  const joinPrev = prev !== undefined && prev.state === state && prev.last === a - 1
  const joinNext = next !== undefined && next.state === state && next.first === b + 1
  if (joinPrev && joinNext) {
    prev.last = next.last
    runs.splice(i, 1)
  } else if (joinPrev) {
    prev.last = b
  } else if (joinNext) {
    next.first = a
  } else {
    runs.splice(i, 0, { first: a, last: b, state })
  }
}

/** Sorted ranges minus sorted ranges. */
function without(ranges: Array<[number, number]>, cut: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let j = 0
  for (const [a0, b] of ranges) {
    let a = a0
    while (j < cut.length && cut[j]![1] < a) j++
    for (let k = j; k < cut.length && cut[k]![0] <= b && a <= b; k++) {
      const [ca, cb] = cut[k]!
      if (ca > a) out.push([a, ca - 1])
      a = cb + 1
    }
    if (a <= b) out.push([a, b])
  }
  return out
}

function pteState(pg: RunLengthPgDir, idx: number): number {
  const single = pg.ptes.get(idx)
  if (single !== undefined) return single
  const m = Math.floor(idx / PTRS)
  const offset = idx % PTRS
  return pg.strides.some((s) => s.offset === offset && s.first <= m && m <= s.last) ? LEAF : NONE
}

// ---------------------------------------------------------------- create_pgd_mapping()

/**
 * Mirrors create_pgd_mapping() and the create_p4d/pud/pmd/pte_mapping() below it for one leaf
 * of the level with shift `leafShift` at va: each missing table on the way down is allocated
 * (alloc(true) for a PTE table); the leaf entry is set if missing. An entry that is already a
 * leaf stops the walk. `leafShift` undefined (a size that is no level's): every level down to
 * the PTE gets a table and nothing is mapped. Returns whether the leaf was set.
 */
export function createPgdMapping(pg: RunLengthPgDir, va: bigint, leafShift: number | undefined, alloc: TableAlloc): boolean {
  for (const level of pg.levels) {
    const i = Number(va >> level.bigShift)
    const state = stateAt(level, i)
    if (level.shift === leafShift) {
      // The leaf level: `if (pxd_val(pxdp[idx]) == 0) pxdp[idx] = pfn_pxd(...)`.
      if (state === NONE) fillEntries(level, i, i, LEAF)
      return state === NONE
    }
    if (state === LEAF) return false
    if (state === NONE) {
      // The next level is the PTE table when this entry is a PMD entry.
      alloc(level.shift === PMD_SHIFT)
      fillEntries(level, i, i, TABLE)
    }
  }
  const i = Number(va >> BigInt(PTE_SHIFT))
  const state = pteState(pg, i)
  if (state === NONE) {
    if (leafShift !== PTE_SHIFT) alloc(false)
    pg.ptes.set(i, leafShift === PTE_SHIFT ? LEAF : TABLE)
  }
  return leafShift === PTE_SHIFT && state === NONE
}

/**
 * create_pgd_mapping() (above) for the n leaves va + k · 2^stepShift (k < n) of the level with
 * shift `leafShift`, as the per-entry walk maps them one after the other: the same tables,
 * allocated in the same order, and the same leaves set. PTE leaves come one per PMD-sized step
 * (stepShift 21); a size that is no level's only ever comes alone (n = 1).
 *
 * Returns the leaves set, as ranges of k; for a stride of PTEs (n > 1) all of them (mmu.ts
 * records a PAGE step whatever the walk found).
 */
export function createPgdMappings(
  pg: RunLengthPgDir,
  va: bigint,
  leafShift: number | undefined,
  stepShift: number,
  n: number,
  alloc: TableAlloc,
): Array<[number, number]> {
  if (n === 1) return createPgdMapping(pg, va, leafShift, alloc) ? [[0, 0]] : []
  if (leafShift === undefined) throw new RangeError('createPgdMappings(): leaves of no level come one at a time')
  const q0 = Number(va >> BigInt(stepShift))
  // Leaves not yet stopped by a leaf entry above them, as ranges of q = q0 + k.
  let walking: Array<[number, number]> = [[q0, q0 + n - 1]]
  // Table allocations per level: the k of the leaf whose walk makes them.
  const allocsAt: number[][] = []
  for (const level of pg.levels) {
    if (level.shift <= leafShift) break
    const width = 2 ** (level.shift - stepShift)
    const at: number[] = []
    const stopped: Array<[number, number]> = []
    const missing: Array<[number, number]> = []
    for (const [x, y] of walking) {
      for (const [a, b, state] of segments(level, Math.floor(x / width), Math.floor(y / width))) {
        if (state === TABLE) continue
        if (state === LEAF) {
          stopped.push([Math.max(a * width, x), Math.min((b + 1) * width - 1, y)])
          continue
        }
        missing.push([a, b])
        for (let e = a; e <= b; e++) at.push(Math.max(e * width, x) - q0)
      }
    }
    for (const [a, b] of missing) fillEntries(level, a, b, TABLE)
    if (stopped.length > 0) walking = without(walking, stopped)
    allocsAt.push(at)
  }
  const set: Array<[number, number]> = []
  if (leafShift === PTE_SHIFT) {
    const offset = Number((va >> BigInt(PTE_SHIFT)) % BigInt(PTRS))
    for (const [x, y] of walking) {
      if (x === y) {
        if (pteState(pg, x * PTRS + offset) !== NONE) continue
        pg.ptes.set(x * PTRS + offset, LEAF)
      } else {
        pg.strides.push({ first: x, last: y, offset })
      }
      set.push([x - q0, y - q0])
    }
  } else {
    const level = pg.levels.find((l) => l.shift === leafShift)!
    for (const [x, y] of walking) {
      for (const [a, b, state] of segments(level, x, y)) {
        if (state !== NONE) continue
        fillEntries(level, a, b, LEAF)
        set.push([a - q0, b - q0])
      }
    }
  }
  replayAllocs(pg, allocsAt, alloc)
  return set
}

/** Calls alloc() for each table in the per-entry walk's order: by leaf, then from the PGD down. */
function replayAllocs(pg: RunLengthPgDir, allocsAt: number[][], alloc: TableAlloc): void {
  const next = allocsAt.map(() => 0)
  const pteTable = allocsAt.map((_, i) => pg.levels[i]?.shift === PMD_SHIFT)
  for (;;) {
    let best = -1
    for (let i = 0; i < allocsAt.length; i++) {
      const k = allocsAt[i]![next[i]!]
      if (k !== undefined && (best < 0 || k < allocsAt[best]![next[best]!]!)) best = i
    }
    if (best < 0) return
    next[best]!++
    alloc(pteTable[best]!)
  }
}

/** Marks one entry (index va >> shift) of a level above the PTEs as a table. */
export function markTable(pg: RunLengthPgDir, shift: number, index: number): void {
  const level = pg.levels.find((l) => l.shift === shift)!
  for (const [a, b, state] of segments(level, index, index)) if (state === NONE) fillEntries(level, a, b, TABLE)
}

// ---------------------------------------------------------------- the per-entry view

/** `${shift}:${va >> shift}` → state, as mmu.ts keeps its entries. */
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
