// SPDX-License-Identifier: GPL-2.0-only
/**
 * util-linux dmesg's other output formats. The fixtures in test/import/dmesg are what dmesg
 * 2.38.1 printed (`dmesg -F <file> <options>`, the file being the dmesg section of the oracle
 * boot arm64-6.12-plain-4G-ck512M.high, each line given `<6>`): `--time-format iso`,
 * `--time-format reltime`, `--time-format delta`, `-x -T` and `-e --color=always`. Each must
 * give the board the plain dmesg gives, and verify must say the same of it; and a log in any of
 * them that starts past the banner (a ring buffer wrapped, as memblock=debug wraps it) must
 * still be told for a boot log.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { detectArtefact } from '../../src/cli/commands/artefact.js'
import { bootLogToBoard, normalizeLine } from '../../src/import/bootlog.js'
import { verifyBootLog } from '../../src/verify/index.js'

const ID = 'arm64-6.12-plain-4G-ck512M.high'
const gz = (path: string) => gunzipSync(readFileSync(path)).toString('utf8')
const oracle = gz(join(import.meta.dirname, '../oracle/logs', `${ID}.log.gz`))
const BEGIN = '=====ORACLE-BEGIN dmesg=====\n'
const dmesg = oracle.slice(oracle.indexOf(BEGIN) + BEGIN.length, oracle.indexOf('=====ORACLE-END dmesg====='))
const FORMATS = ['iso', 'reltime', 'delta', 'decode-ctime', 'color-reltime'] as const
const fixture = (format: (typeof FORMATS)[number]) => gz(join(import.meta.dirname, 'dmesg', `${ID}.${format}.txt.gz`))

describe('util-linux dmesg formats', () => {
  it.each([
    ['2026-12-01T21:46:15,000000+00:00 Zone ranges:', 'Zone ranges:'],
    ['[Dec 1 21:46] Booting Linux on physical CPU 0x0000000000 [0x000f0510]', 'Booting Linux on physical CPU 0x0000000000 [0x000f0510]'],
    ['[  +0.000000] Zone ranges:', 'Zone ranges:'],
    ['[<    0.000000>] Zone ranges:', 'Zone ranges:'],
    ['kern  :info  : [Tue Dec  1 21:46:15 2026] Zone ranges:', 'Zone ranges:'],
    ['kern  :warn  : [Tue Dec  1 22:52:55 2026] cma: Failed to reserve 64 MiB', 'cma: Failed to reserve 64 MiB'],
    ['\x1b[32m\x1b[1m[Dec 1 21:46] \x1b[0mZone ranges:', 'Zone ranges:'],
  ])('%j: the kernel text, no printk time', (raw, text) => {
    expect(normalizeLine(raw)).toEqual({ text })
  })

  it('keeps the printk time after -x', () => {
    expect(normalizeLine('kern  :info  : [    0.000000] Zone ranges:')).toEqual({ text: 'Zone ranges:', ts: '0.000000' })
  })

  it.each(FORMATS)('%s: the board and the provenance of the plain dmesg, and verify agrees', (format) => {
    const text = fixture(format)
    const plain = bootLogToBoard(dmesg)
    const r = bootLogToBoard(text)
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([])
    expect(r.board).toEqual(plain.board)
    expect(r.provenance).toEqual(plain.provenance)
    expect(r.facts.cmdline?.value).toBe('console=ttyAMA0 crashkernel=512M,high')
    // The placement of the image (not in a dmesg) from a board, as docs/cli.md's verify says.
    const board = { ...r.board, image: { base: '0x40200000' } }
    const v = verifyBootLog(text, { board })
    expect(v.problems).toEqual([])
    expect(v.differences).toEqual([])
    expect(v.agrees).toBe(true)
  })

  it.each(FORMATS)('%s: a log that starts past the banner is still told for a boot log', (format) => {
    const lines = fixture(format).split('\n')
    const wrapped = lines.slice(lines.findIndex((l) => l.includes('NODE_DATA('))).join('\n')
    expect(wrapped).not.toMatch(/Linux version|Booting Linux/)
    const bytes = new TextEncoder().encode(wrapped)
    expect(detectArtefact({ path: 'kernel.txt', bytes, text: wrapped })).toBe('bootLog')
  })

  it('tells `dmesg -t` (no times) that starts past the banner for a boot log by its command line', () => {
    const bare = dmesg.replace(/^\[\s*\d+\.\d+\] /gm, '')
    const wrapped = bare.slice(bare.indexOf('NODE_DATA('))
    expect(wrapped).toMatch(/^Kernel command line: /m)
    expect(detectArtefact({ path: 'kernel.txt', bytes: new TextEncoder().encode(wrapped), text: wrapped })).toBe('bootLog')
  })

  it('tells a syslog file whose first entries are all user space\'s for a boot log', () => {
    // /var/log/syslog: rsyslogd and systemd first, the kernel's entries (`host kernel: [ ts] …`) later.
    const daemons = ['Dec  2 10:00:00 host rsyslogd: [origin software="rsyslogd"] start', 'Dec  2 10:00:00 host systemd[1]: Starting systemd-journald.service', 'Dec  2 10:00:01 host systemd-udevd[300]: Using default interface naming scheme']
    const kernel = dmesg.split('\n').filter((l) => l !== '').map((l) => `Dec  2 10:00:02 host kernel: ${l}`)
    const text = [...Array.from({ length: 20 }, () => daemons).flat(), ...kernel.slice(kernel.findIndex((l) => l.includes('NODE_DATA(')))].join('\n')
    expect(detectArtefact({ path: 'syslog', bytes: new TextEncoder().encode(text), text })).toBe('bootLog')
    expect(bootLogToBoard(text).facts.cmdline?.value).toBe('console=ttyAMA0 crashkernel=512M,high')
  })

  it('tells no other text for a boot log by its first lines', () => {
    const iomem = '40000000-13fffffff : System RAM\n  40200000-41f2ffff : Kernel code\n'
    expect(detectArtefact({ path: 'x.txt', bytes: new TextEncoder().encode(iomem), text: iomem })).toBe('iomem')
    const prose = 'Dec notes: nothing here\nkernel: none\n'
    expect(detectArtefact({ path: 'notes.txt', bytes: new TextEncoder().encode(prose), text: prose })).toBeUndefined()
  })
})
