#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots kernels with `cma_pernuma=` and `numa_cma=` on two NUMA nodes: per-node CMA areas
# that are reserved before the crash kernel. arm64 5.10.223 and 6.1.192
# (CONFIG_DMA_PERNUMA_CMA: `cma_pernuma=` only, dma_pernuma_cma_reserve() in bootmem_init()
# after hugetlb_cma); trixie-backports' 6.16.3 and 7.0.4 and 7.1.3 (CONFIG_DMA_NUMA_CMA from
# 6.6: dma_numa_cma_reserve() first in dma_contiguous_reserve(), a "pernuma" and a "numa"
# area per node); the oracle's arm64 and amd64 7.2.13 (after the default area, one area per
# node: numa_cma='s size first, else cma_pernuma='s), with an offline node named, sizes that
# do not fit and bare parameters; riscv64 7.2, whose setup_bootmem() reserves them before NUMA
# init, with node 0 alone online and memblock on no node yet. Each serial log goes to test/boots/numa-cma/<id>.log.gz;
# test/verify/boots.test.ts checks the model against it.
#
# The machines are booted as the oracle boots them (arm64 QEMU virt with dtb-randomness=off,
# -cpu max, nokaslr, an early console; amd64 q35, -cpu max) with memblock=debug, two CPUs and
# two memory backends as nodes 0 and 1 (as scripts/boots/numa.sh); the initramfs is busybox
# (scripts/boots/common.sh). watch_boot stops a boot at its panic (the bare parameters').
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), qemu-system-x86_64,
# qemu-system-riscv64 (qemu-system-misc), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/numa-cma.sh [workdir]   (downloads about 500 MB into workdir);
# ONLY="<id> …" boots only those.
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin numa-cma "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.16.3 arm64-7.0.4 arm64-7.1.3 arm64-7.2 amd64-7.0.4 amd64-7.1.3 amd64-7.2 riscv64-7.2 opensbi
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz
initramfs riscv64 initramfs-riscv64.cpio.gz


# <arch> <kernel> <node 0> <node 1> <tag> <cmdline>
while read -r arch kernel n0 n1 tag cmdline; do
  id="$arch-$kernel-$n0+$n1-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  numa=$(two_nodes "$n0" "$n1")
  mem=$(( ${n0%G} + ${n1%G} ))G
  if [ "$arch" = riscv64 ]; then
    # shellcheck disable=SC2086
    boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -m "$mem" $numa -nodefaults -display none -bios "$(unpacked opensbi)" \
      -kernel "$(unpacked "riscv64-$kernel")" -initrd initramfs-riscv64.cpio.gz \
      -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
    cp "$id.dtb" "$out/$id.dtb"
  else
    watch_machine "$id" "$arch" "$kernel" "$mem" "$numa" "$cmdline"
  fi
  keep "$id"
done <<'EOF2'
arm64 5.10 2G 2G pn64M crashkernel=256M cma_pernuma=64M
arm64 6.1 2G 2G pn64M crashkernel=256M cma_pernuma=64M
arm64 6.1 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M
arm64 6.1 2G 2G pn-bare crashkernel=256M cma_pernuma
arm64 6.16.3 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
arm64 7.0.4 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
arm64 7.1.3 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
arm64 7.2 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
arm64 7.2 2G 2G nc crashkernel=256M numa_cma=1:128M
arm64 7.2 2G 2G nc-offline crashkernel=256M numa_cma=0:32M,3:16M
arm64 7.2 2G 2G pn3G crashkernel=256M cma_pernuma=3G
arm64 7.2 2G 2G nc-bare crashkernel=256M numa_cma
amd64 7.0.4 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
amd64 7.1.3 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
amd64 7.2 2G 2G pn64M.nc crashkernel=256M cma_pernuma=64M numa_cma=0:32M,1:16M
amd64 7.2 4G 2G nc crashkernel=256M numa_cma=0:256M,1:64M
riscv64 7.2 2G 2G pn32M.nc crashkernel=256M cma_pernuma=32M numa_cma=1:16M
EOF2
version qemu-system-aarch64
version qemu-system-x86_64
