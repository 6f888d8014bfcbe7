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
    expect(r.out).toContain(`crashkernel= not read → ${CUT}`)
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
