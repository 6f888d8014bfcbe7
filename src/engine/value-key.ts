// SPDX-License-Identifier: GPL-2.0-only
/**
 * valueKey(): a string that is equal for two plain values exactly when they are deeply
 * equal, used to memoise pure engine functions on their input. It walks the value itself
 * rather than calling JSON.stringify with a replacer, which costs a function call per key
 * and was the engine's most expensive line (benchmarks.md).
 *
 * Handles what engine inputs hold: bigint, number, string, boolean, undefined, null,
 * arrays and plain objects (keys in insertion order, undefined fields skipped as
 * JSON.stringify skips them). Strings are JSON-quoted so no two values share a key.
 */
export function valueKey(v: unknown): string {
  switch (typeof v) {
    case 'bigint':
      return v.toString(16) + 'n'
    case 'number':
    case 'boolean':
      return String(v)
    case 'string':
      return JSON.stringify(v)
    case 'undefined':
      return 'u'
    case 'object': {
      if (v === null) return 'null'
      if (Array.isArray(v)) {
        let s = '['
        for (let i = 0; i < v.length; i++) s += (i ? ',' : '') + valueKey(v[i])
        return s + ']'
      }
      let s = '{'
      const o = v as Record<string, unknown>
      for (const k in o) {
        const x = o[k]
        if (x === undefined) continue
        s += k + ':' + valueKey(x) + ','
      }
      return s + '}'
    }
    default:
      throw new TypeError(`valueKey: cannot key a ${typeof v}`)
  }
}

/** Deep equality of the plain values valueKey() handles (undefined fields count as absent). */
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
  for (const k in x) if (!valueEqual(x[k], y[k])) return false
  for (const k in y) if (x[k] === undefined && y[k] !== undefined) return false
  return true
}

/** A deep copy of a plain value (arrays and plain objects copied, primitives shared). */
export function valueCopy<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v
  if (Array.isArray(v)) return v.map(valueCopy) as T
  const out: Record<string, unknown> = {}
  for (const k in v) out[k] = valueCopy((v as Record<string, unknown>)[k])
  return out as T
}
