#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 kernels (the oracle's 5.10.223, 6.1.192, 6.12.117 and the 16K
# 6.12.117) under QEMU with more memory than the oracle's 16 GiB: enough for the memmap to
# cross page-table blocks of the vmemmap region (a 4K memmap of more than 1 GiB, 64 GiB of
# RAM; a 16K one of more than 1 GiB, 256 GiB). Each log, with memblock=debug, goes to
# test/boots/arm64-large/<id>.log.gz; test/verify/boots.test.ts compares the memblock dump
# with the model's.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"), with the RAM as a memory backend that reserves no host memory up front
# (reserve=off): the guest only touches what it uses. And with nokaslr: -cpu max has
# FEAT_RNG, so a KASLR kernel lowers memstart_addr by a random number of GiB
# (memstart_offset_seed), which moves the linear map and the vmemmap against the 512 GiB
# blocks of their page tables; with this much RAM one boot in a few then allocates one table
# more (a 5.10 boot did, two of the same did not).
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-large.sh [workdir]   (downloads about 200 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-large "${1:-}"
need arm64-5.10 arm64-6.1 arm64-6.12 arm64-6.12-16k
initramfs arm64 initramfs.cpio.gz

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-plain-$mem-$tag"
  timeout 900 qemu-system-aarch64 -M virt,dtb-randomness=off,memory-backend=ram -object "memory-backend-ram,id=ram,size=$mem,reserve=off" \
    -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(unpacked "arm64-$series")" -initrd initramfs.cpio.gz -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
6.12 63G ck256M crashkernel=256M
6.12 65G ck512M.high crashkernel=512M,high
5.10 65G ck512M.high crashkernel=512M,high
6.1 65G ck512M.high crashkernel=512M,high
6.12-16k 257G ck512M.high crashkernel=512M,high
EOF2
version qemu-system-aarch64
