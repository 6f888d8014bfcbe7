// SPDX-License-Identifier: GPL-2.0-only
/**
 * The EFI side of an arm64 boot on UEFI firmware with ACPI tables (the board's `acpi`): the
 * firmware's reservations come from the EFI memory map, not from a device tree's
 * /reserved-memory, whether the kernel then runs with ACPI or (`acpi=off`) with the EFI
 * stub's device tree.
 *
 * @kernel drivers/firmware/efi/efi-init.c efi_init, reserve_regions (v6.12.117, v7.1.3);
 *         arch/arm64/kernel/setup.c setup_arch (v7.1.3:323-342)
 */
import { memblockMarkNomap, memblockReserve, type Memblock } from './memblock/memblock.js'
import type { EarlyReservation } from './types.js'

/**
 * Mirrors the reserving half of reserve_regions() — drivers/firmware/efi/efi-init.c
 * (v7.1.3:158-229), which efi_init() runs before arm64_memblock_init(): a memory region the
 * map does not call usable (runtime services code and data, say) is flagged NOMAP, and ACPI
 * reclaim memory is memblock_reserve()d, without a line in dmesg. The board gives such regions
 * as `fixed` reservations (nomap for the first kind); the RAM banks themselves are the map's
 * memory regions (early_init_dt_add_memory_arch()), added before.
 */
export function efiReserveRegions(mb: Memblock, reservations: readonly EarlyReservation[]): void {
  for (const r of reservations) {
    if (r.kind !== 'fixed') continue
    for (const { base, size } of [r, ...(r.moreReg ?? [])]) {
      if (size === 0n) continue
      if (r.nomap) memblockMarkNomap(mb, base, size)
      else memblockReserve(mb, base, size, r.name)
    }
  }
}

/**
 * Mirrors the reserving half of efi_init() — drivers/firmware/efi/efi-init.c (v6.12.117,
 * v7.2.13) on a device-tree boot through the EFI stub, which setup_arch() runs on riscv64
 * after parse_early_param() and before paging_init() → setup_bootmem()
 * (arch/riscv/kernel/setup.c@v7.2.13:319-321) and on arm64 before arm64_memblock_init()
 * (arch/arm64/kernel/setup.c@v7.2.13:323-332; an ACPI board takes efiReserveRegions()): uefi_init() → efi_config_parse_tables()
 * reserves the memory attributes table (efi_memattr_init(), memattr.c) and the memreserve
 * list (efi.c), reserve_regions() the ACPI reclaim memory of the map, and efi_init() the map
 * itself, each a memblock_reserve() without a line in dmesg. The board gives them as `fixed`
 * reservations marked `efi`; the map's no-map regions are its `nomap` memory banks (what
 * reserve_regions() adds with early_init_dt_add_memory_arch() and flags NOMAP).
 */
export function efiInitReserve(mb: Memblock, reservations: readonly EarlyReservation[]): void {
  // The same reservations an ACPI board's map gives, for the `efi` ones alone (never no-map).
  efiReserveRegions(mb, reservations.filter(isEfiReservation))
}

const isEfiReservation = (r: EarlyReservation): boolean => r.kind === 'fixed' && r.efi === true

/** Engine helper (no kernel counterpart): the reservations that are the device tree's, not efi_init()'s. */
export const dtReservations = (reservations: readonly EarlyReservation[]): readonly EarlyReservation[] =>
  reservations.some(isEfiReservation) ? reservations.filter((r) => !isEfiReservation(r)) : reservations
