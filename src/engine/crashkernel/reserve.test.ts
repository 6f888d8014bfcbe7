// SPDX-License-Identifier: GPL-2.0-only
/**
 * The reservation variants on small hand-built memblock states: outcome, final
 * memblock.reserved, and the exact dmesg lines. Constants (CRASH_ALIGN, default low size) and
 * parse dialects come from the policies; CRASH_ADDR_LOW_MAX / HIGH_MAX are given per case, as
 * the boot mirrors would compute them.
 *
 * Kernel sources: arch/arm64/mm/init.c reserve_crashkernel() (v5.10.223, v6.1.192),
 * kernel-model.md §5.1.D/E (6.2–6.6, no tree here), kernel/crash_reserve.c
 * reserve_crashkernel_generic() (v6.12.117, v7.2.13), arch/x86/kernel/setup.c
 * reserve_crashkernel() (v5.10.223), arch/riscv/mm/init.c reserve_crashkernel() (v6.1.192).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { memblockAdd, memblockCreate, memblockMarkNomap, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { policyFor } from '../policies/index.js'
import { Trace } from '../trace.js'
import type { Arch, TraceEvent } from '../types.js'
import {
  reserveCrashkernelArm64V510,
  reserveCrashkernelArm64V515,
  reserveCrashkernelArm64V519,
  reserveCrashkernelArm64V62,
  reserveCrashkernelArm64V65,
  reserveCrashkernelGeneric,
  reserveCrashkernelGenericV67,
  reserveCrashkernelRiscvV61,
  reserveCrashkernelRiscvV513,
  reserveCrashkernelRiscvV515,
  reserveCrashkernelRiscvV66,
  reserveCrashkernelX86V510,
  crashReserveContext,
  type CrashReserveResult,
  type ReserveCrashkernel,
} from './reserve.js'

/**
 * The kernel's retry loops can spin forever (LOW == HIGH). A variant that loops in JS would
 * hang the test run, so memblock_phys_alloc_range() is counted and a runaway loop throws.
 */
const allocCalls = vi.hoisted(() => ({ n: 0 }))
vi.mock('../memblock/memblock.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../memblock/memblock.js')>()
  return {
    ...mod,
    memblockPhysAllocRange: (...args: Parameters<typeof mod.memblockPhysAllocRange>) => {
      if (++allocCalls.n > 1000) throw new Error('memblock_phys_alloc_range() called 1000 times: the reservation loops forever')
      return mod.memblockPhysAllocRange(...args)
    },
  }
})
beforeEach(() => {
  allocCalls.n = 0
})

const M = 1n << 20n
const G = 1n << 30n
const SZ_4G = 4n * G
const SZ_64T = 1n << 46n
const HIGH_48 = 1n << 48n

type Rgn = readonly [bigint, bigint]
interface Board {
  memory: Rgn[]
  reserved?: Rgn[] | undefined
  nomap?: Rgn[]
}

const info = (text: string): TraceEvent => ({ level: 'info', source: 'crashkernel', text })
const warn = (text: string): TraceEvent => ({ level: 'warn', source: 'crashkernel', text })
const err = (text: string): TraceEvent => ({ level: 'err', source: 'crashkernel', text })

function mbOf(board: Board): Memblock {
  const mb = memblockCreate(4096n)
  for (const [b, s] of board.memory) memblockAdd(mb, b, s)
  for (const [b, s] of board.nomap ?? []) memblockMarkNomap(mb, b, s)
  for (const [b, s] of board.reserved ?? []) memblockReserve(mb, b, s)
  return mb
}

interface Run {
  result: CrashReserveResult
  trace: TraceEvent[]
  reserved: Array<[bigint, bigint]>
}

function run(variant: ReserveCrashkernel, arch: Arch, release: string, board: Board, cmdline: string, lowMax: bigint, highMax: bigint): Run {
  const policy = policyFor(arch, release)!
  const mb = mbOf(board)
  const trace = new Trace()
  const ctx = crashReserveContext(mb, trace, { cmdline, pageSize: 4096n }, policy, lowMax, highMax)
  const result = variant(ctx)
  return { result, trace: trace.events, reserved: mb.reserved.regions.map((r) => [r.base, r.size]) }
}

const reservedLine = (base: bigint, size: bigint): TraceEvent =>
  info(`crashkernel reserved: 0x${base.toString(16).padStart(16, '0')} - 0x${(base + size).toString(16).padStart(16, '0')} (${size >> 20n} MB)`)

// ------------------------------------------------------------------ boards

/** arm64 "virt": 4 GiB at 1 GiB, kernel image reserved at [0x40200000, 0x42000000). */
const KERNEL_A: Rgn = [0x4020_0000n, 0x1e0_0000n]
const A: Board = { memory: [[0x4000_0000n, SZ_4G]], reserved: [KERNEL_A] }
/** A with everything below 4 GiB in use except the top 128 MiB. */
const A_LOW_128M_LEFT: Board = { memory: A.memory, reserved: [KERNEL_A, [0x4200_0000n, 0xf800_0000n - 0x4200_0000n]] }
/** A with everything below 4 GiB in use. */
const A_LOW_FULL: Board = { memory: A.memory, reserved: [KERNEL_A, [0x4200_0000n, SZ_4G - 0x4200_0000n]] }
/** 3 GiB at 1 GiB: RAM ends exactly at 4 GiB. */
const B: Board = { memory: [[0x4000_0000n, 3n * G]], reserved: [KERNEL_A] }
/** RPi4 4 GB: [0, 948M) + [1G, 4G), ZONE_DMA 1 GiB. */
const R: Board = { memory: [[0n, 0x3b40_0000n], [0x4000_0000n, 3n * G]], reserved: [[0x20_0000n, 0x1c0_0000n]] }
const R_LOW = 0x4000_0000n
/** x86_64: [1M, 3G) + [4G, 9G), kernel at [16M, 48M). */
const X: Board = { memory: [[0x10_0000n, 0xc000_0000n - 0x10_0000n], [SZ_4G, 5n * G]], reserved: [[0x100_0000n, 0x200_0000n]] }
/** riscv64: 4 GiB at 2 GiB, kernel at [0x80200000, 0x82000000). */
const V: Board = { memory: [[0x8000_0000n, SZ_4G]], reserved: [[0x8020_0000n, 0x1e0_0000n]] }

// ================================================================== arm64 5.10 (5.10.22 … 5.14)

describe('reserveCrashkernelArm64V510 (arm64 5.10.223)', () => {
  const go = (board: Board, cmdline: string) => run(reserveCrashkernelArm64V510, 'arm64', '5.10.223', board, cmdline, SZ_4G, HIGH_48)

  it('crashkernel=256M: the highest 2M-aligned fit below CRASH_ADDR_LOW_MAX', () => {
    const r = go(A, 'console=ttyAMA0 crashkernel=256M')
    expect(r.result).toEqual({
      outcome: { kind: 'reserved', main: { kind: 'main', base: 0xf000_0000n, size: 256n * M }, fellBack: false, high: false, fixed: false },
      request: { present: true, size: 256n * M, base: 0n },
    })
    expect(r.trace).toEqual([info('crashkernel reserved: 0x00000000f0000000 - 0x0000000100000000 (256 MB)')])
    expect(r.reserved).toEqual([KERNEL_A, [0xf000_0000n, 256n * M]])
  })

  it('the size is PAGE_ALIGNed before the search', () => {
    const r = go(A, 'crashkernel=0x1000001')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xfee0_0000n, size: 0x100_1000n }, fellBack: false, high: false, fixed: false })
    expect(r.trace).toEqual([info('crashkernel reserved: 0x00000000fee00000 - 0x00000000ffe01000 (16 MB)')])
  })

  it('crashkernel=X@Y that is memory, free and 2M aligned is reserved as is', () => {
    const r = go(A, 'crashkernel=256M@0x80000000')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x8000_0000n, size: 256n * M }, fellBack: false, high: false, fixed: true })
    expect(r.trace).toEqual([reservedLine(0x8000_0000n, 256n * M)])
  })

  it.each([
    ['not memory', A, 'crashkernel=256M@0x20000000', 'cannot reserve crashkernel: region is not memory', 'fixed-not-memory', 0x2000_0000n],
    ['overlapping the kernel image', A, 'crashkernel=256M@0x40000000', 'cannot reserve crashkernel: region overlaps reserved memory', 'fixed-overlaps', 0x4000_0000n],
    ['not 2M aligned', A, 'crashkernel=256M@0x80100000', 'cannot reserve crashkernel: base address is not 2MB aligned', 'fixed-misaligned', 0x8010_0000n],
    // the checks run in this order: reserved before alignment
    ['misaligned and overlapping: "overlaps" wins', A, 'crashkernel=256M@0x40100000', 'cannot reserve crashkernel: region overlaps reserved memory', 'fixed-overlaps', 0x4010_0000n],
    // memblock_is_region_memory() needs ONE region: a NOMAP split makes two
    ['across a NOMAP split', { ...A, nomap: [[0x9000_0000n, 2n * M]] } as Board, 'crashkernel=256M@0x88000000', 'cannot reserve crashkernel: region is not memory', 'fixed-not-memory', 0x8800_0000n],
  ] as const)('crashkernel=X@Y %s', (_what, board, cmdline, message, reason, base) => {
    const r = go(board, cmdline)
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason, searched: [{ base, size: 256n * M }] })
    expect(r.trace).toEqual([warn(message)])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('a request that does not fit below the limit', () => {
    const r = go(A, 'crashkernel=4G')
    expect(r.result.outcome).toEqual({ kind: 'failed', size: SZ_4G, reason: 'no-room', searched: [{ base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x100000000)')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it.each([
    ['crashkernel=1G,high (another class: silently nothing)', 'crashkernel=1G,high', { kind: 'ignored', reason: 'unsupported-suffix' }],
    ['crashkernel=0', 'crashkernel=0', { kind: 'ignored', reason: 'zero' }],
    ['no crashkernel=', 'console=ttyAMA0', { kind: 'not-requested' }],
  ] as const)('%s', (_what, cmdline, outcome) => {
    const r = go(A, cmdline)
    expect(r.result.outcome).toEqual(outcome)
    expect(r.trace).toEqual([])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('a size that PAGE_ALIGNs to 0 at the end of DRAM is "not memory" (memblock_search finds no region)', () => {
    // 0xfffffffffffff001 passes "ret || !crash_size"; PAGE_ALIGN wraps it to 0. The kernel's
    // memblock_is_region_memory(0x140000000, 0) finds no region containing the base.
    const r = go(A, 'crashkernel=0xfffffffffffff001@0x140000000')
    expect(r.trace).toEqual([warn('cannot reserve crashkernel: region is not memory')])
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-not-memory' })
  })
})

// ================================================================== arm64 5.15 – 5.18

describe('reserveCrashkernelArm64V515 (arm64 5.15 – 5.18: a7259df76702)', () => {
  const go = (board: Board, cmdline: string) => run(reserveCrashkernelArm64V515, 'arm64', '5.15.0', board, cmdline, SZ_4G, HIGH_48)
  const v510 = (board: Board, cmdline: string) => run(reserveCrashkernelArm64V510, 'arm64', '5.14.21', board, cmdline, SZ_4G, HIGH_48)

  it('plain crashkernel=X lands where 5.10 put it: the same top-down search, below CRASH_ADDR_LOW_MAX', () => {
    for (const [board, cmdline] of [[A, 'crashkernel=256M'], [A_LOW_128M_LEFT, 'crashkernel=128M'], [A, 'crashkernel=0x1000001'], [R, 'crashkernel=256M']] as const) {
      const low = board === R ? R_LOW : SZ_4G
      const r = run(reserveCrashkernelArm64V515, 'arm64', '5.15.0', board, cmdline, low, HIGH_48)
      expect(r.result).toEqual(run(reserveCrashkernelArm64V510, 'arm64', '5.14.21', board, cmdline, low, HIGH_48).result)
      expect(r.result.outcome.kind).toBe('reserved')
    }
    const full = go(A, 'crashkernel=4G')
    expect(full.result.outcome).toEqual({ kind: 'failed', size: SZ_4G, reason: 'no-room', searched: [{ base: 0n, size: SZ_4G }] })
    expect(full.trace).toEqual([warn('cannot allocate crashkernel (size:0x100000000)')])
  })

  it('crashkernel=X@Y free and 2M aligned: reserved there, as in 5.10', () => {
    const r = go(A, 'crashkernel=256M@0x80000000')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x8000_0000n, size: 256n * M }, fellBack: false, high: false, fixed: true })
    expect(r.trace).toEqual([reservedLine(0x8000_0000n, 256n * M)])
  })

  it.each([
    ['not memory', A, 'crashkernel=256M@0x20000000', 0x2000_0000n],
    ['overlapping the kernel image', A, 'crashkernel=256M@0x40000000', 0x4000_0000n],
    // The search window is [Y, Y + X): no 2M-aligned start fits in it.
    ['not 2M aligned', A, 'crashkernel=256M@0x80100000', 0x8010_0000n],
    ['across a NOMAP split', { ...A, nomap: [[0x9000_0000n, 2n * M]] } as Board, 'crashkernel=256M@0x88000000', 0x8800_0000n],
    // 5.10's checks took a range that is memory, free and only marked NOMAP: the search skips NOMAP.
    ['inside a NOMAP region', { ...A, nomap: [[0x8000_0000n, 512n * M]] } as Board, 'crashkernel=256M@0x80000000', 0x8000_0000n],
  ] as const)('crashkernel=X@Y %s: one search of [Y, Y + X), the one "cannot allocate" line', (_what, board, cmdline, base) => {
    const r = go(board, cmdline)
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base, size: 256n * M }] })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x10000000)')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('5.14 reserved a fixed range inside a NOMAP region that 5.15 refuses', () => {
    const board = { ...A, nomap: [[0x8000_0000n, 512n * M]] } as Board
    expect(v510(board, 'crashkernel=256M@0x80000000').result.outcome).toMatchObject({ kind: 'reserved', fixed: true })
    expect(go(board, 'crashkernel=256M@0x80000000').result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-in-use' })
  })

  it.each([
    ['crashkernel=1G,high (another class: silently nothing)', 'crashkernel=1G,high', { kind: 'ignored', reason: 'unsupported-suffix' }],
    ['crashkernel=0', 'crashkernel=0', { kind: 'ignored', reason: 'zero' }],
    ['no crashkernel=', 'console=ttyAMA0', { kind: 'not-requested' }],
  ] as const)('%s', (_what, cmdline, outcome) => {
    const r = go(A, cmdline)
    expect(r.result.outcome).toEqual(outcome)
    expect(r.trace).toEqual([])
  })
})

// ================================================================== arm64 5.19 – 6.1

describe('reserveCrashkernelArm64V519 (arm64 6.1.192)', () => {
  const go = (board: Board, cmdline: string) => run(reserveCrashkernelArm64V519, 'arm64', '6.1.192', board, cmdline, SZ_4G, HIGH_48)

  it('crashkernel=256M: [0, LOW)', () => {
    const r = go(A, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xf000_0000n, size: 256n * M }, low: undefined, fellBack: false, high: false, fixed: false })
    expect(r.trace).toEqual([reservedLine(0xf000_0000n, 256n * M)])
  })

  it.each([
    // parse_crashkernel() and parse_crashkernel_high() both -ENOENT: the kernel returns
    // without a word, though the command line asked for something.
    ['crashkernel=64M,low alone', 'crashkernel=64M,low', { kind: 'ignored', reason: 'low-only' }],
    ['no crashkernel=', 'console=ttyAMA0', { kind: 'not-requested' }],
  ] as const)('%s', (_what, cmdline, outcome) => {
    const r = go(A, cmdline)
    expect(r.result.outcome).toEqual(outcome)
    expect(r.trace).toEqual([])
  })

  it('crashkernel=512M,high: highest fit in [0, HIGH), no default low', () => {
    const r = go(A, 'crashkernel=512M,high')
    expect(r.result).toEqual({
      outcome: { kind: 'reserved', main: { kind: 'main', base: 0x1_2000_0000n, size: 512n * M }, low: undefined, fellBack: false, high: true, fixed: false },
      request: { present: true, high: 512n * M, low: 0n },
    })
    expect(r.trace).toEqual([info('crashkernel reserved: 0x0000000120000000 - 0x0000000140000000 (512 MB)')])
    expect(r.reserved).toEqual([KERNEL_A, [0x1_2000_0000n, 512n * M]])
  })

  it(',high with an explicit ,low above LOW: the low part is reserved first in the log', () => {
    const r = go(A, 'crashkernel=512M,high crashkernel=64M,low')
    expect(r.result.outcome).toEqual({
      kind: 'reserved',
      main: { kind: 'main', base: 0x1_2000_0000n, size: 512n * M },
      low: { kind: 'low', base: 0xfc00_0000n, size: 64n * M },
      fellBack: false,
      high: true,
      fixed: false,
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xfc000000 - 0x100000000 (64 MB)'),
      info('crashkernel reserved: 0x0000000120000000 - 0x0000000140000000 (512 MB)'),
    ])
    expect(r.reserved).toEqual([KERNEL_A, [0xfc00_0000n, 64n * M], [0x1_2000_0000n, 512n * M]])
  })

  it('a failing low part frees the main region (memblock_phys_free)', () => {
    const r = go(A_LOW_FULL, 'crashkernel=512M,high crashkernel=64M,low')
    // ,high: the main region in [0, CRASH_ADDR_HIGH_MAX), then the low part in [0, CRASH_ADDR_LOW_MAX).
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 512n * M, reason: 'low-failed', searched: [{ base: 0n, size: HIGH_48 }, { base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([err('cannot allocate crashkernel low memory (size:0x4000000).')])
    expect(r.reserved).toEqual([[0x4020_0000n, SZ_4G - 0x4020_0000n]])
  })

  it('crashkernel=X has no fallback above LOW', () => {
    const r = go(A_LOW_FULL, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'no-room', searched: [{ base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x10000000)')])
  })

  it('crashkernel=X@Y in use: the generic "cannot allocate" message', () => {
    const r = go(A, 'crashkernel=256M@0x40000000')
    expect(r.result.outcome).toMatchObject({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use' })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x10000000)')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('crashkernel=X@Y free: reserved there', () => {
    const r = go(A, 'crashkernel=256M@0x80000000')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x8000_0000n, size: 256n * M }, fixed: true })
  })

  it('an invalid ,low aborts the ,high request', () => {
    const r = go(A, 'crashkernel=512M,high crashkernel=abc,low')
    // parse_crashkernel_low() -EINVAL: reserve_crashkernel() returns, as for any malformed value.
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(r.trace).toEqual([warn('crashkernel: memory value expected')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('a malformed plain token is -EINVAL, not -ENOENT: ,high is not tried', () => {
    const r = go(A, 'crashkernel=abc crashkernel=1G,high')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(r.trace).toEqual([warn('crashkernel: memory value expected')])
    expect(r.reserved).toEqual([KERNEL_A])
  })
})

// ================================================================== arm64 6.2 – 6.4

describe('reserveCrashkernelArm64V62 (arm64 6.2 – 6.4)', () => {
  const go = (board: Board, cmdline: string, low = SZ_4G, high = HIGH_48) => run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', board, cmdline, low, high)

  it('crashkernel=X falls back to [0, HIGH) with the default 128M low part', () => {
    const r = go(A_LOW_128M_LEFT, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({
      kind: 'reserved',
      main: { kind: 'main', base: 0x1_3000_0000n, size: 256n * M },
      low: { kind: 'low', base: 0xf800_0000n, size: 128n * M },
      fellBack: true,
      high: false,
      fixed: false,
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xf8000000 - 0x100000000 (128 MB)'),
      info('crashkernel reserved: 0x0000000130000000 - 0x0000000140000000 (256 MB)'),
    ])
  })

  it(',high lands in the last 128M below LOW: "base > LOW - low" still reserves a low part', () => {
    const r = go(B, 'crashkernel=64M,high')
    expect(r.result.outcome).toEqual({
      kind: 'reserved',
      main: { kind: 'main', base: 0xfc00_0000n, size: 64n * M },
      low: { kind: 'low', base: 0xf400_0000n, size: 128n * M },
      fellBack: false,
      high: true,
      fixed: false,
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xf4000000 - 0xfc000000 (128 MB)'),
      info('crashkernel reserved: 0x00000000fc000000 - 0x0000000100000000 (64 MB)'),
    ])
  })

  it('crashkernel=X@Y in use: "cannot allocate", no fallback', () => {
    const r = go(A, 'crashkernel=256M@0x40000000')
    // One window, [Y, Y + X): crash_max = crash_base + crash_size.
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base: 0x4000_0000n, size: 256n * M }] })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x10000000)')])
  })

  it('LOW == HIGH (no ZONE_DMA/DMA32): a plain request that does not fit retries [0, HIGH) forever', () => {
    // retry: crash_max == CRASH_ADDR_LOW_MAX stays true after crash_max = CRASH_ADDR_HIGH_MAX
    const r = go(A, 'crashkernel=8G', HIGH_48, HIGH_48)
    // The window retried is the first one, [0, CRASH_ADDR_HIGH_MAX), not an empty one.
    expect(r.result.outcome).toEqual({ kind: 'hang', cause: 'endless-retry', size: 8n * G, window: { base: 0n, size: HIGH_48 } })
    expect(r.trace).toEqual([])
  })

  it('crashkernel=X,low alone: parse_crashkernel() and parse_crashkernel_high() both -ENOENT, nothing and no word', () => {
    const r = go(A, 'crashkernel=64M,low')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'low-only' })
    expect(r.trace).toEqual([])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('an invalid ,low aborts the ,high request (parse_crashkernel_low() -EINVAL)', () => {
    const r = go(A, 'crashkernel=512M,high crashkernel=abc,low')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(r.trace).toEqual([warn('crashkernel: memory value expected')])
    expect(r.reserved).toEqual([KERNEL_A])
  })
})

// ================================================================== arm64 6.5 – 6.6

describe('reserveCrashkernelArm64V65 (arm64 6.5 – 6.6)', () => {
  const go = (board: Board, cmdline: string, low = SZ_4G, high = HIGH_48) => run(reserveCrashkernelArm64V65, 'arm64', '6.5.0', board, cmdline, low, high)

  it(',high: [4G, HIGH) first, default 128M low', () => {
    const r = go(A, 'crashkernel=512M,high')
    expect(r.result.outcome).toEqual({
      kind: 'reserved',
      main: { kind: 'main', base: 0x1_2000_0000n, size: 512n * M },
      low: { kind: 'low', base: 0xf800_0000n, size: 128n * M },
      fellBack: false,
      high: true,
      fixed: false,
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xf8000000 - 0x100000000 (128 MB)'),
      info('crashkernel reserved: 0x0000000120000000 - 0x0000000140000000 (512 MB)'),
    ])
  })

  it(',high with no RAM above 4G falls back to [0, LOW): no low part below LOW', () => {
    const r = go(B, 'crashkernel=64M,high')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xfc00_0000n, size: 64n * M }, low: undefined, fellBack: true, high: true, fixed: false })
    expect(r.trace).toEqual([reservedLine(0xfc00_0000n, 64n * M)])
  })

  it('RPi4: ,high goes [4G, HIGH) then [0, 1G) — nothing between 1G and 4G', () => {
    const r = go(R, 'crashkernel=512M,high', R_LOW)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x1b40_0000n, size: 512n * M }, low: undefined, fellBack: true })
    expect(r.trace).toEqual([reservedLine(0x1b40_0000n, 512n * M)])
  })

  it('crashkernel=X: [0, LOW) then [LOW, HIGH) with the default low', () => {
    const r = go(A_LOW_128M_LEFT, 'crashkernel=256M')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x1_3000_0000n }, low: { base: 0xf800_0000n, size: 128n * M }, fellBack: true, high: false })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xf8000000 - 0x100000000 (128 MB)'),
      info('crashkernel reserved: 0x0000000130000000 - 0x0000000140000000 (256 MB)'),
    ])
  })

  it('crashkernel=X@Y in use: "memory is in use"', () => {
    const r = go(A, 'crashkernel=256M@0x40000000')
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base: 0x4000_0000n, size: 256n * M }] })
    expect(r.trace).toEqual([warn('crashkernel reservation failed - memory is in use.')])
  })

  it('LOW == HIGH, plain X that does not fit: [LOW, HIGH) is retried forever', () => {
    const r = go(A_LOW_FULL, 'crashkernel=2G', HIGH_48, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'hang', cause: 'endless-retry', size: 2n * G, window: { base: HIGH_48, size: 0n } })
    expect(r.trace).toEqual([])
  })

  it('LOW == HIGH, X,high that does not fit: [0, LOW) is retried forever', () => {
    const r = go(A_LOW_FULL, 'crashkernel=2G,high', HIGH_48, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'hang', cause: 'endless-retry', size: 2n * G, window: { base: 0n, size: HIGH_48 } })
  })
})

// ================================================================== generic 6.7 – 6.11

describe('reserveCrashkernelGenericV67 (6.7 – 6.10)', () => {
  const go = (board: Board, cmdline: string, low = SZ_4G, high = HIGH_48) => run(reserveCrashkernelGenericV67, 'arm64', '6.7.0', board, cmdline, low, high)

  it('RPi4: ,high searches from CRASH_ADDR_LOW_MAX (1G), not 4G, and reserves 128M low', () => {
    const r = go(R, 'crashkernel=512M,high', R_LOW)
    expect(r.result.outcome).toEqual({
      kind: 'reserved',
      main: { kind: 'main', base: 0xe000_0000n, size: 512n * M },
      low: { kind: 'low', base: 0x3340_0000n, size: 128n * M },
      fellBack: false,
      high: true,
      fixed: false,
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0x33400000 - 0x3b400000 (128 MB)'),
      info('crashkernel reserved: 0x00000000e0000000 - 0x0000000100000000 (512 MB)'),
    ])
  })

  it('RPi4: crashkernel=1G does not fit below 1G: falls back above LOW with 128M low', () => {
    const r = go(R, 'crashkernel=1G', R_LOW)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xc000_0000n, size: G }, low: { base: 0x3340_0000n, size: 128n * M }, fellBack: true })
  })

  it('LOW == HIGH, X,high: without the 6.11 guard [0, LOW) is retried forever', () => {
    const r = go(A_LOW_FULL, 'crashkernel=2G,high', HIGH_48, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'hang', cause: 'endless-retry', size: 2n * G, window: { base: 0n, size: HIGH_48 } })
  })

  it('LOW == HIGH, X,high that fits low: found by the fallback', () => {
    const r = go(A, 'crashkernel=512M,high', HIGH_48, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x1_2000_0000n, size: 512n * M }, low: undefined, fellBack: true })
  })

  it('no "crash_size >= system_ram" check before 6.12 (added by "crash: Fix crash memory reserve exceed system memory bug", 2024-07-29)', () => {
    const r = go(A, 'crashkernel=4G')
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x100000000)')])
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'no-room', size: SZ_4G })
  })
})

// ================================================================== generic 6.12+

describe('reserveCrashkernelGeneric (6.12.117, 7.2.13)', () => {
  const go = (board: Board, cmdline: string, low = SZ_4G, high = HIGH_48, release = '6.12.117') =>
    run(reserveCrashkernelGeneric, 'arm64', release, board, cmdline, low, high)

  it.each(['6.12.117', '7.2.13'])('crashkernel=512M: [0, LOW) [%s]', (release) => {
    const r = go(A, 'crashkernel=512M', SZ_4G, HIGH_48, release)
    expect(r.result).toEqual({
      outcome: { kind: 'reserved', main: { kind: 'main', base: 0xe000_0000n, size: 512n * M }, low: undefined, fellBack: false, high: false, fixed: false },
      request: { present: true, size: 512n * M, base: 0n },
    })
    expect(r.trace).toEqual([reservedLine(0xe000_0000n, 512n * M)])
  })

  it('crashkernel=1G,high: [LOW, HIGH) then the default low part', () => {
    const r = go(A, 'crashkernel=1G,high')
    expect(r.result).toEqual({
      outcome: {
        kind: 'reserved',
        main: { kind: 'main', base: SZ_4G, size: G },
        low: { kind: 'low', base: 0xf800_0000n, size: 128n * M },
        fellBack: false,
        high: true,
        fixed: false,
      },
      request: { present: true, high: G, low: 128n * M },
    })
    expect(r.trace).toEqual([
      info('crashkernel low memory reserved: 0xf8000000 - 0x100000000 (128 MB)'),
      info('crashkernel reserved: 0x0000000100000000 - 0x0000000140000000 (1024 MB)'),
    ])
    // [0xf8000000, 4G) and [4G, 5G) touch: memblock merges them
    expect(r.reserved).toEqual([KERNEL_A, [0xf800_0000n, 128n * M + G]])
  })

  it('crashkernel=1G,high crashkernel=0,low: no low part', () => {
    const r = go(A, 'crashkernel=1G,high crashkernel=0,low')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: SZ_4G }, low: undefined })
    expect(r.trace).toEqual([reservedLine(SZ_4G, G)])
  })

  it('a failing low part frees the main region', () => {
    const r = go(A_LOW_FULL, 'crashkernel=512M,high')
    // ,high: the main region in [CRASH_ADDR_LOW_MAX, CRASH_ADDR_HIGH_MAX), then the low part in [0, CRASH_ADDR_LOW_MAX).
    expect(r.result.outcome).toEqual({ kind: 'failed', reason: 'low-failed', size: 512n * M, searched: [{ base: SZ_4G, size: HIGH_48 - SZ_4G }, { base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([err('cannot allocate crashkernel low memory (size:0x8000000).')])
    expect(r.reserved).toEqual([[0x4020_0000n, SZ_4G - 0x4020_0000n]])
  })

  it(',high with no RAM above LOW falls back to [0, LOW)', () => {
    const r = go(B, 'crashkernel=64M,high')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xfc00_0000n, size: 64n * M }, low: undefined, fellBack: true, high: true })
    expect(r.trace).toEqual([reservedLine(0xfc00_0000n, 64n * M)])
  })

  it('crashkernel=4G on 4 GiB of RAM is rejected by parse_crashkernel(), silently', () => {
    const r = go(A, 'crashkernel=4G')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'size-exceeds-ram' })
    expect(r.trace).toEqual([])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('crashkernel=8Gx on 4 GiB: the token did not parse, so the reason is its syntax, not its size', () => {
    // parse_crashkernel_simple() wrote *crash_size = 8G before it met the 'x' and returned
    // -EINVAL; the >= system_ram test after it changes nothing (kernel/crash_reserve.c@v6.12.117:165-168, :337-338).
    const r = go(A, 'crashkernel=8Gx')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(r.trace).toEqual([warn('crashkernel: unrecognized char: x')])
  })

  it.each([
    // parse_crashkernel() turns a size of 0 into -EINVAL (`if (!*crash_size)`), as it does a
    // token that does not parse; the outcome still says which (kernel/crash_reserve.c v6.12.117).
    ['crashkernel=0', { kind: 'ignored', reason: 'zero' }],
    ['crashkernel=0,high', { kind: 'ignored', reason: 'zero' }],
    ['crashkernel=0 crashkernel=64M,low', { kind: 'ignored', reason: 'zero' }],
    ['crashkernel=64M,low', { kind: 'ignored', reason: 'low-only' }],
    ['crashkernel=junk', { kind: 'ignored', reason: 'syntax' }],
  ] as const)('%s is ignored silently, for its reason', (cmdline, outcome) => {
    const r = go(A, cmdline)
    expect(r.result.outcome).toEqual(outcome)
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it.each([
    ['in use', 'crashkernel=256M@0x40000000', 0x4000_0000n],
    ['misaligned (a search in [Y, Y+X) finds nothing)', 'crashkernel=256M@0x80100000', 0x8010_0000n],
    ['not memory', 'crashkernel=256M@0x20000000', 0x2000_0000n],
  ])('crashkernel=X@Y %s: "memory is in use"', (_what, cmdline, base) => {
    const r = go(A, cmdline)
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base, size: 256n * M }] })
    expect(r.trace).toEqual([warn('crashkernel reservation failed - memory is in use.')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('LOW == HIGH, X,high: the 6.11 guard gives up after [LOW, HIGH) even if low memory would fit', () => {
    const r = go(A, 'crashkernel=512M,high', HIGH_48, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'no-room', size: 512n * M })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x20000000)')])
    expect(r.reserved).toEqual([KERNEL_A])
  })

  it('LOW == HIGH, plain X that does not fit: the plain path has no guard and hangs', () => {
    const r = go(A_LOW_FULL, 'crashkernel=2G', HIGH_48, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'hang', cause: 'endless-retry', size: 2n * G, window: { base: HIGH_48, size: 0n } })
    expect(r.trace).toEqual([])
  })

  it('x86_64 6.12: ,high from 4G with a 256M low part; @offset needs 16M alignment now', () => {
    const x = (cmdline: string) => run(reserveCrashkernelGeneric, 'x86_64', '6.12.117', X, cmdline, SZ_4G, SZ_64T)
    const h = x('crashkernel=1G,high')
    expect(h.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x2_0000_0000n, size: G }, low: { base: 0xb000_0000n, size: 256n * M } })
    expect(h.trace).toEqual([
      info('crashkernel low memory reserved: 0xb0000000 - 0xc0000000 (256 MB)'),
      info('crashkernel reserved: 0x0000000200000000 - 0x0000000240000000 (1024 MB)'),
    ])
    const f = x('crashkernel=256M@0x20100000')
    expect(f.trace).toEqual([warn('crashkernel reservation failed - memory is in use.')])
  })
})

// ================================================================== x86_64 ≤ 6.6

describe('reserveCrashkernelX86V510 (x86_64 5.10.223)', () => {
  const go = (board: Board, cmdline: string) => run(reserveCrashkernelX86V510, 'x86_64', '5.10.223', board, cmdline, SZ_4G, SZ_64T)
  const X_LOW_FULL: Board = { memory: X.memory, reserved: [[0x100_0000n, 0xc000_0000n - 0x100_0000n]] }

  it('crashkernel=256M: [16M, 4G), 16M aligned', () => {
    const r = go(X, 'crashkernel=256M')
    expect(r.result).toEqual({
      outcome: { kind: 'reserved', main: { kind: 'main', base: 0xb000_0000n, size: 256n * M }, low: undefined, fellBack: false, high: false, fixed: false },
      request: { present: true, size: 256n * M, base: 0n, low: undefined },
    })
    expect(r.trace).toEqual([info('Reserving 256MB of memory at 2816MB for crashkernel (System RAM: 8191MB)')])
  })

  it('crashkernel=1G,high: [16M, 64T) and the default 256M low part', () => {
    const r = go(X, 'crashkernel=1G,high')
    expect(r.result).toEqual({
      outcome: {
        kind: 'reserved',
        main: { kind: 'main', base: 0x2_0000_0000n, size: G },
        low: { kind: 'low', base: 0xb000_0000n, size: 256n * M },
        fellBack: false,
        high: true,
        fixed: false,
      },
      request: { present: true, high: G, low: 256n * M },
    })
    expect(r.trace).toEqual([
      info('Reserving 256MB of low memory at 2816MB for crashkernel (low RAM limit: 4096MB)'),
      info('Reserving 1024MB of memory at 8192MB for crashkernel (System RAM: 8191MB)'),
    ])
    expect(r.reserved).toEqual([[0x100_0000n, 0x200_0000n], [0xb000_0000n, 256n * M], [0x2_0000_0000n, G]])
  })

  it('crashkernel=X,high crashkernel=0,low: no low part', () => {
    const r = go(X, 'crashkernel=1G,high crashkernel=0,low')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x2_0000_0000n }, low: undefined })
    expect(r.trace).toEqual([info('Reserving 1024MB of memory at 8192MB for crashkernel (System RAM: 8191MB)')])
    expect(r.reserved).toEqual([[0x100_0000n, 0x200_0000n], [0x2_0000_0000n, G]])
  })

  it('crashkernel=X,high crashkernel=64M,low', () => {
    const r = go(X, 'crashkernel=512M,high crashkernel=64M,low')
    expect(r.result.outcome).toMatchObject({ main: { base: 0x2_2000_0000n, size: 512n * M }, low: { base: 0xbc00_0000n, size: 64n * M } })
    expect(r.trace).toEqual([
      info('Reserving 64MB of low memory at 3008MB for crashkernel (low RAM limit: 4096MB)'),
      info('Reserving 512MB of memory at 8704MB for crashkernel (System RAM: 8191MB)'),
    ])
  })

  it('crashkernel=X@Y needs only 1M alignment', () => {
    const r = go(X, 'crashkernel=256M@0x20100000')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x2010_0000n, size: 256n * M }, fixed: true, low: undefined })
    expect(r.trace).toEqual([info('Reserving 256MB of memory at 513MB for crashkernel (System RAM: 8191MB)')])
  })

  it('crashkernel=X@Y at or above 4G also gets a low part', () => {
    const r = go(X, 'crashkernel=256M@0x100000000')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: SZ_4G }, low: { base: 0xb000_0000n, size: 256n * M }, fixed: true })
    expect(r.trace).toEqual([
      info('Reserving 256MB of low memory at 2816MB for crashkernel (low RAM limit: 4096MB)'),
      info('Reserving 256MB of memory at 4096MB for crashkernel (System RAM: 8191MB)'),
    ])
  })

  it.each([
    ['in use', 'crashkernel=256M@0x1000000'],
    ['not 1M aligned', 'crashkernel=256M@0x20080000'],
  ])('crashkernel=X@Y %s: "memory is in use"', (_what, cmdline) => {
    const r = go(X, cmdline)
    // One window, [Y, Y + X) (memblock_phys_alloc_range(crash_size, SZ_1M, crash_base, crash_base + crash_size)).
    const base = BigInt(cmdline.split('@')[1]!)
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base, size: 256n * M }] })
    expect(r.trace).toEqual([info('crashkernel reservation failed - memory is in use.')])
    expect(r.reserved).toEqual([[0x100_0000n, 0x200_0000n]])
  })

  it('plain X falls back above 4G; a failing low part frees it', () => {
    const r = go(X_LOW_FULL, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({
      kind: 'failed',
      size: 256n * M,
      reason: 'low-failed',
      // The main region's two windows, then reserve_crashkernel_low()'s [0, CRASH_ADDR_LOW_MAX).
      searched: [{ base: 16n * M, size: SZ_4G - 16n * M }, { base: 16n * M, size: SZ_64T - 16n * M }, { base: 0n, size: SZ_4G }],
    })
    expect(r.trace).toEqual([err('Cannot reserve 256MB crashkernel low memory, please try smaller size.')])
    expect(r.reserved).toEqual([[0x100_0000n, 0xc000_0000n - 0x100_0000n]])
  })

  it('§2.6: a malformed plain token falls through to ,high (with its message)', () => {
    const r = go(X, 'crashkernel=abc crashkernel=512M,high')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x2_2000_0000n, size: 512n * M }, high: true, low: { base: 0xb000_0000n } })
    expect(r.trace).toEqual([
      warn('crashkernel: memory value expected'),
      info('Reserving 256MB of low memory at 2816MB for crashkernel (low RAM limit: 4096MB)'),
      info('Reserving 512MB of memory at 8704MB for crashkernel (System RAM: 8191MB)'),
    ])
  })

  it('§2.6: crashkernel=0 crashkernel=512M,high reserves 512M high', () => {
    const r = go(X, 'crashkernel=0 crashkernel=512M,high')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x2_2000_0000n, size: 512n * M }, high: true })
  })

  it.each([
    ['crashkernel=16G', 16n * G],
    ['crashkernel=100E', 0x4000_0000_0000_0000n], // §2.7: 100E wraps to 4 << 60
  ])('%s: "No suitable area found."', (cmdline, size) => {
    const r = go(X, cmdline)
    // [CRASH_ALIGN, CRASH_ADDR_LOW_MAX), then [CRASH_ALIGN, CRASH_ADDR_HIGH_MAX): 16 MiB to 4 GiB, then to 64 TiB.
    expect(r.result.outcome).toEqual({ kind: 'failed', reason: 'no-room', size, searched: [{ base: 16n * M, size: SZ_4G - 16n * M }, { base: 16n * M, size: SZ_64T - 16n * M }] })
    expect(r.trace).toEqual([info('crashkernel reservation failed - No suitable area found.')])
  })

  it('no crashkernel and ,low alone: nothing, silently', () => {
    expect(go(X, 'quiet').result.outcome).toEqual({ kind: 'not-requested' })
    const low = go(X, 'crashkernel=64M,low')
    // Neither parse_crashkernel() nor parse_crashkernel_high() finds its token (-EINVAL on 5.10): a ,low alone reserves nothing.
    expect(low.result.outcome).toEqual({ kind: 'ignored', reason: 'low-only' })
    expect(low.trace).toEqual([])
  })

  it('6.1: ,low alone is low-only too, though the not-found value is -ENOENT there', () => {
    // get_last_crashkernel() passes over the ,low word and __parse_crashkernel() returns
    // -ENOENT (kernel/crash_core.c@v6.1.192:217-226, :256); reserve_crashkernel() then finds
    // no ,high either and returns (arch/x86/kernel/setup.c@v6.1.192:561-567).
    const go61 = (board: Board, cmdline: string) => run(reserveCrashkernelX86V510, 'x86_64', '6.1.192', board, cmdline, SZ_4G, SZ_64T)
    const low = go61(X, 'crashkernel=64M,low')
    expect(low.result.outcome).toEqual({ kind: 'ignored', reason: 'low-only' })
    expect(low.trace).toEqual([])
    // A plain word that does not parse is still its syntax.
    expect(go61(X, 'crashkernel=junk crashkernel=64M,low').result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
  })

  it.each(['5.10.223', '6.1.192'])('%s: a ,high word that does not parse is its syntax, not ",low only"; 0,high is a zero', (release) => {
    const at = (cmdline: string) => run(reserveCrashkernelX86V510, 'x86_64', release, X, cmdline, SZ_4G, SZ_64T).result.outcome
    // parse_crashkernel_suffix() stops at the '@' ("unrecognized char"): -EINVAL, which 5.10
    // also returns for no token at all; the word is there, so it is the syntax that failed.
    expect(at('crashkernel=256M@4G,high')).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(at('crashkernel=256M@4G,high crashkernel=64M,low')).toEqual({ kind: 'ignored', reason: 'syntax' })
    expect(at('crashkernel=0,high')).toEqual({ kind: 'ignored', reason: 'zero' })
    expect(at('crashkernel=0,high crashkernel=64M,low')).toEqual({ kind: 'ignored', reason: 'zero' })
    expect(at('crashkernel=64M,low')).toEqual({ kind: 'ignored', reason: 'low-only' })
  })
})

// ================================================================== riscv64 ≤ 6.5

describe('reserveCrashkernelRiscvV61 (riscv64 6.1.192)', () => {
  // search_end = memblock_end_of_DRAM(); the 6.1.y low limit is min(search_end, SZ_4G - 1)
  const END_OF_DRAM = 0x1_8000_0000n
  const go = (board: Board, cmdline: string) => run(reserveCrashkernelRiscvV61, 'riscv64', '6.1.192', board, cmdline, SZ_4G - 1n, END_OF_DRAM)

  it('crashkernel=256M: the unaligned 4G-1 end puts it 2M below the top of 4G', () => {
    const r = go(V, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xefe0_0000n, size: 256n * M }, fellBack: false, high: false, fixed: false })
    expect(r.trace).toEqual([info('crashkernel: reserved 0x00000000efe00000 - 0x00000000ffe00000 (256 MB)')])
  })

  it('too big for the 32-bit window: the second attempt covers all of DRAM', () => {
    const r = go(V, 'crashkernel=3G')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xc000_0000n, size: 3n * G }, fellBack: true, high: false, fixed: false })
    expect(r.trace).toEqual([info('crashkernel: reserved 0x00000000c0000000 - 0x0000000180000000 (3072 MB)')])
  })

  it('nothing fits: "couldn\'t allocate" in KB', () => {
    const r = go(V, 'crashkernel=8G')
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'no-room', size: 8n * G })
    expect(r.trace).toEqual([warn("crashkernel: couldn't allocate 8388608KB")])
  })

  it('crashkernel=X@Y', () => {
    const ok = go(V, 'crashkernel=256M@0x90000000')
    expect(ok.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x9000_0000n, size: 256n * M }, fixed: true })
    expect(ok.trace).toEqual([info('crashkernel: reserved 0x0000000090000000 - 0x00000000a0000000 (256 MB)')])
    const used = go(V, 'crashkernel=256M@0x80000000')
    expect(used.result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-in-use' })
    expect(used.trace).toEqual([warn("crashkernel: couldn't allocate 262144KB")])
  })

  it(',high is not understood before 6.6: ignored, silently, for its suffix', () => {
    // get_last_crashkernel() passes over suffixed tokens when it looks for a plain one, and
    // 6.1's __parse_crashkernel() returns -ENOENT (kernel/crash_core.c@v6.1.192:254-256);
    // riscv's reserve_crashkernel() returns on it without a word (arch/riscv/mm/init.c@v6.1.192:1192-1195).
    for (const cmdline of ['crashkernel=1G,high', 'crashkernel=1G,high crashkernel=128M,low', 'crashkernel=128M,low']) {
      const r = go(V, cmdline)
      expect([cmdline, r.result.outcome]).toEqual([cmdline, { kind: 'ignored', reason: 'unsupported-suffix' }])
      expect(r.trace).toEqual([])
      expect(r.reserved).toEqual([[0x8020_0000n, 0x1e0_0000n]])
    }
    // A plain token beside them is read, and a malformed plain one is a syntax error still.
    expect(go(V, 'crashkernel=1G,high crashkernel=256M').result.outcome).toMatchObject({ kind: 'reserved' })
    expect(go(V, 'crashkernel=1G,high crashkernel=256Q').result.outcome).toEqual({ kind: 'ignored', reason: 'syntax' })
  })

  it('a capture kernel (elfcorehdr=) reserves nothing and says so before parsing, crashkernel= or not', () => {
    // is_kdump_kernel() comes first (arch/riscv/mm/init.c@v6.1.192:1187-1190): any elfcorehdr=
    // with a value sets elfcorehdr_addr (kernel/crash_dump.c@v6.1.192:29-41), even one that is
    // no number (memparse() reads 0); a bare elfcorehdr leaves it at ELFCORE_ADDR_MAX.
    for (const cmdline of ['elfcorehdr=0xbf000000 crashkernel=256M', 'crashkernel=256M elfcorehdr=4K@0xbf000000', 'elfcorehdr=junk crashkernel=256Q']) {
      const r = go(V, cmdline)
      expect([cmdline, r.result.outcome]).toEqual([cmdline, { kind: 'ignored', reason: 'kdump-kernel' }])
      expect(r.trace).toEqual([info('crashkernel: ignoring reservation request')])
      expect(r.reserved).toEqual([[0x8020_0000n, 0x1e0_0000n]])
    }
    const none = go(V, 'elfcorehdr=0xbf000000')
    expect(none.result.outcome).toEqual({ kind: 'not-requested' })
    expect(none.trace).toEqual([info('crashkernel: ignoring reservation request')])
    // ELFCORE_ADDR_MAX itself, or no value: not a capture kernel.
    expect(go(V, 'elfcorehdr=0xffffffffffffffff crashkernel=256M').result.outcome).toMatchObject({ kind: 'reserved' })
    expect(go(V, 'elfcorehdr crashkernel=256M').result.outcome).toMatchObject({ kind: 'reserved' })
  })

  it('5.13 – 5.14: X@Y is checked, not searched: not memory, reserved, misaligned, each with its own line (e53d28180d4d)', () => {
    const v513 = (cmdline: string) => run(reserveCrashkernelRiscvV513, 'riscv64', '5.13.0', V, cmdline, END_OF_DRAM, END_OF_DRAM)
    const ok = v513('crashkernel=256M@0x90000000')
    expect(ok.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x9000_0000n, size: 256n * M }, fellBack: false, high: false, fixed: true })
    expect(ok.trace).toEqual([info('crashkernel: reserved 0x0000000090000000 - 0x00000000a0000000 (256 MB)')])
    const cases: Array<[string, string, string]> = [
      ['crashkernel=256M@0x10000000', 'fixed-not-memory', 'crashkernel: requested region is not memory'],
      ['crashkernel=256M@0x80000000', 'fixed-overlaps', 'crashkernel: requested region is reserved'],
      ['crashkernel=256M@0x90100000', 'fixed-misaligned', 'crashkernel: requested region is misaligned'],
    ]
    for (const [cmdline, reason, line] of cases) {
      const r = v513(cmdline)
      expect([cmdline, r.result.outcome]).toMatchObject([cmdline, { kind: 'failed', reason }])
      expect(r.trace).toEqual([warn(line)])
      expect(r.reserved).toEqual([[0x8020_0000n, 0x1e0_0000n]])
    }
    // 5.15 – 5.16 search [Y, Y + X) instead: an unaligned Y finds no PMD-aligned place there.
    const v515 = run(reserveCrashkernelRiscvV515, 'riscv64', '5.15.0', V, 'crashkernel=256M@0x90100000', END_OF_DRAM, END_OF_DRAM)
    expect(v515.result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-in-use' })
    expect(v515.trace).toEqual([warn("crashkernel: couldn't allocate 262144KB")])
    // Plain X: top-down in all of DRAM, as 5.15 – 5.16 place it.
    const plain = v513('crashkernel=256M')
    expect(plain.result.outcome).toMatchObject({ kind: 'reserved', main: { base: END_OF_DRAM - 256n * M } })
    expect(plain.result.outcome).toEqual(run(reserveCrashkernelRiscvV515, 'riscv64', '5.15.0', V, 'crashkernel=256M', END_OF_DRAM, END_OF_DRAM).result.outcome)
  })

  it('5.13 – 5.16 test is_kdump_kernel() first too (5640975003d0, with riscv kdump itself)', () => {
    const r = run(reserveCrashkernelRiscvV513, 'riscv64', '5.13.0', V, 'elfcorehdr=0xbf000000 crashkernel=256M', SZ_4G - 1n, END_OF_DRAM)
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'kdump-kernel' })
    expect(r.trace).toEqual([info('crashkernel: ignoring reservation request')])
  })
})

describe('reserveCrashkernelRiscvV66 (riscv64 6.6)', () => {
  // dma32_phys_limit = 4G on V (RAM [2G, 6G)); CRASH_ADDR_HIGH_MAX = the end of DRAM.
  const go = (board: Board, cmdline: string, high = 0x1_8000_0000n) => run(reserveCrashkernelRiscvV66, 'riscv64', '6.6.0', board, cmdline, SZ_4G, high)
  const rvReserved = (base: bigint, size: bigint): TraceEvent =>
    info(`crashkernel: reserved 0x${base.toString(16).padStart(16, '0')} - 0x${(base + size).toString(16).padStart(16, '0')} (${size >> 20n} MB)`)

  it('crashkernel=256M: [DRAM start, LOW) first, riscv\'s own line', () => {
    const r = go(V, 'crashkernel=256M')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xf000_0000n, size: 256n * M }, low: undefined, fellBack: false, high: false, fixed: false })
    expect(r.trace).toEqual([rvReserved(0xf000_0000n, 256n * M)])
  })
  it('too big below LOW: one fallback to [LOW, end of DRAM) with the default 128M low part, printed first', () => {
    const r = go(V, 'crashkernel=2G')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: SZ_4G, size: 2n * G }, low: { kind: 'low', base: 0xf800_0000n, size: 128n * M }, fellBack: true, high: false, fixed: false })
    expect(r.trace).toEqual([info('crashkernel low memory reserved: 0x00000000f8000000 - 0x0000000100000000 (128 MB)'), rvReserved(SZ_4G, 2n * G)])
  })
  it('two attempts only: 3G fits in neither window, "couldn\'t allocate" in KB', () => {
    const r = go(V, 'crashkernel=3G')
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 3n * G, reason: 'no-room', searched: [{ base: 0x8000_0000n, size: 2n * G }, { base: SZ_4G, size: 2n * G }] })
    expect(r.trace).toEqual([warn("crashkernel: couldn't allocate 3145728KB")])
  })
  it('LOW == HIGH (RAM ends at 4G): the empty second window fails, no endless retry as in 6.7+', () => {
    const small: Board = { memory: [[0x8000_0000n, 2n * G]], reserved: V.reserved }
    const r = go(small, 'crashkernel=3G', SZ_4G)
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'no-room' })
    expect(r.trace).toEqual([warn("crashkernel: couldn't allocate 3145728KB")])
  })
  it(',high: [LOW, end of DRAM) first, the default low part below LOW', () => {
    const r = go(V, 'crashkernel=512M,high')
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x1_6000_0000n, size: 512n * M }, low: { kind: 'low', base: 0xf800_0000n, size: 128n * M }, fellBack: false, high: true, fixed: false })
    expect(r.trace).toEqual([info('crashkernel low memory reserved: 0x00000000f8000000 - 0x0000000100000000 (128 MB)'), rvReserved(0x1_6000_0000n, 512n * M)])
  })
  it(',high with no room for the low part: the main region is freed', () => {
    const full: Board = { memory: V.memory, reserved: [[0x8020_0000n, SZ_4G - 0x8020_0000n]] }
    const r = go(full, 'crashkernel=512M,high')
    // ,high: the main region in [dma32_phys_limit, end of DRAM), then the low part below dma32_phys_limit.
    expect(r.result.outcome).toEqual({ kind: 'failed', reason: 'low-failed', size: 512n * M, searched: [{ base: SZ_4G, size: 0x1_8000_0000n - SZ_4G }, { base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([err('cannot allocate crashkernel low memory (size:0x8000000).')])
    expect(r.reserved).toEqual([[0x8020_0000n, SZ_4G - 0x8020_0000n]])
  })
  it('X@Y in use: its own message, no fallback', () => {
    const r = go(V, 'crashkernel=256M@0x80000000')
    // One window, [Y, Y + X).
    expect(r.result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base: 0x8000_0000n, size: 256n * M }] })
    expect(r.trace).toEqual([warn('crashkernel: allocating failed with given size@offset')])
    expect(r.reserved).toEqual([[0x8020_0000n, 0x1e0_0000n]])
  })
  it('a capture kernel (elfcorehdr=): "crashkernel: ignoring reservation request", ,high or not (the 6.6 code 39365395046f removed)', () => {
    const r = go(V, 'elfcorehdr=0xbf000000 crashkernel=512M,high')
    expect(r.result.outcome).toEqual({ kind: 'ignored', reason: 'kdump-kernel' })
    expect(r.trace).toEqual([info('crashkernel: ignoring reservation request')])
  })
  it('the size is PAGE_ALIGNed', () => {
    const r = go(V, 'crashkernel=0x1000001')
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xfee0_0000n, size: 0x100_1000n } })
    expect(r.trace).toEqual([info('crashkernel: reserved 0x00000000fee00000 - 0x00000000ffe01000 (16 MB)')])
  })
})

// ================================================================== boundaries found by mutation testing

// A helper changed reserve.ts one operator at a time (67 mutants); these are the cases where a
// change of behaviour got past every test and the oracle. Each fails on its mutant (named in
// the title: A = arm64 5.10, B = 5.19 – 6.1, C = 6.2 – 6.4, F = generic, H = x86, R = riscv).
describe('the ,high LOW == HIGH guard by release (kernel/crash_core.c@v6.8:431-435 without it, kernel/crash_reserve.c@v6.11:423-427 with it)', () => {
  // The policies' variants, not the variants by name: 6.10 retries [0, LOW) forever, 6.11 gives
  // up after [LOW, HIGH) (arm64 built without DMA zones; riscv64 with all of DRAM below 4G).
  it.each([
    ['arm64', '6.8.0', 'hang'],
    ['arm64', '6.10.14', 'hang'],
    ['arm64', '6.11.0', 'failed'],
    ['arm64', '6.12.117', 'failed'],
    ['riscv64', '6.10.14', 'hang'],
    ['riscv64', '6.11.0', 'failed'],
  ] as const)('%s %s: %s', (arch, release, kind) => {
    const r = run(policyFor(arch, release)!.crash.reserve, arch, release, A_LOW_FULL, 'crashkernel=2G,high', HIGH_48, HIGH_48)
    expect(r.result.outcome.kind).toBe(kind)
    if (kind === 'failed') expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x80000000)')])
    else expect(r.trace).toEqual([])
  })
  it('x86_64 takes the guarded variant from 6.11 too (the code is shared; LOW 4G and HIGH 64T never meet)', () => {
    expect(['6.10.14', '6.11.0'].map((r) => policyFor('x86_64', r)!.crash.reserve)).toEqual([reserveCrashkernelGenericV67, reserveCrashkernelGeneric])
  })
})

describe('boundaries of the variants', () => {
  it('A05 V510: a fixed region that is both outside RAM and over the kernel is "not memory" (memory is checked first)', () => {
    const r = run(reserveCrashkernelArm64V510, 'arm64', '5.10.223', A, 'crashkernel=256M@0x38000000', SZ_4G, HIGH_48)
    expect(r.trace).toEqual([warn('cannot reserve crashkernel: region is not memory')])
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-not-memory' })
  })
  it('B01 V519: X@Y searches [Y, Y + PAGE_ALIGN(X))', () => {
    const r = run(reserveCrashkernelArm64V519, 'arm64', '6.1.192', A, 'crashkernel=0x1000001@0x80000000', SZ_4G, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x8000_0000n, size: 0x100_1000n }, fixed: true })
  })
  it('B02 V519: ,high landing exactly at LOW gets its ,low part (base >= LOW)', () => {
    const board: Board = { memory: A.memory, reserved: [KERNEL_A, [0x1_2000_0000n, 0x2000_0000n]] }
    const r = run(reserveCrashkernelArm64V519, 'arm64', '6.1.192', board, 'crashkernel=512M,high crashkernel=64M,low', SZ_4G, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: SZ_4G, size: 512n * M }, low: { base: 0xfc00_0000n, size: 64n * M } })
  })
  it('C02 V62: the plain fallback searches [0, HIGH), so a fit straddling LOW is found', () => {
    const board: Board = { memory: [[0x4000_0000n, 0xe000_0000n]], reserved: [KERNEL_A, [0x4200_0000n, 0xe000_0000n - 0x4200_0000n]] }
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', board, 'crashkernel=768M', SZ_4G, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0xf000_0000n, size: 768n * M }, low: undefined, fellBack: true, high: false, fixed: false })
    expect(r.trace).toEqual([reservedLine(0xf000_0000n, 768n * M)])
  })
  it('C04 V62: X@Y ending exactly at LOW does not fall back', () => {
    const board: Board = { memory: A.memory, reserved: [KERNEL_A, [0xf000_0000n, 16n * M]] }
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', board, 'crashkernel=256M@0xf0000000', SZ_4G, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'failed', reason: 'fixed-in-use' })
    expect(r.trace).toEqual([warn('cannot allocate crashkernel (size:0x10000000)')])
    expect(r.reserved).toEqual([KERNEL_A, [0xf000_0000n, 16n * M]])
  })
  it('C05 V62: ,high is one attempt in [0, HIGH) (highest fit, above LOW here) with the default low', () => {
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', A, 'crashkernel=512M,high', SZ_4G, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x1_2000_0000n, size: 512n * M }, low: { kind: 'low', base: 0xf800_0000n, size: 128n * M }, fellBack: false, high: true, fixed: false })
  })
  it('C06 V62: base == LOW - low exactly: no low part (strict >)', () => {
    const board: Board = { memory: [[0x4000_0000n, 3n * G]], reserved: [KERNEL_A, [0xfc00_0000n, 64n * M]] }
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', board, 'crashkernel=64M,high', SZ_4G, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xf800_0000n }, low: undefined })
    expect(r.trace).toEqual([reservedLine(0xf800_0000n, 64n * M)])
  })
  it('C06b V62: a ,low larger than LOW wraps LOW - low (u64): no low part, the main region stays', () => {
    // RPi4-like LOW of 1 GiB: 1G - 2G is 2^64 - 1G, which no base exceeds.
    const board: Board = { memory: [[0n, 8n * G]], reserved: [[0x20_0000n, 0x1c0_0000n]] }
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', board, 'crashkernel=512M,high crashkernel=2G,low', G, HIGH_48)
    expect(r.result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x1_e000_0000n, size: 512n * M }, low: undefined, fellBack: false, high: true, fixed: false })
    expect(r.trace).toEqual([reservedLine(0x1_e000_0000n, 512n * M)])
    expect(r.reserved).toEqual([[0x20_0000n, 0x1c0_0000n], [0x1_e000_0000n, 512n * M]])
  })
  it('C07 V62: a failing low part frees the main region', () => {
    const r = run(reserveCrashkernelArm64V62, 'arm64', '6.2.0', A_LOW_FULL, 'crashkernel=512M,high', SZ_4G, HIGH_48)
    // ,high: one attempt in [0, CRASH_ADDR_HIGH_MAX) on 6.2 - 6.4 (where 6.7's generic code
    // starts at CRASH_ADDR_LOW_MAX), then the low part in [0, CRASH_ADDR_LOW_MAX).
    expect(r.result.outcome).toEqual({ kind: 'failed', reason: 'low-failed', size: 512n * M, searched: [{ base: 0n, size: HIGH_48 }, { base: 0n, size: SZ_4G }] })
    expect(r.trace).toEqual([err('cannot allocate crashkernel low memory (size:0x8000000).')])
    expect(r.reserved).toEqual([[0x4020_0000n, SZ_4G - 0x4020_0000n]])
  })
  it('F04 generic: X@Y searches [Y, Y + X) with the unaligned X', () => {
    const r = run(reserveCrashkernelGeneric, 'arm64', '6.12.117', A, 'crashkernel=0x1000001@0x7ffff800', SZ_4G, HIGH_48)
    expect(r.trace).toEqual([warn('crashkernel reservation failed - memory is in use.')])
  })
  it('F05 generic: no PAGE_ALIGN of the size', () => {
    const r = run(reserveCrashkernelGeneric, 'arm64', '6.12.117', A, 'crashkernel=0x1000001', SZ_4G, HIGH_48)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xfee0_0000n, size: 0x100_0001n } })
    expect(r.trace).toEqual([info('crashkernel reserved: 0x00000000fee00000 - 0x00000000ffe00001 (16 MB)')])
  })
  it('H10 x86 5.10: no PAGE_ALIGN of the size', () => {
    const r = run(reserveCrashkernelX86V510, 'x86_64', '5.10.223', X, 'crashkernel=0x1000001', SZ_4G, 1n << 46n)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { size: 0x100_0001n } })
  })
  it('H12 x86 5.10: a fixed base just under 4G gets no low part', () => {
    const board: Board = { memory: [[0x10_0000n, 8n * G - 0x10_0000n]], reserved: [[0x100_0000n, 0x200_0000n]] }
    const r = run(reserveCrashkernelX86V510, 'x86_64', '5.10.223', board, 'crashkernel=256M@0xff100000', SZ_4G, 1n << 46n)
    expect(r.result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0xff10_0000n }, low: undefined })
    expect(r.trace).toEqual([info('Reserving 256MB of memory at 4081MB for crashkernel (System RAM: 8191MB)')])
  })
  const rv = (cmdline: string) => run(reserveCrashkernelRiscvV61, 'riscv64', '6.1.192', V, cmdline, SZ_4G - 1n, 0x1_8000_0000n)
  it('R05 riscv 6.1: the size is PAGE_ALIGNed', () => {
    expect(rv('crashkernel=0x1000001').result.outcome).toMatchObject({ kind: 'reserved', main: { size: 0x100_1000n } })
  })
  it('R07 riscv 6.1: X@Y searches [Y, Y + PAGE_ALIGN(X))', () => {
    expect(rv('crashkernel=0x1000001@0x90000000').result.outcome).toMatchObject({ kind: 'reserved', main: { base: 0x9000_0000n, size: 0x100_1000n } })
  })
  it('R08 riscv 6.1: X@Y above 4G - 1: the first window is empty (not negative), and the region is not a fallback', () => {
    // min(search_end, SZ_4G - 1) is below search_start = Y: memblock_find_in_range_node()
    // makes end = max(start, end), so the first call finds nothing and the second reserves [Y, Y + X).
    expect(rv('crashkernel=256M@0x140000000').result.outcome).toEqual({ kind: 'reserved', main: { kind: 'main', base: 0x1_4000_0000n, size: 256n * M }, fellBack: false, high: false, fixed: true })
    expect(rv('crashkernel=256M@0x1f0000000').result.outcome).toEqual({ kind: 'failed', size: 256n * M, reason: 'fixed-in-use', searched: [{ base: 0x1_f000_0000n, size: 0n }, { base: 0x1_f000_0000n, size: 256n * M }] })
  })
  it('R03 riscv 6.1: the windows searched start at the start of DRAM', () => {
    expect(rv('crashkernel=8G').result.outcome).toEqual({ kind: 'failed', size: 8n * G, reason: 'no-room', searched: [{ base: 0x8000_0000n, size: SZ_4G - 1n - 0x8000_0000n }, { base: 0x8000_0000n, size: 0x1_8000_0000n - 0x8000_0000n }] })
  })
})
