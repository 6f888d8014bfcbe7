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
    expect(r.err).toBe('crashkernel-check: cannot read matrix file no-such-dir/*.json: no such file (the CLI does not expand globs: leave the pattern unquoted for the shell to expand)\n')
  })

  it('leaves the message of a plain missing file as it was', async () => {
    const r = await run(['check', 'no/such.json'])
    expect(r.err).toBe('crashkernel-check: cannot read matrix file no/such.json: no such file\n')
  })
})
