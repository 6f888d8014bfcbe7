// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../src/index.js'
import { readMarkers } from './markers.js'

/** Every marker has exactly one finding at its position, and there is no other finding. */
function expectMarkersMatch(path: string): void {
  const text = readFileSync(path, 'utf8')
  const expected = readMarkers(text)
  expect(expected.length).toBeGreaterThan(2)
  const report = check(text, path)
  const actual = report.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line, column: f.location?.column }))
  const order = (a: { line?: number; column?: number }, b: { line?: number; column?: number }) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  expect(actual.sort(order)).toEqual([...expected].sort(order))
}

describe('a matrix with many mistakes', () => {
  it('reports every schema and semantic mistake at its exact line and column, and nothing else', () => {
    expectMarkersMatch('test/fixtures/broken.matrix.json')
  })

  it('still simulates the board without problems', () => {
    const report = check(readFileSync('test/fixtures/broken.matrix.json', 'utf8'), 'broken.json')
    expect(report.layouts.map((l) => `${l.boardId} ${l.layoutName}`)).toEqual(['fine 3G/6.12'])
    expect(report.counts.error).toBe(15)
  })

  it('reports every syntax error and repeated key at its position', () => {
    expectMarkersMatch('test/fixtures/syntax.matrix.json')
  })

  it('finds nothing in the clean fixture and simulates all its layouts', () => {
    const report = check(readFileSync('test/fixtures/clean.matrix.json', 'utf8'), 'clean.json')
    expect(report.findings).toEqual([])
    expect(report.layouts).toHaveLength(4 * 2 + 1)
  })
})
