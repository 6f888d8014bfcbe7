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
import { assembleArgs, perCaseCases, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2))
const cases = perCaseCases(dir, versions)

const about =
  "The x86 e820 code of each version (arch/x86/kernel/e820.c: e820__update_table(), parse_memopt(), parse_memmap_opt(), e820__finish_early_params(), e820__end_of_ram_pfn(), e820__memblock_setup(); arch/x86/kernel/setup.c: e820_add_kernel_range(), trim_bios_range(); over the tree's mm/memblock.c), " +
  'compiled into scripts/kernel-e820/harness.c and run in setup_arch() order on the firmware table and command line of each case (input: its harness.c line); out[version] holds the lines the harness printed ' +
  '(log, e820, pfn, memory, reserved; or abort) or the name of an earlier version with the same lines. ' +
  'Made by scripts/kernel-e820-fixture.sh; read by test/fuzz/kernel-e820.test.ts.'
writeFixture(dest, about, versions, cases)
