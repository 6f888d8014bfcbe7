// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own crash-kernel reservation (of the tree and architecture the build
 * names) on memblock states and command lines, and prints where the regions landed, what
 * memblock.reserved holds after, and every line printed. Built by ../kernel-reserve-fixture.sh
 * from two translation units:
 *   - this file, which #includes ../kernel-memblock/harness.c (the tree's mm/memblock.c, built
 *     the way tools/testing/memblock builds it, and its operation interpreter run()), then the
 *     functions the script cut from the tree into the build directory:
 *       arch-part.c     5.10 – 6.6: arch/x86/kernel/setup.c CRASH_ALIGN .. reserve_crashkernel()
 *                       (with reserve_crashkernel_low()), arch/arm64/mm/init.c reserve_crashkernel()
 *                       (5.19+: CRASH_ALIGN .. reserve_crashkernel(), with reserve_crashkernel_low()),
 *                       arch/riscv/mm/init.c reserve_crashkernel() (5.13+);
 *                       6.7+: the architecture's arch_reserve_crashkernel()
 *       generic-part.c  6.7+: include/linux/crash_reserve.h's CRASH_* defaults (crash_core.h
 *                       in 6.7, 6.8), then kernel/crash_reserve.c (crash_core.c)
 *                       reserve_crashkernel_low() and reserve_crashkernel_generic(), after the
 *                       tree's arch/ARCH/include/asm/crash_reserve.h (crash_core.h in 6.7, 6.8;
 *                       ASM_CRASH_RESERVE_H)
 *   - ../kernel-crashkernel/harness.c built with KERNEL_CRASHKERNEL_NO_MAIN: the tree's
 *     parse_crashkernel*() and memparse(), and the message log (harness_log(),
 *     harness_take_log()), exactly as the crashkernel= fixture builds them.
 *
 * Stubbed here, as none of it is memblock or parsing:
 *   - pr_info/pr_warn/pr_err: the formatted text goes to the log with its level (I, W, E);
 *     none of the cut files defines a pr_fmt;
 *   - struct resource, crashk_res, crashk_low_res, iomem_resource, insert_resource() (a
 *     no-op): the harness reads crashk_res and crashk_low_res after the call;
 *   - xen_pv_domain() and is_kdump_kernel(): false; kmemleak_ignore_phys(): nothing;
 *   - swiotlb_size_or_default(): the case's swiotlb size (x86's default low size);
 *   - reserve_crashkernel_cma() (7.2 x86): records the size it is handed (the CMA areas are
 *     not memblock's business here);
 *   - the arch constants each tree takes from elsewhere: arm64_dma_phys_limit and
 *     dma32_phys_limit are the case's LOWLIMIT, PHYS_MASK is 2^PABITS - 1, riscv64's
 *     PMD_SIZE 2 MiB (PMD_SHIFT 21); CONFIG_X86_64, CONFIG_64BIT, CONFIG_KEXEC_CORE and
 *     CONFIG_CRASH_RESERVE are set. The constants the cut code defines itself (x86's
 *     CRASH_ALIGN, CRASH_ADDR_LOW_MAX, CRASH_ADDR_HIGH_MAX, arm64 6.1's, the asm headers of
 *     6.12+) are the tree's.
 * A `goto retry` of reserve_crashkernel_generic(), or of arm64's own reserve_crashkernel()
 * (6.2 – 6.6: its low-to-high fallback when CRASH_ADDR_LOW_MAX is CRASH_ADDR_HIGH_MAX), that
 * would search a window it already searched in vain loops forever in the kernel (memblock is
 * unchanged between the attempts, so the same search fails again and the same branch jumps
 * back): memblock_phys_alloc_range() called from either with the arguments of an earlier call
 * is reported as "hang" instead of being run.
 *
 * Input, one case per line, fields separated by '|':
 *   ARCH LOWLIMIT PABITS SWIOTLB|PAGE;OP;OP...|CMDLINE
 * ARCH is x86_64, arm64 or riscv64 (a build runs its own architecture's cases and prints "-"
 * for the others); LOWLIMIT, SWIOTLB and PAGE hex, PABITS decimal; the operations those of
 * ../kernel-memblock/harness.c (run before the reservation, their output discarded);
 * CMDLINE the rest of the line (boot_command_line).
 * Output, one line per case, fields separated by ';':
 *   CRASH;LOW;CMA;RESERVED;MSGS
 * CRASH and LOW are crashk_res and crashk_low_res as BASE,SIZE (hex; "-" when unset: end 0),
 * CRASH "hang" for an endless retry; CMA the size handed to reserve_crashkernel_cma() or "-";
 * RESERVED memblock.reserved as ../kernel-memblock/harness.c prints it; MSGS the messages as
 * ../kernel-crashkernel/harness.c writes them (W:, I:, E: for pr_err). A case that ends the
 * process prints "abort STATUS".
 */
/* The tree's own SZ_* (tools/include's copy, same guard, lacks SZ_64T): before memblock.c's. */
#include SIZES_H
#define KERNEL_MEMBLOCK_NO_MAIN
#include "../kernel-memblock/harness.c"

#include <setjmp.h>
#include <linux/kconfig.h>

#define CONFIG_64BIT 1
#define CONFIG_X86_64 1
#define CONFIG_KEXEC_CORE 1
#define CONFIG_CRASH_RESERVE 1

void harness_log(char level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *harness_take_log(void);
extern unsigned long long harness_default_low;

#undef pr_info
#undef pr_warn
#undef pr_err
#define pr_info(fmt, ...)	harness_log('I', fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	harness_log('W', fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	harness_log('E', fmt, ##__VA_ARGS__)

/* The parsers of the other translation unit, as the tree declares them. */
#if KV >= 617
int parse_crashkernel(char *cmdline, unsigned long long system_ram, unsigned long long *crash_size,
		      unsigned long long *crash_base, unsigned long long *low_size,
		      unsigned long long *cma_size, bool *high);
#elif KV >= 607
int parse_crashkernel(char *cmdline, unsigned long long system_ram, unsigned long long *crash_size,
		      unsigned long long *crash_base, unsigned long long *low_size, bool *high);
#else
int parse_crashkernel(char *cmdline, unsigned long long system_ram, unsigned long long *crash_size,
		      unsigned long long *crash_base);
int parse_crashkernel_high(char *cmdline, unsigned long long system_ram, unsigned long long *crash_size,
			   unsigned long long *crash_base);
int parse_crashkernel_low(char *cmdline, unsigned long long system_ram, unsigned long long *crash_size,
			  unsigned long long *crash_base);
#endif

struct resource {
	unsigned long long start, end;
};
static struct resource crashk_res, crashk_low_res, iomem_resource __maybe_unused;

static int insert_resource(struct resource *parent, struct resource *new)
{
	return 0;
}

static bool xen_pv_domain(void)
{
	return false;
}

static bool is_kdump_kernel(void)
{
	return false;
}

static void kmemleak_ignore_phys(phys_addr_t phys)
{
}

static char boot_command_line[1 << 16];
static phys_addr_t arm64_dma_phys_limit, dma32_phys_limit;
static unsigned long long harness_phys_mask, harness_swiotlb, harness_cma;
static bool harness_cma_called;
#define PHYS_MASK	harness_phys_mask
#define PMD_SIZE	(1UL << 21)

unsigned long swiotlb_size_or_default(void)
{
	return harness_swiotlb;
}

static void __maybe_unused reserve_crashkernel_cma(unsigned long long cma_size)
{
	harness_cma = cma_size;
	harness_cma_called = true;
}

/* The endless-retry detection (see the header). */
static jmp_buf harness_hang;
static struct {
	phys_addr_t size, align, start, end;
} harness_tried[16];
static int harness_ntried;

static phys_addr_t harness_phys_alloc_range(const char *caller, phys_addr_t size, phys_addr_t align,
					    phys_addr_t start, phys_addr_t end)
{
	/* riscv64 5.17 – 6.6 ask twice for the same window when DRAM ends below 4G, and go on. */
	if (!strcmp(caller, "reserve_crashkernel_generic") ||
	    (!strcmp(caller, "reserve_crashkernel") && !strcmp(HARNESS_ARCH, "arm64"))) {
		for (int i = 0; i < harness_ntried; i++)
			if (harness_tried[i].size == size && harness_tried[i].align == align &&
			    harness_tried[i].start == start && harness_tried[i].end == end)
				longjmp(harness_hang, 1);
		if (harness_ntried == 16)
			abort();
		harness_tried[harness_ntried].size = size;
		harness_tried[harness_ntried].align = align;
		harness_tried[harness_ntried].start = start;
		harness_tried[harness_ntried++].end = end;
	}
	return memblock_phys_alloc_range(size, align, start, end);
}
#define memblock_phys_alloc_range(size, align, start, end) \
	harness_phys_alloc_range(__func__, size, align, start, end)

#if KV >= 607
#include ASM_CRASH_RESERVE_H
#include "generic-part.c"
#endif
#include "arch-part.c"

static void put_res(struct resource *r)
{
	if (r->end)
		fprintf(out, "%llx,%llx", r->start, r->end - r->start + 1);
	else
		fputc('-', out);
}

/* One case, in the child: memblock's operations, then the reservation. */
static void reserve_case(char *params, char *ops, char *cmdline)
{
	FILE *real = out;
	unsigned long long low, swiotlb;
	unsigned int pabits;
	bool hang = false;

	if (sscanf(params, "%*s %llx %u %llx", &low, &pabits, &swiotlb) != 3)
		abort();
	out = fopen("/dev/null", "w");
	if (!out)
		abort();
	run(ops);
	fclose(out);
	out = real;
	arm64_dma_phys_limit = dma32_phys_limit = low;
	harness_phys_mask = pabits >= 64 ? ~0ULL : (1ULL << pabits) - 1;
	harness_swiotlb = swiotlb;
	snprintf(boot_command_line, sizeof(boot_command_line), "%s", cmdline);
#if KV >= 607
	/* The generic parse_crashkernel() (the other unit) uses the arch's default low size. */
	harness_default_low = DEFAULT_CRASH_KERNEL_LOW_SIZE;
	if (!setjmp(harness_hang))
		arch_reserve_crashkernel();
	else
		hang = true;
#else
	if (!setjmp(harness_hang))
		reserve_crashkernel();
	else
		hang = true;
#endif
	if (hang)
		fputs("hang", out);
	else
		put_res(&crashk_res);
	fputc(';', out);
	put_res(&crashk_low_res);
	if (harness_cma_called)
		fprintf(out, ";%llx;", harness_cma);
	else
		fputs(";-;", out);
	print_type(&memblock.reserved);
	fprintf(out, ";%s\n", harness_take_log());
}

int main(void)
{
	static char line[1 << 17];

	out = fdopen(dup(1), "w");
	if (!out || !freopen("/dev/null", "w", stdout))
		return 1;
	while (fgets(line, sizeof(line), stdin)) {
		char *ops, *cmdline, *nl = strchr(line, '\n');

		if (nl)
			*nl = 0;
		ops = strchr(line, '|');
		cmdline = ops ? strchr(ops + 1, '|') : NULL;
		if (!cmdline) {
			fprintf(out, "bad-line\n");
			continue;
		}
		*ops++ = 0;
		*cmdline++ = 0;
		if (strncmp(line, HARNESS_ARCH " ", strlen(HARNESS_ARCH " "))) {
			fprintf(out, "-\n");
			continue;
		}
		if (FORK_CASE(out, reserve_case(line, ops, cmdline)) < 0)
			return 1;
	}
	fflush(out);
	return 0;
}
