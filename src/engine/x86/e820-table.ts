// SPDX-License-Identifier: GPL-2.0-only
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
import type { Memparse } from '../memparse.js'
import { parameq, parseEarlyParams } from '../params.js'
import type { Layout, PhysRange } from '../types.js'
import { memmapConvertTypes } from './e820.js'

/** struct e820_entry: u64 addr and size, a 32-bit type. */
export interface E820Entry {
  addr: bigint
  size: bigint
  type: bigint
}

const U64_MAX = (1n << 64n) - 1n
const u64 = (x: bigint): bigint => BigInt.asUintN(64, x)
const E820_TYPE_RAM = 1n
const E820_TYPE_RESERVED = 2n
const E820_TYPE_ACPI = 3n
const E820_TYPE_PRAM = 12n
const E820_TYPE_SOFT_RESERVED = 0xefffffffn
/** E820_MAX_ENTRIES: E820_MAX_ENTRIES_ZEROPAGE (128) + 3 * MAX_NUMNODES (CONFIG_NODES_SHIFT 10). */
const E820_MAX_ENTRIES = 128 + 3 * 1024

/**
 * Mirrors __e820__range_add(): a new entry at the end of the table (none when it is full: the
 * kernel prints "E820 table full" and drops it).
 * @kernel arch/x86/kernel/e820.c __e820__range_add
 */
export function e820RangeAddEntry(table: E820Entry[], start: bigint, size: bigint, type: bigint): void {
  if (table.length >= E820_MAX_ENTRIES) return
  table.push({ addr: start, size, type })
}

/**
 * Mirrors __e820__range_update() (after its BUG_ON(old_type == new_type), which
 * parseMemmapOptBug() reports): the entries of `oldType` in [start, start + size) become
 * `newType`, an entry the range falls inside splitting in three, one it overlaps in two. The
 * loop runs over the entries it appends too, as the kernel's does.
 * @kernel arch/x86/kernel/e820.c __e820__range_update
 */
export function e820RangeUpdateEntries(table: E820Entry[], start: bigint, size: bigint, oldType: bigint, newType: bigint): void {
  if (size > U64_MAX - start) size = U64_MAX - start
  const end = start + size
  for (let i = 0; i < table.length; i++) {
    const e = table[i]!
    if (e.type !== oldType) continue
    const entryEnd = u64(e.addr + e.size)
    if (e.addr >= start && entryEnd <= end) {
      e.type = newType
      continue
    }
    if (e.addr < start && entryEnd > end) {
      e820RangeAddEntry(table, start, size, newType)
      e820RangeAddEntry(table, end, u64(entryEnd - end), e.type)
      e.size = u64(start - e.addr)
      continue
    }
    const finalStart = start > e.addr ? start : e.addr
    const finalEnd = end < entryEnd ? end : entryEnd
    if (finalStart >= finalEnd) continue
    e820RangeAddEntry(table, finalStart, finalEnd - finalStart, newType)
    e.size = u64(e.size - (finalEnd - finalStart))
    if (e.addr < finalStart) continue
    e.addr = finalEnd
  }
}

/**
 * Mirrors e820__range_remove(): [start, start + size) leaves the entries of `filterType` (0:
 * of every type); an entry inside it is zeroed (still counted), one the range falls inside
 * splits in two. ≤6.x's `check_type` argument is `filterType !== 0` here: the callers pass the
 * same pairs.
 * @kernel arch/x86/kernel/e820.c e820__range_remove
 */
export function e820RangeRemoveEntries(table: E820Entry[], start: bigint, size: bigint, filterType: bigint): void {
  if (size > U64_MAX - start) size = U64_MAX - start
  const end = start + size
  for (let i = 0; i < table.length; i++) {
    const e = table[i]!
    if (filterType !== 0n && e.type !== filterType) continue
    const entryEnd = u64(e.addr + e.size)
    if (e.addr >= start && entryEnd <= end) {
      e.addr = 0n
      e.size = 0n
      e.type = 0n
      continue
    }
    if (e.addr < start && entryEnd > end) {
      e820RangeAddEntry(table, end, u64(entryEnd - end), e.type)
      e.size = u64(start - e.addr)
      continue
    }
    const finalStart = start > e.addr ? start : e.addr
    const finalEnd = end < entryEnd ? end : entryEnd
    if (finalStart >= finalEnd) continue
    e.size = u64(e.size - (finalEnd - finalStart))
    if (e.addr < finalStart) continue
    e.addr = finalEnd
  }
}

/**
 * What e820__update_table() makes of the firmware's RAM, reserved and ACPI-data ranges (the
 * engine's firmware table: banks, `nomap` banks, `e820AcpiData`): the highest type wins each
 * overlap and neighbours of one type merge, so the table holds one entry per run of a type.
 * @kernel arch/x86/kernel/e820.c e820__update_table
 */
export function e820FirmwareEntries(ram: readonly PhysRange[], reserved: readonly PhysRange[], acpi: readonly PhysRange[]): E820Entry[] {
  const typed: E820Entry[] = []
  for (const [list, type] of [[ram, E820_TYPE_RAM], [reserved, E820_TYPE_RESERVED], [acpi, E820_TYPE_ACPI]] as const) {
    for (const r of list) typed.push({ addr: r.base, size: r.size, type })
  }
  // RAM, reserved and ACPI data all merge with their neighbours: e820UpdateTable() as is.
  return e820UpdateTable(typed)
}

/**
 * The firmware's sanitized table as the layout gives it (e820FirmwareEntries()): its banks
 * are RAM, its `nomap` banks and fixed `nomap` reservations reserved, its `e820AcpiData` ACPI
 * data.
 * @kernel arch/x86/kernel/e820.c e820__memory_setup_default
 */
export function e820LayoutFirmware(layout: Pick<Layout, 'memory' | 'e820AcpiData' | 'reservations'>): E820Entry[] {
  const reserved: PhysRange[] = layout.memory.filter((b) => b.nomap)
  for (const r of layout.reservations) if (r.kind === 'fixed' && r.nomap) reserved.push(r, ...(r.moreReg ?? []))
  return e820FirmwareEntries(layout.memory.filter((b) => !b.nomap), reserved, layout.e820AcpiData ?? [])
}

/**
 * Mirrors parse_memopt() and parse_memmap_opt() → parse_memmap_one() on the raw table, in
 * command-line order: the entries the handlers leave (the firmware's, edited) and whether one
 * of them set `userdef` (e820__finish_early_params() then sanitizes and prints the table).
 * `strtoullSaturates` is simple_strtoull()'s overflow (7.x saturates). An item `nn%ss-T+T`
 * of one type is the BUG parseMemmapOptBug() stops at first; here it changes nothing.
 * @kernel arch/x86/kernel/e820.c parse_memopt, parse_memmap_one, parse_memmap_opt
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export function e820UserEntries(firmware: readonly E820Entry[], cmdline: string, memparse: Memparse, strtoullSaturates: boolean): { entries: E820Entry[]; userdef: boolean } {
  const table = firmware.map((e) => ({ ...e }))
  let userdef = false
  const removeAbove = (limit: bigint): void => e820RangeRemoveEntries(table, limit, U64_MAX - limit, E820_TYPE_RAM)
  for (const p of parseEarlyParams(cmdline)) {
    if (p.val === null) continue
    if (parameq(p.param, 'mem')) {
      if (p.val === 'nopentium') continue
      userdef = true
      const v = memparse(p.val, 0).value
      if (v !== 0n) removeAbove(v)
      continue
    }
    if (!parameq(p.param, 'memmap')) continue
    for (const one of p.val.split(',')) {
      if (one.startsWith('exactmap')) {
        table.length = 0
        userdef = true
        continue
      }
      const size = memparse(one, 0)
      if (size.end === 0) continue
      userdef = true
      const op = one[size.end]
      if (op === undefined || !'@#$!%'.includes(op)) {
        removeAbove(size.value)
        continue
      }
      const at = memparse(one, size.end + 1)
      if (op === '@') e820RangeAddEntry(table, at.value, size.value, E820_TYPE_RAM)
      else if (op === '#') e820RangeAddEntry(table, at.value, size.value, E820_TYPE_ACPI)
      else if (op === '$') e820RangeAddEntry(table, at.value, size.value, E820_TYPE_RESERVED)
      else if (op === '!') e820RangeAddEntry(table, at.value, size.value, E820_TYPE_PRAM)
      else {
        const types = memmapConvertTypes(one, at.end, strtoullSaturates)
        if (types === undefined) continue
        const { from, to } = types
        if (from !== 0n && to !== 0n) {
          if (from !== to) e820RangeUpdateEntries(table, at.value, size.value, from, to)
        } else if (to !== 0n) e820RangeAddEntry(table, at.value, size.value, to)
        else e820RangeRemoveEntries(table, at.value, size.value, from)
      }
    }
  }
  return { entries: table, userdef }
}

/**
 * e820__update_table()'s refusal, which e820__finish_early_params() turns into the panic
 * "Invalid user supplied memory map": fewer than two entries (zeroed ones count), or one that
 * wraps past 2^64.
 * @kernel arch/x86/kernel/e820.c e820__update_table, e820__finish_early_params
 */
export function e820TableRefused(entries: readonly E820Entry[]): boolean {
  return entries.length < 2 || entries.some((e) => u64(e.addr + e.size) < e.addr)
}

/**
 * Mirrors e820UserEntries() then e820__finish_early_params()'s test: true when a handler set
 * `userdef` and e820__update_table() refuses the table, so the kernel panics.
 * @kernel arch/x86/kernel/e820.c e820__finish_early_params (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export function e820UserMapInvalid(firmware: readonly E820Entry[], cmdline: string, memparse: Memparse, strtoullSaturates: boolean): boolean {
  if (!cmdline.includes('mem')) return false
  const { entries, userdef } = e820UserEntries(firmware, cmdline, memparse, strtoullSaturates)
  return userdef && e820TableRefused(entries)
}

/** e820_nomerge() (≤6.x) / !e820_type_mergeable() (7.x): PRAM and soft-reserved entries stay apart. */
const nomerge = (type: bigint): boolean => type === E820_TYPE_PRAM || type === E820_TYPE_SOFT_RESERVED

/**
 * Mirrors e820__update_table() on a table it accepts (e820TableRefused() false): the entries
 * sorted, every overlap given to the highest type, empty entries dropped, neighbours of one
 * type merged but PRAM and soft-reserved ones, which split at every other entry's edge too.
 * @kernel arch/x86/kernel/e820.c e820__update_table, e820_nomerge (v5.10.223), e820_type_mergeable (v7.2.13)
 */
export function e820UpdateTable(entries: readonly E820Entry[]): E820Entry[] {
  const live = entries.filter((e) => e.size > 0n)
  const points = [...new Set(live.flatMap((e) => [e.addr, e.addr + e.size]))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const out: E820Entry[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!
    const b = points[i + 1]!
    let type = 0n
    for (const e of live) if (e.addr <= a && e.addr + e.size >= b && e.type > type) type = e.type
    if (type === 0n) continue
    const last = out.at(-1)
    if (last && last.type === type && !nomerge(type) && last.addr + last.size === a) last.size += b - a
    else out.push({ addr: a, size: b - a, type })
  }
  return out
}

/**
 * What e820__update_table() makes of a table it accepts, as the engine reads it: the RAM,
 * ACPI-data and soft-reserved ranges, each sorted and merged.
 * @kernel arch/x86/kernel/e820.c e820__update_table
 */
export function e820SanitizedRanges(entries: readonly E820Entry[]): { ram: PhysRange[]; acpi: PhysRange[]; softReserved: PhysRange[] } {
  const out = { ram: [] as PhysRange[], acpi: [] as PhysRange[], softReserved: [] as PhysRange[] }
  for (const e of e820UpdateTable(entries)) {
    const list = e.type === E820_TYPE_RAM ? out.ram : e.type === E820_TYPE_ACPI ? out.acpi : e.type === E820_TYPE_SOFT_RESERVED ? out.softReserved : undefined
    if (!list) continue
    const last = list.at(-1)
    if (last && last.base + last.size === e.addr) last.size += e.size
    else list.push({ base: e.addr, size: e.size })
  }
  return out
}

/** `%#018Lx`: the kernel's "0x" inside the width of 18, for 0 too. */
const hex18 = (v: bigint): string => `0x${u64(v).toString(16).padStart(16, '0')}`

/**
 * Mirrors e820_print_type(): the type's words, `classic` up to 6.19 and `named-gaps` from 7.0
 * (the new words start with a space).
 * @kernel arch/x86/kernel/e820.c e820_print_type (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function e820TypeWords(type: bigint, style: 'classic' | 'named-gaps'): string {
  const classic = style === 'classic'
  switch (type) {
    case E820_TYPE_RAM:
      return classic ? 'usable' : ' System RAM'
    case 128n:
      // E820_TYPE_RESERVED_KERN (≤6.x: "usable"; 7.x has no such type).
      return classic ? 'usable' : ' type 128'
    case E820_TYPE_RESERVED:
      return classic ? 'reserved' : ' device reserved'
    case E820_TYPE_SOFT_RESERVED:
      return classic ? 'soft reserved' : ' soft reserved'
    case E820_TYPE_ACPI:
      return classic ? 'ACPI data' : ' ACPI data'
    case 4n:
      return classic ? 'ACPI NVS' : ' ACPI NVS'
    case 5n:
      return classic ? 'unusable' : ' unusable'
    case 7n:
    case E820_TYPE_PRAM:
      return classic ? `persistent (type ${type})` : ` persistent RAM (type ${type})`
    default:
      return classic ? `type ${type}` : ` type ${type}`
  }
}

/**
 * Mirrors e820__print_table(who) as the lines it prints, e.g. e820__finish_early_params()'s
 * "user:" table after "user-defined physical RAM map:". simulate() does not print it: a
 * board's layout holds the firmware's RAM, reserved (`nomap`) and ACPI-data ranges but not
 * every entry the firmware reports (SeaBIOS's reserved BIOS and PCI windows), so its table
 * would lack lines the kernel prints; test/fuzz/kernel-e820.test.ts compares it with the
 * compiled kernel's.
 * @kernel arch/x86/kernel/e820.c e820__print_table (v5.10.223, v6.1.192, v6.12.117, v7.2.13:205-233)
 */
export function e820PrintTable(entries: readonly E820Entry[], who: string, style: 'classic' | 'named-gaps'): string[] {
  const lines: string[] = []
  let prevEnd = 0n
  for (const e of entries) {
    const end = u64(e.addr + e.size)
    if (style === 'named-gaps') {
      if (e.addr < prevEnd) lines.push('[Firmware Bug]: out of order E820 entry!')
      if (e.addr > prevEnd) lines.push(`${who}: [gap ${hex18(prevEnd)}-${hex18(e.addr - 1n)}]`)
    }
    lines.push(`${who}: [mem ${hex18(e.addr)}-${hex18(end - 1n)}] ${e820TypeWords(e.type, style)}`)
    prevEnd = end
  }
  return lines
}
