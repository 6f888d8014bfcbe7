// SPDX-License-Identifier: GPL-2.0-only
/**
 * A second, independent model of the x86_64 direct map as init_mem_mapping() builds it,
 * written from the kernel sources alone (not from src/engine/x86/), for the differential fuzz
 * in x86-direct-map-diff.test.ts. Line numbers are linux-source-6.12 unless said otherwise.
 *
 * What it models (arch/x86/mm/init.c, arch/x86/mm/init_64.c, mm/memblock.c):
 *   - init_mem_mapping() (init.c:761): the ISA range [0, 1M) first (init.c:779), then
 *     memory_map_top_down(ISA_END_ADDRESS, max_pfn << 12) (init.c:630), or, when memblock
 *     allocates bottom-up (`bottomUp`: movable_node, linux-source-6.12
 *     arch/x86/kernel/setup.c:886 memblock_set_bottom_up(true)), memory_map_bottom_up()
 *     (init.c:700) twice: [kernel_end, end), then [ISA_END_ADDRESS, kernel_end), kernel_end =
 *     __pa_symbol(_end) (`kernelEnd`; init.c:785-796; 5.10: init.c:767-778, 7.2: init.c:782-793).
 *   - memory_map_bottom_up(): min_pfn_mapped = map_start (init.c:709), max_pfn_mapped *not*
 *     reset (only memory_map_top_down() zeroes it, init.c:658), so the first call starts with
 *     the ISA mapping's 1 MiB and can take no memblock page until a chunk above kernel_end is
 *     mapped, and the second call may take any free page from 1 MiB up to the top mapped so
 *     far; chunks end at round_up(start + 1, step) (init.c:718-723; step 0 after overflow maps
 *     the rest at once), step 2M, << 8 once as much RAM as the step is mapped (init.c:729), per
 *     call. No 2 MiB probe. Identical in 5.10 (init.c:687), 6.12 and 7.2 (init.c:697).
 *   - memory_map_top_down(): the first 2 MiB block found top-down (6.1+: allocated and freed,
 *     init.c:644; 5.10: memblock_find_in_range(), 0 on failure so real_end = 2 MiB,
 *     linux-source-5.10 arch/x86/mm/init.c:235), the step sizes (2M, then << 8 once as much RAM
 *     as the step is mapped: get_new_step_size(), init.c:601) and the [real_end, end) rest.
 *   - init_range_memory_mapping() (init.c:573): memblock.memory by PFN (PFN_UP/PFN_DOWN of
 *     for_each_mem_pfn_range), clamped to the chunk; can_use_brk_pgt off while the range
 *     overlaps the still-free brk buffer [pgt_buf_end, pgt_buf_top).
 *   - split_mem_range() (init.c:404): 4K head to 2M, 2M to 1G, 1G body, 2M tail, 4K tail;
 *     adjust_range_page_size_mask() (init.c:349) with memblock_is_region_memory()
 *     (mm/memblock.c: base's region must hold the whole range); the merge of neighbours.
 *   - kernel_physical_mapping_init() → phys_pud_init/phys_pmd_init/phys_pte_init
 *     (init_64.c:614, :528, :472), 4-level paging (P4D folded, init_64.c:707), PAGE_OFFSET
 *     512 GiB aligned (nokaslr): an entry already present is re-used and *counted again*
 *     (pages++ at init_64.c:491, :563, :650); a leaf where the mask does not allow that size is
 *     replaced by a new table (the old leaf's count is not taken back).
 *   - alloc_low_pages() (init.c:125): brk pgt_buf first, else memblock_phys_alloc_range() in
 *     [min_pfn_mapped, max_pfn_mapped) (init.c:141; 5.10: memblock_find_in_range() and
 *     memblock_reserve(), init.c:143-149), top-down, or bottom-up when memblock is: the lowest
 *     free page, __memblock_find_range_bottom_up() (mm/memblock.c:217; 5.10: :210, 7.2: :236)
 *     from memblock_find_in_range_node() (mm/memblock.c:290; 5.10: :283, 7.2: :309), which
 *     only lifts start to PAGE_SIZE (:301): no kernel_end floor and no top-down retry in any
 *     of the three (older kernels had both). Else the boot ends: panic(), or extend_brk()
 *     where the brk may be used, which BUG()s (setup.c:200) since reserve_brk() has set
 *     _brk_start to 0 (setup.c:228) before init_mem_mapping().
 *   - update_page_count() per level; DirectMap{4k,2M,1G} = count << {2,11,20} kB.
 *
 * Not modelled (and why that is safe for what is compared):
 *   - the clearing of entries past paddr_end that are not e820 RAM/RESERVED_KERN/ACPI
 *     (init_64.c:485, :541, :627): an entry this walk mapped always covers memblock memory,
 *     which is e820 RAM, so it is never cleared; clearing touches only pre-existing entries.
 *   - the direct map starts empty: head_64.S's static init_top_pgt has an identity slot for
 *     Xen PV/PVH (linux-source-6.12 arch/x86/kernel/head_64.S:611-636), but a native boot
 *     clears it in x86_64_start_kernel() (arch/x86/kernel/head64.c:452 clear_page()) and only
 *     copies back the kernel's slot 511 (:486).
 *   - optional `fiveLevel`: with 5-level paging (CONFIG_X86_5LEVEL on 6.1/6.12, always on 7.2,
 *     and a CPU with LA57) the PGD slot is 256 TiB and __kernel_physical_mapping_init()
 *     allocates a P4D page for it (init_64.c:780) before phys_p4d_init() allocates the PUD
 *     page of each 512 GiB (init_64.c:739); 4-level folds the P4D (init_64.c:707).
 */

export const SZ_4K = 0x1000n
export const SZ_1M = 0x100000n
export const SZ_2M = 0x200000n
export const SZ_1G = 0x40000000n
const PGDIR = 1n << 39n

export type Range = readonly [bigint, bigint]

export interface RefInput {
  /** memblock.memory: [base, end) ranges, any order; adjacent ones merge as memblock_add does. */
  memory: Range[]
  /** memblock.reserved before init_mem_mapping(). */
  reserved: Range[]
  /** max_pfn << PAGE_SHIFT. */
  end: bigint
  pgtBuf: { base: bigint; pages: number }
  use2M: boolean
  use1G: boolean
  probe: 'find' | 'alloc-free-unchecked' | 'alloc-free'
  /** 5-level paging: one P4D page per 256 TiB PGD slot above the PUD pages. */
  fiveLevel?: boolean | undefined
  /** memblock allocates bottom-up (memblock_bottom_up(): movable_node): memory_map_bottom_up(). */
  bottomUp?: boolean
  /** __pa_symbol(_end), the image's end: where the bottom-up mapping starts. Needed with bottomUp. */
  kernelEnd?: bigint | undefined
}

export interface RefResult {
  count4K: number
  count2M: number
  count1G: number
  /** Page-table pages allocated, by the level of table they become. */
  p4dPages: number
  pudPages: number
  pmdPages: number
  ptePages: number
  brkPages: number
  memblockPages: bigint[]
  /** memory_map_top_down()'s real_end (0 bottom-up). */
  realEnd: bigint
  /** Whether memory_map_top_down()'s probe found a free 2 MiB block (false bottom-up). */
  probeFound: boolean
  /** The 2 MiB block the probe found, 0 when none was free and bottom-up (no probe). */
  probe: bigint
  maxPfnMapped: bigint
  /** The split_mem_range() ranges in call order (start, end, mask). */
  ranges: Array<[bigint, bigint, number]>
  /** 1G leaves, 2M leaves and 4K entries present at the end (each once). */
  leaves1G: number
  leaves2M: number
  ptes: number
}

export class RefPanic extends Error {}

const M2 = 1 << 1
const M1G = 1 << 2

const rdown = (x: bigint, a: bigint): bigint => x - (x % a)
const rup = (x: bigint, a: bigint): bigint => rdown(x + a - 1n, a)
const bmax = (a: bigint, b: bigint): bigint => (a > b ? a : b)
const bmin = (a: bigint, b: bigint): bigint => (a < b ? a : b)

function mergeRanges(rs: Range[]): Array<[bigint, bigint]> {
  const s = rs.filter(([a, b]) => b > a).map(([a, b]) => [a, b] as [bigint, bigint]).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0))
  const out: Array<[bigint, bigint]> = []
  for (const r of s) {
    const last = out[out.length - 1]
    if (last && r[0] <= last[1]) last[1] = bmax(last[1], r[1])
    else out.push([r[0], r[1]])
  }
  return out
}

/** PMD table: kind per entry (0 none, 1 2M leaf, 2 PTE table) and the PTE tables. */
interface PmdT { kind: Uint8Array; pte: Map<number, Uint8Array> }
/** PUD table: per entry undefined (none), 'leaf', or a PMD table. */
type PudT = Map<number, 'leaf' | PmdT>

export function refInitMemMapping(input: RefInput): RefResult {
  const memory = mergeRanges(input.memory)
  let reserved = mergeRanges(input.reserved)
  const mask = (input.use2M ? M2 : 0) | (input.use2M && input.use1G ? M1G : 0)
  const pgd = new Map<number, PudT>()
  const res: RefResult = {
    count4K: 0, count2M: 0, count1G: 0, p4dPages: 0, pudPages: 0, pmdPages: 0, ptePages: 0, brkPages: 0,
    memblockPages: [], realEnd: 0n, probeFound: false, probe: 0n, maxPfnMapped: 0n, ranges: [], leaves1G: 0, leaves2M: 0, ptes: 0,
  }
  let pgtBufEnd = input.pgtBuf.base / SZ_4K
  const pgtBufTop = pgtBufEnd + BigInt(input.pgtBuf.pages)
  let canUseBrk = true
  let minPfnMapped = 0n
  let maxPfnMapped = 0n

  // 5-level: the P4D pages, by 256 TiB slot.
  const p4d = new Set<number>()

  // mm/memblock.c: free ranges = memory minus reserved.
  function freeRanges(): Array<[bigint, bigint]> {
    const out: Array<[bigint, bigint]> = []
    for (const [ms, me] of memory) {
      let cur = ms
      for (const [rs, re] of reserved) {
        if (re <= cur) continue
        if (rs >= me) break
        if (rs > cur) out.push([cur, rs])
        cur = bmax(cur, re)
        if (cur >= me) break
      }
      if (cur < me) out.push([cur, me])
    }
    return out
  }
  // __memblock_find_range_top_down() via memblock_find_in_range_node(): start >= PAGE_SIZE.
  function findTopDown(size: bigint, align: bigint, start: bigint, end: bigint): bigint {
    start = bmax(start, SZ_4K)
    end = bmax(start, end)
    const fr = freeRanges()
    for (let i = fr.length - 1; i >= 0; i--) {
      const a = bmin(bmax(fr[i]![0], start), end)
      const b = bmin(bmax(fr[i]![1], start), end)
      if (b < size) continue
      const cand = rdown(b - size, align)
      if (cand >= a) return cand
    }
    return 0n
  }
  // __memblock_find_range_bottom_up() (mm/memblock.c:217) via memblock_find_in_range_node()
  // (:290): start >= PAGE_SIZE (:301), the first free range, low to high, with an aligned fit.
  function findBottomUp(size: bigint, align: bigint, start: bigint, end: bigint): bigint {
    start = bmax(start, SZ_4K)
    end = bmax(start, end)
    for (const [fs, fe] of freeRanges()) {
      const a = bmin(bmax(fs, start), end)
      const b = bmin(bmax(fe, start), end)
      const cand = rup(a, align) // :228
      if (cand < b && b - cand >= size) return cand
    }
    return 0n
  }
  const reserve = (a: bigint, b: bigint): void => { reserved = mergeRanges([...reserved, [a, b]]) }
  const unreserve = (a: bigint, b: bigint): void => {
    const out: Array<[bigint, bigint]> = []
    for (const [rs, re] of reserved) {
      if (re <= a || rs >= b) out.push([rs, re])
      else {
        if (rs < a) out.push([rs, a])
        if (re > b) out.push([b, re])
      }
    }
    reserved = out
  }

  // init.c:125 alloc_low_pages(1)
  function allocLowPage(): void {
    if (pgtBufEnd + 1n > pgtBufTop || !canUseBrk) {
      let ret = 0n
      if (minPfnMapped < maxPfnMapped) {
        ret = (input.bottomUp ? findBottomUp : findTopDown)(SZ_4K, SZ_4K, minPfnMapped * SZ_4K, maxPfnMapped * SZ_4K)
        if (ret) { reserve(ret, ret + SZ_4K); res.memblockPages.push(ret) }
      }
      // extend_brk() after reserve_brk(): BUG_ON(_brk_start == 0)
      if (!ret && canUseBrk) throw new RefPanic('alloc_low_pages: extend_brk() BUG')
      if (!ret) throw new RefPanic('alloc_low_pages: can not alloc memory')
      return
    }
    pgtBufEnd += 1n
    res.brkPages++
  }

  // mm/memblock.c memblock_is_region_memory(): the region holding base holds base + size.
  function isRegionMemory(base: bigint, size: bigint): boolean {
    for (const [a, b] of memory) if (base >= a && base < b) return base + size <= b
    return false
  }

  // The entries [first, stop) of the table at `base` (entries of `size` bytes) that
  // [paddr, paddrEnd) touches: the loops below stop at paddr_end, as the kernel's do but for
  // the clearing (see the header); indices are numbers, addresses bigint.
  function span(base: bigint, size: bigint, paddr: bigint, paddrEnd: bigint): [number, number] {
    const first = Number((paddr - base) / size)
    const stop = paddrEnd >= base + 512n * size ? 512 : Number((paddrEnd - base + size - 1n) / size)
    return [first, stop]
  }

  // init_64.c:472 phys_pte_init: returns the end of the last page it set (paddr_end if none).
  function physPteInit(pte: Uint8Array, paddr: bigint, paddrEnd: bigint): bigint {
    const base = rdown(paddr, SZ_2M)
    const [first, stop] = span(base, SZ_4K, paddr, paddrEnd)
    let lastSet = -1
    for (let i = first; i < stop; i++) {
      // present: re-used and counted (init_64.c:489-493); none: set and counted
      if (!pte[i]) { pte[i] = 1; lastSet = i; res.ptes++ }
    }
    res.count4K += Math.max(0, stop - first)
    return lastSet < 0 ? paddrEnd : base + BigInt(lastSet + 1) * SZ_4K
  }

  // init_64.c:528 phys_pmd_init
  function physPmdInit(pmd: PmdT, paddr: bigint, paddrEnd: bigint, m: number): bigint {
    const base = rdown(paddr, SZ_1G)
    const [first, stop] = span(base, SZ_2M, paddr, paddrEnd)
    let last = paddrEnd
    let pages = 0
    for (let i = first; i < stop; i++) {
      const k = pmd.kind[i]!
      if (k === 2) { last = physPteInit(pmd.pte.get(i)!, i === first ? paddr : base + BigInt(i) * SZ_2M, paddrEnd); continue }
      if (m & M2) {
        // a 2M leaf already there is re-used and counted (init_64.c:575-580), else set (:583)
        pages++
        if (k === 0) res.leaves2M++
        pmd.kind[i] = 1
        if (i === stop - 1) last = base + BigInt(i + 1) * SZ_2M
        continue
      }
      // none, or a 2M leaf the mask does not allow: a new PTE table (init_64.c:596)
      allocLowPage(); res.ptePages++
      if (k === 1) res.leaves2M-- // the leaf's count stays in direct_pages_count[]
      const t = new Uint8Array(512)
      last = physPteInit(t, i === first ? paddr : base + BigInt(i) * SZ_2M, paddrEnd)
      pmd.kind[i] = 2; pmd.pte.set(i, t)
    }
    res.count2M += pages
    return last
  }

  // init_64.c:614 phys_pud_init
  function physPudInit(pud: PudT, paddr: bigint, paddrEnd: bigint, m: number): bigint {
    let last = paddrEnd
    let pages = 0
    for (let i = Number((paddr / SZ_1G) % 512n); i < 512; i++) {
      const next = rdown(paddr, SZ_1G) + SZ_1G
      if (paddr >= paddrEnd) break
      const e = pud.get(i)
      if (e !== undefined && e !== 'leaf') { last = physPmdInit(e, paddr, paddrEnd, m); paddr = next; continue }
      if (e === 'leaf' && m & M1G) { pages++; last = next; paddr = next; continue }
      if (m & M1G) { pages++; pud.set(i, 'leaf'); res.leaves1G++; last = next; paddr = next; continue }
      allocLowPage(); res.pmdPages++
      if (e === 'leaf') res.leaves1G--
      const t: PmdT = { kind: new Uint8Array(512), pte: new Map() }
      last = physPmdInit(t, paddr, paddrEnd, m)
      pud.set(i, t)
      paddr = next
    }
    res.count1G += pages
    return last
  }

  // init_64.c:752 __kernel_physical_mapping_init (4-level), with phys_p4d_init()'s loop over
  // 512 GiB entries folded in (init_64.c:712) for 5-level
  function kernelPhysicalMappingInit(start: bigint, end: bigint, m: number): bigint {
    let last = end
    for (let va = start; va < end; va = rdown(va, PGDIR) + PGDIR) {
      const slot = Number(va / PGDIR)
      if (input.fiveLevel && !p4d.has(slot >> 9)) { allocLowPage(); res.p4dPages++; p4d.add(slot >> 9) }
      let pud = pgd.get(slot)
      if (!pud) {
        allocLowPage(); res.pudPages++
        pud = new Map()
        last = physPudInit(pud, va, end, m)
        pgd.set(slot, pud)
      } else last = physPudInit(pud, va, end, m)
    }
    return last
  }

  // init.c:404 split_mem_range (x86_64), in pfns
  function splitMemRange(start: bigint, end: bigint): Array<[bigint, bigint, number]> {
    const mr: Array<[bigint, bigint, number]> = []
    const P2 = SZ_2M / SZ_4K, P1 = SZ_1G / SZ_4K
    const save = (s: bigint, e: bigint, msk: number): void => { if (s < e) mr.push([s * SZ_4K, e * SZ_4K, msk]) }
    const limit = end / SZ_4K
    let pfn = start / SZ_4K
    let s = pfn
    let e = rup(pfn, P2)
    if (e > limit) e = limit
    if (s < e) { save(s, e, 0); pfn = e }
    s = rup(pfn, P2)
    e = rup(pfn, P1)
    if (e > rdown(limit, P2)) e = rdown(limit, P2)
    if (s < e) { save(s, e, mask & M2); pfn = e }
    s = rup(pfn, P1)
    e = rdown(limit, P1)
    if (s < e) { save(s, e, mask & (M2 | M1G)); pfn = e }
    s = rup(pfn, P2)
    e = rdown(limit, P2)
    if (s < e) { save(s, e, mask & M2); pfn = e }
    save(pfn, limit, 0)
    // adjust_range_page_size_mask (not after_bootmem)
    for (const r of mr) {
      if (mask & M2 && !(r[2] & M2)) {
        const a = rdown(r[0], SZ_2M), b = rup(r[1], SZ_2M)
        if (isRegionMemory(a, b - a)) r[2] |= M2
      }
      if (mask & M1G && !(r[2] & M1G)) {
        const a = rdown(r[0], SZ_1G), b = rup(r[1], SZ_1G)
        if (isRegionMemory(a, b - a)) r[2] |= M1G
      }
    }
    for (let i = 0; mr.length > 1 && i < mr.length - 1; i++) {
      if (mr[i]![1] !== mr[i + 1]![0] || mr[i]![2] !== mr[i + 1]![2]) continue
      mr[i + 1]![0] = mr[i]![0]
      mr.splice(i, 1)
      i--
    }
    return mr
  }

  // init.c:537 init_memory_mapping
  function initMemoryMapping(start: bigint, end: bigint): void {
    let ret = 0n
    for (const [s, e, m] of splitMemRange(start, end)) {
      res.ranges.push([s, e, m])
      ret = kernelPhysicalMappingInit(s, e, m)
    }
    // add_pfn_range_mapped(): only max_pfn_mapped matters here
    maxPfnMapped = bmax(maxPfnMapped, ret / SZ_4K)
  }

  // init.c:573 init_range_memory_mapping
  function initRangeMemoryMapping(rStart: bigint, rEnd: bigint): bigint {
    let mapped = 0n
    for (const [a, b] of memory) {
      const sp = rup(a, SZ_4K) / SZ_4K, ep = rdown(b, SZ_4K) / SZ_4K
      if (sp >= ep) continue
      const start = bmin(bmax(sp * SZ_4K, rStart), rEnd)
      const end = bmin(bmax(ep * SZ_4K, rStart), rEnd)
      if (start >= end) continue
      canUseBrk = bmax(start, pgtBufEnd * SZ_4K) >= bmin(end, pgtBufTop * SZ_4K)
      initMemoryMapping(start, end)
      mapped += end - start
      canUseBrk = true
    }
    return mapped
  }

  // init.c:700 memory_map_bottom_up(map_start, map_end)
  function memoryMapBottomUp(mapStart: bigint, mapEnd: bigint): void {
    let step = SZ_2M
    let mappedRam = 0n
    let start = mapStart
    minPfnMapped = start / SZ_4K // init.c:709; max_pfn_mapped is left as it is
    while (start < mapEnd) {
      let next: bigint
      if (step && mapEnd - start > step) {
        next = rup(start + 1n, step)
        if (next > mapEnd) next = mapEnd
      } else next = mapEnd
      mappedRam += initRangeMemoryMapping(start, next)
      start = next
      // get_new_step_size(): an unsigned long shift, 0 once past bit 63 (init.c:601-615)
      if (mappedRam >= step) step = (step << 8n) & 0xffffffffffffffffn
    }
  }

  // init.c:761 init_mem_mapping
  initMemoryMapping(0n, SZ_1M)
  if (input.bottomUp) {
    // init.c:785-796
    const kernelEnd = input.kernelEnd
    if (kernelEnd === undefined) throw new Error('refInitMemMapping: bottomUp needs kernelEnd')
    memoryMapBottomUp(kernelEnd, input.end)
    memoryMapBottomUp(SZ_1M, kernelEnd)
    res.maxPfnMapped = maxPfnMapped
    return res
  }
  // init.c:630 memory_map_top_down(ISA_END_ADDRESS, end)
  const mapStart = SZ_1M, mapEnd = input.end
  let realEnd: bigint
  const addr = findTopDown(SZ_2M, SZ_2M, mapStart, mapEnd)
  if (input.probe === 'find') realEnd = addr + SZ_2M // 5.10: no failure branch
  // 5.15 – 6.14 as released: memblock_phys_free(0, SZ_2M) of the failed allocation, then 0 + 2M
  else if (!addr && input.probe === 'alloc-free-unchecked') { unreserve(0n, SZ_2M); realEnd = SZ_2M }
  else if (!addr) realEnd = bmax(mapStart, rdown(mapEnd, SZ_2M))
  else { reserve(addr, addr + SZ_2M); unreserve(addr, addr + SZ_2M); realEnd = addr + SZ_2M }
  res.realEnd = realEnd
  res.probeFound = addr !== 0n
  res.probe = addr
  let step = SZ_2M
  maxPfnMapped = 0n
  minPfnMapped = realEnd / SZ_4K
  let lastStart = realEnd
  let mappedRam = 0n
  while (lastStart > mapStart) {
    let start: bigint
    if (lastStart > step) {
      start = rdown(lastStart - 1n, step)
      if (start < mapStart) start = mapStart
    } else start = mapStart
    mappedRam += initRangeMemoryMapping(start, lastStart)
    lastStart = start
    minPfnMapped = lastStart / SZ_4K
    if (mappedRam >= step) step = step << 8n // (PMD_SHIFT - PAGE_SHIFT - 1)
  }
  if (realEnd < mapEnd) initRangeMemoryMapping(realEnd, mapEnd)
  res.maxPfnMapped = maxPfnMapped

  return res
}
