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
  /**
   * The name's bytes as the blob has them, where they are not UTF-8 (`name` then has U+FFFD
   * for them and is not as long as the kernel's copy): absent for every name dtc writes.
   */
  rawName?: Uint8Array
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
  const encoder = new TextEncoder()
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
      const raw = bytes.subarray(o, s.next - 1)
      if (!sameBytes(raw, encoder.encode(s.text))) node.rawName = raw.slice()
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

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((x, i) => x === b[i])

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
 * property whose value is the name after its last `/` up to its last `@` and NUL. Each name
 * is rounded up to 8 bytes (the next struct's alignment) except the tree's last. Every node
 * counts, disabled ones too (a CONFIG_OF_KOBJ kernel unflattens them), but those 63 levels
 * down or deeper (FDT_MAX_DEPTH), and a property counts only before the node's first child
 * (libfdt's property walk ends at a child's FDT_BEGIN_NODE). Names count in the blob's bytes.
 * `aliases`: the /aliases properties whose path names a node of this tree, as of_alias_scan()
 * finds them with of_find_node_by_path() (ofFindNodeByPath()).
 */
export function unflattenCounts(root: FdtNode): TreeCounts {
  const a8 = (n: number): number => (n + 7) & ~7
  let nodes = 0
  let properties = 0
  let nameBytes = 0
  let lastPad = 0
  const piece = (bytes: number): void => {
    nameBytes += a8(bytes)
    lastPad = a8(bytes) - bytes
  }
  const walk = (node: FdtNode, depth: number): void => {
    // unflatten_dt_nodes(): WARN_ON_ONCE(depth >= FDT_MAX_DEPTH - 1) skips the node, and so its subtree.
    if (depth >= FDT_MAX_DEPTH - 1) return
    nodes++
    const name = nameOf(node)
    piece(name.length + 1)
    const props = propsSeen(node)
    properties += props.length
    if (props.length > 0) lastPad = 0
    if (!props.some((p) => p.name === 'name')) {
      properties++
      piece(unitName(name).length + 1)
    }
    for (const child of node.children) walk(child, depth + 1)
  }
  walk(root, 0)
  const aliasNode = root.children.find((c) => sameBytes(nameOf(c), ALIASES))
  const aliases: string[] = []
  for (const p of aliasNode ? aliasProps(aliasNode) : []) {
    // An empty name has no id for kstrtoint(): never allocated, and not a name the board format takes.
    if (p.name === '' || p.name === 'name' || p.name === 'phandle' || p.name === 'linux,phandle') continue
    if (ofFindNodeByPath(root, aliasNode!, cString(p.value))) aliases.push(p.name)
  }
  return { nodes, properties, nameBytes: nameBytes - lastPad, aliases }
}

const FDT_MAX_DEPTH = 64
const SLASH = 0x2f
const COLON = 0x3a
const AT = 0x40
const ALIASES = new TextEncoder().encode('aliases')

/** A node's name as the kernel copies it: the blob's bytes. */
const nameOf = (node: FdtNode): Uint8Array => node.rawName ?? new TextEncoder().encode(node.name)

/** The properties populate_properties() sees: those before the node's first child. */
function propsSeen(node: FdtNode): FdtProperty[] {
  const child = node.children[0]
  return child ? node.props.filter((p) => p.offset < child.offset) : node.props
}

/** populate_properties()' made `name`: after the name's last `/`, up to its last `@` after that. */
function unitName(name: Uint8Array): Uint8Array {
  const start = name.lastIndexOf(SLASH) + 1
  const at = name.lastIndexOf(AT)
  return name.subarray(start, at >= start ? at : name.length)
}

/** A property value as a C string: up to its first NUL (past its end the blob has a 0 byte). */
function cString(value: Uint8Array): Uint8Array {
  const nul = value.indexOf(0)
  return nul < 0 ? value : value.subarray(0, nul)
}

/** /aliases' properties as the unflattened node has them: the blob's, then a made `name`. */
function aliasProps(aliases: FdtNode): FdtProperty[] {
  const props = propsSeen(aliases)
  if (props.some((p) => p.name === 'name')) return props
  return [...props, { name: 'name', value: new Uint8Array([...unitName(nameOf(aliases)), 0]), offset: aliases.offset }]
}

/**
 * of_find_node_opts_by_path() — drivers/of/base.c (v6.12.117:863): "/" is the root; a path
 * not starting with `/` starts with an alias, the /aliases property named up to its first
 * `/` or `:`, whose own value is looked up the same way; then each `/`-separated component
 * must be a child's whole name, unit address included (__of_find_node_by_path(): an empty
 * component finds nothing), and the walk stops at the component holding the first `:`.
 * (5.10 ends an alias's name at a `:` even past a `/`: "serial0/x:opt" finds nothing there.)
 */
function ofFindNodeByPath(root: FdtNode, aliases: FdtNode, path: Uint8Array, depth = 0): FdtNode | undefined {
  if (path.length === 1 && path[0] === SLASH) return root
  let np: FdtNode = root
  let rest = path
  if (path[0] !== SLASH) {
    const slash = path.indexOf(SLASH)
    const colon = path.indexOf(COLON)
    let p = slash < 0 ? path.length : slash
    if (colon >= 0 && colon < p) p = colon
    const head = path.subarray(0, p)
    const enc = new TextEncoder()
    const prop = aliasProps(aliases).find((pp) => sameBytes(enc.encode(pp.name), head))
    // The kernel recurses without a bound (an alias cycle overflows its stack): 16 is plenty.
    const found = prop && depth < 16 ? ofFindNodeByPath(root, aliases, cString(prop.value), depth + 1) : undefined
    if (!found) return undefined
    np = found
    rest = path.subarray(p)
  }
  // __of_find_node_by_full_path().
  const separator = rest.indexOf(COLON)
  let node: FdtNode | undefined = np
  let at = 0
  while (node && rest[at] === SLASH) {
    at++
    let len = 0
    while (at + len < rest.length && rest[at + len] !== SLASH && rest[at + len] !== COLON) len++
    const component = rest.subarray(at, at + len)
    node = len === 0 ? undefined : node.children.find((c) => sameBytes(nameOf(c), component))
    const next = rest.indexOf(SLASH, at)
    at = next < 0 ? rest.length : next
    if (separator >= 0 && separator < at) break
  }
  return node
}
