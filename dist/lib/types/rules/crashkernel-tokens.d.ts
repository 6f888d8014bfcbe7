/** One `crashkernel=` occurrence. */
export interface CrashkernelToken {
    /** The whole token, `crashkernel=256M,high` (or `foo.crashkernel=…` as strstr() finds it). */
    text: string;
    /** What follows `crashkernel=`. */
    value: string;
    /** Index of the token's first character in the command line. */
    start: number;
    end: number;
    /** The suffix the token ends with, if it ends with one this project knows of. */
    suffix: ',high' | ',low' | ',cma' | null;
    /** `start-[end]:size` entries (a ':' before the end of the token). */
    range: boolean;
}
/**
 * Every `crashkernel=` token, in command-line order.
 *
 * @example
 * crashkernelTokens('console=ttyS0 crashkernel=1G,high crashkernel=128M,low').map((t) => t.suffix)
 * // → [',high', ',low']
 */
export declare function crashkernelTokens(cmdline: string): CrashkernelToken[];
/** Text on the command line meant as `crashkernel=` that the kernel's strstr() does not find. */
export interface MisspeltCrashkernel {
    /** The words as written: `crashkernal=256M`, `Crashkernel=256M`, `crashkernel = 256M`. */
    text: string;
    start: number;
    end: number;
    /** The value meant: `256M`. */
    value: string;
}
/**
 * Words meant as `crashkernel=` that get_last_crashkernel() does not see, since it looks for the
 * exact bytes "crashkernel=": a name at most two edits away or in other case (`crashkernal=`,
 * `crash_kernel=`, `CrashKernel=`), `:` for `=`, or spaces around the `=` (`crashkernel = 256M`).
 * Bounded: names longer than 16 characters are not compared.
 *
 * @example
 * misspeltCrashkernel('console=ttyS0 crashkernal=256M').map((m) => m.value) // → ['256M']
 */
export declare function misspeltCrashkernel(cmdline: string): MisspeltCrashkernel[];
/**
 * The command line with its crashkernel= tokens removed and `tokens` put where the first one
 * was (after the last `,cma` token kept, where one follows it; or appended). `,cma` tokens stay unless `tokens` has its own: they ask for a
 * reservation of their own (reserve_crashkernel_cma()), which a new main size leaves alone;
 * with `dropCma` they go too, for a kernel that ignores them (arm64 and riscv64 before 7.3).
 * On a command line longer than some kernel keeps (COMMAND_LINE_SIZE - 1 bytes, 1023 on
 * riscv64 before 7.1), every crashkernel= token goes to the front, in its order, when one
 * would otherwise end past that cut: the kernel would never read it (CK004 `truncated`).
 */
export declare function withCrashkernel(cmdline: string, tokens: readonly string[], options?: {
    dropCma?: boolean;
}): string;
/**
 * The command line with every crashkernel= token moved to the front, in its order (the order
 * decides which one the kernel reads), the other words after them as they were.
 *
 * @example
 * tokensToFront('console=ttyS0 crashkernel=256M quiet') // → 'crashkernel=256M console=ttyS0 quiet'
 */
export declare function tokensToFront(cmdline: string): string;
/** The command line with one token (the first occurrence of `text`) removed. */
export declare function withoutToken(cmdline: string, text: string): string;
/** The command line without the token at `token.start` (for repeated identical tokens). */
export declare function withoutTokenAt(cmdline: string, token: Pick<CrashkernelToken, 'start' | 'end'>): string;
/** The command line without the tokens at these positions (in command-line order, as crashkernelTokens() gives them). */
export declare function withoutTokensAt(cmdline: string, tokens: ReadonlyArray<Pick<CrashkernelToken, 'start' | 'end'>>): string;
/** The command line with one token replaced. */
export declare function replaceToken(cmdline: string, text: string, replacement: string): string;
/** The command line with the token at `token.start` replaced (the one the kernel reads when identical ones precede it). */
export declare function replaceTokenAt(cmdline: string, token: Pick<CrashkernelToken, 'start' | 'end'>, replacement: string): string;
/**
 * The crashkernel= tokens of one value in `--sizes` notation (tokens joined by `+`, the
 * `crashkernel=` optional).
 *
 * @example
 * crashkernelTokensOf('512M,high+128M,low') // → ['crashkernel=512M,high', 'crashkernel=128M,low']
 */
export declare function crashkernelTokensOf(value: string): string[];
/** An address for `@offset`: hex, as kernel documentation writes them. */
export declare const memAddr: (addr: bigint) => string;
/**
 * How a message names a fixed `crashkernel=X@Y` the kernel acted on: `X@Y` as it reserved
 * it, and where the command line spells it as a range list, the list as written with the
 * entry this layout's RAM selected (a rebuilt `448M@0x40000000` is on no line the user has).
 *
 * @example
 * fixedTokenText('crashkernel=2G-:448M@0x40000000', 448n << 20n, 0x40000000n) // → '2G-:448M@0x40000000 (448M@0x40000000 for this RAM)'
 */
export declare function fixedTokenText(cmdline: string, size: bigint, base: bigint): string;
/** A number of a crashkernel= value that the kernel reads as octal, with what its digits say. */
export interface OctalNumber {
    /** As written, `0256`. */
    written: string;
    /** What memparse() reads, 174. */
    octal: bigint;
    /** What the digits say in decimal, 256. */
    decimal: bigint;
}
/**
 * The numbers of a crashkernel= value (sizes, range bounds, the `@offset`) that the kernel
 * reads as octal where their digits say something else in decimal: memparse() parses with
 * simple_strtoull(…, 0), which takes a leading 0 as octal, so `0256M` asks for 174 MiB.
 * (`01G` is 1 GiB either way; `08M` stops the parse at the 8, which the kernel rejects.)
 * @kernel lib/cmdline.c memparse; lib/kstrtox.c _parse_integer_fixup_radix (v6.12.117)
 *
 * @example
 * octalNumbers('0256M@016M') // → [{ written: '0256', octal: 174n, decimal: 256n }, { written: '016', octal: 14n, decimal: 16n }]
 */
export declare function octalNumbers(value: string): OctalNumber[];
/**
 * The value with each number the kernel reads as octal written as what `how` says:
 * `decimal` drops its leading zeros (what the digits meant), `read` writes what the kernel reads.
 *
 * @example
 * octalRewritten('0256M', 'decimal') // → '256M'
 * octalRewritten('0256M', 'read') // → '174M'
 */
export declare function octalRewritten(value: string, how: 'decimal' | 'read'): string;
