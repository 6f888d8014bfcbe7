// SPDX-License-Identifier: GPL-2.0-only
/**
 * npx tsx scripts/fix-fuzz.ts [boards] [seed]: every suggested fix of generated boards
 * (test/fuzz/fix-boards.ts), applied and checked again (issue 4). Prints the failures by
 * class with one example each; exits 1 when there is any.
 */
import { checkMatrix, fuzzMatrix, type Failure } from '../test/fuzz/fix-boards.js'
import { mulberry32 } from '../test/fuzz/prng.js'

const n = Number(process.argv[2] ?? 1000)
const seed = Number(process.argv[3] ?? 4)
const rng = mulberry32(seed)
const failures: Failure[] = []
let fixes = 0
let findings = 0
let crashed = 0
const unfixed = new Map<string, number>()
for (let i = 0; i < n; i++) {
  const m = fuzzMatrix(rng, i)
  try {
    const r = checkMatrix(m)
    failures.push(...r.failures)
    fixes += r.fixes
    findings += r.findings
    for (const u of r.unfixed) unfixed.set(u, (unfixed.get(u) ?? 0) + 1)
  } catch (e) {
    crashed++
    console.log(`THROWS ${JSON.stringify(m)}: ${(e as Error).stack}`)
  }
}
console.log(`${n} matrices, seed ${seed}: ${findings} findings, ${fixes} fixes checked, ${failures.length} failures, ${crashed} boards threw`)
console.log(`findings with no fix although their rule names strategies: ${[...unfixed].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`)
const byClass = new Map<string, Failure[]>()
for (const f of failures) {
  const key = `${f.kind} ${f.fix.replace(/^\S+ \S+ /, '').replace(/ → .*/, '')}`
  byClass.set(key, [...(byClass.get(key) ?? []), f])
}
for (const [key, fs] of [...byClass].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`\n${fs.length} × ${key}`)
  for (const f of fs.slice(0, Number(process.env['EXAMPLES'] ?? 2))) console.log(`  board ${f.board}\n  fix   ${f.fix}\n  why   ${f.detail}`)
}
process.exitCode = failures.length || crashed ? 1 : 0
