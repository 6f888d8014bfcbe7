// SPDX-License-Identifier: GPL-2.0-only
/**
 * riscv64 boot mirror against the real boots (QEMU virt + OpenSBI, Debian 6.12 and 7.2):
 * every riscv64 oracle case, the early lines the kernel prints about memblock (NUMA,
 * NODE_DATA, cma, OF reserved mem) byte for byte, and memblock.reserved at the moment of
 * the crash reservation against the kernel's own "MEMBLOCK configuration" dump of the two
 * memblock=debug boots.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { simulate } from '../index.js'
import { setBootPrefixSharing } from '../boot-prefix.js'
import type { Layout, MemoryBank, SimulationResult } from '../types.js'
import { caseToBoard, type OracleInput } from '../../oracle/case-board.js'
import { qemuVirtDtbSize } from '../../oracle/case-board-riscv.js'
import { stripTimestamp } from '../../oracle/compare.js'
import { boardToLayouts } from '../../oracle/decode-board.js'
import { runOracleCase, type OracleCase } from '../../oracle/run-case.js'
import { decodeMatrix } from '../../matrix/decode.js'
import { earlyMem, satpModeFacts, satpModeLevels } from './setup.js'
import { kfencePoolSize } from '../kfence.js'
import { earlyInitDtScanMemory } from '../fdt.js'
import { kernVirtSize } from './mmu.js'
import { memblockAdd, memblockCreate, memblockEnforceMemoryLimit, memblockReserve, MEMBLOCK_NOMAP } from '../memblock/memblock.js'
import { Trace } from '../trace.js'
import { policyFor } from '../policies/index.js'

const shared = '/work/shared/oracle/cases'
const dir = existsSync(shared) ? shared : join(import.meta.dirname, '..', '..', '..', 'test', 'oracle', 'cases')
const cases = readdirSync(dir)
  .filter((f) => f.startsWith('riscv64-') && f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase & { observed: Record<string, unknown> })

const GiB = 1n << 30n
const MiB = 1n << 20n

/** A riscv64 QEMU virt layout as the oracle boots it, for any -m size and command line. */
function virtLayout(kernel: string, mem: bigint, cmdline: string): Layout {
  const input: OracleInput = { id: 'unit', arch: 'riscv64', kernel, machine: 'virt', memory: `${mem / MiB}M`, cmdline, full_cmdline: `console=ttyS0 ${cmdline}` }
  const layouts = boardToLayouts(caseToBoard(input))
  expect(layouts).toHaveLength(1)
  return layouts[0]!
}

/** memblock.reserved merged where regions touch (the kernel keeps some apart by nid/flags). */
function coverage(r: SimulationResult): Array<[bigint, bigint]> {
  const out: Array<[bigint, bigint]> = []
  for (const x of r.reserved) {
    const last = out.at(-1)
    if (last && last[1] + 1n === x.base) last[1] = x.base + x.size - 1n
    else out.push([x.base, x.base + x.size - 1n])
  }
  return out
}

describe('riscv64 with RAM to the end of the address space', () => {
  it.each(['6.12', '7.2'])('%s: simulates, the memmap of 2^28 sections kept as runs', (kernel) => {
    // A board the schema accepts. sparse_init() used to list every present section, one
    // bigint each: a fatal V8 error ("invalid size"), which no caller can catch, and the whole
    // check was lost.
    const l = virtLayout(kernel, 2n * GiB, 'crashkernel=256M')
    const bank = l.memory[0]!
    const r = simulate({ ...l, vaBits: 57, memory: [{ ...bank, size: (1n << 64n) - bank.base - 1n }] })
    expect(r.crashkernel.kind).toBe('reserved')
    // setup_bootmem() caps memory at KERN_VIRT_SIZE past the start of RAM: 2^55 for sv57.
    expect(r.systemRam).toBe(kernVirtSize(5))
  })
})

describe('riscv64 with a huge bank mapped with 4 KiB pages', () => {
  // One PTE table per 2 MiB step: 2^28 + 1 for this bank. (It starts at the image: ≤6.3
  // would drop RAM under the kernel's load address.) createPgdMappings() used to list
  // the tables it would allocate one number each, and the list stopped V8 with a fatal
  // error ("invalid size") that no caller can catch. They are now allocated in counted runs.
  it.each([
    // best_map_size() of ≤6.3: pages for the whole bank when its size is not a multiple of 2 MiB.
    ['6.1', {}],
    // debug_pagealloc on by default: pages on every version.
    ['6.12', { DEBUG_PAGEALLOC: true, DEBUG_PAGEALLOC_ENABLE_DEFAULT: true }],
  ])('%s, config %j: 2^28 + 1 PTE tables', (kernel, config) => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [
        { id: 'huge', arch: 'riscv64', kernels: [kernel], memory: [{ base: '0x80200000', size: '0x2000000001000' }], image: { base: '0x80200000', size: '32M' }, cmdline: 'crashkernel=256M', vaBits: 57, config },
      ],
    } as never)
    expect(decoded.problems).toEqual([])
    const r = simulate(decoded.layouts[0]!.layout)
    expect(r.crashkernel.kind).toBe('reserved')
    expect(r.linearMap?.histogram).toEqual({ '4K': (1n << 49n) + 0x1000n })
    expect(r.linearMap?.pageTableBytes).toBe(((1n << 28n) + 1n) * 4096n)
  })
})

describe('riscv64 /reserved-memory CMA pool', () => {
  const boot = (kernel: string, cma: boolean, cmdline: string) => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [kernel], cmdline, config: { CMA: cma }, reservations: [{ kind: 'dynamic', name: 'linux,cma', size: '64M', cma: true, cmaDefault: true }] }],
    } as never)
    expect(decoded.problems).toEqual([])
    const r = simulate(decoded.layouts[0]!.layout)
    return { lines: r.trace.map((t) => t.text).filter((t) => /linux,cma|CMA|^cma:/.test(t)), pool: r.reserved.some((x) => x.base <= 0x17c000000n && x.base + x.size >= 0x180000000n) }
  }
  it('with CONFIG_DMA_CMA: rmem_cma_setup() lines as 6.12 prints them (no prefix of its own)', () => {
    expect(boot('6.12', true, 'crashkernel=256M').lines).toEqual([
      'Reserved memory: created CMA memory pool at 0x000000017c000000, size 64 MiB',
      'OF: reserved mem: initialized node linux,cma, compatible id shared-dma-pool',
      'OF: reserved mem: 0x000000017c000000..0x000000017fffffff (65536 KiB) map reusable linux,cma',
    ])
  })
  it('6.12: cma= bypasses the default pool after allocating it, and its memory goes back', () => {
    expect(boot('6.12', true, 'cma=32M crashkernel=256M')).toEqual({
      lines: [
        'Reserved memory: bypass linux,cma node, using cmdline CMA params instead',
        'OF: reserved mem: node linux,cma compatible matching fail',
        'cma: Reserved 32 MiB at 0x00000000fe000000 on node -1',
      ],
      pool: false,
    })
  })
  it('a DT default pool is dma_contiguous_default_area: dma_contiguous_reserve() adds no CONFIG_CMA_SIZE_MBYTES area (kernel/dma/contiguous.c v6.12.117)', () => {
    const decoded = decodeMatrix({
      version: 1,
      boards: [{ id: 'v', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M', config: { CMA: true, CMA_SIZE_MBYTES: 16 }, reservations: [{ kind: 'dynamic', name: 'linux,cma', size: '64M', cma: true, cmaDefault: true }] }],
    } as never)
    const r = simulate(decoded.layouts[0]!.layout)
    expect(r.trace.filter((t) => t.source === 'cma').map((t) => t.text)).toEqual([])
  })
  it('two nodes: 7.3 gives each node an area of the DT pool\'s size; 7.2 has only node 0 online then', () => {
    // 7.3 calls dma_contiguous_reserve() from misc_mem_init() with every node online, and
    // its dma_numa_cma_reserve() sizes the per-node areas by the DT default pool
    // (kernel/dma/contiguous.c@v7.3.4:205-208, :313); up to 7.2 it runs in setup_bootmem().
    const numa = (kernel: string) => {
      const decoded = decodeMatrix({
        version: 1,
        boards: [{
          // riscv64 7.3 has no Debian profile: its image size and options are the board's (7.2's).
          id: 'v', extends: 'qemu-virt-riscv64', kernels: [{ release: kernel, imageSize: '32M' }], cmdline: 'crashkernel=256M', config: { CMA: true, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true },
          memory: [{ base: '0x80000000', size: '2G', node: 0 }, { base: '0x100000000', size: '2G', node: 1 }],
          reservations: [{ kind: 'dynamic', name: 'linux,cma', size: '64M', cma: true, cmaDefault: true }],
        }],
      } as never)
      expect(decoded.problems).toEqual([])
      return simulate(decoded.layouts[0]!.layout)
    }
    const cmaLines = (r: ReturnType<typeof numa>) => r.trace.filter((t) => t.source === 'cma').map((t) => t.text)
    expect(cmaLines(numa('7.3'))).toEqual([expect.stringMatching(/^cma: Reserved 64 MiB at 0x/), expect.stringMatching(/^cma: Reserved 64 MiB at 0x/)])
    expect(numa('7.3').reserved.map((x) => x.owner)).toEqual(expect.arrayContaining(['cma numa0', 'cma numa1']))
    expect(cmaLines(numa('7.2'))).toEqual([])
  })
  it('7.2: rmem_cma_validate() skips the default pool under cma= before allocating it', () => {
    expect(boot('7.2', true, 'cma=32M crashkernel=256M').lines).toEqual([
      'Skipping dt linux,cma-default node in favor for "cma=" kernel param.',
      'cma: Reserved 32 MiB at 0x00000000fe000000',
    ])
  })
  it("without CONFIG_DMA_CMA (Debian's riscv64 build), 6.12's rmem_dma_setup() refuses a reusable pool and frees it; 7.2 keeps it", () => {
    expect(boot('6.12', false, 'crashkernel=256M')).toEqual({ lines: ['OF: reserved mem: node linux,cma compatible matching fail'], pool: false })
    expect(boot('7.2', false, 'crashkernel=256M')).toEqual({ lines: ['OF: reserved mem: 0x000000017c000000..0x000000017fffffff (65536 KiB) map reusable linux,cma'], pool: true })
  })
})

describe('riscv64 no4lvl / no5lvl (set_satp_mode(), 6.4+)', () => {
  // The boot with the word on an Sv57 machine is the boot of a machine with that many bits
  // (compared on the same command line: the DTB's size follows its length).
  const boot = (kernel: string, cmdline: string, vaBits = 57) => simulate({ ...virtLayout(kernel, 4n * GiB, cmdline), vaBits })
  const disabled = (r: SimulationResult) => r.trace.map((t) => t.text).filter((t) => t.startsWith('Disabled'))
  it('cap the hardware mode: no5lvl to Sv48, no4lvl to Sv39, found anywhere in the line', () => {
    const no5 = boot('6.12', 'no5lvl crashkernel=256M')
    expect(no5.reserved).toEqual(boot('6.12', 'no5lvl crashkernel=256M', 48).reserved)
    // …and Sv48 is not Sv57 (a line of the same length without the word).
    expect(no5.reserved).not.toEqual(boot('6.12', 'xx5lvl crashkernel=256M').reserved)
    expect(disabled(no5)).toEqual(['Disabled 5-level paging'])
    const no4 = boot('7.2', 'no4lvl crashkernel=256M')
    expect(no4.reserved).toEqual(boot('7.2', 'no4lvl crashkernel=256M', 39).reserved)
    // Sv39 has no 1 GiB leaves.
    expect(Object.keys(no4.linearMap!.histogram)).not.toContain('1G')
    expect(Object.keys(boot('7.2', 'xx4lvl crashkernel=256M').linearMap!.histogram)).toContain('1G')
    expect(disabled(no4)).toEqual(['Disabled 4-level and 5-level paging'])
    // strstr(): inside another word it still counts, but that is no early param to print.
    const inside = boot('6.12', 'foo=xno4lvl crashkernel=256M')
    expect(inside.reserved).toEqual(boot('6.12', 'foo=xno4lvl crashkernel=256M', 39).reserved)
    expect(disabled(inside)).toEqual([])
  })
  it('the same through the shared prefix and without it, even when a crashkernel= value holds the word', () => {
    const l = { ...virtLayout('6.12', 4n * GiB, 'crashkernel=256Mno4lvl'), vaBits: 57 }
    const shared = [simulate(l), simulate(l)]
    setBootPrefixSharing(false)
    const unshared = simulate(l)
    setBootPrefixSharing(true)
    expect(shared[0]!.reserved).toEqual(boot('6.12', 'crashkernel=256Mno4lvl', 39).reserved)
    expect(shared[0]).toEqual(unshared)
    expect(shared[1]).toEqual(unshared)
  })
})

describe('riscv64 oracle cases', () => {
  it('has all the riscv64 boots', () => {
    expect(cases.length).toBeGreaterThanOrEqual(18)
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(r.differences).toEqual([])
  })
  it.each(cases.filter((c) => c.observed.init_completed !== false).map((c) => [c.id, c] as const))(
    '%s: NUMA, NODE_DATA, cma and OF lines as printed',
    (_id, c) => {
      const r = runOracleCase(c)
      const printed = ((c.observed.dmesg_context_lines as string[]) ?? []).map(stripTimestamp)
      const predicted = r.result!.trace.filter((t) => ['numa', 'cma', 'of'].includes(t.source)).map((t) => t.text)
      expect(predicted.length).toBeGreaterThanOrEqual(4)
      for (const line of predicted) expect(printed).toContain(line)
      for (const line of printed.filter((l) => /^(NUMA:|NODE_DATA|cma:|OF: reserved mem)/.test(l))) expect(predicted).toContain(line)
    },
  )
})

describe('memblock.reserved when the crash kernel is placed (the kernel\'s MEMBLOCK configuration dump)', () => {
  it('6.12, 4G, crashkernel=256M: kernel, initrd, crash, memmap+mem_section+KFENCE+DTB, vmemmap, usemap…NODE_DATA, alias, tree+rmem array, page tables', () => {
    const r = simulate(virtLayout('6.12', 4n * GiB, 'earlycon=uart8250,mmio,0x10000000 crashkernel=256M memblock=debug'))
    expect(coverage(r)).toEqual([
      [0x80200000n, 0x821fffffn],
      [0xa0200000n, 0xa02fdfffn],
      [0xf0000000n, 0xffffffffn],
      [0x179c00000n, 0x17fe01854n],
      [0x17ffea000n, 0x17ffecfffn],
      [0x17ffed240n, 0x17fff0d7fn],
      [0x17fff0db8n, 0x17fff0de6n],
      [0x17fff0de8n, 0x17fff6fdfn],
      [0x17fff7000n, 0x17fffffffn],
    ])
    expect(r.memory.map((m) => [m.base, m.size, m.flags])).toEqual([
      [0x80000000n, 0x60000n, MEMBLOCK_NOMAP],
      [0x80060000n, 0xfffa0000n, 0],
    ])
  })
  it('7.2, 4G, crashkernel=256M: CMA under 4G first, no sparse_init yet', () => {
    const r = simulate(virtLayout('7.2', 4n * GiB, 'earlycon=uart8250,mmio,0x10000000 crashkernel=256M memblock=debug'))
    expect(coverage(r)).toEqual([
      [0x80200000n, 0x825fffffn],
      [0xa0200000n, 0xa02fdfffn],
      [0xe8000000n, 0xffffffffn],
      [0x17fc00000n, 0x17fe01854n],
      [0x17ffee3c0n, 0x17fff0dbfn],
      [0x17fff0de8n, 0x17fff6ffen],
      [0x17fff7000n, 0x17fffffffn],
    ])
  })
})

describe('riscv64 boot facts', () => {
  it('the 1G boot with crashkernel=512M hangs in the retry loop on both kernels ([0xc0000000, 0xc0000000) forever)', () => {
    for (const k of ['6.12', '7.2']) {
      const r = simulate(virtLayout(k, GiB, 'crashkernel=512M'))
      expect(r.crashkernel).toEqual({ kind: 'hang', cause: 'endless-retry', size: 512n * MiB, window: { base: 0xc0000000n, size: 0n } })
      expect(r.lowMax).toBe(0xc0000000n)
      expect(r.highMax).toBe(0xc0000000n)
    }
  })
  it('2G: 6.12 stacks memmap, mem_section and KFENCE under the top of RAM = 4G', () => {
    const r = simulate(virtLayout('6.12', 2n * GiB, 'crashkernel=256M'))
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xebc00000n, size: 256n * MiB } })
    expect(r.zones).toEqual([
      { name: 'DMA32', start: 0x80000000n, end: 0xffffffffn },
      { name: 'Normal', start: null, end: null },
      { name: 'Device', start: null, end: null },
    ])
  })
  it('8G: ,high goes under the memmap at the top; the default 128M low goes to the top under 4G (6.12) or under CMA (7.2)', () => {
    const a = simulate(virtLayout('6.12', 8n * GiB, 'crashkernel=512M,high'))
    expect(a.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x255c00000n }, low: { base: 0xf8000000n, size: 128n * MiB } })
    const b = simulate(virtLayout('7.2', 8n * GiB, 'crashkernel=512M,high'))
    expect(b.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0x25fc00000n }, low: { base: 0xf0000000n, size: 128n * MiB } })
  })
  it('a size the oracle did not boot (1536M, 6.12) still follows the same layout rules', () => {
    const r = simulate(virtLayout('6.12', 1536n * MiB, 'crashkernel=128M'))
    // RAM ends at 0xe0000000: DTB at 0xdfe00000, KFENCE [0xdfc00000, +2M), mem_section [0xddc00000, +32M),
    // memmap [0xdc400000, +24M) (12 sections × 2M), then the crash kernel right under it.
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xd4400000n, size: 128n * MiB } })
  })
  it('never protects the crash kernel and maps it with blocks (4G: one 1G PUD)', () => {
    const r = simulate(virtLayout('6.12', 4n * GiB, 'crashkernel=256M'))
    expect(r.protection.available).toBe(false)
    expect(r.linearMap?.forcedByCrashkernel).toBe(false)
    expect(r.linearMap?.crashHistogram).toEqual([{ '1G': 256n * MiB }])
    // 0x80060000-0x80200000 in pages, the KFENCE pool in pages, 2 GiB of PUDs, the rest PMDs.
    expect(r.linearMap?.histogram).toEqual({ '4K': 0x1a0000n + 0x200000n, '2M': 4n * GiB - 0x60000n - 0x1a0000n - 0x200000n - 2n * GiB, '1G': 2n * GiB })
    expect(r.linearMap?.pageTableBytes).toBe(2n * 4096n)
  })
  it("isolates only the build's text and rodata: a 1 GiB boundary at _data starts a PUD in the memory loop (8G, 6.12 and 7.2)", () => {
    // _data - _start of the Debian builds (riscv/image.ts): the image placed with _data at
    // 0xc0000000, so [0xc0000000, 0x100000000), the image's data and BSS and the crash
    // kernel under 4G, is one PUD of create_linear_mapping_page_table()'s loop.
    for (const [k, data] of [['6.12', 0x1c00000n], ['7.2', 0x2000000n]] as const) {
      const l = virtLayout(k, 8n * GiB, 'crashkernel=256M')
      const r = simulate({ ...l, image: { ...l.image, base: 0xc0000000n - data } })
      // The OpenSBI no-map start and the KFENCE pool in pages; [0x80000000, 0xc0000000) (text
      // and rodata isolated) in PMDs; 6 GiB of PUDs from 0xc0000000 to the top GiB (KFENCE's).
      expect(r.linearMap?.histogram).toEqual({ '4K': 0x1a0000n + 0x200000n, '2M': 2n * GiB - 0x60000n - 0x1a0000n - 0x200000n, '1G': 6n * GiB })
      expect(r.linearMap?.crashHistogram).toEqual([{ '1G': 256n * MiB }])
      // An image of another size is another build: the whole PMD-rounded image stays out of
      // the loop, which then maps its first GiB with PMDs.
      const own = simulate({ ...l, image: { base: 0xc0000000n - data, size: 0x3000000n } })
      expect(own.linearMap?.histogram['1G']).toBe(5n * GiB)
      expect(own.linearMap?.crashHistogram).toEqual([{ '2M': 256n * MiB }])
    }
  })
  it('debug_pagealloc (CONFIG_DEBUG_PAGEALLOC) maps everything with pages and costs a PTE table per 2 MiB', () => {
    const l = virtLayout('6.12', 2n * GiB, 'crashkernel=256M debug_pagealloc=on')
    const r = simulate({ ...l, config: { ...l.config, DEBUG_PAGEALLOC: true } })
    expect(r.linearMap?.forcedBasePagesBy).toEqual(['debug_pagealloc'])
    expect(Object.keys(r.linearMap!.histogram)).toEqual(['4K'])
    expect(r.linearMap?.pageTableBytes).toBe(1024n * 4096n)
    expect(r.linearMap?.blockHistogram['1G']).toBeUndefined()
    expect(r.linearMap?.blockPageTableBytes).toBe(2n * 4096n)
    // 4 MiB of extra page tables at the top push the crash region down by 4 MiB.
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xebc00000n - 4n * MiB } })
  })
  it('mem=4G on an 8G machine behaves as 4G of RAM (the OpenSBI no-map region counts)', () => {
    const r = simulate(virtLayout('6.12', 8n * GiB, 'crashkernel=512M mem=4G'))
    expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(0x180000000n)
    expect(r.trace.map((t) => t.text)).toContain('Memory limited to 4096MB')
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xe0000000n } })
  })
  it('the ≤6.5 policy (6.1) uses its own reservation: [DRAM start, 4G-1) first, 2 MiB under the top', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, kernel: '6.1.192' })
    expect(r.policy).toBe('riscv64-6.1.176')
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xefe00000n, size: 256n * MiB } })
    expect(r.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text)).toEqual([
      'crashkernel: reserved 0x00000000efe00000 - 0x00000000ffe00000 (256 MB)',
    ])
  })
  it('6.1 maps the memmap with base pages: a PTE table per 128 MiB section under the top of RAM, so a large region falls back 2 MiB lower per 64 GiB', () => {
    // arch/riscv/mm/init.c v6.1.192 vmemmap_populate() → vmemmap_populate_basepages(): 512
    // sections take 512 PTE tables (2 MiB) from memblock before reserve_crashkernel(); 4G
    // does not fit under 4G - 1, so [DRAM start, end) is searched top-down under them.
    const l = virtLayout('6.12', 64n * GiB, 'crashkernel=4G')
    const r = simulate({ ...l, kernel: '6.1.192' })
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', fellBack: true, main: { base: 0xf3dc00000n, size: 4n * GiB } })
    expect(r.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text)).toEqual([
      'crashkernel: reserved 0x0000000f3dc00000 - 0x000000103dc00000 (4096 MB)',
    ])
  })
  it('6.1.0 – 6.1.39 end the first window at 4G, so the region sits 2 MiB higher', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, kernel: '6.1.39' })
    expect(r.policy).toBe('riscv64-6.0')
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xf0000000n, size: 256n * MiB } })
  })
  it('5.13 – 5.14 find the same place as 5.15 – 5.16, in memblock_find_in_range() then memblock_reserve()', () => {
    const l = virtLayout('6.12', 8n * GiB, 'crashkernel=256M')
    const a = simulate({ ...l, kernel: '5.14.21' })
    const b = simulate({ ...l, kernel: '5.16.20' })
    expect(a.policy).toBe('riscv64-5.14')
    expect(a.crashkernel).toEqual(b.crashkernel)
    expect(a.reserved).toEqual(b.reserved)
  })
  it('5.13 – 5.16 search all of DRAM at once (top of RAM, no low limit); 5.17 tries below 4G first', () => {
    const l = virtLayout('6.12', 8n * GiB, 'crashkernel=256M')
    const one = simulate({ ...l, kernel: '5.16.20' })
    expect(one.policy).toBe('riscv64-5.16')
    const base = (one.crashkernel as { main: { base: bigint } }).main.base
    expect(base > 4n * GiB).toBe(true)
    expect(one.crashkernel).toMatchObject({ kind: 'reserved', fellBack: false })
    expect(one.trace.filter((t) => t.source === 'crashkernel').map((t) => t.text)).toEqual([`crashkernel: reserved 0x${base.toString(16).padStart(16, '0')} - 0x${(base + 256n * MiB).toString(16).padStart(16, '0')} (256 MB)`])
    // No CRASH_ADDR_LOW_MAX in these kernels: the limit reported is the high one. (The fuzz
    // suite's invariant found 4G reported under a region above it that was no fallback.)
    expect(one.lowMax).toBe(one.highMax)
    expect(one.highMax).toBe(0x280000000n)
    const two = simulate({ ...l, kernel: '5.17.0' })
    expect((two.crashkernel as { main: { base: bigint } }).main.base < 4n * GiB).toBe(true)
    expect(two.lowMax).toBe(4n * GiB)
  })
  it('the minimum CMA alignment is 4 MiB up to 5.18 (MAX_ORDER - 1), one 2 MiB pageblock from 5.19', () => {
    const l = virtLayout('6.12', 4n * GiB, 'cma=6M')
    const cma = (kernel: string) => simulate({ ...l, kernel, config: { ...l.config, CMA: true } }).trace.filter((t) => t.source === 'cma').map((t) => t.text.replace(/ at .*/, ''))
    expect(cma('5.18.19')).toEqual(['cma: Reserved 8 MiB'])
    expect(cma('5.19.0')).toEqual(['cma: Reserved 6 MiB'])
    expect(policyFor('riscv64', '5.18.19')!.riscv!.cmaMinAlignOrder).toBe(10)
  })
  it('before 5.13 riscv has no crash kernel code: crashkernel= reserves nothing and prints nothing', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, kernel: '5.10.223' })
    expect(r.policy).toBe('riscv64-5.10')
    expect(r.crashkernel).toEqual({ kind: 'ignored', reason: 'no-crash-kernel' })
    expect(r.reserved.some((x) => x.owner === 'crashkernel')).toBe(false)
    expect(r.trace.filter((t) => t.source === 'crashkernel')).toEqual([])
    expect(simulate({ ...l, kernel: '5.12.19', cmdline: '' }).crashkernel).toEqual({ kind: 'not-requested' })
  })
})

describe('riscv64 numa= (drivers/base/arch_numa.c numa_parse_early_param, dummy_numa_init)', () => {
  const numaLines = (kernel: string, cmdline: string): string[] =>
    simulate(virtLayout(kernel, 4n * GiB, cmdline))
      .trace.filter((t) => t.source === 'numa' || t.source === 'params')
      .map((t) => t.text)
      .filter((t) => !t.startsWith('NODE_DATA'))
  it.each(['6.12', '7.2'])('%s: numa=off (any value starting "off") says "NUMA disabled" before faking the node', (kernel) => {
    const faking = 'NUMA: Faking a node at [mem 0x0000000080000000-0x000000017fffffff]'
    expect(numaLines(kernel, 'numa=off crashkernel=256M')).toEqual(['NUMA: NUMA disabled', faking])
    expect(numaLines(kernel, 'numa=offline')).toEqual(['NUMA: NUMA disabled', faking])
    expect(numaLines(kernel, 'numa=on')).toEqual([faking])
    // `if (!opt) return -EINVAL`: do_early_param() calls it malformed, numa_off stays false.
    expect(numaLines(kernel, 'numa')).toEqual(["Malformed early option 'numa'", faking])
    // After `--` it is no early parameter.
    expect(numaLines(kernel, '-- numa=off')).toEqual([faking])
  })
})

describe('riscv64 helpers', () => {
  it('KFENCE_POOL_SIZE with 255 objects and 4K pages is 2 MiB', () => {
    expect(kfencePoolSize(4096n)).toBe(0x200000n)
  })
  it('the DTB is 0x1855 bytes with the 79-character memblock=debug command line, 2 MiB under the top', () => {
    expect(qemuVirtDtbSize('console=ttyS0 earlycon=uart8250,mmio,0x10000000 crashkernel=256M memblock=debug')).toBe(0x1855n)
    expect(qemuVirtDtbSize('console=ttyS0 crashkernel=256M')).toBe(0x1855n - 80n + 32n)
    expect(virtLayout('7.2', 8n * GiB, 'crashkernel=256M').dtb?.base).toBe(0x27fe00000n)
    expect(virtLayout('7.2', GiB, 'crashkernel=256M').dtb?.base).toBe(0xbfe00000n)
  })
  it('mem= is min()ed into memory_limit, which starts at KERN_VIRT_SIZE (2^55 with Sv57)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'mem=3G mem=2G mem=5G')
    expect(earlyMem(l, policyFor('riscv64', '6.12.117')!, 5)).toBe(2n * GiB)
    // What early_mem() prints is parse_early_param()'s (early-params.ts), at the head of the trace.
    expect(simulate(l).trace.slice(0, 3).map((e) => e.text)).toEqual(['Memory limited to 3072MB', 'Memory limited to 2048MB', 'Memory limited to 2048MB'])
    expect(earlyMem({ ...l, cmdline: '' }, policyFor('riscv64', '6.12.117')!, 5)).toBe(1n << 55n)
    // parse_early_param()'s tokens: quotes are taken off, nothing after -- counts.
    expect(earlyMem({ ...l, cmdline: 'mem="1G"' }, policyFor('riscv64', '6.12.117')!, 5)).toBe(GiB)
    expect(earlyMem({ ...l, cmdline: 'quiet -- mem=1G' }, policyFor('riscv64', '6.12.117')!, 5)).toBe(1n << 55n)
  })
  it('5.13 has no mem= and no memory_limit: -PAGE_OFFSET (Sv39 128 GiB); 5.14 has early_mem() and KERN_VIRT_SIZE - 4G', () => {
    const l = virtLayout('6.12', 4n * GiB, 'mem=2G')
    // arch/riscv/mm/init.c@v5.13:133-134 (no early_param("mem")); @v5.14:140-159.
    expect(earlyMem(l, policyFor('riscv64', '5.13.0')!, 3)).toBe(128n * GiB)
    expect(earlyMem({ ...l, cmdline: '' }, policyFor('riscv64', '5.13.0')!, 3)).toBe(128n * GiB)
    expect(earlyMem(l, policyFor('riscv64', '5.14.0')!, 3)).toBe(2n * GiB)
    expect(earlyMem({ ...l, cmdline: '' }, policyFor('riscv64', '5.14.0')!, 3)).toBe(124n * GiB)
    expect(earlyMem({ ...l, cmdline: '' }, policyFor('riscv64', '5.11.0')!, 3)).toBe(128n * GiB)
    // Whole boots: 5.13 prints nothing for mem= and keeps its 4 GiB (less the 2 MiB under the
    // image that the load-address base drops); 5.14 says so and keeps 2.
    const ram = (kernel: string) => simulate({ ...l, kernel }).systemRam
    expect(simulate({ ...l, kernel: '5.13.0' }).trace.some((t) => t.text.startsWith('Memory limited'))).toBe(false)
    expect(simulate({ ...l, kernel: '5.14.0' }).trace.map((t) => t.text)).toContain('Memory limited to 2048MB')
    expect([ram('5.13.0'), ram('5.14.0')]).toEqual([4n * GiB - 2n * MiB, 2n * GiB])
  })
  it('memblock_enforce_memory_limit() cuts memory and reservations at the limit-th byte', () => {
    const mb = memblockCreate(4096n)
    memblockAdd(mb, 0x80000000n, 0x60000n, MEMBLOCK_NOMAP)
    memblockAdd(mb, 0x80060000n, 8n * GiB - 0x60000n)
    memblockReserve(mb, 0x27fe00000n, 0x1000n)
    memblockEnforceMemoryLimit(mb, GiB)
    expect(mb.memory.regions.map((r) => [r.base, r.size])).toEqual([
      [0x80000000n, 0x60000n],
      [0x80060000n, GiB - 0x60000n],
    ])
    expect(mb.reserved.regions).toEqual([])
  })
})

describe('riscv64 setup_bootmem() edges mutation testing found unguarded', () => {
  const texts = (r: SimulationResult) => r.trace.map((t) => t.text)
  it("early_mem() masks the size with PAGE_MASK before the min() (arch/riscv/mm/init.c v6.12.117)", () => {
    const l = virtLayout('6.12', 4n * GiB, 'mem=0x80000fff')
    expect(earlyMem(l, policyFor('riscv64', '6.12.117')!, 5)).toBe(0x80000000n)
  })
  it('reserve_initrd_mem() rounds the initrd out to whole pages (start down, size up from the rounded start)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, initrd: { base: 0xa0200800n, size: 0x1000n } })
    expect(coverage(r)).toContainEqual([0xa0200000n, 0xa0201fffn])
  })
  it('reserve_initrd_mem() disables an initrd outside RAM, or one over a reservation (the kernel image)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const outside = simulate({ ...l, initrd: { base: 0x200000000n, size: 0x1000n } })
    expect(texts(outside)).toContain('INITRD: 0x200000000+0x00001000 is not a memory region - disabling initrd')
    const over = simulate({ ...l, initrd: { base: 0x80300000n, size: 0x1000n } })
    // The overlap's pr_err() ends with "\n", so pr_cont(" - disabling initrd\n") is a line of its own.
    const lines = texts(over)
    const i = lines.indexOf('INITRD: 0x80300000+0x00001000 overlaps in-use memory region')
    expect(i).toBeGreaterThanOrEqual(0)
    expect(lines[i + 1]).toBe(' - disabling initrd')
  })
  it("reserve_initrd_mem() reserves the initrd= of the command line over the device tree's (early_initrdmem())", () => {
    const l = virtLayout('6.12', 4n * GiB, 'initrd=0xa0200800,0x1000 crashkernel=256M')
    const r = simulate({ ...l, initrd: { base: 0x90000000n, size: 0x1000n } })
    expect(coverage(r)).toContainEqual([0xa0200000n, 0xa0201fffn])
    expect(coverage(r).some(([b]) => b === 0x90000000n)).toBe(false)
    // Outside RAM it is refused as the device tree's would be.
    const outside = simulate({ ...l, cmdline: 'initrdmem=0x200000000,4K crashkernel=256M' })
    expect(texts(outside)).toContain('INITRD: 0x200000000+0x00001000 is not a memory region - disabling initrd')
  })
  it('the kernel image is reserved up to the next PMD boundary (STRICT_KERNEL_RWX)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, image: { ...l.image, size: 0x1f01000n } })
    expect(coverage(r)[0]).toEqual([0x80200000n, 0x821fffffn])
  })
  it('phys_ram_base is the start of DRAM rounded down to 2 MiB: a bank at +1 MiB maps its first MiB with pages (6.12)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, memory: [{ base: 0x80100000n, size: 4n * GiB - 0x100000n }], reservations: [] })
    // [0x80100000, 0x80200000) and the KFENCE pool in pages; the rest in blocks.
    expect(r.linearMap?.histogram['4K']).toBe(0x100000n + 0x200000n)
  })
  it('memory above phys_ram_base + KERN_VIRT_SIZE is cut off even when there is less RAM than that (Sv39: 128 GiB; 6.12)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const top = 0x80000000n + 128n * GiB
    const r = simulate({ ...l, vaBits: 39, memory: [{ base: 0x80000000n, size: GiB }, { base: top - GiB, size: 2n * GiB }], reservations: [] })
    expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(top)
    expect(r.systemRam).toBe(2n * GiB)
  })
  it('max_low_pfn is the end of DRAM in pages, not PMDs: 1025M ends DMA32 and CRASH_ADDR_LOW_MAX at 0xc0100000', () => {
    const r = simulate(virtLayout('6.12', 1025n * MiB, 'crashkernel=128M'))
    expect(r.zones[0]).toEqual({ name: 'DMA32', start: 0x80000000n, end: 0xc00fffffn })
    expect(r.lowMax).toBe(0xc0100000n)
  })
  it('without CONFIG_ZONE_DMA32 there is no DMA32 zone: Normal runs from the start of RAM (zone_sizes_init(), v6.12.117)', () => {
    const l = virtLayout('6.12', 8n * GiB, 'crashkernel=512M,high')
    const r = simulate({ ...l, config: { ...l.config, ZONE_DMA32: false } })
    expect(r.zones.map((z) => z.name)).toEqual(['Normal', 'Device'])
    expect(r.zones[0]).toEqual({ name: 'Normal', start: 0x80000000n, end: 0x27fffffffn })
  })
  it('the crash regions\' histograms come in address order: ,low (in a whole GiB of RAM: one PUD) before the main region (its GiB holds the KFENCE pool: PMDs)', () => {
    const r = simulate(virtLayout('6.12', 8n * GiB, 'crashkernel=512M,high'))
    expect(r.crashkernel).toMatchObject({ main: { base: 0x255c00000n }, low: { base: 0xf8000000n } })
    expect(r.linearMap?.crashHistogram).toEqual([{ '1G': 128n * MiB }, { '2M': 512n * MiB }])
  })
  it('DMA32 ends at dma32_phys_limit = min(4G, end of RAM), not at 4G (1G board)', () => {
    const r = simulate(virtLayout('6.12', GiB, 'crashkernel=128M'))
    expect(r.zones[0]).toEqual({ name: 'DMA32', start: 0x80000000n, end: 0xbfffffffn })
  })
  it('KFENCE: memblock_phys_alloc(KFENCE_POOL_SIZE, PAGE_SIZE) — page aligned, right under an initrd that ends off 2 MiB', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, initrd: { base: 0x17fd00000n, size: 0x100000n } })
    // The initrd is [0x17fd00000, 0x17fe00000), the DTB above it: the pool takes [0x17fb00000,
    // 0x17fd00000) and sparse_init()'s 32 MiB mem_section root array goes right under it, one
    // reserved run from 0x17db00000 to the DTB's end (a 2 MiB aligned pool would leave a hole).
    expect(coverage(r)).toContainEqual([0x17db00000n, 0x17fe01824n])
  })
  it('no5lvl on Sv39 hardware: set_satp_mode() only disables 5-level, the probe still falls back to Sv39', () => {
    const boot = (cmdline: string) => simulate({ ...virtLayout('6.12', 4n * GiB, cmdline), vaBits: 39 })
    expect(boot('no5lvl crashkernel=256M').reserved).toEqual(boot('xx5lvl crashkernel=256M').reserved)
  })
  it('6.1 has no no4lvl: the word changes nothing (no __pi_set_satp_mode_from_cmdline() in v6.1.192)', () => {
    const boot = (cmdline: string) => simulate({ ...virtLayout('6.12', 4n * GiB, cmdline), kernel: '6.1.192', vaBits: 57 })
    const r = boot('no4lvl crashkernel=256M')
    expect(r.reserved).toEqual(boot('xx4lvl crashkernel=256M').reserved)
    expect(r.reserved).not.toEqual(simulate({ ...virtLayout('6.12', 4n * GiB, 'no4lvl crashkernel=256M'), kernel: '6.1.192', vaBits: 39 }).reserved)
    expect(texts(r).filter((t) => t.startsWith('Disabled'))).toEqual([])
  })
})

describe('riscv64 /memory banks (early_init_dt_add_memory_arch(), drivers/of/fdt.c v6.12.117)', () => {
  const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
  it('a bank size is cut down to whole pages before memblock_add()', () => {
    const r = simulate({ ...l, memory: [{ base: 0x80000000n, size: 4n * GiB + 0x800n }] })
    expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(0x180000000n)
  })
  it('a bank firmware marks no-map is added MEMBLOCK_NOMAP and left out of the linear map', () => {
    const r = simulate({ ...l, memory: [{ base: 0x80000000n, size: 0x200000n, nomap: true }, { base: 0x80200000n, size: 4n * GiB - 0x200000n }], reservations: [] })
    expect(r.memory[0]).toMatchObject({ base: 0x80000000n, size: 0x200000n, flags: MEMBLOCK_NOMAP })
    // Everything but the no-map bank is mapped: the KFENCE pool in pages, the rest in blocks.
    expect(r.linearMap?.histogram['4K']).toBe(0x200000n)
  })
})

// Found by mutation testing: the boards above never give a bank an unaligned start and end, a
// bank of one page, a bank under a page, or a bank wholly under MIN_MEMBLOCK_ADDR.
describe('early_init_dt_add_memory_arch() edges (drivers/of/fdt.c v6.12.117, v7.2.13; MIN_MEMBLOCK_ADDR v6.1.192)', () => {
  const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
  function scan(memory: Layout['memory'], minAddr = 0n): { memory: Array<[bigint, bigint]>; lines: string[] } {
    const mb = memblockCreate(l.pageSize)
    const trace = new Trace()
    earlyInitDtScanMemory(mb, { ...l, memory }, minAddr, trace)
    return { memory: mb.memory.regions.map((r): [bigint, bigint] => [r.base, r.size]), lines: trace.events.map((e) => `${e.level} ${e.text}`) }
  }
  it('the size loses PAGE_SIZE - (base & ~PAGE_MASK) as the base goes up, then is masked: only the whole pages inside the bank stay', () => {
    // [0x80000f00, 0x80004100): the pages [0x80001000, 0x80004000).
    expect(scan([{ base: 0x80000f00n, size: 0x3200n }])).toEqual({ memory: [[0x80001000n, 0x3000n]], lines: [] })
  })
  it('one whole page is a bank; less than the rest of its first page is "Ignoring memory block" (pr_warn), and nothing is added', () => {
    expect(scan([{ base: 0x80000000n, size: 0x1000n }])).toEqual({ memory: [[0x80000000n, 0x1000n]], lines: [] })
    expect(scan([{ base: 0x80000800n, size: 0x7ffn }])).toEqual({ memory: [], lines: ['warn OF: fdt: Ignoring memory block 0x80000800 - 0x80000fff'] })
    // Exactly the rest of the page passes the check and leaves size 0: memblock_add(base, 0), silent.
    expect(scan([{ base: 0x80000800n, size: 0x800n }])).toEqual({ memory: [], lines: [] })
  })
  it('≤6.3: a bank wholly under MIN_MEMBLOCK_ADDR is a dropped "block", one across it a cut "range", both pr_warn', () => {
    expect(scan([{ base: 0x80000000n, size: 0x100000n }, { base: 0x80100000n, size: 0x200000n }], 0x80200000n)).toEqual({
      memory: [[0x80200000n, 0x100000n]],
      lines: ['warn OF: fdt: Ignoring memory block 0x80000000 - 0x80100000', 'warn OF: fdt: Ignoring memory range 0x80100000 - 0x80200000'],
    })
  })
})

describe('riscv64 ≤6.3: the linear map based at the kernel\'s load address (v6.1.192)', () => {
  // setup_vm() sets va_pa_offset = PAGE_OFFSET - kernel_map.phys_addr, and
  // early_init_dt_add_memory_arch() drops what lies under MIN_MEMBLOCK_ADDR = __pa(PAGE_OFFSET);
  // memory_limit starts at KERN_VIRT_SIZE - SZ_4G; setup_bootmem() takes phys_ram_base =
  // memblock_start_of_DRAM() and caps nothing; setup_vm_final() ends each bank's mapping at
  // __pa(PAGE_OFFSET) + memory_limit (arch/riscv/mm/init.c, drivers/of/fdt.c @v6.1.192).
  const on61 = (l: Layout): SimulationResult => simulate({ ...l, kernel: '6.1.192' })
  it('QEMU virt: the OpenSBI MiBs under the image are not RAM at all (a 6.1.14 boot prints the same line, DMA32 from 0x80200000)', () => {
    const l = virtLayout('6.12', 4n * GiB, 'crashkernel=256M')
    const r = on61(l)
    expect(r.memory[0]!.base).toBe(0x80200000n)
    expect(r.trace.map((t) => t.text)).toContain('OF: fdt: Ignoring memory range 0x80000000 - 0x80200000')
    expect(r.zones[0]).toEqual({ name: 'DMA32', start: 0x80200000n, end: 0xffffffffn })
    // 6.12 keeps them (MIN_MEMBLOCK_ADDR 0): the oracle boots show the no-map region at 0x80000000.
    expect(simulate(l).memory[0]!.base).toBe(0x80000000n)
  })
  it('Sv39: RAM is limited to KERN_VIRT_SIZE - 4 GiB = 124 GiB, also under mem=', () => {
    const l = { ...virtLayout('6.12', 4n * GiB, 'crashkernel=256M'), vaBits: 39, memory: [{ base: 0x80000000n, size: 128n * GiB }], reservations: [] }
    const r = on61(l)
    expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(0x80200000n + 124n * GiB)
    expect(on61({ ...l, cmdline: 'mem=200G crashkernel=256M' }).trace.map((t) => t.text)).toContain('Memory limited to 126976MB')
    // 6.12 keeps all 128 GiB: the cap is phys_ram_base + KERN_VIRT_SIZE.
    expect(simulate(l).systemRam).toBe(128n * GiB)
  })
  it('a bank that ends right at the load address is a dropped "range" (base + size < phys_offset is false)', () => {
    const l = { ...virtLayout('6.12', 4n * GiB, 'crashkernel=256M'), memory: [{ base: 0x80000000n, size: 0x200000n }, { base: 0x80200000n, size: 4n * GiB - 0x200000n }], reservations: [] }
    expect(on61(l).trace.map((t) => t.text).filter((t) => t.startsWith('OF: fdt:'))).toEqual(['OF: fdt: Ignoring memory range 0x80000000 - 0x80200000'])
  })
  it('mem= over a hole: a bank past phys_ram_base + memory_limit stays memory but is not mapped', () => {
    const l = { ...virtLayout('6.12', 4n * GiB, 'mem=3G crashkernel=256M'), vaBits: 39, memory: [{ base: 0x80000000n, size: 2n * GiB }, { base: 0x200000000n, size: 2n * GiB }], reservations: [] }
    const r = on61(l)
    expect(r.memory.at(-1)!.base + r.memory.at(-1)!.size).toBe(0x240200000n)
    expect(r.linearMap?.histogram).toEqual({ '2M': 2n * GiB - 2n * MiB })
  })
})

describe('riscv64 setup_bootmem(): RAM past the linear map', () => {
  // Sv39 (no4lvl): KERN_VIRT_SIZE = 128 GiB. memory_limit starts there, so
  // memblock_enforce_memory_limit() already trims one bank to 128 GiB; only a bank past a hole
  // reaches beyond phys_ram_base + 128 GiB = 0x2080000000 with less than 128 GiB in all.
  // arch/riscv/mm/init.c setup_bootmem: 6.12.117 memblock_cap_memory_range() unconditionally
  // and silently; 7.2.13 only when memblock_end_of_DRAM() > max_mapped_addr, with a pr_warn().
  const overflow = 'Physical memory overflows the linear mapping size: region above 0x0000002080000000 removed'
  const twoBanks = (kernel: string): Layout => ({
    ...virtLayout(kernel, 64n * GiB, 'no4lvl crashkernel=256M'),
    memory: [
      { base: 0x80000000n, size: 64n * GiB },
      { base: 0x4000000000n, size: 32n * GiB },
    ],
  })
  it.each([
    ['6.12', false],
    ['7.2', true],
  ] as const)('%s: the bank past the cap goes; the cap warns: %s', (kernel, warns) => {
    const r = simulate(twoBanks(kernel))
    expect(r.zones.find((z) => z.name === 'Normal')?.end).toBe(0x107fffffffn)
    expect(r.trace.map((t) => t.text).includes(overflow)).toBe(warns)
  })
  it('7.2: one bank is trimmed by memory_limit first, so nothing is said', () => {
    const r = simulate(virtLayout('7.2', 256n * GiB, 'no4lvl crashkernel=256M'))
    expect(r.zones.find((z) => z.name === 'Normal')?.end).toBe(0x207fffffffn)
    expect(r.trace.map((t) => t.text).some((t) => t.startsWith('Physical memory overflows'))).toBe(false)
  })
})

describe('riscv64 ≤5.18: the paging modes the release has', () => {
  // QEMU virt offers Sv57; 5.15 writes SATP_MODE (Sv39) whatever the hardware has
  // (arch/riscv/mm/init.c@v5.15:749), 5.17's set_satp_mode() tries Sv48 at most (no
  // create_p4d_mapping() in v5.17).
  it.each([
    ['5.15.0', 3, 'riscv64-5.15'],
    ['5.17.0', 4, 'riscv64-5.17'],
    ['5.19.0', 5, 'riscv64-5.19'],
  ] as const)('%s on Sv57 hardware: %s paging levels (%s)', (kernel, levels, id) => {
    const l = { ...virtLayout('6.12', 4n * GiB, 'crashkernel=256M'), kernel, vaBits: 57 }
    expect(satpModeLevels(l.cmdline, l.vaBits, undefined, policyFor('riscv64', kernel)!.riscv!)).toBe(levels)
    expect(simulate(l).policy).toBe(id)
  })
})

describe('riscv64: the DT\'s cpu mmu-type limits the paging mode from 6.17.7 / 6.18', () => {
  // set_satp_mode() takes min_not_zero(match_noXlvl(), set_satp_mode_from_fdt()) as its limit
  // (arch/riscv/mm/init.c@v7.2.13:835-897; arch/riscv/kernel/pi/fdt_early.c@v7.2.13:196-225):
  // riscv,sv39 and riscv,sv48 limit, riscv,sv57 does not. Before, only the probe and the command
  // line count. The board's vaBits is the DT's mmu-type, cpu.satpMode the CPU's.
  const levels = (kernel: string, dt: number, cpu: number | undefined, cmdline = '') => satpModeLevels(cmdline, dt, cpu, policyFor('riscv64', kernel)!.riscv!)
  const setBy = (kernel: string, dt: number, cpu: number | undefined, cmdline = '') => satpModeFacts(levels(kernel, dt, cpu, cmdline), cmdline, dt, cpu, policyFor('riscv64', kernel)!.riscv!).setBy
  it.each([
    // QEMU 7.2's virt: riscv,sv48 in the DT, an Sv57 CPU (test/boots/uboot-booti).
    ['6.12.117', 48, 57, '', 5, 'cpu'],
    ['6.17.6', 48, 57, '', 5, 'cpu'],
    ['6.17.7', 48, 57, '', 4, 'mmu-type'],
    ['6.18.5', 48, 57, '', 4, 'mmu-type'],
    ['7.2.13', 48, 57, '', 4, 'mmu-type'],
    ['7.2.13', 39, 57, '', 3, 'mmu-type'],
    // The DT names more than the CPU has: the probe finds the CPU's mode either way.
    ['6.12.117', 57, 48, '', 4, 'cpu'],
    ['7.2.13', 57, 39, '', 3, 'cpu'],
    ['7.2.13', 48, 39, '', 3, 'cpu'],
    // The lower of the two limits wins; where both name it, the command line is named.
    ['7.2.13', 48, 57, 'no4lvl', 3, 'no4lvl'],
    ['7.2.13', 57, 57, 'no5lvl', 4, 'no5lvl'],
    ['7.2.13', 39, 57, 'no5lvl', 3, 'mmu-type'],
    ['7.2.13', 48, 57, 'no5lvl', 4, 'no5lvl'],
    ['6.12.117', 48, 57, 'no5lvl', 4, 'no5lvl'],
    ['6.12.117', 57, 57, 'no5lvl no4lvl', 3, 'no4lvl'],
    // No cpu.satpMode: vaBits stands for both.
    ['6.12.117', 48, undefined, '', 4, 'cpu'],
    ['7.2.13', 57, undefined, '', 5, 'cpu'],
    // The release's own ceiling: ≤5.16 write Sv39 without asking, 5.17 – 5.18 try Sv48 at most.
    ['5.15.0', 57, undefined, '', 3, 'release'],
    ['5.15.0', 39, undefined, '', 3, 'release'],
    ['5.17.0', 57, undefined, '', 4, 'release'],
    ['5.17.0', 48, 57, '', 4, 'release'],
    ['5.17.0', 39, undefined, '', 3, 'cpu'],
  ] as const)('%s, DT Sv%s, CPU Sv%s, %j: %s levels, set by %s', (kernel, dt, cpu, cmdline, want, by) => {
    expect(levels(kernel, dt, cpu, cmdline)).toBe(want)
    expect(setBy(kernel, dt, cpu, cmdline)).toBe(by)
  })
  it('the policy registry splits 6.17 at 6.17.7', () => {
    expect(['6.17.6', '6.17.7', '6.18.0'].map((v) => [policyFor('riscv64', v)!.id, policyFor('riscv64', v)!.riscv!.satpModeFromFdt])).toEqual([
      ['riscv64-6.17', false],
      ['riscv64-6.17.7', true],
      ['riscv64-6.18', true],
    ])
  })
  it('a CPU with more than its DT names: Sv57\'s tables up to 6.17.6, the DT\'s Sv48 from 6.17.7', () => {
    const board = (kernel: string, cpu: number | undefined) => {
      const l = virtLayout('7.2', 2n * GiB, 'crashkernel=256M')
      return simulate({ ...l, kernel, vaBits: 48, cpu: { ...l.cpu, ...(cpu !== undefined && { satpMode: cpu }) } })
    }
    // Sv57's P4D and PUD tables of the linear map come from memblock before NODE_DATA: 8 KiB lower.
    const nodeData = (r: SimulationResult) => r.trace.find((t) => t.text.startsWith('NODE_DATA(0) allocated'))!.text
    expect(nodeData(board('6.17.6', 57))).toBe('NODE_DATA(0) allocated [mem 0xfffee380-0xffff0d7f]')
    expect(nodeData(board('6.17.6', undefined))).toBe('NODE_DATA(0) allocated [mem 0xffff0380-0xffff2d7f]')
    expect(nodeData(board('6.17.7', 57))).toBe(nodeData(board('6.17.7', undefined)))
    // The result names the mode and what settled it (the reports print it).
    expect([board('6.17.6', 57).satpMode, board('6.17.7', 57).satpMode, board('6.17.7', undefined).satpMode]).toEqual([
      { mode: 'sv57', setBy: 'cpu' },
      { mode: 'sv48', setBy: 'mmu-type' },
      { mode: 'sv48', setBy: 'cpu' },
    ])
  })
})

describe('riscv64 6.4 – 6.12: memory_limit, the mapping loop\'s stop and the cap', () => {
  // Sv39: KERN_VIRT_SIZE 128 GiB; phys_ram_base 0x80000000. memory_limit starts at 124 GiB up to
  // 6.11 (arch/riscv/mm/init.c@v6.5:1068, @v6.8:1108, @v6.11:1135), at 128 GiB from 6.12
  // (@v6.12.117:1177). Up to 6.10.3 nothing is capped and the loop stops each bank at
  // __pa(PAGE_OFFSET) + memory_limit (@v6.5:1230-1231, @v6.8:1270-1271); from stable 6.10.4
  // setup_bootmem() caps at phys_ram_base + KERN_VIRT_SIZE and maps every bank whole (@v6.11:255-259).
  const run = (kernel: string, memory: MemoryBank[]) => simulate({ ...virtLayout('6.12', 4n * GiB, 'no4lvl crashkernel=256M'), kernel, memory, reservations: [] })
  const ramEnd = (r: SimulationResult): bigint => r.memory.at(-1)!.base + r.memory.at(-1)!.size
  const twoBanks = [
    { base: 0x80000000n, size: 64n * GiB },
    { base: 0x4000000000n, size: 32n * GiB },
  ]
  // The KFENCE pool (2 MiB, memblock_phys_alloc() top-down, mapped with pages after the loop)
  // lands at the top of RAM: in the bank the loop leaves unmapped up to 6.10.3, in the first
  // bank once the cap has removed the other.
  it.each([
    ['6.5.13', 0x4800000000n, { '1G': 63n * GiB, '2M': GiB, '4K': 2n * MiB }],
    ['6.10.3', 0x4800000000n, { '2M': 64n * GiB, '4K': 2n * MiB }],
    ['6.10.4', 0x1080000000n, { '2M': 64n * GiB - 2n * MiB, '4K': 2n * MiB }],
    ['6.11.11', 0x1080000000n, { '2M': 64n * GiB - 2n * MiB, '4K': 2n * MiB }],
  ] as const)('%s: a bank past phys_ram_base + memory_limit: RAM to %s, mapped %o', (kernel, end, histogram) => {
    const r = run(kernel, twoBanks)
    expect(ramEnd(r)).toBe(end)
    expect(r.linearMap!.histogram).toEqual(histogram)
  })
  it.each([
    ['6.5.13', 124n * GiB],
    ['6.11.11', 124n * GiB],
    ['6.12.0', 128n * GiB],
  ] as const)('%s: one 128 GiB bank is trimmed to memory_limit = %s and mapped to its end', (kernel, limit) => {
    const r = run(kernel, [{ base: 0x80000000n, size: 128n * GiB }])
    expect(ramEnd(r)).toBe(0x80000000n + limit)
    expect(Object.values(r.linearMap!.histogram).reduce((a, b) => a + b, 0n)).toBe(limit)
  })
  it('Sv39: 6.5 maps 1 GiB PGD leaves, 6.8 PMDs', () => {
    const one = [{ base: 0x80000000n, size: 8n * GiB }]
    expect(run('6.5.13', one).linearMap!.histogram['1G']).toBeGreaterThan(0n)
    expect(run('6.8.12', one).linearMap!.histogram['1G']).toBeUndefined()
  })
  it('debug_pagealloc forces pages only where best_map_size() looks at it (6.11+)', () => {
    const l = (kernel: string) => {
      const v = virtLayout('6.12', 4n * GiB, 'debug_pagealloc=on crashkernel=256M')
      return simulate({ ...v, kernel, config: { ...v.config, DEBUG_PAGEALLOC: true } })
    }
    expect(l('6.8.12').linearMap!.forcedBasePagesBy).toEqual([])
    expect(l('6.11.11').linearMap!.forcedBasePagesBy).toEqual(['debug_pagealloc'])
  })
})

describe('7.3: the default CMA area after NUMA init, and crashkernel=,cma (arch/riscv/mm/init.c@v7.3.4 misc_mem_init, arch_reserve_crashkernel)', () => {
  const run = (kernel: string, cmdline: string, cma = true) => {
    const l = virtLayout('7.2', 2n * GiB, cmdline)
    return simulate({ ...l, kernel, config: { ...l.config, CMA: cma } })
  }
  const lines = (r: SimulationResult) => r.trace.map((t) => t.text).filter((t) => /^(cma: Reserved|NODE_DATA|crashkernel)/.test(t))
  const cmaBase = (r: SimulationResult) => BigInt(lines(r).find((t) => t.startsWith('cma: Reserved'))!.replace(/.* at /, ''))

  it('7.2 reserves the default area at the end of setup_bootmem(), before NODE_DATA; 7.3 after it, below the tables allocated meanwhile', () => {
    const r72 = run('7.2.13', 'crashkernel=256M')
    const r73 = run('7.3.4', 'crashkernel=256M')
    expect([r72.policy, r73.policy]).toEqual(['riscv64-7.2', 'riscv64-7.3'])
    expect(lines(r72).map((t) => t.replace(/ .*/, ''))).toEqual(['cma:', 'NODE_DATA(0)', 'crashkernel'])
    expect(lines(r73).map((t) => t.replace(/ .*/, ''))).toEqual(['NODE_DATA(0)', 'cma:', 'crashkernel'])
    // Both top-down under dma32_phys_limit: what setup_vm_final() and NODE_DATA took first now sits above the area.
    expect(cmaBase(r73) < cmaBase(r72)).toBe(true)
  })

  it('7.3 reserves the ,cma areas after the crash kernel; 7.2 parses no ,cma on riscv', () => {
    expect(lines(run('7.2.13', 'crashkernel=256M crashkernel=64M,cma')).some((t) => t.startsWith('crashkernel CMA'))).toBe(false)
    const r = run('7.3.4', 'crashkernel=256M crashkernel=64M,cma')
    expect(r.trace.map((t) => t.text).slice(-2)).toEqual([expect.stringMatching(/^cma: Reserved 64 MiB at 0x/), 'crashkernel CMA reserved: 64 MB in 1 ranges'])
  })

  it('7.3: a ,cma request alone reserves nothing; without CONFIG_CMA it is "not supported"', () => {
    expect(run('7.3.4', 'crashkernel=64M,cma').trace.some((t) => t.text.startsWith('crashkernel CMA'))).toBe(false)
    expect(run('7.3.4', 'crashkernel=256M crashkernel=64M,cma', false).trace.map((t) => t.text)).toContain('crashkernel CMA reservation not supported')
  })

  it('7.3: at most four ranges (CRASHKERNEL_CMA_RANGES_MAX): a request they cannot hold is reported as failed', () => {
    const t = run('7.3.4', 'crashkernel=256M crashkernel=3G,cma').trace.map((x) => x.text)
    expect(t.at(-1)).toMatch(/^crashkernel CMA reservation failed: 3072 MB requested, \d+ MB reserved in 4 ranges$/)
  })
})

describe('a boot through the EFI stub: efi_init()\'s reservations (test/boots/riscv64-uefi)', () => {
  // The stub left the kernel near the top of the low 2 GiB and the EFI memory map in ACPI
  // reclaim memory above it (riscv64-6.12-virt-2G-ck256M: image 0xf8e00000, map 0xfeb3a000).
  const efiMap = { kind: 'fixed' as const, name: 'reserve_regions@feb3a000', base: 0xfeb3a000n, size: 0x2000n, nomap: false, efi: true }
  it.each(['6.12', '7.2'])('%s: reserved silently before setup_bootmem(), not a /reserved-memory node', (kernel) => {
    const l = virtLayout(kernel, 2n * GiB, 'crashkernel=256M')
    const r = simulate({ ...l, reservations: [...l.reservations, efiMap] })
    // A DT node of 6.12+ would print "OF: reserved mem: … reserve_regions@feb3a000".
    expect(r.trace.map((t) => t.text).filter((t) => t.includes('feb3a000'))).toEqual([])
    expect(r.reserved.some((x) => x.base <= efiMap.base && efiMap.base + efiMap.size <= x.base + x.size)).toBe(true)
    // Reserved before setup_bootmem(): reserve_initrd_mem() finds an initrd there in use.
    const over = simulate({ ...l, initrd: { base: efiMap.base, size: 0x1000n }, reservations: [...l.reservations, efiMap] })
    expect(over.trace.map((t) => t.text)).toContain('INITRD: 0xfeb3a000+0x00001000 overlaps in-use memory region')
  })
})
