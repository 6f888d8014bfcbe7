// SPDX-License-Identifier: GPL-2.0-only
/**
 * The results file, pure: the JSON report a check writes (output `results-file`), with a
 * `fanout` record when the check is one leg of a fan-out, and its way back into a Report
 * for the aggregate job (addresses and sizes, written as `"0x%016x"` strings, become bigint
 * again so the summary can draw memory maps; the kernel override is the report's
 * `kernelOverride`, or in a leg's file written before reports had it, its `fanout.kernel`).
 */
import { ConfigurationError } from '../errors.js'
import { countFindings } from '../index.js'
import { jsonValuePosition, parseJsonFile } from '../matrix/parse.js'
import { bigintReplacer } from '../report/json.js'
import type { BoardSuggestion, Finding, LayoutReport, Report, UnsimulatedInput } from '../report/types.js'
import { TOOL_NAME } from '../version.js'
import validateReport from './generated/validate-report.cjs'

/** Which part of a fan-out a results file covers (its `fanout` property). */
export interface LegInfo {
  /** `k/n` from the plan, when the leg was given one. */
  shard?: string
  /** The matrix files the leg checked. */
  files: string[]
  /** The `boards` filter the leg ran with (empty: every board of `files`). */
  boards: string[]
  /**
   * The `kernel` input the leg ran with (empty: each board's own kernels). Always written;
   * undefined only when read back from a results file of a version that did not record it.
   */
  kernel?: string[]
  /**
   * The commit the leg checked: HEAD of the repository its files are in, else GITHUB_SHA.
   * Undefined when neither tells, or in an older results file.
   */
  commit?: string
  /**
   * The repository its file paths are relative to, relative to its workspace ('' for the
   * workspace itself); undefined when they lay in several, or in an older results file.
   */
  root?: string
  /**
   * The items of `boards` that match no board id in `files` (absent: none). Only the merge can
   * tell a plan's filter carried by a leg of whole files (it matches boards of other legs) from
   * a board id that left the files after the plan.
   */
  unmatchedBoards?: string[]
  /**
   * Why the leg fails although it wrote its results (a matrix file it could not find or
   * read): what they name is missing from its report, so the aggregate job fails with them.
   */
  problems?: string[]
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
 * @param leg - the leg's shard, files, boards and kernel override, if it is one
 * @returns indented JSON with one trailing newline
 */
export function formatResults(report: Report, leg?: LegInfo): string {
  return `${JSON.stringify(leg ? { ...report, fanout: leg } : report, bigintReplacer, 2)}\n`
}

const HEX64 = /^0x[0-9a-f]{16}$/

/**
 * Where schemas/report.schema.json puts a `hex64` (an address or size the engine holds as
 * bigint) below `layouts[].result` and in each of `layouts[].devices[]`: `.`-separated keys,
 * `[]` for the items of an array, `*` for every value of a map (a granule histogram). The
 * variants of `crashkernel` share one list (each has only its own keys). A test derives the
 * same lists from the schema, so the two cannot drift apart.
 */
export const RESULT_HEX64_PATHS: readonly string[] = [
  'crashkernel.main.base', 'crashkernel.main.size', 'crashkernel.low.base', 'crashkernel.low.size',
  'crashkernel.size', 'crashkernel.searched[].base', 'crashkernel.searched[].size', 'crashkernel.largestFree.base', 'crashkernel.largestFree.size', 'crashkernel.window.base', 'crashkernel.window.size',
  'request.size', 'request.base', 'request.high', 'request.low', 'request.cma',
  'crashkernelCma.requested', 'crashkernelCma.reserved', 'crashkernelCma.ranges[].base', 'crashkernelCma.ranges[].size',
  'zones[].start', 'zones[].end',
  'lowMax', 'highMax', 'systemRam',
  'memory[].base', 'memory[].size', 'reserved[].base', 'reserved[].size',
  'linearMap.histogram.*', 'linearMap.crashHistogram[].*', 'linearMap.pageTableBytes', 'linearMap.blockHistogram.*', 'linearMap.blockPageTableBytes',
  'panic.memory',
]
/** The same for one of `layouts[].devices[]`. */
export const DEVICE_HEX64_PATHS: readonly string[] = ['dmaLimit']

/** A path list as a tree: a `true` leaf is a hex64. */
type PathTree = { [step: string]: PathTree | true }

function pathTree(paths: readonly string[]): PathTree {
  const root: PathTree = {}
  for (const path of paths) {
    const steps = path.replace(/\[\]/g, '.[]').split('.')
    let node = root
    for (const [i, step] of steps.entries()) {
      if (i === steps.length - 1) node[step] = true
      else node = (node[step] ??= {}) as PathTree
    }
  }
  return root
}

const RESULT_TREE = pathTree(RESULT_HEX64_PATHS)
const DEVICE_TREE = pathTree(DEVICE_HEX64_PATHS)

/**
 * Turns the `"0x%016x"` strings bigintReplacer wrote back into bigint, only where `tree`
 * says the schema has a hex64: a device name, a reservation's owner or a dmesg line that
 * happens to read `0x` + 16 hex digits stays a string.
 */
function reviveBigints(value: unknown, tree: PathTree | true | undefined): unknown {
  if (tree === undefined) return value
  if (tree === true) return typeof value === 'string' && HEX64.test(value) ? BigInt(value) : value
  if (Array.isArray(value)) return tree['[]'] === undefined ? value : value.map((v) => reviveBigints(v, tree['[]']))
  if (isObject(value)) {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = reviveBigints(v, Object.hasOwn(tree, k) ? tree[k] : tree['*'])
    return out
  }
  return value
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * The first place a results file departs from schemas/report.schema.json, as
 * `file:line:col: … /pointer must …` (the precompiled validator stops at the first error). The
 * text is walked again for the position only here, on the way to the error.
 */
function schemaProblem(text: string, source: string, value: unknown): string | undefined {
  if (validateReport(value)) return undefined
  const error = validateReport.errors?.[0]
  if (!error) return `${source}: not a results file this version of ${TOOL_NAME} reads (schemas/report.schema.json)`
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] }
  const detail =
    params.additionalProperty !== undefined ? ` (${JSON.stringify(params.additionalProperty)})` : params.allowedValues !== undefined ? ` (${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})` : ''
  const at = jsonValuePosition(text, error.instancePath)
  return `${source}${at ? `:${at.line}:${at.column}` : ''}: not a results file this version of ${TOOL_NAME} reads: ${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}${detail}`
}

/**
 * Reads a results file back into a report.
 *
 * Only the simulation results (`layouts[].result`, `layouts[].devices`) hold bigints, and
 * only in the fields the report schema types hex64 (RESULT_HEX64_PATHS); every other string,
 * the findings' (messages, data) included, is kept as written.
 *
 * @param text - the file's content
 * @param source - its path as the user knows it (workspace-relative where it is inside), for messages
 * @returns the report and, for a leg, its fan-out record
 * @throws ConfigurationError when the text is not a crashkernel-check results file; one that
 *   is not JSON is named at the line and column of its first syntax error, as a matrix's is
 */
export function parseResults(text: string, source: string): LegResults {
  const parsed = parseJsonFile(text, source)
  if ('error' in parsed) throw new ConfigurationError(`results file ${parsed.error}; input "results" must name the results files of the check jobs`)
  const value = parsed.value
  const notOurs = (why: string) =>
    new ConfigurationError(`${source} is not a ${TOOL_NAME} results file (${why}); input "results" must name the results files the check jobs wrote (their output "results-file")`)
  if (!isObject(value) || !isObject(value.tool) || value.tool.name !== TOOL_NAME) throw notOurs('no tool.name "crashkernel-check"')
  const problem = schemaProblem(text, source, value)
  // A file of another version of the tool (whose report had other fields) is refused too: its
  // tool.version cannot tell, so the message says what to check.
  if (problem !== undefined) throw new ConfigurationError(`${problem}; input "results" must name the results files the check jobs wrote (their output "results-file"), with the same version of ${TOOL_NAME} as this job`)

  const findings = value.findings as Finding[]
  const layouts = (value.layouts as Array<Record<string, unknown>>).map(
    (l) => ({ ...l, result: reviveBigints(l.result, RESULT_TREE), ...(Array.isArray(l.devices) && { devices: l.devices.map((d) => reviveBigints(d, DEVICE_TREE)) }) }) as unknown as LayoutReport,
  )
  const tool = { name: TOOL_NAME, version: value.tool.version as string }
  const override = value.kernelOverride as string[] | undefined
  const perBoard = value.boardSuggestions as BoardSuggestion[] | undefined
  const problems = value.problems as string[] | undefined
  const unsimulated = value.unsimulated as UnsimulatedInput[] | undefined
  // Counts are recomputed rather than trusted.
  const report: Report = { tool, files: value.files as string[], findings, layouts, counts: countFindings(findings), ...(override !== undefined && { kernelOverride: override }), ...(perBoard !== undefined && { boardSuggestions: perBoard }), ...(problems !== undefined && { problems }), ...(unsimulated !== undefined && { unsimulated }) }

  const fanout = value.fanout as LegInfo | undefined
  if (fanout === undefined) return { source, report }
  // A results file without `fanout.kernel` (written before legs recorded it) stays readable:
  // its kernels are unknown, and the merge says so when other legs used an override. One
  // with it but without `kernelOverride` (written before reports had the field) gets the
  // leg's override into its report, as a leg writes it now.
  const recorded = override === undefined && fanout.kernel !== undefined && fanout.kernel.length > 0 ? { kernelOverride: fanout.kernel } : {}
  return {
    source,
    report: { ...report, ...recorded },
    leg: { ...(fanout.shard !== undefined && { shard: fanout.shard }), files: fanout.files, boards: fanout.boards, ...(fanout.kernel !== undefined && { kernel: fanout.kernel }), ...(fanout.root !== undefined && { root: fanout.root }), ...(fanout.commit !== undefined && { commit: fanout.commit }), ...(fanout.unmatchedBoards !== undefined && { unmatchedBoards: fanout.unmatchedBoards }), ...(fanout.problems !== undefined && { problems: fanout.problems }) },
  }
}
