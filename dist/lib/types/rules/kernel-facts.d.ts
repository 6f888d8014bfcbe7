/**
 * The few kernel facts the rules need that a SimulationResult does not carry (yet): the
 * alignment a fixed `@offset` must have, and a version test. Each names its source; the
 * engine could expose them instead (SimulationResult.crashAlign would replace crashAlign()).
 */
import type { SimulationResult } from '../engine/index.js';
/** MEMBLOCK_NOMAP — include/linux/memblock.h (1 << 2 in every version checked). */
export declare const MEMBLOCK_NOMAP_FLAG: number;
/** `major.minor` of the simulated release ≥ the given one; undefined for an unparsable release. */
export declare function kernelAtLeast(sim: Pick<SimulationResult, 'kernel'>, major: number, minor: number): boolean | undefined;
/**
 * CRASH_ALIGN for a fixed base: arm64 SZ_2M (arch/arm64/include/asm/crash_reserve.h), riscv
 * PMD_SIZE = 2 MiB with 4K pages, x86 16 MiB from 6.7 (generic code) and 1 MiB before
 * (arch/x86/kernel/setup.c reserve_crashkernel, v6.1: memblock_phys_alloc_range(…, SZ_1M, …)).
 */
export declare function crashAlign(sim: Pick<SimulationResult, 'arch' | 'kernel'>): bigint;
