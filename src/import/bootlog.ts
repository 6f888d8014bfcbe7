// SPDX-License-Identifier: GPL-2.0-only
/**
 * A boot log (dmesg, `journalctl -k`, or a serial console capture with firmware and user
 * space noise) → the facts crashkernel-check needs, each with the line it came from, and
 * from those a board.
 *
 * Read in two steps: {@link parseBootLog} recognises the kernel's own messages (formats
 * quoted from the printing functions below, kernel-model.md §3–§5) and collects facts;
 * {@link bootLogToBoard} decides which facts become board values, and says why in the
 * provenance. Only the first boot of a log is read (a second `Linux version` starts a new
 * boot, e.g. a kdump kernel; so does journalctl's `-- Boot <id> --` line, or another
 * `_BOOT_ID`). Of a journal in a short format without `-k`, only the kernel's entries are
 * read ({@link shortJournal}).
 *
 * Message formats recognised (all versions 5.10–7.2 unless noted):
 * - `Linux version %s` (init/version.c linux_banner), `Machine model: %s` (of/fdt.c)
 * - `Kernel command line: %s` (init/main.c); x86 also `Command line: %s` (setup.c)
 * - `BIOS-e820: [mem %#018Lx-%#018Lx] %s` (arch/x86/kernel/e820.c e820__print_table; 7.x
 *   names RAM "System RAM" and prints the gaps)
 * - the `Zone ranges:` / `Early memory node ranges` block (mm/mm_init.c free_area_init, §4.4)
 * - a node without memory: `NUMA: Initmem setup node %d [<memory-less node>]` (arm64, riscv64
 *   setup_node_data()), `Initmem setup node %d as memoryless` (5.17+), 5.10's empty span,
 *   `Initializing node %d as memoryless` (5.17 – 6.11), and x86 ≤6.1's `SRAT: PXM %u -> APIC
 *   0x%02x -> Node %u` against `ACPI: SRAT: Node %u PXM %u [mem …]` (arch/x86/mm/srat.c)
 * - `OF: reserved mem: %pa..%pa (%lu KiB) %s %s %s` (6.12+ fdt_init_reserved_mem_node),
 *   `OF: reserved mem: initialized node %s, compatible id %s`, and
 *   `Reserved memory: created CMA memory pool at %pa, size %ld MiB` (kernel/dma/contiguous.c)
 * - `cma: Reserved %lu MiB at %pa[ on node %d]`, `cma: Failed to reserve %lu MiB` (mm/cma.c)
 * - the crashkernel lines of §5 (arm64/riscv/x86, old and generic formats)
 * - `memblock=debug` lines (`memblock_reserve: [%pa-%pa] %pS`, `memblock_alloc_try_nid: %llu
 *   bytes align=%pa nid=%d from=%pa max_addr=%pa %pS`, 7.2 `__memblock_reserve: [..] nid=%d
 *   flags=%x %pS`) and the `MEMBLOCK configuration:` dump (mm/memblock.c)
 * - x86 `RAMDISK: [mem %#010llx-%#010llx]`; OpenSBI's `Domain0 Next Address/Arg1`
 * - a /proc/iomem listing in the log (the oracle's `=====ORACLE-BEGIN iomem=====` section or
 *   any block of `start-end : name` lines)
 */
import type { Board, DynamicReservation, FixedReservation, MemoryBank, Reservation } from '../matrix/generated/board-matrix.js'
import { iomemAcpiData, isIomemLine, parseIomem, type IomemFacts } from './iomem.js'
import { covers, mergeSpans, subtractSpans, type Span } from './ranges.js'
import { kfenceSampleIntervalFromCmdline, parameq, parseEarlyParams } from '../engine/params.js'
import { kfencePoolSize } from '../engine/kfence.js'
import { PHYS_ADDR_MAX, roundUp } from '../engine/phys.js'
import { kernelBuildLayout } from '../engine/arm64/mmu.js'
import { zoneLimitsExact, type ZoneLimitsVariant } from '../engine/arm64/zones.js'
import { policyFor, resolveKernelRelease } from '../engine/policies/index.js'
import type { KernelConfig } from '../engine/types.js'
import { utf8At } from '../limits.js'
import { aliasesAsOne, calibratedProvenance, calibrateUnflattenedDt } from './calibrate.js'
import { boardId, cite, hex, quote, derivedId, toMemory, type ImportProblem, type ImportResult, type Located, type Provenance } from './types.js'
import { QEMU_VIRT_RISCV64_DTB_SIZE } from '../presets/qemu-virt-riscv64.js'

type Arch = NonNullable<Board['arch']>

/** One kernel line of the log, with the prefixes (timestamp, syslog level …) removed. */
export interface BootLine {
  /** 1-based line number in the input. */
  line: number
  text: string
  /** The printk timestamp, e.g. `0.000000`, when there was one. */
  ts?: string
}

export interface ZoneFact {
  name: string
  /** Absent for `empty`. End exclusive (the log prints it inclusive). */
  range?: Span
}

export interface ReservedMemFact {
  name: string
  base?: bigint
  size?: bigint
  nomap?: boolean
  reusable?: boolean
  compatible?: string
  /** `Reserved memory: created CMA memory pool …` */
  cmaPool?: boolean
  failed?: boolean
  /**
   * `Reserved memory: incorrect alignment of CMA region` then `node … compatible matching
   * fail`: a reusable shared-dma-pool the kernel gave back (rmem_cma_setup() -EINVAL).
   */
  cmaMisaligned?: boolean
  lines: Array<{ line: number; text: string }>
}

export type CrashFact =
  | {
      kind: 'reserved'
      region: 'main' | 'low'
      base: bigint
      size: bigint
      /**
       * x86 ≤6.6's "Reserving %ldMB of memory at %ldMB" prints `>> 20` of both: base and size
       * are then the MiB they fall in, not the bytes (arch/x86/kernel/setup.c@v6.1.192:614).
       */
      mib?: true
    }
  | { kind: 'message'; failure: boolean }

export interface MemblockEvent {
  /** The memblock function that printed (`memblock_reserve`, `memblock_alloc_try_nid` …). */
  api: string
  kind: 'add' | 'remove' | 'reserve' | 'free' | 'request' | 'other'
  base?: bigint
  /** Exclusive. */
  end?: bigint
  /** Requests: bytes asked for. */
  size?: bigint
  align?: bigint
  min?: bigint
  max?: bigint
  nid?: number
  /** Function name without offset. */
  caller: string
  line: number
  text: string
}

/** Everything recognised in a boot log. */
export interface BootLogFacts {
  banner?: Located<string>
  /** Kernel release `x.y.z` derived from the banner. */
  release?: Located<string>
  arch?: Located<Arch>
  machine?: Located<string>
  cmdline?: Located<string>
  /**
   * The parameters print_unknown_bootoptions() names (5.14+): neither an early param nor a
   * __setup() one of this build, so a `cma_pernuma=` there says the build has no
   * CONFIG_DMA_NUMA_CMA (init/main.c@v6.12.117 print_unknown_bootoptions).
   */
  unknownParams?: Located<string>
  e820: Array<Located<Span & { type: string }>>
  /**
   * The EFI memory map as efi=debug prints it (`efi: memNN: [<type>|…] range=[…]`,
   * drivers/firmware/efi/memmap.c efi_print_memmap()), the type trimmed (`Boot Data`).
   */
  efiMap: Array<Located<Span & { type: string }>>
  /**
   * Where the EFI stub left the memory map (arm64, riscv64 with efi=debug: efi_get_fdt_params()'s
   * `efi:   MemMap Address : 0x…` and `MemMap Size : 0x…` lines, drivers/firmware/efi/fdtparams.c),
   * which efi_init() memblock_reserve()s page-rounded.
   */
  efiMemmapBase?: Located<bigint>
  efiMemmapSize?: Located<bigint>
  zones: Array<Located<ZoneFact>>
  nodeRanges: Array<Located<Span & { node: number }>>
  /** The "Early memory node ranges" line that opens the node ranges' block. */
  nodeRangesHead?: Located<true>
  /**
   * The log's last line where the text ends inside it, without a newline (a capture cut
   * short; a tail of NUL bytes, a serial capture's padding, is no text): its value is the
   * block it is a line of (`"Early memory node ranges"`, `"Zone ranges"`), or '' outside one.
   */
  cutLine?: Located<string>
  reservedMem: ReservedMemFact[]
  /**
   * The CMA areas dma_contiguous_reserve() declares (`cma: Reserved …` / `cma: Failed to
   * reserve …`): the per-node ones of `numa_cma=`/`cma_pernuma=` first, then the default one;
   * `node` where the kernel prints it (6.6+ on x86: the default area's is -1).
   */
  cma: Array<Located<{ sizeMiB: number; base?: bigint; node?: number }>>
  /**
   * The first `crashkernel CMA reserved: …` / `… reservation failed: …` line: only a kernel
   * with CONFIG_CMA prints it (CRASHKERNEL_CMA, include/linux/crash_reserve.h@v6.17.8:17-24;
   * without it reserve_crashkernel_cma() says "not supported").
   */
  crashCma?: Located<string>
  crash: Array<Located<CrashFact>>
  memblock: MemblockEvent[]
  /**
   * memory[] of the first `MEMBLOCK configuration:` dump that lists memory, with flags (0x4 =
   * NOMAP). Through the EFI stub on arm64 the first dump is reserve_regions()'s, made before
   * it reads the EFI map (memory.cnt 0: drivers/firmware/efi/efi-init.c@v7.2.13:171-172); the
   * next, after the crash reservation, has the map's regions with the NOMAP ones flagged.
   */
  memblockMemory: Array<Located<Span & { flags: number }>>
  /**
   * reserved[] of the first `MEMBLOCK configuration:` dump. On arm64 through the EFI stub that
   * is reserve_regions()'s (drivers/firmware/efi/efi-init.c@v7.2.13:171-172; memblock_dump_all()
   * prints it with memblock=debug, efi=debug or not), before the EFI map is read: what
   * setup_arch() reserved before memblock=debug was parsed (the FDT, setup_machine_fdt())
   * besides the memreserve table efi_config_parse_tables() printed.
   */
  memblockReservedFirst: Array<Located<Span>>
  ramdisk?: Located<Span>
  /** x86 relocate_initrd()'s `Move RAMDISK from [mem …]`: the initrd's exact extent (RAMDISK: is page-rounded). */
  ramdiskMoved?: Located<Span>
  /**
   * The "Zone ranges:" … "Initmem setup node" block of free_area_init() (mm/mm_init.c) as
   * printed, line by line: the zones and the early memory node ranges.
   */
  zoneBlock?: Located<string[]>
  /**
   * The last line read of the "Zone ranges:" list (its head, or its last zone line) where the
   * first boot's lines end inside the list: no line follows its zones ("Movable zone start for
   * each node", which free_area_init() prints after them, or any other), so the zones the
   * kernel printed after that line may be missing from the log.
   */
  zoneListCut?: Located<true>
  /**
   * The last range line of the "Early memory node ranges" list where the first boot's lines end
   * with it: no line follows ("Initmem setup node", which free_area_init() prints after the
   * ranges, or any other), so ranges the kernel printed after it may be missing from the log.
   */
  nodeListCut?: Located<true>
  /** "Run /init as init process" (kernel_init(), init/main.c): the boot reached user space. */
  initRan?: Located<true>
  /**
   * `Memory: …K/…K available` (mem_init_print_info(): mm/mm_init.c, mm/page_alloc.c in 5.10
   * and 6.1), printed once start_kernel() is past setup_arch(), where every architecture
   * reserves the crash kernel: a log with this line would show the crash kernel's line.
   */
  memInit?: Located<true>
  /** x86 /proc/meminfo's DirectMap counters in kB, where the log carries /proc/meminfo. */
  directMapKb?: Located<Record<string, number>>
  /** `NODE_DATA(0) allocated [mem …]` (arm64 and riscv64 ≤6.11: `NUMA: NODE_DATA [mem …]`): the build's pg_data_t, cache-line rounded. */
  nodeData?: Located<Span>
  /**
   * The nodes the log sets up without memory (CPU-only nodes), each at its first line:
   * arm64/riscv64 setup_node_data()'s "NUMA: Initmem setup node N [<memory-less node>]",
   * free_area_init_node()'s "Initmem setup node N as memoryless" (5.17+) or its empty span
   * "[mem 0x0000000000000000-0x0000000000000000]" (5.10), "Initializing node N as memoryless"
   * (5.17 – 6.11, a node not online yet).
   */
  memorylessNodes: Array<Located<number>>
  /** x86 ≤6.1's SRAT: the nodes of its CPUs ("SRAT: PXM P -> APIC 0xA -> Node N"). */
  sratCpuNodes: Array<Located<number>>
  /**
   * x86's SRAT memory affinity entries, as acpi_numa_memory_affinity_init() prints them ("ACPI:
   * SRAT: Node N PXM P [mem …]", drivers/acpi/numa/srat.c, every version): the firmware's node
   * of each part of RAM, memory mem= cut off included.
   */
  sratMemory: Array<Located<Span & { node: number }>>
  opensbiNextAddress?: Located<bigint>
  opensbiNextArg1?: Located<bigint>
  /**
   * U-Boot's bootm/booti on the console before the kernel: `Loading Ramdisk to <start>, end
   * <end>` (end exclusive: boot_ramdisk_high()) and `Loading Device Tree to <start>, end <end>`
   * or `Using Device Tree in place at <start>, end <end>` (end inclusive: boot_relocate_fdt(),
   * its reservation with the padding, not the tree's own size).
   */
  ubootRamdisk?: Located<Span>
  ubootFdt?: Located<Span>
  lpa2?: Located<true>
  /** `CPU: All CPU(s) started at EL2` (true) or `EL1` (false): the firmware's entry level, arm64's smp_cpus_done() → hyp_mode_check(). */
  el2?: Located<boolean>
  /** `kfence: initialized - using N bytes for M objects`: KFENCE is built in and ran at boot. */
  kfence?: Located<true>
  /** `52-bit Virtual Addressing (LVA)`: a 64K CONFIG_ARM64_VA_BITS_52 kernel runs with 52-bit VAs. */
  lva?: Located<true>
  /**
   * PAGE_SIZE, from the dentry or inode hash table line: alloc_large_system_hash() prints
   * the table's size and ilog2(size) - PAGE_SHIFT as its order, and these tables (8-byte
   * buckets) are powers of two, so size >> order is the page size.
   */
  pageSize?: Located<bigint>
  efi?: Located<boolean>
  /**
   * `ACPI: RSDP …` (acpi_tb_print_table_header() from acpi_table_init()): arm64's
   * acpi_boot_table_init() reads the tables only when the kernel will run with ACPI, not the
   * device tree (arch/arm64/kernel/acpi.c@v7.1.3:219-250).
   */
  acpiRsdp?: Located<true>
  /**
   * A NUMA distance table the firmware gives: `ACPI: SLIT …` (acpi_tb_print_table_header(), the
   * table listed) or `OF: NUMA: parsing numa-distance-map-v1` (of_numa_parse_distance_map_v1(),
   * drivers/of/of_numa.c@v6.12.117:87).
   */
  numaDistances?: Located<true>
  /**
   * `printk: log buffer data + meta data: D + M = … bytes` (print_log_buf_usage_stats(), which
   * every 6.14+ boot prints): the buffer's size D (the static one, 1 << CONFIG_LOG_BUF_SHIFT,
   * unless a log_buf_len= buffer replaced it) and sizeof(struct printk_info), M being D / 32
   * records of a 24-byte descriptor and an info each: 112 bytes means
   * CONFIG_PRINTK_EXECUTION_CTX.
   */
  printkUsage?: Located<{ data: bigint; info: bigint }>
  /**
   * `NUMA: Faking a node at [mem …]`: dummy_numa_init() made one node of all memory (no
   * firmware nodes, `numa=off`, or nodes that do not cover the memory), whatever the SRAT said.
   */
  numaFaked?: Located<true>
  /**
   * `Faking node N at [mem …] (NMB)`: NUMA emulation (`numa=fake=`, x86_64) split the nodes,
   * so the zone block's node ranges are the fake nodes, not the firmware's.
   */
  numaEmulated?: Located<true>
  /** `Malformed early option 'numa'`: a `numa` early parameter returned an error (x86: `fake=` without CONFIG_NUMA_EMU, or no value). */
  numaMalformed?: Located<true>
  /**
   * `ACPI: Failed to init ACPI tables`: acpi_boot_table_init() read the tables (the RSDP line is
   * printed) but they failed its checks, and it disabled ACPI again unless `acpi=force`: the
   * kernel then runs with the (stub) device tree (arch/arm64/kernel/acpi.c@v7.1.3:252-257).
   */
  acpiFailed?: Located<true>
  /**
   * efi_config_parse_tables()'s `efi:` line lists an ACPI table (`ACPI 2.0=0x…` or
   * `ACPI=0x…`): the firmware has ACPI tables, whether the kernel reads them or (`acpi=off`)
   * not (drivers/firmware/efi/efi.c@v7.2.13:621-674 common_tables, match_config_table).
   */
  efiAcpi?: Located<true>
  /**
   * A `Machine model:` line (setup_machine_fdt()): the device tree has a model or compatible,
   * so it is the firmware's, not the EFI stub's (`facts.machine` may be the DMI name instead).
   */
  dtModel?: Located<true>
  iomem?: IomemFacts
  /** Number of boots seen (only the first one is read). */
  boots: number
}

// ---------------------------------------------------------------------------------------------
// Lines

/* eslint-disable no-control-regex */
const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-Z\\-_]/g
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f]/g
/* eslint-enable no-control-regex */
const TIMESTAMP = /\[\s*(\d+\.\d+)\]\s?/
/**
 * The time a serial terminal on the host puts before each line it captures, the kernel's and
 * user space's alike: tio's `-t` (`[11:00:00.123] `), minicom's and picocom-style date and
 * time (`[2026-12-07 11:00:00.123] `), grabserial's `-t` elapsed and delta seconds
 * (`[0.123456 0.000100] `). No kernel message starts with a time of day in brackets; a printk
 * time after it is read as before, and a boot without one (`printk.time=0`) is read too.
 */
const CONSOLE_STAMP = /^\[(?:(?:\d{4}-\d\d-\d\d[ T])?\d\d:\d\d:\d\d(?:[.,]\d+)?|\s*\d+\.\d+ +\d+\.\d+)\] ?/
/**
 * journalctl's prefixes (`-o short`, `short-precise`, `short-iso`, `short-iso-precise`,
 * `short-full`, `short-unix`; syslog files share `short`'s): date, host, `kernel:`; with
 * `--no-hostname` (OUTPUT_NO_HOSTNAME) no host. `short-monotonic` puts a printk-like
 * `[    0.000000]` first: {@link JOURNAL_AFTER_TS}; `short-delta` `[    0.000000 <    0.000000 >]`:
 * {@link DELTA_TS}. `with-unit` prints `short-full`'s date, and for the kernel's entries (no
 * `_SYSTEMD_UNIT`) `kernel:` as its identifier.
 */
const JOURNAL = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\dT[\d:.]+(?:[+-]\d\d:?\d\d|Z)?|[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+|\d+\.\d+) (?:\S+ )?kernel: /
/** What `journalctl -o short-monotonic` prints after its `[ seconds]`: host (none with `--no-hostname`) and `kernel:`. */
const JOURNAL_AFTER_TS = /^(?:\S+ )?kernel: /
/**
 * `journalctl -o short-delta`'s `[ seconds <  delta>]` (logs-show.c output_timestamp_monotonic():
 * the delta `%5llu.%06llu` then a space, or `*` when taken from the realtime clock; older
 * systemd printed neither), or sixteen blanks in place of the delta on an entry with no
 * previous one. Host and `kernel:` follow, as in `short-monotonic`.
 */
const DELTA_TS = /^\[\s*(\d+\.\d+)(?: <\s*\d+\.\d+[ *]?>| {16})\]\s?/
const CTIME = /^\[(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [^\]]*\d{4}\]\s?/
/**
 * util-linux dmesg's `-x` (`--decode`): facility and level, each padded to six, before the
 * time (`kern  :info  : [    0.000000] …`, `kern  :warn  : [Tue Dec  1 21:46:15 2026] …`; as
 * dmesg 2.38.1 prints them).
 */
const DMESG_DECODE = /^[a-z0-9]+ *:(?:emerg|alert|crit|err|warn|notice|info|debug) *: /
/**
 * util-linux dmesg's times that carry no printk seconds (as dmesg 2.38.1 prints them):
 * `--time-format iso` `2026-12-01T21:46:15,000000+00:00 `; `reltime` (`-e`, `-H`)
 * `[Dec 1 21:46] ` where the minute changes and `[  +0.000123] ` between; `delta`
 * `[<    0.000123>] `.
 */
const DMESG_TIME = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d,\d{6}[+-]\d\d:\d\d |\[(?:[A-Z][a-z]{2}[ \d]\d \d\d:\d\d|\s*\+\d+\.\d{6}|<\s*\d+\.\d{6}>)\] ?)/
const CALLER = /^\[\s*[TC]\d+\]\s?/
const SYSLOG = /^<\d+>/

/**
 * The head of an entry of journalctl's short formats (systemd src/shared/logs-show.c
 * output_short()): one of their timestamps (the realtime ones {@link JOURNAL} takes, or
 * short-monotonic's `[ seconds]` or short-delta's `[ seconds < delta>]`, {@link DELTA_TS}) and
 * a blank. The host and the identifier with its `: ` follow on an entry:
 * {@link HOST_IDENTIFIER}, {@link IDENTIFIER}. The kernel's entries have the identifier
 * `kernel` and no `[pid]`; user space's have theirs, mostly with one (`systemd[1]`,
 * `kdump-tools[345]`).
 */
const JOURNAL_STAMP = /^(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d(?:\.\d+)?|\d{4}-\d\d-\d\dT[\d:.]+(?:[+-]\d\d:?\d\d|Z)?|[A-Z][a-z]{2} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? \S+|\d+\.\d+|\[\s*\d+\.\d+(?: <\s*\d+\.\d+[ *]?>| {16})?\]) /
/** After an entry's timestamp, as output_short() prints it by default: the host, then the identifier (group 1). */
const HOST_IDENTIFIER = /^\S+ (\S+): /
/** After an entry's timestamp with `--no-hostname` (output_short() drops the host): the identifier (group 1). */
const IDENTIFIER = /^(\S+): /
/** A user-space identifier with its pid, `kdump-tools[345]`. */
const IDENTIFIER_PID = /^[^[\]]+\[\d+\]$/
/**
 * What journalctl prints where the entries of another boot start (the first `_BOOT_ID`
 * differs from the previous entry's): `-- Boot <id> --` (systemd src/journal/journalctl-show.c
 * show()), `-- Reboot --` in older journalctl.
 */
const JOURNAL_BOOT = /^-- (?:Boot [0-9a-f]+|Reboot) --$/

/**
 * A log in one of journalctl's short formats, read without `-k` (`journalctl -b -o short`,
 * `-o short-monotonic`…, a syslog file): the lines to leave out, those of user space's
 * entries, whose messages may quote the kernel's (`kdump-tools[345]: Kernel command line: …`,
 * `sh[400]: [    0.000000] crashkernel reserved: …`), with their continuation lines; and the
 * `-- Boot … --` line where the first boot ends.
 */
export interface ShortJournal {
  /** Indexes (0-based) of the lines that are not the kernel's: user space's entries, journalctl's boot lines. */
  drop: Set<number>
  /** Index of the `-- Boot … --` (`-- Reboot --`) line after the first boot's entries. */
  secondBoot?: number
}

/**
 * Tells a log in a short journalctl format, for the whole file: more than half of the lines
 * that start with one of its timestamps and a blank are entries (`host kernel: ` or
 * `host ident[pid]: `). In a dmesg `[    0.000000] Machine model: foo` has such a timestamp
 * but is no entry (`model` has no `[pid]`), and a dmesg's lines that read as entries (a user
 * space line written to /dev/kmsg) are few.
 *
 * Failing that, the same with `--no-hostname` (`kernel: `, `ident[pid]: ` right after the
 * timestamp), where the kernel's own entries must be among them: a dmesg holds user space's
 * `[    1.000000] systemd[1]: …` lines, all of them when journald forwards the journal to
 * /dev/kmsg (ForwardToKMsg=), but no `kernel: ` after the printk time: no message of the
 * kernel's starts so (kernel/kexec_file.c's `kernel: %p kernel_size: …` has its pr_fmt
 * `kexec_file: ` in front), and user space has no cause to write it. The reading with a host
 * is tried first, so a journal that has one is read as today.
 *
 * Then every entry whose identifier is not `kernel` is left out, and so are the indented
 * lines that continue it (output_short() prints a message's further lines under its first).
 *
 * @returns undefined when `lines` are not such a log (dmesg, a console capture, `-o cat`)
 * @example
 * shortJournal(['Dec 01 10:00:00 host kernel: Zone ranges:', 'Dec 01 10:00:01 host kdump-tools[345]: Kernel command line: crashkernel=1G'])
 * // → { drop: Set { 1 } }
 * shortJournal(['Dec 01 10:00:00 kernel: Zone ranges:', 'Dec 01 10:00:01 kdump-tools[345]: Kernel command line: crashkernel=1G'])
 * // → { drop: Set { 1 } }
 */
export function shortJournal(lines: readonly string[]): ShortJournal | undefined {
  return readShortJournal(lines.map(cleanMessage))
}

/** {@link shortJournal} of lines already {@link cleanMessage}d (splitLog() cleans each line once). */
function readShortJournal(texts: readonly string[]): ShortJournal | undefined {
  let stamped = 0
  const hosted = { entries: 0, kernel: 0, idents: [] as Array<string | undefined> }
  const bare = { entries: 0, kernel: 0, idents: [] as Array<string | undefined> }
  const readings = [[hosted, HOST_IDENTIFIER], [bare, IDENTIFIER]] as const
  for (const t of texts) {
    const m = JOURNAL_STAMP.exec(t)
    if (!m) {
      hosted.idents.push(undefined)
      bare.idents.push(undefined)
      continue
    }
    stamped++
    const rest = t.slice(m[0].length)
    for (const [reading, re] of readings) {
      const ident = re.exec(rest)?.[1]
      reading.idents.push(ident ?? '')
      if (ident === 'kernel') reading.kernel++
      if (ident === 'kernel' || (ident !== undefined && IDENTIFIER_PID.test(ident))) reading.entries++
    }
  }
  const idents = hosted.entries * 2 > stamped ? hosted.idents : bare.entries * 2 > stamped && bare.kernel > 0 ? bare.idents : undefined
  if (!idents) return undefined
  const read: ShortJournal = { drop: new Set() }
  let seen = false
  let dropping = false
  for (const [i, ident] of idents.entries()) {
    if (ident === undefined) {
      const t = texts[i]!
      if (JOURNAL_BOOT.test(t)) {
        read.drop.add(i)
        if (seen && read.secondBoot === undefined) read.secondBoot = i
        dropping = false
      } else if (dropping && /^\s/.test(t)) read.drop.add(i)
      else dropping = false
      continue
    }
    seen = true
    dropping = ident !== 'kernel'
    if (dropping) read.drop.add(i)
  }
  return read
}

/**
 * The kernel's text as a line or a journal message carries it: escape sequences and controls
 * (\r among them) dropped, and a serial terminal's time in front ({@link CONSOLE_STAMP}).
 */
function cleanMessage(s: string): string {
  return s.replace(ANSI, '').replace(CONTROL, '').replace(CONSOLE_STAMP, '')
}

export interface NormalizeLineOptions {
  /**
   * Whether the line may be an entry of `journalctl -o short-monotonic`, whose `host kernel: `
   * (or `kernel: `) after the `[ seconds]` stamp is dropped. false for a line of a log that
   * shortJournal() does not read as a short journal (dmesg, a console capture): there that is
   * the kernel's own text, as in parse_args()'s "Booting kernel: `abc' invalid for parameter
   * `kfence.sample_interval'" (kernel/params.c parse_args(), the `doing` of init/main.c
   * start_kernel()). Default true: a line on its own is read as either.
   */
  shortJournal?: boolean
}

/**
 * One input line → kernel text. A timestamp anywhere in the line marks where the kernel's
 * text starts, so user-space or firmware output glued in front of it is dropped.
 *
 * @example
 * normalizeLine('[    0.000000] host kernel: Zone ranges:').text // → 'Zone ranges:'
 * normalizeLine("[    0.000000] Booting kernel: `abc' invalid for parameter `kfence.sample_interval'", { shortJournal: false }).text
 * // → "Booting kernel: `abc' invalid for parameter `kfence.sample_interval'"
 */
export function normalizeLine(raw: string, opts: NormalizeLineOptions = {}): { text: string; ts?: string } {
  return normalizeText(cleanMessage(raw), opts)
}

/**
 * Whether a line opens as a line of a kernel log does, after its colour codes: a printk time
 * (dmesg, a console), dmesg's other times and `-x` prefix, a syslog level, a journal entry of
 * the kernel's. How the CLI tells a log that starts past the banner (a ring buffer wrapped by
 * memblock=debug) from other text.
 *
 * @example
 * opensAsLogLine('\x1b[32m[    0.000000] \x1b[0mZone ranges:') // → true
 * opensAsLogLine('2026-12-01T21:46:15,000000+00:00 Zone ranges:') // → true
 * opensAsLogLine('40000000-13fffffff : System RAM') // → false
 */
export function opensAsLogLine(raw: string): boolean {
  const t = cleanMessage(raw).replace(SYSLOG, '')
  return JOURNAL.test(t) || DELTA_TS.test(t) || TIMESTAMP.exec(t)?.index === 0 || CTIME.test(t) || DMESG_DECODE.test(t) || DMESG_TIME.test(t)
}

/** {@link normalizeLine} of a line already {@link cleanMessage}d. */
function normalizeText(clean: string, opts: NormalizeLineOptions = {}): { text: string; ts?: string } {
  const t = clean.replace(SYSLOG, '').replace(JOURNAL, '').replace(SYSLOG, '').replace(DMESG_DECODE, '')
  const c = CTIME.exec(t) ?? DMESG_TIME.exec(t)
  if (c) return { text: t.slice(c[0].length).replace(CALLER, '') }
  const d = DELTA_TS.exec(t)
  if (d) return { text: t.slice(d[0].length).replace(JOURNAL_AFTER_TS, ''), ts: d[1]! }
  const m = TIMESTAMP.exec(t)
  if (m) {
    let rest = t.slice(m.index + m[0].length)
    if (m.index === 0 && opts.shortJournal !== false) rest = rest.replace(JOURNAL_AFTER_TS, '')
    return { text: rest.replace(CALLER, ''), ts: m[1]! }
  }
  return { text: t }
}

// ---------------------------------------------------------------------------------------------
// journalctl's structured output formats

/**
 * Kernel messages out of `journalctl -o export` or `-o json` (also `json-seq`, `json-sse`) or
 * `-o verbose`: fields, not lines, so no line prefix to strip (the formats: systemd's
 * docs/JOURNAL_EXPORT_FORMATS.md; verbose: src/shared/logs-show.c output_verbose()). Read are
 * the entries of the kernel (`_TRANSPORT=kernel`, or no `_TRANSPORT`) of the first
 * `_BOOT_ID`, in order; each message line is located at its entry's `MESSAGE` line (export,
 * verbose) or at the entry's line (json).
 */
export interface JournalRead {
  /** The format read (`json-pretty`: recognised but not read, with a `journalFormat` error). */
  format: NonNullable<ReturnType<typeof journalFormat>>
  lines: BootLine[]
  problems: ImportProblem[]
  /** The first line of another boot (`_BOOT_ID`), where the first one ends. */
  secondBoot?: number
  /**
   * Where the text ends inside an entry's message (a capture cut short): the line its message
   * is located at, whose last message line may lack what the kernel printed after it. Not set
   * where the text ends past the message (in another field, or only the last newline missing).
   */
  cut?: number
}

/** `journalctl -k -b` in a format every line of which reads as the kernel printed it, then the structured formats that also do. */
const journalAdvice = (others: string): string => `give \`journalctl -k -b -o short-monotonic\` ${others} instead`

/** The first `n` non-blank lines of `text`, without scanning past them (also how the CLI tells an artefact's kind). */
export function firstLines(text: string, n: number): string[] {
  const out: string[] = []
  for (let start = 0; start < text.length && out.length < n; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    const l = text.slice(start, end)
    if (l.trim() !== '') out.push(l)
    start = end + 1
  }
  return out
}

/** A json-seq record separator or a json-sse `data: ` in front of a JSON entry. */
function jsonEntryText(l: string): string {
  const t = l.startsWith('\x1e') ? l.slice(1) : l
  return t.startsWith('data: ') ? t.slice(6) : t
}

/**
 * The cursor of a `journalctl -o verbose` entry's first line, `<date> [s=…;i=…;b=…;…]`
 * (output_verbose(): the realtime timestamp, or `(no timestamp)`, then the cursor), or
 * undefined when `l` is not such a line.
 */
function verboseCursor(l: string): string | undefined {
  if (l.startsWith(' ') || !l.endsWith(']')) return undefined
  const open = l.lastIndexOf(' [')
  const cursor = l.slice(open + 2, -1)
  return open > 0 && cursor.startsWith('s=') && cursor.includes(';b=') ? cursor : undefined
}

/** A field of a `journalctl -o verbose` entry: four blanks, the name, `=` (journal_field_valid()'s names). */
const VERBOSE_FIELD = /^ {4}([A-Z_][A-Z0-9_]*)=/

/** Which structured journalctl format `text` is in, if any, by its first lines. */
export function journalFormat(text: string): 'export' | 'json' | 'json-pretty' | 'verbose' | undefined {
  // A text saved with CRLF line ends: its lines as the readers see them (a verbose entry's
  // head ends in its cursor's `]`).
  const head = firstLines(text.replace(/^\uFEFF/, ''), 40).map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l))
  const first = head[0]?.trim()
  if (first === undefined) return undefined
  // `-- Logs begin at … --` (older journalctl) or `-- Boot … --` may come first.
  const entryStart = head.find((l) => !l.startsWith('-- '))
  if (entryStart !== undefined && verboseCursor(entryStart) !== undefined && head.some((l) => VERBOSE_FIELD.test(l))) return 'verbose'
  if (first === '{' && head.some((l) => /^\s*"(?:MESSAGE|__CURSOR|_BOOT_ID)" : /.test(l))) return 'json-pretty'
  if (jsonEntryText(first).startsWith('{"')) {
    try {
      const o = JSON.parse(jsonEntryText(first)) as unknown
      if (o !== null && typeof o === 'object' && !Array.isArray(o) && ['MESSAGE', '__CURSOR', '_BOOT_ID'].some((k) => k in o)) return 'json'
    } catch {
      // not one JSON object a line
    }
    return undefined
  }
  const field = (name: string) => head.some((l) => l.startsWith(`${name}=`) || l === name)
  if ((field('__CURSOR') || field('__REALTIME_TIMESTAMP') || field('_BOOT_ID')) && field('MESSAGE')) return 'export'
  return undefined
}

/**
 * Reads `journalctl -o export`, `-o json` or `-o verbose` output; `-o json-pretty`, whose
 * entries span several lines, is named and refused with a `journalFormat` error.
 *
 * @returns undefined when the text is in none of these formats
 * @example
 * readJournal('_BOOT_ID=1\n_TRANSPORT=kernel\nMESSAGE=Zone ranges:\n\n')?.lines // → [{ line: 3, text: 'Zone ranges:' }]
 */
export function readJournal(text: string): JournalRead | undefined {
  const format = journalFormat(text)
  if (format === undefined) return undefined
  const problems: ImportProblem[] = []
  if (format === 'json-pretty') {
    problems.push({ severity: 'error', source: 'bootLog', code: 'journalFormat', message: `the log is \`journalctl -o json-pretty\` output, whose entries span several lines: ${journalAdvice('(or `-o export` / `-o json`, one entry a line)')}`, line: 1 })
    return { format, lines: [], problems }
  }
  const read: JournalRead = { format, lines: [], problems }
  let boot: string | undefined
  /** One entry's fields → lines; false once another boot starts. */
  const entry = (fields: Map<string, string | undefined>, line: number): boolean => {
    const id = fields.get('_BOOT_ID')
    if (id !== undefined) {
      boot ??= id
      if (id !== boot) {
        read.secondBoot = line
        return false
      }
    }
    const transport = fields.get('_TRANSPORT')
    const message = fields.get('MESSAGE')
    if (message === undefined || (transport !== undefined && transport !== 'kernel')) return true
    for (const t of message.split('\n')) read.lines.push({ line, text: cleanMessage(t) })
    return true
  }
  const cut = (line: number) => (read.cut = line)
  if (format === 'json') readJsonEntries(text, entry, problems, cut)
  else if (format === 'verbose') readVerboseEntries(text, entry, problems, cut)
  else readExportEntries(text, entry, problems, cut)
  return read
}

/**
 * The verbose format (logs-show.c output_verbose()): an entry's first line is its date and
 * `[cursor]`, then one `    NAME=value` line a field; a value's further lines are indented
 * under its first (print_multiline() with the prefix `4 + strlen(NAME) + 1`). Lines of
 * neither kind (`-- Boot … --`, a catalog's `-- `/`░░ ` lines under `-x`) are no entry's. A
 * value too long or unprintable is shown as `[312B blob data]` unless `--all`. The boot is
 * `_BOOT_ID`, or the cursor's `b=` when `--output-fields` left `_BOOT_ID` out.
 */
function readVerboseEntries(text: string, entry: JournalEntry, problems: ImportProblem[], cut: (line: number) => void): void {
  let fields: Map<string, string | undefined> | undefined
  let at = 0
  /** The field whose value a more-indented line continues. */
  let open: { name: string; indent: string } | undefined
  const flush = (): boolean => {
    const go = fields === undefined || entry(fields, at)
    fields = undefined
    open = undefined
    return go
  }
  const all = text.split('\n')
  /** The index of the last line of a message read (the MESSAGE field's, or one continuing it). */
  let messageLine = -1
  for (const [i, raw] of all.entries()) {
    const l = raw.replace(/\r$/, '')
    const cursor = verboseCursor(l)
    if (cursor !== undefined) {
      if (!flush()) return
      fields = new Map()
      const boot = cursor.split(';').find((p) => p.startsWith('b='))
      if (boot !== undefined) fields.set('_BOOT_ID', boot.slice(2))
      at = i + 1
      continue
    }
    if (fields === undefined) continue
    if (open && l.startsWith(open.indent)) {
      if (fields.get(open.name) !== undefined) {
        fields.set(open.name, `${fields.get(open.name)!}\n${l.slice(open.indent.length)}`)
        if (open.name === 'MESSAGE') messageLine = i
      }
      continue
    }
    const f = VERBOSE_FIELD.exec(l)
    if (!f) {
      open = undefined
      continue
    }
    const name = f[1]!
    const value = l.slice(f[0].length)
    open = { name, indent: ' '.repeat(f[0].length) }
    if (name !== 'MESSAGE' && name !== '_BOOT_ID' && name !== '_TRANSPORT') continue
    if (name === 'MESSAGE') {
      at = i + 1
      if (value.startsWith('[') && value.endsWith(' blob data]')) {
        problems.push({ severity: 'warning', source: 'bootLog', code: 'journalEntry', message: 'a message `journalctl -o verbose` shows as blob data (too long or unprintable) is not in the log: give `journalctl -o verbose --all`, or `journalctl -k -b -o short-monotonic`, to have it', line: i + 1, excerpt: l.slice(0, 200) })
        fields.set('MESSAGE', undefined)
        continue
      }
      messageLine = i
    }
    fields.set(name, value)
  }
  // The text ends inside a message's line, without a newline.
  if (all.at(-1) !== '' && messageLine === all.length - 1) cut(at)
  flush()
}

type JournalEntry = (fields: Map<string, string | undefined>, line: number) => boolean

/** A JSON field value → text: a string, bytes (non-UTF-8 or unprintable), the first of several values; null (too large) → undefined. */
function jsonFieldText(v: unknown): string | undefined {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) {
    if (v.every((b) => typeof b === 'number')) return new TextDecoder().decode(Uint8Array.from(v as number[]))
    return jsonFieldText(v[0])
  }
  return undefined
}

function readJsonEntries(text: string, entry: JournalEntry, problems: ImportProblem[], cut: (line: number) => void): void {
  const all = text.split('\n')
  for (const [i, raw] of all.entries()) {
    const l = jsonEntryText(raw.replace(/\r$/, ''))
    if (l.trim() === '') continue
    let o: unknown
    try {
      o = JSON.parse(l)
    } catch {
      o = undefined
    }
    if (o === undefined && i === all.length - 1 && l.startsWith('{')) {
      // The text ends inside this entry, without a newline (a capture cut short): its string
      // fields are read as far as they go, and its message, where the text ends inside it, as
      // a log's last line cut short is (journalctl writes _MACHINE_ID, _HOSTNAME … after it: a
      // text cut there has the message whole); cut before its message, it has nothing to read.
      const fields = new Map<string, string | undefined>()
      let open = false
      for (const key of ['_BOOT_ID', '_TRANSPORT', 'MESSAGE']) {
        const v = cutJsonString(l, key)
        if (v !== undefined) fields.set(key, v.text)
        if (key === 'MESSAGE') open = v?.cut === true
      }
      if (fields.get('MESSAGE') !== undefined) {
        if (open) cut(i + 1)
        entry(fields, i + 1)
      }
      return
    }
    if (o === null || typeof o !== 'object' || Array.isArray(o)) {
      problems.push({ severity: 'warning', source: 'bootLog', code: 'journalEntry', message: 'not a journal entry (`journalctl -o json` prints one JSON object a line); skipped', line: i + 1, excerpt: raw.slice(0, 200) })
      continue
    }
    const fields = new Map<string, string | undefined>()
    for (const key of ['_BOOT_ID', '_TRANSPORT', 'MESSAGE']) {
      const v = (o as Record<string, unknown>)[key]
      if (v !== undefined) fields.set(key, jsonFieldText(v))
    }
    if (!entry(fields, i + 1)) return
  }
}

/**
 * The string value of field `name` in a JSON object the text ends inside (`"name":"…`, as
 * journalctl writes it), its escapes decoded, as far as it goes: an escape the cut split is
 * dropped; `cut` where the text ends inside the value (no closing `"`). Undefined where the
 * object has no such string (yet).
 *
 * @example
 * cutJsonString('{"_BOOT_ID":"b0","MESSAGE":"Kernel command line: con', 'MESSAGE') // → { text: 'Kernel command line: con', cut: true }
 * cutJsonString('{"MESSAGE":"Machine model: x","_HOSTNAME":"vi', 'MESSAGE') // → { text: 'Machine model: x', cut: false }
 */
function cutJsonString(l: string, name: string): { text: string; cut: boolean } | undefined {
  const key = `"${name}":"`
  const at = l.indexOf(key)
  if (at < 0) return undefined
  const start = at + key.length
  let end = start
  while (end < l.length && l[end] !== '"') end += l[end] === '\\' ? 2 : 1
  const cut = end >= l.length
  let value = l.slice(start, Math.min(end, l.length))
  // A split escape is at most `\uXXX`: drop up to five characters until the rest reads.
  for (let k = 0; k <= 5; k++, value = value.slice(0, -1)) {
    try {
      return { text: JSON.parse(`"${value}"`) as string, cut }
    } catch {
      // an escape cut short, or not JSON
    }
  }
  return undefined
}

/**
 * The export format: `NAME=value` lines, or a binary-safe field (`NAME`, a newline, a 64-bit
 * little-endian byte count, the bytes, a newline); a blank line ends an entry. The text is
 * already decoded, so the count is read from its eight characters while each is one byte
 * (every byte below 0x80, as in the count of a kernel message with a newline in it whose low
 * byte is below 0x80), and the value is taken by its UTF-8 length; a count that did not
 * survive decoding (a byte of 0x80 or more became U+FFFD) cannot place the next field.
 */
function readExportEntries(text: string, entry: JournalEntry, problems: ImportProblem[], cut: (line: number) => void): void {
  let fields = new Map<string, string | undefined>()
  let at = 0
  let line = 1
  let pos = 0
  const flush = (): boolean => {
    const go = fields.size === 0 || entry(fields, at)
    fields = new Map()
    return go
  }
  const keep = (name: string, value: string, l: number) => {
    if (name === 'MESSAGE' && !fields.has('MESSAGE')) at = l
    if ((name === 'MESSAGE' || name === '_BOOT_ID' || name === '_TRANSPORT') && !fields.has(name)) fields.set(name, value)
  }
  while (pos < text.length) {
    let end = text.indexOf('\n', pos)
    if (end < 0) end = text.length
    const l = text.slice(pos, end).replace(/\r$/, '')
    if (l === '') {
      if (!flush()) return
    } else if (l.includes('=')) {
      const eq = l.indexOf('=')
      // The text ends inside the entry's message, without a newline.
      if (end === text.length && l.slice(0, eq) === 'MESSAGE' && !fields.has('MESSAGE')) cut(line)
      keep(l.slice(0, eq), l.slice(eq + 1), line)
    } else {
      // Binary-safe: the count's eight bytes, then the value.
      const p = end + 1
      // The text ends before the value (a capture cut short): nothing of it to read.
      if (p + 8 > text.length) break
      let size = 0
      for (let k = 0; k < 8; k++) {
        const c = text.charCodeAt(p + k)
        if (!(c < 0x80) || (k >= 4 && c !== 0)) {
          problems.push({ severity: 'error', source: 'bootLog', code: 'journalFormat', message: `the \`journalctl -o export\` field ${l} is binary (its value holds a newline or control character) and its byte count does not survive reading the log as text, so the entries after it cannot be found: ${journalAdvice('or `-o json`')}`, line, excerpt: l })
          return
        }
        size += c * 2 ** (8 * k)
      }
      const start = p + 8
      let q = start
      let bytes = 0
      while (bytes < size && q < text.length) {
        const [b, u] = utf8At(text, q)
        bytes += b
        q += u
      }
      const nameLine = line
      // The text ends inside the entry's message, short of its byte count.
      if (bytes < size && l === 'MESSAGE' && !fields.has('MESSAGE')) cut(nameLine)
      // The name's newline, and those in the count and value, end lines of the text.
      for (let k = end; k < q; k++) if (text.charCodeAt(k) === 10) line++
      keep(l, text.slice(start, q), nameLine)
      end = q
    }
    pos = end + 1
    line++
  }
  flush()
}

interface SplitLog {
  primary: BootLine[]
  /** Sections of the oracle's init (`=====ORACLE-BEGIN name=====`), raw lines. */
  sections: Map<string, BootLine[]>
  /** The log was `journalctl -o export` / `-o json`: its kernel messages are `primary`. */
  journal?: JournalRead
  /** The log is in a short journalctl format and holds another boot from this `-- Boot … --` line on. */
  secondBoot?: BootLine
  /** The lines (1-based) with a NUL byte inside their text ({@link nulInside}), of a log read line by line. */
  nuls: Map<number, NulInside>
}

interface NulInside {
  /** 1-based column (UTF-16 units) of the first NUL inside the line's text. */
  column: number
  count: number
  /** The line without its NULs and \r. */
  excerpt: string
}

/**
 * The NUL bytes inside a raw line, between characters of its text: a serial line's noise (a
 * break, a framing error) where the kernel's character was lost or replaced, which the
 * reading drops with the other controls, so the line's value may be wrong. NULs before or
 * after the text (a serial line at power-on, padding) are not inside it.
 */
function nulInside(raw: string): NulInside | undefined {
  if (!raw.includes('\0')) return undefined
  const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw
  let start = 0
  let end = body.length
  while (start < end && body.charCodeAt(start) === 0) start++
  while (end > start && body.charCodeAt(end - 1) === 0) end--
  let first = -1
  let count = 0
  for (let i = body.indexOf('\0', start); i !== -1 && i < end; i = body.indexOf('\0', i + 1)) {
    if (first < 0) first = i
    count++
  }
  return first < 0 ? undefined : { column: first + 1, count, excerpt: body.replaceAll('\0', '') }
}

function splitLog(text: string): SplitLog {
  const primary: BootLine[] = []
  const sections = new Map<string, BootLine[]>()
  const journal = readJournal(text)
  const nuls = new Map<number, NulInside>()
  if (journal) return { primary: journal.lines, sections, journal, nuls }
  let section: BootLine[] | undefined
  const lines = text.split('\n')
  // Each line cleaned once, for the journal test and the kernel's text alike.
  const texts = lines.map(cleanMessage)
  const short = readShortJournal(texts)
  let secondBoot: BootLine | undefined
  for (const [i, raw] of lines.entries()) {
    const line = i + 1
    if (i === short?.secondBoot) secondBoot = { line, text: texts[i]! }
    if (short?.drop.has(i)) continue
    const nul = nulInside(raw)
    if (nul) nuls.set(line, nul)
    const begin = /=====ORACLE-BEGIN (\S+?)=====/.exec(raw)
    if (begin) {
      section = []
      if (!sections.has(begin[1]!)) sections.set(begin[1]!, section)
      continue
    }
    if (/=====ORACLE-(END \S+?|DONE)=====/.test(raw)) {
      section = undefined
      continue
    }
    if (section) {
      // Cleaned as the kernel's lines are: a capture that colours or stamps every line does so
      // to init's /proc/iomem too.
      section.push({ line, text: texts[i]! })
      continue
    }
    const n = normalizeText(texts[i]!, { shortJournal: short !== undefined })
    // Blanks at the end are a terminal's or a web console's (a copy pads lines to the width):
    // the kernel ends no line it is compared on with one.
    primary.push({ line, text: n.text.trimEnd(), ...(n.ts !== undefined ? { ts: n.ts } : {}) })
  }
  return { primary, sections, nuls, ...(secondBoot && { secondBoot }) }
}

// ---------------------------------------------------------------------------------------------
// Facts

const H = '(0x[0-9a-fA-F]+)'
const big = (s: string): bigint => BigInt(s)

/**
 * The kernel messages read (exported for the regex audit, test/hostile/regex.test.ts). They
 * run on trimmed lines, so none ends in `\s*$`: after a lazy group that retried the trailing
 * run from every position of the group, quadratic on a line with a long run of spaces inside.
 */
export const RE = {
  banner: /Linux version (\S+) (.*)$/,
  booting: /^Booting Linux on physical CPU/,
  machine: /^Machine model: (.+)$/,
  /** The DMI line; {@link dmiSystem} drops its `, BIOS …` part. */
  dmi: /^DMI: (.+)$/,
  cmdline: /^Kernel command line: ?(.*)$/,
  unknownParams: /^Unknown kernel command line parameters "(.*)", will be passed to user space\.$/,
  x86cmdline: /^Command line: ?(.*)$/,
  // 7.x: `BIOS-e820: [mem …]  System RAM` (e820_print_type() pr_cont()s " System RAM" after "] ").
  // The type starts at the first non-space: `\s+(.+)` would split a run of spaces both ways.
  e820: new RegExp(`^BIOS-e820: \\[mem ${H}-${H}\\]\\s+(\\S.*)$`),
  e820old: /^BIOS-e820: ([0-9a-fA-F]{8,16}) - ([0-9a-fA-F]{8,16}) \((.+)\)\s*$/,
  // efi=debug: `efi: mem05: [Boot Data   |   |  |…|UC] range=[0x…-0x…] (12MB)`; the type is
  // the letters and blanks before the first '|' (an unknown type prints `type=N`: not read).
  efiMem: new RegExp(`^efi: mem\\d+: \\[([A-Za-z][A-Za-z ]*)\\|[^\\]]*\\] range=\\[${H}-${H}\\]`),
  // arm64 and riscv64 with efi=debug: reserve_regions()'s `efi:   0x…-0x… [Boot Data   |…|UC]`
  // (drivers/firmware/efi/efi-init.c@v7.2.13:195, the end inclusive).
  efiMemDesc: new RegExp(`^efi:\\s+${H}-${H} \\[([A-Za-z][A-Za-z ]*)\\|`),
  efiMemmapBase: new RegExp(`^efi:\\s+MemMap Address\\s+: ${H}$`),
  efiMemmapSize: new RegExp(`^efi:\\s+MemMap Size\\s+: ${H}$`),
  zoneStart: /^Zone ranges:\s*$/,
  zoneBlockEnd: /^Initmem setup node /,
  // 5.17 – 6.11: an offline node's line comes before its "Initmem setup" line (free_area_init()).
  zoneBlockOffline: /^Initializing node \d+ as memoryless\s*$/,
  initRan: /^Run \S+ as init process$/,
  memInit: /^Memory: \d+K\/\d+K available/,
  directMap: /^(DirectMap(?:4k|2M|1G)):\s+(\d+) kB\s*$/,
  zone: new RegExp(`^\\s*(DMA32|DMA|Normal|HighMem|Movable|Device)\\s+(?:(empty)|\\[mem ${H}-${H}\\])\\s*$`),
  nodeStart: /^Early memory node ranges\s*$/,
  node: new RegExp(`^\\s*node\\s+(\\d+): \\[mem ${H}-${H}\\]\\s*$`),
  resmem: new RegExp(`reserved mem: ${H}\\.\\.${H} \\((\\d+) KiB\\) (nomap|map) (reusable|non-reusable) (\\S+)\\s*$`),
  resmemInit: /reserved mem: initialized node (\S+), compatible id (\S+)/,
  resmemCmaAlign: /^Reserved memory: incorrect alignment of CMA region/,
  resmemInitFail: /reserved mem: node (\S+) compatible matching fail/,
  resmemPool: new RegExp(`Reserved memory: created (CMA|DMA|restricted DMA) (?:memory )?pool at ${H}, size (\\d+) MiB`),
  resmemFail: /(?:reserved mem|Reserved memory): failed to (?:allocate|reserve) memory for node '([^']+)'/,
  cma: new RegExp(`^cma: Reserved (\\d+) MiB at ${H}(?: on node (-?\\d+))?`),
  cmaFail: /^cma: Failed to reserve (\d+) MiB(?: on node (-?\d+))?/,
  // hugetlb_cma_reserve() (mm/hugetlb.c ≤6.14): its area's `cma:` line comes right before.
  hugetlbCmaDone: /^hugetlb_cma: (?:reserved \d+ MiB on node|reservation failed: err)/,
  // reserve_crashkernel_cma() (6.16+): its cma_declare_contiguous() calls print the
  // `cma:` lines between the crash kernel's line and this one.
  crashCma: /^crashkernel CMA (?:reserved: \d+ MB|reservation failed: .*) in \d+ ranges/,
  crashMain: new RegExp(`^crashkernel(?::)? reserved:? ${H} - ${H} \\((\\d+) MB\\)`),
  crashLow: new RegExp(`^crashkernel low memory reserved: ${H} - ${H} \\((\\d+) MB\\)`),
  x86Main: /^Reserving (\d+)MB of memory at (\d+)MB for crashkernel/,
  x86Low: /^Reserving (\d+)MB of low memory at (\d+)MB for crashkernel/,
  crashAny: /crash ?kernel|crahskernel/i,
  crashFailure: /cannot|can't|could ?n[o']t|failed|fail |invalid|expected|unrecognized|zero bytes|ignoring|not supported|too large/i,
  mbRange: new RegExp(`^(\\w*memblock\\w*): \\[${H}-${H}\\](?: nid=(-?\\d+))?(?: flags=(\\S+))? (\\S+)\\s*$`),
  mbRequest: new RegExp(`^(\\w*memblock\\w*): (\\d+) bytes align=${H}(?: nid=(-?\\d+))? from=${H} max_addr=${H} (\\S+)\\s*$`),
  mbDumpStart: /^MEMBLOCK configuration:\s*$/,
  // memblock_dump(): ` memory[0x0]\t[0x…-0x…], 0x… bytes on node 0 flags: 0x0` (or `reserved[…]`).
  mbDumpRegion: new RegExp(`^\\s*(memory|reserved)\\[0x[0-9a-f]+\\]\\s+\\[${H}-${H}\\], ${H} bytes(?: on node \\d+)? flags: ${H}`),
  ramdisk: new RegExp(`^RAMDISK: \\[mem ${H}-${H}\\]`),
  ramdiskMove: new RegExp(`^Move RAMDISK from \\[mem ${H}-${H}\\] to`),
  // alloc_node_data() (x86; arm64 and riscv64 from 6.12), or arm64's setup_node_data() up to 6.11, node 0 first.
  nodeData: new RegExp(`^(?:NODE_DATA\\(0\\) allocated|NUMA: NODE_DATA) \\[mem ${H}-${H}\\]`),
  // free_area_init_node() (mm/mm_init.c@v6.12.117:1719) and arm64/riscv64 setup_node_data() (drivers/base/arch_numa.c@v6.1.192:239, @v6.12.117:210, @v7.2.13:210).
  memorylessNode: /^(?:(?:NUMA: )?Initmem setup node (\d+) (?:as memoryless|\[<memory-less node>\]|\[mem 0x0{16}-0x0{16}\])|Initializing node (\d+) as memoryless)\s*$/,
  // acpi_numa_processor_affinity_init() / acpi_numa_x2apic_affinity_init() (KERN_INFO up to
  // 6.1, pr_debug from 6.12: arch/x86/mm/srat.c@v6.1.192:61,102, @v6.12.117:60,100), and
  // acpi_numa_memory_affinity_init()'s line (drivers/acpi/numa/srat.c).
  sratCpu: /^SRAT: PXM \d+ -> APIC 0x[0-9a-fA-F]+ -> Node (\d+)\s*$/,
  sratMemory: new RegExp(`^ACPI: SRAT: Node (\\d+) PXM \\d+ \\[mem ${H}-${H}\\]`),
  sbiNext: /^Domain0 Next Address\s*:\s*(0x[0-9a-fA-F]+)/,
  sbiArg1: /^Domain0 Next Arg1\s*:\s*(0x[0-9a-fA-F]+)/,
  ubootRamdisk: /^Loading Ramdisk to ([0-9a-fA-F]{1,16}), end ([0-9a-fA-F]{1,16}) \.\.\. OK$/,
  ubootFdt: /^(?:Loading Device Tree to|Using Device Tree in place at) ([0-9a-fA-F]{1,16}), end ([0-9a-fA-F]{1,16})(?: \.\.\. OK)?$/,
  lpa2: /CPU features: detected: 52-bit Virtual Addressing \(LPA2\)\s*$/,
  startedAt: /^CPU: All CPU\(s\) started at EL([12])\s*$/,
  lva: /CPU features: detected: 52-bit Virtual Addressing \(LVA\)\s*$/,
  kfence: /^kfence: initialized - using \d+ bytes for \d+ objects/,
  hashTable: /^(?:Dentry cache|Inode-cache) hash table entries: \d+ \(order: (-?\d+), (\d+) bytes/,
  efiMissing: /^efi: UEFI not found\./,
  efiPresent: /^efi: EFI v\d/,
  acpiRsdp: /^ACPI: RSDP 0x[0-9A-Fa-f]+ /,
  numaDistances: /^(?:ACPI: SLIT 0x[0-9A-Fa-f]+ |OF: NUMA: parsing numa-distance-map-v1\s*$)/,
  numaFaked: /^NUMA: Faking a node at \[mem /,
  numaEmulated: /^Faking node \d+ at \[mem /,
  numaMalformed: /^Malformed early option 'numa'/,
  logBufUsage: /^printk: log buffer data \+ meta data: (\d+) \+ (\d+) = \d+ bytes/,
  acpiFailed: /^ACPI: Failed to init ACPI tables/,
  efiAcpi: /^efi: (?:.* )?ACPI(?: 2\.0)?=0x[0-9a-fA-F]/,
}

/**
 * The system name of dmi_setup()'s `DMI: %s` line (drivers/firmware/dmi_scan.c): the text
 * before its `, BIOS …` part (from the second character on, as the lazy `(.+?)(?:, BIOS .*)?`
 * it replaces found it, without retrying the rest of the line from every position).
 *
 * @example
 * dmiSystem('QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014') // → 'QEMU Standard PC (Q35 + ICH9, 2009)'
 */
export function dmiSystem(value: string): string {
  const bios = value.indexOf(', BIOS ', 1)
  return bios < 0 ? value : value.slice(0, bios)
}

/**
 * Whether a `DMI: …` line is dmi_format_ids()'s system name. Since 7.1 every line of
 * drivers/firmware/dmi_scan.c carries the "DMI: " prefix (its pr_fmt, dmi_scan.c@v7.2.13:3;
 * the releases boot of 7.0.4 prints "SMBIOS 2.8 present." bare, 7.1.3's "DMI: SMBIOS 2.8
 * present."), so the first such line is no longer the name: the others are told by their
 * fixed texts (dmi_scan.c@v7.2.13:114-838).
 *
 * @example
 * isDmiSystemName('SMBIOS 2.8 present.') // → false
 * isDmiSystemName('QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014') // → true
 */
export function isDmiSystemName(value: string): boolean {
  if (value.endsWith(' present.') && (value.startsWith('SMBIOS ') || value.startsWith('Legacy DMI '))) return false
  if (value.startsWith('Memory slots populated: ') || value.startsWith('[Firmware Bug]')) return false
  return value !== 'not present or invalid.' && value !== 'Firmware registration failed.'
}

/** Where `.` stops. */
const LINE_TERMINATORS = '\n\r\u2028\u2029'

/** A distribution's kernel version after the build number (`#1 SMP Debian 6.1.192-3`). */
const DISTRO_RELEASE = /\b(?:Debian|Ubuntu) (\d+\.\d+\.\d+)/
/**
 * Ubuntu's version signature at the end of the banner, `(Ubuntu 5.15.0-204.214-generic
 * 5.15.224)`: its package version first (the ABI's "5.15.0"), then the upstream stable
 * release the build is based on, which is the one the kernel's behaviour follows.
 */
const UBUNTU_SIGNATURE = /\(Ubuntu \S+ (\d+\.\d+\.\d+)\)/

/**
 * `5.10.0-32-arm64 … Debian 5.10.223-1` → 5.10.223; `5.15.0-204-generic … (Ubuntu
 * 5.15.0-204.214-generic 5.15.224)` → 5.15.224; `6.0.0-rc2+` → 6.0.0.
 */
export function releaseFromBanner(uname: string, rest: string): string | undefined {
  // The distribution's version follows the build number ("#1 SMP Debian 6.1.192-3"); the
  // compiler's ("(Debian 12.2.0-14)") comes before it. Searched from the first "#<digits>"
  // of each line only: /#\d+.*?\b(?:Debian|Ubuntu) …/ searched the rest of the line from
  // every "#", quadratic on a banner of many; a later "#" on the same line finds nothing
  // the first one does not.
  for (let start = 0, i = 0; i <= rest.length; i++) {
    if (i < rest.length && !LINE_TERMINATORS.includes(rest.charAt(i))) continue
    const line = rest.slice(start, i)
    start = i + 1
    const build = /#\d+/.exec(line)
    if (!build) continue
    // From the build number's last digit, which \b looks back at.
    const after = line.slice(build.index + build[0].length - 1)
    // Ubuntu's "(Ubuntu <package version> <upstream release>)": the upstream release, not
    // the package version's "5.15.0" that DISTRO_RELEASE would take (5.15.0-204 is 5.15.224).
    const ubuntu = UBUNTU_SIGNATURE.exec(after)
    if (ubuntu) return ubuntu[1]
    const distro = DISTRO_RELEASE.exec(after)
    if (distro) return distro[1]
  }
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(uname)
  return m ? `${m[1]}.${m[2]}.${m[3] ?? '0'}` : undefined
}

/**
 * Whether a `Linux version` banner is an Ubuntu build's (its build number tagged `-Ubuntu`, as
 * `#36-Ubuntu SMP` or `#29~24.04.1-Ubuntu SMP`) without the version signature that names the
 * upstream release it is based on: Ubuntu's 6.1 OEM builds end the banner after the build
 * date (test/boots/ubuntu), so the release read is the package's, `6.1.0`.
 */
export function ubuntuWithoutUpstreamRelease(banner: string | undefined): boolean {
  if (banner === undefined) return false
  const hash = banner.indexOf('#')
  if (hash < 0) return false
  const after = banner.slice(hash)
  return after.includes('-Ubuntu ') && !UBUNTU_SIGNATURE.test(after)
}

function archFromBanner(banner: string): Arch | undefined {
  if (/aarch64|arm64/.test(banner)) return 'arm64'
  if (/x86_64|amd64|x86-64/.test(banner)) return 'x86_64'
  if (/riscv64/.test(banner)) return 'riscv64'
  return undefined
}

const PAGE_SIZE_NAMES = new Map<bigint, '4K' | '16K' | '64K'>([[4096n, '4K'], [16384n, '16K'], [65536n, '64K']])

/** Node 0's NODE_DATA as its line (RE.nodeData) gives it, [base, end), or undefined for another line. */
export function nodeDataSpan(line: string): Span | undefined {
  const m = RE.nodeData.exec(line)
  return m ? { base: big(m[1]!), end: big(m[2]!) + 1n } : undefined
}

function emptyFacts(): BootLogFacts {
  return { e820: [], efiMap: [], zones: [], nodeRanges: [], reservedMem: [], cma: [], crash: [], memblock: [], memblockMemory: [], memblockReservedFirst: [], memorylessNodes: [], sratCpuNodes: [], sratMemory: [], boots: 0 }
}

function callerName(s: string): string {
  return s.replace(/\+0x[0-9a-f]+\/0x[0-9a-f]+$/, '')
}

function memblockKind(api: string): MemblockEvent['kind'] {
  if (/_add$/.test(api)) return 'add'
  if (/_remove$/.test(api)) return 'remove'
  if (/reserve$/.test(api)) return 'reserve'
  if (/free/.test(api)) return 'free'
  return 'other'
}

/**
 * The EFI memory types is_usable_memory() takes as RAM when mapped write-back
 * (drivers/firmware/efi/efi-init.c@v7.2.13:137-156), as efi=debug names them; the WB
 * attribute is not read (firmware marks RAM WB).
 */
const EFI_USABLE = new Set(['Loader Code', 'Loader Data', 'ACPI Reclaim', 'Boot Code', 'Boot Data', 'Conventional', 'Persistent'])

/** The memblock=debug callers of the reservations efi_init() makes (arm64: efi-init.c reserve_regions(), efi.c efi_*_init(), efi_config_parse_tables()). */
const EFI_RESERVE = /^(reserve_regions|efi_[a-z_]+)$/

/** The memblock=debug callers of reservations made while the DT is scanned (static nodes, /memreserve/). */
const STATIC_RESERVE = /reserved_mem|early_init_dt_reserve_memory|fdt_reserve_elfcorehdr|fdt_scan_reserved/

/**
 * Collects the facts of one stream of kernel lines (the first boot only).
 *
 * @returns how many of `lines` are the first boot's: all, or those before the next boot's banner
 */
function collect(lines: readonly BootLine[], facts: BootLogFacts, problems: ImportProblem[], openLine?: number): number {
  let inZones = false
  let inNodes = false
  /** The last line of the zone list while no line has ended it ({@link BootLogFacts.zoneListCut}). */
  let zoneList: Located<true> | undefined
  /** The last node range line while no line has followed it ({@link BootLogFacts.nodeListCut}). */
  let nodeList: Located<true> | undefined
  /** The zone block's lines so far, while it is being printed. */
  let zoneBlock: string[] | undefined
  /** The zone block just read, while "Initmem setup node" lines of further nodes follow it. */
  let zoneBlockTail: string[] | undefined
  let dump: 'none' | 'in' | 'done' = 'none'
  let memoryDump: 'none' | 'in' | 'done' = 'none'
  let pendingPool: ReservedMemFact | undefined
  // The CMA alignment complaint of rmem_cma_setup(), for the node whose init fails next.
  let cmaMisaligned: { line: number; text: string } | undefined
  /** facts.cma's length at the last crash kernel line (see RE.crashCma). */
  let cmaBeforeCrashCma = 0
  let x86cmd: Located<string> | undefined
  /** The line number of the last "Kernel command line:" line taken: the next line may continue it. */
  let cmdlineLine = -1
  let dmi: Located<string> | undefined
  const resmem = (name: string): ReservedMemFact => {
    let r = facts.reservedMem.find((x) => x.name === name)
    if (!r) {
      r = { name, lines: [] }
      facts.reservedMem.push(r)
    }
    return r
  }
  // U-Boot's lines before the first kernel's banner: where bootm/booti put the initrd and the DT.
  const readUboot = (s: string, at: <T>(value: T) => Located<T>): boolean => {
    let m: RegExpExecArray | null
    if ((m = RE.ubootRamdisk.exec(s))) facts.ubootRamdisk ??= at({ base: BigInt(`0x${m[1]!}`), end: BigInt(`0x${m[2]!}`) })
    else if ((m = RE.ubootFdt.exec(s))) facts.ubootFdt ??= at({ base: BigInt(`0x${m[1]!}`), end: BigInt(`0x${m[2]!}`) + 1n })
    else return false
    return true
  }
  // In a timestamped log, a line without a timestamp is not the kernel's (firmware, user
  // space, a header): only OpenSBI's banner and U-Boot's lines above are read from such lines.
  const timestamped = lines.some((l) => l.ts !== undefined)
  let read = lines.length
  for (const [i, l] of lines.entries()) {
    const t = l.text
    const s = t.trim()
    const at = <T>(value: T): Located<T> => ({ value, line: l.line, text: t })
    if (l.line === openLine) facts.cutLine = at(inNodes ? '"Early memory node ranges"' : inZones || zoneBlock ? '"Zone ranges"' : '')
    if (s === '') continue
    // Any line after the node ranges ends their list ("Initmem setup node" is read further on);
    // a range line sets it again below, and one cut short is cutShort's to tell.
    nodeList = undefined
    if (timestamped && l.ts === undefined) {
      let m: RegExpExecArray | null
      if ((m = RE.sbiNext.exec(s))) facts.opensbiNextAddress ??= at(big(m[1]!))
      else if ((m = RE.sbiArg1.exec(s))) facts.opensbiNextArg1 ??= at(big(m[1]!))
      else if (!facts.banner) readUboot(s, at)
      continue
    }

    const banner = RE.banner.exec(s)
    const booting = RE.booting.test(s)
    if (banner || booting) {
      // arm64 prints "Booting Linux on physical CPU" just before the banner of the same boot.
      if (facts.banner || (booting && facts.boots > 0)) {
        problems.push(secondBootProblem(l.line, t))
        // Not return: the first boot's fallbacks below (x86's `Command line:`, `DMI:`) still apply.
        read = i
        break
      }
      if (banner) {
        facts.banner = at(`${banner[1]} ${banner[2]}`)
        const release = releaseFromBanner(banner[1]!, banner[2]!)
        if (release) facts.release = at(release)
        const arch = archFromBanner(s)
        if (arch) facts.arch = at(arch)
      }
      facts.boots = 1
      continue
    }

    // A node without memory (a CPU-only node): free_area_init_node() says so in the zone block,
    // arm64/riscv64 setup_node_data() at NUMA init (every version).
    if (!facts.initRan) {
      const ml = RE.memorylessNode.exec(s)
      if (ml) {
        const nid = Number(ml[1] ?? ml[2])
        if (!facts.memorylessNodes.some((n) => n.value === nid)) facts.memorylessNodes.push(at(nid))
      }
      const cpu = RE.sratCpu.exec(s)
      if (cpu && !facts.sratCpuNodes.some((n) => n.value === Number(cpu[1]))) facts.sratCpuNodes.push(at(Number(cpu[1])))
      const srat = RE.sratMemory.exec(s)
      if (srat) {
        const block = { node: Number(srat[1]), base: big(srat[2]!), end: big(srat[3]!) + 1n }
        if (!facts.sratMemory.some((b) => b.value.node === block.node && b.value.base === block.base)) facts.sratMemory.push(at(block))
      }
    }
    if (zoneBlock) {
      zoneBlock.push(t)
      if (RE.zoneBlockEnd.test(s)) {
        facts.zoneBlock = at(zoneBlock)
        zoneBlockTail = zoneBlock
        zoneBlock = undefined
        continue
      }
    } else if (zoneBlockTail) {
      // free_area_init() prints one "Initmem setup node" line per node, one after another;
      // memblock=debug's lines of an offline node's pg_data_t (x86 6.1+: memblock_alloc())
      // may come between, and are read below as any such line.
      if (RE.zoneBlockEnd.test(s) || RE.zoneBlockOffline.test(s)) {
        zoneBlockTail.push(t)
        continue
      }
      if (!RE.mbRequest.test(s) && !RE.mbRange.test(s)) zoneBlockTail = undefined
    }
    if (RE.initRan.test(s)) {
      facts.initRan ??= at(true as const)
      continue
    }
    // Everything read below is printed before kernel_init() starts user space; after it, such
    // a line is user space's (an init script's `dmesg | grep crash`, kdump-tools' messages),
    // which a log without timestamps cannot otherwise tell from the kernel's.
    if (facts.initRan) continue
    if (RE.memInit.test(s)) {
      facts.memInit ??= at(true as const)
      continue
    }
    // Blocks first: their lines are short and would match nothing else anyway.
    if (RE.zoneStart.test(s)) {
      if (!facts.zoneBlock) zoneBlock = [t]
      inZones = facts.zones.length === 0
      if (inZones) zoneList = at(true as const)
      inNodes = false
      continue
    }
    if (RE.nodeStart.test(s)) {
      facts.nodeRangesHead ??= at(true as const)
      inNodes = facts.nodeRanges.length === 0
      inZones = false
      zoneList = undefined
      continue
    }
    if (inZones) {
      const z = RE.zone.exec(t)
      if (z) {
        facts.zones.push(at(z[2] ? { name: z[1]! } : { name: z[1]!, range: { base: big(z[3]!), end: big(z[4]!) + 1n } }))
        zoneList = at(true as const)
        continue
      }
      // Any whole line after the zones ends their list; a last line cut short may be a zone's.
      if (l.line !== openLine) zoneList = undefined
      if (!/^Movable zone start|^\s*Node \d+:/.test(s)) inZones = false
    }
    if (inNodes) {
      const n = RE.node.exec(t)
      if (n) {
        facts.nodeRanges.push(at({ node: Number(n[1]), base: big(n[2]!), end: big(n[3]!) + 1n }))
        nodeList = at(true as const)
        continue
      }
      inNodes = false
    }
    if (dump === 'in' || memoryDump === 'in') {
      const m = RE.mbDumpRegion.exec(t)
      if (m) {
        const span = { base: big(m[2]!), end: big(m[3]!) + 1n }
        if (m[1] !== 'memory') {
          if (dump === 'in') facts.memblockReservedFirst.push(at(span))
        } else if (memoryDump === 'in' && big(m[4]!) > 0n) facts.memblockMemory.push(at({ ...span, flags: Number(big(m[5]!)) }))
        continue
      }
      if (!/^\s*(memory|reserved)( size|\.cnt|\[)/.test(t)) {
        if (dump === 'in') dump = 'done'
        // A dump of an empty memory[] (reserve_regions()'s, before the EFI map is read; 5.10
        // shows the empty array as one region of 0 bytes) leaves the memory to the next one.
        if (memoryDump === 'in') memoryDump = facts.memblockMemory.length > 0 ? 'done' : 'none'
      }
    }
    if (RE.mbDumpStart.test(s)) {
      if (dump === 'none') dump = 'in'
      if (memoryDump === 'none') memoryDump = 'in'
      continue
    }

    let m: RegExpExecArray | null
    if ((m = RE.mbRange.exec(s))) {
      const base = big(m[2]!)
      const last = big(m[3]!)
      facts.memblock.push({
        api: m[1]!,
        kind: memblockKind(m[1]!),
        base,
        end: last + 1n,
        ...(m[4] !== undefined ? { nid: Number(m[4]) } : {}),
        caller: callerName(m[6]!),
        line: l.line,
        text: t,
      })
      continue
    }
    if ((m = RE.mbRequest.exec(s))) {
      facts.memblock.push({
        api: m[1]!,
        kind: 'request',
        size: big(m[2]!),
        align: big(m[3]!),
        ...(m[4] !== undefined ? { nid: Number(m[4]) } : {}),
        min: big(m[5]!),
        max: big(m[6]!),
        caller: callerName(m[7]!),
        line: l.line,
        text: t,
      })
      continue
    }
    if ((m = RE.machine.exec(s))) {
      facts.machine ??= at(m[1]!)
      facts.dtModel ??= at(true)
      continue
    }
    if ((m = RE.dmi.exec(s))) {
      // ACPI machines print no "Machine model"; the DMI system name stands in.
      if (isDmiSystemName(m[1]!)) dmi ??= at(dmiSystem(m[1]!))
      continue
    }
    if ((m = RE.unknownParams.exec(s))) {
      facts.unknownParams ??= at(m[1]!)
      continue
    }
    if ((m = RE.cmdline.exec(s))) {
      // 6.19+ print a command line longer than CONFIG_CMDLINE_LOG_WRAP_IDEAL_LEN (1021 by
      // default) over several lines split at spaces, each but the last ending in " \\"
      // (init/main.c@v6.19.6:947-1002 print_kernel_cmdline()): the lines that follow the
      // first one directly are joined again with one space. A word longer than a printk
      // line (1024 bytes with the prefix) is cut by printk, its " \\" with it (the
      // test/boots/cmdline-size logs): directly following lines still continue it.
      const part = m[1]!
      const text = part.endsWith(' \\') ? part.slice(0, -2) : part
      if (!facts.cmdline) facts.cmdline = at(text)
      else if (cmdlineLine === l.line - 1) facts.cmdline = { ...facts.cmdline, value: `${facts.cmdline.value} ${text}` }
      else continue
      cmdlineLine = l.line
      continue
    }
    if ((m = RE.x86cmdline.exec(s))) {
      // x86 prints "Command line:" early in setup_arch(); "Kernel command line:" (same text) wins.
      x86cmd ??= at(m[1]!)
      continue
    }
    if ((m = RE.e820.exec(s))) {
      facts.e820.push(at({ base: big(m[1]!), end: big(m[2]!) + 1n, type: m[3]! }))
      continue
    }
    if ((m = RE.e820old.exec(s))) {
      facts.e820.push(at({ base: big(`0x${m[1]}`), end: big(`0x${m[2]}`), type: m[3]! }))
      continue
    }
    if ((m = RE.efiMem.exec(s))) {
      facts.efiMap.push(at({ base: big(m[2]!), end: big(m[3]!) + 1n, type: m[1]!.trim() }))
      continue
    }
    if ((m = RE.efiMemDesc.exec(s))) {
      facts.efiMap.push(at({ base: big(m[1]!), end: big(m[2]!) + 1n, type: m[3]!.trim() }))
      continue
    }
    if ((m = RE.efiMemmapBase.exec(s))) {
      facts.efiMemmapBase ??= at(big(m[1]!))
      continue
    }
    if ((m = RE.efiMemmapSize.exec(s))) {
      facts.efiMemmapSize ??= at(big(m[1]!))
      continue
    }
    if ((m = RE.resmem.exec(s))) {
      const r = resmem(m[6]!)
      r.base = big(m[1]!)
      r.size = big(m[2]!) + 1n - r.base
      r.nomap = m[4] === 'nomap'
      r.reusable = m[5] === 'reusable'
      r.lines.push({ line: l.line, text: t })
      continue
    }
    if ((m = RE.resmemPool.exec(s))) {
      pendingPool = { name: '', base: big(m[2]!), size: BigInt(m[3]!) << 20n, cmaPool: m[1] === 'CMA', reusable: m[1] === 'CMA', lines: [{ line: l.line, text: t }] }
      continue
    }
    if (RE.resmemCmaAlign.test(s)) {
      cmaMisaligned = { line: l.line, text: t }
      continue
    }
    if ((m = RE.resmemInitFail.exec(s))) {
      const r = resmem(m[1]!)
      if (cmaMisaligned) {
        r.cmaMisaligned = true
        r.lines.push(cmaMisaligned)
      }
      cmaMisaligned = undefined
      r.lines.push({ line: l.line, text: t })
      continue
    }
    if ((m = RE.resmemInit.exec(s))) {
      const r = resmem(m[1]!)
      r.compatible = m[2]!
      if (pendingPool) {
        if (pendingPool.base !== undefined) r.base ??= pendingPool.base
        if (pendingPool.size !== undefined) r.size ??= pendingPool.size
        r.cmaPool = pendingPool.cmaPool ?? false
        r.reusable ??= pendingPool.reusable ?? false
        r.lines.push(...pendingPool.lines)
        pendingPool = undefined
      }
      r.lines.push({ line: l.line, text: t })
      continue
    }
    if ((m = RE.resmemFail.exec(s))) {
      const r = resmem(m[1]!)
      r.failed = true
      r.lines.push({ line: l.line, text: t })
      continue
    }
    if (RE.crashCma.test(s)) {
      // Those `cma:` lines are the crash kernel's CMA ranges, not the default CMA area.
      facts.cma.length = Math.min(facts.cma.length, cmaBeforeCrashCma)
      facts.crashCma ??= at(t)
      continue
    }
    if ((m = RE.cma.exec(s))) {
      facts.cma.push(at({ sizeMiB: Number(m[1]), base: big(m[2]!), ...(m[3] !== undefined && { node: Number(m[3]) }) }))
      continue
    }
    if ((m = RE.cmaFail.exec(s))) {
      facts.cma.push(at({ sizeMiB: Number(m[1]), ...(m[2] !== undefined && { node: Number(m[2]) }) }))
      continue
    }
    if (RE.hugetlbCmaDone.test(s)) {
      // The `cma:` line right before was hugetlb_cma's area, not the default one.
      if (facts.cma.at(-1)?.line === l.line - 1) facts.cma.pop()
      continue
    }
    if ((m = RE.crashLow.exec(s))) {
      const base = big(m[1]!)
      facts.crash.push(at({ kind: 'reserved', region: 'low', base, size: big(m[2]!) - base }))
      cmaBeforeCrashCma = facts.cma.length
      continue
    }
    if ((m = RE.crashMain.exec(s))) {
      const base = big(m[1]!)
      facts.crash.push(at({ kind: 'reserved', region: 'main', base, size: big(m[2]!) - base }))
      cmaBeforeCrashCma = facts.cma.length
      continue
    }
    if ((m = RE.x86Low.exec(s))) {
      facts.crash.push(at({ kind: 'reserved', region: 'low', base: BigInt(m[2]!) << 20n, size: BigInt(m[1]!) << 20n, mib: true }))
      cmaBeforeCrashCma = facts.cma.length
      continue
    }
    if ((m = RE.x86Main.exec(s))) {
      facts.crash.push(at({ kind: 'reserved', region: 'main', base: BigInt(m[2]!) << 20n, size: BigInt(m[1]!) << 20n, mib: true }))
      cmaBeforeCrashCma = facts.cma.length
      continue
    }
    if (RE.crashAny.test(s) && !/command line:|^Unknown kernel command line/i.test(s) && !/^kexec: Reserving the low 1M/.test(s)) {
      facts.crash.push(at({ kind: 'message', failure: RE.crashFailure.test(s) }))
      continue
    }
    if ((m = RE.ramdisk.exec(s))) {
      facts.ramdisk ??= at({ base: big(m[1]!), end: big(m[2]!) + 1n })
      continue
    }
    if ((m = RE.ramdiskMove.exec(s))) {
      facts.ramdiskMoved ??= at({ base: big(m[1]!), end: big(m[2]!) + 1n })
      continue
    }
    const nodeData = nodeDataSpan(s)
    if (nodeData) {
      facts.nodeData ??= at(nodeData)
      continue
    }
    if ((m = RE.sbiNext.exec(s))) {
      facts.opensbiNextAddress ??= at(big(m[1]!))
      continue
    }
    if ((m = RE.sbiArg1.exec(s))) {
      facts.opensbiNextArg1 ??= at(big(m[1]!))
      continue
    }
    if (!facts.banner && readUboot(s, at)) continue
    if (RE.lpa2.test(s)) {
      facts.lpa2 ??= at(true)
      continue
    }
    if ((m = RE.startedAt.exec(s))) {
      facts.el2 ??= at(m[1] === '2')
      continue
    }
    if (RE.kfence.test(s)) {
      facts.kfence ??= at(true)
      continue
    }
    if (RE.lva.test(s)) {
      facts.lva ??= at(true)
      continue
    }
    if ((m = RE.hashTable.exec(s))) {
      const order = Number(m[1])
      const bytes = BigInt(m[2]!)
      facts.pageSize ??= at(order >= 0 ? bytes >> BigInt(order) : bytes << BigInt(-order))
      continue
    }
    if (RE.efiMissing.test(s)) facts.efi ??= at(false)
    else if (RE.efiPresent.test(s)) facts.efi ??= at(true)
    else if (RE.acpiRsdp.test(s)) facts.acpiRsdp ??= at(true)
    else if (RE.numaDistances.test(s)) facts.numaDistances ??= at(true)
    else if ((m = RE.logBufUsage.exec(s))) {
      // The static 128K buffer's figures say the same; a buffer whose figures do not divide is no evidence.
      const records = BigInt(m[1]!) >> 5n
      const meta = BigInt(m[2]!)
      if (records > 0n && meta % records === 0n && meta / records > 24n) facts.printkUsage ??= at({ data: BigInt(m[1]!), info: meta / records - 24n })
    }
    else if (RE.numaFaked.test(s)) facts.numaFaked ??= at(true)
    else if (RE.numaEmulated.test(s)) facts.numaEmulated ??= at(true)
    else if (RE.numaMalformed.test(s)) facts.numaMalformed ??= at(true)
    else if (RE.acpiFailed.test(s)) facts.acpiFailed ??= at(true)
    else if (RE.efiAcpi.test(s)) facts.efiAcpi ??= at(true)
  }
  if (!facts.cmdline && x86cmd) facts.cmdline = x86cmd
  if (!facts.machine && dmi) facts.machine = dmi
  if (zoneList) facts.zoneListCut = zoneList
  if (nodeList) facts.nodeListCut = nodeList
  return read
}

/** The warning that the log holds another boot from `line` on (`how` it is told, when not by its lines). */
function secondBootProblem(line: number, excerpt?: string, how = ''): ImportProblem {
  return { severity: 'warning', source: 'bootLog', code: 'secondBoot', message: `the log holds another boot${how} from here on; only the first one is read`, line, ...(excerpt !== undefined && { excerpt }) }
}

/** Finds `start-end : name` blocks (a /proc/iomem dump) among the primary lines. */
function findIomemBlock(lines: readonly BootLine[]): BootLine[] | undefined {
  let best: BootLine[] = []
  let run: BootLine[] = []
  for (const l of lines) {
    if (l.ts === undefined && isIomemLine(l.text)) run.push(l)
    else {
      if (run.length > best.length) best = run
      run = []
    }
  }
  if (run.length > best.length) best = run
  return best.some((l) => /: System RAM\s*$/.test(l.text)) ? best : undefined
}

/**
 * The number of the text's last line where the text ends inside it, without a newline (a
 * capture cut short), else undefined. A tail of NUL bytes (a serial capture's or a disk
 * image's padding) is no text: the text ends where it starts.
 */
function openLine(text: string): number | undefined {
  let end = text.length
  while (end > 0 && text.charCodeAt(end - 1) === 0) end--
  if (end === 0 || text[end - 1] === '\n') return undefined
  let n = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

/**
 * The starts of the messages the board takes values from outside a block, for a last line cut
 * short that reads as none of them (yet): a cut "crashkernel reserved: 0x0000" or "NODE_DA".
 */
const READ_MESSAGES = ['Linux version ', 'Machine model: ', 'Kernel command line:', 'Command line:', 'Zone ranges:', 'Early memory node ranges', 'NODE_DATA(0) allocated [mem ', 'NUMA: NODE_DATA [mem ', 'crashkernel', 'Reserving ', 'BIOS-e820:', 'RAMDISK: [mem ', 'Move RAMDISK from [mem ', 'cma: Reserved ', 'Memory: ']

/**
 * Lines read to a token the kernel prints last ("…]", "(512 MB)"): one that matches holds its
 * values whole, even where the text ends in it without a newline.
 */
const CLOSED_LINES = [RE.node, RE.zone, RE.nodeData, RE.crashMain, RE.crashLow, RE.x86Main, RE.x86Low, RE.ramdisk, RE.ramdiskMove, RE.e820old, RE.memInit, RE.efiMem, RE.efiMemDesc, RE.hashTable]

/** A boot log as {@link parseBootLog} reads it. */
export interface ParsedBootLog {
  facts: BootLogFacts
  /** Located at the log's lines. */
  problems: ImportProblem[]
  /**
   * The first boot's lines, as the facts were read from them: the kernel's messages (of a
   * journal, its first boot's; of a console capture, every line but the oracle's sections,
   * other programs' noise among them), prefixes removed, up to where another boot starts.
   */
  lines: BootLine[]
  /**
   * The line the text ends inside, without a newline (a capture cut short; a tail of NUL bytes
   * is no text): of a journal, the line of the entry whose message it ends inside
   * ({@link JournalRead.cut}).
   */
  openLine?: number
}

/**
 * Reads a boot log into facts.
 *
 * @param text - the log (any mix of dmesg, serial console and user-space output)
 * @returns the facts of the first boot, problems located at their lines, and its lines
 * @example
 * parseBootLog('[    0.000000] crashkernel reserved: 0x00000000dc000000 - 0x00000000fc000000 (512 MB)').facts.crash[0]?.value
 * // → { kind: 'reserved', region: 'main', base: 0xdc000000n, size: 0x20000000n }
 */
export function parseBootLog(text: string): ParsedBootLog {
  const problems: ImportProblem[] = []
  const { primary, sections, journal, secondBoot, nuls } = splitLog(text)
  const facts = emptyFacts()
  if (journal) problems.push(...journal.problems)
  // The first boot's lines; the rest stay in `primary`, as after a second banner, for an
  // appended /proc/iomem listing.
  const first = secondBoot ? primary.filter((l) => l.line < secondBoot.line) : primary
  // Where the text ends inside a line: of a journal, inside an entry's message.
  const cut = journal ? journal.cut : openLine(text)
  const lines = first.slice(0, collect(first, facts, problems, cut))
  // Where the journal says another boot starts (another _BOOT_ID, or journalctl's `-- Boot … --`
  // line), unless a second banner before it said so.
  const next = journal?.secondBoot !== undefined ? secondBootProblem(journal.secondBoot, undefined, ' (_BOOT_ID)') : secondBoot && secondBootProblem(secondBoot.line, secondBoot.text)
  if (next && !problems.some((p) => p.code === 'secondBoot')) problems.push(next)
  // A NUL inside a line the first boot's kernel printed before user space: the reading drops
  // it, and the kernel's character there was lost or garbled in the capture.
  for (const l of nuls.size > 0 ? lines : []) {
    const nul = nuls.get(l.line)
    if (!nul || (facts.initRan && facts.initRan.line < l.line)) continue
    problems.push({ severity: 'warning', source: 'bootLog', code: 'nulByte', message: `${nul.count === 1 ? 'a NUL byte' : `${nul.count} NUL bytes`} inside the line (a serial line's noise: a break, a framing error), dropped as it is read: the kernel's text there may have lost or changed a character, and a value read from the line with it; check the line against the console or dmesg on the board`, line: l.line, column: nul.column, excerpt: nul.excerpt })
  }

  // The oracle's init prints dmesg again (and /proc/version, /proc/cmdline); use them only
  // for what the console stream lost (a wrapped ring buffer loses the start of the boot).
  const dmesg = sections.get('dmesg')
  if (dmesg) {
    const extra = emptyFacts()
    collect(
      // busybox dmesg's lines (the oracle's init): never a journal.
      dmesg.map((l) => ({ line: l.line, ...normalizeLine(l.text, { shortJournal: false }) })),
      extra,
      [],
    )
    for (const key of ['banner', 'release', 'arch', 'machine', 'cmdline', 'ramdisk', 'ramdiskMoved', 'nodeData', 'lpa2', 'el2', 'kfence', 'lva', 'pageSize', 'efi', 'efiAcpi', 'dtModel', 'acpiRsdp', 'numaDistances', 'printkUsage', 'numaFaked', 'numaEmulated', 'numaMalformed', 'acpiFailed', 'zoneBlock', 'initRan', 'memInit'] as const) {
      if (facts[key] === undefined && extra[key] !== undefined) (facts as unknown as Record<string, unknown>)[key] = extra[key]
    }
    for (const key of ['e820', 'efiMap', 'zones', 'nodeRanges', 'cma', 'crash', 'memblockMemory', 'memblockReservedFirst', 'memorylessNodes', 'sratCpuNodes', 'sratMemory'] as const) {
      if (facts[key].length === 0 && extra[key].length > 0) (facts as unknown as Record<string, unknown>)[key] = extra[key]
    }
    if (facts.reservedMem.length === 0) facts.reservedMem = extra.reservedMem
    if (facts.zones === extra.zones && extra.zoneListCut) facts.zoneListCut = extra.zoneListCut
    if (facts.nodeRanges === extra.nodeRanges && extra.nodeListCut) facts.nodeListCut = extra.nodeListCut
  }
  const version = sections.get('version')?.find((l) => RE.banner.test(l.text))
  if (version && !facts.banner) {
    const b = RE.banner.exec(version.text)!
    facts.banner = { value: `${b[1]} ${b[2]}`, line: version.line, text: version.text }
    const release = releaseFromBanner(b[1]!, b[2]!)
    if (release) facts.release = { value: release, line: version.line, text: version.text }
    const arch = archFromBanner(version.text)
    if (arch && !facts.arch) facts.arch = { value: arch, line: version.line, text: version.text }
  }
  // test/boots' init prints /proc/meminfo: x86's DirectMap counters.
  const directMap: Record<string, number> = {}
  let directMapAt: BootLine | undefined
  for (const l of sections.get('meminfo') ?? []) {
    const m = RE.directMap.exec(l.text)
    if (m) {
      directMap[m[1]!] = Number(m[2])
      directMapAt ??= l
    }
  }
  if (directMapAt) facts.directMapKb = { value: directMap, line: directMapAt.line, text: directMapAt.text }
  const cmd = sections.get('cmdline')?.find((l) => l.text.trim() !== '')
  if (cmd && !facts.cmdline) facts.cmdline = { value: cmd.text.trim(), line: cmd.line, text: cmd.text }

  const iomemLines = sections.get('iomem') ?? findIomemBlock(primary)
  if (iomemLines && iomemLines.length > 0) {
    const first = iomemLines[0]!.line
    // The block is contiguous in the input, so line numbers follow from the first one.
    const r = parseIomem(iomemLines.map((l) => l.text).join('\n'), first)
    facts.iomem = r.facts
    problems.push(...r.problems.map((p) => ({ ...p, source: 'bootLog' as const })))
  }

  if (!facts.arch) {
    // Messages only one architecture prints (arm64 head.S/setup.c, x86 e820/fpu, riscv SBI, OpenSBI).
    const hint = primary.find((l) => /^BIOS-e820:|^x86\/fpu:|^Booting Linux on physical CPU|^SBI specification|^riscv: |^Boot HART Base ISA\s*: rv64/.test(l.text.trim()))
    if (hint) {
      const s = hint.text.trim()
      const arch: Arch = /^Booting Linux/.test(s) ? 'arm64' : /^(SBI|riscv|Boot HART)/.test(s) ? 'riscv64' : 'x86_64'
      facts.arch = { value: arch, line: hint.line, text: hint.text }
    }
  }
  if (!facts.banner) problems.push({ severity: 'warning', source: 'bootLog', code: 'noBanner', message: 'no "Linux version" line: the kernel release is unknown (the log may start after the ring buffer wrapped)' })
  if (!facts.cmdline) problems.push({ severity: 'warning', source: 'bootLog', code: 'noCmdline', message: 'no "Kernel command line:" line' })
  return { facts, problems, lines, ...(cut !== undefined && { openLine: cut }) }
}

// ---------------------------------------------------------------------------------------------
// Board

export interface BootLogToBoardOptions {
  /** Board id; default derived from the machine model and the release. */
  id?: string
  /** A /proc/iomem of the same boot, when it is not inside the log. */
  iomem?: string
}

/** A bank being built: its span, where it came from, and whether it is NOMAP. */
interface BankDraft extends Span {
  nomap: boolean
  /** The NUMA node, on a board with several ("Early memory node ranges"). */
  node?: number
  /** Why the bank exists; `span` limits a source to part of the bank (kept when it is split). */
  sources: Array<{ why: string; span?: Span }>
}

const src = (why: string, span?: Span): { why: string; span?: Span } => (span ? { why, span } : { why })

const SZ_2M = 1n << 21n
const roundDown = (x: bigint, a: bigint): bigint => x - (x % a)

/**
 * memblock.memory as the log shows it: x86 from the e820 RAM entries (minus the first page
 * and the legacy BIOS area that trim_bios_range()/e820__memblock_setup() drop), else the
 * "Early memory node ranges" (exact memblock regions), else the memblock dump, else the
 * memblock=debug `memblock_add` lines, else iomem.
 */
function memoryFromLog(f: BootLogFacts, arch: Arch | undefined, problems: ImportProblem[]): BankDraft[] {
  // 7.x prints E820_TYPE_RAM as "System RAM" (e820_print_type()), earlier kernels "usable".
  const e820Ram = f.e820.filter((e) => /^(usable|reserved kernel|RAM|System RAM)$/i.test(e.value.type))
  if (arch === 'x86_64' && e820Ram.length > 0) {
    // arch/x86/kernel/setup.c trim_bios_range(): page 0 becomes reserved, [640K, 1M) is not RAM.
    const trimmed = subtractSpans(e820Ram.map((e) => e.value), [{ base: 0n, end: 0x1000n }, { base: 0xa0000n, end: 0x100000n }])
    return trimmed.map((s) => {
      const from = e820Ram.filter((e) => e.value.base < s.end && e.value.end > s.base)
      // The trim is this bank's story only when an entry it comes from reached below 1 MiB.
      const trim = from.some((e) => e.value.base < 0x100000n) ? [src('first page and [0xa0000, 0x100000) removed as trim_bios_range() does')] : []
      return { ...s, nomap: false, sources: [...from.map((e) => src(cite('boot log', e), e.value)), ...trim] }
    })
  }
  if (arch === 'x86_64' && f.iomem && f.iomem.systemRam.length > 0) {
    return f.iomem.systemRam.map((s) => ({ base: s.base, end: s.end, nomap: false, sources: [src(cite('iomem', s.entry))] }))
  }
  // A riscv64 EFI boot with mem=: the node ranges show what mem= left, and reserve_regions()'
  // memblock_add() calls (memblock=debug, the early console up by then) the firmware's memory,
  // which the board keeps while the model applies mem=. The EFI stub may put the image, the
  // initrd and the DT past the limit, and the kernel reserves its image there all the same
  // (random-efi u03: riscv64 6.17.8 at 6149M with mem=5125M, the image at 0x1f8a00000). (arm64
  // keeps the node ranges: there mem= counts the EFI map's memory otherwise, and the model's
  // limit would move by the NOMAP regions, random-efi f01, g07; its stub places the Image low.)
  // @kernel drivers/firmware/efi/efi-init.c reserve_regions (v7.2.13:159-231); arch/riscv/mm/init.c
  //         setup_bootmem (v7.2.13:225-237: the limit, then the image's reservation)
  const efiAdds =
    arch === 'riscv64' && f.nodeRanges.length > 0 && parseEarlyParams(f.cmdline?.value ?? '').some((p) => p.param === 'mem')
      ? f.memblock.filter((e) => e.kind === 'add' && e.caller === 'early_init_dt_add_memory_arch' && e.base !== undefined && e.end !== undefined)
      : []
  if (efiAdds.length > 0) {
    const firmware = mergeSpans(efiAdds.map((e) => ({ base: e.base!, end: e.end! })))
    if (f.nodeRanges.every((n) => covers(firmware, n.value)))
      return firmware.map((s) => ({
        ...s,
        nomap: false,
        sources: efiAdds.filter((e) => e.base! >= s.base && e.end! <= s.end).map((e) => src(`${cite('boot log', e)} (the firmware's memory: mem= cut the node ranges)`, { base: e.base!, end: e.end! })),
      }))
  }
  if (f.nodeRanges.length > 0) {
    // Node ranges are printed per memblock region, split where flags differ: merge touching ones,
    // and rejoin those a no-map region with an edge inside a page split (joinNomapPageGaps()).
    const spans = joinNomapPageGaps(mergeSpans(f.nodeRanges.map((n) => n.value)), f.reservedMem)
    return spans.map((s) => ({
      ...s,
      nomap: false,
      sources: f.nodeRanges.filter((n) => n.value.base >= s.base && n.value.end <= s.end).map((n) => src(cite('boot log', n), n.value)),
    }))
  }
  if (f.memblockMemory.length > 0) {
    return mergeSpans(f.memblockMemory.map((n) => n.value)).map((s) => ({
      ...s,
      nomap: false,
      sources: f.memblockMemory.filter((n) => n.value.base >= s.base && n.value.end <= s.end).map((n) => src(cite('boot log', n), n.value)),
    }))
  }
  // memblock=debug: the memblock_add() calls that built memblock.memory (x86 e820, DT/EFI
  // when the early console was up), without arm64's re-add of the initrd.
  const adds = f.memblock.filter((e) => e.kind === 'add' && e.base !== undefined && e.end !== undefined && e.caller !== 'arm64_memblock_init')
  if (adds.length > 0) {
    return mergeSpans(adds.map((e) => ({ base: e.base!, end: e.end! }))).map((s) => ({
      ...s,
      nomap: false,
      sources: adds.filter((e) => e.base! >= s.base && e.end! <= s.end).map((e) => src(cite('boot log', e), { base: e.base!, end: e.end! })),
    }))
  }
  if (f.iomem && f.iomem.systemRam.length > 0) {
    problems.push({ severity: 'note', source: 'bootLog', code: 'memoryFromIomem', message: 'memory banks taken from /proc/iomem "System RAM" (no "Early memory node ranges" in the log): no-map memory, if any, is missing' })
    return f.iomem.systemRam.map((s) => ({ base: s.base, end: s.end, nomap: false, sources: [src(cite('iomem', s.entry))] }))
  }
  return []
}

/** The largest page a node range is rounded to (arm64 64K). */
const MAX_PAGE = 0x10000n

/**
 * The "Early memory node ranges" give each memblock region in whole pages, PFN_UP(base) to
 * PFN_DOWN(end) (mm/memblock.c@v7.2.13:1459 __next_mem_pfn_range()). A DT no-map region is
 * marked to the byte (memblock_mark_nomap(), drivers/of/of_reserved_mem.c@v7.2.13:50), so one
 * whose edge lies inside a page splits the bank there, and the page holding the edge is in
 * neither range: the log shows a hole of less than a page that the board does not have. The
 * kernel maps that page (arm64 ≤6.12.53, 6.13 – 7.2 map_mem(): __create_pgd_mapping() rounds
 * each range out), which can cost a table page. Two ranges at most MAX_PAGE apart with the
 * edge of an `OF: reserved mem: … nomap` region between them are one bank again, its range
 * a reservation to the byte. (5.10 and 6.1 print no range of a /reserved-memory node: their
 * MEMBLOCK_NOMAP regions become no-map banks in whole pages, which a board's banks must be,
 * and the hole stays, unless a DT given too has the node: importBoard()'s crossCheck() joins
 * them with its edges.)
 */
function joinNomapPageGaps(spans: Span[], reservedMem: readonly ReservedMemFact[]): Span[] {
  const edges: bigint[] = []
  for (const r of reservedMem) if (r.nomap && r.base !== undefined && r.size !== undefined) edges.push(r.base, r.base + r.size)
  if (edges.length === 0) return spans
  const out: Span[] = []
  for (const s of spans) {
    const last = out[out.length - 1]
    if (last && gapHoldsNomapEdge(last.end, s.base, edges)) last.end = s.end
    else out.push({ ...s })
  }
  return out
}

/**
 * Whether the gap `[end, next)` between two "Early memory node ranges" is the page holding a
 * no-map region's edge, left out of both (joinNomapPageGaps()), not a hole: with the kernel's
 * page size known, exactly that page; without (the log pass), a gap of at most MAX_PAGE with
 * such an edge inside.
 */
export function gapHoldsNomapEdge(end: bigint, next: bigint, edges: readonly bigint[], page?: bigint): boolean {
  if (page === undefined) return next > end && next - end <= MAX_PAGE && edges.some((e) => e > end && e < next)
  return edges.some((e) => e % page !== 0n && e - (e % page) === end && e - (e % page) + page === next)
}

/**
 * The CPU-only nodes the log names, ascending: those it sets up without memory, and on x86
 * ≤6.1 the SRAT's CPU nodes without an SRAT memory line (the zone block of 5.10 does not
 * name them: init_cpu_to_node() sets them up after it). A node the "Early memory node ranges"
 * give memory is not one.
 */
function memorylessNodesOf(f: BootLogFacts): Array<Located<number>> {
  const withMemory = new Set(f.nodeRanges.map((r) => r.value.node))
  const out = f.memorylessNodes.filter((n) => !withMemory.has(n.value))
  if (f.sratMemory.length > 0) {
    for (const n of f.sratCpuNodes) if (!withMemory.has(n.value) && !f.sratMemory.some((b) => b.value.node === n.value) && !out.some((o) => o.value === n.value)) out.push(n)
  }
  return out.sort((a, b) => a.value - b.value)
}

/**
 * The NUMA node of each bank, where the log's "Early memory node ranges" name more than one
 * (free_area_init() prints each memblock.memory region with its node: mm/mm_init.c@v6.12.117
 * free_area_init): banks are split where the node changes, and a part no range covers (x86's
 * e820 RAM the kernel left out of memblock, or cut off with mem=) takes the node of the x86
 * SRAT entry that holds it (`srat`), else the node whose span holds it, else the nearest one
 * below. With one node the banks stay as they are (the kernel fakes that node), unless the
 * log has CPU-only nodes (`cpuOnlyNodes`) or SRAT entries of more nodes: then the firmware
 * gave that node.
 */
function applyNodes(banks: BankDraft[], ranges: BootLogFacts['nodeRanges'], srat: BootLogFacts['sratMemory'], cpuOnlyNodes: boolean): BankDraft[] {
  const nodes = [...new Set(ranges.map((r) => r.value.node))]
  const firmwareNodes = new Set([...nodes, ...srat.map((b) => b.value.node)]).size
  if (nodes.length === 0 || (firmwareNodes < 2 && !cpuOnlyNodes)) return banks
  const sorted = ranges.map((r) => r.value).sort((a, b) => (a.base < b.base ? -1 : a.base > b.base ? 1 : 0))
  const blocks = srat.map((b) => b.value)
  const nodeAt = (addr: bigint): number => {
    const inside = sorted.find((r) => r.base <= addr && addr < r.end)
    if (inside) return inside.node
    const entry = blocks.find((b) => b.base <= addr && addr < b.end)
    if (entry) return entry.node
    const span = nodes.find((n) => {
      const mine = sorted.filter((r) => r.node === n)
      return mine[0]!.base <= addr && addr < mine.at(-1)!.end
    })
    if (span !== undefined) return span
    return [...sorted].reverse().find((r) => r.base <= addr)?.node ?? sorted[0]!.node
  }
  const out: BankDraft[] = []
  for (const b of banks) {
    // Where a node range starts or ends inside the bank, the node may change.
    const cuts = [...new Set([...sorted, ...blocks].flatMap((r) => [r.base, r.end]).filter((x) => x > b.base && x < b.end))].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0))
    let base = b.base
    for (const end of [...cuts, b.end]) {
      const node = nodeAt(base)
      const last = out.at(-1)
      if (last && last.end === base && last.node === node && last.nomap === b.nomap && base !== b.base) last.end = end
      else out.push({ ...b, base, end, node, sources: b.sources.filter((x) => !x.span || (x.span.base < end && x.span.end > base)) })
      base = end
    }
  }
  return out
}

/** Splits banks at NOMAP spans and flags those parts. */
function applyNomap(banks: BankDraft[], nomap: Array<{ span: Span; why: string }>): BankDraft[] {
  let out = banks
  for (const { span, why } of nomap) {
    const next: BankDraft[] = []
    for (const b of out) {
      if (b.nomap || span.end <= b.base || span.base >= b.end) {
        next.push(b)
        continue
      }
      const piece = (base: bigint, end: bigint, extra?: string): BankDraft => ({
        base,
        end,
        nomap: extra !== undefined,
        sources: [...b.sources.filter((x) => !x.span || (x.span.base < end && x.span.end > base)), ...(extra !== undefined ? [src(extra)] : [])],
      })
      if (span.base > b.base) next.push(piece(b.base, span.base))
      next.push(piece(span.base > b.base ? span.base : b.base, span.end < b.end ? span.end : b.end, why))
      if (span.end < b.end) next.push(piece(span.end, b.end))
    }
    out = next
  }
  return out
}

/**
 * A boot log → a board (wire format, schema-valid) with provenance.
 *
 * What becomes what: kernel release → `kernels`; arch; `Machine model` → `name`; the kernel
 * command line → `cmdline`; memory as {@link memoryFromLog} explains, NOMAP parts (memblock
 * dump flags, or memory that /proc/iomem does not list as System RAM) as `nomap` banks;
 * `OF: reserved mem` regions → reservations (a reusable CMA pool becomes a dynamic CMA
 * region pinned to where the kernel put it); arm64 `Zone ranges` DMA end → `dma.zoneDmaLimit`
 * (the kernel's own result, so the engine reproduces it on the same kernel; of a kernel before
 * 6.12, which rounds the limit, only what the end proves: roundedDmaLimit()); zone lines →
 * `config.ZONE_DMA/ZONE_DMA32/ZONE_DEVICE`; the default `cma: Reserved N MiB` → `config.CMA`
 * and `CMA_SIZE_MBYTES`; image/initrd/DTB placement from /proc/iomem, `memblock=debug`,
 * x86 `RAMDISK:` and OpenSBI. The crash kernel lines are facts, not board values.
 *
 * The booted build's values (image size and text, `boot`, `config`, arm64 address bits) stay
 * on the board here, as the one kernel this log shows needs them (verify, importBoard()'s
 * merge); importBoard() then moves them into the release's entry (buildValuesIntoKernel()).
 * Not exported by the package: a kernel added to this board would take this build's values.
 *
 * @param text - the boot log
 * @param opts - board id, and a separate /proc/iomem when the log has none
 * @returns board, provenance (pointer → log line), problems and the parsed facts
 * @example
 * bootLogToBoard(log, { id: 'rpi4' }).board.dma // → { zoneDmaLimit: '0x3fffffff' } (6.12's ZONE_DMA to 1 GiB)
 */
export function bootLogToBoard(text: string, opts: BootLogToBoardOptions = {}): ImportResult<BootLogFacts> {
  const parsed = parseBootLog(text)
  const r = parsedBootLogToBoard(parsed, opts)
  // A text that ends without a newline was cut short (a capture stopped mid-line, a file cut
  // at a byte count): a value the board takes from its last line is a prefix of what the
  // kernel printed ("Kernel command line: console=ttyAMA", without its crashkernel=), unless
  // the line is read to a token the kernel prints last (CLOSED_LINES); and a line the board
  // would take values from, cut before it reads as one, is lost ("crashkernel reserved: 0x00").
  const n = parsed.openLine
  if (n !== undefined && !r.problems.some((p) => p.code === 'noMemory' && p.line === n)) {
    const raw = text.split('\n', n)[n - 1]!.replaceAll('\0', '')
    const cut = r.facts.cutLine?.line === n ? r.facts.cutLine : undefined
    // The file's line; of a journal's binary-safe message, whose line is its field name, the message's.
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    const excerpt = cut && !line.includes(cut.text.trim()) ? cut.text : line
    const s = (cut?.text ?? normalizeLine(raw).text).trim()
    const cited = Object.entries(r.provenance).filter(([, why]) => why.includes(`boot log line ${n}: `)).map(([pointer]) => pointer)
    // Only a line of the first boot's kernel before user space may be one the board reads: one
    // after "Run /init" is user space's, one past another boot's banner (a kdump kernel's) that boot's.
    const read = parsed.lines.some((l) => l.line === n) && !(parsed.facts.initRan && parsed.facts.initRan.line < n)
    const head = s === '' ? undefined : READ_MESSAGES.find((m) => m.startsWith(s) || s.startsWith(m))
    const where = { severity: 'warning', source: 'bootLog', code: 'cutShort', line: n, column: 1, excerpt } as const
    if (CLOSED_LINES.some((re) => re.test(s))) {
      // Whole: nothing the kernel printed after it is read.
    } else if (cited.length > 0)
      r.problems.push({ ...where, message: `the log ends inside its last line, without a newline (a capture cut short), and the board takes ${cited.join(', ')} from it: the kernel may have printed more there (the rest of a command line, its crashkernel=); check the value against the whole log` })
    else if (read && (cut?.value || head !== undefined))
      r.problems.push({ ...where, message: `the log ends inside its last line, without a newline (a capture cut short), ${cut?.value ? `a line of the ${cut.value} block` : `a line that starts as ${quote(head!)}`}: it is not read, and the board lacks what the kernel printed there; give the whole log` })
  }
  return r
}

/** The zones free_area_init() prints, in its order (enum zone_type, ZONE_MOVABLE left out: mm/mm_init.c). */
const ZONE_ORDER = ['DMA', 'DMA32', 'Normal', 'HighMem', 'Device'] as const

/** The board's config options a zone's presence in "Zone ranges" gives. */
const ZONE_CONFIG = [['ZONE_DMA', 'DMA'], ['ZONE_DMA32', 'DMA32'], ['ZONE_DEVICE', 'Device']] as const

/** The zones the kernel prints after every one of `listed` (all of them for none): those a list cut after them may lack. */
function zonesAfter(listed: readonly string[]): string[] {
  const last = Math.max(-1, ...listed.map((n) => ZONE_ORDER.indexOf(n as (typeof ZONE_ORDER)[number])))
  return ZONE_ORDER.slice(last + 1)
}

/**
 * Where arm64's ZONE_DMA ends (exclusive; `start` where it is empty) on RAM from `start` to
 * `end` for a DMA limit `limit` (the highest CPU address the DMA bus reaches, inclusive),
 * as the kernel generation `variant` (a policy's `arm64.zones`) sizes it.
 */
export function zoneDmaEnd(variant: ZoneLimitsVariant, start: bigint, end: bigint, limit: bigint): bigint {
  const dmaEnd = variant({ startOfDram: start, endOfDram: end, dma: { dmaRanges: [{ node: '(log)', cpuEnd: limit }], iortLimitBits: [] }, acpiDisabled: true, ofRoot: true, config: { ZONE_DMA: true, ZONE_DMA32: true } as KernelConfig, physMaskPlus1: 1n << 52n }).dma!
  return dmaEnd > start ? dmaEnd : start
}

/**
 * What the ZONE_DMA end of a kernel that rounds the DMA limit proves of the limit itself.
 * Before 6.12 arm64 sized ZONE_DMA from zone_dma_bits = min(32, fls64(limit)) (and 5.10.0 –
 * 5.10.21 from a fixed 30 bits), widened a limit below RAM to 4G and spanned all RAM when it
 * starts above 4G, so many limits end the zone alike: a 30-bit bus on RAM from 1 GiB ends it
 * at 4G as no bus does. 6.12 and later read `zoneDmaLimit` as the exact limit
 * (zoneLimitsExact()), so the board must not carry one the log does not prove: where no limit
 * ends the zone as this kernel did, none is written; otherwise the highest limit that does,
 * which the rounding kernels read alike. Either way a note says what the log leaves open, where
 * an exact kernel would read the limits it allows differently. Undefined for a kernel that
 * takes the limit exactly (its ZONE_DMA end gives the limit) or is not modelled.
 */
function roundedDmaLimit(f: BootLogFacts, dma: Located<ZoneFact>, banks: readonly BankDraft[]): { limit?: bigint; note?: ImportProblem } | undefined {
  const release = f.release ? resolveKernelRelease(f.release.value) : undefined
  const zones = release !== undefined ? policyFor('arm64', release)?.arm64?.zones : undefined
  if (!zones || zones === zoneLimitsExact) return undefined
  const start = banks.reduce((m, b) => (b.base < m ? b.base : m), banks[0]!.base)
  const end = banks.reduce((m, b) => (b.end > m ? b.end : m), 0n)
  const zoneEnd = (variant: ZoneLimitsVariant, limit: bigint): bigint => zoneDmaEnd(variant, start, end, limit)
  // fls64() of the limit is all these kernels read: one limit a bit count, 64 for none.
  const shown = dma.value.range?.end ?? start
  const bits = Array.from({ length: 64 }, (_, i) => i + 1).filter((b) => zoneEnd(zones, (1n << BigInt(b)) - 1n) === shown)
  if (bits.length === 0) return undefined
  const none = bits.includes(64)
  const top = (1n << BigInt(bits[bits.length - 1]!)) - 1n
  const bottom = bits[0]! === 1 ? 0n : 1n << BigInt(bits[0]! - 1)
  const limit = none ? undefined : top
  // An exact kernel reading what the board carries, and the lowest limit the log allows.
  const exact = (l: bigint) => zoneEnd(zoneLimitsExact, l)
  const open = exact(limit ?? PHYS_ADDR_MAX) !== exact(bottom)
  const at = `ZONE_DMA ${dma.value.range ? `ends at ${hex(shown - 1n)}` : 'is empty'} (${cite('boot log', dma)})`
  const held = none
    ? `with no limit as with several (one below RAM is widened to 4G, RAM above 4G is spanned whole): the board leaves "dma" out, which kernels before 6.12 read alike`
    : `with any limit from ${hex(bottom)} to ${hex(top)}: the board takes ${hex(top)}, which kernels before 6.12 read alike`
  const message = `Linux ${f.release!.value} rounds the DMA limit up to a power of two (zone_dma_bits), so ${at} ${held}; 6.12 and later size ZONE_DMA from the exact limit (a bus that reaches less ends it lower, or leaves it empty, and moves or fails the crash kernel's low reservation): import the DT too (.dtb or .dts, /sys/firmware/fdt on the board), or set "dma": { "zoneDmaLimit": … } to the highest CPU address the DMA bus reaches`
  return { ...(limit !== undefined && { limit }), ...(open && { note: { severity: 'note', source: 'bootLog', code: 'dmaLimitUnknown', message, line: dma.line, excerpt: dma.text } }) }
}

/**
 * {@link bootLogToBoard} of a log already read by {@link parseBootLog}, for a caller that
 * needs more of the reading than the board (verify: the first boot's lines). The board's
 * facts and problems are `parsed`'s, to which it adds.
 */
export function parsedBootLogToBoard(parsed: ParsedBootLog, opts: BootLogToBoardOptions = {}): ImportResult<BootLogFacts> {
  const { facts: f, problems } = parsed
  if (opts.iomem !== undefined) {
    const r = parseIomem(opts.iomem)
    f.iomem = r.facts
    problems.push(...r.problems)
  }
  const provenance: Provenance = {}
  const arch = f.arch?.value
  // "acpi": UEFI firmware with ACPI tables and the EFI stub's device tree, on which arm64 runs
  // with ACPI unless acpi=off (src/engine/arm64/acpi.ts). Such a boot shows it when
  // acpi_boot_table_init() read the tables ("ACPI: RSDP") and they passed its checks, or
  // acpi=force kept ACPI on although they failed (arch/arm64/kernel/acpi.c@v7.1.3:253-257;
  // @v5.10.223:254-257 the same); with acpi=off the kernel reads none, but the firmware's
  // `efi:` line lists its ACPI table and no `Machine model:` line says the tree is more
  // than the stub's.
  const acpiParams = parseEarlyParams(f.cmdline?.value ?? '').filter(({ param }) => parameq(param, 'acpi'))
  const acpiRead = f.acpiRsdp !== undefined && (f.acpiFailed === undefined || acpiParams.some(({ val }) => val === 'force'))
  const acpiOff = !acpiRead && f.efiAcpi !== undefined && f.dtModel === undefined && acpiParams.some(({ val }) => val === 'off')
  const acpi = arch === 'arm64' && (acpiRead || acpiOff)
  const board: Board = { id: boardId(opts.id, problems, 'bootLog') ?? derivedId(f.machine?.value ?? f.arch?.value, f.release?.value) }
  provenance[''] = 'Imported from a boot log by crashkernel-check import'
  if (f.machine) {
    board.name = f.machine.value
    provenance['/name'] = cite('boot log', f.machine)
  }
  board.description = `Imported from a boot log${f.release ? ` of Linux ${f.release.value}` : ''}${f.machine ? ` on ${f.machine.value}` : ''}; see the provenance file for the line behind each value.`
  if (arch && f.arch) {
    board.arch = arch
    provenance['/arch'] = cite('boot log', f.arch)
  } else problems.push({ severity: 'warning', source: 'bootLog', code: 'noArch', message: 'the architecture is not recognisable from the log' })
  if (f.release) {
    board.kernels = [f.release.value]
    provenance['/kernels/0'] = cite('boot log', f.release)
  }
  if (f.cmdline) {
    board.cmdline = f.cmdline.value
    provenance['/cmdline'] = cite('boot log', f.cmdline)
  }

  // Reservations from the reserved-memory lines.
  const reservations: Reservation[] = []
  const resProv: string[] = []
  const defaultCma = f.cma.length > 0
  const nomapReserved: Span[] = []
  // A node with `reg` is reserved while the DT is scanned (memblock=debug shows it): the
  // reservation at exactly its range says the node is static, not placed by the kernel.
  const staticReserve = (base: bigint, end?: bigint): MemblockEvent | undefined =>
    f.memblock.find((e) => e.kind === 'reserve' && e.base === base && (end === undefined || e.end === end) && STATIC_RESERVE.test(e.caller))
  for (const r of f.reservedMem) {
    const where = r.lines.map((l) => cite('boot log', l)).join('; ')
    // A static reusable pool the kernel gave back for its alignment prints no range; its
    // unit address finds the reservation the scan made.
    const unit = /@([0-9a-f]+)$/.exec(r.name)
    const given = r.cmaMisaligned && r.base === undefined && unit ? staticReserve(BigInt(`0x${unit[1]}`)) : undefined
    if (given?.base !== undefined && given.end !== undefined) {
      reservations.push({ kind: 'fixed', name: r.name, base: hex(given.base), size: hex(given.end - given.base), cma: true, description: 'static reusable shared-dma-pool node the kernel gave back: "incorrect alignment of CMA region"' })
      resProv.push(`${where}; ${cite('boot log', given)}`)
      continue
    }
    if (r.base === undefined || r.size === undefined || r.size <= 0n) {
      problems.push({
        severity: r.failed ? 'warning' : 'note',
        source: 'bootLog',
        code: 'reservedMemWithoutRange',
        message: `reserved-memory node "${r.name}" has no address in the log${r.failed ? ' (the kernel failed to place it)' : ''}; not imported`,
        ...(r.lines[0] ? { line: r.lines[0].line, excerpt: r.lines[0].text } : {}),
      })
      continue
    }
    const cmaPool = r.reusable && (r.cmaPool || r.compatible === 'shared-dma-pool')
    if (cmaPool && staticReserve(r.base, r.base + r.size)) {
      // A static pool (rmem_cma_setup() on a `reg` node): `linux,cma-default` is not printed;
      // the conventional node name says it, when no separate default area was reserved.
      const cmaDefault = !defaultCma && /^linux,cma\b/.test(r.name)
      reservations.push({
        kind: 'fixed',
        name: r.name,
        base: hex(r.base),
        size: hex(r.size),
        cma: true,
        ...(cmaDefault && { cmaDefault: true }),
        ...(r.nomap && { nomap: true }),
        description: `static reusable CMA pool at ${hex(r.base)} (reserved while the DT was scanned)${cmaDefault ? '; cmaDefault from its name "linux,cma", no separate default CMA area appearing in the log' : ''}.`,
      })
    } else if (cmaPool) {
      // Where the kernel put a dynamic pool is printed; pin alloc-ranges to exactly there.
      const d: DynamicReservation = {
        kind: 'dynamic',
        name: r.name || `cma-pool@${r.base.toString(16)}`,
        size: hex(r.size),
        allocRanges: [{ base: hex(r.base), size: hex(r.size) }],
        cma: true,
        cmaDefault: !defaultCma,
        description: `CMA pool the kernel placed at ${hex(r.base)}; alloc-ranges pinned to that range. cmaDefault ${defaultCma ? 'off: a separate default CMA area was reserved' : 'on: no separate default CMA area appears in the log'}.`,
      }
      if (r.nomap) d.nomap = true
      reservations.push(d)
    } else {
      const fx: FixedReservation = { kind: 'fixed', name: r.name || `reserved@${r.base.toString(16)}`, base: hex(r.base), size: hex(r.size) }
      if (r.nomap) {
        fx.nomap = true
        nomapReserved.push({ base: r.base, end: r.base + r.size })
      }
      // rmem_dma_setup() took it: a shared-dma-pool without `reusable`.
      if (r.compatible === 'shared-dma-pool' && !r.reusable) fx.dmaPool = true
      reservations.push(fx)
    }
    resProv.push(where)
  }
  // memblock=debug: reservations made while scanning the DT (not printed otherwise on ≤6.1).
  for (const e of f.memblock) {
    if (e.kind !== 'reserve' || e.base === undefined || e.end === undefined) continue
    if (!STATIC_RESERVE.test(e.caller)) continue
    if (reservations.some((r) => r.kind === 'fixed' && BigInt(r.base) === e.base)) continue
    const fx: FixedReservation = { kind: 'fixed', name: `${e.caller}@${e.base.toString(16)}`, base: hex(e.base), size: hex(e.end - e.base) }
    // 6.1+ reserve the FDT header's /memreserve/ entries (and the ELF core header) straight from
    // early_init_fdt_scan_reserved_mem() / fdt_reserve_elfcorehdr(): silent, not nodes.
    if (/early_init_fdt_scan_reserved_mem|fdt_reserve_elfcorehdr/.test(e.caller)) fx.memreserve = true
    reservations.push(fx)
    resProv.push(cite('boot log', e))
  }
  // An arm64 ACPI boot: what efi_init() reserves before arm64_memblock_init() (the ACPI
  // reclaim memory of the EFI memory map, the map itself, the firmware's tables), silently
  // (drivers/firmware/efi/efi-init.c@v7.1.3:158-229): the board's fixed reservations, which the
  // engine reserves the same way under "acpi" (src/engine/efi.ts).
  if (acpi) {
    for (const e of f.memblock) {
      if (e.kind !== 'reserve' || e.base === undefined || e.end === undefined || !EFI_RESERVE.test(e.caller)) continue
      if (reservations.some((r) => r.kind === 'fixed' && BigInt(r.base) === e.base)) continue
      reservations.push({ kind: 'fixed', name: `${e.caller}@${e.base.toString(16)}`, base: hex(e.base), size: hex(e.end - e.base) })
      resProv.push(cite('boot log', e))
    }
  }

  // A riscv64 boot through the EFI stub, or an arm64 one on its device tree (U-Boot's
  // bootefi): what efi_init() reserves before setup_bootmem() / arm64_memblock_init() (the
  // memory map, its ACPI reclaim memory, the memory attributes and memreserve tables), silently
  // (drivers/firmware/efi/efi-init.c@v7.2.13:224-271, efi.c efi_config_parse_tables();
  // arch/arm64/kernel/setup.c@v7.2.13 setup_arch() runs efi_init() before
  // arm64_memblock_init()): fixed reservations marked `efi`, which the engine reserves there
  // (src/engine/efi.ts efiInitReserve()); an arm64 ACPI board's are above. memblock=debug
  // names them; without it, efi=debug's map gives the ACPI reclaim regions and
  // efi_get_fdt_params()'s lines the map (the tables' sizes are not printed).
  const efiDt = f.efi?.value === true && (arch === 'riscv64' || (arch === 'arm64' && !acpi))
  if (efiDt) {
    const before = reservations.length
    for (const e of f.memblock) {
      if (e.kind !== 'reserve' || e.base === undefined || e.end === undefined || !EFI_RESERVE.test(e.caller)) continue
      if (reservations.some((r) => r.kind === 'fixed' && BigInt(r.base) === e.base)) continue
      reservations.push({ kind: 'fixed', name: `${e.caller}@${e.base.toString(16)}`, base: hex(e.base), size: hex(e.end - e.base), efi: true })
      resProv.push(`reserved by efi_init(): ${cite('boot log', e)}`)
    }
    if (reservations.length === before) {
      for (const e of f.efiMap) {
        if (e.value.type !== 'ACPI Reclaim') continue
        reservations.push({ kind: 'fixed', name: `reserve_regions@${e.value.base.toString(16)}`, base: hex(e.value.base), size: hex(e.value.end - e.value.base), efi: true })
        resProv.push(`ACPI reclaim memory of the EFI memory map, which reserve_regions() memblock_reserve()s: ${cite('boot log', e)}`)
      }
      if (f.efiMemmapBase && f.efiMemmapSize) {
        const base = f.efiMemmapBase.value & ~0xfffn
        const size = (f.efiMemmapSize.value + (f.efiMemmapBase.value - base) + 0xfffn) & ~0xfffn
        if (!reservations.some((r) => r.kind === 'fixed' && BigInt(r.base) <= base && base + size <= BigInt(r.base) + BigInt(r.size))) {
          reservations.push({ kind: 'fixed', name: `efi_init@${base.toString(16)}`, base: hex(base), size: hex(size), efi: true })
          resProv.push(`the EFI memory map, which efi_init() memblock_reserve()s page-rounded: ${cite('boot log', f.efiMemmapBase)}, ${cite('boot log', f.efiMemmapSize)}`)
        }
      }
    }
  }

  // Memory.
  let banks = memoryFromLog(f, arch, problems)
  // Banks taken from node ranges the log ends with: the kernel may have printed more after them.
  const lastRange = f.nodeListCut && cite('boot log', f.nodeListCut)
  if (lastRange && banks.some((b) => b.sources.some((x) => x.why === lastRange))) {
    problems.push({ severity: 'warning', source: 'bootLog', code: 'nodeListCut', message: 'the log ends inside the "Early memory node ranges" block, with no line after this range (free_area_init() prints "Initmem setup node" after the ranges): ranges the kernel printed after it are not in the log, so the board\'s memory banks may lack some; give the whole log', line: f.nodeListCut!.line, column: 1, excerpt: f.nodeListCut!.text })
  }
  if (banks.length > 0) {
    const nomap: Array<{ span: Span; why: string }> = []
    // NOMAP memory that a reserved-memory line already explains stays a reservation.
    // A NOMAP region's partial pages at either end stay RAM of the bank: map_mem() maps the
    // pages holding its edges with its neighbours (joinNomapPageGaps()), and a bank is whole pages.
    const page = f.pageSize?.value ?? 0x1000n
    for (const m of f.memblockMemory) {
      if (!(m.value.flags & 0x4)) continue
      const whole = { base: roundUp(m.value.base, page), end: roundDown(m.value.end, page) }
      if (whole.end <= whole.base) continue
      for (const s of subtractSpans([whole], nomapReserved)) nomap.push({ span: s, why: `MEMBLOCK_NOMAP in ${cite('boot log', m)}` })
    }
    if (arch !== 'x86_64' && f.iomem && f.iomem.systemRam.length > 0) {
      // arm64/riscv list NOMAP memory as top-level "reserved", not "System RAM".
      // System RAM is in whole pages (PFN_UP of a region's base, PFN_DOWN of its end), and a
      // no-map reservation to the byte: the page holding its edge is RAM the DT leaves mapped
      // (joinNomapPageGaps()), not no-map memory of its own.
      const reservedPages = nomapReserved.map((r) => ({ base: roundDown(r.base, page), end: roundUp(r.end, page) }))
      const notRam = subtractSpans(banks, [...f.iomem.systemRam, ...reservedPages])
      for (const s of notRam) {
        if (nomap.some((n) => covers([n.span], s))) continue
        const entry = f.iomem.topReserved.find((e) => e.base <= s.base && e.end >= s.end)?.entry
        nomap.push({ span: s, why: `no-map: not "System RAM" in /proc/iomem${entry ? ` (${cite('iomem', entry)})` : ''}` })
      }
    }
    if (efiDt) {
      // reserve_regions() adds the EFI map's memory and flags NOMAP what is not usable RAM
      // (runtime services, reserved: is_usable_memory(), drivers/firmware/efi/efi-init.c@v7.2.13:136),
      // on riscv64 and on an arm64 device-tree boot through the stub alike (the same efi_init()).
      for (const e of f.efiMap) {
        if (EFI_USABLE.has(e.value.type)) continue
        for (const s of subtractSpans([e.value], nomapReserved)) {
          if (!covers(banks, s) || nomap.some((n) => covers([n.span], s))) continue
          nomap.push({ span: s, why: `not usable RAM in the EFI memory map (${e.value.type}), flagged NOMAP by reserve_regions(): ${cite('boot log', e)}` })
        }
      }
    }
    banks = applyNomap(banks, nomap)
    let memoryless = memorylessNodesOf(f)
    // The SRAT names the firmware's nodes only where the kernel used them: a node it faked
    // over all memory puts every bank on node 0, the parts mem= removed too.
    // With NUMA emulation the zone block's nodes are the fake ones: the SRAT's are the board's
    // (none without an SRAT), and the command line's numa=fake= makes the fake ones again.
    banks = applyNodes(banks, f.numaEmulated ? f.sratMemory : f.nodeRanges, f.numaFaked ? [] : f.sratMemory, memoryless.length > 0)
    // The SRAT's own ranges, which NUMA emulation splits (they may cover more than the banks:
    // QEMU's node 0 from 0 to the top of low RAM).
    if (board.arch === 'x86_64' && f.sratMemory.length > 0 && !f.numaFaked && banks.some((b) => b.node !== undefined)) {
      board.sratMemory = f.sratMemory.map((s) => ({ base: hex(s.value.base), size: hex(s.value.end - s.value.base), node: s.value.node }))
      f.sratMemory.forEach((s, i) => (provenance[`/sratMemory/${i}`] = `ACPI SRAT memory affinity, ${cite('boot log', s)}`))
    }
    // A node mem= cut off whole is set up as memoryless, and its memory is still a bank of it
    // (the SRAT's): an ordinary node, not a CPU-only one.
    memoryless = memoryless.filter((n) => !banks.some((b) => b.node === n.value))
    if (memoryless.length > 0) {
      board.memorylessNodes = memoryless.map((n) => n.value)
      provenance['/memorylessNodes'] = `NUMA nodes set up without memory (CPU-only): ${memoryless.map((n) => `${n.value} (${cite('boot log', n)})`).join(', ')}`
    }
    board.memory = toMemory(banks.map((b) => {
      const bank: MemoryBank = { base: hex(b.base), size: hex(b.end - b.base) }
      if (b.nomap) bank.nomap = true
      if (b.node !== undefined) bank.node = b.node
      return bank
    }))
    banks.forEach((b, i) => {
      provenance[`/memory/${i}`] = b.sources.map((x) => x.why).join('; ')
    })
    // Cross-check with /proc/iomem where both exist.
    if (f.iomem && f.iomem.systemRam.length > 0) {
      const ram = subtractSpans(
        banks.filter((b) => !b.nomap),
        nomapReserved,
      )
      const listed = mergeSpans(f.iomem.systemRam)
      const missing = subtractSpans(listed, ram)
      const extra = subtractSpans(ram, listed)
      // mem= and memmap= change the kernel's map after the firmware's: the board keeps the
      // firmware's banks and the model applies the command line, so a difference is expected.
      const edited = /(^|\s)(mem|memmap)=/.test(f.cmdline?.value ?? '')
      if (missing.length > 0 || extra.length > 0)
        problems.push({
          severity: edited ? 'note' : 'warning',
          source: 'bootLog',
          code: 'iomemDisagrees',
          message: `the banks differ from /proc/iomem "System RAM": ${[...missing.map((s) => `missing [${hex(s.base)}, ${hex(s.end)})`), ...extra.map((s) => `extra [${hex(s.base)}, ${hex(s.end)})`)].join(', ')}${edited ? ' (expected: the command line\'s mem=/memmap= changed the kernel\'s map; the board keeps the firmware\'s and the model applies the command line)' : ''}`,
        })
    }
  } else if (f.nodeRangesHead) {
    // The block is there, its lines are not: a log cut short inside its first line, or lines
    // the importer does not read as the kernel's.
    const cut = f.cutLine?.value === '"Early memory node ranges"' ? f.cutLine : undefined
    const at = cut ?? f.nodeRangesHead
    problems.push({ severity: 'error', source: 'bootLog', code: 'noMemory', message: `${cut ? `the log ends inside the first line of the "Early memory node ranges" block (line ${f.nodeRangesHead.line}), without a newline (a capture cut short)` : 'the "Early memory node ranges" block is followed by no line "node N: [mem 0x…-0x…]"'}: the block gives no memory, and the board has no memory banks`, line: at.line, column: 1, excerpt: at.text })
  } else problems.push({ severity: 'error', source: 'bootLog', code: 'noMemory', message: 'no memory map in the log (no "Early memory node ranges", BIOS-e820 map or /proc/iomem): the board has no memory banks' })

  // An x86_64 boot through the EFI stub. The EFI tables setup_arch() memblock_reserve()s before
  // e820__memblock_setup() (efi_memblock_x86_reserve_range(): the map itself; efi_init():
  // the memory attributes table …), which memblock=debug shows: fixed reservations where they
  // lie in RAM, so that
  // efi_reserve_boot_services() skips a region one of them lies in, as the kernel does.
  let efiBootServices: Array<{ value: Span; why: string }> = []
  if (arch === 'x86_64') {
    for (const e of f.memblock) {
      if (e.kind !== 'reserve' || e.base === undefined || e.end === undefined) continue
      if (!e.caller.startsWith('efi_') || e.caller === 'efi_reserve_boot_services') continue
      // One outside RAM (the map lies in ACPI reclaim memory under OVMF) overlaps no region.
      if (!covers(banks.filter((b) => !b.nomap), { base: e.base, end: e.end })) continue
      if (reservations.some((r) => r.kind === 'fixed' && BigInt(r.base) === e.base)) continue
      reservations.push({ kind: 'fixed', name: `${e.caller}@${e.base.toString(16)}`, base: hex(e.base), size: hex(e.end - e.base) })
      resProv.push(cite('boot log', e))
    }
    // The boot-services regions: the EFI memory map's (efi=debug), else what
    // efi_reserve_boot_services() reserved (memblock=debug: without the regions it skipped).
    const map = f.efiMap.filter((e) => e.value.type === 'Boot Code' || e.value.type === 'Boot Data')
    efiBootServices = map.length > 0
      ? map.map((e) => ({ value: e.value, why: `EFI boot-services region, ${cite('boot log', e)}` }))
      : f.memblock
          .filter((e) => e.kind === 'reserve' && e.caller === 'efi_reserve_boot_services' && e.base !== undefined && e.end !== undefined)
          .map((e) => ({ value: { base: e.base!, end: e.end! }, why: `reserved by efi_reserve_boot_services(), ${cite('boot log', e)} (no efi=debug memory map: the regions it skipped are not known)` }))
  }

  if (reservations.length > 0) {
    board.reservations = reservations
    reservations.forEach((_, i) => {
      provenance[`/reservations/${i}`] = resProv[i] ?? ''
    })
  }

  // The firmware's e820 ACPI-data entries (max_pfn counts them from 6.11): the
  // `BIOS-e820: … ACPI data` lines, else /proc/iomem's top-level `ACPI Tables` (the e820 table
  // after the command line's edits: memmap=exactmap would have dropped them).
  if (arch === 'x86_64') {
    const fromE820 = f.e820.filter((e) => e.value.type.trim() === 'ACPI data')
    if (fromE820.length > 0) {
      board.e820AcpiData = fromE820.map((e) => ({ base: hex(e.value.base), size: hex(e.value.end - e.value.base) }))
      fromE820.forEach((e, i) => {
        provenance[`/e820AcpiData/${i}`] = `e820 ACPI data, ${cite('boot log', e)}`
      })
    } else if (f.e820.length === 0 && f.iomem) iomemAcpiData(board, f.iomem, provenance)
  }

  if (efiBootServices.length > 0) {
    board.efiBootServices = efiBootServices.map((e) => ({ base: hex(e.value.base), size: hex(e.value.end - e.value.base) }))
    efiBootServices.forEach((e, i) => {
      provenance[`/efiBootServices/${i}`] = e.why
    })
  }

  // Kernel image, initrd, DTB. Through the EFI stub OpenSBI's next stage is the firmware
  // (U-Boot, EDK2), not the kernel, which the stub moves where it likes.
  const { opensbiNextAddress, ...noNext } = f
  placeImage(board, f.efi?.value === true ? noNext : f, arch, provenance)
  if (arch === 'riscv64' && f.efi?.value === true && board.image === undefined && f.banner) {
    problems.push({ severity: 'warning', source: 'bootLog', code: 'imageUnknown', message: `booted through the EFI stub${opensbiNextAddress ? ` (OpenSBI's next stage at ${hex(opensbiNextAddress.value)} is the firmware)` : ''}, which moves the kernel to an EFI allocation of its choosing, and the log does not say where: boot with memblock=debug or give /proc/iomem ("Kernel code"), or set the board's "image" (the -kernel address of a preset is not where the stub put it)` })
  }
  // arm64 map_mem() maps [_stext, __init_begin) apart from the rest, so the text's size moves
  // its page-table count, and with it everything memblock places after them (a page or two).
  // Only /proc/iomem's "Kernel code" gives it; without it the model takes the Debian build it
  // measured for the series, exact only for that very release.
  if (arch === 'arm64' && board.image && board.image.codeSize === undefined && f.release && !kernelBuildLayout(f.release.value)) problems.push(codeSizeUnknown(f.release.value))
  placeInitrdAndDtb(board, f, arch, efiDt, provenance, problems)

  // DMA limit and config from the zones.
  const zone = (name: string) => f.zones.find((z) => z.value.name === name)
  // A zone not listed says the build has none only where the list is whole: in a log that ends
  // inside it, a zone printed after its last line read is unknown (zonesAfter()).
  const unknownZones = f.zoneListCut ? zonesAfter(f.zones.map((z) => z.value.name)) : []
  if (f.zoneListCut && (f.zones.length > 0 ? unknownZones.length > 0 : f.cutLine?.value !== '"Zone ranges"')) {
    const keys = ZONE_CONFIG.filter(([, name]) => unknownZones.includes(name)).map(([k]) => `config.${k}`)
    const lacks = f.zones.length > 0 ? `the zones it printed after this line are not in it, so the board leaves out ${keys.join(', ')} (a zone not listed would say the build has none)` : `its zones are not in it, so the board lacks what they say (${keys.join(', ')}${arch === 'arm64' ? ', dma.zoneDmaLimit' : ''})`
    problems.push({ severity: 'warning', source: 'bootLog', code: 'zoneListCut', message: `the log ends inside the "Zone ranges:" block, with no line after ${f.zones.length > 0 ? 'its last zone' : 'its first line'} (free_area_init() prints "Movable zone start for each node" after the zones): ${lacks}; give the whole log`, line: f.zoneListCut.line, column: 1, excerpt: f.zoneListCut.text })
  }
  if (f.zones.length > 0) {
    const cfg: NonNullable<Board['config']> = {}
    const zp = f.zones.map((z) => cite('boot log', z)).join('; ')
    for (const [k, name] of ZONE_CONFIG) {
      if (unknownZones.includes(name)) continue
      cfg[k] = zone(name) !== undefined
      provenance[`/config/${k}`] = `${name} zone ${cfg[k] ? 'listed' : 'not listed'} in "Zone ranges": ${zp}`
    }
    board.config = cfg
    const dma = zone('DMA')
    const rounded = arch === 'arm64' && dma && banks.length > 0 ? roundedDmaLimit(f, dma, banks) : undefined
    if (rounded) {
      if (rounded.limit !== undefined) {
        board.dma = { zoneDmaLimit: hex(rounded.limit) }
        provenance['/dma/zoneDmaLimit'] = `the highest limit that ends ZONE_DMA where ${f.release!.value} did (it rounds the limit to a power of two): ${cite('boot log', dma!)}`
      }
      if (rounded.note) problems.push(rounded.note)
    } else if (arch === 'arm64' && dma) {
      const start = banks[0]?.base
      if (dma.value.range) {
        board.dma = { zoneDmaLimit: hex(dma.value.range.end - 1n) }
        provenance['/dma/zoneDmaLimit'] = `end of ZONE_DMA as the kernel computed it: ${cite('boot log', dma)}`
      } else if (start !== undefined && start > 0n) {
        board.dma = { zoneDmaLimit: hex(start - 1n) }
        provenance['/dma/zoneDmaLimit'] = `ZONE_DMA is empty, so the DMA limit lies below the start of RAM (${hex(start)}): ${cite('boot log', dma)}`
      }
    }
  }
  // dma_numa_cma_reserve() declares the per-node areas of numa_cma=/cma_pernuma= beside the
  // default one (kernel/dma/contiguous.c): a per-node area names its node (≥ 0) where the
  // kernel prints nodes; where it does not, the default area cannot be told apart from them.
  // A build without CONFIG_DMA_NUMA_CMA (or arm64's CONFIG_DMA_PERNUMA_CMA) names them among
  // the unknown parameters and declares none: that says the config too.
  // (arm64's CONFIG_DMA_PERNUMA_CMA has cma_pernuma= alone: numa_cma= is unknown there.)
  const hasParam = (text: string, name: string) => parseEarlyParams(text).some((t) => t.val !== null && parameq(t.param, name))
  const asked = (['numa_cma', 'cma_pernuma'] as const).filter((p) => hasParam(f.cmdline?.value ?? '', p))
  const known = asked.filter((p) => !f.unknownParams || !hasParam(f.unknownParams.value, p))
  const perNode = known.length > 0
  if (asked.length > 0 && f.unknownParams) {
    ;(board.config ??= {}).DMA_NUMA_CMA = perNode
    provenance['/config/DMA_NUMA_CMA'] = perNode
      ? `${known.join('=, ')}= an early param of this build (not among its unknown parameters): ${cite('boot log', f.unknownParams)}`
      : `${asked.join('=, ')}= no early param of this build: ${cite('boot log', f.unknownParams)}`
  }
  // numa=fake= on x86: fake nodes printed say CONFIG_NUMA_EMU; "Malformed early option 'numa'"
  // with every numa token given a value says the stub of a build without it returned -EINVAL.
  const numaTokens = parseEarlyParams(f.cmdline?.value ?? '').filter((t) => parameq(t.param, 'numa'))
  if (board.arch === 'x86_64' && numaTokens.some((t) => t.val?.startsWith('fake='))) {
    if (f.numaEmulated) {
      ;(board.config ??= {}).NUMA_EMU = true
      provenance['/config/NUMA_EMU'] = `numa=fake= made fake NUMA nodes (numa_emulation(), CONFIG_NUMA_EMU): ${cite('boot log', f.numaEmulated)}`
    } else if (f.numaMalformed && numaTokens.every((t) => t.val !== null)) {
      ;(board.config ??= {}).NUMA_EMU = false
      provenance['/config/NUMA_EMU'] = `numa=fake= was a malformed early option (numa_emu_cmdline() of a build without CONFIG_NUMA_EMU): ${cite('boot log', f.numaMalformed)}`
    }
  }
  const cma = f.cma.find((c) => (c.value.node === undefined ? !perNode : c.value.node < 0))
  if (defaultCma) {
    const config = (board.config ??= {})
    config.CMA = true
    provenance['/config/CMA'] = `the default CMA area was reserved or attempted: ${cite('boot log', cma ?? f.cma[0]!)}`
    if (cma && !/(^|\s)cma=/.test(f.cmdline?.value ?? '')) {
      config.CMA_SIZE_MBYTES = cma.value.sizeMiB
      provenance['/config/CMA_SIZE_MBYTES'] = `size of the default CMA area without cma= on the command line: ${cite('boot log', cma)}`
    }
  } else {
    // A /reserved-memory pool made CMA: rmem_cma_setup() exists only with CONFIG_DMA_CMA
    // (kernel/dma/contiguous.c RESERVEDMEM_OF_DECLARE under CONFIG_OF_RESERVED_MEM), and a
    // linux,cma-default pool is why no default area is reserved besides it.
    const pool = f.reservedMem.find((r) => r.cmaPool)
    const line = pool?.lines.find((l) => l.text.includes('created CMA memory pool')) ?? pool?.lines[0]
    if (pool && line) {
      ;(board.config ??= {}).CMA = true
      provenance['/config/CMA'] = `a /reserved-memory pool was made a CMA area (rmem_cma_setup(), CONFIG_DMA_CMA): ${cite('boot log', line)}`
    } else if (f.crashCma) {
      // crashkernel=…,cma reserved (or tried): the kernel has CONFIG_CMA; the default area's size stays unknown.
      ;(board.config ??= {}).CMA = true
      provenance['/config/CMA'] = `crashkernel=…,cma areas were reserved or attempted, which only a CONFIG_CMA kernel does: ${cite('boot log', f.crashCma)}`
    }
  }
  // numa_set_distance() allocates the distance table from memblock (mm/numa_memblks.c
  // numa_alloc_distance()): the board says the firmware gives one.
  if (f.numaDistances) {
    board.numaDistances = true
    provenance['/numaDistances'] = `the firmware gives a NUMA distance table: ${cite('boot log', f.numaDistances)}`
  }
  // The size of a printk record's info says CONFIG_PRINTK_EXECUTION_CTX (src/engine/printk.ts),
  // which x86's log_buf_len= buffer takes before the crash kernel.
  const usage = f.printkUsage
  if (usage && (usage.value.info === 88n || usage.value.info === 112n)) {
    board.config = { ...board.config, PRINTK_EXECUTION_CTX: usage.value.info === 112n }
    provenance['/config/PRINTK_EXECUTION_CTX'] = `struct printk_info of ${usage.value.info} bytes (112 with CONFIG_PRINTK_EXECUTION_CTX, 88 without): ${cite('boot log', usage)}`
  }
  // Without log_buf_len= on the command line the buffer it reports is the static one.
  const shift = usage ? usage.value.data.toString(2).length - 1 : 0
  if (usage && !/(^|\s)log[_-]buf[_-]len/.test(f.cmdline?.value ?? '') && usage.value.data === 1n << BigInt(shift) && shift >= 12 && shift <= 25) {
    board.config = { ...board.config, LOG_BUF_SHIFT: shift }
    provenance['/config/LOG_BUF_SHIFT'] = `the static printk buffer of ${usage.value.data} bytes (no log_buf_len= on the command line): ${cite('boot log', usage)}`
  }
  if (acpi) {
    board.acpi = true
    provenance['/acpi'] = acpiOff
      ? `UEFI firmware with ACPI tables (${cite('boot log', f.efiAcpi!)}) and no device tree of its own (no "Machine model:" line: the EFI stub's), booted with acpi=off, so the kernel read no table`
      : `the kernel read the ACPI tables, which arm64 does when its device tree is the EFI stub's (or acpi=on|force), and ${f.acpiFailed ? 'acpi=force kept ACPI on although they failed its checks' : 'they passed its checks'}: ${cite('boot log', f.acpiRsdp!)}`
  }
  // kfence_init() prints its line only when KFENCE is built in (CONFIG_KFENCE) and the sample
  // interval is not 0 (mm/kfence/core.c@v6.18.5:907-925 kfence_init_enable, kfence_init). Without a
  // kernel profile the board would otherwise take the arch default (KFENCE off), and arm64's
  // map_mem() would then not allocate the early pool that kfence.sample_interval= asks for
  // (arch/arm64/mm/mmu.c@v6.18.5:1054-1071 arm64_kfence_alloc_pool), 2 MiB the model leaves free.
  // CONFIG_KFENCE_SAMPLE_INTERVAL itself is not in the log. Where the command line sets
  // kfence.sample_interval= (the last value param_set_sample_interval() takes,
  // mm/kfence/core.c@v6.18.5:66-89: kfenceSampleIntervalFromCmdline()), that is what ran and the
  // config's stays unknown; where it does not, the config's was not 0, and the board must say so:
  // the default's (and every Debian profile's) 0 would allocate no pool. 100 is the Kconfig default (lib/Kconfig.kfence@v6.12.117:28-30);
  // only whether it is 0 matters to the model.
  // A boot that stops before kfence_init() (random-efi g11: acpi=off panics in mm_core_init())
  // shows the same with memblock=debug: arm64's map_mem(), inline in paging_init(), allocates
  // that pool as memblock_phys_alloc(KFENCE_POOL_SIZE, PAGE_SIZE), (255 + 1) × 2 pages in
  // every build with the default CONFIG_KFENCE_NUM_OBJECTS (include/linux/kfence.h@v6.18.5:
  // 27-31), and nothing else there asks for that many pages at once.
  // riscv64's create_linear_mapping_page_table(), inline in paging_init() too, allocates the
  // same pool whatever the sample interval (arch/riscv/mm/init.c@v7.2.13:1227-1237
  // create_linear_mapping_page_table), so there every boot with memblock=debug shows it, and
  // it says only that KFENCE is built in (releases riscv64-6.16.3: no profile, no kfence line,
  // the pool 2 MiB under the top that the model left free).
  const kfencePool =
    arch === 'arm64' || arch === 'riscv64'
      ? f.memblock.find((e) => e.kind === 'request' && e.caller === 'paging_init' && e.align !== undefined && e.size === kfencePoolSize(e.align))
      : undefined
  const kfenceSeen = f.kfence ?? kfencePool
  if (kfenceSeen) {
    const config = (board.config ??= {})
    config.KFENCE = true
    const why = f.kfence ? 'KFENCE ran at boot' : `${arch === 'riscv64' ? 'create_linear_mapping_page_table()' : 'map_mem()'} allocated KFENCE's early pool`
    provenance['/config/KFENCE'] = `${why}: ${cite('boot log', kfenceSeen)}`
    const cmdline = f.cmdline?.value ?? ''
    const fromCmdline = kfenceSampleIntervalFromCmdline(cmdline) !== undefined
    // The interval is not 0 where KFENCE ran or arm64 allocated the early pool; riscv64's pool says nothing of it.
    if (!fromCmdline && (f.kfence || arch === 'arm64')) {
      config.KFENCE_SAMPLE_INTERVAL = 100
      provenance['/config/KFENCE_SAMPLE_INTERVAL'] = `not 0, as ${f.kfence ? 'KFENCE ran' : "map_mem() allocated KFENCE's early pool"} with no kfence.sample_interval= on the command line (its value is not in the log; 100 is the Kconfig default): ${cite('boot log', kfenceSeen)}`
    }
  }
  if (f.lpa2) {
    board.cpu = { lpa2: true }
    provenance['/cpu/lpa2'] = cite('boot log', f.lpa2)
  }
  // hyp_mode_check() (arch/arm64/kernel/smp.c, every release): the level every CPU entered
  // at, which is_hyp_mode_available() reads (protected KVM's reservation, arm64/pkvm.ts).
  if (f.el2 && arch === 'arm64') {
    board.cpu = { ...board.cpu, el2: f.el2.value }
    provenance['/cpu/el2'] = cite('boot log', f.el2)
  }
  // ARM64_HAS_VA52 exists only in a CONFIG_ARM64_VA_BITS_52 build and is detected when the
  // CPU can run it, so the kernel runs with 52-bit VAs (6.9+; before, no 4K/16K build had
  // 52-bit VAs and the capability had no such line); with 4K or 16K pages VA_BITS_52 also
  // forces ARM64_PA_BITS_52 (ARM64_PA_BITS_48 depends on ARM64_64K_PAGES || !VA_BITS_52),
  // so the mem_section root array is the 52-bit one. A 64K build's PA bits stay unknown.
  // @kernel arch/arm64/kernel/cpufeature.c arm64_features ARM64_HAS_VA52 (v6.16.3:2997-3013),
  //         arch/arm64/Kconfig ARM64_PA_BITS_48, ARM64_PA_BITS_52 (v6.16.3:1458-1464)
  const va52 = f.lpa2 ?? f.lva
  if (arch === 'arm64' && va52) {
    board.vaBits = 52
    provenance['/vaBits'] = `CONFIG_ARM64_VA_BITS_52, and the CPU runs it: ${cite('boot log', va52)}`
    if (f.lpa2) {
      board.paBits = 52
      provenance['/paBits'] = `CONFIG_ARM64_PA_BITS_52, which a 4K or 16K VA_BITS_52 build selects: ${cite('boot log', f.lpa2)}`
    }
  }
  placeBootAllocations(board, f, arch, provenance, problems)
  // 4K is every profile's default; a 16K or 64K arm64 kernel says so here.
  const pageSizeName = f.pageSize && PAGE_SIZE_NAMES.get(f.pageSize.value)
  if (arch === 'arm64' && pageSizeName && pageSizeName !== '4K') {
    board.pageSize = pageSizeName
    provenance['/pageSize'] = `PAGE_SIZE = table size >> order: ${cite('boot log', f.pageSize!)}`
  }
  // The tree's size the log does not give, from where NODE_DATA went (calibrate.ts).
  sizeTreeFromNodeData(board, f, provenance, problems)
  if (f.crash.length === 0 && /(^|\s)crashkernel=/.test(f.cmdline?.value ?? ''))
    problems.push({ severity: 'note', source: 'bootLog', code: 'noCrashLine', message: 'crashkernel= is on the command line but the log has no crashkernel line (the option may have been ignored silently, or the log is incomplete)' })
  return { board, provenance, problems, facts: f }
}

/** The note of an arm64 log that does not give the kernel text's size, of a build the model has not measured. */
const codeSizeUnknown = (release: string): ImportProblem => ({
  severity: 'note',
  source: 'bootLog',
  code: 'codeSizeUnknown',
  message: `the kernel text's size (__init_begin - _text, /proc/iomem's "Kernel code") is not in the log, and ${release} is not a build the model has measured: it takes that of the nearest one it has, and map_mem()'s page tables, with what memblock places after them, may come out a page or two off; give the kernel's "codeSize" in its entry of "kernels" (the "Kernel code" line of a boot that reached init)`,
})

/** The note of a log that does not size the unflattened DT (no memblock=debug). */
const dtSizeUnknown = (): ImportProblem => ({ severity: 'note', source: 'bootLog', code: 'dtSizeUnknown', message: "the unflattened device tree's size is not in the log (boot with memblock=debug): the model takes the kernel profile's, measured on QEMU virt's tree, or none for a build without one, and places what follows it by that" })

/**
 * The unflattened DT's size a log without memblock=debug does not give, from where its
 * NODE_DATA line puts NODE_DATA (calibrate.ts), on `board` as it stands. What the board's
 * config says moves what lies above the tree: on arm64 the linear map's page tables, a few
 * MiB more when CONFIG_KFENCE with a sample interval of 0 has it mapped by pages
 * (force_pte_mapping(), arch/arm64/mm/mmu.c@v7.2.13:778-788, map_mem() :1169;
 * can_set_direct_map() in v6.12.117), which no line of a log shows. So once another input (a
 * .config) has completed the config, the size is found again from the profile's, not kept
 * from the log alone's: a size found with the log's config alone takes those page tables
 * for tree (test/boots/random z15: 0x40bec0 for a tree of 0xbe9c, NODE_DATA then 4 MiB low).
 * A board whose log sized the tree (memblock=debug) is left as it is.
 *
 * @param board - the board being imported, its `boot` the log's
 * @param f - the log's facts
 * @param provenance - the board's, updated
 * @param problems - holding the log's `dtSizeUnknown` or `dtSizeFromNodeData` note, which is replaced
 */
export function sizeTreeFromNodeData(board: Board, f: BootLogFacts, provenance: Provenance, problems: ImportProblem[]): void {
  const unsized = problems.findIndex((p) => p.source === 'bootLog' && (p.code === 'dtSizeUnknown' || p.code === 'dtSizeFromNodeData'))
  if (unsized < 0 || !f.nodeData) return
  // A size found before, with less of the board, is kept if none is found now (the board
  // gained NUMA nodes, say): it is nearer than the profile's.
  const before = { boot: board.boot, tree: provenance['/boot/unflattenedDt'], aliases: provenance['/boot/dtAliases'], problem: problems[unsized]! }
  if (problems[unsized]!.code === 'dtSizeFromNodeData') {
    // Found before, with less of the board: from the profile's again.
    const { unflattenedDt: _tree, dtAliases: _aliases, ...rest } = board.boot ?? {}
    if (Object.keys(rest).length > 0) board.boot = rest
    else delete board.boot
    delete provenance['/boot/unflattenedDt']
    delete provenance['/boot/dtAliases']
  }
  problems[unsized] = dtSizeUnknown()
  const calibrated = calibrateUnflattenedDt(board, f.nodeData.value, nodeDataSpan)
  if (calibrated?.kind === 'size') {
    calibratedProvenance(provenance, calibrated.size, calibrated.from, cite('boot log', f.nodeData))
    problems[unsized] = { severity: 'note', source: 'bootLog', code: 'dtSizeFromNodeData', message: `the unflattened device tree's size is not in the log (boot with memblock=debug): it is taken as ${hex(calibrated.size)}, the size that puts NODE_DATA where line ${f.nodeData.line} shows it (exact to 64 bytes)` }
  } else if (calibrated?.kind === 'offBy') {
    const { bytes } = calibrated
    const by = `${hex(bytes < 0n ? -bytes : bytes)} bytes ${bytes > 0n ? 'lower' : 'higher'}`
    problems[unsized] = { ...problems[unsized]!, message: `${problems[unsized]!.message}; and NODE_DATA (line ${f.nodeData.line}) is ${by} than the model puts it, more than a device tree explains: something else the log does not show is allocated above it (a kernel option, a firmware reservation), so the model's placements below it may be off by as much` }
  } else if (before.problem.code === 'dtSizeFromNodeData') {
    if (before.boot) board.boot = before.boot
    if (before.tree !== undefined) provenance['/boot/unflattenedDt'] = before.tree
    if (before.aliases !== undefined) provenance['/boot/dtAliases'] = before.aliases
    problems[unsized] = before.problem
  }
}

/**
 * The boot allocations that depend on the build and the firmware's DT rather than on the
 * algorithm (the board's `boot`): NODE_DATA's size from its line, and the unflattened DT
 * (unflatten_device_tree() and of_alias_scan()) from the memblock=debug requests of
 * early_init_dt_alloc_memory_arch() (7.x: __memblock_alloc_or_panic with 8-byte alignment).
 */
function placeBootAllocations(board: Board, f: BootLogFacts, arch: Arch | undefined, provenance: Provenance, problems: ImportProblem[]): void {
  const boot: NonNullable<Board['boot']> = {}
  if (f.nodeData) {
    boot.nodeData = hex(f.nodeData.value.end - f.nodeData.value.base)
    provenance['/boot/nodeData'] = cite('boot log', f.nodeData)
  }
  // 7.x: early_init_dt_alloc_memory_arch() is memblock_alloc_or_panic(), so the printed
  // caller is __memblock_alloc_or_panic; the DT's requests are the ones aligned for a
  // struct device_node (8 bytes), its other users ask for a cache line.
  const dt = f.memblock.filter((e) => e.kind === 'request' && (e.caller === 'early_init_dt_alloc_memory_arch' || (e.caller === '__memblock_alloc_or_panic' && e.align === 8n)))
  if (dt.length > 0) {
    // The tree is one allocation; the others are of_alias_scan()'s, one per alias (none
    // without /aliases), kept as one that ends where the last one starts (aliasesAsOne()).
    const aliases = aliasesAsOne(dt.slice(1).map((e) => e.size ?? 0n))
    boot.unflattenedDt = hex((dt[0]!.size ?? 0n) + aliases)
    provenance['/boot/unflattenedDt'] = `the sum of ${dt.map((e) => cite('boot log', e)).join('; ')}${dt.length > 2 ? ' (each alias but the last rounded up to 8 bytes)' : ''}`
    boot.dtAliases = hex(aliases)
    provenance['/boot/dtAliases'] = dt.length > 1 ? `of_alias_scan()'s: ${dt.slice(1).map((e) => cite('boot log', e)).join('; ')}${dt.length > 2 ? ', each but the last rounded up to 8 bytes, their 8-byte alignment' : ''}` : `no allocation after the tree's (${cite('boot log', dt[0]!)}): the DT has no /aliases`
  } else if ((arch === 'arm64' || arch === 'riscv64') && board.acpi !== true && f.banner && !f.memblock.some((e) => e.kind === 'request')) {
    // Without memblock=debug nothing in the log sizes the tree unflatten_device_tree() copies
    // out of the DTB, which setup_arch() allocates top-down before the crash kernel is
    // reserved (arch/arm64/kernel/setup.c@v6.12.117:342-345, bootmem_init() after it): the
    // model takes the kernel profile's, measured on QEMU virt's tree (none without a profile).
    problems.push(dtSizeUnknown())
  }
  if (Object.keys(boot).length > 0) board.boot = { ...board.boot, ...boot }
}

/**
 * Kernel image placement: /proc/iomem `Kernel code`/`data`/`image`, `memblock=debug`, OpenSBI.
 * Also used for a /proc/iomem given without a boot log (`f` then holds only `iomem`).
 *
 * @param board - gets `image` (and on x86_64 `boot.kernelReserve`/`boot.brk`) when the facts show it
 * @param f - the facts that can place the image
 * @param arch - decides how the facts are read (nothing is placed without it)
 * @param provenance - gets the line behind each value set
 */
export function placeImage(board: Board, f: Partial<Pick<BootLogFacts, 'iomem' | 'memblock' | 'opensbiNextAddress'>>, arch: Arch | undefined, provenance: Provenance): void {
  const memblock = f.memblock ?? []
  const k = f.iomem?.kernel
  const mbImage = memblock.filter((e) => e.kind === 'reserve' && /^(arm64_memblock_init|paging_init|setup_bootmem)$/.test(e.caller))
  if (arch === 'arm64') {
    // arm64 memblock_add()s and reserves the initrd in arm64_memblock_init too; the image is the other one.
    const added = memblock.filter((e) => e.kind === 'add' && e.caller === 'arm64_memblock_init')
    const img = mbImage.filter((e) => !added.some((a) => a.base === e.base)).pop()
    const start = k?.code?.start ?? img?.base
    if (start === undefined) return
    // Booting.rst: the Image sits 2 MiB aligned (text_offset 0); _stext may follow _text by 64K (6.1).
    const base = roundDown(start, SZ_2M)
    board.image = { base: hex(base) }
    const end = k?.data ? k.data.end + 1n : img?.end
    provenance['/image'] = `${k?.code ? cite('iomem', k.code) : cite('boot log', img!)}; base rounded down to 2 MiB (arm64 boot protocol)`
    if (end !== undefined && end > base) {
      board.image.size = hex(end - base)
      provenance['/image/size'] = k?.data ? `end of kernel data - base: ${cite('iomem', k.data)}` : `end of the image's reservation - base: ${cite('boot log', img!)}`
    }
    // `Kernel code` ends at __init_begin - 1 (it starts at _text, or _stext on 6.1): the
    // end of the read-only linear alias, which differs from build to build.
    if (k?.code && k.code.end + 1n > base && (end === undefined || k.code.end < end)) {
      board.image.codeSize = hex(k.code.end + 1n - base)
      provenance['/image/codeSize'] = `__init_begin - _text: ${cite('iomem', k.code)}`
    }
    return
  }
  if (arch === 'riscv64') {
    const img = mbImage.find((e) => e.caller !== 'reserve_initrd_mem')
    const start = img?.base ?? k?.image?.start ?? k?.code?.start ?? f.opensbiNextAddress?.value
    if (start === undefined) return
    const base = roundDown(start, SZ_2M)
    board.image = { base: hex(base) }
    if (img?.end !== undefined && img.base === base) board.image.size = hex(img.end - base)
    provenance['/image'] = img
      ? cite('boot log', img)
      : `${k?.image ? cite('iomem', k.image) : k?.code ? cite('iomem', k.code) : cite('boot log', f.opensbiNextAddress!)}; base rounded down to 2 MiB (riscv64 PMD alignment); size: the kernel profile's`
    return
  }
  if (arch === 'x86_64' && k?.code) {
    board.image = { base: hex(k.code.start) }
    provenance['/image'] = `${cite('iomem', k.code)}; size: the kernel's init_size (profile), not the iomem extent`
    if (k.bss && k.bss.end >= k.code.start) {
      // "Kernel bss" ends at __bss_stop - 1, and __end_of_kernel_reserve is __bss_stop
      // (arch/x86/kernel/vmlinux.lds.S): the image's reserved part of this very build.
      board.boot = { ...board.boot, kernelReserve: hex(k.bss.end + 1n - k.code.start) }
      provenance['/boot/kernelReserve'] = `__end_of_kernel_reserve - _text: the end of ${cite('iomem', k.bss)}`
      // reserve_brk() (arch/x86/kernel/setup.c) reserves [__brk_base, _brk_end) from
      // setup_arch(), and __brk_base is __end_of_kernel_reserve: with memblock=debug, the
      // brk this boot used is the setup_arch reservation that starts there.
      const brk = memblock.find((e) => e.kind === 'reserve' && e.caller === 'setup_arch' && e.base === k.bss!.end + 1n && e.end !== undefined)
      if (brk?.end !== undefined) {
        board.boot = { ...board.boot, brk: hex(brk.end - brk.base!) }
        provenance['/boot/brk'] = `_brk_end - __brk_base: ${cite('boot log', brk)}`
      }
    }
  }
}

function placeInitrdAndDtb(board: Board, f: BootLogFacts, arch: Arch | undefined, efiDt: boolean, provenance: Provenance, problems: ImportProblem[]): void {
  if (f.ramdiskMoved) {
    board.initrd = { base: hex(f.ramdiskMoved.value.base), size: hex(f.ramdiskMoved.value.end - f.ramdiskMoved.value.base) }
    provenance['/initrd'] = `where the boot loader put it, to the byte: ${cite('boot log', f.ramdiskMoved)}`
  } else if (f.ramdisk) {
    board.initrd = { base: hex(f.ramdisk.value.base), size: hex(f.ramdisk.value.end - f.ramdisk.value.base) }
    provenance['/initrd'] = `${cite('boot log', f.ramdisk)} (page-rounded, as reserved)`
  } else {
    const added = f.memblock.filter((e) => e.kind === 'add' && e.caller === 'arm64_memblock_init')
    const ird =
      arch === 'arm64'
        ? f.memblock.find((e) => e.kind === 'reserve' && e.caller === 'arm64_memblock_init' && added.some((a) => a.base === e.base && a.end === e.end))
        : f.memblock.find((e) => e.kind === 'reserve' && e.caller === 'reserve_initrd_mem')
    if (ird?.base !== undefined && ird.end !== undefined) {
      board.initrd = { base: hex(ird.base), size: hex(ird.end - ird.base) }
      provenance['/initrd'] = `${cite('boot log', ird)} (page-rounded, as reserved)`
    } else if (arch !== 'x86_64' && f.ubootRamdisk) {
      // Where U-Boot's bootm/booti put it, rounded out to pages as arm64_memblock_init() and
      // riscv's reserve_initrd_mem() reserve it (test/boots/uboot-booti); the page size the
      // log's hash-table lines give (a 16K or 64K arm64 kernel), else 4K.
      const page = f.pageSize?.value ?? 4096n
      const { base, end } = f.ubootRamdisk.value
      const start = roundDown(base, page)
      board.initrd = { base: hex(start), size: hex(roundUp(end, page) - start) }
      provenance['/initrd'] = `${cite('boot log', f.ubootRamdisk)} (U-Boot's; page-rounded, as the kernel reserves it)`
    } else if (arch !== 'x86_64' && f.banner) {
      problems.push({ severity: 'note', source: 'bootLog', code: 'noInitrd', message: 'the initrd placement is not in the log (boot with memblock=debug, or give the DTB whose /chosen holds linux,initrd-start/end)' })
    }
  }
  if (arch === 'riscv64') {
    const arg1 = f.efi?.value === true ? undefined : f.opensbiNextArg1?.value
    const dt = riscvKernelDt(f, board.image === undefined ? undefined : BigInt(board.image.base))
    if (dt && !inRam(board, dt)) {
      // paging_init() reserves the DT after memblock_enforce_memory_limit(): past what mem=
      // left (random u02, q03), its reservation holds no memory and moves nothing. A log that
      // stops before its memory map (random-dt i09) gives no memory to hold it either; with
      // the DT's /memory importBoard() puts it back.
      provenance['/dtb'] = `not given: the DT (${dt.provenance}) lies in none of the memory the log shows (${board.memory ? 'past what mem= left' : 'it stops before its memory map'})`
    } else if (dt) {
      board.dtb = { base: hex(dt.base), size: hex(dt.end - dt.base) }
      provenance['/dtb'] = dt.provenance
      if (dt.note) problems.push(dt.note)
    } else if (arg1 !== undefined) {
      problems.push({ severity: 'note', source: 'bootLog', code: 'dtbSizeUnknown', message: `the DTB is at ${hex(arg1)} (OpenSBI "Next Arg1") but its size is not in the log; give the DTB or boot with memblock=debug`, line: f.opensbiNextArg1!.line })
    } else if (f.efi?.value === true && f.banner) {
      problems.push({ severity: 'note', source: 'bootLog', code: 'dtbSizeUnknown', message: 'booted through the EFI stub, whose copy of the device tree (a 2 MiB EFI allocation, fdt_totalsize() of it reserved) is not placed in the log: boot with memblock=debug, or give "dtb" in the board' })
    }
  }
  if (arch === 'arm64' && f.efi?.value === true) {
    // The stub's copy of the DT (a 2 MiB EFI allocation under the image on U-Boot), which
    // setup_machine_fdt() reserves, fdt_totalsize() of it, before memblock=debug is parsed
    // (arch/arm64/kernel/setup.c@v7.2.13:170-177 setup_machine_fdt(); @v5.10.223:171-178 the
    // same), on a device-tree boot and on an ACPI one alike: with ACPI tables the kernel still
    // gets the stub's tree (/chosen alone), which setup_arch() reserves before it knows
    // whether ACPI will run (random-efi f10: the CMA area allocated top-down below it). Not a
    // memblock_reserve line, but the one reservation of reserve_regions()'s dump
    // (memblock=debug's memblock_dump_all(), which does not need efi=debug) no earlier line
    // made. A -kernel boot's DT lies under the image QEMU loaded; this one lies where the
    // firmware's allocator put it and moves what is allocated top-down below it.
    const dump = f.memblockReservedFirst
    const fromReserveRegions = dump.length > 0 && f.memblock.some((e) => e.caller === 'reserve_regions' && e.line > dump[0]!.line)
    const unlogged = dump.filter((r) => !f.memblock.some((e) => e.kind === 'reserve' && e.line < r.line && e.base !== undefined && e.end !== undefined && e.base < r.value.end && r.value.base < e.end))
    // A tree above a mem= limit is left out: the board's banks end at the limit (as the log's
    // do) and the kernel's memblock_cap_memory_range() dropped its reservation with the
    // memory (mm/memblock.c@v7.2.13:1949-1952; random-efi f01, mem=4121M).
    if (fromReserveRegions && unlogged.length === 1 && !inRam(board, unlogged[0]!.value)) {
      provenance['/dtb'] = `not given: the FDT setup_machine_fdt() reserved (${cite('boot log', unlogged[0]!)}) lies above the memory the kernel kept (mem=), which drops its reservation`
    } else if (fromReserveRegions && unlogged.length === 1) {
      const dt = unlogged[0]!
      board.dtb = { base: hex(dt.value.base), size: hex(dt.value.end - dt.value.base) }
      provenance['/dtb'] = `the FDT setup_machine_fdt() reserved, the one reservation no memblock line made in reserve_regions()'s dump: ${cite('boot log', dt)}`
    } else if (f.banner) {
      problems.push({ severity: 'note', source: 'bootLog', code: 'dtbSizeUnknown', message: 'booted through the EFI stub, whose copy of the device tree (a 2 MiB EFI allocation, fdt_totalsize() of it reserved) is not placed in the log: boot with memblock=debug, or give "dtb" in the board' })
    }
  }
  if (arch === 'arm64' && f.efi?.value === false) {
    // Without the EFI stub ("efi: UEFI not found."), the DT is where the boot loader put it
    // (U-Boot's fdt_addr_r, or the top of RAM where it relocates the blob; QEMU's -kernel the
    // next 2 MiB after the initrd), and setup_machine_fdt() reserves fdt_totalsize() of it
    // before parse_early_param() turns memblock=debug on (arch/arm64/kernel/setup.c@v6.12.117:
    // 169-176, 293 and 300; @v5.10.223:178, 303 and 310): no memblock_reserve line, but in the
    // first dump of the reservations, the one no earlier line made (test/boots/boards: QEMU's
    // raspi3b puts 0xf6c2 bytes at 0x8200000). Two or more such entries place nothing.
    const dump = f.memblockReservedFirst
    const unlogged = dump.filter((r) => !f.memblock.some((e) => e.kind === 'reserve' && e.line < r.line && e.base !== undefined && e.end !== undefined && e.base < r.value.end && r.value.base < e.end))
    if (unlogged.length === 1 && inRam(board, unlogged[0]!.value)) {
      const dt = unlogged[0]!
      board.dtb = { base: hex(dt.value.base), size: hex(dt.value.end - dt.value.base) }
      provenance['/dtb'] = `the FDT setup_machine_fdt() reserved, the one reservation no memblock line made in the first dump of the reservations: ${cite('boot log', dt)}`
    } else if (dump.length === 0 && f.ubootFdt && inRam(board, f.ubootFdt.value)) {
      const dt = ubootDt(f.ubootFdt)
      board.dtb = { base: hex(dt.base), size: hex(dt.end - dt.base) }
      provenance['/dtb'] = dt.provenance
      problems.push(dt.note)
    }
  }
}

/**
 * The DT where U-Boot's console says bootm/booti put it, for a log without memblock=debug:
 * its start exactly, its size as U-Boot's range, the padding included (0x103000 bytes where
 * the kernel reserves 0x2080 of QEMU virt's tree under U-Boot 2023.01's booti), with a note.
 */
function ubootDt(at: Located<Span>): Span & { provenance: string; note: ImportProblem } {
  const { base, end } = at.value
  return {
    base,
    end,
    provenance: `${cite('boot log', at)} (U-Boot's; its range, larger than the tree)`,
    note: { severity: 'note', source: 'bootLog', code: 'dtbSizeUnknown', message: `the DTB is at ${hex(base)} (U-Boot's console), but the log gives only U-Boot's range for it, ${hex(end - base)} bytes with its padding: the kernel reserves the tree's own size after U-Boot's fixups (the size of /sys/firmware/fdt), which a boot with memblock=debug shows`, line: at.line },
  }
}

/**
 * riscv64: the DT the kernel got, and where the board's values come from. memblock=debug shows
 * paging_init()'s reservation of it: the one at OpenSBI's Next Arg1, else the last of
 * paging_init()'s. Without it, where OpenSBI jumps straight into the kernel (Next Address is
 * the image), its a1 is the kernel's DT, and paging_init() reserves it whatever its size:
 * leaving it out would move everything allocated top-down past it where it lies near the top
 * of RAM (QEMU virt puts it 2 MiB under the top of 1 GiB: random j02, where the KFENCE pool
 * then goes under it and NODE_DATA above it). Only its size is missing then: QEMU virt's, a
 * few KiB like any small board's, with a note. Through the EFI stub the kernel's DT is the
 * stub's copy, not the firmware's at Next Arg1: none.
 */
export function riscvKernelDt(f: BootLogFacts, imageBase: bigint | undefined): (Span & { provenance: string; note?: ImportProblem }) | undefined {
  const arg1 = f.efi?.value === true ? undefined : f.opensbiNextArg1?.value
  const paging = f.memblock.filter((e) => e.kind === 'reserve' && (e.caller === 'paging_init' || e.caller === 'setup_bootmem'))
  const reserved = paging.find((e) => e.base === arg1) ?? (paging.length > 1 ? paging[paging.length - 1] : undefined)
  if (reserved?.base !== undefined && reserved.end !== undefined) return { base: reserved.base, end: reserved.end, provenance: cite('boot log', reserved) }
  // Under U-Boot, OpenSBI's a1 is U-Boot's DT, and the console says which one the kernel got.
  if (f.ubootFdt && f.efi?.value !== true) return ubootDt(f.ubootFdt)
  const a1 = f.opensbiNextArg1
  if (arg1 === undefined || a1 === undefined || imageBase === undefined || f.opensbiNextAddress?.value !== imageBase) return undefined
  return {
    base: arg1,
    end: arg1 + BigInt(QEMU_VIRT_RISCV64_DTB_SIZE),
    provenance: `${cite('boot log', a1)} (OpenSBI's a1 to the kernel at Next Address ${hex(imageBase)}); size QEMU virt's, the qemu-virt-riscv64 preset's`,
    note: { severity: 'note', source: 'bootLog', code: 'dtbSizeUnknown', message: `the DTB is at ${hex(arg1)} (OpenSBI "Next Arg1") but its size is not in the log: taken as ${QEMU_VIRT_RISCV64_DTB_SIZE} bytes, QEMU virt's; give the DTB or boot with memblock=debug`, line: a1.line },
  }
}

/** Whether a span lies whole in one of the board's mapped banks (not past a mem= limit). */
export function inRam(board: Board, span: Span): boolean {
  return (board.memory ?? []).some((b) => !b.nomap && BigInt(b.base) <= span.base && span.end <= BigInt(b.base) + BigInt(b.size))
}

/** Who Debian's kernel banners name as the builder (LINUX_COMPILE_BY@LINUX_COMPILE_HOST, init/version.c, linux-source-6.12:40). */
export const DEBIAN_BUILDER = 'debian-kernel@lists.debian.org'

/**
 * The builder a `Linux version` banner names (`root@vm` of `7.2.13 (root@vm) (gcc …) #1 …`)
 * when it is not Debian's, else undefined (Debian's, or a banner without one).
 */
export function notDebianBuild(banner: string | undefined): string | undefined {
  if (banner === undefined) return undefined
  const open = banner.indexOf(' (')
  const close = open < 0 ? -1 : banner.indexOf(')', open)
  if (close < 0) return undefined
  const builder = banner.slice(open + 2, close)
  return builder === DEBIAN_BUILDER || builder === '' ? undefined : builder
}
