/**
 * crashkernel-check as a library: check(text, path, options) → Report, plus the formatters.
 * The CLI (src/cli) and the action (src/action) are thin wrappers around this module.
 *
 * Pipeline: parse (jsonc-parser, positions kept) → validate (precompiled ajv) → decode
 * (merge presets/defaults, bigint, semantic checks) → simulate each layout (src/engine) →
 * rules → verified suggestions (src/suggest) → findings located at file:line:col.
 */
import { type Layout, type SimulationResult } from './engine/index.js';
import type { DecodedLayout } from './matrix/types.js';
import { type Finding, type Report, type Severity, type SeverityCounts } from './report/types.js';
export type * from './report/types.js';
export type { DecodedLayout, LayoutPointers } from './matrix/types.js';
export type { BoardMatrix, Board, Settings } from './matrix/generated/board-matrix.js';
export { ConfigurationError, InternalError } from './errors.js';
export { RULES, getRule } from './rules/index.js';
export { PRESETS, KERNEL_PROFILES } from './presets/index.js';
export { formatters, formatStylish, formatJson, formatMarkdown, formatGithub, formatSarif, formatHtml, type Formatter, type FormatContext } from './report/formatters.js';
export { renderHtml, type HtmlOptions } from './report/html/index.js';
export { renderSummary } from './report/summary.js';
export { importBoard } from './import/index.js';
export { verifyBootLog, formatVerify } from './verify/index.js';
export { listPolicies, UnsupportedLayoutError, LayoutDoesNotBootError } from './engine/index.js';
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
export declare function simulate(layout: Layout): SimulationResult;
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
export declare function resolveKernelRelease(kernel: string): string | undefined;
export type * from './engine/types.js';
export type { Rule, RuleMeta, RuleType } from './rules/index.js';
export type { Preset, KernelProfile } from './presets/index.js';
export type { ImportInputs, ImportOptions, ImportFacts, ImportProblem, ImportResult, Provenance } from './import/index.js';
export type { VerifyOptions, VerifyResult } from './verify/index.js';
export type { AnnotationOptions, AnnotationLevel, ChangedLines } from './report/annotations.js';
export type { SummaryContext } from './report/summary.js';
export type { ToolNotification } from './report/formatters.js';
export { toAnnotations, type Annotation, type AnnotationPlan } from './report/annotations.js';
export { applySuggestion } from './suggest/index.js';
export { VERSION } from './version.js';
export { checkKernelOverride, unmatchedPatterns } from './matrix/decode.js';
/** Receives progress messages (the action passes @actions/core, the CLI stderr, tests a recorder). */
export interface Logger {
    /** Detail for a debug log; check() itself writes none today. */
    debug?(message: string): void;
    info(message: string): void;
}
export interface CheckOptions {
    /** Board ids to check (`*` wildcards); all when empty. */
    boards?: readonly string[] | undefined;
    /** Kernels replacing every board's `kernels` (releases or series; each release is simulated once). */
    kernels?: readonly string[] | undefined;
    logger?: Logger | undefined;
    /**
     * Search verified suggestions for the findings (default true; false skips the extra simulations).
     *
     * The search has a budget of extra simulations (one layout simulated and evaluated) for the
     * whole run: 32 per simulated layout, at least 256 and at most 2,048
     * (suggestionSimulationBudget() in src/suggest). A candidate command line is simulated once
     * per layout of a board, whichever finding proposes it. When the budget runs out, the
     * remaining findings keep their message and get no suggestion (never a half-verified one).
     */
    suggest?: boolean | undefined;
    /** Overrides the suggestion budget above (extra simulations for the whole run). */
    maxSuggestionSimulations?: number | undefined;
    /**
     * Called once with the id of every board in the file, selected by `boards` or not (the
     * shells report a pattern that matches no board of any file).
     */
    onBoardIds?: ((ids: readonly string[]) => void) | undefined;
    /** Called after each layout is simulated (for progress indicators): layouts done, layouts in all. */
    onLayout?: ((done: number, total: number) => void) | undefined;
}
/**
 * Counts findings by severity; suppressed ones only in `suppressed`.
 *
 * @throws ConfigurationError when `findings` is not an array of findings
 */
export declare function countFindings(findings: readonly Finding[]): SeverityCounts;
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
export declare function check(text: string, path: string, options?: CheckOptions): Report;
/** What {@link decodeLayouts} returns. */
export interface DecodedMatrix {
    /** Every layout of the selected boards that decoded, ready for simulate(`layout.layout`). */
    layouts: DecodedLayout[];
    /**
     * The problems check() reports before simulating (SC001 syntax, SC002 schema, SC003
     * semantic), located and sorted, with the boards' `severity` and `suppress` applied. A
     * board with a problem has no layouts.
     */
    findings: Finding[];
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
export declare function decodeLayouts(text: string, path: string, options?: Pick<CheckOptions, 'boards' | 'kernels'>): DecodedMatrix;
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
export declare function mergeReports(reports: readonly Report[]): Report;
/**
 * Whether a report fails at a threshold (`never` never fails).
 *
 * @example
 * failsAt({ …, counts: { error: 0, warning: 2, note: 0, suppressed: 0 } }, 'warning') // → true
 * @throws ConfigurationError for a threshold that is none of error, warning, note, never
 *   (from JavaScript, `'eror'` or undefined read as `note` and failed every report with a note)
 */
export declare function failsAt(report: Report, threshold: Severity | 'never'): boolean;
