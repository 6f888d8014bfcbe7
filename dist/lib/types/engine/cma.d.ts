/**
 * The default CMA area: dma_contiguous_reserve() → cma_declare_contiguous_nid(). Its place
 * matters because it is taken before the crash reservation, right under the DMA limit.
 *
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, early_cma;
 *         mm/cma.c cma_declare_contiguous_nid (v5.10.223, v6.12.117, v7.2.13),
 *         __cma_declare_contiguous_nid (v6.16.3 – v7.3.4), cma_alloc_mem (v6.17.8 – v7.3.4)
 */
import { type Memblock } from './memblock/memblock.js';
import type { CmaPolicyFields, KernelPolicy } from './policies/types.js';
import type { Trace } from './trace.js';
import type { Layout, PhysAddr, PhysRange, PhysSize } from './types.js';
/** What cma_declare_contiguous_nid() takes from the arch and the generation. */
export interface CmaRules {
    /** CMA_MIN_ALIGNMENT_BYTES (with the granule). */
    minAlign: PhysSize;
    /** "cma: Reserved %ld MiB at %pa" carries " on node %d" (6.6 – 6.x). */
    logNode: boolean;
    /**
     * A placement not fixed tries bottom-up from 4 GiB first when RAM reaches past 4 GiB + size
     * ("mm: cma: allocate cma areas bottom-up": in mm/cma.c@v5.13:341-352, absent from @v5.11 and
     * the 5.10.223 tree, so 5.12, UNCONFIRMED); before, only top-down below the limit.
     */
    above4GFirst: boolean;
    /**
     * dma_contiguous_reserve() with `cma=…@base-limit`: the command line's limit capped by the
     * arch's, min_not_zero(limit_cmdline, limit) ('min-not-zero'), or used as it is, `limit_cmdline
     * ?: limit` ('replaces'; 7.x: "dma-contiguous: hornor the cma address limit setup by user").
     */
    cmdlineLimit: 'min-not-zero' | 'replaces';
    /**
     * The size "cma: Reserved …" and "cma: Failed to reserve …" give: the area's, aligned to
     * minAlign ('aligned'), or the one asked for ('requested'; 7.x, where the
     * cma_declare_contiguous_nid() wrapper prints the lines, __cma_declare_contiguous_nid()
     * aligns a copy).
     */
    logSize: 'aligned' | 'requested';
    /**
     * A fixed area must not cross highmem_start, __pa(high_memory - 1) + 1, checked before the
     * limit ("Region at %pa defined on low/high memory boundary (%pa)"): unconditional up to 6.x
     * (mm/cma.c@v5.10.223, v6.1.192, v6.12.117 cma_declare_contiguous_nid); 7.x's
     * cma_fixed_reserve() checks it only with CONFIG_HIGHMEM, never on 64-bit (v7.2.13).
     */
    fixedHighmemCheck: boolean;
    /**
     * highmem_start where it is not the end of memblock: x86_64 sets high_memory from max_pfn
     * (arch/x86/kernel/setup.c); arm64 and riscv from memblock_end_of_DRAM() (arm64_memblock_init,
     * setup_bootmem's max_low_pfn), the default.
     */
    highmemStart?: PhysAddr;
}
/**
 * Engine helper (no kernel counterpart): assembles a generation's CMA policy data.
 * A generation's CmaRules: its policy's fields and the arch's CMA_MIN_ALIGNMENT_BYTES.
 */
export declare const cmaRules: (pol: CmaPolicyFields, minAlign: PhysSize) => CmaRules;
/** What early_cma() leaves: size_cmdline, base_cmdline, limit_cmdline. */
export interface CmdlineCma {
    size: PhysSize;
    base: PhysAddr;
    limit: PhysAddr;
}
/**
 * Mirrors early_cma() — kernel/dma/contiguous.c, for every `cma=size[@base[-limit]]` early
 * parameter in order: the size, and with `@` the base and a limit (base + size without a
 * `-limit`); a later `cma=` without `@` keeps the earlier base and limit, as the statics
 * do. Undefined when no `cma=` was given (size_cmdline == -1).
 * @kernel kernel/dma/contiguous.c early_cma (v5.10.223, v6.12.117, v7.2.13)
 */
export declare function cmaFromCmdline(cmdline: string, policy: KernelPolicy): CmdlineCma | undefined;
/** What dma_contiguous_reserve() reads besides memblock and the arch's limit. */
export interface ContiguousInputs {
    /** The command line the kernel keeps: `cma=` and 7.x's `numa_cma=`, `cma_pernuma=`. */
    cmdline: string;
    policy: KernelPolicy;
    /** CONFIG_CMA_SIZE_MBYTES (size_bytes: Debian's configs select by megabytes), CONFIG_DMA_NUMA_CMA, CONFIG_CMA_SIZE_PERNUMA (7.x). */
    config: Pick<Layout['config'], 'CMA_SIZE_MBYTES' | 'DMA_NUMA_CMA' | 'CMA_SIZE_PERNUMA'>;
    /**
     * The size of a DT `linux,cma-default` pool rmem_cma_setup() made the default area
     * (dma_contiguous_default_area set before this runs), if one did.
     */
    dtDefaultSize?: PhysSize | undefined;
    /** The online nodes (nr_online_nodes, node_online()) in node order. */
    online: readonly number[];
    /** Possible nodes not online yet (x86's CPU-only nodes until init_cpu_to_node()). */
    offline?: readonly number[];
}
/**
 * Mirrors dma_contiguous_reserve(limit): the global area (dmaContiguousReserveGlobal()) unless
 * a DT pool already is the default area, and the per-node areas of dma_numa_cma_reserve()
 * (dmaNumaCmaReserve()) by the generation: first, with their `cma_pernuma=` and `numa_cma=`
 * sizes (6.6 – 7.1, kernel/dma/contiguous.c@v6.12.117:218, @v7.0:229); or after the global
 * area (7.2+, @v7.2.13:313), where a global area that fails returns before them and
 * CONFIG_CMA_SIZE_PERNUMA gives each node the default area's size (the DT pool's where that is
 * the default: @v7.2.13:205-208, :280) when neither parameter is given. Returns the global
 * area, if placed; the per-node areas placed go to `perNode`.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve, dma_numa_cma_reserve (v6.12.117, v7.2.13)
 */
export declare function dmaContiguousReserve(mb: Memblock, limit: PhysAddr, c: ContiguousInputs, rules: CmaRules, trace: Trace, perNode?: PhysRange[]): PhysRange | undefined;
/**
 * Mirrors the global-area block of dma_contiguous_reserve(limit) — kernel/dma/contiguous.c:
 * the default area from `cma=` (fixed when its
 * base + size is its limit; its limit, when set, below `limit`, or from 7.x instead of it) or
 * else CONFIG_CMA_SIZE_MBYTES. Returns the area, if placed.
 * @kernel kernel/dma/contiguous.c dma_contiguous_reserve (v6.12.117, v7.2.13)
 */
export declare function dmaContiguousReserveGlobal(mb: Memblock, cmdline: CmdlineCma | undefined, configSize: PhysSize, limit: PhysAddr, rules: CmaRules, trace: Trace): PhysRange | undefined;
/**
 * Mirrors cma_declare_contiguous_nid() — mm/cma.c (v6.12.117:230), called with (base, size,
 * limit, alignment, …, fixed, name, nid): the alignment at least CMA_MIN_ALIGNMENT_BYTES (the default
 * area asks 0, hugetlb_cma a gigantic page); a fixed area is reserved where it is asked for;
 * otherwise (5.12+) bottom-up from 4G first when there is room above 4G, then top-down in
 * [base, limit). Returns the base, or 0 after printing why (the size in the lines per
 * CmaRules.logSize; the node is `nid` as given). `owner` names the area in reports (the crash
 * kernel's `,cma` areas are told from the default one).
 */
export declare function cmaDeclareContiguous(mb: Memblock, size: PhysSize, limit: PhysAddr, rules: CmaRules, trace: Trace, base?: PhysAddr, fixed?: boolean, owner?: string, nid?: number, align?: PhysSize): PhysAddr;
/**
 * Mirrors cma_declare_contiguous_multi() — mm/cma.c (v6.17:527-710), 6.15+: one contiguous
 * area as __cma_declare_contiguous_nid() places it (cmaDeclareContiguous() without its
 * "Reserved"/"Failed" line, which this function prints its own way); only when that finds no
 * room (-ENOMEM), up to CMA_MAX_RANGES of the node's free ranges that start at or above
 * 4 GiB, their bases aligned up and ends down to `align`, sizes down to `orderPerBit`; enough
 * of them (taken in the kernel's list order) are reserved from their bases. Prints
 * "Reserved %lu MiB in %d range(s)" or "Failed to reserve %lu MiB" and returns the ranges
 * reserved (none on failure) with the error.
 */
export declare function cmaDeclareContiguousMulti(mb: Memblock, totalSize: PhysSize, align: PhysSize, orderPerBit: PhysSize, rules: CmaRules, trace: Trace, owner: string, nid: number): {
    ranges: PhysRange[];
    err: number;
};
/**
 * Engine helper (no kernel counterpart): the error cma_declare_contiguous_nid() returned for an
 * area at no fixed base that cmaDeclareContiguous() could not place: -EINVAL where the aligned
 * size passes the end of memblock ("exceeds limit") or wrapped to 0 (cma_init_reserved_mem()),
 * else -ENOMEM (no free range).
 * @kernel mm/cma.c cma_declare_contiguous_nid (v6.12.117), __cma_declare_contiguous_nid (v7.2.13)
 */
export declare function cmaDeclareErrno(mb: Memblock, size: PhysSize, align: PhysSize, rules: CmaRules): number;
/** What `cma_pernuma=` and `numa_cma=` leave (pernuma_size_bytes, numa_cma_size[], numa_cma_configured). */
export interface NumaCmaCmdline {
    /** pernuma_size_bytes: the last `cma_pernuma=`'s size (0 without one). */
    pernuma: PhysSize;
    /** numa_cma_size[]: the nodes `numa_cma=` lists named, each with its last size. */
    inNode: Map<number, PhysSize>;
    /** numa_cma_configured (7.2+): either parameter was given, with a value. */
    configured: boolean;
}
/**
 * Mirrors early_cma_pernuma() and early_numa_cma() for every such early parameter in order:
 * `cma_pernuma=` memparse()s its value; `numa_cma=` reads `nid:size` items
 * (parseNodeSizeList(): a nid of MAX_NUMNODES or more, or an item without ':', ends it) into
 * numa_cma_size[]. `numa_cma=` is an early param from 6.6 only (CONFIG_DMA_NUMA_CMA; before,
 * arm64's CONFIG_DMA_PERNUMA_CMA has `cma_pernuma=` alone). A bare token faults
 * (earlyParamStops()); it is skipped here.
 * @kernel kernel/dma/contiguous.c early_cma_pernuma (v5.10.223:104-110, v6.12.117:127-132,
 *         v7.2.13:170-176), early_numa_cma (v6.12.117:100-125, v7.2.13:141-168)
 */
export declare function numaCmaFromCmdline(cmdline: string, policy: KernelPolicy): NumaCmaCmdline;
/**
 * Mirrors dma_pernuma_cma_reserve() — kernel/dma/contiguous.c (v5.10.223:131-155, the same in
 * v6.1.192), arm64's with CONFIG_DMA_PERNUMA_CMA up to 6.5, from bootmem_init(): a
 * `cma_pernuma=` area on each online node ("pernuma%d"), placed like the default one but on
 * the node only; a node without room is warned of (no newline) and skipped.
 * @kernel kernel/dma/contiguous.c dma_pernuma_cma_reserve; arch/arm64/mm/init.c bootmem_init
 *         (v5.10.223, v6.1.192:421)
 */
export declare function dmaPernumaCmaReserve(mb: Memblock, size: PhysSize, online: readonly number[], rules: CmaRules, trace: Trace): void;
