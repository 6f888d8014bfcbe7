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
import { riscvCaseToBoard } from './case-board-riscv.js'
import { x86CaseToBoard } from './case-board-x86.js'

/** The part of an oracle case's `input` this mapping reads. */
export interface OracleInput {
  id: string
  arch: 'arm64' | 'amd64' | 'riscv64'
  kernel: string
  machine: string
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

/** A `simple-bus` with one dma-ranges entry, as dtvariants.py adds it. */
const bus = (node: string, cpuAddr: bigint, busAddr: bigint, size: bigint) => ({ node, cpuAddr: hex(cpuAddr), busAddr: hex(busAddr), size: hex(size) })

/** The DT edits of shared/oracle/README.md "DT variants", as board settings. */
function dtVariant(variant: string, mem: bigint): Partial<Board> {
  const ram = (base: bigint, size: bigint) => ({ base: hex(base), size: hex(size) })
  const dma30 = bus('dma30-bus', 0x0n, 0xc0000000n, 0x40000000n)
  switch (variant) {
    case 'dma30':
      return { dma: { ranges: [dma30] } }
    case 'dma31':
      return { dma: { ranges: [bus('dma31-bus', 0x40000000n, 0x0n, 0x40000000n)] } }
    case 'dma32':
      return { dma: { ranges: [bus('dma32-bus', 0x0n, 0x0n, 0x100000000n)] } }
    case 'resmem-nomap':
    case 'resmem-map':
      return {
        reservations: [{ kind: 'fixed', name: 'firmware@f0000000', base: '0xf0000000', size: '0x10000000', nomap: variant === 'resmem-nomap' }],
      }
    case 'resmem-cma':
      return {
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
        ...(variant === 'twobank-dma30' ? { dma: { ranges: [dma30] } } : {}),
      }
    case 'twobank-hi':
      return { memory: [ram(0x40000000n, GiB), ram(0x200000000n, mem - 8n * GiB)] }
    default:
      throw new Error(`unknown DT variant ${variant}`)
  }
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
