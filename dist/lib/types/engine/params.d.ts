/**
 * The early command-line parameters as the kernel's generic code hands them to their
 * handlers: parse_early_param() → parse_args() → next_arg() tokens (quotes, the `--` stop),
 * matched by parameq() (`-` and `_` alike). The engine's early_param() mirrors read the
 * command line through these, so that a token the kernel does not see is not seen here.
 * (crashkernel= is not an early param: each kernel finds it its own way.)
 *
 * Also the generic handlers of the parameters more than one arch (and the boot-log importer)
 * reads: set_debug_rodata() (rodata=, with the arch hook's words as data) and
 * param_set_sample_interval() (kfence.sample_interval=), and early_initrdmem() (initrd=,
 * initrdmem=).
 *
 * @kernel init/main.c parse_early_param, do_early_param, set_debug_rodata; kernel/params.c
 *         parse_args, parse_one, parameq; lib/cmdline.c next_arg; mm/kfence/core.c
 *         param_set_sample_interval (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
import { type Memparse } from './memparse.js';
import type { PhysRange } from './types.js';
/** One `param[=val]` token as parse_args() hands it to its callbacks. */
export interface EarlyParam {
    param: string;
    /** null when the token had no '=' (the kernel passes NULL). */
    val: string | null;
}
/** Mirrors isspace() — include/linux/ctype.h (lib/ctype.c's table, ASCII): space, \t, \n, \v, \f, \r. */
export declare const isSpace: (c: string | undefined) => boolean;
/**
 * The tokens parse_args() passes to do_early_param(), in order, stopping at a bare "--"
 * (everything after it belongs to init).
 *
 * @kernel kernel/params.c parse_args; init/main.c parse_early_options
 */
export declare function parseEarlyParams(cmdline: string): EarlyParam[];
/**
 * Engine helper (no kernel counterpart): the `nid:size[,nid:size…]` loop that
 * cmdline_parse_hugetlb_cma() (5.17+) and early_numa_cma() (6.6+) share. Each item's node id
 * is what sscanf("%lu%n") reads: white space skipped (a quoted value may hold some), then
 * decimal digits, wrapping at 2^64 as simple_strntoull() does; 5.17 – 5.18's hugetlb_cma=
 * keeps it in an int (`nidAsInt`: `nid < 0 || nid >= MAX_NUMNODES` ends the list), later
 * releases unsigned. Its size is memparse()'s after the ':'. The list ends at an item without
 * digits, a node id out of range, an item without ':' (`plain`: hugetlb_cma= then takes the
 * whole value as a size) or an item not followed by ','.
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma (v5.17:6882-6915, v6.12.117:7656-7691);
 *         kernel/dma/contiguous.c early_numa_cma (v6.12.117:100-125, v7.2.13:141-168);
 *         lib/vsprintf.c vsscanf (v6.12.117)
 */
export declare function parseNodeSizeList(v: string, memparse: Memparse, maxNumnodes: number, nidAsInt?: boolean): {
    items: Array<[number, bigint]>;
    plain: boolean;
};
/**
 * Mirrors parameq() — kernel/params.c (v6.12.117:97).
 * dash2underscore() + parameq() — kernel/params.c: '-' and '_' are the same in names.
 */
export declare function parameq(a: string, b: string): boolean;
declare const EINVAL = -22;
/**
 * Mirrors kstrtobool() of 5.10 — lib/kstrtox.c: y/Y/1 true, n/N/0 false, o[nN] true,
 * o[fF] false; anything else (and NULL) -EINVAL. Only the first one or two characters count,
 * so "noalias" is false and "yes-please" is true.
 *
 * @kernel lib/kstrtox.c kstrtobool (v5.10)
 */
export declare function kstrtoboolV510(s: string | null): {
    ret: 0;
    res: boolean;
} | {
    ret: typeof EINVAL;
};
/**
 * Mirrors kstrtobool() of 5.19+ — lib/kstrtox.c: as 5.10 plus t/T (true) and f/F (false)
 * (0d6ea3ac94ca "lib/kstrtox.c: add "false"/"true" support to kstrtobool()": in
 * lib/kstrtox.c@v5.19:348-388, not in @v5.17; no 5.18 tree at hand, taken as 5.19), so
 * "full" parses as false here: arm64's 5.19 parse_rodata() therefore read rodata=full as
 * rodata=off, which 6.0's "arm64: fix rodata=full" (2e8cff0a0eee) names as the breakage.
 *
 * @kernel lib/kstrtox.c kstrtobool (v5.19, v6.0, v6.1.192, v6.12.117, v6.14)
 */
export declare function kstrtoboolV519(s: string | null): {
    ret: 0;
    res: boolean;
} | {
    ret: typeof EINVAL;
};
/**
 * Mirrors kstrtobool() of 6.16+ — lib/kstrtox.c: as 5.19 plus e/E (enable, true) and d/D
 * (disable, false). In lib/kstrtox.c@v6.16.3:354-364 and @v6.17:348-392, not in @v6.14:348-388:
 * 6.15 or 6.16, UNCONFIRMED which (no 6.15 tree at hand; the parse dialects take 6.16, PARSE_6_16).
 *
 * @kernel lib/kstrtox.c kstrtobool (v6.16.3, v6.17, v7.0 – v7.3.4)
 */
export declare function kstrtoboolV616(s: string | null): {
    ret: 0;
    res: boolean;
} | {
    ret: typeof EINVAL;
};
/** One generation of kstrtobool() (a policy picks it). */
export type Kstrtobool = typeof kstrtoboolV510;
/**
 * Mirrors debug_pagealloc_enabled() at early boot — include/linux/mm.h: CONFIG_DEBUG_PAGEALLOC
 * and _debug_pagealloc_enabled_early, which starts as CONFIG_DEBUG_PAGEALLOC_ENABLE_DEFAULT
 * and which every `debug_pagealloc=` sets through early_debug_pagealloc()'s kstrtobool().
 * (arm64's flags code runs the same handler inside its own early-param pass.)
 * @kernel include/linux/mm.h debug_pagealloc_enabled; mm/page_alloc.c (5.10, 6.1),
 *         mm/debug_page_alloc.c (6.12, 7.2) early_debug_pagealloc
 */
export declare function debugPageallocEnabled(config: {
    DEBUG_PAGEALLOC: boolean;
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: boolean;
}, cmdline: string, kstrtobool: typeof kstrtoboolV510): boolean;
/** The globals rodata= sets: rodata_enabled (init/main.c) and arm64's rodata_full (arch/arm64/mm/pageattr.c). */
export interface RodataState {
    rodataEnabled: boolean;
    rodataFull: boolean;
}
/**
 * The words arch_parse_debug_rodata() takes before the generic handler looks at the value,
 * each → [rodata_enabled, rodata_full]. x86 defines no hook (the generic header's stub returns
 * false): NO_ARCH_RODATA_WORDS. arm64's tables are per generation (arm64/linear-map-flags.ts).
 */
export type ArchRodataWords = Readonly<Record<string, readonly [enabled: boolean, full: boolean]>>;
/** No arch_parse_debug_rodata() (x86; and 5.10, which had no hook at all). */
export declare const NO_ARCH_RODATA_WORDS: ArchRodataWords;
/** The generations of set_debug_rodata() (X86Policy['rodataParam'], arm64's parameter dialects). */
export type RodataParam = 'setup-strtobool' | 'setup-strtobool-silent' | 'early-on-off';
/**
 * One call of set_debug_rodata() for one rodata token: true where it took the value, false
 * where it printed "Invalid option string for rodata: '%s'" and left the globals as they were.
 */
export type SetDebugRodataCall = (st: RodataState, val: string | null, arch: ArchRodataWords, strtobool: Kstrtobool) => boolean;
/**
 * Mirrors set_debug_rodata() of 5.10 — init/main.c@v5.10.223:1356-1362: strtobool() (5.10's
 * inline wrapper of kstrtobool(), the release's generation) of the value into rodata_enabled.
 * There is no arch hook yet (`arch` is not read); a value strtobool() rejects ("full" too, until
 * 5.19's kstrtobool() reads it as false) is warned about.
 *
 * @kernel init/main.c set_debug_rodata (v5.10.223:1356-1362)
 */
export declare const setDebugRodataV510: SetDebugRodataCall;
/**
 * Mirrors set_debug_rodata() of 5.11 – 5.17 — init/main.c@v5.11:1377-1381 (@v5.13, @v5.17:1453-1457
 * alike): it returns strtobool()'s result and prints nothing, so a value strtobool() rejects
 * leaves rodata_enabled as it was without a line. (v5.10.223 and v5.19:1448-1454 pr_warn() it:
 * "init/main.c: return 1 from handled __setup() functions", backported to 5.10.111 in April
 * 2022, so of 5.18's merge window: 5.18 is not at hand, and the x86_64-5.18 and arm64-5.18
 * policies take the warning.) A value strtobool() takes returns 0, so obsolete_checksetup() does not count the
 * token as handled and unknown_bootoption() passes it on to init; from 5.14
 * print_unknown_bootoptions() names it in "Unknown kernel command line parameters \"…\", will
 * be passed to user space." (init/main.c@v5.14:873, @v5.17:884-923; none in v5.11 or v5.13).
 * That line is not modelled, for this or any token.
 *
 * @kernel init/main.c set_debug_rodata (v5.11, v5.13, v5.17)
 */
export declare const setDebugRodataV511: SetDebugRodataCall;
/**
 * Mirrors set_debug_rodata() of 6.x/7.x — init/main.c@v6.1.192:1429-1442 (the same at
 * @v6.12.117:1387-1400 and @v7.2.13:1500-1513): arch_parse_debug_rodata() first, here a table
 * of the words the arch takes and what each sets; then "on" and "off" (exact strcmp()) for
 * rodata_enabled alone; anything else, a NULL value (bare `rodata`) included, is warned about.
 *
 * @kernel init/main.c set_debug_rodata; arch/arm64/include/asm/setup.h arch_parse_debug_rodata
 */
export declare const setDebugRodataV60: SetDebugRodataCall;
/**
 * How each generation registers set_debug_rodata() and which call it makes:
 * - 'setup-strtobool' (v5.10.223): __setup("rodata="), run by parse_args("Booting kernel")
 *   through unknown_bootoption() → obsolete_checksetup(), which matches the string "rodata="
 *   (parameqn() over its 7 characters, init/main.c@v5.10.223:194-221), so only tokens with '='
 *   reach it, after every early param;
 * - 'setup-strtobool-silent' (v5.11 – v5.17): the same registration, without the warning;
 * - 'early-on-off' (v6.0, v6.1.192, v6.12.117, v7.2.13): early_param("rodata"), run by
 *   parse_early_param() for every rodata token, a bare one with a NULL value.
 * 2e8cff0a0eee "arm64: fix rodata=full" changed it in 6.0: init/main.c@v6.0:1454-1467 has the
 * early_param, @v5.19:1448-1454 still the __setup().
 *
 * @kernel init/main.c set_debug_rodata, obsolete_checksetup, unknown_bootoption, do_early_param
 */
export declare const SET_DEBUG_RODATA: Readonly<Record<RodataParam, {
    registration: '__setup' | 'early_param';
    call: SetDebugRodataCall;
}>>;
/**
 * Whether a token reaches a generation's set_debug_rodata(): its name is `rodata` (parameq()),
 * and for the __setup("rodata=") of 5.10 it has a value (obsolete_checksetup()'s parameqn()
 * over "rodata=").
 *
 * @kernel init/main.c obsolete_checksetup, do_early_param; kernel/params.c parameq
 */
export declare function rodataTokenReaches(param: RodataParam, token: EarlyParam): boolean;
/**
 * Engine helper (no kernel counterpart): set_debug_rodata() over a whole command line, for an
 * arch whose rodata= has no other handler (x86; the tests' arm64 tables). The calls run in
 * command-line order from `initial` (rodata_enabled starts true, rodata_full at the arch's
 * default); `invalid` lists the values the kernel warned about, in order ((null) for a bare
 * token). arm64 runs the same calls inside its own early-param pass (arm64/linear-map-flags.ts),
 * among its other handlers and, ≤ 5.19, after its own early_param("rodata").
 *
 * @example
 * rodataFromCmdline('rodata=off rodata=on', 'early-on-off', kstrtoboolV519).rodataEnabled // → true
 * rodataFromCmdline('rodata=on', 'early-on-off', kstrtoboolV616, { on: [true, true] }).rodataFull // → true
 */
export declare function rodataFromCmdline(cmdline: string, param: RodataParam, strtobool: Kstrtobool, arch?: ArchRodataWords, initial?: RodataState): RodataState & {
    invalid: Array<string | null>;
};
/**
 * Mirrors param_set_sample_interval() — mm/kfence/core.c@v6.1.192:66-85 (@v6.12.117:65-84,
 * @v7.2.13:66-90; no mm/kfence in 5.10, KFENCE came with 5.12) — as parse_args("Booting
 * kernel") calls it at boot for the builtin module parameter `kfence.sample_interval`:
 * kstrtoul() base 0 of the value, stored in kfence_sample_interval. Returns the value stored,
 * or undefined where the kernel returns an error and the variable keeps what it had
 * (CONFIG_KFENCE_SAMPLE_INTERVAL, or an earlier token's): a value kstrtoul() rejects, or no
 * value at all (parse_one() answers -EINVAL for a bare token before calling the setter).
 * Not modelled: 7.x's -EINVAL for a non-zero value under KASAN HW tags (@v7.2.13:80-83).
 *
 * @kernel mm/kfence/core.c param_set_sample_interval; kernel/params.c parse_one
 */
export declare function paramSetSampleInterval(val: string | null): bigint | undefined;
/**
 * Engine helper (no kernel counterpart): the kfence_sample_interval the command line leaves
 * once parse_args("Booting kernel") has run: the last value paramSetSampleInterval() took, or
 * undefined where no token set one (the variable keeps CONFIG_KFENCE_SAMPLE_INTERVAL). Only a
 * CONFIG_KFENCE kernel has the parameter; the caller asks that.
 *
 * @example
 * kfenceSampleIntervalFromCmdline('kfence.sample_interval=0x10 kfence.sample_interval=x') // → 16n
 * kfenceSampleIntervalFromCmdline('kfence.sample_interval') // → undefined
 */
export declare function kfenceSampleIntervalFromCmdline(cmdline: string): bigint | undefined;
/**
 * Mirrors early_initrdmem() — init/do_mounts_initrd.c (v5.10.223:31-46, v6.1.192:51-66,
 * v6.12.117:50-65, v7.2.13:25-40), early_param "initrdmem" and "initrd" (early_initrd()
 * calls it) — over the whole command line: each token whose memparse()d start is followed by
 * ',' sets phys_initrd_start and phys_initrd_size (the size memparse()d after the comma);
 * any other value changes nothing. parse_early_param() runs after setup_machine_fdt() has
 * read the device tree's linux,initrd-start/-end (early_init_dt_check_for_initrd()), so a
 * token overrides them (`dt`). arm64_memblock_init() and riscv's reserve_initrd_mem() reserve
 * phys_initrd_*; x86 takes its initrd from boot_params and never reads them. A bare `initrd`
 * (NULL value) is left to early-params.ts (memparse() of NULL).
 *
 * @example
 * initrdFromCmdline('initrd=0x48000000,8M', memparseWrapping) // → { base: 0x48000000n, size: 0x800000n }
 * initrdFromCmdline('initrd=/boot/initrd.img', memparseWrapping, dt) // → dt
 */
export declare function initrdFromCmdline(cmdline: string, memparse: Memparse, dt?: PhysRange): PhysRange | undefined;
/** ELFCORE_ADDR_MAX (include/linux/crash_dump.h): elfcorehdr_addr while no elfcorehdr= was seen. */
export declare const ELFCORE_ADDR_MAX: bigint;
/**
 * Mirrors setup_elfcorehdr() — kernel/crash_dump.c (v6.1.192:29-41; the same in
 * kernel/elfcorehdr.c of v6.12.117 and v7.2.13), early_param "elfcorehdr", over the whole command line: elfcorehdr_addr as
 * parse_early_param() leaves it. Each token with a value overwrites it with the memparse()d
 * number (the one after '@' for `size@offset`), even a value that is not a number, which
 * memparse() reads as 0 and the handler then calls malformed: only a bare `elfcorehdr` (NULL
 * value) leaves it alone. The kexec loader puts this parameter on the capture kernel's command
 * line; the device tree's /chosen linux,elfcorehdr (early_init_dt_check_for_elfcorehdr()) is
 * the other way in, which the board format does not describe.
 *
 * @example
 * elfcorehdrAddr('console=ttyS0', memparseWrapping) // → ELFCORE_ADDR_MAX
 * elfcorehdrAddr('elfcorehdr=0x1000@0xbf000000', memparseWrapping) // → 0xbf000000n
 */
export declare function elfcorehdrAddr(cmdline: string, memparse: Memparse): bigint;
/**
 * Mirrors the body of setup_elfcorehdr() for a value (the NULL one is -EINVAL before it):
 * the address it stores in elfcorehdr_addr, the number after '@' for `size@offset`, and
 * whether it returns 0 (`end > arg`: something read, or a '@' passed over, whatever follows).
 * early-params.ts takes the return, elfcorehdrAddr() the address.
 *
 * @example
 * setupElfcorehdrValue('4K@junk', memparseWrapping) // → { addr: 0n, ok: true }
 * @kernel kernel/crash_dump.c setup_elfcorehdr (v5.10.223, v6.1.192); kernel/elfcorehdr.c (v6.12.117, v7.2.13)
 */
export declare function setupElfcorehdrValue(val: string, memparse: Memparse): {
    addr: bigint;
    ok: boolean;
};
/**
 * Mirrors is_kdump_kernel() — include/linux/crash_dump.h (v6.1.192:63-66; CONFIG_CRASH_DUMP,
 * which Debian's riscv64 builds set): this kernel boots as the capture kernel of a crashed
 * one, i.e. it was given an elfcorehdr= that leaves elfcorehdr_addr other than ELFCORE_ADDR_MAX.
 */
export declare function isKdumpKernel(cmdline: string, memparse: Memparse): boolean;
/**
 * Mirrors the copy of the boot loader's command line into boot_command_line — drivers/of/fdt.c
 * early_init_dt_scan_chosen() (arm64, riscv64: strscpy(cmdline, bootargs, min(l,
 * COMMAND_LINE_SIZE)), drivers/of/fdt.c@v6.12.117:1049-1051, strlcpy() in @v5.10.223:1054-1056)
 * and arch/x86/kernel/head64.c copy_bootdata() (x86_64: COMMAND_LINE_SIZE bytes copied, the
 * boot loader told cmdline_size = COMMAND_LINE_SIZE - 1 by arch/x86/boot/header.S@v6.12.117:375).
 * The kernel keeps the first COMMAND_LINE_SIZE - 1 bytes and nothing it reads later (early
 * parameters, crashkernel=, "Kernel command line:") sees the rest. Real boots:
 * test/boots/cmdline-size (7.1.3, 2,100-byte lines: crashkernel=256M past the cut reserves
 * nothing; cut after "crashkernel=25" reserves 25 bytes). A boot through the EFI stub is cut
 * earlier, at the line's last space (efi_convert_cmdline(), drivers/firmware/efi/libstub/
 * efi-stub-helper.c): the set's efi-* boots; not modelled here (no board setting says how the
 * board boots), CK004 `truncated` tells the user.
 *
 * Bytes are UTF-8 bytes; a character the cut would split is dropped whole (strscpy() keeps
 * its first bytes, which no parameter the engine reads can match).
 *
 * @example
 * bootCommandLine('console=ttyS0 crashkernel=256M', 2048) // → the same string
 * bootCommandLine('x'.repeat(2040) + ' crashkernel=256M', 2048) // → 'x'.repeat(2040) + ' crash'
 */
export declare function bootCommandLine(cmdline: string, commandLineSize: number): string;
export {};
