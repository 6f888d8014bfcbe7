// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { of, run } from './helpers.js'

describe('CK006 parameter-not-modelled', () => {
  const pc = (kernel: string, cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [kernel], cmdline })
  const virt = (kernel: string, cmdline: string) => ({ id: 'v', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: [kernel], cmdline })

  it('reports each unmodelled parameter once, as a warning at the command line', () => {
    const fs = of(run(pc('6.12', 'crashkernel=256M memmap=64M$0x30000000 memmap=1M$0x20000000 movable-node swiotlb=65536')), 'CK006')
    expect(fs.map((f) => f.data.token)).toEqual(['memmap=64M$0x30000000', 'movable-node', 'swiotlb=65536'])
    expect(fs.every((f) => f.severity === 'warning' && f.pointer === '/boards/0/cmdline')).toBe(true)
    expect(fs[0]!.message).toBe('"memmap=64M$0x30000000" is not modelled: it adds, reserves or removes ranges of the e820 map the crash kernel is placed in; the simulated placement may differ from the kernel\'s')
  })
  it('only numa=fake…, not numa=off', () => {
    expect(of(run(pc('6.1', 'crashkernel=256M numa=off')), 'CK006')).toEqual([])
    expect(of(run(pc('6.1', 'crashkernel=256M numa=fake=4')), 'CK006').map((f) => f.data.token)).toEqual(['numa=fake=4'])
  })
  it('per arch and release: hugetlb_cma up to 6.x on arm64 and x86, reserve_mem from 6.11, memmap only on x86', () => {
    const tokens = (b: Record<string, unknown>) => of(run(b), 'CK006').map((f) => f.data.token)
    expect(tokens(virt('6.12', 'crashkernel=256M hugetlb_cma=1G reserve_mem=16M:4096:oops memmap=1M$0x1000'))).toEqual(['hugetlb_cma=1G', 'reserve_mem=16M:4096:oops'])
    expect(tokens(virt('7.2', 'crashkernel=256M hugetlb_cma=1G reserve_mem=16M:4096:oops'))).toEqual(['reserve_mem=16M:4096:oops'])
    expect(tokens(virt('6.1', 'crashkernel=256M reserve_mem=16M:4096:oops'))).toEqual([])
  })
  it('reads tokens as parse_early_param() does: nothing after --, quoted values', () => {
    expect(of(run(pc('6.12', 'crashkernel=256M -- memmap=64M$0x30000000')), 'CK006')).toEqual([])
    expect(of(run(pc('6.12', 'crashkernel=256M "memmap=64M$0x30000000"')), 'CK006').length).toBe(1)
  })
})
