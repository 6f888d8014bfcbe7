// SPDX-License-Identifier: GPL-2.0-only
/**
 * npx tsx scripts/fuzz.ts [runs] [seed]: the fuzz suite's properties (test/fuzz/arbitraries.ts)
 * at full size, 100,000 cases each by default, printing per property the cases run, the time
 * and what the cases exercised. Exits 1 on the first counterexample (printed shrunk, with the
 * seed and path to replay it). docs/hardening.md records one run's output.
 */
import fc from 'fast-check'
import {
  almostJson,
  cmdlineInput,
  crashkernelAgrees,
  engineCase,
  engineInvariantsHold,
  loaderNeverThrows,
  matrixish,
  mutatedMatrix,
  memparseAgrees,
  memparseInput,
  stagesNeverThrow,
  systemRamInput,
  type Counts,
} from '../test/fuzz/arbitraries.js'
import { RELEASES } from '../test/fuzz/reference-parser.js'

const runs = Number(process.argv[2] ?? 100_000)
const seed = Number(process.argv[3] ?? 20_260_101)
const release = fc.constantFrom(...RELEASES)

interface Property {
  name: string
  property: (counts: Counts) => fc.IPropertyWithHooks<never> | fc.IProperty<never>
}

const properties: Property[] = [
  { name: 'memparse: engine = reference (5.10, 6.1, 6.12, 7.2)', property: (c) => fc.property(memparseInput, release, (s, r) => memparseAgrees(s, r, c)) as never },
  { name: 'crashkernel=: engine = reference, every class', property: (c) => fc.property(cmdlineInput, release, systemRamInput, (s, r, ram) => crashkernelAgrees(s, r, ram, c)) as never },
  { name: 'check(): matrix-shaped JSON never throws', property: (c) => fc.property(matrixish, (d) => loaderNeverThrows(JSON.stringify(d), c)) as never },
  { name: 'check(): almost-JSON never throws', property: (c) => fc.property(almostJson, (t) => loaderNeverThrows(t, c)) as never },
  { name: 'check(): arbitrary strings never throw', property: (c) => fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json()), (t) => loaderNeverThrows(t, c)) as never },
  { name: 'check(): valid boards with random values never throw (suggestions on)', property: (c) => fc.property(mutatedMatrix, (t) => loaderNeverThrows(t, c, true)) as never },
  { name: 'parse/validate/decode: any JSON never throws', property: (c) => fc.property(matrixish, (v) => stagesNeverThrow(v, c)) as never },
  { name: 'engine invariants on random boards', property: (c) => fc.property(engineCase, (e) => engineInvariantsHold(e, c)) as never },
]

console.log(`fast-check ${fc.__version}, node ${process.version}, ${runs} runs per property, seed ${seed}\n`)
let failed = false
for (const [i, p] of properties.entries()) {
  const counts: Counts = {}
  const t0 = performance.now()
  const details = fc.check(p.property(counts), { numRuns: runs, seed: seed + i })
  const seconds = ((performance.now() - t0) / 1000).toFixed(1)
  console.log(`${p.name}: ${details.failed ? 'FAILED' : 'passed'} after ${details.numRuns} cases in ${seconds} s`)
  const checks = Object.values(counts).reduce((a, b) => a + b, 0)
  console.log(`  ${checks} checks:`)
  for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`    ${String(n).padStart(8)}  ${key}`)
  if (details.failed) {
    failed = true
    console.log(fc.defaultReportMessage(details))
  }
  console.log('')
}
process.exitCode = failed ? 1 : 0
