// SPDX-License-Identifier: GPL-2.0-only
// TEMPORARY: the x86 case mapping is being written (memory banks for any -m size).
import type { Board } from '../matrix/generated/board-matrix.js'
import type { OracleInput } from './case-board.js'

export function x86CaseToBoard(input: OracleInput, mem: bigint, cmdline: string): Board {
  void mem
  return { id: input.id, extends: input.machine === 'pc' ? 'qemu-pc-x86_64' : 'qemu-q35-x86_64', kernels: [input.kernel], cmdline } as Board
}
