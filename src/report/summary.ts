// SPDX-License-Identifier: GPL-2.0-only
/**
 * The job summary (GitHub-flavoured Markdown), pure: renderSummary(report, ctx) → string.
 *
 * Sections, in the order they are kept when the 1 MiB cap bites:
 * 1. totals, the kernels checked when an override replaced each board's (`report.kernelOverride`), why
 *    the run fails besides findings (a missing file or shard: `ctx.problems`), and what the
 *    action did besides (comment, SARIF: `ctx.notes`);
 * 2. "Not shown as annotations": how many findings GitHub's annotation caps left out, by
 *    severity (the findings table lists them with the rest, errors first);
 * 3. every finding, with its position, board/layout, message, suggestion and rule link (one
 *    row for findings that differ only in their layout, naming the layouts);
 * 4. one row per simulated layout (board × RAM × kernel): status, where crashkernel landed
 *    (main / low), zones, DMA reach;
 * 5. per failing layout: its findings, a Mermaid memory map (see memory-map.ts) and the
 *    simulated kernel's log in a details block;
 * 6. the rules that fired, with links to their docs.
 * Everything from the matrix is escaped (escape.ts). The document is built from whole blocks
 * (budget.ts): a cut never leaves an open fence or tag, and a note says what was cut.
 */
import { expectReport } from '../errors.js'
import { dmesgOf, type SimulationResult } from '../engine/index.js'
import { getRule } from '../rules/index.js'
import { BudgetedText, utf16Units, utf8Bytes, type Measure } from './budget.js'
import { codeElement, codeFence, codeSpan, escapeHtml, escapeInlineHtml, escapeMarkdown } from './escape.js'
import type { FormatContext } from './formatters.js'
import { fmtAddr, humanSize, renderMemoryMap } from './memory-map.js'
import { bootStoppedEarly, crashkernelCutOff, panicCause } from './describe.js'
import { groupFindings, groupScopeText, SEVERITY_RANK, unlistedUnsimulated, unsimulatedFindings, problemMark, unsimulatedText, unsimulatedWhy, type BoardSuggestion, type Finding, type LayoutReport, type Report, type Severity } from './types.js'
import { reasonWords } from './outcome-words.js'
import { layoutMute, outcomeFails, outcomeRule } from './mute.js'

/** GitHub's cap on one step's job summary: 1 MiB (toolkit core/src/summary.ts). */
export const SUMMARY_MAX_BYTES = 1024 * 1024
/** Failing layouts drawn in full; the rest are listed by name. */
export const MAX_LAYOUT_SECTIONS = 25
/** Kernel-log lines shown per layout. */
export const MAX_LOG_LINES = 200

export const ICON: Record<Severity | 'ok', string> = { error: '❌', warning: '⚠️', note: 'ℹ️', ok: '✅' }

/** `file:line:col` of a finding or a board suggestion (or the file alone). */
export function findingWhere(f: Pick<Finding, 'file' | 'location'>): string {
  return f.location ? `${f.file}:${f.location.line}:${f.location.column}` : f.file
}

/**
 * The web page of a matrix file at a line: `file` as findings name it (from its repository's
 * root), `line` 1-based or absent for the file. Undefined: no page (the CLI's Markdown, or a
 * file the action cannot place in the repository it runs for); the location stays plain text.
 */
export type SourceLink = (file: string, line?: number) => string | undefined

/**
 * A finding's or board suggestion's `file:line:col` as a code span, linked to its line when
 * `link` knows the page (the summary and comment of a pull request: one click to the line).
 */
function whereMarkdown(f: Pick<Finding, 'file' | 'location'>, link: SourceLink | undefined, where: 'inline' | 'table' = 'inline'): string {
  const text = codeSpan(findingWhere(f), where)
  const url = link?.(f.file, f.location?.line)
  return url === undefined ? text : `[${text}](${url})`
}

/** Active findings by file and board, built once per report (a 10,000-board fleet has as many layouts as findings). */
const BY_BOARD = new WeakMap<Report, Map<string, Finding[]>>()

function boardFindings(report: Report, file: string, boardId: string): readonly Finding[] {
  let index = BY_BOARD.get(report)
  if (!index) {
    index = new Map()
    for (const f of report.findings) {
      if (f.suppressed || f.boardId === undefined) continue
      const key = `${f.file}\0${f.boardId}`
      const list = index.get(key)
      if (list) list.push(f)
      else index.set(key, [f])
    }
    BY_BOARD.set(report, index)
  }
  return index.get(`${file}\0${boardId}`) ?? []
}

/**
 * The findings of a layout: same board and layout. A finding that names no layout (SC001–SC003)
 * is about what was not simulated — another kernel or RAM variant of the board, or another
 * board with the same id — or, an SC003 warning, about a setting no layout reads, so it stays
 * in the findings table (as in the HTML report).
 */
export function layoutFindings(report: Report, l: LayoutReport): Finding[] {
  return boardFindings(report, l.file, l.boardId).filter((f) => f.layoutName === l.layoutName)
}

/** The worst severity among findings, or `ok`. */
export function worst(findings: readonly Finding[]): Severity | 'ok' {
  let best: Severity | 'ok' = 'ok'
  for (const f of findings) if (best === 'ok' || SEVERITY_RANK[f.severity] < SEVERITY_RANK[best]) best = f.severity
  return best
}

/** The suppressed findings of each layout (file, board, layout name), built once per report. */
const SUPPRESSED = new WeakMap<Report, Map<string, Finding[]>>()

/** The suppressed findings of a layout. */
function layoutSuppressed(report: Report, l: LayoutReport): readonly Finding[] {
  let index = SUPPRESSED.get(report)
  if (!index) {
    index = new Map()
    for (const f of report.findings) {
      if (!f.suppressed || f.boardId === undefined || f.layoutName === undefined) continue
      const key = `${f.file}\0${f.boardId}\0${f.layoutName}`
      const list = index.get(key)
      if (list) list.push(f)
      else index.set(key, [f])
    }
    SUPPRESSED.set(report, index)
  }
  return index.get(`${l.file}\0${l.boardId}\0${l.layoutName}`) ?? []
}

/**
 * The suppressed findings about a layout's outcome (outcomeRule(): a failed or hanging
 * reservation, a boot that panics, a fallback, an ignored crashkernel=): only its own finding
 * accepts a failure; another suppressed finding of the layout (an unmodelled parameter, say)
 * says nothing about it.
 */
function suppressedFindings(report: Report, l: LayoutReport): readonly Finding[] {
  const rule = outcomeRule(l.result, l.cmdline)
  return layoutSuppressed(report, l).filter((f) => f.ruleId === rule)
}

/** A layout the layouts table can leave out first: no active finding, nothing failed, and nothing accepted (layoutMute()). */
function isClean(report: Report, l: LayoutReport): boolean {
  return worst(layoutFindings(report, l)) === 'ok' && !isFailing(report, l) && mutedBy(report, l) === undefined
}

/** Why a layout with no active finding is muted (layoutMute(), from its own findings, suppressed ones too), or undefined. */
function mutedBy(report: Report, l: LayoutReport): 'suppressed' | 'off' | undefined {
  return layoutMute([...layoutFindings(report, l), ...layoutSuppressed(report, l)], l.result, l.cmdline)
}

/** A layout needs a closer look: an error finding, a reservation that failed or hangs, or a boot that panics. */
export function isFailing(report: Report, l: LayoutReport): boolean {
  return worst(layoutFindings(report, l)) === 'error' || outcomeFails(l.result)
}

/**
 * A failing layout the board's owners accepted: its reservation fails or hangs, no active
 * error concerns it, and a finding about it is suppressed (`suppress` with a reason). The
 * job summary still draws it (the kernel still fails), saying so; the pull request comment,
 * which shows what needs attention, leaves it out.
 */
function isAccepted(report: Report, l: LayoutReport): boolean {
  return worst(layoutFindings(report, l)) !== 'error' && isFailing(report, l) && suppressedFindings(report, l).length > 0
}

/**
 * A layout's icon: its worst active finding's; ❌ for a reservation that fails or hangs
 * with no finding at all (its rule turned off) and, in a failing layout's own heading
 * (`failingHeading`), also when the finding about it is suppressed: the kernel still fails;
 * in a table row, ACCEPTED_ICON for a layout with no active finding that layoutMute() mutes
 * (a failure whose finding is suppressed; a fallback or an ignored crashkernel= whose finding
 * is suppressed or whose rule is off; a reservation whose only findings are suppressed, such
 * as LM001 or PR001), as the HTML report mutes it: ✅ there read as a clean layout.
 */
function layoutIcon(report: Report, l: LayoutReport, failingHeading = false): string {
  const status = worst(layoutFindings(report, l))
  if (status === 'error') return ICON.error
  // Failing without an active error: the reservation failed or hangs. Its own heading says
  // so whatever else is active (a warning); a table row keeps its findings' icon when the
  // failure's finding is suppressed (the cell says "failed").
  if (failingHeading && isFailing(report, l)) return ICON.error
  if (status !== 'ok') return ICON[status]
  if (mutedBy(report, l) !== undefined) return ACCEPTED_ICON
  return isFailing(report, l) ? ICON.error : ICON.ok
}

/**
 * A table row's icon for a layout with no active finding that its board accepts (layoutMute()):
 * muted, neither ✅ (the kernel still fails, falls back or ignores crashkernel=) nor ❌ (the run
 * passes).
 */
export const ACCEPTED_ICON = '🔕'

function region(r: { base: bigint; size: bigint }): string {
  return `${humanSize(r.size)} at ${fmtAddr(r.base)}–${fmtAddr(r.base + r.size - 1n)}`
}

/** The "crashkernel" (main) cell; `cmdline`, the layout's, tells a crashkernel= cut off from none. */
export function mainCell(sim: SimulationResult, cmdline?: string): string {
  // The region is reserved first, but the machine never comes up to load a crash kernel.
  if (sim.panic) return `❌ ${escapeMarkdown(`boot panics in ${sim.panic.fn}() (${panicCause(sim.panic)})`)}`
  const ck = sim.crashkernel
  switch (ck.kind) {
    case 'not-requested': {
      const cut = crashkernelCutOff(sim, cmdline)
      return cut !== undefined ? escapeMarkdown(`not requested: crashkernel= cut off (COMMAND_LINE_SIZE ${cut})`) : 'not requested'
    }
    case 'ignored':
      return `ignored (${reasonWords(sim)})`
    case 'reserved': {
      // `@offset` as a code span: as text, GitHub would link (and notify) the user "offset".
      const tags = [ck.high ? ',high' : '', ck.fixed ? '`@offset`' : '', ck.fellBack ? 'fell back' : ''].filter(Boolean)
      return `${region(ck.main)}${tags.length ? ` (${tags.join(', ')})` : ''}`
    }
    case 'failed':
      return `❌ failed: ${humanSize(ck.size)} (${reasonWords(sim)})`
    case 'hang':
      return ck.cause === 'early-param' ? `❌ boot stops at ${ck.param}` : `❌ boot hangs retrying ${humanSize(ck.size)}`
  }
}

/** The "low" cell. */
export function lowCell(sim: SimulationResult): string {
  return sim.crashkernel.kind === 'reserved' && sim.crashkernel.low ? region(sim.crashkernel.low) : '—'
}

/** Zones, compactly: `DMA 0x0–0x3fff_ffff · DMA32 empty · Normal 0x4000_0000–…`. */
export function zonesCell(sim: SimulationResult): string {
  if (sim.zones.length === 0) return '—'
  return sim.zones.map((z) => (z.start === null || z.end === null ? `${z.name} empty` : `${z.name} ${fmtAddr(z.start)}–${fmtAddr(z.end)}`)).join(' · ')
}

/** DMA reach: each dump target's limit and whether every crash region lies within it. */
export function reachCell(l: LayoutReport): string {
  const sim = l.result
  const targets = (l.devices ?? []).filter((d) => d.dumpTarget)
  const regions = sim.crashkernel.kind === 'reserved' ? [sim.crashkernel.main, ...(sim.crashkernel.low ? [sim.crashkernel.low] : [])] : []
  // kdump needs one region the dump target can reach for its DMA buffers (the low one when there is one).
  const dmaRegion = regions.length === 0 ? undefined : regions.reduce((lo, r) => (r.base < lo.base ? r : lo))
  const parts = targets.map((d) => {
    const ok = dmaRegion === undefined ? '' : dmaRegion.base + dmaRegion.size - 1n <= d.dmaLimit ? ' ✅' : ' ❌'
    return `${escapeMarkdown(d.name)} ≤ ${fmtAddr(d.dmaLimit)}${ok}`
  })
  // CRASH_ADDR_LOW_MAX by its kernel name (the memory map's caption uses it too): "low max" read as a device.
  if (!bootStoppedEarly(sim)) parts.push(`${escapeMarkdown('CRASH_ADDR_LOW_MAX')} ${fmtAddr(sim.lowMax)}`)
  return parts.length === 0 ? '—' : parts.join('<br>')
}

function findingLine(f: Finding, link?: SourceLink): string {
  const scope = f.boardId ? ` [${escapeMarkdown(f.boardId)}${f.layoutName ? ` ${escapeMarkdown(f.layoutName)}` : ''}]` : ''
  return `- ${whereMarkdown(f, link)} ${f.severity} ${escapeMarkdown(f.message)}${scope} ([${escapeMarkdown(f.ruleId)}](${f.docsUrl}))`
}

/**
 * A suggestion's description for a table cell, the values it quotes (`"crashkernel=256M@0x1ee00000"`)
 * as code spans: they are what the reader copies into a command line, shown as written
 * (GitHub makes no @-mention inside code, so no zero-width space goes in even where
 * escapeMarkdown() would put one, after an `@` a mention could start at). A value opens with
 * a `"` at the start or after a space or `(`, and ends at the first `"` after it that the
 * description's end, a space or punctuation follows: a value may hold a `"` of its own
 * (`crashkernel=a"b`), which pairing each quote with the next made the end of the value.
 *
 * @example
 * suggestionMarkdown('Place it: "crashkernel=256M@0x1ee00000" — verified') // → 'Place it: `crashkernel=256M@0x1ee00000` — verified'
 * suggestionMarkdown('Remove "crashkernel=a"b": it reads "crashkernel=256M"') // → 'Remove `crashkernel=a"b`: it reads `crashkernel=256M`'
 */
export function suggestionMarkdown(description: string): string {
  const opens = (i: number): boolean => i === 0 || description[i - 1] === ' ' || description[i - 1] === '('
  const closes = (j: number): boolean => j + 1 === description.length || ' ,.:;)'.includes(description[j + 1]!)
  let out = ''
  let from = 0
  for (let i = description.indexOf('"'); i >= 0; i = description.indexOf('"', i + 1)) {
    if (!opens(i)) continue
    let j = description.indexOf('"', i + 2)
    while (j >= 0 && !closes(j)) j = description.indexOf('"', j + 1)
    if (j < 0) break
    out += `${escapeMarkdown(description.slice(from, i))}${codeSpan(description.slice(i + 1, j), 'table')}`
    from = j + 1
    i = j
  }
  return out + escapeMarkdown(description.slice(from))
}

/**
 * The report's one-value-per-board suggestions as Markdown list items, or undefined when it
 * has none; with `fit`, as many as fit in `fit.room` (fitList()).
 *
 * @example
 * boardSuggestionLines(report) // → '- 💡 board `pi` at `m.json:1:116`: `crashkernel=464M` works on all 12 layouts of this board, with no warning or note — verified by simulation\n'
 */
export function boardSuggestionLines(report: Report, link?: SourceLink, fit?: ListFit): string | undefined {
  const items = report.boardSuggestions ?? []
  if (items.length === 0) return undefined
  const line = (b: BoardSuggestion): string => {
    return `- 💡 board ${codeSpan(b.boardId)} at ${whereMarkdown(b, link)}: ${suggestionMarkdown(b.suggestion.description)}`
  }
  const lines = items.map(line)
  return `${(fit ? fitList(lines, fit) : lines).join('\n')}\n`
}

/** Room for a list in a capped document: `room` as `measure` counts it, and the item that counts the ones left out. */
interface ListFit {
  room: number
  measure: Measure
  more: (left: number) => string
}

/**
 * List items (one line each, joined by newlines) as many as fit in `fit.room`, then
 * `fit.more(n)` for the `n` left out: a list is one block of a BudgetedText, and a block too
 * big for what is left of the cap is dropped with everything after it.
 *
 * @example
 * fitList(['- a', '- b', '- c'], { room: 20, measure: utf16Units, more: (n) => `- ${n} more` }) // → ['- a', '- b', '- 1 more']
 */
function fitList(items: readonly string[], fit: ListFit): string[] {
  if (fit.measure(items.join('\n')) <= fit.room) return [...items]
  let shown = 0
  let size = fit.measure(fit.more(items.length))
  while (shown < items.length && size + fit.measure(`${items[shown]}\n`) <= fit.room) size += fit.measure(`${items[shown++]}\n`)
  return [...items.slice(0, shown), fit.more(items.length - shown)]
}

/** At most this many layouts are named in one row of the findings table; the rest are counted. */
const MAX_ROW_LAYOUTS = 24

/**
 * One row of the findings table for findings that differ only in their layout (groupFindings()):
 * their board(s) and layouts in one cell, so that a bad command line on a board of eight RAM
 * variants is one row, not eight.
 */
function findingRow(group: readonly Finding[], link?: SourceLink): string {
  const f = group[0]!
  const scope = escapeMarkdown(groupScopeText(group, MAX_ROW_LAYOUTS))
  const fix = f.suggestion ? `<br>💡 ${suggestionMarkdown(f.suggestion.description)}` : ''
  return `| ${ICON[f.severity]} ${f.severity} | ${whereMarkdown(f, link, 'table')} | ${scope} | ${escapeMarkdown(f.message)}${fix} | [${escapeMarkdown(f.ruleId)}](${f.docsUrl}) |`
}

/** At most this many matrix files are named in the totals line; the rest are counted. */
const MAX_TOTALS_FILES = 10

/**
 * Files as code spans for the totals line, the first MAX_TOTALS_FILES of them: a fleet with one
 * matrix file per board would otherwise make the line longer than a whole comment may be, and
 * the comment would lose its totals and its link to the run.
 */
function fileList(files: readonly string[]): string {
  const named = files.slice(0, MAX_TOTALS_FILES).map((file) => codeSpan(file)).join(', ')
  return files.length > MAX_TOTALS_FILES ? `${named} and ${files.length - MAX_TOTALS_FILES} more file(s)` : named
}

/**
 * The header line with the totals; ❌ when there are errors or the run fails for another reason
 * (`problems`: a matrix file or a shard's results missing), so a failed step never shows ✅.
 */
export function totalsLine(report: Report, problems: readonly string[] = []): string {
  const c = report.counts
  const status = c.error > 0 || problems.length > 0 ? ICON.error : c.warning > 0 ? ICON.warning : ICON.ok
  // A file that gave no layout (a syntax or schema error, every board filtered out) is named
  // apart, so the line never counts it among the sources of the layouts.
  const used = new Set(report.layouts.map((l) => l.file))
  const from = fileList(report.files.filter((f) => used.has(f)))
  const none = fileList(report.files.filter((f) => !used.has(f)))
  const sources = from ? ` from ${from}${none ? `; none from ${none}` : ''}` : none ? `: none from ${none}` : ' from no file'
  const unsimulated = unsimulatedText(report)
  return `${status} **${c.error}** error(s), **${c.warning}** warning(s), **${c.note}** note(s)${c.suppressed ? `, ${c.suppressed} suppressed` : ''} — ${report.layouts.length} layout(s) simulated${sources}${unsimulated ? `; ${unsimulated}` : ''}.`
}

const AMBIGUOUS = new WeakMap<Report, ReadonlySet<string>>()

/** The board ids that more than one file of the report uses (their rows need the file). */
function ambiguousBoardIds(report: Report): ReadonlySet<string> {
  let ids = AMBIGUOUS.get(report)
  if (!ids) {
    const fileOf = new Map<string, string>()
    const twice = new Set<string>()
    for (const l of report.layouts) {
      const seen = fileOf.get(l.boardId)
      if (seen === undefined) fileOf.set(l.boardId, l.file)
      else if (seen !== l.file) twice.add(l.boardId)
    }
    ids = twice
    AMBIGUOUS.set(report, ids)
  }
  return ids
}

/** A layout's board as Markdown, with its file when another file has a board of that id. */
function boardMarkdown(report: Report, l: LayoutReport, where: 'inline' | 'table' = 'inline'): string {
  return `${escapeMarkdown(l.boardId)}${ambiguousBoardIds(report).has(l.boardId) ? ` (${codeSpan(l.file, where)})` : ''}`
}

/** One row of the layouts table. */
export function layoutRow(report: Report, l: LayoutReport): string {
  return `| ${layoutIcon(report, l)} | ${boardMarkdown(report, l, 'table')} | ${escapeMarkdown(l.layoutName)} | ${escapeMarkdown(l.kernel)} | ${mainCell(l.result, l.cmdline)} | ${lowCell(l.result)} | ${zonesCell(l.result)} | ${reachCell(l)} |`
}

/**
 * Rows for the layouts a finding names that were not simulated (an SC003 error about one
 * kernel of a board, SC004), then for the boards and files of `report.unsimulated` no such
 * finding stands for (the schema refused them, an error outside the boards stopped them, the
 * file is not JSON): in the table with the others, so a board is not shown clean, nor left out.
 * `muted`: a row is ACCEPTED_ICON (every finding about it suppressed), which the legend under
 * the table then explains; never with `accepted: false`, which leaves such rows out.
 */
export function unsimulatedRows(report: Report, { accepted = true }: { accepted?: boolean } = {}): { rows: string[]; muted: boolean } {
  const simulated = new Set(report.layouts.map((l) => `${l.file}\u0000${l.boardId}\u0000${l.layoutName}`))
  const rows = new Map<string, Finding[]>()
  // Suppressed findings too (an SC003 error whose severity is "off" stays, suppressed, to say
  // which layouts were not simulated): without them a board whose every layout it named had
  // no row here, while unlistedUnsimulated() leaves it to these rows and the totals count it.
  for (const f of report.findings) {
    if (f.boardId === undefined || f.layoutName === undefined) continue
    const k = `${f.file}\u0000${f.boardId}\u0000${f.layoutName}`
    if (simulated.has(k)) continue
    rows.set(k, [...(rows.get(k) ?? []), f])
  }
  // A row whose findings are all suppressed: muted, not ❌ in a run that passes; the
  // pull-request comment leaves it out, as it does the layouts a suppression accepts.
  let muted = false
  const icon = (fs: readonly Finding[]): string | undefined => {
    const mark = problemMark(fs)
    if (mark !== 'muted') return ICON[mark]
    muted ||= accepted
    return accepted ? ACCEPTED_ICON : undefined
  }
  const see = (fs: readonly Finding[]) => (fs.length > 0 && fs.every((x) => x.suppressed) ? 'see the suppressed findings' : 'see the findings')
  const layouts = [...rows.values()].flatMap((fs) => {
    const f = fs[0]!
    const mark = icon(fs)
    if (mark === undefined) return []
    const rules = [...new Set(fs.map((x) => x.ruleId))].join(', ')
    // A boot that panics before the reservation (CK012) was simulated, and has no result.
    const what = fs.some((x) => x.ruleId === 'CK012') ? 'no result' : 'not simulated'
    return [`| ${mark} | ${escapeMarkdown(f.boardId!)} | ${escapeMarkdown(f.layoutName!)} | ${escapeMarkdown(f.kernel ?? '')} | ${what} (${escapeMarkdown(rules)}: ${see(fs)}) | — | — | — |`]
  })
  const unlisted = unlistedUnsimulated(report)
  const index = unlisted.length > 0 ? unsimulatedFindings(report.findings) : undefined
  const boards = unlisted.flatMap((u) => {
    // A board without an id (the schema's refusal may be that) by its place; a whole file by its name.
    const board = u.pointer === undefined ? codeSpan(u.file, 'table') : `${escapeMarkdown(u.boardId ?? u.pointer)} (${codeSpan(u.file, 'table')})`
    // What stands for it: its own findings, else those of its file outside the boards (a `defaults` error).
    const fs = index!.standing(u)
    const mark = icon(fs)
    return mark === undefined ? [] : [`| ${mark} | ${board} | — | — | ${escapeMarkdown(unsimulatedWhy(u))} (${see(fs)}) | — | — | — |`]
  })
  return { rows: [...layouts, ...boards], muted }
}

export const LAYOUT_TABLE_HEAD = '| | board | layout | kernel | crashkernel (main) | low | zones | DMA reach |\n|---|---|---|---|---|---|---|---|'

const MAP_CAPTION =
  'Memory map, not to scale: blocks in address order, highest address at the top, each labelled with its size and first–last address; hexagons mark limits (zone ends, CRASH_ADDR_LOW_MAX, DMA reach, searched windows).'

/** The section for one failing layout: findings, memory map, kernel log. */
export function layoutSection(report: Report, l: LayoutReport, heading = '####', link?: SourceLink): string {
  const findings = layoutFindings(report, l)
  const accepted = isAccepted(report, l) ? ` · suppressed: ${[...new Set(suppressedFindings(report, l).map((f) => `${f.ruleId} (${f.suppressed?.reason ?? ''})`))].map(escapeMarkdown).join(', ')}` : ''
  const out = [`${heading} ${layoutIcon(report, l, true)} ${boardMarkdown(report, l)} · ${escapeMarkdown(l.layoutName)} · kernel ${escapeMarkdown(l.kernel)}${accepted}`, '']
  if (findings.length > 0) out.push(...findings.map((f) => findingLine(f, link)), '')
  out.push(`crashkernel: ${mainCell(l.result, l.cmdline)}${l.result.crashkernel.kind === 'reserved' && l.result.crashkernel.low ? `; low: ${lowCell(l.result)}` : ''}`, '')
  // An HTML element, not a code span: the text is the matrix's (a code span shows entities as typed).
  if (l.cmdline !== undefined) out.push(`command line: ${l.cmdline === '' ? '(empty)' : `<code>${escapeInlineHtml(l.cmdline, true)}</code>`}`, '')
  const map = renderMemoryMap({ result: l.result, ...(l.devices && { devices: l.devices }) })
  if (map) {
    out.push(MAP_CAPTION, '', codeFence(map.mermaid.split('\n'), 'mermaid'), '')
    if (map.outside.length > 0) out.push(`Outside RAM: ${map.outside.map(escapeMarkdown).join('; ')}.`, '')
  }
  const evidence = findings.flatMap((f) => f.evidence)
  // The "Zone ranges:" block only where a finding quotes it, then where the kernel printed it.
  const log = evidence.some((e) => e.source === 'zones') ? dmesgOf(l.result) : l.result.trace
  const extra = evidence.filter((e, i) => !log.some((t) => t.text === e.text) && evidence.findIndex((x) => x.text === e.text) === i)
  const lines = [...log, ...extra].map((e) => `<${e.level}> ${e.text}`)
  if (lines.length > 0) {
    const shown = lines.slice(0, MAX_LOG_LINES)
    if (lines.length > shown.length) shown.push(`… ${lines.length - shown.length} more line(s) in the results file`)
    out.push(`<details><summary>Simulated kernel log (${lines.length} line${lines.length === 1 ? '' : 's'})</summary>`, '', codeFence(shown, 'text'), '', '</details>', '')
  }
  return out.join('\n')
}

/** The reasons the run fails besides findings, as a list under the totals (summary and comment). */
function problemLines(problems: readonly string[] | undefined): string | undefined {
  return problems && problems.length > 0 ? `${problems.map((p) => `- ${ICON.error} ${escapeMarkdown(p)}`).join('\n')}\n` : undefined
}

/**
 * The kernel override (`report.kernelOverride`), said once under the totals: a report of
 * other kernels than each board's `kernels` must not read like one of the matrix as written.
 *
 * @param kernel - the override; empty or absent: none
 * @param from - where it was given, in Markdown (the action's input, the CLI's option); absent: not said
 * @example
 * kernelLine(['6.12', '7.2'], 'input `kernel`') // → 'Kernels checked: `6.12`, `7.2`, instead of each board\'s `kernels` (input `kernel`).\n'
 * kernelLine(['6.12']) // → 'Kernels checked: `6.12`, instead of each board\'s `kernels`.\n'
 */
export function kernelLine(kernel: readonly string[] | undefined, from?: string): string | undefined {
  if (!kernel || kernel.length === 0) return undefined
  return `Kernels checked: ${kernel.map((k) => codeSpan(k)).join(', ')}, instead of each board's \`kernels\`${from ? ` (${from})` : ''}.\n`
}

/** Context for the summary. */
export interface SummaryContext extends FormatContext {
  /**
   * Where the report's kernel override was given, in Markdown, said after it: the action's
   * ``input `kernel` ``, the CLI's ``option `--kernel` ``; absent: only the kernels are named.
   */
  kernelFrom?: string | undefined
  /** Why the run fails besides findings (a missing matrix file, a missing shard …): first under the totals, and the totals show ❌. */
  problems?: readonly string[] | undefined
  /** Lines about the run itself (comment posted or skipped, SARIF written …), shown under the totals. */
  notes?: readonly string[] | undefined
  /** Cap in UTF-8 bytes (default GitHub's 1 MiB). */
  maxBytes?: number | undefined
  /** The page of a matrix file's line, which locations link to; absent: locations are plain text. */
  link?: SourceLink | undefined
  /**
   * Where a cut summary sends the reader for the full report, a Markdown sentence (default:
   * the action's results file and SARIF; the CLI names `--format json`).
   */
  fullReport?: string | undefined
}

/** The action's fullReport: its outputs. */
const ACTION_FULL_REPORT = 'The full report (every finding and layout) is in the JSON results file (output `results-file`) and in the SARIF file when enabled.'

/**
 * Renders the job summary.
 *
 * @param report - the report
 * @param ctx - `overflow` (findings without an annotation), `kernelFrom`, `problems`, `notes`, `maxBytes`, `link` (where locations link)
 * @returns Markdown no longer than `maxBytes` UTF-8 bytes
 * @example
 * renderSummary(report, { overflow: plan.overflow }).startsWith('## crashkernel-check') // → true
 */
export function renderSummary(report: Report, ctx: SummaryContext = {}): string {
  expectReport('renderSummary', report, { bigints: true })
  const doc = new BudgetedText(ctx.maxBytes ?? SUMMARY_MAX_BYTES, utf8Bytes)
  doc.add(`## crashkernel-check\n\n${totalsLine(report, ctx.problems)}\n`)
  const kernels = kernelLine(report.kernelOverride, ctx.kernelFrom)
  if (kernels) doc.add(kernels)
  const problems = problemLines(ctx.problems)
  if (problems) doc.add(problems)
  if (ctx.notes && ctx.notes.length > 0) doc.add(`${ctx.notes.map((n) => `- ${escapeMarkdown(n)}`).join('\n')}\n`)

  const overflow = ctx.overflow ?? []
  if (overflow.length > 0) {
    // Counted, not listed: the findings table below has every finding (a list here would
    // take the budget the table, its fixes and the layouts need on a large run).
    const counts = { error: 0, warning: 0, note: 0 }
    for (const f of overflow) counts[f.severity]++
    const counted = bySeverityText(counts)
    doc.add(`### Not shown as annotations\n\nGitHub shows at most 10 annotations per level in a step and 50 in a job; ${overflow.length} more not shown as annotations (${counted}); the findings table below lists them with the others, and the results file has every finding.\n`)
  }

  // At most half of what is left: the findings, layouts and failing layouts follow.
  const perBoard = boardSuggestionLines(report, ctx.link, { room: doc.room() / 2, measure: utf8Bytes, more: (n) => `- … ${n} more board(s), left out within GitHub's 1 MiB job-summary limit. ${ctx.fullReport ?? ACTION_FULL_REPORT}` })
  if (perBoard) doc.add(`### One crashkernel= value per board\n\nEach finding below has its own fix; on these boards one value works on every layout that reads its command line (all of the board's, or a kernel entry's own) instead (no error; what it leaves is said):\n\n${perBoard}`)

  const active = bySeverity(report.findings.filter((f) => !f.suppressed))
  const left = { error: 0, warning: 0, note: 0, rows: 0 }
  if (active.length > 0) {
    doc.add('### Findings\n\n| severity | where | board / layout | message | rule |\n|---|---|---|---|---|')
    for (const group of groupFindings(active)) if (!doc.add(findingRow(group, ctx.link))) dropRow(left, group)
    // The blank line that ends the table is no block of its own to count as left out.
    if (!doc.truncated) doc.add('')
  }
  // The failing layouts' sections and the rule list come after the layouts table, but matter
  // more than its rows of clean layouts: on a fleet of thousands those rows alone filled the
  // 1 MiB and cut every diagram and kernel log. They are built first, and clean rows give
  // way to them (counted under the table).
  const tail: string[] = []
  const failing = report.layouts.filter((l) => isFailing(report, l))
  if (failing.length > 0) {
    tail.push(`### Failing layouts (${failing.length})\n`)
    for (const l of failing.slice(0, MAX_LAYOUT_SECTIONS)) tail.push(layoutSection(report, l, '####', ctx.link))
    if (failing.length > MAX_LAYOUT_SECTIONS) {
      // A list, collapsed: with hundreds of failing layouts a paragraph naming them all was
      // a wall of text. Each says what the kernel did (the table above has the rest).
      const rest = failing.slice(MAX_LAYOUT_SECTIONS).map((l) => `- ${layoutIcon(report, l, true)} ${boardMarkdown(report, l)} · ${escapeMarkdown(l.layoutName)} · kernel ${escapeMarkdown(l.kernel)}: ${mainCell(l.result, l.cmdline)}`)
      tail.push(`<details><summary>${failing.length - MAX_LAYOUT_SECTIONS} more failing layout(s) without a diagram</summary>\n\n${rest.join('\n')}\n\n</details>\n`)
    }
  }
  const ruleIds = [...new Set(active.map((f) => f.ruleId))].sort()
  if (ruleIds.length > 0) {
    const lines = ruleIds.map((id) => {
      const rule = getRule(id)
      const f = active.find((x) => x.ruleId === id)
      const url = rule?.docsUrl ?? f?.docsUrl ?? ''
      return `- [${escapeMarkdown(id)}](${url}) ${escapeMarkdown(rule?.name ?? f?.ruleName ?? '')}${rule ? ` — ${escapeMarkdown(rule.meta.description)}` : ''}`
    })
    tail.push(`### Rules\n\n${lines.join('\n')}\n`)
  }

  const { rows: unsimulated, muted } = unsimulatedRows(report)
  // Room kept for the tail, the rows of layouts not simulated (after the simulated ones),
  // and the table's end and the lines under it (the one that counts the clean rows left out
  // is under 400 bytes).
  const kept = [...tail, ...unsimulated].reduce((sum, block) => sum + utf8Bytes(`${block}\n`), 0) + 1024
  // The rows of layouts with findings are always listed, wherever they are in the table: the
  // room they take further down is kept from the clean rows above them too.
  const rows = report.layouts.map((l) => ({ row: layoutRow(report, l), clean: isClean(report, l) }))
  let ahead = rows.reduce((sum, r) => sum + (r.clean ? 0 : utf8Bytes(`${r.row}\n`)), 0)

  const suppressed = report.findings.filter((f) => f.suppressed)
  if (suppressed.length > 0) {
    // With its boards and layouts: a board's layouts share the matrix line and often the
    // message. Those that differ only in their layout are one line naming each, as the
    // findings table groups them (one line per layout made a board suppressing CK004 on 20
    // layouts 20 lines alike), naming as many layouts as a row of that table.
    const groups = groupFindings(suppressed, { bySuppression: true })
    const items = groups.map((g) => {
      const f = g[0]!
      const scope = groupScopeText(g, MAX_ROW_LAYOUTS)
      return `- ${whereMarkdown(f, ctx.link)} ${escapeMarkdown(f.ruleId)}: ${escapeMarkdown(f.message)}${scope ? ` [${escapeMarkdown(scope)}]` : ''} — ${escapeMarkdown(f.suppressed?.reason ?? '')}`
    })
    // Listed as far as it leaves room for what follows (the layouts table's head and its rows
    // with findings, the failing layouts, the rule list): a long list was one block too big for
    // the rest of the 1 MiB, and the summary lost everything after it.
    const head = `<details><summary>Suppressed findings (${suppressed.length})</summary>\n\n`
    const room = doc.room() - kept - ahead - utf8Bytes(`### Layouts\n\n${LAYOUT_TABLE_HEAD}\n${head}\n\n</details>\n\n`)
    // The lines left out are the last `n` groups: the heading counts findings, so does this.
    const findingsIn = (n: number) => groups.slice(groups.length - n).reduce((sum, g) => sum + g.length, 0)
    const more = (n: number) => (findingsIn(n) === n ? `${n} more` : `${n} more lines (${findingsIn(n)} findings)`)
    const listed = fitList(items, { room, measure: utf8Bytes, more: (n) => `- … ${more(n)}, left out within GitHub's 1 MiB job-summary limit. ${ctx.fullReport ?? ACTION_FULL_REPORT}` })
    doc.add(`${head}${listed.join('\n')}\n\n</details>\n`)
  }

  if (report.layouts.length > 0 || unsimulated.length > 0) {
    doc.add(`### Layouts\n\n${LAYOUT_TABLE_HEAD}`)
    let cleanLeftOut = 0
    for (const { row, clean } of rows) {
      const size = utf8Bytes(`${row}\n`)
      if (!clean) ahead -= size
      if (clean && doc.room() - size < kept + ahead) cleanLeftOut++
      else doc.add(row)
    }
    for (const row of unsimulated) doc.add(row)
    // The blank line that ends the table is no block of its own to count as left out.
    if (!doc.truncated) doc.add('')
    if (cleanLeftOut > 0) doc.add(`${cleanLeftOut} layout(s) with no finding and a reservation that succeeded are not listed, to leave room for the failing layouts below within GitHub's 1 MiB job-summary limit. ${ctx.fullReport ?? ACTION_FULL_REPORT}\n`)
    const accepted = report.layouts.filter((l) => layoutIcon(report, l) === ACCEPTED_ICON)
    if (accepted.some((l) => isFailing(report, l))) doc.add(`${ACCEPTED_ICON} beside a failure: the kernel fails there, and the finding about it is suppressed (see "Failing layouts").\n`)
    if (accepted.some((l) => !isFailing(report, l) && mutedBy(report, l) === 'suppressed')) doc.add(`${ACCEPTED_ICON} beside another outcome: every finding about it is suppressed (see "Suppressed findings").\n`)
    if (accepted.some((l) => mutedBy(report, l) === 'off')) doc.add(`${ACCEPTED_ICON} beside "fell back", "ignored" or "cut off" with no finding: its rule is off for the board.\n`)
    // The rows of what was not simulated whose every finding is suppressed (unsimulatedRows()).
    if (muted) doc.add(`${ACCEPTED_ICON} beside "not simulated" or "no result": the findings about it (what kept it from the engine, a boot that panics first) are suppressed (see "Suppressed findings").\n`)
  }
  for (const block of tail) doc.add(block)
  return doc.finish(
    (n) =>
      `> [!WARNING]\n> Summary truncated: ${leftOut(left, n)} did not fit GitHub's 1 MiB job-summary limit. ${ctx.fullReport ?? ACTION_FULL_REPORT}`,
  )
}

/** Findings errors first, then warnings, then notes; in file and line order within each (a stable sort). */
function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
}

/** Counts by severity as words, the empty ones left out: `2 errors, 1 warning`. */
function bySeverityText(counts: Record<Severity, number>): string {
  return (['error', 'warning', 'note'] as const)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${k}${counts[k] === 1 ? '' : 's'}`)
    .join(', ')
}

/** The findings table's rows a cut document left out: the findings by severity, and the rows (one per group). */
type LeftOut = Record<Severity, number> & { rows: number }

/** Counts a findings-table row the budget refused: its group's findings, and one row. */
function dropRow(left: LeftOut, group: readonly Finding[]): void {
  left[group[0]!.severity] += group.length
  left.rows += 1
}

/**
 * What a cut summary or comment left out: the findings of the table's rows by severity, then
 * the other blocks (layout rows, diagrams, rule list); `blocks` counts every block left out,
 * the table's rows among them (a row may stand for several findings).
 */
function leftOut(left: LeftOut, blocks: number): string {
  const findings = left.error + left.warning + left.note
  const told = findings > 0 ? `${findings} finding(s) (${bySeverityText(left)})` : ''
  const other = blocks - left.rows > 0 ? `${blocks - left.rows} more block(s) (layout rows, diagrams, lists)` : ''
  return [told, other].filter(Boolean).join(' and ')
}

/** Text inside raw HTML (`<summary>`): one line, entities for markup and Markdown, and no @-mention. */
const htmlText = escapeInlineHtml

/** Context for the pull-request comment. */
export interface CommentContext {
  /** Link to the workflow run, where the job summary is. */
  runUrl?: string
  /** False when the job writes no summary (input `summary: false`): the run then has the step's log and the annotations. */
  summary?: boolean
  /** What the run's link leads to instead of a report: a run that stopped before one (a failed plan job) has its log alone. */
  runLinkText?: string
  /** Why the run fails besides findings: listed under the totals, which then show ❌. */
  problems?: readonly string[]
  /** Where the report's kernel override was given, in Markdown (as SummaryContext's `kernelFrom`). */
  kernelFrom?: string
  /** Cap in characters (default 65,536 minus room for the marker). */
  maxChars?: number
  /** The page of a matrix file's line, which locations link to (as SummaryContext's `link`). */
  link?: SourceLink
}

/** GitHub's cap on an issue or PR comment body, in characters. */
export const COMMENT_MAX_CHARS = 65_536
/** Failing layouts drawn in the comment (collapsed). */
export const MAX_COMMENT_DIAGRAMS = 5

/**
 * The failing layouts the comment draws, at most MAX_COMMENT_DIAGRAMS, in report order: the
 * first of each board first (one board's RAM variants failing alike would take every slot),
 * then the others.
 */
function commentDiagrams(failing: readonly LayoutReport[]): LayoutReport[] {
  const firsts = new Set<LayoutReport>()
  const boards = new Set<string>()
  for (const l of failing) {
    const key = `${l.file}\0${l.boardId}`
    if (boards.has(key)) continue
    boards.add(key)
    firsts.add(l)
    if (firsts.size === MAX_COMMENT_DIAGRAMS) break
  }
  const chosen = new Set(firsts)
  for (const l of failing) if (chosen.size < MAX_COMMENT_DIAGRAMS) chosen.add(l)
  return failing.filter((l) => chosen.has(l))
}

/**
 * Renders the pull-request comment body (without the hidden marker, which the poster adds):
 * totals, why the run fails besides findings, findings, the layouts that are not clean, diagrams of failing layouts
 * (collapsed; the first of each board first, commentDiagrams()), and a link to the run.
 *
 * @param report - the report
 * @param ctx - `runUrl`, `summary`, `runLinkText`, `problems`, `kernelFrom`, `maxChars`, `link`
 * @returns Markdown of at most `maxChars` characters
 */
export function renderComment(report: Report, ctx: CommentContext = {}): string {
  const doc = new BudgetedText(ctx.maxChars ?? COMMENT_MAX_CHARS - 200, (t) => t.length, 400)
  const withSummary = ctx.summary !== false
  const runText = ctx.runLinkText ?? (withSummary ? 'job summary and full report' : 'workflow run (full report in the step log)')
  const run = ctx.runUrl ? ` · [${runText}](${escapeHtml(ctx.runUrl)})` : ''
  doc.add(`### crashkernel-check\n\n${totalsLine(report, ctx.problems)}${run}\n`)
  const kernels = kernelLine(report.kernelOverride, ctx.kernelFrom)
  if (kernels) doc.add(kernels)
  const problems = problemLines(ctx.problems)
  if (problems) doc.add(problems)
  const elsewhere = withSummary ? `the job summary${run ? ' linked above' : ''}` : `the step log${run ? ' of the workflow run linked above' : ''}`
  // At most half of what is left: the findings table follows.
  const perBoard = boardSuggestionLines(report, ctx.link, { room: doc.room() / 2, measure: utf16Units, more: (n) => `- … ${n} more board(s): see ${elsewhere}.` })
  if (perBoard) doc.add(`**One crashkernel= value per board**, for every layout (the table has each finding's own fix):\n\n${perBoard}`)
  const active = bySeverity(report.findings.filter((f) => !f.suppressed))
  const left = { error: 0, warning: 0, note: 0, rows: 0 }
  if (active.length > 0) {
    doc.add('| severity | where | board / layout | message | rule |\n|---|---|---|---|---|')
    for (const group of groupFindings(active)) if (!doc.add(findingRow(group, ctx.link))) dropRow(left, group)
    // The blank line that ends the table is no block of its own to count as left out.
    if (!doc.truncated) doc.add('')
  }
  const notClean = report.layouts.filter((l) => worst(layoutFindings(report, l)) !== 'ok' || (isFailing(report, l) && !isAccepted(report, l)))
  const unsimulated = unsimulatedRows(report, { accepted: false }).rows
  if (notClean.length > 0 || unsimulated.length > 0) {
    doc.add(`${LAYOUT_TABLE_HEAD}`)
    for (const l of notClean) doc.add(layoutRow(report, l))
    for (const row of unsimulated) doc.add(row)
    if (!doc.truncated) doc.add('')
  } else if (report.layouts.length > 0) {
    // A clean layout may still reserve nothing: no crashkernel= on its command line, or one the kernel ignores.
    const without = new Map<string, number>()
    // A boot that panics after reserving (an accepted CK012) loads no crash kernel either.
    for (const l of report.layouts) if (l.result.crashkernel.kind !== 'reserved' || l.result.panic) without.set(mainCell(l.result, l.cmdline), (without.get(mainCell(l.result, l.cmdline)) ?? 0) + 1)
    const n = report.layouts.length
    const k = [...without.values()].reduce((a, b) => a + b, 0)
    // Suppressed findings are findings still (the totals count them; the job summary lists
    // them): "without findings" alone read as if the run had found nothing at all.
    const s = report.counts.suppressed
    const but = s > 0 ? ` but ${s} suppressed${withSummary ? ' (listed in the job summary)' : ''}` : ''
    // No layout has an active finding here, so those of the table above are about the matrix
    // file or a board (an SC005 unused default): "no findings" beside that table was untrue.
    const m = active.length
    const ofFiles = active.filter((f) => f.boardId === undefined).length
    const about = ofFiles === m ? 'a matrix file' : ofFiles === 0 ? 'a board' : `a matrix file (${ofFiles}) or a board (${m - ofFiles})`
    const own = m > 0 ? ' of their own' : ''
    const loose = m > 0 ? ` The ${m} finding(s) in the table ${m === 1 ? 'is' : 'are'} about ${about}, not a layout.` : ''
    doc.add(
      k === 0
        ? `All ${n} layout(s) reserve the crash kernel without findings${own}${but}.${loose}\n`
        : `No findings${own} in the ${n} layout(s)${but}; the crash kernel is reserved in ${n - k} of them, not in ${k}: ${[...without].map(([what, count]) => `${what} (${count})`).join(', ')}.${loose}\n`,
    )
  }
  const failing = report.layouts.filter((x) => isFailing(report, x) && !isAccepted(report, x))
  const drawn = commentDiagrams(failing)
  for (const l of drawn) {
    const board = `${htmlText(l.boardId)}${ambiguousBoardIds(report).has(l.boardId) ? ` (${codeElement(l.file)})` : ''}`
    doc.add(`<details><summary>${ICON.error} ${board} · ${htmlText(l.layoutName)}: memory map and kernel log</summary>\n\n${layoutSection(report, l, '#####', ctx.link)}\n</details>\n`)
  }
  if (failing.length > drawn.length) doc.add(`${failing.length - drawn.length} more failing layout(s) without a diagram here: see ${withSummary ? 'the job summary' : 'the step log'}.\n`)
  return doc.finish((n) => `> [!NOTE]\n> ${leftOut(left, n)} did not fit in one comment (GitHub's 65,536-character limit); see ${elsewhere} or the results file.`)
}
