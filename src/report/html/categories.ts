// SPDX-License-Identifier: GPL-2.0-only
/**
 * Early reservations grouped by what made them, for the map's colours and legend. The owner
 * string (memblock=debug caller or reservation name) stays in every tooltip; the category
 * only picks the colour.
 */

export type ReservationCategory = 'kernel' | 'initrd' | 'dt' | 'cma' | 'pgtable' | 'memmap' | 'firmware' | 'other'

export const CATEGORY_LABEL: Readonly<Record<ReservationCategory, string>> = {
  kernel: 'kernel image',
  initrd: 'initrd',
  dt: 'device tree',
  cma: 'CMA',
  pgtable: 'page tables',
  memmap: 'memmap / sparse',
  firmware: 'firmware',
  other: 'other',
}

export const CATEGORIES: readonly ReservationCategory[] = ['kernel', 'initrd', 'dt', 'cma', 'pgtable', 'memmap', 'firmware', 'other']

const RULES: ReadonlyArray<[RegExp, ReservationCategory]> = [
  [/^(kernel|_text|_stext)$/i, 'kernel'],
  [/initrd/i, 'initrd'],
  [/^(fdt|dtb)$|device_tree|of_alias|of_|\bdt\b/i, 'dt'],
  [/cma|shared-dma-pool/i, 'cma'],
  [/pgtable|pgd|pmd|pud|pte|fixmap|idmap|page.?table/i, 'pgtable'],
  [/memmap|vmemmap|usemap|sparse|bootmem|node_data|pglist/i, 'memmap'],
  [/efi|acpi|spin-table|mmode|opensbi|firmware|bios|smbios|tpm|setup_data|^setup$|trampoline|reserved-memory|memreserve|bl31|\btee\b|optee/i, 'firmware'],
]

/**
 * The category of a reservation owner.
 *
 * @example
 * reservationCategory('early_pgtable_alloc:map_mem') // → 'pgtable'
 * reservationCategory('linux,cma') // → 'cma'
 */
export function reservationCategory(owner: string | undefined, nomap = false): ReservationCategory {
  for (const [re, cat] of RULES) if (owner !== undefined && re.test(owner)) return cat
  return nomap ? 'firmware' : 'other'
}
