#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's riscv64 kernels (6.12.117, 7.2.13) on QEMU virt with two NUMA nodes
# (QEMU's -numa), where the oracle and test/boots/riscv64 boot one: 4G split 2G+2G, 1G+3G and
# 3G+1G, 6G split 3G+3G, 8G split 4G+4G; and one boot (4G+0) whose node 1 has a CPU and no
# memory. Each node has its own RAM (a memory backend that
# reserves no host memory up front, reserve=off) and one of the two CPUs (-smp 2); QEMU's virt
# DT then has one memory node per node and a numa-node-id on it and on each CPU (riscv virt
# makes each node a socket). With memblock=debug; each serial log goes to
# test/boots/riscv64-numa/<id>.log.gz and the DTB it booted to <id>.dtb beside it;
# test/verify/boots.test.ts checks the model against each.
#
# Otherwise the machine is booted as scripts/boots/riscv64.sh boots it: QEMU virt, -cpu rv64,
# the oracle's OpenSBI (Debian opensbi 1.6-1, fw_dynamic) as -bios, -kernel, the busybox
# initramfs, and QEMU's DT dumped and set to mmu-type riscv,sv57 (the oracle's QEMU 10 says
# sv57, this one sv48), booted with -dtb.
#
# Later, trixie-backports' riscv64 6.16.3, 6.17.8, 7.0.4 and 7.1.3 (test/boots/releases), whose
# memblock keeps each allocation's node from 6.16, and which have no kernel profile: their
# boards take the paging mode from the DTB beside the log.
#
# Needs: qemu-system-riscv64 (Debian package qemu-system-misc), cpio, curl, dpkg-deb, dtc.
# Usage: [ONLY='<id> …'] scripts/boots/riscv64-numa.sh [workdir]   (downloads about 370 MB into
# workdir; ONLY boots just the ids it lists)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin riscv64-numa "${1:-}"
need riscv64-6.12 riscv64-7.2 riscv64-6.16.3 riscv64-6.17.8 riscv64-7.0.4 riscv64-7.1.3 opensbi
initramfs riscv64 initramfs.cpio.gz


# <series> <memory> <node 0> <node 1> <tag> <cmdline>
while read -r series mem n0 n1 tag cmdline; do
  id="riscv64-$series-virt-$mem-$n0+$n1-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  append="console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
  # Node 1 of size 0: a CPU-only node without memory (QEMU gives it a memory node with an empty reg).
  if [ "$n1" = 0 ]; then
    numa="-object memory-backend-ram,id=m0,size=$n0,reserve=off -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1"
  else
    numa="-object memory-backend-ram,id=m0,size=$n0,reserve=off -object memory-backend-ram,id=m1,size=$n1,reserve=off"
    numa="$numa -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1,memdev=m1"
  fi
  # shellcheck disable=SC2086
  boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 2 -m "$mem" $numa \
    -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked "riscv64-$series")" -initrd initramfs.cpio.gz -append "$append"
  keep "$id"
  cp "$id.dtb" "$out/$id.dtb"
done <<'EOF'
6.12 4G 2G 2G ck256M crashkernel=256M
7.2 4G 2G 2G ck256M crashkernel=256M
6.12 4G 1G 3G ck256M crashkernel=256M
7.2 4G 1G 3G ck512M crashkernel=512M
6.12 4G 3G 1G ck256M crashkernel=256M
7.2 4G 3G 1G ck256M crashkernel=256M
6.12 6G 3G 3G ck512M.high crashkernel=512M,high
7.2 6G 3G 3G ck2G crashkernel=2G
6.12 8G 4G 4G ck512M crashkernel=512M
7.2 8G 4G 4G ck1G.high crashkernel=1G,high
7.2 4G 2G 2G cma128M cma=128M crashkernel=256M
6.12 4G 4G 0 ck256M crashkernel=256M
7.2 4G 4G 0 ck512M crashkernel=512M
6.16.3 4G 2G 2G ck256M crashkernel=256M
6.17.8 4G 1G 3G ck512M crashkernel=512M
7.0.4 6G 3G 3G ck512M.high crashkernel=512M,high
7.1.3 4G 3G 1G cma128M cma=128M crashkernel=256M
7.1.3 4G 4G 0 ck256M crashkernel=256M
6.16.3 8G 4G 4G ck1G.high crashkernel=1G,high
EOF
version qemu-system-riscv64
