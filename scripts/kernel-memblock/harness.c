// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own mm/memblock.c (of the tree the build names) on operation sequences
 * and prints the memblock arrays after every operation. Built by ../kernel-memblock-fixture.sh
 * the way the kernel's tools/testing/memblock builds memblock.c in user space: that
 * directory's and tools/include's headers, the tree's include/linux/memblock.h, and the shims
 * in include/ here. memblock.c is #included (as MEMBLOCK_C, a link in the build directory
 * next to tools/testing/memblock/internal.h) so that its static memblock_find_in_range_node()
 * can be called.
 *
 * KV is VERSION * 100 + PATCHLEVEL of the tree (5.10 is 510): it picks the API of the
 * version (memblock_phys_free() is memblock_free() before 5.16; memblock_add_node() takes
 * flags from 5.17; memblock_reserve_kern() exists from 6.16). CONFIG_NUMA is set with
 * CONFIG_NODES_SHIFT 10, so MAX_NUMNODES is the engine's 1024; SMP_CACHE_BYTES is 64
 * (include/linux/cache.h here) and PAGE_SIZE the case's (include/linux/mm.h here).
 *
 * Input: one case per line, fields separated by ';': the page size in hex, then the
 * operations, each as words separated by spaces (numbers in hex, nodes in decimal):
 *   add_node BASE SIZE NID FLAGS   add BASE SIZE            reserve BASE SIZE
 *   reserve_kern BASE SIZE         remove BASE SIZE         phys_free BASE SIZE
 *   mark_nomap BASE SIZE           clear_nomap BASE SIZE
 *   mark_hotplug BASE SIZE         mark_mirror BASE SIZE
 *   set_node BASE SIZE memory|reserved NID
 *   phys_alloc_range SIZE ALIGN START END
 *   alloc_try_nid SIZE ALIGN MIN MAX NODE      (memblock_alloc_try_nid_raw())
 *   alloc_exact_nid SIZE ALIGN MIN MAX NODE    (memblock_alloc_exact_nid_raw())
 *   alloc_range_nid SIZE ALIGN START END NODE EXACT   (memblock_alloc_range_nid(); EXACT 0|1)
 *   phys_alloc_try_nid SIZE ALIGN NODE
 *   find SIZE ALIGN START END                  (memblock_find_in_range_node(), any node)
 *   alloc_pages COUNT START END NODE   (COUNT memblock_alloc_range_nid() of one page, up to
 *                                       the first failure)
 *   trim_memory ALIGN
 *   bottom_up 0|1   current_limit LIMIT
 *   enforce_memory_limit LIMIT   mem_limit_remove_map LIMIT   cap_memory_range BASE SIZE
 *   queries BASE SIZE
 *   skip ...   (nothing: an operation left out for this version; RESULT is "skip")
 * A NODE word is a node number (decimal), or names the node all memory regions are on
 * ("same"; MAX_NUMNODES counts as NUMA_NO_NODE) or another one ("other": 1 for node 0, else
 * 0); "same" and "other" are NUMA_NO_NODE when the memory array is empty, when its regions
 * are on different nodes, or (for alloc_pages) when they are on MAX_NUMNODES; "any" is
 * NUMA_NO_NODE. ("same" and "other" are the node choices of test/fuzz/memblock-diff.ts, made
 * here on the kernel's own arrays.)
 *
 * Output, per case: "case N", then one line per operation:
 *   RESULT;TOTAL;MEMORY;RESERVED
 * RESULT is the operation's return value (hex; allocations and finds their address, 0 when
 * they fail; "n=NID" first where a node word was resolved; alloc_pages the count placed),
 * for queries "M R START END|- FREE" (memblock_is_region_memory(), _reserved(),
 * memblock_start_of_DRAM(), memblock_end_of_DRAM() or "-" for an empty array, whose 6.12+
 * version reads regions[-1], and the for_each_free_mem_range() ranges as LO-HI,...).
 * TOTAL is memblock.memory.total_size. MEMORY and RESERVED list the regions as
 * BASE,SIZE,FLAGS,NID separated by spaces; the zero-sized dummy entry that 5.10 and 6.1 keep
 * in an empty array (cnt 1) is left out. A case that ends the process (panic(), a signal)
 * prints "abort STATUS" as its last line. The kernel's own messages (pr_*, WARN) go to
 * /dev/null and stderr, not to the output.
 *
 * With KERNEL_MEMBLOCK_NO_MAIN defined, main() is left out: ../kernel-reserve/harness.c and
 * ../kernel-zones/harness.c #include this file for memblock.c and run() (the operations,
 * printed to `out`). With HARNESS_RUN defined, main() calls that for each line instead of run():
 * ../kernel-resmem/harness.c runs its own cases in this main().
 */
#include MEMBLOCK_C

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "fork-case.h"

unsigned long harness_page_size = 4096;
/* What tools/testing/memblock/tests/common.c defines for movable_node_is_enabled(). */
bool movable_node_enabled;

/*
 * tools/lib/slab.c (which needs liburcu) in the kernel's harness. memblock.c calls these
 * only once slab is up or to free a doubled array, neither of which a case reaches.
 */
void *kmalloc(size_t size, gfp_t gfp)
{
	abort();
}

void kfree(void *p)
{
	abort();
}

static FILE *out;

static unsigned long long hex(const char *w)
{
	return w ? strtoull(w, NULL, 16) : 0;
}

/* The regions of a type, without the dummy of 5.10/6.1. */
static unsigned long count(struct memblock_type *t)
{
	if (t->cnt == 1 && t->regions[0].size == 0)
		return 0;
	return t->cnt;
}

static void print_type(struct memblock_type *t)
{
	unsigned long n = count(t);

	for (unsigned long i = 0; i < n; i++) {
		struct memblock_region *r = &t->regions[i];

		fprintf(out, "%s%llx,%llx,%x,%d", i ? " " : "", (unsigned long long)r->base,
			(unsigned long long)r->size, (unsigned)r->flags, memblock_get_region_node(r));
	}
}

/* The node word: see the header. */
static int node(const char *w, bool pages)
{
	struct memblock_type *t = &memblock.memory;
	unsigned long n = count(t);
	int one;

	if (!w || !strcmp(w, "any"))
		return NUMA_NO_NODE;
	if (strcmp(w, "same") && strcmp(w, "other"))
		return atoi(w);
	if (n == 0)
		return NUMA_NO_NODE;
	one = memblock_get_region_node(&t->regions[0]);
	for (unsigned long i = 1; i < n; i++)
		if (memblock_get_region_node(&t->regions[i]) != one)
			return NUMA_NO_NODE;
	if (one == MAX_NUMNODES) {
		if (pages)
			return NUMA_NO_NODE;
		one = NUMA_NO_NODE;
	}
	if (!strcmp(w, "other"))
		return one == 0 ? 1 : 0;
	return one;
}

static void run(char *line)
{
	char *save, *op;

	op = strtok_r(line, ";\n", &save);
	harness_page_size = hex(op);
	while ((op = strtok_r(NULL, ";\n", &save))) {
		char *w[8] = { 0 }, *s2;
		int n = 0;

		for (char *t = strtok_r(op, " ", &s2); t && n < 8; t = strtok_r(NULL, " ", &s2))
			w[n++] = t;
		if (!w[0])
			continue;
		const char *o = w[0];
		unsigned long long a = hex(w[1]), b = hex(w[2]), c = hex(w[3]), d = hex(w[4]);

		if (!strcmp(o, "add_node")) {
			int nid = w[3] ? atoi(w[3]) : NUMA_NO_NODE;
#if KV >= 517
			fprintf(out, "%x", memblock_add_node(a, b, nid, (enum memblock_flags)d));
#else
			fprintf(out, "%x", memblock_add_node(a, b, nid));
#endif
		} else if (!strcmp(o, "add")) {
			fprintf(out, "%x", memblock_add(a, b));
		} else if (!strcmp(o, "reserve")) {
			fprintf(out, "%x", memblock_reserve(a, b));
		} else if (!strcmp(o, "reserve_kern")) {
#if KV >= 616
			fprintf(out, "%x", memblock_reserve_kern(a, b));
#else
			fprintf(out, "%x", memblock_reserve(a, b));
#endif
		} else if (!strcmp(o, "remove")) {
			fprintf(out, "%x", memblock_remove(a, b));
		} else if (!strcmp(o, "phys_free")) {
#if KV >= 516
			fprintf(out, "%x", memblock_phys_free(a, b));
#else
			fprintf(out, "%x", memblock_free(a, b));
#endif
		} else if (!strcmp(o, "mark_nomap")) {
			fprintf(out, "%x", memblock_mark_nomap(a, b));
		} else if (!strcmp(o, "mark_hotplug")) {
			fprintf(out, "%x", memblock_mark_hotplug(a, b));
		} else if (!strcmp(o, "mark_mirror")) {
			fprintf(out, "%x", memblock_mark_mirror(a, b));
		} else if (!strcmp(o, "clear_nomap")) {
			fprintf(out, "%x", memblock_clear_nomap(a, b));
		} else if (!strcmp(o, "set_node")) {
			struct memblock_type *t = w[3] && !strcmp(w[3], "reserved") ? &memblock.reserved : &memblock.memory;

			fprintf(out, "%x", memblock_set_node(a, b, t, w[4] ? atoi(w[4]) : NUMA_NO_NODE));
		} else if (!strcmp(o, "phys_alloc_range")) {
			fprintf(out, "%llx", (unsigned long long)memblock_phys_alloc_range(a, b, c, d));
		} else if (!strcmp(o, "alloc_try_nid")) {
			int nid = node(w[5], false);
			void *p = memblock_alloc_try_nid_raw(a, b, c, d, nid);

			/* tools/include's phys_to_virt() is a cast (6.1 has no virt_to_phys()). */
			fprintf(out, "n=%d %llx", nid, (unsigned long long)(uintptr_t)p);
		} else if (!strcmp(o, "alloc_exact_nid")) {
			int nid = node(w[5], false);
			void *p = memblock_alloc_exact_nid_raw(a, b, c, d, nid);

			fprintf(out, "n=%d %llx", nid, (unsigned long long)(uintptr_t)p);
		} else if (!strcmp(o, "alloc_range_nid")) {
			int nid = node(w[5], false);

			fprintf(out, "n=%d %llx", nid,
				(unsigned long long)memblock_alloc_range_nid(a, b, c, d, nid, w[6] && atoi(w[6])));
		} else if (!strcmp(o, "phys_alloc_try_nid")) {
			int nid = node(w[3], false);

			fprintf(out, "n=%d %llx", nid, (unsigned long long)memblock_phys_alloc_try_nid(a, b, nid));
		} else if (!strcmp(o, "trim_memory")) {
			memblock_trim_memory(a);
			fprintf(out, "0");
		} else if (!strcmp(o, "find")) {
			fprintf(out, "%llx", (unsigned long long)memblock_find_in_range_node(a, b, c, d, NUMA_NO_NODE, MEMBLOCK_NONE));
		} else if (!strcmp(o, "alloc_pages")) {
			int nid = node(w[4], true);
			unsigned long long i;

			for (i = 0; i < a; i++)
				if (!memblock_alloc_range_nid(harness_page_size, harness_page_size, b, c, nid, false))
					break;
			fprintf(out, "n=%d %llx", nid, i);
		} else if (!strcmp(o, "bottom_up")) {
			memblock_set_bottom_up(a != 0);
			fprintf(out, "0");
		} else if (!strcmp(o, "current_limit")) {
			memblock_set_current_limit(a);
			fprintf(out, "0");
		} else if (!strcmp(o, "enforce_memory_limit")) {
			memblock_enforce_memory_limit(a);
			fprintf(out, "0");
		} else if (!strcmp(o, "mem_limit_remove_map")) {
			memblock_mem_limit_remove_map(a);
			fprintf(out, "0");
		} else if (!strcmp(o, "cap_memory_range")) {
			memblock_cap_memory_range(a, b);
			fprintf(out, "0");
		} else if (!strcmp(o, "queries")) {
			phys_addr_t lo, hi;
			u64 i;
			const char *sep = "";

			fprintf(out, "%d %d %llx ", memblock_is_region_memory(a, b), memblock_is_region_reserved(a, b),
				(unsigned long long)memblock_start_of_DRAM());
			if (count(&memblock.memory))
				fprintf(out, "%llx ", (unsigned long long)memblock_end_of_DRAM());
			else
				fprintf(out, "- ");
			for_each_free_mem_range(i, NUMA_NO_NODE, MEMBLOCK_NONE, &lo, &hi, NULL) {
				fprintf(out, "%s%llx-%llx", sep, (unsigned long long)lo, (unsigned long long)hi);
				sep = ",";
			}
		} else if (!strcmp(o, "skip")) {
			fprintf(out, "skip");
		} else {
			fprintf(out, "bad-op %s", o);
		}
		fprintf(out, ";%llx;", (unsigned long long)memblock.memory.total_size);
		print_type(&memblock.memory);
		fputc(';', out);
		print_type(&memblock.reserved);
		fputc('\n', out);
		/* The steps before a BUG_ON() are printed. */
		fflush(out);
	}
}

#ifndef KERNEL_MEMBLOCK_NO_MAIN
#ifndef HARNESS_RUN
#define HARNESS_RUN run
#endif

int main(void)
{
	/* The kernel's printk is printf: keep it out of the output. */
	out = fdopen(dup(1), "w");
	if (!out || !freopen("/dev/null", "w", stdout))
		return 1;
	/* One process per case, so that each starts from memblock's static initialiser. */
	return fork_case_loop(out, HARNESS_RUN);
}
#endif
