// SPDX-License-Identifier: GPL-2.0-only
/**
 * The "Zone ranges:" block every architecture prints from free_area_init(): zones are laid
 * end to end from the start of DRAM up to each zone's max PFN; Movable is skipped in the
 * list; a zone whose end does not exceed its start is "empty".
 *
 * @kernel mm/page_alloc.c free_area_init (v5.10, v6.1), mm/mm_init.c free_area_init (v6.12, v7.2)
 */
import type { Memblock } from './memblock/memblock.js'
import { max } from './phys.js'
import type { PhysAddr, PhysSize, ZoneRange } from './types.js'

export interface ZoneSpec {
  name: ZoneRange['name']
  /** PFN_PHYS(max_zone_pfns[zone]) (exclusive); 0 for ZONE_DEVICE. */
  limit: PhysAddr
}

const hex018 = (x: bigint): string => '0x' + x.toString(16).padStart(16, '0')

/** Mirrors free_area_init()'s zone bookkeeping and its pr_info lines. */
export function freeAreaInit(mb: Memblock, zones: ZoneSpec[], pageSize: PhysSize): { zones: ZoneRange[]; lines: string[] } {
  const pfnDown = (x: bigint): bigint => (x / pageSize) * pageSize
  const pfnUp = (x: bigint): bigint => ((x + pageSize - 1n) / pageSize) * pageSize
  const regions = mb.memory.regions
  let start = pfnDown(regions[0]?.base ?? 0n)
  const out: ZoneRange[] = []
  const lines = ['Zone ranges:']
  for (const z of zones) {
    const end = max(pfnDown(z.limit), start)
    const empty = end === start
    out.push({ name: z.name, start: empty ? null : start, end: empty ? null : end - 1n })
    lines.push(`  ${z.name.padEnd(8)} ${empty ? 'empty' : `[mem ${hex018(start)}-${hex018(end - 1n)}]`}`)
    start = end
  }
  lines.push('Movable zone start for each node', 'Early memory node ranges')
  for (const r of regions) {
    const s = pfnUp(r.base)
    const e = pfnDown(r.base + r.size)
    if (e <= s) continue
    lines.push(`  node   0: [mem ${hex018(s)}-${hex018(e - 1n)}]`)
  }
  const first = regions[0]
  const last = regions.at(-1)
  if (first && last) lines.push(`Initmem setup node 0 [mem ${hex018(pfnUp(first.base))}-${hex018(pfnDown(last.base + last.size) - 1n)}]`)
  return { zones: out, lines }
}
