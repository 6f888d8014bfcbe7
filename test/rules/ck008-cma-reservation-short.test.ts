// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { decodeMatrix } from '../../src/matrix/decode.js'
import { of, run } from './helpers.js'

describe('CK008 cma-reservation-short', () => {
  const q35 = (kernel: string, cmdline: string, ramSize = '8G') => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize, kernels: [kernel], cmdline })

  it('bad: 7G of CMA on 8G: four areas, 6720 MiB, and a verified smaller size', () => {
    const [f, ...rest] = of(run(q35('7.2', 'crashkernel=256M crashkernel=7G,cma')), 'CK008')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', messageId: 'short', pointer: '/boards/0/cmdline', data: { token: 'crashkernel=7G,cma', requested: '7 GiB', reserved: '6720 MiB', areas: '4 areas (the most it makes)', missing: '448 MiB' } })
    expect(f!.message).toBe('crashkernel=7G,cma asked for 7 GiB of CMA, but the kernel reserved only 6720 MiB in 4 areas (the most it makes): the kdump kernel has 448 MiB less than asked for — "crashkernel CMA reservation failed: 7168 MB requested, 6720 MB reserved in 4 ranges"')
    expect(f!.evidence.map((e) => e.text)).toContain('crashkernel CMA reservation failed: 7168 MB requested, 6720 MB reserved in 4 ranges')
    // The suggestion is checked by the engine: with it the kernel reserves the size whole.
    const value = f!.suggestion?.replacement
    expect(value).toMatch(/^crashkernel=256M crashkernel=\d+M,cma$/)
    const size = BigInt(/=(\d+)M,cma/.exec(value!)![1]!) << 20n
    const fixed = decodeMatrix({ version: 1, boards: [q35('7.2', value!)] } as never).layouts[0]!.layout
    const cma = simulate(fixed).crashkernelCma!
    expect([cma.requested, cma.reserved]).toEqual([size, size])
    // The largest: 16 MiB more is short again.
    const more = simulate({ ...fixed, cmdline: `crashkernel=256M crashkernel=${(size >> 20n) + 16n}M,cma` }).crashkernelCma!
    expect(more.reserved < more.requested).toBe(true)
  })

  it('bad, none at all: 64K pages make every CMA area 512 MiB-aligned, which 1G of RAM with a crash region cannot hold (arm64 7.3)', () => {
    const virt = { id: 'vm', extends: 'qemu-virt-arm64', ramSize: '1G', pageSize: '64K', kernels: ['7.3'], cmdline: 'crashkernel=256M crashkernel=256M,cma' }
    const [f, ...rest] = of(run(virt), 'CK008')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'warning', messageId: 'none' })
    expect(f!.message).toBe('crashkernel=256M,cma asked for 256 MiB of CMA, but the kernel found room for none of it, nor for any fraction down to a page — "crashkernel CMA reservation failed: 256 MB requested, 0 MB reserved in 0 ranges"')
  })

  it('good: a ,cma size the kernel reserves whole, a kernel that reads no ,cma, and one without CONFIG_CMA (CK004 reports that)', () => {
    expect(of(run(q35('7.2', 'crashkernel=256M crashkernel=1G,cma')), 'CK008')).toEqual([])
    expect(of(run(q35('6.12', 'crashkernel=256M crashkernel=7G,cma')), 'CK008')).toEqual([])
    const noCma = run({ ...q35('7.2', 'crashkernel=256M crashkernel=7G,cma'), config: { CMA: false } })
    expect([of(noCma, 'CK008'), of(noCma, 'CK004').length]).toEqual([[], 1])
  })

  it('a failed main reservation leaves the ,cma areas to be judged alone (the kernel reserves both in turn)', () => {
    // 7G finds no room below or above 4G; the 7G of CMA then fits in three areas.
    const r = run(q35('7.2', 'crashkernel=7G crashkernel=7G,cma'))
    const cma = r.layouts[0]!.result.crashkernelCma!
    expect([of(r, 'CK001').length, of(r, 'CK008'), cma.ranges.length, cma.reserved === cma.requested]).toEqual([1, [], 3, true])
  })
})
