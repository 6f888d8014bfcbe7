// SPDX-License-Identifier: GPL-2.0-only
/**
 * A parsed device tree → a board, reading the DT the way the kernel does:
 *
 * - memory: `device_type = "memory"` children of the root, status okay, `reg` (or
 *   `linux,usable-memory`) in the root's #address-cells/#size-cells
 *   [drivers/of/fdt.c early_init_dt_scan_memory()];
 * - `/memreserve/` entries and `/reserved-memory` children: `reg` → fixed, `size`
 *   (+ `alignment`, `alloc-ranges`) → dynamic, `no-map`, `reusable`, `shared-dma-pool`,
 *   `linux,cma-default`; the node must use the root's cell sizes and have `ranges`, or the
 *   kernel ignores all of it [drivers/of/of_reserved_mem.c __reserved_mem_check_root(),
 *   __reserved_mem_reserve_reg(), __reserved_mem_alloc_size()];
 * - `dma-ranges` of every available node: the kernel's overall limit is the minimum over
 *   nodes with a non-empty `dma-ranges` of max(cpu_addr + size − 1), the CPU address
 *   translated through the parents' `dma-ranges`; an empty `dma-ranges;` means 1:1 and
 *   imposes nothing [drivers/of/address.c of_dma_get_max_cpu_address(),
 *   of_translate_dma_address()] (kernel-model.md §4.1); an entry whose parent-bus address no
 *   ancestor window covers is OF_BAD_ADDR to the kernel, which ends it at OF_BAD_ADDR + size − 1
 *   in u64 (size − 2): the board carries such an end as `dma.zoneDmaLimit`;
 * - /chosen `bootargs`, `linux,initrd-start`/`-end` [early_init_dt_scan_chosen(),
 *   early_init_dt_check_for_initrd()].
 *
 * Cell counts follow the kernel: a node without `#address-cells`/`#size-cells` inherits its
 * nearest ancestor's, and the root defaults to 1/1 (OF_ROOT_NODE_*_CELLS_DEFAULT; the
 * specification says 2/1, but the kernel is what boots the blob).
 */
import type { Board, DmaRange, DynamicReservation, FixedReservation, Reservation } from '../matrix/generated/board-matrix.js'
import { cells, getProp, isAvailable, parseDtb, propString, propStrings, readNumber, unflattenCounts, type Fdt, type FdtNode, type FdtProperty } from './dtb.js'
import { boardId, derivedId, hex, slugId, toMemory, type ImportProblem, type ImportResult, type Provenance } from './types.js'

type Arch = NonNullable<Board['arch']>

export interface DtFacts {
  model?: string
  compatible: string[]
  /** The kernel's of_dma_get_max_cpu_address(): inclusive, PHYS_ADDR_MAX when no node limits DMA. */
  dmaLimit: bigint
  /** The node whose dma-ranges set {@link dmaLimit}. */
  dmaLimitNode?: string
  /** Per node with a non-empty dma-ranges: the highest CPU address it reaches (inclusive). */
  dmaNodes: Array<{ node: string; cpuEnd: bigint }>
  bootargs?: string
  initrd?: { start: bigint; end: bigint }
  /** The blob's `totalsize` (what the kernel reserves for the DTB itself). */
  totalSize: number
}

const PHYS_ADDR_MAX = (1n << 64n) - 1n
const U64 = (1n << 64n) - 1n

/**
 * How provenance cites a place in the device tree: a node's path, a property (or a
 * /memreserve/ entry) and its byte offset in the blob. A DTS import cites its own lines.
 */
export type DtCite = (node: string, property: string | undefined, offset: number) => string

/** The blob's own citation: path, property and byte offset. */
const dtbCite: DtCite = (node, property, offset) => `DTB ${node}${property !== undefined ? ` ${property}` : ''} (byte 0x${offset.toString(16)})`

type Loc = (n: FdtNode, p?: FdtProperty) => string

/** #address-cells / #size-cells as the kernel reads them for `node`'s children. */
function ownCells(node: FdtNode | undefined, name: '#address-cells' | '#size-cells'): number {
  for (let n = node; n; n = n.parent) {
    const p = getProp(n, name)
    if (p && p.value.length >= 4) return cells(p.value)[0]!
  }
  return 1
}

/**
 * The DT as the kernel got it, after the boot loader filled in /memory and /chosen and the
 * firmware added its nodes: of_fdt_raw_init() (drivers/of/fdt.c) exposes it, root-readable.
 */
export const SYS_FDT = 'import /sys/firmware/fdt from the running board instead (the DT as the kernel got it, with what the boot loader filled in; read as root)'

/** What an overlay (a `.dtbo`, a `/plugin/;` source) is told: it patches a base tree, and is no board. */
export const OVERLAY_MESSAGE = "this is a device tree overlay, not a board's tree: apply it to the base DTB first (fdtoverlay -i base.dtb -o board.dtb overlay.dtbo) and import the result"

function problemAt(severity: ImportProblem['severity'], code: string, message: string, node: FdtNode, p?: FdtProperty): ImportProblem {
  return { severity, source: 'dtb', code, message: `${node.path}${p ? ` ${p.name}` : ''}: ${message}`, offset: p?.offset ?? node.offset, node: node.path, ...(p && { property: p.name }) }
}

/**
 * What the kernel does with a property whose length is not a whole number of entries, and
 * what the import keeps: its whole entries, or none (tuples() returns undefined: the node is
 * skipped).
 */
interface PartialEntries {
  keep: 'whole' | 'skip'
  kernel: string
}

/** The kernel's range parser stops before an incomplete entry (of_pci_range_parser_one(), drivers/of/address.c, 5.10-7.2). */
const RANGE_PARSER = { keep: 'whole', kernel: 'the kernel reads its whole entries and stops before the rest (of_pci_range_parser_one())' } as const

/**
 * Splits a property into tuples of `widths` cells. A length that is not a multiple is a warning
 * that says what the kernel does (`partial`): a malformed node is the kernel's to skip, not a
 * reason to write no board. Undefined when `partial.keep` is 'skip' and the length is not whole.
 */
function tuples(node: FdtNode, p: FdtProperty, widths: number[], problems: ImportProblem[], partial: PartialEntries & { keep: 'whole' }): bigint[][]
function tuples(node: FdtNode, p: FdtProperty, widths: number[], problems: ImportProblem[], partial: PartialEntries): bigint[][] | undefined
function tuples(node: FdtNode, p: FdtProperty, widths: number[], problems: ImportProblem[], partial: PartialEntries): bigint[][] | undefined {
  const c = cells(p.value)
  const per = widths.reduce((a, b) => a + b, 0)
  if (per === 0) {
    if (p.value.length > 0) problems.push(problemAt('warning', 'badLength', `entries of 0 cells (${widths.join('+')}): the kernel reads nothing from it; fix the #address-cells/#size-cells`, node, p))
    return []
  }
  if (p.value.length % (4 * per) !== 0) {
    problems.push(problemAt('warning', 'badLength', `${p.value.length} bytes is not a multiple of ${per} cells (${widths.join('+')}): ${partial.kernel}; fix the DT`, node, p))
    if (partial.keep === 'skip') return undefined
  }
  const out: bigint[][] = []
  for (let i = 0; i + per <= c.length; i += per) {
    const t: bigint[] = []
    let at = i
    for (const w of widths) {
      t.push(readNumber(c, at, w))
      at += w
    }
    out.push(t)
  }
  return out
}

/**
 * Mirrors of_translate_dma_address(): a parent-bus address of `node`'s dma-ranges up to a CPU
 * address, through each ancestor's dma-ranges (missing or empty = identity). Undefined where
 * the kernel gets OF_BAD_ADDR: the address lies outside every window of an ancestor (`bus`).
 */
function translateUp(node: FdtNode, addr: bigint): { cpu: bigint } | { bus: FdtNode; at: bigint } {
  // __of_translate_address(): a node without a parent (the root) has nothing to translate into.
  if (!node.parent) return { bus: node, at: addr }
  let a = addr
  for (let bus = node.parent; bus?.parent; bus = bus.parent) {
    const p = getProp(bus, 'dma-ranges')
    if (!p || p.value.length === 0) continue
    const na = ownCells(bus, '#address-cells')
    const ns = ownCells(bus, '#size-cells')
    const pna = ownCells(bus.parent, '#address-cells')
    const hit = tuples(bus, p, [na, pna, ns], [], RANGE_PARSER).find(([child, , size]) => a >= child! && a - child! < size!)
    if (!hit) return { bus, at: a }
    a = (hit[1]! + (a - hit[0]!)) & U64
  }
  return { cpu: a }
}

/**
 * Walks available nodes for dma-ranges (of_dma_get_max_cpu_address()). A node's end is the
 * kernel's, in its u64 arithmetic: for each entry, `cpu_addr + size` (wrapping) raises the end
 * to one less when it is above it, from 0. An entry the kernel cannot translate has
 * cpu_addr = OF_BAD_ADDR, so it ends at `size - 2` (drivers/of/address.c: of_pci_range_parser_one()
 * does not check the translation). `ranges` lists the translated entries the board can carry.
 */
function collectDma(node: FdtNode, ranges: Array<DmaRange & { why: string }>, nodes: DtFacts['dmaNodes'], problems: ImportProblem[], loc: Loc): void {
  const p = getProp(node, 'dma-ranges')
  if (p && p.value.length > 0) {
    const na = ownCells(node, '#address-cells')
    const ns = ownCells(node, '#size-cells')
    // parser_init(): of_n_addr_cells(), which for the root reads the root's own.
    const pna = ownCells(node.parent ?? node, '#address-cells')
    const entries = tuples(node, p, [na, pna, ns], problems, RANGE_PARSER)
    let end = 0n
    for (const [busAddr, parentAddr, size] of entries) {
      const t = translateUp(node, parentAddr!)
      const cpu = 'cpu' in t ? t.cpu : U64
      const reach = (cpu + size!) & U64
      if (reach > end) end = reach - 1n
      if (!('cpu' in t)) {
        const why = t.bus === node ? 'the root has no parent bus to translate it into' : `address ${hex(t.at)} of ${node.path} dma-ranges is outside every dma-ranges window of ${t.bus.path}`
        problems.push(problemAt('warning', 'untranslatable', `${why}: the kernel's translation fails (OF_BAD_ADDR), and of_dma_get_max_cpu_address() takes OF_BAD_ADDR + size ${hex(size!)} (wrapping) as the entry's end, ${reach === 0n ? 'which ends nothing' : hex(reach - 1n)}: a DMA limit the DT did not mean; fix the dma-ranges`, t.bus, getProp(t.bus, 'dma-ranges')))
        continue
      }
      if (size === 0n) continue
      ranges.push({ node: node.path, cpuAddr: hex(cpu), busAddr: hex(busAddr!), size: hex(size!), why: `${loc(node, p)}: bus ${hex(busAddr!)} → CPU ${hex(cpu)}, size ${hex(size!)}` })
    }
    if (entries.length > 0) nodes.push({ node: node.path, cpuEnd: end })
  }
  for (const child of node.children) if (isAvailable(child)) collectDma(child, ranges, nodes, problems, loc)
}

/**
 * Why the DT gives no RAM, and what to do. Most boards' DTBs leave the amount to the boot
 * loader: a memory node of size 0 (Raspberry Pi, Qualcomm) or none at all (Allwinner, Rockchip)
 * that U-Boot (fdt_fixup_memory_banks()), the Raspberry Pi firmware or a Qualcomm boot loader
 * fills in with the RAM it found; UEFI firmware describes RAM in the EFI memory map instead.
 * The importer cannot know that amount.
 */
function noMemory(root: FdtNode, placeholders: Array<{ node: FdtNode; reg: FdtProperty; base: bigint }>): ImportProblem {
  const fill = (example = ''): string => `${SYS_FDT}, or import the DT together with its /proc/iomem or a boot log, or add "memory" with the board's RAM${example} (one bank per "System RAM" line of its /proc/iomem; a board booted through UEFI has no /memory even there)`
  const first = placeholders[0]
  if (first) {
    const others = placeholders.slice(1).map((p) => p.node.path)
    return problemAt('warning', 'noMemory', `size 0${others.length > 0 ? ` (and in ${others.join(', ')})` : ''}: a placeholder the boot loader fills in with the RAM it finds (U-Boot, the Raspberry Pi firmware, a Qualcomm boot loader do), so this DT does not say how much RAM the board has: ${fill(`, e.g. "memory": [{ "base": "${hex(first.base)}", "size": "4G" }]`)}`, first.node, first.reg)
  }
  const memNodes = root.children.filter((n) => propString(getProp(n, 'device_type')) === 'memory')
  if (memNodes.length > 0)
    return { severity: 'warning', source: 'dtb', code: 'noMemory', message: `no available memory node with a non-empty reg (${memNodes.map((n) => n.path).join(', ')}): the kernel takes no RAM from this DT; ${fill()}` }
  return { severity: 'warning', source: 'dtb', code: 'noMemory', message: `no memory node (device_type = "memory"): the boot loader adds one with the RAM it finds (U-Boot does), or UEFI firmware describes RAM in the EFI memory map instead, so this DT does not say how much RAM the board has: ${fill()}` }
}

/** The first node, depth first, whose compatible lists `compat` (of_find_compatible_node(), which does not look at status). */
function findCompatible(node: FdtNode, compat: string): FdtNode | undefined {
  if (propStrings(getProp(node, 'compatible')).includes(compat)) return node
  for (const c of node.children) {
    const found = findCompatible(c, compat)
    if (found) return found
  }
  return undefined
}

/** The numa-node-id of each CPU node under /cpus that no memory bank's node is, ascending (of_numa_parse_cpu_nodes(), drivers/of/of_numa.c@v6.12.117). */
function memorylessCpuNodes(root: FdtNode, withMemory: ReadonlySet<number>): number[] {
  const cpus = root.children.find((c) => c.name === 'cpus')
  const out = new Set<number>()
  for (const cpu of cpus?.children ?? []) {
    // for_each_of_cpu_node(): named cpu or of device_type "cpu", not failed (of_get_next_cpu_node():
    // __of_device_is_fail(), status "fail" or "fail-…", drivers/of/base.c@v6.12.117:513).
    if (!(cpu.name.split('@')[0] === 'cpu' || propString(getProp(cpu, 'device_type')) === 'cpu')) continue
    const status = propString(getProp(cpu, 'status'))
    if (status === 'fail' || status?.startsWith('fail-')) continue
    const p = getProp(cpu, 'numa-node-id')
    const nid = p && p.value.length >= 4 ? cells(p.value)[0] : undefined
    if (nid !== undefined && nid < 1024 && !withMemory.has(nid)) out.add(nid)
  }
  return [...out].sort((a, b) => a - b)
}

function inferArch(root: FdtNode): Arch | undefined {
  const cpus = root.children.find((c) => c.name === 'cpus')
  for (const cpu of cpus?.children ?? []) {
    const isa = propString(getProp(cpu, 'riscv,isa'))
    if (isa) return isa.startsWith('rv64') ? 'riscv64' : undefined
    for (const c of propStrings(getProp(cpu, 'compatible'))) {
      if (/^riscv/.test(c)) return 'riscv64'
      if (/^arm,(arm-?v8|armv8|cortex-a(3[45]|5[357]|6[05]|7[2-9]|[57][12][05])|cortex-x\d|neoverse)|^(apple,|ampere,|apm,(potenza|strega)|nvidia,(tegra\d+-)?(carmel|denver)|cavium,thunder|qcom,(kryo|oryon))/.test(c)) return 'arm64'
    }
  }
  return undefined
}

/** The riscv64 `mmu-type` values set_satp_mode_from_fdt() compares, and Sv57, with their virtual address bits. */
const RISCV_MMU_TYPES: ReadonlyMap<string, number> = new Map([['riscv,sv39', 39], ['riscv,sv48', 48], ['riscv,sv57', 57]])

/**
 * The riscv64 paging mode the DT gives: the `mmu-type` of the first available `cpu` node under
 * /cpus, as set_satp_mode_from_fdt() reads it (a node without one ends the search). Sv39 and
 * Sv48 cap the mode set_satp_mode() probes for (6.17.7 / 6.18+); Sv57 caps nothing. As a board's
 * `vaBits`: the DT's mode, which also stands for the CPU's (what the probe finds) unless the
 * board's `cpu.satpMode` says otherwise, as a DT says what its CPU has (QEMU 7.2's virt does
 * not: Sv48 of an Sv57 CPU). satpModeLevels() combines them with no4lvl/no5lvl.
 * @kernel arch/riscv/kernel/pi/fdt_early.c set_satp_mode_from_fdt (v7.2.13:196-225);
 *         arch/riscv/mm/init.c set_satp_mode (v7.2.13:835-897)
 */
function riscvMmuType(root: FdtNode): { vaBits: number; cpu: FdtNode; prop: FdtProperty } | undefined {
  const cpus = root.children.find((c) => c.name === 'cpus')
  for (const cpu of cpus?.children ?? []) {
    if (cpu.name !== 'cpu' && !cpu.name.startsWith('cpu@')) continue
    if (!isAvailable(cpu)) continue
    const prop = getProp(cpu, 'mmu-type')
    const vaBits = RISCV_MMU_TYPES.get(propString(prop) ?? '')
    return vaBits !== undefined && prop ? { vaBits, cpu, prop } : undefined
  }
  return undefined
}

/**
 * A parsed DT → board (memory, reservations, dma, cmdline, initrd, name, arch; riscv64's paging mode).
 *
 * @param fdt - from {@link parseDtb}
 * @param opts - board id; how provenance cites a place (default: path, property, byte offset)
 * @returns board, provenance (pointer → DT path, property and where), problems, facts
 */
export function dtToBoard(fdt: Fdt, opts: { id?: string; cite?: DtCite } = {}): ImportResult<DtFacts> {
  const cite = opts.cite ?? dtbCite
  const loc: Loc = (n, p) => cite(n.path, p?.name, p?.offset ?? n.offset)
  const problems: ImportProblem[] = []
  const provenance: Provenance = {}
  const root = fdt.root
  const model = propString(getProp(root, 'model'))
  const compatible = propStrings(getProp(root, 'compatible'))
  const board: Board = { id: boardId(opts.id, problems, 'dtb') ?? derivedId(model ?? compatible[0] ?? 'dtb') }
  provenance[''] = 'Imported from a device tree blob by crashkernel-check import'
  // An overlay (`/plugin/;`: fragment@N/__overlay__, __fixups__) patches a base tree; read
  // alone it is a board without memory whose reservations would silently go missing.
  const overlay = root.children.find((c) => c.name === '__fixups__' || c.name === '__local_fixups__' || (/^fragment@/.test(c.name) && c.children.some((g) => g.name === '__overlay__')))
  if (overlay) {
    problems.push(problemAt('error', 'overlay', OVERLAY_MESSAGE, overlay))
    return { board, provenance, problems, facts: { compatible, dmaLimit: PHYS_ADDR_MAX, dmaNodes: [], totalSize: fdt.totalSize } }
  }
  if (model) {
    board.name = model
    provenance['/name'] = loc(root, getProp(root, 'model'))
  }
  board.description = `Imported from a device tree${model ? ` (${model})` : ''}${compatible.length ? `, compatible ${compatible.join(', ')}` : ''}.`
  const arch = inferArch(root)
  if (arch) {
    board.arch = arch
    provenance['/arch'] = 'inferred from /cpus compatible / riscv,isa'
  }
  if (arch === 'riscv64') {
    const mmu = riscvMmuType(root)
    if (mmu) {
      board.vaBits = mmu.vaBits
      provenance['/vaBits'] = `the paging mode the DT names, which set_satp_mode() takes as a limit (6.17.7 / 6.18+) and as the CPU's unless cpu.satpMode says otherwise: ${loc(mmu.cpu, mmu.prop)}`
    }
  }

  for (const name of ['#address-cells', '#size-cells'] as const)
    if (!getProp(root, name)) problems.push(problemAt('warning', 'rootCells', `no ${name} at the root; the kernel assumes 1 (the specification says ${name === '#address-cells' ? 2 : 1})`, root))
  const ac = ownCells(root, '#address-cells')
  const sc = ownCells(root, '#size-cells')

  // Memory.
  const banks: Array<{ base: bigint; size: bigint; why: string; node?: number }> = []
  // Memory nodes whose every entry has size 0: placeholders a boot loader fills in.
  const placeholders: Array<{ node: FdtNode; reg: FdtProperty; base: bigint }> = []
  // of_numa_parse_memory_nodes(): the memory nodes' numa-node-id, when every one has it.
  let withNode = 0
  let memoryNodes = 0
  for (const n of root.children) {
    if (propString(getProp(n, 'device_type')) !== 'memory') continue
    if (!isAvailable(n)) continue
    memoryNodes++
    const nidProp = getProp(n, 'numa-node-id')
    const nid = nidProp && nidProp.value.length >= 4 ? cells(nidProp.value)[0] : undefined
    if (nid !== undefined) withNode++
    // early_init_dt_scan_memory() (5.10-7.2) falls back to reg only when linux,usable-memory
    // is absent: an empty one is still found (of_get_flat_dt_prop() returns non-NULL for an
    // empty property) and gives the node no memory at all.
    const usable = getProp(n, 'linux,usable-memory')
    const reg = usable ?? getProp(n, 'reg')
    if (usable && usable.value.length === 0) problems.push(problemAt('warning', 'emptyUsableMemory', 'empty linux,usable-memory: the kernel takes no memory from this node (it does not fall back to reg)', n, usable))
    if (!reg) {
      problems.push(problemAt('warning', 'memoryWithoutReg', 'memory node without reg', n))
      continue
    }
    const entries = tuples(n, reg, [ac, sc], problems, {
      keep: 'whole',
      kernel: "5.10 to 6.12 read its whole entries and stop before the rest (early_init_dt_scan_memory()), as this board does; 7.x takes no memory from the node (of_flat_dt_get_addr_size_prop())",
    })
    entries.forEach(([base, size], i) => {
      if (size! > 0n) banks.push({ base: base!, size: size!, why: `${loc(n, reg)}[${i}]`, ...(nid !== undefined && { node: nid }) })
    })
    if (entries.length > 0 && entries.every(([, size]) => size === 0n)) placeholders.push({ node: n, reg, base: entries[0]![0]! })
  }
  // The kernel takes the nodes from the DT only when every memory node names one (one without
  // leaves memory no node covers, and numa_init() falls back to a faked node 0: of_numa_init(),
  // numa_memblks_init() @v6.12.117); a node id past MAX_NUMNODES fails it too.
  const numaOk = withNode === memoryNodes && banks.every((b) => b.node === undefined || b.node < 1024)
  if (withNode > 0 && !numaOk) {
    problems.push({ severity: 'warning', source: 'dtb', code: 'numaNodePartial', message: `${withNode} of ${memoryNodes} memory nodes have numa-node-id (or one is out of range): the kernel fakes one node over all memory instead; the banks get no node` })
  }
  if (!numaOk) for (const b of banks) delete b.node
  // of_numa_parse_cpu_nodes(): a CPU's numa-node-id makes a node too, one without memory when
  // no memory node names it (drivers/of/of_numa.c@v6.12.117); its NODE_DATA then comes from
  // another node before the crash reservation (setup_node_data(), alloc_node_data()): the
  // board's memorylessNodes. Without nodes on the memory the kernel fakes node 0 and never
  // reads them.
  if (numaOk && withNode > 0) {
    const memoryless = memorylessCpuNodes(root, new Set(banks.map((b) => b.node!)))
    if (memoryless.length > 0) {
      board.memorylessNodes = memoryless
      provenance['/memorylessNodes'] = `CPUs on NUMA ${memoryless.length > 1 ? 'nodes' : 'node'} ${memoryless.join(', ')} (a cpu node's numa-node-id) without memory in this DT`
    }
  }
  banks.sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  for (let i = 1; i < banks.length; i++) {
    const a = banks[i - 1]!
    const b = banks[i]!
    if (b.base < a.base + a.size) {
      problems.push({ severity: 'warning', source: 'dtb', code: 'overlappingMemory', message: `memory ${b.why} overlaps ${a.why}; merged as memblock_add() would` })
      const end = b.base + b.size > a.base + a.size ? b.base + b.size : a.base + a.size
      a.size = end - a.base
      a.why = `${a.why}; ${b.why}`
      banks.splice(i--, 1)
    }
  }
  if (banks.length > 0) {
    board.memory = toMemory(banks.map((b) => ({ base: hex(b.base), size: hex(b.size), ...(b.node !== undefined && { node: b.node }) })))
    banks.forEach((b, i) => {
      provenance[`/memory/${i}`] = b.why
    })
  } else problems.push(noMemory(root, placeholders))

  // Reservations: /memreserve/ entries first, then /reserved-memory in DT order; the engine
  // reserves the /memreserve/ ones where each kernel generation does (before the node scan up to
  // 6.3, after it from 6.12.13: early_init_fdt_scan_reserved_mem()), whatever their place here.
  const reservations: Reservation[] = []
  const why: string[] = []
  // early_init_fdt_scan_reserved_mem() stops at the first entry of size 0, whatever its address.
  const rsvEnd = fdt.memreserve.findIndex((r) => r.size === 0n)
  fdt.memreserve.slice(0, rsvEnd < 0 ? undefined : rsvEnd).forEach((r, i) => {
    reservations.push({ kind: 'fixed', name: `memreserve@${r.address.toString(16)}`, base: hex(r.address), size: hex(r.size), memreserve: true, description: `/memreserve/ entry ${i}` })
    why.push(cite('/memreserve/', `entry ${i}`, r.offset))
  })
  if (rsvEnd >= 0 && rsvEnd < fdt.memreserve.length - 1) {
    const at = fdt.memreserve[rsvEnd]!
    const left = fdt.memreserve.length - 1 - rsvEnd
    problems.push({
      severity: 'warning',
      source: 'dtb',
      code: 'memreserveStops',
      message: `/memreserve/ entry ${rsvEnd} has size 0: the kernel stops reading the list there, so ${left === 1 ? 'the entry after it is' : `the ${left} entries after it are`} not reserved`,
      offset: at.offset,
    })
  }
  // A reusable shared-dma-pool node, static or dynamic, is a CMA pool (rmem_cma_setup()); one
  // without `reusable` a coherent DMA pool (rmem_dma_setup()).
  const cmaFlags = (n: FdtNode, r: { cma?: boolean; cmaDefault?: boolean; dmaPool?: boolean }, compat: string[], nomap: boolean, reusable: boolean): void => {
    if (compat.includes('shared-dma-pool') && reusable) r.cma = true
    if (compat.includes('shared-dma-pool') && !reusable) r.dmaPool = true
    if (getProp(n, 'linux,cma-default')) {
      r.cmaDefault = true
      if (!r.cma) problems.push(problemAt('warning', 'cmaDefaultWithoutCma', 'linux,cma-default on a node that is not a reusable shared-dma-pool has no effect', n))
    }
    if (nomap && reusable) problems.push(problemAt('warning', 'nomapReusable', 'no-map together with reusable: the kernel refuses such a CMA pool', n))
  }
  // fdt_path_offset(fdt, "/reserved-memory") (6.1+) takes the first child named so, with or
  // without a unit address (libfdt's fdt_nodename_eq_()); 5.10's scan compares the exact name.
  const resmem = root.children.find((c) => c.name === 'reserved-memory' || c.name.startsWith('reserved-memory@'))
  if (resmem && resmem.name !== 'reserved-memory')
    problems.push(problemAt('note', 'reservedMemoryUnitAddress', `6.1 and later read this node as /reserved-memory (fdt_path_offset() ignores a unit address), as this board does; 5.10 reads only a node named exactly "reserved-memory" (__fdt_scan_reserved_mem()) and reserves none of it`, resmem))
  // The kernel never reads the status of /reserved-memory itself, only of its children
  // (fdt_scan_reserved_mem(), __fdt_scan_reserved_mem() on 5.10).
  if (resmem) {
    const rac = getProp(resmem, '#address-cells')
    const rsc = getProp(resmem, '#size-cells')
    const ok = rac && rsc && cells(rac.value)[0] === ac && cells(rsc.value)[0] === sc && getProp(resmem, 'ranges')
    if (!ok) {
      problems.push(problemAt('warning', 'reservedMemoryIgnored', `#address-cells/#size-cells must equal the root's (${ac}/${sc}) and "ranges" must be present; the kernel ignores the whole node ("Reserved memory: unsupported node format, ignoring")`, resmem))
    } else {
      for (const n of resmem.children) {
        if (!isAvailable(n)) continue
        const nomap = getProp(n, 'no-map') !== undefined
        const reusable = getProp(n, 'reusable') !== undefined
        const compat = propStrings(getProp(n, 'compatible'))
        const reg = getProp(n, 'reg')
        if (reg) {
          // One node, however many entries: the kernel's node is the first, the rest are
          // moreReg (reserved up to 6.12, ignored by 7.x). Entries of size 0 stay: the kernel
          // refuses each with a line, and an empty first entry is still the node's.
          const entries = tuples(n, reg, [ac, sc], problems, {
            keep: 'skip',
            kernel: "5.10 to 6.12 skip the node (\"Reserved memory: invalid reg property\"), as this board does; 7.x reads it as a node without reg (of_flat_dt_get_addr_size_prop()), which a size makes dynamic",
          })
          const [first, ...rest] = entries ?? []
          if (!first) continue
          const fx: FixedReservation = { kind: 'fixed', name: n.name, base: hex(first[0]!), size: hex(first[1]!) }
          if (nomap) fx.nomap = true
          if (rest.length > 0) fx.moreReg = rest.map(([base, size]) => ({ base: hex(base!), size: hex(size!) }))
          if (reusable || compat.length) fx.description = [compat.length ? `compatible ${compat.join(', ')}` : '', reusable ? 'reusable' : ''].filter(Boolean).join(', ')
          cmaFlags(n, fx, compat, nomap, reusable)
          reservations.push(fx)
          why.push(loc(n, reg))
          continue
        }
        const sizeProp = getProp(n, 'size')
        if (!sizeProp) {
          problems.push(problemAt('warning', 'reservedWithoutSize', 'neither reg nor size: the kernel skips it', n))
          continue
        }
        if (sizeProp.value.length !== 4 * sc) {
          problems.push(problemAt('warning', 'badLength', `size must be ${sc} cell(s) (the root's #size-cells); the kernel skips the node`, n, sizeProp))
          continue
        }
        const d: DynamicReservation = { kind: 'dynamic', name: n.name, size: hex(readNumber(cells(sizeProp.value), 0, sc)) }
        const notes = [loc(n, sizeProp)]
        const align = getProp(n, 'alignment')
        if (align) {
          // __reserved_mem_alloc_size() (5.10-7.2): "invalid alignment property", -EINVAL, the node is skipped.
          if (align.value.length !== 4 * ac) {
            problems.push(problemAt('warning', 'badLength', `alignment must be ${ac} cell(s) (the root's #address-cells); the kernel skips the node`, n, align))
            continue
          }
          d.align = hex(readNumber(cells(align.value), 0, ac))
          notes.push(loc(n, align))
        }
        const ranges = getProp(n, 'alloc-ranges')
        if (ranges) {
          const all = tuples(n, ranges, [ac, sc], problems, {
            keep: 'skip',
            kernel: "5.10 to 6.12 skip the node (\"invalid alloc-ranges property\"), as this board does; 7.x allocates it anywhere (of_flat_dt_get_addr_size_prop())",
          })
          if (!all) continue
          // A property with no entry is no window: __reserved_mem_alloc_size() tries none and
          // fails the node (5.10 – 7.2), where a board without allocRanges places it anywhere.
          if (all.length === 0) {
            problems.push(problemAt('warning', 'emptyAllocRanges', 'alloc-ranges has no entry: the kernel tries no window and fails the node ("failed to allocate memory for node"), so the board leaves it out', n, ranges))
            continue
          }
          // Every entry, size 0 too: __reserved_mem_alloc_size() tries each [b, b + s) in turn
          // (the board format reads them the same way).
          d.allocRanges = all.map(([b, s]) => ({ base: hex(b!), size: hex(s!) }))
          notes.push(loc(n, ranges))
        }
        if (nomap) d.nomap = true
        cmaFlags(n, d, compat, nomap, reusable)
        reservations.push(d)
        why.push(notes.join('; '))
      }
    }
  }
  if (reservations.length > 0) {
    board.reservations = reservations
    reservations.forEach((_, i) => {
      provenance[`/reservations/${i}`] = why[i] ?? ''
    })
  }

  // DMA.
  const ranges: Array<DmaRange & { why: string }> = []
  const dmaNodes: DtFacts['dmaNodes'] = []
  collectDma(root, ranges, dmaNodes, problems, loc)
  let dmaLimit = PHYS_ADDR_MAX
  let dmaLimitNode: string | undefined
  for (const n of dmaNodes)
    if (n.cpuEnd < dmaLimit) {
      dmaLimit = n.cpuEnd
      dmaLimitNode = n.node
    }
  // Where a node's end is not what its listed windows reach (an entry the kernel could not
  // translate, or one of size 0), the board carries the kernel's lowest such end as zoneDmaLimit,
  // which check takes the minimum with, as the kernel does.
  const listedEnd = (node: string): bigint | undefined => ranges.filter((r) => r.node === node).reduce<bigint | undefined>((m, r) => {
    const e = BigInt(r.cpuAddr) + BigInt(r.size) - 1n
    return m === undefined || e > m ? e : m
  }, undefined)
  let odd: DtFacts['dmaNodes'][number] | undefined
  for (const n of dmaNodes) {
    const listed = listedEnd(n.node)
    if (listed === n.cpuEnd) continue
    if (listed === undefined || n.cpuEnd < listed) {
      if (!odd || n.cpuEnd < odd.cpuEnd) odd = n
    } else problems.push({ severity: 'warning', source: 'dtb', code: 'dmaRangesOdd', message: `${n.node} dma-ranges: an entry of size 0 makes the kernel's limit for the node ${hex(n.cpuEnd)}, above its windows' ${hex(listed)}; the board keeps the windows` })
  }
  if (ranges.length > 0 || odd) {
    board.dma = ranges.length > 0 ? { ranges: ranges.map(({ why: _w, ...r }) => r) } : {}
    ranges.forEach((r, i) => {
      provenance[`/dma/ranges/${i}`] = r.why
    })
    if (odd) {
      board.dma.zoneDmaLimit = hex(odd.cpuEnd)
      provenance['/dma/zoneDmaLimit'] = `of_dma_get_max_cpu_address()'s end for ${odd.node}, whose dma-ranges the kernel cannot translate or has an entry of size 0 (see the warning)`
    }
    provenance['/dma'] = `overall limit ${hex(dmaLimit)} from ${dmaLimitNode} (minimum over nodes of the highest CPU address each reaches, as of_dma_get_max_cpu_address())`
  }

  // of_numa_parse_distance_map(): of_find_compatible_node(NULL, NULL, "numa-distance-map-v1")
  // (drivers/of/of_numa.c@v6.12.117); numa_set_distance() then allocates the distance table.
  const distanceMap = findCompatible(root, 'numa-distance-map-v1')
  if (distanceMap) {
    board.numaDistances = true
    provenance['/numaDistances'] = `a NUMA distance table: ${distanceMap.path} (compatible numa-distance-map-v1)`
  }
  // What unflatten_device_tree() will make of this tree, for every kernel's struct sizes.
  board.deviceTree = unflattenCounts(root)
  provenance['/deviceTree'] = 'counted over the whole tree, as unflatten_dt_nodes() walks it (the boot loader\'s additions to /chosen, /memory and /reserved-memory are in the DT the kernel got, /sys/firmware/fdt, and not in a DTB from the kernel build)'

  // /chosen.
  const facts: DtFacts = { compatible, dmaLimit, dmaNodes, totalSize: fdt.totalSize }
  if (model) facts.model = model
  if (dmaLimitNode) facts.dmaLimitNode = dmaLimitNode
  const chosen = root.children.find((c) => c.name === 'chosen' || c.name === 'chosen@0')
  if (chosen) {
    const bootargs = getProp(chosen, 'bootargs')
    const args = propString(bootargs)
    if (args !== undefined && bootargs) {
      board.cmdline = args
      facts.bootargs = args
      provenance['/cmdline'] = loc(chosen, bootargs)
    }
    const s = getProp(chosen, 'linux,initrd-start')
    const e = getProp(chosen, 'linux,initrd-end')
    if (s && e) {
      // early_init_dt_check_for_initrd(): of_read_number(prop, len / 4), 32- or 64-bit.
      const start = readNumber(cells(s.value), 0, s.value.length / 4)
      const end = readNumber(cells(e.value), 0, e.value.length / 4)
      if (end > start) {
        board.initrd = { base: hex(start), size: hex(end - start) }
        facts.initrd = { start, end }
        provenance['/initrd'] = `${loc(chosen, s)}; ${loc(chosen, e)}`
      } else problems.push(problemAt('warning', 'badInitrd', `linux,initrd-end ${hex(end)} is not above linux,initrd-start ${hex(start)}`, chosen, e))
    } else if (s || e) problems.push(problemAt('warning', 'badInitrd', 'only one of linux,initrd-start/-end is present', chosen, s ?? e))
  }
  return { board, provenance, problems, facts }
}

/**
 * DTB bytes → board: {@link parseDtb} then {@link dtToBoard}.
 *
 * @param bytes - the blob
 * @param opts - board id, citation style (see {@link dtToBoard})
 * @returns the board (only an id when the blob is unusable) and every problem
 * @example
 * dtbToBoard(readFileSync('bcm2711-rpi-4-b.dtb')).facts?.dmaLimit // → 0x3fffffffn
 */
export function dtbToBoard(bytes: Uint8Array, opts: { id?: string; cite?: DtCite } = {}): ImportResult<DtFacts | undefined> {
  const parsed = parseDtb(bytes)
  if (!parsed.fdt) return { board: { id: opts.id !== undefined ? slugId(opts.id) : 'dtb' }, provenance: {}, problems: parsed.problems, facts: undefined }
  const r = dtToBoard(parsed.fdt, opts)
  return { ...r, problems: [...parsed.problems, ...r.problems] }
}
