// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { fmtPhys, fmtSize, memSize, parseSize } from './size.js'

describe('parseSize (memparse semantics on schema-valid strings)', () => {
  it.each([
    ['0', 0n],
    ['4096', 4096n],
    ['512M', 512n << 20n],
    ['512m', 512n << 20n],
    ['1G', 1n << 30n],
    ['2T', 2n << 40n],
    ['1P', 1n << 50n],
    ['3E', 3n << 60n],
    ['0x40000000', 0x40000000n],
    ['0X4000_0000', 0x40000000n],
    ['0x10M', 16n << 20n],
    ['0x1_0000_0000', 1n << 32n], // docs/format.md: underscores may separate hex digits
    ['0x1E', 30n], // E is a hex digit here, exactly as in the kernel's memparse()
    ['0xffffffffffffffff', 0xffffffffffffffffn],
    ['16E', 1n << 64n], // does not wrap: the decoder reports it as out of range
  ])('%s → %s', (text, value) => {
    expect(parseSize(text)).toBe(value)
  })

  it('refuses unvalidated input loudly (a bug, not a finding)', () => {
    expect(() => parseSize('1GB')).toThrow(/assertion failed/)
  })
})

describe('formatting', () => {
  it('prints addresses like the kernel prints %pa', () => {
    expect(fmtPhys(0xec000000n)).toBe('0x00000000ec000000')
  })
  it('prints binary sizes', () => {
    expect([fmtSize(256n << 20n), fmtSize(1n << 30n), fmtSize(4096n), fmtSize(1000n), fmtSize(1536n), fmtSize(3n << 29n)]).toEqual(['256 MiB', '1 GiB', '4 KiB', '1000 bytes', '1536 bytes', '1536 MiB'])
  })
})

describe('memSize (a size written back as memparse() reads it)', () => {
  // One writer for fixes, explain's ranges and the validator's hints: before it there were two,
  // one stopping at T and writing 0 as "0x0", the other writing odd sizes in decimal.
  it.each([
    [768n << 20n, '768M'],
    [2n << 30n, '2G'],
    [1536n << 20n, '1536M'],
    [3n << 40n, '3T'],
    [5n << 50n, '5P'],
    [16n << 60n, '16E'],
    [0n, '0'],
    [4096n, '4K'],
    [4097n, '0x1001'],
    [4095n, '0xfff'],
  ])('%s → %s, which parseSize() reads back', (bytes, text) => {
    expect(memSize(bytes)).toBe(text)
    expect(parseSize(text)).toBe(bytes)
  })
})
