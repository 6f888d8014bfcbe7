// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine's default CMA area against the kernel's own code, compiled:
 * test/fixtures/kernel-resmem.json.gz holds what scripts/kernel-resmem/harness.c printed for
 * each case, from early_cma() and dma_contiguous_reserve() (kernel/dma/contiguous.c) and
 * cma_declare_contiguous_nid() (mm/cma.c) of the 5.10, 6.1, 6.12 and 7.2 sources over each
 * tree's mm/memblock.c (scripts/kernel-resmem-fixture.sh; CI needs neither gcc nor the
 * sources). Each case is replayed here on the engine of the same generation (the arm64
 * policy of that release, 4K pages): the memory map and reservations through the engine's
 * memblock, cmaFromCmdline() on the case's cma= arguments, dmaContiguousReserve() with its
 * CONFIG_CMA_SIZE_MBYTES size and limit; every line printed, the area, and the memory and
 * reserved arrays after must match exactly.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { cmaFromCmdline, cmaRules, dmaContiguousReserve } from '../../src/engine/cma.js'
import * as E from '../../src/engine/memblock/memblock.js'
import { policyFor } from '../../src/engine/policies/index.js'
import { Trace } from '../../src/engine/trace.js'

interface Fixture {
  versions: Array<{ gen: string; kernel: string }>
  cases: Array<{ input: string; out: Record<string, string[] | string> }>
}

const fixture = JSON.parse(
  gunzipSync(readFileSync(process.env.KERNEL_RESMEM_FIXTURE ?? join(import.meta.dirname, '..', 'fixtures', 'kernel-resmem.json.gz'))).toString('utf8'),
) as Fixture

const hex = (v: bigint): string => v.toString(16)
const num = (w: string | undefined): bigint => BigInt(`0x${w ?? '0'}`)
/** A region array as ../../scripts/kernel-memblock/harness.c prints it. */
const show = (rs: readonly E.MemblockRegion[]): string => rs.map((r) => `${hex(r.base)},${hex(r.size)},${r.flags.toString(16)},${r.nid}`).join(' ')

function kernelLines(c: Fixture['cases'][number], gen: string): string[] {
  let out = c.out[gen]!
  while (typeof out === 'string') out = c.out[out]!
  return out
}

/** Runs one case on the engine of `kernel`, printing what harness.c prints. */
function engineLines(input: string, kernel: string): string[] {
  const [ops, cma, config, limit] = input.split('|') as [string, string, string, string]
  const policy = policyFor('arm64', kernel)!
  const pol = policy.arm64!
  const [page, ...steps] = ops.split(';')
  const pageSize = num(page)
  const mb = E.memblockCreate(pageSize, pol.memblockRsrvKern)
  for (const s of steps) {
    const [op, a, b] = s.split(' ')
    if (op === 'add') E.memblockAdd(mb, num(a), num(b))
    else if (op === 'reserve') E.memblockReserve(mb, num(a), num(b))
    else if (op === 'bottom_up') mb.bottomUp = a === '1'
    else throw new Error(`operation ${op} not replayed`)
  }
  const rules = cmaRules(pol, pol.cmaMinAlign(pageSize, pol.pageblockOrder(pageSize, {})))
  const cmdline = cma === '-' ? '' : cma.split(' ').map((a) => `cma=${a}`).join(' ')
  const trace = new Trace()
  const area = dmaContiguousReserve(mb, cmaFromCmdline(cmdline, policy), num(config), num(limit), rules, trace)
  return [
    ...trace.events.map((e) => `log ${e.level} ${e.text}`),
    area ? `area ${hex(area.base)} ${hex(area.size)}` : 'area -',
    `mem ${show(mb.memory.regions)};${show(mb.reserved.regions)}`,
  ]
}

describe('default CMA area: engine against the kernel\'s own contiguous.c and cma.c (test/fixtures/kernel-resmem.json.gz)', () => {
  it('holds the four generations, areas placed and refused, fixed and not', () => {
    expect(fixture.versions.map((v) => v.gen)).toEqual(['5.10', '6.1', '6.12', '7.2'])
    if (process.env.KERNEL_RESMEM_FIXTURE) return
    expect(fixture.cases.length).toBe(1500)
    const all = fixture.cases.map((c) => kernelLines(c, '6.12').join('\n'))
    expect(all.filter((l) => /^area [0-9a-f]/m.test(l)).length).toBeGreaterThan(300)
    expect(all.filter((l) => /Failed to reserve/.test(l)).length).toBeGreaterThan(200)
    for (const why of ['must be aligned', 'exceeds limit', 'low/high memory boundary']) expect(all.some((l) => l.includes(why)), why).toBe(true)
  })
  for (const { gen, kernel } of fixture.versions) {
    it(`${gen} (${kernel}): every case's lines, area and memblock arrays`, () => {
      const bad: string[] = []
      fixture.cases.forEach((c, i) => {
        const want = kernelLines(c, gen)
        const got = engineLines(c.input, kernel)
        if (got.join('\n') !== want.join('\n')) bad.push(`case ${i}: ${c.input}\n  kernel:\n    ${want.join('\n    ')}\n  engine:\n    ${got.join('\n    ')}`)
      })
      expect(bad.slice(0, 3).join('\n'), `${bad.length} of ${fixture.cases.length} differ`).toBe('')
    })
  }
})
