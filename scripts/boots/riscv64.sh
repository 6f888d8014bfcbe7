#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's riscv64 kernels (6.12.117, 7.2.13) under QEMU with what the oracle's
# riscv64 cases do not have: memory sizes other than 1/2/4/8 GiB, more than 8 GiB, cma=,
# mem=, crashkernel= forms it does not use, and static CMA pools in /reserved-memory. Each
# serial log (memblock=debug) goes to test/boots/riscv64/<id>.log.gz;
# test/verify/boots.test.ts checks the model against each.
#
# The machine is booted as the oracle boots riscv64 (shared/oracle/README.md "How a case
# boots"): QEMU virt, -cpu rv64, one CPU, the oracle's OpenSBI (Debian opensbi 1.6-1,
# fw_dynamic) as -bios, -kernel, an initramfs. One difference: this QEMU's (bookworm's 7.2)
# virt DT says mmu-type "riscv,sv48", and the kernel takes the paging mode from it, where the
# oracle's QEMU 10 says sv57; the DT is dumped, set to sv57 and booted with -dtb, so that the
# kernels run the oracle's five-level paging (a sv48 boot allocates two page tables fewer).
#
# Needs: qemu-system-riscv64 (Debian package qemu-system-misc), cpio, curl, dpkg-deb, dtc.
# Usage: scripts/boots/riscv64.sh [workdir]   (downloads about 120 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin riscv64 "${1:-}"
need riscv64-6.12 riscv64-7.2 opensbi
initramfs riscv64 initramfs.cpio.gz

# A `static-cma…` boot also gets three static reusable shared-dma-pool nodes (as
# arm64-resmem's static-cma, moved above the initrd): a pool, one that is not CMA-aligned, and
# a linux,cma-default one. Its DTB is kept beside the log: test/verify imports the board from
# both (OpenSBI adds its own mmode_resv nodes to the DT the kernel gets; the log shows them).
sv57_static_cma() {
  sv57 | sed '$d'
  static_cma_nodes c
  echo '};'
}

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="riscv64-$series-virt-$mem-$tag"
  append="console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
  case $tag in static-cma*) edit=sv57_static_cma ;; *) edit=sv57 ;; esac
  # shellcheck disable=SC2086
  boot_with_dt "$id" "$edit" qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none -bios "$(unpacked opensbi)" \
    -kernel "$(unpacked "riscv64-$series")" -initrd initramfs.cpio.gz -append "$append"
  keep "$id"
  case $tag in static-cma*) cp "$id.dtb" "$out/$id.dtb" ;; esac
done <<'EOF'
6.12 3G ck256M crashkernel=256M
6.12 6G ck512M.high crashkernel=512M,high
6.12 4G cma128M cma=128M crashkernel=256M
6.12 4G mem2G mem=2G crashkernel=256M
6.12 16G ck1G crashkernel=1G
6.12 4G ck256M+ck64M.low crashkernel=256M,high crashkernel=64M,low
7.2 3G ck256M crashkernel=256M
7.2 6G ck512M.high crashkernel=512M,high
7.2 4G cma128M cma=128M crashkernel=256M
7.2 4G mem2G mem=2G crashkernel=256M
7.2 16G ck1G crashkernel=1G
7.2 4G ckrange crashkernel=1G-4G:192M,4G-:384M
6.12 4G static-cma crashkernel=256M
7.2 4G static-cma crashkernel=256M
7.2 4G static-cma-cma64M cma=64M crashkernel=256M
6.12 4G at-fixed crashkernel=256M@0xa0000000
7.2 4G at-kernel crashkernel=256M@0x80200000
7.2 4G at-high crashkernel=256M@0x140000000
6.12 1537M ck256M crashkernel=256M
7.2 1537M ck256M crashkernel=256M
7.2 2G ck256M.high crashkernel=256M,high
6.12 4G range-mem crashkernel=1G-2G:128M,2G-:256M mem=1536M
7.2 4097M ck256M crashkernel=256M
6.12 4G low-only crashkernel=128M,low
EOF
version qemu-system-riscv64
