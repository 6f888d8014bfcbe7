#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 (5.10.223, 6.1.192, 6.12.117, 7.2.13) and amd64 (5.10.223,
# 6.12.117, 7.2.13) Debian kernels on QEMU machines with two NUMA nodes (QEMU's -numa: on
# arm64 virt each node's RAM is a DT memory node with numa-node-id, on x86 a SRAT memory
# affinity entry), where the oracle and the other sets boot one: 4G split 2G+2G and 1G+3G, 6G
# split 3G+3G. Each node has its own RAM (a memory backend that reserves no host memory up
# front, reserve=off) and one of the two CPUs (-smp 2). Two amd64 boots tell the second CPU
# from the second node: one node with two CPUs, and two nodes with one CPU (node 1 memory
# only). Seven (`.mem…`) add mem= to cut node 1 off, whole or in part, where the firmware
# still describes it, and two (`.memmap…`) memmap=nn$ss over all or half of node 1. With
# memblock=debug; each serial log goes to test/boots/numa/<id>.log.gz;
# test/verify/boots.test.ts checks the model against it.
#
# Otherwise the machine is booted as the oracle boots it (shared/oracle/README.md "How a case
# boots"): arm64 QEMU virt with dtb-randomness=off, -cpu max, an early console; amd64 -cpu
# max, -kernel; nokaslr on both (as boot_arm64 in common.sh), so that a randomised kernel
# address does not move the arm64 page tables by a page; the busybox initramfs (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 and qemu-system-x86_64 (Debian packages qemu-system-arm,
# qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/numa.sh [workdir]   (downloads about 330 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin numa "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2 amd64-5.10 amd64-6.12 amd64-7.2
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# numa_args <node0 size> <node1 size> <cpus>: two memory backends and two NUMA nodes, one CPU
# each with -smp 2, node 1 memory-only with -smp 1; "-" for the sizes: one backend, no -numa.
numa_args() {
  if [ "$1" = - ]; then
    echo "-smp $3 -object memory-backend-ram,id=m0,size=$mem,reserve=off"
    return
  fi
  cpus1=",cpus=1"
  [ "$3" = 1 ] && cpus1=
  echo "-smp $3 -object memory-backend-ram,id=m0,size=$1,reserve=off -object memory-backend-ram,id=m1,size=$2,reserve=off" \
    "-numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1${cpus1},memdev=m1"
}

# <arch> <series> <machine> <memory> <node 0> <node 1> <cpus> <tag> <cmdline>
while read -r arch series machine mem n0 n1 smp tag cmdline; do
  if [ "$n0" = - ]; then nodes=1node; else nodes="$n0+$n1"; fi
  id="$arch-$series-$machine-$mem-$nodes-$tag"
  if [ "$n0" = - ] || [ "$smp" != 2 ]; then id="$arch-$series-$machine-$mem-$nodes-smp$smp-$tag"; fi
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  # One backend without -numa: the machine's own RAM property takes it.
  ram=
  [ "$n0" = - ] && ram=",memory-backend=m0"
  if [ "$arch" = arm64 ]; then
    # shellcheck disable=SC2046
    timeout 900 qemu-system-aarch64 -M "virt,dtb-randomness=off$ram" -cpu max,pauth-impdef=on -m "$mem" $(numa_args "$n0" "$n1" "$smp") \
      -nodefaults -display none -kernel "$(unpacked "arm64-$series")" -initrd initramfs-arm64.cpio.gz \
      -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  else
    # shellcheck disable=SC2046
    timeout 900 qemu-system-x86_64 -M "$machine$ram" -cpu max -m "$mem" $(numa_args "$n0" "$n1" "$smp") \
      -nodefaults -display none -kernel "$(unpacked "amd64-$series")" -initrd initramfs-amd64.cpio.gz \
      -append "console=ttyS0 nokaslr memblock=debug $cmdline" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  fi
  keep "$id"
done <<'EOF2'
arm64 6.12 virt 4G 2G 2G 2 ck256M crashkernel=256M
arm64 7.2 virt 4G 2G 2G 2 ck256M crashkernel=256M
arm64 6.1 virt 4G 2G 2G 2 ck512M crashkernel=512M
arm64 5.10 virt 4G 2G 2G 2 ck256M crashkernel=256M
arm64 6.12 virt 4G 1G 3G 2 ck256M crashkernel=256M
arm64 7.2 virt 4G 1G 3G 2 ck512M crashkernel=512M
arm64 6.1 virt 4G 1G 3G 2 ck256M crashkernel=256M
arm64 6.12 virt 6G 3G 3G 2 ck512M crashkernel=512M
arm64 7.2 virt 6G 3G 3G 2 ck1G.high crashkernel=1G,high
amd64 6.12 q35 4G 2G 2G 2 ck256M crashkernel=256M
amd64 7.2 q35 4G 2G 2G 2 ck256M crashkernel=256M
amd64 5.10 q35 4G 2G 2G 2 ck512M crashkernel=512M
amd64 6.12 q35 6G 3G 3G 2 ck512M crashkernel=512M
amd64 7.2 q35 6G 3G 3G 2 ck512M.high crashkernel=512M,high
amd64 6.12 pc 4G 2G 2G 2 ck512M crashkernel=512M
amd64 7.2 pc 6G 3G 3G 2 ck256M crashkernel=256M
amd64 5.10 pc 6G 3G 3G 2 ck512M crashkernel=512M
amd64 6.12 q35 4G 1G 3G 2 ck256M crashkernel=256M
amd64 6.12 q35 4G - - 2 ck256M crashkernel=256M
amd64 6.12 q35 4G 2G 2G 1 ck256M crashkernel=256M
amd64 6.12 q35 4G 2G 2G 2 ck256M.mem3G crashkernel=256M mem=3G
amd64 5.10 q35 4G 2G 2G 2 ck256M.mem3G crashkernel=256M mem=3G
amd64 7.2 q35 4G 2G 2G 2 ck256M.mem3G crashkernel=256M mem=3G
amd64 6.12 q35 6G 3G 3G 2 ck256M.mem6G crashkernel=256M mem=6G
arm64 6.12 virt 4G 2G 2G 2 ck256M.mem2G crashkernel=256M mem=2G
arm64 5.10 virt 4G 2G 2G 2 ck256M.mem2G crashkernel=256M mem=2G
arm64 7.2 virt 4G 2G 2G 2 ck256M.mem2G crashkernel=256M mem=2G
amd64 6.12 q35 4G 2G 2G 2 ck256M.memmap2G crashkernel=256M memmap=2G$0x100000000
amd64 6.12 q35 4G 2G 2G 2 ck256M.memmap1G crashkernel=256M memmap=1G$0x100000000
EOF2

# Two arm64 boots with the oracle's resmem-cma DT (a 256 MiB linux,cma-default pool in node
# 0's RAM), each kept with the DTB it booted (<id>.dtb): a DT pool that is the default area
# leaves out dma_contiguous_reserve()'s global area, and 7.2's dma_numa_cma_reserve() still
# gives each node an area of that pool's size (CONFIG_CMA_SIZE_PERNUMA); 6.12 has no such areas.
# <series> <memory> <node 0> <node 1> <tag> <cmdline>
variant=resmem-cma
while read -r series mem n0 n1 tag cmdline; do
  id="arm64-$series-virt-$mem-$n0+$n1-$tag.$variant"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  # shellcheck disable=SC2046
  boot_with_dt "$id" edit_dts qemu-system-aarch64 virt,dtb-randomness=off -cpu max,pauth-impdef=on -m "$mem" $(numa_args "$n0" "$n1" 2) \
    -nodefaults -display none -kernel "$(unpacked "arm64-$series")" -initrd initramfs-arm64.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"
  cp "$id.dtb" "$out/$id.dtb"
  keep "$id"
done <<'EOF2'
7.2 4G 2G 2G ck256M crashkernel=256M
6.12 4G 2G 2G ck256M crashkernel=256M
EOF2
version qemu-system-aarch64
qemu-system-x86_64 --version | head -1 >> "$out/QEMU_VERSION"
