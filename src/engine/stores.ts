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
 * The hashes seen once, at most `max` of them: a store keeps an entry only from the second
 * time its input comes, so layouts that are all different never pay for storing what
 * nothing will read. Numbers, not keys, so remembering thousands keeps next to nothing
 * alive for the collector; a collision only stores an entry one sighting early.
 */
export class SeenOnce {
  readonly #seen = new Set<number>()

  constructor(readonly max: number) {}

  /** Whether `hash` was seen before; remembers it if not. */
  again(hash: number): boolean {
    if (this.#seen.has(hash)) return true
    if (this.#seen.size >= this.max) this.#seen.clear()
    this.#seen.add(hash)
    return false
  }

  clear(): void {
    this.#seen.clear()
  }
}
