// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-zones.json.gz from the harness outputs of
 * ../kernel-zones-fixture.sh (see there and harness.c for the formats): one harness per zone
 * set, each printing "-" for the cases of the other sets.
 *
 * Each case holds its input line and, per version, the harness's lines for it, or the name of
 * an earlier version whose lines are the same (never a reference to a reference).
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN-SET.txt)
 */
import { readdirSync } from 'node:fs'
import { assembleArgs, lines, sharedOut, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2))

/** The harness outputs of one version (one file per zone set), merged: one array of lines per case. */
function read(gen) {
  const out = []
  for (const f of readdirSync(dir).filter((n) => n.startsWith(`out-${gen}-`))) {
    let i = -1
    for (const l of lines(`${dir}/${f}`)) {
      if (l.startsWith('case ')) i = Number(l.slice(5))
      else if (l !== '-') (out[i] ??= []).push(l)
    }
  }
  return out
}

const outs = Object.fromEntries(versions.map((v) => [v.gen, read(v.gen)]))
const cases = lines(`${dir}/cases.txt`).map((input, i) => {
  const got = versions.map(({ gen }) => [gen, outs[gen][i]])
  for (const [gen, g] of got) if (g === undefined || g.length === 0) throw new Error(`${gen}: no output for case ${i}`)
  return { input, out: sharedOut(got) }
})

const about =
  "free_area_init() of each version (mm/page_alloc.c or mm/mm_init.c: find_zone_movable_pfns_for_nodes(), get_pfn_range_for_nid(), free_area_init_node(), over the tree's mm/memblock.c), " +
  'compiled into scripts/kernel-zones/harness.c and run on the NUMA memory map, zone limits and command line of each case (input: its harness.c line); out[version] holds ' +
  'the memory array ("memory ...") and the lines printed (I:, W:, E:; or abort) or the name of an earlier version with the same lines. ' +
  'Made by scripts/kernel-zones-fixture.sh; read by test/fuzz/kernel-zones.test.ts.'
writeFixture(dest, about, versions, cases)
