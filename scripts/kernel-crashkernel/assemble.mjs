// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-crashkernel.json.gz from the harness outputs of
 * ../kernel-crashkernel-fixture.sh (see there and harness.c for the formats): each case is
 * its input line and, per version, the harness's output line, or the name of an earlier
 * version whose line is the same.
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL:FILE...   (DIR holds cases.txt and out-GEN.txt)
 */
import { assembleArgs, lines, sharedOut, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2), ['gen', 'kernel', 'file'])

const inputs = lines(`${dir}/cases.txt`)
const outs = Object.fromEntries(versions.map((v) => [v.gen, lines(`${dir}/out-${v.gen}.txt`)]))
for (const { gen } of versions) if (outs[gen].length !== inputs.length) throw new Error(`${gen}: ${outs[gen].length} lines for ${inputs.length} cases`)
const cases = inputs.map((line, i) => ({ in: line, out: sharedOut(versions.map(({ gen }) => [gen, outs[gen][i]])) }))

const about =
  'crashkernel= parsing of each version (lib/kstrtox.c, lib/cmdline.c memparse(), kernel/crash_core.c or crash_reserve.c), cut from the tree and compiled into ' +
  'scripts/kernel-crashkernel/harness.c; cases[].in is the harness input line, out[version] its output line or the name of an earlier version with the same line. ' +
  'Made by scripts/kernel-crashkernel-fixture.sh; read by test/fuzz/kernel-crashkernel.test.ts.'
writeFixture(dest, about, versions, cases)
