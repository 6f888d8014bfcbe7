#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots kernels with `hugetlb_cma=`: up to 6.14 hugetlb_cma_reserve() declares a CMA area of
# whole gigantic pages (1 GiB) per online node before the crash reservation (arm64
# bootmem_init(), x86 setup_arch() with GBPAGES), so the crash region and everything memblock
# places after it move. Debian's arm64 5.10.223, 6.1.192 and 6.12.117 (CONFIG_CMA): the area
# above 4 GiB (bottom-up first, 5.12+) or under the top of RAM, one that does not fit, one
# under a gigantic page, the `nid:size` syntax (5.17+; 5.10 reads it as a size of 0), a node
# that is not online, a bare `hugetlb_cma` (the handler reads address 0), two NUMA nodes
# (the total split, the share rounded in 6.1.176+ / 6.12.90+'s line), 16K pages (CONT_PMD_SIZE
# is 1 GiB too); arm64 and amd64 7.2.13, which reserve after the crash kernel; and Ubuntu's
# amd64 6.8 and 6.14, which turn out to have no CONFIG_CMA either (the token is an unknown
# parameter there, as on Debian's amd64 5.10 – 6.12). Debian's arm64 6.16.3, 6.17.8 and
# 6.19.6 (trixie-backports, CONFIG_CMA and CONFIG_NUMA), whose hugetlb_cma_reserve() (still in
# bootmem_init(), before the crash reservation) declares each node's area with
# cma_declare_contiguous_multi(): one range as before, else up to 8 free ranges above 4 GiB;
# the area on 4 and 8 GiB, on two nodes of 4 GiB (3G split, `1:2G`), a node that has no
# memory (`2:1G`), and on 12 GiB with an edited DT whose two no-map /reserved-memory nodes
# (one across 4 GiB, one at 8 GiB) leave no 5 GiB in one piece: `hugetlb_cma=5G` taken in two
# ranges, 7G more than the ranges hold. Debian's arm64 6.18.5 and 6.19.6 on two nodes with 3G
# (the share in the log line, rounded from 7.2 and in 6.1.176 / 6.12.90), and arm64 7.0.4
# (hugetlb_cma_reserve() moved to mm_core_init_early(), after the crash reservation) on 4 GiB
# and on two nodes. Each serial log goes to
# test/boots/hugetlb-cma/<id>.log.gz, with the DTB it booted (<id>.dtb) for the edited-DT
# boots; test/verify/boots.test.ts checks the model against it.
#
# The machines are booted as the oracle boots them (arm64 QEMU virt with dtb-randomness=off,
# -cpu max, nokaslr, an early console; amd64 q35, -cpu max, which has GBPAGES) with
# memblock=debug; the initramfs is busybox (scripts/boots/common.sh). watch_boot stops a boot
# at its panic (the bare parameter's). The edited-DT boots are made as
# scripts/boots/arm64-resmem.sh makes its own: QEMU's DTB for the memory size and command line
# (dumpdtb), decompiled, the /reserved-memory node added, compiled and booted with -dtb.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-system-x86_64, cpio,
# curl, dpkg-deb, dtc.
# Usage: scripts/boots/hugetlb-cma.sh [workdir]   (downloads about 560 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin hugetlb-cma "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2 arm64-6.12-16k arm64-6.16.3 arm64-6.17.8 arm64-6.18.5 arm64-6.19.6 arm64-7.0.4 amd64-7.2 amd64-6.8.0-151-generic amd64-6.14.0-37-generic
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# <arch> <kernel> <memory> <nodes> <tag> <cmdline> (machine_table)
machine_table <<'EOF2'
arm64 6.12 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.12 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 6.12 2G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.12 4G - hc512M crashkernel=256M hugetlb_cma=512M
arm64 6.12 4G - hc0-1G crashkernel=256M hugetlb_cma=0:1G
arm64 6.12 4G - hc1-1G crashkernel=256M hugetlb_cma=1:1G
arm64 6.12 4G - hc-bare crashkernel=256M hugetlb_cma
arm64 6.12 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
arm64 6.12 8G 4G+4G hc1-2G crashkernel=256M hugetlb_cma=1:2G
arm64 6.12-16k 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.1 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 6.1 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
arm64 5.10 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 5.10 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 5.10 4G - hc0-1G crashkernel=256M hugetlb_cma=0:1G
arm64 5.10 4G - hc-bare crashkernel=256M hugetlb_cma
arm64 7.2 4G - hc1G crashkernel=256M hugetlb_cma=1G
amd64 7.2 4G - hc1G crashkernel=256M hugetlb_cma=1G
amd64 7.2 8G - hc2G crashkernel=256M hugetlb_cma=2G
amd64 6.14.0-37-generic 4G - hc1G crashkernel=256M hugetlb_cma=1G
amd64 6.8.0-151-generic 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 6.17.8 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.17.8 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 6.17.8 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
arm64 6.17.8 8G 4G+4G hc1-2G crashkernel=256M hugetlb_cma=1:2G
arm64 6.17.8 4G - hc2-1G crashkernel=256M hugetlb_cma=2:1G
arm64 6.16.3 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.19.6 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 6.19.6 8G - hc2G crashkernel=256M hugetlb_cma=2G
arm64 6.18.5 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
arm64 6.19.6 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
arm64 7.0.4 4G - hc1G crashkernel=256M hugetlb_cma=1G
arm64 7.0.4 8G 4G+4G hc3G crashkernel=256M hugetlb_cma=3G
EOF2

# The /reserved-memory node of each DT variant (inserted before the root's closing brace):
# split-4g, two no-map nodes, 4 MiB across 4 GiB and 2 MiB at 8 GiB, so that on 12 GiB
# (0x40000000 – 0x33fffffff) the free ranges above 4 GiB are [0x100200000, 8 GiB) and
# [0x200200000, the top), and the one below ends under 4 GiB.
resmem() {
  case $1 in
    split-4g) cat <<'NODE'
	reserved-memory {
		#address-cells = <0x02>;
		#size-cells = <0x02>;
		ranges;
		fw@ffe00000 { reg = <0x00 0xffe00000 0x00 0x400000>; no-map; };
		fw@200000000 { reg = <0x02 0x00 0x00 0x200000>; no-map; };
	};
NODE
    ;;
  esac
}
add_variant() {
  sed '$d'
  resmem "$variant"
  echo '};'
}

# Edited-DT boots (arm64, one CPU): <kernel> <memory> <variant> <tag> <cmdline>; the DTB is
# kept next to the log.
while read -r kernel mem variant tag cmdline; do
  id="arm64-$kernel-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  dt_boot_arm64 "$id" add_variant "arm64-$kernel" initramfs-arm64.cpio.gz "$mem" "$cmdline"
done <<'EOF3'
6.17.8 12G split-4g hc5G-multi crashkernel=256M hugetlb_cma=5G
6.17.8 12G split-4g hc7G-multi crashkernel=256M hugetlb_cma=7G
EOF3
version qemu-system-aarch64
version qemu-system-x86_64
