// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { check } from '../src/index.js'
import { readMarkers } from './markers.js'

/**
 * Every marker has exactly one finding at its position, and there is no other finding; a
 * mistake of several layouts (one image base, every RAM variant of the board) is one finding
 * per layout, counted once here.
 */
function expectMarkersMatch(path: string): void {
  const text = readFileSync(path, 'utf8')
  const expected = readMarkers(text)
  expect(expected.length).toBeGreaterThan(2)
  const report = check(text, path)
  const perLayout = report.findings.map((f) => ({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line, column: f.location?.column }))
  const actual = [...new Map(perLayout.map((f) => [JSON.stringify(f), f])).values()]
  // Deduplicated only across layouts: never two findings of one layout at one place.
  expect(new Set(report.findings.map((f) => `${JSON.stringify({ ruleId: f.ruleId, messageId: f.messageId, line: f.location?.line, column: f.location?.column })}|${f.layoutName}`)).size).toBe(report.findings.length)
  const order = (a: { line?: number | undefined; column?: number | undefined }, b: { line?: number | undefined; column?: number | undefined }) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
  expect(actual.sort(order)).toEqual([...expected].sort(order))
}

describe('a matrix with many mistakes', () => {
  it('reports every schema and semantic mistake at its exact line and column, and nothing else', () => {
    expectMarkersMatch('test/fixtures/broken.matrix.json')
  })

  it('still simulates the board without problems', () => {
    const report = check(readFileSync('test/fixtures/broken.matrix.json', 'utf8'), 'broken.json')
    expect(report.layouts.map((l) => `${l.boardId} ${l.layoutName}`)).toEqual(['fine 3G/6.12'])
    // 15 mistakes; the misaligned image is one per RAM variant of its board (1G … 16G).
    expect(report.counts.error).toBe(19)
    expect(report.findings.filter((f) => f.messageId === 'imageMisaligned').map((f) => f.layoutName)).toEqual(['1G/6.1', '2G/6.1', '4G/6.1', '8G/6.1', '16G/6.1'])
  })

  it("with a boards filter, reports the problems of the boards it selects and of the document, not those of other boards", () => {
    const text = readFileSync('test/fixtures/broken.matrix.json', 'utf8')
    const all = check(text, 'broken.json').findings
    const picked = check(text, 'broken.json', { boards: ['fine', 'bad-*'] }).findings
    // A duplicate id is reported whatever the filter (the id is what the filter would match).
    const kept = all.filter((f) => f.boardId === undefined || f.boardId === 'fine' || f.boardId === 'bad-values' || f.messageId === 'duplicateBoardId')
    expect(picked.map((f) => `${f.ruleId} ${f.boardId} ${f.messageId}`)).toEqual(kept.map((f) => `${f.ruleId} ${f.boardId} ${f.messageId}`))
    expect(new Set(picked.map((f) => f.boardId))).toEqual(new Set([undefined, 'bad-values', 'typo']))
    expect(all.some((f) => f.ruleId === 'SC002' && f.boardId === 'typo')).toBe(true)
    // The first board with the id is named by its line too, not only by its pointer.
    expect(all.find((f) => f.messageId === 'duplicateBoardId')?.message).toMatch(/^board id "[^"]+" is already used by \/boards\/\d+ \(line \d+\)$/)
  })

  it('warns at a repeated kernel entry and a repeated device name, at file:line:col, naming the first by its line', () => {
    const text = [
      '{ "version": 1, "boards": [ { "id": "a", "extends": "qemu-virt-arm64", "cmdline": "crashkernel=256M",',
      '  "kernels": ["6.12",',
      '    "6.12"],',
      '  "devices": [{ "name": "d", "dmaLimit": "0xffffffff", "dumpTarget": true },',
      '    { "name": "d", "dmaLimit": "0x3fffffff" }] } ] }',
    ].join('\n')
    const report = check(text, 'dup.json')
    expect(report.findings.map((f) => [f.ruleId, f.severity, f.messageId, f.location?.line, f.location?.column, f.message])).toEqual([
      ['SC003', 'warning', 'duplicateKernel', 3, 5, 'kernel "6.12" is listed already at /boards/0/kernels/0 (line 2), the same release with the same settings: it adds no layout; remove this entry'],
      ['SC003', 'warning', 'duplicateDevice', 5, 15, 'device name "d" is used already by /boards/0/devices/0 (line 4): findings, memory maps and the job summary name a device by its name, which then says not which one; give each device its own name, or remove this entry if it is the same device'],
    ])
    // Nothing else changes: one layout per RAM variant of 6.12, each with both devices.
    expect(report.layouts.map((l) => [l.layoutName, l.devices?.length])).toEqual(['1G', '2G', '4G', '8G', '16G'].map((v) => [`${v}/6.12`, 2]))
  })

  it('errs at a RAM variant named like an earlier one, at file:line:col, naming the first by its line', () => {
    const text = [
      '{ "version": 1, "boards": [ { "id": "a", "arch": "arm64", "kernels": ["6.12"], "image": { "base": "0x40200000" }, "cmdline": "crashkernel=256M",',
      '  "ram": [{ "name": "1G", "memory": [{ "base": "0x40000000", "size": "1G" }] },',
      '    { "name": "1G", "memory": [{ "base": "0x40000000", "size": "2G" }] }] } ] }',
    ].join('\n')
    const report = check(text, 'dup.json')
    expect(report.findings.filter((f) => f.ruleId.startsWith('SC')).map((f) => [f.ruleId, f.severity, f.messageId, f.location?.line, f.location?.column, f.message])).toEqual([
      ['SC003', 'error', 'duplicateVariant', 3, 15, 'RAM variant "1G" is defined already by /boards/0/ram/0 (line 2), and only that one is simulated (layouts are named by their variant): give this one a name of its own, or remove it if it is the same RAM'],
    ])
    expect(report.layouts.map((l) => l.layoutName)).toEqual(['1G/6.12'])
  })

  it('with a boards filter, still reports every problem of a file that cannot be decoded at all', () => {
    // A syntax error: nothing is decoded, so the repeated keys of every board stay.
    const syntax = readFileSync('test/fixtures/syntax.matrix.json', 'utf8')
    expect(check(syntax, 's.json', { boards: ['nothing-matches'] }).findings).toEqual(check(syntax, 's.json').findings)
    // A schema error outside the boards: the same for every board's schema errors.
    const text = JSON.stringify({ version: 1, defaults: { arch: 'arm65' }, boards: [{ id: 'a', kernels: [6] }, { id: 'b', kernels: [7] }] }, null, 2)
    const filtered = check(text, 'd.json', { boards: ['a'] }).findings
    expect(filtered.map((f) => [f.ruleId, f.boardId])).toEqual(check(text, 'd.json').findings.map((f) => [f.ruleId, f.boardId]))
    expect(filtered.filter((f) => f.boardId === 'b').length).toBe(1)
    // Its repeated keys too, whichever board they are in.
    const dupKey = `{ "version": 1, "defaults": { "arch": "arm65" }, "boards": [{ "id": "a" }, { "id": "b", "kernels": ["6.12"], "kernels": ["6.12"] }] }`
    expect(check(dupKey, 'k.json', { boards: ['a'] }).findings.map((f) => `${f.ruleId} ${f.boardId} ${f.messageId}`)).toEqual(check(dupKey, 'k.json').findings.map((f) => `${f.ruleId} ${f.boardId} ${f.messageId}`))
    expect(check(dupKey, 'k.json', { boards: ['a'] }).findings.some((f) => f.boardId === 'b' && f.messageId === 'duplicateKey')).toBe(true)
  })

  it('with a boards filter, reports the problems of a board whose id no filter can select alone ("a,b", "a*", " a", "")', () => {
    const board = (id: string) => ({ id, extends: 'qemu-virt-arm64', kernels: ['6.12'], ramSize: '2G' })
    for (const id of ['a,b', 'a*', ' a', '']) {
      const text = JSON.stringify({ version: 1, boards: [board('a'), board('b'), board(id)] }, null, 2)
      const picked = check(text, 'm.json', { boards: ['b'] }).findings
      expect(picked.filter((f) => f.pointer === '/boards/2/id').map((f) => f.ruleId), JSON.stringify(id)).toEqual(['SC002'])
    }
  })

  it('reports every syntax error and repeated key at its position', () => {
    expectMarkersMatch('test/fixtures/syntax.matrix.json')
  })

  it('finds nothing in the clean fixture and simulates all its layouts', () => {
    const report = check(readFileSync('test/fixtures/clean.matrix.json', 'utf8'), 'clean.json')
    expect(report.findings).toEqual([])
    expect(report.layouts).toHaveLength(4 * 2 + 1)
  })
})
