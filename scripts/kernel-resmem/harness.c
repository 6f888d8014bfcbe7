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
static void dma_numa_cma_reserve(void) { }

#include "memparse-part.c"
#include "cma-part.c"
#include "contiguous-part.c"

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
	fprintf(out, "log %s %s\n", level, buf);
}

static void resmem_run(char *line)
{
	char *save, *ops = strtok_r(line, "|\n", &save);
	char *cma = strtok_r(NULL, "|\n", &save);
	char *config = strtok_r(NULL, "|\n", &save);
	char *limit = strtok_r(NULL, "|\n", &save);
	FILE *keep = out;

	if (!limit) {
		fprintf(out, "bad-line\n");
		return;
	}
	out = fopen("/dev/null", "w");
	run(ops);
	fclose(out);
	out = keep;
	high_memory = (void *)(uintptr_t)memblock_end_of_DRAM();
	size_bytes = hex(config);
	if (strcmp(cma, "-"))
		for (char *s2, *a = strtok_r(cma, " ", &s2); a; a = strtok_r(NULL, " ", &s2))
			early_cma(a);
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
