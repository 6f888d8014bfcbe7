// SPDX-License-Identifier: GPL-2.0-only
/**
 * npm run oracle -- <dir>: every oracle case in <dir>/cases (or <dir>) through the engine,
 * compared with what the real kernel did. One line per differing case, then
 * "N passed, M failed"; exit 1 when any case fails.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { parse, type ParseError } from 'jsonc-parser'
import { runOracleCase } from '../src/oracle/run-case.js'

const arg = process.argv[2] ?? 'test/oracle'
const dir = existsSync(join(arg, 'cases')) ? join(arg, 'cases') : arg
const filter = process.argv[3]
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`oracle: ${arg}: no such directory; give the oracle's folder (../shared/oracle) or a folder of case files (test/oracle/cases)`)
  process.exit(2)
}
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && (!filter || f.includes(filter))).sort()
if (files.length === 0) {
  console.error(`oracle: ${dir}: no case files (*.json${filter ? ` with "${filter}" in the name` : ''})`)
  process.exit(2)
}
let passed = 0
let failed = 0
for (const f of files) {
  // A case that cannot be read is a failed case, named, and the others still run.
  let c: { id?: unknown }
  let text = ''
  try {
    text = readFileSync(join(dir, f), 'utf8')
    c = JSON.parse(text) as { id?: unknown }
  } catch (e) {
    failed++
    // On one line: V8 quotes the text around the error, newlines and all.
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s*\n\s*/g, ' ')
    // Where: the first error of a tolerant parse, as line:col (V8's message rarely says).
    const errors: ParseError[] = []
    parse(text, errors, { allowTrailingComma: false, disallowComments: true })
    const before = errors[0] ? text.slice(0, errors[0].offset).split('\n') : undefined
    console.log(`${join(dir, f)}${before ? `:${before.length}:${before.at(-1)!.length + 1}` : ''}: cannot read the case: ${message}`)
    continue
  }
  const r = runOracleCase(c as Parameters<typeof runOracleCase>[0])
  if (r.ok) {
    passed++
    continue
  }
  failed++
  console.log(`${typeof c.id === 'string' ? c.id : join(dir, f)}: ${r.error ?? r.differences.map((d) => `${d.what}: expected ${d.expected}; predicted ${d.predicted}`).join(' || ')}`)
}
console.log(`${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
