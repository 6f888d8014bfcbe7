// SPDX-License-Identifier: GPL-2.0-only
/**
 * The files and boards a run was given and simulated nothing of (report.unsimulated), and the
 * totals every format reads from it: a file that is not JSON, a schema error outside the boards
 * that stops every board of a file, one refused board of three, a mix of good and bad files,
 * merged by the CLI and by a fan-out.
 */
import { describe, expect, it } from 'vitest'
import { mergeResults } from '../../src/fanout/merge.js'
import { formatResults, parseResults } from '../../src/fanout/results.js'
import { check, formatHtml, formatJson, formatMarkdown, formatStylish, mergeReports, type Report } from '../../src/index.js'
import { fanOut, type MatrixFile } from '../fanout/helpers.js'
import { renderHtml } from '../../src/report/html/index.js'
import { renderComment, renderSummary } from '../../src/report/summary.js'

const board = (id: string, extra: object = {}) => ({ id, extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M', ...extra })
const text = (top: object) => JSON.stringify({ version: 1, ...top, boards: [board('a'), board('b'), board('c')] }, null, 2)

const FILES = {
  'good.json': text({}),
  'not-json.json': '{ "version": 1, "boards": [ { "id": "a", "x": } ] }',
  // A schema error in `defaults` stops every board of the file.
  'defaults.json': text({ defaults: { cmdline: 5 } }),
  // A misspelt `defaults` too: the boards would be read without the defaults they were written with.
  'defautls.json': text({ defautls: { cmdline: 'crashkernel=256M' } }),
  'one-refused.json': JSON.stringify({ version: 1, boards: [board('a'), board('b', { bogus: 1 }), board('c')] }, null, 2),
  'boards-not-array.json': '{ "version": 1, "boards": 5 }',
}
type Name = keyof typeof FILES
const run = (...names: Name[]): Report => mergeReports(names.map((n) => check(FILES[n], n)))
const lastLine = (report: Report) => formatStylish(report).trimEnd().split('\n').pop()
const totalsLine = (report: Report) => formatMarkdown(report).split('\n')[2]
const htmlTotals = (report: Report) => /<div class="totals">(.*?)<\/div><\/section>/.exec(formatHtml(report))![1]!.replace(/<[^>]+>/g, ' ').replace(/ +/g, ' ').trim()

describe('report.unsimulated', () => {
  it('a good file has none', () => {
    const report = run('good.json')
    expect(report.unsimulated).toBeUndefined()
    expect(lastLine(report)).toBe('3 layouts of 3 boards simulated in 1 file')
    expect(htmlTotals(report)).toMatch(/^3 boards 3 layouts /)
  })

  it('a file that is not JSON: the file, not the boards its findings name', () => {
    const report = run('not-json.json')
    expect(report.unsimulated).toEqual([{ file: 'not-json.json', reason: 'syntax' }])
    expect(lastLine(report)).toBe('0 layouts of 0 boards simulated in 1 file; 1 file not read (syntax error)')
    expect(totalsLine(report)).toContain('— 0 layout(s) simulated: none from `not-json.json`; 1 file not read (syntax error).')
    expect(htmlTotals(report)).toBe('0 boards 1 file not read (syntax error) 0 layouts 0 kernels 1 errors 0 warnings 0 notes 0 suppressed')
  })

  it('a schema error outside the boards: every board of the file, none of which a finding names', () => {
    for (const name of ['defaults.json', 'defautls.json'] as const) {
      const report = run(name)
      expect(report.findings.map((f) => [f.ruleId, f.boardId])).toEqual([['SC002', undefined]])
      expect(report.unsimulated).toEqual(['a', 'b', 'c'].map((id, i) => ({ file: name, pointer: `/boards/${i}`, boardId: id, reason: 'schema' })))
      expect(lastLine(report)).toBe('0 layouts of 0 boards simulated in 1 file; 3 boards not simulated')
      expect(totalsLine(report)).toContain(`none from \`${name}\`; 3 boards not simulated.`)
      expect(htmlTotals(report)).toBe('0 boards 3 boards not simulated 0 layouts 0 kernels 1 errors 0 warnings 0 notes 0 suppressed')
    }
    // Whatever the boards asked for, as the file's problems are reported: a fan-out gives a file
    // that does not decode to one leg, whose filter may select none of its boards.
    expect(check(FILES['defaults.json'], 'defaults.json', { boards: ['b'] }).unsimulated?.length).toBe(3)
  })

  // Was a bug: every format said "1 file not read (schema error)" of a file that was read and
  // parsed, only its `boards` was no array to read boards from.
  it('a schema error with no boards to read: the file, read but with no boards read', () => {
    const report = run('boards-not-array.json')
    expect(report.unsimulated).toEqual([{ file: 'boards-not-array.json', reason: 'schema' }])
    expect(lastLine(report)).toBe('0 layouts of 0 boards simulated in 1 file; 1 file with no boards read (schema error)')
    expect(totalsLine(report)).toContain('; 1 file with no boards read (schema error).')
    expect(htmlTotals(report)).toBe('0 boards 1 file with no boards read (schema error) 0 layouts 0 kernels 1 errors 0 warnings 0 notes 0 suppressed')
    expect(formatMarkdown(report)).toContain('| ❌ | `boards-not-array.json` | — | — | no boards read: schema error (see the findings) | — | — | — |')
    expect(formatMarkdown(report)).not.toContain('not read')
    expect(formatHtml(run('good.json', 'boards-not-array.json'))).toContain('? no boards read: schema error')
  })

  it('one refused board of three', () => {
    const report = run('one-refused.json')
    expect(report.unsimulated).toEqual([{ file: 'one-refused.json', pointer: '/boards/1', boardId: 'b', reason: 'schema' }])
    expect(lastLine(report)).toBe('2 layouts of 2 boards simulated in 1 file; 1 board not simulated')
    expect(totalsLine(report)).toContain('— 2 layout(s) simulated from `one-refused.json`; 1 board not simulated.')
    expect(htmlTotals(report)).toMatch(/^2 boards 1 board not simulated 2 layouts /)
    // The board left out by --boards is not counted.
    expect(check(FILES['one-refused.json'], 'one-refused.json', { boards: ['a'] }).unsimulated).toBeUndefined()
  })

  it('a second board of an id already taken (SC003) is a board not simulated, though its id was', () => {
    const report = check(JSON.stringify({ version: 1, boards: [board('a'), board('a')] }), 'dup.json')
    expect(report.unsimulated).toEqual([{ file: 'dup.json', pointer: '/boards/1', boardId: 'a', reason: 'semantic' }])
    expect(htmlTotals(report)).toMatch(/^1 boards 1 board not simulated 1 layouts /)
    // Its row in the layouts table, though the first board "a" has one of its own (and findings there would name "a" too).
    const withFinding = check(JSON.stringify({ version: 1, boards: [board('a', { cmdline: 'crashkernel=4G' }), board('a')] }, null, 2), 'dup.json')
    expect(withFinding.findings.some((f) => f.boardId === 'a' && f.layoutName !== undefined)).toBe(true)
    expect(formatMarkdown(withFinding)).toContain('| ❌ | a (`dup.json`) | — | — | not simulated: SC003 error (see the findings) | — | — | — |')
  })

  it('a boot that panics before the reservation was simulated: its board is not counted', () => {
    const report = check(JSON.stringify({ version: 1, boards: [{ id: 'p', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M mem=1M' }] }), 'p.json')
    expect(report.findings.map((f) => f.ruleId)).toEqual(['CK012'])
    expect(report.unsimulated).toBeUndefined()
  })

  it('a mix of good and bad files in one run', () => {
    const report = run('good.json', 'not-json.json', 'defaults.json', 'one-refused.json')
    expect(report.unsimulated?.map((u) => `${u.file} ${u.pointer ?? ''}`)).toEqual(['not-json.json ', 'defaults.json /boards/0', 'defaults.json /boards/1', 'defaults.json /boards/2', 'one-refused.json /boards/1'])
    expect(lastLine(report)).toBe('5 layouts of 5 boards simulated in 4 files; 4 boards not simulated, 1 file not read (syntax error)')
    expect(totalsLine(report)).toContain('; 4 boards not simulated, 1 file not read (syntax error).')
    expect(htmlTotals(report)).toBe('5 boards 4 boards not simulated 1 file not read (syntax error) 5 layouts 1 kernels 3 errors 0 warnings 0 notes 0 suppressed')
    expect(run('not-json.json', 'boards-not-array.json').unsimulated?.length).toBe(2)
    expect(lastLine(run('not-json.json', 'boards-not-array.json'))).toBe('0 layouts of 0 boards simulated in 2 files; 1 file not read (syntax error), 1 file with no boards read (schema error)')
    // The JSON report has it, and reads back in a results file.
    expect(JSON.parse(formatJson(report)).unsimulated).toEqual(report.unsimulated)
    expect(parseResults(formatResults(report, { files: report.files, boards: [] }), 'r.json').report.unsimulated).toEqual(report.unsimulated)
  })

  // Was a bug: the HTML grid had no row for them and its "problems" filter counted none of
  // them (0 over a page whose totals said 3 errors); the Markdown layouts table left them out.
  it('the HTML grid and its filter, and the Markdown layouts table, have a row for each board and file not simulated', () => {
    const report = run('good.json', 'not-json.json', 'defaults.json', 'one-refused.json')
    const html = formatHtml(report)
    const grid = html.slice(html.indexOf('<table class="grid">'), html.indexOf('</table></div>'))
    const rows = [...grid.matchAll(/<tr class="([^"]*)"><th class="b" scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map((m) => ({ cls: m[1]!.split(' '), head: m[2]!.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' '), cell: m[3]!.replace(/<span class="vh">[^<]*<\/span>/g, '').replace(/<[^>]+>/g, '') }))
    expect(rows.filter((r) => r.cls.includes('p')).map((r) => `${r.head}: ${r.cell}`)).toEqual([
      'not-json.json whole file: ? not read: JSON syntax error1',
      'defaults.json a: ? not simulated: schema error',
      'defaults.json b: ? not simulated: schema error',
      'defaults.json c: ? not simulated: schema error',
      'one-refused.json b: ? not simulated: schema error1',
    ])
    // The filter counts them apart from the layouts, which "layouts" counts alone. Was a bug:
    // "all 10" (5 layouts and 5 rows of boards and files) beside totals of "5 layouts".
    expect(html).toMatch(/id="f-all" checked><span>all<span class="n">5 layouts \+ 4 boards, 1 file not simulated<\/span>/)
    expect(html).toMatch(/id="f-problems"><span>problems<span class="n">4 boards, 1 file not simulated<\/span>/)
    expect(html).toMatch(/id="f-not-simulated"><span>\? not simulated<span class="n">4 boards, 1 file<\/span>/)
    expect(html).toMatch(/id="f-reserved"><span>✓ reserved<span class="n">5<\/span>/)
    expect(htmlTotals(report)).toContain(' 5 layouts ')
    // Each links to a section with its findings; a board stopped by its file's error outside the boards shows that error.
    const section = (id: string) => html.slice(html.indexOf(`id="${id}"`), html.indexOf('</details>', html.indexOf(`id="${id}"`)))
    expect(section('U1')).toContain('defaults.cmdline: expected string, found integer')
    expect(section('U4')).toContain('unknown property')
    // Its own findings leave "Findings outside a layout"; the file-level error stays there.
    const loose = html.slice(html.indexOf('<h2>Findings outside a layout</h2>'), html.indexOf('<h2>Layouts</h2>'))
    expect(loose).toContain('defaults.cmdline: expected string, found integer')
    expect(loose).not.toContain('unknown property')
    expect(loose).not.toContain('JSON syntax error')
    expect(formatMarkdown(report).split('\n').filter((l) => l.includes('not simulated') || l.includes('not read:'))).toEqual([
      expect.stringContaining('5 layout(s) simulated'),
      '| ❌ | `not-json.json` | — | — | not read: JSON syntax error (see the findings) | — | — | — |',
      '| ❌ | a (`defaults.json`) | — | — | not simulated: schema error (see the findings) | — | — | — |',
      '| ❌ | b (`defaults.json`) | — | — | not simulated: schema error (see the findings) | — | — | — |',
      '| ❌ | c (`defaults.json`) | — | — | not simulated: schema error (see the findings) | — | — | — |',
      '| ❌ | b (`one-refused.json`) | — | — | not simulated: schema error (see the findings) | — | — | — |',
    ])
  })

  it('past maxDetails, a row of a board nothing was simulated of keeps a short section and is no capped layout', () => {
    const html = renderHtml(run('good.json', 'defaults.json'), { maxDetails: 0 })
    // The three layouts of good.json have no section; defaults.json's boards (no findings of
    // their own, stopped by the file's error) each keep one with that error.
    expect(html).toContain('3 layouts have no section here')
    for (const id of ['U0', 'U1', 'U2']) expect(html).toContain(`href="#${id}"`)
  })

  it("a fan-out's merge has each once, as one check() of every file", () => {
    const files: MatrixFile[] = (['defaults.json', 'good.json', 'not-json.json', 'one-refused.json'] as const).map((path) => ({ path, text: FILES[path] }))
    const { merged } = fanOut(files, { maxJobs: 3 })
    expect(merged.report.unsimulated).toEqual(run('defaults.json', 'good.json', 'not-json.json', 'one-refused.json').unsimulated)
    // A leg downloaded twice gives its boards twice.
    const leg = parseResults(formatResults(run('one-refused.json'), { files: ['one-refused.json'], boards: [] }), 'leg.json')
    expect(mergeResults([leg, { ...leg, source: 'again.json' }]).report.unsimulated).toEqual([{ file: 'one-refused.json', pointer: '/boards/1', boardId: 'b', reason: 'schema' }])
  })
})

// Was a bug: a board whose SC003 error has severity "off" (it stays, suppressed, to name the
// layouts not simulated) had no row in the Markdown layouts table though the totals counted
// it, and a board the schema refused under `"SC002": "off"` was a ❌ row in a run that passes.
describe('Markdown layouts table: boards not simulated whose findings are suppressed', () => {
  const good = board('good')
  it('lists them muted (🔕), pointing at the suppressed findings; the comment leaves them out', async () => {
    const { renderComment, renderSummary, unsimulatedRows } = await import('../../src/report/summary.js')
    const sc003 = check(JSON.stringify({ version: 1, boards: [good, board('mis', { kernels: ['6.1', '6.12'], image: { base: '0x40100000' }, severity: { SC003: 'off' } })] }, null, 2), 'm.json')
    expect(sc003.counts).toMatchObject({ error: 0, suppressed: 2 })
    const md = renderSummary(sc003)
    expect(md).toContain('| 🔕 | mis | 2G/6.1 | 6.1.192 | not simulated (SC003: see the suppressed findings) | — | — | — |')
    expect(md).toContain('| 🔕 | mis | 2G/6.12 | ')
    const sc002 = check(JSON.stringify({ version: 1, boards: [good, board('q', { bogus: 1, severity: { SC002: 'off' } })] }, null, 2), 'm.json')
    expect(sc002.counts).toMatchObject({ error: 0, suppressed: 1 })
    expect(renderSummary(sc002)).toContain('| 🔕 | q (`m.json`) | — | — | not simulated: schema error (see the suppressed findings) | — | — | — |')
    for (const r of [sc003, sc002]) expect(renderComment(r)).not.toMatch(/\| (🔕|❌) \| (mis|q)/)
    // The legend under the table says what 🔕 means on such a row, not only on a failing layout.
    const legend = '🔕 beside "not simulated" or "no result": the findings about it (what kept it from the engine, a boot that panics first) are suppressed (see "Suppressed findings").'
    for (const r of [sc003, sc002]) expect(renderSummary(r)).toContain(legend)
    expect(renderSummary(run('defaults.json'))).not.toContain(legend)
    // The legend follows a fact unsimulatedRows() returns, not the rendered rows' text.
    for (const r of [sc003, sc002]) expect(unsimulatedRows(r).muted).toBe(true)
    for (const r of [sc003, sc002]) expect(unsimulatedRows(r, { accepted: false })).toEqual({ rows: [], muted: false })
    expect(unsimulatedRows(run('defaults.json'))).toMatchObject({ muted: false, rows: [expect.stringMatching(/^\| ❌ \| a /), expect.anything(), expect.anything()] })
    // A board its file's error outside the boards stopped is still ❌, for that error.
    expect(formatMarkdown(run('defaults.json'))).toContain('| ❌ | a (`defaults.json`) | — | — | not simulated: schema error (see the findings) |')
  })
})

// Was a bug: the HTML page showed those same boards and layouts as "? not simulated" among its
// problems (the filter's count, the row and section classes), while the job summary muted them.
describe('HTML grid: boards and layouts not simulated whose findings are suppressed', () => {
  const good = board('good')
  const sc003 = () => check(JSON.stringify({ version: 1, boards: [good, board('mis', { kernels: ['6.1', '6.12'], image: { base: '0x40100000' }, severity: { SC003: 'off' } })] }, null, 2), 'm.json')
  const sc002 = () => check(JSON.stringify({ version: 1, boards: [good, board('q', { bogus: 1, severity: { SC002: 'off' } })] }, null, 2), 'm.json')
  const problemsCount = (html: string) => /id="f-problems"><span>problems<span class="n">([^<]*)<\/span>/.exec(html)![1]
  const rowOf = (html: string, title: string) => new RegExp(`<tr class="([^"]*)"><th class="b" scope="row" title="${title}">[\\s\\S]*?</tr>`).exec(html)!
  const sections = (html: string, prefix: string) => [...html.matchAll(new RegExp(`<details class="([^"]*)" id="${prefix}\\d+">`, 'g'))].map((m) => m[1])
  const legend = '\u201C(suppressed)\u201D beside an outcome (\u201Cfell back\u201D, \u201Cfailed\u201D, \u201Cignored\u201D, \u201Cnot simulated\u201D\u2026)'

  it('mutes them as the job summary does: 🔕, not among the problems, with a legend line', () => {
    for (const [report, id, prefix] of [[sc002(), 'q', 'U'], [sc003(), 'mis 2G', 'N']] as const) {
      const html = renderHtml(report)
      const row = rowOf(html, id)
      expect(row[1]).toBe('r-not-simulated')
      expect(row[0]).toContain('<span class="mute"')
      expect(row[0]).not.toMatch(/class="st s-not-simulated p/)
      expect(problemsCount(html)).toBe('0')
      const muted = sections(html, prefix)
      expect(muted.length).toBeGreaterThan(0)
      for (const cls of muted) expect(cls).toBe('layout r-not-simulated')
      expect(html).toContain(legend)
    }
  })

  // Was a bug too: a layout whose reservation fails and whose finding about it is suppressed
  // (`suppress` with a reason) was a "✗ failed" problem, where the job summary shows it 🔕.
  it('mutes a failed reservation whose every finding is suppressed, as the job summary does', async () => {
    const { renderSummary } = await import('../../src/report/summary.js')
    const accepted = board('acc', { ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=900M', suppress: [{ rule: 'CK001', reason: 'the lab boards never take a dump' }] })
    const report = check(JSON.stringify({ version: 1, boards: [good, accepted] }, null, 2), 'm.json')
    expect(report.layouts.find((l) => l.boardId === 'acc')!.result.crashkernel.kind).toBe('failed')
    expect(report.findings.filter((f) => f.boardId === 'acc').every((f) => f.suppressed)).toBe(true)
    expect(renderSummary(report)).toMatch(/\| 🔕 \| acc \|/)
    const html = renderHtml(report)
    expect(rowOf(html, 'acc 1G')[1]).toBe('r-failed')
    expect(rowOf(html, 'acc 1G')[0]).toContain('<span class="mute"')
    expect(problemsCount(html)).toBe('0')
    expect(sections(html, 'L')).toContain('layout r-failed')
    expect(html).toContain(legend)
  })

  it('a board an active error kept from the engine stays a problem, unmuted', () => {
    const html = renderHtml(run('good.json', 'defaults.json'))
    expect(problemsCount(html)).toBe('3 boards not simulated')
    expect(rowOf(html, 'a')[1]).toBe('r-not-simulated p')
    expect(html).not.toContain('<span class="mute"')
    expect(html).not.toContain(legend)
  })
})

// Was quadratic: each board not simulated filtered every finding of its file for its own
// (8,000 boards the schema refused took 8 s in the job summary, again in the comment).
describe('Markdown layouts table of a fleet the schema refused', () => {
  it('reads each finding a bounded number of times, however many boards there are', async () => {
    const { unsimulatedRows } = await import('../../src/report/summary.js')
    const readsPerFinding = (n: number): number => {
      const report = check(JSON.stringify({ version: 1, boards: Array.from({ length: n }, (_, i) => board(`b${i}`, { bogus: 1 })) }), 'm.json')
      expect(report.unsimulated).toHaveLength(n)
      let reads = 0
      const findings = report.findings.map((f) => {
        const pointer = f.pointer
        return Object.defineProperty({ ...f }, 'pointer', { enumerable: true, get: () => (reads++, pointer) })
      })
      const { rows } = unsimulatedRows({ ...report, findings })
      expect(rows).toHaveLength(n)
      expect(rows[n - 1]).toBe(`| ❌ | b${n - 1} (\`m.json\`) | — | — | not simulated: schema error (see the findings) | — | — | — |`)
      return reads / findings.length
    }
    // One scan per board is 40 and 160 reads a finding.
    expect(readsPerFinding(40)).toBeLessThan(10)
    expect(readsPerFinding(160)).toBeLessThan(10)
  })
})

// Was a bug: a layout whose crash kernel fell back, or whose crashkernel= the kernel ignores,
// or that reserved with only an LM001 or PR001 finding, showed ✅ in the job summary once its
// finding was suppressed (or its rule "off"), while the HTML showed "fell back (suppressed)"
// or a problem: every report now mutes it alike (layoutMute()).
describe('a simulated layout its board accepts is muted alike in the job summary, the comment and the HTML', () => {
  const rpi4 = [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }]
  const fellBack = { extends: 'raspberrypi-4', memory: rpi4, ramSize: undefined, cmdline: 'crashkernel=1G' }
  const matrix = () =>
    check(
      JSON.stringify(
        {
          version: 1,
          boards: [
            board('good'),
            board('fb-sup', { ...fellBack, suppress: [{ rule: 'CK003', reason: 'the dump goes to NVMe' }] }),
            board('fb-off', { ...fellBack, severity: { CK003: 'off' } }),
            board('ign-sup', { cmdline: 'crashkernel=0', suppress: [{ rule: 'CK004', reason: 'no kdump here' }] }),
            board('ign-off', { cmdline: 'crashkernel=0', severity: { CK004: 'off' } }),
            board('pr-sup', { expect: { protectionRequired: true }, suppress: [{ rule: 'PR001', reason: 'accepted' }] }),
            // A failure with no finding at all (its rule "off") is no accepted one: it stays a problem.
            board('fail-off', { cmdline: 'crashkernel=256M@0x40000000', severity: { CK001: 'off' } }),
          ],
        },
        null,
        2,
      ),
      'm.json',
    )
  const rowOf = (html: string, id: string) => new RegExp(`<th class="b" scope="row" title="${id}( [^"]*)?">[\\s\\S]*?</tr>`).exec(html)![0]

  it('gives each the same treatment: 🔕 in the summary, muted and no problem in the HTML, left out of the comment', () => {
    const report = matrix()
    const outcome = (id: string) => report.layouts.find((l) => l.boardId === id)!.result.crashkernel
    // The matrix triggers what it means to.
    expect(outcome('fb-sup')).toMatchObject({ kind: 'reserved', fellBack: true })
    expect(outcome('fb-off')).toMatchObject({ kind: 'reserved', fellBack: true })
    expect(outcome('ign-sup').kind).toBe('ignored')
    expect(outcome('ign-off').kind).toBe('ignored')
    expect(outcome('fail-off').kind).toBe('failed')
    expect(report.findings.filter((f) => !f.suppressed)).toEqual([])
    expect(report.findings.filter((f) => f.suppressed).map((f) => `${f.boardId} ${f.ruleId}`).sort()).toEqual(['fb-sup CK003', 'ign-sup CK004', 'pr-sup PR001'])

    const md = renderSummary(report)
    for (const id of ['fb-sup', 'fb-off', 'ign-sup', 'ign-off', 'pr-sup']) expect(md).toMatch(new RegExp(`\\| 🔕 \\| ${id} \\|`))
    expect(md).toMatch(/\| ✅ \| good \|/)
    expect(md).toMatch(/\| ❌ \| fail-off \|/)
    expect(md).toContain('🔕 beside another outcome: every finding about it is suppressed (see "Suppressed findings").')
    expect(md).toContain('🔕 beside "fell back", "ignored" or "cut off" with no finding: its rule is off for the board.')
    expect(md).not.toContain('🔕 beside a failure')

    const comment = renderComment(report)
    for (const id of ['good', 'fb-sup', 'fb-off', 'ign-sup', 'ign-off', 'pr-sup']) expect(comment).not.toContain(`| ${id} |`)
    expect(comment).toContain('| ❌ | fail-off |')

    const html = renderHtml(report)
    const muted = (id: string, words: string) => {
      const row = rowOf(html, id)
      expect(row).toContain(`<span class="mute" title="${words}">`)
      expect(row).not.toMatch(/class="st s-[a-z-]+ p/)
    }
    muted('fb-sup', 'every finding about it is suppressed')
    muted('ign-sup', 'every finding about it is suppressed')
    muted('pr-sup', 'every finding about it is suppressed')
    muted('fb-off', 'the rule that reports this outcome is off for the board')
    muted('ign-off', 'the rule that reports this outcome is off for the board')
    expect(rowOf(html, 'good')).not.toContain('class="mute"')
    expect(rowOf(html, 'fail-off')).toMatch(/class="st s-failed p/)
    expect(rowOf(html, 'fail-off')).not.toContain('class="mute"')
    expect(/id="f-problems"><span>problems<span class="n">([^<]*)<\/span>/.exec(html)![1]).toBe('1')
    // Glyphs and words only: no emoji on the page (headless Chromium here has no emoji font).
    expect(html).not.toContain('🔕')
  })
})
