#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's 52-bit arm64 kernels (6.12 and 7.2, 4K and 16K pages: CONFIG_ARM64_LPA2) on a
# CPU without FEAT_LPA2 (-cpu max,lpa2=off) and keeps each serial log in
# test/boots/nolpa2/<id>.log.gz. Every oracle boot runs -cpu max, which has LPA2, so none shows
# what most arm64 hardware (Cortex-A53/A55/A72/A76, Neoverse N1, Apple M1/M2) does with these
# kernels: fall back to VA_BITS_MIN (48 bits, 47 with 16K pages) and to 48-bit
# PHYS_MASK_SHIFT, which sizes sparse_init()'s mem_section root array
# (test/verify/boots.test.ts checks each boot).
#
# The machine is booted as the oracle boots arm64 (shared/oracle/README.md "How a case
# boots") with lpa2=off added to -cpu, memblock=debug, an early console and nokaslr, as
# scripts/boots/arm64-16k.sh boots; QEMU's own DTB.
#
# Needs: qemu-system-aarch64, cpio, curl, dpkg-deb.
# Usage: scripts/boots/nolpa2.sh [workdir]   (downloads about 250 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin nolpa2 "${1:-}"
need arm64-6.12 arm64-6.12-16k arm64-7.2
initramfs arm64 initramfs.cpio.gz

# <package> <id> <memory> <cmdline>
while read -r pkg id mem cmdline; do
  # shellcheck disable=SC2086
  timeout "${BOOT_TIMEOUT:-900}" qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on,lpa2=off -smp 1 -m "$mem" \
    -nodefaults -display none -kernel "$(unpacked "$pkg")" -initrd initramfs.cpio.gz \
    -append "console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'BOOTS'
arm64-6.12 arm64-6.12-nolpa2-plain-1G-ck256M 1G crashkernel=256M
arm64-6.12-16k arm64-16k-6.12-nolpa2-plain-4G-ck256M 4G crashkernel=256M
arm64-7.2 arm64-7.2-nolpa2-plain-2G-ck256M 2G crashkernel=256M
BOOTS
version qemu-system-aarch64
