// SPDX-License-Identifier: GPL-2.0-only
/**
 * Writes test/fixtures/kernel-mmu.json.gz from the harness outputs of
 * ../kernel-mmu-fixture.sh: DIR/cases.txt (cases.mjs) and DIR/out-VERSION.txt (each line the
 * case as given to the harness, with its PAGE_SHIFT VA_BITS first, then harness.c's output);
 * with `riscv` first, test/fixtures/kernel-riscv-mmu.json.gz from those of
 * ../kernel-riscv-mmu-fixture.sh (riscv-cases.mjs, riscv-harness.c; the variant is KFENCE).
 * out[version] of a case is harness.c's output, or the name of an earlier version with the
 * same output; a version without the case's build variant (LPA2 before 6.9) has no entry.
 *
 * Usage: node assemble.mjs DIR OUT [riscv] VERSION:KERNEL...
 */
import { assembleArgs, lines, sharedOut, writeFixture } from '../kernel-assemble.mjs'

const argv = process.argv.slice(2)
const riscv = argv[2] === 'riscv'
const { dir, dest, versions } = assembleArgs(riscv ? [...argv.slice(0, 2), ...argv.slice(3)] : argv)
const inputs = lines(`${dir}/cases.txt`)
const byInput = Object.fromEntries(
  versions.map(({ gen }) => {
    const m = new Map()
    for (const l of lines(`${dir}/out-${gen}.txt`)) {
      const k = l.search(/ (ok|bug) /)
      m.set(l.slice(0, k), l.slice(k + 1))
    }
    return [gen, m]
  }),
)
const cases = inputs.map((input) => ({
  input,
  out: sharedOut(versions.map(({ gen }) => [gen, byInput[gen].get(input)]).filter(([, o]) => o !== undefined)),
}))
const about = riscv
  ? 'arch/riscv/mm/init.c setup_vm_final() (6.4+: create_linear_mapping_page_table()), best_map_size() and the create_pgd_mapping() chain of each ' +
    'version, cut out and compiled into scripts/kernel-mmu/riscv-harness.c (one build with CONFIG_KFENCE, one without); input: KFENCE then the ' +
    'harness input, out[version]: its output or the name of an earlier version with the same output. Made by scripts/kernel-riscv-mmu-fixture.sh; ' +
    'read by test/fuzz/kernel-riscv-mmu.test.ts.'
  : 'arch/arm64/mm/mmu.c map_mem() and the __create_pgd_mapping() chain of each version, cut out and compiled into scripts/kernel-mmu/harness.c ' +
  '(one build per PAGE_SHIFT and VA_BITS); input: PAGE_SHIFT VA_BITS then the harness input, out[version]: its output or the name of an ' +
  'earlier version with the same output. Made by scripts/kernel-mmu-fixture.sh; read by test/fuzz/kernel-mmu.test.ts.'
writeFixture(dest, about, versions, cases)
