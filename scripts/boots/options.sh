#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-only
#
# Boots the oracle's arm64 and amd64 Debian kernels under QEMU with the command-line options
# the oracle never uses (its cases vary crashkernel=, rodata=, kfence.sample_interval= and
# memblock=debug only): cma=, mem=, debug_pagealloc=, crashkernel=…,cma, repeated and
# malformed values. Each serial log goes to test/boots/options/<id>.log.gz and
# test/verify/boots.test.ts checks the model against it. Where the log cannot say where the
# boot loader put the initrd (no memblock=debug) and the case depends on it (mem= below it),
# the script writes the board too, <id>.board.json: QEMU virt as the project's preset
# describes it.
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
. "$root/scripts/boots/common.sh"
begin options "${1:-}"
need arm64-5.10 arm64-6.12 arm64-7.2 amd64-6.12 amd64-7.2
initramfs arm64 initramfs-arm64.cpio.gz
initramfs amd64 initramfs-amd64.cpio.gz

# <arch-series> <memory> <tag> <cmdline>
while read -r kern mem tag cmdline; do
  id="$kern-$mem-$tag"
  case $kern in
    arm64-*)
      qemu-system-aarch64 -M virt,dtb-randomness=off -cpu max,pauth-impdef=on -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(unpacked "$kern")" -initrd initramfs-arm64.cpio.gz -append "console=ttyAMA0 $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
    amd64-*)
      qemu-system-x86_64 -M q35 -cpu max -smp 1 -m "$mem" -nodefaults -display none \
        -kernel "$(unpacked "$kern")" -initrd initramfs-amd64.cpio.gz -append "console=ttyS0 nokaslr $cmdline" \
        -serial stdio -no-reboot < /dev/null > "$id.log" 2>&1 || true ;;
  esac
  keep "$id"
  case $tag in
    mem192M) printf '{ "version": 1, "boards": [{ "id": "qemu-virt-%s", "extends": "qemu-virt-arm64", "memory": [{ "base": "0x40000000", "size": "%s" }] }] }\n' "$mem" "$mem" > "$out/$id.board.json" ;;
  esac
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
arm64-6.12 4G ckcma crashkernel=256M crashkernel=128M,cma
arm64-7.2 4G cma128M cma=128M crashkernel=256M
arm64-7.2 8G cma65M-limit5G cma=65M@0-0x140000000 crashkernel=256M
arm64-6.12 8G cma65M-limit5G cma=65M@0-0x140000000 crashkernel=256M
arm64-7.2 4G mem2G mem=2G crashkernel=256M
arm64-7.2 4G ckcma crashkernel=256M crashkernel=128M,cma
arm64-7.2 4G debugpagealloc debug_pagealloc=on crashkernel=256M
arm64-7.2 4G ck0 crashkernel=0
arm64-5.10 4G cma128M cma=128M crashkernel=256M
arm64-5.10 4G mem2G mem=2G crashkernel=256M
arm64-5.10 4G debugpagealloc debug_pagealloc=on crashkernel=256M
arm64-5.10 4G mem192M mem=192M crashkernel=64M
arm64-6.12 4G mem192M mem=192M crashkernel=64M
arm64-7.2 4G mem192M mem=192M crashkernel=64M
amd64-6.12 4G cma128M cma=128M crashkernel=256M
amd64-6.12 4G ckcma crashkernel=256M crashkernel=128M,cma
amd64-7.2 4G ckcma crashkernel=256M crashkernel=128M,cma
amd64-7.2 4G ck0 crashkernel=0
EOF
version qemu-system-aarch64
