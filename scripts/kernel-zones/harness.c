// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own free_area_init() (of the tree the build names) on memblock states with
 * several NUMA nodes, zone limits and kernelcore=/movablecore=/movable_node, and prints every
 * line it printed. Built by ../kernel-zones-fixture.sh from two translation units:
 *   - this file, which #includes ../kernel-memblock/harness.c (the tree's mm/memblock.c, built
 *     the way tools/testing/memblock builds it, and its operation interpreter run(), whose
 *     add_node, set_node, mark_nomap, mark_hotplug and mark_mirror build the case's memory),
 *     then what the script cut from the tree into the build directory:
 *       zones-part.c   mm/page_alloc.c (5.10, 6.1) or mm/mm_init.c (6.12+): cmdline_parse_core(),
 *                      cmdline_parse_kernelcore(), cmdline_parse_movablecore(),
 *                      early_calculate_totalpages(), find_usable_zone_for_movable(),
 *                      find_zone_movable_pfns_for_nodes(), get_pfn_range_for_nid(),
 *                      free_area_init_node(), free_area_init_memoryless_node() (5.10, 6.1),
 *                      find_min_pfn_with_active_regions() (5.10), free_area_init()
 *       cmdline-part.c lib/cmdline.c parse_option_str()
 *   - ../kernel-crashkernel/harness.c built with KERNEL_CRASHKERNEL_NO_MAIN: the tree's
 *     memparse() and simple_strtoull() (harness_simple_strtoull()), as the crashkernel= fixture
 *     builds them.
 * memblock.c's __next_mem_pfn_range() (for_each_mem_pfn_range()), memblock_has_mirror(),
 * memblock_is_hotpluggable() and memblock_is_mirror() are the tree's.
 *
 * Stubbed here, as none of it decides a printed line or a ZONE_MOVABLE start:
 *   - what sets up struct pages and zones: calculate_node_totalpages(),
 *     reset_memoryless_node_totalpages(), alloc_node_mem_map(), pgdat_set_deferred_range(),
 *     free_area_init_core(), lru_gen_init_pgdat(), check_for_memory(), memmap_init(),
 *     init_unavailable_mem() (5.11 – 5.12), calc_nr_kernel_pages(), fixup_hashdist(),
 *     sparse_init(), subsection_map_init(),
 *     sparse_init_subsection_map(), sparse_vmemmap_init_nid_late(),
 *     mminit_verify_pageflags_layout(), set_pageblock_order(), setup_nr_node_ids(),
 *     set_high_memory() (7.2): nothing
 *     (so node_present_pages stays 0 and no node is put in N_MEMORY after the walk, which
 *     nothing printed reads);
 *   - pg_data_t: a struct with the fields free_area_init_node() sets; NODE_DATA() of an online
 *     node is its own, of an offline one NULL until arch_alloc_nodedata() (6.1) or
 *     alloc_offline_node_data() (6.12+) gives it one (static storage, no memblock allocation);
 *   - the node masks: node_possible_map and the online nodes are the case's, N_MEMORY starts
 *     empty (as with CONFIG_NUMA); MAX_NUMNODES is 1024 (CONFIG_NODES_SHIFT 10, the engine's);
 *   - the zones: the case's set (DMA, DMA32, Normal, Movable, Device in the kernel's order,
 *     those of HARNESS_ZONES; a build runs its own set's cases and prints "-" for the others),
 *     zone_names[] the kernel's names; arch_has_descending_max_zone_pfns() false (not ARC);
 *     where free_area_init() takes no argument (7.2: HARNESS_FREE_AREA_INIT_VOID) its
 *     arch_zone_limits_init() fills in the case's limits, the others are handed them;
 *   - PAGE_SHIFT and MAX_ORDER_NR_PAGES: the case's (the page size; 2^10 pages with 4K, 2^11
 *     with 16K, 2^13 with 64K, as the engine's maxOrderNrPagesBytes() and arm64's Kconfig);
 *   - is_kdump_kernel(): false; movable_node_is_enabled(): the harness's movable_node_enabled,
 *     set by `movable_node` as mm/memory_hotplug.c's cmdline_parse_movable_node() sets it;
 *   - the command line: split at spaces (no quotes), each kernelcore=/movablecore= word handed
 *     to the tree's handler in order, as do_early_param() does;
 *   - pr_info/pr_warn/pr_err/pr_cont: the text goes to the output (I:, W:, E: start a line;
 *     pr_cont continues it); WARN_ON() is tools/include's, VM_BUG_ON() nothing (no
 *     CONFIG_DEBUG_VM in Debian's configs).
 *
 * Input, one case per line, fields separated by '|':
 *   ZONES|PAGE;OP;OP...|LIMITS|NODES|CMDLINE
 * ZONES names the zone set (dma, dma32, device joined by ','; Normal and Movable always);
 * the operations those of ../kernel-memblock/harness.c (their output discarded); LIMITS the
 * max_zone_pfn[] of the set's zones but Movable, in order, in hex; NODES the possible nodes as
 * NID:ONLINE (1 or 0) separated by spaces; CMDLINE the rest of the line.
 * Output, per case: "case N", then "memory" and memblock.memory as
 * ../kernel-memblock/harness.c prints it, then the lines free_area_init() printed, each as
 * I:text, W:text or E:text. A case that ends the process prints "abort STATUS".
 */
/* The tree's own SZ_* (tools/include's copy, same guard, lacks SZ_4G before 6.x): before memblock.c's. */
#include SIZES_H
/*
 * The case's page shift, before memblock.c (whose __next_mem_pfn_range() rounds with it); its
 * PAGE_SIZE is ../kernel-memblock/include/linux/mm.h's harness_page_size.
 */
#include <linux/mm.h>
static unsigned int harness_page_shift = 12;
#undef PAGE_SHIFT
#define PAGE_SHIFT harness_page_shift
#define KERNEL_MEMBLOCK_NO_MAIN
#include "../kernel-memblock/harness.c"

#include <stdarg.h>

static unsigned long harness_max_order_nr_pages = 1024;
#undef MAX_ORDER_NR_PAGES
#define MAX_ORDER_NR_PAGES harness_max_order_nr_pages

/* The zones, in the kernel's enum zone_type order. */
enum harness_zone {
#ifdef HARNESS_DMA
	H_ZONE_DMA,
#endif
#ifdef HARNESS_DMA32
	H_ZONE_DMA32,
#endif
	H_ZONE_NORMAL,
	H_ZONE_MOVABLE,
#ifdef HARNESS_DEVICE
	H_ZONE_DEVICE,
#endif
	H_MAX_NR_ZONES
};
#undef MAX_NR_ZONES
#define MAX_NR_ZONES H_MAX_NR_ZONES
#define ZONE_MOVABLE H_ZONE_MOVABLE
#define ZONE_NORMAL H_ZONE_NORMAL
static const char * const zone_names[MAX_NR_ZONES] = {
#ifdef HARNESS_DMA
	"DMA",
#endif
#ifdef HARNESS_DMA32
	"DMA32",
#endif
	"Normal",
	"Movable",
#ifdef HARNESS_DEVICE
	"Device",
#endif
};
static unsigned long harness_limits[MAX_NR_ZONES];

/* The variables of the cut file, declared there beside other things. */
static unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
static unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
static unsigned long zone_movable_pfn[MAX_NUMNODES];
static unsigned long required_kernelcore, required_kernelcore_percent;
static unsigned long required_movablecore, required_movablecore_percent;
/*
 * mirrored_kernelcore is tools/testing/memblock/internal.h's (memblock.c reads it), where the
 * tools have it; 5.19's does not (nor does its memblock.c read it).
 */
#ifdef HARNESS_MIRRORED_KERNELCORE
static bool mirrored_kernelcore;
#endif
static int movable_zone;

/* printk. */
#undef pr_info
#undef pr_warn
#undef pr_err
#undef pr_cont
#define pr_info(fmt, ...)	harness_pr("I:", fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	harness_pr("W:", fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	harness_pr("E:", fmt, ##__VA_ARGS__)
#define pr_cont(fmt, ...)	harness_pr("", fmt, ##__VA_ARGS__)
static void harness_pr(const char *level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void harness_pr(const char *level, const char *fmt, ...)
{
	char f[256], *p;
	va_list ap;

	/*
	 * The kernel's vsprintf() writes the 0x of %#x for 0 too, glibc's does not: the one form
	 * the cut code uses is given its prefix explicitly.
	 */
	if (strlen(fmt) >= sizeof(f) / 2)
		abort();
	strcpy(f, fmt);
	while ((p = strstr(f, "%#018Lx"))) {
		memmove(p + 8, p + 7, strlen(p + 7) + 1);
		memcpy(p, "0x%016Lx", 8);
	}
	fputs(level, out);
	va_start(ap, fmt);
	vfprintf(out, f, ap);
	va_end(ap);
}

/* The node masks. */
typedef struct { unsigned long bits[MAX_NUMNODES / 64]; } harness_nodemask_t;
#define nodemask_t harness_nodemask_t
enum { N_POSSIBLE, N_ONLINE, N_MEMORY, NR_NODE_STATES };
static nodemask_t node_states[NR_NODE_STATES];
static bool harness_node_isset(int nid, nodemask_t *m)
{
	return m->bits[nid / 64] >> (nid % 64) & 1;
}
static int harness_next_node(int nid, nodemask_t *m)
{
	for (nid++; nid < MAX_NUMNODES; nid++)
		if (harness_node_isset(nid, m))
			return nid;
	return MAX_NUMNODES;
}
static int nodes_weight_of(nodemask_t *m)
{
	int n = 0;

	for (int i = 0; i < MAX_NUMNODES; i++)
		n += harness_node_isset(i, m);
	return n;
}
#define nodes_weight(m)	nodes_weight_of(&(m))
#define node_set_state(nid, s)	(node_states[s].bits[(nid) / 64] |= 1UL << ((nid) % 64))
#define node_online(nid)	harness_node_isset(nid, &node_states[N_ONLINE])
#define for_each_node_state(nid, s) \
	for ((nid) = harness_next_node(-1, &node_states[s]); (nid) < MAX_NUMNODES; \
	     (nid) = harness_next_node(nid, &node_states[s]))
#define for_each_node(nid)		for_each_node_state(nid, N_POSSIBLE)
#define for_each_online_node(nid)	for_each_node_state(nid, N_ONLINE)

/* pg_data_t. */
struct harness_pgdat {
	int nr_zones, kswapd_highest_zoneidx, node_id;
	unsigned long node_start_pfn, node_present_pages;
	void *per_cpu_nodestats;
};
#define pg_data_t struct harness_pgdat
static pg_data_t harness_pgdat[MAX_NUMNODES];
static pg_data_t *harness_node_data[MAX_NUMNODES];
#define NODE_DATA(nid)	harness_node_data[nid]
static pg_data_t *arch_alloc_nodedata(int nid)
{
	return &harness_pgdat[nid];
}
static void arch_refresh_nodedata(int nid, pg_data_t *pgdat)
{
	harness_node_data[nid] = pgdat;
}
static void alloc_offline_node_data(int nid)
{
	harness_node_data[nid] = &harness_pgdat[nid];
}

/* What allocates or fills in struct pages and zones: see the header. */
#define calculate_node_totalpages(pgdat, s, e)	do { } while (0)
#define reset_memoryless_node_totalpages(pgdat)	do { } while (0)
#define alloc_node_mem_map(pgdat)		do { } while (0)
#define pgdat_set_deferred_range(pgdat)		do { } while (0)
#define free_area_init_core(pgdat)		do { } while (0)
#define lru_gen_init_pgdat(pgdat)		do { } while (0)
#define check_for_memory(pgdat, ...)		do { } while (0)
#define memmap_init()				do { } while (0)
#define init_unavailable_mem()			do { } while (0)
#define calc_nr_kernel_pages()			do { } while (0)
#define fixup_hashdist()			do { } while (0)
#define sparse_init()				do { } while (0)
#define subsection_map_init(s, n)		do { } while (0)
#define sparse_init_subsection_map(s, n)	do { } while (0)
#define sparse_vmemmap_init_nid_late(nid)	do { } while (0)
#define mminit_verify_pageflags_layout()	do { } while (0)
#define set_pageblock_order()			do { } while (0)
#define setup_nr_node_ids()			do { } while (0)
#define set_high_memory()			do { } while (0)
#define arch_has_descending_max_zone_pfns()	false
/*
 * 5.19's tools/testing/memblock/linux/memory_hotplug.h answers movable_node_is_enabled() when
 * built (false without MOVABLE_NODE); from 6.0 it reads movable_node_enabled, as the kernel's
 * does. The cut code is given the latter whatever the tools.
 */
#define movable_node_is_enabled()		movable_node_enabled
#define is_kdump_kernel()			false
/* include/linux/pfn.h's (the 6.1 tools/include 5.10 borrows lacks it). */
#ifndef PHYS_PFN
#define PHYS_PFN(x)				((unsigned long)((x) >> PAGE_SHIFT))
#endif
#undef early_param
#define early_param(name, fn)
#define VM_BUG_ON(cond)				((void)sizeof(cond))
void get_pfn_range_for_nid(unsigned int nid, unsigned long *start_pfn, unsigned long *end_pfn);
static void arch_zone_limits_init(unsigned long *max_zone_pfn)
{
	memcpy(max_zone_pfn, harness_limits, sizeof(harness_limits));
}

/* The other translation unit (../kernel-crashkernel/harness.c). */
unsigned long long memparse(const char *ptr, char **retptr);
unsigned long long harness_simple_strtoull(const char *cp, char **endp, unsigned int base);
#define simple_strtoull harness_simple_strtoull

#include "cmdline-part.c"
#include "zones-part.c"

static void zones_case(char *ops, char *limits, char *nodes, char *cmdline)
{
	FILE *real = out;
	char *save, *w;
	int z = 0;

	/* The page size first: the command line's sizes are in pages. */
	harness_page_size = strtoul(ops, NULL, 16);
	harness_page_shift = __builtin_ctzl(harness_page_size);
	harness_max_order_nr_pages = harness_page_shift == 16 ? 1UL << 13 : harness_page_shift == 14 ? 1UL << 11 : 1UL << 10;
	for (w = strtok_r(limits, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		if (z == ZONE_MOVABLE)
			z++;
		if (z >= MAX_NR_ZONES)
			abort();
		harness_limits[z++] = strtoul(w, NULL, 16);
	}
	for (w = strtok_r(nodes, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		int nid = atoi(w);
		char *c = strchr(w, ':');

		if (nid < 0 || nid >= MAX_NUMNODES || !c)
			abort();
		node_set_state(nid, N_POSSIBLE);
		if (atoi(c + 1)) {
			node_set_state(nid, N_ONLINE);
			harness_node_data[nid] = &harness_pgdat[nid];
		}
	}
	for (w = strtok_r(cmdline, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		char *val = strchr(w, '=');

		if (val)
			*val++ = 0;
		if (!strcmp(w, "kernelcore"))
			cmdline_parse_kernelcore(val);
		else if (!strcmp(w, "movablecore"))
			cmdline_parse_movablecore(val);
		else if (!strcmp(w, "movable_node"))
			movable_node_enabled = true;
	}
	/*
	 * Then memblock, as the kernel parses early params before its firmware adds memory and
	 * marks it (6.3+'s memblock_mark_mirror() does nothing without kernelcore=mirror).
	 */
	out = fopen("/dev/null", "w");
	if (!out)
		abort();
	run(ops);
	fclose(out);
	out = real;
	fputs("memory ", out);
	print_type(&memblock.memory);
	fputc('\n', out);
#ifdef HARNESS_FREE_AREA_INIT_VOID
	free_area_init();
#else
	free_area_init(harness_limits);
#endif
}

int main(void)
{
	static char line[1 << 17];

	out = fdopen(dup(1), "w");
	if (!out || !freopen("/dev/null", "w", stdout))
		return 1;
	for (unsigned long n = 0; fgets(line, sizeof(line), stdin); n++) {
		char *f[5], *nl = strchr(line, '\n'), *p = line;

		if (nl)
			*nl = 0;
		for (int i = 0; i < 5; i++) {
			f[i] = p;
			p = i < 4 ? strchr(p, '|') : NULL;
			if (i < 4 && !p) {
				fprintf(out, "bad-line\n");
				goto next;
			}
			if (p)
				*p++ = 0;
		}
		fprintf(out, "case %lu\n", n);
		if (strcmp(f[0], HARNESS_ZONES)) {
			fprintf(out, "-\n");
			continue;
		}
		if (FORK_CASE(out, zones_case(f[1], f[2], f[3], f[4])) < 0)
			return 1;
next:;
	}
	fflush(out);
	return 0;
}
