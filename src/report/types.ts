// SPDX-License-Identifier: GPL-2.0-only
/**
 * The report: what a check of one or more matrix files found. Plain data, the same for the
 * library, the CLI and the action; formatters (src/report/*.ts) turn it into text.
 */
import type { DmaDevice, SimulationResult, TraceEvent } from '../engine/index.js'

/** ESLint/SARIF-style levels. `note` is SARIF's name for "info". */
export type Severity = 'error' | 'warning' | 'note'

/** Most severe first: the order every sort and cap of findings uses. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, note: 2 }

/** An RFC 6901 JSON Pointer into the matrix document, e.g. `/boards/2/memory/0/base`. */
export type JsonPointer = string

/** Where a value sits in its file. Lines and columns are 1-based; columns count UTF-16 units. */
export interface SourceLocation {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  /** 0-based character offset of the first character and the length of the value. */
  offset: number
  length: number
}

/** A fix the engine verified, described for a person; never applied automatically. */
export interface Suggestion {
  description: string
  /** The value to change, when the fix is a replacement. */
  pointer?: JsonPointer
  replacement?: string
  /**
   * `add`: the property at `pointer` does not exist yet and is created with `replacement`
   * (JSON Patch "add", e.g. a board's own `cmdline` when it came from its preset or
   * `defaults`). Absent or `replace`: the value at `pointer` is replaced.
   */
  operation?: 'replace' | 'add'
}

/** One problem. Small and fixed, like markdownlint's LintError (STYLE.md §2.6). */
export interface Finding {
  /** Stable id, e.g. `SC002`. */
  ruleId: string
  /** Readable alias, e.g. `schema-violation`. */
  ruleName: string
  severity: Severity
  messageId: string
  /** The message rendered once from the rule's template and `data`. */
  message: string
  data: Record<string, string>
  file: string
  /** The board the finding is about (absent for document-level problems). */
  boardId?: string
  /** The layout (RAM variant / kernel) the finding is about. */
  layoutName?: string
  /** Kernel release of the layout. */
  kernel?: string
  /** The value to look at or change. */
  pointer: JsonPointer
  location?: SourceLocation
  /** dmesg-like lines the simulated kernel printed that back the finding. */
  evidence: readonly TraceEvent[]
  suggestion?: Suggestion
  /** Other verified fixes, in order of preference (a different strategy each). */
  alternatives?: readonly Suggestion[]
  docsUrl: string
  /** Set when the board suppresses the rule; suppressed findings are not counted. */
  suppressed?: { reason: string }
}

/** One simulated layout (board × RAM variant × kernel) and the engine's result. */
export interface LayoutReport {
  file: string
  boardId: string
  /** `<RAM variant>/<kernel as written>` or the kernel alone for a single-bank-set board. (`6.1+<policy>` for an entry with a policy of its own, `#2` for a second entry written alike). */
  layoutName: string
  /** Resolved kernel release. */
  kernel: string
  /** The board in the matrix. */
  pointer: JsonPointer
  /**
   * The kernel command line the layout boots with (the board's, or its kernel entry's), as the
   * engine reads it. Optional: results files of earlier versions do not have it.
   */
  cmdline?: string
  result: SimulationResult
  /**
   * The layout's DMA devices (the engine's input, not its result). Optional: when present the
   * job summary shows each dump target's reach and draws it on the memory map.
   */
  devices?: readonly DmaDevice[]
}

/**
 * One crashkernel= value for a whole board, verified on every layout it was checked with
 * (check() offers it where it does better than the board's own value: the findings'
 * suggestions each fix one finding, and on a board of several RAM variants and kernels they
 * can differ).
 */
export interface BoardSuggestion {
  file: string
  boardId: string
  /** The crashkernel= tokens as they go on the command line: `crashkernel=512M`. */
  value: string
  /** Layouts of the board it was verified on. */
  layouts: number
  /** Of those, the layouts it leaves with a warning, and with a note. */
  warned: number
  noted: number
  /** The edit: the board's command line with `value` in place of its crashkernel= tokens. */
  suggestion: Suggestion
  /** The command line in the file (the board, for a board that takes its command line from a preset or `defaults`). */
  location?: SourceLocation
}

export interface SeverityCounts {
  error: number
  warning: number
  note: number
  /** Findings silenced by a board's `suppress`. */
  suppressed: number
}

/**
 * A matrix file, or a board of one, that the run was given and simulated nothing of
 * (`Report.unsimulated`): what every format's totals count apart from the simulated boards.
 */
export interface UnsimulatedInput {
  file: string
  /**
   * The board (`/boards/2`). Absent: the whole file, of which no board could be told apart
   * (a JSON syntax error, or a schema error with no `boards` array to read).
   */
  pointer?: JsonPointer
  /** The board's id, when it has one (a string). */
  boardId?: string
  /**
   * `syntax`: the file is not valid JSON (SC001), nothing of it was read. `schema`: the schema
   * refused the board, or every board of the file (an error outside the boards, such as in
   * `defaults`: SC002). `semantic`: an SC003 error in every layout of the board. `engine`: the
   * engine simulates none of the board's layouts (SC004; a boot that panics before the
   * reservation, CK012, was simulated).
   */
  reason: 'syntax' | 'schema' | 'semantic' | 'engine'
}

/** Everything one run found. */
export interface Report {
  tool: { name: string; version: string }
  /** The matrix files checked, in order. */
  files: string[]
  /** Sorted by file, then position, then rule id. */
  findings: Finding[]
  layouts: LayoutReport[]
  counts: SeverityCounts
  /**
   * The kernels that replaced every board's `kernels` (CLI `--kernel`, input `kernel`,
   * check()'s `kernels`), as given; absent when each board was checked with its own. Every
   * formatter says so: a report of other kernels must not read like one of the matrix as written.
   */
  kernelOverride?: string[]
  /** One crashkernel= value per board, where it does better than the board's own; absent when none does. */
  boardSuggestions?: BoardSuggestion[]
  /**
   * What kept the run from checking everything it was given (an unreadable matrix file, a
   * `boards` pattern that matches no board), which exits 2 or fails the step; absent when none.
   * The CLI and the action set it; check() never does (it throws or reports SC001 instead).
   */
  problems?: string[]
  /**
   * The files and boards that were given (those `boards` selects; every one of a file that does
   * not decode) and of which no layout was simulated, in file order; absent when every one was.
   * Reports of earlier versions lack it.
   */
  unsimulated?: UnsimulatedInput[]
}

/**
 * What `report.unsimulated` counts, for every format's totals: boards of which no layout was
 * simulated, and whole files of which no board was read (`syntax`: not valid JSON; `schema`: a
 * schema error with no `boards` array to read).
 *
 * @example
 * unsimulatedCounts({ unsimulated: [{ file: 'a.json', reason: 'syntax' }, { file: 'b.json', pointer: '/boards/1', boardId: 'x', reason: 'schema' }] })
 * // → { boards: 1, files: 1, syntax: 1 }
 */
export function unsimulatedCounts(report: Pick<Report, 'unsimulated'>): { boards: number; files: number; syntax: number } {
  const all = report.unsimulated ?? []
  const files = all.filter((u) => u.pointer === undefined)
  return { boards: all.length - files.length, files: files.length, syntax: files.filter((u) => u.reason === 'syntax').length }
}

/**
 * The totals' entries for `report.unsimulated`, none when it is empty: each a count and its
 * words, `[{ count: 1, words: 'board not simulated' }, { count: 2, words: 'files not read (syntax errors)' }]`; a
 * file parsed whose `boards` could not be read (`"boards": {}`) is `file with no boards read (schema error)`.
 * The one-line formats join them as unsimulatedText() does; the HTML page shows each as a figure.
 */
export function unsimulatedParts(report: Pick<Report, 'unsimulated'>): Array<{ count: number; words: string }> {
  const c = unsimulatedCounts(report)
  const parts: Array<{ count: number; words: string }> = []
  if (c.boards > 0) parts.push({ count: c.boards, words: `board${c.boards === 1 ? '' : 's'} not simulated` })
  // A file with a schema error and no `boards` array was read and parsed: only no board of it could be told apart.
  const schema = c.files - c.syntax
  if (c.syntax > 0) parts.push({ count: c.syntax, words: `file${c.syntax === 1 ? '' : 's'} not read (syntax error${c.syntax === 1 ? '' : 's'})` })
  if (schema > 0) parts.push({ count: schema, words: `file${schema === 1 ? '' : 's'} with no boards read (schema error${schema === 1 ? '' : 's'})` })
  return parts
}

/**
 * unsimulatedParts() as words, '' when there are none.
 *
 * @example
 * unsimulatedText({ unsimulated: [{ file: 'a.json', pointer: '/boards/0', reason: 'schema' }, { file: 'b.json', reason: 'syntax' }] })
 * // → '1 board not simulated, 1 file not read (syntax error)'
 */
export function unsimulatedText(report: Pick<Report, 'unsimulated'>): string {
  return unsimulatedParts(report).map((p) => `${p.count} ${p.words}`).join(', ')
}

/**
 * The entries of `report.unsimulated` that no layout-level finding stands for: the boards the
 * schema refused (or an error outside the boards stopped) and the files not read, which a grid
 * or table of layouts has no row for otherwise. A board of which an SC003 or SC004 finding
 * names layouts is left out: those layouts have their rows, "not simulated".
 *
 * @example
 * unlistedUnsimulated({ findings: [], unsimulated: [{ file: 'a.json', pointer: '/boards/0', boardId: 'x', reason: 'schema' }] })
 * // → [{ file: 'a.json', pointer: '/boards/0', boardId: 'x', reason: 'schema' }]
 */
export function unlistedUnsimulated(report: Pick<Report, 'unsimulated' | 'findings'>): UnsimulatedInput[] {
  const byBoard = new Map<string, string[]>()
  for (const f of report.findings) {
    if (f.boardId === undefined || f.layoutName === undefined) continue
    const k = `${f.file}\0${f.boardId}`
    const list = byBoard.get(k)
    if (list) list.push(f.pointer)
    else byBoard.set(k, [f.pointer])
  }
  // A finding at another board of the same id (a second board "a", SC003) does not stand for this one.
  const under = (p: string, board: string) => p === board || p.startsWith(`${board}/`)
  const listed = (u: UnsimulatedInput, board: string) => (byBoard.get(`${u.file}\0${u.boardId}`) ?? []).some((p) => under(p, board) || !under(p, '/boards'))
  return (report.unsimulated ?? []).filter((u) => u.pointer === undefined || u.boardId === undefined || !listed(u, u.pointer))
}

/**
 * The board a finding's pointer is under (`/boards/2` of `/boards/2/cmdline`), or undefined
 * outside `boards`: findings indexed by it are each board's without one scan per board.
 *
 * @example
 * boardPointerOf('/boards/2/cmdline') // → '/boards/2'
 */
function boardPointerOf(pointer: string): string | undefined {
  if (!pointer.startsWith('/boards/')) return undefined
  const end = pointer.indexOf('/', '/boards/'.length)
  return end === -1 ? pointer : pointer.slice(0, end)
}

/**
 * The findings that stand for the boards and files nothing was simulated of, indexed in one
 * pass (a fleet whose every board the schema refused has a row a board, not a scan a row):
 * `own(u)`, a board's findings (`/boards/2` and below) or a whole file's; `outside(file)`, its
 * file's outside the boards (a `defaults` error that stopped them).
 */
export function unsimulatedFindings(findings: readonly Finding[]): { own: (u: UnsimulatedInput) => Finding[]; outside: (file: string) => Finding[]; standing: (u: UnsimulatedInput) => Finding[] } {
  const byFile = new Map<string, Finding[]>()
  const byBoard = new Map<string, Finding[]>()
  const outsideBoards = new Map<string, Finding[]>()
  const add = (map: Map<string, Finding[]>, k: string, f: Finding): void => {
    const list = map.get(k)
    if (list) list.push(f)
    else map.set(k, [f])
  }
  for (const f of findings) {
    add(byFile, f.file, f)
    const board = boardPointerOf(f.pointer)
    if (board !== undefined) add(byBoard, `${f.file}\0${board}`, f)
    else if (f.pointer !== '/boards') add(outsideBoards, f.file, f)
  }
  const own = (u: UnsimulatedInput): Finding[] => (u.pointer === undefined ? byFile.get(u.file) : byBoard.get(`${u.file}\0${u.pointer}`)) ?? []
  const outside = (file: string): Finding[] => outsideBoards.get(file) ?? []
  return { own, outside, standing: (u) => (own(u).length > 0 ? own(u) : outside(u.file)) }
}

/**
 * How an entry with no simulated result is marked, from the findings that stand for it: a
 * layout, board or file not simulated (its own findings; for a board with none,
 * unsimulatedFindings()'s `standing`), or a layout whose boot panics before the reservation.
 * Their worst active severity; `muted` when every one is suppressed (a board's `suppress`, or
 * an SC002/SC003 error whose rule is "off"), which is no problem in a run that passes (the job
 * summary's 🔕 row, the HTML grid's muted cell, left out of the comment and of the "problems"
 * filter); `error` when none stands for it, as nothing accepts it. A simulated layout is
 * judged by layoutMute() (mute.ts), from its outcome as well.
 *
 * @example
 * problemMark([{ severity: 'error', suppressed: { reason: 'severity "off"' } }]) // → 'muted'
 * problemMark([]) // → 'error'
 */
export function problemMark(findings: readonly Pick<Finding, 'severity' | 'suppressed'>[]): Severity | 'muted' {
  if (findings.length === 0) return 'error'
  let worst: Severity | undefined
  for (const f of findings) if (!f.suppressed && (worst === undefined || SEVERITY_RANK[f.severity] < SEVERITY_RANK[worst])) worst = f.severity
  return worst ?? 'muted'
}

/**
 * Why an unsimulated board or file was not, in a few words for a grid cell or a table row.
 *
 * @example
 * unsimulatedWhy({ file: 'a.json', reason: 'syntax' }) // → 'not read: JSON syntax error'
 */
export function unsimulatedWhy(u: UnsimulatedInput): string {
  if (u.pointer === undefined) return u.reason === 'syntax' ? 'not read: JSON syntax error' : 'no boards read: schema error'
  const why: Record<UnsimulatedInput['reason'], string> = { syntax: 'JSON syntax error', schema: 'schema error', semantic: 'SC003 error', engine: 'not modelled (SC004)' }
  return `not simulated: ${why[u.reason]}`
}

/**
 * ` [board layout]` after a finding's message in the one-line formats (text, annotations,
 * SARIF's message), or nothing for a document-level finding.
 *
 * @example
 * findingScope({ boardId: 'rpi4', layoutName: '1G/6.12' }) // → ' [rpi4 1G/6.12]'
 */
export function findingScope(f: Pick<Finding, 'boardId' | 'layoutName'>): string {
  return f.boardId ? ` [${f.boardId}${f.layoutName ? ` ${f.layoutName}` : ''}]` : ''
}

/**
 * ` [board layouts; board layouts]` after the message of findings that differ only in their
 * layout (one line of the matrix, every RAM variant and kernel of a board, or of several
 * boards sharing a default): each board once with its layouts, at most `max` layouts named
 * and the rest counted. One finding gives findingScope()'s text.
 *
 * @example
 * groupScope([{ boardId: 'a', layoutName: '1G/6.1' }, { boardId: 'a', layoutName: '2G/6.1' }, { boardId: 'b', layoutName: '1G/6.1' }])
 * // → ' [a 1G/6.1, 2G/6.1; b 1G/6.1]'
 */
export function groupScope(fs: readonly Pick<Finding, 'boardId' | 'layoutName'>[], max = Infinity): string {
  if (fs.length === 1) return findingScope(fs[0]!)
  const inner = groupScopeText(fs, max)
  return inner === '' ? '' : ` [${inner}]`
}

/**
 * groupScope()'s text without the brackets: `a 1G/6.1, 2G/6.1; b 1G/6.1` (a table cell's).
 *
 * @example
 * groupScopeText([{ boardId: 'a', layoutName: '1G' }, { boardId: 'a', layoutName: '2G' }]) // → 'a 1G, 2G'
 */
export function groupScopeText(fs: readonly Pick<Finding, 'boardId' | 'layoutName'>[], max = Infinity): string {
  const byBoard = new Map<string, string[]>()
  for (const f of fs) {
    if (f.boardId === undefined) continue
    const names = byBoard.get(f.boardId) ?? []
    if (f.layoutName !== undefined && !names.includes(f.layoutName)) names.push(f.layoutName)
    byBoard.set(f.boardId, names)
  }
  if (byBoard.size === 0) return ''
  let left = max
  let untold = 0
  const parts: string[] = []
  for (const [board, names] of byBoard) {
    if (left <= 0) {
      untold += Math.max(names.length, 1)
      continue
    }
    const shown = names.slice(0, left)
    untold += names.length - shown.length
    left -= Math.max(shown.length, 1)
    parts.push(shown.length > 0 ? `${board} ${shown.join(', ')}` : board)
  }
  return `${parts.join('; ')}${untold > 0 ? `; and ${untold} more layout${untold === 1 ? '' : 's'}` : ''}`
}

/** A finding's verified fix as one string ('' without one): two findings with the same fix have the same key. */
export function suggestionKey(f: Pick<Finding, 'suggestion'>): string {
  return f.suggestion ? `${f.suggestion.pointer}\0${f.suggestion.replacement}\0${f.suggestion.description}` : ''
}

/**
 * What findings that differ only in their layout have in common: place, severity, rule,
 * message, fix. groupFindings() groups by it; the text format's rows (stylish.ts) too.
 */
export function findingGroupKey(f: Finding): string {
  const l = f.location
  const where = l ? `${l.line}:${l.column}:${l.endLine}:${l.endColumn}` : ''
  return `${f.file}\0${where}\0${f.severity}\0${f.ruleId}\0${f.message}\0${suggestionKey(f)}`
}

/**
 * Findings grouped where they differ only in their layout (one command line, every RAM
 * variant and kernel of a board): one group per place, severity, rule, message and fix, in the
 * order of each group's first finding. What one annotation or one table row stands for.
 * With `bySuppression`, suppressed findings group apart, by their reason.
 *
 * @example
 * groupFindings([rpi1G, rpi2G, other]) // → [[rpi1G, rpi2G], [other]] when rpi1G and rpi2G differ only in layoutName
 */
export function groupFindings(findings: readonly Finding[], { bySuppression = false }: { bySuppression?: boolean } = {}): Finding[][] {
  const groups = new Map<string, Finding[]>()
  for (const f of findings) {
    // `bySuppression`: a suppressed finding apart from active ones, and by its reason.
    const key = bySuppression ? `${findingGroupKey(f)}\0${f.suppressed ? `suppressed\0${f.suppressed.reason}` : ''}` : findingGroupKey(f)
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  return [...groups.values()]
}

/**
 * Layout names in natural order, runs of digits compared as numbers (`1G/6.1` < `2G/6.1` <
 * `16G/6.1`): the order check() and the fan-out's merge both give findings that rank alike
 * (layouts kept from the engine, which have no place among the simulated ones).
 *
 * @example
 * ['16G/6.1', '1G/6.1', '2G/6.1'].sort(compareLayoutNames) // → ['1G/6.1', '2G/6.1', '16G/6.1']
 */
export function compareLayoutNames(a: string, b: string): number {
  const digit = (c: number) => c >= 48 && c <= 57
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const ca = a.charCodeAt(i)
    const cb = b.charCodeAt(j)
    if (digit(ca) && digit(cb)) {
      // Leading zeros aside, the longer run is the larger number; equal lengths compare as text.
      while (a.charCodeAt(i) === 48 && digit(a.charCodeAt(i + 1))) i++
      while (b.charCodeAt(j) === 48 && digit(b.charCodeAt(j + 1))) j++
      const si = i
      const sj = j
      while (i < a.length && digit(a.charCodeAt(i))) i++
      while (j < b.length && digit(b.charCodeAt(j))) j++
      const na = a.slice(si, i)
      const nb = b.slice(sj, j)
      if (na.length !== nb.length) return na.length - nb.length
      if (na !== nb) return na < nb ? -1 : 1
      continue
    }
    if (ca !== cb) return ca - cb
    i++
    j++
  }
  return a.length - i - (b.length - j)
}

/**
 * A finding's place among the report's layouts, so that the findings of one rule at one
 * place read in the matrix's order (5.10 before 6.1, the board's RAM variants as written),
 * not in the alphabetical order of their messages: -1 without a layout, after every
 * simulated layout for one that was not simulated. check()'s sortFindings() (src/index.ts)
 * and the fan-out's merge (src/fanout/merge.ts compareFindings()) both order by it.
 */
export function layoutRanks(layouts: readonly Pick<LayoutReport, 'file' | 'boardId' | 'layoutName'>[]): (f: Pick<Finding, 'file' | 'boardId' | 'layoutName'>) => number {
  const key = (file: string, boardId: string, layoutName: string) => `${file}\0${boardId}\0${layoutName}`
  const rankOf = new Map(layouts.map((l, i) => [key(l.file, l.boardId, l.layoutName), i]))
  return (f) => (f.boardId === undefined || f.layoutName === undefined ? -1 : (rankOf.get(key(f.file, f.boardId, f.layoutName)) ?? layouts.length))
}
