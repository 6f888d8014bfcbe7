/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the 5.10 build of the harness (../../harness.c): 5.10's
 * memblock_alloc_try_nid_raw() poisons what it hands out (page_init_poison(), a no-op
 * without CONFIG_DEBUG_VM), which 6.1's tools headers do not declare.
 */
#ifndef _KERNEL_MEMBLOCK_SHIM_510_MM_H
#define _KERNEL_MEMBLOCK_SHIM_510_MM_H

#include_next <linux/mm.h>

static inline void page_init_poison(void *addr, size_t size)
{
}

#endif
