// SPDX-License-Identifier: GPL-2.0-only
/**
 * Resolves the action's path inputs: `matrix` (paths and globs) to files inside the
 * workspace, `results` to files inside the workspace or RUNNER_TEMP, and the output paths
 * (`results-file`, `sarif`, `html`) to places inside them.
 *
 * Confinement (docs/hardening.md#paths): a pull request controls the checkout, so `..`, an
 * absolute path elsewhere, a glob reaching out and a symlink (file or directory) pointing out
 * are configuration errors, decided on real paths (fs.realpath) before anything is read or
 * written. Globs never follow symlinked directories; a matrix glob matches a symlink to a
 * file by its own name (and one that leads nowhere, to be named as such).
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'
import { danglingSymlinkText, fileErrorText } from '../file-errors.js'
import { danglingChain } from '../symlinks.js'

/** action.yml's default for the `matrix` input (this repository's example matrix). */
export const DEFAULT_MATRIX_INPUT = 'examples/boards.json'
/** `path` is `root` or below it (both absolute and normalised). */
function isInside(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel))
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (for paths still to be created). */
export function realOrPlanned(path: string): string {
  const rest: string[] = []
  let p = resolve(path)
  for (;;) {
    try {
      return join(realpathSync(p), ...rest.reverse())
    } catch (error) {
      // A dangling symlink exists (lstat) but has no real path: it points somewhere not yet created, so refuse it.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || isSymlink(p)) throw error
      const parent = dirname(p)
      if (parent === p) return join(p, ...rest.reverse())
      rest.push(basename(p))
      p = parent
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory()
  } catch {
    return false
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/** Real paths of the roots a path may be in. */
function realRoots(roots: readonly string[]): string[] {
  return roots.map((r) => realOrPlanned(r))
}

/**
 * Whether `abs` (absolute) lies in one of `roots`, lexically and by its real path; and the
 * file system's refusal when a lexically inside path has no real path (ENOTDIR under a file,
 * ELOOP; a dangling symlink's ENOENT counts as outside, since it points somewhere else).
 */
function confinement(abs: string, roots: readonly string[]): { inside: boolean; refusal?: NodeJS.ErrnoException } {
  if (!roots.some((r) => isInside(abs, resolve(r)))) return { inside: false }
  let real: string
  try {
    real = realOrPlanned(abs)
  } catch (error) {
    const refusal = error as NodeJS.ErrnoException
    return refusal.code !== undefined && refusal.code !== 'ENOENT' ? { inside: false, refusal } : { inside: false }
  }
  return { inside: realRoots(roots).some((r) => isInside(real, r)) }
}

/** `abs` (absolute) lies in one of `roots`, lexically and by its real path. */
function confined(abs: string, roots: readonly string[]): boolean {
  return confinement(abs, roots).inside
}

/** The leading segments of a glob before its first dynamic one (`boards/x/*.json` → `boards/x`). */
function staticBase(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const s of segments.slice(0, -1)) {
    if (isDynamicPattern(s)) break
    fixed.push(s)
  }
  return fixed.join('/') || (pattern.startsWith('/') ? '/' : '.')
}

/**
 * readdirSync() for a glob that matches symlinked files: a symlink that does not lead to a
 * directory (a file, or nothing: dangling, a loop) is listed as a file, so the glob matches it
 * by its own name and the caller reads it or says why it cannot; a symlink to a directory stays
 * one, which the glob neither matches nor walks (no cycles, nothing outside walked).
 */
function readdirSymlinkedFiles(path: string, options: { withFileTypes: true }): Dirent[] {
  return readdirSync(path, options).map((e) =>
    e.isSymbolicLink() && !isDirectory(join(path, e.name)) ? Object.assign(Object.create(e) as Dirent, { isFile: () => true, isSymbolicLink: () => false }) : e,
  )
}

/**
 * Expands a glob whose fixed base lies inside `roots` (no `..` segment), without following
 * symlinked directories, to absolute paths; every match is checked again by the caller.
 * With `symlinkedFiles`, symlinks that are no directory match too (readdirSymlinkedFiles()).
 */
function confinedGlob(pattern: string, workspace: string, roots: readonly string[], what: string, symlinkedFiles = false): string[] {
  const base = resolve(workspace, staticBase(pattern))
  if (pattern.split(/[\\/]/).includes('..') || !confined(base, roots)) {
    throw new ConfigurationError(`${what} "${pattern}" reaches outside the workspace (a ".." segment, or a base outside it, symlinks resolved): only files inside ${roots.join(' or ')} are read`)
  }
  return globSync(pattern, { cwd: workspace, onlyFiles: true, absolute: true, followSymbolicLinks: false, ...(symlinkedFiles && { fs: { readdirSync: readdirSymlinkedFiles as unknown as typeof readdirSync } }) })
}

/**
 * Why a symlink cannot be read: it leads nowhere (dangling) or in a loop; undefined when
 * `abs` is no symlink or its target exists.
 */
function brokenSymlink(abs: string): string | undefined {
  if (!isSymlink(abs)) return undefined
  try {
    statSync(abs)
    return undefined
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const chain = code === 'ENOENT' ? danglingChain(abs) : undefined
    if (chain !== undefined) return `is ${danglingSymlinkText(chain)}`
    if (code === 'ELOOP') return `is a symlink loop (${fileErrorText(error)})`
    return `is a symlink that cannot be followed: ${fileErrorText(error)}`
  }
}

/** A glob for the files below directory `dir` as an input names it (`boards/` + `*.json` → `boards/*.json`). */
function globIn(dir: string, files: string): string {
  let end = dir.length
  while (end > 1 && dir[end - 1] === '/') end--
  return `${dir.slice(0, end)}/${files}`
}

/** The characters a backslash escapes in a pattern (unescapeGlob), and toLegPattern escapes. */
const GLOB_CHARACTERS = '()[]{}*?|!+@\\'

/**
 * The file a pattern without glob syntax names: its escapes stand for the characters
 * themselves, as in a glob (`boards/rack\[1\].json` is `boards/rack[1].json`; toLegPattern
 * writes such names so for a check job's `matrix` input).
 */
function unescapeGlob(pattern: string): string {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    // A backslash before one of GLOB_CHARACTERS (a backslash too) stands for that character.
    if (pattern[i] === '\\' && i + 1 < pattern.length && GLOB_CHARACTERS.includes(pattern[i + 1]!)) i++
    out += pattern[i]
  }
  return out
}

/**
 * Matrix patterns to files, pattern by pattern and match by match: a pattern it refuses (not
 * found, no match, outside the workspace) or a match it refuses (outside the workspace, a
 * dangling symlink, not a regular file) becomes a problem, and the other files are still checked.
 */
export function resolveMatrixPatterns(patterns: readonly string[], workspace: string): { files: string[]; problems: string[] } {
  const { files, problems } = resolvePatterns(patterns, workspace, {
    what: 'matrix',
    roots: [workspace],
    where: workspace,
    outsideWords: 'the workspace',
    // The input's default names this project's example: a workflow that left `matrix` out.
    notFoundHint: (pattern) => (pattern === DEFAULT_MATRIX_INPUT ? ` (the default of the "matrix" input: set it to your board-matrix file(s), e.g. "matrix: boards/*.json")` : ''),
    noMatchHint: '',
    directory: (pattern) => `is not a regular file: it is a directory; name its matrix files with a glob, e.g. "${globIn(pattern, '*.json')}"`,
  })
  return { files: files.map((f) => relative(resolve(workspace), f).split(sep).join('/')), problems }
}

/** What resolvePatterns() resolves: the input's name, the roots it reads in, and its own words. */
interface PatternInput {
  what: 'matrix' | 'results'
  /** The roots a file may lie in (symlinks resolved), the workspace first. */
  roots: readonly string[]
  /** The roots as the messages name them. */
  where: string
  /** What "outside" means: `the workspace`, `the workspace and RUNNER_TEMP`. */
  outsideWords: string
  notFoundHint: (pattern: string) => string
  noMatchHint: string
  /** What a path that names a directory is told, after `<what> file "<pattern>" `. */
  directory: (pattern: string) => string
}

/**
 * The `matrix` and `results` inputs to absolute paths, sorted, each file once: pattern by
 * pattern and match by match, a refusal becomes a problem and the other files still count. A
 * glob matches a symlink to a file by its own name (and a dangling one or a loop, to be named as
 * such); a symlink and its target both matched are one file, named by the target's own path.
 */
function resolvePatterns(patterns: readonly string[], workspace: string, input: PatternInput): { files: string[]; problems: string[] } {
  const { what, roots } = input
  const outside = (pattern: string, file?: string): ConfigurationError =>
    new ConfigurationError(`${what} ${file === undefined ? 'file' : 'pattern'} "${pattern}"${file === undefined ? '' : ` matches "${file}", which`} is outside ${input.outsideWords} (symlinks resolved): the action reads only files inside ${input.where}`)
  const lexicallyInside = (abs: string): boolean => roots.some((r) => isInside(abs, resolve(r)))
  const files = new Set<string>()
  const problems: string[] = []
  const add = (abs: string, pattern: string, isGlob: boolean): void => {
    const shown = shownPath(abs, workspace)
    const named = isGlob ? `${what} pattern "${pattern}" matches "${shown}", which` : `${what} file "${pattern}"`
    // Before confinement, which cannot resolve it: "outside the workspace" would be untrue.
    const broken = lexicallyInside(abs) ? brokenSymlink(abs) : undefined
    if (broken !== undefined) throw new ConfigurationError(`${named} ${broken}`)
    if (!confined(abs, roots)) throw outside(pattern, isGlob ? shown : undefined)
    if (!statSync(abs).isFile()) {
      // A directory named where its files were meant (`boards`): say how to name them.
      if (!isGlob && isDirectory(abs)) throw new ConfigurationError(`${named} ${input.directory(pattern)}`)
      throw new ConfigurationError(`${named} is not a regular file`)
    }
    files.add(abs)
  }
  // One refusal is that pattern's or that match's: the others are still checked.
  const tried = (action: () => void): void => {
    try {
      action()
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      problems.push(error.message)
    }
  }
  for (const pattern of patterns) {
    tried(() => {
      if (isDynamicPattern(pattern)) {
        const matches = confinedGlob(pattern, workspace, roots, `${what} pattern`, true)
        // A leading `!` makes a negative glob, which alone matches nothing (each pattern is
        // expanded on its own): a file whose name starts with `!` is named with it escaped.
        // (`!(a).json` is an extglob, a positive pattern.)
        const negated = pattern.startsWith('!') && !pattern.startsWith('!(') ? `: a leading "!" negates a glob pattern, which the input does not support; for a file whose name starts with "!", write "\\${pattern}"` : ''
        if (matches.length === 0) throw new ConfigurationError(`${what} pattern "${pattern}" matches no file in ${workspace}${negated || input.noMatchHint}`)
        for (const m of matches.sort()) tried(() => add(resolve(m), pattern, true))
      } else {
        const abs = resolve(workspace, unescapeGlob(pattern))
        if (!lexicallyInside(abs)) throw outside(pattern)
        if (!existsSync(abs) && !isSymlink(abs)) throw new ConfigurationError(`${what} file "${pattern}" not found in ${workspace}${input.notFoundHint(pattern)}`)
        add(abs, pattern, false)
      }
    })
  }
  // Each file once: a symlink and its target (or two symlinks to it) both matched would report
  // every finding twice. The target's own name names it when it is among them, else the first.
  const ownName = (abs: string): boolean => {
    const root = roots.find((r) => isInside(abs, resolve(r)))
    return root !== undefined && realOrPlanned(abs) === join(realOrPlanned(root), relative(resolve(root), abs))
  }
  const byReal = new Map<string, string>()
  for (const file of [...files].sort()) {
    const real = realOrPlanned(file)
    if (!byReal.has(real) || ownName(file)) byReal.set(real, file)
  }
  return { files: [...byReal.values()].sort(), problems }
}

/**
 * Where the action may write an output file (input `name` = `value`): inside the workspace
 * or RUNNER_TEMP, symlinks resolved (a symlink in the checkout must not redirect a write).
 *
 * @returns the absolute path
 * @throws ConfigurationError when the path lies outside both, or cannot be a file there
 */
export function confineOutputPath(name: string, value: string, workspace: string, runnerTemp: string | undefined): string {
  const abs = resolve(workspace, value)
  const roots = [workspace, ...(runnerTemp ? [runnerTemp] : [])]
  const { inside, refusal } = confinement(abs, roots)
  // Inside, but no file can be there (a path through a file: ENOTDIR): say that, not "outside".
  if (refusal) throw new ConfigurationError(`input "${name}" ("${value}") cannot be a file: ${fileErrorText(refusal, 'write')}`)
  if (!inside) {
    throw new ConfigurationError(`input "${name}" ("${value}") is outside the workspace${runnerTemp ? ' and RUNNER_TEMP' : ''} (symlinks resolved): write it inside ${workspace}${runnerTemp ? ` or ${runnerTemp}` : ''}`)
  }
  // A directory (the workspace itself, say) is no place for a file: say so before the run.
  if (isDirectory(abs)) throw new ConfigurationError(`input "${name}" ("${value}") is a directory: name a file in it`)
  return abs
}

/**
 * A resolved matrix file as a leg's `matrix` input: the path itself, its glob characters
 * escaped (`boards/rack\[1\].json`). Also when the name alone is no glob: the input keeps
 * the commas after an unescaped `{` in one item (a brace expansion's), so `boards/a{b.json`
 * would swallow the files listed after it. Each of GLOB_CHARACTERS, a backslash too, gets
 * one, as unescapeGlob() reads them back (tinyglobby's escapePath() leaves a backslash
 * before `(` alone, so `boards/x\(1).json` came back as `boards/x(1).json`).
 *
 * @throws ConfigurationError for a path with a comma or a newline (inputs split on them)
 */
export function toLegPattern(file: string): string {
  if (/[,\n]/.test(file)) throw new ConfigurationError(`matrix file "${file}" has a comma or a newline in its name, which a check job's "matrix" input cannot carry: rename it for mode: plan`)
  return [...file].map((c) => (GLOB_CHARACTERS.includes(c) ? `\\${c}` : c)).join('')
}

/**
 * The `results` input to files as resolveMatrixPatterns() resolves the matrix: a pattern that
 * matches nothing, or a path or a match that is missing, outside the workspace and RUNNER_TEMP,
 * a dangling symlink or a loop, becomes a problem and the other files still count (aggregate
 * merges what it found, then fails the step naming what it did not find).
 */
export function resolveResultsPatterns(patterns: readonly string[], workspace: string, runnerTemp?: string): { files: string[]; problems: string[] } {
  return resolvePatterns(patterns, workspace, {
    what: 'results',
    roots: [workspace, ...(runnerTemp ? [runnerTemp] : [])],
    where: `${workspace}${runnerTemp ? ` or ${runnerTemp}` : ''}`,
    outsideWords: `the workspace${runnerTemp ? ' and RUNNER_TEMP' : ''}`,
    notFoundHint: () => '',
    noMatchHint: ': did every check job upload its results file, and did this job download the artifacts?',
    // actions/download-artifact's `path` (one directory per artifact below it) given as is.
    directory: (pattern) => `is a directory: name the results files in it with a glob, e.g. "${globIn(pattern, '**/*.json')}"`,
  })
}

/**
 * An absolute path as a message names it: from the workspace when it lies there (as the
 * inputs are written, and as a glob's matches read), else as it is (RUNNER_TEMP).
 *
 * @example
 * shownPath('/ws/results/1/r.json', '/ws') // → 'results/1/r.json'
 * shownPath('/runner/temp/r.json', '/ws')  // → '/runner/temp/r.json'
 */
export function shownPath(abs: string, workspace: string): string {
  const root = resolve(workspace)
  return isInside(abs, root) && abs !== root ? relative(root, abs).split(sep).join('/') : abs
}

/** Where a matrix file is named for GitHub: its path from the repository root, and that root. */
export interface RepositoryPath {
  /** POSIX path relative to `root`. */
  path: string
  /** Absolute directory the path is relative to. */
  root: string
}

/**
 * The repository paths of workspace-relative files, for annotations, changed lines and SARIF.
 *
 * GitHub places an annotation and a code-scanning result by its path from the repository's
 * root, and the runner only shortens absolute paths under GITHUB_WORKSPACE (relative ones pass
 * unchanged). With `actions/checkout`'s `path: sub` the repository is `$GITHUB_WORKSPACE/sub`,
 * so a workspace-relative `sub/boards.json` would name a file the repository does not have.
 * The root is the outermost directory holding `.git`, from the workspace down to the file's
 * directory (outermost: a second repository or a submodule checked out inside the first must
 * not send its file's findings to a same-named file of the first). Without a `.git` there, or
 * when two files would get the same name (two checkouts side by side), the workspace-relative
 * path stays.
 *
 * @param files - workspace-relative POSIX paths (as resolveMatrixPatterns() gives them)
 * @param workspace - the workspace
 * @returns one entry per file, in order
 * @example
 * // $GITHUB_WORKSPACE/sub/.git exists
 * repositoryPaths(['sub/boards/a.json'], ws) // → [{ path: 'boards/a.json', root: `${ws}/sub` }]
 */
export function repositoryPaths(files: readonly string[], workspace: string): RepositoryPath[] {
  const ws = resolve(workspace)
  const found = files.map((file): RepositoryPath => {
    const segments = file.split('/').slice(0, -1)
    for (let depth = 0; depth <= segments.length; depth++) {
      const root = join(ws, ...segments.slice(0, depth))
      if (existsSync(join(root, '.git'))) return { path: segments.slice(depth).concat(basename(file)).join('/'), root }
    }
    return { path: file, root: ws }
  })
  const count = new Map<string, number>()
  for (const f of found) count.set(f.path, (count.get(f.path) ?? 0) + 1)
  return found.map((f, i) => (count.get(f.path)! > 1 ? { path: files[i]!, root: ws } : f))
}
