// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { RULES } from '../rules/index.js'
import type { Evaluated } from '../rules/run.js'
import { applySuggestion, judge } from './index.js'
import { setValueAt, valueAt } from './pointer.js'
import { atSuffix, largestPassing, openRangeEntry, replaceDecimalSizes, trimTrailingCommas, withoutAtSuffix } from './strategies.js'

const rule = (id: string) => RULES.find((r) => r.id === id)!
const ev = (id: string, messageId: string, severity: Evaluated['severity'], subject = ''): Evaluated => ({
  rule: rule(id),
  report: { messageId, data: {}, at: '' },
  severity,
  subject,
})
const policy = { severity: {}, suppress: [] }

describe('judge', () => {
  it('wants the target gone, including under a new subject, and no new error', () => {
    const before = [ev('CK004', 'tokenIgnored', 'warning', 'crashkernel=1G,high'), ev('CK003', 'fellBack', 'warning')]
    const target = { ruleId: 'CK004', subject: 'crashkernel=1G,high' }
    expect(judge(before, [ev('CK003', 'fellBack', 'warning')], policy, target)).toEqual({ ok: true, newOthers: [] })
    expect(judge(before, [ev('CK004', 'tokenIgnored', 'warning', 'crashkernel=2G,high')], policy, target).ok).toBe(false)
    expect(judge(before, [ev('CK001', 'noRoom', 'error')], policy, target).ok).toBe(false)
    expect(judge(before, [ev('LM001', 'forcedByCrashkernel', 'warning')], policy, target)).toEqual({ ok: true, newOthers: ['LM001 warning'] })
  })

  it('follows the board policy: an `off` rule is no error, a downgraded one neither', () => {
    expect(judge([], [ev('CK001', 'noRoom', 'error')], { severity: { CK001: 'off' }, suppress: [] }).ok).toBe(true)
    expect(judge([], [ev('CK001', 'noRoom', 'error')], { severity: { 'reservation-failed': 'warning' }, suppress: [] }).ok).toBe(true)
    expect(judge([], [ev('CK001', 'noRoom', 'error')], policy).ok).toBe(false)
  })
})

describe('largestPassing', () => {
  it('finds the largest multiple of the step below a monotone threshold', () => {
    expect(largestPassing(64n, 1000n, 16n, (v) => v <= 500n)).toBe(496n)
    expect(largestPassing(64n, 1000n, 16n, () => true)).toBe(992n)
    expect(largestPassing(64n, 1000n, 16n, () => false)).toBeUndefined()
    expect(largestPassing(64n, 60n, 16n, () => true)).toBeUndefined()
  })
})

describe('pointers and applying a suggestion', () => {
  it('reads and writes values, replacing or adding', () => {
    const doc = { boards: [{ id: 'a', kernels: ['6.1'] }], 'a/b': { '~': 1 } }
    expect(valueAt(doc, '/boards/0/kernels/0')).toBe('6.1')
    expect(valueAt(doc, '/a~1b/~0')).toBe(1)
    expect(setValueAt(doc, '/boards/0/cmdline', 'crashkernel=1G')).toBe(true)
    expect(setValueAt(doc, '/boards/0/kernels/3', '6.12')).toBe(false)
    expect(setValueAt(doc, '/nope/x', 1)).toBe(false)
    expect(doc.boards[0]).toEqual({ id: 'a', kernels: ['6.1'], cmdline: 'crashkernel=1G' })
  })

  it('keeps comments and formatting when it edits the file', () => {
    const text = '{\n  // a board\n  "boards": [{ "id": "a", "kernels": ["6.1"] }]\n}\n'
    expect(applySuggestion(text, { description: '', pointer: '/boards/0/kernels/0', replacement: '6.12' })).toBe('{\n  // a board\n  "boards": [{ "id": "a", "kernels": ["6.12"] }]\n}\n')
    expect(applySuggestion(text, { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M', operation: 'add' })).toContain('"cmdline": "crashkernel=256M"')
    expect(() => applySuggestion(text, { description: 'prose only' })).toThrow(/not a replacement/)
  })
})

describe('command-line string helpers (linear replacements of backtracking regexes)', () => {
  it('agree with the regexes they replaced on every short string over the characters that matter', () => {
    const alphabet = ['1', '.', 'M', 'k', '@', ',', '-', ':', ' ', 'x']
    const f = (i: string, fr: string, u: string): string => `<${i}|${fr}|${u}>`
    const all = (n: number): string[] => (n === 0 ? [''] : all(n - 1).flatMap((s) => alphabet.map((c) => s + c)))
    for (const s of [0, 1, 2, 3, 4].flatMap(all)) {
      expect(atSuffix(s), s).toBe(/@.*$/.exec(s)?.[0] ?? '')
      expect(withoutAtSuffix(s), s).toBe(s.replace(/@[^ ]*$/, ''))
      expect(trimTrailingCommas(s), s).toBe(s.replace(/,+$/, ''))
      expect(openRangeEntry(s), s).toBe(s.replace(/-[^:]*:/, '-:'))
      expect(replaceDecimalSizes(s, f), s).toBe(s.replace(/(\d+)\.(\d+)([KMGT])/gi, (_m, i: string, fr: string, u: string) => f(i, fr, u)))
    }
  })
})
