// SPDX-License-Identifier: GPL-2.0-only
/**
 * One layout's physical memory map as inline SVG, drawn to a piecewise scale (see scale.ts).
 *
 * Lanes, top to bottom, share one address axis (0 on the left):
 * - RAM: memblock.memory regions (no-map RAM hatched); holes are empty;
 * - zones: DMA / DMA32 / Normal as the kernel printed them;
 * - reserved: memblock.reserved at the end of boot, coloured by category (owner in the
 *   tooltip); the crash kernel's main and low regions are left to the next lane, and what
 *   memblock merged with them is drawn around them;
 * - crashkernel: main and low regions, or the windows a failed reservation searched, or the
 *   window a hanging kernel retries;
 * - one lane per DMA device: its reach [0, dmaLimit]; dump targets drawn stronger, and red when
 *   the region the kdump kernel takes its DMA buffers from (the low one when there is one, else
 *   the main one, as CK002 judges it) lies beyond their reach.
 * Vertical lines mark 4 GiB and CRASH_ADDR_LOW_MAX; break markers mark compressed stretches.
 * Every shape has a `<title>` with the kernel's `[mem 0x%016llx-0x%016llx]` notation.
 *
 * Colours come from CSS classes (the page's stylesheet), so one SVG serves light and dark mode.
 */
import type { DmaDevice, MemblockRegionSnapshot, PhysAddr, PhysRange, SimulationResult } from '../../engine/index.js'
import type { LayoutReport } from '../types.js'
import { CATEGORY_LABEL, reservationCategory, type ReservationCategory } from './categories.js'
import { attr, text } from './escape.js'
import { axisLabel, hex16, humanSize, memRange, windowRange } from './format.js'
import { ownersLabel } from '../memory-map.js'
import { crashkernelCutOff } from '../describe.js'
import { buildScale, type Scale } from './scale.js'
import { reasonWords } from '../outcome-words.js'

/** MEMBLOCK_NOMAP (include/linux/memblock.h). */
const MEMBLOCK_NOMAP = 0x4
const SZ_4G = 1n << 32n

const VIEW_W = 720
const PLOT_X = 128
const PLOT_W = VIEW_W - PLOT_X - 16
/** Average advance of the map's 11px sans-serif text (DejaVu Sans is the widest fallback). */
const CHAR_W = 6.6
/** Baseline of the first header row (labels of the vertical lines) and the row pitch. */
const HEADER_ROW = 12
const ROW_H = 12

interface VLine {
  at: PhysAddr
  cls: string
  label: string
  tip: string
}

interface HeadLabel {
  v: VLine
  x: number
  y: number
  anchor: 'middle' | 'start' | 'end'
}

/**
 * Places the labels of the vertical lines: centred on the line, else ending or starting at it,
 * on the first header row where it collides with nothing; a second row when needed.
 */
function headLabels(vlines: readonly VLine[], x: (a: PhysAddr) => number): HeadLabel[] {
  const rows: Array<Array<[number, number]>> = [[], []]
  const out: HeadLabel[] = []
  for (const v of vlines) {
    const lx = x(v.at)
    const w = textWidth(v.label)
    const options: Array<['middle' | 'end' | 'start', number, number]> = [
      ['middle', lx - w / 2, lx],
      ['end', lx - w - 3, lx - 3],
      ['start', lx + 3, lx + 3],
    ]
    placed: for (let r = 0; r < rows.length; r++) {
      for (const [anchor, a, tx] of options) {
        if (a < -PLOT_X + 4 || a + w > PLOT_W + 12) continue
        if (!rows[r]!.every(([p, q]) => a + w + 4 <= p || a >= q + 4)) continue
        rows[r]!.push([a, a + w])
        out.push({ v, x: tx, y: HEADER_ROW + r * ROW_H, anchor })
        break placed
      }
    }
  }
  return out
}

interface Lane {
  y: number
  h: number
}

const r1 = (v: number): string => String(Math.round(v * 10) / 10)
const textWidth = (s: string): number => s.length * CHAR_W

/** The owners of the crash kernel's main and low regions, which the crashkernel lane draws. */
function isCrashRegionOwner(owner: string): boolean {
  return owner === 'crashkernel' || owner === 'crashkernel low'
}

function title(lines: string[]): string {
  return `<title>${text(lines.join('\n'))}</title>`
}

function rect(x0: number, x1: number, lane: Lane, cls: string, tip: string[], extra = ''): string {
  const w = Math.max(1, x1 - x0)
  // A zone's name is part of its class: from a results file (aggregate) it is any string.
  return `<rect class="${attr(cls)}" x="${r1(PLOT_X + x0)}" y="${lane.y}" width="${r1(w)}" height="${lane.h}"${extra}>${title(tip)}</rect>`
}

/**
 * Places a label: centred in the widest free part of [x0, x1] when it fits there, else right or
 * left of the shape when free; undefined when nowhere (the tooltip still has it).
 */
function placeLabel(label: string, x0: number, x1: number, taken: Array<[number, number]>, insideOnly = false): { x: number; anchor: 'middle' | 'start' | 'end'; inside: boolean } | undefined {
  const w = textWidth(label)
  const free = (a: number, b: number) => a >= 0 && b <= PLOT_W && taken.every(([p, q]) => b <= p || a >= q)
  // Free parts of [x0, x1], widest first.
  let parts: Array<[number, number]> = [[x0, x1]]
  for (const [p, q] of taken) parts = parts.flatMap(([a, b]): Array<[number, number]> => (q <= a || p >= b ? [[a, b]] : [[a, Math.max(a, p)], [Math.min(b, q), b]]))
  parts = parts.filter(([a, b]) => b - a >= w + 6).sort((m, n) => n[1] - n[0] - (m[1] - m[0]) || m[0] - n[0])
  const part = parts[0]
  if (part) {
    const mid = (part[0] + part[1]) / 2
    taken.push([mid - w / 2, mid + w / 2])
    return { x: mid, anchor: 'middle', inside: true }
  }
  if (insideOnly) return undefined
  for (const [a, b, x, anchor] of [
    [x1 + 4, x1 + 4 + w, x1 + 4, 'start'],
    [x0 - 4 - w, x0 - 4, x0 - 4, 'end'],
  ] as const) {
    if (free(a, b)) {
      taken.push([a, b])
      return { x, anchor, inside: false }
    }
  }
  return undefined
}

/** The first x at or after `x` where a label `w` wide clears every break marker. */
function clearOfBreaks(x: number, w: number, breaks: ReadonlyArray<[number, number]>): number {
  let at = x
  for (const [p, q] of breaks) if (at < q && at + w > p) at = q + 3
  return at
}

/** Draws the first of `tries` (longest first) that can be placed. */
function laneText(tries: string | readonly string[], x0: number, x1: number, lane: Lane, taken: Array<[number, number]>, cls: string, insideOnly = false): string {
  let label = ''
  let p: ReturnType<typeof placeLabel>
  for (const t of typeof tries === 'string' ? [tries] : tries) {
    p = placeLabel(t, x0, x1, taken, insideOnly)
    label = t
    if (p) break
  }
  if (!p) return ''
  return `<text class="${cls}${p.inside ? ' in' : ''}" x="${r1(PLOT_X + p.x)}" y="${r1(lane.y + lane.h / 2 + 4)}" text-anchor="${p.anchor}">${text(label)}</text>`
}

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}\u2026`
}

/** RAM banks for the scale: memblock.memory merged where regions touch. */
function ramRanges(memory: readonly MemblockRegionSnapshot[]): PhysRange[] {
  const out: PhysRange[] = []
  for (const m of [...memory].sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))) {
    const last = out[out.length - 1]
    if (last && last.base + last.size >= m.base) {
      const end = m.base + m.size > last.base + last.size ? m.base + m.size : last.base + last.size
      last.size = end - last.base
    } else out.push({ base: m.base, size: m.size })
  }
  return out
}

function crashRegions(result: SimulationResult): Array<PhysRange & { kind: 'main' | 'low' }> {
  const ck = result.crashkernel
  if (ck.kind !== 'reserved') return []
  return ck.low ? [ck.main, ck.low] : [ck.main]
}

/** A piece of memblock.reserved as the reservation lane draws it. */
interface ReservedPiece extends PhysRange {
  category: ReservationCategory
  /** Every owner but the crash kernel's main and low regions. */
  label: string | undefined
}

/**
 * memblock.reserved less the crash kernel's main and low regions, which the crashkernel lane
 * draws. memblock merges adjacent reservations, so a region may hold the crash kernel and
 * something else (a DT CMA pool placed right above it, the kernel image below a fixed
 * `@offset`): what lies outside the crash regions is drawn, coloured by its other owners.
 * The crash kernel's `,cma` areas (`crashkernel cma`) are not crash regions and are drawn.
 */
function reservedPieces(result: SimulationResult): ReservedPiece[] {
  const crash = crashRegions(result)
  const out: ReservedPiece[] = []
  for (const r of result.reserved) {
    let parts: Array<{ base: PhysAddr; end: PhysAddr }> = [{ base: r.base, end: r.base + r.size }]
    for (const c of crash) {
      const cEnd = c.base + c.size
      parts = parts.flatMap((p) => (c.base >= p.end || cEnd <= p.base ? [p] : [...(p.base < c.base ? [{ base: p.base, end: c.base }] : []), ...(cEnd < p.end ? [{ base: cEnd, end: p.end }] : [])]))
    }
    if (parts.length === 0) continue
    const merged = parts.length !== 1 || parts[0]!.base !== r.base || parts[0]!.end !== r.base + r.size
    const owners = [...(r.owner !== undefined ? [r.owner] : []), ...(r.alsoOwners ?? [])].filter((o) => !(merged && isCrashRegionOwner(o)))
    const category = reservationCategory(owners[0], (r.flags & MEMBLOCK_NOMAP) !== 0)
    const label = ownersLabel(r, (o) => merged && isCrashRegionOwner(o))
    for (const p of parts) out.push({ base: p.base, size: p.end - p.base, category, label })
  }
  return out
}

/** Categories present in a layout's reservation lane (for the legend). */
export function mapCategories(layout: LayoutReport): ReservationCategory[] {
  return [...new Set(reservedPieces(layout.result).map((p) => p.category))]
}

/**
 * Renders the memory map of one layout.
 *
 * @param layout - the layout and its simulation result
 * @param id - a page-unique, deterministic id prefix (e.g. `L12`)
 * @returns an `<svg>` element as a string
 */
export function renderMemoryMap(layout: LayoutReport, id: string): string {
  const result = layout.result
  const devices: readonly DmaDevice[] = layout.devices ?? []
  const ram = ramRanges(result.memory)
  const crash = crashRegions(result)
  const ck = result.crashkernel
  const searched = ck.kind === 'failed' ? ck.searched : ck.kind === 'hang' && ck.cause === 'endless-retry' ? [ck.window] : []
  const reserved = reservedPieces(result)
  const zones = result.zones.filter((z): z is typeof z & { start: PhysAddr; end: PhysAddr } => z.start !== null && z.end !== null)

  let end = SZ_4G
  for (const r of [...ram, ...crash, ...searched]) if (r.base + r.size > end) end = r.base + r.size
  const lowMax = result.lowMax > 0n && result.lowMax <= end && result.lowMax !== SZ_4G ? result.lowMax : undefined

  const cuts: PhysAddr[] = [SZ_4G]
  for (const r of [...result.memory, ...result.reserved, ...crash, ...searched]) cuts.push(r.base, r.base + r.size)
  for (const z of zones) cuts.push(z.start, z.end + 1n)
  // Device limits are not cuts: a bar may end inside a break (its tooltip has the address),
  // and a 32-bit hole stays one break instead of one per DMA limit that falls in it.
  if (lowMax !== undefined) cuts.push(lowMax)
  const focus = crash.length > 0 ? crash : searched.filter((r) => r.size > 0n)
  const scale: Scale = buildScale({ end, ram, cuts, keep: [...result.reserved, ...crash], focus }, { width: PLOT_W })
  const x = (a: PhysAddr) => scale.x(a)

  // Vertical lines and their labels: a second header row only when two labels would collide.
  const vlines: VLine[] = [{ at: SZ_4G, cls: 'vl v4g', label: '4 GiB', tip: `4 GiB: ${hex16(SZ_4G)} (end of 32-bit DMA reach)` }]
  if (lowMax !== undefined) vlines.push({ at: lowMax, cls: 'vl vlow', label: 'low max', tip: `CRASH_ADDR_LOW_MAX ${hex16(lowMax)}` })
  const heads = headLabels(vlines, x)
  const headerH = heads.some((h) => h.y > HEADER_ROW) ? HEADER_ROW + ROW_H + 6 : HEADER_ROW + 6

  // Lanes.
  let y = headerH + 4
  const lane = (h: number): Lane => {
    const l = { y, h }
    y += h + 6
    return l
  }
  const ramLane = lane(18)
  const zoneLane = lane(18)
  const resLane = lane(18)
  const crashLane = lane(24)
  const devLanes = devices.map(() => lane(14))
  const plotBottom = y - 6
  const axisY = plotBottom + 6
  const height = axisY + 24

  const out: string[] = []
  /** Text drawn over the shapes and break markers. */
  const labels: string[] = []
  // What happened to crashkernel=, written across the crash lane: drawn last, as it crosses
  // the break marks and the 4 GiB line wherever they fall.
  const messages: string[] = []
  // Labels stay clear of break markers.
  const breaks: Array<[number, number]> = scale.segments.filter((g) => g.compressed).map((g) => [(g.x0 + g.x1) / 2 - 7, (g.x0 + g.x1) / 2 + 7])
  const laneLabel = (l: Lane, label: string, tip?: string) =>
    `<text class="lane" x="${PLOT_X - 8}" y="${r1(l.y + l.h / 2 + 4)}" text-anchor="end">${tip ? title([tip]) : ''}${text(label)}</text>`
  out.push(laneLabel(ramLane, 'RAM'), laneLabel(zoneLane, 'zones'), laneLabel(resLane, 'reserved'), laneLabel(crashLane, 'crashkernel'))

  // RAM.
  for (const m of result.memory) {
    const nomap = (m.flags & MEMBLOCK_NOMAP) !== 0
    out.push(rect(x(m.base), x(m.base + m.size), ramLane, nomap ? 'ram nomap' : 'ram', [`${nomap ? 'RAM, no-map (MEMBLOCK_NOMAP)' : 'RAM'} ${memRange(m.base, m.size)}`, humanSize(m.size)]))
  }

  // Zones.
  const zoneTaken: Array<[number, number]> = [...breaks]
  for (const z of zones) {
    const size = z.end + 1n - z.start
    const x0 = x(z.start)
    const x1 = x(z.end + 1n)
    out.push(rect(x0, x1, zoneLane, `zone z-${z.name.toLowerCase()}`, [`ZONE_${z.name.toUpperCase()} ${memRange(z.start, size)}`, `span ${humanSize(size)}`]))
    labels.push(laneText(z.name, x0, x1, zoneLane, zoneTaken, 'zl', true))
  }

  // Early reservations.
  for (const r of reserved) {
    out.push(rect(x(r.base), x(r.base + r.size), resLane, `res c-${r.category}`, [`${r.label ?? 'reserved'} (${CATEGORY_LABEL[r.category]}) ${memRange(r.base, r.size)}`, humanSize(r.size)]))
  }

  // Crash kernel.
  const crashTaken: Array<[number, number]> = [...breaks]
  if (ck.kind === 'reserved') {
    for (const c of crash) {
      const x0 = x(c.base)
      const x1 = x(c.base + c.size)
      const what = c.kind === 'main' ? `crashkernel${ck.high ? ',high' : ''}${ck.fellBack ? ' (fell back)' : ''}` : 'crashkernel,low'
      out.push(rect(x0, x1, crashLane, `crash crash-${c.kind}`, [`${what} ${memRange(c.base, c.size)}`, humanSize(c.size)]))
      labels.push(laneText(c.kind === 'low' ? [`low ${humanSize(c.size)}`, humanSize(c.size), 'low'] : [humanSize(c.size), 'main'], x0, x1, crashLane, crashTaken, c.kind === 'low' ? 'cl low' : 'cl'))
    }
  } else if (ck.kind === 'hang' && ck.cause === 'early-param') {
    messages.push(`<text class="ckmsg bad" x="${PLOT_X + 4}" y="${r1(crashLane.y + crashLane.h / 2 + 4)}">${text(`\u221E boot stops at ${ck.param}`)}</text>`)
  } else if (ck.kind === 'failed' || ck.kind === 'hang') {
    // A failed low part: the main region fit in its window and was freed; the last window is
    // the low part's search, the one that found no room.
    const lowFailed = ck.kind === 'failed' && ck.reason === 'low-failed'
    for (const [i, w] of searched.entries()) {
      const x0 = x(w.base)
      const x1 = x(w.base + w.size)
      const tip =
        ck.kind === 'hang'
          ? `retries ${windowRange(w.base, w.size)} for ${humanSize(ck.size)} forever (boot hangs)`
          : !lowFailed
            ? `searched ${windowRange(w.base, w.size)} for ${humanSize(ck.size)}: no fit`
            : i === searched.length - 1
              ? `searched ${windowRange(w.base, w.size)} for the low part: no fit`
              : `searched ${windowRange(w.base, w.size)} for ${humanSize(ck.size)}: found, then freed with the low part`
      if (w.size === 0n) {
        out.push(`<path class="miss" d="M${r1(PLOT_X + x0 - 4)},${crashLane.y + 4}l8,${crashLane.h - 8}m0,-${crashLane.h - 8}l-8,${crashLane.h - 8}">${title([tip])}</path>`)
      } else {
        out.push(rect(x0, x1, crashLane, ck.kind === 'failed' ? 'search' : 'hangwin', [tip]))
      }
    }
    const msg = ck.kind === 'failed' ? `\u2717 ${humanSize(ck.size)} not reserved (${reasonWords(result)})` : `\u221E boot hangs retrying ${humanSize(ck.size)}`
    messages.push(`<text class="ckmsg bad" x="${PLOT_X + 4}" y="${r1(crashLane.y + crashLane.h / 2 + 4)}">${text(msg)}</text>`)
  } else {
    const cut = crashkernelCutOff(result, layout.cmdline)
    const msg = ck.kind === 'ignored' ? `\u2205 crashkernel= ignored (${reasonWords(result)})` : cut !== undefined ? `\u2013 crashkernel= cut off (COMMAND_LINE_SIZE ${cut})` : '\u2013 no crashkernel= on the command line'
    messages.push(`<text class="ckmsg" x="${PLOT_X + 4}" y="${r1(crashLane.y + crashLane.h / 2 + 4)}">${text(msg)}</text>`)
  }

  // Devices. The kdump kernel's DMA buffers come from the low region when there is one, else
  // from the main region (CK002, the summary's DMA reach column and explain judge it so): a
  // dump target that reaches the low region is not drawn as failing for a main region above it.
  const main = crash.find((c) => c.kind === 'main')
  const dmaRegion = crash.find((c) => c.kind === 'low') ?? main
  devices.forEach((d, i) => {
    const l = devLanes[i]!
    const reach = d.dmaLimit + 1n
    const x1 = x(reach > end ? end : reach)
    const beyond = reach > end
    const misses = d.dumpTarget && dmaRegion !== undefined && dmaRegion.base + dmaRegion.size - 1n > d.dmaLimit
    const lowOnly = d.dumpTarget && !misses && dmaRegion !== main && main !== undefined && main.base + main.size - 1n > d.dmaLimit
    const cls = `dev${d.dumpTarget ? ' dump' : ''}${misses ? ' miss-reach' : ''}`
    const tip = [`${d.name}: DMA reach [mem 0x0000000000000000-${hex16(d.dmaLimit)}] (${humanSize(reach)})`]
    if (d.dumpTarget) {
      tip.push(
        misses
          ? `dump target; the crash kernel's ${dmaRegion!.kind === 'low' ? 'low region, where its DMA buffers come from,' : 'region'} lies beyond its reach`
          : lowOnly
            ? 'dump target (writes the vmcore); it reaches the low region, where the crash kernel\'s DMA buffers come from, not the main one'
            : 'dump target (writes the vmcore)',
      )
    }
    out.push(`<text class="lane dev-name" x="${PLOT_X - 8}" y="${r1(l.y + l.h / 2 + 4)}" text-anchor="end">${title([d.name])}${text(truncate(d.name, Math.floor((PLOT_X - 12) / CHAR_W)))}</text>`)
    out.push(rect(0, x1, l, cls, tip, ` rx="2"`))
    if (beyond) out.push(`<path class="arrow${d.dumpTarget ? ' dump' : ''}" d="M${r1(PLOT_X + x1 - 1)},${l.y - 2}l6,${l.h / 2 + 2}l-6,${l.h / 2 + 2}z"/>`)
    // The longest tag that fits inside the bar, else right of it; none when neither.
    const tags = misses
      ? [`dump target: cannot reach crashkernel${dmaRegion!.kind === 'low' ? ',low' : ''}`, `cannot reach crashkernel${dmaRegion!.kind === 'low' ? ',low' : ''}`, 'unreachable']
      : lowOnly
        ? ['dump target: reaches crashkernel,low only', 'reaches crashkernel,low only', 'dump target']
        : d.dumpTarget
          ? ['dump target']
          : []
    for (const tag of tags) {
      const w = textWidth(tag)
      const at = clearOfBreaks(6, w, breaks)
      const right = clearOfBreaks(x1 + 8, w, breaks)
      const inside = at + w + 6 < x1
      if (!inside && right + w > PLOT_W) continue
      labels.push(`<text class="devtag${inside ? ' in' : ''}${misses ? ' bad' : ''}" x="${r1(PLOT_X + (inside ? at : right))}" y="${r1(l.y + l.h / 2 + 4)}">${text(tag)}</text>`)
      break
    }
  })

  // Break markers over every lane.
  for (const s of scale.segments) {
    if (!s.compressed) continue
    const mid = PLOT_X + (s.x0 + s.x1) / 2
    const top = ramLane.y - 2
    const bot = plotBottom + 2
    const what = s.ram ? `not to scale: ${humanSize(s.end - s.start)} of RAM with nothing drawn in it` : `not to scale: ${humanSize(s.end - s.start)} without RAM`
    out.push(
      `<g class="brk"><rect x="${r1(mid - 3)}" y="${top}" width="6" height="${bot - top}"/><path d="M${r1(mid - 5)},${bot}L${r1(mid - 1)},${top}M${r1(mid + 1)},${bot}L${r1(mid + 5)},${top}"/>${title([what, memRange(s.start, s.end - s.start)])}</g>`,
    )
  }

  out.push(...labels)

  // Vertical lines: 4 GiB and CRASH_ADDR_LOW_MAX, labels placed above (see headLabels).
  for (const v of vlines) {
    const lx = x(v.at)
    const l = heads.find((h) => h.v === v)
    out.push(
      `<g class="${v.cls}"><line x1="${r1(PLOT_X + lx)}" x2="${r1(PLOT_X + lx)}" y1="${(l ? l.y : HEADER_ROW) + 3}" y2="${plotBottom + 3}"/>` +
        (l ? `<text x="${r1(PLOT_X + l.x)}" y="${l.y}" text-anchor="${l.anchor}">${text(v.label)}</text>` : '') +
        `${title([v.tip])}</g>`,
    )
  }

  // Each on a box of the background colour (the page's filter ck-msgbg, style.ts), so the
  // lines it crosses stop at its edges.
  out.push(...messages)

  // Axis.
  out.push(`<line class="axis" x1="${PLOT_X}" x2="${PLOT_X + PLOT_W}" y1="${axisY}" y2="${axisY}"/>`)
  const candidates: PhysAddr[] = [0n, SZ_4G, end]
  for (const r of ram) candidates.push(r.base, r.base + r.size)
  for (const z of zones) candidates.push(z.end + 1n)
  for (const c of crash) candidates.push(c.base)
  const axisTaken: Array<[number, number]> = []
  const seen = new Set<PhysAddr>()
  const ticks: string[] = []
  for (const a of candidates) {
    if (a > end || seen.has(a)) continue
    seen.add(a)
    const lx = x(a)
    const label = axisLabel(a)
    const w = textWidth(label)
    const anchor = lx + w / 2 > PLOT_W ? 'end' : lx - w / 2 < 0 ? 'start' : 'middle'
    const s = anchor === 'end' ? lx - w : anchor === 'start' ? lx : lx - w / 2
    if (!axisTaken.every(([p, q]) => s + w + 6 <= p || s >= q + 6)) continue
    axisTaken.push([s, s + w])
    ticks.push(
      `<g class="tick"><line x1="${r1(PLOT_X + lx)}" x2="${r1(PLOT_X + lx)}" y1="${axisY}" y2="${axisY + 4}"/><text x="${r1(PLOT_X + lx)}" y="${axisY + 16}" text-anchor="${anchor}">${text(label)}</text>${title([hex16(a)])}</g>`,
    )
  }
  out.push(...ticks)

  const aria = `Memory map of ${layout.boardId} ${layout.layoutName}: ${describeForAria(result, layout.cmdline)}`
  return `<svg class="mm" id="${attr(id)}-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VIEW_W} ${height}" role="img" aria-label="${attr(aria)}">${out.join('')}</svg>`
}

function describeForAria(result: SimulationResult, cmdline: string | undefined): string {
  const ck = result.crashkernel
  if (ck.kind === 'reserved') return `crashkernel ${memRange(ck.main.base, ck.main.size)}${ck.low ? `, low ${memRange(ck.low.base, ck.low.size)}` : ''}`
  if (ck.kind === 'failed') return `crashkernel of ${humanSize(ck.size)} not reserved`
  if (ck.kind === 'hang') return ck.cause === 'early-param' ? 'the boot stops before crashkernel is reserved' : 'the boot hangs reserving crashkernel'
  return ck.kind === 'ignored' ? 'crashkernel= ignored' : crashkernelCutOff(result, cmdline) !== undefined ? 'crashkernel= cut off' : 'crashkernel= not requested'
}
