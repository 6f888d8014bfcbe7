// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own x86_64 direct-map setup (init_mem_mapping() and everything under it,
 * cut at build time by ../kernel-x86dm-fixture.sh from the tree the build names) on the
 * memory maps of ../kernel-x86dm/cases.mjs, over the tree's own mm/memblock.c, and prints
 * what it leaves: direct_pages_count[] (the DirectMap4k/2M/1G counters), the page-table pages
 * and where they came from, max_pfn_mapped and memory_map_top_down()'s first 2 MiB block.
 *
 * memblock.c is built as ../kernel-memblock/harness.c builds it (tools/testing/memblock's
 * headers and that directory's shims); the cut code sees include/x86dm-shim.h instead
 * (page tables in real memory at a user-space __va(), see there). The cut pieces:
 *   arch/x86/mm/init.c       pgt_buf_start .. early_alloc_pgt_buf(); after_bootmem ..
 *                            probe_page_size_mask(); save_mr() .. memory_map_bottom_up();
 *                            init_trampoline(), init_mem_mapping()
 *   arch/x86/mm/init_64.c    DEFINE_POPULATE/DEFINE_ENTRY, prot_sethuge() (6.1+),
 *                            phys_pte_init() .. kernel_physical_mapping_init()
 *   arch/x86/kernel/setup.c  extend_brk(), reserve_brk()
 *   arch/x86/kernel/e820.c   _e820__mapped_any() .. e820__mapped_any(), e820__memblock_setup()
 *   kernel/range.c           add_range() .. clean_sort_range()
 * Driven by hand (setup_arch()'s steps before init_mem_mapping(), in its order): the kernel
 * image's memblock_reserve(), _brk_start at the image's reserve end, early_alloc_pgt_buf(),
 * reserve_brk(), the case's other reservations, memblock_set_current_limit(ISA_END_ADDRESS),
 * max_pfn as the case gives it (the end of its highest RAM entry, which is the top entry),
 * e820__memblock_setup() (the tree's own) on the case's e820 table, and (7.x)
 * reserve_real_mode()'s memblock_clear_kho_scratch(0, SZ_1M). The real-mode trampoline's
 * allocation below 1 MiB is left out: init_mem_mapping() neither maps nor allocates there.
 *
 * Input, one case per line, fields separated by ';' (numbers hex):
 *   L5 PSE GBPAGES DIRECT_GBPAGES DEBUG_PAGEALLOC   (0|1 each)
 *   KERNEL_START KERNEL_RESERVE_END                 (the brk starts at the latter)
 *   TYPE:ADDR:SIZE ...                              (the e820 table, sorted)
 *   BASE:SIZE ...                                   (other memblock reservations)
 *   MAX_PFN
 * Output, per case: "case N", then
 *   mask M pgtbuf PAGES
 *   count N4K N2M N1G
 *   tables P4D PUD PMD PTE          (reachable from init_top_pgt's direct-map entries)
 *   leaves L1G L2M L4K              (present leaf entries)
 *   gb FIRST-LAST,...               (the 1G leaves, as GiB indices)
 *   brk USED                        (pages of pgt_buf used)
 *   memblock ADDR*N,...             (page-table pages from memblock, in order: each run of
 *                                    N pages going down a page at a time from ADDR)
 *   probe ADDR                      (memory_map_top_down()'s first block; 0 when none)
 *   mapped MAX_PFN_MAPPED
 *   warn N                          (pr_warn() calls)
 * or "abort STATUS" as its last line where the case ended the process (panic(), BUG_ON()).
 */
#include MEMBLOCK_C

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include "fork-case.h"

unsigned long harness_page_size = 4096;
bool movable_node_enabled;
void *kmalloc(size_t size, gfp_t gfp) { abort(); }
void kfree(void *p) { abort(); }

#include "x86dm-shim.h"

unsigned long harness_page_offset = HARNESS_WINDOW;
int harness_l5, harness_pse, harness_gbpages, harness_debug_pagealloc;
static int harness_direct_gbpages, harness_in_mapping, harness_warns;
pgd_t init_top_pgt[PTRS_PER_PGD] __attribute__((aligned(4096)));
pgd_t trampoline_pgd_entry;
struct harness_mm init_mm;
unsigned long direct_pages_count[PG_LEVEL_NUM];
static struct e820_table harness_e820;
struct e820_table *e820_table = &harness_e820, *e820_table_firmware = &harness_e820;
unsigned long _brk_start, _brk_end;
char *__brk_limit;
unsigned long mmu_cr4_features, __supported_pte_mask = ~0UL, __default_kernel_pte_mask;
unsigned long *trampoline_cr4_features;
unsigned long max_pfn, max_low_pfn, max_pfn_mapped, max_low_pfn_mapped;
char _end[1];
static void harness_hyper_init(void) { }
struct harness_x86_init x86_init = { .hyper = { .init_mem_mapping = harness_hyper_init } };
static FILE *out;
#define MAX_PAGES 65536
static phys_addr_t probe, pages[MAX_PAGES];
static int npages;

void harness_warn(const char *fmt, ...)
{
	harness_warns++;
}

#undef memblock_phys_alloc_range
#undef memblock_find_in_range
#undef memblock_reserve
phys_addr_t harness_phys_alloc_range(phys_addr_t size, phys_addr_t align, phys_addr_t start, phys_addr_t end)
{
	phys_addr_t a = memblock_phys_alloc_range(size, align, start, end);

	if (size == PMD_SIZE)
		probe = a;
	else if (a && npages < MAX_PAGES)
		pages[npages++] = a;
	return a;
}

#if KV < 601
phys_addr_t harness_find_in_range(phys_addr_t start, phys_addr_t end, phys_addr_t size, phys_addr_t align)
{
	phys_addr_t a = memblock_find_in_range(start, end, size, align);

	if (size == PMD_SIZE)
		probe = a;
	return a;
}
#endif

int harness_reserve(phys_addr_t base, phys_addr_t size)
{
	if (harness_in_mapping && npages < MAX_PAGES)
		pages[npages++] = base;
	return memblock_reserve(base, size);
}
#define memblock_phys_alloc_range	harness_phys_alloc_range
#define memblock_find_in_range		harness_find_in_range
#define memblock_reserve		harness_reserve

#include "range-part.c"
#include "e820-part.c"
#include "setup-part.c"
#include "init64-part.c"
#include "init-part.c"

#undef memblock_reserve

static unsigned long long hex(const char *w)
{
	return w ? strtoull(w, NULL, 16) : 0;
}

/* The table pages and leaves under one entry of level `lvl` (4 PGD/P4D .. 1 PTE). */
static unsigned long tables[5], leaves[5];
static void walk(unsigned long val, int lvl)
{
	unsigned long *t;

	if (!val)
		return;
	if (lvl == 1 || ((lvl == 2 || lvl == 3) && (val & _PAGE_PSE))) {
		leaves[lvl]++;
		return;
	}
	t = __va(val & PTE_PFN_MASK);
	tables[lvl - 1]++;
	for (int i = 0; i < 512; i++)
		walk(t[i], lvl - 1);
}

static void print_gb(void)
{
	/* The 1G leaves, in ascending physical order: the PUD tables under the PGD (P4D). */
	long first = -1, last = -2;
	const char *sep = "";
	unsigned long top = (max_pfn << PAGE_SHIFT) + PUD_SIZE;

	fprintf(out, "gb ");
	for (unsigned long pa = 0; pa < top; pa += PUD_SIZE) {
		unsigned long va = (unsigned long)__va(pa);
		pgd_t *pgd = pgd_offset_k(va);
		pud_t *pud;
		long g = pa >> PUD_SHIFT;

		if (!pgd_val(*pgd))
			continue;
		if (harness_l5) {
			p4d_t *p4d = p4d_offset(pgd, va);

			if (!p4d_val(*p4d))
				continue;
			pud = pud_offset(p4d, va);
		} else {
			pud = (pud_t *)pgd_page_vaddr(*pgd) + pud_index(va);
		}
		if (!pud_val(*pud) || !pud_leaf(*pud))
			continue;
		if (g == last + 1) {
			last = g;
			continue;
		}
		if (first >= 0)
			fprintf(out, "%s%lx-%lx", sep, first, last), sep = ",";
		first = last = g;
	}
	if (first >= 0)
		fprintf(out, "%s%lx-%lx", sep, first, last);
	fputc('\n', out);
}

static void run(char *line)
{
	char *f[5] = { 0 }, *w, *s2, *t;
	int n = 0;
	unsigned long kstart, kend, pgt_start;

	line[strcspn(line, "\n")] = 0;
	while (n < 5 && (t = strsep(&line, ";")))
		f[n++] = t;
	if (n < 5) {
		fprintf(out, "bad-line\n");
		return;
	}
	sscanf(f[0], "%d %d %d %d %d", &harness_l5, &harness_pse, &harness_gbpages, &harness_direct_gbpages,
	       &harness_debug_pagealloc);
	direct_gbpages = harness_direct_gbpages;
	sscanf(f[1], "%lx %lx", &kstart, &kend);
	/* The kernel high mapping's entry: not the direct map's. */
	init_top_pgt[511].pgd = 0x1000 | _PAGE_TABLE;

	/* early_reserve_memory(): the image up to __end_of_kernel_reserve. */
	memblock_reserve(kstart, kend - kstart);
	_brk_start = _brk_end = (unsigned long)__va(kend);
	__brk_limit = (char *)_brk_start + 0x100000;
	early_alloc_pgt_buf();
	pgt_start = pgt_buf_start;
	reserve_brk();
	for (w = strtok_r(f[3], " ", &s2); w; w = strtok_r(NULL, " ", &s2)) {
		char *c = strchr(w, ':');

		if (c)
			memblock_reserve(hex(w), hex(c + 1));
	}
	memblock_set_current_limit(ISA_END_ADDRESS);
	for (w = strtok_r(f[2], " ", &s2); w; w = strtok_r(NULL, " ", &s2)) {
		struct e820_entry *e = &harness_e820.entries[harness_e820.nr_entries++];
		char *c1 = strchr(w, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;

		e->type = (enum e820_type)hex(w);
		e->addr = hex(c1 + 1);
		e->size = hex(c2 + 1);
	}
	max_pfn = hex(f[4]);
	e820__memblock_setup();
#ifdef HARNESS_CLEAR_KHO_SCRATCH
	/* reserve_real_mode(), before init_mem_mapping(): the mark goes, the regions merge again. */
	memblock_clear_kho_scratch(0, SZ_1M);
#endif
	max_low_pfn = max_pfn < (1UL << (32 - PAGE_SHIFT)) ? max_pfn : (1UL << (32 - PAGE_SHIFT));

	harness_in_mapping = 1;
	init_mem_mapping();
	harness_in_mapping = 0;

	fprintf(out, "mask %x pgtbuf %lx\n", page_size_mask, pgt_buf_top - pgt_start);
	fprintf(out, "count %lx %lx %lx\n", direct_pages_count[PG_LEVEL_4K], direct_pages_count[PG_LEVEL_2M],
		direct_pages_count[PG_LEVEL_1G]);
	/* The direct map's PGD entries: those of [__va(0), __va(top of the mapped window)). */
	for (unsigned long i = pgd_index(HARNESS_PAGE_OFFSET); i < 511; i++)
		walk(init_top_pgt[i].pgd, harness_l5 ? 5 : 4);
	if (harness_l5)
		fprintf(out, "tables %lx %lx %lx %lx\n", tables[4], tables[3], tables[2], tables[1]);
	else
		fprintf(out, "tables 0 %lx %lx %lx\n", tables[3], tables[2], tables[1]);
	fprintf(out, "leaves %lx %lx %lx\n", leaves[3], leaves[2], leaves[1]);
	print_gb();
	fprintf(out, "brk %lx\n", pgt_buf_end - pgt_start);
	/* Runs of pages each a page below the one before: ADDR*COUNT. */
	fprintf(out, "memblock ");
	for (int i = 0, j; i < npages; i = j) {
		for (j = i + 1; j < npages && pages[j] == pages[j - 1] - PAGE_SIZE; j++)
			;
		fprintf(out, "%s%llx*%x", i ? "," : "", (unsigned long long)pages[i], j - i);
	}
	fprintf(out, "\nprobe %llx\nmapped %lx\nwarn %d\n", (unsigned long long)probe, max_pfn_mapped, harness_warns);
}

int main(int argc, char **argv)
{
	/* The physical address space the cases reach, under __va(). */
	unsigned long window = argc > 1 ? strtoul(argv[1], NULL, 0) : (16UL << 40);

	out = fdopen(dup(1), "w");
	if (!out || !freopen("/dev/null", "w", stdout))
		return 1;
	/*
	 * HARNESS_KASLR_GIB=N (not for the fixture) moves the direct map N GiB up, as
	 * kernel_randomize_memory() moves page_offset_base by whole PUDs: a PUD table boundary
	 * then falls N GiB below each 512 GiB one.
	 */
	if (getenv("HARNESS_KASLR_GIB"))
		harness_page_offset += strtoul(getenv("HARNESS_KASLR_GIB"), NULL, 0) << 30;
	window += 512UL << 30;
	if (mmap((void *)HARNESS_WINDOW, window, PROT_READ | PROT_WRITE,
		 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_FIXED_NOREPLACE, -1, 0) != (void *)HARNESS_WINDOW) {
		perror("mmap");
		return 1;
	}
	return fork_case_loop(out, run);
}
