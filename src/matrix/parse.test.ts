// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { offsetToLineColumn } from './locate.js'
import { LIMITS } from '../limits.js'
import { jsonValuePosition, parseDocument, parseJsonFile, strictJsonError } from './parse.js'

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

  it('names a property name without quotes and a single-quoted string, and drops the errors of the recovery after them', () => {
    const bare = parseDocument('{\n  "version": 1,\n  boards: [\n    { id: "a" }\n  ]\n}\n')
    expect(bare.problems.map((p) => [p.data.error, p.offset])).toEqual([
      ['property name boards needs double quotes: "boards"', 20],
      ['property name id needs double quotes: "id"', 36],
    ])
    const single = parseDocument(`{ "version": 1, "boards": [ { 'id': "a" } ] }`)
    expect(single.problems.map((p) => p.data.error)).toEqual(['strings and property names take double quotes, not single quotes'])
    // An invalid symbol that is neither keeps the parser's words, and a later line's own error stays.
    const other = parseDocument('{\n  "version": 1,\n  boards: [],\n  "x": 1 "y": 2\n}')
    expect(other.problems.map((p) => p.data.error)).toEqual(['property name boards needs double quotes: "boards"', 'comma expected'])
    expect(parseDocument('{"version": #}').problems.map((p) => p.data.error)).toContain('invalid symbol')
    // A # comment on a line of its own: one problem that says how to comment, not one per word.
    expect(parseDocument('{\n  # my boards\n  "version": 1,\n  "boards": []\n}\n').problems.map((p) => [p.data.error, p.offset])).toEqual([['comments start with // (or are /* … */), not #', 4]])
    // Only where a property name goes: not inside `1abc`, not in a value.
    expect(parseDocument('{ 1abc: 1 }').problems.map((p) => p.data.error).join()).not.toContain('needs double quotes')
    expect(parseDocument('{ "a": x:1 }').problems.map((p) => p.data.error).join()).not.toContain('needs double quotes')
    // true, false and null scan as values, so the parser says "property name expected" there; the hint applies all the same.
    const keyword = parseDocument('{\n  "version": 1,\n  "boards": [{ "id": "a", true: 1, "ramSize": "4G" }]\n}\n')
    expect(keyword.problems.map((p) => [p.data.error, p.offset])).toEqual([['property name true needs double quotes: "true"', 44]])
    expect(parseDocument('{ "version": 1, null : 2 }').problems.map((p) => p.data.error)).toEqual(['property name null needs double quotes: "null"'])
    expect(parseDocument('{ "version": 1, 5: 2 }').problems.map((p) => p.data.error)).toContain('property name expected')
  })

  it('names a value written without quotes, at the start of its word, and drops the errors of the recovery after it', () => {
    const errors = (text: string) => parseDocument(text).problems.map((p) => [p.data.error, text.slice(p.offset, p.offset + p.length)])
    expect(errors('{\n  "arch": arm64,\n  "b": 1\n}')).toEqual([['a string takes double quotes: write "arm64"', 'arm64']])
    // The scanner stops at the M of 512M and the x of 0x…: the hint is for the whole word.
    expect(errors('{"size": 512M, "base": 0x40000000}')).toEqual([
      ['sizes, addresses and kernel versions are strings: write "512M"', '512M'],
      ['sizes, addresses and kernel versions are strings: write "0x40000000"', '0x40000000'],
    ])
    expect(errors('{"kernels": [6.12, 6.1.5, v6.1]}')).toEqual([
      ['sizes, addresses and kernel versions are strings: write "6.1.5"', '6.1.5'],
      ['a string takes double quotes: write "v6.1"', 'v6.1'],
    ])
    expect(errors('{"acpi": True}')).toEqual([['JSON writes True in lower case: true', 'True']])
    expect(errors('{"dtb": None}')).toEqual([['JSON has no None: write null (or leave the property out)', 'None']])
    // A word that names a property of every JavaScript object is a word like any other.
    expect(errors('{"arch": constructor}')).toEqual([['a string takes double quotes: write "constructor"', 'constructor']])
    // A command line's words up to the comma are one string.
    expect(errors('{"cmdline": console=ttyS0 crashkernel=256M, "id": "a"}')).toEqual([['a string takes double quotes: write "console=ttyS0 crashkernel=256M"', 'console=ttyS0 crashkernel=256M']])
    // Not after a string, nor for a symbol no word starts with, nor for a word with a character no value has.
    expect(errors('{"a": "x"y}').map(([e]) => e)).toEqual(['invalid symbol'])
    expect(errors('{"a": 1;}')).toEqual([['invalid symbol', ';']])
    expect(errors('{"a": NaN}').map(([e]) => e)).toContain('invalid symbol')
  })

  it('names typographic quotes and invisible spaces pasted from a document, once per mistake', () => {
    const errors = (text: string) => parseDocument(text).problems.map((p) => [p.data.error, p.offset])
    expect(errors('{\n  "arch": \u201carm64\u201d,\n  "b": 1\n}')).toEqual([['typographic quote \u201c (U+201C) is no JSON quote: strings and property names take straight double quotes (")', 12]])
    expect(errors('{\u201cid\u201d: "a"}')).toEqual([['typographic quote \u201c (U+201C) is no JSON quote: strings and property names take straight double quotes (")', 1]])
    expect(errors('{"id": "a",\u00a0"b": 1}')).toEqual([['invisible character U+00A0 (no-break space) here, as pasted from a document or web page: JSON allows only spaces, tabs and line breaks between values; replace it with a space', 11]])
  })

  it('drops only the recovery of a hinted mistake: another mistake later on the same line (a minified file) is reported', () => {
    const text = `{"version": 1, "boards": [{ id: "a" }, { "id": "b" "x": 1 }, { 'k': 'a, b', "c": 1 "d": 2 }]}`
    expect(parseDocument(text).problems.map((p) => [p.data.error, p.offset])).toEqual([
      ['property name id needs double quotes: "id"', text.indexOf('id:')],
      ['comma expected', text.indexOf('"x"')],
      ['strings and property names take double quotes, not single quotes', text.indexOf("'k'")],
      ['strings and property names take double quotes, not single quotes', text.indexOf("'a, b'")],
      ['comma expected', text.indexOf('"d"')],
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

  it('treats an empty file as a syntax error that says it is empty', () => {
    for (const text of ['', '  ', '\n\r\n\t', '\ufeff']) {
      expect(parseDocument(text).problems.map((p) => [p.data.error, p.offset])).toEqual([['the file is empty', 0]])
    }
    // A matrix commented out whole: the parser said "value expected" at the end of the file.
    for (const text of ['// nothing\n', '/* a */ // b\r\n', '\ufeff// x']) {
      expect(parseDocument(text).problems.map((p) => [p.data.error, p.offset])).toEqual([[expect.stringMatching(/^the file has only comments, no value/), 0]])
    }
    // An unclosed block comment is its own error, as before.
    expect(parseDocument('/* a').problems.map((p) => p.data.error)).not.toContainEqual(expect.stringMatching(/only comments/))
    expect(parseDocument('\u00a0').problems.map((p) => p.data.error)).not.toEqual(['the file is empty'])
  })

  it('puts an error at the end of the file after its last character, not on the line after its final newline', () => {
    // A file cut short: the bracket is missing after `[` on line 3, which an editor and GitHub show;
    // a line 4 exists only after the final newline.
    for (const text of ['{\n  "version": 1,\n  "boards": [\n', '{\n  "version": 1,\n  "boards": [\r\n\t \n', '{\n  "version": 1,\n  "boards": [']) {
      const doc = parseDocument(text)
      expect(doc.problems.map((p) => [p.data.error, offsetToLineColumn(doc, p.offset)])).toEqual([['close bracket expected', { line: 3, column: 14 }]])
      expect(strictJsonError(text)).toEqual({ error: 'close bracket expected', offset: 31, line: 3, column: 14 })
    }
    // A comment after the last token: the end of a `//` line is inside the comment, where no
    // bracket can go; the error goes after the token, as for blanks.
    for (const text of ['{\n  "version": 1,\n  "boards": [ // to do\n', '{\n  "version": 1,\n  "boards": [\n  // to do\n  /* and this */\n']) {
      const doc = parseDocument(text)
      expect(doc.problems.map((p) => [p.data.error, offsetToLineColumn(doc, p.offset)])).toEqual([['close bracket expected', { line: 3, column: 14 }]])
    }
    // An error inside the text keeps its place.
    expect(parseDocument('{"a": 1,, }\n').problems.map((p) => p.offset)).toEqual([8])
  })

  it('says what an unclosed comment or string needs, and reports no missing bracket at the end of the file a comment took', () => {
    // The comment runs to the end of the file: the parser also missed a property name and a brace there.
    const text = '{\n  "version": 1, /* to do\n  "boards": []\n}\n'
    const doc = parseDocument(text)
    expect(doc.problems.map((p) => [p.data.error, offsetToLineColumn(doc, p.offset)])).toEqual([
      ['unexpected end of comment: the /* comment that starts here has no closing */, so the rest of the file is inside it', { line: 2, column: 17 }],
    ])
    expect(parseDocument('{ "id": "a\n}').problems[0]?.data.error).toBe('unexpected end of string: the string that starts here has no closing double quote on its line (a JSON string cannot span lines: write a line break as \\n)')
  })

  /** Each problem of `text` at its line and column, with its message. */
  const at = (text: string) => {
    const doc = parseDocument(text)
    return doc.problems.map((p) => [offsetToLineColumn(doc, p.offset), p.data.error])
  }

  // `"id": "a, "extends": …` gave four errors on the line, none at the missing quote; `["6.12" }`
  // gave "comma expected" and "close bracket expected" at the end of the file.
  it('says where a string lost its closing quote, with none of the errors that follow from it on its line', () => {
    expect(at('{ "version": 1,\n  "boards": [ { "id": "a, "extends": "qemu-virt-arm64",\n  "ramSize": "4G" } ] }\n')).toEqual([
      [{ line: 2, column: 25 }, 'missing closing double quote: the string "a runs on to the next double quote, and what follows that stands outside any string; write "a",'],
    ])
    expect(at('{ "id: "a", "b": 1 }')).toEqual([[{ line: 1, column: 6 }, 'missing closing double quote: the string "id runs on to the next double quote, and what follows that stands outside any string; write "id":']])
    // A long string is quoted in part: the message of a 60,000-character one was 120,135 characters.
    expect(at(`{"id": "${'x'.repeat(60_000)}, "b": 1}`)).toEqual([[{ line: 1, column: 60_009 }, `missing closing double quote: the string "${'x'.repeat(79)}… runs on to the next double quote, and what follows that stands outside any string; write "${'x'.repeat(79)}…",`]])
    // A double quote in a comment before it is no string's.
    expect(at('{ /* say "x */ "id": "a, "b": 1 }').map(([, e]) => e)).toEqual(['missing closing double quote: the string "a runs on to the next double quote, and what follows that stands outside any string; write "a",'])
    // A Windows path's last backslash escapes the quote that was there: doubling it is the fix, not another quote.
    expect(at('{ "dir": "C:\\boards\\", "b": 1 }')).toEqual([
      [{ line: 1, column: 21 }, 'this quote is escaped by the backslash before it, so the string "C:\\boards\\" runs on to the next double quote: a backslash at the end of a string is written \\\\ ("C:\\boards\\\\")'],
    ])
    // Three backslashes end in an escape too (two are one backslash, then \"); two alone are no escape.
    expect(at('{ "dir": "C:\\boards\\\\\\", "b": 1 }').map(([where]) => where)).toEqual([{ line: 1, column: 23 }])
    expect(at('{ "dir": "C:\\boards\\\\\\", "b": 1 }').map(([, e]) => e)).toEqual([expect.stringMatching(/^this quote is escaped by the backslash before it/)])
    // Two strings without a comma between them are not that mistake.
    expect(at('{ "a": "x" "b": 1 }')).toEqual([[{ line: 1, column: 12 }, 'comma expected']])
  })

  it('names the bracket still open at a close bracket of the other kind, and not the brackets missing after it', () => {
    expect(at('{ "version": 1,\n  "boards": [ { "id": "a",\n  "kernels": ["6.12" } ] }\n')).toEqual([
      [{ line: 3, column: 22 }, '] expected: the array opened at line 3, column 14 is not closed before this }'],
    ])
    expect(at('{"a": {"b": 1 ], "c": 2}')).toEqual([[{ line: 1, column: 15 }, '} expected: the object opened at line 1, column 7 is not closed before this ]']])
    // Brackets in strings and comments are none.
    expect(at('{"a": ["]", /* ] */ "x" }')).toEqual([[{ line: 1, column: 25 }, '] expected: the array opened at line 1, column 7 is not closed before this }']])
    // A mistake after the parser's recovery from it, on the same line (a minified file), is its own.
    expect(at('{"a": {"b": 1 ], "c": x}')).toEqual([
      [{ line: 1, column: 15 }, '} expected: the object opened at line 1, column 7 is not closed before this ]'],
      [{ line: 1, column: 23 }, 'a string takes double quotes: write "x"'],
    ])
    // A close bracket where none is open stays the parser's error.
    expect(at('{"a": 1}}').map(([, e]) => e)).toEqual(['end of file expected'])
  })

  it('counts lines after LF, CRLF and CR', () => {
    const doc = parseDocument('{\r\n"a":\r1,\n"b": 2}')
    expect(doc.lineStarts).toEqual([0, 3, 8, 11])
    expect(offsetToLineColumn(doc, 9)).toEqual({ line: 3, column: 2 })
  })

  it('does not count a byte order mark as a column: editors (and ESLint) do not show it', () => {
    const doc = parseDocument('\ufeff{"version": 2,\n "a": 1}')
    // "2" is the 13th character an editor shows on line 1; its offset in the text read stays 13.
    expect(offsetToLineColumn(doc, 13)).toEqual({ line: 1, column: 13 })
    expect(offsetToLineColumn(doc, 17)).toEqual({ line: 2, column: 2 })
    // A problem at the mark itself (an empty file) is still at column 1.
    expect(offsetToLineColumn(parseDocument('\ufeff'), 0)).toEqual({ line: 1, column: 1 })
    expect(strictJsonError('\ufeff{}')).toMatchObject({ line: 1, column: 1 })
  })
})

describe('parseJsonFile', () => {
  it('reads strict JSON of any size, and words a syntax error as file:line:col', () => {
    expect(parseJsonFile('{"a": [1]}', 'r.json')).toEqual({ value: { a: [1] } })
    expect(parseJsonFile('{"a": 1,}', 'r.json')).toEqual({ error: 'r.json:1:9: JSON syntax error: property name expected' })
    // Nested past the limit strictJsonError() stops at: JSON.parse's own words.
    const deep = `${'['.repeat(LIMITS.maxNestingDepth + 1)}x`
    expect(parseJsonFile(deep, 'r.json')).toEqual({ error: expect.stringMatching(/^r\.json is not JSON \(.+\)$/) })
  })
})

describe('strictJsonError', () => {
  it('finds the first error where and as parseDocument() does, for text that is not JSONC either', () => {
    for (const text of ['{"version": 1,, "x": }', '{\n  "a": [1, 2\n}', '{"a": "x\ty"}', '{} x', '[1,2', '{"a":01}', '{"a": NaN}', '  \n']) {
      const doc = parseDocument(text)
      const first = doc.problems[0]!
      expect(strictJsonError(text), JSON.stringify(text)).toEqual({ error: first.data.error, offset: first.offset, ...offsetToLineColumn(doc, first.offset) })
    }
    expect(strictJsonError('{"a": [1, {"b": null}], "c": "d"}')).toBeUndefined()
  })

  it('refuses what JSON.parse refuses and JSONC allows: comments, trailing commas, a byte order mark', () => {
    expect(strictJsonError('{\n  "a": 1,\n}')).toEqual({ error: 'property name expected', offset: 12, line: 3, column: 1 })
    expect(strictJsonError('[1, /* two */ 2]')).toEqual({ error: 'invalid comment token', offset: 4, line: 1, column: 5 })
    expect(strictJsonError('\ufeff{}')).toEqual({ error: 'invalid symbol', offset: 0, line: 1, column: 1 })
  })

  it('locates an error past the size a matrix may have (no tree, no size limit), and gives up past the nesting limit', () => {
    const item = '  {"base": "0x0000000040000000", "size": "0x0000000040000000"}'
    const lines = Math.ceil(LIMITS.maxInputBytes / item.length) + 1
    const big = `[\n${Array.from({ length: lines }, () => item).join(',\n')},\n]`
    expect(big.length).toBeGreaterThan(LIMITS.maxInputBytes)
    expect(strictJsonError(big)).toEqual({ error: 'value expected', offset: big.length - 1, line: lines + 2, column: 1 })
    const depth = LIMITS.maxNestingDepth
    expect(strictJsonError(`${'['.repeat(depth)}x${']'.repeat(depth)}`)).toEqual({ error: 'invalid symbol', offset: depth, line: 1, column: depth + 1 })
    expect(strictJsonError(`${'['.repeat(depth + 1)}x${']'.repeat(depth + 1)}`)).toBeUndefined()
    // Far deeper than jsonc-parser's recursion could go: stopped, not a stack overflow.
    expect(strictJsonError('['.repeat(100_000))).toBeUndefined()
  })
})

describe('jsonValuePosition', () => {
  const text = '{\r\n  "a": [1, {"b": null}],\r\n  "c~d": "x", "e/f": {}\r\n}'
  it('finds where the value a pointer names starts, counting CRLF as one line break', () => {
    expect(jsonValuePosition(text, '')).toEqual({ line: 1, column: 1 })
    expect(jsonValuePosition(text, '/a')).toEqual({ line: 2, column: 8 })
    expect(jsonValuePosition(text, '/a/1/b')).toEqual({ line: 2, column: 18 })
    // Escaped pointer steps (RFC 6901).
    expect(jsonValuePosition(text, '/c~0d')).toEqual({ line: 3, column: 10 })
    expect(jsonValuePosition(text, '/e~1f')).toEqual({ line: 3, column: 22 })
  })
  it('is undefined for a pointer that names nothing, or a value nested deeper than a matrix may be', () => {
    expect(jsonValuePosition(text, '/a/2')).toBeUndefined()
    expect(jsonValuePosition(text, '/b')).toBeUndefined()
    const deep = `${'['.repeat(LIMITS.maxNestingDepth + 5)}1${']'.repeat(LIMITS.maxNestingDepth + 5)}`
    expect(jsonValuePosition(deep, `/${Array(LIMITS.maxNestingDepth + 4).fill('0').join('/')}`)).toBeUndefined()
  })
})
