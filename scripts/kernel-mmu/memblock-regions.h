/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * memblock.memory for the harnesses (kernel-mmu: harness.c, riscv-harness.c): regions with
 * MEMBLOCK_NOMAP, split and merged as mm/memblock.c's memblock_setclr_flag() leaves them, and
 * for_each_mem_range() over them; the case's regions, read from its line (read_regions())
 * and given back before each run (reset_regions()). Included once, after the shim.
 */
/* ---- memblock.memory: regions with MEMBLOCK_NOMAP, as mm/memblock.c keeps them */
#define MAX_REGIONS 256
static struct { phys_addr_t base, size; int nomap; } rgn[MAX_REGIONS];
static int nrgn;

/* memblock_isolate_range(): split the regions straddling base or base + size */
static void isolate(phys_addr_t base, phys_addr_t end)
{
	for (int i = 0; i < nrgn; i++) {
		phys_addr_t rb = rgn[i].base, re = rb + rgn[i].size, at = 0;

		if (rb < base && base < re)
			at = base;
		else if (rb < end && end < re)
			at = end;
		if (!at)
			continue;
		if (nrgn == MAX_REGIONS) {
			fprintf(stderr, "too many regions\n");
			exit(2);
		}
		memmove(&rgn[i + 1], &rgn[i], (nrgn - i) * sizeof(rgn[0]));
		nrgn++;
		rgn[i].size = at - rb;
		rgn[i + 1].base = at;
		rgn[i + 1].size = re - at;
		i--; /* the first half may straddle the other end */
	}
}

/* memblock_merge_regions(): touching neighbours with equal flags become one */
static void merge(void)
{
	for (int i = 0; i + 1 < nrgn;) {
		if (rgn[i].base + rgn[i].size == rgn[i + 1].base && rgn[i].nomap == rgn[i + 1].nomap) {
			rgn[i].size += rgn[i + 1].size;
			memmove(&rgn[i + 1], &rgn[i + 2], (nrgn - i - 2) * sizeof(rgn[0]));
			nrgn--;
		} else {
			i++;
		}
	}
}

/* memblock_setclr_flag(&memblock.memory, base, size, set, MEMBLOCK_NOMAP) */
static int setclr_nomap(phys_addr_t base, phys_addr_t size, int set)
{
	phys_addr_t end = base + size;

	isolate(base, end);
	for (int i = 0; i < nrgn; i++)
		if (rgn[i].base >= base && rgn[i].base + rgn[i].size <= end)
			rgn[i].nomap = set;
	merge();
	return 0;
}

/* The case's memblock.memory, read once per line and given back to each run of the line. */
static struct { phys_addr_t base, size; int nomap; } in_rgn[MAX_REGIONS];
static int in_nrgn;

/* N "BASE SIZE NOMAP" triples (hex) from *p into in_rgn; -1 (after a message) where LINE has fewer. */
static int read_regions(char **p, unsigned long n, const char *line)
{
	int used;

	in_nrgn = 0;
	for (unsigned long k = 0; k < n; k++) {
		unsigned long b, s, nm;

		if (sscanf(*p, "%lx %lx %lx%n", &b, &s, &nm, &used) != 3) {
			fprintf(stderr, "bad region: %s", line);
			return -1;
		}
		*p += used;
		in_rgn[in_nrgn].base = b;
		in_rgn[in_nrgn].size = s;
		in_rgn[in_nrgn++].nomap = (int)nm;
	}
	return 0;
}

/* memblock.memory as the case gave it, before a run */
static void reset_regions(void)
{
	memcpy(rgn, in_rgn, sizeof(rgn));
	nrgn = in_nrgn;
}

int memblock_mark_nomap(phys_addr_t base, phys_addr_t size) { return setclr_nomap(base, size, 1); }
int memblock_clear_nomap(phys_addr_t base, phys_addr_t size) { return setclr_nomap(base, size, 0); }

/* for_each_mem_range(): __next_mem_range() over memblock.memory alone, NOMAP regions skipped */
bool harness_next_mem_range(u64 *i, phys_addr_t *s, phys_addr_t *e)
{
	for (; *i < (u64)nrgn; (*i)++) {
		if (rgn[*i].nomap)
			continue;
		*s = rgn[*i].base;
		*e = rgn[*i].base + rgn[*i].size;
		(*i)++;
		return true;
	}
	return false;
}

