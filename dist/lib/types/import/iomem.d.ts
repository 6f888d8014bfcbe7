/**
 * /proc/iomem → RAM banks, reservations and the crash kernel regions.
 *
 * Format (kernel/resource.c r_show()): one resource per line, `start-end : name`, hex
 * without 0x, inclusive end, two spaces of indent per nesting level. Read without root,
 * every address prints as 0 (iomem_is_exclusive()/`kptr_restrict`-like masking), which is
 * reported, not silently turned into an empty board.
 *
 * What the kernel puts there: `System RAM` per memblock.memory region that is not NOMAP
 * (arm64/riscv request_standard_resources(); x86 e820 RAM entries), NOMAP memory as a
 * top-level `reserved`/`Reserved` entry (arm64/riscv), `Kernel code`/`Kernel data`
 * (arm64, x86), `Kernel image` (riscv), and each crash region as `Crash kernel` under
 * System RAM.
 */
import type { Board } from '../matrix/generated/board-matrix.js';
import { type Span } from './ranges.js';
import { type ImportProblem, type ImportResult, type Provenance } from './types.js';
/** One /proc/iomem line. */
export interface IomemEntry {
    start: bigint;
    /** Inclusive, as printed. */
    end: bigint;
    name: string;
    /** Nesting level (0 = top level). */
    depth: number;
    /** Index of the enclosing entry, -1 at top level. */
    parent: number;
    /** 1-based line in the input. */
    line: number;
    text: string;
}
export interface IomemFacts {
    entries: IomemEntry[];
    /** Top-level `System RAM` entries (exclusive ends). */
    systemRam: Array<Span & {
        entry: IomemEntry;
    }>;
    /** Top-level `reserved`/`Reserved` entries: NOMAP memory on arm64/riscv, firmware areas on x86. */
    topReserved: Array<Span & {
        entry: IomemEntry;
    }>;
    /** Top-level `ACPI Tables` entries: x86's e820 ACPI-data entries (e820_type_to_string()). */
    acpiTables: Array<Span & {
        entry: IomemEntry;
    }>;
    /** `Crash kernel` entries, in address order. */
    crashKernel: Array<Span & {
        entry: IomemEntry;
    }>;
    /** `Kernel code`, `Kernel data`, `Kernel image`, `Kernel rodata`, `Kernel bss`. */
    kernel: Partial<Record<'code' | 'data' | 'image' | 'rodata' | 'bss', IomemEntry>>;
}
/** Whether a line looks like a /proc/iomem entry (used to find one inside a boot log). */
export declare function isIomemLine(text: string): boolean;
/**
 * Parses /proc/iomem.
 *
 * @param text - the file's content
 * @param firstLine - line number of the first line (when the text is cut out of a larger file)
 * @returns the entries and facts, plus located problems (never throws)
 * @example
 * parseIomem('40000000-13fffffff : System RAM\n  dc000000-fbffffff : Crash kernel\n').facts.crashKernel[0]
 * // → { base: 0xdc000000n, end: 0xfc000000n, entry: { … } }
 */
export declare function parseIomem(text: string, firstLine?: number): {
    facts: IomemFacts;
    problems: ImportProblem[];
};
/**
 * The architecture whose kernel wrote these `Kernel …` entries, with the entry that says so:
 * riscv64 nests its parts under `Kernel image` (init_resources()), x86_64 lists `Kernel bss`
 * (and `Kernel rodata`) without one, arm64 only `Kernel code` and `Kernel data`
 * (request_standard_resources()). Undefined where they do not say (no kernel entries).
 */
export declare function iomemArch(facts: IomemFacts): {
    arch: NonNullable<Board['arch']>;
    entry: IomemEntry;
} | undefined;
/**
 * x86_64's e820 ACPI-data entries as /proc/iomem lists them (top-level `ACPI Tables`, the e820
 * table after the command line's edits), written into `board.e820AcpiData` with provenance.
 * Nothing is written when there are none.
 */
export declare function iomemAcpiData(board: Board, facts: IomemFacts, provenance: Provenance): void;
/**
 * /proc/iomem → a board with the System RAM banks. The kernel image's `Kernel code` entry is
 * a fact: importBoard() places the image from it once another input names the architecture.
 * Crash kernel entries are facts (they are the kernel's answer, not board input).
 *
 * @param text - /proc/iomem as root read it
 * @param opts - `id` of the board (default `iomem`)
 * @returns board, provenance (pointer → iomem line) and problems
 */
export declare function iomemToBoard(text: string, opts?: {
    id?: string;
}): ImportResult<IomemFacts>;
