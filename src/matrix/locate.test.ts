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

  it('points at the last of repeated keys, whose value is the one read (as JSON.parse)', () => {
    const twice = parseDocument('{"a": 1,\n "a": 2}')
    expect([locate(twice, 'm.json', '/a').line, locate(twice, 'm.json', '/a', 'key').column]).toEqual([2, 2])
  })

  it('a value at the start of a line is on that line, column 1', () => {
    const lines = parseDocument('[\n1,\n2]')
    expect(locate(lines, 'm.json', '/1')).toMatchObject({ line: 3, column: 1, endLine: 3, endColumn: 2 })
  })

  it('a key target on an array item, which has no key, points at the item', () => {
    expect(locate(doc, 'm.json', '/boards/1', 'key')).toMatchObject({ line: 4, column: 5 })
  })

  it('round-trips pointers with special characters', () => {
    expect(pointerToPath(pathToPointer(['a/b', 'c~d', 3]))).toEqual(['a/b', 'c~d', '3'])
    expect(pathToPointer(['a/b', 'c~d'])).toBe('/a~1b/c~0d')
    // RFC 6901 §4: ~1 is decoded before ~0, so "~01" is the key "~1", not "/".
    expect(pointerToPath('/~01')).toEqual(['~1'])
  })
})
