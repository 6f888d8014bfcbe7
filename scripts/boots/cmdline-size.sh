#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots command lines longer than COMMAND_LINE_SIZE (2048 on arm64 and x86_64) with
# crashkernel= at their end, on Debian's 7.1.3 arm64 and amd64 kernels (trixie-backports,
# the releases set's). A `pad=` parameter of x's places the crashkernel= token.
#   arm64  copies the DT's bootargs with strscpy(…, min(l, COMMAND_LINE_SIZE))
#          (drivers/of/fdt.c early_init_dt_scan_chosen): the kernel keeps the first
#          COMMAND_LINE_SIZE - 1 bytes and never sees the rest.
#            past  the token starts at byte 2050: the kernel reserves nothing;
#            cut   the token starts at byte 2033: the kernel keeps "crashkernel=25", 25 bytes.
#          /proc/cmdline in each log shows what the kernel kept.
#   amd64  announces cmdline_size = COMMAND_LINE_SIZE - 1 to the boot loader
#          (arch/x86/boot/header.S) and copies COMMAND_LINE_SIZE bytes without a terminator
#          (arch/x86/kernel/head64.c copy_bootdata). QEMU's -kernel loader passes the whole
#          line: with the token at byte 2050 the kernel reserves nothing and then BUGs in
#          start_kernel ("strlen: detected buffer overflow: 2049 byte read of buffer size
#          2048", lib/string_helpers.c), so the boot stops (earlyprintk shows it; the boot
#          is cut off after BOOT_TIMEOUT, 120 s here).
# The logs go to test/boots/cmdline-size/<id>.log.gz.
#
# Needs: qemu-system-aarch64 (qemu-system-arm), qemu-system-x86_64 (qemu-system-x86), cpio,
# curl, dpkg-deb.
# Usage: scripts/boots/cmdline-size.sh [workdir]   (downloads about 150 MB into workdir; the
# releases set's workdir already has them)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin cmdline-size "${1:-}"
need arm64-7.1.3 amd64-7.1.3
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# x's for a pad= parameter that puts the next token at byte <start> after <prefix>.
pad() {
  n=$(($2 - ${#1} - 5))
  printf 'pad=%s' "$(head -c "$n" /dev/zero | tr '\0' x)"
}

# <arch> <tag> <token start> <cmdline after the pad>
while read -r arch tag start rest; do
  id="$arch-7.1.3-4G-$tag"
  cp "initramfs-$arch.cpio.gz" initramfs.cpio.gz
  case $arch in
    arm64)
      boot_arm64 "$id" "$(unpacked arm64-7.1.3)" plain 4G "$(pad 'console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr ' "$start") $rest" ;;
    amd64)
      BOOT_TIMEOUT=120 boot_amd64 "$id" 7.1.3 q35 4G "earlyprintk=serial,ttyS0 memblock=debug $(pad 'console=ttyS0 nokaslr earlyprintk=serial,ttyS0 memblock=debug ' "$start") $rest"
      keep "$id" ;;
  esac
done <<'EOF2'
arm64 past 2050 crashkernel=256M
arm64 cut 2033 crashkernel=256M
amd64 past 2050 crashkernel=256M
EOF2
{ qemu-system-aarch64 --version | head -1; qemu-system-x86_64 --version | head -1; } > "$out/QEMU_VERSION"
