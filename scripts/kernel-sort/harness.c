// SPDX-License-Identifier: GPL-2.0-only
/*
 * Runs the kernel's own lib/sort.c on struct reserved_mem-sized records compared as
 * __rmem_cmp() of 5.10/6.1 compares them (base, then size), and prints the permutation.
 * Input, per line: n, then n pairs "base size" in hex. Output: the original indices in
 * sorted order. Built by ../kernel-sort-fixture.sh against a kernel source tree.
 */
#include <stdio.h>
#include <linux/sort.h>

/* struct reserved_mem of 5.10/6.1 on LP64: the same size, so the same swap function. */
struct rmem {
	const char *name;
	unsigned long fdt_node;
	unsigned long phandle;
	const void *ops;
	u64 base;
	u64 size;
	void *priv;
	int index;
};

static int rmem_cmp(const void *a, const void *b)
{
	const struct rmem *ra = a, *rb = b;

	if (ra->base != rb->base)
		return ra->base < rb->base ? -1 : 1;
	if (ra->size != rb->size)
		return ra->size < rb->size ? -1 : 1;
	return 0;
}

int main(void)
{
	static struct rmem r[64];
	int n;

	while (scanf("%d", &n) == 1 && n <= 64) {
		for (int i = 0; i < n; i++) {
			unsigned long long b, s;

			if (scanf("%llx %llx", &b, &s) != 2)
				return 1;
			r[i].base = b;
			r[i].size = s;
			r[i].index = i;
		}
		sort(r, n, sizeof(r[0]), rmem_cmp, NULL);
		for (int i = 0; i < n; i++)
			printf(i ? " %d" : "%d", r[i].index);
		printf("\n");
	}
	return 0;
}
