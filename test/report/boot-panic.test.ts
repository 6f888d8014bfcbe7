// SPDX-License-Identifier: GPL-2.0-only
/**
 * A layout whose boot panics after the reservation (CK012, SimulationResult.panic) has its
 * crash region reserved, but the machine never comes up: the formatters must not show it as
 * a pass beside the region.
 */
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { check, formatHtml, renderSummary } from '../../src/index.js'
import { renderComment } from '../../src/report/summary.js'
import { run, tempDir } from '../cli/io.js'
import { tinyNodeBoard } from '../tiny-node.js'

// q35, 4 GiB, node 1 the last 2 MiB (test/boots/ubuntu, "A node of 2 MiB").
const text = (release: string) => JSON.stringify({ version: 1, boards: [tinyNodeBoard([{ release, imageSize: '0x3000000' }])] }, null, 2)

describe('a boot that panics after the reservation', () => {
  it('is a failing layout in the job summary, a stopped boot in the HTML report and a panic in explain', async () => {
    const report = check(text('5.17.15'), 'm.json')
    expect(report.layouts[0]!.result.crashkernel.kind).toBe('reserved')
    expect(report.layouts[0]!.result.panic?.fn).toBe('memmap_init')

    const summary = renderSummary(report)
    expect(summary).toContain('| ❌ boot panics in memmap\\_init() (NUMA node 1 has no pg\\_data\\_t) |')
    expect(summary).toContain('crashkernel: ❌ boot panics in memmap\\_init() (NUMA node 1 has no pg\\_data\\_t)')

    const html = formatHtml(report)
    expect(html).toContain('then the boot panics in memmap_init(): NUMA node 1 (2 MiB) has no pg_data_t')
    expect(html).toContain('class="st s-panics')
    // Nothing is ever loaded to protect: x86 could, but "protectable" read as a clean boot.
    expect(html).toContain('<dt>protection</dt><dd>not protectable: the boot panics in memmap_init() after the reservation, before a crash kernel could be loaded</dd>')
    expect(html).not.toContain('crash region protectable')

    const dir = await tempDir()
    await writeFile(join(dir, 'm.json'), text('5.17.15'))
    const r = await run(['explain', 'tiny', '--matrix', join(dir, 'm.json')])
    // explain wraps its prose at 80 columns: the line is read as one.
    expect(r.out.replace(/\s*\n\s*/g, ' ')).toMatch(/→ reserved 256 MiB at \S+ – \S+ \(ZONE_DMA32\); then the boot PANICS in memmap_init\(\): NUMA node 1 \(2 MiB\) has no pg_data_t/)
    expect(r.out).toContain('Protection of the loaded crash kernel: none (the boot panics in memmap_init()\nafter the reservation, before a crash kernel could be loaded)\n')
    expect(r.out).toContain('x86 direct map as /proc/meminfo would show it had the boot come up (DirectMap*; it panics in memmap_init() first):')
  })

  it('accepted (CK012 suppressed): the job summary still draws it, headed with the suppression; the comment leaves it out', () => {
    const board = JSON.parse(text('5.17.15')) as { version: number; boards: Array<Record<string, unknown>> }
    board.boards[0]!.suppress = [{ rule: 'CK012', reason: 'lab board, never booted on 5.17' }]
    const report = check(JSON.stringify(board, null, 2), 'm.json')
    const summary = renderSummary(report)
    expect(summary).toContain('suppressed: CK012 (lab board, never booted on 5.17)')
    expect(summary).toContain('crashkernel: ❌ boot panics in memmap\\_init() (NUMA node 1 has no pg\\_data\\_t)')
    const comment = renderComment(report)
    expect(comment).not.toContain('All 1 layout(s) reserve the crash kernel without findings')
    expect(comment).toContain('No findings in the 1 layout(s) but 1 suppressed (listed in the job summary); the crash kernel is reserved in 0 of them, not in 1: ')
    expect(comment).toContain('not in 1: ❌ boot panics in memmap\\_init() (NUMA node 1 has no pg\\_data\\_t) (1)')
  })

  it('reads as reserved where the node gets its NODE_DATA', () => {
    const report = check(text('5.15.224'), 'm.json')
    expect(report.layouts[0]!.result.panic).toBeUndefined()
    expect(renderSummary(report)).not.toContain('panics')
    expect(formatHtml(report)).not.toContain('then the boot panics')
    expect(formatHtml(report)).toContain('<dt>protection</dt><dd>crash region protectable</dd>')
  })
})

// CK012 panicsBeforeReservation: the layout was simulated and panicked; it has no result.
describe('a boot that panics before the reservation', () => {
  const before = JSON.stringify({ version: 1, boards: [{ id: 'b', extends: 'qemu-q35-x86_64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M mem=1M' }] })
  it('is a row with no result, not "not simulated", in the job summary, and a CK012 error', () => {
    const report = check(before, 'm.json')
    expect(report.findings.map((f) => [f.ruleId, f.severity])).toEqual([['CK012', 'error']])
    const summary = renderSummary(report)
    expect(summary).toContain('| ❌ | b | 2G/6.12 | 6.12.117 | no result (CK012: see the findings) |')
    expect(summary).not.toContain('not simulated (CK012')
    // In the HTML report a panic, not a "?" not simulated.
    const html = formatHtml(report)
    expect(html).toContain('the boot panics before the crash kernel reservation')
    expect(html).toContain('class="st s-panics')
    expect(html).not.toContain('class="st s-not-simulated')
  })
})
