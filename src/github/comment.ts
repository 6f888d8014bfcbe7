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
import { createHash } from 'node:crypto'
import type { GitHubApi, IssueComment } from './client.js'
import type { PullRequestRef } from './pull-request.js'

export const COMMENT_MARKER = '<!-- crashkernel-check -->'
/** GitHub's limit on a comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536

/** Longest key in the header. */
const KEY_MAX_CHARS = 120

/**
 * A key safe inside an HTML comment: letters, digits and `._:/+=-`, at most 120 characters.
 * A key that would lose more than punctuation (cut at 120 characters, which drops the hash
 * of the inputs at the end of the default key; non-ASCII letters, which vanish, so
 * workflows named `Проверка` and `Сборка` would share a comment) ends in a hash of the
 * whole key instead, so two such keys never become one.
 *
 * @example
 * sanitizeKey('CI / check --> <x>') // → 'CI-/-check-x'
 * sanitizeKey('Проверка/check/0123456789') // → '/check/0123456789-<16 hex digits>'
 */
export function sanitizeKey(key: string): string {
  const clean = key
    .replace(/[^A-Za-z0-9._:/+=-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  // Keys that were already kept as they are stay so: their comments are found again.
  if (clean.length <= KEY_MAX_CHARS && !/[^\x00-\x7f]/.test(key)) return clean || 'default'
  const hash = createHash('sha256').update(key).digest('hex').slice(0, 16)
  const head = clean.slice(0, KEY_MAX_CHARS - hash.length - 1).replace(/-$/, '')
  return head ? `${head}-${hash}` : hash
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
  const all = await api.listIssueComments(pr)
  const ours = all.filter((c) => isOurComment(c, key))
  // Prefer a bot's comment (the GITHUB_TOKEN's), then the oldest.
  ours.sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot') || a.id - b.id)
  const keep = ours[0]
  if (!keep) {
    // A retried POST whose first attempt was created after all (its answer timed out or was
    // a 5xx) must not post a second copy: before a retry, a comment of this key that was not
    // here before is that attempt's.
    const before = new Set(all.map((c) => c.id))
    const findCreated = async () => (await api.listIssueComments(pr)).find((c) => !before.has(c.id) && isOurComment(c, key))
    const created = await api.createIssueComment(pr, full, { findCreated })
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
