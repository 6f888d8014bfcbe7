// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 3: numbers and ranges — beyond 2^64, exactly 2^64 − 1, negative,
 * zero, overlapping and unsorted banks, regions outside RAM, values only a preset derives.
 */
import { describe, expect, it } from 'vitest'
import { board, expectHostile, matrix, position } from './harness.js'

describe('hostile input: sizes and ranges', () => {
  it('a size of exactly 2^64 − 1 does not fit once added to its base', async () => {
    const text = matrix(board({ memory: [{ base: '0x40000000', size: '0xffffffffffffffff' }] }))
    await expectHostile(text, [{ ruleId: 'SC003', messageId: 'valueOutOfRange', message: 'does not fit in 64 bits', at: position(text, '"0xffffffffffffffff"') }])
  })

  it('a bank ending exactly at 2^64 is accepted (and the image outside it is reported)', async () => {
    const text = matrix(board({ memory: [{ base: '0xffffffffffe00000', size: '0x200000' }] }))
    await expectHostile(text, [{ ruleId: 'SC003', messageId: 'outsideRam', at: position(text, '"0x40200000"') }])
  })

  it('sizes and addresses beyond 2^64 in every notation', async () => {
    const values = ['0x10000000000000000', '18446744073709551616', '16E', '99999999999999999999999E', '0x1_0000_0000_0000_0000']
    const text = matrix(...values.map((v, i) => board({ id: `big${i}`, memory: [{ base: v, size: '1G' }] })))
    await expectHostile(text, values.map((v) => ({ ruleId: 'SC003', messageId: 'valueOutOfRange', at: position(text, `"${v}"`) })))
  })

  it('2^64 − 1 as decimal, hex and an E-suffixed value where a single address is wanted', async () => {
    const text = matrix(board({ id: 'dma', dma: { zoneDmaLimit: '18446744073709551615' }, devices: [{ name: 'nvme', dmaLimit: '0xffffffffffffffff', dumpTarget: true }] }))
    const report = await expectHostile(text, [])
    expect(report.layouts.map((l) => l.boardId)).toEqual(['good', 'dma'])
  })

  it('integer build options past what they can hold: refused at the number, which the message says was read rounded', async () => {
    // JSON numbers past 2^53 are read as the nearest double (2^64 + 1 as 2^64): without a
    // maximum they were simulated rounded, CMA_SIZE_MBYTES × SZ_1M past 64 bits.
    const text = matrix(board({ id: 'cfg', config: { CMA_SIZE_MBYTES: 1, KFENCE_SAMPLE_INTERVAL: 2 } }))
      .replace('"CMA_SIZE_MBYTES": 1', '"CMA_SIZE_MBYTES": 18446744073709551617')
      .replace('"KFENCE_SAMPLE_INTERVAL": 2', '"KFENCE_SAMPLE_INTERVAL": 9007199254740993')
    const report = await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'outOfRange', at: position(text, '18446744073709551617') },
      { ruleId: 'SC002', messageId: 'outOfRange', at: position(text, '9007199254740993') },
    ])
    expect(report.findings.map((f) => f.message)).toEqual([
      'config.CMA_SIZE_MBYTES: 18446744073709552000 (a number past 2^53, as read) must be <= 17592186044415',
      'config.KFENCE_SAMPLE_INTERVAL: 9007199254740992 (a number past 2^53, as read) must be <= 9007199254740991',
    ])
    // The largest CMA size in MiB whose bytes fit in 64 bits is accepted.
    const largest = matrix(board({ id: 'cfg', config: { CMA_SIZE_MBYTES: 17592186044415 } }))
    expect((await expectHostile(largest, [])).findings.filter((f) => f.ruleId === 'SC002')).toEqual([])
  })

  it('negative numbers and negative-looking strings', async () => {
    const text = matrix(board({ memory: [{ base: '-0x40000000', size: '-1G' }], paBits: -48 }))
    await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'badFormat', at: position(text, '"-0x40000000"') },
      { ruleId: 'SC002', messageId: 'badFormat', at: position(text, '"-1G"') },
      { ruleId: 'SC002', messageId: 'outOfRange', at: position(text, '-48') },
    ])
  })

  it('zero sizes for a bank, a /memreserve/ entry and an image', async () => {
    const text = matrix(
      board({ id: 'z1', memory: [{ base: '0x40000000', size: '0' }] }),
      board({ id: 'z2', reservations: [{ kind: 'fixed', name: 'fw', base: '0x50000000', size: '0x0', memreserve: true }] }),
      board({ id: 'z3', image: { base: '0x40200000', size: '0' } }),
    )
    await expectHostile(text, [
      { ruleId: 'SC003', messageId: 'emptyRange', at: position(text, '"0"', '"z1"') },
      { ruleId: 'SC003', messageId: 'emptyRange', at: position(text, '"0x0"') },
      { ruleId: 'SC003', messageId: 'emptyRange', at: position(text, '"0"', '"z3"') },
    ])
  })

  it('a /reserved-memory reg entry of size 0 (left empty by a bootloader) is simulated: the kernel refuses it with a line', async () => {
    const text = matrix(board({ id: 'empty', reservations: [{ kind: 'fixed', name: 'splash', base: '0x0', size: '0x0' }] }))
    const report = await expectHostile(text, [])
    const layout = report.layouts.find((l) => l.boardId === 'empty')!
    expect(layout.result!.trace.map((t) => t.text)).toContain("OF: reserved mem: Reserved memory: failed to reserve memory for node 'splash': base 0x0000000000000000, size 0 MiB")
  })

  it('overlapping banks', async () => {
    const text = matrix(board({ memory: [{ base: '0x40000000', size: '2G' }, { base: '0x80000000', size: '1G' }] }))
    await expectHostile(text, [{ ruleId: 'SC003', messageId: 'overlappingBanks', at: position(text, '"0x80000000"') }])
  })

  it('unsorted banks are simulated as the kernel sorts them', async () => {
    const text = matrix(board({ id: 'unsorted', memory: [{ base: '0x100000000', size: '2G' }, { base: '0x40000000', size: '2G' }] }))
    const report = await expectHostile(text, [], { clean: true })
    const layout = report.layouts.find((l) => l.boardId === 'unsorted')!
    expect(layout.result.memory.map((r) => r.base)).toEqual([0x40000000n, 0x100000000n])
  })

  it('a reservation, an initrd and a DTB outside RAM', async () => {
    const text = matrix(board({ reservations: [{ kind: 'fixed', name: 'fw', base: '0x10000000', size: '1M' }], initrd: { base: '0x4000000000', size: '16M' }, dtb: { base: '0x3ff00000', size: '2M' } }))
    await expectHostile(text, [
      { ruleId: 'SC003', messageId: 'reservationOutsideRam', at: position(text, '"0x10000000"') },
      { ruleId: 'SC003', messageId: 'outsideRam', at: position(text, '"0x4000000000"') },
      { ruleId: 'SC003', messageId: 'outsideRam', at: position(text, '"0x3ff00000"') },
    ])
  })

  it('a DTB inside the kernel image and an initrd over the DTB, each reported at its base', async () => {
    // The 6.12 image spans [0x40200000, 0x42700000).
    const text = matrix(
      board({ id: 'in-image', dtb: { base: '0x41000000', size: '0x10000' } }),
      board({ id: 'blobs', initrd: { base: '0x48000000', size: '16M' }, dtb: { base: '0x48800000', size: '0x10000' } }),
    )
    await expectHostile(text, [
      { ruleId: 'SC003', messageId: 'overlappingPlacements', message: 'DTB [0x0000000041000000, 0x0000000041010000) overlaps the 6.12.117 kernel image [0x0000000040200000, 0x0000000042700000)', at: position(text, '"0x41000000"') },
      { ruleId: 'SC003', messageId: 'overlappingPlacements', message: 'DTB [0x0000000048800000, 0x0000000048810000) overlaps initrd [0x0000000048000000, 0x0000000049000000)', at: position(text, '"0x48800000"') },
    ])
  })

  it('a reservation straddling the end of RAM', async () => {
    const text = matrix(board({ reservations: [{ kind: 'fixed', name: 'tail', base: '0xbff00000', size: '2M' }] }))
    await expectHostile(text, [{ ruleId: 'SC003', messageId: 'reservationOutsideRam', message: '[0x00000000c0000000, 0x00000000c0100000) is in no bank', at: position(text, '"0xbff00000"') }])
  })

  it('bits and page sizes out of range, an alignment that is not a power of two', async () => {
    const text = matrix(board({ paBits: 65, vaBits: 0 }), board({ id: 'align', reservations: [{ kind: 'dynamic', name: 'cma', size: '64M', align: '0x3000' }] }))
    await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'outOfRange', at: position(text, '65') },
      { ruleId: 'SC002', messageId: 'outOfRange', at: position(text, '0', '"vaBits"') },
      { ruleId: 'SC003', messageId: 'alignNotPowerOfTwo', at: position(text, '"0x3000"') },
    ])
  })

  it('a RAM size too small for the preset that derives banks from it', async () => {
    // qemu-q35-x86_64 and qemu-virt-riscv64 subtract their holes from the size: "0x1" came
    // back as the bank size "0x-11ffff" and crashed the decoder; then it was reported as that
    // negative bank. Now each preset names the least size it lays out (src/presets).
    const text = matrix({ id: 'tiny', extends: 'qemu-q35-x86_64', ramSize: '0x1', kernels: ['6.12'] }, { id: 'tiny-rv', extends: 'qemu-virt-riscv64', ramSize: '1M', kernels: ['6.12'] })
    await expectHostile(text, [
      { ruleId: 'SC003', messageId: 'ramSizeTooSmall', message: 'less than 2192 KiB (0x224000)', at: position(text, '"0x1"') },
      // The riscv preset puts the DTB 2 MiB below the end of RAM (below RAM for 1 MiB) and the
      // initrd where QEMU does from 1 GiB up: its least size is that.
      { ruleId: 'SC003', messageId: 'ramSizeTooSmall', message: 'less than 1 GiB (0x40000000)', at: position(text, '"1M"') },
    ])
  })

  it('a number too large for a double becomes Infinity, and is reported where it is written', async () => {
    const text = matrix(board()).replace('"crashkernel=256M"\n', '"crashkernel=256M", "paBits": 1e999\n')
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'wrongType', message: 'expected integer', at: position(text, '1e999') }])
  })
})
