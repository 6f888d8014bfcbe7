import { type KernelVersion } from '../kernel-version.js';
import type { Arch } from '../types.js';
import type { KernelPolicy } from './types.js';
export declare const POLICIES: readonly KernelPolicy[];
export declare const WHAT_IF_POLICIES: readonly KernelPolicy[];
/** The lowest release the registry covers. */
export declare const SUPPORTED_FROM: KernelVersion;
/**
 * The releases a series resolves to: the Debian builds the oracle booted (5.10 – 7.2) and
 * Debian 7.3.4 (test/boots/releases), each with a kernel profile (src/presets/kernels.ts). A
 * series that is not listed resolves to its .0 release.
 */
export declare const SERIES_RELEASES: Readonly<Record<string, string>>;
/**
 * Engine helper (no kernel counterpart): maps a series or release to the release the engine simulates.
 * "6.12" → "6.12.117", "6.6" → "6.6.0", "6.1.65" → "6.1.65"; undefined when not a release or unsupported.
 */
export declare function resolveKernelRelease(kernel: string): string | undefined;
/** Engine helper (no kernel counterpart): whether `p` models release `v` (its half-open appliesTo range). */
export declare function policyModels(p: Pick<KernelPolicy, 'appliesTo'>, v: KernelVersion): boolean;
/**
 * Engine helper (no kernel counterpart): looks up the policy of an arch and release.
 * The policy for an arch and release, or a what-if policy by name.
 */
export declare function policyFor(arch: Arch, release: string, name?: string): KernelPolicy | undefined;
