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
import type { PhysAddr, PhysRange } from '../../engine/index.js';
export interface ScaleSegment {
    start: PhysAddr;
    end: PhysAddr;
    x0: number;
    x1: number;
    /** Drawn at a fixed width with a break marker: not to scale. */
    compressed: boolean;
    ram: boolean;
}
export interface ScaleInput {
    /** Exclusive top of the drawn range (starts at 0). */
    end: PhysAddr;
    /** RAM (banks), half-open. */
    ram: readonly PhysRange[];
    /** Addresses something is drawn at (clipped to [0, end]). */
    cuts: readonly PhysAddr[];
    /** Ranges that are never compressed (reservations, crash regions…). */
    keep: readonly PhysRange[];
    /** Ranges that should get at least `focusPx` (crash regions first). */
    focus: readonly PhysRange[];
}
export interface ScaleOptions {
    width: number;
    breakPx?: number;
    minPx?: number;
    focusPx?: number;
}
export interface Scale {
    width: number;
    segments: readonly ScaleSegment[];
    /** x of an address (addresses outside [0, end] are clamped). */
    x(addr: PhysAddr): number;
}
/**
 * Builds the scale.
 *
 * @example
 * const s = buildScale({ end: 1n << 32n, ram: [{ base: 0n, size: 1n << 30n }], cuts: [], keep: [], focus: [] }, { width: 600 })
 * s.segments.map((g) => [g.compressed, g.x1 - g.x0]) // → [[false, 578], [true, 22]]
 */
export declare function buildScale(input: ScaleInput, options: ScaleOptions): Scale;
