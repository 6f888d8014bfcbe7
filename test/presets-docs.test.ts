// SPDX-License-Identifier: GPL-2.0-only
/**
 * docs/presets.md shows how to check fewer of the raspberrypi-4 preset's RAM variants (a
 * board's own `ram` with the table's banks) and says the layouts are then the preset's own:
 * the snippet is checked against a board that only extends the preset.
 */
import { readFileSync } from 'node:fs'
import { parse } from 'jsonc-parser'
import { describe, expect, it } from 'vitest'
import { check } from '../src/index.js'

const text = readFileSync('docs/presets.md', 'utf8')
const section = text.slice(text.indexOf('**Fewer RAM variants.**'))
const snippet = parse(/```jsonc\n([\s\S]*?)```/.exec(section)![1]!) as Record<string, unknown>

describe('docs/presets.md: fewer RAM variants of raspberrypi-4', () => {
  it('simulates the variants it lists exactly as the preset does', () => {
    const { ram, ...board } = snippet
    expect(board.extends).toBe('raspberrypi-4')
    const own = check(JSON.stringify({ version: 1, boards: [snippet] }), 'own.json', { suggest: false })
    const preset = check(JSON.stringify({ version: 1, boards: [board] }), 'preset.json', { suggest: false })
    expect(own.findings).toEqual([])
    expect(own.layouts.map((l) => l.layoutName)).toEqual((ram as Array<{ name: string }>).flatMap((v) => (board.kernels as string[]).map((k) => `${v.name}/${k}`)))
    for (const l of own.layouts) expect(l.result).toEqual(preset.layouts.find((p) => p.layoutName === l.layoutName)!.result)
  })
})
