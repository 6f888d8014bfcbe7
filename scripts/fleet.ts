// SPDX-License-Identifier: GPL-2.0-only
/**
 * A generated fleet: `n` boards drawn deterministically (no randomness: board i is a pure
 * function of i) from a realistic mix of the built-in presets, RAM sizes, kernels and
 * crashkernel= values. Used by the benchmark and the fan-out tests.
 */
import type { Board, BoardMatrix } from '../src/matrix/generated/board-matrix.js'

interface Family {
  preset: string
  sizes: string[]
  kernels: string[][]
  cmdlines: string[]
}

const FAMILIES: Family[] = [
  {
    preset: 'qemu-virt-arm64',
    sizes: ['1G', '2G', '4G', '8G', '16G', '3G', '12G'],
    kernels: [['6.1'], ['6.12'], ['7.2'], ['5.10'], ['6.12', '7.2']],
    cmdlines: ['crashkernel=256M', 'crashkernel=512M', 'crashkernel=1G', 'crashkernel=512M,high', 'crashkernel=512M,high crashkernel=128M,low', 'crashkernel=1G-4G:256M,4G-64G:512M', 'crashkernel=256M rodata=on', 'crashkernel=384M@0x60000000'],
  },
  {
    preset: 'raspberrypi-4',
    // The preset's own RAM variants (1/2/4/8 GB): one board entry covers all four.
    sizes: [],
    kernels: [['6.1'], ['6.12'], ['5.10']],
    cmdlines: ['crashkernel=256M', 'crashkernel=128M', 'crashkernel=512M', 'crashkernel=256M,high'],
  },
  {
    preset: 'qemu-q35-x86_64',
    sizes: ['1G', '2G', '4G', '8G', '16G', '6G'],
    kernels: [['6.1'], ['6.12'], ['7.2'], ['5.10']],
    cmdlines: ['crashkernel=256M', 'crashkernel=512M', 'crashkernel=512M,high', 'crashkernel=1G-4G:256M,4G-64G:512M', 'crashkernel=4G'],
  },
  {
    preset: 'qemu-pc-x86_64',
    sizes: ['2G', '4G', '8G'],
    kernels: [['6.12'], ['6.1']],
    cmdlines: ['crashkernel=256M', 'crashkernel=512M,high crashkernel=128M,low'],
  },
  {
    preset: 'qemu-virt-riscv64',
    sizes: ['1G', '2G', '4G', '8G'],
    kernels: [['6.12'], ['7.2']],
    cmdlines: ['crashkernel=256M', 'crashkernel=512M', 'crashkernel=256M,high'],
  },
]

/** Weights of the families in the mix (arm64 boards dominate board-support fleets). */
const WEIGHTS = [5, 2, 2, 1, 1]
const WHEEL = WEIGHTS.flatMap((w, i) => Array<number>(w).fill(i))

/** Board `i` of a generated fleet. */
export function fleetBoard(i: number): Board {
  const f = FAMILIES[WHEEL[i % WHEEL.length]!]!
  const pick = <T>(xs: T[], salt: number): T => xs[Math.floor(i / WHEEL.length + salt * 7) % xs.length]!
  return {
    id: `board-${String(i).padStart(5, '0')}`,
    extends: f.preset,
    ...(f.sizes.length ? { ramSize: pick(f.sizes, 1) } : {}),
    kernels: pick(f.kernels, 2),
    cmdline: `console=ttyS0 ${pick(f.cmdlines, 3)}`,
  } as Board
}

/** A matrix of `n` generated boards. */
export function generateFleet(n: number): BoardMatrix {
  return { version: 1, boards: Array.from({ length: n }, (_, i) => fleetBoard(i)) } as BoardMatrix
}

/**
 * Layout `k` of the benchmarks' all-different memory maps (npm run bench, bench:ab): the
 * layout with its last bank 1 … 30,000 pages short, and 128 MiB longer for every 30,000
 * layouts, so that no two of the first 30,000 × n share a map and no bank shrinks away
 * however many are drawn.
 */
export function withDistinctMemory<L extends { memory: ReadonlyArray<{ size: bigint }> }>(layout: L, k: number): L {
  const last = layout.memory.length - 1
  const memory = layout.memory.map((b, j) => (j === last ? { ...b, size: b.size - BigInt(4096 * ((k % 30000) + 1)) + BigInt(Math.floor(k / 30000)) * (128n << 20n) } : b))
  return { ...layout, memory }
}
