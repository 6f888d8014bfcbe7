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
import type { DmaDevice, MemblockRegionSnapshot, PhysAddr, PhysSize, SimulationResult } from '../engine/index.js';
/** Early reservations at least this big get a block of their own. */
export declare const BIG_RESERVATION: PhysSize;
/** Holes smaller than this are folded into the RAM around them. */
export declare const SMALL_HOLE: PhysSize;
/** Above this many blocks, ordinary runs collapse. */
export declare const MAX_BLOCKS = 24;
export type BlockKind = 'crash-main' | 'crash-low' | 'reserved' | 'nomap' | 'ram' | 'hole' | 'group';
/** A block of the map: the half-open span [base, end) and the RAM bytes in it. */
export interface MapBlock {
    type: 'block';
    kind: BlockKind;
    base: PhysAddr;
    end: PhysAddr;
    /** Bytes of RAM in the span (the span minus folded holes; 0 for a hole). */
    bytes: PhysSize;
    /** Owner of a reservation, or notes for a crash region. */
    label?: string;
    /** How many blocks a `group` stands for. */
    ranges?: number;
    /** A crash region cut by a boundary: the whole region's size (each part is its own block). */
    of?: PhysSize;
}
/** A boundary at an address: the first byte above it is outside what the labels name. */
export interface MapBoundary {
    type: 'boundary';
    at: PhysAddr;
    labels: string[];
}
export type MapItem = MapBlock | MapBoundary;
/** What the map is drawn from: the engine's result and, when known, the layout's DMA devices. */
export interface MapInput {
    result: SimulationResult;
    devices?: readonly DmaDevice[];
}
/**
 * Hex address with `_` every four digits, e.g. `0x8_0000_0000`: short and easy to compare by eye.
 *
 * @example
 * fmtAddr(0x80000000n) // → '0x8000_0000'
 */
export declare function fmtAddr(x: bigint): string;
/**
 * Who reserved a region, every owner memblock merged into it joined by ` + ` (`cma + memmap`),
 * less those `skip` names; undefined when none is left.
 */
export declare function ownersLabel(r: Pick<MemblockRegionSnapshot, 'owner' | 'alsoOwners'>, skip?: (owner: string) => boolean): string | undefined;
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
export declare function humanSize(x: bigint): string;
/**
 * The map as items in ascending address order, plus the boundaries that lie outside RAM.
 *
 * @param input - the layout's simulation result and devices
 * @returns `items` (blocks and boundaries, lowest address first) and `outside` labels
 */
export declare function memoryMapItems(input: MapInput): {
    items: MapItem[];
    outside: string[];
};
/**
 * Renders the Mermaid source (without the code fence) of a layout's memory map.
 *
 * @param input - the layout's simulation result and devices
 * @returns the diagram, or undefined when the layout has no RAM to draw
 * @example
 * renderMemoryMap({ result: sim })
 * // → 'flowchart TB\n  n0["<b>RAM · 768 MiB</b><br/>0x3000_0000 – 0x3fff_ffff"]:::ram\n  …'
 */
export declare function renderMemoryMap(input: MapInput): {
    mermaid: string;
    outside: string[];
} | undefined;
