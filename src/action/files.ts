// SPDX-License-Identifier: GPL-2.0-only
/** Resolves the `matrix` input (paths and globs) to files under the workspace. */
import { existsSync } from 'node:fs'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { globSync, isDynamicPattern } from 'tinyglobby'
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
