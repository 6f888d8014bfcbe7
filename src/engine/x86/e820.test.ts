// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { memblockCreate } from '../memblock/memblock.js'
import { memparseWrapping } from '../memparse.js'
import { e820EndOfLowRam, e820EndOfRam, e820MemblockSetup, e820RamFromFirmware, e820RangeRemoveRam, memoptLimit } from './e820.js'

const G = 1n << 30n
/** SeaBIOS's usable entries for QEMU q35 -m 4G. */
const q35_4G = [
  { base: 0n, size: 0x9fc00n },
  { base: 0x100000n, size: 0x7fee0000n },
  { base: 4n * G, size: 2n * G },
]

describe('e820 RAM as memblock sees it', () => {
  it('page 0 is reserved and [640K, 1M) removed (trim_bios_range)', () => {
    expect(e820RamFromFirmware(q35_4G, '', memparseWrapping)).toEqual([
      { base: 0x1000n, size: 0x9ec00n },
      { base: 0x100000n, size: 0x7fee0000n },
      { base: 4n * G, size: 2n * G },
    ])
  })
  it('mem= drops the RAM above the limit', () => {
    expect(memoptLimit('console=ttyS0 mem=3G', memparseWrapping)).toBe(3n * G)
    expect(memoptLimit('mem=nopentium', memparseWrapping)).toBeUndefined()
    // Every mem= removes the RAM above it: the smallest wins, in either order; mem=0 is refused.
    expect(memoptLimit('mem=1G mem=2G', memparseWrapping)).toBe(G)
    expect(memoptLimit('mem=2G mem=1G mem=0', memparseWrapping)).toBe(G)
    // parse_early_param()'s tokens: quotes and tabs as the kernel reads them, nothing after --.
    expect(memoptLimit('"mem=1G"', memparseWrapping)).toBe(G)
    expect(memoptLimit('quiet\tmem=1G', memparseWrapping)).toBe(G)
    expect(memoptLimit('quiet -- mem=1G', memparseWrapping)).toBeUndefined()
    expect(e820RamFromFirmware(q35_4G, 'mem=4608M', memparseWrapping).at(-1)).toEqual({ base: 4n * G, size: 512n << 20n })
  })
  it('removes a range from the middle of an entry', () => {
    expect(e820RangeRemoveRam([{ base: 0n, size: 0x1000n * 4n }], 0x1000n, 0x1000n)).toEqual([
      { base: 0n, size: 0x1000n },
      { base: 0x2000n, size: 0x2000n },
    ])
  })
  it('max_pfn and max_low_pfn', () => {
    const ram = e820RamFromFirmware(q35_4G, '', memparseWrapping)
    expect(e820EndOfRam(ram)).toBe(0x180000000n)
    expect(e820EndOfLowRam(ram)).toBe(0x7ffe0000n)
  })
  it('e820__memblock_setup() throws away the partial page at 0x9fc00', () => {
    const mb = memblockCreate(4096n)
    e820MemblockSetup(mb, e820RamFromFirmware(q35_4G, '', memparseWrapping))
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([
      [0x1000n, 0x9e000n],
      [0x100000n, 0x7fee0000n],
      [4n * G, 2n * G],
    ])
  })
})
