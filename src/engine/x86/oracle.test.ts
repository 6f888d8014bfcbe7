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
import { describe, expect, it } from 'vitest'
import { caseToBoard } from '../../oracle/case-board.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import { runOracleCase, type OracleCase } from '../../oracle/run-case.js'
import { policyFor, resolveKernelRelease } from '../policies/index.js'
import { Trace } from '../trace.js'
import { x86Boot } from './setup.js'

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
    // memory_map_top_down()'s first 2 MiB (6.1+ allocate and free it, so it is logged).
    const probe = before.find((e) => e.caller === 'init_mem_mapping' && e.kind === 'alloc')
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
