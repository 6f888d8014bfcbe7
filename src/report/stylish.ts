// SPDX-License-Identifier: GPL-2.0-only
/**
 * ESLint's "stylish" layout: findings grouped by file, `line:col  severity  message  rule`,
 * each with a `fix` row under it when it has a verified fix (once for a run of findings that
 * share it), and a `fix` row for each board that has one crashkernel= value for every layout
 * (which replaces the fixes of that board's findings to the same command line), then a
 * total, and the kernel override when one replaced each board's kernels. Plain text, no
 * colour (the CLI may run in CI logs).
 *
 * Matrix text (file names, board ids, layout names, messages quoting them) is shown through
 * visibleText(): a newline or a control character in it is printed as an escape (`\n`,
 * `\x1b`), so no string can start a line of its own (a workflow command in a runner's log)
 * or drive a terminal; a file name never starts a line with `::` either.
 */
import { expectReport } from '../errors.js'
import { visibleText } from './escape.js'
import type { FormatContext } from './formatters.js'
import { findingGroupKey, groupScope, suggestionKey, unsimulatedText, type Finding, type Report } from './types.js'

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length)
}

/**
 * Formats a report for a terminal.
 *
 * @example
 * formatStylish(report)
 * // → 'examples/broken.json\n   12:7  error  unknown property "confg"  SC002 schema-violation\n\n✖ 1 problem (1 error, 0 warnings, 0 notes)\n…'
 * formatStylish({ ...report, kernelOverride: ['6.12', '7.2'] }).endsWith("Kernels checked: 6.12, 7.2, instead of each board's kernels\n") // → true
 */
export function formatStylish(report: Report, _ctx: FormatContext = {}): string {
  expectReport('formatStylish', report)
  const lines: string[] = []
  for (const file of report.files) {
    const findings = report.findings.filter((f) => f.file === file && !f.suppressed)
    if (findings.length === 0) continue
    const heading = visibleText(file)
    // A relative path that starts like a workflow command (`::warning::x.json`) is shown as `./…`: the same file.
    lines.push(/^\s*::/.test(heading) ? `./${heading}` : heading)
    // A board with a value of its own below has it instead of its findings' fixes to that
    // command line; a fix elsewhere (a kernel entry: "Use kernel 6.12") is not replaced by it,
    // and may be what the board-wide value leaves ("leaving a warning on 1").
    const boardWide = new Set((report.boardSuggestions ?? []).filter((b) => b.file === file).map((b) => `${b.boardId}\0${b.suggestion.pointer}`))
    const hiddenFix = (f: Finding): boolean => f.suggestion !== undefined && boardWide.has(`${f.boardId}\0${f.suggestion.pointer}`)
    // Findings that differ only in their layout (one bad command line, every RAM variant and
    // kernel of a board) or their board (a value in "defaults" that several boards take: its
    // place and message are theirs alike) are one row naming them, not one row each, as the
    // annotations and the Markdown tables group them (groupFindings()).
    // Fixes a board-wide value below replaces are not shown, so they do not split a group: rows
    // that read the same are one row (x86 5.10 and 7.2 fixing one fallback with 1616M and 1632M).
    const shownKey = (f: Finding): string => {
      if (!hiddenFix(f)) return findingGroupKey(f)
      const { suggestion: _hidden, ...rest } = f
      return findingGroupKey(rest)
    }
    // Grouped wherever they are in the list, not only when adjacent: two messages at one
    // place alternate layout by layout (`,high` and `,low` ignored on each of 12 layouts), and
    // a run-only grouping printed each of them once per layout where the Markdown table has a
    // row each. A group is printed where its first finding is; a finding of neither a layout
    // nor a board is a row of its own.
    const groups: Finding[][] = []
    const open = new Map<string, Finding[]>()
    for (const f of findings) {
      const key = f.layoutName === undefined && f.boardId === undefined ? undefined : shownKey(f)
      const group = key === undefined ? undefined : open.get(key)
      if (group) group.push(f)
      else {
        groups.push([f])
        if (key !== undefined) open.set(key, groups[groups.length - 1]!)
      }
    }
    const rows = groups.map((g) => {
      const f = g[0]!
      const where = f.location ? `${f.location.line}:${f.location.column}` : '0:0'
      const scope = groupScope(g)
      return [where, f.severity, visibleText(`${f.message}${scope}`), visibleText(`${f.ruleId} ${f.ruleName}`)] as const
    })
    const w0 = Math.max(...rows.map((r) => r[0].length))
    const w1 = Math.max(...rows.map((r) => Math.max(r[1].length, 'fix'.length)))
    // The boards of a row's fix: ` [b; c]` for a fix of a value they share.
    const fixBoards = (g: readonly Finding[]): string => groupScope(g.map((x) => (x.boardId === undefined ? {} : { boardId: x.boardId })))
    const fixKey = (i: number): string | undefined => {
      const g = groups[i]
      const f = g?.[0]
      return f?.suggestion && !hiddenFix(f) ? `${fixBoards(g!)}\0${suggestionKey(f)}` : undefined
    }
    // One value for the whole board, after the last of the findings whose own fixes it
    // replaces (not after the other boards' findings further down the file, where it would
    // read as theirs); a board with no row of its own has it at the end.
    const boardFixes = (report.boardSuggestions ?? []).filter((b) => b.file === file)
    const lastRowOf = new Map<string, number>()
    groups.forEach((g, i) => {
      for (const f of g) lastRowOf.set(`${f.boardId}`, i)
    })
    const boardFixLine = (b: (typeof boardFixes)[number]): string => {
      const where = b.location ? `${b.location.line}:${b.location.column}` : '0:0'
      return `  ${where.padStart(w0)}  ${pad('fix', w1)}  ${visibleText(`${b.suggestion.description} [${b.boardId}]`)}`
    }
    rows.forEach(([where, severity, message, rule], i) => {
      lines.push(`  ${where.padStart(w0)}  ${pad(severity, w1)}  ${message}  ${rule}`)
      // The verified fix under its finding, once for a run of findings with the same one
      // (the layouts of a board at one place usually share it).
      const key = fixKey(i)
      const f = groups[i]![0]!
      if (key !== undefined && key !== fixKey(i + 1)) lines.push(`  ${where.padStart(w0)}  ${pad('fix', w1)}  ${visibleText(`${f.suggestion!.description}${fixBoards(groups[i]!)}`)}`)
      for (const b of boardFixes) if (lastRowOf.get(b.boardId) === i) lines.push(boardFixLine(b))
    })
    for (const b of boardFixes) if (!lastRowOf.has(b.boardId)) lines.push(boardFixLine(b))
    lines.push('')
  }
  const c = report.counts
  const total = c.error + c.warning + c.note
  // A run that could not check all of its input (an unreadable file, an unmatched --boards)
  // exits 2: no ✔ for it, whatever was found in the rest.
  const inputProblems = report.problems?.length ?? 0
  const mark = total === 0 && inputProblems === 0 ? '✔' : '✖'
  lines.push(`${mark} ${total} problem${total === 1 ? '' : 's'} (${c.error} error${c.error === 1 ? '' : 's'}, ${c.warning} warning${c.warning === 1 ? '' : 's'}, ${c.note} note${c.note === 1 ? '' : 's'})${c.suppressed ? `, ${c.suppressed} suppressed` : ''}`)
  const boards = new Set(report.layouts.map((l) => `${l.file}\0${l.boardId}`)).size
  const unsimulated = unsimulatedText(report)
  lines.push(`${report.layouts.length} layout${report.layouts.length === 1 ? '' : 's'} of ${boards} board${boards === 1 ? '' : 's'} simulated in ${report.files.length} file${report.files.length === 1 ? '' : 's'}${unsimulated ? `; ${unsimulated}` : ''}`)
  // The layouts above are of other kernels than the matrix lists: said last, after the counts they qualify.
  if (report.kernelOverride && report.kernelOverride.length > 0) lines.push(`Kernels checked: ${visibleText(report.kernelOverride.join(', '))}, instead of each board's kernels`)
  if (inputProblems > 0) lines.push(`${inputProblems} problem${inputProblems === 1 ? '' : 's'} with the input kept part of it from being checked (exit status 2), said on stderr`)
  return `${lines.join('\n')}\n`
}
