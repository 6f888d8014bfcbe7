// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine against real boots: every case of the project's copy of the oracle
 * (test/oracle/cases, copied from ../shared/oracle) must be predicted exactly — crash
 * ranges, zones, the kernel's crashkernel lines, and the linear map where it was walked.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runOracleCase, type OracleCase } from '../src/oracle/run-case.js'

const dir = join(import.meta.dirname, 'oracle', 'cases')
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase)

describe('oracle: the engine agrees with real boots', () => {
  it('has the whole oracle copy', () => {
    expect(cases.length).toBeGreaterThanOrEqual(337)
  })
  it.each(cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    expect(r.error).toBeUndefined()
    expect(r.differences).toEqual([])
  })
})
