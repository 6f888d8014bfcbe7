// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue, part 2: valid JSON with the wrong types, unknown fields and prototype
 * keys. Each is an SC002 finding on the value (or key), the bad board is skipped, the good
 * one is simulated, and no prototype changes.
 */
import { describe, expect, it } from 'vitest'
import { board, expectHostile, GOOD, matrix, position } from './harness.js'

describe('hostile input: wrong types, unknown fields, prototype keys', () => {
  it('"version" as a string', async () => {
    const text = JSON.stringify({ version: '1', boards: [GOOD] }, null, 2)
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'notAllowed', at: position(text, '"1"') }])
  })

  it('"boards" as an object', async () => {
    const text = JSON.stringify({ version: 1, boards: { good: GOOD } }, null, 2)
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'wrongType', at: position(text, '{', '"boards"') }], { goodChecked: false })
  })

  it('a board that is null, a number or an array', async () => {
    const text = matrix(null, 42, [board()])
    await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, 'null') },
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, '42') },
    ])
  })

  it('wrong types in every field of a board', async () => {
    const text = matrix({ id: 7, name: [], arch: {}, kernels: '6.12', memory: [{ base: 1073741824, size: true, nomap: 'yes' }], image: 'low', cmdline: ['crashkernel=1G'], paBits: '48' })
    await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, '7') },
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, '1073741824') },
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, '"yes"') },
      { ruleId: 'SC002', messageId: 'wrongType', at: position(text, '"48"') },
    ])
  })

  it('a device whose name is an object (null prototype) and that has no reach', async () => {
    const text = matrix(board({ devices: [{ name: { toString: 'x' } }] }))
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'wrongType', at: position(text, '{', '"name"') }])
  })

  it('unknown fields at every level, with a hint for near misses', async () => {
    const text = matrix(board({ memroy: [], memory: [{ base: '0x40000000', size: '2G', sise: '1' }], image: { base: '0x40200000', extra: 1 } }))
    const report = await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'unknownProperty', message: 'did you mean "memory"', at: position(text, '"memroy"') },
      { ruleId: 'SC002', messageId: 'unknownProperty', at: position(text, '"sise"') },
      { ruleId: 'SC002', messageId: 'unknownProperty', at: position(text, '"extra"') },
    ])
    expect(report.layouts.map((l) => l.boardId)).toEqual(['good'])
  })

  it('a misspelt "defaults" is one problem: no board is simulated without the settings meant for it', async () => {
    // Simulated without the defaults' cmdline, each board had a CK010 and a fix adding crashkernel= to it.
    const text = `{ "version": 1, "defualts": { "cmdline": "crashkernel=256M" }, "boards": [${JSON.stringify({ ...GOOD, cmdline: undefined })}] }`
    const report = await expectHostile(text, [{ ruleId: 'SC002', messageId: 'unknownProperty', message: 'did you mean "defaults"', at: position(text, '"defualts"') }], { goodChecked: false })
    expect(report.findings.map((f) => f.ruleId)).toEqual(['SC002'])
    expect(report.layouts).toEqual([])
  })

  it('"__proto__", "constructor" and "prototype" keys pollute nothing', async () => {
    const text = `{ "version": 1, "__proto__": { "polluted": true }, "boards": [${JSON.stringify(GOOD)},
      { "id": "p", "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "extends": "qemu-virt-arm64", "ramSize": "2G", "kernels": ["6.12"] }] }`
    await expectHostile(text, [
      { ruleId: 'SC002', messageId: 'unknownProperty', at: position(text, '"__proto__"') },
      { ruleId: 'SC002', messageId: 'unknownProperty', at: position(text, '"constructor"') },
    ])
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('prototype names as preset, rule and variant names', async () => {
    const text = matrix(
      { id: 'e1', extends: '__proto__', kernels: ['6.12'] },
      { id: 'e2', extends: 'toString', kernels: ['6.12'] },
      { id: 'e3', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], severity: { __proto__: 'off', constructor: 'off' } },
      board({ id: 'e4', ram: [{ name: '__proto__', memory: [{ base: '0x40000000', size: '2G' }] }, { name: 'constructor', memory: [{ base: '0x40000000', size: '1G' }] }], memory: undefined }),
    )
    const report = await expectHostile(text, [
      { ruleId: 'SC003', messageId: 'unknownPreset', at: position(text, '"__proto__"') },
      { ruleId: 'SC003', messageId: 'unknownPreset', at: position(text, '"toString"') },
    ])
    expect(report.layouts.map((l) => `${l.boardId} ${l.layoutName}`)).toContain('e4 __proto__/6.12')
  })

  it('null where an object, a string or a list is expected', async () => {
    const text = matrix(board({ memory: null, image: null, kernels: null, reservations: [null] }))
    await expectHostile(text, [{ ruleId: 'SC002', messageId: 'wrongType', at: position(text, 'null') }])
  })

  it('arrays of arrays of arrays where banks belong', async () => {
    const text = matrix(board({ memory: [[[[]]]] }))
    // The first bank, an array, is where an object must be (pretty-printed: the line after "memory").
    const memoryLine = position(text, '"memory"').line
    const report = await expectHostile(text, [{ ruleId: 'SC002', messageId: 'wrongType', message: 'expected object, found array' }])
    expect(report.findings.find((f) => f.messageId === 'wrongType')?.location?.line).toBe(memoryLine + 1)
  })
})
