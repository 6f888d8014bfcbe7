// SPDX-License-Identifier: GPL-2.0-only
/**
 * Engine invariants on random boards (random banks, sorted or not, reservations, command
 * lines, kernels and architectures), decoded by the loader and simulated directly:
 * see checkInvariants() in arbitraries.ts for the list.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { decodeMatrix } from '../../src/matrix/decode.js'
import { engineCase, engineInvariantsHold, type Counts } from './arbitraries.js'

describe('engine invariants on random boards', () => {
  it('hold for every architecture and kernel', { timeout: 30_000 }, () => {
    const counts: Counts = {}
    fc.assert(fc.property(engineCase, (c) => engineInvariantsHold(c, counts)), { numRuns: 300, seed: 0xc0ffee })
    expect(counts['crashkernel reserved'] ?? 0).toBeGreaterThan(10)
    expect(counts['crashkernel failed (no-room)'] ?? 0).toBeGreaterThan(5)
  })

  // Regression (found by the fuzz suite): the x86_64 boot mirror used to ignore
  // layout.reservations and placed the crash kernel on a board's fixed reservation.
  it('x86_64 keeps the crash region off a board\'s fixed reservation', () => {
    const board = {
      id: 'x86-reserved',
      arch: 'x86_64',
      kernels: ['6.12'],
      memory: [{ base: '0x0', size: '0x9f000' }, { base: '0x100000', size: '0x7ff00000' }],
      // Firmware keeps [0x70000000, 0x80000000) for itself; only [0x1000000, 0x70000000) is free for crashkernel.
      reservations: [{ kind: 'fixed', name: 'firmware', base: '0x70000000', size: '0x10000000' }],
      image: { base: '0x1000000' },
      cmdline: 'crashkernel=256M',
    }
    const layout = decodeMatrix({ version: 1, boards: [board] } as never).layouts[0]!
    const sim = simulate(layout.layout)
    expect(sim.crashkernel.kind).toBe('reserved')
    const main = sim.crashkernel.kind === 'reserved' ? sim.crashkernel.main : undefined
    expect(main!.base + main!.size <= 0x70000000n).toBe(true)
  })
})
