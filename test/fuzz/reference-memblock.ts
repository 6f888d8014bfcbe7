// SPDX-License-Identifier: GPL-2.0-only
/**
 * An independent reference model of mm/memblock.c, written for the differential fuzzer
 * (test/fuzz/memblock.test.ts) straight from the kernel sources, without looking at
 * src/engine/memblock. It is deliberately literal: the kernel's index arithmetic, its
 * u64 wrap-around and its quirks are kept, so that a disagreement with the engine points
 * at one of the two, not at a paraphrase.
 *
 * Base text: /work/ksrc/linux-source-6.12/mm/memblock.c (cited as "6.12:LINE"); the
 * other generations differ only where a `Gen` switch says so:
 *   - 5.10/6.1: memblock_merge_regions() scans the whole array (5.10:502, 6.1:507);
 *     an emptied array keeps cnt == 1 with a zero-sized dummy (5.10:349, 6.1:354);
 *     MAX_NUMNODES as a node selector is turned into NUMA_NO_NODE with a WARN
 *     (5.10:1001,1097,1331; 6.1:1052,1148,1381) and the node test is
 *     `nid != NUMA_NO_NODE` (5.10:947, 6.1:994) instead of numa_valid_node() (6.12:1069).
 *   - 5.10: memblock_cap_memory_range() has no "No memory registered yet" check (5.10:1673;
 *     6.1:1726 has it); no MEMBLOCK_DRIVER_MANAGED skip in should_skip_region() (6.1:1011);
 *     memblock_mark_mirror() does not look at mirrored_kernelcore (5.10:905);
 *     memblock_add_node() takes no flags (5.10:671).
 *   - 7.2: memblock_reserve() is __memblock_reserve(base, size, NUMA_NO_NODE, 0)
 *     (7.2 include/linux/memblock.h:133), not MAX_NUMNODES (6.12:911); an allocation is
 *     reserved with the requested nid and MEMBLOCK_RSRV_KERN, the any-node retry with
 *     NUMA_NO_NODE and MEMBLOCK_RSRV_KERN (7.2:1562,1569); the overlap WARN in
 *     memblock_add_range() ignores MEMBLOCK_NONE (7.2:671); should_skip_region() also
 *     honours MEMBLOCK_KHO_SCRATCH (7.2:1243).
 *   - 6.1 only: memblock_add_range() inserts directly when cnt * 2 + 1 < max (6.1:609)
 *     instead of <= (6.12:623); that only decides when the array is doubled.
 *
 * Not modelled (throws RefUnmodelled): memblock_double_array() (6.12:410), i.e. an array
 * growing past INIT_MEMBLOCK_REGIONS (128, 6.12:25) regions; before memblock_allow_resize()
 * the kernel panics there (6.12:423), afterwards it allocates from memblock itself.
 * movable_node is taken as off (should_skip_region(), 6.12:1073), slab as not available.
 */

export type Gen = '5.10' | '6.1' | '6.12' | '7.2'

export const PHYS_ADDR_MAX = (1n << 64n) - 1n // include/linux/limits.h:11
const U64 = PHYS_ADDR_MAX
export const NUMA_NO_NODE = -1 // include/linux/numa.h
export const MEMBLOCK_ALLOC_ANYWHERE = PHYS_ADDR_MAX // include/linux/memblock.h:379
export const MEMBLOCK_ALLOC_ACCESSIBLE = 0n // include/linux/memblock.h:380
export const MEMBLOCK_ALLOC_NOLEAKTRACE = 1n // include/linux/memblock.h:381 (5.10: _KASAN)

// enum memblock_flags, 6.12 include/linux/memblock.h:46-52; 7.2 include/linux/memblock.h:62-63
export const MEMBLOCK_NONE = 0x0
export const MEMBLOCK_HOTPLUG = 0x1
export const MEMBLOCK_MIRROR = 0x2
export const MEMBLOCK_NOMAP = 0x4
export const MEMBLOCK_DRIVER_MANAGED = 0x8
export const MEMBLOCK_RSRV_NOINIT = 0x10
export const MEMBLOCK_RSRV_KERN = 0x20
export const MEMBLOCK_KHO_SCRATCH = 0x40

export class RefUnmodelled extends Error {}

export interface RefRegion {
  base: bigint
  size: bigint
  flags: number
  nid: number
}

export interface RefType {
  name: 'memory' | 'reserved'
  /** regions[0 .. cnt); for 5.10/6.1 an empty type holds one zero-sized dummy. */
  regions: RefRegion[]
  totalSize: bigint
  max: number
}

export interface RefOptions {
  gen: Gen
  /** MAX_NUMNODES = 1 << CONFIG_NODES_SHIFT (arm64 default 4 → 16, arch/arm64/Kconfig:1612). */
  maxNumnodes?: number
  /** PAGE_SIZE: memblock_find_in_range_node() never returns the first page (6.12:301). */
  pageSize?: bigint
  /** SMP_CACHE_BYTES = L1_CACHE_BYTES = 64 on arm64 (arch/arm64/include/asm/cache.h:8-9). */
  smpCacheBytes?: bigint
  /** mirrored_kernelcore (kernelcore=mirror); 5.10 ignores it in memblock_mark_mirror(). */
  mirroredKernelcore?: boolean
  /** INIT_MEMBLOCK_REGIONS (6.12:25). */
  initRegions?: number
}

const u64 = (x: bigint): bigint => x & U64
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b)
// include/linux/math.h:25,35 — bit tricks, so a non-power-of-two align behaves as in C
const roundUp = (x: bigint, y: bigint): bigint => u64((u64(x - 1n) | u64(y - 1n)) + 1n)
const roundDown = (x: bigint, y: bigint): bigint => x & u64(~u64(y - 1n))
const clamp = (v: bigint, lo: bigint, hi: bigint): bigint => min(max(v, lo), hi)

/** "%pap": 0x followed by 16 hex digits for a 64-bit phys_addr_t. */
export const pap = (x: bigint): string => `0x${x.toString(16).padStart(16, '0')}`

export class RefMemblock {
  readonly gen: Gen
  readonly maxNumnodes: number
  readonly pageSize: bigint
  readonly smpCacheBytes: bigint
  readonly mirroredKernelcore: boolean
  memory: RefType
  reserved: RefType
  bottomUp = false // 6.12:124
  currentLimit = MEMBLOCK_ALLOC_ANYWHERE // 6.12:125
  systemHasSomeMirror = false // 6.12:156
  /** pr_warn()/WARN() lines, in order. Not compared with the engine. */
  log: string[] = []

  constructor(opts: RefOptions) {
    this.gen = opts.gen
    this.maxNumnodes = opts.maxNumnodes ?? 16
    this.pageSize = opts.pageSize ?? 4096n
    this.smpCacheBytes = opts.smpCacheBytes ?? 64n
    this.mirroredKernelcore = opts.mirroredKernelcore ?? false
    const n = opts.initRegions ?? 128
    this.memory = this.emptyType('memory', n)
    this.reserved = this.emptyType('reserved', n)
  }

  private get legacy(): boolean {
    return this.gen === '5.10' || this.gen === '6.1'
  }

  private emptyType(name: 'memory' | 'reserved', n: number): RefType {
    // 5.10/6.1 start with `.cnt = 1 /* empty dummy entry */` (static storage: nid 0)
    const regions = this.legacy ? [{ base: 0n, size: 0n, flags: 0, nid: 0 }] : []
    return { name, regions, totalSize: 0n, max: n }
  }

  /** The regions a reader sees: the 5.10/6.1 dummy entry of an empty type left out. */
  view(type: RefType): RefRegion[] {
    if (type.regions.length === 1 && type.regions[0]!.size === 0n) return []
    return type.regions.map((r) => ({ ...r }))
  }

  // ---- node helpers ----------------------------------------------------------------

  /** numa_valid_node() (include/linux/numa.h:10) for 6.12+, `nid != NUMA_NO_NODE` before. */
  private nodeSelects(nid: number): boolean {
    if (this.legacy) return nid !== NUMA_NO_NODE
    return nid >= 0 && nid < this.maxNumnodes
  }

  /** 5.10/6.1 turn MAX_NUMNODES into NUMA_NO_NODE with a WARN_ONCE (6.1:1052,1148,1381). */
  private legacyNid(nid: number): number {
    if (this.legacy && nid === this.maxNumnodes) {
      this.log.push('Usage of MAX_NUMNODES is deprecated. Use NUMA_NO_NODE instead')
      return NUMA_NO_NODE
    }
    return nid
  }

  // ---- 6.12:172 memblock_cap_size --------------------------------------------------
  capSize(base: bigint, size: bigint): bigint {
    return min(size, PHYS_ADDR_MAX - base)
  }

  // ---- 6.12:346 memblock_remove_region ---------------------------------------------
  private removeRegion(type: RefType, r: number): void {
    type.totalSize -= type.regions[r]!.size
    type.regions.splice(r, 1)
    if (type.regions.length === 0 && this.legacy) {
      // 5.10:349 — cnt never drops below 1: a zeroed dummy with nid MAX_NUMNODES
      type.regions.push({ base: 0n, size: 0n, flags: 0, nid: this.maxNumnodes })
    }
  }

  // ---- 6.12:557 memblock_insert_region ---------------------------------------------
  private insertRegion(type: RefType, idx: number, base: bigint, size: bigint, nid: number, flags: number): void {
    if (type.regions.length >= type.max) throw new RefUnmodelled(`${type.name}: BUG_ON(cnt >= max)`)
    type.regions.splice(idx, 0, { base, size, flags, nid })
    type.totalSize += size
  }

  // ---- 6.12:516 memblock_merge_regions (window) / 5.10:502 (whole array) ------------
  private mergeRegions(type: RefType, startRgn: number, endRgn: number): void {
    const R = type.regions
    let i = 0
    let end: number
    if (this.legacy) {
      end = Number.POSITIVE_INFINITY // `while (i < type->cnt - 1)`
    } else {
      if (startRgn) i = startRgn - 1
      end = Math.min(endRgn, R.length - 1)
    }
    while (i < Math.min(end, R.length - 1)) {
      const a = R[i]!
      const b = R[i + 1]!
      if (a.base + a.size !== b.base || a.nid !== b.nid || a.flags !== b.flags) {
        if (a.base + a.size > b.base) throw new Error(`BUG_ON: ${type.name}[${i}] overlaps [${i + 1}]`)
        i++
        continue
      }
      a.size += b.size
      R.splice(i + 1, 1)
      end--
    }
  }

  // ---- 6.12:591 memblock_add_range -------------------------------------------------
  addRange(type: RefType, base: bigint, size: bigint, nid: number, flags: number): number {
    const obase = base
    size = this.capSize(base, size)
    const end = base + size
    if (!size) return 0
    const R = type.regions
    // special case for empty array (6.12:604)
    if (R.length === 0 || R[0]!.size === 0n) {
      type.regions = [{ base, size, flags, nid }]
      type.totalSize = size
      return 0
    }
    // First pass (6.12:626): count; the kernel skips it while cnt * 2 + 1 <= max, which
    // changes nothing but when memblock_double_array() runs — and that is not modelled.
    let nrNew = 0
    for (const r of R) {
      if (r.base >= end) break
      if (r.base + r.size <= base) continue
      if (r.base > base) nrNew++
      base = min(r.base + r.size, end)
    }
    if (base < end) nrNew++
    if (!nrNew) return 0
    if (R.length + nrNew > type.max) throw new RefUnmodelled(`${type.name}: memblock_double_array()`)

    base = obase
    let startRgn = -1
    let endRgn = 0
    let idx = 0
    for (; idx < type.regions.length; idx++) {
      const rgn = type.regions[idx]!
      const rbase = rgn.base
      const rend = rbase + rgn.size
      if (rbase >= end) break
      if (rend <= base) continue
      if (rbase > base) {
        // 6.12:647-651 WARN_ONs; 7.2:671 lets MEMBLOCK_NONE through
        if (nid !== rgn.nid) this.log.push(`WARN: memblock_add_range nid ${nid} != ${rgn.nid}`)
        if (flags !== rgn.flags && !(this.gen === '7.2' && flags === MEMBLOCK_NONE))
          this.log.push(`WARN: memblock_add_range flags ${flags} != ${rgn.flags}`)
        if (startRgn === -1) startRgn = idx
        endRgn = idx + 1
        this.insertRegion(type, idx++, base, rbase - base, nid, flags)
      }
      base = min(rend, end)
    }
    if (base < end) {
      if (startRgn === -1) startRgn = idx
      endRgn = idx + 1
      this.insertRegion(type, idx, base, end - base, nid, flags)
    }
    this.mergeRegions(type, startRgn, endRgn)
    return 0
  }

  // ---- 6.12:793 memblock_isolate_range ---------------------------------------------
  isolateRange(type: RefType, base: bigint, size: bigint): { startRgn: number; endRgn: number } {
    size = this.capSize(base, size)
    const end = base + size
    let startRgn = 0
    let endRgn = 0
    if (!size) return { startRgn, endRgn }
    if (type.regions.length + 2 > type.max) throw new RefUnmodelled(`${type.name}: memblock_double_array()`)
    for (let idx = 0; idx < type.regions.length; idx++) {
      const rgn = type.regions[idx]!
      const rbase = rgn.base
      const rend = rbase + rgn.size
      if (rbase >= end) break
      if (rend <= base) continue
      if (rbase < base) {
        // intersects from below: keep the top half in rgn, insert the bottom before it
        rgn.base = base
        rgn.size -= base - rbase
        type.totalSize -= base - rbase
        this.insertRegion(type, idx, rbase, base - rbase, rgn.nid, rgn.flags)
      } else if (rend > end) {
        // intersects from above: keep the top in rgn, insert the bottom and redo it
        rgn.base = end
        rgn.size -= end - rbase
        type.totalSize -= end - rbase
        this.insertRegion(type, idx--, rbase, end - rbase, rgn.nid, rgn.flags)
      } else {
        if (!endRgn) startRgn = idx
        endRgn = idx + 1
      }
    }
    return { startRgn, endRgn }
  }

  // ---- 6.12:853 memblock_remove_range ----------------------------------------------
  removeRange(type: RefType, base: bigint, size: bigint): number {
    const { startRgn, endRgn } = this.isolateRange(type, base, size)
    for (let i = endRgn - 1; i >= startRgn; i--) this.removeRegion(type, i)
    return 0
  }

  // ---- public entry points ----------------------------------------------------------
  /** 6.12:732 memblock_add: nid MAX_NUMNODES, flags 0. */
  add(base: bigint, size: bigint): number {
    return this.addRange(this.memory, base, size, this.maxNumnodes, 0)
  }

  /** 6.12:710 memblock_add_node (5.10:671 has no flags: always 0). */
  addNode(base: bigint, size: bigint, nid: number, flags: number): number {
    return this.addRange(this.memory, base, size, nid, this.gen === '5.10' ? 0 : flags)
  }

  /** 6.12:868 memblock_remove. */
  remove(base: bigint, size: bigint): number {
    return this.removeRange(this.memory, base, size)
  }

  /** 6.12:900 memblock_phys_free (5.10: memblock_free(phys_addr_t, ...)). */
  physFree(base: bigint, size: bigint): number {
    return this.removeRange(this.reserved, base, size)
  }

  /** 6.12:911 memblock_reserve: nid MAX_NUMNODES; 7.2: NUMA_NO_NODE (7.2 memblock.h:133). */
  reserve(base: bigint, size: bigint): number {
    return this.addRange(this.reserved, base, size, this.gen === '7.2' ? NUMA_NO_NODE : this.maxNumnodes, 0)
  }

  // ---- 6.12:945 memblock_setclr_flag -----------------------------------------------
  setclrFlag(type: RefType, base: bigint, size: bigint, set: boolean, flag: number): number {
    const { startRgn, endRgn } = this.isolateRange(type, base, size)
    for (let i = startRgn; i < endRgn; i++) {
      const r = type.regions[i]!
      r.flags = set ? r.flags | flag : r.flags & ~flag
    }
    this.mergeRegions(type, startRgn, endRgn)
    return 0
  }

  markNomap(base: bigint, size: bigint): number {
    return this.setclrFlag(this.memory, base, size, true, MEMBLOCK_NOMAP) // 6.12:1023
  }

  clearNomap(base: bigint, size: bigint): number {
    return this.setclrFlag(this.memory, base, size, false, MEMBLOCK_NOMAP) // 6.12:1035
  }

  markHotplug(base: bigint, size: bigint): number {
    return this.setclrFlag(this.memory, base, size, true, MEMBLOCK_HOTPLUG) // 6.12:974
  }

  /** 6.12:998 memblock_mark_mirror: a no-op without kernelcore=mirror (not in 5.10:905). */
  markMirror(base: bigint, size: bigint): number {
    if (this.gen !== '5.10' && !this.mirroredKernelcore) return 0
    this.systemHasSomeMirror = true
    return this.setclrFlag(this.memory, base, size, true, MEMBLOCK_MIRROR)
  }

  // ---- 6.12:1333 memblock_set_node (CONFIG_NUMA) -------------------------------------
  setNode(base: bigint, size: bigint, type: RefType, nid: number): number {
    const { startRgn, endRgn } = this.isolateRange(type, base, size)
    for (let i = startRgn; i < endRgn; i++) type.regions[i]!.nid = nid
    this.mergeRegions(type, startRgn, endRgn)
    return 0
  }

  // ---- 6.12:1058 should_skip_region ------------------------------------------------
  private shouldSkipRegion(type: RefType, m: RefRegion, nid: number, flags: number): boolean {
    if (type !== this.memory) return false
    if (this.nodeSelects(nid) && nid !== m.nid) return true
    // movable_node_is_enabled() is false: the HOTPLUG test never fires
    if (flags & MEMBLOCK_MIRROR && !(m.flags & MEMBLOCK_MIRROR)) return true
    if (!(flags & MEMBLOCK_NOMAP) && m.flags & MEMBLOCK_NOMAP) return true
    if (this.gen !== '5.10' && !(flags & MEMBLOCK_DRIVER_MANAGED) && m.flags & MEMBLOCK_DRIVER_MANAGED) return true
    if (this.gen === '7.2' && flags & MEMBLOCK_KHO_SCRATCH && !(m.flags & MEMBLOCK_KHO_SCRATCH)) return true
    return false
  }

  /**
   * 6.12:1118 __next_mem_range with type_b, as for_each_free_mem_range() uses it: the
   * same two lock-stepped indices (a over type_a, b over the gaps before each type_b
   * region), yielding [start, end, nid] — empty gaps between touching type_b regions
   * included, as in C.
   */
  *freeRanges(nid: number, flags: number, typeA: RefType, typeB: RefType): Generator<[bigint, bigint, number]> {
    nid = this.legacyNid(nid)
    const A = typeA.regions
    const B = typeB.regions
    let a = 0
    let b = 0
    outer: while (true) {
      for (; a < A.length; a++) {
        const m = A[a]!
        const mStart = m.base
        const mEnd = m.base + m.size
        if (this.shouldSkipRegion(typeA, m, nid, flags)) continue
        for (; b < B.length + 1; b++) {
          const rStart = b ? B[b - 1]!.base + B[b - 1]!.size : 0n
          const rEnd = b < B.length ? B[b]!.base : PHYS_ADDR_MAX
          if (rStart >= mEnd) break
          if (mStart < rEnd) {
            const out: [bigint, bigint, number] = [max(mStart, rStart), min(mEnd, rEnd), m.nid]
            if (mEnd <= rEnd) a++
            else b++
            yield out
            continue outer
          }
        }
      }
      return
    }
  }

  /** 6.12:1209 __next_mem_range_rev, as for_each_free_mem_range_reverse() uses it. */
  *freeRangesRev(nid: number, flags: number, typeA: RefType, typeB: RefType): Generator<[bigint, bigint, number]> {
    nid = this.legacyNid(nid)
    const A = typeA.regions
    const B = typeB.regions
    let a = A.length - 1
    let b = B.length
    outer: while (true) {
      for (; a >= 0; a--) {
        const m = A[a]!
        const mStart = m.base
        const mEnd = m.base + m.size
        if (this.shouldSkipRegion(typeA, m, nid, flags)) continue
        for (; b >= 0; b--) {
          const rStart = b ? B[b - 1]!.base + B[b - 1]!.size : 0n
          const rEnd = b < B.length ? B[b]!.base : PHYS_ADDR_MAX
          if (rEnd <= mStart) break
          if (mEnd > rStart) {
            const out: [bigint, bigint, number] = [max(mStart, rStart), min(mEnd, rEnd), m.nid]
            if (mStart >= rStart) a--
            else b--
            yield out
            continue outer
          }
        }
      }
      return
    }
  }

  // ---- 6.12:216 __memblock_find_range_bottom_up ------------------------------------
  private findRangeBottomUp(start: bigint, end: bigint, size: bigint, align: bigint, nid: number, flags: number): bigint {
    for (let [ts, te] of this.freeRanges(nid, flags, this.memory, this.reserved)) {
      ts = clamp(ts, start, end)
      te = clamp(te, start, end)
      const cand = roundUp(ts, align) // may wrap to 0: then 0 (= failure) is returned
      if (cand < te && te - cand >= size) return cand
    }
    return 0n
  }

  // ---- 6.12:251 __memblock_find_range_top_down -------------------------------------
  private findRangeTopDown(start: bigint, end: bigint, size: bigint, align: bigint, nid: number, flags: number): bigint {
    for (let [ts, te] of this.freeRangesRev(nid, flags, this.memory, this.reserved)) {
      ts = clamp(ts, start, end)
      te = clamp(te, start, end)
      if (te < size) continue
      const cand = roundDown(te - size, align)
      if (cand >= ts) return cand
    }
    return 0n
  }

  // ---- 6.12:290 memblock_find_in_range_node ----------------------------------------
  findInRangeNode(size: bigint, align: bigint, start: bigint, end: bigint, nid: number, flags: number): bigint {
    if (end === MEMBLOCK_ALLOC_ACCESSIBLE || end === MEMBLOCK_ALLOC_NOLEAKTRACE) end = this.currentLimit
    start = max(start, this.pageSize)
    end = max(start, end)
    return this.bottomUp
      ? this.findRangeBottomUp(start, end, size, align, nid, flags)
      : this.findRangeTopDown(start, end, size, align, nid, flags)
  }

  /** The reservation an allocation makes: memblock_reserve() until 6.12, 7.2:1562/1569 after. */
  private allocReserve(found: bigint, size: bigint, nid: number): number {
    if (this.gen === '7.2') return this.addRange(this.reserved, found, size, nid, MEMBLOCK_RSRV_KERN)
    return this.reserve(found, size)
  }

  // ---- 6.12:1441 memblock_alloc_range_nid ------------------------------------------
  allocRangeNid(size: bigint, align: bigint, start: bigint, end: bigint, nid: number, exactNid: boolean): bigint {
    let flags = this.systemHasSomeMirror ? MEMBLOCK_MIRROR : MEMBLOCK_NONE // choose_memblock_flags()
    nid = this.legacyNid(nid)
    if (!align) {
      this.log.push('dump_stack: memblock_alloc_range_nid with align 0')
      align = this.smpCacheBytes
    }
    for (;;) {
      let found = this.findInRangeNode(size, align, start, end, nid, flags)
      if (found && !this.allocReserve(found, size, nid)) return found
      if (this.nodeSelects(nid) && !exactNid) {
        found = this.findInRangeNode(size, align, start, end, NUMA_NO_NODE, flags)
        if (found && !this.allocReserve(found, size, NUMA_NO_NODE)) return found
      }
      if (flags & MEMBLOCK_MIRROR) {
        flags &= ~MEMBLOCK_MIRROR
        this.log.push(`Could not allocate ${pap(size)} bytes of mirrored memory`)
        continue
      }
      return 0n
    }
  }

  /** 6.12:1527 memblock_phys_alloc_range. */
  physAllocRange(size: bigint, align: bigint, start: bigint, end: bigint): bigint {
    return this.allocRangeNid(size, align, start, end, NUMA_NO_NODE, false)
  }

  /** 6.12:1552 memblock_phys_alloc_try_nid. */
  physAllocTryNid(size: bigint, align: bigint, nid: number): bigint {
    return this.allocRangeNid(size, align, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, nid, false)
  }

  /** 6.12:1578 memblock_alloc_internal; returns the physical address or null. */
  allocInternal(size: bigint, align: bigint, minAddr: bigint, maxAddr: bigint, nid: number, exactNid: boolean): bigint | null {
    if (maxAddr > this.currentLimit) maxAddr = this.currentLimit
    let alloc = this.allocRangeNid(size, align, minAddr, maxAddr, nid, exactNid)
    if (!alloc && minAddr) alloc = this.allocRangeNid(size, align, 0n, maxAddr, nid, exactNid)
    return alloc ? alloc : null
  }

  /** 6.12:1683 memblock_alloc_try_nid (physical address instead of a pointer). */
  allocTryNid(size: bigint, align: bigint, minAddr: bigint, maxAddr: bigint, nid: number): bigint | null {
    return this.allocInternal(size, align, minAddr, maxAddr, nid, false)
  }

  // ---- sizes and queries -------------------------------------------------------------
  physMemSize(): bigint {
    return this.memory.totalSize // 6.12:1731
  }

  reservedSize(): bigint {
    return this.reserved.totalSize // 6.12:1736
  }

  /** 6.12:1764; with cnt == 0 (6.12+) the kernel reads regions[-1]: null here. */
  endOfDRAM(): bigint | null {
    const R = this.memory.regions
    if (R.length === 0) return null
    const r = R[R.length - 1]!
    return r.base + r.size
  }

  /** 6.12:1759 memblock_start_of_DRAM: regions[0].base (0 for an empty, zeroed array). */
  startOfDRAM(): bigint {
    return this.memory.regions[0]?.base ?? 0n
  }

  // 6.12:1771 __find_max_addr
  private findMaxAddr(limit: bigint): bigint {
    let maxAddr = PHYS_ADDR_MAX
    for (const r of this.memory.regions) {
      if (limit <= r.size) {
        maxAddr = r.base + limit
        break
      }
      limit -= r.size
    }
    return maxAddr
  }

  /** 6.12:1792 memblock_enforce_memory_limit. */
  enforceMemoryLimit(limit: bigint): void {
    if (!limit) return
    const maxAddr = this.findMaxAddr(limit)
    if (maxAddr === PHYS_ADDR_MAX) return
    this.removeRange(this.memory, maxAddr, PHYS_ADDR_MAX)
    this.removeRange(this.reserved, maxAddr, PHYS_ADDR_MAX)
  }

  /** 6.12:1812 memblock_cap_memory_range. */
  capMemoryRange(base: bigint, size: bigint): void {
    if (!size) return
    if (this.gen !== '5.10' && !this.memory.totalSize) {
      this.log.push('memblock_cap_memory_range: No memory registered yet')
      return
    }
    const { startRgn, endRgn } = this.isolateRange(this.memory, base, size)
    for (let i = this.memory.regions.length - 1; i >= endRgn; i--)
      if (!(this.memory.regions[i]!.flags & MEMBLOCK_NOMAP)) this.removeRegion(this.memory, i)
    for (let i = startRgn - 1; i >= 0; i--) if (!(this.memory.regions[i]!.flags & MEMBLOCK_NOMAP)) this.removeRegion(this.memory, i)
    this.removeRange(this.reserved, 0n, base)
    this.removeRange(this.reserved, u64(base + size), PHYS_ADDR_MAX) // base + size wraps in C
  }

  /** 6.12:1845 memblock_mem_limit_remove_map. */
  memLimitRemoveMap(limit: bigint): void {
    if (!limit) return
    const maxAddr = this.findMaxAddr(limit)
    if (maxAddr === PHYS_ADDR_MAX) return
    this.capMemoryRange(0n, maxAddr)
  }

  // 6.12:1861 memblock_search (binary search; an empty array finds nothing)
  private search(type: RefType, addr: bigint): number {
    let left = 0
    let right = type.regions.length
    if (right === 0) return -1 // 6.12 reads the zeroed regions[0]: base 0 size 0, never a hit
    do {
      const mid = Math.floor((right + left) / 2)
      const r = type.regions[mid]!
      if (addr < r.base) right = mid
      else if (addr >= r.base + r.size) left = mid + 1
      else return mid
    } while (left < right)
    return -1
  }

  isMemory(addr: bigint): boolean {
    return this.search(this.memory, addr) !== -1 // 6.12:1884
  }

  isReserved(addr: bigint): boolean {
    return this.search(this.reserved, addr) !== -1 // 6.12:1879
  }

  isMapMemory(addr: bigint): boolean {
    const i = this.search(this.memory, addr) // 6.12:1889
    return i !== -1 && !(this.memory.regions[i]!.flags & MEMBLOCK_NOMAP)
  }

  /** 6.12:1923 memblock_is_region_memory: [base, base+size) inside ONE memory region. */
  isRegionMemory(base: bigint, size: bigint): boolean {
    const idx = this.search(this.memory, base)
    const end = base + this.capSize(base, size)
    if (idx === -1) return false
    const r = this.memory.regions[idx]!
    return r.base + r.size >= end
  }

  /** 6.12:187 memblock_overlaps_region via 6.12:1945 memblock_is_region_reserved. */
  isRegionReserved(base: bigint, size: bigint): boolean {
    size = this.capSize(base, size)
    // memblock_addrs_overlap (6.12:181): a zero size still "overlaps" from inside
    return this.reserved.regions.some((r) => base < r.base + r.size && r.base < base + size)
  }

  setCurrentLimit(limit: bigint): void {
    this.currentLimit = limit // 6.12:1975
  }

  setBottomUp(enable: boolean): void {
    this.bottomUp = enable // include/linux/memblock.h memblock_set_bottom_up
  }
}
