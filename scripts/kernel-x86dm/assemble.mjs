// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-x86dm.json.gz from the harness outputs of
 * ../kernel-x86dm-fixture.sh (see there and harness.c for the formats).
 *
 * Each case holds its input line and, per version, the harness's lines for it, or the name of
 * an earlier version whose lines are the same (never a reference to a reference).
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN.txt)
 */
import { assembleArgs, perCaseCases, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2))
const cases = perCaseCases(dir, versions)

const about =
  "The x86_64 direct-map setup of each version (init_mem_mapping() and what it calls, arch/x86/mm/init.c and init_64.c, over the tree's mm/memblock.c), " +
  'compiled into scripts/kernel-x86dm/harness.c and run on the memory map of each case (input: its harness.c line); out[version] holds the lines the harness printed ' +
  '(mask, count, tables, leaves, gb, brk, memblock, probe, mapped, warn; or abort) or the name of an earlier version with the same lines. ' +
  'Made by scripts/kernel-x86dm-fixture.sh; read by test/fuzz/kernel-x86dm.test.ts.'
writeFixture(dest, about, versions, cases)
