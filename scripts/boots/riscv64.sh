#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's riscv64 kernels (6.12.117, 7.2.13) under QEMU with what the oracle's
# riscv64 cases do not have: memory sizes other than 1/2/4/8 GiB, more than 8 GiB, cma=,
# mem=, and crashkernel= forms it does not use. Each serial log (memblock=debug) goes to
# test/boots/riscv64/<id>.log.gz; test/verify/boots.test.ts checks the model against each.
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
work=${1:-/tmp/crashkernel-check-riscv64}
out="$root/test/boots/riscv64"
mkdir -p "$work" "$out"
cd "$work"

. "$root/scripts/boots/common.sh"

# Package, sha256 (the oracle's kernels and firmware; the versions the boots were made with).
fetch pool/main/l/linux/linux-image-6.12.117+deb13-riscv64_6.12.117-1_riscv64.deb f5d9424b6f6a4518197202effc7e8eeaa90f8d73466c2dba2470f6ea7fb4f55c
fetch pool/main/l/linux/linux-binary-7.2.13+deb14-riscv64_7.2.13-1_riscv64.deb de8e75884c95b246b4bf72b9dc1c004c535f786da8743006bd341e058e948e99
fetch pool/main/o/opensbi/opensbi_1.6-1_all.deb dc4a43bd21a0ca11771ed8b19ee6fa8476d1d0f4976bd0b27c0357c699d27e1e
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_riscv64.deb 4add476d2b185c5b487c285b38d790f0881a7e4a8e2ddde835f917e770eb8633

initramfs x/busybox-static initramfs.cpio.gz
bios=$(find x/opensbi -name fw_dynamic.bin -path '*generic*' | head -1)

kernel() {
  case $1 in
    6.12) find x/linux-image-6.12.117+deb13-riscv64/boot -name 'vmlinu*-6.12.117+deb13-riscv64' | head -1 ;;
    7.2) echo x/linux-binary-7.2.13+deb14-riscv64/usr/lib/modules/7.2.13+deb14-riscv64/vmlinuz ;;
  esac
}

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="riscv64-$series-virt-$mem-$tag"
  append="console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug $cmdline"
  machine="-cpu rv64 -smp 1 -m $mem -nodefaults -display none -bios $bios"
  # shellcheck disable=SC2086
  qemu-system-riscv64 -M virt,dumpdtb="$id.qemu.dtb" $machine -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz \
    -append "$append" < /dev/null > /dev/null 2>&1 || true
  dtc -q -I dtb -O dts "$id.qemu.dtb" | sed 's/"riscv,sv48"/"riscv,sv57"/' > "$id.dts"
  dtc -q -I dts -O dtb "$id.dts" > "$id.dtb"
  # shellcheck disable=SC2086
  timeout 900 qemu-system-riscv64 -M virt $machine -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz -dtb "$id.dtb" \
    -append "$append" -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
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
EOF
qemu-system-riscv64 --version | head -1 > "$out/QEMU_VERSION"
