// SPDX-License-Identifier: GPL-2.0-only
/** Which lines a pull request changed, from the unified-diff `patch` GitHub returns per file. */

/**
 * The new-side line numbers a unified diff adds or changes (`+` lines).
 *
 * @param patch - the hunks of one file (GET /repos/{o}/{r}/pulls/{n}/files → `patch`)
 * @returns 1-based line numbers in the new file
 * @example
 * changedLinesFromPatch('@@ -1,2 +1,3 @@\n a\n+b\n c') // → Set { 2 }
 */
export function changedLinesFromPatch(patch: string): Set<number> {
  const changed = new Set<number>()
  let line = 0
  let inHunk = false
  for (const raw of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (hunk) {
      line = Number(hunk[1])
      inHunk = true
      continue
    }
    if (!inHunk) continue
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (text.startsWith('+')) changed.add(line++)
    else if (text.startsWith(' ') || text === '') line++
    // '-' lines are only on the old side; '\ No newline at end of file' is not a line.
  }
  return changed
}

/** One file of a pull request, as the REST API lists it. */
export interface PullRequestFile {
  filename: string
  status?: string
  patch?: string
}

/**
 * Changed lines per file, for the files we care about.
 *
 * @param files - the pull request's files
 * @param wanted - workspace-relative paths to keep (all when omitted)
 * @returns path → changed lines (files without a patch, e.g. too large, are left out)
 */
export function changedLinesByFile(files: readonly PullRequestFile[], wanted?: ReadonlySet<string>): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  for (const f of files) {
    if (wanted && !wanted.has(f.filename)) continue
    if (f.patch === undefined) continue
    out.set(f.filename, changedLinesFromPatch(f.patch))
  }
  return out
}
