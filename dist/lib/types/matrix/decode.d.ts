import type { Arch } from '../engine/index.js';
import type { BoardMatrix, Kernel, KernelObject } from './generated/board-matrix.js';
import type { DecodedLayout, SemanticProblem } from './types.js';
/** Options that narrow or change what is decoded. */
export interface DecodeOptions {
    /** Board ids (with `*` wildcards) to keep; all when empty or absent. */
    boards?: readonly string[];
    /** Kernel list replacing every board's `kernels` (each release once, named by its first spelling). */
    kernels?: readonly string[];
    /** Indexes of boards that failed schema validation: reported already, not decoded. */
    invalidBoards?: ReadonlySet<number>;
    /**
     * Of those, the boards whose `severity` and `suppress` (and the defaults') the schema
     * accepted (a preset `extends` names that does not exist adds no layer): their policy is still read, so a board's `"SC002": "off"` reaches its
     * own schema errors, as the schema's severityMap says.
     */
    policyReadable?: ReadonlySet<number>;
}
export interface DecodeResult {
    layouts: DecodedLayout[];
    problems: SemanticProblem[];
    /**
     * Settings the board's kernels do not read (SC003 warnings: the board is decoded and
     * simulated as without them), such as a CPU feature or `acpi` of another architecture.
     */
    warnings: SemanticProblem[];
    /**
     * Each decoded board's `severity` and `suppress` (merged from defaults, preset and board),
     * also for a board whose every layout has a problem, so its suppressions apply to those.
     */
    policies: Map<string, Pick<DecodedLayout, 'severity' | 'suppress'>>;
    /**
     * Each board's layouts as the matrix lists them (RAM variants × kernels), once both decode:
     * `layouts` holds fewer when a layout has a problem, and the engine may not simulate them all.
     */
    listed: Map<string, number>;
}
/** The schema's size/address pattern (linear: no nested quantifier can backtrack). */
export declare const SIZE_PATTERN: RegExp;
/**
 * The kernel virtual address widths each architecture's kernels have: arm64 CONFIG_ARM64_VA_BITS
 * (arch/arm64/Kconfig, linux-source-6.12:1492), riscv64's paging modes Sv39, Sv48, Sv57
 * (SATP_MODE_39/48/57, arch/riscv/include/asm/csr.h, linux-source-6.12:63). x86_64 does not read vaBits.
 */
export declare const VA_BITS_CHOICES: Partial<Record<Arch, readonly number[]>>;
/**
 * Whether `text` matches `pattern`, where `*` stands for any run of characters. No regex:
 * `^.*a.*b$` backtracks polynomially on a long id from a pull request; this greedy matcher
 * (retry from the last `*` only) takes O(pattern × text) at worst.
 *
 * @example
 * wildcardMatch('rpi*-8g', 'rpi4-8g') // → true
 */
export declare function wildcardMatch(pattern: string, text: string): boolean;
/**
 * The patterns of a boards filter that match none of `ids` (a typo, or a board that moved):
 * the CLI and the action report them rather than check nothing and pass.
 *
 * @example
 * unmatchedPatterns(['rpi*', 'x86-srv'], ['rpi4', 'virt']) // → ['x86-srv']
 */
export declare function unmatchedPatterns(patterns: readonly string[], ids: Iterable<string>): string[];
/**
 * Throws a ConfigurationError naming every kernel of an override (`--kernel`, the action's
 * `kernel` input, check()'s `kernels`) that the engine does not model, all of them at once.
 *
 * @param what - how the caller's user wrote the override (`--kernel`, `input "kernel"`)
 */
export declare function checkKernelOverride(kernels: readonly string[] | undefined, what: string): void;
/**
 * A kernel list with each release once: "6.1" and "6.1.192", or a kernel given twice, are one
 * kernel, named by its first spelling (check's layouts, sweep's rows).
 *
 * @example
 * uniqueReleases(['6.1', '6.12', '6.1.192']) // → ['6.1', '6.12']
 */
export declare function uniqueReleases(kernels: readonly string[]): string[];
/**
 * The identity of what a kernel override checks: the releases it resolves to, each once,
 * sorted. Two overrides check the same layouts exactly when their keys are equal: the order of
 * the list changes no layout's result, and a series is the release it resolves to (`6.12` and
 * `6.12.117`), as check() simulates each release once (uniqueReleases). Every comparison of
 * overrides uses it: a leg's against its plan's (src/fanout/shard.ts), the legs' in the
 * aggregate (src/fanout/merge.ts) and mergeReports() (src/index.ts). An empty list (each
 * board's own kernels) has the key ''.
 *
 * @example
 * kernelKey(['7.2', '6.12']) === kernelKey(['6.12.117', '7.2', '6.12']) // → true
 */
export declare function kernelKey(kernel: readonly string[]): string;
/** The string ids of a parsed document's boards, whatever else is wrong with them. */
export declare function boardIds(value: unknown): string[];
/**
 * Whether a `boards` filter can name exactly this id: a string the schema accepts as an id.
 * Any other id (`"a,b"`, `"rk*"`, `" a"`, `""`) cannot be selected alone, as the inputs
 * split on commas and trim, and `*` is a wildcard; problems of a board with such an id are
 * reported whatever the filter, like those of a board without an id.
 *
 * @example
 * isSelectableId('rpi4-8g') // → true
 * isSelectableId('a,b') // → false
 */
export declare function isSelectableId(id: unknown): id is string;
/** The `boards` option as a test of a board id (every id when it is absent or empty). */
export declare function boardFilter(patterns: readonly string[] | undefined): (id: string) => boolean;
/**
 * The entry of a board's `kernels` that gives release `spec` its settings (the build's image
 * size, boot allocations and options `import` writes, a `cmdline` of its own) where the release
 * is chosen from outside the list (`--kernel`, a sweep's rows): the object entry of that
 * release (a series and its release are one) without a `policy`, else a string entry of it
 * (the release's own, with no settings), else one with a `policy`, whose settings are taken
 * without the policy (a what-if beside the release, not its algorithm). Undefined when no
 * entry names it.
 *
 * @returns the entry's settings and its index in `kernels`
 */
export declare function releaseEntry(kernels: readonly Kernel[], spec: string): {
    settings: KernelObject;
    index: number;
} | undefined;
/**
 * What a kernel entry simulates: its release (a series resolved, `6.12` and `6.12.117` are
 * one) with its settings and policy. Two entries with one key are one entry repeated (a string
 * is the release with no settings: `"6.12"` and `{ "release": "6.12" }`). Undefined for what
 * is no kernel entry.
 */
export declare function kernelEntryKey(entry: unknown): string | undefined;
/**
 * The index of each board id's first board. Ids count even on boards the schema rejected, so
 * a later board with the same id is a duplicate (decodeMatrix() refuses it) all the same.
 */
export declare function firstBoardOfEachId(boards: readonly unknown[]): Map<string, number>;
/**
 * Decodes a schema-checked matrix into engine layouts.
 *
 * @param doc - the document (only boards not listed in `options.invalidBoards` are read)
 * @param options - board filter, kernel override, boards to skip
 * @returns the layouts of every board without problems, and all semantic problems
 * @example
 * decodeMatrix({ version: 1, boards: [{ id: 'vm', extends: 'qemu-virt-arm64', kernels: ['6.12'] }] })
 *   .layouts.map((l) => l.layoutName)
 * // → ['1G/6.12', '2G/6.12', '4G/6.12', '8G/6.12', '16G/6.12']
 */
export declare function decodeMatrix(doc: BoardMatrix, options?: DecodeOptions): DecodeResult;
