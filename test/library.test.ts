// SPDX-License-Identifier: GPL-2.0-only
/**
 * The library as a consumer uses it (README "Library", the TSDoc of src/index.ts): the
 * documented examples, and what happens when JavaScript passes what the types forbid.
 */
import { describe, expect, it } from 'vitest'
import { check, ConfigurationError, importBoard, simulate, UnsupportedLayoutError, verifyBootLog } from '../src/index.js'
import { decodeMatrix } from '../src/matrix/decode.js'
// The types of what the exported functions take and return, nameable by a consumer (a
// missing one fails `tsc --noEmit`, which checks this file).
import type {
  AnnotationOptions, CrashkernelOutcome, ImportInputs, ImportResult, KernelProfile, Layout, Preset, Rule,
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

describe('check(): arguments from JavaScript', () => {
  it('a Buffer, a number or nothing as the text is a ConfigurationError that says what to pass', () => {
    expect(thrown(Buffer.from(TEXT), 'm.json')).toEqual({
      name: 'ConfigurationError',
      message: "check(): text must be the file's content as a string, not a Uint8Array (read the file with readFileSync(path, 'utf8'))",
    })
    expect(thrown(42, 'm.json')).toEqual({ name: 'ConfigurationError', message: "check(): text must be the file's content as a string, not a number" })
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
  // A whole Layout is long to write by hand; the decoder makes one from a preset board.
  const decoded = decodeMatrix({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] })
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
})

/** Only referenced, so that `tsc` checks that the names exist. */
export type ConsumerTypes = [AnnotationOptions, ImportInputs, ImportResult, KernelProfile, Preset, Rule, SummaryContext, VerifyOptions, VerifyResult]
