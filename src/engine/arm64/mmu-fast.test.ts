// SPDX-License-Identifier: GPL-2.0-only
/**
 * The run-length-encoded tables of mmu-fast.ts and the closed form of mmu-closed.ts against
 * the per-entry reference (mapMemReference): identical results, down to key order, on random
 * inputs; and exact table counts at sizes the reference cannot reach.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { SZ_16K, SZ_4K, SZ_64K } from '../phys.js'
import type { PhysRange } from '../types.js'
import type { LinearMapGeneration } from './linear-map-flags.js'
import {
  arm64MemstartAlign,
  mapMem,
  mapMemClosedForm,
  mapMemReference,
  mapMemRuns,
  MAP_MEM_VARIANTS,
  CREATE_MAPPING_V510,
  CREATE_MAPPING_V72,
  pgtableGeometry,
  type CreateMappingPolicy,
  type KernelSymbols,
  type MapMemContext,
  type MapMemInput,
  type MapMemResult,
} from './mmu.js'
import { kfencePoolSize } from '../kfence.js'
import { closedFormMapMem } from './mmu-closed.js'
import { fastLinearMap, linearMapOfSegments, newFastPgdir, NO_BLOCK_MAPPINGS } from './mmu-fast.js'

const PAGE_SHIFT = new Map<bigint, number>([[SZ_4K, 12], [SZ_16K, 14], [SZ_64K, 16]])
/** VA_BITS choices of arch/arm64/Kconfig per granule, 39 bits and up. */
const VA_BITS = new Map<bigint, number[]>([[SZ_4K, [39, 48, 52]], [SZ_16K, [47, 48, 52]], [SZ_64K, [42, 48, 52]]])
const PMD_SHIFT = new Map<bigint, number>([[SZ_4K, 21], [SZ_16K, 25], [SZ_64K, 29]])
const GENERATIONS = Object.keys(MAP_MEM_VARIANTS) as LinearMapGeneration[]
const TIB = 1n << 40n

/** JSON with bigints as hex: equal strings mean equal values and equal key order. */
const serialize = (x: unknown): string => JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))

type Outcome<T = MapMemResult> = { result: T } | { error: string }
function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { result: f() }
  } catch (e) {
    return { error: String(e) }
  }
}

/** How many expectSame() inputs the closed form (mmu-closed.ts) covered, of how many. */
const closedForm = { covered: 0, of: 0 }

/**
 * mapMem() (closed form where it holds, else run-length tables), the run-length tables
 * alone and the closed form alone, each against the reference.
 */
function expectSame(input: MapMemInput): Outcome {
  const ref = attempt(() => mapMemReference(input))
  for (const way of [mapMem, mapMemRuns]) {
    const fast = attempt(() => way(input))
    expect(fast).toStrictEqual(ref)
    expect(serialize(fast)).toBe(serialize(ref))
  }
  const closed = attempt(() => mapMemClosedForm(input))
  closedForm.of++
  if ('result' in closed && closed.result === undefined) return ref
  closedForm.covered++
  expect(serialize(closed)).toBe(serialize(ref))
  return ref
}

/**
 * One random boot: a granule and VA size, 1–5 page-aligned banks (up to 1 TiB each where
 * blocks keep the reference cheap, a few thousand pages where every page needs an entry),
 * the kernel image inside RAM, a KFENCE pool, an early crash region near the kernel and
 * flags. Everything map_mem() maps stays inside swapper_pg_dir.
 */
function randomInput(g: fc.GeneratorValue): MapMemInput {
  const pageSize = g(fc.constantFrom, SZ_4K, SZ_16K, SZ_64K)
  const pageShift = PAGE_SHIFT.get(pageSize)!
  const vaBits = g(fc.constantFrom, ...VA_BITS.get(pageSize)!)
  const generation = g(fc.constantFrom, ...GENERATIONS)
  const flags = { noBlock: g(fc.boolean), noCont: g(fc.boolean) }
  const page = (max: bigint): bigint => g(fc.bigInt, { min: 0n, max: max / pageSize }) * pageSize
  /** A log-uniform number of pages, 1 … 2^maxShift bytes. */
  const pages = (maxShift: number): bigint => {
    const shift = g(fc.integer, { min: pageShift, max: Math.max(pageShift, maxShift) })
    return (g(fc.bigInt, { min: 1n, max: 1n << BigInt(shift - pageShift) }) * pageSize)
  }

  // memstart_addr: ARM64_MEMSTART_ALIGN-aligned, or (given explicitly) off by some pages.
  const align = arm64MemstartAlign(pageSize)
  const skewed = g(fc.integer, { min: 0, max: 4 }) === 0
  const memstart = g(fc.bigInt, { min: 0n, max: TIB / align }) * align + (skewed ? page(align - pageSize) : 0n)
  const explicit = skewed || g(fc.boolean)
  // The linear region (half the VA space), now and then the whole of swapper_pg_dir.
  const limit = (1n << BigInt(vaBits - 1)) * (g(fc.integer, { min: 0, max: 9 }) === 0 ? 2n : 1n)
  // Blocks make a bank cheap for the reference; without them every page is an entry.
  const blocks = !flags.noBlock && memstart % (1n << BigInt(PMD_SHIFT.get(pageSize)!)) === 0n
  // 1 TiB banks, but 16K's 32M blocks cost the reference 32K entries per TiB: 256 GiB there.
  const maxShift = blocks ? (pageSize === SZ_16K ? 38 : 40) : pageShift + 11

  const memory: PhysRange[] = []
  let at = explicit ? page(4n << 30n) : page(align - pageSize)
  const banks = g(fc.integer, { min: 1, max: 5 })
  for (let k = 0; k < banks && at < limit; k++) {
    const size = pages(maxShift)
    memory.push({ base: memstart + at, size: size < limit - at ? size : limit - at })
    // Next bank: touching, overlapping, or after a log-uniform gap.
    const step = g(fc.integer, { min: 0, max: 3 })
    at = step === 0 ? at + size : step === 1 ? at + page(size) : at + size + pages(blocks ? 38 : pageShift + 16)
  }
  const ramEnd = memory.reduce((m, r) => (r.base + r.size > m ? r.base + r.size : m), 0n)

  // The kernel image inside a bank (clamped so that all of it stays inside the limit).
  const bank = memory[g(fc.integer, { min: 0, max: memory.length - 1 })]!
  const parts = [pages(pageShift + 11), pages(pageShift + 9), pages(pageShift + 10), pages(pageShift + 7)]
  const imageSize = parts.reduce((a, b) => a + b, 0n)
  let text = bank.base + page(bank.size)
  if (text + imageSize > memstart + limit) text = memstart + limit - imageSize
  const kernel: KernelSymbols = {
    text,
    stext: g(fc.boolean) ? text + page(parts[0]! - pageSize) : undefined,
    initBegin: text + parts[0]!,
    initEnd: text + parts[0]! + parts[1]!,
    bssStop: text + parts[0]! + parts[1]! + parts[2]!,
    end: text + imageSize,
  }

  const input: MapMemInput = { generation, pageSize, vaBits, memory, kernel, flags }
  if (explicit) input.memstartAddr = memstart
  if (g(fc.boolean)) {
    const numObjects = g(fc.integer, { min: 1, max: 255 })
    const size = kfencePoolSize(pageSize, numObjects)
    const where = g(fc.integer, { min: 0, max: 2 })
    let base = where === 0 ? ramEnd - size : where === 1 ? text + page(imageSize) : bank.base + page(bank.size)
    if (base < memstart) base = memstart
    if (base + size > memstart + limit) base = memstart + limit - size
    input.kfence = { base, size, early: g(fc.boolean), initialised: g(fc.boolean), numObjects }
  }
  if (g(fc.boolean)) {
    const size = pages(pageShift + 10)
    let base = g(fc.boolean) ? text + page(imageSize) - page(size) : bank.base + page(bank.size)
    if (base < memstart) base = memstart
    if (base + size > memstart + limit) base = memstart + limit - size
    input.crashEarly = { base, size }
  }
  if (g(fc.boolean)) {
    input.pagingInit = {
      mapKernelTablePages: g(fc.integer, { min: 0, max: 8 }),
      createIdmapTablePages: g(fc.integer, { min: 0, max: 4 }),
      initPgDir: g(fc.boolean) ? { base: kernel.end - 0x5000n, size: 0x5000n } : undefined,
    }
  }
  const comparison = g(fc.integer, { min: 0, max: 2 })
  if (comparison > 0) input.blockComparison = comparison === 1
  return input
}

describe('run-length tables equal the per-entry reference', () => {
  it('on 2,000 random boots (fixed seed)', { timeout: 60_000 }, () => {
    // Each boot maps: the same error thrown by every way would compare equal.
    let threw = 0
    fc.assert(
      fc.property(fc.gen(), (g) => {
        if ('error' in expectSame(randomInput(g))) threw++
      }),
      { seed: 0x6d6d75, numRuns: 2000 },
    )
    expect(threw).toBe(0)
  })

  it('the closed form covers a good part of them, and not all (both ways are compared)', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        expectSame(randomInput(g))
      }),
      { seed: 0x636c6f, numRuns: 400 },
    )
    expect(closedForm.covered).toBeGreaterThan(closedForm.of / 4)
    expect(closedForm.covered).toBeLessThan(closedForm.of)
  })

  it('outside swapper_pg_dir (memory below memstart): the reference is used as it is', () => {
    expectSame({
      generation: 'arm64-6.12',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x200000n }],
      memstartAddr: 0x40100000n,
      kernel: { text: 0x40000000n, initBegin: 0x40000000n, end: 0x40000000n },
      flags: { noBlock: true, noCont: true },
    })
  })
})

describe('linear mappings the number path of mapLinear() leaves to the bigint one', () => {
  const base: MapMemInput = {
    generation: 'arm64-6.12',
    pageSize: SZ_4K,
    vaBits: 48,
    memory: [{ base: 0x40000000n, size: 0x40000000n }],
    kernel: { text: 0x40200000n, initBegin: 0x40400000n, end: 0x40600000n },
    flags: { noBlock: false, noCont: false },
  }
  it('memstart_addr off within a page: phys and virt differ within a page (WARN_ON per mapping)', () => {
    const input = { ...base, memstartAddr: 0x3ffff800n }
    expectSame(input)
    // Hand-derived from map_mem() (arch/arm64/mm/mmu.c@v6.12.117:657-689): the banks with
    // [_text, __init_begin) marked no-map, then the kernel's alias; each __create_pgd_mapping()
    // WARN_ON()s and returns (:440-441), since virt = phys - memstart_addr + PAGE_OFFSET is
    // 0x800 off phys within the page. Nothing gets mapped.
    const r = mapMem(input)
    expect(r.warnings).toEqual([
      '__create_pgd_mapping: WARN_ON(phys 0x40000000 and virt 0xffff000000000800 differ within a page)',
      '__create_pgd_mapping: WARN_ON(phys 0x40400000 and virt 0xffff000000400800 differ within a page)',
      '__create_pgd_mapping: WARN_ON(phys 0x40200000 and virt 0xffff000000200800 differ within a page)',
    ])
    expect([r.histogram, r.runs]).toEqual([{}, []])
  })
  it('memstart_addr and RAM at and above 2^53 (doubles no longer exact)', () => {
    const at = 1n << 53n
    expectSame({
      ...base,
      memory: [{ base: at, size: 0x40000000n }, { base: at + 0x80000000n, size: 0x1000n }],
      kernel: { text: at + 0x200000n, initBegin: at + 0x400000n, end: at + 0x600000n },
    })
    expectSame({ ...base, memstartAddr: at - 0x40000000n, memory: [{ base: at - 0x200000n, size: 0x400000n }], kernel: { text: at, initBegin: at, end: at } })
  })
  it('memstart_addr a page off a block there: phys and virt agree within a page, so no WARN_ON', () => {
    // __create_pgd_mapping_locked() (v6.12.117) warns only when (phys ^ virt) & ~PAGE_MASK:
    // phys - virt one page off the 2M alignment still maps, with base pages.
    const at = 1n << 53n
    const input = { ...base, memstartAddr: at - 0x40000000n + 0x1000n, memory: [{ base: at - 0x200000n, size: 0x400000n }], kernel: { text: at, initBegin: at, end: at } }
    expectSame(input)
    const r = mapMem(input)
    expect(r.warnings).toEqual([])
    expect(r.histogram).toEqual({ '4K': 0x400000n })
  })
  it('a bank past the end of swapper_pg_dir, an empty bank and a byte-sized one', () => {
    expectSame({ ...base, memory: [...base.memory, { base: 0x40000000n + (1n << 48n), size: 0x200000n }] })
    // A bank at the end of the linear region (PAGE_END; arm64_memblock_init() would have
    // removed it): a 1G block in the root of a 39-bit VA space, not part of the linear map.
    const at39 = { ...base, vaBits: 39, memstartAddr: 0x40000000n, kernel: { text: 0x40000000n, initBegin: 0x40000000n, end: 0x40000000n }, memory: [...base.memory, { base: 0x40000000n + (1n << 38n), size: 0x40000000n }] }
    expectSame(at39)
    expect(mapMem(at39).histogram).toEqual({ '1G': 0x40000000n })
    // One page each side of the end (the number path's limit).
    expectSame({ ...base, memory: [...base.memory, { base: 0x40000000n + (1n << 48n) - 0x1000n, size: 0x2000n }] })
    expectSame({ ...base, generation: 'arm64-7.2', kernel: { ...base.kernel, initEnd: 0x40400000n, bssStop: 0x40400001n } })
    expectSame({ ...base, generation: 'arm64-7.2', kernel: { ...base.kernel, initEnd: 0x40400000n, bssStop: 0x40400000n } })
  })
})

describe('the block comparison reuses the recording of the detailed run', () => {
  it('only for the input it recorded: one object changed between boots is recorded again', () => {
    // paging_init()'s two closed-form runs share one recording of map_mem()'s calls; a caller
    // that changes its input object between two boots must get the second boot's map.
    const input: MapMemInput = {
      generation: 'arm64-6.1.65',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: { text: 0x40200000n, stext: 0x40210000n, initBegin: 0x41860000n, end: 0x42210000n },
      flags: { noBlock: true, noCont: true },
    }
    const first = mapMemClosedForm(input)!
    expect(serialize(first)).toBe(serialize(mapMemReference(input)))
    input.memory = [{ base: 0x40000000n, size: 0x1c0000000n }]
    const second = mapMemClosedForm(input)!
    expect(serialize(second)).toBe(serialize(mapMemReference(input)))
    expect(second.block.histogram).not.toEqual(first.block.histogram)
  })
})

describe('a bank boundary inside a page', () => {
  // __create_pgd_mapping_locked() (v6.12.117) rounds phys and virt down to a page and the end
  // up: a bank that starts inside a page maps that whole page. No-map [0x60000000, 0x60000800)
  // leaves the banks [1G, 0x60000000) and [0x60000800, 2G): 6.4 – 6.12.116 map the no-map
  // page with the second bank; 6.12.117's map_mem() rounds the bank's start up first.
  const input = (generation: LinearMapGeneration, flags: MapMemInput['flags']): MapMemInput => ({
    generation,
    pageSize: SZ_4K,
    vaBits: 48,
    memory: [{ base: 0x40000000n, size: 0x20000000n }, { base: 0x60000800n, size: 0x1ffff800n }],
    kernel: { text: 0x40000000n, initBegin: 0x40000000n, initEnd: 0x40000000n, bssStop: 0x40000000n, end: 0x40000000n },
    flags,
  })
  it.each([
    ['arm64-6.12', { noBlock: true, noCont: true }, { '4K': 0x40000000n }],
    ['arm64-6.12.117', { noBlock: true, noCont: true }, { '4K': 0x40000000n - 0x1000n }],
    ['arm64-6.12', { noBlock: false, noCont: false }, { '2M-cont': 0x40000000n }],
    // [0x60001000, 0x60010000) plain pages, then 4K-cont to 2M, plain 2M blocks to the 32M
    // CONT_PMD boundary, then 2M-cont.
    ['arm64-6.12.117', { noBlock: false, noCont: false }, { '2M-cont': 0x3e000000n, '4K': 0xf000n, '4K-cont': 0x1f0000n, '2M': 0x1e00000n }],
  ] as const)('%s %o', (generation, flags, histogram) => {
    const i = input(generation, flags)
    expectSame(i)
    expect(mapMemClosedForm(i)).toBeDefined()
    expect(mapMem(i).histogram).toEqual(histogram)
  })
})

describe('KFENCE', () => {
  it('a leaf run KFENCE unmaps whole leaves no key in the block comparison (as none in the map)', () => {
    // One 4K page of RAM, all of it KFENCE's pool: kfence_init_pool() unmaps it.
    const input: MapMemInput = {
      generation: 'arm64-5.10.0',
      pageSize: SZ_4K,
      vaBits: 39,
      memory: [{ base: 0n, size: 0x1000n }],
      memstartAddr: 0n,
      kernel: { text: 0n, initBegin: 0x1000n, initEnd: 0x2000n, bssStop: 0x3000n, end: 0x4000n },
      flags: { noBlock: true, noCont: false },
      kfence: { base: 0n, size: 0x4000n, early: false, initialised: true, numObjects: 1 },
    }
    expectSame(input)
    expect(mapMem(input).block.histogram).toEqual({})
  })

  // kfence_init_pool() (mm/kfence/core.c, v6.1.192) unmaps pool pages 0 and 1 and each
  // object's right guard page (3, 5, 7). A pool not split out of the banks over 8M of base
  // pages (four identical PTE tables): at the start of the first table, and across the
  // third and the fourth, the last. The tables it touches must come apart without the
  // others changing.
  it.each([
    ['at the start of the first of four identical PTE tables', 0x40000000n],
    ['across a PMD boundary, into the last of them', 0x40600000n - 0x2000n],
  ])('a pool %s unmaps its own pages only', (_where, pool) => {
    const input: MapMemInput = {
      generation: 'arm64-6.0',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x800000n }],
      kernel: { text: 0x40000000n, initBegin: 0x40000000n, end: 0x40000000n },
      flags: { noBlock: true, noCont: true },
      kfence: { base: pool, size: kfencePoolSize(SZ_4K, 3), early: false, initialised: true, numObjects: 3 },
    }
    expectSame(input)
    const r = mapMem(input)
    expect(r.histogram).toEqual({ '4K': 0x800000n - 5n * 0x1000n })
    const mapped = [2n, 4n, 6n].map((k) => [pool + k * 0x1000n, 0x1000n])
    const head = pool > 0x40000000n ? [[0x40000000n, pool - 0x40000000n]] : []
    expect(r.runs.map((x) => [x.base, x.size])).toEqual([...head, ...mapped, [pool + 0x8000n, 0x40800000n - pool - 0x8000n]])
  })
})

describe('BUG_ON()s reported alike, per entry at its VA', () => {
  const kinds = (r: MapMemResult): string[] => [...new Set(r.warnings.map((w) => w.replace(/ at VA 0x[0-9a-f]+$/, '')))]

  it('5.10: an early crash region over 1G blocks of a huge kernel alias (a PUD block where a PMD table is needed, 3 times)', () => {
    const input: MapMemInput = {
      generation: 'arm64-5.10.110',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x200000000n }],
      kernel: { text: 0x80000000n, initBegin: 0x180000000n, end: 0x180000000n },
      flags: { noBlock: false, noCont: false },
      crashEarly: { base: 0x80000000n, size: 0xc0000000n },
    }
    expectSame(input)
    const r = mapMem(input)
    expect(kinds(r)).toEqual(['alloc_init_cont_pmd: BUG_ON(block entry)'])
    expect(r.warnings.length).toBe(3)
  })

  it('7.2+: a data alias inside the text alias would rewrite contiguous blocks without PTE_CONT: pmd_set_huge() refuses, WARN_ON()', () => {
    // pgattr_change_is_safe(): PTE_CONT is not among the bits that may change, so
    // pmd_set_huge() leaves the 2M-cont blocks as they are and returns 0; init_pmd() WARNs and
    // its BUG_ON() compares the entry with itself (arch/arm64/mm/mmu.c init_pmd, pmd_set_huge,
    // v7.2.13; scripts/kernel-mmu/harness.c: "warn 3", 2M-cont to 2G).
    const input: MapMemInput = {
      generation: 'arm64-7.2',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x80000000n }],
      kernel: { text: 0x40000000n, initBegin: 0x44000000n, initEnd: 0x41000000n, bssStop: 0x41600000n, end: 0x44000000n },
      flags: { noBlock: false, noCont: false },
    }
    expectSame(input)
    const r = mapMem(input)
    expect(kinds(r)).toEqual(['init_pmd: WARN_ON(!pmd_set_huge()): a change of a live block (pgattr_change_is_safe()), the old entry stays'])
    expect(r.warnings.length).toBe(3)
    expect(r.histogram).toEqual({ '2M-cont': 0x40000000n, '1G': 0x40000000n })
  })

  it('6.1: an early crash region over two 2M blocks of the alias, a late KFENCE pool inside another', () => {
    const input: MapMemInput = {
      generation: 'arm64-6.1.65',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: { text: 0x40200000n, stext: 0x40210000n, initBegin: 0x41000000n, end: 0x41000000n },
      flags: { noBlock: false, noCont: false },
      crashEarly: { base: 0x40400000n, size: 0x400000n },
      kfence: { base: 0x40a00000n, size: kfencePoolSize(SZ_4K, 63), early: false, initialised: true, numObjects: 63 },
    }
    expectSame(input)
    const r = mapMem(input)
    expect(r.warnings.slice(0, 2)).toEqual([
      'alloc_init_cont_pte: BUG_ON(block entry) at VA 0xffff000000400000',
      'alloc_init_cont_pte: BUG_ON(block entry) at VA 0xffff000000600000',
    ])
    expect(r.warnings[2]).toMatch(/^kfence_protect: no page mapping at 0x40a00000 /)
    expect(r.warnings.length).toBe(2 + 65)
  })
})

describe('sizes the reference cannot reach', () => {
  const NO_KERNEL: KernelSymbols = { text: 0n, initBegin: 0n, initEnd: 0n, bssStop: 0n, end: 0n }
  const run = (pageSize: bigint, vaBits: number, base: bigint, size: bigint) =>
    mapMem({
      generation: 'arm64-6.12',
      pageSize,
      vaBits,
      memory: [{ base, size }],
      kernel: NO_KERNEL,
      flags: { noBlock: true, noCont: true },
    })

  it('1 TiB of 4K pages: one PTE table per 2 MiB, one PMD table per 1 GiB, one PUD per 512 GiB', () => {
    const r = run(SZ_4K, 48, TIB, TIB)
    expect(r.tables).toEqual({ p4d: 0, pud: 2, pmd: 1024, pte: 1024 * 512 })
    expect(r.histogram).toEqual({ '4K': TIB })
    expect(r.runs).toEqual([{ base: TIB, size: TIB, va: 0xffff000000000000n, map: '4K' }])
    expect(r.block.histogram).toEqual({ '1G': TIB })
    expect(r.block.tables).toEqual({ p4d: 0, pud: 2, pmd: 0, pte: 0 })
  })

  it('4 TiB of 64K pages with 52-bit VA (3 levels, 4 TiB per PGD entry): one PTE table per 512 MiB', () => {
    const r = run(SZ_64K, 52, 4n * TIB, 4n * TIB)
    expect(r.tables).toEqual({ p4d: 0, pud: 0, pmd: 1, pte: 8192 })
    expect(r.histogram).toEqual({ '64K': 4n * TIB })
    expect(r.block.histogram).toEqual({ '512M-cont': 4n * TIB })
  })

  it('16 TiB of 16K pages, unaligned at both ends, with LPA2', () => {
    const r = mapMem({
      generation: 'arm64-7.0',
      pageSize: SZ_16K,
      vaBits: 52,
      memory: [{ base: (1n << 40n) + 0x4000n, size: 16n * TIB - 0x8000n }],
      kernel: NO_KERNEL,
      flags: { noBlock: false, noCont: false },
    })
    // 16K-cont spans are 2 MiB, 32M-cont spans 1 GiB: the two unaligned ends need a PTE
    // table each (plain 16K pages to the first 2 MiB boundary, then 16K-cont) and break
    // the first and last 1 GiB CONT_PMD span into plain 32M blocks.
    expect(r.histogram).toEqual({
      '16K': 2n * (0x200000n - 0x4000n),
      '16K-cont': 2n * (0x2000000n - 0x200000n),
      '32M': 2n * (0x40000000n - 0x2000000n),
      '32M-cont': 16n * TIB - 2n * 0x40000000n,
    })
    // One PUD table (128 TiB per PGD entry), a PMD table per 64 GiB PUD entry.
    expect(r.tables).toEqual({ p4d: 0, pud: 1, pmd: 256, pte: 2 })
    expect(r.runs.map((x) => x.map)).toEqual(['16K', '16K-cont', '32M', '32M-cont', '32M', '16K-cont', '16K'])
  })
})

describe('the closed form where mappings overlap', () => {
  // map_mem() variants never nest mappings this way on ≤ 6.x; a made-up one shows the rule.
  const g = pgtableGeometry(SZ_4K, 48)
  const memstart = 0x40000000n
  const nested = (c: MapMemContext): void => {
    c.st.mapLinear(0x40100000n, 0x40200000n, 0)
    c.st.mapLinear(0x40000000n, 0x40400000n, 0)
  }
  const c = { input: {} as MapMemInput, memstart, flags: 0 }
  const runs = (policy: CreateMappingPolicy): { tables: number[]; histogram: unknown; warnings: string[] } => {
    const st = newFastPgdir(g, policy, memstart)
    nested({ st, input: c.input, memstart, flags: 0 })
    const m = fastLinearMap(st, memstart, false)
    return { tables: [...st.tables], histogram: m.histogram, warnings: m.warnings }
  }
  it('≤ 7.1: pmd_set_huge() refuses the block over the first mapping\'s table, the rest of that 2M stays unmapped: left to the run tables', () => {
    // pgattr_change_is_safe(table, block) is false, so pmd_set_huge() returns 0 with the table
    // kept, which init_pmd() ignores; its BUG_ON() compares the entry with itself and passes
    // (arch/arm64/mm/mmu.c init_pmd, pmd_set_huge, v6.12.117:244-275, 1243-1255).
    expect(closedFormMapMem(g, { mapMem: nested, policy: CREATE_MAPPING_V510 }, c)).toBeUndefined()
    const r = runs(CREATE_MAPPING_V510)
    expect(r.warnings).toEqual(['init_pmd: pmd_set_huge() refused: a block over a table (pgattr_change_is_safe()), what the table does not map stays unmapped at VA 0xffff000000000000'])
    expect(r.histogram).toEqual({ '4K-cont': 0x100000n, '2M': 0x200000n })
  })
  it('7.x with a mapping over a block that may not hold one (NO_BLOCK_MAPPINGS): BUG_ON(pmd_leaf()), left to the run tables', () => {
    // alloc_init_cont_pte() (v7.2.13) BUG_ON(pmd_leaf(pmd)): the outer mapping needs a PTE
    // table where the inner one made a 2M block. The closed form may keep an earlier piece
    // only under flags no more restrictive than its own.
    const blockThenPages = (c: MapMemContext): void => {
      c.st.mapLinear(0x40200000n, 0x40400000n, 0)
      c.st.mapLinear(0x40000000n, 0x40800000n, NO_BLOCK_MAPPINGS)
    }
    expect(closedFormMapMem(g, { mapMem: blockThenPages, policy: CREATE_MAPPING_V72 }, c)).toBeUndefined()
    const st = newFastPgdir(g, CREATE_MAPPING_V72, memstart)
    blockThenPages({ st, input: c.input, memstart, flags: 0 })
    expect(fastLinearMap(st, memstart, false).warnings).toEqual(['alloc_init_cont_pte: BUG_ON(block entry) at VA 0xffff000000200000'])
  })
  it('7.x with a mapping that starts inside an earlier block: BUG_ON(pmd_leaf()), left to the run tables', () => {
    // The second mapping needs a PTE table for its partial first 2M, where the first made a
    // block (alloc_init_cont_pte() v7.2.13): only earlier pieces wholly inside a mapping are kept.
    const overlapping = (c: MapMemContext): void => {
      c.st.mapLinear(0x40000000n, 0x40400000n, 0)
      c.st.mapLinear(0x40100000n, 0x40800000n, 0)
    }
    expect(closedFormMapMem(g, { mapMem: overlapping, policy: CREATE_MAPPING_V72 }, c)).toBeUndefined()
    const st = newFastPgdir(g, CREATE_MAPPING_V72, memstart)
    overlapping({ st, input: c.input, memstart, flags: 0 })
    expect(fastLinearMap(st, memstart, false).warnings).toEqual(['alloc_init_cont_pte: BUG_ON(block entry) at VA 0xffff000000000000'])
  })
  it('7.x keeps the table and maps the rest: the closed form gives what the run tables do', () => {
    const closed = closedFormMapMem(g, { mapMem: nested, policy: CREATE_MAPPING_V72 }, c)!
    const ref = runs(CREATE_MAPPING_V72)
    expect(ref.warnings).toEqual([])
    expect([...closed.tables]).toEqual(ref.tables)
    const m = linearMapOfSegments(closed.geo, g.pageOffset, memstart, closed.segs, false, [])
    expect(m.histogram).toEqual(ref.histogram)
    // One PTE table under the first 2M, whose block the second mapping may not write.
    expect(ref.histogram).toEqual({ '4K-cont': 0x200000n, '2M': 0x200000n })
  })
})
