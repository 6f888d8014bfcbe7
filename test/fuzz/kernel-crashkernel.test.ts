// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's crashkernel= parsing against the kernel's own, compiled:
 * test/fixtures/kernel-crashkernel.json.gz holds what scripts/kernel-crashkernel/harness.c
 * printed for a few thousand command lines and memparse() strings, built from eighteen trees
 * from 5.10.223 to 7.2.13 (KERNELS below; lib/kstrtox.c's integer parsing, lib/cmdline.c memparse(), the
 * parse_crashkernel() family of kernel/crash_core.c or crash_reserve.c; see
 * scripts/kernel-crashkernel-fixture.sh; CI needs neither gcc nor the sources). Each case is
 * replayed on the engine of the same generation (the arm64 policy's ParseDialect for that
 * release) and must match field by field:
 *   - every class parse __parse_crashkernel() with suffix NULL, ",high", ",low", ",cma"
 *     (parseCrashkernelClass()): return code, *crash_size, *crash_base, the messages;
 *   - from 6.7 the generic parse_crashkernel() (parseCrashkernelGeneric()) called with
 *     low_size and high (arm64, riscv), with neither, and from 6.17 with cma_size too (x86):
 *     return code, size, base, low size, cma size, high flag, the messages;
 *   - memparse(): value and characters consumed.
 * The messages are the pr_warn()/pr_info() texts in order, read as UTF-8 (a character beyond
 * ASCII that "%c" prints is its first byte alone: U+FFFD); a NUL printed by "%c" (the
 * "unrecognized char" of a token ending right after its number) is the empty string in the
 * engine's trace. The same class parses and memparse() strings are replayed on the
 * differential fuzzer's model (crashkernel-ref.ts) too.
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import { parseCrashkernelClass, parseCrashkernelGeneric } from '../../src/engine/crashkernel/parse.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { Trace } from '../../src/engine/trace.js'
import { FLAVORS, refMemparse, refParseClass, type RefMsg } from './crashkernel-ref.js'
import { kernelMsgs } from './kernel-log.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string; file: string }>
  cases: Array<{ in: string; out: Record<string, string> }>
}

/** KERNEL_CRASHKERNEL_FIXTURE: a longer search's fixture (see the fixture script) instead of the committed one. */
const fixture = readKernelFixture<Fixture>('kernel-crashkernel.json.gz', 'KERNEL_CRASHKERNEL_FIXTURE')

const SUFFIXES = [null, ',high', ',low', ',cma'] as const
/** The generic parse_crashkernel() calls of harness.c, in its order: [supportsHigh, parseCma]. */
const GENERIC: ReadonlyArray<readonly [boolean, boolean]> = [[true, false], [false, false], [true, true]]

/** The kernel's output line of a case for a version, references followed. */
function kernelLine(c: Fixture['cases'][number], gen: string): string {
  let out = c.out[gen]!
  while (c.out[out] !== undefined) out = c.out[out]!
  return out
}

const traceMsgs = (t: Trace): string => t.events.map((e) => `${e.level}:${e.text}`).join('|')
const refMsgs = (ms: readonly RefMsg[]): string => ms.map((m) => `${m.level}:${m.text}`).join('|')

/** "RET SIZE BASE MSGS" → its fields (MSGS may hold spaces). */
function fields(s: string, n: number): string[] {
  const w = s.split(' ')
  return [...w.slice(0, n), w.slice(n).join(' ')]
}
const hex = (v: bigint): string => v.toString(16)
const big = (s: string | undefined): bigint => BigInt(`0x${s}`)

/** A "c RAM LOW CMDLINE" case's parts. */
function cmdCase(line: string): { ram: bigint; low: bigint; cmdline: string } {
  const m = /^c ([0-9a-f]+) ([0-9a-f]+) (.*)$/s.exec(line)!
  return { ram: big(m[1]), low: big(m[2]), cmdline: m[3]! }
}

const gens = fixture.versions.map((v) => v.gen)
/**
 * The trees: Debian's linux-source 5.10.223, 6.1.192, 6.12.117, 7.2.13 and the upstream
 * releases in between whose tarballs Ubuntu ships (linux-hwe-*, linux-oem-* orig.tar.gz):
 * every parse dialect's boundary (5.19, 6.0, 6.7, 6.9, 6.12, 6.16, 6.17, 7.2) has a tree on
 * each side but 6.9's, 6.12's and 6.16's, whose neighbours are 6.8/6.11, 6.11/6.12.117 and
 * 6.14/6.17.
 */
const KERNELS = ['5.10.223', '5.11.0', '5.13.0', '5.14.0', '5.15.0', '5.17.0', '5.19.0', '6.0.0', '6.1.192', '6.2.0', '6.5.0', '6.8.0', '6.11.0', '6.12.117', '6.14.0', '6.17.0', '7.0.0', '7.2.13']
/** The release a generation's tree is (5.10.223, 6.8.0 …): the engine's policy for it is replayed. */
const releaseOf = (gen: string): string => fixture.versions.find((v) => v.gen === gen)!.kernel
const flavorOf = (gen: string): (typeof FLAVORS)[number] => FLAVORS.find((f) => f.name === gen)!

/** The engine on case `i` for `gen`: undefined when it agrees, else what differs. */
function replayEngine(gen: string, i: number): string | undefined {
  const c = fixture.cases[i]!
  const policy = policyFor('arm64', releaseOf(gen))!
  const dialect = policy.parse
  const want = kernelLine(c, gen)
  const where = `${gen} case ${i} ${JSON.stringify(c.in)}`
  if (c.in.startsWith('m ')) {
    const r = dialect.memparse(c.in.slice(2), 0)
    const got = `${hex(r.value)} ${hex(BigInt(r.end))}`
    return got === want ? undefined : `${where}: memparse\n  kernel ${want}\n  engine ${got}`
  }
  const { ram, low, cmdline } = cmdCase(c.in)
  const parts = want.split(';')
  const bad: string[] = []
  SUFFIXES.forEach((suffix, k) => {
    const t = new Trace()
    const e = parseCrashkernelClass(cmdline, ram, suffix, dialect, t)
    const [ret, size, base, msgs] = fields(parts[k]!, 3)
    const w = `${ret} ${size} ${base} ${kernelMsgs(msgs)}`
    const g = `${e.ret} ${hex(e.size)} ${hex(e.base)} ${traceMsgs(t)}`
    if (g !== w) bad.push(`class ${suffix ?? 'plain'}\n  kernel ${w}\n  engine ${g}`)
  })
  for (let k = 4; k < parts.length; k++) {
    const [supportsHigh, parseCma] = GENERIC[k - 4]!
    const t = new Trace()
    const e = parseCrashkernelGeneric(cmdline, ram, { supportsHigh, defaultLow: low, parseCma }, dialect, t)
    const [ret, size, base, lowSize, cma, high, msgs] = fields(parts[k]!, 6)
    const w = `${ret} ${size} ${base} ${lowSize} ${cma} ${high} ${kernelMsgs(msgs)}`
    const g = `${e.ret} ${hex(e.size)} ${hex(e.base)} ${hex(e.lowSize)} ${hex(e.cmaSize)} ${+e.high} ${traceMsgs(t)}`
    if (g !== w) bad.push(`parse_crashkernel(high: ${supportsHigh}, cma: ${parseCma})\n  kernel ${w}\n  engine ${g}`)
  }
  return bad.length ? `${where}:\n${bad.join('\n')}` : undefined
}

/** crashkernel-ref.ts on case `i` for `gen` (class parses and memparse() only). */
function replayRef(gen: string, i: number): string | undefined {
  const c = fixture.cases[i]!
  const f = flavorOf(gen)
  const want = kernelLine(c, gen)
  const where = `${gen} case ${i} ${JSON.stringify(c.in)}`
  if (c.in.startsWith('m ')) {
    const r = refMemparse(f, c.in.slice(2))
    const got = `${hex(r.value)} ${hex(BigInt(r.end))}`
    return got === want ? undefined : `${where}: memparse\n  kernel ${want}\n  model  ${got}`
  }
  const { ram, cmdline } = cmdCase(c.in)
  const parts = want.split(';')
  const bad: string[] = []
  SUFFIXES.forEach((suffix, k) => {
    const m = refParseClass(f, cmdline, ram, suffix)
    const [ret, size, base, msgs] = fields(parts[k]!, 3)
    const w = `${ret} ${size} ${base} ${kernelMsgs(msgs)}`
    const g = `${m.ret} ${hex(m.size)} ${hex(m.base)} ${refMsgs(m.msgs)}`
    if (g !== w) bad.push(`class ${suffix ?? 'plain'}\n  kernel ${w}\n  model  ${g}`)
  })
  return bad.length ? `${where}:\n${bad.join('\n')}` : undefined
}

describe('crashkernel= parsing against the kernel\'s own, compiled (test/fixtures/kernel-crashkernel.json.gz)', () => {
  it('holds the eighteen generations, with command lines and memparse() strings', () => {
    expect(fixture.versions.map((v) => v.kernel)).toEqual(KERNELS)
    const lines = fixture.cases.filter((c) => c.in.startsWith('c ')).length
    expect(lines).toBeGreaterThan(2500)
    expect(fixture.cases.length - lines).toBeGreaterThan(800)
    // The cases reach the parse errors, the range form's match and no-match, and ,high.
    const all = fixture.cases.map((c) => kernelLine(c, '7.2')).join('\n')
    for (const m of ["'-' expected", "':' expected", 'end <= start', 'invalid size', 'unrecognized char', 'resulted in zero bytes', "after '@'"]) {
      expect(all).toContain(m)
    }
    expect(fixture.cases.filter((c) => c.in.startsWith('c ') && /^0 [1-9a-f]/.test(kernelLine(c, '7.2').split(';')[1]!)).length).toBeGreaterThan(50)
  })

  it('x86_64 and riscv64 parse with the arm64 dialect replayed here, and call parse_crashkernel() as one of the replayed shapes', () => {
    for (const gen of gens) {
      const release = releaseOf(gen)
      const arm64 = policyFor('arm64', release)!
      for (const arch of ['x86_64', 'riscv64'] as const) expect(policyFor(arch, release)!.parse).toBe(arm64.parse)
      if (gen === '6.12' || gen === '7.2') {
        // arch_reserve_crashkernel(): low_size and high everywhere, cma_size on x86 from 6.17 (7.2 setup.c:617-619)
        const shapes = (['arm64', 'x86_64', 'riscv64'] as const).map((a) => [policyFor(a, release)!.crash.supportsHigh, policyFor(a, release)!.crash.parseCma])
        expect(shapes).toEqual([[true, false], [true, gen === '7.2'], [true, false]])
      }
    }
  })

  for (const { gen, kernel, file } of fixture.versions) {
    it(`the engine agrees on every case (${kernel}, ${file})`, () => {
      expectAgreement(fixture.cases.keys(), (i) => replayEngine(gen, i), 4)
    })
    // The second model has the generations it was written for (crashkernel-ref.ts FLAVORS).
    if (FLAVORS.some((f) => f.name === gen)) {
      it(`crashkernel-ref.ts agrees on the class parses and memparse() (${kernel})`, () => {
        expectAgreement(fixture.cases.keys(), (i) => replayRef(gen, i), 4)
      })
    }
  }
})
