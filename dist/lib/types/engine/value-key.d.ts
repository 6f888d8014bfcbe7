/**
 * Equality, copies and hashes of plain engine values (bigint, number, string, boolean,
 * undefined, null, arrays and plain objects), for the stores that share results between
 * layouts (boot-prefix.ts, arm64 map_mem() and linear-map flags): a store finds candidates
 * by valueHash() and takes one only if valueEqual() says its input is the same, against a
 * valueCopy() it made, so a caller changing its object afterwards changes nothing.
 */
/**
 * Engine helper (no kernel counterpart): deep equality for the result stores.
 * Deep equality of plain values (undefined fields count as absent).
 */
export declare function valueEqual(a: unknown, b: unknown): boolean;
/**
 * Engine helper (no kernel counterpart): deep copy for the result stores.
 * A deep copy of a plain value (arrays and plain objects copied, primitives shared).
 */
export declare function valueCopy<T>(v: T): T;
/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the UTF-16 units of `s`, from hash `h`.
 */
export declare function mixString(h: number, s: string): number;
/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the two 32-bit halves of a number, from hash `h`.
 */
export declare function mixNumber(h: number, x: number): number;
/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the low and high 32-bit halves of a bigint's low 64 bits (its two's
 * complement, for a negative one), from hash `h`: exact for every address and size, where
 * Number() would round above 2^53 (a hash of a value is all a store needs from it).
 */
export declare function mixBigint(h: number, x: bigint): number;
/** The FNV-1a offset basis: the hash of nothing. */
export declare const HASH_SEED = 2166136261;
/**
 * Engine helper (no kernel counterpart): value hash for the result stores.
 * A 32-bit hash of a plain value: equal for deeply equal values whose objects list their
 * keys in the same order (a different order only gives a different hash). Different values
 * may collide, so a hash finds candidates and valueEqual() decides. It builds no string, and
 * a bigint enters through Number(), which allocates nothing (a
 * rounded double is still a hash of the value).
 */
export declare function valueHash(v: unknown, h?: number): number;
