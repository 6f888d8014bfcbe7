/**
 * The x86 e820 RAM map as far as memblock sees it: the firmware's usable entries, the two
 * edits setup_arch() makes before memblock is filled (page 0 becomes reserved, the legacy
 * VGA/BIOS hole [640K, 1M) stops being RAM), and e820__memblock_setup() itself. The table
 * `mem=` and `memmap=` edit is x86/e820-table.ts's (entry by entry, as the kernel's).
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
 * The firmware's e820 table as memblock would see it without `mem=` or `memmap=` (x86/setup.ts
 * x86E820Setup() edits the command line's table entry by entry, x86/e820-table.ts): the RAM
 * entries (the layout's banks) less the firmware's reserved entries (`nomap` banks) and
 * ACPI-data entries (`firmwareAcpi`, the board's `e820AcpiData`), which as higher types win
 * any overlap with RAM (e820__update_table(), which e820__memory_setup_default() runs on the
 * firmware's table); then trim_bios_range() makes page 0 reserved ("e820: update [mem
 * 0x00000000-0x00000fff] usable ==> reserved") and removes [BIOS_BEGIN, BIOS_END) ("e820:
 * remove [mem 0x000a0000-0x000fffff] usable"), RAM only, so it leaves the ACPI data.
 * @kernel arch/x86/kernel/setup.c trim_bios_range; arch/x86/kernel/e820.c e820__update_table
 */
export declare function e820FromFirmware(banks: readonly MemoryBank[], firmwareAcpi?: readonly PhysRange[]): E820Table;
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
    /**
     * The soft-reserved entries (E820_TYPE_SOFT_RESERVED, 0xefffffff) the command line made
     * (`memmap=nn%ss+0xefffffff`): not RAM, and e820__memblock_setup() memblock_reserve()s them.
     * The highest type there is, so they win every overlap. Absent: none.
     */
    softReserved?: E820Ram;
}
/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT: the end of the highest RAM entry
 * (max_pfn); with `limit` the end below it (e820__end_of_low_ram_pfn(): limit 4 GiB).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export declare function e820EndOfRam(ram: E820Ram, limit?: PhysAddr): PhysAddr;
/**
 * MAX_PHYSMEM_BITS of x86_64: 46 under 4-level paging, 52 under 5-level (pgtable_l5_enabled());
 * MAX_ARCH_PFN is 1 << MAX_PHYSMEM_BITS >> PAGE_SHIFT, where e820__end_of_ram_pfn() stops.
 * @kernel arch/x86/include/asm/sparsemem.h MAX_PHYSMEM_BITS; arch/x86/include/asm/page_64_types.h
 *         MAXMEM (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export declare const MAX_PHYSMEM_BITS_4LEVEL = 46n;
export declare const MAX_PHYSMEM_BITS_5LEVEL = 52n;
/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT on the table: the end of the highest RAM entry
 * (≤6.10), or of the highest RAM or ACPI-data entry (6.11+, 06fa48d85b09 "x86/mm: Make
 * e820__end_ram_pfn() cover E820_TYPE_ACPI ranges"), no higher than MAX_ARCH_PFN (`maxArch`,
 * as an address): an entry above it is cut there, so RAM past 64 TiB under 4-level paging
 * leaves max_pfn at 64 TiB (the entry itself still becomes memblock memory).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export declare function e820EndOfRamPfn(table: E820Table, types: 'ram' | 'ram-and-acpi', maxArch?: PhysAddr): PhysAddr;
/**
 * Mirrors memblock_trim_memory(PAGE_SIZE): partial pages at region edges are thrown away,
 * regions left empty are removed. A kept region's edges are rewritten in place, so
 * memblock.memory.total_size still counts them (memblock_phys_mem_size() does: the kernel
 * subtracts only the size of a region it removes).
 * @kernel mm/memblock.c memblock_trim_memory, memblock_remove_region
 */
export declare function memblockTrimMemory(mb: Memblock, align: bigint): void;
/**
 * Mirrors e820__memblock_setup(): every RAM entry becomes memblock memory, every soft-reserved
 * entry is memblock_reserve()d, then partial pages are trimmed (so [0x1000, 0x9fc00) becomes
 * [0x1000, 0x9f000)).
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup (v5.10.223:1314, v6.1.192:1315,
 *         v6.12.117:1302, v7.2.13:1288)
 */
export declare function e820MemblockSetup(mb: Memblock, ram: E820Ram, softReserved?: readonly PhysRange[]): void;
