// SPDX-License-Identifier: GPL-2.0-only
/**
 * The board of test/boots/ubuntu's "A node of 2 MiB": QEMU q35 with 4 GiB in two NUMA nodes,
 * node 1 the last 2 MiB of RAM. Ubuntu's 5.13.19, 5.14.21 and 5.17.15 panic in memmap_init()
 * on it (CK012, SimulationResult.panic); the tests of the rule, the report, the schema and
 * sweep share it.
 */
export function tinyNodeBoard(kernels: unknown[], cmdline = 'crashkernel=256M'): Record<string, unknown> {
  return {
    id: 'tiny',
    extends: 'qemu-q35-x86_64',
    memory: [
      { base: '0x0', size: '0x9f000', node: 0 },
      { base: '0x100000', size: '0x7fee0000', node: 0 },
      { base: '0x100000000', size: '0x7fe00000', node: 0 },
      { base: '0x17fe00000', size: '2M', node: 1 },
    ],
    kernels,
    cmdline,
  }
}
