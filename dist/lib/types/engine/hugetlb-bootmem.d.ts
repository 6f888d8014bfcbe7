/**
 * Gigantic huge pages from memblock: `hugepagesz=`, `hugepages=` and `default_hugepagesz=`.
 *
 * From 6.15 the three are early parameters that only save their value (hugetlb_add_param());
 * hugetlb_bootmem_alloc() parses the saved values in command-line order (hugetlb_parse_params())
 * and memblock-allocates the pages of every gigantic hstate, one huge page at a time, aligned
 * to its size. x86 calls it from setup_arch() when the CPU has GBPAGES, right after
 * hugetlb_cma_reserve() and before arch_reserve_crashkernel(): the 1 GiB pages are taken
 * top-down before the crash region, which then lands under them (6.15 – 6.19). Up to 6.14 the
 * parameters were __setup() handlers that parse_args() ran after setup_arch(), and from 7.0
 * mm_core_init_early() calls hugetlb_bootmem_alloc(), after the crash kernel, as arm64 and
 * riscv64 always did: nothing the engine follows.
 *
 * @kernel mm/hugetlb.c hugetlb_add_param, hugetlb_parse_params, hugepages_setup,
 *         hugepagesz_setup, default_hugepagesz_setup, hugetlb_add_hstate,
 *         hugetlb_bootmem_alloc, hugetlb_hstate_alloc_pages,
 *         hugetlb_hstate_alloc_pages_onenode, hugetlb_gigantic_pages_alloc_boot,
 *         __alloc_bootmem_huge_page, alloc_bootmem (v6.17; v6.14 and v7.0 for the bounds);
 *         arch/x86/kernel/setup.c setup_arch (v6.17:1192-1195); arch/x86/mm/hugetlbpage.c
 *         arch_hugetlb_valid_size (v6.17)
 */
import { type Memblock } from './memblock/memblock.js';
import type { Memparse } from './memparse.js';
import type { KernelPolicy } from './policies/types.js';
import { Trace } from './trace.js';
import type { Arch, PhysRange, PhysSize } from './types.js';
/** One hstate: its page size and the pages asked for, in all and by node. */
export interface Hstate {
    size: PhysSize;
    /** max_huge_pages (unsigned long). */
    maxHugePages: bigint;
    /** max_huge_pages_node[] (unsigned int), the nodes set only. */
    maxHugePagesNode: Map<number, bigint>;
}
/**
 * hugetlb_params[]' size, HUGE_MAX_CMDLINE_ARGS = 2 * HUGE_MAX_HSTATE + 1
 * (mm/hugetlb.c@v6.17:78): x86 2 hstates (arch/x86/include/asm/page_types.h@v6.17:25), arm64 4
 * (arch/arm64/include/asm/pgtable.h@v6.17:504), riscv64 3 with CONFIG_RISCV_ISA_SVNAPOT (default
 * y: arch/riscv/include/asm/pgtable-64.h@v6.17:108).
 */
export declare const HUGE_MAX_CMDLINE_ARGS: Readonly<Record<Arch, number>>;
/**
 * Mirrors hugetlb_add_param() and hugetlb_parse_params() — mm/hugetlb.c (v6.17:4771-4813):
 * the values of the three early parameters in command-line order (the first
 * HUGE_MAX_CMDLINE_ARGS; a bare token never gets here, earlyParamStops()), each through its
 * setup function. Returns the hstates in the order they were added.
 */
export declare function hugetlbParseParams(cmdline: string, online: readonly number[], gbpages: boolean, memparse: Memparse, trace: Trace): Hstate[];
/**
 * Mirrors hugetlb_bootmem_alloc() — mm/hugetlb.c (v6.17:5017-5040) with
 * hugetlb_bootmem_set_nodes() and hugetlb_hstate_alloc_pages() of each gigantic hstate: the
 * pages of each online node that hugepages= named, in node order
 * (hugetlb_hstate_alloc_pages_onenode(): "allocating %u of page size %s failed node%d" when
 * one does not fit), else max_huge_pages pages round-robin over the nodes with memory from
 * the first online one (hugetlb_gigantic_pages_alloc_boot(), "allocating %lu of page size %s
 * failed" after the first that does not fit). Returns the pages placed, in order.
 *
 * `online` is node_online_map (x86: the nodes initmem_init() brought up with their memory);
 * `bootmemNodes`, hugetlb_bootmem_nodes: the nodes of memblock.memory's regions.
 */
export declare function hugetlbBootmemAlloc(mb: Memblock, hstates: readonly Hstate[], online: readonly number[], bootmemNodes: readonly number[], trace: Trace): PhysRange[];
/**
 * Engine helper (no kernel counterpart): how many gigantic pages a command line asks x86 to
 * allocate at most (every hugepages= of a 1 GiB hstate, any node online), for the
 * simulation budget (src/matrix/validate.ts): each page is two memblock regions, and a run of
 * them costs more than linearly.
 */
export declare function giganticPagesAsked(cmdline: string, memparse: Memparse): bigint;
/**
 * Engine helper (no kernel counterpart): x86 setup_arch()'s hugetlb_bootmem_alloc() for a
 * generation that calls it before the crash kernel (with GBPAGES: `gbpages`); parses the
 * command line and allocates. `hugetlbCma`: hugetlb_cma_total_size() is not 0, that is
 * hugetlb_cma_reserve() just reserved areas (it zeroes the size when it reserved none): the
 * gigantic pages are then skipped ("hugetlb_cma is enabled"), or with `hugetlb_cma_only`
 * taken from those areas (alloc_bootmem()'s early CMA), none from memblock either way. A
 * command line without the parameters costs one substring test.
 * @kernel mm/hugetlb.c hugetlb_hstate_alloc_pages (v6.17:3643-3667); mm/hugetlb_cma.c
 *         hugetlb_cma_total_size, hugetlb_early_cma (v6.17:261-278)
 */
export declare function hugetlbBootmemAllocBeforeCrash(mb: Memblock, cmdline: string, hugetlbCma: boolean, gbpages: boolean, online: readonly number[], policy: KernelPolicy, trace: Trace): readonly PhysRange[];
