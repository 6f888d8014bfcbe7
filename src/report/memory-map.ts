// SPDX-License-Identifier: GPL-2.0-only
/**
 * A layout's physical memory map as a Mermaid flowchart, for the job summary.
 *
 * Design: NOT to scale. A 1 GiB board and a 4 TiB server both give a short column of
 * blocks in address order, highest address at the top (as memory maps are usually drawn);
 * every block is labelled with its size and its first and last address, so nothing depends
 * on the reader judging heights. Drawing to scale cannot work across that range (a 256 MiB
 * crash kernel is 0.006 % of 4 TiB), and a log scale would still lie about adjacent sizes;
 * labels do not.
 *
 * - Blocks: RAM, no-map RAM, big early reservations (≥ 16 MiB, with their owner, e.g. the
 *   kernel image or the memmap), holes, and the crash kernel's main and low regions, which
 *   always get their own block and a distinct colour; one cut by a limit shows as parts
 *   ("238 MiB of 256 MiB"), and only a part above a dump target's reach says so.
 * - Boundaries between blocks (hexagons): where ZONE_DMA / ZONE_DMA32 end,
 *   CRASH_ADDR_LOW_MAX, where each DMA device's reach ends, and the windows a failed
 *   reservation searched. Boundaries split blocks, so "the crash kernel sits above the
 *   NVMe's reach" is visible as block order. Boundaries above the top of RAM are listed
 *   under the diagram instead.
 * - Bounded size: holes under 2 MiB are folded into the RAM around them, and when there are
 *   more than MAX_BLOCKS blocks, runs of ordinary blocks between two boundaries or crash
 *   regions collapse into one "RAM X · N banks and holes" block (sizes summed), so an EFI-fragmented map
 *   stays about 30 nodes high.
 */
import type { DmaDevice, MemblockRegionSnapshot, PhysAddr, PhysSize, SimulationResult } from '../engine/index.js'
import { PHYS_ADDR_MAX } from '../engine/phys.js'
import { mermaidText } from './escape.js'
import { bootStoppedEarly } from './describe.js'

/** MEMBLOCK_NOMAP (include/linux/memblock.h). */
const MEMBLOCK_NOMAP = 1 << 2
/** Early reservations at least this big get a block of their own. */
export const BIG_RESERVATION: PhysSize = 16n << 20n
/** Holes smaller than this are folded into the RAM around them. */
export const SMALL_HOLE: PhysSize = 2n << 20n
/** Above this many blocks, ordinary runs collapse. */
export const MAX_BLOCKS = 24

export type BlockKind = 'crash-main' | 'crash-low' | 'reserved' | 'nomap' | 'ram' | 'hole' | 'group'

/** A block of the map: the half-open span [base, end) and the RAM bytes in it. */
export interface MapBlock {
  type: 'block'
  kind: BlockKind
  base: PhysAddr
  end: PhysAddr
  /** Bytes of RAM in the span (the span minus folded holes; 0 for a hole). */
  bytes: PhysSize
  /** Owner of a reservation, or notes for a crash region. */
  label?: string
  /** How many blocks a `group` stands for. */
  ranges?: number
  /** A crash region cut by a boundary: the whole region's size (each part is its own block). */
  of?: PhysSize
}

/** A boundary at an address: the first byte above it is outside what the labels name. */
export interface MapBoundary {
  type: 'boundary'
  at: PhysAddr
  labels: string[]
}

export type MapItem = MapBlock | MapBoundary

/** What the map is drawn from: the engine's result and, when known, the layout's DMA devices. */
export interface MapInput {
  result: SimulationResult
  devices?: readonly DmaDevice[]
}

const PRIORITY: Record<Exclude<BlockKind, 'hole' | 'group'>, number> = { 'crash-main': 5, 'crash-low': 5, reserved: 3, nomap: 2, ram: 1 }

interface Interval {
  kind: Exclude<BlockKind, 'hole' | 'group'>
  base: PhysAddr
  end: PhysAddr
  label?: string
}

/**
 * Hex address with `_` every four digits, e.g. `0x8_0000_0000`: short and easy to compare by eye.
 *
 * @example
 * fmtAddr(0x80000000n) // → '0x8000_0000'
 */
export function fmtAddr(x: bigint): string {
  const hex = x.toString(16)
  const groups: string[] = []
  for (let i = hex.length; i > 0; i -= 4) groups.unshift(hex.slice(Math.max(0, i - 4), i))
  return `0x${groups.join('_')}`
}

/**
 * Who reserved a region, every owner memblock merged into it joined by ` + ` (`cma + memmap`),
 * less those `skip` names; undefined when none is left.
 */
export function ownersLabel(r: Pick<MemblockRegionSnapshot, 'owner' | 'alsoOwners'>, skip: (owner: string) => boolean = () => false): string | undefined {
  const owners = [...(r.owner !== undefined ? [r.owner] : []), ...(r.alsoOwners ?? [])].filter((o) => !skip(o))
  return owners.length > 0 ? owners.join(' + ') : undefined
}

/**
 * A readable size with at most two decimals; `~` marks a rounded value. A size that the next
 * smaller unit gives exactly in fewer than five digits is written in it instead of rounded
 * (`1800 MiB`, as the findings and the command line write it, not `~1.76 GiB`).
 *
 * @example
 * humanSize(3n << 29n) // → '1.5 GiB'
 * humanSize(1800n << 20n) // → '1800 MiB'
 * humanSize((1n << 40n) + 1n) // → '~1 TiB'
 */
export function humanSize(x: bigint): string {
  const units: Array<[bigint, string]> = [[60n, 'EiB'], [50n, 'PiB'], [40n, 'TiB'], [30n, 'GiB'], [20n, 'MiB'], [10n, 'KiB']]
  for (const [shift, unit] of units) {
    const base = 1n << shift
    if (x < base) continue
    const exact = (x * 100n) % base === 0n
    const smaller = base >> 10n
    if (!exact && shift > 10n && x % smaller === 0n && x / smaller < 10000n) return `${x / smaller} ${units.find(([s]) => s === shift - 10n)![1]}`
    const hundredths = (x * 100n + base / 2n) / base
    const whole = hundredths / 100n
    const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '')
    return `${exact ? '' : '~'}${whole}${frac ? `.${frac}` : ''} ${unit}`
  }
  return `${x} B`
}

/**
 * The reserved regions with each run of adjacent regions of the same owners as one: memblock
 * keeps apart what only its flags or node tell apart (a gigantic page's first base page and the
 * MEMBLOCK_RSRV_NOINIT rest, hugetlb-bootmem.ts), which the map shows as one reservation.
 */
function sameOwnerRuns(reserved: readonly MemblockRegionSnapshot[]): MemblockRegionSnapshot[] {
  const out: MemblockRegionSnapshot[] = []
  for (const r of reserved) {
    const prev = out.at(-1)
    if (prev && prev.base + prev.size === r.base && ownersLabel(prev) === ownersLabel(r) && ownersLabel(r) !== undefined) out[out.length - 1] = { ...prev, size: prev.size + r.size }
    else out.push(r)
  }
  return out
}

function intervals(input: MapInput): Interval[] {
  const sim = input.result
  const out: Interval[] = []
  for (const r of sim.memory) out.push({ kind: r.flags & MEMBLOCK_NOMAP ? 'nomap' : 'ram', base: r.base, end: r.base + r.size })
  const crash = sim.crashkernel.kind === 'reserved' ? [sim.crashkernel.main, ...(sim.crashkernel.low ? [sim.crashkernel.low] : [])] : []
  for (const r of sameOwnerRuns(sim.reserved).filter((r) => r.size >= BIG_RESERVATION)) {
    if (crash.some((c) => c.base === r.base && c.size === r.size)) continue
    // memblock merges adjacent reservations into one region: label it with every owner, less
    // the crash kernel next to them, which has its own block (its `,cma` areas have none).
    const mergedWithCrash = crash.some((c) => c.base < r.base + r.size && r.base < c.base + c.size)
    const label = ownersLabel(r, (o) => mergedWithCrash && (o === 'crashkernel' || o === 'crashkernel low'))
    out.push({ kind: 'reserved', base: r.base, end: r.base + r.size, ...(label !== undefined && { label }) })
  }
  for (const c of crash) {
    const fellBack = sim.crashkernel.kind === 'reserved' && c.kind === 'main' && sim.crashkernel.fellBack
    out.push({ kind: c.kind === 'main' ? 'crash-main' : 'crash-low', base: c.base, end: c.base + c.size, ...(fellBack && { label: 'fell back' }) })
  }
  return out
}

/** A limit to mark on the map; `noAddress` when it is listed by its label alone. */
interface Boundary {
  at: PhysAddr
  label: string
  noAddress?: true
}

function boundaries(input: MapInput): Boundary[] {
  const sim = input.result
  const out: Boundary[] = []
  for (const z of sim.zones) {
    if ((z.name === 'DMA' || z.name === 'DMA32') && z.end !== null) out.push({ at: z.end + 1n, label: `ZONE_${z.name} ends` })
  }
  if (!bootStoppedEarly(sim)) out.push({ at: sim.lowMax, label: 'CRASH_ADDR_LOW_MAX' })
  for (const d of input.devices ?? []) {
    const name = `${d.name}${d.dumpTarget ? ' (dump target)' : ''}`
    // A 64-bit device reaches every address: its reach has no end to mark, and 2^64 is not an address.
    if (d.dmaLimit >= PHYS_ADDR_MAX) out.push({ at: PHYS_ADDR_MAX, label: `${name} DMA reach covers every 64-bit address`, noAddress: true })
    else out.push({ at: d.dmaLimit + 1n, label: `${name} DMA reach ends` })
  }
  const ck = sim.crashkernel
  if (ck.kind === 'failed') {
    // A failed low part searched last, [0, CRASH_ADDR_LOW_MAX), after the main region's windows:
    // its window is named for it, the main region's are numbered among themselves.
    const low = ck.reason === 'low-failed' ? ck.searched.at(-1) : undefined
    const main = low ? ck.searched.slice(0, -1) : ck.searched
    main.forEach((w, i) => {
      const n = main.length > 1 ? ` ${i + 1}` : ''
      out.push({ at: w.base, label: `search window${n} starts` }, { at: w.base + w.size, label: `search window${n} ends` })
    })
    if (low) out.push({ at: low.base, label: 'low part search window starts' }, { at: low.base + low.size, label: 'low part search window ends' })
  } else if (ck.kind === 'hang' && ck.cause === 'endless-retry') {
    out.push({ at: ck.window.base, label: 'retried window starts' }, { at: ck.window.base + ck.window.size, label: 'retried window ends' })
  }
  return out
}

/**
 * The map as items in ascending address order, plus the boundaries that lie outside RAM.
 *
 * @param input - the layout's simulation result and devices
 * @returns `items` (blocks and boundaries, lowest address first) and `outside` labels
 */
export function memoryMapItems(input: MapInput): { items: MapItem[]; outside: string[] } {
  const ivs = intervals(input)
  const ram = ivs.filter((i) => i.kind === 'ram' || i.kind === 'nomap')
  if (ram.length === 0) return { items: [], outside: [] }
  const lo = ram.reduce((m, i) => (i.base < m ? i.base : m), ram[0]!.base)
  const hi = ram.reduce((m, i) => (i.end > m ? i.end : m), ram[0]!.end)

  const marks = new Map<bigint, string[]>()
  const outside: string[] = []
  for (const b of boundaries(input)) {
    if (b.at <= lo || b.at >= hi) {
      outside.push(b.noAddress ? b.label : `${b.label} at ${fmtAddr(b.at)} (${b.at >= hi ? 'at or above the top of RAM' : 'at or below the bottom of RAM'})`)
      continue
    }
    marks.set(b.at, [...(marks.get(b.at) ?? []), b.label])
  }

  // Elementary intervals between every edge, each taking the kind of the strongest cover.
  const edges = [...new Set([lo, hi, ...ivs.flatMap((i) => [i.base, i.end]), ...marks.keys()])].filter((x) => x >= lo && x <= hi).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  let blocks: MapBlock[] = []
  for (let k = 0; k + 1 < edges.length; k++) {
    const base = edges[k]!
    const end = edges[k + 1]!
    let best: Interval | undefined
    for (const i of ivs) if (i.base <= base && i.end >= end && (!best || PRIORITY[i.kind] > PRIORITY[best.kind])) best = i
    if (!best) {
      blocks.push({ type: 'block', kind: 'hole', base, end, bytes: 0n })
      continue
    }
    const block: MapBlock = { type: 'block', kind: best.kind, base, end, bytes: end - base, ...(best.label !== undefined && { label: best.label }) }
    if (best.kind === 'crash-main' || best.kind === 'crash-low') {
      // Per part: only the bytes above a dump target's reach are "beyond" it.
      const beyond = (input.devices ?? []).filter((d) => d.dumpTarget && d.dmaLimit < end - 1n).map((d) => d.name)
      const notes = [best.label ?? '', beyond.length > 0 ? `beyond DMA reach of ${beyond.join(', ')}` : ''].filter(Boolean).join('; ')
      if (notes) block.label = notes
      if (best.end - best.base !== end - base) block.of = best.end - best.base
    }
    blocks.push(block)
  }

  // Fold small holes into RAM on both sides, then merge neighbours of the same kind.
  blocks = blocks.filter((b, i) => {
    if (b.kind !== 'hole' || b.end - b.base >= SMALL_HOLE || marks.has(b.base) || marks.has(b.end)) return true
    const prev = blocks[i - 1]
    const next = blocks[i + 1]
    return !(prev?.kind === 'ram' && next?.kind === 'ram')
  })
  const merged: MapBlock[] = []
  for (const b of blocks) {
    const last = merged[merged.length - 1]
    const isCrash = b.kind === 'crash-main' || b.kind === 'crash-low'
    if (last && last.kind === b.kind && last.label === b.label && !marks.has(b.base) && !isCrash && (last.end === b.base || b.kind === 'ram')) {
      last.bytes += b.bytes
      last.end = b.end
    } else {
      merged.push({ ...b })
    }
  }
  // Crash regions that were split by a boundary stay as separate blocks on purpose.

  const grouped = merged.length > MAX_BLOCKS ? collapse(merged, marks) : merged
  const items: MapItem[] = []
  for (const b of grouped) {
    const m = marks.get(b.base)
    if (m && b.base !== lo) items.push({ type: 'boundary', at: b.base, labels: m })
    items.push(b)
  }
  return { items, outside }
}

/** Collapses runs of ordinary blocks between pinned points (boundaries, crash regions). */
function collapse(blocks: MapBlock[], marks: ReadonlyMap<bigint, string[]>): MapBlock[] {
  const out: MapBlock[] = []
  let run: MapBlock[] = []
  const flush = () => {
    if (run.length >= 3) {
      out.push({ type: 'block', kind: 'group', base: run[0]!.base, end: run[run.length - 1]!.end, bytes: run.reduce((s, b) => s + b.bytes, 0n), ranges: run.length })
    } else {
      out.push(...run)
    }
    run = []
  }
  for (const b of blocks) {
    const pinned = b.kind === 'crash-main' || b.kind === 'crash-low'
    if (marks.has(b.base)) flush()
    if (pinned) {
      flush()
      out.push(b)
    } else {
      run.push(b)
    }
  }
  flush()
  return out
}

const TITLE: Record<BlockKind, string> = {
  'crash-main': 'crashkernel',
  'crash-low': 'crashkernel low',
  reserved: 'reserved',
  nomap: 'no-map RAM',
  ram: 'RAM',
  hole: 'hole (no RAM)',
  group: 'ranges',
}

/** Mermaid class per block kind (prefixed: bare names like `edge` collide with Mermaid's own CSS). */
const CLASS: Record<BlockKind, string> = { 'crash-main': 'ckCrash', 'crash-low': 'ckCrash', reserved: 'ckReserved', nomap: 'ckNomap', ram: 'ckRam', hole: 'ckHole', group: 'ckGroup' }

function blockLabel(b: MapBlock): string {
  const span = `${fmtAddr(b.base)} – ${fmtAddr(b.end - 1n)}`
  let head: string
  if (b.kind === 'group') head = `RAM ${humanSize(b.bytes)} · ${b.ranges} banks and holes`
  else if (b.kind === 'hole') head = `${TITLE.hole} · ${humanSize(b.end - b.base)}`
  else if (b.kind === 'reserved') head = `reserved${b.label ? ` (${b.label})` : ''} · ${humanSize(b.bytes)}`
  else head = `${TITLE[b.kind]} · ${humanSize(b.bytes)}${b.of !== undefined ? ` of ${humanSize(b.of)}` : ''}`
  const note = (b.kind === 'crash-main' || b.kind === 'crash-low') && b.label ? `<br/>${mermaidText(b.label)}` : ''
  return `<b>${mermaidText(head)}</b>${note}<br/>${mermaidText(span)}`
}

/**
 * Renders the Mermaid source (without the code fence) of a layout's memory map.
 *
 * @param input - the layout's simulation result and devices
 * @returns the diagram, or undefined when the layout has no RAM to draw
 * @example
 * renderMemoryMap({ result: sim })
 * // → 'flowchart TB\n  n0["<b>RAM · 768 MiB</b><br/>0x3000_0000 – 0x3fff_ffff"]:::ram\n  …'
 */
export function renderMemoryMap(input: MapInput): { mermaid: string; outside: string[] } | undefined {
  const { items, outside } = memoryMapItems(input)
  if (items.length === 0) return undefined
  const lines = ['flowchart TB']
  const ids: string[] = []
  // Highest address first: the top of the diagram is the top of memory.
  ;[...items].reverse().forEach((item, i) => {
    const id = `n${i}`
    ids.push(id)
    if (item.type === 'boundary') lines.push(`  ${id}{{"${item.labels.map(mermaidText).join('<br/>')}<br/>${mermaidText(fmtAddr(item.at))}"}}:::ckEdge`)
    else lines.push(`  ${id}["${blockLabel(item)}"]:::${CLASS[item.kind]}`)
  })
  if (ids.length > 1) lines.push(`  ${ids.join(' --- ')}`)
  lines.push(
    '  classDef ckCrash fill:#f8d7da,stroke:#b71c1c,stroke-width:3px,color:#000',
    '  classDef ckReserved fill:#e3f2fd,stroke:#1565c0,color:#000',
    '  classDef ckRam fill:#e8f5e9,stroke:#2e7d32,color:#000',
    '  classDef ckNomap fill:#eeeeee,stroke:#616161,color:#000',
    '  classDef ckHole fill:#ffffff,stroke:#9e9e9e,stroke-dasharray:4 4,color:#555',
    '  classDef ckGroup fill:#f1f8e9,stroke:#558b2f,color:#000',
    '  classDef ckEdge fill:#fff3cd,stroke:#b26a00,color:#000',
  )
  return { mermaid: lines.join('\n'), outside }
}
