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
export declare class HashedStore<E> {
    #private;
    readonly max: number;
    constructor(max: number);
    /** The entry under `hash` that `match` accepts, if any. */
    find(hash: number, match: (e: E) => boolean): E | undefined;
    add(hash: number, e: E): void;
    clear(): void;
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
export declare class SeenOnce {
    #private;
    readonly size: number;
    constructor(size: number);
    /** Whether `hash` (a 32-bit integer) was seen before in its slot; remembers it if not. */
    again(hash: number): boolean;
    clear(): void;
}
