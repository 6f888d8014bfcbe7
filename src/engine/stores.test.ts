// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { HashedStore, SeenOnce } from './stores.js'

describe('HashedStore', () => {
  it('finds only what the caller matches under a hash, and starts over when full', () => {
    const s = new HashedStore<{ input: string; result: number }>(3)
    s.add(7, { input: 'a', result: 1 })
    s.add(7, { input: 'b', result: 2 }) // a collision: same hash, other input
    expect(s.find(7, (e) => e.input === 'b')?.result).toBe(2)
    expect(s.find(7, (e) => e.input === 'a')?.result).toBe(1) // the collision kept both
    expect(s.find(7, (e) => e.input === 'c')).toBeUndefined()
    expect(s.find(8, () => true)).toBeUndefined()
    s.add(9, { input: 'c', result: 3 })
    s.add(10, { input: 'd', result: 4 }) // the fourth: the store starts over first
    expect(s.find(7, () => true)).toBeUndefined()
    expect(s.find(10, (e) => e.input === 'd')?.result).toBe(4)
    s.clear()
    expect(s.find(10, () => true)).toBeUndefined()
    // After a clear the store holds `max` entries again before it starts over.
    s.add(1, { input: 'e', result: 5 })
    s.add(2, { input: 'f', result: 6 })
    s.add(3, { input: 'g', result: 7 })
    expect([1, 2, 3].map((h) => s.find(h, () => true)?.result)).toEqual([5, 6, 7])
  })
})

describe('SeenOnce', () => {
  it('says whether a hash came before in its slot; a later hash for the slot takes it', () => {
    const s = new SeenOnce(4)
    expect(s.again(1)).toBe(false)
    expect(s.again(1)).toBe(true)
    expect(s.again(2)).toBe(false)
    expect(s.again(1)).toBe(true)
    // 5 and 1 share slot 1 of 4: 5 takes it, so 1 is new again (and then takes it back).
    expect(s.again(5)).toBe(false)
    expect(s.again(5)).toBe(true)
    expect(s.again(1)).toBe(false)
    expect(s.again(2)).toBe(true)
    // Hashes are 32-bit integers: negative ones and 0 are remembered like any other.
    expect(s.again(-7)).toBe(false)
    expect(s.again(-7)).toBe(true)
    expect(s.again(0)).toBe(false)
    expect(s.again(0)).toBe(true)
    s.clear()
    expect(s.again(2)).toBe(false)
    expect(s.again(0)).toBe(false)
  })

  it('takes only a power-of-two size', () => {
    expect(() => new SeenOnce(3)).toThrow(RangeError)
    expect(() => new SeenOnce(0)).toThrow(RangeError)
  })
})
