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
#undef PAGE_SIZE
#define PAGE_SIZE harness_page_size

#endif
