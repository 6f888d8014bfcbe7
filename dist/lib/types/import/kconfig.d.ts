/**
 * A kernel .config → the few options the engine reads (schemas/board-matrix.schema.json
 * `kernelConfig`), plus page size, PA/VA bits, arch and release where the config says them.
 *
 * A .config lists every visible option: `CONFIG_X=y|m|<value>` or `# CONFIG_X is not set`.
 * An option that is absent is off (n / 0), exactly as src/presets/kernels.ts reads the
 * Debian configs, so every engine option is written explicitly. A file without kconfig's
 * `# Linux/<arch> <release> Kernel Configuration` header is a fragment or a defconfig, where
 * an absent option may well be on (its default): only the options it lists are written.
 */
import type { Board, KernelConfig } from '../matrix/generated/board-matrix.js';
import { type ImportProblem, type ImportResult, type Located, type Provenance } from './types.js';
export interface KconfigFacts {
    /** Every option, by name without the CONFIG_ prefix; `n` for "is not set". */
    options: Map<string, Located<string>>;
    /** `# Linux/arm64 6.12.117 Kernel Configuration` → arch word and release. */
    header?: Located<{
        arch: string;
        release: string;
    }>;
}
/**
 * Parses a .config.
 *
 * @param text - the file
 * @returns options by name (last one wins, as in Kconfig) and located problems
 * @example
 * parseKconfig('CONFIG_ZONE_DMA=y\n# CONFIG_KFENCE is not set\n').facts.options.get('KFENCE')?.value // → 'n'
 */
export declare function parseKconfig(text: string): {
    facts: KconfigFacts;
    problems: ImportProblem[];
};
type Arch = NonNullable<Board['arch']>;
/** Whether the engine option `key` exists on `arch` (see {@link ARCH_ONLY_OPTIONS}). */
export declare function optionExistsOn(key: string, arch: Arch): boolean;
/** What a .config contributes to a board. */
export interface KconfigSettings {
    config: KernelConfig;
    arch?: Arch;
    release?: string;
    pageSize?: NonNullable<Board['pageSize']>;
    paBits?: number;
    vaBits?: number;
}
/**
 * The engine's options from parsed .config facts. Pointers in `provenance` are relative to
 * the board (`/config/ZONE_DMA`).
 *
 * @param machineArch - the machine's architecture as other inputs show it, for a .config that
 *   does not name its own (a fragment): it decides which options exist
 */
export declare function kconfigSettings(facts: KconfigFacts, problems: ImportProblem[], machineArch?: Arch): {
    settings: KconfigSettings;
    provenance: Provenance;
};
/**
 * A .config → a board holding its config, arch, release, page size and PA/VA bits.
 *
 * @param text - the .config
 * @param opts - `id` of the board; `arch`, the machine's architecture where another input
 *   shows it, for a .config that does not name its own (see {@link kconfigSettings})
 * @returns board, provenance and problems (never throws)
 * @example
 * kconfigToBoard('# Linux/arm64 6.12.117 Kernel Configuration\nCONFIG_ARM64=y\nCONFIG_ZONE_DMA=y\n').board.config?.ZONE_DMA // → true
 */
export declare function kconfigToBoard(text: string, opts?: {
    id?: string;
    arch?: Arch;
}): ImportResult<KconfigFacts>;
export {};
