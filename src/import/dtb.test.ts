// SPDX-License-Identifier: GPL-2.0-only
import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { buildDtb, reg2, type NodeSpec } from '../../test/import/dtb-builder.js'
import { toDts, virtTree, VARIANTS } from '../../test/import/qemu-virt-dt.js'
import { cells, findNode, getProp, isAvailable, parseDtb, propString, propStrings, readNumber, unflattenCounts, type FdtNode } from './dtb.js'

const dtcInstalled = !spawnSync('dtc', ['--version']).error

const TREE: NodeSpec = {
  name: '',
  props: { '#address-cells': [2], '#size-cells': [2], model: 'test', compatible: ['vendor,board', 'vendor,soc'] },
  children: [
    { name: 'memory@80000000', props: { device_type: 'memory', reg: reg2([0x80000000, 0x40000000]) } },
    { name: 'soc', props: { ranges: true, status: 'disabled' }, children: [{ name: 'uart@1000', props: { reg: [0x1000, 0x100] } }] },
    { name: 'chosen', props: { bootargs: 'console=ttyS0 crashkernel=256M' } },
  ],
}

/** Offset of the structure block, from the header. */
const offStruct = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(8, false)
const setU32 = (b: Uint8Array, at: number, v: number) => new DataView(b.buffer, b.byteOffset).setUint32(at, v, false)
/** Offset of the strings block, from the header. */
const offStrings = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset).getUint32(12, false)
/** Offset of /chosen bootargs in TREE's blob: its name is the last string of the strings block. */
const lastPropOffset = (_b: Uint8Array) => getProp(findNode(parseDtb(buildDtb(TREE)).fdt!.root, '/chosen')!, 'bootargs')!.offset

describe('parseDtb', () => {
  it('reads header, /memreserve/, nodes and properties', () => {
    const blob = buildDtb(TREE, { memreserve: [[0x0n, 0x1000n], [0x3b400000n, 0x4c00000n]], bootCpuidPhys: 3 })
    const { fdt, problems } = parseDtb(blob)
    expect(problems).toEqual([])
    expect(fdt).toMatchObject({ totalSize: blob.length, version: 17, lastCompVersion: 16, bootCpuidPhys: 3 })
    expect(fdt!.memreserve.map(({ address, size, offset }) => [address, size, offset])).toEqual([
      [0n, 0x1000n, 40],
      [0x3b400000n, 0x4c00000n, 56],
    ])
    const root = fdt!.root
    expect(root.path).toBe('/')
    expect(root.children.map((c) => c.path)).toEqual(['/memory@80000000', '/soc', '/chosen'])
    expect(findNode(root, '/soc/uart@1000')?.path).toBe('/soc/uart@1000')
    expect(findNode(root, '/memory')?.name).toBe('memory@80000000')
    expect(propStrings(getProp(root, 'compatible'))).toEqual(['vendor,board', 'vendor,soc'])
    expect(propString(getProp(findNode(root, '/chosen')!, 'bootargs'))).toBe('console=ttyS0 crashkernel=256M')
    const reg = cells(getProp(findNode(root, '/memory@80000000')!, 'reg')!.value)
    expect([readNumber(reg, 0, 2), readNumber(reg, 2, 2)]).toEqual([0x80000000n, 0x40000000n])
    expect(getProp(findNode(root, '/soc')!, 'ranges')!.value.length).toBe(0)
    expect(isAvailable(findNode(root, '/soc')!)).toBe(false)
    expect(isAvailable(root)).toBe(true)
    // root FDT_BEGIN_NODE + empty name (8 bytes), then two one-cell properties (16 bytes each).
    expect(getProp(root, 'model')!.offset).toBe(offStruct(blob) + 8 + 2 * 16)
  })

  it('reads version 16 blobs (no size_dt_struct) and skips FDT_NOP', () => {
    const blob = buildDtb(TREE, { version: 16 })
    const s = offStruct(blob)
    // Turn the root's first property (#address-cells: token, len, nameoff, one cell) into NOPs.
    for (let i = 0; i < 4; i++) setU32(blob, s + 8 + 4 * i, 0x4)
    const { fdt, problems } = parseDtb(blob)
    expect(problems).toEqual([])
    expect(fdt!.version).toBe(16)
    expect(fdt!.root.props.map((p) => p.name)).toEqual(['#size-cells', 'model', 'compatible'])
  })

  it('accepts trailing bytes after totalsize', () => {
    const blob = buildDtb(TREE)
    const padded = new Uint8Array(blob.length + 4096)
    padded.set(blob)
    expect(parseDtb(padded).problems).toEqual([])
  })

  describe('malformed blobs give located errors', () => {
    const blob = () => buildDtb(TREE)
    const at = (n: number) => () => n
    const inStruct = (d: number) => (b: Uint8Array) => offStruct(b) + d
    it.each([
      ['too short', () => new Uint8Array(12), 'truncated', at(0)],
      ['bad magic', () => new TextEncoder().encode('/dts-v1/;\n/ { model = "a DTS, not a DTB blob"; };\n'), 'badMagic', at(0)],
      ['totalsize past the end', () => blob().slice(0, 100), 'truncated', at(4)],
      ['version 3', () => { const b = blob(); setU32(b, 20, 3); return b }, 'unsupportedVersion', at(20)],
      ['last_comp_version 18', () => { const b = blob(); setU32(b, 24, 18); return b }, 'unsupportedVersion', at(24)],
      ['struct block outside', () => { const b = blob(); setU32(b, 8, 0xffff0); return b }, 'badHeader', at(8)],
      ['strings block outside', () => { const b = blob(); setU32(b, 32, 0xffff0); return b }, 'badHeader', at(12)],
      ['unknown token', () => { const b = blob(); setU32(b, offStruct(b) + 8, 0x7); return b }, 'badToken', inStruct(8)],
      ['property name offset outside strings', () => { const b = blob(); setU32(b, offStruct(b) + 16, 0xfff); return b }, 'badString', inStruct(16)],
      ['property longer than the struct block', () => { const b = blob(); setU32(b, offStruct(b) + 12, 0xfffff); return b }, 'truncated', inStruct(8)],
      ['END_NODE without a node', () => { const b = blob(); setU32(b, offStruct(b), 0x2); return b }, 'badStructure', inStruct(0)],
      // fdt_check_header(): every block starts at or after the header (check_off_(hdrsize, …)).
      ['struct block inside the header', () => { const b = blob(); setU32(b, 8, 0); return b }, 'badHeader', at(8)],
      // fdt_get_string(): the name's NUL must lie inside size_dt_strings (-FDT_ERR_TRUNCATED otherwise).
      ['last property name not NUL-terminated inside the strings block', () => { const b = blob(); setU32(b, 32, new DataView(b.buffer).getUint32(32, false) - 1); return b }, 'badString', (b: Uint8Array) => lastPropOffset(b) + 8],
      // The root's FDT_END_NODE turned into FDT_NOP: FDT_END arrives with the root still open.
      ['FDT_END with the root still open', () => { const b = blob(); setU32(b, offStrings(b) - 8, 0x4); return b }, 'badStructure', (b: Uint8Array) => offStrings(b) - 4],
    ] as Array<[string, () => Uint8Array, string, (b: Uint8Array) => number]>)('%s', (_name, make, code, offset) => {
      const b = make()
      const { problems } = parseDtb(b)
      const p = problems.find((x) => x.severity === 'error')
      expect(p?.code).toBe(code)
      expect(p?.source).toBe('dtb')
      expect(p?.offset).toBe(offset(b))
      expect(p?.message).toMatch(/\(at byte \d+, 0x[0-9a-f]+\)$/)
    })

    it('a missing FDT_END', () => {
      const b = buildDtb(TREE, { version: 16 })
      // The builder puts the strings block right after FDT_END.
      const last = new DataView(b.buffer).getUint32(12, false) - 4
      setU32(b, last, 0x4) // FDT_END → FDT_NOP: the block now runs into the strings
      const { problems } = parseDtb(b)
      // Version 16 has no size_dt_struct, so the walk reads the strings block as tokens.
      expect(problems).toEqual([expect.objectContaining({ code: 'badToken', offset: last + 4, severity: 'error' })])
    })

    it('never throws on random bytes', () => {
      let seed = 42
      const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff
      for (let n = 0; n < 300; n++) {
        const b = buildDtb(TREE)
        for (let k = 0; k < 8; k++) b[40 + (rnd() * 7) % (b.length - 40)] = rnd()
        expect(() => parseDtb(b)).not.toThrow()
      }
    })
  })

  it.skipIf(!dtcInstalled)('the test builder writes exactly what dtc writes (QEMU virt variants)', () => {
    for (const v of [undefined, ...VARIANTS]) {
      const tree = virtTree(16n << 30n, v, 'console=ttyAMA0 crashkernel=256M')
      const out = spawnSync('dtc', ['-q', '-I', 'dts', '-O', 'dtb', '-'], { input: toDts(tree, [[0x1000n, 0x2000n]]) })
      expect(out.status, String(out.stderr)).toBe(0)
      expect(Buffer.from(buildDtb(tree, { memreserve: [[0x1000n, 0x2000n]] })).equals(out.stdout), String(v)).toBe(true)
      expect(parseDtb(new Uint8Array(out.stdout)).problems).toEqual([])
    }
  })

  it('accepts last_comp_version 17 (libfdt FDT_LAST_SUPPORTED_VERSION is 0x11)', () => {
    const b = buildDtb(TREE)
    setU32(b, 24, 17)
    const { fdt, problems } = parseDtb(b)
    expect(problems).toEqual([])
    expect(fdt?.lastCompVersion).toBe(17)
  })

  it('accepts an empty strings block at the very end (dtc output of a tree without properties)', () => {
    // dtc -I dts -O dtb of "/dts-v1/; / { cpus { }; };": size_dt_strings 0, off_dt_strings = totalsize;
    // fdt_check_header() check_block_() allows a block that starts at totalsize when it is empty.
    const b = buildDtb({ name: '', children: [{ name: 'cpus' }] })
    expect(offStrings(b)).toBe(b.length)
    const { fdt, problems } = parseDtb(b)
    expect(problems).toEqual([])
    expect(fdt!.root.children.map((c) => c.path)).toEqual(['/cpus'])
  })

  it('a version 17 blob without FDT_END stops at size_dt_struct', () => {
    const b = buildDtb(TREE)
    const end = offStrings(b) // the builder puts the strings block right after FDT_END
    setU32(b, end - 4, 0x4) // FDT_END → FDT_NOP
    // Version 17 bounds the walk by size_dt_struct, so the strings block is never read as tokens.
    expect(parseDtb(b).problems).toEqual([expect.objectContaining({ code: 'truncated', offset: end, severity: 'error' })])
  })

  it('reports a second root node and keeps the first', () => {
    // Root with one empty-named child and no properties: BEGIN_NODE "" (8 bytes), BEGIN_NODE "" (8),
    // END_NODE, END_NODE, FDT_END. Closing the root at +8 and opening a node at +12 (its empty name
    // is the first byte of the END_NODE at +16) makes a second top-level node.
    const b = buildDtb({ name: '', children: [{ name: '' }] })
    const s = offStruct(b)
    setU32(b, s + 8, 0x2)
    setU32(b, s + 12, 0x1)
    const { fdt, problems } = parseDtb(b)
    expect(problems).toEqual([expect.objectContaining({ code: 'badStructure', offset: s + 12, severity: 'error' })])
    expect(fdt?.root.offset).toBe(s)
  })
})

describe('property helpers', () => {
  it('readNumber keeps the low 64 bits of more than two cells, as of_read_number() (u64 shifts)', () => {
    expect(readNumber([0x1, 0x2, 0x3], 0, 3)).toBe(0x0000000200000003n)
    expect(readNumber([0xffffffff, 0xffffffff], 0, 2)).toBe(0xffffffffffffffffn)
  })

  it('propStrings keeps empty strings inside the list (of_fdt_is_compatible() counts them)', () => {
    const p = { name: 'compatible', value: new TextEncoder().encode('a\0\0b\0'), offset: 0 }
    expect(propStrings(p)).toEqual(['a', '', 'b'])
  })

  it.each([
    [undefined, true],
    ['okay', true],
    ['ok', true],
    ['disabled', false],
    ['fail', false],
  ])('isAvailable with status %s is %s (of_fdt_device_is_available())', (status, expected) => {
    const props = status === undefined ? [] : [{ name: 'status', value: new TextEncoder().encode(`${status}\0`), offset: 0 }]
    expect(isAvailable({ name: 'n', path: '/n', props, children: [], offset: 0 })).toBe(expected)
  })
})

describe('unflattenCounts(): what unflatten_dt_nodes() sizes the tree by', () => {
  const tree = (last: NodeSpec[] = []): NodeSpec => ({
    name: '',
    props: { compatible: 'acme,board', '#address-cells': [2] },
    children: [
      { name: 'serial@1000', props: { compatible: 'ns16550a' } },
      { name: 'aliases', props: { serial0: '/serial@1000', eth0: '/missing', console: 'serial0:115200n8' } },
      // A `name` property of its own: no second one made.
      { name: 'cpu@0', props: { name: 'cpu', reg: [0] } },
      ...last,
    ],
  })
  it('counts every node, every property and a name for each node without one', () => {
    const counts = unflattenCounts(parseDtb(buildDtb(tree())).fdt!.root)
    // Names, each rounded up to 8: "" 8 + its "" 8; "serial@1000" 16 + "serial" 8; "aliases" 8 + 8; "cpu@0" 8.
    expect(counts).toEqual({ nodes: 4, properties: 11, nameBytes: 64, aliases: ['serial0', 'console'] })
  })
  it('leaves the last name unpadded: nothing is allocated after it', () => {
    const counts = unflattenCounts(parseDtb(buildDtb(tree([{ name: 'x@1' }]))).fdt!.root)
    // "x@1" 8, then its made name "x" and NUL, 2 bytes, the last piece.
    expect(counts.nameBytes).toBe(64 + 8 + 2)
    expect(counts.properties).toBe(12)
  })
  it('counts disabled nodes: a CONFIG_OF_KOBJ kernel unflattens them too', () => {
    const counts = unflattenCounts(parseDtb(buildDtb(tree([{ name: 'off', props: { status: 'disabled' } }]))).fdt!.root)
    expect(counts.nodes).toBe(5)
  })
  it('lists only aliases whose path names a node, by absolute path or through another alias', () => {
    const root: NodeSpec = { name: '', children: [{ name: 'soc', children: [{ name: 'mmc@10' }] }, { name: 'aliases', props: { mmc0: '/soc/mmc@10', mmc1: 'soc0/mmc@10', soc0: '/soc', mmc2: '/soc/mmc@11', name: 'aliases' } }] }
    expect(unflattenCounts(parseDtb(buildDtb(root)).fdt!.root).aliases).toEqual(['mmc0', 'mmc1', 'soc0'])
  })
})

describe('unflattenCounts(): as the kernel reads odd trees', () => {
  const counts = (root: NodeSpec) => unflattenCounts(parseDtb(buildDtb(root)).fdt!.root)
  it('finds an alias\'s node as of_find_node_by_path() does: whole names, unit address included', () => {
    const root: NodeSpec = {
      name: '',
      children: [
        { name: 'soc', children: [{ name: 'mmc@10' }] },
        {
          name: 'aliases',
          props: {
            // __of_find_node_by_path() matches a component to a child's whole name: no unit-less match.
            mmc0: '/soc/mmc',
            // An empty component (a doubled or trailing slash) finds nothing.
            mmc1: '/soc//mmc@10',
            mmc2: '/soc/mmc@10/',
            // A ':' in the first component of an absolute path: no component before it.
            serial0: '/:115200',
            // An alias through an alias through an alias.
            mmc3: 'bus1/mmc@10:opt',
            bus1: 'bus0',
            bus0: '/soc',
            mmc4: '/soc/mmc@10',
          },
        },
      ],
    }
    expect(counts(root).aliases).toEqual(['mmc3', 'bus1', 'bus0', 'mmc4'])
  })
  it('leaves out an alias with an empty name (no id; the board format takes none)', () => {
    const root: NodeSpec = { name: '', children: [{ name: 'serial@1' }, { name: 'aliases', props: { '': '/serial@1', serial0: '/serial@1' } }] }
    expect(counts(root).aliases).toEqual(['serial0'])
  })
  it('makes the `name` of a node whose name holds a `/` from after it (populate_properties())', () => {
    // "ab@1/c": the made name is "c" and NUL, 2 bytes, the tree's last piece.
    const root: NodeSpec = { name: '', props: { model: 'm' }, children: [{ name: 'ab@1/c' }] }
    // "" 8 + its "" 8, "ab@1/c" 8, then "c".
    expect(counts(root).nameBytes).toBe(8 + 8 + 8 + 2)
  })
  it('counts a name that is not UTF-8 in its bytes', () => {
    const blob = buildDtb({ name: '', props: { model: 'm' }, children: [{ name: 'zz@1' }] })
    const at = blob.findIndex((b, i) => b === 0x7a && blob[i + 1] === 0x7a && blob[i + 2] === 0x40)
    blob.set([0xff, 0xfe], at)
    // "" 8 + "" 8, the 5 bytes of "\xff\xfe@1" and NUL rounded up to 8, then "\xff\xfe" and NUL, 3.
    expect(unflattenCounts(parseDtb(blob).fdt!.root).nameBytes).toBe(8 + 8 + 8 + 3)
  })
  it('leaves out a property after a child node, which libfdt\'s property walk never reaches', () => {
    const child: FdtNode = { name: 'c', path: '/c', props: [], children: [], offset: 100 }
    const root: FdtNode = {
      name: '',
      path: '/',
      props: [
        { name: 'model', value: new Uint8Array([0x6d, 0]), offset: 50 },
        { name: 'late', value: new Uint8Array(0), offset: 120 },
      ],
      children: [child],
      offset: 8,
    }
    child.parent = root
    // The root's model and made name, the child's made name.
    expect(unflattenCounts(root).properties).toBe(3)
  })
  it('skips the nodes 63 levels down and deeper (FDT_MAX_DEPTH)', () => {
    let deepest: NodeSpec = { name: 'n70' }
    for (let d = 69; d >= 1; d--) deepest = { name: `n${d}`, children: [deepest] }
    // The root (depth 0) and n1 … n62.
    expect(counts({ name: '', children: [deepest] }).nodes).toBe(63)
  })
})
