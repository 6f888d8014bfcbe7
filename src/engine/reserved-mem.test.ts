// SPDX-License-Identifier: GPL-2.0-only
/**
 * reserved-mem.ts: the CMA pool node rules on their own (what becomes of a reusable
 * shared-dma-pool node, and of its memory, per CONFIG_DMA_CMA, `cma=`, no-map and
 * alignment); the /reserved-memory scan per drivers/of generation; and every DT boot of the
 * oracle, whose "OF: reserved mem" lines the simulation must print as the kernel did.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate, memblockMarkNomap, memblockReserve, MEMBLOCK_NOMAP, type Memblock } from './memblock/memblock.js'
import { SZ_1G, SZ_1M, SZ_2M, SZ_64M } from './phys.js'
import {
  earlyInitFdtScanReservedMem,
  fdtScanReservedMemLate,
  initCmaPoolNode,
  OF_RESERVED_MEM_5_10,
  OF_RESERVED_MEM_5_10_0,
  OF_RESERVED_MEM_5_14,
  OF_RESERVED_MEM_5_15,
  OF_RESERVED_MEM_5_17,
  OF_RESERVED_MEM_6_1,
  OF_RESERVED_MEM_6_12_103,
  OF_RESERVED_MEM_6_13,
  OF_RESERVED_MEM_6_12_13,
  OF_RESERVED_MEM_6_19,
  OF_RESERVED_MEM_6_3,
  OF_RESERVED_MEM_6_4,
  OF_RESERVED_MEM_6_5,
  OF_RESERVED_MEM_6_11,
  OF_RESERVED_MEM_7_1,
  OF_RESERVED_MEM_7_2,
  OF_RESERVED_MEM_7_3,
  rmemCmaSkipped,
  takeCmaPoolNode,
  type CmaNodeContext,
  type OfReservedMemGeneration,
} from './reserved-mem.js'
import { Trace } from './trace.js'
import type { EarlyReservation } from './types.js'
import { stripTimestamp } from '../oracle/compare.js'
import { caseToBoard } from '../oracle/case-board.js'
import { boardToLayouts } from '../oracle/decode-board.js'
import { runOracleCase, type OracleCase } from '../oracle/run-case.js'
import { simulate } from './simulate.js'
import { policyFor } from './policies/index.js'

const BASE = SZ_1G
const ctx = (c: Partial<CmaNodeContext> = {}): CmaNodeContext => ({ dmaCma: true, cmdlineCma: false, cmaMinAlign: SZ_2M, ...c })
/** 1 GiB of memory with the node's 64 MiB allocated at BASE (reserved, or flagged no-map). */
function placed(nomap: boolean): Memblock {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, BASE, SZ_1G)
  if (nomap) memblockMarkNomap(mb, BASE, SZ_64M)
  else memblockReserve(mb, BASE, SZ_64M, 'linux,cma')
  return mb
}
const run = (nomap: boolean, cmaDefault: boolean, c: CmaNodeContext, size = SZ_64M) => {
  const mb = placed(nomap)
  const trace = new Trace()
  const cma = initCmaPoolNode(mb, { name: 'linux,cma', nomap, cmaDefault }, BASE, size, c, trace)
  return { cma, lines: trace.events.map((e) => e.text), reserved: mb.reserved.regions.length, nomapFlags: mb.memory.regions.filter((r) => r.flags & MEMBLOCK_NOMAP).length }
}

describe('≤6.x: __reserved_mem_init_node() on an allocated CMA pool', () => {
  it('becomes a CMA area and keeps its memory', () => {
    expect(run(false, true, ctx())).toMatchObject({ cma: true, reserved: 1 })
  })
  it('cma= bypasses a default pool; rmem_dma_setup() refuses it; the memory goes back', () => {
    expect(run(false, true, ctx({ cmdlineCma: true }))).toEqual({
      cma: false,
      lines: ['Reserved memory: bypass linux,cma node, using cmdline CMA params instead', 'OF: reserved mem: node linux,cma compatible matching fail'],
      reserved: 0,
      nomapFlags: 0,
    })
  })
  it('cma= leaves a pool that is not the default alone', () => {
    expect(run(false, false, ctx({ cmdlineCma: true })).cma).toBe(true)
  })
  it('cma= bypasses a default pool before rmem_cma_setup() looks at no-map: the bypass line, then NOMAP cleared', () => {
    // kernel/dma/contiguous.c@v6.12.117 rmem_cma_setup(): the size_cmdline test comes first.
    expect(run(true, true, ctx({ cmdlineCma: true }))).toEqual({
      cma: false,
      lines: ['Reserved memory: bypass linux,cma node, using cmdline CMA params instead', 'OF: reserved mem: node linux,cma compatible matching fail'],
      reserved: 0,
      nomapFlags: 0,
    })
  })
  it('a no-map pool is never CMA: its NOMAP flag is cleared', () => {
    expect(run(true, true, ctx())).toEqual({ cma: false, lines: ['OF: reserved mem: node linux,cma compatible matching fail'], reserved: 0, nomapFlags: 0 })
  })
  it('5.10 removed a no-map node from memory: a failed one is added back', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, BASE + SZ_64M, SZ_1G - SZ_64M)
    initCmaPoolNode(mb, { name: 'linux,cma', nomap: true, cmaDefault: true }, BASE, SZ_64M, ctx({ nomapRemoved: true }), new Trace())
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([[BASE, SZ_1G]])
  })
  it('a size that is not pageblock aligned is refused', () => {
    expect(run(false, true, ctx(), SZ_64M + 4096n).lines[0]).toBe('Reserved memory: incorrect alignment of CMA region')
  })
  it('without CONFIG_DMA_CMA only rmem_dma_setup() is there, and it refuses a reusable pool', () => {
    expect(run(false, true, ctx({ dmaCma: false }))).toMatchObject({ cma: false, reserved: 0 })
  })
})

describe('7.x: rmem_cma_validate() before the allocation', () => {
  const skipped = (nomap: boolean, cmaDefault: boolean, c: CmaNodeContext) => rmemCmaSkipped({ name: 'linux,cma', nomap, cmaDefault }, c, new Trace())
  it('skips only a default, mappable pool under cma= with CONFIG_DMA_CMA', () => {
    expect(skipped(false, true, ctx({ cmdlineCma: true }))).toBe(true)
    expect(skipped(false, true, ctx())).toBe(false)
    expect(skipped(false, false, ctx({ cmdlineCma: true }))).toBe(false)
    expect(skipped(true, true, ctx({ cmdlineCma: true }))).toBe(false)
    expect(skipped(false, true, ctx({ dmaCma: false, cmdlineCma: true }))).toBe(false)
  })
})

describe('7.x: an allocated pool after rmem_cma_validate()', () => {
  const take = (c: CmaNodeContext, nomap: boolean, size = SZ_64M) => {
    const mb = placed(nomap)
    const trace = new Trace()
    const outcome = takeCmaPoolNode(mb, 'validate', { name: 'linux,cma', nomap, cmaDefault: true }, BASE, size, c, trace)
    return { outcome, lines: trace.events.map((e) => e.text), reserved: mb.reserved.regions.length }
  }
  it('becomes CMA with CONFIG_DMA_CMA; without it, or no-map, no init function claims it and it stays reserved', () => {
    expect(take(ctx(), false)).toMatchObject({ outcome: 'cma', reserved: 1 })
    expect(take(ctx({ dmaCma: false }), false)).toEqual({ outcome: 'kept', lines: [], reserved: 1 })
    expect(take(ctx(), true).outcome).toBe('kept')
  })
  it('a size that is not CMA-aligned fails rmem_cma_setup() (-EINVAL): the node is freed', () => {
    expect(take(ctx(), false, SZ_64M + SZ_1M)).toEqual({
      outcome: 'freed',
      lines: ['Reserved memory: incorrect alignment of CMA region', 'OF: reserved mem: node linux,cma compatible matching fail'],
      reserved: 0,
    })
  })
})

// ---------------------------------------------------------------- the scan per generation

const fixed = (name: string, base: bigint, size: bigint, nomap = false): EarlyReservation => ({ kind: 'fixed', name, base, size, nomap })
const dynamic = (name: string, size: bigint, o: Partial<Extract<EarlyReservation, { kind: 'dynamic' }>> = {}): EarlyReservation => ({
  kind: 'dynamic',
  name,
  size,
  align: 0n,
  allocRanges: [],
  nomap: false,
  cma: false,
  cmaDefault: false,
  ...o,
})

/** 4 GiB of RAM at 1 GiB; the scan (and, for two-pass generations, the late pass) over `nodes`; CMA per `cma`. */
function scan(gen: OfReservedMemGeneration, nodes: EarlyReservation[], late = true, cma = ctx()) {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, SZ_1G, 4n * SZ_1G)
  const trace = new Trace()
  const cx = { gen, cma }
  const st = earlyInitFdtScanReservedMem(mb, nodes, cx, trace)
  if (late) fdtScanReservedMemLate(mb, st, cx, trace)
  // Adjacent reservations merge (keeping the first owner): ask for coverage, not owners.
  const has = (base: bigint, size: bigint) => mb.reserved.regions.some((r) => r.base <= base && base + size <= r.base + r.size)
  const regions = () => mb.reserved.regions.map((r) => [r.base, r.size])
  return { mb, st, has, regions, lines: trace.events.map((e) => e.text) }
}

describe('earlyInitFdtScanReservedMem(): the order dynamic nodes are placed in', () => {
  // 1 GiB alignment keeps them apart: the first placed takes [4G, 4G+16M), the next [3G, 3G+16M).
  const two = [dynamic('first', 16n * SZ_1M, { align: SZ_1G }), dynamic('second', 32n * SZ_1M, { align: SZ_1G })]
  it('≤6.4 sorts reserved_mem[] first; the two equal entries come out swapped, so the second node is placed first', () => {
    for (const gen of [OF_RESERVED_MEM_5_10, OF_RESERVED_MEM_6_1, OF_RESERVED_MEM_6_3, OF_RESERVED_MEM_6_4]) {
      const r = scan(gen, two)
      expect([r.has(4n * SZ_1G, 32n * SZ_1M), r.has(3n * SZ_1G, 16n * SZ_1M)]).toEqual([true, true])
    }
  })
  it('6.5+ places them in DT order (the sort breaks ties by node from 6.5; two passes from 6.12.13)', () => {
    for (const gen of [OF_RESERVED_MEM_6_5, OF_RESERVED_MEM_6_12_103, OF_RESERVED_MEM_7_2]) {
      const r = scan(gen, two)
      expect([r.has(4n * SZ_1G, 16n * SZ_1M), r.has(3n * SZ_1G, 32n * SZ_1M)]).toEqual([true, true])
      expect(r.has(4n * SZ_1G, 32n * SZ_1M)).toBe(false)
    }
  })
  it('a static node anywhere in the list is reserved before any dynamic one is placed', () => {
    for (const gen of [OF_RESERVED_MEM_5_10, OF_RESERVED_MEM_6_12_103]) {
      // The static node sits at 4G; the dynamic one, listed first, must go to 3G.
      const r = scan(gen, [dynamic('pool', 16n * SZ_1M, { align: SZ_1G }), fixed('fw', 4n * SZ_1G, 16n * SZ_1M)])
      expect(r.has(3n * SZ_1G, 16n * SZ_1M)).toBe(true)
    }
  })
  it('without alignment or alloc-ranges: SMP_CACHE_BYTES (64) aligned, anywhere (MEMBLOCK_ALLOC_ANYWHERE), at the top', () => {
    // drivers/of/of_reserved_mem.c@v6.1.192 early_init_dt_alloc_reserved_memory_arch(): end 0 is
    // MEMBLOCK_ALLOC_ANYWHERE, align 0 is SMP_CACHE_BYTES (L1_CACHE_BYTES, 64 on arm64).
    expect(scan(OF_RESERVED_MEM_6_1, [dynamic('small', 0x1040n)]).regions()).toEqual([[5n * SZ_1G - 0x1040n, 0x1040n]])
    const mb = memblockCreate(4096n)
    memblockAdd(mb, SZ_1G, SZ_1G)
    memblockAdd(mb, 1n << 40n, SZ_1G)
    earlyInitFdtScanReservedMem(mb, [dynamic('pool', SZ_2M)], { gen: OF_RESERVED_MEM_6_1, cma: ctx() }, new Trace())
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[(1n << 40n) + SZ_1G - SZ_2M, SZ_2M]])
  })
})

describe('__reserved_mem_alloc_in_range() (6.5+): an alloc-ranges window next to a placed region', () => {
  // The window [2G, 3G) starts where the static node ends: 6.5+ allocates bottom-up from it.
  const MB32 = 32n * SZ_1M
  const nodes = [fixed('fw', 2n * SZ_1G - 64n * SZ_1M, 64n * SZ_1M), dynamic('pool', MB32, { allocRanges: [{ base: 2n * SZ_1G, size: SZ_1G }] })]
  it('≤6.4: top-down, at the top of the window', () => {
    for (const gen of [OF_RESERVED_MEM_6_1, OF_RESERVED_MEM_6_4]) {
      const r = scan(gen, nodes)
      expect([r.has(3n * SZ_1G - MB32, MB32), r.has(2n * SZ_1G, MB32)]).toEqual([true, false])
    }
  })
  it('6.5 – 6.12.12: the static node is in reserved_mem[], so bottom-up, right after it', () => {
    const r = scan(OF_RESERVED_MEM_6_5, nodes)
    expect([r.has(3n * SZ_1G - MB32, MB32), r.has(2n * SZ_1G, MB32)]).toEqual([false, true])
  })
  it('6.12.13+: static nodes are saved late, so only an earlier dynamic node counts', () => {
    const r = scan(OF_RESERVED_MEM_6_12_103, nodes)
    expect([r.has(3n * SZ_1G - MB32, MB32), r.has(2n * SZ_1G, MB32)]).toEqual([true, false])
    // 'a' lands at 3G - 64M; a window starting at its end goes bottom-up from there.
    const a = dynamic('a', 64n * SZ_1M, { allocRanges: [{ base: 2n * SZ_1G, size: SZ_1G }] })
    const fromA = [a, dynamic('b', MB32, { allocRanges: [{ base: 3n * SZ_1G, size: SZ_1G }] })]
    expect(scan(OF_RESERVED_MEM_6_12_103, fromA).has(3n * SZ_1G, MB32)).toBe(true)
    expect(scan(OF_RESERVED_MEM_6_1, fromA).has(4n * SZ_1G - MB32, MB32)).toBe(true)
    expect(scan(OF_RESERVED_MEM_6_1, fromA).has(3n * SZ_1G, MB32)).toBe(false)
  })
  it('6.5 – 6.12.12: a dynamic node placed earlier is in reserved_mem[] too (its base and size written back)', () => {
    const a = dynamic('a', 64n * SZ_1M, { allocRanges: [{ base: 2n * SZ_1G, size: SZ_1G }] })
    const r = scan(OF_RESERVED_MEM_6_5, [a, dynamic('b', MB32, { allocRanges: [{ base: 3n * SZ_1G, size: SZ_1G }] })])
    expect(r.regions()).toEqual([[3n * SZ_1G - 64n * SZ_1M, 64n * SZ_1M + MB32]])
  })
  // drivers/of/of_reserved_mem.c@v6.12.117 __reserved_mem_alloc_in_range() (83ba7361e168, 6.5):
  // bottom-up when the window's start lies in [base, base + size] of a region in
  // reserved_mem[], top-down when its end does, the default (top-down) when both or neither.
  // Adjacent reservations merge below: the pool shows as the growth of its neighbour.
  const M64 = 64n * SZ_1M
  const W = { base: 2n * SZ_1G, size: SZ_1G }
  it.each([
    ['starts at a region\'s base: bottom-up, after it', [fixed('fw', 2n * SZ_1G, M64)], [[2n * SZ_1G, M64 + MB32]]],
    ['starts at one region\'s end and ends at another\'s end: both, top-down', [fixed('a', 2n * SZ_1G - M64, M64), fixed('b', 3n * SZ_1G - M64, M64)], [[2n * SZ_1G - M64, M64], [3n * SZ_1G - M64 - MB32, M64 + MB32]]],
    ['starts at one region\'s end and ends at another\'s base: both, top-down', [fixed('a', 2n * SZ_1G - M64, M64), fixed('b', 3n * SZ_1G, M64)], [[2n * SZ_1G - M64, M64], [3n * SZ_1G - MB32, M64 + MB32]]],
  ])('6.5: a window that %s', (_what, statics, regions) => {
    expect(scan(OF_RESERVED_MEM_6_5, [...statics, dynamic('pool', MB32, { allocRanges: [W] })]).regions()).toEqual(regions)
  })
  it('6.5: the bottom-up setting is put back: a later node without alloc-ranges goes to the top', () => {
    const r = scan(OF_RESERVED_MEM_6_5, [...nodes, dynamic('next', MB32)])
    expect([r.regions(), r.mb.bottomUp]).toEqual([[[2n * SZ_1G - M64, M64 + MB32], [5n * SZ_1G - MB32, MB32]], false])
  })
  it('6.5 – 6.12.12: a node not placed yet (base 0, size 0) does not count, even for a window from 0', () => {
    const r = scan(OF_RESERVED_MEM_6_5, [dynamic('low', MB32, { allocRanges: [{ base: 0n, size: 2n * SZ_1G }] })])
    expect(r.regions()).toEqual([[2n * SZ_1G - MB32, MB32]])
  })
})

describe('fdt_init_reserved_mem() (≤6.1): the memory of a node whose init failed', () => {
  // A static no-map CMA pool inside another node's reservation: refused (-EBUSY) but saved,
  // then no init function takes it (no-map, reusable): "compatible matching fail".
  const M16 = 16n * SZ_1M
  const nodes: EarlyReservation[] = [fixed('fw', SZ_1G, SZ_64M), { ...fixed('pool', SZ_1G + M16, M16, true), cma: true }]
  it('5.10 memblock_free()s its range even for a no-map node: the part of the other reservation under it goes', () => {
    const r = scan(OF_RESERVED_MEM_5_10, nodes)
    expect(r.lines.filter((l) => /failed to reserve|matching fail/.test(l))).toEqual([
      "OF: fdt: Reserved memory: failed to reserve memory for node 'pool': base 0x0000000041000000, size 16 MiB",
      'OF: reserved mem: node pool compatible matching fail',
    ])
    expect(r.regions()).toEqual([[SZ_1G, M16], [SZ_1G + 2n * M16, 2n * M16]])
  })
  it('6.1 clears NOMAP on a no-map node and frees nothing', () => {
    expect(scan(OF_RESERVED_MEM_6_1, nodes).regions()).toEqual([[SZ_1G, SZ_64M]])
  })
})

/** A no-map node of `size` at `base` over 1 MiB of firmware reserved there, RAM [1G, 5G). */
function noMapOverFirmware(gen: OfReservedMemGeneration, base: bigint, size: bigint): { mb: Memblock; trace: Trace } {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, SZ_1G, 4n * SZ_1G)
  memblockReserve(mb, base, SZ_1M, 'firmware')
  const trace = new Trace()
  earlyInitFdtScanReservedMem(mb, [fixed('fw', base, size, true)], { gen, cma: ctx() }, trace)
  return { mb, trace }
}
describe('the lines each generation prints', () => {
  const nodes = [fixed('fw@c0000000', 0xc0000000n, 16n * SZ_1M, true), dynamic('pool', 16n * SZ_1M)]
  const pool = '0x000000013f000000..0x000000013fffffff (16384 KiB) map non-reusable pool'
  const fw = '0x00000000c0000000..0x00000000c0ffffff (16384 KiB) nomap non-reusable fw@c0000000'
  it('≤6.2: none for nodes that are placed', () => {
    expect(scan(OF_RESERVED_MEM_6_1, nodes).lines).toEqual([])
  })
  it('6.3 – 6.12.12: a range line per node, in sorted order (dynamic nodes first), all in the early pass', () => {
    expect(scan(OF_RESERVED_MEM_6_3, nodes, false).lines).toEqual([`OF: reserved mem: ${pool}`, `OF: reserved mem: ${fw}`])
  })
  it('6.12.13+: dynamic nodes early, static ones late; the reserved_mem array is allocated for both', () => {
    const early = scan(OF_RESERVED_MEM_6_12_103, nodes, false)
    expect(early.lines).toEqual([`OF: reserved mem: ${pool}`])
    expect(early.st.totalReservedMemCnt).toBe(2)
    const all = scan(OF_RESERVED_MEM_6_12_103, nodes)
    expect(all.lines).toEqual([`OF: reserved mem: ${pool}`, `OF: reserved mem: ${fw}`])
    expect(all.mb.reserved.regions.find((r) => r.owner === 'alloc_reserved_mem_array')?.size).toBe(96n)
    expect(scan(OF_RESERVED_MEM_7_2, nodes).mb.reserved.regions.find((r) => r.owner === 'alloc_reserved_mem_array')?.size).toBe(80n)
  })
  it('6.12.13 – 6.12.102: the same two passes and lines, but reserved_mem stays the static array (nothing allocated)', () => {
    const r = scan(OF_RESERVED_MEM_6_12_13, nodes)
    expect(r.lines).toEqual(scan(OF_RESERVED_MEM_6_12_103, nodes).lines)
    expect(r.mb.reserved.regions.some((x) => x.owner === 'alloc_reserved_mem_array')).toBe(false)
    expect(r.mb.reserved.regions.length).toBe(scan(OF_RESERVED_MEM_6_12_103, nodes).mb.reserved.regions.length - 1)
  })
  it('a shared-dma-pool without reusable: rmem_dma_setup()\'s two lines before the range line, the memory kept (test/boots/arm64-resmem "dsp")', () => {
    const dma = [{ ...fixed('fw@c0000000', 0xc0000000n, 16n * SZ_1M, true), dmaPool: true }, dynamic('pool', 16n * SZ_1M, { dmaPool: true })]
    const created = (base: string) => `Reserved memory: created DMA memory pool at ${base}, size 16 MiB`
    const init = (name: string) => `OF: reserved mem: initialized node ${name}, compatible id shared-dma-pool`
    // 6.1 prints no range line; sorted order puts the dynamic node (base 0 when sorted) first.
    const old = scan(OF_RESERVED_MEM_6_1, dma)
    expect(old.lines).toEqual([created('0x000000013f000000'), init('pool'), created('0x00000000c0000000'), init('fw@c0000000')])
    expect(old.has(0x13f000000n, 16n * SZ_1M)).toBe(true)
    // 7.2: dynamic nodes early, static ones late, each with its range line after the init.
    expect(scan(OF_RESERVED_MEM_7_2, dma).lines).toEqual([created('0x000000013f000000'), init('pool'), `OF: reserved mem: ${pool}`, created('0x00000000c0000000'), init('fw@c0000000'), `OF: reserved mem: ${fw}`])
    // A reusable one is a CMA pool, whatever dmaPool says.
    expect(scan(OF_RESERVED_MEM_7_2, [dynamic('pool', 16n * SZ_1M, { dmaPool: true, cma: true })]).lines[0]).toBe('Reserved memory: created CMA memory pool at 0x000000013f000000, size 16 MiB')
    // 7.3 says a DMA pool's size in KiB (a 12 KiB pool said 0 MiB before: test/boots/random-dt
    // b12); a CMA pool's stays in MiB.
    const small = [dynamic('pool', 12n * 1024n, { dmaPool: true })]
    expect([OF_RESERVED_MEM_7_2, OF_RESERVED_MEM_7_3].map((gen) => scan(gen, small).lines[0])).toEqual([
      'Reserved memory: created DMA memory pool at 0x000000013fffd000, size 0 MiB',
      'Reserved memory: created DMA memory pool at 0x000000013fffd000, size 12 KiB',
    ])
    expect(scan(OF_RESERVED_MEM_7_3, dma).lines[0]).toBe('Reserved memory: created DMA memory pool at 0x000000013f000000, size 16384 KiB')
    expect(scan(OF_RESERVED_MEM_7_3, [dynamic('pool', 16n * SZ_1M, { dmaPool: true, cma: true })]).lines[0]).toBe('Reserved memory: created CMA memory pool at 0x000000013f000000, size 16 MiB')
  })
  it('6.12.13+ without /reserved-memory: one line, no array', () => {
    const r = scan(OF_RESERVED_MEM_6_12_103, [])
    expect(r.lines).toEqual(['OF: reserved mem: Reserved memory: No reserved-memory node in the DT'])
    expect(r.mb.reserved.regions).toEqual([])
    expect(scan(OF_RESERVED_MEM_6_1, []).lines).toEqual([])
  })
  it('a node that cannot be placed: 5.10 without the size (pr_info), 6.1+ with it (pr_err)', () => {
    const big = [dynamic('huge', 8n * SZ_1G)]
    expect(scan(OF_RESERVED_MEM_5_10, big).lines).toEqual(["OF: reserved mem: failed to allocate memory for node 'huge'"])
    expect(scan(OF_RESERVED_MEM_6_12_103, big).lines).toEqual(["OF: reserved mem: failed to allocate memory for node 'huge': size 8192 MiB"])
    // Still pr_info() without the size in v5.19 (of_reserved_mem.c@v5.19:159); pr_err() from v6.0:159.
    for (const gen of [OF_RESERVED_MEM_5_15, OF_RESERVED_MEM_5_17]) expect(scan(gen, big).lines).toEqual(["OF: reserved mem: failed to allocate memory for node 'huge'"])
    expect(scan(OF_RESERVED_MEM_6_1, big).lines).toEqual(["OF: reserved mem: failed to allocate memory for node 'huge': size 8192 MiB"])
  })
  it('the mainline 5.11 – 5.19 drivers/of as the arm64 policies take them (fdt.c, of_reserved_mem.c @v5.11 … @v6.0)', () => {
    const gen = (r: string) => policyFor('arm64', r)!.arm64!.ofReservedMem
    // v5.11: static no-map memblock_remove()d; v5.13 refuses it over reservations (as 5.10.20+).
    expect(gen('5.11.0')).toBe(OF_RESERVED_MEM_5_10_0)
    expect(gen('5.13.0')).toBe(OF_RESERVED_MEM_5_10)
    // v5.15: a dynamic no-map node allocated and flagged NOMAP; v5.17 – v5.19: refused only over RAM.
    expect(gen('5.15.0')).toMatchObject({ dynamicNomap: 'mark', nomapBusyOnlyInMemory: false, allocFailSize: false })
    for (const r of ['5.18.0', '5.19.0']) expect(gen(r)).toMatchObject({ dynamicNomap: 'mark', nomapBusyOnlyInMemory: true, allocFailSize: false, staticFail: { level: 'info' } })
    expect(gen('6.0.0')).toMatchObject({ allocFailSize: true, staticFail: { level: 'err' } })
    // 6.8: fdt.c's line; 6.11 – 6.12.12: of_reserved_mem.c's (the 6.11 record); 6.12.13+ restructured.
    for (const r of ['6.5.0', '6.8.12', '6.10.14']) expect(gen(r).staticFail.prefix, r).toBe('OF: fdt: ')
    for (const r of ['6.11.0', '6.12.0', '6.12.12']) expect(gen(r), r).toBe(OF_RESERVED_MEM_6_11)
    for (const r of ['6.11.0', '6.12.0']) expect(policyFor('riscv64', r)!.riscv!.ofReservedMem, r).toBe(OF_RESERVED_MEM_6_11)
  })
  it('no-map over a reservation is refused; the line is fdt.c\'s up to 6.12.12; 5.10 refuses even outside RAM', () => {
    const clash = (gen: OfReservedMemGeneration, base: bigint) => {
      const { mb, trace } = noMapOverFirmware(gen, base, SZ_1M)
      return { lines: trace.events.map((e) => `${e.level} ${e.text}`), nomap: mb.memory.regions.some((r) => r.flags & MEMBLOCK_NOMAP) }
    }
    expect(clash(OF_RESERVED_MEM_5_10, SZ_1G)).toEqual({ lines: ["info OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB"], nomap: false })
    expect(clash(OF_RESERVED_MEM_6_1, SZ_1G).lines).toEqual(["err OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB"])
    expect(clash(OF_RESERVED_MEM_6_12_103, SZ_1G).lines).toEqual(["err OF: reserved mem: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB"])
    // The scan moved to of_reserved_mem.c in 6.11 and took its pr_fmt (of_reserved_mem.c@v6.11:12,133;
    // fdt.c@v6.8:9,531), as the compiled 6.8 and 6.11 trees print (test/fuzz/kernel-resmem.test.ts).
    expect(clash(OF_RESERVED_MEM_6_5, SZ_1G).lines[0]).toEqual("err OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB")
    expect(clash(OF_RESERVED_MEM_6_11, SZ_1G).lines[0]).toEqual("err OF: reserved mem: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB")
    // Below RAM (not memory at all): only 5.10 refuses.
    expect(clash(OF_RESERVED_MEM_5_10, 0n).lines.length).toBe(1)
    expect(clash(OF_RESERVED_MEM_6_1, 0n).lines).toEqual([])
  })
  it('6.1+: RAM is half-open: a no-map node that only touches it is outside memory, so flagged without the check', () => {
    // drivers/of/fdt.c@v6.1.192 early_init_dt_reserve_memory(): memblock_overlaps_region()
    // (mm/memblock.c memblock_addrs_overlap(): base1 < base2 + size2 && base2 < base1 + size1).
    const refuse = (gen: OfReservedMemGeneration, base: bigint) => noMapOverFirmware(gen, base, SZ_1M).trace.events.length
    expect([refuse(OF_RESERVED_MEM_6_1, SZ_1G - SZ_1M), refuse(OF_RESERVED_MEM_6_1, 5n * SZ_1G)]).toEqual([0, 0])
    expect([refuse(OF_RESERVED_MEM_6_1, SZ_1G), refuse(OF_RESERVED_MEM_6_1, 5n * SZ_1G - SZ_1M)]).toEqual([1, 1])
  })
  it('the failure lines give whole MiB, rounded down ((unsigned long)(size / SZ_1M))', () => {
    const { trace } = noMapOverFirmware(OF_RESERVED_MEM_6_1, SZ_1G, 0x180000n)
    expect(trace.events.map((e) => e.text)).toEqual(["OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000040000000, size 1 MiB"])
    expect(scan(OF_RESERVED_MEM_6_12_103, [dynamic('huge', 8n * SZ_1G + 0x80000n)]).lines).toEqual(["OF: reserved mem: failed to allocate memory for node 'huge': size 8192 MiB"])
  })
  it('6.3 – 6.12.12: a static node of size 0 is handed to __reserved_mem_alloc_size(), which finds no size: no range line', () => {
    // fdt_init_reserved_mem() before the 6.12.13 restructure: rmem->size == 0 → -EINVAL, and the
    // range line sits in the err == 0 branch.
    expect(scan(OF_RESERVED_MEM_6_5, [fixed('fw', 0xc0000000n, 0n)]).lines).toEqual(["OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x00000000c0000000, size 0 MiB"])
  })
  it('5.10.0 – 5.10.19 memblock_remove() a static no-map node, even over reserved memory, and print nothing', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, SZ_1G, 4n * SZ_1G)
    memblockReserve(mb, SZ_1G, SZ_1M, 'firmware')
    const trace = new Trace()
    earlyInitFdtScanReservedMem(mb, [fixed('fw', SZ_1G, SZ_2M, true)], { gen: OF_RESERVED_MEM_5_10_0, cma: ctx() }, trace)
    expect(trace.events).toEqual([])
    expect(mb.memory.regions.map((r) => [r.base, r.size, r.flags])).toEqual([[SZ_1G + SZ_2M, 4n * SZ_1G - SZ_2M, 0]])
  })
  it('/memreserve/ entries: reserved silently, not nodes (before the scan ≤6.3, between static and dynamic nodes 6.4 – 6.12.12, after both 6.12.13+)', () => {
    const spin = { kind: 'fixed', name: 'spin', base: 5n * SZ_1G - SZ_1M, size: SZ_1M, nomap: false, memreserve: true } as const
    const pool = dynamic('pool', SZ_1M)
    // Before the scan, the pool goes below the reserved entry; after it, the pool takes the top first.
    const old = scan(OF_RESERVED_MEM_6_1, [spin, pool])
    expect([old.has(5n * SZ_1G - SZ_1M, SZ_1M), old.has(5n * SZ_1G - 2n * SZ_1M, SZ_1M), old.lines]).toEqual([true, true, []])
    const now = scan(OF_RESERVED_MEM_6_12_103, [spin, pool])
    expect(now.has(5n * SZ_1G - 2n * SZ_1M, SZ_1M)).toBe(false)
    expect(now.st.totalReservedMemCnt).toBe(1)
    expect(now.lines).toEqual(['OF: reserved mem: 0x000000013ff00000..0x000000013fffffff (1024 KiB) map non-reusable pool'])
    // 6.4 – 6.12.12: after the static nodes, still before the dynamic ones.
    const mid = scan(OF_RESERVED_MEM_6_4, [spin, pool])
    expect([mid.has(5n * SZ_1G - 2n * SZ_1M, SZ_1M), mid.lines.length]).toEqual([true, 1])
    // A no-map node over a /memreserve/ entry: refused while /memreserve/ came first (≤6.3).
    const clash = { kind: 'fixed', name: 'fw', base: spin.base, size: spin.size, nomap: true } as const
    // (The node is saved all the same, so 6.3 still prints its range line.)
    expect(scan(OF_RESERVED_MEM_6_3, [spin, clash]).lines).toEqual([
      "OF: fdt: Reserved memory: failed to reserve memory for node 'fw': base 0x000000013ff00000, size 1 MiB",
      'OF: reserved mem: 0x000000013ff00000..0x000000013fffffff (1024 KiB) nomap non-reusable fw',
    ])
    expect(scan(OF_RESERVED_MEM_6_4, [spin, clash]).lines).toEqual(['OF: reserved mem: 0x000000013ff00000..0x000000013fffffff (1024 KiB) nomap non-reusable fw'])
    // Only /memreserve/ entries: the DT has no /reserved-memory node.
    expect(scan(OF_RESERVED_MEM_6_12_103, [spin]).lines).toEqual(['OF: reserved mem: Reserved memory: No reserved-memory node in the DT'])
  })
  it('a node with several reg entries: all reserved up to 6.12 (6.12 warns late), only the first on 7.x', () => {
    const fw: EarlyReservation = { kind: 'fixed', name: 'fw', base: 0xc0000000n, size: SZ_1M, nomap: false, moreReg: [{ base: 0xd0000000n, size: SZ_1M }] }
    const old = scan(OF_RESERVED_MEM_6_1, [fw])
    expect([old.has(0xc0000000n, SZ_1M), old.has(0xd0000000n, SZ_1M), old.lines]).toEqual([true, true, []])
    const mid = scan(OF_RESERVED_MEM_6_12_103, [fw])
    expect(mid.has(0xd0000000n, SZ_1M)).toBe(true)
    expect(mid.lines).toEqual([
      "OF: reserved mem: fdt_scan_reserved_mem_reg_nodes() ignores 1 regions in node 'fw'",
      'OF: reserved mem: 0x00000000c0000000..0x00000000c00fffff (1024 KiB) map non-reusable fw',
    ])
    expect(mid.st.totalReservedMemCnt).toBe(1)
    const now = scan(OF_RESERVED_MEM_7_2, [fw])
    expect(now.has(0xd0000000n, SZ_1M)).toBe(false)
    expect(now.lines).toEqual([
      "OF: reserved mem: Reserved memory: node 'fw' has 2 <base size> entries, only the first is used",
      'OF: reserved mem: 0x00000000c0000000..0x00000000c00fffff (1024 KiB) map non-reusable fw',
    ])
  })
  it('6.19 – 7.1: every reg entry still reserved, but the late pass takes the first without a warning', () => {
    // __reserved_mem_reserve_reg() loops over all entries in v6.19.6 – v7.1.3;
    // fdt_scan_reserved_mem_reg_nodes() reads only the first with of_flat_dt_get_addr_size().
    const fw: EarlyReservation = { kind: 'fixed', name: 'fw', base: 0xc0000000n, size: SZ_1M, nomap: false, moreReg: [{ base: 0xd0000000n, size: SZ_1M }] }
    for (const gen of [OF_RESERVED_MEM_6_19, OF_RESERVED_MEM_7_1]) {
      const r = scan(gen, [fw])
      expect([r.has(0xd0000000n, SZ_1M), r.lines]).toEqual([true, ['OF: reserved mem: 0x00000000c0000000..0x00000000c00fffff (1024 KiB) map non-reusable fw']])
    }
  })
  it('7.1 has the 40-byte reserved_mem, no DT-order tie-break and drops failed nodes; 6.19 – 7.0 do not (of_reserved_mem.h@v7.0.4 still has fdt_node)', () => {
    const twins = [fixed('a', 0xc0000000n, SZ_2M), fixed('b', 0xc0000000n, SZ_2M)]
    const overlap = (gen: OfReservedMemGeneration) => scan(gen, twins).lines.filter((l) => l.includes('overlaps'))
    expect(overlap(OF_RESERVED_MEM_6_19)).toEqual(['a (0x00000000c0000000--0x00000000c0200000) overlaps with b (0x00000000c0000000--0x00000000c0200000)'])
    expect(overlap(OF_RESERVED_MEM_7_1)).toEqual(['b (0x00000000c0000000--0x00000000c0200000) overlaps with a (0x00000000c0000000--0x00000000c0200000)'])
    const array = (gen: OfReservedMemGeneration) => scan(gen, twins).mb.reserved.regions.find((r) => r.owner === 'alloc_reserved_mem_array')?.size
    expect([array(OF_RESERVED_MEM_6_19), array(OF_RESERVED_MEM_7_1)]).toEqual([96n, 80n])
    const nodes2 = [dynamic('cma', 16n * SZ_1M + SZ_1M, { cma: true, align: SZ_2M }), dynamic('next', 16n * SZ_1M)]
    expect(scan(OF_RESERVED_MEM_6_19, nodes2, false).st.dynamicNodes.map((n) => n.name)).toEqual(['cma', 'next'])
    expect(scan(OF_RESERVED_MEM_7_1, nodes2, false).st.dynamicNodes.map((n) => n.name)).toEqual(['next'])
  })
  it('6.12.13+: a node whose first entry is empty still gets the late "ignores" warning, then is skipped', () => {
    const r = scan(OF_RESERVED_MEM_6_12_103, [{ kind: 'fixed', name: 'fw', base: 0n, size: 0n, nomap: false, moreReg: [{ base: 0xd0000000n, size: SZ_1M }] }])
    expect(r.lines).toEqual([
      "OF: reserved mem: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000000000000, size 0 MiB",
      "OF: reserved mem: fdt_scan_reserved_mem_reg_nodes() ignores 1 regions in node 'fw'",
    ])
    expect(r.has(0xd0000000n, SZ_1M)).toBe(true)
  })
  it('two identical static nodes: 6.12 reports them in DT order, 7.x (no tie-break, 7.2\'s sort) the other way round', () => {
    const twins = [fixed('a', 0xc0000000n, SZ_2M), fixed('b', 0xc0000000n, SZ_2M)]
    const overlap = (gen: OfReservedMemGeneration) => scan(gen, twins).lines.filter((l) => l.includes('overlaps'))
    expect(overlap(OF_RESERVED_MEM_6_12_103)).toEqual(['a (0x00000000c0000000--0x00000000c0200000) overlaps with b (0x00000000c0000000--0x00000000c0200000)'])
    expect(overlap(OF_RESERVED_MEM_7_2)).toEqual(['b (0x00000000c0000000--0x00000000c0200000) overlaps with a (0x00000000c0000000--0x00000000c0200000)'])
  })
  it('overlapping static nodes: the two-line OVERLAP DETECTED report', () => {
    const r = scan(OF_RESERVED_MEM_6_1, [fixed('a', 0xc0000000n, 2n * SZ_1M), fixed('b', 0xc0100000n, 2n * SZ_1M)])
    expect(r.lines).toEqual(['OF: reserved mem: OVERLAP DETECTED!', 'a (0x00000000c0000000--0x00000000c0200000) overlaps with b (0x00000000c0100000--0x00000000c0300000)'])
  })
  it('at the same base the smaller region sorts first (__rmem_cmp(): by base, then size)', () => {
    const r = scan(OF_RESERVED_MEM_6_1, [fixed('a', 0xc0000000n, 2n * SZ_1M), fixed('b', 0xc0000000n, SZ_1M)])
    expect(r.lines).toEqual(['OF: reserved mem: OVERLAP DETECTED!', 'b (0x00000000c0000000--0x00000000c0100000) overlaps with a (0x00000000c0000000--0x00000000c0200000)'])
  })
  it('three identical static nodes on 7.x: in the order 7.2\'s lib/sort.c leaves three equal records (2 1 0)', () => {
    // scripts/kernel-sort/harness.c on linux-source-7.2/lib/sort.c: "3 equal" → 2 1 0 (6.1's: 1 2 0).
    const r = scan(OF_RESERVED_MEM_7_2, [fixed('a', 0xc0000000n, SZ_2M), fixed('b', 0xc0000000n, SZ_2M), fixed('c', 0xc0000000n, SZ_2M)])
    const span = '(0x00000000c0000000--0x00000000c0200000)'
    expect(r.lines.filter((l) => l.includes('overlaps'))).toEqual([`c ${span} overlaps with b ${span}`, `b ${span} overlaps with a ${span}`])
  })
  it('7.x drops a node whose init failed from reserved_mem[]; 6.12 keeps it (a later window sees it)', () => {
    // A misaligned CMA pool fails its init under 7.x; under 6.12 it fails as well (rmem_cma_setup()).
    const nodes2 = [dynamic('cma', 16n * SZ_1M + SZ_1M, { cma: true, align: SZ_2M }), dynamic('next', 16n * SZ_1M)]
    expect(scan(OF_RESERVED_MEM_6_12_103, nodes2, false).st.dynamicNodes.map((n) => n.name)).toEqual(['cma', 'next'])
    expect(scan(OF_RESERVED_MEM_7_2, nodes2, false).st.dynamicNodes.map((n) => n.name)).toEqual(['next'])
  })
  it('5.10: a no-map CMA pool was memblock_remove()d, so when its init fails it is memblock_add()ed back', () => {
    // drivers/of/of_reserved_mem.c@v5.10.223 fdt_init_reserved_mem(): memblock_free(), then memblock_add() for no-map.
    const r = scan(OF_RESERVED_MEM_5_10, [dynamic('linux,cma', 16n * SZ_1M, { cma: true, nomap: true })])
    expect([r.lines, r.mb.memory.regions.map((m) => [m.base, m.size, m.flags])]).toEqual([['OF: reserved mem: node linux,cma compatible matching fail'], [[SZ_1G, 4n * SZ_1G, 0]]])
  })
  it('a dynamic no-map node: removed up to 5.13, found and flagged NOMAP but not reserved on 5.14, allocated and flagged from 5.15', () => {
    // drivers/of/of_reserved_mem.c early_init_dt_alloc_reserved_memory_arch(): @v5.13 memblock_remove(),
    // @v5.14 memblock_find_in_range() + memblock_mark_nomap(), @v5.15 memblock_phys_alloc_range() + memblock_mark_nomap().
    const node = [dynamic('fw', 16n * SZ_1M, { nomap: true })]
    const top = 5n * SZ_1G - 16n * SZ_1M
    const state = (gen: OfReservedMemGeneration) => {
      const r = scan(gen, node)
      return { memory: r.mb.memory.regions.map((m) => [m.base, m.size, m.flags]), reserved: r.has(top, 16n * SZ_1M) }
    }
    expect(state(OF_RESERVED_MEM_5_10)).toEqual({ memory: [[SZ_1G, top - SZ_1G, 0]], reserved: false })
    expect(state(OF_RESERVED_MEM_5_14)).toEqual({ memory: [[SZ_1G, top - SZ_1G, 0], [top, 16n * SZ_1M, MEMBLOCK_NOMAP]], reserved: false })
    expect(state(OF_RESERVED_MEM_5_15)).toEqual({ memory: [[SZ_1G, top - SZ_1G, 0], [top, 16n * SZ_1M, MEMBLOCK_NOMAP]], reserved: true })
  })
  it('5.14: a no-map CMA pool whose init fails has NOMAP cleared, and nothing is freed', () => {
    // fdt_init_reserved_mem()@v5.14: memblock_clear_nomap() for no-map, memblock_free() otherwise.
    const r = scan(OF_RESERVED_MEM_5_14, [dynamic('linux,cma', 16n * SZ_1M, { cma: true, nomap: true })])
    expect([r.lines, r.mb.memory.regions.map((m) => [m.base, m.size, m.flags]), r.mb.reserved.regions.length]).toEqual([['OF: reserved mem: node linux,cma compatible matching fail'], [[SZ_1G, 4n * SZ_1G, 0]], 0])
  })
  it('7.x: the CMA alignment comes from rmem_cma_validate(), so not without CONFIG_DMA_CMA nor for a no-map pool; those are kept', () => {
    // kernel/dma/contiguous.c@v7.2.13: __rmem_cma_verify_node() is -ENODEV for no-map; without
    // DMA_CMA no validate callback exists; rmem_dma_setup() returns -ENODEV for reusable.
    const line = (nomap: boolean) => `OF: reserved mem: 0x000000013ff00000..0x000000013fffffff (1024 KiB) ${nomap ? 'nomap' : 'map'} reusable pool`
    expect(scan(OF_RESERVED_MEM_7_2, [dynamic('pool', SZ_1M, { cma: true, nomap: true })]).lines).toEqual([line(true)])
    expect(scan(OF_RESERVED_MEM_7_2, [dynamic('pool', SZ_1M, { cma: true })], true, ctx({ dmaCma: false })).lines).toEqual([line(false)])
  })
  it('7.x: a no-map default pool is kept but is no CMA area: the default area is still placed later', () => {
    const pool = (nomap: boolean) => scan(OF_RESERVED_MEM_7_2, [dynamic('linux,cma', 16n * SZ_1M, { cma: true, nomap, cmaDefault: true })]).st.cmaDefault
    expect([pool(true), pool(false)]).toEqual([false, true])
  })
})

// ---------------------------------------------------------------- against the oracle's DT boots

const shared = '/work/shared/oracle/cases'
const dir = existsSync(shared) ? shared : join(import.meta.dirname, '..', '..', 'test', 'oracle', 'cases')
const dtCases = readdirSync(dir)
  .filter((f) => (f.startsWith('arm64-') || f.startsWith('riscv64-')) && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase & { observed: Record<string, unknown> })
  .filter((c) => c.observed.init_completed !== false)
const OF_LINE = /^(OF: reserved mem|Reserved memory)/

describe('a static (reg) reusable shared-dma-pool node is a CMA pool too', () => {
  // The static-cma boots of test/boots/arm64-resmem (5.10.223, 6.1.192, 6.12.117, 7.2.13) show
  // each case below: rmem_cma_setup() runs on a static node where the generation initialises
  // static nodes, and a linux,cma-default one becomes the default area (no "cma: Reserved").
  const pool = (o: { cmaDefault?: boolean; size?: bigint; base?: bigint } = {}): EarlyReservation => ({
    kind: 'fixed',
    name: 'linux,cma',
    base: o.base ?? 0xb0000000n,
    size: o.size ?? SZ_64M,
    nomap: false,
    cma: true,
    cmaDefault: o.cmaDefault ?? true,
  })
  const created = ['Reserved memory: created CMA memory pool at 0x00000000b0000000, size 64 MiB', 'OF: reserved mem: initialized node linux,cma, compatible id shared-dma-pool']
  const range = 'OF: reserved mem: 0x00000000b0000000..0x00000000b3ffffff (65536 KiB) map reusable linux,cma'
  it.each([
    ['5.10', OF_RESERVED_MEM_5_10, created],
    ['6.3 – 6.12.12', OF_RESERVED_MEM_6_5, [...created, range]],
    ['6.12.13+ (late)', OF_RESERVED_MEM_6_12_103, [...created, range]],
    ['7.x', OF_RESERVED_MEM_7_2, [...created, range]],
  ])('%s: becomes the default CMA area and stays reserved', (_, gen, lines) => {
    const r = scan(gen, [pool()])
    expect([r.st.cmaDefault, r.has(0xb0000000n, SZ_64M), r.lines]).toEqual([true, true, lines])
  })
  it('6.12.13+: only the late pass initialises it, so the default area is unknown until then', () => {
    const early = scan(OF_RESERVED_MEM_6_12_103, [pool()], false)
    expect([early.st.cmaDefault, early.has(0xb0000000n, SZ_64M), early.lines]).toEqual([false, true, []])
  })
  it('≤6.x under cma=: bypassed, "compatible matching fail", and the memory freed', () => {
    for (const gen of [OF_RESERVED_MEM_5_10, OF_RESERVED_MEM_6_12_103]) {
      const r = scan(gen, [pool()], true, ctx({ cmdlineCma: true }))
      expect([r.st.cmaDefault, r.has(0xb0000000n, SZ_1M)]).toEqual([false, false])
      expect(r.lines.slice(0, 2)).toEqual(['Reserved memory: bypass linux,cma node, using cmdline CMA params instead', 'OF: reserved mem: node linux,cma compatible matching fail'])
    }
  })
  it('7.x under cma=: refused by rmem_cma_validate() before it is reserved, and again in the late pass (the line twice)', () => {
    const other = fixed('fw', 0xc0000000n, SZ_1M)
    const r = scan(OF_RESERVED_MEM_7_2, [pool(), other], true, ctx({ cmdlineCma: true }))
    const skip = 'Skipping dt linux,cma-default node in favor for "cma=" kernel param.'
    expect([r.st.cmaDefault, r.has(0xb0000000n, SZ_1M), r.st.totalReservedMemCnt]).toEqual([false, false, 1])
    expect(r.lines).toEqual([skip, skip, 'OF: reserved mem: 0x00000000c0000000..0x00000000c00fffff (1024 KiB) map non-reusable fw'])
  })
  it('6.19 – 7.0 under cma=: skipped before it is reserved with of_reserved_mem.c\'s own line, once (the late pass skips silently)', () => {
    // drivers/of/of_reserved_mem.c@v6.19.6 __reserved_mem_reserve_reg(): `default_cma &&
    // cma_skip_dt_default_reserved_mem()` → pr_err, -EINVAL before any reg entry is reserved;
    // fdt_scan_reserved_mem_reg_nodes() `continue`s on the same test without a line.
    const other = fixed('fw', 0xc0000000n, SZ_1M)
    const r = scan(OF_RESERVED_MEM_6_19, [pool(), other], true, ctx({ cmdlineCma: true }))
    expect([r.st.cmaDefault, r.has(0xb0000000n, SZ_1M), r.st.totalReservedMemCnt]).toEqual([false, false, 1])
    expect(r.lines).toEqual(['OF: reserved mem: Skipping dt linux,cma-default for "cma=" kernel param.', 'OF: reserved mem: 0x00000000c0000000..0x00000000c00fffff (1024 KiB) map non-reusable fw'])
    // The test looks at linux,cma-default alone: a no-map default pool is skipped too (7.1+'s
    // __rmem_cma_verify_node() returns -ENODEV for it first, and the node is kept).
    const nomap = { ...pool(), nomap: true }
    expect(scan(OF_RESERVED_MEM_6_19, [nomap], true, ctx({ cmdlineCma: true })).has(0xb0000000n, SZ_1M)).toBe(false)
    expect(scan(OF_RESERVED_MEM_7_1, [nomap], true, ctx({ cmdlineCma: true })).lines).toEqual(['OF: reserved mem: 0x00000000b0000000..0x00000000b3ffffff (65536 KiB) nomap reusable linux,cma'])
    // A dynamic default pool is not allocated (__reserved_mem_alloc_size()@v6.19.6).
    const dyn = scan(OF_RESERVED_MEM_6_19, [dynamic('linux,cma', SZ_64M, { cma: true, cmaDefault: true })], true, ctx({ cmdlineCma: true }))
    expect([dyn.st.totalReservedMemCnt, dyn.lines]).toEqual([0, ['OF: reserved mem: Skipping dt linux,cma-default for "cma=" kernel param.']])
  })
  it('7.1 under cma=: rmem_cma_validate() already, the line twice (fdt_validate_reserved_mem_node()@v7.1.3)', () => {
    const r = scan(OF_RESERVED_MEM_7_1, [pool()], true, ctx({ cmdlineCma: true }))
    const skip = 'Skipping dt linux,cma-default node in favor for "cma=" kernel param.'
    expect([r.has(0xb0000000n, SZ_1M), r.lines]).toEqual([false, [skip, skip]])
  })
  it('a base or size that is not CMA-aligned: "incorrect alignment", and the memory freed (every generation)', () => {
    for (const gen of [OF_RESERVED_MEM_5_10, OF_RESERVED_MEM_6_5, OF_RESERVED_MEM_6_12_103, OF_RESERVED_MEM_7_2]) {
      const r = scan(gen, [pool({ cmaDefault: false, base: 0xa8100000n, size: SZ_1M })])
      expect([r.has(0xa8100000n, SZ_1M), r.lines]).toEqual([false, ['Reserved memory: incorrect alignment of CMA region', 'OF: reserved mem: node linux,cma compatible matching fail']])
    }
  })
})

describe('every DT boot of the oracle: the /reserved-memory lines as printed, in order', () => {
  it('covers every generation the oracle booted', () => {
    expect(dtCases.length).toBeGreaterThan(200)
    for (const v of ['5.10', '6.1', '6.12', '7.2']) expect(dtCases.some((c) => c.id.startsWith(`arm64-${v}-`))).toBe(true)
  })
  it.each(dtCases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const printed = ((c.observed.dmesg_context_lines as string[]) ?? []).map(stripTimestamp).filter((l) => OF_LINE.test(l))
    const predicted = runOracleCase(c).result!.trace.map((t) => t.text).filter((l) => OF_LINE.test(l))
    expect(predicted).toEqual(printed)
  })
})

describe('the 6.12.y stable releases, end to end on two 6.12 oracle boards', () => {
  // The boards of two boots (Debian 6.12.117) simulated as other 6.12.y releases.
  const boot = (id: string, kernel: string) => {
    const c = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as OracleCase
    const layout = boardToLayouts(caseToBoard({ ...c.input, kernel }))[0]!
    const r = simulate(layout)
    return {
      policy: r.policy,
      // The array may sit right above the tree, in one region with it.
      array: r.reserved.filter((x) => x.owner === 'alloc_reserved_mem_array' || x.alsoOwners?.includes('alloc_reserved_mem_array')).length,
      lines: r.trace.map((t) => t.text).filter((l) => OF_LINE.test(l)),
    }
  }
  it('no /reserved-memory: 6.12.0 – 6.12.12 print nothing about it, 6.12.13+ say there is none', () => {
    expect(boot('arm64-6.12-plain-4G-ck256M-mbdebug', '6.12.12')).toEqual({ policy: 'arm64-6.12', array: 0, lines: [] })
    expect(boot('arm64-6.12-plain-4G-ck256M-mbdebug', '6.12.13').lines).toEqual(['OF: reserved mem: Reserved memory: No reserved-memory node in the DT'])
  })
  it('a CMA node: the reserved_mem array is allocated from 6.12.103 on, with the same lines', () => {
    const id = 'arm64-6.12-resmem-cma-4G-ck256M'
    const rows = ['6.12.12', '6.12.53', '6.12.102', '6.12.103', '6.12.117'].map((k) => boot(id, k))
    expect(rows.map((r) => [r.policy, r.array])).toEqual([['arm64-6.12', 0], ['arm64-6.12.13', 0], ['arm64-6.12.90', 0], ['arm64-6.12.103', 1], ['arm64-6.12.117', 1]])
    for (const r of rows) expect(r.lines).toEqual(rows[4]!.lines)
  })
})

describe('MAX_RESERVED_REGIONS (64): the nodes reserved_mem[] has no room for', () => {
  const statics = (n: number) => Array.from({ length: n }, (_, i) => fixed(`s${i}`, SZ_1G + BigInt(i) * SZ_2M, SZ_2M))
  const dynamics = (n: number) => Array.from({ length: n }, (_, i) => dynamic(`d${i}`, SZ_2M))
  const total = (r: ReturnType<typeof scan>) => r.mb.reserved.regions.reduce((s, x) => s + x.size, 0n)
  const notRange = (lines: string[]) => lines.filter((l) => !/^OF: reserved mem: 0x[0-9a-f]+\.\./.test(l))
  // fdt_reserved_mem_save_node() (drivers/of/of_reserved_mem.c@v5.10.223, v6.1.192): a 65th
  // node is not saved. A static one is saved after its first entry is reserved (fdt.c
  // __reserved_mem_reserve_reg), so it stays reserved, its lines around the refusal, and is
  // never initialised; a dynamic one, saved as 0, 0 by the scan, is never allocated.
  it.each([
    ['5.10', OF_RESERVED_MEM_5_10, "OF: fdt: Reserved memory: failed to reserve memory for node 's64': base 0x0000000089000000, size 0 MiB"],
    ['6.1', OF_RESERVED_MEM_6_1, "OF: fdt: Reserved memory: failed to reserve memory for node 's64': base 0x0000000089000000, size 0 MiB"],
  ])('%s: the 65th node is refused after its first entry; a dynamic node past it is never placed', (_k, gen, failed) => {
    const s64: EarlyReservation = { kind: 'fixed', name: 's64', base: 0x89000000n, size: 0n, nomap: false, moreReg: [{ base: 0x8a000000n, size: SZ_2M }] }
    const r = scan(gen, [...statics(64), s64, dynamic('late', SZ_2M)])
    expect(r.lines).toEqual([failed, 'OF: reserved mem: not enough space for all defined regions.', 'OF: reserved mem: not enough space for all defined regions.'])
    // The 64 static nodes and s64's second entry; nothing for `late`.
    expect(total(r)).toBe(65n * SZ_2M)
  })
  it('6.5: no range line for a static node that was not saved', () => {
    const r = scan(OF_RESERVED_MEM_6_5, statics(65))
    expect(r.lines.filter((l) => l.endsWith(' s64'))).toEqual([])
    expect(notRange(r.lines)).toEqual(['OF: reserved mem: not enough space for all defined regions.'])
    expect(r.lines.length).toBe(65)
  })
  // fdt_scan_reserved_mem() (drivers/of/of_reserved_mem.c@v6.12.117, v7.2.13): dynamic_nodes[]
  // holds 64; a 65th dynamic node is skipped with a line where the scan meets it, in DT order.
  it.each([
    ['6.12.103', OF_RESERVED_MEM_6_12_103],
    ['7.2', OF_RESERVED_MEM_7_2],
  ])('%s: a 65th dynamic node is skipped as the scan meets it', (_k, gen) => {
    const r = scan(gen, [...dynamics(64), fixed('fw', 0x80000000n, 0n), dynamic('d64', SZ_2M)], false)
    expect(notRange(r.lines)).toEqual([
      "OF: reserved mem: Reserved memory: failed to reserve memory for node 'fw': base 0x0000000080000000, size 0 MiB",
      "OF: reserved mem: too many defined dynamic regions, skip 'd64'",
    ])
    expect(total(r)).toBe(64n * SZ_2M)
    expect(r.st.totalReservedMemCnt).toBe(65)
  })
})

describe('the late overlap check sees only the static nodes reserved_mem[] kept', () => {
  // 7.x fdt_init_reserved_mem_node() leaves a node whose init failed out of reserved_mem[]
  // (returns before reserved_mem_count++: drivers/of/of_reserved_mem.c@v7.2.13), so
  // __rmem_check_for_overlap() does not compare it; 6.12.117's fdt_reserved_mem_save_node()
  // keeps it (reserved_mem_count++ after the init, whatever it returned).
  const pool: EarlyReservation = { kind: 'fixed', name: 'pool', base: SZ_1G + SZ_1M, size: SZ_2M, nomap: false, cma: true }
  const nodes = [pool, fixed('fw', SZ_1G + SZ_2M, SZ_2M)]
  const overlap = ['OF: reserved mem: OVERLAP DETECTED!', 'pool (0x0000000040100000--0x0000000040300000) overlaps with fw (0x0000000040200000--0x0000000040400000)']
  const failed = ['Reserved memory: incorrect alignment of CMA region', 'OF: reserved mem: node pool compatible matching fail', 'OF: reserved mem: 0x0000000040200000..0x00000000403fffff (2048 KiB) map non-reusable fw']
  it('6.12.103: the misaligned pool stays in the array, so its overlap is reported', () => {
    expect(scan(OF_RESERVED_MEM_6_12_103, nodes).lines).toEqual([...failed, ...overlap])
  })
  it.each([
    ['7.1', OF_RESERVED_MEM_7_1],
    ['7.2', OF_RESERVED_MEM_7_2],
  ])('%s: the misaligned pool is dropped, and no overlap is reported', (_k, gen) => {
    expect(scan(gen, nodes).lines).toEqual(failed)
  })
})

describe('kernel-resmem fixture: a non-reusable shared-dma-pool node with linux,cma-default under cma=', () => {
  // ≤6.x rmem_cma_setup() (kernel/dma/contiguous.c@v6.12.117:456) runs before rmem_dma_setup()
  // and bypasses a linux,cma-default node under cma= before it looks at `reusable`: its line
  // comes first, then rmem_dma_setup() takes the node (test/fixtures/kernel-resmem.json.gz).
  const pool: EarlyReservation = { kind: 'fixed', name: 'pool', base: SZ_1G + SZ_2M, size: SZ_2M, nomap: false, cmaDefault: true, dmaPool: true }
  const dma = ['Reserved memory: created DMA memory pool at 0x0000000040200000, size 2 MiB', 'OF: reserved mem: initialized node pool, compatible id shared-dma-pool']
  it('6.12.103: the bypass line, then the DMA pool', () => {
    expect(scan(OF_RESERVED_MEM_6_12_103, [pool], true, ctx({ cmdlineCma: true })).lines.slice(0, 3)).toEqual(['Reserved memory: bypass pool node, using cmdline CMA params instead', ...dma])
  })
  it('without cma= no bypass line', () => {
    expect(scan(OF_RESERVED_MEM_6_12_103, [pool]).lines.slice(0, 2)).toEqual(dma)
  })
})

describe('kernel-resmem fixture: alloc_reserved_mem_array() without room (6.12.103+)', () => {
  // memblock_alloc() fails: "Failed to allocate memory for reserved_mem array with err: -12",
  // reserved_mem_count = 0 and fdt_scan_reserved_mem_reg_nodes() returns: the static node is
  // never initialised (drivers/of/of_reserved_mem.c@v6.12.117:73,239).
  it('prints the failure and initialises no static node', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, SZ_1G, SZ_64M)
    memblockReserve(mb, SZ_1G, SZ_64M, 'all')
    const trace = new Trace()
    const cx = { gen: OF_RESERVED_MEM_6_12_103, cma: ctx() }
    const st = earlyInitFdtScanReservedMem(mb, [fixed('fw', SZ_1G, SZ_2M)], cx, trace)
    fdtScanReservedMemLate(mb, st, cx, trace)
    expect(trace.events.map((e) => e.text)).toEqual(['OF: reserved mem: Failed to allocate memory for reserved_mem array with err: -12'])
  })
  // Mainline 6.13 – 7.0: alloc_reserved_mem_array() returns void after its pr_err() and the
  // static node is initialised into the static array all the same (drivers/of/of_reserved_mem.c
  // @v6.14:72-103, 244; @v7.0:247); 7.2.13 stops again (@v7.2.13:279-280).
  it.each([
    ['6.13', OF_RESERVED_MEM_6_13, true],
    ['6.19', OF_RESERVED_MEM_6_19, true],
    ['7.1', OF_RESERVED_MEM_7_1, false],
    ['7.2', OF_RESERVED_MEM_7_2, false],
  ])('%s: the static node is initialised after the failure: %s', (_k, gen, goesOn) => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, SZ_1G, SZ_64M)
    memblockReserve(mb, SZ_1G, SZ_64M, 'all')
    const trace = new Trace()
    const cx = { gen, cma: ctx() }
    const st = earlyInitFdtScanReservedMem(mb, [fixed('fw', SZ_1G, SZ_2M)], cx, trace)
    fdtScanReservedMemLate(mb, st, cx, trace)
    const fail = 'OF: reserved mem: Failed to allocate memory for reserved_mem array with err: -12'
    expect(trace.events.map((e) => e.text)).toEqual(goesOn ? [fail, 'OF: reserved mem: 0x0000000040000000..0x00000000401fffff (2048 KiB) map non-reusable fw'] : [fail])
  })
})

describe('kernel-resmem fixture: a CMA pool whose memory an earlier failed pool freed', () => {
  // cma_init_reserved_mem() (mm/cma.c@v6.12.117:169) refuses a region no reserved memory
  // overlaps any more: the misaligned pool's "compatible matching fail" freed its whole range,
  // the aligned pool inside it included, so rmem_cma_setup() prints "unable to setup CMA
  // region" and that pool's memory is given back too.
  const outer: EarlyReservation = { kind: 'fixed', name: 'outer', base: SZ_1G + SZ_1M, size: SZ_64M, nomap: false, cma: true }
  const innerBase = SZ_1G + 8n * SZ_1M
  const inner: EarlyReservation = { kind: 'fixed', name: 'inner', base: innerBase, size: SZ_2M, nomap: false, cma: true }
  it.each([
    ['6.12.103', OF_RESERVED_MEM_6_12_103],
    ['7.2', OF_RESERVED_MEM_7_2],
  ])('%s: the inner pool is not set up', (_k, gen) => {
    const r = scan(gen, [outer, inner])
    expect(r.lines.slice(0, 4)).toEqual([
      'Reserved memory: incorrect alignment of CMA region',
      'OF: reserved mem: node outer compatible matching fail',
      'Reserved memory: unable to setup CMA region',
      'OF: reserved mem: node inner compatible matching fail',
    ])
    expect(r.st.cmaDefault).toBe(false)
    expect(r.has(innerBase, SZ_2M)).toBe(false)
  })
})
