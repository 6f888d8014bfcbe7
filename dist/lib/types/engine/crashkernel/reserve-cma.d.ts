/**
 * reserve_crashkernel_cma(): the `crashkernel=X,cma` areas, as an arch's
 * arch_reserve_crashkernel() calls it right after reserve_crashkernel_generic(): x86_64 from
 * 6.17 (arch/x86/kernel/setup.c@v6.17.8, not @v6.16.3), riscv64 and arm64 from 7.3
 * (arch/riscv/mm/init.c@v7.3.4, arch/arm64/mm/init.c@v7.3.4; both pass no cma_size @v7.2.13).
 * The code is generic, so the
 * arch only brings its CMA rules.
 *
 * @kernel kernel/crash_reserve.c reserve_crashkernel_cma (v6.17.8 – v7.3.4);
 *         include/linux/crash_reserve.h CRASHKERNEL_CMA_RANGES_MAX (v6.17.8 – v7.3.4)
 */
import { type CmaRules } from '../cma.js';
import type { Memblock } from '../memblock/memblock.js';
import type { Trace } from '../trace.js';
import type { PhysSize } from '../types.js';
import type { CrashReserveResult } from './reserve.js';
/**
 * Mirrors reserve_crashkernel_cma() — kernel/crash_reserve.c (v6.17.8:477) with the `,cma` size parse_crashkernel() read (the
 * request's `cma`): only when parse_crashkernel() succeeded (a `crashkernel=X,cma` alone is
 * rejected with the rest), whether or not the main reservation did, as long as it returned; up to four CMA areas of
 * the requested size, halving on failure, anywhere in RAM (cma_declare_contiguous() with no
 * limit: bottom-up from 4 GiB first). The areas are not "Crash kernel" resources.
 * @returns the reservation's result, with what this reserved as its `cma` where it was asked for any
 */
export declare function reserveCrashkernelCma(mb: Memblock, crash: CrashReserveResult, pageSize: PhysSize, configCma: boolean, rules: CmaRules, trace: Trace): CrashReserveResult;
