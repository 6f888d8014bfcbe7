// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's crash-kernel reservation variants against the kernel's own, compiled:
 * test/fixtures/kernel-reserve.json.gz holds what scripts/kernel-reserve/harness.c printed
 * for some fifteen hundred memblock states and command lines, built from eighteen trees from
 * 5.10.223 to 7.2.13 (KERNELS below: the arch reserve_crashkernel() of x86_64, arm64 and
 * riscv64 up to 6.6, and from 6.7 arch_reserve_crashkernel() with reserve_crashkernel_generic(),
 * each linked with the tree's mm/memblock.c and crashkernel= parsing; see
 * scripts/kernel-reserve-fixture.sh; CI needs neither gcc nor the sources). Each case is
 * replayed on the variant the engine's policy for that architecture and release picks
 * (policyFor(arch, release).crash.reserve, one of RESERVE_VARIANTS), with the limits its
 * arch setup passes (crashReserveContext(): x86_64 4G and 64T and the default low size from
 * swiotlb=; arm64 arm64_dma_phys_limit and PHYS_MASK + 1; riscv64 the policy's
 * CRASH_ADDR_LOW_MAX and the end of DRAM), on the memblock state the case's operations build
 * (add, reserve, mark_nomap), and must match exactly:
 *   - the main region (crashk_res) and the low region (crashk_low_res), or "hang" where the
 *     kernel's `goto retry` would search a window again for ever;
 *   - the size handed to reserve_crashkernel_cma() (7.2 x86_64: whenever parse_crashkernel()
 *     succeeded and the reservation returned);
 *   - memblock.reserved after (base, size, flags, node);
 *   - every line printed, in order, with its level.
 * riscv64 5.10 and 5.11 are not built (no crash-kernel code: the engine's reserveCrashkernelNone);
 * riscv64 is built from 5.13, its first reserve_crashkernel().
 */
import { describe, expect, it } from 'vitest'
import { expectAgreement, readKernelFixture } from './kernel-fixture.js'
import { crashReserveContext, RESERVE_VARIANTS } from '../../src/engine/crashkernel/reserve.js'
import * as E from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import type { KernelPolicy } from '../../src/engine/policies/types.js'
import { Trace } from '../../src/engine/trace.js'
import type { Arch } from '../../src/engine/types.js'
import { X86_CRASH_ADDR_HIGH_MAX, X86_CRASH_ADDR_LOW_MAX } from '../../src/engine/x86/setup.js'
import { crashLowSizeDefault } from '../../src/engine/x86/swiotlb.js'
import { kernelMsgs } from './kernel-log.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string }>
  cases: Array<{ in: string; out: Record<string, string> }>
}

/** KERNEL_RESERVE_FIXTURE: a longer search's fixture (see the fixture script) instead of the committed one. */
const fixture = readKernelFixture<Fixture>('kernel-reserve.json.gz', 'KERNEL_RESERVE_FIXTURE')

const hex = (v: bigint): string => v.toString(16)
const big = (s: string | undefined): bigint => BigInt(`0x${s ?? '0'}`)

/** The kernel's output line of a case for a version, references followed. */
function kernelLine(c: Fixture['cases'][number], gen: string): string {
  let out = c.out[gen]!
  while (c.out[out] !== undefined) out = c.out[out]!
  return out
}

/** A case's input line: ARCH LOWLIMIT PABITS SWIOTLB|PAGE;OP;...|CMDLINE. */
function parseCase(line: string) {
  const [params, ops, ...rest] = line.split('|')
  const [arch, low, pabits] = params!.split(' ')
  const [page, ...steps] = ops!.split(';')
  return { arch: arch as Arch, low: big(low), pabits: BigInt(pabits!), page: big(page), steps, cmdline: rest.join('|') }
}

/** The name of a policy's variant in RESERVE_VARIANTS (every policy's must be one). */
function variantName(policy: KernelPolicy): string {
  for (const [name, fn] of Object.entries(RESERVE_VARIANTS)) if (fn === policy.crash.reserve) return name
  throw new Error(`${policy.id}: a reservation variant outside RESERVE_VARIANTS`)
}

/** CRASH_ADDR_LOW_MAX and CRASH_ADDR_HIGH_MAX as the engine's arch setup passes them. */
function limits(arch: Arch, policy: KernelPolicy, mb: E.Memblock, low: bigint, pabits: bigint): [bigint, bigint] {
  if (arch === 'x86_64') return [X86_CRASH_ADDR_LOW_MAX, X86_CRASH_ADDR_HIGH_MAX]
  if (arch === 'arm64') return [low, 1n << pabits]
  // riscv64: riscv/setup.ts crashAddrLowMax() of the policy's generation, HIGH the end of DRAM.
  const high = E.memblockEndOfDram(mb)
  const kinds = { dma32: low, '4G-1': (1n << 32n) - 1n, '4G': 1n << 32n, none: high }
  return [kinds[policy.riscv!.lowMax], high]
}

/** The engine on case `i` for `gen` (release `kernel`): undefined when it agrees, else what differs. */
function replay(gen: string, kernel: string, i: number): string | undefined {
  const c = fixture.cases[i]!
  const { arch, low, pabits, page, steps, cmdline } = parseCase(c.in)
  const policy = policyFor(arch, kernel)!
  const mb = E.memblockCreate(page, (policy.x86 ?? policy.arm64 ?? policy.riscv)!.memblockRsrvKern)
  for (const s of steps) {
    const [op, a, b] = s.split(' ')
    if (op === 'add') E.memblockAdd(mb, big(a), big(b))
    else if (op === 'reserve') E.memblockReserve(mb, big(a), big(b))
    else if (op === 'mark_nomap') E.memblockMarkNomap(mb, big(a), big(b))
    else throw new Error(`case ${i}: operation ${s}`)
  }
  const [lowMax, highMax] = limits(arch, policy, mb, low, pabits)
  const defaultLow = arch === 'x86_64' ? crashLowSizeDefault(cmdline, policy.x86!.swiotlb) : undefined
  const trace = new Trace()
  const { outcome, request } = policy.crash.reserve(crashReserveContext(mb, trace, { cmdline, pageSize: page }, policy, lowMax, highMax, defaultLow))
  const region = (r: { base: bigint; size: bigint } | undefined): string => (r ? `${hex(r.base)},${hex(r.size)}` : '-')
  const crash = outcome.kind === 'hang' ? 'hang' : outcome.kind === 'reserved' ? region(outcome.main) : '-'
  const lowRegion = outcome.kind === 'reserved' ? region(outcome.low) : '-'
  // 7.2 x86 arch_reserve_crashkernel() hands cma_size on once parse_crashkernel() succeeded
  // and reserve_crashkernel_generic() returned (it does not on a hang).
  const cma = policy.crash.parseCma && (outcome.kind === 'reserved' || outcome.kind === 'failed') ? hex(request.cma ?? 0n) : '-'
  const reserved = mb.reserved.regions.map((r) => `${hex(r.base)},${hex(r.size)},${r.flags.toString(16)},${r.nid}`).join(' ')
  const msgs = trace.events.map((e) => `${e.level}:${e.text}`).join('|')
  const got = [crash, lowRegion, cma, reserved, msgs].join(';')
  const k = kernelLine(c, gen).split(';')
  const want = [...k.slice(0, 4), kernelMsgs(k.slice(4).join(';'))].join(';')
  return got === want ? undefined : `${gen} ${arch} ${variantName(policy)} case ${i} ${JSON.stringify(c.in)}\n  kernel ${want}\n  engine ${got}`
}

const ARCHES: readonly Arch[] = ['x86_64', 'arm64', 'riscv64']
/**
 * The trees: Debian's linux-source 5.10.223, 6.1.192, 6.12.117, 7.2.13 and the upstream
 * releases whose tarballs Ubuntu ships (5.11, 5.13, 5.14, 5.15, 5.17, 5.19, 6.0, 6.2, 6.5, 6.8,
 * 6.11, 6.14, 6.17, 7.0; see scripts/kernel-reserve-fixture.sh). riscv64 is built from 5.13 on.
 */
const KERNELS = ['5.10.223', '5.11.0', '5.13.0', '5.14.0', '5.15.0', '5.17.0', '5.19.0', '6.0.0', '6.1.192', '6.2.0', '6.5.0', '6.8.0', '6.11.0', '6.12.117', '6.14.0', '6.17.0', '7.0.0', '7.2.13']
/** riscv64 5.10 and 5.11 have nothing to build; every other (architecture, tree) is built. */
const NOT_BUILT = new Set(['riscv64 5.10', 'riscv64 5.11'])
const built = (arch: Arch, gen: string): boolean => fixture.cases.some((c) => c.in.startsWith(`${arch} `) && c.out[gen] !== undefined)

describe("crash-kernel reservation against the kernel's own, compiled (test/fixtures/kernel-reserve.json.gz)", () => {
  it('holds the eighteen generations and the three architectures, and reaches the outcomes', () => {
    expect(fixture.versions.map((v) => v.kernel)).toEqual(KERNELS)
    // Which (architecture, tree) pairs have outputs is fixed here, so that a harness that failed
    // to build for one of them cannot pass as a pair that is skipped on purpose.
    for (const { gen } of fixture.versions) for (const arch of ARCHES) expect(built(arch, gen), `${arch} ${gen}`).toBe(!NOT_BUILT.has(`${arch} ${gen}`))
    expect(fixture.cases.length).toBeGreaterThanOrEqual(1500)
    for (const arch of ARCHES) expect(fixture.cases.filter((c) => c.in.startsWith(`${arch} `)).length).toBeGreaterThan(450)
    for (const { gen } of fixture.versions) {
      const lines = fixture.cases.filter((c) => c.out[gen] !== undefined).map((c) => kernelLine(c, gen))
      const main = lines.filter((l) => /^[0-9a-f]/.test(l)).length
      // Main regions placed, low regions too (not on arm64 before 5.19, which has no ,low), failures.
      expect(main, gen).toBeGreaterThan(200)
      expect(lines.filter((l) => /^[0-9a-f]+,[0-9a-f]+;[0-9a-f]/.test(l)).length, gen).toBeGreaterThan(20)
      expect(lines.filter((l) => l.startsWith('-;') && /;[WE]:/.test(l)).length, gen).toBeGreaterThan(50)
      // The endless retries: arm64's own fallback (6.2 – 6.6) and the generic one (6.7+).
      if (!['5.10', '5.11', '5.13', '5.14', '5.15', '5.17', '5.19', '6.0', '6.1'].includes(gen)) expect(lines.filter((l) => l.startsWith('hang;')).length, gen).toBeGreaterThan(1)
    }
  })

  for (const { gen, kernel } of fixture.versions) {
    for (const arch of ARCHES) {
      if (!built(arch, gen)) continue
      it(`the engine agrees on every ${arch} case (${kernel}, ${variantName(policyFor(arch, kernel)!)})`, () => {
        const ofArch = [...fixture.cases.keys()].filter((i) => fixture.cases[i]!.in.startsWith(`${arch} `))
        expect(expectAgreement(ofArch, (i) => replay(gen, kernel, i), 6)).toBeGreaterThan(0)
      })
    }
  }
})
