/**
 * The x86 e820 table entry by entry, as the command line's handlers edit it before
 * e820__finish_early_params() sanitizes it: the raw entries (their number, their u64 ends),
 * which decide whether that sanitizing refuses the table ("Invalid user supplied memory map",
 * a panic: early-params.ts) and, when it does not, what RAM, ACPI data and soft-reserved
 * memory the boot goes on with (x86/setup.ts x86E820Setup()).
 *
 * e820__update_table() refuses a table of fewer than two entries (a removed entry is zeroed,
 * not dropped, so it still counts) and one whose entry wraps past 2^64. So `memmap=exactmap`
 * followed by a single `memmap=nn@ss` panics, and so does `memmap=0xffffffffffffffff@1M`.
 *
 * @kernel arch/x86/kernel/e820.c __e820__range_add, __e820__range_update, e820__range_remove,
 *         e820__update_table, parse_memopt, parse_memmap_one, parse_memmap_opt,
 *         e820__finish_early_params (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import type { Memparse } from '../memparse.js';
import type { Layout, PhysRange } from '../types.js';
/** struct e820_entry: u64 addr and size, a 32-bit type. */
export interface E820Entry {
    addr: bigint;
    size: bigint;
    type: bigint;
}
/**
 * Mirrors __e820__range_add(): a new entry at the end of the table (none when it is full: the
 * kernel prints "E820 table full" and drops it).
 * @kernel arch/x86/kernel/e820.c __e820__range_add
 */
export declare function e820RangeAddEntry(table: E820Entry[], start: bigint, size: bigint, type: bigint): void;
/**
 * Mirrors __e820__range_update() (after its BUG_ON(old_type == new_type), which
 * parseMemmapOptBug() reports): the entries of `oldType` in [start, start + size) become
 * `newType`, an entry the range falls inside splitting in three, one it overlaps in two. The
 * loop runs over the entries it appends too, as the kernel's does.
 * @kernel arch/x86/kernel/e820.c __e820__range_update
 */
export declare function e820RangeUpdateEntries(table: E820Entry[], start: bigint, size: bigint, oldType: bigint, newType: bigint): void;
/**
 * Mirrors e820__range_remove(): [start, start + size) leaves the entries of `filterType` (0:
 * of every type); an entry inside it is zeroed (still counted), one the range falls inside
 * splits in two. ≤6.x's `check_type` argument is `filterType !== 0` here: the callers pass the
 * same pairs.
 * @kernel arch/x86/kernel/e820.c e820__range_remove
 */
export declare function e820RangeRemoveEntries(table: E820Entry[], start: bigint, size: bigint, filterType: bigint): void;
/**
 * What e820__update_table() makes of the firmware's RAM, reserved and ACPI-data ranges (the
 * engine's firmware table: banks, `nomap` banks, `e820AcpiData`): the highest type wins each
 * overlap and neighbours of one type merge, so the table holds one entry per run of a type.
 * @kernel arch/x86/kernel/e820.c e820__update_table
 */
export declare function e820FirmwareEntries(ram: readonly PhysRange[], reserved: readonly PhysRange[], acpi: readonly PhysRange[]): E820Entry[];
/**
 * The firmware's sanitized table as the layout gives it (e820FirmwareEntries()): its banks
 * are RAM, its `nomap` banks and fixed `nomap` reservations reserved, its `e820AcpiData` ACPI
 * data.
 * @kernel arch/x86/kernel/e820.c e820__memory_setup_default
 */
export declare function e820LayoutFirmware(layout: Pick<Layout, 'memory' | 'e820AcpiData' | 'reservations'>): E820Entry[];
/**
 * Mirrors parse_memopt() and parse_memmap_opt() → parse_memmap_one() on the raw table, in
 * command-line order: the entries the handlers leave (the firmware's, edited) and whether one
 * of them set `userdef` (e820__finish_early_params() then sanitizes and prints the table).
 * `strtoullSaturates` is simple_strtoull()'s overflow (7.x saturates). An item `nn%ss-T+T`
 * of one type is the BUG parseMemmapOptBug() stops at first; here it changes nothing.
 * @kernel arch/x86/kernel/e820.c parse_memopt, parse_memmap_one, parse_memmap_opt
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export declare function e820UserEntries(firmware: readonly E820Entry[], cmdline: string, memparse: Memparse, strtoullSaturates: boolean): {
    entries: E820Entry[];
    userdef: boolean;
};
/**
 * e820__update_table()'s refusal, which e820__finish_early_params() turns into the panic
 * "Invalid user supplied memory map": fewer than two entries (zeroed ones count), or one that
 * wraps past 2^64.
 * @kernel arch/x86/kernel/e820.c e820__update_table, e820__finish_early_params
 */
export declare function e820TableRefused(entries: readonly E820Entry[]): boolean;
/**
 * Mirrors e820UserEntries() then e820__finish_early_params()'s test: true when a handler set
 * `userdef` and e820__update_table() refuses the table, so the kernel panics.
 * @kernel arch/x86/kernel/e820.c e820__finish_early_params (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export declare function e820UserMapInvalid(firmware: readonly E820Entry[], cmdline: string, memparse: Memparse, strtoullSaturates: boolean): boolean;
/**
 * Mirrors e820__update_table() on a table it accepts (e820TableRefused() false): the entries
 * sorted, every overlap given to the highest type, empty entries dropped, neighbours of one
 * type merged but PRAM and soft-reserved ones, which split at every other entry's edge too.
 * @kernel arch/x86/kernel/e820.c e820__update_table, e820_nomerge (v5.10.223), e820_type_mergeable (v7.2.13)
 */
export declare function e820UpdateTable(entries: readonly E820Entry[]): E820Entry[];
/**
 * What e820__update_table() makes of a table it accepts, as the engine reads it: the RAM,
 * ACPI-data and soft-reserved ranges, each sorted and merged.
 * @kernel arch/x86/kernel/e820.c e820__update_table
 */
export declare function e820SanitizedRanges(entries: readonly E820Entry[]): {
    ram: PhysRange[];
    acpi: PhysRange[];
    softReserved: PhysRange[];
};
/**
 * Mirrors e820__print_table(who) as the lines it prints, e.g. e820__finish_early_params()'s
 * "user:" table after "user-defined physical RAM map:". simulate() does not print it: a
 * board's layout holds the firmware's RAM, reserved (`nomap`) and ACPI-data ranges but not
 * every entry the firmware reports (SeaBIOS's reserved BIOS and PCI windows), so its table
 * would lack lines the kernel prints; test/fuzz/kernel-e820.test.ts compares it with the
 * compiled kernel's.
 * @kernel arch/x86/kernel/e820.c e820__print_table (v5.10.223, v6.1.192, v6.12.117, v7.2.13:205-233)
 */
export declare function e820PrintTable(entries: readonly E820Entry[], who: string, style: 'classic' | 'named-gaps'): string[];
