/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the 5.10 build of the harness (../../harness.c), which has no
 * tools/testing/memblock of its own and borrows 6.1's: 5.10's memblock.c calls
 * kmemleak_alloc_phys() with a min_count (dropped in 6.1). The hooks do nothing.
 */
#ifndef _KERNEL_MEMBLOCK_SHIM_KMEMLEAK_H
#define _KERNEL_MEMBLOCK_SHIM_KMEMLEAK_H

static inline void kmemleak_free_part_phys(phys_addr_t phys, size_t size)
{
}

static inline void kmemleak_alloc_phys(phys_addr_t phys, size_t size, int min_count, gfp_t gfp)
{
}

static inline void dump_stack(void)
{
}

#endif
