// SPDX-License-Identifier: GPL-2.0-only
/**
 * The crash-kernel reservation itself, one named variant per kernel generation. A policy
 * picks the variant and supplies the constants (CRASH_ALIGN, CRASH_ADDR_LOW_MAX,
 * CRASH_ADDR_HIGH_MAX, DEFAULT_CRASH_KERNEL_LOW_SIZE); the variants keep the kernel's
 * branch order so that they read line for line against the C.
 *
 * Each variant returns the outcome and what the parser understood; the messages go to the
 * trace with the kernel's exact wording.
 */
import {
  memblockFindInRangeNode,
  memblockIsRegionMemory,
  memblockIsRegionReserved,
  memblockPhysAllocRange,
  memblockPhysFree,
  memblockPhysMemSize,
  memblockReserve,
  memblockStartOfDram,
  freeMemRanges,
  type Memblock,
} from '../memblock/memblock.js'
import { fmtHex, fmtLld, fmtPhys, min, roundUp, SZ_1M, SZ_2M, SZ_4G, u64 } from '../phys.js'
import { isKdumpKernel } from '../params.js'
import type { Trace } from '../trace.js'
import type { CrashkernelCma, CrashkernelOutcome, CrashRegion, PhysAddr, PhysRange, PhysSize, ParsedCrashkernelRequest } from '../types.js'
import { EINVAL, ENOENT, parseCrashkernelClass, parseCrashkernelGeneric, type ParseDialect } from './parse.js'

export interface CrashReserveContext {
  mb: Memblock
  trace: Trace
  /** boot_command_line. */
  cmdline: string
  dialect: ParseDialect
  pageSize: PhysSize
  /** CRASH_ADDR_LOW_MAX in force when the reservation runs. */
  lowMax: PhysAddr
  /** CRASH_ADDR_HIGH_MAX. */
  highMax: PhysAddr
  /** CRASH_ALIGN. */
  align: PhysSize
  /** The alignment asked of a fixed `@offset` base (KernelPolicy crash.fixedAlign, else CRASH_ALIGN). */
  fixedAlign: PhysSize
  /** DEFAULT_CRASH_KERNEL_LOW_SIZE (0 where the generation has none). */
  defaultLow: PhysSize
  /** Whether the arch's generic parse passes `high` (supports ,high/,low). */
  supportsHigh: boolean
  /** 7.x x86 passes cma_size to parse_crashkernel. */
  parseCma: boolean
}

export interface CrashReserveResult {
  outcome: CrashkernelOutcome
  request: ParsedCrashkernelRequest
  /** The `,cma` areas, where the arch reserves them next (reserve-cma.ts). */
  cma?: CrashkernelCma
}

export type ReserveCrashkernel = (ctx: CrashReserveContext) => CrashReserveResult

/**
 * Engine helper (no kernel counterpart): the alignment a fixed `@offset` base must have, the
 * policy's `crash.fixedAlign` (x86 ≤6.6: 1 MiB) or else CRASH_ALIGN. Read by the reservation
 * and, through crashkernelFixedAlign(), by the rules that name a misaligned base.
 */
export function fixedAlignOf(crash: { align: PhysSize; fixedAlign?: PhysSize }): PhysSize {
  return crash.fixedAlign ?? crash.align
}

/**
 * Engine helper (no kernel counterpart): a `no-room` failure gets the largest free range
 * inside the windows it searched, from memblock as the failed search left it (the kernel
 * prints only the size it could not find). Read by CK001, which says how far off the request
 * was: later early allocations (memmap, page tables) fill the final memory map further, so
 * the free space at the time of the search cannot be read from the result's `reserved`.
 * Every architecture calls it right after its policy's reservation variant (reserveCrashkernelOf()).
 */
function noteLargestFree(mb: Memblock, r: CrashReserveResult): CrashReserveResult {
  const o = r.outcome
  if (o.kind !== 'failed' || o.reason !== 'no-room') return r
  let best: PhysRange | undefined
  for (const [lo, hi] of freeMemRanges(mb)) {
    for (const w of o.searched) {
      const a = lo > w.base ? lo : w.base
      const b = hi < w.base + w.size ? hi : w.base + w.size
      // The larger wins; of two the same size, the higher, which a top-down search meets first.
      if (b > a && (best === undefined || b - a > best.size || (b - a === best.size && a > best.base))) best = { base: a, size: b - a }
    }
  }
  return best === undefined ? r : { ...r, outcome: { ...o, largestFree: best } }
}

/**
 * Engine helper (no kernel counterpart): what each architecture's setup does at its
 * arch_reserve_crashkernel() point: the policy's reservation variant on the context below,
 * then noteLargestFree() on its outcome.
 */
export function reserveCrashkernelOf(
  mb: Memblock,
  trace: Trace,
  layout: { cmdline: string; pageSize: PhysSize },
  policy: Parameters<typeof crashReserveContext>[3] & { crash: { reserve: ReserveCrashkernel } },
  lowMax: PhysAddr,
  highMax: PhysAddr,
  defaultLow?: PhysSize,
): CrashReserveResult {
  return noteLargestFree(mb, policy.crash.reserve(crashReserveContext(mb, trace, layout, policy, lowMax, highMax, defaultLow)))
}

/**
 * Engine helper (no kernel counterpart): assembles the context the reservation variants take.
 * The context every architecture hands to its policy's reservation variant: the policy's
 * constants and parse dialect, the layout's command line and page size, and the limits the
 * architecture computed (CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX), and the default low size
 * when the architecture computes it from the command line (x86: from `swiotlb=`).
 */
export function crashReserveContext(
  mb: Memblock,
  trace: Trace,
  layout: { cmdline: string; pageSize: PhysSize },
  policy: { parse: ParseDialect; crash: { align: PhysSize; fixedAlign?: PhysSize; defaultLow: PhysSize; supportsHigh: boolean; parseCma: boolean } },
  lowMax: PhysAddr,
  highMax: PhysAddr,
  defaultLow: PhysSize = policy.crash.defaultLow,
): CrashReserveContext {
  return {
    mb,
    trace,
    cmdline: layout.cmdline,
    dialect: policy.parse,
    pageSize: layout.pageSize,
    lowMax,
    highMax,
    align: policy.crash.align,
    fixedAlign: fixedAlignOf(policy.crash),
    defaultLow,
    supportsHigh: policy.crash.supportsHigh,
    parseCma: policy.crash.parseCma,
  }
}

const SRC = 'crashkernel'
/** `size >> 20`: sizes are not negative, so the division is that shift (and compiled; phys.ts pow2()). */
const mb20 = (x: bigint): string => fmtLld(x / SZ_1M)
const PAGE_ALIGN = (x: bigint, page: bigint): bigint => roundUp(x, page)

/** The common "crashkernel reserved:" line (arm64 ≥5.10, generic 6.7+). */
function printReserved(trace: Trace, base: PhysAddr, size: PhysSize): void {
  trace.info(SRC, `crashkernel reserved: ${fmtPhys(base)} - ${fmtPhys(base + size)} (${mb20(size)} MB)`)
}

/** What the plain parse result means when it makes the kernel return early. */
function ignoredReason(ret: number, size: bigint, present: boolean): CrashkernelOutcome {
  if (!present) return { kind: 'not-requested' }
  if (ret === 0 && size === 0n) return { kind: 'ignored', reason: 'zero' }
  return { kind: 'ignored', reason: 'syntax' }
}

const region = (kind: 'main' | 'low', base: PhysAddr, size: PhysSize): CrashRegion => ({ kind, base, size })

/**
 * A main region found whose low part was not, both freed: the windows searched are the main
 * region's, in order, then the low part's, [0, CRASH_ADDR_LOW_MAX), which every generation's
 * low reservation searches (reserveCrashkernelLow(), reserveCrashkernelLowX86()).
 */
const lowFailed = (ctx: CrashReserveContext, size: PhysSize, mainWindows: PhysRange[]): CrashkernelOutcome => ({
  kind: 'failed',
  size,
  reason: 'low-failed',
  searched: [...mainWindows, { base: 0n, size: ctx.lowMax }],
})

/**
 * Engine helper (no kernel counterpart): a quick test for any crashkernel= token.
 * Is any `crashkernel=` token on the command line at all?
 */
export const crashkernelPresent = (cmdline: string): boolean => cmdline.includes('crashkernel=')

type FixedRefusal = 'fixed-not-memory' | 'fixed-overlaps' | 'fixed-misaligned'

/**
 * The hand checks of a fixed `crashkernel=X@Y` in arm64 5.10 – 5.14 and in riscv's first
 * reserve_crashkernel() (5.13 – 5.14, which copied them with its own words), in the kernel's
 * order: [Y, Y + X) inside one memory region, overlapping no reservation, Y aligned to
 * `align`. Returns the failed outcome after the refusal's warning, or undefined when the
 * range is to be reserved as it is.
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v5.10.223); arch/riscv/mm/init.c reserve_crashkernel (e53d28180d4d)
 */
function refuseFixedBase(ctx: CrashReserveContext, base: PhysAddr, size: PhysSize, align: PhysSize, lines: Readonly<Record<FixedRefusal, string>>): CrashkernelOutcome | undefined {
  const reason: FixedRefusal | undefined = !memblockIsRegionMemory(ctx.mb, base, size)
    ? 'fixed-not-memory'
    : memblockIsRegionReserved(ctx.mb, base, size)
      ? 'fixed-overlaps'
      : base % align !== 0n
        ? 'fixed-misaligned'
        : undefined
  if (reason === undefined) return undefined
  ctx.trace.warn(SRC, lines[reason])
  return { kind: 'failed', size, reason, searched: [{ base, size }] }
}

/** arm64 5.10's refusals of a fixed base. */
const ARM64_FIXED_REFUSALS: Readonly<Record<FixedRefusal, string>> = {
  'fixed-not-memory': 'cannot reserve crashkernel: region is not memory',
  'fixed-overlaps': 'cannot reserve crashkernel: region overlaps reserved memory',
  'fixed-misaligned': 'cannot reserve crashkernel: base address is not 2MB aligned',
}

/** riscv 5.13 – 5.14's refusals of a fixed base. */
const RISCV_FIXED_REFUSALS: Readonly<Record<FixedRefusal, string>> = {
  'fixed-not-memory': 'crashkernel: requested region is not memory',
  'fixed-overlaps': 'crashkernel: requested region is reserved',
  'fixed-misaligned': 'crashkernel: requested region is misaligned',
}

/**
 * arm64 5.10 … 5.14 (Debian 5.10.223): plain `crashkernel=X[@Y]` only, top-down below
 * arm64_dma_phys_limit; a fixed base is checked (memory, not reserved, 2 MiB aligned) and
 * reserved as is. `,high`/`,low` tokens are a different class and are silently ignored.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v5.10.223)
 */
export const reserveCrashkernelArm64V510: ReserveCrashkernel = (ctx) => {
  const { mb, trace } = ctx
  const parsed = parsePlainOnly(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request } = parsed
  let base = parsed.base
  if (base === 0n) {
    // Current arm64 boot protocol requires 2MB alignment.
    base = memblockFindInRangeNode(mb, size, SZ_2M, 0n, ctx.lowMax)
    if (base === 0n) {
      trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`)
      return { outcome: { kind: 'failed', size, reason: 'no-room', searched: [{ base: 0n, size: ctx.lowMax }] }, request }
    }
  } else {
    const refused = refuseFixedBase(ctx, base, size, SZ_2M, ARM64_FIXED_REFUSALS)
    if (refused) return { outcome: refused, request }
  }
  memblockReserve(mb, base, size, 'crashkernel')
  printReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack: false, high: false, fixed: parsed.base !== 0n }, request }
}

/**
 * arm64 5.15 – 5.18: as reserveCrashkernelArm64V510(), but one memblock_phys_alloc_range()
 * replaced memblock_find_in_range() and the fixed-base checks ("memblock: make
 * memblock_find_in_range method private", a7259df76702, 5.15, which made the same change to
 * riscv's reserve_crashkernel(): reserveCrashkernelRiscvV515()). A fixed X@Y is a search of
 * [Y, Y + X): it fails, with the one "cannot allocate" line, where 5.10 named the check, and
 * also in NOMAP memory, which the search skips and 5.10's checks took (protection.ts).
 * Plain X lands where 5.10's find-then-reserve put it (the same top-down search).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (a7259df76702; as 5.19's before 944a45abfabc
 *         added ,high: reserveCrashkernelArm64V519())
 */
export const reserveCrashkernelArm64V515: ReserveCrashkernel = (ctx) => {
  const { mb, trace } = ctx
  const parsed = parsePlainOnly(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request } = parsed
  const fixed = parsed.base !== 0n
  // User specifies base address explicitly: the window is the range itself.
  const crashMax = fixed ? parsed.base + size : ctx.lowMax
  const searched = [{ base: parsed.base, size: crashMax - parsed.base }]
  // Current arm64 boot protocol requires 2MB alignment.
  const base = memblockPhysAllocRange(mb, size, SZ_2M, parsed.base, crashMax, 'crashkernel')
  if (!base) {
    trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`)
    return { outcome: { kind: 'failed', size, reason: fixed ? 'fixed-in-use' : 'no-room', searched }, request }
  }
  printReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack: false, high: false, fixed }, request }
}

/**
 * The parse step of the generations that read plain `crashkernel=X[@Y]` only (arm64 5.10 –
 * 5.18, riscv64 5.13 – 6.5): parse_crashkernel() against System RAM, then the kernel's
 * `if (ret || !crash_size) return`, then PAGE_ALIGN(crash_size). Returns the result to stop
 * with, or the aligned size, the base (0: none given) and the request the result records.
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v5.10.223); arch/riscv/mm/init.c reserve_crashkernel (v6.1.192)
 */
function parsePlainOnly(ctx: CrashReserveContext): { stop: CrashReserveResult } | { size: PhysSize; base: PhysAddr; request: ParsedCrashkernelRequest } {
  const present = crashkernelPresent(ctx.cmdline)
  const p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(ctx.mb), null, ctx.dialect, ctx.trace)
  const request = { present, size: p.size, base: p.base }
  // No crashkernel= or an invalid value: silent.
  if (p.ret || !p.size) return { stop: { outcome: plainOnlyIgnored(ctx, p.ret, p.size, present), request } }
  return { size: PAGE_ALIGN(p.size, ctx.pageSize), base: p.base, request }
}

/**
 * Engine helper (no kernel counterpart): why a generation that reads plain crashkernel= only
 * (arm64 up to 5.18, riscv64 up to 6.5) reserves nothing when the plain parse gave no size.
 * get_last_crashkernel() passes over suffixed tokens when it looks for a plain one, so a
 * command line whose every crashkernel= token carries a suffix gives the plain parse none
 * (-EINVAL in 5.10's __parse_crashkernel(), kernel/crash_core.c@v5.10.223:245; -ENOENT in 6.1's,
 * @v6.1.192:255): the request is ignored, silently, as 'unsupported-suffix'.
 */
function plainOnlyIgnored(ctx: CrashReserveContext, ret: number, size: PhysSize, present: boolean): CrashkernelOutcome {
  return present && ret !== 0 && getsOnlySuffixTokens(ctx) ? { kind: 'ignored', reason: 'unsupported-suffix' } : ignoredReason(ret, size, present)
}

/**
 * True when every crashkernel= token carries a suffix the plain parser skips (",high"/",low"),
 * or one of `only` when given (`[',low', ',cma']`: no ,high token either).
 */
function getsOnlySuffixTokens(ctx: CrashReserveContext, only?: readonly string[]): boolean {
  // Each space-separated word holding "crashkernel=" must end with a suffix (and there must
  // be one such word); the words are found in place rather than by splitting the line.
  const line = ctx.cmdline
  const suffixes = only ?? ctx.dialect.suffixes
  let any = false
  for (let p = line.indexOf('crashkernel='); p !== -1; p = line.indexOf('crashkernel=', p + 1)) {
    any = true
    const wordStart = line.lastIndexOf(' ', p) + 1
    let wordEnd = line.indexOf(' ', p)
    if (wordEnd === -1) wordEnd = line.length
    let suffixed = false
    for (let i = 0; i < suffixes.length && !suffixed; i++) {
      const sfx = suffixes[i]!
      suffixed = wordEnd - sfx.length >= wordStart && line.startsWith(sfx, wordEnd - sfx.length)
    }
    if (!suffixed) return false
  }
  return any
}

/**
 * reserve_crashkernel_low() of arm64 5.19–6.6, of riscv 6.6 and of the generic code (6.7+):
 * the low part, top-down in [0, CRASH_ADDR_LOW_MAX). The line prints its addresses with
 * `0x%08llx` (arm64, generic) or `0x%016llx` (riscv 6.6): `width` digits.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel_low (v6.1); kernel/crash_reserve.c reserve_crashkernel_low (v6.12);
 *         arch/riscv/mm/init.c reserve_crashkernel_low (v6.6)
 */
function reserveCrashkernelLow(ctx: CrashReserveContext, lowSize: PhysSize, width = 8): CrashRegion | undefined {
  const lowBase = memblockPhysAllocRange(ctx.mb, lowSize, ctx.align, 0n, ctx.lowMax, 'crashkernel low')
  if (!lowBase) {
    ctx.trace.err(SRC, `cannot allocate crashkernel low memory (size:${fmtHex(lowSize)}).`)
    return undefined
  }
  ctx.trace.info(SRC, `crashkernel low memory reserved: ${fmtHex(lowBase, width)} - ${fmtHex(lowBase + lowSize, width)} (${mb20(lowSize)} MB)`)
  return region('low', lowBase, lowSize)
}

/**
 * arm64 5.19 – 6.1: `,high`/`,low` understood (only when no plain token exists), no default
 * low size, no fallback; a fixed base is a search in [base, base + size).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.1.192)
 */
export const reserveCrashkernelArm64V519: ReserveCrashkernel = (ctx) => {
  const { mb, trace } = ctx
  const present = crashkernelPresent(ctx.cmdline)
  let p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(mb), null, ctx.dialect, trace)
  let crashMax = ctx.lowMax
  let lowSize = 0n
  let high = false
  if (p.ret === ENOENT) {
    p = parseCrashkernelClass(ctx.cmdline, 0n, ',high', ctx.dialect, trace)
    // Neither a plain nor a ,high token: what is there is ,low alone, which this kernel
    // returns on without a word.
    if (p.ret || !p.size) return { outcome: p.ret === ENOENT ? (present ? { kind: 'ignored', reason: 'low-only' } : { kind: 'not-requested' }) : ignoredReason(p.ret, p.size, present), request: { present } }
    const l = parseCrashkernelClass(ctx.cmdline, 0n, ',low', ctx.dialect, trace)
    if (l.ret && l.ret !== ENOENT) return { outcome: { kind: 'ignored', reason: 'syntax' }, request: { present, high: p.size } }
    lowSize = l.ret ? 0n : l.size
    crashMax = ctx.highMax
    high = true
  } else if (p.ret || !p.size) {
    return { outcome: ignoredReason(p.ret, p.size, present), request: { present, size: p.size } }
  }
  const request = high ? { present, high: p.size, low: lowSize } : { present, size: p.size, base: p.base }
  const size = PAGE_ALIGN(p.size, ctx.pageSize)
  const fixed = p.base !== 0n
  if (fixed) crashMax = p.base + size
  // One search, [crash_base, crash_max): no fallback in this generation.
  const searched = [{ base: p.base, size: crashMax - p.base }]
  const base = memblockPhysAllocRange(mb, size, ctx.align, p.base, crashMax, 'crashkernel')
  if (!base) {
    trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`)
    return { outcome: { kind: 'failed', size, reason: fixed ? 'fixed-in-use' : 'no-room', searched }, request }
  }
  let low: CrashRegion | undefined
  if (base >= ctx.lowMax && lowSize) {
    low = reserveCrashkernelLow(ctx, lowSize)
    if (!low) {
      memblockPhysFree(mb, base, size, 'crashkernel')
      return { outcome: lowFailed(ctx, size, searched), request }
    }
  }
  printReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack: false, high, fixed }, request }
}

/** Parse step shared by the arm64 6.2–6.6 variants and riscv 6.6 (as 5.19, but ,low defaults to 128 MiB). */
function parseArm64V62(ctx: CrashReserveContext):
  | { stop: CrashReserveResult }
  | { size: bigint; base: bigint; lowSize: bigint; high: boolean; request: ParsedCrashkernelRequest } {
  const present = crashkernelPresent(ctx.cmdline)
  let p = parseCrashkernelClass(ctx.cmdline, memblockPhysMemSize(ctx.mb), null, ctx.dialect, ctx.trace)
  let lowSize = 0n
  let high = false
  if (p.ret === ENOENT) {
    p = parseCrashkernelClass(ctx.cmdline, 0n, ',high', ctx.dialect, ctx.trace)
    if (p.ret || !p.size) return { stop: { outcome: p.ret === ENOENT ? (present ? { kind: 'ignored', reason: 'low-only' } : { kind: 'not-requested' }) : ignoredReason(p.ret, p.size, true), request: { present } } }
    const l = parseCrashkernelClass(ctx.cmdline, 0n, ',low', ctx.dialect, ctx.trace)
    if (l.ret === ENOENT) lowSize = ctx.defaultLow
    else if (l.ret) return { stop: { outcome: { kind: 'ignored', reason: 'syntax' }, request: { present, high: p.size } } }
    else lowSize = l.size
    high = true
  } else if (p.ret || !p.size) {
    return { stop: { outcome: ignoredReason(p.ret, p.size, present), request: { present, size: p.size } } }
  }
  const request = high ? { present, high: p.size, low: lowSize } : { present, size: p.size, base: p.base }
  return { size: PAGE_ALIGN(p.size, ctx.pageSize), base: p.base, lowSize, high, request }
}

/**
 * arm64 6.2 – 6.4: plain X tries [0, LOW) then [0, HIGH) with a default 128 MiB low part;
 * `,high` is one attempt in [0, HIGH); the low part is reserved when the main region starts
 * above LOW − low.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.2 a149cf00b158, a9ae89df7377)
 */
export const reserveCrashkernelArm64V62: ReserveCrashkernel = (ctx) => {
  const parsed = parseArm64V62(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request } = parsed
  let { lowSize } = parsed
  const fixed = parsed.base !== 0n
  let crashMax = parsed.high ? ctx.highMax : ctx.lowMax
  let searchBase = parsed.base
  if (fixed) crashMax = parsed.base + size
  const searched: PhysRange[] = []
  let fellBack = false
  let base: PhysAddr
  for (;;) {
    // retry:
    const window = { base: searchBase, size: crashMax - searchBase }
    if (searchedBefore(searched, window)) {
      // LOW == HIGH (no DMA zones): the kernel retries the same window forever.
      return { outcome: { kind: 'hang', cause: 'endless-retry', size, window }, request }
    }
    searched.push(window)
    base = memblockPhysAllocRange(ctx.mb, size, ctx.align, searchBase, crashMax, 'crashkernel')
    if (base) break
    if (!fixed && crashMax === ctx.lowMax) {
      crashMax = ctx.highMax
      searchBase = 0n
      lowSize = ctx.defaultLow
      fellBack = true
      continue
    }
    ctx.trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(size)})`)
    return { outcome: { kind: 'failed', size, reason: fixed ? 'fixed-in-use' : 'no-room', searched }, request }
  }
  let low: CrashRegion | undefined
  // CRASH_ADDR_LOW_MAX - crash_low_size is u64 (arm64_dma_phys_limit is a phys_addr_t,
  // crash_low_size an unsigned long long: arch/arm64/mm/init.c@v6.2:88, :96, :131): a ,low
  // larger than LOW wraps it to near 2^64, and then no main region is above it, so no low part.
  // The test is arch/arm64/mm/init.c@v6.2:192-193 (a9ae89df7377); v6.5 tests
  // crash_base >= CRASH_ADDR_LOW_MAX instead (reserveCrashkernelArm64V65).
  if (base > u64(ctx.lowMax - lowSize) && lowSize) {
    low = reserveCrashkernelLow(ctx, lowSize)
    if (!low) {
      memblockPhysFree(ctx.mb, base, size, 'crashkernel')
      return { outcome: lowFailed(ctx, size, searched), request }
    }
  }
  printReserved(ctx.trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack, high: parsed.high, fixed }, request }
}

/** CRASH_HIGH_SEARCH_BASE of arm64 6.5–6.6. */
const CRASH_HIGH_SEARCH_BASE = 1n << 32n

/**
 * arm64 6.5 – 6.6: `,high` first in [4G, HIGH) then [0, LOW); plain X [0, LOW) then
 * [LOW, HIGH); fixed bases fail with "memory is in use".
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.5 6c4dcaddbd36)
 */
export const reserveCrashkernelArm64V65: ReserveCrashkernel = (ctx) => {
  const parsed = parseArm64V62(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request, high } = parsed
  let { lowSize } = parsed
  const fixed = parsed.base !== 0n
  let searchBase = 0n
  let crashMax = ctx.lowMax
  if (high) {
    searchBase = CRASH_HIGH_SEARCH_BASE
    crashMax = ctx.highMax
  }
  if (fixed) {
    searchBase = parsed.base
    crashMax = parsed.base + size
  }
  return retryLoop(ctx, { size, fixed, high, searchBase, searchEnd: crashMax, lowSize, request, guardLowEqualsHigh: false })
}

/** Was `window` searched already (a `goto retry` that changes nothing)? */
function searchedBefore(searched: PhysRange[], window: PhysRange): boolean {
  for (let i = 0; i < searched.length; i++) {
    const w = searched[i]!
    if (w.base === window.base && w.size === window.size) return true
  }
  return false
}

interface RetryState {
  size: PhysSize
  fixed: boolean
  high: boolean
  searchBase: PhysAddr
  searchEnd: PhysAddr
  lowSize: PhysSize
  request: ParsedCrashkernelRequest
  /** 6.11+: the `,high` fallback is skipped when LOW == HIGH ("crash: fix … dead loop"). */
  guardLowEqualsHigh: boolean
}

/**
 * The retry loop shared by arm64 6.5–6.6 and the generic reserve_crashkernel_generic()
 * (6.7+). A retry that would search the same empty window again forever is reported as a
 * hang instead of being looped.
 */
function retryLoop(ctx: CrashReserveContext, s: RetryState): CrashReserveResult {
  const { mb, trace } = ctx
  let { searchBase, searchEnd, lowSize } = s
  const searched: PhysRange[] = []
  let fellBack = false
  let base: PhysAddr
  for (;;) {
    // retry:
    const window = { base: searchBase, size: searchEnd - searchBase }
    if (searchedBefore(searched, window)) {
      // The kernel would `goto retry` with an unchanged window: an endless loop at boot.
      return { outcome: { kind: 'hang', cause: 'endless-retry', size: s.size, window }, request: s.request }
    }
    searched.push(window)
    base = memblockPhysAllocRange(mb, s.size, ctx.align, searchBase, searchEnd, 'crashkernel')
    if (base) break
    if (s.fixed) {
      trace.warn(SRC, 'crashkernel reservation failed - memory is in use.')
      return { outcome: { kind: 'failed', size: s.size, reason: 'fixed-in-use', searched }, request: s.request }
    }
    if (!s.high && searchEnd === ctx.lowMax) {
      searchEnd = ctx.highMax
      searchBase = ctx.lowMax
      lowSize = ctx.defaultLow
      fellBack = true
      continue
    }
    if (s.high && searchEnd === ctx.highMax) {
      searchEnd = ctx.lowMax
      searchBase = 0n
      fellBack = true
      if (!s.guardLowEqualsHigh || searchEnd !== ctx.highMax) continue
    }
    trace.warn(SRC, `cannot allocate crashkernel (size:${fmtHex(s.size)})`)
    return { outcome: { kind: 'failed', size: s.size, reason: 'no-room', searched }, request: s.request }
  }
  let low: CrashRegion | undefined
  if (base >= ctx.lowMax && lowSize) {
    low = reserveCrashkernelLow(ctx, lowSize)
    if (!low) {
      memblockPhysFree(mb, base, s.size, 'crashkernel')
      return { outcome: lowFailed(ctx, s.size, searched), request: s.request }
    }
  }
  printReserved(trace, base, s.size)
  return { outcome: { kind: 'reserved', main: region('main', base, s.size), low, fellBack, high: s.high, fixed: s.fixed }, request: s.request }
}

/**
 * Generic reservation (6.7+): parse_crashkernel() + reserve_crashkernel_generic(). arm64,
 * x86, riscv and loongarch call it through arch_reserve_crashkernel() with their constants.
 *
 * @kernel kernel/crash_core.c parse_crashkernel, reserve_crashkernel_generic (v6.8);
 *         kernel/crash_reserve.c parse_crashkernel, reserve_crashkernel_generic (v6.11, v6.14,
 *         v6.17, v7.0, v6.12.117, v7.2.13)
 */
function reserveCrashkernelGenericWith(guard: boolean): ReserveCrashkernel {
  return (ctx) => {
    const present = crashkernelPresent(ctx.cmdline)
    const systemRam = memblockPhysMemSize(ctx.mb)
    const p = parseCrashkernelGeneric(
      ctx.cmdline,
      systemRam,
      { supportsHigh: ctx.supportsHigh, defaultLow: ctx.defaultLow, parseCma: ctx.parseCma },
      ctx.dialect,
      ctx.trace,
    )
    const request: ParsedCrashkernelRequest = p.high ? { present, high: p.size, low: p.lowSize } : { present, size: p.size, base: p.base }
    if (p.cmaSize) request.cma = p.cmaSize
    if (p.ret) {
      // A size of 0 that parsed is "zero" as in the arch parsers, though the generic
      // parse_crashkernel() returns -EINVAL for it (`if (!*crash_size)`).
      let outcome: CrashkernelOutcome = ignoredReason(p.parsedRet === 0 ? 0 : p.ret, p.size, present)
      // A size at least System RAM is the reason only when the tokens parsed; a malformed one
      // ("8Gx") keeps what memparse() read, but its syntax is what failed first.
      if (present && p.parsedRet === 0 && p.size !== 0n && p.size >= systemRam) outcome = { kind: 'ignored', reason: 'size-exceeds-ram' }
      else if (present && p.ret === ENOENT) outcome = { kind: 'ignored', reason: 'low-only' }
      else if (present && p.ret === EINVAL && p.parsedRet !== 0 && p.size === 0n && !p.high) {
        outcome = getsOnlySuffixTokens(ctx) ? { kind: 'ignored', reason: 'low-only' } : outcome
      }
      return { outcome, request }
    }
    let searchEnd = ctx.lowMax
    let searchBase = 0n
    const fixed = p.base !== 0n
    if (fixed) {
      searchBase = p.base
      searchEnd = p.base + p.size
    } else if (p.high) {
      searchBase = ctx.lowMax
      searchEnd = ctx.highMax
    }
    return retryLoop(ctx, { size: p.size, fixed, high: p.high, searchBase, searchEnd, lowSize: p.lowSize, request, guardLowEqualsHigh: guard })
  }
}

/**
 * 6.7 – 6.10: no LOW == HIGH guard on the `,high` fallback (kernel/crash_core.c@v6.8:431-435).
 * @kernel kernel/crash_core.c reserve_crashkernel_generic (v6.8)
 */
export const reserveCrashkernelGenericV67 = reserveCrashkernelGenericWith(false)
/**
 * 6.11+: "crash: Fix x86_32 crash memory reserve dead loop" guards the `,high` fallback
 * (kernel/crash_reserve.c@v6.11:423-427; not in v6.8, 6.9 and 6.10 not at hand: taken as 6.11).
 * @kernel kernel/crash_reserve.c reserve_crashkernel_generic (v6.11, v6.12.117, v7.2.13)
 */
export const reserveCrashkernelGeneric = reserveCrashkernelGenericWith(true)

/**
 * x86_64 ≤ 6.6 (5.10, 6.1): plain first, then `,high` when plain is absent, malformed or
 * zero; [CRASH_ALIGN, 4G) then [CRASH_ALIGN, 64T); fixed bases need 1 MiB alignment; a
 * region at or above 4G gets a low part (`,low` or max(swiotlb + 8M, 256M)).
 *
 * @kernel arch/x86/kernel/setup.c reserve_crashkernel, reserve_crashkernel_low (v5.10.223, v6.1.192)
 */
export const reserveCrashkernelX86V510: ReserveCrashkernel = (ctx) => {
  const { mb, trace } = ctx
  const present = crashkernelPresent(ctx.cmdline)
  const totalMem = memblockPhysMemSize(mb)
  let p = parseCrashkernelClass(ctx.cmdline, totalMem, null, ctx.dialect, trace)
  let high = false
  if (p.ret !== 0 || p.size <= 0n) {
    // A command line whose every crashkernel= word ends in a suffix gives the plain parse
    // no token: __parse_crashkernel()'s not-found value, -EINVAL on 5.10, -ENOENT from 5.19
    // (kernel/crash_core.c@v6.1.192:256). Then a `,low` alone reserves nothing, silently.
    const plain = p
    p = parseCrashkernelClass(ctx.cmdline, totalMem, ',high', ctx.dialect, trace)
    if (p.ret !== 0 || p.size <= 0n) {
      // ',low' (or ',cma') alone when no token is plain or ,high: a ,high token that did not
      // parse is a syntax error (5.10's -EINVAL does not tell it from none), 0,high a zero.
      const onlyLow = plain.ret === ctx.dialect.notFound && getsOnlySuffixTokens(ctx, ctx.dialect.suffixes.filter((x) => x !== ',high'))
      const zero = (plain.ret === 0 && plain.size === 0n) || (!onlyLow && p.ret === 0 && p.size === 0n)
      const outcome = !present ? { kind: 'not-requested' as const } : zero ? { kind: 'ignored' as const, reason: 'zero' as const } : { kind: 'ignored' as const, reason: onlyLow ? ('low-only' as const) : ('syntax' as const) }
      return { outcome, request: { present, size: plain.size } }
    }
    high = true
  }
  const request = high ? { present, high: p.size } : { present, size: p.size, base: p.base }
  const size = p.size
  let base = p.base
  const fixed = base !== 0n
  const searched: PhysRange[] = []
  let fellBack = false
  if (!fixed) {
    if (!high) {
      searched.push({ base: ctx.align, size: ctx.lowMax - ctx.align })
      base = memblockPhysAllocRange(mb, size, ctx.align, ctx.align, ctx.lowMax, 'crashkernel')
    }
    if (!base) {
      fellBack = !high
      searched.push({ base: ctx.align, size: ctx.highMax - ctx.align })
      base = memblockPhysAllocRange(mb, size, ctx.align, ctx.align, ctx.highMax, 'crashkernel')
    }
    if (!base) {
      trace.info(SRC, 'crashkernel reservation failed - No suitable area found.')
      return { outcome: { kind: 'failed', size, reason: 'no-room', searched }, request }
    }
  } else {
    searched.push({ base, size })
    const start = memblockPhysAllocRange(mb, size, ctx.fixedAlign, base, base + size, 'crashkernel')
    if (start !== base) {
      // The kernel tests start != base; in a window exactly `size` long the search can only
      // return its start or 0 (an unaligned base finds nothing), so this is a failure.
      trace.info(SRC, 'crashkernel reservation failed - memory is in use.')
      return { outcome: { kind: 'failed', size, reason: 'fixed-in-use', searched }, request }
    }
  }
  let low: CrashRegion | undefined
  if (base >= SZ_4G) {
    const r = reserveCrashkernelLowX86(ctx)
    if (r === false) {
      memblockPhysFree(mb, base, size, 'crashkernel')
      return { outcome: lowFailed(ctx, size, searched), request }
    }
    low = r
  }
  trace.info(SRC, `Reserving ${mb20(size)}MB of memory at ${mb20(base)}MB for crashkernel (System RAM: ${mb20(totalMem)}MB)`)
  // The request as above plus the low size (key present even when undefined), built
  // directly rather than by spreading `request`, which is a slow generic copy.
  const lowSize = low?.size
  const withLow = high ? { present, high: p.size, low: lowSize } : { present, size: p.size, base: p.base, low: lowSize }
  return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack, high, fixed }, request: withLow }
}

/**
 * x86 ≤ 6.6 reserve_crashkernel_low(): `,low` parsed against min(RAM, 4G); absent or
 * malformed → max(swiotlb + 8 MiB, 256 MiB); `crashkernel=0,low` → no low part.
 * Returns false on failure, undefined when no low part is wanted.
 */
function reserveCrashkernelLowX86(ctx: CrashReserveContext): CrashRegion | undefined | false {
  const lowMemLimit = min(memblockPhysMemSize(ctx.mb), ctx.lowMax)
  const l = parseCrashkernelClass(ctx.cmdline, lowMemLimit, ',low', ctx.dialect, ctx.trace)
  let lowSize: bigint
  if (l.ret) lowSize = ctx.defaultLow
  else if (!l.size) return undefined
  else lowSize = l.size
  const lowBase = memblockPhysAllocRange(ctx.mb, lowSize, ctx.align, 0n, ctx.lowMax, 'crashkernel low')
  if (!lowBase) {
    ctx.trace.err(SRC, `Cannot reserve ${mb20(lowSize)}MB crashkernel low memory, please try smaller size.`)
    return false
  }
  ctx.trace.info(SRC, `Reserving ${mb20(lowSize)}MB of low memory at ${mb20(lowBase)}MB for crashkernel (low RAM limit: ${mb20(lowMemLimit)}MB)`)
  return region('low', lowBase, lowSize)
}

/**
 * riscv64 5.17 – 6.5 (6.1): plain only, [DRAM start, min(end, 4G−1)) then [DRAM start, end),
 * PMD_SIZE alignment, its own messages.
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (v6.1.192; decf89f86ecd)
 */
export const reserveCrashkernelRiscvV61: ReserveCrashkernel = (ctx) => riscvReserveCrashkernel(ctx, true)

/**
 * riscv64 5.15 – 5.16: as reserveCrashkernelRiscvV61() in one window, all of DRAM ([Y, Y + X)
 * with an offset), through memblock_phys_alloc_range() since "memblock: make
 * memblock_find_in_range method private" (a7259df76702, 5.15; the stable review of
 * decf89f86ecd quotes this code).
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (a7259df76702, before decf89f86ecd)
 */
export const reserveCrashkernelRiscvV515: ReserveCrashkernel = (ctx) => riscvReserveCrashkernel(ctx, false)

/**
 * riscv64 5.13 – 5.14, riscv's first reserve_crashkernel() (e53d28180d4d, 5640975003d0): plain
 * X found top-down in all of DRAM (memblock_find_in_range(), then memblock_reserve(): the
 * placement of reserveCrashkernelRiscvV515()); a fixed X@Y is not searched but checked, in
 * this order, to be memory, not reserved and PMD_SIZE aligned, each refusal with its own line,
 * and then reserved as it is. a7259df76702 (5.15) replaced the checks with a search of
 * [Y, Y + X) and "couldn't allocate".
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (e53d28180d4d "RISC-V: Add kdump support", 5.13)
 */
export const reserveCrashkernelRiscvV513: ReserveCrashkernel = (ctx) => {
  const kdump = riscvIgnoredInKdumpKernel(ctx)
  if (kdump) return kdump
  const { mb, trace } = ctx
  const parsed = parsePlainOnly(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request } = parsed
  let base = parsed.base
  if (base === 0n) {
    const dramStart = memblockStartOfDram(mb)
    base = memblockFindInRangeNode(mb, size, ctx.align, dramStart, ctx.highMax)
    if (base === 0n) {
      printRiscvCouldNotAllocate(trace, size)
      return { outcome: { kind: 'failed', size, reason: 'no-room', searched: [{ base: dramStart, size: ctx.highMax - dramStart }] }, request }
    }
  } else {
    const refused = refuseFixedBase(ctx, base, size, ctx.align, RISCV_FIXED_REFUSALS)
    if (refused) return { outcome: refused, request }
  }
  memblockReserve(mb, base, size, 'crashkernel')
  printRiscvReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack: false, high: false, fixed: parsed.base !== 0n }, request }
}

/** riscv's own lines (5.13 – 6.6): the reserved region, and the failure of the last attempt. */
const printRiscvReserved = (trace: Trace, base: PhysAddr, size: PhysSize): void =>
  trace.info(SRC, `crashkernel: reserved ${fmtPhys(base)} - ${fmtPhys(base + size)} (${mb20(size)} MB)`)
const printRiscvCouldNotAllocate = (trace: Trace, size: PhysSize): void => trace.warn(SRC, `crashkernel: couldn't allocate ${fmtLld(size >> 10n)}KB`)

/**
 * riscv's own reserve_crashkernel() (5.13 – 6.6) returns before it parses anything when this
 * kernel is a capture kernel (is_kdump_kernel(): an elfcorehdr= on the command line), and says
 * so whether or not crashkernel= is there ("Don't reserve a region for a crash kernel on a
 * crash kernel", arch/riscv/mm/init.c@v6.1.192:1182-1190; the 6.6 code that 39365395046f
 * removed has it too; the generic code of 6.7+ has no such test). It came with riscv's kdump
 * itself, 5.13 (5640975003d0 "RISC-V: Add crash kernel support", then under CONFIG_CRASH_DUMP,
 * which Debian's riscv64 builds set).
 * Returns the result to stop with, or undefined to go on.
 */
function riscvIgnoredInKdumpKernel(ctx: CrashReserveContext): CrashReserveResult | undefined {
  if (!isKdumpKernel(ctx.cmdline, ctx.dialect.memparse)) return undefined
  ctx.trace.info(SRC, 'crashkernel: ignoring reservation request')
  const present = crashkernelPresent(ctx.cmdline)
  return { outcome: present ? { kind: 'ignored', reason: 'kdump-kernel' } : { kind: 'not-requested' }, request: { present } }
}

/** The body of riscv's own reserve_crashkernel(); `lowFirst`: the window below CRASH_ADDR_LOW_MAX is tried first (5.17+). */
function riscvReserveCrashkernel(ctx: Parameters<ReserveCrashkernel>[0], lowFirst: boolean): ReturnType<ReserveCrashkernel> {
  const kdump = riscvIgnoredInKdumpKernel(ctx)
  if (kdump) return kdump
  const { mb, trace } = ctx
  // riscv reads no ,high or ,low before 6.6 (5882e5acf18d).
  const parsed = parsePlainOnly(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request } = parsed
  let searchStart = memblockStartOfDram(mb)
  let searchEnd = ctx.highMax
  if (parsed.base) {
    searchStart = parsed.base
    searchEnd = parsed.base + size
  }
  const searched: PhysRange[] = []
  let base = 0n
  if (lowFirst) {
    const lowEnd = min(searchEnd, ctx.lowMax)
    // An X@Y above the 32-bit window makes this search [Y, 4G - 1) with its end below its
    // start: memblock_find_in_range_node() takes end = max(start, end), an empty window.
    searched.push({ base: searchStart, size: lowEnd > searchStart ? lowEnd - searchStart : 0n })
    base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, lowEnd, 'crashkernel')
  }
  let fellBack = false
  if (!base) {
    searched.push({ base: searchStart, size: searchEnd - searchStart })
    base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, searchEnd, 'crashkernel')
    // X@Y takes its second attempt in the same [Y, Y + X): the region is where it was asked
    // for, not a fallback placement.
    fellBack = lowFirst && base !== 0n && !parsed.base
  }
  if (!base) {
    printRiscvCouldNotAllocate(trace, size)
    return { outcome: { kind: 'failed', size, reason: parsed.base ? 'fixed-in-use' : 'no-room', searched }, request }
  }
  printRiscvReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), fellBack, high: false, fixed: parsed.base !== 0n }, request }
}

/**
 * riscv64 6.6: riscv's own `,high`/`,low` code, between the 6.1 code and the generic one of
 * 6.7. One attempt and one fallback, no retry loop: plain X in [DRAM start, LOW), then
 * [LOW, end of DRAM) with the default 128 MiB low part; `,high` in [LOW, end of DRAM), then
 * [DRAM start, LOW); X@Y in [Y, Y + X) only. The size is PAGE_ALIGNed (the parse step is
 * arm64 6.2's), the low part is taken when the main region starts at or above LOW, and the
 * lines are riscv's: "crashkernel: reserved …", "crashkernel: couldn't allocate …KB",
 * "crashkernel: allocating failed with given size@offset", a low line in 0x%016llx.
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel, reserve_crashkernel_low (v6.6: 5882e5acf18d,
 *         as the 6.7 conversion to the generic code, 39365395046f, removed them)
 */
export const reserveCrashkernelRiscvV66: ReserveCrashkernel = (ctx) => {
  const kdump = riscvIgnoredInKdumpKernel(ctx)
  if (kdump) return kdump
  const parsed = parseArm64V62(ctx)
  if ('stop' in parsed) return parsed.stop
  const { size, request, high } = parsed
  let { lowSize } = parsed
  const { mb, trace } = ctx
  const dramStart = memblockStartOfDram(mb)
  const fixed = parsed.base !== 0n
  let searchStart = high ? ctx.lowMax : dramStart
  let searchEnd = high ? ctx.highMax : ctx.lowMax
  if (fixed) {
    searchStart = parsed.base
    searchEnd = parsed.base + size
  }
  const window = (start: PhysAddr, end: PhysAddr): PhysRange => ({ base: start, size: end > start ? end - start : 0n })
  const searched: PhysRange[] = [window(searchStart, searchEnd)]
  let base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, searchEnd, 'crashkernel')
  let fellBack = false
  if (!base) {
    if (fixed) {
      trace.warn(SRC, 'crashkernel: allocating failed with given size@offset')
      return { outcome: { kind: 'failed', size, reason: 'fixed-in-use', searched }, request }
    }
    if (high) {
      searchStart = dramStart
      searchEnd = ctx.lowMax
    } else {
      searchStart = ctx.lowMax
      searchEnd = ctx.highMax
      lowSize = ctx.defaultLow
    }
    searched.push(window(searchStart, searchEnd))
    base = memblockPhysAllocRange(mb, size, ctx.align, searchStart, searchEnd, 'crashkernel')
    if (!base) {
      printRiscvCouldNotAllocate(trace, size)
      return { outcome: { kind: 'failed', size, reason: 'no-room', searched }, request }
    }
    fellBack = true
  }
  let low: CrashRegion | undefined
  if (base >= ctx.lowMax && lowSize) {
    low = reserveCrashkernelLow(ctx, lowSize, 16)
    if (!low) {
      memblockPhysFree(mb, base, size, 'crashkernel')
      return { outcome: lowFailed(ctx, size, searched), request }
    }
  }
  printRiscvReserved(trace, base, size)
  return { outcome: { kind: 'reserved', main: region('main', base, size), low, fellBack, high, fixed }, request }
}

/**
 * Engine helper (no kernel counterpart): the reservation variant of a kernel that has none.
 * riscv64 before 5.13: no crash kernel code at all. The 5.10 and 5.11 trees have no
 * reserve_crashkernel() under arch/riscv (and no KEXEC in their Kconfig); arch/riscv/mm/init.c@v5.13:782
 * has it (5.12 is not at hand: taken as without). `crashkernel=` is then a parameter nothing
 * reads: nothing is reserved and nothing is printed.
 *
 * @kernel arch/riscv/mm/init.c, arch/riscv/Kconfig (v5.10.223, v5.11: no crash kernel support)
 */
export const reserveCrashkernelNone: ReserveCrashkernel = (ctx) => {
  const present = crashkernelPresent(ctx.cmdline)
  return { outcome: present ? { kind: 'ignored', reason: 'no-crash-kernel' } : { kind: 'not-requested' }, request: { present } }
}

export const RESERVE_VARIANTS = {
  reserveCrashkernelArm64V510,
  reserveCrashkernelArm64V515,
  reserveCrashkernelArm64V519,
  reserveCrashkernelArm64V62,
  reserveCrashkernelArm64V65,
  reserveCrashkernelGenericV67,
  reserveCrashkernelGeneric,
  reserveCrashkernelX86V510,
  reserveCrashkernelRiscvV61,
  reserveCrashkernelRiscvV513,
  reserveCrashkernelRiscvV515,
  reserveCrashkernelRiscvV66,
  reserveCrashkernelNone,
} as const
export type ReserveVariantName = keyof typeof RESERVE_VARIANTS
