#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-crashkernel.json.gz: what the kernel's own crashkernel=
# parsing returns and prints for a fixed set of command lines and memparse() strings.
#   scripts/kernel-crashkernel-fixture.sh TREE...
# The committed fixture is of eighteen trees, in this order (test/fuzz/kernel-crashkernel.test.ts
# KERNELS): Debian's linux-source 5.10.223, then the upstream releases 5.11, 5.13, 5.14, 5.15,
# 5.17, 5.19, 6.0, Debian's 6.1.192, upstream 6.2, 6.5, 6.8, 6.11, Debian's 6.12.117, upstream
# 6.14, 6.17, 7.0 and Debian's 7.2.13 (the upstream ones from Ubuntu's orig.tar.gz of
# linux-hwe-X.Y / linux-oem-X.Y, which are the release tarballs: scripts/fetch-kernel-trees.sh).
# A tree needs its Makefile, lib/ and kernel/.
# Needs gcc (with libasan and libubsan), awk and node. From each tree the functions are cut
# at build time into the build directory (nothing of them is committed; see
# scripts/kernel-crashkernel/build.sh for which) and compiled into
# scripts/kernel-crashkernel/harness.c (see there for the formats and the simple_strtoull()
# it supplies) with the shims in scripts/kernel-crashkernel/include, the tree's lib/kstrtox.h
# and include/linux/overflow.h, under AddressSanitizer and UBSan.
# The cases come from scripts/kernel-crashkernel/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# For a longer search: KERNEL_CRASHKERNEL_LINES, _STRINGS and _SEED draw other cases (the
# test's coverage checks expect at least the defaults), KERNEL_CRASHKERNEL_OUT writes the
# fixture elsewhere (test/fuzz/kernel-crashkernel.test.ts reads it from
# KERNEL_CRASHKERNEL_FIXTURE when set); KEEP=1 leaves the build directory (printed) in place.
out=${KERNEL_CRASHKERNEL_OUT:-$root/test/fixtures/kernel-crashkernel.json.gz}
node "$here/kernel-crashkernel/cases.mjs" "${KERNEL_CRASHKERNEL_LINES:-2400}" "${KERNEL_CRASHKERNEL_STRINGS:-800}" \
  "${KERNEL_CRASHKERNEL_SEED:-1801677670}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
. "$here/kernel-crashkernel/build.sh"

versions=
for t in "$@"; do
  ktree "$t"
  crashkernel_build "$tree" "$b"
  # shellcheck disable=SC2086
  gcc $crashkernel_cflags -o "$b/harness" "$here/kernel-crashkernel/harness.c"
  "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt" || { cat "$tmp/err-$v.txt" >&2; exit 1; }
  if grep -q '^bad-line' "$tmp/out-$v.txt"; then echo "$v: a case line was not read" >&2; exit 1; fi
  if [ -s "$tmp/err-$v.txt" ]; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  versions="$versions $v:$(krelease "$tree"):$(basename "$crashkernel_file")"
done

node "$here/kernel-crashkernel/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
