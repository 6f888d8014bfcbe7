// SPDX-License-Identifier: GPL-2.0-only
/**
 * riscv64 boot to the crash reservation against the oracle's memblock=debug boots, region by
 * region: misc_mem_init()'s dump after the crash reservation prints memblock.reserved, and
 * the model's list must be it, node and flags included (arch_numa_init() on numa_memblks puts
 * what was reserved before it on node 0; 7.x allocations are MEMBLOCK_RSRV_KERN, NODE_DATA on
 * node 0, the crash and CMA regions on none).
 *
 * @kernel mm/memblock.c memblock_dump_all; mm/numa_memblks.c; arch/riscv/mm/init.c
 *         misc_mem_init (v6.12.117, v7.2.13)
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runOracleCase, type OracleCase } from '../../oracle/run-case.js'
import { numaValidNode } from '../memblock/memblock.js'
import { dumpedReservedRegions, regionText } from '../../../test/boot-logs.js'

const root = join(import.meta.dirname, '../../../test/oracle')
const cases = readdirSync(join(root, 'cases'))
  .filter((f) => f.startsWith('riscv64-') && f.includes('mbdebug'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, 'cases', f), 'utf8')) as OracleCase & { run: { log: string } })

describe("riscv64: memblock.reserved at misc_mem_init()'s dump, region by region", () => {
  it('has the memblock=debug boots of 6.12 and 7.2', () => {
    expect(new Set(cases.map((c) => c.input.kernel))).toEqual(new Set(['6.12', '7.2']))
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const log = gunzipSync(readFileSync(join(root, c.run.log))).toString('utf8')
    const kernel = dumpedReservedRegions(log)
    expect(kernel.length).toBeGreaterThan(5)
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(r.result!.reserved.map((x) => regionText(x.base, x.size, x.nid !== undefined && numaValidNode(x.nid) ? x.nid : undefined, x.flags))).toEqual(kernel)
  })
})
