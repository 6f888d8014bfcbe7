// SPDX-License-Identifier: GPL-2.0-only
/** `suggest`: values verified on every layout, ranked, with the failing layouts for the rest. */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, tempDir } from './io.js'

describe('suggest', () => {
  it('ranks rpi4 values that work on all 16 layouts, the board\'s own first', async () => {
    const r = await run(['suggest', 'rpi4'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('crashkernel= values for rpi4, each simulated on all 16 layout(s)')
    expect(r.out).toContain('kernels 5.10.223, 6.1.192, 6.12.117, 7.2.13; RAM 1G, 2G, 4G, 8G')
    expect(r.out).toMatch(/ {3}1\. crashkernel=256M {2}\(the board's own value\)/)
    // An @offset inside the SD card's 30-bit reach is verified too.
    expect(r.out).toMatch(/\d\. crashkernel=256M@0x[0-9a-f]+ {2}\(fixed base inside every dump target's reach\)/)
    expect(r.out).toContain('In the matrix: "cmdline": "console=ttyS0,115200 crashkernel=256M"')
    // Why the others fail: which layout, which outcome.
    expect(r.out).toMatch(/crashkernel=1G: fails on 12 of 16\n {6}1G\/5\.10 \(5\.10\.223\): FAILED to reserve 1 GiB: no room/)
    expect(r.out).toMatch(/crashkernel=512M,high crashkernel=128M,low: fails on 4 of 16\n {6}1G\/5\.10 \(5\.10\.223\): ignored by the kernel \(suffix unknown\)/)
  })

  it('exits 1 when no value works everywhere, naming the rule that fails', async () => {
    const dir = await tempDir()
    const matrix = join(dir, 'm.json')
    // 512 MiB of RAM: neither 1G nor 2G can fit.
    await writeFile(matrix, JSON.stringify({ version: 1, boards: [{ id: 'tiny', extends: 'qemu-virt-arm64', ramSize: '512M', kernels: ['6.12'], cmdline: 'crashkernel=2G' }] }))
    const r = await run(['suggest', 'tiny', '--matrix', matrix, '--sizes', '1G,2G'])
    expect(r.code).toBe(1)
    expect(r.out).toContain('none of the values tried works everywhere')
    expect(r.out).toMatch(/crashkernel=1G: fails on 1 of 1\n {6}512M\/6\.12 \(6\.12\.117\): ignored by the kernel \(≥ RAM\)/)
  })

  it('takes --sizes as the main sizes of every form: plain, ,high + ,low and @offset', async () => {
    const r = await run(['suggest', 'rpi4', '--sizes', '512M', '--all'])
    const values = [...r.out.matchAll(/crashkernel=(\S+)(?: crashkernel=(\S+))?/g)].map((m) => m[1]!)
    const tried = new Set(values.filter((v) => v !== '256M')) // the board's cmdline is quoted too
    expect([...tried].every((v) => v.startsWith('512M'))).toBe(true)
    expect(tried).toContain('512M')
    expect(tried).toContain('512M,high')
    expect([...tried].some((v) => /^512M@0x[0-9a-f]+$/.test(v))).toBe(true)
  })

  it('exits 2 for a bad --sizes value', async () => {
    const r = await run(['suggest', 'rpi4', '--sizes', '256MB'])
    expect(r.code).toBe(2)
    expect(r.err).toContain('--sizes: "256MB" is not a size')
  })
})
