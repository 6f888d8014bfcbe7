#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 and amd64 kernels on QEMU machines with two NUMA nodes, one of which
# has a CPU and no memory (a CPU-only node: `-numa node,nodeid=N,cpus=…` without a memory
# backend): the kernel sets that node up from another node's memory (NODE_DATA), which the
# board's memoryless-nodes setting models. Node 1 is the CPU-only one, except in the boots
# named `0+<size>`, where node 0 is. On arm64 virt QEMU's DT gives the CPU of the node a
# numa-node-id and the node no memory node (the DTB each arm64 boot booted is kept,
# <id>.dtb); on x86 the SRAT gives the CPU's APIC the node ("SRAT: PXM 1 -> APIC 0x01 ->
# Node 1") and no memory affinity entry. With memblock=debug; each serial log goes to
# test/boots/numa-memoryless/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# Otherwise the machine is booted as scripts/boots/numa.sh boots it: arm64 QEMU virt with
# dtb-randomness=off, -cpu max, an early console; amd64 -cpu max, -kernel; nokaslr on both;
# -smp 2, one CPU per node; the busybox initramfs (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 and qemu-system-x86_64 (Debian packages qemu-system-arm,
# qemu-system-x86), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/numa-memoryless.sh [workdir]   (downloads about 400 MB into workdir;
# ONLY="<id> …" boots only those)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin numa-memoryless "${1:-}"
list=$(cat <<'EOF2'
arm64 5.10 virt 4G 4G 0 ck256M crashkernel=256M
arm64 5.10 virt 3030M 3030M 0 ck256M crashkernel=256M
arm64 6.12 virt 4G 4G 0 ck256M crashkernel=256M
arm64 7.2 virt 4G 4G 0 ck512M crashkernel=512M
arm64 6.18.5 virt 4G 0 4G ck256M crashkernel=256M
arm64 7.2 virt 3G 3G 0 ck256M crashkernel=256M
arm64 6.12 virt 3G 3G 0 ck256M crashkernel=256M
arm64 6.12 virt 3050M 3050M 0 ck256M crashkernel=256M
amd64 5.10 q35 4G 4G 0 ck256M crashkernel=256M
amd64 6.12 q35 4G 4G 0 ck256M crashkernel=256M
amd64 7.2 q35 4G 4G 0 ck512M crashkernel=512M
EOF2
)
need $(printf '%s\n' "$list" | awk '{ print $1 "-" $2 }' | sort -u)
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# numa_args <node 0 size> <node 1 size>: one memory backend, on the node whose size is not 0;
# the other node has its CPU only.
numa_args() {
  if [ "$1" = 0 ]; then
    echo "-object memory-backend-ram,id=m1,size=$2,reserve=off -numa node,nodeid=0,cpus=0 -numa node,nodeid=1,cpus=1,memdev=m1"
  else
    echo "-object memory-backend-ram,id=m0,size=$1,reserve=off -numa node,nodeid=0,cpus=0,memdev=m0 -numa node,nodeid=1,cpus=1"
  fi
}
same() { cat; }

# <arch> <series> <machine> <memory> <node 0> <node 1> <tag> <cmdline>
printf '%s\n' "$list" | while read -r arch series machine mem n0 n1 tag cmdline; do
  id="$arch-$series-$machine-$mem-$n0+$n1-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  if [ "$arch" = arm64 ]; then
    # shellcheck disable=SC2046
    BOOT_TIMEOUT=600 boot_with_dt "$id" same qemu-system-aarch64 "virt,dtb-randomness=off" -cpu max,pauth-impdef=on -smp 2 -m "$mem" $(numa_args "$n0" "$n1") \
      -nodefaults -display none -kernel "$(unpacked "arm64-$series")" -initrd initramfs-arm64.cpio.gz \
      -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"
    cp "$id.dtb" "$out/$id.dtb"
  else
    # shellcheck disable=SC2046
    timeout 600 qemu-system-x86_64 -M "$machine" -cpu max -smp 2 -m "$mem" $(numa_args "$n0" "$n1") \
      -nodefaults -display none -kernel "$(unpacked "amd64-$series")" -initrd initramfs-amd64.cpio.gz \
      -append "console=ttyS0 nokaslr memblock=debug $cmdline" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  fi
  keep "$id"
done
version qemu-system-aarch64
qemu-system-x86_64 --version | head -1 >> "$out/QEMU_VERSION"
