// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { granuleReach, translations } from '../../src/rules/lm001-linear-map-base-pages.js'
import { of, run } from './helpers.js'

describe('LM001 linear-map-base-pages', () => {
  const vm = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.1'], cmdline: 'crashkernel=256M rodata=on' }

  it('bad: 6.1 with rodata=on — crashkernel= alone forces base pages; the cost is computed from the two maps', () => {
    const report = run(vm)
    const [f, ...rest] = of(report, 'LM001')
    expect(rest).toEqual([])
    const lm = report.layouts[0]!.result.linearMap!
    expect(lm.forcedByCrashkernel).toBe(true)
    expect(f).toMatchObject({ severity: 'warning', messageId: 'forcedByCrashkernel', data: { mapped: '4 GiB', page: '4 KiB', largestBlock: '1 GiB' } })
    expect(f?.data.entries).toBe(translations(lm.histogram, 4096n).toLocaleString('en-US'))
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/kernels/0', replacement: '6.12' })
  })

  it('is an error under expect.noBasePageLinearMap', () => {
    expect(of(run({ ...vm, expect: { noBasePageLinearMap: true } }), 'LM001')[0]?.severity).toBe('error')
  })

  it('note: rodata=full forces base pages anyway (only for boards that care)', () => {
    const board = { ...vm, cmdline: 'crashkernel=256M' }
    expect(of(run(board), 'LM001')).toEqual([])
    const f = of(run({ ...board, expect: { noBasePageLinearMap: true } }), 'LM001')[0]
    expect(f).toMatchObject({ severity: 'note', messageId: 'alsoForced', data: { others: 'rodata=full' } })
  })

  it('good: 6.12 never forces base pages for crashkernel=', () => {
    expect(of(run({ ...vm, kernels: ['6.12'] }), 'LM001')).toEqual([])
  })

  it('counts translations per granule, contiguous runs as one', () => {
    expect(granuleReach('4K', 4096n)).toBe(4096n)
    expect(granuleReach('4K-cont', 4096n)).toBe(64n << 10n)
    expect(granuleReach('2M-cont', 4096n)).toBe(32n << 20n)
    expect(granuleReach('32M-cont', 16384n)).toBe(1n << 30n)
    expect(translations({ '1G': 2n << 30n, '4K': 8192n }, 4096n)).toBe(4n)
  })
})
