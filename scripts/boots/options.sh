#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 and amd64 Debian kernels under QEMU with the command-line options
# the oracle never uses (its cases vary crashkernel=, rodata=, kfence.sample_interval= and
# memblock=debug only): cma=, mem=, debug_pagealloc=, crashkernel=…,cma, repeated and
# malformed values. Each serial log goes to test/boots/options/<id>.log.gz and
# test/verify/boots-options.test.ts checks the model against it.
#
# The machines are booted as the oracle boots them (shared/oracle/README.md "How a case
# boots"): arm64 QEMU virt with dtb-randomness=off and -cpu max; amd64 q35 with nokaslr.
# The initramfs is busybox (scripts/boots/common.sh).
#
# Needs: qemu-system-aarch64 and qemu-system-x86_64 (Debian packages qemu-system-arm,
# qemu-system-x86), cpio, curl, dpkg-deb.
# Usage: scripts/boots/options.sh [workdir]   (downloads about 250 MB into workdir)
set -eu

root=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/crashkernel-check-options}
out="$root/test/boots/options"
mkdir -p "$work" "$out"
cd "$work"

. "$root/scripts/boots/common.sh"

# Package, sha256 (the oracle's kernels; the versions the boots in the repository were made with).
fetch pool/main/l/linux-signed-arm64/linux-image-5.10.0-32-arm64_5.10.223-1_arm64.deb 53850b52e93158e3055c1d18a5527f9f95250f44b16ee48fb5ab0b42bed44665
fetch pool/main/l/linux-signed-arm64/linux-image-6.12.117+deb13-arm64_6.12.117-1_arm64.deb 73805585385c78e048e63fdfba66da36bab724c2cdebd96a3055a8a4f1ae287a
fetch pool/main/l/linux-signed-arm64/linux-binary-7.2.13+deb14-arm64_7.2.13-1_arm64.deb 9043487c40a7b1c9ef421bbe3f578bf30f1004abd19f259e769f4ff8a26bb40b
fetch pool/main/l/linux-signed-amd64/linux-image-6.12.117+deb13-amd64_6.12.117-1_amd64.deb ca712d36790184f6ac125ce2b20ea4e2202ae6bb7817b7de268f1f0115ccda73
fetch pool/main/l/linux-signed-amd64/linux-binary-7.2.13+deb14-amd64_7.2.13-1_amd64.deb fb8cd0ade4ef82d9dde1dcf183d4bf4033db1b549b0acc9973855ad9cc48c4f5
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_arm64.deb c833be48abfa16bc19c4966ec93e289ff1ce5d2f1476cad3a57bd105378cd15c
mv x/busybox-static x/busybox-static-arm64
fetch pool/main/b/busybox/busybox-static_1.37.0-6+b9_amd64.deb 598a3fd92bdafc34cd81196b2952ad36e910e47a4ecf162f8ce5e8e262598e53
mv x/busybox-static x/busybox-static-amd64

initramfs x/busybox-static-arm64 initramfs-arm64.cpio.gz
initramfs x/busybox-static-amd64 initramfs-amd64.cpio.gz

kernel() {
  case $1 in
    arm64-5.10) echo x/linux-image-5.10.0-32-arm64/boot/vmlinuz-5.10.0-32-arm64 ;;
    arm64-6.12) echo x/linux-image-6.12.117+deb13-arm64/boot/vmlinuz-6.12.117+deb13-arm64 ;;
    arm64-7.2) echo x/linux-binary-7.2.13+deb14-arm64/usr/lib/modules/7.2.13+deb14-arm64/vmlinuz ;;
    amd64-6.12) echo x/linux-image-6.12.117+deb13-amd64/boot/vmlinuz-6.12.117+deb13-amd64 ;;
    amd64-7.2) echo x/linux-binary-7.2.13+deb14-amd64/usr/lib/modules/7.2.13+deb14-amd64/vmlinuz ;;
  esac
}

# <arch-series> <memory> <tag> <cmdline>
while read -r kern mem tag cmdline; do
  id="$kern-$mem-$tag"
  case $kern in
    arm64-*)
      qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(kernel "$kern")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    amd64-*)
      qemu-system-x86_64 -M q35 -cpu max -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(kernel "$kern")" -initrd initramfs-amd64.cpio.gz -append "console=ttyS0 nokaslr $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
  esac
  keep "$id"
done <<'EOF'
arm64-6.12 4G cma128M cma=128M crashkernel=256M
arm64-6.12 4G cma0 cma=0 crashkernel=256M
arm64-6.12 4G cma1G cma=1G crashkernel=512M
arm64-6.12 4G mem2G mem=2G crashkernel=256M
arm64-6.12 8G mem3G mem=3G crashkernel=512M,high
arm64-6.12 4G debugpagealloc debug_pagealloc=on crashkernel=256M
arm64-6.12 4G quoted crashkernel="256M"
arm64-6.12 4G ck0 crashkernel=0
arm64-6.12 4G ckbadsuffix crashkernel=256Q
arm64-6.12 4G ckrange-nomatch crashkernel=8G-16G:512M
arm64-6.12 2G ck-low-only crashkernel=128M,low
arm64-7.2 4G cma128M cma=128M crashkernel=256M
arm64-7.2 4G mem2G mem=2G crashkernel=256M
arm64-7.2 4G ckcma crashkernel=256M crashkernel=128M,cma
arm64-7.2 4G debugpagealloc debug_pagealloc=on crashkernel=256M
arm64-7.2 4G ck0 crashkernel=0
arm64-5.10 4G cma128M cma=128M crashkernel=256M
arm64-5.10 4G mem2G mem=2G crashkernel=256M
arm64-5.10 4G debugpagealloc debug_pagealloc=on crashkernel=256M
amd64-6.12 4G cma128M cma=128M crashkernel=256M
amd64-7.2 4G ckcma crashkernel=256M crashkernel=128M,cma
amd64-7.2 4G ck0 crashkernel=0
EOF
qemu-system-aarch64 --version | head -1 > "$out/QEMU_VERSION"
