import type { LayoutReport } from '../types.js';
import { type ReservationCategory } from './categories.js';
/** Categories present in a layout's reservation lane (for the legend). */
export declare function mapCategories(layout: LayoutReport): ReservationCategory[];
/**
 * Renders the memory map of one layout.
 *
 * @param layout - the layout and its simulation result
 * @param id - a page-unique, deterministic id prefix (e.g. `L12`)
 * @returns an `<svg>` element as a string
 */
export declare function renderMemoryMap(layout: LayoutReport, id: string): string;
