// SPDX-License-Identifier: GPL-2.0-only
/**
 * QEMU `-M virt` (riscv64) with Debian's OpenSBI (`-bios default`), booted with `-kernel`
 * (shared/oracle/README.md): RAM from 0x80000000; OpenSBI keeps 0x80000000-0x8005ffff in two
 * `no-map` reserved-memory nodes; Image at 0x80200000; initrd at 0xa0200000 (QEMU's place from
 * 1 GiB of RAM up, the preset's least `ramSize`); DTB 2 MiB under
 * the top of RAM (OpenSBI's "Next Arg1"), 0x1855 bytes (reserved by paging_init in the
 * oracle's memblock=debug cases).
 */
import type { RamVariant } from '../matrix/generated/board-matrix.js'
import { nonEmpty, type Preset } from './types.js'

const RAM_BASE = 0x80000000n
const SZ_2M = 0x200000n
const hex = (v: bigint): string => `0x${v.toString(16)}`

/**
 * fdt_totalsize() of the DTB QEMU virt makes for one CPU, as paging_init() reserves it in the
 * oracle's memblock=debug cases (QEMU 10; QEMU 7.2's is 0x1547 – 0x157b by the command line).
 */
export const QEMU_VIRT_RISCV64_DTB_SIZE = '0x1855'

const SIZES: Array<[string, bigint]> = [['1G', 1n << 30n], ['2G', 2n << 30n], ['4G', 4n << 30n], ['8G', 8n << 30n]]

/** `-m size`: one bank from 0x80000000, the DTB 2 MiB under its top. */
function ramForSize(size: bigint, name = hex(size)): RamVariant {
  return {
    name,
    memory: nonEmpty([{ base: hex(RAM_BASE), size: hex(size) }]),
    dtb: { base: hex(RAM_BASE + size - SZ_2M), size: QEMU_VIRT_RISCV64_DTB_SIZE },
  }
}

export const qemuVirtRiscv64: Preset = {
  name: 'qemu-virt-riscv64',
  description: 'QEMU virt (riscv64, -cpu rv64, Sv57) with OpenSBI fw_dynamic; RAM from 0x80000000.',
  settings: {
    arch: 'riscv64',
    ram: nonEmpty(SIZES.map(([name, size]) => ramForSize(size, name))),
    reservations: [
      { kind: 'fixed', name: 'mmode_resv1@80000000', base: '0x80000000', size: '0x40000', nomap: true, description: 'OpenSBI firmware (PMP-protected)' },
      { kind: 'fixed', name: 'mmode_resv0@80040000', base: '0x80040000', size: '0x20000', nomap: true, description: 'OpenSBI firmware (PMP-protected)' },
    ],
    image: { base: '0x80200000' },
    // initramfs-riscv64.cpio.gz of the oracle.
    initrd: { base: '0xa0200000', size: '0xfd0d3' },
    cmdline: 'console=ttyS0',
  },
  ramForSize,
  // QEMU's hw/riscv/boot.c riscv_load_initrd() puts the initrd at MIN(RAM / 2, 512 MiB) above
  // the kernel's entry: at 0xa0200000, as this preset does, from 1 GiB of RAM up only. (Below
  // 2432 KiB the DTB OpenSBI puts 2 MiB under the top would also overlap OpenSBI itself.)
  ramSizeMin: { size: 1n << 30n, reason: 'QEMU puts the initrd at half of a smaller RAM above the kernel instead of 512 MiB above it, where this preset places it; describe such a machine with `memory` and `initrd`' },
}
