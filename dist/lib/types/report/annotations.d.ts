import { type Finding, type Report } from './types.js';
/** GitHub's per-step cap for each annotation level. */
export declare const MAX_PER_LEVEL = 10;
/** GitHub's per-job cap over all levels. */
export declare const MAX_PER_JOB = 50;
export type AnnotationLevel = 'error' | 'warning' | 'notice';
/** One annotation, in the shape of @actions/core's AnnotationProperties plus level and message. */
export interface Annotation {
    level: AnnotationLevel;
    message: string;
    title: string;
    file: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
    /** The finding sits on a line the pull request changed. */
    onChangedLine: boolean;
    /** The first of `findings`. */
    finding: Finding;
    /** The findings the annotation stands for: one, or several that differ only in their layout. */
    findings: Finding[];
}
/**
 * The annotation as @actions/core's AnnotationProperties (what `core.error(message, props)` takes).
 */
export declare function annotationProperties(a: Annotation): {
    title: string;
    file: string;
    startLine?: number;
    endLine?: number;
    startColumn?: number;
    endColumn?: number;
};
export interface AnnotationPlan {
    emit: Annotation[];
    overflow: Finding[];
}
/** Lines a pull request added or changed, by workspace-relative path (1-based, new side). */
export type ChangedLines = ReadonlyMap<string, ReadonlySet<number>>;
export interface AnnotationOptions {
    /** Per-level cap (default 10, GitHub's per-step limit). */
    perLevel?: number | undefined;
    /** Cap over all levels (default 50, GitHub's per-job limit). */
    perJob?: number | undefined;
    /**
     * Slots kept free per level for the caller's own annotations: `core.setFailed` prints an
     * `::error::` that counts against the same 10, and so does a warning or notice the action
     * prints about itself (comment skipped, SARIF problem, "N more not shown").
     */
    reserved?: Partial<Record<AnnotationLevel, number>> | undefined;
    /** Lines the pull request changed; findings on them come first within a level. */
    changedLines?: ChangedLines | undefined;
}
/**
 * Whether a finding's span touches a changed line.
 *
 * @example
 * onChangedLine(findingAtLine12, new Map([['m.json', new Set([12])]])) // → true
 */
export declare function onChangedLine(f: Finding, changed: ChangedLines | undefined): boolean;
/**
 * The annotation's text: the finding, then on lines of their own the crash kernel lines the
 * kernel prints that back it (those the message does not already quote; the "Zone ranges:"
 * block some findings also carry is left to the job summary) and its verified fix, so the line
 * of the pull request says what the kernel would print and what to change.
 */
export declare function annotationMessage(f: Finding, group?: readonly Finding[]): string;
/**
 * toAnnotations() keeping `reserve(false)` slots for the caller's own annotations, and
 * `reserve(true)` where findings are left over: the line that says so is an annotation too,
 * within the same 10 a level, and GitHub drops what comes last.
 *
 * @example
 * annotationsKeeping(report, (overflow) => ({ error: 1, notice: overflow ? 1 : 0 }))
 */
export declare function annotationsKeeping(report: Report, reserve: (overflowNotice: boolean) => NonNullable<AnnotationOptions['reserved']>, options?: Omit<AnnotationOptions, 'reserved'>): AnnotationPlan;
/**
 * Plans the annotations for a report.
 *
 * @param report - the report
 * @param options - caps (defaults: GitHub's), reserved slots, the PR's changed lines
 * @returns annotations to emit and findings left over (in the same order)
 * @example
 * toAnnotations(reportWith12Errors).emit.length   // → 10
 * toAnnotations(reportWith12Errors).overflow.length // → 2
 * toAnnotations(reportWith12Errors, { reserved: { error: 1 } }).emit.length // → 9
 */
export declare function toAnnotations(report: Report, options?: AnnotationOptions): AnnotationPlan;
