import { type SimulationResult } from '../engine/index.js';
import { type Measure } from './budget.js';
import type { FormatContext } from './formatters.js';
import { type Finding, type LayoutReport, type Report, type Severity } from './types.js';
/** GitHub's cap on one step's job summary: 1 MiB (toolkit core/src/summary.ts). */
export declare const SUMMARY_MAX_BYTES: number;
/** Failing layouts drawn in full; the rest are listed by name. */
export declare const MAX_LAYOUT_SECTIONS = 25;
/** Kernel-log lines shown per layout. */
export declare const MAX_LOG_LINES = 200;
export declare const ICON: Record<Severity | 'ok', string>;
/** `file:line:col` of a finding or a board suggestion (or the file alone). */
export declare function findingWhere(f: Pick<Finding, 'file' | 'location'>): string;
/**
 * The web page of a matrix file at a line: `file` as findings name it (from its repository's
 * root), `line` 1-based or absent for the file. Undefined: no page (the CLI's Markdown, or a
 * file the action cannot place in the repository it runs for); the location stays plain text.
 */
export type SourceLink = (file: string, line?: number) => string | undefined;
/**
 * The findings of a layout: same board and layout. A finding that names no layout (SC001–SC003)
 * is about what was not simulated — another kernel or RAM variant of the board, or another
 * board with the same id — or, an SC003 warning, about a setting no layout reads, so it stays
 * in the findings table (as in the HTML report).
 */
export declare function layoutFindings(report: Report, l: LayoutReport): Finding[];
/** The worst severity among findings, or `ok`. */
export declare function worst(findings: readonly Finding[]): Severity | 'ok';
/** A layout needs a closer look: an error finding, a reservation that failed or hangs, or a boot that panics. */
export declare function isFailing(report: Report, l: LayoutReport): boolean;
/**
 * A table row's icon for a layout with no active finding that its board accepts (layoutMute()):
 * muted, neither ✅ (the kernel still fails, falls back or ignores crashkernel=) nor ❌ (the run
 * passes).
 */
export declare const ACCEPTED_ICON = "\uD83D\uDD15";
/** The "crashkernel" (main) cell; `cmdline`, the layout's, tells a crashkernel= cut off from none. */
export declare function mainCell(sim: SimulationResult, cmdline?: string): string;
/** The "low" cell. */
export declare function lowCell(sim: SimulationResult): string;
/** Zones, compactly: `DMA 0x0–0x3fff_ffff · DMA32 empty · Normal 0x4000_0000–…`. */
export declare function zonesCell(sim: SimulationResult): string;
/** DMA reach: each dump target's limit and whether every crash region lies within it. */
export declare function reachCell(l: LayoutReport): string;
/**
 * A suggestion's description for a table cell, the values it quotes (`"crashkernel=256M@0x1ee00000"`)
 * as code spans: they are what the reader copies into a command line, shown as written
 * (GitHub makes no @-mention inside code, so no zero-width space goes in even where
 * escapeMarkdown() would put one, after an `@` a mention could start at). A value opens with
 * a `"` at the start or after a space or `(`, and ends at the first `"` after it that the
 * description's end, a space or punctuation follows: a value may hold a `"` of its own
 * (`crashkernel=a"b`), which pairing each quote with the next made the end of the value.
 *
 * @example
 * suggestionMarkdown('Place it: "crashkernel=256M@0x1ee00000" — verified') // → 'Place it: `crashkernel=256M@0x1ee00000` — verified'
 * suggestionMarkdown('Remove "crashkernel=a"b": it reads "crashkernel=256M"') // → 'Remove `crashkernel=a"b`: it reads `crashkernel=256M`'
 */
export declare function suggestionMarkdown(description: string): string;
/**
 * The report's one-value-per-board suggestions as Markdown list items, or undefined when it
 * has none; with `fit`, as many as fit in `fit.room` (fitList()).
 *
 * @example
 * boardSuggestionLines(report) // → '- 💡 board `pi` at `m.json:1:116`: `crashkernel=464M` works on all 12 layouts of this board, with no warning or note — verified by simulation\n'
 */
export declare function boardSuggestionLines(report: Report, link?: SourceLink, fit?: ListFit): string | undefined;
/** Room for a list in a capped document: `room` as `measure` counts it, and the item that counts the ones left out. */
interface ListFit {
    room: number;
    measure: Measure;
    more: (left: number) => string;
}
/**
 * The header line with the totals; ❌ when there are errors or the run fails for another reason
 * (`problems`: a matrix file or a shard's results missing), so a failed step never shows ✅.
 */
export declare function totalsLine(report: Report, problems?: readonly string[]): string;
/** One row of the layouts table. */
export declare function layoutRow(report: Report, l: LayoutReport): string;
/**
 * Rows for the layouts a finding names that were not simulated (an SC003 error about one
 * kernel of a board, SC004), then for the boards and files of `report.unsimulated` no such
 * finding stands for (the schema refused them, an error outside the boards stopped them, the
 * file is not JSON): in the table with the others, so a board is not shown clean, nor left out.
 * `muted`: a row is ACCEPTED_ICON (every finding about it suppressed), which the legend under
 * the table then explains; never with `accepted: false`, which leaves such rows out.
 */
export declare function unsimulatedRows(report: Report, { accepted }?: {
    accepted?: boolean;
}): {
    rows: string[];
    muted: boolean;
};
export declare const LAYOUT_TABLE_HEAD = "| | board | layout | kernel | crashkernel (main) | low | zones | DMA reach |\n|---|---|---|---|---|---|---|---|";
/** The section for one failing layout: findings, memory map, kernel log. */
export declare function layoutSection(report: Report, l: LayoutReport, heading?: string, link?: SourceLink): string;
/**
 * The kernel override (`report.kernelOverride`), said once under the totals: a report of
 * other kernels than each board's `kernels` must not read like one of the matrix as written.
 *
 * @param kernel - the override; empty or absent: none
 * @param from - where it was given, in Markdown (the action's input, the CLI's option); absent: not said
 * @example
 * kernelLine(['6.12', '7.2'], 'input `kernel`') // → 'Kernels checked: `6.12`, `7.2`, instead of each board\'s `kernels` (input `kernel`).\n'
 * kernelLine(['6.12']) // → 'Kernels checked: `6.12`, instead of each board\'s `kernels`.\n'
 */
export declare function kernelLine(kernel: readonly string[] | undefined, from?: string): string | undefined;
/** Context for the summary. */
export interface SummaryContext extends FormatContext {
    /**
     * Where the report's kernel override was given, in Markdown, said after it: the action's
     * ``input `kernel` ``, the CLI's ``option `--kernel` ``; absent: only the kernels are named.
     */
    kernelFrom?: string | undefined;
    /** Why the run fails besides findings (a missing matrix file, a missing shard …): first under the totals, and the totals show ❌. */
    problems?: readonly string[] | undefined;
    /** Lines about the run itself (comment posted or skipped, SARIF written …), shown under the totals. */
    notes?: readonly string[] | undefined;
    /** Cap in UTF-8 bytes (default GitHub's 1 MiB). */
    maxBytes?: number | undefined;
    /** The page of a matrix file's line, which locations link to; absent: locations are plain text. */
    link?: SourceLink | undefined;
    /**
     * Where a cut summary sends the reader for the full report, a Markdown sentence (default:
     * the action's results file and SARIF; the CLI names `--format json`).
     */
    fullReport?: string | undefined;
}
/**
 * Renders the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow` (findings without an annotation), `kernelFrom`, `problems`, `notes`, `maxBytes`, `link` (where locations link)
 * @returns Markdown no longer than `maxBytes` UTF-8 bytes
 * @example
 * renderSummary(report, { overflow: plan.overflow }).startsWith('## crashkernel-check') // → true
 */
export declare function renderSummary(report: Report, ctx?: SummaryContext): string;
/** Context for the pull-request comment. */
export interface CommentContext {
    /** Link to the workflow run, where the job summary is. */
    runUrl?: string;
    /** False when the job writes no summary (input `summary: false`): the run then has the step's log and the annotations. */
    summary?: boolean;
    /** What the run's link leads to instead of a report: a run that stopped before one (a failed plan job) has its log alone. */
    runLinkText?: string;
    /** Why the run fails besides findings: listed under the totals, which then show ❌. */
    problems?: readonly string[];
    /** Where the report's kernel override was given, in Markdown (as SummaryContext's `kernelFrom`). */
    kernelFrom?: string;
    /** Cap in characters (default 65,536 minus room for the marker). */
    maxChars?: number;
    /** The page of a matrix file's line, which locations link to (as SummaryContext's `link`). */
    link?: SourceLink;
}
/** GitHub's cap on an issue or PR comment body, in characters. */
export declare const COMMENT_MAX_CHARS = 65536;
/** Failing layouts drawn in the comment (collapsed). */
export declare const MAX_COMMENT_DIAGRAMS = 5;
/**
 * Renders the pull-request comment body (without the hidden marker, which the poster adds):
 * totals, why the run fails besides findings, findings, the layouts that are not clean, diagrams of failing layouts
 * (collapsed; the first of each board first, commentDiagrams()), and a link to the run.
 *
 * @param report - the report
 * @param ctx - `runUrl`, `summary`, `runLinkText`, `problems`, `kernelFrom`, `maxChars`, `link`
 * @returns Markdown of at most `maxChars` characters
 */
export declare function renderComment(report: Report, ctx?: CommentContext): string;
export {};
