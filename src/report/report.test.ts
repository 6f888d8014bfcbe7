// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { toAnnotations } from './annotations.js'
import { annotationCommand, formatGithub } from './github.js'
import { bigintReplacer, formatJson } from './json.js'
import { formatMarkdown } from './markdown.js'
import { formatStylish } from './stylish.js'
import { compareLayoutNames, type Finding, type Report, type Severity } from './types.js'

function finding(i: number, severity: Severity, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'SC002', ruleName: 'schema-violation', severity, messageId: 'other', message: `problem ${i}`, data: {},
    file: 'm.json', pointer: `/boards/${i}`, location: { file: 'm.json', line: i + 1, column: 3, endLine: i + 1, endColumn: 9, offset: i * 10, length: 6 },
    evidence: [], docsUrl: 'https://example.invalid/SC002.md', ...extra,
  }
}

function report(findings: Finding[]): Report {
  const counts = { error: 0, warning: 0, note: 0, suppressed: 0 }
  for (const f of findings) f.suppressed ? counts.suppressed++ : counts[f.severity]++
  return { tool: { name: 'crashkernel-check', version: '0' }, files: ['m.json'], findings, layouts: [], counts }
}

describe('toAnnotations', () => {
  it('caps each level at 10 and keeps the rest as overflow', () => {
    const plan = toAnnotations(report(Array.from({ length: 12 }, (_, i) => finding(i, 'error'))))
    expect(plan.emit).toHaveLength(10)
    expect(plan.overflow.map((f) => f.message)).toEqual(['problem 10', 'problem 11'])
  })

  it('puts errors before warnings and notes, and respects the per-job cap', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i, 'note')), finding(50, 'warning'), finding(60, 'error')]
    const plan = toAnnotations(report(findings), { perLevel: 10, perJob: 5 })
    expect(plan.emit.map((a) => a.level)).toEqual(['error', 'warning', 'notice', 'notice', 'notice'])
    expect(plan.overflow).toHaveLength(9)
  })

  it('never annotates suppressed findings and keeps columns only on one-line spans', () => {
    const multi = finding(1, 'error', { location: { file: 'm.json', line: 2, column: 3, endLine: 4, endColumn: 1, offset: 5, length: 30 } })
    const plan = toAnnotations(report([multi, finding(2, 'error', { suppressed: { reason: 'known' } })]))
    expect(plan.emit).toHaveLength(1)
    expect(plan.emit[0]).toMatchObject({ startLine: 2, endLine: 2, startColumn: 3 })
    expect(plan.emit[0]?.endColumn).toBeUndefined()
  })
})

describe('formatters', () => {
  it('github: escapes like @actions/core', () => {
    const a = toAnnotations(report([finding(0, 'error', { message: '50% of\nit', file: 'a,b:c.json', boardId: 'pi' })])).emit[0]!
    expect(annotationCommand(a)).toBe('::error title=SC002 schema-violation,file=a%2Cb%3Ac.json,line=1,endLine=1,col=3,endColumn=9::50%25 of%0Ait [pi]')
    expect(formatGithub(report(Array.from({ length: 11 }, (_, i) => finding(i, 'error'))))).toMatch(/::notice::1 more finding\(s\) not annotated/)
  })

  it('json: bigints become 0x%016x strings', () => {
    expect(JSON.stringify({ a: 0xec000000n, b: 1 }, bigintReplacer)).toBe('{"a":"0x00000000ec000000","b":1}')
    expect(JSON.parse(formatJson(report([finding(0, 'warning')]))).counts).toEqual({ error: 0, warning: 1, note: 0, suppressed: 0 })
  })

  it('stylish: one line per finding and a total', () => {
    expect(formatStylish(report([finding(0, 'error'), finding(11, 'warning', { boardId: 'pi', layoutName: '4G/6.12' })]))).toBe(
      [
        'm.json',
        '   1:3  error    problem 0  SC002 schema-violation',
        '  12:3  warning  problem 11 [pi 4G/6.12]  SC002 schema-violation',
        '',
        '✖ 2 problems (1 error, 1 warning, 0 notes)',
        '0 layouts of 0 boards simulated in 1 file',
        '',
      ].join('\n'),
    )
  })

  it('stylish: findings that differ only in their layout share one row naming the layouts, still counted each', () => {
    const at = (layoutName: string, extra: Partial<Finding> = {}) => finding(11, 'error', { boardId: 'pi', layoutName, message: 'same', ...extra })
    const out = formatStylish(report([at('1G/6.1'), at('1G/6.12'), at('2G/6.1', { message: 'other' }), at('4G/6.1'), at('8G/6.1', { boardId: 'cm4' })]))
    // Not only a run: 4G/6.1 joins the row of 1G/6.1 across the other message between them,
    // and cm4's layout at the same place (a value in "defaults") too, as in the Markdown table.
    expect(out.split('\n').slice(1, 4)).toEqual([
      '  12:3  error  same [pi 1G/6.1, 1G/6.12, 4G/6.1; cm4 8G/6.1]  SC002 schema-violation',
      '  12:3  error  other [pi 2G/6.1]  SC002 schema-violation',
      '',
    ])
    expect(out).toContain('✖ 5 problems (5 errors, 0 warnings, 0 notes)')
  })

  it('stylish: a finding of several boards at one place (a value in "defaults"), of no layout, is one row naming the boards, its fix once', () => {
    const at = (boardId: string, extra: Partial<Finding> = {}) => finding(0, 'warning', { boardId, pointer: '/defaults/kernels/1', message: 'kernel "7.2.13" is listed already', ...extra })
    const fix = { pointer: '/defaults/kernels/1', replacement: '"7.2"', description: 'Remove it' }
    const out = formatStylish(report([at('b', { suggestion: fix }), at('c', { suggestion: fix }), at('d', { message: 'other data' })]))
    expect(out.split('\n').slice(1, 5)).toEqual([
      '  1:3  warning  kernel "7.2.13" is listed already [b; c]  SC002 schema-violation',
      '  1:3  fix      Remove it [b; c]',
      '  1:3  warning  other data [d]  SC002 schema-violation',
      '',
    ])
    expect(out).toContain('✖ 3 problems (0 errors, 3 warnings, 0 notes)')
    // A finding of no board (a file's) stays a row of its own.
    expect(formatStylish(report([finding(0, 'warning'), finding(0, 'warning')])).split('\n').filter((l) => l.includes('problem 0'))).toHaveLength(2)
  })

  it('stylish: two messages that alternate layout by layout are one row each, as in the Markdown table', () => {
    const at = (layoutName: string, message: string) => finding(17, 'warning', { boardId: 'pi', layoutName, message })
    const layouts = ['1G/6.1', '1G/6.12', '2G/6.1', '2G/6.12']
    const out = formatStylish(report(layouts.flatMap((l) => [at(l, ',high ignored'), at(l, ',low ignored')])))
    expect(out.split('\n').slice(1, 4)).toEqual([
      '  18:3  warning  ,high ignored [pi 1G/6.1, 1G/6.12, 2G/6.1, 2G/6.12]  SC002 schema-violation',
      '  18:3  warning  ,low ignored [pi 1G/6.1, 1G/6.12, 2G/6.1, 2G/6.12]  SC002 schema-violation',
      '',
    ])
    expect(out).toContain('✖ 8 problems (0 errors, 8 warnings, 0 notes)')
    expect(formatMarkdown(report(layouts.flatMap((l) => [at(l, ',high ignored'), at(l, ',low ignored')]))).match(/ignored/g)).toHaveLength(2)
  })

  it('stylish: counts like ESLint (singular, warnings only, suppressed apart) and lists only files with problems', () => {
    const { location: _drop, ...noLocation } = finding(0, 'warning')
    const r = { ...report([noLocation, finding(1, 'error', { suppressed: { reason: 'known' } })]), files: ['clean.json', 'm.json'] }
    expect(formatStylish(r)).toBe(['m.json', '  0:0  warning  problem 0  SC002 schema-violation', '', '✖ 1 problem (0 errors, 1 warning, 0 notes), 1 suppressed', '0 layouts of 0 boards simulated in 2 files', ''].join('\n'))
  })

  it('stylish: counts a board id used in two files as two boards', () => {
    const l = (file: string) => ({ file, boardId: 'pi', layoutName: '4G/6.12', kernel: '6.12.117', pointer: '/boards/0', result: {} as never })
    const r = { ...report([]), files: ['a.json', 'b.json'], layouts: [l('a.json'), l('a.json'), l('b.json')] }
    expect(formatStylish(r).split('\n').slice(-3)).toEqual(['✔ 0 problems (0 errors, 0 warnings, 0 notes)', '3 layouts of 2 boards simulated in 2 files', ''])
  })

  it("stylish: says last that a kernel override replaced each board's kernels, and nothing without one", () => {
    const r = { ...report([finding(0, 'error')]), kernelOverride: ['6.12', '7.2'] }
    expect(formatStylish(r).split('\n').slice(-4)).toEqual(['✖ 1 problem (1 error, 0 warnings, 0 notes)', '0 layouts of 0 boards simulated in 1 file', "Kernels checked: 6.12, 7.2, instead of each board's kernels", ''])
    expect(formatStylish(report([finding(0, 'error')]))).not.toContain('Kernels checked')
    // A kernel read back from a results file (the aggregate logs the merged report) never starts a line.
    const hostile = formatStylish({ ...r, kernelOverride: ['6.12\n::add-mask::x'] })
    expect(hostile.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(hostile).toContain("Kernels checked: 6.12\\n::add-mask::x, instead of each board's kernels\n")
  })

  it('stylish: no file name or message starts a line of its own or reaches the terminal raw', () => {
    const out = formatStylish({ ...report([finding(0, 'error', { file: '  ::error::x.json', message: 'a\n::add-mask::s \u001b[2J' }), finding(1, 'error', { file: 'a\nb.json' })]), files: ['  ::error::x.json', 'a\nb.json'] })
    expect(out.split('\n').filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(out).toContain('./  ::error::x.json\n')
    // Only errors: the severity column is as wide as `error` (the documented example).
    expect(out).toContain('\n  1:3  error  a\\n::add-mask::s \\x1b[2J  SC002 schema-violation\n')
    expect(out).toContain('\na\\nb.json\n')
  })

  it('markdown: lists findings, counts the overflow, and lists suppressed findings', () => {
    const over = finding(7, 'error')
    const md = formatMarkdown(report([finding(0, 'error'), over, finding(1, 'note', { suppressed: { reason: 'board has no SD card' } })]), { overflow: [over] })
    expect(md).toContain('| ❌ error | `m.json:1:3` |  | problem 0 | [SC002](https://example.invalid/SC002.md) |')
    expect(md).toContain('1 more not shown as annotations (1 error)')
    expect(md).toContain('| ❌ error | `m.json:8:3` |  | problem 7 | [SC002](https://example.invalid/SC002.md) |')
    expect(md).toContain('board has no SD card')
  })
})

describe('compareLayoutNames()', () => {
  it('orders digit runs as numbers, leading zeros aside, and the rest by code unit', () => {
    expect(['16G/6.1', '1G/6.12', '1G/6.1', '2G/6.1', 'a', '1G'].sort(compareLayoutNames)).toEqual(['1G', '1G/6.1', '1G/6.12', '2G/6.1', '16G/6.1', 'a'])
    expect(compareLayoutNames('02G', '2G')).toBe(0)
    expect(compareLayoutNames('6.9', '6.10')).toBeLessThan(0)
  })
})
