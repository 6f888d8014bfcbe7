#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 kernels (6.12.117, 7.2.13) through U-Boot's UEFI, as arm64 boards
# that boot Debian with U-Boot's `bootefi` and a device tree do (Raspberry Pi, Rockchip,
# Allwinner): Debian bookworm's u-boot-qemu (qemu_arm64 u-boot.bin, 2023.01+dfsg-2+deb12u3)
# as -bios on QEMU virt, the kernel image and the initramfs on a FAT disk (QEMU's `fat:`
# drive, virtio-blk-pci), then at U-Boot's prompt
#   load virtio 0:1 $scriptaddr bootargs.txt; env import -t $scriptaddr $filesize
#   load virtio 0:1 $kernel_addr_r linux.efi
#   bootefi $kernel_addr_r $fdtcontroladdr
# so the kernel's EFI stub runs with the DT U-Boot got from QEMU, loads the initrd from the
# disk itself (`initrd=/initrd`; U-Boot hands `bootargs` to the image as its load options;
# it is read from bootargs.txt so that the log holds the command line only where the kernel
# prints it, not in U-Boot's echo of a typed `setenv`), and efi_init()
# builds memblock from U-Boot's EFI memory map. `efi=debug` prints that map, `memblock=debug`
# every reservation. Each serial log is kept in test/boots/arm64-uboot-efi/<id>.log.gz
# (test/verify/boots.test.ts checks every log of every set); it starts with U-Boot's console
# output, the commands typed at its prompt included.
#
# U-Boot is driven through the serial console: QEMU's stdin is a FIFO, and the commands are
# written to it once the log shows U-Boot's autoboot countdown (a newline stops it) and then
# its prompt.
#
# Needs: qemu-system-aarch64, apt-get (to download u-boot-qemu), cpio, curl, dpkg-deb.
# Usage: scripts/boots/arm64-uboot-efi.sh [workdir]   (downloads about 120 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin arm64-uboot-efi "${1:-}"
need arm64-6.12 arm64-7.2
initramfs arm64 initramfs.cpio.gz

uboot_qemu
uboot=$uboot_dir/qemu_arm64/u-boot.bin

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="arm64-$series-virt-$mem-$tag"
  rm -rf esp && mkdir esp
  cp "$(unpacked "arm64-$series")" esp/linux.efi
  cp initramfs.cpio.gz esp/initrd
  printf 'bootargs=initrd=/initrd console=ttyAMA0 earlycon=pl011,0x9000000 memblock=debug efi=debug nokaslr %s\n' "$cmdline" > esp/bootargs.txt
  rm -f in.fifo "$id.log" && mkfifo in.fifo
  timeout "${BOOT_TIMEOUT:-900}" qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$mem" \
    -nodefaults -display none -bios "$uboot" \
    -drive file=fat:esp,format=raw,if=none,id=esp,readonly=on -device virtio-blk-pci,drive=esp \
    -serial stdio -no-reboot < in.fifo > "$id.log" 2>&1 &
  qemu=$!
  exec 3> in.fifo
  wait_for "$id.log" 'Hit any key to stop autoboot' && printf '\n' >&3
  wait_for "$id.log" '=> ' && printf '%s\n' \
    'load virtio 0:1 $scriptaddr bootargs.txt; env import -t $scriptaddr $filesize' \
    'load virtio 0:1 $kernel_addr_r linux.efi' \
    'bootefi $kernel_addr_r $fdtcontroladdr' >&3
  wait $qemu || true
  exec 3>&-
  rm -f in.fifo
  keep "$id"
done <<'EOF'
6.12 1G ck256M crashkernel=256M
6.12 2G ck256M crashkernel=256M
6.12 4G ck256M crashkernel=256M
6.12 4G ck256M.high crashkernel=256M,high
7.2 1G ck256M crashkernel=256M
7.2 2G ck512M crashkernel=512M
7.2 4G ck256M crashkernel=256M
EOF
version qemu-system-aarch64
