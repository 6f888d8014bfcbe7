#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-resmem.json.gz: where the kernel's own default CMA area
# (early_cma(), dma_contiguous_reserve(), cma_declare_contiguous_nid()) lands, and what it
# prints, for a fixed set of memory maps, reservations, cma= arguments and limits; and what
# each tree's /reserved-memory code does with a fixed set of /reserved-memory nodes: the early
# scan and late pass of drivers/of/of_reserved_mem.c (6.12.13+), or the scan (drivers/of/fdt.c,
# of_reserved_mem.c from 6.11) and fdt_init_reserved_mem()'s sorted pass (5.10 – 6.11).
#   scripts/kernel-resmem-fixture.sh TREE...
# The committed fixture is of seventeen trees, in this order (test/fuzz/kernel-resmem.test.ts
# KERNELS): Debian's linux-source 5.10.223, the upstream releases 5.11, 5.13, 5.14, 5.15, 5.17,
# 5.19 and 6.0 (scripts/fetch-kernel-trees.sh), Debian's 6.1.192, upstream 6.2, 6.5, 6.8 and
# 6.11, Debian's 6.12.117, upstream 6.14 and 6.17, and Debian's 7.2.13, made with
#   MEMBLOCK_TOOLS_510=DEB61 MEMBLOCK_TOOLS_511=DEB61 MEMBLOCK_TOOLS_513=DEB61
#   MEMBLOCK_TOOLS_514=DEB61 MEMBLOCK_TOOLS_515=DEB61 MEMBLOCK_TOOLS_517=DEB61
#   MEMBLOCK_TOOLS_611=DEB612
# (DEB61, DEB612: the Debian 6.1 and 6.12 trees; the trees before 5.19 have no
# tools/testing/memblock and the lender would be 5.19's, 6.11's own does not build against its
# memblock.c). Upstream 7.0 builds as well but is left out (see the test).
# Needs gcc (with libasan and libubsan), awk and node. From each tree the pieces
# scripts/kernel-resmem/harness.c names are cut at build time into the build directory
# (nothing of them is committed) and compiled with its include/resmem-shim.h over the tree's
# mm/memblock.c, built as scripts/kernel-memblock/build.sh builds it, under AddressSanitizer
# and UBSan.
# The cases come from scripts/kernel-resmem/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
. "$here/kernel-memblock/build.sh"
# For a longer search: KERNEL_RESMEM_CASES, KERNEL_RESMEM_DT_CASES and KERNEL_RESMEM_SEED draw other cases,
# KERNEL_RESMEM_OUT writes the fixture elsewhere (test/fuzz/kernel-resmem.test.ts reads it
# from KERNEL_RESMEM_FIXTURE when set); KEEP=1 leaves the build directory in place.
out=${KERNEL_RESMEM_OUT:-$root/test/fixtures/kernel-resmem.json.gz}
node "$here/kernel-resmem/cases.mjs" "${KERNEL_RESMEM_CASES:-1500}" "${KERNEL_RESMEM_SEED:-2911021}" "${KERNEL_RESMEM_DT_CASES:-1500}" > "$tmp/cases.txt"
lender=$(memblock_lender "$@")

versions=
for t in "$@"; do
  ktree "$t"
  memblock_build "$tree" "$lender" "$b"
  kcut "$tree/lib/cmdline.c" '^unsigned long long memparse\(' '^unsigned long long memparse\(' > "$b/memparse-part.c"
  cma=$tree/mm/cma.c
  {
    kcut "$cma" '^phys_addr_t cma_get_base\(' '^unsigned long cma_get_size\('
    kcut "$cma" '^(static int __init cma_new_area|int __init cma_init_reserved_mem)\(' '^int __init cma_init_reserved_mem\('
    if grep -q '^static int __init cma_fixed_reserve(' "$cma"; then
      kcut "$cma" '^static int __init cma_fixed_reserve\(' '^static int __init __cma_declare_contiguous_nid\('
    fi
    kcut "$cma" '^int __init cma_declare_contiguous_nid\(' '^int __init cma_declare_contiguous_nid\('
  } > "$b/cma-part.c"
  con=$tree/kernel/dma/contiguous.c
  {
    kcut "$con" '^static phys_addr_t +size_cmdline' '^static int __init early_cma\('
    # 6.18+ (in v7.0, not in 7.2.13): whether the DT's linux,cma-default node stands aside for cma=.
    if grep -q '^bool __init cma_skip_dt_default_reserved_mem(' "$con"; then
      kcut "$con" '^bool __init cma_skip_dt_default_reserved_mem\(' '^bool __init cma_skip_dt_default_reserved_mem\('
    fi
    kcut "$con" '^void __init dma_contiguous_reserve\(' '^void __init dma_contiguous_reserve\('
    kcut "$con" '^int __init dma_contiguous_reserve_area\(' '^int __init dma_contiguous_reserve_area\('
  } > "$b/contiguous-part.c"
  # The /reserved-memory pieces: the two passes (6.12.13+; the late pass is
  # fdt_scan_reserved_mem_late() from 7.1), or the one sorted pass of 5.10 and 6.1
  # (HARNESS_DT_SORTED: fdt.c's scan saves the nodes, fdt_init_reserved_mem() places them).
  dt=
  sorted=
  ofr=$tree/drivers/of/of_reserved_mem.c
  fdt=$tree/drivers/of/fdt.c
  if grep -q '^void __init fdt_scan_reserved_mem_\(reg_nodes\|late\)(' "$ofr"; then dt="-DHARNESS_DT $b/sort.o"
  elif grep -q '^void __init fdt_init_reserved_mem(' "$ofr"; then dt="-DHARNESS_DT -DHARNESS_DT_SORTED $b/sort.o" sorted=1
  fi
  if [ -n "$dt" ]; then
    {
      kcut "$fdt" '^u64 __init dt_mem_next_cell\(' '^u64 __init dt_mem_next_cell\('
      # 7.x reads reg and alloc-ranges through these (6.19+).
      if grep -q '^const __be32 \*__init of_flat_dt_get_addr_size_prop(' "$fdt"; then
        kcut "$fdt" '^const __be32 \*__init of_flat_dt_get_addr_size_prop\(' '^void __init of_flat_dt_read_addr_size\('
      fi
      # Without the __reservedmem_of_table declarations: harness.c defines the table (resmem-dt.h).
      kcut "$ofr" '^static struct reserved_mem reserved_mem(_array)?\[' '^(static void __init fdt_init_reserved_mem_node|void __init fdt_init_reserved_mem)\(' |
        awk '/^[ \t]*extern const struct of_device_id __reservedmem_of_table\[\];$/ { next }
          /^static const struct of_device_id __rmem_of_table_sentinel$/ { skip = 1; next }
          skip { skip = 0; next } { print }'
    } > "$b/dt-part.c"
    # fdt.c's own part (its pr_fmt): up to 6.10 the scan of /reserved-memory and the static
    # nodes' reservation (up to 5.14 the __weak early_init_dt_reserve_memory_arch(), up to 5.16
    # the scan through of_scan_flat_dt()), then early_init_fdt_scan_reserved_mem().
    {
      if [ -n "$sorted" ]; then
        if grep -q '^int __init __weak early_init_dt_reserve_memory_arch(' "$fdt"; then
          kcut "$fdt" '^int __init __weak early_init_dt_reserve_memory_arch\(' '^int __init __weak early_init_dt_reserve_memory_arch\('
        fi
        if grep -q '^static int __init __fdt_scan_reserved_mem(' "$fdt"; then
          kcut "$fdt" '^int __init of_scan_flat_dt\(' '^int __init of_scan_flat_dt\('
        fi
        # 6.11 moved the scan into of_reserved_mem.c (dt-part.c has it, with that file's pr_fmt).
        if grep -q '^static int __init _*fdt_scan_reserved_mem(' "$fdt"; then
          kcut "$fdt" '^static int __init (early_init_dt_reserve_memory(_arch)?|__reserved_mem_reserve_reg)\(' '^static int __init _*fdt_scan_reserved_mem\('
        fi
      fi
      kcut "$fdt" '^void __init early_init_fdt_scan_reserved_mem\(' '^void __init early_init_fdt_scan_reserved_mem\('
    } > "$b/fdt-part.c"
    {
      if grep -q '^static int __init __rmem_cma_verify_node(' "$con"; then
        kcut "$con" '^static int __init __rmem_cma_verify_node\(' '^static int __init rmem_cma_setup\('
      else
        kcut "$con" '^static int __init rmem_cma_setup\(' '^static int __init rmem_cma_setup\('
      fi
      kcut "$tree/kernel/dma/coherent.c" '^static int __init rmem_dma_setup\(' '^static int __init rmem_dma_setup\('
    } > "$b/rmem-part.c"
    # sort_r()'s swap type: swap_r_func_t from 5.19 (include/linux/types.h), swap_func_t before.
    if grep -q 'swap_r_func_t' "$tree/include/linux/types.h"; then swap=swap_r_func_t; else swap=swap_func_t; fi
    gcc -O1 -g -fsanitize=address,undefined -c -DSWAP_FUNC_T="$swap" -I"$here/kernel-sort/include" -o "$b/sort.o" "$tree/lib/sort.c"
  fi
  # shellcheck disable=SC2086
  gcc $memblock_cflags -fno-sanitize-recover=all -I"$here/kernel-resmem/include" \
    -o "$b/harness" "$here/kernel-resmem/harness.c" $dt $memblock_srcs
  "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt"
  if grep -q '^bad-line\|^abort' "$tmp/out-$v.txt"; then echo "$v: a case aborted or was not read" >&2; exit 1; fi
  if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v.txt"; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-resmem/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
