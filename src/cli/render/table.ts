// SPDX-License-Identifier: GPL-2.0-only
/** A plain text table: a header row, a rule, rows; columns padded to their widest cell. */
import { pad, visibleLength } from './color.js'

export interface TableOptions {
  /** Columns to right-align (by index). */
  right?: readonly number[]
  /** Text before each line (indentation). */
  indent?: string
  /** Between columns (default two spaces). */
  gap?: string
}

/**
 * Renders rows under a header.
 *
 * @example
 * renderTable(['kernel', '256M'], [['6.1.192', 'DMA32']])
 * // → 'kernel   256M\n───────  ─────\n6.1.192  DMA32\n'
 */
export function renderTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>, options: TableOptions = {}): string {
  const widths = header.map((h, i) => Math.max(visibleLength(h), ...rows.map((r) => visibleLength(r[i] ?? ''))))
  const gap = options.gap ?? '  '
  const indent = options.indent ?? ''
  const line = (cells: readonly string[]) =>
    `${indent}${cells.map((c, i) => pad(c, widths[i] ?? 0, options.right?.includes(i) ?? false)).join(gap).trimEnd()}\n`
  return line(header) + line(widths.map((w) => '─'.repeat(w))) + rows.map(line).join('')
}
