// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { locate, pathToPointer, pointerToPath } from './locate.js'
import { parseDocument } from './parse.js'

const TEXT = '{\n  "boards": [\n    { "id": "a/b", "memory": [{ "base": "0x0" }] },\n    { "x~y": 1, "7": true }\n  ]\n}\n'
const doc = parseDocument(TEXT)

describe('locate', () => {
  it('points at the exact value of a pointer', () => {
    expect(locate(doc, 'm.json', '/boards/0/memory/0/base')).toEqual({ file: 'm.json', line: 3, column: 41, endLine: 3, endColumn: 46, offset: 56, length: 5 })
  })

  it('points at the key when asked', () => {
    const loc = locate(doc, 'm.json', '/boards/0/memory/0/base', 'key')
    expect([loc.line, loc.column, loc.length]).toEqual([3, 33, 6])
  })

  it('unescapes ~0 and ~1 and treats numeric keys of objects as keys', () => {
    expect(locate(doc, 'm.json', '/boards/1/x~0y').column).toBe(14)
    expect(locate(doc, 'm.json', '/boards/1/7').column).toBe(22)
  })

  it('falls back to the nearest existing ancestor for a missing value', () => {
    const loc = locate(doc, 'm.json', '/boards/0/image/base')
    expect([loc.line, loc.column]).toEqual([3, 5])
  })

  it('round-trips pointers with special characters', () => {
    expect(pointerToPath(pathToPointer(['a/b', 'c~d', 3]))).toEqual(['a/b', 'c~d', '3'])
    expect(pathToPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d')
  })
})
