// SPDX-License-Identifier: GPL-2.0-only
// TEMPORARY: the riscv case mapping is being written (memory banks for any -m size).
import type { Board } from '../matrix/generated/board-matrix.js'
import type { OracleInput } from './case-board.js'

export function riscvCaseToBoard(input: OracleInput, mem: bigint, cmdline: string): Board {
  void mem
  return { id: input.id, extends: 'qemu-virt-riscv64', kernels: [input.kernel], cmdline } as Board
}
