// SPDX-License-Identifier: GPL-2.0-only
/** Word wrapping of terminal prose at a width, its continuation lines indented as the first. */
import { uncoloured, visibleLength } from './color.js'

/** The terminal width prose is wrapped at. */
export const PROSE_WIDTH = 80

/** The units of humanSize() (and a share's `%`): never the first word of a line, apart from their number. */
const UNITS = new Set(['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', '%'])

/**
 * One line of prose wrapped at spaces to `width` columns (ANSI codes take none), each
 * continuation line with the first line's leading spaces; a word wider than the room stays
 * whole, and so do a size and its unit (`3.5 GiB`), a range's two ends (`0x0 – 0xffff`) and
 * each occurrence of a `keep` string (a line of the kernel's quoted in the prose, a `name
 * value` pair). No trailing newline.
 *
 * @example
 * wrapLine('  a long sentence', 12) // → '  a long\n  sentence'
 * wrapLine('said "no room here" then', 16, ['"no room here"']) // → 'said\n"no room here"\nthen'
 */
export function wrapLine(line: string, width = PROSE_WIDTH, keep: readonly string[] = []): string {
  const text = line.trimStart()
  const indent = line.slice(0, line.length - text.length)
  const lines: string[] = []
  let current = ''
  for (const word of words(text, keep)) {
    if (current !== '' && visibleLength(indent) + visibleLength(current) + 1 + visibleLength(word) > width) {
      lines.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  lines.push(current)
  return lines.map((l) => indent + l).join('\n')
}

/**
 * `text` split at its spaces, but for those inside an occurrence of a `keep` string, before a
 * unit (`MiB,` included) and around a range's ` – `.
 */
function words(text: string, keep: readonly string[]): string[] {
  const out: string[] = []
  for (const word of spans(text, keep)) {
    const prev = out.at(-1)
    // Colour aside: a bold size (`\x1b[1m3.5 GiB\x1b[22m`) ends in its unit and a code.
    const plain = uncoloured(word)
    if (prev !== undefined && (UNITS.has(trimEnd(plain, ',;:.)')) || plain === '–' || uncoloured(prev).endsWith(' –'))) out[out.length - 1] = `${prev} ${word}`
    else out.push(word)
  }
  return out
}

/** `s` without the trailing characters of `chars`. */
function trimEnd(s: string, chars: string): string {
  let end = s.length
  while (end > 0 && chars.includes(s[end - 1]!)) end--
  return s.slice(0, end)
}

/** `text` split at its spaces, but for those inside an occurrence of a `keep` string. */
function spans(text: string, keep: readonly string[]): string[] {
  if (keep.length === 0) return text.split(' ')
  const kept = new Uint8Array(text.length)
  for (const k of keep) {
    if (k === '') continue
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + k.length)) kept.fill(1, at, at + k.length)
  }
  const out: string[] = []
  let start = 0
  for (let i = 0; i < text.length; i++) {
    if (text[i] === ' ' && kept[i] === 0) {
      out.push(text.slice(start, i))
      start = i + 1
    }
  }
  out.push(text.slice(start))
  return out
}
