#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's amd64 6.12.117 and 7.2.13 kernels under QEMU q35 with -cpu max (which
# has LA57, so a CONFIG_X86_5LEVEL kernel runs 5-level paging), 4 GiB, nogbpages and 18
# one-page memmap= holes above 4 GiB (one every 64 MiB from 4 GiB + 64 MiB): the direct map
# of RAM above 4 GiB then needs more page-table pages than the early brk buffer holds, and
# the rest come from memblock, top-down below max_pfn_mapped. With 5-level paging
# __kernel_physical_mapping_init() takes a P4D table for the PGD slot too
# (arch/x86/mm/init_64.c), so the kernel takes ten pages from memblock where 4-level paging
# takes nine, and NODE_DATA(0) lands a page lower. memblock=debug shows every allocation.
# The logs go to test/boots/amd64-la57/<id>.log.gz (src/engine/x86/setup.test.ts and
# test/verify/boots.test.ts read them).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-la57.sh [workdir]   (downloads about 125 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin amd64-la57 "${1:-}"
need amd64-6.12 amd64-7.2
initramfs amd64 initramfs.cpio.gz

holes=""
for k in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18; do
  holes="$holes memmap=4K\$$(printf '0x%x' $((0x100000000 + k * 0x4000000 + 0x1000)))"
done
for s in 6.12 7.2; do
  id="amd64-$s-q35-4G-brk"
  BOOT_TIMEOUT=900 boot_amd64 "$id" "$s" q35 4G "nogbpages memblock=debug earlycon=uart8250,io,0x3f8,115200 $holes"
  keep "$id"
done
version qemu-system-x86_64
