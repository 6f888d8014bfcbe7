// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own default-CMA placement (dma_contiguous_reserve() →
 * dma_contiguous_reserve_area() → cma_declare_contiguous_nid(), with early_cma() parsing the
 * cma= arguments through the tree's memparse()), cut at build time by
 * ../kernel-resmem-fixture.sh from the tree the build names, over the tree's own
 * mm/memblock.c, on the cases of ../kernel-resmem/cases.mjs, and prints what it leaves.
 *
 * The build is ../kernel-memblock/harness.c's: this file #includes it (so memblock.c, its
 * shims, its operation interpreter run() and print_type(), and its one-process-per-case
 * main()), then include/resmem-shim.h and the cut pieces:
 *   lib/cmdline.c            memparse()
 *   mm/cma.c                 cma_get_base() .. cma_get_size(); cma_new_area() (7.x) ..
 *                            cma_init_reserved_mem(); cma_fixed_reserve() ..
 *                            __cma_declare_contiguous_nid() (7.x); cma_declare_contiguous_nid()
 *   kernel/dma/contiguous.c  size_cmdline .. early_cma(); dma_contiguous_reserve();
 *                            dma_contiguous_reserve_area()
 * Supplied here: simple_strtoull() (the C library's strtoull() with base 0: the same for the
 * cases' unsigned decimal and 0x numbers), size_bytes (CONFIG_CMA_SIZE_MBYTES of the case;
 * CONFIG_CMA_SIZE_SEL_MBYTES), dma_contiguous_early_fixup() (arm64 has none),
 * dma_contiguous_insert_area() (7.x: the list of areas for heaps, 0), dma_numa_cma_reserve()
 * (7.x, CONFIG_DMA_NUMA_CMA off). Driven by hand: the memory map and earlier reservations
 * (memblock operations), then early_cma() for each cma= argument in order, then
 * dma_contiguous_reserve(LIMIT) as arm64's bootmem_init() calls it (LIMIT the DMA limit).
 *
 * With HARNESS_DT (every tree the fixture script knows: the two /reserved-memory passes of
 * 6.12.13+, or with HARNESS_DT_SORTED the one sorted pass of 5.10 – 6.11), also
 * include/resmem-dt.h and
 *   drivers/of/fdt.c         dt_mem_next_cell(), of_flat_dt_get_addr_size_prop() ..
 *                            of_flat_dt_read_addr_size() (6.19+)
 *   drivers/of/of_reserved_mem.c  reserved_mem_array .. fdt_init_reserved_mem_node() (6.12+),
 *                            reserved_mem .. fdt_init_reserved_mem() (5.10 – 6.11; on 6.11
 *                            with the scan, which moved there), without
 *                            its __reservedmem_of_table declarations: this file defines the table
 *   drivers/of/fdt.c         (with its own pr_fmt) up to 5.14 the __weak
 *                            early_init_dt_reserve_memory_arch(); up to 5.15 of_scan_flat_dt();
 *                            up to 6.10 the static early_init_dt_reserve_memory(_arch)() (5.15+)
 *                            or __reserved_mem_reserve_reg() .. __fdt_scan_reserved_mem() (up
 *                            to 5.15) or fdt_scan_reserved_mem() (5.17+); all:
 *                            early_init_fdt_scan_reserved_mem()
 *   kernel/dma/contiguous.c  rmem_cma_setup() (7.1+: __rmem_cma_verify_node() .. rmem_cma_setup())
 *   kernel/dma/coherent.c    rmem_dma_setup()
 *   lib/sort.c               (a separate object)
 * and runs a "dt|" case (see dt_run()): early_cma() for its cma= arguments, then
 * early_init_fdt_scan_reserved_mem() (5.10 – 6.11: the scan and fdt_init_reserved_mem()) and,
 * on 6.12.13+, the late pass (fdt_scan_reserved_mem_reg_nodes(), 7.1+
 * fdt_scan_reserved_mem_late()) over the nodes of the case; a tree without HARNESS_DT prints
 * "skip" for it. alloc_reserved_mem_array()'s memblock_alloc() is placed by memblock and
 * written in a calloc()ed copy (harness_memblock_alloc()).
 *
 * Input, one case per line, fields separated by '|':
 *   OPS            a ../kernel-memblock/harness.c case line (page size;operations), the
 *                  memory map and reservations before (its per-operation lines are dropped)
 *   CMA            the cma= arguments separated by spaces, or "-"
 *   CONFIG LIMIT   size_bytes and dma_contiguous_reserve()'s limit (hex)
 * Output, per case: "case N", then
 *   log LEVEL TEXT             (each line printed, LEVEL err|info|warn, without the newline)
 *   area BASE SIZE | area -    (dma_contiguous_default_area: cma_get_base(), cma_get_size())
 *   mem MEMORY;RESERVED        (the arrays after, as ../kernel-memblock/harness.c prints them)
 * or "abort STATUS" as its last line where the case ended the process.
 */
#include <stdarg.h>
static void resmem_run(char *line);
#define HARNESS_RUN resmem_run
#include "../kernel-memblock/harness.c"

#include "resmem-shim.h"

static unsigned long long simple_strtoull(const char *cp, char **endp, unsigned int base)
{
	return strtoull(cp, endp, base);
}

static phys_addr_t size_bytes;
static struct cma *dma_contiguous_default_area;
static void dma_contiguous_early_fixup(phys_addr_t base, unsigned long size) { }
static int dma_contiguous_insert_area(struct cma *cma) { return 0; }
/* 7.0's call into the CMA dma-buf heap: its stub without CONFIG_DMABUF_HEAPS_CMA (heaps/cma.h). */
static int dma_heap_cma_register_heap(struct cma *cma) { return 0; }
static void dma_numa_cma_reserve(void) { }

#include "memparse-part.c"
#include "cma-part.c"
#include "contiguous-part.c"

#ifdef HARNESS_DT
#include "resmem-dt.h"
struct harness_node harness_nodes[MAX_RESERVED_REGIONS * 2 + 2];
int harness_nnodes, harness_has_rmem;
phys_addr_t harness_memrsv[16][2];
void *initial_boot_params = harness_nodes;

const void *of_get_flat_dt_prop(unsigned long node, const char *name, int *size)
{
	struct harness_node *n = &harness_nodes[node];

	for (int i = 0; i < n->nprops; i++)
		if (!strcmp(n->props[i].name, name)) {
			if (size)
				*size = n->props[i].len;
			return n->props[i].cells;
		}
	return NULL;
}

int of_flat_dt_is_compatible(unsigned long node, const char *compat)
{
	return harness_nodes[node].compat && !strcmp(harness_nodes[node].compat, compat);
}

/*
 * alloc_reserved_mem_array()'s memblock_alloc(): placed by the tree's memblock (as
 * memblock_alloc() places it: memblock_alloc_try_nid_raw() is the same search without the
 * memset), written in a calloc()ed copy (tools' phys_to_virt() is the identity).
 */
static void *harness_memblock_alloc(phys_addr_t size, phys_addr_t align)
{
	void *p = memblock_alloc_try_nid_raw(size, align, MEMBLOCK_LOW_LIMIT, MEMBLOCK_ALLOC_ACCESSIBLE, NUMA_NO_NODE);

	return p ? calloc(1, size) : NULL;
}
#define memblock_alloc harness_memblock_alloc

/* kernel/dma/contiguous.c and coherent.c give their rmem_*_setup() no prefix. */
#undef pr_fmt
#define pr_fmt(fmt) fmt
#include "rmem-part.c"
#if KV >= 701
static const struct reserved_mem_ops harness_cma_ops = {
	.node_validate = rmem_cma_validate, .node_fixup = rmem_cma_fixup, .node_init = rmem_cma_setup,
};
static const struct reserved_mem_ops harness_dma_ops = { .node_init = rmem_dma_setup };
static const struct of_device_id __reservedmem_of_table[] = {
	{ "shared-dma-pool", &harness_cma_ops }, { "shared-dma-pool", &harness_dma_ops },
};
#else
static const struct of_device_id __reservedmem_of_table[] = {
	{ "shared-dma-pool", rmem_cma_setup }, { "shared-dma-pool", rmem_dma_setup },
};
#endif
#undef pr_fmt
#define pr_fmt(fmt) "OF: reserved mem: " fmt
#include "dt-part.c"
#undef pr_fmt
#define pr_fmt(fmt) "OF: fdt: " fmt
#include "fdt-part.c"
#endif

/* printk() with the kernel's %pa; the other conversions are the C library's. */
void harness_log(const char *level, const char *fmt, ...)
{
	char buf[512], spec[16];
	size_t n = 0;
	va_list ap;

	va_start(ap, fmt);
	for (const char *p = fmt; *p && n < sizeof(buf) - 64; p++) {
		if (*p != '%') {
			buf[n++] = *p;
			continue;
		}
		if (p[1] == 'p' && p[2] == 'a') {
			n += snprintf(buf + n, sizeof(buf) - n, "0x%016llx", (unsigned long long)*va_arg(ap, phys_addr_t *));
			p += 2;
			continue;
		}
		size_t k = 0;
		bool isl = false, isll = false;

		spec[k++] = *p++;
		while (*p && !strchr("diuxXsc%", *p) && k < sizeof(spec) - 2) {
			if (*p == 'l')
				isll = isl, isl = true;
			spec[k++] = *p++;
		}
		spec[k++] = *p;
		spec[k] = 0;
		if (*p == 's')
			n += snprintf(buf + n, sizeof(buf) - n, spec, va_arg(ap, const char *));
		else if (*p == '%')
			buf[n++] = '%';
		else if (isll)
			n += snprintf(buf + n, sizeof(buf) - n, spec, va_arg(ap, long long));
		else if (isl)
			n += snprintf(buf + n, sizeof(buf) - n, spec, va_arg(ap, long));
		else
			n += snprintf(buf + n, sizeof(buf) - n, spec, va_arg(ap, int));
		if (!*p)
			break;
	}
	va_end(ap);
	buf[n] = 0;
	if (n && buf[n - 1] == '\n')
		buf[--n] = 0;
	for (char *l = buf, *nl; l; l = nl) {
		nl = strchr(l, '\n');
		if (nl)
			*nl++ = 0;
		fprintf(out, "log %s %s\n", level, l);
	}
}

/* The memory map and reservations before (../kernel-memblock/harness.c operations, their lines dropped). */
static void run_quietly(char *ops)
{
	FILE *keep = out;

	out = fopen("/dev/null", "w");
	run(ops);
	fclose(out);
	out = keep;
}

/* early_cma() for each cma= argument of the case ("-" for none), in order. */
static void early_cma_each(char *cma)
{
	if (strcmp(cma, "-"))
		for (char *s2, *a = strtok_r(cma, " ", &s2); a; a = strtok_r(NULL, " ", &s2))
			early_cma(a);
}

#ifdef HARNESS_DT
/* A property of cells: the u64 values of `v` as two cells each. */
static void prop(struct harness_node *n, const char *name, const unsigned long long *v, int nv)
{
	struct harness_prop *p = &n->props[n->nprops++];

	p->name = name;
	p->len = nv * 8;
	for (int i = 0; i < nv && i < 16; i++) {
		p->cells[2 * i] = htonl(v[i] >> 32);
		p->cells[2 * i + 1] = htonl((uint32_t)v[i]);
	}
}

/* A child node: name,key=value,... (see the header). */
static void dt_node(char *desc)
{
	struct harness_node *n = &harness_nodes[harness_nnodes++];
	char *save, *f = strtok_r(desc, ",", &save);

	snprintf(n->name, sizeof(n->name), "%s", f);
	while ((f = strtok_r(NULL, ",", &save))) {
		unsigned long long v[16];
		int nv = 0;
		char *s2, *val = strchr(f, '=');

		if (val)
			*val++ = 0;
		if (!strcmp(f, "sdp")) {
			n->compat = "shared-dma-pool";
			continue;
		}
		if (!strcmp(f, "other")) {
			n->compat = "harness,other";
			continue;
		}
		for (char *w = val ? strtok_r(val, "+/", &s2) : NULL; w && nv < 16; w = strtok_r(NULL, "+/", &s2))
			v[nv++] = hex(w);
		prop(n, !strcmp(f, "reg") ? "reg" : !strcmp(f, "size") ? "size" : !strcmp(f, "align") ? "alignment" :
		     !strcmp(f, "ranges") ? "alloc-ranges" : !strcmp(f, "nomap") ? "no-map" : !strcmp(f, "reusable") ? "reusable" :
		     !strcmp(f, "default") ? "linux,cma-default" : "harness,unknown", v, nv);
	}
}

/*
 * A /reserved-memory case: "dt|OPS|NODES|CMA|MEMRSV": the nodes separated by spaces ("-" for no
 * /reserved-memory node, "!" for one without children), MEMRSV the /memreserve/ entries as
 * BASE+SIZE/... or "-". Runs early_init_fdt_scan_reserved_mem() and the late pass (6.12.13+).
 */
static void dt_run(char *line)
{
	char *save, *ops = strtok_r(line, "|\n", &save);
	char *nodes = strtok_r(NULL, "|\n", &save);
	char *cma = strtok_r(NULL, "|\n", &save);
	char *rsv = strtok_r(NULL, "|\n", &save);

	if (!rsv) {
		fprintf(out, "bad-line\n");
		return;
	}
	run_quietly(ops);
	early_cma_each(cma);
	harness_has_rmem = strcmp(nodes, "-") != 0;
	harness_nnodes = 1;
	{
		static const unsigned long long two = 2;
		struct harness_node *r = &harness_nodes[0];

		snprintf(r->name, sizeof(r->name), "reserved-memory");
		prop(r, "#address-cells", &two, 0);
		r->props[0].len = 4;
		r->props[0].cells[0] = htonl(2);
		prop(r, "#size-cells", &two, 0);
		r->props[1].len = 4;
		r->props[1].cells[0] = htonl(2);
		prop(r, "ranges", &two, 0);
	}
	if (harness_has_rmem && strcmp(nodes, "!"))
		for (char *s2, *d = strtok_r(nodes, " ", &s2); d; d = strtok_r(NULL, " ", &s2))
			dt_node(d);
	if (strcmp(rsv, "-")) {
		int n = 0;

		for (char *s2, *w = strtok_r(rsv, "+/", &s2); w && n < 30; w = strtok_r(NULL, "+/", &s2), n++)
			harness_memrsv[n / 2][n % 2] = hex(w);
	}
	early_init_fdt_scan_reserved_mem();
#if defined(HARNESS_DT_SORTED)
	/* 5.10 – 6.11: fdt_init_reserved_mem() has placed and initialised every node; no late pass. */
#elif KV >= 701
	fdt_scan_reserved_mem_late();
#else
	fdt_scan_reserved_mem_reg_nodes();
#endif
	/* HARNESS_RMEM=1 (a debugging aid, not in the fixture): reserved_mem[] after the late pass. */
	if (getenv("HARNESS_RMEM"))
		for (int i = 0; i < reserved_mem_count; i++)
			fprintf(out, "rmem %s %llx %llx\n", reserved_mem[i].name, (unsigned long long)reserved_mem[i].base,
				(unsigned long long)reserved_mem[i].size);
	if (dma_contiguous_default_area)
		fprintf(out, "area %llx %lx\n", (unsigned long long)cma_get_base(dma_contiguous_default_area),
			cma_get_size(dma_contiguous_default_area));
	else
		fprintf(out, "area -\n");
	fprintf(out, "mem ");
	print_type(&memblock.memory);
	fputc(';', out);
	print_type(&memblock.reserved);
	fputc('\n', out);
}
#endif

static void resmem_run(char *line)
{
	if (!strncmp(line, "dt|", 3)) {
#ifdef HARNESS_DT
		dt_run(line + 3);
#else
		fprintf(out, "skip\n");
#endif
		return;
	}

	char *save, *ops = strtok_r(line, "|\n", &save);
	char *cma = strtok_r(NULL, "|\n", &save);
	char *config = strtok_r(NULL, "|\n", &save);
	char *limit = strtok_r(NULL, "|\n", &save);

	if (!limit) {
		fprintf(out, "bad-line\n");
		return;
	}
	run_quietly(ops);
	high_memory = (void *)(uintptr_t)memblock_end_of_DRAM();
	size_bytes = hex(config);
	early_cma_each(cma);
	dma_contiguous_reserve(hex(limit));
	if (dma_contiguous_default_area)
		fprintf(out, "area %llx %lx\n", (unsigned long long)cma_get_base(dma_contiguous_default_area),
			cma_get_size(dma_contiguous_default_area));
	else
		fprintf(out, "area -\n");
	fprintf(out, "mem ");
	print_type(&memblock.memory);
	fputc(';', out);
	print_type(&memblock.reserved);
	fputc('\n', out);
}
