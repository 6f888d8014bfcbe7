// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel-check sweep <board>`: the crash-kernel outcome of one board across kernel
 * generations, RAM variants and crashkernel= values, as tables — where the region lands
 * (zone and address, main and low), whether it fell back, failed or hung — followed by what
 * changes between neighbouring kernels and neighbouring RAM sizes.
 */
import { parseEarlyParams, resolveKernelRelease, type SimulationResult } from '../../engine/index.js'
import { PRESETS } from '../../index.js'
import type { BoardMatrix, Kernel, KernelObject } from '../../matrix/generated/board-matrix.js'
import { debianSeries, kernelProfile, KERNEL_PROFILES, type KernelProfile } from '../../presets/index.js'
import { compareKernelVersions, formatKernelVersion, parseKernelVersion } from '../../engine/kernel-version.js'
import { POLICIES, policyModels, SERIES_RELEASES } from '../../engine/policies/index.js'
import type { KernelPolicy } from '../../engine/policies/types.js'
import type { Arch, PhysSize } from '../../engine/index.js'
import { ConfigurationError } from '../../errors.js'
import { fmtPhys, memSize } from '../../matrix/size.js'
import { crashkernelTokensOf } from '../../rules/crashkernel-tokens.js'
import { ownValue, simulateWith } from '../../suggest/board.js'
import type { CliIO, ExitCode } from '../main.js'
import { Progress } from '../progress.js'
import { colorForStdout, palette } from '../render/color.js'
import { displayCopy } from '../render/visible.js'
import { colourCell, outcomeCell, outcomeClass, simulationClass, zoneOf } from '../render/outcome.js'
import { renderTable } from '../render/table.js'
import { COMMON_OPTIONS, crashkernelList, guarded, kernelOption, optionList, parseCommand, UsageError } from './args.js'
import { DEFAULT_MATRIX, decodeBoard, findingLines, loadBoard, ramVariants, type LoadedBoard } from './board.js'
import { checkKernelOverride, decodeMatrix, releaseEntry, uniqueReleases } from '../../matrix/decode.js'
import { semanticProblemText } from '../../rules/index.js'
import type { Command } from './types.js'
import { hintFor } from '../../matrix/validate.js'
import type { DecodedLayout } from '../../matrix/types.js'

const HELP = `Usage: crashkernel-check sweep <board> [options]

Simulates one board across kernel generations, RAM variants and crashkernel= values and
prints, per RAM variant, a table kernel × value: where the crash kernel lands (zone and
base address of the main region, "+low ZONE" for a low part), "↑" when the kernel placed
it by its fallback above the low limit ("↓": a ,high request placed below it), FAILED with
the reason, HANG (the boot never finishes), PANIC (the boot panics after the reservation) or
ignored. Then it lists what changes from one kernel to the next and from one RAM size to the
next.

<board> is a board id of the matrix, or a preset name (raspberrypi-4, qemu-virt-arm64, …).

Options:
  --matrix <file>    the board matrix (default ${DEFAULT_MATRIX})
  --kernel <list>    comma-separated releases or series (default: one release per
                     behaviour epoch of the board's architecture — the Debian builds
                     5.10.223, 6.1.192, 6.12.117, 7.2.13, 7.3.4 and the first release of
                     every other epoch; a release without a Debian build of the board's
                     architecture (riscv64 has 6.12.117 and 7.2.13) borrows the image size,
                     boot allocations and configuration of the nearest older one, or of the
                     nearest newer where none is older);
                     --kernels is another name for it
  --ram <list>       RAM variants (default all); for a qemu-* preset any sizes, e.g. 2G,8G
  --sizes <list>     crashkernel= values (default the board's own, 256M, 512M, 1G, 2G);
                     ",high" and ",low" stay with their size, "+" joins tokens:
                     --sizes 256M,1G,512M,high+128M,low
  --format <name>    text (default) or json
${COMMON_OPTIONS}
Exit status: 0 the table was made (failures in it are results, not errors; use check to
gate), 1 some of the board's own layouts cannot be simulated and are left out (named on
stderr, as explain does), 2 usage or configuration error.
`

/** One simulated cell. */
interface Cell {
  ram: string
  kernel: string
  value: string
  sim?: SimulationResult
  error?: string
}

/**
 * The default kernels of a sweep: every Debian release a series resolves to (SERIES_RELEASES), plus
 * the first release of each policy epoch that holds none of them. An epoch that differs from
 * the one before it only for parameters the board's command line does not name
 * (KernelPolicy.onlyFor: the hugetlb_cma= stable fixes, the hugepage parameters' 6.15 on
 * arm64 and riscv64 and 7.0.4, protected KVM's arm64 5.13, 6.8 and 6.14) is folded into that one: one row
 * stands for both, a Debian release of either where there is one.
 *
 * @example
 * defaultSweepKernels('riscv64') // → ['5.10.223', '5.11.0', '5.13.0', '5.17.0', … '6.12.117', '6.13.0', … '7.2.13', '7.3.4']
 */
export function defaultSweepKernels(arch: Arch, cmdline = ''): string[] {
  const debian = Object.values(SERIES_RELEASES)
  const named = new Set(parseEarlyParams(cmdline).map((p) => p.param.replaceAll('-', '_')))
  // Runs of epochs a row stands for, in order.
  const runs: KernelPolicy[][] = []
  for (const p of POLICIES) {
    if (p.arch !== arch || p.whatIf) continue
    const folds = p.onlyFor !== undefined && !p.onlyFor.some((param) => named.has(param.replaceAll('-', '_'))) && runs.length > 0
    if (folds) runs.at(-1)!.push(p)
    else runs.push([p])
  }
  const out = new Set<string>()
  for (const run of runs) {
    const inside = debian.filter((r) => {
      const v = parseKernelVersion(r)!
      return run.some((p) => policyModels(p, v))
    })
    if (inside.length > 0) for (const r of inside) out.add(r)
    else out.add(formatKernelVersion(run[0]!.appliesTo.from))
  }
  return inVersionOrder([...out])
}

/**
 * The Debian build whose image size, boot allocations and configuration a sweep row of
 * release `spec` borrows: none for a release with a Debian profile of its own, else the
 * nearest older build of the arch (the nearest newer when none is older), of the board's page
 * size where Debian has that flavour (`pageSize`, as kernelProfile() picks a release's own).
 */
export function borrowedProfile(arch: Arch, spec: string, pageSize?: PhysSize): KernelProfile | undefined {
  const release = resolveKernelRelease(spec) ?? spec
  if (kernelProfile(arch, release)) return undefined
  const v = parseKernelVersion(release)
  if (!v) return undefined
  // One build per series: arm64's 16K flavour shares its 4K build's release, and sorted after
  // it, it was what a 4K board's 6.13 – 7.1 rows borrowed (its image size and NODE_DATA).
  const profiles = Object.values(KERNEL_PROFILES)
    .filter((p) => p.arch === arch && kernelProfile(arch, p.release, pageSize) === p)
    .sort((a, b) => compareKernelVersions(parseKernelVersion(a.release)!, parseKernelVersion(b.release)!))
  const older = profiles.filter((p) => compareKernelVersions(parseKernelVersion(p.release)!, v) <= 0)
  return older[older.length - 1] ?? profiles[0]
}

/**
 * The kernel entries for a sweep. A release with a Debian profile is itself; one without
 * (5.11.0, 6.2.0 …) borrows the image size, boot allocations and configuration options the
 * board does not set from the nearest older Debian build of the arch (the nearest newer when
 * none is older), so that every row differs only by the kernel's algorithm: what the board
 * sets itself (its own `image.size` and `boot.nodeData`) it keeps in every row, as
 * the rows of the Debian builds do, where the board's values win over the profile's.
 * A kernel the board lists with settings of its own (a `cmdline`, `config`, `imageSize` …
 * in its `kernels` entry) keeps them in its row, as check simulates it; of two entries of the
 * release, the one without a `policy`, and a `policy` is never taken (a row is the release's).
 */
export function sweepKernelEntries(arch: Arch, kernels: readonly string[], board: Pick<LoadedBoard, 'wire' | 'defaults'>, pageSize?: PhysSize): Kernel[] {
  // The list check reads with --kernel (kernelEntries()): the board's, else its preset's (whose
  // entries are no build of the board's), else the defaults'.
  const preset = board.wire.extends !== undefined ? PRESETS[board.wire.extends] : undefined
  const listed = [board.wire, preset?.settings, board.defaults].find((l) => l?.kernels !== undefined)
  const all: readonly Kernel[] = listed === undefined || listed === preset?.settings ? [] : listed.kernels!
  const entries = borrowedKernelEntries(arch, kernels, board, pageSize)
  return entries.map((entry, i) => {
    // The release's own entry before one that names a policy (a what-if beside the release):
    // a row is the release's own algorithm, so a policy an entry names is not taken.
    const settings = releaseEntry(all, kernels[i]!)?.settings
    if (!settings) return entry
    const borrowed: Partial<KernelObject> = typeof entry === 'string' ? {} : entry
    const config = { ...borrowed.config, ...settings.config }
    const boot = { ...borrowed.boot, ...settings.boot }
    return { ...borrowed, ...settings, release: kernels[i]!, ...(Object.keys(config).length > 0 && { config }), ...(Object.keys(boot).length > 0 && { boot }) } as Kernel
  })
}

/** sweepKernelEntries() before the board's own entries: each release, or what it borrows. */
function borrowedKernelEntries(arch: Arch, kernels: readonly string[], board: Pick<LoadedBoard, 'wire' | 'defaults'>, pageSize?: PhysSize): Kernel[] {
  const preset = board.wire.extends !== undefined ? PRESETS[board.wire.extends] : undefined
  const setByBoard = new Set([...Object.keys(board.wire.config ?? {}), ...Object.keys(preset?.settings.config ?? {}), ...Object.keys(board.defaults?.config ?? {})])
  const layers = [board.wire, preset?.settings, board.defaults]
  const ownImageSize = layers.some((l) => l?.image?.size !== undefined)
  const ownBoot = new Set(layers.flatMap((l) => Object.keys(l?.boot ?? {})))
  return kernels.map((spec) => {
    const p = borrowedProfile(arch, spec, pageSize)
    if (!p) return spec
    const config = Object.fromEntries(Object.entries(p.config).filter(([k]) => !setByBoard.has(k)))
    const boot = Object.fromEntries(Object.entries(p.boot).flatMap(([k, v]) => (ownBoot.has(k) ? [] : [[k, String(v)]])))
    return { release: spec, ...(!ownImageSize && { imageSize: `0x${p.imageSize.toString(16)}` }), ...(Object.keys(boot).length > 0 && { boot }), ...(Object.keys(config).length > 0 && { config }) } as Kernel
  })
}


/** Releases or series in version order (a spelling the registry cannot read keeps its place at the end). */
function inVersionOrder(kernels: readonly string[]): string[] {
  const version = (k: string) => parseKernelVersion(resolveKernelRelease(k) ?? k)
  return [...kernels].sort((a, b) => {
    const va = version(a)
    const vb = version(b)
    return va && vb ? compareKernelVersions(va, vb) : va ? -1 : vb ? 1 : 0
  })
}

/**
 * RAM variants from the smallest to the largest (their banks' total), whatever order the
 * board or --ram gives: "what changes from one RAM size to the next" is between neighbours.
 */
function bySize(variants: readonly string[], layouts: readonly DecodedLayout[]): string[] {
  const total = new Map<string, bigint>()
  for (const l of layouts) if (l.variant !== undefined && !total.has(l.variant)) total.set(l.variant, l.layout.memory.reduce((sum, b) => sum + b.size, 0n))
  return [...variants].sort((a, b) => {
    const ta = total.get(a) ?? 0n
    const tb = total.get(b) ?? 0n
    return ta < tb ? -1 : ta > tb ? 1 : 0
  })
}

/**
 * A --sizes value in the notation of the table: tokens without their `crashkernel=`.
 *
 * @example
 * sizesNotation('crashkernel=512M,high+crashkernel=64M,low') // → '512M,high+64M,low'
 */
export function sizesNotation(value: string): string {
  return crashkernelTokensOf(value).map((t) => t.slice('crashkernel='.length)).join('+')
}

/**
 * The size a range-list value (`1G-4G:192M,4G-:256M`) took in this cell, as `192M: `: the
 * entry depends on the RAM figure and, from 6.1 on, its rounding up to 128 MiB
 * (kernel/crash_core.c:57 in 6.1), so the size is what changes at a boundary, not the zone.
 * Empty for any other value, whose size is written in the column head.
 */
function rangeSize(cell: Cell): string {
  const size = cell.sim?.request.size
  return cell.value.includes(':') && size !== undefined && size > 0n && cell.sim?.crashkernel.kind !== 'ignored' ? `${memSize(size)}: ` : ''
}

/** What a cell is, for spotting changes: class, zones (addresses move with RAM size) and the size a range list took. */
function key(cell: Cell): string {
  const s = cell.sim
  if (!s) return 'n/a'
  if (s.panic) return 'panic'
  const o = s.crashkernel
  if (o.kind === 'reserved') return `${rangeSize(cell)}${outcomeClass(o)} ${zoneOf(s.zones, o.main.base)}${o.low ? ` low ${zoneOf(s.zones, o.low.base)}` : ''}`
  // In the cell's words: a fixed @offset's cause, not the kernel's path to it (6.5+ reports every one as in use).
  if (o.kind === 'failed') return outcomeCell(s)
  if (o.kind === 'ignored') return `ignored ${o.reason}`
  return o.kind
}

const text = (cell: Cell): string => (cell.sim ? `${rangeSize(cell)}${outcomeCell(cell.sim)}` : `n/a`)

/** The changes between neighbours along one axis, as lines. */
function changes(cells: Cell[], along: 'kernel' | 'ram', order: { kernels: string[]; rams: string[]; values: string[] }): string[] {
  const at = new Map(cells.map((c) => [`${c.ram}|${c.kernel}|${c.value}`, c]))
  // Kernels as the table shows them: the resolved release (6.1 → 6.1.192).
  const release = new Map(cells.map((c) => [c.kernel, c.sim?.kernel ?? c.kernel]))
  const name = (k: string): string => release.get(k) ?? k
  const out: string[] = []
  const outer = along === 'kernel' ? order.rams : order.kernels
  const inner = along === 'kernel' ? order.kernels : order.rams
  for (const o of outer) {
    for (const v of order.values) {
      for (let i = 1; i < inner.length; i++) {
        const [prevK, curK] = [inner[i - 1]!, inner[i]!]
        const get = (x: string) => at.get(along === 'kernel' ? `${o}|${x}|${v}` : `${x}|${o}|${v}`)
        const a = get(prevK)
        const b = get(curK)
        if (!a || !b || key(a) === key(b)) continue
        const where = along === 'kernel' ? `${o ? `RAM ${o}, ` : ''}crashkernel=${v}: ${name(prevK)} → ${name(curK)}` : `${name(o)}, crashkernel=${v}: RAM ${prevK} → ${curK}`
        out.push(`  ${where}: ${text(a)} → ${text(b)}`)
      }
    }
  }
  return out
}

const MAX_CHANGES = 40

async function run(args: readonly string[], io: CliIO): Promise<ExitCode> {
  return guarded('sweep', HELP, io, async () => {
    const parsed = parseCommand(args, { matrix: { type: 'string' }, kernels: { type: 'string' }, kernel: { type: 'string' }, ram: { type: 'string' }, sizes: { type: 'string' }, format: { type: 'string' } }, { min: 1, max: 1, names: 'the board id' })
    if (parsed === 'help') {
      io.stdout(HELP)
      return 0
    }
    const format = parsed.values.format ?? 'text'
    if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}"${hintFor(format, ['text', 'json'])}`)
    const [id = ''] = parsed.positionals
    const { kernels: kernelsOpt, option } = kernelOption(parsed.values)
    checkKernelOverride(kernelsOpt, option)
    // The lists are checked before the matrix is read: a usage error is told as one.
    const ramOpt = optionList(parsed.values.ram, '--ram')
    const sizesOpt = parsed.values.sizes !== undefined ? crashkernelList(parsed.values.sizes, '--sizes').map(sizesNotation) : undefined
    // The rows are the swept kernels, not the board's: an error of one of the board's own (a
    // kernel without an image size, say) cannot keep the others from the sweep (partial), as
    // it cannot keep explain or suggest with --kernel. The rows say why a kernel has none.
    // A board that lists no kernels is swept all the same (kernelsGiven): the rows are never its list.
    const board = await loadBoard(io, { matrix: parsed.values.matrix, board: id, partial: true, kernelsGiven: true })
    // Its command line and page size, read from one kernel of its architecture where it lists none.
    const first = board.layouts[0] ?? decodeBoard(board, { kernels: debianSeries(board.arch) })[0]
    // One row per kernel: "6.12" and "6.12.117" (or a value given twice) are the same release.
    // Rows in version order, whatever order --kernel gives: the changes are between neighbours.
    const kernels = kernelsOpt ? inVersionOrder(uniqueReleases(kernelsOpt)) : defaultSweepKernels(board.arch, first?.layout.cmdline)
    // A 16K board's rows borrow from Debian's 16K builds where there is one, as its own do.
    const pageSize = first?.layout.pageSize
    const entries = sweepKernelEntries(board.arch, kernels, board, pageSize)
    const layouts = decodeBoard({ ...board, wire: { ...board.wire, kernels: entries as [Kernel, ...Kernel[]] } }, { ...(ramOpt && { ram: ramOpt }) })
    if (layouts.length === 0) throw new ConfigurationError(`board "${id}" has no layout to sweep with kernels ${kernels.join(', ')}`)
    // A kernel whose layouts the decoder dropped (an SC003 error of its own, as check reports
    // it with --kernel) has an empty row: say why, rather than leave the row unexplained.
    const unsimulated = kernels.flatMap((k, i) => (layouts.some((l) => l.kernelSpec === k) ? [] : [{ kernel: k, problem: noLayoutReason(board, entries[i]!) }]))
    // Which rows are not a Debian build's own: what they borrow is said beside the table.
    const borrowed = kernels.flatMap((k) => {
      const p = borrowedProfile(board.arch, k, pageSize)
      return p ? [{ kernel: resolveKernelRelease(k) ?? k, from: p.release }] : []
    })
    // The board's own value: of a layout that reads the board's line, not a kernel entry's own
    // (the first layout may be one such entry's). Where every kernel the board lists has a
    // line of its own, the swept rows of other kernels read the board's.
    const boardLine = (ls: typeof layouts) => ls.filter((l) => !l.pointers.cmdline.includes('/kernels/'))
    const own = ownValue(boardLine(board.layouts)) ?? ownValue(boardLine(layouts))
    // A kernel entry with a command line of its own has its own value: its column is swept
    // too (without --sizes), and named as that kernel's.
    const kernelOwn = kernels.flatMap((k) => {
      const value = ownValue(layouts.filter((l) => l.kernelSpec === k))
      return value !== undefined && value !== own ? [{ kernel: k, value }] : []
    })
    // A value written as on the command line (crashkernel=512M,high+crashkernel=64M,low) is the
    // same value as in --sizes notation: one column header, and the board's own marked as such.
    const values = [...new Set(sizesOpt ?? [...(own ? [own] : []), ...kernelOwn.map((o) => o.value), '256M', '512M', '1G', '2G'])]
    const rams = bySize(ramVariants(layouts), layouts)
    // What keeps some of the board's own layouts from the engine (partial): said where it
    // concerns the sweep, a kernel it sweeps or a RAM variant it lacks for it (a kernel of the
    // board's that the rows do not list is no row of it).
    const swept = new Set(kernels.map((k) => resolveKernelRelease(k) ?? k))
    const sweptRams = new Set(rams)
    const variantLost = (name: string | undefined) => name !== undefined && name.includes('/') && !sweptRams.has(name.slice(0, name.lastIndexOf('/')))
    // A kernel whose row was simulated all the same (a release without an image size of its
    // own borrows one, borrowedKernelEntries()) was swept: its problem is check's, not a row lost.
    const rowSwept = (f: (typeof board.unsimulated)[number]) => {
      const name = f.layoutName ?? ''
      const variant = name.includes('/') ? name.slice(0, name.lastIndexOf('/')) : undefined
      return layouts.some((l) => l.layout.kernel === f.kernel && (variant === undefined || l.variant === variant))
    }
    const lost = board.unsimulated.filter((f) => f.kernel === undefined || (swept.has(f.kernel) && !rowSwept(f)) || variantLost(f.layoutName))
    if (lost.length > 0) {
      io.stderr(`crashkernel-check sweep: some layouts of board "${id}" cannot be simulated, and are not swept:\n${findingLines(lost).map((l) => `${l}\n`).join('')}`)
    }
    const progress = new Progress(io, { label: `sweep ${id}: simulating`, total: layouts.length * values.length, enabled: format === 'text' })
    const cells: Cell[] = []
    for (const l of layouts) {
      for (const value of values) {
        const r = simulateWith(l, value)
        cells.push({ ram: l.variant ?? '', kernel: l.kernelSpec, value, ...(r.sim && { sim: r.sim }), ...(r.error !== undefined && { error: r.error }) })
        progress.tick()
      }
    }
    progress.done()
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ board: id, arch: board.arch, kernels, ram: rams, sizes: values, cells: cells.map(jsonCell), ...(borrowed.length > 0 && { borrowed }), ...(unsimulated.length > 0 && { unsimulated }) }, null, 2)}\n`)
      return lost.length > 0 ? 1 : 0
    }
    // What the matrix says (RAM names, its own value, why a kernel was not simulated) as its characters.
    io.stdout(renderSweep(io, displayCopy({ id, arch: board.arch, kernels, rams: rams.length > 0 ? rams : [''], values, own, kernelOwn, cells, borrowed, unsimulated })))
    // As explain: layouts of the board that could not be shown are a failure of the run.
    return lost.length > 0 ? 1 : 0
  })
}

/** Why the board has no layout with kernel entry `entry`: the decoder's first problem, in check's words (SC003). */
function noLayoutReason(board: Pick<LoadedBoard, 'wire' | 'defaults'>, entry: Kernel): string {
  const doc = { version: 1, ...(board.defaults !== undefined && { defaults: board.defaults }), boards: [{ ...board.wire, kernels: [entry] }] } as BoardMatrix
  const p = decodeMatrix(doc).problems[0]
  if (p === undefined) return 'no layout'
  return `${semanticProblemText(p)} (SC003, board${p.pointer.slice('/boards/0'.length)})`
}

/** ` (board)` for the board's own value, ` (6.12)` for the value of kernel entries with their own command line. */
function columnOwner(value: string, own: string | undefined, kernelOwn: ReadonlyArray<{ kernel: string; value: string }>): string {
  const owners = [...(value === own ? ['board'] : []), ...kernelOwn.filter((o) => o.value === value).map((o) => o.kernel)]
  return owners.length > 0 ? ` (${owners.join(', ')})` : ''
}

function jsonCell(c: Cell): unknown {
  const s = c.sim
  const o = s?.crashkernel
  const region = (r: { base: bigint; size: bigint } | undefined) => (r ? { base: fmtPhys(r.base), size: fmtPhys(r.size), zone: zoneOf(s!.zones, r.base) } : undefined)
  return {
    ram: c.ram || undefined,
    kernel: c.kernel,
    release: s?.kernel,
    policy: s?.policy,
    crashkernel: c.value,
    outcome: o?.kind ?? 'not-simulated',
    ...(o?.kind === 'reserved' && { main: region(o.main), low: region(o.low), fellBack: o.fellBack }),
    ...((o?.kind === 'failed' || o?.kind === 'ignored') && { reason: o.reason }),
    // Why a boot never finishes: the retry loop (CK005) or an early parameter (CK007).
    ...(o?.kind === 'hang' && { cause: o.cause }),
    // A boot that panics after the reservation (CK012): "reserved" alone read as a machine that comes up.
    ...(s?.panic && { panic: s.panic.cause }),
    ...(c.error !== undefined && { error: c.error }),
    cell: text(c),
  }
}

function renderSweep(
  io: CliIO,
  t: { id: string; arch: Arch; kernels: string[]; rams: string[]; values: string[]; own: string | undefined; kernelOwn: Array<{ kernel: string; value: string }>; cells: Cell[]; borrowed: Array<{ kernel: string; from: string }>; unsimulated: Array<{ kernel: string; problem: string }> },
): string {
  const c = palette(colorForStdout(io))
  const at = new Map(t.cells.map((x) => [`${x.ram}|${x.kernel}|${x.value}`, x]))
  const out: string[] = [
    c.bold(`sweep ${t.id} (${t.arch}): ${t.kernels.length} kernel(s) × ${t.rams.filter(Boolean).length || 1} RAM variant(s) × ${t.values.length} crashkernel= value(s)\n`),
    c.dim('Cells: ZONE and base address of the main region, +low ZONE for a low part; ↑ = placed by the fallback above the low limit;\n'),
    c.dim('↓ = ,high placed below it by the fallback; FAILED / HANG (the boot never finishes) / PANIC (after the reservation) / ignored (no crash kernel); * = outcome, zone or size changed from the row above\n'),
  ]
  for (const ram of t.rams) {
    out.push(`\n${c.bold(ram ? `RAM ${ram}` : 'RAM as listed')}\n`)
    const header = ['kernel', 'policy', ...t.values.map((v) => `crashkernel=${v}${columnOwner(v, t.own, t.kernelOwn)}`)]
    const rows = t.kernels.map((k, i) => {
      const first = at.get(`${ram}|${k}|${t.values[0]}`)
      const cells = t.values.map((v) => {
        const cell = at.get(`${ram}|${k}|${v}`)
        if (!cell) return '—'
        const prev = i > 0 ? at.get(`${ram}|${t.kernels[i - 1]}|${v}`) : undefined
        const changed = prev !== undefined && key(prev) !== key(cell)
        const body = cell.sim ? colourCell(simulationClass(cell.sim), text(cell), c) : c.dim('n/a')
        return `${changed ? c.bold('*') : ' '}${body}`
      })
      return [first?.sim?.kernel ?? k, first?.sim?.policy ?? '', ...cells]
    })
    out.push(renderTable(header, rows, { indent: '  ' }))
  }
  if (t.kernelOwn.length > 0) {
    out.push(`\n${c.dim("Kernels with a command line of their own in the board's kernels entry; each column replaces the crashkernel= of that line:")}\n`)
    for (const o of t.kernelOwn) out.push(c.dim(`  ${o.kernel}: crashkernel=${o.value.split('+').join(' crashkernel=')}`) + '\n')
  }
  if (t.borrowed.length > 0) {
    out.push(`\n${c.dim('Releases without a Debian build of this architecture take the image size, boot allocations and configuration the board does not set from one that has (the nearest older, else the nearest newer):')}\n`)
    const from = new Map<string, string[]>()
    for (const b of t.borrowed) from.set(b.from, [...(from.get(b.from) ?? []), b.kernel])
    for (const [release, rows] of from) out.push(c.dim(`  ${release}: ${rows.join(', ')}`) + '\n')
  }
  const order = { kernels: t.kernels, rams: t.rams, values: t.values }
  const byKernel = changes(t.cells, 'kernel', order)
  const byRam = t.rams.length > 1 ? changes(t.cells, 'ram', order) : []
  const list = (title: string, lines: string[]) => {
    out.push(`\n${c.bold(title)}\n`)
    if (lines.length === 0) out.push('  nothing changes\n')
    for (const l of lines.slice(0, MAX_CHANGES)) out.push(`${l}\n`)
    if (lines.length > MAX_CHANGES) out.push(`  … ${lines.length - MAX_CHANGES} more (--format json has every cell)\n`)
  }
  list('What changes from one kernel to the next', byKernel)
  if (t.rams.length > 1) list('What changes from one RAM size to the next', byRam)
  for (const u of t.unsimulated) out.push(`\n${c.yellow(`kernel ${u.kernel} not simulated (its row is empty): ${u.problem}`)}\n`)
  const failures = t.cells.filter((x) => x.error !== undefined)
  if (failures.length > 0) out.push(`\n${c.yellow(`${failures.length} cell(s) not simulated: ${failures[0]!.error}`)}\n`)
  return out.join('')
}

export const sweep: Command = {
  name: 'sweep',
  synopsis: 'sweep <board> [--kernel list] [--ram list] [--sizes list] [--format text|json] [--matrix file]',
  summary: 'outcomes across kernel generations, RAM variants and crashkernel sizes',
  help: HELP,
  run,
}
