// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action's inputs, read and validated in one place (actions/checkout input-helper).
 * This is the only module that calls core.getInput.
 */
import * as core from '@actions/core'
import { ConfigurationError } from '../errors.js'

export type FailOn = 'error' | 'warning' | 'note' | 'never'

/** Validated inputs. */
export interface ActionInputs {
  /** Paths or globs of matrix files, relative to the workspace. */
  matrix: string[]
  boards?: string[]
  kernels?: string[]
  failOn: FailOn
  annotations: boolean
  summary: boolean
  /** Reserved for SARIF output (issue 4); accepted and reported as not yet written. */
  sarif?: string
  token: string
  workspace: string
}

/** Comma- or newline-separated list; undefined when empty. */
function list(value: string): string[] | undefined {
  const items = value.split(/[\n,]/).map((s) => s.trim()).filter(Boolean)
  return items.length > 0 ? items : undefined
}

function bool(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '' || value === 'true') return value === 'true' || value === ''
  if (value === 'false') return false
  throw new ConfigurationError(`input "${name}" must be true or false, not "${value}"`)
}

/**
 * Reads the action inputs.
 *
 * @returns the validated inputs
 * @throws ConfigurationError naming the input and the expected format
 */
export function getInputs(): ActionInputs {
  const failOn = (core.getInput('fail-on').trim() || 'error') as FailOn
  if (!['error', 'warning', 'note', 'never'].includes(failOn)) {
    throw new ConfigurationError(`input "fail-on" must be error, warning, note or never, not "${failOn}"`)
  }
  const matrix = list(core.getInput('matrix')) ?? ['examples/boards.json']
  const boards = list(core.getInput('boards'))
  const kernels = list(core.getInput('kernel'))
  const sarif = core.getInput('sarif').trim()
  return {
    matrix,
    ...(boards && { boards }),
    ...(kernels && { kernels }),
    failOn,
    annotations: bool('annotations'),
    summary: bool('summary'),
    ...(sarif !== '' && { sarif }),
    token: core.getInput('token'),
    // The runner sets GITHUB_WORKSPACE; locally the current directory stands in for it.
    workspace: process.env.GITHUB_WORKSPACE || process.cwd(),
  }
}
