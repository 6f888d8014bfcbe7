/**
 * The "Zone ranges:" block every architecture prints from free_area_init(): zones are laid
 * end to end from the start of DRAM up to each zone's max PFN; Movable is skipped in the
 * list; a zone whose end does not exceed its start is "empty". The node lines and the node's
 * span come from for_each_mem_pfn_range(), which skips a region holding no whole page.
 *
 * @kernel mm/page_alloc.c free_area_init (v5.10, v6.1), mm/mm_init.c free_area_init (v6.12, v7.2);
 *         get_pfn_range_for_nid, free_area_init_node; mm/memblock.c __next_mem_pfn_range
 */
import type { Memblock } from './memblock/memblock.js';
import type { PhysAddr, PhysSize, ZoneRange } from './types.js';
export interface ZoneSpec {
    name: ZoneRange['name'];
    /** PFN_PHYS(max_zone_pfns[zone]) (exclusive); 0 for ZONE_DEVICE. */
    limit: PhysAddr;
}
/** Mirrors free_area_init()'s zone bookkeeping and its pr_info lines. */
export declare function freeAreaInit(mb: Memblock, zones: ZoneSpec[], pageSize: PhysSize): {
    zones: ZoneRange[];
    lines: string[];
};
