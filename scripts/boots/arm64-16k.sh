#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's arm64 16K-page kernels under QEMU and keeps each serial log in
# test/boots/arm64-16k/<id>.log.gz. The shared oracle has 4K kernels only (Debian's default
# arm64 flavour); Debian also builds an "arm64-16k" flavour (trixie 6.12, sid 7.2), and these
# boots are what the 16K memory model (sparse_init()'s memmap, the CMA alignment, map_mem()'s
# tables) is checked against (test/verify/boots-16k.test.ts).
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"): QEMU virt, dtb-randomness=off, -cpu max (LPA2), one CPU, -kernel, an initramfs.
# nokaslr: -cpu max has FEAT_RNG, so a KASLR kernel lowers memstart_addr by a random number
# of GiB, which moves the vmemmap against its page-table blocks; a 5.10 boot with 4 GiB then
# allocated 3 vmemmap tables instead of 2, and the memblock dumps compared here would differ
# from boot to boot (docs/engine.md, "What no boot checks").
# Every boot has memblock=debug and an early console, so the log shows every early memblock
# call. The initramfs is busybox: it prints /proc/iomem, /proc/cmdline and dmesg between
# =====ORACLE-BEGIN/END <name>===== markers, then powers off.
#
# The DT variants (dma30, resmem-*, twobank) are the oracle's: QEMU's own DTB for the same
# memory size and command line (dumpdtb), decompiled, edited as the oracle's dts_diff does,
# and booted with -dtb.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), cpio, curl, dpkg-deb, dtc
# (device-tree-compiler).
# Usage: scripts/boots/arm64-16k.sh [workdir]   (downloads about 150 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-16k "${1:-}"
need arm64-6.12-16k arm64-7.2-16k
initramfs arm64 initramfs.cpio.gz

# The DT variants are the oracle's (edit_dts in common.sh).

# <series> <variant> <memory> <tag> <cmdline>
while read -r series variant mem tag cmdline; do
  # shellcheck disable=SC2086
  boot_arm64 "arm64-16k-$series-$variant-$mem-$tag" "$(unpacked "arm64-$series-16k")" "$variant" "$mem" $cmdline
done <<'EOF'
6.12 plain 1G ck256M crashkernel=256M
6.12 plain 1G ck512M crashkernel=512M
6.12 plain 2G ck256M crashkernel=256M
6.12 plain 3G ck1G crashkernel=1G
6.12 plain 4G ck256M crashkernel=256M
6.12 plain 4G ck512M.high crashkernel=512M,high
6.12 plain 4G none rodata=off
6.12 plain 8G ck256M crashkernel=256M
6.12 plain 16G ck256M crashkernel=256M
6.12 plain 16G ck512M.high crashkernel=512M,high
6.12 dma30 4G ck256M crashkernel=256M
6.12 resmem-cma 4G ck256M crashkernel=256M
6.12 resmem-nomap 8G ck256M crashkernel=256M
6.12 twobank 4G ck256M crashkernel=256M
7.2 plain 1G ck256M crashkernel=256M
7.2 plain 4G ck256M crashkernel=256M
7.2 plain 8G ck256M crashkernel=256M
7.2 plain 16G ck512M.high crashkernel=512M,high
7.2 dma30 4G ck256M crashkernel=256M
7.2 twobank 4G ck256M crashkernel=256M
EOF
version qemu-system-aarch64
