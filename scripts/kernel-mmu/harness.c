// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs arch/arm64/mm/mmu.c's map_mem() and the __create_pgd_mapping() chain under it, cut out
 * of a kernel tree by ../kernel-mmu-fixture.sh (MMU_C names the cut file), in user space on
 * page tables in ordinary memory (include/shim.h), then walks swapper_pg_dir.
 *
 * Input, one case per line (hex words):
 *   FORCED MEMSTART TEXT STEXT INIT_BEGIN INIT_END BSS_STOP CRASH_START CRASH_END POOL OBJECTS N
 *   then N regions BASE SIZE NOMAP
 * FORCED gives map_mem() NO_BLOCK_MAPPINGS|NO_CONT_MAPPINGS (rodata_full, can_set_direct_map(),
 * force_pte_mapping()); CRASH_END 0: no crashkernel= (else crashk_res, mapped separately by
 * the ≤6.1 map_mem()); POOL 0: no early KFENCE pool (else memblock_phys_alloc() of the pool
 * returns POOL, of (OBJECTS + 1) * 2 pages). The regions are memblock.memory, sorted, with
 * MEMBLOCK_NOMAP where NOMAP is 1 (merged as memblock_add() leaves them).
 *
 * Output, one line per case:
 *   ok warn <count> refused <count> tables <p4d> <pud> <pmd> <pte> runs <base>+<size>:<key> ...
 * warn counts WARN_ON()s, refused the blocks pmd_set_huge()/pud_set_huge() refused (the
 * entry left as it was: over a table, what the table does not map stays unmapped);
 * runs are maximal runs of one entry size (4K, 2M, 1G, 2M-cont …: the engine's keys), in PA
 * order; after a BUG_ON() only "bug <where>" (the line of the cut file and the condition).
 * A FORCED boot is followed by " | " and the same boot without the flags (MapMemResult.block).
 */
#include "shim.h"

jmp_buf harness_bug_jmp;
char harness_bug_what[256];
int harness_warns;
char harness_warn_what[256];

u64 memstart_addr;
pgd_t swapper_pg_dir[PTRS_PER_PGD];
phys_addr_t sym__text, sym__stext, sym___init_begin, sym___init_end, sym___bss_stop;
bool rodata_full, harness_forced, harness_crash;
struct resource crashk_res;
unsigned long harness_kfence_objects;
bool kfence_early_init;
char *__kfence_pool;
static phys_addr_t harness_pool;
static bool crash_mem_map __maybe_unused;
static bool linear_map_requires_bbml2 __maybe_unused;

/* ---- table pages */
#include "table-arena.h"

/* early_pgtable_alloc(): a zeroed page, counted by the level it is for */
phys_addr_t early_pgtable_alloc(PGTABLE_ALLOC_ARG level)
{
	return arena_page(PGTABLE_ALLOC_K(level));
}

#include "memblock-regions.h"

/* only the KFENCE pool is allocated from memblock here (page tables: early_pgtable_alloc()) */
phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align)
{
	(void)size;
	(void)align;
	return harness_pool;
}

/* map_mem() and what it calls, from the tree (p[mu]d_set_huge() renamed cut_p[mu]d_set_huge()) */
#include MMU_C

/*
 * pmd_set_huge() and pud_set_huge() as cut, counting the blocks they refuse: they return 0
 * and leave the entry as it was when pgattr_change_is_safe(old, new) fails, which ≤7.1's
 * init_pmd()/alloc_init_pud() ignore (and 7.2's WARN_ON()).
 */
static int harness_refused;
int pmd_set_huge(pmd_t *pmdp, phys_addr_t phys, pgprot_t prot)
{
	int r = cut_pmd_set_huge(pmdp, phys, prot);

	harness_refused += !r;
	return r;
}
int pud_set_huge(pud_t *pudp, phys_addr_t phys, pgprot_t prot)
{
	int r = cut_pud_set_huge(pudp, phys, prot);

	harness_refused += !r;
	return r;
}

/* ---- walking swapper_pg_dir */
static int shifts[5], nlevels;
static unsigned long run_base, run_size;
static const char *run_key;
static char keybuf[64][16];
static int nkeys;

static const char *key_of(int shift, int cont)
{
	char k[16];

	if (shift >= 40)
		snprintf(k, sizeof(k), "%dT%s", 1 << (shift - 40), cont ? "-cont" : "");
	else if (shift >= 30)
		snprintf(k, sizeof(k), "%dG%s", 1 << (shift - 30), cont ? "-cont" : "");
	else if (shift >= 20)
		snprintf(k, sizeof(k), "%dM%s", 1 << (shift - 20), cont ? "-cont" : "");
	else
		snprintf(k, sizeof(k), "%dK%s", 1 << (shift - 10), cont ? "-cont" : "");
	for (int i = 0; i < nkeys; i++)
		if (!strcmp(keybuf[i], k))
			return keybuf[i];
	strcpy(keybuf[nkeys], k);
	return keybuf[nkeys++];
}

static void leaf(unsigned long va, u64 val, int shift)
{
	unsigned long pa = va - PAGE_OFFSET + memstart_addr, size = 1UL << shift;
	const char *key = key_of(shift, !!(val & PTE_CONT));

	if (__pte_to_phys(val) != pa) {
		fprintf(stderr, "leaf at %lx maps %lx, not %lx\n", va, (unsigned long)__pte_to_phys(val), pa);
		exit(2);
	}
	if (run_key == key && run_base + run_size == pa) {
		run_size += size;
		return;
	}
	if (run_key)
		printf(" %lx+%lx:%s", run_base, run_size, run_key);
	run_key = key;
	run_base = pa;
	run_size = size;
}

static void walk(u64 *table, int lvl, unsigned long va)
{
	int n = lvl == 0 ? PTRS_PER_PGD : PTRS_PER_PTE;
	int last = lvl == nlevels - 1;

	for (int i = 0; i < n; i++) {
		u64 v = table[i];
		unsigned long at = va + ((unsigned long)i << shifts[lvl]);

		if (!(v & PTE_VALID))
			continue;
		if (!last && (v & 3) == 3)
			walk(harness_table(__pte_to_phys(v)), lvl + 1, at);
		else if (last && (v & 3) != 3) {
			fprintf(stderr, "reserved page descriptor %lx at %lx\n", (unsigned long)v, at);
			exit(2);
		} else
			leaf(at, v, shifts[lvl]);
	}
}

/* One map_mem() on a fresh swapper_pg_dir and memblock.memory, and its line (see the top). */
static void run_case(bool forced)
{
	reset_regions();
	harness_forced = rodata_full = forced;
	kfence_early_init = harness_pool != 0;
	__kfence_pool = NULL;
	memset(swapper_pg_dir, 0, sizeof(swapper_pg_dir));
	arena_reset();
	harness_warns = 0;
	harness_refused = 0;
	run_key = NULL;

	if (setjmp(harness_bug_jmp)) {
		printf("bug %s", harness_bug_what);
		return;
	}
#ifdef MAP_MEM_VOID
	map_mem();
#else
	map_mem(swapper_pg_dir);
#endif
	printf("ok warn %d refused %d tables %d %d %d %d runs", harness_warns, harness_refused, tables[0], tables[1], tables[2],
	       tables[3]);
	walk((u64 *)swapper_pg_dir, 0, PAGE_OFFSET);
	if (run_key)
		printf(" %lx+%lx:%s", run_base, run_size, run_key);
}

int main(void)
{
	unsigned long forced, crash_start, crash_end, pool, objects, n;
	char line[16384];

	if (LEVELS < 3 || LEVELS > 5) {
		fprintf(stderr, "%d levels not supported\n", LEVELS);
		return 2;
	}
	shifts[nlevels++] = PGDIR_SHIFT;
	if (LEVELS > 4)
		shifts[nlevels++] = P4D_SHIFT;
	if (LEVELS > 3)
		shifts[nlevels++] = PUD_SHIFT;
	shifts[nlevels++] = PMD_SHIFT;
	shifts[nlevels++] = PAGE_SHIFT;

	while (fgets(line, sizeof(line), stdin)) {
		char *p = line;
		int used;

		if (sscanf(p, "%lx %lx %lx %lx %lx %lx %lx %lx %lx %lx %lx %lx%n", &forced, &memstart_addr, &sym__text,
			   &sym__stext, &sym___init_begin, &sym___init_end, &sym___bss_stop, &crash_start, &crash_end,
			   &pool, &objects, &n, &used) != 12 || n > MAX_REGIONS) {
			fprintf(stderr, "bad case: %s", line);
			return 2;
		}
		p += used;
		if (read_regions(&p, n, line))
			return 2;
#ifdef CRASH_MEM_MAP_FORCES
		/* 5.11 – 5.18: crashkernel= only forces the global flags (the case's FORCED) */
		crash_mem_map = false;
#else
		crash_mem_map = crash_end != 0;
#endif
		crashk_res.start = crash_start;
		crashk_res.end = crash_end ? crash_end - 1 : 0;
		harness_pool = pool;
		harness_kfence_objects = objects;
		run_case(forced != 0);
		/* the same boot without the global flags: MapMemResult.block */
		if (forced) {
			printf(" | ");
			run_case(false);
		}
		printf("\n");
	}
	return 0;
}
