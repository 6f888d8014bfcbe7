#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-mmu.json.gz: the arm64 linear map map_mem() builds for a
# fixed set of boots, from the kernel's own arch/arm64/mm/mmu.c.
#   scripts/kernel-mmu-fixture.sh TREE...
# The committed fixture is of the eighteen trees of kernel-memblock-fixture.sh, in the same
# order (Debian 5.10.223, 6.1.192, 6.12.117, 7.2.13 and upstream 5.11, 5.13, 5.14, 5.15,
# 5.17, 5.19, 6.0, 6.2, 6.5, 6.8, 6.11, 6.14, 6.17, 7.0; no MEMBLOCK_TOOLS_* needed: nothing of
# tools/ is built). What differs between the trees is grepped from each one's mmu.c:
# early_pgtable_alloc()'s parameter (the level's shift ≤6.16, enum pgtable_type 6.17 – 7.1,
# enum pgtable_level 7.2+), map_mem(void) (7.2+), and a map_mem() where crash_mem_map only
# forces the global flags (5.11 – 5.17: the case's FORCED gives them, the crash region is not
# mapped alone); 5.11's PAGE_KERNEL_TAGGED is in include/shim.h.
# Needs gcc (with libasan and libubsan), awk and node. From each tree's mmu.c, awk cuts
# map_mem(), the KFENCE pool helpers it calls, __map_memblock(), the __create_pgd_mapping()
# chain down to init_pte(), pgattr_change_is_safe(), p[mu]d_set_huge() and the NO_*_MAPPINGS
# flags (nothing of the kernel is committed); scripts/kernel-mmu/harness.c compiles them
# against include/shim.h once per granule and VA size (4K, 16K, 64K with 48 bits; 64K with
# 52 bits, LVA; 4K and 16K with 52 bits, LPA2, in the trees that have it: 6.12 and 7.2),
# under AddressSanitizer and UBSan, and prints the tables the map took, its runs, and the
# BUG_ON()s, WARN_ON()s and blocks p[mu]d_set_huge() refused on the way.
# The cases come from scripts/kernel-mmu/cases.mjs; KERNEL_MMU_CASES (per variant, default
# 60) and KERNEL_MMU_SEED draw others (a longer search; the test expects the default);
# KEEP=1 leaves the build directory (printed) in place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
. "$here/kernel-mmu/lib.sh"
variants="12:48 14:48 16:48 16:52 12:52 14:52"
node "$here/kernel-mmu/cases.mjs" "$(echo $variants | tr ' ' ,)" "${KERNEL_MMU_CASES:-60}" "${KERNEL_MMU_SEED:-1835890993}" > "$tmp/cases.txt"

fns="pgattr_change_is_safe init_clear_pgtable init_pte pte_range_has_valid_noncont alloc_init_cont_pte init_pmd
pmd_range_has_valid_noncont alloc_init_cont_pmd use_1G_block alloc_init_pud alloc_init_p4d __create_pgd_mapping_locked
__create_pgd_mapping early_create_pgd_mapping __map_memblock arm64_kfence_alloc_pool arm64_kfence_map_pool map_mem
pud_set_huge pmd_set_huge"

# The default of a CONFIG_ARM64_CONT_P?D_SHIFT in the tree's arch/arm64/Kconfig for a page
# shift (12, 14, 16): the line "default N if ...16K..." / "...64K...", else the plain one.
kdefault() {
  awk -v cfg="$2" -v g="$3" '
    $1 == "config" { c = ($2 == cfg) ; next }
    c && $1 == "default" {
      if ($3 == "if") { if ((g == 14 && $4 ~ /16K/) || (g == 16 && $4 ~ /64K/)) { print $2; exit } }
      else { print $2; exit }
    }' "$1/arch/arm64/Kconfig"
}

versions=
for t in "$@"; do
  ktree "$t"
  mkdir -p "$b"
  # The NO_*_MAPPINGS flags, then each function's definition (the first one: the KFENCE
  # helpers have stubs further down): from its header line to the next "}" in column 0.
  cut_fns "$tree/arch/arm64/mm/mmu.c" "$fns" '^#define NO_(BLOCK|CONT|EXEC)_MAPPINGS' "map_mem init_pte" > "$b/mmu-cut.c"
  grep -q '^#define NO_EXEC_MAPPINGS' "$b/mmu-cut.c" || sed -i '1i #define NO_EXEC_MAPPINGS 0 /* not in this tree */' "$b/mmu-cut.c"
  # p[mu]d_set_huge() renamed: harness.c wraps them to count the blocks they refuse.
  sed -i -E 's/^int (pmd|pud)_set_huge\(/static int cut_\1_set_huge(/' "$b/mmu-cut.c"
  [ "$(grep -c '^static int cut_p[mu]d_set_huge(' "$b/mmu-cut.c")" = 2 ] || { echo "$v: p[mu]d_set_huge() not found" >&2; exit 1; }
  # What the harness adapts to (shim.h): early_pgtable_alloc()'s parameter, map_mem()'s, and a
  # map_mem() whose crash_mem_map only forces the global flags (5.11 – 5.18: no crashk_res).
  hflags=
  if grep -q '^static phys_addr_t __init early_pgtable_alloc(enum pgtable_type' "$tree/arch/arm64/mm/mmu.c"; then hflags=-DPGTABLE_ALLOC_TYPE
  elif grep -q '^static phys_addr_t __init early_pgtable_alloc(enum pgtable_level' "$tree/arch/arm64/mm/mmu.c"; then hflags=-DPGTABLE_ALLOC_LEVEL; fi
  grep -q '^static void __init map_mem(void)' "$b/mmu-cut.c" && hflags="$hflags -DMAP_MEM_VOID"
  awk '/^static void __init map_mem\(/,/^}/' "$b/mmu-cut.c" > "$b/map_mem.c"
  if grep -q crash_mem_map "$b/map_mem.c" && ! grep -q crashk_res "$b/map_mem.c"; then hflags="$hflags -DCRASH_MEM_MAP_FORCES"; fi
  : > "$tmp/out-$v.txt"
  for var in $variants; do
    shift=${var%:*}
    va=${var#*:}
    # LPA2 (52-bit VA with 4K and 16K pages) came in 6.9.
    if [ "$va" = 52 ] && [ "$shift" != 16 ] && [ "$n" -lt 609 ]; then continue; fi
    cpte=$(kdefault "$tree" ARM64_CONT_PTE_SHIFT "$shift")
    cpmd=$(kdefault "$tree" ARM64_CONT_PMD_SHIFT "$shift")
    [ -n "$cpte" ] && [ -n "$cpmd" ] || { echo "$v: no ARM64_CONT_P?D_SHIFT default for PAGE_SHIFT $shift" >&2; exit 1; }
    gcc $HARNESS_CFLAGS \
      -DKV="$n" $hflags -DPAGE_SHIFT="$shift" -DVA_BITS="$va" -DMMU_C="\"$b/mmu-cut.c\"" \
      -DCONFIG_ARM64_CONT_PTE_SHIFT="$cpte" -DCONFIG_ARM64_CONT_PMD_SHIFT="$cpmd" \
      -I"$here/kernel-mmu/include" -o "$b/harness-$var" "$here/kernel-mmu/harness.c"
    grep "^$shift $va " "$tmp/cases.txt" | cut -d' ' -f3- > "$b/in-$var.txt"
    run_harness "$b/harness-$var" "$b/in-$var.txt" "$b/out-$var.txt"
    paste -d' ' "$b/in-$var.txt" "$b/out-$var.txt" | sed "s/^/$shift $va /" >> "$tmp/out-$v.txt"
  done
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-mmu/assemble.mjs" "$tmp" "$root/test/fixtures/kernel-mmu.json.gz" $versions
echo "wrote $root/test/fixtures/kernel-mmu.json.gz"
