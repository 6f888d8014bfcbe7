# SPDX-License-Identifier: GPL-2.0-only
# Sourced by ../kernel-crashkernel-fixture.sh, ../kernel-reserve-fixture.sh and
# ../kernel-zones-fixture.sh (after ../kernel-fixture-lib.sh, whose kcut it uses): cuts a tree's crashkernel= parsing out of its
# sources at build time (nothing of them is committed).
#   crashkernel_build TREE DIR
#                           writes into DIR
#                             kstrtox-part.c   lib/kstrtox.c _parse_integer_fixup_radix()
#                                              through _parse_integer_limit() (through
#                                              _parse_integer() before 5.14)
#                             memparse-part.c  lib/cmdline.c memparse()
#                             crash-part.c     kernel/crash_core.c (kernel/crash_reserve.c
#                                              from 6.9) parse_crashkernel_mem() through
#                                              the last exported parse_crashkernel*()
#                           and sets $crashkernel_cflags for compiling
#                           scripts/kernel-crashkernel/harness.c against them (the shims in
#                           scripts/kernel-crashkernel/include, the tree's lib/kstrtox.h and
#                           include/linux/overflow.h, ASan and UBSan) and $crashkernel_file
#                           (the file the parsing came from).
crashkernel_here=$(cd "$(dirname "$0")" && pwd)/kernel-crashkernel

crashkernel_build() {
  ck_tree=$1
  ck_dir=$2
  mkdir -p "$ck_dir"
  if [ -f "$ck_tree/kernel/crash_reserve.c" ]; then crashkernel_file=$ck_tree/kernel/crash_reserve.c; else crashkernel_file=$ck_tree/kernel/crash_core.c; fi
  # _parse_integer_limit() came with 5.14 (simple_strntoull()); before it simple_strtoull()
  # called _parse_integer(), which the harness then calls the same way.
  ck_parse_integer=_parse_integer_limit ck_limit=1
  grep -q '^unsigned int _parse_integer_limit(' "$ck_tree/lib/kstrtox.c" || ck_parse_integer=_parse_integer ck_limit=0
  kcut "$ck_tree/lib/kstrtox.c" '^const char \*_parse_integer_fixup_radix\(' "^unsigned int $ck_parse_integer\\(" > "$ck_dir/kstrtox-part.c"
  kcut "$ck_tree/lib/cmdline.c" '^unsigned long long memparse\(' '^unsigned long long memparse\(' > "$ck_dir/memparse-part.c"
  kcut "$crashkernel_file" '^static int __init parse_crashkernel_mem\(' '^int __init parse_crashkernel' > "$ck_dir/crash-part.c"
  crashkernel_cflags="-O1 -g -fsanitize=address,undefined -fno-sanitize-recover=all -Wall -Wno-unused-function
    -DKV=$(kvnum "$(kv "$ck_tree")") -DPARSE_INTEGER_LIMIT=$ck_limit -DOVERFLOW_H=\"$ck_tree/include/linux/overflow.h\" -DKSTRTOX_H=\"$ck_tree/lib/kstrtox.h\"
    -I$crashkernel_here/include -I$ck_dir"
}
