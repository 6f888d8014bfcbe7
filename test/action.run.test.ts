// SPDX-License-Identifier: GPL-2.0-only
/**
 * run() with a recording ActionsIO (no runner, no network): the action's own notices share
 * GitHub's caps with the findings, the HTML input writes the report, a file it cannot write
 * fails the step after everything else came out, and an internal error still leaves a SARIF
 * file that says so. The three modes (plan, check legs, aggregate): test/fanout/run.test.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ActionInputs } from '../src/action/inputs.js'
import type { ActionsIO, AnnotationLevelName, AnnotationProps } from '../src/action/io.js'
import { coreIO, run } from '../src/action/run.js'
import type { GitHubApi, GitHubClientOptions, IssueComment } from '../src/github/client.js'
import { GitHubApiError } from '../src/github/errors.js'
import { ConfigurationError } from '../src/errors.js'
import { systemError } from './system-error.js'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

interface Recorded {
  annotations: Array<{ level: AnnotationLevelName; message: string; props?: AnnotationProps }>
  outputs: Record<string, string | number>
  files: Map<string, string>
  summary: string[]
  failed: string[]
  info: string[]
  untrusted: string[]
  /** Every GitHub API client the action asked for, with its options. */
  clients: GitHubClientOptions[]
}

interface FakeOptions {
  /** The error writeFile throws for this path, if any: true for EACCES (Node's system error). */
  failWrite?: (path: string) => boolean | Error
  failRead?: boolean
  /** The error readFile throws for this path, if any (e.g. a file system refusal with an errno code). */
  readError?: (path: string) => Error | undefined
  /** writeSummary throws: true for a plain error, or this one. */
  failSummary?: boolean | Error
  /** setOutput throws this (GITHUB_OUTPUT not writable). */
  failOutput?: Error
  env?: Record<string, string>
  /** The GitHub API the client hands out (none: setting one up throws). */
  api?: GitHubApi
  /** Give the io an infoUntrusted, as the real one has. */
  untrusted?: boolean
}

function fakeIO(inputs: Partial<ActionInputs>, opts: FakeOptions = {}): ActionsIO & { rec: Recorded } {
  const rec: Recorded = { annotations: [], outputs: {}, files: new Map(), summary: [], failed: [], info: [], untrusted: [], clients: [] }
  return {
    rec,
    ...(opts.untrusted && { infoUntrusted: (text: string) => void rec.untrusted.push(text) }),
    inputs: () => ({ mode: 'check', maxJobs: 256, matrix: ['test/fixtures/broken.matrix.json'], failOn: 'error', annotations: true, summary: true, comment: true, token: '', workspace: ROOT, ...inputs }),
    env: { RUNNER_TEMP: '/runner/temp', ...opts.env },
    debug: () => {},
    info: (m) => void rec.info.push(m),
    annotate: (level, message, props) => void rec.annotations.push({ level, message, ...(props && { props }) }),
    setOutput: (name, value) => {
      if (opts.failOutput) throw opts.failOutput
      rec.outputs[name] = value
    },
    writeSummary: async (md) => {
      if (opts.failSummary) throw opts.failSummary === true ? new Error('summary file is read-only') : opts.failSummary
      rec.summary.push(md)
    },
    setFailed: (m) => void rec.failed.push(m),
    readFile: async (path) => {
      if (opts.failRead) throw new Error('disk on fire')
      const error = opts.readError?.(path)
      if (error) throw error
      return readFileSync(path, 'utf8')
    },
    writeFile: async (path, text) => {
      const refused = opts.failWrite?.(path)
      if (refused) throw refused === true ? systemError('EACCES', 'permission denied', 'open', path) : refused
      rec.files.set(path, text)
    },
    github: (_token, options) => {
      rec.clients.push(options)
      if (!opts.api) throw new Error('no network in this test')
      return opts.api
    },
  }
}

/** A pull_request event payload file (from a fork when `fork`), and the env that points to it. */
function pullRequestEnv(fork = false): Record<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-run-'))
  const event = join(dir, 'event.json')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, head: { repo: { full_name: fork ? 'someone/r' : 'o/r' } }, base: { repo: { full_name: 'o/r' } } } }))
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_REPOSITORY: 'o/r' }
}

/** A GitHub API over an in-memory comment list; `files` are the pull request's changed files. */
function fakeApi(comments: IssueComment[], opts: { files?: Awaited<ReturnType<GitHubApi['listPullRequestFiles']>>; createError?: Error } = {}): GitHubApi & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    listPullRequestFiles: async () => (calls.push('files'), opts.files ?? []),
    listIssueComments: async () => (calls.push('list'), comments),
    createIssueComment: async (_pr, body) => {
      calls.push('create')
      if (opts.createError) throw opts.createError
      const c = { id: comments.length + 1, body, html_url: `https://github.com/o/r/pull/7#issuecomment-${comments.length + 1}`, user: { login: 'bot', type: 'Bot' } }
      comments.push(c)
      return c
    },
    updateIssueComment: async (_pr, id, body) => {
      calls.push('update')
      const c = comments.find((x) => x.id === id)!
      c.body = body
      return c
    },
    deleteIssueComment: async () => void calls.push('delete'),
  }
}

/** A workspace with one matrix file `m.json` of these boards. */
function workspaceWith(boards: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-run-ws-'))
  writeFileSync(join(dir, 'm.json'), JSON.stringify({ version: 1, boards }, null, 2))
  return dir
}

/** A board with exactly one finding: LM001 (warning) on 6.1 with 2 GiB and crashkernel=256M. */
function lm001Board(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id, extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.1'], cmdline: 'console=ttyS0 crashkernel=256M rodata=on', ...extra }
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
      '10 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in the job summary',
    ])
    expect(annotations.filter((a) => a.level === 'error')).toHaveLength(9)
    expect(failed).toHaveLength(1)
    expect(outputs).toMatchObject({ errors: 19, 'results-file': '/runner/temp/crashkernel-check-results.json' })
    // `matrix` is mode: plan's output now (test/fanout), no longer a per-file placeholder.
    expect(outputs.matrix).toBeUndefined()
    expect([...files.keys()]).toEqual(['/runner/temp/crashkernel-check-results.json'])
    expect(summary[0]).toContain('pull request comment skipped: input "token" is empty')
    // The overflow notice points at the job summary: the summary itself says it once, in its own section.
    expect(summary[0]).not.toContain('all are listed in the job summary')
    expect(summary[0]).toContain('### Not shown as annotations')
    // Without a token the action never sets up a client (so no warning that it could not).
    expect(io.rec.clients).toEqual([])
    expect(annotations.filter((a) => a.level === 'warning')).toEqual([])
  })

  it('writes the HTML report the html input asks for', async () => {
    const io = fakeIO({ html: 'out/report.html', failOn: 'never' })
    await run(io)
    expect(io.rec.outputs['html-file']).toBe(`${ROOT}out/report.html`)
    expect(io.rec.files.get(`${ROOT}out/report.html`)).toMatch(/^<!DOCTYPE html>/i)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.files.get(`${ROOT}out/report.html`)).not.toContain('Not everything was checked')
  })

  // The page of a run that could not read a matrix file looked like a pass: only the step
  // failed. It now says so at its top, as the SARIF run and the job summary do.
  it('heads the HTML report with what kept the run from checking everything', async () => {
    const io = fakeIO(
      { matrix: ['test/fixtures/broken.matrix.json', 'test/fixtures/clean.matrix.json'], html: 'out/report.html', failOn: 'never', comment: false },
      { readError: (p) => (p.endsWith('clean.matrix.json') ? systemError('EACCES', 'permission denied', 'open', p) : undefined) },
    )
    await run(io)
    expect(io.rec.failed).toEqual(['cannot read matrix file test/fixtures/clean.matrix.json: permission denied'])
    expect(io.rec.files.get(`${ROOT}out/report.html`)).toContain('<section class="problems" role="alert"><h2>Not everything was checked</h2><ul><li>cannot read matrix file test/fixtures/clean.matrix.json: permission denied</li></ul>')
  })

  it('fails the step when a requested file cannot be written, after annotations, summary and outputs', async () => {
    const io = fakeIO({ sarif: 'out/results.sarif', 'failOn': 'never' }, { failWrite: (p) => p.endsWith('.sarif') })
    await run(io)
    // Named as the input has it, why in words (Node said "EACCES: permission denied, open '<absolute path>'").
    expect(io.rec.failed).toEqual(['cannot write the SARIF file out/results.sarif (input "sarif"): permission denied'])
    expect(io.rec.annotations.filter((a) => a.props?.file)).toHaveLength(9)
    expect(io.rec.summary).toHaveLength(1)
    expect(io.rec.outputs.errors).toBe(19)
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

  it('logs the report, which quotes the matrix, only through infoUntrusted when the io has one', async () => {
    const io = fakeIO({ failOn: 'never', comment: false }, { untrusted: true })
    await run(io)
    // The stylish report names the file and the boards (docs/hardening.md: the action's log in a stop-commands block).
    expect(io.rec.untrusted.join('\n')).toContain('test/fixtures/broken.matrix.json')
    expect(io.rec.untrusted.join('\n')).toContain('unknown property "confg"')
    expect(io.rec.info.join('\n')).not.toContain('unknown property "confg"')
  })

  it('writes the results file to the system temporary directory when RUNNER_TEMP is empty', async () => {
    const io = fakeIO({ failOn: 'never', comment: false }, { env: { RUNNER_TEMP: '' } })
    await run(io)
    const expected = join(tmpdir(), 'crashkernel-check-results.json')
    expect(io.rec.outputs['results-file']).toBe(expected)
    expect([...io.rec.files.keys()]).toEqual([expected])
  })

  it('fails the step on a matrix file the file system refuses, in the CLI\'s words, after the other files are checked and published', async () => {
    const io = fakeIO(
      { matrix: ['test/fixtures/broken.matrix.json', 'test/fixtures/clean.matrix.json'], failOn: 'never', comment: false },
      { readError: (p) => (p.endsWith('clean.matrix.json') ? systemError('EACCES', 'permission denied', 'open', p) : undefined) },
    )
    await run(io)
    // The workspace-relative path as the input named it, and why in words: not "EACCES: permission denied, open '<absolute path>'".
    expect(io.rec.failed).toEqual(['cannot read matrix file test/fixtures/clean.matrix.json: permission denied'])
    expect(io.rec.outputs).toMatchObject({ errors: 19, layouts: 1 })
    expect(io.rec.summary[0]).toContain('cannot read matrix file test/fixtures/clean.matrix.json: permission denied')
    // Any other errno code: Node's description without the code and the path.
    const busy = fakeIO({ matrix: ['test/fixtures/clean.matrix.json'], failOn: 'never', comment: false }, { readError: (p) => systemError('EBUSY', 'resource busy or locked', 'open', p) })
    await run(busy)
    expect(busy.rec.failed).toEqual(['cannot read matrix file test/fixtures/clean.matrix.json: resource busy or locked'])
  })

  // A matrix over 512 MiB cannot be a string: fs.promises.readFile throws V8's RangeError
  // "Invalid string length", which has no errno code, and the step ended in "Internal error:
  // Invalid string length" before checking the other files (docs/hardening.md: a
  // configuration error, "cannot read matrix file").
  it('names a matrix file too large to read as text, after the other files are checked and published', async () => {
    const io = fakeIO(
      { matrix: ['test/fixtures/broken.matrix.json', 'test/fixtures/clean.matrix.json'], failOn: 'never', comment: false },
      { readError: (p) => (p.endsWith('clean.matrix.json') ? new RangeError('Invalid string length') : undefined) },
    )
    await run(io)
    expect(io.rec.failed).toEqual(['cannot read matrix file test/fixtures/clean.matrix.json: the file is too large to read (over 512 MiB)'])
    expect(io.rec.outputs).toMatchObject({ errors: 19, layouts: 1 })
  })

  it('names each output file it cannot write as its input has it, and why in words; the default results file by where it is', async () => {
    const io = fakeIO(
      { sarif: 'out/x.sarif', html: './out/x.html', resultsFile: 'out/r.json', failOn: 'never', comment: false },
      { failWrite: (p) => (p.endsWith('.sarif') ? systemError('ENOSPC', 'no space left on device', 'write') : p.endsWith('.html') ? systemError('EROFS', 'read-only file system', 'open', p) : p.endsWith('r.json') ? systemError('ENOENT', 'no such file or directory', 'open', p) : false) },
    )
    await run(io)
    expect(io.rec.failed).toEqual([
      [
        'cannot write the results file out/r.json (input "results-file"): no such directory',
        'cannot write the SARIF file out/x.sarif (input "sarif"): no space left on the device',
        'cannot write the HTML report ./out/x.html (input "html"): read-only file system',
      ].join('\n'),
    ])
    expect(io.rec.summary[0]).toContain('cannot write the results file out/r.json (input "results-file"): no such directory')
    const summary = fakeIO({ failOn: 'never', comment: false }, { failSummary: systemError('EISDIR', 'illegal operation on a directory', 'write') })
    await run(summary)
    expect(summary.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(['cannot write the job summary: is a directory'])
  })

  it('says nothing about annotations that did not fit when every finding fits', async () => {
    const io = fakeIO({ workspace: workspaceWith([lm001Board('a'), lm001Board('b')]), matrix: ['m.json'], failOn: 'never', comment: false })
    await run(io)
    expect(io.rec.annotations.map((a) => a.level)).toEqual(['warning', 'warning'])
    expect(io.rec.summary[0]).not.toContain('not shown as annotations')
  })

  it('shows 10 annotations of a level it has no message of its own for, keeps a notice slot for its overflow note, and counts outputs per severity', async () => {
    // 12 warnings, 10 notes (a board's severity override) and 2 suppressed findings.
    const boards = [
      ...Array.from({ length: 12 }, (_, i) => lm001Board(`w${i}`)),
      ...Array.from({ length: 10 }, (_, i) => lm001Board(`n${i}`, { severity: { LM001: 'note' } })),
      ...Array.from({ length: 2 }, (_, i) => lm001Board(`s${i}`, { suppress: [{ rule: 'LM001', reason: 'lab board' }] })),
    ]
    const io = fakeIO({ workspace: workspaceWith(boards), matrix: ['m.json'], failOn: 'never', comment: false })
    await run(io)
    const { annotations, outputs } = io.rec
    // GitHub shows at most 10 per level in a step: all 10 warning slots go to findings.
    expect(annotations.filter((a) => a.level === 'warning')).toHaveLength(10)
    const notices = annotations.filter((a) => a.level === 'notice')
    expect(notices).toHaveLength(10)
    expect(notices.at(-1)).toEqual({ level: 'notice', message: '3 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in the job summary' })
    expect(outputs).toMatchObject({ errors: 0, warnings: 12, notes: 10, suppressed: 2, findings: 22, layouts: 24 })
  })

  it('fails with the number of findings at or above fail-on, not calling the notes below it "at or above"', async () => {
    const boards = [lm001Board('w'), lm001Board('n', { severity: { LM001: 'note' } })]
    const io = fakeIO({ workspace: workspaceWith(boards), matrix: ['m.json'], failOn: 'warning', comment: false })
    await run(io)
    expect(io.rec.failed).toEqual(['crashkernel-check: 0 error(s), 1 warning(s), 1 note(s); 1 finding(s) at or above fail-on=warning: see the annotations and the job summary'])
  })

  it('points to the step log, not a job summary it did not write, when summary is off', async () => {
    const io = fakeIO({ summary: false, comment: false })
    await run(io)
    expect(io.rec.summary).toEqual([])
    expect(io.rec.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      "10 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in this step's log",
    ])
    expect(io.rec.failed).toEqual([expect.stringMatching(/fail-on=error: see the annotations and this step's log$/)])
    const quiet = fakeIO({ summary: false, annotations: false, comment: false })
    await run(quiet)
    expect(quiet.rec.failed).toEqual([expect.stringMatching(/fail-on=error: see this step's log$/)])
  })

  it('turns a job summary it cannot write into a warning, and still sets the outputs', async () => {
    const io = fakeIO({ failOn: 'never', comment: false }, { failSummary: true })
    await run(io)
    expect(io.rec.annotations.filter((a) => a.level === 'warning').map((a) => a.message)).toEqual(['cannot write the job summary: summary file is read-only'])
    // The findings beyond the annotation caps are then in the step's log only, not "in the job summary".
    expect(io.rec.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([expect.stringMatching(/^\d+ more finding\(s\) not shown as annotations \(GitHub shows at most 10 per level in a step\); all are listed in this step's log$/)])
    expect(io.rec.outputs.errors).toBe(19)
    expect(io.rec.failed).toEqual([])
    // Failing on the findings, the step points at what exists: not at the summary it could not write.
    const failing = fakeIO({ comment: false }, { failSummary: true })
    await run(failing)
    expect(failing.rec.failed).toEqual([expect.stringMatching(/fail-on=error: see the annotations and this step's log$/)])
  })

  // An unwritable GITHUB_OUTPUT threw out of publish(): the step failed with "Internal error"
  // alone, without its findings' message, and the SARIF file of the full report was replaced
  // by an empty one of a failed run.
  it('fails the step for outputs it cannot set, still for its findings, and keeps the SARIF file', async () => {
    const refused = Object.assign(new Error('EISDIR: illegal operation on a directory, open'), { code: 'EISDIR' })
    const io = fakeIO({ comment: false, sarif: 'out/r.sarif' }, { failOutput: refused })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^cannot set the step's outputs: is a directory\ncrashkernel-check: 19 error\(s\), .* fail-on=error: see the annotations and the job summary$/)])
    const sarif = JSON.parse(io.rec.files.get(`${ROOT}out/r.sarif`) ?? '{}')
    expect(sarif.runs[0].results.length).toBeGreaterThan(0)
    expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true }])
  })

  it('counts every finding of a grouped annotation it drops for the summary warning', async () => {
    // 11 boards × 2 kernels, one warning each: 11 annotations of 2 findings. The summary fails,
    // its warning takes the tenth warning slot: 2 + 2 findings end up in the step's log only.
    const ws = mkdtempSync(join(tmpdir(), 'ckc-run-group-'))
    const boards = Array.from({ length: 11 }, (_, i) => ({ id: `b${i}`, extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12', '7.2'], cmdline: `console=ttyS${i} crashkernel=256M,foo` }))
    writeFileSync(join(ws, 'm.json'), JSON.stringify({ version: 1, defaults: { expect: { reservationRequired: false } }, boards }, null, 2))
    const io = fakeIO({ workspace: ws, matrix: ['m.json'], failOn: 'never', comment: false }, { failSummary: true })
    await run(io)
    const warnings = io.rec.annotations.filter((a) => a.level === 'warning')
    expect(warnings.filter((a) => a.props?.file === 'm.json')).toHaveLength(9)
    expect(warnings.at(-1)?.message).toBe('cannot write the job summary: summary file is read-only')
    expect(io.rec.annotations.filter((a) => a.level === 'notice').map((a) => a.message)).toEqual([
      "4 more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in this step's log",
    ])
  })

  it('fails the step when the results file cannot be written', async () => {
    const io = fakeIO({ failOn: 'never', comment: false }, { failWrite: (p) => p.endsWith('.json') })
    await run(io)
    expect(io.rec.failed).toEqual(['cannot write the results file /runner/temp/crashkernel-check-results.json: permission denied'])
    expect(io.rec.outputs['results-file']).toBeUndefined()
  })

  it('fails on a missing matrix file or a glob matching nothing after checking the others, a configuration notification in the SARIF file, with %SRCROOT% ending in a slash', async () => {
    // A workspace given without a trailing slash, as GITHUB_WORKSPACE is.
    const workspace = ROOT.replace(/\/$/, '')
    const io = fakeIO({ workspace, matrix: ['test/fixtures/broken.matrix.json', 'nope.json', 'nothing/*.json'], sarif: 'out/results.sarif', failOn: 'never', comment: false })
    await run(io)
    const problems = [`matrix file "nope.json" not found in ${workspace}`, `matrix pattern "nothing/*.json" matches no file in ${workspace}`]
    expect(io.rec.failed).toEqual([problems.join('\n')])
    const sarif = JSON.parse(io.rec.files.get(join(workspace, 'out/results.sarif')) ?? '{}')
    expect(sarif.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolConfigurationNotifications: problems.map((text) => ({ level: 'error', message: { text }, descriptor: { id: 'configuration-error' } })),
    })
    // SARIF 2.1.0 §3.14.14: a base URI ends with a slash, or relative URIs resolve against its parent.
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBe(`${pathToFileURL(workspace).href}/`)
    expect(sarif.runs[0].results).toHaveLength(15)
    // The results file says it too, as the CLI's JSON does.
    expect(JSON.parse(io.rec.files.get('/runner/temp/crashkernel-check-results.json') ?? '{}').problems).toEqual(problems)
  })

  it('logs no "✔ 0 problems" report when no matrix file could be checked, as the CLI prints none', async () => {
    const io = fakeIO({ matrix: ['nope.json'], comment: false }, { untrusted: true })
    await run(io)
    expect(io.rec.failed).toEqual([`matrix file "nope.json" not found in ${ROOT}`])
    expect(io.rec.untrusted.join('\n')).not.toMatch(/0 problems/)
    // With one file checked, its report is logged as ever.
    const some = fakeIO({ matrix: ['test/fixtures/clean.matrix.json', 'nope.json'], comment: false, failOn: 'never' }, { untrusted: true })
    await run(some)
    expect(some.rec.untrusted.join('\n')).toMatch(/0 problems/)
  })

  it('refuses two outputs on one path, or an output on a matrix file it reads, before anything runs', async () => {
    const same = fakeIO({ sarif: 'out/x.json', html: './out/x.json', comment: false })
    await run(same)
    expect(same.rec.failed).toEqual(['inputs "sarif" ("out/x.json") and "html" ("./out/x.json") name the same file: give each output a path of its own'])
    const results = fakeIO({ resultsFile: 'out/r.sarif', sarif: 'out/r.sarif', comment: false })
    await run(results)
    expect(results.rec.failed).toEqual(['inputs "results-file" ("out/r.sarif") and "sarif" ("out/r.sarif") name the same file: give each output a path of its own'])
    // The matrix is neither replaced by the SARIF file nor by the SARIF file that says why.
    const over = fakeIO({ matrix: ['test/fixtures/clean.matrix.json'], sarif: 'test/fixtures/clean.matrix.json', comment: false })
    await run(over)
    expect(over.rec.failed).toEqual(['input "sarif" ("test/fixtures/clean.matrix.json") names a file this run reads (input "matrix"), which writing the output would replace: write it elsewhere'])
    expect([...over.rec.files.keys()]).toEqual([])
    expect(over.rec.outputs).toEqual({})
  })

  it('compares output paths as the file system names them: through a symlink, and with the default results file', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'ckc-run-link-'))
    writeFileSync(join(ws, 'm.json'), readFileSync(join(ROOT, 'test/fixtures/clean.matrix.json')))
    symlinkSync('.', join(ws, 'link'))
    for (const [matrix, sarif] of [['m.json', 'link/m.json'], ['link/m.json', 'm.json']] as const) {
      const io = fakeIO({ workspace: ws, matrix: [matrix], sarif, comment: false })
      await run(io)
      expect(io.rec.failed).toEqual([`input "sarif" ("${sarif}") names a file this run reads (input "matrix"), which writing the output would replace: write it elsewhere`])
      expect([...io.rec.files.keys()]).toEqual([])
    }
    // sarif on the results file's default place in RUNNER_TEMP.
    const temp = mkdtempSync(join(tmpdir(), 'ckc-run-temp-'))
    const io = fakeIO({ workspace: ws, matrix: ['m.json'], sarif: join(temp, 'crashkernel-check-results.json'), comment: false }, { env: { RUNNER_TEMP: temp } })
    await run(io)
    expect(io.rec.failed).toEqual([`inputs "results-file" ("${join(temp, 'crashkernel-check-results.json')}, its default") and "sarif" ("${join(temp, 'crashkernel-check-results.json')}") name the same file: give each output a path of its own`])
  })

  it('leaves a SARIF configuration notification after a configuration error', async () => {
    const io = fakeIO({ sarif: 'out/results.sarif', html: '../../report.html' })
    await run(io)
    expect(io.rec.failed).toEqual([expect.stringMatching(/^input "html" \("\.\.\/\.\.\/report\.html"\) is outside the workspace/)])
    const sarif = JSON.parse(io.rec.files.get(`${ROOT}out/results.sarif`) ?? '{}')
    expect(sarif.runs[0].invocations[0]).toEqual({ executionSuccessful: false, toolConfigurationNotifications: [{ level: 'error', message: { text: io.rec.failed[0] }, descriptor: { id: 'configuration-error' } }] })
  })
})

describe('run(): a repository checked out below the workspace (actions/checkout `path:`)', () => {
  /** $GITHUB_WORKSPACE/sub is the repository (it holds .git) and sub/boards/m.json its matrix. */
  function subCheckout(): string {
    const ws = mkdtempSync(join(tmpdir(), 'ckc-run-ws-'))
    mkdirSync(join(ws, 'sub', '.git'), { recursive: true })
    mkdirSync(join(ws, 'sub', 'boards'))
    writeFileSync(join(ws, 'sub', 'boards', 'm.json'), JSON.stringify({ version: 1, boards: [lm001Board('a'), lm001Board('b')] }, null, 2))
    return ws
  }

  it('annotates, orders by changed lines and writes SARIF with paths from the repository root', async () => {
    const ws = subCheckout()
    // The pull request changed board b's cmdline (line 20), so its finding comes before a's (line 11).
    const api = fakeApi([], { files: [{ filename: 'boards/m.json', patch: '@@ -20 +20 @@\n-x\n+x' }] })
    const io = fakeIO({ workspace: ws, matrix: ['sub/boards/*.json'], token: 't', comment: false, failOn: 'never', sarif: 'out.sarif' }, { env: pullRequestEnv(), api })
    await run(io)
    expect(io.rec.failed).toEqual([])
    const annotated = io.rec.annotations.filter((a) => a.props?.file)
    expect(annotated.map((a) => [a.props!.file, a.props!.startLine])).toEqual([['boards/m.json', 20], ['boards/m.json', 11]])
    const sarif = JSON.parse(io.rec.files.get(join(ws, 'out.sarif'))!)
    expect(sarif.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(join(ws, 'sub')).href + '/' } })
    expect(sarif.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['boards/m.json', 'boards/m.json'])
  })

  it('keeps workspace paths when two checkouts would name different files alike', async () => {
    const ws = subCheckout()
    mkdirSync(join(ws, 'other', '.git'), { recursive: true })
    mkdirSync(join(ws, 'other', 'boards'))
    writeFileSync(join(ws, 'other', 'boards', 'm.json'), JSON.stringify({ version: 1, boards: [lm001Board('c')] }, null, 2))
    const io = fakeIO({ workspace: ws, matrix: ['*/boards/m.json'], comment: false, failOn: 'never', sarif: 'out.sarif' })
    await run(io)
    expect([...new Set(io.rec.annotations.flatMap((a) => (a.props?.file ? [a.props.file] : [])))].sort()).toEqual(['other/boards/m.json', 'sub/boards/m.json'])
    expect(JSON.parse(io.rec.files.get(join(ws, 'out.sarif'))!).runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(ws).href + '/' } })
    // A file of the repository and one outside any: no one root to claim as %SRCROOT%.
    writeFileSync(join(ws, 'loose.json'), JSON.stringify({ version: 1, boards: [lm001Board('d')] }, null, 2))
    const mixed = fakeIO({ workspace: ws, matrix: ['sub/boards/m.json', 'loose.json'], comment: false, failOn: 'never', sarif: 'out.sarif' })
    await run(mixed)
    expect([...new Set(mixed.rec.annotations.flatMap((a) => (a.props?.file ? [a.props.file] : [])))].sort()).toEqual(['boards/m.json', 'loose.json'])
    expect(JSON.parse(mixed.rec.files.get(join(ws, 'out.sarif'))!).runs[0].originalUriBaseIds).toBeUndefined()
  })
})

describe('run(): the pull-request comment', () => {
  it('keeps one comment per job: jobs checking other files or boards get their own, the same job updates its own, and comment-key picks one', async () => {
    const comments: IssueComment[] = []
    const env = pullRequestEnv()
    const once = async (inputs: Partial<ActionInputs>) => {
      const io = fakeIO({ token: 't', annotations: false, failOn: 'never', ...inputs }, { env, api: fakeApi(comments) })
      await run(io)
      expect(io.rec.failed).toEqual([])
    }
    await once({ matrix: ['test/fixtures/broken.matrix.json'] })
    await once({ matrix: ['test/fixtures/clean.matrix.json'] })
    expect(comments).toHaveLength(2)
    await once({ matrix: ['test/fixtures/clean.matrix.json'], boards: ['rpi4'] })
    expect(comments).toHaveLength(3)
    await once({ matrix: ['test/fixtures/broken.matrix.json'] })
    expect(comments).toHaveLength(3)
    // An explicit key: other files, one comment.
    await once({ matrix: ['test/fixtures/broken.matrix.json'], commentKey: 'kdump' })
    await once({ matrix: ['test/fixtures/clean.matrix.json'], commentKey: 'kdump' })
    expect(comments).toHaveLength(4)
    expect(comments[3]!.body).toMatch(/^<!-- crashkernel-check -->\n<!-- crashkernel-check:key=kdump -->\n/)
  })

  it('takes the request timeout from its io\'s environment, not the process\'s', async () => {
    const io = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: { ...pullRequestEnv(), CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS: '1234' }, api: fakeApi([]) })
    await run(io)
    expect(io.rec.failed).toEqual([])
    expect(io.rec.clients.map((c) => c.timeoutMs)).toEqual([1234])
    // A value that is no timeout leaves the run without a client, with the variable named.
    const bad = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: { ...pullRequestEnv(), CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS: 'soon' }, api: fakeApi([]) })
    await run(bad)
    expect(bad.rec.clients).toEqual([])
    expect(bad.rec.annotations.map((a) => a.message).join('\n')).toContain('cannot set up the GitHub API client: CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS must be a positive number of milliseconds, not "soon"')
  })

  it('outputs the comment\'s URL and links the run, only when the run is known', async () => {
    const comments: IssueComment[] = []
    const io = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: { ...pullRequestEnv(), GITHUB_RUN_ID: '42' }, api: fakeApi(comments) })
    await run(io)
    expect(io.rec.outputs['comment-url']).toBe('https://github.com/o/r/pull/7#issuecomment-1')
    expect(comments[0]!.body).toContain('(https://github.com/o/r/actions/runs/42)')
    const noRun: IssueComment[] = []
    await run(fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: pullRequestEnv(), api: fakeApi(noRun) }))
    expect(noRun[0]!.body).not.toContain('/actions/runs/')
    // With summary: false the run has no job summary for the link to promise.
    const quiet: IssueComment[] = []
    await run(fakeIO({ token: 't', annotations: false, summary: false, failOn: 'never' }, { env: { ...pullRequestEnv(), GITHUB_RUN_ID: '42' }, api: fakeApi(quiet) }))
    expect(quiet[0]!.body).toContain('[workflow run (full report in the step log)](https://github.com/o/r/actions/runs/42)')
    expect(quiet[0]!.body).not.toContain('job summary')
  })

  it('says in the comment and the summary why the step fails when no finding does: a missing matrix file is no green check', async () => {
    const comments: IssueComment[] = []
    const io = fakeIO({ token: 't', annotations: false, matrix: ['test/fixtures/clean.matrix.json', 'nope.json'] }, { env: pullRequestEnv(), api: fakeApi(comments) })
    await run(io)
    const problem = `matrix file "nope.json" not found in ${ROOT}`
    expect(io.rec.failed).toEqual([problem])
    for (const md of [comments[0]!.body, io.rec.summary.join('')]) {
      expect(md).toMatch(/^❌ \*\*0\*\* error\(s\), \*\*0\*\* warning\(s\), \*\*0\*\* note\(s\) — 9 layout\(s\)/m)
      expect(md).toContain(`- ❌ ${problem}`)
    }
  })

  it('a run that stops on a configuration error corrects the job\'s earlier comment and writes the summary, and creates no comment where there was none', async () => {
    const comments: IssueComment[] = []
    const env = pullRequestEnv()
    const ok = fakeIO({ token: 't', annotations: false, matrix: ['test/fixtures/clean.matrix.json'] }, { env, api: fakeApi(comments) })
    await run(ok)
    expect(ok.rec.failed).toEqual([])
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('✅')
    // The next push sets an output path outside the workspace: nothing is simulated.
    const api = fakeApi(comments)
    const stopped = fakeIO({ token: 't', annotations: false, matrix: ['test/fixtures/clean.matrix.json'], html: '../../report.html' }, { env, api })
    await run(stopped)
    const why = stopped.rec.failed[0]!
    expect(why).toMatch(/^input "html" \("\.\.\/\.\.\/report\.html"\) is outside the workspace/)
    expect(comments).toHaveLength(1)
    expect(api.calls).not.toContain('create')
    for (const md of [comments[0]!.body, stopped.rec.summary.join('')]) {
      expect(md).not.toContain('✅')
      expect(md).toContain('- ❌ the check stopped before its report: input "html"')
    }
    // Another job (other files) had no comment: none is created for it.
    const other = fakeApi(comments)
    await run(fakeIO({ token: 't', annotations: false, matrix: ['test/fixtures/broken.matrix.json'], html: '../../report.html' }, { env, api: other }))
    expect(other.calls).toEqual(['list'])
    expect(comments).toHaveLength(1)
  })

  it('skips the comment on a fork\'s pull_request run with a notice (its token is read-only)', async () => {
    const api = fakeApi([])
    const io = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: pullRequestEnv(true), api })
    await run(io)
    expect(api.calls).toEqual([])
    expect(io.rec.annotations).toEqual([{ level: 'notice', message: expect.stringMatching(/^pull request comment skipped: #7 comes from a fork/) }])
  })

  it('a token that may not comment (404 or 403) is a notice asking for the permission, not a warning', async () => {
    for (const [status, kind] of [[404, 'not-found'], [403, 'permission']] as const) {
      const api = fakeApi([], { createError: new GitHubApiError(`POST /repos/o/r/issues/7/comments: HTTP ${status}`, status, kind) })
      const io = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: pullRequestEnv(), api })
      await run(io)
      expect(io.rec.annotations).toEqual([{ level: 'notice', message: `pull request comment skipped: the token may not comment on #7 (HTTP ${status}); grant "permissions: pull-requests: write" to post it` }])
      expect(io.rec.failed).toEqual([])
    }
  })

  it('a token GitHub refuses (401) is a notice about the token, not advice to grant a permission', async () => {
    const api = fakeApi([], { createError: new GitHubApiError('POST /repos/o/r/issues/7/comments: HTTP 401', 401, 'permission') })
    const io = fakeIO({ token: 't', annotations: false, failOn: 'never' }, { env: pullRequestEnv(), api })
    await run(io)
    expect(io.rec.annotations).toEqual([{ level: 'notice', message: 'pull request comment skipped: GitHub refused the token (HTTP 401: bad or expired credentials); check the "token" input' }])
    expect(io.rec.failed).toEqual([])
  })

  it('annotates the findings on the pull request\'s changed lines first, with or without the comment', async () => {
    const plain = fakeIO({ failOn: 'never', comment: false })
    await run(plain)
    // All 15 findings are errors: without a pull request the last one shown is the last by file position.
    const last = plain.rec.annotations.filter((a) => a.props?.file).at(-1)!
    const line = last.props!.startLine!
    const files = [{ filename: 'test/fixtures/broken.matrix.json', status: 'modified', patch: `@@ -${line},1 +${line},1 @@\n-old\n+new` }]
    for (const comment of [false, true]) {
      const io = fakeIO({ token: 't', failOn: 'never', comment }, { env: pullRequestEnv(), api: fakeApi([], { files }) })
      await run(io)
      expect(io.rec.annotations[0], `comment: ${comment}`).toEqual(last)
    }
  })
})

describe('coreIO(): the real io', () => {
  afterEach(() => vi.restoreAllMocks())

  it('annotates each level with its own workflow command', () => {
    const lines: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true))
    const io = coreIO()
    io.annotate('error', 'e')
    io.annotate('warning', 'w')
    io.annotate('notice', 'n')
    vi.restoreAllMocks()
    expect(lines.join('').trimEnd().split('\n')).toEqual(['::error::e', '::warning::w', '::notice::n'])
  })

  it('says in words why the runner\'s GITHUB_OUTPUT file refused an output, as a configuration error naming the output and the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckc-coreio-'))
    vi.stubEnv('GITHUB_OUTPUT', dir)
    try {
      coreIO().setOutput('errors', 3)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toBe(`cannot write output "errors" to the file GITHUB_OUTPUT names (${dir}): is a directory`)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('says so, as a configuration error, when GITHUB_OUTPUT names a file that does not exist', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ckc-coreio-')), 'missing')
    vi.stubEnv('GITHUB_OUTPUT', file)
    try {
      coreIO().setOutput('errors', 3)
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toBe(`cannot write output "errors" to the file GITHUB_OUTPUT names (${file}): it does not exist`)
    } finally {
      vi.unstubAllEnvs()
    }
  })

  it('writes a file into a directory that does not exist yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ckc-coreio-'))
    await coreIO().writeFile(join(dir, 'out', 'deep', 'results.sarif'), '{}\n')
    expect(readFileSync(join(dir, 'out', 'deep', 'results.sarif'), 'utf8')).toBe('{}\n')
  })
})

describe('run(): locations in the summary and the comment link to their lines', () => {
  const SHA = 'c0ffee'.padEnd(40, '0')
  /** A workspace that is a checkout (its .git HEAD detached at SHA) with one matrix m.json. */
  function checkout(): string {
    const ws = workspaceWith([lm001Board('a')])
    mkdirSync(join(ws, '.git'))
    writeFileSync(join(ws, '.git', 'HEAD'), `${SHA}\n`)
    return ws
  }

  it('links to the file at the commit checked out, in the summary and the comment', async () => {
    const ws = checkout()
    const comments: IssueComment[] = []
    const io = fakeIO({ workspace: ws, matrix: ['m.json'], token: 't', failOn: 'never' }, { env: { ...pullRequestEnv(), GITHUB_SHA: 'f'.repeat(40) }, api: fakeApi(comments) })
    await run(io)
    expect(io.rec.failed).toEqual([])
    const line = JSON.stringify({ version: 1, boards: [lm001Board('a')] }, null, 2).split('\n').findIndex((l) => l.includes('"cmdline"')) + 1
    const linked = new RegExp(`\\[\`m\\.json:${line}:\\d+\`\\]\\(https://github\\.com/o/r/blob/${SHA}/m\\.json#L${line}\\)`)
    expect(io.rec.summary[0]).toMatch(linked)
    expect(comments[0]!.body).toMatch(linked)
  })

  it('takes GITHUB_SHA when .git does not name the commit, and GITHUB_SERVER_URL for the host', async () => {
    const ws = checkout()
    writeFileSync(join(ws, '.git', 'HEAD'), 'ref: refs/heads/unborn\n')
    const io = fakeIO({ workspace: ws, matrix: ['m.json'], comment: false, failOn: 'never' }, { env: { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'f'.repeat(40), GITHUB_SERVER_URL: 'https://ghe.example' } })
    await run(io)
    expect(io.rec.summary[0]).toContain(`](https://ghe.example/o/r/blob/${'f'.repeat(40)}/m.json#L`)
  })

  it('links a symlinked matrix file to the file it resolves to', async () => {
    // GitHub's page of a symlink shows its target's name, not the lines the run read.
    const ws = checkout()
    mkdirSync(join(ws, 'cfg'))
    writeFileSync(join(ws, 'cfg', 'real.json'), readFileSync(join(ws, 'm.json')))
    symlinkSync(join('cfg', 'real.json'), join(ws, 'link.json'))
    const io = fakeIO({ workspace: ws, matrix: ['link.json'], comment: false, failOn: 'never' }, { env: { GITHUB_REPOSITORY: 'o/r' } })
    await run(io)
    expect(io.rec.summary[0]).toMatch(new RegExp(`\\[\`link\\.json:\\d+:\\d+\`\\]\\(https://github\\.com/o/r/blob/${SHA}/cfg/real\\.json#L\\d+\\)`))
    expect(io.rec.summary[0]).not.toContain('/link.json#L')
  })

  it('leaves locations plain without a checkout at the workspace root or without the repository', async () => {
    // No .git: the files may be generated, and the repository may not hold them.
    const plain = fakeIO({ workspace: workspaceWith([lm001Board('a')]), matrix: ['m.json'], comment: false, failOn: 'never' }, { env: { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: SHA } })
    await run(plain)
    expect(plain.rec.summary[0]).toMatch(/`m\.json:\d+:\d+`/)
    expect(plain.rec.summary[0]).not.toContain('/o/r/blob/')
    // A checkout but no GITHUB_REPOSITORY (not on a runner).
    const local = fakeIO({ workspace: checkout(), matrix: ['m.json'], comment: false, failOn: 'never' })
    await run(local)
    expect(local.rec.summary[0]).not.toContain('/o/r/blob/')
    // Files named from a checkout below the workspace (`path:`), which may be another repository.
    const ws = workspaceWith([])
    mkdirSync(join(ws, 'sub', '.git'), { recursive: true })
    writeFileSync(join(ws, 'sub', '.git', 'HEAD'), `${SHA}\n`)
    writeFileSync(join(ws, 'sub', 'm.json'), JSON.stringify({ version: 1, boards: [lm001Board('b')] }, null, 2))
    const below = fakeIO({ workspace: ws, matrix: ['sub/m.json'], comment: false, failOn: 'never' }, { env: { GITHUB_REPOSITORY: 'o/r' } })
    await run(below)
    expect(below.rec.summary[0]).toMatch(/ `m\.json:\d+:\d+` /)
    expect(below.rec.summary[0]).not.toContain('/o/r/blob/')
    // The workspace a checkout too, with others inside it: files are named from the
    // workspace, and linked only where they are the workspace repository's.
    mkdirSync(join(ws, '.git'))
    writeFileSync(join(ws, '.git', 'HEAD'), `${SHA}\n`)
    mkdirSync(join(ws, 'other', '.git'), { recursive: true })
    writeFileSync(join(ws, 'other', 'm.json'), JSON.stringify({ version: 1, boards: [lm001Board('c')] }, null, 2))
    writeFileSync(join(ws, 'top.json'), JSON.stringify({ version: 1, boards: [lm001Board('d')] }, null, 2))
    const mixed = fakeIO({ workspace: ws, matrix: ['sub/m.json', 'other/m.json', 'top.json'], comment: false, failOn: 'never' }, { env: { GITHUB_REPOSITORY: 'o/r' } })
    await run(mixed)
    const summary = mixed.rec.summary[0]!
    expect(summary).toMatch(/\[`top\.json:\d+:\d+`\]\(https:\/\/github\.com\/o\/r\/blob\/c0ffee0+\/top\.json#L\d+\)/)
    expect(summary).toMatch(/[^[]`sub\/m\.json:\d+:\d+`/)
    expect(summary).not.toContain('/blob/c0ffee0000000000000000000000000000000000/sub/')
    expect(summary).not.toContain('/blob/c0ffee0000000000000000000000000000000000/other/')
  })
})
