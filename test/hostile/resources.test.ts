// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 4: resource exhaustion. Every input here is refused at a documented
 * limit (src/limits.ts, docs/hardening.md#limits) with the finding located where the limit
 * was crossed, or checked in bounded time. The inputs are generated in memory.
 */
import { describe, expect, it } from 'vitest'
import { check, type Report } from '../../src/index.js'
import { LIMITS } from '../../src/limits.js'
import { SUGGEST_SIMULATIONS_MAX, suggestionSimulationBudget } from '../../src/suggest/index.js'
import { parseDocument } from '../../src/matrix/parse.js'
import { validateMatrix } from '../../src/matrix/validate.js'
import { generateFleet } from '../../scripts/fleet.js'
import { board, expectHostile, FILE, GOOD, matrix, position } from './harness.js'
import { countStringWork, growth } from './work.js'

/** Heavy but bounded inputs (megabytes built in memory): a generous timeout, not a hang detector. */
const HEAVY = 60_000

/** Characters examined (string methods and regex inputs) by f: deterministic, see work.ts. */
const workOf = (f: () => unknown): number => {
  const w = countStringWork(f)
  return w.reads + w.regexInput
}

describe('hostile input: size, depth and count', () => {
  it('the limits leave room: the 10,000-board fleet of scripts/fleet.ts, pretty-printed, is inside all of them', { timeout: HEAVY }, () => {
    const text = JSON.stringify(generateFleet(10_000), null, 2)
    expect(text.length).toBeLessThan(LIMITS.maxInputBytes / 4)
    const doc = parseDocument(text)
    expect(doc.problems).toEqual([])
    expect(validateMatrix(doc.value)).toEqual([])
  })

  it('a 50 MB file is refused before parsing, at 1:1, without reading it', async () => {
    const text = matrix(board()) + ' '.repeat(50 * 1000 * 1000)
    const { result: report, reads, regexInput } = countStringWork(() => check(text, FILE))
    // Parsing, or measuring its UTF-8 length, would examine millions of characters: the length
    // alone refuses it, so what check() reads does not depend on the file (the message and
    // the report are the same few hundred characters for 50 MB or 60 MB).
    const bigger = countStringWork(() => check(text + ' '.repeat(10 * 1000 * 1000), FILE))
    expect(reads + regexInput).toBe(bigger.reads + bigger.regexInput)
    expect(reads + regexInput).toBeLessThan(10_000)
    expect(report.findings.map((f) => [f.ruleId, f.location?.line, f.location?.column])).toEqual([['SC001', 1, 1]])
    expect(report.findings[0]!.message).toBe(
      `JSON syntax error: not parsed: the file has at least ${text.length} bytes; crashkernel-check reads at most ${LIMITS.maxInputBytes} bytes (maxInputBytes, https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/hardening.md#limits)`,
    )
    await expectHostile(text, [{ ruleId: 'SC001', message: 'maxInputBytes' }], { goodChecked: false })
  })

  it('a file just under the size limit (12 MB, mostly a comment) is checked in full', { timeout: HEAVY }, async () => {
    const text = `// ${'x'.repeat(12 * 1000 * 1000)}\n${matrix()}`
    await expectHostile(text, [], { clean: true })
  })

  it('a multi-byte file over the limit in bytes but not in characters', () => {
    const text = `${matrix()}//${'€'.repeat(6 * 1024 * 1024)}`
    expect(text.length).toBeLessThan(LIMITS.maxInputBytes)
    expect(check(text, FILE).findings.map((f) => f.message)).toEqual([expect.stringContaining('more than 16777216 bytes')])
  })

  it('arrays nested 10,000 deep are refused at the bracket that crosses the limit', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`
    const text = matrix(board({ description: 'PLACEHOLDER' })).replace('"PLACEHOLDER"', deep)
    const first = text.indexOf('[[[')
    const at = position(text.slice(0, first + LIMITS.maxNestingDepth - 3) + '\u0001', '\u0001')
    await expectHostile(text, [{ ruleId: 'SC001', message: 'maxNestingDepth', at }], { goodChecked: false })
  })

  it('objects nested 10,000 deep, and unbalanced brackets, do not overflow the stack', async () => {
    const text = `{"version": 1, "boards": [${JSON.stringify(GOOD)}], "x": ${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`
    await expectHostile(text, [{ ruleId: 'SC001', message: 'nested 65 deep' }], { goodChecked: false })
    const unbalanced = `{"version": 1, "boards": [${JSON.stringify(GOOD)}], "x": ${'[}'.repeat(50_000)}}`
    await expectHostile(unbalanced, [{ ruleId: 'SC001' }], { goodChecked: false })
  })

  it('100,000 boards are refused at "boards" with the documented limit', { timeout: HEAVY }, async () => {
    const boards = Array.from({ length: 100_000 }, (_, i) => ({ id: `b${i}`, extends: 'qemu-virt-arm64', kernels: ['6.12'] }))
    const text = JSON.stringify({ version: 1, boards })
    const report = check(text, FILE)
    expect(report.findings.map((f) => [f.ruleId, f.location?.line, f.location?.column, f.message])).toEqual([
      ['SC002', 1, 14, 'the file has 100000 boards; crashkernel-check reads at most 10000 boards (maxBoards, https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/hardening.md#limits); split the boards over several files (the limits are per file; check and the action take several, or a glob)'],
    ])
    // Refused before anything is decoded or simulated: the work stops at the count.
    expect(report.layouts).toEqual([])
  })

  it('more than a million values are refused where the limit is crossed', { timeout: HEAVY }, async () => {
    const text = matrix(board({ description: 'PLACEHOLDER' })).replace('"PLACEHOLDER"', `[${'0,'.repeat(LIMITS.maxJsonValues)}0]`)
    await expectHostile(text, [{ ruleId: 'SC001', message: 'maxJsonValues' }], { goodChecked: false })
  })

  it('boards that would make more than 20,000 layouts are refused before any is simulated', { timeout: HEAVY }, async () => {
    // 5 RAM variants of the preset × 1,000 kernels × 5 boards = 25,000 layouts.
    const kernels = Array.from({ length: 1000 }, () => '6.12')
    const boards = Array.from({ length: 5 }, (_, i) => ({ id: `fan${i}`, extends: 'qemu-virt-arm64', kernels }))
    const text = matrix(...boards)
    const report = await expectHostile(text, [{ ruleId: 'SC002', message: /boards up to \/boards\/4 \("fan3"\) make 20001 layouts; .*maxLayouts/, at: position(text, '"boards"') }], { goodChecked: false })
    expect(report.layouts).toEqual([])
    // Several boards together: more files help, and the message says so.
    expect(report.findings[0]?.message).toMatch(/; split the boards over several files \(the limits are per file; check and the action take several, or a glob\)$/)
    // One board over the limit on its own: more files would not help.
    const one = check(matrix({ id: 'big', extends: 'qemu-virt-arm64', kernels: Array.from({ length: 5000 }, () => '6.12') }), FILE)
    expect(one.findings.map((f) => f.message)).toEqual([expect.stringMatching(/make 2500\d layouts; .*maxLayouts.*; this board alone crosses it: give it fewer RAM variants, kernels/)])
  })

  it('a layout budget spent on banks: many boards with 1,000 banks each', { timeout: HEAVY }, () => {
    const memory = Array.from({ length: 1000 }, (_, i) => ({ base: `0x${(0x40000000 + i * 0x400000).toString(16)}`, size: '0x200000' }))
    // 100 boards × 1,000 banks × 3 kernels: 300,000 banks to simulate, over the 250,000 budget.
    const boards = Array.from({ length: 100 }, (_, i) => board({ id: `banks${i}`, memory, kernels: ['6.12', '6.1', '7.2'] }))
    const report = check(JSON.stringify({ version: 1, boards: [GOOD, ...boards] }), FILE)
    expect(report.findings.map((f) => f.message)).toEqual([expect.stringMatching(/^boards up to \/boards\/84 \("banks83"\) make 25\d{4} banks, reservations and devices to simulate.*maxSimulatedRegions/)])
  })

  it('the region budget counts every bank a preset derives from ramSize (QEMU x86: three from 2.75 GiB on)', () => {
    // 8G on q35: e820 banks below 640 KiB, below 4 GiB and above it (docs/presets.md), 10 devices,
    // 4 kernels: 13 regions per layout, 20,000 layouts, 260,000 regions over the 250,000 budget.
    const devices = Array.from({ length: 10 }, (_, i) => ({ name: `d${i}`, dmaLimit: '0xffffffff' }))
    const boards = Array.from({ length: 5000 }, (_, i) => ({ id: `q${i}`, extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['5.10', '6.1', '6.12', '7.2'] }))
    expect(validateMatrix({ version: 1, defaults: { devices }, boards }).map((p) => [p.pointer, p.data.message])).toEqual([
      ['/boards', expect.stringMatching(/^boards up to \/boards\/4807 \("q4807"\) make 250016 banks, reservations and devices to simulate.*maxSimulatedRegions/)],
    ])
    // Exactly at the budget is inside it: 4,807 such boards and one with 6 devices, (3 + 6) × 4.
    const last = { ...boards[0]!, id: 'last', devices: devices.slice(0, 6) }
    expect(validateMatrix({ version: 1, defaults: { devices }, boards: [...boards.slice(0, 4807), last] })).toEqual([])
  })

  it('the region budget counts x86\'s gigantic pages as asked for (LIMITS.regionsPerGiganticPage each), not 2 MiB ones', () => {
    const q = (id: string, cmdline: string, extra: Record<string, unknown> = {}) => ({ id, extends: 'qemu-q35-x86_64', ramSize: '64T', kernels: ['6.17'], cmdline, ...extra })
    // 16,000 pages of 1 GiB: 256,000 regions, over the budget; the warnings' cases count 0.
    expect(validateMatrix({ version: 1, boards: [q('hp', 'crashkernel=256M hugepagesz=1G hugepages=16000')] }).map((p) => p.data.message)).toEqual([
      expect.stringMatching(/^boards up to \/boards\/0 \("hp"\) make 256003 banks, reservations and devices to simulate.*maxSimulatedRegions.*this board alone/),
    ])
    expect(validateMatrix({ version: 1, boards: [q('hp', 'crashkernel=256M hugepagesz=1G hugepages=15000')] })).toEqual([])
    expect(validateMatrix({ version: 1, boards: [q('two-m', 'crashkernel=256M hugepagesz=2M hugepages=1000000')] })).toEqual([])
    expect(validateMatrix({ version: 1, boards: [q('node-list', 'crashkernel=256M default_hugepagesz=1G hugepages=0:9000,1:9000')] }).length).toBe(1)
    // Past 2^64 the count wraps as the kernel's does; the budget still refuses it.
    expect(validateMatrix({ version: 1, boards: [q('huge', 'hugepagesz=1G hugepages=18446744073709551615')] }).length).toBe(1)
    // arm64 allocates them after the crash kernel: not simulated, not counted.
    expect(validateMatrix({ version: 1, boards: [{ id: 'a', extends: 'qemu-virt-arm64', ramSize: '64G', cmdline: 'hugepagesz=1G hugepages=100000' }] })).toEqual([])
  })

  // Found by a review of the library: x86's memmap was placed one 128 MiB section at a time, so a
  // bank of petabytes, or a memmap= that adds them, ran for minutes to hours (4P: 5.5 s, 256P
  // about 6 minutes). It now costs one step per free range; the default test timeout is the
  // hang detector.
  it('x86_64 RAM of petabytes (a bank, or memmap= on the command line) is simulated in bounded time', () => {
    const low = [{ base: '0x0', size: '0x9f000' }]
    const report = check(matrix(
      { id: 'memmap', extends: 'qemu-q35-x86_64', kernels: ['5.10', '6.1', '6.12', '7.2'], ram: [{ name: '1G', memory: [...low, { base: '0x100000', size: '0x3ff00000' }] }], cmdline: 'crashkernel=256M memmap=256P@0' },
      { id: 'bank', arch: 'x86_64', kernels: ['7.2'], image: { base: '0x1000000' }, memory: [...low, { base: '0x100000', size: '0xfff0000000000000' }], cmdline: 'crashkernel=256M' },
    ), FILE)
    expect(report.layouts.filter((l) => l.boardId !== 'good').map((l) => `${l.boardId} ${l.kernel} ${l.result.crashkernel.kind}`)).toEqual(['memmap 5.10.223 reserved', 'memmap 6.1.192 reserved', 'memmap 6.12.117 reserved', 'memmap 7.2.13 reserved', 'bank 7.2.13 reserved'])
  })

  it('an array of 2,000 banks is refused at the array; the rest of the file is checked', async () => {
    const memory = Array.from({ length: 2000 }, (_, i) => ({ base: `0x${(0x40000000 + i * 0x200000).toString(16)}`, size: '0x100000' }))
    const text = matrix(board({ memory }))
    await expectHostile(text, [{ ruleId: 'SC002', message: 'this array has 2000 items; crashkernel-check reads at most 1024 items', at: position(text, '[', '"memory"') }])
  })

  it('a 1 MB command line is refused at the value; the rest of the file is checked', async () => {
    const text = matrix(board({ cmdline: `crashkernel=256M ${'x'.repeat(1024 * 1024)}` }))
    await expectHostile(text, [{ ruleId: 'SC002', message: 'this command line has 1048593 characters; crashkernel-check reads at most 4096 characters (maxCmdlineLength', at: position(text, '"crashkernel=256M x') }])
  })

  it('a command line at the limit, made of adversarial crashkernel= text, is simulated in bounded time', { timeout: HEAVY }, async () => {
    const cmdlines = [
      `crashkernel=${','.repeat(4000)}x`,
      `crashkernel=1G-${'1'.repeat(4000)}`,
      `crashkernel=${'@'.repeat(4000)} x`,
      `mem=${'E'.repeat(4000)}!`,
      `crashkernel=256M ${'-'.repeat(4000)}`,
    ].map((c) => c.slice(0, LIMITS.maxCmdlineLength))
    const text = matrix(...cmdlines.map((cmdline, i) => board({ id: `cmd${i}`, cmdline, kernels: ['5.10', '6.12', '7.2'] })))
    await expectHostile(text, [])
    // Bounded in the work done, not the time taken: what check() examines grows with the
    // command line at most as the kernel's own parse does (quadratic for a run of
    // "crashkernel=" without spaces: get_last_crashkernel() in kernel/crash_reserve.c runs
    // strchr(p, ' ') per occurrence; see regex.test.ts), so the length limit bounds it.
    const shapes: Array<(n: number) => string> = [
      (n) => `crashkernel=${','.repeat(n)}x`,
      (n) => `crashkernel=1G-${'1'.repeat(n)}`,
      (n) => `crashkernel=${'@'.repeat(n)} x`,
      (n) => `mem=${'E'.repeat(n)}!`,
      (n) => `crashkernel=256M ${'-'.repeat(n)}`,
    ]
    for (const shape of shapes)
      expect(growth((n) => workOf(() => check(matrix(board({ id: 'cmd', cmdline: shape(n), kernels: ['5.10', '6.12', '7.2'] })), FILE)), LIMITS.maxCmdlineLength / 4 - 32), shape(16)).toBeLessThanOrEqual(2.5)
  })

  // Regression: the SC001 hints for a close bracket of the wrong kind and a string's missing
  // closing quote read the text from its start (or its line's) for every parser error, and the
  // end of the mismatch's line for every error after it: a one-line (minified) file of 300 KB
  // with tens of thousands of errors took 25-40 s each, 1 MB minutes. One reading now serves them all.
  it('a one-line file with tens of thousands of syntax errors is parsed in time linear in its length', { timeout: HEAVY }, () => {
    const shapes: Array<(n: number) => string> = [
      (n) => `[${'{"a":},'.repeat(n)}1]`,
      (n) => `[{"a":1],${'{"b":,},'.repeat(n)}1]`,
      (n) => `[${'"v" x,'.repeat(n)}1]`,
    ]
    for (const shape of shapes) {
      expect(growth((n) => workOf(() => parseDocument(shape(n))), 2_000), shape(2)).toBeLessThanOrEqual(2.5)
      // The reads the counter cannot see (s[i]) in wall-clock time, with a wide margin.
      const text = shape(300_000 / shape(1).length)
      const started = performance.now()
      expect(parseDocument(text).problems.length).toBeGreaterThan(0)
      expect(performance.now() - started, shape(2)).toBeLessThan(10_000)
    }
  })

  // Regression: CK004 quoted every token get_last_crashkernel() sees, and strstr() sees one per
  // "crashkernel=" in a run of them, each reaching to the next space: 340 repetitions made a
  // 1,387,647-character message. Rules now quote at most 5 items of 80 characters.
  it('a command line of 340 "crashkernel=" in a row gives a message of bounded size', () => {
    const report = check(matrix(board({ cmdline: 'crashkernel='.repeat(340) })), FILE)
    expect(Math.max(...report.findings.map((f) => f.message.length))).toBeLessThan(LIMITS.maxCmdlineLength + 1024)
  })

  // Was 2.3 s without suggestions and 43 s with them: every finding searched on its own. The
  // suggester now has a run-wide budget of extra simulations (SUGGEST_SIMULATIONS_MAX at most)
  // and simulates a board's candidate command line once per layout, whichever finding asks.
  it('100 boards × 4 kernels of crashkernel=100G spend at most SUGGEST_SIMULATIONS_MAX extra simulations', { timeout: HEAVY }, () => {
    const boards = Array.from({ length: 100 }, (_, i) => ({ id: `b${i}`, extends: 'qemu-q35-x86_64', kernels: ['5.10', '6.1', '6.12', '7.2'], cmdline: 'crashkernel=100G' }))
    const text = JSON.stringify({ version: 1, boards })
    const spent = (options: { suggest?: boolean; maxSuggestionSimulations?: number }): { report: Report; sims: number } => {
      const lines: string[] = []
      const report = check(text, FILE, { ...options, logger: { debug: () => {}, info: (m) => lines.push(m) } })
      return { report, sims: Number(/from (\d+) extra simulation/.exec(lines.join('\n'))?.[1]) }
    }
    const plain = spent({ suggest: false })
    const budgeted = spent({})
    expect(plain.sims).toBe(0)
    expect(budgeted.sims).toBeGreaterThan(0)
    expect(budgeted.sims).toBeLessThanOrEqual(SUGGEST_SIMULATIONS_MAX)
    expect(suggestionSimulationBudget(1600)).toBe(SUGGEST_SIMULATIONS_MAX)
    // Same findings and messages; the ones past the budget simply have no suggestion.
    const strip = (r: Report) => r.findings.map((f) => `${f.ruleId} ${f.boardId} ${f.kernel} ${f.message}`)
    expect(strip(budgeted.report)).toEqual(strip(plain.report))
    expect(budgeted.report.findings.some((f) => f.suggestion)).toBe(true)
    expect(budgeted.report.findings.some((f) => f.ruleId === 'CK004' && !f.suggestion)).toBe(true)
  })

  it('a spent suggestion budget never leaves a half-verified suggestion: each one given is one the full search gives', () => {
    // x86_64 boards of the q35 preset (board()'s arm64 and its own RAM and image are not a q35's).
    const q35 = (id: string, kernels: string[], cmdline: string) => ({ id, extends: 'qemu-q35-x86_64', kernels, cmdline })
    const text = matrix(q35('big', ['5.10', '6.12'], 'crashkernel=100G'), q35('high', ['6.12'], 'crashkernel=3G'))
    const full = check(text, FILE)
    const key = (f: Report['findings'][number]) => `${f.ruleId} ${f.boardId} ${f.kernel} ${f.layoutName} ${f.message}`
    const want = new Map(full.findings.map((f) => [key(f), JSON.stringify([f.suggestion, f.alternatives])]))
    expect(full.findings.some((f) => f.suggestion)).toBe(true)
    for (const max of [0, 1, 5, 20, 60]) {
      const cut = check(text, FILE, { maxSuggestionSimulations: max })
      expect(cut.findings.map(key)).toEqual(full.findings.map(key))
      for (const f of cut.findings) if (f.suggestion) expect(JSON.stringify([f.suggestion, f.alternatives]), `${max}: ${key(f)}`).toBe(want.get(key(f)))
    }
    expect(check(text, FILE, { maxSuggestionSimulations: 0 }).findings.some((f) => f.suggestion)).toBe(false)
  })

  it('a NUL inside a command line is refused (the kernel would stop reading there)', async () => {
    const text = matrix(board({ cmdline: 'crashkernel=256M\u0000crashkernel=1G' }))
    await expectHostile(text, [{ ruleId: 'SC002', message: 'NUL character', at: position(text, '"crashkernel=256M\\u0000') }])
  })

  it('a 100 KB property name and a 100 KB string are refused; 64 KB names are quoted clipped', async () => {
    const long = 'k'.repeat(100_000)
    const text = matrix(board({ [long]: 1 }), board({ id: 'str', name: long }), board({ id: 'ok', devices: [{ name: 'n'.repeat(60_000), bus: '/nowhere' }] }))
    const report = await expectHostile(text, [
      { ruleId: 'SC002', message: 'this property name has 100000 characters', at: position(text, `"${long}"`) },
      { ruleId: 'SC002', message: 'this string has 100000 characters', at: position(text, `"${long}"`, '"str"') },
      { ruleId: 'SC003', messageId: 'unknownBus' },
    ])
    expect(Math.max(...report.findings.map((f) => f.message.length))).toBeLessThan(70_000)
  })
})
