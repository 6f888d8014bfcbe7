// SPDX-License-Identifier: GPL-2.0-only
/**
 * The unflattened device tree's size from where the kernel put NODE_DATA.
 *
 * Without memblock=debug nothing in a boot log sizes the tree unflatten_device_tree() copies
 * out of the DTB, and the model would take the kernel profile's, measured on QEMU virt's tree
 * (another board's tree, or another QEMU's, is hundreds of bytes off). But on arm64 and
 * riscv64 the tree is allocated top-down just before NODE_DATA, whose line every boot prints
 * (arm64: setup_arch() unflattens, then bootmem_init() → arch_numa_init(); riscv64:
 * setup_arch() unflattens, then misc_mem_init() → arch_numa_init()), so the board's tree is
 * the profile's moved by how far the model's NODE_DATA is from the log's. NODE_DATA is
 * cache-line aligned, so the size found is exact to 64 bytes; everything allocated after it
 * lands where the kernel put it.
 *
 * @kernel arch/arm64/kernel/setup.c setup_arch, arch/arm64/mm/init.c bootmem_init,
 *         arch/riscv/kernel/setup.c setup_arch, arch/riscv/mm/init.c misc_mem_init
 *         (v6.12.117, v7.2.13), mm/numa.c alloc_node_data (v6.12.117)
 */
import { simulate, unflattenedTreeOf, UnsupportedLayoutError, type Layout } from '../engine/index.js'
import { decodeMatrix } from '../matrix/decode.js'
import type { Board, BoardMatrix } from '../matrix/generated/board-matrix.js'
import type { Span } from './ranges.js'
import { hex, type Provenance } from './types.js'

/**
 * The largest tree taken as one: four times MAX_FDT_SIZE, the largest flattened tree arm64
 * maps (arch/arm64/include/asm/boot.h@v6.12.117; riscv64 has no larger), as the unflattened
 * copy of a tree is a few times its size. A NODE_DATA further off than that is not the tree's
 * doing: something else the log does not show is allocated above it.
 */
const MAX_TREE = 4n * 0x200000n

/** What the NODE_DATA line says of the tree: its size, or how far off the model is when no tree explains it. */
export type Calibration = { kind: 'size'; size: bigint; from: bigint } | { kind: 'offBy'; bytes: bigint }

/**
 * The tree's size that puts NODE_DATA where the log shows it (the profile's, when it does),
 * set on `board.boot` with of_alias_scan()'s share kept from the profile; `offBy`
 * (board unchanged) when only a tree larger than MAX_TREE would; undefined (board unchanged)
 * when the board cannot be simulated, has NUMA nodes (NODE_DATA of node 0 is then at the top
 * of its node, not below the tree), or no size does it.
 *
 * @param board - the board imported from the log, without `boot.unflattenedDt`
 * @param logNodeData - node 0's NODE_DATA as the log prints it
 * @param readNodeData - reads a NODE_DATA line (the importer's own pattern) from the model's dmesg
 * @returns the size and the profile's it was moved from, or how far the model's NODE_DATA is above the log's
 */
export function calibrateUnflattenedDt(board: Board, logNodeData: Span, readNodeData: (line: string) => Span | undefined): Calibration | undefined {
  if (board.memory?.some((b) => b.node !== undefined)) return undefined
  const nodeDataOf = (b: Board): { at: bigint; tree: bigint; aliases: bigint } | undefined => {
    const layout = layoutOf(b)
    const at = layout && modelNodeData(layout, readNodeData)
    return at === undefined ? undefined : { at, tree: layout!.boot.unflattenedDt, aliases: layout!.boot.dtAliases }
  }
  // The size found is set beside any DT counts the board has (a DTB given with the log), and
  // a measured size wins over the counts of the same board (decode.ts): so the counts play no
  // part here, and the search starts from the profile's size as for a log alone.
  const { deviceTree: _counts, ...plain } = board
  const before = nodeDataOf(plain)
  if (!before) return undefined
  if (before.at === logNodeData.base) {
    board.boot = { ...board.boot, unflattenedDt: hex(before.tree), dtAliases: hex(before.aliases) }
    return { kind: 'size', size: before.tree, from: before.tree }
  }
  // Top-down: a tree `d` bytes larger puts NODE_DATA `d` bytes lower (both addresses are
  // cache-line aligned, so `d` keeps the rounding).
  const size = before.tree + (before.at - logNodeData.base)
  if (size <= 0n || size > MAX_TREE) return { kind: 'offBy', bytes: before.at - logNodeData.base }
  const aliases = before.aliases < size ? before.aliases : 0n
  const boot = { ...board.boot, unflattenedDt: hex(size), dtAliases: hex(aliases) }
  const tried: Board = { ...plain, boot }
  const after = nodeDataOf(tried)
  if (after?.at !== logNodeData.base) return undefined
  board.boot = boot
  return { kind: 'size', size, from: before.tree }
}

/** Provenance of a calibrated tree size. */
export function calibratedProvenance(provenance: Provenance, size: bigint, from: bigint, line: string): void {
  provenance['/boot/unflattenedDt'] =
    size === from
      ? `the kernel profile's (${hex(from)}), which puts NODE_DATA where ${line} shows it`
      : `the kernel profile's ${hex(from)} moved by ${size > from ? '+' : '-'}${hex(size > from ? size - from : from - size)}, which puts NODE_DATA where ${line} shows it (exact to its 64-byte alignment)`
}

/**
 * of_alias_scan()'s allocations as the one size `boot.dtAliases` keeps: each is 8-byte aligned
 * and placed top-down right below the one before (unflattenSizes(), early_init_dt_alloc_memory_arch()),
 * so each but the last takes its size rounded up to 8; one allocation of this size then starts
 * where the kernel's last one does, and what memblock places below them lands where the kernel's did.
 */
export function aliasesAsOne(sizes: readonly bigint[]): bigint {
  return sizes.reduce((sum, b, i) => sum + (i < sizes.length - 1 ? (b + 7n) & ~7n : b), 0n)
}

/**
 * Whether a DT's counts (`board.deviceTree`) make the tree a boot log shows: for the log's
 * kernel, the bytes its memblock=debug requests add up to (`measured`), or without them the
 * NODE_DATA line's address, right below the tree. Then the board needs no measured size,
 * and each of its kernels gets its own from its struct sizes.
 *
 * @param board - the board with `deviceTree` and its `config`, without `boot.unflattenedDt` and `boot.dtAliases`
 * @param measured - the tree and alias bytes the log's requests add up to (the aliases as aliasesAsOne() adds them), or undefined
 * @param logNodeData - node 0's NODE_DATA as the log prints it
 * @param readNodeData - reads a NODE_DATA line from the model's dmesg
 * @returns undefined when it cannot tell: the board is not one layout the model simulates,
 *   its kernel has no policy, or (without `measured`) it has NUMA nodes or no NODE_DATA line
 */
export function treeCountsMatchLog(board: Board, measured: bigint | undefined, logNodeData: Span | undefined, readNodeData: (line: string) => Span | undefined): boolean | undefined {
  const layout = layoutOf(board)
  if (!layout?.deviceTree) return undefined
  if (measured !== undefined) {
    const sizes = unflattenedTreeOf(layout)
    return sizes && sizes.treeBytes + aliasesAsOne(sizes.aliasBytes) === measured
  }
  if (!logNodeData || board.memory?.some((b) => b.node !== undefined)) return undefined
  const at = modelNodeData(layout, readNodeData)
  return at === undefined ? undefined : at === logNodeData.base
}

/** The layout of a one-board matrix that decodes to exactly one, without problems. */
function layoutOf(board: Board): Layout | undefined {
  const decoded = decodeMatrix({ version: 1, boards: [board] } as BoardMatrix)
  return decoded.problems.length === 0 && decoded.layouts.length === 1 ? decoded.layouts[0]!.layout : undefined
}

/** Node 0's NODE_DATA where the model puts it: its first NODE_DATA line; undefined without one, or when the engine refuses the layout (left to verify and check to name). */
function modelNodeData(layout: Layout, readNodeData: (line: string) => Span | undefined): bigint | undefined {
  try {
    for (const e of simulate(layout).trace) {
      const at = readNodeData(e.text)
      if (at) return at.base
    }
  } catch (e) {
    if (e instanceof UnsupportedLayoutError) return undefined
    throw e
  }
  return undefined
}
