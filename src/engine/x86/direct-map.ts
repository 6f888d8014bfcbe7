// SPDX-License-Identifier: GPL-2.0-only
/**
 * The x86_64 DirectMap counters of /proc/meminfo: `direct_pages_count[]` as init_mem_mapping()
 * left it (computed exactly in init-mem-mapping.ts), minus the large pages change_page_attr()
 * splits later in the boot. Every split moves one page down a level: a 1G split is −1 1G
 * +512 2M, a 2M split −1 2M +512 4K (split_page_count()). Splits of the kernel's high mapping
 * count too: __split_large_page() asks virt_addr_valid(), which is true for kernel-image
 * addresses.
 *
 * Which pages are split after boot is the policy's measured data (X86DirectMapPolicy): the
 * kernel image's aliases and the first BPF JIT image (ptp_classifier_init() runs a classic BPF
 * filter through the JIT at boot) depend on the build's section layout and on where the page
 * allocator hands out its first protected pages, not on anything the simulator can follow
 * allocation by allocation. The 1G pages are placed by rule: the protected allocations land at
 * the sites X86Split1GSite describes, of which the policy names those its build uses (5.10:
 * the lowest free run of the highest zone's deferred part that starts inside a pageblock,
 * unmovableRemnants(); 6.12: all of them and the zone's start; QEMU page-table reads,
 * test/boots/random/README.md), the zone being
 * Normal unless CMA areas or the crash kernel leave it next to nothing an unmovable
 * allocation may take (normalZoneServesUnmovable()).
 *
 * @kernel arch/x86/mm/pat/set_memory.c update_page_count, split_page_count,
 *         __split_large_page, cpa_process_alias, arch_report_meminfo; arch/x86/mm/init_64.c
 *         mark_rodata_ro; arch/x86/kernel/idt.c idt_setup_apic_and_irq_gates (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13); kernel/bpf/core.c bpf_prog_pack_alloc
 *         (v6.1.192, v6.12.117, v7.2.13)
 */
import { freeMemRanges, memblockAllocPages, memblockAllocTryNid, memblockClone, memblockFindInRangeNode, type Memblock } from '../memblock/memblock.js'
import { SZ_128M, SZ_16M, SZ_1G, SZ_2M, SZ_4G, SZ_4K } from '../phys.js'
import { kfencePoolSize } from '../kfence.js'
import { kfenceSampleIntervalFromCmdline, NO_ARCH_RODATA_WORDS, rodataFromCmdline, type Kstrtobool } from '../params.js'
import type { X86DirectMapPolicy, X86Policy } from '../policies/types.js'
import type { PhysAddr, PhysRange } from '../types.js'
import { isDirectMapGbLeaf, type DirectMapTables, type DirectPagesCount } from './init-mem-mapping.js'

const PTRS_PER_PTE = 512n

/**
 * Engine helper (no kernel counterpart): whether a GiB of the direct map is a 1G leaf.
 * Is the 1 GiB page holding `addr` a 1G leaf of the direct map?
 */
export function isGbLeaf(tables: DirectMapTables, addr: PhysAddr): boolean {
  // Read off the run-length tables: building the per-entry view costs one entry per GiB.
  return isDirectMapGbLeaf(tables, addr)
}

/**
 * Engine helper (no kernel counterpart): model of where the page allocator's first allocations land.
 * The lowest and highest free byte of the highest populated zone (Normal when there is RAM
 * above 4 GiB, else DMA32) once the crash kernel is reserved: where the page allocator's first
 * allocations from that zone come from. `dma32` asks for DMA32's (below 4 GiB) where Normal
 * has RAM but serves no unmovable allocation.
 */
export function highestZoneFreeEnds(mb: Memblock, maxPfnAddr: PhysAddr, dma32 = false, free = freeMemRanges(mb)): { low: PhysAddr; high: PhysAddr } | undefined {
  const zoneStart = maxPfnAddr > SZ_4G && !dma32 ? SZ_4G : 0n
  const zoneEnd = dma32 ? SZ_4G : maxPfnAddr
  // The free ranges ascend: those ending above zoneStart are a tail of them.
  let i = 0
  while (i < free.length && free[i]![1] <= zoneStart) i++
  let j = free.length - 1
  while (j >= i && free[j]![0] >= zoneEnd) j--
  if (i > j) return undefined
  const first = free[i]!
  const last = free[j]!
  return { low: first[0] > zoneStart ? first[0] : zoneStart, high: (last[1] < zoneEnd ? last[1] : zoneEnd) - 1n }
}

/** x86_64 SECTION_SIZE_BITS 27 (arch/x86/include/asm/sparsemem.h): 128 MiB sections. */
const SECTION_SIZE = SZ_128M
/**
 * section_map_size() with SPARSEMEM_VMEMMAP: PAGES_PER_SECTION 64-byte struct pages, rounded
 * to PMD_SIZE (mm/sparse.c@v7.3.4:217-220): one 2 MiB block per section.
 */
const SECTION_MAP_SIZE = SZ_2M
/** __pa(MAX_DMA_ADDRESS), where the memmap's allocations start (x86_64: 16 MiB). */
const MAX_DMA_PHYS = SZ_16M

/** The present sections: those memblock.memory touches (memblocks_present()). */
function presentSections(mb: Memblock): bigint {
  let n = 0n
  let last = -1n
  for (const r of mb.memory.regions) {
    let first = r.base / SECTION_SIZE
    const end = (r.base + r.size - 1n) / SECTION_SIZE
    if (first <= last) first = last + 1n
    if (first > end) continue
    n += end - first + 1n
    last = end
  }
  return n
}

/**
 * The memmap sparse_init() allocates after the crash reservation (x86_64 paging_init(), from
 * 7.0 mm_core_init_early()), top-down from __pa(MAX_DMA_ADDRESS) to memblock's limit: one
 * buffer for every present section when sparse_buffer_init() finds room for it (≤7.1), else,
 * and always from 7.2, a 2 MiB block per section (vmemmap_populate_hugepages() →
 * vmemmap_alloc_block()). The root array, usemaps and vmemmap page tables (a few pages) are
 * left out.
 * @kernel mm/sparse.c sparse_init_nid, sparse_buffer_init (v7.1.3:268-279; gone in v7.2.13),
 *         mm/sparse-vmemmap.c vmemmap_alloc_block (v7.3.4:61-87)
 */
function placeMemmap(mb: Memblock, pol: X86DirectMapPolicy): void {
  const n = presentSections(mb)
  const limit = mb.currentLimit
  if (pol.memmap === 'buffer' && memblockAllocTryNid(mb, n * SECTION_MAP_SIZE, SECTION_MAP_SIZE, MAX_DMA_PHYS, limit, 'memmap')) return
  // One block per section, as a run: memblock_alloc_try_nid() finds each where
  // memblock_phys_alloc_range() would above MAX_DMA_ADDRESS (memblockAllocPages()), which
  // costs one step per free range, not per section (a board claiming petabytes of RAM, or a
  // memmap= that adds them, made this loop run for minutes). What finds no room there is
  // retried from 0 (memblock_alloc_internal()), one by one; once that fails, every later
  // one fails the same way, as a failed allocation changes nothing.
  let left = memblockAllocPages(mb, Number(n), SECTION_MAP_SIZE, MAX_DMA_PHYS, limit, 'memmap')
  while (left > 0 && memblockAllocTryNid(mb, SECTION_MAP_SIZE, SECTION_MAP_SIZE, MAX_DMA_PHYS, limit, 'memmap')) left--
}

/** A copy of `mb` with sparse_init()'s memmap placed (placeMemmap()), for the questions asked after it. */
function withMemmap(mb: Memblock, pol: X86DirectMapPolicy): Memblock {
  const after = memblockClone(mb)
  placeMemmap(after, pol)
  return after
}

/** x86_64 pageblock_order 9 (HPAGE_PMD_ORDER): 2 MiB pageblocks. */
const PAGEBLOCK_SIZE = SZ_2M

/** A free run that starts inside a pageblock of the highest zone's deferred part. */
interface UnmovableRemnant {
  start: PhysAddr
  /** Just past the kernel image, whose high mapping still maps the 2 MiB block holding it. */
  imageEnd: boolean
}

/**
 * The free pages the first unmovable allocations after page_alloc_init_late() take: those of
 * pageblocks in the highest zone's deferred part (all of it past its first section,
 * defer_init()) whose first page is not free. deferred_free_range() (5.10) and
 * deferred_free_pages() (6.12) set MIGRATE_MOVABLE only on a pageblock whose first page they
 * free; the others keep the zeroed bitmap's MIGRATE_UNMOVABLE, and __rmqueue_smallest() serves
 * unmovable allocations from them before it steals a movable block. Each such run is a free
 * range starting inside a pageblock, once the memblock allocations after the crash
 * reservation that leave one are placed: sparse_init()'s memmap (2 MiB-aligned, none) and
 * setup_per_cpu_areas()' first chunk, one 2 MiB-aligned 2 MiB unit per CPU taken top-down from
 * __pa(MAX_DMA_ADDRESS) by pcpu_embed_first_chunk(), which memblock_free()s all but the unit's
 * first pages (`pcpu-alloc: … u2097152 alloc=1*2097152` on every amd64 boot in test/boots,
 * all -smp 1; one page stands for the used part). The smaller allocations between them (a few
 * KiB each, packed under the top) are left out. Ascending. `after` is `mb` with the memmap
 * placed (withMemmap()); the chunk is allocated on it.
 * @kernel mm/page_alloc.c defer_init, deferred_free_range (v5.10.223:434, 1686-1710);
 *         mm/mm_init.c defer_init, deferred_free_pages (v6.12.117:688, 1942-1968);
 *         arch/x86/kernel/setup_percpu.c setup_per_cpu_areas; mm/percpu.c pcpu_embed_first_chunk
 */
function unmovableRemnants(mb: Memblock, after: Memblock, maxPfnAddr: PhysAddr, dma32: boolean, image?: PhysRange): UnmovableRemnant[] {
  const chunk = memblockAllocTryNid(after, SZ_2M, SZ_2M, MAX_DMA_PHYS, after.currentLimit, 'percpu')
  // The free ranges ascend; the chunk's freed tail goes in its place among them (as a stable
  // sort of the list with it appended would put it: after every range starting at or below it).
  const free = freeMemRanges(after)
  if (chunk) {
    const lo = chunk + SZ_4K
    let i = free.length
    while (i > 0 && free[i - 1]![0] > lo) i--
    free.splice(i, 0, [lo, chunk + SZ_2M])
  }
  // The zone, and where its deferred part starts: defer_init() counts the zone's pages from
  // the start of the memory region that reaches the node's end and defers from the first
  // section boundary past PAGES_PER_SECTION of them.
  const zoneStart = maxPfnAddr > SZ_4G && !dma32 ? SZ_4G : MAX_DMA_PHYS
  const zoneEnd = dma32 ? (maxPfnAddr < SZ_4G ? maxPfnAddr : SZ_4G) : maxPfnAddr
  // The last memory region starting below the zone's end (the regions ascend).
  const regions = mb.memory.regions
  let k = regions.length - 1
  while (k >= 0 && regions[k]!.base >= zoneEnd) k--
  const last = k >= 0 ? regions[k] : undefined
  const from = last && last.base > zoneStart ? last.base : zoneStart
  const deferred = ((from + SECTION_SIZE + SECTION_SIZE - 1n) / SECTION_SIZE) * SECTION_SIZE
  const out: UnmovableRemnant[] = []
  for (const [lo, hi] of free) {
    if (lo < deferred || lo >= zoneEnd || lo % PAGEBLOCK_SIZE === 0n || hi <= lo) continue
    out.push({ start: lo, imageEnd: image !== undefined && lo > image.base && lo <= image.base + image.size })
  }
  return out
}

const NO_REMNANTS: readonly UnmovableRemnant[] = []

/** Whether a build's protected allocations take sites among the unmovable remnants (a loop: some() would build a closure per boot). */
function takesRemnants(pol: X86DirectMapPolicy): boolean {
  for (const site of pol.splits1G) if (site === 'lowest-unmovable-remnant' || site === 'unmovable-remnants') return true
  return false
}

/**
 * int_sqrt() (lib/math/int_sqrt.c): the integer square root, rounded down. Math.sqrt() gives
 * it within one for any x below 2^106 (a double's 53 bits), and the two corrections make it
 * exact; Newton's method from x, as written before, took a bigint division per bit.
 */
function intSqrt(x: bigint): bigint {
  if (x < 2n) return x
  let r = BigInt(Math.floor(Math.sqrt(Number(x))))
  while (r * r > x) r -= 1n
  while ((r + 1n) * (r + 1n) <= x) r += 1n
  return r
}

/** Pages of the free ranges, and of the ranges given, in [start, end). */
function pagesIn(ranges: ReadonlyArray<readonly [PhysAddr, PhysAddr]>, start: PhysAddr, end: PhysAddr): bigint {
  let bytes = 0n
  for (const [lo, hi] of ranges) {
    const a = lo > start ? lo : start
    const b = hi < end ? hi : end
    if (b > a) bytes += b - a
  }
  return bytes / SZ_4K
}

/**
 * The low watermark of a zone with `zoneManaged` of `allManaged` managed pages (4K), as
 * calculate_min_free_kbytes() (nr_free_buffer_pages(): the managed pages, no watermark is set
 * yet) and __setup_per_zone_wmarks() set it.
 * @kernel mm/page_alloc.c calculate_min_free_kbytes (v7.3.4:6748-6760; the same bounds in
 *         init_per_zone_wmark_min, v5.10.223:8031-8043), __setup_per_zone_wmarks (v7.3.4:6636-6692)
 */
function lowWatermarkPages(zoneManaged: bigint, allManaged: bigint): bigint {
  if (allManaged === 0n) return 0n
  const root = intSqrt(allManaged * 4n * 16n)
  const minFreeKbytes = root < 128n ? 128n : root > 262144n ? 262144n : root
  const min = ((minFreeKbytes >> 2n) * zoneManaged) / allManaged
  // max(min / 4, managed * watermark_scale_factor (10) / 10000)
  const scaled = (zoneManaged * 10n) / 10000n
  return min + (min >> 2n > scaled ? min >> 2n : scaled)
}

/**
 * Whether the Normal zone serves the first unmovable (protected) allocations: its free pages,
 * once the memmap is placed, must be above its low watermark, for zone_watermark_fast() leaves
 * free CMA pages out of an allocation that cannot use them (__zone_watermark_unusable_free());
 * else the page allocator falls back to DMA32. The managed pages behind the watermark are the
 * free ones and the CMA areas' (cma_init_reserved_areas() hands those over); a crash region
 * is neither. The boot that shows the fallback (releases/amd64-7.3.4-q35-4G-ckcma.short: CMA
 * areas over all but the last 32 MiB of Normal, which the vmemmap takes) leaves a few hundred
 * pages, far below; whether the watermark or the early allocations that would use up such a
 * remainder decide it in the kernel is UNCONFIRMED.
 * @kernel mm/page_alloc.c zone_watermark_fast, __zone_watermark_unusable_free
 *         (v7.3.4:3581-3600, 3693-3716)
 */
export function normalZoneServesUnmovable(
  mb: Memblock,
  maxPfnAddr: PhysAddr,
  cmaAreas: readonly PhysRange[],
  pol: X86DirectMapPolicy,
  before = freeMemRanges(mb),
  afterMemmap: () => Memblock = () => withMemmap(mb, pol),
): boolean {
  if (maxPfnAddr <= SZ_4G) return true
  const cma = cmaAreas.map((a) => [a.base, a.base + a.size] as const)
  const cmaNormal = pagesIn(cma, SZ_4G, maxPfnAddr)
  const cmaAll = pagesIn(cma, 0n, maxPfnAddr)
  const freeBefore = pagesIn(before, SZ_4G, maxPfnAddr)
  const allBefore = pagesIn(before, 0n, maxPfnAddr) + cmaAll
  const memmapPages = (presentSections(mb) * SECTION_MAP_SIZE) / SZ_4K
  // The memmap takes at most its size from Normal and from all, which at most doubles the
  // watermark while it is under half of the managed pages (the zone's share of pages_min
  // grows by all / (all - memmap)): a zone that keeps twice the watermark needs no copy.
  if (memmapPages * 2n < allBefore && freeBefore > memmapPages && freeBefore - memmapPages > 2n * lowWatermarkPages(freeBefore + cmaNormal, allBefore)) return true
  const free = freeMemRanges(afterMemmap())
  const normalFree = pagesIn(free, SZ_4G, maxPfnAddr)
  return normalFree > lowWatermarkPages(normalFree + cmaNormal, pagesIn(free, 0n, maxPfnAddr) + cmaAll)
}

/**
 * Engine helper (no kernel counterpart): a copy of direct_pages_count[], field by field (a
 * spread copy is V8's slow path).
 */
export function copyDirectPagesCount(c: DirectPagesCount): DirectPagesCount {
  return { '4K': c['4K'], '2M': c['2M'], '1G': c['1G'] }
}

/**
 * Mirrors split_page_count(level): one large page of `level` becomes PTRS_PER_PTE pages of the
 * level below (a no-op when the counter is already 0, as in the kernel).
 * @kernel arch/x86/mm/pat/set_memory.c split_page_count
 */
export function splitPageCount(count: DirectPagesCount, level: '2M' | '1G'): void {
  if (count[level] === 0n) return
  count[level]--
  if (level === '1G') count['2M'] += PTRS_PER_PTE
  else count['4K'] += PTRS_PER_PTE
}

/**
 * Mirrors split_page_count() — arch/x86/mm/pat/set_memory.c (n calls at once; v6.12.117:95).
 * `n` calls of split_page_count(level) at once: each one that does not find the counter at 0
 * moves one page down a level, so from a positive counter min(n, counter) of them do.
 */
export function splitPageCounts(count: DirectPagesCount, level: '2M' | '1G', n: number): void {
  const c = count[level]
  if (n <= 0 || c === 0n) return
  const calls = BigInt(n)
  const k = c > 0n && c < calls ? c : calls
  count[level] = c - k
  if (level === '1G') count['2M'] += k * PTRS_PER_PTE
  else count['4K'] += k * PTRS_PER_PTE
}

/**
 * Mirrors set_debug_rodata() — init/main.c — as x86 runs it (no arch_parse_debug_rodata()):
 * rodata_enabled once the command line is parsed, for mark_readonly() to read. It starts true;
 * each rodata= token the handler takes sets it, in command-line order, and a word it does not
 * take leaves it as it was (with a warning). The generations (5.10's __setup("rodata=") with
 * strtobool(), the early_param of 6.x and 7.x taking "on" and "off") are ../params.ts's
 * SET_DEBUG_RODATA; x86 brings no words of its own.
 * @kernel init/main.c set_debug_rodata (v5.10.223:1356-1362; v6.1.192:1429-1442;
 *         v7.3.4:1510-1523), mark_readonly (v7.3.4:1526-1541)
 */
export function setDebugRodata(cmdline: string, dialect: X86Policy['rodataParam'], strtobool: Kstrtobool): boolean {
  return rodataFromCmdline(cmdline, dialect, strtobool, NO_ARCH_RODATA_WORDS).rodataEnabled
}

/**
 * Engine helper (no kernel counterpart): the direct-map counters after boot, from measured splits.
 * The counters once the boot is over: init_mem_mapping()'s, minus the measured splits, of which
 * mark_rodata_ro()'s only where rodata_enabled (setDebugRodata()); `image` is the kernel image's
 * physical extent; `kfence` whether KFENCE allocates its pool at boot (kfenceAtBoot()).
 */
export function directMapAfterBoot(
  tables: DirectMapTables,
  mb: Memblock,
  maxPfnAddr: PhysAddr,
  pol: X86DirectMapPolicy,
  cmaAreas: readonly PhysRange[],
  rodataEnabled = true,
  image?: PhysRange,
  kfence = false,
): DirectPagesCount {
  const count = copyDirectPagesCount(tables.count)
  // Each 1 GiB page is split once, the first time a change touches it (a few GiB at most: a
  // list, not a Set of BigInts).
  const split: bigint[] = []
  const split1G = (gib: bigint): void => {
    for (let i = 0; i < split.length; i++) if (split[i] === gib) return
    if (!isGbLeaf(tables, gib * SZ_1G)) return
    split.push(gib)
    splitPageCount(count, '1G')
  }
  // One list of the free ranges for both questions (for_each_free_mem_range() once).
  const free = freeMemRanges(mb)
  // The memmap placed once, for both questions that need it (a clone and sparse_init()'s
  // allocations: not done twice on every x86 layout).
  let placed: Memblock | undefined
  const afterMemmap = (): Memblock => (placed ??= withMemmap(mb, pol))
  const dma32 = !normalZoneServesUnmovable(mb, maxPfnAddr, cmaAreas, pol, free, afterMemmap)
  const ends = highestZoneFreeEnds(mb, maxPfnAddr, dma32, free)
  // The 1 GiB pages holding the sites the build's protected allocations take (X86Split1GSite).
  // The sites of the remnants taken add to the measured 2M splits (splits2M, measured where
  // the per-CPU chunk's tail was the only remnant): one for each other remnant's direct-map
  // 2 MiB page, one for the high-map alias of a page past the image's end (cpa_process_alias()
  // within highmap_end_pfn(): test/boots/random KASLR follow-ups).
  let remnantSplits2M = 0
  const remnants = takesRemnants(pol) ? unmovableRemnants(mb, afterMemmap(), maxPfnAddr, dma32, image) : NO_REMNANTS
  for (const site of pol.splits1G) {
    if (site === 'zone-start' && ends) split1G(ends.low / SZ_1G)
    else if (site === 'zone-end' && ends) split1G(ends.high / SZ_1G)
    else if (site === 'lowest-unmovable-remnant' || site === 'unmovable-remnants') {
      // All of them, or the lowest only.
      const taken = site === 'unmovable-remnants' ? remnants.length : Math.min(1, remnants.length)
      for (let i = 0; i < taken; i++) {
        split1G(remnants[i]!.start / SZ_1G)
        if (remnants[i]!.imageEnd) remnantSplits2M++
      }
      if (taken > 1) remnantSplits2M += taken - 1
    }
  }
  // The image's splits reach its direct-map alias (cpa_process_alias(),
  // arch/x86/mm/pat/set_memory.c@v7.3.4:1958-1991), which splits the
  // 1 GiB page holding it first where that is a leaf: never at the default 16 MiB load
  // address (the first GiB has the low 1 MiB's small pages), but where KASLR loads the image
  // higher (test/boots/random r10: Kernel code at 0x76000000, DirectMap1G 0).
  if (image && image.size > 0n) {
    const lastGib = (image.base + image.size - 1n) / SZ_1G
    for (let gib = image.base / SZ_1G; gib <= lastGib; gib++) split1G(gib)
  }
  // KFENCE: arch_kfence_init_pool() set_memory_4k()s each page of the pool
  // (arch/x86/include/asm/kfence.h@v7.3.4:22-38), which memblock_alloc() took top-down in
  // mm_core_init(), after sparse_init()'s memmap: the 1 GiB page it lands in (under the
  // memmap, which takes the top 100 MiB of a 6 GiB machine and moves it into the 1 GiB page
  // below: random-efi o06, 0x1f8e00000 with RAM to 0x200500000), and 2M pages. Which 2M
  // pages the pool touches depends on allocations the model does not follow (the hash
  // tables of vfs_caches_init_early(), the per-CPU areas); every boot with KFENCE on shows
  // one (test/boots/random: the kfence100 boots of each amd64 build on 4G q35, r05), so one
  // it is.
  if (kfence) {
    const memmapped = afterMemmap()
    const size = kfencePoolSize(SZ_4K)
    const pool = memblockFindInRangeNode(memmapped, size, SZ_4K, 0n, memmapped.currentLimit)
    if (pool) {
      split1G(pool / SZ_1G)
      split1G((pool + size - 1n) / SZ_1G)
    } else if (ends) split1G(ends.high / SZ_1G)
    splitPageCounts(count, '2M', 1)
  }
  // rodata=off: mark_readonly() skips mark_rodata_ro() and the splits it makes.
  splitPageCounts(count, '2M', (rodataEnabled ? pol.splits2M : pol.splits2M - (pol.rodataSplits2M ?? 0)) + remnantSplits2M)
  return count
}

/**
 * Mirrors arch_report_meminfo(): the counters in kB as /proc/meminfo prints them;
 * DirectMap1G only when direct_gbpages is in use.
 * @kernel arch/x86/mm/pat/set_memory.c arch_report_meminfo
 */
export function directMapKb(c: DirectPagesCount, gbpages: boolean): Record<string, number> {
  const out: Record<string, number> = { DirectMap4k: Number(c['4K'] << 2n), DirectMap2M: Number(c['2M'] << 11n) }
  if (gbpages) out['DirectMap1G'] = Number(c['1G'] << 20n)
  return out
}

/**
 * Mirrors the start of kfence_alloc_pool_and_metadata() — mm/kfence/core.c@v7.3.4:917-920 — on
 * x86: the pool is allocated only when kfence_sample_interval is not 0, which is
 * CONFIG_KFENCE_SAMPLE_INTERVAL unless the builtin module parameter kfence.sample_interval=
 * set it (parse_args() runs before mm_core_init(); ../params.ts paramSetSampleInterval()).
 * @kernel mm/kfence/core.c kfence_alloc_pool_and_metadata, param_set_sample_interval
 *         (v7.3.4:917-941, 66-89); mm/mm_init.c mm_core_init (v7.3.4:2659)
 */
export function kfenceAtBoot(cmdline: string, config: { KFENCE: boolean; KFENCE_SAMPLE_INTERVAL: number }): boolean {
  if (!config.KFENCE) return false
  return (kfenceSampleIntervalFromCmdline(cmdline) ?? BigInt(config.KFENCE_SAMPLE_INTERVAL)) !== 0n
}
