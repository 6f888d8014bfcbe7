/**
 * The EFI side of an arm64 boot on UEFI firmware with ACPI tables (the board's `acpi`): the
 * firmware's reservations come from the EFI memory map, not from a device tree's
 * /reserved-memory, whether the kernel then runs with ACPI or (`acpi=off`) with the EFI
 * stub's device tree.
 *
 * @kernel drivers/firmware/efi/efi-init.c efi_init, reserve_regions (v6.12.117, v7.1.3);
 *         arch/arm64/kernel/setup.c setup_arch (v7.1.3:323-342)
 */
import { type Memblock } from './memblock/memblock.js';
import type { EarlyReservation } from './types.js';
/**
 * Mirrors the reserving half of reserve_regions() — drivers/firmware/efi/efi-init.c
 * (v7.1.3:158-229), which efi_init() runs before arm64_memblock_init(): a memory region the
 * map does not call usable (runtime services code and data, say) is flagged NOMAP, and ACPI
 * reclaim memory is memblock_reserve()d, without a line in dmesg. The board gives such regions
 * as `fixed` reservations (nomap for the first kind); the RAM banks themselves are the map's
 * memory regions (early_init_dt_add_memory_arch()), added before.
 */
export declare function efiReserveRegions(mb: Memblock, reservations: readonly EarlyReservation[]): void;
