// SPDX-License-Identifier: GPL-2.0-only
/**
 * npm run oracle -- <dir>: every oracle case in <dir>/cases (or <dir>) through the engine,
 * compared with what the real kernel did. One line per differing case, then
 * "N passed, M failed"; exit 1 when any case fails.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { runOracleCase } from '../src/oracle/run-case.js'

const arg = process.argv[2] ?? 'test/oracle'
const dir = existsSync(join(arg, 'cases')) ? join(arg, 'cases') : arg
const filter = process.argv[3]
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (!filter || f.includes(filter))).sort()
let passed = 0
let failed = 0
for (const f of files) {
  const c = JSON.parse(readFileSync(join(dir, f), 'utf8'))
  const r = runOracleCase(c)
  if (r.ok) {
    passed++
    continue
  }
  failed++
  console.log(`${c.id}: ${r.error ?? r.differences.map((d) => `${d.what}: expected ${d.expected}; predicted ${d.predicted}`).join(' || ')}`)
}
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
