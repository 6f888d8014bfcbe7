#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels (the oracle's 5.10.223, 6.12.117 and 7.2.13) through UEFI
# firmware, the common case on real x86 machines: QEMU's -kernel under OVMF (Debian
# bookworm's ovmf, OVMF_CODE_4M.fd with a fresh copy of OVMF_VARS_4M.fd), so through the
# kernel's EFI stub, whose e820 table is made from the EFI memory map and whose setup_arch()
# memblock-reserves the EFI boot-services regions (efi_reserve_boot_services(),
# arch/x86/platform/efi/quirks.c) before it reserves the crash kernel.
# `efi=debug` prints the EFI memory map (`efi: mem..` lines) and `memblock=debug` every
# reservation. Each serial log is kept in test/boots/amd64-uefi/<id>.log.gz
# (test/verify/boots.test.ts checks every log of every set); it starts with the firmware's
# console output.
#
# Needs: qemu-system-x86_64 (qemu-system-x86), ovmf, cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-uefi.sh [workdir]   (downloads about 70 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin amd64-uefi "${1:-}"
need amd64-5.10 amd64-6.12 amd64-7.2
initramfs amd64 initramfs.cpio.gz

ovmf="-drive if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd -drive if=pflash,format=raw,file=ovmf-vars.fd"

# <series> <machine> <memory> <tag> <cmdline after the common part>
while read -r series machine mem tag cmdline; do
  id="amd64-$series-$machine-$mem-$tag"
  cp /usr/share/OVMF/OVMF_VARS_4M.fd ovmf-vars.fd
  # shellcheck disable=SC2086
  timeout "${BOOT_TIMEOUT:-600}" qemu-system-x86_64 -M "$machine" -cpu max -smp 1 -m "$mem" -nodefaults -display none $ovmf \
    -kernel "$(unpacked "amd64-$series")" -initrd initramfs.cpio.gz \
    -append "console=ttyS0 nokaslr memblock=debug efi=debug $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF2'
6.12 q35 4G ck256 crashkernel=256M
6.12 q35 2G ck256 crashkernel=256M
6.12 q35 4G ck512 crashkernel=512M
5.10 q35 4G ck256 crashkernel=256M
7.2 q35 4G ck256 crashkernel=256M
7.2 q35 2G ck256 crashkernel=256M
6.12 pc 4G ck256 crashkernel=256M
6.12 q35 4G high crashkernel=256M,high
EOF2
version qemu-system-x86_64
