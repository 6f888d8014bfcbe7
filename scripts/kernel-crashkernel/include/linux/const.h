/* SPDX-License-Identifier: GPL-2.0-only */
/* Shim for the harness (../../harness.c): nothing of include/linux/const.h is needed. */
#ifndef _KERNEL_CRASHKERNEL_SHIM_CONST_H
#define _KERNEL_CRASHKERNEL_SHIM_CONST_H
#endif
