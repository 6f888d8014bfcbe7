// SPDX-License-Identifier: GPL-2.0-only
/**
 * The riscv64 builds' section offsets (image.ts BUILDS) against the boots they were measured
 * on: /proc/iomem's `Kernel rodata` and `Kernel data` start at _start + startRodata and
 * _start + data, the kernel's reservation (the `Reserved` resource after `Kernel bss`) ends
 * at _end rounded up to PMD_SIZE, and __init_data_begin lies between the
 * end of `Kernel code` and __start_rodata on a SECTION_ALIGN (2 MiB) boundary.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { riscvImageSections, riscvKernelBuild } from './image.js'

const root = join(import.meta.dirname, '../../..')
const BOOTS: Array<[string, string]> = [
  ['6.12.117', 'test/oracle/logs/riscv64-6.12-virt-2G-ck256M.log.gz'],
  ['6.16.3', 'test/boots/releases/riscv64-6.16.3-virt-2G-ck256M.log.gz'],
  ['6.17.8', 'test/boots/releases/riscv64-6.17.8-virt-2G-ck256M.log.gz'],
  ['7.0.4', 'test/boots/releases/riscv64-7.0.4-virt-2G-ck256M.log.gz'],
  ['7.1.3', 'test/boots/releases/riscv64-7.1.3-virt-2G-ck256M.log.gz'],
  ['7.2.13', 'test/oracle/logs/riscv64-7.2-virt-2G-ck3G.log.gz'],
]

const iomemStart = (log: string, name: string): bigint => BigInt('0x' + new RegExp(`^\\s*([0-9a-f]+)-[0-9a-f]+ : ${name}\\r?$`, 'm').exec(log)![1]!)
const iomemEnd = (log: string, name: string): bigint => BigInt('0x' + new RegExp(`^\\s*[0-9a-f]+-([0-9a-f]+) : ${name}\\r?$`, 'm').exec(log)![1]!) + 1n

describe('riscv64 build offsets', () => {
  it.each(BOOTS)('%s agrees with its boot', (release, file) => {
    const log = gunzipSync(readFileSync(join(root, file))).toString('utf8')
    expect(log).toContain(`Linux version ${release}`)
    const build = riscvKernelBuild(release)!
    expect(build.release).toBe(release)
    const start = 0x80200000n
    // The `Reserved` resource right after `Kernel bss`: the rest of the image reservation.
    const imageEnd = BigInt('0x' + /: Kernel bss\r?\n\s*[0-9a-f]+-([0-9a-f]+) : Reserved\r?\n/.exec(log)![1]!) + 1n
    const sections = riscvImageSections({ kernel: release, image: { base: start, size: build.offsets.end } })!
    expect(sections.startRodata).toBe(iomemStart(log, 'Kernel rodata'))
    expect(sections.data).toBe(iomemStart(log, 'Kernel data'))
    expect(imageEnd - start).toBe((build.offsets.end + 0x1fffffn) & ~0x1fffffn)
    expect(sections.initDataBegin % 0x200000n).toBe(0n)
    expect(sections.initDataBegin).toBeGreaterThan(iomemEnd(log, 'Kernel code'))
    expect(sections.initDataBegin).toBeLessThan(sections.startRodata)
  })
})
