// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel=` parsing as each kernel generation does it: token selection
 * (get_last_crashkernel), the simple, range and suffix forms, and the messages each prints.
 * What differs between generations is data (a ParseDialect chosen by the policy), not
 * `if (version …)` branches.
 *
 * @kernel kernel/crash_core.c (5.10, 6.1), kernel/crash_reserve.c (6.12, 7.2):
 *         get_last_crashkernel, __parse_crashkernel, parse_crashkernel_mem,
 *         parse_crashkernel_simple, parse_crashkernel_suffix, parse_crashkernel
 */
import type { Memparse } from '../memparse.js'
import type { Kstrtobool } from '../params.js'
import { roundUpAny, SZ_128M, ULLONG_MAX } from '../phys.js'
import type { Trace } from '../trace.js'

export const EINVAL = -22
export const ENOENT = -2
export const ENOMEM = -12

export interface ParseDialect {
  memparse: Memparse
  /** Return value of __parse_crashkernel when no token exists: -EINVAL (≤5.18) or -ENOENT (5.19+). */
  notFound: number
  /** parse_crashkernel_mem rounds system RAM up to 128 MiB (6.0+: "kdump: round up the total memory size to 128M"). */
  roundUpTotalTo128M: boolean
  /** Message when the size of a range entry is missing. */
  rangeSizeExpected: string
  /** Message when the value after '@' of the range form is missing. */
  rangeOffsetExpected: string
  /** Suffixes that classify a token (",high", ",low", and ",cma" in 7.x). */
  suffixes: readonly string[]
  /**
   * parse_crashkernel() rejects crash_size >= system_ram ("crash: Fix crash memory reserve
   * exceed system memory bug"): 6.12+ (kernel/crash_reserve.c@v6.12.117:338, @v6.14:338; not in
   * kernel/crash_reserve.c@v6.11:335-339).
   */
  rejectSizeAtLeastRam: boolean
  /**
   * simple_strtoull() saturates at ULLONG_MAX on overflow (7.x, "lib: fix _parse_integer_limit()
   * to handle overflow") instead of wrapping modulo 2^64: for the command-line numbers other
   * than memparse()'s (x86 `memmap=…%…-from+to` types, the kernelcore=/movablecore=
   * percentages). The one record of it: the x86 e820 code and the zones read it here.
   */
  strtoullSaturates: boolean
  /**
   * kstrtobool() of the release (params.ts): what every boolean early parameter is read with
   * (`debug_pagealloc=`, arm64's 5.10 `rodata=`). t/f from 5.19, e/d from 6.16 (lib/kstrtox.c).
   */
  kstrtobool: Kstrtobool
}

const NAME = 'crashkernel='

/** What __parse_crashkernel hands back: the C return code plus *crash_size and *crash_base. */
export interface ParseResult {
  ret: number
  size: bigint
  base: bigint
}

/**
 * Mirrors get_last_crashkernel() — kernel/crash_reserve.c (v6.12.117:215; kernel/crash_core.c in v5.10.223:188, v6.1.192:202): the start (index just after "crashkernel=") of the last
 * token of the requested class, or -1. The whole command line is scanned with strstr, so
 * "foo.crashkernel=…" matches too.
 */
export function getLastCrashkernel(cmdline: string, suffix: string | null, dialect: ParseDialect): number {
  let found = -1
  for (let p = cmdline.indexOf(NAME); p !== -1; p = cmdline.indexOf(NAME, p + 1)) {
    let endP = cmdline.indexOf(' ', p)
    if (endP === -1) endP = cmdline.length
    if (suffix === null) {
      if (!endsWithAnySuffix(cmdline, endP, dialect.suffixes)) found = p
    } else if (endsBefore(cmdline, endP, suffix)) {
      found = p
    }
  }
  return found === -1 ? -1 : found + NAME.length
}

/**
 * Do the strlen(s) bytes before end_p equal `s`? The kernel compares them with strncmp; for
 * a short token they may reach back into "crashkernel=" itself, which only matters for
 * matching, as here.
 */
function endsBefore(cmdline: string, endP: number, s: string): boolean {
  return endP - s.length >= 0 && cmdline.startsWith(s, endP - s.length)
}

/** Does the token ending at endP end with one of the class suffixes? */
function endsWithAnySuffix(cmdline: string, endP: number, suffixes: readonly string[]): boolean {
  for (let i = 0; i < suffixes.length; i++) if (endsBefore(cmdline, endP, suffixes[i]!)) return true
  return false
}

/** One `start-[end]:size` entry of a range list, as parse_crashkernel_mem() read it. */
export interface CrashkernelRangeEntry {
  start: bigint
  /** Exclusive; undefined for an open `start-:size`. */
  end: bigint | undefined
  size: bigint
}

/**
 * Mirrors parse_crashkernel_mem() — kernel/crash_reserve.c (v6.12.117:56; kernel/crash_core.c in v5.10.223:38): `start-[end]:size[,…][@offset]`.
 *
 * @param entries - when given, receives each entry read, up to the one that matched (for
 *   reports: crashkernelRangeMatch()); the boot itself passes none
 */
export function parseCrashkernelMem(
  s: string,
  at: number,
  systemRam: bigint,
  dialect: ParseDialect,
  trace: Trace,
  entries?: CrashkernelRangeEntry[],
): ParseResult {
  const warn = (text: string): ParseResult => {
    trace.warn('crashkernel', text)
    return { ret: EINVAL, size: 0n, base: 0n }
  }
  const totalMem = dialect.roundUpTotalTo128M ? roundUpAny(systemRam, SZ_128M) : systemRam
  let cur = at
  let crashSize = 0n
  let crashBase = 0n
  for (;;) {
    let end = ULLONG_MAX
    const start = dialect.memparse(s, cur)
    if (start.end === cur) return warn('crashkernel: Memory value expected')
    cur = start.end
    if (s[cur] !== '-') return warn("crashkernel: '-' expected")
    cur++
    if (s[cur] !== ':') {
      const e = dialect.memparse(s, cur)
      if (e.end === cur) return warn('crashkernel: Memory value expected')
      cur = e.end
      end = e.value
      if (end <= start.value) return warn('crashkernel: end <= start')
    }
    if (s[cur] !== ':') return warn("crashkernel: ':' expected")
    cur++
    const size = dialect.memparse(s, cur)
    if (size.end === cur) return warn(dialect.rangeSizeExpected)
    cur = size.end
    if (size.value >= totalMem) return warn('crashkernel: invalid size')
    if (entries) entries.push({ start: start.value, end: end === ULLONG_MAX ? undefined : end, size: size.value })
    if (totalMem >= start.value && totalMem < end) {
      crashSize = size.value
      break
    }
    // `while (*cur++ == ',')`: the post-increment happens even when the test fails.
    const c = s[cur]
    cur++
    if (c !== ',') break
  }
  if (crashSize > 0n) {
    while (cur < s.length && s[cur] !== ' ' && s[cur] !== '@') cur++
    if (s[cur] === '@') {
      cur++
      const b = dialect.memparse(s, cur)
      if (b.end === cur) {
        trace.warn('crashkernel', dialect.rangeOffsetExpected)
        return { ret: EINVAL, size: crashSize, base: 0n }
      }
      crashBase = b.value
    }
  } else {
    trace.info('crashkernel', 'crashkernel size resulted in zero bytes')
  }
  return { ret: 0, size: crashSize, base: crashBase }
}

/** Mirrors parse_crashkernel_simple() — kernel/crash_reserve.c (v6.12.117:151): `size[@offset]`. */
export function parseCrashkernelSimple(s: string, at: number, dialect: ParseDialect, trace: Trace): ParseResult {
  const size = dialect.memparse(s, at)
  if (size.end === at) {
    trace.warn('crashkernel', 'crashkernel: memory value expected')
    return { ret: EINVAL, size: size.value, base: 0n }
  }
  const c = s[size.end]
  if (c === '@') {
    // No check: "256M@" or "256M@xyz" give base 0, i.e. automatic placement.
    return { ret: 0, size: size.value, base: dialect.memparse(s, size.end + 1).value }
  }
  if (c !== undefined && c !== ' ') {
    trace.warn('crashkernel', `crashkernel: unrecognized char: ${printedChar(s, size.end)}`)
    return { ret: EINVAL, size: size.value, base: 0n }
  }
  return { ret: 0, size: size.value, base: 0n }
}

/** Mirrors parse_crashkernel_suffix() — kernel/crash_reserve.c (v6.12.117:189): `size,high` / `size,low` / `size,cma`. */
export function parseCrashkernelSuffix(
  s: string,
  at: number,
  suffix: string,
  dialect: ParseDialect,
  trace: Trace,
): ParseResult {
  const size = dialect.memparse(s, at)
  if (size.end === at) {
    trace.warn('crashkernel', 'crashkernel: memory value expected')
    return { ret: EINVAL, size: size.value, base: 0n }
  }
  let cur = size.end
  if (!s.startsWith(suffix, cur)) {
    trace.warn('crashkernel', `crashkernel: unrecognized char: ${printedChar(s, cur)}`)
    return { ret: EINVAL, size: size.value, base: 0n }
  }
  cur += suffix.length
  if (cur < s.length && s[cur] !== ' ') {
    trace.warn('crashkernel', `crashkernel: unrecognized char: ${printedChar(s, cur)}`)
    return { ret: EINVAL, size: size.value, base: 0n }
  }
  return { ret: 0, size: size.value, base: 0n }
}

/**
 * What the kernel's `%c` of the command-line byte at s[i] leaves in the trace. The NUL past the
 * end prints nothing visible: the kernel's exact (empty) output. An ASCII character prints as
 * itself. Any other character is several bytes of UTF-8 on the command line, of which `%c`
 * prints the first alone; that byte is not UTF-8 by itself, and kernel text read as UTF-8 (as
 * the boot-log import does, TextDecoder) shows it as U+FFFD, as here.
 */
const printedChar = (s: string, i: number): string => (i >= s.length ? '' : s.charCodeAt(i) < 0x80 ? s[i]! : '\uFFFD')

/** Mirrors __parse_crashkernel() — kernel/crash_reserve.c (v6.12.117:253): find the token of the class and dispatch on its form. */
export function parseCrashkernelClass(
  cmdline: string,
  systemRam: bigint,
  suffix: string | null,
  dialect: ParseDialect,
  trace: Trace,
): ParseResult {
  const at = getLastCrashkernel(cmdline, suffix, dialect)
  if (at === -1) return { ret: dialect.notFound, size: 0n, base: 0n }
  if (suffix !== null) return parseCrashkernelSuffix(cmdline, at, suffix, dialect, trace)
  if (isRangeForm(cmdline, at)) return parseCrashkernelMem(cmdline, at, systemRam, dialect, trace)
  return parseCrashkernelSimple(cmdline, at, dialect, trace)
}

/** __parse_crashkernel()'s dispatch: a ':' before the token's first space is the range form. */
function isRangeForm(cmdline: string, at: number): boolean {
  const firstColon = cmdline.indexOf(':', at)
  const firstSpace = cmdline.indexOf(' ', at)
  return firstColon !== -1 && (firstSpace === -1 || firstColon < firstSpace)
}

/** Which entry of a `crashkernel=` range list a kernel takes, and against which RAM figure. */
export interface CrashkernelRangeMatch {
  /** The RAM figure the entries are compared with: System RAM, rounded up to 128 MiB from 6.1 on. */
  totalMem: bigint
  /** The entries read, in order, up to the matching one (all of them when none matched). */
  entries: CrashkernelRangeEntry[]
  /**
   * Index of the entry that covered the RAM figure, the one parse_crashkernel_mem() took (even
   * with a size of 0, or an `@offset` it then refused); undefined when the kernel took none:
   * no entry covered it, or the list was refused before one did.
   */
  matched: number | undefined
}

/**
 * Engine helper (no kernel counterpart): for reports: which range-list entry of crashkernel= matched.
 * For reports (explain): when the plain `crashkernel=` token the kernel reads is a range list,
 * which of its entries matched the RAM, read by the same parse_crashkernel_mem() mirror the
 * boot uses (its messages discarded). Undefined for any other form or no token.
 */
export function crashkernelRangeMatch(cmdline: string, systemRam: bigint, dialect: ParseDialect, trace: Trace): CrashkernelRangeMatch | undefined {
  const at = getLastCrashkernel(cmdline, null, dialect)
  if (at === -1 || !isRangeForm(cmdline, at)) return undefined
  const entries: CrashkernelRangeEntry[] = []
  parseCrashkernelMem(cmdline, at, systemRam, dialect, trace, entries)
  const totalMem = dialect.roundUpTotalTo128M ? roundUpAny(systemRam, SZ_128M) : systemRam
  // The loop stops at the first entry covering totalMem (kernel/crash_reserve.c@v6.12.117:120-124),
  // so the last entry read covers it exactly when the kernel took one. Its size may be 0 ("crashkernel
  // size resulted in zero bytes", :138-139, the same line as no match), and the '@' that follows may
  // still fail (:130-136): neither makes it "no match".
  const last = entries[entries.length - 1]
  const covers = last !== undefined && totalMem >= last.start && (last.end === undefined || totalMem < last.end)
  return { totalMem, entries, matched: covers ? entries.length - 1 : undefined }
}

/** What the generic parse_crashkernel() (6.7+) returns. */
export interface GenericParseResult extends ParseResult {
  /**
   * What the token parse returned before parse_crashkernel()'s size checks turned a size of 0
   * (or one at least System RAM) into -EINVAL: 0 when the tokens themselves parsed.
   */
  parsedRet: number
  lowSize: bigint
  high: boolean
  cmaSize: bigint
}

/**
 * Mirrors the generic parse_crashkernel() — kernel/crash_reserve.c (6.7+; v6.12.117:296): the plain
 * token; if absent and the arch supports it, `,high` (+ optional `,low`, defaulting to
 * `defaultLow`); 7.x also `,cma` when the caller asks for it; then the size checks.
 */
export function parseCrashkernelGeneric(
  cmdline: string,
  systemRam: bigint,
  opts: { supportsHigh: boolean; defaultLow: bigint; parseCma: boolean },
  dialect: ParseDialect,
  trace: Trace,
): GenericParseResult {
  const plain = parseCrashkernelClass(cmdline, systemRam, null, dialect, trace)
  let { ret, size, base } = plain
  let lowSize = 0n
  let high = false
  let cmaSize = 0n
  if (opts.supportsHigh && ret === ENOENT) {
    const h = parseCrashkernelClass(cmdline, 0n, ',high', dialect, trace)
    size = h.size
    base = h.base
    if (h.ret || !h.size) return { ret: EINVAL, parsedRet: h.ret, size, base, lowSize, high, cmaSize }
    const l = parseCrashkernelClass(cmdline, 0n, ',low', dialect, trace)
    if (l.ret === ENOENT) {
      lowSize = opts.defaultLow
      ret = 0
    } else if (l.ret) {
      return { ret: l.ret, parsedRet: l.ret, size, base, lowSize: l.size, high, cmaSize }
    } else {
      lowSize = l.size
      ret = 0
    }
    high = true
  }
  if (opts.parseCma) cmaSize = parseCrashkernelClass(cmdline, 0n, ',cma', dialect, trace).size
  const parsedRet = ret
  if (!size) ret = EINVAL
  if (dialect.rejectSizeAtLeastRam && size >= systemRam) ret = EINVAL
  return { ret, parsedRet, size, base, lowSize, high, cmaSize }
}
