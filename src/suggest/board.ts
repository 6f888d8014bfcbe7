// SPDX-License-Identifier: GPL-2.0-only
/**
 * One crashkernel= value for a whole board: the values to try (plain sizes, `@offset` inside
 * every dump target's reach, `,high` + `,low` pairs), each simulated on every layout the
 * board lists (RAM variant × kernel) and judged by the rules as `check` judges it, then
 * ranked. `crashkernel-check suggest <board>` prints this; the per-finding suggestions of
 * index.ts answer a narrower question (what makes this one finding go away).
 *
 * "Works" on a layout: the kernel reserves the region and no rule reports an error (after the
 * board's own severity overrides and suppressions).
 */
import { LayoutDoesNotBootError, simulate, type SimulationResult } from '../engine/index.js'
import { memparseWrapping } from '../engine/memparse.js'
import { policyFor } from '../engine/policies/index.js'
import { errorMessage } from '../errors.js'
import type { DecodedLayout } from '../matrix/types.js'
import { crashkernelTokens, crashkernelTokensOf, memAddr, octalNumbers, octalRewritten, withCrashkernel, type CrashkernelToken } from '../rules/crashkernel-tokens.js'
import { memSize } from '../matrix/size.js'
import { crashAlign } from '../rules/kernel-facts.js'
import { boardSeverity, evaluateLayout, makeFinding, siblingLayouts } from '../rules/run.js'
import { cmaNoLayoutReads, crowdsLoaded, freeRanges, loadedObjects, withoutUnitB } from './strategies.js'

const MiB = 1n << 20n
const LADDER = [128n, 256n, 384n, 512n, 768n, 1024n].map((m) => m * MiB)
/** The finest step between two sizes the search tells apart (as the findings' smallerSize). */
const REFINE_STEP = 16n * MiB
/**
 * Sizes tried between the best ladder value and the next one (each on every layout), at most:
 * a bisection over 2^6 - 1 steps, enough for the widest gap of the default candidates (512M
 * to 1G with ,high: 31 steps of 16M); a wider gap (a board's own 4G) ends coarser.
 */
export const MAX_REFINE_PROBES = 6
/** @offset bases tried per size: the ones free in most layouts first. */
const MAX_OFFSETS = 8

export type BoardValueForm = 'size' | 'high+low' | 'offset'
const FORM_RANK: Record<BoardValueForm, number> = { size: 0, 'high+low': 1, offset: 2 }

export interface BoardCandidate {
  /** In --sizes notation: `256M`, `1G,high+128M,low`, `256M@0x30000000`. */
  value: string
  form: BoardValueForm
  /** The main region's size. */
  size: bigint
  /** Everything reserved (main + low). */
  total: bigint
}

export interface LayoutVerdict {
  /** The layout with the candidate's tokens in its command line. */
  layout: DecodedLayout
  /** Undefined when the engine could not simulate it (`error` says why). */
  sim?: SimulationResult
  error?: string | undefined
  /** The kernel panics before the reservation (LayoutDoesNotBootError): simulated, with no result. */
  panics?: true
  works: boolean
  /** The rules' errors (`CK001: message`); a region that was not reserved is `sim`'s outcome, not listed here. */
  errors: string[]
  /** Rule ids of the warnings and notes, when it works or not. */
  warnings: string[]
  notes: string[]
  fellBack: boolean
}

export interface BoardVerdict {
  candidate: BoardCandidate
  layouts: LayoutVerdict[]
  works: boolean
}

export interface BoardValues {
  /** The board's own crashkernel= value in --sizes notation, if it has one. */
  own: string | undefined
  /** The main size the board's command line asks for (mainSizeOf(); for a range list, the first layout's), if any. */
  current: bigint | undefined
  /** The values that work on every layout, best first (rankBoardVerdicts()). */
  working: BoardVerdict[]
  /** The others, in the order tried. */
  failing: BoardVerdict[]
  /**
   * The board's `,cma` tokens that every value leaves out, as written (cmaNoLayoutReads()):
   * none of its kernels reserves crashkernel CMA, and those before 6.17 reject the token, and
   * with it the crashkernel= parse. Empty where some kernel reads them: then every value keeps them.
   */
  droppedCma: string[]
}

/**
 * A board's own crashkernel= value in --sizes notation (its tokens' values joined by `+`),
 * read from its first layout, or undefined when it has none.
 *
 * @example
 * ownValue(layouts) // → '1G,high+128M,low' for "crashkernel=1G,high crashkernel=128M,low"
 */
export function ownValue(layouts: readonly DecodedLayout[]): string | undefined {
  const tokens = crashkernelTokens(layouts[0]?.layout.cmdline ?? '')
  return tokens.length > 0 ? tokens.map((t) => t.value).join('+') : undefined
}

/**
 * Simulates a layout with its crashkernel= tokens replaced by `value` (--sizes notation); its
 * `,cma` tokens stay unless `dropCma` (withCrashkernel()).
 */
export function simulateWith(layout: DecodedLayout, value: string, dropCma = false): { layout: DecodedLayout; sim?: SimulationResult; error?: string; panics?: true } {
  const changed: DecodedLayout = { ...layout, layout: { ...layout.layout, cmdline: withCrashkernel(layout.layout.cmdline, crashkernelTokensOf(value), { dropCma }) } }
  try {
    return { layout: changed, sim: simulate(changed.layout) }
  } catch (error) {
    // A boot that panics before the reservation was simulated, and has no result: said apart.
    return { layout: changed, error: errorMessage(error), ...(error instanceof LayoutDoesNotBootError && { panics: true as const }) }
  }
}

/**
 * The leading size of a token's value as memparse() reads it (`512M` of `512M,high`, of
 * `512M@0x30000000`), or undefined where no size stands alone there (a range list, no digits).
 */
function leadingSize(value: string): bigint | undefined {
  const { value: size, end } = memparseWrapping(value, 0)
  return end > 0 && (end === value.length || value[end] === ',' || value[end] === '@') ? size : undefined
}

/** The last token with this suffix (null: none). */
function lastWith(tokens: readonly CrashkernelToken[], suffix: CrashkernelToken['suffix']): CrashkernelToken | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) if (tokens[i]!.suffix === suffix) return tokens[i]
  return undefined
}

/**
 * The size a token's value was meant to ask for: its leading size, or that of the value with
 * a unit spelt with a B (`256MB`, `256MiB`: the kernel rejects the B, fixSyntax's respelling
 * drops it), with a number the kernel reads as octal taken as its digits say (`0256M`: 256
 * MiB, CK004 `octal`); undefined where none is, or it is 0 bytes.
 */
function meantSize(written: string): bigint | undefined {
  const value = octalNumbers(written).length > 0 ? octalRewritten(written, 'decimal') : written
  const size = leadingSize(value) ?? leadingSize(withoutUnitB(value))
  return size !== undefined && size > 0n ? size : undefined
}

/**
 * The main size a command line asks for, as the user wrote it: the last plain token's size,
 * else the last `,high` one's (what a kernel that knows every suffix reads; a kernel that
 * reads a `,cma` token as plain does not change what was meant). A token that asks for no
 * size (`crashkernel=abc`, `crashkernel=0` beside `crashkernel=512M,high`) is passed over:
 * the size meant is the other one's, and without it the ranking wanted the smallest.
 */
function mainSizeOf(tokens: readonly CrashkernelToken[]): bigint | undefined {
  for (const suffix of [null, ',high'] as const) {
    for (let i = tokens.length - 1; i >= 0; i--) {
      const size = tokens[i]!.suffix === suffix ? meantSize(tokens[i]!.value) : undefined
      if (size !== undefined) return size
    }
  }
  return undefined
}

/**
 * A value in --sizes notation as a candidate: its form, its main size (the last plain token,
 * else the last `,high` one; 0 for a range list) and everything it reserves.
 *
 * @example
 * boardCandidate('1G,high+128M,low') // → { value: '1G,high+128M,low', form: 'high+low', size: 1 GiB, total: 1 GiB + 128 MiB }
 */
export function boardCandidate(value: string): BoardCandidate {
  const tokens = crashkernelTokens(crashkernelTokensOf(value).join(' '))
  const size = mainSizeOf(tokens) ?? 0n
  const low = lastWith(tokens, ',low')
  const form: BoardValueForm = value.includes('@') ? 'offset' : tokens.some((t) => t.suffix === ',high') ? 'high+low' : 'size'
  return { value, form, size, total: size + (low ? (leadingSize(low.value) ?? 0n) : 0n) }
}

/** The highest address every dump target of the layout reaches (inclusive), or the low limit. */
function reachOf(layout: DecodedLayout, sim: SimulationResult): bigint {
  const targets = layout.layout.devices.filter((d) => d.dumpTarget)
  if (targets.length === 0) return sim.lowMax - 1n
  return targets.reduce((m, d) => (d.dmaLimit < m ? d.dmaLimit : m), targets[0]!.dmaLimit)
}

/**
 * @offset bases for `size`: in each layout, the highest and lowest free bases below the reach,
 * at the largest alignment any layout's kernel wants of a fixed base (x86_64: 1 MiB to 6.6,
 * 16 MiB from 6.7; a base aligned for one kernel only fails on the others); those with room
 * around what the boot loader places on every layout first (crowdsLoaded(): a region right
 * above an initrd fails once it grows), then by how many layouts have them free, then highest first.
 */
function offsetBases(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[], size: bigint): bigint[] {
  const votes = new Map<bigint, number>()
  const crowded = new Set<bigint>()
  const align = baseline.reduce((m, sim) => (sim && crashAlign(sim) > m ? crashAlign(sim) : m), 1n)
  layouts.forEach((l, i) => {
    const sim = baseline[i]
    if (!sim) return
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
  for (const b of votes.keys()) if (layouts.some((l) => crowdsLoaded(loadedObjects(l.layout), b, size))) crowded.add(b)
  const rank = (b: bigint): number => (crowded.has(b) ? 1 : 0)
  return [...votes.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || b[1] - a[1] || (a[0] > b[0] ? -1 : 1)).slice(0, MAX_OFFSETS).map(([b]) => b)
}

/**
 * The values to try. `sizes` (--sizes) gives the main size of every form; without it, plain
 * sizes are the board's and the ladder, ,high pairs and ,high alone the board's, 512M and 1G,
 * and @offset the board's (or 256M). `extra` values (--sizes notation) come right after the board's own.
 */
export function boardCandidates(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[], current: bigint | undefined, sizes: readonly bigint[] | undefined, extra: readonly string[] = []): BoardCandidate[] {
  const arch = layouts[0]?.layout.arch
  const out: BoardCandidate[] = []
  const seen = new Set<string>()
  const add = (c: BoardCandidate) => {
    if (!seen.has(c.value)) out.push(c)
    seen.add(c.value)
  }
  // The board's own value as written, whatever its form (`512M,high` alone, a range list):
  // without it a board whose value works would be told to change it.
  const own = ownValue(layouts)
  if (own !== undefined && sizes === undefined) {
    // Its size as the first layout's kernel resolved it (a range list has none of its own).
    add({ ...boardCandidate(own), size: current ?? 0n, total: current ?? 0n })
    // A plain size spelt otherwise (0x10000000, 262144K, 256m) is the ladder's 256M: one entry.
    const read = memparseWrapping(own, 0)
    if (read.end === own.length && read.value === current) seen.add(memSize(current))
  }
  for (const value of extra) add(boardCandidate(value))
  const ownSize = current !== undefined ? [current] : []
  const plain = sizes ?? [...new Set([...ownSize, ...LADDER])].sort((a, b) => (a < b ? -1 : 1))
  for (const s of plain) add({ value: memSize(s), form: 'size', size: s, total: s })
  const lowSize = arch === 'x86_64' ? 256n * MiB : 128n * MiB
  for (const s of sizes ?? [...new Set([...ownSize, 512n * MiB, 1024n * MiB])]) {
    add({ value: `${memSize(s)},high+${memSize(lowSize)},low`, form: 'high+low', size: s, total: s + lowSize })
    // And the ,high alone: where the kernel reserves a default low part (x86 always,
    // reserve_crashkernel_low() in 5.10, parse_crashkernel() from 6.12 on every arch), the
    // pair above asks for just that default, a ,low that CK004 notes has no effect, so the
    // search never offered a clean ,high value. Its low part is the kernel's (total: main).
    add({ value: `${memSize(s)},high`, form: 'high+low', size: s, total: s })
  }
  // A board with no RAM below 4 GiB has no room for a low part, which the kernel then fails
  // to reserve (with the main region, from 6.12 on): `0M,low` asks for none. Without it the
  // only value offered there was an X@Y tied to where the DTB happens to lie.
  if (layouts.every((l) => l.layout.memory.every((b) => b.base >= 1n << 32n))) {
    for (const s of sizes ?? [...new Set([...ownSize, 512n * MiB, 1024n * MiB])]) add({ value: `${memSize(s)},high+0M,low`, form: 'high+low', size: s, total: s })
  }
  for (const s of sizes ?? (ownSize.length > 0 ? ownSize : [256n * MiB])) {
    for (const b of offsetBases(layouts, baseline, s)) add({ value: `${memSize(s)}@${memAddr(b)}`, form: 'offset', size: s, total: s })
  }
  return out
}

/**
 * Simulates one candidate on every layout and judges each.
 *
 * @param tick - called once per layout simulated (progress)
 * @param dropCma - leave the layouts' `,cma` tokens out (BoardValues.droppedCma)
 */
export function verifyBoardCandidate(c: BoardCandidate, layouts: readonly DecodedLayout[], tick: () => void = () => {}, dropCma = false): BoardVerdict {
  // Every layout first: the rules of each see the others that read the same command line.
  const runs = layouts.map((layout) => {
    const r = simulateWith(layout, c.value, dropCma)
    tick()
    return r
  })
  const simulated = runs.filter((r): r is typeof r & { sim: SimulationResult } => r.sim !== undefined)
  const verdicts: LayoutVerdict[] = runs.map((r) => {
    if (!r.sim) return { layout: r.layout, error: r.error, ...(r.panics && { panics: r.panics }), works: false, errors: [], warnings: [], notes: [], fellBack: false }
    const policy = { severity: r.layout.severity, suppress: r.layout.suppress }
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
    return { layout: r.layout, sim: r.sim, works: reserved && errors.length === 0, errors, warnings, notes, fellBack: r.sim.crashkernel.kind === 'reserved' && r.sim.crashkernel.fellBack }
  })
  return { candidate: c, layouts: verdicts, works: verdicts.every((v) => v.works) }
}

/**
 * The step of a board's finer sizes: 16 MiB, or the largest CRASH_ALIGN of its layouts' kernel
 * policies if that is coarser (every policy's is 16 MiB or less today: arm64 and riscv 2 MiB,
 * x86 16 MiB), so that every size tried is a multiple of the alignment it is reserved at.
 */
export function refineStep(layouts: readonly DecodedLayout[], baseline: readonly (SimulationResult | undefined)[]): bigint {
  let step = REFINE_STEP
  layouts.forEach((l, i) => {
    const sim = baseline[i]
    const align = sim && policyFor(sim.arch, sim.kernel, l.layout.policy)?.crash.align
    if (align !== undefined && align > step) step = align
  })
  return step
}

/**
 * The candidates of `c`'s kind at other main sizes: a plain size, a lone `,high` or a `,high`
 * + `,low` pair with the same low part; undefined for any other value (`@offset`, a range
 * list, a size not written as memSize() writes it).
 *
 * @example
 * sizeSeries(boardCandidate('512M,high+128M,low'))?.(464n << 20n) // → '464M,high+128M,low'
 */
export function sizeSeries(c: BoardCandidate): ((size: bigint) => string) | undefined {
  if (c.form === 'offset' || c.size <= 0n) return undefined
  const head = memSize(c.size)
  if (!c.value.startsWith(head)) return undefined
  const tail = c.value.slice(head.length)
  const low = tail.startsWith(',high+') && tail.endsWith(',low') ? tail.slice(',high+'.length, -',low'.length) : undefined
  const lowOk = low !== undefined && low.length > 0 && memparseWrapping(low, 0).end === low.length
  if (tail !== '' && tail !== ',high' && !lowOk) return undefined
  return (size) => `${memSize(size)}${tail}`
}

const warnedLayouts = (v: BoardVerdict): number => v.layouts.filter((l) => l.warnings.length > 0).length
const notedLayouts = (v: BoardVerdict): number => v.layouts.filter((l) => l.notes.length > 0).length

interface Refinement {
  layouts: readonly DecodedLayout[]
  current: bigint
  own: string | undefined
  step: bigint
  /** No larger size is tried. */
  maxSize: bigint | undefined
  accept: (v: BoardVerdict) => boolean
  prefer: string | undefined
  /** Candidates it may simulate (each on every layout). */
  probes: number
  tick: (() => void) | undefined
  /** Leave the `,cma` tokens out (BoardValues.droppedCma). */
  dropCma: boolean
}

/**
 * Sizes finer than the ladder's around the best value, by bisection: the ranking wants the
 * size closest to the board's own (at or above it first), so between the best value and the
 * next size of its kind that was tried (one that fails, warns on more layouts, or the board's
 * own) there may be a better one the ladder stepped over — the Raspberry Pi 4's 1 GB variant
 * takes 464M where the ladder offers 384M. A size counts when it works, `accept`s, and leaves
 * no more layouts warned or noted than the best, so every one found ranks at least as well.
 * Assumes what works is monotone in the size (a region that fits still fits when smaller);
 * where it is not, the value found still works (each is simulated), it may just not be the
 * closest. The candidates it simulated, in the order tried.
 */
function refineBest(verdicts: readonly BoardVerdict[], r: Refinement): BoardVerdict[] {
  const best = verdicts.filter((v) => v.works && r.accept(v)).sort((a, b) => rankBoardVerdicts(a, b, r.current, r.own))[0]
  if (!best || best.candidate.size === r.current || r.probes <= 0) return []
  // The caller keeps this value when it does as well as the best: nothing finer would be offered.
  const preferred = r.prefer === undefined ? undefined : verdicts.find((v) => v.candidate.value === r.prefer && v.works && r.accept(v))
  if (preferred && warnedLayouts(preferred) === warnedLayouts(best) && notedLayouts(preferred) === notedLayouts(best) && overHalfLayouts(preferred) === overHalfLayouts(best)) return []
  const series = sizeSeries(best.candidate)
  if (!series) return []
  const size = best.candidate.size
  const sizes = verdicts.filter((v) => v.candidate.form === best.candidate.form && series(v.candidate.size) === v.candidate.value).map((v) => v.candidate.size)
  const up = size < r.current
  // The sizes of the kind between the best and the board's own, short of the next one tried.
  const next = up ? sizes.filter((s) => s > size).reduce<bigint | undefined>((m, s) => (m === undefined || s < m ? s : m), undefined) : sizes.filter((s) => s < size).reduce<bigint | undefined>((m, s) => (m === undefined || s > m ? s : m), undefined)
  // The multiples of the step in [first, last]: counted, never listed (a board's own size
  // can be as large as memparse reads, and the bisection looks at a handful of them).
  let first: bigint
  let last: bigint
  if (up) {
    first = (size / r.step + 1n) * r.step
    last = ([r.current, r.maxSize, next === undefined ? undefined : next - 1n].reduce<bigint>((m, s) => (s !== undefined && s < m ? s : m), r.current) / r.step) * r.step
  } else {
    const bottom = next !== undefined && next + 1n > r.current ? next + 1n : r.current
    first = ((bottom + r.step - 1n) / r.step) * r.step
    last = ((size - 1n) / r.step) * r.step
  }
  const out: BoardVerdict[] = []
  const ok = (s: bigint): boolean => {
    const v = verifyBoardCandidate(boardCandidate(series(s)), r.layouts, r.tick, r.dropCma)
    out.push(v)
    return v.works && r.accept(v) && warnedLayouts(v) <= warnedLayouts(best) && notedLayouts(v) <= notedLayouts(best) && overHalfLayouts(v) <= overHalfLayouts(best)
  }
  // Candidate i is first + i·step. Upward: candidate lo passes (the best at -1), candidate hi
  // does not (the next size tried, past the end); downward the other way round. Each probe
  // halves the sizes left between them.
  let lo = -1n
  let hi = last >= first ? (last - first) / r.step + 1n : 0n
  for (let probes = r.probes; hi - lo > 1n && probes > 0; probes--) {
    const mid = (lo + hi) / 2n
    if (ok(first + mid * r.step) === up) lo = mid
    else hi = mid
  }
  return out
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x)

/** Does the layout's reservation (main region and low part, as reserved) take more than half of its System RAM? */
const overHalf = (l: LayoutVerdict): boolean => {
  const ck = l.sim?.crashkernel
  return ck?.kind === 'reserved' && ck.main.size + (ck.low?.size ?? 0n) > l.sim!.systemRam / 2n
}

/** How many of a value's layouts it leaves less than half of their System RAM. */
export const overHalfLayouts = (v: BoardVerdict): number => v.layouts.filter(overHalf).length

/** Does the value leave every layout at least half of its System RAM (main region and low part, as reserved)? */
export function reservesAtMostHalf(v: BoardVerdict): boolean {
  return v.layouts.every((l) => l.sim?.crashkernel.kind === 'reserved' && !overHalf(l))
}

/**
 * Best first: fewer layouts with warnings, then with notes (a value `check --fail-on note`
 * passes), size at or above the board's and closest to it, the board's own value, simplest form.
 */
export function rankBoardVerdicts(a: BoardVerdict, b: BoardVerdict, current: bigint | undefined, own: string | undefined): number {
  const warned = (v: BoardVerdict) => v.layouts.filter((l) => l.warnings.length > 0).length
  const noted = (v: BoardVerdict) => v.layouts.filter((l) => l.notes.length > 0).length
  const mainSize = (v: BoardVerdict) => v.candidate.size
  const cmp = (x: bigint, y: bigint) => (x < y ? -1 : x > y ? 1 : 0)
  return (
    warned(a) - warned(b) ||
    noted(a) - noted(b) ||
    // A value that leaves a layout less than half of its RAM comes after one that does not,
    // however close to the board's own size: the system has to run in what is left.
    overHalfLayouts(a) - overHalfLayouts(b) ||
    (current !== undefined ? Number(mainSize(a) < current) - Number(mainSize(b) < current) : 0) ||
    (current !== undefined ? cmp(abs(mainSize(a) - current), abs(mainSize(b) - current)) : 0) ||
    Number(b.candidate.value === own) - Number(a.candidate.value === own) ||
    FORM_RANK[a.candidate.form] - FORM_RANK[b.candidate.form] ||
    cmp(a.candidate.total, b.candidate.total)
  )
}

export interface BoardValuesOptions {
  /** Main sizes to try in every form, instead of the default ladder. */
  sizes?: readonly bigint[]
  /** The layouts' simulations as they are (undefined where the engine threw); simulated here when absent. */
  baseline?: readonly (SimulationResult | undefined)[]
  /** Values to try besides the default ones, in --sizes notation (`464M`, `1G,high+128M,low`). */
  extra?: readonly string[]
  /** Candidates whose main region is larger are not tried (a caller that could not use them). */
  maxSize?: bigint
  /** Which working values the caller could offer (default all): finer sizes are searched around the best of these. */
  accept?: (v: BoardVerdict) => boolean
  /** A value the caller keeps over any other that does as well (the edit the findings agree on): then no finer size is searched. */
  prefer?: string
  /**
   * The most simulations the search may make (not counting the baseline's): when the default
   * candidates need more, none is made; finer sizes only take what they leave.
   */
  maxSimulations?: number
  /** Told the most simulations the search makes, before the first (finer sizes may need fewer). */
  onTotal?: (simulations: number) => void
  /** Called after each of them (progress). */
  tick?: () => void
}

/**
 * The crashkernel= values that work on every layout of a board, ranked, and those that do not.
 *
 * @param layouts - the board's layouts (one board: the same command line in each)
 * @returns undefined only when the search needs more than `options.maxSimulations`
 * @example
 * suggestBoardValues(rpi4Layouts).working[0]?.candidate.value // → '256M'
 */
export function suggestBoardValues(layouts: readonly DecodedLayout[], options: BoardValuesOptions = {}): BoardValues | undefined {
  const baseline =
    options.baseline ??
    layouts.map((l) => {
      try {
        return simulate(l.layout)
      } catch {
        return undefined
      }
    })
  // A range list has no size of its own: then the size the first layout's kernel resolved.
  const req = baseline[0]?.request
  const size = mainSizeOf(crashkernelTokens(layouts[0]?.layout.cmdline ?? '')) ?? req?.high ?? req?.size
  const current = size !== undefined && size > 0n ? size : undefined
  const own = ownValue(layouts)
  // A ,cma no kernel of the board reads goes from every value: kept, a 6.12 rejects the whole
  // crashkernel= for it, and a 7.2 arm64 ignores it.
  const dropped = cmaNoLayoutReads(layouts[0]?.layout.cmdline ?? '', baseline)
  const maxSize = options.maxSize
  const tried = boardCandidates(layouts, baseline, current, options.sizes && [...new Set(options.sizes)], options.extra).filter((c) => maxSize === undefined || c.size <= maxSize)
  const max = options.maxSimulations
  const first = tried.length * layouts.length
  if (max !== undefined && first > max) return undefined
  // Finer sizes: not under --sizes (the sizes to try were given), nor for a board without a
  // size of its own (the ranking then wants the smallest), and only from what the budget leaves.
  const probes = options.sizes !== undefined || current === undefined || layouts.length === 0 ? 0 : Math.min(MAX_REFINE_PROBES, max === undefined ? Infinity : Math.floor((max - first) / layouts.length))
  options.onTotal?.(first + probes * layouts.length)
  const verdicts = tried.map((c) => verifyBoardCandidate(c, layouts, options.tick, dropped.length > 0))
  if (current !== undefined && probes > 0) {
    // Finer sizes stop at half of the smallest System RAM, where every ranking puts a value
    // after the ones that leave the system that half (rankBoardVerdicts()); a board's own size
    // beyond it (crashkernel=4000000G) would leave the bisection's few probes far above anything that works.
    const ram = baseline.reduce<bigint | undefined>((m, b) => (b && (m === undefined || b.systemRam < m) ? b.systemRam : m), undefined)
    const half = ram === undefined ? undefined : ram / 2n
    const top = half !== undefined && (maxSize === undefined || half < maxSize) ? half : maxSize
    verdicts.push(...refineBest(verdicts, { layouts, current, own, step: refineStep(layouts, baseline), maxSize: top, accept: options.accept ?? (() => true), prefer: options.prefer, probes, tick: options.tick, dropCma: dropped.length > 0 }))
  }
  return {
    own,
    current,
    working: verdicts.filter((v) => v.works).sort((a, b) => rankBoardVerdicts(a, b, current, own)),
    failing: verdicts.filter((v) => !v.works),
    droppedCma: dropped.map((t) => t.text),
  }
}
