// SPDX-License-Identifier: GPL-2.0-only
/**
 * A layout whose crashkernel= lies past the part of the command line the kernel keeps (CK004
 * truncated) reserves nothing, as one without crashkernel= does (the engine's 'not-requested'),
 * but the formatters that show its command line beside the outcome must not say it has none.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check, formatHtml, renderSummary } from '../../src/index.js'
import { run, tempDir } from '../cli/io.js'

const board = (cmdline: string) => ({ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline })
const text = (cmdline: string) => JSON.stringify({ version: 1, boards: [board(cmdline)] }, null, 2)
const LONG = `console=ttyAMA0 pad=${'x'.repeat(2100)} crashkernel=256M`
const CUT = 'crashkernel= cut off: the kernel keeps only the first 2047 bytes of the command line (COMMAND_LINE_SIZE 2048)'

describe('a crashkernel= cut off by COMMAND_LINE_SIZE', () => {
  it('is not "no crashkernel=" in the job summary, the HTML report or explain', async () => {
    const report = check(text(LONG), 'm.json')
    expect(report.findings.map((f) => f.messageId)).toContain('truncated')
    expect(report.layouts[0]!.result.crashkernel.kind).toBe('not-requested')

    const summary = renderSummary(report)
    expect(summary).toContain('| not requested: crashkernel= cut off (COMMAND\\_LINE\\_SIZE 2048) |')
    expect(summary).toContain('crashkernel: not requested: crashkernel= cut off (COMMAND\\_LINE\\_SIZE 2048)')

    const html = formatHtml(report)
    expect(html).not.toContain('no crashkernel= on the command line')
    expect(html).toContain(CUT)
    expect(html).toContain('\u2013 crashkernel= cut off (COMMAND_LINE_SIZE 2048)')

    const dir = await tempDir()
    await writeFile(join(dir, 'm.json'), text(LONG))
    const r = await run(['explain', 'vm', '--matrix', join(dir, 'm.json')])
    // explain wraps its prose at 80 columns: the line is read as one.
    expect(r.out.replace(/\s*\n\s*/g, ' ')).toContain(`crashkernel= not read → ${CUT}`)
  })

  it('reads "cut off" in the HTML grid, the layout heading and the status filter, as the tooltip does', () => {
    // The grid chip and the section heading said "– not requested" beside a tooltip saying cut off.
    const html = formatHtml(check(text(LONG), 'm.json'))
    const visible = (h: string) => h.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
    const grid = html.slice(html.indexOf('<table class="grid">'), html.indexOf('</table>'))
    const chip = /<a class="st s-([a-z-]+)[^"]*"[^>]*title="([^"]*)"[^>]*>([\s\S]*?)<\/a>/.exec(grid)!
    expect(chip[1]).toBe('cut-off')
    expect(visible(chip[3]!)).toBe('\u2013 cut off 1 error')
    expect(chip[2]).toContain(CUT)
    const heading = /<summary><span class="st s-([a-z-]+)">([^<]*)<\/span>/.exec(html)!
    expect([heading[1], heading[2]]).toEqual(['cut-off', '\u2013 cut off'])
    expect(html).toMatch(/id="f-cut-off"><span>\u2013 cut off<span class="n">1<\/span>/)
    expect(html).not.toMatch(/not requested/)
    // A problem: the option was asked for and never read ("problems only" keeps it).
    expect(html).toMatch(/id="f-problems"><span>problems<span class="n">1<\/span>/)
  })

  it('a command line without crashkernel= still has none, long or short', () => {
    for (const cmdline of ['console=ttyAMA0', `console=ttyAMA0 pad=${'x'.repeat(2100)}`]) {
      const report = check(text(cmdline), 'm.json')
      expect(renderSummary(report)).toContain('| not requested |')
      const html = formatHtml(report)
      expect(html).toContain('no crashkernel= on the command line')
      expect(html).not.toContain('cut off')
    }
  })
})
