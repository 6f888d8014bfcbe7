// SPDX-License-Identifier: GPL-2.0-only
import { describe, expect, it } from 'vitest'
import { FAIL_ON, failOnHint } from './fail-on.js'

describe('failOnHint', () => {
  it('points words for "do not fail" at never, not at the level spelt closest (none → note)', () => {
    for (const v of ['none', 'None', 'off', 'false', 'no', '0', ' disabled ']) expect(failOnHint(v)).toBe('; did you mean "never"?')
  })
  it('suggests the level a typo is closest to, and nothing for what is close to none', () => {
    expect(failOnHint('eror')).toBe('; did you mean "error"?')
    expect(failOnHint('warnings')).toBe('; did you mean "warning"?')
    expect(failOnHint('nevr')).toBe('; did you mean "never"?')
    expect(failOnHint('critical')).toBe('')
    expect(FAIL_ON).toEqual(['error', 'warning', 'note', 'never'])
  })
})
