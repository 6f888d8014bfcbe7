// SPDX-License-Identifier: GPL-2.0-only
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { check, formatStylish } from '../../src/index.js'
import { renderHtml, renderMemoryMap } from '../../src/report/html/index.js'
import { attr, safeUrl, text } from '../../src/report/html/escape.js'
import { axisLabel, humanSize, memRange } from '../../src/report/html/format.js'
import { layoutStatus } from '../../src/report/html/status.js'
import { finding, layout, outcomesReport, report, sim, SZ_1G, SZ_1M, SZ_4G } from './fixtures.js'

const examples = () => check(readFileSync('examples/boards.json', 'utf8'), 'examples/boards.json', { suggest: false })

/** Every `<tag …>` of a name, e.g. all `<rect …>` elements. */
const tags = (html: string, start: string) => html.match(new RegExp(`<${start.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${/\w$/.test(start) ? '\\b' : ''}[^>]*>`, 'g')) ?? []
const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]
const gridRows = (html: string) => {
  const grid = html.slice(html.indexOf('<table class="grid">'), html.indexOf('</table></div>'))
  return [...grid.matchAll(/<tr class="([^"]*)"><th class="b" scope="row"[^>]*>([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map((m) => ({ cls: m[1]!, head: m[2]!, cells: m[3]! }))
}

describe('escaping', () => {
  it('text/attr/safeUrl', () => {
    expect(text('<b>x</b> & "q" \'s\'')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &quot;q&quot; &#39;s&#39;')
    expect(attr('a\nb"')).toBe('a&#10;b&quot;')
    expect(text('evil\u202Egnp.exe\u0000')).toBe('evil\\u202egnp.exe\\x00')
    // As the other formats show them (visibleText()): names that differ must not look alike.
    expect(text('4G\u200B')).toBe('4G\\u200b')
    expect(text('a\u200Db\u2060c\uFEFF\u200F\u0085')).toBe('a\\u200db\\u2060c\\ufeff\\u200f\\x85')
    expect(text('a\r\nb\u001b')).toBe('a\r\nb\\x1b')
    expect(attr('x\ty\nz')).toBe('x\ty&#10;z')
    expect(safeUrl('https://x.org/a?b#c')).toBe('https://x.org/a?b#c')
    expect(safeUrl('docs/rules/CK001.md')).toBe('docs/rules/CK001.md')
    expect(safeUrl('javascript:alert(1)')).toBeUndefined()
    expect(safeUrl(' JavaScript:alert(1)')).toBeUndefined()
    expect(safeUrl('data:text/html,<script>')).toBeUndefined()
  })

  it('renders Markdown, HTML and script from the matrix inert', () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>**bold** [x](javascript:alert(3)) `code` @team'
    const result = sim({
      crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0x6a000000n, size: 256n * SZ_1M }, fellBack: false, high: false, fixed: false },
      reserved: [{ base: 0x40200000n, size: SZ_1M, flags: 0, owner: `</title></rect><script>alert(4)</script>` }],
      trace: [{ level: 'info', source: 'x', text: '</pre><script>alert(5)</script>' }],
      zoneLines: ['<svg onload=alert(6)>'],
    })
    const r = report(
      [layout(evil, `${evil}/6.12`, result, [{ name: `"></text><script>alert(7)</script>`, dmaLimit: 0xffffffffn, dumpTarget: true }])],
      [
        finding({
          ruleId: 'CK001"><script>alert(8)</script>',
          ruleName: evil,
          message: evil,
          boardId: evil,
          layoutName: `${evil}/6.12`,
          docsUrl: 'javascript:alert(9)',
          evidence: [{ level: 'warn', source: 'x', text: '</pre><script>alert(10)</script>' }],
          suggestion: { description: evil, pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M"><svg onload=alert(11)>' },
          suppressed: { reason: evil },
        }),
        finding({ ruleId: 'SC002', message: evil }),
      ],
    )
    const html = renderHtml(r, { title: evil })
    // Exactly one script element: the page's own, at the end.
    expect(html.match(/<script/gi)).toHaveLength(1)
    expect(html.indexOf('<script>')).toBe(html.lastIndexOf('<script>'))
    expect(html).not.toMatch(/<img/i)
    // No event-handler attribute on any tag, no javascript: link.
    const handlers = (html.match(/<[a-z][^>]*>/gi) ?? []).filter((t) => /\son[a-z]+=/i.test(t.replace(/"[^"]*"/g, '""')))
    expect(handlers).toEqual([])
    expect(html).not.toMatch(/href="\s*javascript:/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;**bold** [x](javascript:alert(3)) `code` @team')
    // The rule id without a safe URL is text, not a link.
    expect(html).toContain('<span class="rule">CK001&quot;&gt;&lt;script&gt;alert(8)&lt;/script&gt;</span>')
  })
})

describe('determinism', () => {
  afterEach(() => vi.useRealTimers())

  it('shows the kernel\'s range notation as an example, not a printf format the reader cannot use', () => {
    const html = renderHtml(examples())
    expect(html).not.toMatch(/%0?16ll?x/)
    expect(html).toContain('<code>[mem 0x0000000040000000-0x000000007fffffff]</code>')
  })

  it('the same report gives byte-identical pages, whatever the clock', () => {
    const r = examples()
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2001-01-01T00:00:00Z'))
    const a = renderHtml(r)
    vi.setSystemTime(new Date('2099-12-31T23:59:59Z'))
    const b = renderHtml(structuredClone(r))
    expect(b).toBe(a)
    expect(renderHtml(outcomesReport())).toBe(renderHtml(outcomesReport()))
  })

  it('ids come from positions, not names', () => {
    const html = renderHtml(outcomesReport())
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^(ck-hatch|ck-hang|ck-msgbg|after-grid|f-[a-z-]+|[LN]\d+(-map)?)$/)
  })
})

describe('page', () => {
  it("names the checked file in the tab's title, the first of several with a count, and keeps a title given", () => {
    const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)![1]
    const one = examples()
    expect(titleOf(renderHtml(one))).toBe('crashkernel-check report: examples/boards.json')
    expect(renderHtml(one)).toContain('<h1>crashkernel-check report</h1>')
    expect(titleOf(renderHtml({ ...one, files: ['a.json', 'b.json'] }))).toBe('crashkernel-check report: a.json and 1 more file')
    expect(titleOf(renderHtml({ ...one, files: ['a.json', 'b.json', 'c&d.json'] }))).toBe('crashkernel-check report: a.json and 2 more files')
    expect(titleOf(renderHtml({ ...one, files: [] }))).toBe('crashkernel-check report')
    expect(titleOf(renderHtml(one, { title: 'Nightly <fleet>' }))).toBe('Nightly &lt;fleet&gt;')
  })

  it('is self-contained: nothing fetched, script pinned by CSP hash', () => {
    const html = renderHtml(examples())
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(html).not.toMatch(/\ssrc=/i)
    expect(html).not.toMatch(/@import|url\((?!#)/i)
    expect(html).not.toMatch(/<link\b/i)
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!
    const hash = createHash('sha256').update(script).digest('base64')
    expect(html).toContain(`script-src 'sha256-${hash}'`)
    expect(html).toContain("default-src 'none'")
    expect(html).toContain('@media screen and (prefers-color-scheme:dark)')
  })

  it("says in the header, before the totals, that a kernel override replaced each board's kernels; nothing without one", () => {
    const text = readFileSync('examples/boards.json', 'utf8')
    const html = renderHtml(check(text, 'examples/boards.json', { kernels: ['6.12', '7.2'], suggest: false }))
    const header = html.slice(html.indexOf('<header>'), html.indexOf('</header>'))
    expect(header).toContain('<p class="override" role="note">Kernels checked: <code>6.12</code>, <code>7.2</code>, instead of each board\'s <code>kernels</code>.</p>')
    // The grid's columns are the override's kernels.
    expect([...html.matchAll(/<th class="k" scope="col">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual(['6.12.117', '7.2.13'])
    expect(renderHtml(examples())).not.toContain('class="override"')
    // A kernel read back from a results file is text, never markup.
    const hostile = renderHtml({ ...report([]), kernelOverride: ['<script>alert(1)</script>'] })
    expect(hostile).toContain('<code>&lt;script&gt;alert(1)&lt;/script&gt;</code>')
  })

  it('grid: one row per board and RAM variant, kernels in version order, one status per cell', () => {
    const html = renderHtml(examples())
    const heads = tags(html.slice(html.indexOf('<table class="grid">')), 'th class="k"').length
    expect(heads).toBe(4)
    const kernels = [...html.matchAll(/<th class="k" scope="col">([^<]*)<\/th>/g)].map((m) => m[1])
    expect(kernels).toEqual(['5.10.223', '6.1.192', '6.12.117', '7.2.13'])
    const rows = gridRows(html)
    expect(rows.map((r) => r.head.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' '))).toEqual([
      'rpi4 1G', 'rpi4 2G', 'rpi4 4G', 'rpi4 8G', 'ampere-altra',
      'qemu-virt-arm64 1G', 'qemu-virt-arm64 2G', 'qemu-virt-arm64 4G', 'qemu-virt-arm64 8G', 'qemu-virt-arm64 16G',
      'x86-server', 'visionfive2 4G', 'visionfive2 8G',
    ])
    // ampere-altra has no 5.10: an empty cell first.
    expect(rows[4]!.cells.startsWith('<td></td>')).toBe(true)
    // The one with a finding is an error (its `expect`) on a reserved layout: drawn neutral (fe).
    const links = [...html.matchAll(/<a class="st s-([a-z-]+)( p hf fe)?" href="#(L\d+)"/g)]
    expect(links).toHaveLength(47)
    expect(links.every((m) => m[1] === 'reserved')).toBe(true)
    // The one with a finding (ampere-altra, 6.1) has its section's classes, for the filter.
    expect(links.filter((m) => m[2]).map((m) => m[3])).toEqual([/<details class="layout r-reserved p hf" id="(L\d+)"/.exec(html)![1]])
  })

  it("calls a fallback a problem only where CK003 is about it: a plain request above the low limit, not a ,high placed below it", () => {
    const main = { kind: 'main' as const, base: 0x6a000000n, size: 256n * SZ_1M }
    const above = { kind: 'main' as const, base: 0x13f000000n, size: 512n * SZ_1M }
    expect(layoutStatus(sim({ crashkernel: { kind: 'reserved', main: above, fellBack: true, high: false, fixed: false } }))).toBe('fell-back')
    // crashkernel=256M,high with nothing free above 4 GiB: the kernel's second try, below it.
    expect(layoutStatus(sim({ crashkernel: { kind: 'reserved', main, fellBack: true, high: true, fixed: false } }))).toBe('reserved')
  })

  it('grid shows every outcome with its word, findings badges and problem classes', () => {
    const html = renderHtml(outcomesReport())
    const rows = gridRows(html)
    expect(rows.map((r) => r.head.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' '))).toEqual(['vm 1G', 'vm 5G', 'box'])
    const cellText = (r: (typeof rows)[number]) => [...r.cells.matchAll(/class="st s-([a-z-]+)[^"]*"[^>]*>([^<]*)/g)].map((m) => `${m[1]}:${m[2]!.trim()}`)
    expect(cellText(rows[0]!)).toEqual(['reserved:\u2713 reserved', 'failed:\u2717 failed'])
    expect(cellText(rows[1]!)).toEqual(['fell-back:\u21B7 fell back', 'hang:\u221E hang'])
    expect(cellText(rows[2]!)).toEqual(['not-simulated:? not simulated', 'ignored:\u2205 ignored', 'not-requested:\u2013 not requested'])
    expect(rows[0]!.cls.split(' ')).toEqual(expect.arrayContaining(['r-reserved', 'r-failed', 'p', 'hf']))
    // A cell has its section's classes, so the filter hides the two together (style.ts).
    const cellClasses = [...html.matchAll(/<a class="(st [^"]*)" href="#([LN]\d+)"/g)].map((m) => [m[2]!, m[1]!] as const)
    const sectionClasses = [...html.matchAll(/<details class="layout ([^"]*)" id="([LN]\d+)"/g)].map((m) => [m[2]!, m[1]!.replace('r-', 'st s-')] as const)
    expect(cellClasses).toHaveLength(7)
    expect(new Map(cellClasses)).toEqual(new Map(sectionClasses))
    expect(new Map(cellClasses)).toEqual(new Map([['L0', 'st s-reserved'], ['L1', 'st s-failed p hf'], ['L2', 'st s-fell-back p hf'], ['L3', 'st s-hang p'], ['L4', 'st s-ignored'], ['L5', 'st s-not-requested'], ['N0', 'st s-not-simulated p hf']]))
    expect(rows[0]!.cells).toContain('<span class="fc error" title="1 error">1<span class="vh"> error</span></span>')
    expect(rows[1]!.cells).toContain('<span class="fc warning" title="1 warning">1<span class="vh"> warning</span></span>')
    // Filter: counts per status.
    expect(html).toMatch(/id="f-all" checked><span>all<span class="n">7<\/span>/)
    // An ignored crashkernel= with no CK004 finding: its rule is off for the board (layoutMute()).
    expect(html).toMatch(/id="f-problems"><span>problems<span class="n">4<\/span>/)
    expect(html).toContain('Findings outside a layout')
    expect(html).toContain('unknown property &quot;confg&quot;')
  })

  it('draws a reserved outcome with an error finding neutral, not green: the kernel reserved, the check did not pass', () => {
    const base = outcomesReport()
    const l0 = base.layouts[0]!
    const error = finding({ ruleId: 'CK002', ruleName: 'low-above-dma-reach', message: 'mmc0 cannot reach the crash kernel', boardId: l0.boardId, layoutName: l0.layoutName, kernel: l0.kernel })
    const warning = finding({ ...error, ruleId: 'LM001', severity: 'warning', message: 'base pages' })
    const classesOf = (r: ReturnType<typeof report>) => {
      const html = renderHtml(r)
      return [
        /<a class="([^"]*)" href="#L0"/.exec(html)?.[1],
        /<details class="layout [^"]*" id="L0"><summary><span class="([^"]*)"/.exec(html)?.[1],
      ]
    }
    // The grid cell and the section's chip alike; a warning leaves it green, as a failed outcome stays red.
    expect(classesOf(report(base.layouts, [error]))).toEqual(['st s-reserved p hf fe', 'st s-reserved fe'])
    expect(classesOf(report(base.layouts, [warning]))).toEqual(['st s-reserved p hf', 'st s-reserved'])
    expect(classesOf(report(base.layouts, [{ ...error, layoutName: '1G/7.2' }]))).toEqual(['st s-reserved', 'st s-reserved'])
    expect(renderHtml(report(base.layouts, [error]))).toContain('.s-reserved.fe:is(.st,.chip){background:var(--nr-bg);color:var(--nr)}')
  })

  it('cuts a long board id in the grid, never the RAM variant that tells its rows apart', () => {
    const id = `board-${'x'.repeat(80)}`
    const html = renderHtml(check(JSON.stringify({ version: 1, boards: [{ id, extends: 'raspberrypi-4', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] }), 'm.json', { suggest: false }))
    const heads = gridRows(html).map((r) => r.head)
    expect(heads).toHaveLength(4)
    for (const [i, v] of ['1G', '2G', '4G', '8G'].entries()) expect(heads[i]).toBe(`<span class="bi"><span class="id">${id}</span><span class="v">${v}</span></span>`)
    // The id ellipsizes; the variant keeps its width up to 60% of the label (a longer one
    // is cut too: test/html/chromium.test.ts); on a phone the column takes at most about half the width.
    expect(html).toContain('.grid th.b .id{overflow:hidden;text-overflow:ellipsis;min-width:0}')
    expect(html).toContain('.grid th.b .v{flex:none;max-width:60%;overflow:hidden;text-overflow:ellipsis}')
    expect(html).toMatch(/@media \(max-width:40rem\)\{\.grid th\.b,\.grid th\.b \.bi\{max-width:45vw\}\}/)
  })

  it('names the board of a finding outside a layout, which nothing else on the page does', () => {
    const matrixOf = (board: object) => JSON.stringify({ version: 1, boards: [board] }, null, 2)
    // (A board the schema refuses has a grid row and section of its own, which name it.)
    const html = renderHtml(check(matrixOf({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['7.2', '7.2.13'], cmdline: 'crashkernel=256M' }), 'm.json', { suggest: false }))
    const loose = html.slice(html.indexOf('<h2>Findings outside a layout</h2>'), html.indexOf('<h2>Layouts</h2>'))
    expect(loose).toMatch(/<p class="loc mono">m\.json:\d+:\d+ \u00B7 board vm<\/p>/)
    // Inside a layout's section the section names the board, for every finding of it.
    const two = check(matrixOf({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=128M crashkernel=256M crashkernel=512M,high' }), 'm.json', { suggest: false })
    expect(two.findings.filter((f) => f.layoutName === '2G/6.12').length).toBeGreaterThan(1)
    const page = renderHtml(two)
    expect(page.slice(page.indexOf('<details class="layout')).match(/\u00B7 board /g)).toBeNull()
  })

  it('lists a finding outside a layout that several boards share (a value in "defaults") once, naming the boards', () => {
    const vm = { extends: 'qemu-virt-arm64', ramSize: '2G', cmdline: 'crashkernel=256M' }
    const r = check(JSON.stringify({ version: 1, defaults: { kernels: ['7.2', '7.2.13'] }, boards: [{ id: 'b', ...vm }, { id: 'c', ...vm }] }, null, 2), 'm.json', { suggest: false })
    expect(r.findings.filter((f) => f.messageId === 'duplicateKernel').map((f) => f.boardId)).toEqual(['b', 'c'])
    const html = renderHtml(r)
    const loose = html.slice(html.indexOf('<h2>Findings outside a layout</h2>'))
    expect(loose.match(/is listed already/g)).toHaveLength(1)
    expect(loose).toMatch(/<p class="loc mono">m\.json:\d+:\d+ \u00B7 board b; c<\/p>/)
  })

  it('shows a layout an SC003 error kept from the engine as "not simulated" in its kernel\'s column, among the problems', () => {
    // The DTB lies clear of 6.12's image and inside 7.2's, which is larger: only 7.2's layout is refused.
    const matrixOf = (board: object) => JSON.stringify({ version: 1, boards: [board] }, null, 2)
    const cellText = (r: { cells: string }) => [...r.cells.matchAll(/class="st s-([a-z-]+)[^"]*"[^>]*>([^<]*)/g)].map((m) => `${m[1]}:${m[2]!.trim()}`)
    const r = check(matrixOf({ id: 'evk', arch: 'arm64', kernels: ['6.12', '7.2'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' }, dtb: { base: '0x42800000', size: '0x10000' }, cmdline: 'crashkernel=256M' }), 'm.json', { suggest: false })
    expect(r.layouts.map((l) => l.layoutName)).toEqual(['6.12'])
    expect(r.findings.map((f) => [f.ruleId, f.layoutName, f.kernel])).toEqual([['SC003', '7.2', '7.2.13']])
    const page = renderHtml(r)
    const [row] = gridRows(page)
    expect(row!.cls.split(' ')).toEqual(expect.arrayContaining(['p', 'hf', 'r-not-simulated']))
    expect(cellText(row!)).toEqual(['reserved:\u2713 reserved', 'not-simulated:? not simulated'])
    expect(row!.cells).toContain('<span class="fc error" title="1 error">1<span class="vh"> error</span></span>')
    expect(page).toMatch(/id="f-problems"[^>]*><span>problems<span class="n">1<\/span>/)
  })

  it('counts boards as the terminal does: those simulated, and apart those a schema error kept out', () => {
    const matrix = JSON.stringify({ version: 1, boards: [
      { id: 'ok', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' },
      { id: 'also-ok', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', '7.2'], cmdline: 'crashkernel=256M' },
      { id: 'typo', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M', confg: 1 },
      { id: 'bad-size', extends: 'qemu-virt-arm64', ramSize: '2GB', kernels: ['6.12'] },
    ] }, null, 2)
    const r = check(matrix, 'm.json', { suggest: false })
    expect(formatStylish(r)).toContain('3 layouts of 2 boards simulated in 1 file')
    const totals = /<div class="totals">([\s\S]*?)<\/div><\/section>/.exec(renderHtml(r))![1]!.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' ')
    expect(totals).toBe('2 boards 2 boards not simulated 3 layouts 2 kernels 2 errors 0 warnings 0 notes 0 suppressed')
    // Nothing kept out: no such total.
    expect(renderHtml(examples())).not.toContain('not simulated</span></div>')
  })

  it('names each layout in the tooltip of a cell that holds several (kernel entries of one release)', () => {
    const matrix = JSON.stringify({ version: 1, boards: [
      { id: 'two', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12', { release: '6.12.117', cmdline: 'crashkernel=128M' }], cmdline: 'crashkernel=256M' },
      { id: 'one', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' },
    ] }, null, 2)
    const r = check(matrix, 'm.json', { suggest: false })
    expect(r.layouts.map((l) => [l.boardId, l.layoutName, l.kernel])).toEqual([['two', '2G/6.12', '6.12.117'], ['two', '2G/6.12.117', '6.12.117'], ['one', '2G/6.12', '6.12.117']])
    const [two, one] = gridRows(renderHtml(r))
    const titles = (cells: string) => tags(cells, 'a class="st').map((t) => attrOf(t, 'title'))
    expect(titles(two!.cells)).toEqual([expect.stringMatching(/^2G\/6\.12&#10;256 MiB at 0x/), expect.stringMatching(/^2G\/6\.12\.117&#10;128 MiB at 0x/)])
    // A cell of one layout: its row and column name it.
    expect(titles(one!.cells)).toEqual([expect.stringMatching(/^256 MiB at 0x[0-9a-f]{16}$/)])
  })

  it('heads a suppressed finding as suppressed, not as a bare error, and counts it for nothing', () => {
    const matrix = JSON.stringify({ version: 1, boards: [
      { id: 's', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=4G', suppress: [{ rule: 'CK004', reason: 'lab board' }] },
    ] }, null, 2)
    const r = check(matrix, 'm.json', { suggest: false })
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.suppressed?.reason])).toEqual([['CK004', 'error', 'lab board']])
    const page = renderHtml(r)
    expect(page).toContain('<li class="sev-error suppressed"><span class="sev">error, suppressed</span>')
    expect(page).not.toContain('<span class="sev">error</span>')
    // No count on its grid cell.
    expect(gridRows(page)[0]!.cells).not.toContain('class="fc')
  })

  it('counts a board whose every layout an SC003 error kept from the engine as not simulated, as the terminal does', () => {
    // misaligned's image breaks every layout (its cells say "not simulated"); the terminal counts 1 board simulated.
    const matrix = JSON.stringify({ version: 1, boards: [
      { id: 'ok', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' },
      { id: 'misaligned', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1', '6.12'], image: { base: '0x40100000' } },
    ] }, null, 2)
    const r = check(matrix, 'm.json', { suggest: false })
    expect(formatStylish(r)).toContain('1 layout of 1 board simulated in 1 file')
    const page = renderHtml(r)
    expect(gridRows(page)).toHaveLength(2)
    const totals = /<div class="totals">([\s\S]*?)<\/div><\/section>/.exec(page)![1]!.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' ')
    // Was a bug: "3 layouts 2 kernels" beside "1 boards", counting the two cells SC003 kept from
    // the engine, where the terminal and the Markdown totals count the one layout simulated.
    expect(totals).toBe('1 boards 1 board not simulated 1 layouts 1 kernels 2 errors 0 warnings 0 notes 0 suppressed')
    expect(page).not.toContain('No layouts were simulated.')
    // With no layout simulated: said so, and no note on how the (absent) maps are drawn.
    const none = renderHtml(check(JSON.stringify({ version: 1, boards: [{ id: 'misaligned', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1', '6.12'], image: { base: '0x40100000' } }] }), 'm.json'))
    expect(/<div class="totals">([\s\S]*?)<\/div><\/section>/.exec(none)![1]!.replace(/<[^>]+>/g, ' ').trim().replace(/\s+/g, ' ')).toBe('0 boards 1 board not simulated 0 layouts 0 kernels 2 errors 0 warnings 0 notes 0 suppressed')
    expect(none).toContain('<p class="empty">No layouts were simulated.</p>')
    expect(none).not.toContain('Each map is drawn to scale')
    expect(gridRows(none)).toHaveLength(1)
  })

  // A matrix with a syntax error (or no boards) simulates nothing: the page had a "Show" filter
  // of zeros over the "No layouts were simulated." line and an empty "Layouts" section with
  // only the note on how maps are drawn.
  it('has no layout filter and no Layouts section when nothing was simulated', () => {
    for (const text of ['{ "version": 1, "boards": [ { "id": "a" } { "id": "b" } ] }', '{ "version": 1, "boards": [] }']) {
      const html = renderHtml(check(text, 'm.json'))
      expect(html).toContain('<p class="empty">No layouts were simulated.</p>')
      expect(html).not.toContain('<fieldset class="filter">')
      expect(html).not.toContain('Each map is drawn to scale')
    }
    expect(renderHtml(check('{ "version": 1, "boards": [] }', 'm.json'))).not.toContain('<h2>Layouts</h2>')
    // Was a bug: with every file bad the grid was gone, and with it the rows of the boards and
    // files not simulated that it lists beside simulated layouts (and the Markdown table lists always).
    const bad = renderHtml(check('{ "version": 1, "boards": [ { "id": "a" } { "id": "b" } ] }', 'm.json'))
    expect(bad).toContain('<th class="k" scope="col">no kernel simulated</th>')
    expect(bad).toMatch(/<td colspan="1"><a class="st s-not-simulated p hf" href="#U0"[^>]*>\? not read: JSON syntax error/)
    expect(bad).toContain('<details class="layout')
    expect(renderHtml(examples())).toContain('<h2>Layouts</h2>')
    expect(renderHtml(examples())).toContain('<fieldset class="filter">')
  })

  // The totals read "1 board not simulated" of a file of three that a syntax error kept from
  // being read: the one board a duplicate key's finding names.
  it('counts a file a syntax error kept from being read as a file, not as the boards its findings name', () => {
    const text = readFileSync('test/fixtures/syntax.matrix.json', 'utf8')
    const totals = (html: string) => /<div class="totals">(.*?)<\/div><\/section>/.exec(html)![1]!.replace(/<[^>]+>/g, ' ').replace(/ +/g, ' ').trim()
    expect(totals(renderHtml(check(text, 'syntax.json')))).toBe('0 boards 1 file not read (syntax error) 0 layouts 0 kernels 3 errors 0 warnings 0 notes 0 suppressed')
    // A duplicate key alone leaves the file read: its board is simulated, no file is counted.
    const dup = '{ "version": 1, "boards": [{ "id": "a", "id": "a", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }] }'
    expect(totals(renderHtml(check(dup, 'dup.json')))).toMatch(/^1 boards 1 layouts 1 kernels /)
  })

  it('findings sit beside the map with a docs link, suggestion and evidence', () => {
    const html = renderHtml(outcomesReport())
    const section = /<details class="layout[^"]*" id="L1">[\s\S]*?(?=\n<details class="layout|<\/section>)/.exec(html)![0]
    expect(section).toContain('<div class="main"><div class="mmwrap"><svg class="mm"')
    expect(section).toContain('<a class="rule" href="https://example.org/docs/rules/CK001.md">CK001</a>')
    expect(section).toContain('Suggestion: Ask for 512M <code>/boards/0/cmdline</code> \u2192 <code>crashkernel=512M</code>')
    expect(section).toContain('<pre class="ev">cannot allocate crashkernel (size:0x80000000)</pre>')
  })

  it("names the layout in each section's Findings heading, for a screen reader's list of headings", () => {
    const headings = (html: string) => [...html.matchAll(/<details class="layout[^"]*" id="([LN]\d+)">[\s\S]*?<h3>([\s\S]*?)<\/h3>/g)].map((m) => [m[1], m[2]])
    const expected = [['L0', 'vm 1G/6.12'], ['L1', 'vm 1G/7.2'], ['L2', 'vm 5G/6.12'], ['L3', 'vm 5G/7.2'], ['L4', 'box 6.12'], ['L5', 'box 7.2'], ['N0', 'box 5.10']]
    // On screen "Findings" (the summary above names the layout); the rest is for the ear.
    expect(headings(renderHtml(outcomesReport()))).toEqual(expected.map(([id, name]) => [id, `Findings<span class="vh"> for ${name}</span>`]))
    // A short section beyond the cap too.
    expect(headings(renderHtml(outcomesReport(), { maxDetails: 1 }))).toEqual([['L1', 'Findings<span class="vh"> for vm 1G/7.2</span>'], ['L2', 'Findings<span class="vh"> for vm 5G/6.12</span>'], ['N0', 'Findings<span class="vh"> for box 5.10</span>']])
    // Names from the matrix are text.
    const evil = renderHtml(report([layout('<b>x</b>', '1G/6.12', sim({ crashkernel: { kind: 'not-requested' } }))]))
    expect(evil).toContain('<h3>Findings<span class="vh"> for &lt;b&gt;x&lt;/b&gt; 1G/6.12</span></h3>')
    // The headings inside "Regions, zone ranges and kernel messages" too: every heading of the
    // page is different.
    const h4 = [...renderHtml(outcomesReport()).matchAll(/<h4>([\s\S]*?)<\/h4>/g)].map((m) => m[1])
    expect(h4).toContain('Zone ranges<span class="vh"> for vm 1G/6.12</span>')
    expect(h4.some((h) => h.startsWith('Kernel messages<span class="vh"> for '))).toBe(true)
    expect(new Set(h4).size).toBe(h4.length)
  })

  it("states each layout's command line among its facts", () => {
    const r = check(JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M quiet "a<b"' }] }), 'm.json', { suggest: false })
    expect(renderHtml(r)).toContain('<dl class="facts"><dt>command line</dt><dd><code>crashkernel=256M quiet &quot;a&lt;b&quot;</code></dd>')
  })

  it('states no RAM, zones or CRASH_ADDR_LOW_MAX for a boot that stops in parse_early_param()', () => {
    const stop = check(JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M swiotlb' }] }), 'm.json', { suggest: false })
    const facts = /<dl class="facts">.*?<\/dl>/s.exec(renderHtml(stop))![0]
    expect(facts).toContain('<dt>memory, zones</dt><dd>not set up: the boot stops in parse_early_param() first</dd>')
    expect(facts).not.toContain('system RAM')
    expect(facts).not.toContain('CRASH_ADDR_LOW_MAX')
  })

  it("states riscv64's paging mode among its facts, and no such fact elsewhere", () => {
    const r = check(JSON.stringify({ version: 1, boards: [{ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', vaBits: 48, cpu: { satpMode: 57 }, kernels: ['7.2'], cmdline: 'crashkernel=256M' }] }), 'm.json', { suggest: false })
    expect(renderHtml(r)).toContain("<dt>paging mode</dt><dd>sv48, limited by the DT&#39;s cpu mmu-type</dd>")
    expect(renderHtml(examples())).toContain('<dt>paging mode</dt><dd>sv39, the deepest mode the CPU takes</dd>')
    const arm = check(JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=256M' }] }), 'm.json', { suggest: false })
    expect(renderHtml(arm)).not.toContain('paging mode')
  })

  it("states a layout's crashkernel=,cma areas among its facts, and a short one's finding", () => {
    const r = check(JSON.stringify({ version: 1, boards: [{ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'crashkernel=256M crashkernel=7G,cma' }] }), 'm.json', { suggest: false })
    const html = renderHtml(r)
    expect(html).toContain('<dt>crashkernel ,cma</dt><dd>only 6720 MiB of 7 GiB reserved, in 4 CMA areas: 3.5 GiB at 0x1_0000_0000 – 0x1_dfff_ffff, ')
    expect(html).toContain('>CK008</a>')
    // A layout without ,cma has no such fact.
    expect(renderHtml(examples())).not.toContain('crashkernel ,cma')
  })

  it('caps sections and maps for huge reports, problems first, and says so', () => {
    const r = outcomesReport()
    const html = renderHtml(r, { maxDetails: 4, maxMaps: 2 })
    const sections = [...html.matchAll(/<details class="layout[^"]*" id="([LN]\d+)"/g)].map((m) => m[1])
    // Findings by severity first: error (L1), warning (L2), note (N0), then problems (hang L3), in page order.
    expect(sections).toEqual(['L1', 'L2', 'L3', 'N0'])
    expect(tags(html, 'svg class="mm"')).toHaveLength(2)
    expect(html).toContain('3 layouts have no section here: the page keeps 4, those with findings and problem outcomes first')
    expect(html).toContain('1 section has no memory map (the page draws 2)')
    expect(/id="L3">[\s\S]*?<p class="nomap-note">Memory map not drawn/.test(html)).toBe(true)
    // A layout without a section keeps its cell, as text with a tooltip.
    expect(html).toMatch(/<span class="st s-reserved" title="256 MiB at 0x000000006a000000">/)
  })

  it('keeps every finding on the page beyond the section cap: a short section with the findings, which the cell links to', () => {
    const r = outcomesReport()
    const html = renderHtml(r, { maxDetails: 1, maxMaps: 1 })
    // L1 (the error) in full; L2 (a warning) and N0 (a note) beyond the cap, with their findings alone.
    const sections = [...html.matchAll(/<details class="layout[^"]*" id="([LN]\d+)"/g)].map((m) => m[1])
    expect(sections).toEqual(['L1', 'L2', 'N0'])
    for (const f of r.findings.filter((x) => x.layoutName !== undefined)) expect(html).toContain(`<p class="msg">${f.message}</p>`)
    const l2 = /<details class="layout[^"]*" id="L2">[\s\S]*?<\/details>/.exec(html)![0]
    expect(l2).toContain('<p class="loc mono">m.json /boards/0/cmdline</p>')
    expect(l2).toContain('<p class="nomap-note">No map, facts or kernel messages: this report has 7 layouts and the page keeps them for 1')
    expect(l2).not.toContain('<svg')
    expect(l2).not.toContain('<dl class="facts">')
    expect(html).toMatch(/<a class="st s-fell-back p hf" href="#L2" /)
    // Layouts without findings beyond the cap still have no section.
    expect(html).toMatch(/<span class="st s-hang p" title=/)
    expect(html).toContain('4 layouts have no section here: the page keeps 1, those with findings and problem outcomes first')
    expect(html).toContain('2 layouts with findings beyond those 1 have a short section with the findings alone.')
  })
})

describe('memory map', () => {
  const r = outcomesReport()
  const map = (i: number) => renderMemoryMap(r.layouts[i]!, `L${i}`)

  it('draws crash main and low with kernel-style ranges', () => {
    const svg = map(2)
    const main = tags(svg, 'rect class="crash crash-main"')
    const low = tags(svg, 'rect class="crash crash-low"')
    expect(main).toHaveLength(1)
    expect(low).toHaveLength(1)
    expect(svg).toContain('<title>crashkernel (fell back) [mem 0x000000013f000000-0x000000015effffff]\n512 MiB</title>')
    expect(svg).toContain('<title>crashkernel,low [mem 0x0000000070000000-0x0000000077ffffff]\n128 MiB</title>')
    expect(Number(attrOf(main[0]!, 'width'))).toBeGreaterThanOrEqual(40)
  })

  it('draws the 4 GiB line between a low region and a high one', () => {
    const svg = map(2)
    const line = /<g class="vl v4g"><line x1="([\d.]+)"/.exec(svg)
    expect(line).not.toBeNull()
    const x4g = Number(line![1])
    const xOf = (cls: string) => Number(attrOf(tags(svg, `rect class="${cls}"`)[0]!, 'x'))
    const wOf = (cls: string) => Number(attrOf(tags(svg, `rect class="${cls}"`)[0]!, 'width'))
    expect(xOf('crash crash-low') + wOf('crash crash-low')).toBeLessThanOrEqual(x4g)
    expect(xOf('crash crash-main')).toBeGreaterThan(x4g)
    expect(svg).toContain('>4 GiB</text>')
  })

  it('shows devices, dump targets and a dump target that cannot reach the crash kernel', () => {
    expect(map(0)).toContain('<rect class="dev dump" ')
    expect(map(0)).toContain('<rect class="dev" ')
    // mmc0 reaches 0x7fffffff; a main region alone (no low part) above it is out of its reach.
    const above = { kind: 'main' as const, base: 0x80000000n, size: 256n * SZ_1M }
    const alone = layout('vm', '3G/6.12', sim({ crashkernel: { kind: 'reserved', main: above, fellBack: false, high: false, fixed: false } }), [{ name: 'mmc0', dmaLimit: 0x7fffffffn, dumpTarget: true }])
    expect(renderMemoryMap(alone, 'La')).toContain('<rect class="dev dump miss-reach" ')
    expect(renderMemoryMap(alone, 'La')).toContain('dump target: cannot reach crashkernel</text>')
  })

  it('draws what memblock merged with a crash region around it, and the crash kernel\'s ,cma areas', () => {
    // A DT CMA pool placed right above the crash kernel: memblock.reserved holds one region
    // owned by both (i.MX8M Plus EVK, crashkernel=512M below a 640 MiB linux,cma).
    const main = { kind: 'main' as const, base: 0xb8000000n, size: 512n * SZ_1M }
    const merged = { base: main.base, size: main.size + 640n * SZ_1M, flags: 0, owner: 'crashkernel', alsoOwners: ['linux,cma'] }
    const ckCma = { base: 0x50000000n, size: 64n * SZ_1M, flags: 0, owner: 'crashkernel cma' }
    const l = layout('imx', '6.12', sim({ memory: [{ base: 0x40000000n, size: 3n * SZ_1G, flags: 0 }], crashkernel: { kind: 'reserved', main, fellBack: false, high: false, fixed: false }, reserved: [merged, ckCma] }))
    const res = tags(renderMemoryMap(l, 'Lm'), 'rect class="res ')
    expect(res).toHaveLength(2)
    const svg = renderMemoryMap(l, 'Lm')
    expect(svg).toContain('<title>linux,cma (CMA) [mem 0x00000000d8000000-0x00000000ffffffff]\n640 MiB</title>')
    expect(svg).toContain('<title>crashkernel cma (CMA) [mem 0x0000000050000000-0x0000000053ffffff]\n64 MiB</title>')
    expect(renderHtml(report([l], []))).toContain('<i class="sw c-cma"></i>')
  })

  it('judges a dump target by the low region when there is one, as CK002 and the summary do', () => {
    // nvme0 reaches 4 GiB: the main region sits above it, the low one (its DMA buffers) below.
    const svg = map(2)
    expect(svg).toContain('<rect class="dev dump" ')
    expect(svg).not.toContain('miss-reach')
    expect(svg).not.toContain('cannot reach')
    expect(svg).toContain('reaches crashkernel,low only</text>')
    // A device that reaches neither: the low region is what it misses.
    const r = outcomesReport().layouts[2]!
    const narrow = renderMemoryMap({ ...r, devices: [{ name: 'mmc0', dmaLimit: 0x3fffffffn, dumpTarget: true }] }, 'Ln')
    expect(narrow).toContain('<rect class="dev dump miss-reach" ')
    expect(narrow).toContain('cannot reach crashkernel,low</text>')
  })

  it('draws what a failed reservation searched and where a hang retries', () => {
    const failed = map(1)
    expect(tags(failed, 'rect class="search"')).toHaveLength(1)
    expect(failed).toContain('<path class="miss"')
    expect(failed).toContain('\u2717 2 GiB not reserved (no room)')
    expect(map(3)).toContain('\u221E boot hangs retrying 512 MiB')
    expect(map(4)).toContain('crashkernel= ignored (suffix unknown)')
    expect(map(5)).toContain('no crashkernel= on the command line')
  })

  it('tells a failed low part\'s window from the main region\'s, which fit and was freed', () => {
    // x86_64 6.12 on 8 GiB: 1 GiB ,high fits in [4 GiB, 64 TiB); 3 GiB ,low does not fit below
    // 4 GiB (2 GiB of RAM there), so reserve_crashkernel_generic() frees both.
    const low = check(JSON.stringify({ version: 1, boards: [{ id: 'x', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=1G,high crashkernel=3G,low' }] }), 'm.json', { suggest: false }).layouts[0]!
    expect(low.result.crashkernel).toMatchObject({ kind: 'failed', reason: 'low-failed' })
    const svg = renderMemoryMap(low, 'Lf')
    expect(svg).toContain('searched [mem 0x0000000100000000-0x00003fffffffffff] for 1 GiB: found, then freed with the low part')
    expect(svg).toContain('searched [mem 0x0000000000000000-0x00000000ffffffff] for the low part: no fit')
  })

  it('says an empty window (the endless retry of [4G, 4G)) is empty, never a one-byte [mem a-a] range', () => {
    const page = renderHtml(r)
    expect(page).toContain('boot hangs: retries 512 MiB in the empty window at 0x00000000c0000000')
    expect(map(3)).toContain('retries the empty window at 0x00000000c0000000 for 512 MiB forever (boot hangs)')
    expect(map(1)).toContain('searched the empty window at 0x0000000100000000 for 2 GiB: no fit')
    // The searched window that is not empty keeps the kernel's notation.
    expect(map(1)).toContain('searched [mem 0x0000000040000000-0x000000007fffffff] for 2 GiB: no fit')
    expect(page + map(1) + map(3)).not.toMatch(/\[mem (0x[0-9a-f]{16})-\1\]/)
    // The board of docs/rules/CK005.md, simulated: the fallback retries [0x100000000, 0x100000000).
    const rv = check(JSON.stringify({ version: 1, boards: [{ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'crashkernel=1800M' }] }), 'm.json', { suggest: false })
    expect(rv.layouts[0]!.result.crashkernel).toMatchObject({ kind: 'hang', cause: 'endless-retry', window: { base: SZ_4G, size: 0n } })
    const rvPage = renderHtml(rv)
    expect(rvPage).toContain('boot hangs: retries 1800 MiB in the empty window at 0x0000000100000000')
    expect(rvPage).not.toContain('[mem 0x0000000100000000-0x0000000100000000]')
  })

  it("writes what happened to crashkernel= over the break marks and the 4 GiB line, on a box of the page's background", () => {
    // ampere-altra asking for more than its RAM: the message crosses the breaks at 4 GiB.
    const ampere = check(readFileSync('examples/boards.json', 'utf8').replace('crashkernel=1G rodata=on', 'crashkernel=64G rodata=on'), 'm.json', { suggest: false }).layouts.find((l) => l.boardId === 'ampere-altra' && l.kernel.startsWith('6.12'))!
    expect(ampere.result.crashkernel.kind).toBe('ignored')
    const svg = renderMemoryMap(ampere, 'A')
    const message = tags(svg, 'text class="ckmsg')
    expect(message).toEqual(['<text class="ckmsg" x="132" y="110">'])
    // Drawn after (over) every break mark and limit line it may cross.
    const at = svg.indexOf(message[0]!)
    expect(svg.lastIndexOf('<g class="brk">')).toBeLessThan(at)
    expect(svg.lastIndexOf('<g class="vl ')).toBeLessThan(at)
    // On the page's box filter, flooded with the background colour.
    const page = renderHtml(report([ampere]))
    expect(page).toContain('<filter id="ck-msgbg" x="-0.02" y="-0.1" width="1.04" height="1.2"><feFlood class="msgbg"/><feComposite in="SourceGraphic"/></filter>')
    expect(page).toContain('svg.mm .ckmsg{fill:var(--muted);font-style:italic;filter:url(#ck-msgbg)}.defs .msgbg{flood-color:var(--bg)}')
  })

  it('breaks long empty stretches (ampere-altra: RAM at 8 TiB) and keeps the crash region readable', () => {
    const ampere = examples().layouts.find((l) => l.boardId === 'ampere-altra')!
    const svg = renderMemoryMap(ampere, 'A')
    expect(tags(svg, 'g class="brk"').length).toBeGreaterThanOrEqual(2)
    expect(svg).toContain('without RAM')
    const main = tags(svg, 'rect class="crash crash-main"')[0]!
    expect(Number(attrOf(main, 'width'))).toBeGreaterThanOrEqual(44)
    // Every reservation is visible.
    for (const r of tags(svg, 'rect class="res ')) expect(Number(attrOf(r, 'width'))).toBeGreaterThanOrEqual(1)
    // x grows with the address along the axis labels.
    const ticks = [...svg.matchAll(/<g class="tick"><line x1="([\d.]+)"[\s\S]*?<title>(0x[0-9a-f]{16})<\/title>/g)].map((m) => [Number(m[1]), BigInt(m[2]!)] as const)
    expect(ticks.length).toBeGreaterThanOrEqual(3)
    for (let i = 1; i < ticks.length; i++) expect(ticks[i]![0] > ticks[i - 1]![0]).toBe(ticks[i]![1] > ticks[i - 1]![1])
  })

  it('marks no-map RAM and labels zones', () => {
    const r2 = report([
      layout('b', '6.12', sim({
        memory: [{ base: 0x40000000n, size: 0x80000n, flags: 4 }, { base: 0x40080000n, size: SZ_1G - 0x80000n, flags: 0 }],
        crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0x6a000000n, size: 256n * SZ_1M }, fellBack: false, high: false, fixed: false },
      })),
    ])
    const svg = renderMemoryMap(r2.layouts[0]!, 'x')
    expect(svg).toContain('<rect class="ram nomap"')
    expect(svg).toContain('RAM, no-map (MEMBLOCK_NOMAP) [mem 0x0000000040000000-0x000000004007ffff]')
    expect(svg).toMatch(/<text class="zl in"[^>]*>DMA<\/text>/)
  })
})

describe('format', () => {
  it('sizes, ranges and axis labels', () => {
    expect(humanSize(256n * SZ_1M)).toBe('256 MiB')
    expect(humanSize(0x1ac8000n)).toBe('~26.78 MiB')
    // As the job summary and explain write sizes: 1800 MiB as the command line says it, and a rounded size marked.
    expect(humanSize(1800n * SZ_1M)).toBe('1800 MiB')
    expect(humanSize(0x1ffb000n)).toBe('~31.98 MiB')
    expect(humanSize(383n)).toBe('383 B')
    expect(humanSize(SZ_4G * 1024n * 8n)).toBe('32 TiB')
    expect(memRange(0x1ee00000n, 0x10000000n)).toBe('[mem 0x000000001ee00000-0x000000002edfffff]')
    expect(axisLabel(0n)).toBe('0')
    expect(axisLabel(SZ_4G)).toBe('4G')
    expect(axisLabel(512n * SZ_1M)).toBe('512M')
    expect(axisLabel(0x88300000n)).toBe('0x88300000')
    expect(axisLabel(8n << 40n)).toBe('8T')
    expect(axisLabel(0x80080000000n)).toBe('0x80080000000')
    expect(axisLabel(3n * SZ_1G)).toBe('3G')
  })
})
