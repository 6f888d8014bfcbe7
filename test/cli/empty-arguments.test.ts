// SPDX-License-Identifier: GPL-2.0-only
/**
 * An empty argument names nothing (docs/cli.md: "an empty value never stands for 'not
 * given'"): `check "$MATRIX"` or `verify "$LOG"` with the variable unset was read as the path
 * "", which printed "cannot read matrix file : no such file". And a quoted glob, as the
 * action's `matrix` input is written, reaches the CLI unexpanded: say so.
 */
import { describe, expect, it } from 'vitest'
import { EXAMPLES, run } from './io.js'

describe('an empty argument is a usage error', () => {
  it.each([
    [['check', ''], 'crashkernel-check: an empty argument (""): give a matrix file'],
    [['check', EXAMPLES, ''], 'crashkernel-check: an empty argument (""): give a matrix file'],
    [['explain', ''], 'crashkernel-check explain: an empty argument (""): give the board id'],
    [['sweep', ''], 'crashkernel-check sweep: an empty argument (""): give the board id'],
    [['suggest', ''], 'crashkernel-check suggest: an empty argument (""): give the board id'],
    [['verify', ''], 'crashkernel-check verify: an empty argument (""): give the boot log'],
    [['import', ''], 'crashkernel-check import: an empty argument (""): give an artefact to import (boot log, .dtb, .dts, /proc/iomem, .config)'],
  ])('%j', async (argv, message) => {
    const r = await run(argv)
    expect([r.code, r.out, r.err.split('\n')[0]]).toEqual([2, '', message])
    expect(r.err).toContain('Usage: crashkernel-check')
  })
})

describe('check: a quoted glob is not expanded', () => {
  it('says the shell expands globs', async () => {
    const r = await run(['check', 'no-such-dir/*.json'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toBe('crashkernel-check: cannot read matrix file no-such-dir/*.json: no such file (the CLI does not expand globs: the shell does, for a pattern left unquoted that matches a file)\n')
  })

  it('leaves the message of a plain missing file as it was', async () => {
    const r = await run(['check', 'no/such.json'])
    expect(r.err).toBe('crashkernel-check: cannot read matrix file no/such.json: no such file\n')
  })
})

// No board id and no kernel has a blank in it: `--boards "rpi4 x86-server"` is a list
// separated the wrong way, and the message says how to write it.
describe('a list item with blanks between words', () => {
  it('--boards: names the comma-separated spelling', async () => {
    const r = await run(['check', EXAMPLES, '--boards', 'rpi4 x86-server'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err).toBe(`crashkernel-check: --boards "rpi4 x86-server" matches no board id in ${EXAMPLES}; the items of a list are separated by commas: "rpi4,x86-server"\n`)
  })

  it('--kernel: names the comma-separated spelling', async () => {
    const r = await run(['check', EXAMPLES, '--kernel', '6.12 7.2'])
    expect([r.code, r.out]).toEqual([2, ''])
    expect(r.err.split('\n')[0]).toBe('crashkernel-check: --kernel: "6.12 7.2" is not a kernel crashkernel-check models (5.10.0 … 7.x, e.g. 6.1.192 or 6.12); the items of a list are separated by commas: "6.12,7.2"')
  })

  it('leaves a pattern without blanks as it was', async () => {
    const r = await run(['check', EXAMPLES, '--boards', 'rpi5'])
    expect(r.err).toBe(`crashkernel-check: --boards "rpi5" matches no board id in ${EXAMPLES}\n`)
  })
})
