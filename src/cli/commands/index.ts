// SPDX-License-Identifier: GPL-2.0-only
/**
 * The command registry (one file per command; `check` itself lives in ../main.ts). main()
 * dispatches on the first argument; the top-level help lists every command from here.
 */
import { explain } from './explain.js'
import { importCommand } from './import.js'
import { suggest } from './suggest.js'
import { sweep } from './sweep.js'
import type { Command } from './types.js'
import { wrapLine } from '../render/wrap.js'
import { verify } from './verify.js'

export type { Command, CliCapabilities } from './types.js'

/** Every command besides `check`, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [explain, sweep, suggest, importCommand, verify]

/** The command named by `name`, if any. */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((c) => c.name === name)
}

/**
 * `       crashkernel-check <synopsis>` for each command, for the top-level usage block. A
 * synopsis longer than the 92 columns the rest of the help keeps to goes on below, its options
 * lined up after the command's operand.
 */
export function synopses(): string {
  const lead = '       crashkernel-check '
  return COMMANDS.map((c) => wrapSynopsis(lead, c.synopsis, 92)).join('')
}

/**
 * Splits a synopsis before its `[` options so that no line passes `width` columns; a group
 * nested in another (`[--board id [--matrix file]]`) stays with it.
 */
export function wrapSynopsis(lead: string, synopsis: string, width: number): string {
  const words: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < synopsis.length; i++) {
    if (synopsis[i] === '[' && depth++ === 0 && i > 0) {
      words.push(synopsis.slice(start, i - 1))
      start = i
    } else if (synopsis[i] === ']') depth--
  }
  words.push(synopsis.slice(start))
  const head = words.shift()!
  const indent = ' '.repeat(lead.length + head.length + 1)
  const lines: string[] = []
  let line = lead + head
  for (const w of words) {
    if (line.length + 1 + w.length > width && line !== lead + head) {
      lines.push(line)
      line = indent + w
    } else line += ' ' + w
  }
  lines.push(line)
  return lines.map((l) => l + '\n').join('')
}

/** `  name   summary` for `check` and each command. */
export function commandList(): string {
  const all = [{ name: 'check', summary: 'check matrix files and report findings (the options below)' }, ...COMMANDS]
  const width = Math.max(...all.map((c) => c.name.length)) + 3
  return all.map((c) => `  ${c.name.padEnd(width)}${c.summary}\n`).join('')
}

/** What each known formatter is for, in `check --help`; a formatter not listed shows by name. */
const FORMAT_NOTES: Readonly<Record<string, string>> = {
  text: 'text (default)',
  json: 'json',
  markdown: 'markdown (the job summary)',
  github: 'github (workflow commands)',
  sarif: 'sarif (SARIF 2.1.0 for code scanning)',
  html: 'html (one self-contained page)',
}

/**
 * The `--format` names of a formatter registry for the help, wrapped under the option column.
 *
 * @example
 * formatNames(['text', 'json']) // → 'text (default) or json'
 */
export function formatNames(names: readonly string[], indent = 21, width = 90): string {
  const words = names.map((n) => FORMAT_NOTES[n] ?? n)
  const parts = words.map((w, i) => (i === words.length - 1 && i > 0 ? `or ${w}` : i < words.length - 2 ? `${w},` : w))
  // Wrapped as if it started at the option column's indent, which the caller's line gives it.
  return wrapLine(' '.repeat(indent) + parts.join(' '), width).slice(indent)
}
