// SPDX-License-Identifier: GPL-2.0-only
/**
 * How many terminal columns text takes, by user-perceived character (grapheme cluster): a
 * letter with its combining accents is one column, a CJK ideograph, a Hangul syllable or an
 * emoji two. Text cut to a width is cut between clusters, never between the two halves of a
 * surrogate pair nor before an accent.
 */

/**
 * Code points East Asian Width calls Wide or Fullwidth, and the emoji that terminals draw two
 * columns wide (sorted first–last ranges, as wcwidth()'s tables; a few narrow symbols among
 * the emoji blocks are counted wide: too wide is a shorter line, too narrow one that wraps).
 */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x231a, 0x231b], [0x2329, 0x232a], [0x23e9, 0x23ec], [0x23f0, 0x23f0], [0x23f3, 0x23f3],
  [0x25fd, 0x25fe], [0x2614, 0x2615], [0x2648, 0x2653], [0x267f, 0x267f], [0x2693, 0x2693], [0x26a1, 0x26a1],
  [0x26aa, 0x26ab], [0x26bd, 0x26be], [0x26c4, 0x26c5], [0x26ce, 0x26ce], [0x26d4, 0x26d4], [0x26ea, 0x26ea],
  [0x26f2, 0x26f3], [0x26f5, 0x26f5], [0x26fa, 0x26fa], [0x26fd, 0x26fd], [0x2705, 0x2705], [0x270a, 0x270b],
  [0x2728, 0x2728], [0x274c, 0x274c], [0x274e, 0x274e], [0x2753, 0x2755], [0x2757, 0x2757], [0x2795, 0x2797],
  [0x27b0, 0x27b0], [0x27bf, 0x27bf], [0x2b1b, 0x2b1c], [0x2b50, 0x2b50], [0x2b55, 0x2b55], [0x2e80, 0x303e],
  [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xa960, 0xa97f], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x16fe0, 0x16fe4],
  [0x17000, 0x18cff], [0x1b000, 0x1b2ff], [0x1f004, 0x1f004], [0x1f0cf, 0x1f0cf], [0x1f18e, 0x1f18e], [0x1f191, 0x1f19a],
  [0x1f1e6, 0x1f202], [0x1f210, 0x1f23b], [0x1f240, 0x1f248], [0x1f250, 0x1f251], [0x1f260, 0x1f265], [0x1f300, 0x1f64f],
  [0x1f680, 0x1f6ff], [0x1f7e0, 0x1f7eb], [0x1f900, 0x1f9ff], [0x1fa70, 0x1faff], [0x20000, 0x2fffd], [0x30000, 0x3fffd],
]

/** Whether a code point is in WIDE (binary search). */
function isWide(code: number): boolean {
  let lo = 0
  let hi = WIDE.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const [first, last] = WIDE[mid]!
    if (code < first) hi = mid - 1
    else if (code > last) lo = mid + 1
    else return true
  }
  return false
}

/** Columns of one grapheme cluster: two for a wide base or an emoji presentation (U+FE0F), else one. */
function clusterWidth(cluster: string): number {
  return isWide(cluster.codePointAt(0)!) || cluster.includes('\uFE0F') ? 2 : 1
}

let segmenter: Intl.Segmenter | undefined

/** The grapheme clusters of `text` with their widths in columns. */
function clusters(text: string): Array<{ text: string; width: number }> {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  return Array.from(segmenter.segment(text), ({ segment }) => ({ text: segment, width: clusterWidth(segment) }))
}

/**
 * The columns `text` takes on a terminal: one a grapheme cluster, two a wide one. Text of
 * code points below U+0300 alone (ASCII, Latin-1, Latin Extended: no combining mark, nothing
 * wide) takes one column a character, counted without segmenting it.
 *
 * @example
 * textColumns('rpi4') // → 4
 * textColumns('板子 é') // → 6 (two wide, a space, e and its accent)
 */
export function textColumns(text: string): number {
  let simple = true
  for (let i = 0; i < text.length && simple; i++) simple = text.charCodeAt(i) < 0x300
  if (simple) return text.length
  let total = 0
  for (const c of clusters(text)) total += c.width
  return total
}

/**
 * `text` as it is when it fits in `columns`, else its end after `…`, cut between grapheme
 * clusters so that the whole takes at most `columns` (a file name's end is what tells it apart).
 *
 * @example
 * fitFromLeft('boards/板子.json', 10) // → '…板子.json'
 * fitFromLeft('a😀😀', 4) // → '…😀'
 */
export function fitFromLeft(text: string, columns: number): string {
  if (textColumns(text) <= columns) return text
  const all = clusters(text)
  let from = all.length
  let used = 1 // the ellipsis
  while (from > 0 && used + all[from - 1]!.width <= columns) used += all[--from]!.width
  return `…${all.slice(from).map((c) => c.text).join('')}`
}
