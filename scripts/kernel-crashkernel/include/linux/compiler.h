/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the harness (../../harness.c): the compiler attributes and helpers the tree's
 * include/linux/overflow.h (the only kernel header the harness takes from the tree besides
 * lib/kstrtox.h) and the extracted functions use, written for gcc in user space.
 */
#ifndef _KERNEL_CRASHKERNEL_SHIM_COMPILER_H
#define _KERNEL_CRASHKERNEL_SHIM_COMPILER_H

#include <stdbool.h>
#include <stddef.h>

#undef __always_inline
#define __always_inline		inline __attribute__((__always_inline__))
#define __must_check		__attribute__((__warn_unused_result__))
#define __always_unused		__attribute__((__unused__))
#define noinline		__attribute__((__noinline__))
#define fallthrough		__attribute__((__fallthrough__))
#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)
#define __same_type(a, b)	__builtin_types_compatible_p(typeof(a), typeof(b))
#define is_signed_type(type)	(((type)(-1)) < (type)1)
#define is_unsigned_type(type)	(!is_signed_type(type))
#define __is_constexpr(x) \
	(sizeof(int) == sizeof(*(8 ? ((void *)((long)(x) * 0l)) : (int *)8)))

#endif
