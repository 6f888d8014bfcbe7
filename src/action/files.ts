// SPDX-License-Identifier: GPL-2.0-only
/** Resolves the `matrix` input (paths and globs) to files under the workspace. */
import { existsSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { escapePath, globSync, isDynamicPattern } from 'tinyglobby'
import { ConfigurationError } from '../errors.js'

/**
 * Expands patterns to workspace-relative POSIX paths (what annotations need), sorted.
 *
 * @throws ConfigurationError when a path does not exist or a glob matches nothing
 */
export function resolveMatrixFiles(patterns: readonly string[], workspace: string): string[] {
  const files = new Set<string>()
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = globSync(pattern, { cwd: workspace, onlyFiles: true })
      if (matches.length === 0) throw new ConfigurationError(`matrix pattern "${pattern}" matches no file in ${workspace}`)
      for (const m of matches) files.add(m)
    } else {
      const abs = isAbsolute(pattern) ? pattern : resolve(workspace, pattern)
      if (!existsSync(abs)) throw new ConfigurationError(`matrix file "${pattern}" not found in ${workspace}`)
      files.add(relative(workspace, abs).split(sep).join('/'))
    }
  }
  return [...files].sort()
}

/**
 * A resolved matrix file as a leg's `matrix` input: the path itself, escaped when it would
 * read as a glob (`boards[1].json`).
 *
 * @throws ConfigurationError for a path with a comma or a newline (inputs split on them)
 */
export function toLegPattern(file: string): string {
  if (/[,\n]/.test(file)) throw new ConfigurationError(`matrix file "${file}" has a comma or a newline in its name, which a check job's "matrix" input cannot carry: rename it for mode: plan`)
  return isDynamicPattern(file) ? escapePath(file) : file
}

/**
 * Expands the `results` input (paths and globs, relative to the workspace or absolute) to
 * absolute paths, sorted.
 *
 * @throws ConfigurationError when a path does not exist or a glob matches nothing
 */
export function resolveResultsFiles(patterns: readonly string[], workspace: string): string[] {
  const files = new Set<string>()
  for (const pattern of patterns) {
    if (isDynamicPattern(pattern)) {
      const matches = globSync(pattern, { cwd: workspace, onlyFiles: true, absolute: true })
      if (matches.length === 0) {
        throw new ConfigurationError(`results pattern "${pattern}" matches no file in ${workspace}: did every check job upload its results file, and did this job download the artifacts?`)
      }
      for (const m of matches) files.add(resolve(m))
    } else {
      const abs = isAbsolute(pattern) ? pattern : resolve(workspace, pattern)
      if (!existsSync(abs)) throw new ConfigurationError(`results file "${pattern}" not found in ${workspace}`)
      files.add(abs)
    }
  }
  return [...files].sort()
}
