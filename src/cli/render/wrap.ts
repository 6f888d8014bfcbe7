// SPDX-License-Identifier: GPL-2.0-only
/** Word wrapping of terminal prose at a width, its continuation lines indented as the first. */
import { visibleLength } from './color.js'

/** The terminal width prose is wrapped at. */
export const PROSE_WIDTH = 80

/**
 * One line of prose wrapped at spaces to `width` columns (ANSI codes take none), each
 * continuation line with the first line's leading spaces; a word wider than the room stays
 * whole. No trailing newline.
 *
 * @example
 * wrapLine('  a long sentence', 12) // → '  a long\n  sentence'
 */
export function wrapLine(line: string, width = PROSE_WIDTH): string {
  const text = line.trimStart()
  const indent = line.slice(0, line.length - text.length)
  const lines: string[] = []
  let current = ''
  for (const word of text.split(' ')) {
    if (current !== '' && visibleLength(indent) + visibleLength(current) + 1 + visibleLength(word) > width) {
      lines.push(current)
      current = word
    } else current = current === '' ? word : `${current} ${word}`
  }
  lines.push(current)
  return lines.map((l) => indent + l).join('\n')
}
