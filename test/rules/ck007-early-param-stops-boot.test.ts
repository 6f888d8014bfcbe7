// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { of, run } from './helpers.js'

describe('CK007 early-param-stops-boot', () => {
  const pc = (kernel: string, cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: [kernel], cmdline })

  it('bad: memmap=nn%ss-1+1 hits the BUG_ON of __e820__range_update(), on every release', () => {
    for (const kernel of ['5.10', '6.1', '6.12', '7.2']) {
      const fs = of(run(pc(kernel, 'crashkernel=256M memmap=256M%0x60000000-1+1')), 'CK007')
      expect(fs).toHaveLength(1)
      expect(fs[0]).toMatchObject({ severity: 'error', messageId: 'stops', pointer: '/boards/0/cmdline', data: { param: 'memmap=256M%0x60000000-1+1', fault: 'hits a BUG_ON()', at: 'arch/x86/kernel/e820.c __e820__range_update' } })
      expect(fs[0]!.message).toBe('the boot stops before the crash kernel is reserved: "memmap=256M%0x60000000-1+1" hits a BUG_ON() in arch/x86/kernel/e820.c __e820__range_update while parse_early_param() runs, and the kernel halts or panics')
    }
  })

  it('bad: memmap=exactmap with one entry: e820__finish_early_params() panics right after parse_early_param()', () => {
    const fs = of(run(pc('6.12', 'crashkernel=256M memmap=exactmap memmap=1G@1M')), 'CK007')
    expect(fs).toHaveLength(1)
    expect(fs[0]!.message).toBe('the boot stops before the crash kernel is reserved: "memmap=1G@1M" leaves a table the kernel panics on in arch/x86/kernel/e820.c e820__finish_early_params right after parse_early_param(), and the kernel halts or panics')
  })

  it('bad: a bare kernelcore reads through NULL, on every arch; what parse_early_param() printed before is the evidence', () => {
    const virt = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12'], cmdline: 'movablecore kernelcore crashkernel=256M' }
    const [f, ...rest] = of(run(virt), 'CK007')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ data: { param: 'kernelcore', fault: 'reads through a NULL pointer', at: 'lib/cmdline.c parse_option_str' } })
    expect(f!.evidence.map((e) => e.text)).toEqual(["Malformed early option 'movablecore'"])
    expect(of(run({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'kernelcore' }), 'CK007')).toHaveLength(1)
    // No other finding: the layout has no reservation, zones or linear map to judge.
    expect(run(virt).findings.map((x) => x.ruleId)).toEqual(['CK007'])
  })

  it("bad: a bare initrd (memparse() of NULL), on every arch; an EFI stub's initrd=\\path or a start and size stops nothing", () => {
    const at = 'lib/kstrtox.c _parse_integer_fixup_radix'
    expect(of(run(pc('6.12', 'initrd crashkernel=256M')), 'CK007')).toMatchObject([{ data: { param: 'initrd', fault: 'reads through a NULL pointer', at } }])
    expect(of(run({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['5.10'], cmdline: 'initrdmem crashkernel=256M' }), 'CK007')).toMatchObject([{ data: { param: 'initrdmem', at } }])
    for (const cmdline of ['initrd=\\initrd.img crashkernel=256M', 'initrd=0x50000000,8M crashkernel=256M']) expect(of(run(pc('7.2', cmdline)), 'CK007')).toEqual([])
  })

  it('bad, without crashkernel=: the message does not speak of a reservation the command line never asked for', () => {
    const rv = { id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: ['7.2'], cmdline: 'kernelcore' }
    const [f, ...rest] = of(run(rv), 'CK007')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'error', messageId: 'stopsNoCrashkernel', pointer: '/boards/0/cmdline', data: { param: 'kernelcore', fault: 'reads through a NULL pointer', at: 'lib/cmdline.c parse_option_str' } })
    expect(f!.message).toBe('the boot stops: "kernelcore" reads through a NULL pointer in lib/cmdline.c parse_option_str while parse_early_param() runs, and the kernel halts or panics')
    // A crashkernel= anywhere on the line (get_last_crashkernel() searches all of it) keeps `stops`.
    expect(of(run({ ...rv, cmdline: 'kernelcore crashkernel=256M' }), 'CK007').map((x) => x.messageId)).toEqual(['stops'])
  })

  it('good: the values meant, and a bare movablecore (malformed, ignored)', () => {
    for (const cmdline of ['crashkernel=256M memmap=256M%0x60000000-1+2', 'crashkernel=256M kernelcore=1G', 'crashkernel=256M kernelcore=mirror', 'crashkernel=256M movablecore']) {
      expect(of(run(pc('6.12', cmdline)), 'CK007')).toEqual([])
    }
  })
})
