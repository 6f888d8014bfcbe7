import type { CreateMappingPolicy, MapMemContext, PgtableGeometry } from './mmu.js';
import { type FastGeometry, type Segments } from './mmu-fast.js';
/** One map_mem() in closed form: the walker's pieces (scratch, read before the next call) and the tables. */
export interface ClosedFormMap {
    geo: FastGeometry;
    segs: Segments;
    /** early_pgtable_alloc() pages by level: p4d, pud, pmd, pte. */
    tables: [number, number, number, number];
}
/** A map_mem() variant as closedFormMapMem() takes it. */
type ClosedFormVariant = {
    mapMem: (c: MapMemContext) => void;
    policy: CreateMappingPolicy;
};
/**
 * Engine helper (no kernel counterpart): evaluates the map_mem() mirror in closed form (a faster way to the same tables).
 * map_mem() (the variant `mapMem` under `policy`) and its linear map in closed form, or
 * undefined where the closed form does not hold (see the file comment). Tables and pieces
 * are those the run-length tables would give, down to the order of the pieces.
 * `again`: the call before this one was for the same input (paging_init()'s block comparison
 * after its detailed run), whose map_mem() calls are then taken from that call's recording
 * (checked: the same input object, memstart, variant and geometry) instead of made again.
 */
export declare function closedFormMapMem(g: PgtableGeometry, variant: ClosedFormVariant, c: Omit<MapMemContext, 'st'>, again?: boolean): ClosedFormMap | undefined;
export {};
