// SPDX-License-Identifier: GPL-2.0-only
/**
 * The few GitHub REST calls the action makes, behind a narrow interface (tests and the
 * action's fake IO implement it without Octokit). The real one is Octokit from
 * @actions/github (base URL from GITHUB_API_URL, the runner's proxy settings), with a
 * timeout per call and bounded retries (retry.ts).
 */
import { getOctokit } from '@actions/github'
import type { PullRequestFile } from './patch.js'
import type { PullRequestRef } from './pull-request.js'
import { classifyError, GitHubApiError } from './errors.js'
import { withRetry, type RetryOptions } from './retry.js'

/** Default bound on one attempt of one call (all pages of a list), in milliseconds. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

/**
 * The per-attempt timeout: `CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS` (tests shorten it, like
 * CRASHKERNEL_CHECK_RETRY_DELAY_MS) or the default.
 *
 * @param env - the process environment (the action passes its io's)
 * @returns milliseconds
 * @throws Error when the variable is set but not a positive whole number
 */
export function requestTimeoutFromEnv(env: Readonly<Record<string, string | undefined>>): number {
  const value = env.CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS
  if (value === undefined || value === '') return DEFAULT_REQUEST_TIMEOUT_MS
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS must be a positive number of milliseconds, not "${value.slice(0, 40)}"`)
  return Number(value)
}

export interface IssueComment {
  id: number
  body?: string
  html_url?: string
  user?: { login?: string; type?: string } | null
}

export interface GitHubApi {
  /**
   * The login the token acts as (`github-actions[bot]` for the GITHUB_TOKEN, `<app>[bot]` for
   * an app's token, the user for a personal token), from GraphQL's `viewer`, which every
   * token may read (REST GET /user refuses installation tokens). Optional for fakes.
   */
  viewerLogin?(): Promise<string>
  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/files (all pages). */
  listPullRequestFiles(pr: PullRequestRef): Promise<PullRequestFile[]>
  /** GET /repos/{owner}/{repo}/issues/{issue_number}/comments (all pages). */
  listIssueComments(pr: PullRequestRef): Promise<IssueComment[]>
  /**
   * POST /repos/{owner}/{repo}/issues/{issue_number}/comments. A POST is not idempotent: an
   * attempt that timed out or got a 5xx may still have created the comment, so before each
   * retry `options.findCreated` is asked first, and a comment it returns is the result.
   */
  createIssueComment(pr: PullRequestRef, body: string, options?: CreateCommentOptions): Promise<IssueComment>
  /** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}. */
  updateIssueComment(pr: PullRequestRef, id: number, body: string): Promise<IssueComment>
  /** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}. */
  deleteIssueComment(pr: PullRequestRef, id: number): Promise<void>
}

export interface CreateCommentOptions {
  /** The comment an earlier attempt created after all, if any (asked before each retry). */
  findCreated?: () => Promise<IssueComment | undefined>
}

export interface GitHubClientOptions {
  /** REST base URL (default: GITHUB_API_URL, as @actions/github reads it). */
  baseUrl?: string
  retry?: RetryOptions
  /** Bound on each attempt of a call, all pages included (default 30 s; the action passes CRASHKERNEL_CHECK_REQUEST_TIMEOUT_MS); a timeout is retried like a 5xx. */
  timeoutMs?: number
  /** Octokit's own log lines (deprecations …) go here instead of the console. */
  log?: (message: string) => void
}

/** GitHub lists at most 3000 files of a pull request; 100 a page. */
const MAX_FILE_PAGES = 30
/**
 * A pull request's comments have no such limit. Our comment can be anywhere among them, and
 * one not seen gets a duplicate: past this many pages the listing fails instead (the action
 * then posts nothing and says why).
 */
export const MAX_COMMENT_PAGES = 100

/**
 * Every page of a list, following `Link: rel="next"`. Not octokit.paginate: it drops the
 * `request` options after building the first URL, so the timeout signal would never reach
 * the request and a silent server could hold the step until the runner's own timeout.
 */
async function allPages<T>(fetchPage: (page: number) => Promise<{ data: T[]; headers: { link?: string | undefined } }>, maxPages: number, tooMany?: string): Promise<T[]> {
  const all: T[] = []
  for (let page = 1; page <= maxPages; page++) {
    const res = await fetchPage(page)
    all.push(...res.data)
    if (!/rel="next"/.test(res.headers.link ?? '') || res.data.length === 0) return all
  }
  if (tooMany !== undefined) throw new GitHubApiError(tooMany, 0, 'other')
  return all
}

/**
 * Creates the REST client.
 *
 * @param token - a GitHub token (never logged; the caller masks it)
 * @param options - base URL, retries, timeout, log
 * @returns the client
 */
export function createGitHubApi(token: string, options: GitHubClientOptions = {}): GitHubApi {
  const log = options.log ?? (() => {})
  const octokit = getOctokit(token, {
    ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
    userAgent: 'crashkernel-check',
    log: { debug: log, info: log, warn: log, error: log },
  })
  const timeoutMs = options.timeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
  /**
   * One call with bounded retries; every attempt gets a fresh timeout signal, and a timeout
   * becomes a 'server' error (retried, then reported) that says what happened. `beforeRetry`
   * runs before each retry, outside the attempt's timeout (it makes calls of its own); a
   * result from it ends the call.
   */
  const call = <T>(what: string, attempt: (request: { signal: AbortSignal }) => Promise<T>, beforeRetry?: () => Promise<T | undefined>): Promise<T> =>
    withRetry(
      what,
      async (n) => {
        if (n > 1 && beforeRetry) {
          const done = await beforeRetry()
          if (done !== undefined) return done
        }
        const signal = AbortSignal.timeout(timeoutMs)
        // The race bounds the attempt even if some layer does not honour the signal.
        const timedOut = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }))
        try {
          return await Promise.race([attempt({ signal }), timedOut])
        } catch (error) {
          if (signal.aborted) throw new GitHubApiError(`${what} failed: no response within ${timeoutMs} ms`, 0, 'server')
          throw error
        }
      },
      options.retry,
    )

  return {
    viewerLogin: () =>
      call('POST /graphql (viewer)', async (request) => {
        const res = await octokit.graphql<{ viewer?: { login?: unknown } }>('query { viewer { login } }', { request })
        const login = res.viewer?.login
        if (typeof login !== 'string' || login === '') throw new GitHubApiError('POST /graphql (viewer) returned no login', 0, 'other')
        return login
      }),
    listPullRequestFiles: (pr) =>
      call(`GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`, async (request) =>
        (await allPages((page) => octokit.rest.pulls.listFiles({ owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, page, request }), MAX_FILE_PAGES)).map(
          (f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined && { patch: f.patch }) }),
        ),
      ),
    listIssueComments: (pr) =>
      call(`GET /repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`, async (request) =>
        (
          await allPages(
            (page) => octokit.rest.issues.listComments({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100, page, request }),
            MAX_COMMENT_PAGES,
            `#${pr.number} has more than ${MAX_COMMENT_PAGES * 100} comments: this job's earlier comment may be among those not listed, and a new one would duplicate it`,
          )
        ).map(
          (c) => ({ id: Number(c.id), ...(c.body !== undefined && { body: c.body }), html_url: c.html_url, user: c.user ? { login: c.user.login, type: c.user.type } : null }),
        ),
      ),
    createIssueComment: (pr, body, options = {}) => {
      const what = `POST /repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`
      const { findCreated } = options
      // If the check itself fails, whether the comment exists is unknown: stop rather than
      // risk a second copy (its error is not retried).
      const beforeRetry = findCreated
        ? async () => {
            try {
              return await findCreated()
            } catch (error) {
              throw new GitHubApiError(`${what}: an attempt failed and whether it created the comment cannot be told (${classifyError(error, 'the check').message})`, 0, 'other')
            }
          }
        : undefined
      return call(
        what,
        async (request) => {
          const res = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.number, body, request })
          return { id: Number(res.data.id), html_url: res.data.html_url, user: res.data.user ? { login: res.data.user.login, type: res.data.user.type } : null }
        },
        beforeRetry,
      )
    },
    updateIssueComment: (pr, id, body) =>
      call(`PATCH /repos/${pr.owner}/${pr.repo}/issues/comments/${id}`, async (request) => {
        const res = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, body, request })
        return { id: Number(res.data.id), html_url: res.data.html_url }
      }),
    deleteIssueComment: (pr, id) =>
      call(`DELETE /repos/${pr.owner}/${pr.repo}/issues/comments/${id}`, async (request) => {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, request })
      }),
  }
}
