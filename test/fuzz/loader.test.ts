// SPDX-License-Identifier: GPL-2.0-only
/**
 * The loader on anything: arbitrary JSON values, almost-JSON text and arbitrary strings go
 * through check() (and through parse → validate → decode alone) without throwing, every
 * finding is located inside the file, and Object.prototype is left alone.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { almostJson, jsonish, loaderNeverThrows, matrixish, mutatedMatrix, stagesNeverThrow, type Counts } from './arbitraries.js'

describe('check() on hostile text', () => {
  it('never throws on matrix-shaped documents with random values', () => {
    const counts: Counts = {}
    fc.assert(fc.property(matrixish, (doc) => loaderNeverThrows(JSON.stringify(doc), counts)), { numRuns: 400, seed: 0x10ad })
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(400)
  })

  it('never throws on almost-JSON (cut, spliced, BOM, NUL, lone surrogates, comments)', () => {
    const counts: Counts = {}
    fc.assert(fc.property(almostJson, (text) => loaderNeverThrows(text, counts)), { numRuns: 400, seed: 0x10ad })
  })

  it('never throws on arbitrary strings, including full Unicode', () => {
    const counts: Counts = {}
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (text) => loaderNeverThrows(text, counts)), { numRuns: 400, seed: 0x10ad })
  })

  it('never throws on valid boards with values replaced by random JSON, suggestions included', { timeout: 30_000 }, () => {
    const counts: Counts = {}
    fc.assert(fc.property(mutatedMatrix, (text) => loaderNeverThrows(text, counts, true)), { numRuns: 60, seed: 0x10ad })
    expect(counts['simulated both boards'] ?? 0).toBeGreaterThan(3)
  })

  it('parse, validate and decode never throw on any JSON value', () => {
    const counts: Counts = {}
    fc.assert(fc.property(fc.oneof(jsonish, matrixish), (value) => stagesNeverThrow(value, counts)), { numRuns: 400, seed: 0x10ad })
  })
})
