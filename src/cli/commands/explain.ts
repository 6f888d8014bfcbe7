// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check explain <board>`: for each layout of one board (one RAM variant, each
 * kernel, or those asked for) what the simulated kernel did, drawn for a terminal — the
 * memory map, the early reservations with their owners, each device's DMA reach, the lines
 * the kernel would print, the linear-map histogram, and the findings with their verified fixes.
 */
import { crashkernelRangeOf, dmesgOf, type CrashkernelRangeEntry, type CrashkernelRangeMatch, type DmaDevice, type SimulationResult } from '../../engine/index.js'
import { ConfigurationError } from '../../errors.js'
import { check, type Finding, type LayoutReport, type Report } from '../../index.js'
import { bootStoppedEarly, crashkernelCutOff, describeCrashkernelCma, protectionWords } from '../../report/describe.js'
import { sizeText } from '../../rules/common.js'
import { crashkernelTokens } from '../../rules/crashkernel-tokens.js'
import { memSize, parseSize } from '../../matrix/size.js'
import { SEMANTIC_WARNING_IDS, type SemanticMessageId } from '../../matrix/types.js'
import { BIG_RESERVATION, fmtAddr, humanSize, ownersLabel } from '../../report/memory-map.js'
import { visibleText } from '../../report/escape.js'
import type { CliIO, ExitCode } from '../main.js'
import { colorForStdout, palette, type Palette } from '../render/color.js'
import { renderLinearMap } from '../render/linear-map.js'
import { renderTerminalMap } from '../render/memory-map.js'
import { describeOutcome, refusalLine, zoneOf } from '../render/outcome.js'
import { renderTable } from '../render/table.js'
import { displayCopy } from '../render/visible.js'
import { PROSE_WIDTH, wrapLine } from '../render/wrap.js'
import { COMMON_OPTIONS, guarded, optionList, parseCommand, UsageError } from './args.js'
import { concernsShown, DEFAULT_MATRIX, findingLines, loadBoardKernels, ramVariantNamer, ramVariants, sizedByPreset, variantOf, type LoadedBoard } from './board.js'
import { nodeAt, spanLocation } from '../../matrix/locate.js'
import { parseDocument } from '../../matrix/parse.js'
import type { DecodedLayout } from '../../matrix/types.js'
import type { Command } from './types.js'

/** The map draws reservations of at least this many MiB; the list after it has them all. */
const SMALL_MIB = Number(BIG_RESERVATION >> 20n)

const HELP = `Usage: crashkernel-check explain <board> [options]

Shows what the simulated kernel does with one board: for each kernel (of one RAM variant)
the memory map drawn in the terminal (banks, holes, zones, early reservations, crash kernel
main and low, each device's DMA reach, the 4 GiB line; not to scale, every block labelled;
early reservations under ${SMALL_MIB} MiB are in the list after it, not drawn), the early
reservations with their owners, the lines the kernel would print, the linear-map histogram
and the findings with their verified fixes.

<board> is a board id of the matrix, or a preset name (raspberrypi-4, qemu-virt-arm64, …).

Options:
  --matrix <file>    the board matrix (default ${DEFAULT_MATRIX})
  --kernel <list>    only these kernels (comma-separated releases or series, e.g. 6.12
                     or 6.1.192,7.2); kernels the board does not list replace its own,
                     and their fixes are verified on the kernels given only
  --ram <list>       RAM variants to show (comma-separated, or "all"; default the first);
                     for a qemu-* preset any size, e.g. 3G
${COMMON_OPTIONS}
Colour is used when stdout is a terminal and NO_COLOR is unset or empty; FORCE_COLOR=1
turns it on through a pipe, FORCE_COLOR=0 off.
An error that keeps some of the board's layouts from the engine (one kernel's image
overlapping the DTB, say) is printed on stderr, and the others are shown.
Exit status: 0 no error finding in the layouts shown, 1 error findings or layouts not
shown for an error, 2 usage or configuration error.
`

const MEMBLOCK_NOMAP = 1 << 2
/** More reservations than this are summarised (a fragmented EFI map has hundreds). */
const MAX_RESERVATION_ROWS = 40

const SEVERITY_MARK = (c: Palette): Record<Finding['severity'], string> => ({ error: c.bold(c.red('error')), warning: c.yellow('warning'), note: c.cyan('note') })

function section(title: string, c: Palette): string {
  return `\n${wrapLine(title).split('\n').map((l) => c.bold(l)).join('\n')}\n`
}

/**
 * A line of prose (not a table, a drawing or a line the kernel prints), wrapped at 80 columns
 * with its indentation; each `keep` string (a line of the kernel's it quotes) stays whole.
 */
function prose(line: string, keep: readonly string[] = []): string {
  return `${wrapLine(line, PROSE_WIDTH, keep)}\n`
}

/** `name value` figures on one line joined by ` · `, wrapped between figures, never inside one. */
function figures(items: readonly string[]): string {
  const joined = items.map((item, i) => (i < items.length - 1 ? `${item} ·` : item))
  return prose(joined.join(' '), joined)
}

function reservations(sim: SimulationResult): string {
  // memblock merges touching reservations into one region: name every owner, and say so.
  const rows = sim.reserved.map((r) => [fmtAddr(r.base), fmtAddr(r.base + r.size - 1n), humanSize(r.size), `${ownersLabel(r) ?? '(unknown)'}${r.alsoOwners ? ' (memblock merged them)' : ''}`])
  const nomap = sim.memory.filter((m) => m.flags & MEMBLOCK_NOMAP).map((m) => [fmtAddr(m.base), fmtAddr(m.base + m.size - 1n), humanSize(m.size), 'no-map (memblock.memory, MEMBLOCK_NOMAP)'])
  const all = [...rows, ...nomap].sort((a, b) => (BigInt(a[0]!.replace(/_/g, '')) < BigInt(b[0]!.replace(/_/g, '')) ? -1 : 1))
  const shown = all.length > MAX_RESERVATION_ROWS ? [...all.slice(0, MAX_RESERVATION_ROWS - 1), ['…', '', '', `${all.length - MAX_RESERVATION_ROWS + 1} more`]] : all
  return renderTable(['first', 'last', 'size', 'owner'], shown, { indent: '  ', right: [2] })
}

/** The zone a device's highest address falls in, or where it lies relative to RAM. */
function reachZone(sim: SimulationResult, limit: bigint): string {
  const z = zoneOf(sim.zones, limit)
  if (z !== '?') return `ZONE_${z}`
  const top = sim.memory.reduce((m, r) => (r.base + r.size > m ? r.base + r.size : m), 0n)
  return limit >= top - 1n ? 'all RAM' : 'below RAM'
}

function dmaReach(sim: SimulationResult, devices: readonly DmaDevice[]): string {
  if (devices.length === 0) return '  (the board lists no DMA devices)\n'
  const ck = sim.crashkernel
  const within = (r: { base: bigint; size: bigint } | undefined, limit: bigint): string => {
    if (!r) return '—'
    if (r.base + r.size - 1n <= limit) return 'inside'
    if (r.base > limit) return 'ABOVE'
    return `${humanSize(limit + 1n - r.base)} inside`
  }
  const rows = devices.map((d) => [
    `${d.name}${d.dumpTarget ? ' (dump target)' : ''}`,
    fmtAddr(d.dmaLimit),
    reachZone(sim, d.dmaLimit),
    within(ck.kind === 'reserved' ? ck.main : undefined, d.dmaLimit),
    within(ck.kind === 'reserved' ? ck.low : undefined, d.dmaLimit),
  ])
  return renderTable(['device', 'reaches up to', 'zone', 'crash main', 'crash low'], rows, { indent: '  ' })
}

/** The lines in the order the kernel prints them (the "Zone ranges:" block where it comes). */
function dmesg(sim: SimulationResult, c: Palette): string {
  const all = dmesgOf(sim).map((e) => (e.level === 'warn' ? c.yellow(e.text) : e.level === 'err' ? c.red(e.text) : e.text))
  return all.length > 0 ? all.map((l) => `  ${l}\n`).join('') : '  (nothing this tool models)\n'
}

/**
 * The findings with their fixes. `located`: each says where in the matrix file it is
 * (`at m.json:12:7`), the line to change; not for a board only a preset stands for, whose
 * findings are of a document no file holds. `ramSize`: the layout is the board re-checked
 * with that `--ram` size, and a finding with no place in the file is at that size.
 */
function findings(list: readonly Finding[], c: Palette, located: boolean, ramSize?: string): string {
  if (list.length === 0) return `  ${c.green('none')}\n`
  const mark = SEVERITY_MARK(c)
  const out: string[] = []
  for (const f of list) {
    out.push(`  ${mark[f.severity]} ${f.ruleId} ${f.ruleName}${f.suppressed ? ` (suppressed: ${f.suppressed.reason})` : ''}\n    ${f.message}\n`)
    if (located && f.location) out.push(`    at ${f.location.file}:${f.location.line}:${f.location.column}\n`)
    else if (located && ramSize !== undefined) out.push(`    at --ram ${ramSize}, the RAM size given on the command line (not in the file)\n`)
    for (const s of [...(f.suggestion ? [f.suggestion] : []), ...(f.alternatives ?? [])]) out.push(`    fix: ${s.description}\n`)
    out.push(`    ${c.dim(f.docsUrl)}\n`)
  }
  return out.join('')
}

/**
 * Which entry of a `crashkernel=` range list the kernel took, and against which RAM figure:
 * from 6.1 on the kernel rounds System RAM up to 128 MiB first, so a board with 4092 MiB
 * takes the `4G-` entry, which surprises whoever reads only the list.
 *
 * @example
 * // crashkernel=1G-4G:256M,4G-:512M with 4092 MiB of System RAM on 6.12:
 * // 'range list read against 4 GiB (System RAM 3.996 GiB rounded up to a multiple of 128 MiB): 4G-:512M matches'
 */
function describeRanges(sim: SimulationResult, m: CrashkernelRangeMatch | undefined): string | undefined {
  if (!m) return undefined
  const entry = (e: CrashkernelRangeEntry) => `${memSize(e.start)}-${e.end !== undefined ? memSize(e.end) : ''}:${memSize(e.size)}`
  // Exact: the entries' bounds are compared with these bytes, so "~63.88 GiB" would not do.
  const exact = (x: bigint) => (x % (1n << 20n) === 0n ? sizeText(x) : x <= BigInt(Number.MAX_SAFE_INTEGER) ? `${(Number(x) / 2 ** 20).toFixed(2)} MiB` : humanSize(x))
  const against = `range list read against ${exact(m.totalMem)}${m.totalMem !== sim.systemRam ? ` (System RAM ${exact(sim.systemRam)} rounded up to a multiple of 128 MiB)` : ' (System RAM)'}`
  if (m.matched !== undefined) return `${against}: ${entry(m.entries[m.matched]!)} matches`
  return m.entries.length > 0 ? `${against}: no entry covers it (${m.entries.map(entry).join(', ')})` : undefined
}

/**
 * Renders one layout.
 *
 * @param l - the layout from check()
 * @param own - the findings of this layout (layoutFindings())
 * @param located - the findings are of the matrix file: each says its file:line:column
 */
export function renderExplain(l: LayoutReport, boardName: string | undefined, own: readonly Finding[], c: Palette, cmdline?: string, located = false, ramGiven = false): string {
  const sim = l.result
  const devices = l.devices ?? []
  const variant = variantOf(l.layoutName)
  const head = `${l.boardId}${variant ? ` · RAM ${variant}` : ''} · Linux ${sim.kernel} (policy ${sim.policy}) · ${sim.arch}`
  const out: string[] = [c.bold(`━━ ${head} ━━`), '\n']
  if (boardName) out.push(`${boardName}\n`)
  // A boot stopped in parse_early_param() never set these up: its zeros are no figures (as the HTML and summary say).
  out.push(
    bootStoppedEarly(sim)
      ? prose('System RAM, zones, CRASH_ADDR_LOW_MAX and CRASH_ADDR_HIGH_MAX: not set up, the boot stops in parse_early_param() first')
      : figures([`System RAM ${humanSize(sim.systemRam)}`, `CRASH_ADDR_LOW_MAX ${fmtAddr(sim.lowMax)}`, `CRASH_ADDR_HIGH_MAX ${fmtAddr(sim.highMax)}`]),
  )
  // Without a crashkernel= the request is `{ present: false }` (simulate()): "absent".
  // A crashkernel= past the part of the line the kernel keeps is no absent one (CK004 truncated).
  const line = cmdline ?? l.cmdline
  // A value the parser refused has no size ("auto" parses to 0 before the kernel says
  // "memory value expected"): quote what the line says instead.
  const refused = sim.crashkernel.kind === 'ignored' && sim.crashkernel.reason === 'syntax'
  const range = line !== undefined ? crashkernelRangeOf(sim, line) : undefined
  // A range list with no entry for this RAM size parses to a size of 0, which the kernel
  // ignores: that is no size the list asks for.
  const unmatched = range !== undefined && range.matched === undefined && range.entries.length > 0 && sim.request.size === 0n
  const request = refused
    ? crashkernelTokens(line ?? '').map((t) => `"${t.value}"`).join(', ')
    : [unmatched ? 'a range list with no range for this RAM size' : sim.request.size !== undefined ? `size ${humanSize(sim.request.size)}` : '', sim.request.base ? `@${fmtAddr(sim.request.base)}` : '', sim.request.high !== undefined ? `high ${humanSize(sim.request.high)}` : '', sim.request.low !== undefined ? `low ${humanSize(sim.request.low)}` : ''].filter(Boolean).join(', ')
  const absent = crashkernelCutOff(sim, line) !== undefined ? 'not read' : 'absent'
  // Prose, but a line of the kernel's it quotes stays whole (refusalLine()).
  const said = refusalLine(sim)
  out.push(prose(`crashkernel= ${request || (sim.request.present ? 'present' : absent)} → ${c.bold(describeOutcome(sim, line))}`, said !== undefined ? [`"${said}"`] : []))
  const ranges = describeRanges(sim, range)
  if (ranges) out.push(prose(`  ${ranges}`))
  const cma = describeCrashkernelCma(sim)
  // The CMA areas are lent to the running kernel's movable allocations: what is in them at a
  // crash is not in the dump, and __crash_kexec() waits CMA_DMA_TIMEOUT_SEC for DMA into them.
  if (cma) out.push(prose(`crashkernel=,cma ${humanSize(sim.crashkernelCma!.requested)} → ${c.bold(cma)}`), prose('  (lent to movable allocations until a crash: their pages are not in the dump, and the crash path first waits 10 s for DMA into them)'))
  out.push(prose(`Protection of the loaded crash kernel: ${protectionWords(sim).words}`))
  out.push(section(`Memory map (not to scale; highest address at the top, every block labelled; early reservations under ${SMALL_MIB} MiB in the list below)`, c), renderTerminalMap(sim, devices, c))
  out.push(section('Early reservations (memblock.reserved at the end of the simulation, with owners)', c), reservations(sim))
  out.push(section('DMA reach of each device', c), dmaReach(sim, devices))
  out.push(section('dmesg: what this kernel would print', c), dmesg(sim, c))
  out.push(section('Linear map', c), renderLinearMap(sim, c))
  out.push(section('Findings', c), findings(own, c, located, ramGiven ? variant : undefined))
  return out.join('')
}

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('explain', HELP, io, async () => {
    const parsed = parseCommand(args, { matrix: { type: 'string' }, kernel: { type: 'string' }, ram: { type: 'string' } }, { min: 1, max: 1, names: 'the board id' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    const [id = ''] = parsed.positionals
    const asked = optionList(parsed.values.kernel, '--kernel')
    // Checked before the matrix is read, each variant once (`--ram 8G,8G` shows 8G once).
    const ramList = optionList(parsed.values.ram, '--ram')
    const ramGiven = ramList && [...new Set(ramList)]
    if (ramGiven !== undefined && ramGiven.length > 1 && ramGiven.includes('all')) throw new UsageError(`--ram: "all" stands for every RAM variant; give it alone or list the variants, not both ("${parsed.values.ram}")`)
    // Kernels the board lists: explain the board as written and show only those, so that each
    // fix is verified on every layout of the board, as check verifies it. Checked with the
    // asked kernels alone, a fix could break a kernel not shown (a crashkernel=X@base that is
    // free on 6.1 but CMA's on 6.12). A kernel the board lacks replaces the board's (a what-if).
    const { board, only } = await loadBoardKernels(io, { matrix: parsed.values.matrix, board: id, kernels: asked, suggest: true, partial: true })
    const variants = ramVariants(board.layouts)
    // A size the board has a variant of (`--ram 4096M` on the preset's "4G") is that variant, named
    // as sweep and suggest name it; sizes equal to no variant are re-checked (explainSizes()).
    const variantNamed = ramVariantNamer(board.wire, variants)
    const ramOpt = ramGiven && [...new Set(ramGiven.map(variantNamed))]
    let layouts = only ? board.report.layouts.filter((l) => only.has(l.kernel)) : board.report.layouts
    let hint = ''
    let inVariants = (_layoutName: string): boolean => true
    if (ramOpt !== undefined && !(ramOpt.length === 1 && ramOpt[0] === 'all')) {
      const unknown = ramOpt.filter((r) => !variants.includes(r))
      if (unknown.length > 0) {
        // Sizes a qemu-* preset derives: explain those through a re-check with ramSize.
        return explainSizes(io, board, ramOpt, asked, variants, only)
      }
      inVariants = (name) => ramOpt.includes(variantOf(name) ?? '')
    } else if (ramOpt === undefined && variants.length > 1) {
      inVariants = (name) => variantOf(name) === variants[0]
      hint = `(RAM variant ${variants[0]} of ${variants.join(', ')}; --ram <name> or --ram all for the others)\n\n`
    }
    layouts = layouts.filter((l) => inVariants(l.layoutName))
    // With --kernel, the board's other kernels were checked too (for the fixes): a finding about
    // one of them (a what-if "policy" outside its release) says nothing of the kernels shown.
    const selected = only && board.layouts.filter((d) => only.has(d.layout.kernel) && inVariants(d.layoutName))
    if (layouts.length === 0) return noLayout(io, id, selected ? board.report.findings.filter((f) => concernsShown(f, selected)) : board.report.findings)
    // The layouts these errors keep from the engine are not drawn: say why, and fail as check does.
    unsimulatedSaid(io, id, board.unsimulated)
    // Layouts the engine ran with no result to draw (a boot that panics before the crash kernel
    // reservation, CK012; an SC004 combination it does not model): said, not silently left out.
    const noResult = withoutResult(board.report, id, board.unsimulated, only).filter((f) => inVariants(f.layoutName!))
    noResultSaid(io, id, noResult)
    const cmdlines = new Map(board.layouts.map((d) => [d.layoutName, d.layout.cmdline]))
    const about = board.report.findings.filter((f) => f.boardId === id && (!selected || concernsShown(f, selected)))
    const decoded = new Map(board.layouts.map((d) => [d.layoutName, d]))
    const code = print(io, layouts, board.wire.name, about, hint, (l) => decoded.get(l.layoutName), cmdlines, !board.fromPreset)
    return board.unsimulated.length > 0 || noResult.some((f) => f.severity === 'error') ? 1 : code
  })
}

/** No layout of the board has a result to show: why, on stderr (exit status 2). */
function noLayout(io: CliIO, id: string, why: readonly Finding[]): ExitCode {
  io.stderr(`crashkernel-check explain: board "${id}" has no layout the engine can simulate\n${findingLines(why).map((l) => `${l}\n`).join('')}`)
  return 2
}

/** The errors that keep some layouts of the board from the engine, on stderr: those are not shown. */
function unsimulatedSaid(io: CliIO, id: string, unsimulated: readonly Finding[]): void {
  if (unsimulated.length > 0) io.stderr(`crashkernel-check explain: some layouts of board "${id}" cannot be simulated, and are not shown:\n${findingLines(unsimulated).map((l) => `${l}\n`).join('')}`)
}

/**
 * The findings of the board's layouts that have no result to draw (a boot that panics before
 * the reservation, CK012; an SC004 combination the engine does not model), apart from the
 * errors that kept layouts from the engine (`kept`), of the kernels `only` names if given.
 */
function withoutResult(report: Report, id: string, kept: readonly Finding[], only: ReadonlySet<string> | undefined): Finding[] {
  const simulated = new Set(report.layouts.map((l) => l.layoutName))
  return report.findings.filter((f) => f.boardId === id && f.layoutName !== undefined && !simulated.has(f.layoutName) && !f.suppressed && !kept.includes(f) && (!only || (f.kernel !== undefined && only.has(f.kernel))))
}

/** Layouts the engine ran with no result to draw (CK012, SC004), said on stderr: not silently left out. */
function noResultSaid(io: CliIO, id: string, noResult: readonly Finding[]): void {
  if (noResult.length > 0) io.stderr(`crashkernel-check explain: some layouts of board "${id}" have no result to show:\n${findingLines(noResult).map((l) => `${l}\n`).join('')}`)
}

/**
 * The findings of each layout, in the board's order: those of the layout, and those of the board
 * that concern it (concernsShown(), as for --kernel): one about the board as a whole under each
 * layout, one at a kernels entry (a `policy` outside its release) under that entry's layouts
 * alone. `decodedOf` gives a layout's decoded counterpart; one without is shown them all.
 */
function layoutFindings(layouts: readonly LayoutReport[], boardFindings: readonly Finding[], decodedOf: (l: LayoutReport) => DecodedLayout | undefined): Finding[][] {
  const own = new Map(layouts.map((l) => [l.layoutName, [] as Finding[]]))
  const decoded = layouts.map((l) => ({ list: own.get(l.layoutName)!, layout: decodedOf(l) }))
  for (const f of boardFindings) {
    if (f.layoutName !== undefined) own.get(f.layoutName)?.push(f)
    else for (const d of decoded) if (d.layout === undefined || concernsShown(f, [d.layout])) d.list.push(f)
  }
  return layouts.map((l) => own.get(l.layoutName)!)
}

// A layout's own command line (check() records it) stands in where no map is given: the
// `--ram 3G` re-check of a qemu-* preset, whose range-list line would otherwise be dropped.
function print(io: CliIO, layouts: readonly LayoutReport[], name: string | undefined, boardFindings: readonly Finding[], hint: string, decodedOf: (l: LayoutReport) => DecodedLayout | undefined, cmdlines?: ReadonlyMap<string, string>, located = false, ramGiven = false): ExitCode {
  const c = palette(colorForStdout(io))
  // What the matrix says is shown as its characters (displayCopy()); the hint names variants too.
  const display = displayCopy({ layouts, name, own: layoutFindings(layouts, boardFindings, decodedOf), cmdlines })
  io.stdout(
    hint.split('\n').map((line) => visibleText(line)).join('\n') +
      display.layouts.map((l, i) => renderExplain(l, display.name, display.own[i]!, c, display.cmdlines?.get(l.layoutName) ?? l.cmdline, located, ramGiven)).join('\n'),
  )
  const shown = new Set(layouts.map((l) => l.layoutName))
  return boardFindings.some((f) => f.severity === 'error' && !f.suppressed && (f.layoutName === undefined || shown.has(f.layoutName))) ? 1 : 0
}

/**
 * The matrix text with board `index`'s "ramSize" set to `size` (its value replaced, or the
 * property put first in the board, on the line of its `{`: no line moves), where the edit is,
 * and what in the file as written stands for the size (`at`): the board's own "ramSize" value,
 * or its `{` where it has none (`own` false).
 */
function withRamSize(text: string, index: number, size: string): { text: string; start: number; removed: number; inserted: number; at: { offset: number; length: number }; own: boolean } | undefined {
  const doc = parseDocument(text)
  const board = nodeAt(doc, `/boards/${index}`)
  if (board?.type !== 'object') return undefined
  const value = JSON.stringify(size)
  const own = nodeAt(doc, `/boards/${index}/ramSize`)
  const [start, removed, put] = own ? [own.offset, own.length, value] : [board.offset + 1, 0, `"ramSize": ${value}${(board.children?.length ?? 0) > 0 ? ', ' : ''}`]
  const at = own ? { offset: own.offset, length: own.length } : { offset: board.offset, length: 1 }
  return { text: text.slice(0, start) + put + text.slice(start + removed), start, removed, inserted: put.length, at, own: own !== undefined }
}

/**
 * `--ram 3G` on a qemu-* preset board: check the board with that `ramSize` — in its file, where
 * it has one, so that each finding is at the line and column to change there (one at the size
 * itself says it is the size given); a preset named as the board is checked as a copy.
 */
function explainSizes(io: CliIO, board: LoadedBoard, sizes: readonly string[], asked: readonly string[] | undefined, variants: readonly string[], only: ReadonlySet<string> | undefined): ExitCode {
  const { wire, defaults, id } = board
  // The kernels as without --ram (loadBoardKernels()): with `only`, the board is checked whole and
  // every kernels entry of those releases shown (a what-if policy beside the release's own is a
  // layout of its own), its fixes verified on all; otherwise the asked kernels replace the board's.
  const kernels = only ? undefined : asked
  const selected = only && board.layouts.filter((d) => only.has(d.layout.kernel))
  if (!sizedByPreset(wire)) {
    throw new ConfigurationError(`--ram ${sizes.join(',')}: board "${id}" has ${variants.length > 0 ? `the RAM variants ${variants.join(', ')}` : 'no RAM variants'}`)
  }
  const { ram: _ram, ...rest } = wire
  const layouts: LayoutReport[] = []
  const found: Finding[] = []
  const noResult: Finding[] = []
  const unsimulated: Finding[] = []
  // The file as written, whose lines and columns the findings are moved back to.
  const original = board.source && parseDocument(board.source.text)
  // Sizes equal in bytes are one (`--ram 4G,4096M`), named as first given.
  const seen = new Set<bigint>()
  // A size the board cannot be checked with is refused; the other sizes are still shown.
  const refused: ConfigurationError[] = []
  for (const size of sizes) {
    const edit = board.source && withRamSize(board.source.text, board.source.index, size)
    // A preset named as the board has no file: a copy of it is the only board of its document.
    const report = edit
      ? check(edit.text, board.file, { boards: [id], suggest: true, ...(kernels && { kernels }) })
      : check(JSON.stringify({ version: 1, ...(defaults !== undefined && { defaults }), boards: [{ ...rest, ramSize: size }] }), `${id} with ramSize ${size}`, { suggest: true, ...(kernels && { kernels }) })
    // A schema or decoder problem left this size without layouts, whatever severity the board's
    // `severity` gives it; the decoder's warnings (a setting the kernel never reads) drop nothing.
    const bad = report.findings.filter((f) => (f.ruleId === 'SC002' || (f.ruleId === 'SC003' && !SEMANTIC_WARNING_IDS.has(f.messageId as SemanticMessageId))) && (!selected || concernsShown(f, selected)))
    const sized = report.layouts.filter((l) => !only || only.has(l.kernel))
    // Back to the file's own offsets: no line moved, only the columns after the edit on its line.
    const back = (offset: number) => (edit && offset >= edit.start + edit.inserted ? offset - edit.inserted + edit.removed : offset)
    const inEdit = (f: Finding) => edit !== undefined && f.location !== undefined && f.location.offset >= edit.start && f.location.offset < edit.start + edit.inserted
    // `atSize`: one at the size itself is at what stands for it in the file (`at`), where a
    // refusal points; a finding shown under a layout says instead that it is at --ram.
    const relocate = (f: Finding, atSize = false): Finding => {
      if (!edit || !original || !f.location) return f
      const { location, ...rest } = f
      if (inEdit(f)) return atSize ? { ...rest, location: spanLocation(original, board.file, edit.at.offset, edit.at.length) } : rest
      const start = back(location.offset)
      return { ...rest, location: spanLocation(original, board.file, start, back(location.offset + location.length) - start) }
    }
    // SC003 errors beside layouts of this size kept only some from the engine (one kernel's
    // image overlapping the initrd): the others are shown, as without --ram (loadBoard()'s partial).
    if (bad.length > 0 && !(sized.length > 0 && bad.every((f) => f.ruleId === 'SC003'))) {
      // Located as loadBoard()'s refusals are; a preset named as the board is in no file.
      const given = edit?.own ? 'in place of its "ramSize"' : 'as its "ramSize", which it does not set'
      refused.push(edit ? new ConfigurationError(`--ram ${size}: board "${id}" cannot be checked with that RAM size, given ${given}`, { details: findingLines(bad.map((f) => relocate(f, true))) }) : new ConfigurationError(`--ram ${size}: ${bad[0]!.message}`))
      continue
    }
    // Schema-valid, so in memparse()'s spelling.
    const bytes = parseSize(size)
    if (seen.has(bytes)) continue
    seen.add(bytes)
    layouts.push(...sized)
    // A finding about the board as a whole is the same for every size: once, as each layout shows it.
    const whole = (f: Finding) => `${f.ruleId} ${f.message} ${f.location ? `${f.location.line}:${f.location.column}` : ''}`
    const known = new Set(found.filter((f) => f.layoutName === undefined).map(whole))
    // One at the size itself ("ramSize" 8P past the physical address space) is of this size's
    // layouts alone: shown under another size's, it would say it is at that size.
    const ramSize = `/boards/${board.source?.index ?? 0}/ramSize`
    const ofSize = (f: Finding): Finding[] => (f.layoutName === undefined && (f.pointer === ramSize || f.pointer.startsWith(`${ramSize}/`)) ? sized.map((l) => ({ ...f, layoutName: l.layoutName })) : [f])
    const mine = report.findings.filter((f) => f.boardId === id && (!selected || concernsShown(f, selected)))
    const own = mine.map((f) => relocate(f))
    unsimulated.push(...bad.map((f) => relocate(f)))
    found.push(...own.filter((f) => f.layoutName !== undefined || !known.has(whole(f))).flatMap(ofSize))
    // A layout the engine ran with no result (a boot that panics first, CK012) is not drawn: said, as without --ram.
    noResult.push(...withoutResult(report, id, bad, only).map((f) => relocate(f)))
  }
  // Each said as guarded() says a refusal; exit 2, after the sizes that could be shown.
  for (const e of refused) io.stderr(`crashkernel-check explain: ${e.message}\n`)
  if (refused.length > 0 && layouts.length === 0) return 2
  if (layouts.length === 0) return noLayout(io, id, found)
  unsimulatedSaid(io, id, unsimulated)
  noResultSaid(io, id, noResult)
  // The board has one RAM size (no variants): its layouts are those of each size by kernels entry.
  const entry = (layoutName: string) => layoutName.slice(layoutName.lastIndexOf('/') + 1)
  const decoded = new Map(board.layouts.map((d) => [entry(d.layoutName), d]))
  const code = print(io, layouts, wire.name, found, '', (l) => decoded.get(entry(l.layoutName)), undefined, board.source !== undefined, true)
  return refused.length > 0 ? 2 : unsimulated.length > 0 || noResult.some((f) => f.severity === 'error') ? 1 : code
}

export const explain: Command = {
  name: 'explain',
  synopsis: 'explain <board> [--kernel list] [--ram list|all] [--matrix file]',
  summary: 'draw one board\'s memory map, dmesg lines and linear map per kernel',
  help: HELP,
  run,
}
