/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the harness (../harness.c): SMP_CACHE_BYTES as on arm64, x86_64 and riscv64
 * (L1_CACHE_BYTES = 64), the alignment memblock_alloc_range_nid() uses for align 0. The
 * tools/include copy says 32, which none of the simulated architectures has.
 */
#ifndef _KERNEL_MEMBLOCK_SHIM_CACHE_H
#define _KERNEL_MEMBLOCK_SHIM_CACHE_H

#define L1_CACHE_SHIFT		6
#define L1_CACHE_BYTES		(1 << L1_CACHE_SHIFT)
#define SMP_CACHE_BYTES		L1_CACHE_BYTES

#endif
