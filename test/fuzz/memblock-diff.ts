// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of src/engine/memblock/memblock.ts against reference-memblock.ts, a
 * second model of mm/memblock.c written from the kernel sources alone. Both get the same
 * random operation sequences (fixed seed, own PRNG: a failure names its case and step and
 * reproduces alone); after every step the memory and reserved arrays (base, size, flags, nid)
 * and every answer (allocation, search, size, query) must agree.
 *
 * Left out, because the engine does not claim them (see its header, memblockMergeRegions()
 * and memblockAllocRangeNid()):
 *   - memblock_double_array(): once an array holds more than REGION_CAP regions only removals
 *     run, so none reaches the kernel's 128 (the model would throw RefUnmodelled);
 *   - mirrored memory (memblock_mark_mirror(), the MIRROR retry), movable_node, and the
 *     DRIVER_MANAGED / KHO_SCRATCH / RSRV_NOINIT flags; MIRROR and HOTPLUG appear only as
 *     region flags, which decide merging but not the search;
 *   - NUMA placement: a search for a node is only made while all memory is on one node (the
 *     engine's one-node model), and never with MAX_NUMNODES as the node asked for;
 *   - region owners (an engine extension for reports);
 *   - memblock_end_of_DRAM() on an empty array (6.12+ reads regions[-1]).
 * The model's own warnings (pr_warn, WARN_ON) are not compared.
 *
 * test/fuzz/kernel-memblock.test.ts replays operations like these against the kernel's own
 * mm/memblock.c, compiled (scripts/kernel-memblock-fixture.sh), where both models could
 * share a misreading.
 */
import * as E from '../../src/engine/memblock/memblock.js'
import {
  MEMBLOCK_HOTPLUG,
  MEMBLOCK_MIRROR,
  MEMBLOCK_NOMAP,
  NUMA_NO_NODE,
  PHYS_ADDR_MAX,
  RefMemblock,
  type Gen,
  type RefRegion,
} from './reference-memblock.js'
import { mulberry32 } from './prng.js'

const prng = mulberry32

const MAX_NUMNODES = E.MAX_NUMNODES
const REGION_CAP = 48

interface Rng {
  int(n: number): number
  pick<T>(xs: readonly T[]): T
  chance(p: number): boolean
}

function rng(seed: number): Rng {
  const r = prng(seed)
  return {
    int: (n) => Math.floor(r() * n),
    pick: (xs) => xs[Math.floor(r() * xs.length)]!,
    chance: (p) => r() < p,
  }
}

/** Addresses cluster on a small grid so that ranges overlap and touch; some sit at the 64-bit edges. */
function addr(g: Rng, unit: bigint): bigint {
  switch (g.int(12)) {
    case 0:
      return PHYS_ADDR_MAX - BigInt(g.int(4)) * unit - BigInt(g.int(2))
    case 1:
      return (1n << 63n) + BigInt(g.int(5) - 2) * unit
    case 2:
      return (1n << 32n) + BigInt(g.int(5) - 2) * unit
    case 3:
      return BigInt(g.int(64)) * unit + BigInt(g.pick([0, 0, 1, 0x10, 0x800]))
    case 4:
      return BigInt(g.int(3))
    default:
      return BigInt(g.int(64)) * unit
  }
}

function size(g: Rng, unit: bigint): bigint {
  switch (g.int(10)) {
    case 0:
      return PHYS_ADDR_MAX - BigInt(g.int(3))
    case 1:
      return 1n << 63n
    case 2:
      return BigInt(g.pick([0, 1, 0x10, 0x40, 0xfff]))
    default:
      return BigInt(1 + g.int(16)) * unit
  }
}

function align(g: Rng): bigint {
  const k = g.int(10)
  if (k === 0) return 0n
  if (k === 1) return 1n << 63n
  return 1n << BigInt(g.pick([0, 6, 12, 12, 14, 16, 21, 21, 30]))
}

/** An allocation window edge: the sentinels, the 64-bit edge, or a grid address. */
function limit(g: Rng, unit: bigint): bigint {
  switch (g.int(8)) {
    case 0:
      return 0n // MEMBLOCK_ALLOC_ACCESSIBLE
    case 1:
      return 1n // MEMBLOCK_ALLOC_NOLEAKTRACE
    case 2:
      return PHYS_ADDR_MAX // MEMBLOCK_ALLOC_ANYWHERE
    case 3:
      return PHYS_ADDR_MAX - BigInt(g.int(3))
    default:
      return addr(g, unit)
  }
}

const show = (rs: readonly RefRegion[] | readonly E.MemblockRegion[]): string =>
  rs.map((r) => `[0x${r.base.toString(16)}+0x${r.size.toString(16)} f${r.flags} n${r.nid}]`).join(' ')

const strip = (rs: readonly E.MemblockRegion[]): RefRegion[] => rs.map((r) => ({ base: r.base, size: r.size, flags: r.flags, nid: r.nid }))

/** The node all memory is on, when it is on one (the engine's NUMA model). */
function oneNode(ref: RefMemblock): number | undefined {
  const rs = ref.view(ref.memory)
  if (rs.length === 0) return undefined
  return rs.every((r) => r.nid === rs[0]!.nid) ? rs[0]!.nid : undefined
}

/**
 * The engine's MemblockGeneration of each generation the model knows: 5.10 and 6.1 merge the
 * whole array after every change (memblock_merge_regions(), 5.10:502, 6.1:507), 6.12 only
 * around it (6.12:516); 5.10's memblock_cap_memory_range() goes on with no memory.
 */
const GENERATION: Record<Gen, E.MemblockGeneration> = { '5.10': E.MEMBLOCK_5_10, '6.1': E.MEMBLOCK_5_15, '6.12': E.MEMBLOCK_6_3, '7.2': E.MEMBLOCK_6_3 }

/** Which engine policy a kernel generation is: memblockCreate()'s rsrvKern (6.16+). */
const RSRV_KERN: Record<Gen, boolean> = { '5.10': false, '6.1': false, '6.12': false, '7.2': true }

export interface Tally {
  cases: number
  steps: number
  allocs: number
  allocsFound: number
  byOp: Record<string, number>
}

/**
 * Runs one case: `steps` random operations on both models, comparing after each. Returns
 * the first disagreement as text (with the case's log), or undefined.
 */
export function runCase(gen: Gen, seed: number, steps: number, tally: Tally): string | undefined {
  const g = rng(seed)
  const pageSize = g.pick([4096n, 4096n, 16384n, 65536n])
  const unit = g.pick([0x1000n, 0x10000n, 0x200000n, 0x40000000n])
  const ref = new RefMemblock({ gen, maxNumnodes: MAX_NUMNODES, pageSize })
  const mb = E.memblockCreate(pageSize, RSRV_KERN[gen], GENERATION[gen])
  const log: string[] = [`gen ${gen} seed ${seed} page 0x${pageSize.toString(16)} unit 0x${unit.toString(16)}`]
  const nid = (): number => g.pick([MAX_NUMNODES, MAX_NUMNODES, 0, 0, 1, 2, NUMA_NO_NODE])
  const flag = (): number => g.pick([0, 0, 0, MEMBLOCK_NOMAP, MEMBLOCK_HOTPLUG, MEMBLOCK_MIRROR])
  tally.cases++

  for (let step = 0; step < steps; step++) {
    const full = ref.memory.regions.length > REGION_CAP || ref.reserved.regions.length > REGION_CAP
    let op = g.int(20)
    if (full && op < 6) op = 6 // only shrink once an array is large
    let what = ''
    let a: unknown
    let b: unknown
    switch (op) {
      case 0:
      case 1: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        const n = nid()
        const f = flag()
        what = `add_node(0x${base.toString(16)}, 0x${sz.toString(16)}, nid ${n}, flags ${f})`
        // memblock_add_node(); 5.10's takes no flags (5.10:671), so 5.10 adds flags 0 on both sides
        E.memblockAddRange(mb.memory, base, sz, n, gen === '5.10' ? 0 : f)
        ref.addNode(base, sz, n, f)
        break
      }
      case 2: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `add(0x${base.toString(16)}, 0x${sz.toString(16)})`
        E.memblockAdd(mb, base, sz)
        ref.add(base, sz)
        break
      }
      case 3:
      case 4: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `reserve(0x${base.toString(16)}, 0x${sz.toString(16)})`
        E.memblockReserve(mb, base, sz)
        ref.reserve(base, sz)
        break
      }
      case 5: {
        // memblock_reserve_kern() exists from 6.16 (7.2 include/linux/memblock.h:138); before, the engine's
        // memblockReserveKern() is memblock_reserve(), which is what the model is asked for then.
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `reserve_kern(0x${base.toString(16)}, 0x${sz.toString(16)})`
        E.memblockReserveKern(mb, base, sz)
        if (gen === '7.2') ref.addRange(ref.reserved, base, sz, NUMA_NO_NODE, 0x20)
        else ref.reserve(base, sz)
        break
      }
      case 6: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `remove(0x${base.toString(16)}, 0x${sz.toString(16)})`
        E.memblockRemove(mb, base, sz)
        ref.remove(base, sz)
        break
      }
      case 7: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `phys_free(0x${base.toString(16)}, 0x${sz.toString(16)})`
        E.memblockPhysFree(mb, base, sz)
        ref.physFree(base, sz)
        break
      }
      case 8: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        const set = g.chance(0.6)
        what = `${set ? 'mark' : 'clear'}_nomap(0x${base.toString(16)}, 0x${sz.toString(16)})`
        if (set) {
          E.memblockMarkNomap(mb, base, sz)
          ref.markNomap(base, sz)
        } else {
          E.memblockClearNomap(mb, base, sz)
          ref.clearNomap(base, sz)
        }
        break
      }
      case 9: {
        const base = addr(g, unit)
        const sz = size(g, unit)
        const n = nid()
        const onReserved = g.chance(0.3)
        what = `set_node(0x${base.toString(16)}, 0x${sz.toString(16)}, ${onReserved ? 'reserved' : 'memory'}, ${n})`
        E.memblockSetNode(onReserved ? mb.reserved : mb.memory, base, sz, n)
        ref.setNode(base, sz, onReserved ? ref.reserved : ref.memory, n)
        break
      }
      case 10:
      case 11:
      case 12: {
        // memblock_phys_alloc_range(): NUMA_NO_NODE, any window
        const sz = g.chance(0.05) ? 0n : size(g, unit)
        const al = align(g)
        const start = limit(g, unit)
        const end = limit(g, unit)
        what = `phys_alloc_range(0x${sz.toString(16)}, 0x${al.toString(16)}, 0x${start.toString(16)}, 0x${end.toString(16)}) ${ref.bottomUp ? 'bottom-up' : 'top-down'}`
        a = E.memblockPhysAllocRange(mb, sz, al, start, end)
        b = ref.physAllocRange(sz, al, start, end)
        tally.allocs++
        if (b) tally.allocsFound++
        break
      }
      case 13: {
        // memblock_alloc_try_nid(): current_limit cap, retry without min_addr; a node only on one-node memory
        const sz = size(g, unit)
        const al = align(g)
        const min = limit(g, unit)
        const max = limit(g, unit)
        const one = oneNode(ref)
        const n = one !== undefined && g.chance(0.5) ? g.pick([one, one === 0 ? 1 : 0]) : NUMA_NO_NODE
        const node = n === MAX_NUMNODES ? NUMA_NO_NODE : n
        what = `alloc_try_nid(0x${sz.toString(16)}, 0x${al.toString(16)}, 0x${min.toString(16)}, 0x${max.toString(16)}, ${node}) ${ref.bottomUp ? 'bottom-up' : 'top-down'}`
        a = E.memblockAllocTryNid(mb, sz, al, min, max, undefined, node)
        b = ref.allocTryNid(sz, al, min, max, node) ?? 0n
        tally.allocs++
        if (b) tally.allocsFound++
        break
      }
      case 14: {
        // memblock_find_in_range_node() alone (any node, no flags): no reservation
        const sz = size(g, unit)
        const al = align(g) || 1n
        const start = limit(g, unit)
        const end = limit(g, unit)
        what = `find_in_range_node(0x${sz.toString(16)}, 0x${al.toString(16)}, 0x${start.toString(16)}, 0x${end.toString(16)}) ${ref.bottomUp ? 'bottom-up' : 'top-down'}`
        a = E.memblockFindInRangeNode(mb, sz, al, start, end)
        b = ref.findInRangeNode(sz, al, start, end, NUMA_NO_NODE, 0)
        break
      }
      case 15: {
        // The engine's batch of single-page allocations against the calls it stands for.
        const count = 1 + g.int(g.chance(0.2) ? 300 : 12)
        const start = limit(g, unit)
        const end = limit(g, unit)
        const one = oneNode(ref)
        const node = one !== undefined && one !== MAX_NUMNODES && g.chance(0.5) ? one : NUMA_NO_NODE
        what = `alloc_pages(${count} x 0x${pageSize.toString(16)}, 0x${start.toString(16)}, 0x${end.toString(16)}, ${node}) ${ref.bottomUp ? 'bottom-up' : 'top-down'}`
        E.memblockAllocPages(mb, count, pageSize, start, end, undefined, node)
        for (let i = 0; i < count; i++) if (!ref.allocRangeNid(pageSize, pageSize, start, end, node, false)) break
        break
      }
      case 16: {
        const k = g.int(4)
        if (k === 0) {
          const bu = !ref.bottomUp
          what = `set_bottom_up(${bu})`
          mb.bottomUp = bu
          ref.setBottomUp(bu)
        } else {
          const lim = limit(g, unit)
          what = `set_current_limit(0x${lim.toString(16)})`
          mb.currentLimit = lim
          ref.setCurrentLimit(lim)
        }
        break
      }
      case 17: {
        const k = g.int(3)
        const lim = g.chance(0.5) ? size(g, unit) : BigInt(g.int(8)) * unit
        if (k === 0) {
          what = `enforce_memory_limit(0x${lim.toString(16)})`
          E.memblockEnforceMemoryLimit(mb, lim)
          ref.enforceMemoryLimit(lim)
        } else if (k === 1) {
          what = `mem_limit_remove_map(0x${lim.toString(16)})`
          E.memblockMemLimitRemoveMap(mb, lim)
          ref.memLimitRemoveMap(lim)
        } else {
          const base = addr(g, unit)
          what = `cap_memory_range(0x${base.toString(16)}, 0x${lim.toString(16)})`
          E.memblockCapMemoryRange(mb, base, lim)
          ref.capMemoryRange(base, lim)
        }
        break
      }
      default: {
        // Queries, each against the model.
        const base = addr(g, unit)
        const sz = size(g, unit)
        what = `queries(0x${base.toString(16)}, 0x${sz.toString(16)})`
        a = [
          E.memblockIsRegionMemory(mb, base, sz),
          E.memblockIsRegionReserved(mb, base, sz),
          E.memblockStartOfDram(mb),
          mb.memory.regions.length ? E.memblockEndOfDram(mb) : null,
          E.freeMemRanges(mb).map(([lo, hi]) => `${lo.toString(16)}-${hi.toString(16)}`),
        ]
        b = [
          ref.isRegionMemory(base, sz),
          ref.isRegionReserved(base, sz),
          ref.startOfDRAM(),
          ref.view(ref.memory).length ? ref.endOfDRAM() : null,
          [...ref.freeRanges(NUMA_NO_NODE, 0, ref.memory, ref.reserved)]
            // for_each_free_mem_range() also yields the empty gap between touching reserved regions
            .filter(([lo, hi]) => hi > lo)
            .map(([lo, hi]) => `${lo.toString(16)}-${hi.toString(16)}`),
        ]
      }
    }
    tally.steps++
    tally.byOp[what.replace(/\(.*/, '')] = (tally.byOp[what.replace(/\(.*/, '')] ?? 0) + 1
    log.push(`${step}: ${what}`)
    const fail = (msg: string): string =>
      `${log.join('\n')}\n=> ${msg}\nmodel after the step:\n  memory   ${show(ref.view(ref.memory))}\n  reserved ${show(ref.view(ref.reserved))}`
    if (a !== undefined || b !== undefined) {
      const sa = JSON.stringify(a, (_, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
      const sb = JSON.stringify(b, (_, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
      if (sa !== sb) return fail(`answer: engine ${sa}, model ${sb}`)
      log[log.length - 1] += ` -> ${sb}`
    }
    const em = show(strip(mb.memory.regions))
    const rm = show(ref.view(ref.memory))
    if (em !== rm) return fail(`memory:\n  engine ${em}\n  model  ${rm}`)
    const er = show(strip(mb.reserved.regions))
    const rr = show(ref.view(ref.reserved))
    if (er !== rr) return fail(`reserved:\n  engine ${er}\n  model  ${rr}`)
    if (E.memblockPhysMemSize(mb) !== ref.physMemSize())
      return fail(`phys_mem_size: engine ${E.memblockPhysMemSize(mb)}, model ${ref.physMemSize()}`)
  }
  return undefined
}
