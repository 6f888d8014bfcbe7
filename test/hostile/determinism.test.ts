// SPDX-License-Identifier: GPL-2.0-only
/**
 * Determinism: the same input gives byte-identical output on every channel (JSON, Markdown,
 * workflow commands, text, SARIF, HTML, job summary, PR comment), run after run and from
 * different working directories, with no timestamps and no absolute paths unless asked for.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { check, formatters, type Report } from '../../src/index.js'
import { formatHtml } from '../../src/report/html/index.js'
import { renderComment, renderSummary } from '../../src/report/summary.js'
import { payloadMatrix } from './payload.js'

const ROOT = join(import.meta.dirname, '../..')
const INPUTS: Record<string, string> = {
  'examples/boards.json': readFileSync(join(ROOT, 'examples/boards.json'), 'utf8'),
  'test/fixtures/broken.matrix.json': readFileSync(join(ROOT, 'test/fixtures/broken.matrix.json'), 'utf8'),
  'boards/payload.json': payloadMatrix(),
}

/** Every rendering of a report the project has. */
function renderAll(report: Report): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [name, format] of Object.entries(formatters)) out[name] = format(report, { overflow: report.findings })
  out.html = formatHtml(report)
  out.summary = renderSummary(report, { overflow: report.findings, notes: [] })
  out.comment = renderComment(report, {})
  return out
}

const tmp = mkdtempSync(join(tmpdir(), 'ckc-determinism-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('determinism', () => {
  it.each(Object.keys(INPUTS))('%s renders byte-identically on every run', (path) => {
    const first = renderAll(check(INPUTS[path]!, path))
    const second = renderAll(check(INPUTS[path]!, path))
    expect(Object.keys(first).sort()).toEqual(expect.arrayContaining(['github', 'html', 'json', 'markdown', 'sarif', 'text']))
    for (const name of Object.keys(first)) expect(second[name], name).toBe(first[name])
  })

  it.each(Object.keys(INPUTS))('%s: no timestamp, no absolute path, no home directory in any output', (path) => {
    const outputs = renderAll(check(INPUTS[path]!, path))
    for (const [name, text] of Object.entries(outputs)) {
      expect(text, name).not.toMatch(/\b20\d\d-[01]\d-[0-3]\dT[0-2]\d:/)
      expect(text.includes(ROOT), `${name} holds ${ROOT}`).toBe(false)
      expect(text.includes(process.cwd()), `${name} holds the working directory`).toBe(false)
      expect(text.includes(homedir()), `${name} holds the home directory`).toBe(false)
      expect(text.includes(tmpdir()), `${name} holds the temporary directory`).toBe(false)
    }
  })

  it('the CLI writes the same bytes from two working directories', async () => {
    const results: string[] = []
    const cwd = process.cwd()
    for (const dir of ['a', 'b/c']) {
      const at = join(tmp, dir)
      mkdirSync(join(at, 'examples'), { recursive: true })
      copyFileSync(join(ROOT, 'examples/boards.json'), join(at, 'examples/boards.json'))
      writeFileSync(join(at, 'payload.json'), INPUTS['boards/payload.json']!)
      process.chdir(at)
      try {
        for (const format of Object.keys(formatters)) {
          let stdout = ''
          await main(['check', 'examples/boards.json', 'payload.json', '--format', format, '--fail-on', 'never'], {
            stdout: (t) => (stdout += t),
            stderr: () => {},
            readFile: async (p) => readFileSync(p, 'utf8'),
          })
          results.push(`${format}\n${stdout}`)
        }
      } finally {
        process.chdir(cwd)
      }
    }
    const half = results.length / 2
    expect(half).toBeGreaterThan(3)
    for (let i = 0; i < half; i++) expect(results[half + i]).toBe(results[i])
  })
})
