// SPDX-License-Identifier: GPL-2.0-only
/**
 * run() with a recording ActionsIO (no runner, no network): the action's own notices share
 * GitHub's caps with the findings, the HTML input writes the report, a file it cannot write
 * fails the step after everything else came out, and an internal error still leaves a SARIF
 * file that says so. The three modes (plan, check legs, aggregate): test/fanout/run.test.ts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { ActionInputs } from '../src/action/inputs.js'
import type { ActionsIO, AnnotationLevelName, AnnotationProps } from '../src/action/io.js'
import { run } from '../src/action/run.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface Recorded {
  annotations: Array<{ level: AnnotationLevelName; message: string; props?: AnnotationProps }>
  outputs: Record<string, string | number>
  files: Map<string, string>
  summary: string[]
  failed: string[]
}

function fakeIO(inputs: Partial<ActionInputs>, opts: { failWrite?: (path: string) => boolean; failRead?: boolean; env?: Record<string, string> } = {}): ActionsIO & { rec: Recorded } {
  const rec: Recorded = { annotations: [], outputs: {}, files: new Map(), summary: [], failed: [] }
  return {
    rec,
    inputs: () => ({ mode: 'check', maxJobs: 256, matrix: ['test/fixtures/broken.matrix.json'], failOn: 'error', annotations: true, summary: true, comment: true, token: '', workspace: ROOT, ...inputs }),
    env: { RUNNER_TEMP: '/runner/temp', ...opts.env },
    debug: () => {},
    info: () => {},
    annotate: (level, message, props) => void rec.annotations.push({ level, message, ...(props && { props }) }),
    setOutput: (name, value) => void (rec.outputs[name] = value),
    writeSummary: async (md) => void rec.summary.push(md),
    setFailed: (m) => void rec.failed.push(m),
    readFile: async (path) => {
      if (opts.failRead) throw new Error('disk on fire')
      return readFileSync(path, 'utf8')
    },
    writeFile: async (path, text) => {
      if (opts.failWrite?.(path)) throw new Error('EACCES: permission denied')
      rec.files.set(path, text)
    },
    github: () => {
      throw new Error('no network in this test')
    },
  }
}

describe('run() with a recording ActionsIO', () => {
  it('merges its own notices into one annotation and keeps the slot for it', async () => {
    // A pull request but no token: the comment is skipped with a notice.
    const dir = mkdtempSync(join(tmpdir(), 'ckc-run-'))
    const event = join(dir, 'event.json')
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
    const io = fakeIO({}, { env: { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' } })
    await run(io)
    const { annotations, outputs, files, failed, summary } = io.rec
    const notices = annotations.filter((a) => a.level === 'notice')
    expect(notices).toHaveLength(1)
    expect(notices[0]!.message.split('\n')).toEqual([
      'pull request comment skipped: input "token" is empty',
      '6 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in the job summary',
    ])
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9)
    expect(failed).toHaveLength(1)
    expect(outputs).toMatchObject({ errors: 15, 'results-file': '/runner/temp/crashkernel-check-results.json' })
    // `matrix` is mode: plan's output now (test/fanout), no longer a per-file placeholder.
    expect(outputs.matrix).toBeUndefined()
    expect([...files.keys()]).toEqual(['/runner/temp/crashkernel-check-results.json'])
    expect(summary[0]).toContain('pull request comment skipped: input "token" is empty')
  })

  it('writes the HTML report the html input asks for', async () => {
    const io = fakeIO({ html: 'out/report.html', failOn: 'never' })
    await run(io)
    expect(io.rec.outputs['html-file']).toBe(`${ROOT}out/report.html`)
    expect(io.rec.files.get(`${ROOT}out/report.html`)).toMatch(/^<!DOCTYPE html>/i)
    expect(io.rec.failed).toEqual([])
  })

  it('fails the step when a requested file cannot be written, after annotations, summary and outputs', async () => {
    const io = fakeIO({ sarif: 'out/results.sarif', 'failOn': 'never' }, { failWrite: (p) => p.endsWith('.sarif') })
    await run(io)
    expect(io.rec.failed).toEqual([`cannot write the SARIF file ${ROOT}out/results.sarif (input "sarif"): EACCES: permission denied`])
    expect(io.rec.annotations.filter((a) => a.props?.file)).toHaveLength(9)
    expect(io.rec.summary).toHaveLength(1)
    expect(io.rec.outputs.errors).toBe(15)
    expect(io.rec.outputs['sarif-file']).toBeUndefined()
  })

  it('turns an unexpected error into "Internal error" and a SARIF with a tool execution notification', async () => {
    const io = fakeIO({ sarif: 'out/results.sarif' }, { failRead: true })
    await run(io)
    expect(io.rec.failed).toEqual(['Internal error: disk on fire'])
    const sarif = JSON.parse(io.rec.files.get(`${ROOT}out/results.sarif`) ?? '{}')
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'Internal error: disk on fire' } }] })
  })

  it('annotates nothing and reserves nothing when annotations are off', async () => {
    const io = fakeIO({ annotations: false, failOn: 'never' })
    await run(io)
    expect(io.rec.annotations).toEqual([])
    expect(io.rec.summary[0]).not.toContain('not shown as annotations')
  })
})
