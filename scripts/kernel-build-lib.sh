# SPDX-License-Identifier: GPL-2.0-only
# Shell helpers shared by the scripts/kernel-*-fixture.sh builds (sourced, not run).
#   kv TREE            VERSION.PATCHLEVEL of a tree's Makefile
#   kvnum V            5.10 -> 510
#   kcut FILE FIRST LAST [BEFORE]   the lines from the first matching FIRST (and the BEFORE
#                      lines above it) to the "}" in column 0 that closes the last definition
#                      matching LAST
#   memblock_lender TREE...   the oldest given tree with tools/testing/memblock (prints it)
#   memblock_link TREE LENDER BUILD   the links tools/testing/memblock/Makefile makes in BUILD
#                      (memblock.c beside the harness's internal.h, the tree's memblock.h,
#                      tools' x86 asm); sets $mb_tools (whose tools/ to build with) and
#                      $mb_extra (the 5.10 flags and shims of scripts/kernel-memblock-fixture.sh)
kv() { awk '/^VERSION =/{v=$3} /^PATCHLEVEL =/{p=$3} END{print v "." p}' "$1/Makefile"; }
kvnum() { echo "$1" | awk -F. '{printf "%d%02d", $1, $2}'; }
kcut() {
  awk -v first="$2" -v last="$3" -v before="${4:-0}" '
    { prev[NR % 8] = $0 }
    !on && $0 ~ first { on = 1; for (i = before; i > 0; i--) buf[++n] = prev[(NR - i) % 8] }
    on { buf[++n] = $0; if ($0 ~ last) inlast = 1; if (inlast && $0 ~ /^}/) { end = n; inlast = 0 } }
    END { if (!end) exit 1; for (i = 1; i <= end; i++) print buf[i] }' "$1"
}
memblock_lender() {
  _lender=
  for _t in "$@"; do
    [ -d "$_t/tools/testing/memblock" ] || continue
    if [ -z "$_lender" ] || [ "$(kvnum "$(kv "$_t")")" -lt "$(kvnum "$(kv "$_lender")")" ]; then _lender=$_t; fi
  done
  [ -n "$_lender" ] || { echo "no tree has tools/testing/memblock" >&2; return 1; }
  (cd "$_lender" && pwd)
}
memblock_link() {
  mb_extra=
  if [ -d "$1/tools/testing/memblock" ]; then mb_tools=$1; else
    mb_tools=$2
    mb_extra="-D__KERNEL__ -DCONFIG_NEED_MULTIPLE_NODES -I$(dirname "$0")/kernel-memblock/include-5.10"
  fi
  mkdir -p "$3/linux" "$3/asm"
  ln -s "$1/mm/memblock.c" "$3/memblock.c"
  ln -s "$mb_tools/tools/testing/memblock/internal.h" "$3/internal.h"
  ln -s "$1/include/linux/memblock.h" "$3/linux/memblock.h"
  ln -s "$mb_tools/tools/arch/x86/include/asm/asm.h" "$3/asm/asm.h"
  ln -s "$mb_tools/tools/arch/x86/include/asm/cmpxchg.h" "$3/asm/cmpxchg.h"
}
