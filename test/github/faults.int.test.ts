// SPDX-License-Identifier: GPL-2.0-only
/**
 * Issue 7: every way a GitHub API call can fail, against the bundled action
 * (dist/action/index.js) run as the runner runs it: 401, 404 and 422 from the stand-in API
 * (test/github/fake-github.ts), a response slower than the client's request timeout
 * (CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS, shortened here) and a connection the server drops
 * mid-request, each on the PR-files request and on the comment requests. In every case the
 * annotations, job summary, outputs and results file are still delivered, the skipped
 * comment is explained, the step ends in seconds, and the token is printed only in the
 * `::add-mask::` command. (403 and 5xx: test/action.github.int.test.ts.) Rebuild dist/ first.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runActionAsync, type ActionRun } from '../run-dist.js'
import { FakeGitHub, type FakeResponse } from './fake-github.js'

const BROKEN = 'test/fixtures/broken.matrix.json'
const TOKEN = 'ghs_faultTestToken_MUST_NOT_LEAK_7f3c9a21d0e84b56'
// Long enough that a normal answer of the stand-in API is not timed out on a loaded machine:
// with 250 ms this file failed once with the whole suite running on two cores.
const TIMEOUT_MS = 1_000
/** A slow response arrives this long after the request: well past TIMEOUT_MS. */
const SLOW_MS = 6_000
/** Each run must finish well inside this (4 attempts × TIMEOUT_MS plus tiny backoffs, plus the check itself). */
const STEP_BUDGET_MS = 15_000

type Fault = { kind: 'status'; response: FakeResponse } | { kind: 'slow' } | { kind: 'drop' }

/**
 * A front for FakeGitHub that injects faults: an HTTP status, a response held past the
 * client's timeout, or a socket destroyed after the request arrived. Other requests are
 * forwarded to the fake unchanged. `hits` counts every request that reached the front.
 */
class FaultyGitHub {
  readonly hits: string[] = []
  readonly fake = new FakeGitHub()
  private server: Server | undefined
  private timers = new Set<NodeJS.Timeout>()
  url = ''

  constructor(private readonly fault: (method: string, path: string, query: URLSearchParams) => Fault | undefined) {}

  async start(): Promise<this> {
    await this.fake.start()
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    const server = this.server
    if (server) {
      server.closeAllConnections()
      await new Promise<void>((done) => server.close(() => done()))
    }
    await this.fake.stop()
  }

  count(pattern: RegExp): number {
    return this.hits.filter((h) => pattern.test(h)).length
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const method = req.method ?? 'GET'
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const path = url.pathname
    this.hits.push(`${method} ${path}`)
    const fault = this.fault(method, path, url.searchParams)
    if (fault?.kind === 'drop') {
      req.socket.destroy()
      return
    }
    if (fault?.kind === 'slow') {
      const timer = setTimeout(() => {
        this.timers.delete(timer)
        if (res.destroyed) return
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
        res.end('[]')
      }, SLOW_MS)
      this.timers.add(timer)
      return
    }
    if (fault?.kind === 'status') {
      res.writeHead(fault.response.status, { 'content-type': 'application/json; charset=utf-8', ...fault.response.headers })
      res.end(JSON.stringify(fault.response.body ?? {}))
      return
    }
    const body = Buffer.concat(chunks)
    const upstream = httpRequest(`${this.fake.url}${req.url ?? '/'}`, { method, headers: { ...req.headers, host: new URL(this.fake.url).host } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.destroy())
    upstream.end(body)
  }
}

let servers: FaultyGitHub[] = []
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()))
  servers = []
})

async function github(fault: (method: string, path: string, query: URLSearchParams) => Fault | undefined): Promise<FaultyGitHub> {
  const s = await new FaultyGitHub(fault).start()
  servers.push(s)
  return s
}

function event(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ckc-event-'))
  const path = join(dir, 'event.json')
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number: 7,
      pull_request: { number: 7, head: { ref: 'boards', repo: { full_name: 'o/r' } }, base: { ref: 'main', repo: { full_name: 'o/r' } } },
      repository: { full_name: 'o/r', name: 'r', owner: { login: 'o' } },
    }),
  )
  return path
}

function env(server: FaultyGitHub): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event(),
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKFLOW: 'check',
    GITHUB_JOB: 'crashkernel',
    CRASHKERNEL_CHECK_RETRY_DELAY_MS: '5',
    CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS),
  }
}

function commands(stdout: string, level: string): string[] {
  return stdout.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`))
}

/** Runs the action and checks what every fault must leave intact. */
async function runAndCheckDelivered(server: FaultyGitHub, inputs: Record<string, string>, expectedStatus: number): Promise<ActionRun> {
  const started = Date.now()
  const run = await runActionAsync({ matrix: BROKEN, token: TOKEN, ...inputs }, env(server))
  const elapsed = Date.now() - started
  expect(run.status, run.stderr).toBe(expectedStatus)
  expect(elapsed).toBeLessThan(STEP_BUDGET_MS)
  // Annotations: the broken matrix's error findings.
  expect(commands(run.stdout, 'error').filter((l) => l.includes('file=')).length).toBeGreaterThanOrEqual(9)
  // Summary.
  expect(run.summary).toContain('## crashkernel-check')
  // Outputs and the results file.
  expect(run.outputs).toMatchObject({ errors: '19', findings: '19', warnings: expect.any(String) })
  const results = run.outputs['results-file'] ?? ''
  expect(existsSync(results)).toBe(true)
  expect(() => JSON.parse(readFileSync(results, 'utf8'))).not.toThrow()
  // The token: only in the add-mask command.
  expect(run.stdout).toContain(`::add-mask::${TOKEN}`)
  expect(run.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain(TOKEN)
  expect(run.stderr).not.toContain(TOKEN)
  expect(run.summary).not.toContain(TOKEN)
  expect(JSON.stringify(run.outputs)).not.toContain(TOKEN)
  expect(readFileSync(results, 'utf8')).not.toContain(TOKEN)
  return run
}

const FILES = /^GET \/repos\/o\/r\/pulls\/7\/files$/
const LIST = /^GET \/repos\/o\/r\/issues\/7\/comments$/
const CREATE = /^POST \/repos\/o\/r\/issues\/7\/comments$/

const status = (code: number, message: string): Fault => ({ kind: 'status', response: { status: code, body: { message } } })

describe('GitHub API faults on the PR-files request: annotations keep their default order, the comment is still posted', () => {
  const cases: Array<{ name: string; fault: Fault; attempts: number; log: RegExp }> = [
    { name: '401', fault: status(401, 'Bad credentials'), attempts: 1, log: /failed with HTTP 401: Bad credentials/ },
    { name: '404', fault: status(404, 'Not Found'), attempts: 1, log: /failed with HTTP 404: Not Found/ },
    { name: '422', fault: status(422, 'Validation Failed'), attempts: 1, log: /failed with HTTP 422: Validation Failed/ },
    { name: 'a slow response', fault: { kind: 'slow' }, attempts: 4, log: new RegExp(`failed: no response within ${TIMEOUT_MS} ms`) },
    { name: 'a dropped connection', fault: { kind: 'drop' }, attempts: 4, log: /failed \(no response\): / },
  ]
  for (const c of cases) {
    it(`${c.name}: retried ${c.attempts - 1} time(s), logged, everything else delivered`, async () => {
      const server = await github((method, path) => (FILES.test(`${method} ${path}`) ? c.fault : undefined))
      const run = await runAndCheckDelivered(server, {}, 1)
      expect(server.count(FILES)).toBe(c.attempts)
      const line = run.stdout.split('\n').find((l) => l.startsWith("cannot list the pull request's files"))
      expect(line).toMatch(c.log)
      expect(line).toContain('annotations are ordered by severity and file position only')
      // The comment does not depend on the files list.
      expect(server.fake.comments).toHaveLength(1)
      expect(run.outputs['comment-url']).toBe('https://github.test/o/r/pull/7#issuecomment-1000')
      expect(commands(run.stdout, 'warning')).toHaveLength(0)
    }, 30_000)
  }
})

describe('GitHub API faults on the comment requests: the comment is skipped with a notice or a warning', () => {
  const cases: Array<{ name: string; on: RegExp; fault: Fault; attempts: number; level: 'notice' | 'warning'; message: RegExp; failOn?: string; exit: number }> = [
    { name: '401 on listing comments', on: LIST, fault: status(401, 'Bad credentials'), attempts: 1, level: 'notice', message: /^::notice::pull request comment skipped: GitHub refused the token \(HTTP 401: bad or expired credentials\); check the "token" input/m, exit: 1 },
    { name: '404 on listing comments', on: LIST, fault: status(404, 'Not Found'), attempts: 1, level: 'notice', message: /^::notice::pull request comment skipped: the token may not comment on #7 \(HTTP 404\)/m, failOn: 'never', exit: 0 },
    { name: '422 on creating the comment', on: CREATE, fault: status(422, 'Validation Failed'), attempts: 1, level: 'warning', message: /^::warning::pull request comment not posted: POST \/repos\/o\/r\/issues\/7\/comments failed with HTTP 422: Validation Failed/m, failOn: 'never', exit: 0 },
    { name: 'a slow response to listing comments', on: LIST, fault: { kind: 'slow' }, attempts: 4, level: 'warning', message: new RegExp(`^::warning::pull request comment not posted: GET /repos/o/r/issues/7/comments failed: no response within ${TIMEOUT_MS} ms`, 'm'), exit: 1 },
    { name: 'a slow response to creating the comment', on: CREATE, fault: { kind: 'slow' }, attempts: 4, level: 'warning', message: new RegExp(`^::warning::pull request comment not posted: POST /repos/o/r/issues/7/comments failed: no response within ${TIMEOUT_MS} ms`, 'm'), failOn: 'never', exit: 0 },
    { name: 'a dropped connection on listing comments', on: LIST, fault: { kind: 'drop' }, attempts: 4, level: 'warning', message: /^::warning::pull request comment not posted: GET \/repos\/o\/r\/issues\/7\/comments failed \(no response\): /m, failOn: 'never', exit: 0 },
    { name: 'a dropped connection on creating the comment', on: CREATE, fault: { kind: 'drop' }, attempts: 4, level: 'warning', message: /^::warning::pull request comment not posted: POST \/repos\/o\/r\/issues\/7\/comments failed \(no response\): /m, exit: 1 },
  ]
  for (const c of cases) {
    it(`${c.name}: ${c.attempts > 1 ? `retried ${c.attempts - 1} times, then` : 'not retried,'} a ${c.level}; exit ${c.exit}`, async () => {
      const server = await github((method, path) => (c.on.test(`${method} ${path}`) ? c.fault : undefined))
      const run = await runAndCheckDelivered(server, c.failOn ? { 'fail-on': c.failOn } : {}, c.exit)
      expect(server.count(c.on)).toBe(c.attempts)
      expect(server.fake.comments).toHaveLength(0)
      expect(run.outputs['comment-url']).toBeUndefined()
      expect(run.stdout).toMatch(c.message)
      expect(run.summary).toMatch(/pull request comment (skipped|not posted)/)
      // The PR-files request was unaffected: annotations still used it.
      expect(server.count(FILES)).toBe(1)
    }, 30_000)
  }
})

describe('paging with a per-request timeout', () => {
  it('follows Link rel="next" for the PR files (each page under the timeout)', async () => {
    const patch = '@@ -43,1 +43,2 @@\n "x": 1,\n+  "changed": true'
    const server = await github((method, path, query) => {
      if (!FILES.test(`${method} ${path}`)) return undefined
      const page = Number(query.get('page') ?? '1')
      if (page === 1) return { kind: 'status', response: { status: 200, headers: { link: `<${server.url}${path}?per_page=100&page=2>; rel="next"` }, body: [{ filename: 'README.md', patch: '@@ -1 +1 @@\n+b' }] } }
      return { kind: 'status', response: { status: 200, body: [{ filename: BROKEN, status: 'modified', patch }] } }
    })
    const run = await runAndCheckDelivered(server, {}, 1)
    expect(server.count(FILES)).toBe(2)
    // The changed line, known only from page 2, is annotated first.
    expect(commands(run.stdout, 'error').find((l) => l.includes('file='))).toContain(`file=${BROKEN},line=44,`)
  }, 30_000)
})
