#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-e820.json.gz: what the kernel's own x86 e820 code leaves for a
# fixed set of firmware tables and mem=/memmap= command lines: the table after
# e820__update_table(), parse_memopt(), parse_memmap_opt(), e820__finish_early_params(),
# e820_add_kernel_range() and trim_bios_range(), max_pfn and max_low_pfn, memblock after
# e820__memblock_setup(), and every line printed on the way.
#   MEMBLOCK_TOOLS_510=<6.1 tree> … MEMBLOCK_TOOLS_517=<6.1 tree> MEMBLOCK_TOOLS_611=<6.12 tree> \
#   scripts/kernel-e820-fixture.sh TREE...
# The committed fixture is of the eighteen trees of kernel-memblock-fixture.sh, in the same
# order and with the same MEMBLOCK_TOOLS_* (5.10 – 5.17 with 6.1.192's tools, 6.11 with
# 6.12.117's); the cut pieces are the same in all of them.
# Needs gcc (with libasan and libubsan), awk and node. From each tree the pieces
# scripts/kernel-e820/harness.c names are cut at build time into the build directory (nothing
# of them is committed) and compiled into that harness with scripts/kernel-e820/include/e820-shim.h,
# over the tree's mm/memblock.c built as scripts/kernel-memblock/build.sh builds it and the
# tree's memparse() and simple_strtoull() as scripts/kernel-crashkernel/build.sh cuts them,
# under AddressSanitizer and UBSan. The cases come from scripts/kernel-e820/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# For a longer search: KERNEL_E820_CASES and KERNEL_E820_SEED draw other cases (the test's
# coverage checks expect the default count), KERNEL_E820_OUT writes the fixture elsewhere
# (test/fuzz/kernel-e820.test.ts reads it from KERNEL_E820_FIXTURE when set); KEEP=1 leaves the
# build directory (printed) in place.
out=${KERNEL_E820_OUT:-$root/test/fixtures/kernel-e820.json.gz}
node "$here/kernel-e820/cases.mjs" "${KERNEL_E820_CASES:-1000}" "${KERNEL_E820_SEED:-3900735519}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
. "$here/kernel-crashkernel/build.sh"
lender=$(memblock_lender "$@")

versions=
for t in "$@"; do
  ktree "$t"
  memblock_build "$tree" "$lender" "$b"
  crashkernel_build "$tree" "$b/parse"
  # shellcheck disable=SC2086
  gcc $crashkernel_cflags -DKERNEL_CRASHKERNEL_NO_MAIN -c -o "$b/parse/parse.o" "$here/kernel-crashkernel/harness.c"
  extra=
  e820=$tree/arch/x86/kernel/e820.c
  {
    kcut "$e820" '^static bool _e820__mapped_any\(' '^[_a-z ]*int[_a-z ]* e820__update_table\(struct e820_table \*table\)'
    kcut "$e820" '^__e820__range_update\(' 'e820__update_table_print\(void\)' 1
    kcut "$e820" '^(static unsigned long __init|__init static unsigned long) (e820_end_pfn|e820__end_ram_pfn)\(' '^(static int __init|__init static int) parse_memmap_opt\('
    kcut "$e820" '^(void __init|__init void) e820__finish_early_params\(' '^(void __init|__init void) e820__finish_early_params\('
    kcut "$e820" '^(__init )?void (__init )?e820__memblock_setup\(' '^(__init )?void (__init )?e820__memblock_setup\('
  } > "$b/e820-part.c"
  kcut "$tree/arch/x86/kernel/setup.c" '^static void __init trim_bios_range\(' '^static void __init e820_add_kernel_range\(' > "$b/setup-part.c"
  # reserve_real_mode() clears e820__memblock_setup()'s KHO scratch mark below 1 MiB (7.x).
  if grep -q 'memblock_clear_kho_scratch(0, SZ_1M)' "$tree/arch/x86/realmode/init.c"; then extra="$extra -DHARNESS_CLEAR_KHO_SCRATCH"; fi
  # shellcheck disable=SC2086
  gcc $memblock_cflags -fno-sanitize-recover=all -Wno-unused-variable -Wno-unused-but-set-variable $extra \
    -I"$here/kernel-e820/include" -o "$b/harness" "$here/kernel-e820/harness.c" $memblock_srcs "$b/parse/parse.o"
  "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt"
  if grep -q '^bad-line' "$tmp/out-$v.txt"; then echo "$v: a case line was not read" >&2; exit 1; fi
  if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v.txt"; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-e820/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
