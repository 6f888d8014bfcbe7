// SPDX-License-Identifier: GPL-2.0-only
/**
 * Differential fuzzing of memparse() and crashkernel= parsing: the engine's dialects against
 * the independent reference (test/fuzz/reference-parser.ts), for 5.10, 6.1, 6.12 and 7.2.
 * CI size with a fixed seed; scripts/fuzz.ts runs the same properties 100,000 times.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cmdlineInput, crashkernelAgrees, memparseAgrees, memparseInput, systemRamInput, type Counts } from './arbitraries.js'
import { refMemparse, refParseCrashkernel, RELEASES } from './reference-parser.js'

const release = fc.constantFrom(...RELEASES)

describe('memparse (engine vs reference)', () => {
  it('never throws and agrees on value and end for every dialect', () => {
    const counts: Counts = {}
    fc.assert(fc.property(memparseInput, release, (s, r) => memparseAgrees(s, r, counts)), { numRuns: 3000, seed: 0x5eed })
    expect(Object.keys(counts).length).toBe(3)
  })

  it('the reference reproduces kernel-model.md §2.2 on its own examples', () => {
    expect(refMemparse('6.12', '0400M', 0)).toEqual({ value: 256n << 20n, end: 5 })
    expect(refMemparse('6.12', '0x1E', 0)).toEqual({ value: 30n, end: 4 })
    expect(refMemparse('6.12', 'M', 0)).toEqual({ value: 0n, end: 1 })
    expect(refMemparse('7.2', 'M', 0)).toEqual({ value: 0n, end: 0 })
    expect(refMemparse('6.12', '16E', 0).value).toBe(0n)
    expect(refMemparse('7.2', '16E', 0).value).toBe((1n << 64n) - 1n)
    expect(refMemparse('6.1', '100E', 0).value).toBe(0x4000000000000000n)
  })
})

describe('crashkernel= (engine vs reference)', () => {
  it('never throws and agrees on return code, size, base and messages for every class and dialect', () => {
    const counts: Counts = {}
    fc.assert(fc.property(cmdlineInput, release, systemRamInput, (c, r, ram) => crashkernelAgrees(c, r, ram, counts)), { numRuns: 2500, seed: 0x5eed })
    // The generator reaches the error paths of §2.7, not only "not found".
    expect(Object.keys(counts).filter((k) => k.startsWith('plain -EINVAL')).length).toBeGreaterThan(5)
  })

  it.each([
    ['crashkernel=', 'crashkernel: memory value expected'],
    ['crashkernel=256MB', 'crashkernel: unrecognized char: B'],
    ['crashkernel=1G:64M', "crashkernel: '-' expected"],
    ['crashkernel=2G-1G:64M', 'crashkernel: end <= start'],
    // §2.7 lists `crashkernel=1G-2G64M` here, but without any ':' the token takes the simple
    // form (§2.1 dispatch) and the kernel says "unrecognized char: -"; a later ':' is needed.
    ['crashkernel=1G-2G64M,2G-:128M', "crashkernel: ':' expected"],
    ['crashkernel=1G-2G64M', 'crashkernel: unrecognized char: -'],
    ['crashkernel=0-:8G', 'crashkernel: invalid size'],
  ])('the reference gives the §2.7 message for %s', (cmdline, message) => {
    for (const r of RELEASES) expect(refParseCrashkernel(r, cmdline, 4n << 30n, null).messages.map((m) => m.text)).toEqual([message])
  })

  it('the reference gives the per-release messages of §2.7', () => {
    const text = (r: (typeof RELEASES)[number], c: string) => refParseCrashkernel(r, c, 4n << 30n, null).messages.map((m) => m.text)
    expect(RELEASES.map((r) => text(r, 'crashkernel=1G-2G:'))).toEqual([['Memory value expected'], ['Memory value expected'], ['crashkernel: Memory value expected'], ['crashkernel: Memory value expected']])
    expect(RELEASES.map((r) => text(r, 'crashkernel=2G-:128M@foo'))).toEqual([["Memory value expected after '@'"], ["Memory value expected after '@'"], ["crahskernel: Memory value expected after '@'"], ["crashkernel: Memory value expected after '@'"]])
    expect(refParseCrashkernel('6.12', 'crashkernel=1G-:256M', 512n << 20n, null).messages).toEqual([{ level: 'info', text: 'crashkernel size resulted in zero bytes' }])
    expect(refParseCrashkernel('6.1', 'crashkernel=256M@4G,high', 4n << 30n, ',high').messages.map((m) => m.text)).toEqual(['crashkernel: unrecognized char: @'])
    expect(refParseCrashkernel('5.10', 'x', 1n, null).ret).toBe(-22)
    expect(refParseCrashkernel('6.1', 'x', 1n, null).ret).toBe(-2)
  })
})
