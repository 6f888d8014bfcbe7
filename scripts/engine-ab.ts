// SPDX-License-Identifier: GPL-2.0-only
/**
 * npm run bench:ab -- <commit> [--arch arm64|x86_64|riscv64] [--pairs N] [--ignore-policy-ids]
 *
 * Judges an engine change the way docs/benchmarks.md ("Judging an engine change") says:
 * the engine of <commit> (A, checked out into a temporary worktree) and the engine of this
 * working tree (B) are bundled into one process, then
 *
 *   1. both simulate the same 26,000-odd layouts (the generated fleet and two rounds of
 *      all-different memory maps, prefix sharing off) and their JSON results are compared:
 *      a speed change must print "0 differ" (`--ignore-policy-ids` leaves out the results'
 *      `policy` field, for a change that only splits policy epochs: the rest must agree);
 *   2. after a warm-up, A and B alternate passes over 5,000 fresh all-different layouts
 *      (which one goes first alternates too), each timed in CPU time, and the median of
 *      the per-pair ratios B/A is printed with its range.
 *
 * Separate runs of `npm run bench` differ by up to 1.8 × on this project's shared machines;
 * the ratio of two engines in one process is steady to a few per cent. Prints figures only.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'

const root = resolve(import.meta.dirname, '..')
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { arch: { type: 'string' }, pairs: { type: 'string', default: '24' }, 'ignore-policy-ids': { type: 'boolean', default: false } },
})
const commit = positionals[0]
const pairs = Number(values.pairs)
if (!commit || positionals.length > 1 || !Number.isInteger(pairs) || pairs < 1) {
  console.error('usage: npm run bench:ab -- <commit> [--arch arm64|x86_64|riscv64] [--pairs N] [--ignore-policy-ids]')
  process.exit(2)
}
if (values.arch !== undefined && !['arm64', 'x86_64', 'riscv64'].includes(values.arch)) {
  console.error(`bench:ab: --arch ${values.arch}: expected arm64, x86_64 or riscv64`)
  process.exit(2)
}

const git = (...args: string[]): string => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
let rev: string
try {
  rev = git('rev-parse', '--verify', '--quiet', `${commit}^{commit}`)
} catch {
  console.error(`bench:ab: ${commit}: not a commit of ${root}`)
  process.exit(2)
}
const tmp = mkdtempSync(join(tmpdir(), 'ckc-ab-'))
const base = join(tmp, 'base')
git('worktree', 'add', '--quiet', '--detach', base, rev)
try {
  symlinkSync(join(root, 'node_modules'), join(base, 'node_modules'))
  const from = (tree: string, path: string): string => JSON.stringify(join(tree, path))
  const harness = join(tmp, 'ab.ts')
  writeFileSync(
    harness,
    `import { decodeMatrix } from ${from(root, 'src/matrix/decode.js')}
import { generateFleet, withDistinctMemory } from ${from(root, 'scripts/fleet.js')}
import { simulate as simA } from ${from(base, 'src/engine/index.js')}
import { clearEngineStores as clearA } from ${from(base, 'src/engine/simulate.js')}
import { setBootPrefixSharing as shareA } from ${from(base, 'src/engine/boot-prefix.js')}
import { simulate as simB } from ${from(root, 'src/engine/index.js')}
import { clearEngineStores as clearB } from ${from(root, 'src/engine/simulate.js')}
import { setBootPrefixSharing as shareB } from ${from(root, 'src/engine/boot-prefix.js')}
type L = ReturnType<typeof decodeMatrix>['layouts'][number]['layout']
const ARCH = ${JSON.stringify(values.arch ?? '')}
const PAIRS = ${pairs}
const fleet = decodeMatrix(generateFleet(10000) as never).layouts.map((l) => l.layout).filter((l) => !ARCH || l.arch === ARCH)
const unique = fleet.slice(0, 5000)
let drawn = 0
const draw = (): L[] => unique.map((l) => withDistinctMemory(l, drawn++))
const IGNORE_POLICY = ${values['ignore-policy-ids'] ? 'true' : 'false'}
const json = (x: unknown) => JSON.stringify(x, (k, v) => (IGNORE_POLICY && k === 'policy' ? undefined : typeof v === 'bigint' ? v.toString(16) + 'n' : v))
const run = (sim: (l: L) => unknown, l: L) => { try { return json(sim(l)) } catch (e) { return 'THROW ' + String(e) } }
// Sharing off: every layout is a whole boot on both sides (clearEngineStores() turns it back on).
const clear = (c: () => void, share: (on: boolean) => void) => () => { c(); share(false) }
const cA = clear(clearA, shareA), cB = clear(clearB, shareB)
cA(); cB()
let differ = 0, checked = 0
for (const ls of [fleet, draw(), draw()]) for (const l of ls) {
  checked++
  const a = run(simA, l), b = run(simB, l)
  if (a === b || differ++ >= 3) continue
  // Where the two results part, with some of what comes before.
  let i = 0
  while (a[i] === b[i]) i++
  const at = Math.max(0, i - 100)
  console.log('differs:', l.arch, l.kernel, l.cmdline, '\\n  A …' + a.slice(at, i + 150), '\\n  B …' + b.slice(at, i + 150))
}
console.log(\`identity: \${checked.toLocaleString('en')} layouts, \${differ} differ\`)
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }
const pass = (sim: (l: L) => unknown, c: () => void, ls: L[]) => { c(); const t0 = cpu(); for (const l of ls) sim(l); return ((cpu() - t0) * 1000) / ls.length }
for (let r = 0; r < 8; r++) { const ls = draw(); pass(simA, cA, ls); pass(simB, cB, ls) }
const a: number[] = [], b: number[] = [], ratio: number[] = []
for (let r = 0; r < PAIRS; r++) {
  const ls = draw()
  let x: number, y: number
  if (r % 2) { y = pass(simB, cB, ls); x = pass(simA, cA, ls) } else { x = pass(simA, cA, ls); y = pass(simB, cB, ls) }
  a.push(x); b.push(y); ratio.push(y / x)
}
const med = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)]!
console.log(\`A \${med(a).toFixed(2)} µs a layout, B \${med(b).toFixed(2)} µs a layout (CPU time, median of \${PAIRS} pass pairs of \${unique.length.toLocaleString('en')} layouts)\`)
console.log(\`B/A median \${med(ratio).toFixed(3)} (range \${Math.min(...ratio).toFixed(3)}–\${Math.max(...ratio).toFixed(3)})\`)
process.exitCode = differ === 0 ? 0 : 1
`,
  )
  const bundle = join(tmp, 'ab.mjs')
  execFileSync(join(root, 'node_modules/.bin/esbuild'), [harness, '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning'])
  console.log(`A: ${commit} (${rev.slice(0, 8)}); B: this working tree${values.arch ? `; ${values.arch} layouts only` : ''}`)
  execFileSync(process.execPath, [bundle], { stdio: 'inherit' })
} catch (error) {
  process.exitCode = 1
  if ((error as { status?: number }).status === undefined) throw error
} finally {
  git('worktree', 'remove', '--force', base)
  rmSync(tmp, { recursive: true, force: true })
}
