#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
# Regenerates test/fixtures/kernel-crashkernel.json.gz: what the kernel's own crashkernel=
# parsing returns and prints for a fixed set of command lines and memparse() strings.
#   scripts/kernel-crashkernel-fixture.sh <linux-source-5.10> <linux-source-6.1> <linux-source-6.12> <linux-source-7.2>
# Needs gcc (with libasan and libubsan), awk and node. From each tree the functions are cut
# at build time into the build directory (nothing of them is committed):
#   lib/kstrtox.c   _parse_integer_fixup_radix() through _parse_integer_limit()
#   lib/cmdline.c   memparse()
#   kernel/crash_core.c (kernel/crash_reserve.c from 6.12)   parse_crashkernel_mem() through
#                   the last exported parse_crashkernel*()
# and compiled into scripts/kernel-crashkernel/harness.c (see there for the formats and the
# simple_strtoull() it supplies) with the shims in scripts/kernel-crashkernel/include, the
# tree's lib/kstrtox.h and include/linux/overflow.h, under AddressSanitizer and UBSan.
# The cases come from scripts/kernel-crashkernel/cases.mjs.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
tmp=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "build directory: $tmp"
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
# For a longer search: KERNEL_CRASHKERNEL_LINES, _STRINGS and _SEED draw other cases (the
# test's coverage checks expect at least the defaults), KERNEL_CRASHKERNEL_OUT writes the
# fixture elsewhere (test/fuzz/kernel-crashkernel.test.ts reads it from
# KERNEL_CRASHKERNEL_FIXTURE when set); KEEP=1 leaves the build directory (printed) in place.
out=${KERNEL_CRASHKERNEL_OUT:-$root/test/fixtures/kernel-crashkernel.json.gz}
node "$here/kernel-crashkernel/cases.mjs" "${KERNEL_CRASHKERNEL_LINES:-2400}" "${KERNEL_CRASHKERNEL_STRINGS:-800}" \
  "${KERNEL_CRASHKERNEL_SEED:-1801677670}" > "$tmp/cases.txt"

kv() { awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} END{print v "." p}' "$1/Makefile"; }
kvnum() { echo "$1" | awk -F. '{printf "%d%02d", $1, $2}'; }
# cut FILE FIRST LAST: the lines from the first matching FIRST to the "}" that closes the last
# definition matching LAST (a top-level function: its body ends at a "}" in column 0).
cut() {
  awk -v first="$2" -v last="$3" '
    !on && $0 ~ first { on = 1 }
    on { buf[++n] = $0; if ($0 ~ last) inlast = 1; if (inlast && $0 ~ /^}/) { end = n; inlast = 0 } }
    END { if (!end) exit 1; for (i = 1; i <= end; i++) print buf[i] }' "$1"
}

versions=
for tree in "$@"; do
  tree=$(cd "$tree" && pwd)
  v=$(kv "$tree")
  n=$(kvnum "$v")
  b="$tmp/build-$v"
  mkdir -p "$b"
  if [ -f "$tree/kernel/crash_reserve.c" ]; then crash=$tree/kernel/crash_reserve.c; else crash=$tree/kernel/crash_core.c; fi
  cut "$tree/lib/kstrtox.c" '^const char \*_parse_integer_fixup_radix\(' '^unsigned int _parse_integer_limit\(' > "$b/kstrtox-part.c"
  cut "$tree/lib/cmdline.c" '^unsigned long long memparse\(' '^unsigned long long memparse\(' > "$b/memparse-part.c"
  cut "$crash" '^static int __init parse_crashkernel_mem\(' '^int __init parse_crashkernel' > "$b/crash-part.c"
  gcc -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wno-unused-function \
    -DKV="$n" -DOVERFLOW_H="\"$tree/include/linux/overflow.h\"" -DKSTRTOX_H="\"$tree/lib/kstrtox.h\"" \
    -I"$here/kernel-crashkernel/include" -I"$b" -o "$b/harness" "$here/kernel-crashkernel/harness.c"
  "$b/harness" < "$tmp/cases.txt" > "$tmp/out-$v.txt" 2> "$tmp/err-$v.txt" || { cat "$tmp/err-$v.txt" >&2; exit 1; }
  if grep -q '^bad-line' "$tmp/out-$v.txt"; then echo "$v: a case line was not read" >&2; exit 1; fi
  if [ -s "$tmp/err-$v.txt" ]; then cat "$tmp/err-$v.txt" >&2; exit 1; fi
  sub=$(awk '/^SUBLEVEL =/{print $3}' "$tree/Makefile")
  versions="$versions $v:$v.$sub:$(basename "$crash")"
done

node "$here/kernel-crashkernel/assemble.mjs" "$tmp" "$out" $versions
echo "wrote $out"
