// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 1: text that is not (quite) JSON. A syntax error stops the file
 * (the structure is ambiguous; ESLint does the same with a fatal parse error), so these
 * expect the SC001 finding at its position and no simulation; everything the JSONC dialect
 * accepts (comments, trailing commas, a BOM) is checked as usual.
 */
import { describe, expect, it } from 'vitest'
import { expectHostile, GOOD, matrix, position } from './harness.js'

const good = JSON.stringify(GOOD)
const refused = { goodChecked: false }

describe('hostile input: invalid JSON', () => {
  it('a file cut in the middle of a board', async () => {
    const text = matrix({ id: 'cut', extends: 'qemu-virt-arm64', kernels: ['6.12'] }).slice(0, -40)
    const end = text.split('\n')
    await expectHostile(text, [{ ruleId: 'SC001', at: { line: end.length, column: end[end.length - 1]!.length + 1 } }], refused)
  })

  it('trailing commas are JSONC and accepted', async () => {
    await expectHostile(`{ "version": 1, "boards": [${good},], }`, [], { clean: true })
  })

  it('an unterminated string', async () => {
    const text = `{ "version": 1, "boards": [${good}, { "id": "open\n }] }`
    await expectHostile(text, [{ ruleId: 'SC001', message: 'unexpected end of string', at: position(text, '"open') }], refused)
  })

  it('a bad escape inside a string', async () => {
    const text = `{ "version": 1, "boards": [${good}, { "id": "a\\qb" }] }`
    // At the backslash, naming the escape (jsonc-parser reports the string's opening quote).
    await expectHostile(text, [{ ruleId: 'SC001', message: 'invalid escape character "\\q"', at: position(text, '\\q') }], refused)
    // Each of several in one string, at its place: an escape, a short \u, a raw tab.
    const many = `{ "version": 1, "boards": [${good}, { "id": "C:\\path\\x \\u12 a\tb" }] }`
    await expectHostile(
      many,
      [
        { ruleId: 'SC001', message: 'invalid escape character "\\p"', at: position(many, '\\path') },
        { ruleId: 'SC001', message: 'invalid escape character "\\x"', at: position(many, '\\x') },
        { ruleId: 'SC001', message: 'invalid unicode sequence "\\u12": \\u takes four hex digits', at: position(many, '\\u12') },
        { ruleId: 'SC001', message: 'invalid character U+0009 in a string: write it as \\t', at: position(many, '\t') },
      ],
      refused,
    )
  })

  it('a UTF-8 byte order mark is accepted, and positions are those an editor shows (the mark is no column)', async () => {
    const text = `\uFEFF{ "version": 1, "boards": [${good}, { "id": "x", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "ramSize": "2G", "confg": {} }] }`
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'unknownProperty', at: position(text.slice(1), '"confg"') }])
    // On a later line, nothing changes.
    const later = `\uFEFF{ "version": 1,\n "boards": [${good}, { "id": "x", "extends": "qemu-virt-arm64", "kernels": ["6.12"], "ramSize": "2G", "confg": {} }] }`
    await expectHostile(later, [{ ruleId: 'SC002', messageId: 'unknownProperty', at: position(later, '"confg"') }])
  })

  it('a byte order mark anywhere else', async () => {
    const text = `{ "version": 1, \uFEFF"boards": [${good}] }`
    await expectHostile(text, [{ ruleId: 'SC001', at: position(text, '\uFEFF') }], refused)
  })

  it('a NUL byte between tokens', async () => {
    const text = `{ "version": 1,\u0000 "boards": [${good}] }`
    await expectHostile(text, [{ ruleId: 'SC001', at: position(text, '\u0000') }], refused)
  })

  it('a binary file (a gzip of a matrix, random bytes) is one problem, not one per stray byte', async () => {
    const { gzipSync } = await import('node:zlib')
    const zipped = new TextDecoder().decode(gzipSync(matrix({ id: 'z', extends: 'qemu-virt-arm64', kernels: ['6.12'] })))
    const report = await expectHostile(zipped, [{ ruleId: 'SC001', message: 'not parsed: the file is not text (', at: { line: 1, column: 1 } }], refused)
    expect(report.findings).toHaveLength(1)
    expect(report.findings[0]!.message).toMatch(/^JSON syntax error: not parsed: the file is not text \(\d+ of its first \d+ characters are control characters or bytes that are not UTF-8\): a compressed file, a \.dtb or another binary\? A board matrix is JSON text$/)
  })

  it('a UTF-16 file is said to be UTF-16, not a binary', async () => {
    const utf16 = new TextDecoder().decode(Buffer.from(`\ufeff${matrix({ id: 'u', extends: 'qemu-virt-arm64', kernels: ['6.12'] })}`, 'utf16le'))
    const report = await expectHostile(utf16, [{ ruleId: 'SC001', message: 'not parsed: the file is UTF-16 text', at: { line: 1, column: 1 } }], refused)
    expect(report.findings).toHaveLength(1)
  })

  it('a raw NUL and other control characters inside a string', async () => {
    const text = `{ "version": 1, "boards": [${good}, { "id": "x\u0000\u0007\u001b[31m" }] }`
    await expectHostile(
      text,
      [
        { ruleId: 'SC001', message: 'invalid character U+0000 in a string: write it as \\u0000', at: position(text, '\u0000') },
        { ruleId: 'SC001', message: 'invalid character U+0007', at: position(text, '\u0007') },
        { ruleId: 'SC001', message: 'invalid character U+001B', at: position(text, '\u001b') },
      ],
      refused,
    )
  })

  it('lone surrogates, escaped and raw, in a name are just characters', async () => {
    const text = `{ "version": 1, "boards": [${good}, { "id": "s", "name": "\\ud800 \udc00 x", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["6.12"], "cmdline": "crashkernel=256M" }] }`
    await expectHostile(text, [], { clean: true })
  })

  it('an empty file', async () => {
    await expectHostile('', [{ ruleId: 'SC001', at: { line: 1, column: 1 } }], refused)
  })

  it('a comment that never ends', async () => {
    const text = `{ "version": 1, "boards": [${good}] /* `
    await expectHostile(text, [{ ruleId: 'SC001', message: 'unexpected end of comment' }], refused)
  })

  it('NaN, Infinity and single quotes', async () => {
    const text = `{ "version": NaN, 'boards': [${good}], "x": Infinity }`
    await expectHostile(text, [{ ruleId: 'SC001', at: position(text, 'NaN') }], refused)
  })

  it('a repeated key is reported at the second one, and the file is still checked', async () => {
    const text = `{ "version": 1, "boards": [${good}, { "id": "d", "id": "e", "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["6.12"] }] }`
    await expectHostile(text, [{ ruleId: 'SC001', messageId: 'duplicateKey', at: position(text, '"id": "e"') }])
  })

  it('a document that is an array, a string or a number', async () => {
    for (const text of [`[${good}]`, '"boards"', '1e999']) {
      await expectHostile(text, [{ ruleId: 'SC002', at: { line: 1, column: 1 } }], refused)
    }
  })
})
