#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-zones.json.gz: what the kernel's own free_area_init()
# (with find_zone_movable_pfns_for_nodes(), get_pfn_range_for_nid(), free_area_init_node() and
# memblock's __next_mem_pfn_range()) prints for a fixed set of NUMA memory maps, zone limits
# and kernelcore=/movablecore=/movable_node command lines.
#   MEMBLOCK_TOOLS_510=<6.1 tree> … MEMBLOCK_TOOLS_517=<6.1 tree> MEMBLOCK_TOOLS_611=<6.12 tree> \
#   scripts/kernel-zones-fixture.sh TREE...
# The committed fixture is of the eighteen trees of kernel-memblock-fixture.sh, in the same
# order and with the same MEMBLOCK_TOOLS_* (5.10 – 5.17 with 6.1.192's tools, 6.11 with 6.12.117's).
# Needs gcc (with libasan and libubsan), awk and node. From each tree the functions harness.c
# names are cut at build time into the build directory (nothing of them is committed) and
# compiled into scripts/kernel-zones/harness.c, once per zone set the cases use, over the
# tree's mm/memblock.c built as scripts/kernel-memblock/build.sh builds it and linked with
# the tree's memparse() and simple_strtoull() built as scripts/kernel-crashkernel/build.sh
# builds them, under AddressSanitizer and UBSan. The cases come from scripts/kernel-zones/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# For a longer search: KERNEL_ZONES_CASES and KERNEL_ZONES_SEED draw other cases (the test's
# coverage checks expect the default count), KERNEL_ZONES_OUT writes the fixture elsewhere
# (test/fuzz/kernel-zones.test.ts reads it from KERNEL_ZONES_FIXTURE when set); KEEP=1 leaves
# the build directory (printed) in place.
out=${KERNEL_ZONES_OUT:-$root/test/fixtures/kernel-zones.json.gz}
node "$here/kernel-zones/cases.mjs" "${KERNEL_ZONES_CASES:-1000}" "${KERNEL_ZONES_SEED:-1914830291}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
. "$here/kernel-crashkernel/build.sh"
lender=$(memblock_lender "$@")

# fn FILE NAME: the top-level definition of the function NAME (not a prototype).
fn() { kcut "$1" "^[a-z][^(;]*[ *]$2\\([^;]*\$" "^[a-z][^(;]*[ *]$2\\([^;]*\$"; }

versions=
for t in "$@"; do
  ktree "$t"
  memblock_build "$tree" "$lender" "$b"
  crashkernel_build "$tree" "$b/parse"
  # shellcheck disable=SC2086
  gcc $crashkernel_cflags -DKERNEL_CRASHKERNEL_NO_MAIN -c -o "$b/parse/parse.o" "$here/kernel-crashkernel/harness.c"
  if [ -f "$tree/mm/mm_init.c" ] && grep -q '^[a-z].* free_area_init(' "$tree/mm/mm_init.c"; then f=$tree/mm/mm_init.c; else f=$tree/mm/page_alloc.c; fi
  {
    for name in cmdline_parse_core cmdline_parse_kernelcore cmdline_parse_movablecore early_calculate_totalpages \
      find_usable_zone_for_movable find_zone_movable_pfns_for_nodes get_pfn_range_for_nid free_area_init_node; do
      fn "$f" "$name"
    done
    for name in free_area_init_memoryless_node find_min_pfn_with_active_regions; do
      if grep -q "^[a-z].* $name(" "$f"; then fn "$f" "$name"; fi
    done
    fn "$f" free_area_init
  } > "$b/zones-part.c"
  fn "$tree/lib/cmdline.c" parse_option_str > "$b/cmdline-part.c"
  extra=
  if grep -q '^static void __init free_area_init(void)' "$f"; then extra=-DHARNESS_FREE_AREA_INIT_VOID; fi
  # The tools' internal.h declares mirrored_kernelcore from 6.0 (5.19's does not).
  grep -q mirrored_kernelcore "$mb_tools/tools/testing/memblock/internal.h" || extra="$extra -DHARNESS_MIRRORED_KERNELCORE"
  : > "$tmp/out-$v.txt"
  for set in dma,dma32,device dma32,device dma32 dma,dma32; do
    flags=-DHARNESS_ZONES="\"$set\""
    for z in $(echo "$set" | tr , ' '); do flags="$flags -DHARNESS_$(echo "$z" | tr a-z A-Z)"; done
    # shellcheck disable=SC2086
    gcc $memblock_cflags -fno-sanitize-recover=all -I"$b" $flags $extra -DSIZES_H="\"$tree/include/linux/sizes.h\"" \
      -o "$b/harness-$set" "$here/kernel-zones/harness.c" $memblock_srcs "$b/parse/parse.o"
    "$b/harness-$set" < "$tmp/cases.txt" > "$tmp/out-$v-$set.txt" 2> "$tmp/err-$v-$set.txt"
    if grep -q '^bad-line' "$tmp/out-$v-$set.txt"; then echo "$v: a case line was not read" >&2; exit 1; fi
    if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v-$set.txt"; then cat "$tmp/err-$v-$set.txt" >&2; exit 1; fi
  done
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-zones/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
