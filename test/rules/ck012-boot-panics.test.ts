// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { of, run } from './helpers.js'

describe('CK012 boot-panics', () => {
  // q35 with 4 GiB in two NUMA nodes, node 1 the last 2 MiB (test/boots/ubuntu, "A node of 2
  // MiB"): Ubuntu's 5.13.19, 5.14.21 and 5.17.15 panic in memmap_init() there.
  const tiny = (kernels: unknown[], node1 = '2M') => ({
    id: 'tiny',
    extends: 'qemu-q35-x86_64',
    memory: [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: node1 === '2M' ? '0x7fe00000' : '0x7fc00000', node: 0 },
      { base: node1 === '2M' ? '0x17fe00000' : '0x17fc00000', size: node1, node: 1 },
    ],
    kernels,
    cmdline: 'crashkernel=256M',
  })

  it('bad: a 2 MiB node on 5.17: the boot panics in memmap_init() after the reservation, at the node\'s bank', () => {
    const [f, ...rest] = of(run(tiny([{ release: '5.17.15', imageSize: '0x3000000' }])), 'CK012')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', messageId: 'nodeWithoutPgdat', pointer: '/boards/0/memory/3', data: { nid: '1', size: '2 MiB', fn: 'memmap_init' } })
    expect(f?.message).toMatch(/^the boot panics in setup_arch\(\), after the crash kernel reservation: NUMA node 1 holds 2 MiB, less than NODE_MIN_SIZE \(4 MiB\)/)
    // The reservation's line is what the kernel prints before it.
    expect(f?.evidence.map((e) => e.text).some((t) => /for crashkernel|crashkernel reserved/.test(t))).toBe(true)
  })

  it('is the one finding where the board requires protection: PR001 leaves the panicking boot to it', () => {
    const report = run({ ...tiny([{ release: '5.17.15', imageSize: '0x3000000' }]), expect: { protectionRequired: true } })
    expect(report.layouts[0]!.result.protection.available).toBe(false)
    expect(of(report, 'CK012')).toHaveLength(1)
    expect(of(report, 'PR001')).toEqual([])
  })

  it('bad: no free RAM under 1 MiB (memmap=exactmap keeps only the first 64K): init_real_mode() panics after the reservation, at the command line', () => {
    // test/boots/amd64-memmap's memmap-no-sub1M boots (6.12.117, 7.1.3, 7.2.13).
    const board = { id: 'low', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12', '7.2'], cmdline: 'console=ttyS0 nokaslr memmap=exactmap memmap=64K@0 memmap=1900M@1M crashkernel=256M', expect: { protectionRequired: true } }
    const report = run(board)
    const found = of(report, 'CK012')
    expect(found.map((f) => [f.messageId, f.pointer, f.data.said])).toEqual([
      ['noRealModeTrampoline', '/boards/0/cmdline', ' ("No sub-1M memory is available for the trampoline")'],
      ['noRealModeTrampoline', '/boards/0/cmdline', ' ("No memory below 0x0000000000100000 for the real-mode trampoline")'],
    ])
    expect(found[0]!.message).toMatch(/^the boot panics after the crash kernel reservation: no memory under 1 MiB is free for the real-mode trampoline/)
    expect(of(report, 'PR001')).toEqual([])
    // With the RAM under 1 MiB that QEMU gives, the trampoline is found and nothing panics.
    expect(of(run({ ...board, cmdline: 'console=ttyS0 nokaslr crashkernel=256M' }), 'CK012')).toEqual([])
  })

  it('fires without crashkernel= too: the panic does not depend on it', () => {
    const f = of(run({ ...tiny([{ release: '5.17.15', imageSize: '0x3000000' }]), cmdline: 'console=ttyS0' }), 'CK012')[0]
    expect(f?.message).toMatch(/^the boot panics in setup_arch\(\), after the crash kernel reservation: NUMA node 1/)
  })

  it('offers a newer kernel, verified: the node gets its pg_data_t there', () => {
    const f = of(run(tiny([{ release: '5.17.15', imageSize: '0x3000000' }])), 'CK012')[0]
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/kernels/0/release', replacement: '6.1' })
    expect(f?.suggestion?.description).toMatch(/^Use kernel 6\.1 instead of 5\.17\.15 \(a node under 4 MiB gets its pg_data_t from 5\.10\.202, 5\.15\.140, 6\.1\.64, 6\.5\.13, 6\.6\.3 and 6\.7/)
  })

  it('good: the same node on a kernel that gives it NODE_DATA or brings it up as memoryless, and a node of 4 MiB', () => {
    expect(of(run(tiny(['6.1', '6.12', '7.2'])), 'CK012')).toEqual([])
    expect(of(run(tiny([{ release: '5.19.17', imageSize: '0x3000000' }])), 'CK012')).toEqual([])
    expect(of(run(tiny([{ release: '5.17.15', imageSize: '0x3000000' }], '4M')), 'CK012')).toEqual([])
  })
})
