// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue: the rules that look at a layout's siblings (the board's other layouts
 * that read its command line: CK004's "needed elsewhere") must not simulate a sibling once
 * per layout that asks, which makes a board's cost grow with the square of its layouts
 * (200 RAM variants × 4 kernels took a minute; 250 × 4 with suggestions, three and a half).
 * Counted in simulate() calls of one layout with one command line, not in seconds.
 */
import { describe, expect, it, vi } from 'vitest'
import { check } from '../../src/index.js'

const simulated = vi.hoisted(() => new Map<string, number>())
vi.mock('../../src/engine/index.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/engine/index.js')>()
  return {
    ...mod,
    simulate: (layout: Parameters<typeof mod.simulate>[0]) => {
      // The variants differ in their one bank's size only.
      const key = `${layout.kernel} ${layout.memory.map((b) => b.size).join()} ${layout.cmdline}`
      simulated.set(key, (simulated.get(key) ?? 0) + 1)
      return mod.simulate(layout)
    },
  }
})

/**
 * check() of one board of `variants` RAM variants × 2 kernels whose crashkernel=512M,high
 * every layout ignores (a plain value takes precedence): CK004 reports it on each layout and
 * asks each sibling whether it needs the token.
 *
 * @returns the most times one layout was simulated with one command line
 */
function mostRepeated(variants: number, cmdline: string, suggest: boolean): number {
  const ram = Array.from({ length: variants }, (_, i) => ({ name: `v${i}`, memory: [{ base: '0x40000000', size: `${1024 + 2 * i}M` }] }))
  simulated.clear()
  const report = check(JSON.stringify({ version: 1, boards: [{ id: 'big', extends: 'qemu-virt-arm64', ram, kernels: ['6.1', '6.12'], cmdline }] }), 'm.json', { suggest })
  expect(report.layouts).toHaveLength(2 * variants)
  expect(report.findings.filter((f) => f.ruleId === 'CK004' && f.data.token === 'crashkernel=512M,high')).toHaveLength(2 * variants)
  return Math.max(...simulated.values())
}

describe('hostile input: a board of many layouts that share a command line', () => {
  it('CK004 simulates a sibling without the token once, not once per layout that reports it', () => {
    // Each layout without the ,high: its own probe, and once as every other layout's sibling.
    const cmdline = 'crashkernel=256M crashkernel=512M,high'
    expect(mostRepeated(8, cmdline, false)).toBe(2)
    expect(mostRepeated(32, cmdline, false)).toBe(2)
  })

  it('the suggester simulates a sibling with a candidate once per candidate, not once per layout that tries it', () => {
    // crashkernel=900M does not fit the small variants (CK001): the candidates keep the
    // ignored ,high, so CK004 asks the siblings about each candidate command line. How often
    // the suggester itself re-simulates a layout depends on its search, not on the board's size.
    const cmdline = 'crashkernel=900M crashkernel=512M,high'
    expect(mostRepeated(32, cmdline, true)).toBeLessThan(2 * mostRepeated(8, cmdline, true))
  })
})
