/**
 * Kernel release numbers as comparable values ("6.1.65" → [6, 1, 65]).
 * Only the policy registry compares versions; shared code asks its policy instead.
 */
export interface KernelVersion {
    major: number;
    minor: number;
    patch: number;
}
/**
 * Engine helper (no kernel counterpart): parses a release number.
 * Parse "6.12" or "6.12.117"; undefined when it is not a release number.
 */
export declare function parseKernelVersion(text: string): KernelVersion | undefined;
/**
 * Engine helper (no kernel counterpart): a release-number literal for tables.
 * kv('6.1.65'): a version literal for tables; throws on a malformed literal (a bug).
 */
export declare function kv(text: string): KernelVersion;
/** Engine helper (no kernel counterpart): orders two release numbers. */
export declare function compareKernelVersions(a: KernelVersion, b: KernelVersion): number;
/** Engine helper (no kernel counterpart): formats a release number. */
export declare const formatKernelVersion: (v: KernelVersion) => string;
