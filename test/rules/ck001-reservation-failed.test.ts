// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import type { SimulationResult } from '../../src/engine/index.js'
import { fixedCause } from '../../src/rules/ck001-reservation-failed.js'
import { sim } from '../report/helpers.js'
import { RPI4_1G, RPI4_4G, of, run } from './helpers.js'

describe('CK001 reservation-failed', () => {
  it('bad: crashkernel=1G on RPi4 6.1 does not fit below the 1 GiB DMA limit and 6.1 has no fallback', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.1'], cmdline: 'crashkernel=1G' })
    const [f, ...rest] = of(report, 'CK001')
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      severity: 'error',
      messageId: 'noRoom',
      boardId: 'pi',
      layoutName: '6.1',
      kernel: '6.1.192',
      pointer: '/boards/0/cmdline',
      data: { size: '1 GiB', line: 'cannot allocate crashkernel (size:0x40000000)', windows: '[0x0000000000000000, 0x0000000040000000)' },
    })
    expect(f?.location?.line).toBeGreaterThan(1)
    expect(f?.evidence.map((e) => e.text)).toContain('cannot allocate crashkernel (size:0x40000000)')
    // No low part was asked for or failed: the line's size: is the main one, not a low size.
    expect(f?.data.low).toBe('')
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/cmdline', replacement: 'crashkernel=1G,high crashkernel=128M,low' })
    expect(f?.docsUrl).toMatch(/docs\/rules\/CK001\.md$/)
    // An error because of expect.reservationRequired (the default), and the message says so.
    expect(f?.message).toMatch(/ \(expect\.reservationRequired\)$/)
    // docs/rules/CK001.md: "a newer checked kernel (arm64 falls back above the DMA zone from 6.2)".
    expect(f?.alternatives?.find((a) => a.pointer === '/boards/0/kernels/0')?.description).toMatch(/falls back above the DMA zone from 6\.2/)
  })

  it('bad: a largest free block just short of the request is not rounded up to it without a ~', () => {
    // q35 with 4 GiB: 2 GiB,high finds the block above 4 GiB a few KiB short of 2 GiB.
    const [f] = of(run({ id: 'q35', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=2G,high', expect: { reservationRequired: true } }), 'CK001')
    expect(f?.message).toMatch(/cannot reserve 2 GiB: .*the largest free block there was ~2 GiB, /)
    expect(f?.message).not.toContain('there was 2 GiB')
  })

  it('bad: says the largest free block the failed search saw, so a failure with ~801 MiB of RAM free is explained', () => {
    // RPi4 1 GB on 6.12, crashkernel=768M: the 64 KiB fdt at 0x2eff0000 splits the free RAM
    // below the CMA pool (689 + 132 MiB), which the memory map draws as one block.
    const board = (cmdline: string) => ({ id: 'rpi', extends: 'raspberrypi-4', memory: RPI4_1G, kernels: ['6.12'], cmdline })
    const report = run(board('crashkernel=768M'))
    const [f, ...rest] = of(report, 'CK001')
    expect(rest).toEqual([])
    const sim = report.layouts[0]!.result
    expect(sim.crashkernel).toMatchObject({ kind: 'failed', reason: 'no-room', largestFree: { base: 0x3f0_0000n, size: 0x2eff_0000n - 0x3f0_0000n } })
    // `~` as explain and suggest write the same block: the figure is rounded.
    expect(f?.message).toContain('(the largest free block there was ~688.94 MiB, [0x0000000003f00000, 0x000000002eff0000))')
    // The block was free at the search: the largest 2 MiB-aligned size inside it reserves there.
    const fits = run(board('crashkernel=686M')).layouts[0]!.result.crashkernel
    expect(fits).toMatchObject({ kind: 'reserved', main: { base: 0x400_0000n, size: 686n << 20n } })
    // Another failure reason has no such figure.
    expect(run(board('crashkernel=64M@0x0')).layouts[0]!.result.crashkernel).not.toHaveProperty('largestFree')
  })

  it('bad: without DMA zones ,high has nothing to search (the low limit is the end of the PA space), and a plain size is suggested', () => {
    // As the 6.12 "nodma" build of test/boots/arm64-custom printed on 4 GiB.
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], config: { ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=512M,high' })
    const [f, ...rest] = of(report, 'CK001')
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      messageId: 'noWindow',
      data: { size: '512 MiB', line: 'cannot allocate crashkernel (size:0x20000000)', windows: '[0x0010000000000000, 0x0010000000000000)' },
    })
    expect(f?.message).toContain('the search window [0x0010000000000000, 0x0010000000000000) is empty')
    expect(f?.suggestion).toMatchObject({ replacement: 'crashkernel=512M' })
    // A ,cma token stays with the plain size (withCrashkernel(), which writes the size after it):
    // the fix does not name it as replaced.
    const cma = of(run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['7.2'], config: { ZONE_DMA: false, ZONE_DMA32: false }, cmdline: 'crashkernel=256M,high crashkernel=64M,cma' }), 'CK001')[0]
    expect(cma?.suggestion).toMatchObject({ replacement: 'crashkernel=64M,cma crashkernel=256M' })
    expect(cma?.suggestion?.description).toBe('Ask for a plain "crashkernel=256M" instead of "crashkernel=256M,high" — verified by simulation')
  })

  it('bad: a size too large for the RAM gets the largest that fits, and says when half of System RAM capped it', () => {
    // 768M would reserve on 1 GiB too, but the suggestion stops at half of RAM for the running system.
    const capped = of(run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=900M' }), 'CK001')[0]
    expect(capped?.suggestion).toMatchObject({ replacement: 'crashkernel=512M' })
    expect(capped?.suggestion?.description).toContain('Ask for 512 MiB, the largest size (in 16 MiB steps, at most half of the 1024 MiB of System RAM) that avoids this finding')
    expect(of(run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=768M' }), 'CK001')).toEqual([])
  })

  it('bad: the half of System RAM counts the low part a size that falls back takes too', () => {
    // RPi4 2 GB (1972 MiB), 7.2, crashkernel=1536M: no room. 976M (under the 986 MiB half)
    // falls back above 1 GiB and takes the default 128 MiB low part: 1104 MiB reserved, more
    // than half. The suggestion counted the main size only (test/fuzz/suggestions.test.ts).
    const RPI4_2G = [RPI4_4G[0], { base: '0x40000000', size: '0x40000000' }]
    const pi = { id: 'pi', extends: 'raspberrypi-4', memory: RPI4_2G, kernels: ['7.2'], cmdline: 'console=ttyAMA0 crashkernel=1536M' }
    const [f] = of(run(pi), 'CK001')
    expect(f?.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=848M')
    expect(f?.suggestion?.description).toContain('Ask for 848 MiB, the largest size (in 16 MiB steps, at most half of the 1972 MiB of System RAM together with its low part) that avoids this finding')
    const after = run({ ...pi, cmdline: f!.suggestion!.replacement })
    const c = after.layouts[0]!.result.crashkernel
    expect(c).toMatchObject({ kind: 'reserved', main: { size: 848n << 20n }, low: { size: 128n << 20n } })
    // The same half for a ,high with the board's own ,low (CK004 sizeAtLeastRam: 3G ≥ the RAM).
    const [g] = of(run({ ...pi, cmdline: 'console=ttyAMA0 crashkernel=3G,high crashkernel=512M,low' }), 'CK004')
    expect(g?.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=464M,high crashkernel=512M,low')
  })

  it('bad: a fixed @offset on memory in use names the real cause although 6.12 only says "memory is in use"', () => {
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M@0x40000000' })
    const f = of(report, 'CK001')[0]
    expect(f).toMatchObject({ messageId: 'fixedInUse', data: { token: '256M@0x40000000', cause: 'it overlaps kernel, initrd, fdt', line: 'crashkernel reservation failed - memory is in use.' } })
    // docs/rules/CK001.md: the free, aligned address nearest to the one asked for (RAM ends at 0xc0000000).
    const base = BigInt(/^crashkernel=256M@(0x[0-9a-f]+)$/.exec(f?.suggestion?.replacement ?? '')?.[1] ?? '0')
    expect(base % (2n << 20n)).toBe(0n)
    expect(base > 0x40000000n && base < 0x50000000n, f?.suggestion?.replacement).toBe(true)
  })

  it('bad: 5.10 checks a fixed base itself (not memory, misaligned)', () => {
    const r1 = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10'], cmdline: 'crashkernel=256M@0x10000000' })
    expect(of(r1, 'CK001')[0]).toMatchObject({ messageId: 'fixedNotMemory', data: { line: 'cannot reserve crashkernel: region is not memory' } })
    const r2 = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10'], cmdline: 'crashkernel=256M@0x50100000' })
    expect(of(r2, 'CK001')[0]).toMatchObject({ messageId: 'fixedMisaligned', data: { cause: 'the base is not 2 MiB-aligned' } })
  })

  it('bad: names the alignment the kernel asked for — x86 1 MiB up to 6.6, CRASH_ALIGN 16 MiB from 6.7', () => {
    // arch/x86/kernel/setup.c (6.1): memblock_phys_alloc_range(size, SZ_1M, base, base + size);
    // kernel/crash_reserve.c (6.7+): the same call with CRASH_ALIGN, SZ_16M on x86.
    const pc = (release: string, cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: [{ release, imageSize: '0x3000000' }], cmdline })
    expect(of(run(pc('6.6', 'crashkernel=256M@0x20080000')), 'CK001')[0]).toMatchObject({ messageId: 'fixedInUse', data: { cause: 'the base is not 1 MiB-aligned' } })
    expect(of(run(pc('6.6', 'crashkernel=256M@0x20100000')), 'CK001')).toEqual([])
    expect(of(run(pc('6.7', 'crashkernel=256M@0x20100000')), 'CK001')[0]).toMatchObject({ messageId: 'fixedInUse', data: { cause: 'the base is not 16 MiB-aligned' } })
  })

  it('bad: a fixed base in a no-map reserved-memory region is firmware memory, not free', () => {
    const fw = { kind: 'fixed', name: 'fw@60000000', base: '0x60000000', size: '0x10000000', nomap: true }
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], reservations: [fw], cmdline: 'crashkernel=128M@0x60000000' })
    expect(of(report, 'CK001')[0]).toMatchObject({ messageId: 'fixedInUse', data: { cause: 'it lies in firmware (NOMAP) memory' } })
  })

  it('bad: 5.10 reserves a fixed base inside a no-map region, which the linear map leaves out: kexec -p cannot load there', () => {
    // 5.10's deferred checks take the NOMAP region for free memory and print the reserved
    // line; 6.1 searches with memblock_phys_alloc_range(), which skips it, and fails.
    const fw = { kind: 'fixed', name: 'fw@60000000', base: '0x60000000', size: '0x10000000', nomap: true }
    const board = (cmdline: string, expect?: Record<string, boolean>) => ({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10', '6.1'], reservations: [fw], cmdline, ...(expect && { expect }) })
    const report = run(board('crashkernel=256M@0x60000000'))
    expect(report.layouts.map((l) => l.result.crashkernel.kind)).toEqual(['reserved', 'failed'])
    const [f, g, ...rest] = of(report, 'CK001')
    expect(rest).toEqual([])
    expect(f).toMatchObject({
      layoutName: '2G/5.10',
      severity: 'error',
      messageId: 'fixedUnmapped',
      pointer: '/boards/0/cmdline',
      data: { token: '256M@0x60000000', nomap: '[0x0000000060000000, 0x0000000070000000)', line: 'crashkernel reserved: 0x0000000060000000 - 0x0000000070000000 (256 MB)' },
    })
    expect(f?.message).toContain('kexec -p faults copying the crash kernel in')
    expect(g).toMatchObject({ layoutName: '2G/6.1', messageId: 'fixedInUse', data: { cause: 'it lies in firmware (NOMAP) memory' } })
    // The fix moves the region out of the no-map memory, verified on both kernels.
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=256M@0x[0-9a-f]+$/)
    const fixed = run(board(f!.suggestion!.replacement!))
    expect(of(fixed, 'CK001')).toEqual([])
    expect(fixed.layouts[0]!.result.protection.available).toBe(true)
    // A warning where the board does not require a reservation; none off the no-map region.
    expect(of(run(board('crashkernel=256M@0x60000000', { reservationRequired: false })), 'CK001')[0]).toMatchObject({ messageId: 'fixedUnmapped', severity: 'warning' })
    expect(of(run(board('crashkernel=256M@0x70000000')), 'CK001')).toEqual([])
  })

  it('bad: riscv64 5.13 – 5.14 reserve a fixed base inside a no-map region too, and quote riscv\'s own line', () => {
    // Their checks are arm64 5.10's (e53d28180d4d); 5.15 searches with memblock_phys_alloc_range().
    const fw = { kind: 'fixed', name: 'fw@90000000', base: '0x90000000', size: '0x4000000', nomap: true }
    const report = run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '4G', kernels: [{ release: '5.13', imageSize: '0x1800000' }, { release: '5.15', imageSize: '0x1800000' }], reservations: [fw], cmdline: 'crashkernel=64M@0x90000000' })
    const [f, g, ...rest] = of(report, 'CK001')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ messageId: 'fixedUnmapped', data: { line: 'crashkernel: reserved 0x0000000090000000 - 0x0000000094000000 (64 MB)', nomap: '[0x0000000090000000, 0x0000000094000000)' } })
    expect(f?.message).toContain('which setup_vm_final() leaves out of the linear map')
    expect(g).toMatchObject({ messageId: 'fixedInUse', data: { cause: 'it lies in firmware (NOMAP) memory' } })
  })

  it('good: 5.10 without DMA zones reserves a fixed base in a no-map region early, and map_mem() maps it with pages itself', () => {
    // The engine's linear map holds the region (protection available): no fixedUnmapped.
    const fw = { kind: 'fixed', name: 'fw@60000000', base: '0x60000000', size: '0x10000000', nomap: true }
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10'], config: { ZONE_DMA: false, ZONE_DMA32: false }, reservations: [fw], cmdline: 'crashkernel=256M@0x60000000' })
    expect(report.layouts[0]!.result.crashkernel.kind).toBe('reserved')
    expect(report.layouts[0]!.result.protection.available).toBe(true)
    expect(of(report, 'CK001')).toEqual([])
  })

  it('bad: a fixed range across a no-map region is inside RAM, and the no-map part is the cause (memblock.memory keeps it as a region of its own)', () => {
    const dsp = { kind: 'fixed', name: 'dsp@62400000', base: '0x62400000', size: '0x2000000', nomap: true }
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['5.10', '6.12'], reservations: [dsp], cmdline: 'crashkernel=256M@0x60000000' })
    expect(of(report, 'CK001').map((f) => [f.layoutName, f.messageId, f.data.cause])).toEqual([
      ['2G/5.10', 'fixedNotMemory', 'it overlaps firmware (NOMAP) memory [0x0000000062400000, 0x0000000064400000)'],
      ['2G/6.12', 'fixedInUse', 'it overlaps firmware (NOMAP) memory [0x0000000062400000, 0x0000000064400000)'],
    ])
    // Past the end of RAM it is still not memory.
    const past = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M@0xb8000000' })
    expect(of(past, 'CK001')[0]?.data.cause).toBe('it is not inside one RAM bank')
  })

  it('bad: names a range list with an @offset as written, and the entry the RAM selected', () => {
    const report = run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=1G-4G:192M,4G-:256M@0x30000000' })
    expect(of(report, 'CK001')[0]?.message).toMatch(/^crashkernel=1G-4G:192M,4G-:256M@0x30000000 \(192M@0x30000000 for this RAM\) fails because it is not inside one RAM bank — /)
  })

  it('bad: quotes the line of the failed reservation, not the ,cma line printed after it (x86 7.2)', () => {
    // arch/x86/kernel/setup.c (7.2) arch_reserve_crashkernel: reserve_crashkernel_generic(), then reserve_crashkernel_cma().
    const report = run({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['7.2'], cmdline: 'crashkernel=7G crashkernel=8000M,cma' })
    const f = of(report, 'CK001')[0]
    expect(f?.evidence.map((e) => e.text)).toContain('crashkernel CMA reservation failed: 8000 MB requested, 7500 MB reserved in 4 ranges')
    expect(f).toMatchObject({ messageId: 'noRoom', data: { size: '7 GiB', line: 'cannot allocate crashkernel (size:0x1c0000000)' } })
  })

  it('bad: quotes x86 ≤6.6 failure lines, which the kernel prints at info level', () => {
    // arch/x86/kernel/setup.c (6.1) reserve_crashkernel: pr_info("crashkernel reservation failed - …").
    const pc = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.1'], cmdline: 'crashkernel=256M@0x20080000' }
    expect(of(run(pc), 'CK001')[0]?.data.line).toBe('crashkernel reservation failed - memory is in use.')
  })

  it('bad: a region touching a reservation does not overlap it; one ending at the end of RAM is inside the bank', () => {
    const vm = (kernel: string, cmdline: string, fw: Record<string, string>) => ({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: [kernel], cmdline, reservations: [{ kind: 'fixed', ...fw }] })
    const touching = run(vm('5.10', 'crashkernel=256M@0x50100000', { name: 'fw@50000000', base: '0x50000000', size: '0x100000' }))
    expect(of(touching, 'CK001')[0]).toMatchObject({ messageId: 'fixedMisaligned', data: { cause: 'the base is not 2 MiB-aligned' } })
    // [0xb0000000, 0xc0000000) ends where the 2 GiB of RAM do, with firmware memory in it.
    const atEnd = run(vm('6.12', 'crashkernel=256M@0xb0000000', { name: 'fw@bf000000', base: '0xbf000000', size: '0x1000000' }))
    expect(of(atEnd, 'CK001')[0]?.data.cause).toMatch(/^it overlaps /)
  })

  it('bad: a low part that does not fit frees the main region (6.12 ,high + ,low)', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.12'], cmdline: 'crashkernel=512M,high crashkernel=1G,low' })
    const f = of(report, 'CK001')[0]
    expect(f).toMatchObject({ messageId: 'lowFailed', data: { low: '1 GiB', line: 'cannot allocate crashkernel low memory (size:0x40000000).' } })
    expect(f?.suggestion?.replacement).toMatch(/^crashkernel=512M,high crashkernel=\d+M,low$/)
  })

  it('a freed main region leaves no "crashkernel" owner on the reservation it had merged with (riscv64 RAM above 4 GiB)', () => {
    // A kernel reviewer: explain listed "crashkernel + sparse_init + memmap_alloc" for memory
    // the kernel freed when the low part failed. Every kernel-facing range is unchanged.
    const rv = (cmdline: string) => run({ id: 'rv', extends: 'qemu-virt-riscv64', kernels: ['6.12'], memory: [{ base: '0x100000000', size: '8G' }], image: { base: '0x100200000' }, initrd: { base: '0x120200000', size: '0xfd0d3' }, dtb: { base: '0x2ffe00000', size: '0x1855' }, cmdline })
    const failed = rv('crashkernel=256M')
    expect(of(failed, 'CK001')[0]?.messageId).toBe('lowFailed')
    const owners = (r: typeof failed) => r.layouts[0]!.result.reserved.flatMap((x) => [x.owner, ...(x.alsoOwners ?? [])])
    expect(owners(failed)).not.toContain('crashkernel')
    const none = rv('console=ttyS0')
    expect(failed.layouts[0]!.result.reserved.map((x) => [x.base, x.size])).toEqual(none.layouts[0]!.result.reserved.map((x) => [x.base, x.size]))
  })

  it('bad: reads the low size from x86 ≤6.6\'s "Cannot reserve …MB" line', () => {
    const report = run({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '8G', kernels: ['6.1'], cmdline: 'crashkernel=1G,high crashkernel=3G,low' })
    expect(of(report, 'CK001')[0]).toMatchObject({ messageId: 'lowFailed', data: { low: '3 GiB', line: 'Cannot reserve 3072MB crashkernel low memory, please try smaller size.' } })
  })

  it('is a warning when the board does not require a reservation', () => {
    const report = run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.1'], cmdline: 'crashkernel=1G', expect: { reservationRequired: false } })
    expect(of(report, 'CK001')[0]?.severity).toBe('warning')
  })

  it('bad: a fixed base is judged by the alignment of the policy the layout names, not of its release', () => {
    // x86's generic code (6.7+, policy x86_64-6.7) asks memblock_phys_alloc_range() for
    // CRASH_ALIGN (16 MiB) in [Y, Y + X) (kernel/crash_reserve.c@v6.12.117 reserve_crashkernel_generic);
    // 6.1's own code asked only 1 MiB (arch/x86/kernel/setup.c@v6.1.192:601). Named on a 6.1
    // release, the 6.7 policy fails @769M, and the cause is its 16 MiB, not 6.1's 1 MiB.
    const board = { id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', cmdline: 'crashkernel=256M@769M' }
    const [f] = of(run({ ...board, kernels: [{ release: '6.1', policy: 'x86_64-6.7' }] }), 'CK001')
    expect(f).toMatchObject({ messageId: 'fixedInUse', data: { token: '256M@0x30100000', cause: 'the base is not 16 MiB-aligned' } })
    // The 6.1 policy itself reserves the same request.
    expect(of(run({ ...board, kernels: ['6.1'] }), 'CK001')).toEqual([])
  })

  it('good: crashkernel=256M fits below 1 GiB', () => {
    expect(run({ id: 'pi', extends: 'raspberrypi-4', memory: RPI4_4G, kernels: ['6.1'], cmdline: 'crashkernel=256M' }).findings).toEqual([])
  })
})

describe('fixedCause(): what took a fixed crashkernel=X@Y window', () => {
  const G = 1n << 30n
  const M = 1n << 20n
  it('names every owner memblock merged into a region, and not the crash kernel\'s own reservations', () => {
    // A ,cma area is reserved after the main region (reserve_crashkernel_cma() follows the main
    // reservation), so one that memblock placed in the window did not take it; the default CMA
    // area merged with it did.
    const at = (reserved: SimulationResult['reserved']) => fixedCause(sim({ memory: [[G, 4n * G]], reserved }), 2n * G, 256n * M).words
    expect(at([{ base: 2n * G, size: 64n * M, flags: 0, owner: 'crashkernel cma' }])).toBe('it is not free')
    expect(at([{ base: 2n * G, size: 128n * M, flags: 0, owner: 'crashkernel cma', alsoOwners: ['cma'] }])).toBe('it overlaps cma')
    expect(at([{ base: 2n * G, size: 128n * M, flags: 0, owner: 'kernel', alsoOwners: ['initrd', 'crashkernel'] }])).toBe('it overlaps kernel, initrd')
    expect(at([{ base: 2n * G + 8n * M, size: 4n * M, flags: 0 }])).toBe('it overlaps reserved [0x0000000080800000, 0x0000000080c00000)')
  })
})
