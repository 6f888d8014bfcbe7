// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { humanSize } from '../../src/report/memory-map.js'
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
    // The cost: one 8-byte PTE per base page as booted, against the map with blocks allowed.
    expect(f?.data.pageTables).toBe(humanSize((lm.histogram['4K']! / 4096n) * 8n))
    expect(f?.data.blockPageTables).toBe(humanSize(lm.blockPageTableBytes))
    expect(lm.blockPageTableBytes).toBeLessThan(lm.pageTableBytes)
    expect(f?.data.blockEntries).toBe(translations(lm.blockHistogram, 4096n).toLocaleString('en-US'))
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/kernels/0', replacement: '6.12' })
  })

  it('gives the page tables as explain and the reports do: 2008 KiB, not ~1.96 MiB', () => {
    const f = of(run({ ...vm, ramSize: '1G' }), 'LM001')[0]
    expect(f?.data).toMatchObject({ mapped: '1 GiB', pageTables: '2008 KiB', blockPageTables: '8 KiB' })
  })

  it('is an error under expect.noBasePageLinearMap, and the message says so', () => {
    const f = of(run({ ...vm, expect: { noBasePageLinearMap: true } }), 'LM001')[0]
    expect(f?.severity).toBe('error')
    expect(f?.message.endsWith(' (expect.noBasePageLinearMap)')).toBe(true)
  })

  it('note: rodata=full forces base pages anyway (only for boards that care)', () => {
    const board = { ...vm, cmdline: 'crashkernel=256M' }
    expect(of(run(board), 'LM001')).toEqual([])
    const f = of(run({ ...board, expect: { noBasePageLinearMap: true } }), 'LM001')[0]
    expect(f).toMatchObject({ severity: 'note', messageId: 'alsoForced', data: { others: 'rodata=full' } })
  })

  it('note: names every other reason, as the kernel\'s conditions read', () => {
    const board = { ...vm, kernels: [{ release: '6.1.50' }], cmdline: 'crashkernel=256M', config: { KFENCE: true }, expect: { noBasePageLinearMap: true } }
    expect(of(run(board), 'LM001')[0]?.data.others).toBe('rodata=full and CONFIG_KFENCE')
  })

  it('good: 6.12 never forces base pages for crashkernel=', () => {
    expect(of(run({ ...vm, kernels: ['6.12'] }), 'LM001')).toEqual([])
  })

  it('no note where crashkernel= would not force base pages (6.4+, no DMA zones, no crashkernel=)', () => {
    const cares = { ...vm, cmdline: 'crashkernel=256M', expect: { noBasePageLinearMap: true } }
    expect(of(run({ ...cares, kernels: ['6.12'] }), 'LM001')).toEqual([])
    expect(of(run({ ...cares, config: { ZONE_DMA: false, ZONE_DMA32: false } }), 'LM001')).toEqual([])
    expect(of(run({ ...cares, cmdline: 'rodata=full' }), 'LM001')).toEqual([])
  })

  it('counts translations per granule, contiguous runs as one', () => {
    expect(granuleReach('4K', 4096n)).toBe(4096n)
    expect(granuleReach('4K-cont', 4096n)).toBe(64n << 10n)
    expect(granuleReach('2M-cont', 4096n)).toBe(32n << 20n)
    expect(granuleReach('32M-cont', 16384n)).toBe(1n << 30n)
    expect(translations({ '1G': 2n << 30n, '4K': 8192n }, 4096n)).toBe(4n)
    // CONFIG_ARM64_CONT_PTE_SHIFT / CONT_PMD_SHIFT: 7 / 5 with 16K pages, 5 / 5 with 64K.
    expect(granuleReach('16K-cont', 16384n)).toBe(2n << 20n)
    expect(granuleReach('64K-cont', 65536n)).toBe(2n << 20n)
    expect(granuleReach('512M-cont', 65536n)).toBe(16n << 30n)
  })
})
