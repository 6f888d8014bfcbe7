/**
 * Where the limits are explained; every limit message ends with it. On GitHub, as a
 * ConfigurationError's docs link is: the message reaches annotations, SARIF and the CLI of an
 * npm install, none of which has this repository's docs/ beside the checked matrix.
 */
export declare const LIMITS_DOCS = "https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/hardening.md#limits";
export declare const LIMITS: {
    /**
     * Bytes (UTF-8) of one matrix file. 16 MiB is eight times the 10,000-board fleet; larger
     * files are not parsed at all (the syntax tree costs about 100 bytes per JSON value).
     */
    readonly maxInputBytes: number;
    /**
     * Nesting of arrays and objects. A valid matrix nests 7 levels at most (the bank object at
     * `/boards/0/ram/0/memory/0`); jsonc-parser recurses once per level and overflows the stack
     * near 5,000, so deeper files are refused before they are parsed.
     */
    readonly maxNestingDepth: 64;
    /** JSON values (objects, arrays, strings, numbers, literals; property names count too) in one file: bounds the tree's memory. */
    readonly maxJsonValues: 1000000;
    /** Entries of `boards`. */
    readonly maxBoards: 10000;
    /** Items of any other array (banks, RAM variants, kernels, reservations, devices, …). */
    readonly maxArrayItems: 1024;
    /** UTF-16 code units of any string, key or value, except `cmdline`. */
    readonly maxStringLength: 65536;
    /**
     * A kernel command line. Twice the largest COMMAND_LINE_SIZE of the modelled architectures
     * (2048 on arm64 and x86_64, and on riscv64 from 7.1; 1024 on riscv64 before): no kernel sees a longer one.
     */
    readonly maxCmdlineLength: 4096;
    /** Layouts (board × RAM variant × kernel) simulated from one file, counted with the kernels the file lists. */
    readonly maxLayouts: 20000;
    /**
     * The simulation budget: the sum over layouts of their RAM banks, early reservations and
     * DMA devices. A layout's cost grows with those counts (x86_64 with 256 banks: ~40 ms),
     * so this bounds the run time where `maxLayouts` alone would not.
     */
    readonly maxSimulatedRegions: 250000;
    /**
     * What one gigantic page of x86's `hugepagesz=1G hugepages=N` (6.15 – 6.19: memblock pages
     * before the crash kernel, two memblock regions each) counts for in maxSimulatedRegions:
     * 4,000 pages take about 0.09 s and 16,000 about 1 s of one layout on the development
     * machine, and more grow faster than linearly.
     */
    readonly regionsPerGiganticPage: 16;
};
export type LimitName = keyof typeof LIMITS;
/**
 * The message for a crossed limit: what was found, the limit and where it is documented.
 *
 * @example
 * limitMessage('maxBoards', 'the file has 100000 boards', ' boards')
 * // → 'the file has 100000 boards; crashkernel-check reads at most 10000 boards (maxBoards, https://github.com/crashkernel-check/crashkernel-check/blob/main/docs/hardening.md#limits)'
 */
export declare function limitMessage(name: LimitName, found: string, unit?: string): string;
/**
 * UTF-8 length of a string without building the encoded bytes; stops counting past `stopAt`.
 *
 * @example
 * utf8Length('aé€😀') // → 1 + 2 + 3 + 4 = 10
 */
export declare function utf8Length(text: string, stopAt?: number): number;
/**
 * UTF-8 length of the character at `s[i]`, and how many UTF-16 units it takes (a lone
 * surrogate: U+FFFD's 3 bytes, as the encoder writes it).
 *
 * @example
 * utf8At('a😀', 1) // → [4, 2]
 */
export declare function utf8At(s: string, i: number): [bytes: number, units: number];
/**
 * A user string shortened for quoting in a message (schema messages quote 200 characters,
 * semantic ones 1,000), never splitting a surrogate pair: a 64 KiB name must not make a
 * 64 KiB annotation.
 *
 * @example
 * clip('x'.repeat(300)).length // → 201 (200 characters and "…")
 */
export declare function clip(text: string, max?: number): string;
