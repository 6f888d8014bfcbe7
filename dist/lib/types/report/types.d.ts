/**
 * The report: what a check of one or more matrix files found. Plain data, the same for the
 * library, the CLI and the action; formatters (src/report/*.ts) turn it into text.
 */
import type { DmaDevice, SimulationResult, TraceEvent } from '../engine/index.js';
/** ESLint/SARIF-style levels. `note` is SARIF's name for "info". */
export type Severity = 'error' | 'warning' | 'note';
/** Most severe first: the order every sort and cap of findings uses. */
export declare const SEVERITY_RANK: Readonly<Record<Severity, number>>;
/** An RFC 6901 JSON Pointer into the matrix document, e.g. `/boards/2/memory/0/base`. */
export type JsonPointer = string;
/** Where a value sits in its file. Lines and columns are 1-based; columns count UTF-16 units. */
export interface SourceLocation {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    /** 0-based character offset of the first character and the length of the value. */
    offset: number;
    length: number;
}
/** A fix the engine verified, described for a person; never applied automatically. */
export interface Suggestion {
    description: string;
    /** The value to change, when the fix is a replacement. */
    pointer?: JsonPointer;
    replacement?: string;
    /**
     * `add`: the property at `pointer` does not exist yet and is created with `replacement`
     * (JSON Patch "add", e.g. a board's own `cmdline` when it came from its preset or
     * `defaults`). Absent or `replace`: the value at `pointer` is replaced.
     */
    operation?: 'replace' | 'add';
}
/** One problem. Small and fixed, like markdownlint's LintError (STYLE.md §2.6). */
export interface Finding {
    /** Stable id, e.g. `SC002`. */
    ruleId: string;
    /** Readable alias, e.g. `schema-violation`. */
    ruleName: string;
    severity: Severity;
    messageId: string;
    /** The message rendered once from the rule's template and `data`. */
    message: string;
    data: Record<string, string>;
    file: string;
    /** The board the finding is about (absent for document-level problems). */
    boardId?: string;
    /** The layout (RAM variant / kernel) the finding is about. */
    layoutName?: string;
    /** Kernel release of the layout. */
    kernel?: string;
    /** The value to look at or change. */
    pointer: JsonPointer;
    location?: SourceLocation;
    /** dmesg-like lines the simulated kernel printed that back the finding. */
    evidence: readonly TraceEvent[];
    suggestion?: Suggestion;
    /** Other verified fixes, in order of preference (a different strategy each). */
    alternatives?: readonly Suggestion[];
    docsUrl: string;
    /** Set when the board suppresses the rule; suppressed findings are not counted. */
    suppressed?: {
        reason: string;
    };
}
/** One simulated layout (board × RAM variant × kernel) and the engine's result. */
export interface LayoutReport {
    file: string;
    boardId: string;
    /** `<RAM variant>/<kernel as written>` or the kernel alone for a single-bank-set board. (`6.1+<policy>` for an entry with a policy of its own, `#2` for a second entry written alike). */
    layoutName: string;
    /** Resolved kernel release. */
    kernel: string;
    /** The board in the matrix. */
    pointer: JsonPointer;
    /**
     * The kernel command line the layout boots with (the board's, or its kernel entry's), as the
     * engine reads it. Optional: results files of earlier versions do not have it.
     */
    cmdline?: string;
    result: SimulationResult;
    /**
     * The layout's DMA devices (the engine's input, not its result). Optional: when present the
     * job summary shows each dump target's reach and draws it on the memory map.
     */
    devices?: readonly DmaDevice[];
}
/**
 * One crashkernel= value for a whole board, verified on every layout it was checked with
 * (check() offers it where it does better than the board's own value: the findings'
 * suggestions each fix one finding, and on a board of several RAM variants and kernels they
 * can differ).
 */
export interface BoardSuggestion {
    file: string;
    boardId: string;
    /** The crashkernel= tokens as they go on the command line: `crashkernel=512M`. */
    value: string;
    /** Layouts of the board it was verified on. */
    layouts: number;
    /** Of those, the layouts it leaves with a warning, and with a note. */
    warned: number;
    noted: number;
    /** The edit: the board's command line with `value` in place of its crashkernel= tokens. */
    suggestion: Suggestion;
    /** The command line in the file (the board, for a board that takes its command line from a preset or `defaults`). */
    location?: SourceLocation;
}
export interface SeverityCounts {
    error: number;
    warning: number;
    note: number;
    /** Findings silenced by a board's `suppress`. */
    suppressed: number;
}
/**
 * A matrix file, or a board of one, that the run was given and simulated nothing of
 * (`Report.unsimulated`): what every format's totals count apart from the simulated boards.
 */
export interface UnsimulatedInput {
    file: string;
    /**
     * The board (`/boards/2`). Absent: the whole file, of which no board could be told apart
     * (a JSON syntax error, or a schema error with no `boards` array to read).
     */
    pointer?: JsonPointer;
    /** The board's id, when it has one (a string). */
    boardId?: string;
    /**
     * `syntax`: the file is not valid JSON (SC001), nothing of it was read. `schema`: the schema
     * refused the board, or every board of the file (an error outside the boards, such as in
     * `defaults`: SC002). `semantic`: an SC003 error in every layout of the board. `engine`: the
     * engine simulates none of the board's layouts (SC004; a boot that panics before the
     * reservation, CK012, was simulated).
     */
    reason: 'syntax' | 'schema' | 'semantic' | 'engine';
}
/** Everything one run found. */
export interface Report {
    tool: {
        name: string;
        version: string;
    };
    /** The matrix files checked, in order. */
    files: string[];
    /** Sorted by file, then position, then rule id. */
    findings: Finding[];
    layouts: LayoutReport[];
    counts: SeverityCounts;
    /**
     * The kernels that replaced every board's `kernels` (CLI `--kernel`, input `kernel`,
     * check()'s `kernels`), as given; absent when each board was checked with its own. Every
     * formatter says so: a report of other kernels must not read like one of the matrix as written.
     */
    kernelOverride?: string[];
    /** One crashkernel= value per board, where it does better than the board's own; absent when none does. */
    boardSuggestions?: BoardSuggestion[];
    /**
     * What kept the run from checking everything it was given (an unreadable matrix file, a
     * `boards` pattern that matches no board), which exits 2 or fails the step; absent when none.
     * The CLI and the action set it; check() never does (it throws or reports SC001 instead).
     */
    problems?: string[];
    /**
     * The files and boards that were given (those `boards` selects; every one of a file that does
     * not decode) and of which no layout was simulated, in file order; absent when every one was.
     * Reports of earlier versions lack it.
     */
    unsimulated?: UnsimulatedInput[];
}
/**
 * What `report.unsimulated` counts, for every format's totals: boards of which no layout was
 * simulated, and whole files of which no board was read (`syntax`: not valid JSON; `schema`: a
 * schema error with no `boards` array to read).
 *
 * @example
 * unsimulatedCounts({ unsimulated: [{ file: 'a.json', reason: 'syntax' }, { file: 'b.json', pointer: '/boards/1', boardId: 'x', reason: 'schema' }] })
 * // → { boards: 1, files: 1, syntax: 1 }
 */
export declare function unsimulatedCounts(report: Pick<Report, 'unsimulated'>): {
    boards: number;
    files: number;
    syntax: number;
};
/**
 * The totals' entries for `report.unsimulated`, none when it is empty: each a count and its
 * words, `[{ count: 1, words: 'board not simulated' }, { count: 2, words: 'files not read (syntax errors)' }]`; a
 * file parsed whose `boards` could not be read (`"boards": {}`) is `file with no boards read (schema error)`.
 * The one-line formats join them as unsimulatedText() does; the HTML page shows each as a figure.
 */
export declare function unsimulatedParts(report: Pick<Report, 'unsimulated'>): Array<{
    count: number;
    words: string;
}>;
/**
 * unsimulatedParts() as words, '' when there are none.
 *
 * @example
 * unsimulatedText({ unsimulated: [{ file: 'a.json', pointer: '/boards/0', reason: 'schema' }, { file: 'b.json', reason: 'syntax' }] })
 * // → '1 board not simulated, 1 file not read (syntax error)'
 */
export declare function unsimulatedText(report: Pick<Report, 'unsimulated'>): string;
/**
 * The entries of `report.unsimulated` that no layout-level finding stands for: the boards the
 * schema refused (or an error outside the boards stopped) and the files not read, which a grid
 * or table of layouts has no row for otherwise. A board of which an SC003 or SC004 finding
 * names layouts is left out: those layouts have their rows, "not simulated".
 *
 * @example
 * unlistedUnsimulated({ findings: [], unsimulated: [{ file: 'a.json', pointer: '/boards/0', boardId: 'x', reason: 'schema' }] })
 * // → [{ file: 'a.json', pointer: '/boards/0', boardId: 'x', reason: 'schema' }]
 */
export declare function unlistedUnsimulated(report: Pick<Report, 'unsimulated' | 'findings'>): UnsimulatedInput[];
/**
 * The findings that stand for the boards and files nothing was simulated of, indexed in one
 * pass (a fleet whose every board the schema refused has a row a board, not a scan a row):
 * `own(u)`, a board's findings (`/boards/2` and below) or a whole file's; `outside(file)`, its
 * file's outside the boards (a `defaults` error that stopped them).
 */
export declare function unsimulatedFindings(findings: readonly Finding[]): {
    own: (u: UnsimulatedInput) => Finding[];
    outside: (file: string) => Finding[];
    standing: (u: UnsimulatedInput) => Finding[];
};
/**
 * How an entry with no simulated result is marked, from the findings that stand for it: a
 * layout, board or file not simulated (its own findings; for a board with none,
 * unsimulatedFindings()'s `standing`), or a layout whose boot panics before the reservation.
 * Their worst active severity; `muted` when every one is suppressed (a board's `suppress`, or
 * an SC002/SC003 error whose rule is "off"), which is no problem in a run that passes (the job
 * summary's 🔕 row, the HTML grid's muted cell, left out of the comment and of the "problems"
 * filter); `error` when none stands for it, as nothing accepts it. A simulated layout is
 * judged by layoutMute() (mute.ts), from its outcome as well.
 *
 * @example
 * problemMark([{ severity: 'error', suppressed: { reason: 'severity "off"' } }]) // → 'muted'
 * problemMark([]) // → 'error'
 */
export declare function problemMark(findings: readonly Pick<Finding, 'severity' | 'suppressed'>[]): Severity | 'muted';
/**
 * Why an unsimulated board or file was not, in a few words for a grid cell or a table row.
 *
 * @example
 * unsimulatedWhy({ file: 'a.json', reason: 'syntax' }) // → 'not read: JSON syntax error'
 */
export declare function unsimulatedWhy(u: UnsimulatedInput): string;
/**
 * ` [board layout]` after a finding's message in the one-line formats (text, annotations,
 * SARIF's message), or nothing for a document-level finding.
 *
 * @example
 * findingScope({ boardId: 'rpi4', layoutName: '1G/6.12' }) // → ' [rpi4 1G/6.12]'
 */
export declare function findingScope(f: Pick<Finding, 'boardId' | 'layoutName'>): string;
/**
 * ` [board layouts; board layouts]` after the message of findings that differ only in their
 * layout (one line of the matrix, every RAM variant and kernel of a board, or of several
 * boards sharing a default): each board once with its layouts, at most `max` layouts named
 * and the rest counted. One finding gives findingScope()'s text.
 *
 * @example
 * groupScope([{ boardId: 'a', layoutName: '1G/6.1' }, { boardId: 'a', layoutName: '2G/6.1' }, { boardId: 'b', layoutName: '1G/6.1' }])
 * // → ' [a 1G/6.1, 2G/6.1; b 1G/6.1]'
 */
export declare function groupScope(fs: readonly Pick<Finding, 'boardId' | 'layoutName'>[], max?: number): string;
/**
 * groupScope()'s text without the brackets: `a 1G/6.1, 2G/6.1; b 1G/6.1` (a table cell's).
 *
 * @example
 * groupScopeText([{ boardId: 'a', layoutName: '1G' }, { boardId: 'a', layoutName: '2G' }]) // → 'a 1G, 2G'
 */
export declare function groupScopeText(fs: readonly Pick<Finding, 'boardId' | 'layoutName'>[], max?: number): string;
/** A finding's verified fix as one string ('' without one): two findings with the same fix have the same key. */
export declare function suggestionKey(f: Pick<Finding, 'suggestion'>): string;
/**
 * What findings that differ only in their layout have in common: place, severity, rule,
 * message, fix. groupFindings() groups by it; the text format's rows (stylish.ts) too.
 */
export declare function findingGroupKey(f: Finding): string;
/**
 * Findings grouped where they differ only in their layout (one command line, every RAM
 * variant and kernel of a board): one group per place, severity, rule, message and fix, in the
 * order of each group's first finding. What one annotation or one table row stands for.
 * With `bySuppression`, suppressed findings group apart, by their reason.
 *
 * @example
 * groupFindings([rpi1G, rpi2G, other]) // → [[rpi1G, rpi2G], [other]] when rpi1G and rpi2G differ only in layoutName
 */
export declare function groupFindings(findings: readonly Finding[], { bySuppression }?: {
    bySuppression?: boolean;
}): Finding[][];
/**
 * Layout names in natural order, runs of digits compared as numbers (`1G/6.1` < `2G/6.1` <
 * `16G/6.1`): the order check() and the fan-out's merge both give findings that rank alike
 * (layouts kept from the engine, which have no place among the simulated ones).
 *
 * @example
 * ['16G/6.1', '1G/6.1', '2G/6.1'].sort(compareLayoutNames) // → ['1G/6.1', '2G/6.1', '16G/6.1']
 */
export declare function compareLayoutNames(a: string, b: string): number;
/**
 * A finding's place among the report's layouts, so that the findings of one rule at one
 * place read in the matrix's order (5.10 before 6.1, the board's RAM variants as written),
 * not in the alphabetical order of their messages: -1 without a layout, after every
 * simulated layout for one that was not simulated. check()'s sortFindings() (src/index.ts)
 * and the fan-out's merge (src/fanout/merge.ts compareFindings()) both order by it.
 */
export declare function layoutRanks(layouts: readonly Pick<LayoutReport, 'file' | 'boardId' | 'layoutName'>[]): (f: Pick<Finding, 'file' | 'boardId' | 'layoutName'>) => number;
