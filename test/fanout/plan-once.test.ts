// SPDX-License-Identifier: GPL-2.0-only
/**
 * The plan reads each matrix file once: parse, validate and decode, as check() does
 * (src/read-matrix.ts). A file with problems and no board the `boards` filter keeps was read
 * a second time to learn whether check() would report anything under that filter.
 */
import { describe, expect, it, vi } from 'vitest'
import * as parse from '../../src/matrix/parse.js'
import { fileUnits, planFanout } from '../../src/fanout/plan.js'
import { checkAll, fixture, matrix } from './helpers.js'

vi.mock('../../src/matrix/parse.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/matrix/parse.js')>()
  return { ...original, parseDocument: vi.fn(original.parseDocument) }
})

const parsed = vi.mocked(parse.parseDocument)

describe('fileUnits() reads a file once', () => {
  it('for a file with problems and no board the filter keeps, whether check() reports them or not', () => {
    const board = { id: 'x1', extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' }
    // Reported under the filter: a duplicate id. Not reported: a problem inside a board the filter leaves out.
    const reported = matrix([{ ...board, id: 'dup' }, { ...board, id: 'dup' }], 'dup.json')
    const leftOut = matrix([{ ...board, id: 'a', confg: {} }], 'a.json')
    for (const [file, expected] of [[reported, true], [leftOut, false]] as const) {
      expect(checkAll([file], { boards: ['x*'] }).findings.length > 0).toBe(expected)
      parsed.mockClear()
      const units = fileUnits(file.text, file.path, { boards: ['x*'] })
      expect([units.boards, units.hasProblems]).toEqual([[], expected])
      expect(parsed).toHaveBeenCalledTimes(1)
    }
  })

  it('for every file of a plan', () => {
    const files = [fixture('test/fixtures/broken.matrix.json'), fixture('test/fixtures/clean.matrix.json'), fixture('test/fixtures/syntax.matrix.json')]
    parsed.mockClear()
    planFanout(files, { boards: ['rpi*'] })
    expect(parsed).toHaveBeenCalledTimes(files.length)
  })
})
