// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-resmem.json.gz from the harness outputs of
 * ../kernel-resmem-fixture.sh (see there and harness.c for the formats): each case holds its
 * input line and, per version, the harness's lines for it, or the name of an earlier version
 * whose lines are the same (never a reference to a reference).
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN.txt)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const [dir, dest, ...specs] = process.argv.slice(2)
const versions = specs.map((s) => ({ gen: s.split(':')[0], kernel: s.split(':')[1] }))
const text = (f) => readFileSync(f, 'utf8').trimEnd().split('\n')
const perCase = (gen) =>
  text(`${dir}/out-${gen}.txt`).reduce((acc, l) => (l.startsWith('case ') ? acc.push([]) : acc.at(-1).push(l), acc), [])

const outs = new Map(versions.map((v) => [v.gen, perCase(v.gen)]))
const cases = text(`${dir}/cases.txt`).map((input, i) => {
  const out = {}
  for (const { gen } of versions) {
    const got = outs.get(gen)[i]
    if (!got?.length) throw new Error(`${gen}: no output for case ${i}`)
    out[gen] = Object.keys(out).find((g) => Array.isArray(out[g]) && out[g].join('\n') === got.join('\n')) ?? got
  }
  return { input, out }
})
const about =
  "The default CMA area of each version (early_cma(), dma_contiguous_reserve(), cma_declare_contiguous_nid(): kernel/dma/contiguous.c and mm/cma.c over the tree's mm/memblock.c), " +
  'and for the "dt|" cases its /reserved-memory code (drivers/of/fdt.c and drivers/of/of_reserved_mem.c with rmem_cma_setup() and rmem_dma_setup()), ' +
  'compiled into scripts/kernel-resmem/harness.c and run on each case (input: its harness.c line); out[version] holds the lines the harness printed ' +
  '(log, area, mem) or the name of an earlier version with the same lines. Made by scripts/kernel-resmem-fixture.sh; read by test/fuzz/kernel-resmem.test.ts.'
writeFileSync(dest, gzipSync(`${JSON.stringify({ about, versions, cases })}\n`, { level: 9 }))
