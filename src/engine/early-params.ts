// SPDX-License-Identifier: GPL-2.0-only
/**
 * parse_early_param() as far as the engine follows it there: the early parameters whose
 * handler stops the boot, and what the handlers the engine mirrors print ("Malformed early
 * option", "Memory limited to …"), in command-line order.
 *
 * Every architecture's setup_arch() calls parse_early_param() before the memblock setup the
 * engine mirrors (x86: before e820__memblock_setup(), memblock still empty; arm64 and riscv64:
 * after the DT's memory nodes went into memblock (setup_machine_fdt() / parse_dtb() →
 * early_init_dt_scan()), before arm64_memblock_init() / setup_bootmem()), so a handler that
 * faults there stops the boot before anything else the engine mirrors, the crash reservation
 * included, and what it printed comes before all their lines. next_arg()
 * gives a parameter without '=' a NULL value, and parse_one() hands it to do_early_param()
 * unchecked (parse_early_options() passes no kernel_param table, so nothing rejects a
 * missing value first), which calls each matching early_param() handler with it.
 *
 * The handlers (what they set is read where it takes effect: `mem=` in the arch's memblock
 * code, `cma=` in cma.ts; arm64's `rodata=`, `debug_pagealloc=` and `kfence.*` print from
 * arm64/linear-map-flags.ts):
 *   kernelcore   (every arch) a NULL value: parse_option_str(NULL, "mirror") reads address 0;
 *   movablecore  (every arch) a NULL value: cmdline_parse_core() returns -EINVAL;
 *   memmap       (x86_64) an item `nn%ss-T+T` with one type on both sides: BUG_ON() in
 *                __e820__range_update() (x86/e820.ts parseMemmapOptBug());
 *   mem          a NULL value is malformed everywhere (arm64 and riscv64 return 1, x86_64
 *                -EINVAL); x86_64 refuses `nopentium` and a size of 0 too; arm64 and riscv64
 *                print the limit they set;
 *   reservelow   (x86_64 ≤5.12) a NULL value: -EINVAL;
 *   cma          (CONFIG_DMA_CMA) a NULL value: "cma: Config string not provided", -EINVAL;
 *   debug_pagealloc (CONFIG_DEBUG_PAGEALLOC; x86_64 and riscv64, arm64's is in
 *                linear-map-flags.ts) kstrtobool()'s -EINVAL for NULL or a word it does not know;
 *   swiotlb      (every arch: CONFIG_SWIOTLB) a NULL value: setup_io_tlb_npages() reads *str;
 *   no4lvl, no5lvl (riscv64 6.4+) print what set_satp_mode() already did;
 *   numa         (every arch: CONFIG_NUMA) a NULL value: numa_parse_early_param() (x86's
 *                numa_setup()) returns -EINVAL;
 *   acpi         (arm64) a NULL value or a word parse_acpi() does not know: -EINVAL;
 *   elfcorehdr   (CONFIG_CRASH_DUMP: every arch but riscv64 before 5.13) a NULL value or no
 *                number: -EINVAL;
 *   log_buf_len  (every arch: CONFIG_PRINTK) a NULL value: -EINVAL; over 2 GiB it says so;
 *   hugetlb_cma  (every arch: CONFIG_CMA) a NULL value: memparse() (≤5.16) or the handler
 *                itself (5.17+) reads address 0;
 *   cma_pernuma, numa_cma (CONFIG_DMA_PERNUMA_CMA, arm64 ≤6.5; CONFIG_DMA_NUMA_CMA 6.6+,
 *                numa_cma= only there) a NULL value: memparse() or early_numa_cma() reads
 *                address 0;
 *   hugepages, hugepagesz, default_hugepagesz (every arch, 6.15+) a NULL value: strlen() in
 *                hugetlb_add_param() reads address 0 (6.15 – 6.19), -EINVAL (7.0+); past
 *                HUGE_MAX_CMDLINE_ARGS values, -EINVAL;
 *   hugetlb_cma_only (6.15+, CONFIG_CMA) kstrtobool()'s -EINVAL for NULL or a word it does not know.
 * An arch's own handlers can fault too (arm64 ≤ 5.19's parse_rodata() on a bare `rodata`,
 * arm64/linear-map-flags.ts): parseEarlyParamStops() takes that as `archFault`.
 * test/boots/early-params boots all but no4lvl/no5lvl on Debian's kernels: a bare `cma` prints
 * its two lines on arm64 6.12 and amd64 7.2 and nothing on amd64 5.10 and 6.12 (no CONFIG_CMA);
 * no Debian kernel has CONFIG_DEBUG_PAGEALLOC, so `debug_pagealloc=junk` is no early param
 * there; test/boots/arm64-custom's 6.12-pagealloc build prints "Malformed early option
 * 'debug_pagealloc'" for `debug_pagealloc=junk` and a bare `debug_pagealloc`. `log_buf_len`'s
 * lines are booted on amd64 only (test/boots/log-buf: bare, 3G).
 *
 * @kernel init/main.c parse_early_param, do_early_param; arch/x86/kernel/setup.c,
 *         arch/arm64/kernel/setup.c, arch/riscv/kernel/setup.c setup_arch; kernel/params.c parse_args, parse_one;
 *         lib/cmdline.c next_arg, parse_option_str; mm/page_alloc.c (v5.10.223, v6.1.192),
 *         mm/mm_init.c (v6.12.117, v7.2.13) cmdline_parse_kernelcore, cmdline_parse_movablecore,
 *         cmdline_parse_core; arch/x86/kernel/e820.c parse_memmap_opt, parse_memopt;
 *         arch/arm64/mm/init.c early_mem; arch/riscv/mm/init.c early_mem, print_no4lvl,
 *         print_no5lvl; drivers/base/arch_numa.c numa_parse_early_param;
 *         arch/x86/kernel/setup.c parse_reservelow (v5.10.223);
 *         kernel/dma/contiguous.c early_cma; kernel/dma/swiotlb.c setup_io_tlb_npages;
 *         mm/page_alloc.c (v5.10.223, v6.1.192), mm/debug_page_alloc.c (v6.12.117, v7.2.13)
 *         early_debug_pagealloc; arch/arm64/kernel/acpi.c parse_acpi; kernel/crash_dump.c
 *         setup_elfcorehdr (v5.10.223, v6.1.192; kernel/elfcorehdr.c in v6.12.117, v7.2.13);
 *         kernel/printk/printk.c log_buf_len_setup (v5.10.223, v6.12.117, v7.2.13);
 *         mm/hugetlb.c cmdline_parse_hugetlb_cma (v5.10.223, v6.12.117; mm/hugetlb_cma.c in v7.2.13);
 *         kernel/dma/contiguous.c early_cma_pernuma, early_numa_cma (v5.10.223, v6.12.117, v7.2.13);
 *         mm/hugetlb.c hugetlb_add_param (v6.17, v7.2.13)
 */
import { parseAcpi } from './arm64/acpi.js'
import { earlyKvmModeCfg } from './arm64/pkvm.js'
import { reserveCrashkernelNone } from './crashkernel/reserve.js'
import { HUGE_MAX_CMDLINE_ARGS } from './hugetlb-bootmem.js'
import { parameq, parseEarlyParams, setupElfcorehdrValue } from './params.js'
import { logBufLenUpdate } from './printk.js'
import type { KernelPolicy } from './policies/types.js'
import { riscvMemoryLimitStart, satpModeLevels } from './riscv/setup.js'
import type { Arch, EarlyParamFault, Layout, TraceEvent } from './types.js'
import { parseMemmapOptBug } from './x86/e820.js'
import { e820LayoutFirmware, e820UserMapInvalid } from './x86/e820-table.js'

/** How and where a handler faults. */
interface EarlyParamFaultAt {
  fault: EarlyParamFault
  /** The kernel file and function that faults (`lib/cmdline.c parse_option_str`). */
  at: string
  /** The function alone, as the fault's RIP or pc line names it (`parse_option_str`). */
  fn: string
}

/** An arch handler's fault (arm64/linear-map-flags.ts), at the token of parseEarlyParams() index `index`. */
export interface ArchEarlyParamFaultAt extends EarlyParamFaultAt {
  index: number
}

/** Where and how an early parameter stops the boot. */
export interface EarlyParamStop extends EarlyParamFaultAt {
  /** The token as the command line has it (`kernelcore`, `memmap=256M%0x60000000-1+1`). */
  param: string
}

export interface EarlyParamsResult {
  /** What the handlers printed before the boot went on or stopped, in order. */
  events: TraceEvent[]
  stop?: EarlyParamStop
}

/**
 * What an arch's parameters outside this file print (arm64's linear-map ones, x86's rodata= and
 * kfence.sample_interval=), and where the boot prints it.
 */
export interface ParamTrace {
  /**
   * What their early_param() handlers print in parse_early_param(), by the index of their token
   * in parseEarlyParams(cmdline): simulate() hands it to parseEarlyParamStops(), which prints it
   * in command-line order with this file's handlers' lines.
   */
  early: ReadonlyArray<readonly TraceEvent[] | undefined>
  /**
   * What parse_args("Booting kernel") prints for them (5.10's `rodata=` __setup() handler, the
   * builtin module parameter `kfence.sample_interval` with CONFIG_KFENCE). start_kernel() runs
   * it after setup_arch() has returned and printed "Kernel command line:", so after every line
   * of the arch's boot that the engine mirrors (the crash kernel, CMA and zone lines among
   * them): simulate() puts it there.
   */
  bootingKernel: readonly TraceEvent[]
  /** The handler that faults in parse_early_param() (arm64 ≤ 5.19's parse_rodata() on a bare `rodata`): the boot stops there. */
  fault?: ArchEarlyParamFaultAt
}

/** Nothing printed. */
export const NO_PARAM_TRACE: ParamTrace = { early: [], bootingKernel: [] }

/** What of the layout the handlers read: the page size (PAGE_MASK), CONFIG_DMA_CMA, CONFIG_DEBUG_PAGEALLOC, CONFIG_DMA_NUMA_CMA, CONFIG_NUMA_EMU, the hardware's VA bits (riscv64's paging mode). */
export type EarlyParamLayout = Pick<Layout, 'pageSize' | 'vaBits'> & { config: Pick<Layout['config'], 'CMA' | 'DEBUG_PAGEALLOC' | 'DMA_NUMA_CMA' | 'NUMA_EMU'> } & Partial<Pick<Layout, 'memory' | 'e820AcpiData' | 'reservations' | 'cpu'>>

/** One parse_early_param() pass: what the handlers read, the state they keep, what they printed. */
interface EarlyParamState {
  policy: KernelPolicy
  layout: EarlyParamLayout
  /** riscv64's memory_limit, which each `mem=` lowers. */
  memoryLimit: bigint
  /** hugetlb_param_index: the hugepages=/hugepagesz=/default_hugepagesz= values saved so far. */
  hugetlbParams: number
  /** early_kvm_mode_cfg()'s pr_warn_once() has printed. */
  kvmWarned: boolean
  events: TraceEvent[]
}

/** An early_param() handler: 0, non-zero ("Malformed early option"), or the fault it stops the boot with. */
type EarlyHandler = (val: string | null, st: EarlyParamState) => number | EarlyParamFaultAt

/** A fault in function `fn` of kernel file `file`. */
const faultIn = (fault: EarlyParamFault, file: string, fn: string): EarlyParamFaultAt => ({ fault, at: `${file} ${fn}`, fn })

const EINVAL = -22

const info = (st: EarlyParamState, source: string, text: string): void => {
  st.events.push({ level: 'info', source, text })
}

/**
 * Mirrors cmdline_parse_kernelcore(): `parse_option_str(p, "mirror")` comes first and reads
 * `*p` without testing p (cmdline_parse_core()'s `if (!p)` is never reached), so a bare
 * `kernelcore` reads address 0. A value is never malformed (cmdline_parse_core() returns 0).
 * @kernel mm/page_alloc.c (v5.10.223, v6.1.192), mm/mm_init.c (v6.12.117, v7.2.13)
 *         cmdline_parse_kernelcore; lib/cmdline.c parse_option_str (v5.10.223 – v7.2.13)
 */
const cmdlineParseKernelcore: EarlyHandler = (val) => (val === null ? faultIn('null-dereference', 'lib/cmdline.c', 'parse_option_str') : 0)

/**
 * Mirrors early_initrdmem() (`initrdmem`, and `initrd` through early_initrd()) as far as a
 * NULL value goes: memparse(NULL) → simple_strtoull() (simple_strntoull() from 6.x) →
 * _parse_integer_fixup_radix() reads s[0], address 0 (Debian 6.12.117 amd64: "PANIC: early
 * exception 0x0e … cr2 0x0", RIP in _parse_integer_fixup_radix, test/boots/early-params
 * amd64-6.12-4G-initrd-bare). A value is never malformed (it returns 0); where it moves the
 * initrd (arm64, riscv64) is params.ts initrdFromCmdline().
 * @kernel init/do_mounts_initrd.c early_initrdmem, early_initrd (v5.10.223 – v7.2.13);
 *         lib/cmdline.c memparse; lib/vsprintf.c simple_strtoull; lib/kstrtox.c _parse_integer_fixup_radix
 */
const earlyInitrdmem: EarlyHandler = (val) => (val === null ? faultIn('null-dereference', 'lib/kstrtox.c', '_parse_integer_fixup_radix') : 0)

/**
 * Mirrors setup_elfcorehdr() as far as its return goes (params.ts elfcorehdrAddr() reads the
 * address it sets): NULL is -EINVAL, and so is a value that does not start with a number or
 * a '@' (`return end > arg ? 0 : -EINVAL`, `end` past the '@' whatever follows it: `4K@junk`
 * and `4K@` are accepted, with address 0). Every kernel here has
 * CONFIG_CRASH_DUMP (shared/oracle/kernels/config-*) but riscv64 before 5.13, which has no
 * crash kernel code at all (no KEXEC or CRASH_DUMP in its Kconfig): no such early param.
 * @kernel kernel/crash_dump.c setup_elfcorehdr (v5.10.223, v6.1.192); kernel/elfcorehdr.c (v6.12.117, v7.2.13)
 */
const setupElfcorehdr: EarlyHandler = (val, { policy }) => {
  if (policy.crash.reserve === reserveCrashkernelNone) return 0
  if (val === null) return EINVAL
  return setupElfcorehdrValue(val, policy.parse.memparse).ok ? 0 : EINVAL
}

/**
 * Mirrors cmdline_parse_movablecore() → cmdline_parse_core(): `if (!p) return -EINVAL`.
 * @kernel mm/page_alloc.c (v5.10.223, v6.1.192), mm/mm_init.c (v6.12.117, v7.2.13)
 *         cmdline_parse_movablecore, cmdline_parse_core
 */
const cmdlineParseMovablecore: EarlyHandler = (val) => (val === null ? EINVAL : 0)

/**
 * Mirrors parse_memmap_opt() as far as it can stop the boot; it always returns 0 (each
 * item's -EINVAL is dropped), so it never prints "Malformed early option".
 * @kernel arch/x86/kernel/e820.c parse_memmap_opt (v5.10.223 – v7.2.13)
 */
const parseMemmapOpt: EarlyHandler = (val, { policy }) =>
  val !== null && parseMemmapOptBug(val, policy.parse.memparse, policy.parse.strtoullSaturates) !== undefined
    ? faultIn('bug', 'arch/x86/kernel/e820.c', '__e820__range_update')
    : 0

/**
 * Mirrors x86's parse_memopt() as far as its return goes (x86/e820-table.ts e820UserEntries() applies
 * the size): a NULL value, `nopentium` (x86_32's; x86_64 says so first) and a size of 0
 * (memparse() of no number) are -EINVAL.
 * @kernel arch/x86/kernel/e820.c parse_memopt (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
const parseMemopt: EarlyHandler = (val, st) => {
  if (val === null) return EINVAL
  if (val === 'nopentium') {
    st.events.push({ level: 'warn', source: 'e820', text: 'mem=nopentium ignored! (only supported on x86_32)' })
    return EINVAL
  }
  return st.policy.parse.memparse(val, 0).value === 0n ? EINVAL : 0
}

/**
 * Mirrors arm64's early_mem(): `if (!p) return 1`; else memory_limit = memparse() &
 * PAGE_MASK, printed (arm64/setup.ts earlyMem() applies the last one).
 * @kernel arch/arm64/mm/init.c early_mem (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
const earlyMemArm64: EarlyHandler = (val, st) => {
  if (val === null) return 1
  const limit = st.policy.parse.memparse(val, 0).value & (0n - st.layout.pageSize)
  info(st, 'mm', `Memory limited to ${BigInt.asIntN(64, limit >> 20n)}MB`)
  return 0
}

/**
 * Mirrors riscv's early_mem(): `if (!p) return 1`; else memory_limit = min(memparse() &
 * PAGE_MASK, memory_limit), printed (riscv/setup.ts earlyMem() applies it). ≤5.13 have no
 * early_mem() (it came in 5.14: arch/riscv/mm/init.c@v5.14:140-159; their memoryLimitStart
 * 'minus-page-offset'): `mem=` is no early param there and prints nothing.
 * @kernel arch/riscv/mm/init.c early_mem (v5.14, v6.1.192, v6.12.117, v7.2.13)
 */
const earlyMemRiscv: EarlyHandler = (val, st) => {
  if (st.policy.riscv!.memoryLimitStart === 'minus-page-offset') return 0
  if (val === null) return 1
  const size = st.policy.parse.memparse(val, 0).value & (0n - st.layout.pageSize)
  if (size < st.memoryLimit) st.memoryLimit = size
  info(st, 'mm', `Memory limited to ${BigInt.asIntN(64, st.memoryLimit >> 20n)}MB`)
  return 0
}

/**
 * Mirrors parse_reservelow() (gone in 5.13 with the always-reserved low 1 MiB): `if (!p)
 * return -EINVAL` (x86/setup.ts reserveLow() applies a value).
 * @kernel arch/x86/kernel/setup.c parse_reservelow (v5.10.223)
 */
const parseReservelow: EarlyHandler = (val, { policy }) => (val === null && policy.x86?.low1M !== 'always' ? EINVAL : 0)

/**
 * Mirrors early_cma() (built with CONFIG_DMA_CMA): a NULL value prints "Config string not
 * provided" and is -EINVAL (cma.ts cmaFromCmdline() applies a value).
 * @kernel kernel/dma/contiguous.c early_cma (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
const earlyCma: EarlyHandler = (val, st) => {
  if (val !== null || !st.layout.config.CMA) return 0
  st.events.push({ level: 'err', source: 'cma', text: 'cma: Config string not provided' })
  return EINVAL
}

/**
 * Mirrors early_debug_pagealloc(): kstrtobool() of the generation into
 * _debug_pagealloc_enabled_early, its -EINVAL (NULL, or a word it does not know) returned
 * (params.ts debugPageallocEnabled() applies a value). Registered with CONFIG_DEBUG_PAGEALLOC.
 * @kernel mm/page_alloc.c (v5.10.223, v6.1.192), mm/debug_page_alloc.c (v6.12.117, v7.2.13) early_debug_pagealloc
 */
const earlyDebugPagealloc: EarlyHandler = (val, { policy, layout }) =>
  // arm64's runs inside its own early-param pass (linear-map-flags.ts), which prints for it.
  layout.config.DEBUG_PAGEALLOC && policy.arch !== 'arm64' ? policy.parse.kstrtobool(val).ret : 0

/**
 * Mirrors setup_io_tlb_npages(): its first step is `isdigit(*str)`, so a bare `swiotlb`
 * reads address 0 (x86/swiotlb.ts applies a value).
 * @kernel kernel/dma/swiotlb.c setup_io_tlb_npages (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
const setupIoTlbNpages: EarlyHandler = (val) => (val === null ? faultIn('null-dereference', 'kernel/dma/swiotlb.c', 'setup_io_tlb_npages') : 0)

/**
 * Mirrors numa_parse_early_param() (arm64, riscv64) and x86's numa_setup(), which start alike:
 * `if (!opt) return -EINVAL` (riscv/setup.ts numaOff() applies a value). A `fake=` value goes
 * to numa_emu_cmdline() (x86 always; arm64 and riscv64 from 6.12: NumaEmuGeneration.parsesFake),
 * which is -EINVAL without CONFIG_NUMA_EMU (the stub of arch/x86/include/asm/numa.h@v5.10.223:78-81,
 * include/linux/numa_memblks.h@v6.12.117:46-49): Debian's arm64 and riscv64 builds, and an
 * x86_64 board's `config.NUMA_EMU` false. With it the value is kept for numa_emulation()
 * (numa-emulation.ts numaEmuCmdline()).
 * @kernel drivers/base/arch_numa.c numa_parse_early_param (v6.1.192:27, v6.12.117:23, v7.2.13:23);
 *         arch/arm64/mm/numa.c numa_parse_early_param (v5.10.223:28-37); arch/x86/mm/numa.c
 *         numa_setup (v5.10.223:34-48, v6.12.117:27-41, v7.2.13:28-42)
 */
const numaParseEarlyParam: EarlyHandler = (val, { policy, layout }) => {
  if (val === null) return EINVAL
  const gen = policy.numaEmu
  return gen.parsesFake && !(gen.present && layout.config.NUMA_EMU) && val.startsWith('fake=') ? EINVAL : 0
}

/**
 * Mirrors print_no4lvl() / print_no5lvl() (6.4+, where set_satp_mode() reads the command
 * line first: riscv/setup.ts satpLevels()): they only print, with no newline.
 * @kernel arch/riscv/mm/init.c print_no4lvl, print_no5lvl (v6.12.117, v7.2.13)
 */
const printNoLvl =
  (text: string): EarlyHandler =>
  (_val, st) => {
    if (st.policy.riscv?.satpModeFromCmdline) info(st, 'mm', text)
    return 0
  }

/**
 * Mirrors arm64's parse_acpi() as far as its return goes (arm64/acpi.ts parseAcpi(), whose
 * flags arm64/setup.ts reads): NULL or a word it does not know is -EINVAL.
 * @kernel arch/arm64/kernel/acpi.c parse_acpi (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
const parseAcpiArm64: EarlyHandler = (val, st) => parseAcpi(val, { off: false, on: false, force: false }, st.policy.arm64!.acpiBoot)

/**
 * Mirrors log_buf_len_setup() as far as it prints: NULL is -EINVAL; a size over 2 GiB is
 * clamped, saying so (printk.ts newLogBufLen() applies a value; only x86 allocates the
 * buffer before the crash kernel). Every kernel here has CONFIG_PRINTK.
 * @kernel kernel/printk/printk.c log_buf_len_setup, log_buf_len_update (v5.10.223, v6.12.117, v7.2.13)
 */
const logBufLenSetup: EarlyHandler = (val, st) => {
  if (val === null) return EINVAL
  if (logBufLenUpdate(st.policy.parse.memparse(val, 0).value).over2G) st.events.push({ level: 'err', source: 'printk', text: 'printk: log_buf over 2G is not supported.' })
  return 0
}

/**
 * Mirrors cmdline_parse_hugetlb_cma() (built with CONFIG_CMA) as far as a NULL value goes:
 * 5.10 – 5.16 hand it to memparse(), which reads it in _parse_integer_fixup_radix() (as
 * earlyInitrdmem()); 5.17+ read `*s` first, in the handler itself. A value is never malformed
 * (it returns 0; hugetlb-cma.ts reads it).
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma (v5.10.223:5712-5716, v5.17, v6.12.117:7656-7691);
 *         mm/hugetlb_cma.c (v6.17, v7.2.13:107-113)
 */
const cmdlineParseHugetlbCma: EarlyHandler = (val, { policy, layout }) => {
  if (val !== null || !layout.config.CMA) return 0
  return policy.hugetlbCma.syntax === 'size'
    ? faultIn('null-dereference', 'lib/kstrtox.c', '_parse_integer_fixup_radix')
    : faultIn('null-dereference', policy.hugetlbCma.call === 'before-crash' ? 'mm/hugetlb.c' : 'mm/hugetlb_cma.c', 'cmdline_parse_hugetlb_cma')
}

/**
 * Mirrors early_cma_pernuma() and early_numa_cma() (arm64's CONFIG_DMA_PERNUMA_CMA before 6.6,
 * `cma_pernuma` only; CONFIG_DMA_NUMA_CMA from 6.6, both: the board's DMA_NUMA_CMA) as far as a
 * NULL value goes: memparse() reads it in _parse_integer_fixup_radix(), early_numa_cma() in its
 * own first `*s` (test/boots/numa-cma's bare boots). A value is never malformed (cma.ts
 * numaCmaFromCmdline() reads it).
 * @kernel kernel/dma/contiguous.c early_cma_pernuma (v5.10.223:104-110, v7.2.13:170-176),
 *         early_numa_cma (v6.12.117:100-125, v7.2.13:141-168)
 */
const earlyCmaPernuma: EarlyHandler = (val, { policy, layout }) =>
  val === null && layout.config.CMA && layout.config.DMA_NUMA_CMA && policy.dmaNumaCma !== 'none' ? faultIn('null-dereference', 'lib/kstrtox.c', '_parse_integer_fixup_radix') : 0
const earlyNumaCma: EarlyHandler = (val, { policy, layout }) =>
  val === null && layout.config.CMA && layout.config.DMA_NUMA_CMA && (policy.dmaNumaCma === 'before-global' || policy.dmaNumaCma === 'after-global')
    ? faultIn('null-dereference', 'kernel/dma/contiguous.c', 'early_numa_cma')
    : 0

/**
 * Where strlen() is: lib/string.c on x86_64; arm64's and riscv64's own, whose fault line names
 * arm64's __pi_strlen and riscv64's strlen (test/boots/hugepages' arm64 and riscv64 6.17.8).
 */
const STRLEN: Record<Arch, { file: string; fn: string }> = {
  x86_64: { file: 'lib/string.c', fn: 'strlen' },
  arm64: { file: 'arch/arm64/lib/strlen.S', fn: '__pi_strlen' },
  riscv64: { file: 'arch/riscv/lib/strlen.S', fn: 'strlen' },
}

/**
 * Mirrors hugetlb_add_param() behind the early_param()s of `hugepages`, `hugepagesz` and
 * `default_hugepagesz` (6.15+; __setup() handlers before, which a bare token never reaches):
 * 6.15 – 6.19 strlen() a NULL value, which faults (test/boots/hugepages: amd64 6.16.3 –
 * 6.19.6, arm64 and riscv64 6.17.8), unless the table of values is full already (-EINVAL, tested first);
 * 7.0+ return -EINVAL for it first. A value past HUGE_MAX_CMDLINE_ARGS (hugetlb-bootmem.ts) is
 * -EINVAL too (the values together never pass COMMAND_LINE_SIZE, the other check).
 * hugetlb-bootmem.ts parses the values kept.
 * @kernel mm/hugetlb.c hugetlb_add_param (v6.17:4771-4793: the table at 4776, strlen() at 4779;
 *         v7.2.13:4235-4260)
 */
const hugetlbAddParam: EarlyHandler = (val, st) => {
  const params = st.policy.hugetlbBootmem.params
  if (params === '__setup') return 0
  // 7.x tests the value first; 6.15 – 6.19 test the table first, then strlen() it.
  if (val === null && params === 'early') return EINVAL
  if (st.hugetlbParams >= HUGE_MAX_CMDLINE_ARGS[st.policy.arch]) return EINVAL
  if (val === null) return faultIn('null-dereference', STRLEN[st.policy.arch].file, STRLEN[st.policy.arch].fn)
  st.hugetlbParams++
  return 0
}

/**
 * Mirrors cmdline_parse_hugetlb_cma_only() (6.15+, with CONFIG_CMA): kstrtobool() of the
 * value, whose -EINVAL (a NULL value, a word it does not know) is "Malformed early option".
 * hugetlb-bootmem.ts reads the value.
 * @kernel mm/hugetlb_cma.c cmdline_parse_hugetlb_cma_only (v6.17:131-136)
 */
const cmdlineParseHugetlbCmaOnly: EarlyHandler = (val, { policy, layout }) =>
  layout.config.CMA && policy.hugetlbBootmem.params !== '__setup' && policy.parse.kstrtobool(val).ret !== 0 ? EINVAL : 0

/**
 * arm64's `kvm-arm.mode=` (earlyKvmModeCfg(), arm64/pkvm.ts): its "Malformed early option"
 * and, from 6.1 on a kernel entered at EL1, its one warning. The mode is read again where
 * kvm_hyp_reserve() reads it.
 * @kernel arch/arm64/kvm/arm.c early_kvm_mode_cfg (v6.12.117:2870-2906)
 */
const earlyKvmModeCfgParam: EarlyHandler = (val, st) => {
  const r = earlyKvmModeCfg(val, st.layout.cpu?.el2 === true, st.policy.pkvm)
  if (r.warnsNoHyp && !st.kvmWarned) st.events.push({ level: 'warn', source: 'kvm', text: 'KVM is not available. Ignoring kvm-arm.mode' })
  if (r.warnsNoHyp) st.kvmWarned = true
  return r.ret
}

/** The handlers of mm/, kernel/ and lib/ that every arch has (their own config and release tests inside). */
const GENERIC_HANDLERS: ReadonlyArray<{ name: string; word: string; fn: EarlyHandler }> = [
  { name: 'kernelcore', word: 'core', fn: cmdlineParseKernelcore },
  { name: 'movablecore', word: 'core', fn: cmdlineParseMovablecore },
  { name: 'cma', word: 'cma', fn: earlyCma },
  { name: 'swiotlb', word: 'swiotlb', fn: setupIoTlbNpages },
  { name: 'numa', word: 'numa', fn: numaParseEarlyParam },
  { name: 'initrdmem', word: 'initrd', fn: earlyInitrdmem },
  { name: 'initrd', word: 'initrd', fn: earlyInitrdmem },
  { name: 'elfcorehdr', word: 'elfcorehdr', fn: setupElfcorehdr },
  { name: 'log_buf_len', word: 'buf', fn: logBufLenSetup },
  { name: 'hugetlb_cma', word: 'hugetlb', fn: cmdlineParseHugetlbCma },
  { name: 'cma_pernuma', word: 'pernuma', fn: earlyCmaPernuma },
  { name: 'numa_cma', word: 'numa', fn: earlyNumaCma },
  { name: 'hugepages', word: 'hugepage', fn: hugetlbAddParam },
  { name: 'hugepagesz', word: 'hugepage', fn: hugetlbAddParam },
  { name: 'default_hugepagesz', word: 'hugepage', fn: hugetlbAddParam },
  { name: 'hugetlb_cma_only', word: 'hugetlb', fn: cmdlineParseHugetlbCmaOnly },
]

/**
 * The handlers by arch, with a word the command line must hold for any of them to match: the
 * arch's own, then the generic ones. (Each token is offered to every handler of its name; no
 * two handlers share a name, so the order does not matter.)
 */
const HANDLERS: Record<Arch, ReadonlyArray<{ name: string; word: string; fn: EarlyHandler }>> = {
  x86_64: [
    { name: 'memmap', word: 'memmap', fn: parseMemmapOpt },
    { name: 'mem', word: 'mem', fn: parseMemopt },
    { name: 'reservelow', word: 'reservelow', fn: parseReservelow },
    { name: 'debug_pagealloc', word: 'pagealloc', fn: earlyDebugPagealloc },
    ...GENERIC_HANDLERS,
  ],
  arm64: [
    { name: 'mem', word: 'mem', fn: earlyMemArm64 },
    { name: 'acpi', word: 'acpi', fn: parseAcpiArm64 },
    { name: 'kvm-arm.mode', word: 'kvm', fn: earlyKvmModeCfgParam },
    ...GENERIC_HANDLERS,
  ],
  riscv64: [
    { name: 'mem', word: 'mem', fn: earlyMemRiscv },
    { name: 'debug_pagealloc', word: 'pagealloc', fn: earlyDebugPagealloc },
    { name: 'no4lvl', word: 'lvl', fn: printNoLvl('Disabled 4-level and 5-level paging') },
    { name: 'no5lvl', word: 'lvl', fn: printNoLvl('Disabled 5-level paging') },
    ...GENERIC_HANDLERS,
  ],
}


const NOTHING: EarlyParamsResult = { events: [] }

/**
 * Whether the command line holds a word of one of the arch's handlers, remembered per
 * command line: a fleet repeats a few command lines over thousands of layouts, and a map
 * lookup (the string's hash is kept by the string) costs less than a scan per handler.
 * Bounded like the engine's other stores; emptied by clearEarlyParamStore().
 */
const NAMES_A_HANDLER: Record<Arch, Map<string, boolean>> = { x86_64: new Map(), arm64: new Map(), riscv64: new Map() }
const MAX_REMEMBERED = 4096

function namesAHandler(arch: Arch, cmdline: string): boolean {
  const seen = NAMES_A_HANDLER[arch]
  let yes = seen.get(cmdline)
  if (yes === undefined) {
    yes = HANDLERS[arch].some((h) => cmdline.includes(h.word))
    if (seen.size >= MAX_REMEMBERED) seen.clear()
    seen.set(cmdline, yes)
  }
  return yes
}

/**
 * Engine helper (no kernel counterpart): empties the early-param handler-name store.
 * Empties namesAHandler()'s memory (clearEngineStores(): a cold engine for benchmarks).
 */
export function clearEarlyParamStore(): void {
  for (const m of Object.values(NAMES_A_HANDLER)) m.clear()
}

/**
 * Mirrors e820__finish_early_params() as far as it stops the boot: right after
 * parse_early_param(), a table the mem= / memmap= handlers left with fewer than two entries or
 * an entry past 2^64 is refused by e820__update_table() and the kernel panics "Invalid user
 * supplied memory map" (x86/e820-table.ts e820UserMapInvalid()). The firmware's table is the
 * layout's (none given: nothing checked): its banks (RAM), `nomap` banks and fixed `nomap` reservations (reserved) and
 * `e820AcpiData`. The stop names the last mem= or memmap= word.
 * @kernel arch/x86/kernel/e820.c e820__finish_early_params; arch/x86/kernel/setup.c setup_arch
 *         (v5.10.223:973, v6.1.192:1030, v6.12.117:902, v7.2.13:993)
 */
function e820FinishEarlyParams(cmdline: string, policy: KernelPolicy, layout: EarlyParamLayout): ({ param: string } & EarlyParamFaultAt) | undefined {
  // Without the layout's banks (a caller that passes only what the handlers read) there is no table to check.
  const memory = layout.memory
  if (memory === undefined || !cmdline.includes('mem')) return undefined
  const firmware = e820LayoutFirmware({ memory, e820AcpiData: layout.e820AcpiData, reservations: layout.reservations ?? [] })
  if (!e820UserMapInvalid(firmware, cmdline, policy.parse.memparse, policy.parse.strtoullSaturates)) return undefined
  let param = ''
  for (const p of parseEarlyParams(cmdline)) if (parameq(p.param, 'mem') || parameq(p.param, 'memmap')) param = p.val === null ? p.param : `${p.param}=${p.val}`
  return { param, fault: 'panic', at: 'arch/x86/kernel/e820.c e820__finish_early_params', fn: 'e820__finish_early_params' }
}

/**
 * Mirrors do_early_param() over the command line for the handlers above: each matching
 * handler runs in command-line order; a non-zero return prints "Malformed early option
 * '<param>'"; the first fault stops it all. `printed` is what the arch's own early_param()
 * mirrors printed, by token (parseEarlyParams() index), put in its place among these lines,
 * and `archFault` where one of them faulted (at its token, after what it printed: the
 * arch's handlers are the only ones of their parameters).
 * @kernel init/main.c do_early_param, parse_early_options
 */
export function parseEarlyParamStops(
  arch: Arch,
  cmdline: string,
  policy: KernelPolicy,
  layout: EarlyParamLayout,
  printed: ReadonlyArray<readonly TraceEvent[] | undefined> = [],
  archFault?: ArchEarlyParamFaultAt,
): EarlyParamsResult {
  // A cheap first look (the handlers' names, spelt with '_' or '-'); the tokens decide.
  if (printed.length === 0 && !archFault && !namesAHandler(arch, cmdline)) return NOTHING
  const handlers = HANDLERS[arch].filter((h) => cmdline.includes(h.word))
  const st: EarlyParamState = { policy, layout, memoryLimit: arch === 'riscv64' ? riscvMemoryLimitStart(policy, satpModeLevels(cmdline, layout.vaBits, layout.cpu?.satpMode, policy.riscv!)) : 0n, hugetlbParams: 0, kvmWarned: false, events: [] }
  for (const [i, { param, val }] of parseEarlyParams(cmdline).entries()) {
    // The arch's own handlers of this token (`printed`: arm64's rodata=, debug_pagealloc=, …).
    for (const e of printed[i] ?? []) st.events.push(e)
    if (archFault?.index === i) {
      const { index: _, ...at } = archFault
      return { events: st.events, stop: { param: val === null ? param : `${param}=${val}`, ...at } }
    }
    for (const h of handlers) {
      if (!parameq(param, h.name)) continue
      const ret = h.fn(val, st)
      if (typeof ret !== 'number') return { events: st.events, stop: { param: val === null ? param : `${param}=${val}`, ...ret } }
      if (ret !== 0) st.events.push({ level: 'warn', source: 'params', text: `Malformed early option '${param}'` })
    }
  }
  if (arch === 'x86_64') {
    const stop = e820FinishEarlyParams(cmdline, policy, layout)
    if (stop) {
      st.events.push({ level: 'err', source: 'e820', text: 'Kernel panic - not syncing: Invalid user supplied memory map' })
      return { events: st.events, stop }
    }
  }
  return st.events.length === 0 ? NOTHING : { events: st.events }
}
