// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's 16K-page arm64 kernels (6.12.117 and 7.2.13, flavour arm64-16k), booted under
 * QEMU by scripts/boots/arm64-16k.sh (picked by hand) and scripts/boots/random-16k.sh (drawn):
 * the shared oracle has 4K kernels only. boots.test.ts has `verify` agree on each and compares
 * each memblock dump with the model's; here, the board rebuilt from each log says 16K (read
 * from the hash-table lines).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bootLogToBoard } from '../../src/import/bootlog.js'

const root = join(import.meta.dirname, '../boots')
/** The sets and how many boots each has at least. */
const sets: Record<string, number> = { 'arm64-16k': 20, 'random-16k': 40 }
const logsOf = (set: string): string[] => readdirSync(join(root, set)).filter((f) => f.endsWith('.log.gz')).sort().map((f) => join(set, f))
const logs = Object.keys(sets).flatMap(logsOf)
const read = (f: string): string => gunzipSync(readFileSync(join(root, f))).toString('utf8')

describe('Debian arm64-16k boots', () => {
  it.each(Object.entries(sets))('%s has the logs', (set, n) => expect(logsOf(set).length).toBeGreaterThanOrEqual(n))

  it.each(logs)('%s: the board has 16K pages', (f) => {
    expect(bootLogToBoard(read(f)).board.pageSize).toBe('16K')
  })
})
