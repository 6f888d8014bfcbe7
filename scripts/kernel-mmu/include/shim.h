/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * What arch/arm64/mm/mmu.c's mapping functions need from the kernel's headers, for
 * scripts/kernel-mmu/harness.c: page tables in ordinary memory (a table's "physical address"
 * is an offset into an arena), the pgtable accessors of arch/arm64/include/asm/pgtable.h with
 * the folding of asm-generic/pgtable-nop4d.h and pgtable-nopud.h, the descriptor bits of
 * pgtable-hwdef.h and pgtable-prot.h, and memblock's NOMAP flag over a small region array.
 * Written from those headers (the values that decide a mapping: shifts, CONT sizes, the type
 * and valid bits, PTE_CONT, the address field); attribute bits only need to be distinct.
 *
 * Build variants: -DPAGE_SHIFT=12|14|16 -DVA_BITS=48|52 -DKV=<version as 510, 601, 612, 702>,
 * with -DCONFIG_ARM64_CONT_PTE_SHIFT and -DCONFIG_ARM64_CONT_PMD_SHIFT from the tree's Kconfig,
 * and what the script greps from the tree's mmu.c: -DPGTABLE_ALLOC_TYPE or -DPGTABLE_ALLOC_LEVEL
 * (early_pgtable_alloc()'s parameter), -DMAP_MEM_VOID (map_mem(void), 7.2+), -DCRASH_MEM_MAP_FORCES
 * (5.11 – 5.18: crash_mem_map is only a reason for the global flags, which the case gives).
 */
#include "harness-common.h"

#define dsb(x) do { } while (0)
#define SZ_4K 0x1000UL
#define EINVAL 22
#define ENOMEM 12
#define INVALID_PHYS_ADDR (~(phys_addr_t)0)

#define IS_ENABLED(x) 0 /* only CONFIG_ZONE_DMA/DMA32 in map_mem() of 5.10: the crash region is NOMAP'd */
#define CONFIG_KEXEC_CORE 1
#define CONFIG_KFENCE 1
#define CONFIG_KFENCE_SAMPLE_INTERVAL 100
struct mutex { int x; };
#define mutex_lock(m) do { } while (0)
#define mutex_unlock(m) do { } while (0)
enum system_states { SYSTEM_BOOTING, SYSTEM_RUNNING };
static enum system_states system_state __maybe_unused = SYSTEM_BOOTING;
static struct mutex fixmap_lock __maybe_unused;

/* ---- geometry: asm/pgtable-hwdef.h, asm-generic/pgtable-nop4d.h, pgtable-nopud.h */
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#define PAGE_MASK (~(PAGE_SIZE - 1))
#define PAGE_ALIGN(x) (((x) + PAGE_SIZE - 1) & PAGE_MASK)
#define LEVELS ((VA_BITS - 4) / (PAGE_SHIFT - 3))
#define HW_SHIFT(n) ((PAGE_SHIFT - 3) * (4 - (n)) + 3)
#define PGDIR_SHIFT HW_SHIFT(4 - LEVELS)
#define P4D_SHIFT (LEVELS > 4 ? HW_SHIFT(0) : PGDIR_SHIFT)
#define PUD_SHIFT (LEVELS > 3 ? HW_SHIFT(1) : P4D_SHIFT)
#define PMD_SHIFT HW_SHIFT(2)
#define PGDIR_SIZE (1UL << PGDIR_SHIFT)
#define P4D_SIZE (1UL << P4D_SHIFT)
#define PUD_SIZE (1UL << PUD_SHIFT)
#define PMD_SIZE (1UL << PMD_SHIFT)
#define PGDIR_MASK (~(PGDIR_SIZE - 1))
#define P4D_MASK (~(P4D_SIZE - 1))
#define PUD_MASK (~(PUD_SIZE - 1))
#define PMD_MASK (~(PMD_SIZE - 1))
#define SECTION_MASK PMD_MASK
#define PTRS_PER_PTE (1 << (PAGE_SHIFT - 3))
#define PTRS_PER_PMD PTRS_PER_PTE
#define PTRS_PER_PUD (LEVELS > 3 ? PTRS_PER_PTE : 1)
#define PTRS_PER_P4D (LEVELS > 4 ? PTRS_PER_PTE : 1)
#define PTRS_PER_PGD (1 << (VA_BITS - PGDIR_SHIFT))
/* CONFIG_ARM64_CONT_PTE_SHIFT / CONFIG_ARM64_CONT_PMD_SHIFT: the tree's Kconfig defaults, from the script */
#if !defined(CONFIG_ARM64_CONT_PTE_SHIFT) || !defined(CONFIG_ARM64_CONT_PMD_SHIFT)
#error "-DCONFIG_ARM64_CONT_PTE_SHIFT and -DCONFIG_ARM64_CONT_PMD_SHIFT needed"
#endif
#define CONT_PTE_SHIFT (CONFIG_ARM64_CONT_PTE_SHIFT + PAGE_SHIFT)
#define CONT_PTES (1 << (CONT_PTE_SHIFT - PAGE_SHIFT))
#define CONT_PTE_SIZE (CONT_PTES * PAGE_SIZE)
#define CONT_PTE_MASK (~(CONT_PTE_SIZE - 1))
#define CONT_PMD_SHIFT (CONFIG_ARM64_CONT_PMD_SHIFT + PMD_SHIFT)
#define CONT_PMDS (1 << (CONT_PMD_SHIFT - PMD_SHIFT))
#define CONT_PMD_SIZE (CONT_PMDS * PMD_SIZE)
#define CONT_PMD_MASK (~(CONT_PMD_SIZE - 1))

/* include/linux/pgtable.h and asm/pgtable.h: the boundary form, safe against wrap */
#define ADDR_END(addr, end, size, mask) ({ unsigned long __b = ((addr) + (size)) & (mask); (__b - 1 < (end) - 1) ? __b : (end); })
#define pgd_addr_end(a, e) ADDR_END(a, e, PGDIR_SIZE, PGDIR_MASK)
#define p4d_addr_end(a, e) (LEVELS > 4 ? ADDR_END(a, e, P4D_SIZE, P4D_MASK) : (e))
#define pud_addr_end(a, e) (LEVELS > 3 ? ADDR_END(a, e, PUD_SIZE, PUD_MASK) : (e))
#define pmd_addr_end(a, e) ADDR_END(a, e, PMD_SIZE, PMD_MASK)
#define pte_cont_addr_end(a, e) ADDR_END(a, e, CONT_PTE_SIZE, CONT_PTE_MASK)
#define pmd_cont_addr_end(a, e) ADDR_END(a, e, CONT_PMD_SIZE, CONT_PMD_MASK)
#define pgd_index(a) (((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define p4d_index(a) (((a) >> P4D_SHIFT) & (PTRS_PER_P4D - 1))
#define pud_index(a) (((a) >> PUD_SHIFT) & (PTRS_PER_PUD - 1))
#define pmd_index(a) (((a) >> PMD_SHIFT) & (PTRS_PER_PMD - 1))
#define pte_index(a) (((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

/* ---- descriptors: asm/pgtable-hwdef.h, asm/pgtable-prot.h */
#define PTE_VALID BIT(0)
#define PTE_TYPE_MASK 3UL
#define PTE_TYPE_PAGE 3UL
#define PTE_TABLE_BIT BIT(1)
#define PMD_TYPE_MASK 3UL
#define PMD_TYPE_TABLE 3UL
#define PMD_TYPE_SECT 1UL
#define PMD_TABLE_BIT BIT(1)
#define PUD_TYPE_MASK 3UL
#define PUD_TYPE_TABLE 3UL
#define PUD_TYPE_SECT 1UL
#define PUD_TABLE_BIT BIT(1)
#define P4D_TYPE_TABLE 3UL
#define PGD_TYPE_TABLE 3UL
#define PTE_ATTRINDX(t) ((pteval_t)(t) << 2)
#define PTE_ATTRINDX_MASK (7UL << 2)
#define MT_NORMAL 0
#define MT_NORMAL_TAGGED 1
#define PTE_RDONLY BIT(7)
#define PTE_AF BIT(10)
#define PTE_NG BIT(11)
#define PTE_DBM BIT(51)
#define PTE_CONT BIT(52)
#define PTE_PXN BIT(53)
#define PTE_UXN BIT(54)
#define PTE_WRITE PTE_DBM
#define PTE_DIRTY BIT(55)
#define PTE_SWBITS_MASK GENMASK(58, 55)
#define PTE_TABLE_AF BIT(10)
#define PTE_TABLE_PXN BIT(59)
#define PTE_TABLE_UXN BIT(60)
#define PMD_TABLE_AF PTE_TABLE_AF
#define PMD_TABLE_PXN PTE_TABLE_PXN
#define PMD_TABLE_UXN PTE_TABLE_UXN
#define PUD_TABLE_AF PTE_TABLE_AF
#define PUD_TABLE_PXN PTE_TABLE_PXN
#define PUD_TABLE_UXN PTE_TABLE_UXN
#define P4D_TABLE_AF PTE_TABLE_AF
#define P4D_TABLE_PXN PTE_TABLE_PXN
#define P4D_TABLE_UXN PTE_TABLE_UXN
#define PGD_TABLE_AF PTE_TABLE_AF
#define PGD_TABLE_PXN PTE_TABLE_PXN
#define PGD_TABLE_UXN PTE_TABLE_UXN
#if VA_BITS == 52 && PAGE_SHIFT != 16
/* LPA2: OA[49:PAGE_SHIFT] in place, OA[51:50] in bits 9:8; no shareability bits */
#define PTE_SHARED 0UL
#define PTE_ADDR_LOW GENMASK(49, PAGE_SHIFT)
#define PTE_ADDR_HIGH GENMASK(9, 8)
#define PTE_ADDR_HIGH_SHIFT 42
#elif VA_BITS == 52
/* 64K LVA/LPA: OA[51:48] in bits 15:12 */
#define PTE_SHARED (3UL << 8)
#define PTE_ADDR_LOW GENMASK(47, PAGE_SHIFT)
#define PTE_ADDR_HIGH GENMASK(15, 12)
#define PTE_ADDR_HIGH_SHIFT 36
#else
#define PTE_SHARED (3UL << 8)
#define PTE_ADDR_LOW GENMASK(47, PAGE_SHIFT)
#define PTE_ADDR_HIGH 0UL
#define PTE_ADDR_HIGH_SHIFT 0
#endif
#define PTE_ADDR_MASK (PTE_ADDR_LOW | PTE_ADDR_HIGH)
static inline pteval_t __phys_to_pte_val(phys_addr_t p)
{
	return PTE_ADDR_HIGH ? ((p | (p >> PTE_ADDR_HIGH_SHIFT)) & PTE_ADDR_MASK) : (p & PTE_ADDR_MASK);
}
static inline phys_addr_t __pte_to_phys(pteval_t v)
{
	return PTE_ADDR_HIGH ? ((v & PTE_ADDR_LOW) | ((v & PTE_ADDR_HIGH) << PTE_ADDR_HIGH_SHIFT)) : (v & PTE_ADDR_LOW);
}

#define pgprot_val(p) ((p).pgprot)
#define __pgprot(v) ((pgprot_t){ (v) })
#define PAGE_KERNEL __pgprot(PTE_TYPE_PAGE | PTE_AF | PTE_SHARED | PTE_PXN | PTE_UXN | PTE_WRITE | PTE_DIRTY | PTE_ATTRINDX(MT_NORMAL))
#define pgprot_tagged(p) (p) /* no MTE: Normal, as PAGE_KERNEL (the Tagged type is a permission change anyway) */
#define PAGE_KERNEL_TAGGED PAGE_KERNEL /* 5.11's map_mem() (pgprot_tagged() from 5.13) */
#define pte_val(x) ((x).pte)
#define pmd_val(x) ((x).pmd)
#define pud_val(x) ((x).pud)
#define p4d_val(x) ((x).p4d)
#define pgd_val(x) ((x).pgd)
#define __pte(v) ((pte_t){ (v) })
#define __pmd(v) ((pmd_t){ (v) })
#define __pud(v) ((pud_t){ (v) })
#define __p4d(v) ((p4d_t){ (v) })
#define __pgd(v) ((pgd_t){ (v) })
#define pmd_pte(p) __pte(pmd_val(p))
#define __phys_to_pfn(p) ((p) >> PAGE_SHIFT)
#define pfn_pte(pfn, prot) __pte(__phys_to_pte_val((phys_addr_t)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pmd(pfn, prot) __pmd(__phys_to_pte_val((phys_addr_t)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pud(pfn, prot) __pud(__phys_to_pte_val((phys_addr_t)(pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pte_pfn(p) (__pte_to_phys(pte_val(p)) >> PAGE_SHIFT)
#define pte_valid(p) (!!(pte_val(p) & PTE_VALID))
#define pte_cont(p) (!!(pte_val(p) & PTE_CONT))
static inline pgprot_t mk_pmd_sect_prot(pgprot_t p) { return __pgprot((pgprot_val(p) & ~PMD_TYPE_MASK) | PMD_TYPE_SECT); }
static inline pgprot_t mk_pud_sect_prot(pgprot_t p) { return __pgprot((pgprot_val(p) & ~PUD_TYPE_MASK) | PUD_TYPE_SECT); }
#define pud_sect_supported() (PAGE_SIZE == SZ_4K)
int pmd_set_huge(pmd_t *pmdp, phys_addr_t phys, pgprot_t prot);
int pud_set_huge(pud_t *pudp, phys_addr_t phys, pgprot_t prot);

#define pmd_none(p) (!pmd_val(p))
#define pmd_table(p) ((pmd_val(p) & PMD_TYPE_MASK) == PMD_TYPE_TABLE)
#define pmd_sect(p) ((pmd_val(p) & PMD_TYPE_MASK) == PMD_TYPE_SECT)
#define pmd_leaf(p) ((pmd_val(p) & PTE_VALID) && !pmd_table(p))
#define pmd_bad(p) (!pmd_table(p))
#define pud_none(p) (!pud_val(p))
#define pud_table(p) ((pud_val(p) & PUD_TYPE_MASK) == PUD_TYPE_TABLE)
#define pud_sect(p) ((pud_val(p) & PUD_TYPE_MASK) == PUD_TYPE_SECT)
#define pud_leaf(p) ((pud_val(p) & PTE_VALID) && !pud_table(p))
#define pud_bad(p) (!pud_table(p))
#if LEVELS > 3
#define p4d_none(p) (!p4d_val(p))
#define p4d_bad(p) (!(p4d_val(p) & 2))
#else /* pgtable-nopud.h: the PUD is the P4D entry */
#define p4d_none(p) 0
#define p4d_bad(p) 0
#endif
#if LEVELS > 4
#define pgd_none(p) (!pgd_val(p))
#define pgd_bad(p) (!(pgd_val(p) & 2))
#else /* pgtable-nop4d.h */
#define pgd_none(p) 0
#define pgd_bad(p) 0
#endif

/* ---- table memory: a table's phys is ARENA_PA + n * PAGE_SIZE (never in the linear map's range) */
#define ARENA_PA (1UL << 46)
extern void *harness_table(phys_addr_t pa);
#define set_pte(p, v) (*(p) = (v))
#define __set_pte_nosync(p, v) (*(p) = (v))
#define __ptep_get(p) (*(p))
#define set_pmd(p, v) (*(p) = (v))
#define set_pud(p, v) (*(p) = (v))
#define __pmd_populate(p, pa, prot) set_pmd(p, __pmd(__phys_to_pte_val(pa) | (prot)))
#define __pud_populate(p, pa, prot) set_pud(p, __pud(__phys_to_pte_val(pa) | (prot)))
#define __p4d_populate(p, pa, prot) (*(p) = __p4d(__phys_to_pte_val(pa) | (prot)))
#define __pgd_populate(p, pa, prot) (*(p) = __pgd(__phys_to_pte_val(pa) | (prot)))
#define clear_page(t) memset((t), 0, PAGE_SIZE)
#define pte_set_fixmap(pa) ((pte_t *)harness_table(pa))
#define pmd_set_fixmap(pa) ((pmd_t *)harness_table(pa))
#define pud_set_fixmap(pa) ((pud_t *)harness_table(pa))
#define p4d_set_fixmap(pa) ((p4d_t *)harness_table(pa))
#define pte_set_fixmap_offset(pmdp, a) (pte_set_fixmap(__pte_to_phys(pmd_val(*(pmdp)))) + pte_index(a))
#define pmd_set_fixmap_offset(pudp, a) (pmd_set_fixmap(__pte_to_phys(pud_val(*(pudp)))) + pmd_index(a))
#if LEVELS > 3
#define pud_set_fixmap_offset(p4dp, a) (pud_set_fixmap(__pte_to_phys(p4d_val(*(p4dp)))) + pud_index(a))
#else
#define pud_set_fixmap_offset(p4dp, a) ((pud_t *)(p4dp))
#endif
#if LEVELS > 4
#define p4d_set_fixmap_offset(pgdp, a) (p4d_set_fixmap(__pte_to_phys(pgd_val(*(pgdp)))) + p4d_index(a))
#else
#define p4d_set_fixmap_offset(pgdp, a) ((p4d_t *)(pgdp))
#endif
#define p4d_offset(pgdp, a) p4d_set_fixmap_offset(pgdp, a)
#define pgd_offset_pgd(pgdir, a) ((pgdir) + pgd_index(a))
#define pte_clear_fixmap() do { } while (0)
#define pmd_clear_fixmap() do { } while (0)
#define pud_clear_fixmap() do { } while (0)
#define p4d_clear_fixmap() do { } while (0)

/* ---- the linear map: asm/memory.h */
extern u64 memstart_addr;
#define PHYS_OFFSET memstart_addr
#define _PAGE_OFFSET(va) (-(1UL << (va)))
#define _PAGE_END(va) (-(1UL << ((va) - 1)))
#define PAGE_OFFSET _PAGE_OFFSET(VA_BITS)
#define VA_BITS_MIN VA_BITS
#define __phys_to_virt(x) ((unsigned long)((x) - PHYS_OFFSET) | PAGE_OFFSET)
#define phys_to_virt(x) ((void *)__phys_to_virt(x))
extern pgd_t swapper_pg_dir[];
/* the kernel image symbols as physical addresses: __pa_symbol(_text) is sym__text */
extern phys_addr_t sym__text, sym__stext, sym___init_begin, sym___init_end, sym___bss_stop;
#define __pa_symbol(x) sym_##x

/* ---- what map_mem() asks of the boot: the case's flags, crash region and KFENCE pool */
extern bool rodata_full, harness_forced, harness_crash;
#define debug_pagealloc_enabled() false
#define can_set_direct_map() harness_forced
#define force_pte_mapping() harness_forced
#define defer_reserve_crashkernel() false
struct resource { phys_addr_t start, end; };
extern struct resource crashk_res;
#define resource_size(r) ((r)->end - (r)->start + 1)
extern unsigned long harness_kfence_objects;
#define KFENCE_POOL_SIZE ((harness_kfence_objects + 1) * 2 * PAGE_SIZE)
extern bool kfence_early_init;
extern char *__kfence_pool;

/*
 * What the page-table allocator is told (the script greps early_pgtable_alloc()'s parameter):
 * ≤6.16 the shift of the level (int), 6.17 – 7.1 asm/mmu.h's enum pgtable_type, 7.2+
 * linux/pgtable.h's enum pgtable_level.
 */
#if defined(PGTABLE_ALLOC_LEVEL)
enum pgtable_level { PGTABLE_LEVEL_PTE = 0, PGTABLE_LEVEL_PMD, PGTABLE_LEVEL_PUD, PGTABLE_LEVEL_P4D, PGTABLE_LEVEL_PGD };
#define PGTABLE_ALLOC_ARG enum pgtable_level
#define PGTABLE_ALLOC_K(l) ((l) == PGTABLE_LEVEL_PTE ? 3 : (l) == PGTABLE_LEVEL_PMD ? 2 : (l) == PGTABLE_LEVEL_PUD ? 1 : 0)
#elif defined(PGTABLE_ALLOC_TYPE)
enum pgtable_type { TABLE_PTE, TABLE_PMD, TABLE_PUD, TABLE_P4D };
#define PGTABLE_ALLOC_ARG enum pgtable_type
#define PGTABLE_ALLOC_K(l) ((l) == TABLE_PTE ? 3 : (l) == TABLE_PMD ? 2 : (l) == TABLE_PUD ? 1 : 0)
#else
#define PGTABLE_ALLOC_ARG int
#define PGTABLE_ALLOC_K(l) ((l) == PAGE_SHIFT ? 3 : (l) == PMD_SHIFT ? 2 : (l) == PUD_SHIFT ? 1 : 0)
#endif
extern phys_addr_t early_pgtable_alloc(PGTABLE_ALLOC_ARG level);
