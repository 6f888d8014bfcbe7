// SPDX-License-Identifier: GPL-2.0-only
/**
 * The bundled action (dist/action/index.js) run as a child process the way the runner runs
 * it: INPUT_* variables, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, workflow commands on
 * stdout.
 */
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readMarkers } from './markers.js'
import { ROOT, runAction } from './run-dist.js'

const BROKEN = 'test/fixtures/broken.matrix.json'
const CLEAN = 'test/fixtures/clean.matrix.json'

describe('dist/action/index.js', () => {
  it('passes on a clean matrix, with outputs, a summary and no error annotation', () => {
    const run = runAction({ matrix: CLEAN })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(/^::error/m)
    expect(run.outputs).toMatchObject({ errors: '0', warnings: '0', notes: '0', findings: '0', layouts: '9' })
    expect(run.summary).toContain('## crashkernel-check')
    expect(run.summary).toMatch(/\| ✅ \| rpi4 \| 4G\/6\.12 \| 6\.12\.117 \| 256 MiB at 0x[0-9a-f_]+–0x[0-9a-f_]+ \| — \| DMA 0x0–0x3fff_ffff · DMA32 /)
    const results = JSON.parse(readFileSync(run.outputs['results-file'] ?? '', 'utf8'))
    expect(results.layouts).toHaveLength(9)
    expect(results.layouts[0].result.lowMax).toMatch(/^0x[0-9a-f]{16}$/)
  })

  it('fails the step on a broken matrix and annotates the first nine mistakes at their line and column (the tenth error slot is the failure message)', () => {
    const run = runAction({ matrix: BROKEN })
    expect(run.status).toBe(1)
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='))
    expect(annotations).toHaveLength(9)
    const expected = readMarkers(readFileSync(`${ROOT}${BROKEN}`, 'utf8')).slice(0, 9)
    expected.forEach((m, i) => {
      expect(annotations[i]).toContain(`file=${BROKEN},line=${m.line},endLine=${m.line},col=${m.column},`)
      expect(annotations[i]).toContain(`title=${m.ruleId} `)
    })
    expect(annotations[0]).toMatch(/::unknown property "extra"$/)
    // setFailed's own message is the tenth and last error command; the overflow notice is the only notice.
    expect(run.stdout).toMatch(/^::error::crashkernel-check: 19 error\(s\), 0 warning\(s\), 0 note\(s\)/m)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toHaveLength(10)
    expect(run.stdout).toMatch(/^::notice::10 more finding\(s\) not shown as annotations/m)
    expect(run.outputs).toMatchObject({ errors: '19', findings: '19', layouts: '1' })
    expect(run.summary).toContain('10 more not shown')
    // Counted by severity above the findings table, which lists the unannotated with the rest.
    expect(run.summary).toContain('10 more not shown as annotations (10 errors); the findings table below lists them with the others')
    expect(run.summary).toContain('| ❌ error | `test/fixtures/broken.matrix.json:44:123` | bus | device "x" is behind bus "/nope"')
  })

  it('honours fail-on: never and annotations: false', () => {
    const run = runAction({ matrix: BROKEN, 'fail-on': 'never', annotations: 'false' })
    expect(run.status).toBe(0)
    expect(run.stdout).not.toMatch(/^::error/m)
    expect(run.outputs.errors).toBe('19')
  })

  it('expands globs relative to the workspace', () => {
    const run = runAction({ matrix: 'test/fixtures/c*.matrix.json', 'fail-on': 'error' })
    expect(run.status).toBe(0)
    expect(run.outputs.layouts).toBe('9')
  })

  it('fails with a clear message for a missing matrix file or a bad input', () => {
    const missing = runAction({ matrix: 'nope/boards.json' })
    expect(missing.status).toBe(1)
    expect(missing.stdout).toMatch(/^::error::matrix file "nope\/boards\.json" not found in /m)
    const badInput = runAction({ matrix: CLEAN, 'fail-on': 'sometimes' })
    expect(badInput.status).toBe(1)
    expect(badInput.stdout).toContain('::error::input "fail-on" must be error, warning, note or never, not "sometimes"')
  })

  it('checks and reports the other matrix files when one is missing, then fails naming it', () => {
    // "Bad input … and the rest of the work still completes": the clean file's layouts are
    // simulated and every output is set; the step fails because of the missing file alone.
    const run = runAction({ matrix: `nope/boards.json,${CLEAN}`, 'fail-on': 'error' })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/^::error::matrix file "nope\/boards\.json" not found in /m)
    expect(run.outputs.layouts).toBe(runAction({ matrix: CLEAN }).outputs.layouts)
    expect(run.outputs.errors).toBe('0')
    expect(run.outputs['results-file']).toBeTruthy()
    expect(run.summary).toContain('matrix file "nope/boards.json" not found in')
  })

  it('mode: plan warns about the inputs it does not read, and plans as without them', () => {
    const plain = runAction({ mode: 'plan', matrix: CLEAN, 'fail-on': 'error', annotations: 'true', summary: 'true' })
    expect(plain.status).toBe(0)
    expect(plain.stdout).not.toMatch(/^::warning/m)
    const run = runAction({ mode: 'plan', matrix: CLEAN, sarif: 'out.sarif', 'fail-on': 'never', annotations: 'false' })
    expect(run.status).toBe(0)
    expect(run.outputs).toEqual(plain.outputs)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      '::warning::input "sarif", "annotations" and "fail-on" have no effect with mode: plan, which only plans the check jobs (outputs "matrix" and "count"): set them on the aggregate job',
    ])
    expect(existsSync(`${ROOT}out.sarif`)).toBe(false)
  })

  it('mode: check warns about max-jobs (the plan\'s), mode: aggregate about matrix and max-jobs, and neither about the defaults', () => {
    const check = runAction({ matrix: CLEAN, 'max-jobs': '4' })
    expect(check.status).toBe(0)
    expect(check.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      '::warning::input "max-jobs" has no effect with mode: check, which checks the matrix files (input "matrix"): set it on the plan job',
    ])
    expect(runAction({ matrix: CLEAN, 'max-jobs': '256' }).stdout).not.toMatch(/^::warning/m)
    // No results file to merge: the step fails for it, after the warning.
    const aggregate = runAction({ mode: 'aggregate', results: 'nothing/*.json', matrix: CLEAN, 'max-jobs': '4' })
    expect(aggregate.status).toBe(1)
    expect(aggregate.stdout.split('\n').filter((l) => l.startsWith('::warning'))).toEqual([
      `::warning::input "matrix" and "max-jobs" have no effect with mode: aggregate, which merges the check jobs' results files (input "results"): set them on the plan job`,
    ])
    // action.yml's defaults, as the runner passes them to a job that does not set them.
    expect(runAction({ mode: 'aggregate', results: 'nothing/*.json', matrix: 'examples/boards.json', 'max-jobs': '256' }).stdout).not.toMatch(/^::warning/m)
  })

  it('checks the bundled example matrix by default', () => {
    expect(existsSync(`${ROOT}examples/boards.json`)).toBe(true)
    const run = runAction({})
    // The same run as naming the file: the same counts and the same job summary.
    const named = runAction({ matrix: 'examples/boards.json' })
    const counts = (r: typeof run) => [r.outputs.layouts, r.outputs.errors, r.outputs.warnings, r.outputs.notes, r.outputs.findings]
    expect(counts(run)).toEqual(counts(named))
    expect(run.summary).toBe(named.summary)
    expect(run.summary).toContain('simulated from `examples/boards.json`.')
    expect(Number(run.outputs.layouts)).toBeGreaterThan(0)
    // The step fails exactly when the examples have error findings (fail-on: error).
    expect(run.status).toBe(Number(run.outputs.errors) > 0 ? 1 : 0)
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error ') && l.includes('file='))).toHaveLength(Math.min(Number(run.outputs.errors), 9))
  })
})
