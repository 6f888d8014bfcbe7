// SPDX-License-Identifier: GPL-2.0-only
/**
 * arm64 boot to the crash reservation, byte for byte against the oracle's memblock=debug
 * boots: bootmem_init() ends with memblock_dump_all(), and every region of memblock.reserved
 * it prints must be the model's, at the byte: the kernel image from _text (6.1: _stext), the
 * initrd in whole pages, /reserved-memory, the crash region, the memmap and vmemmap tables,
 * the usemaps, NODE_DATA and the small allocations around it, the unflattened tree and its
 * aliases, the linear-map tables. The QEMU virt boards are the preset's own boots, so every
 * size is the board's, and the comparison is exact where test/verify only checks containment:
 * first as bytes (touching regions merged on both sides), then region by region as the dump
 * prints them, with the node and the flags that keep neighbours apart (6.12+: NUMA init puts
 * what was reserved before it on node 0; 6.16+: allocations are MEMBLOCK_RSRV_KERN and keep
 * the node they asked for, 7.2's NODE_DATA on node 0 beside allocations for any node).
 *
 * @kernel mm/memblock.c memblock_dump_all; arch/arm64/mm/init.c arm64_memblock_init,
 *         bootmem_init (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runOracleCase, type OracleCase } from '../../oracle/run-case.js'
import { numaValidNode } from '../memblock/memblock.js'
import { coalesce, dumpedReserved, dumpedReservedRegions, regionText, type Span } from '../../../test/boot-logs.js'

const root = join(import.meta.dirname, '../../../test/oracle')
const cases = readdirSync(join(root, 'cases'))
  .filter((f) => f.startsWith('arm64-') && f.includes('mbdebug'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'cases', f), 'utf8')) as OracleCase & { run: { log: string } })

/** Sorted spans, touching ones merged, as `base+size` in hex (readable when they differ). */
const merged = (spans: Span[]): string[] => coalesce(spans).map(([b, e]) => `0x${b.toString(16)}+0x${(e - b).toString(16)}`)

describe("arm64: memblock.reserved at bootmem_init()'s dump, at the byte", () => {
  it('has the memblock=debug boots of every series', () => {
    expect(new Set(cases.map((c) => c.input.kernel))).toEqual(new Set(['5.10', '6.1', '6.12', '7.2']))
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const log = gunzipSync(readFileSync(join(root, c.run.log))).toString('utf8')
    const kernel = dumpedReserved(log)
    expect(kernel.length).toBeGreaterThan(5)
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(merged(r.result!.reserved.map((x): Span => [x.base, x.base + x.size]))).toEqual(merged(kernel))
  })
})

describe("arm64: memblock.reserved at bootmem_init()'s dump, region by region", () => {
  // The dump as printed: regions memblock keeps apart because their node or flags differ
  // (6.12+: the regions reserved before NUMA init are put on node 0, later ones have none;
  // 6.16+: allocations are MEMBLOCK_RSRV_KERN and keep the node they asked for).
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const log = gunzipSync(readFileSync(join(root, c.run.log))).toString('utf8')
    const r = runOracleCase(c)
    const model = r.result!.reserved.map((x) => regionText(x.base, x.size, x.nid !== undefined && numaValidNode(x.nid) ? x.nid : undefined, x.flags))
    expect(model).toEqual(dumpedReservedRegions(log))
  })
})

describe('arm64_memblock_init() as the memblock=debug boots show it', () => {
  const reserveLines = (c: OracleCase & { run: { log: string } }) =>
    gunzipSync(readFileSync(join(root, c.run.log)))
      .toString('utf8')
      .split('\n')
      .filter((l) => /memblock_reserve: .* arm64_memblock_init/.test(l))
      .map((l) => /\[(0x[0-9a-f]+)-(0x[0-9a-f]+)\]/.exec(l)!.slice(1).map((x) => BigInt(x)))
  const one = (id: string) => cases.find((c) => c.id === id)!
  it('reserves the initrd in whole pages (QEMU put 0xf13d8 bytes at 0x48000000)', () => {
    for (const id of ['arm64-5.10-plain-4G-ck256M-mbdebug', 'arm64-6.12-plain-4G-ck256M-mbdebug', 'arm64-7.2-plain-4G-ck256M-mbdebug']) {
      expect(reserveLines(one(id))[0]).toEqual([0x48000000n, 0x480f1fffn])
      expect(runOracleCase(one(id)).result!.reserved).toContainEqual(expect.objectContaining({ base: 0x48000000n, size: 0xf2000n }))
    }
  })
  it("6.1 reserves the kernel from _stext, 64K past the Image's start (_text, 0x40200000)", () => {
    const c = one('arm64-6.1-plain-4G-ck256M-mbdebug')
    expect(reserveLines(c)[1]).toEqual([0x40210000n, 0x4220ffffn])
    const reserved = runOracleCase(c).result!.reserved
    expect(reserved.some((x) => x.base <= 0x40200000n && 0x40200000n < x.base + x.size)).toBe(false)
    expect(reserved.some((x) => x.base === 0x40210000n)).toBe(true)
  })
})
