// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action's pattern resolution with its first problem thrown, for the tests that check one
 * refusal at a time (the action itself collects every problem: resolveMatrixPatterns()).
 */
import { resolveMatrixPatterns, resolveResultsPatterns } from '../src/action/files.js'
import { ConfigurationError } from '../src/errors.js'

function firstProblemThrown(result: { files: string[]; problems: string[] }): string[] {
  if (result.problems.length > 0) throw new ConfigurationError(result.problems[0]!)
  return result.files
}

/** Matrix patterns to workspace-relative files, or the first refusal thrown. */
export const resolveMatrixFiles = (patterns: readonly string[], workspace: string): string[] => firstProblemThrown(resolveMatrixPatterns(patterns, workspace))

/** Results patterns to absolute files, or the first refusal thrown. */
export const resolveResultsFiles = (patterns: readonly string[], workspace: string, runnerTemp?: string): string[] => firstProblemThrown(resolveResultsPatterns(patterns, workspace, runnerTemp))
