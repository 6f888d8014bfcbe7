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
import { memblockAdd, type Memblock } from '../memblock/memblock.js'
import type { Memparse } from '../memparse.js'
import { parameq, parseEarlyParams } from '../params.js'
import { roundDown, roundUp, SZ_4G, SZ_4K } from '../phys.js'
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
 * The firmware's RAM entries with setup_arch()'s edits: trim_bios_range() makes page 0
 * reserved ("e820: update [mem 0x00000000-0x00000fff] usable ==> reserved") and removes
 * [BIOS_BEGIN, BIOS_END) ("e820: remove [mem 0x000a0000-0x000fffff] usable"); `mem=` drops
 * all RAM above the limit (parse_memopt, before any of this).
 * @kernel arch/x86/kernel/setup.c trim_bios_range; arch/x86/kernel/e820.c parse_memopt
 */
export function e820RamFromFirmware(banks: MemoryBank[], cmdline: string, memparse: Memparse): E820Ram {
  let ram: E820Ram = []
  let sorted = true
  for (let i = 0; i < banks.length; i++) {
    const b = banks[i]!
    if (b.nomap || b.size <= 0n) continue
    if (ram.length && ram[ram.length - 1]!.base > b.base) sorted = false
    ram.push({ base: b.base, size: b.size })
  }
  // A (stable) sort by base leaves a list already in order as it is: sort only when it is not.
  if (!sorted) ram.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  const memLimit = memoptLimit(cmdline, memparse)
  if (memLimit !== undefined) ram = e820RangeRemoveRam(ram, memLimit, (1n << 64n) - 1n - memLimit)
  ram = e820RangeRemoveRam(ram, 0n, SZ_4K)
  ram = e820RangeRemoveRam(ram, BIOS_BEGIN, BIOS_END - BIOS_BEGIN)
  return ram
}

/**
 * The `mem=` limit of parse_memopt(): each one removes the RAM above its size, so the
 * smallest wins (`mem=nopentium` and a size of 0 are refused, not limits).
 * @kernel arch/x86/kernel/e820.c parse_memopt
 */
export function memoptLimit(cmdline: string, memparse: Memparse): PhysAddr | undefined {
  let limit: PhysAddr | undefined
  if (!cmdline.includes('mem')) return limit
  for (const p of parseEarlyParams(cmdline)) {
    // `if (!p) return -EINVAL`, and mem=nopentium is x86_32's.
    if (p.val === null || !parameq(p.param, 'mem') || p.val === 'nopentium') continue
    const v = memparse(p.val, 0).value
    if (v !== 0n && (limit === undefined || v < limit)) limit = v
  }
  return limit
}

/**
 * Mirrors e820__end_of_ram_pfn() << PAGE_SHIFT: the end of the highest RAM entry
 * (max_pfn); with `limit` the end below it (e820__end_of_low_ram_pfn(): limit 4 GiB).
 * @kernel arch/x86/kernel/e820.c e820_end_pfn
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

/** e820__end_of_low_ram_pfn() << PAGE_SHIFT. */
export const e820EndOfLowRam = (ram: E820Ram): PhysAddr => e820EndOfRam(ram, SZ_4G)

/**
 * Mirrors memblock_trim_memory(PAGE_SIZE): partial pages at region edges are thrown away,
 * regions left empty are removed.
 * @kernel mm/memblock.c memblock_trim_memory
 */
export function memblockTrimMemory(mb: Memblock, align: bigint): void {
  const out = []
  for (const r of mb.memory.regions) {
    const start = roundUp(r.base, align)
    const end = roundDown(r.base + r.size, align)
    if (start >= end) continue
    // An aligned region stays as it is (the old array is dropped: nothing else holds it).
    if (start === r.base && end - start === r.size) out.push(r)
    else out.push({ ...r, base: start, size: end - start })
  }
  mb.memory.regions = out
}

/**
 * Mirrors e820__memblock_setup(): every RAM entry becomes memblock memory, then partial pages
 * are trimmed (so [0x1000, 0x9fc00) becomes [0x1000, 0x9f000)).
 * @kernel arch/x86/kernel/e820.c e820__memblock_setup
 */
export function e820MemblockSetup(mb: Memblock, ram: E820Ram): void {
  for (const r of ram) memblockAdd(mb, r.base, r.size)
  memblockTrimMemory(mb, SZ_4K)
}
