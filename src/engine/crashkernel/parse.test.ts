// SPDX-License-Identifier: GPL-2.0-only
/**
 * `crashkernel=` parsing per generation, with the exact messages each kernel prints.
 * The dialects are taken from the policies of the four Debian builds the project checks
 * against (5.10.223, 6.1.192, 6.12.117, 7.2.13); expectations come from
 * kernel/crash_core.c (5.10, 6.1) and kernel/crash_reserve.c (6.12, 7.2) and from
 * shared/reference/kernel-model.md §2 (the §2.7 table of malformed inputs).
 */
import { describe, expect, it } from 'vitest'
import { policyFor } from '../policies/index.js'
import { Trace } from '../trace.js'
import type { TraceEvent } from '../types.js'
import {
  crashkernelRangeMatch,
  EINVAL,
  ENOENT,
  getLastCrashkernel,
  parseCrashkernelClass,
  parseCrashkernelGeneric,
  parseCrashkernelMem,
  parseCrashkernelSimple,
  parseCrashkernelSuffix,
  type ParseDialect,
} from './parse.js'

const M = 1n << 20n
const G = 1n << 30n
const MAX = 0xffffffffffffffffn

type V = '5.10' | '6.1' | '6.12' | '7.2'
const VERSIONS: V[] = ['5.10', '6.1', '6.12', '7.2']
const RELEASE: Record<V, string> = { '5.10': '5.10.223', '6.1': '6.1.192', '6.12': '6.12.117', '7.2': '7.2.13' }
const dialect = (v: V): ParseDialect => policyFor('arm64', RELEASE[v])!.parse

const warn = (text: string): TraceEvent => ({ level: 'warn', source: 'crashkernel', text })
const info = (text: string): TraceEvent => ({ level: 'info', source: 'crashkernel', text })

interface Exp {
  ret: number
  size: bigint
  base?: bigint
  trace?: TraceEvent[]
}
type PerVersion = Exp | Partial<Record<V, Exp>> & { default?: Exp }

function expFor(e: PerVersion, v: V): Exp {
  if ('ret' in e) return e as Exp
  const pv = e as Partial<Record<V, Exp>> & { default?: Exp }
  const r = pv[v] ?? pv.default
  if (!r) throw new Error(`no expectation for ${v}`)
  return r
}

// ------------------------------------------------------------------ get_last_crashkernel

describe('get_last_crashkernel()', () => {
  const tail = (cmdline: string, suffix: string | null, v: V = '6.12'): string | null => {
    const at = getLastCrashkernel(cmdline, suffix, dialect(v))
    return at === -1 ? null : cmdline.slice(at).split(' ')[0]!
  }

  it('the last token of the class wins', () => {
    expect(tail('crashkernel=128M crashkernel=256M', null)).toBe('256M')
    expect(tail('crashkernel=1G,high quiet crashkernel=2G,high', ',high')).toBe('2G,high')
  })

  it('suffix classes are independent of each other and of the plain class', () => {
    const line = 'crashkernel=256M crashkernel=1G,high crashkernel=64M,low'
    expect(tail(line, null)).toBe('256M')
    expect(tail(line, ',high')).toBe('1G,high')
    expect(tail(line, ',low')).toBe('64M,low')
    // a later token of another class does not hide the earlier plain one
    expect(tail('crashkernel=512M crashkernel=1G,high', null)).toBe('512M')
  })

  it('strstr over the whole command line: "foo.crashkernel=" and tokens after "--" match', () => {
    expect(tail('foo.crashkernel=256M', null)).toBe('256M')
    expect(tail('crashkernel=128M init=/bin/sh -- crashkernel=384M', null)).toBe('384M')
    expect(tail('xcrashkernel=1G,high', ',high')).toBe('1G,high')
  })

  it('the start index is just after "crashkernel="', () => {
    const d = dialect('6.12')
    expect(getLastCrashkernel('console=ttyS0 crashkernel=256M', null, d)).toBe(26)
    expect(getLastCrashkernel('crashkernel=', null, d)).toBe(12)
  })

  it('no token of the class: -1', () => {
    const d = dialect('6.12')
    expect(getLastCrashkernel('', null, d)).toBe(-1)
    expect(getLastCrashkernel('quiet crashkernel', null, d)).toBe(-1)
    expect(getLastCrashkernel('crashkernel=1G,high', null, d)).toBe(-1)
    expect(getLastCrashkernel('crashkernel=256M', ',high', d)).toBe(-1)
    expect(getLastCrashkernel('crashkernel=1G,high', ',low', d)).toBe(-1)
  })

  it('the class is decided by the tail only: ",highmem" is plain, ",high,low" is ,low', () => {
    expect(tail('crashkernel=1G,highmem', null)).toBe('1G,highmem')
    expect(tail('crashkernel=1G,high,low', ',low')).toBe('1G,high,low')
    expect(tail('crashkernel=1G,high,low', ',high')).toBeNull()
  })

  it('",cma" is a class only where the dialect knows it (7.2); before, such a token is plain', () => {
    for (const v of ['5.10', '6.1', '6.12'] as const) expect(tail('crashkernel=256M,cma', null, v)).toBe('256M,cma')
    expect(tail('crashkernel=256M,cma', null, '7.2')).toBeNull()
    expect(tail('crashkernel=512M crashkernel=256M,cma', null, '7.2')).toBe('512M')
    expect(tail('crashkernel=512M crashkernel=256M,cma', ',cma', '7.2')).toBe('256M,cma')
  })

  it('",cma" is a class from 6.17 on every arch: the suffix table is generic, only x86 reads the size', () => {
    // kernel/crash_reserve.c@v7.2.13: get_last_crashkernel() skips every suffix_tbl entry for
    // the plain class whatever the caller; arm64 and riscv pass no cma_size to parse_crashkernel().
    const line = 'crashkernel=512M crashkernel=256M,cma'
    for (const [arch, release] of [['arm64', '6.17.0'], ['riscv64', '6.17.0'], ['riscv64', '6.19.0'], ['x86_64', '6.17.0']] as const) {
      const d = policyFor(arch, release)!.parse
      expect({ arch, release, plain: getLastCrashkernel(line, null, d) }).toEqual({ arch, release, plain: 'crashkernel='.length })
    }
  })

  it('the dialects list the suffixes of their generation', () => {
    expect(dialect('5.10').suffixes).toEqual([',high', ',low'])
    expect(dialect('6.1').suffixes).toEqual([',high', ',low'])
    expect(dialect('6.12').suffixes).toEqual([',high', ',low'])
    expect(dialect('7.2').suffixes).toEqual([',high', ',low', ',cma'])
  })
})

// ------------------------------------------------------------------ the forms, called directly

describe('parse_crashkernel_simple / _mem / _suffix called directly', () => {
  const d = dialect('6.12')

  it('simple: size[@offset], with no check after the offset', () => {
    const t = new Trace()
    expect(parseCrashkernelSimple('256M@0x80000000x', 0, d, t)).toEqual({ ret: 0, size: 256n * M, base: 0x80000000n })
    expect(parseCrashkernelSimple('256M quiet', 0, d, t)).toEqual({ ret: 0, size: 256n * M, base: 0n })
    expect(t.events).toEqual([])
  })

  it('simple: the first unexpected character is printed', () => {
    const t = new Trace()
    expect(parseCrashkernelSimple('256M,cma', 0, d, t)).toEqual({ ret: EINVAL, size: 256n * M, base: 0n })
    expect(t.events).toEqual([warn('crashkernel: unrecognized char: ,')])
  })

  it('mem: the entries are scanned in order and the first match wins', () => {
    const t = new Trace()
    const s = '0-2G:64M,2G-8G:256M,8G-:512M@0x10000000'
    expect(parseCrashkernelMem(s, 0, 4n * G, d, t)).toEqual({ ret: 0, size: 256n * M, base: 0x10000000n })
    expect(parseCrashkernelMem(s, 0, 1n * G, d, t)).toEqual({ ret: 0, size: 64n * M, base: 0x10000000n })
    expect(parseCrashkernelMem(s, 0, 16n * G, d, t)).toEqual({ ret: 0, size: 512n * M, base: 0x10000000n })
    expect(t.events).toEqual([])
  })

  it('suffix: exact suffix then space or end', () => {
    const t = new Trace()
    expect(parseCrashkernelSuffix('1G,high quiet', 0, ',high', d, t)).toEqual({ ret: 0, size: G, base: 0n })
    expect(parseCrashkernelSuffix('1G,highx', 0, ',high', d, t)).toEqual({ ret: EINVAL, size: G, base: 0n })
    expect(parseCrashkernelSuffix('1G', 0, ',high', d, t)).toEqual({ ret: EINVAL, size: G, base: 0n })
    expect(t.events).toEqual([warn('crashkernel: unrecognized char: x'), warn('crashkernel: unrecognized char: ')])
  })

  it('a character beyond ASCII: %c prints its first UTF-8 byte alone, read back as U+FFFD', () => {
    // As the compiled kernel prints it (test/fixtures/kernel-crashkernel.json.gz: the byte 0xc3 of
    // "é"), never the whole character nor half of a surrogate pair.
    const t = new Trace()
    expect(parseCrashkernelSimple('256M\u00e9', 0, d, t)).toEqual({ ret: EINVAL, size: 256n * M, base: 0n })
    expect(parseCrashkernelSimple('256M\u{1f600}', 0, d, t)).toEqual({ ret: EINVAL, size: 256n * M, base: 0n })
    expect(parseCrashkernelSuffix('1G\u00e9,high', 0, ',high', d, t)).toEqual({ ret: EINVAL, size: G, base: 0n })
    expect(parseCrashkernelSuffix('1G,high\u00e9,high', 0, ',high', d, t)).toEqual({ ret: EINVAL, size: G, base: 0n })
    expect(t.events).toEqual(Array.from({ length: 4 }, () => warn('crashkernel: unrecognized char: \uFFFD')))
  })
})

// ------------------------------------------------------------------ __parse_crashkernel, plain class, per version

interface ClassRow {
  name: string
  cmdline: string
  ram: bigint
  suffix?: string
  expect: PerVersion
}

const MEMORY_VALUE_EXPECTED = warn('crashkernel: memory value expected')
const RAM_4G = 4n * G

const CLASS_ROWS: ClassRow[] = [
  // ---------------------------------------------------------------- kernel-model.md §2.7, in its order
  { name: '§2.7 crashkernel=', cmdline: 'crashkernel=', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  { name: '§2.7 crashkernel=256MB', cmdline: 'crashkernel=256MB', ram: RAM_4G, expect: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: B')] } },
  { name: '§2.7 crashkernel=256m', cmdline: 'crashkernel=256m', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  { name: '§2.7 crashkernel=0x10000000', cmdline: 'crashkernel=0x10000000', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  { name: '§2.7 crashkernel=0400M (octal 0400 = 256)', cmdline: 'crashkernel=0400M', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  { name: '§2.7 crashkernel=256M@ (base 0: automatic)', cmdline: 'crashkernel=256M@', ram: RAM_4G, expect: { ret: 0, size: 256n * M, base: 0n } },
  { name: '§2.7 crashkernel=256M@xyz (base 0: automatic)', cmdline: 'crashkernel=256M@xyz', ram: RAM_4G, expect: { ret: 0, size: 256n * M, base: 0n } },
  { name: '§2.7 crashkernel=0', cmdline: 'crashkernel=0', ram: RAM_4G, expect: { ret: 0, size: 0n } },
  {
    name: '§2.7 crashkernel=M',
    cmdline: 'crashkernel=M',
    ram: RAM_4G,
    expect: { default: { ret: 0, size: 0n }, '7.2': { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  },
  { name: '§2.7 crashkernel=16E', cmdline: 'crashkernel=16E', ram: RAM_4G, expect: { default: { ret: 0, size: 0n }, '7.2': { ret: 0, size: MAX } } },
  {
    name: '§2.7 crashkernel=100E',
    cmdline: 'crashkernel=100E',
    ram: RAM_4G,
    expect: { default: { ret: 0, size: 0x4000000000000000n }, '7.2': { ret: 0, size: MAX } },
  },
  { name: "§2.7 crashkernel=1G:64M → '-' expected", cmdline: 'crashkernel=1G:64M', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [warn("crashkernel: '-' expected")] } },
  { name: '§2.7 crashkernel=2G-1G:64M → end <= start', cmdline: 'crashkernel=2G-1G:64M', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: end <= start')] } },
  {
    // §2.7 lists "':' expected" for this row, but a token without any ':' is the simple form
    // (__parse_crashkernel: first_colon == NULL), which stops at the '-'.
    name: '§2.7 crashkernel=1G-2G64M alone is the simple form → unrecognized char: -',
    cmdline: 'crashkernel=1G-2G64M',
    ram: RAM_4G,
    expect: { ret: EINVAL, size: G, trace: [warn('crashkernel: unrecognized char: -')] },
  },
  {
    name: "§2.7 crashkernel=1G-2G64M,2G-:128M (a ':' later makes it the range form) → ':' expected",
    cmdline: 'crashkernel=1G-2G64M,2G-:128M',
    ram: RAM_4G,
    expect: { ret: EINVAL, size: 0n, trace: [warn("crashkernel: ':' expected")] },
  },
  {
    name: '§2.7 crashkernel=1G-2G: → Memory value expected (prefix from 6.12 on)',
    cmdline: 'crashkernel=1G-2G:',
    ram: 1536n * M,
    expect: {
      '5.10': { ret: EINVAL, size: 0n, trace: [warn('Memory value expected')] },
      '6.1': { ret: EINVAL, size: 0n, trace: [warn('Memory value expected')] },
      '6.12': { ret: EINVAL, size: 0n, trace: [warn('crashkernel: Memory value expected')] },
      '7.2': { ret: EINVAL, size: 0n, trace: [warn('crashkernel: Memory value expected')] },
    },
  },
  {
    name: '§2.7 crashkernel=1G-:256M on 512M → zero bytes (info)',
    cmdline: 'crashkernel=1G-:256M',
    ram: 512n * M,
    expect: { ret: 0, size: 0n, trace: [info('crashkernel size resulted in zero bytes')] },
  },
  { name: '§2.7 crashkernel=0-:8G on 4G → invalid size', cmdline: 'crashkernel=0-:8G', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: invalid size')] } },
  {
    name: "§2.7 crashkernel=2G-:128M@foo → Memory value expected after '@' (typo on 6.12 only)",
    cmdline: 'crashkernel=2G-:128M@foo',
    ram: RAM_4G,
    expect: {
      '5.10': { ret: EINVAL, size: 128n * M, trace: [warn("Memory value expected after '@'")] },
      '6.1': { ret: EINVAL, size: 128n * M, trace: [warn("Memory value expected after '@'")] },
      '6.12': { ret: EINVAL, size: 128n * M, trace: [warn("crahskernel: Memory value expected after '@'")] },
      '7.2': { ret: EINVAL, size: 128n * M, trace: [warn("crashkernel: Memory value expected after '@'")] },
    },
  },
  {
    name: '§2.7 crashkernel=1G-4G:256M,4G-:512M with 3.95 GiB reported (128M round-up from 6.1)',
    cmdline: 'crashkernel=1G-4G:256M,4G-:512M',
    ram: RAM_4G - 52n * M,
    expect: { '5.10': { ret: 0, size: 256n * M }, default: { ret: 0, size: 512n * M } },
  },
  {
    // roundup(total_mem, SZ_128M) wraps to 0 within 128M of 2^64 (6.1+), so every size is
    // "invalid" (>= 0); 5.10 compares the figure itself. As the compiled kernels do.
    name: 'crashkernel=0-:1M with System RAM 4K short of 2^64: the 128M round-up wraps to 0 (6.1+)',
    cmdline: 'crashkernel=0-:1M',
    ram: 0xfffffffffffff000n,
    expect: { '5.10': { ret: 0, size: M }, default: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: invalid size')] } },
  },
  {
    name: '§2.7 crashkernel=1G-4G:256M,4G-:512M with a 128M shortfall still matches the lower range',
    cmdline: 'crashkernel=1G-4G:256M,4G-:512M',
    ram: RAM_4G - 128n * M,
    expect: { ret: 0, size: 256n * M },
  },
  { name: '§2.7 crashkernel=256M,high alone: no plain token', cmdline: 'crashkernel=256M,high', ram: RAM_4G, expect: { '5.10': { ret: EINVAL, size: 0n }, default: { ret: ENOENT, size: 0n } } },
  { name: '§2.7 crashkernel=64M,low alone: no plain token', cmdline: 'crashkernel=64M,low', ram: RAM_4G, expect: { '5.10': { ret: EINVAL, size: 0n }, default: { ret: ENOENT, size: 0n } } },
  { name: '§2.7 crashkernel=128M crashkernel=256M (last wins)', cmdline: 'crashkernel=128M crashkernel=256M', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  { name: '§2.7 crashkernel=256M crashkernel=1G,high: plain 256M', cmdline: 'crashkernel=256M crashkernel=1G,high', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  { name: '§2.7 crashkernel=abc crashkernel=1G,high: plain is -EINVAL', cmdline: 'crashkernel=abc crashkernel=1G,high', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  {
    name: '§2.7 crashkernel=256M,cma alone (",cma" unknown before 7.2)',
    cmdline: 'crashkernel=256M,cma',
    ram: RAM_4G,
    expect: { default: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: ,')] }, '7.2': { ret: ENOENT, size: 0n } },
  },
  { name: '§2.6 crashkernel=auto (RHEL only) → memory value expected', cmdline: 'crashkernel=auto', ram: RAM_4G, expect: { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  // ---------------------------------------------------------------- range-form details (§2.4)
  {
    name: '§2.4 the size check applies to every entry visited: 0-1G:2G,1G-:128M on 1G',
    cmdline: 'crashkernel=0-1G:2G,1G-:128M',
    ram: G,
    expect: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: invalid size')] },
  },
  { name: '§2.4 end is exclusive: 512M-2G:64M,2G-:128M with exactly 2G → 128M', cmdline: 'crashkernel=512M-2G:64M,2G-:128M', ram: 2n * G, expect: { ret: 0, size: 128n * M } },
  {
    name: '§2.4 2G - 1 byte: 64M on 5.10 (exact RAM), 128M from 6.1 (rounded up to 2G)',
    cmdline: 'crashkernel=512M-2G:64M,2G-:128M',
    ram: 2n * G - 1n,
    expect: { '5.10': { ret: 0, size: 64n * M }, default: { ret: 0, size: 128n * M } },
  },
  { name: '§2.4 start is inclusive: 2G-:128M with exactly 2G', cmdline: 'crashkernel=2G-:128M', ram: 2n * G, expect: { ret: 0, size: 128n * M } },
  {
    name: '§2.4 junk after the matched size is skipped up to "@"',
    cmdline: 'crashkernel=0-:256Mjunk@0x80000000 quiet',
    ram: RAM_4G,
    expect: { ret: 0, size: 256n * M, base: 0x80000000n },
  },
  {
    name: '§2.4 junk after a non-matching entry ends the list → zero bytes',
    cmdline: 'crashkernel=1G-2G:64Mx,2G-:128M',
    ram: RAM_4G,
    expect: { ret: 0, size: 0n, trace: [info('crashkernel size resulted in zero bytes')] },
  },
  {
    name: '§2.4 invalid size is checked against the rounded total from 6.1: 0-:4G on 4G - 64M',
    cmdline: 'crashkernel=0-:4G',
    ram: RAM_4G - 64n * M,
    expect: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: invalid size')] },
  },
  {
    name: '§2.4 … and 0-:4000M on 4G - 64M passes only after the round-up',
    cmdline: 'crashkernel=0-:4000M',
    ram: RAM_4G - 100n * M,
    expect: { '5.10': { ret: EINVAL, size: 0n, trace: [warn('crashkernel: invalid size')] }, default: { ret: 0, size: 4000n * M } },
  },
  { name: '§2.4 a ":" after the first space does not make it the range form', cmdline: 'crashkernel=256M console=ttyS0,115200n8 a:b', ram: RAM_4G, expect: { ret: 0, size: 256n * M } },
  // The rows below pin what mutation testing found unguarded; each is read off
  // parse_crashkernel_mem()/parse_crashkernel_simple() of crash_core.c (5.10, 6.1) and
  // crash_reserve.c (6.12, 7.2), identical in these respects across the four.
  {
    // A missing end prints the prefixed message in every version (only the size message
    // lacked the prefix before 6.12), and it is not "end <= start".
    name: '§2.4 an unparsable end: 1G-x:64M → crashkernel: Memory value expected (all versions)',
    cmdline: 'crashkernel=1G-x:64M',
    ram: RAM_4G,
    expect: { ret: EINVAL, size: 0n, trace: [warn('crashkernel: Memory value expected')] },
  },
  {
    // The first matching entry ends the loop even when its size is 0; later entries are not read.
    name: '§2.4 a matching entry of size 0 wins: 0-:0,0-:64M → zero bytes (info)',
    cmdline: 'crashkernel=0-:0,0-:64M',
    ram: RAM_4G,
    expect: { ret: 0, size: 0n, trace: [info('crashkernel size resulted in zero bytes')] },
  },
  {
    // The search for '@' stops at the first space: an '@' in a later parameter is not the offset.
    name: "§2.4 the '@' search stops at the space: 0-:256M quiet foo=1@0x1000 → base 0",
    cmdline: 'crashkernel=0-:256M quiet foo=1@0x1000',
    ram: RAM_4G,
    expect: { ret: 0, size: 256n * M, base: 0n },
  },
  {
    // The offset is taken as memparse() returns it: not aligned, and nothing after it is checked.
    name: '§2.4 the range offset is used unaligned and trailing junk is ignored',
    cmdline: 'crashkernel=0-:256M@0x80000123junk',
    ram: RAM_4G,
    expect: { ret: 0, size: 256n * M, base: 0x80000123n },
  },
  {
    // Only ' ' and NUL end the simple form; a tab is an unrecognized character.
    name: '§2.3 a tab after the size is an unrecognized char',
    cmdline: 'crashkernel=256M\tquiet',
    ram: RAM_4G,
    expect: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: \t')] },
  },
  { name: '§2.3 crashkernel=256M@2G', cmdline: 'crashkernel=256M@2G quiet', ram: RAM_4G, expect: { ret: 0, size: 256n * M, base: 2n * G } },
  // ---------------------------------------------------------------- suffix classes (§2.5)
  { name: '§2.5 crashkernel=1G,high', cmdline: 'crashkernel=1G,high', suffix: ',high', ram: 0n, expect: { ret: 0, size: G } },
  { name: '§2.5 crashkernel=64M,low', cmdline: 'crashkernel=64M,low', suffix: ',low', ram: 0n, expect: { ret: 0, size: 64n * M } },
  {
    name: '§2.5 crashkernel=256M@4G,high → unrecognized char: @',
    cmdline: 'crashkernel=256M@4G,high',
    suffix: ',high',
    ram: 0n,
    expect: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: @')] },
  },
  {
    name: '§2.5 crashkernel=1G-:256M,high → unrecognized char: -',
    cmdline: 'crashkernel=1G-:256M,high',
    suffix: ',high',
    ram: 0n,
    expect: { ret: EINVAL, size: G, trace: [warn('crashkernel: unrecognized char: -')] },
  },
  {
    name: '§2.5 crashkernel=1G,high,low is ,low class → unrecognized char: ,',
    cmdline: 'crashkernel=1G,high,low',
    suffix: ',low',
    ram: 0n,
    expect: { ret: EINVAL, size: G, trace: [warn('crashkernel: unrecognized char: ,')] },
  },
  { name: '§2.5 crashkernel=,high → memory value expected', cmdline: 'crashkernel=,high', suffix: ',high', ram: 0n, expect: { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  {
    // parse_crashkernel_suffix(): strncmp() is case-sensitive and the message names the
    // character where the suffix should start.
    name: '§2.5 crashkernel=1G,HIGHx,high → unrecognized char: , (the suffix compare is case-sensitive)',
    cmdline: 'crashkernel=1G,HIGHx,high',
    suffix: ',high',
    ram: 0n,
    expect: { ret: EINVAL, size: G, trace: [warn('crashkernel: unrecognized char: ,')] },
  },
  {
    name: '§2.5 a tab after the suffix is an unrecognized char (only space and NUL end it)',
    cmdline: 'crashkernel=1G,high\tx,high',
    suffix: ',high',
    ram: 0n,
    expect: { ret: EINVAL, size: G, trace: [warn('crashkernel: unrecognized char: \t')] },
  },
  {
    name: '§2.5 crashkernel=M,high: size 0 up to 6.12, memory value expected on 7.2',
    cmdline: 'crashkernel=M,high',
    suffix: ',high',
    ram: 0n,
    expect: { default: { ret: 0, size: 0n }, '7.2': { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] } },
  },
  {
    name: '§2.5 absent suffix class: -EINVAL on 5.10, -ENOENT from 5.19',
    cmdline: 'crashkernel=256M',
    suffix: ',high',
    ram: 0n,
    expect: { '5.10': { ret: EINVAL, size: 0n }, default: { ret: ENOENT, size: 0n } },
  },
]

describe('__parse_crashkernel per version (kernel-model.md §2.3–§2.7)', () => {
  const cases = CLASS_ROWS.flatMap((row) => VERSIONS.map((v) => [`${row.name} [${v}]`, row, v] as const))
  it.each(cases)('%s', (_name, row, v) => {
    const e = expFor(row.expect, v)
    const trace = new Trace()
    const got = parseCrashkernelClass(row.cmdline, row.ram, row.suffix ?? null, dialect(v), trace)
    expect(got).toEqual({ ret: e.ret, size: e.size, base: e.base ?? 0n })
    expect(trace.events).toEqual(e.trace ?? [])
  })
})

// ------------------------------------------------------------------ generic parse_crashkernel() (6.7+)

describe('generic parse_crashkernel() of 6.12 and 7.2', () => {
  interface GenRow {
    name: string
    cmdline: string
    ram?: bigint
    arch?: 'arm64' | 'x86_64'
    versions?: Array<'6.12' | '7.2'>
    /** What the token parse returned before the size checks (default `ret`). */
    expect: { ret: number; parsedRet?: number; size: bigint; base?: bigint; lowSize?: bigint; high?: boolean; cmaSize?: bigint; trace?: TraceEvent[] }
  }
  const ROWS: GenRow[] = [
    { name: 'plain size', cmdline: 'crashkernel=256M', expect: { ret: 0, size: 256n * M } },
    { name: 'plain size@base', cmdline: 'crashkernel=256M@0x80000000', expect: { ret: 0, size: 256n * M, base: 0x80000000n } },
    { name: '§2.7 crashkernel=0 → -EINVAL (size 0)', cmdline: 'crashkernel=0', expect: { ret: EINVAL, parsedRet: 0, size: 0n } },
    { name: 'crash_size >= system_ram → -EINVAL (any form)', cmdline: 'crashkernel=4G', expect: { ret: EINVAL, parsedRet: 0, size: 4n * G } },
    { name: '§2.7 crashkernel=16E on 6.12 wraps to 0 → -EINVAL', cmdline: 'crashkernel=16E', versions: ['6.12'], expect: { ret: EINVAL, parsedRet: 0, size: 0n } },
    { name: '§2.7 crashkernel=16E on 7.2 saturates → ≥ RAM → -EINVAL', cmdline: 'crashkernel=16E', versions: ['7.2'], expect: { ret: EINVAL, parsedRet: 0, size: MAX } },
    { name: '§2.7 crashkernel=100E on 6.12 → ≥ RAM → -EINVAL', cmdline: 'crashkernel=100E', versions: ['6.12'], expect: { ret: EINVAL, parsedRet: 0, size: 0x4000000000000000n } },
    { name: ',high with the default low (arm64: 128M)', cmdline: 'crashkernel=1G,high', expect: { ret: 0, size: G, lowSize: 128n * M, high: true } },
    { name: ',high with the default low (x86: 256M)', arch: 'x86_64', cmdline: 'crashkernel=1G,high', expect: { ret: 0, size: G, lowSize: 256n * M, high: true } },
    { name: ',high + ,low', cmdline: 'crashkernel=1G,high crashkernel=64M,low', expect: { ret: 0, size: G, lowSize: 64n * M, high: true } },
    { name: ',high + crashkernel=0,low → no low part', cmdline: 'crashkernel=1G,high crashkernel=0,low', expect: { ret: 0, size: G, lowSize: 0n, high: true } },
    {
      name: ',high + an invalid ,low → error',
      cmdline: 'crashkernel=1G,high crashkernel=abc,low',
      expect: { ret: EINVAL, size: G, lowSize: 0n, trace: [MEMORY_VALUE_EXPECTED] },
    },
    { name: 'crashkernel=0,high → -EINVAL', cmdline: 'crashkernel=0,high', expect: { ret: EINVAL, parsedRet: 0, size: 0n } },
    {
      // parse_crashkernel() returns -EINVAL but *crash_size keeps what
      // parse_crashkernel_suffix() wrote before its suffix check failed.
      name: 'a malformed ,high → -EINVAL, its size kept',
      cmdline: 'crashkernel=256Mx,high',
      expect: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: x')] },
    },
    {
      // Likewise *low_size of a malformed ,low; *high is not set on that path.
      name: ',high + a malformed ,low → its error, the low size kept',
      cmdline: 'crashkernel=1G,high crashkernel=64Mx,low',
      expect: { ret: EINVAL, size: G, lowSize: 64n * M, trace: [warn('crashkernel: unrecognized char: x')] },
    },
    { name: '§2.7 ,low alone → -EINVAL', cmdline: 'crashkernel=64M,low', expect: { ret: EINVAL, parsedRet: ENOENT, size: 0n } },
    { name: 'no crashkernel at all → -EINVAL', cmdline: 'quiet', expect: { ret: EINVAL, parsedRet: ENOENT, size: 0n } },
    {
      name: '§2.7 crashkernel=abc crashkernel=1G,high → nothing (plain -EINVAL is not -ENOENT)',
      cmdline: 'crashkernel=abc crashkernel=1G,high',
      expect: { ret: EINVAL, size: 0n, trace: [MEMORY_VALUE_EXPECTED] },
    },
    { name: '§2.7 crashkernel=256M crashkernel=1G,high → plain 256M', cmdline: 'crashkernel=256M crashkernel=1G,high', expect: { ret: 0, size: 256n * M } },
    { name: ',high at or above RAM → -EINVAL', cmdline: 'crashkernel=8G,high', expect: { ret: EINVAL, parsedRet: 0, size: 8n * G, lowSize: 128n * M, high: true } },
    {
      name: '7.2 x86: a malformed ,cma prints and keeps its size; the return value is ignored',
      arch: 'x86_64',
      versions: ['7.2'],
      cmdline: 'crashkernel=512M crashkernel=256Mx,cma',
      expect: { ret: 0, size: 512n * M, cmaSize: 256n * M, trace: [warn('crashkernel: unrecognized char: x')] },
    },
    {
      name: '6.12 x86: ",cma" is no class, so that token is the last plain one',
      arch: 'x86_64',
      versions: ['6.12'],
      cmdline: 'crashkernel=512M crashkernel=256Mx,cma',
      expect: { ret: EINVAL, size: 256n * M, trace: [warn('crashkernel: unrecognized char: x')] },
    },
    { name: '§2.7 7.2 x86: ,cma alone reserves nothing (-EINVAL before the ,cma parse)', arch: 'x86_64', versions: ['7.2'], cmdline: 'crashkernel=256M,cma', expect: { ret: EINVAL, parsedRet: ENOENT, size: 0n } },
    { name: '7.2 arm64: ,cma is skipped by the plain class and not parsed', versions: ['7.2'], cmdline: 'crashkernel=512M crashkernel=256M,cma', expect: { ret: 0, size: 512n * M } },
  ]
  const cases = ROWS.flatMap((row) => (row.versions ?? (['6.12', '7.2'] as const)).map((v) => [`${row.name} [${row.arch ?? 'arm64'} ${v}]`, row, v] as const))
  it.each(cases)('%s', (_name, row, v) => {
    const policy = policyFor(row.arch ?? 'arm64', RELEASE[v])!
    const trace = new Trace()
    const got = parseCrashkernelGeneric(
      row.cmdline,
      row.ram ?? 4n * G,
      { supportsHigh: policy.crash.supportsHigh, defaultLow: policy.crash.defaultLow, parseCma: policy.crash.parseCma },
      policy.parse,
      trace,
    )
    const e = row.expect
    expect(got).toEqual({ ret: e.ret, parsedRet: e.parsedRet ?? e.ret, size: e.size, base: e.base ?? 0n, lowSize: e.lowSize ?? 0n, high: e.high ?? false, cmaSize: e.cmaSize ?? 0n })
    expect(trace.events).toEqual(e.trace ?? [])
  })

  it('an arch without ,high support (supportsHigh false) never looks at ,high', () => {
    const trace = new Trace()
    const got = parseCrashkernelGeneric('crashkernel=1G,high', 4n * G, { supportsHigh: false, defaultLow: 0n, parseCma: false }, dialect('6.12'), trace)
    expect(got).toEqual({ ret: EINVAL, parsedRet: ENOENT, size: 0n, base: 0n, lowSize: 0n, high: false, cmaSize: 0n })
  })
})

describe('crashkernelRangeMatch (for reports: the entry a range list matched)', () => {
  const ram = 4092n * M
  const match = (v: V, cmdline: string, systemRam = ram) => crashkernelRangeMatch(cmdline, systemRam, dialect(v), new Trace())

  it('reads the entries up to the matching one, against System RAM (5.10) or RAM rounded up to 128 MiB (6.1+)', () => {
    expect(match('5.10', 'crashkernel=1G-4G:256M,4G-:512M')).toEqual({ totalMem: ram, entries: [{ start: G, end: 4n * G, size: 256n * M }], matched: 0 })
    for (const v of ['6.1', '6.12', '7.2'] as const) {
      expect(match(v, 'crashkernel=1G-4G:256M,4G-:512M')).toEqual({ totalMem: 4n * G, entries: [{ start: G, end: 4n * G, size: 256n * M }, { start: 4n * G, end: undefined, size: 512n * M }], matched: 1 })
    }
  })

  it('gives every entry and no match when none covers the RAM (an end is exclusive), and nothing for other forms', () => {
    expect(match('6.12', 'crashkernel=1G-4G:256M,4G-8G:384M', 8n * G)).toEqual({ totalMem: 8n * G, entries: [{ start: G, end: 4n * G, size: 256n * M }, { start: 4n * G, end: 8n * G, size: 384n * M }], matched: undefined })
    expect(match('6.12', 'crashkernel=512M')).toBeUndefined()
    expect(match('6.12', 'crashkernel=512M,high')).toBeUndefined()
    expect(match('6.12', 'quiet')).toBeUndefined()
    // The last plain token is the one read.
    expect(match('6.12', 'crashkernel=1G-:128M crashkernel=256M')).toBeUndefined()
    // Malformed: what was read, no match. parse_crashkernel_mem() reads 1G-4G:256M, which does
    // not cover 8G, and its `while (*cur++ == ',')` ends at the ';' (kernel/crash_reserve.c
    // @v6.12.117:72-125): one entry, none taken.
    expect(match('6.12', 'crashkernel=1G-4G:256M;4G-:512M', 8n * G)).toEqual({ totalMem: 8n * G, entries: [{ start: G, end: 4n * G, size: 256n * M }], matched: undefined })
  })

  it('names the covering entry when it asks for 0 bytes or its @offset is missing: the kernel took it', () => {
    // parse_crashkernel_mem() breaks on the entry covering the RAM whatever its size
    // (kernel/crash_reserve.c@v6.12.117:120-124), and prints "crashkernel size resulted in
    // zero bytes" (:138-139) as it does when none covers it: the entry, not "no match".
    for (const v of ['5.10', '6.1', '6.12', '7.2'] as const) {
      expect(match(v, 'crashkernel=0-16G:0,16G-:256M', 8n * G)).toEqual({ totalMem: 8n * G, entries: [{ start: 0n, end: 16n * G, size: 0n }], matched: 0 })
    }
    // The '@' is read after the match (:127-137): a missing offset fails the entry taken.
    expect(match('6.12', 'crashkernel=0-:256M@', 8n * G)?.matched).toBe(0)
  })
})
