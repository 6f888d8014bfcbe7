/**
 * Flattened device tree (DTB) parser, per the Devicetree Specification v0.4 chapter 5
 * ("Flattened Devicetree (DTB) Format"):
 *
 * - header: ten big-endian u32 (magic 0xd00dfeed, totalsize, off_dt_struct, off_dt_strings,
 *   off_mem_rsvmap, version, last_comp_version, boot_cpuid_phys, size_dt_strings,
 *   size_dt_struct); versions 16 and 17 (what dtc and every boot loader write);
 * - memory reservation block: (u64 address, u64 size) pairs ending with (0, 0);
 * - structure block: tokens FDT_BEGIN_NODE (name, NUL, padded to 4), FDT_END_NODE,
 *   FDT_PROP (u32 len, u32 nameoff, value padded to 4), FDT_NOP, FDT_END;
 * - strings block: NUL-terminated property names.
 *
 * Pure: bytes in, tree out. Malformed blobs give problems with the byte offset, never throw.
 */
import type { ImportProblem } from './types.js';
export declare const FDT_MAGIC = 3490578157;
export declare const FDT_BEGIN_NODE = 1;
export declare const FDT_END_NODE = 2;
export declare const FDT_PROP = 3;
export declare const FDT_NOP = 4;
export declare const FDT_END = 9;
export interface FdtProperty {
    name: string;
    value: Uint8Array;
    /** Offset of the FDT_PROP token in the blob. */
    offset: number;
}
export interface FdtNode {
    /** Node name with unit address (`memory@40000000`); '' for the root. */
    name: string;
    /** Full path (`/soc/emmc2bus`); '/' for the root. */
    path: string;
    props: FdtProperty[];
    children: FdtNode[];
    parent?: FdtNode;
    /** Offset of the FDT_BEGIN_NODE token in the blob. */
    offset: number;
    /**
     * The name's bytes as the blob has them, where they are not UTF-8 (`name` then has U+FFFD
     * for them and is not as long as the kernel's copy): absent for every name dtc writes.
     */
    rawName?: Uint8Array;
}
export interface FdtReserveEntry {
    address: bigint;
    size: bigint;
    /** Offset of the entry in the blob. */
    offset: number;
}
export interface Fdt {
    totalSize: number;
    version: number;
    lastCompVersion: number;
    bootCpuidPhys: number;
    memreserve: FdtReserveEntry[];
    root: FdtNode;
}
/**
 * Parses a DTB.
 *
 * @param bytes - the blob (may be longer than its `totalsize`, e.g. a padded partition)
 * @returns the tree when the blob is usable, and problems located by byte offset
 * @example
 * const { fdt } = parseDtb(blob)
 * fdt?.root.children.map((n) => n.name) // → ['memory@40000000', 'chosen', …]
 */
export declare function parseDtb(bytes: Uint8Array): {
    fdt?: Fdt;
    problems: ImportProblem[];
};
export declare function getProp(node: FdtNode, name: string): FdtProperty | undefined;
/** Big-endian u32 cells of a property value (trailing bytes that are not a whole cell are ignored). */
export declare function cells(value: Uint8Array): number[];
/** of_read_number(): `count` cells as one number (more than two cells keep the low 64 bits, as the kernel does). */
export declare function readNumber(c: readonly number[], start: number, count: number): bigint;
/** A string property (up to its first NUL). */
export declare function propString(p: FdtProperty | undefined): string | undefined;
/** A string-list property (`compatible`). */
export declare function propStrings(p: FdtProperty | undefined): string[];
/** of_fdt_device_is_available(): no `status`, or `okay`/`ok`. */
export declare function isAvailable(node: FdtNode): boolean;
/** Finds a node by absolute path (`/reserved-memory`); unit addresses must match exactly. */
export declare function findNode(root: FdtNode, path: string): FdtNode | undefined;
/** The board format's `deviceTree`: the counts that size the kernel's unflattened copy. */
export interface TreeCounts {
    nodes: number;
    properties: number;
    nameBytes: number;
    aliases: string[];
}
/**
 * The counts unflatten_dt_nodes() sizes the tree by (engine fdt.ts unflattenDtNodes()), walked
 * in blob order as populate_node() and populate_properties() walk it: each node's name with
 * its unit address and NUL, its properties, and for a node without a `name` property one more
 * property whose value is the name after its last `/` up to its last `@` and NUL. Each name
 * is rounded up to 8 bytes (the next struct's alignment) except the tree's last. Every node
 * counts, disabled ones too (a CONFIG_OF_KOBJ kernel unflattens them), but those 63 levels
 * down or deeper (FDT_MAX_DEPTH), and a property counts only before the node's first child
 * (libfdt's property walk ends at a child's FDT_BEGIN_NODE). Names count in the blob's bytes.
 * `aliases`: the /aliases properties whose path names a node of this tree, as of_alias_scan()
 * finds them with of_find_node_by_path() (ofFindNodeByPath()).
 */
export declare function unflattenCounts(root: FdtNode): TreeCounts;
