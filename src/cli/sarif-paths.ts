// SPDX-License-Identifier: GPL-2.0-only
/**
 * The names `check --format sarif` gives the matrix files, and the %SRCROOT% they are
 * relative to. GitHub code scanning places an alert by the file's path from the root of the
 * repository, so a run from a subdirectory (`cd configs && check kdump/boards.json`) must not
 * name the file from there; the action does the same from the workspace (action/files.ts
 * repositoryPaths()).
 */
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CliCapabilities } from './commands/types.js'

export interface SarifPaths {
  /** Each file as the command line gave it → its name in the report. */
  names: Map<string, string>
  /** The `file:` URI of the directory the names are relative to (maybe without its final slash). */
  srcRoot?: string
}

/** The nearest directory at or above `dir` that holds `.git` (a repository or a worktree). */
async function repositoryRoot(dir: string, exists: NonNullable<CliCapabilities['exists']>): Promise<string | undefined> {
  for (let d = dir; ; d = dirname(d)) {
    if (await exists(join(d, '.git'))) return d
    if (dirname(d) === d) return undefined
  }
}

/**
 * The outermost directory holding `.git` from `top` down to `dir` (at or below it), as the
 * action takes it from the workspace down (action/files.ts repositoryPaths()): a repository
 * checked out or a submodule inside another is part of the outer one's tree, which code
 * scanning places the alert in.
 */
async function outermostRoot(top: string, dir: string, exists: NonNullable<CliCapabilities['exists']>): Promise<string | undefined> {
  const segments = relative(top, dir).split(sep).filter((s) => s !== '')
  for (let depth = 0; depth <= segments.length; depth++) {
    const d = join(top, ...segments.slice(0, depth))
    if (await exists(join(d, '.git'))) return d
  }
  return undefined
}

/** `path` below `root`, POSIX-separated, or undefined when it is not below it. */
function below(root: string, path: string): string | undefined {
  const rel = relative(root, path)
  return rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? undefined : rel.split(sep).join('/')
}

/**
 * The files named from the root of the one git repository that holds those in a repository
 * (for a file inside the working directory's repository, that one, even when the file is in a
 * submodule of it; outside a repository, for a file below the working directory, the
 * outermost one from there down), else (none or several) from the working directory, with that root as
 * %SRCROOT%; a file outside it keeps its absolute path (a `file:` URI of its own in the SARIF). Without `cwd` and `exists` the names are as given.
 *
 * @example
 * // cwd /r/configs, /r/.git exists
 * await sarifPaths(['kdump/boards.json'], io) // → { names: { 'kdump/boards.json' → 'configs/kdump/boards.json' }, srcRoot: 'file:///r' }
 */
export async function sarifPaths(files: readonly string[], io: Pick<CliCapabilities, 'cwd' | 'exists'>): Promise<SarifPaths> {
  if (!io.cwd || !io.exists) return { names: new Map(files.map((f) => [f, f])) }
  const cwd = io.cwd()
  const absolute = files.map((f) => resolve(cwd, f))
  // The repository of the files that are in one; a file outside it is named absolutely (or
  // from it, when below it: an untracked directory); two repositories fall back to cwd.
  // A file of the repository the command runs in is named from its root, even when it lies
  // in a submodule or a second checkout inside it (the action's outermost root): that file's
  // own root would send its findings to a same-named file of the outer repository.
  // Run outside a repository (a workflow's workspace with `actions/checkout`'s `path:`), a file
  // below the working directory is named from the outermost repository from there down, as the
  // action names it from the workspace down: not from a submodule or checkout nested in it.
  const here = await repositoryRoot(cwd, io.exists)
  const roots = new Set<string>()
  for (const abs of absolute) {
    const root = here !== undefined && below(here, abs) !== undefined ? here : below(cwd, abs) !== undefined ? await outermostRoot(cwd, dirname(abs), io.exists) : await repositoryRoot(dirname(abs), io.exists)
    if (root !== undefined) roots.add(root)
  }
  const root = roots.size === 1 ? [...roots][0]! : cwd
  const names = new Map(files.map((f, i) => [f, below(root, absolute[i]!) ?? absolute[i]!]))
  // formatSarif() ends the base URI with the slash SARIF requires.
  return { names, srcRoot: pathToFileURL(root).href }
}
