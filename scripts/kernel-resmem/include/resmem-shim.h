/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for ../harness.c: what the pieces cut from mm/cma.c and kernel/dma/contiguous.c need of
 * the kernel's headers, after the tree's mm/memblock.c and tools/include. struct cma is this
 * file's: the union of the fields the cut functions of 5.10 – 7.x write (base_pfn and count up
 * to 6.x; ranges[], nranges, available_count, nid from 6.13). The arch is arm64 with 4K pages:
 * pageblock_order 9 (HUGETLB_PAGE_ORDER; 7.x's CONFIG_PAGE_BLOCK_MAX_ORDER of Debian's config,
 * 10, does not cap it), MAX_ORDER 11 (5.10's CMA alignment takes max(MAX_ORDER - 1,
 * pageblock_order)), high_memory at memblock_end_of_DRAM() (arm64_memblock_init()).
 * pr_err()/pr_info()/pr_warn() (with pr_fmt()) go to harness_log(), which prints the line with the kernel's
 * %pa (0x%016llx of the phys_addr_t pointed to).
 */
#ifndef _KERNEL_RESMEM_SHIM_H
#define _KERNEL_RESMEM_SHIM_H

#include <linux/log2.h>
#include <linux/sizes.h>

#ifndef __init
#define __init
#endif
#ifndef __initdata
#define __initdata
#endif
#define __initconst
#define __weak __attribute__((weak))

#undef MAX_ORDER
#define MAX_ORDER		11
#undef pageblock_order
#undef pageblock_nr_pages
#define pageblock_order		9
#define pageblock_nr_pages	(1UL << pageblock_order)
#define CMA_MIN_ALIGNMENT_PAGES	pageblock_nr_pages
#define CMA_MIN_ALIGNMENT_BYTES	(PAGE_SIZE * CMA_MIN_ALIGNMENT_PAGES)
#define MAX_CMA_AREAS		20
#define CMA_MAX_NAME		64
#define CMA_MAX_RANGES		8
/* Debian's arm64 configs. */
#define CONFIG_CMA 1
#define CONFIG_DMA_CMA 1
#define CONFIG_CMA_SIZE_SEL_MBYTES 1

#ifndef PFN_PHYS
#define PFN_PHYS(x)		((phys_addr_t)(x) << PAGE_SHIFT)
#endif
#ifndef PFN_DOWN
#define PFN_DOWN(x)		((x) >> PAGE_SHIFT)
#endif
#ifndef IS_ALIGNED
/* include/linux/align.h, which 6.2's tools' headers do not give the cut code. */
#define IS_ALIGNED(x, a)	(((x) & ((typeof(x))(a) - 1)) == 0)
#endif
#ifndef min_not_zero
#define min_not_zero(x, y) ({ typeof(x) __x = (x); typeof(y) __y = (y); \
	__x == 0 ? __y : ((__y == 0) ? __x : (__x < __y ? __x : __y)); })
#endif
#ifndef fallthrough
#define fallthrough __attribute__((__fallthrough__))
#endif
#ifndef likely
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#endif
#ifndef check_shl_overflow
/* include/linux/overflow.h's, for the unsigned long long memparse() shifts. */
#define check_shl_overflow(a, s, d) ({ typeof(a) _a = (a); typeof(s) _s = (s); typeof(d) _d = (d); \
	unsigned long long _to = _a << _s; *_d = _to; (_to >> _s) != _a; })
#endif
#undef strscpy
#define strscpy(d, s)		snprintf((d), sizeof(d), "%s", (s))
#undef kmemleak_ignore_phys
#define kmemleak_ignore_phys(a)	do { } while (0)
#undef WARN_ON_ONCE
#define WARN_ON_ONCE(c)		({ int __w = !!(c); __w; })

struct cma_memrange {
	unsigned long base_pfn;
	unsigned long count;
	union {
		unsigned long early_pfn;
		unsigned long *bitmap;
	};
};

struct cma {
	unsigned long base_pfn;
	unsigned long count;
	unsigned long available_count;
	unsigned long *bitmap;
	unsigned int order_per_bit;
	char name[CMA_MAX_NAME];
	int nranges;
	struct cma_memrange ranges[CMA_MAX_RANGES];
	unsigned long flags;
	int nid;
};

struct cma cma_areas[MAX_CMA_AREAS];
unsigned int cma_area_count;
unsigned long totalcma_pages;
void *high_memory;

void harness_log(const char *level, const char *fmt, ...);
#undef pr_err
#undef pr_info
#undef pr_warn
#undef pr_debug
#undef pr_fmt
/* Each cut piece's own pr_fmt: harness.c redefines it before each (mm/cma.c's first). */
#define pr_fmt(fmt)		"cma: " fmt
#define pr_err(fmt, ...)	harness_log("err", pr_fmt(fmt), ##__VA_ARGS__)
#define pr_info(fmt, ...)	harness_log("info", pr_fmt(fmt), ##__VA_ARGS__)
#define pr_warn(fmt, ...)	harness_log("warn", pr_fmt(fmt), ##__VA_ARGS__)
#define pr_debug(fmt, ...)	do { } while (0)

int cma_declare_contiguous_nid(phys_addr_t base, phys_addr_t size, phys_addr_t limit,
			       phys_addr_t alignment, unsigned int order_per_bit, bool fixed,
			       const char *name, struct cma **res_cma, int nid);
int dma_contiguous_reserve_area(phys_addr_t size, phys_addr_t base, phys_addr_t limit,
				struct cma **res_cma, bool fixed);
/* include/linux/cma.h */
#define cma_declare_contiguous(base, size, limit, alignment, order_per_bit, fixed, name, res_cma) \
	cma_declare_contiguous_nid(base, size, limit, alignment, order_per_bit, fixed, name, res_cma, NUMA_NO_NODE)

#endif
