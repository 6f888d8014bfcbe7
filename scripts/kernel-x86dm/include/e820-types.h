/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The e820 table's types as arch/x86/include/asm/e820/types.h declares them, for the x86dm
 * and e820 harnesses' shims (included after u64 and __u32 are defined).
 */
#ifndef HARNESS_E820_TYPES_H
#define HARNESS_E820_TYPES_H
/* e820 (arch/x86/include/asm/e820/types.h). */
enum e820_type {
	E820_TYPE_RAM = 1, E820_TYPE_RESERVED = 2, E820_TYPE_ACPI = 3, E820_TYPE_NVS = 4,
	E820_TYPE_UNUSABLE = 5, E820_TYPE_PMEM = 7, E820_TYPE_PRAM = 12,
	E820_TYPE_SOFT_RESERVED = 0xefffffff, E820_TYPE_RESERVED_KERN = 128,
};
#define E820_MAX_ENTRIES	(128 + 3 * 1024)
struct e820_entry { u64 addr; u64 size; enum e820_type type; } __attribute__((packed));
struct e820_table { __u32 nr_entries; struct e820_entry entries[E820_MAX_ENTRIES]; };
#endif
