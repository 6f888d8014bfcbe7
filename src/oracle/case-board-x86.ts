// SPDX-License-Identifier: GPL-2.0-only
/**
 * An amd64 oracle case as a board: QEMU `-M q35|pc` with SeaBIOS becomes the built-in preset
 * of the same machine, and `-m` becomes `ramSize`, from which the preset computes the e820
 * RAM map (QEMU's below/above-4G split, SeaBIOS's 640K and top-of-low-RAM holes) and the
 * initrd placement (QEMU puts it page aligned under the top of low RAM minus its ACPI area)
 * for any size, exactly as it does for its own 1G/2G/4G/8G variants.
 *
 * `nokaslr` is part of the case's full command line, so the image sits at its preferred
 * address (the preset's 0x1000000) with the kernel profile's init_size.
 */
import type { Board } from '../matrix/generated/board-matrix.js'
import type { OracleInput } from './case-board.js'

const hex = (v: bigint): string => `0x${v.toString(16)}`

/** The preset of a QEMU x86 machine type (`pc` is i440fx, everything else q35). */
export const x86Preset = (machine: string): 'qemu-pc-x86_64' | 'qemu-q35-x86_64' =>
  machine === 'pc' || machine.startsWith('pc-i440fx') ? 'qemu-pc-x86_64' : 'qemu-q35-x86_64'

export function x86CaseToBoard(input: OracleInput, mem: bigint, cmdline: string): Board {
  return {
    id: input.id,
    extends: x86Preset(input.machine),
    kernels: [input.kernel],
    ramSize: hex(mem),
    cmdline,
  } as Board
}
