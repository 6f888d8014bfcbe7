// SPDX-License-Identifier: GPL-2.0-only
/**
 * memblock, the boot-time memory allocator, as far as the crash reservation depends on it:
 * the `memory` and `reserved` region arrays, their merging, NOMAP flags, and the top-down /
 * bottom-up range search. One simulation owns one Memblock, like the kernel's global.
 *
 * Field and function names follow mm/memblock.c; ranges are half-open [base, base + size).
 *
 * @kernel mm/memblock.c, include/linux/memblock.h
 */
import { clamp, max, PHYS_ADDR_MAX, roundUp, SMP_CACHE_BYTES, u64 } from '../phys.js'
import type { PhysAddr, PhysSize } from '../types.js'

export const MEMBLOCK_NONE = 0
export const MEMBLOCK_HOTPLUG = 1 << 0
export const MEMBLOCK_MIRROR = 1 << 1
export const MEMBLOCK_NOMAP = 1 << 2
/** 6.7+: a reserved region whose struct pages are not initialised whole (memblock_reserved_mark_noinit()). */
export const MEMBLOCK_RSRV_NOINIT = 1 << 4
/** 6.16+: reserved for kernel use, by memblock_reserve_kern() or any memblock allocation ("memblock: add MEMBLOCK_RSRV_KERN flag", KHO series). */
export const MEMBLOCK_RSRV_KERN = 1 << 5

/**
 * The node of a region nobody gave one: memblock_add() passes MAX_NUMNODES, and so does
 * memblock_reserve() before 6.16. Only its identity matters (memblock_merge_regions()
 * compares nodes; memblock_dump() prints " on node %d" for valid nodes only), so any value
 * of at least the number of nodes does: this is 1 << CONFIG_NODES_SHIFT of a 10-bit build.
 */
export const MAX_NUMNODES = 1 << 10
/** NUMA_NO_NODE: "any node" to the allocator; the node of memblock_reserve() from 6.16 on. */
export const NUMA_NO_NODE = -1
/**
 * Mirrors numa_valid_node() — include/linux/numa.h (v6.12.117:18; not in v5.10.223, v6.1.192).
 * numa_valid_node(): what memblock_dump() prints " on node %d" for.
 */
export const numaValidNode = (nid: number): boolean => nid >= 0 && nid < MAX_NUMNODES

/** Sentinels of memblock_alloc*(): `end` values the allocator replaces by current_limit. */
export const MEMBLOCK_ALLOC_ANYWHERE: PhysAddr = PHYS_ADDR_MAX
export const MEMBLOCK_ALLOC_ACCESSIBLE: PhysAddr = 0n
export const MEMBLOCK_ALLOC_NOLEAKTRACE: PhysAddr = 1n

export interface MemblockRegion {
  base: PhysAddr
  size: PhysSize
  flags: number
  /** memblock_get_region_node(): MAX_NUMNODES, NUMA_NO_NODE or a node (see numaValidNode()). */
  nid: number
  /** Who reserved it (the memblock=debug caller), for reports only. */
  owner?: string | undefined
  /**
   * The other owners of reservations memblock merged into this region, for reports only
   * (memblock keeps one region; without them a report would give the whole region to
   * `owner`). Never changed in place: a copy of the region may share the array.
   */
  alsoOwners?: readonly string[] | undefined
}

/**
 * Records that `into` took over a region of `owner` (and its `also`): for reports only. The
 * array is replaced, never changed in place (a copy of the region may share it): a slice and
 * a push, not a spread, which V8 runs through the iteration protocol.
 */
function mergeOwners(into: MemblockRegion, owner: string | undefined, also: readonly string[] | undefined): void {
  if (owner !== undefined && owner !== into.owner) {
    const known = into.alsoOwners
    if (known === undefined) into.alsoOwners = [owner]
    else if (!known.includes(owner)) {
      const more = known.slice()
      more.push(owner)
      into.alsoOwners = more
    }
  }
  if (also !== undefined) for (let i = 0; i < also.length; i++) mergeOwners(into, also[i], undefined)
}

export interface MemblockType {
  name: 'memory' | 'reserved'
  regions: MemblockRegion[]
  /**
   * Up to 6.2 only (MemblockGeneration wholeArrayMerge): memblock_cap_memory_range() left touching
   * regions that could merge (a NOMAP region split at its window's edge, both pieces kept),
   * which the next memblock_merge_regions() joins, as it scans the whole array there. Nothing
   * else leaves such neighbours (every other change merges around itself), so this flag is
   * all the whole-array scan adds to merging around the change.
   */
  mergePending: boolean
}

export interface Memblock {
  bottomUp: boolean
  currentLimit: PhysAddr
  memory: MemblockType
  reserved: MemblockType
  /** PAGE_SIZE of the kernel being simulated (memblock never hands out the first page). */
  pageSize: PhysSize
  /**
   * 6.16+ (the KHO series' "memblock: add MEMBLOCK_RSRV_KERN flag"): memblock_reserve() passes
   * NUMA_NO_NODE, and allocations reserve with the node they asked for and
   * MEMBLOCK_RSRV_KERN (__memblock_reserve()). Before, both went through memblock_reserve()
   * with MAX_NUMNODES and no flags.
   */
  rsrvKern: boolean
  /**
   * memblock.memory.total_size less the sum of memblock.memory's regions: the partial pages
   * memblock_trim_memory() cut off the regions it kept. It rewrites their r->base and r->size
   * without touching total_size (only a region it drops goes through memblock_remove_region(),
   * which subtracts); every other change to the regions moves total_size with them, so the
   * difference stays as the trim left it. Only x86's e820__memblock_setup() trims; the
   * oracle's x86 memblock=debug dumps print it ("memory size = 0x00000000fff7ec00" for regions
   * of 0xfff7e000 bytes on a 4 GiB q35). An add into an empty memory array sets total_size
   * to the added size (memblock_add_range()'s special case), which drops the difference
   * (memblockAddMemory()).
   * @kernel mm/memblock.c memblock_trim_memory, memblock_remove_region, memblock_add_range
   *         (v5.10.223:593, v6.1.192:598, v6.12.117:611, v7.2.13:631)
   */
  memoryTrimmedUncounted: PhysSize
  /** What mm/memblock.c's release does where releases differ (the policy's `memblock`). */
  generation: MemblockGeneration
}

/**
 * Where mm/memblock.c differs between releases in what the engine mirrors (besides
 * MEMBLOCK_RSRV_KERN, an arch policy's memblockRsrvKern). Chosen by release for every arch
 * (policies/index.ts MEMBLOCK_BY_RELEASE).
 */
export interface MemblockGeneration {
  /**
   * memblock_merge_regions() scans the whole array (v5.10.223:502, v6.1.192:507, v6.2:506)
   * rather than the regions around the change (v6.5:507, v6.12.117:516); see
   * memblockMergeRegions().
   */
  wholeArrayMerge: boolean
  /**
   * memblock_cap_memory_range() returns when memblock.memory.total_size is 0, with "No memory
   * registered yet" (v5.15:1717, v6.12.117:1820); up to 5.14 it goes on and truncates the
   * reservations (v5.10.223:1673-1698, v5.14:1663).
   */
  capNeedsMemory: boolean
}
/** 5.10 – 5.14 (mm/memblock.c@v5.10.223, @v5.14). */
export const MEMBLOCK_5_10: MemblockGeneration = { wholeArrayMerge: true, capNeedsMemory: false }
/** 5.15 – 6.2: memblock_cap_memory_range() wants memory (in v5.15, not v5.14). */
export const MEMBLOCK_5_15: MemblockGeneration = { wholeArrayMerge: true, capNeedsMemory: true }
/** 6.3+: memblock_merge_regions() merges around the change (in v6.5, not v6.2; taken as 6.3). */
export const MEMBLOCK_6_3: MemblockGeneration = { wholeArrayMerge: false, capNeedsMemory: true }

/** Engine helper (no kernel counterpart): a fresh memblock, as the static initialiser of `memblock` in mm/memblock.c sets it. */
export function memblockCreate(pageSize: PhysSize, rsrvKern = false, generation = MEMBLOCK_6_3): Memblock {
  return {
    bottomUp: false,
    currentLimit: MEMBLOCK_ALLOC_ANYWHERE,
    memory: { name: 'memory', regions: [], mergePending: false },
    reserved: { name: 'reserved', regions: [], mergePending: false },
    pageSize,
    rsrvKern,
    memoryTrimmedUncounted: 0n,
    generation,
  }
}

/**
 * Engine helper (no kernel counterpart): a deep copy of a memblock for the boot-prefix store.
 * A copy of `mb` that shares nothing mutable with it: the regions are copied one by one, so
 * a boot continued on the copy leaves the original as it was (see boot-prefix.ts).
 */
export function memblockClone(mb: Memblock): Memblock {
  return {
    bottomUp: mb.bottomUp,
    currentLimit: mb.currentLimit,
    memory: { name: 'memory', regions: copyRegions(mb.memory.regions), mergePending: mb.memory.mergePending },
    reserved: { name: 'reserved', regions: copyRegions(mb.reserved.regions), mergePending: mb.reserved.mergePending },
    pageSize: mb.pageSize,
    rsrvKern: mb.rsrvKern,
    memoryTrimmedUncounted: mb.memoryTrimmedUncounted,
    generation: mb.generation,
  }
}

/** Region-by-region copy: map() sizes the array once; the callback is one module function, not a closure per clone. */
const copyRegions = (regions: MemblockRegion[]): MemblockRegion[] => regions.map(copyRegion)
const copyRegion = (r: MemblockRegion): MemblockRegion => ({ base: r.base, size: r.size, flags: r.flags, nid: r.nid, owner: r.owner, alsoOwners: r.alsoOwners })

/**
 * Engine helper (no kernel counterpart): a copy of memblock.memory for the boot-prefix store.
 * A copy of memblock.memory's regions (what boot-prefix.ts keeps of a prefix's memory).
 */
export function memblockMemoryCopy(mb: Memblock): MemblockRegion[] {
  return copyRegions(mb.memory.regions)
}

/**
 * Engine helper (no kernel counterpart): compares memblock.memory with a stored copy.
 * Does `mb` hold the memblock.memory `memory` lists (bases, sizes and flags)?
 */
export function memblockSameMemory(mb: Memblock, memory: readonly MemblockRegion[]): boolean {
  const x = mb.memory.regions
  if (x.length !== memory.length) return false
  for (let i = 0; i < x.length; i++) {
    const r = x[i]!
    const q = memory[i]!
    if (r.base !== q.base || r.size !== q.size || r.flags !== q.flags) return false
  }
  return true
}

/** 2^63: below it, base + size cannot reach PHYS_ADDR_MAX (2^63 - 1 + 2^63 - 1 < 2^64 - 1). */
const HALF_RANGE = 1n << 63n

/**
 * 2^63 - 1, the largest signed 64-bit integer. V8 compares and adds bigints as machine
 * int64s at a code site that has only seen values in int64 range, and switches that site to
 * its generic (out-of-line) bigint code for good once it sees one outside it, such as
 * 2^63 (HALF_RANGE) or PHYS_ADDR_MAX. The hot paths below therefore test against this
 * bound, or clamp such values away first, instead of comparing with those constants.
 */
const INT64_MAX = HALF_RANGE - 1n

/**
 * memblock_cap_size(): clamp size so that base + size does not overflow.
 * When base and size are both below 2^63, PHYS_ADDR_MAX - base ≥ 2^63 > size, so the
 * answer is `size` without computing the difference (every call would allocate a bigint).
 */
function memblockCapSize(base: PhysAddr, size: PhysSize): PhysSize {
  if (base < HALF_RANGE && size < HALF_RANGE) return size
  return size < PHYS_ADDR_MAX - base ? size : PHYS_ADDR_MAX - base
}

/** How many regions of the sorted array start at or below `addr` (a bisection on bases). */
function countStartingAtOrBelow(regions: MemblockRegion[], addr: PhysAddr): number {
  let lo = 0
  let hi = regions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (regions[mid]!.base <= addr) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many of the first `n` regions of the sorted array start below `addr` (a bisection on bases). */
function countStartingBelow(regions: MemblockRegion[], addr: PhysAddr, n: number): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (regions[mid]!.base < addr) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The index of the first region of `regions` (sorted, disjoint) that ends above `addr`:
 * the regions memblock_add_range() and memblock_isolate_range() pass over with
 * `if (rend <= base) continue;` form a prefix of the array. Every region before the last
 * one starting at or below `addr` ends at or below that one's base, and every region
 * starting above `addr` ends above it, so only that one region's end needs computing.
 */
function firstEndingAbove(regions: MemblockRegion[], addr: PhysAddr): number {
  const lo = countStartingAtOrBelow(regions, addr)
  if (lo > 0) {
    const r = regions[lo - 1]!
    if (r.base + r.size > addr) return lo - 1
  }
  return lo
}

/**
 * Mirrors memblock_merge_regions(): merge neighbours that touch and have the same node and flags,
 * among regions start - 1 … end: the range the change that calls it touched (v6.5:507,
 * v6.12.117:516). 5.10 – 6.2 scan the whole array instead (v5.10.223:502, v6.1.192:507,
 * v6.2:506; the change is in v6.5, not v6.2: 6.3, 6.4 or 6.5, UNCONFIRMED which, taken as
 * 6.3). Every change merges around itself, so the array has no other mergeable neighbours
 * and both scans agree, except after memblock_cap_memory_range(): it keeps the NOMAP pieces
 * outside its window and merges nothing (v6.12.117:1830-1837), so a NOMAP region split at
 * the window's edge stays two regions, which up to 6.2 the next merge anywhere in the array
 * rejoins, and from 6.3 only a merge next to them. memblockCapMemoryRange() flags that
 * (MemblockType mergePending) where the policy merges the whole array, and the next merge
 * here scans it all. The compiled mm/memblock.c of 5.10.223, 5.19, 6.0, 6.1.192 and 6.2
 * answer test/fuzz/kernel-memblock.test.ts's sequences so.
 * @kernel mm/memblock.c memblock_merge_regions
 */
function memblockMergeRegions(type: MemblockType, start = 0, end = type.regions.length): void {
  const r = type.regions
  if (type.mergePending) {
    type.mergePending = false
    start = 0
    end = r.length
  }
  let i = start > 0 ? start - 1 : 0
  let last = end < r.length - 1 ? end : r.length - 1
  while (i < last) {
    const a = r[i]!
    const b = r[i + 1]!
    if (a.flags !== b.flags || a.nid !== b.nid || a.base + a.size !== b.base) {
      i++
      continue
    }
    a.size += b.size
    if (a.owner !== b.owner || b.alsoOwners !== undefined) mergeOwners(a, b.owner, b.alsoOwners)
    removeAt(r, i + 1)
    last--
  }
}

/**
 * Mirrors memblock_add_range(): insert the parts of [base, base + size) that no region
 * covers yet, then merge around them.
 * @kernel mm/memblock.c memblock_add_range
 */
export function memblockAddRange(type: MemblockType, base: PhysAddr, size: PhysSize, nid: number, flags: number, owner?: string): void {
  // memblock_cap_size() returns `size` unless base or size is at least 2^63: test that here,
  // against INT64_MAX (see there), so that only such a range takes memblockCapSize().
  if (base > INT64_MAX || size > INT64_MAX) size = memblockCapSize(base, size)
  if (size === 0n) return
  const regions = type.regions
  // The regions that end at or below `base` are passed over (`rend <= base: continue`):
  // as in firstEndingAbove(), only the last region starting at or below base can reach
  // above it. The ends compared here are not made into values of their own (`prev.base +
  // prev.size` and `next.base - base` only feed comparisons, which V8 does in registers):
  // the common case below then allocates nothing but the region it inserts.
  const n = regions.length
  const lo = countStartingAtOrBelow(regions, base)
  const prev = lo > 0 ? regions[lo - 1]! : undefined
  const next = lo < n ? regions[lo]! : undefined
  if ((prev === undefined || prev.base + prev.size <= base) && (next === undefined || next.base - base >= size)) {
    // The new area lies in a gap (every memblock_alloc*() reservation does): one region is
    // inserted at lo and memblock_merge_regions(type, lo, lo + 1) can only join it with
    // its two neighbours. Do that merge directly, with the values the merge would leave: a
    // lower neighbour absorbs the new region (keeping its owner); a new region joining its
    // upper neighbour is the one that remains, which the upper region object now becomes
    // (base, size and owner rewritten in place, as the merge rewrites a lower neighbour).
    const intoPrev = prev !== undefined && prev.flags === flags && prev.nid === nid && prev.base + prev.size === base
    const withNext = next !== undefined && next.flags === flags && next.nid === nid && next.base - base === size
    if (intoPrev) {
      prev.size += size
      if (owner !== prev.owner) mergeOwners(prev, owner, undefined)
      if (withNext) {
        prev.size += next.size
        if (next.owner !== prev.owner || next.alsoOwners !== undefined) mergeOwners(prev, next.owner, next.alsoOwners)
        removeAt(regions, lo)
      }
    } else if (withNext) {
      next.base = base
      next.size += size
      if (next.owner !== owner) {
        const old = next.owner
        next.owner = owner
        // The new owner may have merged into this region before: it is named once.
        if (owner !== undefined && next.alsoOwners?.includes(owner)) next.alsoOwners = next.alsoOwners.filter((o) => o !== owner)
        mergeOwners(next, old, undefined)
      }
    } else {
      insertAt(regions, lo, { base, size, flags, nid, owner, alsoOwners: undefined })
    }
    // Up to 6.2 the merge after an insertion scans the whole array (memblockMergeRegions()).
    if (type.mergePending) memblockMergeRegions(type)
    return
  }
  const end = base + size
  let idx = prev !== undefined && prev.base + prev.size > base ? lo - 1 : lo
  let startRgn = -1
  let endRgn = -1
  let cur = base
  for (; idx < regions.length; idx++) {
    const rgn = regions[idx]!
    const rbase = rgn.base
    if (rbase >= end) break
    // @rgn overlaps: if it leaves a lower part of the new area uncovered, insert that part.
    if (rbase > cur) {
      if (startRgn === -1) startRgn = idx
      insertAt(regions, idx++, { base: cur, size: rbase - cur, flags, nid, owner, alsoOwners: undefined })
      endRgn = idx
    }
    const rend = rbase + rgn.size
    cur = rend < end ? rend : end
  }
  // Insert the remaining portion.
  if (cur < end) {
    if (startRgn === -1) startRgn = idx
    insertAt(regions, idx, { base: cur, size: end - cur, flags, nid, owner, alsoOwners: undefined })
    endRgn = idx + 1
  }
  if (startRgn !== -1) memblockMergeRegions(type, startRgn, endRgn)
}

/** memblock_insert_region()'s memmove: put `rgn` at regions[i] without splice()'s result array. */
function insertAt(regions: MemblockRegion[], i: number, rgn: MemblockRegion): void {
  let j = regions.length
  regions.push(rgn)
  for (; j > i; j--) regions[j] = regions[j - 1]!
  regions[i] = rgn
}

/** memblock_remove_region()'s memmove: drop regions[i] without allocating splice()'s result. */
function removeAt(regions: MemblockRegion[], i: number): void {
  const last = regions.length - 1
  for (; i < last; i++) regions[i] = regions[i + 1]!
  regions.pop()
}

/**
 * Mirrors memblock_isolate_range(): split regions so that [base, base + size) is covered by
 * whole regions; returns their indices [start, end).
 * @kernel mm/memblock.c memblock_isolate_range
 */
function memblockIsolateRange(type: MemblockType, base: PhysAddr, size: PhysSize): [number, number] {
  // Nothing at or above the end of the highest region (as for the memblock_remove(limit,
  // ULLONG_MAX) of every boot): every region passes `rend <= base` and nothing is isolated.
  // Answered before memblock_cap_size(), whose comparisons such a size makes generic.
  const r = type.regions
  const top = r.length - 1
  if (top < 0 || base >= r[top]!.base + r[top]!.size) return [0, 0]
  size = memblockCapSize(base, size)
  const end = base + size
  let startRgn = 0
  let endRgn = 0
  if (size === 0n) return [0, 0]
  // The regions that end at or below `base` are passed over (`rend <= base: continue`).
  for (let idx = firstEndingAbove(r, base); idx < r.length; idx++) {
    const rgn = r[idx]!
    const rbase = rgn.base
    if (rbase >= end) break
    const rend = rbase + rgn.size
    if (rend <= base) continue
    if (rbase < base) {
      // @rgn intersects from below: split and redo this region.
      const below = base - rbase
      rgn.base = base
      rgn.size -= below
      insertAt(r, idx, { base: rbase, size: below, flags: rgn.flags, nid: rgn.nid, owner: rgn.owner, alsoOwners: rgn.alsoOwners })
    } else if (rend > end) {
      // @rgn intersects from above: split and redo this region.
      const inside = end - rbase
      rgn.base = end
      rgn.size -= inside
      insertAt(r, idx, { base: rbase, size: inside, flags: rgn.flags, nid: rgn.nid, owner: rgn.owner, alsoOwners: rgn.alsoOwners })
      idx--
    } else {
      if (endRgn === 0) startRgn = idx
      endRgn = idx + 1
    }
  }
  return [startRgn, endRgn]
}

/** Mirrors memblock_remove_range(). */
function memblockRemoveRange(type: MemblockType, base: PhysAddr, size: PhysSize): void {
  const [s, e] = memblockIsolateRange(type, base, size)
  if (e > s) type.regions.splice(s, e - s)
}

/**
 * memblock_add_range() on memblock.memory, with its total_size: an add of a non-empty range
 * (after memblock_cap_size()) into an empty array sets total_size to that range's size
 * (v6.12.117:604-611), so the partial pages memblock_trim_memory() left counted are dropped.
 */
function memblockAddMemory(mb: Memblock, base: PhysAddr, size: PhysSize, nid: number, flags: number): void {
  if (mb.memoryTrimmedUncounted !== 0n && mb.memory.regions.length === 0 && memblockCapSize(base, size) !== 0n) mb.memoryTrimmedUncounted = 0n
  memblockAddRange(mb.memory, base, size, nid, flags)
}

/** Mirrors memblock_add() — mm/memblock.c (v6.12.117:732). */
export function memblockAdd(mb: Memblock, base: PhysAddr, size: PhysSize, flags = MEMBLOCK_NONE): void {
  memblockAddMemory(mb, base, size, MAX_NUMNODES, flags)
}

/** Mirrors memblock_add_node() — mm/memblock.c (v6.12.117:710; 5.10's takes no flags, v5.10.223:671: pass 0). */
export function memblockAddNode(mb: Memblock, base: PhysAddr, size: PhysSize, nid: number, flags = MEMBLOCK_NONE): void {
  memblockAddMemory(mb, base, size, nid, flags)
}

/** Mirrors memblock_remove() — mm/memblock.c (v6.12.117:868). */
export function memblockRemove(mb: Memblock, base: PhysAddr, size: PhysSize): void {
  memblockRemoveRange(mb.memory, base, size)
}

/**
 * Mirrors __find_max_addr(): the address below which memblock.memory holds `limit` bytes
 * (NOMAP regions count), or PHYS_ADDR_MAX when it holds no more than that.
 * @kernel mm/memblock.c __find_max_addr
 */
function findMaxAddr(mb: Memblock, limit: PhysSize): PhysAddr {
  for (const r of mb.memory.regions) {
    if (limit <= r.size) return r.base + limit
    limit -= r.size
  }
  return PHYS_ADDR_MAX
}

/**
 * Mirrors memblock_enforce_memory_limit(): memory and reservations above the first `limit`
 * bytes of memory are dropped (riscv64's `mem=`).
 * @kernel mm/memblock.c memblock_enforce_memory_limit
 */
export function memblockEnforceMemoryLimit(mb: Memblock, limit: PhysSize): void {
  if (!limit) return
  const maxAddr = findMaxAddr(mb, limit)
  if (maxAddr === PHYS_ADDR_MAX) return
  memblockRemoveRange(mb.memory, maxAddr, PHYS_ADDR_MAX)
  memblockRemoveRange(mb.reserved, maxAddr, PHYS_ADDR_MAX)
}

/**
 * Mirrors memblock_cap_memory_range(): memory outside [base, base + size) is dropped except
 * its NOMAP regions, and the reservations outside it are truncated.
 * @kernel mm/memblock.c memblock_cap_memory_range (v5.10.223, v6.12.117)
 */
export function memblockCapMemoryRange(mb: Memblock, base: PhysAddr, size: PhysSize): void {
  if (size === 0n) return
  // 5.15+ warns "No memory registered yet" and returns (5.10 – 5.14 only truncate the
  // reservations). It tests memblock.memory.total_size, not the regions: after
  // memblock_trim_memory() counted partial pages, an emptied array still has a total, and the
  // reservations are truncated (v6.12.117:1820; v6.1.192:1725, v7.2.13:1930). The warning
  // is not traced: no boot the engine mirrors caps memory before adding it.
  if (mb.generation.capNeedsMemory && memblockPhysMemSize(mb) === 0n) return
  const [startRgn, endRgn] = memblockIsolateRange(mb.memory, base, size)
  const r = mb.memory.regions
  for (let i = r.length - 1; i >= endRgn; i--) if (!(r[i]!.flags & MEMBLOCK_NOMAP)) removeAt(r, i)
  for (let i = startRgn - 1; i >= 0; i--) if (!(r[i]!.flags & MEMBLOCK_NOMAP)) removeAt(r, i)
  // Nothing merges here: a NOMAP region cut at the window's edge stays two touching regions,
  // which up to 6.2 the next memblock_merge_regions() anywhere rejoins (memblockMergeRegions()).
  if (mb.generation.wholeArrayMerge) mb.memory.mergePending = true
  memblockRemoveRange(mb.reserved, 0n, base)
  // base + size is a u64 sum in C: past 2^64 it wraps, and the reservations above the
  // wrapped end go too (mm/memblock.c, v6.12.117:1840-1841; v5.10.223:1697-1698).
  memblockRemoveRange(mb.reserved, u64(base + size), PHYS_ADDR_MAX)
}

/**
 * Mirrors memblock_mem_limit_remove_map(): keep the first `limit` bytes of memory (arm64's
 * `mem=`), NOMAP regions above them included.
 * @kernel mm/memblock.c memblock_mem_limit_remove_map
 */
export function memblockMemLimitRemoveMap(mb: Memblock, limit: PhysSize): void {
  if (!limit) return
  const maxAddr = findMaxAddr(mb, limit)
  if (maxAddr === PHYS_ADDR_MAX) return
  memblockCapMemoryRange(mb, 0n, maxAddr)
}

/** Mirrors memblock_reserve() — mm/memblock.c (v6.12.117:911): no node (MAX_NUMNODES; NUMA_NO_NODE from 6.16), no flags. */
export function memblockReserve(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void {
  memblockAddRange(mb.reserved, base, size, mb.rsrvKern ? NUMA_NO_NODE : MAX_NUMNODES, MEMBLOCK_NONE, owner)
}

/**
 * Mirrors memblock_reserve_kern() — include/linux/memblock.h (v6.16.3:137; 6.16+: NUMA_NO_NODE, MEMBLOCK_RSRV_KERN), for the call
 * sites that were memblock_reserve() before it existed.
 */
export function memblockReserveKern(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void {
  memblockReserveAllocated(mb, base, size, NUMA_NO_NODE, owner)
}

/**
 * Mirrors memblock_alloc_range_nid() — mm/memblock.c (its reservation step; v6.12.117:1441).
 * The reservation memblock_alloc_range_nid() makes of what it found: __memblock_reserve()
 * with the requested node and MEMBLOCK_RSRV_KERN (6.16+), memblock_reserve() before. Exported
 * for code that places a run of allocations at once.
 */
export function memblockReserveAllocated(mb: Memblock, base: PhysAddr, size: PhysSize, nid: number, owner?: string): void {
  if (mb.rsrvKern) memblockAddRange(mb.reserved, base, size, nid, MEMBLOCK_RSRV_KERN, owner)
  else memblockAddRange(mb.reserved, base, size, MAX_NUMNODES, MEMBLOCK_NONE, owner)
}

/**
 * Mirrors memblock_set_node(): the regions of `type` in [base, base + size) get node `nid`
 * (split at the edges), then merge where they now can.
 * @kernel mm/memblock.c memblock_set_node (CONFIG_NUMA)
 */
export function memblockSetNode(type: MemblockType, base: PhysAddr, size: PhysSize, nid: number): void {
  const [s, e] = memblockIsolateRange(type, base, size)
  for (let i = s; i < e; i++) type.regions[i]!.nid = nid
  // It merges even when nothing was isolated: only a whole-array scan (up to 6.2) can then join anything.
  if (e > s || type.mergePending) memblockMergeRegions(type, s, e)
}

/**
 * Mirrors memblock_phys_free() — mm/memblock.c (v6.12.117:900; memblock_free() in 5.10).
 * `owner`, for reports only: the owner of exactly what is freed, which a region merged with
 * it (and cut by the free) then no longer names (the crash kernel's main region freed when
 * its low part fails; without it the memmap block beside it would still say "crashkernel").
 */
export function memblockPhysFree(mb: Memblock, base: PhysAddr, size: PhysSize, owner?: string): void {
  memblockRemoveRange(mb.reserved, base, size)
  if (owner === undefined) return
  for (const r of mb.reserved.regions) if (r.base + r.size === base || r.base === base + size) dropOwner(r, owner)
}

/** Engine helper (no kernel counterpart): `owner` taken out of a region's owners (report bookkeeping). */
function dropOwner(r: MemblockRegion, owner: string): void {
  const others = r.alsoOwners
  if (r.owner === owner) {
    r.owner = others?.[0]
    r.alsoOwners = others !== undefined && others.length > 1 ? others.slice(1) : undefined
  } else if (others?.includes(owner)) {
    const rest = others.filter((o) => o !== owner)
    r.alsoOwners = rest.length > 0 ? rest : undefined
  }
}

/** Mirrors memblock_setclr_flag() behind memblock_mark_nomap()/memblock_clear_nomap() and memblock_reserved_mark_noinit(). */
function memblockSetclrFlag(type: MemblockType, base: PhysAddr, size: PhysSize, set: boolean, flag: number): void {
  const [s, e] = memblockIsolateRange(type, base, size)
  for (let i = s; i < e; i++) {
    const r = type.regions[i]!
    r.flags = set ? r.flags | flag : r.flags & ~flag
  }
  // Only the isolated regions changed (and the splits are at their edges), so merging around
  // them is enough, but after memblock_cap_memory_range() up to 6.2 (memblockMergeRegions()).
  memblockMergeRegions(type, s, e)
}

/** Mirrors memblock_mark_nomap() — mm/memblock.c (v6.12.117:1023). */
export const memblockMarkNomap = (mb: Memblock, base: PhysAddr, size: PhysSize): void =>
  memblockSetclrFlag(mb.memory, base, size, true, MEMBLOCK_NOMAP)
/** Mirrors memblock_clear_nomap() — mm/memblock.c (v6.12.117:1035). */
export const memblockClearNomap = (mb: Memblock, base: PhysAddr, size: PhysSize): void =>
  memblockSetclrFlag(mb.memory, base, size, false, MEMBLOCK_NOMAP)
/** Mirrors memblock_reserved_mark_noinit() — mm/memblock.c (v6.17:1111-1115; 6.7+). */
export const memblockReservedMarkNoinit = (mb: Memblock, base: PhysAddr, size: PhysSize): void =>
  memblockSetclrFlag(mb.reserved, base, size, true, MEMBLOCK_RSRV_NOINIT)

/**
 * Mirrors memblock_phys_mem_size() — mm/memblock.c (v6.12.117:1731): memblock.memory.total_size
 * (NOMAP included): the regions' sum, and what memblock_trim_memory() cut off without
 * counting it (Memblock memoryTrimmedUncounted), in u64: total_size is a phys_addr_t
 * (include/linux/memblock.h, v6.12.117:82), so when regions added back over the trimmed
 * pages bring the sum to 2^64 or more, it wraps.
 */
export function memblockPhysMemSize(mb: Memblock): PhysSize {
  // A plain bigint sum: V8 adds sizes in int64 registers (see INT64_MAX) and boxes only the
  // total, which is cheaper than summing them as exact doubles (a Number() per region and
  // a BigInt() for the total).
  const regions = mb.memory.regions
  let total = mb.memoryTrimmedUncounted
  for (let i = 0; i < regions.length; i++) total += regions[i]!.size
  return u64(total)
}

/** Mirrors memblock_start_of_DRAM() — mm/memblock.c (v6.12.117:1759). */
export const memblockStartOfDram = (mb: Memblock): PhysAddr => mb.memory.regions[0]?.base ?? 0n

/** Mirrors memblock_end_of_DRAM() — mm/memblock.c (v6.12.117:1764). */
export function memblockEndOfDram(mb: Memblock): PhysAddr {
  const r = mb.memory.regions.at(-1)
  return r ? r.base + r.size : 0n
}

/** Mirrors memblock_search(): the index of the region holding `addr`, or -1. */
function memblockSearch(type: MemblockType, addr: PhysAddr): number {
  // The regions are sorted and disjoint: only the last one starting at or below `addr` can
  // hold it, so the bisection compares bases and computes one end.
  const lo = countStartingAtOrBelow(type.regions, addr)
  if (lo === 0) return -1
  const m = type.regions[lo - 1]!
  return addr < m.base + m.size ? lo - 1 : -1
}

/** Mirrors memblock_is_region_memory() — mm/memblock.c (v6.12.117:1923): the region holding `base` also holds the end. */
export function memblockIsRegionMemory(mb: Memblock, base: PhysAddr, size: PhysSize): boolean {
  const idx = memblockSearch(mb.memory, base)
  if (idx === -1) return false
  const end = base + memblockCapSize(base, size)
  const r = mb.memory.regions[idx]!
  return r.base + r.size >= end
}

/** Mirrors memblock_is_region_reserved() — mm/memblock.c (v6.12.117:1945): overlaps any reserved region. */
export function memblockIsRegionReserved(mb: Memblock, base: PhysAddr, size: PhysSize): boolean {
  return memblockOverlapsRegion(mb.reserved, base, size)
}

/** Mirrors memblock_overlaps_region() — mm/memblock.c (v6.12.117:187): [base, base + size) overlaps a region of `type`. */
export function memblockOverlapsRegion(type: MemblockType, base: PhysAddr, size: PhysSize): boolean {
  // The regions are sorted, so none past `end` can overlap.
  const end = base + memblockCapSize(base, size)
  const regions = type.regions
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!
    if (r.base >= end) break
    if (base < r.base + r.size) return true
  }
  return false
}

/**
 * Walks the free ranges (memory minus reserved, skipping NOMAP as should_skip_region() does
 * for a default-flags request) in ascending order, as for_each_free_mem_range() yields
 * them, from the first memory region ending above `from` (all of them when undefined);
 * stops when `visit(lo, hi)` returns true. With `empty`, also the empty ranges [x, x) that
 * __next_mem_range() yields for two touching reserved regions inside a memory region: for
 * the gap r_start == r_end == x with m_start < x < m_end, `r_end <= m_start` does not stop
 * the walk and `m_end > r_start` holds (mm/memblock.c v6.12.117:1264-1267; the forward
 * tests at 1163-1166 likewise); they exist once touching reserved regions differ in node or
 * flags (6.16+'s MEMBLOCK_RSRV_KERN allocations beside memblock_reserve() ones), and only a
 * size-0 search can tell them apart from no range.
 * @kernel mm/memblock.c __next_mem_range, should_skip_region
 */
function walkFreeRanges(mb: Memblock, from: PhysAddr | undefined, visit: (lo: PhysAddr, hi: PhysAddr) => boolean, empty = false): void {
  const mem = mb.memory.regions
  const res = mb.reserved.regions
  let ri = 0
  for (let mi = from === undefined ? 0 : firstEndingAbove(mem, from); mi < mem.length; mi++) {
    const m = mem[mi]!
    if (m.flags & MEMBLOCK_NOMAP) continue
    const mEnd = m.base + m.size
    let cur = m.base
    // Pass the reserved regions ending at or below cur: a prefix (see firstEndingAbove()).
    if (ri < res.length && res[ri]!.base <= cur) ri = firstEndingAbove(res, cur)
    for (let j = ri; cur < mEnd; j++) {
      const r = res[j]
      // The next free range is [cur, hi), up to the next reserved region or the region's end.
      const last = !r || r.base >= mEnd
      const hi = last ? mEnd : r.base
      if ((hi > cur || (empty && hi === cur && cur > m.base && !last)) && visit(cur, hi)) return
      if (last) break
      const rEnd = r.base + r.size
      if (rEnd > cur) cur = rEnd
    }
  }
}

/**
 * Mirrors for_each_free_mem_range() — include/linux/memblock.h (a macro; v6.12.117:333).
 * The free ranges in ascending order: for_each_free_mem_range() (walkFreeRanges()).
 */
export function freeMemRanges(mb: Memblock): Array<[PhysAddr, PhysAddr]> {
  const out: Array<[PhysAddr, PhysAddr]> = []
  walkFreeRanges(mb, undefined, (lo, hi) => {
    out.push([lo, hi])
    return false
  })
  return out
}

/**
 * Mirrors for_each_free_mem_range(i, nid, MEMBLOCK_NONE, …) — include/linux/memblock.h
 * (v6.17) — for one node: those of freeMemRanges() that lie in a memory region of node `nid`
 * (should_skip_region()'s node test; every node for NUMA_NO_NODE). A free range never spans
 * two memory regions, so one pass over both ascending lists tells each range's node. (Off the
 * hot path: the walk itself stays free of a node test.)
 */
export function freeMemRangesNid(mb: Memblock, nid: number): Array<[PhysAddr, PhysAddr]> {
  const all = freeMemRanges(mb)
  if (nid === NUMA_NO_NODE) return all
  const mem = mb.memory.regions
  const out: Array<[PhysAddr, PhysAddr]> = []
  let mi = 0
  for (const range of all) {
    while (mem[mi]!.base + mem[mi]!.size <= range[0]) mi++
    if (mem[mi]!.nid === nid) out.push(range)
  }
  return out
}

/**
 * Mirrors __memblock_find_range_top_down() — mm/memblock.c (v6.12.117:252): the highest aligned base in [start, end) whose
 * [base, base + size) fits in one free range; 0 when nothing fits.
 *
 * The free ranges are walked from the top as __next_mem_range_rev() yields them (memory
 * minus reserved, NOMAP skipped), without building them first: this is the engine's
 * hottest loop.
 */
export function memblockFindRangeTopDown(mb: Memblock, start: PhysAddr, end: PhysAddr, size: PhysSize, align: PhysSize): PhysAddr {
  // Size 0 fits even in an empty clamped range (a free range below `start` yields `start`
  // when aligned): the shortcuts below assume a positive size, so it takes the loop as written.
  if (size <= 0n) return findRangeTopDownEveryRange(mb, start, end, size, align)
  const mem = mb.memory.regions
  const res = mb.reserved.regions
  // ~(align - 1) is -align for every integer (~x = -x - 1): one bigint operation, not two,
  // written as a subtraction, which V8 does in int64 registers (a unary minus it does not).
  const mask = 0n - align
  // Every free range lies in a memory region, so below the end of the highest one: clamping
  // `end` to that changes none of the comparisons and clamps below (a range's lo and hi
  // never exceed it), and keeps MEMBLOCK_ALLOC_ANYWHERE (2^64 - 1) out of them (INT64_MAX).
  // (With `start` above the end of DRAM the clamp leaves end < start; the walk then returns
  // 0 at its first region, which ends at or below `start`, as it did without the clamp.)
  const top = mem.length - 1
  if (top < 0) return 0n
  const dramEnd = mem[top]!.base + mem[top]!.size
  if (end > dramEnd) end = dramEnd
  // A free range starting at or above `end` clamps to [end, end), where nothing of positive
  // size fits: the memory and reserved regions above `end` are passed over by comparing
  // their bases only (the walk over them would find nothing and compute their ends).
  let ri = res.length - 1
  for (let mi = mem.length - 1; mi >= 0; mi--) {
    const m = mem[mi]!
    if (m.flags & MEMBLOCK_NOMAP) continue
    const mBase = m.base
    if (mBase >= end) continue
    const mEnd = mBase + m.size
    if (mEnd <= start) return 0n
    // The reserved regions starting at or above the end of this memory region (a suffix of
    // what is left of the array) are found by bisection, not passed one by one.
    if (ri >= 0 && res[ri]!.base >= mEnd) ri = countStartingBelow(res, mEnd, ri) - 1
    let hi = mEnd
    let j = ri
    // Likewise the ones starting in [end, mEnd): the free ranges between them clamp to
    // [end, end); the walk starts below the lowest of them.
    if (j >= 0 && res[j]!.base >= end) {
      j = countStartingBelow(res, end, j) - 1
      hi = res[j + 1]!.base
      if (hi <= start) return 0n
    }
    for (;; j--) {
      // The free range below `hi` starts at the end of the reserved region j, or at the
      // memory region's base when that one ends at or below the base (or there is none).
      // Its length is compared before its start is made into a value of its own: most of
      // the ranges a walk passes are the gaps alignment left between earlier allocations,
      // which cannot hold `size` once clamped to the window either (clamping never
      // lengthens a range), and are rejected with no bigint allocated (V8 keeps a bigint
      // that only a comparison reads in a register). An empty or inverted range fails the
      // same test, the size being positive.
      const r = j >= 0 ? res[j] : undefined
      if (r === undefined || r.base + r.size <= mBase) {
        if (hi - mBase >= size) {
          const cand = topDownCandidate(mBase, hi, start, end, size, mask)
          if (cand !== NOT_FOUND) return cand
        }
        break
      }
      if (hi - r.base - r.size >= size) {
        const cand = topDownCandidate(r.base + r.size, hi, start, end, size, mask)
        if (cand !== NOT_FOUND) return cand
      }
      hi = r.base
      if (hi <= start) return 0n
    }
  }
  return 0n
}

/** No candidate in a free range (topDownCandidate()); never a base, which is at least 0. */
const NOT_FOUND = -1n

/**
 * One free range [lo, hi) of __memblock_find_range_top_down()'s walk: clamped to the window
 * [start, end), its highest aligned base that holds `size`, or NOT_FOUND.
 */
function topDownCandidate(lo: PhysAddr, hi: PhysAddr, start: PhysAddr, end: PhysAddr, size: PhysSize, mask: bigint): PhysAddr {
  const thisStart = lo < start ? start : lo > end ? end : lo
  const thisEnd = hi < start ? start : hi > end ? end : hi
  if (thisEnd < size) return NOT_FOUND
  const cand = (thisEnd - size) & mask
  return cand >= thisStart ? cand : NOT_FOUND
}

/**
 * __memblock_find_range_top_down() as written, over every free range from the top: the
 * size-0 case of memblockFindRangeTopDown(), which no shortcut of that walk holds for (a
 * range entirely below `start` clamps to [start, start), which holds 0 bytes at an aligned
 * `start`).
 */
function findRangeTopDownEveryRange(mb: Memblock, start: PhysAddr, end: PhysAddr, size: PhysSize, align: PhysSize): PhysAddr {
  // Every range __next_mem_range_rev() yields, the empty ones included (walkFreeRanges()):
  // an empty range above the window clamps to [end, end), where size 0 fits.
  const ranges: Array<[PhysAddr, PhysAddr]> = []
  walkFreeRanges(
    mb,
    undefined,
    (lo, hi) => {
      ranges.push([lo, hi])
      return false
    },
    true,
  )
  for (let i = ranges.length - 1; i >= 0; i--) {
    const [lo, hi] = ranges[i]!
    const thisStart = clamp(lo, start, end)
    const thisEnd = clamp(hi, start, end)
    if (thisEnd < size) continue
    const cand = (thisEnd - size) & (0n - align)
    if (cand >= thisStart) return cand
  }
  return 0n
}

/**
 * Mirrors __memblock_find_range_bottom_up() — mm/memblock.c (v6.12.117:217): the lowest aligned base in [start, end) whose
 * [base, base + size) fits in one free range; 0 when nothing fits.
 *
 * The free ranges are walked from the bottom as __next_mem_range() yields them (as
 * freeMemRanges() lists them), without building the list. For a window with
 * 0 ≤ start ≤ end, start < 2^63 and 0 < align ≤ 2^63 (every memblock_find_in_range_node()
 * call), a free range ending at or below `start` clamps to [start, start) and one starting
 * at or above `end` to [end, end); round_up(this_start) ≥ this_start there (no u64 wrap
 * below 2^63 for the first; a wrap to 0 for the second returns 0 like the end of the walk),
 * so neither yields a base: the walk starts at the first memory region ending above `start`
 * and stops at the first free range starting at or above `end`.
 */
export function memblockFindRangeBottomUp(mb: Memblock, start: PhysAddr, end: PhysAddr, size: PhysSize, align: PhysSize): PhysAddr {
  const windowed = start >= 0n && start <= end && start < HALF_RANGE && align > 0n && align <= HALF_RANGE
  let found = 0n
  walkFreeRanges(mb, windowed ? start : undefined, (lo, hi) => {
    if (windowed && lo >= end) return true
    const thisStart = clamp(lo, start, end)
    const thisEnd = clamp(hi, start, end)
    const cand = roundUp(thisStart, align)
    if (cand < thisEnd && thisEnd - cand >= size) {
      found = cand
      return true
    }
    return false
  })
  return found
}

/**
 * Engine helper (no kernel counterpart): memblock as a search for node `nid` sees it.
 * __next_mem_range() and __next_mem_range_rev() pass over every memory region of another
 * node when the search names a valid one (should_skip_region(): `numa_valid_node(nid) &&
 * nid != m_nid`, mm/memblock.c@v6.12.117:1069, @v7.2.13:1219): the memory regions of that
 * node, the reserved ones all. Returns `mb` itself when the search names no valid node
 * (NUMA_NO_NODE, or MAX_NUMNODES) or every region is on it. 5.10 and 6.1 test `nid !=
 * NUMA_NO_NODE` instead (v6.1.192:994), so a search for MAX_NUMNODES sees only memory with no
 * node there; their memblock_alloc_range_nid() then retries on NUMA_NO_NODE (v6.1.192:1396),
 * which this engine's does not (it follows 6.12's numa_valid_node() test): the two differ
 * only for a search naming MAX_NUMNODES while some memory has a node and some has none.
 */
function nodeView(mb: Memblock, nid: number): Memblock {
  if (!numaValidNode(nid)) return mb
  const regions = mb.memory.regions
  if (regions.every((r) => r.nid === nid)) return mb
  return { ...mb, memory: { name: 'memory', regions: regions.filter((r) => r.nid === nid), mergePending: false } }
}

/**
 * Mirrors memblock_find_in_range_node() — mm/memblock.c (v6.12.117:290). `nid` is the node
 * searched (NUMA_NO_NODE: any).
 */
export function memblockFindInRangeNode(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, nid = NUMA_NO_NODE): PhysAddr {
  mb = nodeView(mb, nid)
  // Pump up @end.
  if (end === MEMBLOCK_ALLOC_ACCESSIBLE || end === MEMBLOCK_ALLOC_NOLEAKTRACE) end = mb.currentLimit
  // Avoid allocating the first page.
  start = max(start, mb.pageSize)
  end = max(start, end)
  return mb.bottomUp
    ? memblockFindRangeBottomUp(mb, start, end, size, align)
    : memblockFindRangeTopDown(mb, start, end, size, align)
}

/**
 * Mirrors memblock_alloc_range_nid() — mm/memblock.c (v6.12.117:1441): find, then reserve. Returns 0 on failure.
 *
 * The search is for node `nid` first (its memory regions only), reserving with that node;
 * unless `exactNid`, a node search that finds nothing is retried over every node and reserves
 * with NUMA_NO_NODE. Before NUMA init no memory region has a valid node (MAX_NUMNODES), so a
 * node search finds nothing and the retry places it.
 */
export function memblockAllocRangeNid(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string, nid = NUMA_NO_NODE, exactNid = false): PhysAddr {
  if (align === 0n) align = SMP_CACHE_BYTES
  let found = memblockFindInRangeNode(mb, size, align, start, end, nid)
  if (found) {
    memblockReserveAllocated(mb, found, size, nid, owner)
    return found
  }
  if (numaValidNode(nid) && !exactNid) {
    found = memblockFindInRangeNode(mb, size, align, start, end)
    if (found) {
      memblockReserveAllocated(mb, found, size, NUMA_NO_NODE, owner)
      return found
    }
  }
  return 0n
}

/** Mirrors memblock_phys_alloc_range() — mm/memblock.c (v6.12.117:1527; NUMA_NO_NODE). */
export function memblockPhysAllocRange(mb: Memblock, size: PhysSize, align: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string): PhysAddr {
  return memblockAllocRangeNid(mb, size, align, start, end, owner)
}

/**
 * Mirrors memblock_alloc_internal() — mm/memblock.c (v6.12.117:1578) behind memblock_alloc_try_nid() and friends:
 * max_addr is capped by current_limit and a failed attempt with a lower bound is retried
 * without it. `nid` is the node asked for (NUMA_NO_NODE for memblock_alloc()).
 */
export function memblockAllocTryNid(mb: Memblock, size: PhysSize, align: PhysSize, minAddr: PhysAddr, maxAddr: PhysAddr, owner?: string, nid = NUMA_NO_NODE, exactNid = false): PhysAddr {
  if (maxAddr > mb.currentLimit) maxAddr = mb.currentLimit
  let alloc = memblockAllocRangeNid(mb, size, align, minAddr, maxAddr, owner, nid, exactNid)
  if (!alloc && minAddr) alloc = memblockAllocRangeNid(mb, size, align, 0n, maxAddr, owner, nid, exactNid)
  return alloc
}

/**
 * Mirrors memblock_alloc() — include/linux/memblock.h (v6.12.117:414).
 * memblock_alloc(size, align): anywhere accessible, top-down.
 */
export const memblockAlloc = (mb: Memblock, size: PhysSize, align: PhysSize, owner?: string): PhysAddr =>
  memblockAllocTryNid(mb, size, align, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, owner)

/**
 * Engine helper (no kernel counterpart): the base of the free range holding an address.
 * The base of the free range (freeMemRanges()) that holds the free address `addr`, or
 * undefined if none does: the free range is bounded below by its memory region and by the
 * end of the last reserved region under `addr` in it.
 */
export function freeRangeBase(mb: Memblock, addr: PhysAddr): PhysAddr | undefined {
  const mi = memblockSearch(mb.memory, addr)
  if (mi === -1) return undefined
  const m = mb.memory.regions[mi]!
  if (m.flags & MEMBLOCK_NOMAP) return undefined
  // Of the reserved regions starting at or below `addr` (sorted, disjoint), the last one
  // ends highest, and it is the only one that can hold `addr`.
  const res = mb.reserved.regions
  const lo = countStartingAtOrBelow(res, addr)
  if (lo === 0) return m.base
  const r = res[lo - 1]!
  const rEnd = r.base + r.size
  if (rEnd > addr) return undefined
  return rEnd > m.base ? rEnd : m.base
}

/**
 * Engine helper (no kernel counterpart): batches `count` single-page memblock_phys_alloc_range() calls.
 * `count` consecutive single-page allocations with one owner, such as arm64's
 * early_pgtable_alloc() and riscv's alloc_*_fixmap() make: the result of calling
 * memblockPhysAllocRange() `count` times, but one reservation per free range instead of a
 * loop (the common case: one merged run at the top of RAM).
 * @returns how many of the `count` found no room (0 when all were reserved)
 */
export function memblockAllocPages(mb: Memblock, count: number, pageSize: PhysSize, start: PhysAddr, end: PhysAddr, owner?: string, nid = NUMA_NO_NODE): number {
  // `left` is a number (a page count, exact below 2^53): a single page needs no bigint of it.
  let left = count
  // Each page is searched for on node `nid` first, then on any node (memblockAllocRangeNid()):
  // once the node has no room, the rest come from the retry.
  let view = nodeView(mb, nid)
  let reserveNid = nid
  while (left > 0) {
    let one = memblockFindInRangeNode(view, pageSize, pageSize, start, end)
    if (!one && view !== mb && numaValidNode(nid)) {
      view = mb
      reserveNid = NUMA_NO_NODE
      one = memblockFindInRangeNode(view, pageSize, pageSize, start, end)
    }
    if (!one) return left
    // How many more pages fit directly below `one` in the same free range? (For the last
    // page, none need to: it is `one` itself.)
    if (!mb.bottomUp && left > 1) {
      const freeBase = freeRangeBase(view, one)
      const floor = freeBase === undefined ? one : max(freeBase, max(start, mb.pageSize))
      const room = (one - roundUp(floor, pageSize)) / pageSize + 1n
      const want = BigInt(left)
      const take = room < want ? room : want
      memblockReserveAllocated(mb, one - (take - 1n) * pageSize, take * pageSize, reserveNid, owner)
      left -= Number(take)
    } else {
      memblockReserveAllocated(mb, one, pageSize, reserveNid, owner)
      left -= 1
    }
  }
  return 0
}
