// SPDX-License-Identifier: GPL-2.0-only
/**
 * Generated files are derived from the schemas (and docs/policies.md from the policy
 * registry) and committed: regenerating must give the same bytes.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { generateAll, readReportSchema, ROOT } from '../scripts/gen-lib.js'
import { resolveKernelRelease, SERIES_RELEASES } from '../src/engine/policies/index.js'

describe('files generated from schemas/board-matrix.schema.json and schemas/report.schema.json', async () => {
  const files = await generateAll()
  it('covers the types, the validator, the schema module, the format reference, the policy table and the report reference', () => {
    expect(Object.keys(files).sort()).toEqual([
      'docs/format.md',
      'docs/policies.md',
      'docs/report-json.md',
      'src/fanout/generated/validate-report.cjs',
      'src/fanout/generated/validate-report.d.cts',
      'src/matrix/generated/board-matrix.d.ts',
      'src/matrix/generated/schema.ts',
      'src/matrix/generated/validate-board-matrix.cjs',
      'src/matrix/generated/validate-board-matrix.d.cts',
    ])
  })
  for (const doc of ['docs/format.md', 'docs/report-json.md']) {
    it(`${doc} links every section it names and leaves no name empty`, () => {
      const md = files[doc]!
      expect(md.replace(/^```.*$/gm, ''), 'an empty name').not.toContain('``')
      // GitHub's anchor of "## (root)" is "root".
      const anchors = new Set([...md.matchAll(/^## (\S+)$/gm)].map((m) => m[1]!.toLowerCase().replace(/[()]/g, '')))
      for (const m of md.matchAll(/\]\(#([^)]+)\)/g)) expect(anchors, m[0]).toContain(m[1])
    })
  }
  it('the schema says what a series resolves to, as resolveKernelRelease() does', () => {
    const schema = JSON.parse(readFileSync(`${ROOT}schemas/board-matrix.schema.json`, 'utf8')) as { $defs: { kernelVersion: { description: string } } }
    const text = schema.$defs.kernelVersion.description
    for (const [series, release] of Object.entries(SERIES_RELEASES)) {
      expect(resolveKernelRelease(series)).toBe(release)
      expect(text).toContain(`${series} → ${release}`)
    }
    expect(resolveKernelRelease('6.6')).toBe('6.6.0')
    expect(text).toContain('`6.6` → 6.6.0')
  })
  it('docs/policies.md names the reservation variant of every policy', () => {
    const rows = files['docs/policies.md']!.split('\n').filter((l) => /^\| `[a-z0-9_.-]+` \|/.test(l))
    expect(rows.length).toBeGreaterThan(0)
    for (const row of rows) expect(row.split(' | ')[3], row.slice(0, 40)).toMatch(/^reserveCrashkernel[A-Za-z0-9]+, align /)
  })
  it('docs/format.md says what a map such as `severity` takes: its keys and the values they allow', () => {
    const md = files['docs/format.md']!
    const severityMap = md.slice(md.indexOf('## severityMap\n'), md.indexOf('\n## ', md.indexOf('## severityMap\n') + 1))
    for (const value of ['error', 'warning', 'note', 'off']) expect(severityMap).toContain(`\`"${value}"\``)
    expect(severityMap).toContain('[ruleRef](#ruleref)')
  })
  it('docs/report-json.md has a section per definition and a table row per property of the report schema', () => {
    const md = files['docs/report-json.md']!
    const schema = readReportSchema()
    const sections = new Map([...md.split(/^## /m).slice(1)].map((s) => [s.slice(0, s.indexOf('\n')), s]))
    const objects: Array<[string, Record<string, unknown>]> = [['(root)', schema], ...Object.entries(schema.$defs as Record<string, Record<string, unknown>>)]
    for (const [name, def] of objects) {
      expect([...sections.keys()], name).toContain(name)
      for (const key of Object.keys((def.properties ?? {}) as object)) expect(sections.get(name), `${name}.${key}`).toContain(`| \`${key}\` |`)
    }
  })
  for (const [path, content] of Object.entries(files)) {
    it(`${path} is up to date (npm run gen)`, () => {
      expect(readFileSync(`${ROOT}${path}`, 'utf8')).toBe(content)
    })
  }
})
