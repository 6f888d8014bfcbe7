// SPDX-License-Identifier: GPL-2.0-only
/**
 * The job summary and the PR comment: the boards × kernels table, Mermaid memory maps for
 * 1 GiB and multi-terabyte layouts, kernel-log details, rule links, inert escaping of matrix
 * text, the overflow list, and the size caps (1 MiB summary, 65,536-character comment).
 */
import { describe, expect, it } from 'vitest'
import { codeFence, codeSpan, escapeMarkdown, mermaidText } from '../../src/report/escape.js'
import { MAX_BLOCKS, fmtAddr, humanSize, memoryMapItems, renderMemoryMap } from '../../src/report/memory-map.js'
import { COMMENT_MAX_CHARS, SUMMARY_MAX_BYTES, renderComment, renderSummary } from '../../src/report/summary.js'
import { GiB, MiB, finding, layout, report, sim } from './helpers.js'

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
    trace: [{ level: 'err', source: 'crashkernel', text: 'cannot allocate crashkernel (size:0x100000000)' }, { level: 'debug', source: 'memblock', text: 'memblock_alloc_range_nid: noise' }],
  })
}

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

  it('keeps a multi-terabyte, 65-bank map short: runs of banks collapse, the search window stays visible', () => {
    const map = renderMemoryMap({ result: server4t() })!
    const n = nodes(map.mermaid)
    expect(n.length).toBeLessThanOrEqual(MAX_BLOCKS + 4)
    expect(map.mermaid).toContain('search window ends<br/>0x1_0000_0000')
    expect(map.mermaid).toMatch(/RAM 4 TiB · \d+ banks and holes/)
    expect(map.mermaid.length).toBeLessThan(5000)
    // Every label fits one short line of addresses: no 16-digit zero padding.
    expect(map.mermaid).not.toMatch(/0x0{8}/)
  })

  it('labels sizes exactly when it can and marks rounding with ~', () => {
    expect([humanSize(3n << 29n), humanSize(1n << 40n), humanSize((1n << 40n) + 1n), humanSize(4096n), humanSize(100n)]).toEqual(['1.5 GiB', '1 TiB', '~1 TiB', '4 KiB', '100 B'])
    expect([fmtAddr(0n), fmtAddr(0x80000000n), fmtAddr(0x80000000000n)]).toEqual(['0x0', '0x8000_0000', '0x800_0000_0000'])
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
    expect(md).toContain('| ✅ | rpi4 | 1G/6.12 | 6.12.117 | 256 MiB at 0x1ee0_0000–0x2edf_ffff | — | DMA 0x0–0x3b3f_ffff · DMA32 empty · Normal empty | low max 0x3b40_0000 |')
    expect(md).toContain('| ❌ | big | 4T/6.12 | 6.12.117 | ❌ failed: 4 GiB (no-room) | — |')
    expect(md).toContain('### Failing layouts (1)')
    expect(mermaidBlocks(md)).toHaveLength(1)
    expect(md).toContain('<details><summary>Simulated kernel log (1 line)</summary>')
    expect(md).toContain('<err> cannot allocate crashkernel (size:0x100000000)')
    expect(md).not.toContain('memblock_alloc_range_nid: noise')
    expect(md).toContain('💡 use crashkernel=4G,high')
    expect(md).toContain('[CK001](https://example.invalid/CK001.md)')
    expect(md).toMatch(/### Rules\n\n- \[SC00|### Rules\n\n- \[CK001\]/)
  })

  it('lists every finding that got no annotation under "N more not shown"', () => {
    const overflow = [finding(30, 'error'), finding(31, 'warning')]
    const md = renderSummary(report([finding(1, 'error'), ...overflow]), { overflow })
    expect(md).toContain('2 more not shown as annotations')
    expect(md).toContain('- `m.json:30:3` error problem at line 30 ([SC002](https://example.invalid/SC002.md))')
    expect(md).toContain('- `m.json:31:3` warning problem at line 31')
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

  it('stays under 1 MiB with a huge report, cutting whole blocks and saying so', () => {
    const many = Array.from({ length: 12_000 }, (_, i) => finding(i + 1, 'error', { message: `problem ${i} ${'x'.repeat(60)}` }))
    const md = renderSummary(report(many, [ok, failing]), { overflow: many.slice(10) })
    expect(utf8(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES)
    expect(md).toContain('Summary truncated:')
    expect(md).toContain('more block(s) did not fit')
    const small = renderSummary(report([fail], [ok, failing]), { maxBytes: 3000 })
    expect(utf8(small)).toBeLessThanOrEqual(3000)
    expect((small.match(/^```/gm) ?? []).length % 2).toBe(0)
    expect((small.match(/<details>/g) ?? []).length).toBe((small.match(/<\/details>/g) ?? []).length)
  })
})

describe('renderComment', () => {
  it('fits GitHub’s 65,536-character limit and links the run', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(i + 1, 'error'))
    const body = renderComment(report(many), { runUrl: 'https://github.test/o/r/actions/runs/1' })
    expect(body.length).toBeLessThanOrEqual(COMMENT_MAX_CHARS - 200)
    expect(body).toContain('[job summary and full report](https://github.test/o/r/actions/runs/1)')
    expect(body).toContain("GitHub's 65,536-character limit")
  })

  it('says so when every layout is clean', () => {
    expect(renderComment(report([], [layout('rpi4', '1G/6.12', rpi1g)]))).toContain('All 1 layout(s) reserve the crash kernel without findings.')
  })
})

describe('escaping helpers', () => {
  it('code spans, fences and Mermaid labels cannot be broken out of', () => {
    expect(codeSpan('a`b')).toBe('``a`b``')
    expect(codeSpan('`x')).toBe('`` `x ``')
    expect(codeFence(['```', 'ok'], 'text')).toBe('````text\n```\nok\n````')
    expect(mermaidText('x"]; click n0 call alert() %%')).toBe('x#34;#93;#59; click n0 call alert() #37;#37;')
    expect(escapeMarkdown('a\nb')).toBe('a b')
  })
})
