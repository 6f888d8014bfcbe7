// SPDX-License-Identifier: GPL-2.0-only
/**
 * The `defaults` settings no board takes. A board's own value wins, then its preset's, then
 * `defaults` (docs/format.md), so a default that every board or every preset sets for itself
 * changes nothing: `"defaults": { "cmdline": "crashkernel=2G" }` over `qemu-*` boards, whose
 * presets have a command line, checks the presets' command lines and says nothing. SC005
 * reports each such setting.
 */
import { getPreset } from '../presets/index.js'
import type { JsonPointer } from '../report/types.js'
import type { Board, BoardMatrix } from './generated/board-matrix.js'
import { pathToPointer } from './locate.js'
import { OBJECT_SETTINGS, RAM_SETTINGS } from './merge.js'

const isObjectSetting = (key: string): boolean => (OBJECT_SETTINGS as readonly string[]).includes(key)
const isRamSetting = (key: string): boolean => (RAM_SETTINGS as readonly string[]).includes(key)

export interface UnusedDefault {
  /** `/defaults/cmdline`, `/defaults/config/CMA`. */
  pointer: JsonPointer
  /** The setting as written in the message: `cmdline`, `config.CMA`. */
  name: string
  /** Who sets it instead: the presets by name, then how many boards set it themselves. */
  setBy: { presets: string[]; boards: number }
}

/**
 * Every `defaults` setting that no board of `boards` takes.
 *
 * @param doc - the matrix (its `defaults` and boards)
 * @param boards - indices of the boards to judge by (objects, the first of each id; valid or not, filtered out or not)
 * @param kernelsOverridden - a `--kernel` list replaces every board's kernels, `defaults.kernels` too
 * @returns nothing when no board is checked: then nothing takes anything, for another reason
 * @example
 * unusedDefaults({ version: 1, defaults: { cmdline: 'crashkernel=2G' }, boards: [{ id: 'q', extends: 'qemu-q35-x86_64' }] }, [0], false)
 * // → [{ pointer: '/defaults/cmdline', name: 'cmdline', setBy: { presets: ['qemu-q35-x86_64'], boards: 0 } }]
 */
export function unusedDefaults(doc: BoardMatrix, boards: readonly number[], kernelsOverridden: boolean): UnusedDefault[] {
  const defaults = doc.defaults as Record<string, unknown> | undefined
  if (!defaults || boards.length === 0) return []
  const layers = boards.map((i) => {
    // A board the schema refused is still an object here, but its values may be of any type.
    const board = doc.boards[i] as Board
    const preset = typeof board.extends === 'string' ? getPreset(board.extends) : undefined
    return { own: board as unknown as Record<string, unknown>, preset: preset?.settings as Record<string, unknown> | undefined, presetName: board.extends }
  })
  const out: UnusedDefault[] = []
  const check = (pointer: JsonPointer, name: string, sets: (s: Record<string, unknown> | undefined) => boolean): void => {
    const presets = new Set<string>()
    let own = 0
    for (const l of layers) {
      if (sets(l.own)) own++
      else if (sets(l.preset)) presets.add(l.presetName!)
      else return
    }
    out.push({ pointer, name, setBy: { presets: [...presets], boards: own } })
  }
  for (const [key, value] of Object.entries(defaults)) {
    // Concatenated with the boards' own, so always taken; a --kernel list replaces them all.
    if (key === 'suppress' || (key === 'kernels' && kernelsOverridden)) continue
    // Objects key by key; the RAM settings together, as the merge takes them.
    if (isObjectSetting(key) && value !== null && typeof value === 'object') {
      for (const sub of Object.keys(value)) check(pathToPointer(['defaults', key, sub]), `${key}.${sub}`, (s) => (s?.[key] as Record<string, unknown> | undefined)?.[sub] !== undefined)
    } else if (isRamSetting(key)) {
      check(pathToPointer(['defaults', key]), key, (s) => RAM_SETTINGS.some((k) => s?.[k] !== undefined))
    } else {
      check(pathToPointer(['defaults', key]), key, (s) => s?.[key] !== undefined)
    }
  }
  return out
}
