// SPDX-License-Identifier: GPL-2.0-only
/**
 * `hugetlb_cma=`: cmdline_parse_hugetlb_cma()'s two syntaxes and hugetlb_cma_reserve()'s
 * checks, split and placement (mm/hugetlb.c v5.10.223, v5.17, v6.1.192, v6.12.117). The
 * placements on QEMU virt are test/boots/hugetlb-cma's, checked whole by
 * test/verify/boots.test.ts; here the arithmetic on small memblocks.
 */
import { describe, expect, it } from 'vitest'
import { decodeMatrix } from '../matrix/decode.js'
import { arm64HugetlbCmaPages } from './arm64/setup.js'
import type { CmaRules } from './cma.js'
import { cmdlineParseHugetlbCma, hugetlbCmaReserve } from './hugetlb-cma.js'
import { memblockAddNode, memblockCreate, memblockReserve } from './memblock/memblock.js'
import { policyFor } from './policies/index.js'
import { Trace } from './trace.js'
import { simulate } from './index.js'

const M = 1n << 20n
const G = 1n << 30n
const P510 = policyFor('arm64', '5.10.223')!
const P61 = policyFor('arm64', '6.1.192')!
const P612 = policyFor('arm64', '6.12.117')!
const PAGES = { gigantic: G, pmd: 2n * M }

describe('cmdline_parse_hugetlb_cma()', () => {
  const parse = (cmdline: string, p = P612) => {
    const r = cmdlineParseHugetlbCma(cmdline, p)
    return r && { size: r.size, inNode: Object.fromEntries(r.inNode) }
  }
  it('≤5.16: memparse() of the whole value, the last token winning', () => {
    expect(parse('quiet', P510)).toBeUndefined()
    expect(parse('hugetlb_cma=2G', P510)).toEqual({ size: 2n * G, inNode: {} })
    expect(parse('hugetlb_cma=2G hugetlb-cma=1G', P510)).toEqual({ size: G, inNode: {} })
    // memparse("0:1G") stops at the ':': a size of 0.
    expect(parse('hugetlb_cma=0:1G', P510)).toEqual({ size: 0n, inNode: {} })
  })
  it('5.17+: a size, or nid:size lists added up', () => {
    expect(parse('hugetlb_cma=2G')).toEqual({ size: 2n * G, inNode: {} })
    expect(parse('hugetlb_cma=0:1G,1:2G')).toEqual({ size: 3n * G, inNode: { 0: G, 1: 2n * G } })
    // A list ends at anything but ','; the rest is not read.
    expect(parse('hugetlb_cma=0:1G;1:2G')).toEqual({ size: G, inNode: { 0: G } })
  })
  it('a list that goes on with a plain size sets the total to memparse() of the whole value', () => {
    // "0:1G,2G": the second item has no ':', so hugetlb_cma_size = memparse("0:1G,2G") = 0,
    // while node 0 keeps its 1G (and hugetlb_cma_reserve() then returns at once).
    expect(parse('hugetlb_cma=0:1G,2G')).toEqual({ size: 0n, inNode: { 0: G } })
  })
  it('a node id of MAX_NUMNODES or more ends the list; no digits end it too', () => {
    expect(parse('hugetlb_cma=16:1G')).toEqual({ size: 0n, inNode: {} })
    expect(parse('hugetlb_cma=1:1G,16:1G,2:1G')).toEqual({ size: G, inNode: { 1: G } })
    expect(parse('hugetlb_cma=x1G')).toEqual({ size: 0n, inNode: {} })
  })
  it('a node id as sscanf("%lu") reads it: spaces skipped, wrapping at 2^64; 5.17 – 5.18 keep it in an int', () => {
    // A quoted value may hold spaces: vsscanf() skips them before the number (and %n counts them).
    expect(parse('hugetlb_cma=" 1:1G"')).toEqual({ size: G, inNode: { 1: G } })
    expect(parse('hugetlb_cma="0:1G, 1:1G"')).toEqual({ size: 2n * G, inNode: { 0: G, 1: G } })
    expect(parse('hugetlb_cma=18446744073709551617:1G')).toEqual({ size: G, inNode: { 1: G } })
    // 2^32 is node 0 as an int (mm/hugetlb.c@v5.17: nid = tmp), past MAX_NUMNODES unsigned.
    const p517 = policyFor('arm64', '5.17.0')!
    expect(parse('hugetlb_cma=4294967296:1G', p517)).toEqual({ size: G, inNode: { 0: G } })
    expect(parse('hugetlb_cma=4294967296:1G')).toEqual({ size: 0n, inNode: {} })
    expect(parse('hugetlb_cma=4294967295:1G', p517)).toEqual({ size: 0n, inNode: {} })
  })
  it('tokens add to the same statics: a node named twice counts twice in the total', () => {
    expect(parse('hugetlb_cma=0:1G hugetlb_cma=0:1G')).toEqual({ size: 2n * G, inNode: { 0: G } })
  })
  it('a bare token sets nothing here (the handler faults: early-params.ts)', () => {
    expect(parse('hugetlb_cma')).toBeUndefined()
    expect(parse('hugetlb_cma= quiet')).toEqual({ size: 0n, inNode: {} })
  })
})

describe('hugetlb_cma_reserve()', () => {
  const RULES: CmaRules = { minAlign: 2n * M, logNode: true, above4GFirst: true, cmdlineLimit: 'min-not-zero', logSize: 'aligned', fixedHighmemCheck: true }
  /** Two nodes of 4 GiB from 1 GiB, the top 2 MiB of each taken (as NODE_DATA takes them). */
  const twoNodes = () => {
    const mb = memblockCreate(4096n)
    memblockAddNode(mb, G, 4n * G, 0)
    memblockAddNode(mb, 5n * G, 4n * G, 1)
    memblockReserve(mb, 5n * G - 2n * M, 2n * M, 'node0')
    memblockReserve(mb, 9n * G - 2n * M, 2n * M, 'node1')
    return mb
  }
  const run = (cmdline: string, p = P612, online = [0, 1]) => {
    const mb = twoNodes()
    const trace = new Trace()
    const areas = hugetlbCmaReserve(mb, PAGES, cmdlineParseHugetlbCma(cmdline, p)!, online, p.hugetlbCma, RULES, trace)
    return { areas: areas.map((a) => [a.base, a.size]), lines: trace.events.map((e) => e.text) }
  }
  it('split over the online nodes: each share rounded up to a gigantic page, until the total is reached', () => {
    // 3G over two nodes: 1.5G each, node 0 rounded up to 2G, node 1 the 1G left. Node 0 has no
    // 2G above 4 GiB, so it goes top-down under the node's top (1 GiB-aligned on 6.12).
    expect(run('hugetlb_cma=3G')).toEqual({
      areas: [[2n * G, 2n * G], [5n * G, G]],
      lines: [
        'hugetlb_cma: reserve 3072 MiB, up to 2048 MiB per node',
        'cma: Reserved 2048 MiB at 0x0000000080000000 on node 0',
        'hugetlb_cma: reserved 2048 MiB on node 0',
        'cma: Reserved 1024 MiB at 0x0000000140000000 on node 1',
        'hugetlb_cma: reserved 1024 MiB on node 1',
      ],
    })
  })
  it('6.1.192: the area aligned to a PMD (2 MiB) only, right under the node\'s top; the share in the line rounded (6.1.176+)', () => {
    expect(run('hugetlb_cma=3G', P61).areas).toEqual([[5n * G - 2n * M - 2n * G, 2n * G], [5n * G, G]])
    expect(run('hugetlb_cma=3G', P61).lines[0]).toBe('hugetlb_cma: reserve 3072 MiB, up to 2048 MiB per node')
    // 5.10: no rounding in the line (1.5G), the gigantic alignment.
    expect(run('hugetlb_cma=3G', P510).lines[0]).toBe('hugetlb_cma: reserve 3072 MiB, up to 1536 MiB per node')
    expect(run('hugetlb_cma=3G', P510).areas).toEqual([[2n * G, 2n * G], [5n * G, G]])
  })
  it('nid:size: only the nodes named, each rounded up; an offline node and one under a gigantic page dropped with a warning', () => {
    expect(run('hugetlb_cma=1:1500M')).toEqual({
      areas: [[5n * G, 2n * G]],
      lines: ['cma: Reserved 2048 MiB at 0x0000000140000000 on node 1', 'hugetlb_cma: reserved 2048 MiB on node 1'],
    })
    expect(run('hugetlb_cma=0:512M,2:1G,1:1G').lines).toEqual([
      'hugetlb_cma: cma area of node 0 should be at least 1024 MiB',
      'hugetlb_cma: invalid node 2 specified',
      'cma: Reserved 1024 MiB at 0x0000000140000000 on node 1',
      'hugetlb_cma: reserved 1024 MiB on node 1',
    ])
    // Every named node dropped: nothing more.
    expect(run('hugetlb_cma=3:1G').lines).toEqual(['hugetlb_cma: invalid node 3 specified'])
  })
  it('a total under one gigantic page: the warning, nothing reserved', () => {
    expect(run('hugetlb_cma=512M')).toEqual({ areas: [], lines: ['hugetlb_cma: cma area should be at least 1024 MiB'] })
  })
  it('a node without room: cma_declare_contiguous_nid()\'s line, then the warning with its error (no newline), and the next node goes on', () => {
    const r = run('hugetlb_cma=8G', P612, [0, 1])
    expect(r.lines).toEqual([
      'hugetlb_cma: reserve 8192 MiB, up to 4096 MiB per node',
      'cma: Failed to reserve 4096 MiB on node 0',
      'hugetlb_cma: reservation failed: err -12, node 0',
      'cma: Failed to reserve 4096 MiB on node 1',
      'hugetlb_cma: reservation failed: err -12, node 1',
    ])
    // Larger than all of memblock: "exceeds limit" first, and -EINVAL.
    expect(run('hugetlb_cma=0:16G').lines).toEqual([
      'cma: Size (0x0000000400000000) of region at 0x0000000000000000 exceeds limit (0x0000000240000000)',
      'cma: Failed to reserve 16384 MiB on node 0',
      'hugetlb_cma: reservation failed: err -22, node 0',
    ])
  })
})

describe('arm64_hugetlb_cma_reserve()\'s gigantic page', () => {
  it('PUD_SIZE with 4K pages, CONT_PMD_SIZE with 16K and 64K; the pre-fix order asks 2^55 and 2^63 bytes', () => {
    const at = (page: bigint, r: string) => arm64HugetlbCmaPages(page, policyFor('arm64', r)!.hugetlbCma)
    expect(at(4096n, '6.12.117')).toEqual({ gigantic: G, pmd: 2n * M })
    expect(at(16384n, '6.12.117')).toEqual({ gigantic: G, pmd: 32n * M })
    expect(at(65536n, '6.12.117')).toEqual({ gigantic: 16n * G, pmd: 512n * M })
    expect(at(16384n, '5.10.74')).toEqual({ gigantic: 1n << 55n, pmd: 32n * M })
    expect(at(65536n, '5.14.13')).toEqual({ gigantic: 1n << 63n, pmd: 512n * M })
    expect(at(4096n, '5.10.74').gigantic).toBe(G)
  })
})

describe('hugetlb_cma= in a whole boot', () => {
  const boot = (b: Record<string, unknown>) => simulate(decodeMatrix({ version: 1, boards: [{ id: 'b', ramSize: '4G', ...b }] } as never).layouts[0]!.layout)
  const hugetlbLines = (r: ReturnType<typeof boot>) => r.trace.filter((t) => t.source === 'hugetlb').map((t) => t.text)
  it('arm64 6.12: before the crash kernel, which moves under the area (test/boots/hugetlb-cma arm64-6.12-4G-hc1G)', () => {
    const r = boot({ extends: 'qemu-virt-arm64', kernels: ['6.12'], cmdline: 'crashkernel=256M hugetlb_cma=1G' })
    expect(hugetlbLines(r)).toEqual(['hugetlb_cma: reserve 1024 MiB, up to 1024 MiB per node', 'hugetlb_cma: reserved 1024 MiB on node 0'])
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xac000000n } })
  })
  it('arm64 7.2: after the crash kernel (mm_core_init_early()), so nothing here', () => {
    const r = boot({ extends: 'qemu-virt-arm64', kernels: ['7.2'], cmdline: 'crashkernel=256M hugetlb_cma=1G' })
    expect(hugetlbLines(r)).toEqual([])
    expect(r.crashkernel).toMatchObject({ kind: 'reserved', main: { base: 0xec000000n } })
  })
  it('x86 without CONFIG_CMA (Debian\'s 6.12): no early param, nothing; with it and GBPAGES, after the default area', () => {
    const pc = { extends: 'qemu-q35-x86_64', kernels: ['6.12'], cmdline: 'crashkernel=256M hugetlb_cma=1G' }
    expect(hugetlbLines(boot(pc))).toEqual([])
    const r = boot({ ...pc, ramSize: '8G', config: { CMA: true } })
    expect(hugetlbLines(r)).toEqual(['hugetlb_cma: reserve 1024 MiB, up to 1024 MiB per node', 'hugetlb_cma: reserved 1024 MiB on node 0'])
    // Bottom-up from 4 GiB first: RAM reaches past 4G + 1G.
    expect(r.trace.filter((t) => t.source === 'cma').map((t) => t.text)).toContain('cma: Reserved 1024 MiB at 0x0000000100000000 on node 0')
  })
  it('riscv64 6.12 with CONFIG_CMA: node 0 asked for before NUMA init has given memblock a node, so it fails', () => {
    // setup_bootmem() runs before misc_mem_init()'s NUMA init: memblock.memory is still
    // MAX_NUMNODES's (memblock_add()), and cma_declare_contiguous_nid() asks for node 0 with
    // exact_nid (CONFIG_NUMA), which no region matches: -ENOMEM. No boot shows it (Debian's
    // riscv64 6.12 has no CONFIG_CMA; 7.x reserves after NUMA init).
    const r = boot({ extends: 'qemu-virt-riscv64', kernels: ['6.12'], cmdline: 'crashkernel=256M hugetlb_cma=1G', config: { CMA: true } })
    expect(hugetlbLines(r)).toEqual(['hugetlb_cma: reserve 1024 MiB, up to 1024 MiB per node', 'hugetlb_cma: reservation failed: err -12, node 0'])
    expect(r.trace.filter((t) => t.source === 'cma').map((t) => t.text)).toContain('cma: Failed to reserve 1024 MiB on node 0')
  })
})
