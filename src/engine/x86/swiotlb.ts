// SPDX-License-Identifier: GPL-2.0-only
/**
 * What `swiotlb=` does to x86's default crash-kernel low size: setup_io_tlb_npages() sets the
 * slab count early, swiotlb_size_or_default() turns it into bytes, and the low default is
 * max(that + 8 MiB, 256 MiB). Nothing else changes the count before the crash reservation on
 * the boards modelled (swiotlb_adjust_size() is for SEV/TDX guests only).
 *
 * @kernel kernel/dma/swiotlb.c setup_io_tlb_npages, swiotlb_size_or_default, swiotlb_adjust_nareas,
 *         round_up_default_nslabs (v5.10.223, v6.1.192, v6.12.117, v7.2.13);
 *         arch/x86/kernel/setup.c reserve_crashkernel_low (v5.10.223, v6.1.192);
 *         arch/x86/include/asm/crash_reserve.h crash_low_size_default (v6.12.117, v7.2.13)
 */
import { simpleStrtoull } from '../memparse.js'
import { parameq, parseEarlyParams } from '../params.js'
import { u64 } from '../phys.js'

/**
 * 'io_tlb_nslabs': 5.10 (0 = the 64 MiB default, `noforce` sets one slab);
 * 'default_nslabs': 6.x (a second number is the area count, which may round the slabs up);
 * 'default_nslabs-saturating': 7.x, the same with simple_strtoul() saturating.
 */
export type SwiotlbGeneration = 'io_tlb_nslabs' | 'default_nslabs' | 'default_nslabs-saturating'

const IO_TLB_SEGSIZE = 128n
const IO_TLB_SHIFT = 11n
const IO_TLB_DEFAULT_SIZE = 64n << 20n
const isDigit = (s: string, i: number): boolean => i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57
const ALIGN = (x: bigint, a: bigint): bigint => u64(x + a - 1n) & ~(a - 1n)
const isPow2 = (x: bigint): boolean => x !== 0n && (x & (x - 1n)) === 0n
/** fls_long(): the number of the highest set bit, 0 for 0. */
const flsLong = (x: bigint): number => (x === 0n ? 0 : x.toString(2).length)
/** roundup_pow_of_two(): 1UL << fls_long(n - 1) (0 past 2^63, where the C shift overflows). */
const roundupPowOfTwo = (n: bigint): bigint => u64(1n << BigInt(flsLong(u64(n - 1n))))

/**
 * Mirrors setup_io_tlb_npages() for every `swiotlb=` early parameter in order, then
 * swiotlb_size_or_default(): the bounce buffer size the crash reservation sees.
 */
export function swiotlbSizeOrDefault(cmdline: string, gen: SwiotlbGeneration): bigint {
  const saturate = gen === 'default_nslabs-saturating'
  // 5.10: io_tlb_nslabs starts at 0 (the default); 6.x: default_nslabs = IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT.
  let nslabs = gen === 'io_tlb_nslabs' ? 0n : IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT
  let nareas = 0n
  if (cmdline.includes('swiotlb')) {
    for (const p of parseEarlyParams(cmdline)) {
      // `swiotlb` without a value: do_early_param() passes NULL, and isdigit(*NULL) would oops; no board does that.
      if (p.val === null || !parameq(p.param, 'swiotlb')) continue
      const s = p.val
      let i = 0
      if (isDigit(s, i)) {
        const n = simpleStrtoull(s, i, saturate)
        nslabs = ALIGN(n.value, IO_TLB_SEGSIZE)
        i = n.end
      }
      if (s[i] === ',') i++
      if (gen === 'io_tlb_nslabs') {
        if (s.slice(i) === 'noforce') nslabs = 1n
        continue
      }
      if (isDigit(s, i)) {
        // swiotlb_adjust_nareas(unsigned int): the value is truncated to 32 bits.
        const n = simpleStrtoull(s, i, saturate)
        i = n.end
        let areas = n.value & 0xffffffffn
        if (!areas) areas = 1n
        // roundup_pow_of_two() is an unsigned long; the unsigned int nareas keeps its low
        // 32 bits, so a count above 2^31 becomes 0 areas.
        else if (!isPow2(areas)) areas = roundupPowOfTwo(areas) & 0xffffffffn
        nareas = areas
        // round_up_default_nslabs(): nothing to do without areas; IO_TLB_SEGSIZE *
        // default_nareas is an unsigned int product.
        if (!nareas) continue
        const floor = (IO_TLB_SEGSIZE * nareas) & 0xffffffffn
        if (nslabs < floor) nslabs = roundupPowOfTwo(floor)
        else if (!isPow2(nslabs)) nslabs = roundupPowOfTwo(nslabs)
      }
    }
  }
  const size = u64(nslabs << IO_TLB_SHIFT)
  return gen === 'io_tlb_nslabs' && size === 0n ? IO_TLB_DEFAULT_SIZE : size
}

/**
 * The x86_64 default low size of the crash kernel: max(swiotlb_size_or_default() + 8 MiB,
 * 256 MiB) (reserve_crashkernel_low() up to 6.6, crash_low_size_default() from 6.7).
 */
export function crashLowSizeDefault(cmdline: string, gen: SwiotlbGeneration): bigint {
  const withExtra = u64(swiotlbSizeOrDefault(cmdline, gen) + (8n << 20n))
  const min = 256n << 20n
  return withExtra > min ? withExtra : min
}
