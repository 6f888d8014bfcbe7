// SPDX-License-Identifier: GPL-2.0-only
/** The REST layer without a network: patch parsing, PR context, error classes, retries, comment upsert. */
import { describe, expect, it } from 'vitest'
import type { GitHubApi, IssueComment } from '../../src/github/client.js'
import { COMMENT_MARKER, commentHeader, isOurComment, sanitizeKey, upsertComment } from '../../src/github/comment.js'
import { GitHubApiError, classifyError } from '../../src/github/errors.js'
import { changedLinesByFile, changedLinesFromPatch } from '../../src/github/patch.js'
import { pullRequestFromEvent, type PullRequestRef } from '../../src/github/pull-request.js'
import { withRetry } from '../../src/github/retry.js'

describe('changedLinesFromPatch', () => {
  it('collects new-side line numbers of added lines across hunks', () => {
    const patch = ['@@ -1,4 +1,5 @@', ' {', '-  "a": 1,', '+  "a": 2,', '+  "b": 3,', '   "c": 4', ' }', '@@ -40,3 +41,3 @@ "boards": [', '   x', '-  y', '+  z', '\\ No newline at end of file'].join('\n')
    expect([...changedLinesFromPatch(patch)]).toEqual([2, 3, 42])
  })
  it('handles hunks without counts, CRLF patches and deletions only', () => {
    expect([...changedLinesFromPatch('@@ -1 +1 @@\r\n-a\r\n+b\r\n')]).toEqual([1])
    expect([...changedLinesFromPatch('@@ -3,2 +2,0 @@\n-x\n-y')]).toEqual([])
  })
  it('keeps only wanted files that have a patch', () => {
    const map = changedLinesByFile([{ filename: 'm.json', patch: '@@ -1 +1 @@\n+x' }, { filename: 'big.json' }, { filename: 'README.md', patch: '@@ -1 +1 @@\n+y' }], new Set(['m.json', 'big.json']))
    expect([...map.keys()]).toEqual(['m.json'])
  })
})

describe('pullRequestFromEvent', () => {
  const payload = (head: string | null) => ({ pull_request: { number: 7, head: { repo: head === null ? null : { full_name: head } }, base: { repo: { full_name: 'o/r' } } } })
  it('reads the PR and tells a fork (read-only token on pull_request) from a branch', () => {
    expect(pullRequestFromEvent('pull_request', payload('o/r'), 'o/r')).toEqual({ owner: 'o', repo: 'r', number: 7, fork: false, readOnlyToken: false })
    expect(pullRequestFromEvent('pull_request', payload('me/r'), 'o/r')).toMatchObject({ fork: true, readOnlyToken: true })
    expect(pullRequestFromEvent('pull_request_target', payload('me/r'), 'o/r')).toMatchObject({ fork: true, readOnlyToken: false })
    expect(pullRequestFromEvent('pull_request', payload(null), 'o/r')).toMatchObject({ fork: true })
  })
  it('is undefined for other events or a missing repository', () => {
    expect(pullRequestFromEvent('push', payload('o/r'), 'o/r')).toBeUndefined()
    expect(pullRequestFromEvent('pull_request', {}, 'o/r')).toBeUndefined()
    expect(pullRequestFromEvent('pull_request', payload('o/r'), undefined)).toBeUndefined()
  })
})

const httpError = (status: number, headers: Record<string, string> = {}, message = 'x') => Object.assign(new Error(message), { status, response: { headers, data: { message } } })

describe('classifyError', () => {
  it('separates permissions, rate limits and server errors', () => {
    expect(classifyError(httpError(403, {}, 'Resource not accessible by integration'), 'GET /x')).toMatchObject({ kind: 'permission', status: 403, message: 'GET /x failed with HTTP 403: Resource not accessible by integration' })
    expect(classifyError(httpError(401), 'GET /x').kind).toBe('permission')
    expect(classifyError(httpError(404), 'GET /x').kind).toBe('not-found')
    expect(classifyError(httpError(403, { 'retry-after': '3' }, 'You have exceeded a secondary rate limit'), 'GET /x')).toMatchObject({ kind: 'rate-limited', retryAfterMs: 3000 })
    expect(classifyError(httpError(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1010' }), 'GET /x', () => 1_000_000)).toMatchObject({ kind: 'rate-limited', retryAfterMs: 10_000 })
    expect(classifyError(httpError(429), 'GET /x').kind).toBe('rate-limited')
    expect(classifyError(httpError(502), 'GET /x').kind).toBe('server')
    expect(classifyError(new TypeError('fetch failed'), 'GET /x').kind).toBe('server')
    expect(classifyError(httpError(422), 'GET /x').kind).toBe('other')
    // A GraphQL refusal comes with HTTP 200 and `errors` (octokit's GraphqlResponseError, no
    // status): no retry changes it, so it is no network error.
    const refused = Object.assign(new Error('Request failed due to following response errors:\n - Resource not accessible by integration'), { name: 'GraphqlResponseError', errors: [{ message: 'Resource not accessible by integration' }], data: null })
    expect(classifyError(refused, 'POST /graphql (viewer)')).toMatchObject({ kind: 'other', status: 0 })
  })
})

describe('withRetry', () => {
  function flaky(errors: unknown[]) {
    let calls = 0
    return { fn: async () => { const e = errors[calls++]; if (e) throw e; return 'ok' }, calls: () => calls }
  }
  it('retries server errors with doubling delays, a bounded number of times', async () => {
    const sleeps: number[] = []
    const f = flaky([httpError(500), httpError(502), httpError(503), httpError(504), httpError(500)])
    await expect(withRetry('GET /x', f.fn, { attempts: 4, baseDelayMs: 10, sleep: async (ms) => void sleeps.push(ms) })).rejects.toMatchObject({ kind: 'server', status: 504 })
    expect(f.calls()).toBe(4)
    expect(sleeps).toEqual([10, 20, 40])
  })
  it('returns once the server recovers', async () => {
    const f = flaky([httpError(503)])
    await expect(withRetry('GET /x', f.fn, { baseDelayMs: 1, sleep: async () => {} })).resolves.toBe('ok')
    expect(f.calls()).toBe(2)
  })
  it('does not retry permission errors, and waits out only short rate limits', async () => {
    const denied = flaky([httpError(403)])
    await expect(withRetry('GET /x', denied.fn, { sleep: async () => {} })).rejects.toBeInstanceOf(GitHubApiError)
    expect(denied.calls()).toBe(1)
    const sleeps: number[] = []
    const short = flaky([httpError(429, { 'retry-after': '2' })])
    await expect(withRetry('GET /x', short.fn, { baseDelayMs: 1, sleep: async (ms) => void sleeps.push(ms) })).resolves.toBe('ok')
    expect(sleeps).toEqual([2000])
    const long = flaky([httpError(429, { 'retry-after': '3600' })])
    await expect(withRetry('GET /x', long.fn, { sleep: async () => {} })).rejects.toMatchObject({ kind: 'rate-limited' })
    expect(long.calls()).toBe(1)
  })
})

/** An in-memory GitHubApi that records calls. */
function memoryApi(initial: IssueComment[]): GitHubApi & { calls: string[]; comments: IssueComment[] } {
  const comments = [...initial]
  const calls: string[] = []
  let next = 500
  return {
    calls,
    comments,
    listPullRequestFiles: async () => [],
    listIssueComments: async () => (calls.push('list'), comments.map((c) => ({ ...c }))),
    createIssueComment: async (_pr, body) => {
      calls.push('create')
      const c = { id: next++, body, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: 'u' }
      comments.push(c)
      return c
    },
    updateIssueComment: async (_pr, id, body) => {
      calls.push(`update ${id}`)
      const c = comments.find((x) => x.id === id)!
      c.body = body
      return c
    },
    deleteIssueComment: async (_pr, id) => {
      calls.push(`delete ${id}`)
      comments.splice(comments.findIndex((x) => x.id === id), 1)
    },
  }
}

describe('upsertComment', () => {
  const pr: PullRequestRef = { owner: 'o', repo: 'r', number: 7, fork: false, readOnlyToken: false }
  const bot = { login: 'github-actions[bot]', type: 'Bot' }
  const human = { login: 'alice', type: 'User' }

  it('creates once, then updates the same comment', async () => {
    const api = memoryApi([{ id: 1, body: 'LGTM', user: human }])
    expect(await upsertComment(api, pr, 'ci/check/abc', 'first')).toMatchObject({ action: 'created', id: 500 })
    expect(await upsertComment(api, pr, 'ci/check/abc', 'second')).toMatchObject({ action: 'updated', id: 500 })
    expect(api.calls).toEqual(['list', 'create', 'list', 'update 500'])
    expect(api.comments.map((c) => c.body)).toEqual(['LGTM', `${COMMENT_MARKER}\n<!-- crashkernel-check:key=ci/check/abc -->\nsecond`])
  })

  it('with create: false, updates the comment there is and creates none where there is none', async () => {
    const api = memoryApi([{ id: 1, body: 'LGTM', user: human }])
    expect(await upsertComment(api, pr, 'k', 'stopped', { create: false })).toEqual({ action: 'none', deleted: 0, ignored: 0 })
    expect(api.calls).toEqual(['list'])
    await upsertComment(api, pr, 'k', 'first')
    expect(await upsertComment(api, pr, 'k', 'stopped', { create: false })).toMatchObject({ action: 'updated', id: 500 })
    expect(api.comments.map((c) => c.body)).toEqual(['LGTM', `${COMMENT_MARKER}\n<!-- crashkernel-check:key=k -->\nstopped`])
  })

  it('ignores quotes of the marker and comments with another key', async () => {
    const quoted = { id: 2, body: `> ${commentHeader('k')}> old`, user: human }
    const other = { id: 3, body: `${commentHeader('other')}x`, user: bot }
    const api = memoryApi([quoted, other])
    expect(isOurComment(quoted, 'k')).toBe(false)
    expect(await upsertComment(api, pr, 'k', 'mine')).toMatchObject({ action: 'created' })
    expect(api.comments).toHaveLength(3)
  })

  it('heals duplicates: keeps the oldest bot comment, deletes the other bot copies, never a human’s', async () => {
    const api = memoryApi([
      { id: 10, body: `${commentHeader('k')}a`, user: human },
      { id: 11, body: `${commentHeader('k')}b`, user: bot },
      { id: 12, body: `${commentHeader('k')}c`, user: bot },
    ])
    expect(await upsertComment(api, pr, 'k', 'new')).toMatchObject({ action: 'updated', id: 11, deleted: 1 })
    expect(api.calls).toEqual(['list', 'update 11', 'delete 12'])
    expect(api.comments.map((c) => c.id)).toEqual([10, 11])
  })

  it('keeps keys inert inside the HTML comment and bodies within 65,536 characters', async () => {
    expect(sanitizeKey('CI / check --> <x>')).toBe('CI-/-check-x')
    expect(sanitizeKey('')).toBe('default')
    // Keys that differ only past 120 characters, or only in non-ASCII letters, stay apart.
    const long = `${'Kernel crashkernel reservation checks for every supported board '.repeat(2)}/check/`
    for (const [a, b] of [[`${long}0123456789`, `${long}9876543210`], ['Проверка/check/0123456789', 'Сборка/check/0123456789'], ['检查/check/x', '构建/check/x']] as const) {
      expect(sanitizeKey(a)).not.toBe(sanitizeKey(b))
      for (const k of [sanitizeKey(a), sanitizeKey(b)]) expect(k).toMatch(/^[A-Za-z0-9._:/+=-]{1,120}$/)
    }
    expect(sanitizeKey('Проверка/check/0123456789')).toMatch(/^\/check\/0123456789-[0-9a-f]{16}$/)
    const api = memoryApi([])
    await upsertComment(api, pr, 'k', 'x'.repeat(70_000))
    expect(api.comments[0]!.body!.length).toBe(65_536)
  })
})
