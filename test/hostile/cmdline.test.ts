// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 5: every malformed `crashkernel=` of kernel-model.md §2.7, each on
 * a board beside the good one, simulated for 5.10, 6.1, 6.12 and 7.2. The kernel's own
 * message (from the table) must be in each layout's dmesg, and every channel stays
 * well-formed (expectHostile).
 */
import { describe, expect, it } from 'vitest'
import { expectHostile, matrix } from './harness.js'

const KERNELS = ['5.10', '6.1', '6.12', '7.2'] as const
type PerKernel = readonly [string | null, string | null, string | null, string | null]
const all = (m: string | null): PerKernel => [m, m, m, m]

/** [cmdline, RAM size, the message each kernel prints (null: none from the parser)]. */
const ROWS: Array<[string, string, PerKernel]> = [
  ['crashkernel=', '4G', all('crashkernel: memory value expected')],
  ['crashkernel=256MB', '4G', all('crashkernel: unrecognized char: B')],
  ['crashkernel=256M@', '4G', all(null)],
  ['crashkernel=256M@xyz', '4G', all(null)],
  ['crashkernel=0', '4G', all(null)],
  ['crashkernel=M', '4G', [null, null, null, 'crashkernel: memory value expected']],
  ['crashkernel=16E', '4G', all(null)],
  ['crashkernel=100E', '4G', ['cannot allocate crashkernel (size:0x4000000000000000)', 'cannot allocate crashkernel (size:0x4000000000000000)', null, null]],
  ['crashkernel=1G:64M', '4G', all("crashkernel: '-' expected")],
  ['crashkernel=2G-1G:64M', '4G', all('crashkernel: end <= start')],
  ['crashkernel=1G-2G64M,2G-:128M', '4G', all("crashkernel: ':' expected")],
  ['crashkernel=1G-2G64M', '4G', all('crashkernel: unrecognized char: -')],
  ['crashkernel=1G-2G:', '4G', ['Memory value expected', 'Memory value expected', 'crashkernel: Memory value expected', 'crashkernel: Memory value expected']],
  ['crashkernel=1G-:256M', '512M', all('crashkernel size resulted in zero bytes')],
  ['crashkernel=0-:8G', '4G', all('crashkernel: invalid size')],
  ['crashkernel=2G-:128M@foo', '4G', ["Memory value expected after '@'", "Memory value expected after '@'", "crahskernel: Memory value expected after '@'", "crashkernel: Memory value expected after '@'"]],
  ['crashkernel=256M@4G,high', '4G', [null, 'crashkernel: unrecognized char: @', 'crashkernel: unrecognized char: @', 'crashkernel: unrecognized char: @']],
  ['crashkernel=64M,low', '4G', all(null)],
  ['crashkernel=256M,cma', '4G', ['crashkernel: unrecognized char: ,', 'crashkernel: unrecognized char: ,', 'crashkernel: unrecognized char: ,', null]],
  ['crashkernel=abc crashkernel=1G,high', '4G', all('crashkernel: memory value expected')],
  ['crashkernel=auto', '4G', all('crashkernel: memory value expected')],
  ['crashkernel=0x', '4G', all('crashkernel: unrecognized char: x')],
  ['crashkernel=256M\tquiet', '4G', all('crashkernel: unrecognized char: \t')],
  ['crashkernel=18446744073709551616', '4G', all(null)],
]

describe('hostile input: every crashkernel= syntax error (kernel-model.md §2.7)', () => {
  it.each(ROWS)('%j on %s of RAM', async (cmdline, ram, messages) => {
    const bad = { id: 'ck', extends: 'qemu-virt-arm64', ramSize: ram, kernels: [...KERNELS], cmdline: `console=ttyAMA0 ${cmdline}` }
    const report = await expectHostile(matrix(bad), [])
    const layouts = report.layouts.filter((l) => l.boardId === 'ck')
    expect(layouts.map((l) => l.kernel.split('.').slice(0, 2).join('.'))).toEqual([...KERNELS])
    layouts.forEach((l, i) => {
      const dmesg = l.result.trace.filter((e) => e.source === 'crashkernel').map((e) => e.text)
      const expected = messages[i]
      if (expected) expect(dmesg.some((t) => t.includes(expected)), `${l.kernel}: ${JSON.stringify(dmesg)}`).toBe(true)
      if (l.result.crashkernel.kind === 'reserved') expect(l.result.crashkernel.main.size).toBeGreaterThan(0n)
    })
  })
})
