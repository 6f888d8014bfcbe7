/**
 * The crash-kernel reservation itself, one named variant per kernel generation. A policy
 * picks the variant and supplies the constants (CRASH_ALIGN, CRASH_ADDR_LOW_MAX,
 * CRASH_ADDR_HIGH_MAX, DEFAULT_CRASH_KERNEL_LOW_SIZE); the variants keep the kernel's
 * branch order so that they read line for line against the C.
 *
 * Each variant returns the outcome and what the parser understood; the messages go to the
 * trace with the kernel's exact wording.
 */
import { type Memblock } from '../memblock/memblock.js';
import type { Trace } from '../trace.js';
import type { CrashkernelCma, CrashkernelOutcome, PhysAddr, PhysSize, ParsedCrashkernelRequest } from '../types.js';
import { type ParseDialect } from './parse.js';
export interface CrashReserveContext {
    mb: Memblock;
    trace: Trace;
    /** boot_command_line. */
    cmdline: string;
    dialect: ParseDialect;
    pageSize: PhysSize;
    /** CRASH_ADDR_LOW_MAX in force when the reservation runs. */
    lowMax: PhysAddr;
    /** CRASH_ADDR_HIGH_MAX. */
    highMax: PhysAddr;
    /** CRASH_ALIGN. */
    align: PhysSize;
    /** The alignment asked of a fixed `@offset` base (KernelPolicy crash.fixedAlign, else CRASH_ALIGN). */
    fixedAlign: PhysSize;
    /** DEFAULT_CRASH_KERNEL_LOW_SIZE (0 where the generation has none). */
    defaultLow: PhysSize;
    /** Whether the arch's generic parse passes `high` (supports ,high/,low). */
    supportsHigh: boolean;
    /** 7.x x86 passes cma_size to parse_crashkernel. */
    parseCma: boolean;
}
export interface CrashReserveResult {
    outcome: CrashkernelOutcome;
    request: ParsedCrashkernelRequest;
    /** The `,cma` areas, where the arch reserves them next (reserve-cma.ts). */
    cma?: CrashkernelCma;
}
export type ReserveCrashkernel = (ctx: CrashReserveContext) => CrashReserveResult;
/**
 * Engine helper (no kernel counterpart): the alignment a fixed `@offset` base must have, the
 * policy's `crash.fixedAlign` (x86 ≤6.6: 1 MiB) or else CRASH_ALIGN. Read by the reservation
 * and, through crashkernelFixedAlign(), by the rules that name a misaligned base.
 */
export declare function fixedAlignOf(crash: {
    align: PhysSize;
    fixedAlign?: PhysSize;
}): PhysSize;
/**
 * Engine helper (no kernel counterpart): what each architecture's setup does at its
 * arch_reserve_crashkernel() point: the policy's reservation variant on the context below,
 * then noteLargestFree() on its outcome.
 */
export declare function reserveCrashkernelOf(mb: Memblock, trace: Trace, layout: {
    cmdline: string;
    pageSize: PhysSize;
}, policy: Parameters<typeof crashReserveContext>[3] & {
    crash: {
        reserve: ReserveCrashkernel;
    };
}, lowMax: PhysAddr, highMax: PhysAddr, defaultLow?: PhysSize): CrashReserveResult;
/**
 * Engine helper (no kernel counterpart): assembles the context the reservation variants take.
 * The context every architecture hands to its policy's reservation variant: the policy's
 * constants and parse dialect, the layout's command line and page size, and the limits the
 * architecture computed (CRASH_ADDR_LOW_MAX / CRASH_ADDR_HIGH_MAX), and the default low size
 * when the architecture computes it from the command line (x86: from `swiotlb=`).
 */
export declare function crashReserveContext(mb: Memblock, trace: Trace, layout: {
    cmdline: string;
    pageSize: PhysSize;
}, policy: {
    parse: ParseDialect;
    crash: {
        align: PhysSize;
        fixedAlign?: PhysSize;
        defaultLow: PhysSize;
        supportsHigh: boolean;
        parseCma: boolean;
    };
}, lowMax: PhysAddr, highMax: PhysAddr, defaultLow?: PhysSize): CrashReserveContext;
/**
 * Engine helper (no kernel counterpart): a quick test for any crashkernel= token.
 * Is any `crashkernel=` token on the command line at all?
 */
export declare const crashkernelPresent: (cmdline: string) => boolean;
/**
 * arm64 5.10 … 5.14 (Debian 5.10.223): plain `crashkernel=X[@Y]` only, top-down below
 * arm64_dma_phys_limit; a fixed base is checked (memory, not reserved, 2 MiB aligned) and
 * reserved as is. `,high`/`,low` tokens are a different class and are silently ignored.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v5.10.223)
 */
export declare const reserveCrashkernelArm64V510: ReserveCrashkernel;
/**
 * arm64 5.15 – 5.18: as reserveCrashkernelArm64V510(), but one memblock_phys_alloc_range()
 * replaced memblock_find_in_range() and the fixed-base checks ("memblock: make
 * memblock_find_in_range method private", a7259df76702, 5.15, which made the same change to
 * riscv's reserve_crashkernel(): reserveCrashkernelRiscvV515()). A fixed X@Y is a search of
 * [Y, Y + X): it fails, with the one "cannot allocate" line, where 5.10 named the check, and
 * also in NOMAP memory, which the search skips and 5.10's checks took (protection.ts).
 * Plain X lands where 5.10's find-then-reserve put it (the same top-down search).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (a7259df76702; as 5.19's before 944a45abfabc
 *         added ,high: reserveCrashkernelArm64V519())
 */
export declare const reserveCrashkernelArm64V515: ReserveCrashkernel;
/**
 * arm64 5.19 – 6.1: `,high`/`,low` understood (only when no plain token exists), no default
 * low size, no fallback; a fixed base is a search in [base, base + size).
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.1.192)
 */
export declare const reserveCrashkernelArm64V519: ReserveCrashkernel;
/**
 * arm64 6.2 – 6.4: plain X tries [0, LOW) then [0, HIGH) with a default 128 MiB low part;
 * `,high` is one attempt in [0, HIGH); the low part is reserved when the main region starts
 * above LOW − low.
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.2 a149cf00b158, a9ae89df7377)
 */
export declare const reserveCrashkernelArm64V62: ReserveCrashkernel;
/**
 * arm64 6.5 – 6.6: `,high` first in [4G, HIGH) then [0, LOW); plain X [0, LOW) then
 * [LOW, HIGH); fixed bases fail with "memory is in use".
 *
 * @kernel arch/arm64/mm/init.c reserve_crashkernel (v6.5 6c4dcaddbd36)
 */
export declare const reserveCrashkernelArm64V65: ReserveCrashkernel;
/**
 * 6.7 – 6.10: no LOW == HIGH guard on the `,high` fallback (kernel/crash_core.c@v6.8:431-435).
 * @kernel kernel/crash_core.c reserve_crashkernel_generic (v6.8)
 */
export declare const reserveCrashkernelGenericV67: ReserveCrashkernel;
/**
 * 6.11+: "crash: Fix x86_32 crash memory reserve dead loop" guards the `,high` fallback
 * (kernel/crash_reserve.c@v6.11:423-427; not in v6.8, 6.9 and 6.10 not at hand: taken as 6.11).
 * @kernel kernel/crash_reserve.c reserve_crashkernel_generic (v6.11, v6.12.117, v7.2.13)
 */
export declare const reserveCrashkernelGeneric: ReserveCrashkernel;
/**
 * x86_64 ≤ 6.6 (5.10, 6.1): plain first, then `,high` when plain is absent, malformed or
 * zero; [CRASH_ALIGN, 4G) then [CRASH_ALIGN, 64T); fixed bases need 1 MiB alignment; a
 * region at or above 4G gets a low part (`,low` or max(swiotlb + 8M, 256M)).
 *
 * @kernel arch/x86/kernel/setup.c reserve_crashkernel, reserve_crashkernel_low (v5.10.223, v6.1.192)
 */
export declare const reserveCrashkernelX86V510: ReserveCrashkernel;
/**
 * riscv64 5.17 – 6.5 (6.1): plain only, [DRAM start, min(end, 4G−1)) then [DRAM start, end),
 * PMD_SIZE alignment, its own messages.
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (v6.1.192; decf89f86ecd)
 */
export declare const reserveCrashkernelRiscvV61: ReserveCrashkernel;
/**
 * riscv64 5.15 – 5.16: as reserveCrashkernelRiscvV61() in one window, all of DRAM ([Y, Y + X)
 * with an offset), through memblock_phys_alloc_range() since "memblock: make
 * memblock_find_in_range method private" (a7259df76702, 5.15; the stable review of
 * decf89f86ecd quotes this code).
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (a7259df76702, before decf89f86ecd)
 */
export declare const reserveCrashkernelRiscvV515: ReserveCrashkernel;
/**
 * riscv64 5.13 – 5.14, riscv's first reserve_crashkernel() (e53d28180d4d, 5640975003d0): plain
 * X found top-down in all of DRAM (memblock_find_in_range(), then memblock_reserve(): the
 * placement of reserveCrashkernelRiscvV515()); a fixed X@Y is not searched but checked, in
 * this order, to be memory, not reserved and PMD_SIZE aligned, each refusal with its own line,
 * and then reserved as it is. a7259df76702 (5.15) replaced the checks with a search of
 * [Y, Y + X) and "couldn't allocate".
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel (e53d28180d4d "RISC-V: Add kdump support", 5.13)
 */
export declare const reserveCrashkernelRiscvV513: ReserveCrashkernel;
/**
 * riscv64 6.6: riscv's own `,high`/`,low` code, between the 6.1 code and the generic one of
 * 6.7. One attempt and one fallback, no retry loop: plain X in [DRAM start, LOW), then
 * [LOW, end of DRAM) with the default 128 MiB low part; `,high` in [LOW, end of DRAM), then
 * [DRAM start, LOW); X@Y in [Y, Y + X) only. The size is PAGE_ALIGNed (the parse step is
 * arm64 6.2's), the low part is taken when the main region starts at or above LOW, and the
 * lines are riscv's: "crashkernel: reserved …", "crashkernel: couldn't allocate …KB",
 * "crashkernel: allocating failed with given size@offset", a low line in 0x%016llx.
 *
 * @kernel arch/riscv/mm/init.c reserve_crashkernel, reserve_crashkernel_low (v6.6: 5882e5acf18d,
 *         as the 6.7 conversion to the generic code, 39365395046f, removed them)
 */
export declare const reserveCrashkernelRiscvV66: ReserveCrashkernel;
/**
 * Engine helper (no kernel counterpart): the reservation variant of a kernel that has none.
 * riscv64 before 5.13: no crash kernel code at all. The 5.10 and 5.11 trees have no
 * reserve_crashkernel() under arch/riscv (and no KEXEC in their Kconfig); arch/riscv/mm/init.c@v5.13:782
 * has it (5.12 is not at hand: taken as without). `crashkernel=` is then a parameter nothing
 * reads: nothing is reserved and nothing is printed.
 *
 * @kernel arch/riscv/mm/init.c, arch/riscv/Kconfig (v5.10.223, v5.11: no crash kernel support)
 */
export declare const reserveCrashkernelNone: ReserveCrashkernel;
export declare const RESERVE_VARIANTS: {
    readonly reserveCrashkernelArm64V510: ReserveCrashkernel;
    readonly reserveCrashkernelArm64V515: ReserveCrashkernel;
    readonly reserveCrashkernelArm64V519: ReserveCrashkernel;
    readonly reserveCrashkernelArm64V62: ReserveCrashkernel;
    readonly reserveCrashkernelArm64V65: ReserveCrashkernel;
    readonly reserveCrashkernelGenericV67: ReserveCrashkernel;
    readonly reserveCrashkernelGeneric: ReserveCrashkernel;
    readonly reserveCrashkernelX86V510: ReserveCrashkernel;
    readonly reserveCrashkernelRiscvV61: ReserveCrashkernel;
    readonly reserveCrashkernelRiscvV513: ReserveCrashkernel;
    readonly reserveCrashkernelRiscvV515: ReserveCrashkernel;
    readonly reserveCrashkernelRiscvV66: ReserveCrashkernel;
    readonly reserveCrashkernelNone: ReserveCrashkernel;
};
export type ReserveVariantName = keyof typeof RESERVE_VARIANTS;
