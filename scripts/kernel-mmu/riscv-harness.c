// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs arch/riscv/mm/init.c's setup_vm_final() (≤6.3: the linear-map loop itself; 6.4+:
 * create_linear_mapping_page_table() → create_linear_mapping_range() → best_map_size()) and
 * the create_pgd_mapping() → create_p4d/pud/pmd/pte_mapping() chain with the alloc_*_fixmap()
 * and get_*_virt_fixmap() table allocators, cut out of a kernel tree by
 * ../kernel-riscv-mmu-fixture.sh (RISCV_C names the cut file), in user space on page tables in
 * ordinary memory (include/riscv-shim.h), then walks swapper_pg_dir.
 *
 * Input, one case per line (hex words):
 *   LEVELS DEBUG_PAGEALLOC START INIT_DATA_BEGIN START_RODATA DATA NRES, NRES reserved
 *   ranges BASE SIZE, then N and N regions BASE SIZE NOMAP
 * LEVELS 3, 4 or 5 is the paging mode (Sv39, Sv48, Sv57); START.. are the kernel image's
 * _start, __init_data_begin, __start_rodata and _data (physical); the reserved ranges are
 * memblock.reserved when setup_vm_final() starts (where the KFENCE pool's
 * memblock_phys_alloc() cannot go); the regions are memblock.memory, sorted, with
 * MEMBLOCK_NOMAP where NOMAP is 1. phys_ram_base is memblock_start_of_DRAM(), rounded down to
 * PMD_SIZE from 6.4 (setup_bootmem()); memory_limit is KERN_VIRT_SIZE - SZ_4G (setup_vm()),
 * where the loop stops mapping from 5.14 up to 6.8 at least (not in 5.13, nor 6.11; 5.14 – 5.15's
 * -PAGE_OFFSET - SZ_4G is the same 124 GiB). HARNESS_NO_P4D (5.17 – 5.18: Sv39 and Sv48, no
 * Sv57, so no P4D functions): the script gives it only cases of 3 and 4 levels.
 * HARNESS_NO_PUD with it (≤5.15: Sv39 only, the PMD under the PGD, no PUD functions): only
 * cases of 3 levels; their setup_vm_final() sets pt_ops itself (to the *_fixmap() allocators
 * first, the *_late() ones last: what pt_ops_set_fixmap() and pt_ops_set_late() do from 5.17),
 * and the script drops those assignments from the cut so that the counting ones below stay.
 *
 * Output, one line per case:
 *   ok tables <p4d> <pud> <pmd> <pte> runs <base>+<size>:<key> ...
 * tables counts the pages pt_ops.alloc_p4d/pud/pmd/pte() took (the P4D, PUD, PMD and PTE
 * tables of the linear map); runs are maximal runs of one leaf size (4K, 2M, 1G, 512G) in PA
 * order, the walk of swapper_pg_dir from PAGE_OFFSET; after a BUG_ON() only "bug <where>".
 */
#include "riscv-shim.h"

jmp_buf harness_bug_jmp;
char harness_bug_what[256];
int harness_warns;
char harness_warn_what[256];

bool pgtable_l4_enabled, pgtable_l5_enabled;
pgd_t swapper_pg_dir[PTRS_PER_PGD];
struct pt_alloc_ops pt_ops;
phys_addr_t phys_ram_base, memory_limit, harness_kernel_pa;
unsigned long satp_mode;
bool harness_debug_pagealloc;
char *__kfence_pool;
pmd_t harness_fixmap_next[PTRS_PER_PMD];
static phys_addr_t sym_pa[4];

/* the kernel image's symbols at their place in the kernel mapping (KERNEL_LINK_ADDR + offset) */
char *harness_sym(int which)
{
	return (char *)(uintptr_t)(KERNEL_LINK_ADDR + (sym_pa[which] - harness_kernel_pa));
}

/* ---- table pages */
#include "table-arena.h"
static int alloc_level = -1;

#include "memblock-regions.h"

/* ---- memblock.reserved, and memblock_phys_alloc() */
static struct { phys_addr_t base, size; } rsv[MAX_REGIONS];
static int nrsv;

/*
 * memblock_phys_alloc(): a page-table page (the level's pt_ops.alloc_*() wrapper below set
 * alloc_level) from the arena; else (the KFENCE pool) memblock_find_in_range_node() top down:
 * the highest `align`-aligned place in memory that is neither NOMAP nor reserved, then
 * reserved.
 */
phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align)
{
	if (alloc_level >= 0)
		return arena_page(alloc_level);
	for (int i = nrgn - 1; i >= 0; i--) {
		phys_addr_t base = rgn[i].base, top = base + rgn[i].size;

		if (rgn[i].nomap)
			continue;
		/* the free pieces of region i from the top: above the highest-ending reserved range */
		while (top > base) {
			phys_addr_t lo = base, cand;
			int hit = -1;

			for (int r = 0; r < nrsv; r++)
				if (rsv[r].base < top && rsv[r].base + rsv[r].size > base &&
				    (hit < 0 || rsv[r].base + rsv[r].size > rsv[hit].base + rsv[hit].size))
					hit = r;
			if (hit >= 0 && rsv[hit].base + rsv[hit].size >= top) {
				top = rsv[hit].base;
				continue;
			}
			if (hit >= 0)
				lo = rsv[hit].base + rsv[hit].size;
			if (lo < PAGE_SIZE)
				lo = PAGE_SIZE;
			if (top >= size) {
				cand = (top - size) & ~(align - 1);
				if (cand >= lo) {
					rsv[nrsv].base = cand;
					rsv[nrsv++].size = size;
					return cand;
				}
			}
			if (hit < 0)
				break;
			top = rsv[hit].base;
		}
	}
	return 0;
}

/* setup_vm_final() and what it calls, from the tree */
#include RISCV_C

/* pt_ops as pt_ops_set_fixmap() sets it, each allocator counting its level */
#ifndef HARNESS_NO_P4D
static phys_addr_t count_p4d(uintptr_t va) { phys_addr_t r; alloc_level = 0; r = alloc_p4d_fixmap(va); alloc_level = -1; return r; }
#endif
#ifndef HARNESS_NO_PUD
static phys_addr_t count_pud(uintptr_t va) { phys_addr_t r; alloc_level = 1; r = alloc_pud_fixmap(va); alloc_level = -1; return r; }
#endif
static phys_addr_t count_pmd(uintptr_t va) { phys_addr_t r; alloc_level = 2; r = alloc_pmd_fixmap(va); alloc_level = -1; return r; }
static phys_addr_t count_pte(uintptr_t va) { phys_addr_t r; alloc_level = 3; r = alloc_pte_fixmap(va); alloc_level = -1; return r; }

/* ---- walking swapper_pg_dir */
static int shifts[5], nlevels;
static unsigned long run_base, run_size;
static int run_shift = -1;

static void flush_run(void)
{
	if (run_shift >= 0)
		printf(" %lx+%lx:%s", run_base, run_size, run_shift == 12 ? "4K" : run_shift == 21 ? "2M" : run_shift == 30 ? "1G" : "512G");
	run_shift = -1;
}

static void leaf(unsigned long va, u64 val, int shift)
{
	unsigned long pa = va - PAGE_OFFSET + phys_ram_base, size = 1UL << shift;

	if (PFN_PHYS(val >> _PAGE_PFN_SHIFT) != pa) {
		fprintf(stderr, "leaf at %lx maps %lx, not %lx\n", va, (unsigned long)PFN_PHYS(val >> _PAGE_PFN_SHIFT), pa);
		exit(2);
	}
	if (run_shift == shift && run_base + run_size == pa) {
		run_size += size;
		return;
	}
	flush_run();
	run_shift = shift;
	run_base = pa;
	run_size = size;
}

static void walk(u64 *table, int lvl, unsigned long va)
{
	for (int i = 0; i < 512; i++) {
		u64 v = table[i];
		unsigned long at = va + ((unsigned long)i << shifts[lvl]);

		/* a PGD entry's VA sign-extended from bit VA_BITS - 1 */
		if (lvl == 0 && (at >> (VA_BITS - 1)))
			at |= ~((1UL << VA_BITS) - 1);
		/* the linear map only: from PAGE_OFFSET (PGDIR aligned) up; the fixmap's entry is below */
		if (!(v & _PAGE_PRESENT) || (lvl == 0 && at < PAGE_OFFSET))
			continue;
		if (v & _PAGE_LEAF)
			leaf(at, v, shifts[lvl]);
		else if (lvl == nlevels - 1) {
			fprintf(stderr, "table entry %lx at the PTE level, %lx\n", (unsigned long)v, at);
			exit(2);
		} else
			walk(harness_table(PFN_PHYS(v >> _PAGE_PFN_SHIFT)), lvl + 1, at);
	}
}

static void run_case(int levels)
{
	reset_regions();
	pgtable_l5_enabled = levels == 5;
	pgtable_l4_enabled = levels >= 4;
	phys_ram_base = rgn[0].base;
#if KV >= 604
	phys_ram_base &= PMD_MASK;
#endif
	/* setup_vm(); the loop stops at __pa(PAGE_OFFSET) + memory_limit up to 6.10.3 (v6.8:1270; not v6.11) */
	memory_limit = KERN_VIRT_SIZE - (4UL << 30);
	nlevels = 0;
	for (int s = PGDIR_SHIFT; s >= PAGE_SHIFT; s -= 9)
		shifts[nlevels++] = s;
#ifndef HARNESS_NO_P4D
	pt_ops.alloc_p4d = count_p4d;
#endif
#ifndef HARNESS_NO_PUD
	pt_ops.alloc_pud = count_pud;
#endif
	pt_ops.alloc_pmd = count_pmd;
	pt_ops.alloc_pte = count_pte;
#ifndef HARNESS_NO_P4D
	pt_ops.get_p4d_virt = get_p4d_virt_fixmap;
#endif
#ifndef HARNESS_NO_PUD
	pt_ops.get_pud_virt = get_pud_virt_fixmap;
#endif
	pt_ops.get_pmd_virt = get_pmd_virt_fixmap;
	pt_ops.get_pte_virt = get_pte_virt_fixmap;
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	arena_reset();
	harness_warns = 0;
	run_shift = -1;

	if (setjmp(harness_bug_jmp)) {
		printf("bug %s", harness_bug_what);
		return;
	}
	setup_vm_final();
	printf("ok tables %d %d %d %d runs", tables[0], tables[1], tables[2], tables[3]);
	walk((u64 *)swapper_pg_dir, 0, 0);
	flush_run();
}

int main(void)
{
	unsigned long levels, dbg, n, nres;
	char line[16384];

	while (fgets(line, sizeof(line), stdin)) {
		char *p = line;
		int used;

		if (sscanf(p, "%lx %lx %lx %lx %lx %lx %lx%n", &levels, &dbg, &sym_pa[0], &sym_pa[1], &sym_pa[2], &sym_pa[3], &nres,
			   &used) != 7 || nres > MAX_REGIONS / 2 || levels < 3 || levels > 5) {
			fprintf(stderr, "bad case: %s", line);
			return 2;
		}
		p += used;
		harness_kernel_pa = sym_pa[0];
		harness_debug_pagealloc = dbg != 0;
		nrsv = 0;
		for (unsigned long k = 0; k < nres; k++) {
			unsigned long b, s;

			if (sscanf(p, "%lx %lx%n", &b, &s, &used) != 2) {
				fprintf(stderr, "bad reserved range: %s", line);
				return 2;
			}
			p += used;
			rsv[nrsv].base = b;
			rsv[nrsv++].size = s;
		}
		if (sscanf(p, "%lx%n", &n, &used) != 1 || n == 0 || n > MAX_REGIONS) {
			fprintf(stderr, "bad region count: %s", line);
			return 2;
		}
		p += used;
		if (read_regions(&p, n, line))
			return 2;
		run_case((int)levels);
		printf("\n");
	}
	return 0;
}
