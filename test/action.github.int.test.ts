// SPDX-License-Identifier: GPL-2.0-only
/**
 * The bundled action (dist/action/index.js) on a pull_request event, run as the runner runs
 * it, against a local stand-in for the GitHub REST API (test/github/fake-github.ts) on
 * 127.0.0.1: the comment is created once and then updated in place, a fork or a 403 skips it
 * with a notice, 5xx is retried and then reported as a warning, nothing is sent when it is
 * disabled, and the token is never printed. Rebuild dist/ first (npm run build).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fakeGitHubs, type FakeGitHub } from './github/fake-github.js'
import { runActionAsync, type ActionRun } from './run-dist.js'

const BROKEN = 'test/fixtures/broken.matrix.json'
const CLEAN = 'test/fixtures/clean.matrix.json'
const TOKEN = 'ghs_fakeTokenThatMustNeverBePrinted0123456789'
const MARKER = '<!-- crashkernel-check -->'

const github = fakeGitHubs()

/** A pull_request event payload; `fork` puts the head branch in another repository. */
function event(opts: { fork?: boolean; number?: number } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-event-'))
  const path = join(dir, 'event.json')
  const number = opts.number ?? 7
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: { number, head: { ref: 'boards', repo: { full_name: opts.fork ? 'someone/crashkernel-check' : 'o/r' } }, base: { ref: 'main', repo: { full_name: 'o/r' } } },
      repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
    }),
  )
  return path
}

function env(server: FakeGitHub, eventPath: string): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'check',
    GITHUB_JOB: 'crashkernel',
    CRASHKERNEL_CHECK_RETRY_DELAY_MS: '5',
  }
}

/** The token may appear only where the runner consumes it: the add-mask command. */
function expectTokenHidden(run: ActionRun & { dir?: string }): void {
  const stdout = run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'))
  expect(stdout.join('\n')).not.toContain(TOKEN)
  expect(run.stderr).not.toContain(TOKEN)
  expect(run.summary).not.toContain(TOKEN)
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN)
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
}

function commands(stdout: string, level: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
}

describe('dist/action/index.js on a pull request', () => {
  it('creates the comment once, then updates it in place; annotations on changed lines come first', async () => {
    // The PR changed line 44 of the broken matrix: its finding (the last by position) is annotated first.
    const server = await github({ files: [{ filename: BROKEN, status: 'modified', patch: '@@ -43,1 +43,2 @@\n "x": 1,\n+  "changed": true' }, { filename: 'README.md', patch: '@@ -1 +1 @@\n-a\n+b' }] })
    const ev = event()
    const first = await runActionAsync({ matrix: BROKEN, token: TOKEN }, env(server, ev))
    expect(first.status).toBe(1)
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    expect(server.seen(/^PATCH /)).toHaveLength(0)
    expect(server.comments).toHaveLength(1)
    const body = server.comments[0]!.body
    expect(body.startsWith(`${MARKER}\n<!-- crashkernel-check:key=check/crashkernel/`)).toBe(true)
    expect(body).toContain('**19** error(s)')
    expect(body).toContain('[job summary and full report](https://github.test/o/r/actions/runs/4242)')
    expect(first.outputs['comment-url']).toBe('https://github.test/o/r/pull/7#issuecomment-1000')
    // Every request carried the token, and only in the Authorization header.
    expect(server.requests.every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)

    // 9 error annotations (the 10th slot is setFailed's), the changed line first.
    const errors = commands(first.stdout, 'error').filter((l) => l.includes('file='))
    expect(errors).toHaveLength(9)
    expect(errors[0]).toContain(`file=${BROKEN},line=44,`)
    expect(errors.slice(1).map((l) => /line=(\d+)/.exec(l)?.[1])).toEqual(['5', '12', '16', '17', '18', '19', '20', '21'])
    expect(commands(first.stdout, 'error').filter((l) => !l.includes('file='))).toHaveLength(1)
    expect(first.summary).toContain('10 more not shown as annotations')
    expect(first.stdout).toMatch(/^::notice::10 more finding\(s\) not shown as annotations/m)
    expectTokenHidden(first)

    const second = await runActionAsync({ matrix: BROKEN, token: TOKEN }, env(server, ev))
    expect(second.status).toBe(1)
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    // Which comment is ours: the one the token wrote (GraphQL viewer), asked once there is one to update.
    expect(server.seen(/^POST \/graphql$/)).toHaveLength(1)
    const patches = server.seen(/^PATCH \/repos\/o\/r\/issues\/comments\/1000$/)
    expect(patches).toHaveLength(1)
    expect(server.comments).toHaveLength(1)
    expect((patches[0]!.body as { body: string }).body.startsWith(MARKER)).toBe(true)
    expect(second.stdout).toContain('pull request comment updated: https://github.test/o/r/pull/7#issuecomment-1000')
    expectTokenHidden(second)
  })

  it('leaves alone a comment someone else wrote with our marker, and posts its own', async () => {
    const decoy = { id: 5, body: `${MARKER}\n<!-- crashkernel-check:key=kdump -->\nnot from the action`, user: { login: 'mallory', type: 'User' }, html_url: 'https://github.test/o/r/pull/7#issuecomment-5' }
    const server = await github({ comments: [decoy] })
    const run = await runActionAsync({ matrix: CLEAN, 'comment-key': 'kdump', token: TOKEN }, env(server, event()))
    expect(run.status).toBe(0)
    expect(server.seen(/^(PATCH|DELETE) /)).toEqual([])
    expect(server.comments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]'])
    expect(server.comments[0]!.body).toBe(decoy.body)
    expect(run.stdout).toContain("pull request comment created: https://github.test/o/r/pull/7#issuecomment-1000; 1 comment(s) with this job's marker written by someone else left alone")
    expect(commands(run.stdout, 'warning')).toEqual([])
  })

  it('keeps one comment per job: jobs checking different boards do not overwrite each other', async () => {
    const server = await github()
    const ev = event()
    await runActionAsync({ matrix: CLEAN, boards: 'rpi4', token: TOKEN }, env(server, ev))
    await runActionAsync({ matrix: CLEAN, boards: 'vm', token: TOKEN }, env(server, ev))
    await runActionAsync({ matrix: CLEAN, boards: 'vm', token: TOKEN }, env(server, ev))
    expect(server.seen(/^POST \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(2)
    expect(server.seen(/^PATCH /)).toHaveLength(1)
    expect(new Set(server.comments.map((c) => c.body.split('\n')[1])).size).toBe(2)
  })

  it('skips the comment on a fork with a notice, and still writes annotations, summary, outputs and results', async () => {
    const server = await github()
    const run = await runActionAsync({ matrix: BROKEN, token: TOKEN }, env(server, event({ fork: true })))
    expect(run.status).toBe(1)
    expect(server.seen(/comments/)).toHaveLength(0)
    expect(run.stdout).toMatch(/^::notice::pull request comment skipped: #7 comes from a fork/m)
    expect(commands(run.stdout, 'error').filter((l) => l.includes('file='))).toHaveLength(9)
    expect(run.summary).toContain('## crashkernel-check')
    expect(run.outputs).toMatchObject({ errors: '19', findings: '19' })
    expect(existsSync(run.outputs['results-file'] ?? '')).toBe(true)
    expectTokenHidden(run)
  })

  it('handles 403 (no permission) with a notice and no retry', async () => {
    const server = await github({ fail: (r) => (r.path.includes('/comments') ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined) })
    const run = await runActionAsync({ matrix: CLEAN, token: TOKEN }, env(server, event()))
    expect(run.status).toBe(0)
    expect(server.seen(/^GET \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(1)
    expect(server.seen(/^(POST|PATCH) /)).toHaveLength(0)
    expect(run.stdout).toMatch(/^::notice::pull request comment skipped: the token may not comment on #7 \(HTTP 403\)/m)
    expect(commands(run.stdout, 'warning')).toHaveLength(0)
    expect(run.outputs).toMatchObject({ errors: '0', layouts: '9' })
    expect(run.summary).toContain('pull request comment skipped')
    expectTokenHidden(run)
  })

  it('retries 5xx a bounded number of times, then reports a warning without failing the step', async () => {
    const server = await github({ fail: (r) => (r.path.includes('/comments') ? { status: 502, body: { message: 'Bad Gateway' } } : undefined) })
    const run = await runActionAsync({ matrix: CLEAN, token: TOKEN }, env(server, event()))
    expect(run.status).toBe(0)
    expect(server.seen(/^GET \/repos\/o\/r\/issues\/7\/comments$/)).toHaveLength(4)
    expect(run.stdout).toMatch(/^::warning::pull request comment not posted: GET \/repos\/o\/r\/issues\/7\/comments failed with HTTP 502/m)
    expect(run.outputs).toMatchObject({ errors: '0', layouts: '9' })
    expect(existsSync(run.outputs['results-file'] ?? '')).toBe(true)
    expect(run.summary).toContain('| ✅ | rpi4 |')
    expectTokenHidden(run)
  })

  it('recovers when a 5xx clears before the retries run out', async () => {
    const server = await github({ fail: (r, nth) => (r.method === 'POST' && nth <= 2 ? { status: 503, body: { message: 'Service Unavailable' } } : undefined) })
    const run = await runActionAsync({ matrix: CLEAN, token: TOKEN }, env(server, event()))
    expect(server.seen(/^POST /)).toHaveLength(3)
    expect(server.comments).toHaveLength(1)
    expect(commands(run.stdout, 'warning')).toHaveLength(0)
  })

  it('sends nothing when the comment and annotations are disabled, and no comment request when only the comment is', async () => {
    const server = await github()
    const none = await runActionAsync({ matrix: BROKEN, token: TOKEN, comment: 'false', annotations: 'false', 'fail-on': 'never' }, env(server, event()))
    expect(none.status).toBe(0)
    expect(server.requests).toHaveLength(0)
    const filesOnly = await runActionAsync({ matrix: BROKEN, token: TOKEN, comment: 'false' }, env(server, event()))
    expect(filesOnly.status).toBe(1)
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /repos/o/r/pulls/7/files'])
    expectTokenHidden(none)
    expectTokenHidden(filesOnly)
  })

  it('writes SARIF for the run, and a SARIF that records a configuration error', async () => {
    const server = await github()
    const dir = mkdtempSync(join(tmpdir(), 'ckc-sarif-'))
    // Output paths must lie inside the workspace or RUNNER_TEMP: this run's RUNNER_TEMP is `dir`.
    const ok = await runActionAsync({ matrix: BROKEN, token: TOKEN, sarif: join(dir, 'ok.sarif'), comment: 'false', 'fail-on': 'never' }, { ...env(server, event()), RUNNER_TEMP: dir })
    const sarif = JSON.parse(readFileSync(ok.outputs['sarif-file'] ?? '', 'utf8'))
    expect(sarif.version).toBe('2.1.0')
    // 19 findings, 15 results: the misaligned image of five RAM variants is one result.
    expect(sarif.runs[0].results).toHaveLength(15)
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: BROKEN, uriBaseId: '%SRCROOT%' })
    const bad = await runActionAsync({ matrix: 'nope/boards.json', token: TOKEN, sarif: join(dir, 'bad.sarif') }, { ...env(server, event()), RUNNER_TEMP: dir })
    expect(bad.status).toBe(1)
    const failed = JSON.parse(readFileSync(join(dir, 'bad.sarif'), 'utf8'))
    expect(failed.runs[0].results).toEqual([])
    expect(failed.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolConfigurationNotifications: [{ level: 'error', descriptor: { id: 'configuration-error' } }] })
    expect(failed.runs[0].invocations[0].toolConfigurationNotifications[0].message.text).toMatch(/matrix file "nope\/boards\.json" not found/)
    expectTokenHidden(bad)
  })
})

describe('dist/action/index.js workflow commands', () => {
  it('escapes annotation properties and messages exactly as @actions/core does (%, CR, LF, colon, comma)', async () => {
    const { check } = await import('../src/index.js')
    const { toAnnotations } = await import('../src/report/annotations.js')
    const { annotationCommand } = await import('../src/report/github.js')
    const workspace = mkdtempSync(join(tmpdir(), 'ckc-ws-'))
    const dir = 'a,b:c'
    const file = `${dir}/50%.json`
    const text = '{ "version": 1, "boards": [{ "id": "b", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "ramSize": "2G", "cmdline": "crashkernel=256M" }], "x%y:z,w\\r\\nv": 1 }\n'
    const { mkdirSync } = await import('node:fs')
    mkdirSync(join(workspace, dir))
    writeFileSync(join(workspace, file), text)
    // A comma separates matrix inputs, so a glob picks the file up.
    const run = await runActionAsync({ matrix: 'a?b?c/*.json', comment: 'false', 'fail-on': 'never' }, { GITHUB_WORKSPACE: workspace })
    const line = run.stdout.split('\n').find((l) => l.startsWith('::error title='))!
    expect(line).toContain('file=a%2Cb%3Ac/50%25.json,line=1,endLine=1,')
    expect(line).toContain('x%25y:z,w%0D%0Av')
    // The same command our own `--format github` writes (src/report/github.ts) for the same finding.
    const expected = annotationCommand(toAnnotations(check(text, file)).emit[0]!)
    expect(line).toBe(expected)
  })
})
