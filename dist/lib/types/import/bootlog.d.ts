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
import type { Board } from '../matrix/generated/board-matrix.js';
import { type IomemFacts } from './iomem.js';
import { type Span } from './ranges.js';
import { type ZoneLimitsVariant } from '../engine/arm64/zones.js';
import { type ImportProblem, type ImportResult, type Located, type Provenance } from './types.js';
type Arch = NonNullable<Board['arch']>;
/** One kernel line of the log, with the prefixes (timestamp, syslog level …) removed. */
export interface BootLine {
    /** 1-based line number in the input. */
    line: number;
    text: string;
    /** The printk timestamp, e.g. `0.000000`, when there was one. */
    ts?: string;
}
export interface ZoneFact {
    name: string;
    /** Absent for `empty`. End exclusive (the log prints it inclusive). */
    range?: Span;
}
export interface ReservedMemFact {
    name: string;
    base?: bigint;
    size?: bigint;
    nomap?: boolean;
    reusable?: boolean;
    compatible?: string;
    /** `Reserved memory: created CMA memory pool …` */
    cmaPool?: boolean;
    failed?: boolean;
    /**
     * `Reserved memory: incorrect alignment of CMA region` then `node … compatible matching
     * fail`: a reusable shared-dma-pool the kernel gave back (rmem_cma_setup() -EINVAL).
     */
    cmaMisaligned?: boolean;
    lines: Array<{
        line: number;
        text: string;
    }>;
}
export type CrashFact = {
    kind: 'reserved';
    region: 'main' | 'low';
    base: bigint;
    size: bigint;
    /**
     * x86 ≤6.6's "Reserving %ldMB of memory at %ldMB" prints `>> 20` of both: base and size
     * are then the MiB they fall in, not the bytes (arch/x86/kernel/setup.c@v6.1.192:614).
     */
    mib?: true;
} | {
    kind: 'message';
    failure: boolean;
};
export interface MemblockEvent {
    /** The memblock function that printed (`memblock_reserve`, `memblock_alloc_try_nid` …). */
    api: string;
    kind: 'add' | 'remove' | 'reserve' | 'free' | 'request' | 'other';
    base?: bigint;
    /** Exclusive. */
    end?: bigint;
    /** Requests: bytes asked for. */
    size?: bigint;
    align?: bigint;
    min?: bigint;
    max?: bigint;
    nid?: number;
    /** Function name without offset. */
    caller: string;
    line: number;
    text: string;
}
/** Everything recognised in a boot log. */
export interface BootLogFacts {
    banner?: Located<string>;
    /** Kernel release `x.y.z` derived from the banner. */
    release?: Located<string>;
    arch?: Located<Arch>;
    machine?: Located<string>;
    cmdline?: Located<string>;
    /**
     * The parameters print_unknown_bootoptions() names (5.14+): neither an early param nor a
     * __setup() one of this build, so a `cma_pernuma=` there says the build has no
     * CONFIG_DMA_NUMA_CMA (init/main.c@v6.12.117 print_unknown_bootoptions).
     */
    unknownParams?: Located<string>;
    e820: Array<Located<Span & {
        type: string;
    }>>;
    /**
     * The EFI memory map as efi=debug prints it (`efi: memNN: [<type>|…] range=[…]`,
     * drivers/firmware/efi/memmap.c efi_print_memmap()), the type trimmed (`Boot Data`).
     */
    efiMap: Array<Located<Span & {
        type: string;
    }>>;
    /**
     * Where the EFI stub left the memory map (arm64, riscv64 with efi=debug: efi_get_fdt_params()'s
     * `efi:   MemMap Address : 0x…` and `MemMap Size : 0x…` lines, drivers/firmware/efi/fdtparams.c),
     * which efi_init() memblock_reserve()s page-rounded.
     */
    efiMemmapBase?: Located<bigint>;
    efiMemmapSize?: Located<bigint>;
    zones: Array<Located<ZoneFact>>;
    nodeRanges: Array<Located<Span & {
        node: number;
    }>>;
    /** The "Early memory node ranges" line that opens the node ranges' block. */
    nodeRangesHead?: Located<true>;
    /**
     * The log's last line where the text ends inside it, without a newline (a capture cut
     * short; a tail of NUL bytes, a serial capture's padding, is no text): its value is the
     * block it is a line of (`"Early memory node ranges"`, `"Zone ranges"`), or '' outside one.
     */
    cutLine?: Located<string>;
    reservedMem: ReservedMemFact[];
    /**
     * The CMA areas dma_contiguous_reserve() declares (`cma: Reserved …` / `cma: Failed to
     * reserve …`): the per-node ones of `numa_cma=`/`cma_pernuma=` first, then the default one;
     * `node` where the kernel prints it (6.6+ on x86: the default area's is -1).
     */
    cma: Array<Located<{
        sizeMiB: number;
        base?: bigint;
        node?: number;
    }>>;
    /**
     * The first `crashkernel CMA reserved: …` / `… reservation failed: …` line: only a kernel
     * with CONFIG_CMA prints it (CRASHKERNEL_CMA, include/linux/crash_reserve.h@v6.17.8:17-24;
     * without it reserve_crashkernel_cma() says "not supported").
     */
    crashCma?: Located<string>;
    crash: Array<Located<CrashFact>>;
    memblock: MemblockEvent[];
    /**
     * memory[] of the first `MEMBLOCK configuration:` dump that lists memory, with flags (0x4 =
     * NOMAP). Through the EFI stub on arm64 the first dump is reserve_regions()'s, made before
     * it reads the EFI map (memory.cnt 0: drivers/firmware/efi/efi-init.c@v7.2.13:171-172); the
     * next, after the crash reservation, has the map's regions with the NOMAP ones flagged.
     */
    memblockMemory: Array<Located<Span & {
        flags: number;
    }>>;
    /**
     * reserved[] of the first `MEMBLOCK configuration:` dump. On arm64 through the EFI stub that
     * is reserve_regions()'s (drivers/firmware/efi/efi-init.c@v7.2.13:171-172; memblock_dump_all()
     * prints it with memblock=debug, efi=debug or not), before the EFI map is read: what
     * setup_arch() reserved before memblock=debug was parsed (the FDT, setup_machine_fdt())
     * besides the memreserve table efi_config_parse_tables() printed.
     */
    memblockReservedFirst: Array<Located<Span>>;
    ramdisk?: Located<Span>;
    /** x86 relocate_initrd()'s `Move RAMDISK from [mem …]`: the initrd's exact extent (RAMDISK: is page-rounded). */
    ramdiskMoved?: Located<Span>;
    /**
     * The "Zone ranges:" … "Initmem setup node" block of free_area_init() (mm/mm_init.c) as
     * printed, line by line: the zones and the early memory node ranges.
     */
    zoneBlock?: Located<string[]>;
    /**
     * The last line read of the "Zone ranges:" list (its head, or its last zone line) where the
     * first boot's lines end inside the list: no line follows its zones ("Movable zone start for
     * each node", which free_area_init() prints after them, or any other), so the zones the
     * kernel printed after that line may be missing from the log.
     */
    zoneListCut?: Located<true>;
    /**
     * The last range line of the "Early memory node ranges" list where the first boot's lines end
     * with it: no line follows ("Initmem setup node", which free_area_init() prints after the
     * ranges, or any other), so ranges the kernel printed after it may be missing from the log.
     */
    nodeListCut?: Located<true>;
    /** "Run /init as init process" (kernel_init(), init/main.c): the boot reached user space. */
    initRan?: Located<true>;
    /**
     * `Memory: …K/…K available` (mem_init_print_info(): mm/mm_init.c, mm/page_alloc.c in 5.10
     * and 6.1), printed once start_kernel() is past setup_arch(), where every architecture
     * reserves the crash kernel: a log with this line would show the crash kernel's line.
     */
    memInit?: Located<true>;
    /** x86 /proc/meminfo's DirectMap counters in kB, where the log carries /proc/meminfo. */
    directMapKb?: Located<Record<string, number>>;
    /** `NODE_DATA(0) allocated [mem …]` (arm64 and riscv64 ≤6.11: `NUMA: NODE_DATA [mem …]`): the build's pg_data_t, cache-line rounded. */
    nodeData?: Located<Span>;
    /**
     * The nodes the log sets up without memory (CPU-only nodes), each at its first line:
     * arm64/riscv64 setup_node_data()'s "NUMA: Initmem setup node N [<memory-less node>]",
     * free_area_init_node()'s "Initmem setup node N as memoryless" (5.17+) or its empty span
     * "[mem 0x0000000000000000-0x0000000000000000]" (5.10), "Initializing node N as memoryless"
     * (5.17 – 6.11, a node not online yet).
     */
    memorylessNodes: Array<Located<number>>;
    /** x86 ≤6.1's SRAT: the nodes of its CPUs ("SRAT: PXM P -> APIC 0xA -> Node N"). */
    sratCpuNodes: Array<Located<number>>;
    /**
     * x86's SRAT memory affinity entries, as acpi_numa_memory_affinity_init() prints them ("ACPI:
     * SRAT: Node N PXM P [mem …]", drivers/acpi/numa/srat.c, every version): the firmware's node
     * of each part of RAM, memory mem= cut off included.
     */
    sratMemory: Array<Located<Span & {
        node: number;
    }>>;
    opensbiNextAddress?: Located<bigint>;
    opensbiNextArg1?: Located<bigint>;
    /**
     * U-Boot's bootm/booti on the console before the kernel: `Loading Ramdisk to <start>, end
     * <end>` (end exclusive: boot_ramdisk_high()) and `Loading Device Tree to <start>, end <end>`
     * or `Using Device Tree in place at <start>, end <end>` (end inclusive: boot_relocate_fdt(),
     * its reservation with the padding, not the tree's own size).
     */
    ubootRamdisk?: Located<Span>;
    ubootFdt?: Located<Span>;
    lpa2?: Located<true>;
    /** `CPU: All CPU(s) started at EL2` (true) or `EL1` (false): the firmware's entry level, arm64's smp_cpus_done() → hyp_mode_check(). */
    el2?: Located<boolean>;
    /** `kfence: initialized - using N bytes for M objects`: KFENCE is built in and ran at boot. */
    kfence?: Located<true>;
    /** `52-bit Virtual Addressing (LVA)`: a 64K CONFIG_ARM64_VA_BITS_52 kernel runs with 52-bit VAs. */
    lva?: Located<true>;
    /**
     * PAGE_SIZE, from the dentry or inode hash table line: alloc_large_system_hash() prints
     * the table's size and ilog2(size) - PAGE_SHIFT as its order, and these tables (8-byte
     * buckets) are powers of two, so size >> order is the page size.
     */
    pageSize?: Located<bigint>;
    efi?: Located<boolean>;
    /**
     * `ACPI: RSDP …` (acpi_tb_print_table_header() from acpi_table_init()): arm64's
     * acpi_boot_table_init() reads the tables only when the kernel will run with ACPI, not the
     * device tree (arch/arm64/kernel/acpi.c@v7.1.3:219-250).
     */
    acpiRsdp?: Located<true>;
    /**
     * A NUMA distance table the firmware gives: `ACPI: SLIT …` (acpi_tb_print_table_header(), the
     * table listed) or `OF: NUMA: parsing numa-distance-map-v1` (of_numa_parse_distance_map_v1(),
     * drivers/of/of_numa.c@v6.12.117:87).
     */
    numaDistances?: Located<true>;
    /**
     * `printk: log buffer data + meta data: D + M = … bytes` (print_log_buf_usage_stats(), which
     * every 6.14+ boot prints): the buffer's size D (the static one, 1 << CONFIG_LOG_BUF_SHIFT,
     * unless a log_buf_len= buffer replaced it) and sizeof(struct printk_info), M being D / 32
     * records of a 24-byte descriptor and an info each: 112 bytes means
     * CONFIG_PRINTK_EXECUTION_CTX.
     */
    printkUsage?: Located<{
        data: bigint;
        info: bigint;
    }>;
    /**
     * `NUMA: Faking a node at [mem …]`: dummy_numa_init() made one node of all memory (no
     * firmware nodes, `numa=off`, or nodes that do not cover the memory), whatever the SRAT said.
     */
    numaFaked?: Located<true>;
    /**
     * `Faking node N at [mem …] (NMB)`: NUMA emulation (`numa=fake=`, x86_64) split the nodes,
     * so the zone block's node ranges are the fake nodes, not the firmware's.
     */
    numaEmulated?: Located<true>;
    /** `Malformed early option 'numa'`: a `numa` early parameter returned an error (x86: `fake=` without CONFIG_NUMA_EMU, or no value). */
    numaMalformed?: Located<true>;
    /**
     * `ACPI: Failed to init ACPI tables`: acpi_boot_table_init() read the tables (the RSDP line is
     * printed) but they failed its checks, and it disabled ACPI again unless `acpi=force`: the
     * kernel then runs with the (stub) device tree (arch/arm64/kernel/acpi.c@v7.1.3:252-257).
     */
    acpiFailed?: Located<true>;
    /**
     * efi_config_parse_tables()'s `efi:` line lists an ACPI table (`ACPI 2.0=0x…` or
     * `ACPI=0x…`): the firmware has ACPI tables, whether the kernel reads them or (`acpi=off`)
     * not (drivers/firmware/efi/efi.c@v7.2.13:621-674 common_tables, match_config_table).
     */
    efiAcpi?: Located<true>;
    /**
     * A `Machine model:` line (setup_machine_fdt()): the device tree has a model or compatible,
     * so it is the firmware's, not the EFI stub's (`facts.machine` may be the DMI name instead).
     */
    dtModel?: Located<true>;
    iomem?: IomemFacts;
    /** Number of boots seen (only the first one is read). */
    boots: number;
}
/**
 * A log in one of journalctl's short formats, read without `-k` (`journalctl -b -o short`,
 * `-o short-monotonic`…, a syslog file): the lines to leave out, those of user space's
 * entries, whose messages may quote the kernel's (`kdump-tools[345]: Kernel command line: …`,
 * `sh[400]: [    0.000000] crashkernel reserved: …`), with their continuation lines; and the
 * `-- Boot … --` line where the first boot ends.
 */
export interface ShortJournal {
    /** Indexes (0-based) of the lines that are not the kernel's: user space's entries, journalctl's boot lines. */
    drop: Set<number>;
    /** Index of the `-- Boot … --` (`-- Reboot --`) line after the first boot's entries. */
    secondBoot?: number;
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
export declare function shortJournal(lines: readonly string[]): ShortJournal | undefined;
export interface NormalizeLineOptions {
    /**
     * Whether the line may be an entry of `journalctl -o short-monotonic`, whose `host kernel: `
     * (or `kernel: `) after the `[ seconds]` stamp is dropped. false for a line of a log that
     * shortJournal() does not read as a short journal (dmesg, a console capture): there that is
     * the kernel's own text, as in parse_args()'s "Booting kernel: `abc' invalid for parameter
     * `kfence.sample_interval'" (kernel/params.c parse_args(), the `doing` of init/main.c
     * start_kernel()). Default true: a line on its own is read as either.
     */
    shortJournal?: boolean;
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
export declare function normalizeLine(raw: string, opts?: NormalizeLineOptions): {
    text: string;
    ts?: string;
};
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
export declare function opensAsLogLine(raw: string): boolean;
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
    format: NonNullable<ReturnType<typeof journalFormat>>;
    lines: BootLine[];
    problems: ImportProblem[];
    /** The first line of another boot (`_BOOT_ID`), where the first one ends. */
    secondBoot?: number;
    /**
     * Where the text ends inside an entry's message (a capture cut short): the line its message
     * is located at, whose last message line may lack what the kernel printed after it. Not set
     * where the text ends past the message (in another field, or only the last newline missing).
     */
    cut?: number;
}
/** The first `n` non-blank lines of `text`, without scanning past them (also how the CLI tells an artefact's kind). */
export declare function firstLines(text: string, n: number): string[];
/** Which structured journalctl format `text` is in, if any, by its first lines. */
export declare function journalFormat(text: string): 'export' | 'json' | 'json-pretty' | 'verbose' | undefined;
/**
 * Reads `journalctl -o export`, `-o json` or `-o verbose` output; `-o json-pretty`, whose
 * entries span several lines, is named and refused with a `journalFormat` error.
 *
 * @returns undefined when the text is in none of these formats
 * @example
 * readJournal('_BOOT_ID=1\n_TRANSPORT=kernel\nMESSAGE=Zone ranges:\n\n')?.lines // → [{ line: 3, text: 'Zone ranges:' }]
 */
export declare function readJournal(text: string): JournalRead | undefined;
/**
 * The kernel messages read (exported for the regex audit, test/hostile/regex.test.ts). They
 * run on trimmed lines, so none ends in `\s*$`: after a lazy group that retried the trailing
 * run from every position of the group, quadratic on a line with a long run of spaces inside.
 */
export declare const RE: {
    banner: RegExp;
    booting: RegExp;
    machine: RegExp;
    /** The DMI line; {@link dmiSystem} drops its `, BIOS …` part. */
    dmi: RegExp;
    cmdline: RegExp;
    unknownParams: RegExp;
    x86cmdline: RegExp;
    e820: RegExp;
    e820old: RegExp;
    efiMem: RegExp;
    efiMemDesc: RegExp;
    efiMemmapBase: RegExp;
    efiMemmapSize: RegExp;
    zoneStart: RegExp;
    zoneBlockEnd: RegExp;
    zoneBlockOffline: RegExp;
    initRan: RegExp;
    memInit: RegExp;
    directMap: RegExp;
    zone: RegExp;
    nodeStart: RegExp;
    node: RegExp;
    resmem: RegExp;
    resmemInit: RegExp;
    resmemCmaAlign: RegExp;
    resmemInitFail: RegExp;
    resmemPool: RegExp;
    resmemFail: RegExp;
    cma: RegExp;
    cmaFail: RegExp;
    hugetlbCmaDone: RegExp;
    crashCma: RegExp;
    crashMain: RegExp;
    crashLow: RegExp;
    x86Main: RegExp;
    x86Low: RegExp;
    crashAny: RegExp;
    crashFailure: RegExp;
    mbRange: RegExp;
    mbRequest: RegExp;
    mbDumpStart: RegExp;
    mbDumpRegion: RegExp;
    ramdisk: RegExp;
    ramdiskMove: RegExp;
    nodeData: RegExp;
    memorylessNode: RegExp;
    sratCpu: RegExp;
    sratMemory: RegExp;
    sbiNext: RegExp;
    sbiArg1: RegExp;
    ubootRamdisk: RegExp;
    ubootFdt: RegExp;
    lpa2: RegExp;
    startedAt: RegExp;
    lva: RegExp;
    kfence: RegExp;
    hashTable: RegExp;
    efiMissing: RegExp;
    efiPresent: RegExp;
    acpiRsdp: RegExp;
    numaDistances: RegExp;
    numaFaked: RegExp;
    numaEmulated: RegExp;
    numaMalformed: RegExp;
    logBufUsage: RegExp;
    acpiFailed: RegExp;
    efiAcpi: RegExp;
};
/**
 * The system name of dmi_setup()'s `DMI: %s` line (drivers/firmware/dmi_scan.c): the text
 * before its `, BIOS …` part (from the second character on, as the lazy `(.+?)(?:, BIOS .*)?`
 * it replaces found it, without retrying the rest of the line from every position).
 *
 * @example
 * dmiSystem('QEMU Standard PC (Q35 + ICH9, 2009), BIOS 1.16.2-debian-1.16.2-1 04/01/2014') // → 'QEMU Standard PC (Q35 + ICH9, 2009)'
 */
export declare function dmiSystem(value: string): string;
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
export declare function isDmiSystemName(value: string): boolean;
/**
 * `5.10.0-32-arm64 … Debian 5.10.223-1` → 5.10.223; `5.15.0-204-generic … (Ubuntu
 * 5.15.0-204.214-generic 5.15.224)` → 5.15.224; `6.0.0-rc2+` → 6.0.0.
 */
export declare function releaseFromBanner(uname: string, rest: string): string | undefined;
/**
 * Whether a `Linux version` banner is an Ubuntu build's (its build number tagged `-Ubuntu`, as
 * `#36-Ubuntu SMP` or `#29~24.04.1-Ubuntu SMP`) without the version signature that names the
 * upstream release it is based on: Ubuntu's 6.1 OEM builds end the banner after the build
 * date (test/boots/ubuntu), so the release read is the package's, `6.1.0`.
 */
export declare function ubuntuWithoutUpstreamRelease(banner: string | undefined): boolean;
/** Node 0's NODE_DATA as its line (RE.nodeData) gives it, [base, end), or undefined for another line. */
export declare function nodeDataSpan(line: string): Span | undefined;
/** A boot log as {@link parseBootLog} reads it. */
export interface ParsedBootLog {
    facts: BootLogFacts;
    /** Located at the log's lines. */
    problems: ImportProblem[];
    /**
     * The first boot's lines, as the facts were read from them: the kernel's messages (of a
     * journal, its first boot's; of a console capture, every line but the oracle's sections,
     * other programs' noise among them), prefixes removed, up to where another boot starts.
     */
    lines: BootLine[];
    /**
     * The line the text ends inside, without a newline (a capture cut short; a tail of NUL bytes
     * is no text): of a journal, the line of the entry whose message it ends inside
     * ({@link JournalRead.cut}).
     */
    openLine?: number;
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
export declare function parseBootLog(text: string): ParsedBootLog;
export interface BootLogToBoardOptions {
    /** Board id; default derived from the machine model and the release. */
    id?: string;
    /** A /proc/iomem of the same boot, when it is not inside the log. */
    iomem?: string;
}
/**
 * Whether the gap `[end, next)` between two "Early memory node ranges" is the page holding a
 * no-map region's edge, left out of both (joinNomapPageGaps()), not a hole: with the kernel's
 * page size known, exactly that page; without (the log pass), a gap of at most MAX_PAGE with
 * such an edge inside.
 */
export declare function gapHoldsNomapEdge(end: bigint, next: bigint, edges: readonly bigint[], page?: bigint): boolean;
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
export declare function bootLogToBoard(text: string, opts?: BootLogToBoardOptions): ImportResult<BootLogFacts>;
/**
 * Where arm64's ZONE_DMA ends (exclusive; `start` where it is empty) on RAM from `start` to
 * `end` for a DMA limit `limit` (the highest CPU address the DMA bus reaches, inclusive),
 * as the kernel generation `variant` (a policy's `arm64.zones`) sizes it.
 */
export declare function zoneDmaEnd(variant: ZoneLimitsVariant, start: bigint, end: bigint, limit: bigint): bigint;
/**
 * {@link bootLogToBoard} of a log already read by {@link parseBootLog}, for a caller that
 * needs more of the reading than the board (verify: the first boot's lines). The board's
 * facts and problems are `parsed`'s, to which it adds.
 */
export declare function parsedBootLogToBoard(parsed: ParsedBootLog, opts?: BootLogToBoardOptions): ImportResult<BootLogFacts>;
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
export declare function sizeTreeFromNodeData(board: Board, f: BootLogFacts, provenance: Provenance, problems: ImportProblem[]): void;
/**
 * Kernel image placement: /proc/iomem `Kernel code`/`data`/`image`, `memblock=debug`, OpenSBI.
 * Also used for a /proc/iomem given without a boot log (`f` then holds only `iomem`).
 *
 * @param board - gets `image` (and on x86_64 `boot.kernelReserve`/`boot.brk`) when the facts show it
 * @param f - the facts that can place the image
 * @param arch - decides how the facts are read (nothing is placed without it)
 * @param provenance - gets the line behind each value set
 */
export declare function placeImage(board: Board, f: Partial<Pick<BootLogFacts, 'iomem' | 'memblock' | 'opensbiNextAddress'>>, arch: Arch | undefined, provenance: Provenance): void;
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
export declare function riscvKernelDt(f: BootLogFacts, imageBase: bigint | undefined): (Span & {
    provenance: string;
    note?: ImportProblem;
}) | undefined;
/** Whether a span lies whole in one of the board's mapped banks (not past a mem= limit). */
export declare function inRam(board: Board, span: Span): boolean;
/** Who Debian's kernel banners name as the builder (LINUX_COMPILE_BY@LINUX_COMPILE_HOST, init/version.c, linux-source-6.12:40). */
export declare const DEBIAN_BUILDER = "debian-kernel@lists.debian.org";
/**
 * The builder a `Linux version` banner names (`root@vm` of `7.2.13 (root@vm) (gcc …) #1 …`)
 * when it is not Debian's, else undefined (Debian's, or a banner without one).
 */
export declare function notDebianBuild(banner: string | undefined): string | undefined;
export {};
