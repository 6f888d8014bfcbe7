// SPDX-License-Identifier: GPL-2.0-only
/**
 * NUMA emulation (numa=fake=) against the lines Debian's amd64 kernels printed on QEMU q35
 * (test/boots/numa-fake): memblock.memory as their memblock_add lines give it, the physical
 * node as dummy_numa_init() fakes it ([0, max_pfn)), and the fake nodes each form makes.
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import { simulate } from './index.js'
import { memblockAdd, memblockAllocTryNid, memblockCreate, type Memblock } from './memblock/memblock.js'
import { memparseWrapping } from './memparse.js'
import { numaCleanupMeminfo, numaEmuCmdline, numaEmulation, type NumaEmuGeneration, type NumaEmulationInput } from './numa-emulation.js'
import type { NumaMemblk } from './numa.js'
import { SZ_4K } from './phys.js'
import { Trace } from './trace.js'

const G = 1n << 30n
const GEN_6_12: NumaEmuGeneration = { present: true, parsesFake: true, refusesNumaOff: true, countsCreatedPerNode: true }
const GEN_5_10: NumaEmuGeneration = { present: true, parsesFake: true, refusesNumaOff: false, countsCreatedPerNode: false }

/** q35's memblock.memory with `high` bytes above 4 GiB (the boots' memblock_add lines). */
function q35(high: bigint): Memblock {
  const mb = memblockCreate(SZ_4K)
  memblockAdd(mb, 0x1000n, 0x9f000n - 0x1000n + 0xc00n)
  memblockAdd(mb, 0x100000n, 0x7ffe0000n - 0x100000n)
  if (high > 0n) memblockAdd(mb, 4n * G, high)
  return mb
}

function emulate(mb: Memblock, emu: string, maxPfnAddr: bigint, over: Partial<NumaEmulationInput> = {}) {
  const trace = new Trace()
  const input: NumaEmulationInput = {
    emu,
    physical: [{ nid: 0, start: 0n, end: maxPfnAddr }],
    parsed: [0],
    distance: { cnt: 0, base: 0n },
    maxPfnAddr,
    numaOff: false,
    gen: GEN_6_12,
    clipToDram: true,
    memparse: memparseWrapping,
    ...over,
  }
  // numa_init() cleans the physical meminfo first: clipped to DRAM from 6.12.
  const mi = { blk: input.physical.map((b) => ({ ...b })), nr: input.physical.length }
  numaCleanupMeminfo(mb, mi, input.clipToDram, maxPfnAddr)
  const r = numaEmulation(mb, { ...input, physical: mi.blk.slice(0, mi.nr) }, trace)
  return { r, lines: trace.events.map((e) => e.text) }
}

const faking = (nid: number, start: bigint, end: bigint, mb: number) => `Faking node ${nid} at [mem 0x${start.toString(16).padStart(16, '0')}-0x${(end - 1n).toString(16).padStart(16, '0')}] (${mb}MB)`

describe('numaEmuCmdline: numa_setup()\'s fake=', () => {
  it('the last numa=fake= wins, as parse_early_param() reads tokens', () => {
    expect(numaEmuCmdline('crashkernel=256M numa=fake=2 numa=fake=4')).toBe('4')
    expect(numaEmuCmdline('"numa=fake=1G" numa=off')).toBe('1G')
    expect(numaEmuCmdline('numa=fake numa=nofake=2 numa=off')).toBeUndefined()
    expect(numaEmuCmdline('crashkernel=256M -- numa=fake=2')).toBeUndefined()
  })
})

describe('numa_emulation() on one node (dummy_numa_init())', () => {
  it('N nodes: equal memory in 32 MiB units, holes not counted (6.12, q35 2G, numa=fake=4)', () => {
    const { r, lines } = emulate(q35(0n), '4', 0x7ffe0000n)
    expect(lines).toEqual([
      faking(0, 0x1000n, 0x20001000n, 512),
      faking(1, 0x20001000n, 0x40001000n, 512),
      faking(2, 0x40001000n, 0x60001000n, 512),
      faking(3, 0x60001000n, 0x7ffe0000n, 511),
    ])
    expect(r?.nodes).toEqual([0, 1, 2, 3])
  })
  it('5.10 keeps the node at 0 (numa_cleanup_meminfo() clips to [0, max_pfn)): q35 4G, numa=fake=2', () => {
    const { r, lines } = emulate(q35(2n * G), '2', 6n * G, { gen: GEN_5_10, clipToDram: false })
    expect(lines).toEqual([faking(0, 0n, 4n * G, 4096), faking(1, 4n * G, 6n * G, 2048)])
    expect(r?.blocks).toEqual<NumaMemblk[]>([
      { nid: 0, start: 0n, end: 4n * G },
      { nid: 1, start: 4n * G, end: 6n * G },
    ])
  })
  it('a node size with G: the first node takes what DMA32 would leave short (7.2, q35 8G, numa=fake=1G)', () => {
    const { lines } = emulate(q35(6n * G), '1G', 10n * G)
    expect(lines).toEqual([
      faking(0, 0x1000n, 0x42001000n, 1056),
      faking(1, 0x42001000n, 0x104001000n, 3104),
      faking(2, 0x104001000n, 0x144001000n, 1024),
      faking(3, 0x144001000n, 0x184001000n, 1024),
      faking(4, 0x184001000n, 0x1c4001000n, 1024),
      faking(5, 0x1c4001000n, 0x204001000n, 1024),
      faking(6, 0x204001000n, 10n * G, 1983),
    ])
  })
  it('a size below 32 MiB is raised, and says so (6.12, q35 2G, numa=fake=16M)', () => {
    const { r, lines } = emulate(q35(0n), '16M', 0x7ffe0000n)
    expect(lines.slice(0, 3)).toEqual(['Fake node size 16MB too small, increasing to 32MB', faking(0, 0x1000n, 0x4001000n, 64), faking(1, 0x4001000n, 0x6001000n, 32)])
    expect(r?.nodes.length).toBe(lines.length - 1)
  })
  it('NU: the physical node split in N, holes counted in (6.12, q35 4G, numa=fake=2U)', () => {
    const { lines } = emulate(q35(2n * G), '2U', 6n * G)
    expect(lines).toEqual(['Fake node size 3071MB too small, increasing to 3072MB', faking(0, 0x1000n, 4n * G, 4095), faking(1, 4n * G, 6n * G, 2048)])
  })
  it('too many nodes: reduced to MAX_NUMNODES, then too little memory each (7.2, q35 4G, numa=fake=2000)', () => {
    const { r, lines } = emulate(q35(2n * G), '2000', 6n * G)
    expect(r).toBeUndefined()
    expect(lines).toEqual(['numa=fake=2000 too large, reducing to 1024', 'Not enough memory for each node.  NUMA emulation disabled.'])
  })
  it('NU with a count past int: uniform_size() divides by it as an unsigned long, so 0 MiB, raised to 32', () => {
    const { r, lines } = emulate(q35(2n * G), '4294967295U', 6n * G)
    expect(r).toBeUndefined()
    expect(lines[0]).toBe('Fake node size 0MB too small, increasing to 32MB')
    expect(lines.at(-1)).toBe(`numa_emulation: phys: 0 only got ${lines.length - 2} of 4294967295 nodes, failing`)
    expect(lines.length - 2).toBeGreaterThan(100)
  })
  it('numa=fake=0 or a word: no nodes, no line', () => {
    expect(emulate(q35(0n), '0', 0x7ffe0000n)).toEqual({ r: undefined, lines: [] })
    expect(emulate(q35(0n), 'x', 0x7ffe0000n)).toEqual({ r: undefined, lines: [] })
  })
  it('numa=off: 6.12.67+ print the fake nodes and drop them (fix_pxm_node_maps()), 5.10 keeps them', () => {
    const off = emulate(q35(2n * G), '2', 6n * G, { numaOff: true })
    expect(off.r).toBeUndefined()
    expect(off.lines).toEqual([faking(0, 0x1000n, 4n * G, 4095), faking(1, 4n * G, 6n * G, 2048)])
    expect(emulate(q35(2n * G), '2', 6n * G, { numaOff: true, gen: GEN_5_10, clipToDram: false }).r?.nodes).toEqual([0, 1])
  })
  it('allocates the fake nodes\' distance table, a page from the top', () => {
    const mb = q35(0n)
    emulate(mb, '4', 0x7ffe0000n)
    expect(mb.reserved.regions.map((r) => [r.base, r.size])).toEqual([[0x7ffdf000n, 16n]])
  })
  it('with a SLIT: the copy of the physical table and the firmware\'s table are freed, the new one takes the top page', () => {
    const mb = q35(2n * G)
    const slit = memblockAllocTryNid(mb, 4n, SZ_4K, 0n, 0n, 'numa_distance')
    const physical = [
      { nid: 0, start: 0n, end: 2n * G },
      { nid: 1, start: 4n * G, end: 6n * G },
    ]
    const { r } = emulate(mb, '4', 6n * G, { physical, parsed: [0, 1], distance: { cnt: 2, base: slit } })
    expect(r?.nodes).toEqual([0, 1, 2, 3])
    expect(mb.reserved.regions.map((x) => [x.base, x.size])).toEqual([[slit, 16n]])
  })
})

describe('numa_emulation() over two physical nodes', () => {
  it('interleaves: fake nodes dealt round the physical ones in turn', () => {
    const physical = [
      { nid: 0, start: 0n, end: 2n * G },
      { nid: 1, start: 4n * G, end: 8n * G },
    ]
    const { r, lines } = emulate(q35(4n * G), '3', 8n * G, { physical, parsed: [0, 1] })
    // Node 0 (low 2 GiB) takes one fake node, node 1 the rest.
    expect(lines[0]).toMatch(/^Faking node 0 at \[mem 0x0000000000001000-/)
    expect(lines[1]).toMatch(/^Faking node 1 at \[mem 0x0000000100000000-/)
    expect(r?.nodes).toEqual([0, 1, 2])
  })
  it('NU with a parsed node that has no block: blk[0] is the stale entry, 0 MiB raised to 32 (mm/numa_emulation.c)', () => {
    const physical = [
      { nid: 0, start: 0n, end: 2n * G },
      { nid: 1, start: 4n * G, end: 8n * G },
    ]
    for (const gen of [GEN_6_12, GEN_5_10]) {
      const { r, lines } = emulate(q35(4n * G), '2U', 8n * G, { physical, parsed: [0, 1, 2], gen })
      expect(lines.at(-1)).toBe('Fake node size 0MB too small, increasing to 32MB')
      expect(r?.nodes).toEqual([0, 1, 2, 3])
    }
  })
})

describe('numaCleanupMeminfo(): numa_cleanup_meminfo()', () => {
  it('joins blocks of one node with no other node between, and says so; refuses overlapping nodes', () => {
    const mb = q35(2n * G)
    const trace = new Trace()
    const mi = {
      blk: [
        { nid: 0, start: 0n, end: 0xa0000n },
        { nid: 0, start: 0x100000n, end: 2n * G },
        { nid: 1, start: 4n * G, end: 6n * G },
      ],
      nr: 3,
    }
    expect(numaCleanupMeminfo(mb, mi, false, 6n * G, trace)).toBe(true)
    expect(mi.blk.slice(0, mi.nr)).toEqual([
      { nid: 0, start: 0n, end: 2n * G },
      { nid: 1, start: 4n * G, end: 6n * G },
    ])
    expect(trace.events.map((e) => e.text)).toEqual(['NUMA: Node 0 [mem 0x00000000-0x0009ffff] + [mem 0x00100000-0x7fffffff] -> [mem 0x00000000-0x7fffffff]'])
    const bad = { blk: [{ nid: 0, start: 0n, end: 3n * G }, { nid: 1, start: 2n * G, end: 6n * G }], nr: 2 }
    expect(numaCleanupMeminfo(mb, bad, false, 6n * G, trace)).toBe(false)
    expect(trace.events.at(-1)?.text).toBe('node 0 [mem 0x00000000-0xbfffffff] overlaps with node 1 [mem 0x80000000-0x17fffffff]')
  })
})

describe('simulate() with numa=fake= (x86_64)', () => {
  const board = (kernel: string, cmdline: string, config?: Record<string, unknown>) =>
    simulate(decodeMatrix({ version: 1, boards: [{ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [kernel], cmdline, ...(config && { config }) }] } as never).layouts[0]!.layout)
  it('each fake node gets its NODE_DATA at its own top (test/boots/numa-fake, 7.2 q35 4G numa=fake=2)', () => {
    const r = board('7.2', 'crashkernel=256M numa=fake=2')
    const text = r.trace.map((e) => e.text)
    expect(text.filter((t) => t.startsWith('Faking node'))).toEqual([faking(0, 0x1000n, 4n * G, 4095), faking(1, 4n * G, 6n * G, 2048)])
    expect(text.filter((t) => t.startsWith('NODE_DATA'))).toEqual(['NODE_DATA(0) allocated [mem 0x7feb0f80-0x7fedbfff]', 'NODE_DATA(1) allocated [mem 0x17ffd1f80-0x17fffcfff]'])
    // The direct map's counters after boot are not modelled with fake nodes.
    expect(r.directMapKb).toBeUndefined()
  })
  it('over two SRAT nodes, the board\'s sratMemory split, not its banks (test/boots/numa-fake, 7.2 q35 6G 2G+4G numa=fake=3)', () => {
    const two = (sratMemory?: unknown[]) =>
      simulate(
        decodeMatrix({
          version: 1,
          boards: [
            {
              id: 'n',
              extends: 'qemu-q35-x86_64',
              kernels: ['7.2'],
              cmdline: 'crashkernel=256M numa=fake=3',
              memory: [
                { base: '0x1000', size: '0x9e000', node: 0 },
                { base: '0x100000', size: '0x7fee0000', node: 0 },
                { base: '0x100000000', size: '0x100000000', node: 1 },
              ],
              ...(sratMemory && { sratMemory }),
            },
          ],
        } as never).layouts[0]!.layout,
      ).trace.map((e) => e.text).filter((t) => t.startsWith('Faking node 0'))
    const srat = [
      { base: '0x0', size: '0xa0000', node: 0 },
      { base: '0x100000', size: '0x7ff00000', node: 0 },
      { base: '0x100000000', size: '0x100000000', node: 1 },
    ]
    expect(two(srat)).toEqual([faking(0, 0x1000n, 2n * G, 2047)])
    // The banks end at 0x7ffe0000, short of the SRAT's node 0 (CK006 says so).
    expect(two()).toEqual([faking(0, 0x1000n, 0x7ffe0000n, 2047)])
  })
  it('arm64 and riscv64 from 6.12 hand fake= to the stub (Debian builds them without CONFIG_NUMA_EMU): a malformed early option; before 6.12 the handler ignores it', () => {
    const lines = (preset: string, kernel: string) =>
      simulate(decodeMatrix({ version: 1, boards: [{ id: 'a', extends: preset, ramSize: '4G', kernels: [kernel], cmdline: 'crashkernel=256M numa=fake=2' }] } as never).layouts[0]!.layout).trace.map((e) => e.text)
    expect(lines('qemu-virt-arm64', '6.12')).toContain("Malformed early option 'numa'")
    expect(lines('qemu-virt-riscv64', '7.2')).toContain("Malformed early option 'numa'")
    expect(lines('qemu-virt-arm64', '6.1')).not.toContain("Malformed early option 'numa'")
  })
  it('without CONFIG_NUMA_EMU numa=fake= is a malformed early option and nothing is faked', () => {
    const r = board('7.2', 'crashkernel=256M numa=fake=2', { NUMA_EMU: false })
    const text = r.trace.map((e) => e.text)
    expect(text).toContain("Malformed early option 'numa'")
    expect(text.some((t) => t.startsWith('Faking node'))).toBe(false)
    expect(r.directMapKb).toBeDefined()
  })
})
