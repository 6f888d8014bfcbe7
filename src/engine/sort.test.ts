// SPDX-License-Identifier: GPL-2.0-only
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { sort, sortDoublePop } from './sort.js'

interface Rec { base: bigint; size: bigint; index: number }
const rmemCmp = (a: Rec, b: Rec): number => (a.base !== b.base ? (a.base < b.base ? -1 : 1) : a.size !== b.size ? (a.size < b.size ? -1 : 1) : 0)
const fixture = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'kernel-sort.json'), 'utf8')) as {
  cases: Array<{ records: Array<[string, string]>; sorted: number[]; sortedDoublePop: number[] }>
}

describe('sort(): the kernel\'s unstable heapsort', () => {
  it('leaves records in the order lib/sort.c leaves them (400 cases from the kernel\'s own code)', () => {
    expect(fixture.cases.length).toBe(400)
    for (const c of fixture.cases) {
      const recs: Rec[] = c.records.map(([b, s], index) => ({ base: BigInt('0x' + b), size: BigInt('0x' + s), index }))
      sort(recs, rmemCmp)
      expect(recs.map((r) => r.index)).toEqual(c.sorted)
    }
  })
  it('6.12 / 7.2: sortDoublePop() leaves them as that lib/sort.c does (the same 400 cases; 279 differ from 5.10 / 6.1)', () => {
    let differ = 0
    for (const c of fixture.cases) {
      const recs: Rec[] = c.records.map(([b, s], index) => ({ base: BigInt('0x' + b), size: BigInt('0x' + s), index }))
      sortDoublePop(recs, rmemCmp)
      expect(recs.map((r) => r.index)).toEqual(c.sortedDoublePop)
      if (c.sortedDoublePop.join() !== c.sorted.join()) differ++
    }
    expect(differ).toBe(279)
  })
  it('sortDoublePop() sorts distinct keys ascending, at every length up to 40', () => {
    for (let n = 0; n <= 40; n++) {
      const xs = Array.from({ length: n }, (_, i) => (i * 7919) % n)
      sortDoublePop(xs, (a, b) => a - b)
      expect(xs).toEqual(Array.from({ length: n }, (_, i) => i))
    }
  })
  it('two equal records come out swapped; three as 1 2 0', () => {
    const two = [0, 1]
    sort(two, () => 0)
    expect(two).toEqual([1, 0])
    const three = [0, 1, 2]
    sort(three, () => 0)
    expect(three).toEqual([1, 2, 0])
  })
  it('sorts distinct keys ascending', () => {
    const xs = [5, 3, 9, 1, 7, 2, 8, 0, 6, 4]
    sort(xs, (a, b) => a - b)
    expect(xs).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })
})
