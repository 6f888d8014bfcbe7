// SPDX-License-Identifier: GPL-2.0-only
/**
 * A riscv64 oracle case as a board: QEMU `-M virt -bios default -kernel … -initrd … -m <mem>`
 * with Debian's OpenSBI (shared/oracle/README.md "How a case boots"). Everything that
 * depends on `-m` is written out explicitly here, so any size works, not only the preset's
 * four:
 *
 * - RAM: one bank from 0x80000000, `-m` bytes long (QEMU's virt memory map);
 * - OpenSBI's two `no-map` /reserved-memory nodes (0x80000000 + 256 KiB, 0x80040000 +
 *   128 KiB) come from the preset; the Image at 0x80200000 and the initrd at 0xa0200000
 *   (QEMU's riscv_load_initrd() for RAM ≥ 1 GiB: MIN(RAM / 2, 512 MiB) above the kernel) too;
 * - the DTB: riscv_compute_fdt_addr() puts it at QEMU_ALIGN_DOWN(end of RAM - fdt size, 2 MiB),
 *   i.e. 2 MiB under the top of RAM on rv64 (OpenSBI's "Next Arg1"); its size is
 *   fdt_totalsize() after OpenSBI's fix-ups, which grows with /chosen/bootargs.
 *
 * Only `input` is read, never `observed`.
 */
import type { Board } from '../matrix/generated/board-matrix.js'
import type { OracleInput } from './case-board.js'

const RAM_BASE = 0x80000000n
const SZ_2M = 0x200000n
const hex = (v: bigint): string => `0x${v.toString(16)}`

/**
 * fdt_totalsize() of QEMU's virt DTB as Linux sees it: 0x1855 bytes with the 79-character
 * command line of the memblock=debug cases. Only the /chosen `bootargs` property varies
 * between cases; its value (the string and its NUL) is padded to 4 bytes in the structure
 * block, so the total moves in steps of 4 with the command line's length.
 */
export function qemuVirtDtbSize(cmdline: string): bigint {
  const MEASURED_TOTAL = 0x1855n
  const MEASURED_CMDLINE_LENGTH = 79n
  const padded = (len: bigint): bigint => ((len + 1n + 3n) / 4n) * 4n
  return MEASURED_TOTAL - padded(MEASURED_CMDLINE_LENGTH) + padded(BigInt(Buffer.byteLength(cmdline, 'utf8')))
}

export function riscvCaseToBoard(input: OracleInput, mem: bigint, cmdline: string): Board {
  const dtbSize = qemuVirtDtbSize(cmdline)
  return {
    id: input.id,
    extends: 'qemu-virt-riscv64',
    kernels: [input.kernel],
    memory: [{ base: hex(RAM_BASE), size: hex(mem) }],
    // QEMU_ALIGN_DOWN(dram_end - fdtsize, 2 MiB).
    dtb: { base: hex((RAM_BASE + mem - dtbSize) & ~(SZ_2M - 1n)), size: hex(dtbSize) },
    cmdline,
  } as Board
}
