// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { decodeMatrix } from '../../src/matrix/decode.js'
import { CMA_SYSFS_DUPLICATE } from '../../src/rules/ck009-cma-sysfs-duplicate.js'
import { of, releasesBoot, run } from './helpers.js'

/** The lines of a boot log without their timestamps. */
const dmesg = (log: string): string[] => log.split('\n').map((l) => l.replace(/^\[[ .\d]+\] /, '').trimEnd())

describe('CK009 cma-sysfs-duplicate', () => {
  it.each([
    ['amd64-7.3.4-q35-4G-ckcma.short', 'crashkernel=3584M,cma', '4'],
    ['amd64-7.3.4-q35-4G-ckcma.suggested', 'crashkernel=3408M,cma', '2'],
  ])('real boot %s: several areas, and the kernel printed the line the note quotes', (name, token, areas) => {
    const { log, board } = releasesBoot(name)
    expect(dmesg(log)).toContain(CMA_SYSFS_DUPLICATE)
    const [f, ...rest] = of(run(board), 'CK009')
    expect(rest).toEqual([])
    expect(f).toMatchObject({ severity: 'note', messageId: 'duplicate', data: { token, areas } })
    expect(f!.message).toContain(`("${CMA_SYSFS_DUPLICATE}", with a call trace)`)
  })

  it('real boot amd64-7.3.4-q35-4G-ckcma: one area, no such line and no note', () => {
    const { log, board } = releasesBoot('amd64-7.3.4-q35-4G-ckcma')
    expect(dmesg(log).some((l) => l.startsWith('sysfs: cannot create duplicate'))).toBe(false)
    expect(dmesg(log)).toContain('crashkernel CMA reserved: 512 MB in 1 ranges')
    expect(of(run(board), 'CK009')).toEqual([])
  })

  it('the fix is the largest size the kernel reserves in one area; CK008\'s fix for a short size still keeps the most memory', () => {
    const q35 = (cmdline: string) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['7.3'], cmdline })
    const [f] = of(run(q35('crashkernel=256M crashkernel=3408M,cma')), 'CK009')
    const value = f!.suggestion!.replacement!
    const size = BigInt(/=(\d+)M,cma/.exec(value)![1]!) << 20n
    const layout = decodeMatrix({ version: 1, boards: [q35(value)] } as never).layouts[0]!.layout
    const one = simulate(layout).crashkernelCma!
    expect([one.ranges.length, one.reserved === size]).toEqual([1, true])
    const more = simulate({ ...layout, cmdline: `crashkernel=256M crashkernel=${(size >> 20n) + 16n}M,cma` }).crashkernelCma!
    expect(more.ranges.length).toBeGreaterThan(1)
    // A short 3584M: CK008 offers 3408M (two areas, whole), which leaves this note, not 2032M.
    const short = run(q35('crashkernel=256M crashkernel=3584M,cma'))
    expect(of(short, 'CK008')[0]!.suggestion!.replacement).toBe('crashkernel=256M crashkernel=3408M,cma')
  })
})
