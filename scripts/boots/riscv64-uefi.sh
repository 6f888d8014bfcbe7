#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's riscv64 kernels (6.12.117, 7.2.13) through UEFI firmware, as boards that
# boot Debian through U-Boot's or EDK2's EFI do: OpenSBI (the oracle's fw_dynamic 1.6-1), then
# EDK2 (Debian trixie's qemu-efi-riscv64 2025.02, the UEFI shell running a startup.nsh from a
# FAT disk), then the kernel's EFI stub, which places the image and the initrd itself, copies
# the device tree, and hands the kernel the EFI memory map that efi_init() builds memblock
# from. `efi=debug` prints that map (`efi:   0x…-0x… [<type>|…]` lines) and `memblock=debug`
# every reservation. Each serial log is kept in test/boots/riscv64-uefi/<id>.log.gz
# (test/verify/boots.test.ts checks every log of every set); it starts with OpenSBI's and
# the firmware's console output.
#
# The firmware on this QEMU (bookworm's 7.2): QEMU 7.2 runs pflash unit 0 as M-mode firmware
# and unit 1 as an S-mode payload at 0x22000000, while Debian's EDK2 build is an S-mode
# payload for QEMU 8.1's layout (code in unit 0 at 0x20000000, variables in unit 1). So no
# pflash drive is given: the code and a copy of the variable store are loaded into the two
# flash devices (-device loader), and OpenSBI's next stage (-kernel) is two instructions that
# jump to 0x20000000 in S-mode with the hart id and the DT address untouched. The DT is dumped,
# set to sv57 (as scripts/boots/riscv64.sh does) and given with -dtb; EDK2 passes it on as its
# device-tree configuration table, which the stub copies.
#
# Needs: qemu-system-riscv64 (Debian package qemu-system-misc), cpio, curl, dpkg-deb, dtc.
# Later, trixie-backports' riscv64 6.16.3, 6.17.8, 7.0.4 and 7.1.3 (test/boots/releases has
# them booted by OpenSBI alone), two boots each.
#
# Usage: scripts/boots/riscv64-uefi.sh [workdir [id glob]]   (downloads about 125 MB into
# workdir, 250 MB more for the later builds; with a glob, only the boots whose id matches)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin riscv64-uefi "${1:-}"
only=${2:-*}
need riscv64-6.12 riscv64-7.2 opensbi edk2-riscv64
need riscv64-6.16.3 riscv64-6.17.8 riscv64-7.0.4 riscv64-7.1.3
initramfs riscv64 initramfs.cpio.gz

code=$(unpacked edk2-riscv64)
vars=$(dirname "$code")/RISCV_VIRT_VARS.fd
# lui t0, 0x20000; jr t0
printf '\267\002\000\040\147\200\002\000' > jump-to-flash.bin

# <series> <memory> <tag> <cmdline>
while read -r series mem tag cmdline; do
  id="riscv64-$series-virt-$mem-$tag"
  # shellcheck disable=SC2254
  case $id in $only) ;; *) continue ;; esac
  rm -rf esp && mkdir esp
  cp "$(unpacked "riscv64-$series")" esp/linux.efi
  cp initramfs.cpio.gz esp/initrd
  # `@echo -off`: the shell echoes no command, so the log holds no line but the kernel's with
  # the command line in it.
  printf '@echo -off\r\nfs0:\r\nlinux.efi initrd=\\initrd %s\r\n' \
    "console=ttyS0 earlycon=uart8250,mmio,0x10000000 memblock=debug efi=debug $cmdline" > esp/startup.nsh
  boot_with_dt "$id" sv57 qemu-system-riscv64 virt -cpu rv64 -smp 1 -m "$mem" -nodefaults -display none \
    -bios "$(unpacked opensbi)" -kernel jump-to-flash.bin \
    -device loader,file="$code",addr=0x20000000,force-raw=on -device loader,file="$vars",addr=0x22000000,force-raw=on \
    -drive file=fat:esp,format=raw,if=none,id=esp,readonly=on -device virtio-blk-pci,drive=esp
  keep "$id"
done <<'EOF'
6.12 1G ck256M crashkernel=256M
6.12 2G ck256M crashkernel=256M
6.12 4G ck256M crashkernel=256M
6.12 8G ck512M crashkernel=512M
6.12 4G ck256M.high crashkernel=256M,high
7.2 2G ck256M crashkernel=256M
7.2 4G ck256M crashkernel=256M
7.2 8G ck1G crashkernel=1G
7.2 4G ckrange crashkernel=1G-4G:192M,4G-:384M
6.16.3 2G ck256M crashkernel=256M
6.16.3 6G ck512M.high crashkernel=512M,high
6.17.8 3G ck256M crashkernel=256M
6.17.8 4G ckrange crashkernel=1G-4G:192M,4G-:384M
7.0.4 2G ck256M crashkernel=256M
7.0.4 8G ck1G crashkernel=1G
7.1.3 4G ck256M crashkernel=256M
7.1.3 1G ck128M crashkernel=128M
EOF
version qemu-system-riscv64
