// SPDX-License-Identifier: GPL-2.0-only
/** `check` on a big matrix shows a progress line on a terminal's stderr, and nowhere else. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateFleet } from '../../scripts/fleet.js'
import { run, tempDir } from './io.js'

describe('check: progress on long runs', async () => {
  const dir = await tempDir()
  const file = join(dir, 'fleet.json')
  // 400 boards decode to more than 500 layouts: the line appears from the start.
  await writeFile(file, JSON.stringify(generateFleet(400)))

  it('draws on a terminal and erases the line at the end', async () => {
    const r = await run(['check', file], { isTTY: { stdout: true, stderr: true } })
    expect(r.err).toMatch(/simulating layouts of .*fleet\.json/)
    expect(r.err.endsWith('\r') || /\x1b\[2?K|\r\s+\r$/.test(r.err)).toBe(true)
    expect(r.out).not.toMatch(/simulating layouts/)
  })
  it('leaves nothing drawn after the last layout, however often the line was redrawn', async () => {
    // A clock that moves 1 s per reading: every layout redraws the line, the last one too.
    const clock = Array.from({ length: 10_000 }, (_, i) => i * 1000)
    const r = await run(['check', file], { isTTY: { stdout: true, stderr: true }, clock })
    expect(r.err).toMatch(/simulating layouts of .*fleet\.json (\d+)\/\1 \(100%\)/)
    expect(r.err.endsWith('\r\x1b[K')).toBe(true)
  })
  // A line wider than the terminal wraps, and `\r\x1b[K` erases only its last row: each redraw
  // left the rows above it on the screen. And the file name is the user's: no raw escape.
  it('fits the line to the terminal, and shows control characters in the file name as escapes', async () => {
    const long = join(dir, `fleet-of-a-vendor-platform-family-with-a-long-name\x1b[2J.json`)
    await writeFile(long, JSON.stringify(generateFleet(400)))
    const clock = Array.from({ length: 10_000 }, (_, i) => i * 1000)
    const r = await run(['check', long, 'no\x07such.json'], { isTTY: { stdout: true, stderr: true, stderrColumns: 60 }, clock })
    const lines = r.err.split('\r\x1b[K').filter((l) => l.startsWith('…') || l.startsWith('simulating'))
    expect(lines.length).toBeGreaterThan(100)
    for (const l of lines) expect(l.length).toBeLessThan(60)
    expect(lines.at(-1)).toMatch(/^…[^\x1b]*\\x1b\[2J\.json (\d+)\/\1 \(100%\)$/)
    expect(r.err).not.toMatch(/[\x07\x1b](?!\[K)/)
    expect(r.err).toContain('crashkernel-check: cannot read matrix file no\\x07such.json: no such file')
  })
  it('stays silent in a pipe and for machine-readable formats', async () => {
    expect((await run(['check', file], { isTTY: { stdout: false, stderr: false } })).err).toBe('')
    for (const format of ['json', 'sarif', 'github']) expect((await run(['check', file, '--format', format], { isTTY: { stdout: true, stderr: true } })).err, format).toBe('')
  })
}, 120_000)
