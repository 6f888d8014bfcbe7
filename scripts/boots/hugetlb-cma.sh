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
# parameter there, as on Debian's amd64 5.10 – 6.12). Each serial log goes to
# test/boots/hugetlb-cma/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# The machines are booted as the oracle boots them (arm64 QEMU virt with dtb-randomness=off,
# -cpu max, nokaslr, an early console; amd64 q35, -cpu max, which has GBPAGES) with
# memblock=debug; the initramfs is busybox (scripts/boots/common.sh). watch_boot stops a boot
# at its panic (the bare parameter's).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-system-x86_64, cpio,
# curl, dpkg-deb.
# Usage: scripts/boots/hugetlb-cma.sh [workdir]   (downloads about 500 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin hugetlb-cma "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2 arm64-6.12-16k amd64-7.2 amd64-6.8.0-151-generic amd64-6.14.0-37-generic
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# <arch> <kernel> <memory> <nodes> <tag> <cmdline>; nodes "-" for one, or "A+B" for two of
# those sizes (one CPU each).
while read -r arch kernel mem nodes tag cmdline; do
  id="$arch-$kernel-$mem-$tag"
  [ "$nodes" = - ] || id="$arch-$kernel-$mem-$nodes-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  numa="-smp 1"
  if [ "$nodes" != - ]; then
    numa="-smp 2 -object memory-backend-ram,id=m0,size=${nodes%+*},reserve=off -object memory-backend-ram,id=m1,size=${nodes#*+},reserve=off -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1"
  fi
  watch_machine "$id" "$arch" "$kernel" "$mem" "$numa" "$cmdline"
  keep "$id"
done <<'EOF2'
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
EOF2
version qemu-system-aarch64
version qemu-system-x86_64
