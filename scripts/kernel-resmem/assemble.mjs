// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-resmem.json.gz from the harness outputs of
 * ../kernel-resmem-fixture.sh (see there and harness.c for the formats): each case holds its
 * input line and, per version, the harness's lines for it, or the name of an earlier version
 * whose lines are the same (never a reference to a reference).
 *
 * Usage: node assemble.mjs DIR OUT GEN:KERNEL...   (DIR holds cases.txt and out-GEN.txt)
 */
import { assembleArgs, perCaseCases, writeFixture } from '../kernel-assemble.mjs'

const { dir, dest, versions } = assembleArgs(process.argv.slice(2))
const cases = perCaseCases(dir, versions)
const about =
  "The default CMA area of each version (early_cma(), dma_contiguous_reserve(), cma_declare_contiguous_nid(): kernel/dma/contiguous.c and mm/cma.c over the tree's mm/memblock.c), " +
  'and for the "dt|" cases its /reserved-memory code (drivers/of/fdt.c and drivers/of/of_reserved_mem.c with rmem_cma_setup() and rmem_dma_setup()), ' +
  'compiled into scripts/kernel-resmem/harness.c and run on each case (input: its harness.c line); out[version] holds the lines the harness printed ' +
  '(log, area, mem) or the name of an earlier version with the same lines. Made by scripts/kernel-resmem-fixture.sh; read by test/fuzz/kernel-resmem.test.ts.'
writeFixture(dest, about, versions, cases)
