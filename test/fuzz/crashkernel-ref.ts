// SPDX-License-Identifier: GPL-2.0-only
/**
 * A second, independent model of what each kernel generation does with the `crashkernel=`
 * parameters of a command line, for the differential test crashkernel-diff.test.ts. Written
 * from the kernel sources under /work/ksrc only (not from src/engine nor from
 * reference-parser.ts), as one straight transcription per C function with the generation's
 * differences as data (RefFlavor), and the arch callers as one function:
 *
 *   lib/kstrtox.c    _parse_integer_fixup_radix, _parse_integer_limit: 5.10:25-86 and
 *                    6.12:25-88 accumulate modulo 2^64; 7.2:26-95 and v7.3.4:26-97 saturate
 *                    at ULLONG_MAX (check_mul_overflow/check_add_overflow)
 *   lib/vsprintf.c   simple_strtoull -> simple_strntoull(cp, INT_MAX, ...) (base 0)
 *   lib/cmdline.c    memparse: 6.12:150-190 shifts (wrapping) and consumes a K/M/G/T/P/E
 *                    letter even after no digit; 7.2:153-197 consumes it only after a digit
 *                    ("ptr != endptr") and saturates when check_shl_overflow()
 *   kernel/crash_core.c 5.10:38-275, 6.1:43-305; kernel/crash_reserve.c 6.12:56-342,
 *                    v6.16.3:56-340, v6.17.8:58-356, 7.2:56-354 (v7.3.4 identical to 7.2)
 *   arch callers     arch/arm64/mm/init.c 5.10:98-110, 6.1:126-157, 6.12:96-115, 7.2:97-114;
 *                    arch/x86/kernel/setup.c 5.10:437-458 + 484-502, 6.1:502-523 + 549-569,
 *                    6.12:469-491, 7.2:608-630; arch/riscv/mm/init.c (5.10: none),
 *                    6.1:1170-1194, 6.12:1416-1435, 7.2:1331-1348; the cma_size argument
 *                    is &cma_size on x86 from v6.17.8 (setup.c:613) and on arm64/riscv in
 *                    v7.3.4 (arm64 init.c:109, riscv init.c:1337), NULL before.
 *
 * A C string is modelled as a JS string whose reads past the end give "\0". Sizes are
 * bigint; nothing here is shared with the engine.
 */

export const ULLONG_MAX = (1n << 64n) - 1n
const TWO64 = 1n << 64n
const SZ_128M = 128n << 20n
export const EINVAL = -22
export const ENOENT = -2

/** One kernel generation's parsing, as data. */
export interface RefFlavor {
  readonly name: string
  /** Release string the engine's policyFor() is asked with. */
  readonly release: string
  /** kstrtox: 'wrap' (<= 7.1) or 'saturate' (7.2 kstrtox.c:83-88). */
  readonly strtoull: 'wrap' | 'saturate'
  /** memparse: 'shift' (<= 7.1, cmdline.c 6.12:156-180) or 'checked' (7.2 cmdline.c:159-190). */
  readonly memparse: 'shift' | 'checked'
  /** __parse_crashkernel() with no token: 5.10 -EINVAL (crash_core.c:245-246), later -ENOENT (6.1 crash_core.c:255-256). */
  readonly notFound: number
  /** parse_crashkernel_mem() rounds system_ram up to 128M: 6.1 crash_core.c:57, 6.12 crash_reserve.c:70; 5.10 compares system_ram itself (crash_core.c:88, 94). */
  readonly roundRam: boolean
  /** suffix_tbl[] (6.12 crash_reserve.c:176-180; ",cma" from v6.17.8 crash_reserve.c:179-183). */
  readonly suffixes: readonly string[]
  /** The range-size "Memory value expected" (6.1 crash_core.c:98 unprefixed; 6.12 crash_reserve.c:111 prefixed). */
  readonly msgSizeExpected: string
  /** The '@' message (6.1 crash_core.c:121; 6.12 crash_reserve.c:134 "crahskernel"; v6.16.3:134 fixed). */
  readonly msgAtExpected: string
  /** 'split': arch code calls parse_crashkernel[_high|_low] itself (5.10, 6.1); 'generic': parse_crashkernel() with low_size/high (6.12+). */
  readonly entry: 'split' | 'generic'
  /** Arches whose arch_reserve_crashkernel() passes &cma_size. */
  readonly cmaArches: readonly RefArch[]
}

export type RefArch = 'arm64' | 'x86_64' | 'riscv64'

const MSG_SIZE_OLD = 'Memory value expected'
const MSG_SIZE_NEW = 'crashkernel: Memory value expected'
const MSG_AT_OLD = "Memory value expected after '@'"
const MSG_AT_TYPO = "crahskernel: Memory value expected after '@'"
const MSG_AT_NEW = "crashkernel: Memory value expected after '@'"

const V5_10: RefFlavor = {
  name: '5.10', release: '5.10.223', strtoull: 'wrap', memparse: 'shift', notFound: EINVAL, roundRam: false,
  suffixes: [',high', ',low'], msgSizeExpected: MSG_SIZE_OLD, msgAtExpected: MSG_AT_OLD, entry: 'split', cmaArches: [],
}
const V6_1: RefFlavor = { ...V5_10, name: '6.1', release: '6.1.192', notFound: ENOENT, roundRam: true }
const V6_12: RefFlavor = { ...V6_1, name: '6.12', release: '6.12.117', msgSizeExpected: MSG_SIZE_NEW, msgAtExpected: MSG_AT_TYPO, entry: 'generic' }
const V6_16: RefFlavor = { ...V6_12, name: '6.16', release: '6.16.3', msgAtExpected: MSG_AT_NEW }
const V6_17: RefFlavor = { ...V6_16, name: '6.17', release: '6.17.8', suffixes: [',high', ',low', ',cma'], cmaArches: ['x86_64'] }
const V7_1: RefFlavor = { ...V6_17, name: '7.1', release: '7.1.3' }
const V7_2: RefFlavor = { ...V7_1, name: '7.2', release: '7.2.13', strtoull: 'saturate', memparse: 'checked' }
const V7_3: RefFlavor = { ...V7_2, name: '7.3', release: '7.3.4', cmaArches: ['x86_64', 'arm64', 'riscv64'] }

/** The generations the brief asks for first, then the upstream trees under /work/ksrc/up. */
export const FLAVORS: readonly RefFlavor[] = [V5_10, V6_1, V6_12, V7_2, V6_16, V6_17, V7_1, V7_3]

export interface RefMsg {
  readonly level: 'warn' | 'info'
  readonly text: string
}

/** The C string and the dmesg of one parse. */
class Line {
  readonly msgs: RefMsg[] = []
  constructor(readonly s: string, readonly f: RefFlavor) {}
  /** *p: NUL past the end. */
  at(i: number): string {
    return i < this.s.length ? this.s[i]! : '\0'
  }
  warn(text: string): void {
    this.msgs.push({ level: 'warn', text })
  }
  info(text: string): void {
    this.msgs.push({ level: 'info', text })
  }
}

/**
 * printk("%c") of the byte at a character: NUL shows nothing; a character beyond ASCII is
 * UTF-8 bytes on the command line, of which %c prints the lead byte alone, read back as
 * U+FFFD (not UTF-8 on its own).
 */
const pctC = (c: string): string => (c === '\0' ? '' : c.charCodeAt(0) < 0x80 ? c : '\uFFFD')
const isDigit = (c: string): boolean => c >= '0' && c <= '9'
/** include/linux/ctype.h _tolower(): c | 0x20. */
const lower = (c: string): string => String.fromCharCode(c.charCodeAt(0) | 0x20)
const isXDigit = (c: string): boolean => isDigit(c) || (lower(c) >= 'a' && lower(c) <= 'f' && /[A-Fa-f]/.test(c))

/** simple_strtoull(p, &end, 0): [value, index after the digits]. */
function strtoull(l: Line, p: number): [bigint, number] {
  let i = p
  let base: bigint
  if (l.at(i) === '0') base = lower(l.at(i + 1)) === 'x' && isXDigit(l.at(i + 2)) ? 16n : 8n
  else base = 10n
  if (base === 16n && l.at(i) === '0' && lower(l.at(i + 1)) === 'x') i += 2
  let res = 0n
  for (;;) {
    const c = l.at(i)
    let val: bigint
    if (isDigit(c)) val = BigInt(c.charCodeAt(0) - 48)
    else if (lower(c) >= 'a' && lower(c) <= 'f') val = BigInt(lower(c).charCodeAt(0) - 87)
    else break
    if (val >= base) break
    const next = res * base + val
    // 5.10 … 7.1: res = res * base + val in u64; 7.2: ULLONG_MAX once it overflows
    res = l.f.strtoull === 'wrap' ? next % TWO64 : next > ULLONG_MAX ? ULLONG_MAX : next
    i++
  }
  return [res, i]
}

const SHIFT: Readonly<Record<string, bigint>> = { e: 60n, p: 50n, t: 40n, g: 30n, m: 20n, k: 10n }

/** memparse(p, &end): [value, end]. */
function memparse(l: Line, p: number): [bigint, number] {
  const [v, e] = strtoull(l, p)
  let ret = v
  let end = e
  const c = l.at(end)
  const shl = /^[EePpTtGgMmKk]$/.test(c) ? SHIFT[c.toLowerCase()]! : 0n
  if (l.f.memparse === 'shift') {
    if (shl) {
      ret = (ret << shl) % TWO64
      end++
    }
  } else if (shl && end !== p) {
    const shifted = (ret << shl) % TWO64
    ret = shifted >> shl !== ret ? ULLONG_MAX : shifted
    end++
  }
  return [ret, end]
}

/** memparse() of `s` from index 0 as the flavor's kernel: for the direct memparse comparison. */
export function refMemparse(f: RefFlavor, s: string): { value: bigint; end: number } {
  const [value, end] = memparse(new Line(s, f), 0)
  return { value, end }
}

interface Out {
  size: bigint
  base: bigint
  /** parse_crashkernel_mem(): entries read past their size check, and whether the loop broke on one covering the RAM. */
  read?: number
  took?: boolean
}

/** parse_crashkernel_mem() (6.12 crash_reserve.c:56-142). */
function parseMem(l: Line, p: number, systemRam: bigint, out: Out): number {
  let cur = p
  let tmp: number
  out.read = 0
  out.took = false
  // roundup(x, y) = ((x + y - 1) / y) * y in unsigned long long
  const totalMem = l.f.roundRam ? (((systemRam + SZ_128M - 1n) % TWO64) / SZ_128M) * SZ_128M : systemRam
  do {
    let start: bigint
    let end = ULLONG_MAX
    let size: bigint
    ;[start, tmp] = memparse(l, cur)
    if (cur === tmp) {
      l.warn('crashkernel: Memory value expected')
      return EINVAL
    }
    cur = tmp
    if (l.at(cur) !== '-') {
      l.warn("crashkernel: '-' expected")
      return EINVAL
    }
    cur++
    if (l.at(cur) !== ':') {
      ;[end, tmp] = memparse(l, cur)
      if (cur === tmp) {
        l.warn('crashkernel: Memory value expected')
        return EINVAL
      }
      cur = tmp
      if (end <= start) {
        l.warn('crashkernel: end <= start')
        return EINVAL
      }
    }
    if (l.at(cur) !== ':') {
      l.warn("crashkernel: ':' expected")
      return EINVAL
    }
    cur++
    ;[size, tmp] = memparse(l, cur)
    if (cur === tmp) {
      l.warn(l.f.msgSizeExpected)
      return EINVAL
    }
    cur = tmp
    if (size >= totalMem) {
      l.warn('crashkernel: invalid size')
      return EINVAL
    }
    out.read = (out.read ?? 0) + 1
    if (totalMem >= start && totalMem < end) {
      out.size = size
      out.took = true
      break
    }
  } while (l.at(cur++) === ',')

  if (out.size > 0n) {
    while (l.at(cur) !== '\0' && l.at(cur) !== ' ' && l.at(cur) !== '@') cur++
    if (l.at(cur) === '@') {
      cur++
      ;[out.base, tmp] = memparse(l, cur)
      if (cur === tmp) {
        l.warn(l.f.msgAtExpected)
        return EINVAL
      }
    }
  } else {
    l.info('crashkernel size resulted in zero bytes')
  }
  return 0
}

/** parse_crashkernel_simple() (6.12 crash_reserve.c:151-171). */
function parseSimple(l: Line, p: number, out: Out): number {
  let cur: number
  ;[out.size, cur] = memparse(l, p)
  if (cur === p) {
    l.warn('crashkernel: memory value expected')
    return EINVAL
  }
  if (l.at(cur) === '@') {
    ;[out.base] = memparse(l, cur + 1)
  } else if (l.at(cur) !== ' ' && l.at(cur) !== '\0') {
    l.warn(`crashkernel: unrecognized char: ${pctC(l.at(cur))}`)
    return EINVAL
  }
  return 0
}

/** parse_crashkernel_suffix() (6.12 crash_reserve.c:189-213). */
function parseSuffix(l: Line, p: number, out: Out, suffix: string): number {
  let cur: number
  ;[out.size, cur] = memparse(l, p)
  if (cur === p) {
    l.warn('crashkernel: memory value expected')
    return EINVAL
  }
  if (l.s.slice(cur, cur + suffix.length) !== suffix) {
    // %c of NUL ends the message there: nothing after the colon and space
    l.warn(`crashkernel: unrecognized char: ${pctC(l.at(cur))}`)
    return EINVAL
  }
  cur += suffix.length
  if (l.at(cur) !== ' ' && l.at(cur) !== '\0') {
    l.warn(`crashkernel: unrecognized char: ${pctC(l.at(cur))}`)
    return EINVAL
  }
  return 0
}

const NAME = 'crashkernel='

/** get_last_crashkernel() (6.12 crash_reserve.c:215-251): index of the chosen "crashkernel=", or -1. */
export function refGetLastCrashkernel(f: RefFlavor, s: string, suffix: string | null): number {
  let ck = -1
  for (let p = s.indexOf(NAME); p >= 0; p = s.indexOf(NAME, p + 1)) {
    let endP = s.indexOf(' ', p)
    if (endP < 0) endP = s.length
    // q = end_p - strlen(sfx) stays inside the word: "crashkernel=" alone is 12 bytes
    const endsWith = (sfx: string): boolean => s.slice(endP - sfx.length, endP) === sfx
    if (suffix === null) {
      if (!f.suffixes.some(endsWith)) ck = p
    } else if (endsWith(suffix)) {
      ck = p
    }
  }
  return ck
}

export interface RefParse {
  ret: number
  size: bigint
  base: bigint
  msgs: RefMsg[]
  /** For the range form: how many entries were read, and the index of the one taken (even of size 0). */
  range?: { read: number; taken: number | undefined }
}

function parseClassOn(l: Line, systemRam: bigint, suffix: string | null): Omit<RefParse, 'msgs' | 'range'> & Partial<Out> {
  const out: Out = { size: 0n, base: 0n }
  const ck = refGetLastCrashkernel(l.f, l.s, suffix)
  if (ck < 0) return { ret: l.f.notFound, ...out }
  const p = ck + NAME.length
  let ret: number
  if (suffix !== null) {
    ret = parseSuffix(l, p, out, suffix)
  } else {
    const colon = l.s.indexOf(':', p)
    const space = l.s.indexOf(' ', p)
    ret = colon >= 0 && (space < 0 || colon < space) ? parseMem(l, p, systemRam, out) : parseSimple(l, p, out)
  }
  return { ret, ...out }
}

/** __parse_crashkernel(cmdline, system_ram, &size, &base, suffix) of one generation, with its messages. */
export function refParseClass(f: RefFlavor, cmdline: string, systemRam: bigint, suffix: string | null): RefParse {
  const l = new Line(cmdline, f)
  const { read, took, ...r } = parseClassOn(l, systemRam, suffix)
  return { ...r, msgs: l.msgs, ...(read !== undefined && { range: { read, taken: took ? read - 1 : undefined } }) }
}

/** What the arch caller holds when it goes on to reserve, or why it does not. */
export interface RefOutcome {
  /** The caller goes on to the reservation (did not return early). */
  reserve: boolean
  /** generic parse_crashkernel()'s return (6.12+); 0 / the failing parse's return for the split callers. */
  ret: number
  size: bigint
  base: bigint
  high: boolean
  /**
   * The ,low size the reservation would use: a value, or 'default' for the arch default
   * (generic DEFAULT_CRASH_KERNEL_LOW_SIZE; x86 crash_low_size_default()).
   */
  low: bigint | 'default'
  /** crashkernel=,cma size where the arch passes &cma_size (the parse's return is ignored: 7.2 crash_reserve.c:343-345). */
  cma: bigint
  msgs: RefMsg[]
  /**
   * x86 5.10/6.1: reserve_crashkernel_low() parses ,low only once the region lies at or
   * above 4G (setup.c 5.10:541); its messages, kept apart.
   */
  lowMsgs: RefMsg[]
}

/**
 * The arch caller's view of crashkernel= for one generation, or null where the arch has no
 * crash kernel code (riscv 5.10: no parse_crashkernel() call in arch/riscv).
 */
export function refArchParse(f: RefFlavor, arch: RefArch, cmdline: string, systemRam: bigint): RefOutcome | null {
  const l = new Line(cmdline, f)
  const result = (o: Partial<RefOutcome>): RefOutcome => ({ reserve: false, ret: 0, size: 0n, base: 0n, high: false, low: 0n, cma: 0n, msgs: l.msgs, lowMsgs: [], ...o })
  if (f.entry === 'split') {
    if (arch === 'riscv64' && f.name === '5.10') return null
    if (arch === 'x86_64') {
      // setup.c 5.10:493-502: plain; on any error or size 0, ,high (with total_mem)
      let r = parseClassOn(l, systemRam, null)
      let high = false
      if (r.ret !== 0 || r.size === 0n) {
        r = parseClassOn(l, systemRam, ',high')
        if (r.ret !== 0 || r.size === 0n) return result({ ret: r.ret || EINVAL })
        high = true
      }
      // setup.c 5.10:447-462: an error means the default, "0,low" means none
      const lowLine = new Line(cmdline, f)
      const lr = parseClassOn(lowLine, min(systemRam, 1n << 32n), ',low')
      return result({ reserve: true, size: r.size, base: r.base, high, low: lr.ret ? 'default' : lr.size, lowMsgs: lowLine.msgs })
    }
    const r = parseClassOn(l, systemRam, null)
    if (arch === 'riscv64' || f.name === '5.10') {
      // arm64 5.10 init.c:103-110, riscv 6.1 init.c:1192-1194: if (ret || !crash_size) return
      if (r.ret || !r.size) return result({ ret: r.ret || EINVAL })
      return result({ reserve: true, size: r.size, base: r.base })
    }
    // arm64 6.1 init.c:138-157
    if (r.ret === ENOENT) {
      const h = parseClassOn(l, 0n, ',high')
      if (h.ret || !h.size) return result({ ret: h.ret || EINVAL })
      const lo = parseClassOn(l, 0n, ',low')
      if (lo.ret && lo.ret !== ENOENT) return result({ ret: lo.ret })
      return result({ reserve: true, size: h.size, base: 0n, high: true, low: lo.size })
    }
    if (r.ret || !r.size) return result({ ret: r.ret || EINVAL })
    return result({ reserve: true, size: r.size, base: r.base })
  }

  // generic parse_crashkernel() (6.12 crash_reserve.c:296-342; 7.2 crash_reserve.c:298-354)
  const r = parseClassOn(l, systemRam, null)
  let { ret, size, base } = r
  let low: bigint | 'default' = 0n
  let high = false
  let cma = 0n
  if (ret === ENOENT) {
    const h = parseClassOn(l, 0n, ',high')
    size = h.size
    base = h.base
    if (h.ret || !h.size) return result({ ret: EINVAL, size })
    const lo = parseClassOn(l, 0n, ',low')
    if (lo.ret === ENOENT) {
      low = 'default'
      ret = 0
    } else if (lo.ret) {
      return result({ ret: lo.ret, size })
    } else {
      low = lo.size
      ret = 0
    }
    high = true
  }
  if (f.cmaArches.includes(arch)) cma = parseClassOn(l, 0n, ',cma').size
  if (!size) ret = EINVAL
  if (size >= systemRam) ret = EINVAL
  return result({ reserve: ret === 0, ret, size, base, high, low, cma })
}

const min = (a: bigint, b: bigint): bigint => (a < b ? a : b)
