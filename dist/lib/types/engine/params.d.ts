/**
 * The early command-line parameters as the kernel's generic code hands them to their
 * handlers: parse_early_param() → parse_args() → next_arg() tokens (quotes, the `--` stop),
 * matched by parameq() (`-` and `_` alike). The engine's early_param() mirrors read the
 * command line through these, so that a token the kernel does not see is not seen here.
 * (crashkernel= is not an early param: each kernel finds it its own way.)
 *
 * @kernel init/main.c parse_early_param, do_early_param; kernel/params.c parse_args, parameq;
 *         lib/cmdline.c next_arg (v5.10.223, v6.1.192, v6.12.117, v7.2.13)
 */
/** One `param[=val]` token as parse_args() hands it to its callbacks. */
export interface EarlyParam {
    param: string;
    /** null when the token had no '=' (the kernel passes NULL). */
    val: string | null;
}
/**
 * The tokens parse_args() passes to do_early_param(), in order, stopping at a bare "--"
 * (everything after it belongs to init).
 *
 * @kernel kernel/params.c parse_args; init/main.c parse_early_options
 */
export declare function parseEarlyParams(cmdline: string): EarlyParam[];
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
 * (0d6ea3ac94ca "lib/kstrtox.c: add "false"/"true" support to kstrtobool()", 5.19), so
 * "full" parses as false here: arm64's 5.19 parse_rodata() therefore read rodata=full as
 * rodata=off, which 6.0's "arm64: fix rodata=full" (2e8cff0a0eee) names as the breakage.
 *
 * @kernel lib/kstrtox.c kstrtobool (v6.1.192, v6.12.117)
 */
export declare function kstrtoboolV519(s: string | null): {
    ret: 0;
    res: boolean;
} | {
    ret: typeof EINVAL;
};
/**
 * Mirrors kstrtobool() of 6.16+ — lib/kstrtox.c: as 5.19 plus e/E (enable, true) and d/D
 * (disable, false). In lib/kstrtox.c@v6.16.3:354-364, not in v6.12.117: which of 6.13 – 6.16
 * brought it is UNCONFIRMED (the parse dialects take 6.16, PARSE_6_16).
 *
 * @kernel lib/kstrtox.c kstrtobool (v6.16.3 – v7.3.4)
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
