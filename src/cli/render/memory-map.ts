// SPDX-License-Identifier: GPL-2.0-only
/**
 * A layout's physical memory map drawn for a terminal: a vertical column of labelled blocks,
 * highest address at the top, one row per block, with the boundaries (zone ends,
 * CRASH_ADDR_LOW_MAX, each device's DMA reach, the 4 GiB line, search windows) as labelled
 * edges between them.
 *
 * NOT to scale, on purpose (the same reasoning as the job summary's Mermaid map,
 * src/report/memory-map.ts, whose block model this reuses): a 256 MiB crash kernel is 0.006 %
 * of 4 TiB, so heights would lie; every block says its size and every edge its address, so
 * the drawing reads the same for a 1 GiB board and a terabyte server.
 *
 * ```
 *  0x1_0000_0000 ├──────────────────────────────────┤ ◀ 4 GiB · ZONE_DMA32 ends
 *                │ RAM                     2.94 GiB │
 *    0x4000_0000 ├──────────────────────────────────┤ ◀ ZONE_DMA ends
 *                ┃ crashkernel (main)       256 MiB ┃
 * ```
 */
import type { DmaDevice, SimulationResult } from '../../engine/index.js'
import { fmtAddr, humanSize, memoryMapItems, type MapBlock } from '../../report/memory-map.js'
import { pad, type Palette } from './color.js'

/** Inner width of the column (characters between the borders). */
export const MAP_WIDTH = 46
const SZ_4G = 1n << 32n
/** A stand-in device whose "reach" ends at 4 GiB: memoryMapItems() then splits blocks at the 4 GiB line. */
const FOUR_GIB = '\u0000four-gib'
const FOUR_GIB_LABEL = `${FOUR_GIB} DMA reach ends`

function title(b: MapBlock): string {
  switch (b.kind) {
    case 'crash-main':
      return 'crashkernel (main)'
    case 'crash-low':
      return 'crashkernel (low)'
    case 'reserved':
      return `reserved${b.label ? ` (${b.label})` : ''}`
    case 'nomap':
      return 'no-map RAM (firmware)'
    case 'hole':
      return 'hole (no RAM)'
    case 'group':
      return `RAM, ${b.ranges} banks and holes`
    case 'ram':
      return 'RAM'
  }
}

function sizeOf(b: MapBlock): string {
  if (b.kind === 'hole') return humanSize(b.end - b.base)
  return `${humanSize(b.bytes)}${b.of !== undefined ? ` of ${humanSize(b.of)}` : ''}`
}

function colourOf(b: MapBlock, c: Palette): (s: string) => string {
  switch (b.kind) {
    case 'crash-main':
    case 'crash-low':
      return (s) => c.bold(c.red(s))
    case 'reserved':
      return c.blue
    case 'nomap':
      return c.grey
    case 'hole':
      return c.dim
    default:
      return c.green
  }
}

const truncate = (s: string, n: number): string => ([...s].length <= n ? s : `${[...s].slice(0, n - 1).join('')}…`)

/** One content row: `│ title … size │`, heavy borders for crash regions, dashed for holes. */
function row(b: MapBlock, left: string, right: string, c: Palette, indent: string): string {
  const crash = b.kind === 'crash-main' || b.kind === 'crash-low'
  const [l, r] = crash ? ['┃', '┃'] : b.kind === 'hole' ? ['┆', '┆'] : ['│', '│']
  const inner = MAP_WIDTH - 2
  const sizeText = right
  const titleText = truncate(left, inner - sizeText.length - 1)
  const text = `${titleText}${' '.repeat(Math.max(1, inner - [...titleText].length - sizeText.length))}${sizeText}`
  return `${indent}${l} ${colourOf(b, c)(text)} ${r}`
}

/** The labels of a boundary, with the 4 GiB stand-in renamed. */
function labelsOf(labels: readonly string[]): string[] {
  return labels.map((l) => (l === FOUR_GIB_LABEL ? '4 GiB line' : l))
}

/**
 * Draws the map of one layout.
 *
 * @param result - the engine's result
 * @param devices - the layout's DMA devices (their reach becomes edges)
 * @param c - colours (plain when stdout is not a terminal)
 * @returns the drawing and the notes about boundaries outside RAM, each line ending in `\n`
 */
export function renderTerminalMap(result: SimulationResult, devices: readonly DmaDevice[], c: Palette): string {
  const sentinel: DmaDevice = { name: FOUR_GIB, dmaLimit: SZ_4G - 1n, dumpTarget: false }
  // A device that reaches all of RAM has no edge to draw (the DMA reach table says so).
  const top = result.memory.reduce((m, r) => (r.base + r.size > m ? r.base + r.size : m), 0n)
  const bounded = devices.filter((d) => d.dmaLimit < top - 1n)
  const { items, outside } = memoryMapItems({ result, devices: [...bounded, sentinel] })
  if (items.length === 0) return '  (no RAM to draw)\n'
  const blocks = items.filter((i): i is MapBlock => i.type === 'block')
  const edges = new Map<bigint, string[]>()
  for (const i of items) if (i.type === 'boundary') edges.set(i.at, labelsOf(i.labels))
  const addrs = [...new Set(blocks.flatMap((b) => [b.base, b.end]))]
  const aw = Math.max(...addrs.map((a) => fmtAddr(a).length))
  const indent = ' '.repeat(aw + 3)
  const edge = (at: bigint, kind: 'top' | 'mid' | 'bottom', extra: string[] = []): string => {
    const [l, r] = kind === 'top' ? ['┌', '┐'] : kind === 'bottom' ? ['└', '┘'] : ['├', '┤']
    const labels = [...(edges.get(at) ?? []), ...extra]
    const tail = labels.length > 0 ? ` ${c.yellow(`◀ ${labels.join(' · ')}`)}` : ''
    return `  ${pad(fmtAddr(at), aw, true)} ${l}${'─'.repeat(MAP_WIDTH)}${r}${tail}`
  }
  // Boundaries outside RAM: those exactly at its top or bottom go on that edge, the rest in a note.
  const first = blocks[blocks.length - 1]!
  const bottom = blocks[0]!
  const above: string[] = []
  const below: string[] = []
  const atTop: string[] = []
  const atBottom: string[] = []
  for (const o of outside) {
    const m = /^(.*) at (0x[0-9a-f_]+) \((at or above the top|at or below the bottom) of RAM\)$/.exec(o)
    if (!m) continue
    const label = m[1] === FOUR_GIB_LABEL ? '4 GiB line' : m[1]!
    const at = BigInt(m[2]!.replace(/_/g, ''))
    if (at === first.end) atTop.push(label)
    else if (at === bottom.base) atBottom.push(label)
    else (m[3] === 'at or above the top' ? above : below).push(`${label} (${m[2]})`)
  }
  const lines: string[] = []
  if (above.length > 0) lines.push(`  ${c.dim(`above RAM: ${above.join(' · ')}`)}`)
  lines.push(edge(first.end, 'top', ['top of RAM', ...atTop]))
  for (let k = blocks.length - 1; k >= 0; k--) {
    const b = blocks[k]!
    lines.push(row(b, title(b), sizeOf(b), c, indent))
    const crash = b.kind === 'crash-main' || b.kind === 'crash-low'
    if (crash && b.label) for (const note of b.label.split('; ')) lines.push(row(b, `  ${note}`, '', c, indent))
    if (k > 0) lines.push(edge(b.base, 'mid'))
  }
  lines.push(edge(bottom.base, 'bottom', ['bottom of RAM', ...atBottom]))
  if (below.length > 0) lines.push(`  ${c.dim(`below RAM: ${below.join(' · ')}`)}`)
  return `${lines.join('\n')}\n`
}
