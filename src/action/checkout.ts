// SPDX-License-Identifier: GPL-2.0-only
/**
 * The commit checked out in the workspace, read from `.git` without running git: the summary
 * and the comment link each finding to its line in the file at that commit. GITHUB_SHA is not
 * always it: a workflow may check out the pull request's head (`ref:`) instead of the merge
 * commit, and line numbers differ between the two when the base changed the file.
 */
import { dirname, join, resolve } from 'node:path'

const OBJECT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/

/**
 * The object id HEAD names in `gitDir`: a detached HEAD's own (actions/checkout of a pull
 * request's merge commit), or the branch it points at, loose or packed. Undefined when it
 * cannot be told (no such file, an unborn branch, a symbolic ref outside `refs/`).
 * A `.git` that is a file (`gitdir: <path>`: a linked worktree, or a submodule checked out on
 * its own) is followed as git follows it: HEAD from that directory, branches from its
 * `commondir` (the main repository's `.git`, where a worktree's branches live).
 *
 * @param read - reads a file as UTF-8 (throws when it cannot)
 * @param gitDir - the repository's `.git` directory, or its `.git` file
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
  // A directory cannot be read as a file: only a `.git` file says where the directory is.
  const link = (await text(gitDir))?.trim()
  if (link !== undefined) {
    if (!link.startsWith('gitdir: ')) return undefined
    gitDir = resolve(dirname(gitDir), link.slice('gitdir: '.length).trim())
  }
  const common = (await text(join(gitDir, 'commondir')))?.trim()
  const refsDir = common ? resolve(gitDir, common) : gitDir
  const head = (await text(join(gitDir, 'HEAD')))?.trim()
  if (head === undefined) return undefined
  if (OBJECT_ID.test(head)) return head
  if (!head.startsWith('ref: ')) return undefined
  const ref = head.slice('ref: '.length).trim()
  // Only a ref below refs/: the name becomes a path inside .git.
  if (!ref.startsWith('refs/') || ref.split('/').some((s) => s === '' || s === '.' || s === '..')) return undefined
  const loose = (await text(join(refsDir, ...ref.split('/'))))?.trim()
  if (loose !== undefined && OBJECT_ID.test(loose)) return loose
  // packed-refs: "<id> <ref>" lines, with "#" headers and "^<id>" peeled tags between.
  for (const line of (await text(join(refsDir, 'packed-refs')))?.split('\n') ?? []) {
    const space = line.indexOf(' ')
    if (space > 0 && line.slice(space + 1).trim() === ref && OBJECT_ID.test(line.slice(0, space))) return line.slice(0, space)
  }
  return undefined
}
