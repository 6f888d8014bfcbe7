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
 * Only the token's own comments are updated (anyone can copy the header), and duplicates
 * (left by an older race) are deleted when they have the same author as the one kept.
 */
import { createHash } from 'node:crypto'
import type { GitHubApi, IssueComment } from './client.js'
import { GitHubApiError } from './errors.js'
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

export type UpsertResult =
  | {
      action: 'created' | 'updated'
      id: number
      url?: string
      /** Older duplicates removed. */
      deleted: number
      /** Comments with this key's header that someone else wrote: left alone. */
      ignored: number
    }
  | {
      /** `create: false` and no comment of ours to update. */
      action: 'none'
      deleted: 0
      ignored: number
    }

/** How many comments of someone unknown to try to update before creating one instead. */
const MAX_UNKNOWN_UPDATES = 3

/** Whether `c` was written by `login` (REST spells an app's login `<slug>[bot]`; be lenient if GraphQL did not). */
function writtenBy(c: IssueComment, login: string): boolean {
  const author = c.user?.login
  return author === login || (c.user?.type === 'Bot' && author === `${login}[bot]`)
}

/** The token's login, or undefined when GitHub does not say (an old server, a fake, an error). */
async function whoAmI(api: GitHubApi): Promise<string | undefined> {
  try {
    return await api.viewerLogin?.()
  } catch {
    return undefined
  }
}

/** Whether an update failed because the comment is not ours to edit (403) or is gone (404). */
function notEditable(error: unknown): boolean {
  return error instanceof GitHubApiError && (error.kind === 'permission' || error.kind === 'not-found')
}

/**
 * Creates or updates the comment for `key` on a pull request.
 *
 * Only a comment the token itself wrote is updated: anyone can post a comment that starts
 * with our header, and updating theirs would overwrite a person's words or fail with 403
 * (and lose our comment). The token's login comes from GraphQL `viewer`; when that is
 * unknown, candidates are tried (a bot's first, then the oldest) and a refused update moves
 * on; when no comment can be updated, a new one is created.
 *
 * @param api - the REST client
 * @param pr - the pull request
 * @param key - which job's comment (see sanitizeKey)
 * @param body - Markdown without the header (cut to fit GitHub's limit if needed)
 * @param options - `create: false`: only update an existing comment (a run that stopped
 *   early corrects an earlier run's comment, and posts none where there was none)
 * @returns what was done
 * @throws GitHubApiError from the client
 */
export async function upsertComment(api: GitHubApi, pr: PullRequestRef, key: string, body: string, options: { create?: boolean } = {}): Promise<UpsertResult> {
  const header = commentHeader(key)
  const full = `${header}${body}`.slice(0, COMMENT_MAX_CHARS)
  const all = await api.listIssueComments(pr)
  const marked = all.filter((c) => isOurComment(c, key))
  // Who we are matters only when there is a comment to choose.
  const self = marked.length > 0 ? await whoAmI(api) : undefined
  const candidates = self !== undefined ? marked.filter((c) => writtenBy(c, self)).sort((a, b) => a.id - b.id) : marked.sort((a, b) => Number(b.user?.type === 'Bot') - Number(a.user?.type === 'Bot') || a.id - b.id).slice(0, MAX_UNKNOWN_UPDATES)
  const ignored = self !== undefined ? marked.length - candidates.length : 0

  for (const keep of candidates) {
    let updated: IssueComment
    try {
      updated = await api.updateIssueComment(pr, keep.id, full)
    } catch (error) {
      // Someone else's comment (identity unknown), or ours deleted since the list: try the next, then create.
      if (notEditable(error)) continue
      throw error
    }
    let deleted = 0
    const author = self ?? keep.user?.login
    for (const dup of marked) {
      if (dup.id === keep.id || author === undefined || !writtenBy(dup, author)) continue
      try {
        await api.deleteIssueComment(pr, dup.id)
        deleted++
      } catch (error) {
        // Already gone (a retried DELETE that had worked, a concurrent job): nothing to heal.
        if (!notEditable(error)) throw error
      }
    }
    const url = updated.html_url ?? keep.html_url
    return { action: 'updated', id: keep.id, ...(url !== undefined && { url }), deleted, ignored }
  }

  if (options.create === false) return { action: 'none', deleted: 0, ignored: marked.length }

  // A retried POST whose first attempt was created after all (its answer timed out or was
  // a 5xx) must not post a second copy: before a retry, a comment of this key that was not
  // here before (and, when known, is ours) is that attempt's.
  const before = new Set(all.map((c) => c.id))
  const findCreated = async () => (await api.listIssueComments(pr)).find((c) => !before.has(c.id) && isOurComment(c, key) && (self === undefined || writtenBy(c, self)))
  const created = await api.createIssueComment(pr, full, { findCreated })
  return { action: 'created', id: created.id, ...(created.html_url !== undefined && { url: created.html_url }), deleted: 0, ignored: marked.length }
}
