/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for ../harness.c: what the pieces cut from arch/x86/kernel/e820.c and
 * arch/x86/kernel/setup.c need of the kernel's headers, for x86_64 with 4 KiB pages. Included
 * after the tree's mm/memblock.c (tools/testing/memblock's headers).
 *   - printk() and the pr_*() on it go to the harness's log (harness_printk(): the KERN_ level
 *     byte, KERN_CONT continuing the line before), as the console would show them;
 *   - panic() and BUG_ON() end the case's process (harness.c's FORK_CASE prints "abort");
 *   - MAX_ARCH_PFN is MAXMEM >> PAGE_SHIFT with MAX_PHYSMEM_BITS 52 under 5-level paging and
 *     46 under 4-level (arch/x86/include/asm/sparsemem.h, pgtable_l5_enabled() per case);
 *   - memparse() and simple_strtoull() are the tree's lib/cmdline.c and lib/kstrtox.c, as
 *     ../../kernel-crashkernel/build.sh cuts and builds them (linked: parse.o);
 *   - the e820 types are arch/x86/include/asm/e820/types.h's values; E820_MAX_ENTRIES is
 *     E820_MAX_ENTRIES_ZEROPAGE + 3 * MAX_NUMNODES with CONFIG_NODES_SHIFT 10.
 */
#ifndef _KERNEL_E820_SHIM_H
#define _KERNEL_E820_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef __initdata
#define __initdata
#endif
#ifndef __init
#define __init
#endif
#define __refdata

#define CONFIG_X86_64 1
#define CONFIG_MEMORY_HOTPLUG 1

void harness_printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
#undef KERN_SOH
#undef KERN_DEBUG
#undef KERN_INFO
#undef KERN_WARNING
#undef KERN_ERR
#undef KERN_CONT
#define KERN_SOH		"\001"
#define KERN_ERR		KERN_SOH "3"
#define KERN_WARNING		KERN_SOH "4"
#define KERN_INFO		KERN_SOH "6"
#define KERN_DEBUG		KERN_SOH "7"
#define KERN_CONT		KERN_SOH "c"
#define FW_BUG			"[Firmware Bug]: "
#undef printk
#undef pr_err
#undef pr_warn
#undef pr_info
#undef pr_cont
#undef pr_debug
#define printk(fmt, ...)	harness_printk(fmt, ##__VA_ARGS__)
#define pr_err(fmt, ...)	printk(KERN_ERR fmt, ##__VA_ARGS__)
#define pr_warn(fmt, ...)	printk(KERN_WARNING fmt, ##__VA_ARGS__)
#define pr_info(fmt, ...)	printk(KERN_INFO fmt, ##__VA_ARGS__)
#define pr_cont(fmt, ...)	printk(KERN_CONT fmt, ##__VA_ARGS__)
#define pr_debug(fmt, ...)	printk(KERN_DEBUG fmt, ##__VA_ARGS__)
#define early_printk(...)	do { } while (0)

/* The kernel's panic()s and BUG()s end the case's process (harness.c prints "abort"). */
#define panic(...)		harness_panic(__VA_ARGS__)
void harness_panic(const char *fmt, ...) __attribute__((noreturn));
#undef BUG_ON
#define BUG_ON(c)		do { if (c) { printk(KERN_ERR "BUG_ON(%s)", #c); harness_flush(); abort(); } } while (0)
void harness_flush(void);

#undef PAGE_SIZE
#undef PAGE_SHIFT
#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#ifndef PFN_PHYS
#define PFN_PHYS(x)		((phys_addr_t)(x) << PAGE_SHIFT)
#endif
#define ISA_END_ADDRESS		0x100000
#define BIOS_BEGIN		0x000a0000
#define BIOS_END		0x00100000
#ifndef SZ_1M
#define SZ_1M			0x00100000
#endif
#ifndef ULLONG_MAX
#define ULLONG_MAX		(~0ULL)
#endif

extern int harness_l5;
#define MAX_PHYSMEM_BITS	(harness_l5 ? 52 : 46)
#define MAX_ARCH_PFN		((1UL << MAX_PHYSMEM_BITS) >> PAGE_SHIFT)

unsigned long long memparse(const char *ptr, char **retptr);
unsigned long long harness_simple_strtoull(const char *cp, char **endp, unsigned int base);
#define simple_strtoull		harness_simple_strtoull

#include "../../kernel-x86dm/include/e820-types.h"
extern struct e820_table *e820_table, *e820_table_kexec, *e820_table_firmware;

#undef EXPORT_SYMBOL
#undef EXPORT_SYMBOL_GPL
#define EXPORT_SYMBOL(x)
#define EXPORT_SYMBOL_GPL(x)
#define EXPORT_SYMBOL_FOR_KVM(x)
#undef early_param
#define early_param(name, fn)
#define sort(base, num, size, cmp, swap)	qsort(base, num, size, cmp)

/* e820__memblock_setup(), parse_memopt(), e820_add_kernel_range() */
typedef phys_addr_t resource_size_t;
#define movable_node_is_enabled()	0
extern u64 max_mem_size;
extern char _text[], _end[];
extern unsigned long harness_text, harness_end;
#undef __pa_symbol
#define __pa_symbol(x)		((void *)(x) == (void *)_text ? harness_text : harness_end)

#endif
