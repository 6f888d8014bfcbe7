// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own x86 e820 code (cut at build time by ../kernel-e820-fixture.sh from the
 * tree the build names) on the firmware tables and command lines of ../kernel-e820/cases.mjs,
 * over the tree's own mm/memblock.c, in the order setup_arch() calls it, and prints the table,
 * max_pfn and max_low_pfn, memblock after e820__memblock_setup() and every line printed.
 *
 * memblock.c is built as ../kernel-memblock/build.sh builds it; the cut code sees
 * include/e820-shim.h. The cut pieces:
 *   arch/x86/kernel/e820.c   _e820__mapped_any() .. e820__update_table() (mapped_any/all,
 *                            range_add, print_type, print_table, cpcompare, the sanitizer);
 *                            __e820__range_update() .. e820__update_table_print()
 *                            (range_update, range_remove); e820_end_pfn() (e820__end_ram_pfn()
 *                            6.12+) .. parse_memmap_opt() (end_of_ram_pfn, end_of_low_ram_pfn,
 *                            parse_memopt, parse_memmap_one, parse_memmap_opt);
 *                            e820__finish_early_params(); e820__memblock_setup()
 *   arch/x86/kernel/setup.c  trim_bios_range(), e820_add_kernel_range()
 * memparse() and simple_strtoull() come linked from ../kernel-crashkernel (the tree's
 * lib/cmdline.c and lib/kstrtox.c). sort() is the C library's qsort(): e820__update_table()
 * sorts change points whose ties (same address, same kind) leave its result as it is.
 *
 * Driven by hand, as setup_arch() does (arch/x86/kernel/setup.c; v5.10.223 lines 886-1072,
 * v6.1.192 947-1131, v6.12.117 833-993, v7.2.13 960-1079):
 *   early_reserve_memory()    memblock_reserve([_text, _end)) (the case's image, whole)
 *   e820__memory_setup()      e820__memory_setup_default(): each firmware entry
 *                             e820__range_add()ed (append_e820_table(): the cases have at least
 *                             two and none that wraps), e820__update_table(); the table
 *                             copied to e820_table_kexec and e820_table_firmware
 *   parse_early_param()       each word of the command line, `name=value` or `name`, whose name
 *                             is mem or memmap, to parse_memopt() / parse_memmap_opt(), a
 *                             non-zero return printing "Malformed early option" as
 *                             do_early_param() (init/main.c) does
 *   e820__finish_early_params()
 *   e820_add_kernel_range(), trim_bios_range()
 *   max_pfn = e820__end_of_ram_pfn(); max_low_pfn = e820__end_of_low_ram_pfn() when max_pfn is
 *                             above 4 GiB, else max_pfn (mtrr_trim_uncached_memory() left out:
 *                             no MTRRs)
 *   memblock_set_current_limit(ISA_END_ADDRESS), e820__memblock_setup() (memblock_trim_memory()
 *                             inside), and (7.x) reserve_real_mode()'s
 *                             memblock_clear_kho_scratch(0, SZ_1M)
 * The logging starts with parse_early_param() (the BIOS map print is left out).
 *
 * Input, one case per line, fields separated by ';' (numbers hex):
 *   L5                         1: 5-level paging (MAX_PHYSMEM_BITS 52), 0: 4-level (46)
 *   TEXT END                   the kernel image [_text, _end)
 *   TYPE:ADDR:SIZE ...         the firmware's entries, in the firmware's order
 *   CMDLINE                    the command line (words separated by ' ')
 * Output, per case: "case N", then
 *   log L:TEXT                 each line printed, L the level (D debug, I info, W warn, E err)
 *   e820 TYPE:ADDR:SIZE,...    e820_table at the end
 *   pfn MAX_PFN MAX_LOW_PFN
 *   memory BASE:SIZE,...       memblock.memory
 *   reserved BASE:SIZE,...     memblock.reserved
 * or "abort STATUS" as its last line where the case ended the process (panic(), BUG_ON()).
 */
#include MEMBLOCK_C

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "fork-case.h"

unsigned long harness_page_size = 4096;
bool movable_node_enabled;
void *kmalloc(size_t size, gfp_t gfp) { abort(); }
void kfree(void *p) { abort(); }

#include "e820-shim.h"

int harness_l5;
static struct e820_table harness_e820, harness_e820_kexec, harness_e820_firmware;
struct e820_table *e820_table = &harness_e820, *e820_table_kexec = &harness_e820_kexec,
		  *e820_table_firmware = &harness_e820_firmware;
unsigned long max_pfn, max_low_pfn;
u64 max_mem_size;
char _text[1], _end[1];
unsigned long harness_text, harness_end;
static FILE *out;

/* The line being printed (a KERN_CONT message continues it) and its level. */
static char cur[4096];
static size_t curlen;
static char curlevel;

void harness_flush(void)
{
	if (!curlen)
		return;
	fprintf(out, "log %c:%.*s\n", curlevel, (int)curlen, cur);
	curlen = 0;
	/* panic() and BUG_ON() abort() next, which flushes nothing. */
	fflush(out);
}

/*
 * The kernel's vsprintf() writes the "0x" of %#x inside the field width and for 0 too
 * (%#018Lx of 0 is 0x0000000000000000, %#lx of 0 is 0x0); the C library's leaves it out
 * for 0. So each %#[0][width]<length>x becomes 0x%[0][width - 2]<length>x.
 */
static void kernel_format(char *dst, size_t room, const char *fmt)
{
	size_t d = 0;

	while (*fmt && d + 8 < room) {
		const char *p = fmt + 2;
		int zero = 0, width = 0;

		if (fmt[0] != '%' || fmt[1] != '#') {
			dst[d++] = *fmt++;
			continue;
		}
		if (*p == '0')
			zero = 1, p++;
		while (*p >= '0' && *p <= '9')
			width = width * 10 + *p++ - '0';
		d += snprintf(dst + d, room - d, "0x%%%s", zero ? "0" : "");
		if (width > 2)
			d += snprintf(dst + d, room - d, "%d", width - 2);
		fmt = p;
	}
	dst[d] = 0;
}

void harness_printk(const char *fmt, ...)
{
	static const char levels[] = "EEEEW.ID";
	char msg[4096], kfmt[1024];
	const char *m = msg;
	va_list ap;
	int n;

	if (strlen(fmt) >= sizeof(kfmt) / 2)
		abort();
	kernel_format(kfmt, sizeof(kfmt), fmt);
	va_start(ap, fmt);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
	n = vsnprintf(msg, sizeof(msg), kfmt, ap);
#pragma GCC diagnostic pop
	va_end(ap);
	if (n < 0 || n >= (int)sizeof(msg))
		abort();
	if (m[0] == '\001' && m[1]) {
		if (m[1] != 'c') {
			harness_flush();
			curlevel = m[1] >= '0' && m[1] <= '7' ? levels[m[1] - '0'] : 'I';
		}
		m += 2;
	} else {
		harness_flush();
		curlevel = 'I';
	}
	for (; *m; m++) {
		if (*m == '\n') {
			harness_flush();
			continue;
		}
		if (curlen + 1 >= sizeof(cur))
			abort();
		cur[curlen++] = *m;
	}
}

/* panic(): "Kernel panic - not syncing: " and the message, as the console shows it. */
void harness_panic(const char *fmt, ...)
{
	char msg[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	printk(KERN_ERR "Kernel panic - not syncing: %s\n", msg);
	abort();
}

#include "e820-part.c"
#include "setup-part.c"

static unsigned long long hex(const char *w)
{
	return w ? strtoull(w, NULL, 16) : 0;
}

static void put_table(void)
{
	fprintf(out, "e820 ");
	for (u32 i = 0; i < e820_table->nr_entries; i++) {
		struct e820_entry *e = &e820_table->entries[i];

		fprintf(out, "%s%x:%llx:%llx", i ? "," : "", (unsigned int)e->type, (unsigned long long)e->addr,
			(unsigned long long)e->size);
	}
	fputc('\n', out);
}

static void put_type(const char *name, struct memblock_type *t)
{
	const char *sep = "";

	fprintf(out, "%s ", name);
	for (unsigned long i = 0; i < t->cnt; i++) {
		if (!t->regions[i].size)
			continue;
		fprintf(out, "%s%llx:%llx", sep, (unsigned long long)t->regions[i].base,
			(unsigned long long)t->regions[i].size);
		sep = ",";
	}
	fputc('\n', out);
}

/* parameq(): '-' and '_' are the same character in a parameter's name (kernel/params.c). */
static int name_is(const char *a, const char *b)
{
	for (; *a && *b; a++, b++)
		if (*a != *b && !((*a == '-' || *a == '_') && (*b == '-' || *b == '_')))
			return 0;
	return *a == *b;
}

static void run(char *line)
{
	char *f[4] = { 0 }, *w, *s2, *t;
	int n = 0;

	line[strcspn(line, "\n")] = 0;
	while (n < 4 && (t = strsep(&line, ";")))
		f[n++] = t;
	if (n < 4) {
		fprintf(out, "bad-line\n");
		return;
	}
	harness_l5 = atoi(f[0]);
	sscanf(f[1], "%lx %lx", &harness_text, &harness_end);

	/* early_reserve_memory() */
	memblock_reserve(harness_text, harness_end - harness_text);

	/* e820__memory_setup() → e820__memory_setup_default() */
	for (w = strtok_r(f[2], " ", &s2); w; w = strtok_r(NULL, " ", &s2)) {
		char *c1 = strchr(w, ':'), *c2 = c1 ? strchr(c1 + 1, ':') : NULL;

		e820__range_add(hex(c1 + 1), hex(c2 + 1), (enum e820_type)hex(w));
	}
	e820__update_table(e820_table);
	memcpy(e820_table_kexec, e820_table, sizeof(*e820_table_kexec));
	memcpy(e820_table_firmware, e820_table, sizeof(*e820_table_firmware));

	/* parse_early_param() */
	for (w = strtok_r(f[3], " ", &s2); w; w = strtok_r(NULL, " ", &s2)) {
		char *val = strchr(w, '=');
		int ret = 0;

		if (val)
			*val++ = 0;
		if (name_is(w, "mem"))
			ret = parse_memopt(val);
		else if (name_is(w, "memmap"))
			ret = parse_memmap_opt(val);
		if (ret)
			pr_warn("Malformed early option '%s'\n", w);
	}
	e820__finish_early_params();
	e820_add_kernel_range();
	trim_bios_range();

	max_pfn = e820__end_of_ram_pfn();
	if (max_pfn > (1UL << (32 - PAGE_SHIFT)))
		max_low_pfn = e820__end_of_low_ram_pfn();
	else
		max_low_pfn = max_pfn;

	memblock_set_current_limit(ISA_END_ADDRESS);
	e820__memblock_setup();
#ifdef HARNESS_CLEAR_KHO_SCRATCH
	memblock_clear_kho_scratch(0, SZ_1M);
#endif
	harness_flush();
	put_table();
	fprintf(out, "pfn %lx %lx\n", max_pfn, max_low_pfn);
	put_type("memory", &memblock.memory);
	put_type("reserved", &memblock.reserved);
}

int main(void)
{
	out = fdopen(dup(1), "w");
	if (!out || !freopen("/dev/null", "w", stdout))
		return 1;
	return fork_case_loop(out, run);
}
