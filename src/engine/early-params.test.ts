// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { parseEarlyParamStops } from './early-params.js'
import { policyFor } from './policies/index.js'
import type { Arch } from './types.js'

const stops = (arch: Arch, release: string, cmdline: string) => parseEarlyParamStops(arch, cmdline, policyFor(arch, release)!)
const MEMMAP_BUG = { fault: 'bug', at: 'arch/x86/kernel/e820.c __e820__range_update' }
const KERNELCORE_NULL = { param: 'kernelcore', fault: 'null-dereference', at: 'lib/cmdline.c parse_option_str' }
const MALFORMED_MOVABLECORE = { level: 'warn', source: 'params', text: "Malformed early option 'movablecore'" }

describe('parse_early_param(): the early parameters that stop the boot', () => {
  it.each(['5.10.223', '6.1.192', '6.12.117', '7.2.13'])('%s x86: a memmap= conversion with one type on both sides (-1+1) hits BUG_ON(old_type == new_type)', (release) => {
    // test/boots/early-params: "kernel BUG at arch/x86/kernel/e820.c:469!" (5.10, 6.12), ":482!" (7.2).
    expect(stops('x86_64', release, 'console=ttyS0 memmap=256M%0x60000000-1+1 crashkernel=256M')).toEqual({ events: [], stop: { param: 'memmap=256M%0x60000000-1+1', ...MEMMAP_BUG } })
    expect(stops('x86_64', release, 'memmap=256M%0x60000000-2+2').stop).toEqual({ param: 'memmap=256M%0x60000000-2+2', ...MEMMAP_BUG })
    // The second item of a comma-separated list; types cut to 32 bits (enum e820_type).
    expect(stops('x86_64', release, 'memmap=64M$0x30000000,256M%0x60000000-0x100000001+1').stop).toEqual({ param: 'memmap=64M$0x30000000,256M%0x60000000-0x100000001+1', ...MEMMAP_BUG })
  })

  it('x86: memmap= forms that reach no BUG_ON', () => {
    for (const cmdline of [
      'memmap=256M%0x60000000-1+2', // RAM → reserved
      'memmap=256M%0x60000000-0x100000000+0', // both 0 after the cut: e820__range_remove(…, 0)
      'memmap=256M%0x60000000+1', // no from: e820__range_add()
      'memmap=256M%0x60000000-1', // no to: e820__range_remove()
      'memmap=256M%0x60000000-1+1x', // *p != '\0': -EINVAL before any call
      'memmap=%0x60000000-1+1', // no size: -EINVAL
      'memmap=256M$0x60000000 memmap=exactmap',
      'memmap',
    ]) expect(stops('x86_64', '6.12.117', cmdline), cmdline).toEqual({ events: [] })
    // memmap= is x86's: the other arches have no such early_param().
    expect(stops('arm64', '6.12.117', 'memmap=256M%0x60000000-1+1').stop).toBeUndefined()
  })

  it('past 2^64, ≤6.x wraps the type (2^64 + 1 is 1: BUG), 7.x saturates it (0xffffffff: no BUG)', () => {
    expect(stops('x86_64', '6.12.117', 'memmap=256M%0x60000000-18446744073709551617+1').stop?.fault).toBe('bug')
    expect(stops('x86_64', '7.2.13', 'memmap=256M%0x60000000-18446744073709551617+1').stop).toBeUndefined()
    // Both saturate to ULLONG_MAX, cut to 0xffffffff: the same type again.
    expect(stops('x86_64', '7.2.13', 'memmap=256M%0x60000000-18446744073709551617+18446744073709551618').stop?.fault).toBe('bug')
  })

  it.each<[Arch, string]>([['x86_64', '5.10.223'], ['x86_64', '7.2.13'], ['arm64', '6.1.192'], ['arm64', '6.12.117'], ['riscv64', '6.12.117']])(
    '%s %s: a bare kernelcore reads through NULL (parse_option_str(NULL, "mirror"))',
    (arch, release) => {
      expect(stops(arch, release, 'console=ttyS0 kernelcore crashkernel=256M')).toEqual({ events: [], stop: KERNELCORE_NULL })
      // '-' and '_' are one in names; kernelcore= with an empty value is "" (no NULL).
      expect(stops(arch, release, 'kernelcore= kernelcore=1G kernelcore=mirror kernelcore=50%')).toEqual({ events: [] })
    },
  )

  it('a bare movablecore is -EINVAL: "Malformed early option", printed in command-line order, and the boot goes on', () => {
    expect(stops('arm64', '6.12.117', 'movablecore crashkernel=256M')).toEqual({ events: [MALFORMED_MOVABLECORE] })
    expect(stops('x86_64', '6.12.117', 'movablecore movablecore=1G movablecore')).toEqual({ events: [MALFORMED_MOVABLECORE, MALFORMED_MOVABLECORE] })
    // What came before the fault was printed; nothing after it was.
    expect(stops('x86_64', '6.12.117', 'movablecore kernelcore movablecore')).toEqual({ events: [MALFORMED_MOVABLECORE], stop: KERNELCORE_NULL })
    expect(stops('x86_64', '6.12.117', 'memmap=1M%0x1000000-3+3 kernelcore movablecore').stop).toEqual({ param: 'memmap=1M%0x1000000-3+3', ...MEMMAP_BUG })
    // parse_args() stops at "--": what follows is init's.
    expect(stops('x86_64', '6.12.117', 'crashkernel=256M -- kernelcore movablecore')).toEqual({ events: [] })
  })
})
