/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the harness (../harness.c): the tree's tools/include/linux/mm.h, with PAGE_SIZE
 * read from a variable so that one build runs the 4K, 16K and 64K cases. memblock.c only
 * uses PAGE_SIZE at run time (memblock_find_in_range_node() skips the first page;
 * memblock_double_array(), never reached by the harness, aligns its new array to it).
 */
#ifndef _KERNEL_MEMBLOCK_SHIM_MM_H
#define _KERNEL_MEMBLOCK_SHIM_MM_H

#include_next <linux/mm.h>

extern unsigned long harness_page_size;

/* For a tree whose tools headers lag its memblock.c (build.sh): one node, no resize to fail. */
#ifdef HARNESS_EARLY_PFN_TO_NID
static inline int early_pfn_to_nid(unsigned long pfn)
{
	return 0;
}
#endif
#ifdef HARNESS_SIZES
#include <linux/sizes.h>
#endif
#ifdef HARNESS_BOOTMEM_TWO_ARGS
#define reserve_bootmem_region(start, end, nid) reserve_bootmem_region(start, end)
#endif
#ifdef HARNESS_ACCEPT_MEMORY
static inline void accept_memory(unsigned long long start, unsigned long long end)
{
}
#endif
#ifdef HARNESS_PANIC
#include <stdlib.h>
static inline void panic(const char *fmt, ...)
{
	abort();
}
#endif
#undef PAGE_SIZE
#define PAGE_SIZE harness_page_size

#endif
