// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check suggest <board>`: prints suggestBoardValues() (src/suggest/board.ts), the
 * crashkernel= values that work on every layout the board lists, ranked, and for the values
 * that do not work (the finer sizes its bisection tried among them), which layout fails and how.
 */
import { SIZE_PATTERN } from '../../matrix/decode.js'
import { parseSize, U64_LIMIT } from '../../matrix/size.js'
import type { DecodedLayout } from '../../matrix/types.js'
import { crashkernelTokens, crashkernelTokensOf, withCrashkernel } from '../../rules/crashkernel-tokens.js'
import { memparseWrapping } from '../../engine/memparse.js'
import { MAX_REFINE_PROBES, overHalfLayouts, suggestBoardValues, type BoardValues, type LayoutVerdict } from '../../suggest/board.js'
import type { CliIO, ExitCode } from '../main.js'
import { Progress } from '../progress.js'
import { colorForStdout, palette } from '../render/color.js'
import { displayCopy } from '../render/visible.js'
import { visibleText } from '../../report/escape.js'
import { describeOutcome } from '../render/outcome.js'
import { COMMON_OPTIONS, guarded, kernelOption, optionList, parseCommand, UsageError } from './args.js'
import { checkKernelOverride, uniqueReleases } from '../../matrix/decode.js'
import { DEFAULT_MATRIX, decodeBoard, loadBoardKernels } from './board.js'
import type { Command } from './types.js'
import { wordsOf } from '../../list-items.js'

const HELP = `Usage: crashkernel-check suggest <board> [options]

Finds the crashkernel= values that work on every layout the board lists (each RAM variant
× kernel): plain sizes, size@offset inside every dump target's DMA reach, and ,high + ,low
pairs. Each value is simulated on every layout and judged by the same rules as check (the
region is reserved and no error is reported); the working values are ranked (no warnings
first, then no notes, then leaving every layout at least half of its System RAM, then the
size closest to the board's own request, then the simplest form), and for the others the
layouts that fail and how. Between the best value and the next size of its form that was
tried (which fails, warns more, or is the board's own), sizes in 16 MiB steps up to half of
the smallest System RAM are then tried by bisection (at most ${MAX_REFINE_PROBES}), so that the best is not
a ladder step short of the board's own request.

<board> is a board id of the matrix, or a preset name (raspberrypi-4, qemu-virt-arm64, …).

Options:
  --matrix <file>    the board matrix (default ${DEFAULT_MATRIX})
  --kernel <list>    these kernels instead of the board's (comma-separated; --kernels
                     is another name for it)
  --ram <list>       only these RAM variants (comma-separated; on a qemu-* preset also
                     sizes such as 3G); default every variant
  --sizes <list>     main sizes to try, in every form, and no others (comma-separated;
                     default the board's size and 128M, 256M, 384M, 512M, 768M, 1G
                     plain; the board's size, 512M and 1G with ,high; the board's
                     size with @; then the finer sizes above)
  --all              list every working value (default the best 10)
${COMMON_OPTIONS}
Exit status: 0 at least one value works on every layout, 1 none does, 2 usage or
configuration error.
`

const SHOWN = 10

interface CmdlinePlace {
  /** Where the value is written: the kernel entry's or the board's `cmdline`. */
  pointer: string
  /** A layout reading its preset's or the defaults' command line: the board's is added, this one's now. */
  added?: string
  cmdline: string
  layouts: DecodedLayout[]
}

/** The command lines the layouts read (where a value for each is written), in the layouts' order. */
function cmdlinePlaces(layouts: readonly DecodedLayout[]): CmdlinePlace[] {
  const places = new Map<string, CmdlinePlace>()
  for (const l of layouts) {
    const own = l.cmdlineOwner.layer === 'kernel' || l.cmdlineOwner.layer === 'board'
    const pointer = placePointer(l)
    const place = places.get(pointer) ?? { pointer, ...(!own && { added: l.cmdlineOwner.name }), cmdline: l.layout.cmdline, layouts: [] }
    place.layouts.push(l)
    places.set(pointer, place)
  }
  return [...places.values()]
}

/** A layout's kernel as the header names it: the release, and the policy of a what-if entry (`6.1.192+whatif-bhe-4g-low-end`). */
const kernelName = (l: DecodedLayout): string => `${l.layout.kernel}${l.layout.policy !== undefined ? `+${l.layout.policy}` : ''}`

/** Where the value for a layout is written: its own line (the board's or its kernels entry's), else the board's to add. */
const placePointer = (l: DecodedLayout): string => (l.cmdlineOwner.layer === 'kernel' || l.cmdlineOwner.layer === 'board' ? l.pointers.cmdline : `${l.pointers.board}/cmdline`)

/**
 * Who reads the lines a value goes in besides the layouts --ram and --kernel select, for the
 * note under "In the matrix": '' when no other layout reads them (a kernels entry's own line
 * with every RAM variant of that kernel selected).
 */
function otherReaders(selected: readonly DecodedLayout[], every: readonly DecodedLayout[]): string {
  const key = (l: DecodedLayout) => `${l.variant ?? ''}|${kernelName(l)}`
  const chosen = new Set(selected.map(key))
  const lines = new Set(selected.map(placePointer))
  const outside = every.filter((l) => lines.has(placePointer(l)) && !chosen.has(key(l)))
  if (outside.length === 0) return ''
  const rams = new Set(selected.map((l) => l.variant))
  const kernels = new Set(selected.map(kernelName))
  const otherRams = [...new Set(outside.map((l) => l.variant).filter((v): v is string => v !== undefined && !rams.has(v)))]
  const otherKernels = [...new Set(outside.map(kernelName).filter((k) => !kernels.has(k)))]
  if (otherRams.length > 0 && otherKernels.length === 0) return `the other RAM variants (${otherRams.join(', ')})`
  if (otherKernels.length > 0 && otherRams.length === 0) return `the board's other kernels (${otherKernels.join(', ')})`
  return "the board's other RAM variants and kernels"
}

const layoutLabel = (l: DecodedLayout): string => `${l.layoutName}${l.kernelSpec !== l.layout.kernel ? ` (${l.layout.kernel})` : ''}`
const tokensText = (value: string): string => crashkernelTokensOf(value).join(' ')
/**
 * How many layouts a note is about, with the word: a bare "on 4" after a value of a board whose
 * RAM variants are 1G, 2G, 4G and 8G reads as the 4G variant.
 */
const onLayouts = (n: number): string => `on ${n} layout${n === 1 ? '' : 's'}`

/** Why a value does not work on a layout: not simulated, not reserved (the outcome), or the first error. */
function whyNot(l: LayoutVerdict): string {
  // A boot that panics before the reservation (LayoutDoesNotBootError) was simulated: it has no result.
  if (!l.sim) return `${l.panics ? 'no result' : 'not simulated'}: ${l.error ?? 'unknown error'}`
  if (l.sim.crashkernel.kind !== 'reserved') return describeOutcome(l.sim, l.layout.layout.cmdline)
  return l.errors[0] ?? 'not reserved'
}

/**
 * One item of --sizes: a main size to build candidates from. 0 is refused: the kernel parses
 * crashkernel=0 and then reserves nothing (parse_crashkernel() returns -EINVAL for a zero
 * size, kernel/crash_reserve.c:335-336 in 6.12; arm64's reserve_crashkernel() returns on
 * `!crash_size`, arch/arm64/mm/init.c:106 in 5.10), so it can never be a value that works;
 * sweep shows what the kernel does with it. A size of 2^64 or more does not fit the
 * kernel's unsigned long long, and memparse() would read it as another number.
 *
 * @throws UsageError naming the item
 */
function mainSize(item: string): bigint {
  // The matrix's size syntax (no leading zero, one _ between hex digits): parseSize() reads what
  // passed the schema, and took `0256M` as 256 MiB where memparse() reads octal (sweep shows that).
  // Sizes pasted with blanks between them (`256M 512M`) are a list written as sweep's is.
  const words = wordsOf(item)
  if (words.length > 1) throw new UsageError(`--sizes: "${item}" separates sizes with blanks; separate them with "," ("${words.join(',')}")`)
  if (!SIZE_PATTERN.test(item)) {
    const octal = item[0] === '0' && item[1] !== undefined && item[1] >= '0' && item[1] <= '9' ? '; with a leading 0 the kernel reads the digits as octal' : ''
    throw new UsageError(`--sizes: "${item}" is not a size (e.g. 256M, 1G, 0x10000000)${octal}`)
  }
  const size = parseSize(item)
  if (size === 0n) throw new UsageError(`--sizes: "${item}" is a size of 0, for which the kernel reserves nothing; give the sizes to try (sweep shows what crashkernel=0 does)`)
  if (size >= U64_LIMIT) throw new UsageError(`--sizes: "${item}" does not fit in 64 bits`)
  return size
}

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('suggest', HELP, io, async () => {
    const parsed = parseCommand(args, { matrix: { type: 'string' }, kernel: { type: 'string' }, kernels: { type: 'string' }, ram: { type: 'string' }, sizes: { type: 'string' }, all: { type: 'boolean' } }, { min: 1, max: 1, names: 'the board id' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    const [id = ''] = parsed.positionals
    const { kernels, option } = kernelOption(parsed.values)
    checkKernelOverride(kernels, option)
    // --ram as explain and sweep read it: variant names, or sizes on a qemu-* preset. The
    // lists are checked before the matrix is read: a usage error is told as one.
    const ram = optionList(parsed.values.ram, '--ram')
    const sizes = optionList(parsed.values.sizes, '--sizes')?.map(mainSize)
    // Kernels the board lists are verified as it lists them (a kernels entry's own cmdline,
    // imageSize, config), as explain shows them; a kernel it lacks replaces its kernels.
    const { board, only } = await loadBoardKernels(io, { matrix: parsed.values.matrix, board: id, kernels })
    const chosen = ram === undefined ? board.layouts : decodeBoard(board, { kernels: only ? undefined : kernels, ram })
    const layouts = only ? chosen.filter((l) => only.has(l.layout.kernel)) : chosen
    if (layouts.length === 0) {
      io.stderr(`crashkernel-check suggest: board "${id}" has no layout to simulate\n`)
      return 2
    }
    let progress: Progress | undefined
    const values = suggestBoardValues(layouts, {
      ...(sizes !== undefined && { sizes }),
      onTotal: (total) => (progress = new Progress(io, { label: `suggest ${id}: verifying`, total })),
      tick: () => progress?.tick(),
    })
    progress?.done()
    // No simulation limit was given, so there is always an answer.
    if (values === undefined) throw new Error('assertion failed: suggestBoardValues() without a limit gave no answer')
    // What the matrix says (RAM names, command lines, failure lines) as its characters.
    // --ram and --kernel pick layouts the board's line is not only read by: say so under it.
    // Each once, as simulated (a RAM variant or a kernel given twice is one); nothing when they
    // select the very layouts the board has.
    // A what-if entry's layouts are apart from their release's (kernelName()).
    const key = (ls: readonly DecodedLayout[]) => [...new Set(ls.map((l) => `${l.variant ?? ''}|${kernelName(l)}`))].sort().join(',')
    const every = kernels === undefined ? board.layouts : decodeBoard(board, {})
    const others = key(layouts) === key(every) ? '' : otherReaders(layouts, every)
    const narrowed = others === '' ? '' : [ram && `--ram ${[...new Set(layouts.map((l) => l.variant))].join(',')}`, kernels && `--kernel ${uniqueReleases(kernels).join(',')}`].filter((x): x is string => Boolean(x)).join(' ')
    // The lines to paste are JSON of the text as written (rendered, a tab would show as `\t`
    // inside the string, which JSON reads as a backslash and a t).
    io.stdout(render(io, displayCopy({ id, layouts, values, cmdline: layouts[0]!.layout.cmdline, all: parsed.values.all === true, narrowed, others }), { cmdline: layouts[0]!.layout.cmdline, places: cmdlinePlaces(layouts) }))
    return values.working.length > 0 ? 0 : 1
  })
}

/**
 * A JSON string of the text as written, to paste into the matrix: JSON.stringify() escapes the
 * C0 controls, and the rest visibleText() would escape (DEL, C1, line separators, bidi
 * controls) becomes `\uXXXX` here, which JSON reads back as the same characters.
 */
function pasteable(text: string): string {
  let out = ''
  for (const c of JSON.stringify(text)) out += visibleText(c) === c ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`
  return out
}

/**
 * Whether a value's `@offset` is 0, which the kernel takes as no fixed base (6.12
 * reserve_crashkernel_generic(): `if (crash_base)`; arm64 5.10 reserve_crashkernel() the same).
 */
function atZero(value: string): boolean {
  const at = value.lastIndexOf('@')
  return at >= 0 && memparseWrapping(value, at + 1).value === 0n
}

function render(io: CliIO, t: { id: string; layouts: readonly DecodedLayout[]; values: BoardValues; cmdline: string; all: boolean; narrowed: string; others: string }, raw: { cmdline: string; places: ReturnType<typeof cmdlinePlaces> }): string {
  const c = palette(colorForStdout(io))
  const kernels = [...new Set(t.layouts.map(kernelName))]
  const rams = [...new Set(t.layouts.map((l) => l.variant).filter((v): v is string => v !== undefined))]
  // A kernel entry with a cmdline of its own replaces the board's for that kernel, and every
  // value below replaces the crashkernel= of each layout: name each command line it goes in,
  // or writing it into the board's alone would leave those kernels reading their own.
  const places = cmdlinePlaces(t.layouts)
  // Lines that ask for different values leave the board no one value: the first layout's
  // (BoardValues.own) is then named by its line, listed below, not called the board's.
  const valueOf = (cmdline: string) => crashkernelTokens(cmdline).map((x) => x.text).join(' ')
  const differ = new Set(places.map((p) => valueOf(p.cmdline))).size > 1
  const has = differ ? 'the command lines ask for different values' : `the board has ${t.values.own ? `crashkernel=${t.values.own.replace(/\+/g, ' crashkernel=')}` : 'no crashkernel='}`
  const ownLabel = differ ? `the value of ${places.find((p) => p.layouts.includes(t.layouts[0]!))?.pointer ?? 'the first layout'}` : "the board's own value"
  const out: string[] = [
    c.bold(`crashkernel= values for ${t.id}, each simulated on all ${t.layouts.length} layout(s)`),
    `\n  kernels ${kernels.join(', ')}${rams.length > 0 ? `; RAM ${rams.join(', ')}` : ''}; ${has}\n`,
  ]
  if (places.length > 1) {
    out.push(`  the layouts read ${places.length} command lines, and each value below replaces the crashkernel= of ${places.length === 2 ? 'both' : 'all of them'}:\n`)
    for (const p of places) out.push(`    ${p.pointer}${p.added !== undefined ? ` (to add; now ${p.added})` : ''} (${p.layouts.map((l) => l.layoutName).join(', ')}): ${valueOf(p.cmdline) || 'no crashkernel='}\n`)
  }
  // A ,cma token asks for a reservation of its own: every value below keeps it (withCrashkernel()),
  // unless none of the board's kernels reads it (BoardValues.droppedCma).
  const cma = crashkernelTokens(t.cmdline).filter((x) => x.suffix === ',cma')
  const dropCma = t.values.droppedCma.length > 0
  if (dropCma) out.push(`  ${t.values.droppedCma.join(' ')} ${t.values.droppedCma.length > 1 ? 'are' : 'is'} left out of every value below: none of these kernels reserves crashkernel CMA (x86_64 does from 6.17, arm64 and riscv64 from 7.3; before 6.17 the kernel rejects the token)\n`)
  else if (cma.length > 0) out.push(`  ${cma.map((x) => x.text).join(' ')} stays with every value below\n`)
  const good = t.values.working
  const bad = t.values.failing
  out.push(`\n${c.bold(`Works on every layout (${good.length}), best first`)}\n`)
  if (good.length === 0) out.push(`  ${c.red('none of the values tried works everywhere')}\n`)
  const shown = t.all ? good : good.slice(0, SHOWN)
  shown.forEach((v, i) => {
    const warned = new Map<string, number>()
    for (const l of v.layouts) for (const w of new Set(l.warnings)) warned.set(w, (warned.get(w) ?? 0) + 1)
    const noted = new Map<string, number>()
    for (const l of v.layouts) for (const n of new Set(l.notes)) noted.set(n, (noted.get(n) ?? 0) + 1)
    const notes = [
      v.candidate.value === t.values.own ? ownLabel : '',
      v.candidate.form === 'offset' && atZero(v.candidate.value) ? '@0 is no fixed base: the kernel places it as without @' : '',
      v.candidate.form === 'offset' && !atZero(v.candidate.value) ? (t.layouts.some((l) => l.layout.devices.some((d) => d.dumpTarget)) ? 'fixed base inside every dump target\'s reach' : 'fixed base below the low limit') : v.candidate.form === 'high+low' ? (v.candidate.value.endsWith('+0M,low') ? 'main above the low limit, no low part' : 'main above the low limit, low part below it') : '',
      ...[...warned].map(([id, n]) => `${id} warning ${onLayouts(n)}`),
      ...[...noted].map(([id, n]) => `${id} note ${onLayouts(n)}`),
      v.layouts.some((l) => l.fellBack) ? `falls back ${onLayouts(v.layouts.filter((l) => l.fellBack).length)}` : '',
      overHalfLayouts(v) > 0 ? `more than half of System RAM ${onLayouts(overHalfLayouts(v))}` : '',
    ].filter(Boolean)
    out.push(`  ${String(i + 1).padStart(2)}. ${c.green(tokensText(v.candidate.value))}${notes.length > 0 ? c.dim(`  (${notes.join('; ')})`) : ''}\n`)
  })
  if (good.length > shown.length) out.push(`      … ${good.length - shown.length} more (--all)\n`)
  const best = good[0]
  // One line that is a kernel entry's (--kernel 7.2 of an entry with its own) is named too: "cmdline" would read as the board's.
  if (best && (places.length > 1 || places[0]!.pointer.includes('/kernels/'))) {
    out.push('\n  In the matrix:\n')
    places.forEach((p, i) => out.push(`    ${p.pointer}${p.added !== undefined ? ' (to add)' : ''}: ${pasteable(withCrashkernel(raw.places[i]!.cmdline, crashkernelTokensOf(best.candidate.value), { dropCma }))}\n`))
  } else if (best) out.push(`\n  In the matrix: "cmdline": ${pasteable(withCrashkernel(raw.cmdline, crashkernelTokensOf(best.candidate.value), { dropCma }))}\n`)
  // Layouts --ram and --kernel leave out read the line too (the board's, or a kernel entry's by its other RAM variants).
  if (best && t.narrowed !== '') out.push(c.yellow(`  (verified only on the layouts ${t.narrowed} selects; ${t.others} read ${places.length > 1 ? 'these lines' : 'this line'} too: run check after writing it)`) + '\n')
  out.push(`\n${c.bold(`Does not work everywhere (${bad.length})`)}\n`)
  if (bad.length === 0) out.push('  every value tried works\n')
  for (const v of bad) {
    const failing = v.layouts.filter((l) => !l.works)
    out.push(`  ${c.red(tokensText(v.candidate.value))}: fails on ${failing.length} of ${v.layouts.length}\n`)
    for (const l of failing.slice(0, 3)) out.push(`      ${layoutLabel(l.layout)}: ${whyNot(l)}\n`)
    if (failing.length > 3) out.push(`      … and ${failing.slice(3).map((l) => l.layout.layoutName).join(', ')}\n`)
  }
  out.push(c.dim('\n"Works" = the kernel reserves the region and check reports no error on that layout.\n'))
  return out.join('')
}

export const suggest: Command = {
  name: 'suggest',
  synopsis: 'suggest <board> [--kernel list] [--ram list] [--sizes list] [--all] [--matrix file]',
  summary: 'crashkernel= values verified on every kernel and RAM variant of a board',
  help: HELP,
  run,
}
