// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { validateMatrix } from '../matrix/validate.js'
import { iomemToBoard, parseIomem } from './iomem.js'

/** /proc/iomem of the oracle's arm64-6.12-plain-4G-ck512M boot (abridged). */
const ARM64 = `09000000-09000fff : pl011@9000000
  09000000-09000fff : 9000000.pl011 pl011@9000000
10000000-3efeffff : pcie@10000000
40000000-13fffffff : System RAM
  40200000-41f2ffff : Kernel code
  41f30000-4223ffff : reserved
  42240000-426fffff : Kernel data
  dc000000-fbffffff : Crash kernel
  fc000000-ffffffff : reserved
4010000000-401fffffff : PCI ECAM
`

/** x86 q35 4G with crashkernel=512M,high (oracle amd64-6.12-q35-4G-ck512M.high+ck128M.low, abridged). */
const X86 = `00000000-00000fff : Reserved
00001000-0009fbff : System RAM
0009fc00-0009ffff : Reserved
000f0000-000fffff : Reserved
  000f0000-000fffff : System ROM
00100000-7ffdffff : System RAM
  01000000-01ffffff : Kernel code
  02c00000-02e70d3f : Kernel data
  77000000-7effffff : Crash kernel
7ffe0000-7fffffff : Reserved
100000000-17fffffff : System RAM
  15f000000-17effffff : Crash kernel
`

describe('parseIomem', () => {
  it('reads entries with depth, parent and inclusive ends', () => {
    const { facts, problems } = parseIomem(ARM64)
    expect(problems).toEqual([])
    expect(facts.entries[1]).toMatchObject({ start: 0x9000000n, end: 0x9000fffn, name: '9000000.pl011 pl011@9000000', depth: 1, parent: 0, line: 2 })
    expect(facts.systemRam.map((s) => [s.base, s.end])).toEqual([[0x40000000n, 0x140000000n]])
    expect(facts.crashKernel.map((s) => [s.base, s.end, s.entry.line])).toEqual([[0xdc000000n, 0xfc000000n, 8]])
    expect(facts.kernel.code?.start).toBe(0x40200000n)
    expect(facts.kernel.data?.end).toBe(0x426fffffn)
  })

  it('keeps main and low crash regions and x86 top-level Reserved apart from RAM', () => {
    const { facts } = parseIomem(X86)
    expect(facts.systemRam.map((s) => [s.base, s.end])).toEqual([
      [0x1000n, 0x9fc00n],
      [0x100000n, 0x7ffe0000n],
      [0x100000000n, 0x180000000n],
    ])
    expect(facts.topReserved.map((s) => s.base)).toEqual([0n, 0x9fc00n, 0xf0000n, 0x7ffe0000n])
    expect(facts.crashKernel.map((s) => [s.base, s.end])).toEqual([
      [0x77000000n, 0x7f000000n],
      [0x15f000000n, 0x17f000000n],
    ])
  })

  it('locates malformed lines and impossible ranges', () => {
    const { problems } = parseIomem('40000000-7fffffff : System RAM\n  not an entry\n90000000-8fffffff : oops\n   a0000000-a0000fff : odd\n', 10)
    expect(problems.map((p) => [p.code, p.severity, p.line])).toEqual([
      ['badLine', 'error', 11],
      ['badRange', 'error', 12],
      ['oddIndent', 'warning', 13],
      ['outsideParent', 'warning', 13],
    ])
  })

  it('says when the file was read without root', () => {
    const { problems } = parseIomem('00000000-00000000 : System RAM\n  00000000-00000000 : Kernel code\n')
    expect(problems).toEqual([expect.objectContaining({ code: 'zeroAddresses', severity: 'error', line: 1 })])
    expect(problems[0]!.message).toMatch(/read it as root/)
  })

  it('reads RAM that starts at address 0 (a Raspberry Pi 4 begins "00000000-3b3fffff : System RAM")', () => {
    // Only 00000000-00000000 is the masked form (r_show() prints start and end as 0 for unprivileged readers).
    const r = iomemToBoard('00000000-3b3fffff : System RAM\n')
    expect(r.problems).toEqual([])
    expect(r.board.memory).toEqual([{ base: '0x0', size: '0x3b400000' }])
  })

  it('nests by indent: two spaces per level, parents found three levels deep', () => {
    const { facts, problems } = parseIomem('10000000-3efeffff : pcie@10000000\n  10000000-100fffff : PCI Bus 0000:00\n    10000000-10000fff : 0000:00:01.0\n40000000-7fffffff : System RAM\n')
    expect(problems).toEqual([])
    expect(facts.entries.map((e) => [e.depth, e.parent])).toEqual([
      [0, -1],
      [1, 0],
      [2, 1],
      [0, -1],
    ])
  })

  it('repairs a nesting jump (a line cut out between parent and child) and warns', () => {
    const { facts, problems } = parseIomem('40000000-7fffffff : System RAM\n    40200000-41f2ffff : Kernel code\n')
    expect(problems.map((p) => [p.code, p.line])).toEqual([['badNesting', 2]])
    expect(facts.entries[1]).toMatchObject({ depth: 1, parent: 0 })
    expect(facts.kernel.code?.start).toBe(0x40200000n)
  })

  it('warns about a child that starts before its parent (__request_resource() never nests such)', () => {
    const { problems } = parseIomem('40000000-7fffffff : System RAM\n  3ff00000-40000fff : Kernel code\n')
    expect(problems.map((p) => [p.code, p.line])).toEqual([['outsideParent', 2]])
  })

  it('takes only top-level System RAM as banks (request_standard_resources() adds them under iomem_resource)', () => {
    const { facts } = parseIomem('40000000-7fffffff : System RAM\n80000000-bfffffff : dax0.0\n  80000000-bfffffff : System RAM\n')
    expect(facts.systemRam.map((s) => [s.base, s.end])).toEqual([[0x40000000n, 0x80000000n]])
  })

  it('skips blank and whitespace-only lines, and an empty file is not a masked one', () => {
    expect(parseIomem('40000000-7fffffff : System RAM\n   \n\n').problems).toEqual([])
    expect(parseIomem('').problems).toEqual([])
  })
})

describe('iomemToBoard', () => {
  it('makes the System RAM entries the banks, with the iomem line as provenance', () => {
    const r = iomemToBoard(X86, { id: 'q35' })
    expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    expect(r.board).toEqual({
      id: 'q35',
      memory: [
        { base: '0x1000', size: '0x9ec00' },
        { base: '0x100000', size: '0x7fee0000' },
        { base: '0x100000000', size: '0x80000000' },
      ],
    })
    expect(r.provenance['/memory/1']).toBe('iomem line 6: "00100000-7ffdffff : System RAM"')
  })

  it('gives no banks (and an error) for a masked or empty file', () => {
    for (const text of ['', '00000000-00000000 : System RAM\n']) {
      const r = iomemToBoard(text)
      expect(r.board.memory).toBeUndefined()
      expect(r.problems.map((p) => p.code)).toContain('noMemory')
      expect(validateMatrix({ version: 1, boards: [r.board] })).toEqual([])
    }
  })
})
