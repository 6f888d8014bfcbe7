// SPDX-License-Identifier: GPL-2.0-only
/**
 * The hand-written docs (README.md, docs/ and docs/rules/) point at files of this repository
 * where it has them: the oracle's README, cases and images.json are copied into test/oracle/,
 * so citing them under `shared/oracle/` (outside the repository, and absent from a clone)
 * sends a reader to a path they do not have. What only the full oracle holds (the kernel configs) may still be cited
 * there, as may the oracle as a whole. Relative links must resolve, and so must their anchors
 * (`#section`, `other.md#section`): to a heading of the target as GitHub slugs it, or to an
 * `<a id>` / `<a name>` there.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const markdown = (dir: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`)
const DOCS = ['README.md', ...markdown('docs'), ...markdown('docs/rules')]

/** Code (blocks and spans) is not prose: a regex like `[0-9](x)` there is no link. */
const proseOf = (text: string): string => text.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')

/**
 * The anchors a Markdown file offers, as GitHub makes them: each heading lowercased, its
 * punctuation dropped (hyphens and underscores kept), spaces made hyphens, a repeat suffixed
 * `-1`, `-2` …; and explicit `<a id>` / `<a name>` targets.
 */
function anchorsOf(text: string): Set<string> {
  const anchors = new Set<string>()
  const seen = new Map<string, number>()
  for (const [, heading = ''] of text.replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}[ \t]+(.+?)[ \t]*#*$/gm)) {
    const slug = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/<[^>]+>/g, '').toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const n = seen.get(slug) ?? 0
    seen.set(slug, n + 1)
    anchors.add(n === 0 ? slug : `${slug}-${n}`)
  }
  for (const [, id = ''] of text.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id)
  return anchors
}

describe.each(DOCS)('%s', (doc) => {
  const text = readFileSync(join(ROOT, doc), 'utf8')

  it('cites no shared/oracle/ file that test/oracle/ has', () => {
    const inRepo = [...text.matchAll(/shared\/oracle\/([\w./*<>-]+)/g)].map((m) => m[1]!).filter((p) => existsSync(join(ROOT, 'test/oracle', p)))
    expect(inRepo).toEqual([])
  })

  it('links only to files that exist', () => {
    const missing = [...proseOf(text).matchAll(/\]\((?!https?:|#|mailto:)([^)#\s]+)/g)].map((m) => m[1]!).filter((p) => !existsSync(join(ROOT, dirname(doc), p)))
    expect(missing).toEqual([])
  })

  it('links only to anchors that exist', () => {
    const links = [...proseOf(text).matchAll(/\]\((?!https?:|mailto:)([^)#\s]*)#([^)\s]+)\)/g)]
    const missing = links.filter(([, file = '', anchor = '']) => {
      const target = file === '' ? join(ROOT, doc) : join(ROOT, dirname(doc), file)
      return existsSync(target) && target.endsWith('.md') && !anchorsOf(readFileSync(target, 'utf8')).has(decodeURIComponent(anchor))
    })
    expect(missing.map((m) => m[0])).toEqual([])
  })
})
