// SPDX-License-Identifier: GPL-2.0-only
/**
 * A small flattened-device-tree writer for tests, laid out as dtc writes version 17 blobs:
 * header, memory reservation block, structure block, strings block (property names
 * deduplicated). Independent of src/import/dtb.ts on purpose: the parser is tested against
 * blobs built from the specification, and (when dtc is installed) against dtc's own output.
 */

/** A property value: string, string list, u32 cells, raw bytes, or `true` for an empty property. */
export type PropValue = string | string[] | number[] | Uint8Array | true

export interface NodeSpec {
  name: string
  props?: Record<string, PropValue>
  children?: NodeSpec[]
}

export interface BuildOptions {
  memreserve?: Array<[bigint, bigint]>
  version?: 16 | 17
  bootCpuidPhys?: number
}

/** A 64-bit value as two u32 cells (high, low), as DTS `<0x1 0x0>`. */
export function u64(v: bigint | number): [number, number] {
  const b = BigInt(v)
  return [Number(b >> 32n), Number(b & 0xffffffffn)]
}

/** `reg`-style cells for #address-cells = #size-cells = 2: [base, size] pairs. */
export function reg2(...pairs: Array<[bigint | number, bigint | number]>): number[] {
  return pairs.flatMap(([a, s]) => [...u64(a), ...u64(s)])
}

function encodeValue(v: PropValue): Uint8Array {
  if (v === true) return new Uint8Array(0)
  if (v instanceof Uint8Array) return v
  if (typeof v === 'string') return new TextEncoder().encode(`${v}\0`)
  if (v.length > 0 && typeof v[0] === 'string') return new TextEncoder().encode((v as string[]).map((s) => `${s}\0`).join(''))
  const cells = v as number[]
  const out = new Uint8Array(cells.length * 4)
  const view = new DataView(out.buffer)
  cells.forEach((c, i) => view.setUint32(i * 4, c >>> 0, false))
  return out
}

/**
 * Builds a DTB.
 *
 * @param root - the root node (its name is ignored: the root's name is empty)
 * @param opts - /memreserve/ entries, version (16 leaves size_dt_struct 0)
 * @returns the blob
 */
export function buildDtb(root: NodeSpec, opts: BuildOptions = {}): Uint8Array {
  const strings: string[] = []
  const stringOffset = new Map<string, number>()
  let stringsLen = 0
  const nameOff = (name: string): number => {
    let off = stringOffset.get(name)
    if (off === undefined) {
      off = stringsLen
      stringOffset.set(name, off)
      strings.push(name)
      stringsLen += new TextEncoder().encode(name).length + 1
    }
    return off
  }
  const struct: number[] = []
  const pushU32 = (x: number) => struct.push((x >>> 24) & 0xff, (x >>> 16) & 0xff, (x >>> 8) & 0xff, x & 0xff)
  const pushBytes = (b: Uint8Array) => {
    for (const x of b) struct.push(x)
    while (struct.length % 4 !== 0) struct.push(0)
  }
  const emit = (n: NodeSpec, isRoot: boolean) => {
    pushU32(0x1)
    pushBytes(new TextEncoder().encode(`${isRoot ? '' : n.name}\0`))
    for (const [k, v] of Object.entries(n.props ?? {})) {
      const value = encodeValue(v)
      pushU32(0x3)
      pushU32(value.length)
      pushU32(nameOff(k))
      pushBytes(value)
    }
    for (const c of n.children ?? []) emit(c, false)
    pushU32(0x2)
  }
  emit(root, true)
  pushU32(0x9)

  const rsv = [...(opts.memreserve ?? []), [0n, 0n] as [bigint, bigint]]
  const offRsv = 40
  const offStruct = offRsv + rsv.length * 16
  const offStrings = offStruct + struct.length
  const stringsBytes = new TextEncoder().encode(strings.map((s) => `${s}\0`).join(''))
  const total = offStrings + stringsBytes.length
  const out = new Uint8Array(total)
  const view = new DataView(out.buffer)
  const version = opts.version ?? 17
  const header = [0xd00dfeed, total, offStruct, offStrings, offRsv, version, 16, opts.bootCpuidPhys ?? 0, stringsBytes.length, version >= 17 ? struct.length : 0]
  header.forEach((h, i) => view.setUint32(i * 4, h, false))
  rsv.forEach(([a, s], i) => {
    view.setBigUint64(offRsv + i * 16, a, false)
    view.setBigUint64(offRsv + i * 16 + 8, s, false)
  })
  out.set(struct, offStruct)
  out.set(stringsBytes, offStrings)
  return out
}
