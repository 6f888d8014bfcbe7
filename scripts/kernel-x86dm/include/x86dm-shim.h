/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for ../harness.c: what the pieces cut from arch/x86/mm/init.c, arch/x86/mm/init_64.c,
 * arch/x86/kernel/setup.c, arch/x86/kernel/e820.c and kernel/range.c need of the kernel's
 * headers, for x86_64 with 4- or 5-level paging (chosen per case: harness_l5). Included after
 * the tree's mm/memblock.c, whose tools/include headers (identity __va()/__pa()) are replaced
 * here for the cut code.
 *
 * The direct map is real memory: __va(x) is x + HARNESS_PAGE_OFFSET, a user-space base (32 TiB,
 * HARNESS_WINDOW; N GiB higher with HARNESS_KASLR_GIB=N, see harness.c main()) under which the
 * harness maps (MAP_NORESERVE) a window as large as the physical address space of the cases;
 * only the page-table pages the walk allocates and writes are ever touched. The 32 TiB base is
 * 512 GiB aligned (nokaslr), so the PUD, PMD and PTE indices (and with 4-level paging the PGD
 * index's step at each 512 GiB) are the kernel's for the same physical address; the PGD index
 * (P4D index with 5-level paging) is offset by 64 from what __PAGE_OFFSET gives (0x111 and 0
 * there), which moves no table boundary for the cases' < 224 TiB of physical addresses.
 * Page-table entries are x86's: pfn << 12 with _PAGE_PRESENT, _PAGE_RW, _PAGE_PSE (2M and 1G
 * leaves), tables pointed to by their physical address.
 */
#ifndef _KERNEL_X86DM_SHIM_H
#define _KERNEL_X86DM_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HARNESS_WINDOW		0x200000000000UL
/* HARNESS_WINDOW, plus a whole number of GiB where KASLR is imitated (harness.c main()). */
extern unsigned long harness_page_offset;
#define HARNESS_PAGE_OFFSET	harness_page_offset

#undef PAGE_SIZE
#undef PAGE_SHIFT
#undef PAGE_MASK
#undef __va
#undef __pa
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))
#define __va(x)			((void *)((unsigned long)(x) + HARNESS_PAGE_OFFSET))
#define __pa(x)			((unsigned long)(x) - HARNESS_PAGE_OFFSET)

#ifndef __initdata
#define __initdata
#endif
#ifndef __init
#define __init
#endif
#define __ref
#define __meminit
#undef __always_unused
#define __always_unused

#define CONFIG_X86_64 1
/* Debian's amd64 configs: 5-level paging built in, KASLR of the memory regions. */
#define CONFIG_X86_5LEVEL 1
#define CONFIG_RANDOMIZE_MEMORY 1
#define NR_RANGE_MR 5

/* The kernel's panic()s and BUG()s end the case's process (harness.c prints "abort"). */
#define panic(...)		do { fprintf(stderr, __VA_ARGS__); abort(); } while (0)
#undef BUG_ON
#define BUG_ON(c)		do { if (c) { fprintf(stderr, "BUG_ON(%s) at %s:%d\n", #c, __FILE__, __LINE__); abort(); } } while (0)
#undef WARN_ON_ONCE
#define WARN_ON_ONCE(c)		({ int __w = !!(c); __w; })
#undef pr_debug
#define pr_debug(...)		do { } while (0)
#undef pr_info
#define pr_info(...)		do { } while (0)
#undef pr_warn
#define pr_warn(...)		harness_warn(__VA_ARGS__)
#undef printk
#define printk(...)		do { } while (0)
#define KERN_INFO		""
void harness_warn(const char *fmt, ...);

#undef clamp_val
#define clamp_val(val, lo, hi)	((val) < (lo) ? (lo) : (val) > (hi) ? (hi) : (val))
#ifndef PFN_PHYS
#define PFN_PHYS(x)		((phys_addr_t)(x) << PAGE_SHIFT)
#endif
#undef PFN_DOWN
#define PFN_DOWN(x)		((x) >> PAGE_SHIFT)
#ifndef ALIGN_DOWN
#define ALIGN_DOWN(x, a)	((x) & ~((typeof(x))(a) - 1))
#endif
#define ISA_END_ADDRESS		0x100000

/* Page-table geometry (arch/x86/include/asm/pgtable_64_types.h); l5 per case. */
extern int harness_l5;
#define pgtable_l5_enabled()	(harness_l5)
#define PGDIR_SHIFT		(harness_l5 ? 48 : 39)
#define PTRS_PER_PGD		512
#define P4D_SHIFT		39
#define PTRS_PER_P4D		(harness_l5 ? 512 : 1)
#define PUD_SHIFT		30
#define PTRS_PER_PUD		512
#define PMD_SHIFT		21
#define PTRS_PER_PMD		512
#define PTRS_PER_PTE		512
#define PGDIR_SIZE		(1UL << PGDIR_SHIFT)
#define PGDIR_MASK		(~(PGDIR_SIZE - 1))
#define P4D_SIZE		(1UL << P4D_SHIFT)
#define P4D_MASK		(~(P4D_SIZE - 1))
#define PUD_SIZE		(1UL << PUD_SHIFT)
#define PUD_MASK		(~(PUD_SIZE - 1))
#define PMD_SIZE		(1UL << PMD_SHIFT)
#define PMD_MASK		(~(PMD_SIZE - 1))

typedef struct { unsigned long pgprot; } pgprot_t;
typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pud; } pud_t;
typedef struct { unsigned long p4d; } p4d_t;
typedef struct { unsigned long pgd; } pgd_t;

#define _PAGE_PRESENT		0x001UL
#define _PAGE_RW		0x002UL
#define _PAGE_ACCESSED		0x020UL
#define _PAGE_DIRTY		0x040UL
#define _PAGE_PSE		0x080UL
#define _PAGE_PAT		0x080UL
#define _PAGE_GLOBAL		0x100UL
#define _PAGE_TABLE		(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define PTE_PFN_MASK		0x000ffffffffff000UL
#define __pgprot(x)		((pgprot_t){ (x) })
#define pgprot_val(x)		((x).pgprot)
#define PAGE_KERNEL		__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY | _PAGE_GLOBAL)
/*
 * phys_pud_init()'s 1G leaf ORs this in before 6.0 (5.11 - 5.19; 5.10.223 has the stable fix's
 * _PAGE_PSE): arch/x86/include/asm/pgtable_types.h@v5.19:199, less __NX as PAGE_KERNEL here
 * (no bit of prot is printed; _PAGE_PSE makes the leaf).
 */
#define __PAGE_KERNEL_LARGE	(pgprot_val(PAGE_KERNEL) | _PAGE_PSE)
#define __pte(x)		((pte_t){ (x) })
#define __pmd(x)		((pmd_t){ (x) })
#define __pud(x)		((pud_t){ (x) })
#define __p4d(x)		((p4d_t){ (x) })
#define pte_val(x)		((x).pte)
#define pmd_val(x)		((x).pmd)
#define pud_val(x)		((x).pud)
#define p4d_val(x)		((x).p4d)
#define pgd_val(x)		((x).pgd)
#define pte_none(x)		(!pte_val(x))
#define pmd_none(x)		(!pmd_val(x))
#define pud_none(x)		(!pud_val(x))
#define p4d_none(x)		(!p4d_val(x))
#define pmd_leaf(x)		(!!(pmd_val(x) & _PAGE_PSE))
#define pud_leaf(x)		(!!(pud_val(x) & _PAGE_PSE))
#define pmd_large(x)		pmd_leaf(x)
#define pud_large(x)		pud_leaf(x)
#define pfn_pte(pfn, prot)	__pte(((unsigned long)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pmd(pfn, prot)	__pmd(((unsigned long)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pud(pfn, prot)	__pud(((unsigned long)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pte_clrhuge(x)		__pte(pte_val(x) & ~_PAGE_PSE)
#define pte_pgprot(x)		__pgprot(pte_val(x) & ~PTE_PFN_MASK)
#define pgd_index(a)		(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define p4d_index(a)		(((a) >> P4D_SHIFT) & (PTRS_PER_P4D - 1))
#define pud_index(a)		(((a) >> PUD_SHIFT) & (PTRS_PER_PUD - 1))
#define pmd_index(a)		(((a) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(a)		(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))
#define pgd_page_vaddr(x)	((unsigned long)__va(pgd_val(x) & PTE_PFN_MASK))
#define p4d_pgtable(x)		((pud_t *)__va(p4d_val(x) & PTE_PFN_MASK))
#define pud_pgtable(x)		((pmd_t *)__va(pud_val(x) & PTE_PFN_MASK))
#define pmd_page_vaddr(x)	((unsigned long)__va(pmd_val(x) & PTE_PFN_MASK))
#define pud_offset(p4d, a)	(p4d_pgtable(*(p4d)) + pud_index(a))
#define pmd_offset(pud, a)	(pud_pgtable(*(pud)) + pmd_index(a))
static inline p4d_t *p4d_offset(pgd_t *pgd, unsigned long a)
{
	if (!pgtable_l5_enabled())
		return (p4d_t *)pgd;
	return (p4d_t *)pgd_page_vaddr(*pgd) + p4d_index(a);
}

/* init_mm.pgd is init_top_pgt (swapper_pg_dir), cleared by x86_64_start_kernel() but for
 * the kernel's high mapping in its last entry. */
extern pgd_t init_top_pgt[PTRS_PER_PGD];
#define swapper_pg_dir		init_top_pgt
struct harness_mm { int page_table_lock; };
#define mm_struct harness_mm
extern struct harness_mm init_mm;
#define pgd_offset_k(a)		(init_top_pgt + pgd_index(a))
#undef spin_lock
#undef spin_unlock
#define spin_lock(l)		do { } while (0)
#define spin_unlock(l)		do { } while (0)

#define set_pte(p, v)		(*(p) = (v))
#define set_pmd(p, v)		(*(p) = (v))
#define set_pud(p, v)		(*(p) = (v))
#define set_p4d(p, v)		(*(p) = (v))
#define set_pte_safe		set_pte
#define set_pmd_safe		set_pmd
#define set_pud_safe		set_pud
#define set_p4d_safe		set_p4d
#define pmd_populate_kernel(mm, e, t)	((e)->pmd = __pa(t) | _PAGE_TABLE)
#define pud_populate(mm, e, t)		((e)->pud = __pa(t) | _PAGE_TABLE)
#define p4d_populate(mm, e, t)		((e)->p4d = __pa(t) | _PAGE_TABLE)
/* With 4-level paging pgd_populate() does nothing (p4d_populate() sets the PGD entry). */
#define pgd_populate(mm, e, t)		do { if (pgtable_l5_enabled()) (e)->pgd = __pa(t) | _PAGE_TABLE; } while (0)
#define pmd_populate_kernel_safe	pmd_populate_kernel
#define pud_populate_safe		pud_populate
#define p4d_populate_safe		p4d_populate
#define pgd_populate_safe		pgd_populate
#define sync_global_pgds(s, e)		do { } while (0)

/* Page-table pages: cleared in the mapped window. */
#define clear_page(p)		memset((p), 0, PAGE_SIZE)
void *alloc_low_pages(unsigned int num);
extern int after_bootmem;
#define alloc_low_page()	alloc_low_pages(1)
#define get_order(x)		0
#define __get_free_pages(g, o)	(abort(), 0UL)
#ifndef GFP_ATOMIC
#define GFP_ATOMIC		0
#endif
#ifndef __GFP_ZERO
#define __GFP_ZERO		0
#endif

/* update_page_count() (arch/x86/mm/pat/set_memory.c): direct_pages_count[level] += pages. */
enum pg_level { PG_LEVEL_NONE, PG_LEVEL_4K, PG_LEVEL_2M, PG_LEVEL_1G, PG_LEVEL_512G, PG_LEVEL_NUM };
extern unsigned long direct_pages_count[PG_LEVEL_NUM];
#define update_page_count(level, pages)	(direct_pages_count[level] += (pages))

#include "e820-types.h"
extern struct e820_table *e820_table, *e820_table_firmware;

#undef EXPORT_SYMBOL_GPL
#define EXPORT_SYMBOL_GPL(x)
#define EXPORT_SYMBOL_FOR_KVM(x)

/* e820__memblock_setup() */
typedef phys_addr_t resource_size_t;
#ifndef SZ_1M
#define SZ_1M			0x00100000
#endif

/* kernel/range.c */
struct range { u64 start; u64 end; };
#define sort(base, n, size, cmp, swap)	qsort((base), (n), (size), (cmp))

/* setup.c's brk. */
extern unsigned long _brk_start, _brk_end;
extern char *__brk_limit;
#undef __pa_symbol
#define __pa_symbol(x)		__pa(x)
#define RESERVE_BRK(name, size)

/* probe_page_size_mask() and init_mem_mapping()'s surroundings. */
#define X86_FEATURE_PSE		1
#define X86_FEATURE_PGE		2
#define X86_FEATURE_GBPAGES	3
#define X86_FEATURE_PTI		4
extern int harness_pse, harness_gbpages, harness_debug_pagealloc;
#define boot_cpu_has(f)		((f) == X86_FEATURE_PSE ? harness_pse : (f) == X86_FEATURE_GBPAGES ? harness_gbpages : (f) == X86_FEATURE_PGE)
#define cpu_feature_enabled(f)	boot_cpu_has(f)
#define debug_pagealloc_enabled()	(harness_debug_pagealloc)
#define early_param_on_off(on, off, var, cfg)	int var = 1
extern unsigned long mmu_cr4_features, __supported_pte_mask, __default_kernel_pte_mask;
extern unsigned long *trampoline_cr4_features;
#define X86_CR4_PSE		0x10
#define X86_CR4_PGE		0x80
#define cr4_set_bits(m)		do { } while (0)
#define pti_check_boottime_disable()	do { } while (0)
#define setup_pcid()		do { } while (0)
#define kaslr_memory_enabled()	0
#define init_trampoline_kaslr()	do { } while (0)
#define __PAGE_OFFSET		HARNESS_PAGE_OFFSET
extern pgd_t trampoline_pgd_entry;
extern unsigned long max_pfn, max_low_pfn, max_pfn_mapped, max_low_pfn_mapped;
extern char _end[];
#define load_cr3(p)		do { } while (0)
#define __flush_tlb_all()	do { } while (0)
struct harness_x86_init { struct { void (*init_mem_mapping)(void); } hyper; };
extern struct harness_x86_init x86_init;
#define early_memtest(s, e)	do { } while (0)

/* The memblock calls of the cut code, recorded (harness.c) and passed to memblock.c. */
phys_addr_t harness_phys_alloc_range(phys_addr_t size, phys_addr_t align, phys_addr_t start, phys_addr_t end);
phys_addr_t harness_find_in_range(phys_addr_t start, phys_addr_t end, phys_addr_t size, phys_addr_t align);
int harness_reserve(phys_addr_t base, phys_addr_t size);
#define memblock_phys_alloc_range	harness_phys_alloc_range
#define memblock_find_in_range		harness_find_in_range
#define memblock_reserve		harness_reserve

#endif
