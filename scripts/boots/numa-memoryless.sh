#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 and amd64 kernels on QEMU machines with NUMA nodes one of which has a
# CPU and no memory (a CPU-only node: `-numa node,nodeid=N,cpus=…` without a memory backend):
# the kernel sets that node up from another node's memory (NODE_DATA), which the board's
# memorylessNodes setting models. The name's node sizes say which: `4G+0` node 1, `0+4G`
# node 0, `2G+2G+0` node 2 of three (amd64 7.2 with cma=64M: CONFIG_CMA_SIZE_PERNUMA's
# per-node areas on the two memory nodes, and a warning for the CPU-only one, not online yet). On arm64 virt QEMU's DT gives the CPU of the node a
# numa-node-id and the node no memory node (the DTB each arm64 boot booted is kept,
# <id>.dtb); on x86 the SRAT gives the CPU's APIC the node ("SRAT: PXM 1 -> APIC 0x01 ->
# Node 1") and no memory affinity entry. With memblock=debug; each serial log goes to
# test/boots/numa-memoryless/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# Otherwise the machine is booted as scripts/boots/numa.sh boots it: arm64 QEMU virt with
# dtb-randomness=off, -cpu max, an early console; amd64 -cpu max, -kernel; nokaslr on both;
# one CPU per node (-smp is the number of nodes); the busybox initramfs (scripts/boots/common.sh).
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
arm64 5.10 virt 4G 4G+0 ck256M crashkernel=256M
arm64 5.10 virt 3030M 3030M+0 ck256M crashkernel=256M
arm64 6.12 virt 4G 4G+0 ck256M crashkernel=256M
arm64 7.2 virt 4G 4G+0 ck512M crashkernel=512M
arm64 6.18.5 virt 4G 0+4G ck256M crashkernel=256M
arm64 7.2 virt 3G 3G+0 ck256M crashkernel=256M
arm64 6.12 virt 3G 3G+0 ck256M crashkernel=256M
arm64 6.12 virt 3050M 3050M+0 ck256M crashkernel=256M
amd64 5.10 q35 4G 4G+0 ck256M crashkernel=256M
amd64 6.12 q35 4G 4G+0 ck256M crashkernel=256M
amd64 7.2 q35 4G 4G+0 ck512M crashkernel=512M
amd64 7.2 q35 4G 2G+2G+0 cma64M cma=64M crashkernel=256M
EOF2
)
need $(printf '%s\n' "$list" | awk '{ print $1 "-" $2 }' | sort -u)
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# numa_args <sizes>: a node per `+`-separated size, each with one CPU (-smp is their count);
# a size of 0 is a node with its CPU and no memory backend (a CPU-only node).
numa_args() {
  n=0
  args=
  for size in $(echo "$1" | tr + ' '); do
    if [ "$size" = 0 ]; then
      args="$args -numa node,nodeid=$n,cpus=$n"
    else
      args="$args -object memory-backend-ram,id=m$n,size=$size,reserve=off -numa node,nodeid=$n,cpus=$n,memdev=m$n"
    fi
    n=$((n + 1))
  done
  echo "-smp $n$args"
}
same() { cat; }

# <arch> <series> <machine> <memory> <node sizes> <tag> <cmdline>
printf '%s\n' "$list" | while read -r arch series machine mem nodes tag cmdline; do
  id="$arch-$series-$machine-$mem-$nodes-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  if [ "$arch" = arm64 ]; then
    # shellcheck disable=SC2046
    BOOT_TIMEOUT=600 boot_with_dt "$id" same qemu-system-aarch64 "virt,dtb-randomness=off" -cpu max,pauth-impdef=on -m "$mem" $(numa_args "$nodes") \
      -nodefaults -display none -kernel "$(unpacked "arm64-$series")" -initrd initramfs-arm64.cpio.gz \
      -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline"
    cp "$id.dtb" "$out/$id.dtb"
  else
    # shellcheck disable=SC2046
    timeout 600 qemu-system-x86_64 -M "$machine" -cpu max -m "$mem" $(numa_args "$nodes") \
      -nodefaults -display none -kernel "$(unpacked "amd64-$series")" -initrd initramfs-amd64.cpio.gz \
      -append "console=ttyS0 nokaslr memblock=debug $cmdline" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  fi
  keep "$id"
done
version qemu-system-aarch64
qemu-system-x86_64 --version | head -1 >> "$out/QEMU_VERSION"
