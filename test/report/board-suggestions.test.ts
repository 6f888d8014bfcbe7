// SPDX-License-Identifier: GPL-2.0-only
/**
 * Every human-facing format shows a report's one-value-per-board suggestions before the
 * findings (whose own fixes they replace), the JSON keeps them, mergeReports() keeps them in
 * order, and a report without them shows nothing of the kind.
 */
import { describe, expect, it } from 'vitest'
import { check, formatJson, formatStylish, mergeReports, renderHtml, renderSummary } from '../../src/index.js'
import { renderComment } from '../../src/report/summary.js'
import { matrix } from '../rules/helpers.js'

const PI = { id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true } }
const report = check(matrix(PI), 'm.json')
const plain = check(matrix({ ...PI, cmdline: 'console=ttyS0 crashkernel=256M' }), 'm.json')
const b = report.boardSuggestions?.[0]

describe('board suggestions in the formats', () => {
  it('the test report has one, and the clean one none', () => {
    expect(report.boardSuggestions).toHaveLength(1)
    expect(plain.boardSuggestions).toBeUndefined()
  })

  it('summary and comment: a list item with the value as code, before the findings table', () => {
    for (const md of [renderSummary(report), renderComment(report)]) {
      const item = `- 💡 board \`pi\` at \`m.json:${b!.location!.line}:${b!.location!.column}\`: \`${b!.value}\` works on all 12 layouts`
      expect(md).toContain(item)
      expect(md.indexOf(item)).toBeLessThan(md.indexOf('| severity | where |'))
    }
    for (const md of [renderSummary(plain), renderComment(plain)]) expect(md).not.toContain('value per board')
  })

  // A fleet of one matrix file per board has a value per file: as one block, 600 of them were
  // more than the whole comment may hold, and the comment lost its findings table with them.
  it('summary and comment: a list too long for the cap is cut, and the findings table stays', () => {
    const many = { ...report, boardSuggestions: Array.from({ length: 600 }, (_, i) => ({ ...b!, boardId: `pi-${i}` })) }
    const comment = renderComment(many, { runUrl: 'https://github.test/o/r/actions/runs/1' })
    expect(comment).not.toContain('did not fit in one comment')
    expect(comment).toContain('| severity | where |')
    const listed = (comment.match(/^- 💡 board `pi-\d+`/gm) ?? []).length
    expect(listed).toBeGreaterThan(50)
    expect(comment).toContain(`\n- … ${600 - listed} more board(s): see the job summary linked above.\n`)
    // The summary has room for them all.
    const summary = renderSummary(many)
    expect((summary.match(/^- 💡 board `pi-\d+`/gm) ?? []).length).toBe(600)
    expect(summary).not.toContain('more board(s)')
    expect(summary).toContain('### Findings')
    const small = renderSummary(many, { maxBytes: 60_000 })
    expect(small).toMatch(/\n- … \d+ more board\(s\), left out within GitHub's 1 MiB job-summary limit\./)
    expect(small).toContain('### Findings')
  })

  it('text: a fix row after the board\'s findings, at the command line', () => {
    const lines = formatStylish(report).split('\n')
    const fix = lines.findIndex((l) => /^\s+\d+:\d+\s+fix\s+/.test(l))
    expect(lines[fix]).toContain(`${b!.location!.line}:${b!.location!.column}  fix      "${b!.value}" works on all 12 layouts`)
    expect(lines[fix]).toMatch(/\[pi\]$/)
    // Findings that differ only in their layout share a row that names each layout.
    const named = lines.slice(0, fix).filter((l) => /\s(error|warning)\s/.test(l)).map((l) => /\[pi ([^\]]*)\]/.exec(l)![1]!.split(', ').length)
    expect(named.reduce((a, b) => a + b, 0)).toBe(report.counts.error + report.counts.warning)
    expect(formatStylish(plain)).not.toMatch(/\sfix\s/)
  })

  it("text: the board's value comes right after its own findings, not after another board's further down", () => {
    // pi (first in the file) has a board-wide value; q35 after it fails with a fix of its own.
    const q35 = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=2G,high crashkernel=1M,low', expect: { reservationRequired: true } }
    const r = check(matrix(PI, q35), 'm.json')
    const rows = formatStylish(r).split('\n').filter((l) => /^\s+\d+:\d+\s+(error|warning|note|fix)\s/.test(l))
    const piFix = rows.findIndex((l) => /\sfix\s.*\[pi\]$/.test(l))
    const lastPi = rows.map((l) => /\[pi [^\]]*\]/.test(l)).lastIndexOf(true)
    const firstQ35 = rows.findIndex((l) => /\[q35 [^\]]*\]/.test(l))
    expect(firstQ35).toBeGreaterThan(0)
    expect(piFix).toBe(lastPi + 1)
    expect(piFix).toBeLessThan(firstQ35)
  })

  it('text: a board with its own value has no fix rows under its findings, which it replaces', () => {
    expect(formatStylish(report).split('\n').filter((l) => /^\s+\d+:\d+\s+fix\s+/.test(l))).toHaveLength(1)
  })

  it('text: findings whose own fixes differ but are replaced by the board\'s value read the same, and are one row', () => {
    // A reviewer's 512 GiB x86 server: crashkernel=2G falls back above 4 GiB on every kernel;
    // the per-layout fixes differ (a size for 5.10 and 6.1, others for 6.12 and 7.2) and are
    // not shown, the board-wide crashkernel=2G,high is.
    const x86 = {
      id: 'x86', arch: 'x86_64', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'console=ttyS0 crashkernel=2G',
      memory: [{ base: '0x0', size: '0x9d000' }, { base: '0x100000', size: '0x5ff00000' }, { base: '0x60000000', size: '0x0f000000' }, { base: '0x100000000', size: '0x7f80000000' }],
      image: { base: '0x1000000' }, initrd: { base: '0x6a000000', size: '80M' }, devices: [{ name: 'raid', dmaLimit: '0xffffffff', dumpTarget: true }],
    }
    const r = check(matrix(x86), 'm.json')
    const ck003 = r.findings.filter((f) => f.ruleId === 'CK003')
    expect(ck003).toHaveLength(4)
    expect(new Set(ck003.map((f) => f.message)).size).toBe(1)
    expect(new Set(ck003.map((f) => f.suggestion?.replacement)).size).toBeGreaterThan(1)
    expect(r.boardSuggestions?.map((s) => s.value)).toEqual(['crashkernel=2G,high'])
    const rows = formatStylish(r).split('\n').filter((l) => /^\s+\d+:\d+\s+(error|warning|note|fix)\s/.test(l))
    expect(rows.filter((l) => l.includes('CK003'))).toHaveLength(1)
    expect(rows.find((l) => l.includes('CK003'))).toContain('[x86 5.10, 6.1, 6.12, 7.2]')
  })

  it('text: a finding\'s verified fix is a fix row under it, once for a run of findings that share it', () => {
    // Two RAM variants of a virt board: with rodata=off, 6.1 maps the linear map by pages
    // because of crashkernel= (LM001, an error on a board that asks for blocks) on both, and
    // 6.12 is the fix whichever layout reports it.
    const bank = (size: string) => [{ base: '0x40000000', size }]
    const vm = { id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.1', '6.12'], ram: [{ name: '4G', memory: bank('4G') }, { name: '8G', memory: bank('8G') }], cmdline: 'console=ttyAMA0 rodata=off crashkernel=256M', expect: { noBasePageLinearMap: true } }
    const r = check(matrix(vm), 'm.json')
    const lm = r.findings.filter((f) => f.ruleId === 'LM001')
    expect(lm.map((f) => f.layoutName)).toEqual(['4G/6.1', '8G/6.1'])
    expect(r.boardSuggestions).toBeUndefined()
    const lines = formatStylish(r).split('\n')
    const rows = lines.filter((l) => /^\s+\d+:\d+\s+(error|warning|note|fix)\s/.test(l))
    const where = `${lm[0]!.location!.line}:${lm[0]!.location!.column}`
    expect(rows.map((l) => l.trim().split(/\s+/).slice(0, 2).join(' '))).toEqual([`${where} error`, `${where} error`, `${where} fix`])
    expect(rows[2]).toMatch(/fix {4}Use kernel 6\.12 .* \[vm\]$/)
    expect(rows[2]).toContain(lm[1]!.suggestion!.description)
  })

  it('text: a board-wide value replaces only its findings\' fixes to that command line, not a kernel change it leaves', () => {
    // 6.1 maps the linear map by pages because of crashkernel= (LM001, fixed by "Use kernel
    // 6.12", a kernel entry's edit); the redundant first ,high is CK004's. The board-wide
    // value drops it and leaves LM001's warning, whose fix still has its row.
    const alt = { id: 'alt', arch: 'arm64', kernels: ['6.1', '6.12'], memory: [{ base: '0x90000000', size: '0x70000000' }, { base: '0x80100000000', size: '0x700000000' }], image: { base: '0x90000000' }, cpu: { lpa2: false, bbml2Noabort: false }, cmdline: 'console=ttyAMA0 crashkernel=1G,high rodata=on crashkernel=2G,high' }
    const r = check(matrix(alt), 'm.json')
    const [lm] = r.findings.filter((f) => f.ruleId === 'LM001')
    expect(lm!.suggestion!.pointer).toBe('/boards/0/kernels/0')
    expect(r.boardSuggestions?.map((x) => x.suggestion.pointer)).toEqual(['/boards/0/cmdline'])
    const fixes = formatStylish(r).split('\n').filter((l) => /^\s+\d+:\d+\s+fix\s+/.test(l))
    expect(fixes).toHaveLength(2)
    expect(fixes[0]).toContain(`${lm!.suggestion!.description} [alt]`)
    expect(fixes[1]).toContain(r.boardSuggestions![0]!.suggestion.description)
    expect(fixes.some((l) => l.includes('Remove "crashkernel=1G,high"'))).toBe(false)
  })

  it('HTML: a section after the totals, before the grid', () => {
    const html = renderHtml(report)
    const section = html.indexOf('value per board</h2>')
    expect(section).toBeGreaterThan(html.indexOf('aria-label="totals"'))
    expect(section).toBeLessThan(html.indexOf('Boards \u00D7 kernels'))
    expect(html).toContain(`<code>/boards/0/cmdline</code> \u2192 <code>console=ttyS0 ${b!.value}</code>`)
    expect(renderHtml(plain)).not.toContain('value per board')
  })

  it('a value that leaves a warning is not said to fix every finding', () => {
    // Offered wherever the board had an error, so what it leaves can be a warning.
    const leaving = { ...report, boardSuggestions: [{ ...b!, warned: 2, suggestion: { ...b!.suggestion, description: b!.suggestion.description.replace('with no warning or note', 'leaving a warning on 2') } }] }
    for (const out of [renderSummary(leaving), renderHtml(leaving)]) {
      expect(out).toContain('leaving a warning on 2')
      expect(out).toMatch(/one value works on every layout/)
      expect(out).not.toMatch(/fixes them/)
    }
  })

  it('JSON keeps them; mergeReports() keeps every report\'s, in order', () => {
    expect(JSON.parse(formatJson(report)).boardSuggestions[0].value).toBe(b!.value)
    const other = check(matrix({ ...PI, id: 'pi2' }), 'n.json')
    expect(mergeReports([report, plain, other]).boardSuggestions?.map((x) => `${x.file} ${x.boardId}`)).toEqual(['m.json pi', 'n.json pi2'])
    expect(mergeReports([plain]).boardSuggestions).toBeUndefined()
  })
})
