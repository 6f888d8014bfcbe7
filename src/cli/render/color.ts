// SPDX-License-Identifier: GPL-2.0-only
/**
 * ANSI colour for terminal drawings: on only when stdout is a terminal and NO_COLOR is unset
 * or empty (https://no-color.org), unless FORCE_COLOR says otherwise (as it does for Node). Otherwise every function returns its text unchanged, so
 * files, pipes and tests get plain text.
 */
import { textColumns } from './width.js'

export interface Palette {
  enabled: boolean
  bold(text: string): string
  dim(text: string): string
  red(text: string): string
  green(text: string): string
  yellow(text: string): string
  blue(text: string): string
  magenta(text: string): string
  cyan(text: string): string
  grey(text: string): string
}

const sgr = (open: number, close: number) => (text: string) => (text === '' ? text : `\x1b[${open}m${text}\x1b[${close}m`)
const plain = (text: string): string => text

/** The palette for an output stream. */
export function palette(enabled: boolean): Palette {
  if (!enabled) return { enabled, bold: plain, dim: plain, red: plain, green: plain, yellow: plain, blue: plain, magenta: plain, cyan: plain, grey: plain }
  return {
    enabled,
    bold: sgr(1, 22),
    dim: sgr(2, 22),
    red: sgr(31, 39),
    green: sgr(32, 39),
    yellow: sgr(33, 39),
    blue: sgr(34, 39),
    magenta: sgr(35, 39),
    cyan: sgr(36, 39),
    grey: sgr(90, 39),
  }
}

/** The FORCE_COLOR values Node colours with (16, 256 or 16M colours); every other one is off. */
const FORCE_COLOR_ON: ReadonlySet<string> = new Set(['', '1', 'true', '2', '3'])

/**
 * Whether to colour stdout: FORCE_COLOR as Node reads it decides when set (``, `1`, `true`,
 * `2`, `3`: always, so a CI log that renders colour gets it through a pipe; any other value,
 * `0` and `false` among them: never); otherwise a terminal, and NO_COLOR unset or empty.
 * (Node's lib/internal/tty.js getColorDepth(): any other value is 1-bit colour, none.)
 */
export function colorForStdout(io: { isTTY?: { stdout?: boolean }; env?: Readonly<Record<string, string | undefined>> }): boolean {
  const force = io.env?.['FORCE_COLOR']
  if (force !== undefined) return FORCE_COLOR_ON.has(force)
  const noColor = io.env?.['NO_COLOR']
  return io.isTTY?.stdout === true && (noColor === undefined || noColor === '')
}

// eslint-disable-next-line no-control-regex
const ANSI = /\x1b\[[0-9;]*m/g

/** `text` without its ANSI codes: what a terminal shows. */
export function uncoloured(text: string): string {
  return text.replace(ANSI, '')
}

/**
 * Display width of a string without its ANSI codes, in terminal columns (textColumns()): a
 * board id or a file name in CJK or with an emoji takes two a character, and a table padded
 * by code points would not line up under it.
 */
export function visibleLength(text: string): number {
  return textColumns(uncoloured(text))
}

/** Pads to a display width (left-aligned, or right-aligned with `right`). */
export function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - visibleLength(text)))
  return right ? fill + text : text + fill
}
