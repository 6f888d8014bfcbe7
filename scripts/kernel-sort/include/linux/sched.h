/* SPDX-License-Identifier: GPL-2.0-only */
/* 7.x lib/sort.c calls cond_resched() in its non-atomic variant: nothing to do here. */
static inline void cond_resched(void) {}
