// SPDX-License-Identifier: GPL-2.0-only
/**
 * The job summary and the PR comment: the boards × kernels table, Mermaid memory maps for
 * 1 GiB and multi-terabyte layouts, kernel-log details, rule links, inert escaping of matrix
 * text, the overflow list, and the size caps (1 MiB summary, 65,536-character comment).
 */
import { describe, expect, it } from 'vitest'
import { BudgetedText } from '../../src/report/budget.js'
import { codeFence, codeSpan, escapeHtml, escapeInlineHtml, escapeMarkdown, mermaidText, visibleText } from '../../src/report/escape.js'
import { fmtAddr, humanSize, memoryMapItems, renderMemoryMap } from '../../src/report/memory-map.js'
import { COMMENT_MAX_CHARS, MAX_COMMENT_DIAGRAMS, MAX_LAYOUT_SECTIONS, MAX_LOG_LINES, SUMMARY_MAX_BYTES, lowCell, mainCell, reachCell, renderComment, renderSummary, suggestionMarkdown } from '../../src/report/summary.js'
import { GiB, MiB, finding, layout, report, sim } from './helpers.js'
import { check } from '../../src/index.js'

const utf8 = (s: string) => new TextEncoder().encode(s).length
const mermaidBlocks = (md: string) => [...md.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]!)
const nodes = (mermaid: string) => mermaid.split('\n').filter((l) => /^ {2}n\d+[[{]/.test(l))

/** Raspberry Pi 4, 1 GiB: one bank, crashkernel=256M reserved low, ZONE_DMA to 0x3b3fffff. */
const rpi1g = sim({
  memory: [[0n, 0x3b400000n]],
  reserved: [
    { base: 0x200000n, size: 0x1ac8000n, flags: 0, owner: 'kernel' },
    { base: 0x1ee00000n, size: 256n * MiB, flags: 0, owner: 'crashkernel' },
  ],
  crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0x1ee00000n, size: 256n * MiB }, fellBack: false, high: false, fixed: false },
  zones: [{ name: 'DMA', start: 0n, end: 0x3b3fffffn }, { name: 'DMA32', start: null, end: null }, { name: 'Normal', start: null, end: null }],
  lowMax: 0x3b400000n,
  trace: [{ level: 'info', source: 'crashkernel', text: 'crashkernel reserved: 0x000000001ee00000 - 0x000000002ee00000 (256 MB)' }],
})

/** A 4 TiB server: 64 banks of 64 GiB with 1 GiB holes, crashkernel failed below 4 GiB. */
function server4t() {
  const memory: Array<[bigint, bigint]> = [[0x80000000n, 2n * GiB]]
  for (let i = 0n; i < 64n; i++) memory.push([0x100000000n + i * 65n * GiB, 64n * GiB])
  return sim({
    memory,
    crashkernel: { kind: 'failed', size: 4n * GiB, reason: 'no-room', searched: [{ base: 0n, size: 1n << 32n }] },
    zones: [{ name: 'DMA', start: 0x80000000n, end: 0xffffffffn }, { name: 'DMA32', start: null, end: null }, { name: 'Normal', start: 0x100000000n, end: 0x100000000n + 64n * 65n * GiB - 1n }],
    lowMax: 1n << 32n,
    trace: [{ level: 'err', source: 'crashkernel', text: 'cannot allocate crashkernel (size:0x100000000)' }],
  })
}


describe('layout table: why a request failed or was ignored, in words', () => {
  it('says "@ not RAM" and "≥ RAM" as sweep does, not the engine codes fixed-in-use / size-exceeds-ram', () => {
    const m = JSON.stringify({ version: 1, boards: [
      { id: 'off', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=128M@0x20000000' },
      { id: 'big', extends: 'qemu-virt-arm64', ramSize: '1G', kernels: ['6.12'], cmdline: 'crashkernel=4G' },
    ] })
    const md = renderSummary(check(m, 'm.json', { suggest: false }))
    expect(md).not.toMatch(/\((fixed-in-use|fixed-not-memory|size-exceeds-ram)\)/)
    expect(md).toContain('| ignored (≥ RAM) |')
    expect(md).toMatch(/❌ failed: 128 MiB \(@ not RAM\)/)
  })
})

describe('memory map (Mermaid)', () => {
  it('draws a 1 GiB board as blocks from the top of memory down, crash kernel highlighted, limits outside RAM listed', () => {
    const map = renderMemoryMap({ result: rpi1g, devices: [{ name: 'emmc2', dmaLimit: 0x3fffffffn, dumpTarget: true }] })!
    expect(map.mermaid.split('\n')[0]).toBe('flowchart TB')
    expect(nodes(map.mermaid)).toEqual([
      '  n0["<b>RAM · 198 MiB</b><br/>0x2ee0_0000 – 0x3b3f_ffff"]:::ckRam',
      '  n1["<b>crashkernel · 256 MiB</b><br/>0x1ee0_0000 – 0x2edf_ffff"]:::ckCrash',
      '  n2["<b>RAM · ~465.22 MiB</b><br/>0x1cc_8000 – 0x1edf_ffff"]:::ckRam',
      '  n3["<b>reserved (kernel) · ~26.78 MiB</b><br/>0x20_0000 – 0x1cc_7fff"]:::ckReserved',
      '  n4["<b>RAM · 2 MiB</b><br/>0x0 – 0x1f_ffff"]:::ckRam',
    ])
    expect(map.mermaid).toContain('  n0 --- n1 --- n2 --- n3 --- n4')
    expect(map.outside).toEqual([
      'ZONE_DMA ends at 0x3b40_0000 (at or above the top of RAM)',
      'CRASH_ADDR_LOW_MAX at 0x3b40_0000 (at or above the top of RAM)',
      'emmc2 (dump target) DMA reach ends at 0x4000_0000 (at or above the top of RAM)',
    ])
  })

  it('lists a device that reaches every 64-bit address without an address past 2^64', () => {
    const map = renderMemoryMap({ result: rpi1g, devices: [{ name: 'nvme0', dmaLimit: 0xffffffffffffffffn, dumpTarget: true }] })!
    expect(map.outside).toContain('nvme0 (dump target) DMA reach covers every 64-bit address')
    expect(map.outside.join('\n')).not.toContain('0x1_0000_0000_0000_0000')
  })

  it('splits blocks at limits inside RAM and says which device cannot reach the crash kernel', () => {
    const result = sim({
      memory: [[0n, 4n * GiB]],
      crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0xe0000000n, size: 256n * MiB }, fellBack: false, high: false, fixed: false },
      zones: [{ name: 'DMA', start: 0n, end: 0x3fffffffn }, { name: 'DMA32', start: 0x40000000n, end: 0xffffffffn }],
      lowMax: 0x40000000n,
    })
    const map = renderMemoryMap({ result, devices: [{ name: 'emmc2', dmaLimit: 0x3fffffffn, dumpTarget: true }] })!
    const n = nodes(map.mermaid)
    expect(n[1]).toBe('  n1["<b>crashkernel · 256 MiB</b><br/>beyond DMA reach of emmc2<br/>0xe000_0000 – 0xefff_ffff"]:::ckCrash')
    expect(n[3]).toBe('  n3{{"ZONE_DMA ends<br/>CRASH_ADDR_LOW_MAX<br/>emmc2 (dump target) DMA reach ends<br/>0x4000_0000"}}:::ckEdge')
    expect(n).toHaveLength(5)
  })

  it('names a failed low part\'s window apart from the main region\'s (low-failed: main windows, then [0, CRASH_ADDR_LOW_MAX))', () => {
    // x86_64 6.12, crashkernel=1G,high crashkernel=3G,low on 8 GiB: the main region found in
    // [4 GiB, 64 TiB), the 3 GiB low part not below 4 GiB, both freed (reserve_crashkernel_generic()).
    const result = sim({
      memory: [[0n, 2n * GiB], [4n * GiB, 6n * GiB]],
      crashkernel: { kind: 'failed', size: GiB, reason: 'low-failed', searched: [{ base: 4n * GiB, size: (1n << 46n) - 4n * GiB }, { base: 0n, size: 4n * GiB }] },
    })
    const map = renderMemoryMap({ result })!
    // At 4 GiB the main region's window starts and the low part's ends: one edge, both named.
    expect(nodes(map.mermaid)).toContain('  n1{{"CRASH_ADDR_LOW_MAX<br/>search window starts<br/>low part search window ends<br/>0x1_0000_0000"}}:::ckEdge')
    expect(map.outside).toEqual(['search window ends at 0x4000_0000_0000 (at or above the top of RAM)', 'low part search window starts at 0x0 (at or below the bottom of RAM)'])
  })

  it('keeps a multi-terabyte, 65-bank map short: runs of banks collapse, the search window stays visible', () => {
    const map = renderMemoryMap({ result: server4t() })!
    const n = nodes(map.mermaid)
    // Above 4 GiB: 64 banks of 64 GiB and the 63 one-GiB holes between them, 127 blocks (more
    // than MAX_BLOCKS) in one run, collapsed into one block of their 64 × 64 GiB = 4 TiB of RAM,
    // from 0x1_0000_0000 to the last bank's end, 4 GiB + 63 × 65 GiB + 64 GiB = 0x410_c000_0000.
    // Below it, the bank under 4 GiB on its own: the boundary at 4 GiB ends the run.
    expect(n).toEqual([
      '  n0["<b>RAM 4 TiB · 127 banks and holes</b><br/>0x1_0000_0000 – 0x410_bfff_ffff"]:::ckGroup',
      '  n1{{"ZONE_DMA ends<br/>CRASH_ADDR_LOW_MAX<br/>search window ends<br/>0x1_0000_0000"}}:::ckEdge',
      '  n2["<b>RAM · 2 GiB</b><br/>0x8000_0000 – 0xffff_ffff"]:::ckRam',
    ])
    expect(map.outside).toEqual(['search window starts at 0x0 (at or below the bottom of RAM)'])
    expect(map.mermaid.length).toBeLessThan(5000)
    // Every label fits one short line of addresses: no 16-digit zero padding.
    expect(map.mermaid).not.toMatch(/0x0{8}/)
  })

  it('labels sizes exactly when it can and marks rounding with ~', () => {
    expect([humanSize(3n << 29n), humanSize(1n << 40n), humanSize((1n << 40n) + 1n), humanSize(4096n), humanSize(100n)]).toEqual(['1.5 GiB', '1 TiB', '~1 TiB', '4 KiB', '100 B'])
    expect([fmtAddr(0n), fmtAddr(0x80000000n), fmtAddr(0x80000000000n)]).toEqual(['0x0', '0x8000_0000', '0x800_0000_0000'])
  })

  it('draws adjacent regions of one owner as one reservation (a gigantic page\'s head and its MEMBLOCK_RSRV_NOINIT rest)', () => {
    const result = sim({
      memory: [[0n, 8n * GiB]],
      reserved: [
        { base: 4n * GiB, size: 4096n, flags: 0x20, owner: 'hugepages' },
        { base: 4n * GiB + 4096n, size: GiB - 4096n, flags: 0x30, owner: 'hugepages' },
        { base: 5n * GiB, size: 4096n, flags: 0x20, owner: 'hugepages' },
        { base: 5n * GiB + 4096n, size: GiB - 4096n, flags: 0x30, owner: 'hugepages' },
        { base: 6n * GiB, size: 32n * MiB, flags: 0, owner: 'cma' },
      ],
    })
    const blocks = memoryMapItems({ result }).items.flatMap((i) => (i.type === 'block' ? [`${i.kind} ${i.label ?? ''} ${humanSize(i.bytes)}`.replace(/ +/g, ' ')] : []))
    expect(blocks.filter((b) => b.startsWith('reserved'))).toEqual(['reserved hugepages 2 GiB', 'reserved cma 32 MiB'])
  })

  it('folds small holes into RAM and keeps big ones', () => {
    const result = sim({ memory: [[0n, 0x10000000n], [0x10100000n, 0x10000000n], [0x80000000n, GiB]] })
    const items = memoryMapItems({ result }).items
    expect(items.map((i) => (i.type === 'block' ? `${i.kind} ${humanSize(i.bytes)}` : 'edge'))).toEqual(['ram 512 MiB', 'hole', 'ram 1 GiB'].map((s) => (s === 'hole' ? 'hole 0 B' : s)))
  })
})

describe('renderSummary', () => {
  const failing = layout('big', '4T/6.12', server4t())
  const ok = layout('rpi4', '1G/6.12', rpi1g)
  const fail = finding(12, 'error', {
    ruleId: 'CK001',
    ruleName: 'reservation-failed',
    boardId: 'big',
    layoutName: '4T/6.12',
    message: 'crashkernel=4G cannot be reserved below 4 GiB',
    evidence: [{ level: 'err', source: 'crashkernel', text: 'cannot allocate crashkernel (size:0x100000000)' }],
    suggestion: { description: 'use crashkernel=4G,high' },
    docsUrl: 'https://example.invalid/CK001.md',
  })

  it('has the boards × kernels table, a diagram and the kernel log for each failing layout, and rule links', () => {
    const md = renderSummary(report([fail], [ok, failing]))
    expect(md).toContain('| | board | layout | kernel | crashkernel (main) | low | zones | DMA reach |')
    expect(md).toContain('| ✅ | rpi4 | 1G/6.12 | 6.12.117 | 256 MiB at 0x1ee0_0000–0x2edf_ffff | — | DMA 0x0–0x3b3f_ffff · DMA32 empty · Normal empty | CRASH\\_ADDR\\_LOW\\_MAX 0x3b40_0000 |')
    expect(md).toContain('| ❌ | big | 4T/6.12 | 6.12.117 | ❌ failed: 4 GiB (no room) | — |')
    expect(md).toContain('### Failing layouts (1)')
    expect(mermaidBlocks(md)).toHaveLength(1)
    expect(md).toContain('<details><summary>Simulated kernel log (1 line)</summary>')
    expect(md).toContain('<err> cannot allocate crashkernel (size:0x100000000)')
    expect(md).toContain('💡 use crashkernel=4G,high')
    expect(md).toContain('[CK001](https://example.invalid/CK001.md)')
    // The rules that fired, each once, sorted, linked to the project's docs page, with the rule's name and description.
    const docs = 'https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/rules/'
    const ck001 = `- [CK001](${docs}CK001.md) reservation-failed — crashkernel= is parsed but the kernel cannot reserve it, so kdump has no memory`
    expect(md.slice(md.indexOf('### Rules'))).toBe(`### Rules\n\n${ck001}\n\n`)
    const two = renderSummary(report([finding(1, 'error'), fail, finding(2, 'warning')], [ok, failing]))
    expect(two.slice(two.indexOf('### Rules'))).toBe(
      `### Rules\n\n${ck001}\n- [SC002](${docs}SC002.md) schema-violation — The matrix must follow the board-matrix schema (schemas/board-matrix.schema.json, docs/format.md).\n\n`,
    )
  })

  it('counts the findings that got no annotation by severity, and lists them once, in the findings table', () => {
    const overflow = [finding(30, 'error'), finding(31, 'warning'), finding(32, 'warning')]
    const md = renderSummary(report([finding(1, 'error'), ...overflow]), { overflow })
    expect(md).toContain('3 more not shown as annotations (1 error, 2 warnings); the findings table below lists them with the others, and the results file has every finding.')
    expect(md.indexOf('### Not shown as annotations')).toBeLessThan(md.indexOf('### Findings'))
    // Each finding is one row of the table and nowhere else.
    for (const line of [30, 31, 32]) expect(md.split('problem at line ' + line + ' ')).toHaveLength(2)
    expect(md).toContain('| ❌ error | `m.json:30:3` |')
  })

  it('gives findings that differ only in their layout one row naming the layouts, in the summary and the comment', () => {
    const at = (layoutName: string, boardId = 'pi') => finding(4, 'error', { boardId, layoutName, message: 'crashkernel = 256M is not parsed' })
    const group = [at('1G/6.12'), at('2G/6.12'), at('4G/6.12'), at('1G/6.12', 'cm4')]
    for (const md of [renderSummary(report([...group, finding(5, 'error')])), renderComment(report([...group, finding(5, 'error')]))]) {
      const rows = md.split('\n').filter((l) => l.startsWith('| ❌ error'))
      expect(rows).toEqual([
        '| ❌ error | `m.json:4:3` | pi 1G/6.12, 2G/6.12, 4G/6.12; cm4 1G/6.12 | crashkernel = 256M is not parsed | [SC002](https://example.invalid/SC002.md) |',
        '| ❌ error | `m.json:5:3` |  | problem at line 5 | [SC002](https://example.invalid/SC002.md) |',
      ])
    }
    // A cut table counts the findings of the rows it left out, not the rows.
    const many = Array.from({ length: 40 }, (_, i) => ['1G', '2G', '4G'].map((r) => finding(10 + i, 'error', { boardId: 'b', layoutName: r, message: `problem ${i} ${'x'.repeat(2000)}` }))).flat()
    const cut = renderSummary(report(many), { maxBytes: 30_000 })
    const shown = cut.split('\n').filter((l) => l.startsWith('| ❌ error')).length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(40)
    expect(cut).toContain(`Summary truncated: ${(40 - shown) * 3} finding(s) (${(40 - shown) * 3} errors)`)
    // The other blocks left out are counted apart from the rows, one row standing for three
    // findings (subtracting the findings from the blocks left a negative count, said nowhere).
    expect(cut).toMatch(/\(\d+ errors\) and [1-9]\d* more block\(s\) \(layout rows, diagrams, lists\)/)
    // The action's outputs by default; the CLI says where its full report is.
    expect(cut).toContain('is in the JSON results file (output `results-file`)')
    expect(renderSummary(report(many), { maxBytes: 30_000, fullReport: 'See `--format json`.' })).toContain('job-summary limit. See `--format json`.')
  })

  it('gives a large run\'s budget to the findings table, not to a second list of the unannotated', () => {
    // 3,000 findings, every one past the annotation caps: the table, not a list, takes the bytes.
    const many = Array.from({ length: 3000 }, (_, i) => finding(i + 1, 'warning', { message: `problem at line ${i + 1} ${'x'.repeat(200)}` }))
    const md = renderSummary(report(many), { overflow: many.slice(10) })
    const rows = md.split('\n').filter((l) => l.startsWith('| ⚠️ warning'))
    expect(md.split('\n').filter((l) => l.startsWith('- `m.json:'))).toEqual([])
    expect(rows).toHaveLength(3000)
  })

  it('renders names, descriptions and messages from the matrix inert', () => {
    const evil = finding(2, 'error', {
      boardId: '<img src=x onerror=alert(1)>',
      layoutName: '1G|`x`',
      message: '<script>alert(1)</script> [click](javascript:alert(1)) *bold* $x$ @team ~~s~~ a|b',
      file: 'dir/`odd`|name.json',
    })
    const l = layout('<img src=x onerror=alert(1)>', '1G|`x`', rpi1g, { file: 'dir/`odd`|name.json' })
    const md = renderSummary(report([evil], [l], ['dir/`odd`|name.json']))
    // No tag, and no link: the only `](` left is behind an escaped `\]`.
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/)
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(md).toContain('\\[click\\](javascript:alert(1)) \\*bold\\* \\$x\\$ @\u200Bteam \\~\\~s\\~\\~ a\\|b')
    // Each table row keeps its columns: 5 cells + borders = 6 unescaped pipes.
    const row = md.split('\n').find((line) => line.startsWith('| ❌ error'))!
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7)
    expect(md).toContain('``dir/`odd`\\|name.json:2:3``')
  })

  it('shows the values a suggestion quotes as code, copyable as written: no zero-width space after `@`, no escapes', () => {
    const description = 'Place the region at a free, 2 MiB-aligned address: "crashkernel=256M@0x1ee00000" — verified by simulation; or write "a|b_c*" @team'
    const f = finding(4, 'error', { boardId: 'pi', layoutName: '1G/6.12', suggestion: { description, pointer: '/boards/0/cmdline', replacement: 'crashkernel=256M@0x1ee00000' } })
    const both = [renderSummary(report([f])), renderComment(report([f]))]
    for (const md of both) {
      const row = md.split('\n').find((line) => line.startsWith('| ❌ error'))!
      expect(row).toContain('💡 Place the region at a free, 2 MiB-aligned address: `crashkernel=256M@0x1ee00000` — verified by simulation; or write `a\\|b_c*` @\u200Bteam |')
      // Still five cells: the `|` inside the code span is escaped for the table.
      expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(7)
    }
    // A lone quote is text, escaped as any other.
    expect(renderSummary(report([finding(5, 'error', { suggestion: { description: 'size 5" *x*' } })]))).toContain('💡 size 5" \\*x\\*')
  })

  it('shows a `|` in a file name as itself outside tables (a backslash in a code span would show), and as `\\|` in a cell', () => {
    const file = 'dir/a|b.json'
    const f = finding(3, 'error', { file, boardId: 'big', layoutName: '4T/6.12' })
    const md = renderSummary(report([f], [layout('big', '4T/6.12', server4t(), { file })], [file]), { overflow: [f] })
    // The totals line and the failing layout's findings.
    expect(md).toContain('simulated from `dir/a|b.json`.')
    expect(md.split('\n').filter((line) => line.startsWith('- `dir/a|b.json:3:3` error'))).toHaveLength(1)
    expect(md).toContain('| ❌ error | `dir/a\\|b.json:3:3` |')
    // No line outside a table shows the backslash.
    expect(md.split('\n').filter((line) => !line.startsWith('|') && line.includes('a\\|b'))).toEqual([])
    expect(renderComment(report([f], [], [file]))).toContain('0 layout(s) simulated: none from `dir/a|b.json`.')
  })

  it('tells apart boards of one id in two files by their file, in the layouts table, the sections and the comment', () => {
    const a = layout('vm', '2G/6.12', rpi1g, { file: 'a.json' })
    const b = layout('vm', '2G/6.12', server4t(), { file: 'b.json' })
    const other = layout('solo', '2G/6.12', rpi1g, { file: 'a.json' })
    const r = report([finding(3, 'error', { file: 'b.json', boardId: 'vm', layoutName: '2G/6.12' })], [a, b, other], ['a.json', 'b.json'])
    const md = renderSummary(r)
    expect(md).toContain('| vm (`a.json`) | 2G/6.12 |')
    expect(md).toContain('| vm (`b.json`) | 2G/6.12 |')
    expect(md).toContain('#### ❌ vm (`b.json`) · 2G/6.12 · kernel')
    // An id only one file uses stays as it is.
    expect(md).toContain('| solo | 2G/6.12 |')
    expect(renderComment(r)).toContain('<details><summary>❌ vm (<code>b.json</code>) · 2G/6.12: memory map and kernel log</summary>')
  })

  it('names apart the files that gave no layout (a syntax or schema error), never as a source of the layouts', () => {
    const md = renderSummary(report([], [layout('big', '4T/6.12', server4t(), { file: 'good.json' })], ['good.json', 'broken.json']))
    expect(md).toContain('— 1 layout(s) simulated from `good.json`; none from `broken.json`.')
    expect(renderSummary(report([], [], []))).toContain('— 0 layout(s) simulated from no file.')
  })

  it('names at most 10 files in the totals line, so a fleet of one file per board keeps the comment\'s totals and run link', () => {
    const files = Array.from({ length: 1500 }, (_, i) => `boards/vendor-platform-family/board-number-${i}.json`)
    const layouts = files.slice(0, 12).map((file, i) => layout(`b${i}`, '2G/6.12', rpi1g, { file }))
    const r = report([], layouts, files)
    const comment = renderComment(r, { runUrl: 'https://github.test/o/r/actions/runs/1' })
    expect(comment).toContain('— 12 layout(s) simulated from `boards/vendor-platform-family/board-number-0.json`, ')
    expect(comment).toContain('`boards/vendor-platform-family/board-number-9.json` and 2 more file(s); none from `boards/vendor-platform-family/board-number-12.json`, ')
    expect(comment).toContain(' and 1478 more file(s). · [job summary and full report](https://github.test/o/r/actions/runs/1)')
    expect(comment).not.toContain('board-number-10.json')
  })

  it('stays under 1 MiB with a huge report, cutting whole blocks and saying so', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => finding(i + 1, 'error', { message: `problem ${i} ${'x'.repeat(60)}` }))
    const md = renderSummary(report(many, [ok, failing]), { overflow: many.slice(10) })
    expect(utf8(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).toContain('Summary truncated:')
    expect(md).toMatch(/Summary truncated: \d+ finding\(s\) \(\d+ errors\) and \d+ more block\(s\) \(layout rows, diagrams, lists\) did not fit/)
    const small = renderSummary(report([fail], [ok, failing]), { maxBytes: 3000 })
    expect(utf8(small)).toBeLessThanOrEqual(3000)
    expect((small.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect((small.match(/<details>/g) ?? []).length).toBe((small.match(/<\/details>/g) ?? []).length)
  })

  // A fleet of thousands of clean layouts filled the 1 MiB with their rows, and the failing
  // layouts at its end lost their rows, diagrams and kernel logs: what the summary is for.
  it('leaves out rows of clean layouts before the failing layouts\' rows, sections and the rule list', () => {
    const clean = Array.from({ length: 12_000 }, (_, i) => layout(`board-${i}`, '1G/6.12', rpi1g))
    const bad = layout('big', '4T/6.12', server4t(), { pointer: '/boards/12000' })
    const error = finding(12_001, 'error', { ruleId: 'RS001', ruleName: 'reservation-failed', boardId: 'big', layoutName: '4T/6.12', kernel: bad.kernel, pointer: '/boards/12000' })
    const md = renderSummary(report([error], [...clean, bad]))
    expect(utf8(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).not.toContain('Summary truncated')
    expect(md).toMatch(/^\| ❌ \| big \| 4T\/6\.12 \|/m)
    expect(md).toContain('### Failing layouts (1)')
    expect(md).toContain('#### ❌ big')
    expect(md).toContain('### Rules\n\n- [RS001]')
    const listed = (md.match(/^\| ✅ \| board-\d+ \|/gm) ?? []).length
    expect(listed).toBeGreaterThan(1000)
    expect(md).toContain(`${12_000 - listed} layout(s) with no finding and a reservation that succeeded are not listed, to leave room for the failing layouts below`)
    // A report that fits lists every layout, and says nothing of the kind.
    const fits = renderSummary(report([error], [...clean.slice(0, 100), bad]))
    expect((fits.match(/^\| ✅ \| board-\d+ \|/gm) ?? []).length).toBe(100)
    expect(fits).not.toContain('are not listed')
  })

  // A generated 3,000-board fleet: clean rows first took the room kept for the failing
  // layouts' sections, then the rows of layouts with warnings further down (always listed)
  // took it again, and the summary was cut after 9 of its 25 diagrams, with no rule list.
  it('keeps room for rows of layouts with findings that come after the clean ones', () => {
    const bad = layout('big', '4T/6.12', server4t(), { pointer: '/boards/0' })
    const error = finding(1, 'error', { ruleId: 'RS001', ruleName: 'reservation-failed', boardId: 'big', layoutName: '4T/6.12', kernel: bad.kernel, pointer: '/boards/0' })
    const clean = Array.from({ length: 12_000 }, (_, i) => layout(`board-${i}`, '1G/6.12', rpi1g))
    const warned = Array.from({ length: 2_000 }, (_, i) => layout(`warn-${i}`, '1G/6.12', rpi1g))
    const warnings = warned.map((l, i) => finding(2 + i, 'warning', { boardId: l.boardId, layoutName: l.layoutName, kernel: l.kernel }))
    const md = renderSummary(report([error, ...warnings], [bad, ...clean, ...warned]))
    expect(utf8(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).not.toContain('Summary truncated')
    expect((md.match(/^\| ⚠️ \| warn-\d+ \|/gm) ?? []).length).toBe(2_000)
    expect(md).toContain('#### ❌ big')
    expect(md).toContain('### Rules\n\n- [RS001]')
  })

  // The suppressed findings were one block: a list longer than the room left dropped it and,
  // as a cut does, everything after it (layouts, failing layouts, rules): only the totals stayed.
  it('lists suppressed findings as far as they leave room for the layouts, failing layouts and rules', () => {
    const bad = layout('big', '4T/6.12', server4t(), { pointer: '/boards/0' })
    const error = finding(1, 'error', { ruleId: 'RS001', ruleName: 'reservation-failed', boardId: 'big', layoutName: '4T/6.12', kernel: bad.kernel, pointer: '/boards/0' })
    const reason = 'accepted by the platform team; '.repeat(40)
    const quiet = Array.from({ length: 1_500 }, (_, i) => finding(2 + i, 'warning', { boardId: `b-${i}`, layoutName: '1G/6.12', suppressed: { reason } }))
    const md = renderSummary(report([error, ...quiet], [bad, layout('ok', '1G/6.12', rpi1g)]))
    expect(utf8(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).not.toContain('Summary truncated')
    expect(md).toContain('<details><summary>Suppressed findings (1500)</summary>')
    const listed = (md.match(/^- `m\.json:\d+:3` SC002: /gm) ?? []).length
    expect(listed).toBeGreaterThan(500)
    expect(md).toContain(`\n- … ${1_500 - listed} more, left out within GitHub's 1 MiB job-summary limit. `)
    // Lines that stand for several findings (one board's layouts alike) count those too, as the heading does.
    const twice = quiet.flatMap((f) => [f, { ...f, layoutName: '2G/6.12' }])
    const grouped = renderSummary(report([error, ...twice], [bad, layout('ok', '1G/6.12', rpi1g)]))
    expect(grouped).toContain('<details><summary>Suppressed findings (3000)</summary>')
    const lines = (grouped.match(/^- `m\.json:\d+:3` SC002: /gm) ?? []).length
    expect(grouped).toContain(`\n- … ${1_500 - lines} more lines (${2 * (1_500 - lines)} findings), left out within GitHub's 1 MiB job-summary limit. `)
    expect(md).toMatch(/^\| ✅ \| ok \| 1G\/6\.12 \|/m)
    expect(md).toContain('#### ❌ big')
    expect(md).toContain('### Rules\n\n- [RS001]')
    // A list that fits is whole.
    const fits = renderSummary(report([error, ...quiet.slice(0, 10)], [bad]))
    expect(fits).toContain('<details><summary>Suppressed findings (10)</summary>')
    expect(fits).not.toContain('more, left out')
  })
})

describe('renderSummary: status of each layout', () => {
  const failed = () => server4t()
  const hang = () => sim({ memory: [[0n, 2n * GiB]], crashkernel: { kind: 'hang', cause: 'endless-retry', size: 512n * MiB, window: { base: 0n, size: 1n << 32n } } })

  it('shows a layout with the worst of its findings; a board-wide one (SC003 on a kernel that was not simulated) stays in the findings table', () => {
    const a = layout('rpi4', '1G/6.12', rpi1g)
    const b = layout('rpi4', '2G/6.12', rpi1g)
    const sc003 = finding(2, 'error', { ruleId: 'SC003', ruleName: 'invalid-board', boardId: 'rpi4', message: 'kernel "4.19" is not modelled' })
    const md = renderSummary(report([finding(1, 'warning', { boardId: 'rpi4', layoutName: '1G/6.12' }), sc003], [a, b]))
    expect(md).toContain('| ⚠️ | rpi4 | 1G/6.12 |')
    expect(md).toContain('| ✅ | rpi4 | 2G/6.12 |')
    expect(md).toMatch(/\| ❌ error \| .* \| rpi4 \| kernel "4\.19" is not modelled \|/)
    expect(md).not.toContain('### Failing layouts')
    expect(md).not.toContain('🔕')
    // The comment lists the layouts that are not clean: none here.
    expect(renderComment(report([sc003], [a, b]))).not.toContain('| rpi4 | 2G/6.12 |')
    expect(renderSummary(report([finding(1, 'warning')]))).toMatch(/^⚠️ \*\*0\*\* error\(s\), \*\*1\*\* warning\(s\)/m)
    expect(renderSummary(report([finding(1, 'error')]))).toMatch(/^❌ \*\*1\*\* error\(s\)/m)
  })

  it('draws a reservation that fails or hangs in the summary even when its finding is suppressed, saying so; the comment leaves it out', () => {
    const f = (layoutName: string, ruleId: string) => finding(12, 'error', { ruleId, boardId: 'big', layoutName, suppressed: { reason: 'known' } })
    const r = report([f('4T/6.12', 'CK001'), f('2G/6.12', 'CK005')], [layout('big', '4T/6.12', failed()), layout('big', '2G/6.12', hang())])
    const md = renderSummary(r)
    expect(md).toContain('### Failing layouts (2)')
    // The kernel still fails: ❌, and why the run passes.
    expect(md).toContain('#### ❌ big · 2G/6.12 · kernel 6.12.117 · suppressed: CK005 (known)')
    // The table's icon is muted (no active finding, but not clean), its cell says what the
    // kernel did, and a line under the table says what the icon means.
    expect(md).toContain('| 🔕 | big | 4T/6.12 | 6.12.117 | ❌ failed: 4 GiB (no room) |')
    expect(md).not.toContain('| ✅ | big |')
    expect(md).toContain('🔕 beside a failure: the kernel fails there, and the finding about it is suppressed (see "Failing layouts").')
    // The comment shows what needs attention: not these.
    const comment = renderComment(r)
    expect(comment).not.toContain('| big | 4T/6.12 |')
    expect(comment).not.toContain('memory map and kernel log')
    expect(comment).toContain('No findings in the 2 layout(s) but 2 suppressed (listed in the job summary); the crash kernel is reserved in 0 of them, not in 2: ')
    // The collapsed diagram's <summary> shows the names as they are: HTML entities, no backslash escapes.
    const odd = renderComment(report([], [layout('b_1', '[x] *y*', failed())]))
    expect(odd).toContain('<details><summary>❌ b&#95;1 · &#91;x&#93; &#42;y&#42;: memory map and kernel log</summary>')
  })

  it('does not take a suppressed finding of another rule for an accepted failure (CK001 off, CK006 suppressed)', () => {
    // Only the suppression of the rule that reports the outcome accepts it: an unmodelled
    // parameter suppressed on the same layout says nothing about a reservation that fails.
    const other = finding(3, 'warning', { ruleId: 'CK006', ruleName: 'parameter-not-modelled', boardId: 'big', layoutName: '4T/6.12', suppressed: { reason: 'no EL2 here' } })
    const r = report([other], [layout('big', '4T/6.12', failed())])
    const md = renderSummary(r)
    expect(md).toContain('| ❌ | big | 4T/6.12 | 6.12.117 | ❌ failed: 4 GiB (no room) |')
    expect(md).toContain('#### ❌ big · 4T/6.12 · kernel 6.12.117\n')
    const comment = renderComment(r)
    expect(comment).toContain('| ❌ | big | 4T/6.12 |')
    expect(comment).toContain('memory map and kernel log')
  })

  it('heads a failed reservation ❌ in its section when its CK001 is suppressed and a warning is active; the row keeps ⚠️', () => {
    const quiet = finding(12, 'error', { ruleId: 'CK001', boardId: 'big', layoutName: '4T/6.12', suppressed: { reason: 'known' } })
    const warned = finding(13, 'warning', { ruleId: 'CK003', boardId: 'big', layoutName: '4T/6.12' })
    const md = renderSummary(report([quiet, warned], [layout('big', '4T/6.12', failed())]))
    expect(md).toContain('#### ❌ big · 4T/6.12 · kernel 6.12.117 · suppressed: CK001 (known)')
    expect(md).toContain('| ⚠️ | big | 4T/6.12 |')
  })

  it('marks a reservation that fails with no finding at all (its rule turned off) ❌ in the table and its section', () => {
    const r = report([], [layout('big', '4T/6.12', failed())])
    const md = renderSummary(r)
    expect(md).toContain('| ❌ | big | 4T/6.12 | 6.12.117 | ❌ failed: 4 GiB (no room) |')
    expect(md).toContain('#### ❌ big · 4T/6.12 · kernel 6.12.117\n')
    expect(renderComment(r)).toContain('| ❌ | big | 4T/6.12 |')
  })

  it('keeps suppressed findings out of the findings table and the rules list', () => {
    const hidden = finding(3, 'error', { ruleId: 'CK004', ruleName: 'option-ignored', message: 'hidden one', suppressed: { reason: 'board has no SD card' } })
    const md = renderSummary(report([finding(1, 'error'), hidden]))
    expect(md).not.toMatch(/^\| ❌ error \| `m\.json:3:3`/m)
    expect(md).toContain('<details><summary>Suppressed findings (1)</summary>')
    expect(md).toContain('**1** error(s), **0** warning(s), **0** note(s), 1 suppressed — ')
    expect(md.slice(md.indexOf('### Rules'))).not.toContain('CK004')
  })

  // Was one line per layout: a board suppressing a rule on its 20 layouts listed 20 lines alike,
  // where the findings table has one row naming them.
  it('names the board and layouts of suppressed findings, which share a matrix line and message, on one line', () => {
    const hidden = (layoutName: string, boardId = 'pi', reason = 'known') => finding(3, 'error', { ruleId: 'CK001', message: 'no room', boardId, layoutName, suppressed: { reason } })
    const md = renderSummary(report([hidden('2G/6.1'), hidden('4G/6.1'), hidden('2G/6.1', 'cm4'), hidden('8G/6.1', 'pi', 'other')]))
    expect(md).toContain('<details><summary>Suppressed findings (4)</summary>')
    expect(md).toContain('CK001: no room [pi 2G/6.1, 4G/6.1; cm4 2G/6.1] — known\n')
    expect(md).toContain('CK001: no room [pi 8G/6.1] — other\n')
    expect(md.match(/CK001: no room/g)).toHaveLength(2)
    // Was a bug: every layout named (a suppression in "defaults" over a fleet made one line of
    // thousands); the findings table's row names 24 and counts the rest, and so does this line.
    const fleet = renderSummary(report(Array.from({ length: 30 }, (_, i) => hidden('2G/6.1', `b${i}`))))
    expect(fleet).toContain('CK001: no room [b0 2G/6.1; b1 2G/6.1; ')
    expect(fleet).toContain('; b23 2G/6.1; and 6 more layouts] — known\n')
    expect(fleet).not.toContain('b24 2G')
  })

  it('says where the crash kernel landed: main and low regions, ,high and fallback', () => {
    const high = sim({
      memory: [[0n, 8n * GiB]],
      crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0x1c0000000n, size: 512n * MiB }, low: { kind: 'low', base: 0x30000000n, size: 128n * MiB }, fellBack: true, high: true, fixed: false },
    })
    expect(mainCell(high)).toBe('512 MiB at 0x1_c000_0000–0x1_dfff_ffff (,high, fell back)')
    expect(lowCell(high)).toBe('128 MiB at 0x3000_0000–0x37ff_ffff')
    // A fixed base is no @-mention of a user "offset": a code span, which GitHub does not link.
    const fixed = sim({ memory: [[0n, 2n * GiB]], crashkernel: { kind: 'reserved', main: { kind: 'main', base: 0x60000000n, size: 256n * MiB }, fellBack: false, high: false, fixed: true } })
    expect(mainCell(fixed)).toBe('256 MiB at 0x6000_0000–0x6fff_ffff (`@offset`)')
    // The dump target needs the low region within its reach, not the main one.
    const l = layout('b', 'v', high, { devices: [{ name: 'emmc2', dmaLimit: 0x3fffffffn, dumpTarget: true }, { name: 'nic', dmaLimit: 0xffffn, dumpTarget: false }] })
    expect(reachCell(l)).toBe('emmc2 ≤ 0x3fff_ffff ✅<br>CRASH\\_ADDR\\_LOW\\_MAX 0x1_0000_0000')
    // A region that ends on the device's last reachable byte is reachable.
    expect(reachCell(layout('b', 'v', rpi1g, { devices: [{ name: 'emmc2', dmaLimit: 0x2edfffffn, dumpTarget: true }] }))).toBe('emmc2 ≤ 0x2edf_ffff ✅<br>CRASH\\_ADDR\\_LOW\\_MAX 0x3b40_0000')
  })

  it("gives each failing layout's command line, as the layout boots with it (a kernel entry's own)", async () => {
    const { check } = await import('../../src/index.js')
    const r = check(JSON.stringify({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', ramSize: '4G', kernels: ['6.12', { release: '7.2', cmdline: 'crashkernel=8G <b>' }], cmdline: 'crashkernel=256M' }] }), 'm.json', { suggest: false })
    expect(r.layouts.map((l) => l.cmdline)).toEqual(['crashkernel=256M', 'crashkernel=8G <b>'])
    const md = renderSummary(r)
    expect(md).toContain('command line: <code>crashkernel=8G &lt;b&gt;</code>')
    // Only failing layouts get a section.
    expect(md).not.toContain('command line: <code>crashkernel=256M</code>')
  })

  it('shows no CRASH_ADDR_LOW_MAX for a boot that stops in parse_early_param(), which never set one up', async () => {
    const { check } = await import('../../src/index.js')
    const stop = check(JSON.stringify({ version: 1, boards: [{ id: 'rpi', extends: 'raspberrypi-4', kernels: ['6.12'], cmdline: 'crashkernel=256M kernelcore' }] }), 'm.json', { suggest: false })
    const l = stop.layouts[0]!
    expect(l.result.crashkernel).toMatchObject({ kind: 'hang', cause: 'early-param' })
    // The dump target's reach is the board's; the zeros of the result are no figures.
    expect(reachCell(l)).toBe('emmc2 (SD card) ≤ 0x3fff_ffff')
    expect(reachCell({ ...l, devices: [] })).toBe('—')
    expect(renderSummary(stop)).not.toContain('CRASH\\_ADDR\\_LOW\\_MAX 0x0')
  })

  it('draws the first failing layouts and names every other one', () => {
    const layouts = Array.from({ length: MAX_LAYOUT_SECTIONS + 2 }, (_, i) => layout(`b${i}`, '4T/6.12', server4t()))
    const md = renderSummary(report([], [layout('rpi4', '1G/6.12', rpi1g), ...layouts]))
    expect(md).toContain(`### Failing layouts (${MAX_LAYOUT_SECTIONS + 2})`)
    expect(mermaidBlocks(md)).toHaveLength(MAX_LAYOUT_SECTIONS)
    // The rest as a collapsed list, each with what the kernel did.
    const rest = md.slice(md.indexOf('<details><summary>2 more failing layout(s) without a diagram</summary>'))
    expect(rest.slice(0, rest.indexOf('</details>'))).toBe(
      [
        '<details><summary>2 more failing layout(s) without a diagram</summary>',
        '',
        `- ❌ b${MAX_LAYOUT_SECTIONS} · 4T/6.12 · kernel 6.12.117: ${mainCell(server4t())}`,
        `- ❌ b${MAX_LAYOUT_SECTIONS + 1} · 4T/6.12 · kernel 6.12.117: ${mainCell(server4t())}`,
        '',
        '',
      ].join('\n'),
    )
    expect(mainCell(server4t())).toMatch(/^❌ failed: /)
    // The comment draws failing layouts only, never the clean one.
    const comment = renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g), ...layouts.slice(0, 2)]))
    expect(mermaidBlocks(comment)).toHaveLength(2)
    expect(comment).not.toContain('rpi4 · 1G/6.12: memory map')
    // With more failing layouts than it draws, the comment draws the first MAX_COMMENT_DIAGRAMS (5).
    expect(MAX_COMMENT_DIAGRAMS).toBe(5)
    const many = renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g), ...layouts]))
    expect(mermaidBlocks(many)).toHaveLength(5)
    expect([...many.matchAll(/<summary>❌ (\w+) · 4T\/6\.12: memory map/g)].map((m) => m[1])).toEqual(['b0', 'b1', 'b2', 'b3', 'b4'])
    expect(many).toContain(`${MAX_LAYOUT_SECTIONS + 2 - 5} more failing layout(s) without a diagram here: see the job summary.`)
    // One board's RAM variants failing alike take one slot before the other boards get theirs.
    const variants = Array.from({ length: 6 }, (_, i) => layout('vm', `${i + 1}T/6.12`, server4t()))
    const mixed = renderComment(report([], [...variants, layout('b0', '4T/6.12', server4t()), layout('b1', '4T/6.12', server4t())]))
    expect([...mixed.matchAll(/<summary>❌ (\w+) · (\w+)\/6\.12: memory map/g)].map((m) => `${m[1]} ${m[2]}`)).toEqual(['vm 1T', 'vm 2T', 'vm 3T', 'b0 4T', 'b1 4T'])
    expect(mixed).toContain('3 more failing layout(s) without a diagram here: see the job summary.')
    expect(renderComment(report([], [...variants]), { summary: false })).toContain('1 more failing layout(s) without a diagram here: see the step log.')
  })

  it('adds the evidence a kernel log does not already show, once', () => {
    const evidence = [{ level: 'warn' as const, source: 'crashkernel', text: 'only in the evidence' }]
    const two = [finding(1, 'error', { boardId: 'big', layoutName: '4T/6.12', evidence }), finding(2, 'error', { boardId: 'big', layoutName: '4T/6.12', evidence })]
    const md = renderSummary(report(two, [layout('big', '4T/6.12', server4t())]))
    expect(md.split('<warn> only in the evidence')).toHaveLength(2)
    expect(md).toContain('Simulated kernel log (2 lines)')
  })

  it('puts a quoted "Zone ranges:" block where the kernel printed it, not after the log', () => {
    const zoneLines = ['Zone ranges:', '  DMA      [mem 0x0000000080000000-0x00000000ffffffff]']
    const trace = [
      { level: 'info' as const, source: 'numa', text: 'NODE_DATA(0) allocated' },
      { level: 'info' as const, source: 'crashkernel', text: 'crashkernel reserved: here' },
    ]
    const evidence = [trace[1]!, ...zoneLines.map((text) => ({ level: 'info' as const, source: 'zones', text }))]
    const md = renderSummary(report([finding(1, 'error', { boardId: 'big', layoutName: '4T/6.12', evidence })], [layout('big', '4T/6.12', { ...server4t(), trace, zoneLines, zoneLinesAt: 1 })]))
    expect(md).toContain('Simulated kernel log (4 lines)')
    expect(md).toContain('<info> NODE_DATA(0) allocated\n<info> Zone ranges:\n<info>   DMA      [mem 0x0000000080000000-0x00000000ffffffff]\n<info> crashkernel reserved: here\n')
  })

  it('shows the first lines of a long kernel log and says how many more there are', () => {
    const trace = Array.from({ length: MAX_LOG_LINES + 5 }, (_, i) => ({ level: 'info' as const, source: 'crashkernel', text: `line ${i}` }))
    const md = renderSummary(report([], [layout('big', '4T/6.12', { ...server4t(), trace })]))
    expect(md).toContain(`Simulated kernel log (${MAX_LOG_LINES + 5} lines)`)
    expect(md).toContain(`<info> line ${MAX_LOG_LINES - 1}\n… 5 more line(s) in the results file`)
  })
})

describe('renderSummary: limits and notes', () => {
  it('measures the 1 MiB cap in UTF-8 bytes, as GitHub does', () => {
    expect(SUMMARY_MAX_BYTES).toBe(1024 * 1024)
    // Three bytes per character: a cap counted in characters would let this through three times over.
    const wide = Array.from({ length: 200 }, (_, i) => finding(i + 1, 'error', { message: '€'.repeat(40) }))
    const md = renderSummary(report(wide), { maxBytes: 4000 })
    expect(md).toContain('Summary truncated:')
    expect(utf8(md)).toBeLessThanOrEqual(4000)
  })

  it('lists a layout a finding kept from the engine in the layouts table, so its board is not shown clean', () => {
    const text = JSON.stringify({ version: 1, boards: [{ id: 'evk', arch: 'arm64', kernels: ['6.12', '7.2'], memory: [{ base: '0x40000000', size: '2G' }], image: { base: '0x40200000' }, dtb: { base: '0x42800000', size: '0x10000' }, cmdline: 'crashkernel=256M' }] }, null, 2)
    const r = check(text, 'm.json', { suggest: false })
    const row = '| ❌ | evk | 7.2 | 7.2.13 | not simulated (SC003: see the findings) | — | — | — |'
    expect(renderSummary(r)).toContain(`| ✅ | evk | 6.12 | 6.12.117 |`)
    expect(renderSummary(r)).toContain(row)
    expect(renderComment(r)).toContain(row)
  })

  it('lists errors first, and a cut comment says which findings it left out, by severity', () => {
    // Notes and warnings early in the file, errors late: a cut in file order would drop errors.
    const mixed = [
      ...Array.from({ length: 150 }, (_, i) => finding(i + 1, i % 2 ? 'note' : 'warning', { message: `minor ${i} ${'x'.repeat(300)}` })),
      ...Array.from({ length: 60 }, (_, i) => finding(1000 + i, 'error', { message: `major ${i} ${'x'.repeat(300)}` })),
    ]
    const comment = renderComment(report(mixed))
    expect(comment.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS)
    for (let i = 0; i < 60; i++) expect(comment).toContain(`major ${i} `)
    const rows = (re: RegExp) => comment.split('\n').filter((l) => re.test(l)).length
    const warnings = rows(/^\| ⚠️/)
    const notes = rows(/^\| ℹ️/)
    expect(warnings + notes).toBeLessThan(150)
    const kinds = [[75 - warnings, 'warnings'], [75 - notes, 'notes']].filter(([n]) => n !== 0).map(([n, k]) => `${n} ${k}`).join(', ')
    expect(comment).toContain(`> ${150 - warnings - notes} finding(s) (${kinds}) did not fit in one comment (GitHub's 65,536-character limit)`)
    // Uncut, the table is in severity order too.
    const small = renderComment(report([finding(1, 'note'), finding(2, 'warning'), finding(3, 'error')]))
    expect(small.indexOf('| ❌')).toBeLessThan(small.indexOf('| ⚠️'))
    expect(small.indexOf('| ⚠️')).toBeLessThan(small.indexOf('| ℹ️'))
  })

  it('ends a cut summary with the whole note, and a complete one with none', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => finding(i + 1, 'error', { message: `problem ${i} ${'x'.repeat(60)}` }))
    const md = renderSummary(report(many))
    expect(md).toMatch(/> Summary truncated: \d+ finding\(s\) \(\d+ errors\)( and \d+ more block\(s\) \(layout rows, diagrams, lists\))? did not fit GitHub's 1 MiB job-summary limit\. .* and in the SARIF file when enabled\.\n$/)
    expect(renderSummary(report([finding(1, 'error')]))).not.toContain('truncated')
    // Notes name files from the workflow's inputs: escaped like matrix text.
    expect(renderSummary(report([]), { notes: ['results file <b>x</b>.json is missing'] })).toContain('- results file &lt;b&gt;x&lt;/b&gt;.json is missing\n')
  })
})

describe('BudgetedText', () => {
  const note = (n: number) => `${n} dropped`

  it('keeps a block that fits exactly, and a note that fills the reserve exactly', () => {
    const doc = new BudgetedText(21, (t) => t.length, 11)
    expect(doc.add('123456789')).toBe(true) // 10 with its newline: exactly cap − reserve
    expect(doc.add('x')).toBe(false)
    // `\n1 dropped\n` is 11: the document is exactly 21.
    expect(doc.finish(note)).toBe('123456789\n\n1 dropped\n')
  })

  it('drops every block after a dropped one, even one that would fit, and counts them all', () => {
    const doc = new BudgetedText(20, (t) => t.length, 10)
    expect(doc.add('1234567')).toBe(true)
    expect(doc.add('abc')).toBe(false)
    expect(doc.add('')).toBe(false) // would fit, but it would follow a hole
    expect(doc.finish(note)).toBe('1234567\n\n2 dropped\n')
  })

  it('appends no note when nothing was dropped', () => {
    const doc = new BudgetedText(100, (t) => t.length, 10)
    doc.add('a')
    expect(doc.finish(note)).toBe('a\n')
  })

  it('cuts a note longer than its reserve rather than exceed the cap', () => {
    const doc = new BudgetedText(20, (t) => t.length, 5)
    doc.add('0123456789')
    doc.add('more')
    const text = doc.finish((n) => `${n} more block(s) did not fit, see the results file`)
    expect(text.length).toBe(20)
    expect(text.startsWith('0123456789\n\n1 more')).toBe(true)
  })
})

describe('renderSummary and renderComment: the kernel override', () => {
  const overridden = { ...report([], [layout('rpi4', '1G/6.12', rpi1g)]), kernelOverride: ['6.12', '7.2'] }
  const LINE = "Kernels checked: `6.12`, `7.2`, instead of each board's `kernels` (input `kernel`).\n"

  it("says the report's kernelOverride once, under the totals, with where it was given", () => {
    for (const md of [renderSummary(overridden, { kernelFrom: 'input `kernel`' }), renderComment(overridden, { kernelFrom: 'input `kernel`' })]) {
      expect(md.split('\n\n')[2]).toBe(LINE.trimEnd())
      expect(md.split('Kernels checked').length).toBe(2)
    }
    expect(renderSummary(overridden, { kernelFrom: 'option `--kernel`' })).toContain("Kernels checked: `6.12`, `7.2`, instead of each board's `kernels` (option `--kernel`).\n")
    // Without `kernelFrom` (a library caller) only the kernels are named.
    expect(renderSummary(overridden)).toContain("Kernels checked: `6.12`, `7.2`, instead of each board's `kernels`.\n")
  })

  it('says nothing about kernels without an override, wherever `kernelFrom` says one would come from', () => {
    const plain = report([], [layout('rpi4', '1G/6.12', rpi1g)])
    expect(renderSummary(plain, { kernelFrom: 'input `kernel`' })).not.toContain('Kernels checked')
    expect(renderComment(plain, { kernelFrom: 'input `kernel`' })).not.toContain('Kernels checked')
  })

  it('shows a kernel read back from a results file inert', () => {
    const md = renderSummary({ ...overridden, kernelOverride: ['6.12`](x) @team'] })
    expect(md).toContain('Kernels checked: ``6.12`](x) @team``, instead')
  })
})

describe('renderComment', () => {
  it('fits GitHub’s 65,536-character limit and links the run', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(i + 1, 'error'))
    const body = renderComment(report(many), { runUrl: 'https://github.test/o/r/actions/runs/1' })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS - 200)
    expect(body).toContain('[job summary and full report](https://github.test/o/r/actions/runs/1)')
    expect(body).toContain("GitHub's 65,536-character limit")
    expect(body).toContain('see the job summary linked above or the results file.')
    // Without a job summary (summary: false), neither the link nor the note promises one.
    const quiet = renderComment(report(many), { runUrl: 'https://github.test/o/r/actions/runs/1', summary: false })
    expect(quiet).not.toContain('job summary')
    expect(quiet).toContain('[workflow run (full report in the step log)](https://github.test/o/r/actions/runs/1)')
    expect(quiet).toContain('see the step log of the workflow run linked above or the results file.')
  })

  it('shows why the run fails besides findings under the totals, which then are not a green check', () => {
    const problems = ['results of 1 of 3 check job(s) are missing (2/3): the merged report is incomplete']
    for (const md of [renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g)]), { problems }), renderSummary(report([], [layout('rpi4', '1G/6.12', rpi1g)]), { problems, notes: ['SARIF written'] })]) {
      expect(md).toContain('❌ **0** error(s), **0** warning(s), **0** note(s) — 1 layout(s)')
      expect(md).toContain('\n\n- ❌ results of 1 of 3 check job(s) are missing (2/3): the merged report is incomplete\n')
    }
    expect(renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g)]))).toContain('✅ **0** error(s)')
  })

  it('does not say a layout without findings reserves the crash kernel when it asks for none', () => {
    const none = sim({ memory: [[0n, 1n * GiB]] })
    const body = renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g), layout('vm', '1G/6.12', none)]))
    expect(body).not.toContain('All 2 layout(s) reserve the crash kernel')
    expect(body).toContain('No findings in the 2 layout(s); the crash kernel is reserved in 1 of them, not in 1: not requested (1).')
  })

  it('says so when every layout is clean', () => {
    expect(renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g)]))).toContain('All 1 layout(s) reserve the crash kernel without findings.')
  })

  // Was a bug: a finding of no layout (an SC005 warning about `defaults`) was listed in the
  // table, and right under it the comment said "All 1 layout(s) reserve the crash kernel
  // without findings." (or "No findings in the N layout(s)"), as if the run had found none.
  it('says the findings of its table are not tied to a layout when every layout is clean', () => {
    const pc = (extra: object) => ({ id: 'pc', extends: 'qemu-q35-x86_64', ramSize: '4G', kernels: ['6.12'], ...extra })
    const reserved = check(JSON.stringify({ version: 1, defaults: { cmdline: 'crashkernel=2G' }, boards: [pc({ cmdline: 'crashkernel=256M' })] }, null, 2), 'm.json')
    expect(reserved.findings.map((f) => [f.ruleId, f.layoutName])).toEqual([['SC005', undefined]])
    const body = renderComment(reserved)
    expect(body).toContain('| ⚠️ warning | `m.json:')
    expect(body).not.toContain('without findings.')
    expect(body).toContain('All 1 layout(s) reserve the crash kernel without findings of their own. The 1 finding(s) in the table is about a matrix file, not a layout.\n')
    // A layout that reserves nothing (its rule off): the other wording, the same aside.
    const none = check(JSON.stringify({ version: 1, defaults: { cmdline: 'crashkernel=2G' }, boards: [pc({ cmdline: 'console=ttyS0', severity: { CK004: 'off' } })] }, null, 2), 'm.json')
    expect(none.counts).toMatchObject({ error: 0, warning: 1 })
    expect(renderComment(none)).toContain('No findings of their own in the 1 layout(s); the crash kernel is reserved in 0 of them, not in 1: not requested (1). The 1 finding(s) in the table is about a matrix file, not a layout.\n')
    // Findings of a board and not of a layout (an SC003 warning about a setting no layout reads) are told apart.
    const mixed = report([finding(2, 'warning', { ruleId: 'SC005' }), finding(5, 'warning', { ruleId: 'SC003', boardId: 'rpi4' }), finding(6, 'note', { ruleId: 'SC003', boardId: 'rpi4' })], [layout('rpi4', '1G/6.12', rpi1g)])
    expect(renderComment(mixed)).toContain('All 1 layout(s) reserve the crash kernel without findings of their own. The 3 finding(s) in the table are about a matrix file (1) or a board (2), not a layout.\n')
  })

  // Was a bug: a board whose every finding is suppressed (a CK004 it accepts) read "All 5
  // layout(s) reserve the crash kernel without findings." under totals of "5 suppressed".
  it('says the suppressed findings of clean layouts are there, and where they are listed', () => {
    const m = JSON.stringify({ version: 1, boards: [{ id: 'q', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M crashkernel=512M', suppress: [{ rule: 'CK004', reason: 'intentional' }] }] })
    const r = check(m, 'm.json')
    expect(r.counts).toEqual({ error: 0, warning: 0, note: 0, suppressed: 1 })
    expect(renderComment(r)).toContain('All 1 layout(s) reserve the crash kernel without findings but 1 suppressed (listed in the job summary).')
    expect(renderComment(r, { summary: false })).toContain('All 1 layout(s) reserve the crash kernel without findings but 1 suppressed.')
    expect(renderSummary(r)).toContain('<details><summary>Suppressed findings (1)</summary>')
  })
})

describe('escaping helpers', () => {
  // Each quote paired with the next put a value's own `"` (crashkernel=a"b) at the end of its
  // code span: the rest of the value was prose, and the prose up to the next value code.
  it('shows each value a fix quotes as one code span, a quote inside it too', () => {
    const m = JSON.stringify({ version: 1, boards: [{ id: 'q1', extends: 'qemu-virt-arm64', ramSize: '2G', kernels: ['6.12'], cmdline: 'crashkernel=256M crashkernel=a"b', expect: { reservationRequired: true } }] })
    const fix = check(m, 'm.json').findings.find((f) => f.suggestion)!.suggestion!.description
    expect(fix).toMatch(/^Remove "crashkernel=a"b": the kernel then reads "crashkernel=256M", /)
    expect(suggestionMarkdown(fix)).toMatch(/^Remove `crashkernel=a"b`: the kernel then reads `crashkernel=256M`, /)
    expect(suggestionMarkdown('Add "a b" (or "c|d").')).toBe('Add `a b` (or `c\\|d`).')
    // No value: prose, escaped.
    expect(suggestionMarkdown('a "quote that never ends *x*')).toBe('a "quote that never ends \\*x\\*')
    expect(suggestionMarkdown('rev"2" x')).toBe('rev"2" x')
  })

  it('code spans, fences and Mermaid labels cannot be broken out of', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('a|b')).toBe('`a|b`')
    expect(codeSpan('a|b', 'table')).toBe('`a\\|b`')
    expect(codeSpan('`x')).toBe('`` `x ``')
    // GitHub's row splitter reads `\\` as an escaped backslash: `\\|` would end the cell.
    expect(codeSpan('d\\|x/m.json:2:95', 'table')).toBe('<code>d&#92;&#124;x/m.json:2:95</code>')
    expect(codeSpan('d\\|x/m.json', 'inline')).toBe('`d\\|x/m.json`')
    expect(codeFence(['```', 'ok'], 'text')).toBe('````text\n```\nok\n````')
    expect(mermaidText('x"]; click n0 call alert() %%')).toBe('x#34;#93;#59; click n0 call alert() #37;#37;')
    // A right-to-left override would turn the rendered label around: its escape instead.
    expect(mermaidText('fw\u202e) · 16 MiB')).toBe('fw#92;u202e) · 16 MiB')
    expect(mermaidText('a\nb')).toBe('a b')
    expect(escapeMarkdown('a\nb')).toBe('a b')
  })

  // Was a bug: a code span showed a line break as a space, so the file `a\nb.json` was shown
  // as another file's name, `a b.json`, where the text output, the log and SARIF say `a\nb.json`.
  it('code spans show line breaks and control characters in a file name as escapes', () => {
    expect(codeSpan('boards/a\nb.json')).toBe('`boards/a\\nb.json`')
    expect(codeSpan('a\r\nb\tc\u2028d\x1b', 'table')).toBe('`a\\r\\nb\\tc\\u2028d\\x1b`')
    expect(codeSpan('d\\|x\n.json', 'table')).toBe('<code>d&#92;&#124;x&#92;n.json</code>')
  })

  it('keeps a file name with a backslash before a `|` in its table cell', () => {
    // GFM splits a row at each `|` after an even number of backslashes (cmark-gfm's table_cell).
    const cells = (row: string) => row.split(/(?<!\\)((?:\\\\)*)\|/).filter((_, i) => i % 2 === 0).length - 2
    const md = renderSummary(report([finding(2, 'error', { file: 'd\\|x/m.json' })], [], ['d\\|x/m.json']))
    const row = md.split('\n').find((l) => l.startsWith('| ❌ error |'))!
    expect(cells(row)).toBe(5)
    expect(row).toContain('| <code>d&#92;&#124;x/m.json:2:3</code> |')
  })

  it('shows matrix text in Markdown as the characters it contains: no emphasis, code, entity or mention', () => {
    // Each of these would otherwise render as something else on GitHub.
    expect(escapeMarkdown('_under_ `code`')).toBe('\\_under\\_ \\`code\\`')
    // A backslash is shown as itself, so it cannot un-escape the character after it.
    expect(escapeMarkdown('\\*x\\*')).toBe('\\\\\\*x\\\\\\*')
    // `&` starts an entity: `&#64;team` would render as a live @team, `&lt;` as `<`.
    // (The `#64` it then shows is an issue reference: it gets the zero-width space.)
    expect(escapeMarkdown('&#64;team &lt;b&gt;')).toBe('&amp;#\u200B64;team &amp;lt;b&amp;gt;')
    // Every kind of line break is one space (escape.ts flatten()).
    expect(escapeMarkdown('a\r\nb\u2028c\u2029d')).toBe('a b c d')
    // GitHub starts a mention only at an `@` after a non-word character: a value such as
    // crashkernel=256M@0x1ee00000 or user@host stays as written (copyable), an `@` after a
    // space, punctuation, an escape or an entity gets the zero-width space.
    expect(escapeMarkdown('@a crashkernel=256M@0x1ee00000 user@host x_@y (@b) *@c <@d')).toBe('@\u200Ba crashkernel=256M@0x1ee00000 user@host x\\_@y (@\u200Bb) \\*@\u200Bc &lt;@\u200Bd')
    // An issue reference (#5, (#5), owner/repo#5) links and, in a comment, cross-references the
    // issue; a `#` after a word character (rev#2) or before no digit (#x) is left as it is.
    expect(escapeMarkdown('#1 fixes (#5), o/r#6, rev#2 #x')).toBe('#\u200B1 fixes (#\u200B5), o/r#\u200B6, rev#2 #x')
    // GH-5 is the other spelling of #5 (any case, where a word starts); ARCH-5, GH-x and GH5 are none.
    expect(escapeMarkdown('GH-5 (gh-6) ARCH-5 GH-x GH5')).toBe('GH-\u200B5 (gh-\u200B6) ARCH-5 GH-x GH5')
    expect(escapeInlineHtml('GH-12')).toBe('GH-\u200B12')
  })

  // GitHub links bare URLs, www. names and e-mail addresses in rendered text, whatever the
  // escaping: a device named "Verify your account at https://evil.example/login" put a link
  // of the pull request author's choosing into the bot's comment.
  it('keeps bare URLs, www. names and e-mail addresses from becoming links', () => {
    expect(escapeMarkdown('Verify at https://evil.example/login or HTTP://x.example')).toBe('Verify at https:\u200B//evil.example/login or HTTP:\u200B//x.example')
    expect(escapeMarkdown('www.evil-login.com (WWW.x.example) awww.x')).toBe('www\u200B.evil-login.com (WWW\u200B.x.example) awww.x')
    expect(escapeMarkdown('mail ops@corp.example, x_y@a.b')).toBe('mail ops@\u200Bcorp.example, x\\_y@\u200Ba.b')
    // What is no address stays as written, copyable: a command line's @offset, user@host, a trailing dot.
    expect(escapeMarkdown('crashkernel=256M@0x1ee00000 user@host root@box. nfsroot=10.0.0.1:/srv')).toBe('crashkernel=256M@0x1ee00000 user@host root@box. nfsroot=10.0.0.1:/srv')
    // An IP address is no e-mail domain (a digit-only last label): netconsole= stays copyable.
    expect(escapeMarkdown('netconsole=4444@10.0.0.1/eth1,9353@10.0.0.2/12:34:56:78:9a:bc')).toBe('netconsole=4444@10.0.0.1/eth1,9353@10.0.0.2/12:34:56:78:9a:bc')
    expect(escapeInlineHtml('https://x.example www.y.example a@b.example')).toBe('https:\u200B//x.example www\u200B.y.example a@\u200Bb.example')
    // 'İ' lower-cases to two characters: the space still goes right after the `www`, not three
    // characters later (`www.x.\u200Bcom` links www.x).
    expect(escapeMarkdown('İİİ www.x.com')).toBe('İİİ www\u200B.x.com')
    expect(escapeInlineHtml('İİİ WWW.x.com')).toBe('İİİ WWW\u200B.x.com')
  })

  // GitHub makes an emoji of `:name:` in rendered text wherever it stands, and neither a
  // backslash nor an entity stops it: a board id "a:b:c" showed as a🅱️c, a location
  // "r.json:100:3" in a problem line as r.json💯3. A zero-width space after the first colon.
  it('keeps emoji shortcodes in matrix text from becoming emoji', () => {
    expect(escapeMarkdown('a:b:c rpi:4: r.json:100:3 init(imports:symbols:) :+1: :t-rex: :non_potable_water:')).toBe(
      'a:\u200Bb:c rpi:4: r.json:\u200B100:3 init(imports:\u200Bsymbols:) :\u200B+1: :\u200Bt-rex: :\u200Bnon\\_potable\\_water:',
    )
    // Each colon can close one name and open the next.
    expect(escapeMarkdown(':a:b:cd:')).toBe(':\u200Ba:\u200Bb:\u200Bcd:')
    expect(escapeInlineHtml('v:rocket:1 <x>')).toBe('v:\u200Brocket:1 &lt;x&gt;')
    // Inside <code> GitHub makes no emoji: a command line stays copyable.
    expect(escapeInlineHtml('ip=::::myboard:eth0:off *', true)).toBe('ip=::::myboard:eth0:off &#42;')
    expect(codeSpan('a\\|b:rocket:', 'table')).toBe('<code>a&#92;&#124;b:rocket:</code>')
    // A name of hexadecimal digits alone is an emoji only as a few words: a MAC address, an
    // IPv6 address or a time stays copyable but where it spells one (:ab: is 🆎, :cd: 💿).
    expect(escapeMarkdown('12:34:56:78:9a:bc 10:30:00 fe80::1:2 00:ab:cd:ef:01:02 x:1234:y')).toBe('12:34:56:78:9a:bc 10:30:00 fe80::1:2 00:\u200Bab:\u200Bcd:ef:01:02 x:\u200B1234:y')
    // No name, no colon after it: as written.
    expect(escapeMarkdown('a::b :x y: :x y:')).toBe('a::b :x y: :x y:')
  })

  it('keeps text inside <summary> on one line, without markup, links or mentions', () => {
    // The documented example (escape.ts).
    expect(escapeInlineHtml('v\n\n[x](y) <b>')).toBe('v  &#91;x&#93;(y) &lt;b&gt;')
    expect(escapeInlineHtml('@team')).toBe('@\u200Bteam')
    expect(escapeInlineHtml('crashkernel=256M@0x1ee00000 (@team)')).toBe('crashkernel=256M@0x1ee00000 (@\u200Bteam)')
    // No issue reference, and the entities the escaping writes (&#91;) stay entities.
    expect(escapeInlineHtml('see #12 [x]')).toBe('see #\u200B12 &#91;x&#93;')
    // Attribute context: a single quote cannot end a single-quoted attribute.
    expect(escapeHtml(`' onmouseover='x`)).toBe('&#39; onmouseover=&#39;x')
  })

  it('shows control characters, C1 controls and bidi overrides in plain text as escapes', () => {
    expect(visibleText('a\tb\x1b[2J\x07')).toBe('a\\tb\\x1b[2J\\x07')
    // 0x9B is a one-byte CSI on a terminal that reads C1 controls.
    expect(visibleText('\u009b2J\u0085')).toBe('\\x9b2J\\x85')
    // Trojan Source: the bidirectional overrides and isolates reorder what a reader sees.
    expect(visibleText('a\u202eb\u2066c\u200fd')).toBe('a\\u202eb\\u2066c\\u200fd')
  })
})
