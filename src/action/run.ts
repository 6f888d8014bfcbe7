// SPDX-License-Identifier: GPL-2.0-only
/**
 * The action: inputs → check() → annotations, job summary, outputs, results file, and the
 * step's status. The only module calling setOutput / summary / setFailed; everything else
 * is the library. Everything stays inside try: only setFailed may run outside a result.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { check, failsAt, formatJson, formatMarkdown, formatStylish, mergeReports, toAnnotations, type Report } from '../index.js'
import { ConfigurationError, errorMessage } from '../errors.js'
import { resolveMatrixFiles } from './files.js'
import { getInputs } from './inputs.js'

/** Runs the action once. Never throws: failures end in core.setFailed. */
export async function run(): Promise<void> {
  try {
    const inputs = getInputs()
    const files = resolveMatrixFiles(inputs.matrix, inputs.workspace)
    const reports: Report[] = []
    for (const file of files) {
      const text = await readFile(join(inputs.workspace, file), 'utf8')
      reports.push(check(text, file, { ...(inputs.boards && { boards: inputs.boards }), ...(inputs.kernels && { kernels: inputs.kernels }), logger: { debug: core.debug, info: core.info } }))
    }
    const report = mergeReports(reports)
    core.info(formatStylish(report))

    const plan = inputs.annotations ? toAnnotations(report) : { emit: [], overflow: report.findings.filter((f) => !f.suppressed) }
    for (const a of plan.emit) {
      const props = { title: a.title, file: a.file, startLine: a.startLine, endLine: a.endLine, startColumn: a.startColumn, endColumn: a.endColumn }
      if (a.level === 'error') core.error(a.message, props)
      else if (a.level === 'warning') core.warning(a.message, props)
      else core.notice(a.message, props)
    }
    if (inputs.summary) {
      try {
        await core.summary.addRaw(formatMarkdown(report, { overflow: inputs.annotations ? plan.overflow : [] })).write()
      } catch (error) {
        core.warning(`could not write the job summary: ${errorMessage(error)}`)
      }
    }
    const resultsFile = join(process.env.RUNNER_TEMP || tmpdir(), 'crashkernel-check-results.json')
    await writeFile(resultsFile, formatJson(report))
    if (inputs.sarif) core.warning(`input "sarif" (${inputs.sarif}): SARIF output is not implemented yet; nothing was written`)

    core.setOutput('errors', report.counts.error)
    core.setOutput('warnings', report.counts.warning)
    core.setOutput('notes', report.counts.note)
    core.setOutput('findings', report.counts.error + report.counts.warning + report.counts.note)
    core.setOutput('layouts', report.layouts.length)
    core.setOutput('results-file', resultsFile)

    if (failsAt(report, inputs.failOn)) {
      const c = report.counts
      core.setFailed(`crashkernel-check: ${c.error} error(s), ${c.warning} warning(s), ${c.note} note(s) at or above fail-on=${inputs.failOn}; see the annotations and the job summary`)
    }
  } catch (error) {
    core.setFailed(error instanceof ConfigurationError ? error.message : `Internal error: ${errorMessage(error)}`)
  }
}
