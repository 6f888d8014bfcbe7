// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import type { BoardMatrix } from '../matrix/generated/board-matrix.js'
import { crashkernelTokens } from '../rules/crashkernel-tokens.js'
import { ownValue, rankBoardVerdicts, suggestBoardValues } from './board.js'

const layoutsOf = (board: Record<string, unknown>) =>
  decodeMatrix({ version: 1, boards: [{ id: 'b', ...board }] } as unknown as BoardMatrix).layouts

describe('suggestBoardValues', () => {
  // The Raspberry Pi 4's 1 GiB variant cannot hold crashkernel=1G on any kernel, so the
  // board's own value fails there and smaller ones are what works everywhere.
  const layouts = layoutsOf({ extends: 'raspberrypi-4', kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true, dumpTargetReachable: true } })
  let total = 0
  let ticks = 0
  const values = suggestBoardValues(layouts, { onTotal: (n) => (total = n), tick: () => ticks++ })!

  it('reads the board\'s own value and size', () => {
    expect(values.own).toBe('1G')
    expect(values.current).toBe(1n << 30n)
    expect(ownValue(layouts)).toBe('1G')
  })

  it('simulates every candidate on every layout, and says how many first', () => {
    const tried = values.working.length + values.failing.length
    expect(tried).toBeGreaterThan(1)
    expect(total).toBe(tried * layouts.length)
    expect(ticks).toBe(total)
    for (const v of [...values.working, ...values.failing]) expect(v.layouts).toHaveLength(layouts.length)
  })

  it('calls a value working only when every layout reserved it with no error', () => {
    expect(values.working.length).toBeGreaterThan(0)
    for (const v of values.working) {
      for (const l of v.layouts) {
        expect(l.sim?.crashkernel.kind).toBe('reserved')
        expect(l.errors).toEqual([])
        // The verdict's layout carries the candidate, the rest of the command line kept.
        expect(l.layout.layout.cmdline.startsWith('console=ttyS0 ')).toBe(true)
        expect(crashkernelTokens(l.layout.layout.cmdline).map((t) => t.value).join('+')).toBe(v.candidate.value)
      }
    }
    for (const v of values.failing) expect(v.layouts.some((l) => !l.works)).toBe(true)
    const own = values.failing.find((v) => v.candidate.value === '1G')
    expect(own?.layouts.filter((l) => !l.works).map((l) => l.layout.layoutName)).toContain('1G/5.10')
  })

  it('ranks the working values best first', () => {
    for (let i = 1; i < values.working.length; i++) {
      expect(rankBoardVerdicts(values.working[i - 1]!, values.working[i]!, values.current, values.own)).toBeLessThanOrEqual(0)
    }
  })

  it('makes no simulation at all when the search needs more than maxSimulations', () => {
    let simulated = 0
    expect(suggestBoardValues(layouts, { maxSimulations: total - 1, tick: () => simulated++ })).toBeUndefined()
    expect(simulated).toBe(0)
    expect(suggestBoardValues(layouts, { maxSimulations: total })?.working.map((v) => v.candidate.value)).toEqual(values.working.map((v) => v.candidate.value))
  })

  it('simulates no candidate whose main region is above `maxSize`, and finds the same working ones below it', () => {
    const maxSize = 384n << 20n
    let counted = 0
    let simulated = 0
    const small = suggestBoardValues(layouts, { maxSize, onTotal: (n) => (counted = n), tick: () => simulated++ })!
    const tried = [...small.working, ...small.failing]
    expect(tried.length).toBeGreaterThan(0)
    for (const v of tried) expect(v.candidate.size).toBeLessThanOrEqual(maxSize)
    expect(simulated).toBe(tried.length * layouts.length)
    expect(counted).toBe(simulated)
    expect(simulated).toBeLessThan(total)
    expect(small.working.map((v) => v.candidate.value)).toEqual(values.working.filter((v) => v.candidate.size <= maxSize).map((v) => v.candidate.value))
  })

  it('tries only the given sizes under `sizes`', () => {
    const only = suggestBoardValues(layouts, { sizes: [256n << 20n, 256n << 20n] })!
    const sizes = new Set([...only.working, ...only.failing].map((v) => v.candidate.size))
    expect([...sizes]).toEqual([256n << 20n])
    expect([...only.working, ...only.failing].some((v) => v.candidate.value === '1G')).toBe(false)
  })
})
