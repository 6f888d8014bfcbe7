import type { PhysAddr, PhysSize } from '../types.js';
export declare const RISCV_PAGE_SHIFT = 12n;
export declare const RISCV_PAGE_SIZE: PhysSize;
/** PMD_SIZE on rv64 (4K pages): 2 MiB. Also CRASH_ALIGN and the kernel reservation's rounding. */
export declare const RISCV_PMD_SIZE: PhysSize;
/** KERNEL_LINK_ADDR on rv64: ADDRESS_SPACE_END - SZ_2G + 1 (no KASLR in Debian's builds). */
export declare const KERNEL_LINK_ADDR = 18446744071562067968n;
/** sizeof(struct page), 1 << STRUCT_PAGE_MAX_SHIFT: vmemmapPopulate() multiplies by it (a BigInt shift is a runtime call). */
export declare const STRUCT_PAGE_BYTES: bigint;
export type RiscvPagingLevels = 3 | 4 | 5;
/** One run of the linear map mapped with one granule. */
export interface LinearLeafRun {
    base: PhysAddr;
    size: PhysSize;
    /** Leaf size: 4K, 2M, 1G, 512G or (6.4 – 6.7's Sv57 PGD leaves) 256T. */
    granule: PhysSize;
}
/** swapper_pg_dir as the boot builds it: which entries exist, and what the linear map used. */
export interface RiscvPageTables {
    levels: RiscvPagingLevels;
    /** Entry shift of each level from the PGD down to the PTE (e.g. 48, 39, 30, 21, 12 for Sv57); fixed per mode. */
    readonly shifts: readonly bigint[];
    pageOffset: bigint;
    /** phys_ram_base: __va(pa) = pa - physRamBase + pageOffset. */
    physRamBase: PhysAddr;
    /**
     * `${shift}:${va >> shift}` → state of that entry. On swapperPgDir()'s tables, a view of the
     * run-length levels built when first read (the table is mapped per entry from then on).
     */
    entries: Map<string, 'table' | 'leaf'>;
    /** Linear-map leaves in mapping order (adjacent runs of one granule merged). */
    linear: LinearLeafRun[];
}
/**
 * Allocates `count` zeroed table pages (pt_ops.alloc_* or vmemmap_alloc_block_zero) as
 * `count` one-page calls one after the other would; PTE tables when `lastLevel`. (Counted
 * so that the linear map of a huge bank, a table page per GiB with 2 MiB blocks and 513 with
 * 4 KiB pages, is not a memblock call per page.)
 */
export type TableAlloc = (lastLevel: boolean, count: number) => void;
/**
 * Engine helper (no kernel counterpart): picks the paging mode from the configured VA bits.
 * The paging mode from the kernel's VA_BITS (57 → Sv57, 48 → Sv48, otherwise Sv39).
 */
export declare function pagingLevels(vaBits: number): RiscvPagingLevels;
/**
 * Mirrors PGDIR_SHIFT — arch/riscv/include/asm/pgtable-64.h (a macro; v6.12.117:16-19).
 * The PGD entry shift of a mode: PGDIR_SHIFT (48 / 39 / 30).
 */
export declare const pgdirShift: (levels: RiscvPagingLevels) => bigint;
/**
 * Mirrors KERN_VIRT_SIZE — arch/riscv/include/asm/pgtable.h (a macro; v6.12.117:37).
 * KERN_VIRT_SIZE = (PTRS_PER_PGD / 2 * PGDIR_SIZE) / 2: the largest linear map.
 */
export declare const kernVirtSize: (levels: RiscvPagingLevels) => PhysSize;
/**
 * Mirrors VMEMMAP_START — arch/riscv/include/asm/pgtable.h (a macro; v6.12.117:84, VMALLOC_START :41).
 * VMEMMAP_START = VMALLOC_START - VMEMMAP_SIZE, VMALLOC_START = PAGE_OFFSET - KERN_VIRT_SIZE / 2.
 */
export declare function vmemmapStart(levels: RiscvPagingLevels): bigint;
/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (swapper_pg_dir at its start; v6.12.117:1357).
 * swapper_pg_dir at the start of setup_vm_final(): empty but for the fixmap entry, which
 * points at the statically allocated fixmap_p4d/pud/pmd (create_pgd_mapping(swapper_pg_dir,
 * FIXADDR_START, fixmap_pgd_next, PGDIR_SIZE)). FIXADDR_TOP is PCI_IO_START, just under
 * VMEMMAP_START, which is PGDIR aligned in every mode, so the fixmap owns the entry below it.
 * The entries are run-length encoded (mmu-fast.ts).
 */
export declare function swapperPgDir(levels: RiscvPagingLevels, physRamBase: PhysAddr): RiscvPageTables;
/**
 * Engine helper (no kernel counterpart): swapperPgDir() with one entry per key, for the reference walk.
 * swapperPgDir() with one Map key per entry: the reference walk runs on it. Not for production use.
 */
export declare function swapperPgDirReference(levels: RiscvPagingLevels, physRamBase: PhysAddr): RiscvPageTables;
/**
 * Mirrors linear_mapping_pa_to_va() — arch/riscv/include/asm/page.h (v6.12.117:132).
 * __va() of the linear map.
 */
export declare const linearVa: (t: RiscvPageTables, pa: PhysAddr) => bigint;
/**
 * Mirrors create_pgd_mapping() — arch/riscv/mm/init.c (v6.12.117:678) and the create_p4d/pud/pmd/pte_mapping() it descends through:
 * a leaf of `sz` at `va`, allocating each missing next-level table on the way down. An
 * entry that is already a leaf is left alone (the kernel would walk into the block as if it
 * were a table; the boot avoids that by isolating text, rodata and the KFENCE pool first).
 * Returns false when the leaf was not installed.
 */
export declare function createPgdMapping(t: RiscvPageTables, va: bigint, sz: PhysSize, alloc: TableAlloc): boolean;
/** ~(PMD_SIZE - 1), the kernel's PMD_MASK, as -PMD_SIZE (~x = -x - 1), computed once. */
export declare const PMD_ALIGN_MASK: bigint;
/**
 * Engine helper (no kernel counterpart): the shift of the largest leaf best_map_size() of 6.4+ may answer in a mode: the PGD's own
 * (6.4 – 6.7, `pgdLeaves`: PGDIR_SIZE first, with no pgtable_l*_enabled test; v6.5:668-684) or
 * the level below it (6.8+: P4D only with pgtable_l5_enabled, PUD only with pgtable_l4_enabled;
 * v6.8:669-685), as a number: 48 / 39 / 30 or 39 / 30 / 21 for Sv57 / Sv48 / Sv39. (6.4's
 * P4D_SIZE test, after PGDIR_SIZE, never answers on Sv39 or Sv48: PGDIR_SIZE already did.)
 */
export declare const topLeafShift: (levels: RiscvPagingLevels, pgdLeaves: boolean) => number;
/**
 * Mirrors best_map_size() of 6.4+ — arch/riscv/mm/init.c (v6.12.117:704, v6.8:669, v6.5:668): the largest leaf size up to
 * 2^top (topLeafShift(): P4D on Sv57 and PUD on Sv48 from 6.8, PGDIR_SIZE too in 6.4 – 6.7),
 * PMD and PAGE that both pa and va are aligned to and that fits; PAGE with debug_pagealloc
 * (6.11+; the caller passes false where the release does not look).
 */
export declare function bestMapSize(top: number, pa: PhysAddr, va: bigint, size: PhysSize, debugPagealloc: boolean): PhysSize;
/** Mirrors best_map_size(base, size) of ≤6.3 — arch/riscv/mm/init.c (v6.1.192:669): PMD when the whole range is PMD aligned, else PAGE. */
export declare function bestMapSizePmdOnly(base: PhysAddr, size: PhysSize): PhysSize;
/**
 * Mirrors best_map_size(base, size) of 6.2 – 6.3 — arch/riscv/mm/init.c (v6.2:663-671), asked
 * at every step (`map_size = best_map_size(pa, end - pa)`, v6.2:1119-1120): PMD when pa is PMD
 * aligned and a whole PMD is left, else PAGE. (v6.1.0 and v6.1.192 ask once per range:
 * bestMapSizePmdOnly(); 6.4 adds the PUD and P4D sizes: bestMapSize().)
 */
export declare function bestMapSizePmdSteps(base: PhysAddr, size: PhysSize): PhysSize;
/**
 * Mirrors create_linear_mapping_range(start, end, fixed_map_size) — arch/riscv/mm/init.c (6.4+; v6.12.117:1285): each step maps
 * best_map_size(pa, va, end - pa) or the fixed size, leaves up to 2^top (topLeafShift()). The
 * steps of one size follow each other until a larger size fits or the rest is too small
 * (stepsEnd()); they are mapped together.
 */
export declare function createLinearMappingRange(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, fixedMapSize: PhysSize, debugPagealloc: boolean, top: number, alloc: TableAlloc): void;
/**
 * Mirrors setup_vm_final() — arch/riscv/mm/init.c (its ≤6.3 mapping loop; v6.1.192:1092).
 * The ≤6.3 loop of setup_vm_final(): one map size per memblock range.
 */
export declare function createLinearMappingRangePmdOnly(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void;
/**
 * Mirrors the loop body of setup_vm_final() — arch/riscv/mm/init.c (v6.2:1117-1124) for one
 * range: steps of bestMapSizePmdSteps(pa, end - pa), so PAGE steps up to the first PMD
 * boundary, PMDs while a whole one is left, PAGE steps to the end. From a pa inside a page
 * the steps keep its offset and never reach a PMD boundary: pages to the end.
 */
export declare function createLinearMappingRangePmdSteps(t: RiscvPageTables, start: PhysAddr, end: PhysAddr, alloc: TableAlloc): void;
/**
 * Mirrors create_kernel_page_table(swapper_pg_dir, false) — arch/riscv/mm/init.c (v6.12.117:977): the kernel image at
 * KERNEL_LINK_ADDR, PMD by PMD, in its own PGD entry.
 */
export declare function createKernelPageTable(t: RiscvPageTables, imageSize: PhysSize, alloc: TableAlloc): void;
/**
 * Mirrors vmemmap_populate() — arch/riscv/mm/init.c (v6.12.117:1474) → vmemmap_populate_hugepages() for one section's memmap: PMD
 * leaves backed by the sparse buffer (no memblock call), tables allocated on the way down.
 * `vmemmapStartPfn` is round_down(phys_ram_base, VMEMMAP_ADDR_ALIGN) >> PAGE_SHIFT.
 */
export declare function vmemmapPopulate(t: RiscvPageTables, pfn: bigint, nrPages: bigint, vmemmapStartPfn: bigint, alloc: TableAlloc): void;
/**
 * Mirrors vmemmap_populate_basepages() — mm/sparse-vmemmap.c (v6.1.192:282), which riscv's
 * vmemmap_populate() calls up to 6.1 at least (arch/riscv/mm/init.c v6.1.192:1252), for one
 * section's memmap: a PTE leaf per page, each backed by the sparse buffer (no memblock call),
 * every missing table on the way down allocated (vmemmap_alloc_block_zero() from memblock), so
 * also a PTE table per 2 MiB of memmap. The later pages of a PTE table find every table
 * present: one walk per PMD block allocates the same tables in the same order.
 */
export declare function vmemmapPopulateBasepages(t: RiscvPageTables, pfn: bigint, nrPages: bigint, vmemmapStartPfn: bigint, alloc: TableAlloc): void;
/**
 * Engine helper (no kernel counterpart): bytes of the linear map per granule.
 * Bytes of the linear map per granule name ("4K", "2M", "1G", "512G", "256T"), over [base, base + size) or all.
 */
export declare function linearHistogram(t: RiscvPageTables, within?: {
    base: PhysAddr;
    size: PhysSize;
}): Record<string, PhysSize>;
