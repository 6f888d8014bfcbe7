// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check suggest <board>`: the crashkernel= values that work on every layout the
 * board lists (each RAM variant × kernel) — plain sizes, `@offset` inside every dump target's
 * reach, and `,high` + `,low` pairs — each verified by simulate() and the rules on every
 * layout, ranked, and for the values that do not work, which layout fails and how.
 *
 * "Works" on a layout: the kernel reserves the region and no rule reports an error (after the
 * board's own severity overrides and suppressions), exactly as `check` would judge it.
 */
import { simulate, type SimulationResult } from '../../engine/index.js'
import { parseSize } from '../../matrix/size.js'
import type { DecodedLayout } from '../../matrix/types.js'
import { memAddr, memSize, withCrashkernel } from '../../rules/crashkernel-tokens.js'
import { crashAlign } from '../../rules/kernel-facts.js'
import { freeRanges } from '../../suggest/strategies.js'
import { boardSeverity, evaluateLayout, makeFinding, siblingLayouts } from '../../rules/run.js'
import type { CliIO, ExitCode } from '../main.js'
import { Progress } from '../progress.js'
import { colorForStdout, palette } from '../render/color.js'
import { describeOutcome } from '../render/outcome.js'
import { crashkernelTokensOf, guarded, optionList, parseCommand, UsageError } from './args.js'
import { DEFAULT_MATRIX, decodeBoard, loadBoard } from './board.js'
import { ownValue, simulateWith } from './sweep.js'
import type { Command } from './types.js'

const HELP = `Usage: crashkernel-check suggest <board> [options]

Finds the crashkernel= values that work on every layout the board lists (each RAM variant
× kernel): plain sizes, size@offset inside every dump target's DMA reach, and ,high + ,low
pairs. Each value is simulated on every layout and judged by the same rules as check (the
region is reserved and no error is reported); the working values are ranked (no warnings
first, then no notes, then the size closest to the board's own request, then the simplest
form), and for the others the layouts that fail and how.

<board> is a board id of the matrix, or a preset name (raspberrypi-4, qemu-virt-arm64, …).

Options:
  --matrix <file>    the board matrix (default ${DEFAULT_MATRIX})
  --kernel <list>    these kernels instead of the board's (comma-separated)
  --ram <list>       only these RAM variants (comma-separated; on a qemu-* preset also
                     sizes such as 3G); default every variant
  --sizes <list>     main sizes to try, in every form (comma-separated; default the
                     board's size and 128M, 256M, 384M, 512M, 768M, 1G plain; the
                     board's size, 512M and 1G with ,high; the board's size with @)
  --all              list every working value (default the best 10)
  -h, --help         show this help

Exit status: 0 at least one value works on every layout, 1 none does, 2 usage or
configuration error.
`

const MiB = 1n << 20n
const LADDER = [128n, 256n, 384n, 512n, 768n, 1024n].map((m) => m * MiB)
const SHOWN = 10
/** @offset bases tried per size: the ones free in most layouts first. */
const MAX_OFFSETS = 8

type Form = 'size' | 'high+low' | 'offset'
const FORM_RANK: Record<Form, number> = { size: 0, 'high+low': 1, offset: 2 }

interface Candidate {
  /** In --sizes notation: `256M`, `1G,high+128M,low`, `256M@0x30000000`. */
  value: string
  form: Form
  /** The main region's size. */
  size: bigint
  /** Everything reserved (main + low). */
  total: bigint
}

interface LayoutVerdict {
  layout: DecodedLayout
  sim?: SimulationResult
  works: boolean
  /** Why not (outcome and the first error), or the warnings and notes when it works. */
  errors: string[]
  warnings: string[]
  notes: string[]
  fellBack: boolean
}

interface Verdict {
  candidate: Candidate
  layouts: LayoutVerdict[]
  works: boolean
}

const layoutLabel = (l: DecodedLayout): string => `${l.layoutName}${l.kernelSpec !== l.layout.kernel ? ` (${l.layout.kernel})` : ''}`

/** The highest address every dump target of the layout reaches (inclusive), or the low limit. */
function reachOf(layout: DecodedLayout, sim: SimulationResult): bigint {
  const targets = layout.layout.devices.filter((d) => d.dumpTarget)
  if (targets.length === 0) return sim.lowMax - 1n
  return targets.reduce((m, d) => (d.dmaLimit < m ? d.dmaLimit : m), targets[0]!.dmaLimit)
}

/**
 * @offset bases for `size`: in each layout, the highest and lowest aligned free bases below
 * the reach; ranked by how many layouts have them free, then highest first.
 */
function offsetBases(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[], size: bigint): bigint[] {
  const votes = new Map<bigint, number>()
  layouts.forEach((l, i) => {
    const sim = baseline[i]
    if (!sim) return
    const align = crashAlign(sim)
    const limit = reachOf(l, sim) + 1n
    const seen = new Set<bigint>()
    for (const r of freeRanges(sim)) {
      const top = r.end < limit ? r.end : limit
      if (top < size) continue
      const high = ((top - size) / align) * align
      const low = ((r.base + align - 1n) / align) * align
      for (const b of [high, low]) if (b >= low && b <= high && b > 0n) seen.add(b)
    }
    for (const b of seen) votes.set(b, (votes.get(b) ?? 0) + 1)
  })
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] > b[0] ? -1 : 1)).slice(0, MAX_OFFSETS).map(([b]) => b)
}

/**
 * The values to try. `sizes` (--sizes) gives the main size of every form; without it, plain
 * sizes are the board's and the ladder, ,high pairs the board's, 512M and 1G, and @offset
 * the board's (or 256M).
 */
function candidates(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[], current: bigint | undefined, sizes: readonly bigint[] | undefined): Candidate[] {
  const arch = layouts[0]?.layout.arch
  const out: Candidate[] = []
  const seen = new Set<string>()
  const add = (c: Candidate) => {
    if (!seen.has(c.value)) out.push(c)
    seen.add(c.value)
  }
  // The board's own value as written, whatever its form (`512M,high` alone, a range list):
  // without it a board whose value works would be told to change it.
  const own = ownValue(layouts)
  if (own !== undefined && sizes === undefined) {
    const form: Form = own.includes('@') ? 'offset' : /,high/i.test(own) ? 'high+low' : 'size'
    add({ value: own, form, size: current ?? 0n, total: current ?? 0n })
  }
  const ownSize = current !== undefined ? [current] : []
  const plain = sizes ?? [...new Set([...ownSize, ...LADDER])].sort((a, b) => (a < b ? -1 : 1))
  for (const s of plain) add({ value: memSize(s), form: 'size', size: s, total: s })
  const lowSize = arch === 'x86_64' ? 256n * MiB : 128n * MiB
  for (const s of sizes ?? [...new Set([...ownSize, 512n * MiB, 1024n * MiB])]) add({ value: `${memSize(s)},high+${memSize(lowSize)},low`, form: 'high+low', size: s, total: s + lowSize })
  for (const s of sizes ?? (ownSize.length > 0 ? ownSize : [256n * MiB])) {
    for (const b of offsetBases(layouts, baseline, s)) add({ value: `${memSize(s)}@${memAddr(b)}`, form: 'offset', size: s, total: s })
  }
  return out
}

function verify(c: Candidate, layouts: readonly DecodedLayout[], tick: () => void): Verdict {
  // Every layout first: the rules of each see the others that read the same command line.
  const runs = layouts.map((layout) => {
    const r = simulateWith(layout, c.value)
    tick()
    return r
  })
  const simulated = runs.filter((r): r is typeof r & { sim: SimulationResult } => r.sim !== undefined)
  const verdicts: LayoutVerdict[] = layouts.map((layout, i) => {
    const r = runs[i]!
    if (!r.sim) return { layout, works: false, errors: [`not simulated: ${r.error}`], warnings: [], notes: [], fellBack: false }
    const policy = { severity: layout.severity, suppress: layout.suppress }
    const errors: string[] = []
    const warnings: string[] = []
    const notes: string[] = []
    for (const ev of evaluateLayout(r.layout, r.sim, siblingLayouts(r.layout, simulated))) {
      const s = boardSeverity(ev.rule, ev.severity, policy)
      if (s === 'error') errors.push(`${ev.rule.id}: ${makeFinding(ev.rule, ev.report, { file: '' }).message}`)
      else if (s === 'warning') warnings.push(ev.rule.id)
      else if (s === 'note') notes.push(ev.rule.id)
    }
    const reserved = r.sim.crashkernel.kind === 'reserved'
    if (!reserved) errors.unshift(describeOutcome(r.sim))
    return { layout, sim: r.sim, works: reserved && errors.length === 0, errors, warnings, notes, fellBack: r.sim.crashkernel.kind === 'reserved' && r.sim.crashkernel.fellBack }
  })
  return { candidate: c, layouts: verdicts, works: verdicts.every((v) => v.works) }
}

const tokensText = (value: string): string => crashkernelTokensOf(value).join(' ')
const abs = (x: bigint): bigint => (x < 0n ? -x : x)

/**
 * Best first: fewer layouts with warnings, then with notes (a value `check --fail-on note`
 * passes), size at or above the board's and closest to it, the board's own value, simplest form.
 */
function rank(a: Verdict, b: Verdict, current: bigint | undefined, own: string | undefined): number {
  const warned = (v: Verdict) => v.layouts.filter((l) => l.warnings.length > 0).length
  const noted = (v: Verdict) => v.layouts.filter((l) => l.notes.length > 0).length
  const mainSize = (v: Verdict) => v.candidate.size
  const cmp = (x: bigint, y: bigint) => (x < y ? -1 : x > y ? 1 : 0)
  return (
    warned(a) - warned(b) ||
    noted(a) - noted(b) ||
    (current !== undefined ? Number(mainSize(a) < current) - Number(mainSize(b) < current) : 0) ||
    (current !== undefined ? cmp(abs(mainSize(a) - current), abs(mainSize(b) - current)) : 0) ||
    Number(b.candidate.value === own) - Number(a.candidate.value === own) ||
    FORM_RANK[a.candidate.form] - FORM_RANK[b.candidate.form] ||
    cmp(a.candidate.total, b.candidate.total)
  )
}

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('suggest', HELP, io, async () => {
    const parsed = parseCommand(args, { matrix: { type: 'string' }, kernel: { type: 'string' }, kernels: { type: 'string' }, ram: { type: 'string' }, sizes: { type: 'string' }, all: { type: 'boolean' } }, { min: 1, max: 1, names: 'the board id' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    const [id = ''] = parsed.positionals
    const kernels = parsed.values.kernel !== undefined ? optionList(parsed.values.kernel, '--kernel') : optionList(parsed.values.kernels, '--kernels')
    const board = await loadBoard(io, { matrix: parsed.values.matrix, board: id, kernels })
    // --ram as explain and sweep read it: variant names, or sizes on a qemu-* preset.
    const ram = optionList(parsed.values.ram, '--ram')
    const layouts = ram === undefined ? board.layouts : decodeBoard(board, { kernels, ram })
    if (layouts.length === 0) {
      io.stderr(`crashkernel-check suggest: board "${id}" has no layout to simulate\n`)
      return 2
    }
    const sizes = optionList(parsed.values.sizes, '--sizes')?.map((s) => {
      try {
        return parseSize(s)
      } catch {
        throw new UsageError(`--sizes: "${s}" is not a size (e.g. 256M, 1G, 0x10000000)`)
      }
    })
    const baseline = layouts.map((l) => {
      try {
        return simulate(l.layout)
      } catch {
        return undefined
      }
    })
    const req = baseline[0]?.request
    const current = req?.high ?? (req?.size !== undefined && req.size > 0n ? req.size : undefined)
    const tried = candidates(layouts, baseline, current, sizes && [...new Set(sizes)])
    const progress = new Progress(io, { label: `suggest ${id}: verifying`, total: tried.length * layouts.length })
    const verdicts = tried.map((c) => verify(c, layouts, () => progress.tick()))
    progress.done()
    io.stdout(render(io, { id, layouts, verdicts, current, own: ownValue(layouts), cmdline: layouts[0]!.layout.cmdline, all: parsed.values.all === true }))
    return verdicts.some((v) => v.works) ? 0 : 1
  })
}

function render(io: CliIO, t: { id: string; layouts: readonly DecodedLayout[]; verdicts: Verdict[]; current: bigint | undefined; own: string | undefined; cmdline: string; all: boolean }): string {
  const c = palette(colorForStdout(io))
  const kernels = [...new Set(t.layouts.map((l) => l.layout.kernel))]
  const rams = [...new Set(t.layouts.map((l) => l.variant).filter((v): v is string => v !== undefined))]
  const out: string[] = [
    c.bold(`crashkernel= values for ${t.id}, each simulated on all ${t.layouts.length} layout(s)`),
    `\n  kernels ${kernels.join(', ')}${rams.length > 0 ? `; RAM ${rams.join(', ')}` : ''}; the board has ${t.own ? `crashkernel=${t.own.replace(/\+/g, ' crashkernel=')}` : 'no crashkernel='}\n`,
  ]
  const good = t.verdicts.filter((v) => v.works).sort((a, b) => rank(a, b, t.current, t.own))
  const bad = t.verdicts.filter((v) => !v.works)
  out.push(`\n${c.bold(`Works on every layout (${good.length}), best first`)}\n`)
  if (good.length === 0) out.push(`  ${c.red('none of the values tried works everywhere')}\n`)
  const shown = t.all ? good : good.slice(0, SHOWN)
  shown.forEach((v, i) => {
    const warned = new Map<string, number>()
    for (const l of v.layouts) for (const w of new Set(l.warnings)) warned.set(w, (warned.get(w) ?? 0) + 1)
    const noted = new Map<string, number>()
    for (const l of v.layouts) for (const n of new Set(l.notes)) noted.set(n, (noted.get(n) ?? 0) + 1)
    const notes = [
      v.candidate.value === t.own ? 'the board\'s own value' : '',
      v.candidate.form === 'offset' ? (t.layouts.some((l) => l.layout.devices.some((d) => d.dumpTarget)) ? 'fixed base inside every dump target\'s reach' : 'fixed base below the low limit') : v.candidate.form === 'high+low' ? 'main above the low limit, low part below it' : '',
      ...[...warned].map(([id, n]) => `${id} warning on ${n}`),
      ...[...noted].map(([id, n]) => `${id} note on ${n}`),
      v.layouts.some((l) => l.fellBack) ? `falls back on ${v.layouts.filter((l) => l.fellBack).length}` : '',
    ].filter(Boolean)
    out.push(`  ${String(i + 1).padStart(2)}. ${c.green(tokensText(v.candidate.value))}${notes.length > 0 ? c.dim(`  (${notes.join('; ')})`) : ''}\n`)
  })
  if (good.length > shown.length) out.push(`      … ${good.length - shown.length} more (--all)\n`)
  const best = good[0]
  if (best) out.push(`\n  In the matrix: "cmdline": ${JSON.stringify(withCrashkernel(t.cmdline, crashkernelTokensOf(best.candidate.value)))}\n`)
  out.push(`\n${c.bold(`Does not work everywhere (${bad.length})`)}\n`)
  if (bad.length === 0) out.push('  every value tried works\n')
  for (const v of bad) {
    const failing = v.layouts.filter((l) => !l.works)
    out.push(`  ${c.red(tokensText(v.candidate.value))}: fails on ${failing.length} of ${v.layouts.length}\n`)
    for (const l of failing.slice(0, 3)) out.push(`      ${layoutLabel(l.layout)}: ${l.errors[0] ?? 'not reserved'}\n`)
    if (failing.length > 3) out.push(`      … and ${failing.slice(3).map((l) => l.layout.layoutName).join(', ')}\n`)
  }
  out.push(c.dim('\n"Works" = the kernel reserves the region and check reports no error on that layout.\n'))
  return out.join('')
}

export const suggest: Command = {
  name: 'suggest',
  synopsis: 'suggest <board> [--kernel list] [--ram list] [--sizes list] [--all]',
  summary: 'crashkernel= values verified on every kernel and RAM variant of a board',
  help: HELP,
  run,
}
