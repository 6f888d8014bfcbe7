/**
 * `crashkernel=` parsing as each kernel generation does it: token selection
 * (get_last_crashkernel), the simple, range and suffix forms, and the messages each prints.
 * What differs between generations is data (a ParseDialect chosen by the policy), not
 * `if (version …)` branches.
 *
 * @kernel kernel/crash_core.c (5.10, 6.1), kernel/crash_reserve.c (6.12, 7.2):
 *         get_last_crashkernel, __parse_crashkernel, parse_crashkernel_mem,
 *         parse_crashkernel_simple, parse_crashkernel_suffix, parse_crashkernel
 */
import type { Memparse } from '../memparse.js';
import type { Kstrtobool } from '../params.js';
import type { Trace } from '../trace.js';
export declare const EINVAL = -22;
export declare const ENOENT = -2;
export declare const ENOMEM = -12;
export interface ParseDialect {
    memparse: Memparse;
    /** Return value of __parse_crashkernel when no token exists: -EINVAL (≤5.18) or -ENOENT (5.19+). */
    notFound: number;
    /** parse_crashkernel_mem rounds system RAM up to 128 MiB (6.0+: "kdump: round up the total memory size to 128M"). */
    roundUpTotalTo128M: boolean;
    /** Message when the size of a range entry is missing. */
    rangeSizeExpected: string;
    /** Message when the value after '@' of the range form is missing. */
    rangeOffsetExpected: string;
    /** Suffixes that classify a token (",high", ",low", and ",cma" in 7.x). */
    suffixes: readonly string[];
    /**
     * parse_crashkernel() rejects crash_size >= system_ram ("crash: Fix crash memory reserve
     * exceed system memory bug"): 6.12+ (kernel/crash_reserve.c@v6.12.117:338, @v6.14:338; not in
     * kernel/crash_reserve.c@v6.11:335-339).
     */
    rejectSizeAtLeastRam: boolean;
    /**
     * simple_strtoull() saturates at ULLONG_MAX on overflow (7.x, "lib: fix _parse_integer_limit()
     * to handle overflow") instead of wrapping modulo 2^64: for the command-line numbers other
     * than memparse()'s (x86 `memmap=…%…-from+to` types, the kernelcore=/movablecore=
     * percentages). The one record of it: the x86 e820 code and the zones read it here.
     */
    strtoullSaturates: boolean;
    /**
     * kstrtobool() of the release (params.ts): what every boolean early parameter is read with
     * (`debug_pagealloc=`, arm64's 5.10 `rodata=`). t/f from 5.19, e/d from 6.16 (lib/kstrtox.c).
     */
    kstrtobool: Kstrtobool;
}
/** What __parse_crashkernel hands back: the C return code plus *crash_size and *crash_base. */
export interface ParseResult {
    ret: number;
    size: bigint;
    base: bigint;
}
/**
 * Mirrors get_last_crashkernel() — kernel/crash_reserve.c (v6.12.117:215; kernel/crash_core.c in v5.10.223:188, v6.1.192:202): the start (index just after "crashkernel=") of the last
 * token of the requested class, or -1. The whole command line is scanned with strstr, so
 * "foo.crashkernel=…" matches too.
 */
export declare function getLastCrashkernel(cmdline: string, suffix: string | null, dialect: ParseDialect): number;
/** One `start-[end]:size` entry of a range list, as parse_crashkernel_mem() read it. */
export interface CrashkernelRangeEntry {
    start: bigint;
    /** Exclusive; undefined for an open `start-:size`. */
    end: bigint | undefined;
    size: bigint;
}
/**
 * Mirrors parse_crashkernel_mem() — kernel/crash_reserve.c (v6.12.117:56; kernel/crash_core.c in v5.10.223:38): `start-[end]:size[,…][@offset]`.
 *
 * @param entries - when given, receives each entry read, up to the one that matched (for
 *   reports: crashkernelRangeMatch()); the boot itself passes none
 */
export declare function parseCrashkernelMem(s: string, at: number, systemRam: bigint, dialect: ParseDialect, trace: Trace, entries?: CrashkernelRangeEntry[]): ParseResult;
/** Mirrors parse_crashkernel_simple() — kernel/crash_reserve.c (v6.12.117:151): `size[@offset]`. */
export declare function parseCrashkernelSimple(s: string, at: number, dialect: ParseDialect, trace: Trace): ParseResult;
/** Mirrors parse_crashkernel_suffix() — kernel/crash_reserve.c (v6.12.117:189): `size,high` / `size,low` / `size,cma`. */
export declare function parseCrashkernelSuffix(s: string, at: number, suffix: string, dialect: ParseDialect, trace: Trace): ParseResult;
/** Mirrors __parse_crashkernel() — kernel/crash_reserve.c (v6.12.117:253): find the token of the class and dispatch on its form. */
export declare function parseCrashkernelClass(cmdline: string, systemRam: bigint, suffix: string | null, dialect: ParseDialect, trace: Trace): ParseResult;
/** Which entry of a `crashkernel=` range list a kernel takes, and against which RAM figure. */
export interface CrashkernelRangeMatch {
    /** The RAM figure the entries are compared with: System RAM, rounded up to 128 MiB from 6.1 on. */
    totalMem: bigint;
    /** The entries read, in order, up to the matching one (all of them when none matched). */
    entries: CrashkernelRangeEntry[];
    /**
     * Index of the entry that covered the RAM figure, the one parse_crashkernel_mem() took (even
     * with a size of 0, or an `@offset` it then refused); undefined when the kernel took none:
     * no entry covered it, or the list was refused before one did.
     */
    matched: number | undefined;
}
/**
 * Engine helper (no kernel counterpart): for reports: which range-list entry of crashkernel= matched.
 * For reports (explain): when the plain `crashkernel=` token the kernel reads is a range list,
 * which of its entries matched the RAM, read by the same parse_crashkernel_mem() mirror the
 * boot uses (its messages discarded). Undefined for any other form or no token.
 */
export declare function crashkernelRangeMatch(cmdline: string, systemRam: bigint, dialect: ParseDialect, trace: Trace): CrashkernelRangeMatch | undefined;
/** What the generic parse_crashkernel() (6.7+) returns. */
export interface GenericParseResult extends ParseResult {
    /**
     * What the token parse returned before parse_crashkernel()'s size checks turned a size of 0
     * (or one at least System RAM) into -EINVAL: 0 when the tokens themselves parsed.
     */
    parsedRet: number;
    lowSize: bigint;
    high: boolean;
    cmaSize: bigint;
}
/**
 * Mirrors the generic parse_crashkernel() — kernel/crash_reserve.c (6.7+; v6.12.117:296): the plain
 * token; if absent and the arch supports it, `,high` (+ optional `,low`, defaulting to
 * `defaultLow`); 7.x also `,cma` when the caller asks for it; then the size checks.
 */
export declare function parseCrashkernelGeneric(cmdline: string, systemRam: bigint, opts: {
    supportsHigh: boolean;
    defaultLow: bigint;
    parseCma: boolean;
}, dialect: ParseDialect, trace: Trace): GenericParseResult;
