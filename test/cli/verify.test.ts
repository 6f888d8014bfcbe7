// SPDX-License-Identifier: GPL-2.0-only
/** `verify` on oracle boot logs: agrees (0), differs (1), cannot verify (2). */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { gunzipSync, gzipSync } from 'node:zlib'
import { stdinReader } from '../../src/cli/read-bytes.js'
import { describe, expect, it } from 'vitest'
import { oracleLog, ROOT, run, tempDir } from './io.js'

describe('verify', () => {
  it('says the model agrees with an oracle boot (arm64 6.12, ,high + default low)', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const r = await run(['verify', log])
    expect(r.code).toBe(0)
    expect(r.out).toBe(`${log}: the model agrees (6.12.117 arm64-6.12.117; crash main 0x11b400000-0x13b3fffff, low 0xf4000000-0xfbffffff)\n`)
  })

  // `dmesg | crashkernel-check verify -` said "cannot read -: no such file".
  it('reads the log from standard input for -, named <stdin>, gzip\'d or not', async () => {
    const gz = await readFile(join(ROOT, 'test/oracle/logs/arm64-6.12-plain-4G-ck512M.high.log.gz'))
    const agrees = '<stdin>: the model agrees (6.12.117 arm64-6.12.117; crash main 0x11b400000-0x13b3fffff, low 0xf4000000-0xfbffffff)\n'
    expect(await run(['verify', '-'], { stdin: gz })).toMatchObject({ code: 0, out: agrees })
    expect(await run(['verify', '-'], { stdin: gunzipSync(gz) })).toMatchObject({ code: 0, out: agrees })
    const edited = new TextEncoder().encode(gunzipSync(gz).toString('utf8').replace('0x000000011b400000 - 0x000000013b400000', '0x000000011b600000 - 0x000000013b600000'))
    expect((await run(['verify', '-'], { stdin: edited })).out).toContain('  <stdin>:20:16: crash\n')
  })

  it('reads standard input (the bin\'s reader) no further than the limit, once, and never from a terminal', async () => {
    const chunks = [new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6])]
    const read = stdinReader(Readable.from(chunks))
    expect([...(await read(4))]).toEqual([1, 2, 3, 4])
    await expect(read(4)).rejects.toThrow('standard input ("-") can be read only once')
    await expect(stdinReader(Object.assign(Readable.from(chunks), { isTTY: true }))(4)).rejects.toThrow('is a terminal')
  })

  // An empty log was told it had no "Linux version" line, and import listed each line it lacked.
  it('says an empty artefact is empty, for verify and import, from a file, gzip or standard input', async () => {
    const dir = await tempDir()
    const empty = join(dir, 'empty.log')
    const emptyGz = join(dir, 'empty.log.gz')
    await writeFile(empty, '')
    await writeFile(emptyGz, gzipSync(new Uint8Array()))
    for (const command of ['verify', 'import']) {
      expect(await run([command, empty]), command).toMatchObject({ code: 2, err: `crashkernel-check ${command}: ${empty} is empty\n` })
      expect(await run([command, emptyGz]), command).toMatchObject({ code: 2, err: `crashkernel-check ${command}: ${emptyGz} is empty when unpacked\n` })
      expect(await run([command, '-'], { stdin: new Uint8Array() }), command).toMatchObject({ code: 2, err: `crashkernel-check ${command}: <stdin> is empty: nothing came in on standard input\n` })
      expect(await run([command, '-'], { stdin: new TextEncoder().encode('\n \r\n\t\n') }), command).toMatchObject({ code: 2, err: `crashkernel-check ${command}: <stdin> has nothing but blank lines\n` })
    }
  })

  it('agrees on x86 and reads a gzip\'d log directly', async () => {
    const path = join(ROOT, 'test/oracle/logs/amd64-6.1-q35-4G-ckabc.log.gz')
    const r = await run(['verify', path])
    expect(r.code).toBe(0)
    expect(r.out).toContain('the model agrees (6.1.192 x86_64-6.1.178; crash ignored)')
  })

  it('lists the differences line by line and exits 1', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const edited = join(dir, 'edited.log')
    await writeFile(edited, (await readFile(log, 'utf8')).replace('0x000000011b400000 - 0x000000013b400000', '0x000000011b600000 - 0x000000013b600000'))
    const r = await run(['verify', edited])
    expect(r.code).toBe(1)
    expect(r.out).toContain(`${edited}: the model differs`)
    expect(r.out).toMatch(/ {4}kernel printed: low 0xf4000000-0xfbffffff, main 0x11b600000-0x13b5fffff\n {4}model predicts: low 0xf4000000-0xfbffffff, main 0x11b400000-0x13b3fffff/)
    // Each at the log's line and column where the kernel printed it: the main region's line.
    expect(r.out).toContain(`  ${edited}:20:16: crash\n`)
    expect(r.out).toContain(`  ${edited}:20:16: dmesg\n`)
  })

  it('uses a board of the matrix with --board', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const r = await run(['verify', log, '--board', 'qemu-virt-arm64', '--matrix', 'examples/boards.json'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('the model agrees')
  })

  it('takes a board that sets no kernels under --board: the log names the kernel (test/boots/amd64-la57)', async () => {
    const set = 'test/boots/amd64-la57'
    const r = await run(['verify', join(ROOT, set, 'amd64-6.12-q35-4G-brk.log.gz'), '--board', 'qemu-q35-x86_64-4G', '--matrix', join(ROOT, set, 'amd64-6.12-q35-4G-brk.board.json')])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    expect(r.out).toContain('the model agrees (6.12.117 ')
  })

  it("uses the matrix's defaults under --board, as check does (docs/format.md: merged under every board)", async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    // A firmware carve-out at the top of RAM, where the real boot put the crash kernel: the
    // model must then predict another place, whether the board or the defaults say so.
    const fw = { kind: 'fixed', name: 'fw', base: '0x13c000000', size: '0x4000000' }
    const board = { id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'] }
    const own = join(dir, 'own.json')
    const viaDefaults = join(dir, 'defaults.json')
    await writeFile(own, JSON.stringify({ version: 1, boards: [{ ...board, reservations: [fw] }] }))
    await writeFile(viaDefaults, JSON.stringify({ version: 1, defaults: { reservations: [fw] }, boards: [board] }))
    const a = await run(['verify', log, '--board', 'v', '--matrix', own])
    const b = await run(['verify', log, '--board', 'v', '--matrix', viaDefaults])
    expect(a.code).toBe(1)
    expect(a.out).toContain('model predicts: low 0xf4000000-0xfbffffff, main 0x117400000-0x1373fffff')
    expect(b).toMatchObject({ code: a.code, out: a.out.replaceAll(own, viaDefaults) })
  })

  it("takes the RAM variant with the log's memory, else the nearest one with a note saying so", async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const variant = (name: string, size: string) => ({ name, memory: [{ base: '0x40000000', size }] })
    const matrix = (third: string) => JSON.stringify({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', kernels: ['6.12'], ram: [variant('small', '2G'), variant('big', '8G'), variant('mid', third)] }] })
    const exact = join(dir, 'exact.json')
    const near = join(dir, 'near.json')
    await writeFile(exact, matrix('4G'))
    await writeFile(near, matrix('3G'))
    const a = await run(['verify', log, '--board', 'v', '--matrix', exact])
    expect(a.code).toBe(0)
    expect(a.out).toBe(`${log}: the model agrees (6.12.117 arm64-6.12.117; crash main 0x11b400000-0x13b3fffff, low 0xf4000000-0xfbffffff)\n`)
    const b = await run(['verify', log, '--board', 'v', '--matrix', near])
    expect(b.code).toBe(1)
    expect(b.out.split('\n').slice(0, 2)).toEqual([
      `${log}: the model differs`,
      '  note: the log shows 4 GiB of RAM, which no RAM variant of board "v" has: compared with variant "mid" (3 GiB); a difference may be the RAM\'s',
    ])
  })

  it('refuses a board of another architecture than the log (exit 2), instead of listing its differences', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const r = await run(['verify', log, '--board', 'x86-server'])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(`${log}: cannot verify\n  ${log} is the boot of a kernel for arm64, but board "x86-server" is x86_64: give a board of the log's architecture, or none\n`)
  })

  it("says in check's words why a log's board cannot be simulated (a kernel not modelled), at the board's field with --board", async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, 'arm64-6.12-plain-4G-ck512M.high')
    const old = join(dir, 'old.log')
    // Debian's 4.19 kernel: its banner names release 4.19.304, before the registry's 5.10.0.
    await writeFile(old, (await readFile(log, 'utf8')).replace(/Linux version \S+/, 'Linux version 4.19.0-27-arm64').replace(/Debian 6\.12\.\d+-\d+/, 'Debian 4.19.304-1'))
    const r = await run(['verify', old])
    expect(r.code).toBe(2)
    // At the banner's line of the log (the log's own board is the log).
    const banner = (await readFile(old, 'utf8')).split('\n').findIndex((l) => l.includes('Linux version')) + 1
    expect(r.err).toBe(`${old}: cannot verify\n  ${old}:${banner}: kernel "4.19.304" is not modelled: the policies cover 5.10.0 up to 7.x, and Debian profiles (image sizes and build options) exist for 5.10, 6.1, 6.12, 7.2, 7.3\n`)
    const withBoard = await run(['verify', old, '--board', 'qemu-virt-arm64'])
    expect(withBoard.err).toContain('exist for 5.10, 6.1, 6.12, 7.2, 7.3 (board/kernels/0)\n')
  })

  it('exits 2 when the log cannot be verified or read', async () => {
    const hung = await run(['verify', join(ROOT, 'test/oracle/logs/riscv64-7.2-virt-1G-ck512M.log.gz')])
    expect(hung.code).toBe(2)
    expect(hung.err).toContain('cannot verify')
    expect(hung.err).toContain('no "Linux version" line')
    const missing = await run(['verify', 'no/such.log'])
    expect(missing.code).toBe(2)
    expect(missing.err).toContain('cannot read no/such.log')
    const usage = await run(['verify', 'x.log', '--matrix', 'examples/boards.json'])
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--matrix needs --board <id>')
  })
})
