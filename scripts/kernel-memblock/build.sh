# SPDX-License-Identifier: GPL-2.0-only
# Sourced by ../kernel-memblock-fixture.sh, ../kernel-reserve-fixture.sh,
# ../kernel-x86dm-fixture.sh and ../kernel-zones-fixture.sh (after ../kernel-fixture-lib.sh):
# how a tree's mm/memblock.c is built in user space, the way the kernel's
# tools/testing/memblock builds it.
#   memblock_lender TREE... the tree whose tools/testing/memblock a tree without one (5.10)
#                           borrows: the oldest given with one
#   memblock_build TREE LENDER DIR
#                           makes in DIR the links tools/testing/memblock/Makefile makes
#                           (memblock.c beside the harness's internal.h, which memblock.c
#                           includes as "internal.h"; the tree's memblock.h; tools' x86 asm)
#                           and sets $memblock_cflags (the compiler flags, with -DKV) and
#                           $memblock_srcs (tools/testing/memblock's mmzone.c and slab.c) for
#                           gcc. A tree without tools/testing/memblock uses LENDER's, with
#                           -D__KERNEL__ (5.10's memblock.h is wrapped in it),
#                           CONFIG_NEED_MULTIPLE_NODES (what 5.10's memblock.h and memblock.c
#                           test for the nodes) and the shims in include-5.10.
# The build is ASan/UBSan as there; CONFIG_NUMA with CONFIG_NODES_SHIFT 10 (MAX_NUMNODES
# 1024, the engine's), and the shims of scripts/kernel-memblock/include.
memblock_here=$(cd "$(dirname "$0")" && pwd)/kernel-memblock


memblock_lender() {
  lender=
  for tree in "$@"; do
    [ -d "$tree/tools/testing/memblock" ] || continue
    if [ -z "$lender" ] || [ "$(kvnum "$(kv "$tree")")" -lt "$(kvnum "$(kv "$lender")")" ]; then lender=$tree; fi
  done
  [ -n "$lender" ] || { echo "no tree has tools/testing/memblock" >&2; return 1; }
  (cd "$lender" && pwd)
}

memblock_build() {
  mb_tree=$1
  mb_dir=$3
  mkdir -p "$mb_dir/linux" "$mb_dir/asm"
  mb_extra=
  # MEMBLOCK_TOOLS_<kvnum> (MEMBLOCK_TOOLS_611=TREE): another tree's tools for a release whose
  # own tools/testing/memblock does not build against its memblock.c (6.11), or other than the
  # lender for one that has none (5.10 – 5.17 build with 6.1's, not 5.19's).
  eval "mb_over=\${MEMBLOCK_TOOLS_$(kvnum "$(kv "$mb_tree")"):-}"
  if [ -d "$mb_tree/tools/testing/memblock" ]; then mb_tools=$mb_tree; else
    mb_tools=$2
    mb_extra="-D__KERNEL__ -DCONFIG_NEED_MULTIPLE_NODES -I$memblock_here/include-5.10"
  fi
  [ -z "$mb_over" ] || mb_tools=$(cd "$mb_over" && pwd)
  ln -s "$mb_tree/mm/memblock.c" "$mb_dir/memblock.c"
  ln -s "$mb_tools/tools/testing/memblock/internal.h" "$mb_dir/internal.h"
  ln -s "$mb_tree/include/linux/memblock.h" "$mb_dir/linux/memblock.h"
  ln -s "$mb_tools/tools/arch/x86/include/asm/asm.h" "$mb_dir/asm/asm.h"
  ln -s "$mb_tools/tools/arch/x86/include/asm/cmpxchg.h" "$mb_dir/asm/cmpxchg.h"
  # Released trees whose tools/testing/memblock lags their memblock.c (6.8's has neither of these two):
  # include/linux/mm.h here supplies what the tools' headers do not.
  grep -q 'early_pfn_to_nid' "$mb_tools/tools/include/linux/mm.h" || mb_extra="$mb_extra -DHARNESS_EARLY_PFN_TO_NID"
  [ -f "$mb_tools/tools/include/linux/panic.h" ] || mb_extra="$mb_extra -DHARNESS_PANIC"
  # 6.17's memblock.c uses SZ_1M; its tools' mm.h does not include <linux/sizes.h> yet (7.2's does).
  if grep -q 'SZ_1M' "$mb_tree/mm/memblock.c" && ! grep -q 'linux/sizes.h' "$mb_tools/tools/include/linux/mm.h"; then
    mb_extra="$mb_extra -DHARNESS_SIZES"
  fi
  # 6.5's memblock.c calls accept_memory(), which its tools lack.
  if grep -q 'accept_memory(' "$mb_tree/mm/memblock.c" && ! grep -rq 'accept_memory' "$mb_tools/tools/include/linux/mm.h" "$mb_tools/tools/testing/memblock"; then
    mb_extra="$mb_extra -DHARNESS_ACCEPT_MEMORY"
  fi
  # 6.5's memblock.c hands reserve_bootmem_region() the node; its tools' stand-in takes two.
  if grep -q 'reserve_bootmem_region(start, end, nid)' "$mb_tree/mm/memblock.c" &&
    grep -q 'reserve_bootmem_region(phys_addr_t start, phys_addr_t end);' "$mb_tools/tools/include/linux/mm.h"; then
    mb_extra="$mb_extra -DHARNESS_BOOTMEM_TWO_ARGS"
  fi
  memblock_cflags="-O1 -g -fsanitize=address,undefined -Wall -Wno-unused-function
    -DKV=$(kvnum "$(kv "$mb_tree")") -DCONFIG_PHYS_ADDR_T_64BIT -DCONFIG_NUMA -DCONFIG_NODES_SHIFT=10 -DMEMBLOCK_C=\"memblock.c\"
    $mb_extra -I$memblock_here/include -I$mb_dir -I$mb_tools/tools/testing/memblock -I$mb_tools/tools/include"
  memblock_srcs="$mb_tools/tools/testing/memblock/mmzone.c $mb_tools/tools/testing/memblock/lib/slab.c"
}
