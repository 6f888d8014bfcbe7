/**
 * `hugetlb_cma=`: CMA areas for gigantic huge pages, one per online node, that every arch
 * reserved before its crash kernel up to 6.x. x86 calls hugetlb_cma_reserve() in setup_arch()
 * right after dma_contiguous_reserve() (with GBPAGES), arm64 in bootmem_init() right after NUMA
 * init (before sparse_init() and the deferred crash reservation), riscv64 at the end of
 * setup_bootmem() (5.15+, before NUMA init has given memblock a node, so with CONFIG_NUMA the
 * area asked of node 0 is never found); the areas are whole gigantic pages (1 GiB, 16 GiB with
 * arm64's 64K pages), so they move what comes after by a lot. 7.0 calls it from mm_core_init_early(), after the crash
 * kernel. 6.15 – 6.19 reserve over hugetlb_bootmem_nodes (the nodes of memblock's memory)
 * through cma_declare_contiguous_multi(), which can split an area into ranges above 4 GiB
 * (x86 and arm64; riscv64's call, before NUMA init, is not modelled: CK006 says so).
 *
 * The early_param() and the call exist only with CONFIG_CMA (and CONFIG_HUGETLB_PAGE, which
 * every build here has): without CMA the token is an unknown parameter that reserves nothing.
 *
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma, hugetlb_cma_reserve (v5.10.223, v5.15,
 *         v5.17, v6.0, v6.1.192, v6.12.117, v6.14); arch/arm64/mm/hugetlbpage.c
 *         arm64_hugetlb_cma_reserve; arch/arm64/mm/init.c bootmem_init; arch/x86/kernel/setup.c
 *         setup_arch; arch/riscv/mm/init.c setup_bootmem (v5.15, v6.1.192, v6.12.117);
 *         mm/hugetlb_cma.c hugetlb_cma_reserve (v6.17:138-245)
 */
import { type CmaRules } from './cma.js';
import type { Memblock } from './memblock/memblock.js';
import type { HugetlbCmaGeneration, KernelPolicy } from './policies/types.js';
import type { Trace } from './trace.js';
import type { PhysRange, PhysSize } from './types.js';
/** What cmdline_parse_hugetlb_cma() leaves: hugetlb_cma_size and hugetlb_cma_size_in_node[]. */
export interface HugetlbCmaRequest {
    size: PhysSize;
    /** The nodes a `nid:size` list named, with their sizes (5.17+). */
    inNode: Map<number, PhysSize>;
}
/**
 * Mirrors cmdline_parse_hugetlb_cma() for every `hugetlb_cma=` early parameter in order, into
 * one state as the kernel's statics keep it. 'size' (≤5.16): memparse() of the value.
 * 'per-node-int' (5.17 – 5.18), 'per-node' (5.19+): `nid:size[,nid:size…]`
 * (parseNodeSizeList(): a nid out of range stops the list), each size added to the total; an item not `digits:` makes the total
 * memparse() of the whole value instead, so `0:1G,2G` sets it to memparse("0:1G,2G"), 0.
 * Undefined when nothing was set. A bare token faults (earlyParamStops()); it is skipped here.
 * @kernel mm/hugetlb.c cmdline_parse_hugetlb_cma (v5.10.223:5712, v5.17:6882-6915, v6.12.117:7656-7691);
 *         lib/vsprintf.c vsscanf (v6.12.117)
 */
export declare function cmdlineParseHugetlbCma(cmdline: string, policy: KernelPolicy): HugetlbCmaRequest | undefined;
/**
 * The page sizes hugetlb_cma_reserve() works with: the gigantic page it is called for,
 * PAGE_SIZE << order, and PAGE_SIZE << HUGETLB_PAGE_ORDER, the PMD (2 MiB; arm64's with its
 * granule). Undefined where the arch does not call it (x86 without GBPAGES).
 */
export type HugetlbCmaPages = {
    gigantic: PhysSize;
    pmd: PhysSize;
} | undefined;
/**
 * Mirrors hugetlb_cma_reserve(order) — mm/hugetlb.c, 5.10 – 6.14: the per-node requests
 * checked (an offline node warned of and dropped, one under a gigantic page too), the total
 * checked against one gigantic page, then with no per-node request the total split evenly
 * over the online nodes ("reserve %lu MiB, up to %lu MiB per node", the share rounded up to a
 * gigantic page in that line from 6.1.176 / 6.12.90), each node's area rounded up to a
 * gigantic page and declared through cma_declare_contiguous_nid() on the node, aligned to the
 * gigantic page or (5.16 – 6.9) a PMD, until the total is reached. Returns the areas placed,
 * in order.
 * @kernel mm/hugetlb.c hugetlb_cma_reserve (v5.10.223:5720-5769, v5.17, v6.1.192, v6.12.117:7695-7800, v6.14);
 *         mm/cma.c cma_declare_contiguous_nid
 */
export declare function hugetlbCmaReserve(mb: Memblock, pages: NonNullable<HugetlbCmaPages>, req: HugetlbCmaRequest, online: readonly number[], gen: HugetlbCmaGeneration, rules: CmaRules, trace: Trace): PhysRange[];
/**
 * Mirrors hugetlb_bootmem_set_nodes() — mm/hugetlb.c (v6.17:4996-5008): the nodes of
 * memblock.memory's regions that hold a whole page (for_each_mem_pfn_range()), ascending.
 */
export declare function hugetlbBootmemSetNodes(mb: Memblock): number[];
/**
 * Engine helper (no kernel counterpart): the per-arch call of hugetlb_cma_reserve() before the
 * crash kernel, for a generation that makes it there; parses the command line and reserves.
 * `pages` undefined: the arch does not call it (x86 without GBPAGES). Nothing without
 * CONFIG_CMA, where neither the early_param() nor the call exist. A command line without the
 * parameter costs one substring test (cmdlineParseHugetlbCma()) and allocates nothing.
 */
export declare function hugetlbCmaReserveBeforeCrash(mb: Memblock, cmdline: string, cma: boolean, pages: HugetlbCmaPages, online: readonly number[], policy: KernelPolicy, rules: CmaRules, trace: Trace): readonly PhysRange[];
