#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-riscv-mmu.json.gz: the riscv64 linear map setup_vm_final()
# builds for a fixed set of boots, from the kernel's own arch/riscv/mm/init.c.
#   scripts/kernel-riscv-mmu-fixture.sh TREE...
# The committed fixture is of sixteen trees, in version order: upstream 5.13, 5.14, 5.15, 5.17,
# 5.19, 6.0, Debian 6.1.192, upstream 6.2, 6.5, 6.8, 6.11, Debian 6.12.117, upstream 6.14, 6.17,
# 7.0 and Debian 7.2.13 (no MEMBLOCK_TOOLS_* needed). 5.17 – 5.18 have no Sv57 (no
# create_p4d_mapping(), grepped): built with HARNESS_NO_P4D and run on the Sv39 and Sv48 cases
# only. ≤5.15 are Sv39 only (no create_pud_mapping(), grepped): built with HARNESS_NO_PUD too,
# run on the Sv39 cases only, their PAGE_OFFSET the Kconfig's, setup_vm_final()'s own pt_ops
# assignments dropped; 5.13 (no memory_limit stop, grepped) without the cases whose memory
# reaches past -PAGE_OFFSET above its start (2 of the 98 Sv39 ones).
# Needs gcc (with libasan and libubsan), awk and node. From each tree's init.c, awk
# (kernel-mmu/lib.sh, shared with kernel-mmu-fixture.sh) cuts setup_vm_final() (≤6.3 its own
# loop over memblock; 6.4+ create_linear_mapping_page_table(), create_linear_mapping_range()),
# best_map_size(), the create_pgd_mapping() chain down to create_pte_mapping() and the
# alloc_*_fixmap()/get_*_virt_fixmap() table allocators, with the pgd_next macros that pick the
# level under the PGD by mode (nothing of the kernel is committed);
# scripts/kernel-mmu/riscv-harness.c compiles them against include/riscv-shim.h (one build per
# tree with CONFIG_KFENCE and one without; the paging mode is chosen per case at run time, as
# set_satp_mode() does), under AddressSanitizer and UBSan, and prints the tables the linear
# map took per level and its runs of each leaf size.
# The cases come from scripts/kernel-mmu/riscv-cases.mjs; KERNEL_RISCV_MMU_CASES (default 300)
# and KERNEL_RISCV_MMU_SEED draw others (a longer search; the test expects the default);
# KEEP=1 leaves the build directory (printed) in place; KERNEL_RISCV_MMU_OUT writes elsewhere.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
. "$here/kernel-mmu/lib.sh"
out=${KERNEL_RISCV_MMU_OUT:-$root/test/fixtures/kernel-riscv-mmu.json.gz}
node "$here/kernel-mmu/riscv-cases.mjs" "${KERNEL_RISCV_MMU_CASES:-300}" "${KERNEL_RISCV_MMU_SEED:-1920363885}" > "$tmp/cases.txt"

fns="get_pte_virt_fixmap alloc_pte_fixmap create_pte_mapping get_pmd_virt_fixmap alloc_pmd_fixmap create_pmd_mapping
get_pud_virt_fixmap alloc_pud_fixmap get_p4d_virt_fixmap alloc_p4d_fixmap create_pud_mapping create_p4d_mapping
create_pgd_mapping best_map_size create_linear_mapping_range create_linear_mapping_page_table setup_vm_final"
required="create_pte_mapping create_pmd_mapping create_pud_mapping create_p4d_mapping create_pgd_mapping best_map_size setup_vm_final
alloc_pte_fixmap alloc_pmd_fixmap alloc_pud_fixmap alloc_p4d_fixmap"

versions=
for t in "$@"; do
  ktree "$t"
  mkdir -p "$b"
  # 5.17 – 5.18 have Sv48 but no Sv57 (no P4D level): built without it, run on the 3- and
  # 4-level cases only.
  # ≤5.15 are Sv39 only (no create_pud_mapping(): the PGD's next level is the PMD, SATP_MODE
  # is SATP_MODE_39): built with HARNESS_NO_PUD, run on the 3-level cases only.
  req=$required levels=5 hflags=
  if ! grep -Eq '^static void __(mem)?init create_pud_mapping\(' "$tree/arch/riscv/mm/init.c"; then
    req=$(echo $required | sed 's/create_p4d_mapping//; s/alloc_p4d_fixmap//; s/create_pud_mapping//; s/alloc_pud_fixmap//') levels=3 hflags="-DHARNESS_NO_P4D -DHARNESS_NO_PUD"
  elif ! grep -Eq '^static void __(mem)?init create_p4d_mapping\(' "$tree/arch/riscv/mm/init.c"; then
    req=$(echo $required | sed 's/create_p4d_mapping//; s/alloc_p4d_fixmap//') levels=4 hflags=-DHARNESS_NO_P4D
  fi
  # 5.13's loop has no memory_limit stop (setup_vm_final(): arch/riscv/mm/init.c@v5.13:686-706;
  # setup_bootmem() caps the total size at -PAGE_OFFSET instead, v5.13:134): a boot whose memory
  # reaches past -PAGE_OFFSET (128 GiB) above its start would wrap __va() round to 0 there, which
  # setup_bootmem() does not model here; such cases are not given to it.
  # (Only the Sv39-only trees: 6.10.4+ drop the stop too, but cap RAM in setup_bootmem(), and
  # their PAGE_OFFSET leaves room for every case.)
  span=
  [ "$levels" != 3 ] || grep -q '__pa(PAGE_OFFSET) + memory_limit' "$tree/arch/riscv/mm/init.c" || span=$((128 << 30))
  cut_fns "$tree/arch/riscv/mm/init.c" "$fns" '^#define (pgd_next_t|alloc_pgd_next|get_pgd_next_virt|create_pgd_next_mapping)[ (\t]' "$req" > "$b/init-cut.c"
  # ≤5.15's setup_vm_final() sets pt_ops to the *_fixmap() allocators first and to the *_late()
  # ones last (5.17+: pt_ops_set_fixmap() in setup_vm(), pt_ops_set_late()): those eight
  # assignments are dropped, so that riscv-harness.c's counting allocators stay in place.
  if [ "$levels" = 3 ]; then
    pat='^[[:space:]]pt_ops\.(alloc|get)_(pte|pmd)(_virt)? = (alloc|get)_(pte|pmd)(_virt)?_(fixmap|late);$'
    [ "$(grep -Ec "$pat" "$b/init-cut.c")" = 8 ] || { echo "$v: not the eight pt_ops assignments of setup_vm_final()" >&2; exit 1; }
    grep -Ev "$pat" "$b/init-cut.c" > "$b/init-cut.tmp" && mv "$b/init-cut.tmp" "$b/init-cut.c"
  fi
  # The Sv39 linear map's base moved (6.1: 0xffffffd800000000; 6.12: 0xffffffd600000000).
  l3=$(awk '$1 == "#define" && $2 == "PAGE_OFFSET_L3" { sub(/^_AC\(/, "", $3); sub(/,$/, "", $3); print $3 }' "$tree/arch/riscv/include/asm/page.h")
  # ≤5.15: PAGE_OFFSET is CONFIG_PAGE_OFFSET, 0xffffffe000000000 with MAXPHYSMEM_128GB (the
  # default with CMODEL_MEDANY: arch/riscv/Kconfig@v5.15:159-164,273-277).
  [ -n "$l3" ] || l3=$(awk '$1 == "default" && $3 == "if" && /64BIT && MAXPHYSMEM_128GB/ { print $2 }' "$tree/arch/riscv/Kconfig")
  [ -n "$l3" ] || { echo "$v: no PAGE_OFFSET_L3" >&2; exit 1; }
  : > "$tmp/out-$v.txt"
  for kf in 0 1; do
    gcc $HARNESS_CFLAGS -DKV="$n" $hflags -DPAGE_OFFSET_L3="${l3}UL" -DRISCV_C="\"$b/init-cut.c\"" \
      $([ "$kf" = 1 ] && echo -DCONFIG_KFENCE=1) \
      -I"$here/kernel-mmu/include" -o "$b/harness-$kf" "$here/kernel-mmu/riscv-harness.c"
    awk -v kf="$kf" -v levels="$levels" -v span="$span" '
      function hex(w,   i, x) { x = 0; for (i = 1; i <= length(w); i++) x = x * 16 + index("0123456789abcdef", substr(w, i, 1)) - 1; return x }
      $1 != kf || $2 > levels { next }
      span != "" { i = 9 + 2 * hex($8); n = hex($i); last = i + 3 * (n - 1) + 1; if (hex($last) + hex($(last + 1)) - hex($(i + 1)) > span + 0) next }
      { print }' "$tmp/cases.txt" | cut -d' ' -f2- > "$b/in-$kf.txt"
    run_harness "$b/harness-$kf" "$b/in-$kf.txt" "$b/out-$kf.txt"
    paste -d' ' "$b/in-$kf.txt" "$b/out-$kf.txt" | sed "s/^/$kf /" >> "$tmp/out-$v.txt"
  done
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-mmu/assemble.mjs" "$tmp" "$out" riscv $versions
echo "wrote $out"
