/* SPDX-License-Identifier: GPL-2.0-only */
/* The prototypes lib/sort.c defines; SWAP_FUNC_T is swap_func_t (5.10) or swap_r_func_t (6.1). */
#include <linux/types.h>
typedef int (*cmp_r_func_t)(const void *, const void *, const void *);
typedef int (*cmp_func_t)(const void *, const void *);
typedef void (*swap_r_func_t)(void *, void *, int, const void *);
typedef void (*swap_func_t)(void *, void *, int);
void sort_r(void *base, size_t num, size_t size, cmp_r_func_t cmp_func, SWAP_FUNC_T swap_func, const void *priv);
void sort(void *base, size_t num, size_t size, cmp_func_t cmp_func, swap_func_t swap_func);
