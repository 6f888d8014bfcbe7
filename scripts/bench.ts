// SPDX-License-Identifier: GPL-2.0-only
/**
 * npm run bench: the figures docs/benchmarks.md records, measured on this machine in one run.
 *
 *   1. generated matrices of 100, 1,000 and 10,000 boards (a realistic mix of the presets);
 *   2. end-to-end wall time and peak RSS of the bundled CLI (dist/cli/index.js) on each;
 *   3. engine layouts per second on one core (the engine bundled as the CLI bundles it),
 *      for the fleet mix and for layouts whose memory maps are all different;
 *   4. the bundled action's cold start on the example matrix against `node -e 0`;
 *   5. the bundle sizes.
 *
 * Prints figures only; nothing here asserts a goal (goals belong in the docs, not in tests).
 * `npm run bench -- --engine` measures the engine (3) alone.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { decodeMatrix } from '../src/matrix/decode.js'
import { generateFleet } from './fleet.js'

const root = resolve(import.meta.dirname, '..')
const tmp = mkdtempSync(join(tmpdir(), 'ckc-bench-'))
const cli = join(root, 'dist/cli/index.js')
const action = join(root, 'dist/action/index.js')

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]!
}

/** Runs node with a preload that reports the child's peak RSS on exit. */
function runNode(args: string[], env: NodeJS.ProcessEnv = {}): { ms: number; rssMiB: number; status: number | null } {
  const preload = join(tmp, 'rss.mjs')
  writeFileSync(preload, "process.on('exit', () => process.stderr.write(`\\nRSS_KB=${process.resourceUsage().maxRSS}\\n`))\n")
  const t0 = performance.now()
  const r = spawnSync(process.execPath, ['--import', preload, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = performance.now() - t0
  const m = /RSS_KB=(\d+)/.exec(r.stderr ?? '')
  return { ms, rssMiB: m ? Number(m[1]) / 1024 : NaN, status: r.status }
}

const engineOnly = process.argv.includes('--engine')
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`)

// ---------------------------------------------------------------- 1 + 2: CLI end to end
if (!engineOnly) {
  console.log('\nCLI end to end (node dist/cli/index.js check <matrix> --format json, median of 3)')
  console.log('boards  layouts  wall ms  peak RSS MiB')
}
for (const n of engineOnly ? [] : [100, 1000, 10000]) {
  const file = join(tmp, `fleet-${n}.json`)
  const doc = generateFleet(n)
  writeFileSync(file, JSON.stringify(doc, null, 2))
  const layouts = decodeMatrix(doc as never).layouts.length
  const runs = [0, 1, 2].map(() => runNode([cli, 'check', file, '--format', 'json']))
  console.log(`${String(n).padStart(6)}  ${String(layouts).padStart(7)}  ${median(runs.map((r) => r.ms)).toFixed(0).padStart(7)}  ${median(runs.map((r) => r.rssMiB)).toFixed(0).padStart(12)}`)
}

// ---------------------------------------------------------------- 3: engine layouts/s
// Four workloads, each in the same fresh process after a JIT warm-up. "Cold" means every
// store the engine shares results through is emptied first (clearEngineStores()). Each
// figure is the median of several passes, printed with the range, because one pass lasts
// only 50-300 ms on a machine whose two cores are shared. (A forced full collection before
// each pass was tried: it made the passes after it slower, not steadier.)
//   fleet, one pass  the 10,000-board fleet once, cold (what one check does);
//   fleet, repeated  the same fleet simulated over and over, in 1 s windows;
//   sweep            the fleet's first 200 layouts × 32 crashkernel= sizes, every layout
//                    different, once, cold;
//   unique maps      5,000 layouts whose memory maps all differ, once, cold: every layout
//                    is a whole boot with nothing to share, with prefix sharing on and off
//                    (the order alternates between rounds).
//                    The JIT takes tens of thousands of such boots to settle, so 40,000 of
//                    them run first; the first passes of a fresh process are slower.
// Results are dropped as they come, as in a loop over simulate(): the collector's cost of
// keeping them (the CLI keeps every result for its report) is the CLI's, measured above.
// The fleet has far fewer distinct layouts than layouts (boards drawn from a few presets):
// the harness counts them, so that the fleet figures are read for what they are.
const harness = join(tmp, 'engine-harness.ts')
writeFileSync(
  harness,
  `import { decodeMatrix } from ${JSON.stringify(join(root, 'src/matrix/decode.js'))}
import { simulate } from ${JSON.stringify(join(root, 'src/engine/index.js'))}
import { clearEngineStores } from ${JSON.stringify(join(root, 'src/engine/simulate.js'))}
import { setBootPrefixSharing } from ${JSON.stringify(join(root, 'src/engine/boot-prefix.js'))}
import { generateFleet, withDistinctMemory } from ${JSON.stringify(join(root, 'scripts/fleet.js'))}
type L = ReturnType<typeof decodeMatrix>['layouts'][number]['layout']
const fleet = decodeMatrix(generateFleet(10000) as never).layouts.map((l) => l.layout)
const distinct = new Set(fleet.map((l) => JSON.stringify(l, (_k, v) => (typeof v === 'bigint' ? v.toString(16) + 'n' : v)))).size
const shrink = (l: L, i: number): L => ({ ...l, memory: l.memory.map((b, j) => (j === l.memory.length - 1 ? { ...b, size: b.size - BigInt(4096 * (i + 1)) } : b)) })
const unique = fleet.slice(0, 5000)
let drawn = 0
const draw = (): L[] => unique.map((l) => withDistinctMemory(l, drawn++))

function once(layouts: L[]): number {
  const t0 = performance.now()
  for (const l of layouts) simulate(l)
  return layouts.length / ((performance.now() - t0) / 1000)
}
function window(layouts: L[], seconds: number): number {
  let n = 0
  const t0 = performance.now()
  while (performance.now() - t0 < seconds * 1000) for (const l of layouts) { simulate(l); n++ }
  return n / ((performance.now() - t0) / 1000)
}
const stats = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return { median: s[Math.floor(s.length / 2)], min: s[0], max: s[s.length - 1] } }
// JIT warm-up: a fleet-like set (each shape three times, so prefixes are stored and read)
// and a unique set, with sharing on; then the fleet itself once with sharing off.
setBootPrefixSharing(true)
const warm = fleet.slice(0, 3000).map((l, i) => shrink(l, 100000 + (i % 300)))
for (let r = 0; r < 3; r++) once(warm)
for (let r = 0; r < 8; r++) once(draw())
setBootPrefixSharing(false)
once(fleet)
const cold = (): void => clearEngineStores()
const fleetOnce = stats(Array.from({ length: 5 }, () => (cold(), once(fleet))))
cold()
const fleetRepeated = stats(Array.from({ length: 3 }, () => window(fleet, 1)))
const sizes = Array.from({ length: 32 }, (_, k) => \`crashkernel=\${64 + 32 * k}M\`)
const sweep = fleet.slice(0, 200).flatMap((l) => sizes.map((c) => ({ ...l, cmdline: l.cmdline.replace(/crashkernel=\\S+/g, '').trim() + ' ' + c })))
const sweepOnce = stats(Array.from({ length: 3 }, () => (cold(), once(sweep))))
// Sharing on and off on fresh layouts each pass, the order alternating between rounds.
const on: number[] = []
const off: number[] = []
const runs = [
  () => { cold(); on.push(once(draw())) },
  () => { cold(); setBootPrefixSharing(false); off.push(once(draw())) },
]
for (let r = 0; r < 6; r++) for (let k = 0; k < runs.length; k++) runs[(r + k) % runs.length]!()
console.log(JSON.stringify({ layouts: fleet.length, distinct, sweepLayouts: sweep.length, fleetOnce, fleetRepeated, sweepOnce, uniqueOnce: stats(on), uniqueUnshared: stats(off) }))
`,
)
const bundle = join(tmp, 'engine-harness.mjs')
execFileSync(join(root, 'node_modules/.bin/esbuild'), [harness, '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=warning'])
const eng = JSON.parse(execFileSync(process.execPath, [bundle], { encoding: 'utf8' }).trim().split('\n').at(-1)!)
const n = (x: number) => Math.round(x).toLocaleString('en')
const rate = (s: { median: number; min: number; max: number }) => `${n(s.median)} layouts/s (${n(s.min)}–${n(s.max)}; ${(1e6 / s.median).toFixed(1)} µs each)`
console.log('\nengine, one core (simulate() only, bundled as the CLI bundles it; median of the passes, range in brackets)')
console.log(`fleet mix (${n(eng.layouts)} layouts, ${n(eng.distinct)} distinct), one cold pass ×5:  ${rate(eng.fleetOnce)}`)
console.log(`fleet mix, repeated, three 1 s windows:            ${rate(eng.fleetRepeated)}`)
console.log(`sweep (${n(eng.sweepLayouts)} layouts, all different), one cold pass ×3: ${rate(eng.sweepOnce)}`)
console.log(`every memory map different (5,000), one pass ×6:  ${rate(eng.uniqueOnce)}`)
console.log(`  the same with prefix sharing off:                ${rate(eng.uniqueUnshared)}`)

// ---------------------------------------------------------------- 4: action cold start
if (!engineOnly) {
  const ws = join(tmp, 'ws')
  mkdirSync(ws, { recursive: true })
  writeFileSync(join(ws, 'boards.json'), readFileSync(join(root, 'examples/boards.json')))
  const env = {
    GITHUB_WORKSPACE: ws,
    INPUT_MATRIX: 'boards.json',
    'INPUT_FAIL-ON': 'never',
    INPUT_COMMENT: 'false',
    GITHUB_OUTPUT: join(tmp, 'out.txt'),
    GITHUB_STEP_SUMMARY: join(tmp, 'summary.md'),
  }
  const bare = Array.from({ length: 7 }, () => runNode(['-e', '0']).ms)
  const cold = Array.from({ length: 7 }, () => runNode([action], env).ms)
  console.log('\naction cold start on examples/boards.json (median of 7)')
  console.log(`node -e 0: ${median(bare).toFixed(0)} ms; dist/action/index.js: ${median(cold).toFixed(0)} ms (${(median(cold) / median(bare)).toFixed(2)} × bare node)`)

  // 5: bundle sizes
  console.log('\nbundle sizes')
  for (const f of [action, cli]) console.log(`${f.slice(root.length + 1)}: ${(statSync(f).size / 1024).toFixed(0)} KiB`)
}

rmSync(tmp, { recursive: true, force: true })
