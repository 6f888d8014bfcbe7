// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential test of crashkernel= parsing: the engine (memparse dialects,
 * parseCrashkernelClass, parseCrashkernelGeneric and each policy's reservation variant up to
 * its parse decision) against the independent model in crashkernel-ref.ts, per kernel
 * generation and architecture. Command lines come from a grammar with mutations (number
 * bases, suffixes, 64-bit overflow, range lists around the RAM figure, suffix classes,
 * `crashkernel=` inside other parameters and quotes, trailing junk), drawn from a fixed-seed
 * PRNG so that every run checks the same cases.
 */
import { describe, expect, it } from 'vitest'
import { crashkernelRangeMatch, parseCrashkernelClass, parseCrashkernelGeneric } from '../../src/engine/crashkernel/parse.js'
import { crashReserveContext } from '../../src/engine/crashkernel/reserve.js'
import { memblockAdd, memblockCreate } from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { Trace } from '../../src/engine/trace.js'
import type { TraceEvent } from '../../src/engine/types.js'
import { FLAVORS, refArchParse, refMemparse, refParseClass, type RefArch, type RefFlavor, type RefMsg } from './crashkernel-ref.js'
import { mulberry32 } from './prng.js'

// ------------------------------------------------------------------ PRNG (mulberry32)

function prng(seed: number): { next: () => number; int: (n: number) => number; pick: <T>(a: readonly T[]) => T; chance: (p: number) => boolean } {
  const next = mulberry32(seed)
  const int = (n: number): number => Math.floor(next() * n)
  return { next, int, pick: (arr) => arr[int(arr.length)]!, chance: (p) => next() < p }
}
type Rng = ReturnType<typeof prng>

// ------------------------------------------------------------------ grammar

const M = 1n << 20n
const G = 1n << 30n
const SZ_128M = 128n * M
const ARCHES: readonly RefArch[] = ['arm64', 'x86_64', 'riscv64']

/** System RAM figures: round ones, just off the 128M grid, and random. */
function genRam(r: Rng): bigint {
  switch (r.int(5)) {
    case 0: return BigInt(1 + r.int(64)) * G
    case 1: return BigInt(1 + r.int(256)) * SZ_128M + r.pick([-4096n, -1n, 1n, 4096n, -M, M])
    case 2: return BigInt(1 + r.int(64)) * G - r.pick([64n * M, 16n * M, 2n * M, 76n * M])
    case 3: return BigInt(r.int(1 << 30)) * 4096n + M
    default: return BigInt(r.pick([512, 768, 1024, 2048, 3072, 4096, 8192])) * M
  }
}

/** A number in some base, its digits alone (no unit letter). */
function genDigits(r: Rng, value?: bigint): string {
  const v = value ?? BigInt(r.pick([0, 1, 2, 16, 64, 128, 256, 384, 512, 1000, 1024, 2048, 4096, r.int(100000)]))
  switch (r.int(9)) {
    case 0: return '0x' + v.toString(16)
    case 1: return '0X' + v.toString(16).toUpperCase()
    case 2: return v === 0n ? '0' : '0' + v.toString(8)
    default: return v.toString(10)
  }
}

const UNITS = ['K', 'M', 'G', 'T', 'P', 'E', 'k', 'm', 'g', 't', 'p', 'e'] as const
const OVERFLOW = [
  '18446744073709551615', '18446744073709551616', '99999999999999999999', '0xffffffffffffffff',
  '0x10000000000000000', '01777777777777777777777', '02000000000000000000000', '16E', '15E', '17179869184G',
  '17179869183G', '0x3ffffffffffffffK', '0x400000000000000K', '123456789012345678901234567890', '8E', '9223372036854775808',
]
const ODD = ['', '0', '00', '0x', '0xg', '08', '09M', 'M', 'K', 'x', '-', '0x1e', '1e', '0b1', '+1', ' ', '1 ', '4G ']

/** A memory value as typed on a command line, with its mutations. */
function genSize(r: Rng, around?: bigint): string {
  const roll = r.int(20)
  if (roll === 0) return r.pick(OVERFLOW)
  if (roll === 1) return r.pick(ODD)
  if (around !== undefined && roll < 9) {
    // exact bytes near the RAM figure (and its 128M round-up), in some base or unit
    const rounded = ((around + SZ_128M - 1n) / SZ_128M) * SZ_128M
    const v = r.pick([around, rounded, around - 1n, around + 1n, rounded - 1n, rounded + 1n, around - 4096n])
    if (v % G === 0n && r.chance(0.5)) return genDigits(r, v / G) + r.pick(['G', 'g'])
    if (v % M === 0n && r.chance(0.5)) return genDigits(r, v / M) + r.pick(['M', 'm'])
    return genDigits(r, v)
  }
  const unit = r.chance(0.8) ? r.pick(UNITS.slice(0, 4)) : r.chance(0.5) ? r.pick(UNITS) : ''
  return genDigits(r) + unit
}

/** `start-[end]:size` entries, mutated. */
function genRanges(r: Rng, ram: bigint): string {
  const n = 1 + r.int(4)
  const entries: string[] = []
  for (let i = 0; i < n; i++) {
    const start = r.chance(0.3) ? '0' : genSize(r, ram)
    const end = r.chance(0.3) ? '' : genSize(r, ram)
    const size = genSize(r)
    let e = `${start}-${end}:${size}`
    switch (r.int(14)) {
      case 0: e = `${start}${end}:${size}`; break // no '-'
      case 1: e = `${start}-${end}${size}`; break // no ':'
      case 2: e = ''; break // empty entry
      case 3: e = `${start}-${end}:`; break // no size
      case 4: e = `${e}${r.pick(['x', 'B', 'MB', '@', '"', '-', ':'])}`; break // junk
    }
    entries.push(e)
  }
  let s = entries.join(r.chance(0.9) ? ',' : r.pick([';', ',,', ', ']))
  if (r.chance(0.1)) s += ','
  if (r.chance(0.25)) s += '@' + (r.chance(0.8) ? genSize(r) : r.pick(['', 'x', '0x']))
  return s
}

const SUFFIXES = [',high', ',low', ',cma', ',HIGH', ',hig', ',high,low', ',low,high', ',cma,high', 'high', ',', ',high ', ',lowx']

/** The value of one crashkernel= parameter. */
function genValue(r: Rng, ram: bigint): string {
  switch (r.int(6)) {
    case 0:
    case 1: return genSize(r) + (r.chance(0.25) ? '@' + genSize(r) : '') + (r.chance(0.08) ? r.pick(['x', 'B', '@', ':', '"', ',']) : '')
    case 2:
    case 3: return genRanges(r, ram)
    case 4: return genSize(r) + r.pick(SUFFIXES.slice(0, 3)) + (r.chance(0.05) ? r.pick(['x', '@0', ':']) : '')
    default: return genSize(r) + (r.chance(0.3) ? '@' + genSize(r) : '') + r.pick(SUFFIXES)
  }
}

const NOISE = ['console=ttyS0,115200', 'quiet', 'root=/dev/vda1', 'mem=2G', 'ip=10.0.0.1:::255.0.0.0::eth0:off', 'a:b', 'rd.x=1-2:3', 'crashkernel', 'crashkernel:256M', 'kexec=1']

/** One parameter carrying crashkernel=, in its place on the line. */
function genParam(r: Rng, ram: bigint): string {
  const v = genValue(r, ram)
  switch (r.int(12)) {
    case 0: return `foo.crashkernel=${v}`
    case 1: return `xcrashkernel=${v}`
    case 2: return `foo="crashkernel=${v}"`
    case 3: return `"crashkernel=${v} bar"`
    case 4: return `CRASHKERNEL=${v}`
    case 5: return `crashkernel=crashkernel=${v}`
    default: return `crashkernel=${v}`
  }
}

function genCmdline(r: Rng, ram: bigint): string {
  const words: string[] = []
  const n = 1 + r.int(4)
  for (let i = 0; i < n; i++) words.push(r.chance(0.75) ? genParam(r, ram) : r.pick(NOISE))
  if (r.chance(0.2)) words.splice(r.int(words.length + 1), 0, r.pick(NOISE))
  return words.join(r.chance(0.95) ? ' ' : r.pick(['  ', '\t']))
}

// ------------------------------------------------------------------ comparison

const PARSE_TEXT = /^(?:crashkernel: (?:memory value expected|Memory value expected|'-' expected|':' expected|end <= start|invalid size|unrecognized char: .?|Memory value expected after '@')|crahskernel: Memory value expected after '@'|Memory value expected(?: after '@')?|crashkernel size resulted in zero bytes)$/s

const msgs = (events: readonly TraceEvent[]): RefMsg[] => events.map((e) => ({ level: e.level as RefMsg['level'], text: e.text }))
const parseMsgs = (events: readonly TraceEvent[]): RefMsg[] => msgs(events.filter((e) => PARSE_TEXT.test(e.text)))

/** Layout for the reservation variants: one bank of exactly `ram` bytes. */
const BANK_BASE: Record<RefArch, bigint> = { arm64: 0x4000_0000n, x86_64: 0x10_0000n, riscv64: 0x8000_0000n }
const HIGH_MAX: Record<RefArch, bigint> = { arm64: 1n << 48n, x86_64: 1n << 46n, riscv64: 1n << 56n }
const SZ_4G = 4n * G

interface Tally {
  cases: number
  reserve: number
  rets: Record<string, number>
}

/**
 * One case: class-level parses for every suffix class, the generic parse_crashkernel() where
 * the generation has it, and the policy's reservation variant up to its parse decision.
 * Returns a description of the first disagreement, or undefined.
 */
function checkCase(f: RefFlavor, arch: RefArch, cmdline: string, ram: bigint, tally: Tally): string | undefined {
  const policy = policyFor(arch, f.release)
  if (!policy) return `no policy for ${arch} ${f.release}`
  const where = `${f.name} ${arch} ram=0x${ram.toString(16)} ${JSON.stringify(cmdline)}`

  for (const suffix of [null, ',high', ',low', ',cma']) {
    const trace = new Trace()
    const e = parseCrashkernelClass(cmdline, ram, suffix, policy.parse, trace)
    const m = refParseClass(f, cmdline, ram, suffix)
    tally.rets[`${suffix ?? 'plain'} ${m.ret}`] = (tally.rets[`${suffix ?? 'plain'} ${m.ret}`] ?? 0) + 1
    const got = { ret: e.ret, size: e.size, base: e.base, msgs: msgs(trace.events) }
    const want = { ret: m.ret, size: m.size, base: m.base, msgs: m.msgs }
    if (!deepEqual(got, want)) return `class ${suffix ?? 'plain'} ${where}: engine ${show(got)} model ${show(want)}`
    if (suffix === null) {
      // the reports' reading of a range list: entries read and the one the kernel took
      const rm = crashkernelRangeMatch(cmdline, ram, policy.parse, new Trace())
      const g = rm && { read: rm.entries.length, taken: rm.matched }
      if (!deepEqual(g, m.range)) return `range match ${where}: engine ${show(g)} model ${show(m.range)}`
    }
  }

  const ref = refArchParse(f, arch, cmdline, ram)

  if (f.entry === 'generic') {
    const trace = new Trace()
    const c = policy.crash
    const e = parseCrashkernelGeneric(cmdline, ram, { supportsHigh: c.supportsHigh, defaultLow: c.defaultLow, parseCma: c.parseCma }, policy.parse, trace)
    const want = ref!
    const got = { ret: e.ret, msgs: msgs(trace.events) }
    if (!deepEqual(got, { ret: want.ret, msgs: want.msgs })) return `generic ${where}: engine ${show(got)} model ${show({ ret: want.ret, msgs: want.msgs })}`
    if (e.ret === 0) {
      const g = { size: e.size, base: e.base, high: e.high, low: e.high ? e.lowSize : 0n, cma: e.cmaSize }
      const w = { size: want.size, base: want.base, high: want.high, low: want.low === 'default' ? c.defaultLow : want.low, cma: want.cma }
      if (!deepEqual(g, w)) return `generic values ${where}: engine ${show(g)} model ${show(w)}`
    }
  }

  // The reservation variant, up to its parse decision.
  const mb = memblockCreate(4096n)
  memblockAdd(mb, BANK_BASE[arch], ram)
  const trace = new Trace()
  const ctx = crashReserveContext(mb, trace, { cmdline, pageSize: 4096n }, policy, SZ_4G, HIGH_MAX[arch])
  const res = policy.crash.reserve(ctx)
  const proceeds = res.outcome.kind !== 'not-requested' && res.outcome.kind !== 'ignored'
  const wantReserve = ref?.reserve ?? false
  if (proceeds !== wantReserve) return `reserve? ${where}: engine ${res.outcome.kind} ${show(res.outcome)} model ${show(ref)}`
  let wantMsgs = ref?.msgs ?? []
  const o = res.outcome
  const lowAttempted = (o.kind === 'reserved' && o.main.base >= SZ_4G) || (o.kind === 'failed' && o.reason === 'low-failed')
  if (ref && f.entry === 'split' && arch === 'x86_64' && lowAttempted) wantMsgs = [...wantMsgs, ...ref.lowMsgs]
  const gotMsgs = parseMsgs(trace.events)
  if (!deepEqual(gotMsgs, wantMsgs)) return `reserve messages ${where}: engine ${show(gotMsgs)} model ${show(wantMsgs)} (all: ${show(trace.events)})`
  if (ref && proceeds) {
    tally.reserve++
    const q = res.request
    const got = ref.high ? { high: q.high } : { size: q.size, base: q.base }
    const want = ref.high ? { high: ref.size } : { size: ref.size, base: ref.base }
    if (!deepEqual(got, want)) return `request ${where}: engine ${show(q)} model ${show(ref)}`
    const defaultLow = ctx.defaultLow
    const lowOf = (l: bigint | 'default'): bigint => (l === 'default' ? defaultLow : l)
    if (f.entry === 'split' && arch === 'x86_64') {
      if (o.kind === 'reserved' && o.main.base >= SZ_4G) {
        const want = lowOf(ref.low) || undefined
        if (o.low?.size !== want) return `x86 low ${where}: engine ${show(o.low)} model ${show(ref.low)}`
      }
    } else if (ref.high && q.low !== lowOf(ref.low)) {
      return `low ${where}: engine ${show(q)} model ${show(ref)}`
    }
    if ((q.cma ?? 0n) !== ref.cma) return `cma ${where}: engine ${show(q)} model ${show(ref)}`
  }
  tally.cases++
  return undefined
}

function deepEqual(a: unknown, b: unknown): boolean {
  return show(a) === show(b)
}
function show(x: unknown): string {
  return JSON.stringify(x, (_k, v) => (typeof v === 'bigint' ? `0x${v.toString(16)}` : v))
}

// ------------------------------------------------------------------ tests

const SEED = 0x6b63_7066 // "kcpf"
/** Cases per generation: the four Debian generations first, fewer for the upstream trees. */
const CASES = (f: RefFlavor): number => (['5.10', '6.1', '6.12', '7.2'].includes(f.name) ? 3000 : 800)

describe('crashkernel= differential (engine vs crashkernel-ref.ts)', () => {
  // The model's own anchors, each read off the source (so a model error shows here first).
  it.each([
    // 5.10 compares the RAM itself (crash_core.c:94), 6.1 rounds it up to 128M first (:57)
    ['5.10', 'arm64', 'crashkernel=0-4G:128M,4G-:256M', 4n * G - 4096n, { reserve: true, size: 128n * M }],
    ['6.1', 'arm64', 'crashkernel=0-4G:128M,4G-:256M', 4n * G - 4096n, { reserve: true, size: 256n * M }],
    // a bare unit letter: 0 and consumed up to 7.1 (cmdline.c 6.12:177-180), not consumed in 7.2 (:192)
    ['6.12', 'arm64', 'crashkernel=M', 4n * G, { reserve: false, msgs: [] }],
    ['7.2', 'arm64', 'crashkernel=M', 4n * G, { reserve: false, msgs: ['crashkernel: memory value expected'] }],
    // x86 5.10/6.1 try ,high after any plain failure (setup.c 6.1:562-568); 6.12 only after -ENOENT (crash_reserve.c:313)
    ['6.1', 'x86_64', 'crashkernel=junk crashkernel=1G,high', 8n * G, { reserve: true, high: true, size: G, msgs: ['crashkernel: memory value expected'] }],
    ['6.12', 'x86_64', 'crashkernel=junk crashkernel=1G,high', 8n * G, { reserve: false, msgs: ['crashkernel: memory value expected'] }],
    // ,cma is a suffix class from 6.17 (crash_reserve.c@v6.17.8:179); 6.12 takes it as the plain token
    ['6.12', 'x86_64', 'crashkernel=1G crashkernel=64M,cma', 8n * G, { reserve: false, msgs: ['crashkernel: unrecognized char: ,'] }],
    ['7.2', 'x86_64', 'crashkernel=1G crashkernel=64M,cma', 8n * G, { reserve: true, size: G, cma: 64n * M }],
    ['7.2', 'arm64', 'crashkernel=1G crashkernel=64M,cma', 8n * G, { reserve: true, size: G, cma: 0n }],
    // the ,cma parse's return is ignored (crash_reserve.c 7.2:343-345): what memparse read stays
    ['7.2', 'x86_64', 'crashkernel=1G crashkernel=64M@0,cma', 8n * G, { reserve: true, cma: 64n * M, msgs: ['crashkernel: unrecognized char: @'] }],
    // 2^64: wraps to 0 before 7.2, saturates (so >= RAM) in 7.2; both refused
    ['6.12', 'arm64', 'crashkernel=16E', 8n * G, { reserve: false, size: 0n }],
    ['7.2', 'arm64', 'crashkernel=16E', 8n * G, { reserve: false, size: (1n << 64n) - 1n }],
    // strstr() finds it inside another parameter; the quote ends nothing (get_last_crashkernel: strchr(p, ' '))
    ['6.12', 'arm64', 'foo.crashkernel=256M', 8n * G, { reserve: true, size: 256n * M }],
    ['6.12', 'arm64', 'foo="crashkernel=256M"', 8n * G, { reserve: false, msgs: ['crashkernel: unrecognized char: "'] }],
  ] as const)('model anchor: %s %s %j (RAM %s)', (name, arch, cmdline, ram, want) => {
    const f = FLAVORS.find((x) => x.name === name)!
    const m = refArchParse(f, arch, cmdline, ram)!
    const got: Record<string, unknown> = { reserve: m.reserve }
    for (const k of Object.keys(want)) got[k] = k === 'msgs' ? m.msgs.map((x) => x.text) : m[k as keyof typeof m]
    expect(got).toEqual(want)
    // and the engine agrees on the case
    expect(checkCase(f, arch, cmdline, ram, { cases: 0, reserve: 0, rets: {} })).toBeUndefined()
  })
  it.each(FLAVORS.map((f) => [f.name, f] as const))('memparse of %s agrees on value and end', (_n, f) => {
    const r = prng(SEED ^ 0x11)
    const policy = policyFor('arm64', f.release)!
    const bad: string[] = []
    for (let i = 0; i < 3000; i++) {
      const s = (r.chance(0.5) ? genSize(r) : r.pick(OVERFLOW) + r.pick(['', ...UNITS])) + r.pick(['', '', '@', ',', 'x', ' '])
      const e = policy.parse.memparse(s, 0)
      const m = refMemparse(f, s)
      if (e.value !== m.value || e.end !== m.end) bad.push(`${JSON.stringify(s)}: engine ${show(e)} model ${show(m)}`)
    }
    expect(bad.slice(0, 5)).toEqual([])
  })

  it.each(FLAVORS.map((f) => [f.name, f] as const))('%s: class parses, range match, generic parse_crashkernel() and the arch callers agree', (_n, f) => {
    const r = prng(SEED)
    const tally: Tally = { cases: 0, reserve: 0, rets: {} }
    const bad: string[] = []
    const n = CASES(f)
    for (let i = 0; i < n; i++) {
      const ram = genRam(r)
      const cmdline = genCmdline(r, ram)
      const arch = ARCHES[i % 3]!
      const d = checkCase(f, arch, cmdline, ram, tally)
      if (d) bad.push(d)
    }
    expect(bad.slice(0, 5)).toEqual([])
    expect(tally.cases).toBe(n)
    // The grammar reaches the reservation and the error paths, not only "not found".
    expect(tally.reserve).toBeGreaterThan(n / 10)
    expect(Object.keys(tally.rets).filter((k) => k.endsWith(' -22')).length).toBe(4)
  })
})
