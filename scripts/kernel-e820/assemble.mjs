// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-e820.json.gz from the harness outputs of
 * ../kernel-e820-fixture.sh (see there and harness.c for the formats).
 *
 * Each case holds its input line and, per version, the harness's lines for it, or the name of
 * an earlier version whose lines are the same (never a reference to a reference).
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN.txt)
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'

const [dir, dest, ...specs] = process.argv.slice(2)
const versions = specs.map((s) => {
  const [gen, kernel] = s.split(':')
  return { gen, kernel }
})
const lines = (f) => readFileSync(f, 'utf8').trimEnd().split('\n')

/** The harness output of one version, as one array of lines per case. */
function read(gen) {
  const out = []
  for (const l of lines(`${dir}/out-${gen}.txt`)) {
    if (l.startsWith('case ')) out.push([])
    else out.at(-1).push(l)
  }
  return out
}

const inputs = lines(`${dir}/cases.txt`)
const outs = Object.fromEntries(versions.map((v) => [v.gen, read(v.gen)]))
const cases = inputs.map((input, i) => {
  const out = {}
  const held = []
  for (const { gen } of versions) {
    const got = outs[gen][i]
    if (got === undefined || got.length === 0) throw new Error(`${gen}: no output for case ${i}`)
    const same = held.find((g) => JSON.stringify(out[g]) === JSON.stringify(got))
    if (same) out[gen] = same
    else {
      out[gen] = got
      held.push(gen)
    }
  }
  return { input, out }
})

const about =
  "The x86 e820 code of each version (arch/x86/kernel/e820.c: e820__update_table(), parse_memopt(), parse_memmap_opt(), e820__finish_early_params(), e820__end_of_ram_pfn(), e820__memblock_setup(); arch/x86/kernel/setup.c: e820_add_kernel_range(), trim_bios_range(); over the tree's mm/memblock.c), " +
  'compiled into scripts/kernel-e820/harness.c and run in setup_arch() order on the firmware table and command line of each case (input: its harness.c line); out[version] holds the lines the harness printed ' +
  '(log, e820, pfn, memory, reserved; or abort) or the name of an earlier version with the same lines. ' +
  'Made by scripts/kernel-e820-fixture.sh; read by test/fuzz/kernel-e820.test.ts.'
writeFileSync(dest, gzipSync(`${JSON.stringify({ about, versions, cases })}\n`, { level: 9 }))
