// SPDX-License-Identifier: GPL-2.0-only
/**
 * The default CMA area from `cma=size[@base[-limit]]`: early_cma()'s parsing and
 * dma_contiguous_reserve() → cma_declare_contiguous_nid() with a base, a limit and `fixed`
 * (kernel/dma/contiguous.c, mm/cma.c).
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import { cmaDeclareContiguous, cmaDeclareContiguousMulti, cmaFromCmdline, dmaContiguousReserve, dmaContiguousReserveGlobal, dmaPernumaCmaReserve, numaCmaFromCmdline, type CmaRules } from './cma.js'
import { memblockAdd, memblockAddNode, memblockCreate, memblockMarkNomap, memblockReserve } from './memblock/memblock.js'
import { Trace } from './trace.js'
import { simulate } from './index.js'
import { policyFor } from './policies/index.js'

const P = policyFor('arm64', '6.12.117')!
const M = 1n << 20n
const G = 1n << 30n

/** Two nodes of 8 GiB from 1 GiB. */
const twoNodes = () => {
  const mb = memblockCreate(4096n)
  memblockAddNode(mb, 0x40000000n, 8n * G, 0)
  memblockAddNode(mb, 0x240000000n, 8n * G, 1)
  return mb
}
const areas = (mb: ReturnType<typeof twoNodes>) => mb.reserved.regions.map((r) => [r.owner, r.base, r.size])

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
  it('base + size is phys_addr_t arithmetic: past 2^64 the limit wraps', () => {
    expect(cmaFromCmdline('cma=64M@0xfffffffffc000000', P)).toEqual({ size: 64n * M, base: 0xfffffffffc000000n, limit: 0n })
  })
  it('a bare `cma` sets nothing (early_cma(NULL): "Config string not provided"), nor undoes an earlier cma=', () => {
    expect(cmaFromCmdline('cma quiet', P)).toBeUndefined()
    expect(cmaFromCmdline('cma=64M@2G cma', P)).toEqual({ size: 64n * M, base: 0x80000000n, limit: 0x84000000n })
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
  // mm/cma.c@v6.12.117 cma_declare_contiguous_nid(): only a fixed base must be aligned; the
  // base is rounded up, the limit down; a base of 0 is never fixed; a fixed area must not
  // overlap a reservation (the kernel image sits at 0x40200000).
  it.each([
    ['a window off the pageblock: its base rounded up, no complaint', 'cma=64M@0x80100000-0xc0000000', ['cma: Reserved 64 MiB at 0x00000000bc000000 on node -1']],
    ['a window that only fits with the base rounded down', 'cma=64M@0x80100000-0x84180000', ['cma: Size (0x0000000004000000) of region at 0x0000000080200000 exceeds limit (0x0000000084000000)', 'cma: Failed to reserve 64 MiB on node -1']],
    ['@0: not fixed, so searched in [0, 64M), below RAM', 'cma=64M@0', ['cma: Failed to reserve 64 MiB on node -1']],
    ['fixed over the kernel image: memblock_is_region_reserved()', 'cma=64M@0x40000000', ['cma: Failed to reserve 64 MiB on node -1']],
    // highmem_start is the end of RAM (arch/arm64/mm/init.c arm64_memblock_init: high_memory).
    ['fixed across the end of RAM: the low/high boundary, not the limit', 'cma=64M@0x13e000000', ['cma: Region at 0x000000013e000000 defined on low/high memory boundary (0x0000000140000000)', 'cma: Failed to reserve 64 MiB on node -1']],
    // kernel/dma/contiguous.c@v6.12.117: base_cmdline + size_cmdline == limit_cmdline in
    // phys_addr_t, so an @base whose end wraps past 2^64 is still fixed, and refused unaligned.
    ['@base wrapping past 2^64: fixed all the same', 'cma=64M@0xfffffffffc100000', ['cma: Region at 0xfffffffffc100000 must be aligned to 0x0000000000200000 bytes', 'cma: Failed to reserve 64 MiB on node -1']],
  ])('%s', (_what, cmdline, cma) => {
    expect(boot(`${cmdline} crashkernel=256M`).cma).toEqual(cma)
  })
})

describe('cma_declare_contiguous_nid(): bottom-up above 4 GiB first from 5.12 only', () => {
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
  it('5.11 (mm/cma.c@v5.11 has no such step either; compiled: test/fuzz/kernel-resmem.test.ts): still top-down', () => {
    // No Debian 5.11 build: the board gives the image size (6.1's).
    expect(boot({ release: '5.11.0', imageSize: '0x2010000' })).toEqual([expect.stringMatching(/^cma: Reserved 64 MiB at 0x000000023[0-9a-f]{7}$/)])
  })
  it('5.12+ (in mm/cma.c@v5.13:341-352; 5.12 UNCONFIRMED): from 4 GiB up', () => {
    expect(boot({ release: '5.12.0', imageSize: '0x2010000' })).toEqual(['cma: Reserved 64 MiB at 0x0000000100000000'])
    expect(boot({ release: '5.13.0', imageSize: '0x2010000' })).toEqual(['cma: Reserved 64 MiB at 0x0000000100000000'])
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
  // 8 GiB of QEMU virt as above. A -limit under one pageblock is 0 once `limit &= ~(alignment - 1)`
  // has run, and a limit of 0 is the end of memblock: bottom-up from 4 GiB, on both generations.
  // Without -limit, 7.x's `limit_cmdline ?: limit` keeps the arch's limit (4 GiB).
  it.each([
    ['6.12', 'cma=64M@0-0x100000 crashkernel=256M', ['cma: Reserved 64 MiB at 0x0000000100000000 on node -1']],
    ['7.2', 'cma=64M@0-0x100000 crashkernel=256M', ['cma: Reserved 64 MiB at 0x0000000100000000']],
    ['7.2', 'cma=64M crashkernel=256M', ['cma: Reserved 64 MiB at 0x00000000fc000000']],
    // Fixed across the end of RAM (9 GiB): 6.12 names the low/high boundary, 7.2 (no
    // CONFIG_HIGHMEM) only the limit, its own base + size capped at the end of memblock.
    ['6.12', 'cma=64M@0x23e000000 crashkernel=256M', ['cma: Region at 0x000000023e000000 defined on low/high memory boundary (0x0000000240000000)', 'cma: Failed to reserve 64 MiB on node -1']],
    ['7.2', 'cma=64M@0x23e000000 crashkernel=256M', ['cma: Size (0x0000000004000000) of region at 0x000000023e000000 exceeds limit (0x0000000240000000)', 'cma: Failed to reserve 64 MiB']],
  ])('%s %s', (kernel, cmdline, cma) => {
    expect(boot(kernel, cmdline).cma).toEqual(cma)
  })
  // The upstream trees pin when: v6.16.3 already has `limit_cmdline ?: limit` and the wrapper
  // printing the size asked for without the node (kernel/dma/contiguous.c, mm/cma.c:590), but
  // still checks a fixed area against highmem_start (memblock_end_of_DRAM() without
  // CONFIG_HIGHMEM, mm/cma.c:613-615,655); v6.17.8's cma_fixed_reserve() checks it only with
  // CONFIG_HIGHMEM (mm/cma.c:357). Image size: the 7.2 build's.
  const upstream = (release: string, cmdline: string) => {
    const kernels = [{ release, imageSize: '0x2f00000' }]
    const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '8G', kernels, config: { CMA: true }, cmdline }] } as never)
    return simulate(d.layouts[0]!.layout).trace.filter((t) => t.source === 'cma').map((t) => t.text)
  }
  it.each([
    ['6.16.3', 'cma=65M@0-0x140000000 crashkernel=256M', ['cma: Reserved 65 MiB at 0x0000000100000000']],
    ['6.16.3', 'cma=64M@0x23e000000 crashkernel=256M', ['cma: Region at 0x000000023e000000 defined on low/high memory boundary (0x0000000240000000)', 'cma: Failed to reserve 64 MiB']],
    ['6.17.8', 'cma=64M@0x23e000000 crashkernel=256M', ['cma: Size (0x0000000004000000) of region at 0x000000023e000000 exceeds limit (0x0000000240000000)', 'cma: Failed to reserve 64 MiB']],
  ])('%s %s', (release, cmdline, cma) => {
    expect(upstream(release, cmdline)).toEqual(cma)
  })
  it('riscv64 and x86_64 7.2 take the same rules (mm/cma.c and kernel/dma/contiguous.c are generic)', () => {
    for (const preset of ['qemu-virt-riscv64', 'qemu-q35-x86_64']) {
      const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: preset, ramSize: '8G', kernels: ['6.12', '7.2'], config: { CMA: true }, cmdline: 'cma=65M' }] } as never)
      const lines = d.layouts.map((l) => simulate(l.layout).trace.filter((t) => t.source === 'cma').map((t) => t.text.replace(/ at .*/, '')))
      expect(lines).toEqual([['cma: Reserved 66 MiB'], ['cma: Reserved 65 MiB']])
    }
  })
})

describe('cmaDeclareContiguous() and dmaContiguousReserveGlobal() on their own (1 GiB at 1 GiB, 2 MiB pageblocks, 6.12 rules)', () => {
  const RULES: CmaRules = { minAlign: 2n * M, logNode: true, above4GFirst: true, cmdlineLimit: 'min-not-zero', logSize: 'aligned', fixedHighmemCheck: true }
  const ram = () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x40000000n, 0x40000000n)
    return mb
  }
  it('a window is searched from its base only (memblock_alloc_range_nid(…, base, limit))', () => {
    // 32 MiB free on each side of a reservation inside the window, 96 MiB free below it.
    const mb = ram()
    memblockReserve(mb, 0x46000000n, 64n * M, 'other')
    const trace = new Trace()
    expect(cmaDeclareContiguous(mb, 64n * M, 0x4c000000n, RULES, trace, 0x44000000n)).toBe(0n)
    expect(trace.events.map((e) => e.text)).toEqual(['cma: Failed to reserve 64 MiB on node -1'])
  })
  it('a fixed area is memblock_reserve()d where it was asked for', () => {
    const mb = ram()
    expect(cmaDeclareContiguous(mb, 64n * M, 0x48000000n, RULES, new Trace(), 0x44000000n, true)).toBe(0x44000000n)
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[0x44000000n, 64n * M]])
  })
  it('dmaContiguousReserveGlobal() returns the area the kernel made: the size aligned up', () => {
    expect(dmaContiguousReserveGlobal(ram(), { size: 65n * M, base: 0n, limit: 0n }, 0n, 0x80000000n, RULES, new Trace())).toEqual({ base: 0x7be00000n, size: 66n * M })
  })
  it('dmaContiguousReserveGlobal(): nothing when cma_declare_contiguous_nid() fails, or when the size is 0', () => {
    const trace = new Trace()
    expect(dmaContiguousReserveGlobal(ram(), undefined, 2048n * M, 0x80000000n, RULES, trace)).toBeUndefined()
    expect(trace.events.map((e) => e.text)).toEqual(['cma: Failed to reserve 2048 MiB on node -1'])
    // `if (selected_size && …)`: no call, no line.
    const quiet = new Trace()
    expect(dmaContiguousReserveGlobal(ram(), { size: 0n, base: 0n, limit: 0n }, 64n * M, 0x80000000n, RULES, quiet)).toBeUndefined()
    expect(quiet.events).toEqual([])
  })
  it('min_not_zero(limit_cmdline, limit): an arch limit of 0 (csky passes 0) leaves the command line\'s', () => {
    // A window [1 GiB, 1.5 GiB): top-down inside it, not under the end of RAM.
    expect(dmaContiguousReserveGlobal(ram(), { size: 64n * M, base: 0x40000000n, limit: 0x60000000n }, 0n, 0n, RULES, new Trace())).toEqual({ base: 0x5c000000n, size: 64n * M })
  })
  it('a fixed area across highmem_start (the end of RAM on 64-bit): that line, before the limit is looked at (to 6.x)', () => {
    // mm/cma.c@v6.12.117 cma_declare_contiguous_nid(): `fixed && base < highmem_start &&
    // base + size > highmem_start`; 7.x's cma_fixed_reserve() only with CONFIG_HIGHMEM.
    const trace = new Trace()
    expect(cmaDeclareContiguous(ram(), 64n * M, 0x60000000n, RULES, trace, 0x7e000000n, true)).toBe(0n)
    expect(trace.events.map((e) => e.text)).toEqual([
      'cma: Region at 0x000000007e000000 defined on low/high memory boundary (0x0000000080000000)',
      'cma: Failed to reserve 64 MiB on node -1',
    ])
    const v7 = new Trace()
    expect(cmaDeclareContiguous(ram(), 64n * M, 0x60000000n, { ...RULES, fixedHighmemCheck: false, logNode: false }, v7, 0x7e000000n, true)).toBe(0n)
    expect(v7.events.map((e) => e.text)).toEqual([
      'cma: Size (0x0000000004000000) of region at 0x000000007e000000 exceeds limit (0x0000000060000000)',
      'cma: Failed to reserve 64 MiB',
    ])
    // x86_64: highmem_start is max_pfn << PAGE_SHIFT, which may lie past the end of memblock.
    const x86 = new Trace()
    expect(cmaDeclareContiguous(ram(), 64n * M, 0n, { ...RULES, highmemStart: 0x90000000n }, x86, 0x7e000000n, true)).toBe(0n)
    expect(x86.events.map((e) => e.text)[0]).toBe('cma: Size (0x0000000004000000) of region at 0x000000007e000000 exceeds limit (0x0000000080000000)')
  })
  it('memblock already bottom-up: no step from 4 GiB; the search runs bottom-up from the base', () => {
    // mm/cma.c@v6.12.117: `if (!memblock_bottom_up() && memblock_end >= SZ_4G + size)`; the
    // direction is left as it was.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x40000000n, 8n << 30n)
    mb.bottomUp = true
    expect(cmaDeclareContiguous(mb, 64n * M, 0n, RULES, new Trace())).toBe(0x40000000n)
    expect(mb.bottomUp).toBe(true)
  })
})

describe('dmaContiguousReserve(): the whole of 7.x dma_contiguous_reserve() (two nodes of 8 GiB, CMA_SIZE_PERNUMA)', () => {
  const RULES: CmaRules = { minAlign: 2n * M, logNode: true, above4GFirst: true, cmdlineLimit: 'replaces', logSize: 'requested', fixedHighmemCheck: false }
  const P72 = policyFor('arm64', '7.2.13')!
  const config = { CMA_SIZE_MBYTES: 32, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true }
  it('the global area below the limit, then one of its size on each online node, above 4 GiB bottom-up', () => {
    const mb = twoNodes()
    const trace = new Trace()
    expect(dmaContiguousReserve(mb, 0xc0000000n, { cmdline: 'quiet', policy: P72, config, online: [0, 1] }, RULES, trace)).toEqual({ base: 0xbe000000n, size: 32n * M })
    expect(areas(mb)).toEqual([['cma', 0xbe000000n, 32n * M], ['cma numa0', 0x100000000n, 32n * M], ['cma numa1', 0x240000000n, 32n * M]])
    expect(trace.events.map((e) => e.text)).toEqual(['cma: Reserved 32 MiB at 0x00000000be000000 on node -1', 'cma: Reserved 32 MiB at 0x0000000100000000 on node 0', 'cma: Reserved 32 MiB at 0x0000000240000000 on node 1'])
  })
  it('a DT pool that is the default area: no global area, the per-node areas take the pool\'s size', () => {
    const mb = twoNodes()
    expect(dmaContiguousReserve(mb, 0x100000000n, { cmdline: 'quiet', policy: P72, config, dtDefaultSize: 64n * M, online: [0, 1] }, RULES, new Trace())).toBeUndefined()
    expect(areas(mb)).toEqual([['cma numa0', 0x100000000n, 64n * M], ['cma numa1', 0x240000000n, 64n * M]])
  })
  it('a global area that fails returns before dma_numa_cma_reserve(); one node only, or numa_cma=, places none per node', () => {
    const failed = twoNodes()
    const trace = new Trace()
    expect(dmaContiguousReserve(failed, 0x100000000n, { cmdline: 'cma=4G', policy: P72, config, online: [0, 1] }, RULES, trace)).toBeUndefined()
    expect(areas(failed)).toEqual([])
    expect(trace.events.map((e) => e.text)).toEqual(['cma: Failed to reserve 4096 MiB on node -1'])
    const single = twoNodes()
    dmaContiguousReserve(single, 0x100000000n, { cmdline: 'quiet', policy: P72, config, online: [0] }, RULES, new Trace())
    expect(areas(single).map((a) => a[0])).toEqual(['cma'])
    // numa_cma= names node 0 alone: numa_cma_configured, so node 1 gets nothing.
    const numaCma = twoNodes()
    const placed: Array<{ base: bigint; size: bigint }> = []
    dmaContiguousReserve(numaCma, 0x100000000n, { cmdline: 'numa_cma=0:16M', policy: P72, config, online: [0, 1] }, RULES, new Trace(), placed)
    expect(placed).toEqual([{ base: 0x100000000n, size: 16n * M }])
    // A global area that fails returns before dma_numa_cma_reserve(), asked sizes or not.
    const failedAsked = twoNodes()
    dmaContiguousReserve(failedAsked, 0x100000000n, { cmdline: 'cma=4G numa_cma=0:16M', policy: P72, config, online: [0, 1] }, RULES, new Trace())
    expect(areas(failedAsked)).toEqual([])
  })
})

describe('cma_pernuma= and numa_cma= (early_cma_pernuma(), early_numa_cma(), dma_numa_cma_reserve())', () => {
  it('reads the last cma_pernuma= and each nid:size of numa_cma= (a later one for a node replaces it); arm64 ≤6.5 has no numa_cma=', () => {
    const at = (r: string) => policyFor('arm64', r)!
    expect(numaCmaFromCmdline('quiet', at('7.2.13'))).toEqual({ pernuma: 0n, inNode: new Map(), configured: false })
    expect(numaCmaFromCmdline('cma_pernuma=64M cma-pernuma=32M numa_cma=0:16M,1:8M numa_cma=1:4M', at('7.2.13'))).toEqual({ pernuma: 32n * M, inNode: new Map([[0, 16n * M], [1, 4n * M]]), configured: true })
    // An item without ':' ends the list (no fallback, unlike hugetlb_cma=); so does node 16 (MAX_NUMNODES).
    expect(numaCmaFromCmdline('numa_cma=0:16M,2G,1:8M', at('7.2.13')).inNode).toEqual(new Map([[0, 16n * M]]))
    expect(numaCmaFromCmdline('numa_cma=16:16M', at('7.2.13'))).toEqual({ pernuma: 0n, inNode: new Map(), configured: true })
    expect(numaCmaFromCmdline('numa_cma="0:32M, 18446744073709551617:16M"', at('7.2.13')).inNode).toEqual(new Map([[0, 32n * M], [1, 16n * M]]))
    expect(numaCmaFromCmdline('cma_pernuma=64M numa_cma=0:16M', at('6.1.192'))).toEqual({ pernuma: 64n * M, inNode: new Map(), configured: true })
  })
  it('6.6 – 7.1: first, a cma_pernuma= area then the numa_cma= one on each node, then the global area', () => {
    const mb = twoNodes()
    const trace = new Trace()
    const p = policyFor('x86_64', '6.12.117')!
    const perNode: Array<{ base: bigint; size: bigint }> = []
    const config = { CMA_SIZE_MBYTES: 32, DMA_NUMA_CMA: true }
    dmaContiguousReserve(mb, 0x100000000n, { cmdline: 'cma_pernuma=8M numa_cma=1:16M', policy: p, config, online: [0, 1], offline: [2] }, RULES_612, trace, perNode)
    expect(trace.events.map((e) => e.text)).toEqual([
      'cma: Reserved 8 MiB at 0x0000000100000000 on node 0',
      'cma: Reserved 8 MiB at 0x0000000240000000 on node 1',
      'cma: Reserved 16 MiB at 0x0000000240800000 on node 1',
      // Node 2 is possible, not online: cma_pernuma= names every node.
      'cma: invalid node 2 specified',
      'cma: Reserved 32 MiB at 0x00000000fe000000 on node -1',
    ])
    expect(perNode).toEqual([{ base: 0x100000000n, size: 8n * M }, { base: 0x240000000n, size: 8n * M }, { base: 0x240800000n, size: 16n * M }])
  })
  it('7.2: one area a node after the global one, numa_cma=\'s size first; one that does not fit is warned of without a newline', () => {
    const mb = twoNodes()
    const trace = new Trace()
    const p = policyFor('arm64', '7.2.13')!
    dmaContiguousReserve(mb, 0x100000000n, { cmdline: 'cma_pernuma=8M numa_cma=1:32G', policy: p, config: { CMA_SIZE_MBYTES: 32, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true }, online: [0, 1] }, RULES_72, trace)
    expect(trace.events.map((e) => e.text)).toEqual([
      'cma: Reserved 32 MiB at 0x00000000fe000000',
      'cma: Reserved 8 MiB at 0x0000000100000000',
      'cma: Size (0x0000000800000000) of region at 0x0000000000000000 exceeds limit (0x0000000440000000)',
      'cma: Failed to reserve 32768 MiB',
      'cma: dma_numa_cma_reserve: reservation failed: err -22, node 1',
    ])
  })
  it('a size within an alignment of 2^64 wraps to 0 in ALIGN(): cma_init_reserved_mem() refuses it, -EINVAL', () => {
    const trace = new Trace()
    dmaPernumaCmaReserve(twoNodes(), 0xffffffffffffffffn, [0], RULES_612, trace)
    expect(trace.events.map((e) => e.text)).toEqual(['cma: Failed to reserve 0 MiB on node 0', 'cma: dma_pernuma_cma_reserve: reservation failed: err -22, node 0'])
  })
  it('without CONFIG_DMA_NUMA_CMA, or before 6.6 off arm64, they are no early params: nothing', () => {
    const mb = twoNodes()
    dmaContiguousReserve(mb, 0x100000000n, { cmdline: 'cma_pernuma=8M', policy: policyFor('x86_64', '6.12.117')!, config: { CMA_SIZE_MBYTES: 0, DMA_NUMA_CMA: false }, online: [0, 1] }, RULES_612, new Trace())
    dmaContiguousReserve(mb, 0x100000000n, { cmdline: 'cma_pernuma=8M', policy: policyFor('x86_64', '6.5.0')!, config: { CMA_SIZE_MBYTES: 0, DMA_NUMA_CMA: true }, online: [0, 1] }, RULES_612, new Trace())
    expect(areas(mb)).toEqual([])
  })
  it('arm64 5.10 – 6.5: dma_pernuma_cma_reserve() in bootmem_init(), before the default area (test/boots/numa-cma arm64-6.1-2G+2G-pn64M)', () => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', kernels: ['6.1'], cmdline: 'crashkernel=256M cma_pernuma=64M', memory: [{ base: '0x40000000', size: '2G', node: 0 }, { base: '0xc0000000', size: '2G', node: 1 }] }] } as never)
    const r = simulate(d.layouts[0]!.layout)
    expect(r.trace.filter((t) => t.source === 'cma').map((t) => t.text)).toEqual(['cma: Reserved 64 MiB at 0x00000000bbe00000', 'cma: Reserved 64 MiB at 0x0000000100000000', 'cma: Reserved 64 MiB at 0x00000000fc000000'])
    const mb = twoNodes()
    const trace = new Trace()
    // 16 GiB fits no 8 GiB node (-ENOMEM); 32 GiB passes the end of memblock (-EINVAL).
    dmaPernumaCmaReserve(mb, 16n * G, [0, 1], RULES_612, trace)
    dmaPernumaCmaReserve(mb, 32n * G, [0], RULES_612, trace)
    expect(trace.events.map((e) => e.text)).toEqual([
      'cma: Failed to reserve 16384 MiB on node 0',
      'cma: dma_pernuma_cma_reserve: reservation failed: err -12, node 0',
      'cma: Failed to reserve 16384 MiB on node 1',
      'cma: dma_pernuma_cma_reserve: reservation failed: err -12, node 1',
      'cma: Size (0x0000000800000000) of region at 0x0000000000000000 exceeds limit (0x0000000440000000)',
      'cma: Failed to reserve 32768 MiB on node 0',
      'cma: dma_pernuma_cma_reserve: reservation failed: err -22, node 0',
    ])
  })
})

const RULES_612: CmaRules = { minAlign: 2n * M, logNode: true, above4GFirst: true, cmdlineLimit: 'min-not-zero', logSize: 'aligned', fixedHighmemCheck: true }
const RULES_72: CmaRules = { minAlign: 2n * M, logNode: false, above4GFirst: true, cmdlineLimit: 'replaces', logSize: 'requested', fixedHighmemCheck: false }

describe('cma_declare_contiguous_multi() (6.15+)', () => {
  const RULES: CmaRules = { minAlign: 2n * M, logNode: false, above4GFirst: true, cmdlineLimit: 'min-not-zero', logSize: 'aligned', fixedHighmemCheck: true }
  // test/boots/hugetlb-cma's 12G hc5G-multi: RAM [1G, 13G) with no-map firmware straddling
  // 4 GiB and 2 MiB of it at 8 GiB, the kernel near 1 GiB and allocations at the top.
  const board = () => {
    const mb = memblockCreate(4096n, true)
    memblockAddNode(mb, G, 12n * G, 0)
    memblockMarkNomap(mb, 0xffe00000n, 4n * M)
    memblockMarkNomap(mb, 8n * G, 2n * M)
    memblockReserve(mb, G + 2n * M, 40n * M)
    memblockReserve(mb, 13n * G - 64n * M, 64n * M)
    return mb
  }
  const run = (mb: ReturnType<typeof board>, size: bigint) => {
    const trace = new Trace()
    const r = cmaDeclareContiguousMulti(mb, size, G, 2n * M, RULES, trace, 'hugetlb0', 0)
    return { ...r, lines: trace.events.map((e) => e.text) }
  }
  it('one range where one fits, printed with the range count', () => {
    expect(run(board(), 2n * G)).toEqual({ ranges: [{ base: 5n * G, size: 2n * G }], err: 0, lines: ['cma: Reserved 2048 MiB in 1 range'] })
  })
  it('else the free ranges that start above 4 GiB, aligned, from their bases: hc5G-multi\'s [5G, 8G) and [9G, 11G)', () => {
    const mb = board()
    // [5G, 8G) whole, then 2 GiB of [9G, 12G): the boot's __memblock_reserve lines.
    expect(run(mb, 5n * G)).toEqual({ ranges: [{ base: 5n * G, size: 3n * G }, { base: 9n * G, size: 2n * G }], err: 0, lines: ['cma: Reserved 5120 MiB in 2 ranges'] })
    expect(mb.reserved.regions.filter((r) => r.owner === 'hugetlb0').map((r) => [r.base, r.size])).toEqual([[5n * G, 3n * G], [9n * G, 2n * G]])
  })
  it('fails with -ENOMEM when those ranges hold too little (hc7G-multi); a size that wraps is -EINVAL', () => {
    expect(run(board(), 7n * G)).toEqual({ ranges: [], err: -12, lines: ['cma: Failed to reserve 7168 MiB'] })
    expect(run(board(), 0n)).toEqual({ ranges: [], err: -22, lines: ['cma: Failed to reserve 0 MiB'] })
  })
})
