// SPDX-License-Identifier: GPL-2.0-only
/**
 * What `swiotlb=` does to x86's default crash-kernel low size: setup_io_tlb_npages() sets the
 * slab count early, swiotlb_size_or_default() turns it into bytes, and the low default is
 * max(that + 8 MiB, 256 MiB). Nothing else changes the count before the crash reservation on
 * the boards modelled (swiotlb_adjust_size() is for SEV/TDX guests only).
 *
 * @kernel kernel/dma/swiotlb.c setup_io_tlb_npages, swiotlb_size_or_default (v5.10.223, v6.1.192,
 *         v6.12.117, v7.2.13), swiotlb_adjust_nareas, round_up_default_nslabs (v6.1.192, v6.12.117, v7.2.13);
 *         arch/x86/kernel/setup.c reserve_crashkernel_low (v5.10.223, v6.1.192);
 *         arch/x86/include/asm/crash_reserve.h crash_low_size_default (v6.12.117, v7.2.13)
 */
import { simpleStrtoull } from '../memparse.js'
import { parameq, parseEarlyParams } from '../params.js'
import { isPowerOfTwo, max, roundUp, roundupPowOfTwo, u64 } from '../phys.js'

/**
 * 'io_tlb_nslabs': 5.10 – 5.11 (0 = the 64 MiB default, `noforce` sets one slab;
 *   kernel/dma/swiotlb.c@v5.11:113-130,155-162);
 * 'default_nslabs-no-areas': 5.13 – 5.19: default_nslabs starts at the 64 MiB default and
 *   `swiotlb=` overwrites it (0 is 0), `noforce` leaves it, no area count
 *   (kernel/dma/swiotlb.c@v5.13:74,77-92,109-112, @v5.19:72,75-90,101-104; 5.12 is not at hand);
 * 'default_nslabs': 6.x (a second number is the area count, which may round the slabs up;
 *   swiotlb_adjust_nareas() in v6.0:120,147, not in v5.19);
 * 'default_nslabs-saturating': 7.x, the same with simple_strtoul() saturating.
 */
export type SwiotlbGeneration = 'io_tlb_nslabs' | 'default_nslabs-no-areas' | 'default_nslabs' | 'default_nslabs-saturating'

const IO_TLB_SEGSIZE = 128n
const IO_TLB_SHIFT = 11n
const IO_TLB_DEFAULT_SIZE = 64n << 20n
const U32 = 0xffffffffn

/** swiotlb.c's file-scope state that `swiotlb=` sets: the slab count and (6.x+) the area count. */
interface SwiotlbState {
  nslabs: bigint
  nareas: bigint
}

/** isdigit(s[i]) (false past the end). */
const isDigit = (s: string, i: number): boolean => {
  const c = s.charCodeAt(i)
  return c >= 48 && c <= 57
}

/**
 * round_up_default_nslabs(): at least IO_TLB_SEGSIZE slabs per area, and a power of two.
 * default_nareas is an unsigned long (kernel/dma/swiotlb.c@v6.12.117:104, @v7.2.13:102), so
 * IO_TLB_SEGSIZE * default_nareas is computed in 64 bits: up to 128 * 2^31 = 2^38, no wrap.
 * From 2^25 areas on the floor reaches 2^32 slabs (8 TiB), as Debian 6.12.117 printed with
 * `swiotlb=,33554432`: "SWIOTLB bounce buffer size roundup to 8388608MB", and the crash
 * kernel's default low size followed (test/boots/amd64-crashkernel, swiotlb-areas).
 */
function roundUpDefaultNslabs(st: SwiotlbState): boolean {
  if (st.nareas === 0n) return false
  const floor = u64(IO_TLB_SEGSIZE * st.nareas)
  if (st.nslabs < floor) st.nslabs = roundupPowOfTwo(floor)
  else if (!isPowerOfTwo(st.nslabs)) st.nslabs = roundupPowOfTwo(st.nslabs)
  else return false
  return true
}

/**
 * swiotlb_adjust_nareas(unsigned int nareas): the value arrives truncated to 32 bits, and the
 * unsigned long roundup_pow_of_two() goes back into it, so a count above 2^31 becomes 0 areas
 * (and round_up_default_nslabs() then does nothing). It pr_info()s the count with %d (2^31 is
 * negative there), and the new bounce-buffer size in MiB (%lu, no newline) where
 * round_up_default_nslabs() changed it: test/boots/amd64-crashkernel's swiotlb-areas boot
 * prints both right after the e820 map, as an early parameter's lines.
 * @kernel kernel/dma/swiotlb.c swiotlb_adjust_nareas (v6.1.192:129-142, v6.12.117:153-166,
 *         v7.2.13:151-164), pr_fmt "software IO TLB: "
 */
function swiotlbAdjustNareas(st: SwiotlbState, value: bigint, printed: string[]): void {
  let nareas = value & U32
  if (nareas === 0n) nareas = 1n
  else if (!isPowerOfTwo(nareas)) nareas = roundupPowOfTwo(nareas) & U32
  st.nareas = nareas
  printed.push(`software IO TLB: area num ${BigInt.asIntN(32, nareas)}.`)
  if (roundUpDefaultNslabs(st)) printed.push(`software IO TLB: SWIOTLB bounce buffer size roundup to ${u64(st.nslabs << IO_TLB_SHIFT) >> 20n}MB`)
}

/** setup_io_tlb_npages(): one `swiotlb=` value (early_param, so before the crash reservation); what it prints goes to `printed`. */
function setupIoTlbNpages(st: SwiotlbState, s: string, gen: SwiotlbGeneration, printed: string[] = []): void {
  const saturate = gen === 'default_nslabs-saturating'
  let i = 0
  if (isDigit(s, i)) {
    const n = simpleStrtoull(s, i, saturate)
    // "avoid tail segment of size < IO_TLB_SEGSIZE"
    st.nslabs = roundUp(n.value, IO_TLB_SEGSIZE)
    i = n.end
  }
  if (s[i] === ',') i++
  if (gen === 'io_tlb_nslabs') {
    // 5.10: no area count; `noforce` leaves one slab.
    if (s.slice(i) === 'noforce') st.nslabs = 1n
    return
  }
  // 5.13 – 5.19: `force` / `noforce` only set the force mode.
  if (gen === 'default_nslabs-no-areas') return
  if (isDigit(s, i)) swiotlbAdjustNareas(st, simpleStrtoull(s, i, saturate).value, printed)
}

/** The state swiotlb.c starts with: 5.10's io_tlb_nslabs 0 (the default), 6.x's default_nslabs = IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT. */
const initialState = (gen: SwiotlbGeneration): SwiotlbState => ({ nslabs: gen === 'io_tlb_nslabs' ? 0n : IO_TLB_DEFAULT_SIZE >> IO_TLB_SHIFT, nareas: 0n })

/**
 * Engine helper (no kernel counterpart): what setup_io_tlb_npages() prints for each `swiotlb=`
 * token, by its parseEarlyParams() index (6.x+: the area count, and the rounded-up size;
 * 5.10 – 5.19 print nothing). A bare `swiotlb` faults instead (early-params.ts).
 */
export function swiotlbEarlyParamLines(cmdline: string, gen: SwiotlbGeneration): Array<string[] | undefined> {
  const out: Array<string[] | undefined> = []
  if (gen === 'io_tlb_nslabs' || gen === 'default_nslabs-no-areas' || !cmdline.includes('swiotlb')) return out
  const st = initialState(gen)
  for (const [i, p] of parseEarlyParams(cmdline).entries()) {
    if (p.val === null || !parameq(p.param, 'swiotlb')) continue
    const printed: string[] = []
    setupIoTlbNpages(st, p.val, gen, printed)
    if (printed.length > 0) out[i] = printed
  }
  return out
}

/**
 * Mirrors swiotlb_size_or_default() — kernel/dma/swiotlb.c (v5.10.223:154, v6.12.117:208).
 * swiotlb_size_or_default() after every `swiotlb=` early parameter, in order: the bounce
 * buffer size the crash reservation sees.
 */
export function swiotlbSizeOrDefault(cmdline: string, gen: SwiotlbGeneration): bigint {
  const st = initialState(gen)
  if (cmdline.includes('swiotlb')) {
    for (const p of parseEarlyParams(cmdline)) {
      // `swiotlb` without a value: do_early_param() passes NULL, and isdigit(*NULL) faults: simulate() stops at it (early-params.ts).
      if (p.val !== null && parameq(p.param, 'swiotlb')) setupIoTlbNpages(st, p.val, gen)
    }
  }
  const size = u64(st.nslabs << IO_TLB_SHIFT)
  return gen === 'io_tlb_nslabs' && size === 0n ? IO_TLB_DEFAULT_SIZE : size
}

/**
 * Mirrors crash_low_size_default() — arch/x86/include/asm/crash_reserve.h (v6.12.117:33; in reserve_crashkernel_low(), arch/x86/kernel/setup.c v5.10.223:458).
 * The x86_64 default low size of the crash kernel: max(swiotlb_size_or_default() + 8 MiB,
 * 256 MiB) (reserve_crashkernel_low() up to 6.6, crash_low_size_default() from 6.7).
 */
export function crashLowSizeDefault(cmdline: string, gen: SwiotlbGeneration): bigint {
  return max(u64(swiotlbSizeOrDefault(cmdline, gen) + (8n << 20n)), 256n << 20n)
}
