// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { applySuggestion, check } from '../../src/index.js'
import { KERNEL_PROFILES } from '../../src/presets/index.js'
import { matrix, of, run } from './helpers.js'

const virt = (extra: Record<string, unknown> = {}) => ({ id: 'virt', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'console=ttyAMA0 crashkernel=32M', ...extra })
const MiB = 1n << 20n

describe('CK013 smaller-than-image', () => {
  it('warns of a region smaller than the build\'s image, naming both sizes, with a verified fix that leaves the board clean', () => {
    const report = run(virt())
    const found = of(report, 'CK013')
    expect(found.map((f) => [f.severity, f.messageId, f.layoutName])).toEqual([['warning', 'smallerThanImage', '4G/6.12']])
    // 6.12.117's arm64 Image header: image_size 37 MiB (test/presets: the profile is the header's).
    expect(found[0]!.message).toMatch(/^the crash kernel region is 32 MiB, smaller than the 37 MiB image of 6\.12\.117 \(the Image header's image_size, which kexec asks for\): kexec -p cannot load/)
    expect(found[0]!.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=256M')
    const fixed = applySuggestion(matrix(virt()), found[0]!.suggestion!)
    expect(check(fixed, 'm.json').findings).toEqual([])
  })

  it('compares the main region with the image size to the byte: the board\'s own image size, x86\'s init_size', () => {
    // The Debian 6.1 amd64 profile's init_size, and a region that size exactly (no finding) or a MiB less.
    const profile = Object.values(KERNEL_PROFILES).find((p) => p.arch === 'x86_64' && p.release.startsWith('6.1.'))!
    const mib = profile.imageSize / MiB
    const pc = (size: bigint) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [profile.release], cmdline: `crashkernel=${size}M`, image: { base: '0x1000000', size: `${mib}M` } })
    expect(of(run(pc(mib)), 'CK013')).toEqual([])
    expect(of(run(pc(mib - 1n)), 'CK013')[0]?.message).toContain(`smaller than the ${mib} MiB image of ${profile.release} (the bzImage's init_size, which kexec asks for to decompress it in)`)
    // The board's image size wins over the profile's.
    expect(of(run(virt({ image: { base: '0x40200000', size: '16M' } })), 'CK013')).toEqual([])
  })

  it("compares riscv64 with the Image header's image_size, not the 2 MiB-rounded image the kernel reserves", () => {
    // 6.12.117: image_size 0x1e6c000 (30.4 MiB), reserved 32 MiB; 7.2.13: 0x23a0000 (35.6 MiB), reserved 36 MiB.
    const rv = (kernel: string, cmdline: string) => ({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: [kernel], cmdline })
    expect(of(run(rv('6.12', 'crashkernel=31M')), 'CK013')).toEqual([])
    expect(of(run(rv('6.12', 'crashkernel=30M')), 'CK013')[0]?.message).toMatch(/^the crash kernel region is 30 MiB, smaller than the 31152 KiB image of 6\.12\.117 \(the Image header's image_size/)
    expect(of(run(rv('7.2', 'crashkernel=35M')), 'CK013')[0]?.message).toMatch(/^the crash kernel region is 35 MiB, smaller than the 36480 KiB image of 7\.2\.13 /)
    // A board that gives the header's size itself gets the same comparison.
    expect(of(run({ ...rv('6.12', 'crashkernel=31M'), imageSize: '0x1e6c000' }), 'CK013')).toEqual([])
  })

  it('counts the main region only: a large ,low part does not make up for a small ,high', () => {
    const found = of(run(virt({ cmdline: 'crashkernel=16M,high crashkernel=256M,low' })), 'CK013')
    expect(found.map((f) => f.message.slice(0, 60))).toEqual(['the crash kernel region is 16 MiB, smaller than the 37 MiB i'])
    // No plain size in place of the ,high and its ,low: that would give up the placement asked for.
    expect(found[0]!.suggestion).toBeUndefined()
    expect(of(run(virt({ cmdline: 'crashkernel=64M,high crashkernel=16M,low' })), 'CK013')).toEqual([])
  })

  it('says nothing where nothing was reserved (CK001 and CK010 say why)', () => {
    expect(of(run(virt({ cmdline: 'console=ttyAMA0' })), 'CK013')).toEqual([])
    expect(of(run(virt({ cmdline: 'crashkernel=8G' })), 'CK013')).toEqual([])
  })
})
