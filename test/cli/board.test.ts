// SPDX-License-Identifier: GPL-2.0-only
/** The board commands (explain, sweep, suggest, verify --board) where the default matrix is not there. */
import { describe, expect, it } from 'vitest'
import { main } from '../../src/cli/main.js'
import { oracleLog, recordingIo, tempDir } from './io.js'

/**
 * Runs main() as from a directory without examples/boards.json (an installed CLI in the user's
 * own repository): reading the default matrix fails as Node's readFile does there.
 */
async function runElsewhere(argv: string[]) {
  const io = recordingIo()
  const real = io.readFile
  io.readFile = (path) => (path === 'examples/boards.json' ? Promise.reject(Object.assign(new Error("ENOENT: no such file or directory, open 'examples/boards.json'"), { code: 'ENOENT' })) : real(path))
  const code = await main(argv, io)
  return { code, out: io.out, err: io.err }
}

describe('board commands without the default matrix', () => {
  // docs/cli.md: "<board> is a board id of the matrix …, or the name of a preset". A preset
  // needs no matrix, yet outside a clone every command stopped at the missing
  // examples/boards.json.
  it.each([
    // The preset's own command line has no crashkernel=: explain says so (CK010) and exits 1.
    ['explain', ['explain', 'raspberrypi-4', '--kernel', '6.12', '--ram', '2G'], '━━ raspberrypi-4 · RAM 2G · Linux 6.12.117', 1],
    ['sweep', ['sweep', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '2G', '--sizes', '256M'], 'sweep qemu-virt-arm64 (arm64): 1 kernel(s)', 0],
    ['suggest', ['suggest', 'qemu-virt-arm64', '--kernel', '6.12', '--ram', '2G', '--sizes', '256M'], 'crashkernel= values for qemu-virt-arm64', 0],
  ])('%s takes a preset name', async (_name, argv, expected, code) => {
    const r = await runElsewhere(argv)
    expect(r.err).toBe('')
    expect(r.code).toBe(code)
    expect(r.out).toContain(expected)
  })

  it('verify --board takes a preset name', async () => {
    const log = await oracleLog(await tempDir(), 'arm64-6.12-plain-4G-ck512M.high')
    const r = await runElsewhere(['verify', log, '--board', 'qemu-virt-arm64'])
    expect(r.err).toBe('')
    expect(r.out).toContain('the model agrees')
    expect(r.code).toBe(0)
  })

  it('says that no --matrix was given, for a board id that is no preset', async () => {
    const r = await runElsewhere(['explain', 'rpi4'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toBe(
      'crashkernel-check explain: no --matrix given, and the default examples/boards.json cannot be read: no such file\n' +
        'give the board\'s matrix with --matrix <file>, or a preset name as the board: qemu-pc-x86_64, qemu-q35-x86_64, qemu-virt-arm64, qemu-virt-riscv64, raspberrypi-4\n',
    )
    // A --matrix given and unreadable is that file's problem, preset name or not.
    const given = await runElsewhere(['explain', 'raspberrypi-4', '--matrix', 'examples/boards.json'])
    expect(given.code).toBe(2)
    expect(given.err).toBe('crashkernel-check explain: cannot read matrix file examples/boards.json: no such file\n')
  })
})
