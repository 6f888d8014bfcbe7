/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Shim for ../harness.c's /reserved-memory cases (HARNESS_DT): the flattened device tree is
 * no libfdt blob but a table (struct harness_node, filled from the case line): node offset 0
 * is /reserved-memory (#address-cells = #size-cells = 2 as the root's, an empty "ranges"),
 * offsets 1.. its children in DT order, each available. of_get_flat_dt_prop(),
 * of_flat_dt_is_compatible(), fdt_path_offset(), fdt_first_subnode()/fdt_next_subnode(),
 * fdt_get_name(), of_fdt_device_is_available(), fdt_get_mem_rsv() and (up to 5.15) fdt_next_node()
 * read that table (properties as big-endian cells, as in a blob); dt_mem_next_cell() is the tree's own
 * (drivers/of/fdt.c). __reservedmem_of_table is the two entries Debian's arm64 kernels link
 * for "shared-dma-pool", in link order (kernel/dma/Makefile: contiguous.o before coherent.o):
 * rmem_cma_setup() then rmem_dma_setup() (7.1+: their ops, with rmem_cma_validate() and
 * rmem_cma_fixup()), all the tree's own; the sentinel is the end of that array. sort() is the tree's lib/sort.c, built apart as
 * scripts/kernel-sort-fixture.sh builds it.
 */
#ifndef _KERNEL_RESMEM_DT_H
#define _KERNEL_RESMEM_DT_H

#include <arpa/inet.h>

typedef uint32_t __be32;
#define be32_to_cpup(p)		ntohl(*(p))
#define __refdata
#undef __used
#define __used
#define SIZE_MAX_ARRAY		((size_t)-1)
#ifndef array_size
#define array_size(a, b)	((size_t)(a) * (size_t)(b))
#endif
#define MAX_RESERVED_REGIONS	64
#define SZ_1K_			1024

struct device;
/* include/linux/of_reserved_mem.h: its size is what alloc_reserved_mem_array() allocates. */
struct reserved_mem {
	const char *name;
#if KV < 701
	unsigned long fdt_node;
#endif
#if KV < 612	/* 5.10 – 6.11 */
	unsigned long phandle;
#endif
	const struct reserved_mem_ops *ops;
	phys_addr_t base;
	phys_addr_t size;
	void *priv;
};
/* 7.1+'s ops (6.12 only points at its rmem_*_ops, so the same struct serves). */
struct reserved_mem_ops {
	int (*node_validate)(unsigned long fdt_node, phys_addr_t *align);
	int (*node_fixup)(unsigned long fdt_node, phys_addr_t base, phys_addr_t size);
	int (*node_init)(unsigned long fdt_node, struct reserved_mem *rmem);
};
typedef int (*reservedmem_of_init_fn)(struct reserved_mem *rmem);
struct of_device_id { const char *compatible; const void *data; };

#define HARNESS_MAX_PROPS	12
struct harness_prop { const char *name; __be32 cells[32]; int len; };
struct harness_node { char name[32]; const char *compat; int nprops; struct harness_prop props[HARNESS_MAX_PROPS]; };
extern struct harness_node harness_nodes[MAX_RESERVED_REGIONS * 2 + 2];
extern int harness_nnodes, harness_has_rmem;
extern phys_addr_t harness_memrsv[16][2];
extern void *initial_boot_params;
#define dt_root_addr_cells	2
#define dt_root_size_cells	2

u64 dt_mem_next_cell(int s, const __be32 **cellp);
void of_flat_dt_read_addr_size(const __be32 *prop, int entry_index, u64 *addr, u64 *size);
const void *of_get_flat_dt_prop(unsigned long node, const char *name, int *size);
int of_flat_dt_is_compatible(unsigned long node, const char *compat);
#define fdt_path_offset(fdt, path)	(harness_has_rmem ? 0 : -1)
/*
 * 5.10 – 5.15's of_scan_flat_dt() walks the whole tree: the root (HARNESS_ROOT, depth 0, named ""),
 * then /reserved-memory (depth 1) when there is one, then its children (depth 2).
 */
#define HARNESS_ROOT			(MAX_RESERVED_REGIONS * 2 + 1)
static inline int fdt_next_node(const void *fdt, int offset, int *depth)
{
	if (offset < 0)
		return *depth = 0, HARNESS_ROOT;
	if (offset == HARNESS_ROOT)
		return harness_has_rmem ? (*depth = 1, 0) : -1;
	return offset + 1 < harness_nnodes ? (*depth = 2, offset + 1) : -1;
}
#define fdt_first_subnode(fdt, n)	(harness_nnodes > 1 ? 1 : -1)
#define fdt_next_subnode(fdt, n)	((n) + 1 < harness_nnodes ? (n) + 1 : -1)
#define fdt_for_each_subnode(c, fdt, n)	for (c = ((void)(fdt), fdt_first_subnode(fdt, n)); c >= 0; c = fdt_next_subnode(fdt, c))
#define fdt_get_name(fdt, n, l)		((const char *)harness_nodes[n].name)
#define of_fdt_device_is_available(fdt, n)	true
static inline int fdt_get_mem_rsv(const void *fdt, int n, u64 *base, u64 *size)
{
	*base = harness_memrsv[n][0];
	*size = harness_memrsv[n][1];
	return 0;
}
#define fdt_reserve_elfcorehdr()	do { } while (0)

static inline u64 of_read_number(const __be32 *cell, int size)
{
	u64 r = 0;

	for (; size--; cell++)
		r = (r << 32) | be32_to_cpup(cell);
	return r;
}

typedef int (*cmp_func_t)(const void *a, const void *b);
typedef void (*swap_func_t)(void *a, void *b, int size);
void sort(void *base, size_t num, size_t size, cmp_func_t cmp_func, swap_func_t swap_func);

/*
 * ../kernel-resmem-fixture.sh drops the cut code's declarations of __reservedmem_of_table and
 * its sentinel; harness.c defines the table, and the sentinel is its end. Up to 6.x the
 * entries hold the init functions, from 7.1 their reserved_mem_ops (harness_cma_ops and
 * harness_dma_ops, with the tree's functions).
 */
#if KV >= 701
static int rmem_cma_setup(unsigned long node, struct reserved_mem *rmem);
static int rmem_dma_setup(unsigned long node, struct reserved_mem *rmem);
#else
static int rmem_cma_setup(struct reserved_mem *rmem);
static int rmem_dma_setup(struct reserved_mem *rmem);
static const struct reserved_mem_ops rmem_cma_ops, rmem_dma_ops;
#endif
#define __rmem_of_table_sentinel	__reservedmem_of_table[2]

#endif
