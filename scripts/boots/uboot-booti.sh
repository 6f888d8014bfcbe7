#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 kernels (5.10.223, 6.12.117, 7.2.13), trixie-backports' arm64 6.16.3,
# 6.18.5, 7.0.4 and 7.3.4, and the oracle's riscv64 kernels (6.12.117, 7.2.13) through U-Boot's
# `booti`, as most arm64 and riscv64 boards boot Linux (extlinux.conf or a boot script: no EFI
# stub): Debian bookworm's u-boot-qemu
# (2023.01+dfsg-2+deb12u3) on QEMU virt, `qemu_arm64/u-boot.bin` as arm64's -bios, and
# `qemu-riscv64_smode/u-boot.bin` as riscv64's -kernel under OpenSBI (trixie's fw_dynamic, as
# the riscv64 sets boot it); the Image and the initramfs on a FAT disk (QEMU's `fat:` drive,
# virtio-blk-pci), then at U-Boot's prompt (riscv64 after `pci enum; virtio scan`, which its
# U-Boot needs to see the disk)
#   load virtio 0:1 $scriptaddr bootargs.txt; env import -t $scriptaddr $filesize
#   load virtio 0:1 $kernel_addr_r Image
#   load virtio 0:1 $ramdisk_addr_r initrd
#   booti $kernel_addr_r $ramdisk_addr_r:$filesize $fdtcontroladdr
# U-Boot writes `bootargs` into the DT's /chosen. On arm64, with no fdt_high or initrd_high
# set, it copies the DT and the initrd to the top of the RAM it leaves free under its own
# relocated copy, so the kernel finds both near the top of RAM, where everything it allocates
# top-down lies below them; no memblock line names the DT (setup_machine_fdt() reserves it
# before memblock=debug is parsed), and `import` places it from the first memblock dump
# (src/import/bootlog.ts). riscv64's U-Boot leaves both in place ("Using Device Tree in place
# at …", its control DT near the top of RAM). bootargs comes from a file so that the log holds
# the command line only where the kernel prints it, not in U-Boot's echo of a typed `setenv`.
# Each serial log is kept in test/boots/uboot-booti/<id>.log.gz (test/verify/boots.test.ts
# checks every log of every set); it starts with OpenSBI's and U-Boot's console output, the
# commands typed at its prompt included.
#
# U-Boot is driven through the serial console: QEMU's stdin is a FIFO, and the commands are
# written to it once the log shows U-Boot's autoboot countdown (a newline stops it) and then
# its prompt.
#
# Needs: qemu-system-aarch64, qemu-system-riscv64, apt-get (to download u-boot-qemu), cpio,
# curl, dpkg-deb.
# Usage: scripts/boots/uboot-booti.sh [workdir]   (downloads about 300 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
. "$root/scripts/boots/common.sh"
begin uboot-booti "${1:-}"
need arm64-5.10 arm64-6.12 arm64-7.2 arm64-6.16.3 arm64-6.18.5 arm64-7.0.4 arm64-7.3.4 riscv64-6.12 riscv64-7.2 opensbi
initramfs arm64 initramfs-arm64.cpio.gz
initramfs riscv64 initramfs-riscv64.cpio.gz

uboot_qemu
uboot=$uboot_dir

# <arch> <series> <memory> <tag> <cmdline>
while read -r arch series mem tag cmdline; do
  id="$arch-$series-virt-$mem-$tag"
  [ -n "${ONLY:-}" ] && case " $ONLY " in *" $id "*) ;; *) continue ;; esac
  rm -rf esp && mkdir esp
  # Debian's signed arm64 vmlinuz and its riscv64 vmlinux are the uncompressed Image (a PE/COFF
  # one), which booti takes.
  cp "$(unpacked "$arch-$series")" esp/Image
  cp "initramfs-$arch.cpio.gz" esp/initrd
  if [ "$arch" = arm64 ]; then
    console='console=ttyAMA0 earlycon=pl011,0x9000000'
    set -- qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -bios "$uboot/qemu_arm64/u-boot.bin"
    scan=
  else
    console='console=ttyS0 earlycon=sbi'
    set -- qemu-system-riscv64 -M virt -cpu rv64 -bios "$(unpacked opensbi)" -kernel "$uboot/qemu-riscv64_smode/u-boot.bin"
    scan='pci enum; virtio scan'
  fi
  printf 'bootargs=%s memblock=debug nokaslr %s\n' "$console" "$cmdline" > esp/bootargs.txt
  rm -f in.fifo "$id.log" && mkfifo in.fifo
  timeout "${BOOT_TIMEOUT:-900}" "$@" -smp 1 -m "$mem" -nodefaults -display none \
    -drive file=fat:esp,format=raw,if=none,id=esp,readonly=on -device virtio-blk-pci,drive=esp \
    -serial stdio -no-reboot < in.fifo > "$id.log" 2>&1 &
  qemu=$!
  exec 3> in.fifo
  wait_for "$id.log" 'Hit any key to stop autoboot' && printf '\n' >&3
  wait_for "$id.log" '=> ' && printf '%s\n' ${scan:+"$scan"} \
    'load virtio 0:1 $scriptaddr bootargs.txt; env import -t $scriptaddr $filesize' \
    'load virtio 0:1 $kernel_addr_r Image' \
    'load virtio 0:1 $ramdisk_addr_r initrd' \
    'booti $kernel_addr_r $ramdisk_addr_r:$filesize $fdtcontroladdr' >&3
  wait $qemu || true
  exec 3>&-
  rm -f in.fifo
  keep "$id"
done <<'EOF'
arm64 5.10 1G ck256M crashkernel=256M
arm64 5.10 2G ck384M crashkernel=384M
arm64 6.12 1G ck256M crashkernel=256M
arm64 6.12 2G ck512M crashkernel=512M
arm64 6.12 4G ck256M.high crashkernel=256M,high
arm64 7.2 1G ck256M crashkernel=256M
arm64 7.2 3G ck256M crashkernel=256M
arm64 6.16.3 2G ck256M crashkernel=256M
arm64 6.18.5 1G ck384M crashkernel=384M
arm64 7.0.4 4G ck512M crashkernel=512M
arm64 7.3.4 2G ck256M crashkernel=256M
riscv64 6.12 1G ck256M crashkernel=256M
riscv64 6.12 2G ck256M crashkernel=256M
riscv64 7.2 2G ck512M crashkernel=512M
riscv64 7.2 4G ck256M.high crashkernel=256M,high
EOF
version qemu-system-aarch64
