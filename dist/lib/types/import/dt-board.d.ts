import { type Fdt } from './dtb.js';
import { type ImportResult } from './types.js';
export interface DtFacts {
    model?: string;
    compatible: string[];
    /** The kernel's of_dma_get_max_cpu_address(): inclusive, PHYS_ADDR_MAX when no node limits DMA. */
    dmaLimit: bigint;
    /** The node whose dma-ranges set {@link dmaLimit}. */
    dmaLimitNode?: string;
    /** Per node with a non-empty dma-ranges: the highest CPU address it reaches (inclusive). */
    dmaNodes: Array<{
        node: string;
        cpuEnd: bigint;
    }>;
    bootargs?: string;
    initrd?: {
        start: bigint;
        end: bigint;
    };
    /** The blob's `totalsize` (what the kernel reserves for the DTB itself). */
    totalSize: number;
}
/**
 * How provenance cites a place in the device tree: a node's path, a property (or a
 * /memreserve/ entry) and its byte offset in the blob. A DTS import cites its own lines.
 */
export type DtCite = (node: string, property: string | undefined, offset: number) => string;
/**
 * The DT as the kernel got it, after the boot loader filled in /memory and /chosen and the
 * firmware added its nodes: of_fdt_raw_init() (drivers/of/fdt.c) exposes it, root-readable.
 */
export declare const SYS_FDT = "import /sys/firmware/fdt from the running board instead (the DT as the kernel got it, with what the boot loader filled in; read as root)";
/** What an overlay (a `.dtbo`, a `/plugin/;` source) is told: it patches a base tree, and is no board. */
export declare const OVERLAY_MESSAGE = "this is a device tree overlay, not a board's tree: apply it to the base DTB first (fdtoverlay -i base.dtb -o board.dtb overlay.dtbo) and import the result";
/**
 * A parsed DT → board (memory, reservations, dma, cmdline, initrd, name, arch; riscv64's paging mode).
 *
 * @param fdt - from {@link parseDtb}
 * @param opts - board id; how provenance cites a place (default: path, property, byte offset)
 * @returns board, provenance (pointer → DT path, property and where), problems, facts
 */
export declare function dtToBoard(fdt: Fdt, opts?: {
    id?: string;
    cite?: DtCite;
}): ImportResult<DtFacts>;
/**
 * DTB bytes → board: {@link parseDtb} then {@link dtToBoard}.
 *
 * @param bytes - the blob
 * @param opts - board id, citation style (see {@link dtToBoard})
 * @returns the board (only an id when the blob is unusable) and every problem
 * @example
 * dtbToBoard(readFileSync('bcm2711-rpi-4-b.dtb')).facts?.dmaLimit // → 0x3fffffffn
 */
export declare function dtbToBoard(bytes: Uint8Array, opts?: {
    id?: string;
    cite?: DtCite;
}): ImportResult<DtFacts | undefined>;
