// SPDX-License-Identifier: GPL-2.0-only
/** `npm run oracle -- <dir>` on bad input: a clear message and exit 2, or a failed case named with its place while the others run. */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '..')
const oracle = (...args: string[]) => spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts/oracle.ts'), ...args], { cwd: ROOT, encoding: 'utf8' })

describe('scripts/oracle.ts', () => {
  it('a folder that is not there: one line and exit 2, no stack trace', () => {
    const r = oracle(join(tmpdir(), 'no-such-oracle-folder'))
    expect([r.status, r.stdout]).toEqual([2, ''])
    expect(r.stderr).toMatch(/^oracle: .*no-such-oracle-folder: no such directory; give the oracle's folder/)
    expect(r.stderr).not.toContain('    at ')
  })
  it('a case that is not JSON fails at its line:col, and the other cases still run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'oracle-'))
    const first = readdirSync(join(ROOT, 'test/oracle/cases')).filter((f) => f.endsWith('.json')).sort()[0]!
    copyFileSync(join(ROOT, 'test/oracle/cases', first), join(dir, first))
    writeFileSync(join(dir, 'zz-broken.json'), '{ "id": "broken",\n  "input": }\n')
    const r = oracle(dir)
    expect(r.status).toBe(1)
    expect(r.stdout).toMatch(new RegExp(`^${join(dir, 'zz-broken.json').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:12: cannot read the case: `, 'm'))
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed')
    // A filter that matches nothing is said, not "0 passed".
    expect(oracle(dir, 'nomatch')).toMatchObject({ status: 2, stdout: '' })
  })
})
