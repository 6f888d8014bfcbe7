// SPDX-License-Identifier: GPL-2.0-only
/**
 * Half-open physical ranges [base, end) as the importers need them: sort, merge, subtract,
 * compare. `end` is exclusive here even where the input printed an inclusive end; the
 * parsers convert at the edge.
 */

export interface Span {
  base: bigint
  /** Exclusive. */
  end: bigint
}

/** Sorted copy, merging overlapping and (when `adjacent`) touching spans. */
export function mergeSpans<T extends Span>(spans: readonly T[], adjacent = true): Span[] {
  const sorted = [...spans].filter((s) => s.end > s.base).sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  const out: Span[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && (adjacent ? s.base <= last.end : s.base < last.end)) {
      if (s.end > last.end) last.end = s.end
    } else out.push({ base: s.base, end: s.end })
  }
  return out
}

/** `a` minus every span of `b`, sorted and merged. */
export function subtractSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  let rest = mergeSpans(a)
  for (const cut of mergeSpans(b)) {
    const next: Span[] = []
    for (const s of rest) {
      if (cut.end <= s.base || cut.base >= s.end) {
        next.push(s)
        continue
      }
      if (cut.base > s.base) next.push({ base: s.base, end: cut.base })
      if (cut.end < s.end) next.push({ base: cut.end, end: s.end })
    }
    rest = next
  }
  return rest
}

/** Parts of `a` that lie inside `b`. */
export function intersectSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  return subtractSpans(a, subtractSpans(a, b))
}

/** Whether two span lists cover exactly the same addresses. */
export function sameCoverage(a: readonly Span[], b: readonly Span[]): boolean {
  const x = mergeSpans(a)
  const y = mergeSpans(b)
  return x.length === y.length && x.every((s, i) => s.base === y[i]?.base && s.end === y[i]?.end)
}

/** Whether `inner` lies entirely inside the union of `outer`. */
export function covers(outer: readonly Span[], inner: Span): boolean {
  return subtractSpans([inner], outer).length === 0
}
