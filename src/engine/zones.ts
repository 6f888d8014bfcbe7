// SPDX-License-Identifier: GPL-2.0-only
/**
 * The "Zone ranges:" block every architecture prints from free_area_init(): zones are laid
 * end to end from the start of DRAM up to each zone's max PFN; Movable is skipped in the
 * list; a zone whose end does not exceed its start is "empty". The node lines and the node's
 * span come from for_each_mem_pfn_range(), which skips a region holding no whole page.
 *
 * @kernel mm/page_alloc.c free_area_init (v5.10, v6.1), mm/mm_init.c free_area_init (v6.12, v7.2);
 *         get_pfn_range_for_nid, free_area_init_node; mm/memblock.c __next_mem_pfn_range
 */
import type { Memblock } from './memblock/memblock.js'
import { fmtPhys, max } from './phys.js'
import type { PhysAddr, PhysSize, ZoneRange } from './types.js'

export interface ZoneSpec {
  name: ZoneRange['name']
  /** PFN_PHYS(max_zone_pfns[zone]) (exclusive); 0 for ZONE_DEVICE. */
  limit: PhysAddr
}

/** `%#018Lx`: the same 18 characters as 0x%016llx. */
const hex018 = fmtPhys

/**
 * The fixed parts of a zone's line, `"  %-8s empty"` whole and `"  %-8s [mem "` before the
 * bounds (zone_names[] is fixed): a line is then built with two fewer concatenations.
 */
const ZONE_EMPTY: Record<ZoneRange['name'], string> = { DMA: '  DMA      empty', DMA32: '  DMA32    empty', Normal: '  Normal   empty', Device: '  Device   empty' }
const ZONE_MEM: Record<ZoneRange['name'], string> = { DMA: '  DMA      [mem ', DMA32: '  DMA32    [mem ', Normal: '  Normal   [mem ', Device: '  Device   [mem ' }

/**
 * PFN_PHYS(PFN_DOWN(x)) and PFN_PHYS(PFN_UP(x)). PAGE_SIZE is a power of two, so for
 * x ≥ 0 rounding down is `x & -pageSize` (one bigint operation instead of a division and a
 * product); `mask` is 0n when pageSize is not a power of two, and the division is used.
 */
function pfnDown(x: bigint, pageSize: PhysSize, mask: bigint): bigint {
  return mask !== 0n && x >= 0n ? x & mask : (x / pageSize) * pageSize
}
function pfnUp(x: bigint, pageSize: PhysSize, mask: bigint): bigint {
  const y = x + pageSize - 1n
  return mask !== 0n && y >= 0n ? y & mask : (y / pageSize) * pageSize
}

/** Mirrors free_area_init()'s zone bookkeeping and its pr_info lines. */
export function freeAreaInit(mb: Memblock, zones: ZoneSpec[], pageSize: PhysSize): { zones: ZoneRange[]; lines: string[] } {
  const mask = pageSize > 0n && (pageSize & (pageSize - 1n)) === 0n ? -pageSize : 0n
  const regions = mb.memory.regions
  let start = pfnDown(regions[0]?.base ?? 0n, pageSize, mask)
  const out: ZoneRange[] = []
  const lines = ['Zone ranges:']
  for (const z of zones) {
    const end = max(pfnDown(z.limit, pageSize, mask), start)
    if (end === start) {
      out.push({ name: z.name, start: null, end: null })
      lines.push(ZONE_EMPTY[z.name] ?? `  ${z.name.padEnd(8)} empty`)
    } else {
      const last = end - 1n
      out.push({ name: z.name, start, end: last })
      lines.push(`${ZONE_MEM[z.name] ?? `  ${z.name.padEnd(8)} [mem `}${hex018(start)}-${hex018(last)}]`)
    }
    start = end
  }
  lines.push('Movable zone start for each node', 'Early memory node ranges')
  // for_each_mem_pfn_range() gives each region's PFN_UP(base)..PFN_DOWN(end) and skips a region
  // with no whole page in it; get_pfn_range_for_nid() spans the ranges it gives, so a sub-page
  // region at either end moves neither bound of the "Initmem setup" line.
  let spanStart = -1n
  let spanEnd = 0n
  for (const r of regions) {
    const s = pfnUp(r.base, pageSize, mask)
    const e = pfnDown(r.base + r.size, pageSize, mask)
    if (e <= s) continue
    if (spanStart < 0n) spanStart = s
    spanEnd = e
    lines.push(`  node   0: [mem ${hex018(s)}-${hex018(e - 1n)}]`)
  }
  // A node with no whole page ("memoryless") cannot boot: nothing is printed for it here.
  if (spanStart >= 0n) lines.push(`Initmem setup node 0 [mem ${hex018(spanStart)}-${hex018(spanEnd - 1n)}]`)
  return { zones: out, lines }
}
