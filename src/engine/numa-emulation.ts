// SPDX-License-Identifier: GPL-2.0-only
/**
 * NUMA emulation, `numa=fake=` (CONFIG_NUMA_EMU, which Debian's amd64 kernels build and its
 * arm64 and riscv64 ones do not): between the firmware's NUMA init and numa_register_memblks(),
 * the nodes the firmware gave (or the one dummy_numa_init() fakes) are split into fake nodes.
 * Three forms: `N` nodes interleaved over the physical nodes, a node size with `M` or `G`, and
 * `NU`, N nodes per physical node of equal size. Each fake node then gets its NODE_DATA at its
 * own top (numa.ts setupNodeData()), and emulation allocates its distance table, before the
 * crash kernel: that is what moves the crash region.
 *
 * Nothing here runs without "fake=" in a `numa=` value (numaEmuCmdline()).
 *
 * @kernel arch/x86/mm/numa_emulation.c (v5.10.223, v6.1.192), mm/numa_emulation.c (v6.12.117,
 *         v7.2.13): numa_emulation, split_nodes_interleave, split_nodes_size_interleave_uniform,
 *         emu_setup_memblk, find_end_of_node, uniform_size, mem_hole_size
 * @kernel arch/x86/mm/numa.c numa_cleanup_meminfo, numa_remove_memblk_from (v5.10.223, v6.1.192);
 *         mm/numa_memblks.c (v6.12.117, v7.2.13)
 */
import { MEMBLOCK_ALLOC_ACCESSIBLE, memblockAllocTryNid, memblockEndOfDram, memblockOverlapsRegion, memblockPhysFree, memblockStartOfDram, type Memblock } from './memblock/memblock.js'
import type { Memparse } from './memparse.js'
import { simpleStrtoull } from './memparse.js'
import type { NumaMemblk } from './numa.js'
import { parameq, parseEarlyParams } from './params.js'
import { fmtHex, fmtPhys, SZ_1M, SZ_32M, SZ_4G, SZ_4K } from './phys.js'
import type { Trace } from './trace.js'
import type { PhysAddr, PhysSize } from './types.js'

/** What a release's NUMA emulation does differently (policy data: KernelPolicy.numaEmu). */
export interface NumaEmuGeneration {
  /** CONFIG_NUMA_EMU can be built: x86_64 (mm/Kconfig, arch/x86/Kconfig); false elsewhere. */
  present: boolean
  /**
   * The `numa=` handler hands a `fake=` value to numa_emu_cmdline(), whose stub is -EINVAL
   * without CONFIG_NUMA_EMU ("Malformed early option 'numa'"): x86's numa_setup() in every
   * release, arm64's and riscv64's numa_parse_early_param() from 6.12
   * (drivers/base/arch_numa.c@v6.12.117:29-30; not @v6.11, nor Debian's @v6.1.192).
   */
  parsesFake: boolean
  /**
   * numa_emulation() asks fix_pxm_node_maps() (drivers/acpi/numa/srat.c), which refuses with
   * `numa=off`: the fake nodes are printed and then dropped ("mm/fake-numa: allow later numa
   * node hotplug": mainline 6.14, stable 6.12.67).
   */
  refusesNumaOff: boolean
  /**
   * The `U` form checks the nodes each physical node got (nr_created) and skips one that had
   * no memory, instead of comparing the running node count ("mm/fake-numa: fix under-allocation
   * detection in uniform split": stable 6.1.178, 6.12.97; mainline 7.2, not in 7.1.3).
   */
  countsCreatedPerNode: boolean
}

/** FAKE_NODE_MIN_SIZE: 32 MiB (numa_internal.h / mm/numa_emulation.c). */
const FAKE_NODE_MIN_SIZE = SZ_32M
/** NR_NODE_MEMBLKS: MAX_NUMNODES * 2 (Debian amd64: CONFIG_NODES_SHIFT 10). */
const X86_MAX_NUMNODES = 1 << 10
const NR_NODE_MEMBLKS = X86_MAX_NUMNODES * 2
const U64 = 1n << 64n
/** u64 subtraction, as the kernel's `limit - end - hole` wraps. */
const sub = (a: bigint, b: bigint): bigint => {
  const d = a - b
  return d < 0n ? d + U64 : d
}
const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)
const max = (a: bigint, b: bigint): bigint => (a > b ? a : b)

/**
 * struct numa_meminfo: `nr` blocks in use. numa_remove_memblk_from() shifts the rest down and
 * leaves the last entry where it was, past `nr`: the `U` form reads blk[0] even when no block
 * is left, and then reads that stale entry.
 */
export interface NumaMeminfo {
  blk: NumaMemblk[]
  nr: number
}

/**
 * Mirrors numa_setup()'s `fake=` — arch/x86/mm/numa.c (v5.10.223, v6.12.117, v7.2.13): every
 * `numa=` whose value starts "fake=" hands the rest to numa_emu_cmdline(), the last one winning.
 * Undefined without one.
 */
export function numaEmuCmdline(cmdline: string): string | undefined {
  if (!cmdline.includes('fake')) return undefined
  let emu: string | undefined
  for (const p of parseEarlyParams(cmdline)) if (p.val !== null && parameq(p.param, 'numa') && p.val.startsWith('fake=')) emu = p.val.slice(5)
  return emu
}

/**
 * Mirrors numa_remove_memblk_from() — arch/x86/mm/numa.c (v5.10.223), mm/numa_memblks.c
 * (v6.12.117): the entries after `idx` move down one; the last stays, unused.
 */
function numaRemoveMemblkFrom(idx: number, mi: NumaMeminfo): void {
  mi.nr--
  for (let i = idx; i < mi.nr; i++) mi.blk[i] = mi.blk[i + 1]!
  // The vacated last entry keeps what it held (a copy, not the block that moved down).
  if (mi.nr >= 0 && mi.blk[mi.nr]) mi.blk[mi.nr] = { ...mi.blk[mi.nr]! }
}

/**
 * Mirrors numa_cleanup_meminfo() — arch/x86/mm/numa.c (v5.10.223:238, v6.1.192), mm/numa_memblks.c
 * (v6.12.117:215, v7.2.13): blocks on no memory leave, the rest are clipped to [low, high)
 * ([0, max_pfn) up to 6.11, memblock's DRAM from 6.12: `clipToDram`), and blocks of one node
 * with no other node's block between them are joined, each join printed where `trace` is given.
 * Returns false where two nodes overlap (-EINVAL), having printed so.
 */
export function numaCleanupMeminfo(mb: Memblock, mi: NumaMeminfo, clipToDram: boolean, maxPfnAddr: PhysAddr, trace?: Trace): boolean {
  const low = clipToDram ? memblockStartOfDram(mb) : 0n
  const high = clipToDram ? memblockEndOfDram(mb) : maxPfnAddr
  for (let i = 0; i < mi.nr; i++) {
    const bi = mi.blk[i]!
    // numa_move_tail_memblk() to numa_reserved_meminfo: nothing the engine reads again.
    if (!memblockOverlapsRegion(mb.memory, bi.start, bi.end - bi.start)) {
      numaRemoveMemblkFrom(i--, mi)
      continue
    }
    bi.start = max(bi.start, low)
    if (bi.end > high) bi.end = high
    if (bi.start >= bi.end) numaRemoveMemblkFrom(i--, mi)
  }
  for (let i = 0; i < mi.nr; i++) {
    const bi = mi.blk[i]!
    for (let j = i + 1; j < mi.nr; j++) {
      const bj = mi.blk[j]!
      if (bi.end > bj.start && bi.start < bj.end) {
        if (bi.nid !== bj.nid) {
          trace?.err('numa', `node ${bi.nid} [mem ${fmtHex(bi.start, 8)}-${fmtHex(bi.end - 1n, 8)}] overlaps with node ${bj.nid} [mem ${fmtHex(bj.start, 8)}-${fmtHex(bj.end - 1n, 8)}]`)
          return false
        }
        trace?.warn('numa', `Warning: node ${bi.nid} [mem ${fmtHex(bi.start, 8)}-${fmtHex(bi.end - 1n, 8)}] overlaps with itself [mem ${fmtHex(bj.start, 8)}-${fmtHex(bj.end - 1n, 8)}]`)
      }
      if (bi.nid !== bj.nid) continue
      const start = min(bi.start, bj.start)
      const end = max(bi.end, bj.end)
      let k = 0
      for (; k < mi.nr; k++) {
        const bk = mi.blk[k]!
        if (bk.nid !== bi.nid && start < bk.end && end > bk.start) break
      }
      if (k < mi.nr) continue
      trace?.info('numa', `NUMA: Node ${bi.nid} [mem ${fmtHex(bi.start, 8)}-${fmtHex(bi.end - 1n, 8)}] + [mem ${fmtHex(bj.start, 8)}-${fmtHex(bj.end - 1n, 8)}] -> [mem ${fmtHex(start, 8)}-${fmtHex(end - 1n, 8)}]`)
      bi.start = start
      bi.end = end
      numaRemoveMemblkFrom(j--, mi)
    }
  }
  return true
}

/**
 * Mirrors mem_hole_size() — the bytes of whole pages in [start, end) that memblock.memory does
 * not hold (absent_pages_in_range() over every node: mm/mm_init.c@v6.12.117:1165-1192,
 * mm/page_alloc.c@v5.10.223).
 */
function memHoleSize(mb: Memblock, start: PhysAddr, end: PhysAddr): PhysSize {
  const startPfn = (start + SZ_4K - 1n) / SZ_4K
  const endPfn = end / SZ_4K
  if (startPfn >= endPfn) return 0n
  let absent = endPfn - startPfn
  for (const r of mb.memory.regions) {
    // for_each_mem_pfn_range(): PFN_UP(base) .. PFN_DOWN(end), clamped to the range.
    let s = (r.base + SZ_4K - 1n) / SZ_4K
    let e = (r.base + r.size) / SZ_4K
    if (s >= e) continue
    s = s < startPfn ? startPfn : s > endPfn ? endPfn : s
    e = e < startPfn ? startPfn : e > endPfn ? endPfn : e
    absent -= e - s
  }
  return absent * SZ_4K
}

/** What numa_emulation()'s helpers share: the two meminfos and emu_nid_to_phys[]. */
interface EmuState {
  mb: Memblock
  ei: NumaMeminfo
  pi: NumaMeminfo
  /** emu_nid_to_phys[]: NUMA_NO_NODE (-1) where no fake node was made. */
  emuNidToPhys: Int32Array
  trace: Trace
}

/** Mirrors emu_find_memblk_by_nid(): the first block of `nid` in `mi`, or -1 (-ENOENT). */
function emuFindMemblkByNid(nid: number, mi: NumaMeminfo): number {
  for (let i = 0; i < mi.nr; i++) if (mi.blk[i]!.nid === nid) return i
  return -1
}

/**
 * Mirrors emu_setup_memblk(): fake node `nid` over the next `size` bytes of physical block
 * `physBlk`, which is used up and removed when nothing is left of it; its line. False when the
 * table is full ("Too many emulated memblks").
 */
function emuSetupMemblk(st: EmuState, nid: number, physBlk: number, size: PhysSize): boolean {
  if (st.ei.nr >= NR_NODE_MEMBLKS) {
    st.trace.err('numa', 'NUMA: Too many emulated memblks, failing emulation')
    return false
  }
  const pb = st.pi.blk[physBlk]!
  const eb: NumaMemblk = { nid, start: pb.start, end: pb.start + size }
  st.ei.blk[st.ei.nr++] = eb
  if (st.emuNidToPhys[nid] === -1) st.emuNidToPhys[nid] = pb.nid
  pb.start += size
  if (pb.start >= pb.end) numaRemoveMemblkFrom(physBlk, st.pi)
  st.trace.info('numa', `Faking node ${nid} at [mem ${fmtPhys(eb.start)}-${fmtPhys(eb.end - 1n)}] (${(eb.end - eb.start) / SZ_1M}MB)`)
  return true
}

/** PFN_PHYS(MAX_DMA32_PFN): numa_emu_dma_end() on x86 (arch/x86/mm/numa.c@v6.12.117:451). */
const DMA32_END = SZ_4G

/**
 * Mirrors split_nodes_interleave(): `nrNodes` fake nodes of equal memory (whole 32 MiB units,
 * the remainder spread as one more unit to the first `big` ones), dealt round the physical
 * nodes in turn until their memory is used up. False on failure (-1).
 */
function splitNodesInterleave(st: EmuState, addr: PhysAddr, maxAddr: PhysAddr, nrNodesIn: number, physnodes: readonly number[]): boolean {
  let nrNodes = nrNodesIn
  if (nrNodes <= 0) return false
  if (nrNodes > X86_MAX_NUMNODES) {
    st.trace.info('numa', `numa=fake=${nrNodes} too large, reducing to ${X86_MAX_NUMNODES}`)
    nrNodes = X86_MAX_NUMNODES
  }
  const n = BigInt(nrNodes)
  let size = sub(sub(maxAddr, addr), memHoleSize(st.mb, addr, maxAddr))
  size = (size / SZ_4K / n) * SZ_4K
  const big = Number(((size % FAKE_NODE_MIN_SIZE) * n) / FAKE_NODE_MIN_SIZE)
  size -= size % FAKE_NODE_MIN_SIZE
  if (size === 0n) {
    st.trace.err('numa', 'Not enough memory for each node.  NUMA emulation disabled.')
    return false
  }
  const mask = [...physnodes]
  let nid = 0
  while (mask.length > 0) {
    for (const i of [...mask]) {
      const physBlk = emuFindMemblkByNid(i, st.pi)
      if (physBlk < 0) {
        mask.splice(mask.indexOf(i), 1)
        continue
      }
      const { start, end: limit } = st.pi.blk[physBlk]!
      let end = start + size
      if (nid < big) end += FAKE_NODE_MIN_SIZE
      // Grow the node until its memory, holes left out, reaches the size.
      while (sub(sub(end, start), memHoleSize(st.mb, start, end)) < size) {
        end += FAKE_NODE_MIN_SIZE
        if (end > limit) {
          end = limit
          break
        }
      }
      // Less than 32 MiB of DMA32 memory left for the next node: this one takes it.
      if (end < DMA32_END && sub(sub(DMA32_END, end), memHoleSize(st.mb, end, DMA32_END)) < FAKE_NODE_MIN_SIZE) end = DMA32_END
      // Not enough left on the physical node for another: this one takes the rest.
      if (sub(sub(limit, end), memHoleSize(st.mb, end, limit)) < size) end = limit
      if (!emuSetupMemblk(st, nid++ % nrNodes, physBlk, min(end, limit) - start)) return false
    }
  }
  return true
}

/** Mirrors find_end_of_node(): the end at which [start, end) holds `size` bytes of memory, or `maxAddr`. */
function findEndOfNode(mb: Memblock, start: PhysAddr, maxAddr: PhysAddr, size: PhysSize): PhysAddr {
  let end = start + size
  while (sub(sub(end, start), memHoleSize(mb, start, end)) < size) {
    end += FAKE_NODE_MIN_SIZE
    if (end > maxAddr) return maxAddr
  }
  return end
}

/** Mirrors uniform_size(): (max_addr - base - hole) / nr_nodes, in whole pages (unsigned long arithmetic). */
function uniformSize(maxAddr: PhysAddr, base: PhysAddr, hole: PhysSize, nrNodes: number): PhysSize {
  const pfns = BigInt.asUintN(64, maxAddr / SZ_4K - base / SZ_4K - hole / SZ_4K)
  // The int nr_nodes divides as an unsigned long: a negative count (numa=fake=4294967295U) is huge.
  return BigInt.asUintN(64, (pfns / BigInt.asUintN(64, BigInt(nrNodes))) * SZ_4K)
}

/**
 * Mirrors split_nodes_size_interleave_uniform(): with `nrNodes` 0, fake nodes of at least
 * `size` (never smaller than the memory over MAX_NUMNODES nodes, or 32 MiB) dealt round the
 * physical nodes; with `nrNodes`, the physical node of `pblk` split in `nrNodes` equal parts
 * (holes not counted). Returns the next node id, or -1.
 */
function splitNodesSizeInterleaveUniform(st: EmuState, addr: PhysAddr, maxAddr: PhysAddr, sizeIn: PhysSize, nrNodesIn: number, pblk: NumaMemblk | undefined, nidIn: number, physnodes: readonly number[]): number {
  let size = sizeIn
  let nrNodes = nrNodesIn
  let nid = nidIn
  if ((size === 0n && nrNodes === 0) || (nrNodes !== 0 && !pblk)) return -1
  let mask: number[]
  const uniform = nrNodes !== 0
  if (!uniform) {
    nrNodes = X86_MAX_NUMNODES
    mask = [...physnodes]
  } else {
    mask = [pblk!.nid]
  }
  let minSize: PhysSize
  if (uniform) {
    minSize = uniformSize(maxAddr, addr, 0n, nrNodes)
    size = minSize
  } else {
    minSize = uniformSize(maxAddr, addr, memHoleSize(st.mb, addr, maxAddr), nrNodes)
  }
  minSize = BigInt.asUintN(64, max(minSize, FAKE_NODE_MIN_SIZE) + FAKE_NODE_MIN_SIZE - 1n)
  minSize -= minSize % FAKE_NODE_MIN_SIZE
  if (size < minSize) {
    st.trace.err('numa', `Fake node size ${size / SZ_1M}MB too small, increasing to ${minSize / SZ_1M}MB`)
    size = minSize
  }
  size -= size % FAKE_NODE_MIN_SIZE
  while (mask.length > 0) {
    for (const i of [...mask]) {
      const physBlk = emuFindMemblkByNid(i, st.pi)
      if (physBlk < 0) {
        mask.splice(mask.indexOf(i), 1)
        continue
      }
      const { start, end: limit } = st.pi.blk[physBlk]!
      let end = uniform ? start + size : findEndOfNode(st.mb, start, limit, size)
      if (end < DMA32_END && sub(sub(DMA32_END, end), memHoleSize(st.mb, end, DMA32_END)) < FAKE_NODE_MIN_SIZE) end = DMA32_END
      if (sub(sub(limit, end), memHoleSize(st.mb, end, limit)) < size && !uniform) end = limit
      if (!emuSetupMemblk(st, nid++ % X86_MAX_NUMNODES, physBlk, min(end, limit) - start)) return -1
    }
  }
  return nid
}

/** What numa_emulation() left: the fake nodes' blocks (numa_meminfo) and numa_nodes_parsed. */
export interface NumaEmulated {
  blocks: NumaMemblk[]
  nodes: number[]
}

/** What numa_emulation() reads besides memblock. */
export interface NumaEmulationInput {
  /** numa_emu_cmdline()'s string: what followed "fake=" (numaEmuCmdline()). */
  emu: string
  /** numa_meminfo after numa_init()'s numa_cleanup_meminfo(): the physical nodes' blocks. */
  physical: readonly NumaMemblk[]
  /** numa_nodes_parsed: the physical nodes, ascending. */
  parsed: readonly number[]
  /** numa_distance_cnt and the table's address, where firmware gave a SLIT (numa_set_distance() allocated it); cnt 0 without. */
  distance: { cnt: number; base: PhysAddr }
  /** PFN_PHYS(max_pfn). */
  maxPfnAddr: PhysAddr
  /** `numa=off` given (numa_off). */
  numaOff: boolean
  gen: NumaEmuGeneration
  /** numa_cleanup_meminfo()'s clip (NumaMemblockGeneration.clipToDram). */
  clipToDram: boolean
  memparse: Memparse
}

/**
 * Mirrors numa_emulation() — arch/x86/mm/numa_emulation.c (v5.10.223:364, v6.1.192),
 * mm/numa_emulation.c (v6.12.117:374, v7.2.13), as numa_init() calls it after cleaning the
 * firmware's meminfo: parses the form, splits, cleans the fake nodes' meminfo, copies the
 * physical distance table (a memblock page, freed again at the end), and rebuilds the distance
 * table for the fake nodes (numa_reset_distance() frees the firmware's; numa_set_distance()
 * allocates one of (highest node + 1)² bytes, page-aligned, from the top). Returns the fake
 * nodes, or undefined where emulation was not asked for or gave up (the physical nodes stay).
 * The distances a `:d,d,…` suffix gives only fill the table.
 */
export function numaEmulation(mb: Memblock, input: NumaEmulationInput, trace: Trace): NumaEmulated | undefined {
  const { emu, gen } = input
  const st: EmuState = {
    mb,
    ei: { blk: [], nr: 0 },
    pi: { blk: input.physical.map((b) => ({ ...b })), nr: input.physical.length },
    emuNidToPhys: new Int32Array(X86_MAX_NUMNODES).fill(-1),
    trace,
  }
  let ok: boolean
  if (emu.includes('U')) {
    // simple_strtoul(): an unsigned long, passed on as an int.
    const n = simpleStrtoull(emu, 0, false).value
    const nInt = Number(BigInt.asIntN(32, n))
    let nid = 0
    let ret = -1
    for (const i of input.parsed) {
      // blk[0] each time: the physical node's blocks are removed as they are used up.
      const pblk = st.pi.blk[0]
      ret = splitNodesSizeInterleaveUniform(st, pblk?.start ?? 0n, pblk?.end ?? 0n, 0n, nInt, pblk, nid, input.parsed)
      if (ret < 0) break
      if (gen.countsCreatedPerNode) {
        if (ret === nid) continue
        const created = ret - nid
        if (BigInt(created) < n) {
          trace.info('numa', `numa_emulation: phys: ${i} only got ${created} of ${BigInt.asIntN(64, n)} nodes, failing`)
          ret = -1
          break
        }
      } else if (BigInt(ret) < n) {
        trace.info('numa', `numa_emulation: phys: ${i} only got ${ret} of ${BigInt.asIntN(64, n)} nodes, failing`)
        ret = -1
        break
      }
      nid = ret
    }
    ok = ret >= 0
  } else if (emu.includes('M') || emu.includes('G')) {
    const size = input.memparse(emu, 0).value
    ok = splitNodesSizeInterleaveUniform(st, 0n, input.maxPfnAddr, size, 0, undefined, 0, input.parsed) >= 0
  } else {
    const n = simpleStrtoull(emu, 0, false).value
    ok = splitNodesInterleave(st, 0n, input.maxPfnAddr, Number(BigInt.asIntN(32, n)), input.parsed)
  }
  if (!ok) return undefined
  if (!numaCleanupMeminfo(mb, st.ei, input.clipToDram, input.maxPfnAddr, trace)) {
    trace.warn('numa', 'NUMA: Warning: constructed meminfo invalid, disabling emulation')
    return undefined
  }
  // The physical distance table's copy: a page from the top (below max_pfn_mapped, all of RAM).
  const cnt = BigInt(input.distance.cnt)
  const physDist = cnt > 0n ? memblockAllocTryNid(mb, cnt * cnt, SZ_4K, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'numa_emulation') : 0n
  const nodes: number[] = []
  for (let i = 0; i < st.ei.nr; i++) {
    const b = st.ei.blk[i]!
    if (b.start !== b.end && !nodes.includes(b.nid)) nodes.push(b.nid)
  }
  nodes.sort((a, b) => a - b)
  // fix_pxm_node_maps() (6.12.67+, 6.14+): -1 with numa=off, the copy left allocated.
  if (gen.refusesNumaOff && input.numaOff) return undefined
  // numa_reset_distance(): the firmware's table goes; numa_set_distance() of the first pair
  // allocates the new one over the fake nodes (numa_alloc_distance(): the parsed nodes and the
  // meminfo's, the same nodes here).
  if (input.distance.cnt > 0) memblockPhysFree(mb, input.distance.base, cnt * cnt)
  const newCnt = BigInt(nodes[nodes.length - 1]! + 1)
  memblockAllocTryNid(mb, newCnt * newCnt, SZ_4K, 0n, MEMBLOCK_ALLOC_ACCESSIBLE, 'numa_distance')
  if (physDist) memblockPhysFree(mb, physDist, cnt * cnt)
  return { blocks: st.ei.blk.slice(0, st.ei.nr), nodes }
}
