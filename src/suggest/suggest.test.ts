// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { simulate } from '../engine/index.js'
import { decodeMatrix } from '../matrix/decode.js'
import type { BoardMatrix } from '../matrix/generated/board-matrix.js'
import { RULES } from '../rules/index.js'
import { evaluateLayout, siblingLayouts, type Evaluated } from '../rules/run.js'
import { applySuggestion, judge, Suggester } from './index.js'
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

  it('reads RFC 6901 escapes: ~1 before ~0 (so ~01 is "~1"), every occurrence; the empty pointer is the root', () => {
    const doc = { '~1': 1, 'a/b/c': 2, '~~': 3 }
    expect(valueAt(doc, '/~01')).toBe(1)
    expect(valueAt(doc, '/a~1b~1c')).toBe(2)
    expect(valueAt(doc, '/~0~0')).toBe(3)
    expect(valueAt(doc, '')).toBe(doc)
  })

  it('finds nothing below null or a string', () => {
    expect(valueAt({ a: null }, '/a/b')).toBeUndefined()
    expect(valueAt({ s: 'abc' }, '/s/0')).toBeUndefined()
  })

  it('writes only where the parent exists: an array element is replaced, never added or inserted', () => {
    const doc = { k: ['6.1'], n: null, 'a/b': { '~': 0 }, '~1': { y: 0 } }
    expect(setValueAt(doc, '', 1)).toBe(false)
    for (const p of ['/k/1', '/k/-1', '/k/x', '/k/0.5', '/n/x']) expect(setValueAt(doc, p, 'x'), p).toBe(false)
    expect(setValueAt(doc, '/k/0', '6.12')).toBe(true)
    expect(setValueAt(doc, '/a~1b/~0', 1)).toBe(true)
    expect(setValueAt(doc, '/~01/y', 1)).toBe(true)
    expect(setValueAt(doc, '/top', 1)).toBe(true)
    expect(doc).toEqual({ k: ['6.12'], n: null, 'a/b': { '~': 1 }, '~1': { y: 1 }, top: 1 })
  })

  it('takes an array index only as RFC 6901 writes it (0 or no leading zero), and only own members', () => {
    const doc = { k: ['6.1', '6.12'], o: {} }
    for (const p of ['/k/', '/k/01', '/k/0x0', '/k/1e0', '/k/ 1', '/k/length', '/o/constructor', '/o/toString']) expect(valueAt(doc, p), p).toBeUndefined()
    for (const p of ['/k/', '/k/01', '/k/0x0', '/k/1e0', '/k/ 1']) expect(setValueAt(doc, p, 'x'), p).toBe(false)
    expect(doc.k).toEqual(['6.1', '6.12'])
    expect(valueAt(doc, '/k/1')).toBe('6.12')
  })

  it('keeps comments and formatting when it edits the file', () => {
    const text = '{\n  // a board\n  "boards": [{ "id": "a", "kernels": ["6.1"] }]\n}\n'
    expect(applySuggestion(text, { description: '', pointer: '/boards/0/kernels/0', replacement: '6.12' })).toBe('{\n  // a board\n  "boards": [{ "id": "a", "kernels": ["6.12"] }]\n}\n')
    expect(applySuggestion(text, { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M', operation: 'add' })).toContain('"cmdline": "crashkernel=256M"')
    expect(() => applySuggestion(text, { description: 'prose only' })).toThrow(/no pointer or no replacement/)
    expect(() => applySuggestion(text, { description: 'no value', pointer: '/boards/0/kernels/0' })).toThrow(/no pointer or no replacement/)
    // A suggestion of another matrix (or of this one before it changed) adds nothing that was never there.
    expect(() => applySuggestion(text, { description: '', pointer: '/boards/99/cmdline', replacement: 'a' })).toThrow('applySuggestion(): the text has no value at /boards/99/cmdline: the suggestion is from another matrix, or from this one before it changed')
    expect(() => applySuggestion(text, { description: '', pointer: '/nope/0/x', replacement: 'a' })).toThrow(/no value at \/nope\/0\/x/)
    expect(() => applySuggestion(text, { description: '', pointer: '/boards/9/cmdline', replacement: 'a', operation: 'add' })).toThrow('applySuggestion(): the text has no object at /boards/9 to add "cmdline" to')
    expect(() => applySuggestion(text, { description: '', pointer: '/boards/0/kernels/x', replacement: 'a', operation: 'add' })).toThrow(/no object at \/boards\/0\/kernels to add "x" to/)
  })

  it('drops a kernel entry replaced by a release the list has already as the release alone, so it is listed once, comments kept', () => {
    const apply = (text: string, pointer: string, replacement: string) => applySuggestion(text, { description: '', pointer, replacement })
    const kernels = (k: unknown[]) => JSON.stringify({ boards: [{ kernels: k }] })
    expect(apply(kernels(['6.1', '6.12']), '/boards/0/kernels/0', '6.12')).toBe(kernels(['6.12']))
    expect(apply(kernels(['6.12', '6.1']), '/boards/0/kernels/1', '6.12')).toBe(kernels(['6.12']))
    expect(apply(kernels([{ release: '6.1' }, '6.12.117', '7.2']), '/boards/0/kernels/0/release', '6.12')).toBe(kernels(['6.12.117', '7.2']))
    expect(apply(kernels(['6.1', { release: '6.12' }]), '/boards/0/kernels/0', '6.12')).toBe(kernels([{ release: '6.12' }]))
    // Another build or command line of the release is a layout of its own, and 6.12.0 another release: replaced.
    expect(apply(kernels(['6.1', { release: '6.12', cmdline: 'crashkernel=1G' }]), '/boards/0/kernels/0', '6.12')).toBe(kernels(['6.12', { release: '6.12', cmdline: 'crashkernel=1G' }]))
    expect(apply(kernels([{ release: '6.1', cmdline: 'x' }, '6.12']), '/boards/0/kernels/0/release', '6.12')).toBe(kernels([{ release: '6.12', cmdline: 'x' }, '6.12']))
    expect(apply(kernels(['6.1', '6.12.0']), '/boards/0/kernels/0', '6.12')).toBe(kernels(['6.12', '6.12.0']))
    // The same settings are the same entry.
    expect(apply(kernels([{ cmdline: 'x', release: '6.1' }, { release: '6.12.117', cmdline: 'x' }]), '/boards/0/kernels/0/release', '6.12')).toBe(kernels([{ release: '6.12.117', cmdline: 'x' }]))
    const text = '{ "boards": [ { "kernels": [\n    "6.1", // the LTS\n    "7.2",\n    "6.12"\n  ] } ] }'
    expect(apply(text, '/boards/0/kernels/1', '6.12')).toBe('{ "boards": [ { "kernels": [\n    "6.1", // the LTS\n    "6.12"\n  ] } ] }')
    expect(apply(text, '/boards/0/kernels/2', '7.2')).toBe('{ "boards": [ { "kernels": [\n    "6.1", // the LTS\n    "7.2"\n  ] } ] }')
    expect(apply(text.replaceAll('\n', '\r\n'), '/boards/0/kernels/2', '6.1')).toBe('{ "boards": [ { "kernels": [\r\n    "6.1", // the LTS\r\n    "7.2"\r\n  ] } ] }')
  })

  it('adds to a pretty-printed file in its own style, and addresses members whose names hold digits', () => {
    const board = { id: 'a', kernels: ['6.1'], config: { ZONE_DMA32: 'y' } }
    const text = `${JSON.stringify({ version: 1, boards: [board] }, null, 2)}\n`
    const added = applySuggestion(text, { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M', operation: 'add' })
    expect(added).toBe(`${JSON.stringify({ version: 1, boards: [{ ...board, cmdline: 'crashkernel=256M' }] }, null, 2)}\n`)
    const replaced = applySuggestion(text, { description: '', pointer: '/boards/0/config/ZONE_DMA32', replacement: 'n' })
    expect(JSON.parse(replaced)).toEqual({ version: 1, boards: [{ ...board, config: { ZONE_DMA32: 'n' } }] })
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

describe('Suggester.boardValue and the run budget', () => {
  // Two boards, both with a board value: the Raspberry Pi 4 with crashkernel=1G (12
  // layouts) and an 8 GiB q35 whose crashkernel=3G falls back on two kernels (2 layouts).
  const doc = {
    version: 1,
    boards: [
      { id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true } },
      { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.1', '6.12'], cmdline: 'crashkernel=3G' },
    ],
  }
  const suggester = (maxSimulations?: number): Suggester => {
    const decoded = decodeMatrix(doc as unknown as BoardMatrix)
    const s = new Suggester(doc, { invalidBoards: new Set(), ...(maxSimulations !== undefined && { maxSimulations }) }, decoded.problems)
    const simulated = decoded.layouts.map((layout) => ({ layout, sim: simulate(layout.layout) }))
    for (const { layout, sim } of simulated) s.add({ layout, sim, evaluated: evaluateLayout(layout, sim, siblingLayouts(layout, simulated)) })
    return s
  }
  /** What each board's search costs alone. */
  const cost = (boardId: string): number => {
    const s = suggester()
    expect(s.boardValue(boardId)).toBeDefined()
    return s.simulations
  }

  it('a board whose search does not fit what is left spends nothing and leaves it to the next', () => {
    const small = cost('q35')
    expect(cost('pi')).toBeGreaterThan(small)
    const s = suggester(small)
    expect(s.boardValue('pi')).toBeUndefined()
    expect(s.simulations).toBe(0)
    expect(s.boardValue('q35')?.value).toBe('crashkernel=3G,high')
    expect(s.simulations).toBe(small)
    expect(s.boardValuesNotSearched).toBe(1)
    // The log line counts boards: a second search of the same board (another of its command
    // lines) that does not fit either is still one board.
    expect(s.boardValue('pi')).toBeUndefined()
    expect(s.boardValuesNotSearched).toBe(1)
  })
})
