// SPDX-License-Identifier: GPL-2.0-only
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
import type { Arch, BootAllocations, KernelConfig, PhysSize } from '../engine/index.js'
import { deepFreeze } from '../freeze.js'

/** Everything a Debian kernel build contributes to a layout. */
export interface KernelProfile {
  arch: Arch
  series: string
  /** Exact upstream release of the Debian package. */
  release: string
  /** Debian binary package and version the numbers come from. */
  debianPackage: string
  config: KernelConfig
  /**
   * Size of the image as the boot loader places it: arm64 [_text, _end) (the Image header's
   * image_size), x86 init_size (what decompression needs; [_text, _end) lies inside it).
   */
  imageSize: PhysSize
  pageSize: PhysSize
  /** Compile-time physical address bits (CONFIG_ARM64_PA_BITS, x86 MAXPHYADDR assumption). */
  paBits: number
  /** Virtual address bits with a CPU that supports the kernel's maximum. */
  vaBits: number
  boot: BootAllocations
}

const SZ_4K = 4096n
const SZ_16K = 16384n

/** Config shorthand: every option listed, absent ones are n / 0 (as in the .config). */
function config(c: Partial<KernelConfig>): KernelConfig {
  return {
    ZONE_DMA: false,
    ZONE_DMA32: false,
    RODATA_FULL_DEFAULT_ENABLED: false,
    KFENCE: false,
    KFENCE_SAMPLE_INTERVAL: 0,
    DEBUG_PAGEALLOC: false,
    DEBUG_PAGEALLOC_ENABLE_DEFAULT: false,
    CMA_SIZE_MBYTES: 0,
    CMA: false,
    DMA_NUMA_CMA: false,
    CMA_SIZE_PERNUMA: false,
    OF_DYNAMIC: false,
    RANDOMIZE_BASE: false,
    X86_DIRECT_GBPAGES: false,
    ZONE_DEVICE: false,
    PRINTK_EXECUTION_CTX: false,
    LOG_BUF_SHIFT: 17,
    ...c,
  }
}

const ARM64_BASE = { ZONE_DMA: true, ZONE_DMA32: true, RANDOMIZE_BASE: true, CMA: true, CMA_SIZE_MBYTES: 64 }
const X86_BASE = { ZONE_DMA: true, ZONE_DMA32: true, RANDOMIZE_BASE: true, X86_DIRECT_GBPAGES: true, ZONE_DEVICE: true, NUMA_EMU: true }

/** Debian's default builds (4K pages), keyed `<arch>-<series>`. */
const PROFILES_4K: Readonly<Record<string, KernelProfile>> = {
  'arm64-5.10': {
    arch: 'arm64', series: '5.10', release: '5.10.223', debianPackage: 'linux-image-5.10.0-32-arm64 5.10.223-1',
    config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true, DMA_NUMA_CMA: true }),
    imageSize: 0x1ad0000n, pageSize: SZ_4K, paBits: 48, vaBits: 48,
    boot: { unflattenedDt: 35964n + 47n, dtAliases: 47n, nodeData: 9472n, kernelReserve: 0n, brk: 0n },
  },
  'arm64-6.1': {
    arch: 'arm64', series: '6.1', release: '6.1.192', debianPackage: 'linux-image-6.1.0-57-arm64 6.1.192-3',
    config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true, DMA_NUMA_CMA: true }),
    imageSize: 0x2010000n, pageSize: SZ_4K, paBits: 48, vaBits: 48,
    boot: { unflattenedDt: 40476n + 47n, dtAliases: 47n, nodeData: 11392n, kernelReserve: 0n, brk: 0n },
  },
  'arm64-6.12': {
    arch: 'arm64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-arm64 6.12.117-1',
    config: config({ ...ARM64_BASE, RODATA_FULL_DEFAULT_ENABLED: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true }),
    imageSize: 0x2500000n, pageSize: SZ_4K, paBits: 52, vaBits: 52,
    boot: { unflattenedDt: 42708n + 47n, dtAliases: 47n, nodeData: 14144n, kernelReserve: 0n, brk: 0n },
  },
  'arm64-7.2': {
    arch: 'arm64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-arm64 7.2.13-1',
    // CONFIG_RODATA_FULL_DEFAULT_ENABLED no longer exists in 7.x (rodata=full is always the default).
    config: config({ ...ARM64_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true, OF_DYNAMIC: true, PRINTK_EXECUTION_CTX: true }),
    imageSize: 0x2f00000n, pageSize: SZ_4K, paBits: 52, vaBits: 52,
    boot: { unflattenedDt: 44940n + 47n, dtAliases: 47n, nodeData: 14336n, kernelReserve: 0n, brk: 0n },
  },
  'arm64-7.3': {
    arch: 'arm64', series: '7.3', release: '7.3.4', debianPackage: 'linux-binary-7.3.4+deb13-arm64 7.3.4-1~bpo13+1',
    config: config({ ...ARM64_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true, OF_DYNAMIC: true, PRINTK_EXECUTION_CTX: true }),
    imageSize: 0x3240000n, pageSize: SZ_4K, paBits: 52, vaBits: 52,
    // The unflattened DT is 7.2.13's: on one QEMU both builds allocate the same bytes (the
    // test/boots/releases and arm64-crashkernel boots, whose QEMU DT has no /aliases).
    boot: { unflattenedDt: 44940n + 47n, dtAliases: 47n, nodeData: 14400n, kernelReserve: 0n, brk: 0n },
  },
  'x86_64-5.10': {
    arch: 'x86_64', series: '5.10', release: '5.10.223', debianPackage: 'linux-image-5.10.0-32-amd64 5.10.223-1',
    config: config(X86_BASE),
    imageSize: 0x3b7a000n, pageSize: SZ_4K, paBits: 46, vaBits: 48,
    boot: { unflattenedDt: 0n, dtAliases: 0n, nodeData: 172032n, kernelReserve: 0x3000000n, brk: 0xd000n },
  },
  'x86_64-6.1': {
    arch: 'x86_64', series: '6.1', release: '6.1.192', debianPackage: 'linux-image-6.1.0-57-amd64 6.1.192-3',
    config: config(X86_BASE),
    imageSize: 0x3f98000n, pageSize: SZ_4K, paBits: 46, vaBits: 48,
    boot: { unflattenedDt: 0n, dtAliases: 0n, nodeData: 176128n, kernelReserve: 0x3400000n, brk: 0x11000n },
  },
  'x86_64-6.12': {
    arch: 'x86_64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-amd64 6.12.117-1',
    config: config({ ...X86_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0 }),
    imageSize: 0x37ef000n, pageSize: SZ_4K, paBits: 46, vaBits: 48,
    boot: { unflattenedDt: 0n, dtAliases: 0n, nodeData: 174464n, kernelReserve: 0x2c00000n, brk: 0x11000n },
  },
  'x86_64-7.2': {
    arch: 'x86_64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-amd64 7.2.13-1',
    config: config({ ...X86_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, CMA: true, CMA_SIZE_MBYTES: 0, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true, PRINTK_EXECUTION_CTX: true }),
    imageSize: 0x3c4e000n, pageSize: SZ_4K, paBits: 46, vaBits: 48,
    boot: { unflattenedDt: 0n, dtAliases: 0n, nodeData: 176256n, kernelReserve: 0x3200000n, brk: 0x11000n },
  },
  'x86_64-7.3': {
    arch: 'x86_64', series: '7.3', release: '7.3.4', debianPackage: 'linux-binary-7.3.4+deb13-amd64 7.3.4-1~bpo13+1',
    config: config({ ...X86_BASE, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, CMA: true, CMA_SIZE_MBYTES: 0, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true, PRINTK_EXECUTION_CTX: true }),
    imageSize: 0x3e4e000n, pageSize: SZ_4K, paBits: 46, vaBits: 48,
    boot: { unflattenedDt: 0n, dtAliases: 0n, nodeData: 176320n, kernelReserve: 0x3400000n, brk: 0x11000n },
  },
  'riscv64-6.12': {
    arch: 'riscv64', series: '6.12', release: '6.12.117', debianPackage: 'linux-image-6.12.117+deb13-riscv64 6.12.117-1',
    config: config({ ZONE_DMA32: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, ZONE_DEVICE: true }),
    imageSize: 0x2000000n, pageSize: SZ_4K, paBits: 56, vaBits: 57,
    boot: { unflattenedDt: 24984n + 47n, dtAliases: 47n, nodeData: 9280n, kernelReserve: 0n, brk: 0n },
  },
  'riscv64-7.2': {
    arch: 'riscv64', series: '7.2', release: '7.2.13', debianPackage: 'linux-binary-7.2.13+deb14-riscv64 7.2.13-1',
    config: config({ ZONE_DMA32: true, KFENCE: true, KFENCE_SAMPLE_INTERVAL: 0, CMA: true, CMA_SIZE_MBYTES: 128, ZONE_DEVICE: true, DMA_NUMA_CMA: true, CMA_SIZE_PERNUMA: true, PRINTK_EXECUTION_CTX: true }),
    imageSize: 0x2400000n, pageSize: SZ_4K, paBits: 56, vaBits: 57,
    boot: { unflattenedDt: 24984n + 47n, dtAliases: 47n, nodeData: 10752n, kernelReserve: 0n, brk: 0n },
  },
}

/**
 * Debian's arm64-16k flavour (trixie 6.12, sid 7.2): the 4K build's configuration and
 * unflattened DT (struct device_node does not depend on the page size) with 16K pages, its
 * own image size (Image header) and NODE_DATA (the test/boots/arm64-16k boots).
 */
const flavour16K = (base: KernelProfile, debianPackage: string, imageSize: PhysSize, nodeData: PhysSize): KernelProfile => ({
  ...base,
  debianPackage,
  imageSize,
  pageSize: SZ_16K,
  boot: { ...base.boot, nodeData },
})

/** The profiles, keyed `<arch>-<series>` (`-16k` for Debian's 16K arm64 builds). Frozen (src/freeze.ts): every later check() reads them. */
export const KERNEL_PROFILES: Readonly<Record<string, KernelProfile>> = deepFreeze({
  ...PROFILES_4K,
  'arm64-6.12-16k': flavour16K(PROFILES_4K['arm64-6.12']!, 'linux-image-6.12.117+deb13-arm64-16k 6.12.117-1', 0x25b0000n, 14464n),
  'arm64-7.2-16k': flavour16K(PROFILES_4K['arm64-7.2']!, 'linux-binary-7.2.13+deb14-arm64-16k 7.2.13-1', 0x2fa0000n, 14656n),
})

/**
 * The kernel series of an arch's Debian profiles, each once (arm64's 16K builds share a
 * series), ascending: what a preset stand-in is checked with, and what a kernel without a
 * profile is pointed to.
 */
export function debianSeries(arch: Arch): string[] {
  return [...new Set(Object.values(KERNEL_PROFILES).filter((p) => p.arch === arch).map((p) => p.series))].sort((a, b) => {
    const [a1 = 0, a2 = 0] = a.split('.').map(Number)
    const [b1 = 0, b2 = 0] = b.split('.').map(Number)
    return a1 - b1 || a2 - b2
  })
}

/** "6.12.117" → "6.12". */
export function seriesOf(release: string): string {
  const [major, minor] = release.split('.')
  return `${major}.${minor}`
}

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
export function kernelProfile(arch: Arch, release: string, pageSize?: PhysSize): KernelProfile | undefined {
  const own = KERNEL_PROFILES[`${arch}-${seriesOf(release)}`]
  // A board with 16K pages and a Debian release that has a 16K flavour takes that build's figures.
  const flavour = pageSize === SZ_16K ? KERNEL_PROFILES[`${arch}-${seriesOf(release)}-16k`] : undefined
  return flavour ?? own
}
