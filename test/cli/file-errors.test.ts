// SPDX-License-Identifier: GPL-2.0-only
/**
 * Files that cannot be read or written are named with the reason in words, not Node's errno
 * text, and JSON that import reads back is refused at file:line:column (docs/cli.md).
 */
import { mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileErrorText } from '../../src/file-errors.js'
import { main } from '../../src/cli/main.js'
import { systemError } from '../system-error.js'
import { oracleLog, recordingIo, run, tempDir } from './io.js'

/** The first line of stderr, after checking that the run was refused with nothing on stdout. */
async function refused(argv: string[]): Promise<string> {
  const r = await run(argv)
  expect([r.code, r.out], argv.join(' ')).toEqual([2, ''])
  return r.err.split('\n')[0]!
}

describe('files that cannot be read or written are named with the reason in words', () => {
  it('fileErrorText() words the errno codes and strips Node\'s code and path from the rest', () => {
    expect(fileErrorText(systemError('ENOENT', 'no such file or directory', 'open', '/x.json'))).toBe('no such file')
    expect(fileErrorText(systemError('EISDIR', 'illegal operation on a directory', 'read'))).toBe('is a directory')
    expect(fileErrorText(systemError('EACCES', 'permission denied', 'open', '/x'))).toBe('permission denied')
    expect(fileErrorText(systemError('ENOTDIR', 'not a directory', 'open', '/etc/passwd/x'))).toBe('a part of the path is not a directory')
    expect(fileErrorText(systemError('ENOENT', 'no such file or directory', 'open', '/no/x.json'), 'write')).toBe('no such directory')
    expect(fileErrorText(systemError('EBUSY', 'resource busy or locked', 'open', '/x'))).toBe('resource busy or locked')
    expect(fileErrorText(new Error('something else'))).toBe('something else')
    expect(fileErrorText('a string')).toBe('a string')
    // Text longer than a string can be (over 512 MiB): V8's RangeError has no code.
    expect(fileErrorText(new RangeError('Invalid string length'))).toBe('the file is too large to read (over 512 MiB)')
    expect(fileErrorText(systemError('ERR_STRING_TOO_LONG', 'Cannot create a string longer than 0x1fffffe8 characters', 'read'))).toBe('the file is too large to read (over 512 MiB)')
    // The action builds a report's text inside the try around its write: no file was read.
    expect(fileErrorText(new RangeError('Invalid string length'), 'write')).toBe('the text to write is too large for one string (over 512 MiB)')
  })

  it.each([
    [['check', 'no/such.json'], 'crashkernel-check: cannot read matrix file no/such.json: no such file'],
    [['check', 'test'], 'crashkernel-check: cannot read matrix file test: is a directory'],
    [['explain', 'rpi4', '--matrix', 'no/such.json'], 'crashkernel-check explain: cannot read matrix file no/such.json: no such file'],
    [['sweep', 'rpi4', '--matrix', 'test'], 'crashkernel-check sweep: cannot read matrix file test: is a directory'],
    [['suggest', 'rpi4', '--matrix', 'examples/boards.json/x'], 'crashkernel-check suggest: cannot read matrix file examples/boards.json/x: a part of the path is not a directory'],
    [['import', 'no/such.log'], 'crashkernel-check import: cannot read no/such.log: no such file'],
    [['import', 'test'], 'crashkernel-check import: cannot read test: is a directory'],
    [['verify', 'no/such.log'], 'crashkernel-check verify: cannot read no/such.log: no such file'],
    [['verify', 'test'], 'crashkernel-check verify: cannot read test: is a directory'],
    [['verify', 'no/such.log', '--board', 'rpi4', '--matrix', 'no/such.json'], 'crashkernel-check verify: cannot read no/such.log: no such file'],
  ])('%j', async (argv, message) => {
    const r = await run(argv)
    expect([r.code, r.out, r.err]).toEqual([2, '', `${message}\n`])
  })

  // Tests run as root here, where chmod cannot deny a read: the io throws what Node throws.
  it('says "permission denied" for a file the user may not read (matrix, artefact)', async () => {
    for (const [argv, message] of [
      [['check', 'secret.json'], 'crashkernel-check: cannot read matrix file secret.json: permission denied'],
      [['explain', 'rpi4', '--matrix', 'secret.json'], 'crashkernel-check explain: cannot read matrix file secret.json: permission denied'],
      [['import', 'secret.dtb'], 'crashkernel-check import: cannot read secret.dtb: permission denied'],
      [['verify', 'secret.log'], 'crashkernel-check verify: cannot read secret.log: permission denied'],
    ] as const) {
      const io = recordingIo()
      const deny = (path: string) => Promise.reject(systemError('EACCES', 'permission denied', 'open', path))
      io.readFile = deny
      io.readBytes = deny
      expect(await main([...argv], io), argv.join(' ')).toBe(2)
      expect([io.out, io.err]).toEqual(['', `${message}\n`])
    }
  })
})

describe('import --out: the files it reads back and writes', () => {
  const LOG = 'arm64-6.12-plain-4G-ck512M.high'

  it('names a directory given as --out, a provenance path that is a directory, and a missing directory to write in', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, LOG)
    expect(await refused(['import', log, '--out', dir])).toBe(`crashkernel-check import: --out ${dir} exists and cannot be read to add the board to it: is a directory; give the matrix file to write`)
    const out = join(dir, 'boards.json')
    expect((await run(['import', log, '--id', 'one', '--out', out])).code).toBe(0)
    const side = `${out}.provenance.json`
    await rm(side)
    await mkdir(side)
    expect(await refused(['import', log, '--id', 'two', '--out', out])).toBe(`crashkernel-check import: cannot read ${side}: is a directory`)
    expect(await refused(['import', log, '--out', join(dir, 'no/such/boards.json')])).toBe(`crashkernel-check import: cannot write ${join(dir, 'no/such/boards.json')}: no such directory`)
  })

  it('locates a JSON syntax error in an existing --out matrix, and leaves the file alone', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, LOG)
    const out = join(dir, 'boards.json')
    const broken = '{\n  "version": 1,\n  "boards": [],,\n}\n'
    await writeFile(out, broken)
    expect(await refused(['import', log, '--out', out])).toBe(`crashkernel-check import: ${out}:3:16: JSON syntax error: property name expected; not adding the board to it: fix the file, or give another --out`)
    expect(await readFile(out, 'utf8')).toBe(broken)
  })

  /** A matrix written by one import (board "one"), and its provenance file. */
  async function firstImport(): Promise<{ log: string; out: string; side: string }> {
    const dir = await tempDir()
    const log = await oracleLog(dir, LOG)
    const out = join(dir, 'boards.json')
    expect((await run(['import', log, '--id', 'one', '--out', out])).code).toBe(0)
    return { log, out, side: `${out}.provenance.json` }
  }

  it('locates a JSON syntax error in the provenance file, and writes neither file', async () => {
    const { log, out, side } = await firstImport()
    const matrix = await readFile(out, 'utf8')
    await writeFile(side, '{\n  "matrix": "boards.json"\n  "boards": {}\n}\n')
    expect(await refused(['import', log, '--id', 'two', '--out', out])).toBe(
      `crashkernel-check import: ${side}:3:3: JSON syntax error: comma expected; it is not a provenance file of crashkernel-check import: move it away, or give another --out`,
    )
    expect(await readFile(out, 'utf8')).toBe(matrix)
  })

  it('reads back a provenance file larger than a matrix may be (no matrix limits: a fleet has an entry per board)', async () => {
    const { log, out, side } = await firstImport()
    const earlier = JSON.parse(await readFile(side, 'utf8')) as { matrix: string; boards: Record<string, unknown> }
    // 17 MiB, over LIMITS.maxInputBytes (16 MiB), which parseDocument() refuses.
    for (let i = 0; i < 8704; i++) earlier.boards[`b${i}`] = { inputs: {}, provenance: { '/id': 'x'.repeat(2048) }, problems: [] }
    await writeFile(side, JSON.stringify(earlier))
    expect((await run(['import', log, '--id', 'two', '--out', out])).code).toBe(0)
    const after = JSON.parse(await readFile(side, 'utf8')) as { boards: Record<string, unknown> }
    expect(Object.keys(after.boards)).toHaveLength(8706)
  })

  // Was "no such file" for a name the shell's glob (and ls) listed.
  it('says a matrix file that is a dangling symlink is one, and checks the other files', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'a.json'), JSON.stringify({ version: 1, boards: [{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] }))
    await symlink('nowhere.json', join(dir, 'dangling.json'))
    await symlink('loop.json', join(dir, 'loop.json'))
    const r = await run(['check', join(dir, 'a.json'), join(dir, 'dangling.json'), join(dir, 'loop.json')])
    expect(r.code).toBe(2)
    expect(r.out).toContain('1 layout of 1 board simulated in 1 file')
    expect(r.err).toBe(`crashkernel-check: cannot read matrix file ${join(dir, 'dangling.json')}: a dangling symlink: its target "nowhere.json" does not exist\ncrashkernel-check: cannot read matrix file ${join(dir, 'loop.json')}: too many levels of symbolic links\n`)
    // A missing file is still one.
    expect(await refused(['check', join(dir, 'missing.json')])).toBe(`crashkernel-check: cannot read matrix file ${join(dir, 'missing.json')}: no such file`)
    // A link to a dangling link: its target exists (it is the other link); what is missing is further on.
    await symlink('dangling.json', join(dir, 'chain.json'))
    expect(await refused(['check', join(dir, 'chain.json')])).toBe(`crashkernel-check: cannot read matrix file ${join(dir, 'chain.json')}: a dangling symlink: its target "dangling.json" leads to "nowhere.json", which does not exist`)
  })

  it('names the provenance file, not the matrix, when writing it fails', async () => {
    const dir = await tempDir()
    const log = await oracleLog(dir, LOG)
    const out = join(dir, 'boards.json')
    const io = recordingIo()
    const write = io.writeFile!
    io.writeFile = (path, text) => (path.endsWith('.provenance.json') ? Promise.reject(systemError('ENOSPC', 'no space left on device', 'write')) : write(path, text))
    expect(await main(['import', log, '--out', out], io)).toBe(2)
    expect(io.err).toBe(`crashkernel-check import: cannot write ${out}.provenance.json: no space left on the device\n`)
  })
})
