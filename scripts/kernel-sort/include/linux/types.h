/* SPDX-License-Identifier: GPL-2.0-only */
/* Just enough of the kernel's headers for lib/sort.c to build in user space (LP64). */
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
typedef uint32_t u32;
typedef uint64_t u64;
#ifndef __always_inline
#define __always_inline inline __attribute__((always_inline))
#endif
#define likely(x) (x)
#define unlikely(x) (x)
#define CONFIG_64BIT 1
#define CONFIG_HAVE_EFFICIENT_UNALIGNED_ACCESS 1
#define BITS_PER_LONG 64
#define IS_ENABLED(x) 0
#ifndef __attribute_const__
#define __attribute_const__ __attribute__((__const__))
#endif
