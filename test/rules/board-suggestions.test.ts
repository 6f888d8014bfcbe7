// SPDX-License-Identifier: GPL-2.0-only
/**
 * check()'s one value per board (Report.boardSuggestions): applied to the matrix text, it
 * leaves the board with no error and no more warned or noted layouts than it says, asks for
 * at most half of every layout's System RAM, and is offered only where it adds something.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { applySuggestion, check, type Report } from '../../src/index.js'
import { crashkernelTokens } from '../../src/rules/crashkernel-tokens.js'
import { matrix, run } from './helpers.js'

const counted = (r: Report, boardId: string) => r.findings.filter((f) => f.boardId === boardId && !f.suppressed)
const layoutsWith = (r: Report, boardId: string, severity: string) => new Set(counted(r, boardId).filter((f) => f.severity === severity).map((f) => f.layoutName)).size

const PI = { id: 'pi', extends: 'raspberrypi-4', kernels: ['5.10', '6.1', '6.12'], cmdline: 'console=ttyS0 crashkernel=1G', expect: { reservationRequired: true } }

describe('board suggestions in test/rules/fixtures/shared-values.json', () => {
  const path = 'test/rules/fixtures/shared-values.json'
  const text = readFileSync(path, 'utf8')
  const report = check(text, path)
  const cases = (report.boardSuggestions ?? []).map((b) => [`${b.boardId} → ${b.value}`, b] as const)

  it('has board suggestions to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3)
  })

  it.each(cases)('%s does what it says', (_name, b) => {
    const changed = applySuggestion(text, b.suggestion)
    const after = check(changed, path, { suggest: false })
    const layouts = after.layouts.filter((l) => l.boardId === b.boardId)
    expect(layouts).toHaveLength(b.layouts)
    expect(counted(after, b.boardId).filter((f) => f.severity === 'error').map((f) => f.message)).toEqual([])
    expect(layoutsWith(after, b.boardId, 'warning')).toBe(b.warned)
    expect(layoutsWith(after, b.boardId, 'note')).toBe(b.noted)
    expect(crashkernelTokens(b.suggestion.replacement!).map((t) => t.text).join(' ')).toBe(b.value)
    for (const l of layouts) {
      expect(l.result.crashkernel.kind).toBe('reserved')
      const c = l.result.crashkernel
      if (c.kind === 'reserved') expect(c.main.size + (c.low?.size ?? 0n)).toBeLessThanOrEqual(l.result.systemRam / 2n)
    }
    // Better than before: fewer errors, or fewer warned layouts, or as many and fewer noted.
    const before = { errors: counted(report, b.boardId).filter((f) => f.severity === 'error').length, warned: layoutsWith(report, b.boardId, 'warning'), noted: layoutsWith(report, b.boardId, 'note') }
    expect(before.errors > 0 || before.warned > b.warned || (before.warned === b.warned && before.noted > b.noted)).toBe(true)
  })
})

describe('check() offers one value per board', () => {
  it('where the findings\' own suggestions differ between layouts (the Raspberry Pi 4 with crashkernel=1G)', () => {
    const r = run(PI)
    const fixes = new Set(r.findings.map((f) => f.suggestion?.replacement).filter((x) => x !== undefined))
    expect(fixes.size).toBeGreaterThan(1)
    expect(r.boardSuggestions).toHaveLength(1)
    const [b] = r.boardSuggestions!
    expect(b).toMatchObject({ file: 'm.json', boardId: 'pi', layouts: 12, suggestion: { pointer: '/boards/0/cmdline' } })
    expect(b!.suggestion.replacement).toBe(`console=ttyS0 ${b!.value}`)
    // Its line in the file: the board's cmdline value.
    expect(matrix(PI).split('\n')[b!.location!.line - 1]).toContain('"cmdline": "console=ttyS0 crashkernel=1G"')
  })

  // Under a kernel override the layouts are those of the kernels checked: "all 8 layouts of
  // this board" read as all of a board that lists 16 (found by a review).
  it('says the layouts were those of the kernels checked under a kernel override', () => {
    const text = matrix(PI)
    const [b] = check(text, 'm.json', { kernels: ['6.12', '7.2'] }).boardSuggestions ?? []
    expect(b!.suggestion.description).toMatch(/ works on all \d+ layouts of this board with the kernels checked, /)
    expect(check(text, 'm.json').boardSuggestions?.[0]?.suggestion.description).not.toContain('with the kernels checked')
  })

  // A kernel entry with an unknown policy, or a release no policy covers, is an SC003 problem
  // of the board: its layouts (one per RAM variant) are not simulated, and the value was
  // never tried there, so "all N layouts" must not count only the simulated ones.
  it('says how many of the board\'s layouts it could not be verified on', () => {
    const plain = run(PI)
    const variants = plain.layouts.length / PI.kernels.length
    expect(variants).toBeGreaterThan(1)
    expect(plain.boardSuggestions?.[0]?.suggestion.description).toContain(`works on all ${plain.layouts.length} layouts of this board,`)
    for (const [extra, skipped] of [[[{ release: '6.12', policy: 'nonexistent' }], 1], [['4.19'], 1], [[{ release: '7.2', policy: 'nonexistent' }, '4.19'], 2]] as const) {
      const r = run({ ...PI, kernels: [...PI.kernels, ...extra] })
      expect(r.findings.filter((f) => f.ruleId === 'SC003').length).toBeGreaterThan(0)
      expect(r.layouts).toHaveLength(plain.layouts.length)
      const [b, ...rest] = r.boardSuggestions ?? []
      expect(rest).toEqual([])
      expect(b).toMatchObject({ layouts: plain.layouts.length })
      expect(b!.suggestion.description).toContain(`works on all ${plain.layouts.length} simulated layouts of this board (${skipped * variants} could not be simulated),`)
    }
  })

  // 3G does not fit below 4 GiB on the 8 GiB q35 and falls back (CK003 on every kernel);
  // asked as a ,high it is reserved above 4 GiB with the kernel's default low part and no
  // finding. The ,high + 256M,low pair asks for that default (CK004 notes it), so only a
  // lone ,high keeps the size the board asked for.
  it('keeps the requested size as a lone ,high where the kernel reserves the low part itself', () => {
    const board = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'crashkernel=3G' }
    const r = run(board)
    expect(counted(r, 'q35').map((f) => f.ruleId)).toEqual(['CK003', 'CK003', 'CK003', 'CK003'])
    const [b] = r.boardSuggestions ?? []
    expect(b).toMatchObject({ value: 'crashkernel=3G,high', layouts: 4, warned: 0, noted: 0 })
    const after = check(applySuggestion(matrix(board), b!.suggestion), 'm.json', { suggest: false })
    expect(after.findings).toEqual([])
    for (const l of after.layouts) expect(l.result.crashkernel).toMatchObject({ kind: 'reserved', main: { size: 3n << 30n }, low: { size: 256n << 20n } })
  })

  it('a zero plain token beside a ,high: every layout is told to remove it, so no board-wide value is needed', () => {
    // 6.12 and 7.2 read the plain crashkernel=0 (nothing reserved, CK004 zero), 5.10 and 6.1
    // the 512M,high. The size meant is the ,high one's: removing the zero token keeps it (the
    // board-wide value, once 128M, is sized from it too: src/suggest/board.test.ts).
    const board = { id: 'x5', arch: 'x86_64', kernels: ['5.10', '6.1', '6.12', '7.2'], memory: [{ base: '0x0', size: '0x9c000' }, { base: '0x100000', size: '0x6ff00000' }, { base: '0x100000000', size: '0xf90000000' }], image: { base: '0x1000000' }, cmdline: 'crashkernel=0 crashkernel=512M,high' }
    const r = run(board)
    const errors = counted(r, 'x5').filter((f) => f.severity === 'error')
    expect(errors.map((f) => [f.layoutName, f.messageId, f.suggestion?.replacement])).toEqual([['6.12', 'zero', 'crashkernel=512M,high'], ['7.2', 'zero', 'crashkernel=512M,high']])
    expect(r.boardSuggestions ?? []).toEqual([])
    expect(check(applySuggestion(matrix(board), errors[0]!.suggestion!), 'm.json', { suggest: false }).findings).toEqual([])
  })

  // 2900M,high is clean on the 6 GiB q35 too, but with the default 256 MiB low part it takes
  // more than half of the System RAM (3071 MiB): the limit counts what is reserved.
  it('reserves at most half of every layout\'s System RAM, the default low part of a ,high included', () => {
    const board = { id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '6G', kernels: ['5.10', '6.12'], cmdline: 'crashkernel=2900M' }
    const [b] = run(board).boardSuggestions ?? []
    expect(b).toBeDefined()
    const after = check(applySuggestion(matrix(board), b!.suggestion), 'm.json', { suggest: false })
    expect(after.layouts).toHaveLength(2)
    for (const l of after.layouts) {
      const c = l.result.crashkernel
      expect(c.kind).toBe('reserved')
      if (c.kind === 'reserved') expect(c.main.size + (c.low?.size ?? 0n)).toBeLessThanOrEqual(l.result.systemRam / 2n)
    }
  })

  // 7.2 reads crashkernel=512M,cma (x86 from 6.17), so every value keeps it (withCrashkernel());
  // 6.1 rejects it and reads the plain token after it. The value said "crashkernel=128M" while
  // the line verified was "crashkernel=512M,cma crashkernel=128M": a reader who put the value
  // in place of the board's crashkernel= tokens dropped the ,cma (test/fuzz/suggestions.test.ts).
  it('names the ,cma token it keeps on the line as part of the value', () => {
    const board = { id: 'pc', extends: 'qemu-pc-x86_64', ramSize: '777M', kernels: ['7.2', '6.1'], cmdline: 'console=ttyS0 crashkernel=512M,cma' }
    const [b] = run(board).boardSuggestions ?? []
    expect(b?.suggestion.replacement).toBe('console=ttyS0 crashkernel=512M,cma crashkernel=128M')
    expect(b?.value).toBe('crashkernel=512M,cma crashkernel=128M')
    expect(b?.suggestion.description).toMatch(/^"crashkernel=512M,cma crashkernel=128M" works on all 2 layouts/)
    expect(check(applySuggestion(matrix(board), b!.suggestion), 'm.json', { suggest: false }).findings).toEqual([])
  })

  it('not for a board of one layout, nor without suggestions or budget', () => {
    const one = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.1'], cmdline: 'crashkernel=1G', expect: { reservationRequired: true } })
    expect(one.layouts).toHaveLength(1)
    expect(one.findings.some((f) => f.suggestion !== undefined)).toBe(true)
    expect(one.boardSuggestions).toBeUndefined()
    expect(check(matrix(PI), 'm.json', { suggest: false }).boardSuggestions).toBeUndefined()
    expect(check(matrix(PI), 'm.json', { maxSuggestionSimulations: 0 }).boardSuggestions).toBeUndefined()
  })

  // Both kernels note a ,low that has no effect (the ,high region lands below 4 GiB on the
  // 2 GiB machine) and suggest the ,high alone; a plain 512M does as well, ranks first in
  // the board search (the simpler form), and was offered against every finding's advice.
  it('not when every finding already suggests one edit that does as well as the best value', () => {
    const r = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12', '7.2'], cmdline: 'console=ttyS0 crashkernel=512M,high crashkernel=128M,low' })
    expect(r.findings.map((f) => `${f.ruleId} ${f.suggestion?.replacement}`)).toEqual(['CK004 console=ttyS0 crashkernel=512M,high', 'CK004 console=ttyS0 crashkernel=512M,high'])
    expect(r.boardSuggestions).toBeUndefined()
  })

  // Every finding says "Write crashkernel=512M instead of crashkernal=512M", an edit that is no
  // crashkernel= value (it respells a word the board search does not see as one): the search,
  // with no size of the board's to aim at, offered the smallest value, 128M, and as an edit
  // that kept the misspelt word ("crashkernal=512M crashkernel=128M").
  it('not when every finding agrees on a respelling that does as well, though it is no crashkernel= value', () => {
    const r = run({ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'], cmdline: 'console=ttyAMA0 crashkernal=512M' })
    expect(r.layouts.length).toBeGreaterThan(1)
    expect(new Set(r.findings.map((f) => `${f.ruleId} ${f.suggestion?.replacement}`))).toEqual(new Set(['CK004 console=ttyAMA0 crashkernel=512M']))
    expect(r.boardSuggestions).toBeUndefined()
  })

  it('not when the board\'s own value already does as well', () => {
    expect(run({ ...PI, cmdline: 'console=ttyS0 crashkernel=256M' }).boardSuggestions).toBeUndefined()
  })

  it('where the board\'s layouts read different command lines, one value per line that several read, at its pointer', () => {
    // No board-wide value: 5.10 reads the board's line and 6.12 its entry's, each in four RAM variants.
    const r = run({ ...PI, kernels: ['5.10', { release: '6.12', cmdline: 'console=ttyS0 crashkernel=1G' }] })
    expect((r.boardSuggestions ?? []).map((b) => [b.suggestion.pointer, b.layouts])).toEqual([
      ['/boards/0/cmdline', 4],
      ['/boards/0/kernels/1/cmdline', 4],
    ])
    for (const b of r.boardSuggestions ?? []) expect(b.suggestion.description).toContain(`works on all 4 layouts that read this command line`)
    // A line read by one layout has its findings' own fixes only.
    const one = run({ ...PI, memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }], kernels: ['5.10', { release: '6.12', cmdline: 'crashkernel=1G' }] })
    expect(one.boardSuggestions).toBeUndefined()
  })

  it('a kernel entry\'s own line read by its RAM variants gets one value there, where no finding\'s own fix works on all of them', () => {
    // Raspberry Pi 4, 6.12 with "crashkernel=1536M,high crashkernel=1G,low" in its entry: 672M,low
    // (the 4 GB variant's fix) leaves the 2 GB one failing, so the findings had no fix at all.
    const board = { id: 'pi', extends: 'raspberrypi-4', cmdline: 'crashkernel=256M', kernels: ['6.1', { release: '6.12', cmdline: 'crashkernel=1536M,high crashkernel=1G,low' }] }
    const text = matrix(board)
    const r = check(text, 'm.json')
    expect(r.findings.filter((f) => f.severity === 'error').every((f) => f.layoutName?.endsWith('/6.12') && f.suggestion === undefined)).toBe(true)
    const [b, ...rest] = r.boardSuggestions ?? []
    expect(rest).toEqual([])
    expect([b?.suggestion.pointer, b?.value, b?.layouts]).toEqual(['/boards/0/kernels/1/cmdline', 'crashkernel=464M', 4])
    const after = check(applySuggestion(text, b!.suggestion), 'm.json', { suggest: false })
    expect(after.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(after.layouts.filter((l) => l.layoutName.endsWith('/6.1')).map((l) => l.cmdline)).toEqual(Array(4).fill('crashkernel=256M'))
  })
})
