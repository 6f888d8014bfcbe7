// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { decodeMatrix } from '../../src/matrix/decode.js'
import { of, releasesBoot, run } from './helpers.js'

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

  it.each([
    ['amd64-7.3.4-q35-4G-ckcma.short', 'crashkernel=3584M,cma', '3360 MiB', '224 MiB', 'crashkernel CMA reservation failed: 3584 MB requested, 3360 MB reserved in 4 ranges'],
    ['amd64-7.3.4-q35-4G-ckcma.over', 'crashkernel=8G,cma', '3 GiB', '5 GiB', 'crashkernel CMA reservation failed: 8192 MB requested, 3072 MB reserved in 4 ranges'],
  ])('real boot %s: the line it quotes is the one the kernel printed, byte for byte', (name, token, reserved, missing, line) => {
    const { log, board } = releasesBoot(name)
    expect(log).toMatch(new RegExp(`^\\[[ .\\d]+\\] ${line}$`, 'm'))
    const [f, ...rest] = of(run(board), 'CK008')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ messageId: 'short', data: { token, reserved, missing, areas: '4 areas (the most it makes)', line } })
    expect(f!.message.endsWith(`"${line}"`)).toBe(true)
  })

  it("real boot: the suggested size for ckcma.short, booted (ckcma.suggested), is reserved whole", () => {
    const [f] = of(run(releasesBoot('amd64-7.3.4-q35-4G-ckcma.short').board), 'CK008')
    expect(f!.suggestion?.replacement).toMatch(/ crashkernel=256M crashkernel=3408M,cma$/)
    const { log, board } = releasesBoot('amd64-7.3.4-q35-4G-ckcma.suggested')
    expect(log).toMatch(/ crashkernel=256M crashkernel=3408M,cma$/m)
    expect(log).toMatch(/^\[[ .\d]+\] crashkernel CMA reserved: 3408 MB in 2 ranges$/m)
    expect(of(run(board), 'CK008')).toEqual([])
  })

  it('real boots without CONFIG_CMA (Debian amd64 6.17.8 – 7.1.3): no CK008; CK004 quotes the stub line the kernel printed', () => {
    for (const name of ['amd64-6.17.8-q35-4G-ckcma', 'amd64-7.1.3-q35-4G-ckcma']) {
      const { log, board } = releasesBoot(name)
      expect(log).toMatch(/^\[[ .\d]+\] crashkernel CMA reservation not supported$/m)
      const r = run(board)
      expect(of(r, 'CK008')).toEqual([])
      const ck004 = of(r, 'CK004')
      expect(ck004.map((f) => f.messageId)).toEqual(['tokenIgnored'])
      expect(ck004[0]!.message).toContain('("crashkernel CMA reservation not supported")')
    }
  })

  it('a failed main reservation leaves the ,cma areas to be judged alone (the kernel reserves both in turn)', () => {
    // 7G finds no room below or above 4G; the 7G of CMA then fits in three areas.
    const r = run(q35('7.2', 'crashkernel=7G crashkernel=7G,cma'))
    const cma = r.layouts[0]!.result.crashkernelCma!
    expect([of(r, 'CK001').length, of(r, 'CK008'), cma.ranges.length, cma.reserved === cma.requested]).toEqual([1, [], 3, true])
  })
})
