// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { of, run } from './helpers.js'

describe('PR001 protection-unavailable', () => {
  const vm = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'crashkernel=256M', expect: { protectionRequired: true } }

  it('bad: arm64 6.12 has no arch_kexec_protect_crashkres(); the finding points at the kernel', () => {
    const [f, ...rest] = of(run(vm), 'PR001')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', messageId: 'unavailable', pointer: '/boards/0/kernels/0' })
    expect(f?.data.why).toMatch(/since 6\.4 \(0d124e96051b\)/)
    expect(f?.suggestion).toMatchObject({ pointer: '/boards/0/kernels/0', replacement: '6.1' })
    expect(f?.suggestion?.description).toContain('0d124e96051b')
    expect(f?.message.endsWith(' (expect.protectionRequired)')).toBe(true)
  })

  it('nothing reserved, nothing loaded to protect: not reported (the reservation finding is)', () => {
    const report = run({ ...vm, cmdline: 'crashkernel=8G' })
    expect(report.layouts[0]?.result.protection.available).toBe(false)
    expect(of(report, 'PR001')).toEqual([])
    // parse_crashkernel() returns -EINVAL for a size not below memblock_phys_mem_size(), the
    // 4 GiB of RAM (kernel/crash_reserve.c, 6.12), and arm64_reserve_crashkernel() returns on
    // it without a word: the one finding is CK004's, on the command line, not a failed
    // allocation (CK001).
    expect(report.findings.map((f) => [f.ruleId, f.messageId, f.pointer, f.layoutName])).toEqual([['CK004', 'sizeAtLeastRam', '/boards/0/cmdline', '4G/6.12']])
    expect(report.findings[0]?.data).toMatchObject({ token: 'crashkernel=8G', size: '8 GiB', ram: '4096 MiB' })
  })

  it('riscv never protects it: no kernel to suggest', () => {
    const f = of(run({ ...vm, id: 'rv', extends: 'qemu-virt-riscv64', kernels: ['6.12', '7.2'] }), 'PR001')
    expect(f.map((x) => x.layoutName)).toEqual(['4G/6.12', '4G/7.2'])
    expect(f.every((x) => x.suggestion === undefined)).toBe(true)
  })

  it('good: 6.1 protects it; and without the expectation nothing is reported', () => {
    expect(run({ ...vm, kernels: ['6.1'] }).findings).toEqual([])
    expect(run({ ...vm, expect: {} }).findings).toEqual([])
  })
})
