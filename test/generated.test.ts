// SPDX-License-Identifier: GPL-2.0-only
/**
 * Generated files are derived from the schema (and docs/policies.md from the policy
 * registry) and committed: regenerating must give the same bytes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateAll, ROOT } from '../scripts/gen-lib.js'

describe('files generated from schemas/board-matrix.schema.json', async () => {
  const files = await generateAll()
  it('covers the types, the validator, the schema module, the format reference and the policy table', () => {
    expect(Object.keys(files).sort()).toEqual([
      'docs/format.md',
      'docs/policies.md',
      'src/matrix/generated/board-matrix.d.ts',
      'src/matrix/generated/schema.ts',
      'src/matrix/generated/validate-board-matrix.cjs',
      'src/matrix/generated/validate-board-matrix.d.cts',
    ])
  })
  it('docs/format.md links every section it names and leaves no name empty', () => {
    const md = files['docs/format.md']!
    expect(md).not.toContain('``')
    const anchors = new Set([...md.matchAll(/^## (\S+)$/gm)].map((m) => m[1]!.toLowerCase()))
    for (const m of md.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, m[0]).toContain(m[1])
  })
  for (const [path, content] of Object.entries(files)) {
    it(`${path} is up to date (npm run gen)`, () => {
      expect(readFileSync(`${ROOT}${path}`, 'utf8')).toBe(content)
    })
  }
})
