// SPDX-License-Identifier: GPL-2.0-only
/**
 * What went wrong with a GitHub REST call, in the terms the action acts on: a missing
 * permission is skipped with a notice, a server error is retried and then reported as a
 * warning, a rate limit is waited for only when the wait is short.
 */

export type GitHubErrorKind =
  /** 401, or 403 that is not a rate limit: the token may not do this (fork PR, missing `pull-requests: write`). */
  | 'permission'
  /** 404: the repository or pull request is invisible to this token (or gone). */
  | 'not-found'
  /** 403/429 with a rate-limit signal (retry-after, x-ratelimit-remaining: 0, or the message says so). */
  | 'rate-limited'
  /** 5xx, a network failure or a timeout: worth retrying. */
  | 'server'
  /** Anything else (422 validation …): not retried. */
  | 'other'

/** A failed GitHub REST call. The message never contains the token (Octokit redacts it, and we build our own text). */
export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError'
  constructor(
    message: string,
    readonly status: number,
    readonly kind: GitHubErrorKind,
    /** How long GitHub asked us to wait, when it said so. */
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}

type Headers = Record<string, string | number | undefined>

function header(headers: Headers | undefined, name: string): string | undefined {
  const v = headers?.[name] ?? headers?.[name.toLowerCase()]
  return v === undefined ? undefined : String(v)
}

/**
 * Classifies an error thrown by Octokit (RequestError: `status`, `response.headers`,
 * `response.data.message`) or by fetch itself.
 *
 * @param error - what was thrown
 * @param what - the call, for the message (e.g. `GET /repos/o/r/issues/7/comments`)
 * @param now - the clock, for x-ratelimit-reset (tests pass a fixed one)
 * @returns a GitHubApiError
 */
export function classifyError(error: unknown, what: string, now: () => number = Date.now): GitHubApiError {
  if (error instanceof GitHubApiError) return error
  const e = error as { status?: unknown; message?: unknown; response?: { headers?: Headers; data?: unknown } }
  const status = typeof e?.status === 'number' ? e.status : 0
  const headers = e?.response?.headers
  const data = e?.response?.data as { message?: unknown } | undefined
  const apiMessage = typeof data?.message === 'string' ? data.message : typeof e?.message === 'string' ? e.message : String(error)
  // Octokit reports a fetch failure (refused, reset, dropped) as status 500 with no response: say so, not "HTTP 500".
  const noResponse = status === 500 && e?.response === undefined
  const text = `${what} failed${status && !noResponse ? ` with HTTP ${status}` : noResponse ? ' (no response)' : ''}: ${apiMessage.slice(0, 300)}`

  const retryAfter = header(headers, 'retry-after')
  const remaining = header(headers, 'x-ratelimit-remaining')
  const reset = header(headers, 'x-ratelimit-reset')
  if (status === 429 || (status === 403 && (retryAfter !== undefined || remaining === '0' || /rate limit/i.test(apiMessage)))) {
    let wait: number | undefined
    if (retryAfter !== undefined && /^\d+$/.test(retryAfter)) wait = Number(retryAfter) * 1000
    else if (remaining === '0' && reset !== undefined && /^\d+$/.test(reset)) wait = Math.max(0, Number(reset) * 1000 - now())
    return new GitHubApiError(text, status, 'rate-limited', wait)
  }
  if (status === 401 || status === 403) return new GitHubApiError(text, status, 'permission')
  // A GraphQL answer with `errors` (octokit's GraphqlResponseError, HTTP 200, so no status):
  // the server refused the query ("Resource not accessible by integration"), which no retry
  // changes; without this it read as a network error and was retried for seconds.
  if (status === 0 && Array.isArray((error as { errors?: unknown } | null)?.errors)) return new GitHubApiError(text, status, 'other')
  if (status === 404) return new GitHubApiError(text, status, 'not-found')
  // Octokit reports fetch failures and aborts as status 500; no status at all is a network error too.
  if (status >= 500 || status === 0) return new GitHubApiError(text, status, 'server')
  return new GitHubApiError(text, status, 'other')
}
