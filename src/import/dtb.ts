// SPDX-License-Identifier: GPL-2.0-only
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
import type { ImportProblem } from './types.js'

export const FDT_MAGIC = 0xd00dfeed
export const FDT_BEGIN_NODE = 0x1
export const FDT_END_NODE = 0x2
export const FDT_PROP = 0x3
export const FDT_NOP = 0x4
export const FDT_END = 0x9

export interface FdtProperty {
  name: string
  value: Uint8Array
  /** Offset of the FDT_PROP token in the blob. */
  offset: number
}

export interface FdtNode {
  /** Node name with unit address (`memory@40000000`); '' for the root. */
  name: string
  /** Full path (`/soc/emmc2bus`); '/' for the root. */
  path: string
  props: FdtProperty[]
  children: FdtNode[]
  parent?: FdtNode
  /** Offset of the FDT_BEGIN_NODE token in the blob. */
  offset: number
}

export interface FdtReserveEntry {
  address: bigint
  size: bigint
  /** Offset of the entry in the blob. */
  offset: number
}

export interface Fdt {
  totalSize: number
  version: number
  lastCompVersion: number
  bootCpuidPhys: number
  memreserve: FdtReserveEntry[]
  root: FdtNode
}

const HEADER_SIZE = 40

function problem(code: string, message: string, offset: number, severity: ImportProblem['severity'] = 'error'): ImportProblem {
  return { severity, source: 'dtb', code, message: `${message} (at byte ${offset}, 0x${offset.toString(16)})`, offset }
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
export function parseDtb(bytes: Uint8Array): { fdt?: Fdt; problems: ImportProblem[] } {
  const problems: ImportProblem[] = []
  if (bytes.length < HEADER_SIZE) return { problems: [problem('truncated', `a DTB header needs ${HEADER_SIZE} bytes, the input has ${bytes.length}`, 0)] }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u32 = (o: number) => view.getUint32(o, false)
  const magic = u32(0)
  if (magic !== FDT_MAGIC) return { problems: [problem('badMagic', `not a DTB: magic is 0x${magic.toString(16).padStart(8, '0')}, expected 0xd00dfeed`, 0)] }
  const totalSize = u32(4)
  const offStruct = u32(8)
  const offStrings = u32(12)
  const offRsvmap = u32(16)
  const version = u32(20)
  const lastCompVersion = u32(24)
  const bootCpuidPhys = u32(28)
  const sizeStrings = u32(32)
  const sizeStruct = u32(36)
  if (totalSize > bytes.length) return { problems: [problem('truncated', `header totalsize is ${totalSize} bytes but the input has ${bytes.length}`, 4)] }
  if (version < 16) return { problems: [problem('unsupportedVersion', `DTB version ${version} is not supported (16 or 17 expected; older formats store full paths)`, 20)] }
  if (lastCompVersion > 17) return { problems: [problem('unsupportedVersion', `last_comp_version ${lastCompVersion}: the blob needs a reader newer than version 17`, 24)] }
  const inside = (off: number, len: number) => off >= HEADER_SIZE && off <= totalSize && len >= 0 && off + len <= totalSize
  const structEnd = version >= 17 ? offStruct + sizeStruct : totalSize
  if (!inside(offStruct, structEnd - offStruct) || offStruct % 4 !== 0) return { problems: [problem('badHeader', `structure block [${offStruct}, ${structEnd}) lies outside the blob or is misaligned`, 8)] }
  const stringsEnd = offStrings + sizeStrings
  if (!inside(offStrings, sizeStrings)) return { problems: [problem('badHeader', `strings block [${offStrings}, ${stringsEnd}) lies outside the blob`, 12)] }
  if (!inside(offRsvmap, 16) || offRsvmap % 8 !== 0) return { problems: [problem('badHeader', `memory reservation block at ${offRsvmap} lies outside the blob or is not 8-byte aligned`, 16)] }

  // Memory reservation block.
  const memreserve: FdtReserveEntry[] = []
  for (let o = offRsvmap; ; o += 16) {
    if (o + 16 > totalSize) {
      problems.push(problem('truncated', 'memory reservation block has no (0, 0) terminator', o))
      break
    }
    const address = view.getBigUint64(o, false)
    const size = view.getBigUint64(o + 8, false)
    if (address === 0n && size === 0n) break
    memreserve.push({ address, size, offset: o })
  }

  const decoder = new TextDecoder('utf-8', { fatal: false })
  const cstring = (start: number, end: number): { text: string; next: number } | undefined => {
    const nul = bytes.indexOf(0, start)
    if (nul < 0 || nul >= end) return undefined
    return { text: decoder.decode(bytes.subarray(start, nul)), next: nul + 1 }
  }
  const align4 = (x: number) => (x + 3) & ~3

  // Structure block.
  let root: FdtNode | undefined
  const stack: FdtNode[] = []
  let o = offStruct
  let ended = false
  while (o + 4 <= structEnd) {
    const tokenAt = o
    const token = u32(o)
    o += 4
    if (token === FDT_NOP) continue
    if (token === FDT_BEGIN_NODE) {
      const s = cstring(o, structEnd)
      if (!s) {
        problems.push(problem('truncated', 'node name is not NUL-terminated inside the structure block', o))
        break
      }
      const parent = stack[stack.length - 1]
      if (!parent && root) {
        problems.push(problem('badStructure', `a second root node "${s.text}"`, tokenAt))
        break
      }
      if (!parent && s.text !== '') problems.push(problem('badRootName', `the root node is named "${s.text}", expected an empty name`, tokenAt, 'warning'))
      const node: FdtNode = { name: s.text, path: parent ? `${parent.path === '/' ? '' : parent.path}/${s.text}` : '/', props: [], children: [], offset: tokenAt }
      if (parent) {
        node.parent = parent
        parent.children.push(node)
      } else root = node
      stack.push(node)
      o = align4(s.next)
      continue
    }
    if (token === FDT_END_NODE) {
      if (stack.length === 0) {
        problems.push(problem('badStructure', 'FDT_END_NODE without an open node', tokenAt))
        break
      }
      stack.pop()
      continue
    }
    if (token === FDT_PROP) {
      const node = stack[stack.length - 1]
      if (o + 8 > structEnd) {
        problems.push(problem('truncated', 'property header runs past the structure block', tokenAt))
        break
      }
      const len = u32(o)
      const nameoff = u32(o + 4)
      o += 8
      if (o + len > structEnd) {
        problems.push(problem('truncated', `property value of ${len} bytes runs past the structure block`, tokenAt))
        break
      }
      const name = nameoff < sizeStrings ? cstring(offStrings + nameoff, stringsEnd) : undefined
      if (!name) problems.push(problem('badString', `property name offset ${nameoff} is outside the strings block`, tokenAt + 8))
      if (!node) problems.push(problem('badStructure', 'property outside any node', tokenAt))
      else if (name) {
        if (node.children.length > 0) problems.push(problem('propAfterChild', `property "${name.text}" of ${node.path} follows a child node`, tokenAt, 'warning'))
        node.props.push({ name: name.text, value: bytes.slice(o, o + len), offset: tokenAt })
      }
      o = align4(o + len)
      continue
    }
    if (token === FDT_END) {
      if (stack.length > 0) problems.push(problem('badStructure', `FDT_END with ${stack.length} node(s) still open (${stack[stack.length - 1]!.path})`, tokenAt))
      ended = true
      break
    }
    problems.push(problem('badToken', `unknown structure token 0x${token.toString(16)}`, tokenAt))
    break
  }
  if (!ended && !problems.some((p) => p.severity === 'error')) problems.push(problem('truncated', 'structure block ends without FDT_END', o))
  if (!root) {
    problems.push(problem('noRoot', 'the structure block holds no root node', offStruct))
    return { problems }
  }
  return { fdt: { totalSize, version, lastCompVersion, bootCpuidPhys, memreserve, root }, problems }
}

// ---------------------------------------------------------------------------------------------
// Property access

export function getProp(node: FdtNode, name: string): FdtProperty | undefined {
  return node.props.find((p) => p.name === name)
}

/** Big-endian u32 cells of a property value (trailing bytes that are not a whole cell are ignored). */
export function cells(value: Uint8Array): number[] {
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  const out: number[] = []
  for (let o = 0; o + 4 <= value.length; o += 4) out.push(view.getUint32(o, false))
  return out
}

/** of_read_number(): `count` cells as one number (more than two cells keep the low 64 bits, as the kernel does). */
export function readNumber(c: readonly number[], start: number, count: number): bigint {
  let v = 0n
  for (let i = 0; i < count; i++) v = ((v << 32n) | BigInt(c[start + i] ?? 0)) & 0xffffffffffffffffn
  return v
}

/** A string property (up to its first NUL). */
export function propString(p: FdtProperty | undefined): string | undefined {
  if (!p) return undefined
  const nul = p.value.indexOf(0)
  return new TextDecoder().decode(p.value.subarray(0, nul < 0 ? p.value.length : nul))
}

/** A string-list property (`compatible`). */
export function propStrings(p: FdtProperty | undefined): string[] {
  if (!p || p.value.length === 0) return []
  const text = new TextDecoder().decode(p.value)
  return text.split('\0').filter((s, i, all) => s !== '' || i < all.length - 1)
}

/** of_fdt_device_is_available(): no `status`, or `okay`/`ok`. */
export function isAvailable(node: FdtNode): boolean {
  const s = propString(getProp(node, 'status'))
  return s === undefined || s === 'okay' || s === 'ok'
}

/** Finds a node by absolute path (`/reserved-memory`); unit addresses must match exactly. */
export function findNode(root: FdtNode, path: string): FdtNode | undefined {
  let node: FdtNode | undefined = root
  for (const part of path.split('/').filter(Boolean)) {
    node = node.children.find((c) => c.name === part) ?? node.children.find((c) => c.name.split('@')[0] === part && !part.includes('@'))
    if (!node) return undefined
  }
  return node
}

// ---------------------------------------------------------------------------------------------
// What the kernel makes of the tree

/** The board format's `deviceTree`: the counts that size the kernel's unflattened copy. */
export interface TreeCounts {
  nodes: number
  properties: number
  nameBytes: number
  aliases: string[]
}

/**
 * The counts unflatten_dt_nodes() sizes the tree by (engine fdt.ts unflattenDtNodes()), walked
 * in blob order as populate_node() and populate_properties() walk it: each node's name with
 * its unit address and NUL, its properties, and for a node without a `name` property one more
 * property whose value is the name up to its last `@` and NUL. Each name is rounded up to 8
 * bytes (the next struct's alignment) except the tree's last. Every node counts, disabled ones
 * too (a CONFIG_OF_KOBJ kernel unflattens them). `aliases`: the /aliases properties whose
 * path names a node of this tree, as of_alias_scan() finds them with of_find_node_by_path()
 * (an absolute path, or one starting with another alias; `:options` cut off).
 */
export function unflattenCounts(root: FdtNode): TreeCounts {
  const bytes = (s: string): number => new TextEncoder().encode(s).length
  const a8 = (n: number): number => (n + 7) & ~7
  let nodes = 0
  let properties = 0
  let nameBytes = 0
  let lastPad = 0
  const walk = (node: FdtNode): void => {
    nodes++
    const name = bytes(node.name) + 1
    nameBytes += a8(name)
    lastPad = a8(name) - name
    properties += node.props.length
    if (node.props.length > 0) lastPad = 0
    if (!node.props.some((p) => p.name === 'name')) {
      const at = node.name.lastIndexOf('@')
      const unitless = bytes(at < 0 ? node.name : node.name.slice(0, at)) + 1
      properties++
      nameBytes += a8(unitless)
      lastPad = a8(unitless) - unitless
    }
    for (const child of node.children) walk(child)
  }
  walk(root)
  const aliasNode = findNode(root, '/aliases')
  const aliases: string[] = []
  for (const p of aliasNode?.props ?? []) {
    if (p.name === 'name' || p.name === 'phandle' || p.name === 'linux,phandle') continue
    if (resolvePath(root, aliasNode!, propString(p) ?? '')) aliases.push(p.name)
  }
  return { nodes, properties, nameBytes: nameBytes - lastPad, aliases }
}

/** of_find_node_by_path() of an alias's value: `/path`, or `alias/rest`, without `:options`. */
function resolvePath(root: FdtNode, aliases: FdtNode, value: string): FdtNode | undefined {
  const path = value.split(':')[0]!
  if (path.startsWith('/')) return findNode(root, path)
  const slash = path.indexOf('/')
  const head = slash < 0 ? path : path.slice(0, slash)
  const target = propString(getProp(aliases, head))
  if (!target?.startsWith('/')) return undefined
  return findNode(root, slash < 0 ? target : `${target}${path.slice(slash)}`)
}
