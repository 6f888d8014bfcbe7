// SPDX-License-Identifier: GPL-2.0-only
/**
 * Boards with more than one NUMA node (memory banks with `node`): the kernel's per-node
 * allocations before the crash reservation (NODE_DATA of each node, arm64's memmap of each
 * node, 7.x's per-node CMA areas) and its per-node zone lines, against the values of
 * test/boots/numa (QEMU -numa boots of Debian's kernels).
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import { simulate } from './index.js'
import { MAX_NUMNODES, memblockAdd, memblockAddNode, memblockAllocTryNid, memblockCreate, memblockReserve, memblockSetNode, NUMA_NO_NODE } from './memblock/memblock.js'
import { ALLOC_NODE_DATA_LOG, firmwareNumaMemblks, nodeIsMemoryless, NUMA_MEMBLKS, NUMA_MEMBLOCK_ARCH_NUMA, NUMA_MEMBLOCK_X86, numaNodesParsed, numaOff, numaRegisterMeminfo, setupNodeData, x86NumaFirmwareOff } from './numa.js'
import { Trace } from './trace.js'
import { freeAreaInit } from './zones.js'

type Bank = { base: string; size: string; node?: number }

function boot(kernel: string, memory: Bank[], cmdline: string, extend = 'qemu-virt-arm64') {
  const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: extend, memory, kernels: [kernel], cmdline }] } as never)
  const r = simulate(d.layouts[0]!.layout)
  if (r.crashkernel.kind !== 'reserved') throw new Error(`no crash kernel: ${r.crashkernel.kind}`)
  return { main: r.crashkernel.main.base, low: r.crashkernel.low?.base, trace: r.trace.map((t) => t.text), zoneLines: r.zoneLines, reserved: r.reserved }
}

const two = (base0: string, size0: string, base1: string, size1: string): Bank[] => [
  { base: base0, size: size0, node: 0 },
  { base: base1, size: size1, node: 1 },
]

describe('arm64 with two nodes', () => {
  it('6.12, node 0 = [1G, 4G): its memmap and NODE_DATA at the top of node 0 move the CMA area and the crash kernel (numa/arm64-6.12-virt-6G-3G+3G-ck512M)', () => {
    const numa = boot('6.12', two('0x40000000', '3G', '0x100000000', '3G'), 'crashkernel=512M')
    expect(numa.main).toBe(0xd8e00000n)
    expect(numa.trace).toContain('cma: Reserved 64 MiB at 0x00000000f8e00000 on node -1')
    // The same RAM as one node: both at the top of the DMA zone.
    expect(boot('6.12', [{ base: '0x40000000', size: '6G' }], 'crashkernel=512M').main).toBe(0xdc000000n)
  })
  it("6.12: each node's memmap buffer lies at the top of that node (numa/arm64-6.12-virt-4G-2G+2G-ck256M dump)", () => {
    const r = boot('6.12', two('0x40000000', '2G', '0xc0000000', '2G'), 'crashkernel=256M')
    const memmap = r.reserved.filter((x) => x.owner === 'memmap').map((x) => [x.base, x.base + x.size])
    expect(memmap).toEqual([
      [0xbde00000n, 0xbfe00000n],
      [0x13d400000n, 0x13f400000n],
    ])
  })
  it('the zone block prints each range with its node and one "Initmem setup" line per node', () => {
    const r = boot('6.12', two('0x40000000', '1G', '0x80000000', '3G'), 'crashkernel=256M')
    expect(r.zoneLines.slice(-5)).toEqual([
      'Early memory node ranges',
      '  node   0: [mem 0x0000000040000000-0x000000007fffffff]',
      '  node   1: [mem 0x0000000080000000-0x000000013fffffff]',
      'Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]',
      'Initmem setup node 1 [mem 0x0000000080000000-0x000000013fffffff]',
    ])
  })
  it('7.2 (CMA_SIZE_PERNUMA): a CMA area of the default size on each node, on the node, before the crash kernel (numa/arm64-7.2-virt-6G-3G+3G-ck1G.high)', () => {
    const r = boot('7.2', two('0x40000000', '3G', '0x100000000', '3G'), 'crashkernel=1G,high')
    expect(r.trace.filter((t) => t.startsWith('cma: '))).toEqual([
      'cma: Reserved 64 MiB at 0x00000000fbe00000',
      'cma: Reserved 64 MiB at 0x00000000f7e00000',
      'cma: Reserved 64 MiB at 0x0000000100000000',
    ])
    expect([r.main, r.low]).toEqual([0x17f200000n, 0xefe00000n])
    // cma_pernuma= replaces the default area's size (numa_cma_configured): 32 MiB on each node.
    expect(boot('7.2', two('0x40000000', '3G', '0x100000000', '3G'), 'crashkernel=1G,high cma_pernuma=32M').trace.filter((t) => t.startsWith('cma: '))).toEqual([
      'cma: Reserved 64 MiB at 0x00000000fbe00000',
      'cma: Reserved 32 MiB at 0x00000000f9e00000',
      'cma: Reserved 32 MiB at 0x0000000100000000',
    ])
  })
})

describe('what arm64 NUMA init prints (arch_numa_init(); the lines of every test/boots and oracle arm64 log)', () => {
  const lines = (kernel: string, cmdline: string, extra: Record<string, unknown> = {}, memory: Bank[] = [{ base: '0x40000000', size: '4G' }]) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: 'qemu-virt-arm64', memory, kernels: [kernel], cmdline, ...extra }] } as never)
    expect(d.problems).toEqual([])
    return simulate(d.layouts[0]!.layout).trace.filter((t) => t.source === 'numa').map((t) => (t.text.includes('NODE_DATA') ? t.text.replace(/\[mem 0x[0-9a-f]+-0x[0-9a-f]+\]$/, '[mem …]') : t.text))
  }
  const faking = 'NUMA: Faking a node at [mem 0x0000000040000000-0x000000013fffffff]'
  it('one node from the device tree: 5.10 and 6.1 say no NUMA configuration was found; 6.12 on (of_numa_init() fails first) only fake the node', () => {
    expect(lines('5.10', 'crashkernel=256M')).toEqual(['NUMA: No NUMA configuration found', faking, 'NUMA: NODE_DATA [mem …]'])
    expect(lines('6.1', 'crashkernel=256M')).toEqual(['NUMA: No NUMA configuration found', faking, 'NUMA: NODE_DATA [mem …]'])
    for (const k of ['6.12', '7.2']) expect(lines(k, 'crashkernel=256M')).toEqual([faking, 'NODE_DATA(0) allocated [mem …]'])
  })
  it('numa=off skips the firmware for the fake node, and says so', () => {
    expect(lines('6.1', 'numa=off')).toEqual(['NUMA: NUMA disabled', faking, 'NUMA: NODE_DATA [mem …]'])
    expect(lines('6.12', 'numa=off')).toEqual(['NUMA: NUMA disabled', faking, 'NODE_DATA(0) allocated [mem …]'])
  })
  it('with ACPI and no SRAT, acpi_numa_init() fails: pr_info() up to 6.1 (5.10 under "ACPI: NUMA: "), pr_debug() from 6.12', () => {
    expect(lines('5.10', '', { acpi: true })[0]).toBe('ACPI: NUMA: Failed to initialise from firmware')
    expect(lines('6.1', '', { acpi: true })[0]).toBe('NUMA: Failed to initialise from firmware')
    expect(lines('6.12', '', { acpi: true })).toEqual([faking, 'NODE_DATA(0) allocated [mem …]'])
  })
  it('two nodes: a NODE_DATA line per node, and no fake node (numa/arm64-6.1-virt-4G-1G+3G-ck256M, numa/arm64-6.12-virt-4G-2G+2G-ck256M)', () => {
    const memory = two('0x40000000', '1G', '0x80000000', '3G')
    const raw = (kernel: string) => simulate(decodeMatrix({ version: 1, boards: [{ id: 'n', extends: 'qemu-virt-arm64', memory, kernels: [kernel], cmdline: 'crashkernel=256M' }] } as never).layouts[0]!.layout).trace.filter((t) => t.source === 'numa').map((t) => t.text)
    // Node 0's at the top of node 0, as that boot's; node 1's below the preset's own tree (its log's QEMU has another).
    expect(raw('6.1')).toEqual(['NUMA: NODE_DATA [mem 0x7fffd380-0x7fffffff]', expect.stringMatching(/^NUMA: NODE_DATA \[mem 0x13f7e[0-9a-f]{4}-0x13f7effff\]$/)])
    expect(lines('6.12', 'crashkernel=256M', {}, two('0x40000000', '2G', '0xc0000000', '2G'))).toEqual(['NODE_DATA(0) allocated [mem …]', 'NODE_DATA(1) allocated [mem …]'])
  })
  // A bank without a node fails the coverage check and the kernel fakes one node; the
  // warning it prints first is not modelled, but "No NUMA configuration found" is not printed.
  it('some banks without a node: the fake node, without "No NUMA configuration found"', () => {
    expect(lines('6.1', '', {}, [{ base: '0x40000000', size: '1G', node: 0 }, { base: '0x80000000', size: '3G' }])).toEqual([faking, 'NUMA: NODE_DATA [mem …]'])
  })
  // A pg_data_t size of 0 is a kernel without a profile: no line, where arm64 printed an end
  // below its start ([mem 0xbfc0a000-0xbfc09fff]).
  it('boot.nodeData 0: no NODE_DATA line', () => {
    expect(lines('6.12', '', { boot: { nodeData: '0' } })).toEqual([faking])
    expect(lines('6.1', '', { boot: { nodeData: '0' } })).toEqual(['NUMA: No NUMA configuration found', faking])
  })
})

describe('what riscv64 NUMA init prints: the same drivers/base/arch_numa.c as arm64', () => {
  // No Debian riscv64 6.1 build gives its image and pg_data_t sizes: any will do here.
  const run = (kernel: string) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: [{ release: kernel, imageSize: '0x1c00000' }], boot: { nodeData: '0x2500' }, cmdline: 'crashkernel=256M' }] } as never)
    expect(d.problems).toEqual([])
    return simulate(d.layouts[0]!.layout)
  }
  const numa = (r: ReturnType<typeof run>) => r.trace.filter((t) => t.source === 'numa').map((t) => (t.text.includes('NODE_DATA') ? t.text.replace(/\[mem 0x[0-9a-f]+-0x[0-9a-f]+\]$/, '[mem …]') : t.text))
  it('6.1: no NUMA configuration found, the fake node, NODE_DATA in setup_node_data() form, and the distance table page (drivers/base/arch_numa.c@v6.1.192)', () => {
    const r = run('6.1')
    // ≤6.3 memblock starts at the kernel's load address (the policy's ramBase 'kernel-load').
    expect(numa(r)).toEqual(['NUMA: No NUMA configuration found', 'NUMA: Faking a node at [mem 0x0000000080200000-0x00000000ffffffff]', 'NUMA: NODE_DATA [mem …]'])
    expect(r.reserved.some((x) => x.owner === 'numa_distance' || x.alsoOwners?.includes('numa_distance'))).toBe(true)
  })
  it('6.12 (numa_memblks): the fake node and NODE_DATA(0), no distance table (test/oracle riscv64 logs)', () => {
    const r = run('6.12')
    expect(numa(r)).toEqual(['NUMA: Faking a node at [mem 0x0000000080000000-0x00000000ffffffff]', 'NODE_DATA(0) allocated [mem …]'])
    expect(r.reserved.some((x) => x.owner === 'numa_distance' || x.alsoOwners?.includes('numa_distance'))).toBe(false)
  })
})

describe('riscv64 with two nodes', () => {
  const rv = (kernel: string, memory: Bank[], cmdline: string) => boot(kernel, memory, cmdline, 'qemu-virt-riscv64')
  // alloc_node_data() (mm/numa.c@v6.12.117:29), shared with arm64: a node without free memory
  // gets its NODE_DATA from another node, and a second line says which.
  it.each(['6.12', '7.2'])('%s: NODE_DATA of a node whose memory is all no-map lands on node 0, and the log says so', (kernel) => {
    const r = rv(kernel, [{ base: '0x80000000', size: '2G', node: 0 }, { base: '0x100000000', size: '2G', node: 1, nomap: true } as Bank], 'crashkernel=256M')
    expect(r.trace.filter((t) => t.includes('NODE_DATA(1)')).map((t) => t.replace(/\[mem 0x[0-9a-f]+-0x[0-9a-f]+\]$/, '[mem …]'))).toEqual(['NODE_DATA(1) allocated [mem …]', '    NODE_DATA(1) on node 0'])
  })
  const halves = two('0x80000000', '2G', '0x100000000', '2G')
  it("6.12, node 0 = [2G, 4G): NODE_DATA(0) and node 0's memmap at the top of node 0 move the crash kernel below them (riscv64-numa/riscv64-6.12-virt-4G-2G+2G-ck256M)", () => {
    const r = rv('6.12', halves, 'crashkernel=256M')
    expect(r.main).toBe(0xede00000n)
    expect(r.trace).toContain('NODE_DATA(0) allocated [mem 0xffffdbc0-0xffffffff]')
    // sparse_init_nid() of node 0: its 32 MiB memmap buffer on node 0 only, under its NODE_DATA and usemaps.
    expect(r.reserved.some((x) => x.base <= 0xfde00000n && x.base + x.size >= 0xffe00000n)).toBe(true)
    // The same RAM as one node: all of it at the top of RAM, the crash kernel at the top of DMA32.
    expect(rv('6.12', [{ base: '0x80000000', size: '4G' }], 'crashkernel=256M').main).toBe(0xf0000000n)
  })
  it('6.12: each node gets its memmap buffer at its own top (the 8G 4G+4G boot: node 0 [2G, 6G), node 1 [6G, 10G))', () => {
    const r = rv('6.12', two('0x80000000', '4G', '0x180000000', '4G'), 'crashkernel=512M')
    const node0 = r.reserved.find((x) => x.base <= 0x17be00000n && 0x17be00000n < x.base + x.size)
    expect(node0).toBeDefined()
    expect(r.main).toBe(0xe0000000n)
  })
  it('7.2: NODE_DATA per node before the crash kernel, and no per-node CMA area: setup_bootmem() reserves CMA while only node 0 is online (riscv64-numa/riscv64-7.2-virt-4G-2G+2G-ck256M)', () => {
    const r = rv('7.2', halves, 'crashkernel=256M')
    expect(r.main).toBe(0xe7e00000n)
    expect(r.trace.filter((t) => t.startsWith('NODE_DATA(0)') || t.startsWith('cma: '))).toEqual(['cma: Reserved 128 MiB at 0x00000000f8000000', 'NODE_DATA(0) allocated [mem 0xf7ffd600-0xf7ffffff]'])
    expect(r.trace.some((t) => t.startsWith('NUMA: Faking'))).toBe(false)
  })
  it('7.3 (CMA after arch_numa_init(), arch/riscv/mm/init.c@v7.3.4 misc_mem_init): every node is online, so CMA_SIZE_PERNUMA adds an area on each node', () => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: 'qemu-virt-riscv64', memory: halves, kernels: ['7.2'], cmdline: 'crashkernel=256M' }] } as never)
    const cma = (kernel: string) => simulate({ ...d.layouts[0]!.layout, kernel }).trace.map((t) => t.text).filter((t) => t.startsWith('cma: Reserved'))
    expect(cma('7.2.13')).toHaveLength(1)
    const r73 = cma('7.3.4')
    expect(r73).toHaveLength(3)
    // numa1's area on node 1: [4G, 6G).
    expect(BigInt(r73[2]!.replace(/.* at (0x[0-9a-f]+).*/, '$1')) >= 0x100000000n).toBe(true)
  })
  it('the zone block prints each range with its node and one "Initmem setup" line per node (riscv64-numa/riscv64-7.2-virt-4G-1G+3G-ck512M)', () => {
    const r = rv('7.2', two('0x80000000', '1G', '0xc0000000', '3G'), 'crashkernel=256M')
    // OpenSBI's no-map nodes split node 0's first range.
    expect(r.zoneLines.slice(-5)).toEqual([
      '  node   0: [mem 0x0000000080000000-0x000000008005ffff]',
      '  node   0: [mem 0x0000000080060000-0x00000000bfffffff]',
      '  node   1: [mem 0x00000000c0000000-0x000000017fffffff]',
      'Initmem setup node 0 [mem 0x0000000080000000-0x00000000bfffffff]',
      'Initmem setup node 1 [mem 0x00000000c0000000-0x000000017fffffff]',
    ])
  })
})

describe('x86_64 with two nodes (SRAT)', () => {
  it('6.12 q35 6G 3G+3G: NODE_DATA of each node at the top of that node (numa/amd64-6.12-q35-6G-3G+3G-ck512M)', () => {
    const banks: Bank[] = [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '1G', node: 0 },
      { base: '0x140000000', size: '3G', node: 1 },
    ]
    const r = boot('6.12', banks, 'crashkernel=512M', 'qemu-q35-x86_64')
    expect(r.trace.filter((t) => t.startsWith('NODE_DATA'))).toEqual(['NODE_DATA(0) allocated [mem 0x13ffd5680-0x13fffffff]', 'NODE_DATA(1) allocated [mem 0x1fffd3680-0x1ffffdfff]'])
    expect(r.main).toBe(0x5f000000n)
    // Nodes from the SRAT: dummy_numa_init() says nothing.
    expect(r.trace.filter((t) => /NUMA|Faking/.test(t))).toEqual([])
    // numa=noacpi skips the SRAT: "No NUMA configuration found" (numa_off is not set);
    // numa=off says it was turned off; both fake node 0 over [0, max_pfn).
    const faking = 'Faking a node at [mem 0x0000000000000000-0x00000001ffffffff]'
    expect(boot('6.12', banks, 'numa=noacpi crashkernel=512M', 'qemu-q35-x86_64').trace.filter((t) => /NUMA|Faking/.test(t))).toEqual(['No NUMA configuration found', faking])
    expect(boot('6.12', banks, 'numa=off crashkernel=512M', 'qemu-q35-x86_64').trace.filter((t) => /NUMA|Faking/.test(t))).toEqual(['NUMA turned off', faking])
  })
})

describe('memblock node search', () => {
  const mb = () => {
    const m = memblockCreate(4096n)
    memblockAdd(m, 0x40000000n, 0x80000000n)
    memblockAdd(m, 0xc0000000n, 0x80000000n)
    memblockSetNode(m.memory, 0x40000000n, 0x80000000n, 0)
    memblockSetNode(m.memory, 0xc0000000n, 0x80000000n, 1)
    return m
  }
  it('an allocation for a node takes the top of that node, one for any node the top of RAM', () => {
    const m = mb()
    expect(memblockAllocTryNid(m, 0x1000n, 64n, 0n, 0n, 'x', 0)).toBe(0xbffff000n)
    expect(memblockAllocTryNid(m, 0x1000n, 64n, 0n, 0n, 'x', NUMA_NO_NODE)).toBe(0x13ffff000n)
  })
  it('a node without room: any node, unless the node is exact (memblock_alloc_exact_nid_raw)', () => {
    const m = mb()
    expect(memblockAllocTryNid(m, 0x90000000n, 4096n, 0n, 0n, 'x', 0, true)).toBe(0n)
    expect(memblockAllocTryNid(m, 0x7ffff000n, 4096n, 0n, 0n, 'x', 0)).toBe(0x40001000n)
  })
})

describe('firmwareNumaMemblks()', () => {
  it('none without a node on any bank (dummy_numa_init fakes node 0); the nodes ascending', () => {
    expect(firmwareNumaMemblks([{ base: 0n, size: 1n }])).toBeUndefined()
    const blocks = firmwareNumaMemblks([
      { base: 0n, size: 16n, node: 1 },
      { base: 16n, size: 16n, node: 0 },
    ])!
    expect(numaNodesParsed(blocks)).toEqual([0, 1])
  })

  it('none when a bank of memblock.memory has no node: the coverage check fails and the kernel fakes node 0 (memblock_validate_numa_coverage())', () => {
    expect(firmwareNumaMemblks([{ base: 0n, size: 16n, node: 1 }, { base: 16n, size: 16n }])).toBeUndefined()
    // x86: a no-map bank is an e820 reserved entry, outside memblock.memory and the check.
    const x86 = firmwareNumaMemblks([{ base: 0n, size: 16n, node: 0 }, { base: 16n, size: 16n, nomap: true }], (b) => !b.nomap)
    expect(x86).toEqual([{ nid: 0, start: 0n, end: 16n }])
    // The same RAM with node 1 on half of it only boots as one node.
    const partial = boot('6.12', [{ base: '0x40000000', size: '3G', node: 0 }, { base: '0x100000000', size: '3G' }], 'crashkernel=512M')
    expect(partial.main).toBe(boot('6.12', [{ base: '0x40000000', size: '3G' }, { base: '0x100000000', size: '3G' }], 'crashkernel=512M').main)
  })

  it('numa=off (and numa=noacpi on x86) boots the nodes as one faked node (numa_parse_early_param(), numa_setup())', () => {
    const oneNode = boot('6.12', [{ base: '0x40000000', size: '6G' }], 'crashkernel=512M').main
    expect(boot('6.12', two('0x40000000', '3G', '0x100000000', '3G'), 'numa=off crashkernel=512M').main).toBe(oneNode)
    const q35 = (cmdline: string) => boot('6.12', two('0x0', '2G', '0x80000000', '2G'), cmdline, 'qemu-q35-x86_64').trace.filter((t) => t.startsWith('NODE_DATA('))
    expect(q35('crashkernel=256M')).toHaveLength(2)
    expect(q35('numa=noacpi crashkernel=256M')).toHaveLength(1)
    expect(q35('numa=off crashkernel=256M')).toHaveLength(1)
  })
})

describe('freeAreaInit() on one node', () => {
  it('memory no NUMA init has given a node is node 0', () => {
    const m = memblockCreate(4096n)
    memblockAdd(m, 0x40000000n, 0x40000000n)
    const lines = freeAreaInit(m, [{ name: 'DMA', limit: 0x100000000n }], 4096n).lines
    expect(lines.slice(-2)).toEqual(['  node   0: [mem 0x0000000040000000-0x000000007fffffff]', 'Initmem setup node 0 [mem 0x0000000040000000-0x000000007fffffff]'])
  })
})

describe('the distance table firmware gives (numaDistances: ACPI SLIT, DT /distance-map)', () => {
  // numa_set_distance() → numa_alloc_distance() (mm/numa_memblks.c@v6.12.117:51-107; x86
  // arch/x86/mm/numa.c@v5.10.223:363): cnt² bytes, page-aligned, from the top of RAM before
  // NODE_DATA, so the NODE_DATA of the node at the top of RAM lies lower (a page lower where
  // the top of RAM was free).
  const run = (kernel: string, memory: Bank[], extend: string, numaDistances: boolean, cmdline = 'crashkernel=256M') => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: extend, memory, kernels: [kernel], cmdline, ...(numaDistances && { numaDistances }) }] } as never)
    const r = simulate(d.layouts[0]!.layout)
    return {
      nodeData: r.trace.filter((t) => t.text.startsWith('NODE_DATA')).map((t) => t.text),
      distance: r.reserved.some((x) => x.owner === 'numa_distance' || x.alsoOwners?.includes('numa_distance')),
    }
  }
  const startOf = (line: string) => BigInt(/\[mem (0x[0-9a-f]+)-/.exec(line)![1]!)
  const pageLower = (line: string) => line.replace(/0x([0-9a-f]+)/g, (_, a: string) => `0x${(BigInt(`0x${a}`) - 0x1000n).toString(16)}`)
  const q35: Bank[] = [
    { base: '0x0', size: '0x9f000', node: 0 },
    { base: '0x100000', size: '0x7fee0000', node: 0 },
    { base: '0x100000000', size: '1G', node: 0 },
    { base: '0x140000000', size: '3G', node: 1 },
  ]
  it.each(['5.10', '6.12', '7.2'])('x86_64 %s: the SLIT takes a page at the top of RAM, NODE_DATA(1) lies a page lower (random-numa n01, n06, n19)', (kernel) => {
    const without = run(kernel, q35, 'qemu-q35-x86_64', false)
    const withSlit = run(kernel, q35, 'qemu-q35-x86_64', true)
    expect([without.distance, withSlit.distance]).toEqual([false, true])
    expect(withSlit.nodeData).toEqual([without.nodeData[0], pageLower(without.nodeData[1]!)])
    // numa=off reads no SRAT and no SLIT.
    expect(run(kernel, q35, 'qemu-q35-x86_64', true, 'numa=off crashkernel=256M').distance).toBe(false)
  })
  it.each(['6.12', '7.2'])('arm64 %s: a /distance-map takes a page before NODE_DATA (random-numa n16, n17)', (kernel) => {
    const halves = two('0x40000000', '2G', '0xc0000000', '2G')
    const without = run(kernel, halves, 'qemu-virt-arm64', false)
    const withMap = run(kernel, halves, 'qemu-virt-arm64', true)
    expect([without.distance, withMap.distance]).toEqual([false, true])
    expect(withMap.nodeData[0]).toBe(without.nodeData[0])
    expect(startOf(withMap.nodeData[1]!)).toBeLessThan(startOf(without.nodeData[1]!))
  })
  it('x86_64 6.12: a CPU-only node of a higher id sizes the table too (numa_nodes_parsed holds it: cnt 3, 9 bytes, not 4)', () => {
    // acpi_numa_init() parses the SRAT's processor affinity entries before the SLIT, so
    // numa_alloc_distance() counts node 2 (mm/numa_memblks.c@v6.12.117:58-64). On x86 the
    // node changes nothing else before the crash reservation (it comes online later).
    const reservedBytes = (memorylessNodes?: number[]) => {
      const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: 'qemu-q35-x86_64', memory: q35, kernels: ['6.12'], cmdline: 'crashkernel=256M', numaDistances: true, ...(memorylessNodes && { memorylessNodes }) }] } as never)
      expect(d.problems).toEqual([])
      return simulate(d.layouts[0]!.layout).reserved.reduce((sum, x) => sum + x.size, 0n)
    }
    expect(reservedBytes([2]) - reservedBytes()).toBe(9n - 4n)
  })
  it('arm64 6.1 allocates the table whether or not firmware gives distances (random-numa n20)', () => {
    const halves = two('0x40000000', '2G', '0xc0000000', '2G')
    expect(run('6.1', halves, 'qemu-virt-arm64', true)).toEqual(run('6.1', halves, 'qemu-virt-arm64', false))
  })
  it('riscv64 6.12: a /distance-map takes a page before NODE_DATA (random-numa n11)', () => {
    const halves = two('0x80000000', '2G', '0x100000000', '2G')
    const without = run('6.12', halves, 'qemu-virt-riscv64', false)
    const withMap = run('6.12', halves, 'qemu-virt-riscv64', true)
    expect([without.distance, withMap.distance]).toEqual([false, true])
    expect(withMap.nodeData[0]).toBe(without.nodeData[0])
    expect(startOf(withMap.nodeData[1]!)).toBeLessThan(startOf(without.nodeData[1]!))
  })
})

describe('CPU-only nodes (memorylessNodes: a CPU on a node without memory)', () => {
  const board = (kernel: string, size: string, memorylessNodes: number[] | undefined, cmdline = 'crashkernel=256M', extend = 'qemu-virt-arm64', banks?: Bank[]) => {
    const d = decodeMatrix({ version: 1, boards: [{ id: 'n', extends: extend, memory: banks ?? [{ base: '0x40000000', size, node: 0 }], kernels: [kernel], cmdline, ...(memorylessNodes && { memorylessNodes }) }] } as never)
    expect(d.problems).toEqual([])
    const r = simulate(d.layouts[0]!.layout)
    if (r.crashkernel.kind !== 'reserved') throw new Error(`no crash kernel: ${r.crashkernel.kind}`)
    return { main: r.crashkernel.main.base, trace: r.trace.map((t) => t.text), zoneLines: r.zoneLines, reserved: r.reserved }
  }
  it('arm64 6.12: NODE_DATA(1) from node 0, right under NODE_DATA(0), moves the memmap, the CMA area and the crash kernel 2 MiB down (numa-memoryless/arm64-6.12-virt-3050M-3050M+0-ck256M)', () => {
    const r = board('6.12', '3050M', [1])
    expect(r.trace.filter((t) => /NODE_DATA|memory-less|^cma: /.test(t))).toEqual([
      'NODE_DATA(0) allocated [mem 0xfe406180-0xfe4098bf]',
      'NUMA: Initmem setup node 1 [<memory-less node>]',
      'NODE_DATA(1) allocated [mem 0xfe402a40-0xfe40617f]',
      '    NODE_DATA(1) on node 0',
      'cma: Reserved 64 MiB at 0x00000000f7000000 on node -1',
    ])
    // The boot's crash kernel; without the node it would be 2 MiB higher.
    expect(r.main).toBe(0xe7000000n)
    expect(board('6.12', '3050M', undefined).main).toBe(0xe7200000n)
    expect(r.zoneLines.slice(-2)).toEqual(['Initmem setup node 0 [mem 0x0000000040000000-0x00000000fe9fffff]', 'Initmem setup node 1 as memoryless'])
  })
  it('arm64 5.10: the same in setup_node_data() form; the zone block gives the node an empty span (numa-memoryless/arm64-5.10-virt-3030M-3030M+0-ck256M)', () => {
    const r = board('5.10', '3030M', [1])
    expect(r.trace.filter((t) => t.startsWith('NUMA: ') && !t.includes('Faking'))).toEqual([
      'NUMA: NODE_DATA [mem 0xfd008b00-0xfd00afff]',
      'NUMA: Initmem setup node 1 [<memory-less node>]',
      'NUMA: NODE_DATA [mem 0xfd006600-0xfd008aff]',
      'NUMA: NODE_DATA(1) on node 0',
    ])
    expect(r.main).toBe(0xe5c00000n)
    expect(board('5.10', '3030M', undefined).main).toBe(0xe6000000n)
    expect(r.zoneLines.slice(-2)).toEqual(['Initmem setup node 0 [mem 0x0000000040000000-0x00000000fd5fffff]', 'Initmem setup node 1 [mem 0x0000000000000000-0x0000000000000000]'])
  })
  it('arm64 7.2 (CMA_SIZE_PERNUMA): the CPU-only node is online, so one memory node gets a per-node CMA area and the crash kernel goes 64 MiB lower; the node\'s own area fails (numa-memoryless/arm64-7.2-virt-3G-3G+0-ck256M)', () => {
    const r = board('7.2', '3G', [1])
    expect(r.trace.filter((t) => t.startsWith('cma: '))).toEqual([
      'cma: Reserved 64 MiB at 0x00000000fb800000',
      'cma: Reserved 64 MiB at 0x00000000f7800000',
      'cma: Failed to reserve 64 MiB',
      'cma: dma_numa_cma_reserve: reservation failed: err -12, node 1',
    ])
    expect(r.main).toBe(0xe7800000n)
    expect(board('7.2', '3G', undefined).main).toBe(0xeb800000n)
  })
  it('arm64: node 0 the CPU-only one: NODE_DATA(0) first, on node 1, and the zone block names node 0 first (as numa-memoryless/arm64-6.18.5-virt-4G-0+4G-ck256M, on 6.12)', () => {
    const r = board('6.12', '4G', [0], 'crashkernel=256M', 'qemu-virt-arm64', [{ base: '0x40000000', size: '4G', node: 1 }])
    const nd = r.trace.filter((t) => /NODE_DATA|memory-less/.test(t))
    expect(nd.map((t) => t.replace(/\[mem 0x[0-9a-f]+-0x[0-9a-f]+\]$/, '[mem …]'))).toEqual(['NUMA: Initmem setup node 0 [<memory-less node>]', 'NODE_DATA(0) allocated [mem …]', '    NODE_DATA(0) on node 1', 'NODE_DATA(1) allocated [mem …]'])
    expect(r.zoneLines.slice(-2)).toEqual(['Initmem setup node 0 as memoryless', 'Initmem setup node 1 [mem 0x0000000040000000-0x000000013fffffff]'])
    expect(r.main).toBe(0xec000000n)
  })
  it('ignored without nodes on the banks (the kernel fakes node 0) and with numa=off', () => {
    const plain = (cmdline: string, node: number | undefined) => board('6.12', '3050M', [1], cmdline, 'qemu-virt-arm64', [{ base: '0x40000000', size: '3050M', ...(node !== undefined && { node }) }])
    for (const r of [plain('crashkernel=256M', undefined), plain('numa=off crashkernel=256M', 0)]) {
      expect(r.trace.some((t) => t.includes('memory-less'))).toBe(false)
      expect(r.main).toBe(0xe7200000n)
      expect(r.zoneLines.at(-1)).toBe('Initmem setup node 0 [mem 0x0000000040000000-0x00000000fe9fffff]')
    }
  })
  it('riscv64 6.12: NODE_DATA(1) from node 0 before the vmemmap tables (riscv64-numa/riscv64-6.12-virt-4G-4G+0-ck256M)', () => {
    const r = board('6.12', '4G', [1], 'crashkernel=256M', 'qemu-virt-riscv64', [{ base: '0x80000000', size: '4G', node: 0 }])
    expect(r.trace.filter((t) => /memory-less|on node 0$/.test(t))).toEqual(['NUMA: Initmem setup node 1 [<memory-less node>]', '    NODE_DATA(1) on node 0'])
    expect(r.zoneLines.at(-1)).toBe('Initmem setup node 1 as memoryless')
    expect(r.main).toBe(0xf0000000n)
  })
  it('x86_64: brought up after the crash kernel (init_cpu_to_node()); the zone block names it from 5.17 (an offline node, said so up to 6.11), not in 5.10', () => {
    const x86 = (kernel: string) => board(kernel, '', [1], 'crashkernel=256M', 'qemu-q35-x86_64', [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '2G', node: 0 },
    ])
    const without = (kernel: string) => board(kernel, '', undefined, 'crashkernel=256M', 'qemu-q35-x86_64', [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '2G', node: 0 },
    ])
    expect(x86('5.10').zoneLines.at(-1)).toMatch(/^Initmem setup node 0 /)
    expect(x86('6.1').zoneLines.slice(-2)).toEqual(['Initializing node 1 as memoryless', 'Initmem setup node 1 as memoryless'])
    for (const k of ['6.12', '7.2']) expect(x86(k).zoneLines.slice(-2)).toEqual(['Initmem setup node 0 [mem 0x0000000000001000-0x000000017fffffff]', 'Initmem setup node 1 as memoryless'])
    for (const k of ['5.10', '6.1', '6.12', '7.2']) {
      const r = x86(k)
      expect(r.trace.some((t) => t.includes('NODE_DATA(1)'))).toBe(false)
      expect([r.main, r.reserved]).toEqual([without(k).main, without(k).reserved])
    }
  })
  it('x86_64 7.2 with cma= (CONFIG_CMA_SIZE_PERNUMA): a per-node area on each memory node, and the CPU-only node, possible and not online, is warned of (numa-memoryless/amd64-7.2-q35-4G-2G+2G+0-cma64M)', () => {
    const banks: Bank[] = [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '2G', node: 1 },
    ]
    const r = board('7.2', '', [2], 'cma=64M crashkernel=256M', 'qemu-q35-x86_64', banks)
    expect(r.trace.filter((t) => t.startsWith('cma: '))).toEqual([
      'cma: Reserved 64 MiB at 0x0000000100000000',
      'cma: Reserved 64 MiB at 0x000000007be00000',
      'cma: Reserved 64 MiB at 0x0000000104000000',
      'cma: invalid node 2 specified',
    ])
    expect(r.main).toBe(0x6b000000n)
    expect(r.zoneLines.at(-1)).toBe('Initmem setup node 2 as memoryless')
  })
})

describe('numaNodesParsed() and nodeIsMemoryless()', () => {
  it('the CPU-only nodes join the blocks\' nodes, ascending, once each', () => {
    expect(numaNodesParsed([{ nid: 2, start: 0n, end: 1n }, { nid: 0, start: 1n, end: 2n }], [3, 0, 1])).toEqual([0, 1, 2, 3])
  })
  it('a node spans no page when no memblock.memory region on it holds a whole one (get_pfn_range_for_nid())', () => {
    const mb = memblockCreate(0x1000n)
    memblockAdd(mb, 0x1000n, 0x800n)
    memblockAdd(mb, 0x10000n, 0x1000n)
    memblockSetNode(mb.memory, 0x1000n, 0x800n, 1)
    memblockSetNode(mb.memory, 0x10000n, 0x1000n, 0)
    expect([nodeIsMemoryless(mb, 0, 0x1000n), nodeIsMemoryless(mb, 1, 0x1000n), nodeIsMemoryless(mb, 2, 0x1000n)]).toEqual([false, true, true])
  })
})

describe('NUMA boundaries (mutation-tested)', () => {
  it('no block when no bank of memblock.memory has a node (of_numa_init()/acpi_numa_init() find none: dummy_numa_init())', () => {
    expect(firmwareNumaMemblks([{ base: 0n, size: 16n, nomap: true }], (b) => !b.nomap)).toBeUndefined()
  })
  it('a region with no whole page leaves its node memoryless: PFN_UP(base) >= PFN_DOWN(end) (get_pfn_range_for_nid())', () => {
    const mb = memblockCreate(4096n)
    memblockAddNode(mb, 0x40000800n, 0x1000n, 1, 0)
    expect(nodeIsMemoryless(mb, 1, 4096n)).toBe(true)
  })
  it('numa=off and numa=noacpi are prefixes (str_has_prefix() / strncmp(opt, "off", 3), strncmp(opt, "noacpi", 6))', () => {
    expect(numaOff('numa=offline')).toBe(true)
    expect(numaOff('numa=of')).toBe(false)
    expect(x86NumaFirmwareOff('numa=noacpi,x')).toBe(true)
  })
  it('NODE_DATA at a node\'s first byte is on that node: early_pfn_to_nid() ranges are [start, end)', () => {
    // Node 1 is one page at 4G: its NODE_DATA (one page) lands at 4G, the end of node 0's block.
    const mb = memblockCreate(4096n)
    memblockAddNode(mb, 0x40000000n, 0xc0000000n, 0, 0)
    memblockAddNode(mb, 0x100000000n, 0x1000n, 1, 0)
    const blocks = [{ nid: 0, start: 0x40000000n, end: 0x100000000n }, { nid: 1, start: 0x100000000n, end: 0x100001000n }]
    const trace = new Trace()
    expect(setupNodeData(mb, 1, 0x1000n, blocks, ALLOC_NODE_DATA_LOG, trace)).toBe(0x100000000n)
    expect(trace.events.map((e) => e.text)).toEqual(['NODE_DATA(1) allocated [mem 0x100000000-0x100000fff]'])
  })
})

/**
 * numa_memblks (6.12+, mm/numa_memblks.c@v6.12.117): numa_memblks_init() resets memblock.memory
 * and memblock.reserved to NUMA_NO_NODE; numa_cleanup_meminfo() clips each block to
 * [memblock_start_of_DRAM(), memblock_end_of_DRAM()); numa_register_meminfo() puts
 * memblock.memory on the clipped blocks' nodes and numa_clear_kernel_node_hotplug()
 * memblock.reserved.
 */
describe('numaRegisterMeminfo() with numa_memblks', () => {
  it('resets to NUMA_NO_NODE, clips blocks to DRAM, and sets memory and reserved regions inside them', () => {
    const G = 1n << 30n
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, 2n * G)
    memblockReserve(mb, 0x1000n, 0x1000n) // below DRAM: outside the clipped block 0
    memblockReserve(mb, G + 0x10000n, 0x1000n) // in block 0
    memblockReserve(mb, 3n * G + 0x10000n, 0x1000n) // above DRAM: outside the clipped block 1, and the last region
    // Block 1 covers [2G, 3G) of memory only; [1.5G, 2G) is in no block: it stays NUMA_NO_NODE.
    numaRegisterMeminfo(mb, NUMA_MEMBLKS, [{ nid: 0, start: 0n, end: G + G / 2n }, { nid: 1, start: 2n * G, end: 4n * G }])
    expect(mb.memory.regions.map((r) => [r.base, r.size, r.nid])).toEqual([
      [G, G / 2n, 0],
      [G + G / 2n, G / 2n, NUMA_NO_NODE],
      [2n * G, G, 1],
    ])
    expect(mb.reserved.regions.map((r) => [r.base, r.nid])).toEqual([
      [0x1000n, NUMA_NO_NODE],
      [G + 0x10000n, 0],
      [3n * G + 0x10000n, NUMA_NO_NODE],
    ])
    expect(MAX_NUMNODES).not.toBe(NUMA_NO_NODE)
  })
})

/**
 * Before 6.12: x86's numa_init() resets memblock.memory and memblock.reserved to MAX_NUMNODES
 * (arch/x86/mm/numa.c@v6.1.192:645-648), which memblock_dump() prints no node for, and
 * numa_clear_kernel_node_hotplug() puts the reserved regions inside a block on its node;
 * arm64's and riscv64's numa_add_memblk() sets memblock.memory only
 * (drivers/base/arch_numa.c@v6.1.192:217), so their reserved regions keep MAX_NUMNODES.
 */
describe('numaRegisterMeminfo() before numa_memblks', () => {
  const G = 1n << 30n
  const regions = (gen: typeof NUMA_MEMBLOCK_X86) => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, G, 2n * G)
    memblockReserve(mb, G + 0x10000n, 0x1000n) // inside the block
    memblockReserve(mb, 3n * G + 0x10000n, 0x1000n) // above it (and above memory)
    numaRegisterMeminfo(mb, gen, [{ nid: 0, start: 0n, end: 3n * G }])
    return { memory: mb.memory.regions.map((r) => r.nid), reserved: mb.reserved.regions.map((r) => r.nid) }
  }
  it('x86: reserved regions inside a block on its node, the others reset to MAX_NUMNODES', () => {
    expect(regions(NUMA_MEMBLOCK_X86)).toEqual({ memory: [0], reserved: [0, MAX_NUMNODES] })
  })
  it('arm64 and riscv64: memory on the node, memblock.reserved untouched', () => {
    expect(regions(NUMA_MEMBLOCK_ARCH_NUMA)).toEqual({ memory: [0], reserved: [MAX_NUMNODES, MAX_NUMNODES] })
  })
  it('x86: a block that overlaps no memory (a node mem= cut off) puts nothing on its node', () => {
    // numa_cleanup_meminfo() moves it to numa_reserved_meminfo (arch/x86/mm/numa.c@v5.10.223:249-252,
    // mm/numa_memblks.c@v6.12.117:226-230): the region reserved inside it keeps the reset node.
    for (const gen of [NUMA_MEMBLOCK_X86, NUMA_MEMBLKS]) {
      const mb = memblockCreate(4096n)
      memblockAdd(mb, G, 2n * G)
      memblockReserve(mb, 4n * G + 0x10000n, 0x1000n)
      numaRegisterMeminfo(mb, gen, [{ nid: 0, start: 0n, end: 3n * G }, { nid: 1, start: 4n * G, end: 6n * G }])
      expect(mb.reserved.regions.map((r) => r.nid)).toEqual([gen.resetTo])
      expect(mb.memory.regions.map((r) => r.nid)).toEqual([0])
    }
  })
})
