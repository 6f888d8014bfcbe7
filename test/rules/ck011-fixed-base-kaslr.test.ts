// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { applySuggestion, check } from '../../src/index.js'
import { matrix, of, run } from './helpers.js'

const q35 = (extra: Record<string, unknown> = {}) => ({ id: 'q', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], cmdline: 'console=ttyS0 crashkernel=256M@0x10000000', ...extra })
const efiBootServices = [{ base: '0x7bb75000', size: '0x20000' }]
const ck011 = (board: Record<string, unknown>) => of(run(board), 'CK011')

describe('CK011 fixed-base-kaslr', () => {
  it('a fixed base the simulation reserved, on x86_64 kernels that randomise their placement: a warning per layout, fixed by dropping the @offset', () => {
    const found = ck011(q35({ kernels: ['5.10', '6.12', '7.2'] }))
    expect(found.map((f) => [f.severity, f.layoutName])).toEqual([['warning', '4G/5.10'], ['warning', '4G/6.12'], ['warning', '4G/7.2']])
    expect(found[1]!.message).toMatch(/^crashkernel=256M@0x10000000 asks for a fixed base, and this kernel places itself at a random physical address at every boot \(CONFIG_RANDOMIZE_BASE, no "nokaslr"\): .* overlaps \[0x0000000010000000, 0x0000000020000000\) and the kernel prints "crashkernel reservation failed - memory is in use\."/)
    // The simulated layout reserved the range (the risk is on the boots it does not model).
    const report = run(q35())
    expect(report.layouts[0]!.result.crashkernel).toMatchObject({ kind: 'reserved', fixed: true, main: { base: 0x10000000n, size: 256n << 20n } })
    expect(found[0]!.suggestion?.replacement).toBe('console=ttyS0 crashkernel=256M')
    const fixed = applySuggestion(matrix(q35({ kernels: ['5.10', '6.12', '7.2'] })), found[0]!.suggestion!)
    expect(check(fixed, 'm.json').findings.filter((f) => f.severity !== 'note')).toEqual([])
  })

  it('is not reported with nokaslr (as a word), without CONFIG_RANDOMIZE_BASE, without a fixed base, or on arm64', () => {
    expect(ck011(q35({ cmdline: 'console=ttyS0 nokaslr crashkernel=256M@0x10000000' }))).toEqual([])
    expect(ck011(q35({ config: { RANDOMIZE_BASE: false } }))).toEqual([])
    expect(ck011(q35({ cmdline: 'console=ttyS0 crashkernel=256M' }))).toEqual([])
    expect(ck011({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M@0x60000000' })).toEqual([])
    // Below LOAD_PHYSICAL_ADDR (16 MiB), where KASLR never puts the kernel (x86 ≤6.6 takes a
    // fixed base 1 MiB-aligned): reserved, and not reported.
    const low = run(q35({ kernels: ['5.10'], cmdline: 'console=ttyS0 crashkernel=8M@0x200000' }))
    expect(low.layouts[0]!.result.crashkernel).toMatchObject({ kind: 'reserved', fixed: true, main: { base: 0x200000n } })
    expect(of(low, 'CK011')).toEqual([])
    // A word that only contains it does not turn KASLR off.
    expect(ck011(q35({ cmdline: 'console=ttyS0 xnokaslr nokaslr=1 crashkernel=256M@0x10000000' }))).toHaveLength(1)
  })

  it('an EFI boot with mem=, memmap= or hugepages= is left out (the stub of 15aa8fb852f9 stops randomising there); a BIOS boot with them is not', () => {
    for (const opt of ['hugepages=16', 'memmap=1M!0x80000000', 'mem=8G']) {
      const cmdline = `console=ttyS0 ${opt} crashkernel=256M@0x10000000`
      expect([opt, ck011(q35({ cmdline, efiBootServices })).length]).toEqual([opt, 0])
      expect([opt, ck011(q35({ cmdline })).length]).toEqual([opt, 1])
    }
    expect(ck011(q35({ efiBootServices }))).toHaveLength(1)
    // parse_options() looks at each option's first occurrence only: one inside another word
    // hides a later real one, and the stub still randomises.
    expect(ck011(q35({ cmdline: 'console=ttyS0 foo_mem=1 mem=8G crashkernel=256M@0x10000000', efiBootServices }))).toHaveLength(1)
  })

  it('which code places the kernel decides: 5.10 hands an EFI boot to the decompressor, which randomises with mem= too; 6.1\'s stub also stops for efi_fake_mem=', () => {
    // 5.10.223's x86-stub.c has no efi_decompress_kernel(): the decompressor's
    // choose_random_location() places the kernel on an EFI boot as on a BIOS one.
    const layouts = (board: Record<string, unknown>) => ck011(board).map((f) => f.layoutName)
    expect(layouts(q35({ kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 hugepages=16 crashkernel=256M@0x10000000', efiBootServices }))).toEqual(['4G/5.10'])
    // 6.1.192's parse_options() lists "efi_fake_mem=" too; 6.12's does not.
    expect(layouts(q35({ kernels: ['6.1', '6.12'], cmdline: 'console=ttyS0 efi_fake_mem=1G@4G:0x10000 crashkernel=256M@0x10000000', efiBootServices }))).toEqual(['4G/6.12'])
  })

  it('reads nokaslr as the code that places the kernel does: the stub with next_arg() up to "--", the decompressor as a word split at any byte up to a space', () => {
    const layouts = (board: Record<string, unknown>) => ck011(board).map((f) => f.layoutName)
    // efi_parse_options(): param "nokaslr" with a value is still nokaslr; after "--" it is init's.
    expect(layouts(q35({ kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 nokaslr=1 crashkernel=256M@0x10000000', efiBootServices }))).toEqual(['4G/5.10'])
    expect(layouts(q35({ kernels: ['5.10', '6.12'], cmdline: 'console=ttyS0 crashkernel=256M@0x10000000 -- nokaslr', efiBootServices }))).toEqual(['4G/6.12'])
    // cmdline_find_option_bool() (arch/x86/boot/cmdline.c myisspace(): c <= ' ').
    expect(layouts(q35({ cmdline: 'console=ttyS0\u001fnokaslr crashkernel=256M@0x10000000' }))).toEqual([])
  })

  it('a failed fixed base on such a kernel is offered no other fixed base (CK001), with nokaslr it is', () => {
    const [kaslr] = of(run(q35({ cmdline: 'console=ttyS0 crashkernel=256M@0x1000000' })), 'CK001')
    expect(kaslr?.suggestion?.replacement).toBe('console=ttyS0 crashkernel=256M')
    expect(kaslr?.alternatives ?? []).toEqual([])
    const [fixed] = of(run(q35({ cmdline: 'console=ttyS0 nokaslr crashkernel=256M@0x1000000' })), 'CK001')
    expect(fixed?.suggestion?.replacement).toMatch(/^console=ttyS0 nokaslr crashkernel=256M@0x[0-9a-f]+$/)
  })
})
