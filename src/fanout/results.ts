// SPDX-License-Identifier: GPL-2.0-only
/**
 * The results file, pure: the JSON report a check writes (output `results-file`), with a
 * `fanout` record when the check is one leg of a fan-out, and its way back into a Report
 * for the aggregate job (addresses and sizes, written as `"0x%016x"` strings, become bigint
 * again so the summary can draw memory maps).
 */
import { ConfigurationError } from '../errors.js'
import { countFindings } from '../index.js'
import { bigintReplacer } from '../report/json.js'
import type { Finding, LayoutReport, Report } from '../report/types.js'
import { TOOL_NAME } from '../version.js'

/** Which part of a fan-out a results file covers (its `fanout` property). */
export interface LegInfo {
  /** `k/n` from the plan, when the leg was given one. */
  shard?: string
  /** The matrix files the leg checked. */
  files: string[]
  /** The `boards` filter the leg ran with (empty: every board of `files`). */
  boards: string[]
}

/** A results file read back. */
export interface LegResults {
  /** Where it came from (for messages). */
  source: string
  report: Report
  leg?: LegInfo
}

/**
 * Formats the results file: the report as JSON (as formatJson does), plus `fanout` for a leg.
 *
 * @param report - the report
 * @param leg - the leg's shard, files and boards, if it is one
 * @returns indented JSON with one trailing newline
 */
export function formatResults(report: Report, leg?: LegInfo): string {
  return `${JSON.stringify(leg ? { ...report, fanout: leg } : report, bigintReplacer, 2)}\n`
}

const HEX64 = /^0x[0-9a-f]{16}$/

/** Turns the `"0x%016x"` strings bigintReplacer wrote back into bigint, everywhere below `value`. */
function reviveBigints(value: unknown): unknown {
  if (typeof value === 'string') return HEX64.test(value) ? BigInt(value) : value
  if (Array.isArray(value)) return value.map(reviveBigints)
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = reviveBigints(v)
    return out
  }
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string')
const SEVERITIES = new Set(['error', 'warning', 'note'])

function checkFinding(f: unknown): f is Finding {
  return isObject(f) && typeof f.ruleId === 'string' && typeof f.file === 'string' && typeof f.message === 'string' && typeof f.pointer === 'string' && SEVERITIES.has(f.severity as string)
}

function checkLayout(l: unknown): l is Record<string, unknown> {
  return isObject(l) && typeof l.file === 'string' && typeof l.boardId === 'string' && typeof l.layoutName === 'string' && typeof l.pointer === 'string' && isObject(l.result)
}

/**
 * Reads a results file back into a report.
 *
 * Only the simulation results (`layouts[].result`, `layouts[].devices`) hold bigints; the
 * findings' strings (messages, data) are kept as written.
 *
 * @param text - the file's content
 * @param source - its path, for messages
 * @returns the report and, for a leg, its fan-out record
 * @throws ConfigurationError when the text is not a crashkernel-check results file
 */
export function parseResults(text: string, source: string): LegResults {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`results file ${source} is not JSON (${error instanceof Error ? error.message : String(error)}); input "results" must name the results files of the check jobs`)
  }
  const notOurs = (why: string) =>
    new ConfigurationError(`${source} is not a ${TOOL_NAME} results file (${why}); input "results" must name the results files the check jobs wrote (their output "results-file")`)
  if (!isObject(value) || !isObject(value.tool) || value.tool.name !== TOOL_NAME) throw notOurs('no tool.name "crashkernel-check"')
  if (!isStringArray(value.files) || !Array.isArray(value.findings) || !Array.isArray(value.layouts)) throw notOurs('files, findings or layouts missing')
  const bad = value.findings.findIndex((f) => !checkFinding(f))
  if (bad >= 0) throw notOurs(`findings[${bad}] is malformed`)
  const badLayout = value.layouts.findIndex((l) => !checkLayout(l))
  if (badLayout >= 0) throw notOurs(`layouts[${badLayout}] is malformed`)

  const findings = (value.findings as Finding[]).map((f) => ({ ...f, data: isObject(f.data) ? f.data : {}, evidence: Array.isArray(f.evidence) ? f.evidence : [] }))
  const layouts = (value.layouts as Array<Record<string, unknown>>).map(
    (l) => ({ ...l, result: reviveBigints(l.result), ...(Array.isArray(l.devices) && { devices: reviveBigints(l.devices) }) }) as unknown as LayoutReport,
  )
  const tool = { name: TOOL_NAME, version: typeof value.tool.version === 'string' ? value.tool.version : 'unknown' }
  // Counts are recomputed rather than trusted.
  const report: Report = { tool, files: value.files, findings, layouts, counts: countFindings(findings) }

  const fanout = value.fanout
  if (fanout === undefined) return { source, report }
  if (!isObject(fanout) || !isStringArray(fanout.files) || !isStringArray(fanout.boards) || (fanout.shard !== undefined && typeof fanout.shard !== 'string')) throw notOurs('malformed "fanout"')
  return { source, report, leg: { ...(fanout.shard !== undefined && { shard: fanout.shard }), files: fanout.files, boards: fanout.boards } }
}
