// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action, in one of three modes (input `mode`):
 * - `check` (default): inputs → check() → PR comment, files (results JSON, SARIF, HTML), job
 *   summary, annotations, outputs, and the step's status. With `shard` it is one leg of a
 *   fan-out: the results file records the shard and no PR comment is posted (only the
 *   aggregate job comments, so racing legs cannot create duplicates).
 * - `plan`: matrix files → output `matrix` (a `strategy.matrix`, src/fanout/plan.ts) and
 *   `count`; no simulation, no summary. A plan that fails runs no other job: given the
 *   aggregate job's `comment-key`, it corrects that job's comment (reportStoppedRun).
 * - `aggregate`: the legs' results files → one merged report (src/fanout/merge.ts) → the same
 *   outputs as `check`: one comment, one summary, one SARIF file, annotations within the caps,
 *   fail-on on the merged counts; missing shards fail the step.
 * The only module calling setOutput / summary / setFailed (through ActionsIO, whose real
 * implementation is below). Everything stays inside try: only setFailed may run outside a
 * result.
 *
 * Order matters for GitHub's annotation caps (10 per level per step): the comment and the
 * files come first, so the action knows which notices and warnings of its own it will print
 * and keeps exactly that many slots free (one per level: its messages are merged).
 */
import { createHash, randomUUID } from 'node:crypto'
import { existsSync, realpathSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as core from '@actions/core'
import { ConfigurationError, errorMessage } from '../errors.js'
import { fileErrorText, isFileError } from '../file-errors.js'
import { spaceSeparatedHint } from '../list-items.js'
import { createGitHubApi, requestTimeoutFromEnv } from '../github/client.js'
import { upsertComment } from '../github/comment.js'
import { GitHubApiError } from '../github/errors.js'
import { changedLinesByFile } from '../github/patch.js'
import { pullRequestFromEvent, type PullRequestRef } from '../github/pull-request.js'
import { mergeResults } from '../fanout/merge.js'
import { MATRIX_MAX_JOBS, planFanout } from '../fanout/plan.js'
import { formatResults, parseResults, type LegInfo, type LegResults } from '../fanout/results.js'
import { legKernelMismatch } from '../fanout/shard.js'
import { check, failsAt, mergeReports, unmatchedPatterns, type Report } from '../index.js'
import { annotationProperties, MAX_PER_LEVEL, annotationsKeeping, type AnnotationPlan, type ChangedLines } from '../report/annotations.js'
import { formatters, formatSarif, formatStylish, type Formatter, type ToolNotification } from '../report/formatters.js'
import { SARIF_MAX_RESULTS, sarifResultGroups } from '../report/sarif.js'
import { visibleText } from '../report/escape.js'
import { renderComment, renderSummary, type SourceLink } from '../report/summary.js'
import { blobLink } from '../github/blob-url.js'
import { checkedOutCommit } from './checkout.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { confineOutputPath, DEFAULT_MATRIX_INPUT, realOrPlanned, repositoryPaths, resolveMatrixPatterns, resolveResultsPatterns, shownPath, toLegPattern } from './files.js'
import { getInputs, type ActionInputs } from './inputs.js'
import type { ActionsIO, AnnotationLevelName } from './io.js'

/** The real ActionsIO over @actions/core and the file system. */
export function coreIO(): ActionsIO {
  return {
    inputs: () => getInputs(process.env),
    env: process.env,
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    infoUntrusted: (text) => {
      // @actions/core's documented way to log text that must not run as commands: the
      // runner ignores every command until the line `::<token>::`, and nobody can guess it.
      const token = randomUUID()
      core.info(`::stop-commands::${token}`)
      core.info(text)
      core.info(`::${token}::`)
    },
    annotate: (level, message, props) => (level === 'error' ? core.error(message, props) : level === 'warning' ? core.warning(message, props) : core.notice(message, props)),
    setOutput: (name, value) => {
      // @actions/core refuses a GITHUB_OUTPUT naming no file with a bare Error (no errno
      // code); the runner always creates it, so a missing one is a setup problem too.
      const file = process.env.GITHUB_OUTPUT
      if (file && !existsSync(file)) throw new ConfigurationError(`cannot write output "${name}" to the file GITHUB_OUTPUT names (${file}): it does not exist`)
      try {
        core.setOutput(name, value)
      } catch (error) {
        // The runner's GITHUB_OUTPUT file refused the write: a setup problem, not a bug of ours
        // (anything else is one, and stays an internal error).
        if (!isFileError(error)) throw error
        throw new ConfigurationError(`cannot write output "${name}" to the file GITHUB_OUTPUT names (${process.env.GITHUB_OUTPUT ?? 'unset'}): ${fileErrorText(error, 'write')}`)
      }
    },
    writeSummary: async (markdown) => {
      await core.summary.addRaw(markdown).write()
    },
    setFailed: (message) => core.setFailed(message),
    readFile: (path) => readFile(path, 'utf8'),
    writeFile: async (path, text) => {
      await mkdir(dirname(path), { recursive: true })
      await writeFile(path, text)
    },
    github: (token, options) => createGitHubApi(token, options),
  }
}

/** The action's own messages (not findings), merged into one annotation per level at the end. */
class StatusMessages {
  readonly byLevel: Record<AnnotationLevelName, string[]> = { error: [], warning: [], notice: [] }
  add(level: AnnotationLevelName, message: string): void {
    this.byLevel[level].push(message)
  }
  count(level: AnnotationLevelName): number {
    return this.byLevel[level].length > 0 ? 1 : 0
  }
  all(): string[] {
    return [...this.byLevel.error, ...this.byLevel.warning, ...this.byLevel.notice]
  }
}

/**
 * Logs matrix-derived text inside a stop-commands block when the io has one. `text` must
 * already show user strings with visibleText() (formatStylish does): its own line breaks stay.
 */
function logUntrusted(io: ActionsIO, text: string): void {
  if (io.infoUntrusted) io.infoUntrusted(text)
  else io.info(text)
}

/** The output files' absolute paths, each inside the workspace or RUNNER_TEMP (checked before anything runs). */
interface OutputPaths {
  results: string
  sarif?: string
  html?: string
}

/**
 * @throws ConfigurationError for an output path outside the workspace and RUNNER_TEMP, two
 *   outputs on one path (the last written would replace the others, and the outputs would
 *   name one file for both), or an output on a file the run reads (a matrix file, a leg's
 *   results file), which it would overwrite
 */
function outputPaths(io: ActionsIO, inputs: ActionInputs): OutputPaths {
  const temp = io.env.RUNNER_TEMP || undefined
  const confine = (name: string, value: string): string => confineOutputPath(name, value, inputs.workspace, temp)
  const paths: OutputPaths = {
    // The default lies in RUNNER_TEMP (or the system's temporary directory outside a runner).
    results: inputs.resultsFile ? confine('results-file', inputs.resultsFile) : join(temp ?? tmpdir(), 'crashkernel-check-results.json'),
    ...(inputs.sarif && { sarif: confine('sarif', inputs.sarif) }),
    ...(inputs.html && { html: confine('html', inputs.html) }),
  }
  // Compared as the file system names them (symlinks resolved): `link/m.json` is `m.json`.
  const named: Array<[string, string | undefined, string | undefined]> = [
    // The default results file counts too: a sarif input may name it.
    ['results-file', inputs.resultsFile ?? `${paths.results}, its default`, paths.results],
    ['sarif', inputs.sarif, paths.sarif],
    ['html', inputs.html, paths.html],
  ]
  const given = named.filter((n): n is [string, string, string] => n[1] !== undefined && n[2] !== undefined).map(([name, value, path]) => [name, value, canonicalPath(path)] as const)
  for (const [i, [name, value, path]] of given.entries()) {
    const other = given.slice(i + 1).find((o) => o[2] === path)
    if (other) throw new ConfigurationError(`inputs "${name}" ("${value}") and "${other[0]}" ("${other[1]}") name the same file: give each output a path of its own`)
  }
  const read = filesRead(inputs, temp)
  // Not the default results file: an aggregate job that reads a leg's results where the leg
  // left it by default (RUNNER_TEMP) writes the merged report there after reading it.
  for (const [name, value, path] of given) {
    if (name === 'results-file' && inputs.resultsFile === undefined) continue
    if (read.includes(path)) throw new ConfigurationError(`input "${name}" ("${value}") names a file this run reads (${inputs.mode === 'aggregate' ? 'input "results"' : 'input "matrix"'}), which writing the output would replace: write it elsewhere`)
  }
  return paths
}

/**
 * The files a check or aggregate run reads, as canonicalPath() names them, as far as they
 * resolve (a pattern that does not is reported by the run itself).
 */
function filesRead(inputs: ActionInputs, temp: string | undefined): string[] {
  const files = inputs.mode === 'aggregate' ? resolveResultsPatterns(inputs.results ?? [], inputs.workspace, temp).files : resolveMatrixPatterns(inputs.matrix, inputs.workspace).files.map((f) => resolve(inputs.workspace, f))
  return files.map(canonicalPath)
}

/**
 * A path with its symlinks resolved, for telling whether two paths are one file: realOrPlanned()
 * (the confinement check's), or the path resolved where that refuses it (a dangling symlink,
 * which confineOutputPath() has refused already for an output).
 */
function canonicalPath(path: string): string {
  try {
    return realOrPlanned(path)
  } catch {
    return resolve(path)
  }
}

/** The comment key: the input, or workflow/job plus a hash of what this job checks (or merges). */
function commentKey(inputs: ActionInputs, env: ActionsIO['env']): string {
  if (inputs.commentKey) return inputs.commentKey
  const what = JSON.stringify(inputs.mode === 'aggregate' ? ['aggregate', inputs.results ?? []] : [inputs.matrix, inputs.boards ?? [], inputs.kernels ?? []])
  const hash = createHash('sha256').update(what).digest('hex').slice(0, 10)
  return `${env.GITHUB_WORKFLOW ?? 'workflow'}/${env.GITHUB_JOB ?? 'job'}/${hash}`
}

function runUrl(env: ActionsIO['env']): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env
  return repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined
}

/**
 * Where the summary's and the comment's locations link: the workflow's repository at the
 * commit checked out in the workspace (GITHUB_SHA when `.git` does not tell), when the report
 * names its files from the workspace's root and the workspace is a checkout. A report named
 * from a checkout below the workspace (`path:`, maybe another repository) or from no checkout
 * gets plain locations: a link there could open another file, or none.
 */
async function sourceLink(io: ActionsIO, workspace: string, srcRoot: string | undefined): Promise<SourceLink | undefined> {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = io.env
  if (!repository || srcRoot === undefined || resolve(srcRoot) !== resolve(workspace)) return undefined
  const gitDir = join(workspace, '.git')
  if (!existsSync(gitDir)) return undefined
  const commit = (await checkedOutCommit(io.readFile, gitDir)) ?? sha
  if (!commit) return undefined
  const link = blobLink(server, repository, commit)
  // The page of the file that was read: GitHub shows a symlink as its target's name, not its
  // lines, so a link goes to the file it resolves to (none outside the workspace). A file of a
  // repository checked out inside this one (named from the workspace when two such checkouts
  // hold the same path) is not this repository's.
  const root = realOrPlanned(workspace)
  const pages = new Map<string, string | undefined>()
  const pageOf = (file: string): string | undefined => {
    if (pages.has(file)) return pages.get(file)
    let path = file
    try {
      path = shownPath(realpathSync(join(workspace, file)), root)
    } catch {
      // Gone since it was read: the name the report has.
    }
    const dirs = path.split('/').slice(0, -1)
    const page = dirs.some((_, i) => existsSync(join(root, ...dirs.slice(0, i + 1), '.git'))) ? undefined : path
    pages.set(file, page)
    return page
  }
  return (file, line) => {
    const page = pageOf(file)
    return page === undefined ? undefined : link(page, line)
  }
}

async function readPullRequest(io: ActionsIO): Promise<PullRequestRef | undefined> {
  const path = io.env.GITHUB_EVENT_PATH
  if (!path) return undefined
  try {
    return pullRequestFromEvent(io.env.GITHUB_EVENT_NAME, JSON.parse(await io.readFile(path)), io.env.GITHUB_REPOSITORY)
  } catch (error) {
    io.debug(`cannot read the event payload ${path}: ${fileErrorText(error)}`)
    return undefined
  }
}

/**
 * Where the summary and the comment say the report's kernel override was given: this job's
 * input (a leg's too: `kernel: ${{ matrix.kernel }}`), or, in an aggregate job, which has no
 * such input, the plan job's, which the check jobs' results carry.
 */
const kernelFrom = (inputs: { mode: string }): string => (inputs.mode === 'aggregate' ? "the plan job's input `kernel`" : 'input `kernel`')

/** GitHub's cap on one job output (1 MB): the plan's `matrix` must fit. */
export const JOB_OUTPUT_MAX_BYTES = 1_000_000
/**
 * Keep one leg's `boards` and `matrix` inputs well inside Linux's 128 KiB cap on one
 * environment variable (the runner hands each input over as one): a job given more cannot start.
 */
export const LEG_INPUT_MAX_BYTES = 100_000

/** What check or aggregate produced, for publish(). */
interface Outcome {
  report: Report
  /** check with `shard`: this leg's record in the results file. */
  leg?: LegInfo
  /** Reasons the step fails besides findings (e.g. missing shards). */
  problems: string[]
  /** The action's own warnings (one merged annotation). */
  warnings: string[]
  /** The directory the report's file paths are relative to (SARIF's %SRCROOT%); none when they differ. */
  srcRoot?: string
  /**
   * False when there is no report to show (aggregate found no results file it could read):
   * the comment of an earlier run is corrected, but none is created, as after a stopped run.
   */
  createComment?: boolean
}

/**
 * Runs the action once. Never throws: failures end in setFailed.
 *
 * @param io - the outside world (default: @actions/core and the file system)
 */
export async function run(io: ActionsIO = coreIO()): Promise<void> {
  let inputs: ActionInputs | undefined
  let publishing = false
  // Set once publish() has written the run's SARIF file: an error after it leaves that file.
  const written = { sarif: false }
  try {
    inputs = io.inputs()
    if (inputs.mode === 'plan') {
      await plan(io, inputs)
      return
    }
    const paths = outputPaths(io, inputs)
    const outcome = inputs.mode === 'aggregate' ? await aggregate(io, inputs) : await checkFiles(io, inputs)
    publishing = true
    await publish(io, inputs, paths, outcome, written)
  } catch (error) {
    const configuration = error instanceof ConfigurationError
    const message = configuration ? error.message : `Internal error: ${errorMessage(error)}`
    // Not over the SARIF file of a full report (an output that could not be set, say).
    if (inputs?.mode !== 'plan' && !written.sarif) await writeFailureSarif(io, inputs, { kind: configuration ? 'configuration' : 'execution', level: 'error', message, id: configuration ? 'configuration-error' : 'internal-error' })
    // A run that stopped before publishing says why where the last report was read, and
    // still warns of the inputs its mode does not read (its report would have; plan did first).
    if (inputs && !publishing) {
      const unused = inputs.mode === 'plan' ? [] : unusedInputWarnings(inputs)
      if (unused.length > 0) io.annotate('warning', unused.join('\n'))
      await reportStoppedRun(io, inputs, message)
    }
    io.setFailed(configuration && error.docsUrl !== undefined ? `${message}\nSee ${error.docsUrl}` : message)
  }
}

/** A report of nothing: the SARIF file and the summary of a run that stopped before its report. */
function emptyReport(): Report {
  return { tool: { name: TOOL_NAME, version: VERSION }, files: [], findings: [], layouts: [], counts: { error: 0, warning: 0, note: 0, suppressed: 0 } }
}

/** The GitHub API client of this run (retries logged to the step). */
function githubClient(io: ActionsIO, inputs: ActionInputs, token: string): ReturnType<ActionsIO['github']> {
  const retry = { ...(inputs.retryDelayMs !== undefined && { baseDelayMs: inputs.retryDelayMs }), onRetry: (e: GitHubApiError, n: number, ms: number) => io.info(`${e.message}; retry ${n} in ${ms} ms`) }
  return io.github(token, { ...(io.env.GITHUB_API_URL && { baseUrl: io.env.GITHUB_API_URL }), retry, timeoutMs: requestTimeoutFromEnv(io.env), log: io.debug })
}

/**
 * A run that stopped before its report (an input that cannot be used, a leg whose shard
 * does not match its plan): the job summary says why, and the pull request comment of an
 * earlier run of this job, if there is one, is corrected, so that its ✅ does not stand for
 * a run that checked nothing. No comment is created: the failed step says it already.
 * A plan job writes no summary, and corrects a comment only with a `comment-key` of its own
 * (the aggregate job's, shared with it): the default key names the job, so the plan job's
 * would find no comment, and a failed plan runs no aggregate job to correct it.
 * Failures here are only logged: the step fails with `message` anyway.
 */
async function reportStoppedRun(io: ActionsIO, inputs: ActionInputs, message: string): Promise<void> {
  const empty = emptyReport()
  const plan = inputs.mode === 'plan'
  const problems = [plan ? `the plan job failed, so no check job ran: ${message}` : `the check stopped before its report: ${message}`]
  if (inputs.summary && !plan) {
    try {
      await io.writeSummary(renderSummary(empty, { problems }))
    } catch (error) {
      io.debug(`cannot write the job summary after the failure: ${fileErrorText(error, 'write')}`)
    }
  }
  // A fan-out leg never comments (the aggregate job does).
  if (!inputs.comment || inputs.shard || !inputs.token || (plan && !inputs.commentKey)) return
  const pr = await readPullRequest(io)
  if (!pr || pr.readOnlyToken) return
  try {
    const api = githubClient(io, inputs, inputs.token)
    const url = runUrl(io.env)
    const result = await upsertComment(api, pr, commentKey(inputs, io.env), renderComment(empty, { ...(url && { runUrl: url }), summary: inputs.summary && !plan, ...(plan && { runLinkText: "workflow run (the plan job's log)" }), problems }), { create: false })
    if (result.action === 'updated') io.info(`pull request comment updated to say the ${plan ? 'plan failed' : 'check stopped'}${result.url ? `: ${result.url}` : ''}`)
    // A plan job never posts one (its comment-key is the aggregate job's): a first run with no
    // comment yet, or a job whose token may not edit it (no "pull-requests: write").
    else if (plan) io.info(`no pull request comment of comment-key "${inputs.commentKey}" that this job's token may update: none corrected`)
  } catch (error) {
    const why = `cannot update the pull request comment after the failure: ${errorMessage(error)}`
    // A plan job was given its comment-key to correct the comment: its log says why it could
    // not (its job has no "pull-requests: write", say).
    if (plan) io.info(why)
    else io.debug(why)
  }
}

/**
 * The warning for inputs given to a mode that does not read them, which a reader of the
 * workflow would think do something there; undefined when none is.
 *
 * @param names - the inputs, each a name when it was given (a value other than its default), else falsy
 * @param does - what the mode does instead, as `which …`
 * @param where - the jobs to set them on
 */
function noEffect(names: ReadonlyArray<string | false | undefined>, mode: ActionInputs['mode'], does: string, where: string): string | undefined {
  const given = names.filter((x): x is string => typeof x === 'string' && x !== '').map((x) => `"${x}"`)
  if (given.length === 0) return undefined
  return `input ${given.length > 1 ? `${given.slice(0, -1).join(', ')} and ${given.at(-1)}` : given[0]} ha${given.length === 1 ? 's' : 've'} no effect with mode: ${mode}, ${does}: set ${given.length === 1 ? 'it' : 'them'} on ${where}`
}

/** What mode: plan does, for its warnings about the inputs it does not read. */
const PLAN_DOES = 'which only plans the check jobs (outputs "matrix" and "count")'

/**
 * The warnings about inputs this job's mode does not read (noEffect()), each a line of one
 * annotation. Defaults never count: `matrix` only when it is not action.yml's default, which
 * every job that does not set it is given. Computed from the inputs alone, so a run that stops
 * before its report still says them.
 */
function unusedInputWarnings(inputs: ActionInputs): string[] {
  const maxJobs = inputs.maxJobs !== MATRIX_MAX_JOBS && 'max-jobs'
  const lines =
    inputs.mode === 'plan'
      ? [
          // What the check and aggregate jobs read, given to the plan (a `with:` copied from one of them, say).
          noEffect([inputs.sarif && 'sarif', inputs.html && 'html', inputs.resultsFile && 'results-file', !inputs.annotations && 'annotations', !inputs.summary && 'summary', inputs.failOn !== 'error' && 'fail-on', inputs.results && 'results'], 'plan', PLAN_DOES, 'the aggregate job'),
          noEffect([inputs.shard && 'shard'], 'plan', PLAN_DOES, 'the check jobs (shard: ${{ matrix.shard }})'),
        ]
      : inputs.mode === 'aggregate'
        ? [
            // The legs chose the boards and kernels, and the results say which: a filter given
            // here filters nothing, which a reader of the workflow would not guess. In a fan-out
            // the plan job takes `boards` and `kernel` and hands them to the legs through its
            // matrix; `shard` is the legs' own.
            noEffect([inputs.boards && 'boards', inputs.kernels && 'kernel'], 'aggregate', 'which merges what the check jobs checked (their results record their boards and kernels)', 'the plan job, whose matrix gives the check jobs their boards and kernels (${{ matrix.boards }}, ${{ matrix.kernel }})'),
            noEffect([inputs.shard && 'shard'], 'aggregate', 'which merges what the check jobs checked (their results record their shards)', 'the check jobs (shard: ${{ matrix.shard }})'),
            noEffect([(inputs.matrix.length !== 1 || inputs.matrix[0] !== DEFAULT_MATRIX_INPUT) && 'matrix', maxJobs], 'aggregate', "which merges the check jobs' results files (input \"results\")", 'the plan job'),
          ]
        : [
            // `results` is aggregate's input: a job given it most likely lacks `mode: aggregate`, and
            // then checks the default matrix, failing with a message about that file alone.
            inputs.results && `input "results" has no effect with mode: check, which checks the matrix files (input "matrix"): to merge the check jobs' results files, set mode: aggregate`,
            // `max-jobs` is the plan's (`shard` is a leg's own).
            noEffect([maxJobs], 'check', 'which checks the matrix files (input "matrix")', 'the plan job'),
          ]
  return lines.filter((w): w is string => typeof w === 'string' && w !== '')
}

/** mode: plan — outputs `matrix` and `count`; parses, validates and decodes, never simulates. */
async function plan(io: ActionsIO, inputs: ActionInputs): Promise<void> {
  // Said before anything can fail, in one annotation.
  const unused = unusedInputWarnings(inputs)
  if (unused.length > 0) io.annotate('warning', unused.join('\n'))
  // A pattern that names no file, or a file that cannot be read, has boards no leg would
  // check: the plan fails, naming every such pattern and file (as a check job does).
  const { files, problems: unreadable } = resolveMatrixPatterns(inputs.matrix, inputs.workspace)
  const texts: Array<{ path: string; text: string }> = []
  for (const file of files) {
    try {
      texts.push({ path: toLegPattern(file), text: await io.readFile(join(inputs.workspace, file)) })
    } catch (error) {
      if (!isFileError(error)) throw error
      unreadable.push(cannotRead('matrix file', file, error))
    }
  }
  if (unreadable.length > 0) throw new ConfigurationError(unreadable.join('\n'))
  const result = planFanout(texts, { ...(inputs.boards && { boards: inputs.boards }), ...(inputs.kernels && { kernels: inputs.kernels }), maxJobs: inputs.maxJobs })
  const jobs = result.matrix.include
  for (const [key, what, fix] of [
    ['boards', 'board ids', ''],
    // A board id in many files is one unit: more jobs do not split its files.
    ['files', 'matrix file names', ', or plan fewer matrix files in one plan job (input "matrix")'],
  ] as const) {
    const long = jobs.find((j) => Buffer.byteLength(j[key]) > LEG_INPUT_MAX_BYTES)
    if (long) throw new ConfigurationError(`job ${long.shard} would get ${Buffer.byteLength(long[key])} bytes of ${what} (more than an input can carry): raise input "max-jobs" (now ${inputs.maxJobs})${fix}`)
  }
  const json = JSON.stringify(result.matrix)
  if (Buffer.byteLength(json) > JOB_OUTPUT_MAX_BYTES) {
    throw new ConfigurationError(`the plan for ${result.boards} board(s) is ${Buffer.byteLength(json)} bytes, more than GitHub's 1 MB per job output: plan the matrix files in separate jobs (input "matrix") or narrow input "boards"`)
  }
  const loads = jobs.map((j) => j.layouts)
  io.info(
    jobs.length === 0
      ? // A file with no board (or a syntax error) gets a job that reports it: only a "boards"
        // filter that matches nothing leaves no job, and the plan fails for it below.
        `${TOOL_NAME}: ${inputs.boards ? `no board of the ${files.length} file(s) matches input "boards"` : `nothing to check in ${files.length} file(s)`}: the matrix is {"include":[]} and count is 0`
      : `${TOOL_NAME}: ${jobs.length} job(s) for ${result.fileBoards} board(s)${result.fileBoards !== result.boards ? ` (${result.boards} board id(s): an id in several files is checked by one job)` : ''} and ${result.layouts} layout(s) from ${files.length} file(s); layouts per job ${Math.min(...loads)}–${Math.max(...loads)}${result.problemFiles > 0 ? `; ${result.problemFiles} file(s) with no board to check, whose problems (a syntax error, a file over a limit …) a job reports` : ''}`,
  )
  io.setOutput('matrix', json)
  io.setOutput('count', jobs.length)
  // After the outputs: a pattern of input "boards" that matches no board is a typo or a stale
  // id, and a plan that quietly leaves it out would pass.
  if (result.unmatchedBoards.length > 0) throw new ConfigurationError(unmatchedBoardsMessage(result.unmatchedBoards, files))
}

/** `cannot read <what> <file>: <why in words>` (the CLI's words: src/file-errors.ts). */
function cannotRead(what: string, file: string, error: unknown): string {
  return `cannot read ${what} ${file}: ${fileErrorText(error)}`
}

function unmatchedBoardsMessage(patterns: readonly string[], files: readonly string[]): string {
  return `input "boards": ${patterns.map((p) => JSON.stringify(p)).join(', ')} ${patterns.length === 1 ? 'matches' : 'match'} no board id in ${files.length > 0 ? files.join(', ') : 'the matrix files'}${patterns.map(spaceSeparatedHint).find((h) => h !== '') ?? ''}`
}

/** mode: check — the matrix files (one leg of a fan-out with `shard`). */
async function checkFiles(io: ActionsIO, inputs: ActionInputs): Promise<Outcome> {
  // A leg checks the kernels its plan balanced, or nothing: its results would look complete.
  const shard = inputs.shard
  const mismatch = shard && legKernelMismatch(shard, inputs.kernels ?? [])
  if (mismatch) throw new ConfigurationError(mismatch)
  // A matrix file that is missing or unreadable fails the step, after the others are checked.
  const { files, problems } = resolveMatrixPatterns(inputs.matrix, inputs.workspace)
  const reports: Report[] = []
  const ids: string[] = []
  // Findings name each file from its repository's root (checkout `path:`), as GitHub places annotations and SARIF results.
  const named = repositoryPaths(files, inputs.workspace)
  for (const [i, file] of files.entries()) {
    let text: string
    try {
      text = await io.readFile(join(inputs.workspace, file))
    } catch (error) {
      // The file system's refusal (an errno code: EACCES, EISDIR …) is the file's problem;
      // anything else is unexpected and ends the run as an internal error.
      if (!isFileError(error)) throw error
      problems.push(cannotRead('matrix file', file, error))
      continue
    }
    // The library's info lines quote the file's name, which the checkout chose.
    reports.push(check(text, named[i]!.path, { ...(inputs.boards && { boards: inputs.boards }), ...(inputs.kernels && { kernels: inputs.kernels }), logger: { debug: io.debug, info: (m) => logUntrusted(io, visibleText(m)) }, onBoardIds: (found) => ids.push(...found) }))
  }
  const report = mergeReports(reports)
  const unmatched = unmatchedPatterns(inputs.boards ?? [], ids)
  // A leg's boards come from the plan, which checked the patterns against every file: the
  // aggregate job tells a board that left its files after the plan from the plan's filter
  // carried by a leg of whole files, which matches no board of its own.
  if (unmatched.length > 0 && inputs.shard === undefined) problems.push(unmatchedBoardsMessage(unmatched, report.files))
  // The results file records `k/n` (what aggregate counts) and the override apart, and why
  // this leg fails: its report lacks what those problems name, which aggregate must say.
  const roots = [...new Set(named.map((n) => n.root))]
  const srcRoot = roots.length === 0 ? inputs.workspace : roots.length === 1 ? roots[0] : undefined
  // The aggregate job's SARIF needs the repository the paths start from, as this workspace has it.
  const root = srcRoot !== undefined ? relative(resolve(inputs.workspace), resolve(srcRoot)).split(sep).join('/') : undefined
  // Which commit: the aggregate job tells an older run's results from this run's.
  const commit = shard ? ((srcRoot !== undefined ? await checkedOutCommit(io.readFile, join(srcRoot, '.git')) : undefined) ?? io.env.GITHUB_SHA) : undefined
  const leg = shard ? { shard: `${shard.k}/${shard.n}`, files, boards: inputs.boards ?? [], kernel: inputs.kernels ?? [], ...(root !== undefined && { root }), ...(commit && { commit }), ...(unmatched.length > 0 && { unmatchedBoards: unmatched }), ...(problems.length > 0 && { problems: [...problems] }) } : undefined
  const warnings = unusedInputWarnings(inputs)
  return { report, ...(leg && { leg }), problems, warnings, ...(srcRoot !== undefined && { srcRoot }) }
}

/** mode: aggregate — merges the legs' results files. */
async function aggregate(io: ActionsIO, inputs: ActionInputs): Promise<Outcome> {
  // A results pattern that matches nothing, or a results file that cannot be read or is not
  // one, fails the step after the others are merged (as a missing matrix file does in check):
  // the comment and the summary then say so, instead of an earlier run's ✅ staying.
  const { files: paths, problems: unmatched } = resolveResultsPatterns(inputs.results ?? [], inputs.workspace, io.env.RUNNER_TEMP || undefined)
  const legs: LegResults[] = []
  const unreadable: string[] = []
  for (const path of paths) {
    const shown = shownPath(path, inputs.workspace)
    let text: string
    try {
      text = await io.readFile(path)
    } catch (error) {
      if (!isFileError(error)) throw error
      unreadable.push(cannotRead('results file', shown, error))
      continue
    }
    try {
      legs.push(parseResults(text, shown))
    } catch (error) {
      if (!(error instanceof ConfigurationError)) throw error
      unreadable.push(error.message)
    }
  }
  const merged = mergeResults(legs, unreadable.length)
  const warnings = unusedInputWarnings(inputs)
  const shards = merged.shards ? `, ${merged.shards.seen.length} of ${merged.shards.total} shard(s)` : ''
  io.info(`${TOOL_NAME}: merged ${legs.length} results file(s)${shards}: ${merged.report.layouts.length} layout(s), ${merged.report.findings.length} finding(s) (${merged.duplicateFindings} document-level duplicate(s) folded)`)
  if (merged.shards && merged.shards.repeated.length > 0) io.info(`shard(s) ${merged.shards.repeated.join(', ')} appear in more than one results file; their layouts are kept once`)
  if (merged.duplicateLayouts.length > 0) {
    warnings.push(`${merged.duplicateLayouts.length} layout(s) appear in more than one results file and are counted once (e.g. ${merged.duplicateLayouts[0]}): give each check job its own matrix.boards and download each artifact once`)
  }
  // Only the legs' shards say how many results files there should be: without one, a check
  // job whose results are missing (failed, not uploaded or not downloaded) goes unnoticed.
  if (legs.length > 0 && !merged.shards) {
    warnings.push(`none of the ${legs.length} results file(s) records a shard (input "shard" of the check jobs), so whether the results of a check job are missing cannot be told: pass shard: \${{ matrix.shard }} to the check jobs`)
  }
  if (merged.otherVersions.length > 0) warnings.push(`results written by other versions of ${TOOL_NAME} (${merged.otherVersions.join(', ')}) were merged by ${VERSION}: use one version in every job`)
  const unrecorded = merged.kernelUnrecorded
  if (unrecorded.length > 0 && unrecorded.length < legs.length) {
    const names = `${unrecorded.slice(0, 20).join(', ')}${unrecorded.length > 20 ? ', …' : ''}`
    warnings.push(`${unrecorded.length} results file(s) do not record which kernels they checked (${names}: not a check job of a fan-out, or an older ${TOOL_NAME}); their kernels were not compared with the other jobs'`)
  }
  // The legs named the files from their repository's root, which they record relative to
  // their workspace (a checkout with `path:`); this job's checkout is taken to be laid out
  // alike, and to be that root where they record none (older results files).
  const srcRoot = merged.root !== undefined ? join(inputs.workspace, merged.root) : inputs.workspace
  return { report: merged.report, problems: [...unmatched, ...unreadable, ...merged.problems], warnings, srcRoot, ...(legs.length === 0 && { createComment: false }) }
}

/** Comment, files, annotations, summary, outputs and status for a report (check and aggregate). */
async function publish(io: ActionsIO, inputs: ActionInputs, paths: OutputPaths, outcome: Outcome, written: { sarif: boolean }): Promise<void> {
  const { report, leg } = outcome
  // The report quotes the matrix (ids, names, file names): never a workflow command. When no
  // file could be checked at all, its "✔ 0 problems" would read as a pass above the error that
  // says why (the CLI prints no report then either).
  if (report.files.length > 0 || outcome.problems.length === 0) logUntrusted(io, formatStylish(report))

  const status = new StatusMessages()
  for (const w of outcome.warnings) status.add('warning', w)
  const problems: string[] = [...outcome.problems]
  // What fails the step besides findings (a missing matrix file, a missing shard) is a
  // configuration problem of the run: SARIF has it as in a run that stopped early, the HTML
  // report at its top.
  const notifications = outcome.problems.map((message): ToolNotification => ({ kind: 'configuration', level: 'error', message, id: 'configuration-error' }))
  const outputs: Record<string, string | number> = {}

  // A fan-out leg never comments: only the aggregate job does, once, so legs cannot race.
  const comment = inputs.comment && !leg
  if (inputs.comment && leg) io.info(`shard ${leg.shard}: no pull request comment from a check job of a fan-out; the aggregate job posts it`)

  // The pull request: changed lines (annotation order) and the comment.
  const pr = inputs.annotations || comment ? await readPullRequest(io) : undefined
  let api: ReturnType<ActionsIO['github']> | undefined
  try {
    if (pr && inputs.token) api = githubClient(io, inputs, inputs.token)
  } catch (error) {
    status.add('warning', `cannot set up the GitHub API client: ${errorMessage(error)}`)
  }
  let changedLines: ChangedLines | undefined
  if (api && pr && inputs.annotations) {
    try {
      changedLines = changedLinesByFile(await api.listPullRequestFiles(pr), new Set(report.files))
    } catch (error) {
      io.info(`cannot list the pull request's files (${errorMessage(error)}); annotations are ordered by severity and file position only`)
    }
  }
  // Locations link to their lines only in what GitHub renders (summary, comment).
  const link = inputs.summary || comment ? await sourceLink(io, inputs.workspace, outcome.srcRoot) : undefined
  if (comment) await postComment(io, inputs, report, problems, pr, api, status, outputs, link, outcome.createComment !== false)

  // Files: results JSON (always), SARIF, HTML.
  // A file that cannot be written is named as the input has it (the default results file: where it is).
  const resultsFile = paths.results
  try {
    // What fails the step besides findings is in the file as in the CLI's JSON (a check job of a
    // fan-out has it in its `fanout` record, which aggregate reads).
    const withProblems = !leg && outcome.problems.length > 0 ? { ...report, problems: [...outcome.problems] } : report
    await io.writeFile(resultsFile, formatResults(withProblems, leg))
    outputs['results-file'] = resultsFile
  } catch (error) {
    problems.push(`cannot write the results file ${inputs.resultsFile ?? resultsFile}${inputs.resultsFile ? ' (input "results-file")' : ''}: ${fileErrorText(error, 'write')}`)
  }
  if (paths.sarif && inputs.sarif) {
    const sarifFile = paths.sarif
    try {
      const srcRoot = outcome.srcRoot !== undefined ? { srcRoot: `${pathToFileURL(outcome.srcRoot).href.replace(/\/?$/, '/')}` } : {}
      const sarifContext = { ...srcRoot, maxResults: SARIF_MAX_RESULTS, ...(notifications.length > 0 && { notifications, executionSuccessful: false }) }
      await io.writeFile(sarifFile, formatSarif(report, sarifContext))
      written.sarif = true
      outputs['sarif-file'] = sarifFile
      const results = sarifResultGroups(report.findings).length
      if (results > SARIF_MAX_RESULTS) {
        status.add('warning', `the SARIF file ${inputs.sarif} holds the ${SARIF_MAX_RESULTS} most severe of ${results} results (one per rule and board value, naming its layouts): GitHub code scanning rejects a run with more than ${SARIF_MAX_RESULTS} results`)
      }
    } catch (error) {
      problems.push(`cannot write the SARIF file ${inputs.sarif} (input "sarif"): ${fileErrorText(error, 'write')}`)
    }
  }
  if (inputs.html) {
    const html = (formatters as Record<string, Formatter | undefined>).html
    if (!html) {
      status.add('notice', `input "html" (${inputs.html}): this version of ${TOOL_NAME} has no HTML report yet; nothing was written`)
    } else {
      const htmlFile = paths.html ?? confineOutputPath('html', inputs.html, inputs.workspace, io.env.RUNNER_TEMP || undefined)
      try {
        // What fails the step besides findings heads the page, as in the SARIF run.
        await io.writeFile(htmlFile, html(report, notifications.length > 0 ? { notifications } : {}))
        outputs['html-file'] = htmlFile
      } catch (error) {
        problems.push(`cannot write the HTML report ${inputs.html} (input "html"): ${fileErrorText(error, 'write')}`)
      }
    }
  }

  // Annotations within the caps, keeping one slot per level the action itself needs.
  const willFail = failsAt(report, inputs.failOn) || problems.length > 0
  let annotationPlan: AnnotationPlan = { emit: [], overflow: [] }
  if (inputs.annotations) {
    const reserve = (overflowNotice: boolean) => ({ error: willFail ? 1 : 0, warning: status.count('warning'), notice: Math.max(status.count('notice'), overflowNotice ? 1 : 0) })
    annotationPlan = annotationsKeeping(report, reserve, changedLines ? { changedLines } : {})
  }
  const overflowNotice = (count: number, where: string) => `${count} more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in ${where}`
  // Where the overflow notice sits, to point it at the step's log if the summary fails.
  const overflowAt = annotationPlan.overflow.length > 0 ? status.byLevel.notice.length : -1
  if (overflowAt >= 0) status.add('notice', overflowNotice(annotationPlan.overflow.length, inputs.summary ? 'the job summary' : "this step's log"))
  let summaryWritten = false
  if (inputs.summary) {
    try {
      // The overflow notice is for the annotations: the summary has its own section on it.
      const notes = status.all().filter((m) => overflowAt < 0 || m !== status.byLevel.notice[overflowAt])
      await io.writeSummary(renderSummary(report, { overflow: annotationPlan.overflow, kernelFrom: kernelFrom(inputs), problems, notes, ...(link && { link }) }))
      summaryWritten = true
    } catch (error) {
      // The slots were planned without this warning: when it is the first of the action's
      // own, it takes the last warning finding's slot (that finding stays in this step's log).
      let dropped = 0
      if (status.count('warning') === 0) {
        const warnings = annotationPlan.emit.filter((a) => a.level === 'warning')
        if (warnings.length >= MAX_PER_LEVEL) {
          const last = warnings[warnings.length - 1]!
          annotationPlan.emit.splice(annotationPlan.emit.lastIndexOf(last), 1)
          // One annotation may stand for several findings (their layouts).
          dropped = last.findings.length
        }
      }
      // The findings not annotated are then in the step's log only, the dropped one included:
      // the overflow notice says so, or, without one (no notice slot was kept), this warning.
      const overflow = annotationPlan.overflow.length + dropped
      if (overflowAt >= 0) status.byLevel.notice[overflowAt] = overflowNotice(overflow, "this step's log")
      const untold = overflowAt < 0 && dropped > 0 ? `; ${dropped} warning finding${dropped === 1 ? ' is' : 's are'} in this step's log only` : ''
      status.add('warning', `cannot write the job summary: ${fileErrorText(error, 'write')}${untold}`)
    }
  }
  for (const a of annotationPlan.emit) io.annotate(a.level, a.message, annotationProperties(a))
  for (const level of ['warning', 'notice'] as const) {
    const messages = status.byLevel[level]
    if (messages.length > 0) io.annotate(level, messages.join('\n'))
  }

  const c = report.counts
  const failures: string[] = [...problems]
  try {
    io.setOutput('errors', c.error)
    io.setOutput('warnings', c.warning)
    io.setOutput('notes', c.note)
    io.setOutput('suppressed', c.suppressed)
    io.setOutput('findings', c.error + c.warning + c.note)
    io.setOutput('layouts', report.layouts.length)
    for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value)
  } catch (error) {
    // GITHUB_OUTPUT unwritable: the step fails for it, and still for its findings (below).
    failures.push(`cannot set the step's outputs: ${fileErrorText(error, 'write')}`)
  }
  if (failsAt(report, inputs.failOn)) {
    // The full report is always in this step's log (formatStylish above); the summary only when written.
    const see = [...(inputs.annotations ? ['the annotations'] : []), summaryWritten ? 'the job summary' : "this step's log"].join(' and ')
    const atOrAbove = c.error + (inputs.failOn === 'error' ? 0 : c.warning) + (inputs.failOn === 'note' ? c.note : 0)
    failures.push(`${TOOL_NAME}: ${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s); ${atOrAbove} finding(s) at or above fail-on=${inputs.failOn}: see ${see}`)
  }
  if (failures.length > 0) io.setFailed(failures.join('\n'))
}

/** Creates or updates the PR comment; every way it can fail becomes a notice or a warning. */
async function postComment(
  io: ActionsIO,
  inputs: ActionInputs,
  report: Report,
  problems: readonly string[],
  pr: PullRequestRef | undefined,
  api: ReturnType<ActionsIO['github']> | undefined,
  status: StatusMessages,
  outputs: Record<string, string | number>,
  link: SourceLink | undefined,
  create = true,
): Promise<void> {
  if (!pr) {
    io.debug('not a pull_request event: no comment')
    return
  }
  if (pr.readOnlyToken) {
    status.add('notice', `pull request comment skipped: #${pr.number} comes from a fork, and a pull_request run from a fork has a read-only token (annotations, summary and outputs are unaffected)`)
    return
  }
  if (!api) {
    status.add('notice', 'pull request comment skipped: input "token" is empty')
    return
  }
  const url = runUrl(io.env)
  try {
    const result = await upsertComment(api, pr, commentKey(inputs, io.env), renderComment(report, { ...(url && { runUrl: url }), summary: inputs.summary, kernelFrom: kernelFrom(inputs), problems, ...(link && { link }) }), { create })
    const others = result.ignored ? `; ${result.ignored} comment(s) with this job's marker written by someone else left alone` : ''
    const commentUrl = result.action === 'none' ? undefined : result.url
    if (result.action === 'none') io.info('no pull request comment: there is no report to show, and no earlier comment of this job to correct')
    else io.info(`pull request comment ${result.action}${commentUrl ? `: ${commentUrl}` : ''}${result.deleted ? ` (${result.deleted} duplicate(s) removed)` : ''}${others}`)
    if (commentUrl) outputs['comment-url'] = commentUrl
  } catch (error) {
    const e = error instanceof GitHubApiError ? error : undefined
    if (e && e.status === 401) {
      // Unauthenticated: no permission would help; the token itself is wrong or expired.
      status.add('notice', `pull request comment skipped: GitHub refused the token (HTTP 401: bad or expired credentials); check the "token" input`)
    } else if (e && (e.kind === 'permission' || e.kind === 'not-found')) {
      status.add('notice', `pull request comment skipped: the token may not comment on #${pr.number} (HTTP ${e.status}); grant "permissions: pull-requests: write" to post it`)
    } else {
      status.add('warning', `pull request comment not posted: ${errorMessage(error)}`)
    }
  }
}

/** On a configuration or internal error, still leave a SARIF file that says so (when the path is known). */
async function writeFailureSarif(io: ActionsIO, inputs: ActionInputs | undefined, note: ToolNotification): Promise<void> {
  if (!inputs?.sarif) return
  const empty = emptyReport()
  try {
    // Never outside the workspace or RUNNER_TEMP, even to report that the path input was wrong.
    const path = confineOutputPath('sarif', inputs.sarif, inputs.workspace, io.env.RUNNER_TEMP || undefined)
    // Not over a file the run reads (the error may be that the input names one).
    if (filesRead(inputs, io.env.RUNNER_TEMP || undefined).includes(canonicalPath(path))) return
    await io.writeFile(path, formatSarif(empty, { notifications: [note], executionSuccessful: false }))
  } catch (error) {
    io.debug(`cannot write the SARIF file ${inputs.sarif} after the failure: ${fileErrorText(error, 'write')}`)
  }
}
