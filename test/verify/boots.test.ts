// SPDX-License-Identifier: GPL-2.0-only
/**
 * `verify` on every boot of the project's own in test/boots (made by scripts/boots/*.sh:
 * Debian kernels under QEMU, each directory's README says which and how). Each log is read
 * back as `verify` reads a log, the board rebuilt from the log alone, and the model agrees
 * with what the kernel printed: the crash placement or failure, the zone ranges, the
 * kernel's crashkernel lines; and every line of the simulation's dmesg is one the kernel
 * printed. boots-16k.test.ts and boots-memmap.test.ts check more of their sets.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'
import { formatVerify, verifyBootLog } from '../../src/verify/index.js'
import { linesNotPrinted } from '../kernel-lines.js'

const root = join(import.meta.dirname, '../boots')
const sets = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
const logs = sets.flatMap((set) => readdirSync(join(root, set)).filter((f) => f.endsWith('.log.gz')).sort().map((f) => join(set, f)))

describe('verify agrees with every boot in test/boots', () => {
  it('has the sets and their logs', () => {
    expect(sets).toEqual(['amd64-memmap', 'arm64-16k', 'options'])
    expect(logs.length).toBeGreaterThanOrEqual(60)
  })
  it.each(logs)('%s', (f) => {
    const log = gunzipSync(readFileSync(join(root, f))).toString('utf8')
    const r = verifyBootLog(log, { logName: f })
    expect(r.problems).toEqual([])
    expect(r.differences).toEqual([])
    expect(formatVerify(r, f)).toContain('the model agrees')
    expect(linesNotPrinted(simulate(boardToLayouts(bootLogToBoard(log).board)[0]!), log)).toEqual([])
  })
})
