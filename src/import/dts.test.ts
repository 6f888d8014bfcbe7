// SPDX-License-Identifier: GPL-2.0-only
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildDtb } from '../../test/import/dtb-builder.js'
import { toDts, virtTree } from '../../test/import/qemu-virt-dt.js'
import { dtbToBoard } from './dt-board.js'
import { compileDts, DTC_ARGS, dtsToBoard, type SpawnResult, type SpawnSyncLike } from './dts.js'

const dtcInstalled = !spawnSync('dtc', ['--version']).error

/** A spawn that records its call and answers as given. */
function fake(answer: SpawnResult | (() => never)) {
  const calls: Array<{ command: string; args: readonly string[]; input: string }> = []
  const spawn: SpawnSyncLike = (command, args, options) => {
    calls.push({ command, args, input: new TextDecoder().decode(options.input) })
    return typeof answer === 'function' ? answer() : answer
  }
  return { spawn, calls }
}

describe('compileDts', () => {
  it('runs dtc on stdin and returns its stdout', () => {
    const blob = buildDtb(virtTree(1n << 30n))
    const { spawn, calls } = fake({ status: 0, stdout: blob, stderr: '' })
    const r = compileDts('/dts-v1/; / { };', spawn)
    expect(r).toEqual({ dtb: blob, problems: [] })
    expect(calls).toEqual([{ command: 'dtc', args: DTC_ARGS, input: '/dts-v1/; / { };' }])
    expect(DTC_ARGS).toEqual(['-q', '-I', 'dts', '-O', 'dtb', '-o', '-', '-'])
  })

  it('says clearly that dtc is missing and how to install it', () => {
    const { spawn } = fake({ status: null, stdout: '', stderr: '', error: { code: 'ENOENT', message: 'spawnSync dtc ENOENT' } })
    const r = compileDts('/dts-v1/; / { };', spawn)
    expect(r.dtb).toBeUndefined()
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'error', source: 'dts', code: 'dtcMissing' })])
    expect(r.problems[0]!.message).toMatch(/dtc .* is not installed.*Debian package device-tree-compiler \(apt-get install device-tree-compiler\)/)
  })

  it('handles a spawn that throws instead of returning an error', () => {
    const { spawn } = fake(() => {
      throw Object.assign(new Error('spawn dtc EACCES'), { code: 'EACCES' })
    })
    expect(compileDts('x', spawn).problems).toEqual([expect.objectContaining({ code: 'dtcFailed', message: 'dtc could not be run: spawn dtc EACCES' })])
  })

  it("locates dtc's errors at the DTS line and column", () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Error: <stdin>:5.2-3 syntax error\nFATAL ERROR: Unable to parse input tree\n' })
    expect(compileDts('/dts-v1/;\n/ {\n\tfoo = <1 2\n};\n', spawn).problems).toEqual([{ severity: 'error', source: 'dts', code: 'dtc', message: 'dtc: syntax error', line: 5, column: 2 }])
  })

  it('points at #include when the DTS was not preprocessed', () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Error: <stdin>:2.1-9 syntax error\n' })
    const r = compileDts('/dts-v1/;\n#include <dt-bindings/gpio/gpio.h>\n/ { };\n', spawn)
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['dtc', 2],
      ['needsCpp', 2],
    ])
  })

  it("locates dtc's multi-line ranges (srcpos_string(): file:line.col-line.col)", () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Error: <stdin>:3.9-5.2 Properties must precede subnodes\n' })
    expect(compileDts('x', spawn).problems).toEqual([{ severity: 'error', source: 'dts', code: 'dtc', message: 'dtc: Properties must precede subnodes', line: 3, column: 9 }])
  })

  it('keeps unlocated warnings as warnings', () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Warning: something odd\nsomething bad\n' })
    expect(compileDts('x', spawn).problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'dtc: Warning: something odd'],
      ['error', 'dtc: something bad'],
    ])
  })

  it('treats a dtc killed by a signal (status null) as a failure', () => {
    const { spawn } = fake({ status: null, stdout: '', stderr: '' })
    const r = compileDts('x', spawn)
    expect(r.dtb).toBeUndefined()
    expect(r.problems).toEqual([{ severity: 'error', source: 'dts', code: 'dtc', message: 'dtc exited with status null' }])
  })

  it.each([
    ['#include on line 2', '/dts-v1/;\n#include "a.dtsi"\n', 2],
    ['after one blank line', '/dts-v1/;\n\n#include "a.dtsi"\n', 3],
    ['after two blank lines', '/dts-v1/;\n\n\n#include "a.dtsi"\n', 4],
    ['indented', '/dts-v1/;\n\t#include "a.dtsi"\n', 2],
  ])('points at the #include line: %s', (_name, source, line) => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: '' })
    expect(compileDts(source, spawn).problems.find((p) => p.code === 'needsCpp')?.line).toBe(line)
  })
})

describe('dtsToBoard', () => {
  it('imports through the injected dtc and labels the provenance as DTS', () => {
    const blob = buildDtb(virtTree(4n << 30n, 'resmem-cma'))
    const { spawn } = fake({ status: 0, stdout: blob, stderr: '' })
    const r = dtsToBoard('(the DTS)', spawn, { id: 'virt' })
    expect(r.board).toEqual(dtbToBoard(blob, { id: 'virt' }).board)
    expect(r.provenance['/reservations/0']).toMatch(/^DTS \(compiled by dtc\) \/reserved-memory\/linux,cma size/)
  })

  it('returns an id-only board when dtc fails', () => {
    const { spawn } = fake({ status: null, stdout: '', stderr: '', error: { code: 'ENOENT', message: 'x' } })
    expect(dtsToBoard('x', spawn, { id: 'b' })).toMatchObject({ board: { id: 'b' }, facts: undefined })
  })

  it("keeps dtc's warnings next to a usable blob", () => {
    const blob = buildDtb(virtTree(1n << 30n))
    const { spawn } = fake({ status: 0, stdout: blob, stderr: 'Warning: <stdin>:7.10-9.4 something to look at\n' })
    const r = dtsToBoard('(the DTS)', spawn, { id: 'virt' })
    expect(r.board).toEqual(dtbToBoard(blob, { id: 'virt' }).board)
    expect(r.problems).toEqual([{ severity: 'warning', source: 'dts', code: 'dtc', message: 'dtc: something to look at', line: 7, column: 10 }])
  })

  it.skipIf(!dtcInstalled)('with the real dtc (node:child_process spawnSync passed as is)', () => {
    const tree = virtTree(4n << 30n, 'twobank-dma30', 'console=ttyAMA0 crashkernel=256M')
    const r = dtsToBoard(toDts(tree), spawnSync, { id: 'virt' })
    expect(r.problems).toEqual([])
    expect(r.board).toEqual(dtbToBoard(buildDtb(tree), { id: 'virt' }).board)
    const bad = dtsToBoard('/dts-v1/;\n/ {\n\tmodel = "x"\n};\n', spawnSync)
    expect(bad.problems.map((p) => [p.code, p.line])).toEqual([['dtc', 4]])
  })
})
