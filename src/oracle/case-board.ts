// SPDX-License-Identifier: GPL-2.0-only
/**
 * An oracle case's `input` (what QEMU booted) as a board of the board-matrix format: the
 * QEMU machine becomes a built-in preset, the DT variant becomes memory banks, reserved
 * memory and dma-ranges, the Debian series becomes the kernel, the command line is the one
 * the kernel got. Only `input` is read, never `observed`.
 *
 * Written once and shared by the oracle runner, the tests and `verify`.
 */
import type { Board } from '../matrix/generated/board-matrix.js'
import { qemuVirtArm64 } from '../presets/qemu-virt-arm64.js'
import { riscvCaseToBoard } from './case-board-riscv.js'
import { x86CaseToBoard } from './case-board-x86.js'

/** The part of an oracle case's `input` this mapping reads. */
export interface OracleInput {
  id: string
  arch: 'arm64' | 'amd64' | 'riscv64'
  kernel: string
  machine: string
  /** QEMU's -M options after the machine (`dtb-randomness=off`, `virtualization=on` …). */
  machine_opts?: string
  memory: string
  dt_variant?: string | null
  cmdline: string
  full_cmdline?: string
  base_cmdline?: string
}

const GiB = 1n << 30n
const MiB = 1n << 20n
const hex = (v: bigint): string => `0x${v.toString(16)}`

/** QEMU's `-m` value ("4G", "512M", "1536M") in bytes. */
export function qemuMemorySize(m: string): bigint {
  const r = /^(\d+)([MG])$/i.exec(m.trim())
  if (!r) throw new Error(`unsupported QEMU -m value: ${m}`)
  return BigInt(r[1]!) * (r[2]!.toUpperCase() === 'G' ? GiB : MiB)
}

/** A node a DT edit adds: its name and how many properties it has in the blob. */
type AddedNode = [name: string, properties: number]

/**
 * The preset's tree (QEMU 10 virt, /chosen last) with the nodes an edit adds, each in blob
 * order: `among` the others, or `after` /chosen (dtvariants.py puts new nodes at the end of
 * the root). Each adds a struct device_node, its properties and a `name` property (the blob
 * has none), and its two names to `nameBytes`, each rounded up to 8 but the tree's last
 * (fdt.ts unflattenDtNodes()).
 */
function treeWith(among: readonly AddedNode[], after: readonly AddedNode[] = []): NonNullable<Board['deviceTree']> {
  const base = qemuVirtArm64.settings.deviceTree!
  const a8 = (n: number): number => (n + 7) & ~7
  const unitless = (name: string): string => (name.includes('@') ? name.slice(0, name.lastIndexOf('@')) : name)
  const added = [...among, ...after]
  let nameBytes = base.nameBytes
  for (const [name] of added) nameBytes += a8(name.length + 1) + a8(unitless(name).length + 1)
  if (after.length > 0) {
    // The last name is no longer /chosen's: its padding counts, the new last one's does not.
    const chosen = 'chosen'.length + 1
    const last = unitless(after.at(-1)![0]).length + 1
    nameBytes += a8(chosen) - chosen - (a8(last) - last)
  }
  const properties = added.reduce((n, [, props]) => n + props + 1, base.properties)
  return { ...base, nodes: base.nodes + added.length, properties, nameBytes }
}

/** A `simple-bus` with `compatible`, `#address-cells`, `#size-cells`, `ranges` and `dma-ranges`. */
const busNode = (name: string): AddedNode => [name, 5]
/** `/reserved-memory` with `#address-cells`, `#size-cells` and `ranges`. */
const RESERVED_MEMORY: AddedNode = ['reserved-memory', 3]
/** A second /memory node with `reg` and `device_type`. */
const MEMORY_C0: AddedNode = ['memory@c0000000', 2]

/** A `simple-bus` with one dma-ranges entry, as dtvariants.py adds it. */
const bus = (node: string, cpuAddr: bigint, busAddr: bigint, size: bigint) => ({ node, cpuAddr: hex(cpuAddr), busAddr: hex(busAddr), size: hex(size) })

/**
 * The DT edits of shared/oracle/README.md "DT variants", as board settings, with the tree
 * each edit makes (the nodes of its `dts_diff`). The two-bank variants' /chosen properties
 * are the ones QEMU's `-kernel` path adds to the plain tree, so only the memory node is new.
 */
function dtVariant(variant: string, mem: bigint): Partial<Board> {
  const ram = (base: bigint, size: bigint) => ({ base: hex(base), size: hex(size) })
  const dma30 = bus('dma30-bus', 0x0n, 0xc0000000n, 0x40000000n)
  switch (variant) {
    case 'dma30':
      return { dma: { ranges: [dma30] }, deviceTree: treeWith([], [busNode('dma-bus30')]) }
    case 'dma31':
      return { dma: { ranges: [bus('dma31-bus', 0x40000000n, 0x0n, 0x40000000n)] }, deviceTree: treeWith([], [busNode('dma-bus31')]) }
    case 'dma32':
      return { dma: { ranges: [bus('dma32-bus', 0x0n, 0x0n, 0x100000000n)] }, deviceTree: treeWith([], [busNode('dma-bus32')]) }
    case 'resmem-nomap':
    case 'resmem-map':
      return {
        reservations: [{ kind: 'fixed', name: 'firmware@f0000000', base: '0xf0000000', size: '0x10000000', nomap: variant === 'resmem-nomap' }],
        // reg, and no-map in the nomap variant.
        deviceTree: treeWith([], [RESERVED_MEMORY, ['firmware@f0000000', variant === 'resmem-nomap' ? 2 : 1]]),
      }
    case 'resmem-cma':
      return {
        // compatible, reusable, size, alloc-ranges, linux,cma-default.
        deviceTree: treeWith([], [RESERVED_MEMORY, ['linux,cma', 5]]),
        reservations: [
          {
            kind: 'dynamic',
            name: 'linux,cma',
            size: '0x10000000',
            allocRanges: [{ base: '0x40000000', size: '0x80000000' }],
            cma: true,
            cmaDefault: true,
          },
        ],
      }
    case 'twobank':
    case 'twobank-dma30':
      return {
        memory: [ram(0x40000000n, GiB), ram(0xc0000000n, mem - 2n * GiB)],
        ...(variant === 'twobank-dma30' ? { dma: { ranges: [dma30] }, deviceTree: treeWith([MEMORY_C0], [busNode('dma-bus30')]) } : { deviceTree: treeWith([MEMORY_C0]) }),
      }
    case 'twobank-hi':
      return { memory: [ram(0x40000000n, GiB), ram(0x200000000n, mem - 8n * GiB)], deviceTree: treeWith([['memory@200000000', 2]]) }
    default:
      throw new Error(`unknown DT variant ${variant}`)
  }
}

/** Whether QEMU's comma-separated -M options turn `name` on (`name=on`, `name=true`, `name=yes`). */
function machineOptOn(opts: string | undefined, name: string): boolean {
  for (const opt of (opts ?? '').split(',')) {
    const eq = opt.indexOf('=')
    if (eq > 0 && opt.slice(0, eq) === name) return ['on', 'true', 'yes'].includes(opt.slice(eq + 1))
  }
  return false
}

/** The board for one oracle case. */
export function caseToBoard(input: OracleInput): Board {
  const mem = qemuMemorySize(input.memory)
  const cmdline = input.full_cmdline ?? input.cmdline
  const kernels = [input.kernel]
  switch (input.arch) {
    case 'arm64': {
      const variant = input.dt_variant ? dtVariant(input.dt_variant, mem) : {}
      return {
        id: input.id,
        extends: 'qemu-virt-arm64',
        kernels,
        memory: [{ base: '0x40000000', size: hex(mem) }],
        // QEMU virt enters the kernel at EL1 unless `virtualization=on` gives the guest EL2
        // (hw/arm/virt.c: "virtualization": "Set on/off to enable/disable emulating a guest CPU
        // which implements the ARM Virtualization Extensions").
        cpu: { el2: machineOptOn(input.machine_opts, 'virtualization') },
        cmdline,
        ...variant,
      } as Board
    }
    case 'amd64':
      return x86CaseToBoard(input, mem, cmdline)
    case 'riscv64':
      return riscvCaseToBoard(input, mem, cmdline)
  }
}
