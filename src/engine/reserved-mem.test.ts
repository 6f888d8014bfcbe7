// SPDX-License-Identifier: GPL-2.0-only
/**
 * The CMA pool node rules of reserved-mem.ts on their own: what becomes of a reusable
 * shared-dma-pool node, and of its memory, per CONFIG_DMA_CMA, `cma=`, no-map and alignment.
 */
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate, memblockMarkNomap, memblockReserve, MEMBLOCK_NOMAP, type Memblock } from './memblock/memblock.js'
import { SZ_1G, SZ_2M, SZ_64M } from './phys.js'
import { initCmaPoolNode, rmemCmaSkipped, type CmaNodeContext } from './reserved-mem.js'
import { Trace } from './trace.js'

const BASE = SZ_1G
const ctx = (c: Partial<CmaNodeContext> = {}): CmaNodeContext => ({ dmaCma: true, cmdlineCma: false, cmaMinAlign: SZ_2M, ...c })
/** 1 GiB of memory with the node's 64 MiB allocated at BASE (reserved, or flagged no-map). */
function placed(nomap: boolean): Memblock {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, BASE, SZ_1G)
  if (nomap) memblockMarkNomap(mb, BASE, SZ_64M)
  else memblockReserve(mb, BASE, SZ_64M, 'linux,cma')
  return mb
}
const run = (nomap: boolean, cmaDefault: boolean, c: CmaNodeContext, size = SZ_64M) => {
  const mb = placed(nomap)
  const trace = new Trace()
  const cma = initCmaPoolNode(mb, { name: 'linux,cma', nomap, cmaDefault }, BASE, size, c, trace)
  return { cma, lines: trace.events.map((e) => e.text), reserved: mb.reserved.regions.length, nomapFlags: mb.memory.regions.filter((r) => r.flags & MEMBLOCK_NOMAP).length }
}

describe('≤6.x: __reserved_mem_init_node() on an allocated CMA pool', () => {
  it('becomes a CMA area and keeps its memory', () => {
    expect(run(false, true, ctx())).toMatchObject({ cma: true, reserved: 1 })
  })
  it('cma= bypasses a default pool; rmem_dma_setup() refuses it; the memory goes back', () => {
    expect(run(false, true, ctx({ cmdlineCma: true }))).toEqual({
      cma: false,
      lines: ['Reserved memory: bypass linux,cma node, using cmdline CMA params instead', 'OF: reserved mem: node linux,cma compatible matching fail'],
      reserved: 0,
      nomapFlags: 0,
    })
  })
  it('cma= leaves a pool that is not the default alone', () => {
    expect(run(false, false, ctx({ cmdlineCma: true })).cma).toBe(true)
  })
  it('a no-map pool is never CMA: its NOMAP flag is cleared', () => {
    expect(run(true, true, ctx())).toEqual({ cma: false, lines: ['OF: reserved mem: node linux,cma compatible matching fail'], reserved: 0, nomapFlags: 0 })
  })
  it('5.10 removed a no-map node from memory: a failed one is added back', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, BASE + SZ_64M, SZ_1G - SZ_64M)
    initCmaPoolNode(mb, { name: 'linux,cma', nomap: true, cmaDefault: true }, BASE, SZ_64M, ctx({ nomapRemoved: true }), new Trace())
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([[BASE, SZ_1G]])
  })
  it('a size that is not pageblock aligned is refused', () => {
    expect(run(false, true, ctx(), SZ_64M + 4096n).lines[0]).toBe('Reserved memory: incorrect alignment of CMA region')
  })
  it('without CONFIG_DMA_CMA only rmem_dma_setup() is there, and it refuses a reusable pool', () => {
    expect(run(false, true, ctx({ dmaCma: false }))).toMatchObject({ cma: false, reserved: 0 })
  })
})

describe('7.x: rmem_cma_validate() before the allocation', () => {
  const skipped = (nomap: boolean, cmaDefault: boolean, c: CmaNodeContext) => rmemCmaSkipped({ name: 'linux,cma', nomap, cmaDefault }, c, new Trace())
  it('skips only a default, mappable pool under cma= with CONFIG_DMA_CMA', () => {
    expect(skipped(false, true, ctx({ cmdlineCma: true }))).toBe(true)
    expect(skipped(false, true, ctx())).toBe(false)
    expect(skipped(false, false, ctx({ cmdlineCma: true }))).toBe(false)
    expect(skipped(true, true, ctx({ cmdlineCma: true }))).toBe(false)
    expect(skipped(false, true, ctx({ dmaCma: false, cmdlineCma: true }))).toBe(false)
  })
})
