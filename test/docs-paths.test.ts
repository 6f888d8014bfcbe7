// SPDX-License-Identifier: GPL-2.0-only
/**
 * The hand-written docs (README.md, docs/ and docs/rules/) point at files of this repository
 * where it has them: the oracle's README, cases and images.json are copied into test/oracle/,
 * so citing them under `shared/oracle/` (outside the repository, and absent from a clone)
 * sends a reader to a path they do not have. What only the full oracle holds (the kernel configs) may still be cited
 * there, as may the oracle as a whole. Relative links must resolve.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const markdown = (dir: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`)
const DOCS = ['README.md', ...markdown('docs'), ...markdown('docs/rules')]

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(join(ROOT, doc), 'utf8')

  it('cites no shared/oracle/ file that test/oracle/ has', () => {
    const inRepo = [...text.matchAll(/shared\/oracle\/([\w./*<>-]+)/g)].map((m) => m[1]!).filter((p) => existsSync(join(ROOT, 'test/oracle', p)))
    expect(inRepo).toEqual([])
  })

  it('links only to files that exist', () => {
    // Code (blocks and spans) is not prose: a regex like `[0-9](x)` there is no link.
    const prose = text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')
    const missing = [...prose.matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((m) => m[1]!).filter((p) => !existsSync(join(ROOT, dirname(doc), p)))
    expect(missing).toEqual([])
  })
})
