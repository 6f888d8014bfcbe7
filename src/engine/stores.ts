// SPDX-License-Identifier: GPL-2.0-only
/**
 * The bounded stores through which the engine shares results between layouts (boot
 * prefixes, arm64 map_mem() results and linear-map flags; docs/engine.md "Speed").
 *
 * Entries are found by a 32-bit hash of their input (value-key.ts valueHash() or a cheaper
 * one of the same fields); a caller decides with its own `match` whether an entry's input is
 * really its own, so a collision never hands out a wrong result. A store starts over when
 * full: its entries are cheap to compute again, and a clear costs nothing per entry.
 */

/** Entries by hash, at most `max` of them. */
export class HashedStore<E> {
  readonly #buckets = new Map<number, E[]>()
  #count = 0

  constructor(readonly max: number) {}

  /** The entry under `hash` that `match` accepts, if any. */
  find(hash: number, match: (e: E) => boolean): E | undefined {
    const bucket = this.#buckets.get(hash)
    if (bucket === undefined) return undefined
    for (const e of bucket) if (match(e)) return e
    return undefined
  }

  add(hash: number, e: E): void {
    if (this.#count >= this.max) this.clear()
    const bucket = this.#buckets.get(hash)
    if (bucket) bucket.push(e)
    else this.#buckets.set(hash, [e])
    this.#count++
  }

  clear(): void {
    this.#buckets.clear()
    this.#count = 0
  }
}

/**
 * The hashes seen once, in a fixed table of `size` slots (a power of two): a store keeps an
 * entry only from the second time its input comes, so layouts that are all different never
 * pay for storing what nothing will read. A hash has one slot and a later hash for the same
 * slot takes it, so the table never fills; numbers, not keys, so it keeps nothing alive for
 * the collector. Neither a collision (an entry stored one sighting early) nor an eviction
 * (stored later, or never for two inputs that keep alternating in one slot) changes a
 * result. A typed array, not a Set: one load and compare per call instead of a hash-table
 * probe (about 5 ns against 60 ns).
 */
export class SeenOnce {
  readonly #keys: Int32Array
  readonly #used: Uint8Array
  readonly #mask: number

  constructor(readonly size: number) {
    if (!(size > 0 && (size & (size - 1)) === 0)) throw new RangeError(`SeenOnce: size ${size} is not a power of two`)
    this.#keys = new Int32Array(size)
    this.#used = new Uint8Array(size)
    this.#mask = size - 1
  }

  /** Whether `hash` (a 32-bit integer) was seen before in its slot; remembers it if not. */
  again(hash: number): boolean {
    // The slot mixes bits 15-31 into the low bits (the hashes are FNV-1a, whose low bits
    // alone are weaker).
    const i = (hash ^ (hash >>> 15)) & this.#mask
    if (this.#used[i] === 1 && this.#keys[i] === hash) return true
    this.#keys[i] = hash
    this.#used[i] = 1
    return false
  }

  clear(): void {
    this.#used.fill(0)
  }
}
