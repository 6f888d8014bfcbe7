// SPDX-License-Identifier: GPL-2.0-only
/**
 * One temporary directory per test run. Tests make their scratch directories with
 * mkdtemp(tmpdir()), and the CLI and action runs they spawn write under RUNNER_TEMP or the
 * working directory given them: pointing TMPDIR at a fresh directory before the workers
 * start puts all of that in one place, removed when the run ends, so a run leaves nothing
 * behind in the machine's /tmp (it used to leave some 80 directories per run).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-test-run-'))
  const before = process.env.TMPDIR
  process.env.TMPDIR = dir
  return () => {
    if (before === undefined) delete process.env.TMPDIR
    else process.env.TMPDIR = before
    rmSync(dir, { recursive: true, force: true })
  }
}
