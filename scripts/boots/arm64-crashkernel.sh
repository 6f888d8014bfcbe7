#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 Debian kernels (5.10.223, 6.12.117, 7.2.13) under QEMU virt with
# crashkernel= forms the oracle does not use: fixed offsets over the kernel image, above
# 4 GiB, below RAM or misaligned; ,high with no memory above 4 GiB; a ,low that cannot fit;
# a range table read against the RAM mem= leaves; a plain crashkernel= and a ,high one
# together. memblock=debug and an early console are on (as in the oracle's -mbdebug cases), so
# each log says where the boot loader put the kernel, the initrd and the DTB, and `verify`
# rebuilds the board from the log alone. Each serial log is kept in
# test/boots/arm64-crashkernel/<id>.log.gz (test/verify/boots.test.ts checks them).
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"): QEMU virt with dtb-randomness=off, -cpu max, one CPU. The initramfs is busybox
# (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-crashkernel.sh [workdir]   (downloads about 180 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-crashkernel "${1:-}"
need arm64-5.10 arm64-6.12 arm64-7.2
initramfs arm64 initramfs.cpio.gz

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-$mem-$tag"
  timeout 900 qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "arm64-$series")" -initrd initramfs.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
6.12 4G at-kernel crashkernel=256M@0x40000000
7.2 4G at-kernel crashkernel=256M@0x40000000
5.10 4G at-kernel crashkernel=256M@0x40000000
6.12 4G at-high crashkernel=256M@0x100000000
7.2 4G at-high crashkernel=256M@0x100000000
5.10 4G at-high crashkernel=256M@0x100000000
6.12 4G at-below-ram crashkernel=256M@0x10000000
6.12 4G at-misaligned crashkernel=256M@0x60001000
5.10 4G at-misaligned crashkernel=256M@0x60001000
6.12 1G high-only crashkernel=256M,high
7.2 1G high-only crashkernel=256M,high
5.10 1G high-only crashkernel=256M,high
6.12 4G range-mem crashkernel=1G-2G:128M,2G-:256M mem=1536M
5.10 4G range-mem crashkernel=1G-2G:128M,2G-:256M mem=1536M
7.2 4G range-mem crashkernel=1G-2G:128M,2G-:256M mem=1536M
6.12 2G low-big crashkernel=512M,high crashkernel=1536M,low
7.2 2G low-big crashkernel=512M,high crashkernel=1536M,low
6.12 8G plain-and-high crashkernel=128M crashkernel=256M,high
5.10 8G plain-and-high crashkernel=128M crashkernel=256M,high
EOF2
version qemu-system-aarch64
