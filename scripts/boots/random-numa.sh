#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# A randomized boot differential of NUMA machines: node layouts nobody chose by hand (the
# NUMA sets so far, scripts/boots/numa.sh and riscv64-numa.sh, were picked by hand). A fixed
# seed drives scripts/boots/random-configs.mjs (kind 5, numaDraws() says what it draws): arm64
# on QEMU virt, amd64 on q35 or pc, riscv64 on virt now and then, a Debian build of each
# (scripts/boots/common.sh), 2 – 4 NUMA nodes of drawn sizes (2 – 8 GiB in all), as many CPUs
# as nodes or fewer, sometimes a `-numa dist` table, `nokaslr memblock=debug`, a crashkernel=
# form, sometimes cma= and numa=off. Each serial log goes to
# test/boots/random-numa/<id>.log.gz (riscv64's with the DTB it booted, <id>.dtb);
# test/verify/boots.test.ts runs verify on each.
#
# Each node's RAM is its own memory backend that reserves no host memory up front
# (`-object memory-backend-ram,id=mN,size=<node N>,reserve=off -numa node,nodeid=N,memdev=mN`),
# CPU i on node i (`cpus=i`), as scripts/boots/numa.sh boots; otherwise the machine is booted
# as the oracle boots it (arm64 `-M virt,dtb-randomness=off -cpu max,pauth-impdef=on`, an early
# console; amd64 `-cpu max`; -kernel; the busybox initramfs) and riscv64 as
# scripts/boots/riscv64-numa.sh boots it (OpenSBI as -bios, QEMU's DT set to sv57, -dtb).
#
# Needs: qemu-system-aarch64, qemu-system-x86_64, qemu-system-riscv64, cpio, curl, dpkg-deb,
# dtc, node.
# Kind 9 (the fifth argument) draws the same with a `mem=` that cuts nodes off, whole or in
# part (seed 20261204, 14 boots: ids -m01 – -m14).
# Usage: scripts/boots/random-numa.sh [workdir [seed [count [id glob [kind [tag]]]]]]
#   (20261208, 20, every id and kind 5 unless given; the ids' tag n for kind 5 and m for kind 9
#   unless given: a later draw of a kind takes its own, as seed 20261220's a; downloads the
#   packages of the selected boots it has not got into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
seed=${2:-20261208} count=${3:-20} only=${4:-*} kind=${5:-5}
# Kind 9 (mem= cutting nodes off) names its boots -mNN, kind 5 -nNN.
tag=n
[ "$kind" = 9 ] && tag=m
tag=${6:-$tag}
configs=$(node "$root/scripts/boots/random-configs.mjs" "$seed" "$count" "$tag" "$kind")
begin random-numa "${1:-}"

# The boots the id glob selects, and only their packages.
selected=$(printf '%s\n' "$configs" | select_boots "$only")
need_boots "$selected"
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz
case $selected in *riscv64*) need opensbi; initramfs riscv64 initramfs-riscv64.cpio.gz ;; esac

# numa_args <sizes a,b,…> <cpus> <distances src:dst:val,… or ->: a memory backend and a node
# per size, CPU i on node i, and the distances.
numa_args() {
  n=0
  for size in $(echo "$1" | tr , ' '); do
    cpus=
    [ "$n" -lt "$2" ] && cpus=",cpus=$n"
    printf ' -object memory-backend-ram,id=m%s,size=%s,reserve=off -numa node,nodeid=%s%s,memdev=m%s' "$n" "$size" "$n" "$cpus" "$n"
    n=$((n + 1))
  done
  [ "$3" = - ] && return
  for d in $(echo "$3" | tr , ' '); do
    echo "$d" | awk -F: '{ printf " -numa dist,src=%s,dst=%s,val=%s", $1, $2, $3 }'
  done
}

printf '%s\n' "$selected" | while read -r arch release machine mem id sizes cpus dist cmdline; do
  [ -n "$id" ] || continue
  numa=$(numa_args "$sizes" "$cpus" "$dist")
  case $arch in
    arm64)
      # shellcheck disable=SC2086
      timeout 300 qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp "$cpus" -m "$mem" $numa -nodefaults -display none \
        -kernel "$(unpacked "arm64-$release")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    amd64)
      # shellcheck disable=SC2086
      timeout 300 qemu-system-x86_64 -M "$machine" -cpu max -smp "$cpus" -m "$mem" $numa -nodefaults -display none \
        -kernel "$(unpacked "amd64-$release")" -initrd initramfs-amd64.cpio.gz -append "console=ttyS0 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    riscv64)
      # shellcheck disable=SC2086
      BOOT_TIMEOUT=600 boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp "$cpus" -m "$mem" $numa -nodefaults -display none -bios "$(unpacked opensbi)" \
        -kernel "$(unpacked "riscv64-$release")" -initrd initramfs-riscv64.cpio.gz -append "console=ttyS0 earlycon=uart8250,mmio,0x10000000 $cmdline"
      cp "$id.dtb" "$out/$id.dtb" ;;
  esac
  keep "$id"
done
version qemu-system-x86_64
