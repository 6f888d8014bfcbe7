// SPDX-License-Identifier: GPL-2.0-only
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
export function valueEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!valueEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const x = a as Record<string, unknown>
  const y = b as Record<string, unknown>
  // Every defined field of x equal in y, and y with as many defined fields: then y has no
  // other (one pass over y's values instead of a lookup in x per field).
  let defined = 0
  for (const k in x) {
    const v = x[k]
    if (v === undefined) continue
    if (!valueEqual(v, y[k])) return false
    defined++
  }
  for (const k in y) if (y[k] !== undefined) defined--
  return defined === 0
}

/**
 * Engine helper (no kernel counterpart): deep copy for the result stores.
 * A deep copy of a plain value (arrays and plain objects copied, primitives shared).
 */
export function valueCopy<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v
  if (Array.isArray(v)) return v.map(valueCopy) as T
  const out: Record<string, unknown> = {}
  for (const k in v) out[k] = valueCopy((v as Record<string, unknown>)[k])
  return out as T
}

/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the UTF-16 units of `s`, from hash `h`.
 */
export function mixString(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}

/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the two 32-bit halves of a number, from hash `h`.
 */
export function mixNumber(h: number, x: number): number {
  h = Math.imul(h ^ (x | 0), 0x01000193)
  return Math.imul(h ^ ((x / 0x100000000) | 0), 0x01000193)
}

/** A bigint's low 64 bits as two 32-bit halves: a typed-array store and two loads (Number() of a bigint costs about 16 ns). */
const BIGINT_BITS = new BigUint64Array(1)
const BIGINT_HALVES = new Uint32Array(BIGINT_BITS.buffer)

/**
 * Engine helper (no kernel counterpart): FNV-1a hashing step for the result stores.
 * FNV-1a steps over the low and high 32-bit halves of a bigint's low 64 bits (its two's
 * complement, for a negative one), from hash `h`: exact for every address and size, where
 * Number() would round above 2^53 (a hash of a value is all a store needs from it).
 */
export function mixBigint(h: number, x: bigint): number {
  BIGINT_BITS[0] = x
  h = Math.imul(h ^ BIGINT_HALVES[0]!, 0x01000193)
  return Math.imul(h ^ BIGINT_HALVES[1]!, 0x01000193)
}

/** The FNV-1a offset basis: the hash of nothing. */
export const HASH_SEED = 0x811c9dc5

/**
 * Engine helper (no kernel counterpart): value hash for the result stores.
 * A 32-bit hash of a plain value: equal for deeply equal values whose objects list their
 * keys in the same order (a different order only gives a different hash). Different values
 * may collide, so a hash finds candidates and valueEqual() decides. It builds no string, and
 * a bigint enters through Number(), which allocates nothing (a
 * rounded double is still a hash of the value).
 */
export function valueHash(v: unknown, h = HASH_SEED): number {
  switch (typeof v) {
    case 'bigint':
      return mixNumber(Math.imul(h ^ 0x62, 0x01000193), Number(v))
    case 'number':
      return mixNumber(Math.imul(h ^ 0x6e, 0x01000193), v)
    case 'boolean':
      return Math.imul(h ^ (v ? 0x74 : 0x66), 0x01000193)
    case 'string':
      return mixNumber(mixString(Math.imul(h ^ 0x73, 0x01000193), v), v.length)
    case 'undefined':
      return Math.imul(h ^ 0x75, 0x01000193)
    case 'object': {
      if (v === null) return Math.imul(h ^ 0x30, 0x01000193)
      if (Array.isArray(v)) {
        h = mixNumber(Math.imul(h ^ 0x5b, 0x01000193), v.length)
        for (let i = 0; i < v.length; i++) h = valueHash(v[i], h)
        return h
      }
      h = Math.imul(h ^ 0x7b, 0x01000193)
      const o = v as Record<string, unknown>
      for (const k in o) {
        const x = o[k]
        if (x !== undefined) h = valueHash(x, h)
      }
      return Math.imul(h ^ 0x7d, 0x01000193)
    }
    default:
      throw new TypeError(`valueHash: cannot hash a ${typeof v}`)
  }
}
