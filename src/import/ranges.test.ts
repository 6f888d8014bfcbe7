// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { covers, intersectSpans, mergeSpans, sameCoverage, subtractSpans, type Span } from './ranges.js'

const s = (base: bigint, end: bigint): Span => ({ base, end })

describe('mergeSpans', () => {
  it.each([
    ['sorts and merges overlapping spans', [s(0x3000n, 0x4000n), s(0x0n, 0x2000n), s(0x1000n, 0x1800n)], true, [s(0x0n, 0x2000n), s(0x3000n, 0x4000n)]],
    ['a span inside another leaves the outer end', [s(0x0n, 0x10000n), s(0x2000n, 0x5000n)], true, [s(0x0n, 0x10000n)]],
    ['merges touching spans when adjacent', [s(0x0n, 0x1000n), s(0x1000n, 0x2000n)], true, [s(0x0n, 0x2000n)]],
    ['keeps touching spans apart otherwise', [s(0x0n, 0x1000n), s(0x1000n, 0x2000n)], false, [s(0x0n, 0x1000n), s(0x1000n, 0x2000n)]],
    // memblock_add_range(): a region of size 0 is no region.
    ['drops empty spans', [s(0x0n, 0x1000n), s(0x5000n, 0x5000n)], true, [s(0x0n, 0x1000n)]],
  ] as Array<[string, Span[], boolean, Span[]]>)('%s', (_name, input, adjacent, expected) => {
    expect(mergeSpans(input, adjacent)).toEqual(expected)
  })
})

describe('subtractSpans / intersectSpans / covers / sameCoverage', () => {
  it('subtracts from overlapping, unsorted input and returns it merged', () => {
    expect(subtractSpans([s(0x5000n, 0xf000n), s(0x0n, 0xa000n)], [s(0x2000n, 0x3000n)])).toEqual([s(0x0n, 0x2000n), s(0x3000n, 0xf000n)])
  })

  it('intersects', () => {
    expect(intersectSpans([s(0x0n, 0x4000n), s(0x8000n, 0xc000n)], [s(0x2000n, 0x9000n)])).toEqual([s(0x2000n, 0x4000n), s(0x8000n, 0x9000n)])
  })

  it('covers only what lies inside the union', () => {
    expect(covers([s(0x0n, 0x1000n), s(0x1000n, 0x2000n)], s(0x800n, 0x1800n))).toBe(true)
    expect(covers([s(0x0n, 0x1000n)], s(0x800n, 0x1800n))).toBe(false)
  })

  it('compares coverage, not lists', () => {
    expect(sameCoverage([s(0x0n, 0x1000n), s(0x1000n, 0x2000n)], [s(0x0n, 0x2000n)])).toBe(true)
    expect(sameCoverage([s(0x0n, 0x1000n)], [s(0x0n, 0x1000n), s(0x3000n, 0x4000n)])).toBe(false)
  })
})
