// SPDX-License-Identifier: GPL-2.0-only
/**
 * A piecewise-linear address scale for memory maps: linear where it matters, broken where it
 * does not.
 *
 * The address range [0, end) is cut at every address a shape starts or ends at (bank and zone
 * boundaries, reservations, crash regions, searched windows, 4 GiB, CRASH_ADDR_LOW_MAX), so
 * those edges fall on segment boundaries; anything else (a device's DMA limit) is placed by
 * linear interpolation inside its segment. Segments are then laid out left to right:
 *
 * 1. Linear: one px-per-byte factor `k` for all uncompressed segments, with a floor of
 *    `minPx` so a 4 KiB reservation on a 4 TiB machine stays visible (the floor is the only
 *    place the map lies, and only upwards; tooltips carry exact addresses).
 * 2. Holes: every hole (no RAM) wider than 1.5 × `breakPx` is drawn `breakPx` wide with a
 *    break marker — a 1 GiB board shows its RAM, not three quarters of empty 32-bit space,
 *    and a server's 8 TiB gap between nodes becomes one marker.
 * 3. While a focus range (the crash regions, or what a failed reservation searched) is
 *    narrower than `focusPx`, the widest plain RAM segment (free RAM with nothing drawn in
 *    it) wider than 2 × `breakPx` is compressed the same way; step 2 runs again after each
 *    (cutting RAM widens the holes that are left).
 *
 * Deterministic: ties break by address, and positions are rounded to 0.1 px.
 */
import type { PhysAddr, PhysRange } from '../../engine/index.js'

export interface ScaleSegment {
  start: PhysAddr
  end: PhysAddr
  x0: number
  x1: number
  /** Drawn at a fixed width with a break marker: not to scale. */
  compressed: boolean
  ram: boolean
}

export interface ScaleInput {
  /** Exclusive top of the drawn range (starts at 0). */
  end: PhysAddr
  /** RAM (banks), half-open. */
  ram: readonly PhysRange[]
  /** Addresses something is drawn at (clipped to [0, end]). */
  cuts: readonly PhysAddr[]
  /** Ranges that are never compressed (reservations, crash regions…). */
  keep: readonly PhysRange[]
  /** Ranges that should get at least `focusPx` (crash regions first). */
  focus: readonly PhysRange[]
}

export interface ScaleOptions {
  width: number
  breakPx?: number
  minPx?: number
  focusPx?: number
}

export interface Scale {
  width: number
  segments: readonly ScaleSegment[]
  /** x of an address (addresses outside [0, end] are clamped). */
  x(addr: PhysAddr): number
}

interface Piece {
  start: bigint
  end: bigint
  ram: boolean
  keep: boolean
  bytes: number
}

const round1 = (v: number): number => Math.round(v * 10) / 10

function inside(start: bigint, end: bigint, ranges: readonly PhysRange[]): boolean {
  return ranges.some((r) => r.size > 0n && start >= r.base && end <= r.base + r.size)
}

/** Widths for a set of compressed pieces: linear with a floor (solved by fixing floored pieces). */
function widths(pieces: readonly Piece[], compressed: ReadonlySet<number>, o: Required<ScaleOptions>): number[] {
  const floor = Math.min(o.minPx, (o.width / 2) / Math.max(1, pieces.length))
  const floored = new Set<number>()
  let k = 0
  for (let round = 0; round <= pieces.length; round++) {
    let bytes = 0
    let fixed = 0
    pieces.forEach((p, i) => {
      if (compressed.has(i)) fixed += o.breakPx
      else if (floored.has(i)) fixed += floor
      else bytes += p.bytes
    })
    k = bytes > 0 ? Math.max(0, o.width - fixed) / bytes : 0
    let changed = false
    pieces.forEach((p, i) => {
      if (!compressed.has(i) && !floored.has(i) && p.bytes * k < floor) {
        floored.add(i)
        changed = true
      }
    })
    if (!changed) break
  }
  const raw = pieces.map((p, i) => (compressed.has(i) ? o.breakPx : floored.has(i) ? floor : p.bytes * k))
  // Too many breaks for the width: shrink everything proportionally.
  const total = raw.reduce((a, b) => a + b, 0)
  return total > o.width ? raw.map((w) => (w * o.width) / total) : raw
}

/**
 * Builds the scale.
 *
 * @example
 * const s = buildScale({ end: 1n << 32n, ram: [{ base: 0n, size: 1n << 30n }], cuts: [], keep: [], focus: [] }, { width: 600 })
 * s.segments.map((g) => [g.compressed, g.x1 - g.x0]) // → [[false, 578], [true, 22]]
 */
export function buildScale(input: ScaleInput, options: ScaleOptions): Scale {
  const o: Required<ScaleOptions> = { breakPx: 22, minPx: 2, focusPx: 44, ...options }
  const end = input.end > 0n ? input.end : 1n
  const cutSet = new Set<bigint>([0n, end])
  for (const c of input.cuts) if (c > 0n && c < end) cutSet.add(c)
  for (const r of input.ram) for (const c of [r.base, r.base + r.size]) if (c > 0n && c < end) cutSet.add(c)
  const cuts = [...cutSet].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const pieces: Piece[] = []
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!
    const stop = cuts[i + 1]!
    pieces.push({ start, end: stop, ram: inside(start, stop, input.ram), keep: inside(start, stop, input.keep), bytes: Number(stop - start) })
  }
  const compressed = new Set<number>()
  const byWidthDesc = (a: number, b: number, w: number[]) => w[b]! - w[a]! || a - b

  // 2. Holes, then 3. plain RAM while a focus range is too narrow. Holes are re-checked after
  // every compression: cutting RAM widens the holes left on the map.
  const focusWidth = (w: number[], f: PhysRange) => pieces.reduce((sum, p, i) => (p.start >= f.base && p.end <= f.base + f.size ? sum + w[i]! : sum), 0)
  for (;;) {
    const w = widths(pieces, compressed, o)
    const holes = pieces.map((_, i) => i).filter((i) => !pieces[i]!.ram && !compressed.has(i) && w[i]! > 1.5 * o.breakPx)
    if (holes.length > 0) {
      compressed.add(holes.sort((a, b) => byWidthDesc(a, b, w))[0]!)
      continue
    }
    const narrow = input.focus.some((f) => f.size > 0n && focusWidth(w, f) < o.focusPx)
    if (!narrow) break
    const plain = pieces.map((_, i) => i).filter((i) => pieces[i]!.ram && !pieces[i]!.keep && !compressed.has(i) && w[i]! > 2 * o.breakPx)
    if (plain.length === 0) break
    compressed.add(plain.sort((a, b) => byWidthDesc(a, b, w))[0]!)
  }

  const w = widths(pieces, compressed, o)
  let x = 0
  const segments: ScaleSegment[] = pieces.map((p, i) => {
    const x0 = round1(x)
    x += w[i]!
    return { start: p.start, end: p.end, x0, x1: round1(x), compressed: compressed.has(i), ram: p.ram }
  })
  const last = segments[segments.length - 1]
  if (last) last.x1 = round1(o.width)

  return {
    width: o.width,
    segments,
    x(addr: PhysAddr): number {
      if (addr <= 0n) return 0
      if (addr >= end) return o.width
      // Binary search for the segment holding addr.
      let lo = 0
      let hi = segments.length - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (segments[mid]!.end <= addr) lo = mid + 1
        else hi = mid
      }
      const s = segments[lo]!
      const frac = Number(addr - s.start) / Number(s.end - s.start)
      return round1(s.x0 + frac * (s.x1 - s.x0))
    },
  }
}
