// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue: check()'s one value per board must not look through every finding of
 * the run once per board, which makes a fleet's cost grow with boards × findings (the
 * generated 10,000-board fleet spent about three seconds there, with the suggestion budget
 * long spent and no board value to give); counted in reads of a finding's `boardId`, not in
 * seconds. Nor may its search simulate values it could never offer (more than half of a
 * layout's System RAM), which on the Raspberry Pi 4 with crashkernel=1G were most of them.
 */
import { describe, expect, it, vi } from 'vitest'
import { check } from '../../src/index.js'
import type { BoardValues } from '../../src/suggest/board.js'
import { matrix } from '../rules/helpers.js'

const reads = vi.hoisted(() => ({ boardId: 0 }))
const searches = vi.hoisted(() => [] as Array<BoardValues | undefined>)
vi.mock('../../src/suggest/board.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/suggest/board.js')>()
  return {
    ...mod,
    suggestBoardValues: (...args: Parameters<typeof mod.suggestBoardValues>) => {
      const values = mod.suggestBoardValues(...args)
      searches.push(values)
      return values
    },
  }
})
vi.mock('../../src/rules/run.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/rules/run.js')>()
  return {
    ...mod,
    makeFinding: (...args: Parameters<typeof mod.makeFinding>) => {
      const f = mod.makeFinding(...args)
      const boardId = f.boardId
      if (boardId === undefined) return f
      // Enumerable, so a copy ({ ...f }) keeps the value (and no longer counts).
      Object.defineProperty(f, 'boardId', { enumerable: true, configurable: true, get: () => (reads.boardId++, boardId) })
      return f
    },
  }
})

/**
 * check() of `n` one-layout boards that each get an error (crashkernel=1G on 1 GiB), with
 * no suggestion budget (every board is still asked for its value, as in a large fleet).
 *
 * @returns the reads of a finding's boardId, per finding
 */
function readsPerFinding(n: number): number {
  const boards = Array.from({ length: n }, (_, i) => ({ id: `vm${i}`, extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1'], cmdline: 'crashkernel=1G' }))
  reads.boardId = 0
  const report = check(JSON.stringify({ version: 1, boards }), 'm.json', { maxSuggestionSimulations: 0 })
  expect(report.layouts).toHaveLength(n)
  expect(report.findings.filter((f) => f.severity === 'error')).toHaveLength(n)
  return reads.boardId / report.findings.length
}

describe('one value per board in a fleet', () => {
  it('reads each finding a bounded number of times, however many boards there are', () => {
    const small = readsPerFinding(40)
    const large = readsPerFinding(160)
    // Once per board each (the quadratic scan) is 40 and 160 reads a finding.
    expect(small).toBeLessThan(10)
    expect(large).toBeLessThan(10)
  })
})

describe('the board search of check()', () => {
  it('simulates no value larger than half of the smallest layout\'s System RAM', () => {
    searches.length = 0
    const report = check(matrix({ id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true } }), 'm.json')
    expect(report.boardSuggestions).toHaveLength(1)
    expect(searches).toHaveLength(1)
    const half = report.layouts.reduce((m, l) => (l.result.systemRam / 2n < m ? l.result.systemRam / 2n : m), report.layouts[0]!.result.systemRam / 2n)
    const tried = [...searches[0]!.working, ...searches[0]!.failing]
    expect(tried.length).toBeGreaterThan(0)
    for (const v of tried) expect(v.candidate.size).toBeLessThanOrEqual(half)
  })
})
