#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 Debian kernels (5.10.223, 6.1.192, 6.12.117, 7.2.13) under QEMU
# virt with memory sizes off a power of two (the oracle boots 1, 2, 4, 8 and 16 GiB): 1537M,
# 2049M, 3073M, 4097M (1 MiB above 4 GiB) and 5121M, so that the end of RAM is not aligned to
# a section, a block or a zone. Each serial log, with memblock=debug, goes to
# test/boots/arm64-sizes/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"): QEMU virt with dtb-randomness=off, -cpu max, one CPU, an early console; the RAM is
# a memory backend that reserves no host memory up front (reserve=off). The initramfs is
# busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-sizes.sh [workdir]   (downloads about 240 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-sizes "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-7.2
initramfs arm64 initramfs.cpio.gz

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-plain-$mem-$tag"
  timeout 900 qemu-system-aarch64 -M virt,dtb-randomness=off,memory-backend=ram -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "arm64-$series")" -initrd initramfs.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
5.10 1G ck512M crashkernel=512M
5.10 1537M ck256M crashkernel=256M
6.1 1537M ck256M crashkernel=256M
6.12 1537M ck256M crashkernel=256M
7.2 1537M ck256M crashkernel=256M
7.2 2049M ck256M crashkernel=256M
6.12 3073M ck512M crashkernel=512M
7.2 3073M ck1G crashkernel=1G
5.10 4097M ck256M crashkernel=256M
6.12 4097M ck256M crashkernel=256M
7.2 4097M ck512M.high crashkernel=512M,high
6.1 5121M ck1G crashkernel=1G
6.12 5121M ck512M.high crashkernel=512M,high
EOF2
version qemu-system-aarch64
