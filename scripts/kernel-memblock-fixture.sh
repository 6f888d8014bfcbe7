#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-memblock.json.gz: the memblock arrays after every operation of
# a fixed set of operation sequences, from the kernel's own mm/memblock.c.
#   MEMBLOCK_TOOLS_510=<6.1 tree> MEMBLOCK_TOOLS_511=<6.1 tree> … MEMBLOCK_TOOLS_517=<6.1 tree> \
#   MEMBLOCK_TOOLS_611=<6.12 tree> scripts/kernel-memblock-fixture.sh TREE...
# The committed fixture is of eighteen trees, in this order (test/fuzz/kernel-memblock.test.ts
# KERNELS): Debian's linux-source 5.10.223, upstream 5.11, 5.13, 5.14, 5.15, 5.17, 5.19, 6.0,
# Debian's 6.1.192, upstream 6.2, 6.5, 6.8, 6.11, Debian's 6.12.117, upstream 6.14, 6.17, 7.0
# and Debian's 7.2.13 (upstream: Ubuntu's linux-hwe-X.Y / linux-oem-X.Y orig.tar.gz, the
# release tarballs: scripts/fetch-kernel-trees.sh). 5.10 – 5.17 have no tools/ in the tarball
# and build with 6.1.192's tools/testing/memblock (MEMBLOCK_TOOLS_510, _511, _513, _514, _515,
# _517), 6.11 with 6.12.117's (MEMBLOCK_TOOLS_611); see scripts/kernel-memblock/build.sh.
# Needs gcc (with libasan and libubsan) and node. Each tree's memblock.c is built into
# scripts/kernel-memblock/harness.c the way the kernel's tools/testing/memblock builds it
# (scripts/kernel-memblock/build.sh: its headers and tools/include, include/linux/memblock.h,
# the shims in scripts/kernel-memblock/include), under AddressSanitizer and UBSan as there. A
# tree without tools/testing/memblock (5.10) borrows the oldest given tree's that has one.
# The cases come from scripts/kernel-memblock/cases.mjs; every tree runs all of them (where
# releases differ, as in memblock_cap_memory_range() and memblock_merge_regions() up to 6.2,
# the engine follows the policy's MemblockGeneration; harness.c still reads a "skip" operation).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# KERNEL_MEMBLOCK_CASES and KERNEL_MEMBLOCK_SEED draw other cases (for a longer search; the
# test expects the default 400); KEEP=1 leaves the build directory (printed) in place.
node "$here/kernel-memblock/cases.mjs" "${KERNEL_MEMBLOCK_CASES:-400}" "${KERNEL_MEMBLOCK_SEED:-1802330723}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
lender=$(memblock_lender "$@")

versions=
for t in "$@"; do
  ktree "$t"
  memblock_build "$tree" "$lender" "$b"
  # shellcheck disable=SC2086
  gcc $memblock_cflags -o "$b/harness" "$here/kernel-memblock/harness.c" $memblock_srcs
  cp "$tmp/cases.txt" "$b/in.txt"
  "$b/harness" < "$b/in.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt"
  if grep -q '^abort\|bad-op' "$tmp/out-$v.txt"; then echo "$v: a case aborted" >&2; exit 1; fi
  if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v.txt"; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  versions="$versions $v:$(krelease "$tree"):$(basename "$mb_tools")"
done

node "$here/kernel-memblock/assemble.mjs" "$tmp" "$root/test/fixtures/kernel-memblock.json.gz" $versions
echo "wrote $root/test/fixtures/kernel-memblock.json.gz"
