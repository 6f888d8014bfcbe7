// SPDX-License-Identifier: GPL-2.0-only
/**
 * Hostile catalogue: the CLI's progress line holds a matrix file's name, cut from the left to
 * the terminal's width. A name of emoji, CJK characters or accented letters must neither
 * reach the terminal as half a surrogate pair or a dangling accent, nor make the line wider
 * than the terminal (a wrapped line leaves its first rows behind at each redraw).
 */
import { describe, expect, it } from 'vitest'
import { Progress } from '../../src/cli/progress.js'
import { recordingIo } from '../cli/io.js'

/** The progress line drawn for `label` on a terminal `columns` wide (its first draw). */
function drawn(label: string, columns: number): string {
  const io = recordingIo({ isTTY: { stderr: true, stderrColumns: columns }, clock: [0] })
  new Progress(io, { label, total: 1000 }).tick()
  expect(io.err.startsWith('\r\x1b[K')).toBe(true)
  return io.err.slice('\r\x1b[K'.length)
}

/** Half a surrogate pair: a high one not followed by a low one, or a low one without its high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

describe('hostile input: the progress line fits wide and composed characters', () => {
  // Was a bug: the label was cut by UTF-16 code units, `…\uDE00😀…`: the low half of an emoji.
  it('never cuts an emoji in half', () => {
    for (let columns = 20; columns <= 40; columns++) {
      const line = drawn('simulating layouts of boards/😀😀😀😀😀😀😀😀😀😀😀😀.json', columns)
      expect(LONE_SURROGATE.test(line), `${columns} columns: ${JSON.stringify(line)}`).toBe(false)
      expect(line).toMatch(/^…(😀)*\.json 1\/1000 \(0%\)$/)
    }
  })

  // Was a bug: a CJK character takes two columns but counted one: the line of 39 code units was 53 columns wide.
  it('counts a CJK character or an emoji as two columns', () => {
    expect(drawn('simulating layouts of boards/板子板子板子板子板子板子板子.json', 40)).toBe('…板子板子板子板子板子.json 1/1000 (0%)')
    expect(drawn('simulating layouts of boards/😀😀😀😀😀😀😀😀😀😀😀😀.json', 30)).toBe('…😀😀😀😀😀.json 1/1000 (0%)')
  })

  // Was a bug: the cut fell between a letter and its combining accent, which then sat on the `…`.
  it('keeps a letter with its combining accents', () => {
    const line = drawn('simulating layouts of boards/e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301e\u0301.json', 32)
    expect(line).toBe(`…/${'e\u0301'.repeat(12)}.json 1/1000 (0%)`)
  })

  it('leaves a name that fits as it is', () => {
    expect(drawn('simulating layouts of 板.json', 80)).toBe('simulating layouts of 板.json 1/1000 (0%)')
  })
})

// Was a bug: the CLI's tables (explain, sweep, suggest) padded cells by code points, so a
// board id or a RAM variant in CJK or with an emoji pushed the columns after it out of line.
describe('tables with wide characters', () => {
  it('line up by terminal columns, a CJK character or an emoji taking two', async () => {
    const { renderTable } = await import('../../src/cli/render/table.js')
    const { textColumns } = await import('../../src/cli/render/width.js')
    const out = renderTable(['board', 'outcome'], [['板子', 'reserved'], ['rpi4', 'failed'], ['a😀', 'reserved'], ['é', 'x']])
    const at = out.split('\n').filter((l) => l !== '' && !l.startsWith('\u2500')).map((l) => {
      const i = l.search(/reserved|failed|outcome|x$/)
      return textColumns(l.slice(0, i))
    })
    expect(new Set(at).size).toBe(1)
    expect(textColumns('板子 é')).toBe(6)
    expect(textColumns('rpi4')).toBe(4)
  })
})
