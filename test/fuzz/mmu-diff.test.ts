// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of the arm64 linear map against reference-mmu.ts: see mmu-diff.ts for
 * what is generated, what is compared and what is left out.
 */
import { describe, expect, it } from 'vitest'
import { runMmuCase, SHAPES, type MmuTally } from './mmu-diff.js'

const CASES_PER_GEN = 250

describe('arm64 linear map: engine against an independent model of arch/arm64/mm/mmu.c', () => {
  for (const [g, [gen, shape, feats]] of SHAPES.entries()) {
    it(`agrees on ${CASES_PER_GEN} random memory maps (${gen})`, () => {
      const tally: MmuTally = { cases: 0, closedForm: 0, forced: 0, warned: 0, bug: 0 }
      for (let k = 0; k < CASES_PER_GEN; k++) {
        const bad = runMmuCase(0x6d6d75 * 1000 + g * CASES_PER_GEN + k, gen, shape, feats, tally)
        if (bad !== undefined) expect.fail(bad)
      }
      // The cases reach both of the engine's ways and both flag settings.
      expect(tally.cases).toBeGreaterThan(CASES_PER_GEN * 0.9)
      expect(tally.closedForm).toBeGreaterThan(tally.cases / 10)
      expect(tally.forced).toBeGreaterThan(tally.cases / 5)
    })
  }
})
