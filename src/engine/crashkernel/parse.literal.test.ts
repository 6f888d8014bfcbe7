// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel=` parsing against the C read literally (fast-check, fixed seed).
 *
 * The reference below re-expresses, for each source tree at hand, the parser as the C walks
 * it: the command line is a NUL-terminated byte buffer, pointers are indices into it, every
 * read past the end sees the terminator, unsigned long long arithmetic is modulo 2^64 (or
 * saturating where the tree's lib/ code saturates). It is written from the C, not from
 * parse.ts, and the generated command lines are built from the fragments the grammar cares
 * about (digits, radix prefixes, suffix letters, '-', ':', ',', '@', the class suffixes,
 * spaces and tabs, "crashkernel=" several times), so the engine's token selection, the three
 * forms, memparse() and the generic parse_crashkernel() are compared case by case: return
 * value, *crash_size, *crash_base, *low_size, *high, *cma_size and every message printed.
 *
 * Per tree (what differs, as read):
 * - 5.10.223 kernel/crash_core.c:38-295: exact RAM in parse_crashkernel_mem (:88, :94), the
 *   size message without prefix (:84), "Memory value expected after '@'" (:107), suffixes
 *   ",high"/",low" (:149-153), -EINVAL when no token (:245-246); lib/cmdline.c memparse wraps.
 * - 6.1.192 kernel/crash_core.c:43-130: roundup(total_mem, SZ_128M) (:57), -ENOENT when no
 *   token (__parse_crashkernel), messages as 5.10 (:98, :121).
 * - 6.12.117 kernel/crash_reserve.c:56-345: the prefixed size message (:111), the
 *   "crahskernel" typo (:134), generic parse_crashkernel with the crash_size >= system_ram
 *   check (:296-341).
 * - 6.16.3 kernel/crash_reserve.c:134: the typo fixed.
 * - 6.17.8 kernel/crash_reserve.c:179-185, :344-347: ",cma" in suffix_tbl, parsed when the
 *   caller passes cma_size (x86: arch/x86/kernel/setup.c@v7.2.13:608-630).
 * - 7.2.13 lib/cmdline.c:153-200 memparse and lib/kstrtox.c:58-96 _parse_integer_limit
 *   saturate; the suffix is consumed only after digits.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { policyFor } from '../policies/index.js'
import { Trace } from '../trace.js'
import type { TraceEvent } from '../types.js'
import { parseCrashkernelClass, parseCrashkernelGeneric } from './parse.js'

const MASK = (1n << 64n) - 1n
const EINVAL = -22
const ENOENT = -2

interface Tree {
  release: string
  saturating: boolean
  roundup128M: boolean
  sizeMsg: string
  atMsg: string
  suffixes: string[]
  notFound: number
  /** The generic parse_crashkernel() of 6.7+ with the >= system_ram check. */
  generic: boolean
}

const TREES: Tree[] = [
  { release: '5.10.223', saturating: false, roundup128M: false, sizeMsg: 'Memory value expected', atMsg: "Memory value expected after '@'", suffixes: [',high', ',low'], notFound: EINVAL, generic: false },
  { release: '6.1.192', saturating: false, roundup128M: true, sizeMsg: 'Memory value expected', atMsg: "Memory value expected after '@'", suffixes: [',high', ',low'], notFound: ENOENT, generic: false },
  { release: '6.12.117', saturating: false, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crahskernel: Memory value expected after '@'", suffixes: [',high', ',low'], notFound: ENOENT, generic: true },
  { release: '6.16.3', saturating: false, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crashkernel: Memory value expected after '@'", suffixes: [',high', ',low'], notFound: ENOENT, generic: true },
  { release: '6.17.8', saturating: false, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crashkernel: Memory value expected after '@'", suffixes: [',high', ',low', ',cma'], notFound: ENOENT, generic: true },
  { release: '7.1.3', saturating: false, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crashkernel: Memory value expected after '@'", suffixes: [',high', ',low', ',cma'], notFound: ENOENT, generic: true },
  { release: '7.2.13', saturating: true, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crashkernel: Memory value expected after '@'", suffixes: [',high', ',low', ',cma'], notFound: ENOENT, generic: true },
  { release: '7.3.4', saturating: true, roundup128M: true, sizeMsg: 'crashkernel: Memory value expected', atMsg: "crashkernel: Memory value expected after '@'", suffixes: [',high', ',low', ',cma'], notFound: ENOENT, generic: true },
]

// ------------------------------------------------------------------ the C, literally

/** A NUL-terminated char buffer; reading past the terminator reads 0 too. */
class CStr {
  readonly b: number[]
  constructor(s: string) {
    this.b = [...s].map((c) => c.charCodeAt(0))
    this.b.push(0)
  }
  at(p: number): number {
    return this.b[p] ?? 0
  }
  /** strchr(p, c) or -1. */
  strchr(p: number, c: number): number {
    for (let i = p; ; i++) {
      if (this.at(i) === c) return i
      if (this.at(i) === 0) return -1
    }
  }
  /** strstr(p, needle) or -1. */
  strstr(p: number, needle: string): number {
    for (let i = p; this.at(i) !== 0; i++) if (this.strncmp(i, needle, needle.length) === 0) return i
    return -1
  }
  /** strncmp(p, s, n) (before the buffer start reads as 0xff: no match). */
  strncmp(p: number, s: string, n: number): number {
    for (let k = 0; k < n; k++) {
      const a = p + k < 0 ? 0xff : this.at(p + k)
      const c = k < s.length ? s.charCodeAt(k) : 0
      if (a !== c) return a - c
      if (a === 0) return 0
    }
    return 0
  }
  strlen(p: number): number {
    let n = 0
    while (this.at(p + n) !== 0) n++
    return n
  }
}

const tolower = (c: number): number => c | 0x20
const isxdigit = (c: number): boolean => (c >= 48 && c <= 57) || (tolower(c) >= 97 && tolower(c) <= 102)

/** simple_strtoull(cp, &endp, 0): _parse_integer_fixup_radix + _parse_integer_limit. */
function simpleStrtoull(s: CStr, cp: number, sat: boolean): { v: bigint; end: number } {
  let base = 10n
  if (s.at(cp) === 48) base = tolower(s.at(cp + 1)) === 120 && isxdigit(s.at(cp + 2)) ? 16n : 8n
  if (base === 16n && s.at(cp) === 48 && tolower(s.at(cp + 1)) === 120) cp += 2
  let res = 0n
  for (;;) {
    const c = s.at(cp)
    const lc = tolower(c)
    let val: bigint
    if (c >= 48 && c <= 57) val = BigInt(c - 48)
    else if (lc >= 97 && lc <= 102) val = BigInt(lc - 97 + 10)
    else break
    if (val >= base) break
    if (sat && res & (MASK << 60n & MASK)) {
      const mul = res * base
      res = mul > MASK || (mul + val) > MASK ? MASK : mul + val
    } else {
      res = (res * base + val) & MASK
    }
    cp++
  }
  return { v: res, end: cp }
}

function memparse(s: CStr, ptr: number, sat: boolean): { v: bigint; end: number } {
  const r = simpleStrtoull(s, ptr, sat)
  let ret = r.v
  let endptr = r.end
  const shifts: Record<string, number> = { e: 6, p: 5, t: 4, g: 3, m: 2, k: 1 }
  const n = shifts[String.fromCharCode(tolower(s.at(endptr)))] ?? 0
  // the switch's case 'E': case 'e': … case 'K': case 'k': (c | 0x20 is one of these only for them)
  const isSuffix = n > 0
  if (!sat) {
    // case 'E' … case 'K': ret <<= 10 per level, endptr++ once
    if (isSuffix) {
      for (let i = 0; i < n; i++) ret = (ret << 10n) & MASK
      endptr++
    }
  } else if (isSuffix && ptr !== endptr) {
    const shl = BigInt(10 * n)
    ret = ret << shl > MASK ? MASK : ret << shl
    endptr++
  }
  return { v: ret, end: endptr }
}

interface Out {
  ret: number
  size: bigint
  base: bigint
}

function parseMem(s: CStr, cmdline: number, systemRam: bigint, t: Tree, log: TraceEvent[]): Out {
  const warn = (text: string): void => void log.push({ level: 'warn', source: 'crashkernel', text })
  let cur = cmdline
  let totalMem = systemRam
  if (t.roundup128M) totalMem = ((totalMem + (128n << 20n) - 1n) / (128n << 20n)) * (128n << 20n)
  const o: Out = { ret: 0, size: 0n, base: 0n }
  do {
    let end = MASK
    const st = memparse(s, cur, t.saturating)
    if (cur === st.end) {
      warn('crashkernel: Memory value expected')
      return { ...o, ret: EINVAL }
    }
    cur = st.end
    if (s.at(cur) !== 45) {
      warn("crashkernel: '-' expected")
      return { ...o, ret: EINVAL }
    }
    cur++
    if (s.at(cur) !== 58) {
      const e = memparse(s, cur, t.saturating)
      if (cur === e.end) {
        warn('crashkernel: Memory value expected')
        return { ...o, ret: EINVAL }
      }
      cur = e.end
      end = e.v
      if (end <= st.v) {
        warn('crashkernel: end <= start')
        return { ...o, ret: EINVAL }
      }
    }
    if (s.at(cur) !== 58) {
      warn("crashkernel: ':' expected")
      return { ...o, ret: EINVAL }
    }
    cur++
    const size = memparse(s, cur, t.saturating)
    if (cur === size.end) {
      warn(t.sizeMsg)
      return { ...o, ret: EINVAL }
    }
    cur = size.end
    if (size.v >= totalMem) {
      warn('crashkernel: invalid size')
      return { ...o, ret: EINVAL }
    }
    if (totalMem >= st.v && totalMem < end) {
      o.size = size.v
      break
    }
  } while (s.at(cur++) === 44)
  if (o.size > 0n) {
    while (s.at(cur) && s.at(cur) !== 32 && s.at(cur) !== 64) cur++
    if (s.at(cur) === 64) {
      cur++
      const b = memparse(s, cur, t.saturating)
      o.base = b.v
      if (cur === b.end) {
        warn(t.atMsg)
        return { ...o, ret: EINVAL }
      }
    }
  } else {
    log.push({ level: 'info', source: 'crashkernel', text: 'crashkernel size resulted in zero bytes' })
  }
  return o
}

const charOf = (c: number): string => (c === 0 ? '' : String.fromCharCode(c))

function parseSimple(s: CStr, cmdline: number, t: Tree, log: TraceEvent[]): Out {
  const m = memparse(s, cmdline, t.saturating)
  const o: Out = { ret: 0, size: m.v, base: 0n }
  let cur = m.end
  if (cmdline === cur) {
    log.push({ level: 'warn', source: 'crashkernel', text: 'crashkernel: memory value expected' })
    return { ...o, ret: EINVAL }
  }
  if (s.at(cur) === 64) {
    const b = memparse(s, cur + 1, t.saturating)
    o.base = b.v
    cur = b.end
  } else if (s.at(cur) !== 32 && s.at(cur) !== 0) {
    log.push({ level: 'warn', source: 'crashkernel', text: `crashkernel: unrecognized char: ${charOf(s.at(cur))}` })
    return { ...o, ret: EINVAL }
  }
  return o
}

function parseSuffix(s: CStr, cmdline: number, suffix: string, t: Tree, log: TraceEvent[]): Out {
  const m = memparse(s, cmdline, t.saturating)
  const o: Out = { ret: 0, size: m.v, base: 0n }
  let cur = m.end
  if (cmdline === cur) {
    log.push({ level: 'warn', source: 'crashkernel', text: 'crashkernel: memory value expected' })
    return { ...o, ret: EINVAL }
  }
  if (s.strncmp(cur, suffix, suffix.length)) {
    log.push({ level: 'warn', source: 'crashkernel', text: `crashkernel: unrecognized char: ${charOf(s.at(cur))}` })
    return { ...o, ret: EINVAL }
  }
  cur += suffix.length
  if (s.at(cur) !== 32 && s.at(cur) !== 0) {
    log.push({ level: 'warn', source: 'crashkernel', text: `crashkernel: unrecognized char: ${charOf(s.at(cur))}` })
    return { ...o, ret: EINVAL }
  }
  return o
}

function getLast(s: CStr, name: string, suffix: string | null, t: Tree): number {
  let ck = -1
  let p = s.strstr(0, name)
  while (p !== -1) {
    let endP = s.strchr(p, 32)
    if (endP === -1) endP = p + s.strlen(p)
    let skip = false
    if (suffix === null) {
      for (const sfx of t.suffixes) if (!s.strncmp(endP - sfx.length, sfx, sfx.length)) skip = true
      if (!skip) ck = p
    } else if (!s.strncmp(endP - suffix.length, suffix, suffix.length)) {
      ck = p
    }
    p = s.strstr(p + 1, name)
  }
  return ck
}

function parseClass(cmdline: string, systemRam: bigint, suffix: string | null, t: Tree, log: TraceEvent[]): Out {
  const s = new CStr(cmdline)
  const name = 'crashkernel='
  let ck = getLast(s, name, suffix, t)
  if (ck === -1) return { ret: t.notFound, size: 0n, base: 0n }
  ck += name.length
  if (suffix !== null) return parseSuffix(s, ck, suffix, t, log)
  const firstColon = s.strchr(ck, 58)
  const firstSpace = s.strchr(ck, 32)
  if (firstColon !== -1 && (firstSpace === -1 || firstColon < firstSpace)) return parseMem(s, ck, systemRam, t, log)
  return parseSimple(s, ck, t, log)
}

/** parse_crashkernel() of 6.7+ with low_size, high and (when asked) cma_size passed. */
function parseGeneric(cmdline: string, systemRam: bigint, defaultLow: bigint, cma: boolean, t: Tree, log: TraceEvent[]) {
  const plain = parseClass(cmdline, systemRam, null, t, log)
  let { ret, size, base } = plain
  let lowSize = 0n
  let high = false
  let cmaSize = 0n
  const done = (r: number) => ({ ret: r, size, base, lowSize, high, cmaSize })
  if (ret === ENOENT) {
    const h = parseClass(cmdline, 0n, ',high', t, log)
    ;({ ret, size, base } = h)
    if (ret || !size) return done(EINVAL)
    const l = parseClass(cmdline, 0n, ',low', t, log)
    lowSize = l.size
    base = l.base
    ret = l.ret
    if (ret === ENOENT) {
      lowSize = defaultLow
      ret = 0
    } else if (ret) {
      return done(ret)
    }
    high = true
  }
  if (cma) cmaSize = parseClass(cmdline, 0n, ',cma', t, log).size
  if (!size) ret = EINVAL
  if (size >= systemRam) ret = EINVAL
  return done(ret)
}

// ------------------------------------------------------------------ the generated command lines

const FRAGMENTS = [
  'crashkernel=', 'crashkernel=', 'crashkernel=', ' ', ' ', '\t', 'foo.',
  '0', '1', '2', '4', '8', '9', '00', '0x', '0X', '0x1', 'f', 'a', 'b', 'x',
  'k', 'K', 'm', 'M', 'g', 'G', 't', 'T', 'p', 'E', 'e',
  '-', ':', ',', '@', '1G-', '-2G:', ':256M', '@0x80000000',
  ',high', ',low', ',cma', ',highx', 'high', 'low', 'cma', ',HIGH',
  '18446744073709551615', '18446744073709551616', '99999999999999999999', '0xffffffffffffffff', '16E', '17179869184G',
]

/** Free-form: any sequence of fragments. */
const noiseArb = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 0, maxLength: 14 }).map((a) => a.join(''))

/** Numbers near the RAM sizes below, in every radix and suffix, and the edge cases. */
const NUMBERS = ['0', '1', '64M', '128M', '256M', '512M', '1G', '1024M', '2G', '3968M', '4032M', '4G', '4096M', '8G', '1T', '16E', '17E', '0x100000000', '0x10000000', '0400M', '0100', 'M', '', '0x', '018', '0xfffffffffffffffe', '18446744073709551615', '99999999999999999999k']
const numArb = fc.constantFrom(...NUMBERS)
const entryArb = fc.tuple(numArb, fc.option(numArb, { nil: undefined }), numArb).map(([a, b, c]) => `${a}-${b ?? ''}:${c}`)
const valueArb = fc.oneof(
  fc.tuple(numArb, fc.option(numArb, { nil: undefined })).map(([n, at]) => (at === undefined ? n : `${n}@${at}`)),
  fc.tuple(fc.array(entryArb, { minLength: 1, maxLength: 4 }), fc.option(numArb, { nil: undefined }), fc.constantFrom('', 'junk', 'x', ' q@0x40000000', '\tq@1G')).map(([e, at, j]) => e.join(',') + j + (at === undefined ? '' : `@${at}`)),
  fc.tuple(numArb, fc.constantFrom(',high', ',low', ',cma', ',highx', ',high,low', ',HIGH', '@4G,high', ',cma ')).map(([n, sfx]) => n + sfx),
)
const wordArb = fc.oneof(
  { weight: 4, arbitrary: valueArb.map((v) => `crashkernel=${v}`) },
  { weight: 1, arbitrary: fc.constantFrom('quiet', 'foo=1@0x1000', 'a:b', 'console=ttyS0,115200n8', '--', 'foo.crashkernel=256M', '\tx', 'crashkernel') },
  { weight: 1, arbitrary: noiseArb },
)
/** Structured: words of the grammar (simple, range list, suffix forms) with noise between them. */
const wordsArb = fc.array(wordArb, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '))
const cmdlineArb = fc.oneof(noiseArb, wordsArb, wordsArb)
const G = 1n << 30n
const M = 1n << 20n
const ramArb = fc.constantFrom(0n, 1n, 512n * M, 2n * G - 1n, 2n * G, 4n * G - 52n * M, 4n * G - 128n * M, 4n * G, 8n * G + 1n, 1n << 40n)

describe('crashkernel= parsing equals the C read literally, per source tree (fast-check, fixed seed)', () => {
  for (const t of TREES) {
    it(`__parse_crashkernel, every class [${t.release}]`, () => {
      const dialect = policyFor('arm64', t.release)!.parse
      fc.assert(
        fc.property(cmdlineArb, ramArb, (cmdline, ram) => {
          for (const suffix of [null, ...t.suffixes]) {
            const log: TraceEvent[] = []
            const want = parseClass(cmdline, ram, suffix, t, log)
            const trace = new Trace()
            const got = parseCrashkernelClass(cmdline, ram, suffix, dialect, trace)
            expect({ suffix, cmdline, ...got, trace: trace.events }).toEqual({ suffix, cmdline, ...want, trace: log })
          }
        }),
        { seed: 20261202, numRuns: 1500 },
      )
    })
    if (!t.generic) continue
    for (const arch of ['arm64', 'x86_64'] as const) {
      it(`generic parse_crashkernel() [${arch} ${t.release}]`, () => {
        const policy = policyFor(arch, t.release)!
        // x86 passes cma_size from 6.17 (arch/x86/kernel/setup.c@v6.17.8), arm64 only from 7.3
        // (arch/arm64/mm/init.c@v7.3.4); DEFAULT_CRASH_KERNEL_LOW_SIZE: x86 256M without
        // swiotlb= (arch/x86/include/asm/crash_reserve.h), arm64 128M.
        const cma = t.suffixes.includes(',cma') && (arch === 'x86_64' || t.release === '7.3.4')
        const defaultLow = arch === 'x86_64' ? 256n * M : 128n * M
        expect({ parseCma: policy.crash.parseCma, defaultLow: policy.crash.defaultLow }).toEqual({ parseCma: cma, defaultLow })
        fc.assert(
          fc.property(cmdlineArb, ramArb, (cmdline, ram) => {
            const log: TraceEvent[] = []
            const want = parseGeneric(cmdline, ram, defaultLow, cma, t, log)
            const trace = new Trace()
            const got = parseCrashkernelGeneric(cmdline, ram, { supportsHigh: true, defaultLow, parseCma: cma }, policy.parse, trace)
            const { parsedRet: _parsedRet, ...rest } = got
            expect({ cmdline, ...rest, trace: trace.events }).toEqual({ cmdline, ...want, trace: log })
          }),
          { seed: 20261202, numRuns: 1500 },
        )
      })
    }
  }
})
