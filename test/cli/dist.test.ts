// SPDX-License-Identifier: GPL-2.0-only
/** The bundled CLI (dist/cli/index.js, `npm run build`) runs the new commands as a user would. */
import { spawnSync } from 'node:child_process'
import { closeSync, existsSync, openSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../run-dist.js'

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

  // `verify - < /var/log`: Node's stream of a directory ends at once, and verify said the
  // "log" had no "Linux version" line; import that it could not tell what it was.
  it('refuses a directory as standard input, naming it', () => {
    const dir = openSync(join(ROOT, 'test'), 'r')
    try {
      for (const command of ['verify', 'import']) {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), command, '-'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, stdio: [dir, 'pipe', 'pipe'] })
        expect([r.status, r.stderr], command).toEqual([2, `crashkernel-check ${command}: cannot read <stdin>: standard input ("-") is a directory: redirect a file into it (< dmesg.log), or give the file\n`])
      }
    } finally {
      closeSync(dir)
    }
  })

  // `check > out.sarif` on a full disk threw an uncaught ENOSPC with a stack trace and exit
  // status 1, which reads as "findings": the output is cut short, an error of the run (2).
  it.runIf(existsSync('/dev/full'))('exits 2, naming why, when stdout cannot be written', () => {
    const full = openSync('/dev/full', 'w')
    try {
      for (const args of [['check'], ['check', '--format', 'sarif'], ['--help']]) {
        const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, stdio: ['ignore', full, 'pipe'] })
        expect([r.status, r.stderr], args.join(' ')).toEqual([2, 'crashkernel-check: cannot write the output to stdout: no space left on the device\n'])
      }
    } finally {
      closeSync(full)
    }
  })
})
