// SPDX-License-Identifier: GPL-2.0-only
/**
 * One pull-request comment per (workflow, job, inputs) key: created once, then updated in
 * place. The comment starts with two hidden lines,
 *
 *   <!-- crashkernel-check -->
 *   <!-- crashkernel-check:key=<key> -->
 *
 * and is found again by that exact prefix, so a person quoting it (the quote starts with
 * `>`) is never mistaken for it, and parallel jobs with different keys each keep their own.
 * Duplicates (left by an older race) are deleted when they have the same author as the one
 * kept.
 */
import type { GitHubApi, IssueComment } from './client.js'
import type { PullRequestRef } from './pull-request.js'

export const COMMENT_MARKER = '<!-- crashkernel-check -->'
/** GitHub's limit on a comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536

/**
 * A key safe inside an HTML comment: letters, digits and `._:/+=-`, at most 120 characters.
 *
 * @example
 * sanitizeKey('CI / check --> <x>') // → 'CI-/-check-x'
 */
export function sanitizeKey(key: string): string {
  return key
    .replace(/[^A-Za-z0-9._:/+=-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120) || 'default'
}

/** The two hidden lines that start our comment. */
export function commentHeader(key: string): string {
  return `${COMMENT_MARKER}\n<!-- crashkernel-check:key=${sanitizeKey(key)} -->\n`
}

/** Whether a comment is ours for this key. */
export function isOurComment(c: IssueComment, key: string): boolean {
  return typeof c.body === 'string' && c.body.replace(/\r\n/g, '\n').startsWith(commentHeader(key))
}

export interface UpsertResult {
  action: 'created' | 'updated'
  id: number
  url?: string
  /** Older duplicates removed. */
  deleted: number
}

/**
 * Creates or updates the comment for `key` on a pull request.
 *
 * @param api - the REST client
 * @param pr - the pull request
 * @param key - which job's comment (see sanitizeKey)
 * @param body - Markdown without the header (cut to fit GitHub's limit if needed)
 * @returns what was done
 * @throws GitHubApiError from the client
 */
export async function upsertComment(api: GitHubApi, pr: PullRequestRef, key: string, body: string): Promise<UpsertResult> {
  const header = commentHeader(key)
  const full = `${header}${body}`.slice(0, COMMENT_MAX_CHARS)
  const ours = (await api.listIssueComments(pr)).filter((c) => isOurComment(c, key))
  // Prefer a bot's comment (the GITHUB_TOKEN's), then the oldest.
  ours.sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot') || a.id - b.id)
  const keep = ours[0]
  if (!keep) {
    const created = await api.createIssueComment(pr, full)
    return { action: 'created', id: created.id, ...(created.html_url !== undefined && { url: created.html_url }), deleted: 0 }
  }
  const updated = await api.updateIssueComment(pr, keep.id, full)
  let deleted = 0
  for (const dup of ours.slice(1)) {
    if (dup.user?.login === undefined || dup.user.login !== keep.user?.login) continue
    await api.deleteIssueComment(pr, dup.id)
    deleted++
  }
  return { action: 'updated', id: keep.id, ...((updated.html_url ?? keep.html_url) !== undefined && { url: updated.html_url ?? keep.html_url }), deleted }
}
