// SPDX-License-Identifier: GPL-2.0-only
/**
 * The unflattened device tree's memblock allocations (fdt.ts): unflatten_dt_nodes()'s size
 * from a tree's counts and the struct sizes of each generation, of_alias_scan()'s one
 * allocation per alias, and where they land. The sizes of real DTBs against real boots are
 * in test/verify/boots-dt-size.test.ts; the oracle's tree variants in test/oracle.test.ts.
 */
import { describe, expect, it } from 'vitest'
import { memblockAdd, memblockCreate } from './memblock/memblock.js'
import { OF_STRUCTS_5_10, OF_STRUCTS_5_12, OF_STRUCTS_6_13, OF_STRUCTS_6_7, ofAliasScan, unflattenDeviceTree, unflattenDtNodes, unflattenSizes } from './fdt.js'
import { policyFor } from './policies/index.js'
import type { ReservedMemContext, ReservedMemState } from './reserved-mem.js'
import type { Trace } from './trace.js'
import type { DeviceTreeSummary, Layout } from './types.js'

// QEMU 10 virt, -smp 1 -cpu max (the qemu-virt-arm64 preset's tree).
const VIRT: DeviceTreeSummary = { nodes: 57, properties: 279, nameBytes: 1831n, aliases: ['serial0'] }

describe('unflattenDtNodes(): the dry run\'s size', () => {
  // The oracle's plain boots asked memblock for these (arm64 -mbdebug cases): ALIGN(size, 4) + 4.
  it.each([
    ['5.10', OF_STRUCTS_5_10, false, 35964n],
    ['6.1', OF_STRUCTS_5_12, false, 40476n],
    ['6.12', OF_STRUCTS_6_7, false, 42708n],
    ['7.2 (CONFIG_OF_DYNAMIC)', OF_STRUCTS_6_7, true, 44940n],
  ] as const)('%s: QEMU virt\'s tree is the boot\'s allocation', (_k, structs, ofDynamic, asked) => {
    const size = unflattenDtNodes(VIRT, structs, ofDynamic)
    expect(((size + 3n) & ~3n) + 4n).toBe(asked)
  })
  it('counts a node, a property and a name byte at their struct sizes', () => {
    const base = unflattenDtNodes(VIRT, OF_STRUCTS_5_12, false)
    expect(unflattenDtNodes({ ...VIRT, nodes: 58 }, OF_STRUCTS_5_12, false) - base).toBe(208n)
    expect(unflattenDtNodes({ ...VIRT, properties: 280 }, OF_STRUCTS_5_12, false) - base).toBe(96n)
    expect(unflattenDtNodes({ ...VIRT, properties: 280 }, OF_STRUCTS_5_12, true) - unflattenDtNodes(VIRT, OF_STRUCTS_5_12, true)).toBe(104n)
    expect(unflattenDtNodes({ ...VIRT, nameBytes: 1832n }, OF_STRUCTS_5_12, false) - base).toBe(1n)
  })
})

describe('ofAliasScan(): one allocation per alias with an id', () => {
  it('takes sizeof(struct alias_prop) + the stem + NUL for each', () => {
    expect(ofAliasScan(['serial0', 'ethernet1', 'mmc10', 'i2c0'], OF_STRUCTS_6_7)).toEqual([47n, 49n, 44n, 44n])
  })
  it('skips a name without an id, an id past INT_MAX, and the name/phandle properties', () => {
    expect(ofAliasScan(['ethernet', 'serial2147483648', 'name', 'phandle', 'linux,phandle', 'serial2147483647'], OF_STRUCTS_6_7)).toEqual([47n])
  })
  it('counts the stem in bytes, not in UTF-16 code units', () => {
    // "sérial": 7 bytes of UTF-8, 6 code units.
    expect(ofAliasScan(['sérial0'], OF_STRUCTS_6_7)).toEqual([48n])
    // Two, three and four bytes a character (a surrogate pair is one four-byte character).
    expect(ofAliasScan(['é€😀1'], OF_STRUCTS_6_7)).toEqual([BigInt(40 + new TextEncoder().encode('é€😀').length + 1)])
  })
  it('keeps an all-digit name, with an empty stem', () => {
    expect(ofAliasScan(['0'], OF_STRUCTS_5_10)).toEqual([41n])
  })
})

describe('unflattenSizes(): counts when the layout has them, else the measured sizes', () => {
  const layout = (l: Partial<Layout>) => ({ config: {}, boot: { unflattenedDt: 1000n, dtAliases: 47n }, ...l }) as unknown as Layout
  const s612 = policyFor('arm64', '6.12.117')!.arm64!.ofStructs
  it('from the counts: the dry run rounded up to 4, plus the end marker, and each alias', () => {
    expect(unflattenSizes(layout({ deviceTree: VIRT }), s612)).toEqual({ treeBytes: 42708n, aliasBytes: [47n] })
    expect(unflattenSizes(layout({ deviceTree: VIRT, config: { OF_DYNAMIC: true } as never }), s612).treeBytes).toBe(44940n)
  })
  it('from the measured sizes: the tree without the aliases, the aliases as one', () => {
    expect(unflattenSizes(layout({}), s612)).toEqual({ treeBytes: 953n, aliasBytes: [47n] })
    expect(unflattenSizes(layout({ boot: { unflattenedDt: 1000n, dtAliases: 0n } } as never), s612)).toEqual({ treeBytes: 1000n, aliasBytes: [] })
  })
  it('the policies carry each generation\'s sizes', () => {
    expect(policyFor('arm64', '5.10.223')!.arm64!.ofStructs).toBe(OF_STRUCTS_5_10)
    expect(policyFor('arm64', '6.1.192')!.arm64!.ofStructs).toBe(OF_STRUCTS_5_12)
    expect(policyFor('arm64', '7.2.13')!.arm64!.ofStructs).toBe(OF_STRUCTS_6_7)
    // bin_attribute.llseek came with driver-core-6.7-rc1: 6.6 has 96-byte properties, 6.7 104.
    for (const arch of ['arm64', 'riscv64'] as const) {
      const of = (r: string) => (arch === 'arm64' ? policyFor(arch, r)!.arm64! : policyFor(arch, r)!.riscv!).ofStructs
      expect(of('6.6.30')).toBe(OF_STRUCTS_5_12)
      expect(of('6.7.0')).toBe(OF_STRUCTS_6_7)
      expect(of('6.11.5')).toBe(OF_STRUCTS_6_7)
      // read_new and write_new, 6.13 – 6.17 (Debian's 6.16.3 and 6.17.8 boots, test/boots/random-dt).
      for (const r of ['6.13.0', '6.16.3', '6.17.8']) expect(of(r), `${arch} ${r}`).toBe(OF_STRUCTS_6_13)
      for (const r of ['6.18.5', '6.19.6', '7.0.4', '7.1.3']) expect(of(r), `${arch} ${r}`).toBe(OF_STRUCTS_6_7)
    }
    expect(policyFor('riscv64', '6.12.117')!.riscv!.ofStructs).toBe(OF_STRUCTS_6_7)
  })
})

describe('unflattenDeviceTree(): the tree, then each alias in its own allocation', () => {
  it('puts them top-down, each alias 8-byte aligned below the last, not merged where padding parts them', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x40000000n, 0x40000000n)
    // 6.1's drivers/of has no late /reserved-memory pass: only the tree and the aliases.
    const ctx = { gen: policyFor('arm64', '6.1.192')!.arm64!.ofReservedMem } as ReservedMemContext
    unflattenDeviceTree(mb, {} as ReservedMemState, ctx, {} as Trace, { treeBytes: 42708n, aliasBytes: [47n, 44n] })
    const top = 0x80000000n
    const tree = (top - 42708n) & ~7n
    const first = (tree - 47n) & ~7n
    const second = (first - 44n) & ~7n
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[second, 44n], [first, 47n], [tree, 42708n]])
  })
})
