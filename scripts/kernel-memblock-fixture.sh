#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-memblock.json.gz: the memblock arrays after every operation of
# a fixed set of operation sequences, from the kernel's own mm/memblock.c.
#   scripts/kernel-memblock-fixture.sh <linux-source-5.10> <linux-source-6.1> <linux-source-6.12> <linux-source-7.2>
# Needs gcc (with libasan and libubsan) and node. Each tree's memblock.c is built into
# scripts/kernel-memblock/harness.c the way the kernel's tools/testing/memblock builds it
# (its headers and tools/include, include/linux/memblock.h, the shims in
# scripts/kernel-memblock/include), under AddressSanitizer and UBSan as there. A tree without
# tools/testing/memblock (5.10) borrows the oldest given tree's that has one, with
# -D__KERNEL__ (5.10's memblock.h is wrapped in it), CONFIG_NEED_MULTIPLE_NODES (what 5.10's
# memblock.h and memblock.c test for the nodes) and the shims in include-5.10.
# The cases come from scripts/kernel-memblock/cases.mjs. 5.10 and 6.1 get
# memblock_cap_memory_range() and memblock_mem_limit_remove_map() as "skip": their
# whole-array merge after them is not modelled (see test/fuzz/memblock-diff.ts).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "build directory: $tmp"
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
# KERNEL_MEMBLOCK_CASES and KERNEL_MEMBLOCK_SEED draw other cases (for a longer search; the
# test expects the default 400); KEEP=1 leaves the build directory (printed) in place.
node "$here/kernel-memblock/cases.mjs" "${KERNEL_MEMBLOCK_CASES:-400}" "${KERNEL_MEMBLOCK_SEED:-1802330723}" > "$tmp/cases.txt"

kv() { awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} END{print v "." p}' "$1/Makefile"; }
kvnum() { echo "$1" | awk -F. '{printf "%d%02d", $1, $2}'; }

# The tree whose tools/testing/memblock a tree without one borrows: the oldest given with one.
lender=
for tree in "$@"; do
  [ -d "$tree/tools/testing/memblock" ] || continue
  if [ -z "$lender" ] || [ "$(kvnum "$(kv "$tree")")" -lt "$(kvnum "$(kv "$lender")")" ]; then lender=$tree; fi
done
[ -n "$lender" ] || { echo "no tree has tools/testing/memblock" >&2; exit 1; }

versions=
for tree in "$@"; do
  tree=$(cd "$tree" && pwd)
  v=$(kv "$tree")
  n=$(kvnum "$v")
  b="$tmp/build-$v"
  mkdir -p "$b/linux" "$b/asm"
  extra=
  if [ -d "$tree/tools/testing/memblock" ]; then tools=$tree; else
    tools=$(cd "$lender" && pwd)
    extra="-D__KERNEL__ -DCONFIG_NEED_MULTIPLE_NODES -I$here/kernel-memblock/include-5.10"
  fi
  # The links tools/testing/memblock/Makefile makes: memblock.c beside the harness's
  # internal.h (memblock.c includes "internal.h"), the tree's memblock.h, tools' x86 asm.
  ln -s "$tree/mm/memblock.c" "$b/memblock.c"
  ln -s "$tools/tools/testing/memblock/internal.h" "$b/internal.h"
  ln -s "$tree/include/linux/memblock.h" "$b/linux/memblock.h"
  ln -s "$tools/tools/arch/x86/include/asm/asm.h" "$b/asm/asm.h"
  ln -s "$tools/tools/arch/x86/include/asm/cmpxchg.h" "$b/asm/cmpxchg.h"
  # shellcheck disable=SC2086
  gcc -O1 -g -fsanitize=address,undefined -Wall -Wno-unused-function \
    -DKV="$n" -DCONFIG_PHYS_ADDR_T_64BIT -DCONFIG_NUMA -DCONFIG_NODES_SHIFT=10 -DMEMBLOCK_C='"memblock.c"' \
    $extra -I"$here/kernel-memblock/include" -I"$b" -I"$tools/tools/testing/memblock" -I"$tools/tools/include" \
    -o "$b/harness" "$here/kernel-memblock/harness.c" \
    "$tools/tools/testing/memblock/mmzone.c" "$tools/tools/testing/memblock/lib/slab.c"
  if [ "$n" -lt 612 ]; then
    sed -E 's/(^|;)(cap_memory_range|mem_limit_remove_map) /\1skip \2 /g' "$tmp/cases.txt" > "$b/in.txt"
  else
    cp "$tmp/cases.txt" "$b/in.txt"
  fi
  "$b/harness" < "$b/in.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt"
  if grep -q '^abort\|bad-op' "$tmp/out-$v.txt"; then echo "$v: a case aborted" >&2; exit 1; fi
  if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v.txt"; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  sub=$(awk '/^SUBLEVEL =/{print $3}' "$tree/Makefile")
  versions="$versions $v:$v.$sub:$(basename "$tools")"
done

node "$here/kernel-memblock/assemble.mjs" "$tmp" "$root/test/fixtures/kernel-memblock.json.gz" $versions
echo "wrote $root/test/fixtures/kernel-memblock.json.gz"
