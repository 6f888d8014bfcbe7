// SPDX-License-Identifier: GPL-2.0-only
/**
 * Links from the summary and the pull-request comment to the matrix line a finding is about:
 * GitHub's page of a file at a commit, `<server>/<owner>/<repo>/blob/<commit>/<path>#L<line>`.
 * A commit, not a branch: the line numbers are those of the file the run checked, and a later
 * push must not move the link to another line.
 */
import type { SourceLink } from '../report/summary.js'

/** Percent-encodes one path segment for a URL that Markdown holds as a link destination. */
function encodeSegment(segment: string): string {
  // encodeURIComponent() keeps ( ) ' ! * ~: a ")" would end a Markdown link destination early.
  return encodeURIComponent(segment).replace(/[()'!*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/**
 * The SourceLink of one repository at one commit. A file the report names from outside the
 * repository (an absolute path, or one going up with `..`) gets no link.
 *
 * @param server - GITHUB_SERVER_URL (`https://github.com`, or a GitHub Enterprise host)
 * @param repository - GITHUB_REPOSITORY, `owner/repo`
 * @param commit - the full commit id the files were read at
 * @example
 * blobLink('https://github.com', 'o/r', 'ab12…')('cfg/boards.json', 11) // → 'https://github.com/o/r/blob/ab12…/cfg/boards.json#L11'
 */
export function blobLink(server: string, repository: string, commit: string): SourceLink {
  let host = server
  // A loop, not /\/+$/: that regex backtracks quadratically on a run of slashes.
  while (host.endsWith('/')) host = host.slice(0, -1)
  const base = `${host}/${repository.split('/').map(encodeSegment).join('/')}/blob/${commit}/`
  return (file, line) => {
    const segments = file.split('/')
    if (file.startsWith('/') || /^[A-Za-z]:/.test(file) || segments.some((s) => s === '..' || s === '.' || s === '')) return undefined
    return `${base}${segments.map(encodeSegment).join('/')}${line === undefined ? '' : `#L${line}`}`
  }
}
