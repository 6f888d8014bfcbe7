// SPDX-License-Identifier: GPL-2.0-only
/**
 * Debian's 16K-page arm64 kernels (6.12.117 and 7.2.13, flavour arm64-16k), booted under
 * QEMU by scripts/boots/arm64-16k.sh: the shared oracle has 4K kernels only. boots.test.ts
 * has `verify` agree on each; here, the board rebuilt from each log says 16K (read from the
 * hash-table lines), and in the memblock dump that follows the crash reservation, every
 * page-aligned reservation above the boot loader's images lies inside one of the model's
 * reservations, and the other way round.
 * (Inside, not equal to: the unflattened DT's size comes from the kernel profile, not from
 * this QEMU's DTB, and decides whether the last page tables merge with it.)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { simulate } from '../../src/engine/index.js'
import { bootLogToBoard } from '../../src/import/bootlog.js'
import { boardToLayouts } from '../../src/oracle/decode-board.js'

const dir = join(import.meta.dirname, '../boots/arm64-16k')
const logs = readdirSync(dir).filter((f) => f.endsWith('.log.gz')).sort()
const read = (f: string): string => gunzipSync(readFileSync(join(dir, f))).toString('utf8')

const SZ_16K = 0x4000n
/** Above QEMU's Image, initrd and DTB (0x40200000 … 0x48300000), which the log's board places by itself. */
const ABOVE_IMAGES = 0x50000000n

/** [base, end) of the reserved regions in the first `MEMBLOCK configuration:` dump. */
function dumpedReserved(log: string): Array<[bigint, bigint]> {
  const lines = log.split('\n')
  const start = lines.findIndex((l) => l.includes('MEMBLOCK configuration:'))
  if (start < 0) return []
  const out: Array<[bigint, bigint]> = []
  for (const l of lines.slice(start + 1)) {
    const m = /reserved\[0x[0-9a-f]+\]\s+\[(0x[0-9a-f]+)-(0x[0-9a-f]+)\]/.exec(l)
    if (m) out.push([BigInt(m[1]!), BigInt(m[2]!) + 1n])
    else if (out.length > 0 && !/reserved\.cnt|memory/.test(l)) break
  }
  return out
}

const pageAlignedAbove = (regions: Array<[bigint, bigint]>): Array<[bigint, bigint]> =>
  regions.filter(([b, e]) => b >= ABOVE_IMAGES && b % SZ_16K === 0n && e % SZ_16K === 0n)

/** The regions of `inner` (as hex) that no region of `outer` contains. */
const uncovered = (inner: Array<[bigint, bigint]>, outer: Array<[bigint, bigint]>): string[] =>
  inner.filter(([b, e]) => !outer.some(([ob, oe]) => ob <= b && e <= oe)).map(([b, e]) => `${b.toString(16)}-${e.toString(16)}`)

describe('Debian arm64-16k boots', () => {
  it('has the logs', () => expect(logs.length).toBeGreaterThanOrEqual(20))


  it.each(logs)('%s: the board has 16K pages', (f) => {
    expect(bootLogToBoard(read(f)).board.pageSize).toBe('16K')
  })

  it.each(logs)('%s: the page-aligned reservations after the crash reservation', (f) => {
    const log = read(f)
    const kernel = dumpedReserved(log)
    expect(kernel.length).toBeGreaterThan(0)
    const layout = boardToLayouts(bootLogToBoard(log).board)[0]!
    const model = simulate(layout).reserved.map((r): [bigint, bigint] => [r.base, r.base + r.size])
    expect(uncovered(pageAlignedAbove(kernel), model)).toEqual([])
    expect(uncovered(pageAlignedAbove(model), kernel)).toEqual([])
  })
})
