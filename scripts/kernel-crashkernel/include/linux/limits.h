/* SPDX-License-Identifier: GPL-2.0-only */
/* Shim for the harness (../../harness.c): the C library's limits (ULLONG_MAX, INT_MAX, SIZE_MAX). */
#ifndef _KERNEL_CRASHKERNEL_SHIM_LIMITS_H
#define _KERNEL_CRASHKERNEL_SHIM_LIMITS_H
#include <limits.h>
#include <stdint.h>
#endif
