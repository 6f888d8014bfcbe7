// SPDX-License-Identifier: GPL-2.0-only
/** RFC 6901 JSON Pointers on plain JSON values: read, and write (replace or add). */
import type { JsonPointer } from '../report/types.js'

/** `/boards/0/kernels/1` → ['boards', '0', 'kernels', '1'] (with ~1 → / and ~0 → ~). */
export function pointerSegments(pointer: JsonPointer): string[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
}

/** RFC 6901 §4: an array index is `0` or digits without a leading zero. */
export const ARRAY_INDEX = /^(?:0|[1-9]\d*)$/

/** The value at `pointer` (own members and array elements only), or undefined. */
export function valueAt(root: unknown, pointer: JsonPointer): unknown {
  let cur: unknown = root
  for (const seg of pointerSegments(pointer)) {
    if (cur === null || typeof cur !== 'object') return undefined
    if (Array.isArray(cur) ? !ARRAY_INDEX.test(seg) : !Object.hasOwn(cur, seg)) return undefined
    cur = (cur as Record<string, unknown>)[seg]
  }
  return cur
}

/**
 * Sets the value at `pointer` in place (replacing it, or adding an object member); false when
 * the parent does not exist.
 */
export function setValueAt(root: unknown, pointer: JsonPointer, value: unknown): boolean {
  const segs = pointerSegments(pointer)
  const last = segs.pop()
  if (last === undefined) return false
  const parent = valueAt(root, segs.length === 0 ? '' : `/${segs.map((s) => s.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`)
  if (parent === null || typeof parent !== 'object') return false
  if (Array.isArray(parent)) {
    if (!ARRAY_INDEX.test(last)) return false
    const i = Number(last)
    if (i >= parent.length) return false
    parent[i] = value
    return true
  }
  ;(parent as Record<string, unknown>)[last] = value
  return true
}
