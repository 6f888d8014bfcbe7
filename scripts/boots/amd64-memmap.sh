#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots Debian's amd64 kernels (the oracle's 5.10.223, 6.12.117 and 7.2.13) under QEMU with
# mem= and memmap= on the command line, and keeps each serial log in
# test/boots/amd64-memmap/<id>.log.gz. No oracle case uses those options; these boots check
# the engine's e820 edits (parse_memmap_one(), e820__update_table()) and reserve_initrd(),
# which moves an initrd the edited map leaves outside RAM (test/verify/boots-memmap.test.ts).
#
# The machine is booted as the oracle boots amd64 (shared/oracle/README.md "How a case
# boots"): QEMU q35 or pc, -cpu max, one CPU, -kernel, an initramfs, nokaslr. The initramfs
# is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-x86_64 (Debian package qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/amd64-memmap.sh [workdir]   (downloads about 70 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/crashkernel-check-memmap}
out="$root/test/boots/amd64-memmap"
mkdir -p "$work" "$out"
cd "$work"

. "$root/scripts/boots/common.sh"

# Package, sha256 (the versions the boots in the repository were made with).
fetch pool/main/l/linux-signed-amd64/linux-image-5.10.0-32-amd64_5.10.223-1_amd64.deb 86a6792f3a03ab15a643f385830cdaa921f15e3e9c8bf63aa55a9243c62fc797
fetch pool/main/l/linux-signed-amd64/linux-image-6.12.117+deb13-amd64_6.12.117-1_amd64.deb ca712d36790184f6ac125ce2b20ea4e2202ae6bb7817b7de268f1f0115ccda73
fetch pool/main/l/linux-signed-amd64/linux-binary-7.2.13+deb14-amd64_7.2.13-1_amd64.deb fb8cd0ade4ef82d9dde1dcf183d4bf4033db1b549b0acc9973855ad9cc48c4f5
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_amd64.deb 598a3fd92bdafc34cd81196b2952ad36e910e47a4ecf162f8ce5e8e262598e53

initramfs x/busybox-static initramfs.cpio.gz

kernel() {
  case $1 in
    5.10) echo x/linux-image-5.10.0-32-amd64/boot/vmlinuz-5.10.0-32-amd64 ;;
    6.12) echo x/linux-image-6.12.117+deb13-amd64/boot/vmlinuz-6.12.117+deb13-amd64 ;;
    7.2) echo x/linux-binary-7.2.13+deb14-amd64/usr/lib/modules/7.2.13+deb14-amd64/vmlinuz ;;
  esac
}

# <series> <machine> <memory> <tag> <cmdline>
while read -r series machine mem tag cmdline; do
  id="amd64-$series-$machine-$mem-$tag"
  timeout 600 qemu-system-x86_64 -M "$machine" -cpu max -smp 1 -m "$mem" -nodefaults -display none \
    -kernel "$(kernel "$series")" -initrd initramfs.cpio.gz -append "console=ttyS0 nokaslr $cmdline" \
    -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true
  keep "$id"
done <<'EOF'
6.12 q35 4G memmap-reserve memmap=256M$0x60000000 crashkernel=256M
6.12 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
6.12 q35 4G memmap-pmem memmap=1G!0x40000000 crashkernel=256M
6.12 q35 4G memmap-acpi memmap=512M#0x50000000 crashkernel=256M
6.12 q35 4G memmap-convert memmap=256M%0x60000000-1+2 crashkernel=256M
6.12 q35 4G memmap-size memmap=1536M crashkernel=256M
6.12 q35 4G mem1536M mem=1536M crashkernel=256M
6.12 q35 8G memmap-reserve-high memmap=1G$0x200000000 crashkernel=512M,high
6.12 pc 4G memmap-add memmap=64M@0xc0000000 crashkernel=256M
6.12 q35 4G memmap-two memmap=128M$0x70000000 memmap=128M$0x40000000 crashkernel=512M
6.12 q35 1G memmap-reserve memmap=64M$0x3000000 crashkernel=256M
5.10 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
5.10 q35 4G mem1536M mem=1536M crashkernel=256M
5.10 q35 4G memmap-reserve memmap=256M$0x60000000 crashkernel=256M
7.2 q35 4G memmap-exactmap memmap=exactmap memmap=640K@0 memmap=1G@1M crashkernel=256M
7.2 q35 4G mem1536M mem=1536M crashkernel=256M
7.2 q35 8G memmap-reserve-high memmap=1G$0x200000000 crashkernel=512M,high
7.2 pc 4G mem3G mem=3G crashkernel=512M
EOF
qemu-system-x86_64 --version | head -1 > "$out/QEMU_VERSION"
