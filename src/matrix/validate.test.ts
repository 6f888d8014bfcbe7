// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../presets/index.js'
import { validateMatrix } from './validate.js'

const board = (extra: Record<string, unknown>) => ({ version: 1, boards: [{ id: 'b', ...extra }] })

describe('validateMatrix', () => {
  it('accepts a minimal matrix and the example settings', () => {
    expect(validateMatrix({ version: 1, boards: [] })).toEqual([])
    expect(validateMatrix(board({ extends: 'raspberrypi-4', kernels: ['6.1', { release: '6.12.117', cmdline: 'crashkernel=1G', imageSize: '40M' }] }))).toEqual([])
  })

  it('accepts every built-in preset as wire-format settings', () => {
    for (const preset of Object.values(PRESETS)) {
      expect(validateMatrix({ version: 1, defaults: preset.settings, boards: [] }), preset.name).toEqual([])
    }
  })

  it('names an unknown property at its key, with a spelling hint', () => {
    expect(validateMatrix(board({ cmdlin: 'x' }))).toEqual([
      { messageId: 'unknownProperty', data: { property: 'cmdlin', hint: '; did you mean "cmdline"?' }, pointer: '/boards/0/cmdlin', target: 'key' },
    ])
  })

  it('reports one error for a value of neither kernel form', () => {
    expect(validateMatrix(board({ kernels: [6.1] }))).toEqual([
      { messageId: 'wrongType', data: { expected: 'string or object', actual: 'number' }, pointer: '/boards/0/kernels/0', target: 'value' },
    ])
  })

  it('reports only the errors of the branch an object kernel was meant for', () => {
    expect(validateMatrix(board({ kernels: [{ release: '6.1', cmdlne: '' }] })).map((p) => p.pointer)).toEqual(['/boards/0/kernels/0/cmdlne'])
  })

  it('uses the reservation kind to focus errors', () => {
    expect(validateMatrix(board({ reservations: [{ kind: 'fixed', name: 'x', size: '1M' }] }))).toEqual([
      { messageId: 'missingProperty', data: { property: 'base' }, pointer: '/boards/0/reservations/0', target: 'value' },
    ])
    expect(validateMatrix(board({ reservations: [{ kind: 'dynamic', name: 'x', size: '1M', base: '0x0' }] }))[0]?.pointer).toBe('/boards/0/reservations/0/base')
  })

  it('explains size formats and device reach', () => {
    const problems = validateMatrix(board({ memory: [{ base: '0x0', size: '0400M' }], devices: [{ name: 'sd', bus: 'x', dmaLimit: '0x1' }] }))
    expect(problems.map((p) => [p.messageId, p.pointer, p.data.problem ?? p.data.value])).toEqual([
      ['badFormat', '/boards/0/memory/0/size', '"0400M"'],
      ['deviceReach', '/boards/0/devices/0', 'gives both "dmaLimit" and "bus"; keep one'],
    ])
  })

  it('rejects memory together with ram or ramSize', () => {
    expect(validateMatrix(board({ memory: [{ base: '0x0', size: '1G' }], ramSize: '2G' }))).toEqual([
      { messageId: 'exclusive', data: { a: 'memory', b: 'ramSize' }, pointer: '/boards/0/ramSize', target: 'key' },
    ])
  })

  it('checks rule references in severity maps at the key', () => {
    expect(validateMatrix(board({ severity: { 'Bad Rule': 'error' } }))[0]).toMatchObject({ messageId: 'badFormat', pointer: '/boards/0/severity/Bad Rule', target: 'key' })
  })

  it('requires a reason for every suppression', () => {
    expect(validateMatrix(board({ suppress: [{ rule: 'CK001' }] }))[0]).toMatchObject({ messageId: 'missingProperty', data: { property: 'reason' } })
  })
})
