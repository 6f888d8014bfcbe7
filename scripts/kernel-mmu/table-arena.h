/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Page-table pages for the harnesses (kernel-mmu: harness.c, riscv-harness.c): each table the
 * kernel's code allocates is a zeroed page of the C heap, given the physical address
 * ARENA_PA + n * PAGE_SIZE (n: the n-th page of the case), so that the code's __va() of a
 * table address (the shim's, through harness_table()) finds it. `tables` counts the pages per
 * level (p4d, pud, pmd, pte). Included once, after the shim (ARENA_PA, PAGE_SIZE, PAGE_SHIFT).
 */
static void **arena;
static size_t arena_len, arena_cap;
static int tables[4]; /* p4d, pud, pmd, pte */

/* The page behind a table's physical address; a wrong address ends the run. */
void *harness_table(phys_addr_t pa)
{
	size_t n = (pa - ARENA_PA) >> PAGE_SHIFT;

	if (pa < ARENA_PA || n >= arena_len || (pa & (PAGE_SIZE - 1))) {
		fprintf(stderr, "bad table address %lx\n", (unsigned long)pa);
		exit(2);
	}
	return arena[n];
}

/* A new table page for level k (0 p4d .. 3 pte): zeroed, counted, its physical address. */
static phys_addr_t arena_page(int k)
{
	tables[k]++;
	if (arena_len == arena_cap) {
		arena_cap = arena_cap ? 2 * arena_cap : 1024;
		arena = realloc(arena, arena_cap * sizeof(*arena));
	}
	arena[arena_len] = calloc(1, PAGE_SIZE);
	return ARENA_PA + (phys_addr_t)arena_len++ * PAGE_SIZE;
}

/* Before a case: no table page, no count. */
static void arena_reset(void)
{
	for (size_t k = 0; k < arena_len; k++)
		free(arena[k]);
	arena_len = 0;
	memset(tables, 0, sizeof(tables));
}
