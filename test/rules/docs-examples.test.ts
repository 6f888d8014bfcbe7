// SPDX-License-Identifier: GPL-2.0-only
/** The bad and good boards of each rule page (docs/rules/<ID>.md) do what the page says. */
import { readFileSync } from 'node:fs'
import { parse } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { check, RULES } from '../../src/index.js'
import { of, run } from './helpers.js'

/** Every ```jsonc block of a section (up to the next heading). */
const blocks = (text: string, heading: string): Array<Record<string, unknown>> => {
  const start = text.indexOf(`\n## ${heading}\n`)
  if (start < 0) throw new Error(`no ${heading} section`)
  const end = text.indexOf('\n## ', start + 1)
  const section = text.slice(start, end < 0 ? undefined : end)
  const found = [...section.matchAll(/```jsonc?\n([\s\S]*?)```/g)].map((m) => parse(m[1]!) as Record<string, unknown>)
  if (found.length === 0) throw new Error(`no ${heading} example`)
  return found
}

describe.each(RULES.filter((r) => r.check).map((r) => r.id))('docs/rules/%s.md', (id) => {
  const text = readFileSync(`docs/rules/${id}.md`, 'utf8')

  it('bad board: reported, with a message the page names', () => {
    const found = of(run(blocks(text, 'Bad board')[0]!), id)
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) expect(text).toContain(`\`${f.messageId}\``)
  })

  it('good boards (every one the section gives): not reported, and no error at all', () => {
    for (const board of blocks(text, 'Good board')) {
      const report = run(board)
      expect(of(report, id)).toEqual([])
      expect(report.counts.error).toBe(0)
    }
  })
})

describe('docs/rules/SC005.md', () => {
  it("the example's default is reported at its key", () => {
    const text = readFileSync('docs/rules/SC005.md', 'utf8')
    const matrix = JSON.stringify(blocks(text, 'Example')[0], null, 2)
    const found = of(check(matrix, 'm.json'), 'SC005')
    expect(found.map((f) => f.pointer)).toEqual(['/defaults/cmdline'])
  })
})

describe('docs/rules/SC001.md', () => {
  it('the bad example is a syntax error, the good one is not', () => {
    const text = readFileSync('docs/rules/SC001.md', 'utf8')
    const [, bad = '', good = ''] = /Bad: `([^`]+)`[^`]*Good: `([^`]+)`/.exec(text) ?? []
    const wrap = (board: string) => `{ "version": 1, "boards": [${board}] }`
    expect(of(check(wrap(bad), 'm.json'), 'SC001').map((f) => f.messageId)).toEqual(['syntaxError'])
    expect(of(check(wrap(good), 'm.json'), 'SC001')).toEqual([])
  })
})
