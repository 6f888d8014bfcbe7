// SPDX-License-Identifier: GPL-2.0-only
/** Annotation planning: GitHub's caps, reserved slots, ordering by severity then changed lines, overflow. */
import { describe, expect, it } from 'vitest'
import { MAX_PER_JOB, MAX_PER_LEVEL, annotationMessage, annotationProperties, onChangedLine, toAnnotations } from '../../src/report/annotations.js'
import { formatGithub } from '../../src/report/github.js'
import { finding, report } from './helpers.js'

const lines = (plan: { emit: Array<{ startLine?: number }> }) => plan.emit.map((a) => a.startLine)

describe('toAnnotations', () => {
  it('uses GitHub limits by default: 10 per level, 50 per job', () => {
    expect([MAX_PER_LEVEL, MAX_PER_JOB]).toEqual([10, 50])
    const findings = [...Array.from({ length: 15 }, (_, i) => finding(i + 1, 'error')), ...Array.from({ length: 15 }, (_, i) => finding(100 + i, 'warning')), ...Array.from({ length: 15 }, (_, i) => finding(200 + i, 'note'))]
    const plan = toAnnotations(report(findings))
    expect(plan.emit.filter((a) => a.level === 'error')).toHaveLength(10)
    expect(plan.emit.filter((a) => a.level === 'warning')).toHaveLength(10)
    expect(plan.emit.filter((a) => a.level === 'notice')).toHaveLength(10)
    expect(plan.overflow).toHaveLength(15)
    // Nothing dropped: every active finding is either emitted or in the overflow.
    expect(plan.emit.length + plan.overflow.length).toBe(findings.length)
  })

  it('applies the per-job cap across levels, most severe first', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i + 1, 'note')), finding(50, 'warning'), finding(60, 'error')]
    const plan = toAnnotations(report(findings), { perJob: 5 })
    expect(plan.emit.map((a) => a.level)).toEqual(['error', 'warning', 'notice', 'notice', 'notice'])
    expect(plan.overflow).toHaveLength(9)
  })

  it('keeps reserved slots free for the action’s own messages (setFailed, notices)', () => {
    const findings = [...Array.from({ length: 12 }, (_, i) => finding(i + 1, 'error')), ...Array.from({ length: 12 }, (_, i) => finding(100 + i, 'note'))]
    const plan = toAnnotations(report(findings), { reserved: { error: 1, notice: 1 } })
    expect(plan.emit.filter((a) => a.level === 'error')).toHaveLength(9)
    expect(plan.emit.filter((a) => a.level === 'notice')).toHaveLength(9)
    expect(toAnnotations(report(findings), { perJob: 10, reserved: { error: 1, warning: 1, notice: 1 } }).emit).toHaveLength(7)
  })

  it('orders by severity, then findings on changed lines, then file and position', () => {
    const findings = [finding(3, 'warning'), finding(1, 'error'), finding(9, 'error'), finding(5, 'error', { file: 'a.json' }), finding(7, 'warning')]
    expect(toAnnotations(report(findings)).emit.map((a) => `${a.file}:${a.startLine}`)).toEqual(['a.json:5', 'm.json:1', 'm.json:9', 'm.json:3', 'm.json:7'])
    const changed = new Map([['m.json', new Set([9, 7])]])
    const plan = toAnnotations(report(findings), { changedLines: changed })
    expect(plan.emit.map((a) => `${a.file}:${a.startLine}`)).toEqual(['m.json:9', 'a.json:5', 'm.json:1', 'm.json:7', 'm.json:3'])
    expect(plan.emit.map((a) => a.onChangedLine)).toEqual([true, false, false, true, false])
  })

  it('lets changed lines decide who gets the last slots, and overflows the rest in order', () => {
    const findings = Array.from({ length: 14 }, (_, i) => finding(i + 1, 'error'))
    const plan = toAnnotations(report(findings), { changedLines: new Map([['m.json', new Set([13, 14])]]) })
    expect(lines(plan)).toEqual([13, 14, 1, 2, 3, 4, 5, 6, 7, 8])
    expect(plan.overflow.map((f) => f.location?.line)).toEqual([9, 10, 11, 12])
  })

  it('matches a multi-line span when any of its lines changed, and never a finding without a location', () => {
    const span = finding(10, 'error', { location: { file: 'm.json', line: 10, column: 1, endLine: 14, endColumn: 2, offset: 0, length: 50 } })
    expect(onChangedLine(span, new Map([['m.json', new Set([12])]]))).toBe(true)
    expect(onChangedLine(span, new Map([['other.json', new Set([12])]]))).toBe(false)
    const { location: _drop, ...noLocation } = finding(1, 'error')
    expect(onChangedLine(noLocation, new Map([['m.json', new Set([1])]]))).toBe(false)
  })

  it('never annotates suppressed findings, and keeps columns only on one-line spans', () => {
    const multi = finding(2, 'error', { location: { file: 'm.json', line: 2, column: 3, endLine: 4, endColumn: 1, offset: 5, length: 30 } })
    const plan = toAnnotations(report([multi, finding(3, 'error', { suppressed: { reason: 'known' } })]))
    expect(plan.emit).toHaveLength(1)
    expect(plan.overflow).toHaveLength(0)
    expect(annotationProperties(plan.emit[0]!)).toEqual({ title: 'SC002 schema-violation', file: 'm.json', startLine: 2, endLine: 2, startColumn: 3 })
  })

  it('drops the columns of a span that runs over several lines (GitHub ignores them there)', () => {
    const multi = finding(2, 'error', { location: { file: 'm.json', line: 2, column: 3, endLine: 4, endColumn: 9, offset: 5, length: 30 } })
    expect(annotationProperties(toAnnotations(report([multi])).emit[0]!)).toEqual({ title: 'SC002 schema-violation', file: 'm.json', startLine: 2, endLine: 2, startColumn: 3 })
  })

  it('adds the crash kernel lines the message does not quote, then the verified fix, each on a line of its own', () => {
    const ev = (text: string, source = 'crashkernel') => ({ level: 'info' as const, source, text })
    const f = finding(4, 'error', {
      boardId: 'vm',
      layoutName: '6.1',
      message: 'the kernel prints "cannot allocate crashkernel (size:0x10000000)"',
      evidence: [ev('cannot allocate crashkernel (size:0x10000000)'), ev('Zone ranges:', 'zones'), ev('crashkernel low memory reserved: 0x6f000000 - 0x7f000000 (256 MB)'), ev('crashkernel low memory reserved: 0x6f000000 - 0x7f000000 (256 MB)')],
      suggestion: { description: 'Use kernel 6.12 — verified by simulation', pointer: '/boards/4/kernels/0', replacement: '6.12' },
    })
    expect(toAnnotations(report([f])).emit[0]!.message).toBe(
      'the kernel prints "cannot allocate crashkernel (size:0x10000000)" [vm 6.1]\ndmesg: crashkernel low memory reserved: 0x6f000000 - 0x7f000000 (256 MB)\nFix: Use kernel 6.12 — verified by simulation',
    )
    // At most three such lines; the rest are counted (the job summary has logs of failing
    // layouts only, so it is not named as where they are).
    const many = finding(5, 'warning', { evidence: ['a', 'b', 'c', 'd', 'e'].map((x) => ev(`crashkernel ${x}`)) })
    expect(annotationMessage(many).split('\n')).toEqual(['problem at line 5', 'dmesg: crashkernel a', 'dmesg: crashkernel b', 'dmesg: crashkernel c', 'dmesg: … and 2 more lines'])
    // And the workflow command keeps it one line (GitHub shows the escaped newlines as lines).
    expect(formatGithub(report([f])).trimEnd().split('\n')).toHaveLength(1)
  })

  it('gives findings that differ only in their layout one annotation naming the layouts, so other problems get the slots', () => {
    // One bad command line on line 8, on five RAM variants; a second problem on line 9.
    const rams = ['1G', '2G', '4G', '8G', '16G']
    const line8 = rams.map((r) => finding(8, 'error', { boardId: 't5', layoutName: `${r}/6.12`, message: 'crashkernel = 256M is not parsed' }))
    const line9 = finding(9, 'error', { boardId: 't6', layoutName: '1G/6.12', message: 'no crashkernel=' })
    const plan = toAnnotations(report([...line8, line9]))
    expect(plan.emit.map((a) => [a.startLine, a.message])).toEqual([
      [8, 'crashkernel = 256M is not parsed [t5 1G/6.12, 2G/6.12, 4G/6.12, 8G/6.12, 16G/6.12]'],
      [9, 'no crashkernel= [t6 1G/6.12]'],
    ])
    expect(plan.emit[0]!.findings).toEqual(line8)
    expect(plan.overflow).toEqual([])
    // Twelve such lines of three layouts each: ten annotations, and the other two lines'
    // six findings in the overflow (every finding accounted for).
    const twelve = Array.from({ length: 12 }, (_, i) => ['1G', '2G', '4G'].map((r) => finding(20 + i, 'warning', { boardId: 'b', layoutName: r }))).flat()
    const capped = toAnnotations(report(twelve))
    expect(capped.emit).toHaveLength(10)
    expect(capped.overflow.map((f) => `${f.location?.line} ${f.layoutName}`)).toEqual(['30 1G', '30 2G', '30 4G', '31 1G', '31 2G', '31 4G'])
    expect(formatGithub(report(twelve)).match(/^::warning /gm)).toHaveLength(10)
  })

  it('--format github keeps to 10 annotations per level with its own: the notifications and the overflow notice take slots from the findings', () => {
    const notes = Array.from({ length: 12 }, (_, i) => finding(20 + i, 'note'))
    const errors = Array.from({ length: 10 }, (_, i) => finding(40 + i, 'error'))
    const out = formatGithub(report([...errors, ...notes]), { notifications: [{ kind: 'configuration', level: 'error', message: 'cannot read matrix file x.json: no such file', id: 'configuration-error' }] })
    expect(out.match(/^::error /gm)).toHaveLength(MAX_PER_LEVEL)
    expect(out.match(/^::notice[ :]/gm)).toHaveLength(MAX_PER_LEVEL)
    expect(out.split('\n')[0]).toBe('::error title=crashkernel-check::cannot read matrix file x.json: no such file')
    // One error finding and three notes did not fit, and the last notice says so.
    expect(out.trimEnd().split('\n').at(-1)).toMatch(/^::notice::4 more finding\(s\) not annotated \(GitHub shows at most 10 per level\); --format text, json or html lists them all$/)
    // Without overflow every slot goes to the findings.
    expect(formatGithub(report(notes.slice(0, 10))).match(/^::notice /gm)).toHaveLength(MAX_PER_LEVEL)
  })

  it('keeps findings apart that differ in message, rule, severity or fix; joins boards sharing a line', () => {
    const base = { boardId: 'a', layoutName: '1G/6.1', message: 'm' }
    const fix = (replacement: string) => ({ suggestion: { description: `use ${replacement}`, pointer: '/defaults/cmdline', replacement } })
    const apart = [finding(3, 'error', base), finding(3, 'error', { ...base, layoutName: '2G/6.1', message: 'n' }), finding(3, 'warning', { ...base, layoutName: '4G/6.1' }), finding(3, 'error', { ...base, layoutName: '8G/6.1', ruleId: 'CK001' })]
    expect(toAnnotations(report(apart)).emit).toHaveLength(4)
    expect(toAnnotations(report([finding(3, 'error', { ...base, ...fix('x') }), finding(3, 'error', { ...base, layoutName: '2G/6.1', ...fix('y') })])).emit).toHaveLength(2)
    // Boards on one default command line: each board once, with its layouts.
    const shared = [finding(3, 'error', base), finding(3, 'error', { ...base, layoutName: '2G/6.1' }), finding(3, 'error', { ...base, boardId: 'b' })]
    expect(toAnnotations(report(shared)).emit.map((a) => a.message)).toEqual(['m [a 1G/6.1, 2G/6.1; b 1G/6.1]'])
    // Past twelve layouts the rest are counted.
    const fifteen = Array.from({ length: 15 }, (_, i) => finding(3, 'error', { ...base, layoutName: `${i + 1}G` }))
    expect(toAnnotations(report(fifteen)).emit[0]!.message).toBe('m [a 1G, 2G, 3G, 4G, 5G, 6G, 7G, 8G, 9G, 10G, 11G, 12G; and 3 more layouts]')
  })

  it('names the layout whose kernel lines a grouped annotation quotes when the layouts print different ones', () => {
    const ev = (text: string) => ({ level: 'info' as const, source: 'crashkernel', text })
    const at = (layoutName: string, text: string) => finding(4, 'warning', { boardId: 'pi', layoutName, message: 'fell back', evidence: [ev(text)] })
    const differ = toAnnotations(report([at('1G', 'crashkernel reserved: 0x1'), at('2G', 'crashkernel reserved: 0x2')])).emit
    expect(differ.map((a) => a.message)).toEqual(['fell back [pi 1G, 2G]\ndmesg [pi 1G]: crashkernel reserved: 0x1'])
    const same = toAnnotations(report([at('1G', 'crashkernel reserved: 0x1'), at('2G', 'crashkernel reserved: 0x1')])).emit
    expect(same.map((a) => a.message)).toEqual(['fell back [pi 1G, 2G]\ndmesg: crashkernel reserved: 0x1'])
  })

  it('passes a one-line span’s end column on, and names the board and layout in the message', () => {
    const a = toAnnotations(report([finding(4, 'warning', { boardId: 'rpi4', layoutName: '4G/6.12' })])).emit[0]!
    expect(annotationProperties(a)).toEqual({ title: 'SC002 schema-violation', file: 'm.json', startLine: 4, endLine: 4, startColumn: 3, endColumn: 9 })
    expect(a.message).toBe('problem at line 4 [rpi4 4G/6.12]')
  })
})
