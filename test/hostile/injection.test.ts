// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 6: text meant for another interpreter — control characters and
 * newlines, workflow commands (`::error::`, `%0A`, `::set-output`, `::add-mask::`), and
 * Markdown/HTML/script — in every string field that reaches an output. Workflow commands
 * must stay data on every channel a runner reads; Markdown and HTML must render inert.
 */
import { describe, expect, it } from 'vitest'
import { check, formatters, type Report } from '../../src/index.js'
import { board, expectHostile, expectNoWorkflowCommands, FILE, matrix, runCli } from './harness.js'
import { payloadMatrix } from './payload.js'
import { main, type CliIO } from '../../src/cli/main.js'

/** The payload's Markdown/HTML, which must never reach a rendered document unescaped. */
const ACTIVE_MARKUP = ['<script', '<img', '<!--INJ', '</details><b>INJ', '</td><td>INJ']
/** A link or image whose brackets are not escaped. */
const ACTIVE_LINKS = [/(?<!\\)\[(link|pwn)(?<!\\)\]\(/, /(?<!\\)!(?<!\\)\[(i|px)(?<!\\)\]\(/, /(?<!\\)\]\(javascript:/]

/** Markdown renders `text` inert: no raw tag, link, image or mention from the payload, no broken table row. */
function expectInertMarkdown(markdown: string, label: string): void {
  for (const bad of ACTIVE_MARKUP) expect(markdown.includes(bad), `${label} holds ${bad} unescaped`).toBe(false)
  for (const link of ACTIVE_LINKS) expect(link.test(markdown), `${label} holds a live link ${link}`).toBe(false)
  expect(/(^|[^\u200B\w])@octocat/.test(markdown.replace(/@\u200Boctocat/g, '')), `${label} mentions @octocat`).toBe(false)
  // Every table row has as many unescaped cell separators as its header.
  const lines = markdown.split('\n')
  let columns = -1
  for (const line of lines) {
    if (!line.startsWith('|')) {
      columns = -1
      continue
    }
    const bars = line.replace(/\\\|/g, '').replace(/`[^`]*`/g, (m) => m.replace(/\|/g, '')).split('|').length
    if (columns === -1) columns = bars
    else expect(bars, `${label}: a table row has ${bars - 1} cells instead of ${columns - 1}: ${line.slice(0, 160)}`).toBe(columns)
  }
}

function reportOf(text: string): Report {
  return check(text, FILE)
}

describe('hostile input: injection into the output channels', () => {
  it('control characters and newlines in names: no throw, located findings, well-formed JSON and workflow commands', async () => {
    const report = await expectHostile(payloadMatrix(), [
      { ruleId: 'SC002', messageId: 'badFormat' },
      { ruleId: 'SC003', messageId: 'unknownPreset' },
      { ruleId: 'SC002', messageId: 'unknownProperty' },
      { ruleId: 'SC003', messageId: 'unknownBus' },
      { ruleId: 'SC003', messageId: 'duplicateVariant' },
      { ruleId: 'SC003', messageId: 'reservationOutsideRam' },
      { ruleId: 'SC003', messageId: 'unknownPolicy' },
    ], { skipTextChannel: true })
    expect(report.layouts.some((l) => l.boardId === 'named')).toBe(true)
  })

  it('workflow-command text in every string field never starts a command in --format github', async () => {
    const { stdout } = await runCli(payloadMatrix(), 'github')
    const starts = stdout.split('\n').filter((l) => l !== '')
    expect(starts.every((l) => /^::(error|warning|notice) /.test(l) || /^::notice::\d+ more finding/.test(l))).toBe(true)
    expect(stdout).not.toMatch(/(^|\n)::(add-mask|set-output|error::INJECTED)/)
    expect(stdout).toContain('%0A::error::INJECTED%250A%0D%0A::add-mask::secret')
  })

  // Was a bug: the text formatter printed messages as they are, so a newline in a board's string
  // started a new line, and "::add-mask::secret" on it was a workflow command in a GitHub job.
  // stylish.ts now shows line breaks and control characters as escapes (visibleText()).
  it('workflow-command text never starts a command in --format text', async () => {
    const { stdout } = await runCli(payloadMatrix(), 'text')
    expectNoWorkflowCommands(stdout)
  })

  it('the markdown formatter renders Markdown, HTML and script in names inert', () => {
    const report = reportOf(payloadMatrix())
    expectInertMarkdown(formatters.markdown(report, { overflow: report.findings }), '--format markdown')
  })

  it('the job summary renders names inert', async () => {
    const summary = await import('../../src/report/summary.js')
    const report = reportOf(payloadMatrix())
    expectInertMarkdown(summary.renderSummary(report, { overflow: report.findings, notes: [] }), 'job summary')
  })

  // Was a bug: a layout's name (RAM variant name + kernel) went into `<summary>…</summary>`
  // HTML-escaped but with its newlines kept; a blank line ended the HTML block and what followed
  // was live Markdown. escapeInlineHtml() now flattens line breaks and entity-escapes Markdown.
  it('the pull-request comment renders a variant name with blank lines inert', async () => {
    const summary = await import('../../src/report/summary.js')
    const name = 'v\n\n[pwn](https://evil.invalid/) ![px](https://evil.invalid/p.png)\n\n# heading'
    const report = reportOf(matrix(board({ id: 'v', memory: undefined, ram: [{ name, memory: [{ base: '0x40000000', size: '2G' }] }], cmdline: 'crashkernel=9G' })))
    expectInertMarkdown(summary.renderComment(report, {}), 'pull request comment')
    expect(summary.renderComment(report, {})).not.toMatch(/^# heading/m)
  })

  // Was a bug: GitHub makes an emoji of `:name:` in rendered text (not in code), whatever the
  // escaping: a RAM variant named "lab:rocket:" showed a 🚀 in the job summary and the comment,
  // a board id "x:b:y" an x🅱️y, a results file's location "r.json:100:3" an r.json💯3.
  it('the job summary, the comment and --format markdown show emoji shortcodes in names as written', async () => {
    const summary = await import('../../src/report/summary.js')
    const cmdline = 'crashkernel=9G ip=10.0.0.2::10.0.0.1:255.255.255.0:myboard:eth0:off'
    const report = reportOf(matrix(board({ id: 'x:b:y' }), board({ id: 'v', memory: undefined, ram: [{ name: 'lab:rocket:', memory: [{ base: '0x40000000', size: '2G' }] }], cmdline })))
    expect(report.layouts.some((l) => l.layoutName.includes('lab:rocket:'))).toBe(true)
    const problems = ['results file r.json:100:3: not a results file']
    for (const [label, markdown] of [
      ['job summary', summary.renderSummary(report, { overflow: report.findings, notes: [], problems })],
      ['pull request comment', summary.renderComment(report, { problems })],
      ['--format markdown', formatters.markdown(report, { overflow: report.findings })],
    ] as const) {
      // GitHub leaves code alone: code blocks (the Mermaid map's labels among them) and code spans.
      const text = markdown.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/<code>.*?<\/code>/g, '').replace(/(`+)[^`]*?\1/g, '')
      expect(text, `${label} names the variant`).toContain('lab:')
      for (const shortcode of [':rocket:', ':b:', ':100:']) expect(text.includes(shortcode), `${label} holds ${shortcode} outside code`).toBe(false)
      // In code GitHub makes no emoji: the command line stays as written, copyable.
      expect(markdown, label).toContain(`<code>${cmdline}</code>`)
    }
  })

  // Was a bug: a matrix file's name went into code spans with its line breaks as spaces: the
  // summary and the comment named `boards/a\nb.json` as `boards/a b.json`, another file.
  it('the job summary, the comment and --format markdown show a line break in a file name as \\n, on one table row', async () => {
    const summary = await import('../../src/report/summary.js')
    const file = 'boards/a\nb|%0A:c,d.json'
    const report = check(matrix(board({ cmdline: 'crashkernel=9G' })), file)
    expect(report.findings.some((f) => f.file === file && f.severity === 'error')).toBe(true)
    for (const [label, markdown] of [
      ['job summary', summary.renderSummary(report, { overflow: report.findings, notes: [] })],
      ['pull request comment', summary.renderComment(report, {})],
      ['--format markdown', formatters.markdown(report, { overflow: report.findings })],
    ] as const) {
      expectInertMarkdown(markdown, label)
      expect(markdown, label).toContain('boards/a\\nb')
      expect(markdown.includes('boards/a b'), `${label} names another file`).toBe(false)
    }
  })

  /**
   * A report of two files, `boards/a\nb.json` with board `a` and `boards/c.json` with board `c`
   * (each failing crashkernel=9G), as one check() of both gives it.
   */
  const lineBreakAndOther = (a: string, c: string) => {
    const one = check(matrix(board({ id: a, cmdline: 'crashkernel=9G' })), 'boards/a\nb.json')
    const two = check(matrix(board({ id: c, cmdline: 'crashkernel=9G' })), 'boards/c.json')
    return { ...one, files: [...one.files, ...two.files], layouts: [...one.layouts, ...two.layouts], findings: [...one.findings, ...two.findings] }
  }

  // Was a bug: the comment's collapsed map of a board whose id another file also has names the
  // file in its <summary>, which showed a line break as a space: `boards/a b.json`, another file.
  it("the comment names a board's file in a diagram's summary with its line break as \\n", async () => {
    const summary = await import('../../src/report/summary.js')
    const comment = summary.renderComment(lineBreakAndOther('same', 'same'), {})
    const summaries = comment.split('\n').filter((l) => l.startsWith('<details><summary>'))
    expect(summaries.some((l) => l.includes('boards/c.json')), "the other file's diagram is named").toBe(true)
    // In raw HTML the backslash is an entity: the page shows boards/a\nb.json.
    expect(summaries.some((l) => l.includes('(<code>boards/a&#92;nb.json</code>)')), 'the file is named with \\n').toBe(true)
    expect(comment.includes('boards/a b'), 'the comment names another file').toBe(false)
  })

  it('the HTML report escapes names, descriptions and messages', async () => {
    const html = await import('../../src/report/html/index.js')
    const out = html.formatHtml(reportOf(payloadMatrix()))
    for (const bad of ['<script>alert', '<img src=x', 'href="javascript', '<!--INJ', '</details><b>INJ', '</td><td>INJ']) expect(out.includes(bad), bad).toBe(false)
  })

  // Was a bug: the HTML report kept a line break in a file name, which a browser shows as a
  // space: the page named `boards/a\nb.json` as `boards/a b.json`, another file.
  it('the HTML report shows a line break in a file name as \\n', async () => {
    const html = await import('../../src/report/html/index.js')
    // Two files: the grid names each board's file.
    const out = html.formatHtml(lineBreakAndOther('one', 'two'))
    expect(out.includes('a\nb'), 'a raw line break in the file name').toBe(false)
    // The page's title, its header, the grid's file label and each finding's location.
    expect(out.split('boards/a\\nb.json').length - 1).toBeGreaterThanOrEqual(4)
    expect(out).toContain('<title>crashkernel-check report: boards/a\\nb.json and 1 more file</title>')
    expect(out).toContain('<p class="loc mono">boards/a\\nb.json:')
  })

  // Was a bug: a zone's name went into a memory map's class attribute unescaped. check()
  // names zones itself, but the aggregate job renders the page from the legs' results files,
  // whose simulation results it reads back as written.
  it('the HTML report an aggregate job renders from results files escapes what they hold, zone names included', async () => {
    const html = await import('../../src/report/html/index.js')
    const { formatResults, parseResults } = await import('../../src/fanout/results.js')
    const hostile = 'DMA"><script>alert(1)</script><img src=x onerror=alert(2) x="'
    const report = reportOf(matrix(board({ id: 'z', cmdline: 'crashkernel=256M' })))
    const leg = JSON.parse(formatResults(report)) as { layouts: Array<{ result: { zones: Array<{ name: string }> } }> }
    for (const l of leg.layouts) l.result.zones[0]!.name = hostile
    // The aggregate job refuses a zone the report schema does not know, naming the place …
    expect(() => parseResults(JSON.stringify(leg), 'leg.json')).toThrow(/^leg\.json:1:\d+: not a results file this version of crashkernel-check reads: \/layouts\/0\/result\/zones\/0\/name must be equal to one of the allowed values/)
    // … and the renderer escapes one all the same (a report built in memory by a library caller).
    for (const l of report.layouts) (l.result.zones[0] as { name: string }).name = hostile
    const out = html.formatHtml(report)
    expect(out.match(/<script/g)).toHaveLength(1)
    expect(out.includes('<img'), '<img').toBe(false)
    expect(out).toContain('<rect class="zone z-dma&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2) x=&quot;"')
  })

  it('SARIF stays valid JSON and keeps the text as data', () => {
    const sarif = JSON.parse(formatters.sarif(reportOf(payloadMatrix()))) as { runs: Array<{ results: Array<{ message: { text: string } }> }> }
    expect(sarif.runs[0]!.results.some((r) => r.message.text.includes('::add-mask::secret'))).toBe(true)
  })

  // Two names that differ by a zero-width character looked alike in every report.
  it('zero-width characters in names are shown as escapes in the text output', async () => {
    const { stdout } = await runCli(matrix(board({ id: 'zw\u200bx\ufeff', devices: [{ name: 'd\u200d\u2060', bus: 'x' }] })), 'text')
    expect(stdout).toContain('zw\\u200bx\\ufeff')
    expect(/[\u200b-\u200d\u2060\ufeff]/.test(stdout)).toBe(false)
  })

  // Was a bug: control characters from the matrix (ESC, BEL, BS) were printed raw; in a terminal
  // or a CI log viewer that renders ANSI, "\u001b[2J" clears the screen. stylish.ts now shows them
  // through visibleText() (`\x1b`, `\x07`).
  it('ANSI escapes and bells in names never reach the text output raw', async () => {
    const { stdout } = await runCli(matrix(board({ id: 'ansi', devices: [{ name: '\u001b[31mred\u001b[0m\u0007\u0008', bus: 'x' }] })), 'text')
    expect(stdout).toContain('red')
    // Terminal control sequences from a pull request could rewrite what a reviewer sees.
    expect(/[\u0000-\u0008\u000b-\u001f\u007f]/.test(stdout)).toBe(false)
  })

  // Was a bug: explain, sweep and suggest render the board from its data, not through the
  // report's formatters, and printed its names raw: a RAM variant named "2G\n::error …" put a
  // workflow command on a line of its own, and ESC sequences reached the terminal.
  it('explain, sweep and suggest show the matrix text as its characters: no line of its own, no control sequence', async () => {
    const hostile = JSON.stringify({ version: 1, boards: [{
      id: 'esc', arch: 'arm64', kernels: ['6.12'], name: 'name\u001b[2J\n::add-mask::secret',
      ram: [{ name: '2G\u001b[31m\r\n::error file=m.json,line=1::approve me', memory: [{ base: '0x40000000', size: '2G' }] }],
      image: { base: '0x40200000' },
      reservations: [{ kind: 'fixed', name: 'fw\u202eevil\n::warning::x', base: '0x50000000', size: '64M' }],
      devices: [{ name: 'sd\u001b]0;title\u0007\n::notice::card', dmaLimit: '0xffffffff', dumpTarget: true }],
      cmdline: 'crashkernel=256M',
    }] })
    for (const args of [['explain', 'esc'], ['sweep', 'esc', '--sizes', '256M,1G'], ['suggest', 'esc']]) {
      let stdout = ''
      let stderr = ''
      const io: CliIO = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readFile: async () => hostile }
      const code = await main([...args, '--matrix', 'm.json'], io)
      expect(code, `${args[0]}: ${stderr}`).toBeLessThan(2)
      expectNoWorkflowCommands(stdout + stderr)
      expect(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/.test(stdout + stderr), args[0]).toBe(false)
      expect(stdout, args[0]).toContain('2G\\x1b[31m\\r\\n::error file=m.json,line=1::approve me')
    }
  })
})
