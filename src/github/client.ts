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
import { withRetry, type RetryOptions } from './retry.js'

export interface IssueComment {
  id: number
  body?: string
  html_url?: string
  user?: { login?: string; type?: string } | null
}

export interface GitHubApi {
  /** GET /repos/{owner}/{repo}/pulls/{pull_number}/files (all pages). */
  listPullRequestFiles(pr: PullRequestRef): Promise<PullRequestFile[]>
  /** GET /repos/{owner}/{repo}/issues/{issue_number}/comments (all pages). */
  listIssueComments(pr: PullRequestRef): Promise<IssueComment[]>
  /** POST /repos/{owner}/{repo}/issues/{issue_number}/comments. */
  createIssueComment(pr: PullRequestRef, body: string): Promise<IssueComment>
  /** PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}. */
  updateIssueComment(pr: PullRequestRef, id: number, body: string): Promise<IssueComment>
  /** DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}. */
  deleteIssueComment(pr: PullRequestRef, id: number): Promise<void>
}

export interface GitHubClientOptions {
  /** REST base URL (default: GITHUB_API_URL, as @actions/github reads it). */
  baseUrl?: string
  retry?: RetryOptions
  /** Per-call timeout (default 30 s). */
  timeoutMs?: number
  /** Octokit's own log lines (deprecations …) go here instead of the console. */
  log?: (message: string) => void
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
  const timeoutMs = options.timeoutMs ?? 30_000
  const request = () => ({ signal: AbortSignal.timeout(timeoutMs) })
  const retry = (what: string) => <T>(call: () => Promise<T>) => withRetry(what, call, options.retry)

  return {
    listPullRequestFiles: (pr) =>
      retry(`GET /repos/${pr.owner}/${pr.repo}/pulls/${pr.number}/files`)(async () =>
        (await octokit.paginate(octokit.rest.pulls.listFiles, { owner: pr.owner, repo: pr.repo, pull_number: pr.number, per_page: 100, request: request() })).map(
          (f) => ({ filename: f.filename, status: f.status, ...(f.patch !== undefined && { patch: f.patch }) }),
        ),
      ),
    listIssueComments: (pr) =>
      retry(`GET /repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`)(async () =>
        (await octokit.paginate(octokit.rest.issues.listComments, { owner: pr.owner, repo: pr.repo, issue_number: pr.number, per_page: 100, request: request() })).map(
          (c) => ({ id: Number(c.id), ...(c.body !== undefined && { body: c.body }), html_url: c.html_url, user: c.user ? { login: c.user.login, type: c.user.type } : null }),
        ),
      ),
    createIssueComment: (pr, body) =>
      retry(`POST /repos/${pr.owner}/${pr.repo}/issues/${pr.number}/comments`)(async () => {
        const res = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner: pr.owner, repo: pr.repo, issue_number: pr.number, body, request: request() })
        return { id: Number(res.data.id), html_url: res.data.html_url }
      }),
    updateIssueComment: (pr, id, body) =>
      retry(`PATCH /repos/${pr.owner}/${pr.repo}/issues/comments/${id}`)(async () => {
        const res = await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, body, request: request() })
        return { id: Number(res.data.id), html_url: res.data.html_url }
      }),
    deleteIssueComment: (pr, id) =>
      retry(`DELETE /repos/${pr.owner}/${pr.repo}/issues/comments/${id}`)(async () => {
        await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner: pr.owner, repo: pr.repo, comment_id: id, request: request() })
      }),
  }
}
