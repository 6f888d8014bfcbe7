// SPDX-License-Identifier: GPL-2.0-only
/**
 * The library as a consumer uses it (README "Library", the TSDoc of src/index.ts): the
 * documented examples, and what happens when JavaScript passes what the types forbid.
 */
import { describe, expect, it } from 'vitest'
import { applySuggestion, check, checkKernelOverride, ConfigurationError, countFindings, decodeLayouts, failsAt, formatGithub, formatHtml, formatJson, formatMarkdown, formatSarif, formatStylish, formatVerify, importBoard, KERNEL_PROFILES, LayoutDoesNotBootError, mergeReports, PRESETS, resolveKernelRelease, renderHtml, renderSummary, RULES, simulate, toAnnotations, unmatchedPatterns, UnsupportedLayoutError, verifyBootLog } from '../src/index.js'
import { mergeResults } from '../src/fanout/merge.js'
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
// The types of what the exported functions take and return, nameable by a consumer (a
// missing one fails `tsc --noEmit`, which checks this file).
import type {
  AnnotationOptions, CpuFeatures, CrashkernelOutcome, DecodedMatrix, ImportInputs, ImportResult, KernelConfig, KernelProfile, Layout, MemblockRegionSnapshot, Preset, Rule,
  SimulationResult, SummaryContext, TraceEvent, VerifyOptions, VerifyResult,
} from '../src/index.js'

const TEXT = '{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["6.12"] }] }'

/** What check() throws for its arguments (undefined when it returns a report). */
function thrown(...args: unknown[]): { name: string; message: string } | undefined {
  try {
    ;(check as (...a: unknown[]) => unknown)(...args)
    return undefined
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message }
  }
}

describe('README "Library": a boards pattern that matches nothing', () => {
  it('is no finding of the report; onBoardIds and unmatchedPatterns() name it', () => {
    const text = readFileSync('examples/boards.json', 'utf8')
    const ids: string[] = []
    const report = check(text, 'boards.json', { boards: ['rpi*', 'x86-srv'], onBoardIds: (found) => ids.push(...found), suggest: false })
    expect(new Set(report.layouts.map((l) => l.boardId))).toEqual(new Set(['rpi4']))
    expect(report.findings.filter((f) => /x86-srv/.test(f.message))).toEqual([])
    expect(unmatchedPatterns(['rpi*', 'x86-srv'], ids)).toEqual(['x86-srv'])
  })
})

describe('check(): arguments from JavaScript', () => {
  it('a Buffer, a number or nothing as the text is a ConfigurationError that says what to pass', () => {
    expect(thrown(Buffer.from(TEXT), 'm.json')).toEqual({
      name: 'ConfigurationError',
      message: "check(): text must be the file's content as a string, not a Uint8Array (read the file with readFileSync(path, 'utf8'))",
    })
    expect(thrown(42, 'm.json')).toEqual({ name: 'ConfigurationError', message: "check(): text must be the file's content as a string, not a number" })
    // A matrix built in code (the BoardMatrix type) or parsed already: what to pass instead.
    expect(thrown(JSON.parse(TEXT), 'm.json')).toEqual({ name: 'ConfigurationError', message: "check(): text must be the file's content as a string, not an object (for a matrix built in code, pass JSON.stringify(matrix, null, 2))" })
    expect(thrown(undefined, 'm.json')).toEqual({ name: 'ConfigurationError', message: "check(): text must be the file's content as a string, not undefined" })
  })

  it('a missing path is a ConfigurationError (findings would name no file)', () => {
    expect(thrown(TEXT)).toEqual({ name: 'ConfigurationError', message: 'check(): path must be a string (the path to report), not undefined' })
  })

  it('options of the wrong type are a ConfigurationError naming the option', () => {
    expect(thrown(TEXT, 'm.json', null)).toEqual({ name: 'ConfigurationError', message: 'check(): options must be an object, not null' })
    expect(thrown(TEXT, 'm.json', { kernels: '6.12' })).toEqual({ name: 'ConfigurationError', message: 'check(): options.kernels must be an array of strings, not a string' })
    expect(thrown(TEXT, 'm.json', { kernels: [6.12] })).toEqual({ name: 'ConfigurationError', message: 'check(): options.kernels must be an array of strings, not an array holding a number' })
    expect(thrown(TEXT, 'm.json', { boards: 'vm' })).toEqual({ name: 'ConfigurationError', message: 'check(): options.boards must be an array of strings, not a string' })
    expect(thrown(TEXT, 'm.json', { suggest: 'no' })).toEqual({ name: 'ConfigurationError', message: 'check(): options.suggest must be a boolean, not a string' })
    expect(thrown(TEXT, 'm.json', { maxSuggestionSimulations: -1 })).toEqual({ name: 'ConfigurationError', message: 'check(): options.maxSuggestionSimulations must be a number ≥ 0, not -1' })
    expect(thrown(TEXT, 'm.json', { maxSuggestionSimulations: Number.NaN })).toEqual({ name: 'ConfigurationError', message: 'check(): options.maxSuggestionSimulations must be a number ≥ 0, not NaN' })
    expect(thrown(TEXT, 'm.json', { onLayout: true })).toEqual({ name: 'ConfigurationError', message: 'check(): options.onLayout must be a function, not a boolean' })
    expect(thrown(TEXT, 'm.json', { onBoardIds: {} })).toEqual({ name: 'ConfigurationError', message: 'check(): options.onBoardIds must be a function, not an object' })
    expect(thrown(TEXT, 'm.json', { logger: console.log })).toEqual({ name: 'ConfigurationError', message: 'check(): options.logger must be an object with an info() method, not a function' })
  })

  // failsAt('eror') and failsAt(report, undefined) read as 'note' and failed every report with a note.
  it('failsAt() refuses a threshold that is no level', () => {
    const report = check(TEXT, 'm.json')
    expect(() => failsAt(report, 'eror' as never)).toThrow(new ConfigurationError('failsAt(): threshold must be one of error, warning, note, never, not "eror"', { docsPath: 'README.md#library' }))
    expect(() => failsAt(report, undefined as never)).toThrow('failsAt(): threshold must be one of error, warning, note, never, not undefined')
    expect(failsAt(report, 'never')).toBe(false)
  })

  it('the thrown error is the exported ConfigurationError, pointing at the README', () => {
    let error: unknown
    try {
      check(Buffer.from(TEXT) as unknown as string, 'm.json')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigurationError)
    expect((error as ConfigurationError).docsPath).toBe('README.md#library')
  })

  it('well-typed arguments still give a report', () => {
    expect(thrown(TEXT, 'm.json')).toBeUndefined()
    expect(thrown(TEXT, 'm.json', { boards: [], kernels: ['6.1'], suggest: false, maxSuggestionSimulations: 0, logger: { debug() {}, info() {} }, onLayout() {}, onBoardIds() {} })).toBeUndefined()
    expect(thrown(TEXT, 'm.json', undefined)).toBeUndefined()
  })
})

describe('the report functions: arguments from JavaScript', () => {
  const call = (fn: unknown, ...args: unknown[]): { name: string; message: string } | undefined => {
    try {
      ;(fn as (...a: unknown[]) => unknown)(...args)
      return undefined
    } catch (error) {
      return { name: (error as Error).name, message: (error as Error).message }
    }
  }

  // mergeReports(a, b) and mergeReports([{}]) were TypeErrors ("reports is not iterable",
  // "reading 'file'") from inside the merge; formatJson() wrote "undefined" as its JSON.
  it('something other than a report is a ConfigurationError naming the function and the argument', () => {
    const report = check(TEXT, 'm.json', { suggest: false })
    expect(call(mergeReports, report, report)).toEqual({ name: 'ConfigurationError', message: 'mergeReports(): reports must be an array of reports (mergeReports([a, b])), not an object' })
    expect(call(mergeReports, [report, {}])).toEqual({ name: 'ConfigurationError', message: 'mergeReports(): reports[1] must be a report as check() returns it, with files an array, not undefined' })
    expect(call(mergeReports, [null])).toEqual({ name: 'ConfigurationError', message: 'mergeReports(): reports[0] must be a report as check() returns it, not null' })
    expect(call(failsAt, {}, 'error')).toEqual({ name: 'ConfigurationError', message: 'failsAt(): report must be a report as check() returns it, with files an array, not undefined' })
    for (const [name, fn] of Object.entries({ formatStylish, formatJson, formatMarkdown, formatGithub, formatSarif, formatHtml, renderSummary, renderHtml, toAnnotations })) {
      expect(call(fn)).toEqual({ name: 'ConfigurationError', message: `${name}(): report must be a report as check() returns it, not undefined` })
      expect(call(fn, { ...report, findings: undefined })).toEqual({ name: 'ConfigurationError', message: `${name}(): report must be a report as check() returns it, with findings an array, not undefined` })
      expect(call(fn, report)).toBeUndefined()
    }
  })

  // applySuggestion(text, finding.suggestion) for a finding without one read 'pointer' of
  // undefined; a Buffer as the text failed in the parser; a number as the replacement was
  // written into the matrix as a number.
  it('applySuggestion() and unmatchedPatterns() refuse arguments of the wrong type with a ConfigurationError', () => {
    const text = '{"boards":[{"cmdline":"crashkernel=2G"}]}'
    const suggestion = { description: '', pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G' }
    expect(call(applySuggestion, text, undefined)).toEqual({ name: 'ConfigurationError', message: "applySuggestion(): suggestion must be a finding's suggestion, not undefined (a finding without a suggestion has nothing to apply)" })
    expect(call(applySuggestion, Buffer.from(text), suggestion)).toEqual({ name: 'ConfigurationError', message: "applySuggestion(): text must be the matrix's content as a string, not a Uint8Array (read the file with readFileSync(path, 'utf8'))" })
    expect(call(applySuggestion, text, { ...suggestion, replacement: 5 })).toEqual({ name: 'ConfigurationError', message: 'applySuggestion(): suggestion.replacement must be a string, not a number' })
    expect(call(applySuggestion, text, { ...suggestion, pointer: 5 })).toEqual({ name: 'ConfigurationError', message: 'applySuggestion(): suggestion.pointer must be a string, not a number' })
    expect(applySuggestion(text, suggestion)).toBe('{"boards":[{"cmdline":"crashkernel=1G"}]}')
    expect(call(unmatchedPatterns, 'rpi*,x86', ['rpi4'])).toEqual({ name: 'ConfigurationError', message: "unmatchedPatterns(): patterns must be an array of strings (check()'s `boards`), not a string" })
    expect(call(unmatchedPatterns, ['rpi*'], undefined)).toEqual({ name: 'ConfigurationError', message: 'unmatchedPatterns(): ids must be the board ids (an array, as onBoardIds gives them), not undefined' })
    expect(unmatchedPatterns(['rpi*', 'x86'], new Set(['rpi4']))).toEqual(['x86'])
  })

  // A report read back from --format json or a results file holds its addresses as strings:
  // the memory maps failed with "TypeError: Cannot mix BigInt and other types".
  it('the functions that draw memory maps refuse a report parsed back from JSON, saying so', () => {
    const parsed = JSON.parse(formatJson(check(TEXT, 'm.json', { suggest: false }))) as unknown
    for (const [name, fn] of Object.entries({ formatMarkdown, formatHtml, renderSummary, renderHtml })) {
      expect(call(fn, parsed)).toEqual({ name: 'ConfigurationError', message: `${name}(): report must be a report as check() returns it, not one parsed back from JSON: its addresses and sizes are strings, not bigint (render the report check() or mergeReports() returns)` })
    }
    // Those that print no address still take it.
    expect(call(formatStylish, parsed)).toBeUndefined()
  })
})

describe('README "Library": importBoard() and another kernel of the board', () => {
  it('writes the build it imported in its release\'s entry, so an added kernel takes its own; the per-artefact steps are not exported', async () => {
    const log = (id: string) => gunzipSync(readFileSync(`test/oracle/logs/${id}.log.gz`)).toString('utf8')
    const { board } = importBoard({ bootLog: log('arm64-6.12-plain-4G-ck256M-mbdebug') }, { id: 'virt' })
    board.kernels!.push('6.1')
    expect(board.kernels).toEqual([expect.objectContaining({ release: '6.12.117', imageSize: expect.any(String), boot: expect.any(Object), config: expect.any(Object) }), '6.1'])
    expect([board.boot, board.config, board.vaBits, board.paBits]).toEqual([undefined, undefined, undefined, undefined])
    const r = verifyBootLog(log('arm64-6.1-plain-4G-ck256M-mbdebug'), { board })
    expect([r.problems, r.differences, r.agrees]).toEqual([[], [], true])
    const lib: Record<string, unknown> = await import('../src/index.js')
    expect(['importBoard', 'bootLogToBoard', 'dtbToBoard', 'buildValuesIntoKernel'].filter((name) => name in lib)).toEqual(['importBoard'])
  })
})

describe('importBoard() and verifyBootLog(): arguments from JavaScript', () => {
  const call = (f: () => unknown): { name: string; message: string } | undefined => {
    try {
      f()
      return undefined
    } catch (error) {
      return { name: (error as Error).name, message: (error as Error).message }
    }
  }
  const log = '[    0.000000] Booting Linux on physical CPU 0x0\n'
  it('a Buffer instead of a text is a ConfigurationError that says what to pass, not a TypeError from the parser', () => {
    const hint = " (read the file with readFileSync(path, 'utf8'))"
    expect(call(() => verifyBootLog(Buffer.from(log) as never))).toEqual({ name: 'ConfigurationError', message: `verifyBootLog(): log must be the boot log's text as a string, not a Uint8Array${hint}` })
    expect(call(() => importBoard({ bootLog: Buffer.from(log) as never }))).toEqual({ name: 'ConfigurationError', message: `importBoard(): inputs.bootLog must be the text as a string, not a Uint8Array${hint}` })
    expect(call(() => importBoard({ dtb: 'd00dfeed' as never }))).toEqual({ name: 'ConfigurationError', message: 'importBoard(): inputs.dtb must be the blob as a Uint8Array, not a string' })
    expect(call(() => (importBoard as (...a: unknown[]) => unknown)())).toEqual({ name: 'ConfigurationError', message: 'importBoard(): inputs must be an object ({ bootLog, dtb, dts, iomem, config }), not undefined' })
    expect(call(() => verifyBootLog(log, null as never))).toEqual({ name: 'ConfigurationError', message: 'verifyBootLog(): the options must be an object ({ board, defaults, logName, … }) or absent, not null' })
  })

  it('texts still give a result', () => {
    expect(call(() => verifyBootLog(log))).toBeUndefined()
    expect(importBoard({ bootLog: log }).problems.map((p) => p.code)).toContain('noBanner')
  })
})

describe('the TSDoc examples of src/index.ts', () => {
  it("check(): an unknown property is SC002 at the key's line and column", () => {
    const text = '{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "confg": {} }] }'
    expect(check(text, 'm.json').findings.map((f) => `${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.message}`)).toEqual([
      '1:93 SC002 unknown property "confg"; did you mean "config"?',
    ])
    expect(text.indexOf('"confg"') + 1).toBe(93)
  })
})

describe('simulate() as exported', () => {
  // A whole Layout is long to write by hand; decodeLayouts() makes one from a preset board.
  const decoded = decodeLayouts('{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }] }', 'm.json')
  const layout: Layout = { ...decoded.layouts[0]!.layout, kernel: '6.12' }

  it('resolves a series and reserves the crash kernel', () => {
    const result: SimulationResult = simulate(layout)
    const outcome: CrashkernelOutcome = result.crashkernel
    expect([result.kernel, outcome.kind]).toEqual(['6.12.117', 'reserved'])
    expect(result.trace.every((e: TraceEvent) => typeof e.text === 'string')).toBe(true)
  })

  it('throws the exported UnsupportedLayoutError for a kernel it does not model', () => {
    let error: unknown
    try {
      simulate({ ...layout, kernel: '4.19' })
    } catch (e) {
      error = e
    }
    expect(UnsupportedLayoutError).toBeTypeOf('function')
    expect(error instanceof UnsupportedLayoutError).toBe(true)
    expect((error as Error).message).toBe('kernel 4.19 is not supported (5.10.0 … 7.x)')
  })

  it('throws LayoutDoesNotBootError (an UnsupportedLayoutError) for an x86 boot that ends in init_mem_mapping(), and check() reports the panic (CK012, an error)', () => {
    // mem=2G leaves [0x7e000000, 0x80000000), all of it the image: alloc_low_pages() finds no
    // page for a page table (the pgt_buf lies in the range being mapped, memblock has nothing
    // free), so the kernel panics (scripts/fuzz.ts's engine-invariants counterexample).
    const text = JSON.stringify({
      version: 1,
      boards: [{ id: 'full', arch: 'x86_64', kernels: ['5.10'], memory: [{ base: '0x7e000000', size: '0x4000000' }, { base: '0x82200000', size: '0x4000000' }], image: { base: '0x7e000000', size: '32M' }, cmdline: 'mem=2G' }],
    })
    const full = decodeLayouts(text, 'full.json').layouts[0]!.layout
    expect(() => simulate(full)).toThrow(UnsupportedLayoutError)
    expect(() => simulate(full)).toThrow(LayoutDoesNotBootError)
    expect(() => simulate(full)).toThrow('the kernel does not boot: init_mem_mapping() has no page for a page table (alloc_low_pages: can not alloc memory')
    const report = check(text, 'full.json')
    // It exited 0 as an SC004 warning, as if the engine lacked a model: the kernel panics.
    expect(report.findings.filter((f) => f.ruleId === 'SC004')).toEqual([])
    const panics = report.findings.filter((f) => f.ruleId === 'CK012')
    expect(panics.map((f) => [f.severity, f.messageId, f.layoutName])).toEqual([['error', 'panicsBeforeReservation', '5.10']])
    expect(panics[0]!.message).toMatch(/^the boot panics in setup_arch\(\), before the crash kernel reservation, so the layout has no result to check: init_mem_mapping\(\) has no page for a page table \(alloc_low_pages: can not alloc memory/)
    // At the command line's mem=, which leaves the kernel that little.
    expect(panics[0]!.location?.line).toBe(1)
    expect(panics[0]!.location?.column).toBe(text.indexOf('"mem=2G"') + 1)
    // Without mem= or memmap= (memtest= is neither), at the banks that leave it that little.
    const banks = JSON.stringify({ version: 1, boards: [{ id: 'full', arch: 'x86_64', kernels: ['5.10'], memory: [{ base: '0x7e000000', size: '0x2000000' }], image: { base: '0x7e000000', size: '32M' }, cmdline: 'memtest=0' }] })
    const [atBanks] = check(banks, 'banks.json').findings.filter((f) => f.ruleId === 'CK012')
    expect(atBanks?.location?.column).toBe(banks.indexOf('{"base":"0x7e000000"') + 1)
  })

  it('names the field of a hand-edited layout that is missing or of the wrong type, as a ConfigurationError', () => {
    const misuse = (edit: Record<string, unknown>) => () => simulate({ ...layout, ...edit } as unknown as Layout)
    const bank = layout.memory[0]!
    expect(misuse({ memory: [{ ...bank, size: 1 << 30 }] })).toThrow('simulate(): layout.memory[0].size must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (1073741824) (decodeLayouts() gives layouts to start from)')
    expect(misuse({ memory: [{ ...bank, base: -1n }] })).toThrow(/^simulate\(\): layout\.memory\[0\]\.base is negative: -1n /)
    expect(misuse({ memory: [] })).toThrow(/^simulate\(\): layout\.memory must be a non-empty array of banks \{ base, size \}, not an empty array/)
    expect(misuse({ cmdline: 5 })).toThrow(/^simulate\(\): layout\.cmdline must be a string, not a number/)
    expect(misuse({ acpi: 'yes' })).toThrow(/^simulate\(\): layout\.acpi must be a boolean or absent, not a string/)
    expect(misuse({ numaDistances: 1 })).toThrow(/^simulate\(\): layout\.numaDistances must be a boolean or absent, not a number/)
    // A node id the engine would put into its node sets as is: whole non-negative numbers.
    expect(misuse({ memorylessNodes: [1, -1] })).toThrow(/^simulate\(\): layout\.memorylessNodes must be an array of NUMA node ids \(non-negative integers\) or absent, not an array holding a number/)
    expect(misuse({ memorylessNodes: 1 })).toThrow(/^simulate\(\): layout\.memorylessNodes must be an array of NUMA node ids \(non-negative integers\) or absent, not a number/)
    // The riscv64 model would have ignored it and simulated a device-tree boot, silently.
    expect(misuse({ arch: 'riscv64', acpi: true })).toThrow(/^simulate\(\): layout\.acpi is true on riscv64, whose ACPI boots .* are not modelled: arm64 only/)
    expect(misuse({ config: undefined })).toThrow(/^simulate\(\): layout\.config must be an object, not undefined/)
    expect(misuse({ arch: 'aarch64' })).toThrow(/^simulate\(\): layout\.arch must be one of arm64, x86_64, riscv64, not "aarch64"/)
    expect(misuse({ pageSize: 4096 })).toThrow(/^simulate\(\): layout\.pageSize must be a bigint/)
    expect(() => simulate(null as unknown as Layout)).toThrow(/^simulate\(\): the layout must be an object, not null/)
    for (const edit of [{ memory: [{ ...bank, size: 1 << 30 }] }, { cmdline: 5 }]) expect(misuse(edit)).toThrow(ConfigurationError)
  })

  it('names a nested field of the wrong type or missing too: an added reservation or device, a config option (not a TypeError from the engine, nor a silently different board)', () => {
    const misuse = (edit: Record<string, unknown>) => () => simulate({ ...layout, ...edit } as unknown as Layout)
    const fixed = { kind: 'fixed', name: 'fw', base: 0x48000000n, size: 0x1000000n, nomap: false }
    const dynamic = { kind: 'dynamic', name: 'pool', size: 0x4000000n, align: 0x400000n, allocRanges: [], nomap: false, cma: true, cmaDefault: false }
    const cases: Array<[Record<string, unknown>, string]> = [
      // Each of these was "Cannot mix BigInt and other types" from inside the engine.
      [{ reservations: [{ ...fixed, base: 0x48000000 }] }, 'layout.reservations[0].base must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (1207959552)'],
      [{ reservations: [{ ...fixed, size: undefined }] }, 'layout.reservations[0].size must be a bigint (an address or size in bytes, e.g. 0x40000000n), not undefined'],
      [{ reservations: [{ ...dynamic, size: 0x4000000 }] }, 'layout.reservations[0].size must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (67108864)'],
      [{ reservations: [{ ...dynamic, allocRanges: [{ base: 0, size: 1n << 30n }] }] }, 'layout.reservations[0].allocRanges[0].base must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (0)'],
      [{ dma: { ...layout.dma, dmaRanges: [{ node: '/soc', cpuEnd: 0x3fffffff }] } }, 'layout.dma.dmaRanges[0].cpuEnd must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (1073741823)'],
      [{ boot: { ...layout.boot, nodeData: 8192 } }, 'layout.boot.nodeData must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (8192)'],
      [{ image: { ...layout.image, codeSize: 0x1000 } }, 'layout.image.codeSize must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (4096)'],
      // TypeError "dma.dmaRanges is not iterable".
      [{ dma: {} }, 'layout.dma.dmaRanges must be an array, not undefined'],
      // Each of these simulated another board without a word: an unknown kind is skipped, a
      // number where a bigint goes compares as one, a string flag is true, a missing one false.
      [{ reservations: [{ ...fixed, kind: 'static' }] }, 'layout.reservations[0].kind must be "fixed" or "dynamic", not "static"'],
      [{ devices: [{ name: 'nic', dmaLimit: 0xffffffff, dumpTarget: true }] }, 'layout.devices[0].dmaLimit must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (4294967295)'],
      [{ config: { ...layout.config, ZONE_DMA: 'false' } }, 'layout.config.ZONE_DMA must be a boolean, not a string ("false")'],
      [{ config: { ...layout.config, CMA_SIZE_MBYTES: '64' } }, 'layout.config.CMA_SIZE_MBYTES must be an integer ≥ 0, not a string ("64")'],
      // "The number 1.5 cannot be converted to a BigInt" from inside the engine; a negative
      // size or interval simulated nonsense without a word.
      [{ config: { ...layout.config, CMA: true, CMA_SIZE_MBYTES: 1.5 } }, 'layout.config.CMA_SIZE_MBYTES must be an integer ≥ 0, not a number (1.5)'],
      [{ config: { ...layout.config, CMA: true, CMA_SIZE_MBYTES: -64 } }, 'layout.config.CMA_SIZE_MBYTES must be an integer ≥ 0, not a number (-64)'],
      [{ config: { ...layout.config, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0.5 } }, 'layout.config.KFENCE_SAMPLE_INTERVAL must be an integer ≥ 0, not a number (0.5)'],
      [{ config: { ...layout.config, PAGE_BLOCK_MAX_ORDER: 1.5 } }, 'layout.config.PAGE_BLOCK_MAX_ORDER must be an integer ≥ 0 or absent, not a number (1.5)'],
      [{ cpu: { ...layout.cpu, lpa2: undefined } }, 'layout.cpu.lpa2 must be a boolean, not undefined'],
      [{ cpu: { ...layout.cpu, satpMode: 50 } }, 'layout.cpu.satpMode must be 39, 48 or 57 (Sv39, Sv48, Sv57) or absent, not a number (50)'],
      [{ memory: [{ ...layout.memory[0]!, nomap: 'yes' }] }, 'layout.memory[0].nomap must be a boolean or absent, not a string ("yes")'],
      [{ dma: { ...layout.dma, iortLimitBits: ['48'] } }, 'layout.dma.iortLimitBits must be an array of integers (bits), not an array holding a string'],
      [{ efiBootServices: { base: 0x900000n, size: 0xc00000n } }, 'layout.efiBootServices must be an array, not an object'],
      // Holes, which every() skips: the engine read a hole among the aliases ("Cannot read properties of undefined").
      // eslint-disable-next-line no-sparse-arrays
      [{ deviceTree: { nodes: 57, properties: 279, nameBytes: 1831n, aliases: [, 'serial0'] as string[] } }, 'layout.deviceTree.aliases must be an array of strings (alias names, e.g. "serial0"), not an array holding undefined'],
      // eslint-disable-next-line no-sparse-arrays
      [{ dma: { ...layout.dma, iortLimitBits: [, 48] as number[] } }, 'layout.dma.iortLimitBits must be an array of integers (bits), not an array holding undefined'],
      [{ efiBootServices: [{ base: 0x900000, size: 0xc00000n }] }, 'layout.efiBootServices[0].base must be a bigint (an address or size in bytes, e.g. 0x40000000n), not a number (9437184)'],
    ]
    for (const [edit, message] of cases) expect(misuse(edit), message).toThrow(new ConfigurationError(`simulate(): ${message} (decodeLayouts() gives layouts to start from)`, { docsPath: 'README.md#library' }))
    // Well-typed additions still simulate: the reservation and the device are the engine's to judge.
    const added = simulate({ ...layout, reservations: [fixed as Layout['reservations'][number], dynamic as Layout['reservations'][number]], devices: [{ name: 'nic', dmaLimit: 0xffffffffn, dumpTarget: true }] })
    expect(added.crashkernel.kind).toBe('reserved')
  })
})

describe('the exported registries (PRESETS, KERNEL_PROFILES, RULES)', () => {
  it('cannot be changed in place: they are what every later check() reads, so a change would silently change every later report', () => {
    const before = check(TEXT, 'm.json')
    // Each of these is allowed by the types (Readonly<> is shallow) or plain JavaScript.
    expect(() => { PRESETS['qemu-virt-arm64']!.settings.cmdline = 'crashkernel=2G' }).toThrow(TypeError)
    expect(() => { PRESETS['qemu-virt-arm64']!.settings.ram![0]!.memory![0]!.size = '0x10000000' }).toThrow(TypeError)
    expect(() => { KERNEL_PROFILES['arm64-6.12']!.boot.nodeData = 1n }).toThrow(TypeError)
    expect(() => (RULES as Rule[]).splice(0, RULES.length)).toThrow(TypeError)
    expect(() => { (RULES[0]!.meta as { defaultSeverity: string }).defaultSeverity = 'note' }).toThrow(TypeError)
    expect(check(TEXT, 'm.json')).toEqual(before)
    expect(before.findings.map((f) => f.ruleId)).toEqual(['CK010'])
  })
})

describe('check() and mergeReports(): the order of findings', () => {
  it('lists the findings of one rule at one place in the order of their layouts, not of their messages', () => {
    // Each kernel words the failure of an unaligned crashkernel=X@Y its own way: alphabetically
    // 6.1's "cannot allocate" would come before 5.10's "cannot reserve".
    const board = { id: 'fixed', arch: 'arm64', kernels: ['5.10', '6.1', '6.12', '7.2'], memory: [{ base: '0x40000000', size: '4G' }], image: { base: '0x40400000' }, dtb: { base: '0x48000000', size: '64K' }, cmdline: 'crashkernel=256M@0x60100000' }
    const r = check(JSON.stringify({ version: 1, boards: [board] }), 'm.json', { suggest: false })
    const ck001 = r.findings.filter((f) => f.ruleId === 'CK001')
    expect(ck001.map((f) => f.layoutName)).toEqual(['5.10', '6.1', '6.12', '7.2'])
    expect(new Set(ck001.map((f) => f.message)).size).toBeGreaterThan(1)
    // mergeReports() keeps it, with the layouts of both reports.
    const other = check(JSON.stringify({ version: 1, boards: [{ ...board, id: 'other' }] }), 'n.json', { suggest: false })
    expect(mergeReports([other, r]).findings.filter((f) => f.ruleId === 'CK001' && f.file === 'm.json').map((f) => f.layoutName)).toEqual(['5.10', '6.1', '6.12', '7.2'])
  })
})

describe('check() and mergeReports(): the kernel override is part of the report', () => {
  const TWO = '{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "ramSize": "1G", "kernels": ["5.10", "6.1"] }] }'

  it('check() with `kernels` records them as given in `kernelOverride`; without them, or with an empty list, the field is absent', () => {
    const replaced = check(TWO, 'm.json', { kernels: ['6.12', '7.2'], suggest: false })
    expect(replaced.kernelOverride).toEqual(['6.12', '7.2'])
    // The layouts are of the override's kernels, not the board's 5.10 and 6.1.
    expect(replaced.layouts.map((l) => l.layoutName)).toEqual(['1G/6.12', '1G/7.2'])
    expect('kernelOverride' in check(TWO, 'm.json', { suggest: false })).toBe(false)
    expect('kernelOverride' in check(TWO, 'm.json', { kernels: [], suggest: false })).toBe(false)
    // Even when nothing could be simulated (a syntax error), the run had the override in force.
    expect(check('{ "version": 1, ', 'broken.json', { kernels: ['6.12'] }).kernelOverride).toEqual(['6.12'])
  })

  it('mergeReports() keeps the override the reports share, and refuses reports checked with different ones', () => {
    const a = check(TWO, 'a.json', { kernels: ['6.12'], suggest: false })
    const b = check(TWO, 'b.json', { kernels: ['6.12'], suggest: false })
    expect(mergeReports([a, b]).kernelOverride).toEqual(['6.12'])
    expect('kernelOverride' in mergeReports([check(TWO, 'a.json', { suggest: false })])).toBe(false)
    expect('kernelOverride' in mergeReports([])).toBe(false)
    const own = check(TWO, 'c.json', { suggest: false })
    expect(() => mergeReports([a, own])).toThrow(ConfigurationError)
    expect(() => mergeReports([a, own])).toThrow("mergeReports(): the reports were checked with different kernel overrides (6.12; each board's own kernels); merge only the reports of one check")
  })

  it('mergeReports() takes the same kernels in another order or spelling as one override, as the fan-out\'s aggregate does (docs: a series is the release it resolves to; order changes no layout)', () => {
    const release = resolveKernelRelease('6.12')!
    expect(release).not.toBe('6.12')
    const [a, b] = [check(TWO, 'a.json', { kernels: ['6.12', '7.2'], suggest: false }), check(TWO, 'b.json', { kernels: ['7.2', release], suggest: false })]
    // The same layouts' results: only their names spell the kernel as given.
    expect(b.layouts.map((l) => l.result)).toEqual([...a.layouts].reverse().map((l) => l.result))
    // JSON.stringify told ["6.12","7.2"] and ["7.2","6.12.117"] apart; the first report's override, as given, is the merged one's.
    expect(mergeReports([a, b]).kernelOverride).toEqual(['6.12', '7.2'])
    expect(mergeReports([b, a]).kernelOverride).toEqual(['7.2', release])
    // And one kernel given twice (check() simulates it once) is that kernel.
    expect(mergeReports([check(TWO, 'c.json', { kernels: ['6.12', release], suggest: false }), check(TWO, 'd.json', { kernels: ['6.12'], suggest: false })]).kernelOverride).toEqual(['6.12', release])
  })

  it('mergeReports() refuses exactly the reports whose kernels the fan-out\'s aggregate calls different', () => {
    const overrides: Array<string[] | undefined> = [undefined, ['6.12'], [resolveKernelRelease('6.12')!], ['6.12', '7.2'], ['7.2', '6.12'], ['7.2'], ['6.1'], ['6.1.192']]
    for (const x of overrides) {
      for (const y of overrides) {
        const [a, b] = [x, y].map((kernels, i) => check(TWO, `${i}.json`, { ...(kernels && { kernels }), suggest: false }))
        // As legs record their kernel input (empty: each board's own), which the aggregate compares.
        const legs = [a!, b!].map((report, i) => ({ source: `${i}.json`, report, leg: { files: report.files, boards: [], kernel: report.kernelOverride ?? [] } }))
        const fanOutDiffers = mergeResults(legs).problems.some((p) => p.startsWith('the check jobs checked different kernels'))
        let refused = false
        try {
          mergeReports([a!, b!])
        } catch {
          refused = true
        }
        expect(refused, `${JSON.stringify(x)} ${JSON.stringify(y)}`).toBe(fanOutDiffers)
      }
    }
  })
})

describe('decodeLayouts()', () => {
  const EXAMPLES = readFileSync('examples/boards.json', 'utf8')

  it("gives the layouts check() simulates: simulate() of each equals the report's result", () => {
    const { layouts, findings }: DecodedMatrix = decodeLayouts(EXAMPLES, 'examples/boards.json')
    const report = check(EXAMPLES, 'examples/boards.json', { suggest: false })
    expect(findings).toEqual([])
    expect(layouts.map((l) => `${l.boardId} ${l.layoutName}`)).toEqual(report.layouts.map((l) => `${l.boardId} ${l.layoutName}`))
    layouts.forEach((l, i) => expect(simulate(l.layout), l.layoutName).toEqual(report.layouts[i]!.result))
  })

  it('lets a study change a layout: a larger crashkernel= on the 1 GiB VM fails as the kernel would', () => {
    const { layouts } = decodeLayouts(TEXT, 'm.json')
    expect(simulate(layouts[0]!.layout).crashkernel.kind).toBe('not-requested')
    expect(simulate({ ...layouts[0]!.layout, cmdline: 'crashkernel=256M' }).crashkernel.kind).toBe('reserved')
    const failed = simulate({ ...layouts[0]!.layout, cmdline: 'crashkernel=900M' })
    expect([failed.crashkernel.kind, failed.trace.map((e) => e.text).filter((t) => t.includes('crashkernel'))]).toEqual(['failed', ['cannot allocate crashkernel (size:0x38400000)']])
  })

  it("reports the matrix's own problems as check() does, with boards' suppressions applied, and leaves those boards out", () => {
    const text = JSON.stringify({
      version: 1,
      boards: [
        { id: 'typo', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], confg: {} },
        { id: 'ok', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12', '4.19'], suppress: [{ rule: 'SC003', reason: 'an old kernel, kept for the record' }] },
        { id: 'sized', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], image: { base: '0x40200000', size: '0' } },
        { id: 'sized-too', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], image: { base: '0x40200000', size: '0' }, severity: { SC003: 'warning' }, suppress: [{ rule: 'invalid-board', reason: 'being measured' }] },
      ],
    }, null, 2)
    const { layouts, findings } = decodeLayouts(text, 'm.json')
    const fromCheck = check(text, 'm.json', { suggest: false }).findings.filter((f) => f.ruleId === 'SC002' || f.ruleId === 'SC003')
    expect(findings).toEqual(fromCheck)
    expect(findings.map((f) => [f.ruleId, f.boardId, f.suppressed !== undefined])).toEqual([
      ['SC002', 'typo', false],
      ['SC003', 'ok', true],
      ['SC003', 'sized', false],
      ['SC003', 'sized-too', true],
    ])
    // A board whose every layout has a problem still has its severity and suppressions applied.
    expect(findings.find((f) => f.boardId === 'sized-too')?.severity).toBe('warning')
    expect(layouts.map((l) => `${l.boardId} ${l.layoutName}`)).toEqual(['ok 1G/6.12'])
  })

  it('a syntax error gives its finding and no layouts; board and kernel options filter as for check()', () => {
    const broken = decodeLayouts('{ "version": 1, ', 'm.json')
    expect([broken.layouts.length, broken.findings.map((f) => f.ruleId)]).toEqual([0, ['SC001']])
    const { layouts } = decodeLayouts(EXAMPLES, 'examples/boards.json', { boards: ['rpi4*'], kernels: ['7.2'] })
    expect(layouts.map((l) => `${l.boardId} ${l.layoutName} ${l.layout.kernel}`)).toEqual(['1G', '2G', '4G', '8G'].map((ram) => `rpi4 ${ram}/7.2 7.2.13`))
  })

  it('refuses arguments of the wrong type, naming itself', () => {
    expect(() => (decodeLayouts as (...a: unknown[]) => unknown)(Buffer.from(TEXT), 'm.json')).toThrow(
      "decodeLayouts(): text must be the file's content as a string, not a Uint8Array (read the file with readFileSync(path, 'utf8'))",
    )
    expect(() => decodeLayouts(TEXT, 'm.json', { kernels: ['9.9'] })).toThrow(ConfigurationError)
  })
})

describe('the npm package', () => {
  it("holds the library's entry points and declarations, and not the TypeScript sources (package.json \"files\")", () => {
    // Nothing in the package reads src/: Node loads dist/lib/index.js, a compiler reads
    // dist/lib/types/, and neither carries source maps that would point back to it. It was
    // 203 files of the unpacked package.
    const root = fileURLToPath(new URL('..', import.meta.url))
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(r.status, r.stderr).toBe(0)
    const files = (JSON.parse(r.stdout) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path)
    // The README's links into docs/ (the report's JSON, the engine, the policies a ConfigurationError's docsPath names) resolve in the package too.
    expect(files).toEqual(expect.arrayContaining(['package.json', 'dist/lib/index.js', 'dist/lib/types/index.d.ts', 'dist/cli/index.js', 'schemas/board-matrix.schema.json', 'docs/report-json.md', 'docs/engine.md', 'docs/policies.md']))
    expect(files.filter((f) => f.startsWith('src/') || /\.test\.ts$/.test(f))).toEqual([])
    // The action's bundle runs from the repository (action.yml), never from node_modules:
    // 3.3 MiB of the unpacked package that nothing in it imports.
    expect(files.filter((f) => f.startsWith('dist/action/'))).toEqual([])
    // ... and so does its manifest, which would name a dist/action/index.js the package lacks.
    expect(files).not.toContain('action.yml')
  }, 60_000)

  it('exports its package.json and the schemas (an editor\'s $schema, a tool reading the version), nothing else of its files', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    // The package's name resolves through its own "exports" from inside it, as from a consumer's node_modules.
    const own = createRequire(join(root, 'package.json'))
    expect(own.resolve('crashkernel-check/package.json')).toBe(join(root, 'package.json'))
    expect(own.resolve('crashkernel-check/schemas/board-matrix.schema.json')).toBe(join(root, 'schemas/board-matrix.schema.json'))
    expect(own.resolve('crashkernel-check/schemas/report.schema.json')).toBe(join(root, 'schemas/report.schema.json'))
    expect(() => own.resolve('crashkernel-check/dist/cli/index.js')).toThrow(/ERR_PACKAGE_PATH_NOT_EXPORTED|not defined by "exports"/)
  })

  it('loads from CommonJS with require() as the README says (an ES module only: require of ESM, Node >= 20.19)', () => {
    const root = fileURLToPath(new URL('..', import.meta.url))
    const script = "const m = require('crashkernel-check'); console.log(typeof m.check, m.check('', 'e.json').findings[0].ruleId)"
    const r = spawnSync(process.execPath, ['--input-type=commonjs', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe('function SC001\n')
  }, 60_000)
})

// The engine builds each kind of object with all its fields (a memblock region is copied
// field by field, `alsoOwners: undefined` included), so an optional field with no value is
// there as undefined rather than left out. The declarations say so (`?: T | undefined`):
// with exactOptionalPropertyTypes a consumer's compiler took `'owner' in region` to mean a
// string, and `region.owner.length` threw.
describe('optional fields a result holds as undefined', () => {
  /** Where in `value` a key is present with the value undefined, by path (array items as []). */
  function undefinedKeys(value: unknown, path: string, seen = new Set<object>(), out = new Set<string>()): Set<string> {
    if (value === null || typeof value !== 'object' || seen.has(value)) return out
    seen.add(value)
    if (Array.isArray(value)) for (const item of value) undefinedKeys(item, `${path}[]`, seen, out)
    else for (const [key, v] of Object.entries(value)) v === undefined ? out.add(`${path}.${key}`) : undefinedKeys(v, `${path}.${key}`, seen, out)
    return out
  }
  it('are only those whose declarations allow undefined (KeepsUndefined below)', () => {
    const text = readFileSync('examples/boards.json', 'utf8')
    const log = gunzipSync(readFileSync('test/oracle/logs/arm64-6.12-plain-4G-ck256M-mbdebug.log.gz')).toString('utf8')
    const found = new Set<string>()
    const add = (value: unknown, path: string) => undefinedKeys(value, path, new Set(), found)
    const report = check(text, 'boards.json')
    add(report, 'Report')
    const decoded = decodeLayouts(text, 'boards.json')
    add(decoded, 'DecodedMatrix')
    add(simulate({ ...decoded.layouts[0]!.layout, cmdline: 'crashkernel=256M,high crashkernel=0,low' }), 'SimulationResult')
    const imported = importBoard({ bootLog: log }, { id: 'virt' })
    add(imported, 'ImportResult')
    add(verifyBootLog(log, { board: imported.board }), 'VerifyResult')
    add(toAnnotations(report), 'AnnotationPlan')
    // By the type that holds them: a SimulationResult (report.layouts[].result, simulate(),
    // verifyBootLog().result), a Layout (decoded.layouts[].layout, verifyBootLog().layout).
    const byType = (path: string) => path.replace(/^.*\.(result|layout|observed)\./, (_, type: string) => `${type}.`).replace(/^SimulationResult\./, 'result.')
    expect([...new Set([...found].map(byType))].sort()).toEqual([
      'layout.config.PAGE_BLOCK_MAX_ORDER', // KernelConfig
      'layout.cpu.el2', // CpuFeatures
      'layout.cpu.satpMode', // CpuFeatures
      'observed.directMapKb', // VerifyResult['observed']
      'result.crashkernel.low', // CrashkernelOutcome 'reserved'
      'result.memory[].alsoOwners', // MemblockRegionSnapshot
      'result.memory[].owner',
      'result.request.low', // SimulationResult['request']
      'result.reserved[].alsoOwners',
    ])
    expect([...found].filter((p) => p.startsWith('Report.findings') || p.startsWith('ImportResult.board') || p.startsWith('AnnotationPlan'))).toEqual([])
  })
})

// Options a caller forwards from its own optional values ({ kernels: opts.kernels }) were
// refused by an exactOptionalPropertyTypes compiler, though every function reads an option
// given as undefined as one left out.
describe('options: a field given as undefined is the field left out', () => {
  const log = gunzipSync(readFileSync('test/oracle/logs/arm64-6.12-plain-4G-ck256M-mbdebug.log.gz')).toString('utf8')
  it('for every option of the exported functions', () => {
    const report = check(TEXT, 'm.json')
    const board = importBoard({ bootLog: log }, { id: 'virt' }).board
    const format = ['overflow', 'notifications', 'executionSuccessful', 'srcRoot', 'maxResults']
    const cases: Array<[string, (o: object) => unknown, string[]]> = [
      ['check', (o) => check(TEXT, 'm.json', o), ['boards', 'kernels', 'logger', 'suggest', 'maxSuggestionSimulations', 'onBoardIds', 'onLayout']],
      ['decodeLayouts', (o) => decodeLayouts(TEXT, 'm.json', o), ['boards', 'kernels']],
      ['importBoard', (o) => importBoard({ bootLog: log, ...o }), ['dtb', 'dts', 'iomem', 'config']],
      ['importBoard', (o) => importBoard({ bootLog: log }, o), ['id', 'spawn']],
      ['verifyBootLog', (o) => verifyBootLog(log, { board, ...o }), ['defaults', 'logName']],
      ['verifyBootLog', (o) => verifyBootLog(log, o), ['board']],
      ['toAnnotations', (o) => toAnnotations(report, o), ['perLevel', 'perJob', 'reserved', 'changedLines']],
      ['formatSarif', (o) => formatSarif(report, o), format],
      ['renderSummary', (o) => renderSummary(report, o), [...format, 'kernelFrom', 'problems', 'notes', 'maxBytes', 'link', 'fullReport']],
      ['renderHtml', (o) => renderHtml(report, o), ['title', 'maxDetails', 'problems', 'maxMaps']],
    ]
    for (const [name, call, keys] of cases) for (const key of keys) expect(call({ [key]: undefined }), `${name} ${key}`).toStrictEqual(call({}))
  })

  it('and the types say so (`tsc --noEmit` checks these calls)', () => {
    const none = <T,>(): T | undefined => undefined
    const report = check(TEXT, 'm.json', { boards: none<string[]>(), kernels: none<string[]>(), logger: none<{ info(message: string): void }>(), suggest: none<boolean>(), maxSuggestionSimulations: none<number>(), onBoardIds: none<(ids: readonly string[]) => void>(), onLayout: none<() => void>() })
    expect(decodeLayouts(TEXT, 'm.json', { boards: none<string[]>(), kernels: none<string[]>() }).layouts).toHaveLength(1)
    expect(importBoard({ bootLog: log, dtb: none<Uint8Array>(), dts: none<string>(), iomem: none<string>(), config: none<string>() }, { id: none<string>() }).board.id).toBeDefined()
    expect(verifyBootLog(log, { board: none(), defaults: none(), logName: none<string>() }).agrees).toBe(true)
    expect(toAnnotations(report, { perLevel: none<number>(), perJob: none<number>(), reserved: none(), changedLines: none() })).toStrictEqual(toAnnotations(report))
    expect(renderSummary(report, { overflow: none(), notifications: none(), executionSuccessful: none<boolean>(), srcRoot: none<string>(), maxResults: none<number>(), kernelFrom: none<string>(), problems: none(), notes: none(), maxBytes: none<number>(), link: none(), fullReport: none<string>() })).toContain('vm')
    expect(renderHtml(report, { title: none<string>(), maxDetails: none<number>(), problems: none(), maxMaps: none<number>() })).toMatch(/^<!DOCTYPE html>/i)
  })
})

/** true when `K` of `T` may be present with the value undefined under exactOptionalPropertyTypes. */
type KeepsUndefined<T, K extends keyof T> = { [P in K]: undefined } extends Pick<T, K> ? true : false
/** The fields the test above finds undefined: a declaration without `| undefined` fails `tsc --noEmit`. */
export const KEEPS_UNDEFINED: [
  KeepsUndefined<MemblockRegionSnapshot, 'owner'>,
  KeepsUndefined<MemblockRegionSnapshot, 'alsoOwners'>,
  KeepsUndefined<Extract<CrashkernelOutcome, { kind: 'reserved' }>, 'low'>,
  KeepsUndefined<Extract<SimulationResult['request'], { present: true }>, 'low'>,
  KeepsUndefined<CpuFeatures, 'el2'>,
  KeepsUndefined<CpuFeatures, 'satpMode'>,
  KeepsUndefined<KernelConfig, 'PAGE_BLOCK_MAX_ORDER'>,
  KeepsUndefined<VerifyResult['observed'], 'directMapKb'>,
] = [true, true, true, true, true, true, true, true]

/** Only referenced, so that `tsc` checks that the names exist. */
export type ConsumerTypes = [AnnotationOptions, ImportInputs, ImportResult, KernelProfile, Preset, Rule, SummaryContext, VerifyOptions, VerifyResult]

// countFindings(), formatVerify() and checkKernelOverride() failed with TypeErrors from inside
// ("findings is not iterable", "Cannot read properties of undefined", "kernels.filter is not a
// function"), resolveKernelRelease(6.12) answered '6.12.117' for a number, and a hole in
// check()'s options.boards ([, 'x']) was taken as no board.
describe('library functions refuse arguments of the wrong type with a ConfigurationError', () => {
  const thrown = (f: () => unknown) => {
    try {
      f()
    } catch (e) {
      return { name: (e as Error).name, message: (e as Error).message }
    }
    return 'no error'
  }
  it('countFindings()', () => {
    expect(thrown(() => countFindings(undefined as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): findings must be an array of findings as check() reports them, not undefined' })
    expect(thrown(() => countFindings(5 as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): findings must be an array of findings as check() reports them, not a number' })
    expect(thrown(() => countFindings([null] as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): findings must be an array of findings as check() reports them, not an array holding null' })
    expect(thrown(() => countFindings([{ severity: 'constructor' }] as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): finding 0 has severity "constructor"; a finding\'s is "error", "warning" or "note"' })
    expect(thrown(() => countFindings([{}] as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): finding 0 has severity undefined; a finding\'s is "error", "warning" or "note"' })
    expect(thrown(() => countFindings([{ severity: 1n }] as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): finding 0 has severity a bigint; a finding\'s is "error", "warning" or "note"' })
    expect(thrown(() => countFindings([{ severity: Symbol('error') }] as never))).toEqual({ name: 'ConfigurationError', message: 'countFindings(): finding 0 has severity a symbol; a finding\'s is "error", "warning" or "note"' })
    expect(countFindings(check(TEXT, 'm.json').findings)).toEqual(check(TEXT, 'm.json').counts)
  })
  it('formatVerify()', () => {
    expect(thrown(() => formatVerify(undefined as never, 'boot.log'))).toEqual({ name: 'ConfigurationError', message: 'formatVerify(): result must be what verifyBootLog() returns, not undefined' })
    expect(thrown(() => formatVerify({} as never, 'boot.log'))).toEqual({ name: 'ConfigurationError', message: 'formatVerify(): result must be what verifyBootLog() returns, with problems an array, not undefined' })
    const r = verifyBootLog('')
    expect(thrown(() => formatVerify(r, undefined as never))).toEqual({ name: 'ConfigurationError', message: 'formatVerify(): name must be the log\'s name as a string, not undefined' })
    // notes is optional, but when given it is read as the others are.
    expect(thrown(() => formatVerify({ ...r, notes: 5 } as never, 'boot.log'))).toEqual({ name: 'ConfigurationError', message: 'formatVerify(): result must be what verifyBootLog() returns, with notes an array, not a number' })
    expect(formatVerify(r, 'boot.log')).toMatch(/^boot\.log: cannot verify/)
  })
  it('checkKernelOverride()', () => {
    expect(thrown(() => checkKernelOverride('6.12' as never, 'x'))).toEqual({ name: 'ConfigurationError', message: 'x: must be an array of kernel strings, not a string' })
    expect(thrown(() => checkKernelOverride([6.12] as never, 'x'))).toEqual({ name: 'ConfigurationError', message: 'x: must be an array of kernel strings, not an array holding a number' })
    expect(thrown(() => checkKernelOverride(['6.12'], 'x'))).toBe('no error')
  })
  it('resolveKernelRelease()', () => {
    expect(thrown(() => resolveKernelRelease(6.12 as never))).toEqual({ name: 'ConfigurationError', message: 'resolveKernelRelease(): kernel must be a release or series such as "6.12" as a string, not a number' })
    expect(resolveKernelRelease('6.12')).toBe('6.12.117')
  })
  it('check() with a hole in options.boards or options.kernels', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => check(TEXT, 'm.json', { boards: [, 'x'] as string[] }))).toEqual({ name: 'ConfigurationError', message: 'check(): options.boards must be an array of strings, not an array holding undefined' })
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => decodeLayouts(TEXT, 'm.json', { kernels: ['6.12', ,] as string[] }))).toEqual({ name: 'ConfigurationError', message: 'decodeLayouts(): options.kernels must be an array of strings, not an array holding undefined' })
  })
})
