// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { offsetToLineColumn } from './locate.js'
import { parseDocument } from './parse.js'

describe('parseDocument', () => {
  it('accepts comments and trailing commas (JSONC)', () => {
    const doc = parseDocument('// c\n{ "a": [1, 2,], /* x */ "b": "y", }')
    expect(doc.problems).toEqual([])
    expect(doc.value).toEqual({ a: [1, 2], b: 'y' })
  })

  it('reports each syntax error with its offset', () => {
    const doc = parseDocument('{"version": 1,, "x": }')
    expect(doc.problems.map((p) => [p.data.error, p.offset])).toEqual([
      ['property name expected', 14],
      ['value expected', 21],
    ])
  })

  it('reports repeated keys at the second key, keeping the last value', () => {
    const doc = parseDocument('{"id": "a",\n "id": "b"}')
    expect(doc.problems).toEqual([{ messageId: 'duplicateKey', data: { key: 'id' }, offset: 13, length: 4, pointer: '/id' }])
    expect(doc.value).toEqual({ id: 'b' })
  })

  it('finds repeated keys at any depth, inside arrays too', () => {
    const doc = parseDocument('{"boards": [{"id": "a", "id": "b"}]}')
    expect(doc.problems).toEqual([{ messageId: 'duplicateKey', data: { key: 'id' }, offset: 24, length: 4, pointer: '/boards/0/id' }])
    // The pointer names the member (RFC 6901 escapes), so the problem belongs to its board.
    const deep = parseDocument('{"boards": [{}, {"id": "b", "severity": {"a/b~c": "off", "a/b~c": "error"}}]}')
    expect(deep.problems.map((p) => p.pointer)).toEqual(['/boards/1/severity/a~1b~0c'])
  })

  it('treats an empty file as a syntax error', () => {
    expect(parseDocument('  ').problems.map((p) => p.data.error)).toEqual(['value expected'])
  })

  it('counts lines after LF, CRLF and CR', () => {
    const doc = parseDocument('{\r\n"a":\r1,\n"b": 2}')
    expect(doc.lineStarts).toEqual([0, 3, 8, 11])
    expect(offsetToLineColumn(doc, 9)).toEqual({ line: 3, column: 2 })
  })
})
