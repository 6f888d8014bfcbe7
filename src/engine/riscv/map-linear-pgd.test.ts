// SPDX-License-Identifier: GPL-2.0-only
/**
 * mapLinear() on the run-length swapper_pg_dir (swapperPgDir(), mmu-fast.ts) against the
 * per-entry reference (swapperPgDirReference()), on random plans for every best_map_size()
 * generation, with RAM up to a few of the mode's largest leaves: so 6.4 – 6.7's PGD leaves
 * (topLeafShift(): 1 GiB on Sv39, 512 GiB on Sv48, 256 TiB on Sv57; arch/riscv/mm/init.c@v6.5:668-684)
 * come up on every mode, next to P4D, PUD, PMD and PAGE leaves, the memory_limit stop
 * (plan.end), the isolated kernel and the KFENCE pool. mmu-fast.test.ts's boots and call
 * sequences reach PGD leaves on Sv39 only (their ranges stay below a few GiB, or 1 TiB).
 * Same table pages in the same order, same entries, same linear-map runs.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RiscvPolicy } from '../policies/types.js'
import { swapperPgDir, swapperPgDirReference, topLeafShift, type RiscvPageTables, type RiscvPagingLevels } from './mmu.js'
import { mapLinear, type LinearMapPlan } from './setup.js'

function canonical(t: RiscvPageTables): string {
  const { entries, ...rest } = t
  const sorted = [...entries].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
  return JSON.stringify({ ...rest, entries: sorted }, (_k, v: unknown) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
}

const PAGE = 4096n
const PMD = 1n << 21n
/** PAGE, PMD, PUD, P4D and Sv57's PGD sizes, and their shifts. */
const UNITS = [PAGE, PMD, 1n << 30n, 1n << 39n, 1n << 48n]
const SHIFTS = [12, 21, 30, 39, 48]

describe('mapLinear(): run-length tables = per-entry reference with leaves up to the PGD', () => {
  it('3,000 random plans (Sv39/48/57; best-map-size-v64, -v68 and 6.11+)', () => {
    const seen = new Set<string>()
    fc.assert(
      fc.property(fc.gen(), (g) => {
        const levels = g(fc.constantFrom, 3, 4, 5) as RiscvPagingLevels
        const variant = g(fc.constantFrom, 'best-map-size-v64', 'best-map-size-v64', 'best-map-size-v68', 'best-map-size') as RiscvPolicy['linearMap']
        const top = topLeafShift(levels, variant === 'best-map-size-v64')
        const debug = g(fc.integer, { min: 0, max: 9 }) === 0
        const which = g(fc.integer, { min: 0, max: 3 })
        const maxU = SHIFTS.indexOf(top)
        const physRamBase =
          which === 0 ? 0n : which === 1 ? 0x80000000n : which === 2 ? UNITS[Math.max(1, maxU - 1)]! * BigInt(g(fc.integer, { min: 0, max: 3 })) : PMD * BigInt(g(fc.integer, { min: 0, max: 1000 }))
        // va - pa is aligned to phys_ram_base's alignment (PAGE_OFFSET is PGDIR aligned): ranges
        // span a few entries of one size above it at most, so the reference stays small.
        let align = 0
        while (align < SHIFTS.length - 1 && physRamBase % (UNITS[align + 1]!) === 0n) align++
        const uTop = debug ? 1 : Math.min(maxU, align + 1)
        const addr = (): bigint => {
          let a = 0n
          for (let u = 0; u <= uTop; u++) a += BigInt(g(fc.integer, { min: 0, max: u === uTop ? 4 : u === 0 ? 600 : 3 })) * UNITS[u]!
          // An end inside a page (steps from a pa inside a page stay PAGE steps to the end).
          if (uTop <= 2 && g(fc.integer, { min: 0, max: 5 }) === 0) a += BigInt(g(fc.integer, { min: 1, max: 4095 }))
          return a
        }
        const points = Array.from({ length: 2 * g(fc.integer, { min: 1, max: 3 }) }, () => physRamBase + addr()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        const ranges = []
        for (let i = 0; i < points.length; i += 2) if (points[i]! < points[i + 1]!) ranges.push({ base: points[i]!, size: points[i + 1]! - points[i]! })
        const plan: LinearMapPlan = { ranges }
        if (g(fc.boolean)) plan.end = physRamBase + addr()
        if (g(fc.boolean) && ranges.length > 0) {
          const b = (ranges[0]!.base + ranges[0]!.size / 3n) & -PAGE
          plan.isolated = [
            { base: b, size: PMD },
            { base: b + 4n * PMD, size: 3n * PMD },
          ]
        }
        if (g(fc.boolean)) plan.kfencePool = { base: (physRamBase + addr()) & -PAGE, size: PMD }
        const fast = swapperPgDir(levels, physRamBase)
        const ref = swapperPgDirReference(levels, physRamBase)
        // Each table page as a letter: a counted call logs as that many one-page calls.
        const logs = ['', '']
        mapLinear(fast, plan, variant, debug, (last, count) => (logs[0] += (last ? 'p' : 'd').repeat(count)))
        mapLinear(ref, plan, variant, debug, (last, count) => (logs[1] += (last ? 'p' : 'd').repeat(count)))
        expect(logs[0]).toBe(logs[1])
        const [a, b] = [canonical(fast), canonical(ref)]
        if (a !== b) expect(JSON.parse(a)).toEqual(JSON.parse(b))
        for (const l of fast.linear) seen.add(`${levels}:${l.granule}`)
      }),
      { seed: 0x6465, numRuns: 3000 },
    )
    // The PGD leaves of each mode did come up: 1G on Sv39, 512G on Sv48, 256T on Sv57.
    expect(['3:1073741824', '4:549755813888', '5:281474976710656'].filter((k) => !seen.has(k))).toEqual([])
  }, 120_000)
})
