// SPDX-License-Identifier: GPL-2.0-only
/**
 * The commit checked out in the workspace, read from `.git` without running git: the summary
 * and the comment link each finding to its line in the file at that commit. GITHUB_SHA is not
 * always it: a workflow may check out the pull request's head (`ref:`) instead of the merge
 * commit, and line numbers differ between the two when the base changed the file.
 */
import { join } from 'node:path'

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * The object id HEAD names in `gitDir`: a detached HEAD's own (actions/checkout of a pull
 * request's merge commit), or the branch it points at, loose or packed. Undefined when it
 * cannot be told (no such file, an unborn branch, a symbolic ref outside `refs/`).
 *
 * @param read - reads a file as UTF-8 (throws when it cannot)
 * @param gitDir - the repository's `.git` directory
 * @example
 * await checkedOutCommit(io.readFile, '/ws/.git') // → '3f2a…' (40 or 64 hex digits)
 */
export async function checkedOutCommit(read: (path: string) => Promise<string>, gitDir: string): Promise<string | undefined> {
  const text = async (path: string): Promise<string | undefined> => {
    try {
      return await read(path)
    } catch {
      return undefined
    }
  }
  const head = (await text(join(gitDir, 'HEAD')))?.trim()
  if (head === undefined) return undefined
  if (OBJECT_ID.test(head)) return head
  if (!head.startsWith('ref: ')) return undefined
  const ref = head.slice('ref: '.length).trim()
  // Only a ref below refs/: the name becomes a path inside .git.
  if (!ref.startsWith('refs/') || ref.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined
  const loose = (await text(join(gitDir, ...ref.split('/'))))?.trim()
  if (loose !== undefined && OBJECT_ID.test(loose)) return loose
  // packed-refs: "<id> <ref>" lines, with "#" headers and "^<id>" peeled tags between.
  for (const line of (await text(join(gitDir, 'packed-refs')))?.split('\n') ?? []) {
    const space = line.indexOf(' ')
    if (space > 0 && line.slice(space + 1).trim() === ref && OBJECT_ID.test(line.slice(0, space))) return line.slice(0, space)
  }
  return undefined
}
