// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check, getRule } from '../../src/index.js'
import { readMarkers } from '../markers.js'

const PATH = 'test/rules/fixtures/bad-boards.json'

describe('a matrix of bad boards, one engine finding each', () => {
  const text = readFileSync(PATH, 'utf8')
  const report = check(text, PATH)

  it('reports exactly the marked finding on each board, at the marked value', () => {
    const expected = readMarkers(text)
    const order = (a: { line?: number | undefined; column?: number | undefined }, b: { line?: number | undefined; column?: number | undefined }) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
    const actual = report.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line, column: f.location?.column }))
    expect(actual.sort(order)).toEqual([...expected].sort(order))
  })

  it('gives every finding its board, layout, kernel, rendered message and docs link', () => {
    for (const f of report.findings) {
      expect(f.boardId && f.layoutName && f.kernel, f.message).toBeTruthy()
      expect(f.message).not.toMatch(/\{\{/)
      expect(f.docsUrl).toBe(getRule(f.ruleId)?.docsUrl)
    }
  })

  it('quotes the kernel\'s own line wherever the kernel prints one', () => {
    const silent = new Set(['CK004 zero', 'CK004 sizeAtLeastRam', 'CK004 suffixUnsupported', 'CK004 lowOnly'])
    for (const f of report.findings) {
      if (silent.has(`${f.ruleId} ${f.messageId}`) || f.ruleId === 'CK005') continue
      expect(f.evidence.filter((e) => e.source === 'crashkernel').length, `${f.boardId} ${f.ruleId}`).toBeGreaterThan(0)
    }
  })

  it('has a verified suggestion for every finding a fix exists for', () => {
    const without = report.findings.filter((f) => !f.suggestion).map((f) => `${f.boardId} ${f.ruleId} ${f.messageId}`)
    // Nothing to fix (a note that crashkernel= costs nothing). 0 bytes asked for gets a size in
    // its place, as CK010 adds one to a command line without crashkernel=; a ,low alone the
    // ,high it sizes the low part of.
    expect(without.sort()).toEqual(['lm001-also-forced LM001 alsoForced'])
  })
})
