// SPDX-License-Identifier: GPL-2.0-only
/**
 * docs/cli.md shows each command "with real output": every `$ crashkernel-check …` line of its
 * console blocks that runs on the repository's own files is run against the bundled CLI, and
 * what it prints (stdout then stderr) must be the documented text byte for byte, with the exit
 * status of a following `$ echo $?`. Lines that need a file an earlier line made, or a shell
 * pipe or redirection, are left out (each is listed, so the set cannot shrink unnoticed); those
 * that read or write board.json, edited.log or bad.dtb are then run in document order in a
 * scratch directory whose `test` links to the repository's, with edited.log made by the
 * documented `zcat … | sed 's/…/…/'` and bad.dtb as a 7-byte file.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { afterAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../run-dist.js'

interface DocumentedRun {
  command: string
  output: string
  status?: number
}

/** The `$ crashkernel-check …` runs of the console blocks, with their output and status. */
function documentedRuns(markdown: string): DocumentedRun[] {
  const runs: DocumentedRun[] = []
  for (const [, block = ''] of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    const lines = block.replace(/\n$/, '').split('\n')
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!
      if (!line.startsWith('$ crashkernel-check ')) continue
      const output: string[] = []
      while (i + 1 < lines.length && !lines[i + 1]!.startsWith('$ ')) output.push(lines[++i]!)
      const run: DocumentedRun = { command: line.slice(2), output: output.join('\n') }
      if (lines[i + 1] === '$ echo $?' && i + 2 < lines.length) run.status = Number(lines[i + 2])
      runs.push(run)
    }
  }
  return runs
}

/** Runs that depend on the shell or on a file an earlier documented step wrote. */
const needsShell = (command: string): boolean => /[|>]|edited\.log|bad\.dtb|board\.json/.test(command)

const runs = documentedRuns(readFileSync(join(ROOT, 'docs/cli.md'), 'utf8'))

describe('docs/cli.md console examples', () => {
  it('has the examples this test runs, and names the ones it leaves to the shell', () => {
    expect(runs.filter((r) => !needsShell(r.command)).length).toBeGreaterThanOrEqual(10)
    expect(runs.filter((r) => needsShell(r.command)).map((r) => r.command).sort()).toEqual([
      'crashkernel-check check board.json',
      'crashkernel-check import bad.dtb',
      'crashkernel-check import test/oracle/logs/arm64-6.12-dma30-4G-ck256M.log.gz --id dma30 --out board.json',
      'crashkernel-check verify edited.log',
      'crashkernel-check verify test/oracle/logs/arm64-6.12-dma30-4G-ck256M.log.gz --board dma30 --matrix board.json',
    ])
  })

  for (const run of runs.filter((r) => !needsShell(r.command))) {
    it(`prints what the docs show: ${run.command}`, () => {
      const r = runCli(run.command.split(' ').slice(1))
      expect((r.stdout + r.stderr).replace(/\n$/, '')).toBe(run.output)
      if (run.status !== undefined) expect(r.status).toBe(run.status)
    })
  }
})

describe('docs/cli.md console examples that need a file an earlier step made', () => {
  const markdown = readFileSync(join(ROOT, 'docs/cli.md'), 'utf8')
  const chained = runs.filter((r) => needsShell(r.command) && !/[|>]/.test(r.command))
  const dir = mkdtempSync(join(tmpdir(), 'ckc-docs-'))
  symlinkSync(join(ROOT, 'test'), join(dir, 'test'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  writeFileSync(join(dir, 'bad.dtb'), 'not-dtb')
  const edit = /^\$ zcat (\S+) \| sed 's\/([^/]+)\/([^/]+)\/' > edited\.log$/m.exec(markdown)
  if (edit) writeFileSync(join(dir, 'edited.log'), gunzipSync(readFileSync(join(ROOT, edit[1]!))).toString('utf8').replace(edit[2]!, edit[3]!))

  it('has the zcat | sed line that makes edited.log', () => {
    expect(edit).not.toBeNull()
  })

  for (const run of chained) {
    it(`prints what the docs show: ${run.command}`, () => {
      const r = runCli(run.command.split(' ').slice(1), dir)
      expect((r.stdout + r.stderr).replace(/\n$/, '')).toBe(run.output)
      if (run.status !== undefined) expect(r.status).toBe(run.status)
    })
  }
})
