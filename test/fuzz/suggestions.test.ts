// SPDX-License-Identifier: GPL-2.0-only
/**
 * Issue 4 on boards nobody wrote by hand: every suggested fix, alternative and board-level
 * value of a few hundred generated matrices (test/fuzz/fix-boards.ts: the fleet generator's
 * boards and random presets, RAM sizes, kernels, crashkernel= forms, mem=, cma=, rodata=,
 * kfence, arm64 DMA limits, expectations, kernel-entry and preset command lines, --kernel
 * overrides), applied to the file, makes its finding go away, brings no new error and no
 * unsaid warning or note, applies where it points, passes the schema, names the token it
 * writes, and reserves at most half of the System RAM where it chose the size (fix-boards.ts
 * DEBATABLE lists what is not asserted). A fixed seed:
 * every run checks the same matrices. `npx tsx scripts/fix-fuzz.ts [matrices] [seed]` runs
 * more, grouped by failure class.
 */
import { describe, expect, it } from 'vitest'
import { DEBATABLE, checkMatrix, fuzzMatrix, type FuzzMatrix } from './fix-boards.js'
import { mulberry32 } from './prng.js'

const MATRICES = 500
const CHUNK = 50
const rng = mulberry32(20_261_203)
const matrices: FuzzMatrix[] = Array.from({ length: MATRICES }, (_, i) => fuzzMatrix(rng, i))

describe('suggested fixes on generated boards', () => {
  let fixes = 0
  it.each(Array.from({ length: MATRICES / CHUNK }, (_, c) => [c * CHUNK, (c + 1) * CHUNK] as const))('matrices %i – %i keep their promise', (from, to) => {
    for (const m of matrices.slice(from, to)) {
      const r = checkMatrix(m)
      fixes += r.fixes
      expect(r.failures.filter((f) => !DEBATABLE.has(f.kind))).toEqual([])
    }
  })

  it('checked enough fixes to mean something', () => {
    // Runs after the chunks (vitest runs a file's tests in order).
    expect(fixes).toBeGreaterThan(MATRICES)
  })
})
