// SPDX-License-Identifier: GPL-2.0-only
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
import { memblockAdd, memblockReserve, type Memblock } from '../memblock/memblock.js'
import { simpleStrtoull, type Memparse } from '../memparse.js'
import { parameq, parseEarlyParams } from '../params.js'
import { roundDown, roundUp, SZ_4K } from '../phys.js'
import type { MemoryBank, PhysAddr, PhysRange } from '../types.js'

/** BIOS_BEGIN / BIOS_END: the legacy VGA + option-ROM + BIOS window. */
export const BIOS_BEGIN = 0xa0000n
export const BIOS_END = 0x100000n

/**
 * The usable (E820_TYPE_RAM) entries, sorted, as half-open ranges. Never modified in place:
 * an edit builds a new list, which may share the entries it leaves as they were.
 */
export type E820Ram = PhysRange[]

/**
 * Mirrors e820__range_remove(start, size, E820_TYPE_RAM, true) on the RAM entries (and
 * e820__range_update(…, RAM → RESERVED), which has the same effect on what stays RAM).
 * @kernel arch/x86/kernel/e820.c e820__range_remove, __e820__range_update
 */
export function e820RangeRemoveRam(ram: E820Ram, start: PhysAddr, size: bigint): E820Ram {
  const end = start + size
  const out: E820Ram = []
  for (let i = 0; i < ram.length; i++) {
    const r = ram[i]!
    const rEnd = r.base + r.size
    if (rEnd <= start || r.base >= end) {
      // Untouched: the same entry (E820Ram entries are never modified in place).
      out.push(r)
      continue
    }
    if (r.base < start) out.push({ base: r.base, size: start - r.base })
    if (rEnd > end) out.push({ base: end, size: rEnd - end })
  }
  return out
}

/**
 * The firmware's e820 table as setup_arch() edits it: the RAM entries (the layout's banks) and
 * the ACPI-data entries (`firmwareAcpi`, the board's `e820AcpiData`), with `mem=` and
 * `memmap=` applied (e820UserTable(), which also adds the ACPI-data entries `memmap=nn#ss`
 * makes); then trim_bios_range() makes page 0 reserved ("e820: update [mem
 * 0x00000000-0x00000fff] usable ==> reserved") and removes [BIOS_BEGIN, BIOS_END) ("e820:
 * remove [mem 0x000a0000-0x000fffff] usable"), RAM only, so it leaves the ACPI data.
 * @kernel arch/x86/kernel/setup.c trim_bios_range; arch/x86/kernel/e820.c parse_memopt
 */
export function e820FromFirmware(banks: MemoryBank[], cmdline: string, memparse: Memparse, strtoullSaturates = false, firmwareAcpi: readonly PhysRange[] = []): E820Table {
  let ram: E820Ram = []
  let sorted = true
  // The firmware's reserved entries (`nomap` banks): not RAM, and type 2 in e820__update_table().
  const reserved: E820Ram = []
  for (let i = 0; i < banks.length; i++) {
    const b = banks[i]!
    if (b.size <= 0n) continue
    if (b.nomap) {
      reserved.push({ base: b.base, size: b.size })
      continue
    }
    if (ram.length && ram[ram.length - 1]!.base > b.base) sorted = false
    ram.push({ base: b.base, size: b.size })
  }
  // A (stable) sort by base leaves a list already in order as it is: sort only when it is not.
  if (!sorted) ram.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  const table = e820UserTable(ram, cmdline, memparse, reserved, strtoullSaturates, firmwareAcpi)
  ram = e820RangeRemoveRam(table.ram, 0n, SZ_4K)
  ram = e820RangeRemoveRam(ram, BIOS_BEGIN, BIOS_END - BIOS_BEGIN)
  return { ram, acpi: table.acpi, ...(table.softReserved && { softReserved: table.softReserved }) }
}

/**
 * Mirrors e820__range_add(…, E820_TYPE_RAM) — arch/x86/kernel/e820.c (v6.12.117:182) on the RAM entries: the range becomes RAM
 * (e820__update_table() merges it with its neighbours).
 */
export function e820RangeAddRam(ram: E820Ram, start: PhysAddr, size: bigint): E820Ram {
  if (size <= 0n) return ram
  const out: E820Ram = []
  let base = start
  let end = start + size
  let placed = false
  for (const r of ram) {
    const rEnd = r.base + r.size
    if (rEnd < base) out.push(r)
    else if (r.base > end) {
      if (!placed) out.push({ base, size: end - base })
      placed = true
      out.push(r)
    } else {
      // Overlapping or touching: one entry.
      if (r.base < base) base = r.base
      if (rEnd > end) end = rEnd
    }
  }
  if (!placed) out.push({ base, size: end - base })
  return out
}

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
export function e820AddKernelRange(table: E820Table, start: PhysAddr, end: PhysAddr): E820Table | undefined {
  for (const r of table.ram) if (r.base <= start && r.base + r.size >= end) return undefined
  const size = end - start
  // e820__range_remove(start, size, 0): every type, the soft-reserved entries too.
  const soft = table.softReserved && e820RangeRemoveRam(table.softReserved, start, size)
  return { ram: e820RangeAddRam(table.ram, start, size), acpi: e820RangeRemoveRam(table.acpi, start, size), ...(soft && { softReserved: soft }) }
}

/**
 * `from = simple_strtoull(p + 1, &p, 0)` into an `enum e820_type` of parse_memmap_one(): every
 * enumerator is non-negative and below 2^32 (the largest, E820_TYPE_SOFT_RESERVED, is
 * 0xefffffff), so the enum is an unsigned int and the 64-bit value is cut to its low 32 bits
 * (Debian's 6.12.117 build compares the two types with a 32-bit `cmp` in
 * __e820__range_update()). So `-0x100000001` is `-1`, and `-0x100000000` is no type at all.
 * simple_strtoull() itself wraps modulo 2^64 up to 6.x and saturates at ULLONG_MAX in 7.x.
 * @kernel arch/x86/kernel/e820.c parse_memmap_one; arch/x86/include/asm/e820/types.h enum
 *         e820_type; lib/vsprintf.c simple_strtoull (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function e820TypeFromString(s: string, i: number, saturate: boolean): { value: bigint; end: number } {
  const { value, end } = simpleStrtoull(s, i, saturate)
  return { value: BigInt.asUintN(32, value), end }
}

/**
 * Mirrors parse_memmap_one()'s reading of the `-from` and `+to` of `memmap=nn%ss-from+to`,
 * from index `i` (just after `ss`): each optional, 0 when absent, cut to 32 bits; undefined
 * when anything follows them (`if (*p != '\0') return -EINVAL`).
 * @kernel arch/x86/kernel/e820.c parse_memmap_one
 */
export function memmapConvertTypes(one: string, i: number, strtoullSaturates: boolean): { from: bigint; to: bigint } | undefined {
  let from = 0n
  let to = 0n
  if (one[i] === '-') ({ value: from, end: i } = e820TypeFromString(one, i + 1, strtoullSaturates))
  if (one[i] === '+') ({ value: to, end: i } = e820TypeFromString(one, i + 1, strtoullSaturates))
  return i === one.length ? { from, to } : undefined
}

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
export function parseMemmapOptBug(val: string, memparse: Memparse, strtoullSaturates: boolean): string | undefined {
  for (const one of val.split(',')) {
    if (one.startsWith('exactmap')) continue
    const size = memparse(one, 0)
    if (size.end === 0 || one[size.end] !== '%') continue
    const types = memmapConvertTypes(one, memparse(one, size.end + 1).end, strtoullSaturates)
    if (types && types.from !== 0n && types.from === types.to) return one
  }
  return undefined
}

const E820_TYPE_RAM = 1n
const E820_TYPE_RESERVED = 2n
/** E820_TYPE_ACPI: ACPI data (EFI tables too); e820__end_of_ram_pfn() counts it from 6.11. */
const E820_TYPE_ACPI = 3n
/** E820_TYPE_PRAM: `memmap=nn!ss` protected RAM (pmem). */
const E820_TYPE_PRAM = 12n
/** E820_TYPE_SOFT_RESERVED: EFI "specific purpose" memory; e820__memblock_setup() reserves it. */
const E820_TYPE_SOFT_RESERVED = 0xefffffffn

/**
 * The e820 table as the engine follows it: the usable (RAM) entries, and the ACPI-data entries,
 * the firmware's (the board's `e820AcpiData`) and those the command line made (`memmap=nn#ss`,
 * `memmap=nn%ss+3`, `memmap=nn%ss-1+3`). Other types
 * matter only as "not RAM" and are not kept. Both lists have E820Ram's shape (sorted, merged),
 * so the range helpers above serve both.
 */
export interface E820Table {
  ram: E820Ram
  acpi: E820Ram
  /**
   * The soft-reserved entries (E820_TYPE_SOFT_RESERVED, 0xefffffff) the command line made
   * (`memmap=nn%ss+0xefffffff`): not RAM, and e820__memblock_setup() memblock_reserve()s them.
   * The highest type there is, so they win every overlap. Absent: none.
   */
  softReserved?: E820Ram
}

/** The parts of `ram` inside [start, start + size). */
function e820RangesWithin(ram: E820Ram, start: PhysAddr, size: bigint): PhysRange[] {
  const end = start + size
  const out: PhysRange[] = []
  for (const r of ram) {
    const b = r.base > start ? r.base : start
    const e = r.base + r.size < end ? r.base + r.size : end
    if (b < e) out.push({ base: b, size: e - b })
  }
  return out
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
export function e820UserTable(ram: E820Ram, cmdline: string, memparse: Memparse, firmwareReserved: E820Ram = [], strtoullSaturates = false, firmwareAcpi: readonly PhysRange[] = []): E820Table {
  const none: E820Ram = []
  // The firmware's ACPI-data entries sorted and merged (none: the same empty list as before).
  let firmwareAcpiTable: E820Ram = none
  for (const r of firmwareAcpi) if (r.size > 0n) firmwareAcpiTable = e820RangeAddRam(firmwareAcpiTable, r.base, r.size)
  if (!cmdline.includes('mem')) {
    for (const r of firmwareReserved) ram = e820RangeRemoveRam(ram, r.base, r.size)
    for (const r of firmwareAcpiTable) ram = e820RangeRemoveRam(ram, r.base, r.size)
    return { ram, acpi: firmwareAcpiTable }
  }
  // The entries of other types in the table (the firmware's reserved ones, then those the
  // command line added: reserved, protected RAM, …), with their type.
  // e820__memory_setup() sanitized the firmware's table before any handler runs: its
  // reserved and ACPI-data entries took their overlaps with RAM, so no conversion of RAM
  // (`%-1+3` and the like) reaches under them.
  for (const r of firmwareReserved) ram = e820RangeRemoveRam(ram, r.base, r.size)
  for (const r of firmwareAcpiTable) ram = e820RangeRemoveRam(ram, r.base, r.size)
  let others: { type: bigint; r: PhysRange }[] = firmwareReserved.map((r) => ({ type: E820_TYPE_RESERVED, r }))
  let acpi: E820Ram = firmwareAcpiTable
  // Take [start, start + size) out of the entries of type `type` in `others` (0: of every type); returns what was taken.
  const takeOthers = (type: bigint, start: PhysAddr, size: bigint): PhysRange[] => {
    const taken: PhysRange[] = []
    const kept: typeof others = []
    for (const o of others) {
      if (type !== 0n && o.type !== type) {
        kept.push(o)
        continue
      }
      taken.push(...e820RangesWithin([o.r], start, size))
      for (const r of e820RangeRemoveRam([o.r], start, size)) kept.push({ type: o.type, r })
    }
    others = kept
    return taken
  }
  const removeAbove = (limit: PhysAddr): void => {
    ram = e820RangeRemoveRam(ram, limit, (1n << 64n) - 1n - limit)
  }
  // An entry of a type above RAM; ACPI data is kept apart, as it can become RAM again.
  const addTyped = (type: bigint, r: PhysRange): void => {
    if (type === E820_TYPE_ACPI) {
      acpi = e820RangeAddRam(acpi, r.base, r.size)
      return
    }
    others.push({ type, r })
  }
  for (const p of parseEarlyParams(cmdline)) {
    if (p.val === null) continue
    if (parameq(p.param, 'mem')) {
      // `if (!p) return -EINVAL`; mem=nopentium is x86_32's; a size of 0 is refused.
      if (p.val === 'nopentium') continue
      const v = memparse(p.val, 0).value
      if (v !== 0n) removeAbove(v)
      continue
    }
    if (!parameq(p.param, 'memmap')) continue
    for (const one of p.val.split(',')) {
      if (one.startsWith('exactmap')) {
        ram = []
        others = []
        acpi = none
        continue
      }
      const size = memparse(one, 0)
      if (size.end === 0) continue
      const op = one[size.end]
      if (op === undefined || !'@#$!%'.includes(op)) {
        removeAbove(size.value)
        continue
      }
      const at = memparse(one, size.end + 1)
      const range = { base: at.value, size: size.value }
      if (op === '@') ram = e820RangeAddRam(ram, at.value, size.value)
      else if (op === '#') addTyped(E820_TYPE_ACPI, range)
      else if (op === '$') addTyped(E820_TYPE_RESERVED, range)
      else if (op === '!') addTyped(E820_TYPE_PRAM, range)
      else {
        const types = memmapConvertTypes(one, at.end, strtoullSaturates)
        // `if (*p != '\0') return -EINVAL`: nothing changes.
        if (types === undefined) continue
        const { from, to } = types
        if (from === E820_TYPE_RAM && to !== E820_TYPE_RAM) {
          // e820__range_update(): the RAM in the range becomes `to`; e820__range_remove(…, RAM) when `to` is 0.
          if (to !== 0n) for (const part of e820RangesWithin(ram, at.value, size.value)) addTyped(to, part)
          ram = e820RangeRemoveRam(ram, at.value, size.value)
        } else if (from === E820_TYPE_ACPI && to !== E820_TYPE_ACPI) {
          const parts = e820RangesWithin(acpi, at.value, size.value)
          acpi = e820RangeRemoveRam(acpi, at.value, size.value)
          for (const part of parts) {
            if (to === E820_TYPE_RAM) ram = e820RangeAddRam(ram, part.base, part.size)
            else if (to !== 0n) addTyped(to, part)
          }
        } else if (from > E820_TYPE_RAM && from !== E820_TYPE_ACPI && to !== from) {
          // e820__range_update(…, from, to) / e820__range_remove(…, from) act on the raw table,
          // before e820__update_table(): an entry of type `from` the command line added changes
          // or goes, and the RAM under it is RAM again.
          for (const part of takeOthers(from, at.value, size.value)) {
            if (to === E820_TYPE_RAM) ram = e820RangeAddRam(ram, part.base, part.size)
            else if (to !== 0n) addTyped(to, part)
          }
        } else if (from === 0n && to === E820_TYPE_RAM) ram = e820RangeAddRam(ram, at.value, size.value)
        else if (from === 0n && to !== 0n) addTyped(to, range)
        else if (from === 0n && to === 0n) {
          // e820__range_remove(…, 0): every type.
          ram = e820RangeRemoveRam(ram, at.value, size.value)
          acpi = e820RangeRemoveRam(acpi, at.value, size.value)
          takeOthers(0n, at.value, size.value)
        }
      }
    }
  }
  for (const o of others) ram = e820RangeRemoveRam(ram, o.r.base, o.r.size)
  for (const r of acpi) ram = e820RangeRemoveRam(ram, r.base, r.size)
  // A type above ACPI wins an overlap with it.
  for (const o of others) if (o.type > E820_TYPE_ACPI) acpi = e820RangeRemoveRam(acpi, o.r.base, o.r.size)
  const soft = others.filter((o) => o.type === E820_TYPE_SOFT_RESERVED && o.r.size > 0n).map((o) => o.r)
  return soft.length ? { ram, acpi, softReserved: soft } : { ram, acpi }
}

/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT: the end of the highest RAM entry
 * (max_pfn); with `limit` the end below it (e820__end_of_low_ram_pfn(): limit 4 GiB).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export function e820EndOfRam(ram: E820Ram, limit: PhysAddr = 1n << 52n): PhysAddr {
  let last = 0n
  for (const r of ram) {
    if (r.base >= limit) continue
    const end = r.base + r.size > limit ? limit : r.base + r.size
    const endPfnAddr = roundDown(end, SZ_4K)
    if (endPfnAddr > last) last = endPfnAddr
  }
  return last
}

/**
 * MAX_PHYSMEM_BITS of x86_64: 46 under 4-level paging, 52 under 5-level (pgtable_l5_enabled());
 * MAX_ARCH_PFN is 1 << MAX_PHYSMEM_BITS >> PAGE_SHIFT, where e820__end_of_ram_pfn() stops.
 * @kernel arch/x86/include/asm/sparsemem.h MAX_PHYSMEM_BITS; arch/x86/include/asm/page_64_types.h
 *         MAXMEM (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export const MAX_PHYSMEM_BITS_4LEVEL = 46n
export const MAX_PHYSMEM_BITS_5LEVEL = 52n

/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT on the table: the end of the highest RAM entry
 * (≤6.10), or of the highest RAM or ACPI-data entry (6.11+, 06fa48d85b09 "x86/mm: Make
 * e820__end_ram_pfn() cover E820_TYPE_ACPI ranges"), no higher than MAX_ARCH_PFN (`maxArch`,
 * as an address): an entry above it is cut there, so RAM past 64 TiB under 4-level paging
 * leaves max_pfn at 64 TiB (the entry itself still becomes memblock memory).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn (v5.10.223, v6.1.192), e820__end_ram_pfn (v6.12.117, v7.2.13)
 */
export function e820EndOfRamPfn(table: E820Table, types: 'ram' | 'ram-and-acpi', maxArch: PhysAddr = 1n << MAX_PHYSMEM_BITS_5LEVEL): PhysAddr {
  const ram = e820EndOfRam(table.ram, maxArch)
  if (types === 'ram') return ram
  const acpi = e820EndOfRam(table.acpi, maxArch)
  return acpi > ram ? acpi : ram
}


/**
 * Mirrors memblock_trim_memory(PAGE_SIZE): partial pages at region edges are thrown away,
 * regions left empty are removed. A kept region's edges are rewritten in place, so
 * memblock.memory.total_size still counts them (memblock_phys_mem_size() does: the kernel
 * subtracts only the size of a region it removes).
 * @kernel mm/memblock.c memblock_trim_memory, memblock_remove_region
 */
export function memblockTrimMemory(mb: Memblock, align: bigint): void {
  const out = []
  for (const r of mb.memory.regions) {
    const start = roundUp(r.base, align)
    const end = roundDown(r.base + r.size, align)
    if (start >= end) continue
    // An aligned region stays as it is (the old array is dropped: nothing else holds it).
    if (start === r.base && end - start === r.size) out.push(r)
    else {
      out.push({ base: start, size: end - start, flags: r.flags, nid: r.nid, owner: r.owner, alsoOwners: r.alsoOwners })
      mb.memoryTrimmedUncounted += r.size - (end - start)
    }
  }
  mb.memory.regions = out
}

/**
 * Mirrors e820__memblock_setup(): every RAM entry becomes memblock memory, every soft-reserved
 * entry is memblock_reserve()d, then partial pages are trimmed (so [0x1000, 0x9fc00) becomes
 * [0x1000, 0x9f000)).
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup (v5.10.223:1314, v6.1.192:1315,
 *         v6.12.117:1302, v7.2.13:1288)
 */
export function e820MemblockSetup(mb: Memblock, ram: E820Ram, softReserved: readonly PhysRange[] = []): void {
  for (const r of softReserved) memblockReserve(mb, r.base, r.size, 'e820__memblock_setup')
  for (const r of ram) memblockAdd(mb, r.base, r.size)
  memblockTrimMemory(mb, SZ_4K)
}
