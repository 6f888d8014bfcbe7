// SPDX-License-Identifier: GPL-2.0-only
/**
 * A serial capture as a board-support engineer saves it on the host: the terminal program
 * stamps every line, the kernel's and init's (tio -t, minicom's timestamps, grabserial -t), or
 * colours it. The whole oracle boot arm64-6.12-plain-4G-ck512M.high (the kernel's lines and
 * init's /proc/iomem) so captured must give the board the plain log gives, and verify must
 * agree, also from a kernel without printk times.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { bootLogToBoard, normalizeLine } from '../../src/import/bootlog.js'
import { verifyBootLog } from '../../src/verify/index.js'

const ID = 'arm64-6.12-plain-4G-ck512M.high'
const log = gunzipSync(readFileSync(join(import.meta.dirname, '../oracle/logs', `${ID}.log.gz`))).toString('utf8')
const lines = log.split('\n')
const withoutPrintkTime = lines.map((l) => l.replace(/^\[ *\d+\.\d+\] /, ''))
const each = (ls: string[], f: (l: string) => string) => ls.map((l) => (l === '' ? l : f(l))).join('\n')

const CAPTURES: Array<[string, string]> = [
  ['tio -t, no printk time', each(withoutPrintkTime, (l) => `[11:00:00.123] ${l}`)],
  ['minicom date and time', each(lines, (l) => `[2026-12-07 11:00:00.123] ${l}`)],
  ['grabserial -t', each(lines, (l) => `[0.123456 0.000100] ${l}`)],
  ['colours on every line', each(lines, (l) => `\x1b[32m${l}\x1b[0m`)],
]

describe('a serial terminal capture', () => {
  it.each([
    ['[11:00:00.123] crashkernel reserved: 0x1 - 0x2 (1 MB)', 'crashkernel reserved: 0x1 - 0x2 (1 MB)'],
    ['[2026-12-07 11:00:00] Zone ranges:', 'Zone ranges:'],
    ['[2026-12-07T11:00:00,5] 40000000-13fffffff : System RAM', '40000000-13fffffff : System RAM'],
  ])('%j: the stamp is not the kernel\'s text', (raw, text) => {
    expect(normalizeLine(raw)).toEqual({ text })
  })

  it.each(CAPTURES)('%s: the board of the plain log, and verify agrees', (_, text) => {
    const plain = bootLogToBoard(log)
    const r = bootLogToBoard(text)
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(r.board).toEqual(plain.board)
    const v = verifyBootLog(text)
    expect(v.problems).toEqual([])
    expect(v.differences).toEqual([])
    expect(v.agrees).toBe(true)
  })
})
