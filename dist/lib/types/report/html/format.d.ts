/** Number formatting for the HTML report (addresses as the kernel prints them, sizes for people). */
import type { PhysAddr, PhysSize } from '../../engine/index.js';
/**
 * `0x%016llx`, the kernel's style for physical addresses.
 *
 * @example
 * hex16(0x1ee00000n) // → '0x000000001ee00000'
 */
export declare function hex16(x: bigint): string;
/**
 * A half-open range as the kernel prints memblock ranges: `[mem 0x…-0x…]` (inclusive end).
 *
 * @example
 * memRange(0x1ee00000n, 0x10000000n) // → '[mem 0x000000001ee00000-0x000000002edfffff]'
 */
export declare function memRange(base: PhysAddr, size: PhysSize): string;
/**
 * A window the kernel searched or retries: its `[mem …]` range, or for an empty one (the
 * endless retry of CK005 has `[0x100000000, 0x100000000)`) the address alone, which the
 * inclusive `[mem a-b]` notation cannot show: `[mem a-a]` would read as one byte.
 *
 * @example
 * windowRange(0x40000000n, 0x40000000n) // → '[mem 0x0000000040000000-0x000000007fffffff]'
 * windowRange(0x100000000n, 0n) // → 'the empty window at 0x0000000100000000'
 */
export declare function windowRange(base: PhysAddr, size: PhysSize): string;
/**
 * A size for people, written as the job summary, the comment and `explain` write it (one
 * function for all of them): exact when it is (`256 MiB`, `1800 MiB` as the command line says
 * it, not `1.8 GiB`), else two decimals marked `~` (`~31.98 MiB`, not a `32.0 MiB` that reads
 * as exact).
 */
export { humanSize } from '../memory-map.js';
/**
 * A short axis label: whole TiB as `8T`, whole GiB below 1 TiB as `4G`, whole MiB below 1 GiB as
 * `512M`, else the address in hex without padding (what a kernel developer would look for).
 *
 * @example
 * axisLabel(1n << 32n) // → '4G'
 * axisLabel(0x88300000n) // → '0x88300000'
 * axisLabel(0x80080000000n) // → '0x80080000000'
 */
export declare function axisLabel(x: PhysAddr): string;
