// SPDX-License-Identifier: GPL-2.0-only
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildDtb, reg2, u64, type NodeSpec } from '../../test/import/dtb-builder.js'
import { virtTree, type Variant } from '../../test/import/qemu-virt-dt.js'
import type { Board, Reservation } from '../matrix/generated/board-matrix.js'
import { validateMatrix } from '../matrix/validate.js'
import { caseToBoard, qemuMemorySize, type OracleInput } from '../oracle/case-board.js'
import { simulate } from '../engine/simulate.js'
import { decodeLayouts } from '../index.js'
import { boardToLayouts } from '../oracle/decode-board.js'
import { dtbToBoard } from './dt-board.js'

const valid = (board: unknown) => validateMatrix({ version: 1, boards: [board] })
const root = (children: NodeSpec[], props: NodeSpec['props'] = { '#address-cells': [2], '#size-cells': [2] }): NodeSpec => ({ name: '', props, children })
const mem = (base: number | bigint, size: number | bigint, extra: NodeSpec['props'] = {}): NodeSpec => ({
  name: `memory@${base.toString(16)}`,
  props: { device_type: 'memory', reg: reg2([base, size]), ...extra },
})

describe('dtToBoard: memory', () => {
  it('reads memory nodes in root cells, skips disabled and empty ones, sorts, honours linux,usable-memory', () => {
    const r = dtbToBoard(
      buildDtb(
        root([
          mem(0x100000000n, 0x80000000),
          mem(0x40000000, 0x40000000),
          mem(0x200000000n, 0x10000000, { status: 'disabled' }),
          { name: 'memory@300000000', props: { device_type: 'memory', reg: reg2([0x300000000n, 0]) } },
          mem(0x400000000n, 0x40000000, { 'linux,usable-memory': reg2([0x400000000n, 0x20000000]) }),
          { name: 'sram@1000', props: { reg: reg2([0x1000, 0x1000]) } },
        ]),
      ),
    )
    expect(r.problems).toEqual([])
    expect(r.board.memory).toEqual([
      { base: '0x40000000', size: '0x40000000' },
      { base: '0x100000000', size: '0x80000000' },
      { base: '0x400000000', size: '0x20000000' },
    ])
    expect(r.provenance['/memory/2']).toMatch(/^DTB \/memory@400000000 linux,usable-memory \(byte 0x[0-9a-f]+\)\[0\]$/)
  })

  it("gives each bank its memory node's numa-node-id when every memory node has one (of_numa_parse_memory_nodes())", () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x80000000, { 'numa-node-id': [0] }), mem(0xc0000000, 0x80000000, { 'numa-node-id': [1] })])))
    expect(r.problems).toEqual([])
    expect(r.board.memory).toEqual([
      { base: '0x40000000', size: '0x80000000', node: 0 },
      { base: '0xc0000000', size: '0x80000000', node: 1 },
    ])
    expect(valid(r.board)).toEqual([])
    // One memory node without: memory no node covers, the kernel fakes one node instead.
    const partial = dtbToBoard(buildDtb(root([mem(0x40000000, 0x80000000, { 'numa-node-id': [0] }), mem(0xc0000000, 0x80000000)])))
    expect(partial.board.memory).toEqual([
      { base: '0x40000000', size: '0x80000000' },
      { base: '0xc0000000', size: '0x80000000' },
    ])
    expect(partial.problems.map((p) => p.code)).toEqual(['numaNodePartial'])
    // riscv64 on two nodes, as arm64: the nodes are kept, nothing to warn of (the engine models them).
    const cpus: NodeSpec = { name: 'cpus', props: {}, children: [{ name: 'cpu@0', props: { 'riscv,isa': 'rv64imafdc', 'numa-node-id': [0] } }] }
    const rv = dtbToBoard(buildDtb(root([cpus, mem(0x80000000, 0x80000000, { 'numa-node-id': [0] }), mem(0x100000000n, 0x80000000, { 'numa-node-id': [1] })])))
    expect(rv.board.arch).toBe('riscv64')
    expect(rv.board.memory?.map((m) => m.node)).toEqual([0, 1])
    expect(rv.problems).toEqual([])
  })
  it('says the firmware gives NUMA distances where a node is compatible numa-distance-map-v1 (of_numa_parse_distance_map())', () => {
    const nodes = [mem(0x40000000, 0x80000000, { 'numa-node-id': [0] }), mem(0xc0000000, 0x80000000, { 'numa-node-id': [1] })]
    expect(dtbToBoard(buildDtb(root(nodes))).board.numaDistances).toBeUndefined()
    const map: NodeSpec = { name: 'distance-map', props: { compatible: 'numa-distance-map-v1', 'distance-matrix': [0, 0, 10, 0, 1, 20, 1, 0, 20, 1, 1, 10] } }
    const r = dtbToBoard(buildDtb(root([...nodes, map])))
    expect(r.board.numaDistances).toBe(true)
    expect(r.provenance['/numaDistances']).toBe('a NUMA distance table: /distance-map (compatible numa-distance-map-v1)')
    expect(valid(r.board)).toEqual([])
  })
  it('gives a CPU on a node no memory node names to memorylessNodes: a CPU-only node, whose NODE_DATA the kernel allocates elsewhere (of_numa_parse_cpu_nodes())', () => {
    const cpu = (n: number, nid: number, extra: Record<string, unknown> = {}) => ({ name: `cpu@${n}`, props: { device_type: 'cpu', 'riscv,isa': 'rv64imafdc', 'numa-node-id': [nid], ...extra } })
    const cpus: NodeSpec = { name: 'cpus', props: {}, children: [cpu(0, 0), cpu(1, 2), cpu(2, 3, { status: 'fail' }), cpu(3, 4, { status: 'fail-sss' }), cpu(4, 5, { status: 'failed' })] }
    const banks = [mem(0x80000000, 0x80000000, { 'numa-node-id': [0] }), mem(0x100000000n, 0x80000000, { 'numa-node-id': [1] })]
    const r = dtbToBoard(buildDtb(root([cpus, ...banks])))
    expect(r.problems).toEqual([])
    // Nodes 3 and 4's CPUs failed (of_get_next_cpu_node() skips "fail" and "fail-…"); "failed"
    // is neither (__of_device_is_fail()), so node 5's counts.
    expect(r.board.memorylessNodes).toEqual([2, 5])
    expect(r.provenance['/memorylessNodes']).toBe("CPUs on NUMA nodes 2, 5 (a cpu node's numa-node-id) without memory in this DT")
    expect(valid(r.board)).toEqual([])
    // Memory without nodes: the kernel fakes node 0 and reads no CPU's node.
    const plain = dtbToBoard(buildDtb(root([cpus, mem(0x80000000, 0x80000000)])))
    expect(plain.board.memorylessNodes).toBeUndefined()
    // QEMU's arm64 virt DT with node 1 CPU-only (test/boots/numa-memoryless).
    const qemu = dtbToBoard(new Uint8Array(readFileSync(join(import.meta.dirname, '../../test/boots/numa-memoryless/arm64-6.12-virt-4G-4G+0-ck256M.dtb'))))
    expect(qemu.board.memorylessNodes).toEqual([1])
    expect(qemu.board.memory).toEqual([{ base: '0x40000000', size: '0x100000000', node: 0 }])
  })

  it('uses the kernel default of 1 cell when the root has no #address-cells/#size-cells', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'memory@0', props: { device_type: 'memory', reg: [0x0, 0x3b400000, 0x40000000, 0xbc000000] } }], {})))
    expect(r.board.memory).toEqual([
      { base: '0x0', size: '0x3b400000' },
      { base: '0x40000000', size: '0xbc000000' },
    ])
    expect(r.problems.map((p) => p.code)).toEqual(['rootCells', 'rootCells'])
  })

  it('reports a reg whose length is not a whole number of entries, at its byte offset', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'memory@0', props: { device_type: 'memory', reg: [0, 0x40000000, 0] } }])))
    expect(r.problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'badLength', offset: expect.any(Number) }),
      expect.objectContaining({ severity: 'warning', code: 'noMemory' }),
    ])
    expect(r.problems[0]!.message).toBe(
      '/memory@0 reg: 12 bytes is not a multiple of 4 cells (2+2): 5.10 to 6.12 read its whole entries and stop before the rest (early_init_dt_scan_memory()), as this board does; 7.x takes no memory from the node (of_flat_dt_get_addr_size_prop()); fix the DT',
    )
    expect(r.board.memory).toBeUndefined()
    expect(valid(r.board)).toEqual([])
  })

  it('keeps the whole entries of a reg with a partial one after them, as early_init_dt_scan_memory() (5.10 - 6.12) reads them', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'memory@0', props: { device_type: 'memory', reg: [0, 0x40000000, 0, 0x40000000, 1, 0] } }])))
    expect(r.board.memory).toEqual([{ base: '0x40000000', size: '0x40000000' }])
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['badLength', 'warning']])
  })

  // Most DTBs Debian ships (286 of 1058 in 6.12) carry /memory of size 0 for the boot loader to
  // fill in, and 300 none at all: the importer cannot know the RAM, and says so with the base.
  it.each([
    ['bcm2711 (2+1 cells)', { '#address-cells': [2], '#size-cells': [1] }, [0, 0, 0], '0x0'],
    ['Qualcomm (2+2 cells)', { '#address-cells': [2], '#size-cells': [2] }, reg2([0x80000000, 0]), '0x80000000'],
  ] as Array<[string, NodeSpec['props'], number[], string]>)('calls a memory node of size 0 the boot loader\'s placeholder, with its base: %s', (_name, cellProps, reg, base) => {
    const r = dtbToBoard(buildDtb(root([{ name: `memory@${base.slice(2)}`, props: { device_type: 'memory', reg } }], cellProps)))
    expect(r.board.memory).toBeUndefined()
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'noMemory', node: `/memory@${base.slice(2)}`, property: 'reg', offset: expect.any(Number) })])
    expect(r.problems[0]!.message).toMatch(/^\/memory@[0-9a-f]+ reg: size 0: a placeholder the boot loader fills in with the RAM it finds .*this DT does not say how much RAM the board has/)
    expect(r.problems[0]!.message).toContain(`"memory": [{ "base": "${base}", "size": "4G" }]`)
    expect(r.problems[0]!.message).toContain('import /sys/firmware/fdt from the running board instead (the DT as the kernel got it')
  })

  it('says the boot loader adds /memory when the DTB has none (Allwinner, Rockchip)', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'chosen', props: {} }])))
    expect(r.problems.map((p) => p.code)).toEqual(['noMemory'])
    expect(r.problems[0]!.message).toMatch(/^no memory node \(device_type = "memory"\): the boot loader adds one with the RAM it finds/)
  })

  it('merges overlapping memory nodes with a warning', () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x80000000), mem(0x80000000, 0x80000000)])))
    expect(r.board.memory).toEqual([{ base: '0x40000000', size: '0xc0000000' }])
    expect(r.problems.map((p) => p.code)).toEqual(['overlappingMemory'])
  })

  it('takes an empty linux,usable-memory as no memory, not as a reason to read reg (early_init_dt_scan_memory())', () => {
    // 5.10-7.2: reg is read only when linux,usable-memory is absent (of_get_flat_dt_prop() is
    // non-NULL for an empty property), and an empty one has no entries.
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x40000000), mem(0x100000000n, 0x40000000, { 'linux,usable-memory': true })])))
    expect(r.board.memory).toEqual([{ base: '0x40000000', size: '0x40000000' }])
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['emptyUsableMemory', 'warning']])
  })

  it('keeps adjacent memory nodes apart without a warning (memblock_add() merges them itself)', () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x40000000), mem(0x80000000, 0x40000000)])))
    expect(r.board.memory).toEqual([
      { base: '0x40000000', size: '0x40000000' },
      { base: '0x80000000', size: '0x40000000' },
    ])
    expect(r.problems).toEqual([])
  })

  it.each([
    ['a node inside another', [mem(0x40000000, 0x80000000), mem(0x50000000, 0x1000)], [{ base: '0x40000000', size: '0x80000000' }], 1],
    ['a chain of three', [mem(0x40000000, 0x40000000), mem(0x60000000, 0x40000000), mem(0x90000000, 0x40000000)], [{ base: '0x40000000', size: '0x90000000' }], 2],
  ] as Array<[string, NodeSpec[], Board['memory'], number]>)('merges overlapping memory as memblock_add() would: %s', (_name, nodes, memory, warnings) => {
    const r = dtbToBoard(buildDtb(root(nodes)))
    expect(r.board.memory).toEqual(memory)
    expect(r.problems.map((p) => p.code)).toEqual(Array(warnings).fill('overlappingMemory'))
  })
})

describe('dtToBoard: reservations', () => {
  const resmem = (children: NodeSpec[], props: NodeSpec['props'] = { '#address-cells': [2], '#size-cells': [2], ranges: true }): NodeSpec => ({ name: 'reserved-memory', props, children })

  it('turns /memreserve/ and /reserved-memory into fixed and dynamic reservations, in boot order', () => {
    const blob = buildDtb(
      root([
        mem(0, 0x100000000n),
        resmem([
          { name: 'firmware@3ee00000', props: { reg: reg2([0x3ee00000, 0x100000], [0x3f000000, 0x100000]), 'no-map': true } },
          { name: 'ramoops@1000000', props: { reg: reg2([0x1000000, 0x100000]), compatible: 'ramoops' } },
          { name: 'pool@30000000', props: { reg: reg2([0x30000000, 0x4000000]), compatible: 'shared-dma-pool', reusable: true, 'linux,cma-default': true } },
          { name: 'disabled@2000000', props: { reg: reg2([0x2000000, 0x100000]), status: 'disabled' } },
          { name: 'linux,cma', props: { compatible: 'shared-dma-pool', reusable: true, size: [...u64(0x4000000)], alignment: [...u64(0x400000)], 'alloc-ranges': reg2([0, 0x40000000]), 'linux,cma-default': true } },
          { name: 'dsp', props: { size: [...u64(0x800000)], 'no-map': true } },
        ]),
      ]),
      { memreserve: [[0n, 0x1000n]] },
    )
    const r = dtbToBoard(blob, { id: 'rpi4' })
    expect(r.problems).toEqual([])
    expect(valid(r.board)).toEqual([])
    expect(r.board.reservations).toEqual<Reservation[]>([
      { kind: 'fixed', name: 'memreserve@0', base: '0x0', size: '0x1000', memreserve: true, description: '/memreserve/ entry 0' },
      { kind: 'fixed', name: 'firmware@3ee00000', base: '0x3ee00000', size: '0x100000', nomap: true, moreReg: [{ base: '0x3f000000', size: '0x100000' }] },
      { kind: 'fixed', name: 'ramoops@1000000', base: '0x1000000', size: '0x100000', description: 'compatible ramoops' },
      { kind: 'fixed', name: 'pool@30000000', base: '0x30000000', size: '0x4000000', description: 'compatible shared-dma-pool, reusable', cma: true, cmaDefault: true },
      { kind: 'dynamic', name: 'linux,cma', size: '0x4000000', align: '0x400000', allocRanges: [{ base: '0x0', size: '0x40000000' }], cma: true, cmaDefault: true },
      { kind: 'dynamic', name: 'dsp', size: '0x800000', nomap: true },
    ])
    expect(r.provenance['/reservations/0']).toBe('DTB /memreserve/ entry 0 (byte 0x28)')
    expect(r.provenance['/reservations/4']).toMatch(/^DTB \/reserved-memory\/linux,cma size \(byte 0x[0-9a-f]+\); DTB \/reserved-memory\/linux,cma alignment/)
  })

  // __reserved_mem_alloc_size() tries each alloc-ranges entry as [base, base + size); an end
  // of 0 is MEMBLOCK_ALLOC_ANYWHERE, so an entry (0, 0) after a window that is full places the node.
  it('keeps alloc-ranges entries of size 0: (0, 0) is anywhere, (b, 0) a window nothing fits in', () => {
    const blob = buildDtb(
      root([
        mem(0, 0x100000000n),
        resmem([
          { name: 'fw@40000000', props: { reg: reg2([0x40000000, 0x1000000]), 'no-map': true } },
          { name: 'pool', props: { size: [...u64(0x2000000)], 'alloc-ranges': reg2([0x40000000, 0x1000000], [0x50000000, 0], [0, 0]) } },
        ]),
      ]),
    )
    const r = dtbToBoard(blob, { id: 'b' })
    expect(r.problems).toEqual([])
    expect(r.board.reservations?.[1]).toEqual({ kind: 'dynamic', name: 'pool', size: '0x2000000', allocRanges: [{ base: '0x40000000', size: '0x1000000' }, { base: '0x50000000', size: '0x0' }, { base: '0x0', size: '0x0' }] })
    // The kernel places it at the top of RAM (the first window is taken, the second empty).
    const matrix = JSON.stringify({ version: 1, boards: [{ ...r.board, arch: 'arm64', kernels: ['6.12'], image: { base: '0x80000000' }, cmdline: 'crashkernel=256M' }] })
    const { layouts, findings } = decodeLayouts(matrix, 'boards.json')
    expect(findings.filter((f) => f.severity === 'error')).toEqual([])
    const sim = simulate(layouts[0]!.layout)
    expect(sim.trace.map((t) => t.text)).toContain('OF: reserved mem: 0x00000000fe000000..0x00000000ffffffff (32768 KiB) map non-reusable pool')
  })

  // An empty alloc-ranges is a property with no window (len 0): __reserved_mem_alloc_size()
  // tries none and fails the node (drivers/of/of_reserved_mem.c@v6.12.117, @v7.2.13).
  it('leaves out a node whose alloc-ranges has no entry, with a warning: the kernel fails it', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n), resmem([{ name: 'pool', props: { size: [...u64(0x2000000)], 'alloc-ranges': [] } }])])), { id: 'b' })
    expect(r.board.reservations).toBeUndefined()
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['emptyAllocRanges', 'warning']])
  })

  it('keeps reg entries of size 0 (bootloader placeholders the kernel refuses with a line), first or not', () => {
    const r = dtbToBoard(
      buildDtb(root([mem(0, 0x100000000n), resmem([{ name: 'splash', props: { reg: reg2([0, 0]) } }, { name: 'fw', props: { reg: reg2([0x3ee00000, 0x100000], [0, 0]) } }])])),
    )
    expect(r.problems).toEqual([])
    expect(valid(r.board)).toEqual([])
    expect(r.board.reservations).toEqual<Reservation[]>([
      { kind: 'fixed', name: 'splash', base: '0x0', size: '0x0' },
      { kind: 'fixed', name: 'fw', base: '0x3ee00000', size: '0x100000', moreReg: [{ base: '0x0', size: '0x0' }] },
    ])
  })

  it('stops /memreserve/ at the first entry of size 0, as the kernel does, and says what is left out', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n)]), { memreserve: [[0x1000n, 0x1000n], [0x2000n, 0n], [0x3000n, 0x1000n]] }))
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'fixed', name: 'memreserve@1000', base: '0x1000', size: '0x1000', memreserve: true, description: '/memreserve/ entry 0' }])
    expect(r.problems).toEqual([
      { severity: 'warning', source: 'dtb', code: 'memreserveStops', message: '/memreserve/ entry 1 has size 0: the kernel stops reading the list there, so the entry after it is not reserved', offset: 0x38 },
    ])
  })

  it('ignores /reserved-memory whose cells differ from the root, as the kernel does', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x40000000), resmem([{ name: 'fw@0', props: { reg: [0, 0x1000] } }], { '#address-cells': [1], '#size-cells': [1], ranges: true })])))
    expect(r.board.reservations).toBeUndefined()
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['reservedMemoryIgnored', 'warning']])
  })

  it('flags sizes of the wrong length and odd combinations', () => {
    const r = dtbToBoard(
      buildDtb(
        root([
          mem(0, 0x40000000),
          resmem([
            { name: 'short', props: { size: [0x100000] } },
            { name: 'nothing', props: { compatible: 'foo' } },
            { name: 'pool', props: { compatible: 'shared-dma-pool', reusable: true, 'no-map': true, size: [...u64(0x100000)] } },
            { name: 'notcma', props: { size: [...u64(0x100000)], 'linux,cma-default': true } },
          ]),
        ]),
      ),
    )
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([
      ['badLength', 'warning'],
      ['reservedWithoutSize', 'warning'],
      ['nomapReusable', 'warning'],
      ['cmaDefaultWithoutCma', 'warning'],
    ])
    expect(r.problems[0]!.message).toBe("/reserved-memory/short size: size must be 2 cell(s) (the root's #size-cells); the kernel skips the node")
  })

  it('does not warn when the entry of size 0 is the last one', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n)]), { memreserve: [[0x1000n, 0x1000n], [0x2000n, 0n]] }))
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'fixed', name: 'memreserve@1000', base: '0x1000', size: '0x1000', memreserve: true, description: '/memreserve/ entry 0' }])
    expect(r.problems).toEqual([])
  })

  // __reserved_mem_check_root() (5.10-7.2): #size-cells, #address-cells and ranges, each on its own.
  it.each([
    ['#size-cells differs', { '#address-cells': [2], '#size-cells': [1], ranges: true }],
    ['#address-cells differs', { '#address-cells': [1], '#size-cells': [2], ranges: true }],
    ['no ranges', { '#address-cells': [2], '#size-cells': [2] }],
  ] as Array<[string, NodeSpec['props']]>)('ignores /reserved-memory when %s', (_name, props) => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x40000000), resmem([{ name: 'fw@0', props: { reg: reg2([0, 0x1000]) } }], props)])))
    expect(r.board.reservations).toBeUndefined()
    expect(r.problems.map((p) => p.code)).toEqual(['reservedMemoryIgnored'])
  })

  it('reads /reserved-memory whatever its own status (the kernel checks only the children)', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x40000000), resmem([{ name: 'fw@0', props: { reg: reg2([0, 0x1000]) } }], { '#address-cells': [2], '#size-cells': [2], ranges: true, status: 'disabled' })])))
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'fixed', name: 'fw@0', base: '0x0', size: '0x1000' }])
    expect(r.problems).toEqual([])
  })

  it('a shared-dma-pool is CMA only with reusable (rmem_cma_setup()), a DMA pool without (rmem_dma_setup()), and reusable alone is neither', () => {
    const r = dtbToBoard(
      buildDtb(
        root([
          mem(0, 0x100000000n),
          resmem([
            { name: 'coherent@10000000', props: { reg: reg2([0x10000000, 0x400000]), compatible: 'shared-dma-pool' } },
            { name: 'reuse@20000000', props: { reg: reg2([0x20000000, 0x400000]), reusable: true } },
          ]),
        ]),
      ),
    )
    expect(r.board.reservations).toEqual<Reservation[]>([
      { kind: 'fixed', name: 'coherent@10000000', base: '0x10000000', size: '0x400000', description: 'compatible shared-dma-pool', dmaPool: true },
      { kind: 'fixed', name: 'reuse@20000000', base: '0x20000000', size: '0x400000', description: 'reusable' },
    ])
  })

  it('skips a dynamic node whose size or alignment has the wrong number of cells (__reserved_mem_alloc_size())', () => {
    // "invalid size property" / "invalid alignment property": -EINVAL, nothing is allocated for the node.
    const r = dtbToBoard(
      buildDtb(
        root([
          mem(0, 0x100000000n),
          resmem([
            { name: 'long', props: { size: [0, 0, 0x100000] } },
            { name: 'badalign', props: { size: [...u64(0x100000)], alignment: [0x100000] } },
            { name: 'good', props: { size: [...u64(0x100000)], alignment: [...u64(0x200000)] } },
          ]),
        ]),
      ),
    )
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'dynamic', name: 'good', size: '0x100000', align: '0x200000' }])
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['badLength', 'warning', "/reserved-memory/long size: size must be 2 cell(s) (the root's #size-cells); the kernel skips the node"],
      ['badLength', 'warning', "/reserved-memory/badalign alignment: alignment must be 2 cell(s) (the root's #address-cells); the kernel skips the node"],
    ])
  })

  it('reads /reserved-memory@<unit> as 6.1+ find it (fdt_path_offset()), with a note that 5.10 does not', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n), { ...resmem([{ name: 'pool', props: { reg: [...u64(0x20000000), ...u64(0x100000)] } }]), name: 'reserved-memory@0' }])))
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'fixed', name: 'pool', base: '0x20000000', size: '0x100000' }])
    expect(r.problems.map((p) => [p.code, p.severity])).toEqual([['reservedMemoryUnitAddress', 'note']])
  })

  // A node the kernel skips is a warning, not an error that writes no board (5.10 - 6.12:
  // "invalid reg property … skipping node", "invalid alloc-ranges property … skipping node").
  it('leaves out a node whose reg or alloc-ranges is not whole entries, as 5.10 - 6.12 skip it, and keeps the rest', () => {
    const r = dtbToBoard(
      buildDtb(
        root([
          mem(0, 0x100000000n),
          resmem([
            { name: 'oddreg', props: { reg: [...u64(0x10000000), ...u64(0x100000), 0] } },
            { name: 'oddranges', props: { size: [...u64(0x100000)], 'alloc-ranges': [...u64(0), ...u64(0x40000000), 1] } },
            { name: 'good', props: { reg: [...u64(0x20000000), ...u64(0x100000)] } },
          ]),
        ]),
      ),
    )
    expect(r.board.reservations).toEqual<Reservation[]>([{ kind: 'fixed', name: 'good', base: '0x20000000', size: '0x100000' }])
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([
      ['badLength', 'warning', '/reserved-memory/oddreg reg: 20 bytes is not a multiple of 4 cells (2+2): 5.10 to 6.12 skip the node ("Reserved memory: invalid reg property"), as this board does; 7.x reads it as a node without reg (of_flat_dt_get_addr_size_prop()), which a size makes dynamic; fix the DT'],
      ['badLength', 'warning', '/reserved-memory/oddranges alloc-ranges: 20 bytes is not a multiple of 4 cells (2+2): 5.10 to 6.12 skip the node ("invalid alloc-ranges property"), as this board does; 7.x allocates it anywhere (of_flat_dt_get_addr_size_prop()); fix the DT'],
    ])
    expect(valid(r.board)).toEqual([])
  })
})

describe('dtToBoard: dma-ranges', () => {
  /** A Raspberry Pi 4-like tree: root 2/1 cells, /soc 1/1, /emmc2bus 2/1, /scb, a nested bus, a disabled bus. */
  const rpi: NodeSpec = {
    name: '',
    props: { '#address-cells': [2], '#size-cells': [1], model: 'Raspberry Pi 4 Model B' },
    children: [
      { name: 'memory@0', props: { device_type: 'memory', reg: [0, 0, 0x3b400000, 0, 0x40000000, 0xbc000000] } },
      {
        name: 'soc',
        props: { compatible: 'simple-bus', '#address-cells': [1], '#size-cells': [1], ranges: [0x7e000000, 0, 0xfe000000, 0x1800000], 'dma-ranges': [0xc0000000, 0, 0, 0x40000000] },
        children: [
          // Bus addresses 0xc0000000.. of /soc; CPU 0x0.. after /soc's own dma-ranges: reaches 0x1fffffff.
          { name: 'nested', props: { '#address-cells': [1], '#size-cells': [1], ranges: true, 'dma-ranges': [0x0, 0xc0000000, 0x20000000] } },
        ],
      },
      { name: 'emmc2bus', props: { compatible: 'simple-bus', '#address-cells': [2], '#size-cells': [1], ranges: true, 'dma-ranges': [0, 0xc0000000, 0, 0, 0x40000000] } },
      { name: 'scb', props: { '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': true } },
      { name: 'pcie@7d500000', props: { '#address-cells': [3], '#size-cells': [2], 'dma-ranges': [0x2000000, 0, 0, 0, 0, 0, 0xc0000000], status: 'disabled' } },
    ],
  }

  it('translates through parent buses and takes the minimum over available nodes (of_dma_get_max_cpu_address)', () => {
    const r = dtbToBoard(buildDtb(rpi))
    expect(r.board.dma?.ranges).toEqual([
      { node: '/soc', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
      { node: '/soc/nested', cpuAddr: '0x0', busAddr: '0x0', size: '0x20000000' },
      { node: '/emmc2bus', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' },
    ])
    expect(r.facts?.dmaNodes).toEqual([
      { node: '/soc', cpuEnd: 0x3fffffffn },
      { node: '/soc/nested', cpuEnd: 0x1fffffffn },
      { node: '/emmc2bus', cpuEnd: 0x3fffffffn },
    ])
    expect(r.facts?.dmaLimit).toBe(0x1fffffffn)
    expect(r.facts?.dmaLimitNode).toBe('/soc/nested')
    expect(r.problems).toEqual([])
    expect(r.provenance['/dma']).toBe('overall limit 0x1fffffff from /soc/nested (minimum over nodes of the highest CPU address each reaches, as of_dma_get_max_cpu_address())')
    expect(valid(r.board)).toEqual([])
  })

  it('an empty dma-ranges and no dma-ranges impose no limit', () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x40000000), { name: 'bus', props: { ranges: true, 'dma-ranges': true } }])))
    expect(r.board.dma).toBeUndefined()
    expect(r.facts?.dmaLimit).toBe((1n << 64n) - 1n)
  })

  it('a node without #address-cells/#size-cells inherits them from the nearest ancestor (of_bus_n_addr_cells())', () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x40000000), { name: 'bus', props: { ranges: true, 'dma-ranges': [...u64(0), ...u64(0), ...u64(0x40000000)] } }])))
    expect(r.problems).toEqual([])
    expect(r.facts?.dmaNodes).toEqual([{ node: '/bus', cpuEnd: 0x3fffffffn }])
  })

  it('an empty dma-ranges on a parent bus translates 1:1 (of_translate_one(): "empty ranges; 1:1 translation")', () => {
    const tree = root([
      mem(0x40000000, 0x80000000),
      {
        name: 'bus',
        props: { '#address-cells': [1], '#size-cells': [1], ranges: true, 'dma-ranges': true },
        children: [{ name: 'dev', props: { '#address-cells': [1], '#size-cells': [1], 'dma-ranges': [0x0, 0x80000000, 0x10000000] } }],
      },
    ])
    const r = dtbToBoard(buildDtb(tree))
    expect(r.problems).toEqual([])
    expect(r.facts?.dmaNodes).toEqual([{ node: '/bus/dev', cpuEnd: 0x8fffffffn }])
    expect(r.facts?.dmaLimit).toBe(0x8fffffffn)
  })

  it('a parent window is half-open: its end address does not translate (of_bus_default_map(): da >= cp + s)', () => {
    const tree = root(
      [
        {
          name: 'soc',
          props: { '#address-cells': [1], '#size-cells': [1], ranges: true, 'dma-ranges': [0x0, 0, 0x0, 0x40000000] },
          children: [
            { name: 'last', props: { '#address-cells': [1], '#size-cells': [1], 'dma-ranges': [0x0, 0x3ffff000, 0x1000] } },
            { name: 'edge', props: { '#address-cells': [1], '#size-cells': [1], 'dma-ranges': [0x0, 0x40000000, 0x1000] } },
          ],
        },
      ],
      { '#address-cells': [2], '#size-cells': [1] },
    )
    const r = dtbToBoard(buildDtb(tree))
    // /soc/edge's 0x40000000 is OF_BAD_ADDR to the kernel, which then ends the entry at
    // OF_BAD_ADDR + 0x1000 - 1, wrapped: 0xffe.
    expect(r.facts?.dmaNodes).toEqual([
      { node: '/soc', cpuEnd: 0x3fffffffn },
      { node: '/soc/last', cpuEnd: 0x3fffffffn },
      { node: '/soc/edge', cpuEnd: 0xffen },
    ])
    expect(r.problems.filter((p) => p.code !== 'noMemory').map((p) => [p.code, p.offset !== undefined])).toEqual([['untranslatable', true]])
  })

  // of_pci_range_parser_one() takes of_translate_dma_address()'s OF_BAD_ADDR as the entry's CPU
  // address unchecked, and of_dma_get_max_cpu_address() adds the size in u64 (5.10-7.2): a
  // dma-ranges the parent bus does not cover limits ZONE_DMA to almost nothing.
  it('an entry the kernel cannot translate ends at OF_BAD_ADDR + size - 1, wrapped, and the board carries that as zoneDmaLimit', () => {
    const tree = root(
      [
        { name: 'memory@0', props: { device_type: 'memory', reg: [0, 0, 0x40000000] } },
        {
          name: 'soc',
          props: { '#address-cells': [1], '#size-cells': [1], ranges: true, 'dma-ranges': [0xc0000000, 0, 0, 0x40000000] },
          children: [{ name: 'outside', props: { '#address-cells': [1], '#size-cells': [1], ranges: true, 'dma-ranges': [0x0, 0x10000000, 0x100000] } }],
        },
      ],
      { '#address-cells': [2], '#size-cells': [1] },
    )
    const r = dtbToBoard(buildDtb(tree))
    expect(r.facts?.dmaNodes).toEqual([
      { node: '/soc', cpuEnd: 0x3fffffffn },
      { node: '/soc/outside', cpuEnd: 0xffffen },
    ])
    expect(r.facts?.dmaLimit).toBe(0xffffen)
    expect(r.board.dma).toEqual({ ranges: [{ node: '/soc', cpuAddr: '0x0', busAddr: '0xc0000000', size: '0x40000000' }], zoneDmaLimit: '0xffffe' })
    expect(r.provenance['/dma/zoneDmaLimit']).toMatch(/^of_dma_get_max_cpu_address\(\)'s end for \/soc\/outside/)
    expect(r.problems).toEqual([expect.objectContaining({ severity: 'warning', code: 'untranslatable', node: '/soc', property: 'dma-ranges' })])
    expect(r.problems[0]!.message).toBe(
      '/soc dma-ranges: address 0x10000000 of /soc/outside dma-ranges is outside every dma-ranges window of /soc: the kernel\'s translation fails (OF_BAD_ADDR), and of_dma_get_max_cpu_address() takes OF_BAD_ADDR + size 0x100000 (wrapping) as the entry\'s end, 0xffffe: a DMA limit the DT did not mean; fix the dma-ranges',
    )
    expect(valid(r.board)).toEqual([])
  })

  it('dma-ranges on the root translate to nothing (__of_translate_address(): no parent), in the root\'s own cells', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'memory@0', props: { device_type: 'memory', reg: [0, 0, 0x80000000] } }], { '#address-cells': [2], '#size-cells': [1], 'dma-ranges': [0, 0, 0, 0, 0x40000000] })))
    expect(r.facts?.dmaNodes).toEqual([{ node: '/', cpuEnd: 0x3ffffffen }])
    expect(r.board.dma).toEqual({ zoneDmaLimit: '0x3ffffffe' })
    expect(r.problems.map((p) => p.message)).toEqual([
      "/ dma-ranges: the root has no parent bus to translate it into: the kernel's translation fails (OF_BAD_ADDR), and of_dma_get_max_cpu_address() takes OF_BAD_ADDR + size 0x40000000 (wrapping) as the entry's end, 0x3ffffffe: a DMA limit the DT did not mean; fix the dma-ranges",
    ])
  })

  it('an entry of size 0 ends the node one below its CPU address, as the kernel computes it', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n), { name: 'bus', props: { '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': [...u64(0), ...u64(0x80000000), ...u64(0)] } }])))
    expect(r.facts?.dmaNodes).toEqual([{ node: '/bus', cpuEnd: 0x7fffffffn }])
    expect(r.board.dma).toEqual({ zoneDmaLimit: '0x7fffffff' })
    expect(valid(r.board)).toEqual([])
  })

  it('reads the whole entries of a dma-ranges with a partial one after them, as the range parser does', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n), { name: 'bus', props: { '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': [...u64(0), ...u64(0), ...u64(0x40000000), 7] } }])))
    expect(r.facts?.dmaNodes).toEqual([{ node: '/bus', cpuEnd: 0x3fffffffn }])
    expect(r.problems.map((p) => [p.code, p.severity, p.message])).toEqual([['badLength', 'warning', '/bus dma-ranges: 28 bytes is not a multiple of 6 cells (2+2+2): the kernel reads its whole entries and stops before the rest (of_pci_range_parser_one()); fix the DT']])
  })

  it('a node with several entries reaches the highest of them (of_dma_get_max_cpu_address(): max per node)', () => {
    const r = dtbToBoard(buildDtb(root([mem(0, 0x100000000n), { name: 'bus', props: { '#address-cells': [2], '#size-cells': [2], ranges: true, 'dma-ranges': [...u64(0), ...u64(0), ...u64(0x40000000), ...u64(0x80000000), ...u64(0x80000000), ...u64(0x40000000)] } }])))
    expect(r.problems).toEqual([])
    expect(r.facts?.dmaNodes).toEqual([{ node: '/bus', cpuEnd: 0xbfffffffn }])
    expect(r.facts?.dmaLimit).toBe(0xbfffffffn)
  })
})

describe('dtToBoard: /chosen and identity', () => {
  it('reads bootargs and a 32-bit initrd, model and arch', () => {
    const tree = root(
      [
        mem(0x80000000, 0x40000000),
        { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible: 'riscv', 'riscv,isa': 'rv64imafdch' } }] },
        { name: 'chosen', props: { bootargs: 'console=ttyS0 crashkernel=256M', 'linux,initrd-start': [0x88200000], 'linux,initrd-end': [0x882fd0d3] } },
      ],
      { '#address-cells': [2], '#size-cells': [2], model: 'riscv-virtio,qemu', compatible: 'riscv-virtio' },
    )
    const r = dtbToBoard(buildDtb(tree))
    expect(r.board).toMatchObject({ id: 'riscv-virtio-qemu', name: 'riscv-virtio,qemu', arch: 'riscv64', cmdline: 'console=ttyS0 crashkernel=256M', initrd: { base: '0x88200000', size: '0xfd0d3' } })
    expect(r.facts?.totalSize).toBeGreaterThan(0)
  })

  it('reads /chosen@0 when there is no /chosen (early_init_dt_scan_chosen())', () => {
    const r = dtbToBoard(buildDtb(root([mem(0x40000000, 0x40000000), { name: 'chosen@0', props: { bootargs: 'console=ttyS0 crashkernel=128M' } }])))
    expect(r.board.cmdline).toBe('console=ttyS0 crashkernel=128M')
  })

  // CPUs of arm64 DTBs that Debian ships (arch/arm64/boot/dts): X-Gene, Tegra132, Snapdragon X.
  it.each(['apm,potenza', 'apm,strega', 'nvidia,tegra132-denver', 'nvidia,tegra194-carmel', 'qcom,oryon', 'arm,cortex-x1', 'arm,cortex-a715', 'arm,cortex-a725', 'arm,cortex-a520'])('takes a CPU compatible "%s" for arm64', (compatible) => {
    const tree = root([mem(0x80000000, 0x40000000), { name: 'cpus', props: { '#address-cells': [2], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible } }] }])
    expect(dtbToBoard(buildDtb(tree)).board.arch).toBe('arm64')
  })

  it.each(['arm,cortex-a32', 'arm,cortex-a15', 'arm,cortex-a9', 'arm,cortex-a7'])('does not take an AArch32-only CPU "%s" for arm64', (compatible) => {
    const tree = root([mem(0x80000000, 0x40000000), { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible } }] }])
    expect(dtbToBoard(buildDtb(tree)).board.arch).toBeUndefined()
  })

  it('does not call a 32-bit RISC-V CPU riscv64', () => {
    const tree = root([mem(0x80000000, 0x40000000), { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: [{ name: 'cpu@0', props: { device_type: 'cpu', compatible: 'riscv', 'riscv,isa': 'rv32imac' } }] }])
    expect(dtbToBoard(buildDtb(tree)).board.arch).toBeUndefined()
  })

  // set_satp_mode_from_fdt(): the first available cpu node's mmu-type. A board rebuilt without it
  // runs Sv39 and takes fewer page-table pages than the kernel under QEMU's sv57 (releases riscv64).
  describe("riscv64's paging mode from mmu-type", () => {
    const rv = (cpus: NodeSpec[]) =>
      dtbToBoard(buildDtb(root([mem(0x80000000, 0x40000000), { name: 'cpus', props: { '#address-cells': [1], '#size-cells': [0] }, children: cpus }])))
    const cpu = (n: number, props: NodeSpec['props'] = {}): NodeSpec => ({ name: `cpu@${n}`, props: { device_type: 'cpu', compatible: 'riscv', 'riscv,isa': 'rv64imafdc', ...props } })
    it.each([['riscv,sv39', 39], ['riscv,sv48', 48], ['riscv,sv57', 57]] as const)('%s → vaBits %i', (mmuType, bits) => {
      const r = rv([cpu(0, { 'mmu-type': mmuType })])
      expect(r.board.vaBits).toBe(bits)
      expect(r.provenance['/vaBits']).toMatch(/set_satp_mode\(\).*\/cpus\/cpu@0.*mmu-type/)
      expect(valid(r.board)).toEqual([])
    })
    it('reads the first available cpu node only, and nothing from one without mmu-type or with another value', () => {
      expect(rv([cpu(0, { status: 'disabled', 'mmu-type': 'riscv,sv39' }), cpu(1, { 'mmu-type': 'riscv,sv48' })]).board.vaBits).toBe(48)
      expect(rv([cpu(0), cpu(1, { 'mmu-type': 'riscv,sv48' })]).board.vaBits).toBeUndefined()
      expect(rv([cpu(0, { 'mmu-type': 'riscv,none' })]).board.vaBits).toBeUndefined()
      expect(rv([cpu(0, { 'mmu-type': 'constructor' })]).board.vaBits).toBeUndefined()
      expect(rv([{ name: 'cpu-map', props: {} }, cpu(0, { 'mmu-type': 'riscv,sv39' })]).board.vaBits).toBe(39)
    })
    it('and the model then builds the kernel\'s page tables: QEMU virt sv57 against its sv39 default', () => {
      const sv = (mmuType: string) => {
        const { board } = rv([cpu(0, { 'mmu-type': mmuType })])
        const layout = boardToLayouts({ ...board, kernels: ['6.16.3'], image: { base: '0x80200000', size: '0x2200000' } })[0]!
        expect(layout.vaBits).toBe(Number(mmuType.slice(-2)))
        return simulate(layout).reserved.reduce((n, r) => n + r.size, 0n)
      }
      // Each level more is a table page more at each level of the linear map's and the kernel
      // mapping's walks (the kernel's nine at 2 GiB under sv57: releases riscv64-6.16.3).
      const [s39, s48, s57] = [sv('riscv,sv39'), sv('riscv,sv48'), sv('riscv,sv57')]
      expect(s48).toBeGreaterThan(s39)
      expect(s57).toBeGreaterThan(s48)
    })
  })

  it('warns on an initrd that ends before it starts', () => {
    const r = dtbToBoard(buildDtb(root([{ name: 'chosen', props: { 'linux,initrd-start': [...u64(0x2000)], 'linux,initrd-end': [...u64(0x1000)] } }])))
    expect(r.board.initrd).toBeUndefined()
    expect(r.problems.map((p) => p.code)).toEqual(['noMemory', 'badInitrd'])
  })

  it('an unusable blob still yields a valid (empty) board and the parse errors', () => {
    const r = dtbToBoard(new Uint8Array([1, 2, 3]), { id: 'x+y' })
    expect(r.board).toEqual({ id: 'x-y' })
    expect(r.problems.map((p) => p.code)).toEqual(['truncated'])
  })
})

// ---------------------------------------------------------------------------------------------
// The oracle's DT variants against src/oracle/case-board.ts.

interface CaseFile {
  input: OracleInput & { dt_variant?: string | null; full_cmdline?: string }
}
const casesDir = join(import.meta.dirname, '../../test/oracle/cases')
const variantCases = readdirSync(casesDir)
  .filter((f) => f.startsWith('arm64-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as CaseFile)
  .filter((c) => c.input.dt_variant)

const n = (s: string | undefined) => (s === undefined ? undefined : BigInt(s))
function normReservations(list: Reservation[] | undefined) {
  return (list ?? []).map((r) =>
    r.kind === 'fixed'
      ? { kind: r.kind, name: r.name, base: n(r.base), size: n(r.size), nomap: r.nomap ?? false, cma: r.cma ?? false, cmaDefault: r.cmaDefault ?? false }
      : { kind: r.kind, name: r.name, size: n(r.size), align: n(r.align), nomap: r.nomap ?? false, cma: r.cma ?? false, cmaDefault: r.cmaDefault ?? false, allocRanges: (r.allocRanges ?? []).map((a) => [n(a.base), n(a.size)]) },
  )
}
const normMemory = (b: Board) => (b.memory ?? []).map((m) => [n(m.base), n(m.size)])
/** Per-node limits, without node names (the DT says /dma-bus30, case-board.ts says dma30-bus). */
function normDma(b: Board) {
  const ranges = (b.dma?.ranges ?? []).map((r) => ({ cpuAddr: n(r.cpuAddr), size: n(r.size) }))
  const limit = ranges.reduce<bigint | undefined>((m, r) => {
    const end = r.cpuAddr! + r.size! - 1n
    return m === undefined || end < m ? end : m
  }, undefined)
  return { ranges, limit }
}

describe('QEMU virt DT variants match src/oracle/case-board.ts', () => {
  it('covers the variants of test/oracle/README.md "DT variants"', () => {
    const seen = new Set(variantCases.map((c) => c.input.dt_variant))
    for (const v of ['dma30', 'dma31', 'dma32', 'resmem-nomap', 'resmem-map', 'resmem-cma', 'twobank', 'twobank-hi', 'twobank-dma30']) expect(seen).toContain(v)
  })

  it.each(variantCases.map((c) => [c.input.id, c] as const))('%s', (_id, c) => {
    const mem = qemuMemorySize(c.input.memory)
    const cmdline = c.input.full_cmdline ?? `console=ttyAMA0 ${c.input.cmdline}`
    const blob = buildDtb(virtTree(mem, c.input.dt_variant as Variant, cmdline))
    const r = dtbToBoard(blob, { id: c.input.id })
    expect(r.problems.filter((p) => p.severity !== 'note')).toEqual([])
    expect(valid(r.board)).toEqual([])
    const expected = caseToBoard(c.input)
    expect(normMemory(r.board)).toEqual(normMemory(expected))
    expect(normReservations(r.board.reservations)).toEqual(normReservations(expected.reservations))
    expect(normDma(r.board)).toEqual(normDma(expected))
    if (c.input.dt_variant?.startsWith('twobank')) {
      // boot: "loader": /chosen carries what the runner wrote (test/oracle/README.md).
      expect(r.board.cmdline).toBe(expected.cmdline)
      expect(r.board.initrd).toEqual({ base: '0x48000000', size: '0xf13d8' })
    }
  })

  it('keeps what case-board.ts simplifies: DT node paths and the bus side of dma31', () => {
    const dma31 = dtbToBoard(buildDtb(virtTree(4n << 30n, 'dma31'))).board.dma?.ranges
    // dts_diff: dma-ranges = <0x00 0x40000000  0x00 0x40000000  0x00 0x40000000> (bus = CPU = 1 GiB).
    expect(dma31).toEqual([{ node: '/dma-bus31', cpuAddr: '0x40000000', busAddr: '0x40000000', size: '0x40000000' }])
  })
})

describe('dtToBoard: overlays', () => {
  it('refuses an overlay (fragment@N/__overlay__) instead of importing an empty board', () => {
    const overlay = buildDtb(
      root([
        {
          name: 'fragment@0',
          props: { 'target-path': '/reserved-memory' },
          children: [{ name: '__overlay__', children: [{ name: 'tee@90000000', props: { reg: reg2([0x90000000, 0x1000000]), 'no-map': true } }] }],
        },
      ]),
    )
    const r = dtbToBoard(overlay)
    expect(r.problems.map((p) => [p.severity, p.code, p.node])).toEqual([['error', 'overlay', '/fragment@0']])
    expect(r.problems[0]?.message).toContain('fdtoverlay -i base.dtb -o board.dtb overlay.dtbo')
    expect(r.board.reservations).toBeUndefined()
  })
})
