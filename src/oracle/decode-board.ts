// SPDX-License-Identifier: GPL-2.0-only
/** A single board through the matrix decoder (presets, kernel profiles, checks) to layouts. */
import type { Layout } from '../engine/index.js'
import { decodeMatrix } from '../matrix/decode.js'
import type { Board } from '../matrix/generated/board-matrix.js'

export function boardToLayouts(board: Board): Layout[] {
  const r = decodeMatrix({ version: 1, boards: [board] } as never)
  if (r.problems.length) throw new Error(`board ${board.id}: ${r.problems.map((p) => `${p.pointer} ${p.messageId} ${JSON.stringify(p.data)}`).join('; ')}`)
  return r.layouts.map((l) => l.layout)
}
