// SPDX-License-Identifier: GPL-2.0-only
/**
 * upsertComment() through the real REST client (src/github/client.ts, Octokit) against the
 * stand-in API on 127.0.0.1 (test/github/fake-github.ts): what a retried request does when
 * the first attempt was carried out but its answer was lost.
 */
import { describe, expect, it } from 'vitest'
import { createGitHubApi, MAX_COMMENT_PAGES } from '../../src/github/client.js'
import { commentHeader, upsertComment } from '../../src/github/comment.js'
import type { PullRequestRef } from '../../src/github/pull-request.js'
import { fakeGitHubs, type FakeGitHub } from './fake-github.js'

const pr: PullRequestRef = { owner: 'o', repo: 'r', number: 7, fork: false, readOnlyToken: false }
const POST_COMMENTS = /^POST \/repos\/o\/r\/issues\/7\/comments$/

const github = fakeGitHubs()

function client(server: FakeGitHub) {
  return createGitHubApi('ghs_test', { baseUrl: server.url, retry: { baseDelayMs: 1 }, timeoutMs: 60_000 })
}

describe('upsertComment over the REST client', () => {
  for (const [name, lost] of [
    ['a 502 after the comment was created', { status: 502, body: { message: 'Bad Gateway' } }],
    ['a connection cut after the comment was created', 'drop'],
  ] as const) {
    it(`${name}: the retry finds that comment instead of posting a second one`, async () => {
      const server = await github({ lose: (req, nth) => (POST_COMMENTS.test(`${req.method} ${req.path}`) && nth === 1 ? lost : undefined) })
      const result = await upsertComment(client(server), pr, 'ci/check/abc', 'findings')
      expect(server.seen(POST_COMMENTS)).toHaveLength(1)
      expect(server.comments.map((c) => c.body)).toEqual([`${commentHeader('ci/check/abc')}findings`])
      expect(result).toMatchObject({ action: 'created', id: server.comments[0]!.id, url: server.comments[0]!.html_url })
    })
  }

  it('does not post again when it cannot tell whether the failed attempt created the comment', async () => {
    const GET_COMMENTS = /^GET \/repos\/o\/r\/issues\/7\/comments$/
    const server = await github({
      lose: (req, nth) => (POST_COMMENTS.test(`${req.method} ${req.path}`) && nth === 1 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined),
      fail: (req, nth) => (GET_COMMENTS.test(`${req.method} ${req.path}`) && nth > 1 ? { status: 403, body: { message: 'Resource not accessible by integration' } } : undefined),
    })
    await expect(upsertComment(client(server), pr, 'k', 'x')).rejects.toMatchObject({ kind: 'other', message: expect.stringContaining('cannot be told') })
    expect(server.seen(POST_COMMENTS)).toHaveLength(1)
    expect(server.comments).toHaveLength(1)
  })

  it('still posts again when the failed attempt created nothing', async () => {
    const server = await github({ fail: (req, nth) => (POST_COMMENTS.test(`${req.method} ${req.path}`) && nth === 1 ? { status: 502, body: { message: 'Bad Gateway' } } : undefined) })
    await upsertComment(client(server), pr, 'k', 'x')
    expect(server.seen(POST_COMMENTS)).toHaveLength(2)
    expect(server.comments).toHaveLength(1)
  })
})

describe('upsertComment updates only the token’s own comment', () => {
  const PATCH = /^PATCH /
  const decoy = (id: number, login: string, type: string) => ({ id, body: `${commentHeader('k')}copied by ${login}`, user: { login, type }, html_url: `https://github.test/o/r/pull/7#issuecomment-${id}` })
  const mine = (id: number) => ({ id, body: `${commentHeader('k')}old`, user: { login: 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.test/o/r/pull/7#issuecomment-${id}` })

  it('a person’s comment carrying our header is left alone, and ours is created', async () => {
    const server = await github({ comments: [decoy(1, 'mallory', 'User')] })
    const result = await upsertComment(client(server), pr, 'k', 'new')
    expect(server.seen(PATCH)).toHaveLength(0)
    expect(server.comments.map((c) => [c.user.login, c.body])).toEqual([
      ['mallory', `${commentHeader('k')}copied by mallory`],
      ['github-actions[bot]', `${commentHeader('k')}new`],
    ])
    expect(result).toMatchObject({ action: 'created', ignored: 1 })
  })

  it('another app’s older copy is skipped: our own comment is updated', async () => {
    const server = await github({ comments: [decoy(1, 'other-app[bot]', 'Bot'), mine(2)] })
    expect(await upsertComment(client(server), pr, 'k', 'new')).toMatchObject({ action: 'updated', id: 2, deleted: 0, ignored: 1 })
    expect(server.seen(PATCH).map((r) => r.path)).toEqual(['/repos/o/r/issues/comments/2'])
    expect(server.comments.map((c) => c.body)).toEqual([`${commentHeader('k')}copied by other-app[bot]`, `${commentHeader('k')}new`])
  })

  it('an app token (GraphQL viewer <app>[bot]) keeps its own comment, not the GITHUB_TOKEN’s', async () => {
    const server = await github({ viewer: 'my-app[bot]', comments: [mine(1), { ...mine(2), user: { login: 'my-app[bot]', type: 'Bot' } }] })
    expect(await upsertComment(client(server), pr, 'k', 'new')).toMatchObject({ action: 'updated', id: 2 })
    expect(server.comments[0]!.body).toBe(`${commentHeader('k')}old`)
  })

  it('with no identity (GraphQL refused), a refused update moves on, and a new comment is the last resort', async () => {
    const both = await github({ viewer: null, comments: [decoy(1, 'other-app[bot]', 'Bot'), decoy(2, 'github-actions[bot]', 'Bot')] })
    // The stand-in's viewer is null, so its POSTs are github-actions[bot]'s and only comment 2 is editable.
    expect(await upsertComment(client(both), pr, 'k', 'new')).toMatchObject({ action: 'updated', id: 2 })
    expect(both.seen(PATCH).map((r) => r.path)).toEqual(['/repos/o/r/issues/comments/1', '/repos/o/r/issues/comments/2'])
    const onlyDecoy = await github({ viewer: null, comments: [decoy(1, 'mallory', 'User')] })
    expect(await upsertComment(client(onlyDecoy), pr, 'k', 'new')).toMatchObject({ action: 'created' })
    expect(onlyDecoy.comments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]'])
    expect(onlyDecoy.comments[0]!.body).toBe(`${commentHeader('k')}copied by mallory`)
  })
})

// Comments have no listing limit of GitHub's own: one past the pages the client reads could
// be this job's, and every run then posted a duplicate. The listing fails instead.
describe('a pull request with more comments than the client lists', () => {
  it('fails the listing rather than miss a comment, and lists one that ends in time', async () => {
    const LIST = /^GET \/repos\/o\/r\/issues\/7\/comments$/
    const other = (id: number) => ({ id, body: 'lgtm', user: { login: 'someone', type: 'User' }, html_url: `https://github.test/o/r/pull/7#issuecomment-${id}` })
    const endless = await github({ fail: (req, nth) => (LIST.test(`${req.method} ${req.path}`) ? { status: 200, headers: { link: `<${endless.url}${req.path}?page=${nth + 1}>; rel="next"` }, body: [other(nth)] } : undefined) })
    await expect(client(endless).listIssueComments(pr)).rejects.toMatchObject({ kind: 'other', message: '#7 has more than 10000 comments: this job\'s earlier comment may be among those not listed, and a new one would duplicate it' })
    expect(endless.seen(LIST)).toHaveLength(MAX_COMMENT_PAGES)
    const three = await github({ fail: (req, nth) => (LIST.test(`${req.method} ${req.path}`) ? { status: 200, ...(nth < 3 && { headers: { link: `<${three.url}${req.path}?page=${nth + 1}>; rel="next"` } }), body: [other(nth)] } : undefined) })
    expect((await client(three).listIssueComments(pr)).map((c) => c.id)).toEqual([1, 2, 3])
  })
})
