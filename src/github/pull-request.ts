// SPDX-License-Identifier: GPL-2.0-only
/** The pull request a workflow run is about, read from the event payload. */

export interface PullRequestRef {
  owner: string
  repo: string
  number: number
  /** The head branch lives in another repository. */
  fork: boolean
  /**
   * The run's GITHUB_TOKEN cannot write to this repository: a `pull_request` event from a
   * fork gets a read-only token (`pull_request_target` runs with the base's permissions).
   */
  readOnlyToken: boolean
}

interface EventRepo {
  full_name?: unknown
}
interface EventPullRequest {
  number?: unknown
  head?: { repo?: EventRepo | null }
  base?: { repo?: EventRepo | null }
}

/**
 * Reads the pull request from GITHUB_EVENT_NAME / the GITHUB_EVENT_PATH payload / GITHUB_REPOSITORY.
 *
 * @param eventName - GITHUB_EVENT_NAME
 * @param payload - the parsed event payload
 * @param repository - GITHUB_REPOSITORY (`owner/repo`)
 * @returns the pull request, or undefined when the run is not about one
 * @example
 * pullRequestFromEvent('pull_request', { pull_request: { number: 7, head: { repo: { full_name: 'me/r' } }, base: { repo: { full_name: 'o/r' } } } }, 'o/r')
 * // → { owner: 'o', repo: 'r', number: 7, fork: true, readOnlyToken: true }
 */
export function pullRequestFromEvent(eventName: string | undefined, payload: unknown, repository: string | undefined): PullRequestRef | undefined {
  if (eventName !== 'pull_request' && eventName !== 'pull_request_target') return undefined
  const pr = (payload as { pull_request?: EventPullRequest } | undefined)?.pull_request
  if (!pr || typeof pr.number !== 'number') return undefined
  const [owner, repo] = (repository ?? '').split('/')
  if (!owner || !repo) return undefined
  const head = pr.head?.repo?.full_name
  const base = pr.base?.repo?.full_name ?? `${owner}/${repo}`
  // A deleted fork leaves head.repo null: still a fork for token purposes.
  const fork = typeof head !== 'string' || head.toLowerCase() !== String(base).toLowerCase()
  return { owner, repo, number: pr.number, fork, readOnlyToken: fork && eventName === 'pull_request' }
}
