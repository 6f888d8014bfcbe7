// SPDX-License-Identifier: GPL-2.0-only
/**
 * free_area_init()'s printout, checked against the C of mm/page_alloc.c (v5.10.223, v6.1.192)
 * and mm/mm_init.c (v6.12.117, v7.2.13):
 *
 * - zones are laid end to end from PHYS_PFN(memblock_start_of_DRAM()): each ends at
 *   max(max_zone_pfn[zone], start) and the next starts there; equal ends print "empty";
 * - "Early memory node ranges" and "Initmem setup node" both come from
 *   for_each_mem_pfn_range(): __next_mem_pfn_range() (mm/memblock.c) skips a region whose
 *   PFN_UP(base) >= PFN_DOWN(end), and get_pfn_range_for_nid() takes the min start and the
 *   max end of the ranges it does give.
 */
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate } from './memblock/memblock.js'
import { freeAreaInit } from './zones.js'

const G = 1n << 30n

describe('free_area_init()', () => {
  it('lays zones end to end from the start of DRAM; a zone below it or above max_pfn is empty', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, G)
    const { zones, lines } = freeAreaInit(mb, [
      { name: 'DMA', limit: G },
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 2n * G },
      { name: 'Device', limit: 0n },
    ], 4096n)
    expect(zones).toEqual([
      { name: 'DMA', start: null, end: null },
      { name: 'DMA32', start: G, end: 4n * G - 1n },
      { name: 'Normal', start: null, end: null },
      { name: 'Device', start: null, end: null },
    ])
    expect(lines).toEqual([
      'Zone ranges:',
      '  DMA      empty',
      '  DMA32    [mem 0x0000000040000000-0x00000000ffffffff]',
      '  Normal   empty',
      '  Device   empty',
      'Movable zone start for each node',
      'Early memory node ranges',
      '  node   0: [mem 0x0000000040000000-0x000000007fffffff]',
      'Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]',
    ])
  })

  it('rounds each node range inwards to whole pages and leaves out a region with no whole page, in both blocks', () => {
    // A sub-page region at each end (what a no-map reserved-memory node with an unaligned
    // reg leaves after memblock_mark_nomap()/memblock_remove()), and an unaligned middle one.
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, 0x800n)
    memblockAdd(mb, G + 0x1800n, G - 0x1800n)
    memblockAdd(mb, 4n * G, 0x400n)
    const { zones, lines } = freeAreaInit(mb, [
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 4n * G },
    ], 4096n)
    // The zones start at PHYS_PFN(memblock_start_of_DRAM()): the sub-page region counts there.
    expect(zones).toEqual([
      { name: 'DMA32', start: G, end: 4n * G - 1n },
      { name: 'Normal', start: null, end: null },
    ])
    expect(lines.slice(lines.indexOf('Early memory node ranges'))).toEqual([
      'Early memory node ranges',
      '  node   0: [mem 0x0000000040002000-0x000000007fffffff]',
      'Initmem setup node 0 [mem 0x0000000040002000-0x000000007fffffff]',
    ])
  })

  it('prints DMA and DMA32 empty when DRAM starts above 4 GiB', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 8n * G, G)
    const { lines } = freeAreaInit(mb, [
      { name: 'DMA', limit: 4n * G },
      { name: 'DMA32', limit: 4n * G },
      { name: 'Normal', limit: 9n * G },
    ], 4096n)
    expect(lines.slice(0, 4)).toEqual([
      'Zone ranges:',
      '  DMA      empty',
      '  DMA32    empty',
      '  Normal   [mem 0x0000000200000000-0x000000023fffffff]',
    ])
  })

  it('rounds the start of DRAM down and node ranges in, with 64K pages', () => {
    const mb = memblockCreate(0x10000n)
    memblockAdd(mb, G + 0x8000n, 0x28000n)
    const { zones, lines } = freeAreaInit(mb, [{ name: 'Normal', limit: G + 0x30000n }], 0x10000n)
    expect(zones).toEqual([{ name: 'Normal', start: G, end: G + 0x2ffffn }])
    expect(lines.slice(-2)).toEqual([
      '  node   0: [mem 0x0000000040010000-0x000000004002ffff]',
      'Initmem setup node 0 [mem 0x0000000040010000-0x000000004002ffff]',
    ])
  })
})
