// SPDX-License-Identifier: GPL-2.0-only
/** The bundled CLI (dist/cli/index.js, `npm run build`) runs the new commands as a user would. */
import { describe, expect, it } from 'vitest'
import { runCli } from '../run-dist.js'

describe('dist/cli/index.js', () => {
  it('explains a board', () => {
    const r = runCli(['explain', 'rpi4', '--kernel', '6.12', '--ram', '8G'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('━━ rpi4 · RAM 8G · Linux 6.12.117 (policy arm64-6.12.117) · arm64 ━━')
    expect(r.stdout).toMatch(/┃ crashkernel \(main\) +256 MiB ┃/)
  })

  it('verifies a gzip\'d oracle log and lists the commands', () => {
    const v = runCli(['verify', 'test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'])
    expect(v.status).toBe(0)
    expect(v.stdout).toContain('the model agrees')
    const help = runCli(['--help'])
    expect(help.stdout).toContain('crashkernel-check sweep <board>')
  })
})
