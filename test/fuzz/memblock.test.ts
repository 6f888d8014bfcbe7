// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of src/engine/memblock/memblock.ts against reference-memblock.ts (an
 * independent model of mm/memblock.c): see memblock-diff.ts for the operations, what is
 * compared and what is left out.
 */
import { describe, expect, it } from 'vitest'
import { runCase, type Tally } from './memblock-diff.js'
import type { Gen } from './reference-memblock.js'

const GENS: readonly Gen[] = ['5.10', '6.1', '6.12', '7.2']
const CASES_PER_GEN = 750
const STEPS = 40

describe('memblock: engine against an independent model of mm/memblock.c', () => {
  for (const gen of GENS) {
    it(`agrees on ${CASES_PER_GEN} random operation sequences (${gen})`, () => {
      const tally: Tally = { cases: 0, steps: 0, allocs: 0, allocsFound: 0, byOp: {} }
      for (let c = 0; c < CASES_PER_GEN; c++) {
        const bad = runCase(gen, 0x6d62 * 1000 + c, STEPS, tally)
        if (bad !== undefined) expect.fail(bad)
      }
      // The sequences exercise what they are meant to: allocations that succeed and fail.
      expect(tally.allocsFound).toBeGreaterThan(tally.allocs / 20)
      expect(tally.allocs - tally.allocsFound).toBeGreaterThan(tally.allocs / 20)
    })
  }
})
