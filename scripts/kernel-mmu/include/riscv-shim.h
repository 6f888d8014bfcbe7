/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What arch/riscv/mm/init.c's linear-map functions need from the kernel's headers, for
 * scripts/kernel-mmu/riscv-harness.c: page tables in ordinary memory (a table's "physical
 * address" is an offset into an arena, reached through the fixmap accessors), the rv64 paging
 * geometry of arch/riscv/include/asm/pgtable.h and pgtable-64.h with the mode chosen at run
 * time (pgtable_l4_enabled, pgtable_l5_enabled: Sv39, Sv48, Sv57 in one build), the entry
 * format of pgtable-bits.h (PFN at bit 10; a leaf has R, W or X), __va()/__pa() of the linear
 * map (asm/page.h), and memblock's NOMAP flag over a small region array.
 * Written from those headers; attribute bits only need to make a leaf a leaf.
 *
 * Build variants: -DKV=<version as 601, 612, 702> -DPAGE_OFFSET_L3=<the tree's (≤5.15: its
 * CONFIG_PAGE_OFFSET)> [-DCONFIG_KFENCE=1] [-DHARNESS_NO_P4D [-DHARNESS_NO_PUD]] (the tree's
 * cut init.c as RISCV_C).
 */
#include "harness-common.h"

#define __meminit
#define __meminitdata
#define IS_ENABLED(x) (x)
#define CONFIG_64BIT 1
#define CONFIG_MMU 1
#define CONFIG_STRICT_KERNEL_RWX 1 /* Debian's riscv64 configs */

/* ---- the paging mode (set_satp_mode()) and geometry: asm/pgtable.h, pgtable-64.h */
extern bool pgtable_l4_enabled, pgtable_l5_enabled;
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PMD_SHIFT 21
#define PUD_SHIFT 30
#define P4D_SHIFT 39
#define PGDIR_SHIFT (pgtable_l5_enabled ? 48 : pgtable_l4_enabled ? 39 : 30)
#define PMD_SIZE (1UL << PMD_SHIFT)
#define PUD_SIZE (1UL << PUD_SHIFT)
#define P4D_SIZE (1UL << P4D_SHIFT)
#define PGDIR_SIZE (1UL << PGDIR_SHIFT)
#define PMD_MASK (~(PMD_SIZE - 1))
#define PTRS_PER_PTE 512
#define PTRS_PER_PMD 512
#define PTRS_PER_PUD 512
#define PTRS_PER_P4D 512
#define PTRS_PER_PGD 512
#define pgd_index(a) (((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define p4d_index(a) (((a) >> P4D_SHIFT) & (PTRS_PER_P4D - 1))
#define pud_index(a) (((a) >> PUD_SHIFT) & (PTRS_PER_PUD - 1))
#define pmd_index(a) (((a) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(a) (((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define VA_BITS (pgtable_l5_enabled ? 57 : pgtable_l4_enabled ? 48 : 39)
#define PFN_DOWN(x) ((x) >> PAGE_SHIFT)
#define PFN_PHYS(x) ((phys_addr_t)(x) << PAGE_SHIFT)

/* ---- entries: asm/pgtable-bits.h, pgtable-64.h */
#define _PAGE_PRESENT BIT(0)
#define _PAGE_READ BIT(1)
#define _PAGE_WRITE BIT(2)
#define _PAGE_EXEC BIT(3)
#define _PAGE_GLOBAL BIT(5)
#define _PAGE_ACCESSED BIT(6)
#define _PAGE_DIRTY BIT(7)
#define _PAGE_LEAF (_PAGE_READ | _PAGE_WRITE | _PAGE_EXEC)
#define _PAGE_PFN_SHIFT 10
#define pgprot_val(p) ((p).pgprot)
#define __pgprot(v) ((pgprot_t){ (v) })
#define PAGE_TABLE __pgprot(_PAGE_PRESENT)
#define PAGE_KERNEL __pgprot(_PAGE_PRESENT | _PAGE_READ | _PAGE_WRITE | _PAGE_GLOBAL | _PAGE_ACCESSED | _PAGE_DIRTY)
#define pte_val(x) ((x).pte)
#define pmd_val(x) ((x).pmd)
#define pud_val(x) ((x).pud)
#define p4d_val(x) ((x).p4d)
#define pgd_val(x) ((x).pgd)
#define pfn_pte(pfn, prot) ((pte_t){ ((pteval_t)(pfn) << _PAGE_PFN_SHIFT) | pgprot_val(prot) })
#define pfn_pmd(pfn, prot) ((pmd_t){ ((pmdval_t)(pfn) << _PAGE_PFN_SHIFT) | pgprot_val(prot) })
#define pfn_pud(pfn, prot) ((pud_t){ ((pudval_t)(pfn) << _PAGE_PFN_SHIFT) | pgprot_val(prot) })
#define pfn_p4d(pfn, prot) ((p4d_t){ ((p4dval_t)(pfn) << _PAGE_PFN_SHIFT) | pgprot_val(prot) })
#define pfn_pgd(pfn, prot) ((pgd_t){ ((pgdval_t)(pfn) << _PAGE_PFN_SHIFT) | pgprot_val(prot) })
#define _pmd_pfn(p) (pmd_val(p) >> _PAGE_PFN_SHIFT)
#define _pud_pfn(p) (pud_val(p) >> _PAGE_PFN_SHIFT)
#define _p4d_pfn(p) (p4d_val(p) >> _PAGE_PFN_SHIFT)
#define _pgd_pfn(p) (pgd_val(p) >> _PAGE_PFN_SHIFT)
#define pte_none(p) (!pte_val(p))
#define pmd_none(p) (!pmd_val(p))
/* pgprot_from_va() (init.c, not cut): the permissions do not change the shape of the map */
#define pgprot_from_va(va) PAGE_KERNEL

/* ---- table memory: a table's phys is ARENA_PA + n * PAGE_SIZE, reached through the fixmap */
#define ARENA_PA (1UL << 56)
extern void *harness_table(phys_addr_t pa);
enum fixed_addresses { FIX_PTE, FIX_PMD, FIX_PUD, FIX_P4D };
#define clear_fixmap(idx) do { } while (0)
#define set_fixmap_offset(idx, pa) ((uintptr_t)harness_table(pa))
struct pt_alloc_ops {
	pte_t *(*get_pte_virt)(phys_addr_t pa);
	phys_addr_t (*alloc_pte)(uintptr_t va);
	pmd_t *(*get_pmd_virt)(phys_addr_t pa);
	phys_addr_t (*alloc_pmd)(uintptr_t va);
	pud_t *(*get_pud_virt)(phys_addr_t pa);
	phys_addr_t (*alloc_pud)(uintptr_t va);
	p4d_t *(*get_p4d_virt)(phys_addr_t pa);
	phys_addr_t (*alloc_p4d)(uintptr_t va);
};
extern struct pt_alloc_ops pt_ops;
extern pgd_t swapper_pg_dir[PTRS_PER_PGD];

/* ---- the linear map and the kernel image: asm/page.h, asm/pgtable.h, asm/sections.h */
extern phys_addr_t phys_ram_base;
#ifndef PAGE_OFFSET_L3
#error "-DPAGE_OFFSET_L3 needed"
#endif
#define PAGE_OFFSET_L4 0xffffaf8000000000UL
#define PAGE_OFFSET_L5 0xff60000000000000UL
#define PAGE_OFFSET (pgtable_l5_enabled ? PAGE_OFFSET_L5 : pgtable_l4_enabled ? PAGE_OFFSET_L4 : (unsigned long)PAGE_OFFSET_L3)
#define __va(x) ((void *)((unsigned long)(x) - phys_ram_base + PAGE_OFFSET))
#define __pa(x) ((unsigned long)(x) - PAGE_OFFSET + phys_ram_base)
#define KERN_VIRT_SIZE ((PTRS_PER_PGD / 2 * PGDIR_SIZE) / 2)
#define VMALLOC_START (PAGE_OFFSET - (KERN_VIRT_SIZE >> 1))
#define VMEMMAP_START (VMALLOC_START - (1UL << (VA_BITS - PAGE_SHIFT - 1 + 6)))
#define FIXADDR_START (VMEMMAP_START - (16UL << 20) - (4UL << 20)) /* under PCI_IO_START */
/* the kernel's symbols: their VA in the kernel mapping, __pa_symbol() their load address */
#define KERNEL_LINK_ADDR 0xffffffff80000000UL
extern phys_addr_t harness_kernel_pa;
extern char *harness_sym(int which);
#define _start harness_sym(0)
#define __init_data_begin harness_sym(1)
#define __start_rodata harness_sym(2)
#define _data harness_sym(3)
#define __pa_symbol(x) ((unsigned long)(x) - KERNEL_LINK_ADDR + harness_kernel_pa)
/* setup_vm_final()'s other steps: the fixmap's PGD entry is made, the rest are no-ops here */
extern pmd_t harness_fixmap_next[PTRS_PER_PMD];
#define fixmap_pgd_next ((uintptr_t)harness_fixmap_next)
#define create_kernel_page_table(...) do { } while (0) /* (pgdir, early); 5.14: (pgdir, map_size, early) */
#define csr_write(csr, v) do { } while (0)
#define local_flush_tlb_all() do { } while (0)
#define pt_ops_set_late() do { } while (0)
extern unsigned long satp_mode;
extern phys_addr_t memory_limit; /* 5.14 – 6.10.3's loop stops at __pa(PAGE_OFFSET) + memory_limit */

/* ---- what best_map_size() and the KFENCE pool ask of the boot */
extern bool harness_debug_pagealloc;
#define debug_pagealloc_enabled() harness_debug_pagealloc
#define KFENCE_POOL_SIZE ((255 + 1) * 2 * PAGE_SIZE) /* CONFIG_KFENCE_NUM_OBJECTS=255 */
extern char *__kfence_pool;
