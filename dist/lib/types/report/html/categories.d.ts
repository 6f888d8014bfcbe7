/**
 * Early reservations grouped by what made them, for the map's colours and legend. The owner
 * string (memblock=debug caller or reservation name) stays in every tooltip; the category
 * only picks the colour.
 */
export type ReservationCategory = 'kernel' | 'initrd' | 'dt' | 'cma' | 'pgtable' | 'memmap' | 'firmware' | 'other';
export declare const CATEGORY_LABEL: Readonly<Record<ReservationCategory, string>>;
export declare const CATEGORIES: readonly ReservationCategory[];
/**
 * The category of a reservation owner.
 *
 * @example
 * reservationCategory('early_pgtable_alloc:map_mem') // → 'pgtable'
 * reservationCategory('linux,cma') // → 'cma'
 */
export declare function reservationCategory(owner: string | undefined, nomap?: boolean): ReservationCategory;
