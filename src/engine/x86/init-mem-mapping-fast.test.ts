// SPDX-License-Identifier: GPL-2.0-only
/**
 * The run-length direct-map walk (init-mem-mapping-fast.ts) against the per-entry reference
 * (initMemMappingReference): every init_mem_mapping() of every amd64 oracle boot and of 1,000
 * random boots (e820 maps with holes up to 1 TiB, kernel image and initrd placement, gbpages,
 * nogbpages, debug_pagealloc, mem=, the four kernel generations) gives the same state: counters,
 * page-table pages, pfn_mapped, memblock, and the page tables entry for entry; so do direct
 * init_memory_mapping() calls over what is already mapped, with other page sizes, and
 * alloc_low_pages()'s corners.
 *
 * x86Boot() runs as usual; its initMemMapping() is wrapped to run the reference on a copy of
 * memblock first and to record both states before the boot goes on.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { setBootPrefixSharing } from '../boot-prefix.js'
import { memblockAdd, memblockCreate, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { caseToBoard } from '../../oracle/case-board.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import type { OracleCase } from '../../oracle/run-case.js'
import { policyFor, resolveKernelRelease } from '../policies/index.js'
import { Trace } from '../trace.js'
import type { Layout, MemoryBank } from '../types.js'
import { AllocLowPagesPanic, initMemMapping, initMemMappingReference, initMemoryMapping, type InitMemMappingState, type PmdEntry, type PudEntry } from './init-mem-mapping.js'
import { newRunLengthTables } from './init-mem-mapping-fast.js'
import { x86Boot } from './setup.js'

const byKey = (a: [bigint, unknown], b: [bigint, unknown]): number => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)

/** Sorted indices as runs: "0-255,300". */
function indexRuns(keys: bigint[]): string {
  const out: string[] = []
  const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  for (let i = 0; i < sorted.length; ) {
    let j = i
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1n) j++
    out.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`)
    i = j + 1
  }
  return out.join(',')
}

/** One page table as text: leaf index runs, then each table entry and what it points to. */
function tableText(t: Map<bigint, PudEntry | PmdEntry>): string {
  const entries = [...t].sort(byKey)
  const leaves = entries.filter(([, e]) => e.leaf).map(([i]) => i)
  const tables = entries.map(([i, e]) => (e.leaf ? '' : 'pmd' in e ? ` ${i}:[${tableText(e.pmd)}]` : 'pte' in e ? ` ${i}:{${indexRuns([...e.pte])}}` : ''))
  return `L${indexRuns(leaves)}${tables.join('')}`
}

/** A state as plain data (bigints in hex, the page tables as text): equal values, equal states. */
function canonical(st: InitMemMappingState): unknown {
  const { tables, ...rest } = st
  const pgd = [...tables.pgd].sort(byKey).map(([i, pud]) => `${i}:[${tableText(pud)}]`)
  const plain = JSON.parse(JSON.stringify({ ...rest, count: tables.count }, (_k, v: unknown) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))) as object
  return { ...plain, pgd }
}

const pairs = vi.hoisted(() => [] as Array<{ fast: unknown; ref: unknown }>)

vi.mock('./init-mem-mapping.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('./init-mem-mapping.js')>()
  return {
    ...m,
    initMemMapping: (mb: Parameters<typeof m.initMemMapping>[0], input: Parameters<typeof m.initMemMapping>[1]) => {
      const ref = m.initMemMappingReference(structuredClone(mb), input)
      const fast = m.initMemMapping(mb, input)
      // isDirectMapGbLeaf() on the runs (before the view exists) and on the reference's Maps.
      const gib = Number(input.end >> 30n) + 2
      const gb = (st: typeof fast): string => Array.from({ length: gib }, (_, i) => (m.isDirectMapGbLeaf(st.tables, (BigInt(i) << 30n) + 0x1234000n) ? 'G' : '.')).join('')
      const gbFast = gb(fast)
      pairs.push({ fast: { gb: gbFast, ...(canonical(fast) as object) }, ref: { gb: gb(ref), ...(canonical(ref) as object) } })
      return fast
    },
  }
})

/** Boots `layout` and checks every init_mem_mapping() it made; returns how many. */
function expectSameBoot(layout: Layout): number {
  pairs.length = 0
  const release = resolveKernelRelease(layout.kernel)!
  x86Boot({ ...layout, kernel: release }, policyFor('x86_64', release)!, new Trace())
  for (const { fast, ref } of pairs) if (JSON.stringify(fast) !== JSON.stringify(ref)) expect(fast).toEqual(ref)
  return pairs.length
}

const ORACLE_CASES_DIR =
  process.env['ORACLE_CASES_DIR'] ??
  (existsSync('/work/shared/oracle/cases') ? '/work/shared/oracle/cases' : join(process.cwd(), 'test/oracle/cases'))
const cases = readdirSync(ORACLE_CASES_DIR)
  .filter((f) => f.startsWith('amd64-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ORACLE_CASES_DIR, f), 'utf8')) as OracleCase)

// Every boot must run its own page-table code: no prefix shared from an earlier boot.
beforeAll(() => setBootPrefixSharing(false))
afterAll(() => setBootPrefixSharing(true))

describe('run-length direct map = per-entry reference on the oracle boots', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(expectSameBoot(boardToLayouts(caseToBoard(c.input))[0]!)).toBe(1)
  })
})

const M = 1n << 20n
const G = 1n << 30n
const PAGE = 4096n
const KERNELS = ['5.10', '6.1', '6.12', '7.2']
const BASE = boardToLayouts(caseToBoard(cases.find((c) => c.id.startsWith('amd64-6.12-q35'))!.input))[0]!

/**
 * One random x86_64 boot. The reference walks every entry, so RAM is kept to what it maps
 * quickly: up to 1 TiB with 1G pages, 16 GiB with 2M pages only, 64 MiB past the image with
 * debug_pagealloc.
 */
function randomLayout(g: fc.GeneratorValue): Layout {
  const mode = g(fc.integer, { min: 0, max: 9 })
  const debug = mode === 0
  const gbpages = mode >= 3
  const pages = (max: bigint): bigint => (max < PAGE ? 0n : g(fc.bigInt, { min: 0n, max: max / PAGE }) * PAGE)
  /** Log-uniform, 4K … 2^shift bytes, often not 2M aligned. */
  const logSize = (shift: number): bigint => {
    const s = g(fc.integer, { min: 12, max: shift })
    return g(fc.bigInt, { min: 1n, max: 1n << BigInt(s - 12) }) * PAGE
  }
  // The image: 16 MiB (the default), or elsewhere below 128 MiB.
  const imageBase = g(fc.boolean) ? 0x1000000n : 0x200000n + pages(0x6000000n)
  const image = { base: imageBase, size: 0x2000000n + pages(0x2000000n) }
  const memory: MemoryBank[] = [{ base: 0n, size: g(fc.constantFrom, 0x9fc00n, 0x9f000n, 0x80000n) }]
  // Low RAM from 1 MiB: at least past the image, at most 3 GiB, in 1–3 pieces with holes.
  const lowFloor = image.base + image.size + 0x1000000n
  const budget = debug ? lowFloor + 64n * M : gbpages ? 1024n * G : 16n * G
  const lowTop = budget < 3n * G ? budget : 3n * G
  let lowEnd = lowFloor + pages(lowTop > lowFloor ? lowTop - lowFloor : 0n)
  if (g(fc.boolean) && lowEnd > lowFloor + 4n * M) lowEnd = lowEnd - (lowEnd % (2n * M)) - 0x20000n // q35's top-of-low-RAM shape
  let at = M
  for (let holes = g(fc.integer, { min: 0, max: 2 }); holes > 0 && at < lowEnd; holes--) {
    const cut = lowFloor + pages(lowEnd - lowFloor)
    if (cut <= at) break
    memory.push({ base: at, size: cut - at })
    at = cut + logSize(28)
  }
  if (at < lowEnd) memory.push({ base: at, size: lowEnd - at })
  // High RAM from 4 GiB: 0–4 banks, log-uniform sizes and gaps.
  let left = budget - lowEnd
  at = 4n * G + (g(fc.boolean) ? 0n : logSize(34))
  for (let k = g(fc.integer, { min: 0, max: 4 }); k > 0 && left > PAGE; k--) {
    const size = logSize(40) % left || PAGE
    memory.push({ base: at, size })
    left -= size
    at += size + (g(fc.boolean) ? logSize(32) : 0n)
  }
  const ramEnd = memory.reduce((m, b) => (b.base + b.size > m ? b.base + b.size : m), 0n)
  const cmdline = ['console=ttyS0']
  if (g(fc.boolean)) cmdline.push('crashkernel=256M')
  if (gbpages && g(fc.boolean)) cmdline.push('gbpages')
  if (!gbpages && mode === 1) cmdline.push('nogbpages')
  if (debug) cmdline.push('debug_pagealloc=on')
  if (g(fc.integer, { min: 0, max: 3 }) === 0) cmdline.push(`mem=${(lowFloor + pages(ramEnd - lowFloor)) >> 20n}M`)
  const layout: Layout = {
    ...BASE,
    kernel: g(fc.constantFrom, ...KERNELS),
    memory,
    image,
    initrd: g(fc.boolean) ? { base: lowEnd - 0x200000n - pages(0x800000n), size: 0x100000n + pages(0x100000n) } : undefined,
    config: { ...BASE.config, DEBUG_PAGEALLOC: debug, X86_DIRECT_GBPAGES: gbpages || mode === 2 },
    cpu: { ...BASE.cpu, gbpages: gbpages },
    cmdline: cmdline.join(' '),
  }
  return layout
}

describe('run-length direct map = per-entry reference on random boots', () => {
  it('1,000 boots', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        expect(expectSameBoot(randomLayout(g))).toBe(1)
      }),
      { seed: 0x86d17, numRuns: 1000 },
    )
  }, 60_000)
})

describe('the per-entry view', () => {
  function q35(): ReturnType<typeof memblockCreate> {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x1000n, 0x9e000n)
    memblockAdd(mb, M, 2n * G - 0x20000n - M)
    memblockAdd(mb, 4n * G, 6n * G)
    memblockReserve(mb, 0x1000000n, 0x37ef000n)
    return mb
  }
  const input = { end: 10n * G, pgtBuf: { base: 0x47e0000n, pages: 6 }, use2M: true, use1G: false, probe: 'alloc-free' as const }
  it('is the reference’s tables, and mapping on after reading it goes on per entry', () => {
    const fast = initMemMapping(q35(), input)
    const ref = initMemMappingReference(q35(), input)
    expect(fast.tables.pgd).toEqual(ref.tables.pgd)
    for (const st of [fast, ref]) {
      st.pageSizeMask = 0
      initMemoryMapping(st, 5n * G + 0x1000n, 5n * G + 0x5000n)
    }
    expect(canonical(fast)).toEqual(canonical(ref))
    expect(fast.tables.pgd.get(0n)!.get(5n)).toEqual({ leaf: false, pmd: expect.any(Map) })
  })
})

// Found by mutation testing: the boots above never map a range twice (so no walk re-enters
// table entries or leaves of another page size), never map whole GiBs with 4K pages, and
// never reach alloc_low_pages()'s corners. These call init_memory_mapping() directly.
// The module's own functions: the wrapper above reads the tables (canonical()), which switches
// a fast walk to per entry, so mapping on after it would not test the runs.
describe('direct init_memory_mapping() calls', async () => {
  const { initMemMapping, initMemMappingReference, initMemoryMapping } = await vi.importActual<typeof import('./init-mem-mapping.js')>('./init-mem-mapping.js')
  const K = 1n << 10n
  const MASK_2M = 1 << 2
  const MASK_1G = 1 << 3
  function mbOf(mem: Array<[bigint, bigint]>, res: Array<[bigint, bigint]> = []): () => Memblock {
    return () => {
      const mb = memblockCreate(4096n)
      for (const [b, s] of mem) memblockAdd(mb, b, s)
      for (const [b, s] of res) memblockReserve(mb, b, s)
      return mb
    }
  }
  const q35 = mbOf([[0x1000n, 0x9e000n], [M, 2n * G - 0x20000n - M], [4n * G, 6n * G]], [[0x1000000n, 0x37ef000n]])
  type Input = Parameters<typeof initMemMapping>[1]
  const base: Input = { end: 10n * G, pgtBuf: { base: 0x47e0000n, pages: 6 }, use2M: true, use1G: false, probe: 'alloc-free' }

  /** Boots fast and reference, then the same init_memory_mapping() calls on both: same returns, same states. */
  function expectSameCalls(mb: () => Memblock, input: Input, calls: Array<{ start: bigint; end: bigint; mask: number }> = []): void {
    const fast = initMemMapping(mb(), input)
    const ref = initMemMappingReference(mb(), input)
    for (const c of calls) {
      fast.pageSizeMask = ref.pageSizeMask = c.mask
      // (Not reading fast.tables.pgd before the end: that would switch the walk to per entry.)
      expect(initMemoryMapping(fast, c.start, c.end)).toBe(initMemoryMapping(ref, c.start, c.end))
    }
    expect(canonical(fast)).toEqual(canonical(ref))
  }

  describe('4K mappings of whole GiBs (debug_pagealloc / no PSE with RAM past 1 GiB)', () => {
    it('3 GiB of high RAM with 4K pages', () => {
      expectSameCalls(mbOf([[0x1000n, 0x9e000n], [M, 64n * M], [4n * G, 3n * G]], [[0x1000000n, 0x2000000n]]), { ...base, end: 7n * G, use2M: false })
    })
  })

  describe('init_memory_mapping() over what is already mapped, with other page sizes', () => {
    it('a 4K remap inside a 2M leaf of a run of PMD tables', () => {
      expectSameCalls(q35, base, [{ start: 5n * G + 0x1000n, end: 5n * G + 0x5000n, mask: 0 }])
    })
    it('a 2M-only remap inside a 1G leaf', () => {
      expectSameCalls(q35, { ...base, use1G: true }, [{ start: 5n * G + 0x1000n, end: 5n * G + 0x5000n, mask: MASK_2M }])
    })
    it('the same range twice (runs of table entries walked again)', () => {
      expectSameCalls(q35, base, [{ start: 4n * G, end: 10n * G, mask: MASK_2M }])
      expectSameCalls(mbOf([[0x1000n, 0x9e000n], [M, 64n * M]], [[0x1000000n, 0x2000000n]]), { ...base, end: 65n * M, use2M: false }, [{ start: M, end: 65n * M, mask: 0 }])
    })
    it('new 4K pages before already mapped ones: paddr_last is the end of the new ones', () => {
      expectSameCalls(mbOf([[0x1000n, 0x9e000n]]), { ...base, end: M }, [
        { start: 2n * M + 0x8000n, end: 2n * M + 0xc000n, mask: MASK_2M },
        { start: 2n * M, end: 2n * M + 0xc000n, mask: MASK_2M },
      ])
    })
    it('random sequences of overlapping calls with random page-size masks', () => {
      fc.assert(
        fc.property(fc.gen(), (g) => {
          const use1G = g(fc.boolean)
          const calls = Array.from({ length: g(fc.integer, { min: 1, max: 6 }) }, () => {
            const mask = g(fc.constantFrom, 0, MASK_2M, MASK_2M | MASK_1G)
            const unit = g(fc.constantFrom, 4n * K, 2n * M, G)
            const start = g(fc.bigInt, { min: 0n, max: (12n * G) / unit - 1n }) * unit + g(fc.constantFrom, 0n, 0x1000n, 0x1ff000n)
            const span = mask === 0 ? 64n * M : 4n * G
            return { start, end: start + g(fc.bigInt, { min: 1n, max: span / 4096n }) * 4096n, mask }
          })
          expectSameCalls(q35, { ...base, use1G }, calls)
        }),
        { seed: 0x86e7, numRuns: 300 },
      )
    }, 60_000)
  })

  describe('alloc_low_pages() corners', () => {
    /** A hand-made state around [min_pfn_mapped, max_pfn_mapped), no brk buffer. */
    function raw(mb: Memblock, fast: boolean, min: bigint, max: bigint): InitMemMappingState {
      const tables = fast ? newRunLengthTables() : { pgd: new Map(), count: { '4K': 0n, '2M': 0n, '1G': 0n } }
      return { mb, tables, pageSizeMask: 0, pgtBufEnd: 0n, pgtBufTop: 0n, canUseBrkPgt: true, minPfnMapped: min, maxPfnMapped: max, pfnMapped: [], memblockPages: [], brkPages: 0, topDownProbe: 0n }
    }
    function expectSameRaw(mb: () => Memblock, min: bigint, max: bigint, start: bigint, end: bigint): void {
      const [f, r] = [raw(mb(), true, min, max), raw(mb(), false, min, max)]
      expect(initMemoryMapping(f, start, end)).toBe(initMemoryMapping(r, start, end))
      expect(canonical(f)).toEqual(canonical(r))
    }
    /** Both walks end the boot (AllocLowPagesPanic) after taking the same memblock pages. */
    function expectSamePanic(mb: () => Memblock, min: bigint, max: bigint, start: bigint, end: bigint): void {
      const [f, r] = [raw(mb(), true, min, max), raw(mb(), false, min, max)]
      expect(() => initMemoryMapping(f, start, end)).toThrow(AllocLowPagesPanic)
      expect(() => initMemoryMapping(r, start, end)).toThrow(AllocLowPagesPanic)
      expect(f.mb.reserved.regions).toEqual(r.mb.reserved.regions)
    }
    it('more pages needed than the window holds: the boot ends (extend_brk() BUG()s), none taken below min_pfn_mapped', () => {
      expectSamePanic(mbOf([[M, G - M]]), (G - 8n * K) / 4096n, G / 4096n, 4n * G, 4n * G + 4n * M)
      const st = raw(mbOf([[M, G - M]])(), true, (G - 8n * K) / 4096n, G / 4096n)
      expect(() => initMemoryMapping(st, 4n * G, 4n * G + 4n * M)).toThrow('extend_brk() after reserve_brk(): BUG')
      expect(st.mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[G - 8n * K, 8n * K]])
    })
    it('never page 0', () => {
      // Four table pages (PUD, PMD, two PTE tables): pages 4 down to 1 of [0, 20K), not page 0.
      expectSameRaw(mbOf([[0n, 20n * K]]), 0n, 5n, 4n * G, 4n * G + 4n * M)
      expectSamePanic(mbOf([[0n, 16n * K]]), 0n, 4n, 4n * G, 4n * G + 4n * M)
    })
    it('no brk buffer for the ISA range: min_pfn_mapped = max_pfn_mapped = 0 searches no memblock, the first table page ends the boot', () => {
      for (const walk of [initMemMapping, initMemMappingReference]) expect(() => walk(q35(), { ...base, pgtBuf: { base: 0x47e0000n, pages: 0 } })).toThrow(AllocLowPagesPanic)
    })
    it('1G pages, the top MiB of RAM reserved, a small brk: paddr_last past the range widens the window', () => {
      expectSameCalls(mbOf([[0x1000n, 0x9e000n], [M, 2n * G - 2n * M], [4n * G, 4n * G]], [[0x1000000n, 0x2000000n], [8n * G - M, M]]), { ...base, end: 8n * G, use1G: true, pgtBuf: { base: 0x2fff000n, pages: 3 } })
    })
  })
})
