// SPDX-License-Identifier: GPL-2.0-only
/**
 * map_mem() mirror: granule and level edge cases with exact expectations, derived by hand
 * from the block/contiguous rules of alloc_init_pud()/alloc_init_cont_pmd()/init_pmd()/
 * alloc_init_cont_pte() (see the comment on each case).
 */
import { describe, expect, it } from 'vitest'
import { SZ_16K, SZ_4K, SZ_64K } from '../phys.js'
import { policyFor } from '../policies/index.js'
import type { LinearMapGeneration } from './linear-map-flags.js'
import {
  arm64MemstartAlign,
  buildPagingInit,
  crashHistogramOfRuns,
  imageStartsAtStext,
  kernelBuildLayout,
  kernelSymbols,
  mapMem,
  MAP_MEM_VARIANTS,
  pgtableGeometry,
  toLinearMapFacts,
  type KernelSymbols,
  type MapMemInput,
} from './mmu.js'
import { kfencePoolSize } from '../kfence.js'

/** No kernel alias: an empty [_text, __init_begin) outside RAM. */
const NO_KERNEL: KernelSymbols = { text: 0x10000000n, initBegin: 0x10000000n, initEnd: 0x10000000n, bssStop: 0x10000000n, end: 0x10000000n }
const BLOCKS = { noBlock: false, noCont: false }
const PAGES = { noBlock: true, noCont: true }

function run(over: Partial<MapMemInput> & Pick<MapMemInput, 'pageSize' | 'vaBits' | 'memory'>) {
  return mapMem({ generation: 'arm64-6.12', kernel: NO_KERNEL, flags: BLOCKS, ...over })
}

describe('geometry', () => {
  it('levels and root level from ARM64_HW_PGTABLE_LEVELS', () => {
    expect(pgtableGeometry(SZ_4K, 39).rootLevel).toBe(1)
    expect(pgtableGeometry(SZ_4K, 48).rootLevel).toBe(0)
    expect(pgtableGeometry(SZ_4K, 52).rootLevel).toBe(-1)
    expect(pgtableGeometry(SZ_16K, 36).rootLevel).toBe(2)
    expect(pgtableGeometry(SZ_16K, 47).rootLevel).toBe(1)
    expect(pgtableGeometry(SZ_16K, 48).rootLevel).toBe(0)
    expect(pgtableGeometry(SZ_64K, 42).rootLevel).toBe(2)
    expect(pgtableGeometry(SZ_64K, 52).rootLevel).toBe(1)
    expect(pgtableGeometry(SZ_4K, 52).pageOffset).toBe(0xfff0000000000000n)
    expect(pgtableGeometry(SZ_4K, 48).pageOffset).toBe(0xffff000000000000n)
    expect(() => pgtableGeometry(8192n, 48)).toThrow()
  })
  it('ARM64_MEMSTART_ALIGN and KFENCE_POOL_SIZE', () => {
    expect(arm64MemstartAlign(SZ_4K)).toBe(1n << 30n)
    expect(arm64MemstartAlign(SZ_16K)).toBe(1n << 30n)
    expect(arm64MemstartAlign(SZ_64K)).toBe(1n << 29n)
    expect(kfencePoolSize(SZ_4K)).toBe(0x200000n)
    expect(kfencePoolSize(SZ_64K, 63)).toBe(0x800000n)
  })
})

describe('16K granule', () => {
  it('48-bit (4 levels): unaligned start → 16K, 16K-cont, 32M, then 32M-cont spans of 1G', () => {
    // [0x80004000, 0x80200000): the first 2M CONT_PTE span starts unaligned → plain 16K pages;
    // [0x80200000, 0x82000000): 15 aligned 2M spans → 16K-cont; the 1G CONT_PMD span
    // [0x80000000, 0xc0000000) starts unaligned → 31 plain 32M blocks; [0xc0000000, 4G) cont.
    const r = run({ pageSize: SZ_16K, vaBits: 48, memory: [{ base: 0x80004000n, size: 0x100000000n - 0x80004000n }] })
    expect(r.histogram).toEqual({ '16K': 0x1fc000n, '16K-cont': 0x1e00000n, '32M': 0x3e000000n, '32M-cont': 0x40000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 1, pmd: 1, pte: 1 })
    expect(r.pageTableBytes).toBe(0xc000n)
    expect(r.lastLevelTableBytes).toBe(0x4000n)
    expect(r.steps).toEqual([{ kind: 'pgtable', phase: 'map_mem', pages: 3 }])
  })
  it('47-bit (3 levels, PUD folded into the root): no PUD table, no 64G blocks', () => {
    const r = run({ pageSize: SZ_16K, vaBits: 47, memory: [{ base: 0x1000000000n, size: 0x1000000000n }] })
    // 64 GiB at 64 GiB: all 32M blocks in 1G CONT_PMD spans; one PMD table (2048 × 32M = 64G).
    expect(r.histogram).toEqual({ '32M-cont': 0x1000000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 0, pmd: 1, pte: 0 })
  })
  it('base pages: one 16K PTE table per 32M', () => {
    const r = run({ pageSize: SZ_16K, vaBits: 48, memory: [{ base: 0x40000000n, size: 0x40000000n }], flags: PAGES })
    expect(r.histogram).toEqual({ '16K': 0x40000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 1, pmd: 1, pte: 32 })
    expect(r.lastLevelTableBytes).toBe(32n * 0x4000n)
    expect(r.block.histogram).toEqual({ '32M-cont': 0x40000000n })
    expect(r.block.tables).toEqual({ p4d: 0, pud: 1, pmd: 1, pte: 0 })
  })
})

describe('64K granule', () => {
  const mem16g = [{ base: 0x400000000n, size: 0x400000000n }]
  it('48-bit (3 levels): 16 GiB at 16 GiB is one CONT_PMD span of 512M blocks', () => {
    const r = run({ pageSize: SZ_64K, vaBits: 48, memory: mem16g })
    expect(r.histogram).toEqual({ '512M-cont': 0x400000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 0, pmd: 1, pte: 0 })
    expect(r.pageTableBytes).toBe(0x10000n)
  })
  it('42-bit (2 levels, PMD is the root): the PGD loop chunks at 512M, so never PTE_CONT on blocks', () => {
    const r = run({ pageSize: SZ_64K, vaBits: 42, memory: mem16g })
    expect(r.histogram).toEqual({ '512M': 0x400000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 0, pmd: 0, pte: 0 })
    expect(r.runs).toEqual([{ base: 0x400000000n, size: 0x400000000n, va: 0xfffffc0000000000n, map: '512M' }])
  })
  it('base pages with and without the contiguous hint: one PTE table per 512M', () => {
    const pages = run({ pageSize: SZ_64K, vaBits: 48, memory: mem16g, flags: PAGES })
    expect(pages.histogram).toEqual({ '64K': 0x400000000n })
    expect(pages.tables).toEqual({ p4d: 0, pud: 0, pmd: 1, pte: 32 })
    expect(pages.pageTableBytes).toBe(33n * 0x10000n)
    const cont = run({ pageSize: SZ_64K, vaBits: 48, memory: mem16g, flags: { noBlock: true, noCont: false } })
    expect(cont.histogram).toEqual({ '64K-cont': 0x400000000n })
  })
  it('an unaligned end: 2M CONT_PTE spans then single 64K pages', () => {
    // [0x20000000, 0x20230000): 2M cont span, then 3 × 64K; start 512M aligned but the PMD
    // range is shorter than 512M, so a PTE table.
    const r = run({ pageSize: SZ_64K, vaBits: 48, memory: [{ base: 0x20000000n, size: 0x230000n }] })
    expect(r.histogram).toEqual({ '64K-cont': 0x200000n, '64K': 0x30000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 0, pmd: 1, pte: 1 })
  })
})

describe('4K granule levels', () => {
  const mem4g = [{ base: 0x40000000n, size: 0x100000000n }]
  it('39-bit (3 levels): 1G blocks live in the root, no tables', () => {
    const r = run({ pageSize: SZ_4K, vaBits: 39, memory: mem4g })
    expect(r.histogram).toEqual({ '1G': 0x100000000n })
    expect(r.pgtablePages).toBe(0)
    expect(run({ pageSize: SZ_4K, vaBits: 39, memory: mem4g, flags: PAGES }).pgtablePages).toBe(4 + 2048)
  })
  it('48 vs 52-bit (LPA2 adds a P4D table)', () => {
    expect(run({ pageSize: SZ_4K, vaBits: 48, memory: mem4g, flags: PAGES }).tables).toEqual({ p4d: 0, pud: 1, pmd: 4, pte: 2048 })
    expect(run({ pageSize: SZ_4K, vaBits: 52, memory: mem4g, flags: PAGES }).tables).toEqual({ p4d: 1, pud: 1, pmd: 4, pte: 2048 })
  })
  it('a linear map straddling a 512G PGD entry (randomised memstart) needs a second PUD table', () => {
    const r = run({ pageSize: SZ_4K, vaBits: 48, memory: mem4g, memstartAddr: 0x40000000n - (511n << 30n), flags: BLOCKS })
    expect(r.tables.pud).toBe(2)
    expect(r.histogram).toEqual({ '1G': 0x100000000n })
  })
})

describe('map_mem() shapes', () => {
  it('5.10: an early crash region is NOMAP-split out and page-mapped without contiguous hints', () => {
    const build = kernelBuildLayout('5.10')!
    const r = mapMem({
      generation: 'arm64-5.10.110',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x100000000n }],
      kernel: kernelSymbols(build, 0x40200000n),
      flags: BLOCKS,
      crashEarly: { base: 0xec000000n, size: 0x10000000n },
      pagingInit: buildPagingInit(build, 0x40200000n, build.imageSize, build.pageSize, build.vaBits),
    })
    expect(crashHistogramOfRuns(r.runs, { base: 0xec000000n, size: 0x10000000n })).toEqual({ '4K': 0x10000000n })
    // A range across the end of the crash region and into the next 1G block: its bytes by
    // the size that maps each of them (the rest of [3G, 4G) is 2M blocks with the contiguous
    // hint, 32M spans).
    expect(crashHistogramOfRuns(r.runs, { base: 0xf0000000n, size: 0x20000000n })).toEqual({ '4K': 0xc000000n, '2M-cont': 0x4000000n, '1G': 0x10000000n })
    // [2G, 3G) and [4G, 5G) stay 1G blocks; [3G, 4G) holds the crash region.
    expect(r.histogram['1G']).toBe(0x80000000n)
    expect(r.histogram['2M-cont']).toBe(0x2c000000n + 0x4000000n + 0x3e000000n)
    expect(r.warnings).toEqual([])
    expect(r.steps).toEqual([
      { kind: 'pgtable', phase: 'map_kernel', pages: 6 },
      { kind: 'pgtable', phase: 'map_mem', pages: r.pgtablePages - 6 },
      { kind: 'free', what: 'init_pg_dir', range: { base: 0x41cc8000n, size: 0x5000n } },
    ])
  })
  it('5.11 – 6.3 start the alias at _stext: [_text, _stext) is mapped by the bank loop, 5.10 maps it with the alias', () => {
    // e2a073dde921 "arm64: omit [_text, _stext) from permanent kernel mapping" (arm64 pull for
    // 5.11): map_mem() NOMAPs [_stext, __init_begin) (v6.1.192) where 5.10.223 NOMAPs from
    // _text. With the 6.1 build's symbols (_stext = _text + 64K) the 2M block at _text becomes
    // the bank's 64K contiguous span plus the alias's pages (NO_CONT, not 2M aligned).
    const sym = kernelSymbols(kernelBuildLayout('6.1')!, 0x40200000n)
    const head = { base: 0x40200000n, size: 0x200000n }
    const at = (generation: LinearMapGeneration) =>
      crashHistogramOfRuns(mapMem({ generation, pageSize: SZ_4K, vaBits: 48, memory: [{ base: 0x40000000n, size: 0x40000000n }], kernel: sym, flags: BLOCKS }).runs, head)
    expect(at('arm64-5.10.110')).toEqual({ '2M': 0x200000n })
    for (const g of ['arm64-5.11', 'arm64-5.19', 'arm64-6.0'] as const) expect(at(g)).toEqual({ '4K-cont': 0x10000n, '4K': 0x1f0000n })
  })
  it('6.4 – 6.12.53 and 6.13 – 6.17.3 still start the alias at _stext; 6.12.54, 6.17.4 and 6.18 map [_text, _stext) with it again', () => {
    // 5973a62efa34 "arm64: map [_text, _stext) virtual address range non-executable+read-only"
    // changed map_mem()'s kernel_start from __pa_symbol(_stext) to __pa_symbol(_text) (the
    // 6.12-stable review patch for 6.12.54 shows both lines). The 6.12 build's _stext is
    // _text + 64K (BaseOfCode of its Image), so the head goes with the bank before it and the
    // 2M block at _text splits as on 6.1; from 6.12.54 the alias starts there, 2M aligned, and
    // maps it as one block (NO_CONT_MAPPINGS leaves blocks allowed).
    const sym = kernelSymbols(kernelBuildLayout('6.12')!, 0x40200000n)
    expect(sym.stext).toBe(0x40210000n)
    const head = { base: 0x40200000n, size: 0x200000n }
    const at = (generation: LinearMapGeneration) =>
      crashHistogramOfRuns(mapMem({ generation, pageSize: SZ_4K, vaBits: 48, memory: [{ base: 0x40000000n, size: 0x40000000n }], kernel: sym, flags: BLOCKS }).runs, head)
    for (const g of ['arm64-6.4', 'arm64-6.6.4', 'arm64-6.12'] as const) expect(at(g)).toEqual({ '4K-cont': 0x10000n, '4K': 0x1f0000n })
    for (const g of ['arm64-6.12.54', 'arm64-6.12.117'] as const) expect(at(g)).toEqual({ '2M': 0x200000n })
    const gens = (r: string) => policyFor('arm64', r)!.arm64!.linearMap
    expect([imageStartsAtStext(gens('6.12.53')), imageStartsAtStext(gens('6.12.54')), imageStartsAtStext(gens('6.17.3')), imageStartsAtStext(gens('6.17.4')), imageStartsAtStext(gens('6.18.0'))]).toEqual([true, false, true, false, false])
  })
  it('6.4 – 6.12.116 map the page a byte-precise no-map region starts in; 6.12.117 rounds the banks inwards', () => {
    // A no-map region [0x60000800, 0x60001000) leaves the banks [1G, 0x60000800) and
    // [0x60001000, 2G). __create_pgd_mapping() rounds the first bank's end up to a page, so
    // the no-map page is mapped; 6.12.117's fix rounds it down instead.
    const memory = [{ base: 0x40000000n, size: 0x20000800n }, { base: 0x60001000n, size: 0x1ffff000n }]
    const bytes = (generation: LinearMapGeneration) =>
      Object.values(mapMem({ generation, pageSize: SZ_4K, vaBits: 48, memory, kernel: NO_KERNEL, flags: PAGES }).histogram).reduce((a, b) => a + b, 0n)
    expect(bytes('arm64-6.4')).toBe(0x40000000n)
    expect(bytes('arm64-6.12')).toBe(0x40000000n)
    expect(bytes('arm64-6.12.54')).toBe(0x40000000n)
    expect(bytes('arm64-6.12.117')).toBe(0x40000000n - 0x1000n)
  })
  it('6.1: map_kernel, map_mem, the init_pg_dir free, then create_idmap', () => {
    const build = kernelBuildLayout('6.1.192')!
    const r = mapMem({
      generation: build.generation,
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: kernelSymbols(build, 0x40200000n),
      flags: PAGES,
      pagingInit: buildPagingInit(build, 0x40200000n, build.imageSize, build.pageSize, build.vaBits),
    })
    // 1 PUD + 1 PMD + 512 PTE tables − 10 (the 2M blocks of [_stext, __init_begin)).
    expect(r.steps.map((s) => (s.kind === 'pgtable' ? `${s.phase}:${s.pages}` : s.kind))).toEqual(['map_kernel:7', 'map_mem:504', 'free', 'create_idmap:4'])
    expect(r.pgtablePages).toBe(515)
    expect(r.histogram).toEqual({ '4K': 0x40000000n - 0x1400000n, '2M': 0x1400000n })
  })
  it('6.12: the early KFENCE pool is NOMAP-split out, page-mapped, and its guard pages unmapped', () => {
    const build = kernelBuildLayout('6.12')!
    const pool = { base: 0x7fe00000n, size: kfencePoolSize(SZ_4K) }
    const r = mapMem({
      generation: build.generation,
      pageSize: SZ_4K,
      vaBits: 52,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: kernelSymbols(build, 0x40200000n),
      flags: BLOCKS,
      kfence: { ...pool, early: true, initialised: true },
    })
    expect(r.steps[0]).toEqual({ kind: 'kfence-pool', pool })
    const inPool = r.runs.filter((x) => x.base >= pool.base)
    expect(inPool.length).toBe(255)
    expect(inPool[0]).toEqual({ base: 0x7fe02000n, size: 0x1000n, va: 0xfff000003fe02000n, map: '4K' })
    expect(inPool.at(-1)!.base).toBe(0x7fffe000n)
    // Not initialised (KFENCE off at boot): all 512 pages stay mapped.
    const off = mapMem({
      generation: build.generation,
      pageSize: SZ_4K,
      vaBits: 52,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: kernelSymbols(build, 0x40200000n),
      flags: BLOCKS,
      kfence: { ...pool, early: true, initialised: false },
    })
    expect(off.runs.filter((x) => x.base >= pool.base)).toEqual([{ base: pool.base, size: pool.size, va: 0xfff000003fe00000n, map: '4K' }])
  })
  it('7.x: maps the kernel alias, then data, then every bank over them without breaking either', () => {
    // Hand-derived (see CREATE_MAPPING_V72): the alias [0x40200000, 0x40a10000) gives 4 × 2M
    // and a 64K cont span; data [0x40b00000, 0x40c05000) a 1M cont run and 5 plain pages; the
    // bank pass keeps the PUD/PMD tables, refuses PTE_CONT on [0x40c00000, 0x40c10000) (it holds
    // plain pages) and on the 32M span [0x40000000, 0x42000000) (it holds plain blocks/tables).
    const input: MapMemInput = {
      generation: 'arm64-7.2',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: { text: 0x40200000n, initBegin: 0x40a10000n, initEnd: 0x40b00000n, bssStop: 0x40c05000n, end: 0x40d00000n },
      flags: BLOCKS,
    }
    const r = mapMem(input)
    expect(r.warnings).toEqual([])
    expect(r.histogram).toEqual({ '2M': 0x1c00000n, '4K-cont': 0x3f0000n, '4K': 0x10000n, '2M-cont': 0x3e000000n })
    expect(r.tables).toEqual({ p4d: 0, pud: 1, pmd: 1, pte: 2 })
    // 6.18 – 7.1 still NOMAP the alias and map it last with NO_CONT (map_mem(pgd_t *) of
    // v6.18.5 … v7.1.3): the 6.12.54 shape, not this one.
    const nomapShape = mapMem({ ...input, generation: 'arm64-6.12.54' }).histogram
    expect(nomapShape).not.toEqual(r.histogram)
    for (const generation of ['arm64-6.18', 'arm64-7.0'] as const) expect(mapMem({ ...input, generation }).histogram).toEqual(nomapShape)
  })
  it('7.3: each bank rounded inwards to pages, so a bank ending inside a page leaves that page unmapped', () => {
    // arch/arm64/mm/mmu.c map_mem() of v7.3.4 rounds start up and end down (v7.2.13 does not:
    // __create_pgd_mapping() maps the partial page whole).
    const input = {
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x3ffff800n }],
      kernel: { text: 0x40200000n, initBegin: 0x40a10000n, initEnd: 0x40b00000n, bssStop: 0x40c05000n, end: 0x40d00000n },
      flags: BLOCKS,
    }
    const total = (h: Record<string, bigint>) => Object.values(h).reduce((a, b) => a + b, 0n)
    const v72 = mapMem({ ...input, generation: 'arm64-7.2' })
    const v73 = mapMem({ ...input, generation: 'arm64-7.3' })
    expect(total(v72.histogram)).toBe(0x40000000n)
    expect(total(v73.histogram)).toBe(0x40000000n - 0x1000n)
  })
  it('the kernel BUG_ON()s are reported, not hidden', () => {
    // 5.10 shape, an early crash region overlapping a 2M-block kernel alias: mapping the crash
    // region with NO_BLOCK needs a PTE table where a block already is (BUG_ON(pmd_sect(pmd))).
    const r = mapMem({
      generation: 'arm64-5.10.110',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: { text: 0x40200000n, initBegin: 0x40400000n, end: 0x40400000n },
      flags: BLOCKS,
      crashEarly: { base: 0x40000000n, size: 0x400000n },
    })
    expect(r.warnings).toEqual(['alloc_init_cont_pte: BUG_ON(block entry) at VA 0xffff000000200000'])
    // A late KFENCE pool inside a block mapping cannot be protected page by page.
    const bad = mapMem({
      generation: 'arm64-6.12',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: NO_KERNEL,
      flags: BLOCKS,
      kfence: { base: 0x40000000n, size: 0x200000n, early: false, initialised: true },
    })
    expect(bad.warnings.length).toBe(257)
    expect(bad.warnings[0]).toMatch(/kfence_protect: no page mapping at 0x40000000/)
  })
  it('every generation has a variant', () => {
    const ids: LinearMapGeneration[] = ['arm64-5.10.0', 'arm64-6.0', 'arm64-6.4', 'arm64-6.12.117', 'arm64-6.18', 'arm64-7.2', 'arm64-7.3', 'whatif-rppt']
    for (const id of ids) expect(MAP_MEM_VARIANTS[id]).toBeDefined()
  })
})

describe('builds and facts', () => {
  it('kernelBuildLayout resolves series and the exact release only', () => {
    expect(kernelBuildLayout('6.12.117')?.generation).toBe('arm64-6.12.117')
    expect(kernelBuildLayout('7.2')?.generation).toBe('arm64-7.2')
    expect(kernelBuildLayout('7.3')?.generation).toBe('arm64-7.3')
    expect(kernelBuildLayout('7.3.4')?.release).toBe('7.3.4')
    expect(kernelBuildLayout('7.3.0')).toBeUndefined()
    expect(kernelBuildLayout('6.12.5')).toBeUndefined()
    expect(kernelBuildLayout('4.19')).toBeUndefined()
    const s = kernelSymbols(kernelBuildLayout('7.2')!, 0x40200000n)
    expect([s.initBegin, s.initEnd, s.bssStop, s.end]).toEqual([0x42710000n, 0x42ae0000n, 0x430e6000n, 0x43100000n])
  })
  it("paging_init()'s constants: the build's at its granule, init_pg_dir from the image's end", () => {
    const b61 = kernelBuildLayout('6.1')!
    // Debian's 6.1 Image: init_pg_dir where the oracle's -mbdebug cases free it.
    expect(buildPagingInit(b61, 0x40200000n, b61.imageSize, SZ_4K, 48)).toEqual({ mapKernelTablePages: 7, createIdmapTablePages: 4, initPgDir: { base: 0x4220b000n, size: 0x5000n } })
    // A 4K image 1 MiB shorter keeps init_pg_dir at its end.
    expect(buildPagingInit(b61, 0x40200000n, b61.imageSize - 0x100000n, SZ_4K, 48).initPgDir).toEqual({ base: 0x4210b000n, size: 0x5000n })
  })
  it('6.1 with 64K and 16K pages: map_kernel() and create_idmap() one table per level, init_pg_dir at the end (the 6.1 boots)', () => {
    // test/boots/arm64-custom/arm64-6.1-64k-*: _end 0x41090000, 13 early_pgtable_alloc pages
    // at 4 GiB (9 for map_mem), "memblock_phys_free: [0x0000000041040000-0x000000004108ffff]".
    expect(buildPagingInit(kernelBuildLayout('6.1')!, 0x40200000n, 0xe90000n, SZ_64K, 48)).toEqual({
      mapKernelTablePages: 2,
      createIdmapTablePages: 2,
      initPgDir: { base: 0x41040000n, size: 0x50000n },
    })
    // 6.1 with 16K pages (4 levels): a PUD, a PMD and a PTE table each, 7 pages of
    // init_pg_dir: "memblock_phys_free: [0x0000000040f28000-0x0000000040f43fff]", _end 0x40f44000.
    expect(buildPagingInit(kernelBuildLayout('6.1')!, 0x40200000n, 0xd44000n, SZ_16K, 48)).toEqual({
      mapKernelTablePages: 3,
      createIdmapTablePages: 3,
      initPgDir: { base: 0x40f28000n, size: 0x1c000n },
    })
    // 5.10 has no create_idmap() pages at any granule. Its 16K build: _end 0x40e70000,
    // "memblock_free: [0x0000000040e54000-0x0000000040e6ffff] paging_init"; a PUD, a PMD and a
    // PTE table per 32M of image (one here, two for a 33 MiB image).
    expect(buildPagingInit(kernelBuildLayout('5.10')!, 0x40200000n, 0xc70000n, SZ_16K, 48)).toEqual({ mapKernelTablePages: 3, createIdmapTablePages: 0, initPgDir: { base: 0x40e54000n, size: 0x1c000n } })
    expect(buildPagingInit(kernelBuildLayout('5.10')!, 0x40200000n, 0x2100000n, SZ_16K, 48).mapKernelTablePages).toBe(4)
  })
  it('toLinearMapFacts reports last-level table bytes and the block comparison', () => {
    const r = run({ pageSize: SZ_4K, vaBits: 48, memory: [{ base: 0x40000000n, size: 0x40000000n }], flags: PAGES })
    const f = toLinearMapFacts({ forcedBy: ['crash_mem_map'], forcedByCrashkernel: true }, r, [{ base: 0x60000000n, size: 0x200000n }])
    expect(f).toEqual({
      forcedBasePagesBy: ['crash_mem_map'],
      forcedByCrashkernel: true,
      histogram: { '4K': 0x40000000n },
      crashHistogram: [{ '4K': 0x200000n }],
      pageTableBytes: 512n * 0x1000n,
      blockHistogram: { '1G': 0x40000000n },
      blockPageTableBytes: 0n,
      kfenceRuntimeUnmappablePages: 0,
    })
  })
  it('6.1.65+ with an early KFENCE pool: map_kernel, the pool (allocated by map_mem()), map_mem, the init_pg_dir free, create_idmap', () => {
    // paging_init() runs map_kernel() then map_mem(), whose first act is
    // arm64_kfence_alloc_pool() (arch/arm64/mm/mmu.c paging_init, map_mem, v6.1.192).
    const build = kernelBuildLayout('6.1')!
    const r = mapMem({
      generation: 'arm64-6.1.65',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: kernelSymbols(build, 0x40200000n),
      flags: BLOCKS,
      kfence: { base: 0x7fe00000n, size: kfencePoolSize(SZ_4K), early: true, initialised: false },
      pagingInit: buildPagingInit(build, 0x40200000n, build.imageSize, build.pageSize, build.vaBits),
    })
    expect(r.steps.map((s) => (s.kind === 'pgtable' ? s.phase : s.kind))).toEqual(['map_kernel', 'kfence-pool', 'map_mem', 'free', 'create_idmap'])
  })
  it('6.12, 7.2 and 7.3 at another granule: no map_kernel/create_idmap pages and no init_pg_dir free', () => {
    // 6.12 paging_init() is map_mem() + create_idmap() on static idmap_ptes/kpti_ptes
    // (__pi_map_range()); the kernel was mapped by the early pi code and nothing frees
    // init_pg_dir (arch/arm64/mm/mmu.c paging_init, create_idmap, v6.12.117). The 64K boots
    // (test/boots/arm64-custom/arm64-6.12-64k-*) free no init_pg_dir either.
    for (const series of ['6.12', '7.2', '7.3']) {
      const b = kernelBuildLayout(series)!
      expect(buildPagingInit(b, 0x40200000n, 0x2500000n, SZ_64K, 48)).toEqual({ mapKernelTablePages: 0, createIdmapTablePages: 0, initPgDir: undefined })
      expect(buildPagingInit(b, 0x40200000n, 0x2500000n, SZ_16K, 48)).toEqual({ mapKernelTablePages: 0, createIdmapTablePages: 0, initPgDir: undefined })
    }
  })
})

describe('map_mem() bank loop edges (mutation testing found these unguarded)', () => {
  const TWO_BANKS = [{ base: 0x40000000n, size: 0x40000000n }, { base: 0x100000000n, size: 0x40000000n }]
  it('a NOMAP range at the very start or end of a bank leaves no empty range that stops the loop', () => {
    // memblock_mark_nomap() isolates the range into its own region and for_each_mem_range()
    // skips it; memblock never holds an empty region, so the `start >= end` break of map_mem()
    // never fires and the next bank is mapped (mm/memblock.c memblock_isolate_range,
    // __next_mem_range; arch/arm64/mm/mmu.c map_mem, v6.12.117).
    // The kernel image at the start of the first bank: [_text, __init_begin) is a 2M-block
    // alias (NO_CONT), the rest of the bank 2M blocks, contiguous from the first 32M boundary.
    const atStart = mapMem({
      generation: 'arm64-6.12',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: TWO_BANKS,
      kernel: { text: 0x40000000n, initBegin: 0x40800000n, end: 0x41000000n },
      flags: BLOCKS,
    })
    expect(atStart.histogram).toEqual({ '2M': 0x800000n + 0x1800000n, '2M-cont': 0x3e000000n, '1G': 0x40000000n })
    // The early KFENCE pool at the end of the first bank: page-mapped, the second bank a 1G block.
    const atEnd = mapMem({
      generation: 'arm64-6.12',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: TWO_BANKS,
      kernel: NO_KERNEL,
      flags: BLOCKS,
      kfence: { base: 0x7fe00000n, size: kfencePoolSize(SZ_4K), early: true, initialised: false },
    })
    expect(atEnd.histogram).toEqual({ '2M-cont': 0x3e000000n, '2M': 0x1e00000n, '4K': 0x200000n, '1G': 0x40000000n })
    expect(atEnd.warnings).toEqual([])
  })
  it('6.4 – 6.12.116 remap a page two banks share with PTE_CONT (a BUG_ON); 6.12.117 rounds inwards and skips sub-page banks', () => {
    // A no-map region [0x60010800, 0x60010c00) inside one page. Bank 1 ends in that page, so
    // __create_pgd_mapping() maps [.., 0x60011000): the page 0x60010000 is a plain 4K entry.
    // Bank 2 starts in it, rounded down to 0x60010000, whose CONT_PTE span [0x60010000,
    // 0x60020000) is aligned: init_pte() writes PTE_CONT over the live entry and
    // pgattr_change_is_safe() refuses ("live contiguous mappings may not be manipulated at
    // all") → BUG_ON (arch/arm64/mm/mmu.c init_pte, pgattr_change_is_safe, v6.12.117).
    const memory = [{ base: 0x40000000n, size: 0x20010800n }, { base: 0x60010c00n, size: 0x1ffef400n }]
    const old = mapMem({ generation: 'arm64-6.12', pageSize: SZ_4K, vaBits: 48, memory, kernel: NO_KERNEL, flags: BLOCKS })
    expect(old.warnings).toEqual(['init_pte: BUG_ON(!pgattr_change_is_safe()): live entry changed at VA 0xffff000020010000'])
    // 6.12.117: PAGE_ALIGN(start), end & PAGE_MASK: the shared page is mapped by neither bank.
    const fixed = mapMem({ generation: 'arm64-6.12.117', pageSize: SZ_4K, vaBits: 48, memory, kernel: NO_KERNEL, flags: BLOCKS })
    expect(fixed.warnings).toEqual([])
    const bytes = (h: Record<string, bigint>) => Object.values(h).reduce((a, b) => a + b, 0n)
    expect(bytes(fixed.histogram)).toBe(0x40000000n - 0x1000n)
    // A bank inside one page rounds to nothing: `continue`, not `break` (map_mem, v6.12.117).
    const sub = [{ base: 0x40000000n, size: 0x20010800n }, { base: 0x60010900n, size: 0x100n }, { base: 0x60010c00n, size: 0x1ffef400n }]
    const skipped = mapMem({ generation: 'arm64-6.12.117', pageSize: SZ_4K, vaBits: 48, memory: sub, kernel: NO_KERNEL, flags: BLOCKS })
    expect(bytes(skipped.histogram)).toBe(0x40000000n - 0x1000n)
  })
  it('≤7.1: a bank starting at a 2M boundary in the page another ended in keeps that PMD table, the rest of the 2M unmapped', () => {
    // A no-map region [0x60000069, 0x60000da3) inside the page 0x60000000 (found by
    // kernel-mmu.test.ts, from mmu.c compiled). Bank 1 maps [.., 0x60001000): the PMD entry
    // for 0x60000000 is a PTE table with one page. Bank 2, rounded down to 0x60000000, is
    // PMD-aligned there: init_pmd() tries the block and pmd_set_huge() refuses it
    // (pgattr_change_is_safe(table, block) is false) and returns 0, which ≤7.1 ignores; the
    // BUG_ON() after it compares the untouched entry with itself and passes. No BUG_ON, and
    // [0x60001000, 0x60200000) is left unmapped (arch/arm64/mm/mmu.c init_pmd, pmd_set_huge,
    // v5.10.223, v6.1.192).
    for (const generation of ['arm64-5.10.110', 'arm64-6.1.65'] as const) {
      const r = mapMem({
        generation,
        pageSize: SZ_4K,
        vaBits: 48,
        memstartAddr: 0x40000000n,
        memory: [{ base: 0x40000000n, size: 0x20000069n }, { base: 0x60000da3n, size: 0x1ffff25dn }],
        kernel: { text: 0x48000000n, stext: 0x48010000n, initBegin: 0x49000000n, end: 0x49800000n },
        flags: BLOCKS,
      })
      // The kernel's runs from 0x4a000000 on (scripts/kernel-mmu/harness.c on both trees).
      expect(r.runs.filter((x) => x.base >= 0x4a000000n).map((x) => `${x.base.toString(16)}+${x.size.toString(16)}:${x.map}`)).toEqual([
        '4a000000+16000000:2M-cont',
        '60000000+1000:4K',
        '60200000+1fe00000:2M-cont',
      ])
      expect(r.warnings).toEqual([
        'init_pmd: pmd_set_huge() refused: a block over a table (pgattr_change_is_safe()), what the table does not map stays unmapped at VA 0xffff000020000000',
      ])
    }
  })
  it('6.1.65+: the early KFENCE pool is NOMAP-split out of the banks and page-mapped even where 2M aligned', () => {
    // arm64_kfence_alloc_pool() marks the pool NOMAP before the bank loop and
    // arm64_kfence_map_pool() maps it with NO_BLOCK_MAPPINGS | NO_CONT_MAPPINGS
    // (arch/arm64/mm/mmu.c, v6.1.192).
    const r = mapMem({
      generation: 'arm64-6.1.65',
      pageSize: SZ_4K,
      vaBits: 48,
      memory: [{ base: 0x40000000n, size: 0x40000000n }],
      kernel: NO_KERNEL,
      flags: BLOCKS,
      kfence: { base: 0x7fe00000n, size: kfencePoolSize(SZ_4K), early: true, initialised: false },
    })
    expect(r.warnings).toEqual([])
    expect(r.histogram).toEqual({ '2M-cont': 0x3e000000n, '2M': 0x1e00000n, '4K': 0x200000n })
  })
  it('6.18 – 7.3: the Debian 7.2 layout maps without a BUG_ON (7.2+: the banks over the alias keep its tables)', () => {
    // v7.2.13 map_mem() maps [_text, __init_begin) and [__init_end, __bss_stop) first, then every
    // bank over them; init_pmd()/alloc_init_pud() write a block only over a non-table entry
    // (arch/arm64/mm/mmu.c, v7.2.13), so the Debian 7.2 layout boots (every 7.2 oracle case).
    const build = kernelBuildLayout('7.2')!
    for (const generation of ['arm64-6.18', 'arm64-7.0', 'arm64-7.2', 'arm64-7.3'] as const) {
      const r = mapMem({
        generation,
        pageSize: SZ_4K,
        vaBits: 48,
        memory: [{ base: 0x40000000n, size: 0xc0000000n }],
        kernel: kernelSymbols(build, 0x40200000n),
        flags: BLOCKS,
      })
      expect(r.warnings).toEqual([])
    }
  })
})
