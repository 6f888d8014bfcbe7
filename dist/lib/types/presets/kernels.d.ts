/**
 * Debian kernel profiles: for each arch × series the oracle booted, the exact release, the
 * config values that change the outcome, the image size and the measured boot-allocation
 * sizes. Every number's source is in docs/presets.md ("Kernel profiles").
 *
 * Config values are read from shared/oracle/kernels/config-<arch>-<series> (an absent option
 * is n / 0); image sizes from shared/oracle/kernels/images.json (arm64 `image_size`, x86
 * `init_size`) or, for riscv64, from the image reservation in the oracle's memblock=debug
 * cases; `boot` from the same cases (unflatten_device_tree()'s two allocations and
 * NODE_DATA; x86: the image's reserved part, from the end of /proc/iomem's "Kernel bss", and
 * the brk in use, from the memblock_reserve() of setup_arch() that follows it). 7.3, which
 * the oracle did not boot, takes the same figures from test/boots/releases (its configs,
 * image headers and memblock=debug boots of Debian 7.3.4).
 */
import type { Arch, BootAllocations, KernelConfig, PhysSize } from '../engine/index.js';
/** Everything a Debian kernel build contributes to a layout. */
export interface KernelProfile {
    arch: Arch;
    series: string;
    /** Exact upstream release of the Debian package. */
    release: string;
    /** Debian binary package and version the numbers come from. */
    debianPackage: string;
    config: KernelConfig;
    /**
     * Size of the image as the boot loader places it: arm64 [_text, _end) (the Image header's
     * image_size), x86 init_size (what decompression needs; [_text, _end) lies inside it).
     */
    imageSize: PhysSize;
    pageSize: PhysSize;
    /** Compile-time physical address bits (CONFIG_ARM64_PA_BITS, x86 MAXPHYADDR assumption). */
    paBits: number;
    /** Virtual address bits with a CPU that supports the kernel's maximum. */
    vaBits: number;
    boot: BootAllocations;
}
/** The profiles, keyed `<arch>-<series>` (`-16k` for Debian's 16K arm64 builds). Frozen (src/freeze.ts): every later check() reads them. */
export declare const KERNEL_PROFILES: Readonly<Record<string, KernelProfile>>;
/**
 * The kernel series of an arch's Debian profiles, each once (arm64's 16K builds share a
 * series), ascending: what a preset stand-in is checked with, and what a kernel without a
 * profile is pointed to.
 */
export declare function debianSeries(arch: Arch): string[];
/** "6.12.117" → "6.12". */
export declare function seriesOf(release: string): string;
/**
 * The Debian profile for a resolved release.
 *
 * @param arch - the board's architecture
 * @param release - a resolved release such as `6.12.117`
 * @param pageSize - the board's page size, when it sets one (16K picks Debian's arm64-16k flavour)
 * @returns the profile of the same arch and series, or undefined
 * @example
 * kernelProfile('arm64', '6.1.192')?.imageSize // → 0x2010000n
 */
export declare function kernelProfile(arch: Arch, release: string, pageSize?: PhysSize): KernelProfile | undefined;
