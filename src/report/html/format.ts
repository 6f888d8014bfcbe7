// SPDX-License-Identifier: GPL-2.0-only
/** Number formatting for the HTML report (addresses as the kernel prints them, sizes for people). */
import type { PhysAddr, PhysSize } from '../../engine/index.js'

/**
 * `0x%016llx`, the kernel's style for physical addresses.
 *
 * @example
 * hex16(0x1ee00000n) // → '0x000000001ee00000'
 */
export function hex16(x: bigint): string {
  return `0x${x.toString(16).padStart(16, '0')}`
}

/**
 * A half-open range as the kernel prints memblock ranges: `[mem 0x…-0x…]` (inclusive end).
 *
 * @example
 * memRange(0x1ee00000n, 0x10000000n) // → '[mem 0x000000001ee00000-0x000000002edfffff]'
 */
export function memRange(base: PhysAddr, size: PhysSize): string {
  return `[mem ${hex16(base)}-${hex16(size === 0n ? base : base + size - 1n)}]`
}

/**
 * A window the kernel searched or retries: its `[mem …]` range, or for an empty one (the
 * endless retry of CK005 has `[0x100000000, 0x100000000)`) the address alone, which the
 * inclusive `[mem a-b]` notation cannot show: `[mem a-a]` would read as one byte.
 *
 * @example
 * windowRange(0x40000000n, 0x40000000n) // → '[mem 0x0000000040000000-0x000000007fffffff]'
 * windowRange(0x100000000n, 0n) // → 'the empty window at 0x0000000100000000'
 */
export function windowRange(base: PhysAddr, size: PhysSize): string {
  return size === 0n ? `the empty window at ${hex16(base)}` : memRange(base, size)
}

/**
 * A size for people, written as the job summary, the comment and `explain` write it (one
 * function for all of them): exact when it is (`256 MiB`, `1800 MiB` as the command line says
 * it, not `1.8 GiB`), else two decimals marked `~` (`~31.98 MiB`, not a `32.0 MiB` that reads
 * as exact).
 */
export { humanSize } from '../memory-map.js'

/**
 * A short axis label: whole TiB as `8T`, whole GiB below 1 TiB as `4G`, whole MiB below 1 GiB as
 * `512M`, else the address in hex without padding (what a kernel developer would look for).
 *
 * @example
 * axisLabel(1n << 32n) // → '4G'
 * axisLabel(0x88300000n) // → '0x88300000'
 * axisLabel(0x80080000000n) // → '0x80080000000'
 */
export function axisLabel(x: PhysAddr): string {
  if (x === 0n) return '0'
  const steps: ReadonlyArray<[bigint, string, bigint]> = [
    [40n, 'T', 0n],
    [30n, 'G', 1n << 40n],
    [20n, 'M', 1n << 30n],
  ]
  for (const [shift, unit, below] of steps) {
    const one = 1n << shift
    if (x % one === 0n && (below === 0n || x < below)) return `${x / one}${unit}`
  }
  return `0x${x.toString(16)}`
}

