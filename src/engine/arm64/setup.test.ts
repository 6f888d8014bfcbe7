// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 /reserved-memory: a `linux,cma-default` pool is the default CMA area unless `cma=`
 * is on the command line, in which case rmem_cma_setup() bypasses it (-EBUSY), the node's
 * memory is given back, and dma_contiguous_reserve() places the command line's area
 * (kernel/dma/contiguous.c rmem_cma_setup; drivers/of/of_reserved_mem.c
 * fdt_init_reserved_mem / fdt_init_reserved_mem_node).
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../../matrix/decode.js'
import { simulate } from '../index.js'
import type { Board } from '../../matrix/generated/board-matrix.js'
import { policyFor } from '../policies/index.js'
import { idregOverrideBits } from './setup.js'

/** A Raspberry Pi 4 with 4 GB (its preset's DT has a 64 MiB linux,cma default pool under 1 GiB). */
function rpi4(kernel: string, cmdline: string) {
  const decoded = decodeMatrix({
    version: 1,
    boards: [{ id: 'pi', extends: 'raspberrypi-4', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }], kernels: [kernel], cmdline }],
  } as never)
  expect(decoded.problems).toEqual([])
  return simulate(decoded.layouts[0]!.layout)
}
const lines = (r: ReturnType<typeof rpi4>, re: RegExp) => r.trace.map((t) => t.text).filter((t) => re.test(t))
const owners = (r: ReturnType<typeof rpi4>) => r.reserved.map((x) => x.owner)

describe('arm64 linux,cma default pool and cma=', () => {
  it.each(['5.10', '6.1', '6.12', '7.2'])('%s: the DT pool is the CMA area without cma=', (kernel) => {
    const r = rpi4(kernel, 'crashkernel=256M')
    expect(owners(r)).toContain('linux,cma')
    expect(lines(r, /bypass|^cma: Reserved/)).toEqual([])
  })
  it.each([
    ['5.10', ''],
    ['6.12', ' on node -1'],
  ])('%s: cma= bypasses the DT pool, gives its memory back and places its own area under the DMA limit', (kernel, node) => {
    const r = rpi4(kernel, 'cma=128M crashkernel=256M')
    expect(lines(r, /bypass|matching fail|^cma: Reserved/)).toEqual([
      'Reserved memory: bypass linux,cma node, using cmdline CMA params instead',
      'OF: reserved mem: node linux,cma compatible matching fail',
      // 128 MiB at the top of the first bank, under ZONE_DMA's 1 GiB.
      `cma: Reserved 128 MiB at 0x0000000033400000${node}`,
    ])
    expect(owners(r)).not.toContain('linux,cma')
  })
  it('7.2: rmem_cma_validate() skips the default pool under cma= before it is allocated', () => {
    const r = rpi4('7.2', 'cma=128M crashkernel=256M')
    expect(lines(r, /linux,cma|Skipping|^cma: Reserved/)).toEqual(['Skipping dt linux,cma-default node in favor for "cma=" kernel param.', 'cma: Reserved 128 MiB at 0x0000000033400000'])
    expect(owners(r)).not.toContain('linux,cma')
  })
  it('6.12: the pool is created as the kernel prints it; without CONFIG_DMA_CMA rmem_dma_setup() refuses it and it is freed', () => {
    expect(lines(rpi4('6.12', 'crashkernel=256M'), /linux,cma|CMA/)).toEqual([
      expect.stringMatching(/^Reserved memory: created CMA memory pool at 0x[0-9a-f]{16}, size 64 MiB$/),
      'OF: reserved mem: initialized node linux,cma, compatible id shared-dma-pool',
      expect.stringMatching(/^OF: reserved mem: 0x[0-9a-f]{16}\.\.0x[0-9a-f]{16} \(65536 KiB\) map reusable linux,cma$/),
    ])
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'pi', extends: 'raspberrypi-4', memory: [{ base: '0x0', size: '0x3b400000' }, { base: '0x40000000', size: '0xbc000000' }], kernels: ['6.12'], cmdline: 'crashkernel=256M', config: { CMA: false } }],
    } as never)
    const r = simulate(decoded.layouts[0]!.layout)
    expect(lines(r, /linux,cma|CMA/)).toEqual(['OF: reserved mem: node linux,cma compatible matching fail'])
    expect(owners(r)).not.toContain('linux,cma')
  })
})

describe('a linux,cma-default pool on two NUMA nodes', () => {
  // The oracle's resmem-cma DT on QEMU virt with 2 GiB on each of two nodes
  // (test/boots/numa/arm64-*-virt-4G-2G+2G-ck256M.resmem-cma).
  const numa = (kernel: string) => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [{
        id: 'v', extends: 'qemu-virt-arm64', kernels: [kernel], cmdline: 'crashkernel=256M',
        memory: [{ base: '0x40000000', size: '2G', node: 0 }, { base: '0xc0000000', size: '2G', node: 1 }],
        reservations: [{ kind: 'dynamic', name: 'linux,cma', size: '256M', cma: true, cmaDefault: true, allocRanges: [{ base: '0x40000000', size: '0x80000000' }] }],
      }],
    } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it('7.2: no global area, but each node gets one of the pool\'s size (CONFIG_CMA_SIZE_PERNUMA)', () => {
    // dma_contiguous_reserve() skips its global area (the DT pool already is the default one)
    // and still calls dma_numa_cma_reserve(), which sizes each node's area by
    // cma_get_size(dma_contiguous_default_area) (kernel/dma/contiguous.c@v7.2.13:205-208, :280, :313).
    // The lines of the boot (test/boots/numa/arm64-7.2-virt-4G-2G+2G-ck256M.resmem-cma).
    const r = numa('7.2')
    expect(lines(r, /created CMA memory pool|^cma: Reserved|^crashkernel reserved/)).toEqual([
      'Reserved memory: created CMA memory pool at 0x00000000b0000000, size 256 MiB',
      'cma: Reserved 256 MiB at 0x000000009fe00000',
      'cma: Reserved 256 MiB at 0x0000000100000000',
      'crashkernel reserved: 0x00000000f0000000 - 0x0000000100000000 (256 MB)',
    ])
    expect(owners(r)).toEqual(expect.arrayContaining(['cma numa0', 'cma numa1']))
  })
  it('6.12: the pool alone (its dma_numa_cma_reserve() acts on numa_cma= and cma_pernuma= only)', () => {
    const r = numa('6.12')
    expect(lines(r, /created CMA memory pool|^cma: Reserved|^crashkernel reserved/)).toEqual([
      'Reserved memory: created CMA memory pool at 0x00000000b0000000, size 256 MiB',
      'crashkernel reserved: 0x00000000f0000000 - 0x0000000100000000 (256 MB)',
    ])
  })
})

describe('dma_contiguous_reserve() without CONFIG_DMA_CMA', () => {
  it('reserves no default CMA area', () => {
    // include/linux/dma-map-ops.h: dma_contiguous_reserve() is an empty stub without
    // CONFIG_DMA_CMA (v6.12.117), so bootmem_init() reserves nothing for CMA.
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], config: { CMA: false }, cmdline: 'crashkernel=256M' }] } as never)
    expect(decoded.problems).toEqual([])
    const r = simulate(decoded.layouts[0]!.layout)
    expect(lines(r, /^cma: /)).toEqual([])
    expect(owners(r)).not.toContain('cma')
  })
})

describe('arm64 mem= (early_mem, memblock_mem_limit_remove_map)', () => {
  const virt = (cmdline: string, image?: string) => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline, ...(image ? { image: { base: image } } : {}) }],
    } as never)
    expect(decoded.problems).toEqual([])
    const l = decoded.layouts[0]!.layout
    const r = simulate(l)
    return { ram: r.systemRam, notices: lines(r, /^Memory limited/), image: l.image }
  }
  const M = 1n << 20n
  it('the last mem= wins, each one printed', () => {
    expect(virt('mem=1G mem=2G crashkernel=256M')).toMatchObject({ ram: 2048n * M, notices: ['Memory limited to 1024MB', 'Memory limited to 2048MB'] })
    expect(virt('mem=2G mem=1G crashkernel=256M')).toMatchObject({ ram: 1024n * M })
  })
  it('the value is memparse()d (base 0, stops at a comma) and page-aligned down', () => {
    expect(virt('mem=1G, crashkernel=256M').ram).toBe(1024n * M)
    expect(virt('mem=0x40001234 crashkernel=256M').notices).toEqual(['Memory limited to 1024MB'])
    expect(virt('mem=010M crashkernel=256M').notices).toEqual(['Memory limited to 8MB'])
  })
  it('a bare mem (no value) changes nothing', () => {
    // early_mem(): `if (!p) return 1` (arch/arm64/mm/init.c, v6.12.117).
    expect(virt('mem crashkernel=256M')).toMatchObject({ ram: 4096n * M, notices: [] })
  })
  it('nothing after -- is an early parameter', () => {
    expect(virt('crashkernel=256M -- mem=1G')).toMatchObject({ ram: 4096n * M, notices: [] })
  })
  it('the kernel image stays memory above the limit', () => {
    const r = virt('mem=512M crashkernel=64M', '0x80000000')
    expect(r.ram).toBe(512n * M + r.image.size)
  })
  it('the initrd is added back above the limit, in whole pages (0xf13d8 bytes at 0x48000000: 0xf2000)', () => {
    expect(virt('mem=64M crashkernel=16M').ram).toBe(64n * M + 0xf2000n)
  })
  it('the limit is PAGE_MASKed with the granule: 64K pages drop a 4K tail', () => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], pageSize: '64K', cmdline: 'mem=0x40001000' }] } as never)
    expect(decoded.problems).toEqual([])
    expect(simulate(decoded.layouts[0]!.layout).systemRam).toBe(1024n * M)
  })
})

describe('arm64_memblock_init(): memstart_addr and the linear region', () => {
  const G = 1n << 30n
  const sim = (board: Record<string, unknown>) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ...board }] } as never)
    expect(decoded.problems).toEqual([])
    return decoded.layouts.map((l) => simulate(l.layout))
  }
  it('memory above memstart_addr + BIT(VA_BITS - 1) goes (39 bits: 256 GiB), which 5.11+ warns about (init.c@v5.11:304-305)', () => {
    const [v510, v511, v517, v612] = sim({ memory: [{ base: '0x40000000', size: '300G' }], vaBits: 39, kernels: ['5.10', { release: '5.11.0', imageSize: '0x2000000' }, { release: '5.17.0', imageSize: '0x2000000' }, '6.12'], cmdline: 'crashkernel=256M' })
    for (const r of [v510!, v511!, v517!, v612!]) expect(r.systemRam).toBe(256n * G)
    const warned = (r: ReturnType<typeof simulate>) => lines(r, /VA_BITS too small/)
    expect(warned(v510!)).toEqual([])
    for (const r of [v511!, v517!, v612!]) expect(warned(r)).toEqual(["Memory doesn't fit in the linear mapping, VA_BITS too small"])
  })
  it('6.12 kfence.sample_interval=-1: the early pool is allocated and page-mapped, but KFENCE stays off and unmaps nothing', () => {
    // parse_kfence_early_init() (arch/arm64/mm/mmu.c v6.12.117) takes get_option()'s -1 as
    // "early init", so arm64_kfence_alloc_pool() allocates the pool and map_mem() maps it with
    // pages; param_set_sample_interval()'s kstrtoul() refuses "-1", the interval stays at the
    // config's 0 and kfence_init() returns before kfence_init_pool_early() protects anything
    // (mm/kfence/core.c). With 100 the first two pages and the 255 guard pages are unmapped.
    const run = (v: string) => sim({ memory: [{ base: '0x40000000', size: '1G' }], kernels: ['6.12'], cmdline: `crashkernel=256M rodata=off kfence.sample_interval=${v}` })[0]!
    const mapped = (r: ReturnType<typeof simulate>) => Object.values(r.linearMap!.histogram).reduce((a, b) => a + b, 0n)
    const off = run('-1')
    const on = run('100')
    expect(mapped(off)).toBe(G)
    expect(off.linearMap!.kfenceRuntimeUnmappablePages).toBe(0)
    expect(mapped(on)).toBe(G - 257n * 0x1000n)
    expect(on.linearMap!.kfenceRuntimeUnmappablePages).toBe(255)
    // The pool is page-mapped either way: the same map but for the unmapped pages.
    expect(off.linearMap!.histogram['4K']! - on.linearMap!.histogram['4K']!).toBe(257n * 0x1000n)
  })
  describe('the early KFENCE pool', () => {
    // arm64_kfence_alloc_pool() (arch/arm64/mm/mmu.c v6.1.192, v6.12.117) and
    // arm64_kfence_map_pool() (v7.2.13): memblock_phys_alloc(KFENCE_POOL_SIZE, PAGE_SIZE),
    // KFENCE_POOL_SIZE = (CONFIG_KFENCE_NUM_OBJECTS + 1) * 2 * PAGE_SIZE (include/linux/kfence.h):
    // 256 * 2 * 64K = 32 MiB with 64K pages. mem=48M leaves [1G, 1G + 48M), the image
    // [0x40200000, 0x42700000) (37 MiB) in it: no free gap is 32 MiB, the allocation fails,
    // the kernel pr_err()s and clears kfence_early_init, and arm64_kfence_can_set_direct_map()
    // (= !kfence_early_init, arch/arm64/include/asm/kfence.h) makes map_mem() use
    // NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS for all memory (6.x can_set_direct_map(), 7.x
    // force_pte_mapping() without BBML2).
    const small = (kernel: string, extra: Record<string, unknown> = {}) =>
      sim({ memory: [{ base: '0x40000000', size: '1G' }], pageSize: '64K', kernels: [kernel], cmdline: 'mem=48M rodata=off kfence.sample_interval=100', ...extra })[0]!
    it.each([
      ['6.1', { config: { KFENCE: true } }],
      ['6.12', {}],
      ['7.2', {}],
    ])('%s: a pool that does not fit is "failed to allocate kfence pool", and the whole linear map is in base pages', (kernel, extra) => {
      const r = small(kernel, extra)
      expect(r.trace.filter((t) => t.source === 'mmu')).toEqual([{ level: 'err', source: 'mmu', text: 'failed to allocate kfence pool' }])
      expect(r.reserved.some((x) => x.owner === 'kfence_pool' || x.alsoOwners?.includes('kfence_pool'))).toBe(false)
      expect(r.linearMap!.forcedBasePagesBy).toEqual(['kfence_late'])
      expect(Object.keys(r.linearMap!.histogram)).toEqual(['64K'])
    })
    it('7.2 on a BBML2_NOABORT CPU: the failure leaves the blocks (force_pte_mapping() returns false first)', () => {
      const r = small('7.2', { cpu: { bbml2Noabort: true } })
      expect(lines(r, /kfence/)).toEqual(['failed to allocate kfence pool'])
      expect(r.linearMap!.forcedBasePagesBy).toEqual([])
      expect(r.linearMap!.histogram['64K-cont']).toBeGreaterThan(0n)
    })
    it('6.1.65+ allocates the pool early too, with CONFIG_KFENCE (Kconfig default 255 objects: 2 MiB at 4K)', () => {
      // arch/arm64/mm/mmu.c v6.1.192: map_mem() calls arm64_kfence_alloc_pool() first; Debian's
      // 6.1 build has no KFENCE, so lib/Kconfig.kfence's `default 255` applies.
      const run = (v: string) => sim({ memory: [{ base: '0x40000000', size: '4G' }], kernels: ['6.1'], cmdline: `rodata=off kfence.sample_interval=${v}`, config: { KFENCE: true } })[0]!
      const on = run('100')
      const pool = on.reserved.filter((x) => x.owner === 'kfence_pool' || x.alsoOwners?.includes('kfence_pool'))
      expect(pool).toHaveLength(1)
      expect(on.linearMap!.forcedBasePagesBy).toEqual([])
      expect(on.linearMap!.kfenceRuntimeUnmappablePages).toBe(255)
      // kfence.sample_interval=0: no early init, so can_set_direct_map() wants pages.
      expect(run('0').linearMap!.forcedBasePagesBy).toEqual(['kfence_late'])
    })
  })
  it('RAM that fills the linear region exactly is kept whole and not warned about (the kernel compares with >)', () => {
    const [r] = sim({ memory: [{ base: '0x40000000', size: '256G' }], vaBits: 39, kernels: ['6.12'], cmdline: 'crashkernel=256M' })
    expect(r!.systemRam).toBe(256n * G)
    expect(lines(r!, /VA_BITS too small/)).toEqual([])
  })
  it('an initrd in a no-map bank is linear-mapped: its pages lose NOMAP (5.10 memblock_remove() + memblock_add(), 6.x memblock_clear_nomap())', () => {
    const mapped = (r: ReturnType<typeof simulate>) => Object.values(r.linearMap!.histogram).reduce((a, b) => a + b, 0n)
    const runs = sim({
      memory: [{ base: '0x40000000', size: '1G' }, { base: '0x80000000', size: '64M', nomap: true }],
      initrd: { base: '0x80000000', size: '0xf13d8' },
      kernels: ['5.10', '6.12'],
      cmdline: 'rodata=off',
    })
    for (const r of runs) expect(mapped(r)).toBe(G + 0xf2000n)
  })
  it("initrd= with a start and a size replaces the device tree's initrd (early_initrdmem() runs after setup_machine_fdt())", () => {
    const initrds = (r: ReturnType<typeof simulate>) => r.reserved.filter((x) => x.owner === 'initrd').map((x) => [x.base, x.size])
    for (const kernel of ['5.10', '6.12', '7.2']) {
      const [dt] = sim({ ramSize: '4G', kernels: [kernel], cmdline: 'crashkernel=256M' })
      expect(initrds(dt!)).toEqual([[0x48000000n, 0xf2000n]])
      const [moved] = sim({ ramSize: '4G', kernels: [kernel], cmdline: 'initrd=0x50000000,0x800001 crashkernel=256M' })
      expect(initrds(moved!)).toEqual([[0x50000000n, 0x801000n]])
      // A path (the EFI stub's initrd=) is no start and size: the device tree's stays.
      const [path] = sim({ ramSize: '4G', kernels: [kernel], cmdline: 'initrd=\\initrd.img crashkernel=256M' })
      expect(initrds(path!)).toEqual([[0x48000000n, 0xf2000n]])
      // A size of 0: no initrd at all.
      const [none] = sim({ ramSize: '4G', kernels: [kernel], cmdline: 'initrd=0x50000000,0 crashkernel=256M' })
      expect(initrds(none!)).toEqual([])
    }
  })
  it('a kernel loaded above the linear region keeps its memory: memstart_addr moves up and the bottom goes', () => {
    // 6.12's Image (0x2500000 bytes) at 272 GiB: memory ends at _end, memstart_addr becomes
    // round_up(_end - 256 GiB, 1 GiB) = 17 GiB, and the initrd at 0x48000000, below it, is
    // dropped (the WARN) rather than reserved.
    const [r] = sim({ memory: [{ base: '0x40000000', size: '300G' }], vaBits: 39, image: { base: '0x4400000000' }, kernels: ['6.12'], cmdline: 'crashkernel=256M' })
    expect(r!.systemRam).toBe(0x4402500000n - 17n * G)
    expect(r!.reserved.some((x) => x.owner === 'initrd' || x.base === 0x48000000n)).toBe(false)
  })
  it('memory at and above 2^PA_BITS goes first, though a 52-bit VA linear region would cover it (64K pages, 48-bit PA)', () => {
    const [r] = sim({ memory: [{ base: '0x40000000', size: '4G' }, { base: '0x1000000000000', size: '1G' }], paBits: 48, vaBits: 52, pageSize: '64K', kernels: ['6.12'], cmdline: 'crashkernel=256M' })
    expect(r!.systemRam).toBe(4n * G)
  })
  it('with 64K pages and 1 GiB sections (5.10) memstart_addr is 1 GiB aligned: RAM from 512 MiB maps [16G, 32G) with contiguous PMDs', () => {
    // alloc_init_cont_pmd() sets PTE_CONT where VA and PA are both CONT_PMD_SIZE (16 GiB)
    // aligned. 5.10: memstart_addr = 0, VA - PAGE_OFFSET = PA, and [16G, 32G) lies in RAM
    // [0.5G, 32.25G). 6.1 (512 MiB sections): memstart_addr = 512 MiB, VA and PA are never
    // aligned together.
    const [v510, v61] = sim({ memory: [{ base: '0x20000000', size: '0x7f0000000' }], image: { base: '0x20200000' }, pageSize: '64K', kernels: ['5.10', '6.1'], cmdline: 'rodata=off' })
    expect(v510!.linearMap!.histogram['512M-cont']).toBe(16n * G)
    expect(v61!.linearMap!.histogram['512M-cont'] ?? 0n).toBe(0n)
  })
})

describe('setup_machine_fdt(): DT memory banks in whole pages', () => {
  // early_init_dt_add_memory_arch() (drivers/of/fdt.c, v6.12.117): an unaligned base is
  // PAGE_ALIGN()ed up (the size shrinks by the same amount), then the size is PAGE_MASKed, so
  // the bank keeps [round_up(base), round_down(base + size)).
  const G = 1n << 30n
  const layoutOf = (memory: Array<{ base: string; size: string }>) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory, kernels: ['6.12'], cmdline: 'crashkernel=256M' }] } as never)
    expect(decoded.problems).toEqual([])
    return decoded.layouts[0]!.layout
  }
  it('a ragged end loses its partial page', () => {
    expect(simulate(layoutOf([{ base: '0x40000000', size: '0xfffff800' }])).systemRam).toBe(4n * G - 0x1000n)
  })
  it('an unaligned base (which the matrix decoder refuses, so straight into the engine) moves up to the next page', () => {
    const layout = layoutOf([{ base: '0x40000000', size: '4G' }])
    const r = simulate({ ...layout, memory: [{ base: 0x40000800n, size: 4n * G - 0x800n }] })
    expect(r.memory[0]!.base).toBe(0x40001000n)
    expect(r.systemRam).toBe(4n * G - 0x1000n)
  })
})

describe("arm64_memblock_init(): the initrd's page-rounded range against [start of DRAM, + linear region]", () => {
  // arch/arm64/mm/init.c arm64_memblock_init (v5.10.223, v6.12.117): base = start & PAGE_MASK,
  // size = PAGE_ALIGN(start + size) - base; it is WARNed about and dropped only when
  // base < memblock_start_of_DRAM() or base + size > memblock_start_of_DRAM() +
  // linear_region_size (both bounds inclusive), otherwise added back (NOMAP cleared) and reserved.
  const G = 1n << 30n
  const M = 1n << 20n
  const sim = (board: Record<string, unknown>) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M', ...board }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it('an unaligned initrd is reserved from its page down to the page past its end', () => {
    const r = sim({ ramSize: '4G', initrd: { base: '0x48000800', size: '0x1000' } })
    expect(r.reserved).toContainEqual(expect.objectContaining({ base: 0x48000000n, size: 0x2000n, owner: 'initrd' }))
  })
  it('an initrd at the very start of DRAM is kept', () => {
    const r = sim({ ramSize: '4G', initrd: { base: '0x40000000', size: '0x100000' } })
    expect(r.reserved).toContainEqual(expect.objectContaining({ base: 0x40000000n, size: 0x100000n, owner: 'initrd' }))
  })
  it('an initrd ending exactly at start of DRAM + linear region is kept, and its no-map pages lose NOMAP', () => {
    // 39-bit VA: 256 GiB of linear region from 1 GiB; the last 64 MiB below 257 GiB are a
    // no-map bank, the initrd its top MiB. Linear-mapped: the normal bank and the initrd.
    const r = sim({
      memory: [{ base: '0x40000000', size: '0x3ffc000000' }, { base: '0x403c000000', size: '0xb04000000', nomap: true }],
      vaBits: 39,
      initrd: { base: '0x403ff00000', size: '0x100000' },
      cmdline: 'rodata=off',
    })
    const mapped = Object.values(r.linearMap!.histogram).reduce((a, b) => a + b, 0n)
    expect(mapped).toBe(256n * G - 64n * M + M)
  })
  it('the bound is the start of DRAM, not memstart_addr: an initrd above the trimmed memory but within it is added back', () => {
    // RAM from 1.5 GiB: memstart_addr = 1 GiB (ARM64_MEMSTART_ALIGN), memory above 1 + 256 GiB
    // goes, and an initrd at 257 GiB still ends below 1.5 + 256 GiB: memblock_add() puts its
    // MiB back into memory.
    const r = sim({
      memory: [{ base: '0x60000000', size: '300G' }],
      vaBits: 39,
      image: { base: '0x60200000' },
      dtb: { base: '0x68200000', size: '0x100000' },
      initrd: { base: '0x4040000000', size: '0x100000' },
    })
    expect(r.systemRam).toBe(256n * G - G / 2n + M)
  })
})

describe("unflatten_device_tree()'s late /reserved-memory pass (6.12.13+)", () => {
  it('says so when the DT has no reserved-memory node, as the 6.12 and 7.2 oracle boots print before the tree is unflattened', () => {
    const said = (kernel: string) => {
      const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline: 'crashkernel=256M' }] } as never)
      expect(decoded.problems).toEqual([])
      return lines(simulate(decoded.layouts[0]!.layout), /No reserved-memory node/)
    }
    expect(said('5.10')).toEqual([])
    expect(said('6.1')).toEqual([])
    for (const k of ['6.12', '7.2']) expect(said(k)).toEqual(['OF: reserved mem: Reserved memory: No reserved-memory node in the DT'])
  })
})

describe('an ACPI boot ("acpi": true): no device tree is unflattened, the firmware reserves from the EFI map', () => {
  // setup_arch() calls unflatten_device_tree() only `if (acpi_disabled)`
  // (arch/arm64/kernel/setup.c@v6.12.117:342-343); efi_init()'s reserve_regions() reserves
  // silently (drivers/firmware/efi/efi-init.c@v7.1.3:158-229). Real boots:
  // test/boots/cmdline-size/arm64-7.1.3-4G-efi-*.
  const board = (kernel: string, acpi: boolean) =>
    ({
      id: 'v',
      extends: 'qemu-virt-arm64',
      ramSize: '4G',
      kernels: [kernel],
      cmdline: 'crashkernel=256M',
      acpi,
      reservations: [
        { kind: 'fixed', name: 'acpi-reclaim', base: '0x139770000', size: '0x10000' },
        { kind: 'fixed', name: 'efi-runtime', base: '0x13c440000', size: '0x2f0000', nomap: true },
      ],
    }) as Board
  const run = (kernel: string, acpi: boolean) => {
    const decoded = decodeMatrix({ version: 1, boards: [board(kernel, acpi)] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it.each(['5.10', '6.1', '6.12', '7.2'])('%s: no OF: line, no unflattened tree, the same regions reserved and no-map', (kernel) => {
    const dt = run(kernel, false)
    const acpi = run(kernel, true)
    expect(lines(acpi, /^OF: /)).toEqual([])
    // ≤6.1 print nothing for a static node; 6.12+ a line each: fdt_init_reserved_mem_node()'s
    // "%pa..%pa (%lu KiB) %s %s %s" (drivers/of/of_reserved_mem.c@v6.12.117:618-622,
    // v7.2.13:669), hand-derived from the two nodes above: 0x10000 bytes = 64 KiB and
    // 0x2f0000 bytes = 3008 KiB, ends inclusive. (v6.1.192 and v5.10.223 have no such line.)
    const ofLines = kernel === '6.12' || kernel === '7.2'
      ? [
          'OF: reserved mem: 0x0000000139770000..0x000000013977ffff (64 KiB) map non-reusable acpi-reclaim',
          'OF: reserved mem: 0x000000013c440000..0x000000013c72ffff (3008 KiB) nomap non-reusable efi-runtime',
        ]
      : []
    expect(lines(dt, /^OF: /)).toEqual(ofLines)
    expect(owners(acpi).filter((o) => o === 'unflatten_device_tree')).toEqual([])
    // One unflattened tree: unflatten_device_tree() allocates it once (drivers/of/fdt.c).
    expect(owners(dt).filter((o) => o === 'unflatten_device_tree')).toEqual(['unflatten_device_tree'])
    // What the firmware keeps is kept either way: reserved, and the runtime region no-map.
    const has = (r: typeof dt, base: bigint, size: bigint) => r.reserved.some((x) => x.base <= base && base + size <= x.base + x.size)
    expect(has(acpi, 0x139770000n, 0x10000n)).toBe(true)
    const nomap = (r: typeof dt) => r.memory.filter((m) => m.flags !== 0).map((m) => [m.base, m.size])
    expect(nomap(acpi)).toEqual([[0x13c440000n, 0x2f0000n]])
    expect(acpi.crashkernel.kind).toBe('reserved')
  })
})

describe('a device tree booted through the EFI stub: efi_init() reserves the `efi` regions', () => {
  // arch/arm64/kernel/setup.c@v6.12.117:324-333 (v5.10.223:326-331): efi_init() before
  // arm64_memblock_init(); the map and the configuration tables are memblock_reserve()d
  // silently (drivers/firmware/efi/efi-init.c), not read from /reserved-memory.
  const run = (kernel: string, efi: boolean) => {
    const reservations = [{ kind: 'fixed', name: 'efi-map', base: '0x13fe00000', size: '0x2000', ...(efi && { efi: true }) }]
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline: 'crashkernel=256M', reservations }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it.each(['6.12', '7.2'])('%s: reserved, with no OF: line (a /reserved-memory node has one)', (kernel) => {
    const efi = run(kernel, true)
    expect(lines(efi, /13fe00000/)).toEqual([])
    expect(efi.reserved.some((x) => x.base <= 0x13fe00000n && 0x13fe02000n <= x.base + x.size)).toBe(true)
    expect(lines(run(kernel, false), /13fe00000/)).toHaveLength(1)
  })
})

describe('arm64 dynamic no-map reserved memory', () => {
  it('5.10 finds it and removes it from memory; 6.1+ reserves it and flags it NOMAP (still RAM)', () => {
    const ram = (kernel: string) => {
      const decoded = decodeMatrix({
        version: 1,
        boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline: 'crashkernel=256M', reservations: [{ kind: 'dynamic', name: 'fw', size: '64M', nomap: true }] }],
      } as never)
      expect(decoded.problems).toEqual([])
      return simulate(decoded.layouts[0]!.layout).systemRam
    }
    expect(ram('5.10')).toBe(4096n * (1n << 20n) - 64n * (1n << 20n))
    expect(ram('6.1')).toBe(4096n * (1n << 20n))
    expect(ram('6.12')).toBe(4096n * (1n << 20n))
  })
})

/** QEMU virt with 4 GiB at 1 GiB, crashkernel=256M, on `kernel` with `pageSize` pages. */
function virt(kernel: string, pageSize: string) {
  const decoded = decodeMatrix({
    version: 1,
    boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory: [{ base: '0x40000000', size: '4G' }], kernels: [kernel], pageSize, cmdline: 'crashkernel=256M' }],
  } as never)
  expect(decoded.problems).toEqual([])
  return simulate(decoded.layouts[0]!.layout)
}

describe('the CMA alignment follows the granule', () => {
  // 64K pages: the default CMA area is placed 512 MiB aligned, and so on by granule.
  const cmaBase = (r: ReturnType<typeof virt>) => BigInt(/^cma: Reserved \d+ MiB at (0x[0-9a-f]+)/.exec(r.trace.map((t) => t.text).find((t) => t.startsWith('cma: Reserved'))!)![1]!)
  // Top-down under 4 GiB: the highest base that fits 64 MiB under the DMA limit, except with
  // 16K pages on 6.12, where sparse_init() has already kept the memmap's 16 MiB at
  // 0xfe000000 (the rest of its 1 GiB buffer is freed): the 6.12.117 16K boot in
  // test/boots/arm64-16k printed "cma: Reserved 64 MiB at 0x00000000fa000000".
  const highest = (align: bigint): bigint => ((1n << 32n) - (64n << 20n)) / align * align
  it.each([
    ['6.12', '4K', 2n << 20n, highest(2n << 20n)],
    ['6.12', '16K', 32n << 20n, 0xfa000000n],
    ['6.12', '64K', 512n << 20n, highest(512n << 20n)],
    ['5.10', '4K', 4n << 20n, highest(4n << 20n)],
    ['5.10', '64K', 512n << 20n, highest(512n << 20n)],
  ])('%s with %s pages: CMA at a multiple of %d bytes', (kernel, pageSize, align, expected) => {
    const base = cmaBase(virt(kernel, pageSize))
    expect(base % align).toBe(0n)
    expect(base).toBe(expected)
  })
})

describe("sparse_init()'s memmap follows the granule", () => {
  const reserved = (kernel: string, pageSize: string) => virt(kernel, pageSize).reserved
  it("64K on 6.12: the 8 × 512 MiB buffer (all of RAM) fails, so each of the 64 memmap pages and the PTE table is its own page; the PMD table is the fixmap's", () => {
    // As the 6.12 64K boot in test/boots/arm64-custom allocated them: 65 pages, the PMD
    // table of the top 4 TiB being bm_pmd (the fixmap's, static).
    const r = reserved('6.12', '64K')
    expect(r.some((x) => x.owner === 'memmap')).toBe(false)
    expect(r).toContainEqual(expect.objectContaining({ owner: 'vmemmap', size: 65n * 0x10000n }))
  })
  it("two banks with a hole between them need no more vmemmap tables than one: the second bank's memmap lies in the first's table spans", () => {
    // vmemmap_populate() allocates a table (vmemmap_pud_populate(), vmemmap_pmd_populate())
    // only where the entry is still none, so sections share them. RAM [1G, 2G) + [3G, 5G):
    // 4K pages, the memmaps are vmemmap [+0, +16M) and [+32M, +64M), one 1 GiB PMD-table span
    // and one 512 GiB PUD-table span: a PMD and a PUD table. 16K pages: [+0, +4M) and
    // [+8M, +16M), one 32 MiB PTE-table span and one 64 GiB PMD-table span.
    const vmemmap = (pageSize: string) => {
      const decoded = decodeMatrix({
        version: 1,
        boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory: [{ base: '0x40000000', size: '1G' }, { base: '0xc0000000', size: '2G' }], kernels: ['6.12'], pageSize, cmdline: 'crashkernel=256M' }],
      } as never)
      expect(decoded.problems).toEqual([])
      return simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.owner === 'vmemmap').map((x) => x.size)
    }
    expect(vmemmap('4K')).toEqual([2n * 0x1000n])
    expect(vmemmap('16K')).toEqual([2n * 0x4000n])
  })
  it('6.17+: 8 usemap bits per pageblock (CONFIG_MEMORY_ISOLATION, which Debian\'s MEMORY_HOTPLUG selects), 4 before', () => {
    // include/linux/pageblock-flags.h@v6.17.8 adds PB_migrate_isolate (5 bits, rounded up to 8);
    // v6.16.3 has 4. 4 GiB of 4K pages: 32 sections of 64 pageblocks, so the usemaps grow by
    // 32 × 64 × 4 bits = 1 KiB, with or without CONFIG_CMA (MEMORY_HOTPLUG selects the isolation
    // too: mm/Kconfig@v6.17.8:512). The releases boots of 6.17.8 show the 0x1b00-byte usemaps.
    const usemaps = (release: string, CMA: boolean) => {
      const kernels = [{ release, imageSize: '0x2f00000' }]
      const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels, config: { CMA }, cmdline: 'crashkernel=256M' }] } as never)
      expect(decoded.problems).toEqual([])
      return simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.owner === 'usemap').map((x) => x.size)
    }
    expect([usemaps('6.16.3', true), usemaps('6.17.8', true), usemaps('6.17.8', false)]).toEqual([[0x1700n], [0x1b00n], [0x1b00n]])
  })
  it('a section two banks share is present once: its memmap is counted once', () => {
    // memblocks_present() marks sections present; sparse_init() walks present sections
    // (mm/sparse.c, v6.12.117). 64 MiB at 1 GiB and [1 GiB + 96 MiB, 5 GiB) share the 128 MiB
    // section at 1 GiB: 32 sections, a 64 MiB memmap buffer (2 MiB each).
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory: [{ base: '0x40000000', size: '64M' }, { base: '0x46000000', size: '0xfa000000' }], kernels: ['6.12'], cmdline: 'crashkernel=256M' }],
    } as never)
    expect(decoded.problems).toEqual([])
    const memmap = simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.owner === 'memmap')
    expect(memmap.map((x) => x.size)).toEqual([64n << 20n])
  })
  it('two banks in one mem_section root allocate it once: [1G, 2G) + [3G, 5G) costs what [2G, 5G) does', () => {
    // sparse_index_init() allocates a root's section array only while mem_section[root] is
    // NULL (mm/sparse.c, v6.12.117); both layouts have 24 sections in root 0 and end at 5 GiB,
    // so everything from the crash region up (memmap, vmemmap, usemaps, roots, NODE_DATA, the
    // unflattened tree) must land alike.
    const run = (board: Record<string, unknown>) => {
      const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M', ...board }] } as never)
      expect(decoded.problems).toEqual([])
      return simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.base >= 0xec000000n && x.owner !== 'early_pgtable_alloc:map_mem')
    }
    const two = run({ memory: [{ base: '0x40000000', size: '1G' }, { base: '0xc0000000', size: '2G' }] })
    const one = run({ memory: [{ base: '0x80000000', size: '3G' }], image: { base: '0x80200000' }, initrd: { base: '0x88000000', size: '0xf13d8' }, dtb: { base: '0x88200000', size: '0x100000' } })
    expect(two).toEqual(one)
  })
  it("a bank far above memstart_addr has its memmap where vmemmap puts it: (pfn - memstart_addr's pfn) struct pages up", () => {
    // arm64's vmemmap is VMEMMAP_START - (memstart_addr >> PAGE_SHIFT) struct pages
    // (arch/arm64/include/asm/pgtable.h, v6.12.117). RAM [1G, 2G) + [64G - 128M, 64G + 128M),
    // 4K pages: the second bank's memmap is [1008M - 2M, 1008M + 2M) into the vmemmap, inside
    // the first 1 GiB PMD-table span with the first bank's; counted from PA 0 it would cross
    // into the next one (and the next PUD table's span).
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory: [{ base: '0x40000000', size: '1G' }, { base: '0xff8000000', size: '256M' }], kernels: ['6.12'], cmdline: 'crashkernel=256M' }],
    } as never)
    expect(decoded.problems).toEqual([])
    const vmemmap = simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.owner === 'vmemmap').map((x) => x.size)
    expect(vmemmap).toEqual([2n * 0x1000n])
  })
  it('4K on 5.10 when no bank holds the memmap buffer: each 2 MiB block from memblock, PMD_SIZE aligned; the first block uses the fixmap\'s tables', () => {
    // 132 MiB at 1 GiB and 64 MiB at each of 2 … 9 GiB: 9 one-GiB sections, a 144 MiB buffer
    // that fits nowhere (mm/sparse.c sparse_buffer_init, v5.10.223). vmemmap_populate()
    // (arch/arm64/mm/mmu.c) then takes each PMD block through vmemmap_alloc_block_buf() →
    // vmemmap_alloc_block() → __earlyonly_bootmem_alloc(size, align = size), top-down. The
    // memmap is vmemmap [+0, +144M): its first 2 MiB lie in the 1 GiB and 512 GiB blocks of
    // the fixmap, which early_fixmap_init() gave bm_pud and bm_pmd; the rest needs one PUD
    // and one PMD table, single pages.
    const memory = [{ base: '0x40000000', size: '0x8400000' }, ...[2n, 3n, 4n, 5n, 6n, 7n, 8n, 9n].map((g) => ({ base: `0x${(g << 30n).toString(16)}`, size: '64M' }))]
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory, kernels: ['5.10'], cmdline: 'crashkernel=64M' }] } as never)
    expect(decoded.problems).toEqual([])
    const r = simulate(decoded.layouts[0]!.layout)
    expect(r.reserved.some((x) => x.owner === 'memmap')).toBe(false)
    // 72 blocks top-down through the banks at 9, 8 and 7 GiB (the top 2 MiB of the 9 GiB
    // bank already holds paging_init()'s tables, the tree and the usemaps), and the two
    // table pages.
    expect(r.reserved.filter((x) => x.owner === 'vmemmap').map((x) => [x.base, x.size])).toEqual([
      [0x1c2e00000n, 18n << 20n],
      [0x200000000n, 64n << 20n],
      [0x240000000n, 62n << 20n],
      [0x243ea3000n, 0x2000n],
    ])
  })
  it('memory ending exactly at a mem_section root boundary touches that root only: [1G, 32G) lands as [0, 31G) does', () => {
    // SECTIONS_PER_ROOT = PAGE_SIZE / sizeof(struct mem_section) = 256 sections of 128 MiB:
    // root 0 is [0, 32G) (mm/sparse.c SECTION_NR_TO_ROOT, v6.12.117). Both layouts have 248
    // sections in root 0 alone, so from the memmap up both land alike, counted from the end
    // of DRAM.
    const fromTop = (base: string) => {
      const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', memory: [{ base, size: '31G' }], kernels: ['6.12'], cmdline: 'crashkernel=256M' }] } as never)
      expect(decoded.problems).toEqual([])
      const end = BigInt(base) + (31n << 30n)
      return simulate(decoded.layouts[0]!.layout).reserved.filter((x) => x.base >= 4n << 30n).map((x) => [end - x.base, x.size, x.owner])
    }
    expect(fromTop('0x40000000')).toEqual(fromTop('0x0'))
  })
  it('64K on 5.10: 1 GiB sections take 512 MiB each of the buffer; 1 MiB of each is used and the rest freed', () => {
    const r = reserved('5.10', '64K')
    const memmap = r.filter((x) => x.owner === 'memmap')
    expect(memmap).toHaveLength(1)
    expect(memmap[0]!.size).toBe(4n << 20n)
    expect(memmap[0]!.base % (512n << 20n)).toBe(0n)
  })
  it('4K on 6.12: the buffer is used whole (2 MiB of struct pages per 128 MiB section)', () => {
    const r = reserved('6.12', '4K')
    const memmap = r.filter((x) => x.owner === 'memmap')
    expect(memmap.map((x) => x.size)).toEqual([64n << 20n])
  })
})

describe("the kernel's read-only linear alias ends at the build's __init_begin", () => {
  // The 6.12 "nodma" build of test/boots/arm64-custom: _text at 0x40200000, __init_begin at
  // 0x40cd0000 (/proc/iomem "40200000-40ccffff : Kernel code"). Its page-table dump shows
  // map_mem()'s alias as 10M of 2M blocks, [0x40200000, 0x40c00000), and the rest of it in
  // pages; with Debian's __init_begin (0x1d30000 past _text) it would be 28M.
  const twoM = (image: Record<string, string>) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], image, cmdline: 'rodata=off' }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout).linearMap!.histogram['2M']
  }
  it('10M of 2M blocks with the build\'s 0xad0000, 28M with the profile\'s', () => {
    expect(twoM({ base: '0x40200000', codeSize: '0xad0000' })).toBe(10n << 20n)
    expect(twoM({ base: '0x40200000' })).toBe(28n << 20n)
  })
})

describe('where the crash reservation runs', () => {
  const run = (kernel: string, ramSize: string, config: Record<string, boolean> = {}) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize, kernels: [kernel], config, cmdline: 'crashkernel=256M' }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  const cmaOrCrash = (r: ReturnType<typeof run>) => lines(r, /^(cma: Reserved|crashkernel reserved)/)
  it('5.10.0 – 5.10.21: in arm64_memblock_init() below arm64_dma32_phys_limit, the default CMA area once, after it and below it', () => {
    // arm64_memblock_init() of that era: reserve_crashkernel() (memblock_find_in_range(0,
    // arm64_dma32_phys_limit, ...), top-down), then dma_contiguous_reserve(arm64_dma32_phys_limit)
    // at its end; bootmem_init() reserved no CMA (the 5.10.22 backport of 0a30c53573b0 moved it
    // there, LKML "arm64: mm: Move reserve_crashkernel() into mem_init()").
    expect(cmaOrCrash(run('5.10.20', '4G'))).toEqual([
      'crashkernel reserved: 0x00000000f0000000 - 0x0000000100000000 (256 MB)',
      'cma: Reserved 64 MiB at 0x00000000ec000000',
    ])
  })
  it('5.18 – 6.3: ZONE_DMA32 alone defers it to bootmem_init() under max_zone_phys(32); with no DMA zone it runs early, unlimited', () => {
    // arch/arm64/mm/init.c v6.1.192: arm64_memblock_init() reserves only when neither
    // CONFIG_ZONE_DMA nor CONFIG_ZONE_DMA32 is set (arm64_dma_phys_limit = PHYS_MASK + 1),
    // bootmem_init() when either is, after zone_sizes_init() set arm64_dma_phys_limit to the
    // DMA32 limit (no ZONE_DMA).
    const dma32 = run('6.1', '8G', { ZONE_DMA: false })
    expect(dma32.lowMax).toBe(1n << 32n)
    expect(cmaOrCrash(dma32)).toEqual(['cma: Reserved 64 MiB at 0x00000000fc000000', 'crashkernel reserved: 0x00000000ec000000 - 0x00000000fc000000 (256 MB)'])
    const none = run('6.1', '8G', { ZONE_DMA: false, ZONE_DMA32: false })
    expect(none.lowMax).toBe(1n << 48n)
    expect(cmaOrCrash(none)[0]).toBe('crashkernel reserved: 0x0000000230000000 - 0x0000000240000000 (256 MB)')
  })
})

describe('the crash regions in the linear map', () => {
  const run = (kernel: string, cmdline: string, extra: Record<string, unknown> = {}) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '8G', kernels: [kernel], cmdline, ...extra }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  const M = 1n << 20n
  it('an early reservation (6.1 without DMA zones) is mapped in base pages among block mappings', () => {
    // arch/arm64/mm/mmu.c map_mem (v6.1.192): with crashkernel= and no deferral, the region is
    // marked NOMAP for the main pass and mapped on its own with NO_BLOCK_MAPPINGS |
    // NO_CONT_MAPPINGS; the rest of memory keeps its blocks (rodata=off).
    const r = run('6.1', 'crashkernel=256M rodata=off', { config: { ZONE_DMA: false, ZONE_DMA32: false } })
    expect(r.linearMap!.crashHistogram).toEqual([{ '4K': 256n * M }])
    expect(r.linearMap!.histogram['1G']).toBeGreaterThan(0n)
  })
  it('with 16K pages the page-mapped region is one of 16K pages, which arch_kexec_protect_crashkres() can unmap (6.1)', () => {
    // 6.1 defers the reservation and crash_mem_map maps all memory with NO_BLOCK_MAPPINGS
    // (map_mem, v6.1.192); arch/arm64/kernel/machine_kexec.c arch_kexec_protect_crashkres.
    const r = run('6.1', 'crashkernel=256M', { pageSize: '16K' })
    expect(r.linearMap!.crashHistogram).toEqual([{ '16K': 256n * M }])
    expect(r.protection.available).toBe(true)
  })
  it('crashkernel=,high with its default low region: the histograms come in address order, low first', () => {
    // kernel/crash_reserve.c (v6.12.117): the 128 MiB low region goes below CRASH_ADDR_LOW_MAX
    // (4 GiB here), under the main region placed high.
    const r = run('6.12', 'crashkernel=512M,high rodata=off')
    const sums = r.linearMap!.crashHistogram.map((h) => Object.values(h).reduce((a, b) => a + b, 0n))
    expect(sums).toEqual([128n * M, 512n * M])
  })
  it('5.10.110+: a crashkernel= that only parse_crashkernel() sees leaves the region block-mapped, and kexec -p hits a BUG_ON()', () => {
    // get_last_crashkernel() finds "crashkernel=" anywhere (strstr, kernel/crash_core.c
    // v5.10.223), the early param only as a parameter of its own, so crash_mem_map stays false
    // (arch/arm64/mm/mmu.c:481-494, 516-523) and rodata=off leaves blocks; set_memory_valid()
    // then meets a 1 GiB block, where 5.10's apply_to_pmd_range() has BUG_ON(pud_huge())
    // (mm/memory.c: apply_to_page_range() walks with create = true).
    const r = run('5.10', 'xcrashkernel=256M rodata=off')
    expect(r.crashkernel.kind).toBe('reserved')
    expect(r.linearMap!.crashHistogram).toEqual([{ '1G': 256n * M }])
    expect(r.protection).toEqual({ available: false, why: expect.stringMatching(/^arch_kexec_protect_crashkres\(\) exists but the crash region is block-mapped: .*BUG_ON\(pud_huge\(\)\)/) })
  })
  it('protection reads crashk_res alone: a block-mapped low region does not defeat it (what-if early below 4G)', () => {
    // The what-if reserves early on the 6.1 code, so map_mem() page-maps crashk_res alone
    // (arch/arm64/mm/mmu.c map_mem, v6.1.192:613-618, 655-664) and the ,low region keeps the
    // banks' blocks (rodata=off). arch_kexec_protect_crashkres() only unmaps the crash image's
    // segments (arch/arm64/kernel/machine_kexec.c:268-276), and kexec_load() refuses any
    // segment outside crashk_res (sanity_check_segment_list(), kernel/kexec_core.c:239-250).
    const r = run('6.1', 'crashkernel=512M,high crashkernel=128M,low rodata=off', { kernels: [{ release: '6.1', policy: 'whatif-bhe-4g-low-end' }] })
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x220000000n }, low: { base: 0xf8000000n } })
    expect(r.linearMap!.crashHistogram).toEqual([{ '1G': 128n * M }, { '4K': 512n * M }])
    expect(r.protection.available).toBe(true)
  })
})

describe("arm64_memblock_init() reserves the image from where map_mem()'s alias starts", () => {
  // _stext on 5.11 – 6.12.53 and 6.13 – 6.17.3 (the 64K head left free; every 6.1
  // memblock=debug boot), _text before and after: e2a073dde921 "arm64: omit [_text, _stext)
  // from permanent kernel mapping" is in the arm64 pull for 5.11 and moved memblock_reserve()
  // and map_mem() to _stext; 5.10.223 still reserves from _text (arch/arm64/mm/init.c
  // arm64_memblock_init, v5.10.223 vs v6.1.192); 5973a62efa34 moved both back (6.12-stable
  // review for 6.12.54 and 6.17-stable review for 6.17.4; 6.12.117 reserves from _text).
  it.each([
    ['5.10', true],
    ['5.15.0', false],
    ['5.19.0', false],
    ['6.1', false],
    ['6.2.0', false],
    ['6.8.12', false],
    ['6.12.53', false],
    ['6.12.54', true],
    ['6.12', true],
    ['6.13.0', false],
    ['6.17.3', false],
    ['6.17.4', true],
    ['6.18.0', true],
  ] as const)('%s: _text reserved %s', (kernel, textReserved) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'virt', extends: 'qemu-virt-arm64', kernels: [kernel], image: { base: '0x40200000', size: '0x2500000' }, cmdline: 'crashkernel=256M' }] } as never)
    expect(decoded.problems).toEqual([])
    const layout = decoded.layouts[0]!.layout
    const text = layout.image.base
    expect(simulate(layout).reserved.some((x) => x.base <= text && text < x.base + x.size)).toBe(textReserved)
  })
})

describe('arm64 /memory banks through early_init_dt_add_memory_arch() (drivers/of/fdt.c)', () => {
  // The board format takes page-aligned banks only; an engine caller may give any.
  const layout = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M' }] } as never).layouts[0]!.layout
  const withBank = (base: bigint, size: bigint) => simulate({ ...layout, memory: [...layout.memory, { base, size }] })
  it('a bank smaller than the rest of its first page is "Ignoring memory block" and adds nothing', () => {
    const r = withBank(0x200000800n, 0x7ffn)
    expect(r.trace).toContainEqual({ level: 'warn', source: 'of', text: 'OF: fdt: Ignoring memory block 0x200000800 - 0x200000fff' })
    expect(r.memory).toEqual(simulate(layout).memory)
  })
  it('an unaligned bank keeps its whole pages, silently', () => {
    const r = withBank(0x200000800n, 0x2000n)
    expect(r.memory.at(-1)).toMatchObject({ base: 0x200001000n, size: 0x1000n })
    expect(r.trace.some((t) => t.text.includes('Ignoring'))).toBe(false)
  })
})

describe('where the zone lines come', () => {
  // free_area_init() is bootmem_init()'s before the deferred reservation up to 6.19
  // (arch/arm64/mm/init.c@v6.19.6); from 7.0 mm_core_init_early() runs it after setup_arch()
  // (mm/mm_init.c@v7.0.4), as test/boots/arm64-crashkernel/arm64-7.2-1G-high-only prints
  // "Zone ranges:" after "crashkernel reserved:", and with them the lines free_area_init() prints.
  const order = (kernel: string) => {
    // kernelcore=mirror on a board without mirrored memory: find_zone_movable_pfns_for_nodes()'s
    // warning is the line of free_area_init() the trace carries (the zone block is zoneLines).
    const cmdline = 'crashkernel=256M,high kernelcore=mirror'
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'v', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: [kernel], cmdline }] } as never)
    expect(decoded.problems).toEqual([])
    const texts = simulate(decoded.layouts[0]!.layout).trace.map((t) => t.text)
    const zone = texts.findIndex((t) => t.includes('no mirror memory'))
    const crash = texts.findIndex((t) => t.startsWith('crashkernel reserved:'))
    expect([zone >= 0, crash >= 0]).toEqual([true, true])
    return zone < crash ? 'zones first' : 'crash first'
  }
  it('6.12: the zone lines before the crash reservation; 7.2: after it', () => {
    expect([order('6.12'), order('7.2')]).toEqual(['zones first', 'crash first'])
  })
})

// test/boots/releases/arm64-7.3.4-plain-4G-ckcma: "cma: Reserved 128 MiB at 0x0000000100000000"
// then "crashkernel CMA reserved: 128 MB in 1 ranges", after the main reservation.
describe('arm64 7.3 crashkernel=X,cma', () => {
  const virt = (kernel: string, cmdline: string) => {
    const decoded = decodeMatrix({ version: 1, boards: [{ id: 'virt', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline }] } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it('the result carries the area the kernel reserved; 7.2 reads no ,cma size', () => {
    const r = virt('7.3', 'crashkernel=256M crashkernel=128M,cma')
    expect(lines(r, /crashkernel|^cma: Reserved 128/)).toEqual(['crashkernel reserved: 0x00000000ec000000 - 0x00000000fc000000 (256 MB)', 'cma: Reserved 128 MiB at 0x0000000100000000', 'crashkernel CMA reserved: 128 MB in 1 ranges'])
    expect([r.request.cma, r.crashkernelCma]).toEqual([128n << 20n, { requested: 128n << 20n, reserved: 128n << 20n, ranges: [{ base: 0x100000000n, size: 128n << 20n }] }])
    const old = virt('7.2', 'crashkernel=256M crashkernel=128M,cma')
    expect(['cma' in old.request, old.crashkernelCma]).toEqual([false, undefined])
  })
})

describe('arm64.nolva (pi/idreg-override.c, 6.9+): a 52-bit kernel boots as without LPA2/LVA', () => {
  const layoutOf = (board: Partial<Board>) =>
    decodeMatrix({ version: 1, boards: [{ id: 'b', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=256M', ...board }] } as never).layouts[0]!.layout
  const policy = (kernel: string) => policyFor('arm64', kernel)!
  const bits = (board: Partial<Board>, kernel = '6.12.117') => {
    const l = idregOverrideBits(layoutOf(board), policy(kernel))
    return [l.vaBits, l.paBits]
  }
  it('4K and 16K fall back to VA_BITS_MIN and a 48-bit PA; 64K to a 48-bit VA alone', () => {
    expect(bits({ cmdline: 'crashkernel=256M arm64.nolva' })).toEqual([48, 48])
    expect(bits({ cmdline: 'arm64.nolva', pageSize: '16K' })).toEqual([47, 48])
    expect(bits({ cmdline: 'arm64.nolva', pageSize: '64K', vaBits: 52, paBits: 52 })).toEqual([48, 52])
    expect(bits({ cmdline: 'crashkernel=256M' })).toEqual([52, 52])
  })
  it('reads the tokens as __parse_cmdline() does: - as _, the explicit override, the last one, up to "--"', () => {
    // '-' becomes '_' everywhere, so the alias's '.' cannot be written '-'; the register's name can.
    expect(bits({ cmdline: 'arm64-nolva' })).toEqual([52, 52])
    expect(bits({ cmdline: 'id_aa64mmfr2.varange=0x0' })).toEqual([48, 48])
    expect(bits({ cmdline: 'id-aa64mmfr2.varange=0' })).toEqual([48, 48])
    // The filter refuses a non-zero VARange, which drops the override made before it.
    expect(bits({ cmdline: 'arm64.nolva id_aa64mmfr2.varange=1' })).toEqual([52, 52])
    expect(bits({ cmdline: 'id_aa64mmfr2.varange=junk' })).toEqual([52, 52])
    // find_field() reads one hex digit after an optional 0x (parse_hexdigit(),
    // idreg-override.c:239-251@v6.12.117), not a kstrtou64() number: "00" and "010" are
    // -EINVAL and change nothing; "f" and "0xa" are non-zero values the filter refuses.
    expect(bits({ cmdline: 'id_aa64mmfr2.varange=0X0' })).toEqual([48, 48])
    expect(bits({ cmdline: 'id_aa64mmfr2.varange=00' })).toEqual([52, 52])
    expect(bits({ cmdline: 'id_aa64mmfr2.varange=0x00' })).toEqual([52, 52])
    expect(bits({ cmdline: 'arm64.nolva id_aa64mmfr2.varange=010' })).toEqual([48, 48])
    expect(bits({ cmdline: 'arm64.nolva id_aa64mmfr2.varange=0x10' })).toEqual([48, 48])
    expect(bits({ cmdline: 'arm64.nolva id_aa64mmfr2.varange=f' })).toEqual([52, 52])
    expect(bits({ cmdline: 'arm64.nolva id_aa64mmfr2.varange=0xa' })).toEqual([52, 52])
    expect(bits({ cmdline: 'crashkernel=256M -- arm64.nolva' })).toEqual([52, 52])
    expect(bits({ cmdline: 'xarm64.nolva arm64.nolvax' })).toEqual([52, 52])
  })
  it('6.1 has no such override; a CPU without LPA2 is already at 48 bits', () => {
    expect(bits({ cmdline: 'arm64.nolva', vaBits: 52, paBits: 52, pageSize: '64K' }, '6.1.192')).toEqual([52, 52])
    expect(bits({ cmdline: 'arm64.nolva', cpu: { lpa2: false } })).toEqual([48, 48])
  })
  it('moves the 6.12 crash kernel as the boot does (test/boots/nolpa2/arm64-6.12-nolva-plain-1G-ck256M: 0x6ac00000)', () => {
    const base = (cmdline: string) => {
      const ck = simulate(layoutOf({ cmdline })).crashkernel
      return ck.kind === 'reserved' ? ck.main.base : undefined
    }
    expect(base('crashkernel=256M arm64.nolva')).toBe(0x6ac00000n)
    expect(base('crashkernel=256M')).toBe(0x6aa00000n)
  })
})

describe('arm64 5.10 crashkernel=X@Y over a no-map /reserved-memory region', () => {
  // 5.10's deferred fixed base checks memblock_is_region_memory() and
  // memblock_is_region_reserved() (arch/arm64/mm/init.c@v5.10.223:121-130); a no-map node is
  // only marked NOMAP (drivers/of/fdt.c@v5.10.223:1148-1159), so both pass and the region is
  // reserved. map_mem() skips NOMAP memory (mmu.c@v5.10.223:526-537), so the region is not in
  // the linear map and kexec -p faults loading into it (kernel/kexec_core.c@v5.10.223:876-889).
  const sim = (kernel: string, config?: Record<string, boolean>) => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [
        {
          id: 'nm',
          arch: 'arm64',
          kernels: [kernel],
          memory: [{ base: '0x40000000', size: '4G' }],
          image: { base: '0x40200000' },
          reservations: [{ kind: 'fixed', name: 'fw', base: '0x60000000', size: '0x10000000', nomap: true }],
          cmdline: 'console=ttyAMA0 crashkernel=256M@0x60000000',
          ...(config ? { config } : {}),
        },
      ],
    } as never)
    expect(decoded.problems).toEqual([])
    return simulate(decoded.layouts[0]!.layout)
  }
  it('5.10 (DMA zones, deferred): reserved, unmapped, and so not loadable, not "block-mapped"', () => {
    const r = sim('5.10')
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x60000000n, size: 0x10000000n } })
    expect(r.protection.available).toBe(false)
    expect(r.protection.why).toMatch(/no-map \(NOMAP\) memory, which map_mem\(\) leaves out of the linear map/)
    expect(r.protection.why).not.toMatch(/block-mapped/)
  })
  it('5.10 without DMA zones (early): map_mem() maps the region itself with pages, so protection works', () => {
    const r = sim('5.10', { ZONE_DMA: false, ZONE_DMA32: false })
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x60000000n } })
    expect(r.protection.available).toBe(true)
  })
  it('6.1: memblock_phys_alloc_range() skips NOMAP memory, so the fixed base fails', () => {
    expect(sim('6.1').crashkernel.kind).toBe('failed')
  })
})
