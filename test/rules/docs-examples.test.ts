// SPDX-License-Identifier: GPL-2.0-only
/** The bad and good boards of each rule page (docs/rules/<ID>.md) do what the page says. */
import { readFileSync } from 'node:fs'
import { parse } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { RULES } from '../../src/index.js'
import { of, run } from './helpers.js'

const block = (text: string, heading: string): Record<string, unknown> => {
  const m = new RegExp(`## ${heading}\\n\`\`\`jsonc?\\n([\\s\\S]*?)\`\`\``).exec(text)
  if (!m?.[1]) throw new Error(`no ${heading} example`)
  return parse(m[1]) as Record<string, unknown>
}

describe.each(RULES.filter((r) => r.check).map((r) => r.id))('docs/rules/%s.md', (id) => {
  const text = readFileSync(`docs/rules/${id}.md`, 'utf8')

  it('bad board: reported', () => {
    expect(of(run(block(text, 'Bad board')), id).length).toBeGreaterThan(0)
  })

  it('good board: not reported, and no error at all', () => {
    const report = run(block(text, 'Good board'))
    expect(of(report, id)).toEqual([])
    expect(report.counts.error).toBe(0)
  })
})
