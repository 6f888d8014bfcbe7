// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockAddNode, memblockCapMemoryRange, memblockCreate, memblockPhysMemSize, memblockRemove, memblockReserve } from '../memblock/memblock.js'
import { parseEarlyParamStops } from '../early-params.js'
import { memparseWrapping } from '../memparse.js'
import { policyFor } from '../policies/index.js'
import { PHYS_ADDR_MAX } from '../phys.js'
import type { MemoryBank, PhysRange } from '../types.js'
import { e820LayoutFirmware, e820PrintTable, e820SanitizedRanges, e820UpdateTable, e820UserEntries } from './e820-table.js'
import { e820AddKernelRange, e820EndOfRam, e820EndOfRamPfn, e820FromFirmware, e820MemblockSetup, e820RangeRemoveRam, memblockTrimMemory } from './e820.js'

const G = 1n << 30n
/** SeaBIOS's usable entries for QEMU q35 -m 4G. */
const q35_4G = [
  { base: 0n, size: 0x9fc00n },
  { base: 0x100000n, size: 0x7fee0000n },
  { base: 4n * G, size: 2n * G },
]

/**
 * The table the command line's mem= and memmap= leave, as x86E820Setup() builds it
 * (e820-table.ts; before trim_bios_range()): the firmware's table from the banks (`nomap`
 * ones and `reserved` are reserved, `acpi` ACPI data), edited entry by entry, then sanitized.
 */
function userTable(banks: readonly MemoryBank[], cmdline: string, opts: { reserved?: readonly PhysRange[]; acpi?: PhysRange[]; saturates?: boolean } = {}) {
  const memory = [...banks, ...(opts.reserved ?? []).map((r) => ({ ...r, nomap: true }))]
  const firmware = e820LayoutFirmware({ memory, e820AcpiData: opts.acpi, reservations: [] })
  const { ram, acpi, softReserved } = e820SanitizedRanges(e820UserEntries(firmware, cmdline, memparseWrapping, opts.saturates ?? false).entries)
  // As x86E820Setup()'s table: softReserved only where there are some.
  return softReserved.length ? { ram, acpi, softReserved } : { ram, acpi }
}

describe('e820 RAM as memblock sees it', () => {
  it('page 0 is reserved and [640K, 1M) removed (trim_bios_range)', () => {
    expect(e820FromFirmware(q35_4G).ram).toEqual([
      { base: 0x1000n, size: 0x9ec00n },
      { base: 0x100000n, size: 0x7fee0000n },
      { base: 4n * G, size: 2n * G },
    ])
  })
  it('mem= drops the RAM above the limit', () => {
    const end = (cmdline: string) => e820EndOfRam(userTable(q35_4G, cmdline).ram)
    expect(end('console=ttyS0 mem=3G')).toBe(0x7ffe0000n)
    expect(end('mem=4608M')).toBe(4608n << 20n)
    expect(end('mem=nopentium')).toBe(6n * G)
    // Every mem= removes the RAM above it: the smallest wins, in either order; mem=0 is refused.
    expect(end('mem=1G mem=2G')).toBe(G)
    expect(end('mem=2G mem=1G mem=0')).toBe(G)
    // parse_early_param()'s tokens: quotes and tabs as the kernel reads them, nothing after --.
    expect(end('"mem=1G"')).toBe(G)
    expect(end('quiet\tmem=1G')).toBe(G)
    expect(end('quiet -- mem=1G')).toBe(6n * G)
    expect(userTable(q35_4G, 'mem=4608M').ram.at(-1)).toEqual({ base: 4n * G, size: 512n << 20n })
  })
  it('memmap=: @ adds RAM, # $ ! take RAM away whatever the order, % converts, exactmap clears, a bare size limits', () => {
    const edit = (cmdline: string) => userTable(q35_4G, cmdline).ram
    expect(edit('memmap=64M$0x30000000')).toEqual([
      { base: 0n, size: 0x9fc00n },
      { base: 0x100000n, size: 0x30000000n - 0x100000n },
      { base: 0x34000000n, size: 0x7ffe0000n - 0x34000000n },
      { base: 4n * G, size: 2n * G },
    ])
    // A later @ over a reserved range does not win (e820__update_table(): the larger type does).
    expect(edit('memmap=64M$0x30000000 memmap=32M@0x30000000')).toEqual(edit('memmap=64M$0x30000000'))
    // Protected RAM (!, type 12) for pmem takes the whole 4 GiB – 6 GiB bank.
    expect(e820EndOfRam(edit('memmap=2G!4G'))).toBe(0x7ffe0000n)
    expect(edit('memmap=exactmap,640K@0,1G@1M')).toEqual([
      { base: 0n, size: 640n << 10n },
      { base: 1n << 20n, size: G },
    ])
    expect(edit('memmap=1G@8G').at(-1)).toEqual({ base: 8n * G, size: G })
    expect(e820EndOfRam(edit('memmap=3G'))).toBe(0x7ffe0000n)
    // % with types: RAM (1) to reserved (2) removes; to RAM adds; a trailing byte refuses it.
    expect(edit('memmap=1G%4G-1+2').at(-1)).toEqual({ base: 5n * G, size: G })
    expect(edit('memmap=1G%8G+1').at(-1)).toEqual({ base: 8n * G, size: G })
    expect(edit('memmap=1G%4G-1+2x')).toEqual(q35_4G)
  })
  it('e820__update_table(): touching RAM entries become one, banks are sorted, a nomap bank is not RAM', () => {
    const edit = (cmdline: string) => userTable(q35_4G, cmdline).ram
    expect(edit('memmap=1G@6G').at(-1)).toEqual({ base: 4n * G, size: 3n * G })
    expect(edit('memmap=1G@3G').at(-1)).toEqual({ base: 3n * G, size: 3n * G })
    expect(e820FromFirmware([...q35_4G].reverse()).ram).toEqual(e820FromFirmware(q35_4G).ram)
    expect(e820FromFirmware([...q35_4G.slice(0, 2), { ...q35_4G[2]!, nomap: true }]).ram.at(-1)).toEqual({ base: 0x100000n, size: 0x7fee0000n })
  })
  it("the firmware's reserved entries (nomap banks) win e820__update_table() over RAM, memmap=nn@ss's included", () => {
    // QEMU q35's MMCONFIG window [0xb0000000, 0xc0000000) is e820 reserved (type 2): RAM added
    // over it loses the overlap (the larger type wins), `%-2+1` turns it into RAM, exactmap
    // drops it. (arch/x86/kernel/e820.c e820__update_table, parse_memmap_one)
    const mmcfg = { base: 0xb0000000n, size: 0x10000000n, nomap: true }
    const ram = (cmdline: string) => userTable([...q35_4G, mmcfg], cmdline).ram
    const below4G = (cmdline: string) => ram(cmdline).filter((r) => r.base >= 2n * G && r.base < 4n * G)
    expect(below4G('memmap=256M@0xb0000000')).toEqual([])
    expect(below4G('memmap=768M@0xa0000000')).toEqual([{ base: 0xa0000000n, size: 0x10000000n }, { base: 0xc0000000n, size: 0x10000000n }])
    expect(below4G('memmap=256M%0xb0000000+1')).toEqual([])
    expect(below4G('memmap=256M%0xb0000000-2+1')).toEqual([{ base: 0xb0000000n, size: 0x10000000n }])
    expect(below4G('memmap=exactmap memmap=256M@0xb0000000')).toEqual([{ base: 0xb0000000n, size: 0x10000000n }])
    // A RAM bank overlapping a nomap one loses the overlap without any command line too.
    expect(e820FromFirmware([...q35_4G, { base: 0x70000000n, size: 0x1000000n, nomap: true }]).ram.slice(1, 3)).toEqual([
      { base: 0x100000n, size: 0x70000000n - 0x100000n },
      { base: 0x71000000n, size: 0x7ffe0000n - 0x71000000n },
    ])
  })
  it('memmap= values the kernel refuses or that change nothing', () => {
    const edit = (cmdline: string) => userTable(q35_4G, cmdline).ram
    for (const cmdline of [
      // No size: `if (p == oldp) return -EINVAL`.
      'memmap=foo',
      // simple_strtoull(): "0x" without a hex digit is octal 0, "09" is octal 0 then '9'; both leave a byte.
      'memmap=1G%4G-0x+2',
      'memmap=1G%4G-1+09',
      // RAM to RAM; reserved to RAM where there is no reserved entry.
      'memmap=1G%4G-1+1',
      'memmap=1G%8G-2+1',
      // simple_strtoull(): octal stops at '8', decimal at 'a'; the byte left refuses the value.
      'memmap=1G%4G-1+08',
      'memmap=1G%4G-1+2a',
      // e820__range_add() of size 0: e820__update_table() skips entries of size 0.
      'memmap=0@8G',
      // No value at all: parse_memopt() and parse_memmap_one() return -EINVAL for a NULL p.
      'mem',
      'memmap',
    ]) {
      expect(edit(cmdline), cmdline).toEqual(q35_4G)
    }
  })
  it('memmap=: ! is protected RAM at its address, exactmap drops what came before it', () => {
    const edit = (cmdline: string) => userTable(q35_4G, cmdline).ram
    expect(edit('memmap=1G!5G').at(-1)).toEqual({ base: 4n * G, size: G })
    expect(edit('memmap=64M$0x30000000 memmap=exactmap,2G@1M')).toEqual([{ base: 0x100000n, size: 2n * G }])
  })
  it('memmap=nn%ss+t adds type t (e820__range_add()); %ss-1 removes RAM a later @ adds back', () => {
    const edit = (cmdline: string) => userTable(q35_4G, cmdline).ram
    // parse_memmap_one(): `to` only is e820__range_add(…, to); reserved (2) wins the overlap with RAM.
    expect(edit('memmap=1G%4G+2').at(-1)).toEqual({ base: 5n * G, size: G })
    // `from` only is e820__range_remove(…, from): the RAM entry loses [4G, 5G) at once, and the
    // later e820__range_add(…, RAM) is an entry of its own that e820__update_table() keeps.
    expect(edit('memmap=1G%4G-1 memmap=1G@4G').at(-1)).toEqual({ base: 4n * G, size: 2n * G })
  })
  it('e820__update_table(): the higher type wins an overlap (ACPI 3 over RAM 1, ACPI over reserved 2)', () => {
    const t = userTable(q35_4G, 'memmap=512M#5G')
    expect(t.ram.slice(2)).toEqual([
      { base: 4n * G, size: G },
      { base: 5n * G + (512n << 20n), size: 512n << 20n },
    ])
    expect(t.acpi).toEqual([{ base: 5n * G, size: 512n << 20n }])
    expect(userTable(q35_4G, 'memmap=1G#6G memmap=512M$6G').acpi).toEqual([{ base: 6n * G, size: G }])
  })
  it('e820__update_table() skips firmware entries of size 0', () => {
    expect(e820FromFirmware([...q35_4G, { base: 8n * G, size: 0n }]).ram).toEqual(e820FromFirmware(q35_4G).ram)
  })
  it('memmap=nn%ss-f acts on the entries of type f the command line added: $ then %-2+1 is RAM again', () => {
    // __e820__range_update() and e820__range_remove() work on the raw table before
    // e820__finish_early_params() runs e820__update_table(): the reserved entry `$` added
    // becomes RAM (or goes), and nothing hides the RAM under it any more.
    const t = (cmdline: string) => userTable(q35_4G, cmdline)
    expect(t('memmap=64M$0x30000000 memmap=64M%0x30000000-2+1').ram).toEqual(q35_4G)
    expect(t('memmap=64M$0x30000000 memmap=64M%0x30000000-2').ram).toEqual(q35_4G)
    // Half of it: the other half stays reserved.
    expect(t('memmap=64M$0x30000000 memmap=32M%0x30000000-2').ram.slice(1, 3)).toEqual([
      { base: 0x100000n, size: 0x32000000n - 0x100000n },
      { base: 0x34000000n, size: 0x7ffe0000n - 0x34000000n },
    ])
    // Outside RAM, a reserved entry turned to RAM is RAM; protected RAM (12) turned to ACPI data is ACPI data.
    expect(t('memmap=1G$8G memmap=1G%8G-2+1').ram.at(-1)).toEqual({ base: 8n * G, size: G })
    expect(t('memmap=1G!5G memmap=1G%5G-12+3').acpi).toEqual([{ base: 5n * G, size: G }])
    // Another type's entry is left as it is.
    expect(t('memmap=1G!5G memmap=1G%5G-2+1').ram.at(-1)).toEqual({ base: 4n * G, size: G })
    // A typeless % removes them too: the protected RAM then no longer takes ACPI data added after it.
    expect(t('memmap=1G!6G memmap=1G%6G memmap=1G#6G').acpi).toEqual([{ base: 6n * G, size: G }])
  })
  it('memmap=nn%ss-from+to: the types are an enum e820_type, so only their low 32 bits count', () => {
    // simple_strtoull() gives 64 bits, the enum keeps 32 (parse_memmap_one()): 0x100000001 is
    // RAM (1), 0x100000002 reserved (2), 0x100000000 no type (0). test/boots/early-params'
    // memmap-type-u32 boot turns RAM into reserved memory with -0x100000001+2.
    const t = (cmdline: string, saturate = false) => userTable(q35_4G, cmdline, { saturates: saturate })
    const reserved = t('memmap=256M%0x60000000-1+2')
    expect(reserved.ram).not.toEqual(q35_4G)
    expect(t('memmap=256M%0x60000000-0x100000001+2')).toEqual(reserved)
    expect(t('memmap=256M%0x60000000-1+0x100000002')).toEqual(reserved)
    // A from of 0x100000000 is 0: `else if (to)` adds the range as type 2 whatever it held.
    expect(t('memmap=256M%0x60000000-0x100000000+2')).toEqual(t('memmap=256M%0x60000000+2'))
    // ACPI data (3) from 0x200000003.
    expect(t('memmap=512M%0x50000000-1+0x200000003').acpi).toEqual([{ base: 0x50000000n, size: 512n << 20n }])
    // Past 2^64: ≤6.x wraps (2^64 + 1 is 1), 7.x saturates (0xffffffff, a type no entry has).
    expect(t('memmap=256M%0x60000000-18446744073709551617+2')).toEqual(reserved)
    expect(t('memmap=256M%0x60000000-18446744073709551617+2', true).ram).toEqual(q35_4G)
  })
  it('memmap=nn%ss with no types removes every type there (e820__range_remove(…, 0))', () => {
    expect(userTable(q35_4G, 'memmap=1G%4G').ram.at(-1)).toEqual({ base: 5n * G, size: G })
    expect(userTable(q35_4G, 'memmap=1G#6G memmap=1G%6G').acpi).toEqual([])
  })
  it('ACPI data from the command line: mem= keeps it, a higher type (!) or exactmap takes it, %-1+3 makes it of RAM', () => {
    const acpi = (cmdline: string) => userTable(q35_4G, cmdline).acpi
    expect(acpi('memmap=512M#6G mem=2G')).toEqual([{ base: 6n * G, size: 512n << 20n }])
    expect(acpi('memmap=1G#6G memmap=512M!6G')).toEqual([{ base: 6n * G + (512n << 20n), size: 512n << 20n }])
    expect(acpi('memmap=1G#6G memmap=exactmap,2G@1M')).toEqual([])
    // exactmap (e820_table->nr_entries = 0) drops the protected RAM before it too: it takes nothing from later ACPI data.
    expect(acpi('memmap=512M!6G memmap=exactmap,1G#6G')).toEqual([{ base: 6n * G, size: G }])
    expect(acpi('memmap=2G%5G-1+3')).toEqual([{ base: 5n * G, size: G }])
    expect(acpi('memmap=1G#6G memmap=512M%6G-3+1')).toEqual([{ base: 6n * G + (512n << 20n), size: 512n << 20n }])
    expect(userTable(q35_4G, 'memmap=1G#6G memmap=512M%6G-3+1').ram.at(-1)).toEqual({ base: 4n * G, size: 2n * G + (512n << 20n) })
  })
  it("the firmware's ACPI data (e820AcpiData): mem= and a bare memmap=nn keep it, exactmap, %-3 and a typeless % take it, it wins an overlap with RAM", () => {
    const fw = [{ base: 0x7ffe0000n, size: 0x10000n }, { base: 0x7fff0000n, size: 0x10000n }]
    const t = (cmdline: string) => userTable(q35_4G, cmdline, { acpi: fw })
    // Sorted and merged, without a command line too.
    expect(t('').acpi).toEqual([{ base: 0x7ffe0000n, size: 0x20000n }])
    expect(t('mem=1G').acpi).toEqual([{ base: 0x7ffe0000n, size: 0x20000n }])
    expect(t('memmap=1G').acpi).toEqual([{ base: 0x7ffe0000n, size: 0x20000n }])
    expect(e820EndOfRamPfn(t('mem=1G'), 'ram-and-acpi')).toBe(0x80000000n)
    expect(e820EndOfRamPfn(t('mem=1G'), 'ram')).toBe(G)
    expect(t('memmap=exactmap memmap=1G@1M').acpi).toEqual([])
    expect(t('memmap=64K%0x7ffe0000-3').acpi).toEqual([{ base: 0x7fff0000n, size: 0x10000n }])
    expect(t('memmap=64K%0x7ffe0000').acpi).toEqual([{ base: 0x7fff0000n, size: 0x10000n }])
    // Over RAM (here its last 64K below 2 GiB): the RAM there is ACPI data, with or without a command line.
    const over = [{ base: 0x7ffd0000n, size: 0x10000n }]
    for (const cmdline of ['', 'mem=3G']) {
      const table = userTable(q35_4G, cmdline, { acpi: over })
      expect(table.ram[1]).toEqual({ base: 0x100000n, size: 0x7fed0000n })
      expect(table.acpi).toEqual(over)
    }
    // trim_bios_range() edits RAM only: ACPI data in the BIOS hole stays.
    expect(e820FromFirmware(q35_4G, [{ base: 0xf0000n, size: 0x10000n }]).acpi).toEqual([{ base: 0xf0000n, size: 0x10000n }])
  })
  it('max_pfn: the RAM entries up to 6.10, RAM and ACPI data from 6.11', () => {
    const t = userTable(q35_4G, 'memmap=512M#6G')
    expect(e820EndOfRamPfn(t, 'ram')).toBe(6n * G)
    expect(e820EndOfRamPfn(t, 'ram-and-acpi')).toBe(6n * G + (512n << 20n))
  })
  it('e820__end_of_ram_pfn(): a partial last page does not count (end_pfn = (addr + size) >> PAGE_SHIFT)', () => {
    expect(e820EndOfRam([{ base: 0n, size: 0x9fc00n }])).toBe(0x9f000n)
  })
  it('memblock_trim_memory(): edges to whole pages, a region with none left goes', () => {
    const mb = memblockCreate(4096n)
    mb.memory.regions = [
      { base: 0x1000n, size: 0x800n, flags: 0, owner: 'e820' },
      { base: 0x1800n, size: 0x3800n, flags: 0, owner: 'e820' },
    ] as typeof mb.memory.regions
    memblockTrimMemory(mb, 4096n)
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([[0x2000n, 0x3000n]])
  })
  it('removes a range from the middle of an entry', () => {
    expect(e820RangeRemoveRam([{ base: 0n, size: 0x1000n * 4n }], 0x1000n, 0x1000n)).toEqual([
      { base: 0n, size: 0x1000n },
      { base: 0x2000n, size: 0x2000n },
    ])
  })
  it('max_pfn and max_low_pfn', () => {
    const ram = e820FromFirmware(q35_4G).ram
    expect(e820EndOfRam(ram)).toBe(0x180000000n)
    expect(e820EndOfRam(ram, 1n << 32n)).toBe(0x7ffe0000n)
  })
  it('e820__memblock_setup() throws away the partial page at 0x9fc00', () => {
    const mb = memblockCreate(4096n)
    e820MemblockSetup(mb, e820FromFirmware(q35_4G).ram)
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([
      [0x1000n, 0x9e000n],
      [0x100000n, 0x7fee0000n],
      [4n * G, 2n * G],
    ])
  })
  it('memblock_trim_memory() leaves memblock.memory.total_size as it was for the regions it keeps (memblock_phys_mem_size())', () => {
    // It rewrites r->base and r->size without touching total_size; only a region it drops goes
    // through memblock_remove_region(), which subtracts (mm/memblock.c memblock_trim_memory,
    // v5.10.223 – v7.2.13). The oracle's amd64-*-q35-4G-ck256M-mbdebug dumps print it: "memory
    // size = 0x00000000fff7ec00", 0xc00 more than the regions (memory[0x0] is 0x9e000 bytes).
    const mb = memblockCreate(4096n)
    e820MemblockSetup(mb, e820FromFirmware(q35_4G).ram)
    expect(memblockPhysMemSize(mb)).toBe(0xfff7ec00n)
    const dropped = memblockCreate(4096n)
    dropped.memory.regions = [
      { base: 0x1000n, size: 0x800n, flags: 0, nid: 0 },
      { base: 0x1800n, size: 0x3900n, flags: 0, nid: 0 },
    ]
    memblockTrimMemory(dropped, 4096n)
    // [0x1000, 0x1800) goes with its size; [0x1800, 0x5100) keeps [0x2000, 0x5000) and counts 0x3900.
    expect(memblockPhysMemSize(dropped)).toBe(0x3900n)
  })
  it('the partial pages the trim counted: dropped by an add into the emptied array, in the u64 total, and still "registered memory"', () => {
    // What the kernel's own mm/memblock.c does (test/fixtures/kernel-memblock.json.gz, built by
    // scripts/kernel-memblock-fixture.sh): memblock_add_range() into an empty array sets
    // total_size = size (v6.12.117:611), total_size is a u64, and memblock_cap_memory_range()
    // returns early only when total_size is 0 (v6.12.117:1820).
    const trimmed = (): ReturnType<typeof memblockCreate> => {
      const mb = memblockCreate(4096n)
      memblockAdd(mb, 0x400n, 0x2000n)
      memblockTrimMemory(mb, 4096n)
      expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([[0x1000n, 0x1000n]])
      expect(memblockPhysMemSize(mb)).toBe(0x2000n)
      return mb
    }
    const mb = trimmed()
    memblockReserve(mb, 0n, 0x10000n)
    memblockRemove(mb, 0n, PHYS_ADDR_MAX)
    expect(memblockPhysMemSize(mb)).toBe(0x1000n)
    // No region, but a total: the reservations outside [0x1000, 0x2000) go.
    memblockCapMemoryRange(mb, 0x1000n, 0x1000n)
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[0x1000n, 0x1000n]])
    memblockAdd(mb, 0x5000n, 0x1000n)
    expect(memblockPhysMemSize(mb)).toBe(0x1000n)
    const node = trimmed()
    memblockRemove(node, 0n, PHYS_ADDR_MAX)
    memblockAddNode(node, 0x5000n, 0x3000n, 1)
    expect(memblockPhysMemSize(node)).toBe(0x3000n)
    // Memory over the whole address space again, with the 0x1000 trimmed bytes still counted:
    // 2^64 - 2 + 0x1000 wraps to 0xffe.
    const wrap = trimmed()
    memblockAdd(wrap, 1n, PHYS_ADDR_MAX)
    expect(wrap.memory.regions.map((r) => [r.base, r.size])).toEqual([[1n, PHYS_ADDR_MAX - 1n]])
    expect(memblockPhysMemSize(wrap)).toBe(0xffen)
  })
  it('e820_add_kernel_range(): an image all RAM changes nothing; any hole in it makes [_text, _end) RAM, ACPI data there gone', () => {
    const ram = [{ base: 0x100000n, size: 0x3ff00000n }]
    expect(e820AddKernelRange({ ram, acpi: [] }, 0x1000000n, 0x3c30000n)).toBeUndefined()
    // memmap=64M$0x3000000 (test/boots/amd64-memmap: "e820: remove [mem 0x01000000-0x03c2ffff]").
    const reserved = userTable(ram, 'memmap=64M$0x3000000')
    expect(e820AddKernelRange(reserved, 0x1000000n, 0x3c30000n)).toEqual({
      ram: [{ base: 0x100000n, size: 0x3b30000n }, { base: 0x7000000n, size: 0x39000000n }],
      acpi: [],
    })
    // mem=32M: the image's end lies above the RAM left; ACPI data over the image (memmap=#) goes.
    const acpi = userTable(ram, 'mem=32M memmap=1M#0x2000000')
    expect(e820AddKernelRange(acpi, 0x1000000n, 0x3c30000n)).toEqual({ ram: [{ base: 0x100000n, size: 0x3b30000n }], acpi: [] })
    // Two RAM entries that touch are one after e820__update_table(): no hole.
    expect(e820AddKernelRange({ ram: [{ base: 0x100000n, size: 0x3b30000n }], acpi: [] }, 0x1000000n, 0x3c30000n)).toBeUndefined()
    expect(e820AddKernelRange({ ram: [{ base: 0x100000n, size: 0x3b2f000n }], acpi: [] }, 0x1000000n, 0x3c30000n)?.ram).toEqual([{ base: 0x100000n, size: 0x3b30000n }])
  })
})

describe('e820__finish_early_params(): "Invalid user supplied memory map" (compiled e820.c: test/fuzz/kernel-e820.test.ts)', () => {
  const policy = policyFor('x86_64', '6.12.117')!
  const layout = { pageSize: 0x1000n, vaBits: 48, config: { CMA: false, DEBUG_PAGEALLOC: false }, memory: q35_4G }
  const stop = (cmdline: string) => parseEarlyParamStops('x86_64', cmdline, policy, layout).stop
  it('exactmap and a single entry after it: fewer than two entries, the kernel panics', () => {
    expect(stop('memmap=exactmap memmap=1G@1M')).toEqual({ param: 'memmap=1G@1M', fault: 'panic', at: 'arch/x86/kernel/e820.c e820__finish_early_params', fn: 'e820__finish_early_params' })
    expect(stop('memmap=exactmap')?.fault).toBe('panic')
  })
  it('exactmap with two entries boots; so does a split of one entry (e820__range_update() adds two)', () => {
    expect(stop('memmap=exactmap memmap=640K@0 memmap=1G@1M')).toBeUndefined()
    expect(stop('memmap=exactmap,1G@1M,16M%64M-1+2')).toBeUndefined()
  })
  it('a removed entry is zeroed, not dropped: it still counts', () => {
    expect(stop('memmap=exactmap,640K@0,1G@1M,1G%1M-1')).toBeUndefined()
  })
  it('an entry past 2^64 is refused whatever the count', () => {
    expect(stop('memmap=0xffffffffffffffff@1M')?.fault).toBe('panic')
    expect(stop('memmap=4G@1M')).toBeUndefined()
  })
  it('no user map without a mem= or memmap= handler setting userdef (mem=nopentium, bare memmap)', () => {
    expect(stop('mem=nopentium memmap')).toBeUndefined()
  })
})

describe('soft-reserved entries (memmap=nn%ss+0xefffffff): e820__memblock_setup() reserves them (compiled e820.c)', () => {
  const M = 1n << 20n
  it('the entry leaves RAM and stays in the table; memblock reserves it', () => {
    const t = userTable(q35_4G, 'memmap=16M%256M+0xefffffff')
    expect(t.softReserved).toEqual([{ base: 256n * M, size: 16n * M }])
    const mb = memblockCreate(0x1000n, false)
    e820MemblockSetup(mb, t.ram, t.softReserved)
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[256n * M, 16n * M]])
    expect(mb.memory.regions.some((r) => r.base <= 256n * M && r.base + r.size > 256n * M)).toBe(false)
  })
  it('e820_add_kernel_range() takes the image out of it (e820__range_remove(…, 0): every type)', () => {
    const t = e820AddKernelRange(userTable(q35_4G, 'memmap=64M%0+0xefffffff'), 16n * M, 48n * M)!
    expect(t.softReserved).toEqual([{ base: 0n, size: 16n * M }, { base: 48n * M, size: 16n * M }])
  })
})

describe('the firmware table is sanitized before the command line edits it (compiled e820.c)', () => {
  const M = 1n << 20n
  it('memmap=nn%ss-1+3 turns only RAM into ACPI data: not the RAM under a firmware reserved entry', () => {
    const reserved = [{ base: 256n * M, size: 16n * M }]
    const t = userTable(q35_4G, 'memmap=64M%240M-1+3', { reserved })
    expect(t.acpi).toEqual([{ base: 240n * M, size: 16n * M }, { base: 272n * M, size: 32n * M }])
  })
})

describe('e820UpdateTable() and e820PrintTable(): the "user-defined physical RAM map:" table (compiled e820.c)', () => {
  const K = 1024n
  const entries = [
    { addr: 0x100000n, size: 0x3ff00000n, type: 1n },
    { addr: 0n, size: 0x9fc00n, type: 1n },
    { addr: 0x20000000n, size: 0x1000000n, type: 12n },
    { addr: 0x20800000n, size: 0x1000000n, type: 3n },
  ]
  it('sorts, gives overlaps to the highest type, splits PRAM at every edge under it', () => {
    expect(e820UpdateTable(entries)).toEqual([
      { addr: 0n, size: 0x9fc00n, type: 1n },
      { addr: 0x100000n, size: 0x1ff00000n, type: 1n },
      { addr: 0x20000000n, size: 0x800000n, type: 12n },
      { addr: 0x20800000n, size: 0x800000n, type: 12n },
      { addr: 0x21000000n, size: 0x800000n, type: 3n },
      { addr: 0x21800000n, size: 0x40000000n - 0x21800000n, type: 1n },
    ])
  })
  it('≤6.19 prints the classic words; 7.0+ the new ones with a leading space, and the gaps', () => {
    const t = e820UpdateTable([{ addr: 640n * K, size: 0x60000n, type: 2n }, { addr: 0x100000n, size: 0x100000n, type: 1n }])
    expect(e820PrintTable(t, 'user', 'classic')).toEqual([
      'user: [mem 0x00000000000a0000-0x00000000000fffff] reserved',
      'user: [mem 0x0000000000100000-0x00000000001fffff] usable',
    ])
    expect(e820PrintTable(t, 'user', 'named-gaps')).toEqual([
      'user: [gap 0x0000000000000000-0x000000000009ffff]',
      'user: [mem 0x00000000000a0000-0x00000000000fffff]  device reserved',
      'user: [mem 0x0000000000100000-0x00000000001fffff]  System RAM',
    ])
  })
})
