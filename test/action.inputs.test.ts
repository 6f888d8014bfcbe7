// SPDX-License-Identifier: GPL-2.0-only
/**
 * getInputs() against action.yml and the README's inputs table: the defaults of an empty
 * input, the list and boolean syntax, the ranges, and the token masked before anything else
 * (the runner hands inputs over as INPUT_<NAME> environment variables).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { getInputs } from '../src/action/inputs.js'
import { coreIO, run } from '../src/action/run.js'
import { ConfigurationError } from '../src/errors.js'
import { shardInputError } from '../src/fanout/shard.js'

const NAMES = ['mode', 'matrix', 'boards', 'kernel', 'fail-on', 'annotations', 'summary', 'comment', 'comment-key', 'sarif', 'results-file', 'html', 'max-jobs', 'shard', 'results', 'token']
const ENV = { GITHUB_WORKSPACE: '/home/runner/work/r/r' }

/** Sets these inputs as the runner does (every other input empty). */
function setInputs(inputs: Record<string, string>): void {
  for (const name of NAMES) vi.stubEnv(`INPUT_${name.toUpperCase()}`, inputs[name] ?? '')
}

/** The ConfigurationError getInputs throws for these inputs. */
function refused(inputs: Record<string, string>, env: Record<string, string> = ENV): string {
  setInputs(inputs)
  try {
    getInputs(env)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    return (error as Error).message
  }
  throw new Error(`accepted ${JSON.stringify(inputs)}`)
}

let stdout: string[]
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
})

describe('getInputs()', () => {
  it('gives every empty input its documented default', () => {
    setInputs({})
    expect(getInputs(ENV)).toEqual({ mode: 'check', matrix: ['examples/boards.json'], failOn: 'error', annotations: true, summary: true, comment: true, maxJobs: 256, token: '', workspace: ENV.GITHUB_WORKSPACE })
    // No token, nothing to mask.
    expect(stdout.join('')).not.toContain('::add-mask::')
  })

  it('splits lists on commas and newlines, trimmed; blank lines and a comma ending a line separate', () => {
    setInputs({ matrix: 'a.json, boards/*.json\n  c.json,\n', boards: 'rpi4,rpi5*', kernel: '6.12\n7.2', results: 'r/*/*.json' })
    expect(getInputs(ENV)).toMatchObject({ matrix: ['a.json', 'boards/*.json', 'c.json'], boards: ['rpi4', 'rpi5*'], kernels: ['6.12', '7.2'], results: ['r/*/*.json'] })
  })

  // `results-{0,1,2}/*.json` was split at its braces' commas into three patterns that each
  // named no file (a reviewer): a brace expansion is one glob, as tinyglobby reads it.
  it('keeps the commas of a brace expansion in the path inputs, and only there', () => {
    setInputs({ mode: 'aggregate', matrix: 'boards/{rpi,x86}/*.json, c.json', results: 'results-{0,1,{2,3}}/*.json,r\\{a,b}.json', boards: '{a,b}' })
    expect(getInputs(ENV)).toMatchObject({ matrix: ['boards/{rpi,x86}/*.json', 'c.json'], results: ['results-{0,1,{2,3}}/*.json', 'r\\{a', 'b}.json'], boards: ['{a', 'b}'] })
  })

  // A doubled comma or a leading one is what an unset `${{ vars.X }}` leaves: the CLI refuses
  // `--boards rpi4,,x86`, and the action used to drop the empty item and check the rest.
  it('refuses an empty item before or between items, naming the input and where it is', () => {
    expect(refused({ boards: 'rpi4,,x86' })).toBe('input "boards": "rpi4,,x86" has an empty item after "rpi4"')
    expect(refused({ kernel: ',6.12' })).toBe('input "kernel": ",6.12" has an empty item at the start')
    expect(refused({ matrix: 'a.json\n  b.json, ,c.json\n' })).toBe('input "matrix": "b.json, ,c.json" has an empty item after "b.json"')
    expect(refused({ mode: 'aggregate', results: ',' })).toBe('input "results": "," has an empty item at the start')
  })

  it('refuses a kernel input that names kernels the engine does not model, naming the input and every such value', () => {
    expect(refused({ kernel: '6.12, 9.9\nbanana' })).toBe('input "kernel": "9.9", "banana" are not kernels crashkernel-check models (5.10.0 … 7.x, e.g. 6.1.192 or 6.12)')
    expect(refused({ kernel: '4.19' })).toBe('input "kernel": "4.19" is not a kernel crashkernel-check models (5.10.0 … 7.x, e.g. 6.1.192 or 6.12)')
  })

  it('reads true and false in any case (YAML 1.2 spells them true, True, TRUE), and refuses anything else naming the input', () => {
    setInputs({ annotations: 'FALSE', summary: ' True ', comment: 'false' })
    expect(getInputs(ENV)).toMatchObject({ annotations: false, summary: true, comment: false })
    expect(refused({ comment: 'yes' })).toBe('input "comment" must be true or false, not "yes"')
  })

  it('accepts each documented fail-on and mode, and refuses others', () => {
    for (const failOn of ['error', 'warning', 'note', 'never']) {
      setInputs({ 'fail-on': failOn })
      expect(getInputs(ENV).failOn).toBe(failOn)
    }
    expect(refused({ 'fail-on': 'errors' })).toBe('input "fail-on" must be error, warning, note or never, not "errors"; did you mean "error"?')
    expect(refused({ 'fail-on': 'all' })).toBe('input "fail-on" must be error, warning, note or never, not "all"')
    for (const mode of ['plan', 'check']) {
      setInputs({ mode })
      expect(getInputs(ENV).mode).toBe(mode)
    }
    setInputs({ mode: 'aggregate', results: 'r/*.json' })
    expect(getInputs(ENV).mode).toBe('aggregate')
    expect(refused({ mode: 'merge' })).toBe('input "mode" must be plan, check or aggregate, not "merge"')
    expect(refused({ mode: 'agregate' })).toBe('input "mode" must be plan, check or aggregate, not "agregate"; did you mean "aggregate"?')
    expect(refused({ mode: 'aggregate' })).toMatch(/^input "results" is required with mode: aggregate/)
  })

  it('takes max-jobs as a whole number from 1 to 256', () => {
    for (const n of [1, 256]) {
      setInputs({ 'max-jobs': String(n) })
      expect(getInputs(ENV).maxJobs).toBe(n)
    }
    for (const bad of ['0', '257', '3.5', '1e2', '-1', 'x']) expect(refused({ 'max-jobs': bad })).toMatch(new RegExp(`^input "max-jobs" must be a whole number from 1 to 256 .*not "${bad.replace('.', '\\.')}"$`))
  })

  it('takes shard as k/n with 1 <= k <= n, with the plan\'s kernel override after it', () => {
    setInputs({ shard: '2/3' })
    expect(getInputs(ENV).shard).toEqual({ k: 2, n: 3 })
    // As the plan writes it with input "kernel"; the leg compares it with its own (run.ts).
    setInputs({ shard: ' 2/3 (kernel 6.12, 7.2)', kernel: '6.12' })
    expect(getInputs(ENV)).toMatchObject({ shard: { k: 2, n: 3, kernel: ['6.12', '7.2'] }, kernels: ['6.12'] })
    for (const bad of ['4/3', '0/3', '2', '2/3 (kernel )', '4/3 (kernel 6.12)']) expect(refused({ shard: bad })).toMatch(/^input "shard" must be k\/n with 1 <= k <= n, optionally followed by " \(kernel <list>\)"/)
  })

  it('trims the paths and the comment key', () => {
    setInputs({ sarif: ' out/x.sarif ', 'results-file': 'r.json ', html: ' report.html', 'comment-key': ' kdump ' })
    expect(getInputs(ENV)).toMatchObject({ sarif: 'out/x.sarif', resultsFile: 'r.json', html: 'report.html', commentKey: 'kdump' })
  })

  it('masks the token (trimmed) before anything else is read, even when a later input is refused', () => {
    expect(refused({ token: ' ghs_secret \n', 'fail-on': 'sometimes' })).toMatch(/^input "fail-on"/)
    expect(stdout.join('')).toContain('::add-mask::ghs_secret\n')
    setInputs({ token: ' ghs_secret ' })
    expect(getInputs(ENV).token).toBe('ghs_secret')
  })

  it('reads the retry delay from CRASHKERNEL_CHECK_RETRY_DELAY_MS, a number of milliseconds', () => {
    setInputs({})
    expect(getInputs({ ...ENV, CRASHKERNEL_CHECK_RETRY_DELAY_MS: '10' }).retryDelayMs).toBe(10)
    expect(refused({}, { ...ENV, CRASHKERNEL_CHECK_RETRY_DELAY_MS: 'fast' })).toBe('CRASHKERNEL_CHECK_RETRY_DELAY_MS must be a number of milliseconds, not "fast"')
  })
})

describe('a shard input getInputs() refuses, through run() and the real io', () => {
  it('fails the step with the input\'s message before any file is read (run() leaves the check to getInputs)', async () => {
    const exitCode = process.exitCode
    try {
      for (const bad of ['4/3', '0/3', '2/3 (kernel )', '1/2 (kernel 6.12']) {
        stdout.length = 0
        setInputs({ shard: bad, matrix: 'test/fixtures/clean.matrix.json', 'fail-on': 'never' })
        await run(coreIO())
        const commands = stdout.join('').split('\n').filter((l) => l.startsWith('::'))
        expect(commands, bad).toEqual([`::error::${shardInputError(bad)}`])
      }
    } finally {
      process.exitCode = exitCode
    }
  })
})
