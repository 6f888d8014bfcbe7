// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate, memblockReserve } from '../memblock/memblock.js'
import type { X86DirectMapPolicy } from '../policies/types.js'
import { kstrtoboolV510, kstrtoboolV519 } from '../params.js'
import { directMapAfterBoot, directMapKb, highestZoneFreeEnds, isGbLeaf, kfenceAtBoot, normalZoneServesUnmovable, setDebugRodata, splitPageCount, splitPageCounts } from './direct-map.js'
import type { DirectMapTables, DirectPagesCount } from './init-mem-mapping.js'

const G = 1n << 30n
const M = 1n << 20n

/** Direct-map tables with 1G leaves at the given GiB indices and the boot counts of q35 -m 4G. */
function tables(leaves: bigint[]): DirectMapTables {
  const pud = new Map(leaves.map((i) => [i, { leaf: true as const }]))
  return { pgd: new Map([[0n, pud]]), count: { '1G': 4n, '2M': 1022n, '4K': 992n } }
}

describe('split_page_count()', () => {
  it('moves one page a level down', () => {
    const c: DirectPagesCount = { '1G': 1n, '2M': 0n, '4K': 0n }
    splitPageCount(c, '1G')
    expect(c).toEqual({ '1G': 0n, '2M': 512n, '4K': 0n })
    splitPageCount(c, '2M')
    expect(c).toEqual({ '1G': 0n, '2M': 511n, '4K': 512n })
  })
  it('does nothing when the counter is already 0', () => {
    const c: DirectPagesCount = { '1G': 0n, '2M': 0n, '4K': 7n }
    splitPageCount(c, '2M')
    expect(c).toEqual({ '1G': 0n, '2M': 0n, '4K': 7n })
  })
  it('n calls at once are n calls one by one', () => {
    for (const level of ['2M', '1G'] as const) {
      for (const start of [-3n, 0n, 1n, 5n, 9n, 10n, 1022n]) {
        for (const n of [0, 1, 4, 9, 10, 11, 40]) {
          const one: DirectPagesCount = { '1G': 3n, '2M': 1000n, '4K': 7n, [level]: start }
          const all: DirectPagesCount = { ...one }
          for (let i = 0; i < n; i++) splitPageCount(one, level)
          splitPageCounts(all, level, n)
          expect(all).toEqual(one)
        }
      }
    }
  })
})

describe('arch_report_meminfo()', () => {
  it('prints kB, DirectMap1G only with GB pages', () => {
    const c: DirectPagesCount = { '1G': 2n, '2M': 2038n, '4K': 5088n }
    expect(directMapKb(c, true)).toEqual({ DirectMap4k: 20352, DirectMap2M: 4173824, DirectMap1G: 2097152 })
    expect(directMapKb(c, false)).toEqual({ DirectMap4k: 20352, DirectMap2M: 4173824 })
  })
})

describe('after-boot splits', () => {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, 0x1000n, 0x9e000n)
  memblockAdd(mb, M, 0x7fee0000n)
  memblockAdd(mb, 4n * G, 2n * G)
  memblockReserve(mb, 0x17ffd3680n, 0x2c980n)
  it('finds the free ends of the highest zone', () => {
    expect(highestZoneFreeEnds(mb, 6n * G)).toEqual({ low: 4n * G, high: 0x17ffd367fn })
    expect(isGbLeaf(tables([4n, 5n]), 0x17ffd367fn)).toBe(true)
    expect(isGbLeaf(tables([4n]), 0x17ffd367fn)).toBe(false)
  })
  it('the Normal zone starts at 4 GiB: free memory running across it counts from there', () => {
    const flat = memblockCreate(4096n)
    memblockAdd(flat, M, 8n * G - M)
    expect(highestZoneFreeEnds(flat, 8n * G)).toEqual({ low: 4n * G, high: 8n * G - 1n })
  })
  it('free memory ending right at 4 GiB is DMA32\'s: Normal\'s lowest free byte is above its reserved start', () => {
    const flat = memblockCreate(4096n)
    memblockAdd(flat, M, 8n * G - M)
    memblockReserve(flat, 4n * G, 16n * M)
    expect(highestZoneFreeEnds(flat, 8n * G)).toEqual({ low: 4n * G + 16n * M, high: 8n * G - 1n })
  })
  it('RAM ending at 4 GiB leaves Normal empty: DMA32 is the highest zone', () => {
    const low = memblockCreate(4096n)
    memblockAdd(low, M, 4n * G - M)
    expect(highestZoneFreeEnds(low, 4n * G)).toEqual({ low: M, high: 4n * G - 1n })
  })
  it('no 1G split where the zone start is mapped with 2M pages', () => {
    const pol: X86DirectMapPolicy = { splits2M: 0, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'per-section' }
    expect(directMapAfterBoot(tables([5n]), mb, 6n * G, pol, [])).toEqual(tables([]).count)
  })
  it('no free memory in the highest zone: nothing to place, no 1G split', () => {
    const full = memblockCreate(4096n)
    memblockAdd(full, M, 2n * G - M)
    memblockAdd(full, 4n * G, G)
    memblockReserve(full, 4n * G, G)
    expect(highestZoneFreeEnds(full, 5n * G)).toBeUndefined()
    const pol: X86DirectMapPolicy = { splits2M: 0, splits1G: ['zone-start', 'zone-end'], runtimeSplits2M: 0, memmap: 'per-section' }
    expect(directMapAfterBoot(tables([4n]), full, 5n * G, pol, [])).toEqual(tables([]).count)
  })
  it('both free ends in one 1G page: it is split once (__split_large_page() finds 2M pages the second time)', () => {
    // Normal is [4G, 5G), its top 16 MiB reserved: the low and the high end share the 1G page at 4 GiB.
    const one = memblockCreate(4096n)
    memblockAdd(one, M, 2n * G - M)
    memblockAdd(one, 4n * G, G)
    memblockReserve(one, 5n * G - 16n * M, 16n * M)
    const pol: X86DirectMapPolicy = { splits2M: 0, splits1G: ['zone-start', 'zone-end'], runtimeSplits2M: 0, memmap: 'per-section' }
    expect(directMapAfterBoot(tables([4n]), one, 5n * G, pol, [])).toEqual({ '1G': 3n, '2M': 1022n + 512n, '4K': 992n })
  })
  it('6.12 on q35 -m 4G: both 1G pages and eight 2M pages split', () => {
    const pol: X86DirectMapPolicy = { splits2M: 8, splits1G: ['zone-start', 'zone-end'], runtimeSplits2M: 1, memmap: 'per-section' }
    const c = directMapAfterBoot(tables([4n, 5n]), mb, 6n * G, pol, [])
    expect(directMapKb(c, true)).toEqual({ DirectMap4k: 20352, DirectMap2M: 4173824, DirectMap1G: 2097152 })
  })
  it('7.2: only the 1G page at the start of the zone, nine 2M pages', () => {
    const pol: X86DirectMapPolicy = { splits2M: 9, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'per-section' }
    const c = directMapAfterBoot(tables([4n, 5n]), mb, 6n * G, pol, [])
    expect(directMapKb(c, true)).toEqual({ DirectMap4k: 22400, DirectMap2M: 3123200, DirectMap1G: 3145728 })
  })
})

describe('unmovable remnants: pageblocks of the deferred part whose first page is not free', () => {
  const percpu: X86DirectMapPolicy = { splits2M: 0, splits1G: ['lowest-unmovable-remnant'], runtimeSplits2M: 0, memmap: 'buffer' }
  const zoneStart: X86DirectMapPolicy = { ...percpu, splits1G: ['zone-start'] }
  it('RAM ending 896 KiB past 2 GiB (pc -m 2049M): the chunk lies under the initrd, in [1G, 2G)', () => {
    // test/boots/random amd64-5.10-pc-2049M-ck256M: QEMU's page tables show [1G, 2G) split
    // and one read-only page at 0x7fc91000, in the chunk at 0x7fc00000; DMA32 starts in GiB 0.
    const low = memblockCreate(4096n)
    memblockAdd(low, 0x1000n, 0x9e000n)
    memblockAdd(low, M, 0x800e0000n - M)
    memblockReserve(low, 0x7ffb2000n, 0x800e0000n - 0x7ffb2000n)
    memblockReserve(low, 0x6f000000n, 256n * M)
    const t = { pgd: new Map([[0n, new Map([[1n, { leaf: true as const }]])]]), count: { '1G': 4n, '2M': 511n, '4K': 736n } }
    expect(directMapAfterBoot(t, low, 0x800e0000n, percpu, [])['1G']).toBe(3n)
    expect(directMapAfterBoot(t, low, 0x800e0000n, zoneStart, [])['1G']).toBe(4n)
  })
  /** q35 -m 3583M as the 5.10 boots of test/boots/random lay it out, before the image. */
  const q35m3583 = () => {
    const q = memblockCreate(4096n)
    memblockAdd(q, 0x1000n, 0x9e000n)
    memblockAdd(q, M, 0x7fee0000n)
    memblockAdd(q, 4n * G, 0x15ff00000n - 4n * G)
    memblockReserve(q, 0x15fed6000n, 0x2a000n)
    return q
  }
  it('Normal ending inside a GiB (q35 -m 3583M): the chunk at its top splits no 1G page', () => {
    // test/boots/random amd64-5.10-q35-3583M-v12: [4G, 5G) kept, which the zone start would split.
    const q = q35m3583()
    expect(directMapAfterBoot(tables([4n]), q, 0x15ff00000n, percpu, [])['1G']).toBe(4n)
    expect(directMapAfterBoot(tables([4n]), q, 0x15ff00000n, zoneStart, [])['1G']).toBe(3n)
  })
  it('KASLR in Normal: 5.10 takes the pages past the image, and splits their high-map alias too', () => {
    // test/boots/random amd64-5.10-q35-3583M-kaslr1 (Kernel code at 0x10de00000): one 2M split
    // more than at 16 MiB, the high-map block holding the image's end.
    const q = q35m3583()
    const image = { base: 0x10de00000n, size: 0x3b79000n }
    memblockReserve(q, image.base, 0x300d000n)
    const at16M = directMapAfterBoot(tables([4n]), q, 0x15ff00000n, percpu, [], true)
    const kaslr = directMapAfterBoot(tables([4n]), q, 0x15ff00000n, percpu, [], true, image)
    expect(kaslr['1G']).toBe(3n)
    expect(kaslr['4K'] - at16M['4K']).toBe(512n)
  })
  it('6.12 takes every remnant: a crash region ending off a pageblock boundary adds its page', () => {
    // test/boots/amd64-sizes amd64-6.12-q35-6G-ck-fill-low-plus1: [4G, 5G) (zone start), the
    // per-CPU chunk's [5G, 6G) under the memmap, and [7G, 8G) past the crash region's end at
    // 0x1ffedc001; a run starting on a pageblock boundary (above the memmap) is movable.
    const all: X86DirectMapPolicy = { ...percpu, splits1G: ['zone-start', 'unmovable-remnants'] }
    const six = memblockCreate(4096n)
    memblockAdd(six, 0x1000n, 0x9e000n)
    memblockAdd(six, M, 0x7fee0000n)
    memblockAdd(six, 4n * G, 4n * G)
    memblockReserve(six, 0x1fffd3680n, 0x2c980n)
    memblockReserve(six, 0x184000000n, 0x1ffedc001n - 0x184000000n)
    const c = directMapAfterBoot(tables([4n, 5n, 6n, 7n]), six, 8n * G, all, [])
    expect(c['1G']).toBe(1n)
    // Without the crash region: the chunk and the top share [7G, 8G).
    const plain = memblockCreate(4096n)
    memblockAdd(plain, 0x1000n, 0x9e000n)
    memblockAdd(plain, M, 0x7fee0000n)
    memblockAdd(plain, 4n * G, 4n * G)
    memblockReserve(plain, 0x1fffd3680n, 0x2c980n)
    expect(directMapAfterBoot(tables([4n, 5n, 6n, 7n]), plain, 8n * G, all, [])['1G']).toBe(2n)
  })
})

describe('CMA areas over the Normal zone (crashkernel=…,cma)', () => {
  // q35 -m 4G as releases/amd64-7.3.4-q35-4G-ckcma.short boots it: CMA areas over Normal up
  // to 0x17e000000, its last 32 MiB free; 32 present sections, a 64 MiB memmap.
  const q35 = () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x1000n, 0x9e000n)
    memblockAdd(mb, M, 0x7fee0000n)
    memblockAdd(mb, 4n * G, 2n * G)
    mb.currentLimit = 6n * G
    return mb
  }
  const cma = [{ base: 4n * G, size: 0x7e000000n }]
  const shortOf = () => {
    const mb = q35()
    memblockReserve(mb, cma[0]!.base, cma[0]!.size)
    return mb
  }
  const perSection: X86DirectMapPolicy = { splits2M: 0, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'per-section' }
  it("7.2+: the memmap's 2 MiB blocks take Normal's last 32 MiB, so unmovable allocations come from DMA32: no 1G split", () => {
    expect(normalZoneServesUnmovable(shortOf(), 6n * G, cma, perSection)).toBe(false)
    // What the kernel printed: DirectMap1G=4194304 (all four counted 1G pages kept).
    expect(directMapAfterBoot(tables([4n, 5n]), shortOf(), 6n * G, perSection, cma)['1G']).toBe(4n)
    // Where the allocations go instead: DMA32's free memory, below 4 GiB.
    expect(highestZoneFreeEnds(shortOf(), 6n * G, true)).toEqual({ low: 0x1000n, high: 0x7ffdffffn })
  })
  it('≤7.1: the one 64 MiB memmap buffer does not fit there and goes below 4 GiB, leaving Normal its 32 MiB: the 1G page at 5 GiB is split', () => {
    const buffer: X86DirectMapPolicy = { ...perSection, memmap: 'buffer' }
    expect(normalZoneServesUnmovable(shortOf(), 6n * G, cma, buffer)).toBe(true)
    expect(directMapAfterBoot(tables([4n, 5n]), shortOf(), 6n * G, buffer, cma)['1G']).toBe(3n)
  })
  it('a crash region over Normal counts as CMA areas do: neither is free for an unmovable allocation', () => {
    const mb = q35()
    memblockReserve(mb, 4n * G, 0x7e000000n)
    expect(normalZoneServesUnmovable(mb, 6n * G, [], perSection)).toBe(false)
    expect(normalZoneServesUnmovable(q35(), 6n * G, [], perSection)).toBe(true)
  })
  it('CMA areas that leave Normal hundreds of MiB (ckcma.over): the zone serves them, as without CMA', () => {
    const over = [{ base: 4n * G, size: G }, { base: 5n * G, size: G / 2n }]
    const mb = q35()
    for (const a of over) memblockReserve(mb, a.base, a.size)
    expect(normalZoneServesUnmovable(mb, 6n * G, over, perSection)).toBe(true)
    expect(directMapAfterBoot(tables([4n, 5n]), mb, 6n * G, perSection, over)['1G']).toBe(3n)
  })
})

// rodata=off on x86 (test/boots/random: r05, r27; the 4G q35 boots with rodata=off of every
// amd64 build in its README): mark_readonly() skips mark_rodata_ro(), and with it the 2M
// splits of the kernel's aliases, which the model took on every boot.
describe('set_debug_rodata() and mark_rodata_ro()\'s splits', () => {
  it('6.x/7.x: "on" and "off" only, in command-line order; other words and a bare rodata leave it', () => {
    const on = (cmdline: string) => setDebugRodata(cmdline, 'early-on-off', kstrtoboolV519)
    expect(['', 'rodata=on', 'rodata=full', 'rodata=noalias', 'rodata=n', 'rodata=off rodata=on', 'rodata'].map(on)).toEqual([true, true, true, true, true, true, true])
    expect(['rodata=off', 'rodata=off rodata=full', 'rodata=off rodata', 'rodata=on rodata=off', 'rodata=off -- rodata=on'].map(on)).toEqual([false, false, false, false, false])
  })
  it('5.10: strtobool() of a token with \'=\'', () => {
    const on = (cmdline: string) => setDebugRodata(cmdline, 'setup-strtobool', kstrtoboolV510)
    expect(['rodata=off', 'rodata=n', 'rodata=0', 'rodata=on rodata=No'].map(on)).toEqual([false, false, false, false])
    expect(['rodata=full', 'rodata', 'rodata=off rodata=1', 'rodata=off rodata=Yes', 'rodata=false'].map(on)).toEqual([true, true, true, true, true])
  })
  it('rodata=off takes mark_rodata_ro()\'s 2M splits off the measured ones; where they are not measured, none', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, M, 4n * G - M)
    const pol: X86DirectMapPolicy = { splits2M: 9, rodataSplits2M: 4, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'buffer' }
    const on = directMapAfterBoot(tables([]), mb, 4n * G, pol, [], true)
    const off = directMapAfterBoot(tables([]), mb, 4n * G, pol, [], false)
    expect(on).toEqual({ '1G': 4n, '2M': 1022n - 9n, '4K': 992n + 9n * 512n })
    expect(off).toEqual({ '1G': 4n, '2M': 1022n - 5n, '4K': 992n + 5n * 512n })
    const { rodataSplits2M: _, ...unmeasured } = pol
    expect(directMapAfterBoot(tables([]), mb, 4n * G, unmeasured, [], false)).toEqual(on)
  })
})

// KASLR loads the image where it likes (test/boots/random r10: Kernel code at 0x76000000 on
// pc 4440M, DirectMap1G 0 where the model kept [1G, 2G) a 1G page).
describe('the kernel image\'s direct-map alias', () => {
  const mb = memblockCreate(4096n)
  memblockAdd(mb, M, 4n * G - M)
  const pol: X86DirectMapPolicy = { splits2M: 9, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'buffer' }
  it('splits the 1G page holding it where that is a leaf, once', () => {
    const at16M = directMapAfterBoot(tables([1n, 2n]), mb, 4n * G, pol, [], true, { base: 16n * M, size: 0x3000000n })
    const atKaslr = directMapAfterBoot(tables([1n, 2n]), mb, 4n * G, pol, [], true, { base: 0x76000000n, size: 0x3000000n })
    expect(at16M['1G']).toBe(4n)
    expect(atKaslr).toEqual({ '1G': 3n, '2M': at16M['2M'] + 512n, '4K': at16M['4K'] })
    // Across two GiB: both.
    expect(directMapAfterBoot(tables([1n, 2n]), mb, 4n * G, pol, [], true, { base: 2n * G - 16n * M, size: 0x3000000n })['1G']).toBe(2n)
  })
})

// KFENCE on x86 (test/boots/random: the kfence100 boots of every amd64 build on 4G q35, r05):
// arch_kfence_init_pool() maps the pool with 4K pages, which the model never split for.
describe('the KFENCE pool', () => {
  it('is allocated when the sample interval, the config\'s or kfence.sample_interval=\'s, is not 0', () => {
    const y = { KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }
    expect(['', 'kfence.sample_interval=0', 'kfence.sample_interval=abc', 'kfence.sample_interval', 'kfence.sample_interval=100 kfence.sample_interval=0'].map((c) => kfenceAtBoot(c, y))).toEqual([false, false, false, false, false])
    expect(['kfence.sample_interval=100', 'kfence.sample_interval=0x10', 'kfence.sample-interval=5', 'kfence.sample_interval=0 kfence.sample_interval=500'].map((c) => kfenceAtBoot(c, y))).toEqual([true, true, true, true])
    expect(kfenceAtBoot('', { KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 })).toBe(true)
    expect(kfenceAtBoot('kfence.sample_interval=abc', { KFENCE: true, KFENCE_SAMPLE_INTERVAL: 100 })).toBe(true)
    expect(kfenceAtBoot('kfence.sample_interval=100', { KFENCE: false, KFENCE_SAMPLE_INTERVAL: 0 })).toBe(false)
  })
  it('splits the 1G page at the top of the highest zone\'s free memory, and one 2M page', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, M, 4n * G - M)
    memblockAdd(mb, 4n * G, 2n * G)
    const pol: X86DirectMapPolicy = { splits2M: 9, splits1G: ['zone-start'], runtimeSplits2M: 0, memmap: 'buffer' }
    const off = directMapAfterBoot(tables([4n, 5n]), mb, 6n * G, pol, [], true, undefined, false)
    const on = directMapAfterBoot(tables([4n, 5n]), mb, 6n * G, pol, [], true, undefined, true)
    expect(off['1G']).toBe(3n)
    expect(on).toEqual({ '1G': 2n, '2M': off['2M'] + 512n - 1n, '4K': off['4K'] + 512n })
  })
})
