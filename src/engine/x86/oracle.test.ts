// SPDX-License-Identifier: GPL-2.0-only
/**
 * The x86_64 boot mirror against real boots: every amd64 oracle case (crash ranges, zones,
 * the kernel's crashkernel lines, DirectMap counters), and for every `-mbdebug` case the
 * memblock decisions made before the crash reservation, address for address: the real-mode
 * trampoline, memory_map_top_down()'s first 2 MiB block, the page-table pages
 * alloc_low_pages() takes from memblock, NODE_DATA, and the crash allocation itself.
 *
 * Inputs come from each case's `input` only; `observed` is what is compared.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { caseToBoard } from '../../oracle/case-board.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import { runOracleCase, type OracleCase } from '../../oracle/run-case.js'
import { policyFor, resolveKernelRelease } from '../policies/index.js'
import { Trace } from '../trace.js'
import { x86Boot } from './setup.js'
import { numaValidNode } from '../memblock/memblock.js'
import { coalesce, dumpedReservedRegions, regionText } from '../../../test/boot-logs.js'

/** Where the oracle cases are: the shared tree when present, else the repo copy. */
const ORACLE_CASES_DIR =
  process.env['ORACLE_CASES_DIR'] ??
  (existsSync('/work/shared/oracle/cases') ? '/work/shared/oracle/cases' : join(process.cwd(), 'test/oracle/cases'))

interface MemblockEvent {
  kind: string
  start: string
  end: string
  size: number
  caller: string | null
  count?: number
  each?: number
  crash?: string
}

const cases = readdirSync(ORACLE_CASES_DIR)
  .filter((f) => f.startsWith('amd64-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(ORACLE_CASES_DIR, f), 'utf8')) as OracleCase)

const mbdebug = cases.filter((c) => Array.isArray((c.observed as { memblock_events?: unknown }).memblock_events))

describe('x86_64 oracle: every amd64 boot is predicted exactly', () => {
  it('finds the amd64 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(79)
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(r.differences).toEqual([])
  })
})

describe('x86_64 oracle: memblock decisions before the crash reservation (-mbdebug)', () => {
  it('has the -mbdebug cases', () => {
    expect(mbdebug.length).toBeGreaterThanOrEqual(8)
    // The top-down probe is checked only where the log has it (6.1+): at least 6 of them
    // (q35 -m 1G and 4G for each of 6.1, 6.12 and 7.2), so a change in the log cannot leave
    // the check with nothing to compare.
    const probed = mbdebug.filter((c) => (c.observed as { memblock_events: MemblockEvent[] }).memblock_events.some((e) => e.caller === 'init_mem_mapping' && e.kind === 'alloc'))
    expect(probed.length).toBeGreaterThanOrEqual(6)
  })
  it.each(mbdebug.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const layout = boardToLayouts(caseToBoard(c.input))[0]!
    const release = resolveKernelRelease(layout.kernel)!
    const boot = x86Boot({ ...layout, kernel: release }, policyFor('x86_64', release)!, new Trace())
    const extra = boot.extra as { realModeTrampoline: bigint; topDownProbe: bigint; pageTablePages: bigint[]; nodeData: bigint }
    const events = (c.observed as { memblock_events: MemblockEvent[] }).memblock_events
    const crashAt = events.findIndex((e) => e.crash === 'main')
    const before = events.slice(0, crashAt)
    const start = (e: MemblockEvent): bigint => BigInt(e.start)
    // The trampoline: the allocation of reserve_real_mode() under 1 MiB.
    const rm = before.find((e) => e.caller === 'reserve_real_mode' && e.size < 0x100000)!
    expect(extra.realModeTrampoline).toBe(start(rm))
    // memory_map_top_down()'s first 2 MiB. 6.1+ take it with memblock_phys_alloc_range() and
    // free it at once, so the -mbdebug log has it; 5.10 only asks memblock_find_in_range(),
    // which logs nothing (arch/x86/mm/init.c). So every case but 5.10's must have it.
    const probe = before.find((e) => e.caller === 'init_mem_mapping' && e.kind === 'alloc')
    expect([c.input.kernel, probe !== undefined]).toEqual([c.input.kernel, c.input.kernel !== '5.10'])
    if (probe) expect(extra.topDownProbe).toBe(start(probe))
    // Page tables taken from memblock, in order (the oracle merges adjacent ones, top-down).
    const pt = before.filter((e) => e.caller === 'alloc_low_pages')
    const expectedPt = pt.flatMap((e) => {
      const each = BigInt(e.each ?? e.size)
      const n = BigInt(e.count ?? 1)
      return Array.from({ length: Number(n) }, (_, i) => BigInt(e.end) + 1n - each * BigInt(i + 1))
    })
    expect(extra.pageTablePages).toEqual(expectedPt)
    // NODE_DATA: same place.
    const nd = before.find((e) => e.caller === 'NODE_DATA')!
    expect(extra.nodeData).toBe(start(nd))
    // The crash allocation itself.
    const outcome = boot.crash.outcome
    expect(outcome.kind === 'reserved' ? outcome.main.base : undefined).toBe(start(events[crashAt]!))
  })
})

describe("x86_64 oracle: memblock.reserved at initmem_init()'s dump, region by region (-mbdebug)", () => {
  // memblock_dump_all() after NODE_DATA prints memblock.reserved just before the crash
  // reservation: the model's list without the crash regions must be the dump, node and
  // flags included (x86's NUMA init puts the regions reserved so far on node 0; 6.12+ clips
  // the node to memblock's DRAM, so page 0 keeps none; 6.16+ allocations are
  // MEMBLOCK_RSRV_KERN), the kernel image's region ([_text, __end_of_kernel_reserve) and the
  // brk in use) to the byte. One thing the boards do not carry is left out: the ACPI tables
  // acpi_reserve_initial_tables() reserves in e820-reserved memory (the kernel's regions are
  // cut to memblock.memory and what the model reserves, so a table merged with the initrd
  // leaves the initrd).
  it.each(mbdebug.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const log = gunzipSync(readFileSync(join(process.cwd(), 'test/oracle', (c as OracleCase & { run: { log: string } }).run.log))).toString('utf8')
    const r = runOracleCase(c)
    const result = r.result!
    const layout = boardToLayouts(caseToBoard(c.input))[0]!
    const crash = result.crashkernel.kind === 'reserved' ? [result.crashkernel.main, ...(result.crashkernel.low ? [result.crashkernel.low] : [])] : []
    const kept = result.memory.concat(result.reserved)
    const within = (base: bigint, end: bigint): Array<[bigint, bigint]> =>
      coalesce(
        kept.flatMap((m): Array<[bigint, bigint]> => {
          const b = base > m.base ? base : m.base
          const e = end < m.base + m.size ? end : m.base + m.size
          return b < e ? [[b, e]] : []
        }),
      )
    const parse = (t: string) => {
      const m = /^0x([0-9a-f]+)\+0x([0-9a-f]+)(.*)$/.exec(t)!
      return { base: BigInt('0x' + m[1]), end: BigInt('0x' + m[1]) + BigInt('0x' + m[2]), rest: m[3]! }
    }
    const text = (x: { base: bigint; end: bigint; rest: string }) => `0x${x.base.toString(16)}+0x${(x.end - x.base).toString(16)}${x.rest}`
    const model = result.reserved
      .filter((x) => !crash.some((k) => k.base === x.base && k.size === x.size))
      .map((x) => regionText(x.base, x.size, x.nid !== undefined && numaValidNode(x.nid) ? x.nid : undefined, x.flags))
    const kernel = dumpedReservedRegions(log, 1)
    expect(kernel.length).toBeGreaterThan(3)
    const cut = kernel.map(parse).flatMap((x) => within(x.base, x.end).map(([base, end]) => text({ base, end, rest: x.rest })))
    expect(model).toEqual(cut)
    // The image's region is among them, whole (it lies in RAM, away from the ACPI tables).
    expect(cut.filter((t) => parse(t).base === layout.image.base)).toHaveLength(1)
  })
})
