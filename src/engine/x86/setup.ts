// SPDX-License-Identifier: GPL-2.0-only
/**
 * x86_64 boot, from setup_arch() to the crash reservation: the memblock calls that decide
 * where crashkernel= lands, in the kernel's order, then the zones and the direct map.
 *
 *   early_reserve_memory   kernel image [_text, __end_of_kernel_reserve) + brk, page 0 /
 *                          first 64K, initrd, EBDA..1M (reserve_bios_regions), then the
 *                          board's fixed (non-nomap) firmware reservations
 *   e820__memblock_setup   e820 RAM → memblock.memory (page 0 and [640K, 1M) are not RAM;
 *                          a fixed `nomap` reservation is e820-reserved: never RAM)
 *   efi_reserve_boot_services  (an EFI stub boot) the EFI map's boot-services regions, each
 *                          unless part of it is reserved already
 *   reserve_real_mode      trampoline under 1M; the whole low 1M (always on 5.13+, only with
 *                          crashkernel= before: crash_reserve_low_1M)
 *   init_mem_mapping       the direct map; page tables from brk / top of RAM;
 *                          current_limit = max_pfn_mapped
 *   (board reservations)   dynamic reservations top-down in their ranges (model choice:
 *                          x86 has no /reserved-memory scan; they are placed with the first
 *                          post-mapping allocations, under current_limit)
 *   setup_log_buf(1)       a log_buf_len= buffer (printk.ts)
 *   reserve_initrd         an initrd outside the direct map moved
 *   initmem_init           (SLIT's distance table, then) NODE_DATA at the top of RAM
 *   dma_contiguous_reserve CMA under max_pfn_mapped (only with cma= on Debian kernels)
 *   crash reservation      reserve_crashkernel() (≤6.6) / arch_reserve_crashkernel() (6.7+),
 *                          then (7.x) reserve_crashkernel_cma() for `crashkernel=X,cma`
 *   paging_init            zones (DMA 16M, DMA32 4G, Normal), "Zone ranges:"
 *   /proc/meminfo          DirectMap counters (init-mem-mapping.ts, then direct-map.ts)
 *
 * With movable_node everything from e820__memblock_setup() up to initmem_init()'s NUMA parse
 * allocates bottom-up instead, init_mem_mapping() mapping upwards (movableNodeIsEnabled()).
 *
 * @kernel arch/x86/kernel/setup.c setup_arch, early_reserve_memory (v6.1.192, v6.12.117,
 *         v7.2.13), trim_low_memory_range (v5.10.223); arch/x86/kernel/ebda.c reserve_bios_regions;
 *         arch/x86/realmode/init.c reserve_real_mode; arch/x86/kernel/crash.c crash_reserve_low_1M (v5.10);
 *         arch/x86/mm/numa.c alloc_node_data (v5.10.223, v6.1.192); mm/numa.c alloc_node_data
 *         (v6.12.117, v7.2.13); arch/x86/mm/init.c probe_page_size_mask, zone_sizes_init
 *         (v5.10.223, v6.1.192, v6.12.117), arch_zone_limits_init (v7.2.13);
 *         kernel/crash_reserve.c reserve_crashkernel_cma (v7.2)
 *         (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { reserveCrashkernelOf } from '../crashkernel/reserve.js'
import { reserveCrashkernelCma } from '../crashkernel/reserve-cma.js'
import { crashLowSizeDefault } from './swiotlb.js'
import { linesBeforeHang, type ArchBootResult } from '../boot.js'
import { bootWithSharedPrefix, type SplitBoot } from '../boot-prefix.js'
import { cmaRules, dmaContiguousReserve, type CmaRules } from '../cma.js'
import {
  memblockCreate,
  memblockFindInRangeNode,
  memblockIsRegionReserved,
  memblockPhysAllocRange,
  memblockPhysFree,
  memblockRemove,
  memblockReserve,
  memblockReserveKern,
  memblockSameMemory,
  type Memblock,
  type MemblockRegion,
} from '../memblock/memblock.js'
import type { Memparse } from '../memparse.js'
import { debugPageallocEnabled, parameq, parseEarlyParams } from '../params.js'
import { fmtHex, fmtPhys, min, roundDown, roundUp, SMP_CACHE_BYTES, SZ_16M, SZ_1G, SZ_1M, SZ_2M, SZ_4G, SZ_4K, SZ_64K, SZ_64T } from '../phys.js'
import { hugetlbBootmemAllocBeforeCrash } from '../hugetlb-bootmem.js'
import { hugetlbCmaReserveBeforeCrash } from '../hugetlb-cma.js'
import type { KernelPolicy, X86Policy } from '../policies/types.js'
import { logBufLenOf, newLogBufLen, printkInfoBytes, setupLogBuf } from '../printk.js'
import { Trace } from '../trace.js'
import type { BootPanic, Layout, PhysAddr, PhysRange, PhysSize, ProtectionFacts } from '../types.js'
import { freeAreaInit, memmapInit, movableNodeIsEnabled, zoneMovableInput, type FreeAreaInitNodes, type ZoneSpec } from '../zones.js'
import { copyDirectPagesCount, directMapAfterBoot, directMapKb, kfenceAtBoot, setDebugRodata } from './direct-map.js'
import { e820LayoutFirmware, e820SanitizedRanges, e820UserEntries } from './e820-table.js'
import { BIOS_BEGIN, BIOS_END, e820AddKernelRange, e820EndOfRamPfn, e820FromFirmware, e820MemblockSetup, e820RangeRemoveRam, MAX_PHYSMEM_BITS_4LEVEL, MAX_PHYSMEM_BITS_5LEVEL, type E820Ram, type E820Table } from './e820.js'
import { initMemMapping, ISA_END_ADDRESS, type InitMemMappingState } from './init-mem-mapping.js'
import { numaCleanupMeminfo, numaEmuCmdline, numaEmulation, type NumaEmulated, type NumaMeminfo } from '../numa-emulation.js'
import { ALLOC_NODE_DATA_LOG, cpuOnlyNodes, firmwareNumaMemblks, nodeIsMemoryless, numaAllocDistance, numaNodesParsed, numaOff, numaRegisterMeminfo, setupNodeData, x86NumaFirmwareOff, type NumaMemblk } from '../numa.js'

/** The CMA facts of an x86 generation. */
/** hugetlb_cma_reserve(PUD_SHIFT - PAGE_SHIFT)'s gigantic page and x86's PMD (hugetlb-cma.ts). */
const X86_HUGETLB_PAGES = { gigantic: SZ_1G, pmd: SZ_2M }
const cmaRulesOf = (p: X86Policy): CmaRules => cmaRules(p, p.cmaMinAlign)
/** CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX of x86_64 (arch/x86/include/asm/crash_reserve.h, setup.c ≤6.6). */
export const X86_CRASH_ADDR_LOW_MAX = SZ_4G
export const X86_CRASH_ADDR_HIGH_MAX = SZ_64T
/** MAX_DMA_PFN / MAX_DMA32_PFN as addresses. */
export const X86_MAX_DMA = SZ_16M
export const X86_MAX_DMA32 = SZ_4G

/**
 * Mirrors cmdline_find_option(cmdline, option, NULL, 0) — arch/x86/lib/cmdline.c: the length
 * of the value of the last word that starts `option=`, or -1 when there is none. Words are
 * split at any byte up to ' ' (myisspace()); a bare `option` without '=' is not found.
 * @kernel arch/x86/lib/cmdline.c __cmdline_find_option (v5.10.223)
 */
export function cmdlineFindOption(cmdline: string, option: string): number {
  // Every match needs `option=` somewhere in the line.
  if (!cmdline.includes(`${option}=`)) return -1
  const WORDSTART = 0
  const WORDCMP = 1
  const WORDSKIP = 2
  const BUFCPY = 3
  let state = WORDSTART
  let len = -1
  let op = 0
  for (let i = 0; i < cmdline.length; i++) {
    const c = cmdline.charCodeAt(i)
    const space = c <= 0x20
    if (state === WORDSTART) {
      if (space) continue
      state = WORDCMP
      op = 0
    }
    if (state === WORDCMP) {
      if (c === 0x3d && op === option.length) {
        // The whole option matched: its value starts here.
        len = 0
        state = BUFCPY
        continue
      }
      if (op < option.length && c === option.charCodeAt(op)) {
        op++
        continue
      }
      state = WORDSKIP
    }
    if (state === WORDSKIP) {
      if (space) state = WORDSTART
    } else if (state === BUFCPY) {
      if (space) state = WORDSTART
      else len++
    }
  }
  return len
}

/** x86's protection of a loaded crash kernel, in every version. */
const X86_PROTECTION = {
  available: true,
  why: 'arch_kexec_protect_crashkres() marks crashk_res and crashk_low_res read-only with set_pages_ro() once a crash kernel is loaded (arch/x86/kernel/machine_kexec_64.c, every version)',
} as const
const NO_CRASH_REGION = { available: false, why: 'no crash kernel region is reserved' } as const

/**
 * A boot that panics after the reservation (BootPanic) never reaches user space, where
 * `kexec -p` would load a crash kernel: there is nothing to protect, whatever the region.
 */
function panicProtection(panic: BootPanic): ProtectionFacts {
  return { available: false, why: `the boot panics in ${panic.fn}() after the reservation, before a crash kernel could be loaded` }
}

/** BIOS_START_MIN / BIOS_START_MAX: where reserve_bios_regions() trusts the BIOS data area. */
const BIOS_START_MIN = 0x20000n
const BIOS_START_MAX = 0x9f000n

/**
 * Mirrors reserve_bios_regions(): everything from the start of the BIOS area up to 1 MiB. The
 * BIOS data area's base-memory size (KiB) is taken as the end of the first e820 RAM entry
 * (SeaBIOS: 639 KiB); one under 128K or above 0x9f000 is not trusted and becomes 0x9f000, and
 * an EBDA below it (SeaBIOS puts it at that same end) moves the start down. So the
 * reservation never starts above 0x9f000.
 * @kernel arch/x86/kernel/ebda.c reserve_bios_regions (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function reserveBiosRegions(mb: Memblock, firmwareRam: E820Ram): void {
  const low = firmwareRam.find((r) => r.base < ISA_END_ADDRESS)
  let biosStart = low ? roundDown(low.base + low.size, 0x400n) : BIOS_START_MAX
  if (biosStart < BIOS_START_MIN || biosStart > BIOS_START_MAX) biosStart = BIOS_START_MAX
  memblockReserve(mb, biosStart, ISA_END_ADDRESS - biosStart, 'reserve_bios_regions')
}

/** A fixed reservation without further `reg` entries. */
const NO_RANGES: readonly PhysRange[] = []

/** RESERVE_BRK(dmi_alloc, 65536) (arch/x86/kernel/setup.c, every version). */
const DMI_BRK = SZ_64K
/** The .brk section's "64k alignment slop space" (arch/x86/kernel/vmlinux.lds.S). */
const BRK_SLOP = SZ_64K

/** Where the parts of the kernel image lie (kernelImage()). */
interface KernelImage {
  /** [_text, __end_of_kernel_reserve): what early_reserve_memory() reserves. */
  reserve: PhysRange
  /** The brk in use, [__brk_base, _brk_end): what reserve_brk() reserves (size 0: none). */
  brk: PhysRange
  /** early_alloc_pgt_buf()'s buffer, the last brk user. */
  pgtBuf: PhysAddr
  /** _end: the .brk section's end, the image e820_add_kernel_range() makes RAM. */
  end: PhysAddr
}

/**
 * The image's parts from the build's sizes (layout.boot): the linker script puts the .brk
 * section at the page after __end_of_kernel_reserve, 64K of slop, then the RESERVE_BRK()
 * users (DMI's 64K and the INIT_PGT_BUF_SIZE page-table buffer), and _end at the next page.
 * Of the brk, setup_arch() has used DMI's share and then the page-table buffer by
 * reserve_brk(). A build the board sized itself (kernelReserve 0) is reserved whole, its
 * page-table buffer at its end.
 * @kernel arch/x86/kernel/vmlinux.lds.S (.brk, _end); arch/x86/mm/init.c INIT_PGT_BUF_SIZE,
 *         early_alloc_pgt_buf; arch/x86/kernel/setup.c reserve_brk (v5.10.223 – v7.2.13)
 */
function kernelImage(layout: Layout, pol: X86Policy): KernelImage {
  const base = layout.image.base
  const pgtBufBytes = BigInt(pol.pgtBufPages) * SZ_4K
  if (layout.boot.kernelReserve === 0n) {
    const end = base + layout.image.size
    return { reserve: layout.image, brk: { base: end, size: 0n }, pgtBuf: end - pgtBufBytes, end }
  }
  const brkBase = roundUp(base + layout.boot.kernelReserve, SZ_4K)
  const used = layout.boot.brk
  return {
    reserve: { base, size: layout.boot.kernelReserve },
    brk: { base: brkBase, size: used },
    pgtBuf: brkBase + (used > pgtBufBytes ? used - pgtBufBytes : 0n),
    end: roundUp(brkBase + BRK_SLOP + DMI_BRK + pgtBufBytes, SZ_4K),
  }
}

/**
 * Mirrors early_reserve_memory() (5.10: the same calls at the top of setup_arch()): the
 * kernel image up to __end_of_kernel_reserve, page 0 or the first 64K, the initrd (page
 * aligned), then the BIOS regions.
 * @kernel arch/x86/kernel/setup.c early_reserve_memory, early_reserve_initrd
 */
function earlyReserveMemory(mb: Memblock, layout: Layout, pol: X86Policy, firmwareRam: E820Ram, image: KernelImage): void {
  memblockReserveKern(mb, image.reserve.base, image.reserve.size, 'kernel')
  memblockReserve(mb, 0n, pol.low1M === 'always' ? SZ_64K : SZ_4K, 'setup_arch')
  if (layout.initrd) {
    const end = roundUp(layout.initrd.base + layout.initrd.size, SZ_4K)
    memblockReserveKern(mb, layout.initrd.base, end - layout.initrd.base, 'initrd')
  }
  if (pol.low1M === 'always') reserveBiosRegions(mb, firmwareRam)
  // Firmware carve-outs that stay usable RAM in e820 but are memblock_reserve()d early
  // (the setup_data / EFI-memmap style reservations of early_reserve_memory()).
  for (const r of layout.reservations) {
    if (r.kind !== 'fixed' || r.nomap) continue
    if (r.size > 0n) memblockReserve(mb, r.base, r.size, r.name)
    // Further `reg` entries are more ranges of the same carve-out.
    for (const x of r.moreReg ?? NO_RANGES) if (x.size > 0n) memblockReserve(mb, x.base, x.size, r.name)
  }
}

/**
 * A fixed `nomap` reservation on x86 is what firmware reports as e820 reserved: the range is
 * not RAM, so it never enters memblock.memory and does not count towards max_pfn.
 * @kernel arch/x86/kernel/e820.c e820__range_update (E820_TYPE_RAM → E820_TYPE_RESERVED)
 */
function e820RemoveNomapReservations(ram: E820Ram, layout: Layout): E820Ram {
  for (const r of layout.reservations) {
    if (r.kind !== 'fixed' || !r.nomap) continue
    if (r.size > 0n) ram = e820RangeRemoveRam(ram, r.base, r.size)
    for (const x of r.moreReg ?? NO_RANGES) if (x.size > 0n) ram = e820RangeRemoveRam(ram, x.base, x.size)
  }
  return ram
}

/**
 * Mirrors efi_reserve_boot_services() — arch/x86/platform/efi/quirks.c: on a boot through
 * the EFI stub, each boot-services code or data region of the EFI memory map (which the stub
 * handed over as e820 RAM) is memblock_reserve()d, in map order, unless some part of it is
 * reserved already (memblock_is_region_reserved(): the kernel image, the initrd, an EFI table
 * such as the map itself or the memory attributes table); a skipped region keeps whatever of
 * it is free. Silent. They are freed only by efi_free_boot_services(), from start_kernel(),
 * after the crash reservation. Whether the kernel may free a region later (can_free_region())
 * changes nothing before it.
 * @kernel arch/x86/platform/efi/quirks.c efi_reserve_boot_services (v5.10.223, v6.1.192,
 *         v6.12.117:324-379, v7.2.13); arch/x86/kernel/setup.c setup_arch (v6.12.117:1010)
 */
export function efiReserveBootServices(mb: Memblock, regions: readonly PhysRange[]): void {
  for (const r of regions) {
    if (r.size <= 0n || memblockIsRegionReserved(mb, r.base, r.size)) continue
    memblockReserve(mb, r.base, r.size, 'efi_reserve_boot_services')
  }
}

/**
 * Allocates the board's dynamic reservations top-down (bottom-up with movable_node) in their ranges (any accessible RAM
 * when a reservation gives none); a `nomap` one leaves memblock.memory, as e820 reserved
 * memory would. Model choice: x86 scans no /reserved-memory, so these run with the first
 * allocations after init_mem_mapping(), under current_limit.
 * @kernel mm/memblock.c memblock_phys_alloc_range (drivers/of/of_reserved_mem.c for the shape)
 */
function allocDynamicReservations(mb: Memblock, layout: Layout, trace: Trace): void {
  for (const r of layout.reservations) {
    if (r.kind !== 'dynamic' || r.size <= 0n) continue
    const align = r.align || SMP_CACHE_BYTES
    let base = 0n
    const ranges = r.allocRanges.length ? r.allocRanges : [{ base: 0n, size: 0n }]
    for (const range of ranges) {
      let end = range.size ? range.base + range.size : 0n
      if (end > mb.currentLimit) end = mb.currentLimit
      base = memblockPhysAllocRange(mb, r.size, align, range.base, end, r.name)
      if (base) break
    }
    if (!base) {
      trace.info('reserve', `failed to allocate memory for reservation '${r.name}'`)
      continue
    }
    if (r.nomap) memblockRemove(mb, base, r.size)
  }
}

/**
 * Mirrors reserve_initrd(): an initrd the direct map covers stays where the boot loader put
 * it; one that is not (mem=, memmap=exactmap or memmap=nn$ss can leave the loader's initrd
 * outside RAM) is copied to a new area allocated top-down (bottom-up with movable_node) under current_limit
 * (max_pfn_mapped), and its old reservation is freed. init_mem_mapping() maps the first
 * 1 MiB and the whole pages of every memblock.memory region, so those (merged) are the mapped
 * pfn ranges pfn_range_is_mapped() looks the initrd up in.
 * @kernel arch/x86/kernel/setup.c reserve_initrd, relocate_initrd; arch/x86/mm/init.c
 *         pfn_range_is_mapped, init_range_memory_mapping (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function reserveInitrd(mb: Memblock, layout: Layout, trace: Trace): void {
  const initrd = layout.initrd
  if (!initrd || initrd.base === 0n || initrd.size === 0n) return
  const end = roundUp(initrd.base + initrd.size, SZ_4K)
  trace.info('setup', `RAMDISK: [mem ${fmtHex(initrd.base, 8)}-${fmtHex(end - 1n, 8)}]`)
  if (pfnRangeIsMapped(mb, roundDown(initrd.base, SZ_4K), end)) return
  const areaSize = roundUp(initrd.size, SZ_4K)
  const relocated = memblockPhysAllocRange(mb, areaSize, SZ_4K, 0n, mb.currentLimit, 'initrd')
  if (!relocated) {
    trace.err('setup', `Kernel panic - not syncing: Cannot find place for new RAMDISK of size ${initrd.size}`)
    return
  }
  trace.info('setup', `Allocated new RAMDISK: [mem ${fmtHex(relocated, 8)}-${fmtHex(relocated + initrd.size - 1n, 8)}]`)
  trace.info('setup', `Move RAMDISK from [mem ${fmtHex(initrd.base, 8)}-${fmtHex(initrd.base + initrd.size - 1n, 8)}] to [mem ${fmtHex(relocated, 8)}-${fmtHex(relocated + initrd.size - 1n, 8)}]`)
  memblockPhysFree(mb, initrd.base, end - initrd.base)
}

/** Is [start, end) inside one range the direct map covers: the first 1 MiB, or merged whole pages of memblock.memory? */
function pfnRangeIsMapped(mb: Memblock, start: PhysAddr, end: PhysAddr): boolean {
  let lo = 0n
  let hi = ISA_END_ADDRESS
  for (const r of mb.memory.regions) {
    const b = roundUp(r.base, SZ_4K)
    const e = roundDown(r.base + r.size, SZ_4K)
    if (b >= e) continue
    if (b <= hi) {
      if (e > hi) hi = e
      continue
    }
    if (start >= lo && end <= hi) return true
    lo = b
    hi = e
  }
  return start >= lo && end <= hi
}

/**
 * Mirrors reserve_real_mode() and what follows it in setup_arch(): the trampoline top-down (bottom-up with movable_node)
 * under 1 MiB, then the low 1 MiB: always on 5.13+, else only with crashkernel=
 * (crash_reserve_low_1M(), "kexec: Reserving the low 1M of memory for crashkernel") plus the
 * first 64K, or what `reservelow=` says (trim_low_memory_range()).
 * @kernel arch/x86/realmode/init.c reserve_real_mode; arch/x86/kernel/crash.c crash_reserve_low_1M
 */
function reserveRealMode(mb: Memblock, layout: Layout, pol: X86Policy, memparse: Memparse, trace: Trace): PhysAddr {
  if (pol.low1M === 'always') {
    // x86_init.resources.realmode_limit (7.x; SZ_1M but on Hyper-V VTL) or the sub-1M bound before.
    const mem = memblockPhysAllocRange(mb, pol.realModeSize, SZ_4K, 0n, SZ_1M, 'reserve_real_mode')
    if (!mem) trace.info('realmode', realModeNoMemoryLine(pol))
    // Unconditionally reserve the entire first 1M.
    memblockReserve(mb, 0n, SZ_1M, 'reserve_real_mode')
    return mem
  }
  // (≤5.12: reserve_bios_regions() ran before efi_reserve_boot_services(), in x86BootPrefix().)
  const mem = memblockFindInRangeNode(mb, pol.realModeSize, SZ_4K, 0n, SZ_1M)
  if (!mem) {
    trace.info('realmode', realModeNoMemoryLine(pol))
  } else {
    memblockReserve(mb, mem, pol.realModeSize, 'reserve_real_mode')
    if (cmdlineFindOption(layout.cmdline, 'crashkernel') >= 0) {
      memblockReserve(mb, 0n, SZ_1M, 'crash_reserve_low_1M')
      trace.info('crashkernel', 'kexec: Reserving the low 1M of memory for crashkernel')
    }
  }
  memblockReserve(mb, 0n, roundUp(reserveLow(layout.cmdline, memparse), SZ_4K), 'trim_low_memory_range')
  return mem
}

/**
 * Mirrors init_real_mode() — arch/x86/realmode/init.c (v5.10.223:201-204, v6.12.117:206-209,
 * v7.2.13:208-211), the early initcall (x86_platform.realmode_init from 5.19): without the
 * trampoline reserve_real_mode() did not find ("real_mode_header" NULL), the boot panics,
 * after the crash reservation (test/boots/amd64-memmap's memmap-no-sub1M boots).
 */
function initRealMode(trampoline: PhysAddr): BootPanic | undefined {
  return trampoline === 0n ? NO_TRAMPOLINE_PANIC : undefined
}
const NO_TRAMPOLINE_PANIC: BootPanic = { cause: 'no-real-mode-trampoline', at: 'arch/x86/realmode/init.c init_real_mode', fn: 'init_real_mode' }

/** reserve_real_mode()'s line when no trampoline fits (X86Policy realModeNoMemory; %pa of SZ_1M in 7.x). */
const realModeNoMemoryLine = (pol: X86Policy): string =>
  pol.realModeNoMemory === 'sub-1M' ? 'No sub-1M memory is available for the trampoline' : `No memory below ${fmtHex(SZ_1M, 16)} for the real-mode trampoline`

/**
 * Mirrors parse_reservelow() (≤5.12): how much trim_low_memory_range() reserves from 0,
 * CONFIG_X86_RESERVE_LOW (64K) unless `reservelow=` says otherwise; each value is memparse()d
 * and kept within [4K, 640K], and the last one wins.
 * @kernel arch/x86/kernel/setup.c parse_reservelow, trim_low_memory_range (v5.10.223)
 */
export function reserveLow(cmdline: string, memparse: Memparse): PhysSize {
  let size = SZ_64K
  if (!cmdline.includes('reservelow')) return size
  for (const p of parseEarlyParams(cmdline)) {
    // `if (!p) return -EINVAL`: a bare `reservelow` changes nothing.
    if (p.val === null || !parameq(p.param, 'reservelow')) continue
    const v = memparse(p.val, 0).value
    size = v < SZ_4K ? SZ_4K : v > 640n * 1024n ? 640n * 1024n : v
  }
  return size
}

/**
 * Mirrors dummy_numa_init() — arch/x86/mm/numa.c (v5.10.223:699, v6.12.117:204, v7.2.13:212):
 * the last resort of x86_numa_init() when the SRAT gave no nodes, or none that cover memory, or
 * was not read (`numa=off`, whose numa_off it names: numa_setup()'s strncmp() of "off", the
 * prefix numaOff() tests; `numa=noacpi` only skips the SRAT): node 0 over [0, max_pfn).
 */
function dummyNumaInit(cmdline: string, maxPfnAddr: PhysAddr, trace: Trace): NumaMemblk[] {
  trace.info('numa', numaOff(cmdline) ? 'NUMA turned off' : 'No NUMA configuration found')
  trace.info('numa', `Faking a node at [mem ${fmtPhys(0n)}-${fmtPhys(maxPfnAddr - 1n)}]`)
  return [{ nid: 0, start: 0n, end: maxPfnAddr }]
}

/**
 * The SRAT's NUMA nodes as x86's numa_init(x86_acpi_numa_init) takes them: none with numa=off
 * or numa=noacpi (x86NumaFirmwareOff()); a `nomap` bank is e820 reserved, not in memblock, so
 * it needs no node (arch/x86/mm/numa.c x86_numa_init, v5.10.223 – v7.2.13).
 */
function x86NumaMemblks(layout: Layout): NumaMemblk[] | undefined {
  return x86NumaFirmwareOff(layout.cmdline) ? undefined : firmwareNumaMemblks(layout.memory, (b) => !b.nomap)
}

/** dummy_numa_init()'s numa_nodes_parsed: node 0. */
const DUMMY_NODES: readonly number[] = [0]
/** No SLIT: numa_distance_cnt 0, no table to copy or free. */
const NO_DISTANCE_TABLE = { cnt: 0, base: 0n }

/**
 * Mirrors numa_init()'s numa_cleanup_meminfo() and numa_emulation() call — arch/x86/mm/numa.c
 * (v5.10.223:667-671, v6.1.192), mm/numa_memblks.c numa_memblks_init (v6.12.117:455-459,
 * v7.2.13): the firmware's blocks (the board's `sratMemory` where it gives them, else its
 * banks' nodes; or dummy_numa_init()'s one, `fromFirmware` false) cleaned as numa_init() cleans
 * them, then split into fake nodes. Undefined where emulation gave up (numa-emulation.ts).
 */
function x86NumaEmulation(mb: Memblock, layout: Layout, policy: KernelPolicy, emu: string, physical: readonly NumaMemblk[], fromFirmware: boolean, parsed: readonly number[], distance: { cnt: number; base: PhysAddr }, maxPfnAddr: PhysAddr, trace: Trace): NumaEmulated | undefined {
  const clipToDram = policy.x86!.numaMemblock.clipToDram
  // The SRAT's own ranges where the board gives them (they may cover more than the banks).
  const srat = fromFirmware && layout.sratMemory !== undefined && layout.sratMemory.length > 0 ? layout.sratMemory : undefined
  const blocks = srat ? srat.map((r) => ({ nid: r.node, start: r.base, end: r.base + r.size })) : physical.map((b) => ({ ...b }))
  const mi: NumaMeminfo = { blk: blocks, nr: blocks.length }
  // The firmware's blocks were checked on their way in (their join lines are not modelled).
  if (!numaCleanupMeminfo(mb, mi, clipToDram, maxPfnAddr)) return undefined
  return numaEmulation(
    mb,
    { emu, physical: mi.blk.slice(0, mi.nr), parsed, distance, maxPfnAddr, numaOff: numaOff(layout.cmdline), gen: policy.numaEmu, clipToDram, memparse: policy.parse.memparse },
    trace,
  )
}

/**
 * Mirrors the node test of numa_register_memblks() (≤6.11; numa_register_nodes() from 6.12):
 * the nodes that get NODE_DATA and come online there, those with memory in memblock whose
 * blocks, clipped to max_pfn as numa_cleanup_meminfo() clips them, span at least
 * NODE_MIN_SIZE (X86Policy.nodeMinSize: 4 MiB before "x86/mm: Drop the 4 MB restriction on
 * minimal NUMA node memory size", else 0). A node left out comes up in free_area_init() as a
 * memoryless one, its memory still in memblock.
 * @kernel arch/x86/mm/numa.c numa_register_memblks, numa_cleanup_meminfo (v6.5:605-609; v5.10.223
 *         without the test)
 */
function onlineNodes(mb: Memblock, blocks: readonly NumaMemblk[], maxPfnAddr: PhysAddr, nodeMinSize: PhysSize): number[] {
  const online: number[] = []
  for (const nid of numaNodesParsed(blocks)) {
    if (nodeIsMemoryless(mb, nid, SZ_4K)) continue
    if (nodeMinSize > 0n) {
      let start = maxPfnAddr
      let end = 0n
      for (const b of blocks) {
        if (b.nid !== nid || b.start >= maxPfnAddr) continue
        if (b.start < start) start = b.start
        const e = b.end < maxPfnAddr ? b.end : maxPfnAddr
        if (e > end) end = e
      }
      if (end > start && end - start < nodeMinSize) continue
    }
    online.push(nid)
  }
  return online
}

/**
 * Mirrors zone_sizes_init(): DMA up to 16 MiB, DMA32 up to 4 GiB, Normal up to max_pfn
 * (max_low_pfn == max_pfn on x86_64 by then), then free_area_init()'s "Zone ranges:" block,
 * with `nodes` the possible nodes and their online state from NUMA init (X86Prefix.zoneNodes).
 * @kernel arch/x86/mm/init.c zone_sizes_init (v5.10–v6.12), arch_zone_limits_init (v7.2)
 */
export function zoneSizesInit(mb: Memblock, layout: Layout, maxPfnAddr: PhysAddr, policy: KernelPolicy, nodes: FreeAreaInitNodes['nodes']): ReturnType<typeof freeAreaInit> {
  const zoneSpecs: ZoneSpec[] = []
  if (layout.config.ZONE_DMA) zoneSpecs.push({ name: 'DMA', limit: min(X86_MAX_DMA, maxPfnAddr) })
  if (layout.config.ZONE_DMA32) zoneSpecs.push({ name: 'DMA32', limit: min(X86_MAX_DMA32, maxPfnAddr) })
  zoneSpecs.push({ name: 'Normal', limit: maxPfnAddr })
  if (layout.config.ZONE_DEVICE) zoneSpecs.push({ name: 'Device', limit: 0n })
  return freeAreaInit(mb, zoneSpecs, layout.pageSize, zoneMovableInput(layout.cmdline, layout.pageSize, policy.parse, policy.zoneMovable), { nodes, generation: policy.memorylessNode })
}

/**
 * Mirrors probe_page_size_mask(): 2M pages with PSE unless debug_pagealloc is on, 1G pages when
 * direct_gbpages (CONFIG_X86_DIRECT_GBPAGES, `gbpages`/`nogbpages`) and the CPU has GBPAGES.
 * @kernel arch/x86/mm/init.c probe_page_size_mask
 */
export function probePageSizeMask(layout: Layout, policy: KernelPolicy): { use2M: boolean; use1G: boolean } {
  const debugPagealloc = debugPageallocEnabled(layout.config, layout.cmdline, policy.parse.kstrtobool)
  return { use2M: !debugPagealloc, use1G: !debugPagealloc && directGbpages(layout) && layout.cpu.gbpages }
}

/** What x86_64's boot has done when reserve_crashkernel() comes. */
interface X86Prefix {
  mb: Memblock
  /** numa=fake= made fake nodes (numa_emulation()). */
  numaEmulated: boolean
  maxPfnAddr: PhysAddr
  pageSizes: { use2M: boolean; use1G: boolean }
  /**
   * What finish() reads of init_mem_mapping()'s state: not its memblock, which is the one
   * finish() goes on with (a kept prefix holding it would keep that boot's memblock alive).
   */
  mapping: Pick<InitMemMappingState, 'tables' | 'topDownProbe' | 'memblockPages' | 'maxPfnMapped'>
  trampoline: PhysAddr
  nodeData: PhysAddr
  /**
   * node_possible_map as free_area_init() finds it: the SRAT's nodes, CPU-only ones too, online
   * only those numa_register_memblks() / numa_register_nodes() brought up (onlineNodes(); the
   * others come online in init_cpu_to_node(), after it). None without an SRAT.
   */
  zoneNodes: FreeAreaInitNodes['nodes']
  /** zone_sizes_init() on the prefix's memblock.memory (the reservation leaves it as it is). */
  zoneBlock: ReturnType<typeof freeAreaInit>
  /** The default CMA area dma_contiguous_reserve() placed, if any. */
  defaultCma: PhysRange | undefined
  /** The hugetlb_cma= areas (hugetlb-cma.ts), in the order they were placed. */
  hugetlbCma: readonly PhysRange[]
  /** dma_numa_cma_reserve()'s per-node areas (cma.ts), in the order they were placed. */
  numaCma: readonly PhysRange[]
}

/**
 * The table the mem= and memmap= handlers leave, entry by entry (x86/e820-table.ts: the
 * firmware's sanitized table, the handlers' __e820__range_add(), __e820__range_update() and
 * e820__range_remove() with their u64 ends), as e820__finish_early_params()'s
 * e820__update_table() merges it, then trim_bios_range()'s page 0 and [BIOS_BEGIN, BIOS_END)
 * taken out of the RAM. A table e820__update_table() refuses never gets here: the boot stopped
 * in early-params.ts.
 * @kernel arch/x86/kernel/e820.c e820__finish_early_params, e820__update_table;
 *         arch/x86/kernel/setup.c trim_bios_range (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
function e820UserTableOf(layout: Layout, policy: KernelPolicy): E820Table {
  const { entries } = e820UserEntries(e820LayoutFirmware(layout), layout.cmdline, policy.parse.memparse, policy.parse.strtoullSaturates)
  const t = e820SanitizedRanges(entries)
  const ram = e820RangeRemoveRam(e820RangeRemoveRam(t.ram, 0n, SZ_4K), BIOS_BEGIN, BIOS_END - BIOS_BEGIN)
  return t.softReserved.length ? { ram, acpi: t.acpi, softReserved: t.softReserved } : { ram, acpi: t.acpi }
}

/** What setup_arch()'s e820 steps leave (x86E820Setup()). */
export interface X86E820 {
  /** The firmware's RAM entries (before the command line), for reserve_bios_regions(). */
  firmwareRam: E820Ram
  /** The RAM entries e820__memblock_setup() adds to memblock.memory. */
  ram: E820Ram
  /** The ACPI-data entries the table ends with (e820__end_of_ram_pfn() counts them from 6.11). */
  acpi: E820Ram
  /** The soft-reserved entries e820__memblock_setup() reserves. */
  softReserved: readonly PhysRange[]
  /** PFN_PHYS(max_pfn): e820__end_of_ram_pfn() after trim_bios_range(). */
  maxPfnAddr: PhysAddr
  /** The kernel image as e820_add_kernel_range() and early_reserve_memory() see it. */
  image: KernelImage
}

/**
 * setup_arch()'s e820 steps, in its order: e820__memory_setup() (the firmware's table), the
 * mem= and memmap= handlers of parse_early_param() and e820__finish_early_params(),
 * e820_add_kernel_range() (its warning to `trace`), trim_bios_range(), then max_pfn =
 * e820__end_of_ram_pfn(). test/fuzz/kernel-e820.test.ts replays the compiled kernel's at this
 * boundary.
 * @kernel arch/x86/kernel/setup.c setup_arch (v5.10.223:886-1015, v6.1.192:950-1072,
 *         v6.12.117:836-947, v7.2.13:963-1036); arch/x86/kernel/e820.c
 */
export function x86E820Setup(layout: Layout, policy: KernelPolicy, trace: Trace): X86E820 {
  const pol = policy.x86!
  // The firmware's table: its RAM (the banks) and ACPI-data entries (e820AcpiData), which
  // e820__end_ram_pfn() counts from 6.11 (policy maxPfnTypes).
  const firmwareAcpi = layout.e820AcpiData ?? []
  const firmwareTable = e820FromFirmware(layout.memory, firmwareAcpi)
  const firmwareRam = e820RemoveNomapReservations(firmwareTable.ram, layout)
  // A command line without "mem" (so without mem= or memmap=) leaves the firmware's table as
  // it is: the same lists (E820Ram is never modified in place).
  const table: E820Table = !layout.cmdline.includes('mem') ? { ram: firmwareRam, acpi: firmwareTable.acpi } : e820UserTableOf(layout, policy)
  // A nomap reservation is e820 reserved: it takes RAM, and loses to ACPI data (a higher type).
  // It is taken out of the command line's table again, though the kernel's table has it as
  // a reserved entry only, which `memmap=exactmap` drops and `memmap=nn%ss-2+1` makes RAM
  // (parse_memmap_one(), arch/x86/kernel/e820.c@v6.12.117:927-931, :951-962): what the
  // firmware keeps in such a range is then reserved by other code, as QEMU's ACPI tables in
  // its reserved top 128 KiB below 2 GiB are by acpi_reserve_initial_tables(): 6.12 on
  // `-M q35 -m 4G` without an initrd, `memmap=exactmap memmap=0x9f000@0
  // memmap=0x7ff00000@0x100000 memmap=2G@0x100000000 crashkernel=256M`, reserved its crash
  // kernel at 0x6f000000, below them, not at 0x70000000 (2026-12-05). The board says
  // nothing of what such a range holds; keeping it all out is what that boot gave.
  const image = kernelImage(layout, pol)
  const userRam = table.ram === firmwareRam ? firmwareRam : e820RemoveNomapReservations(table.ram, layout)
  // (The table itself when its RAM is userRam: a spread copy is V8's slow path, every boot.)
  const e820 = e820AddKernelRange(table.ram === userRam ? table : { ...table, ram: userRam }, image.reserve.base, image.end)
  if (e820) trace.warn('e820', '.text .data .bss are not marked as E820_TYPE_RAM!')
  const ram = e820?.ram ?? userRam
  // MAX_ARCH_PFN: MAXMEM of the paging mode the decompressor chose.
  const maxArch = 1n << x86MaxPhysmemBits(layout, pol)
  const maxPfnAddr = e820EndOfRamPfn(e820 ?? { ram, acpi: table.acpi }, pol.maxPfnTypes, maxArch)
  return { firmwareRam, ram, acpi: e820?.acpi ?? table.acpi, softReserved: (e820 ?? table).softReserved ?? NO_RANGES, maxPfnAddr, image }
}

/** setup_arch() from e820 to dma_contiguous_reserve(): everything before the reservation. */
function x86BootPrefix(layout: Layout, policy: KernelPolicy, trace: Trace): X86Prefix {
  const pol = policy.x86!
  const mb = memblockCreate(layout.pageSize, pol.memblockRsrvKern, policy.memblock)
  // setup_arch() (e820__memblock_setup() in 7.x), before memblock has memory: with
  // movable_node, bottom-up until numa_init() below.
  if (movableNodeIsEnabled(layout.cmdline)) mb.bottomUp = true
  const { firmwareRam, ram, softReserved, maxPfnAddr, image } = x86E820Setup(layout, policy, trace)
  earlyReserveMemory(mb, layout, pol, firmwareRam, image)
  // reserve_brk(), just before e820__memblock_setup(): the brk's used part.
  if (image.brk.size > 0n) memblockReserveKern(mb, image.brk.base, image.brk.size, 'brk')
  // memblock_set_current_limit(ISA_END_ADDRESS); e820__memblock_setup()
  mb.currentLimit = ISA_END_ADDRESS
  e820MemblockSetup(mb, ram, softReserved)
  // ≤5.12 reserve_bios_regions() comes right after e820__memblock_setup() (5.13+ call it in
  // early_reserve_memory(), above): before efi_reserve_boot_services(), which skips a
  // boot-services region overlapping [bios_start, 1M) whole (arch/x86/kernel/setup.c@v5.10.223:1074-1085).
  if (pol.low1M !== 'always') reserveBiosRegions(mb, firmwareRam)
  // efi_reserve_boot_services(), after e820__memblock_setup() and before the trampoline.
  if (layout.efiBootServices) efiReserveBootServices(mb, layout.efiBootServices)
  const trampoline = reserveRealMode(mb, layout, pol, policy.parse.memparse, trace)
  // init_mem_mapping(): page tables from the brk's buffer first.
  const pageSizes = probePageSizeMask(layout, policy)
  const mapping = initMemMapping(mb, {
    end: maxPfnAddr,
    kernelEnd: image.end,
    pgtBuf: { base: image.pgtBuf, pages: pol.pgtBufPages },
    use2M: pageSizes.use2M,
    use1G: pageSizes.use1G,
    probe: pol.mapProbe,
    fiveLevel: pgtableL5Enabled(layout, pol),
  })
  if (pageSizes.use1G) trace.info('mmu', 'Using GB pages for direct mapping')
  // memblock_set_current_limit(get_max_mapped())
  mb.currentLimit = mapping.maxPfnMapped * SZ_4K
  allocDynamicReservations(mb, layout, trace)
  // setup_log_buf(1): "Allocate bigger log buffer", right before reserve_initrd().
  const staticLogBuf = logBufLenOf(layout.config)
  setupLogBuf(mb, newLogBufLen(layout.cmdline, policy.parse.memparse, staticLogBuf), staticLogBuf, pol.logBufStats, printkInfoBytes(layout.config), trace)
  reserveInitrd(mb, layout, trace)
  // acpi_boot_table_init(): the ACPI tables lie in e820-reserved memory, outside memblock.memory.
  // initmem_init() → numa_init(x86_acpi_numa_init): a node per SRAT memory affinity entry;
  // without one (or with numa=off or numa=noacpi), numa_init(dummy_numa_init): node 0 over [0, PFN_PHYS(max_pfn)). Then
  // numa_register_memblks() (≤6.11) / numa_register_nodes() (6.12+): NODE_DATA of each node.
  const firmware = x86NumaMemblks(layout)
  // acpi_numa_init() parses the SLIT after the SRAT: numa_set_distance() allocates the table.
  // numa_emulation()'s string, where numa=fake= gave one the build takes (numa_emu_cmdline()).
  const emu = policy.numaEmu.present && layout.config.NUMA_EMU ? numaEmuCmdline(layout.cmdline) : undefined
  // numa_nodes_parsed, where the table or emulation reads it (most boards: neither).
  const parsed = firmware && (layout.numaDistances || emu !== undefined) ? numaNodesParsed(firmware, cpuOnlyNodes(layout, firmware)) : DUMMY_NODES
  const distance = firmware && layout.numaDistances ? { cnt: parsed[parsed.length - 1]! + 1, base: numaAllocDistance(mb, parsed, SZ_4K) } : NO_DISTANCE_TABLE
  // numa_init(), right after init_func(): "We reset memblock back to the top-down direction
  // here because if we configured ACPI_NUMA, we have parsed SRAT" (x86 always: from 6.12 it
  // passes memblock_force_top_down). NODE_DATA and the crash kernel are allocated top-down.
  mb.bottomUp = false
  const physical = firmware ?? dummyNumaInit(layout.cmdline, maxPfnAddr, trace)
  // numa_emulation(), after numa_cleanup_meminfo(): numa=fake= splits the nodes.
  const emulated = emu === undefined ? undefined : x86NumaEmulation(mb, layout, policy, emu, physical, firmware !== undefined, parsed, distance, maxPfnAddr, trace)
  const blocks = emulated?.blocks ?? physical
  numaRegisterMeminfo(mb, pol.numaMemblock, blocks)
  // alloc_node_data() of each node with memory (arch/x86/mm/numa.c v5.10, v6.1; mm/numa.c
  // from 6.12): the same lines in every version. A node mem= cut off whole gets none here:
  // numa_register_memblks() skips a node numa_cleanup_meminfo() left no block (≤6.11),
  // numa_register_nodes() one get_pfn_range_for_nid() finds no page of (6.12+); it comes up
  // later, as a CPU-only node does (test/boots/numa, the mem= boots).
  const online = onlineNodes(mb, blocks, maxPfnAddr, pol.nodeMinSize)
  const zoneNodes = (emulated?.nodes ?? numaNodesParsed(firmware ?? [], cpuOnlyNodes(layout, firmware))).map((nid) => ({ nid, online: online.includes(nid) }))
  const nodeDatas = online.map((nid) => setupNodeData(mb, nid, layout.boot.nodeData, blocks, ALLOC_NODE_DATA_LOG, trace))
  const nodeData = nodeDatas[0]!
  // dma_contiguous_reserve(max_pfn_mapped << PAGE_SHIFT): only with cma= on Debian's configs.
  let defaultCma: PhysRange | undefined
  let hugetlbCma: readonly PhysRange[] = []
  const numaCma: PhysRange[] = []
  if (layout.config.CMA) {
    // highmem_start: high_memory = __va(max_pfn * PAGE_SIZE - 1) + 1 (setup_arch, before).
    // (A fresh object given its highmem_start, not a spread copy: that is V8's slow path.)
    const rules = cmaRulesOf(pol)
    rules.highmemStart = maxPfnAddr
    // Online: the nodes with memory; a CPU-only node, or one mem= cut off, is possible and
    // not online yet.
    const offline = numaNodesParsed(blocks, cpuOnlyNodes(layout, firmware)).filter((nid) => !online.includes(nid))
    defaultCma = dmaContiguousReserve(mb, mapping.maxPfnMapped * SZ_4K, { cmdline: layout.cmdline, policy, config: layout.config, online, offline }, rules, trace, numaCma)
    // hugetlb_cma_reserve(PUD_SHIFT - PAGE_SHIFT) when the CPU has GBPAGES, right after
    // (arch/x86/kernel/setup.c@v5.10.223:1149-1150, @v6.12.117:1096-1097).
    hugetlbCma = hugetlbCmaReserveBeforeCrash(mb, layout.cmdline, true, layout.cpu.gbpages ? X86_HUGETLB_PAGES : undefined, online, policy, rules, trace)
  }
  // 6.15 – 6.19: hugetlb_bootmem_alloc() right after, in the same GBPAGES block
  // (arch/x86/kernel/setup.c@v6.17:1192-1195): the gigantic pages of hugepages=.
  hugetlbBootmemAllocBeforeCrash(mb, layout.cmdline, hugetlbCma.length > 0, layout.cpu.gbpages, online, policy, trace)
  return {
    mb,
    maxPfnAddr,
    pageSizes,
    mapping: { tables: mapping.tables, topDownProbe: mapping.topDownProbe, memblockPages: mapping.memblockPages, maxPfnMapped: mapping.maxPfnMapped },
    trampoline,
    nodeData,
    zoneNodes,
    numaEmulated: emulated !== undefined,
    zoneBlock: zoneSizesInit(mb, layout, maxPfnAddr, policy, zoneNodes),
    defaultCma,
    hugetlbCma,
    numaCma,
  }
}

/** reserve_crashkernel() (≤6.6) / arch_reserve_crashkernel() (6.7+), zones and the direct map. */
function x86BootFinish(p: X86Prefix, mb: Memblock, prefixMemory: readonly MemblockRegion[], layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult {
  const pol = policy.x86!
  // After SRAT parsing.
  // x86's DEFAULT_CRASH_KERNEL_LOW_SIZE follows swiotlb= (max(swiotlb size + 8 MiB, 256 MiB)).
  const defaultLow = crashLowSizeDefault(layout.cmdline, pol.swiotlb)
  const reserved = reserveCrashkernelOf(mb, trace, layout, policy, X86_CRASH_ADDR_LOW_MAX, X86_CRASH_ADDR_HIGH_MAX, defaultLow)
  const afterCrash = trace.events.length
  const crash = policy.crash.parseCma ? reserveCrashkernelCma(mb, reserved, layout.pageSize, layout.config.CMA, cmaRulesOf(pol), trace) : reserved
  // x86_init.paging.pagetable_init() → paging_init() → zone_sizes_init()
  const zoneBlock = memblockSameMemory(mb, prefixMemory) ? p.zoneBlock : zoneSizesInit(mb, layout, p.maxPfnAddr, policy, p.zoneNodes)
  for (const e of zoneBlock.events) trace.events.push(e)
  // The block itself, printed once find_zone_movable_pfns_for_nodes() has said its piece.
  const zoneLinesAt = trace.events.length
  // free_area_init() ends in memmap_init(), which may meet a node it gave no pg_data_t; past
  // setup_arch(), the early initcall init_real_mode() panics without a trampoline.
  const panic = memmapInit(mb, zoneBlock, pol.memmapInit) ?? initRealMode(p.trampoline)
  const cmaAreas: PhysRange[] = p.defaultCma ? [p.defaultCma] : []
  for (const r of p.hugetlbCma) cmaAreas.push(r)
  for (const r of p.numaCma) cmaAreas.push(r)
  if (crash.cma) for (const r of crash.cma.ranges) cmaAreas.push(r)
  const counts = directMapAfterBoot(p.mapping.tables, mb, p.maxPfnAddr, pol.directMap, cmaAreas, setDebugRodata(layout.cmdline, pol.rodataParam, policy.parse.kstrtobool), layout.image, pol.kfence && kfenceAtBoot(layout.cmdline, layout.config))
  // paging_init()'s zone block comes after the reservation.
  const printed = linesBeforeHang(crash, trace, afterCrash, true, zoneBlock.lines, zoneLinesAt)
  const result: ArchBootResult = {
    mb,
    crash,
    lowMax: X86_CRASH_ADDR_LOW_MAX,
    highMax: X86_CRASH_ADDR_HIGH_MAX,
    zoneLines: printed.zoneLines,
    zoneLinesAt: printed.zoneLinesAt,
    zoneRanges: zoneBlock.zones,
    // Nothing to protect without a region: no crash kernel can be loaded then (its entry and
    // segments must lie in crashk_res: kimage_alloc_init(), kernel/kexec.c, and
    // sanity_check_segment_list(), kernel/kexec_core.c, v6.12.117), as arm64 says too.
    protection: crash.outcome.kind !== 'reserved' ? NO_CRASH_REGION : panic ? panicProtection(panic) : X86_PROTECTION,
    // With fake NUMA nodes the counters after boot take splits per node the measured ones do
    // not cover (test/boots/numa-fake): not modelled. (A boot that panics keeps them: explain
    // shows them as the map had the boot come up.)
    directMapKb: p.numaEmulated ? undefined : directMapKb(counts, p.pageSizes.use1G),
    directMapRuntimeSplits2M: pol.directMap.runtimeSplits2M,
    extra: {
      realModeTrampoline: p.trampoline,
      topDownProbe: p.mapping.topDownProbe,
      pageTablePages: p.mapping.memblockPages,
      nodeData: p.nodeData,
      bootDirectMap: copyDirectPagesCount(p.mapping.tables.count),
      maxPfnMapped: p.mapping.maxPfnMapped,
    },
  }
  if (panic) result.panic = panic
  return result
}

/** x86_64's boot split at the crash reservation (boot-prefix.ts). */
export const x86SplitBoot: SplitBoot<X86Prefix> = { prefix: x86BootPrefix, finish: x86BootFinish }

/**
 * Engine helper (no kernel counterpart): the x86_64 entry of simulate(): the split boot through the shared-prefix store.
 * Runs x86_64 boot up to and including the crash reservation, then zones and the direct map.
 */
export function x86Boot(layout: Layout, policy: KernelPolicy, trace: Trace): ArchBootResult {
  return bootWithSharedPrefix(x86SplitBoot, layout, policy, trace)
}

/**
 * Mirrors cmdline_find_option_bool() — arch/x86/lib/cmdline.c (the boot code's copy in
 * arch/x86/boot/cmdline.c): is `option` a whole word of the command line? Words are split at
 * any byte up to ' ' (myisspace()), so `no5lvl=1` or `xno5lvl` is not the word `no5lvl`.
 * @kernel arch/x86/lib/cmdline.c __cmdline_find_option_bool (v6.12.117:32-110)
 */
export function cmdlineFindOptionBool(cmdline: string, option: string): boolean {
  if (!cmdline.includes(option)) return false
  let i = 0
  while (i < cmdline.length) {
    while (i < cmdline.length && cmdline.charCodeAt(i) <= 0x20) i++
    const start = i
    while (i < cmdline.length && cmdline.charCodeAt(i) > 0x20) i++
    if (i - start === option.length && cmdline.startsWith(option, start)) return true
  }
  return false
}

/**
 * Mirrors the decompressor's choice of paging mode (pgtable_l5_enabled() from then on): 5-level
 * when the build supports it, the CPU has LA57 and `no5lvl` is not a word of the command line
 * (cmdline_find_option_bool()).
 * @kernel arch/x86/boot/compressed/pgtable_64.c configure_5level_paging (v6.12.117:127, v7.2.13:122)
 */
function pgtableL5Enabled(layout: Layout, pol: X86Policy): boolean {
  return pol.fiveLevel && layout.cpu.la57 === true && !cmdlineFindOptionBool(layout.cmdline, 'no5lvl')
}

/**
 * MAX_PHYSMEM_BITS of the paging mode the decompressor chose: 52 with 5-level paging, else 46
 * (MAXMEM, where e820__end_of_ram_pfn() stops max_pfn).
 * @kernel arch/x86/include/asm/sparsemem.h MAX_PHYSMEM_BITS (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
export function x86MaxPhysmemBits(layout: Layout, pol: X86Policy): bigint {
  return pgtableL5Enabled(layout, pol) ? MAX_PHYSMEM_BITS_5LEVEL : MAX_PHYSMEM_BITS_4LEVEL
}

/**
 * direct_gbpages: early_param_on_off("gbpages", "nogbpages", …, CONFIG_X86_DIRECT_GBPAGES).
 * Each handler ignores its value, so `gbpages=1` turns them on too; the last one wins.
 * @kernel include/linux/init.h early_param_on_off; arch/x86/mm/init.c direct_gbpages
 */
function directGbpages(layout: Layout): boolean {
  let on = layout.config.X86_DIRECT_GBPAGES
  // Both names contain `gbpages`: without it in the line, the config decides.
  if (!layout.cmdline.includes('gbpages')) return on
  for (const p of parseEarlyParams(layout.cmdline)) {
    if (parameq(p.param, 'gbpages')) on = true
    else if (parameq(p.param, 'nogbpages')) on = false
  }
  return on
}

