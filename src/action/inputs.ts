// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action's inputs, read and validated in one place (actions/checkout input-helper).
 * This is the only module that calls core.getInput.
 */
import * as core from '@actions/core'
import { ConfigurationError } from '../errors.js'
import { MATRIX_MAX_JOBS } from '../fanout/plan.js'
import { readShard, shardInputError, type ShardInput } from '../fanout/shard.js'
import { emptyItemMessage } from '../list-items.js'
import { checkKernelOverride } from '../matrix/decode.js'
import { FAIL_ON, failOnHint, type FailOn } from '../fail-on.js'
import { hintFor } from '../matrix/validate.js'
import { DEFAULT_MATRIX_INPUT } from './files.js'

export type { FailOn }
/** plan: emit the fan-out matrix; check: check files (one leg, or everything); aggregate: merge legs' results. */
export type Mode = 'plan' | 'check' | 'aggregate'

/** Validated inputs. */
export interface ActionInputs {
  mode: Mode
  /** Paths or globs of matrix files, relative to the workspace. */
  matrix: string[]
  boards?: string[]
  kernels?: string[]
  failOn: FailOn
  annotations: boolean
  summary: boolean
  /** Post (create or update) the pull-request comment. */
  comment: boolean
  /** Which comment is this job's; empty = derived from workflow, job and inputs. */
  commentKey?: string
  /** SARIF 2.1.0 output path (relative to the workspace). */
  sarif?: string
  /** JSON results path (relative to the workspace); default under RUNNER_TEMP. */
  resultsFile?: string
  /** HTML report path; written when this version has an HTML renderer, else skipped with a notice. */
  html?: string
  /** plan: at most this many jobs (1…256). */
  maxJobs: number
  /**
   * check: this run is leg `k/n` of a fan-out (no PR comment; recorded in the results file),
   * read from the input as the plan wrote it (` (kernel <list>)` after it when the plan had a
   * kernel override). Only a shard readShard() reads gets here: the input is refused otherwise.
   */
  shard?: ShardInput
  /** aggregate: paths or globs of the legs' results files. */
  results?: string[]
  /** Masked with core.setSecret before anything else is read. */
  token: string
  workspace: string
  /**
   * First retry delay for GitHub API calls. Not an input: the environment variable
   * CRASHKERNEL_CHECK_RETRY_DELAY_MS, which tests set to keep retries fast.
   */
  retryDelayMs?: number
}

/**
 * An input's comma- or newline-separated list; undefined when it lists nothing. Blank lines
 * and a comma that ends a line are separators (a YAML block scalar ends in a newline, and
 * lists are written `a.json,` line by line), but an empty item before or between items
 * (`rpi4,,x86`, `,6.12`) is refused as the CLI refuses it: it is what is left of a value
 * that was meant to be there, such as an unset `${{ vars.NEXT }}`.
 *
 * @throws ConfigurationError naming the input, the line and where the empty item is
 */
function list(name: string, globs = false): string[] | undefined {
  const items: string[] = []
  for (const line of core.getInput(name).split('\n')) {
    if (line.trim() === '') continue
    const pieces = (globs ? splitOutsideBraces(line) : line.split(',')).map((s) => s.trim())
    if (pieces.length > 1 && pieces.at(-1) === '') pieces.pop()
    const empty = emptyItemMessage(line.trim(), pieces, `input "${name}"`)
    if (empty !== undefined) throw new ConfigurationError(empty)
    items.push(...pieces)
  }
  return items.length > 0 ? items : undefined
}

/**
 * A line of paths and globs split at its commas, but not at those of a brace expansion
 * (`boards/{rpi,x86}/*.json` is one glob, as a shell or tinyglobby reads it).
 */
function splitOutsideBraces(line: string): string[] {
  const pieces: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (c === '\\') i++
    else if (c === '{') depth++
    else if (c === '}' && depth > 0) depth--
    else if (c === ',' && depth === 0) {
      pieces.push(line.slice(start, i))
      start = i + 1
    }
  }
  pieces.push(line.slice(start))
  return pieces
}

function bool(name: string): boolean {
  const value = core.getInput(name).trim().toLowerCase()
  if (value === '' || value === 'true') return true
  if (value === 'false') return false
  throw new ConfigurationError(`input "${name}" must be true or false, not "${value}"`)
}

function path(name: string): string | undefined {
  const value = core.getInput(name).trim()
  if (value === '') return undefined
  if (value.includes('\0')) throw new ConfigurationError(`input "${name}" is not a valid path`)
  return value
}

/**
 * Reads the action inputs. The token is read and masked first, so no later message (not
 * even a configuration error) can print it.
 *
 * @param env - the process environment (GITHUB_WORKSPACE, CRASHKERNEL_CHECK_RETRY_DELAY_MS)
 * @returns the validated inputs
 * @throws ConfigurationError naming the input and the expected format
 */
export function getInputs(env: Readonly<Record<string, string | undefined>> = process.env): ActionInputs {
  const token = core.getInput('token').trim()
  if (token !== '') core.setSecret(token)

  const failOn = (core.getInput('fail-on').trim() || 'error') as FailOn
  if (!FAIL_ON.includes(failOn)) {
    throw new ConfigurationError(`input "fail-on" must be error, warning, note or never, not "${failOn}"${failOnHint(failOn)}`)
  }
  const mode = (core.getInput('mode').trim() || 'check') as Mode
  if (!['plan', 'check', 'aggregate'].includes(mode)) throw new ConfigurationError(`input "mode" must be plan, check or aggregate, not "${mode}"${hintFor(mode, ['plan', 'check', 'aggregate'])}`)
  const maxJobsText = core.getInput('max-jobs').trim() || String(MATRIX_MAX_JOBS)
  const maxJobs = /^\d+$/.test(maxJobsText) ? Number(maxJobsText) : NaN
  if (!(maxJobs >= 1 && maxJobs <= MATRIX_MAX_JOBS)) {
    throw new ConfigurationError(`input "max-jobs" must be a whole number from 1 to ${MATRIX_MAX_JOBS} (GitHub runs at most ${MATRIX_MAX_JOBS} jobs from one matrix), not "${maxJobsText}"`)
  }
  const shardText = core.getInput('shard').trim()
  const shard = shardText === '' ? undefined : readShard(shardText)
  if (shardText !== '' && !shard) throw new ConfigurationError(shardInputError(shardText))
  const results = list('results', true)
  if (mode === 'aggregate' && !results) throw new ConfigurationError('input "results" is required with mode: aggregate: the paths or globs of the downloaded results files (e.g. crashkernel-check-results/*/*.json)')
  const matrix = list('matrix', true) ?? [DEFAULT_MATRIX_INPUT]
  const boards = list('boards')
  const kernels = list('kernel')
  checkKernelOverride(kernels, 'input "kernel"')
  const commentKey = core.getInput('comment-key').trim()
  const sarif = path('sarif')
  const resultsFile = path('results-file')
  const html = path('html')
  const delay = env.CRASHKERNEL_CHECK_RETRY_DELAY_MS
  if (delay !== undefined && !/^\d+$/.test(delay)) throw new ConfigurationError(`CRASHKERNEL_CHECK_RETRY_DELAY_MS must be a number of milliseconds, not "${delay}"`)
  return {
    mode,
    matrix,
    ...(boards && { boards }),
    ...(kernels && { kernels }),
    failOn,
    annotations: bool('annotations'),
    summary: bool('summary'),
    comment: bool('comment'),
    ...(commentKey !== '' && { commentKey }),
    ...(sarif !== undefined && { sarif }),
    ...(resultsFile !== undefined && { resultsFile }),
    ...(html !== undefined && { html }),
    maxJobs,
    ...(shard && { shard }),
    ...(results && { results }),
    token,
    // The runner sets GITHUB_WORKSPACE; locally the current directory stands in for it.
    workspace: env.GITHUB_WORKSPACE || process.cwd(),
    ...(delay !== undefined && { retryDelayMs: Number(delay) }),
  }
}
