// SPDX-License-Identifier: GPL-2.0-only
/**
 * The HTML report: `renderHtml(report, options) → string`, one self-contained page.
 *
 * - Self-contained and offline: inline CSS, one small inline script (hash-pinned by a
 *   Content-Security-Policy that also forbids every fetch), no fonts, images or links out
 *   except the findings' documentation URLs.
 * - Overview first: the kernel override when one replaced each board's kernels, totals, a
 *   status filter (radio buttons + CSS `:has()`, works without JavaScript), and a board ×
 *   kernel grid with one status per cell (reserved / fell back / failed / hang / ignored / cut off /
 *   not requested / not simulated) and finding counts.
 * - Detail on demand: one closed `<details>` per layout with its memory map (SVG, see
 *   memory-map.ts), findings beside it, facts, regions and the kernel's messages. A closed
 *   `<details>` is parsed but not laid out, so the maps cost nothing until opened, and the
 *   page needs no script to show them. The script only opens the section a grid link points
 *   at.
 * - Size caps for huge fleets (documented in HtmlOptions): the grid always lists every
 *   layout; detail sections and maps are kept for the layouts that matter most (findings by
 *   severity, then problem outcomes, then report order) up to `maxDetails` / `maxMaps`; a
 *   layout with findings beyond `maxDetails` keeps a short section with its findings alone,
 *   so no finding is left off the page; the page says what was left out.
 * - Prints whole (style.ts): the grid unclipped, and the sections of layouts with findings or
 *   a problem outcome open, so paper has every finding the screen has.
 * - Safe: every string from the matrix or engine is escaped (escape.ts); ids are derived
 *   from positions in the report, never from names.
 * - Deterministic: no clock, no randomness; the same report gives byte-identical output.
 */
import { expectReport } from '../../errors.js'
import { createHash } from 'node:crypto'
import type { SimulationResult } from '../../engine/index.js'
import { groupFindings, groupScopeText, unlistedUnsimulated, unsimulatedFindings, problemMark, unsimulatedParts, unsimulatedWhy, type Finding, type LayoutReport, type Report, type Severity, type UnsimulatedInput } from '../types.js'
import type { FormatContext } from '../formatters.js'
import { CATEGORIES, CATEGORY_LABEL, type ReservationCategory } from './categories.js'
import { attr, fileText, safeUrl, text } from './escape.js'
import { groupDigits } from '../../group-digits.js'
import { hex16, humanSize, memRange, windowRange } from './format.js'
import { mapCategories, renderMemoryMap } from './memory-map.js'
import { bootPanicWords, bootStoppedEarly, crashkernelCutOff, cutOffText, describeCrashkernelCma } from '../describe.js'
import { ownersLabel } from '../memory-map.js'
import { findingWhere } from '../summary.js'
import { STATUSES, STATUS_META, layoutStatus, type LayoutStatus } from './status.js'
import { CSS } from './style.js'
import { forcedByWords, reasonWords, satpModeWords } from '../outcome-words.js'
import { layoutMute } from '../mute.js'

export { renderMemoryMap } from './memory-map.js'
export { buildScale, type Scale, type ScaleSegment } from './scale.js'
export { layoutStatus, STATUS_META, type LayoutStatus } from './status.js'

export interface HtmlOptions {
  /**
   * Page title and heading; default `crashkernel-check report`, in the browser's tab followed by
   * the checked file (`: boards.json`) or the first of several (`: a.json and 2 more files`),
   * so tabs tell reports apart.
   */
  title?: string | undefined
  /**
   * Most layouts with a full detail section (facts, regions, kernel messages). Default 1500
   * (about 4 KiB each without a map). Layouts beyond it keep their grid cell, with the outcome
   * in its tooltip; those with findings also keep a short section with the findings (about
   * 1.5 KiB each), which their cell links to.
   */
  maxDetails?: number | undefined
  /**
   * What kept the run from checking everything (a matrix file it could not read, a --boards
   * pattern that matched no board): the CLI exits 2 for them, and the page says so at its top,
   * so a saved page does not read as a pass. Default none.
   */
  problems?: readonly string[] | undefined
  /**
   * Most layouts whose memory map is drawn. Default 400 (a map is 3 to 8 KiB). A report
   * under both caps is complete; above them the page says what it left out.
   */
  maxMaps?: number | undefined
}

const DEFAULT_MAX_DETAILS = 1500
const DEFAULT_MAX_MAPS = 400

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'note']
const SEVERITY_WORD: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], note: ['note', 'notes'] }

/** Opens the `<details>` a grid link targets (the only behaviour that needs a script). */
const SCRIPT = `(function(){function o(){var h=location.hash.slice(1);if(!h)return;var e=document.getElementById(h);if(e&&e.tagName==='DETAILS'&&!e.open)e.open=true}window.addEventListener('hashchange',o);o()})();`
const SCRIPT_HASH = createHash('sha256').update(SCRIPT).digest('base64')

/** One cell entry: a simulated layout, or one the engine could not simulate. */
interface Entry {
  /** Page id of its detail section. */
  id: string
  order: number
  file: string
  boardId: string
  layoutName: string
  kernel: string
  status: LayoutStatus
  layout?: LayoutReport
  findings: Finding[]
  /** Worst unsuppressed severity, if any. */
  worst?: Severity
  /**
   * A board or file of `report.unsimulated` no layout stands for (the schema refused it, an
   * error outside the boards stopped it, the file is not JSON): one row of its own, across
   * the kernels.
   */
  unsimulated?: UnsimulatedInput
  /** For such a board without findings of its own: the file's errors outside its boards, which stopped it. */
  causes?: Finding[]
  /**
   * Accepted, neither clean nor a problem, as the job summary's 🔕 row: a layout with no active
   * finding that layoutMute() mutes (`suppressed`: its findings are; `off`: the rule of its
   * outcome is), or an entry with no result whose every finding is suppressed (problemMark()).
   */
  muted?: 'suppressed' | 'off'
}

/** An entry the "problems" filter shows and sections are ranked by: a problem outcome not muted, or an active finding. */
function isProblem(e: Entry): boolean {
  return (STATUS_META[e.status].problem && !e.muted) || e.worst !== undefined
}

/**
 * The mark of a muted entry, after its status: the job summary's ACCEPTED_ICON (🔕) in words,
 * as the page's other marks are glyphs any text font has (an emoji font is not everywhere).
 */
const MUTED: Record<'suppressed' | 'off', string> = {
  suppressed: ' <span class="mute" title="every finding about it is suppressed">(suppressed)</span>',
  off: ' <span class="mute" title="the rule that reports this outcome is off for the board">(rule off)</span>',
}

/** What a muted entry's tooltip says after its outcome. */
const MUTED_TIP: Record<'suppressed' | 'off', string> = { suppressed: 'every finding about it is suppressed', off: 'the rule that reports this outcome is off for the board' }

interface Row {
  file: string
  boardId: string
  variant?: string
  cells: Map<string, Entry[]>
}

const plural = (n: number, [one, many]: [string, string]) => `${groupDigits(n)} ${n === 1 ? one : many}`

function variantOf(layoutName: string): string | undefined {
  const i = layoutName.lastIndexOf('/')
  return i > 0 ? layoutName.slice(0, i) : undefined
}

/** Kernel releases in version order (6.1.192 < 6.12.117 < 7.2.13); unparsable last, by text. */
function compareKernels(a: string, b: string): number {
  const pa = a.split(/[^0-9]+/).filter(Boolean).map(Number)
  const pb = b.split(/[^0-9]+/).filter(Boolean).map(Number)
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1)
    if (d !== 0) return d
  }
  return a < b ? -1 : a > b ? 1 : 0
}

function worstOf(findings: readonly Finding[]): Severity | undefined {
  for (const s of SEVERITIES) if (findings.some((f) => !f.suppressed && f.severity === s)) return s
  return undefined
}

const key = (file: string, boardId: string, layoutName: string) => `${file}\u0000${boardId}\u0000${layoutName}`

/** Builds the entries (layouts, then unsimulated layouts named by findings) and the findings left over. */
function collect(report: Report): { entries: Entry[]; loose: Finding[] } {
  const byLayout = new Map<string, Finding[]>()
  const loose: Finding[] = []
  const simulated = new Set(report.layouts.map((l) => key(l.file, l.boardId, l.layoutName)))
  for (const f of report.findings) {
    if (f.boardId === undefined || f.layoutName === undefined) {
      loose.push(f)
      continue
    }
    const k = key(f.file, f.boardId, f.layoutName)
    const list = byLayout.get(k) ?? []
    list.push(f)
    byLayout.set(k, list)
  }
  const entries: Entry[] = report.layouts.map((l, i) => {
    const findings = byLayout.get(key(l.file, l.boardId, l.layoutName)) ?? []
    const worst = worstOf(findings)
    const status = layoutStatus(l.result, l.cmdline)
    // Accepted as the job summary's 🔕 row (layoutMute()): a fallback or failure whose finding is
    // suppressed, a fallback whose rule is off; a failure with no finding at all stays a problem.
    const muted = layoutMute(findings, l.result, l.cmdline)
    return { id: `L${i}`, order: i, file: l.file, boardId: l.boardId, layoutName: l.layoutName, kernel: l.kernel, status, layout: l, findings, ...(worst && { worst }), ...(muted && { muted }) }
  })
  // Layouts that have findings but no result: not simulated (SC003, SC004), or simulated to a
  // panic before the reservation (CK012 panicsBeforeReservation), which is a panic.
  let n = 0
  for (const [k, findings] of byLayout) {
    if (simulated.has(k)) continue
    const f = findings[0]!
    const worst = worstOf(findings)
    entries.push({
      id: `N${n}`,
      order: report.layouts.length + n++,
      file: f.file,
      boardId: f.boardId!,
      layoutName: f.layoutName!,
      kernel: f.kernel ?? f.layoutName!.slice(f.layoutName!.lastIndexOf('/') + 1),
      status: findings.some((x) => x.ruleId === 'CK012') ? 'panics' : 'not-simulated',
      findings,
      ...(worst && { worst }),
      ...(problemMark(findings) === 'muted' && { muted: 'suppressed' as const }),
    })
  }
  // The boards and files nothing was simulated of, each a row of the grid with its own findings
  // (else the grid and its "problems" filter ignore them while the totals count their errors),
  // also when nothing was simulated: the Markdown layouts table lists them then too.
  const own = new Set<Finding>()
  const unlisted = unlistedUnsimulated(report)
  // The loose findings by board and file, once (unsimulatedFindings()).
  const index = unsimulatedFindings(loose)
  for (const [i, u] of unlisted.entries()) {
    const pointer = u.pointer
    const findings = index.own(u)
    for (const f of findings) own.add(f)
    const causes = findings.length === 0 ? index.outside(u.file).filter((f) => f.severity === 'error' && !f.suppressed) : []
    const worst = worstOf(findings)
    entries.push({
      id: `U${i}`,
      order: entries.length,
      file: u.file,
      boardId: u.boardId ?? pointer ?? 'whole file',
      layoutName: '',
      kernel: '',
      status: 'not-simulated',
      findings,
      ...(worst && { worst }),
      unsimulated: u,
      ...(causes.length > 0 && { causes }),
      ...(problemMark(index.standing(u)) === 'muted' && { muted: 'suppressed' as const }),
    })
  }
  return { entries, loose: loose.filter((f) => !own.has(f)) }
}

/** Rows in order of first appearance: the report's layouts come in matrix order. */
function rowsOf(entries: readonly Entry[]): Row[] {
  const rows = new Map<string, Row>()
  // Unsimulated entries belong next to their board's other layouts: place rows by first layout.
  for (const e of entries) {
    const variant = e.unsimulated ? undefined : variantOf(e.layoutName)
    const k = e.unsimulated ? `${e.file}\u0000${e.id}` : `${e.file}\u0000${e.boardId}\u0000${variant ?? ''}`
    let row = rows.get(k)
    if (!row) {
      row = { file: e.file, boardId: e.boardId, ...(variant !== undefined && { variant }), cells: new Map() }
      rows.set(k, row)
    }
    const list = row.cells.get(e.kernel) ?? []
    list.push(e)
    row.cells.set(e.kernel, list)
  }
  return [...rows.values()]
}

/** Priority for detail sections and maps: findings by severity, then problem outcomes, then order. */
function priority(e: Entry): number {
  if (e.worst) return SEVERITIES.indexOf(e.worst)
  return isProblem(e) ? 3 : 4
}

function describeOutcome(result: SimulationResult, cmdline: string | undefined): string {
  const panic = bootPanicWords(result)
  return panic === undefined ? describeReservation(result, cmdline) : `${describeReservation(result, cmdline)}; then ${panic}`
}

function describeReservation(result: SimulationResult, cmdline: string | undefined): string {
  const ck = result.crashkernel
  switch (ck.kind) {
    case 'reserved': {
      const main = `reserved ${humanSize(ck.main.size)} at ${memRange(ck.main.base, ck.main.size)}`
      const low = ck.low ? `; low ${humanSize(ck.low.size)} at ${memRange(ck.low.base, ck.low.size)}` : ''
      return `${main}${low}${ck.fellBack ? ' (fell back)' : ''}`
    }
    case 'failed':
      return `${humanSize(ck.size)} not reserved (${reasonWords(result)})`
    case 'hang':
      if (ck.cause === 'early-param') return `boot stops in parse_early_param() at ${ck.param}`
      return `boot hangs: retries ${humanSize(ck.size)} in ${windowRange(ck.window.base, ck.window.size)}`
    case 'ignored':
      return `crashkernel= ignored (${reasonWords(result)})`
    case 'not-requested': {
      const cut = crashkernelCutOff(result, cmdline)
      return cut !== undefined ? cutOffText(cut) : 'no crashkernel= on the command line'
    }
  }
}

function findingCounts(findings: readonly Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, note: 0 }
  for (const f of findings) if (!f.suppressed) c[f.severity]++
  return c
}

function badges(findings: readonly Finding[]): string {
  const c = findingCounts(findings)
  return SEVERITIES.filter((s) => c[s] > 0)
    // The word is for screen readers (a link's name would be "reserved 1 1"); on screen the colour says it.
    .map((s) => `<span class="fc ${s}" title="${attr(plural(c[s], SEVERITY_WORD[s]))}">${c[s]}<span class="vh"> ${SEVERITY_WORD[s][c[s] === 1 ? 0 : 1]}</span></span>`)
    .join('')
}

function statusSpan(status: LayoutStatus, tag = 'span', extra = '', cls = ''): string {
  const m = STATUS_META[status]
  return `<${tag} class="st s-${status}${cls}"${extra}>${m.glyph} ${m.label}</${tag}>`
}

/**
 * ` fe` for a layout the kernel reserved for but whose findings include an error (the dump
 * disk cannot reach it, nothing protects it …): its outcome chip is drawn neutral instead of
 * green, so that it does not read as a pass beside the red count of its errors.
 */
function errorClass(e: Entry): string {
  return e.worst === 'error' && e.status === 'reserved' ? ' fe' : ''
}

/** The outcome of an entry without a result: a boot that panics before the reservation, or none simulated. */
function noResult(e: Entry): string {
  if (e.unsimulated) return `${unsimulatedWhy(e.unsimulated)}${e.causes ? ' outside the boards, which stops every board of the file' : ''}`
  return e.status === 'panics' ? 'the boot panics before the crash kernel reservation' : 'not simulated'
}

/**
 * A grid cell's tooltip: the outcome (row and column already name the layout) and findings.
 * `shared`: the cell holds several layouts (kernel entries of one release, such as "6.12" and
 * a "6.12.117" with a command line of its own), which the tooltip tells apart by name.
 */
function cellTip(e: Entry, shared = false): string {
  const lines = [e.layout ? shortOutcome(e.layout.result, e.layout.cmdline) : noResult(e)]
  if (shared) lines.unshift(e.layoutName)
  if (e.muted) lines.push(MUTED_TIP[e.muted])
  const c = findingCounts(e.findings)
  const f = SEVERITIES.filter((s) => c[s] > 0).map((s) => plural(c[s], SEVERITY_WORD[s]))
  if (f.length) lines.push(f.join(', '))
  return lines.join('\n')
}

function shortOutcome(result: SimulationResult, cmdline: string | undefined): string {
  const ck = result.crashkernel
  if (ck.kind !== 'reserved' || result.panic) return describeOutcome(result, cmdline)
  return `${ck.fellBack ? 'fell back: ' : ''}${humanSize(ck.main.size)} at ${hex16(ck.main.base)}${ck.low ? `, low ${humanSize(ck.low.size)} at ${hex16(ck.low.base)}` : ''}`
}

function renderGrid(rows: readonly Row[], kernels: readonly string[], linked: ReadonlySet<string>, multiFile: boolean): string {
  // No kernel was simulated (every board and file of the run is a row not simulated): one column that says so.
  const head = `<thead><tr><th class="b" scope="col">board</th>${kernels.length > 0 ? kernels.map((k) => `<th class="k" scope="col">${text(k)}</th>`).join('') : '<th class="k" scope="col">no kernel simulated</th>'}</tr></thead>`
  const chunks: string[] = []
  const CHUNK = 250
  for (let i = 0; i < rows.length; i += CHUNK) {
    const body = rows.slice(i, i + CHUNK).map((row) => {
      const all = [...row.cells.values()].flat()
      const cls = [...new Set(all.map((e) => `r-${e.status}`))].sort()
      if (all.some(isProblem)) cls.push('p')
      if (all.some((e) => e.worst)) cls.push('hf')
      // The id is what gets cut when the column is narrow; the RAM variant, which tells a
      // board's rows apart, stays whole up to 60% of the label (a long one is cut too, so
      // the id never disappears). The row header's title has both in full.
      const label = `${multiFile ? `<span class="file">${fileText(row.file)}</span>` : ''}<span class="bi"><span class="id">${text(row.boardId)}</span>${row.variant !== undefined ? `<span class="v">${text(row.variant)}</span>` : ''}</span>`
      const alone = row.cells.get('')?.[0]
      if (alone?.unsimulated) {
        // One cell across the kernels: the board (or file) was given, and none of its layouts simulated.
        const cellCls = `st s-${alone.status}${isProblem(alone) ? ' p' : ''}${alone.worst ? ' hf' : ''}`
        const content = `${STATUS_META[alone.status].glyph} ${text(unsimulatedWhy(alone.unsimulated))}${alone.muted ? MUTED[alone.muted] : ''}${badges(alone.findings)}`
        const tip = attr(cellTip(alone))
        const inner = linked.has(alone.id) ? `<a class="${cellCls}" href="#${alone.id}" title="${tip}">${content}</a>` : `<span class="${cellCls}" title="${tip}">${content}</span>`
        return `<tr class="${cls.join(' ')}"><th class="b" scope="row" title="${attr(row.boardId)}">${label}</th><td colspan="${Math.max(kernels.length, 1)}">${inner}</td></tr>`
      }
      const cells = kernels.map((k) => {
        const list = row.cells.get(k)
        if (!list) return '<td></td>'
        const inner = list
          .map((e) => {
            const m = STATUS_META[e.status]
            const content = `${m.glyph} ${m.label}${e.muted ? MUTED[e.muted] : ''}${badges(e.findings)}`
            // The classes of its section (p, hf), so a filter hides the cell with the section it links to.
            const cls = `st s-${e.status}${isProblem(e) ? ' p' : ''}${e.worst ? ' hf' : ''}${errorClass(e)}`
            return linked.has(e.id)
              ? `<a class="${cls}" href="#${e.id}" title="${attr(cellTip(e, list.length > 1))}">${content}</a>`
              : `<span class="${cls}" title="${attr(cellTip(e, list.length > 1))}">${content}</span>`
          })
          .join('')
        return list.length === 1 ? `<td>${inner}</td>` : `<td><div class="cell">${inner}</div></td>`
      })
      return `<tr class="${cls.join(' ')}"><th class="b" scope="row" title="${attr(row.boardId + (row.variant !== undefined ? ` ${row.variant}` : ''))}">${label}</th>${cells.join('')}</tr>`
    })
    chunks.push(`<tbody>${body.join('')}</tbody>`)
  }
  return `<div class="gridwrap"><table class="grid">${head}${chunks.join('')}</table></div>`
}

/**
 * One finding. `withBoard`: outside a layout section nothing else says which board it is
 * about (the other formats print `[board]` after the message), so the location line does,
 * naming each board of `group` (the findings that differ from `f` only in their board, as a
 * value in "defaults" several boards take gives them).
 */
function renderFinding(f: Finding, withBoard = false, group: readonly Finding[] = [f]): string {
  const url = safeUrl(f.docsUrl)
  const rule = url ? `<a class="rule" href="${attr(url)}">${text(f.ruleId)}</a>` : `<span class="rule">${text(f.ruleId)}</span>`
  const where = f.location ? `${f.location.file}:${f.location.line}:${f.location.column}` : `${f.file}${f.pointer ? ` ${f.pointer}` : ''}`
  const boards = groupScopeText(group)
  const loc = withBoard && boards !== '' ? `${where} \u00B7 board ${boards}` : where
  const parts = [
    // A suppressed finding counts for nothing: its headline says so, not a bare red "ERROR".
    `<span class="sev">${f.severity}${f.suppressed ? ', suppressed' : ''}</span>${rule}<span class="rn">${text(f.ruleName)}</span>`,
    `<p class="msg">${text(f.message)}</p>`,
  ]
  if (f.suggestion) {
    const s = f.suggestion
    const change = s.replacement !== undefined ? ` <code>${text(s.pointer ?? '')}</code> \u2192 <code>${text(s.replacement)}</code>` : s.pointer ? ` <code>${text(s.pointer)}</code>` : ''
    parts.push(`<p class="sugg">Suggestion: ${text(s.description)}${change}</p>`)
  }
  parts.push(`<p class="loc mono">${fileText(loc)}</p>`)
  if (f.suppressed) parts.push(`<p class="loc">Suppressed: ${text(f.suppressed.reason)}</p>`)
  if (f.evidence.length) parts.push(`<pre class="ev">${f.evidence.map((e) => text(e.text)).join('\n')}</pre>`)
  return `<li class="sev-${f.severity}${f.suppressed ? ' suppressed' : ''}">${parts.join('')}</li>`
}

function renderFacts(result: SimulationResult, cmdline: string | undefined): string {
  const cma = describeCrashkernelCma(result)
  const facts: Array<[string, string]> = [
    ...(cmdline !== undefined ? ([['command line', cmdline === '' ? '(empty)' : `<code>${text(cmdline)}</code>`]] as Array<[string, string]>) : []),
    ['crashkernel', text(describeOutcome(result, cmdline))],
    ...(cma !== undefined ? ([['crashkernel ,cma', text(cma)]] as Array<[string, string]>) : []),
    ['arch · policy', text(`${result.arch} \u00B7 ${result.policy}`)],
    ...(bootStoppedEarly(result)
      ? ([['memory, zones', 'not set up: the boot stops in parse_early_param() first']] as Array<[string, string]>)
      : ([
          ['system RAM', text(humanSize(result.systemRam))],
          ['CRASH_ADDR_LOW_MAX', `<span class="mono">${hex16(result.lowMax)}</span>`],
          ['zones', result.zones.map((z) => `${text(z.name)} ${z.start === null || z.end === null ? 'empty' : `<span class="mono">${hex16(z.start)}-${hex16(z.end)}</span>`}`).join('<br>')],
        ] as Array<[string, string]>)),
  ]
  if (result.linearMap) {
    const lm = result.linearMap
    facts.push(['linear map', text(lm.forcedBasePagesBy.length ? `base pages forced by ${forcedByWords(lm.forcedBasePagesBy)}${lm.forcedByCrashkernel ? ' (by crashkernel=)' : ''}` : 'block mappings allowed')])
  }
  const paging = satpModeWords(result)
  if (paging) facts.push(['paging mode', text(paging)])
  facts.push(['protection', text(result.protection.available ? 'crash region protectable' : `not protectable: ${result.protection.why}`)])
  return `<dl class="facts">${facts.map(([k, v]) => `<dt>${text(k)}</dt><dd>${v}</dd>`).join('')}</dl>`
}

/** `whose`: the visually hidden " for <board> <layout>" its headings end with (renderDetail()). */
function renderRegions(result: SimulationResult, whose: string): string {
  const row = (kind: string, base: bigint, size: bigint, owner: string) =>
    `<tr><td>${text(kind)}</td><td class="mono">${hex16(base)}</td><td class="mono">${hex16(size === 0n ? base : base + size - 1n)}</td><td class="num">${text(humanSize(size))}</td><td>${text(owner)}</td></tr>`
  const rows = [
    ...result.memory.map((m) => row('memory', m.base, m.size, m.flags & 0x4 ? 'no-map' : '')),
    ...result.reserved.map((r) => row('reserved', r.base, r.size, ownersLabel(r) ?? '')),
  ]
  const trace = result.trace.map((t) => text(t.text)).join('\n')
  return (
    `<table class="plain"><thead><tr><th>type</th><th>start</th><th>end (inclusive)</th><th>size</th><th>owner</th></tr></thead><tbody>${rows.join('')}</tbody></table>` +
    `<h4>Zone ranges${whose}</h4><pre>${result.zoneLines.map(text).join('\n')}</pre>` +
    (trace ? `<h4>Kernel messages${whose}</h4><pre>${trace}</pre>` : '')
  )
}

/**
 * A layout's section. `brief`: beyond `maxDetails`, the findings alone (a layout without a
 * result, SC004's, has nothing else anyway) and a line saying why.
 */
function renderDetail(e: Entry, withMap: boolean, capNote: string, brief?: string): string {
  const cls = [`layout`, `r-${e.status}`]
  if (isProblem(e)) cls.push('p')
  if (e.worst) cls.push('hf')
  const summary =
    `<summary>${statusSpan(e.status, 'span', '', errorClass(e))}${e.muted ? MUTED[e.muted] : ''}<b>${text(e.boardId)}</b><span>${text(e.layoutName)}</span><span class="mono what">${e.unsimulated ? fileText(e.file) : text(e.kernel)}</span>${badges(e.findings)}` +
    `<span class="what">${text(e.layout ? describeOutcome(e.layout.result, e.layout.cmdline) : noResult(e))}</span></summary>`
  // A board an error outside the boards stopped has none of its own: the section shows that error.
  const findings = e.findings.length
    ? `<ul class="findings">${e.findings.map((f) => renderFinding(f)).join('')}</ul>`
    : e.causes
      ? `<p class="note">None of its own; the file's error outside the boards stopped it (also under "Findings outside a layout"):</p><ul class="findings">${e.causes.map((f) => renderFinding(f)).join('')}</ul>`
      : '<p class="note">No findings.</p>'
  // The summary is no heading: a screen reader's list of headings would have dozens of
  // "Findings" (and "Zone ranges", "Kernel messages") and no layout, so the headings name
  // their layout (the summary shows it on screen).
  const whose = `<span class="vh"> for ${text(e.boardId)} ${text(e.layoutName)}</span>`
  const head = `<h3>Findings${whose}</h3>`
  if (!e.layout || brief !== undefined) return `<details class="${cls.join(' ')}" id="${e.id}">${summary}<div class="detail"><div class="side">${head}${findings}${brief !== undefined ? `<p class="nomap-note">${text(brief)}</p>` : ''}</div></div></details>`
  // The map keeps a readable width (its labels scale with it) and scrolls sideways on a phone.
  const map = withMap ? `<div class="mmwrap">${renderMemoryMap(e.layout, e.id)}</div>` : `<p class="nomap-note">${text(capNote)}</p>`
  return (
    `<details class="${cls.join(' ')}" id="${e.id}">${summary}<div class="detail">` +
    `<div class="main">${map}${renderFacts(e.layout.result, e.layout.cmdline)}</div>` +
    `<div class="side">${head}${findings}</div>` +
    `<details class="more"><summary>Regions, zone ranges and kernel messages</summary>${renderRegions(e.layout.result, whose)}</details>` +
    `</div></details>`
  )
}

function renderLegend(categories: ReadonlySet<ReservationCategory>, hasDevices: boolean): string {
  const items = [
    '<span><i class="sw ram"></i>RAM</span>',
    '<span><i class="sw nomap"></i>no-map RAM</span>',
    '<span><i class="sw z-dma"></i>ZONE_DMA</span>',
    '<span><i class="sw z-dma32"></i>ZONE_DMA32</span>',
    '<span><i class="sw z-normal"></i>ZONE_NORMAL</span>',
    ...CATEGORIES.filter((c) => categories.has(c)).map((c) => `<span><i class="sw c-${c}"></i>${text(CATEGORY_LABEL[c])}</span>`),
    '<span><i class="sw crash"></i>crashkernel</span>',
    '<span><i class="sw crash-low"></i>crashkernel,low</span>',
    '<span><i class="sw search"></i>searched, no fit</span>',
    ...(hasDevices ? ['<span><i class="sw dev"></i>device DMA reach</span>', '<span><i class="sw dump"></i>dump target reach</span>'] : []),
    '<span><i class="sw v4g"></i>4 GiB</span>',
    '<span><i class="sw brk"></i>break: not to scale</span>',
  ]
  return `<div class="legend" aria-label="legend">${items.join('')}</div>`
}

function renderRuleTable(findings: readonly Finding[]): string {
  const byRule = new Map<string, { f: Finding; c: Record<Severity | 'suppressed', number> }>()
  for (const f of findings) {
    const r = byRule.get(f.ruleId) ?? { f, c: { error: 0, warning: 0, note: 0, suppressed: 0 } }
    if (f.suppressed) r.c.suppressed++
    else r.c[f.severity]++
    byRule.set(f.ruleId, r)
  }
  const rows = [...byRule.keys()].sort().map((id) => {
    const { f, c } = byRule.get(id)!
    const url = safeUrl(f.docsUrl)
    const rule = url ? `<a href="${attr(url)}">${text(id)}</a>` : text(id)
    return `<tr><td>${rule}</td><td>${text(f.ruleName)}</td>${(['error', 'warning', 'note', 'suppressed'] as const).map((s) => `<td class="num">${c[s] || ''}</td>`).join('')}</tr>`
  })
  return `<table class="plain"><thead><tr><th>rule</th><th>name</th><th>errors</th><th>warnings</th><th>notes</th><th>suppressed</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

/**
 * Renders a report as one self-contained HTML page.
 *
 * @param report - what `check()` returned (or `mergeReports()` of several)
 * @param options - title and size caps
 * @returns the page, deterministic for a given report and options
 * @example
 * renderHtml(check(text, 'boards.json')).startsWith('<!DOCTYPE html>') // → true
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  expectReport('renderHtml', report, { bigints: true })
  const maxDetails = Math.max(0, options.maxDetails ?? DEFAULT_MAX_DETAILS)
  const maxMaps = Math.max(0, options.maxMaps ?? DEFAULT_MAX_MAPS)
  const files = report.files.length === 0 ? '' : `: ${report.files[0]}${report.files.length > 1 ? ` and ${report.files.length - 1} more file${report.files.length > 2 ? 's' : ''}` : ''}`
  const title = options.title ?? 'crashkernel-check report'
  const tabTitle = options.title ?? `${title}${files}`
  const { entries, loose } = collect(report)
  const rows = rowsOf(entries)
  const kernels = [...new Set(entries.filter((e) => !e.unsimulated).map((e) => e.kernel))].sort(compareKernels)
  // The grid's layouts: not the rows of boards and files nothing was simulated of.
  const layoutCount = entries.filter((e) => !e.unsimulated).length
  // The layouts simulated and their kernels, as the totals count them beside the boards (below):
  // a layout an SC003 error kept from the engine is a cell of the grid, not one simulated.
  const simulatedCount = report.layouts.length
  const simulatedKernels = new Set(report.layouts.map((l) => l.kernel)).size
  // Boards with a simulated layout, as the terminal's "N layouts of M boards simulated" counts
  // them; the boards and files of which nothing was simulated as the report records them
  // (report.unsimulated), as every format's totals count them.
  const boards = new Set(entries.filter((e) => e.layout).map((e) => `${e.file}\u0000${e.boardId}`))

  // Which layouts get a section and a map.
  const ranked = [...entries].sort((a, b) => priority(a) - priority(b) || a.order - b.order)
  const detailed = new Set(ranked.slice(0, maxDetails).map((e) => e.id))
  // Beyond the cap a layout with findings keeps them: a short section, no facts or map.
  // (A board the file's error outside the boards stopped has that error to show instead.)
  const brief = new Set(ranked.slice(maxDetails).filter((e) => e.findings.length > 0 || e.causes !== undefined).map((e) => e.id))
  const linked = new Set([...detailed, ...brief])
  const mapped = new Set(ranked.filter((e) => e.layout && detailed.has(e.id)).slice(0, maxMaps).map((e) => e.id))

  const byStatus = new Map<LayoutStatus, Entry[]>()
  for (const e of entries) {
    const list = byStatus.get(e.status)
    if (list) list.push(e)
    else byStatus.set(e.status, [e])
  }
  const problems = entries.filter(isProblem)
  const withFindings = entries.filter((e) => e.worst)

  const c = report.counts
  const totals = [
    `<div><b>${groupDigits(boards.size)}</b><span>boards</span></div>`,
    ...unsimulatedParts(report).map((p) => `<div><b>${groupDigits(p.count)}</b><span>${text(p.words)}</span></div>`),
    `<div><b>${groupDigits(simulatedCount)}</b><span>layouts</span></div>`,
    `<div><b>${groupDigits(simulatedKernels)}</b><span>kernels</span></div>`,
    ...SEVERITIES.map((s) => `<div class="sev-${s}"><b>${groupDigits(c[s])}</b><span>${SEVERITY_WORD[s][1]}</span></div>`),
    `<div><b>${groupDigits(c.suppressed)}</b><span>suppressed</span></div>`,
  ].join('')

  // A filter counts the layouts it shows, and apart from them the rows of boards and files
  // nothing was simulated of (`52 layouts + 3 boards, 1 file`), as the totals count them apart:
  // one sum of both read as 56 layouts beside a totals line of 52.
  const radio = (id: string, label: string, shown: readonly Entry[], checked = false) => {
    const n = shown.filter((e) => !e.unsimulated).length
    const boardRows = shown.filter((e) => e.unsimulated?.pointer !== undefined).length
    const fileRows = shown.filter((e) => e.unsimulated && e.unsimulated.pointer === undefined).length
    const rest = [boardRows > 0 ? plural(boardRows, ['board', 'boards']) : '', fileRows > 0 ? plural(fileRows, ['file', 'files']) : ''].filter(Boolean).join(', ')
    // The "not simulated" filter's label says it already.
    const rows = `${rest}${id === 'not-simulated' ? '' : ' not simulated'}`
    const count = rest === '' ? groupDigits(n) : n === 0 ? rows : `${plural(n, ['layout', 'layouts'])} + ${rows}`
    return `<label><input type="radio" name="show" id="f-${id}"${checked ? ' checked' : ''}><span>${label}<span class="n">${count}</span></span></label>`
  }
  const filter =
    `<fieldset class="filter"><legend>Show</legend>${radio('all', 'all', entries, true)}${radio('problems', 'problems', problems)}${radio('findings', 'with findings', withFindings)}` +
    STATUSES.filter((s) => byStatus.has(s))
      .map((s) => radio(s, `${STATUS_META[s].glyph} ${STATUS_META[s].label}`, byStatus.get(s)!))
      .join('') +
    `</fieldset>`

  const categories = new Set<ReservationCategory>()
  let hasDevices = false
  for (const e of entries) {
    if (!e.layout || !mapped.has(e.id)) continue
    for (const cat of mapCategories(e.layout)) categories.add(cat)
    if (e.layout.devices?.length) hasDevices = true
  }

  // Layouts only: every row of a board or file nothing was simulated of has its findings to show.
  const capped = entries.filter((e) => !e.unsimulated && !linked.has(e.id)).length
  const unmapped = entries.filter((e) => e.layout && detailed.has(e.id) && !mapped.has(e.id)).length
  const capNote = `Memory map not drawn: this report has ${groupDigits(layoutCount)} layouts and the page draws at most ${groupDigits(maxMaps)} maps (layouts with findings and problem outcomes first). Check this board alone (--boards) to see its map.`
  const capText: string[] = []
  if (capped > 0) capText.push(`${groupDigits(capped)} layouts have no section here: the page keeps ${groupDigits(maxDetails)}, those with findings and problem outcomes first; a grid cell's tooltip still gives the outcome.`)
  if (brief.size > 0) capText.push(`${plural(brief.size, ['layout', 'layouts'])} with findings beyond those ${groupDigits(maxDetails)} ${brief.size === 1 ? 'has' : 'have'} a short section with the findings alone.`)
  if (unmapped > 0) capText.push(`${plural(unmapped, ['section has', 'sections have'])} no memory map (the page draws ${groupDigits(maxMaps)}).`)

  const briefNote = `No map, facts or kernel messages: this report has ${groupDigits(layoutCount)} layouts and the page keeps them for ${groupDigits(maxDetails)} (layouts with findings and problem outcomes first). Check this board alone (--boards) to see them.`
  const sections = entries.filter((e) => linked.has(e.id)).map((e) => renderDetail(e, mapped.has(e.id), capNote, brief.has(e.id) ? briefNote : undefined))

  // A finding several boards share (at a value in "defaults") once, naming them, as the other
  // formats do (groupFindings()); a suppressed one apart from the rest.
  const looseGroups = groupFindings(loose, { bySuppression: true })
  const looseHtml = loose.length
    ? `<section><h2>Findings outside a layout</h2><ul class="findings">${looseGroups.map((g) => renderFinding(g[0]!, true, g)).join('')}</ul></section>`
    : ''
  const ruleHtml = report.findings.length ? `<section><h2>Findings by rule</h2>${renderRuleTable(report.findings)}</section>` : ''

  // One value per board: the fix to read first, before the findings that each have their own.
  const perBoard = (report.boardSuggestions ?? []).map((b) => {
    const where = findingWhere(b)
    return `<li class="sev-fix"><p class="sugg">${text(b.suggestion.description)} <code>${text(b.suggestion.pointer ?? '')}</code> \u2192 <code>${text(b.suggestion.replacement ?? '')}</code></p><p class="loc mono">${fileText(`${where} \u00B7 board ${b.boardId}`)}</p></li>`
  })
  const perBoardHtml = perBoard.length
    ? `<section><h2>One <code>crashkernel=</code> value per board</h2><p class="note">Each finding has its own fix; on these boards one value works on every layout (RAM variant \u00D7 kernel) that reads its command line (all of the board's, or a kernel entry's own) instead, verified by simulation: no error, and what it leaves is said.</p><ul class="findings">${perBoard.join('')}</ul></section>`
    : ''

  // Said before the totals and the grid, whose kernels are then not the ones the boards list.
  const override = report.kernelOverride && report.kernelOverride.length > 0
    ? `<p class="override" role="note">Kernels checked: ${report.kernelOverride.map((k) => `<code>${text(k)}</code>`).join(', ')}, instead of each board's <code>kernels</code>.</p>`
    : ''

  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_HASH}'; img-src data:; base-uri 'none'; form-action 'none'`
  const defs =
    '<svg class="defs" aria-hidden="true" focusable="false"><defs>' +
    '<pattern id="ck-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern>' +
    '<pattern id="ck-hang" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hang-bg" width="6" height="6"/><line class="hang-line" x1="0" y1="0" x2="0" y2="6"/></pattern>' +
    // A box of the page's background exactly behind a text (its bounding box, whatever the font).
    '<filter id="ck-msgbg" x="-0.02" y="-0.1" width="1.04" height="1.2"><feFlood class="msgbg"/><feComposite in="SourceGraphic"/></filter>' +
    '</defs></svg>'

  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="${attr(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${fileText(tabTitle)}</title>`,
    `<style>${CSS}</style>`,
    '</head><body>',
    defs,
    `<header><h1>${text(title)}</h1><p class="sub">${text(report.tool.name)} ${text(report.tool.version)} \u00B7 ${report.files.map((f) => `<code>${fileText(f)}</code>`).join(', ') || 'no files'}</p>${override}</header>`,
    `<main>${problemsHtml(options.problems ?? [])}<section aria-label="totals"><div class="totals">${totals}</div></section>`,
    perBoardHtml,
    `<section><h2>Boards \u00D7 kernels</h2>`,
    `<p class="note">What happened to <code>crashkernel=</code> in each layout (board, RAM variant, kernel). Numbers are findings (a reservation with an error among them is grey, not green); a cell links to the layout's memory map and findings; a dot: the board does not list that kernel.</p>`,
    // Nothing simulated (a syntax error, no boards): no filter of zeros, no empty Layouts section.
    // Rows of boards and files alone (nothing simulated) are all one kind: no filter for them.
    layoutCount > 0 ? filter : '',
    // Every simulated layout is a link in the grid: a keyboard would tab through thousands to
    // reach what follows. The skip link shows when focused (style.ts).
    rows.length ? `<a class="skip" href="#after-grid">Skip the grid (${plural(linked.size, ['link', 'links'])})</a>` : '',
    simulatedCount === 0 ? '<p class="empty">No layouts were simulated.</p>' : '',
    rows.length ? renderGrid(rows, kernels, linked, report.files.length > 1) : '',
    // As the job summary's legend under its layouts table says of the rows it mutes (🔕).
    entries.some((e) => e.muted === 'suppressed') ? `<p class="note">\u201C(suppressed)\u201D beside an outcome (\u201Cfell back\u201D, \u201Cfailed\u201D, \u201Cignored\u201D, \u201Cnot simulated\u201D\u2026): every finding about it (the fallback, the failure, what kept it from the engine\u2026) is suppressed, so it is not among the problems; its section lists them.</p>` : '',
    entries.some((e) => e.muted === 'off') ? `<p class="note">\u201C(rule off)\u201D beside an outcome (\u201Cfell back\u201D, \u201Cignored\u201D, \u201Ccut off\u201D): the rule that reports it is off for the board, so it is not among the problems.</p>` : '',
    rows.length ? '<span id="after-grid"></span>' : '',
    '</section>',
    ruleHtml,
    looseHtml,
    entries.length ? `<section><h2>Layouts</h2>` : '',
    simulatedCount ? `<p class="note">Each map is drawn to scale where it matters: linear inside the regions of interest; long stretches of empty address space or untouched RAM are cut to a break marker. Hover a shape for its exact range, written as the kernel writes one (<code>[mem 0x0000000040000000-0x000000007fffffff]</code>).</p>` : '',
    capText.length ? `<p class="note cap">${text(capText.join(' '))}</p>` : '',
    mapped.size ? renderLegend(categories, hasDevices) : '',
    sections.join('\n'),
    entries.length ? '</section>' : '',
    '</main>',
    `<footer>Generated by ${text(report.tool.name)} ${text(report.tool.version)}. Works offline; the page fetches nothing.</footer>`,
    `<script>${SCRIPT}</script>`,
    '</body></html>',
    '',
  ].join('\n')
}

/** What kept the run from checking everything, first on the page (HtmlOptions.problems). */
function problemsHtml(problems: readonly string[]): string {
  if (problems.length === 0) return ''
  return `<section class="problems" role="alert"><h2>Not everything was checked</h2><ul>${problems.map((p) => `<li>${text(p)}</li>`).join('')}</ul><p>The run fails for this: the figures below cover only what was read.</p></section>`
}

/**
 * renderHtml with default options, in the formatter registry's shape `(report, ctx) => string`:
 * the context's error notifications (what makes the CLI exit 2) head the page.
 */
export function formatHtml(report: Report, ctx: FormatContext = {}): string {
  expectReport('formatHtml', report, { bigints: true })
  const problems = (ctx.notifications ?? []).filter((n) => n.level === 'error').map((n) => n.message)
  return renderHtml(report, problems.length > 0 ? { problems } : {})
}
