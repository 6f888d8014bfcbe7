// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area from `cma=size[@base[-limit]]`: early_cma()'s parsing and
 * dma_contiguous_reserve() → cma_declare_contiguous_nid() with a base, a limit and `fixed`
 * (kernel/dma/contiguous.c, mm/cma.c).
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import { cmaFromCmdline } from './cma.js'
import { simulate } from './index.js'
import { policyFor } from './policies/index.js'

const P = policyFor('arm64', '6.12.117')!
const M = 1n << 20n

describe('early_cma()', () => {
  it('size, @base, -limit; without -limit the limit is base + size (fixed)', () => {
    expect(cmaFromCmdline('quiet', P)).toBeUndefined()
    expect(cmaFromCmdline('cma=64M', P)).toEqual({ size: 64n * M, base: 0n, limit: 0n })
    expect(cmaFromCmdline('cma=64M@0x80000000', P)).toEqual({ size: 64n * M, base: 0x80000000n, limit: 0x84000000n })
    expect(cmaFromCmdline('cma=64M@2G-3G', P)).toEqual({ size: 64n * M, base: 0x80000000n, limit: 0xc0000000n })
  })
  it('the last cma= wins, but one without @ keeps the earlier base and limit (static variables)', () => {
    expect(cmaFromCmdline('cma=64M@2G cma=32M', P)).toEqual({ size: 32n * M, base: 0x80000000n, limit: 0x84000000n })
  })
  it('reads parse_early_param() tokens: quotes, nothing after --', () => {
    expect(cmaFromCmdline('"cma=64M"', P)?.size).toBe(64n * M)
    expect(cmaFromCmdline('quiet -- cma=64M', P)).toBeUndefined()
  })
})

describe('dma_contiguous_reserve() with cma= on arm64 6.12 (4 GiB QEMU virt, DMA limit 4 GiB)', () => {
  const boot = (cmdline: string) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline }] } as never)
    const r = simulate(d.layouts[0]!.layout)
    return { cma: r.trace.filter((t) => t.source === 'cma').map((t) => t.text), crash: r.crashkernel.kind === 'reserved' ? r.crashkernel.main.base : undefined }
  }
  it('size only: top-down under the DMA limit', () => {
    expect(boot('cma=64M crashkernel=256M')).toEqual({ cma: ['cma: Reserved 64 MiB at 0x00000000fc000000 on node -1'], crash: 0xec000000n })
  })
  it('@base alone is fixed: reserved there, and the crash kernel takes the top', () => {
    expect(boot('cma=64M@0x80000000 crashkernel=256M')).toEqual({ cma: ['cma: Reserved 64 MiB at 0x0000000080000000 on node -1'], crash: 0xf0000000n })
  })
  it('@base-limit is a window: top-down inside it', () => {
    expect(boot('cma=64M@0x80000000-0xc0000000 crashkernel=256M').cma).toEqual(['cma: Reserved 64 MiB at 0x00000000bc000000 on node -1'])
  })
  it('a fixed base off the pageblock, or past the limit, is refused with the reason', () => {
    expect(boot('cma=64M@0x80100000 crashkernel=256M').cma).toEqual([
      'cma: Region at 0x0000000080100000 must be aligned to 0x0000000000200000 bytes',
      'cma: Failed to reserve 64 MiB on node -1',
    ])
    expect(boot('cma=64M@0xfe000000 crashkernel=256M').cma).toEqual([
      'cma: Size (0x0000000004000000) of region at 0x00000000fe000000 exceeds limit (0x0000000100000000)',
      'cma: Failed to reserve 64 MiB on node -1',
    ])
  })
})

describe('cma_declare_contiguous_nid(): bottom-up above 4 GiB first from 5.11 only', () => {
  // arm64 without DMA zones: the CMA limit is PHYS_MASK + 1, so RAM above 4 GiB is allowed.
  const boot = (kernel: string | { release: string; imageSize: string }) => {
    const d = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: [kernel], config: { ZONE_DMA: false, ZONE_DMA32: false, CMA: true }, cmdline: 'cma=64M' }],
    } as never)
    expect(d.problems).toEqual([])
    return simulate(d.layouts[0]!.layout).trace.filter((t) => t.source === 'cma').map((t) => t.text)
  }
  it('5.10 (the 5.10.223 tree has no such step): top-down under the limit, at the top of RAM', () => {
    expect(boot('5.10')).toEqual([expect.stringMatching(/^cma: Reserved 64 MiB at 0x000000023[0-9a-f]{7}$/)])
  })
  it('5.11+: from 4 GiB up', () => {
    // No Debian 5.11 build: the board gives the image size (6.1's).
    expect(boot({ release: '5.11.0', imageSize: '0x2010000' })).toEqual(['cma: Reserved 64 MiB at 0x0000000100000000'])
    expect(boot('6.1')).toEqual(['cma: Reserved 64 MiB at 0x0000000100000000'])
  })
})

describe('when the default CMA area is placed on arm64', () => {
  const boot = (kernel: string) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: [kernel], cmdline: 'crashkernel=256M' }] } as never)
    return simulate(d.layouts[0]!.layout).trace.filter((t) => /crashkernel reserved|^cma: /.test(t.text)).map((t) => t.text)
  }
  it('5.10.0 – 5.10.21: right after the early crash reservation, before paging_init() takes its tables', () => {
    expect(boot('5.10.0')).toEqual(['crashkernel reserved: 0x00000000b0000000 - 0x00000000c0000000 (256 MB)', 'cma: Reserved 64 MiB at 0x00000000ac000000'])
  })
  it('5.10.22+: from bootmem_init(), before the deferred crash reservation', () => {
    expect(boot('5.10.22')).toEqual(['cma: Reserved 64 MiB at 0x00000000b9000000', 'crashkernel reserved: 0x00000000a9000000 - 0x00000000b9000000 (256 MB)'])
  })
})

describe('7.x: cma=…@base-limit replaces the arch limit; the lines give the size asked for', () => {
  // kernel/dma/contiguous.c dma_contiguous_reserve(): min_not_zero(limit_cmdline, limit) in
  // v6.12.117, `limit_cmdline ?: limit` in v7.2.13; mm/cma.c@v7.2.13: cma_declare_contiguous_nid()
  // prints the size it was given, __cma_declare_contiguous_nid() aligns a copy (v6.12.117
  // prints the aligned one). test/boots/options/arm64-{6.12,7.2}-8G-cma65M-limit5G booted
  // the first two rows: 8 GiB of QEMU virt, DMA limit 4 GiB, 2 MiB pageblocks.
  const boot = (kernel: string, cmdline: string) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: [kernel], cmdline }] } as never)
    const r = simulate(d.layouts[0]!.layout)
    return { cma: r.trace.filter((t) => t.source === 'cma').map((t) => t.text), crash: r.crashkernel.kind === 'reserved' ? r.crashkernel.main.base : undefined }
  }
  const EXCEEDS = 'cma: Size (0x0000000004200000) of region at 0x0000000040000000 exceeds limit (0x0000000044000000)'
  it.each([
    ['6.12', 'cma=65M@0-0x140000000 crashkernel=256M', ['cma: Reserved 66 MiB at 0x00000000fbe00000 on node -1'], 0xebe00000n],
    ['7.2', 'cma=65M@0-0x140000000 crashkernel=256M', ['cma: Reserved 65 MiB at 0x0000000100000000'], 0xf0000000n],
    // Fixed, its limit base + 65M: the aligned size (66M) no longer fits under the aligned limit.
    ['6.12', 'cma=65M@0x40000000 crashkernel=256M', [EXCEEDS, 'cma: Failed to reserve 66 MiB on node -1'], 0xf0000000n],
    ['7.2', 'cma=65M@0x40000000 crashkernel=256M', [EXCEEDS, 'cma: Failed to reserve 65 MiB'], 0xf0000000n],
  ])('%s %s', (kernel, cmdline, cma, crash) => {
    expect(boot(kernel, cmdline)).toEqual({ cma, crash })
  })
  it('riscv64 and x86_64 7.2 take the same rules (mm/cma.c and kernel/dma/contiguous.c are generic)', () => {
    for (const preset of ['qemu-virt-riscv64', 'qemu-q35-x86_64']) {
      const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: preset, ramSize: '8G', kernels: ['6.12', '7.2'], config: { CMA: true }, cmdline: 'cma=65M' }] } as never)
      const lines = d.layouts.map((l) => simulate(l.layout).trace.filter((t) => t.source === 'cma').map((t) => t.text.replace(/ at .*/, '')))
      expect(lines).toEqual([['cma: Reserved 66 MiB'], ['cma: Reserved 65 MiB']])
    }
  })
})
