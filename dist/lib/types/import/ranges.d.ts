/**
 * Half-open physical ranges [base, end) as the importers need them: sort, merge, subtract,
 * compare. `end` is exclusive here even where the input printed an inclusive end; the
 * parsers convert at the edge.
 */
export interface Span {
    base: bigint;
    /** Exclusive. */
    end: bigint;
}
/** Sorted copy, merging overlapping and (when `adjacent`) touching spans. */
export declare function mergeSpans<T extends Span>(spans: readonly T[], adjacent?: boolean): Span[];
/** `a` minus every span of `b`, sorted and merged. */
export declare function subtractSpans(a: readonly Span[], b: readonly Span[]): Span[];
/** Parts of `a` that lie inside `b`. */
export declare function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[];
/** Whether two span lists cover exactly the same addresses. */
export declare function sameCoverage(a: readonly Span[], b: readonly Span[]): boolean;
/** Whether `inner` lies entirely inside the union of `outer`. */
export declare function covers(outer: readonly Span[], inner: Span): boolean;
