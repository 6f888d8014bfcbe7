#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-x86dm.json.gz: what the kernel's own x86_64 direct-map setup
# (init_mem_mapping() → memory_map_top_down() → init_range_memory_mapping() →
# init_memory_mapping() → split_mem_range(), kernel_physical_mapping_init() → phys_p4d_init()
# … phys_pte_init() → update_page_count()) leaves for a fixed set of memory maps.
#   MEMBLOCK_TOOLS_510=<6.1 tree> … MEMBLOCK_TOOLS_517=<6.1 tree> MEMBLOCK_TOOLS_611=<6.12 tree> \
#   scripts/kernel-x86dm-fixture.sh TREE...
# The committed fixture is of the eighteen trees of kernel-memblock-fixture.sh, in the same
# order and with the same MEMBLOCK_TOOLS_* (5.10 – 5.17 with 6.1.192's tools, 6.11 with
# 6.12.117's). 5.11 – 5.19 OR __PAGE_KERNEL_LARGE into the 1G leaf (include/x86dm-shim.h).
# Needs gcc (with libasan and libubsan), awk and node. From each tree the pieces harness.c
# names are cut at build time into the build directory (nothing of them is committed) and
# compiled into scripts/kernel-x86dm/harness.c with scripts/kernel-x86dm/include/x86dm-shim.h,
# over the tree's mm/memblock.c built as scripts/kernel-memblock/build.sh builds it (its
# shims in scripts/kernel-memblock/include and include-5.10; a tree without
# tools/testing/memblock borrows the oldest given tree's, or MEMBLOCK_TOOLS_<kvnum>'s), under
# AddressSanitizer and UBSan.
# The cases come from scripts/kernel-x86dm/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# For a longer search: KERNEL_X86DM_CASES and KERNEL_X86DM_SEED draw other cases (the test's
# coverage checks expect the default count), KERNEL_X86DM_OUT writes the fixture elsewhere
# (test/fuzz/kernel-x86dm.test.ts reads it from KERNEL_X86DM_FIXTURE when set); KEEP=1 leaves
# the build directory (printed) in place. (KEEP's build-*/harness, run with HARNESS_KASLR_GIB=N,
# maps the direct map N GiB higher, as KASLR does: not for the fixture, whose cases are nokaslr.)
out=${KERNEL_X86DM_OUT:-$root/test/fixtures/kernel-x86dm.json.gz}
node "$here/kernel-x86dm/cases.mjs" "${KERNEL_X86DM_CASES:-600}" "${KERNEL_X86DM_SEED:-2262099911}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
lender=$(memblock_lender "$@")

versions=
for t in "$@"; do
  ktree "$t"
  memblock_build "$tree" "$lender" "$b"
  extra=
  # The pieces of the tree's x86 code (see harness.c).
  init=$tree/arch/x86/mm/init.c
  {
    kcut "$init" '^static unsigned long __initdata pgt_buf_start' '^void +__init early_alloc_pgt_buf'
    kcut "$init" '^int after_bootmem;' '^static void __init probe_page_size_mask'
    kcut "$init" '^static int __meminit save_mr\(' '^static void __init memory_map_bottom_up\('
    kcut "$init" '^static void __init init_trampoline\(' '^void __init init_mem_mapping\('
  } > "$b/init-part.c"
  init64=$tree/arch/x86/mm/init_64.c
  {
    lines "$init64" '^#define DEFINE_POPULATE' '^DEFINE_ENTRY\(pte, pte, init\)'
    if grep -q '^static inline pgprot_t prot_sethuge' "$init64"; then
      kcut "$init64" '^static inline pgprot_t prot_sethuge' '^static inline pgprot_t prot_sethuge'
    fi
    kcut "$init64" '^phys_pte_init\(' '^kernel_physical_mapping_init\(' 1
  } > "$b/init64-part.c"
  kcut "$tree/arch/x86/kernel/setup.c" '^void \* __init extend_brk\(' '^static void __init reserve_brk\(' > "$b/setup-part.c"
  {
    kcut "$tree/arch/x86/kernel/e820.c" '^static bool _e820__mapped_any\(' '^bool e820__mapped_any\('
    kcut "$tree/arch/x86/kernel/e820.c" '^(__init )?void (__init )?e820__memblock_setup\(' '^(__init )?void (__init )?e820__memblock_setup\('
  } > "$b/e820-part.c"
  kcut "$tree/kernel/range.c" '^int add_range\(' '^int clean_sort_range\(' > "$b/range-part.c"
  # reserve_real_mode() clears e820__memblock_setup()'s KHO scratch mark below 1 MiB (7.x).
  if grep -q 'memblock_clear_kho_scratch(0, SZ_1M)' "$tree/arch/x86/realmode/init.c"; then extra="$extra -DHARNESS_CLEAR_KHO_SCRATCH"; fi
  # shellcheck disable=SC2086
  gcc $memblock_cflags -fno-sanitize-recover=all -Wno-unused-variable -Wno-unused-but-set-variable $extra \
    -I"$here/kernel-x86dm/include" -o "$b/harness" "$here/kernel-x86dm/harness.c" $memblock_srcs
  "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt"
  if grep -q '^bad-line' "$tmp/out-$v.txt"; then echo "$v: a case line was not read" >&2; exit 1; fi
  if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v.txt"; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-x86dm/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
