/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What every harness of scripts/kernel-mmu needs before its architecture's shim: the C
 * library, the kernel's basic types and annotations, and the outcomes: BUG_ON() ends the case
 * (harness_bug_jmp), WARN_ON() is counted (harness_warns); and memblock as the harnesses give
 * it (../memblock-regions.h).
 */
#ifndef HARNESS_COMMON_H
#define HARNESS_COMMON_H
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t u64;
typedef uint64_t phys_addr_t;

/* The page-table entry types (asm/pgtable-types.h of arm64 and riscv alike). */
typedef uint64_t pteval_t, pmdval_t, pudval_t, p4dval_t, pgdval_t;
typedef struct { pteval_t pte; } pte_t;
typedef struct { pmdval_t pmd; } pmd_t;
typedef struct { pudval_t pud; } pud_t;
typedef struct { p4dval_t p4d; } p4d_t;
typedef struct { pgdval_t pgd; } pgd_t;
typedef struct { pteval_t pgprot; } pgprot_t;

#define BIT(n) (1UL << (n))
#define GENMASK(h, l) (((~0UL) << (l)) & (~0UL >> (63 - (h))))
#define __init
#define __initdata
#define __ro_after_init
#define __maybe_unused __attribute__((unused))
#define READ_ONCE(x) (x)

/* ---- outcomes: BUG_ON() ends the case, WARN_ON() is recorded */
extern jmp_buf harness_bug_jmp;
extern char harness_bug_what[256];
extern int harness_warns;
extern char harness_warn_what[256];
static inline void harness_bug(int line, const char *cond)
{
	snprintf(harness_bug_what, sizeof(harness_bug_what), "line %d: %s", line, cond);
	longjmp(harness_bug_jmp, 1);
}
static inline int harness_warn(int c, int line, const char *cond)
{
	if (c && harness_warns++ == 0)
		snprintf(harness_warn_what, sizeof(harness_warn_what), "line %d: %s", line, cond);
	return c;
}
#define BUG_ON(c) do { if (c) harness_bug(__LINE__, #c); } while (0)
#define VM_BUG_ON(c) BUG_ON(c)
#define WARN_ON(c) harness_warn(!!(c), __LINE__, #c)
#define VM_WARN_ON_ONCE(c) ((void)WARN_ON(c))
#define BUILD_BUG_ON(c) ((void)sizeof(c))
#define panic(...) harness_bug(__LINE__, "panic")
#define pr_err(...) do { } while (0)
#define BUG() harness_bug(__LINE__, "BUG()")

/* ---- memblock: memblock.memory with MEMBLOCK_NOMAP (../memblock-regions.h), and allocations */
extern int memblock_mark_nomap(phys_addr_t base, phys_addr_t size);
extern int memblock_clear_nomap(phys_addr_t base, phys_addr_t size);
extern phys_addr_t memblock_phys_alloc(phys_addr_t size, phys_addr_t align);
extern bool harness_next_mem_range(u64 *i, phys_addr_t *s, phys_addr_t *e);
#define for_each_mem_range(i, ps, pe) for (i = 0; harness_next_mem_range(&i, ps, pe);)

#endif
