export interface Parsed {
    value: bigint;
    /** Index of the first character not consumed (the kernel's *retptr). */
    end: number;
}
export type Memparse = (s: string, start: number) => Parsed;
/**
 * Mirrors _parse_integer_fixup_radix() — lib/kstrtox.c (v6.12.117:26).
 * _parse_integer_fixup_radix() with base 0: "0x"+xdigit → 16, leading "0" → 8, else 10.
 */
export declare function parseIntegerFixupRadix(s: string, i: number): {
    base: number;
    at: number;
};
/**
 * Mirrors _parse_integer_limit() — lib/kstrtox.c (v6.12.117:52, v7.2.13:58).
 * _parse_integer_limit(): accumulate digits of `base`.
 * `saturate` selects the 7.x overflow handling; older kernels wrap modulo 2^64.
 */
export declare function parseIntegerLimit(s: string, i: number, base: number, saturate: boolean): Parsed & {
    overflow: boolean;
};
/**
 * Mirrors simple_strtoull() — lib/vsprintf.c (v6.12.117:97, v7.2.13:112).
 * simple_strtoull(s, &end, 0); `overflow` is the KSTRTOX_OVERFLOW bit kstrtoull() turns into -ERANGE.
 */
export declare function simpleStrtoull(s: string, i: number, saturate: boolean): Parsed & {
    overflow: boolean;
};
/**
 * Mirrors memparse() — lib/cmdline.c (v5.10.223:125, v6.12.117:150).
 * memparse() of 5.10 … 6.x: wraps, consumes a suffix even without digits.
 */
export declare const memparseWrapping: Memparse;
/**
 * Mirrors memparse() — lib/cmdline.c (v7.2.13:153).
 * memparse() of 7.x: saturates, consumes a suffix only after digits.
 */
export declare const memparseSaturating: Memparse;
/**
 * Mirrors kstrtoul(s, 0, &res) — include/linux/kstrtox.h (a static inline over kstrtoull(),
 * lib/kstrtox.c _kstrtoull): base 0, at least one digit, one optional trailing newline,
 * nothing else; overflow is -ERANGE.
 *
 * @kernel include/linux/kstrtox.h kstrtoul; lib/kstrtox.c kstrtoull, _kstrtoull
 */
export declare function kstrtoulBase0(s: string | null): bigint | undefined;
