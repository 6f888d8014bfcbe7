// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-memblock.json.gz from the harness outputs of
 * ../kernel-memblock-fixture.sh (see there and harness.c for the formats).
 *
 * Each step of a case is the harness's line RESULT;TOTAL;MEMORY;RESERVED, with TOTAL,
 * MEMORY and RESERVED written "=" when they are what they were after the previous step
 * (most operations change one array). A version whose steps of a case are those of the
 * version before it holds the name of that version instead.
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL:TOOLS...   (DIR holds cases.txt and out-GEN.txt)
 */
import { assembleArgs, lines, perCase, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2), ['gen', 'kernel', 'tools'])

/** The steps of a case with unchanged fields as "=". */
function delta(steps) {
  let prev = ['', '', '', '']
  return steps.map((s) => {
    const f = s.split(';')
    const d = f.map((v, i) => (i > 0 && v === prev[i] ? '=' : v))
    prev = f
    return d.join(';')
  })
}

const inputs = lines(`${dir}/cases.txt`)
const outs = Object.fromEntries(versions.map((v) => [v.gen, perCase(`${dir}/out-${v.gen}.txt`)]))
const cases = inputs.map((l, i) => {
  const [page, ...ops] = l.split(';')
  const out = {}
  let before
  for (const { gen } of versions) {
    const steps = outs[gen][i]
    if (steps === undefined || steps.length !== ops.length) throw new Error(`${gen}: case ${i} has ${steps?.length} steps for ${ops.length} operations`)
    const d = delta(steps)
    out[gen] = before !== undefined && JSON.stringify(d) === JSON.stringify(out[before]) ? before : d
    // A reference names the version holding the steps, never another reference.
    if (typeof out[gen] !== 'string') before = gen
  }
  return { page, ops, out }
})

const about =
  'mm/memblock.c of each version, compiled into scripts/kernel-memblock/harness.c and run on the operations of each case; ' +
  'out[version] holds a line per operation (RESULT;TOTAL;MEMORY;RESERVED, "=" for what did not change since the previous line) ' +
  'or the name of an earlier version with the same lines. Made by scripts/kernel-memblock-fixture.sh; read by test/fuzz/kernel-memblock.test.ts.'
// Gzipped: the steps of a few hundred cases in four versions are some 1.3 MB of JSON.
writeFixture(dest, about, versions, cases)
