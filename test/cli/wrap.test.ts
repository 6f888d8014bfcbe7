// SPDX-License-Identifier: GPL-2.0-only
/** wrapLine(): prose at 80 columns, with what must stay on one line kept whole. */
import { describe, expect, it } from 'vitest'
import { palette } from '../../src/cli/render/color.js'
import { wrapLine } from '../../src/cli/render/wrap.js'

describe('wrapLine', () => {
  it('wraps at spaces with the first line\'s indentation', () => {
    expect(wrapLine('  a long sentence', 12)).toBe('  a long\n  sentence')
    expect(wrapLine('short', 80)).toBe('short')
  })

  it('keeps each occurrence of a keep string whole (a line of the kernel\'s it quotes)', () => {
    expect(wrapLine('ignored ("crashkernel: memory value expected") here', 30, ['"crashkernel: memory value expected"'])).toBe('ignored\n("crashkernel: memory value expected")\nhere')
    // Without it, the kernel's line is broken like any words.
    expect(wrapLine('ignored ("crashkernel: memory value expected") here', 30)).toBe('ignored ("crashkernel: memory\nvalue expected") here')
  })

  it('never puts a unit apart from its size, or a range\'s ends apart', () => {
    expect(wrapLine('in 4 CMA areas: 3.5 GiB at 0x1_0000_0000 – 0x1_dfff_ffff, 1.75 GiB at', 20)).toBe('in 4 CMA areas:\n3.5 GiB at\n0x1_0000_0000 – 0x1_dfff_ffff,\n1.75 GiB at')
    expect(wrapLine('x 99.7 %', 5)).toBe('x\n99.7 %')
    expect(wrapLine('up to 448 MiB, then', 9)).toBe('up to\n448 MiB,\nthen')
  })

  it('keeps a coloured size with its unit, as the same size uncoloured (explain\'s bold page tables figure)', () => {
    const c = palette(true)
    const line = (size: string) => `  page tables: ${size} as booted`
    expect(wrapLine(line(c.bold('3.5 GiB')), 18)).toBe(`  page tables:\n  ${c.bold('3.5 GiB')} as\n  booted`)
    expect(wrapLine(line('3.5 GiB'), 18)).toBe('  page tables:\n  3.5 GiB as\n  booted')
    expect(wrapLine(`see ${c.bold('0x0')} ${c.dim('–')} 0xffff end`, 8)).toBe(`see\n${c.bold('0x0')} ${c.dim('–')} 0xffff\nend`)
  })
})

// Was left out: the linear map's "crash region N:" line (one size per granule), KFENCE's and
// the paging mode's were not wrapped, as the page tables line before them is.
describe('explain\'s linear map lines under its table', () => {
  it('are wrapped at 80 columns with their indentation', async () => {
    const { check } = await import('../../src/index.js')
    const { renderLinearMap } = await import('../../src/cli/render/linear-map.js')
    const report = check(JSON.stringify({ version: 1, boards: [{ id: 'q', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: ['6.12'], cmdline: 'crashkernel=1G' }] }), 'm.json')
    const sim = report.layouts[0]!.result
    const lm = sim.linearMap!
    const many = { ...sim, linearMap: { ...lm, crashHistogram: [{ '4K': 1536n << 10n, '4K-cont': 1535n << 20n, '2M': 126n << 20n, '2M-cont': 1022n << 20n, '1G': 3n << 30n }] } }
    const out = renderLinearMap(many, palette(false)).split('\n')
    const crash = out.findIndex((l) => l.startsWith('  crash region 1: '))
    expect(crash).toBeGreaterThan(0)
    expect(out[crash]!.length).toBeLessThanOrEqual(80)
    expect(out[crash + 1]).toMatch(/^ {2}\S/)
    expect(`${out[crash]} ${out[crash + 1]!.trim()}`).toContain('1.5 MiB at 4K, 1535 MiB at 4K-cont, 126 MiB at 2M, 1022 MiB at 2M-cont, 3 GiB at 1G')
  })
})
