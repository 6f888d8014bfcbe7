#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels (the oracle's 5.10.223, 6.12.117 and 7.2.13) under QEMU with
# crashkernel= forms the oracle does not use: fixed offsets that are misaligned, over the
# kernel, above 4G or outside RAM; sizes that cannot fit; ,high with a ,low of 0 or alone;
# ranges at their boundaries; several crashkernel= (the last wins); sizes off the alignment.
# Each serial log is kept in test/boots/amd64-crashkernel/<id>.log.gz
# (test/verify/boots.test.ts checks every log of every set).
#
# The machine is booted as the oracle boots amd64 (shared/oracle/README.md "How a case
# boots"): QEMU q35 or pc, -cpu max, one CPU, -kernel, an initramfs, nokaslr. The initramfs
# is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-crashkernel.sh [workdir]   (downloads about 70 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin amd64-crashkernel "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2
initramfs amd64 initramfs.cpio.gz

# <series> <machine> <memory> <tag> <cmdline>
while read -r series machine mem tag cmdline; do
  id="amd64-$series-$machine-$mem-$tag"
  boot_amd64 "$id" "$series" "$machine" "$mem" "$cmdline"
  keep "$id"
done <<'EOF'
5.10 q35 4G at-misaligned crashkernel=256M@0x60001000
6.12 q35 4G at-misaligned crashkernel=256M@0x60001000
7.2 q35 4G at-misaligned crashkernel=256M@0x60001000
6.12 q35 4G at-kernel crashkernel=256M@16M
7.2 q35 4G at-kernel crashkernel=256M@16M
6.12 q35 8G at-high crashkernel=256M@0x180000000
7.2 q35 8G at-high crashkernel=256M@0x180000000
5.10 q35 8G at-high crashkernel=256M@0x180000000
6.12 q35 4G at-hole crashkernel=256M@0x90000000
6.12 q35 4G at0 crashkernel=256M@0
5.10 q35 1G too-big crashkernel=900M
6.12 q35 1G too-big crashkernel=900M
7.2 q35 1G too-big crashkernel=900M
6.12 q35 4G big-low crashkernel=3G
7.2 q35 4G big-low crashkernel=3G
5.10 q35 4G big-low crashkernel=3G
5.10 q35 4G high-low0 crashkernel=256M,high crashkernel=0,low
6.12 q35 4G high-low0 crashkernel=256M,high crashkernel=0,low
6.12 q35 4G low-only crashkernel=128M,low
7.2 q35 4G low-only crashkernel=128M,low
6.12 q35 2G range-edge crashkernel=512M-2G:64M,2G-:128M
6.12 q35 2049M range-edge crashkernel=512M-2G:64M,2G-:128M
7.2 q35 4G last-wins crashkernel=128M crashkernel=256M
6.12 q35 4G size-100M crashkernel=100M
5.10 pc 4G size-100M crashkernel=100M
7.2 q35 8G high-small crashkernel=64M,high
6.12 q35 6G swiotlb-areas crashkernel=512M,high swiotlb=,33554432
5.10 q35 6G swiotlb-low crashkernel=512M,high swiotlb=262144
7.2 q35 6G swiotlb-low crashkernel=512M,high swiotlb=262144
5.10 q35 6G swiotlb-noforce crashkernel=512M,high swiotlb=131072,noforce
5.10 q35 8G at-high-low crashkernel=256M@0x180000000 crashkernel=64M,low
6.12 q35 8G at-high-low crashkernel=256M@0x180000000 crashkernel=64M,low
EOF
version qemu-system-x86_64
