#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots three earlier Debian 6.12.y arm64 kernels under QEMU, either side of the stable
# backports the engine splits 6.12 at, where the oracle has 6.12.117 only:
#   6.12.43  (bookworm-backports)  before 5973a62efa34 reached 6.12.54: map_mem() and
#            arm64_memblock_init() start the kernel at _stext; /reserved-memory in two passes
#            with no reserved_mem array (6.12.13 – 6.12.102);
#   6.12.57  (bookworm-backports)  after it: both start at _text again;
#   6.12.107 (trixie)              the reserved_mem array memblock-allocated (6.12.103+),
#            banks not yet rounded inwards (6.12.117).
# Each boots QEMU's own DT and the oracle's resmem-cma DT (kept as <id>.dtb) with
# memblock=debug; `blocks` turns rodata=full and late KFENCE off, so that map_mem() maps
# with blocks and the kernel alias's start shows in the page tables it allocates. The logs
# go to test/boots/arm64-stable/<id>.log.gz; test/verify/boots.test.ts compares each memblock
# dump with the model's.
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots"), with nokaslr.
#
# Needs: qemu-system-aarch64 (Debian package qemu-system-arm), dtc (device-tree-compiler),
# cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-stable.sh [workdir]   (downloads about 280 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-stable "${1:-}"
need arm64-6.12.43 arm64-6.12.57 arm64-6.12.107
initramfs arm64 initramfs.cpio.gz

# <release> <variant> <memory> <tag> <cmdline>
while read -r release variant mem tag cmdline; do
  id="arm64-$release-$variant-$mem-$tag"
  boot_arm64 "$id" "$(unpacked "arm64-$release")" "$variant" "$mem" $cmdline
  [ "$variant" = plain ] || cp "$id.dtb" "$out/$id.dtb"
done <<'EOF'
6.12.43 plain 4G ck256M crashkernel=256M
6.12.43 plain 1G ck256M crashkernel=256M
6.12.43 plain 4G ck256M-blocks crashkernel=256M rodata=off kfence.sample_interval=0
6.12.43 resmem-cma 4G ck256M crashkernel=256M
6.12.57 plain 4G ck256M crashkernel=256M
6.12.57 plain 4G ck256M-blocks crashkernel=256M rodata=off kfence.sample_interval=0
6.12.57 resmem-cma 4G ck256M crashkernel=256M
6.12.107 plain 4G ck256M crashkernel=256M
6.12.107 resmem-cma 4G ck256M crashkernel=256M
EOF
version qemu-system-aarch64
