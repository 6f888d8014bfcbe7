# SPDX-License-Identifier: GPL-2.0-only
# Sourced first by the scripts/kernel-*-fixture.sh scripts (after setting $here, their own
# folder): what every one of them does before its own work.
#   $root                   the project's root
#   $tmp                    a build directory, removed on exit unless KEEP is set (then
#                           printed and left in place)
#   kv TREE                 the tree's VERSION.PATCHLEVEL (5.10)
#   kvnum V                 5.10 -> 510
#   krelease TREE           the tree's VERSION.PATCHLEVEL.SUBLEVEL (5.10.223)
#   ktree TREE              at the top of the loop over the trees: sets $tree (TREE made
#                           absolute), $v (its kv), $n (kvnum of that) and $b ($tmp/build-$v)
#   kcut FILE FIRST LAST [BEFORE]
#                           the lines from the first matching FIRST (and the BEFORE lines
#                           above it, at most 7) to the "}" in column 0 that closes the last
#                           definition matching LAST (a top-level function's body ends there)
#   lines FILE FIRST LAST   the lines from the first matching FIRST to the first matching LAST
# kcut and lines fail when they find no end, so that a tree whose code moved stops the build.
root=$(dirname "$here")
tmp=$(mktemp -d)
[ -z "${KEEP:-}" ] || echo "build directory: $tmp"
trap '[ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT

kv() { awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} END{print v "." p}' "$1/Makefile"; }
kvnum() { echo "$1" | awk -F. '{printf "%d%02d", $1, $2}'; }
ktree() { tree=$(cd "$1" && pwd); v=$(kv "$tree"); n=$(kvnum "$v"); b="$tmp/build-$v"; }
krelease() { awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} /^SUBLEVEL =/{s=$3} END{print v "." p "." s}' "$1/Makefile"; }

kcut() {
  awk -v first="$2" -v last="$3" -v before="${4:-0}" '
    { prev[NR % 8] = $0 }
    !on && $0 ~ first { on = 1; for (i = before; i > 0; i--) buf[++n] = prev[(NR - i) % 8] }
    on { buf[++n] = $0; if ($0 ~ last) inlast = 1; if (inlast && $0 ~ /^}/) { end = n; inlast = 0 } }
    END { if (!end) exit 1; for (i = 1; i <= end; i++) print buf[i] }' "$1"
}

lines() {
  awk -v first="$2" -v last="$3" '!on && $0 ~ first { on = 1 } on { print; n++ } on && $0 ~ last { ok = 1; exit } END { if (!ok) exit 1 }' "$1"
}
