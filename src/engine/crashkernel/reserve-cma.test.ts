// SPDX-License-Identifier: GPL-2.0-only
/**
 * reserve_crashkernel_cma() as arch_reserve_crashkernel() reaches it: only after
 * parse_crashkernel() returned 0 and reserve_crashkernel_generic() returned
 * (kernel/crash_reserve.c@v7.3.4:298-354 parse_crashkernel, :390-470 reserve_crashkernel_generic,
 * :475-512 reserve_crashkernel_cma; arch/riscv/mm/init.c@v7.3.4:1327
 * arch_reserve_crashkernel, arch/x86/kernel/setup.c@v7.2.13:608-630).
 */
import { describe, expect, it } from 'vitest'
import type { CmaRules } from '../cma.js'
import { memblockAdd, memblockCreate, memblockReserve } from '../memblock/memblock.js'
import { Trace } from '../trace.js'
import { reserveCrashkernelCma } from './reserve-cma.js'
import type { CrashReserveResult } from './reserve.js'

const M = 1n << 20n
const G = 1n << 30n
const RULES: CmaRules = { minAlign: 4n * M, logNode: true, above4GFirst: true, cmdlineLimit: 'replaces', logSize: 'requested', fixedHighmemCheck: false }

function board() {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, 0x8000_0000n, 2n * G)
  memblockReserve(mb, 0x8020_0000n, 0x1e0_0000n)
  return mb
}

describe('reserveCrashkernelCma()', () => {
  it('reserves the ,cma size after a main reservation that returned', () => {
    const mb = board()
    const trace = new Trace()
    const crash: CrashReserveResult = {
      outcome: { kind: 'failed', size: 4n * G, reason: 'no-room', searched: [] },
      request: { present: true, size: G, base: 0n, cma: 64n * M },
    }
    const r = reserveCrashkernelCma(mb, crash, 4096n, true, RULES, trace)
    expect(r.cma).toMatchObject({ requested: 64n * M, reserved: 64n * M })
    expect(trace.events.at(-1)).toEqual({ level: 'info', source: 'crashkernel', text: 'crashkernel CMA reserved: 64 MB in 1 ranges' })
  })

  it('is never reached when reserve_crashkernel_generic() retries forever (LOW == HIGH)', () => {
    // reserve_crashkernel_generic()'s `goto retry` with an unchanged window does not return,
    // so arch_reserve_crashkernel() never calls reserve_crashkernel_cma(): no areas, no line.
    const mb = board()
    const trace = new Trace()
    const window = { base: 0x1_0000_0000n, size: 0n }
    const crash: CrashReserveResult = {
      outcome: { kind: 'hang', cause: 'endless-retry', size: 1900n * M, window },
      request: { present: true, size: 1900n * M, base: 0n, cma: 64n * M },
    }
    const r = reserveCrashkernelCma(mb, crash, 4096n, true, RULES, trace)
    expect(r).toEqual(crash)
    expect(trace.events).toEqual([])
    expect(mb.reserved.regions.map((x) => [x.base, x.size])).toEqual([[0x8020_0000n, 0x1e0_0000n]])
  })
})
