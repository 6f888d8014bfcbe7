#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's amd64 kernels (5.10.223, 6.12.117, 7.2.13) under QEMU with memory sizes
# the oracle does not use (it boots 1, 4 and 8 GiB): 3 and 6 GiB on q35 and pc, and 65 GiB,
# where the direct map and NODE_DATA sit far above 4 GiB; either side of QEMU's split of RAM
# below and above 4 GiB (q35 2815M/2816M, pc 3583M/3584M) and sizes off a GiB; and crash kernels
# that exactly fill the free RAM between the kernel image and the initrd below 4 GiB
# (ck-fill-low: the region ends at the initrd) or are one byte too large for it
# (ck-fill-low-plus1: the search falls back above 4 GiB with a low part). Each serial log goes to
# test/boots/amd64-sizes/<id>.log.gz; test/verify/boots.test.ts checks the model against it.
#
# The machine is booted as the oracle boots amd64 (shared/oracle/README.md "How a case
# boots"): -cpu max, one CPU, -kernel, an initramfs, nokaslr; the RAM is a memory backend
# that reserves no host memory up front (reserve=off).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-sizes.sh [workdir]   (downloads about 70 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin amd64-sizes "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2
initramfs amd64 initramfs.cpio.gz

# <series> <machine> <memory> <tag> <cmdline>
while read -r series machine mem tag cmdline; do
  id="amd64-$series-$machine-$mem-$tag"
  timeout 900 qemu-system-x86_64 -M "$machine,memory-backend=ram" -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "amd64-$series")" -initrd initramfs.cpio.gz -append "console=ttyS0 nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
6.12 q35 3G ck256M crashkernel=256M
6.12 q35 6G ck512M.high crashkernel=512M,high
6.12 pc 3G ck512M crashkernel=512M
6.12 pc 6G ck1G-4G_256M.4G-64G_512M crashkernel=1G-4G:256M,4G-64G:512M
6.12 q35 65G ck1G crashkernel=1G
6.12 q35 65G ck2G.high crashkernel=2G,high
5.10 q35 3G ck256M crashkernel=256M
5.10 pc 6G ck512M.high crashkernel=512M,high
5.10 q35 65G ck1G crashkernel=1G
7.2 q35 3G ck256M crashkernel=256M
7.2 pc 6G ck512M.high crashkernel=512M,high
7.2 q35 65G ck1G crashkernel=1G
6.12 q35 2815M ck256M crashkernel=256M
6.12 q35 2816M ck256M crashkernel=256M
6.12 pc 3583M ck256M crashkernel=256M
6.12 pc 3584M ck256M crashkernel=256M
7.2 q35 1537M ck256M crashkernel=256M
5.10 q35 4097M ck512M crashkernel=512M
7.2 q35 4097M ck512M.high crashkernel=512M,high
6.12 q35 6G ck-fill-low crashkernel=0x7bedc000
6.12 q35 6G ck-fill-low-plus1 crashkernel=0x7bedc001
7.2 q35 6G ck-fill-low crashkernel=0x7aedc000
7.2 q35 6G ck-fill-low-plus1 crashkernel=0x7aedc001
5.10 q35 6G ck-fill-low crashkernel=0x7aedc000
5.10 q35 6G ck-fill-low-plus1 crashkernel=0x7aedc001
EOF2
version qemu-system-x86_64
