#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-reserve.json.gz: where the kernel's own crash-kernel
# reservation puts the main and low regions, what memblock.reserved holds after and what it
# prints, for a fixed set of memblock states and command lines, per architecture.
#   MEMBLOCK_TOOLS_510=<6.1 tree> MEMBLOCK_TOOLS_511=<6.1 tree> MEMBLOCK_TOOLS_513=<6.1 tree> \
#   MEMBLOCK_TOOLS_514=<6.1 tree> MEMBLOCK_TOOLS_515=<6.1 tree> MEMBLOCK_TOOLS_517=<6.1 tree> \
#   MEMBLOCK_TOOLS_611=<6.12 tree> scripts/kernel-reserve-fixture.sh TREE...
# The committed fixture is of eighteen trees, in this order (test/fuzz/kernel-reserve.test.ts
# KERNELS): Debian's linux-source 5.10.223, upstream 5.11, 5.13, 5.14, 5.15, 5.17, 5.19, 6.0,
# Debian's 6.1.192, upstream 6.2, 6.5, 6.8, 6.11, Debian's 6.12.117, upstream 6.14, 6.17, 7.0
# and Debian's 7.2.13 (upstream: Ubuntu's linux-hwe-X.Y / linux-oem-X.Y orig.tar.gz, the
# release tarballs: scripts/fetch-kernel-trees.sh). 6.11's own
# tools/testing/memblock does not build against its memblock.c (no __setup()): it takes
# 6.12.117's; 5.10.223 and the upstream 5.11 – 5.17, which have none, take 6.1.192's rather
# than the oldest given tree's (scripts/kernel-memblock/build.sh). A tree needs its Makefile,
# lib/, kernel/, mm/, include/, tools/ (but for those borrowing) and arch/.
# Needs gcc (with libasan and libubsan), awk and node. Per tree and architecture (x86_64,
# arm64, riscv64; riscv64 before 5.13 has no crash kernel code and is not built: 5.10 and 5.11
# here) the reservation
# functions are cut from the tree into the build directory at build time (nothing of them is
# committed; scripts/kernel-reserve/harness.c names them) and built into
# scripts/kernel-reserve/harness.c with the tree's mm/memblock.c as
# scripts/kernel-memblock/build.sh builds it, linked with the tree's crashkernel= parsing as
# scripts/kernel-crashkernel/build.sh cuts and builds it, under ASan and UBSan.
# The cases come from scripts/kernel-reserve/cases.mjs. gcc warns of a "comparison of
# distinct pointer types" in x86's min(memblock_phys_mem_size(), CRASH_ADDR_LOW_MAX) (5.10 –
# 6.5 here): tools/include's phys_addr_t is unsigned long where the kernel's u64 is unsigned long
# long, the same 64 bits.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
. "$here/kernel-fixture-lib.sh"
# For a longer search: KERNEL_RESERVE_CASES and KERNEL_RESERVE_SEED draw other cases (the
# test's counts expect at least the default), KERNEL_RESERVE_OUT writes the fixture elsewhere
# (test/fuzz/kernel-reserve.test.ts reads KERNEL_RESERVE_FIXTURE when set); KEEP=1 leaves the
# build directory (printed) in place.
out=${KERNEL_RESERVE_OUT:-$root/test/fixtures/kernel-reserve.json.gz}
node "$here/kernel-reserve/cases.mjs" "${KERNEL_RESERVE_CASES:-1500}" "${KERNEL_RESERVE_SEED:-1919251315}" > "$tmp/cases.txt"

. "$here/kernel-memblock/build.sh"
. "$here/kernel-crashkernel/build.sh"
lender=$(memblock_lender "$@")

# cutfn FILE FIRST LAST [END]: the lines from the first matching FIRST to the first line
# matching END (default: a "}" in column 0, the end of a top-level function) at or after the
# first line matching LAST.
cutfn() {
  awk -v first="$2" -v last="$3" -v end="${4:-^\}}" '
    !on && $0 ~ first { on = 1 }
    on { print; if ($0 ~ last) inlast = 1; if (inlast && $0 ~ end) { done = 1; exit } }
    END { if (!done) exit 1 }' "$1"
}

# arch_cut TREE ARCH DIR: the reservation functions of ARCH in TREE (see harness.c).
arch_cut() {
  n=$(kvnum "$(kv "$1")")
  case "$2" in
    x86_64) f=$1/arch/x86/kernel/setup.c ;;
    arm64) f=$1/arch/arm64/mm/init.c ;;
    riscv64) f=$1/arch/riscv/mm/init.c ;;
  esac
  if [ "$n" -ge 607 ]; then
    # The generic reservation: kernel/crash_core.c and <linux/crash_core.h> in 6.7 and 6.8,
    # kernel/crash_reserve.c and <linux/crash_reserve.h> from 6.9.
    if [ -f "$1/kernel/crash_reserve.c" ]; then g=crash_reserve; else g=crash_core; fi
    cutfn "$f" '^static void __init arch_reserve_crashkernel\(void\)' 'arch_reserve_crashkernel' > "$3/arch-part.c"
    cutfn "$1/include/linux/$g.h" '^#ifndef DEFAULT_CRASH_KERNEL_LOW_SIZE' 'CRASH_ADDR_HIGH_MAX' '^#endif' > "$3/generic-part.c"
    cutfn "$1/kernel/$g.c" '^static int __init reserve_crashkernel_low\(' '^void __init reserve_crashkernel_generic\(' >> "$3/generic-part.c"
  elif [ "$2" = x86_64 ] || { [ "$2" = arm64 ] && [ "$n" -ge 519 ]; }; then
    cutfn "$f" '^#define CRASH_ALIGN' '^static void __init reserve_crashkernel\(void\)' > "$3/arch-part.c"
  else
    cutfn "$f" '^static void __init reserve_crashkernel\(void\)' 'reserve_crashkernel' > "$3/arch-part.c"
  fi
}

archdir() { case "$1" in x86_64) echo x86 ;; arm64) echo arm64 ;; riscv64) echo riscv ;; esac; }
# asm_crash_h TREE ARCH: the arch's CRASH_* limits (<asm/crash_reserve.h> from 6.9, <asm/crash_core.h> before).
asm_crash_h() {
  d=$1/arch/$(archdir "$2")/include/asm
  if [ -f "$d/crash_reserve.h" ]; then echo "$d/crash_reserve.h"; else echo "$d/crash_core.h"; fi
}

versions=
for t in "$@"; do
  ktree "$t"
  crashkernel_build "$tree" "$tmp/parse-$v"
  # shellcheck disable=SC2086
  gcc $crashkernel_cflags -DKERNEL_CRASHKERNEL_NO_MAIN -c -o "$tmp/parse-$v/parse.o" "$here/kernel-crashkernel/harness.c"
  for arch in x86_64 arm64 riscv64; do
    # riscv64 has crash-kernel code from 5.13 (5.10 and 5.11 have none to build).
    [ "$arch" = riscv64 ] && ! grep -q 'reserve_crashkernel' "$tree/arch/riscv/mm/init.c" && continue
    b="$tmp/build-$v-$arch"
    memblock_build "$tree" "$lender" "$b"
    arch_cut "$tree" "$arch" "$b"
    # shellcheck disable=SC2086
    gcc $memblock_cflags -DHARNESS_ARCH="\"$arch\"" -DSIZES_H="\"$tree/include/linux/sizes.h\"" \
      -DASM_CRASH_RESERVE_H="\"$(asm_crash_h "$tree" "$arch")\"" \
      -o "$b/harness" "$here/kernel-reserve/harness.c" $memblock_srcs "$tmp/parse-$v/parse.o"
    "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v-$arch.txt" 2> "$tmp/err-$v-$arch.txt" || { cat "$tmp/err-$v-$arch.txt" >&2; exit 1; }
    if grep -q '^abort\|^bad-line' "$tmp/out-$v-$arch.txt"; then echo "$v $arch: a case aborted" >&2; exit 1; fi
    if grep -q 'AddressSanitizer\|runtime error' "$tmp/err-$v-$arch.txt"; then cat "$tmp/err-$v-$arch.txt" >&2; exit 1; fi
  done
  versions="$versions $v:$(krelease "$tree")"
done

node "$here/kernel-reserve/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
