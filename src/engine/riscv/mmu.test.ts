// SPDX-License-Identifier: GPL-2.0-only
/**
 * The riscv64 page-table mirror: mode constants, best_map_size(), and the table pages a
 * linear map costs. The 4G Sv57 boot allocates exactly nine pages in setup_vm_final()
 * (memblock=debug: alloc_pmd_fixmap ×3, alloc_pte_fixmap, alloc_pmd_fixmap, alloc_pte_fixmap,
 * alloc_pmd_fixmap ×3), and sparse_init() three more for the vmemmap.
 */
import { describe, expect, it } from 'vitest'
import {
  bestMapSize,
  bestMapSizePmdOnly,
  bestMapSizePmdSteps,
  createKernelPageTable,
  createLinearMappingRange,
  createLinearMappingRangePmdOnly,
  createLinearMappingRangePmdSteps,
  kernVirtSize,
  linearHistogram,
  linearVa,
  pagingLevels,
  pgdirShift,
  swapperPgDir,
  swapperPgDirReference,
  topLeafShift,
  vmemmapPopulate,
  vmemmapStart,
  type TableAlloc,
} from './mmu.js'
import { memSectionUsageSize } from './sparse.js'

const counter = () => {
  const log: string[] = []
  const alloc: TableAlloc = (last, count) => {
    for (let k = 0; k < count; k++) log.push(last ? 'pte' : 'dir')
  }
  return { log, alloc }
}

describe('Sv39/48/57 constants', () => {
  it('PGDIR_SHIFT, KERN_VIRT_SIZE and VMEMMAP_START per mode', () => {
    expect([pagingLevels(57), pagingLevels(48), pagingLevels(39)]).toEqual([5, 4, 3])
    expect([pgdirShift(5), pgdirShift(4), pgdirShift(3)]).toEqual([48n, 39n, 30n])
    expect([kernVirtSize(5), kernVirtSize(4), kernVirtSize(3)]).toEqual([1n << 55n, 1n << 46n, 1n << 37n])
    expect(vmemmapStart(5)).toBe(0xff1c000000000000n)
    expect(vmemmapStart(4)).toBe(0xffff8d8000000000n)
    expect(vmemmapStart(3)).toBe(0xffffffc500000000n)
  })
  it('__va() of the linear map is relative to phys_ram_base', () => {
    expect(linearVa(swapperPgDir(5, 0x80000000n), 0x80060000n)).toBe(0xff60000000060000n)
  })
})

describe('best_map_size()', () => {
  const t5 = swapperPgDir(5, 0x80000000n)
  const t3 = swapperPgDir(3, 0x80000000n)
  it('6.4+: the largest aligned granule that fits; Sv39 has no PUD leaves; debug_pagealloc forces pages', () => {
    expect(bestMapSize(topLeafShift(t5.levels, false), 0xc0000000n, linearVa(t5, 0xc0000000n), 1n << 30n, false)).toBe(1n << 30n)
    expect(bestMapSize(topLeafShift(t5.levels, false), 0xc0000000n, linearVa(t5, 0xc0000000n), (1n << 30n) - 1n, false)).toBe(1n << 21n)
    expect(bestMapSize(topLeafShift(t5.levels, false), 0x80060000n, linearVa(t5, 0x80060000n), 1n << 30n, false)).toBe(1n << 12n)
    expect(bestMapSize(topLeafShift(t3.levels, false), 0xc0000000n, linearVa(t3, 0xc0000000n), 1n << 30n, false)).toBe(1n << 21n)
    expect(bestMapSize(topLeafShift(t5.levels, false), 0xc0000000n, linearVa(t5, 0xc0000000n), 1n << 30n, true)).toBe(1n << 12n)
    // P4D leaves (Sv57 only) need 512 GiB alignment of pa and va: DRAM from 0 here.
    const t0 = swapperPgDir(5, 0n)
    expect(bestMapSize(topLeafShift(t0.levels, false), 1n << 39n, linearVa(t0, 1n << 39n), 1n << 40n, false)).toBe(1n << 39n)
    expect(bestMapSize(topLeafShift(swapperPgDir(4, 0n).levels, false), 1n << 39n, 1n << 39n, 1n << 40n, false)).toBe(1n << 30n)
  })
  it('6.4 – 6.7: PGDIR_SIZE first, unguarded: 1 GiB PGD leaves on Sv39, 512 GiB on Sv48, 256 TiB on Sv57 (v6.5:668-684)', () => {
    expect([3, 4, 5].map((l) => [topLeafShift(l as 3 | 4 | 5, true), topLeafShift(l as 3 | 4 | 5, false)])).toEqual([
      [30, 21],
      [39, 30],
      [48, 39],
    ])
    expect(bestMapSize(topLeafShift(3, true), 0xc0000000n, linearVa(t3, 0xc0000000n), 1n << 30n, false)).toBe(1n << 30n)
    expect(bestMapSize(topLeafShift(3, true), 0xc0000000n, linearVa(t3, 0xc0000000n), (1n << 30n) - 1n, false)).toBe(1n << 21n)
    expect(bestMapSize(topLeafShift(4, true), 1n << 39n, 1n << 39n, 1n << 39n, false)).toBe(1n << 39n)
    expect(bestMapSize(topLeafShift(4, true), 1n << 39n, 1n << 39n, (1n << 39n) - 1n, false)).toBe(1n << 30n)
    expect(bestMapSize(topLeafShift(5, true), 1n << 48n, 1n << 48n, 1n << 48n, false)).toBe(1n << 48n)
    expect(bestMapSize(topLeafShift(5, false), 1n << 48n, 1n << 48n, 1n << 48n, false)).toBe(1n << 39n)
  })
  it('≤6.1: PMD only when the whole range is PMD aligned', () => {
    expect(bestMapSizePmdOnly(0x80200000n, 0x40000000n)).toBe(1n << 21n)
    expect(bestMapSizePmdOnly(0x80060000n, 0x40000000n)).toBe(1n << 12n)
    expect(bestMapSizePmdOnly(0x80200000n, 0x40001000n)).toBe(1n << 12n)
  })
  it('6.2 – 6.3: PMD when this step is PMD aligned and a whole PMD is left', () => {
    expect(bestMapSizePmdSteps(0x80200000n, 0x40001000n)).toBe(1n << 21n)
    expect(bestMapSizePmdSteps(0x80060000n, 0x40000000n)).toBe(1n << 12n)
    expect(bestMapSizePmdSteps(0x80200000n, 0x1ff000n)).toBe(1n << 12n)
  })
})

describe('setup_vm_final() table pages', () => {
  /** The 6.12/7.2 4G boot: OpenSBI's 384 KiB no-map, a 32 MiB image, KFENCE at 0x17fc00000. */
  function boot4G(levels: 3 | 4 | 5) {
    const t = swapperPgDir(levels, 0x80000000n)
    const c = counter()
    createLinearMappingRange(t, 0x80060000n, 0x80200000n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    createLinearMappingRange(t, 0x82200000n, 0x17fc00000n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    createLinearMappingRange(t, 0x17fe00000n, 0x180000000n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    createLinearMappingRange(t, 0x80200000n, 0x82200000n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    createLinearMappingRange(t, 0x17fc00000n, 0x17fe00000n, 1n << 12n, false, topLeafShift(t.levels, false), c.alloc)
    const linear = c.log.length
    createKernelPageTable(t, 0x2000000n, c.alloc)
    return { t, log: c.log, linear }
  }
  it('Sv57: p4d, pud, pmd, pte for the OpenSBI edge; a pmd table for the last partial GiB; a pte table for KFENCE; p4d, pud, pmd for the kernel', () => {
    const { log, linear } = boot4G(5)
    expect(log).toEqual(['dir', 'dir', 'dir', 'pte', 'dir', 'pte', 'dir', 'dir', 'dir'])
    expect(linear).toBe(6)
  })
  it('Sv48 needs one level less in each PGD entry', () => {
    expect(boot4G(4).log).toEqual(['dir', 'dir', 'pte', 'dir', 'pte', 'dir', 'dir'])
  })
  it('the granules of the 4G linear map', () => {
    expect(linearHistogram(boot4G(5).t)).toEqual({ '4K': 0x1a0000n + 0x200000n, '2M': 0x3de00000n + 0x3fc00000n + 0x200000n + 0x2000000n, '1G': 0x80000000n })
  })
  it('vmemmap_populate() for 32 sections of 128 MiB: 2 MiB of struct pages each, one p4d, pud and pmd table', () => {
    const t = swapperPgDir(5, 0x80000000n)
    const c = counter()
    for (let s = 16n; s < 48n; s++) vmemmapPopulate(t, s << 15n, 1n << 15n, 0x80000n, c.alloc)
    expect(c.log).toEqual(['dir', 'dir', 'dir'])
  })
  it('the fixmap owns the PGD entry just under VMEMMAP_START (no allocation for it)', () => {
    const t = swapperPgDir(5, 0x80000000n)
    expect(t.entries.get(`48:${(vmemmapStart(5) - 1n) >> 48n}`)).toBe('table')
  })
})

// Found by mutation testing: the boots above never reach these edges of best_map_size().
describe('best_map_size() edges (arch/riscv/mm/init.c best_map_size, v6.12.117 and v7.2.13)', () => {
  it('a P4D leaf needs size >= P4D_SIZE: exactly 512 GiB is one 512G leaf (Sv57, DRAM from 0)', () => {
    const t = swapperPgDir(5, 0n)
    expect(bestMapSize(topLeafShift(t.levels, false), 1n << 39n, linearVa(t, 1n << 39n), 1n << 39n, false)).toBe(1n << 39n)
    const c = counter()
    createLinearMappingRange(t, 1n << 39n, 1n << 40n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    // One P4D table under the linear map's PGD entry, then the leaf in it.
    expect(c.log).toEqual(['dir'])
    expect(linearHistogram(t)).toEqual({ '512G': 1n << 39n })
  })
  it('pa and va must both be aligned: phys_ram_base 2 MiB past a GiB boundary keeps Sv48 at PMD', () => {
    const t = swapperPgDir(4, 0x80200000n)
    // pa 1 GiB aligned, va = PAGE_OFFSET + 0x3fe00000 is not.
    expect(bestMapSize(topLeafShift(t.levels, false), 0xc0000000n, linearVa(t, 0xc0000000n), 1n << 31n, false)).toBe(1n << 21n)
    // va 1 GiB aligned (PAGE_OFFSET + 1 GiB), pa is not.
    expect(linearVa(t, 0xc0200000n) % (1n << 30n)).toBe(0n)
    expect(bestMapSize(topLeafShift(t.levels, false), 0xc0200000n, linearVa(t, 0xc0200000n), 1n << 31n, false)).toBe(1n << 21n)
  })
})

describe('the fixmap PGD entry per mode (FIXADDR_START = VMEMMAP_START - 16 MiB - FIXADDR_SIZE, asm/pgtable.h v7.2.13)', () => {
  it.each([
    ['Sv39', 3],
    ['Sv48', 4],
    ['Sv57', 5],
  ] as const)('%s: the entry under VMEMMAP_START is taken, VMEMMAP_START\'s own is allocated by vmemmap_populate()', (_mode, levels) => {
    const t = swapperPgDir(levels, 0x80000000n)
    const c = counter()
    // The memmap of pfn 0x80000 (phys_ram_base) is the first 2 MiB of the vmemmap.
    vmemmapPopulate(t, 0x80000n, 1n << 15n, 0x80000n, c.alloc)
    // Every table from the PGD's next level down to the PMD table is new: levels - 2 pages.
    expect(c.log).toEqual(Array(levels - 2).fill('dir'))
    expect(t.entries.get(`${pgdirShift(levels)}:${(vmemmapStart(levels) - 1n) >> pgdirShift(levels)}`)).toBe('table')
  })
})

describe('linearHistogram() over a window', () => {
  it('counts only the leaves inside it: a run that ends where the window starts adds no granule', () => {
    const t = swapperPgDir(5, 0x80000000n)
    const c = counter()
    // 2 MiB blocks up to 3 GiB, then one 1G leaf.
    createLinearMappingRange(t, 0x80200000n, 0x100000000n, 0n, false, topLeafShift(t.levels, false), c.alloc)
    expect(linearHistogram(t, { base: 0xc0000000n, size: 1n << 30n })).toEqual({ '1G': 1n << 30n })
    expect(linearHistogram(t, { base: 0xbfe00000n, size: 0x200000n })).toEqual({ '2M': 0x200000n })
  })
})

describe('sparse sizes', () => {
  it('mem_section_usage_size(): 56 bytes with 4 pageblock bits (6.12), 88 with 8 (7.2)', () => {
    expect(memSectionUsageSize(4n)).toBe(56n)
    expect(memSectionUsageSize(8n)).toBe(88n)
  })
})

// Found by mutation testing (second pass): the P4D alignment and the kernel mapping's address.
describe('best_map_size() P4D alignment and the kernel mapping (arch/riscv/mm/init.c, asm/page.h v6.12.117, v7.2.13)', () => {
  it('P4D needs pa and va 512 GiB aligned, not merely 1 GiB: pa 1 GiB with a TiB left is a PUD leaf (Sv57, DRAM from 0)', () => {
    const t = swapperPgDir(5, 0n)
    expect(bestMapSize(topLeafShift(t.levels, false), 1n << 30n, linearVa(t, 1n << 30n), 1n << 40n, false)).toBe(1n << 30n)
  })
  it('create_kernel_page_table() maps the image PMD by PMD from KERNEL_LINK_ADDR = ADDRESS_SPACE_END - SZ_2G + 1', () => {
    const t = swapperPgDir(3, 0x80000000n)
    const c = counter()
    createKernelPageTable(t, 0x2000000n, c.alloc)
    // Sv39: the last PGD entry but one holds a PMD table with 16 leaves from 0xffffffff80000000.
    expect(c.log).toEqual(['dir'])
    const first = 0xffffffff80000000n >> 21n
    expect([t.entries.get(`30:${0xffffffff80000000n >> 30n}`), t.entries.get(`21:${first}`), t.entries.get(`21:${first + 15n}`), t.entries.get(`21:${first + 16n}`), t.entries.get(`21:${first - 1n}`)]).toEqual(['table', 'leaf', 'leaf', undefined, undefined])
  })
})

describe('create_linear_mapping_range() from a pa inside a page (a NOMAP region that ends mid-page)', () => {
  // pa += PAGE_SIZE keeps pa's offset in its page, so best_map_size() never sees it PMD aligned
  // again: the range is mapped page by page to its end, one page per step from PFN_DOWN(pa)
  // (arch/riscv/mm/init.c create_linear_mapping_range, best_map_size; found by
  // test/fuzz/kernel-riscv-mmu.test.ts against the compiled 6.1, 6.12 and 7.2 trees).
  const base = 0x80000000n
  for (const [name, make] of [
    ['run-length tables', swapperPgDir],
    ['per-entry tables', swapperPgDirReference],
  ] as const) {
    it(`6.4+: no PMD leaf after an odd start, pages from PFN_DOWN(start) (${name})`, () => {
      const t = make(4, base)
      const { log, alloc } = counter()
      // 4 MiB from base + 0x800: 1024 steps, the pages base … base + 4M - 4K, two PTE tables.
      createLinearMappingRange(t, base + 0x800n, base + 0x400800n, 0n, false, topLeafShift(t.levels, false), alloc)
      expect(t.linear).toEqual([{ base, size: 0x400000n, granule: 0x1000n }])
      expect(log.filter((l) => l === 'pte')).toHaveLength(2)
    })
    it(`a page two ranges share is mapped once; the last page of an odd range may stay unmapped (${name})`, () => {
      const t = make(4, base)
      const { alloc } = counter()
      createLinearMappingRange(t, base, base + 0x800n, 0n, false, topLeafShift(t.levels, false), alloc)
      // From base + 0xc00 to base + 0x2100: steps at 0xc00 (page 0, mapped already) and 0x1c00;
      // the page at 0x2000 holds the end but no step.
      createLinearMappingRange(t, base + 0xc00n, base + 0x2100n, 0n, false, topLeafShift(t.levels, false), alloc)
      expect(t.linear).toEqual([{ base, size: 0x2000n, granule: 0x1000n }])
      expect(linearHistogram(t)).toEqual({ '4K': 0x2000n })
    })
    // The boundary (arch/riscv/mm/init.c@v6.1.192 and @v6.1: once per range; @v6.2: per step).
    it(`≤6.1: a bank off a PMD boundary is all pages; 6.2 – 6.3: pages to the first PMD boundary, then PMDs (${name})`, () => {
      const once = make(3, base)
      createLinearMappingRangePmdOnly(once, base + 0x1000n, base + 0x601000n, counter().alloc)
      expect(once.linear).toEqual([{ base: base + 0x1000n, size: 0x600000n, granule: 0x1000n }])
      const steps = make(3, base)
      createLinearMappingRangePmdSteps(steps, base + 0x1000n, base + 0x601000n, counter().alloc)
      expect(steps.linear).toEqual([
        { base: base + 0x1000n, size: 0x1ff000n, granule: 0x1000n },
        { base: base + 0x200000n, size: 0x400000n, granule: 0x200000n },
        { base: base + 0x600000n, size: 0x1000n, granule: 0x1000n },
      ])
      // From inside a page the steps never reach a PMD boundary: pages to the end.
      const odd = make(3, base)
      createLinearMappingRangePmdSteps(odd, base + 0x800n, base + 0x400400n, counter().alloc)
      expect(odd.linear).toEqual([{ base, size: 0x400000n, granule: 0x1000n }])
    })
    it(`≤6.3: an odd range is mapped page by page from PFN_DOWN(start) (${name})`, () => {
      const t = make(3, base)
      const { log, alloc } = counter()
      createLinearMappingRangePmdOnly(t, base + 0x800n, base + 0x200400n, alloc)
      expect(t.linear).toEqual([{ base, size: 0x200000n, granule: 0x1000n }])
      expect(log.filter((l) => l === 'pte')).toHaveLength(1)
    })
  }
})

describe('mapLinear(): debug_pagealloc in best_map_size() from 6.11 only', async () => {
  const { mapLinear } = await import('./setup.js')
  const GIB = 1n << 30n
  const plan = { ranges: [{ base: 0x80000000n, size: 4n * GIB }] }
  const map = (variant: 'best-map-size-v64' | 'best-map-size-v68' | 'best-map-size', debug: boolean, levels: 3 | 4 = 4) => {
    const t = swapperPgDir(levels, 0x80000000n)
    mapLinear(t, plan, variant, debug, () => {})
    return linearHistogram(t)
  }
  // arch/riscv/mm/init.c@v6.5:668 and @v6.8:669 (no debug_pagealloc_enabled()) against @v6.11:692-693.
  it('6.4 – 6.10: PUDs under debug_pagealloc as without it', () => {
    for (const variant of ['best-map-size-v64', 'best-map-size-v68'] as const) {
      expect(map(variant, true)).toEqual(map(variant, false))
      expect(map(variant, true)).toEqual({ '1G': 4n * GIB })
    }
  })
  it('Sv39: 6.4 – 6.7 map 1 GiB leaves in the PGD, 6.8+ PMDs only', () => {
    expect(map('best-map-size-v64', false, 3)).toEqual({ '1G': 4n * GIB })
    expect(map('best-map-size-v68', false, 3)).toEqual({ '2M': 4n * GIB })
    expect(map('best-map-size', false, 3)).toEqual({ '2M': 4n * GIB })
  })
  it('6.11+: pages under debug_pagealloc', () => {
    expect(map('best-map-size', true)).toEqual({ '4K': 4n * GIB })
    expect(map('best-map-size', false)).toEqual({ '1G': 4n * GIB })
  })
})
