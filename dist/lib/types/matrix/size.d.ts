/**
 * Decodes the wire format's address and size strings into bigint, with the kernel's
 * memparse() semantics (lib/cmdline.c): base-0 number, then at most one suffix K/M/G/T/P/E.
 * Runs on schema-valid strings only; the schema already rejected octal and junk.
 */
/** 2^64: values at or above it do not fit a phys_addr_t. */
export declare const U64_LIMIT: bigint;
/**
 * Parses a size or address string exactly (no 64-bit wrap-around: the caller reports values
 * ≥ 2^64 instead of silently wrapping as the kernel would).
 *
 * @param text - a schema-valid size/address such as `0x4000_0000`, `512M` or `0x1E`
 * @returns the value in bytes
 * @example
 * parseSize('512M') // → 536870912n
 * parseSize('0x1E') // → 30n (hex digits are read greedily, as memparse() does)
 * parseSize('0x10M') // → 16777216n
 */
export declare function parseSize(text: string): bigint;
/**
 * `bytes` as memparse() reads it back, in the largest suffix that divides it exactly: `768M`,
 * `2G`, `16E`; `0`; hex for a size that is not a whole number of KiB (`0x1001`). One writer for
 * every place that hands the user a size to type (suggested fixes, `explain`'s ranges, the
 * matrix validator's hints), so a value reads the same wherever it is offered.
 *
 * @example
 * memSize(0x30000000n) // → '768M'
 * memSize(4097n) // → '0x1001'
 */
export declare function memSize(bytes: bigint): string;
/** Formats a physical address the way the kernel prints `%pa` (0x + 16 hex digits). */
export declare function fmtPhys(value: bigint): string;
/** A compact human size: `256 MiB`, `1 GiB`, `4 KiB`, or bytes. */
export declare function fmtSize(value: bigint): string;
