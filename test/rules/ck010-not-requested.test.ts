// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { applySuggestion, check } from '../../src/index.js'
import { matrix, of, run } from './helpers.js'

const virt = (extra: Record<string, unknown> = {}) => ({ id: 'virt', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'console=ttyAMA0', ...extra })

describe('CK010 not-requested', () => {
  it('a required reservation with no crashkernel= at all is an error on every layout, with a verified fix', () => {
    const report = run(virt({ kernels: ['5.10', '7.2'] }))
    const found = of(report, 'CK010')
    expect(found.map((f) => [f.severity, f.messageId, f.layoutName])).toEqual([
      ['error', 'absent', '2G/5.10'],
      ['error', 'absent', '2G/7.2'],
    ])
    expect(found[0]!.message).toContain('has no crashkernel=')
    expect(found[0]!.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=256M')
    // The fix, applied, leaves the board clean.
    const text = matrix(virt({ kernels: ['5.10', '7.2'] }))
    const fixed = applySuggestion(text, found[0]!.suggestion!)
    expect(check(fixed, 'm.json').findings.filter((f) => f.severity === 'error')).toEqual([])
  })

  it('the size it adds reserves at most half of System RAM, as a smaller size does', () => {
    // qemu-pc 512M: 511 MiB of System RAM, so the common 256M takes more than half; so did the
    // ,high that CK004 lowOnly adds (test/fuzz/suggestions.test.ts).
    const small = { id: 'pc', extends: 'qemu-pc-x86_64', ramSize: '512M', kernels: ['5.10'] }
    const [absent] = of(run({ ...small, cmdline: 'console=ttyS0' }), 'CK010')
    expect(absent?.suggestion?.replacement).toBe('console=ttyS0 crashkernel=192M')
    const [lowOnly] = of(run({ ...small, cmdline: 'console=ttyS0 crashkernel=512M,low' }), 'CK004')
    expect([lowOnly?.messageId, lowOnly?.suggestion?.replacement]).toEqual(['lowOnly', 'console=ttyS0 crashkernel=192M,high'])
    const after = run({ ...small, cmdline: absent!.suggestion!.replacement })
    expect(after.layouts[0]!.result.systemRam).toBeLessThan(512n << 20n)
    expect(after.layouts[0]!.result.crashkernel).toMatchObject({ kind: 'reserved', main: { size: 192n << 20n } })
  })

  it('a board that does not require the reservation is not reported', () => {
    expect(of(run(virt({ expect: { reservationRequired: false } })), 'CK010')).toEqual([])
  })

  it('a misspelt name or a replaced command line is CK004\'s, not CK010\'s', () => {
    const misspelt = run(virt({ cmdline: 'console=ttyAMA0 crashkernal=256M' }))
    expect([of(misspelt, 'CK010').length, of(misspelt, 'CK004').map((f) => f.messageId)]).toEqual([0, ['misspelt']])
    const replaced = run(virt({ cmdline: 'crashkernel=256M', kernels: [{ release: '6.12', cmdline: 'console=ttyAMA0' }] }))
    expect([of(replaced, 'CK010').length, of(replaced, 'CK004').map((f) => f.messageId)]).toEqual([0, ['replaced']])
  })

  it('any crashkernel= on the line, even one the kernel ignores, is not CK010\'s', () => {
    for (const cmdline of ['crashkernel=128M,low', 'crashkernel=0', 'crashkernel=256M']) expect(of(run(virt({ cmdline })), 'CK010')).toEqual([])
  })

  it('on a command line longer than the kernel keeps, the fix puts crashkernel= at the front, where the kernel reads it', () => {
    const cmdline = `console=ttyAMA0 pad=${'x'.repeat(2100)}`
    const [f] = of(run(virt({ cmdline })), 'CK010')
    expect(f!.suggestion?.replacement).toBe(`crashkernel=256M ${cmdline}`)
    const fixed = applySuggestion(matrix(virt({ cmdline })), f!.suggestion!)
    expect(check(fixed, 'm.json').findings.filter((x) => x.severity === 'error')).toEqual([])
  })

  it('a kernel without crash kernel code (riscv64 before 5.13) is named: no crashkernel= would help there', () => {
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: [{ release: '5.12', imageSize: '0x2000000' }, '6.12'], cmdline: 'console=ttyS0' }
    const found = of(run(rv), 'CK010')
    expect(found.map((f) => [f.messageId, f.layoutName])).toEqual([
      ['noCrashKernel', '2G/5.12'],
      ['absent', '2G/6.12'],
    ])
    expect(found[0]!.message).toContain('5.12.0 has no crash kernel support on riscv64: no crashkernel= would reserve memory')
  })

  it('the fix goes down the ladder when 256M does not fit', () => {
    // 384 MiB of RAM: the largest block the kernel finds is 176 MiB (CK001's fix for 256M), so
    // 256M, 384M, 512M and 192M fail and 128M is the first that reserves.
    const small = of(run(virt({ ramSize: '384M' })), 'CK010')[0]!
    expect(small.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=128M')
    expect(of(run(virt({ ramSize: '384M', cmdline: 'console=ttyAMA0 crashkernel=256M' })), 'CK001')[0]!.suggestion?.replacement).toBe('console=ttyAMA0 crashkernel=176M')
  })
})
