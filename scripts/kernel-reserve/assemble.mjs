// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-reserve.json.gz from the harness outputs of
 * ../kernel-reserve-fixture.sh (see there and harness.c for the formats): each case is its
 * input line and, per version, the output line of that version's build for the case's
 * architecture, or the name of an earlier version whose line is the same. A version without
 * a build for the architecture (riscv64 5.10: no crash kernel code) has no entry.
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN-ARCH.txt)
 */
import { existsSync } from 'node:fs'
import { assembleArgs, lines, sharedOut, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2))

const inputs = lines(`${dir}/cases.txt`)
const outs = {}
for (const { gen } of versions) {
  for (const arch of ['x86_64', 'arm64', 'riscv64']) {
    const f = `${dir}/out-${gen}-${arch}.txt`
    if (!existsSync(f)) continue
    outs[`${gen}-${arch}`] = lines(f)
    if (outs[`${gen}-${arch}`].length !== inputs.length) throw new Error(`${gen} ${arch}: ${outs[`${gen}-${arch}`].length} lines for ${inputs.length} cases`)
  }
}
const cases = inputs.map((line, i) => {
  const arch = line.slice(0, line.indexOf(' '))
  const got = versions.map(({ gen }) => [gen, outs[`${gen}-${arch}`]?.[i]]).filter(([, g]) => g !== undefined)
  for (const [gen, g] of got) if (g === '-') throw new Error(`${gen} ${arch}: case ${i} not run`)
  return { in: line, out: sharedOut(got) }
})

const about =
  'The crash-kernel reservation of each version (x86_64 and arm64 reserve_crashkernel(), riscv64 6.1 reserve_crashkernel(), from 6.12 ' +
  'arch_reserve_crashkernel() and kernel/crash_reserve.c reserve_crashkernel_generic()), cut from the tree and compiled with its mm/memblock.c and ' +
  'crashkernel= parsing into scripts/kernel-reserve/harness.c; cases[].in is the harness input line (ARCH LOWLIMIT PABITS SWIOTLB|PAGE;OPS|CMDLINE), ' +
  'out[version] its output line (CRASH;LOW;CMA;RESERVED;MSGS) or the name of an earlier version with the same line. ' +
  'Made by scripts/kernel-reserve-fixture.sh; read by test/fuzz/kernel-reserve.test.ts.'
writeFixture(dest, about, versions, cases)
