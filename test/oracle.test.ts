// SPDX-License-Identifier: GPL-2.0-only
/**
 * The engine against real boots: every case of the project's copy of the oracle
 * (test/oracle/cases, copied from ../shared/oracle) must be predicted exactly — crash
 * ranges, zones, the kernel's crashkernel lines, and the linear map where it was walked —
 * and every line of the simulation's dmesg must be one the kernel printed in that boot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { runOracleCase, type OracleCase } from '../src/oracle/run-case.js'
import { linesNotPrinted } from './boot-logs.js'

const dir = join(import.meta.dirname, 'oracle', 'cases')
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as OracleCase & { run: { log: string } })

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

/** Boots whose serial log cannot show the model's lines, and why. */
const NO_KERNEL_OUTPUT: Record<string, string> = {
  'riscv64-7.2-virt-1G-ck512M': 'the boot hung before the kernel printed anything (the endless crash retry)',
}

describe("oracle: every line of the model's dmesg is in the boot's log", () => {
  it.each(cases.filter((c) => !(c.id in NO_KERNEL_OUTPUT)).map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = runOracleCase(c)
    const log = gunzipSync(readFileSync(join(import.meta.dirname, 'oracle', c.run.log))).toString('utf8')
    expect(linesNotPrinted(r.result!, log)).toEqual([])
  })
})
