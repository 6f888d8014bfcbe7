// SPDX-License-Identifier: GPL-2.0-only
/**
 * crashkernel-check as a library: check(text, path, options) → Report, plus the formatters.
 * The CLI (src/cli) and the action (src/action) are thin wrappers around this module.
 *
 * Pipeline: parse (jsonc-parser, positions kept) → validate (precompiled ajv) → decode
 * (merge presets/defaults, bigint, semantic checks) → simulate each layout (src/engine) →
 * rules → verified suggestions (src/suggest) → findings located at file:line:col.
 */
import { LayoutDoesNotBootError, resolveKernelRelease as resolveEngineRelease, simulate as simulateEngine, UnsupportedLayoutError, type Layout, type SimulationResult } from './engine/index.js'
import { checkLayoutArgument } from './layout-argument.js'
import { ConfigurationError, InternalError, errorMessage, expectReport, expectText, kindOf, listMisfit } from './errors.js'
import { checkKernelOverride, kernelKey } from './matrix/decode.js'
import type { DecodedLayout } from './matrix/types.js'
import { readMatrix, withBoardPolicies } from './read-matrix.js'
import { compareLayoutNames, layoutRanks, SEVERITY_RANK, type BoardSuggestion, type Finding, type LayoutReport, type Report, type Severity, type SeverityCounts, type Suggestion } from './report/types.js'
import { SC_RULES } from './rules/index.js'
import CK_BOOT_PANICS, { ramPointer } from './rules/ck012-boot-panics.js'
import { boardSeverity, evaluateLayout, makeFinding, siblingLayouts } from './rules/run.js'
import { Suggester, type BoardValue, type LayoutRun } from './suggest/index.js'
import { TOOL_NAME, VERSION } from './version.js'

export type * from './report/types.js'
export type { DecodedLayout, LayoutPointers } from './matrix/types.js'
export type { BoardMatrix, Board, Settings } from './matrix/generated/board-matrix.js'
export { ConfigurationError, InternalError } from './errors.js'
export { RULES, getRule } from './rules/index.js'
export { PRESETS, KERNEL_PROFILES } from './presets/index.js'
export { formatters, formatStylish, formatJson, formatMarkdown, formatGithub, formatSarif, formatHtml, type Formatter, type FormatContext } from './report/formatters.js'
export { renderHtml, type HtmlOptions } from './report/html/index.js'
export { renderSummary } from './report/summary.js'
export { importBoard } from './import/index.js'
export { verifyBootLog, formatVerify } from './verify/index.js'
export { listPolicies, UnsupportedLayoutError, LayoutDoesNotBootError } from './engine/index.js'

/**
 * Simulates one layout's boot: memblock, the crashkernel= reservation, the zones and the
 * linear map, as the kernel of `layout.kernel` (a release, or a series resolved by
 * resolveKernelRelease()) would do them. The layout is usually one decodeLayouts() gave,
 * changed: its fields are checked first, so that a number where a bigint goes, or a field
 * left out, is an error naming the field.
 *
 * The result may share objects (zone lines, trace events, page-table summaries) with the
 * results of other layouts and later calls (docs/engine.md "Sharing between layouts"): read
 * it, do not change it.
 *
 * @param layout - one board × RAM variant × kernel, decoded (addresses and sizes as bigint)
 * @returns what the kernel ends with; `kernel` is the resolved release
 * @throws ConfigurationError for a layout with a missing field or one of the wrong type
 * @throws UnsupportedLayoutError for a kernel or policy the engine does not model (LayoutDoesNotBootError, a subclass, for a boot that panics before the reservation)
 * @example
 * simulate({ ...layout, cmdline: 'crashkernel=512M' }).crashkernel.kind // → 'reserved'
 * simulate({ ...layout, kernel: '4.19' })                              // throws UnsupportedLayoutError: kernel 4.19 is not supported (5.10.0 … 7.x)
 */
export function simulate(layout: Layout): SimulationResult {
  checkLayoutArgument(layout)
  return simulateEngine(layout)
}

/**
 * The release the engine simulates for a kernel as written: a series with a Debian build in
 * the oracle becomes that release, any other series its .0, and a release inside the
 * modelled span stays as it is.
 *
 * @returns the release, or undefined for a kernel outside 5.10.0 … 7.x or not a version
 * @throws ConfigurationError for a kernel that is not a string (from JavaScript, `6.12` as a number, which would read as "6.12")
 * @example
 * resolveKernelRelease('6.12')  // → '6.12.117'
 * resolveKernelRelease('4.19')  // → undefined
 */
export function resolveKernelRelease(kernel: string): string | undefined {
  expectText('resolveKernelRelease', 'kernel', kernel, 'a release or series such as "6.12"')
  return resolveEngineRelease(kernel)
}
// What simulate() takes and returns, and the parts of a LayoutReport's `result`.
export type * from './engine/types.js'
export type { Rule, RuleMeta, RuleType } from './rules/index.js'
export type { Preset, KernelProfile } from './presets/index.js'
export type { ImportInputs, ImportOptions, ImportFacts, ImportProblem, ImportResult, Provenance } from './import/index.js'
export type { VerifyOptions, VerifyResult } from './verify/index.js'
export type { AnnotationOptions, AnnotationLevel, ChangedLines } from './report/annotations.js'
export type { SummaryContext } from './report/summary.js'
export type { ToolNotification } from './report/formatters.js'
export { toAnnotations, type Annotation, type AnnotationPlan } from './report/annotations.js'
export { applySuggestion } from './suggest/index.js'
export { VERSION } from './version.js'
export { checkKernelOverride, unmatchedPatterns } from './matrix/decode.js'

/** Receives progress messages (the action passes @actions/core, the CLI stderr, tests a recorder). */
export interface Logger {
  /** Detail for a debug log; check() itself writes none today. */
  debug?(message: string): void
  info(message: string): void
}

export interface CheckOptions {
  /** Board ids to check (`*` wildcards); all when empty. */
  boards?: readonly string[] | undefined
  /** Kernels replacing every board's `kernels` (releases or series; each release is simulated once). */
  kernels?: readonly string[] | undefined
  logger?: Logger | undefined
  /**
   * Search verified suggestions for the findings (default true; false skips the extra simulations).
   *
   * The search has a budget of extra simulations (one layout simulated and evaluated) for the
   * whole run: 32 per simulated layout, at least 256 and at most 2,048
   * (suggestionSimulationBudget() in src/suggest). A candidate command line is simulated once
   * per layout of a board, whichever finding proposes it. When the budget runs out, the
   * remaining findings keep their message and get no suggestion (never a half-verified one).
   */
  suggest?: boolean | undefined
  /** Overrides the suggestion budget above (extra simulations for the whole run). */
  maxSuggestionSimulations?: number | undefined
  /**
   * Called once with the id of every board in the file, selected by `boards` or not (the
   * shells report a pattern that matches no board of any file).
   */
  onBoardIds?: ((ids: readonly string[]) => void) | undefined
  /** Called after each layout is simulated (for progress indicators): layouts done, layouts in all. */
  onLayout?: ((done: number, total: number) => void) | undefined
}


/** The engine's "not modelled" signal (an unknown kernel or policy), as opposed to a bug. */
function isUnsupported(error: unknown): error is UnsupportedLayoutError {
  return error instanceof UnsupportedLayoutError
}

function sortFindings(findings: Finding[], layouts: readonly LayoutReport[] = []): Finding[] {
  const rank = layoutRanks(layouts)
  return findings.sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.location?.offset ?? -1) - (b.location?.offset ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.ruleId.localeCompare(b.ruleId) ||
      rank(a) - rank(b) ||
      a.message.localeCompare(b.message) ||
      // Layouts kept from the engine rank alike: by board, then layout, as the fan-out's merge.
      ((a.boardId ?? '') < (b.boardId ?? '') ? -1 : (a.boardId ?? '') > (b.boardId ?? '') ? 1 : compareLayoutNames(a.layoutName ?? '', b.layoutName ?? '')),
  )
}

/**
 * Counts findings by severity; suppressed ones only in `suppressed`.
 *
 * @throws ConfigurationError when `findings` is not an array of findings
 */
export function countFindings(findings: readonly Finding[]): SeverityCounts {
  // From JavaScript: nothing or a number was a TypeError from inside ("findings is not iterable").
  const misfit = listMisfit(findings, (f) => typeof f === 'object' && f !== null)
  if (misfit !== undefined) throw new ConfigurationError(`countFindings(): findings must be an array of findings as check() reports them, not ${misfit}`, { docsPath: 'README.md#library' })
  const items = findings as unknown[]
  // The counts are keyed by it: "bogus" or "constructor" wrote a field of its own (NaN).
  const odd = (items as Array<{ severity?: unknown; suppressed?: unknown }>).findIndex((f) => !f.suppressed && f.severity !== 'error' && f.severity !== 'warning' && f.severity !== 'note')
  const severity = odd >= 0 ? (items[odd] as { severity?: unknown }).severity : undefined
  // A string quoted; anything else by its kind (JSON.stringify() threw on a bigint and gave no text for a symbol).
  if (odd >= 0) throw new ConfigurationError(`countFindings(): finding ${odd} has severity ${typeof severity === 'string' ? JSON.stringify(severity) : kindOf(severity)}; a finding's is "error", "warning" or "note"`, { docsPath: 'README.md#library' })
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0, suppressed: 0 }
  for (const f of findings as readonly Finding[]) {
    if (f.suppressed) counts.suppressed++
    else counts[f.severity]++
  }
  return counts
}

/**
 * Checks one board-matrix file.
 *
 * @param text - the file's content
 * @param path - the path to report (relative to the repository root for annotations)
 * @param options - board filter, kernel override, logger
 * @returns every finding (syntax, schema, semantic, engine rules) and every simulated layout
 * @throws ConfigurationError for a kernel override that names no modelled kernel, or an
 *   argument of the wrong type (from JavaScript: a Buffer as the text, a string as `kernels`)
 * @example
 * check('{ "version": 1, "boards": [{ "id": "vm", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "confg": {} }] }', 'm.json')
 *   .findings.map((f) => `${f.location?.line}:${f.location?.column} ${f.ruleId} ${f.message}`)
 * // → ['1:93 SC002 unknown property "confg"; did you mean "config"?']
 */
export function check(text: string, path: string, options: CheckOptions = {}): Report {
  checkArguments('check', text, path, options)
  checkKernelOverride(options.kernels, 'kernel override')
  const { doc, at, findings, decoded, invalid, unsimulated } = readMatrix(text, path, options)
  const layouts: LayoutReport[] = []
  const panicked = new Set<string>()
  const boardSuggestions: BoardSuggestion[] = []
  const report = (): Report => {
    const sorted = sortFindings(findings, layouts)
    const notSimulated = unsimulated(new Set([...layouts.map((l) => l.pointer), ...panicked]))
    // Said even when nothing was simulated: the override was in force for the whole run.
    return { tool: { name: TOOL_NAME, version: VERSION }, files: [path], findings: sorted, layouts, counts: countFindings(sorted), ...overrideOf(options.kernels), ...(boardSuggestions.length > 0 && { boardSuggestions }), ...(notSimulated.length > 0 && { unsimulated: notSimulated }) }
  }
  if (!decoded || !invalid) return report()

  const boards = new Set<string>()
  const runs: LayoutRun[] = []
  const suggester = new Suggester(
    doc.value,
    {
      invalidBoards: invalid,
      ...(options.kernels !== undefined && { kernels: options.kernels }),
      ...(options.maxSuggestionSimulations !== undefined && { maxSimulations: options.maxSuggestionSimulations }),
      listed: decoded.listed,
    },
    decoded.problems,
  )
  // A board at a time (decode lists its layouts together): its rules see the other layouts
  // that read the same command line, simulated first.
  let done = 0
  for (let i = 0; i < decoded.layouts.length; ) {
    const boardId = decoded.layouts[i]!.boardId
    boards.add(boardId)
    const simulated: Array<{ layout: DecodedLayout; sim: SimulationResult }> = []
    for (; i < decoded.layouts.length && decoded.layouts[i]!.boardId === boardId; i++) {
      const layout = decoded.layouts[i]!
      const before = findings.length
      const sim = simulateLayout(layout, path, at, findings)
      // A boot that panics before the reservation (CK012) was simulated, to the panic: its board is no unsimulated one.
      if (!sim && findings.slice(before).some((f) => f.messageId === 'panicsBeforeReservation')) panicked.add(layout.pointers.board)
      if (!sim) continue
      layouts.push({ file: path, boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel, pointer: layout.pointers.board, cmdline: layout.layout.cmdline, result: sim, devices: layout.layout.devices })
      simulated.push({ layout, sim })
    }
    for (const { layout, sim } of simulated) {
      const run = { layout, sim, evaluated: evaluateLayout(layout, sim, siblingLayouts(layout, simulated)) }
      runs.push(run)
      suggester.add(run)
      options.onLayout?.(++done, decoded.layouts.length)
    }
  }
  // Suggestions need every layout's "before" (a board's cmdline is shared by its layouts).
  let suggested = 0
  for (const run of runs) {
    const { layout } = run
    for (const ev of run.evaluated) {
      const counted = boardSeverity(ev.rule, ev.severity, { severity: layout.severity, suppress: layout.suppress })
      const [suggestion, ...alternatives] = options.suggest !== false && counted !== undefined && counted !== 'off' ? suggester.suggest(run, ev) : []
      if (suggestion) suggested++
      const finding = makeFinding(ev.rule, { ...ev.report, ...(suggestion && { suggestion }) }, { file: path, location: at(ev.report.at), boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel })
      findings.push(alternatives.length > 0 ? { ...finding, alternatives } : finding)
    }
  }
  // One value per board, after every finding had its own (they come first in the budget).
  if (options.suggest !== false) {
    // Each board's findings, gathered once: filtering all findings per board made a fleet's
    // run quadratic in its boards (boards × findings comparisons, even with the budget spent).
    const byBoard = findingsByBoard(findings)
    for (const boardId of boards) {
      const own = byBoard.get(boardId) ?? []
      const push = (value: BoardValue | undefined, agreed: Suggestion | undefined): void => {
        // Nothing new when every finding of the board already suggests this very edit.
        if (!value || (agreed !== undefined && agreed.pointer === value.suggestion.pointer && agreed.replacement === value.suggestion.replacement)) return
        const pointer = value.suggestion.pointer ?? ''
        // An added cmdline has no place in the file yet: the board's is the nearest.
        const location = at(value.suggestion.operation === 'add' ? pointer.replace(/\/cmdline$/, '') : pointer)
        boardSuggestions.push({ file: path, boardId, value: value.value, layouts: value.layouts, warned: value.warned, noted: value.noted, suggestion: value.suggestion, ...(location && { location }) })
      }
      const groups = suggester.cmdlineGroups(boardId)
      if (groups.length === 0) {
        const agreed = agreedEdit(own)
        push(suggester.boardValue(boardId, proposed(own), agreed), agreed)
        continue
      }
      // Its layouts read several command lines (a kernel entry with its own): one value for
      // each line that several of them read, from the findings of those layouts.
      for (const pointer of groups) {
        const names = new Set(decoded.layouts.filter((l) => l.boardId === boardId && l.pointers.cmdline === pointer).map((l) => l.layoutName))
        const theirs = own.filter((f) => f.layoutName !== undefined && names.has(f.layoutName))
        const agreed = agreedEdit(theirs)
        push(suggester.boardValue(boardId, proposed(theirs), agreed, { pointer, listed: names.size }), agreed)
      }
    }
  }
  const unpaid = suggester.boardValuesNotSearched
  const budgetNote = `${suggester.budgetExhausted ? ' (suggestion budget spent: later findings have none)' : ''}${unpaid > 0 ? ` (${unpaid} board(s) not searched for one value: too little budget left)` : ''}`
  options.logger?.info(`${path}: ${decoded.layouts.length} layout(s) of ${boards.size} board(s) simulated, ${suggested} verified suggestion(s) from ${suggester.simulations} extra simulation(s)${budgetNote}`)

  const withPolicy = withBoardPolicies(findings, decoded.policies)
  findings.length = 0
  findings.push(...withPolicy)
  return report()
}

/** The suggestions (first and alternatives) of some findings. */
const proposed = (findings: readonly Finding[]): Suggestion[] => findings.flatMap((f) => [f.suggestion, ...(f.alternatives ?? [])].filter((x): x is Suggestion => x !== undefined))

/** The findings of each board (those of no board left out), in report order. */
function findingsByBoard(findings: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>()
  for (const f of findings) {
    if (f.boardId === undefined) continue
    const list = out.get(f.boardId)
    if (list) list.push(f)
    else out.set(f.boardId, [f])
  }
  return out
}

/** The edit every finding of a board (`boardFindings`) that has a suggestion suggests first, if they all agree. */
function agreedEdit(boardFindings: readonly Finding[]): Suggestion | undefined {
  const fixes = boardFindings.flatMap((f) => (f.suggestion ? [f.suggestion] : []))
  const first = fixes[0]
  return first && fixes.every((s) => s.pointer === first.pointer && s.replacement === first.replacement) ? first : undefined
}

/** The reports' board suggestions in report order, or nothing when none has one. */
function boardSuggestionsOf(reports: readonly Report[]): Pick<Report, 'boardSuggestions'> {
  const all = reports.flatMap((r) => r.boardSuggestions ?? [])
  return all.length > 0 ? { boardSuggestions: all } : {}
}

/** What {@link decodeLayouts} returns. */
export interface DecodedMatrix {
  /** Every layout of the selected boards that decoded, ready for simulate(`layout.layout`). */
  layouts: DecodedLayout[]
  /**
   * The problems check() reports before simulating (SC001 syntax, SC002 schema, SC003
   * semantic), located and sorted, with the boards' `severity` and `suppress` applied. A
   * board with a problem has no layouts.
   */
  findings: Finding[]
}

/**
 * Decodes one board-matrix file into its layouts without simulating them: what check() does
 * before the engine runs. For studies check() does not offer, such as simulating a layout
 * with another command line (`simulate({ ...layouts[0].layout, cmdline: 'crashkernel=1G' })`).
 *
 * @param text - the file's content
 * @param path - the path to report in the findings
 * @param options - `boards` and `kernels` as for check(); the other options are not used
 * @returns the layouts and the matrix's own problems
 * @throws ConfigurationError as check() does
 * @example
 * const { layouts } = decodeLayouts(text, 'boards.json', { boards: ['rpi4'] })
 * simulate(layouts[0].layout).crashkernel // → what check() reports for that layout
 */
export function decodeLayouts(text: string, path: string, options: Pick<CheckOptions, 'boards' | 'kernels'> = {}): DecodedMatrix {
  checkArguments('decodeLayouts', text, path, options)
  checkKernelOverride(options.kernels, 'kernel override')
  const { findings, decoded } = readMatrix(text, path, options)
  return { layouts: decoded?.layouts ?? [], findings: sortFindings(withBoardPolicies(findings, decoded?.policies)) }
}

/**
 * The arguments as the types describe them, for callers without the types (plain
 * JavaScript): a misuse is a ConfigurationError naming the argument, not a TypeError from
 * deep inside the parser (or, for `kernels: [6.12]`, a silent conversion).
 */
function checkArguments(fn: 'check' | 'decodeLayouts', text: unknown, path: unknown, options: unknown): void {
  const misuse = (message: string) => new ConfigurationError(`${fn}(): ${message}`, { docsPath: 'README.md#library' })
  // The text, not a parsed document: findings point at its lines and columns.
  expectText(fn, 'text', text, "the file's content", 'for a matrix built in code, pass JSON.stringify(matrix, null, 2)')
  if (typeof path !== 'string') throw misuse(`path must be a string (the path to report), not ${kindOf(path)}`)
  if (typeof options !== 'object' || options === null || Array.isArray(options)) throw misuse(`options must be an object, not ${kindOf(options)}`)
  const o = options as Record<string, unknown>
  for (const key of ['boards', 'kernels']) {
    const v = o[key]
    // A hole of a sparse array ([, 'x']) is no board either (listMisfit()).
    const misfit = v === undefined ? undefined : listMisfit(v, (s) => typeof s === 'string')
    if (misfit !== undefined) throw misuse(`options.${key} must be an array of strings, not ${misfit}`)
  }
  if (o.suggest !== undefined && typeof o.suggest !== 'boolean') throw misuse(`options.suggest must be a boolean, not ${kindOf(o.suggest)}`)
  const max = o.maxSuggestionSimulations
  if (max !== undefined && !(typeof max === 'number' && max >= 0)) throw misuse(`options.maxSuggestionSimulations must be a number ≥ 0, not ${typeof max === 'number' ? max : kindOf(max)}`)
  for (const key of ['onBoardIds', 'onLayout']) if (o[key] !== undefined && typeof o[key] !== 'function') throw misuse(`options.${key} must be a function, not ${kindOf(o[key])}`)
  const logger = o.logger as { info?: unknown } | null | undefined
  if (logger !== undefined && (typeof logger !== 'object' || logger === null || typeof logger.info !== 'function')) throw misuse(`options.logger must be an object with an info() method, not ${kindOf(logger)}`)
}

/** Simulates one layout; an unmodelled combination becomes an SC004 finding, anything else is a bug. */
function simulateLayout(layout: DecodedLayout, path: string, at: (p: string) => Finding['location'], findings: Finding[]): SimulationResult | undefined {
  try {
    return simulateEngine(layout.layout)
  } catch (error) {
    if (error instanceof LayoutDoesNotBootError) {
      // Where the board makes its RAM so small: mem=/memmap= on the command line, else its banks.
      const pointer = ramPointer(layout, ['mem', 'memmap'])
      findings.push(
        makeFinding(
          CK_BOOT_PANICS,
          { messageId: 'panicsBeforeReservation', data: { reason: error.panic }, at: pointer },
          { file: path, boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel, ...withLocation(at(pointer)) },
        ),
      )
      return undefined
    }
    if (isUnsupported(error)) {
      findings.push(
        makeFinding(
          SC_RULES.notSimulated,
          { messageId: 'notSimulated', data: { reason: error.message }, at: layout.pointers.kernel },
          { file: path, boardId: layout.boardId, layoutName: layout.layoutName, kernel: layout.layout.kernel, ...withLocation(at(layout.pointers.kernel)) },
        ),
      )
      return undefined
    }
    throw new InternalError(`simulating ${layout.boardId} ${layout.layoutName} (${layout.layout.kernel}): ${errorMessage(error)}`, { cause: error })
  }
}

function withLocation(location: Finding['location']): { location?: NonNullable<Finding['location']> } {
  return location ? { location } : {}
}

/** A report's `kernelOverride` for check()'s `kernels`: none for an empty list (decode then keeps each board's). */
function overrideOf(kernels: readonly string[] | undefined): Pick<Report, 'kernelOverride'> {
  return kernels && kernels.length > 0 ? { kernelOverride: [...kernels] } : {}
}

/**
 * Merges the reports of several files into one (files in order, findings re-sorted).
 *
 * @param reports - one report per file, all checked with the same kernel override (or none):
 *   the same kernels in any order or spelling (`6.12` or the release it resolves to) are the
 *   same override (kernelKey(), as the fan-out's aggregate compares its legs)
 * @returns a single report, with the first report's override as it was given
 * @throws ConfigurationError when the reports were checked with different kernel overrides:
 *   one report could not say which kernels its layouts are of
 */
export function mergeReports(reports: readonly Report[]): Report {
  if (!Array.isArray(reports)) throw new ConfigurationError(`mergeReports(): reports must be an array of reports (mergeReports([a, b])), not ${kindOf(reports)}`, { docsPath: 'README.md#library' })
  reports.forEach((r, i) => expectReport('mergeReports', r, { name: `reports[${i}]` }))
  const overrides = new Map<string, readonly string[]>()
  for (const r of reports) {
    const kernels = r.kernelOverride ?? []
    if (!overrides.has(kernelKey(kernels))) overrides.set(kernelKey(kernels), kernels)
  }
  if (overrides.size > 1) {
    const list = [...overrides.values()].map((k) => (k.length === 0 ? "each board's own kernels" : k.join(','))).join('; ')
    throw new ConfigurationError(`mergeReports(): the reports were checked with different kernel overrides (${list}); merge only the reports of one check`, { docsPath: 'README.md#library' })
  }
  const layouts = reports.flatMap((r) => r.layouts)
  const findings = sortFindings(reports.flatMap((r) => r.findings), layouts)
  return {
    tool: { name: TOOL_NAME, version: VERSION },
    files: reports.flatMap((r) => r.files),
    findings,
    layouts,
    counts: countFindings(findings),
    ...overrideOf(reports[0]?.kernelOverride),
    ...boardSuggestionsOf(reports),
    ...problemsOf(reports),
    ...unsimulatedOf(reports),
  }
}

/** `unsimulated` of merged reports, in file order. */
function unsimulatedOf(reports: readonly Report[]): Pick<Report, 'unsimulated'> {
  const unsimulated = reports.flatMap((r) => r.unsimulated ?? [])
  return unsimulated.length > 0 ? { unsimulated } : {}
}

/** `problems` of merged reports: each once, in order. */
function problemsOf(reports: readonly Report[]): Pick<Report, 'problems'> {
  const problems = [...new Set(reports.flatMap((r) => r.problems ?? []))]
  return problems.length > 0 ? { problems } : {}
}

/** The thresholds failsAt() takes. */
const FAIL_ON_LEVELS: ReadonlyArray<Severity | 'never'> = ['error', 'warning', 'note', 'never']

/**
 * Whether a report fails at a threshold (`never` never fails).
 *
 * @example
 * failsAt({ …, counts: { error: 0, warning: 2, note: 0, suppressed: 0 } }, 'warning') // → true
 * @throws ConfigurationError for a threshold that is none of error, warning, note, never
 *   (from JavaScript, `'eror'` or undefined read as `note` and failed every report with a note)
 */
export function failsAt(report: Report, threshold: Severity | 'never'): boolean {
  if (!FAIL_ON_LEVELS.includes(threshold)) {
    throw new ConfigurationError(`failsAt(): threshold must be one of ${FAIL_ON_LEVELS.join(', ')}, not ${typeof threshold === 'string' ? JSON.stringify(threshold) : kindOf(threshold)}`, { docsPath: 'README.md#library' })
  }
  expectReport('failsAt', report)
  if (threshold === 'never') return false
  const c = report.counts
  if (threshold === 'error') return c.error > 0
  if (threshold === 'warning') return c.error + c.warning > 0
  return c.error + c.warning + c.note > 0
}
