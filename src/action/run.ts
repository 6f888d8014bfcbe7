// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action: inputs → check() → PR comment, files (results JSON, SARIF, HTML), job summary,
 * annotations, outputs, and the step's status. The only module calling setOutput / summary /
 * setFailed (through ActionsIO, whose real implementation is below). Everything stays inside
 * try: only setFailed may run outside a result.
 *
 * Order matters for GitHub's annotation caps (10 per level per step): the comment and the
 * files come first, so the action knows which notices and warnings of its own it will print
 * and keeps exactly that many slots free (one per level: its messages are merged).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import * as core from '@actions/core'
import { ConfigurationError, errorMessage } from '../errors.js'
import { createGitHubApi } from '../github/client.js'
import { upsertComment } from '../github/comment.js'
import { GitHubApiError } from '../github/errors.js'
import { changedLinesByFile } from '../github/patch.js'
import { pullRequestFromEvent, type PullRequestRef } from '../github/pull-request.js'
import { check, failsAt, mergeReports, type Report } from '../index.js'
import { annotationProperties, toAnnotations, type AnnotationPlan, type ChangedLines } from '../report/annotations.js'
import { formatters, formatJson, formatSarif, formatStylish, type Formatter, type ToolNotification } from '../report/formatters.js'
import { renderComment, renderSummary } from '../report/summary.js'
import { TOOL_NAME, VERSION } from '../version.js'
import { resolveMatrixFiles } from './files.js'
import { getInputs, type ActionInputs } from './inputs.js'
import type { ActionsIO, AnnotationLevelName } from './io.js'

/** The real ActionsIO over @actions/core and the file system. */
export function coreIO(): ActionsIO {
  return {
    inputs: () => getInputs(process.env),
    env: process.env,
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    annotate: (level, message, props) => (level === 'error' ? core.error(message, props) : level === 'warning' ? core.warning(message, props) : core.notice(message, props)),
    setOutput: (name, value) => core.setOutput(name, value),
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

function workspacePath(workspace: string, path: string): string {
  return isAbsolute(path) ? path : resolve(workspace, path)
}

/** The comment key: the input, or workflow/job plus a hash of what this job checks. */
function commentKey(inputs: ActionInputs, env: ActionsIO['env']): string {
  if (inputs.commentKey) return inputs.commentKey
  const what = JSON.stringify([inputs.matrix, inputs.boards ?? [], inputs.kernels ?? []])
  const hash = createHash('sha256').update(what).digest('hex').slice(0, 10)
  return `${env.GITHUB_WORKFLOW ?? 'workflow'}/${env.GITHUB_JOB ?? 'job'}/${hash}`
}

function runUrl(env: ActionsIO['env']): string | undefined {
  const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id } = env
  return repo && id ? `${server}/${repo}/actions/runs/${id}` : undefined
}

async function readPullRequest(io: ActionsIO): Promise<PullRequestRef | undefined> {
  const path = io.env.GITHUB_EVENT_PATH
  if (!path) return undefined
  try {
    return pullRequestFromEvent(io.env.GITHUB_EVENT_NAME, JSON.parse(await io.readFile(path)), io.env.GITHUB_REPOSITORY)
  } catch (error) {
    io.debug(`cannot read the event payload ${path}: ${errorMessage(error)}`)
    return undefined
  }
}

/** The placeholder `matrix` output: one entry per matrix file (fan-out by board comes later). */
function matrixOutput(report: Report): string {
  return JSON.stringify({ include: report.files.map((file) => ({ matrix: file })) })
}

/**
 * Runs the action once. Never throws: failures end in setFailed.
 *
 * @param io - the outside world (default: @actions/core and the file system)
 */
export async function run(io: ActionsIO = coreIO()): Promise<void> {
  let inputs: ActionInputs | undefined
  try {
    inputs = io.inputs()
    const files = resolveMatrixFiles(inputs.matrix, inputs.workspace)
    const reports: Report[] = []
    for (const file of files) {
      const text = await io.readFile(join(inputs.workspace, file))
      reports.push(check(text, file, { ...(inputs.boards && { boards: inputs.boards }), ...(inputs.kernels && { kernels: inputs.kernels }), logger: { debug: io.debug, info: io.info } }))
    }
    const report = mergeReports(reports)
    io.info(formatStylish(report))

    const status = new StatusMessages()
    const problems: string[] = []
    const outputs: Record<string, string | number> = {}

    // The pull request: changed lines (annotation order) and the comment.
    const pr = inputs.annotations || inputs.comment ? await readPullRequest(io) : undefined
    const retry = { ...(inputs.retryDelayMs !== undefined && { baseDelayMs: inputs.retryDelayMs }), onRetry: (e: GitHubApiError, n: number, ms: number) => io.info(`${e.message}; retry ${n} in ${ms} ms`) }
    let api: ReturnType<ActionsIO['github']> | undefined
    try {
      if (pr && inputs.token) api = io.github(inputs.token, { ...(io.env.GITHUB_API_URL && { baseUrl: io.env.GITHUB_API_URL }), retry, log: io.debug })
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
    if (inputs.comment) await postComment(io, inputs, report, pr, api, status, outputs)

    // Files: results JSON (always), SARIF, HTML.
    const resultsFile = inputs.resultsFile ? workspacePath(inputs.workspace, inputs.resultsFile) : join(io.env.RUNNER_TEMP || tmpdir(), 'crashkernel-check-results.json')
    try {
      await io.writeFile(resultsFile, formatJson(report))
      outputs['results-file'] = resultsFile
    } catch (error) {
      problems.push(`cannot write the results file ${resultsFile}: ${errorMessage(error)}`)
    }
    if (inputs.sarif) {
      const sarifFile = workspacePath(inputs.workspace, inputs.sarif)
      try {
        await io.writeFile(sarifFile, formatSarif(report, { srcRoot: `${pathToFileURL(inputs.workspace).href.replace(/\/?$/, '/')}` }))
        outputs['sarif-file'] = sarifFile
      } catch (error) {
        problems.push(`cannot write the SARIF file ${sarifFile} (input "sarif"): ${errorMessage(error)}`)
      }
    }
    if (inputs.html) {
      const html = (formatters as Record<string, Formatter | undefined>).html
      if (!html) {
        status.add('notice', `input "html" (${inputs.html}): this version of ${TOOL_NAME} has no HTML report yet; nothing was written`)
      } else {
        const htmlFile = workspacePath(inputs.workspace, inputs.html)
        try {
          await io.writeFile(htmlFile, html(report))
          outputs['html-file'] = htmlFile
        } catch (error) {
          problems.push(`cannot write the HTML report ${htmlFile} (input "html"): ${errorMessage(error)}`)
        }
      }
    }

    // Annotations within the caps, keeping one slot per level the action itself needs.
    const willFail = failsAt(report, inputs.failOn) || problems.length > 0
    let plan: AnnotationPlan = { emit: [], overflow: [] }
    if (inputs.annotations) {
      const reserve = (overflowNotice: boolean) => ({ error: willFail ? 1 : 0, warning: status.count('warning'), notice: Math.max(status.count('notice'), overflowNotice ? 1 : 0) })
      plan = toAnnotations(report, { ...(changedLines && { changedLines }), reserved: reserve(false) })
      if (plan.overflow.length > 0 && status.count('notice') === 0) plan = toAnnotations(report, { ...(changedLines && { changedLines }), reserved: reserve(true) })
      if (plan.overflow.length > 0) status.add('notice', `${plan.overflow.length} more finding(s) not shown as annotations (GitHub shows at most 10 per level in a step); all are listed in the job summary`)
    }
    if (inputs.summary) {
      try {
        await io.writeSummary(renderSummary(report, { overflow: plan.overflow, notes: status.all().concat(problems) }))
      } catch (error) {
        status.add('warning', `cannot write the job summary: ${errorMessage(error)}`)
      }
    }
    for (const a of plan.emit) io.annotate(a.level, a.message, annotationProperties(a))
    for (const level of ['warning', 'notice'] as const) {
      const messages = status.byLevel[level]
      if (messages.length > 0) io.annotate(level, messages.join('\n'))
    }

    const c = report.counts
    io.setOutput('errors', c.error)
    io.setOutput('warnings', c.warning)
    io.setOutput('notes', c.note)
    io.setOutput('suppressed', c.suppressed)
    io.setOutput('findings', c.error + c.warning + c.note)
    io.setOutput('layouts', report.layouts.length)
    io.setOutput('matrix', matrixOutput(report))
    for (const [name, value] of Object.entries(outputs)) io.setOutput(name, value)

    const failures: string[] = [...problems]
    if (failsAt(report, inputs.failOn)) {
      failures.push(`${TOOL_NAME}: ${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s) at or above fail-on=${inputs.failOn}; see the annotations and the job summary`)
    }
    if (failures.length > 0) io.setFailed(failures.join('\n'))
  } catch (error) {
    const configuration = error instanceof ConfigurationError
    const message = configuration ? error.message : `Internal error: ${errorMessage(error)}`
    await writeFailureSarif(io, inputs, { kind: configuration ? 'configuration' : 'execution', level: 'error', message, id: configuration ? 'configuration-error' : 'internal-error' })
    io.setFailed(message)
  }
}

/** Creates or updates the PR comment; every way it can fail becomes a notice or a warning. */
async function postComment(
  io: ActionsIO,
  inputs: ActionInputs,
  report: Report,
  pr: PullRequestRef | undefined,
  api: ReturnType<ActionsIO['github']> | undefined,
  status: StatusMessages,
  outputs: Record<string, string | number>,
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
    const result = await upsertComment(api, pr, commentKey(inputs, io.env), renderComment(report, { ...(url && { runUrl: url }) }))
    io.info(`pull request comment ${result.action}${result.url ? `: ${result.url}` : ''}${result.deleted ? ` (${result.deleted} duplicate(s) removed)` : ''}`)
    if (result.url) outputs['comment-url'] = result.url
  } catch (error) {
    const e = error instanceof GitHubApiError ? error : undefined
    if (e && (e.kind === 'permission' || e.kind === 'not-found')) {
      status.add('notice', `pull request comment skipped: the token may not comment on #${pr.number} (HTTP ${e.status}); grant "permissions: pull-requests: write" to post it`)
    } else {
      status.add('warning', `pull request comment not posted: ${errorMessage(error)}`)
    }
  }
}

/** On a configuration or internal error, still leave a SARIF file that says so (when the path is known). */
async function writeFailureSarif(io: ActionsIO, inputs: ActionInputs | undefined, note: ToolNotification): Promise<void> {
  if (!inputs?.sarif) return
  const empty: Report = { tool: { name: TOOL_NAME, version: VERSION }, files: [], findings: [], layouts: [], counts: { error: 0, warning: 0, note: 0, suppressed: 0 } }
  try {
    await io.writeFile(workspacePath(inputs.workspace, inputs.sarif), formatSarif(empty, { notifications: [note], executionSuccessful: false }))
  } catch (error) {
    io.debug(`cannot write the SARIF file after the failure: ${errorMessage(error)}`)
  }
}
