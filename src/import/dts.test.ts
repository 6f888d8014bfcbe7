// SPDX-License-Identifier: GPL-2.0-only
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildDtb } from '../../test/import/dtb-builder.js'
import { toDts, virtTree } from '../../test/import/qemu-virt-dt.js'
import { dtbToBoard } from './dt-board.js'
import { annotatedPositions, compileDts, dtcColumn, DTC_ANNOTATE_ARGS, DTC_ARGS, dtsToBoard, pluginDirective, type SpawnResult, type SpawnSyncLike } from './dts.js'

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

  it("counts dtc's columns (UTF-8 bytes) in UTF-16 units, as a matrix's and an editor's are", () => {
    // "bogus" is the 34th character of line 3 (a tab, 2 units for the emoji), dtc's byte 37.
    const source = '/dts-v1/;\n/ {\n\tmodel = "é😀"; compatible = "x" bogus;\n};\n'
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Error: <stdin>:3.37-38 syntax error\nFATAL ERROR: Unable to parse input tree\n' })
    expect(compileDts(source, spawn).problems).toMatchObject([{ line: 3, column: source.split('\n')[2]!.indexOf('bogus') + 1 }])
    expect(dtcColumn(source, 3, 37)).toBe(34)
    expect(dtcColumn(source, 3, 1)).toBe(1)
    // Past the line, or a line that is not there: as dtc said.
    expect(dtcColumn(source, 9, 5)).toBe(5)
  })

  it.skipIf(!dtcInstalled)('puts a DTB-stage problem after non-ASCII text at the column an editor shows', () => {
    const dts = '/dts-v1/;\n/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n\tmemory@40000000 {\n\t\tdevice_type = "memory"; /* é😀 */ reg = <0x0 0x40000000 0x0>;\n\t};\n};\n'
    const r = dtsToBoard(dts, spawnSync, { id: 'b' })
    expect(r.problems.map((p) => [p.code, p.line, p.column])).toContainEqual(['badLength', 6, dts.split('\n')[5]!.indexOf('reg') + 1])
  })

  it("locates dtc's errors at the DTS line and column", () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'Error: <stdin>:5.2-3 syntax error\nFATAL ERROR: Unable to parse input tree\n' })
    expect(compileDts('/dts-v1/;\n/ {\n\tfoo = <1 2\n};\n', spawn).problems).toEqual([{ severity: 'error', source: 'dts', code: 'dtc', message: 'dtc: syntax error', line: 5, column: 2 }])
  })

  it("locates the /include/ of a file dtc cannot open, which dtc prints without a position", () => {
    const { spawn } = fake({ status: 1, stdout: '', stderr: 'FATAL ERROR: Couldn\'t open "missing.dtsi": No such file or directory\n' })
    expect(compileDts('/dts-v1/;\n\t/include/ "missing.dtsi"\n/ { };\n', spawn).problems).toEqual([{ severity: 'error', source: 'dts', code: 'dtc', message: 'dtc: FATAL ERROR: Couldn\'t open "missing.dtsi": No such file or directory', line: 2, column: 12 }])
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

describe('overlays', () => {
  it('finds /plugin/; at its line and column, not inside a comment', () => {
    expect(pluginDirective('/dts-v1/;\n/plugin/;\n/ { };\n')).toEqual({ line: 2, column: 1 })
    expect(pluginDirective('/dts-v1/;\n  /plugin/ ;\n')).toEqual({ line: 2, column: 3 })
    expect(pluginDirective('/dts-v1/;\n// /plugin/;\n/* /plugin/; */ / { };\n')).toBeUndefined()
    expect(pluginDirective('/dts-v1/;\n/ { };\n')).toBeUndefined()
  })

  it.skipIf(!dtcInstalled)('refuses an overlay without fragments, which compiles to a tree like an empty board', () => {
    const r = dtsToBoard('/dts-v1/;\n/plugin/;\n/ { };\n', spawnSync as unknown as SpawnSyncLike)
    expect(r.problems.map((p) => [p.severity, p.code, p.line, p.column])).toEqual([['error', 'overlay', 2, 1]])
    expect(r.problems[0]!.message).toContain('fdtoverlay -i base.dtb -o board.dtb overlay.dtbo')
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

  it("reads dtc's -T -T annotations: first span, labels, nodes extended by &label, strings with braces", () => {
    // dtc 1.6.1's output for a DTS whose memory node is extended further down by &lbl { … }.
    const annotated = [
      '/dts-v1/;',
      '',
      '/memreserve/\t0x0000000000001000 0x0000000000001000;',
      '/ { /* <stdin>:4:3-10:3 */',
      '',
      '\tlbl: memory@40000000 { /* <stdin>:5:23-9:4, <stdin>:11:6-11:19 */',
      '\t\tdevice_type = "memory"; /* <stdin>:6:3-6:26 */',
      '\t\tcompatible = "a{b;", "c"; /* <stdin>:7:3-7:28 */',
      '\t\treg = <0x00 0x40000000 0x00>; /* <stdin>:8:3-8:30 */',
      '',
      '\t\tn: x { /* <stdin>:11:13-11:16 */',
      '\t\t\tempty; /* <stdin>:11:14-11:15 */',
      '\t\t}; /* <stdin>:11:13-11:16 */',
      '\t}; /* <stdin>:5:23-9:4, <stdin>:11:6-11:19 */',
      '\tchosen { /* <stdin>:12:9-12:30 */',
      '\t}; /* <stdin>:12:9-12:30 */',
      '}; /* <stdin>:4:3-10:3 */',
    ].join('\n')
    expect(Object.fromEntries([...annotatedPositions(annotated)].map(([k, v]) => [k.replace('\0', ' '), `${v.line}:${v.column}`]))).toEqual({
      '/': '4:3',
      '/memory@40000000': '5:23',
      '/memory@40000000 device_type': '6:3',
      '/memory@40000000 compatible': '7:3',
      '/memory@40000000 reg': '8:3',
      '/memory@40000000/x': '11:13',
      '/memory@40000000/x empty': '11:14',
      '/chosen': '12:9',
    })
  })

  it.skipIf(!dtcInstalled)("puts a problem of the DTB stage at the DTS line of its property, with no byte offset into dtc's blob", () => {
    const dts = '/dts-v1/;\n/ {\n\t#address-cells = <2>;\n\t#size-cells = <2>;\n\tmemory@40000000 {\n\t\tdevice_type = "memory";\n\t\treg = <0x0 0x40000000 0x0>;\n\t};\n};\n'
    const r = dtsToBoard(dts, spawnSync, { id: 'b' })
    expect(r.problems.map((p) => [p.code, p.line, p.column, p.offset])).toEqual([['badLength', 7, 3, undefined], ['noMemory', undefined, undefined, undefined]])
    // The provenance too: the DTS line of each value, no byte of the blob.
    const ok = dtsToBoard('/dts-v1/;\n/memreserve/ 0x1000 0x1000;\n/ {\n\tchosen {\n\t\tbootargs = "crashkernel=256M";\n\t};\n};\n', spawnSync, { id: 'b' })
    expect(ok.provenance['/cmdline']).toBe('DTS (compiled by dtc) /chosen bootargs (line 5:3)')
    expect(ok.provenance['/reservations/0']).toBe('DTS (compiled by dtc) /memreserve/ entry 0')
    // When the annotating run fails, the problem is left unlocated rather than at a DTB byte.
    const blob = spawnSync('dtc', [...DTC_ARGS], { input: dts }).stdout
    const spawn: SpawnSyncLike = (_c, args) => (args === DTC_ANNOTATE_ARGS ? { status: 1, stdout: '', stderr: 'no' } : { status: 0, stdout: blob, stderr: '' })
    expect(dtsToBoard(dts, spawn, { id: 'b' }).problems.map((p) => [p.code, p.line, p.offset])).toEqual([['badLength', undefined, undefined], ['noMemory', undefined, undefined]])
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
