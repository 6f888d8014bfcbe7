/**
 * The x86 e820 RAM map as far as memblock sees it: the firmware's usable entries, the two
 * edits setup_arch() makes before memblock is filled (page 0 becomes reserved, the legacy
 * VGA/BIOS hole [640K, 1M) stops being RAM), `mem=`, and e820__memblock_setup() itself.
 *
 * Only E820_TYPE_RAM entries matter here: reserved, ACPI and NVS entries never become
 * memblock memory, so they are neither counted in System RAM nor allocatable.
 *
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup, e820__range_update, e820__range_remove,
 *         e820__end_of_ram_pfn, e820__end_of_low_ram_pfn, parse_memopt;
 *         arch/x86/kernel/setup.c trim_bios_range (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memblock } from '../memblock/memblock.js';
import { type Memparse } from '../memparse.js';
import type { MemoryBank, PhysAddr, PhysRange } from '../types.js';
/** BIOS_BEGIN / BIOS_END: the legacy VGA + option-ROM + BIOS window. */
export declare const BIOS_BEGIN = 655360n;
export declare const BIOS_END = 1048576n;
/**
 * The usable (E820_TYPE_RAM) entries, sorted, as half-open ranges. Never modified in place:
 * an edit builds a new list, which may share the entries it leaves as they were.
 */
export type E820Ram = PhysRange[];
/**
 * Mirrors e820__range_remove(start, size, E820_TYPE_RAM, true) on the RAM entries (and
 * e820__range_update(…, RAM → RESERVED), which has the same effect on what stays RAM).
 * @kernel arch/x86/kernel/e820.c e820__range_remove, __e820__range_update
 */
export declare function e820RangeRemoveRam(ram: E820Ram, start: PhysAddr, size: bigint): E820Ram;
/**
 * The firmware's e820 table as setup_arch() edits it: the RAM entries (the layout's banks) and
 * the ACPI-data entries (`firmwareAcpi`, the board's `e820AcpiData`), with `mem=` and
 * `memmap=` applied (e820UserTable(), which also adds the ACPI-data entries `memmap=nn#ss`
 * makes); then trim_bios_range() makes page 0 reserved ("e820: update [mem
 * 0x00000000-0x00000fff] usable ==> reserved") and removes [BIOS_BEGIN, BIOS_END) ("e820:
 * remove [mem 0x000a0000-0x000fffff] usable"), RAM only, so it leaves the ACPI data.
 * @kernel arch/x86/kernel/setup.c trim_bios_range; arch/x86/kernel/e820.c parse_memopt
 */
export declare function e820FromFirmware(banks: MemoryBank[], cmdline: string, memparse: Memparse, strtoullSaturates?: boolean, firmwareAcpi?: readonly PhysRange[]): E820Table;
/**
 * Mirrors e820__range_add(…, E820_TYPE_RAM) — arch/x86/kernel/e820.c (v6.12.117:182) on the RAM entries: the range becomes RAM
 * (e820__update_table() merges it with its neighbours).
 */
export declare function e820RangeAddRam(ram: E820Ram, start: PhysAddr, size: bigint): E820Ram;
/**
 * Mirrors e820_add_kernel_range(): when [_text, _end) is not all RAM (`memmap=nn$ss`,
 * `memmap=exactmap` or `mem=` took part of it), whatever entries lie there are removed and
 * the range added as RAM, and the kernel warns ".text .data .bss are not marked as
 * E820_TYPE_RAM!". Runs after the command line's edits, before trim_bios_range().
 * Returns undefined when the image is all RAM already (e820__mapped_all(): the merged RAM
 * entries leave no hole in it), the table as it becomes otherwise.
 * @kernel arch/x86/kernel/setup.c e820_add_kernel_range, setup_arch (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13)
 */
export declare function e820AddKernelRange(table: E820Table, start: PhysAddr, end: PhysAddr): E820Table | undefined;
/**
 * Mirrors parse_memmap_one()'s reading of the `-from` and `+to` of `memmap=nn%ss-from+to`,
 * from index `i` (just after `ss`): each optional, 0 when absent, cut to 32 bits; undefined
 * when anything follows them (`if (*p != '\0') return -EINVAL`).
 * @kernel arch/x86/kernel/e820.c parse_memmap_one
 */
export declare function memmapConvertTypes(one: string, i: number, strtoullSaturates: boolean): {
    from: bigint;
    to: bigint;
} | undefined;
/**
 * Mirrors parse_memmap_opt() → parse_memmap_one() as far as BUG_ON(old_type == new_type) in
 * __e820__range_update(): the first comma-separated item `nn%ss-T+T` with the same non-zero
 * type on both sides (after the cut to 32 bits), or undefined. `from && to` sends the pair to
 * e820__range_update(), whose first statement is the BUG_ON, in every modelled release; this
 * runs in parse_early_param(), so the boot stops there: x86's early exception handler prints
 * "kernel BUG at arch/x86/kernel/e820.c:…!" and halts (test/boots/early-params); simulate()
 * stops there (early-params.ts).
 * @kernel arch/x86/kernel/e820.c parse_memmap_opt, parse_memmap_one, __e820__range_update;
 *         arch/x86/mm/extable.c early_fixup_exception (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export declare function parseMemmapOptBug(val: string, memparse: Memparse, strtoullSaturates: boolean): string | undefined;
/**
 * The e820 table as the engine follows it: the usable (RAM) entries, and the ACPI-data entries,
 * the firmware's (the board's `e820AcpiData`) and those the command line made (`memmap=nn#ss`,
 * `memmap=nn%ss+3`, `memmap=nn%ss-1+3`). Other types
 * matter only as "not RAM" and are not kept. Both lists have E820Ram's shape (sorted, merged),
 * so the range helpers above serve both.
 */
export interface E820Table {
    ram: E820Ram;
    acpi: E820Ram;
}
/**
 * Mirrors parse_memopt() and parse_memmap_opt() / parse_memmap_one() in command-line order,
 * then e820__update_table(): on the RAM entries,
 *   mem=nn            RAM above nn removed (0 and `nopentium` refused);
 *   memmap=exactmap   the whole table cleared;
 *   memmap=nn@ss      RAM added;
 *   memmap=nn#ss, nn$ss, nn!ss   ACPI, reserved, protected-RAM entries added: a type above
 *                     RAM, so e820__update_table() gives them the overlap whatever the order;
 *   memmap=nn%ss-f+t  entries of type f become t (f only: removed; t only: added), for RAM;
 *   memmap=nn         as mem=nn.
 * Several values may be separated by commas. Firmware entries that are not RAM are not in
 * the model, so "+1" over one of them cannot turn it into RAM; entries the command line added
 * (`$`, `!`, `%…+t`) keep their type, so `%-2`, `%-12+1` and the like change or remove them.
 *
 * The ACPI-data entries the command line leaves are kept too (max_pfn counts them from 6.11):
 * `#` (and `%…+3`) adds them, `%-1+3` turns RAM into them, `%-3`, `%-3+t` and a typeless `%`
 * take them away, exactmap clears them, and e820__update_table() gives any overlap with a
 * higher type (`!` is 12) to that type. `mem=` and a bare `memmap=nn` remove only RAM.
 *
 * `firmwareReserved` are the firmware's own reserved entries (the board's `nomap` banks): the
 * table the command line edits already holds them (e820__memory_setup()), so they win any
 * overlap with RAM, a `memmap=nn@ss` over them included; `%-2+t` changes them, a typeless `%`
 * and exactmap remove them.
 *
 * `firmwareAcpi` are the firmware's own ACPI-data entries (the board's `e820AcpiData`): in the
 * table from the start too, so the ACPI list starts with them and the command line treats them
 * as those it adds (mem= and a bare `memmap=nn` leave them; exactmap, `%-3` and a typeless `%`
 * remove them); as a higher type they win any overlap with RAM (e820__update_table(), which
 * e820__memory_setup_default() runs on the firmware's table first).
 *
 * The `%` form's types are cut to 32 bits (e820TypeFromString()); `strtoullSaturates` is
 * simple_strtoull()'s overflow (7.x saturates). Equal types (not 0) are the BUG
 * parseMemmapOptBug() reports: simulate() stops there, so no table is needed for such a boot.
 * @kernel arch/x86/kernel/e820.c parse_memopt, parse_memmap_one, parse_memmap_opt,
 *         e820__range_remove, e820__update_table, e820__finish_early_params (v5.10.223,
 *         v6.12.117, v7.2.13)
 */
export declare function e820UserTable(ram: E820Ram, cmdline: string, memparse: Memparse, firmwareReserved?: E820Ram, strtoullSaturates?: boolean, firmwareAcpi?: readonly PhysRange[]): E820Table;
/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT: the end of the highest RAM entry
 * (max_pfn); with `limit` the end below it (e820__end_of_low_ram_pfn(): limit 4 GiB).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export declare function e820EndOfRam(ram: E820Ram, limit?: PhysAddr): PhysAddr;
/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT on the table: the end of the highest RAM entry
 * (≤6.10), or of the highest RAM or ACPI-data entry (6.11+, 06fa48d85b09 "x86/mm: Make
 * e820__end_ram_pfn() cover E820_TYPE_ACPI ranges").
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export declare function e820EndOfRamPfn(table: E820Table, types: 'ram' | 'ram-and-acpi'): PhysAddr;
/**
 * Mirrors memblock_trim_memory(PAGE_SIZE): partial pages at region edges are thrown away,
 * regions left empty are removed. A kept region's edges are rewritten in place, so
 * memblock.memory.total_size still counts them (memblock_phys_mem_size() does: the kernel
 * subtracts only the size of a region it removes).
 * @kernel mm/memblock.c memblock_trim_memory, memblock_remove_region
 */
export declare function memblockTrimMemory(mb: Memblock, align: bigint): void;
/**
 * Mirrors e820__memblock_setup(): every RAM entry becomes memblock memory, then partial pages
 * are trimmed (so [0x1000, 0x9fc00) becomes [0x1000, 0x9f000)).
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup
 */
export declare function e820MemblockSetup(mb: Memblock, ram: E820Ram): void;
