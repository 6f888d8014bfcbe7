// SPDX-License-Identifier: GPL-2.0-only
/**
 * The fix strategies: each yields candidate changes of one value (the command line, or the
 * kernel entry) in order of preference. Command-line candidates are pre-checked on the one
 * layout (`layoutOk`: simulate, run the rules, the finding gone and no new error); the
 * caller then verifies the survivors on every layout the value affects. Nothing here is
 * trusted: a candidate is only a guess until the engine confirms it.
 */
import type { Arch, Layout, SimulationResult } from '../engine/index.js'
import { POLICIES, policyFor } from '../engine/policies/index.js'
import { KERNEL_PROFILES } from '../presets/index.js'
import type { DecodedLayout } from '../matrix/types.js'
import { addrText, ramText, sizeText } from '../rules/common.js'
import { crashkernelTokens, memAddr, misspeltCrashkernel, octalNumbers, octalRewritten, replaceToken, replaceTokenAt, tokensToFront, withCrashkernel, withoutToken, withoutTokensAt, type CrashkernelToken } from '../rules/crashkernel-tokens.js'
import { memSize } from '../matrix/size.js'
import { intersectSpans } from '../import/ranges.js'
import { crashAlign, MEMBLOCK_NOMAP_FLAG, physicalKaslr } from '../rules/kernel-facts.js'
import { typoDistance } from '../typo-distance.js'
import type { Change, FixRequest, FixStrategyId } from './types.js'

const MiB = 1n << 20n
const SZ_16M = 16n * MiB
/** The smallest main size worth suggesting: below it a distribution kdump kernel does not boot. */
export const MIN_MAIN_SIZE = 64n * MiB
/** The smallest low part worth suggesting (swiotlb and DMA buffers of the kdump kernel). */
export const MIN_LOW_SIZE = 32n * MiB

export interface StrategyInput {
  layout: DecodedLayout
  sim: SimulationResult
  fix: FixRequest
  /**
   * The simulations of the board's other layouts that read the same command line (other
   * kernels, other RAM variants): a token one of them reads is not this kernel's to drop.
   */
  siblings?: readonly SimulationResult[]
  /**
   * Simulates the layout with this command line: is the finding gone, with no new error (and,
   * with `maxReserved`, does it reserve at most that much: the main region and the low part)?
   */
  layoutOk(cmdline: string, maxReserved?: bigint): boolean
  /**
   * Where `cmdline` fails layoutOk() only through a report of the finding's own rule that is
   * no error (another message of it: a CK004 warning about the ,low a larger size leaves
   * unused), that rule and what the board counts those reports as; else undefined.
   */
  ruleLeaves?(cmdline: string, maxReserved?: bigint): { ruleId: string; severities: readonly string[] } | undefined
}

export type Strategy = (input: StrategyInput) => Iterable<Change>

const cmd = (value: string, description: string): Change => ({ target: 'cmdline', value, description })

/** The main size the command line asks for. */
function requestedSize(sim: SimulationResult): bigint | undefined {
  const ck = sim.crashkernel
  return sim.request.high ?? sim.request.size ?? (ck.kind === 'failed' || (ck.kind === 'hang' && ck.cause === 'endless-retry') ? ck.size : ck.kind === 'reserved' ? ck.main.size : undefined)
}

/** The token that set the main size: the last `,high` one for a high request, else the last plain one. */
function mainToken(tokens: readonly CrashkernelToken[], sim: SimulationResult): CrashkernelToken | undefined {
  const want = sim.request.high !== undefined ? ',high' : null
  return [...tokens].reverse().find((t) => t.suffix === want)
}

/**
 * The largest multiple of `step` in [lo, hi] for which `ok` holds, assuming `ok` is monotone
 * (true up to a threshold); undefined when `ok(lo)` is false.
 */
export function largestPassing(lo: bigint, hi: bigint, step: bigint, ok: (v: bigint) => boolean): bigint | undefined {
  let a = ((lo + step - 1n) / step) * step
  let b = (hi / step) * step
  if (a > b || !ok(a)) return undefined
  while (a < b) {
    const mid = ((a + b + step) / 2n / step) * step
    if (mid <= a) break
    if (ok(mid)) a = mid
    else b = mid - step
  }
  return a
}

/** crashkernel=X,high + crashkernel=Y,low in place of the plain request. */
const highLowPair: Strategy = function* ({ layout, sim, layoutOk }) {
  const size = requestedSize(sim)
  if (size === undefined || sim.request.high !== undefined || sim.request.base) return
  for (const low of sim.arch === 'x86_64' ? [256n * MiB, 128n * MiB] : [128n * MiB, 64n * MiB]) {
    const tokens = [`crashkernel=${memSize(size)},high`, `crashkernel=${memSize(low)},low`]
    const value = withCrashkernel(layout.layout.cmdline, tokens)
    if (layoutOk(value)) {
      yield cmd(value, `Reserve ${sizeText(size)} above the low limit and a ${sizeText(low)} low part below it: "${tokens.join(' ')}"`)
      return
    }
  }
}

/**
 * The size a plain request asked for, as `,high` (CK003): where the fallback put it above the
 * low limit anyway, asking for it there keeps the whole size, which smallerSize() cuts to what
 * fits below. The kernel reserves the same low part beside a ,high as beside a fallback (its
 * default, or the line's ,low), and the region lands where the fallback put it.
 */
const explicitHigh: Strategy = function* ({ layout, sim, layoutOk }) {
  // The tokens the plain request made the kernel ignore (CK004) go: beside a ,high it reads
  // the last ,high (a 1G,high left after the new token was read in its place) and a ,low,
  // which would change the low part the fallback reserved.
  const ignored = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix === ',high' || (t.suffix === ',low' && sim.request.low === undefined))
  const cmdline = withoutTokensAt(layout.layout.cmdline, ignored)
  const main = mainToken(crashkernelTokens(cmdline), sim)
  const size = requestedSize(sim)
  // A range form or an @offset has no ,high spelling that means the same.
  if (!main || main.suffix !== null || main.range || size === undefined || sim.request.base || sim.request.high !== undefined) return
  const token = `crashkernel=${memSize(size)},high`
  const value = replaceTokenAt(cmdline, main, token)
  if (layoutOk(value, sim.systemRam / 2n)) {
    yield cmd(value, `Where the kdump kernel needs all ${sizeText(size)}, ask for it above the low limit ${addrText(sim.lowMax)}, where the fallback put it: "${token}" (the kernel reserves the low part beside it as before)`)
  }
}

/** Add (or resize) crashkernel=Y,low next to the ,high request. */
const addLow: Strategy = function* ({ layout, sim, layoutOk }) {
  const tokens = crashkernelTokens(layout.layout.cmdline)
  const kept = tokens.filter((t) => t.suffix !== ',low')
  // A low token already there (crashkernel=0,low) is replaced, and the text says which.
  const replaced = tokens.filter((t) => t.suffix === ',low').map((t) => `"${t.text}"`)
  // Without it the kernel reserves its default low part where it has one (x86_64:
  // max(swiotlb + 8 MiB, 256 MiB), sized for the kdump kernel's swiotlb; arm64 and riscv64
  // from 6.2: 128 MiB): the fix that leaves the sizing to the kernel comes first. The low part
  // goes below CRASH_ADDR_LOW_MAX, which is a DMA limit only on arm64 (x86_64: 4 GiB; riscv64:
  // the end of ZONE_DMA32): the text names the address.
  if (replaced.length > 0) {
    const value = withCrashkernel(layout.layout.cmdline, kept.map((t) => t.text))
    if (layoutOk(value)) {
      yield cmd(value, `Remove ${replaced.join(' and ')}: the kernel then reserves its default low part below the low limit ${addrText(sim.lowMax)}`)
      return
    }
  }
  for (const low of sim.arch === 'x86_64' ? [256n * MiB, 128n * MiB, 64n * MiB] : [128n * MiB, 256n * MiB, 64n * MiB]) {
    const value = withCrashkernel(layout.layout.cmdline, [...kept.map((t) => t.text), `crashkernel=${memSize(low)},low`])
    if (layoutOk(value)) {
      const what = replaced.length > 0 ? `Replace ${replaced.join(' and ')} with` : 'Add'
      yield cmd(value, `${what} a ${sizeText(low)} low part below the low limit ${addrText(sim.lowMax)}: "crashkernel=${memSize(low)},low"`)
      return
    }
  }
}

/** The largest crashkernel=Y,low (16 MiB steps, ≥ 32 MiB) below the one that failed. */
const smallerLow: Strategy = function* ({ layout, sim, layoutOk }) {
  const tokens = crashkernelTokens(layout.layout.cmdline)
  const main = mainToken(tokens, sim)
  const size = requestedSize(sim)
  if (!main || size === undefined) return
  const forms: Array<(low: bigint) => string[]> = [(low) => [main.text, `crashkernel=${memSize(low)},low`]]
  if (main.suffix === null) forms.push((low) => [`crashkernel=${memSize(size)},high`, `crashkernel=${memSize(low)},low`])
  const current = sim.request.low ?? (sim.arch === 'x86_64' ? 256n * MiB : 128n * MiB)
  for (const form of forms) {
    const best = largestPassing(MIN_LOW_SIZE, current - SZ_16M, SZ_16M, (low) => layoutOk(withCrashkernel(layout.layout.cmdline, form(low))))
    if (best === undefined) continue
    yield cmd(withCrashkernel(layout.layout.cmdline, form(best)), `Ask for a ${sizeText(best)} low part, the largest (in 16 MiB steps) that fits below ${addrText(sim.lowMax)}: "${form(best).join(' ')}"`)
    return
  }
}

/** The largest main size (16 MiB steps, ≥ 64 MiB, ≤ half of System RAM) that makes the finding go away. */
const smallerSize: Strategy = function* ({ layout, sim, layoutOk, ruleLeaves }) {
  const tokens = crashkernelTokens(layout.layout.cmdline)
  const main = mainToken(tokens, sim)
  const size = requestedSize(sim)
  if (!main || size === undefined || size <= MIN_MAIN_SIZE) return
  const at = main.suffix === null && !main.range ? atSuffix(main.value) : ''
  const tokenFor = (s: bigint): string => (main.suffix === ',high' ? `crashkernel=${memSize(s)},high` : `crashkernel=${memSize(s)}${at}`)
  const build = (s: bigint): string => replaceTokenAt(layout.layout.cmdline, main, tokenFor(s))
  // Never more than half of System RAM: the running system needs the rest. The half counts
  // what is reserved, as the board's value does: a size that falls back above the low limit,
  // or a ,high, takes the kernel's default low part too, and a ,low of the line is kept.
  const halfRam = sim.systemRam / 2n
  const cap = size - 1n < halfRam ? size - 1n : halfRam
  const best = largestPassing(MIN_MAIN_SIZE, cap, SZ_16M, (s) => layoutOk(build(s), halfRam))
  if (best === undefined) return
  const range = main.range ? ` (instead of the range "${main.text}")` : ''
  // Under the cap a larger size may fit too: then "the largest" would be untrue without it
  // (the half may bind below the cap, through the low part).
  const next = best + SZ_16M <= cap && layoutOk(build(best + SZ_16M))
  // The search bisects: where the sizes that pass are not one run from the bottom (a larger
  // @offset region reaching past a CMA area the kernel then moves), the next size may pass
  // under the half too, and "the largest" would be untrue.
  const nextPasses = next && layoutOk(build(best + SZ_16M), halfRam)
  const halfBound = cap === halfRam || next
  // The next size is itself within the half: what goes over it is the low part reserved beside
  // it (a fallback's or a ,high's default, a ,low of the line). Without saying so, a reader who
  // sees the next size under half of System RAM takes "the largest" for untrue.
  const withLow = next && !nextPasses && best + SZ_16M <= halfRam ? ' together with its low part' : ''
  const largest = halfBound ? `the largest size (in 16 MiB steps, at most half of the ${ramText(sim.systemRam)} of System RAM${withLow})` : 'the largest size (in 16 MiB steps)'
  // The next size may be refused only for another report of the finding's rule (6.12 riscv64
  // with mem=6G: 2944M,high falls back below the low limit and CK004 warns that the ,low then
  // has no effect). It does end this finding, so "the largest that avoids this finding" alone
  // would be untrue: say what the size is the largest for, and what the next one leaves.
  const leaves = !next && best + SZ_16M <= cap ? ruleLeaves?.(build(best + SZ_16M), halfRam) : undefined
  const what = leaves
    ? `that avoids this finding with no other ${leaves.ruleId} report (${sizeText(best + SZ_16M)} avoids it too, but leaves a ${leaves.ruleId} ${[...new Set(leaves.severities)].join(' and ')})`
    : 'that avoids this finding'
  yield cmd(build(best), nextPasses ? `Ask for ${sizeText(best)}: "${tokenFor(best)}"${range}` : `Ask for ${sizeText(best)}, ${largest} ${what}: "${tokenFor(best)}"${range}`)
  // Smaller ones, for when another layout sharing this command line needs less.
  for (const s of [((best * 3n) / 4n / SZ_16M) * SZ_16M, ((best / 2n) / SZ_16M) * SZ_16M]) {
    if (s >= MIN_MAIN_SIZE && s < best && layoutOk(build(s), halfRam)) yield cmd(build(s), `Ask for ${sizeText(s)}: "${tokenFor(s)}"${range}`)
  }
}

/** The largest crashkernel=Z,cma (16 MiB steps, ≥ 16 MiB) the kernel reserves whole. */
const smallerCma: Strategy = function* ({ layout, sim, fix, layoutOk }) {
  // get_last_crashkernel(): the last ,cma token is the one the kernel read.
  const token = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix === ',cma').at(-1)
  const size = sim.crashkernelCma?.requested
  if (!token || size === undefined) return
  const tokenFor = (s: bigint): string => `crashkernel=${memSize(s)},cma`
  const build = (s: bigint): string => replaceTokenAt(layout.layout.cmdline, token, tokenFor(s))
  const best = largestPassing(SZ_16M, size - 1n, SZ_16M, (s) => layoutOk(build(s)))
  if (best === undefined) return
  yield cmd(build(best), `Ask for ${sizeText(best)} of CMA, the largest (in 16 MiB steps) the kernel reserves ${fix.oneCmaArea ? 'in one area' : 'whole'}: "${tokenFor(best)}"`)
}

/**
 * Free [base, end) ranges of RAM in the final memblock state, crash regions counted as free
 * (and the `,cma` areas, which the kernel reserves after the main region).
 */
export function freeRanges(sim: SimulationResult): Array<{ base: bigint; end: bigint }> {
  const busy = sim.reserved.filter((r) => !(r.owner ?? '').startsWith('crashkernel')).sort((a, b) => (a.base < b.base ? -1 : 1))
  const out: Array<{ base: bigint; end: bigint }> = []
  for (const m of sim.memory) {
    if (m.flags & MEMBLOCK_NOMAP_FLAG) continue
    let cur = m.base
    const end = m.base + m.size
    for (const r of busy) {
      if (r.base + r.size <= cur || r.base >= end) continue
      if (r.base > cur) out.push({ base: cur, end: r.base })
      cur = r.base + r.size > cur ? r.base + r.size : cur
    }
    if (cur < end) out.push({ base: cur, end })
  }
  return out
}

/** What the boot loader places and may grow: the initrd and the device tree, where the layout has them. */
export function loadedObjects(layout: Pick<Layout, 'initrd' | 'dtb'>): Array<{ base: bigint; size: bigint }> {
  return [layout.initrd, layout.dtb].filter((o): o is NonNullable<typeof o> => o !== undefined && o.size > 0n)
}

/**
 * Whether [base, base + size) lies above one of `loaded` by less than its size, or below one
 * by less than its size: a region there fails once that object grows (update-initramfs, a
 * firmware update) upwards or, placed top-down by the loader, downwards.
 */
export function crowdsLoaded(loaded: ReadonlyArray<{ base: bigint; size: bigint }>, base: bigint, size: bigint): boolean {
  return loaded.some((o) => (o.base + o.size <= base && base - (o.base + o.size) < o.size) || (base + size <= o.base && o.base - (base + size) < o.size))
}

/**
 * crashkernel=X@base with base free, aligned, and the region within the reach. The command
 * line is the siblings' too (the board's other kernels and RAM variants): bases free on every
 * one of them, at the largest alignment any of them wants of a fixed base (x86_64: 1 MiB to
 * 6.6, 16 MiB from 6.7), come first; then this layout's own, which verification rejects
 * wherever a sibling still fails.
 */
const offsetInReach: Strategy = function* ({ layout, sim, siblings = [], fix, layoutOk }) {
  const size = requestedSize(sim)
  if (size === undefined) return
  // An x86_64 kernel that places itself at random can land on any fixed base on some boot
  // (CK011): another @offset is no fix there, autoPlacement is.
  if (physicalKaslr(layout.layout, sim)) return
  const limit = fix.reach !== undefined ? fix.reach + 1n : sim.highMax
  const near = fix.near
  const dist = (b: bigint): bigint => (near === undefined ? 0n : b > near ? b - near : near - b)
  // What the boot loader places (the initrd, the device tree) changes with every
  // update-initramfs or firmware update: a region right above one fails once it grows, and
  // right below one that a loader places top-down (U-Boot relocating it, GRUB) once it grows
  // downwards. Bases with at least that object's size of room on either side are tried first
  // (and the edges of that room are candidates of their own).
  const loaded = loadedObjects(layout.layout)
  const crowds = (b: bigint): boolean => crowdsLoaded(loaded, b, size)
  const basesIn = (ranges: ReadonlyArray<{ base: bigint; end: bigint }>, align: bigint, below: bigint): bigint[] => {
    const bases: bigint[] = []
    for (const r of ranges) {
      const top = r.end < below ? r.end : below
      if (top < size) continue
      const high = ((top - size) / align) * align
      const low = ((r.base + align - 1n) / align) * align
      const roomAbove = loaded.filter((o) => o.base + o.size <= r.base && r.base - (o.base + o.size) < o.size).map((o) => ((o.base + 2n * o.size + align - 1n) / align) * align)
      const roomBelow = loaded.filter((o) => o.base >= r.end && o.base - r.end < o.size && o.base >= o.size + size).map((o) => ((o.base - o.size - size) / align) * align)
      const roomy = [...roomAbove, ...roomBelow]
      const around = near !== undefined ? [(near / align) * align, (near / align) * align + align, ...roomy] : roomy
      // Below the top, a region's length at a time: where the top is free on this layout but
      // taken on another of the board (its CMA area, a larger image), the next window down is
      // the highest that may work, before the bottom of the range (right above the image or
      // initrd, which a later kernel's larger image reaches).
      const steps = [1n, 2n, 3n].map((k) => (high > k * size ? ((high - k * size) / align) * align : -1n))
      // @0 means "anywhere" to the parser: never suggest it.
      for (const b of [high, ...steps, low, ...around]) if (b >= low && b <= high && b > 0n && !bases.includes(b)) bases.push(b)
    }
    bases.sort((a, b) => (near !== undefined ? (dist(a) < dist(b) ? -1 : dist(a) > dist(b) ? 1 : 0) : a > b ? -1 : a < b ? 1 : 0))
    return [...bases.filter((b) => !crowds(b)), ...bases.filter(crowds)]
  }
  const own = crashAlign(sim)
  const commonAlign = siblings.reduce((m, s) => (crashAlign(s) > m ? crashAlign(s) : m), own)
  const commonLimit = siblings.reduce((m, s) => (s.highMax < m ? s.highMax : m), limit)
  const common = basesIn(siblings.reduce((rs, s) => intersectSpans(rs, freeRanges(s)), freeRanges(sim)), commonAlign, commonLimit)
  const candidates = [...common.map((base) => ({ base, align: commonAlign })), ...basesIn(freeRanges(sim), own, limit).filter((b) => !common.includes(b)).map((base) => ({ base, align: own }))]
  // The token takes the place of every crashkernel= but a ,cma one (withCrashkernel()): where
  // that is more than one plain size — a ,high and ,low pair, a range list, several tokens — the
  // description says so, as the annotation shows only it, and "place the region" alone reads as
  // adding an @offset to what is there (a ,high takes none; a range would keep scaling with RAM).
  const replaced = crashkernelTokens(layout.layout.cmdline).filter((t) => t.suffix !== ',cma')
  const instead = replaced.length > 1 || replaced.some((t) => t.suffix !== null || t.range) ? ` instead of "${replaced.map((t) => t.text).join(' ')}"` : ''
  let tried = 0
  for (const { base: b, align } of candidates) {
    if (tried++ >= 6) return
    const token = `crashkernel=${memSize(size)}@${memAddr(b)}`
    const value = withCrashkernel(layout.layout.cmdline, [token])
    if (!layoutOk(value)) continue
    const reach = fix.reach !== undefined ? `, inside the reach up to ${addrText(fix.reach)}` : ''
    yield cmd(value, `Place the region at a free, ${sizeText(align)}-aligned address${reach}: "${token}"${instead}`)
  }
}

/** Drop the @offset: let the kernel choose. */
const autoPlacement: Strategy = function* ({ layout, sim, layoutOk }) {
  const main = mainToken(crashkernelTokens(layout.layout.cmdline), sim)
  if (!main || !main.value.includes('@')) return
  const token = withoutAtSuffix(main.text)
  const value = replaceTokenAt(layout.layout.cmdline, main, token)
  if (layoutOk(value)) yield cmd(value, `Let the kernel place the region: "${token}"`)
}

/** crashkernel=X instead of X,high on a kernel without ,high. */
const plainSize: Strategy = function* ({ layout, fix, layoutOk }) {
  const tokens = crashkernelTokens(layout.layout.cmdline)
  const high = tokens.find((t) => t.text === fix.token) ?? [...tokens].reverse().find((t) => t.suffix === ',high')
  if (!high) return
  const token = high.text.slice(0, -',high'.length)
  const value = withCrashkernel(layout.layout.cmdline, [token])
  // withCrashkernel() replaces every crashkernel= token but a ,cma one (it asks for CMA areas
  // of its own and stays): name all the ones that go (a ,low too), and only those.
  const replaced = tokens.filter((t) => t.suffix !== ',cma')
  if (layoutOk(value)) yield cmd(value, `Ask for a plain "${token}" instead of "${replaced.map((t) => t.text).join(' ')}"`)
}

/**
 * Whether the kernel `sim` was simulated with reserves what crashkernel=…,cma asks for (its
 * policy's parseCma: x86_64 from 6.17, arm64 and riscv64 from 7.3). arm64 and riscv64 from 6.17
 * to 7.2 know the suffix (suffix_tbl in kernel/crash_reserve.c@v7.2.13), so the token is no
 * plain value, but arch_reserve_crashkernel() passes no cma_size to parse_crashkernel()
 * (arch/arm64/mm/init.c@v7.2.13, arch/riscv/mm/init.c@v7.2.13): the token changes nothing there,
 * and kept beside a new size it is the same token CK004 reports as having no effect.
 */
function kernelReadsCma(sim: Pick<SimulationResult, 'arch' | 'kernel' | 'policy'>): boolean {
  return policyFor(sim.arch, sim.kernel, sim.policy)?.crash.parseCma ?? true
}

/**
 * The `,cma` tokens of a command line that no layout reading it reserves crashkernel CMA
 * from (x86_64 reads them from 6.17, arm64 and riscv64 from 7.3; an older parser rejects the
 * token and with it the whole crashkernel=): the tokens a value for all of them drops, as
 * ignoredCma() does for one layout and its siblings. None where a layout could not be
 * simulated (what its kernel reads is then not known).
 */
export function cmaNoLayoutReads(cmdline: string, sims: readonly (SimulationResult | undefined)[]): CrashkernelToken[] {
  if (sims.length === 0 || sims.some((s) => s === undefined || kernelReadsCma(s))) return []
  return crashkernelTokens(cmdline).filter((t) => t.suffix === ',cma')
}

/**
 * The `,cma` tokens a candidate for this kernel drops, and why, for its description: none where
 * this kernel or another layout that reads the same command line (`siblings`: a 7.3 beside a 7.2)
 * reserves the CMA part, which the candidate, one line for them all, must keep.
 */
function ignoredCma(cmdline: string, sim: SimulationResult, siblings: readonly SimulationResult[] = []): { tokens: CrashkernelToken[]; why: string } {
  const tokens = cmaNoLayoutReads(cmdline, [sim, ...siblings])
  return { tokens, why: tokens.length > 0 ? ` (${sim.kernel} on ${sim.arch} does not reserve crashkernel CMA: arm64 and riscv64 do from 7.3)` : '' }
}

/**
 * The sizes addSize() and addHigh() try, the common 256M first, then larger, then smaller ones;
 * each offered only where it reserves (with the low part) at most half of System RAM (the
 * bound they pass layoutOk()), as smallerSize() and the board's value do.
 */
const FIRST_SIZES: readonly bigint[] = [256n * MiB, 384n * MiB, 512n * MiB, 192n * MiB, 128n * MiB]

/**
 * A plain crashkernel=X for a command line without any, or in place of the tokens of one that
 * asks for 0 bytes (CK004 `zero`, which names the token in `fix.token`; withCrashkernel()
 * replaces all of them but a `,cma` one): the sizes `suggest` tries first, in the order the
 * common 256M is found before the larger ones (the caller keeps the first that every layout of
 * the value passes; `suggest <board>` ranks them all).
 */
const addSize: Strategy = function* ({ layout, sim, siblings, fix, layoutOk }) {
  const cmdline = layout.layout.cmdline
  const replaced = crashkernelTokens(cmdline).filter((t) => t.suffix !== ',cma')
  if (replaced.length > 0 && fix.token === undefined) return
  // A ,cma this kernel ignores goes with them: kept, it is a token with no effect.
  const cma = ignoredCma(cmdline, sim, siblings)
  const gone = [...replaced, ...cma.tokens].sort((a, b) => a.start - b.start)
  const instead = gone.length > 0 ? ` instead of "${gone.map((t) => t.text).join(' ')}"` : ''
  for (const size of FIRST_SIZES) {
    const token = `crashkernel=${memSize(size)}`
    const value = withCrashkernel(cmdline, [token], { dropCma: cma.tokens.length > 0 })
    if (layoutOk(value, sim.systemRam / 2n)) yield cmd(value, `Reserve ${sizeText(size)} for the kdump kernel: "${token}"${instead}${cma.why} (size it to what your kdump kernel and initrd need; crashkernel-check suggest ranks the sizes that work on every layout of the board)`)
  }
}

/**
 * The crashkernel=X,high a command line of `,low` tokens alone lacks (CK004 `lowOnly`): the
 * ,low sizes the low part of a ,high reservation and reserves nothing by itself, so the user
 * meant a split reservation; the ,low tokens stay as written. Sizes as addSize() tries them.
 */
const addHigh: Strategy = function* ({ layout, sim, siblings, layoutOk }) {
  const cmdline = layout.layout.cmdline
  const tokens = crashkernelTokens(cmdline)
  const low = tokens.filter((t) => t.suffix === ',low')
  const cma = tokens.filter((t) => t.suffix === ',cma')
  if (low.length === 0 || tokens.some((t) => t.suffix !== ',low' && t.suffix !== ',cma')) return
  // The kernel reads the last token of each suffix (get_last_crashkernel()): an earlier one,
  // kept, would be an ignored token on the fixed line. A ,cma stays: it adds to the ,high —
  // where the kernel reads it; where it ignores it (arm64 and riscv64 before 7.3) it goes.
  const last = low[low.length - 1]!.text
  const ignored = ignoredCma(cmdline, sim, siblings)
  const kept = cma.length > 0 && ignored.tokens.length === 0 ? [cma[cma.length - 1]!.text] : []
  const dropped = ignored.tokens.length > 0 ? ` and drop "${ignored.tokens.map((t) => t.text).join(' ')}"${ignored.why}` : ''
  for (const size of FIRST_SIZES) {
    const token = `crashkernel=${memSize(size)},high`
    const value = withCrashkernel(cmdline, [token, last, ...kept], { dropCma: dropped !== '' })
    if (layoutOk(value, sim.systemRam / 2n)) yield cmd(value, `Add the reservation "${last}" sizes the low part of: "${token}"${dropped} (size it to what your kdump kernel and initrd need)`)
    // Where the ,low asks for the low part the kernel reserves anyway (6.2+'s 128 MiB), it
    // would have no effect beside the ,high: the ,high alone.
    const alone = withCrashkernel(cmdline, [token, ...kept], { dropCma: dropped !== '' })
    if (layoutOk(alone, sim.systemRam / 2n)) {
      // Only where this kernel does reserve a low part beside the ,high (more than its size in
      // all): a region that lands below the low limit takes none, and arm64 before 6.2 has no
      // default (a149cf00b158), so the note would be untrue there.
      const lowPart = !layoutOk(alone, size) ? ' (this kernel adds its default low part)' : ''
      yield cmd(alone, `Ask for "${token}" in place of "${last}", which reserves nothing alone${lowPart}${dropped}`)
    }
  }
}

/**
 * The crashkernel= tokens first, in their order, on a command line longer than the kernel
 * keeps (CK004 `truncated`): the cut then falls in the other parameters. Of what is cut
 * then, the check of every layout says whether it matters.
 */
const tokensFirst: Strategy = function* ({ layout, layoutOk }) {
  const cmdline = layout.layout.cmdline
  const tokens = crashkernelTokens(cmdline)
  if (tokens.length === 0) return
  const value = tokensToFront(cmdline)
  if (value !== cmdline && layoutOk(value)) yield cmd(value, `Put ${tokens.length === 1 ? `"${tokens[0]!.text}"` : 'the crashkernel= tokens'} at the front of the command line, inside the part the kernel keeps`)
}

// Linear string helpers in place of backtracking regexes (each was quadratic on a long run of
// one character; the tokens come from the board's command line).

/** The `@offset` tail of a value, from its first `@` (was `/@.*$/`); '' without one. */
export function atSuffix(value: string): string {
  const at = value.indexOf('@')
  return at < 0 ? '' : value.slice(at)
}

/** The text without the `@…` tail of its last word (was `.replace(/@[^ ]*$/, '')`). */
export function withoutAtSuffix(text: string): string {
  const at = text.indexOf('@', text.lastIndexOf(' ') + 1)
  return at < 0 ? text : text.slice(0, at)
}

/** `value` without trailing commas (was `.replace(/,+$/, '')`). */
export function trimTrailingCommas(value: string): string {
  let end = value.length
  while (end > 0 && value.charCodeAt(end - 1) === 0x2c) end--
  return value.slice(0, end)
}

/** The first `-…:` of a range entry made open-ended, `-:` (was `.replace(/-[^:]*:/, '-:')`). */
export function openRangeEntry(entry: string): string {
  const dash = entry.indexOf('-')
  const colon = dash < 0 ? -1 : entry.indexOf(':', dash)
  return colon < 0 ? entry : `${entry.slice(0, dash)}-:${entry.slice(colon + 1)}`
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/**
 * Every `<digits>.<digits><K|M|G|T>` (any case) replaced by `f(int, frac, unit)`, left to right
 * (was `.replace(/(\d+)\.(\d+)([KMGT])/gi, …)`). A match always starts a digit run, so each
 * run is scanned at most twice.
 */
export function replaceDecimalSizes(value: string, f: (int: string, frac: string, unit: string) => string): string {
  let out = ''
  let last = 0
  let i = 0
  while (i < value.length) {
    if (!isDigit(value.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < value.length && isDigit(value.charCodeAt(j))) j++
    if (value[j] === '.') {
      let k = j + 1
      while (k < value.length && isDigit(value.charCodeAt(k))) k++
      const unit = value[k] ?? ''
      if (k > j + 1 && 'KMGTkmgt'.includes(unit) && unit !== '') {
        out += value.slice(last, i) + f(value.slice(i, j), value.slice(j + 1, k), unit)
        i = last = k + 1
        continue
      }
    }
    i = j
  }
  return out + value.slice(last)
}

/** RHEL's crashkernel=auto table, as an explicit range form the kernel parses. */
const AUTO_RANGES = '1G-4G:192M,4G-64G:256M,64G-:512M'

/** The suffixes a token can end with (kernel/crash_reserve.c suffix_tbl, ,cma from 6.17: @v6.17.8, not @v6.16.3). */
const SUFFIX_WORDS = ['high', 'low', 'cma'] as const

/**
 * The suffixes nearest to a misspelt one (`,hihg`, `,lo`, `,hgih`), at most two edits away;
 * none for a word that is a suffix already or is not near one.
 */
function nearSuffixes(word: string): string[] {
  const w = word.toLowerCase()
  if (w.length > 8 || (SUFFIX_WORDS as readonly string[]).includes(w)) return []
  const scored = SUFFIX_WORDS.map((s) => ({ s, d: typoDistance(w, s) })).filter((x) => x.d <= 2 && x.d < Math.max(w.length, x.s.length))
  const best = Math.min(...scored.map((x) => x.d))
  return scored.filter((x) => x.d === best).map((x) => x.s)
}

/** A value with its units spelt with a B as the kernel reads them (`256MB`, `256MiB` → `256M`). */
export const withoutUnitB = (value: string): string => value.replace(/(\d[KMGTPEkmgtpe])i?[Bb]\b/g, '$1')

/** Spelling fixes for one token's value. */
function respell(value: string): string[] {
  const out = new Set<string>()
  out.add(withoutUnitB(value))
  out.add(value.replace(/,(high|low|cma)$/i, (_m, s: string) => `,${s.toLowerCase()}`))
  // The kernel compares the suffix byte for byte: `512M,hihg` is a plain value it rejects.
  const suffix = /,([A-Za-z]+)$/.exec(value)
  for (const s of suffix ? nearSuffixes(suffix[1]!) : []) out.add(`${value.slice(0, suffix!.index)},${s}`)
  out.add(replaceDecimalSizes(value, (i, f, u) => {
    const shift = { K: 10n, M: 20n, G: 30n, T: 40n }[u.toUpperCase() as 'K' | 'M' | 'G' | 'T']
    const bytes = (BigInt(`${i}${f}`) << shift) / 10n ** BigInt(f.length)
    return memSize(bytes)
  }))
  out.add(trimTrailingCommas(value))
  // memparse() reads a number with a leading 0 as octal: the digits without it are what was meant.
  // (Also with a unit's B dropped: `0256MB` needs both.)
  for (const v of [value, withoutUnitB(value)]) if (octalNumbers(v).length > 0) out.add(octalRewritten(v, 'decimal'))
  // parse_crashkernel_mem() reads another range entry only after a ',' (kernel/crash_reserve.c:125
  // in 6.12): at a ';' it stops, and the entries after it are never read.
  if (value.includes(':')) out.add(value.split(';').join(','))
  // The kernel finds the token in the raw boot_command_line (get_last_crashkernel()'s strstr(),
  // kernel/crash_reserve.c:222 in 6.12): quotes parse_args() would strip reach memparse().
  for (const q of ['"', "'"]) if (value.length > 2 && value.startsWith(q) && value.endsWith(q)) out.add(value.slice(1, -1))
  if (/^auto\b/i.test(value)) out.add(AUTO_RANGES)
  out.delete(value)
  return [...out]
}

/** Whether some kernel generation of `arch` reads `crashkernel=…,cma` (the policies' parseCma). */
function archReadsCma(arch: Arch): boolean {
  return POLICIES.some((p) => p.arch === arch && p.crash.parseCma)
}

/**
 * The word after the spaces at `from`, when it starts with a digit and is no option of its
 * own (no `=`): the size meant for a `crashkernel=` that a space left empty
 * (`crashkernel= 512M`), which the kernel, splitting at spaces, reads as two words.
 */
function sizeWordAfter(cmdline: string, from: number): { word: string; end: number } | undefined {
  let start = from
  while (start < cmdline.length && cmdline[start] === ' ') start++
  if (start === from || !isDigit(cmdline.charCodeAt(start))) return undefined
  let end = start
  while (end < cmdline.length && cmdline[end] !== ' ') end++
  const word = cmdline.slice(start, end)
  return word.includes('=') ? undefined : { word, end }
}

/** The word after the spaces at `from`, if there are spaces and a word after them. */
function nextWord(cmdline: string, from: number): { word: string; end: number } | undefined {
  let start = from
  while (start < cmdline.length && cmdline[start] === ' ') start++
  if (start === from || start === cmdline.length) return undefined
  let end = start
  while (end < cmdline.length && cmdline[end] !== ' ') end++
  return { word: cmdline.slice(start, end), end }
}

/** The suffix a space split off a token ("crashkernel=256M, high": `high`), if there is one. */
function splitSuffixWord(cmdline: string, t: CrashkernelToken): { word: string; end: number } | undefined {
  const next = t.value.endsWith(',') ? nextWord(cmdline, t.end) : undefined
  return next && (SUFFIX_WORDS as readonly string[]).includes(next.word.toLowerCase()) ? next : undefined
}

/**
 * The word after the spaces at `from`, when it reads as range entries (`4G-:512M`: a digit
 * first, a '-' and then a ':', no `=`): the rest of a range list that a space split off.
 */
function rangeWordAfter(cmdline: string, from: number): { word: string; end: number } | undefined {
  const next = nextWord(cmdline, from)
  if (!next || !isDigit(next.word.charCodeAt(0))) return undefined
  const dash = next.word.indexOf('-')
  return !next.word.includes('=') && dash > 0 && next.word.indexOf(':', dash) > dash ? next : undefined
}

/** Common spelling mistakes, and ,cma tokens this kernel reads as a plain size. */
const fixSyntax: Strategy = function* ({ layout, layoutOk }) {
  const cmdline = layout.layout.cmdline
  const seen = new Set<string>()
  for (const t of crashkernelTokens(cmdline)) {
    const candidates: Array<{ value: string; what: string; why?: string }> = respell(t.value).map((v) => {
      const token = t.text.slice(0, t.text.length - t.value.length) + v
      return { value: replaceToken(cmdline, t.text, token), what: `"${token}" instead of "${t.text}"` }
    })
    // A space after the comma of a suffix ("crashkernel=256M, high"): the suffix is a word of
    // its own and the comma is left to the value. Joined, first: it is what was meant, where
    // dropping the comma would ask for a plain size and leave the word on the command line.
    const suffixWord = splitSuffixWord(cmdline, t)
    if (suffixWord) {
      const token = `${t.text}${suffixWord.word.toLowerCase()}`
      candidates.unshift({ value: replaceTokenAt(cmdline, { start: t.start, end: suffixWord.end }, token), what: `"${token}" instead of "${cmdline.slice(t.start, suffixWord.end)}"` })
    }
    const joined = t.value === '' ? sizeWordAfter(cmdline, t.end) : undefined
    if (joined) {
      const token = `${t.text}${joined.word}`
      candidates.push({ value: replaceTokenAt(cmdline, { start: t.start, end: joined.end }, token), what: `"${token}" instead of "${cmdline.slice(t.start, joined.end)}"` })
    }
    // A range list a space split ("1G-4G:256M, 4G-:512M"): the entries after it are a word
    // of their own, which parse_crashkernel_mem() never sees. Joined with one ',', every such
    // word in a row ("1G-2G:128M, 2G-8G:256M, 8G-:512M" is split twice).
    let entries = t.range ? rangeWordAfter(cmdline, t.end) : undefined
    if (entries) {
      let token = t.text
      let end = t.end
      for (; entries; entries = rangeWordAfter(cmdline, end)) {
        token = `${trimTrailingCommas(token)},${entries.word}`
        end = entries.end
      }
      candidates.push({ value: replaceTokenAt(cmdline, { start: t.start, end }, token), what: `"${token}" instead of "${cmdline.slice(t.start, end)}"` })
    }
    // A range list with a suffix ("1G-64G:256M,64G-:1G,high"): the suffix parse
    // (parse_crashkernel_suffix(), kernel/crash_reserve.c@v6.12.117:189-211, kernel/crash_core.c
    // in 5.10) reads one size and then wants the suffix, so the first '-' is an unrecognized
    // char and the token is rejected, and the plain parse passes over a token with a suffix.
    // Without the suffix the kernel picks the entry by RAM.
    if (t.range && t.suffix !== null) {
      const token = t.text.slice(0, t.text.length - t.suffix.length)
      const why = `: a range list takes no ${t.suffix} suffix (the kernel reads one only after a plain size), and without it the kernel picks the entry for the board's RAM`
      candidates.push({ value: replaceToken(cmdline, t.text, token), what: `"${token}" instead of "${t.text}"`, why })
    }
    // Removing the only crashkernel= would pass check by asking for no crash kernel at all.
    const without = withoutToken(cmdline, t.text)
    // A lone ",cma" token on a kernel that rejects the suffix (before x86_64 6.17, arm64 and
    // riscv64 7.3: parse_crashkernel_suffix() knows ,high and ,low only, so the parse stops at
    // the ',' and nothing is reserved): the size alone is a plain reservation there.
    if (t.suffix === ',cma' && !t.range && crashkernelTokens(without).length === 0) {
      const token = t.text.slice(0, t.text.length - t.suffix.length)
      candidates.push({ value: replaceToken(cmdline, t.text, token), what: `"${token}" instead of "${t.text}"`, why: ': this kernel has no ,cma suffix, and the size alone reserves the crash kernel as one region' })
    }
    if (t.value.includes(',cma') && crashkernelTokens(without).length > 0) {
      // get_last_crashkernel() (kernel/crash_reserve.c v6.12.117) reads the last token that
      // ends in no suffix this kernel knows, so a ,cma token written before the plain one is
      // passed over here and still read by a kernel with ,cma (reserve_crashkernel_cma(),
      // v7.2.13): moving it keeps the CMA part that removing it would drop for those kernels.
      // Only where some kernel of the architecture reads ,cma (x86_64 6.17+, arm64 and riscv64
      // 7.3+; the policies say from which release): elsewhere removing it is the fix.
      const plain = crashkernelTokens(without).filter((x) => x.suffix === null)
      const last = plain[plain.length - 1]
      if (last && archReadsCma(layout.layout.arch)) candidates.push({ value: replaceTokenAt(without, last, `${t.text} ${last.text}`), what: `move:${last.text}` })
      candidates.push({ value: without, what: `remove` })
    }
    for (const c of candidates) {
      if (seen.has(c.value)) continue
      seen.add(c.value)
      if (!layoutOk(c.value)) continue
      if (c.what === 'remove') yield cmd(c.value, `Remove "${t.text}": this kernel has no crashkernel CMA`)
      else if (c.what.startsWith('move:')) {
        yield cmd(c.value, `Write "${t.text}" before "${c.what.slice(5)}": this kernel has no ,cma and reads the last crashkernel= without a suffix it knows; kernels with ,cma still read it`)
        // A working move is the fix: removal would also drop the CMA part where it is read.
        return
      } else yield cmd(c.value, `Write ${c.what}${c.why ?? ''}`)
    }
  }
}

/** Spell a misspelt `crashkernel=` (`crashkernal=256M`, `crashkernel = 256M`) as the kernel looks for it. */
const respellName: Strategy = function* ({ layout, layoutOk }) {
  const cmdline = layout.layout.cmdline
  for (const m of misspeltCrashkernel(cmdline)) {
    const token = `crashkernel=${m.value}`
    const value = replaceTokenAt(cmdline, m, token)
    if (layoutOk(value)) yield cmd(value, `Write "${token}" instead of "${m.text}"`)
  }
}

/**
 * Put back the crashkernel= tokens of a command line this one replaced (`fix.token`): the
 * author wrote them for this board, so they are the first value to try; verified like any.
 */
const restoreToken: Strategy = function* ({ layout, fix, layoutOk }) {
  if (fix.token === undefined) return
  // All of them as written; else one alone, for a kernel on which another has no effect
  // (a ,low next to a ,high that lands below the low limit on this board).
  const tokens = fix.token.split(' ')
  for (const some of [tokens, ...(tokens.length > 1 ? tokens.map((t) => [t]) : [])]) {
    const value = withCrashkernel(layout.layout.cmdline, some)
    if (layoutOk(value)) {
      // A layout reading its preset's or the defaults' line gets a command line of its own (the edit adds the board's).
      const own = layout.cmdlineOwner.layer === 'board' || layout.cmdlineOwner.layer === 'kernel'
      const has = `as the one it replaces has ${some.length < tokens.length ? 'among its crashkernel= tokens' : 'it'}`
      yield own ? cmd(value, `Add "${some.join(' ')}" to this command line, ${has}`) : { ...cmd(value, `Give the board a command line of its own: ${layout.cmdlineOwner.name} with "${some.join(' ')}" added, ${has}`), ownLine: true }
      return
    }
  }
}

/** Widen a range form so that some entry covers the board's RAM. */
const extendRange: Strategy = function* ({ layout, layoutOk }) {
  const cmdline = layout.layout.cmdline
  for (const t of crashkernelTokens(cmdline).filter((x) => x.range && x.suffix === null)) {
    const [ranges = '', offset] = t.value.split('@')
    const entries = ranges.split(',')
    const last = entries.length - 1
    const from0 = (e: string): string => e.replace(/^[^-]*-/, '0-')
    const open = openRangeEntry
    const lower = entries.map((e, i) => (i === 0 ? from0(e) : e))
    const upper = entries.map((e, i) => (i === last ? open(e) : e))
    const both = lower.map((e, i) => (i === last ? open(e) : e))
    const prefix = t.text.slice(0, t.text.length - t.value.length)
    for (const v of [lower, upper, both]) {
      const token = `${prefix}${v.join(',')}${offset !== undefined ? `@${offset}` : ''}`
      if (token === t.text) continue
      const value = replaceToken(cmdline, t.text, token)
      if (layoutOk(value)) {
        yield cmd(value, `Cover this board's RAM with the ranges: "${token}"`)
        return
      }
    }
  }
}

/**
 * The command line without the token `text`, and what was removed: a suffix a space split
 * off ("crashkernel=256M, cma") goes with its token, as left behind it would be a stray word.
 */
function withoutTokenAndSplitSuffix(cmdline: string, text: string): { value: string; what: string } {
  const t = crashkernelTokens(cmdline).find((x) => x.text === text)
  const suffix = t ? splitSuffixWord(cmdline, t) : undefined
  if (t && suffix) return { value: withoutTokensAt(cmdline, [{ start: t.start, end: suffix.end }]), what: cmdline.slice(t.start, suffix.end) }
  return { value: withoutToken(cmdline, text), what: text }
}

/** Remove the token the kernel ignores. */
const removeToken: Strategy = function* ({ layout, fix, layoutOk }) {
  if (fix.token === undefined) return
  const { value, what } = withoutTokenAndSplitSuffix(layout.layout.cmdline, fix.token)
  if (value !== layout.layout.cmdline && layoutOk(value)) yield cmd(value, `Remove "${what}": it has no effect on this kernel`)
}

/**
 * Remove the token the kernel rejects, where other crashkernel= tokens stay: a rejected plain
 * token stops the reservation ("crashkernel=256M, low crashkernel=512M,high" reserves nothing
 * on x86 6.12), and without it the kernel reads the others; a value no kernel knows written
 * after one it reads ("crashkernel=256M crashkernel=auto") hides that one, as the last plain
 * token is the one read. Never the only one: that would pass check by asking for no crash
 * kernel at all. After fixSyntax(): a respelling is what was meant where there is one.
 */
const removeRejected: Strategy = (ctx) =>
  removeWhereOthersStay(ctx, (what, earlier) => (earlier ? `Remove "${what}": the kernel then reads "${earlier}", written before it` : `Remove "${what}": this kernel rejects it, and reads the other crashkernel= without it`))

/**
 * Remove a token that asks for 0 bytes where other crashkernel= tokens stay: `crashkernel=0
 * crashkernel=512M,high` reserves nothing on 6.12 (the plain token is the one read), and the
 * size meant is the other token's, not a new one (addSize).
 */
const removeZero: Strategy = (ctx) =>
  removeWhereOthersStay(ctx, (what, earlier) => (earlier ? `Remove "${what}": it asks for 0 bytes; the kernel then reads "${earlier}", written before it` : `Remove "${what}": it asks for 0 bytes, and the kernel reads the other crashkernel= without it`))

/** The fix's token removed where other crashkernel= tokens stay, described by `says` (given the plain token then read, if one was written before it). */
function* removeWhereOthersStay({ layout, fix, layoutOk }: Parameters<Strategy>[0], says: (what: string, earlier: string | undefined) => string): ReturnType<Strategy> {
  if (fix.token === undefined) return
  const cmdline = layout.layout.cmdline
  const { value, what } = withoutTokenAndSplitSuffix(cmdline, fix.token)
  const left = crashkernelTokens(value)
  if (value === cmdline || left.length === 0 || !layoutOk(value)) return
  const removed = crashkernelTokens(cmdline).find((x) => x.text === fix.token)
  const earlier = removed?.suffix === null ? left.filter((x) => x.suffix === null && x.start < removed.start).at(-1) : undefined
  yield cmd(value, says(what, earlier?.text))
}

/** `major.minor` as a comparable number. */
const seriesKey = (v: string): number => {
  const [a = '0', b = '0'] = v.split('.')
  return Number(a) * 1000 + Number(b)
}

/** The checked kernel series for an arch (the Debian builds the oracle booted), ascending. */
export function checkedSeries(arch: string): string[] {
  return Object.values(KERNEL_PROFILES)
    .filter((p) => p.arch === arch)
    .map((p) => p.series)
    .sort((a, b) => seriesKey(a) - seriesKey(b))
}

/** The kernel entry `written` (as the matrix spells it) replaced by `series`: the text names both, as a board's rows of several kernels repeat it. */
const kernelChange = (series: string, written: string, fix: FixRequest): Change => ({
  target: 'kernel',
  value: series,
  description: `Use kernel ${series} instead of ${written}${fix.kernelNote ? ` (${fix.kernelNote})` : ''}`,
  ...(fix.kernelStill && { still: fix.kernelStill }),
})

/** The nearest newer checked kernel. */
const newerKernel: Strategy = function* ({ sim, fix, layout }) {
  const now = seriesKey(sim.kernel)
  for (const s of checkedSeries(sim.arch)) if (seriesKey(s) > now) yield kernelChange(s, layout.kernelSpec, fix)
}

/** The nearest checked kernel, older ones first. */
const otherKernel: Strategy = function* ({ sim, fix, layout }) {
  const now = seriesKey(sim.kernel)
  const all = checkedSeries(sim.arch)
  for (const s of [...all.filter((x) => seriesKey(x) < now).reverse(), ...all.filter((x) => seriesKey(x) > now)]) yield kernelChange(s, layout.kernelSpec, fix)
}

export const STRATEGIES: Readonly<Record<FixStrategyId, Strategy>> = {
  highLowPair,
  addLow,
  smallerLow,
  smallerSize,
  explicitHigh,
  smallerCma,
  offsetInReach,
  autoPlacement,
  plainSize,
  addSize,
  addHigh,
  tokensFirst,
  fixSyntax,
  respellName,
  restoreToken,
  extendRange,
  removeToken,
  removeRejected,
  removeZero,
  newerKernel,
  otherKernel,
}
