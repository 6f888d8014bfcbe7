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
#   efi    the same kernels started by UEFI firmware (QEMU's -kernel under EDK2: ArmVirtQemu's
#          QEMU_EFI.fd on arm64, OVMF on amd64), so through the kernel's EFI stub, which
#          converts the load options with efi_convert_cmdline()
#          (drivers/firmware/efi/libstub/efi-stub-helper.c): a line of COMMAND_LINE_SIZE
#          bytes or more is cut back to its last space outside quotes, with "EFI stub: ERROR:
#          Command line is too long: truncated to N bytes" on the firmware's console. Token at
#          2033: the stub drops it whole (no "crashkernel=25"); at 2050: the pad= word before
#          it is dropped too; on amd64 the kernel no longer BUGs.
# The logs go to test/boots/cmdline-size/<id>.log.gz.
#
# Needs: qemu-system-aarch64 (qemu-system-arm), qemu-system-x86_64 (qemu-system-x86), cpio,
# curl, dpkg-deb, qemu-efi-aarch64 and ovmf (Debian bookworm's 2022.11).
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

# The firmware of the efi boots (EDK2; OVMF keeps its variables in a second flash, a copy).
efi_arm64="-bios /usr/share/qemu-efi-aarch64/QEMU_EFI.fd"
efi_amd64="-drive if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd -drive if=pflash,format=raw,file=ovmf-vars.fd"

# <arch> <tag> <token start> <cmdline after the pad>; a tag efi-* boots through the firmware.
while read -r arch tag start rest; do
  id="$arch-7.1.3-4G-$tag"
  cp "initramfs-$arch.cpio.gz" initramfs.cpio.gz
  case $arch-$tag in
    arm64-efi-*)
      prefix='console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr '
      # shellcheck disable=SC2086
      timeout 900 qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m 4G -nodefaults -display none $efi_arm64 \
        -kernel "$(unpacked arm64-7.1.3)" -initrd initramfs.cpio.gz -append "$prefix$(pad "$prefix" "$start") $rest" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
      keep "$id" ;;
    amd64-efi-*)
      prefix='console=ttyS0 nokaslr earlyprintk=serial,ttyS0 memblock=debug '
      cp /usr/share/OVMF/OVMF_VARS_4M.fd ovmf-vars.fd
      # shellcheck disable=SC2086
      timeout 600 qemu-system-x86_64 -M q35 -cpu max -smp 1 -m 4G -nodefaults -display none $efi_amd64 \
        -kernel "$(unpacked amd64-7.1.3)" -initrd initramfs.cpio.gz -append "$prefix$(pad "$prefix" "$start") $rest" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
      keep "$id" ;;
    arm64-*)
      boot_arm64 "$id" "$(unpacked arm64-7.1.3)" plain 4G "$(pad 'console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug nokaslr ' "$start") $rest" ;;
    amd64-*)
      BOOT_TIMEOUT=120 boot_amd64 "$id" 7.1.3 q35 4G "earlyprintk=serial,ttyS0 memblock=debug $(pad 'console=ttyS0 nokaslr earlyprintk=serial,ttyS0 memblock=debug ' "$start") $rest"
      keep "$id" ;;
  esac
done <<'EOF2'
arm64 past 2050 crashkernel=256M
arm64 cut 2033 crashkernel=256M
amd64 past 2050 crashkernel=256M
arm64 efi-past 2050 crashkernel=256M
arm64 efi-cut 2033 crashkernel=256M
amd64 efi-past 2050 crashkernel=256M
amd64 efi-cut 2033 crashkernel=256M
EOF2
{ qemu-system-aarch64 --version | head -1; qemu-system-x86_64 --version | head -1; } > "$out/QEMU_VERSION"
