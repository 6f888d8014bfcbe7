// SPDX-License-Identifier: GPL-2.0-only
/**
 * CK004 `truncated`: crashkernel= past the COMMAND_LINE_SIZE - 1 bytes the kernel keeps, or
 * split by the cut. The arm64 7.1.3 boots of test/boots/cmdline-size show both (a token at
 * byte 2050 reserves nothing; one at byte 2033 is read as "crashkernel=25", 25 bytes).
 */
import { describe, expect, it } from 'vitest'
import { applySuggestion, check } from '../../src/index.js'
import { matrix, of, run } from './helpers.js'

const PREFIX = 'console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr '
/** The boots' command line: a pad= parameter that puts `rest` at byte `start`. */
const padded = (start: number, rest: string, prefix = PREFIX): string => `${prefix}pad=${'x'.repeat(start - prefix.length - 5)} ${rest}`
const virt = (cmdline: string, extra: Record<string, unknown> = {}) => ({ id: 'virt', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['7.2'], cmdline, ...extra })

describe('CK004 truncated: the kernel keeps the first COMMAND_LINE_SIZE - 1 bytes', () => {
  it('a token past the cut: nothing reserved, an error under reservationRequired, fixed by moving it to the front', () => {
    const [f, ...rest] = of(run(virt(padded(2050, 'crashkernel=256M'))), 'CK004')
    expect(rest).toEqual([])
    expect([f!.messageId, f!.severity]).toEqual(['truncated', 'error'])
    expect(f!.message).toBe(
      'crashkernel=256M is cut off: the command line is 2066 bytes long and this kernel keeps only its first 2047 (COMMAND_LINE_SIZE 2048), silently; the kernel never reads it (expect.reservationRequired)',
    )
    // Neither CK010 (the line has a crashkernel=) nor anything else.
    expect(run(virt(padded(2050, 'crashkernel=256M'))).findings.map((x) => x.ruleId)).toEqual(['CK004'])
    const text = matrix(virt(padded(2050, 'crashkernel=256M')))
    expect(f!.suggestion!.replacement!.startsWith('crashkernel=256M console=ttyAMA0 ')).toBe(true)
    expect(check(applySuggestion(text, f!.suggestion!), 'm.json').findings).toEqual([])
  })

  it('a token the cut splits: the kernel reads the part it keeps ("crashkernel=25": 25 bytes)', () => {
    const report = run(virt(padded(2033, 'crashkernel=256M')))
    const [f] = of(report, 'CK004')
    expect([f!.messageId, f!.severity]).toEqual(['truncated', 'error'])
    expect(f!.message).toContain('crashkernel=256M is cut off: the command line is 2049 bytes long')
    // Through the EFI stub the token goes whole (test/boots/cmdline-size efi-cut boots): said too.
    expect(f!.message).toContain('; the kernel reads "crashkernel=25" of "crashkernel=256M" (through the EFI stub, which cuts at the last space, none of it) (expect.reservationRequired)')
    const layout = report.layouts.find((l) => l.boardId === 'virt')!
    expect(layout.result!.crashkernel).toMatchObject({ kind: 'reserved', main: { size: 25n } })
  })

  it('a token cut inside its name is one the kernel never reads, not one it reads in part', () => {
    const [f] = of(run(virt(padded(2040, 'crashkernel=256M'))), 'CK004')
    expect([f!.messageId, f!.severity]).toEqual(['truncated', 'error'])
    expect(f!.message).toContain('silently; the kernel never reads it (expect.reservationRequired)')
  })

  it('a token before the cut is judged as on a short line beside the truncated one', () => {
    // crashkernel=256MB is rejected ("unrecognized char: B") whatever follows; the ,high past
    // the cut is truncated's.
    const report = run(virt(`crashkernel=256MB ${padded(2050, 'crashkernel=512M,high', '')}`))
    expect(of(report, 'CK004').map((f) => [f.messageId, f.data.token])).toEqual([
      ['truncated', 'crashkernel=512M,high'],
      ['rejected', 'crashkernel=256MB'],
    ])
  })

  it('tokens inside the kept part are not reported, and nothing is cut from a short line', () => {
    expect(of(run(virt(`crashkernel=256M ${padded(2050, 'quiet', '')}`)), 'CK004')).toEqual([])
    expect(of(run(virt(padded(100, 'crashkernel=256M'))), 'CK004')).toEqual([])
  })

  it('riscv64 keeps 1023 bytes up to 7.0 and 2047 from 7.1', () => {
    const rv = (kernel: string) => ({ id: 'rv', extends: 'qemu-virt-riscv64', ramSize: '2G', kernels: [kernel], cmdline: padded(1100, 'crashkernel=256M', 'console=ttyS0 ') })
    const [f] = of(run(rv('6.12')), 'CK004')
    expect(f!.message).toContain('this kernel keeps only its first 1023 (COMMAND_LINE_SIZE 1024)')
    expect(of(run(rv('7.2')), 'CK004')).toEqual([])
  })
})
