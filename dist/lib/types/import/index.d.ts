import type { Board } from '../matrix/generated/board-matrix.js';
import { type BootLogFacts } from './bootlog.js';
import { type DtFacts } from './dt-board.js';
import { type SpawnSyncLike } from './dts.js';
import { type IomemFacts } from './iomem.js';
import { type KconfigFacts } from './kconfig.js';
import { type ImportResult, type Provenance } from './types.js';
export type { ImportProblem, ImportResult, ImportSource, Provenance, Located } from './types.js';
export { rebaseProvenance } from './types.js';
export { bootLogToBoard, parseBootLog, normalizeLine, type NormalizeLineOptions, type BootLogFacts, type BootLogToBoardOptions, type CrashFact, type MemblockEvent, type ReservedMemFact, type ZoneFact } from './bootlog.js';
export { parseDtb, type Fdt, type FdtNode, type FdtProperty, type FdtReserveEntry } from './dtb.js';
export { dtToBoard, dtbToBoard, type DtFacts } from './dt-board.js';
export { compileDts, dtsToBoard, DTC_ARGS, DTC_COMMAND, DTC_MISSING, type SpawnResult, type SpawnSyncLike } from './dts.js';
export { iomemToBoard, parseIomem, type IomemEntry, type IomemFacts } from './iomem.js';
export { kconfigToBoard, parseKconfig, type KconfigFacts } from './kconfig.js';
/** The artefacts to import from; give any subset. */
export interface ImportInputs {
    /** dmesg / serial console / journalctl -k text. */
    bootLog?: string | undefined;
    /** A flattened device tree blob. */
    dtb?: Uint8Array | undefined;
    /** DTS source (compiled with dtc through `opts.spawn`). */
    dts?: string | undefined;
    /** /proc/iomem, read as root. */
    iomem?: string | undefined;
    /** A kernel .config. */
    config?: string | undefined;
}
export interface ImportOptions {
    /** Board id (made schema-valid if needed); default derived from the inputs. */
    id?: string | undefined;
    /** Runs dtc for `dts` input: node:child_process `spawnSync` or compatible. */
    spawn?: SpawnSyncLike | undefined;
}
export interface ImportFacts {
    bootLog?: BootLogFacts;
    dt?: DtFacts;
    iomem?: IomemFacts;
    config?: KconfigFacts;
}
/**
 * Imports one board from any mix of artefacts.
 *
 * @param inputs - boot log, DTB, DTS, /proc/iomem and/or .config
 * @param opts - board id; `spawn` to run dtc for DTS input
 * @returns a schema-valid board, provenance keyed by JSON pointer (relative to the board),
 *   problems from every input (located by line/column or byte offset), and the parsed facts
 * @throws ConfigurationError for inputs of the wrong type (a Buffer as a text, a string as
 *   the DTB); a malformed artefact is a problem in the result, never a throw
 * @example
 * const { board, provenance, problems } = importBoard({ bootLog: dmesg, iomem }, { id: 'altra' })
 * board.memory?.[0] // → { base: '0x88300000', size: '0x…' }
 * provenance['/memory/0'] // → 'boot log line 31: "node   0: [mem …]"'
 */
export declare function importBoard(inputs: ImportInputs, opts?: ImportOptions): ImportResult<ImportFacts>;
/**
 * What the inputs measured of the kernel build that booted (its image's size and text, its
 * boot allocations: NODE_DATA, the unflattened tree, x86's reserved part of the image and its
 * brk; and its configuration options, from the .config or the log) is that build's, not the
 * board's: it moves into the release's entry (`kernels: [{ release, imageSize, codeSize,
 * boot, config }]`), where check applies it to that kernel alone. A kernel added to the board later then takes its own build's values (its
 * Debian profile's, or its entry's), not this one's: at board level a 6.12 log's NODE_DATA
 * moved 7.2's (sizeof(pg_data_t) differs), and verify of a 7.2 log said so. Where the image
 * lies, the boot loader's choice, stays the board's `image.base`. Without one named release
 * there is no entry to hold them, and they stay where they are.
 */
export declare function buildValuesIntoKernel(board: Board, provenance: Provenance): void;
/**
 * Where an x86_64 kernel booted with `nokaslr` runs: LOAD_PHYSICAL_ADDR, which is
 * CONFIG_PHYSICAL_START (default 0x1000000, arch/x86/Kconfig@v6.12.117:2097-2099); the
 * decompressor moves the kernel there (arch/x86/boot/compressed/head_64.S@v6.12.117:316-333).
 * Undefined for another architecture or a command line without `nokaslr` (KASLR's choice).
 *
 * @param config - the build's .config, when given (its CONFIG_PHYSICAL_START wins)
 */
export declare function nokaslrImageBase(board: Pick<Board, 'arch' | 'cmdline'>, config?: KconfigFacts): {
    base: string;
    fromConfig: boolean;
} | undefined;
