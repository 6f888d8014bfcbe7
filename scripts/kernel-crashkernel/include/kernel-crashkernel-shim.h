/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for the harness (../harness.c): what the functions extracted from the tree (see
 * ../../kernel-crashkernel-fixture.sh) use of the kernel's headers, written for user space.
 *   - pr_warn()/pr_info() record the message in the harness's log (no pr_fmt: neither
 *     crash_core.c nor crash_reserve.c defines one above these functions);
 *   - the integer helpers as include/linux/math.h, math64.h, sizes.h and ctype.h define
 *     them (roundup() wraps like the kernel's; isxdigit() is the C library's, the same
 *     answer as the kernel's _ctype table for the ASCII the cases use);
 *   - check_*_overflow() come from the tree's own include/linux/overflow.h (OVERFLOW_H);
 *   - DEFAULT_CRASH_KERNEL_LOW_SIZE is the case's (x86 computes it from swiotlb's size,
 *     arm64 and riscv use 128M: the cases pick one), CONFIG_ARCH_HAS_GENERIC_CRASHKERNEL_
 *     RESERVATION is set (arm64, x86 and riscv select it in 6.12 and 7.2).
 */
#ifndef _KERNEL_CRASHKERNEL_SHIM_H
#define _KERNEL_CRASHKERNEL_SHIM_H

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <linux/compiler.h>

typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s64;

#include OVERFLOW_H
#include KSTRTOX_H

#define __init
#define __initdata
#undef _tolower
#define _tolower(c)	((c) | 0x20)
#define SZ_128M		0x08000000
#define roundup(x, y) ({ typeof(y) __y = y; (((x) + (__y - 1)) / __y) * __y; })
#define BUG_ON(c)	do { if (c) abort(); } while (0)
#define CONFIG_ARCH_HAS_GENERIC_CRASHKERNEL_RESERVATION 1

static inline u64 div_u64(u64 dividend, u32 divisor)
{
	return dividend / divisor;
}

extern unsigned long long harness_default_low;
#define DEFAULT_CRASH_KERNEL_LOW_SIZE harness_default_low

void harness_log(char level, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
#define pr_warn(fmt, ...)	harness_log('W', fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	harness_log('I', fmt, ##__VA_ARGS__)

#endif
