// SPDX-License-Identifier: GPL-2.0-only
/**
 * The run-length swapper_pg_dir (mmu-fast.ts, swapperPgDir()) against the per-entry reference
 * (swapperPgDirReference()): every mapping call of every riscv64 oracle boot and of 1,000
 * random boots (Sv39/48/57, RAM bases and banks, kernel image, initrd and DTB placement, the
 * KFENCE pool, debug_pagealloc, mem=, PMD-only and best_map_size() kernels) allocates the same
 * table pages in the same order and leaves the same entries and linear-map runs; so do 1,000
 * random call sequences that map over what is already mapped, with any sizes, and 500 that
 * start runs at the ends of blocks (where a run meets an existing leaf).
 *
 * riscvBoot() runs as usual; mmu.js is wrapped so that each table it makes has a reference twin
 * that every mapping call also runs on (its allocations are only recorded).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { setBootPrefixSharing } from '../boot-prefix.js'
import { caseToBoard } from '../../oracle/case-board.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import type { OracleCase } from '../../oracle/run-case.js'
import { policyFor, resolveKernelRelease } from '../policies/index.js'
import { Trace } from '../trace.js'
import type { Layout, MemoryBank } from '../types.js'
import type { RiscvPageTables, RiscvPagingLevels, TableAlloc } from './mmu.js'
import { riscvBoot } from './setup.js'

/** A table as JSON: entries in key order, bigints in hex. */
function canonical(t: RiscvPageTables): string {
  const { entries, ...rest } = t
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return JSON.stringify({ ...rest, entries: sorted }, (_k, v: unknown) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
}

/** Equal tables; on a difference, the diff of the two as data. */
function expectSameTables(fast: RiscvPageTables, ref: RiscvPageTables): void {
  const [a, b] = [canonical(fast), canonical(ref)]
  if (a !== b) expect(JSON.parse(a)).toEqual(JSON.parse(b))
}

const twins = vi.hoisted(() => ({ tables: [] as Array<{ fast: RiscvPageTables; ref: RiscvPageTables }>, calls: [] as Array<{ call: string; fast: string; ref: string }> }))

vi.mock('./mmu.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('./mmu.js')>()
  const refOf = new WeakMap<RiscvPageTables, RiscvPageTables>()
  /** Runs `call` on the reference twin (allocations recorded), then on `t`; records both. */
  function both<R>(name: string, t: RiscvPageTables, alloc: TableAlloc, call: (t: RiscvPageTables, alloc: TableAlloc) => R): R {
    const ref = refOf.get(t)
    if (!ref) return call(t, alloc)
    let refLog = ''
    let fastLog = ''
    // Each page as a letter: a counted call logs as that many one-page calls.
    const r = call(ref, (last, count) => {
      refLog += (last ? 'p' : 'd').repeat(count)
    })
    const f = call(t, (last, count) => {
      fastLog += (last ? 'p' : 'd').repeat(count)
      alloc(last, count)
    })
    twins.calls.push({ call: name, fast: `${String(f)} ${fastLog}`, ref: `${String(r)} ${refLog}` })
    return f
  }
  return {
    ...m,
    swapperPgDir: (levels: RiscvPagingLevels, physRamBase: bigint) => {
      const fast = m.swapperPgDir(levels, physRamBase)
      const ref = m.swapperPgDirReference(levels, physRamBase)
      refOf.set(fast, ref)
      twins.tables.push({ fast, ref })
      return fast
    },
    createLinearMappingRange: (t: RiscvPageTables, start: bigint, end: bigint, fixed: bigint, debug: boolean, top: number, alloc: TableAlloc) =>
      both('createLinearMappingRange', t, alloc, (x, a) => m.createLinearMappingRange(x, start, end, fixed, debug, top, a)),
    createLinearMappingRangePmdOnly: (t: RiscvPageTables, start: bigint, end: bigint, alloc: TableAlloc) =>
      both('createLinearMappingRangePmdOnly', t, alloc, (x, a) => m.createLinearMappingRangePmdOnly(x, start, end, a)),
    createLinearMappingRangePmdSteps: (t: RiscvPageTables, start: bigint, end: bigint, alloc: TableAlloc) =>
      both('createLinearMappingRangePmdSteps', t, alloc, (x, a) => m.createLinearMappingRangePmdSteps(x, start, end, a)),
    createKernelPageTable: (t: RiscvPageTables, size: bigint, alloc: TableAlloc) => both('createKernelPageTable', t, alloc, (x, a) => m.createKernelPageTable(x, size, a)),
    vmemmapPopulate: (t: RiscvPageTables, pfn: bigint, nr: bigint, startPfn: bigint, alloc: TableAlloc) =>
      both('vmemmapPopulate', t, alloc, (x, a) => m.vmemmapPopulate(x, pfn, nr, startPfn, a)),
    vmemmapPopulateBasepages: (t: RiscvPageTables, pfn: bigint, nr: bigint, startPfn: bigint, alloc: TableAlloc) =>
      both('vmemmapPopulateBasepages', t, alloc, (x, a) => m.vmemmapPopulateBasepages(x, pfn, nr, startPfn, a)),
  }
})

/** Boots `layout`; every mapping call and every table must match its twin. Returns the number of tables. */
function expectSameBoot(layout: Layout): number {
  twins.tables.length = 0
  twins.calls.length = 0
  const release = resolveKernelRelease(layout.kernel)!
  riscvBoot({ ...layout, kernel: release }, policyFor('riscv64', release)!, new Trace())
  for (const c of twins.calls) if (c.fast !== c.ref) expect(c).toEqual({ ...c, fast: c.ref })
  for (const { fast, ref } of twins.tables) expectSameTables(fast, ref)
  return twins.tables.length
}

const ORACLE_CASES_DIR =
  process.env['ORACLE_CASES_DIR'] ??
  (existsSync('/work/shared/oracle/cases') ? '/work/shared/oracle/cases' : join(process.cwd(), 'test/oracle/cases'))
const cases = readdirSync(ORACLE_CASES_DIR)
  .filter((f) => f.startsWith('riscv64-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ORACLE_CASES_DIR, f), 'utf8')) as OracleCase)

// Every boot must run its own page-table code: no prefix shared from an earlier boot.
beforeAll(() => setBootPrefixSharing(false))
afterAll(() => setBootPrefixSharing(true))

describe('run-length swapper_pg_dir = per-entry reference on the oracle boots', () => {
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    expect(expectSameBoot(boardToLayouts(caseToBoard(c.input))[0]!)).toBeGreaterThanOrEqual(1)
  })
})

const M = 1n << 20n
const G = 1n << 30n
const PAGE = 4096n
const PMD = 2n * M
const BASE = boardToLayouts(caseToBoard(cases.find((c) => c.id.startsWith('riscv64-6.12-virt-4G'))!.input))[0]!

/**
 * One random riscv64 boot. The reference walks every leaf (and sparse_init() every 128 MiB
 * section), so RAM is kept to what it maps quickly: up to 32 GiB where 1G leaves fit (Sv48/57,
 * a 1 GiB aligned base; 1 TiB in one boot out of 32), else 8 GiB.
 */
function randomLayout(g: fc.GeneratorValue): Layout {
  const vaBits = g(fc.constantFrom, 39, 48, 57)
  const debug = g(fc.integer, { min: 0, max: 7 }) === 0
  const page = (max: bigint): bigint => (max < PAGE ? 0n : g(fc.bigInt, { min: 0n, max: max / PAGE }) * PAGE)
  const logSize = (shift: number): bigint => {
    const s = g(fc.integer, { min: 12, max: shift })
    return g(fc.bigInt, { min: 1n, max: 1n << BigInt(s - 12) }) * PAGE
  }
  const where = g(fc.integer, { min: 0, max: 3 })
  const base = where === 0 ? 0x80000000n : where === 1 ? G * g(fc.bigInt, { min: 0n, max: 63n }) : where === 2 ? PMD * g(fc.bigInt, { min: 1n, max: 32767n }) : page(64n * G) + PAGE
  const gigantic = vaBits >= 48 && base % G === 0n && !debug
  const budget = gigantic ? (g(fc.integer, { min: 0, max: 31 }) === 0 ? 1024n * G : 32n * G) : 8n * G
  // The first bank holds the image (2 MiB in, as OpenSBI leaves it), the initrd and the DTB.
  const imageBase = ((base + PMD - 1n) / PMD) * PMD + PMD
  const image = { base: imageBase, size: 0x1000000n + page(0x2000000n) }
  const firstEnd = imageBase + image.size + 0x2000000n + (logSize(g(fc.boolean) ? 40 : 30) % (budget / 2n))
  const memory: MemoryBank[] = [{ base, size: firstEnd - base }]
  let left = budget - (firstEnd - base)
  let at = firstEnd
  for (let k = g(fc.integer, { min: 0, max: 2 }); k > 0 && left > PAGE; k--) {
    at += g(fc.boolean) ? logSize(34) : 0n
    const size = logSize(40) % left || PAGE
    memory.push({ base: at, size })
    left -= size
    at += size
  }
  const ramEnd = at
  const reservations = BASE.reservations.filter(() => base === 0x80000000n && g(fc.boolean))
  const cmdline = ['console=ttyS0']
  if (g(fc.boolean)) cmdline.push(g(fc.constantFrom, 'crashkernel=256M', 'crashkernel=512M,high', 'crashkernel=64M'))
  if (debug) cmdline.push('debug_pagealloc=on')
  if (g(fc.integer, { min: 0, max: 3 }) === 0) cmdline.push(`mem=${(firstEnd - base + page(ramEnd - firstEnd)) >> 20n}M`)
  const afterImage = imageBase + image.size + 0x200000n
  return {
    ...BASE,
    kernel: g(fc.constantFrom, '6.1', '6.6', '6.12', '7.2'),
    vaBits,
    memory,
    image,
    initrd: g(fc.boolean) ? { base: afterImage + page(0x1000000n), size: 0x1000n + page(0x400000n) } : undefined,
    dtb: g(fc.boolean) ? { base: firstEnd - PMD + page(0x100000n), size: 0x1825n } : undefined,
    reservations,
    config: { ...BASE.config, KFENCE: g(fc.boolean), DEBUG_PAGEALLOC: debug },
    cmdline: cmdline.join(' '),
  }
}

describe('run-length swapper_pg_dir = per-entry reference on random boots', () => {
  it('1,000 boots', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        expect(expectSameBoot(randomLayout(g))).toBeGreaterThanOrEqual(1)
      }),
      { seed: 0x5c39, numRuns: 1000 },
    )
  }, 60_000)
})

describe('run-length swapper_pg_dir = per-entry reference on random call sequences', async () => {
  const mmu = await vi.importActual<typeof import('./mmu.js')>('./mmu.js')
  /** A call on both tables: same return value, same allocations. */
  function onBoth<R>(fast: RiscvPageTables, ref: RiscvPageTables, call: (t: RiscvPageTables, alloc: TableAlloc) => R): void {
    const logs = ['', '']
    const results = [fast, ref].map((t, i) =>
      String(
        call(t, (last, count) => {
          logs[i] += (last ? 'p' : 'd').repeat(count)
        }),
      ),
    )
    expect([results[0], logs[0]]).toEqual([results[1], logs[1]])
  }
  it('1,000 sequences of overlapping mappings, any sizes', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const levels = g(fc.constantFrom, 3, 4, 5) as RiscvPagingLevels
        const physRamBase = PMD * g(fc.bigInt, { min: 0n, max: 1n << 16n })
        const fast = mmu.swapperPgDir(levels, physRamBase)
        const ref = mmu.swapperPgDirReference(levels, physRamBase)
        const span = levels === 3 ? 64n * G : 1024n * G
        // Aligned to pages, PMDs or GiBs, now and then just under a 512 GiB boundary.
        const addr = (): bigint => {
          const a = g(fc.constantFrom, PAGE, PMD, G)
          const gib = levels > 3 && g(fc.integer, { min: 0, max: 3 }) === 0 ? 511n : g(fc.bigInt, { min: 0n, max: span / G })
          return physRamBase + gib * G + (g(fc.bigInt, { min: 0n, max: G / a - 1n }) * a) % G
        }
        for (let n = g(fc.integer, { min: 1, max: 8 }); n > 0; n--) {
          const op = g(fc.integer, { min: 0, max: 7 })
          const start = addr()
          const size = g(fc.constantFrom, PAGE, PMD, G, 3n * PMD + 5n * PAGE, 2n * G)
          const end = start + (g(fc.boolean) ? size : g(fc.bigInt, { min: 1n, max: size / PAGE }) * PAGE)
          const debug = g(fc.integer, { min: 0, max: 9 }) === 0
          // 6.4 – 6.7's leaves in the PGD now and then.
          const pgdLeaves = g(fc.integer, { min: 0, max: 3 }) === 0
          if (op === 0) onBoth(fast, ref, (t, a) => mmu.createLinearMappingRange(t, start, end, 0n, debug, mmu.topLeafShift(t.levels, pgdLeaves), a))
          const fixed = g(fc.constantFrom, PAGE, PMD, 3n * PAGE)
          if (op === 1 && (fixed !== 3n * PAGE || end - start <= 64n * M)) onBoth(fast, ref, (t, a) => mmu.createLinearMappingRange(t, start, end, fixed, false, mmu.topLeafShift(t.levels, false), a))
          const steps = op === 2 && g(fc.boolean)
          if (op === 2) onBoth(fast, ref, (t, a) => (steps ? mmu.createLinearMappingRangePmdSteps(t, start, end, a) : mmu.createLinearMappingRangePmdOnly(t, start, end, a)))
          const sz = g(fc.constantFrom, PAGE, PMD, G, 1n << 39n, 1n << 48n, 8192n)
          const imageSize = g(fc.bigInt, { min: 0n, max: 64n * M })
          const [pfn, nr] = [g(fc.bigInt, { min: 0n, max: 1n << 28n }), g(fc.bigInt, { min: 0n, max: 1n << 20n })]
          if (op === 3) onBoth(fast, ref, (t, a) => mmu.createPgdMapping(t, mmu.linearVa(t, start), sz, a))
          if (op === 4) onBoth(fast, ref, (t, a) => mmu.createKernelPageTable(t, imageSize, a))
          if (op === 5) onBoth(fast, ref, (t, a) => mmu.vmemmapPopulate(t, pfn, nr, 0x80000n, a))
          if (op === 7) onBoth(fast, ref, (t, a) => mmu.vmemmapPopulateBasepages(t, pfn, nr, 0x80000n, a))
          if (op === 6 && g(fc.integer, { min: 0, max: 9 }) === 0) {
            // Past the top of the VA space: the per-entry walk takes over.
            const top = (1n << 64n) - fast.pageOffset + physRamBase - 4n * G
            onBoth(fast, ref, (t, a) => mmu.createLinearMappingRange(t, top, top + 8n * G, 0n, false, mmu.topLeafShift(t.levels, false), a))
          }
        }
        expectSameTables(fast, ref)
        // The view stays live: mapping on after reading it goes per entry, on both.
        onBoth(fast, ref, (t, a) => mmu.createLinearMappingRange(t, physRamBase, physRamBase + 3n * PMD + PAGE, 0n, false, mmu.topLeafShift(t.levels, false), a))
        expectSameTables(fast, ref)
      }),
      { seed: 0x5c57, numRuns: 1000 },
    )
  }, 60_000)

  // Found by mutation testing: the sequences above almost never start a run on the last
  // block under an existing leaf, or read the last PTE of a stride.
  type Call = (t: RiscvPageTables, alloc: TableAlloc) => unknown
  /** The calls on a fresh pair of tables, then the tables compared. */
  function sequence(levels: RiscvPagingLevels, physRamBase: bigint, calls: Call[]): void {
    const fast = mmu.swapperPgDir(levels, physRamBase)
    const ref = mmu.swapperPgDirReference(levels, physRamBase)
    for (const call of calls) onBoth(fast, ref, call)
    expectSameTables(fast, ref)
  }
  it('a PMD run that starts on the last 2 MiB of a 1G leaf stops there, as the kernel does (Sv48)', () => {
    sequence(4, 0n, [(t, a) => mmu.createLinearMappingRange(t, G, 2n * G, 0n, false, mmu.topLeafShift(t.levels, false), a), (t, a) => mmu.createLinearMappingRange(t, 2n * G - PMD, 2n * G + PMD, PMD, false, mmu.topLeafShift(t.levels, false), a)])
  })
  it('a PAGE run whose first PMD is a 2M leaf (Sv39)', () => {
    sequence(3, 0n, [(t, a) => mmu.createLinearMappingRange(t, PMD, 2n * PMD, 0n, false, mmu.topLeafShift(t.levels, false), a), (t, a) => mmu.createLinearMappingRange(t, PMD - PAGE, 3n * PMD, PAGE, false, mmu.topLeafShift(t.levels, false), a)])
  })
  it('createPgdMapping() finds the last PTE of a stride present', () => {
    sequence(3, 0n, [(t, a) => mmu.createLinearMappingRange(t, 0n, 3n * PMD, 0n, true, mmu.topLeafShift(t.levels, false), a), (t, a) => mmu.createPgdMapping(t, mmu.linearVa(t, 2n * PMD), PAGE, a)])
  })
  it('a PTE that is a table entry (an 8K mapping) stays one under a PAGE run', () => {
    sequence(3, 0n, [
      (t, a) => mmu.createPgdMapping(t, mmu.linearVa(t, 2n * PMD), 8192n, a),
      (t, a) => mmu.createLinearMappingRange(t, PMD, 2n * PMD, 0n, false, mmu.topLeafShift(t.levels, false), a),
      (t, a) => mmu.createLinearMappingRange(t, 0n, 3n * PMD, PAGE, false, mmu.topLeafShift(t.levels, false), a),
    ])
  })
  it('500 sequences starting at the ends of blocks, a few GiB apart', () => {
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const levels = g(fc.constantFrom, 3, 4, 5) as RiscvPagingLevels
        const physRamBase = PMD * g(fc.bigInt, { min: 0n, max: 1n << 16n })
        const addr = (): bigint => physRamBase + g(fc.bigInt, { min: 0n, max: 7n }) * G + g(fc.constantFrom, 0n, PAGE, PMD - PAGE, PMD, 3n * PMD, G - PMD, G - PAGE)
        const calls: Call[] = []
        for (let n = g(fc.integer, { min: 1, max: 8 }); n > 0; n--) {
          const op = g(fc.integer, { min: 0, max: 3 })
          const start = addr()
          const end = start + g(fc.constantFrom, PAGE, PMD, 2n * PMD, G, G + PMD, 2n * G)
          if (op === 0) calls.push((t, a) => mmu.createLinearMappingRange(t, start, end, 0n, false, mmu.topLeafShift(t.levels, false), a))
          const fixed = g(fc.constantFrom, PAGE, PMD)
          if (op === 1 && (fixed === PMD || end - start <= 64n * M)) calls.push((t, a) => mmu.createLinearMappingRange(t, start, end, fixed, false, mmu.topLeafShift(t.levels, false), a))
          const sz = g(fc.constantFrom, PAGE, PMD, G, 8192n)
          if (op === 2) calls.push((t, a) => mmu.createPgdMapping(t, mmu.linearVa(t, start), sz, a))
          if (op === 3 && end - start <= 64n * M) calls.push((t, a) => mmu.createLinearMappingRange(t, start, end, 0n, true, mmu.topLeafShift(t.levels, false), a))
        }
        sequence(levels, physRamBase, calls)
      }),
      { seed: 0x5c58, numRuns: 500 },
    )
  }, 60_000)
})
